#!/usr/bin/env python3
"""Generate synthetic, entirely fictitious NHS-Scotland-style clinical documents
(OCR-like plain text) for document-classification testing.

Usage: python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
Standard library only. All people, places, identifiers and numbers are invented
(telephone numbers use Ofcom drama ranges)."""
import argparse
import datetime
import json
import random

# ----------------------------------------------------------------------------
# Basic invented data
# ----------------------------------------------------------------------------
FIRST_M = ("James John Robert David William Alexander Andrew Thomas Stuart Craig Graeme Iain Ewan Calum "
           "Fraser Hamish Duncan Angus Alistair Gordon Kenneth Malcolm Neil Ross Scott Gary Derek Brian "
           "Colin Douglas Archie Lewis Kieran Jamie Ryan Callum Liam Murdo Finlay Rory Euan Niall Lachlan "
           "Hugh Walter Ronald Donald Tomasz Imran Piotr Sandy Davie").split()
FIRST_F = ("Margaret Mary Elizabeth Catherine Agnes Isobel Jean Janet Christina Morag Fiona Eilidh Kirsty "
           "Shona Mhairi Ailsa Morven Kirsteen Lorna Moira Sheena Heather Linda Karen Lesley Gillian Alison "
           "Jacqueline Nicola Louise Rachel Emma Amy Rebecca Chloe Megan Isla Catriona Elspeth Helen Anne "
           "Sandra Irene Senga Rhona Iona Carol Aneta Nasreen Jessie Nan").split()
SURN = ("MacDonald Campbell Stewart Robertson Thomson Anderson Scott Reid Murray Taylor Clark Ross Watson "
        "Morrison Paterson Young Mitchell Walker Fraser Graham Henderson Johnston Hamilton McLeod Cameron "
        "Duncan Ferguson Kerr Grant MacKenzie Sinclair Gillespie Buchanan Drummond McIntyre Munro Forbes "
        "Galbraith Lamont McAllister Baird Brodie Crawford Erskine Fleming Guthrie Hutcheson Imrie Jardine "
        "Kinnear Lindsay McCallum McGregor McLaren Ogilvie Rankin Shearer Tait Urquhart Wylie Boyle Docherty "
        "McLaughlin Gallacher Quinn Devlin Hendry Moffat Lennox Purdie Strachan Cowie Petrie Mair Aitken "
        "Soutar Nicol Meiklejohn Kowalczyk Rashid Bhatti Nowicki Lafferty Brannigan McGarvie Dunsmuir").split()
STREETS = ("Kirkbrae Road|Millhaugh Crescent|Dunholm Avenue|Burnside Terrace|Station Brae|Glebe Street|"
           "Wellpark Drive|Mossend Gardens|Craigellan Place|Hawthorn Wynd|Braehead Court|Ashgrove Loan|"
           "Castlegait|Rowanbank Road|Heatherlea Park|Lochview Crescent|Mains Farm Cottages|Bridgend Lane|"
           "Whinhill Road|Cairnryan View|Tollbooth Close|Auchengray Street|Kilbarra Drive|Sunnyside Place").split("|")
TOWNS = [("Kelvinmuir", "KV"), ("Dunmarra", "DX"), ("Strathdeen", "SQ"), ("Inverbrae", "IQ"),
         ("Port Carran", "PZ"), ("Auchterlaw", "AQ"), ("Glenrossie", "GQ"), ("Balgarvie", "BQ"),
         ("Kilbride Mains", "KV"), ("Newton of Ardle", "SQ")]
HOSPS = [
    dict(name="Kelvinmuir Royal Infirmary", abbr="KRI", board="NHS Kelvinmuir",
         addr="Infirmary Road, Kelvinmuir, KV2 4AX", tel="0141 496 0", hn="K"),
    dict(name="Glenrossie University Hospital", abbr="GUH", board="NHS Kelvinmuir",
         addr="Glenrossie Drive, Glenrossie, GQ9 1GU", tel="0141 496 0", hn="G"),
    dict(name="St Ninian's General Hospital", abbr="SNGH", board="NHS Forth Carran",
         addr="Abbey Road, Dunmarra, DX4 6SN", tel="0131 496 0", hn="N"),
    dict(name="Strathdeen Victoria Hospital", abbr="SVH", board="NHS Strathdeen",
         addr="Victoria Road, Strathdeen, SQ1 3VH", tel="01632 960", hn="S"),
    dict(name="Inverbrae General Hospital", abbr="IGH", board="NHS Highmoor",
         addr="Lochside Road, Inverbrae, IQ2 7GH", tel="01632 960", hn="IB"),
    dict(name="Port Carran Infirmary", abbr="PCI", board="NHS Western Carran",
         addr="Harbour Street, Port Carran, PZ5 2PC", tel="0131 496 0", hn="P"),
]
COMM_HOSP = ["Balgarvie Community Hospital", "Auchterlaw Cottage Hospital", "Ardle Memorial Hospital",
             "Mossend House Care Home", "Craigellan Nursing Home", "Rowanbank Intermediate Care Unit"]
PRACTICES = ["Braeside Medical Practice", "Kirkgate Surgery", "Millhaugh Medical Group", "Castlegait Health Centre",
             "Riverside Medical Practice", "The Burnside Surgery", "Dunholm Medical Centre", "Wellpark Group Practice",
             "Harbour View Practice", "Ardle Valley Medical Practice", "Tollbooth Health Centre"]
SURGICAL = {"General Surgery", "Orthopaedics", "Breast Surgery", "Urology", "Colorectal Surgery",
            "Upper GI Surgery", "Trauma & Orthopaedics", "Hand Surgery"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ALLERGIES = ["Penicillin - rash", "Codeine - vomiting", "Trimethoprim - rash", "Elastoplast", "Latex",
             "Morphine - itch", "Erythromycin - GI upset", "Sulphonamides", "Penicillin (anaphylaxis)"]
FREQ = {"od": ["od", "once daily", "OD", "daily", "mane"], "bd": ["bd", "twice daily", "BD", "b.d."],
        "tds": ["tds", "three times daily", "TDS", "t.d.s."], "qds": ["qds", "four times daily", "QDS"],
        "nocte": ["nocte", "at night", "ON", "at bedtime"], "prn": ["prn", "when required", "PRN", "as required"],
        "wk": ["once weekly", "weekly", "1/52"], "stat": ["stat", "STAT", "single dose"]}


class G:
    """Random helper bound to one random.Random."""

    def __init__(self, r):
        self.r = r

    def c(self, seq):
        return self.r.choice(list(seq))

    def p(self, prob):
        return self.r.random() < prob

    def ri(self, a, b):
        return self.r.randint(a, b)

    def uf(self, a, b, nd=1):
        return round(self.r.uniform(a, b), nd)

    def some(self, seq, a, b=None):
        seq = list(seq)
        k = self.ri(a, b if b is not None else a)
        return self.r.sample(seq, min(k, len(seq)))

    def shuf(self, seq):
        s = list(seq)
        self.r.shuffle(s)
        return s


def ordinal(n):
    return str(n) + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fd(d, st):
    if st == 0:
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)
    if st == 1:
        return "%02d.%02d.%02d" % (d.day, d.month, d.year % 100)
    if st == 2:
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if st == 3:
        return "%02d-%s-%04d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if st == 4:
        return "%02d/%02d/%02d" % (d.day, d.month, d.year % 100)
    if st == 5:
        return "%s %s %d" % (ordinal(d.day), MONTHS[d.month - 1], d.year)
    return "%d/%d/%d" % (d.day, d.month, d.year)


def ft(g, h=None, m=None):
    h = g.ri(0, 23) if h is None else h
    m = g.ri(0, 59) if m is None else m
    st = g.ri(0, 3)
    if st == 0:
        return "%02d:%02d" % (h, m)
    if st == 1:
        return "%02d%02d" % (h, m)
    if st == 2:
        return "%02d.%02d" % (h, m)
    return "%d.%02d%s" % ((h - 1) % 12 + 1, m, "am" if h < 12 else "pm")


def chi_for(g, dob, sex):
    base = "%02d%02d%02d" % (dob.day, dob.month, dob.year % 100)
    while True:
        d7, d8 = g.ri(0, 9), g.ri(0, 9)
        d9 = g.c([1, 3, 5, 7, 9] if sex == "M" else [0, 2, 4, 6, 8])
        digits = base + "%d%d%d" % (d7, d8, d9)
        s = sum(int(x) * w for x, w in zip(digits, range(10, 1, -1)))
        chk = 11 - s % 11
        if chk == 11:
            chk = 0
        if chk != 10:
            return digits + str(chk)


def fchi(g, chi):
    st = g.ri(0, 3)
    if st == 0:
        return chi
    if st == 1:
        return "%s %s %s" % (chi[:6], chi[6:8], chi[8:])
    if st == 2:
        return "%s-%s" % (chi[:6], chi[6:])
    return "%s %s" % (chi[:6], chi[6:])


def med(drug, dose, freq="od", route="oral"):
    return (drug, dose, freq, route)


def fmed(g, m, st):
    drug, dose, freq, route = m
    fr = g.c(FREQ.get(freq, [freq]))
    if st == 0:
        return "%s %s %s" % (drug, dose, fr)
    if st == 1:
        return "%s %s %s %s" % (drug.upper() if g.p(0.3) else drug, dose, route, fr)
    if st == 2:
        return "%-28s %-10s %-8s %s" % (drug, dose, route.upper() if route == "oral" else route, fr)
    if st == 3:
        return "%s - %s %s" % (drug, dose, fr)
    return "%s %s (%s) %s" % (drug, dose, route, fr)


# ----------------------------------------------------------------------------
# Clinical scenarios (each internally coherent)
# ----------------------------------------------------------------------------
SC = []


def scen(**k):
    SC.append(k)


scen(key="cap", spec="General Medicine", clinic="Respiratory Clinic", ward="Acute Medical Unit", age=(48, 92),
     pc="productive cough, fever and breathlessness", pcs="SOB / cough / fever",
     hpc="{d} day history of cough productive of green sputum, fevers and rigors and increasing breathlessness. "
         "Right-sided pleuritic chest pain. Off {pos} food. No haemoptysis. GP started doxycycline {d2} days ago with no improvement.",
     pmh=["Hypertension", "Type 2 diabetes - diet controlled", "Osteoarthritis both knees", "Ex-smoker, 20 pack years"],
     exam="Looks unwell, mildly dehydrated. Chest: reduced expansion R base, dull to percussion, bronchial breathing and coarse crackles R base. "
          "HS I+II+0. Abdomen SNT. Calves SNT, no oedema.",
     obs=dict(hr=(98, 122), sbp=(98, 128), dbp=(55, 75), rr=(22, 30), sat=(89, 94), temp=(37.9, 39.2)),
     labs={"WCC": (13.5, 22), "Neut": (11, 19), "CRP": (110, 320), "Urea": (7.9, 12.5)},
     img=dict(mod="XR", region="Chest", proj="PA", clin="Cough, fever, crackles R base. ?pneumonia",
              find="There is airspace consolidation in the right lower zone with air bronchograms. Small right pleural effusion blunting the costophrenic angle. Heart size normal. Left lung clear.",
              concl="Right lower lobe pneumonia with small parapneumonic effusion. Recommend follow-up film in 6 weeks to ensure resolution."),
     meds=[med("Amlodipine", "5mg"), med("Paracetamol", "1g", "qds"), med("Omeprazole", "20mg")],
     new=[med("Amoxicillin", "1g", "tds", "IV"), med("Clarithromycin", "500mg", "bd")],
     dx="Community acquired pneumonia, right lower lobe (CURB-65 score 2)", dxs="RLL pneumonia",
     course="Treated with IV amoxicillin and oral clarithromycin, stepped down to oral amoxicillin after 48 hours once afebrile and CRP falling. Oxygen weaned off on day 3. Mobilising independently with physio review.",
     plan=["IV fluids", "Sputum and blood cultures", "Urinary pneumococcal/legionella antigens", "Oxygen to target sats 94-98%", "VTE prophylaxis - enoxaparin"],
     fu="Repeat chest X-ray in 6 weeks via GP", gp="Please arrange repeat CXR at 6 weeks to confirm resolution.",
     ecg=dict(rhythm="Sinus tachycardia", rate=(100, 118), interp="Sinus tachycardia. Otherwise normal ECG."))

scen(key="nstemi", spec="Cardiology", clinic="Cardiology Clinic", ward="Coronary Care Unit", age=(50, 84),
     pc="central chest pain", pcs="chest pain",
     hpc="Central crushing chest pain radiating to the left arm and jaw, onset at rest at around {hr}:00, lasting 40 minutes. Associated with sweating and nausea. "
         "Two weeks of exertional tightness walking uphill. Pain eased with GTN from the paramedics. Smoker 15/day.",
     pmh=["Hypertension", "Hypercholesterolaemia", "Type 2 diabetes", "COPD - mild"],
     exam="Pain free on arrival. HS I+II+0, no murmurs. JVP not raised. Chest clear. No peripheral oedema. Peripheral pulses present.",
     obs=dict(hr=(68, 92), sbp=(130, 168), dbp=(72, 96), rr=(14, 20), sat=(95, 99), temp=(36.3, 37.1)),
     labs={"TropI": (180, 2400), "Chol": (5.6, 7.4)},
     img=dict(mod="XR", region="Chest", proj="AP", clin="Chest pain. ACS.",
              find="Heart size within normal limits. No pulmonary oedema. Lungs clear. No pneumothorax.",
              concl="No acute cardiopulmonary abnormality."),
     meds=[med("Ramipril", "5mg"), med("Metformin", "500mg", "bd"), med("Simvastatin", "40mg", "nocte")],
     new=[med("Aspirin", "75mg"), med("Ticagrelor", "90mg", "bd"), med("Bisoprolol", "2.5mg"),
          med("Atorvastatin", "80mg", "nocte"), med("GTN spray", "400 micrograms", "prn", "sublingual")],
     stopped=["Simvastatin - changed to atorvastatin"],
     dx="Non-ST elevation myocardial infarction", dxs="NSTEMI",
     course="Loaded with aspirin and ticagrelor, fondaparinux given. Coronary angiography on day 2 showed a severe proximal LAD stenosis, treated with a drug-eluting stent via right radial approach. No complications. Echo showed mildly impaired LV function with anterior hypokinesia.",
     plan=["Serial ECGs", "Repeat troponin at 6 hours", "Fondaparinux 2.5mg sc daily", "Refer for inpatient angiography", "Smoking cessation advice"],
     fu="Cardiac rehabilitation; cardiology clinic 3 months", gp="Please continue dual antiplatelet therapy for 12 months and titrate bisoprolol as heart rate allows.",
     ecg=dict(rhythm="Sinus rhythm", rate=(66, 88), interp="Sinus rhythm. ST depression 1-2mm V3-V6 and I, aVL. T wave inversion V4-V6. Consistent with anterolateral ischaemia."),
     proc=dict(name="Coronary angiography +/- PCI", kind="angio",
               find="Right radial access, 6F. LMS normal. LAD: severe 90% proximal stenosis. Cx: minor irregularities. RCA: dominant, unobstructed. LVEDP 18mmHg.",
               concl="Single vessel disease. PCI to proximal LAD with 3.0 x 18mm drug-eluting stent, TIMI 3 flow, good result.",
               bx=""))

scen(key="copd", spec="Respiratory Medicine", clinic="Respiratory Clinic", ward="Ward 14 (Respiratory)", age=(55, 88),
     pc="increasing breathlessness and wheeze", pcs="SOB ++",
     hpc="Known COPD (FEV1 42% predicted). {d} days of increasing breathlessness, wheeze and sputum changing from white to green. "
         "Now breathless on minimal exertion, using salbutamol every hour. Exercise tolerance normally 100 yards, now room-bound. Continues to smoke 10/day.",
     pmh=["COPD (GOLD stage 3)", "Ischaemic heart disease", "Osteoporosis", "Anxiety", "Previous admission with exacerbation 2 years ago"],
     exam="Pursed lip breathing, using accessory muscles. Widespread expiratory wheeze, reduced air entry bilaterally. No flap. HS quiet. Mild ankle oedema.",
     obs=dict(hr=(96, 118), sbp=(118, 150), dbp=(62, 88), rr=(24, 32), sat=(84, 89), temp=(36.8, 37.9)),
     labs={"WCC": (11.5, 16), "Neut": (9, 13), "CRP": (25, 90)},
     img=dict(mod="XR", region="Chest", proj="PA", clin="Exacerbation COPD. ?consolidation",
              find="Hyperexpanded lungs with flattened hemidiaphragms. No focal consolidation, pneumothorax or effusion. Cardiomediastinal contours normal.",
              concl="Hyperinflation consistent with COPD. No acute change."),
     meds=[med("Trimbow inhaler", "2 puffs", "bd", "inhaled"), med("Salbutamol inhaler", "100mcg 2 puffs", "prn", "inhaled"),
           med("Alendronic acid", "70mg", "wk"), med("Adcal D3", "1 tab", "bd"), med("Sertraline", "50mg")],
     new=[med("Prednisolone", "30mg"), med("Doxycycline", "100mg"), med("Salbutamol nebuliser", "5mg", "qds", "neb"),
          med("Ipratropium nebuliser", "500mcg", "qds", "neb")],
     dx="Infective exacerbation of COPD with type 1 respiratory failure", dxs="IECOPD",
     course="ABG on admission: pH 7.37, pCO2 6.1, pO2 7.6 on air. Controlled oxygen via 28% venturi to target 88-92%. Nebulisers, prednisolone 30mg for 5 days and doxycycline. Reviewed by respiratory nurse specialist; inhaler technique checked and smoking cessation discussed.",
     plan=["Controlled O2 - target sats 88-92%", "Nebs", "Pred 30mg od 5/7", "Doxycycline", "Repeat ABG in 1 hour"],
     fu="Pulmonary rehabilitation referral; respiratory nurse follow-up", gp="Please consider rescue pack of prednisolone and doxycycline.",
     ecg=dict(rhythm="Sinus tachycardia", rate=(100, 116), interp="Sinus tachycardia. P pulmonale. Right axis deviation."))

scen(key="appx", spec="General Surgery", clinic="General Surgical Clinic", ward="Surgical Receiving Unit", age=(16, 45),
     pc="right iliac fossa pain", pcs="RIF pain",
     hpc="Central abdominal pain since yesterday, now migrated to the right iliac fossa. Anorexic, nauseated, vomited twice. Pain worse on walking and coughing. BO yesterday normal. No urinary symptoms.",
     pmh=["Nil of note", "Asthma - childhood", "Nil significant"],
     exam="Flushed. Abdomen: tender RIF with guarding and rebound, Rovsing's positive. No masses. Bowel sounds present. Hernial orifices clear.",
     obs=dict(hr=(92, 112), sbp=(110, 132), dbp=(62, 80), rr=(16, 20), sat=(97, 100), temp=(37.6, 38.4)),
     labs={"WCC": (13, 18.5), "Neut": (10, 15), "CRP": (45, 160)},
     img=dict(mod="US", region="Abdomen (RIF)", proj="", clin="RIF pain, raised WCC. ?appendicitis",
              find="A non-compressible, blind-ending tubular structure measuring 9mm in diameter is seen in the right iliac fossa with surrounding echogenic fat and a small amount of free fluid. Probe tenderness. No collection.",
              concl="Appearances consistent with acute appendicitis."),
     meds=[], new=[med("Co-amoxiclav", "1.2g", "tds", "IV"), med("Paracetamol", "1g", "qds"), med("Cyclizine", "50mg", "tds", "IV")],
     dx="Acute appendicitis", dxs="acute appendicitis",
     course="Underwent laparoscopic appendicectomy on the day of admission. Findings of an acutely inflamed, non-perforated appendix. Uneventful recovery, tolerating diet and mobilising on day 1.",
     plan=["NBM", "IV fluids", "IV antibiotics", "Consent for laparoscopic appendicectomy", "Pregnancy test if female"],
     fu="No routine follow-up. Histology will be forwarded", gp="Clips/sutures: dissolvable - no removal required.",
     op=dict(name="Laparoscopic appendicectomy", anaes="GA", ind="Clinical and ultrasound diagnosis of acute appendicitis",
             find="Acutely inflamed, non-perforated appendix, retrocaecal. Small amount of turbid fluid in pelvis. Normal terminal ileum. No Meckel's diverticulum.",
             steps=["Open Hasson entry at umbilicus, 12mm port", "5mm ports suprapubic and LIF", "Appendix mobilised, mesoappendix divided with diathermy",
                    "Base secured with 2 Endoloops, appendix divided and removed in retrieval bag", "Pelvis washed out and suctioned", "Haemostasis checked"],
             close="Umbilical sheath 0 PDS, skin 4/0 Monocryl subcuticular. LA to port sites.", ebl="minimal",
             post=["Free fluids, diet as tolerated", "Co-amoxiclav oral for 5 days", "Home when comfortable"]),
     path=dict(spec="Appendix", clin="Acute appendicitis. Lap appendicectomy.",
               macro="Appendix 65mm long, 9mm maximum diameter. The serosa is dull and congested with fibrinous exudate. The lumen contains a faecolith. Tip and representative sections processed.",
               micro="Sections show transmural acute inflammation with mucosal ulceration and serositis. There is no perforation. No dysplasia or malignancy. No granulomas.",
               concl="Appendix: acute suppurative appendicitis with periappendicitis. No evidence of malignancy.", snomed="T66000 M41000"))

scen(key="nof", spec="Trauma & Orthopaedics", clinic="Fracture Clinic", ward="Ward 20 (Orthopaedic Trauma)", age=(72, 98), sex="F",
     pc="fall with left hip pain", pcs="#NOF L",
     hpc="Mechanical fall at home this morning, tripped on rug. Unable to weight bear since. Lay on floor for approx {d} hours until found by carer. No head injury, no LOC. No preceding chest pain or palpitations.",
     pmh=["Hypertension", "Osteoporosis", "Mild cognitive impairment", "AF", "Cataracts"],
     exam="L leg shortened and externally rotated. Pain on any hip movement. NV intact distally. No other injuries found. AMT 7/10.",
     obs=dict(hr=(76, 104), sbp=(112, 160), dbp=(60, 88), rr=(16, 22), sat=(93, 98), temp=(36.0, 37.2)),
     labs={"Hb": (102, 119), "CK": (400, 1800)},
     img=dict(mod="XR", region="Pelvis and left hip", proj="AP pelvis + lateral L hip", clin="Fall. Shortened externally rotated L leg.",
              find="Displaced intracapsular fracture of the left femoral neck (Garden IV). Generalised osteopenia. No other fracture identified.",
              concl="Displaced left intracapsular neck of femur fracture."),
     meds=[med("Apixaban", "2.5mg", "bd"), med("Amlodipine", "5mg"), med("Alendronic acid", "70mg", "wk"), med("Adcal D3", "1 tab", "bd")],
     new=[med("Paracetamol", "1g", "qds"), med("Oxycodone", "2.5mg", "prn"), med("Enoxaparin", "40mg", "od", "sc"), med("Laxido", "1 sachet", "bd")],
     dx="Displaced intracapsular fracture left neck of femur", dxs="L #NOF",
     course="Fascia iliaca block in ED. Apixaban withheld. Underwent left cemented hemiarthroplasty under spinal anaesthesia on day 2. Reviewed by ortho-geriatrician; post-op delirium treated conservatively. Full weight bearing with physiotherapy.",
     plan=["Fascia iliaca block", "Admit Ward 20", "Hold apixaban", "For theatre - consent and mark", "Ortho-geriatric review"],
     fu="Fracture clinic not required; GP to review wound at 10-14 days", gp="Please remove clips at 12-14 days post-op. Restart apixaban as per discharge prescription.",
     ecg=dict(rhythm="Atrial fibrillation", rate=(78, 104), interp="Atrial fibrillation with controlled ventricular response. No acute ST changes."),
     op=dict(name="Left cemented hemiarthroplasty", anaes="Spinal + sedation", ind="Displaced intracapsular fracture left femoral neck",
             find="Displaced subcapital fracture. Femoral head 46mm.",
             steps=["Right lateral position, lateral (Hardinge) approach", "Capsulotomy, femoral head removed and sized 46mm", "Femoral canal prepared, cement restrictor",
                    "Cemented Exeter stem with unipolar head", "Hip reduced, stable through range", "Abductor repair with Ethibond"],
             close="Vicryl to fascia and subcut, clips to skin. Mepore dressing.", ebl="300ml",
             imp="Exeter V40 stem size 1 (44mm offset), Unitrax unipolar head 46mm, Simplex cement",
             post=["Full weight bear", "Check X-ray", "Hb day 1", "Enoxaparin 40mg 28 days", "Posterior hip precautions not required"]))

scen(key="chole", spec="General Surgery", clinic="Upper GI Surgical Clinic", ward="Ward 9 (Surgical)", age=(30, 75),
     pc="right upper quadrant pain", pcs="RUQ pain",
     hpc="Several episodes of colicky RUQ pain after fatty meals over the last 6 months, radiating to the back. This episode for {d} days, constant, with fever and vomiting. No jaundice, pale stools or dark urine.",
     pmh=["Obesity (BMI 34)", "Hypothyroidism", "GORD"],
     exam="Tender RUQ, Murphy's sign positive. No jaundice. No palpable mass. Bowel sounds normal.",
     obs=dict(hr=(88, 108), sbp=(118, 142), dbp=(68, 88), rr=(16, 20), sat=(96, 99), temp=(37.6, 38.5)),
     labs={"WCC": (12.5, 17), "CRP": (60, 190), "ALP": (120, 180), "Bili": (12, 26)},
     img=dict(mod="US", region="Abdomen (upper)", proj="", clin="RUQ pain, Murphy's +ve",
              find="The gallbladder contains multiple mobile calculi, largest 14mm. The wall is thickened at 5mm with pericholecystic fluid and a positive sonographic Murphy's sign. CBD 5mm. No intrahepatic duct dilatation. Liver, pancreas (head and body) and right kidney unremarkable.",
              concl="Acute calculous cholecystitis. CBD not dilated."),
     meds=[med("Levothyroxine", "100mcg"), med("Omeprazole", "20mg")],
     new=[med("Co-amoxiclav", "1.2g", "tds", "IV"), med("Paracetamol", "1g", "qds"), med("Dihydrocodeine", "30mg", "qds")],
     dx="Acute calculous cholecystitis", dxs="acute cholecystitis",
     course="Managed with IV antibiotics and analgesia. Settled over 48 hours. Index admission laparoscopic cholecystectomy performed on day 3 with no complications.",
     plan=["IV abx", "Analgesia", "Low fat diet when eating", "Consider hot lap chole"],
     fu="Clinic review 6 weeks", gp="Low fat diet advice given. Histology to be reviewed at clinic.",
     op=dict(name="Laparoscopic cholecystectomy", anaes="GA", ind="Acute calculous cholecystitis",
             find="Oedematous, inflamed gallbladder with omental adhesions. Multiple stones. Critical view of safety obtained. No bile leak.",
             steps=["Open Hasson entry, 4 port technique", "Adhesions divided", "Calot's triangle dissected; critical view of safety achieved",
                    "Cystic duct and artery clipped (2 proximal, 1 distal) and divided", "Gallbladder dissected from liver bed with diathermy", "Retrieved in bag via umbilical port", "Liver bed haemostasis, washout"],
             close="0 PDS to umbilical sheath, 3/0 Monocryl to skin", ebl="20ml",
             post=["Diet as tolerated", "Home tomorrow if well", "No routine follow-up if histology benign"]),
     path=dict(spec="Gallbladder", clin="Acute cholecystitis. Lap chole.",
               macro="Opened gallbladder 85 x 35mm. Wall thickness up to 6mm. Mucosa ulcerated and haemorrhagic. Accompanying 12 mixed stones up to 14mm.",
               micro="Acute on chronic cholecystitis with mural oedema, haemorrhage and Rokitansky-Aschoff sinuses. No dysplasia or malignancy.",
               concl="Gallbladder: acute on chronic calculous cholecystitis. No malignancy.", snomed="T63000 M43000"))

scen(key="af", spec="Cardiology", clinic="Arrhythmia Clinic", ward="Acute Medical Unit", age=(55, 88),
     pc="palpitations", pcs="palps",
     hpc="{d} days of intermittent fast irregular palpitations with mild breathlessness on exertion. No chest pain or syncope. Alcohol 20 units/week. No previous episodes.",
     pmh=["Hypertension", "Type 2 diabetes", "Previous TIA 2012"],
     exam="Irregularly irregular pulse. HS I+II+0. Chest clear. No oedema. Thyroid not enlarged.",
     obs=dict(hr=(112, 148), sbp=(118, 152), dbp=(70, 92), rr=(16, 22), sat=(95, 99), temp=(36.2, 37.0)),
     labs={"TSH": (0.6, 3.2)},
     img=dict(mod="ECHO", region="Transthoracic echocardiogram", proj="", clin="New AF",
              find="LV normal size with good systolic function, EF estimated 55%. Left atrium mildly dilated (4.4cm). Mild mitral regurgitation. Aortic valve trileaflet, no stenosis. RV normal. No pericardial effusion.",
              concl="Structurally normal heart apart from mild LA dilatation and mild MR. Good LV function."),
     meds=[med("Lisinopril", "10mg"), med("Metformin", "1g", "bd")],
     new=[med("Bisoprolol", "5mg"), med("Apixaban", "5mg", "bd")],
     dx="Atrial fibrillation - new onset, fast ventricular response. CHA2DS2-VASc 5", dxs="new AF",
     course="Rate controlled with bisoprolol. Anticoagulated with apixaban (CHA2DS2-VASc 5, ORBIT 1). TFTs normal. Echo as below.",
     plan=["Rate control - bisoprolol", "Anticoagulation - apixaban", "TFTs", "Echo", "Telemetry"],
     fu="Arrhythmia clinic 3 months to consider rhythm control", gp="Please check renal function and FBC in 3 months whilst on apixaban.",
     ecg=dict(rhythm="Atrial fibrillation", rate=(112, 146), interp="Atrial fibrillation with rapid ventricular response. Normal axis. No ischaemic changes."))

scen(key="dm", spec="Diabetes & Endocrinology", clinic="Diabetes Clinic", ward="Ward 5", age=(35, 78),
     pc="poor glycaemic control", pcs="T2DM review",
     hpc="Type 2 diabetes diagnosed 2009. HbA1c has risen over the last year despite maximum metformin and gliclazide. Reports polyuria and nocturia, weight loss of 3kg. No hypos. Retinal screening: background retinopathy.",
     pmh=["Type 2 diabetes", "Hypertension", "Hyperlipidaemia", "Fatty liver"],
     exam="BMI 33. BP as below. Feet: monofilament sensation reduced to both great toes, pulses palpable. No ulceration. Injection sites not applicable.",
     obs=dict(hr=(70, 88), sbp=(136, 158), dbp=(78, 94), rr=(12, 16), sat=(96, 99), temp=(36.2, 36.9)),
     labs={"HbA1c": (72, 98), "Glucose": (11, 18), "Chol": (5.2, 6.8), "ALT": (44, 78)},
     img=dict(mod="US", region="Liver", proj="", clin="Deranged LFTs, T2DM, obesity",
              find="The liver is diffusely echobright consistent with fatty infiltration. Normal size, smooth outline. No focal lesion. Gallbladder normal. CBD 4mm. Spleen 11cm.",
              concl="Hepatic steatosis. No focal lesion."),
     meds=[med("Metformin", "1g", "bd"), med("Gliclazide", "160mg", "bd"), med("Ramipril", "10mg"), med("Atorvastatin", "20mg", "nocte")],
     new=[med("Empagliflozin", "10mg"), med("Semaglutide", "0.25mg", "wk", "sc")],
     dx="Type 2 diabetes mellitus, suboptimal control (HbA1c above target). Peripheral neuropathy", dxs="T2DM",
     course="Admitted with symptomatic hyperglycaemia (glucose 24 mmol/L, ketones 0.5, not acidotic). Rehydrated with IV fluids. Seen by the diabetes specialist nurse; empagliflozin added and structured education arranged.",
     plan=["Start empagliflozin 10mg", "Refer to dietitian - structured education (X-PERT)", "Podiatry referral", "Increase atorvastatin to 40mg", "Repeat HbA1c 3 months"],
     fu="Diabetes clinic 4 months with HbA1c", gp="Please increase atorvastatin to 40mg and check U&E 2 weeks after starting empagliflozin.")

scen(key="crc", spec="Colorectal Surgery", clinic="Colorectal Clinic", ward="Ward 11 (Colorectal)", age=(58, 86),
     pc="iron deficiency anaemia", pcs="IDA",
     hpc="Referred by GP with iron deficiency anaemia (Hb 92) and 3 months of fatigue and breathlessness on exertion. Weight loss of 5kg. No overt PR bleeding, no change in bowel habit. FIT 450 ug Hb/g.",
     pmh=["Hypertension", "Gout", "Previous appendicectomy"],
     exam="Pale. Abdomen soft, non-tender, ?vague fullness right iliac fossa. PR: no masses, brown stool on glove.",
     obs=dict(hr=(78, 96), sbp=(122, 148), dbp=(68, 88), rr=(14, 18), sat=(96, 99), temp=(36.2, 36.9)),
     labs={"Hb": (82, 98), "MCV": (68, 76), "Ferritin": (4, 11), "Plt": (380, 520)},
     img=dict(mod="CT", region="Chest, abdomen and pelvis", proj="with IV contrast (portal venous phase)", clin="Caecal adenocarcinoma on biopsy. Staging.",
              find="There is an irregular 5cm mass in the caecum with minor pericolic fat stranding. A few subcentimetre ileocolic lymph nodes. Liver: no focal lesion. Lungs clear, no pulmonary nodules. No ascites or peritoneal disease. No bony lesion.",
              concl="Caecal carcinoma, radiological stage T3 N1 M0. Discuss at colorectal MDT."),
     meds=[med("Amlodipine", "10mg"), med("Allopurinol", "300mg"), med("Ferrous fumarate", "210mg", "bd")],
     new=[],
     dx="Adenocarcinoma of caecum (T3 N1 M0)", dxs="caecal cancer",
     course="Elective laparoscopic right hemicolectomy. Enhanced recovery pathway. Bowels opened day 3. Discharged day 5.",
     plan=["Colonoscopy and OGD", "CT CAP", "MDT discussion", "Iron infusion pre-op"],
     fu="Colorectal clinic 2 weeks with histology; oncology referral if node positive", gp="Please continue oral iron for 3 months.",
     proc=dict(name="Colonoscopy", kind="colon", find="Excellent bowel prep (Boston 9). Caecum reached, confirmed by ileocaecal valve and appendix orifice. A circumferential friable ulcerated mass is seen in the caecum, not obstructing. Biopsies x6 taken. Tattoo placed distal to lesion. Two diminutive sigmoid polyps removed with cold snare. Mild diverticulosis.",
               concl="Caecal tumour - likely malignant. Biopsies taken, tattooed. Urgent CT CAP requested. Patient informed; CNS present.", bx="Caecal mass x6 (pot 1), sigmoid polyps x2 (pot 2)"),
     op=dict(name="Laparoscopic right hemicolectomy", anaes="GA + TAP blocks", ind="Adenocarcinoma of caecum",
             find="Tumour in caecum, no serosal breach visible. Tattoo identified. No liver metastases. No peritoneal disease.",
             steps=["Laparoscopic medial to lateral approach", "Ileocolic pedicle identified, high ligation with Hem-o-lok clips", "Right colon and hepatic flexure mobilised",
                    "Extracted through periumbilical incision with wound protector", "Extracorporeal stapled side-to-side ileocolic anastomosis (GIA 60 + TA)", "Mesenteric defect not closed"],
             close="0 Loop PDS to linea, clips to skin", ebl="100ml",
             post=["ERAS pathway", "Free fluids tonight, diet day 1", "Enoxaparin 28 days", "Remove catheter day 1"]),
     path=dict(spec="Right hemicolectomy", clin="Caecal adenocarcinoma. Lap R hemicolectomy.",
               macro="Right hemicolectomy comprising 120mm terminal ileum and 210mm colon. In the caecum an ulcerated tumour 48 x 40mm lies 30mm from the ileocaecal valve. Tattoo visible. Tumour appears to extend into pericolic fat. Distal margin 150mm.",
               micro="Moderately differentiated adenocarcinoma invading through the muscularis propria into pericolic fat (pT3). Extramural venous invasion not identified. 2 of 19 lymph nodes contain metastatic carcinoma. All margins clear, CRM 12mm. MMR immunohistochemistry: MLH1, PMS2, MSH2, MSH6 retained.",
               concl="Right hemicolectomy: moderately differentiated adenocarcinoma of caecum. pT3 pN1b (2/19) R0. TNM 8. Dukes C1.", snomed="T67100 M81403"))

scen(key="stroke", spec="Stroke Medicine", clinic="TIA Clinic", ward="Acute Stroke Unit", age=(55, 92),
     pc="sudden onset right arm weakness and word-finding difficulty", pcs="?CVA",
     hpc="Woke at 07:00 well. At approx {hr}:00 noted sudden weakness of right arm and difficulty finding words. Wife called 999. Symptoms persisting on arrival. No headache, no seizure, no head injury. Not on anticoagulants.",
     pmh=["Hypertension", "Hypercholesterolaemia", "Smoker", "PVD"],
     exam="GCS 15. Expressive dysphasia. Right arm power 3/5, right leg 4+/5. Right facial droop (UMN). Sensation intact. No visual field defect. NIHSS 6. HS normal, no carotid bruits.",
     obs=dict(hr=(64, 88), sbp=(154, 192), dbp=(84, 104), rr=(14, 18), sat=(95, 99), temp=(36.2, 37.0)),
     labs={"Glucose": (5.5, 8.0), "Chol": (5.8, 7.2)},
     img=dict(mod="CT", region="Head", proj="non-contrast", clin="Acute onset R arm weakness and dysphasia. Onset 2 hours. ?thrombolysis",
              find="No intracranial haemorrhage. Subtle loss of grey-white differentiation in the left insular cortex. ASPECTS 9. Hyperdense left MCA not seen. No mass lesion. Periventricular small vessel ischaemic change. Ventricles and sulci age appropriate.",
              concl="No haemorrhage. Early ischaemic change in the left MCA territory (ASPECTS 9)."),
     meds=[med("Amlodipine", "10mg"), med("Simvastatin", "20mg", "nocte")],
     new=[med("Aspirin", "300mg"), med("Clopidogrel", "75mg"), med("Atorvastatin", "80mg", "nocte"), med("Lansoprazole", "15mg")],
     stopped=["Simvastatin"],
     dx="Left MCA territory ischaemic stroke (partial anterior circulation syndrome)", dxs="L PACS",
     course="Outside thrombolysis window on clarification of onset time. Aspirin 300mg for 14 days then clopidogrel. Carotid dopplers: <50% stenosis bilaterally. Swallow screen passed. Speech and language therapy input for dysphasia, improving. Physio and OT; independent mobile with stick.",
     plan=["Swallow screen", "Aspirin 300mg once swallow confirmed", "Carotid doppler", "Admit stroke unit", "BP - do not lower acutely"],
     fu="Stroke clinic 6-8 weeks", gp="Advised not to drive for one month (DVLA). Please target BP <130/80.",
     ecg=dict(rhythm="Sinus rhythm", rate=(62, 84), interp="Sinus rhythm. Left ventricular hypertrophy by voltage criteria."))

scen(key="cellulitis", spec="General Medicine", clinic="OPAT Clinic", ward="Ward 6 (Medical)", age=(30, 85),
     pc="red swollen painful left leg", pcs="L leg cellulitis",
     hpc="{d} days of spreading redness, heat and swelling of the left lower leg starting from a cracked area between the toes. Feverish. Oral flucloxacillin from GP for 48 hours without improvement.",
     pmh=["Type 2 diabetes", "Obesity", "Tinea pedis", "Venous eczema"],
     exam="Erythema, warmth and tenderness L shin from ankle to just below knee, margins marked. No bullae, no crepitus. Interdigital maceration L foot. Pedal pulses present. R leg normal.",
     obs=dict(hr=(88, 108), sbp=(118, 146), dbp=(66, 86), rr=(16, 20), sat=(96, 99), temp=(37.7, 38.9)),
     labs={"WCC": (12, 17), "CRP": (80, 220), "Glucose": (9, 15)},
     img=dict(mod="US", region="Left leg venous doppler", proj="", clin="Red swollen L leg. ?DVT",
              find="The left common femoral, femoral and popliteal veins are fully compressible with normal flow and augmentation. Calf veins visualised where possible and appear patent. Subcutaneous oedema in the calf.",
              concl="No evidence of DVT in the left leg. Subcutaneous oedema."),
     meds=[med("Metformin", "1g", "bd"), med("Atorvastatin", "20mg", "nocte")],
     new=[med("Flucloxacillin", "2g", "qds", "IV"), med("Clotrimazole 1% cream", "apply", "bd", "topical")],
     dx="Cellulitis left lower leg (Eron class II)", dxs="L leg cellulitis",
     course="IV flucloxacillin for 3 days then switched to oral. Erythema receding within margins. Treated for tinea pedis.",
     plan=["Mark margins", "IV fluclox", "Elevate leg", "Blood cultures", "Treat tinea"],
     fu="No hospital follow-up", gp="Complete 7 days total antibiotics. Consider compression hosiery once settled.")

scen(key="uti", spec="Medicine for the Elderly", clinic="Medicine for the Elderly Clinic", ward="Ward 3 (Medicine for the Elderly)", age=(78, 99),
     pc="confusion and reduced mobility", pcs="off legs / confused",
     hpc="Collateral from daughter: {d} days of increased confusion, agitation at night and reduced oral intake. Two falls at home without injury. Smelly urine. Normally independent with stick and carers once daily.",
     pmh=["Vascular dementia (mild)", "Hypertension", "CKD stage 3", "Recurrent UTIs", "Osteoarthritis"],
     exam="Drowsy but rousable, disorientated to time and place. 4AT 7. Dry mucous membranes. Suprapubic tenderness. Chest clear. No focal neurology. Not in retention (bladder scan 80ml).",
     obs=dict(hr=(92, 110), sbp=(102, 132), dbp=(54, 72), rr=(18, 22), sat=(94, 98), temp=(37.8, 38.7)),
     labs={"WCC": (12, 16.5), "CRP": (70, 180), "Urea": (11, 18), "Creat": (140, 210), "Na": (131, 134)},
     img=dict(mod="XR", region="Chest", proj="AP erect", clin="Confusion, pyrexia. ?chest source",
              find="Cardiomegaly (AP film). No focal consolidation. No effusion. Degenerative changes thoracic spine.",
              concl="No focal consolidation."),
     meds=[med("Amlodipine", "5mg"), med("Donepezil", "5mg", "nocte"), med("Paracetamol", "1g", "qds"), med("Furosemide", "20mg")],
     new=[med("Gentamicin", "as per protocol", "od", "IV"), med("Nitrofurantoin", "50mg", "qds")],
     stopped=["Furosemide - withheld (AKI)"],
     dx="Urinary tract infection with delirium; acute kidney injury stage 1", dxs="UTI / delirium",
     course="Single dose gentamicin then oral antibiotics as per urine culture (E. coli sensitive to nitrofurantoin and cefalexin). IV fluids; renal function back to baseline. Delirium resolving; 4AT 2 at discharge. PT/OT: back to baseline mobility. Package of care increased to twice daily.",
     plan=["IV fluids", "MSU / blood cultures", "Antibiotics as per guideline", "Delirium care bundle", "Hold furosemide"],
     fu="No hospital follow-up", gp="Please check U&Es in 1 week and restart furosemide if weight increasing.")

scen(key="hf", spec="Cardiology", clinic="Heart Failure Clinic", ward="Ward 4 (Cardiology)", age=(60, 92),
     pc="increasing breathlessness and leg swelling", pcs="SOB / oedema",
     hpc="{d} weeks of progressive exertional breathlessness, 3 pillow orthopnoea and PND. Ankles swollen up to knees. Weight up 6kg. No chest pain.",
     pmh=["Ischaemic heart disease - MI 2014", "Hypertension", "Type 2 diabetes", "CKD 3a"],
     exam="JVP raised to earlobes. Bibasal crepitations to mid zones. Pitting oedema to knees bilaterally. HS I+II + soft pansystolic murmur apex.",
     obs=dict(hr=(90, 110), sbp=(102, 138), dbp=(60, 82), rr=(20, 28), sat=(90, 94), temp=(36.2, 37.0)),
     labs={"NTproBNP": (4500, 14000), "Creat": (115, 165), "Na": (131, 136)},
     img=dict(mod="ECHO", region="Transthoracic echocardiogram", proj="", clin="Decompensated heart failure",
              find="Dilated left ventricle (LVIDd 6.3cm) with severely impaired systolic function, EF 28% (biplane Simpson's). Akinetic anterior wall and apex. Moderate functional mitral regurgitation. Left atrium dilated. Estimated PASP 48mmHg. IVC dilated, poor respiratory variation.",
              concl="Severe LVSD (EF 28%) consistent with ischaemic cardiomyopathy. Moderate MR. Raised filling pressures."),
     meds=[med("Aspirin", "75mg"), med("Ramipril", "2.5mg"), med("Atorvastatin", "40mg", "nocte"), med("Metformin", "500mg", "bd")],
     new=[med("Furosemide", "80mg", "bd", "IV"), med("Bisoprolol", "1.25mg"), med("Spironolactone", "25mg"), med("Dapagliflozin", "10mg")],
     dx="Acute decompensated heart failure with reduced ejection fraction (HFrEF, EF 28%)", dxs="LVSD / HFrEF",
     course="IV furosemide with daily weights and fluid balance. Weight down 7.5kg. Started on bisoprolol, spironolactone and dapagliflozin. Renal function stable. Referred to heart failure nurse service.",
     plan=["IV furosemide", "Daily weights", "Fluid restrict 1.5L", "Echo", "U&E daily"],
     fu="Heart failure nurse 2 weeks; HF clinic 6 weeks", gp="Please check U&E in 1 week. Target dry weight 78kg.",
     ecg=dict(rhythm="Sinus rhythm", rate=(88, 104), interp="Sinus rhythm. Q waves V1-V4 (old anterior MI). LBBB not present. Poor R wave progression."))

scen(key="tkr", spec="Orthopaedics", clinic="Orthopaedic Clinic (Lower Limb)", ward="Ward 19 (Elective Orthopaedics)", age=(58, 84),
     pc="right knee pain", pcs="R knee OA",
     hpc="Several years of worsening right knee pain, now limiting walking distance to 200 yards and disturbing sleep. Failed physiotherapy, weight loss and a steroid injection. Uses a stick. Oxford knee score 16/48.",
     pmh=["Hypertension", "Osteoarthritis", "Obesity", "Hypothyroidism"],
     exam="Antalgic gait. Varus deformity R knee, small effusion. ROM 5-100 degrees with crepitus. Medial joint line tenderness. Ligaments stable. NV intact.",
     obs=dict(hr=(64, 82), sbp=(128, 150), dbp=(74, 88), rr=(12, 16), sat=(96, 99), temp=(36.2, 36.9)),
     labs={},
     img=dict(mod="XR", region="Right knee", proj="Standing AP and lateral", clin="Knee pain. ?OA",
              find="Severe loss of medial joint space with subchondral sclerosis and osteophytes. Moderate patellofemoral degeneration. No fracture. Small suprapatellar effusion.",
              concl="Severe tricompartmental osteoarthritis, medial compartment predominant."),
     meds=[med("Levothyroxine", "75mcg"), med("Ramipril", "5mg"), med("Co-codamol 30/500", "2 tabs", "qds")],
     new=[med("Rivaroxaban", "10mg"), med("Oxycodone MR", "10mg", "bd"), med("Paracetamol", "1g", "qds")],
     dx="Primary osteoarthritis right knee", dxs="R knee OA",
     course="Elective right TKR. Mobilised day 0 with physio. Knee flexion 85 degrees at discharge. Wound clean.",
     plan=["List for R TKR", "Pre-assessment", "Weight loss advice"],
     fu="Arthroplasty clinic 6 weeks with X-ray", gp="Clips to be removed at 14 days by practice nurse.",
     op=dict(name="Right total knee replacement", anaes="Spinal + adductor canal block", ind="Primary osteoarthritis right knee",
             find="Severe tricompartmental OA, full thickness cartilage loss medial compartment. ACL deficient.",
             steps=["Tourniquet 300mmHg", "Midline incision, medial parapatellar arthrotomy", "Intramedullary femoral jig, extramedullary tibial jig", "Bone cuts, balanced gaps",
                    "Trial reduction satisfactory", "Components cemented", "Patella not resurfaced, denervated", "Periarticular LA infiltration"],
             close="Vicryl 1 capsule, 2/0 Vicryl subcut, clips to skin. Wool and crepe.", ebl="200ml",
             imp="PFC Sigma CR femur size 4, tibia size 4, 10mm insert, Palacos R+G cement",
             post=["FWB", "Rivaroxaban 10mg 14 days", "Check X-ray", "Physio - flexion/extension exercises"]))

scen(key="breast", spec="Breast Surgery", clinic="Breast Clinic", ward="Ward 8 (Day Surgery)", age=(35, 80), sex="F",
     pc="left breast lump", pcs="L breast lump",
     hpc="Noticed a painless lump in the left breast {d} weeks ago. No nipple discharge or skin change. No family history of breast or ovarian cancer. Post-menopausal, not on HRT.",
     pmh=["Hypertension", "Nil else"],
     exam="Left breast: 2cm firm irregular mass at 2 o'clock, 4cm from nipple, mobile on chest wall. No skin tethering. No palpable axillary nodes. Right breast normal.",
     obs=dict(hr=(64, 86), sbp=(120, 146), dbp=(70, 88), rr=(12, 16), sat=(97, 99), temp=(36.2, 36.9)),
     labs={},
     img=dict(mod="MAMMO", region="Bilateral mammography and left breast ultrasound", proj="", clin="L breast lump 2 o'clock",
              find="Mammography: Irregular spiculated 18mm mass in the left upper outer quadrant (M5). Right breast normal (M1). Ultrasound: Irregular hypoechoic 17mm mass at 2 o'clock 4cm from the nipple with posterior acoustic shadowing (U5). Left axilla: normal-appearing nodes. Ultrasound-guided 14G core biopsy x3 performed.",
              concl="Left breast 2 o'clock M5 U5 - highly suspicious of malignancy. Core biopsy taken."),
     meds=[med("Amlodipine", "5mg")], new=[],
     dx="Left breast invasive carcinoma of no special type, grade 2, ER positive, HER2 negative", dxs="L breast ca",
     course="Day case wide local excision and sentinel node biopsy.",
     plan=["Triple assessment", "Core biopsy", "MDT discussion"],
     fu="Breast clinic 2 weeks for results", gp="She is aware of the diagnosis and has the breast care nurse contact number.",
     op=dict(name="Left wide local excision and sentinel lymph node biopsy", anaes="GA", ind="Left breast cancer (screen detected)",
             find="Palpable 2cm tumour L UOQ. Two blue/hot sentinel nodes in level 1 axilla.",
             steps=["Patent blue dye 2ml injected subareolar; radioisotope given pre-op", "Circumareolar incision", "WLE with 1cm macroscopic margin, orientated with clips and sutures", "Specimen X-ray: lesion and marker clip central",
                    "Separate axillary incision, two sentinel nodes (blue and hot) excised, background count <10%"],
             close="3/0 Vicryl deep, 4/0 Monocryl subcuticular. Steristrips.", ebl="minimal",
             post=["Day case", "Warn re blue urine", "Clinic 2 weeks for results"]),
     path=dict(spec="Left breast wide local excision and sentinel lymph nodes", clin="L breast IDC, WLE + SLNB",
               macro="Orientated WLE 62 x 48 x 35mm (sutures: long lateral, short superior). Firm stellate tumour 19mm, 8mm from deep margin. Two lymph nodes received separately.",
               micro="Invasive breast carcinoma of no special type, grade 2 (T3 P2 M1 = 6/9). No lymphovascular invasion. Associated DCIS intermediate grade. All margins clear (closest deep 7mm). Sentinel nodes 0/2. ER 8/8, PR 6/8, HER2 1+ (negative).",
               concl="Left breast WLE: invasive carcinoma NST, grade 2, 19mm, completely excised. SLN 0/2. pT1c pN0(sn). ER+ HER2-.", snomed="T04000 M85003"))

scen(key="barrett", spec="Gastroenterology", clinic="Gastroenterology Clinic", ward="Endoscopy Unit", age=(40, 80),
     pc="persistent heartburn and dyspepsia", pcs="dyspepsia",
     hpc="Long history of heartburn and acid reflux, worse lying flat and after meals. Partial response to omeprazole 20mg. No dysphagia, weight loss, vomiting or GI bleeding. H. pylori stool antigen negative.",
     pmh=["Obesity", "Hiatus hernia", "Depression"],
     exam="BMI 31. Abdomen soft, mild epigastric tenderness. No masses. No lymphadenopathy.",
     obs=dict(hr=(64, 84), sbp=(120, 142), dbp=(72, 86), rr=(12, 16), sat=(97, 99), temp=(36.2, 36.9)),
     labs={},
     img=None,
     meds=[med("Omeprazole", "20mg"), med("Citalopram", "20mg")],
     new=[med("Omeprazole", "40mg")],
     dx="Barrett's oesophagus (C3M5) without dysplasia; small hiatus hernia", dxs="Barrett's",
     course="Day case endoscopy.",
     plan=["Increase PPI", "Weight loss", "Surveillance OGD in 2-3 years"],
     fu="Surveillance OGD in 3 years", gp="Please increase omeprazole to 40mg daily.",
     proc=dict(name="Oesophagogastroduodenoscopy (OGD)", kind="ogd", find="Oesophagus: salmon-pink mucosa extending from 35cm to the GOJ at 40cm, circumferential extent 3cm, maximum 5cm (Prague C3M5). No nodules or ulceration. Quadrantic biopsies every 2cm (Seattle protocol). Small 3cm sliding hiatus hernia. Stomach: normal, CLO test negative. Duodenum: normal to D2.",
               concl="Barrett's oesophagus C3M5. Biopsies taken. Hiatus hernia.", bx="Oesophagus 38cm x4, 36cm x4 (pots 1-2)"),
     path=dict(spec="Oesophageal biopsies (pots 1 and 2)", clin="Barrett's C3M5. Seattle protocol.",
               macro="1) Four fragments of tan tissue 2-3mm. 2) Four fragments 2-3mm. All embedded.",
               micro="Glandular mucosa of cardiac and oxyntocardiac type with intestinal metaplasia (goblet cells) in both pots. Mild chronic inflammation. No dysplasia. p53 not required.",
               concl="Oesophageal biopsies: columnar lined oesophagus with intestinal metaplasia, in keeping with Barrett's oesophagus. Negative for dysplasia.", snomed="T56000 M73320"))

scen(key="asthma", spec="Respiratory Medicine", clinic="Asthma Clinic", ward="Acute Medical Unit", age=(17, 45),
     pc="wheeze and shortness of breath", pcs="asthma attack",
     hpc="Known asthma since childhood. {d} days of coryzal symptoms followed by worsening wheeze, chest tightness and nocturnal cough. Using salbutamol 10-12 times a day. Peak flow 220 (best 450). Not taking preventer regularly. No previous ICU admissions.",
     pmh=["Asthma", "Eczema", "Allergic rhinitis"],
     exam="Able to complete sentences. Widespread polyphonic wheeze, good air entry. No signs of life-threatening features.",
     obs=dict(hr=(102, 118), sbp=(112, 130), dbp=(64, 80), rr=(22, 26), sat=(93, 96), temp=(36.6, 37.6)),
     labs={}, img=dict(mod="XR", region="Chest", proj="PA", clin="Acute asthma. ?pneumothorax",
                       find="Lungs are clear and well expanded. No pneumothorax. Heart and mediastinum normal.", concl="Normal chest radiograph."),
     meds=[med("Salbutamol inhaler", "100mcg 2 puffs", "prn", "inhaled"), med("Clenil Modulite", "100mcg 2 puffs", "bd", "inhaled")],
     new=[med("Prednisolone", "40mg"), med("Fostair 100/6", "2 puffs", "bd", "inhaled"), med("Montelukast", "10mg", "nocte")],
     stopped=["Clenil Modulite - changed to Fostair"],
     dx="Acute severe asthma (moderate exacerbation) triggered by viral URTI", dxs="acute asthma",
     course="Back-to-back salbutamol nebulisers and oral prednisolone with rapid improvement. PEF 380 on discharge. Inhaler technique reviewed; personalised asthma action plan given.",
     plan=["Nebulised salbutamol 5mg back to back", "Ipratropium 500mcg", "Prednisolone 40mg 5 days", "PEF pre and post"],
     fu="Asthma nurse 2 weeks at practice; respiratory clinic 6 weeks", gp="Please review at 48 hours as per BTS/SIGN guidance.")

scen(key="seizure", spec="Neurology", clinic="First Seizure Clinic", ward="Acute Medical Unit", age=(18, 60),
     pc="witnessed collapse with jerking", pcs="?first fit",
     hpc="Witnessed by partner: collapsed at home, stiffened then rhythmic jerking of all four limbs for around 2 minutes, tongue bitten (lateral), urinary incontinence. Confused for 20 minutes afterwards. Sleep deprived, night shifts. No previous events. Alcohol 10 units/week.",
     pmh=["Nil significant", "Migraine"],
     exam="GCS 15 now. Lateral tongue bite. No focal neurology. Fundi normal. Cardiovascular exam normal, no postural drop.",
     obs=dict(hr=(74, 96), sbp=(118, 138), dbp=(68, 84), rr=(14, 18), sat=(97, 100), temp=(36.4, 37.2)),
     labs={"CK": (300, 900)},
     img=dict(mod="MRI", region="Brain (epilepsy protocol)", proj="", clin="First generalised tonic-clonic seizure",
              find="No structural abnormality. Hippocampi symmetrical in size and signal. No cortical malformation. No abnormal enhancement. Normal flow voids.",
              concl="Normal MRI brain."),
     meds=[], new=[],
     dx="First generalised tonic-clonic seizure - provoked by sleep deprivation likely", dxs="first seizure",
     course="Observed overnight, no further events.",
     plan=["CT head", "ECG", "Bloods incl. CK", "Refer first seizure clinic", "DVLA advice"],
     fu="EEG and MRI requested; review in First Seizure Clinic", gp="Advised not to drive and to inform DVLA. Safety advice given re bathing and heights.",
     ecg=dict(rhythm="Sinus rhythm", rate=(70, 90), interp="Sinus rhythm. Normal QTc. No pre-excitation. Normal ECG."))

scen(key="haematuria", spec="Urology", clinic="Haematuria Clinic", ward="Ward 15 (Urology)", age=(55, 88), sex="M",
     pc="visible haematuria", pcs="VH",
     hpc="Two episodes of painless visible haematuria over the last month, no clots. No LUTS. Smoker 30 pack years, former machine operator in dye works.",
     pmh=["COPD", "Hypertension"],
     exam="Abdomen soft, non-tender, no masses. DRE: smooth, benign-feeling prostate approx 30g.",
     obs=dict(hr=(66, 84), sbp=(130, 150), dbp=(74, 88), rr=(12, 16), sat=(95, 98), temp=(36.2, 36.9)),
     labs={},
     img=dict(mod="CT", region="Urogram", proj="triple phase", clin="Visible haematuria. Smoker.",
              find="Kidneys normal in size with no renal mass or calculus. Upper tracts opacify normally with no filling defect. A 15mm papillary filling defect is seen arising from the left lateral bladder wall. No pelvic lymphadenopathy.",
              concl="Left lateral bladder wall lesion suspicious for urothelial tumour. Upper tracts normal."),
     meds=[med("Amlodipine", "10mg"), med("Tiotropium", "18mcg", "od", "inhaled")], new=[],
     dx="Non-muscle invasive bladder cancer (pTa low grade)", dxs="bladder TCC",
     course="Day case TURBT.",
     plan=["Flexible cystoscopy", "CT urogram", "Urine cytology"],
     fu="Check cystoscopy 3 months", gp="Smoking cessation strongly advised.",
     proc=dict(name="Flexible cystoscopy", kind="cysto", find="Urethra normal. Prostate: small, non-obstructing. Bladder: 15mm papillary tumour on the left lateral wall, well away from the ureteric orifice. Remaining mucosa normal. Both UOs normal.",
               concl="Left lateral wall bladder tumour. List for TURBT.", bx=""),
     op=dict(name="Transurethral resection of bladder tumour (TURBT)", anaes="GA", ind="Bladder tumour on flexible cystoscopy",
             find="Single 15mm papillary tumour left lateral wall. Remainder of bladder normal. Bimanual EUA: no palpable mass.",
             steps=["Rigid cystoscopy, 26F resectoscope", "Complete resection of tumour including detrusor muscle at base", "Haemostasis with rollerball", "Single instillation of mitomycin C 40mg", "3-way catheter"],
             close="N/A", ebl="minimal", post=["Irrigation till clear", "TWOC day 1", "Check cystoscopy 3 months"]),
     path=dict(spec="Bladder tumour (TURBT)", clin="Papillary bladder tumour L lateral wall",
               macro="Multiple fragments of tan tissue aggregating to 18 x 15 x 6mm. All embedded.",
               micro="Papillary urothelial carcinoma, low grade (WHO 2016), non-invasive. Detrusor muscle present and not involved. No CIS. No lymphovascular invasion.",
               concl="Bladder (TURBT): non-invasive papillary urothelial carcinoma, low grade. pTa. Detrusor present.", snomed="T74000 M81302"))

scen(key="ctr", spec="Hand Surgery", clinic="Hand Clinic", ward="Day Surgery Unit", age=(35, 80),
     pc="numbness and tingling right hand", pcs="R CTS",
     hpc="{d} months of numbness and tingling in the right thumb, index and middle fingers, waking at night, relieved by shaking the hand. Dropping objects. Failed night splints and one steroid injection.",
     pmh=["Hypothyroidism", "Type 2 diabetes"],
     exam="Wasting of thenar eminence R. Reduced sensation median nerve distribution. Tinel's and Phalen's positive R. Power APB 4/5.",
     obs=dict(hr=(64, 84), sbp=(120, 146), dbp=(70, 88), rr=(12, 16), sat=(97, 99), temp=(36.2, 36.9)),
     labs={}, img=None,
     meds=[med("Levothyroxine", "100mcg"), med("Metformin", "500mg", "bd")], new=[],
     dx="Right carpal tunnel syndrome (severe on nerve conduction studies)", dxs="R CTS",
     course="Day case.",
     plan=["Nerve conduction studies", "List for R carpal tunnel decompression"],
     fu="Hand therapy; wound check 10-14 days at practice", gp="Sutures for removal at 10-14 days at the practice.",
     proc=dict(name="Nerve conduction studies", kind="ncs", find="Right median: distal motor latency 6.8ms (N<4.2), CMAP 3.1mV, sensory response absent from digit 2. Forearm conduction velocity 52m/s. Right ulnar motor and sensory normal. Left median: DML 4.4ms, sensory latency mildly prolonged. EMG R APB: fibrillations, reduced recruitment.",
               concl="Severe right carpal tunnel syndrome with axonal loss. Mild left carpal tunnel syndrome.", bx=""),
     op=dict(name="Right open carpal tunnel decompression", anaes="LA (10ml 1% lidocaine + adrenaline)", ind="Severe right carpal tunnel syndrome",
             find="Thickened flexor retinaculum, median nerve compressed and hyperaemic distally. No motor branch anomaly.",
             steps=["Arm tourniquet", "Longitudinal palmar incision in line with radial border of ring finger", "Palmar fascia divided", "Flexor retinaculum divided fully under direct vision", "Nerve inspected, no tumour or synovitis"],
             close="4/0 Ethilon interrupted sutures, Jelonet and bulky dressing", ebl="nil",
             post=["Elevate", "Remove bulky dressing 48 hours", "Sutures out 10-14 days", "Finger mobilisation"]))


ACUTE = {"cap", "nstemi", "copd", "appx", "nof", "chole", "af", "stroke", "cellulitis", "uti", "hf", "asthma", "seizure"}
for _s in SC:
    _s["acute"] = _s["key"] in ACUTE
    _s["daycase"] = _s["course"].startswith("Day case")

# ----------------------------------------------------------------------------
# Laboratory test definitions: label, unit, low, high, decimals
# ----------------------------------------------------------------------------
LAB = {
    "Hb": ("Haemoglobin", "g/L", 120, 170, 0), "WCC": ("White cell count", "x10^9/L", 4.0, 11.0, 1),
    "Plt": ("Platelets", "x10^9/L", 150, 400, 0), "MCV": ("MCV", "fL", 80, 100, 0),
    "Neut": ("Neutrophils", "x10^9/L", 2.0, 7.5, 1), "Lymph": ("Lymphocytes", "x10^9/L", 1.0, 4.0, 1),
    "Na": ("Sodium", "mmol/L", 133, 146, 0), "K": ("Potassium", "mmol/L", 3.5, 5.3, 1),
    "Urea": ("Urea", "mmol/L", 2.5, 7.8, 1), "Creat": ("Creatinine", "umol/L", 45, 120, 0),
    "Bili": ("Bilirubin", "umol/L", 0, 21, 0), "ALT": ("ALT", "U/L", 0, 40, 0),
    "ALP": ("Alkaline phosphatase", "U/L", 30, 130, 0), "Alb": ("Albumin", "g/L", 35, 50, 0),
    "CRP": ("CRP", "mg/L", 0, 5, 0), "Glucose": ("Glucose", "mmol/L", 3.5, 7.0, 1),
    "HbA1c": ("HbA1c (IFCC)", "mmol/mol", 20, 41, 0), "Chol": ("Cholesterol", "mmol/L", 0, 5.0, 1),
    "TSH": ("TSH", "mU/L", 0.35, 4.94, 2), "FT4": ("Free T4", "pmol/L", 9.0, 19.0, 1),
    "TropI": ("hs Troponin I", "ng/L", 0, 34, 0), "CK": ("Creatine kinase", "U/L", 25, 200, 0),
    "Ferritin": ("Ferritin", "ug/L", 15, 300, 0), "NTproBNP": ("NT-proBNP", "ng/L", 0, 400, 0),
    "INR": ("INR", "", 0.8, 1.2, 1), "APTT": ("APTT ratio", "", 0.8, 1.2, 2),
    "Ca": ("Adjusted calcium", "mmol/L", 2.20, 2.60, 2), "Mg": ("Magnesium", "mmol/L", 0.7, 1.0, 2),
}
PANELS = {"FBC": ["Hb", "WCC", "Plt", "MCV", "Neut", "Lymph"], "U&E": ["Na", "K", "Urea", "Creat"],
          "LFT": ["Bili", "ALT", "ALP", "Alb"], "CRP": ["CRP"], "Coag": ["INR", "APTT"],
          "Bone": ["Ca", "Alb"], "TFT": ["TSH", "FT4"], "Lipids": ["Chol"], "HbA1c": ["HbA1c"]}


def gen_labs(g, sc):
    out = {}
    for k, (lab, unit, lo, hi, dp) in LAB.items():
        if k in sc.get("labs", {}):
            a, b = sc["labs"][k]
        elif lo == 0:
            a, b = hi * 0.1, hi * 0.7
        else:
            a, b = lo + 0.15 * (hi - lo), hi - 0.15 * (hi - lo)
        v = round(g.r.uniform(a, b), dp)
        out[k] = int(v) if dp == 0 else v
    return out


def lab_flag(k, v):
    lab, unit, lo, hi, dp = LAB[k]
    if v > hi:
        return "H"
    if lo and v < lo:
        return "L"
    return ""


def egfr(c):
    cr = c.labs["Creat"]
    if cr < 100 and c.age < 70:
        return ">60"
    v = int(186 * (cr / 88.4) ** -1.154 * c.age ** -0.203 * (0.742 if c.sex == "F" else 1))
    return ">60" if v > 60 else str(v)


# ----------------------------------------------------------------------------
# Document context
# ----------------------------------------------------------------------------
class Ctx(object):
    pass


def person(g, surg=False, sex=None):
    sex = sex or g.c("MF")
    f = g.c(FIRST_M if sex == "M" else FIRST_F)
    s = g.c(SURN)
    if surg:
        t = "Mr" if sex == "M" else g.c(["Miss", "Ms", "Mrs"])
    else:
        t = "Dr"
    return dict(t=t, f=f, s=s, full="%s %s %s" % (t, f, s), short="%s %s %s" % (t, f[0], s),
                ini=f[0] + s[0], sig="%s %s" % (f[0], s))


def make_ctx(g, sc=None, need=None):
    c = Ctx()
    pool = [s for s in SC if (need is None or s.get(need))]
    c.sc = sc or g.c(pool)
    sc = c.sc
    c.sex = sc.get("sex") or g.c("MF")
    c.first = g.c(FIRST_M if c.sex == "M" else FIRST_F)
    c.mid = g.c(FIRST_M if c.sex == "M" else FIRST_F) if g.p(0.3) else ""
    c.sur = g.c(SURN)
    c.age = g.ri(*sc["age"])
    c.date = datetime.date(2005, 1, 1) + datetime.timedelta(days=g.ri(0, 7300))
    c.dob = c.date - datetime.timedelta(days=int(c.age * 365.25) + g.ri(1, 360))
    c.title = "Mr" if c.sex == "M" else (g.c(["Mrs", "Miss", "Ms"]) if c.age < 60 else g.c(["Mrs", "Mrs", "Miss"]))
    c.name = "%s %s %s" % (c.title, c.first, c.sur)
    c.chi = chi_for(g, c.dob, c.sex)
    c.hosp = g.c(HOSPS)
    c.hosno = "%s%06d%s" % (c.hosp["hn"], g.ri(1000, 999999), g.c(["", "", "X", "Y", "A"]))
    town, pc = g.c(TOWNS)
    c.town = town
    c.postcode = "%s%d %d%s%s" % (pc, g.ri(1, 19), g.ri(1, 9), g.c("ABDEFGHJLNPQRSTUWXYZ"), g.c("ABDEFGHJLNPQRSTUWXYZ"))
    st = g.c(STREETS)
    num = g.c(["%d" % g.ri(1, 140), "Flat %d/%d, %d" % (g.ri(0, 3), g.ri(1, 3), g.ri(2, 90)), "%d%s" % (g.ri(1, 60), g.c("AB"))])
    c.addr = ["%s %s" % (num, st), town, c.postcode]
    c.phone = g.c(["07700 900%03d", "0141 496 0%03d", "0131 496 0%03d", "01632 960%03d"]) % g.ri(0, 999)
    c.practice = g.c(PRACTICES)
    c.pr_addr = "%d %s, %s, %s" % (g.ri(1, 40), g.c(STREETS), g.c(TOWNS)[0], c.postcode[:-3] + " %d%s%s" % (g.ri(1, 9), g.c("ABDEFG"), g.c("HJLNPQ")))
    c.gp = person(g)
    c.cons = person(g, sc["spec"] in SURGICAL)
    c.reg = person(g)
    c.jr = person(g)
    c.nurse = person(g, sex=g.c("FFFM"))
    c.nurse["full"] = "%s %s" % (c.nurse["f"], c.nurse["s"])
    c.ds = g.c([0, 0, 0, 1, 2, 3, 4, 5])
    c.hs = g.ri(0, 5)
    c.d = g.ri(2, 6)
    c.adm = c.date
    c.los = 0 if sc.get("daycase") else g.ri(1, 12)
    c.dis = c.adm + datetime.timedelta(days=c.los)
    c.allergy = g.c(ALLERGIES) if g.p(0.35) else None
    c.pmh = g.some(sc["pmh"], 1, len(sc["pmh"]))
    c.labs = gen_labs(g, sc)
    o = sc["obs"]
    c.obs = dict(hr=g.ri(*o["hr"]), sbp=g.ri(*o["sbp"]), dbp=g.ri(*o["dbp"]), rr=g.ri(*o["rr"]),
                 sat=g.ri(*o["sat"]), temp=g.uf(*o["temp"]))
    c.ward = g.c(["Ward %d" % g.ri(1, 36), sc["ward"], sc["ward"]])
    c.smoke = g.c(["Never smoked", "Ex-smoker", "Smoker 10/day", "Current smoker 20/day", "Non-smoker"])
    c.alc = g.c(["Alcohol: nil", "Alcohol ~10 units/wk", "Occasional alcohol", "ETOH 20u/wk", "Teetotal"])
    if c.age >= 68:
        c.social = g.c(["Lives with %s, independent" % ("wife" if c.sex == "M" else "husband"), "Lives alone, independent ADLs", "Lives with spouse in ground floor flat",
                        "Lives alone, carers BD", "Lives with daughter, uses stick", "Retired teacher, lives with spouse", "Sheltered housing, community alarm"])
    else:
        c.social = g.c(["Lives with partner and 2 children, works as a joiner", "Works in retail, lives with partner", "Lives alone, works as a bus driver",
                        "Student, lives in shared flat", "Office worker, lives with family", "Self-employed electrician, married"])
    return c


def D(c, d=None):
    return fd(d or c.date, c.ds)


def hd(c, name):
    s = c.hs
    if s == 0:
        return name.upper() + ":"
    if s == 1:
        return name + ":"
    if s == 2:
        return name.upper()
    if s == 3:
        return name + "\n" + "-" * len(name)
    if s == 4:
        return name.upper() + "\n" + "=" * len(name)
    return "[" + name + "]"


def fill(c, t):
    return t.format(d=c.d, d2=max(1, c.d - 1), hr=9 + c.d, pos="his" if c.sex == "M" else "her")


def hpc(c):
    return fill(c, c.sc["hpc"])


def he(c, cap=False):
    w = "he" if c.sex == "M" else "she"
    return w.capitalize() if cap else w


def his(c, cap=False):
    w = "his" if c.sex == "M" else "her"
    return w.capitalize() if cap else w


def meds_block(g, meds, st=None):
    st = g.ri(0, 4) if st is None else st
    bul = g.c(["", "- ", "* ", "o ", "NUM"])
    out = []
    for i, m in enumerate(meds):
        pre = ("%d. " % (i + 1)) if bul == "NUM" else bul
        out.append(pre + fmed(g, m, st))
    return "\n".join(out) if out else g.c(["Nil", "None", "No regular medication", "Nil regular"])


def obs_line(g, c, st=None):
    o = c.obs
    st = g.ri(0, 4) if st is None else st
    o2 = g.c(["on air", "RA", "on air"]) if o["sat"] >= 95 else g.c(["on air", "RA", "on 2L O2", "(28% venturi)"])
    if st == 0:
        return "HR %d, BP %d/%d, RR %d, SpO2 %d%% %s, Temp %.1f" % (o["hr"], o["sbp"], o["dbp"], o["rr"], o["sat"], o2, o["temp"])
    if st == 1:
        return "P %d  BP %d/%d  RR %d  Sats %d%% %s  T %.1f" % (o["hr"], o["sbp"], o["dbp"], o["rr"], o["sat"], o2, o["temp"])
    if st == 2:
        return ("Pulse: %d bpm\nBlood pressure: %d/%d mmHg\nResp rate: %d\nO2 sats: %d%% %s\nTemperature: %.1f C"
                % (o["hr"], o["sbp"], o["dbp"], o["rr"], o["sat"], o2, o["temp"]))
    if st == 3:
        news = (o["hr"] > 110) * 2 + (o["rr"] > 24) * 3 + (o["sat"] < 92) * 3 + (o["temp"] > 39) * 2 + (o["temp"] > 38) + (o["sbp"] < 101) * 2
        return "Obs: T%.1f HR%d BP%d/%d RR%d SpO2 %d%% NEWS %d" % (o["temp"], o["hr"], o["sbp"], o["dbp"], o["rr"], o["sat"], news)
    return "%.1f / %d / %d/%d / %d / %d%%" % (o["temp"], o["hr"], o["sbp"], o["dbp"], o["rr"], o["sat"])


def labs_inline(g, c, keys=None):
    keys = keys or ["Hb", "WCC", "Plt", "Na", "K", "Urea", "Creat", "CRP"]
    abn = [k for k in c.sc.get("labs", {}) if k not in keys]
    keys = keys + abn
    sep = g.c([", ", "  ", " / ", "; "])
    return sep.join("%s %s" % (k, c.labs[k]) for k in keys)


def pt_block(g, c, st=None):
    st = g.ri(0, 6) if st is None else st
    ch = fchi(g, c.chi)
    if st == 0:
        return "Re: %s\n     DOB: %s   CHI: %s\n     %s" % (c.name, D(c, c.dob), ch, ", ".join(c.addr))
    if st == 1:
        return "Patient: %s, %s    DOB: %s    CHI No: %s    Hosp No: %s" % (c.sur.upper(), c.first, D(c, c.dob), ch, c.hosno)
    if st == 2:
        w = 46
        rows = ["%s, %s %s" % (c.sur.upper(), c.first, c.mid), "DOB %s  %s" % (D(c, c.dob), "M" if c.sex == "M" else "F"),
                "CHI %s" % ch, "Unit No %s" % c.hosno, c.addr[0]]
        return "+" + "-" * w + "+\n" + "\n".join("| %-*s|" % (w - 1, r[:w - 1]) for r in rows) + "\n+" + "-" * w + "+"
    if st == 3:
        return "RE: %s %s, %s\n%s" % (c.first.upper(), c.sur.upper(), D(c, c.dob), ", ".join(c.addr))
    if st == 4:
        return "Name: %s %s\nDate of Birth: %s\nCHI Number: %s\nAddress: %s" % (c.first, c.sur, D(c, c.dob), ch, ", ".join(c.addr))
    if st == 5:
        return "%s %s   %s   %s   %s" % (c.sur.upper(), c.first, ch, D(c, c.dob), c.hosno)
    return "Dear Dr %s\n\nRe: %s %s %s (DOB %s) CHI %s" % (c.gp["s"], c.title, c.first, c.sur, D(c, c.dob), ch)


def tel(c, g):
    return c.hosp["tel"] + "%03d" % g.ri(0, 999)


def letterhead(g, c, dept=None, st=None):
    h = c.hosp
    dept = dept or "Department of " + c.sc["spec"]
    st = g.ri(0, 6) if st is None else st
    if st == 0:
        return "%s\n%s\n%s\n%s\nTel: %s" % (h["board"], h["name"], dept, h["addr"], tel(c, g))
    if st == 1:
        return "%s\n%s\n%s   Tel %s   Fax %s" % (h["name"].upper(), dept, h["addr"], tel(c, g), tel(c, g))
    if st == 2:
        return "%s%s\n%s%s\n%s" % (" " * 30, h["board"], " " * 30, h["name"], " " * 30 + h["addr"])
    if st == 3:
        return "%s  |  %s  |  %s" % (h["board"], h["name"], dept)
    if st == 4:
        return "%s\n%s\n\n%s" % (dept.upper(), h["name"], "Secretary: %s  Direct line: %s" % (g.c(FIRST_F) + " " + g.c(SURN), tel(c, g)))
    if st == 5:
        return h["board"].upper() + "\n" + "~" * 40
    return ""


def refs(g, c):
    st = g.ri(0, 3)
    me = "%s/%s" % (c.cons["ini"], g.c(FIRST_F)[0].lower() + g.c(SURN)[0].lower())
    if st == 0:
        return "Our Ref: %s\nYour Ref: %s\nDate: %s" % (me, c.gp["ini"], D(c))
    if st == 1:
        return "Date Dictated: %s\nDate Typed: %s\nRef: %s" % (D(c), D(c, c.date + datetime.timedelta(days=g.ri(1, 12))), me)
    if st == 2:
        return "%s%s" % (" " * 45, D(c))
    return "Clinic Date: %s    Ref: %s" % (D(c), me)


def gp_addr(g, c):
    return "%s\n%s\n%s" % (c.gp["short"], c.practice, c.pr_addr.replace(", ", "\n"))


def signoff(g, c, who=None, role=None, st=None):
    if who is None and g.p(0.25):
        who, role = c.reg, role or "Specialty Registrar to %s" % c.cons["short"]
    who = who or c.cons
    role = role or g.c(["Consultant %s" % c.sc["spec"], "Consultant", "Consultant Physician" if c.sc["spec"] not in SURGICAL else "Consultant Surgeon"])
    st = g.ri(0, 5) if st is None else st
    if st == 0:
        return "Yours sincerely\n\n\n\n%s\n%s" % (who["full"], role)
    if st == 1:
        return "Yours sincerely,\n\n\n%s\n%s\n\nDictated but not signed" % (who["short"], role)
    if st == 2:
        return "Kind regards\n\n%s\n%s" % (who["full"], role)
    if st == 3:
        return "Yours faithfully\n\n\n%s (%s)\n%s" % (who["short"], "GMC %d" % g.ri(2000000, 7999999), role)
    if st == 4:
        return "Electronically signed by %s, %s on %s" % (who["full"], role, D(c))
    return "With best wishes\n\nYours sincerely\n\n\n%s\n%s" % (who["full"].upper(), role)


def ccs(g, c):
    opts = ["Patient", "%s, %s" % (c.gp["short"], c.practice), "Case notes", "Clinical Nurse Specialist", "File"]
    return "cc: " + g.c([", ", "\n    "]).join(g.some(opts, 1, 3))


# ----------------------------------------------------------------------------
# Scanner / OCR realism
# ----------------------------------------------------------------------------
OCR_SUB = {"l": "1", "I": "l", "O": "0", "o": "0", "e": "c", "S": "5", "B": "8", ",": ".", "m": "rn", "h": "b",
           "i": "l", "t": "f", "a": "o", "n": "ri", "5": "S", "0": "O", "1": "l", ".": ",", "c": "e", "u": "ii"}


def ocr(g, text, level):
    if level <= 0:
        return text
    p = 0.004 * level
    out = []
    for ch in text:
        x = g.r.random()
        if x < p and ch in OCR_SUB:
            out.append(OCR_SUB[ch])
        elif x < p * 1.25 and ch.isalpha():
            continue
        elif x < p * 1.4 and ch == " ":
            out.append("  ")
        else:
            out.append(ch)
    lines = "".join(out).split("\n")
    res = []
    for ln in lines:
        if level >= 2 and g.p(0.02):
            ln = g.c(["|", "'", ".", ":", "!", ";"]) + " " + ln
        if level >= 2 and g.p(0.015) and len(ln) > 20:
            cut = g.ri(5, len(ln) - 5)
            res.append(ln[:cut])
            ln = ln[cut:]
        res.append(ln)
    return "\n".join(res)


def furnish(g, c, text):
    lines = text.split("\n")
    top, bottom = [], []
    if g.p(0.12):
        top.append("%s %s  FROM: %s  TO: %s   P.%03d/%03d" % (fd(c.date, 4), ft(g), tel(c, g), c.phone if g.p(0.2) else "01632 960%03d" % g.ri(0, 999), 1, g.ri(1, 5)))
    if g.p(0.08):
        top.append(g.c(["CONFIDENTIAL", "PRIVATE & CONFIDENTIAL", "** COPY **", "DUPLICATE", "FILE COPY"]))
    if len(lines) > 45 and g.p(0.6):
        per = g.ri(38, 60)
        pages = [lines[i:i + per] for i in range(0, len(lines), per)]
        n = len(pages)
        runner = g.c(["%s %s  CHI %s" % (c.sur.upper(), c.first, c.chi), "Patient: %s %s" % (c.first, c.sur), c.hosp["name"], "CHI: " + c.chi])
        new = []
        for i, pg in enumerate(pages):
            if i > 0 and g.p(0.7):
                new.append(runner)
                new.append("")
            new.extend(pg)
            new.append("")
            new.append("Page %d of %d" % (i + 1, n) if g.p(0.6) else "- %d -" % (i + 1))
            if i < n - 1:
                new.append(g.c(["\f", "", "-" * 30, ""]))
        lines = new
    if g.p(0.1):
        bottom.append(g.c(["Scanned %s" % fd(c.date + datetime.timedelta(days=g.ri(3, 60)), 0),
                           "Printed: %s %s by %s" % (fd(c.date, 0), ft(g), g.c(SURN).upper()[:6] + str(g.ri(1, 99))),
                           "Document ref %s-%06d" % (c.hosp["abbr"], g.ri(0, 999999)),
                           "This document may contain confidential information. If received in error please notify the sender."]))
    return "\n".join(top + ([""] if top else []) + lines + ([""] if bottom else []) + bottom)


def finish(g, c, text):
    text = furnish(g, c, text.strip("\n"))
    lvl = g.c([0, 0, 0, 1, 1, 2, 3])
    text = ocr(g, text, lvl)
    while "\n\n\n\n\n" in text:
        text = text.replace("\n\n\n\n\n", "\n\n\n")
    return text


# ----------------------------------------------------------------------------
# Shared little pieces
# ----------------------------------------------------------------------------
def exam_sys(g, c):
    base = c.sc["exam"]
    if g.p(0.4):
        base = base.replace("Abdomen", "Abdo").replace("Chest:", "RS:").replace("HS I+II+0", "HS I+II+0")
    return base


def plan_list(g, c, st=None):
    items = list(c.sc["plan"])
    st = g.ri(0, 3) if st is None else st
    if st == 0:
        return "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(items))
    if st == 1:
        return "\n".join("- " + x for x in items)
    if st == 2:
        return "; ".join(items) + "."
    return "\n".join("  " + x for x in items)


def who_role(g, c, junior=True):
    if junior:
        r = g.c(["FY1", "FY2", "CT1", "CT2", "ST1", "SHO", "JHO", "GPST1", "Clinical Fellow"])
        if c.date.year < 2007 and g.p(0.7):
            r = g.c(["SHO", "PRHO", "JHO"])
        return "%s %s (%s) bleep %d" % (c.jr["f"][0], c.jr["s"], r, g.ri(1100, 6999))
    return "%s (%s)" % (c.reg["short"], g.c(["StR", "SpR", "ST4", "ST6", "Registrar", "Reg"]))


def ident_line(g, c):
    return g.c(["%s %s  CHI %s" % (c.first, c.sur.upper(), c.chi),
                "Name: %s %s   DOB: %s   CHI: %s" % (c.first, c.sur, D(c, c.dob), fchi(g, c.chi)),
                "%s, %s (%s) %s" % (c.sur.upper(), c.first, D(c, c.dob), c.chi),
                "Patient label: %s %s / %s / %s" % (c.first, c.sur, c.chi, c.hosno)])


def sc_meds_all(c):
    return c.sc["meds"] + [m for m in c.sc.get("new", []) if m[3] != "IV"]


STEPDOWN = {"Amoxicillin": med("Amoxicillin", "500mg", "tds"), "Co-amoxiclav": med("Co-amoxiclav", "625mg", "tds"),
            "Flucloxacillin": med("Flucloxacillin", "1g", "qds"), "Furosemide": med("Furosemide", "40mg", "od"),
            "Gentamicin": None, "Cyclizine": None}


def disch_meds(c):
    sc = c.sc
    stop = [s.split(" - ")[0].split(" ")[0] for s in sc.get("stopped", [])]
    out = [m for m in sc["meds"] if m[0].split(" ")[0] not in stop]
    for m in sc.get("new", []):
        if m[3] == "IV":
            m = STEPDOWN.get(m[0])
        if m:
            out = [x for x in out if x[0] != m[0]] + [m]
    return out


def pmh_block(g, c):
    sep = g.c(["\n", "\n- ", ", "])
    lead = "- " if sep == "\n- " else ""
    return lead + sep.join(c.pmh)


# ----------------------------------------------------------------------------
# 1 discharge_summary
# ----------------------------------------------------------------------------
def t_discharge_summary(g):
    c = make_ctx(g)
    sc = c.sc
    L = g.ri(0, 6)
    out = []
    newm = sc.get("new", [])
    dmeds = disch_meds(c)
    if L == 0:
        out.append(letterhead(g, c, st=g.c([0, 3, 5])))
        out.append(g.c(["IMMEDIATE DISCHARGE LETTER", "Immediate Discharge Document (IDL)", "IDL - Immediate Discharge Letter", "Discharge Letter to GP"]))
        out.append(pt_block(g, c, g.c([1, 2, 4, 5])))
        out.append("GP: %s, %s" % (c.gp["short"], c.practice))
        out.append("Admitted: %s    Discharged: %s    Ward: %s" % (D(c, c.adm), D(c, c.dis), c.ward))
        out.append("Consultant: %s    Specialty: %s" % (c.cons["short"], sc["spec"]))
        out.append("Discharged to: %s" % g.c(["Usual residence", "Home", "Home with package of care", "Own home"]))
        out.append("\n" + hd(c, g.c(["Principal Diagnosis", "Diagnosis", "Main condition treated"])) + "\n" + sc["dx"])
        if c.pmh:
            out.append(hd(c, g.c(["Other conditions", "Co-morbidities", "Past Medical History"])) + "\n" + pmh_block(g, c))
        if sc.get("op"):
            out.append(hd(c, "Procedures") + "\n" + sc["op"]["name"] + " (%s)" % D(c, c.adm + datetime.timedelta(days=1)))
        out.append(hd(c, g.c(["Clinical Summary", "Summary of admission", "Hospital course", "Brief summary"])) + "\n" + sc["course"])
        out.append(hd(c, g.c(["Relevant Investigations", "Investigations", "Key results"])) + "\n" + labs_inline(g, c) + (("\n" + sc["img"]["concl"]) if sc.get("img") else ""))
        out.append(hd(c, g.c(["Medication on Discharge", "Discharge Medication", "Medicines on discharge"])) + "\n" + meds_block(g, dmeds, 2))
        if sc.get("stopped"):
            out.append(hd(c, "Medicines stopped / changed") + "\n" + "\n".join(sc["stopped"]))
        out.append("Allergies: %s" % (c.allergy or "NKDA"))
        out.append(hd(c, g.c(["Actions for GP", "GP Actions", "Follow up required by GP"])) + "\n" + sc["gp"])
        out.append(hd(c, g.c(["Hospital follow up", "Follow-up arrangements"])) + "\n" + sc["fu"])
        out.append("Patient informed of diagnosis: Yes    Key Information Summary reviewed: %s" % g.c(["Yes", "No", "N/A"]))
        out.append("Completed by: %s %s  Date: %s" % (c.jr["short"], g.c(["FY1", "FY2", "CT1", "Ward Pharmacist"]), D(c, c.dis)))
    elif L == 1:
        out.append(letterhead(g, c))
        out.append(refs(g, c))
        out.append(gp_addr(g, c))
        out.append("Dear Dr %s" % c.gp["s"])
        out.append(pt_block(g, c, g.c([0, 3])))
        out.append("Diagnosis:  %s" % sc["dx"])
        if c.pmh and g.p(0.6):
            out.append("Background: " + ", ".join(c.pmh))
        pro = "gentleman" if c.sex == "M" else "lady"
        out.append("This %d year old %s was admitted under my care on %s with a %s. %s" % (c.age, pro, D(c, c.adm), sc["pc"], hpc(c)))
        out.append(sc["course"] + " " + g.c(["%s was discharged home on %s." % (he(c, True), D(c, c.dis)), "%s went home on %s." % (he(c, True), D(c, c.dis))]))
        out.append("%s medication on discharge was:\n%s" % (his(c, True), meds_block(g, dmeds, 0)))
        out.append(sc["gp"] + " " + "Follow up: " + sc["fu"] + ".")
        out.append(signoff(g, c))
        out.append(ccs(g, c))
    elif L == 2:
        out.append(c.hosp["name"] + " - " + g.c(["Day Surgery Unit", "Day Case Unit", "Short Stay Surgical Unit", "Endoscopy / Day Unit"]))
        out.append(g.c(["Discharge notification", "DAY CASE DISCHARGE", "Notification of discharge to General Practitioner", ""]))
        out.append(ident_line(g, c))
        out.append("Date of procedure: %s   Consultant: %s" % (D(c), c.cons["short"]))
        what = sc.get("op", {}).get("name") or sc.get("proc", {}).get("name") or sc["dxs"]
        out.append("Procedure: %s\nDiagnosis: %s" % (what, sc["dx"]))
        out.append("Complications: %s" % g.c(["None", "Nil", "None apparent", "nil intra-op"]))
        out.append("Medication on discharge:\n%s" % meds_block(g, dmeds or [med("Paracetamol", "1g", "qds")], g.c([0, 3])))
        out.append("Wound care / sutures: %s" % g.c(["Dissolvable sutures", "Sutures to be removed by practice nurse at 10-14 days", "N/A", "Clips out 10-14 days"]))
        out.append("Follow up: %s" % sc["fu"])
        out.append("Nurse discharging: %s  Time: %s" % (c.nurse["full"], ft(g)))
    elif L == 3:
        if g.p(0.5):
            out.append(g.c(["DISCHARGE SUMMARY", "Inpatient Discharge Summary", "Summary", "Discharge"]))
        out.append(ident_line(g, c))
        secs = [(g.c(["Presenting complaint", "Reason for admission", "PC"]), sc["pc"].capitalize()),
                (g.c(["Diagnosis", "Final diagnosis", "Dx"]), sc["dx"]),
                (g.c(["Management", "Progress", "Treatment"]), sc["course"]),
                (g.c(["Medications", "TTO", "Drugs on discharge"]), meds_block(g, dmeds)),
                (g.c(["Follow up", "F/U", "Plan"]), sc["fu"])]
        if g.p(0.5):
            secs.insert(2, ("History", hpc(c)))
        for h, t in secs:
            out.append(hd(c, h) + "\n" + t)
        out.append("%s, %s  %s" % (c.jr["short"], g.c(["FY1", "FY2", "Doctor"]), D(c, c.dis)))
    elif L == 4:
        out.append(letterhead(g, c, dept="Medicine for the Elderly"))
        out.append(g.c(["Discharge Letter", "DISCHARGE SUMMARY - COMPLEX CARE", ""]))
        out.append(pt_block(g, c, g.c([1, 4])))
        out.append("Date of admission %s, date of discharge %s (%d days)." % (D(c, c.adm), D(c, c.dis), c.los))
        out.append("Diagnoses:\n1. %s\n%s" % (sc["dx"], "\n".join("%d. %s" % (i + 2, p) for i, p in enumerate(c.pmh))))
        out.append(hd(c, "Summary") + "\n" + sc["course"])
        out.append(hd(c, "Function on discharge") + "\n" + g.c(["Mobile with zimmer frame and supervision of one.", "Independent with stick, transfers independently.", "Mobile with rollator, needs help with washing."]))
        out.append(hd(c, "Social") + "\n" + c.social + ". " + g.c(["Package of care restarted.", "Increased to QDS package of care.", "Family supporting.", "Community alarm in place."]))
        out.append("DNACPR: %s     Anticipatory Care Plan: %s     Power of Attorney: %s" % (g.c(["In place", "Not discussed", "Discussed - for full resuscitation"]), g.c(["Updated", "Not in place", "Completed during admission"]), g.c(["Welfare & Continuing - daughter", "None", "Continuing only"])))
        out.append(hd(c, "Medications") + "\n" + meds_block(g, dmeds, 1))
        out.append(hd(c, "For GP") + "\n" + sc["gp"])
        out.append(signoff(g, c, st=g.c([2, 4])))
    elif L == 5:
        out.append("%s %s  %s  %s" % (c.ward, c.hosp["abbr"], c.sur.upper(), c.chi))
        out.append("Adm %s -> d/c %s" % (fd(c.adm, 4), fd(c.dis, 4)))
        out.append("Dx: %s" % sc["dxs"])
        out.append("PC: %s" % sc["pcs"])
        out.append("Ix: %s" % labs_inline(g, c, ["Hb", "WCC", "CRP", "Creat"]))
        out.append("Rx: %s" % sc["course"].split(".")[0])
        out.append("TTOs:\n" + meds_block(g, dmeds, 0))
        out.append("F/U: " + sc["fu"])
        out.append("GP to: " + sc["gp"])
        out.append(c.jr["sig"] + " " + g.c(["FY1", "FY2", "SHO"]))
    else:
        out.append(c.hosp["board"] + "\n" + c.hosp["name"])
        out.append(g.c(["NOTIFICATION OF DISCHARGE", "Discharge Communication", "Hospital Discharge Letter"]))
        out.append(pt_block(g, c, 5))
        out.append("Ward: %s   Admitted: %s   Discharged: %s   Method: %s" % (c.ward, D(c, c.adm), D(c, c.dis), g.c(["Emergency", "Elective", "GP referral", "Via ED"])))
        out.append("Primary diagnosis: %s" % sc["dx"])
        out.append("\nMEDICINES ON DISCHARGE\n%-28s %-12s %-12s %s" % ("Medicine", "Dose", "Frequency", "Status"))
        for m in sc["meds"]:
            out.append("%-28s %-12s %-12s %s" % (m[0], m[1], g.c(FREQ[m[2]]), g.c(["Continued", "Unchanged"])))
        for m in newm:
            if m[3] != "IV":
                out.append("%-28s %-12s %-12s %s" % (m[0], m[1], g.c(FREQ[m[2]]), "NEW"))
        for s in sc.get("stopped", []):
            out.append("%-28s %-12s %-12s %s" % (s.split(" - ")[0], "", "", "STOPPED"))
        out.append("Pharmacist verified: %s" % g.c(["Yes", "Yes - " + g.c(SURN), "No"]))
        out.append("\nInformation for GP:\n" + sc["course"] + " " + sc["gp"])
        out.append("Follow-up: " + sc["fu"])
        out.append("Responsible clinician: " + c.cons["short"])
    return c, "\n\n".join(x for x in out if x)


# ----------------------------------------------------------------------------
# 2 history_physical (admission clerking)
# ----------------------------------------------------------------------------
def t_history_physical(g):
    L = g.ri(0, 6)
    c = make_ctx(g, need="op" if L == 4 else "acute")
    sc = c.sc
    out = []
    src = g.c(["GP", "ED", "SAS", "Flow Navigation Centre", "GP via AMU", "self-presented to ED", "NHS 24"])
    dh = meds_block(g, sc["meds"], g.c([0, 3]))
    if L == 0:
        out.append(g.c(["MEDICAL ADMISSION CLERKING", "Acute Medical Unit - Admission Record", "ADMISSION PROFORMA - MEDICINE", c.hosp["name"] + "\nMedical Receiving"]))
        out.append(ident_line(g, c))
        out.append("Date: %s  Time seen: %s   Referred by: %s   Consultant: %s" % (D(c), ft(g), src, c.cons["short"]))
        out.append("PC: " + sc["pc"])
        out.append("HPC:\n" + hpc(c))
        out.append("PMH:\n" + pmh_block(g, c))
        out.append("DHx:\n" + dh)
        out.append("Allergies: " + (c.allergy or g.c(["NKDA", "nil known", "None known"])))
        out.append("SHx: %s. %s. %s." % (c.social, c.smoke, c.alc))
        out.append("FHx: " + g.c(["Nil of note", "Father MI age 60", "Mother - breast ca", "NKFHx", "Nil relevant"]))
        out.append("SE: " + g.c(["otherwise unremarkable", "Nil else on systemic enquiry", "No weight loss, no night sweats", "as per HPC"]))
        out.append("O/E:\n" + obs_line(g, c) + "\n" + exam_sys(g, c))
        out.append("Ix:\n" + labs_inline(g, c) + ("\nECG: " + sc["ecg"]["interp"] if sc.get("ecg") else "") + ("\n" + sc["img"]["region"] + ": " + sc["img"]["concl"] if sc.get("img") else ""))
        out.append("Imp: " + sc["dx"])
        out.append("Plan:\n" + plan_list(g, c))
        out.append(who_role(g, c))
    elif L == 1:
        out.append(g.c(["SURGICAL ADMISSION", "Surgical Receiving Unit - Clerking", "General Surgery Admission Sheet", ""]))
        out.append("%s  %s  %s" % (c.sur.upper(), c.first, c.chi))
        out.append("Seen %s @ %s in %s" % (fd(c.date, 4), ft(g), g.c(["SRU", "ED", "Ward 9", "SAU"])))
        out.append("c/o " + sc["pcs"])
        out.append(hpc(c))
        out.append("PMHx: " + ", ".join(c.pmh))
        out.append("PSHx: " + g.c(["nil", "Lap chole 2010", "Nil previous ops", "Hysterectomy", "Tonsillectomy as child"]))
        out.append("DHx: " + (", ".join("%s %s" % (m[0], m[1]) for m in sc["meds"]) or "nil"))
        out.append("Allergies: " + (c.allergy or "NKDA"))
        out.append("Anticoag: %s  Last ate: %s" % (g.c(["No", "No", "Apixaban"]) if "Apixaban" not in str(sc["meds"]) else "Yes - apixaban", ft(g)))
        out.append("O/E " + obs_line(g, c, 1))
        out.append(exam_sys(g, c))
        out.append("Bloods: " + labs_inline(g, c, ["Hb", "WCC", "CRP", "Creat", "Bili", "ALP"]))
        out.append("Imp: ?" + sc["dxs"])
        out.append("Plan:\n- NBM\n- IVI\n- Bloods + G&S\n- Analgesia / antiemetic\n" + plan_list(g, c, 1))
        out.append(who_role(g, c))
    elif L == 2:
        out.append(letterhead(g, c, st=g.c([1, 3])))
        out.append(g.c(["History and Examination", "ADMISSION HISTORY", "Clerking", "Initial Assessment"]))
        out.append(pt_block(g, c, g.c([1, 4, 5])))
        out.append(hd(c, "History") + "\n%s is a %d year old %s who presented via %s with %s. %s" % (c.first, c.age, "man" if c.sex == "M" else "woman", src, sc["pc"], hpc(c)))
        out.append(hd(c, "Past history") + "\n" + pmh_block(g, c))
        out.append(hd(c, "Medication") + "\n" + dh + "\nAllergies: " + (c.allergy or "No known drug allergies"))
        out.append(hd(c, "Social history") + "\n" + "%s. %s. %s." % (c.social, c.smoke, c.alc))
        out.append(hd(c, "Examination") + "\n" + obs_line(g, c, 2) + "\n" + sc["exam"])
        out.append(hd(c, "Investigations") + "\n" + labs_inline(g, c))
        out.append(hd(c, "Impression") + "\n" + sc["dx"])
        out.append(hd(c, "Plan") + "\n" + plan_list(g, c, 0))
        out.append("%s, %s" % (c.reg["full"], g.c(["Medical Registrar", "Specialty Registrar", "StR"])))
    elif L == 3:
        out.append(g.c(["Medicine for the Elderly - Admission", "COMPREHENSIVE GERIATRIC ASSESSMENT - ADMISSION", "Frailty Unit Clerking"]))
        out.append(ident_line(g, c))
        out.append("Collateral history from %s by phone." % g.c(["daughter", "son", "husband", "wife", "care home staff", "carer"]))
        out.append("Presenting problem: " + sc["pc"] + "\n" + hpc(c))
        out.append("Background:\n" + pmh_block(g, c))
        out.append("Medications (confirmed with ECS):\n" + dh)
        out.append("Function: %s. Clinical Frailty Scale %d. Falls in last year: %d." % (c.social, g.ri(4, 7), g.ri(0, 4)))
        out.append("Cognition: 4AT %d. AMT %d/10." % (g.ri(0, 8), g.ri(5, 10)))
        out.append("Examination: " + obs_line(g, c, 3) + ". " + sc["exam"])
        out.append("Results: " + labs_inline(g, c))
        out.append("Assessment: " + sc["dx"])
        out.append("Plan: " + plan_list(g, c, 2) + " " + g.c(["PT/OT referral. Delirium screen.", "Review medications - STOPP/START.", "Discuss ACP with family."]))
        out.append("Resus status: " + g.c(["For CPR", "DNACPR discussed with patient and family - form completed", "Not yet discussed"]))
        out.append(who_role(g, c))
    elif L == 4:
        op = sc.get("op")
        out.append(g.c(["Pre-admission Clerking", "ELECTIVE ADMISSION - HISTORY & EXAMINATION", "Admission clerking (elective)"]))
        out.append(pt_block(g, c, 1))
        out.append("Admitted for: %s" % (op["name"] if op else sc["dx"]))
        out.append("Indication: " + sc["dx"])
        out.append("History: " + hpc(c))
        out.append("PMH: " + ", ".join(c.pmh) + "\nPrevious anaesthetics: " + g.c(["No problems", "PONV", "None", "Uneventful GA 2008"]))
        out.append("Current medications:\n" + dh)
        out.append("Allergies: " + (c.allergy or "NKDA") + "    MRSA screen: negative    VTE risk assessed: yes")
        out.append("Exam: %s. Chest clear. HS normal. Abdomen soft. %s" % (obs_line(g, c, 0), sc["exam"]))
        out.append("Consent: %s" % g.c(["Signed in clinic, confirmed today", "To be completed by operating surgeon", "Confirmed"]))
        out.append("Site marked: %s" % g.c(["Yes", "N/A", "Yes - arrow"]))
        out.append(who_role(g, c))
    elif L == 5:
        out.append("%s %s" % (fd(c.date, 4), ft(g)))
        out.append("%s admission  (%s)" % (g.c(["Medical", "Surg", "AMU", "Ortho"]), src))
        out.append("%s %d%s" % (c.first, c.age, "M" if c.sex == "M" else "F"))
        out.append("PC  %s" % sc["pcs"])
        out.append("HPC  %s" % hpc(c).replace(" and ", " + ").replace("with", "c").replace("No ", "Nil "))
        out.append("PMH  " + " / ".join(c.pmh))
        out.append("DH  " + (", ".join("%s %s %s" % (m[0], m[1], m[2]) for m in sc["meds"]) or "nil"))
        out.append("All  " + (c.allergy or "NKDA"))
        out.append("SH  " + c.social + ", " + c.smoke.lower())
        out.append("O/E  " + obs_line(g, c, 4))
        out.append(exam_sys(g, c))
        out.append("Ix  " + labs_inline(g, c, ["Hb", "WCC", "CRP", "Creat"]))
        out.append("Imp  " + sc["dxs"])
        out.append("Mx\n" + plan_list(g, c, 1))
        out.append(c.jr["sig"] + " " + g.c(["FY1", "F2", "CT2", "SHO"]))
    else:
        out.append(c.hosp["board"] + "   ADMISSION DOCUMENTATION   Form %s/%d" % (c.hosp["abbr"], g.ri(10, 99)))
        out.append(pt_block(g, c, 2))
        rows = [("Date/time of admission", "%s %s" % (D(c), ft(g))), ("Admitting specialty", sc["spec"]),
                ("Presenting complaint", sc["pc"]), ("History of presenting complaint", hpc(c)),
                ("Past medical history", ", ".join(c.pmh)), ("Drug history", "; ".join("%s %s" % (m[0], m[1]) for m in sc["meds"]) or "Nil"),
                ("Allergies / ADRs", c.allergy or "None known"), ("Social", c.social), ("Observations", obs_line(g, c, 0)),
                ("Examination findings", sc["exam"]), ("Working diagnosis", sc["dx"]), ("Initial management", "; ".join(sc["plan"]))]
        for k, v in rows:
            out.append("%s: %s" % (k, v) if g.p(0.5) else "%s\n    %s" % (k.upper(), v))
        out.append("Signature ________   Name (print) %s   Grade %s" % (c.jr["short"].upper(), g.c(["FY1", "FY2", "ST1", "CT1"])))
    return c, "\n\n".join(x for x in out if x)


# ----------------------------------------------------------------------------
# 3 progress_note
# ----------------------------------------------------------------------------
def t_progress_note(g):
    L = g.ri(0, 6)
    c = make_ctx(g, need="acute" if L in (0, 1, 4, 5) else None)
    sc = c.sc
    day = g.ri(1, max(1, c.los))
    dt = c.adm + datetime.timedelta(days=day)
    out = []
    better = g.c(["Feels better today", "Slept well", "Much improved", "Still feels tired but better", "Some improvement", "Pt reports less pain"])
    if L == 0:
        out.append("%s %s  %s" % (D(c, dt), ft(g, g.ri(8, 11)), g.c(["WR", "Ward round", "Consultant WR", "PTWR"])))
        out.append("%s / %s / %s" % (c.cons["short"], c.reg["sig"], c.jr["sig"]))
        out.append("Day %d. %s" % (day, sc["dxs"]))
        out.append("S: " + better + ". " + g.c(["Eating and drinking.", "Appetite poor.", "BO yesterday.", "No new complaints."]))
        out.append("O: " + obs_line(g, c, 3) + "\n" + g.c(["Chest: improved air entry.", "Abdo soft, wound clean.", "Alert, orientated.", "Euvolaemic."]))
        out.append("Bloods: " + labs_inline(g, c, ["Hb", "WCC", "CRP", "Creat"]))
        out.append("A: " + g.c(["Improving", "Slow progress", "Clinically stable", "Responding to treatment"]))
        out.append("P:\n" + "\n".join("- " + x for x in g.some(sc["plan"] + ["PT/OT", "Review bloods tomorrow", "Aim d/c " + g.c(["tomorrow", "2-3 days", "when mobile"])], 2, 4)))
        out.append(c.jr["sig"] + " " + g.c(["FY1", "FY2"]))
    elif L == 1:
        out.append(g.c(["Continuation sheet", "MEDICAL NOTES - CONTINUATION", "Clinical notes", ""]))
        out.append(ident_line(g, c))
        out.append("%s %s" % (D(c, dt), ft(g)))
        out.append("%s ward cover - asked to review by nursing staff re %s." % (g.c(["FY1", "Night", "OOH", "Hospital at Night"]), g.c(["low sats", "temp spike", "drop in BP", "pain", "poor urine output", "agitation"])))
        out.append(obs_line(g, c, 0))
        out.append(g.c(["On review pt comfortable, talking in full sentences.", "Pt drowsy but rousable.", "Pt sitting up in bed, no distress."]))
        out.append("Imp: " + g.c(["likely related to " + sc["dxs"], "? new infection", "dehydration", "pain"]))
        out.append("Plan:\n" + "\n".join("%d) %s" % (i + 1, x) for i, x in enumerate(g.some(["IV fluids 1L Hartmann's over 8 hours", "repeat obs in 1 hour", "bloods in AM", "paracetamol 1g", "blood cultures", "escalate if NEWS >5", "fluid balance chart"], 3, 5))))
        out.append(c.jr["sig"] + " bleep %d" % g.ri(1100, 6999))
    elif L == 2:
        out.append(g.c([sc["clinic"] + " - Return", "RETURN OUTPATIENT VISIT", "Review clinic", "Clinic note"]))
        out.append(pt_block(g, c, g.c([1, 5])))
        out.append("Seen by %s %s" % (g.c([c.cons["short"], c.reg["short"]]), D(c)))
        out.append("Dx: " + sc["dx"])
        out.append(g.c(["Reviewed today.", "Returns for review.", "Follow-up as planned."]) + " " + g.c(["Doing well", "Some ongoing symptoms", "Symptoms much improved", "No new issues"]) + ". " + g.c(["Compliant with medication.", "Tolerating new medication.", "Some GI upset with tablets."]))
        out.append("O/E: BP %d/%d, HR %d. %s" % (c.obs["sbp"] - 10, c.obs["dbp"] - 5, max(60, c.obs["hr"] - 15), g.c(["Wound well healed.", "Chest clear.", "No oedema.", "NAD."])))
        out.append("Plan: " + sc["fu"] + ". " + g.c(["Letter to GP.", "Discharge to GP care.", "Review 6 months.", "Review with results."]))
    elif L == 3:
        stamp = "%s %s" % (fd(dt, 3), ft(g, g.ri(8, 17)))
        out.append("%s  %s  (%s)" % (stamp, g.c(["Surgery consultation", "Telephone encounter", "Face to face", "Home visit", "Near Me video consultation"]), c.gp["short"]))
        out.append("History: %s %s" % (sc["pcs"], g.c(["- follow up after discharge.", "review.", "- reviewing hospital letter.", "f/u"])) + " " + g.c(["Feeling better.", "Still SOB on exertion.", "Wound healing well.", "Some fatigue."]))
        out.append("Examination: " + g.c(["BP %d/%d" % (c.obs["sbp"] - 8, c.obs["dbp"] - 4), "Chest clear", "NAD", "Not examined (telephone)"]))
        out.append("Comment: " + sc["dxs"] + ". " + sc["gp"])
        out.append("Medication: " + ", ".join("%s %s" % (m[0], m[1]) for m in sc["meds"][:3]) + (" - issued" if sc["meds"] else "no changes"))
        out.append("Follow-up: " + g.c(["2 weeks", "PRN", "bloods 1 week", "review with results", "4/52"]))
        out.append("Problem: " + sc["dxs"] + g.c([" (Read code %s)" % g.c(["H33..", "G30..", "C10F.", "K190.", "H060."]), ""]))
    elif L == 4:
        out.append("%s - %s" % (D(c, dt), g.c(["Post-take ward round", "PTWR", "Post take"])))
        out.append("Consultant: %s" % c.cons["full"])
        out.append("Hx as above. Pt seen and examined.")
        out.append("Issues:\n1. %s\n%s" % (sc["dx"], "\n".join("%d. %s" % (i + 2, p) for i, p in enumerate(c.pmh[:2]))))
        out.append("Agree with management. " + g.c(["Continue current antibiotics.", "Keep NBM for now.", "Needs echo.", "Discussed with family."]))
        out.append("Plan:\n" + plan_list(g, c, 1))
        out.append("EDD: %s" % D(c, c.dis))
        out.append("TEP/ReSPECT: " + g.c(["For full escalation", "Ward based care", "DNACPR - see form", "For HDU if required"]))
        out.append(c.reg["sig"] + " StR for " + c.cons["sig"])
    elif L == 5:
        out.append("%s %s  %s  %s" % (ft(g, g.ri(8, 17)), D(c, dt), sc["spec"], g.c(["Reg", "Cons", "ST3", "Juniors"])))
        out.append("Problems:")
        probs = [sc["dxs"]] + c.pmh[:2]
        for i, p in enumerate(probs):
            out.append("%d. %s - %s" % (i + 1, p, g.c(["improving", "stable", "ongoing", "resolved", "monitor"])))
        out.append("Jobs:\n[ ] " + "\n[ ] ".join(g.some(["chase micro", "TTOs", "refer OT", "repeat U&E", "update family", "ECG", "CXR", "IDL"], 2, 4)))
    else:
        out.append(g.c(["Telephone review", "Near Me video consultation", "Telephone clinic"]) + "  " + D(c))
        out.append(pt_block(g, c, 3))
        out.append("Consultation by %s with patient%s. Identity confirmed with DOB and address." % (g.c([c.cons["short"], c.reg["short"], "Clinical Nurse Specialist " + c.nurse["full"]]), g.c(["", " and " + g.c(["wife", "husband", "daughter"])])))
        out.append("Reason: follow up of " + sc["dx"] + ".")
        out.append(g.c(["Progress:", "Update:", "Since last seen:"]) + " " + g.c(["Symptoms settled.", "Reports ongoing fatigue but improving.", "No further episodes."]) + " " + g.c(["Medication tolerated.", "No side effects.", ""]))
        out.append("Outcome: " + sc["fu"] + ".")
    return c, "\n".join(x for x in out if x) if L in (3, 5) else "\n\n".join(x for x in out if x)


# ----------------------------------------------------------------------------
# 4 consult_note
# ----------------------------------------------------------------------------
CONSULTERS = ["Cardiology", "Diabetes inpatient team", "Medicine for the Elderly", "Renal", "Critical Care Outreach",
              "Microbiology", "Gastroenterology", "Respiratory", "Haematology", "Liaison Psychiatry", "General Surgery", "Orthogeriatrics"]


def t_consult_note(g):
    c = make_ctx(g, need="acute" if g.p(0.8) else None)
    sc = c.sc
    L = g.ri(0, 6)
    csp = g.c([x for x in CONSULTERS if x != sc["spec"]])
    reqby = sc["spec"]
    q = g.c(["advice re management", "?cause of " + g.c(["AKI", "tachycardia", "confusion", "raised CRP", "low Hb"]),
             "optimisation pre-op", "please review - " + sc["dxs"], "advice re anticoagulation", "glycaemic control"])
    out = []
    rec = g.some(["Repeat U&E tomorrow", "Hold ramipril until renal function recovers", "Start bisoprolol 1.25mg od", "Echo as outpatient",
                  "Variable rate insulin infusion until eating", "Review drug chart - stop anticholinergics", "Daily weights and fluid balance",
                  "Switch to oral antibiotics if afebrile 24h", "No indication for anticoagulation at present", "Happy to see again if concerns",
                  "Will follow up in clinic", "Check haematinics", "Start thiamine"], 3, 5)
    if L == 0:
        out.append("%s %s  %s REVIEW" % (D(c), ft(g), csp.upper()))
        out.append("Asked to see by %s team re: %s" % (reqby, q))
        out.append("Hx: %d%s admitted with %s. %s" % (c.age, c.sex, sc["pc"], hpc(c)))
        out.append("PMH: " + ", ".join(c.pmh))
        out.append("O/E: " + obs_line(g, c, 1))
        out.append("Ix: " + labs_inline(g, c))
        out.append("Imp: " + sc["dx"] + g.c(["", " - stable", " with " + g.c(["pre-renal AKI", "deconditioning", "hyperglycaemia"])]))
        out.append("Recs:\n" + "\n".join("- " + x for x in rec))
        out.append("%s %s bleep %d" % (c.reg["sig"], csp + " " + g.c(["Reg", "StR", "SpR"]), g.ri(1000, 6999)))
    elif L == 1:
        out.append(letterhead(g, c, dept="Department of " + csp, st=g.c([0, 1, 3])))
        out.append(g.c(["CONSULTATION REPORT", "Specialist Opinion", "Inpatient Consultation", "Referral Response"]))
        out.append(pt_block(g, c, 1))
        out.append("Requested by: %s (%s), %s    Date seen: %s" % (c.jr["short"], reqby, c.ward, D(c)))
        out.append(hd(c, "Reason for consultation") + "\n" + q.capitalize())
        out.append(hd(c, "History") + "\n" + hpc(c))
        out.append(hd(c, "Examination") + "\n" + sc["exam"])
        out.append(hd(c, "Assessment") + "\n" + sc["dx"] + ".")
        out.append(hd(c, "Recommendations") + "\n" + "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(rec)))
        out.append("%s\nConsultant, %s" % (person(g)["full"], csp))
    elif L == 2:
        out.append("Orthogeriatric review  " + D(c))
        out.append(ident_line(g, c))
        out.append("%d year old %s, %s. Background %s." % (c.age, "man" if c.sex == "M" else "woman", sc["dxs"], ", ".join(c.pmh)))
        out.append("Pre-morbid: %s. CFS %d." % (c.social, g.ri(3, 7)))
        out.append("Cognition: 4AT %d, AMT %d/10." % (g.ri(0, 6), g.ri(5, 10)))
        out.append("Bone health: " + g.c(["on alendronate - continue", "not on treatment - start vitamin D loading then zoledronate", "FRAX high risk - consider denosumab"]))
        out.append("Falls: " + g.c(["Lying/standing BP for review", "Review medications", "Refer falls service on discharge"]))
        out.append("Plan:\n" + "\n".join("- " + x for x in rec))
        out.append(person(g)["short"] + ", Consultant Geriatrician")
    elif L == 3:
        out.append(g.c(["Microbiology telephone advice", "MICROBIOLOGY ADVICE RECORD", "ID / Micro discussion"]))
        out.append("Date %s  Time %s  Caller: %s (%s)  Advice by: Dr %s" % (D(c), ft(g), c.jr["short"], reqby, g.c(SURN)))
        out.append("Patient: %s %s  CHI %s  Ward %s" % (c.first, c.sur, c.chi, c.ward))
        out.append("Clinical: " + sc["dxs"] + ". Temp %.1f, CRP %s, WCC %s." % (c.obs["temp"], c.labs["CRP"], c.labs["WCC"]))
        out.append("Allergies: " + (c.allergy or "NKDA"))
        out.append("Micro results: " + g.c(["Blood cultures no growth at 48h", "MSU - E. coli >10^5 (sensitivities below)", "Sputum - normal flora", "Pending"]))
        out.append("Advice: " + g.c(["Continue current regimen, total 7 days, IVOST when criteria met.", "Switch to oral doxycycline given penicillin allergy.",
                                     "Add gentamicin single dose, repeat cultures.", "Stop antibiotics - unlikely bacterial."]))
    elif L == 4:
        out.append(g.c(["Critical Care Outreach", "CCOT review", "ICU referral / review"]) + "   " + D(c) + " " + ft(g))
        out.append(ident_line(g, c))
        out.append("Trigger: NEWS %d" % g.ri(5, 9))
        out.append("A - patent\nB - RR %d, SpO2 %d%%, %s\nC - HR %d, BP %d/%d, CRT %ds\nD - %s\nE - T %.1f" %
                   (c.obs["rr"], c.obs["sat"], g.c(["crackles R base", "wheeze", "clear"]), c.obs["hr"], c.obs["sbp"], c.obs["dbp"], g.ri(2, 4), g.c(["Alert", "V on AVPU", "GCS 14"]), c.obs["temp"]))
        out.append("Background: " + sc["dx"])
        out.append("Impression: " + g.c(["Not currently requiring level 2/3 care.", "Accepted to HDU.", "Ward based ceiling of care agreed with team."]))
        out.append("Recommendations:\n" + "\n".join("* " + x for x in rec))
        out.append("Outreach will review in %d hours. %s" % (g.ri(2, 6), c.nurse["full"] + " CCOT / " + c.reg["sig"] + " ICU reg"))
    elif L == 5:
        out.append(letterhead(g, c, st=4))
        out.append(g.c(["NEW PATIENT CONSULTATION", "New Patient Assessment", "OUTPATIENT CONSULTATION"]))
        out.append("Patient: %s %s  DOB %s  CHI %s" % (c.first, c.sur, D(c, c.dob), c.chi))
        out.append("Referred by: %s, %s\nReason for referral: %s" % (c.gp["short"], c.practice, sc["pc"]))
        out.append("Seen by: %s, %s    Clinic: %s    Date: %s" % (c.cons["full"], "Consultant", sc["clinic"], D(c)))
        out.append(hd(c, "Presenting history") + "\n" + hpc(c))
        out.append(hd(c, "Relevant background") + "\n" + pmh_block(g, c) + "\nMedication: " + ", ".join(m[0] for m in sc["meds"]))
        out.append(hd(c, "Findings") + "\n" + sc["exam"])
        out.append(hd(c, "Opinion") + "\n" + sc["dx"] + ".")
        out.append(hd(c, "Plan") + "\n" + plan_list(g, c, 1) + "\n" + sc["fu"])
    else:
        out.append("%s  %s" % (fd(c.date, 4), ft(g)))
        out.append("%s reg review (asked to see)" % csp)
        out.append("Thank you for referring this %d yo %s. Notes reviewed, pt seen." % (c.age, "gent" if c.sex == "M" else "lady"))
        out.append("Known " + ", ".join(c.pmh[:2]) + ". Admitted " + sc["pcs"] + ".")
        out.append(obs_line(g, c, 4))
        out.append("Impression: " + sc["dxs"] + " - " + g.c(["no acute %s issues" % csp.lower(), "agree with current plan", "would suggest below"]))
        out.append("\n".join("> " + x for x in rec))
        out.append("Will sign off / happy to be re-contacted. " + c.reg["sig"])
    return c, "\n\n".join(x for x in out if x)


# ----------------------------------------------------------------------------
# 5 operative_note
# ----------------------------------------------------------------------------
def t_operative_note(g):
    c = make_ctx(g, need="op")
    sc = c.sc
    op = sc["op"]
    L = g.ri(0, 6)
    asst = person(g)
    anaes = person(g)
    out = []
    if L == 0:
        out.append(g.c(["OPERATION NOTE", "Operation Record", "OPERATIVE NOTE", "Theatre Record - Operation Note"]))
        out.append(ident_line(g, c))
        out.append("Date: %s    Theatre: %s" % (D(c), g.c(["Main Theatre %d" % g.ri(1, 8), "DSU Theatre %d" % g.ri(1, 3), "Ortho Theatre %d" % g.ri(1, 4)])))
        out.append("Surgeon: %s\nAssistant: %s\nAnaesthetist: %s\nAnaesthetic: %s" % (c.cons["short"], asst["short"], anaes["short"], op["anaes"]))
        out.append("Procedure: " + op["name"])
        out.append("Indication: " + op["ind"])
        out.append("Findings: " + op["find"])
        out.append("Procedure:\n" + "\n".join("%d. %s" % (i + 1, s) for i, s in enumerate(op["steps"])))
        out.append("Closure: " + op["close"])
        out.append("EBL: %s    Drains: %s    Specimens: %s" % (op["ebl"], g.c(["none", "nil", "Robinson drain"]), "sent for histology" if sc.get("path") else "none"))
        if op.get("imp"):
            out.append("Implants: " + op["imp"])
        out.append("Post-op instructions:\n" + "\n".join("- " + x for x in op["post"]))
        out.append("VTE prophylaxis: " + g.c(["as per protocol", "enoxaparin 40mg sc from 6pm", "TEDS + LMWH", "mechanical only"]))
        out.append("Signed: " + c.cons["sig"])
    elif L == 1:
        out.append(letterhead(g, c, st=g.c([0, 1])))
        out.append(pt_block(g, c, 0))
        out.append("OPERATION: %s\nDATE: %s\nSURGEON: %s\nANAESTHETIST: %s" % (op["name"].upper(), D(c), c.cons["full"], anaes["full"]))
        txt = ("Under %s, %s. The indication was %s. " % (op["anaes"], "after WHO checklist and antibiotic prophylaxis" if g.p(0.6) else "with the patient positioned appropriately", op["ind"].lower()))
        txt += "At operation the findings were as follows: " + op["find"] + " "
        txt += " ".join(s + "." for s in op["steps"]) + " "
        txt += "Closure: " + op["close"]
        out.append(txt)
        out.append("Post-operatively: " + ", ".join(op["post"]) + ".")
        out.append(signoff(g, c, st=g.c([1, 4])))
    elif L == 2:
        out.append("%s  %s" % (fd(c.date, 4), c.sur.upper()))
        out.append("Op: %s" % op["name"])
        out.append("Surg: %s  Asst: %s  Anaes: %s (%s)" % (c.cons["sig"], asst["sig"], anaes["sig"], op["anaes"]))
        out.append("Ind: " + op["ind"])
        out.append("F/: " + op["find"])
        out.append("Proc:\n" + "\n".join("-> " + s for s in op["steps"]))
        out.append("Close: " + op["close"])
        out.append("Post op: " + "; ".join(op["post"]))
        out.append(c.reg["sig"] + " for " + c.cons["sig"])
    elif L == 3:
        out.append(c.hosp["name"] + "  -  Theatre Management System")
        out.append("Episode: %s%07d   Session: %s %s" % (c.hosp["abbr"], g.ri(0, 9999999), g.c(["AM", "PM", "All day"]), g.c(["Elective", "Emergency (CEPOD)", "Trauma"])))
        out.append(pt_block(g, c, 5))
        t0 = g.ri(8, 15)
        out.append("Times: In anaesthetic room %02d:%02d | Knife to skin %02d:%02d | Closure %02d:%02d | To recovery %02d:%02d" %
                   (t0, 5, t0, 40, t0 + 1, 35, t0 + 1, 50))
        out.append("WHO Surgical Safety Checklist: Sign in Y  Time out Y  Sign out Y")
        out.append("Procedure performed: %s\nOPCS: %s" % (op["name"], g.c(["H01.2", "J18.3", "W46.1", "O18.1", "M42.1", "H07.1", "B28.3", "A65.1"])))
        out.append("Operative findings: " + op["find"])
        out.append("Operative details: " + " ".join(s + "." for s in op["steps"]))
        out.append("Wound closure: " + op["close"])
        out.append("Swab/instrument count correct: Yes")
        out.append("Post-operative plan: " + "; ".join(op["post"]))
        out.append("Operating surgeon: %s   Grade: Consultant" % c.cons["short"])
    elif L == 4:
        out.append(g.c(["Orthopaedic Operation Record", "OPERATION NOTE (T&O)", "Surgical Record"]))
        out.append(ident_line(g, c))
        out.append("Date %s | Surgeon %s | Assistant %s | Anaesthetist %s" % (D(c), c.cons["short"], asst["short"], anaes["short"]))
        out.append("Anaesthesia: %s    Antibiotic prophylaxis: %s    Tourniquet: %s" % (op["anaes"], g.c(["Cefuroxime 1.5g", "Flucloxacillin 2g + gentamicin", "Teicoplanin 400mg", "none"]), g.c(["%d mins at 300mmHg" % g.ri(30, 90), "not used"])))
        out.append("Diagnosis: " + sc["dx"])
        out.append("Operation: " + op["name"])
        out.append("Findings: " + op["find"])
        out.append("Procedure: " + " ".join(s + "." for s in op["steps"]))
        out.append("IMPLANTS: " + op.get("imp", "None"))
        out.append("Closure: " + op["close"])
        out.append("Post-operative instructions:\n" + "\n".join("%d) %s" % (i + 1, x) for i, x in enumerate(op["post"])))
        out.append("Signed %s" % c.cons["full"])
    elif L == 5:
        out.append(g.c(["Brief Op Note", "Short operation note", "Op note"]))
        out.append("%s %s  %s" % (c.first, c.sur, c.chi))
        out.append("%s - %s under %s by %s." % (D(c), op["name"], op["anaes"], c.cons["short"]))
        out.append("Findings: " + op["find"])
        out.append("Uncomplicated procedure. EBL %s." % op["ebl"])
        out.append("Plan: " + ", ".join(op["post"]) + ".")
        out.append("Full dictated note to follow.  " + c.reg["sig"])
    else:
        out.append(c.hosp["board"] + "\n" + g.c(["OPERATION REPORT", "Report of Operation", "SURGICAL PROCEDURE RECORD"]))
        out.append(pt_block(g, c, 4))
        out.append("Pre-operative diagnosis: %s\nPost-operative diagnosis: %s" % (op["ind"], g.c(["Same", "As above", sc["dx"]])))
        out.append("Procedure: %s\nSurgeon: %s   Assistant: %s\nAnaesthesia: %s by %s" % (op["name"], c.cons["full"], asst["full"], op["anaes"], anaes["short"]))
        out.append(hd(c, "Findings") + "\n" + op["find"])
        out.append(hd(c, "Description") + "\n" + "\n".join(op["steps"]) + "\n" + op["close"])
        out.append(hd(c, "Specimens") + "\n" + (sc["path"]["spec"] + " to pathology" if sc.get("path") else "None"))
        out.append(hd(c, "Complications") + "\n" + g.c(["None", "Nil", "None intraoperatively"]))
        out.append(hd(c, "Post-operative care") + "\n" + "\n".join(op["post"]))
        out.append(signoff(g, c, st=4))
    return c, "\n\n".join(x for x in out if x)


# ----------------------------------------------------------------------------
# 6 procedure_note
# ----------------------------------------------------------------------------
PROCS = [
    dict(name="Lumbar puncture", ind="Headache, fever and photophobia - ?meningitis. CT head normal.", pos="left lateral", site="L3/4 interspace",
         kit="22G Quincke spinal needle", find="First pass. Opening pressure 19 cmH2O. Clear, colourless CSF.",
         samples="4 sterile bottles: MC&S, protein, glucose (paired serum glucose sent), viral PCR, xanthochromia held", post="Analgesia for post-LP headache. Chase CSF results."),
    dict(name="Intercostal chest drain insertion", ind="Large right pleural effusion, breathless", pos="sitting leaning forward", site="Right 5th intercostal space, mid-axillary line (safe triangle), US marked",
         kit="12F Seldinger drain (Rocket)", find="Straw-coloured fluid, 900ml drained over first hour then clamped.",
         samples="pH 7.41 (bedside), protein, LDH, glucose, cytology, MC&S", post="CXR post insertion - drain in good position, no pneumothorax. Max 1.5L in first 24h. Drain chart."),
    dict(name="Central venous catheter insertion", ind="IV access for vasopressors / poor peripheral access", pos="supine, head down", site="Right internal jugular vein, ultrasound guided",
         kit="7F triple lumen CVC 16cm", find="Vein punctured first pass, guidewire passed without resistance, no ectopics. All lumens aspirate and flush. Sutured at 15cm.",
         samples="none", post="CXR: tip at cavo-atrial junction, no pneumothorax. Line ok to use."),
    dict(name="Aspiration of knee joint", ind="Hot swollen left knee - ?septic arthritis ?gout", pos="supine, knee extended", site="Left knee, lateral suprapatellar approach",
         kit="18G needle", find="45ml turbid yellow synovial fluid aspirated.",
         samples="Gram stain, culture, crystals, cell count", post="Await Gram stain before antibiotics unless deteriorates. Ortho aware."),
    dict(name="Abdominal paracentesis (large volume)", ind="Tense ascites - alcohol related liver disease", pos="supine", site="Left iliac fossa, US marked",
         kit="Bonanno / 8F ascitic drain", find="Straw-coloured ascitic fluid. 6 litres drained over 5 hours.",
         samples="Cell count (neutrophils 90/mm3 - no SBP), albumin, MC&S, cytology", post="20% human albumin solution 100ml per 2L drained. Remove drain by 6 hours."),
    dict(name="Bone marrow aspirate and trephine", ind="Pancytopenia - ?marrow infiltration", pos="left lateral", site="Right posterior superior iliac spine",
         kit="Jamshidi needle", find="Aspirate obtained with good spicules. 18mm trephine core.",
         samples="Aspirate slides x8, EDTA for flow cytometry and cytogenetics, trephine in formalin", post="Pressure dressing. Observe for bleeding. Results haematology clinic 2 weeks."),
    dict(name="Subacromial steroid injection", ind="Right shoulder impingement, failed physiotherapy", pos="sitting", site="Right subacromial space, posterior approach",
         kit="21G green needle", find="Injected without resistance: triamcinolone 40mg + 4ml 1% lidocaine.",
         samples="none", post="Avoid heavy use 48 hours. Warned re steroid flare and skin depigmentation. Diabetics monitor BM."),
    dict(name="Flexible bronchoscopy", ind="Persistent right upper lobe collapse, smoker, haemoptysis", pos="supine", site="Nasal route",
         kit="Olympus BF-Q190", find="Vocal cords normal. Trachea normal. Right upper lobe: endobronchial tumour occluding the apical segment. Remainder of bronchial tree normal.",
         samples="Endobronchial biopsies x6, bronchial washings for cytology and TB culture, brushings", post="NBM 2 hours. CXR not required. Results at lung MDT."),
]


def t_procedure_note(g):
    if g.p(0.5):
        c = make_ctx(g, need="proc")
        sc = c.sc
        pr = sc["proc"]
        k = pr["kind"]
        L = g.ri(0, 1)
        out = []
        sed = g.c(["Midazolam 2mg IV", "Midazolam 3mg + fentanyl 50mcg", "Throat spray only", "Entonox", "No sedation", "Midazolam 1mg"])
        if k in ("ogd", "colon") and L == 0:
            out.append(c.hosp["name"] + g.c(["  -  Endoscopy Unit", "\nEndoscopy Department", "\nDigestive Diseases Unit"]))
            out.append("%s REPORT" % ("GASTROSCOPY" if k == "ogd" else "COLONOSCOPY") if g.p(0.6) else "")
            out.append(pt_block(g, c, g.c([1, 5])))
            out.append("Date: %s   Endoscopist: %s   Nurses: %s, %s" % (D(c), g.c([c.cons["short"], "%s (Nurse Endoscopist)" % c.nurse["full"]]), g.c(FIRST_F), g.c(FIRST_F)))
            out.append("Referring clinician: %s\nIndications: %s" % (c.gp["short"], sc["pc"]))
            out.append("Instrument: %s   Sedation: %s   Comfort score: %d/5" % (g.c(["GIF-H290", "CF-HQ190L", "EG-760R", "PCF-H190"]), sed, g.ri(1, 3)))
            if k == "colon":
                out.append("Bowel prep: %s   Extent: Terminal ileum   Withdrawal time: %d min" % (g.c(["Moviprep", "Plenvu", "Picolax"]), g.ri(8, 16)))
            out.append(hd(c, "Findings") + "\n" + pr["find"])
            out.append(hd(c, "Diagnosis") + "\n" + pr["concl"])
            out.append("Specimens: " + (pr["bx"] or "None"))
            out.append(hd(c, "Recommendations") + "\n" + g.c(["Await histology. ", "Results to referring clinician. "]) + sc["fu"])
        elif k in ("ogd", "colon"):
            out.append(letterhead(g, c, dept="Endoscopy Unit"))
            out.append(refs(g, c))
            out.append("Dear Dr %s" % c.gp["s"])
            out.append(pt_block(g, c, 0))
            out.append("Procedure: %s     Date: %s" % (pr["name"], D(c)))
            out.append("I performed a %s today for %s under %s. %s" % (pr["name"].lower(), sc["pcs"], sed.lower(), pr["find"]))
            out.append("Conclusion: " + pr["concl"])
            out.append("Plan: " + sc["fu"] + ". " + sc["gp"])
            out.append(signoff(g, c))
        elif k == "angio":
            out.append(g.c(["CARDIAC CATHETERISATION LABORATORY", "Cath Lab Report", "Interventional Cardiology - Procedure Report"]))
            out.append(ident_line(g, c))
            out.append("Date: %s  Operator: %s  2nd operator: %s" % (D(c), c.cons["short"], c.reg["short"]))
            out.append("Indication: %s\nProcedure: %s" % (sc["dx"], pr["name"]))
            out.append("Access: right radial 6F. Heparin %d units. Contrast: %dml Omnipaque. Fluoro time %.1f min." % (g.c([5000, 7000, 8000]), g.ri(80, 220), g.uf(5, 25)))
            out.append(hd(c, "Findings") + "\n" + pr["find"].replace(". ", ".\n"))
            out.append(hd(c, "Intervention / Conclusion") + "\n" + pr["concl"])
            out.append("Plan: DAPT 12 months (aspirin + ticagrelor). TR band per protocol. " + sc["fu"] + ".")
        elif k == "cysto":
            out.append(g.c(["Urology Day Case - Flexible Cystoscopy", "FLEXIBLE CYSTOSCOPY", c.hosp["name"] + "\nUrology Investigation Unit"]))
            out.append(pt_block(g, c, 1))
            out.append("Date %s  Operator %s  LA: Instillagel  Antibiotic: %s" % (D(c), g.c([c.cons["short"], "Nurse Specialist " + c.nurse["full"]]), g.c(["Gentamicin 80mg IM", "none", "Ciprofloxacin 500mg po"])))
            out.append("Indication: " + sc["pc"])
            out.append("Findings: " + pr["find"])
            out.append("Outcome: " + pr["concl"])
            out.append("Patient informed. Added to waiting list. " + g.c(["CNS present.", "Leaflet given.", ""]))
        else:
            out.append(g.c(["Department of Clinical Neurophysiology", "NEUROPHYSIOLOGY REPORT", "Nerve Conduction Studies / EMG"]))
            out.append(ident_line(g, c))
            out.append("Referred by: %s   Date: %s   Temp: hand %d C" % (c.cons["short"], D(c), g.ri(31, 34)))
            out.append("Clinical question: ?" + sc["dxs"])
            out.append("Motor studies        DML(ms)  CMAP(mV)  CV(m/s)\nR median (APB)       6.8      3.1       52\nR ulnar (ADM)        2.9      9.4       58\nL median (APB)       4.4      7.8       54")
            out.append("Sensory studies      Lat(ms)  SNAP(uV)\nR median D2          absent   -\nR ulnar D5           2.6      18\nL median D2          3.7      12")
            out.append(hd(c, "Summary") + "\n" + pr["find"])
            out.append(hd(c, "Conclusion") + "\n" + pr["concl"])
            out.append("%s, Consultant Clinical Neurophysiologist" % person(g)["full"])
        return c, "\n\n".join(x for x in out if x)
    c = make_ctx(g)
    p = g.c(PROCS)
    L = g.ri(0, 3)
    out = []
    op = g.c([c.jr, c.reg])
    if L == 0:
        out.append("%s %s  %s" % (D(c), ft(g), g.c(["Procedure note", "PROCEDURE", "", "Practical procedure"])))
        out.append(ident_line(g, c))
        out.append("%s" % p["name"])
        out.append("Indication: " + p["ind"])
        out.append("Consent: %s. Risks discussed incl. %s." % (g.c(["Verbal consent", "Written consent (form 1)", "AWI s47 in place - procedure in best interests"]), g.c(["bleeding, infection, pain, failure", "pneumothorax, bleeding, infection", "headache, infection, bleeding, nerve damage"])))
        out.append("Checked: platelets %d, INR %.1f, not on anticoagulants." % (c.labs["Plt"], c.labs["INR"]))
        out.append("Position %s. Site: %s. Full aseptic technique. LA: %s. Equipment: %s." % (p["pos"], p["site"], g.c(["5ml 1% lidocaine", "10ml 1% lignocaine", "2% lidocaine 5ml"]), p["kit"]))
        out.append(p["find"])
        out.append("Samples: " + p["samples"])
        out.append("Complications: " + g.c(["none", "nil immediate", "None"]))
        out.append("Plan: " + p["post"])
        out.append("%s %s" % (op["sig"], g.c(["FY2", "CT1", "StR", "ST3", "CT2"])))
    elif L == 1:
        out.append(c.hosp["board"] + " - " + g.c(["Procedure Documentation", "Invasive Procedure Record", "Safer Procedures Checklist"]))
        out.append(pt_block(g, c, 2))
        out.append("Procedure: %s\nDate: %s  Time: %s\nOperator: %s   Supervisor: %s" % (p["name"], D(c), ft(g), op["short"], g.c(["N/A", c.cons["short"], "present"])))
        out.append("[X] Patient identity confirmed   [X] Consent   [X] Allergies checked   [X] Coagulation checked   [%s] Ultrasound used" % g.c(["X", " "]))
        out.append("Site: " + p["site"] + "\nPosition: " + p["pos"] + "\nDevice: " + p["kit"])
        out.append("Sterile field: gown/gloves/drape/chlorhexidine 2%")
        out.append("Outcome: " + p["find"])
        out.append("Specimens: " + p["samples"])
        out.append("Immediate complications: none   Post-procedure instructions: " + p["post"])
        out.append("Signature: ______  Print: %s  Grade: %s" % (op["short"], g.c(["FY2", "CT2", "StR"])))
    elif L == 2:
        out.append("%s @ %s" % (fd(c.date, 4), ft(g)))
        out.append(p["name"].upper() + " - " + p["ind"])
        out.append("Consent obtained. Aseptic technique. %s. %s" % (p["site"], p["kit"]))
        out.append(p["find"] + " " + p["samples"] + ".")
        out.append("No complications. " + p["post"])
        out.append(op["sig"])
    else:
        out.append(letterhead(g, c, st=g.c([0, 4])))
        out.append(pt_block(g, c, 6))
        out.append("I saw %s today in the %s for %s. The indication was: %s" % (c.first, g.c(["day unit", "procedures clinic", "ambulatory care unit"]), p["name"].lower(), p["ind"]))
        out.append("After informed written consent, under aseptic conditions, %s. %s %s" % (p["site"].lower(), p["find"], "Samples sent: " + p["samples"] + "."))
        out.append(p["post"])
        out.append(signoff(g, c))
    return c, "\n\n".join(x for x in out if x)


# ----------------------------------------------------------------------------
# 7 lab_report
# ----------------------------------------------------------------------------
ORGS = [("Escherichia coli", {"Amoxicillin": "R", "Trimethoprim": "R", "Nitrofurantoin": "S", "Cefalexin": "S", "Gentamicin": "S", "Co-amoxiclav": "S"}),
        ("Klebsiella pneumoniae", {"Amoxicillin": "R", "Nitrofurantoin": "R", "Cefalexin": "S", "Gentamicin": "S", "Ciprofloxacin": "S"}),
        ("Staphylococcus aureus", {"Flucloxacillin": "S", "Clarithromycin": "S", "Doxycycline": "S", "Penicillin": "R", "Clindamycin": "S"}),
        ("Streptococcus pneumoniae", {"Penicillin": "S", "Clarithromycin": "S", "Doxycycline": "S"})]


def lab_rows(g, c, keys, st):
    rows = []
    for k in keys:
        lab, unit, lo, hi, dp = LAB[k]
        v = c.labs[k]
        f = lab_flag(k, v)
        rr = ("<%s" % hi) if lo == 0 else ("%s - %s" % (lo, hi))
        if st == 0:
            rows.append("%-24s %8s %-3s %-14s (%s)" % (lab, v, f, unit, rr))
        elif st == 1:
            rows.append("%s: %s %s  [%s]%s" % (lab, v, unit, rr, "  *" + f if f else ""))
        else:
            rows.append("%-10s %7s %s" % (k, v, f))
    return rows


def t_lab_report(g):
    c = make_ctx(g)
    sc = c.sc
    L = g.ri(0, 6)
    out = []
    lab = g.c(["Clinical Biochemistry", "Blood Sciences", "Department of Laboratory Medicine", "Haematology"])
    labno = "%s%02d%07d" % (g.c(["B", "H", "M", "C"]), c.date.year % 100, g.ri(0, 9999999))
    coll = "%s %s" % (D(c), ft(g))
    if L == 0:
        out.append(c.hosp["name"] + "\n" + lab)
        out.append(g.c(["LABORATORY REPORT", "Cumulative / Final Report", "", "FINAL REPORT"]))
        out.append(pt_block(g, c, 1))
        out.append("Requested by: %s   Location: %s\nLab No: %s   Collected: %s   Received: %s" % (g.c([c.gp["short"], c.cons["short"]]), g.c([c.practice, c.ward, "ED"]), labno, coll, D(c)))
        panels = g.some(["FBC", "U&E", "LFT", "CRP", "Bone", "Coag"], 2, 4)
        st = g.c([0, 1])
        for pn in panels:
            out.append(pn if g.p(0.5) else pn.upper() + ":")
            out.append("\n".join(lab_rows(g, c, PANELS[pn], st)))
            if pn == "U&E":
                out.append("%-24s %8s" % ("eGFR (mL/min/1.73m2)", egfr(c)))
        if g.p(0.5):
            out.append("Comment: " + g.c(["eGFR not valid in AKI.", "Sample slightly haemolysed - potassium may be falsely elevated.", "Results phoned to ward.", "Please note new reference ranges from 01/04."]))
        out.append("Authorised by: %s, %s" % (person(g)["short"], g.c(["Clinical Scientist", "Consultant Chemical Pathologist", "BMS"])))
    elif L == 1:
        dates = sorted([c.date - datetime.timedelta(days=x) for x in g.some(range(0, 400), 4)])
        out.append(g.c(["CUMULATIVE REPORT", "Results history", "SCI Store - Cumulative View"]))
        out.append(ident_line(g, c))
        out.append("%-12s" % "Test" + "".join("%-11s" % fd(d, 4) for d in dates))
        for k in ["Hb", "WCC", "Plt", "Na", "K", "Urea", "Creat", "CRP"] + list(sc.get("labs", {}).keys())[:2]:
            vals = []
            for i in range(4):
                base = c.labs[k]
                v = base if i == 3 else round(base * g.uf(0.8, 1.1, 2), LAB[k][4])
                if LAB[k][4] == 0:
                    v = int(v)
                vals.append("%-11s" % (str(v) + lab_flag(k, v)))
            out.append("%-12s" % k + "".join(vals))
    elif L == 2:
        org, sens = g.c(ORGS)
        spec = g.c(["Mid-stream urine", "Blood culture", "Sputum", "Wound swab", "Catheter specimen urine"])
        out.append(c.hosp["name"] + g.c(["\nDepartment of Medical Microbiology", " - Microbiology", "\nMICROBIOLOGY REPORT"]))
        out.append(pt_block(g, c, g.c([1, 4, 5])))
        out.append("Specimen: %s   Lab No: %s\nCollected: %s   Clinical details: %s" % (spec, labno, coll, g.c([sc["pcs"], "pyrexia", "?infection", "on antibiotics"])))
        if "urine" in spec.lower():
            out.append("Microscopy: WBC >100 /uL   RBC %d /uL   Epithelial cells: few" % g.ri(10, 80))
        out.append("Culture: " + g.c([">10^5 cfu/mL ", "Growth of ", "Isolated: "]) + org)
        out.append("Sensitivities:\n" + "\n".join("  %-16s %s" % (a, r) for a, r in sens.items()))
        out.append("Comment: " + g.c(["Please refer to local antimicrobial guidelines.", "Gram negative bacilli seen in positive bottle - phoned to ward FY1.", "Mixed growth also present.", ""]))
        out.append("Report status: %s   Reported: %s" % (g.c(["FINAL", "Interim", "Final"]), D(c, c.date + datetime.timedelta(days=2))))
    elif L == 3:
        out.append("%s - %s" % (c.practice, g.c(["Pathology results", "Lab results inbox", "Investigation results"])))
        out.append("Patient: %s %s  (%s)   CHI %s" % (c.first, c.sur, D(c, c.dob), c.chi))
        out.append("Sample date: %s   Received: %s" % (D(c), D(c, c.date + datetime.timedelta(days=1))))
        for k in g.some(["Hb", "WCC", "Plt", "Na", "K", "Creat", "ALT", "HbA1c", "TSH", "Chol", "Ferritin"], 5, 8):
            out.append("  " + lab_rows(g, c, [k], 1)[0])
        out.append("  eGFR %s" % egfr(c))
        out.append("Filed by: %s   Action: %s" % (c.gp["short"], g.c(["Normal - no action", "Abnormal - make routine appointment", "Patient informed by phone", "Repeat in 3 months", "Discussed with patient"])))
    elif L == 4:
        out.append(c.hosp["name"] + " " + g.c(["Clinical Biochemistry", "Blood Sciences"]))
        out.append(ident_line(g, c))
        out.append("Lab no %s   Sample received %s" % (labno, D(c)))
        keys = g.c([["HbA1c", "Glucose", "Chol"], ["TSH", "FT4"], ["Ferritin", "Hb", "MCV"], ["TropI", "CK"], ["NTproBNP", "Creat"]])
        for k in keys:
            out.append(lab_rows(g, c, [k], 0)[0])
        cm = {"HbA1c": "HbA1c 48 mmol/mol or above is consistent with diabetes. Target for most patients 53 mmol/mol or less.",
              "TSH": "Thyroid function within reference range." if lab_flag("TSH", c.labs["TSH"]) == "" else "Abnormal TFTs - suggest repeat.",
              "Ferritin": "Low ferritin consistent with iron deficiency. Suggest investigation per BSG guidance if appropriate.",
              "TropI": "Sex-specific 99th centile: female 16 ng/L, male 34 ng/L. Interpret with clinical picture and serial testing.",
              "NTproBNP": "NT-proBNP >2000 ng/L: refer for urgent echo and specialist assessment within 2 weeks."}
        out.append("Comment: " + cm.get(keys[0], ""))
        out.append("Reported by %s" % person(g)["short"])
    elif L == 5:
        ph = g.uf(7.30, 7.46, 2)
        out.append(g.c(["RADIOMETER ABL90 FLEX", "Blood Gas Analyser - AMU", "ABL800 BLOOD GAS REPORT", "GEM Premier 4000"]))
        out.append("Patient ID %s   %s" % (c.chi, c.sur.upper()))
        out.append("Sample type: %s   FiO2: %s   Temp 37.0 C" % (g.c(["Arterial", "Venous", "Arterial"]), g.c(["21%", "28%", "0.35", "2L NC"])))
        out.append("%s %s" % (D(c), ft(g)))
        rows = [("pH", ph, "7.35-7.45"), ("pCO2", "%.1f kPa" % g.uf(4.0, 7.5), "4.7-6.0"), ("pO2", "%.1f kPa" % g.uf(6.8, 12.5), "11.0-14.4"),
                ("HCO3-", "%.1f mmol/L" % g.uf(19, 30), "22-29"), ("BE", "%+.1f" % g.uf(-5, 4), "-2 - +2"), ("Lactate", "%.1f mmol/L" % g.uf(0.7, 3.8), "0.5-2.0"),
                ("Na+", "%d" % c.labs["Na"], "135-145"), ("K+", "%.1f" % c.labs["K"], "3.5-5.0"), ("Glu", "%.1f" % c.labs["Glucose"], ""), ("Hb", "%d g/L" % c.labs["Hb"], "")]
        for a, b, r in rows:
            out.append("%-8s %-14s %s" % (a, b, r))
        out.append("Operator: %s" % c.jr["sig"].upper().replace(" ", ""))
    else:
        out.append(c.hosp["name"] + "\nDepartment of Haematology")
        out.append(pt_block(g, c, 5))
        out.append("Lab No %s   Sample %s   Requested by %s" % (labno, coll, g.c([c.gp["short"], c.cons["short"]])))
        out.append("\n".join(lab_rows(g, c, PANELS["FBC"] + ["INR", "APTT"], g.c([0, 2]))))
        film = g.c(["Film: normal red cell morphology.", "Blood film: no abnormal cells seen.", "Film not required.", ""])
        if c.labs["Neut"] > 7.5:
            film = "Blood film: neutrophilia with left shift and toxic granulation, consistent with infection."
        if c.labs["MCV"] < 78:
            film = "Blood film: hypochromic microcytic red cells with pencil cells, consistent with iron deficiency. Suggest haematinics."
        out.append(film)
        out.append("Reported by %s, %s" % (person(g)["short"], g.c(["Consultant Haematologist", "Biomedical Scientist", "Specialty Registrar"])))
    return c, "\n\n".join(x for x in out if x) if L not in (1, 5) else "\n".join(x for x in out if x)


# ----------------------------------------------------------------------------
# 8 imaging_report
# ----------------------------------------------------------------------------
IMG_EXTRA = [
    dict(mod="DEXA", region="Lumbar spine and left hip", proj="", clin="Fragility fracture wrist. Assess bone density.",
         find="L1-L4 BMD 0.781 g/cm2, T-score -2.8, Z-score -1.6. Left femoral neck BMD 0.598 g/cm2, T-score -2.6. Total hip T-score -2.1.",
         concl="Osteoporosis (WHO criteria) at lumbar spine and femoral neck. Consider treatment in line with SIGN 142."),
    dict(mod="CT", region="KUB", proj="low dose non-contrast", clin="Right loin to groin pain, haematuria.",
         find="A 4mm calculus is present at the right vesicoureteric junction with mild right hydroureteronephrosis and perinephric stranding. No other calculi. Left kidney normal. Appendix normal.",
         concl="4mm obstructing right VUJ calculus with mild hydronephrosis."),
    dict(mod="MRI", region="Lumbar spine", proj="", clin="Left sciatica 10 weeks, L5 distribution, not improving.",
         find="Normal lumbar lordosis. Conus at L1. L4/5: left paracentral disc extrusion compressing the traversing left L5 nerve root in the lateral recess. L5/S1: mild disc bulge, no neural compromise. Upper levels normal.",
         concl="Left paracentral L4/5 disc extrusion compressing the left L5 nerve root, concordant with symptoms."),
    dict(mod="XR", region="Left wrist", proj="PA and lateral", clin="FOOSH. Pain and deformity L wrist.",
         find="There is a transverse fracture of the distal radial metaphysis with dorsal angulation of 20 degrees and dorsal displacement. Ulnar styloid fracture. No intra-articular extension seen.",
         concl="Dorsally angulated distal radius fracture (Colles type)."),
    dict(mod="CT", region="Pulmonary angiogram", proj="CTPA", clin="Pleuritic chest pain, tachycardia, D-dimer raised.",
         find="Good opacification of pulmonary arteries. Filling defects within the right lower lobe segmental and subsegmental arteries. No right heart strain (RV:LV 0.8). Lungs: small wedge-shaped opacity RLL posterior base, likely infarct. No effusion.",
         concl="Right lower lobe pulmonary emboli with small infarct. No CT evidence of right heart strain."),
    dict(mod="US", region="Pelvis (transabdominal and transvaginal)", proj="", clin="Menorrhagia, bulky uterus on exam.",
         find="Uterus anteverted, bulky (12 x 7 x 8cm), with a 4cm intramural fibroid on the posterior wall and a 2cm subserosal fibroid at the fundus. Endometrium 9mm. Ovaries normal. No free fluid.",
         concl="Fibroid uterus. Normal ovaries."),
    dict(mod="US", region="Thyroid", proj="", clin="Palpable neck lump.",
         find="Right lobe contains a 22mm well-defined, predominantly cystic nodule with a spongiform component, no microcalcification (U2). Left lobe normal. No cervical lymphadenopathy.",
         concl="Benign-appearing right thyroid nodule (U2). No FNA required."),
]
MODNAME = {"XR": ["XR", "X-ray", "Plain film", "DR"], "CT": ["CT", "CT scan"], "US": ["US", "Ultrasound", "USS"], "MRI": ["MRI", "MR"],
           "ECHO": ["ECHO", "Echocardiogram", "TTE"], "DEXA": ["DXA", "DEXA bone densitometry"], "MAMMO": ["Mammography", "Breast imaging"]}


def t_imaging_report(g):
    if g.p(0.55):
        c = make_ctx(g, need="img")
        im = c.sc["img"]
    else:
        c = make_ctx(g)
        im = g.c(IMG_EXTRA)
    L = g.ri(0, 6)
    if im["mod"] == "ECHO" and g.p(0.6):
        L = 2
    out = []
    exam = "%s %s%s" % (g.c(MODNAME[im["mod"]]), im["region"], (" (" + im["proj"] + ")") if im["proj"] else "")
    rad = person(g)
    acc = "%s%08d" % (c.hosp["abbr"][:2], g.ri(0, 99999999))
    if L == 0:
        out.append(c.hosp["name"] + g.c(["\nDepartment of Radiology", " - Diagnostic Imaging", "\nRadiology Department", ""]))
        out.append(pt_block(g, c, g.c([1, 4, 5])))
        out.append("Examination: %s\nDate of exam: %s   Accession: %s\nReferrer: %s" % (exam, D(c), acc, g.c([c.gp["short"], c.cons["short"], "ED"])))
        out.append(hd(c, g.c(["Clinical history", "Clinical details", "Clinical information"])) + "\n" + im["clin"])
        out.append(hd(c, g.c(["Report", "Findings"])) + "\n" + im["find"])
        out.append(hd(c, g.c(["Conclusion", "Impression", "Opinion"])) + "\n" + im["concl"])
        out.append("Reported by: %s, Consultant Radiologist   %s" % (rad["full"], D(c, c.date + datetime.timedelta(days=g.ri(0, 3)))))
    elif L == 1:
        out.append("%s  %s  %s" % (exam.upper(), D(c), c.chi))
        out.append(im["find"] + " " + im["concl"])
        out.append(g.c(["Verified: ", "Dictated by: ", "Rep: "]) + rad["short"])
    elif L == 2 and im["mod"] == "ECHO":
        out.append(g.c(["ECHOCARDIOGRAPHY REPORT", "Cardiac Physiology - Transthoracic Echo", c.hosp["name"] + " Cardiology Department"]))
        out.append(ident_line(g, c))
        out.append("Indication: %s   Height %dcm  Weight %dkg   Rhythm: %s   Image quality: %s" % (im["clin"], g.ri(150, 188), g.ri(55, 110), g.c(["SR", "AF", "SR"]), g.c(["good", "fair", "suboptimal"])))
        ef = 28 if "28%" in im["find"] else 55
        rows = [("LVIDd", "%.1f cm" % (6.3 if ef < 40 else g.uf(4.2, 5.4))), ("IVSd", "%.1f cm" % g.uf(0.8, 1.2)), ("LVPWd", "%.1f cm" % g.uf(0.8, 1.1)),
                ("LA diam", "%.1f cm" % g.uf(3.6, 4.8)), ("EF (biplane)", "%d %%" % ef), ("TAPSE", "%.1f cm" % g.uf(1.6, 2.4)),
                ("E/A", "%.1f" % g.uf(0.7, 1.6)), ("AV Vmax", "%.1f m/s" % g.uf(1.1, 1.8))]
        out.append("\n".join("%-14s %s" % r for r in rows))
        out.append("Findings: " + im["find"])
        out.append("Summary: " + im["concl"])
        out.append("Sonographer: %s   Reviewed: %s" % (person(g)["full"], c.cons["short"]))
    elif L == 3:
        out.append(letterhead(g, c, dept="Department of Radiology", st=g.c([0, 1])))
        out.append(gp_addr(g, c))
        out.append("Dear Dr %s" % c.gp["s"])
        out.append(pt_block(g, c, 0))
        out.append("Your patient attended for %s on %s. Clinical details: %s" % (exam.lower(), D(c), im["clin"]))
        out.append(im["find"])
        out.append("CONCLUSION: " + im["concl"])
        out.append(signoff(g, c, who=rad, role="Consultant Radiologist", st=g.c([0, 2, 4])))
    elif L == 4:
        out.append(g.c(["RIS REPORT", "Imaging Report", "Radiology Report"]))
        out.append("Name: %s, %s   CHI: %s   DOB: %s" % (c.sur.upper(), c.first, c.chi, D(c, c.dob)))
        out.append("Exam: %s   Exam date: %s   Status: %s" % (exam, D(c), g.c(["Final", "Verified", "Authorised"])))
        out.append("Comparison: " + g.c(["None available.", "Previous %s dated %s." % (im["mod"], fd(c.date - datetime.timedelta(days=g.ri(100, 900)), 0)), "No prior imaging on PACS."]))
        out.append("Clinical: " + im["clin"])
        out.append("Findings:\n" + "\n".join(s.strip() + "." for s in im["find"].split(". ") if s.strip()).replace("..", "."))
        out.append("Impression:\n1. " + im["concl"])
        out.append("%s, %s" % (rad["short"], g.c(["Consultant Radiologist", "StR Radiology / verified by Consultant", "Reporting Radiographer"])))
    elif L == 5:
        out.append(exam + " - " + D(c))
        out.append(ident_line(g, c))
        out.append("Indication: " + im["clin"])
        out.append("Report: " + im["find"])
        out.append("Opinion: " + im["concl"])
        out.append("ADDENDUM %s: %s" % (D(c, c.date + datetime.timedelta(days=1)), g.c(["Discussed with referring clinician by telephone.", "Findings communicated to " + c.cons["short"] + ".", "Further review: no change to the above conclusion.", "Urgent result flagged via RIS alert."])))
        out.append(rad["short"])
    else:
        out.append("%s    %s" % (c.hosp["board"], c.hosp["name"]))
        out.append("PATIENT  %s %s   %s   %s\nREFERRER %s\nEXAM     %s\nDATE     %s\nACC NO   %s" % (c.first.upper(), c.sur.upper(), c.chi, c.hosno, g.c([c.gp["short"], c.cons["short"]]), exam, D(c), acc))
        out.append(im["clin"])
        out.append(im["find"])
        out.append("Summary: " + im["concl"])
        out.append("Electronically signed %s %s" % (rad["short"], fd(c.date, 0)))
    return c, "\n\n".join(x for x in out if x)


# ----------------------------------------------------------------------------
# 9 pathology_report
# ----------------------------------------------------------------------------
PATH_EXTRA = [
    dict(spec="Skin, left cheek (excision)", clin="Pearly lesion L cheek ?BCC. Excised GP minor surgery.",
         macro="Ellipse of skin 18 x 8 x 4mm bearing a pearly nodule 6mm. Inked and serially sliced, all embedded.",
         micro="Nodular basal cell carcinoma composed of basaloid islands with peripheral palisading and retraction artefact, extending to a depth of 2.1mm. No perineural invasion. Peripheral margins clear by 1.5mm, deep margin clear by 1.9mm.",
         concl="Skin, left cheek: nodular basal cell carcinoma, completely excised (closest margin 1.5mm).", snomed="T02120 M80903"),
    dict(spec="Prostate biopsies (transperineal, 12 cores)", clin="PSA 9.4, PIRADS 4 lesion left PZ.",
         macro="Twelve labelled pots each containing cores 8-16mm.",
         micro="Left posterior cores (pots 3, 4, 5): acinar adenocarcinoma, Gleason 3+4=7 (Grade Group 2), pattern 4 approx 20%, max core involvement 60%. No perineural invasion. Remaining cores benign.",
         concl="Prostate biopsies: acinar adenocarcinoma Gleason 3+4=7 (Grade Group 2) in 3/12 cores, left side.", snomed="T77100 M81403"),
    dict(spec="Endometrial pipelle biopsy", clin="Postmenopausal bleeding. ET 6mm.",
         macro="Multiple fragments of tan tissue in aggregate 12 x 8 x 2mm. All embedded.",
         micro="Fragments of inactive/atrophic endometrium with scanty stroma. No hyperplasia, atypia or malignancy.",
         concl="Endometrial biopsy: atrophic endometrium. No evidence of hyperplasia or malignancy.", snomed="T84000 M58000"),
    dict(spec="Lipoma, back (excision)", clin="Soft mobile lump on back 4cm ?lipoma.",
         macro="Lobulated yellow fatty tissue 42 x 35 x 18mm, encapsulated. Representative sections.",
         micro="Mature adipose tissue with thin fibrous capsule. No atypia, lipoblasts or malignancy.",
         concl="Back: lipoma.", snomed="T03000 M88500"),
    dict(spec="Colonic polyp (sigmoid, snare)", clin="Sigmoid polyp 12mm at colonoscopy.",
         macro="Polyp 12 x 10 x 8mm with stalk. Bisected and embedded.",
         micro="Tubular adenoma with low grade dysplasia. Stalk not involved. Completely excised.",
         concl="Sigmoid colon polyp: tubular adenoma, low grade dysplasia, completely excised.", snomed="T67700 M82110"),
]


def t_pathology_report(g):
    L = g.ri(0, 6)
    if L == 3:
        c = make_ctx(g)
        c.sex = "F"
        c.title = g.c(["Mrs", "Ms", "Miss"])
        c.age = g.ri(25, 64)
        c.dob = c.date - datetime.timedelta(days=int(c.age * 365.25) + 40)
        c.first = g.c(FIRST_F)
        c.chi = chi_for(g, c.dob, "F")
        out = [g.c(["SCOTTISH CERVICAL SCREENING PROGRAMME", "Cervical Cytology Report", "Cervical Screening - Laboratory Report"])]
        out.append(pt_block(g, c, g.c([1, 4])))
        out.append("Sample taker: %s (%s)   Date taken: %s   Lab no: CY%02d/%05d" % (c.nurse["full"], c.practice, D(c), c.date.year % 100, g.ri(0, 99999)))
        if c.date.year >= 2020:
            res = g.c([("hrHPV: Not detected", "Routine recall 5 years"), ("hrHPV: Detected. Cytology: Low grade dyskaryosis", "Refer colposcopy"),
                       ("hrHPV: Detected. Cytology: Negative", "Repeat HPV test in 12 months")])
        else:
            res = g.c([("Sample: Liquid based cytology. Result: Negative", "Routine recall 3 years"), ("Result: Borderline change in squamous cells. HR-HPV triage: negative", "Return to routine recall"),
                       ("Result: Mild dyskaryosis (low grade)", "Refer for colposcopy"), ("Inadequate sample", "Repeat in 3 months")])
        out.append(res[0])
        out.append("Recommendation: " + res[1])
        out.append("Reported by: %s, %s" % (person(g)["short"], g.c(["Consultant Cytopathologist", "Biomedical Scientist (Cytology)"])))
        return c, "\n\n".join(out)
    if L in (4, 5) or g.p(0.25):
        c = make_ctx(g)
        pa = g.c(PATH_EXTRA)
        if "Prostate" in pa["spec"]:
            c.sex = "M"
        if "Endometrial" in pa["spec"]:
            c.sex = "F"
        if L == 1:
            L = 0
    else:
        c = make_ctx(g, need="path")
        pa = c.sc["path"]
    path = person(g)
    labno = "%s%02d-%05d" % (g.c(["H", "S", "HS", "P"]), c.date.year % 100, g.ri(0, 99999))
    rec = c.date + datetime.timedelta(days=g.ri(0, 2))
    rep = rec + datetime.timedelta(days=g.ri(2, 12))
    out = []
    if L == 0:
        out.append(c.hosp["name"] + g.c(["\nDepartment of Pathology", "\nCellular Pathology", " - Histopathology"]))
        out.append(pt_block(g, c, g.c([1, 4])))
        out.append("Lab No: %s   Received: %s   Reported: %s\nSource: %s" % (labno, D(c, rec), D(c, rep), g.c([c.cons["short"], c.gp["short"] + ", " + c.practice])))
        out.append(hd(c, "Specimen") + "\n" + pa["spec"])
        out.append(hd(c, "Clinical details") + "\n" + pa["clin"])
        out.append(hd(c, g.c(["Macroscopy", "Macroscopic description", "Gross"])) + "\n" + pa["macro"])
        out.append(hd(c, g.c(["Microscopy", "Microscopic description", "Histology"])) + "\n" + pa["micro"])
        out.append(hd(c, g.c(["Conclusion", "Diagnosis", "Summary"])) + "\n" + pa["concl"])
        out.append("SNOMED: " + pa["snomed"])
        out.append("Reported by: %s, Consultant Pathologist" % path["full"])
    elif L == 1:
        out.append(g.c(["Cancer dataset report", "STRUCTURED PATHOLOGY REPORT (RCPath dataset)", "Minimum dataset"]))
        out.append(ident_line(g, c))
        out.append("Lab No %s  Specimen: %s" % (labno, pa["spec"]))
        out.append("Macroscopic: " + pa["macro"])
        feats = [s.strip() for s in pa["micro"].split(".") if s.strip()]
        out.append("\n".join("  - " + f for f in feats))
        out.append("SUMMARY: " + pa["concl"])
        out.append("Discussed at MDT: %s" % g.c(["Yes", "Scheduled", "To be discussed"]))
        out.append(path["short"] + "  " + D(c, rep))
    elif L == 2:
        out.append(c.hosp["board"] + " - Laboratory Medicine - Histopathology")
        out.append("%s, %s   CHI %s   %s" % (c.sur.upper(), c.first, c.chi, labno))
        out.append("SPECIMEN: " + pa["spec"].upper())
        out.append(pa["macro"] + " " + pa["micro"])
        out.append("DIAGNOSIS: " + pa["concl"])
        out.append("%s %s" % (path["short"], D(c, rep)))
    elif L == 4:
        out.append(c.hosp["name"] + "\nCellular Pathology")
        out.append(pt_block(g, c, 5))
        out.append("Lab no %s   Date received %s" % (labno, D(c, rec)))
        out.append("Specimen: %s\nClinical: %s" % (pa["spec"], pa["clin"]))
        out.append("Report: " + pa["micro"])
        out.append("Diagnosis: " + pa["concl"])
        out.append(g.c(["SUPPLEMENTARY REPORT (%s): Levels examined, no change to diagnosis." % D(c, rep + datetime.timedelta(days=5)),
                        "Second opinion: agreed by %s." % person(g)["short"], "Copy to GP."]))
        out.append(path["short"] + ", Consultant Histopathologist")
    elif L == 5:
        out.append(letterhead(g, c, dept="Department of Pathology", st=g.c([1, 3])))
        out.append("HISTOPATHOLOGY REPORT" if g.p(0.5) else "")
        out.append("Patient: %s %s  DOB %s  CHI %s  Hosp No %s\nRequesting clinician: %s   Location: %s" % (c.first, c.sur, D(c, c.dob), c.chi, c.hosno, c.gp["short"], c.practice))
        out.append("Nature of specimen: " + pa["spec"])
        out.append("Macroscopic description: " + pa["macro"])
        out.append("Microscopic description: " + pa["micro"])
        out.append("COMMENT / DIAGNOSIS:\n" + pa["concl"])
        out.append("Authorised %s %s" % (path["sig"], D(c, rep)))
    else:
        out.append("%s  %s" % (labno, D(c, rep)))
        out.append(ident_line(g, c))
        out.append("Specimen: " + pa["spec"])
        out.append("Clinical: " + pa["clin"])
        out.append("Macro: " + pa["macro"])
        out.append("Micro: " + pa["micro"])
        out.append("Conclusion: " + pa["concl"])
        out.append("Report telephoned to %s on %s." % (g.c([c.cons["short"], "ward", "secretary"]), D(c, rep)) if g.p(0.4) else "")
        out.append(path["short"])
    return c, "\n\n".join(x for x in out if x)


# ----------------------------------------------------------------------------
# 10 medication_list
# ----------------------------------------------------------------------------
EXTRA_MEDS = [med("Paracetamol", "500mg 2 tabs", "qds"), med("Omeprazole", "20mg"), med("Senna", "7.5mg 2 tabs", "nocte"),
              med("Amlodipine", "5mg"), med("Atorvastatin", "20mg", "nocte"), med("Levothyroxine", "50mcg"), med("Furosemide", "40mg"),
              med("Lansoprazole", "30mg"), med("Tamsulosin", "400mcg"), med("Citalopram", "20mg"), med("Cetirizine", "10mg", "prn")]


def t_medication_list(g):
    c = make_ctx(g)
    sc = c.sc
    meds = disch_meds(c) if g.p(0.5) else list(sc["meds"])
    if len(meds) < 3:
        meds += [m for m in g.some(EXTRA_MEDS, 2, 4) if m[0] not in [x[0] for x in meds]]
    L = g.ri(0, 6)
    out = []
    if L == 0:
        out.append(c.practice + "\n" + c.pr_addr + "   Tel " + g.c(["0131 496 0", "0141 496 0"]) + "%03d" % g.ri(0, 999))
        out.append(g.c(["REPEAT PRESCRIPTION REQUEST", "Your repeat medication", "Re-order form - tick the items you need"]))
        out.append("%s %s   CHI %s" % (c.first, c.sur, c.chi))
        out.append("%-4s %-40s %-10s %-8s %s" % ("", "Medication", "Qty", "Issues", "Last issued"))
        for m in meds:
            out.append("[ ]  %-40s %-10s %-8s %s" % ((m[0] + " " + m[1] + " " + g.c(FREQ[m[2]]))[:40], "%d" % g.c([28, 56, 84, 112, 1]), "%d/%d" % (g.ri(1, 6), 6), fd(c.date - datetime.timedelta(days=g.ri(1, 60)), 4)))
        out.append("Medication review due: %s" % D(c, c.date + datetime.timedelta(days=g.ri(30, 300))))
        out.append("Please allow 48 hours (2 working days) for repeat prescriptions. Ordering online is available via the practice website.")
    elif L == 1:
        out.append(c.hosp["name"] + g.c([" - Pharmacy Department", "\nClinical Pharmacy"]))
        out.append(g.c(["MEDICINES RECONCILIATION", "Medicines Reconciliation Form", "Pharmacy Admission Medicines Record"]))
        out.append(pt_block(g, c, 1))
        out.append("Ward: %s   Date of admission: %s   Allergies: %s" % (c.ward, D(c), c.allergy or "NKDA"))
        out.append("Sources used: [X] ECS  [%s] Patient/carer  [%s] GP list  [%s] Own supply  [%s] Care home MAR" % tuple(g.c(["X", " "]) for _ in range(4)))
        out.append("%-26s %-10s %-10s %-14s %s" % ("Drug", "Dose", "Freq", "Action", "Comment"))
        for m in meds:
            act = g.c(["Continue", "Continue", "Withhold", "Continue", "Amended"])
            out.append("%-26s %-10s %-10s %-14s %s" % (m[0], m[1], g.c(FREQ[m[2]]), act, g.c(["", "", "BP low", "patient not taking", "own supply", "AKI"]) if act != "Continue" else ""))
        out.append("Discrepancies identified: %d   Communicated to: %s" % (g.ri(0, 3), c.jr["short"]))
        out.append("Completed by: %s, %s  %s" % (person(g)["full"], g.c(["Clinical Pharmacist", "Pharmacy Technician"]), D(c)))
    elif L == 2:
        out.append(g.c(["Emergency Care Summary", "ECS - Emergency Care Summary (NHS Scotland)", "KIS / ECS VIEW"]))
        out.append("Patient: %s, %s   DOB %s   CHI %s" % (c.sur.upper(), c.first, D(c, c.dob), c.chi))
        out.append("GP practice: %s   Data extracted: %s" % (c.practice, D(c)))
        out.append("ALLERGIES AND ADVERSE REACTIONS\n  " + (c.allergy or "No known allergies"))
        out.append("REPEAT MEDICATION")
        for m in meds:
            out.append("  %s   last issued %s" % (fmed(g, m, 0), fd(c.date - datetime.timedelta(days=g.ri(3, 50)), 0)))
        out.append("ACUTE MEDICATION (last 3 months)\n  " + g.c(["None", "Amoxicillin 500mg capsules tds x 5 days", "Prednisolone 5mg tablets 30mg od x 5 days", "Nitrofurantoin 50mg qds x 3 days"]))
        out.append("Access to this record was audited.")
    elif L == 3:
        out.append(g.c(["MY MEDICINES", "Medication list for %s %s" % (c.first, c.sur), "List of current medicines (given to patient)"]))
        out.append("Date: " + D(c))
        for m in meds:
            why = {"Amlodipine": "blood pressure", "Ramipril": "blood pressure / heart", "Metformin": "diabetes", "Atorvastatin": "cholesterol",
                   "Omeprazole": "stomach", "Apixaban": "blood thinner", "Levothyroxine": "thyroid", "Bisoprolol": "heart rate", "Paracetamol": "pain"}.get(m[0], "")
            out.append("- %s %s - %s%s" % (m[0], m[1], g.c(FREQ[m[2]]), (" (for %s)" % why) if why and g.p(0.7) else ""))
        out.append("Chemist: %s Pharmacy, %s" % (g.c(["Kirk", "Burnside", "Castlegait", "Main Street", "Harbour"]), c.town))
        out.append("Bring this list to all appointments.")
    elif L == 4:
        out.append("%s\n%s" % (c.practice, g.c(["Medication summary", "Current Medication", "PATIENT MEDICATION PRINT"])))
        out.append(ident_line(g, c))
        out.append("%-12s %-34s %-22s %s" % ("Start", "Drug", "Dosage", "Type"))
        for m in meds:
            out.append("%-12s %-34s %-22s %s" % (fd(c.date - datetime.timedelta(days=g.ri(30, 3000)), 0), m[0] + " " + m[1], g.c(FREQ[m[2]]), g.c(["Repeat", "Repeat", "Repeat dispensing", "Acute"])))
        out.append("Printed by %s on %s" % (g.c(FIRST_F) + " " + g.c(SURN), D(c)))
    elif L == 5:
        out.append(g.c(["DRUGS ON ADMISSION", "Admission medication (transcribed to Kardex)", "Prescription and administration record - page 1"]))
        out.append("%s   %s   %s" % (c.sur.upper(), c.chi, c.ward))
        out.append("Weight: %dkg   Allergies: %s" % (g.ri(48, 110), c.allergy or "NKDA"))
        for i, m in enumerate(meds):
            out.append("%d  %-22s %-10s %-6s %-8s  Dr %s  %s" % (i + 1, m[0].upper(), m[1], m[3].upper()[:4], g.c(FREQ[m[2]]), c.jr["s"], fd(c.date, 4)))
        out.append("Checked by pharmacist: %s" % g.c(["Y", "Y", "pending"]))
    else:
        out.append(g.c(["Compliance aid record", "MEDICINES ADMINISTRATION CHART (MAR) - Care at home", "Dosette box contents"]))
        out.append("Name: %s %s   Pharmacy: %s   Week commencing %s" % (c.first, c.sur, g.c(["Kirk Pharmacy", "Lochside Chemist", "Burnside Pharmacy"]), D(c)))
        out.append("%-30s %-9s %-7s %-9s %s" % ("Medicine", "Breakfast", "Lunch", "Teatime", "Bedtime"))
        slot = {"od": "1,0,0,0", "bd": "1,0,1,0", "tds": "1,1,1,0", "qds": "1,1,1,1", "nocte": "0,0,0,1", "prn": "-,-,-,-", "wk": "Mon only", "stat": "1,0,0,0"}
        for m in meds:
            s = slot.get(m[2], "1,0,0,0").split(",")
            if len(s) == 1:
                out.append("%-30s %s" % (m[0] + " " + m[1], s[0]))
            else:
                out.append("%-30s %-9s %-7s %-9s %s" % (m[0] + " " + m[1], s[0], s[1], s[2], s[3]))
        out.append("Carers to prompt. Codes: A=administered R=refused H=in hospital")
    return c, "\n\n".join(x for x in out if x) if L not in (0, 4, 5, 6) else "\n".join(x for x in out if x)


# ----------------------------------------------------------------------------
# 11 prescription
# ----------------------------------------------------------------------------
QTY = {"od": 28, "bd": 56, "tds": 84, "qds": 112, "nocte": 28, "prn": 30, "wk": 4, "stat": 1}
WORDS = {5: "five", 10: "ten", 14: "fourteen", 20: "twenty", 28: "twenty-eight", 30: "thirty", 56: "fifty-six", 60: "sixty"}


def t_prescription(g):
    c = make_ctx(g)
    sc = c.sc
    L = g.ri(0, 6)
    pool = disch_meds(c) or list(sc["meds"]) or g.some(EXTRA_MEDS, 2)
    items = g.some(pool, 1, min(3, len(pool)))
    out = []
    if L == 0:
        out.append(g.c(["GP10", "NHS SCOTLAND  GP10", "GP10 (Rev %d/%02d)" % (g.ri(1, 12), g.ri(5, 20))]))
        out.append("Pharmacy stamp:                     Age: %d    D.o.B: %s" % (c.age, fd(c.dob, 0)))
        out.append("Title, forename, surname & address\n%s %s %s\n%s\nCHI: %s" % (c.title, c.first, c.sur.upper(), "\n".join(c.addr), c.chi))
        out.append("Number of days' treatment: %d" % g.c([28, 28, 7, 5, 56]))
        for m in items:
            out.append("%s %s\n   Sig: %s %s\n   Supply: %d %s" % (m[0], m[1], "take" if m[3] == "oral" else "use", g.c(FREQ[m[2]]), QTY.get(m[2], 28), g.c(["tablets", "(28)", "capsules", "x"])))
        out.append("*** No more items on this prescription ***")
        out.append("Signature of prescriber ______________   Date %s" % fd(c.date, 0))
        out.append("%s\n%s\n%s   Practice code %d" % (c.gp["short"], c.practice, c.pr_addr, g.ri(10000, 99999)))
    elif L == 1:
        out.append(c.hosp["board"] + "\n" + g.c(["HOSPITAL PRESCRIPTION (HBP)", "HBP - Hospital Based Prescription", "Outpatient Prescription"]))
        out.append("Clinic: %s   Hospital: %s" % (sc["clinic"], c.hosp["name"]))
        out.append(pt_block(g, c, 1))
        out.append("Allergies: " + (c.allergy or "None known"))
        for m in items:
            out.append("Rx  %s  %s  %s  %s   Quantity/duration: %s" % (m[0].upper(), m[1], m[3], g.c(FREQ[m[2]]), g.c(["28 days", "1 month", "14 days", "2 weeks"])))
        out.append("Prescriber: %s   Signature ______   Bleep %d   Date %s" % (g.c([c.cons["short"], c.reg["short"]]), g.ri(1000, 6999), D(c)))
        out.append("Dispensed: ____  Checked: ____  (Pharmacy use)")
    elif L == 2:
        out.append("%s\n%s\n%s" % (g.c(["The Caledonia Clinic", "Lochview Private Hospital", "Ardmore Consulting Rooms"]), "%d %s, %s" % (g.ri(1, 60), g.c(STREETS), g.c(TOWNS)[0]), "Tel 0131 496 0%03d" % g.ri(0, 999)))
        out.append("PRIVATE PRESCRIPTION")
        out.append("Date: %s\nPatient: %s %s %s\nAddress: %s\nDOB: %s" % (D(c), c.title, c.first, c.sur, ", ".join(c.addr), D(c, c.dob)))
        for m in items:
            out.append("Rx  %s %s %s  %s" % (m[0], m[1], g.c(FREQ[m[2]]), "Supply %d" % QTY.get(m[2], 28)))
        out.append("%s  GMC %d\n%s" % (c.cons["full"], g.ri(2000000, 7999999), "Consultant " + sc["spec"]))
    elif L == 3:
        dose = g.c([("Oxycodone hydrochloride 5mg capsules", "5mg every 4-6 hours when required for pain", 56), ("Morphine sulfate 10mg/5ml oral solution", "2.5ml (5mg) up to 4-hourly when required", 100),
                    ("Zomorph 10mg modified release capsules", "10mg twice daily", 56), ("Buprenorphine 10microgram/hour transdermal patch", "Apply one patch every 7 days", 4)])
        out.append(g.c(["GP10", "HBP", "Controlled Drug Prescription"]))
        out.append("Patient: %s %s, %s   CHI %s" % (c.first, c.sur, ", ".join(c.addr), c.chi))
        out.append("Drug: %s\nDose: %s\nTotal quantity: %d (%s) %s" % (dose[0], dose[1], dose[2], WORDS.get(dose[2], {100: "one hundred", 4: "four"}.get(dose[2], str(dose[2]))), "ml" if "solution" in dose[0] else ("patches" if "patch" in dose[0] else "capsules")))
        out.append("Schedule 2 CD - valid 28 days from date of signing. Patient / representative ID checked: ___")
        out.append("Prescriber: %s  %s\nSignature ________  Date %s" % (c.gp["short"], c.practice, fd(c.date, 0)))
    elif L == 4:
        out.append(c.practice.upper())
        out.append(g.c(["ACUTE PRESCRIPTION", "Prescription issued", "Acute Medication Service (AMS)"]))
        out.append("%s %s  %s  CHI %s" % (c.first, c.sur, fd(c.dob, 0), c.chi))
        m = g.c([med("Amoxicillin 500mg capsules", "1 capsule", "tds"), med("Nitrofurantoin 50mg capsules", "1 capsule", "qds"), med("Doxycycline 100mg capsules", "2 on day 1 then 1", "od"),
                 med("Naproxen 500mg tablets", "1 tablet", "bd"), med("Prednisolone 5mg tablets", "6 tablets (30mg)", "od"), med("Flucloxacillin 500mg capsules", "1 capsule", "qds")])
        out.append("Item: %s\nDirections: %s %s %s\nQuantity: %d   Duration: %s days" % (m[0], "Take", m[1], g.c(FREQ[m[2]]), g.c([5, 7, 14, 15, 20, 21, 28]), g.c(["5", "7", "3"])))
        out.append("Authorised by: %s   %s %s" % (c.gp["short"], D(c), ft(g)))
        out.append("Token barcode: %s" % "".join(str(g.ri(0, 9)) for _ in range(20)))
    elif L == 5:
        out.append(c.hosp["name"] + " - " + g.c(["DISCHARGE PRESCRIPTION (TTO)", "Take Home Medicines", "Immediate Discharge - Prescription"]))
        out.append(pt_block(g, c, 5))
        out.append("Ward: %s   Consultant: %s   Weight: %dkg" % (c.ward, c.cons["short"], g.ri(50, 110)))
        out.append("%-28s %-10s %-8s %-10s %-10s %s" % ("Medicine", "Dose", "Route", "Freq", "Supply", "Pharm"))
        for m in disch_meds(c) or items:
            out.append("%-28s %-10s %-8s %-10s %-10s %s" % (m[0], m[1], m[3], g.c(FREQ[m[2]]), g.c(["14 days", "POD", "28 days", "7 days", "Own supply"]), g.c(["", "chk", "JM"])))
        out.append("Prescriber: %s (%s)   Screened by pharmacist: %s" % (c.jr["short"], g.c(["FY1", "FY2"]), g.c(["yes", "yes - " + g.c(SURN)])))
    else:
        out.append(g.c(["GP14 - NHS Scotland Dental Prescription", "GP14", "Dental prescription"]))
        out.append("Patient: %s %s  Age %d  %s" % (c.first, c.sur, c.age, ", ".join(c.addr)))
        out.append(g.c(["Amoxicillin Capsules 500mg\nSend 15 (fifteen)\nOne capsule three times daily for 5 days",
                        "Metronidazole Tablets 400mg\nSend 9 (nine)\nOne tablet three times daily for 3 days",
                        "Duraphat Toothpaste 5000ppm\nSend 1 x 51g\nBrush teeth twice daily, spit do not rinse"]))
        out.append("Dentist: %s %s BDS   List no %d\n%s Dental Practice, %s" % (g.c(FIRST_F + FIRST_M), g.c(SURN), g.ri(10000, 99999), g.c(["Kirkgate", "Bridgend", "Harbour"]), c.town))
        out.append("Date %s   Signature ______" % fd(c.date, 0))
    return c, "\n\n".join(x for x in out if x)


# ----------------------------------------------------------------------------
# 12 anesthesia_record
# ----------------------------------------------------------------------------
def t_anesthesia_record(g):
    c = make_ctx(g, need="op")
    sc = c.sc
    op = sc["op"]
    an = person(g)
    asa = g.c([1, 2, 2, 3, 3]) if c.age < 70 else g.c([2, 3, 3, 4])
    wt = g.ri(48, 112)
    L = g.ri(0, 6)
    regional = "Spinal" in op["anaes"] or "LA" in op["anaes"]
    out = []
    if L == 0:
        out.append(g.c(["ANAESTHETIC RECORD", "Anaesthetic Chart", c.hosp["board"] + " Anaesthetic Record"]))
        out.append(pt_block(g, c, g.c([2, 5])))
        out.append("Date %s  Theatre %d  Anaesthetist %s  ODP %s" % (D(c), g.ri(1, 8), an["short"], g.c(FIRST_F + FIRST_M) + " " + g.c(SURN)))
        out.append("Operation: %s   ASA %d   Wt %dkg   Fasted: food %s / clear fluids %s" % (op["name"], asa, wt, ft(g, g.ri(0, 6)), ft(g, g.ri(6, 10))))
        out.append("Allergies: %s   Airway: Mallampati %d, mouth opening >3fb, neck ROM full" % (c.allergy or "NKDA", g.ri(1, 3)))
        if "GA" in op["anaes"]:
            out.append("Induction: Propofol %dmg, Fentanyl %dmcg, %s\nAirway: %s   Grade %d view   Ventilation: %s\nMaintenance: %s" %
                       (g.ri(100, 220), g.c([50, 100, 150]), g.c(["Rocuronium 50mg", "Atracurium 40mg", "no NMB"]), g.c(["ETT 7.5 cuffed, 22cm at lips", "i-gel size 4", "ETT 8.0, 23cm", "LMA 4"]), g.ri(1, 2), g.c(["IPPV", "SV", "PCV-VG"]), g.c(["Sevoflurane in O2/air", "TIVA propofol/remifentanil", "Desflurane"])))
        else:
            out.append("Regional: %s\nSedation: %s" % (op["anaes"], g.c(["Propofol TCI 0.5-1.0", "Midazolam 1mg", "None"])))
        out.append("Drugs: Ondansetron 4mg, Dexamethasone %dmg, Paracetamol 1g IV, %s, %s" % (g.c([4, 6.6, 8]), g.c(["Morphine 5mg", "Oxycodone 3mg", "Parecoxib 40mg"]), g.c(["Cefuroxime 1.5g", "Co-amoxiclav 1.2g", "Teicoplanin 400mg", "Gentamicin 160mg"])))
        out.append("Fluids: Hartmann's %dml   EBL: %s   UO: %s" % (g.c([500, 1000, 1500]), op["ebl"], g.c(["not measured", "150ml", "catheter"])))
        out.append("Time   HR   BP       SpO2  EtCO2")
        t0 = g.ri(8, 15) * 60 + g.c([0, 15, 30])
        hr, sbp = c.obs["hr"], c.obs["sbp"]
        for i in range(g.ri(5, 10)):
            tt = t0 + i * g.c([5, 10])
            hr = max(48, hr + g.ri(-8, 5))
            sbp = max(85, sbp + g.ri(-15, 8))
            out.append("%02d:%02d  %-4d %d/%-5d %-5d %s" % (tt // 60 % 24, tt % 60, hr, sbp, int(sbp * 0.58), g.ri(96, 100), g.c(["4.6", "4.8", "5.0", "-"])))
        out.append("Warming: Bair Hugger   Eyes taped   Pressure areas checked   VTE: %s" % g.c(["IPC", "TEDs + Flowtrons", "IPC calves"]))
        out.append("Post-op: %s. Handed to recovery nurse %s." % (g.c(["PCA morphine", "Oral analgesia as charted", "Regular paracetamol + oxycodone PRN"]), c.nurse["full"]))
    elif L == 1:
        out.append(g.c(["PRE-OPERATIVE ANAESTHETIC ASSESSMENT", "Anaesthetic pre-op visit", "Pre-anaesthetic Evaluation"]))
        out.append(ident_line(g, c))
        out.append("Planned procedure: %s   Date: %s" % (op["name"], D(c)))
        out.append("PMH: " + ", ".join(c.pmh) + "\nPrevious GA: " + g.c(["uneventful", "PONV ++", "never", "uneventful x2"]) + "\nFamily hx anaesthetic problems: " + g.c(["none", "nil known"]))
        out.append("Meds: " + ", ".join("%s %s" % (m[0], m[1]) for m in sc["meds"]) + "\nAllergies: " + (c.allergy or "NKDA"))
        out.append("Exercise tolerance: %s   Smoking: %s   Alcohol: %s" % (g.c(["2 flights of stairs", "<1 flight", "50 yards", "unlimited"]), c.smoke, c.alc))
        out.append("Airway: MP %d, TMD >6.5cm, dentition %s, neck %s" % (g.ri(1, 3), g.c(["own teeth", "upper denture", "crowns - warned", "edentulous"]), g.c(["full ROM", "reduced extension"])))
        out.append("CVS: HS normal. RS: clear. BP %d/%d HR %d. Wt %dkg BMI %d" % (c.obs["sbp"], c.obs["dbp"], c.obs["hr"], wt, g.ri(19, 38)))
        out.append("Ix: Hb %s, Creat %s, K %s, ECG %s" % (c.labs["Hb"], c.labs["Creat"], c.labs["K"], g.c(["SR", "AF rate controlled", "SR, LVH"])))
        out.append("ASA %d" % asa)
        out.append("Plan: %s. %s. Discussed risks incl. sore throat, PONV, dental damage, awareness (rare)%s. Patient agrees." % (op["anaes"], g.c(["Standard monitoring", "Arterial line", "Post-op HDU bed requested"]), ", post-dural puncture headache, failure" if regional else ""))
        out.append(an["short"] + " Consultant Anaesthetist")
    elif L == 2:
        out.append(g.c(["RECOVERY ROOM RECORD", "Post Anaesthesia Care Unit (PACU) Chart", "Recovery / PACU"]))
        out.append("%s %s  %s" % (c.first, c.sur.upper(), c.chi))
        out.append("Procedure: %s   Anaesthetic: %s   Anaesthetist: %s" % (op["name"], op["anaes"], an["short"]))
        out.append("Arrived recovery: %s  Airway on arrival: %s" % (ft(g), g.c(["own", "LMA in situ - removed", "Guedel"])))
        out.append("Time  RR  SpO2  HR   BP       Pain(0-10)  PONV  Sedation")
        for i in range(g.ri(4, 7)):
            out.append("+%-4d %-3d %-5d %-4d %d/%-5d %-11d %-5s %d" % (i * 15, g.ri(12, 18), g.ri(94, 100), g.ri(60, 95), g.ri(105, 150), g.ri(60, 85), max(0, 6 - i * 2 + g.ri(-1, 1)), g.c(["N", "N", "Y"]), g.ri(0, 1)))
        out.append("Analgesia given: %s" % g.c(["Morphine 2mg IV x2", "Oxycodone 5mg po", "Fentanyl 25mcg", "none required"]))
        out.append("Discharge criteria met: [X] Airway [X] Obs stable [X] Pain controlled [X] PONV controlled [X] Wound checked")
        out.append("Discharged to %s at %s by %s" % (g.c(["ward", c.ward, "DSU"]), ft(g), c.nurse["full"]))
    elif L == 3:
        sp = "Spinal" in op["anaes"]
        out.append(g.c(["Spinal Anaesthesia Record", "Neuraxial anaesthesia documentation"]) if sp else g.c(["REGIONAL BLOCK RECORD", "Peripheral nerve block record"]))
        out.append(pt_block(g, c, 1))
        out.append("Date %s   Operator %s   Supervisor %s" % (D(c), an["short"], g.c(["N/A", person(g)["short"]])))
        out.append("Procedure: %s" % op["name"])
        out.append("Checks: consent [X] coag [X] (plts %d, INR %.1f) anticoag held [X] site confirmed [X]" % (c.labs["Plt"], c.labs["INR"]))
        if "Spinal" in op["anaes"]:
            out.append("Position: sitting. Asepsis: chlorhexidine 0.5%%, gown, gloves, mask. LA to skin.\nLevel L%d/%d, midline, 25G pencil-point. Clear CSF, %d attempt(s).\n0.5%% heavy bupivacaine %.1fml + diamorphine %dmcg.\nBlock height T%d to cold." % (g.c([3, 2]), g.c([4, 3]), g.ri(1, 2), g.c([2.4, 2.6, 2.8]), g.c([250, 300]), g.c([8, 10, 6])))
        else:
            blk = {"nof": "fascia iliaca", "tkr": "adductor canal", "breast": "PECS II", "ctr": "supraclavicular brachial plexus", "haematuria": "obturator nerve"}.get(sc["key"], "TAP bilateral")
            out.append("Block: %s. US guided, in-plane. %s 20-30ml. Negative aspiration. No paraesthesia." % (blk, g.c(["Levobupivacaine 0.25%", "Ropivacaine 0.375%", "Bupivacaine 0.25%"])))
        out.append("Complications: none. BP maintained with %s." % g.c(["phenylephrine infusion", "metaraminol 0.5mg boluses x2", "no vasopressor"]))
        out.append(an["sig"])
    elif L == 4:
        out.append("%s  Anaesthetic note" % D(c))
        out.append("%d%s for %s. ASA %d. %s" % (c.age, c.sex, op["name"], asa, ", ".join(c.pmh[:2])))
        out.append("Uneventful %s. %s" % (op["anaes"], g.c(["Smooth emergence.", "Mild hypotension responded to metaraminol.", "Difficult IV access - 20G L hand.", "Grade 1 view, easy BMV."])))
        out.append("Post-op: %s; %s; IV fluids until drinking. Antiemetics charted." % (g.c(["regular paracetamol", "PCA morphine 1mg/5min lockout"]), g.c(["oxycodone 5mg PRN", "codeine 30mg PRN", "ibuprofen 400mg tds if renal function ok"])))
        out.append(an["sig"] + " (Anaes)")
    elif L == 5:
        out.append(c.hosp["board"] + "  -  PERIOPERATIVE RECORD  -  Form %s/AN/%d" % (c.hosp["abbr"], g.ri(1, 30)))
        out.append(ident_line(g, c))
        out.append("SIGN IN: identity [Y] site marked [%s] consent [Y] anaesthesia safety check [Y] allergy [%s] airway risk [N] blood loss >500ml risk [%s]" % (g.c(["Y", "N/A"]), "Y" if c.allergy else "N", g.c(["N", "Y"])))
        out.append("TIME OUT: team introduced, procedure confirmed (%s), antibiotics within 60 min [Y], VTE [Y], imaging displayed [%s]" % (op["name"], g.c(["Y", "N/A"])))
        out.append("Anaesthetic technique: %s   ASA %d   Anaesthetist %s" % (op["anaes"], asa, an["short"]))
        out.append("Induction %s  Incision %s  End %s" % (ft(g, 9), ft(g, 10), ft(g, 11)))
        out.append("SIGN OUT: counts correct [Y], specimen labelled [%s], equipment problems [N], recovery concerns: %s" % ("Y" if sc.get("path") else "N/A", g.c(["none", "monitor BM", "PONV risk"])))
    else:
        out.append(g.c(["Sedation Record", "CONSCIOUS SEDATION RECORD"]))
        out.append(ident_line(g, c))
        out.append("Procedure: %s   Sedationist: %s" % (op["name"], an["short"]))
        out.append("ASA %d   Fasting confirmed   Escort home: %s" % (asa, g.c(["husband", "wife", "daughter", "friend"])))
        out.append("Drugs: midazolam %dmg, fentanyl %dmcg%s" % (g.ri(1, 4), g.c([0, 25, 50]), g.c(["", ", propofol TCI"])))
        out.append("Monitoring: SpO2, NIBP, ECG, capnography. O2 2L NC.")
        out.append("Lowest SpO2 %d%%. Sedation score max %d. No reversal required." % (g.ri(92, 97), g.ri(2, 3)))
        out.append(an["sig"])
    return c, "\n".join(x for x in out if x) if L in (0, 2) else "\n\n".join(x for x in out if x)


# ----------------------------------------------------------------------------
# 13 correspondence
# ----------------------------------------------------------------------------
def t_correspondence(g):
    c = make_ctx(g)
    sc = c.sc
    L = g.ri(0, 6)
    out = []
    pro = "gentleman" if c.sex == "M" else "lady"
    if L in (0, 1):
        out.append(letterhead(g, c, dept=sc["clinic"]))
        out.append(refs(g, c))
        out.append(gp_addr(g, c))
        out.append("Dear Dr %s" % c.gp["s"] if g.p(0.7) else "Dear Colleague")
        out.append(pt_block(g, c, g.c([0, 3])))
        if g.p(0.7):
            out.append("Diagnosis:\n" + "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate([sc["dx"]] + c.pmh[:g.ri(0, 2)])))
        if g.p(0.5):
            out.append("Medication:\n" + meds_block(g, sc["meds"] + [m for m in sc.get("new", []) if m[3] != "IV"], 0))
        if L == 0:
            out.append("Thank you for referring this %d year old %s whom I saw in the %s today. %s" % (c.age, pro, sc["clinic"], hpc(c)))
            out.append("On examination, " + sc["exam"][0].lower() + sc["exam"][1:])
            out.append("My impression is that %s has %s. %s" % (he(c), sc["dx"][0].lower() + sc["dx"][1:], g.c(["I have explained this to %s." % ("him" if c.sex == "M" else "her"), "We discussed the diagnosis and management options.", ""])))
            out.append("Plan: " + plan_list(g, c, 2) + " " + sc["fu"] + ".")
        else:
            out.append("I reviewed %s at the %s today. %s" % (c.first, sc["clinic"], g.c(["%s is much improved." % he(c, True), "%s continues to have some symptoms but is coping well." % he(c, True), "Things have settled well since I last saw %s." % ("him" if c.sex == "M" else "her")])))
            out.append(g.c(["Examination today was unremarkable.", "BP today was %d/%d." % (c.obs["sbp"] - 10, c.obs["dbp"] - 5), "Weight stable."]) + " " + g.c(["Recent bloods were satisfactory.", "HbA1c has improved.", "Results of the investigations were reviewed with %s." % ("him" if c.sex == "M" else "her")]))
            out.append(sc["gp"] + " " + g.c(["I will see %s again in %d months." % ("him" if c.sex == "M" else "her", g.c([3, 4, 6, 12])), "I have not arranged further follow up but would be happy to see again.", "I have discharged %s from the clinic." % ("him" if c.sex == "M" else "her")]))
        out.append(signoff(g, c))
        out.append(ccs(g, c))
    elif L == 2:
        out.append(letterhead(g, c))
        out.append("%s\n%s" % (c.name, "\n".join(c.addr)))
        out.append(D(c))
        out.append("Dear %s %s" % (c.title, c.sur))
        out.append(g.c(["I am writing with the results of your recent tests.", "Following your recent attendance, I am pleased to let you know the results of your investigations.", "I promised to write to you once your results were available."]))
        out.append(g.c(["Your %s showed %s" % ({"XR": "X-ray", "CT": "CT scan", "US": "ultrasound scan", "MRI": "MRI scan", "ECHO": "heart scan (echocardiogram)", "MAMMO": "mammogram"}[sc["img"]["mod"]] if sc.get("img") else "blood tests", (sc["img"]["concl"][0].lower() + sc["img"]["concl"][1:]) if sc.get("img") else "no cause for concern."), "Your blood tests were satisfactory."]))
        out.append(g.c(["I have written to your GP with these results.", "There is no need for you to do anything further at this stage.", "We will send you an appointment in due course."]))
        out.append(signoff(g, c, st=g.c([0, 2, 5])))
        out.append("cc %s, %s" % (c.gp["short"], c.practice))
    elif L == 3:
        out.append(c.hosp["board"] + "\n" + g.c(["Outpatient Appointments", "Patient Booking Centre", "Central Booking Office"]) + "\n" + c.hosp["addr"])
        out.append("%s\n%s" % (c.name, "\n".join(c.addr)))
        out.append("Date: %s   Ref: %s   CHI: %s" % (D(c), c.hosno, c.chi))
        out.append("Dear %s %s" % (c.title, c.sur))
        when = c.date + datetime.timedelta(days=g.ri(10, 70))
        out.append("An appointment has been arranged for you to attend the %s:" % sc["clinic"])
        out.append("    Date: %s\n    Time: %s\n    Clinician: %s\n    Location: %s, %s" % (fd(when, 2), ft(g, g.ri(9, 16), g.c([0, 15, 30, 45])), c.cons["short"], g.c(["Outpatient Department", "Clinic B", "Level 2 Clinic", "Ambulatory Care"]), c.hosp["name"]))
        out.append("If you are unable to attend, please telephone %s as soon as possible so that the appointment can be offered to someone else. Patients who do not attend may be returned to their GP." % tel(c, g))
        out.append(g.c(["Please bring a list of your current medicines.", "Please bring your inhalers.", "You may be in the department for up to 2 hours.", "This may be a Near Me video appointment - see enclosed leaflet."]))
        out.append("Yours sincerely\n\nAppointments Officer")
    elif L == 4:
        out.append(letterhead(g, c, dept=sc["clinic"], st=g.c([0, 1, 4])))
        out.append(gp_addr(g, c))
        out.append(D(c))
        out.append("Dear Dr %s" % c.gp["s"])
        out.append(pt_block(g, c, 3))
        out.append(g.c(["This patient did not attend %s appointment at the %s on %s." % (his(c), sc["clinic"], D(c)), "I am sorry to report that %s %s failed to attend clinic today." % (c.first, c.sur)]))
        out.append(g.c(["In line with our departmental policy I have discharged %s back to your care. Should you wish us to see %s again, please re-refer." % (("him", "him") if c.sex == "M" else ("her", "her")), "We will offer one further appointment.", "Given the nature of the referral we will send a further appointment and would be grateful if you could encourage attendance."]))
        out.append(signoff(g, c, st=g.c([1, 4])))
    elif L == 5:
        out.append("%s\n%s" % (c.practice, c.pr_addr))
        out.append(D(c))
        out.append("%s\n%s\n%s" % (c.cons["short"], "Consultant " + sc["spec"], c.hosp["name"]))
        out.append("Dear %s %s" % (c.cons["t"], c.cons["s"]))
        out.append(pt_block(g, c, g.c([0, 3])))
        out.append("Thank you for seeing %s recently. %s" % ("him" if c.sex == "M" else "her", g.c(["I wondered if you could advise on %s." % g.c(["the duration of treatment", "whether the dose should be increased", "the ongoing plan for the medication started in clinic"]), "%s has asked me to write regarding the waiting time for %s procedure." % (he(c, True), his(c)), "I would be grateful for your advice regarding the recent blood results, which I enclose."])))
        out.append("Recent results: " + labs_inline(g, c, ["Hb", "Creat", "K"]))
        out.append("Many thanks for your help.\n\nYours sincerely\n\n\n%s\nGeneral Practitioner" % c.gp["full"])
    else:
        out.append(c.hosp["name"] + "  -  " + sc["spec"])
        out.append("CLINIC LETTER (electronic)   Clinic date: %s   Typed: %s" % (D(c), D(c, c.date + datetime.timedelta(days=g.ri(2, 20)))))
        out.append("To: %s, %s\nPatient: %s %s, DOB %s, CHI %s" % (c.gp["short"], c.practice, c.first, c.sur, D(c, c.dob), c.chi))
        out.append("Diagnoses: " + "; ".join([sc["dx"]] + c.pmh[:1]))
        out.append("Outcome: " + g.c(["Review", "Discharged", "Listed for procedure", "Further tests"]))
        out.append("Actions for GP: " + sc["gp"])
        out.append("Letter: " + hpc(c) + " " + sc["exam"] + " " + "Plan: " + plan_list(g, c, 2))
        out.append("%s / %s" % (c.cons["full"], sc["spec"]))
    return c, "\n\n".join(x for x in out if x)


# ----------------------------------------------------------------------------
# 14 consent_form
# ----------------------------------------------------------------------------
RISKS = {"Laparoscopic": "bleeding, infection, damage to bowel/bladder/blood vessels, conversion to open, DVT/PE, hernia at port site",
         "hemiarthroplasty": "bleeding, infection, dislocation, leg length discrepancy, DVT/PE, fracture, death",
         "knee": "infection, bleeding, stiffness, DVT/PE, nerve injury, ongoing pain, need for revision",
         "breast": "bleeding, haematoma, infection, seroma, further surgery if margins involved, lymphoedema, blue urine",
         "TURBT": "bleeding, infection, bladder perforation, recurrence, need for further resection",
         "carpal": "infection, scar tenderness, nerve injury, incomplete relief, CRPS",
         "default": "bleeding, infection, pain, failure of procedure, need for further procedures"}


def risks_for(name):
    for k, v in RISKS.items():
        if k.lower() in name.lower():
            return v
    return RISKS["default"]


def t_consent_form(g):
    L = g.ri(0, 6)
    if L in (0, 1, 2, 3):
        c = make_ctx(g, need="op" if g.p(0.7) else "proc")
        sc = c.sc
        pr = sc.get("op") or sc.get("proc")
        name = pr["name"]
    else:
        c = make_ctx(g)
        sc = c.sc
        name = g.c(["Blood transfusion", "Clinical photography", "Upper GI endoscopy", "Participation in research study"])
    rk = risks_for(name)
    out = []
    if L == 0:
        out.append(c.hosp["board"] + "\n" + g.c(["CONSENT FORM 1", "Consent Form 1 - Patient agreement to investigation or treatment", "Patient Agreement to Treatment"]))
        out.append(pt_block(g, c, g.c([2, 4])))
        out.append("Responsible health professional: %s   Job title: Consultant %s" % (c.cons["short"], sc["spec"]))
        out.append("Name of proposed procedure or course of treatment (include brief explanation if medical term not clear):\n  %s" % name)
        out.append("Statement of health professional\nI have explained the procedure to the patient. In particular I have explained:\nThe intended benefits: %s\nSerious or frequently occurring risks: %s" % (g.c(["diagnosis and treatment", "relief of symptoms", "removal of diseased tissue", "to treat " + sc["dxs"]]), rk))
        out.append("Any extra procedures which may become necessary: %s" % g.c(["blood transfusion", "open operation", "none anticipated", "further biopsies"]))
        out.append("[X] The following leaflet has been provided: %s" % g.c(["'Having an operation'", "Procedure-specific leaflet", "N/A"]))
        out.append("This procedure will involve: [%s] general and/or regional anaesthesia  [%s] local anaesthesia  [%s] sedation" % ("X" if "GA" in pr.get("anaes", "") or "Spinal" in pr.get("anaes", "") else " ", "X" if "LA" in pr.get("anaes", "") else " ", " " if pr.get("anaes") else "X"))
        out.append("Signed: __________  Date %s   Name (PRINT) %s" % (D(c), c.reg["short"].upper()))
        out.append("Statement of patient\nI agree to the procedure or course of treatment described on this form. I understand that you cannot give me a guarantee that a particular person will perform the procedure.")
        out.append("Patient's signature __________  Date %s   Name (PRINT) %s %s" % (D(c), c.first.upper(), c.sur.upper()))
        out.append("Confirmation of consent (to be completed by a health professional when the patient is admitted):\nOn behalf of the team treating the patient, I have confirmed with the patient that he/she has no further questions and wishes the procedure to go ahead.\nSigned ______  Date %s" % D(c, c.date + datetime.timedelta(days=g.ri(0, 40))))
    elif L == 1:
        out.append(g.c(["ENDOSCOPY CONSENT", "Consent for Endoscopic Procedure", "Patient consent - Urology investigations"]) if "scopy" in name else g.c(["Consent to Operation", "SURGICAL CONSENT FORM"]))
        out.append("Patient: %s %s   CHI %s" % (c.first, c.sur, c.chi))
        out.append("Procedure: %s\nSide: %s" % (name, g.c(["Left", "Right", "N/A"]) if "Left" not in name and "Right" not in name else name.split()[0]))
        out.append("Risks discussed:\n" + "\n".join("  [X] " + r.strip() for r in rk.split(",")))
        out.append("Alternatives discussed: %s" % g.c(["conservative management", "no treatment", "CT colonography", "observation"]))
        out.append("I confirm I have read the information leaflet and had the opportunity to ask questions.\nPatient signature ________  Date %s" % D(c))
        out.append("Clinician: %s   Signature ______" % g.c([c.cons["short"], c.reg["short"], "Nurse Endoscopist " + c.nurse["full"]]))
    elif L == 2:
        out.append(g.c(["ADULTS WITH INCAPACITY (SCOTLAND) ACT 2000", "Certificate of Incapacity - Section 47", "AWI Section 47 Certificate"]))
        out.append(g.c(["Certificate under section 47 of the Adults with Incapacity (Scotland) Act 2000", "Part 5: Medical Treatment"]))
        out.append("Name of adult: %s %s   DOB: %s   CHI: %s\nAddress: %s" % (c.first, c.sur, D(c, c.dob), c.chi, ", ".join(c.addr)))
        out.append("I, %s, being the medical practitioner primarily responsible for the medical treatment of the above adult, certify that:\nI have assessed the adult's capacity to make a decision about the medical treatment specified below and am of the opinion that the adult is incapable in relation to a decision about it." % c.cons["full"])
        out.append("The treatment is: %s\n(Treatment plan attached: %s)" % (name, g.c(["Yes", "No"])))
        out.append("The nature of the incapacity is: %s" % g.c(["dementia", "delirium", "learning disability", "acquired brain injury"]))
        out.append("Consultation with: %s (%s)" % (g.c(FIRST_F + FIRST_M) + " " + c.sur, g.c(["welfare attorney", "nearest relative", "welfare guardian"])))
        out.append("This certificate is valid until: %s" % D(c, c.date + datetime.timedelta(days=g.c([30, 90, 365]))))
        out.append("Signature ______   Date %s" % D(c))
    elif L == 3:
        out.append("%s  CONSENT FOR ANAESTHESIA" % c.hosp["name"] if g.p(0.5) else "Anaesthetic consent")
        out.append(ident_line(g, c))
        out.append("Planned: %s under %s" % (name, pr.get("anaes", "local anaesthetic +/- sedation")))
        out.append("Discussed: common - sore throat, nausea/vomiting, shivering, bruising; uncommon - dental damage, chest infection; rare - awareness, anaphylaxis, nerve damage, death.")
        out.append("Patient understands and agrees. Questions answered.")
        out.append("Anaesthetist %s   Patient signature ______  %s" % (person(g)["short"], D(c)))
    elif L == 4:
        out.append(c.hosp["board"] + "\n" + "Consent for Transfusion of Blood Components")
        out.append(pt_block(g, c, 1))
        out.append("Indication: %s (Hb %s g/L)" % (g.c(["symptomatic anaemia", "peri-operative blood loss", "iron deficiency - severe"]), c.labs["Hb"]))
        out.append("Risks discussed: transfusion reactions (fever, rash), TACO, TRALI, infection (very rare), wrong blood incident (very rare).\nAlternatives discussed: IV iron, oral iron, cell salvage.")
        out.append("Patient information leaflet 'Receiving a blood transfusion' given: [X]")
        out.append("Consent: [X] Verbal [ ] Written   Patient agrees: Yes\nClinician %s  %s" % (c.jr["short"], D(c)))
    elif L == 5:
        out.append(g.c(["Medical Illustration Department", "CLINICAL PHOTOGRAPHY CONSENT"]))
        out.append("Patient: %s %s  CHI %s" % (c.first, c.sur, c.chi))
        out.append("Photographs/video of: %s" % g.c(["left leg wound", "skin lesion right forearm", "pressure area sacrum", "hand pre-op"]))
        out.append("I consent to photographs being taken for:\n[X] My medical records\n[%s] Teaching within NHS\n[%s] Publication (anonymised)" % (g.c(["X", " "]), g.c(["X", " "])))
        out.append("I understand I may withdraw consent at any time.\nSigned ________  Date %s\nPhotographer %s" % (D(c), g.c(FIRST_F) + " " + g.c(SURN)))
    else:
        out.append(g.c(["PARTICIPANT CONSENT FORM", "Consent Form - Research Study"]))
        out.append("Study title: %s\nREC ref: %d/SS/%04d   IRAS ID %d" % (g.c(["A randomised trial of early mobilisation after surgery (MOBILE-S)", "Observational cohort of outcomes in " + sc["dxs"], "Biobank sample collection study"]), g.ri(15, 24), g.ri(1, 300), g.ri(200000, 350000)))
        out.append("Participant ID: %s-%03d" % (c.hosp["abbr"], g.ri(1, 400)))
        for i, s in enumerate(["I confirm that I have read the information sheet dated %s (version %d) and have had the opportunity to ask questions." % (fd(c.date - datetime.timedelta(days=200), 0), g.ri(1, 5)),
                               "I understand that my participation is voluntary and that I am free to withdraw at any time without giving any reason, without my medical care or legal rights being affected.",
                               "I agree to my GP being informed of my participation.", "I agree to take part in the above study."]):
            out.append("%d. %s   Initial: ____" % (i + 1, s))
        out.append("Name of participant %s %s   Date %s   Signature ____\nPerson taking consent %s  Date %s  Signature ____" % (c.first, c.sur, D(c), c.nurse["full"], D(c)))
    return c, "\n\n".join(x for x in out if x)


# ----------------------------------------------------------------------------
# 15 referral_letter
# ----------------------------------------------------------------------------
def t_referral_letter(g):
    c = make_ctx(g)
    sc = c.sc
    L = g.ri(0, 6)
    out = []
    pri = g.c(["Routine", "Urgent", "Urgent Suspicion of Cancer" if sc["key"] in ("crc", "breast", "haematuria") else "Soon"])
    if L == 0:
        out.append(g.c(["SCI Gateway Referral", "SCI GATEWAY - ELECTRONIC REFERRAL", "SCI Gateway"]))
        out.append("Referral ID: %s%09d   Sent: %s %s" % (g.c(["SCI", "GW", ""]), g.ri(0, 999999999), D(c), ft(g)))
        out.append("Protocol: %s - %s\nPriority: %s\nReceiving Board: %s   Hospital: %s" % (c.hosp["board"], sc["spec"], pri, c.hosp["board"], c.hosp["name"]))
        out.append("Patient Details\n  Name: %s %s %s\n  DOB: %s   Sex: %s\n  CHI: %s\n  Address: %s\n  Telephone: %s" % (c.title, c.first, c.sur, D(c, c.dob), "Male" if c.sex == "M" else "Female", c.chi, ", ".join(c.addr), c.phone))
        out.append("Referrer: %s   Practice: %s" % (c.gp["full"], c.practice))
        out.append("Interpreter required: %s   Mobility: %s   Transport: %s" % (g.c(["No", "No", "Yes - Polish"]), g.c(["Independent", "Walking aid", "Wheelchair"]), g.c(["Own", "Requires patient transport"])))
        out.append("Reason for Referral\n  " + g.c(["Please see and advise re ", "Referral for assessment of ", "? "]) + sc["pcs"])
        out.append("Clinical Details\n  " + hpc(c))
        out.append("Examination\n  " + sc["exam"] + "\n  " + obs_line(g, c, 0))
        out.append("Past Medical History (from GP system)\n" + "\n".join("  %s  %s" % (fd(c.date - datetime.timedelta(days=g.ri(300, 6000)), 3), p) for p in c.pmh))
        out.append("Current Medication (from GP system)\n" + "\n".join("  " + fmed(g, m, 0) for m in sc["meds"]) if sc["meds"] else "Current Medication\n  None recorded")
        out.append("Allergies\n  " + (c.allergy or "No known allergies"))
        out.append("Recent results: " + labs_inline(g, c, ["Hb", "Creat", "Na"]))
    elif L == 1:
        out.append("%s\n%s" % (c.practice, c.pr_addr))
        out.append(D(c))
        out.append(g.c(["The Consultant", "Dear Doctor", c.cons["short"]]) + "\n" + sc["clinic"] + "\n" + c.hosp["name"])
        out.append("Dear %s" % g.c(["Doctor", "Colleague", "%s %s" % (c.cons["t"], c.cons["s"])]))
        out.append("Re: %s, DOB %s, %s" % (c.name, D(c, c.dob), ", ".join(c.addr)))
        out.append("Thank you for seeing this %d year old %s who presents with %s. %s" % (c.age, "man" if c.sex == "M" else "woman", sc["pc"], hpc(c)))
        out.append("%s past history includes %s. %s" % (his(c, True), ", ".join(c.pmh).lower(), "Current medication: " + (", ".join("%s %s" % (m[0], m[1]) for m in sc["meds"]) or "nil") + "."))
        out.append(g.c(["I would be grateful for your assessment and advice.", "I would appreciate your opinion regarding further management.", "I would be grateful if you could see %s at your earliest convenience." % ("him" if c.sex == "M" else "her")]))
        out.append("Yours sincerely\n\n\n%s" % c.gp["full"])
    elif L == 2:
        out.append(letterhead(g, c))
        out.append(D(c))
        tgt = g.c(["Cardiology", "Neurology", "Rheumatology", "Respiratory Medicine", "Dermatology", "Renal Medicine", "Haematology"])
        out.append("%s\nConsultant %s\n%s" % (person(g)["short"], tgt, g.c([h["name"] for h in HOSPS])))
        out.append("Dear %s" % g.c(["Colleague", "Dr " + g.c(SURN)]))
        out.append(pt_block(g, c, 0))
        out.append("I would be grateful if you could see this %s who is currently under my care with %s. %s" % ("gentleman" if c.sex == "M" else "lady", sc["dxs"], g.c(["During the admission we noted %s." % g.c(["a new murmur", "persistently abnormal renal function", "a rash over the shins", "an incidental lung nodule", "a low platelet count"]), "I would value your opinion on ongoing management."])))
        out.append("Signed " + c.cons["full"] + ", Consultant " + sc["spec"])
    elif L == 3:
        out.append(g.c(["REFERRAL TO DISTRICT NURSING", "Community Nursing Referral", "Referral to Physiotherapy (MSK)", "Referral - Community Rehabilitation Team"]))
        out.append(pt_block(g, c, 4))
        out.append("Telephone: %s   Key safe: %s" % (c.phone, g.c(["Yes - code on request", "No", "N/A"])))
        out.append("Referred by: %s   Date: %s   Urgency: %s" % (g.c([c.gp["short"], c.nurse["full"] + ", " + c.ward]), D(c), g.c(["Routine", "Within 48 hours", "Urgent"])))
        out.append("Reason for referral: %s" % g.c(["wound care post %s - clips out day 12" % (sc.get("op", {}).get("name") or "surgery"), "B12 injections - housebound", "post-discharge review, mobility", "leg ulcer dressings", "catheter care"]))
        out.append("Diagnosis: " + sc["dx"])
        out.append("Relevant history: " + ", ".join(c.pmh))
        out.append("Infection risk: %s    Lives: %s" % (g.c(["none known", "MRSA negative", "CPE screen negative"]), c.social))
    elif L == 4:
        out.append(g.c(["Optometrist Referral", "GOS18 referral (Scotland)", "Referral from Community Optometrist"]))
        out.append("To: %s, %s\nFrom: %s %s, Optometrist, %s Opticians" % (g.c(["Ophthalmology", "Eye Clinic"]), c.hosp["name"], g.c(FIRST_F), g.c(SURN), g.c(["Bridgend", "Castlegait", "High Street"])))
        out.append("Patient: %s %s, DOB %s, CHI %s, %s" % (c.first, c.sur, D(c, c.dob), c.chi, ", ".join(c.addr)))
        out.append("Reason: " + g.c(["Raised IOP R 28 L 26 mmHg, suspicious discs, C:D 0.7", "Reduced VA left eye 6/36 with metamorphopsia - ?wet AMD", "Cataract affecting ADLs, VA 6/18 both eyes", "Diabetic maculopathy on screening"]))
        out.append("VA: R 6/%d  L 6/%d   IOP: R %d L %d (Goldmann)" % (g.c([6, 9, 12]), g.c([9, 12, 18, 36]), g.ri(12, 30), g.ri(12, 30)))
        out.append("Urgency: %s   GP informed: Yes" % g.c(["Routine", "Urgent", "Emergency - same day"]))
    elif L == 5:
        out.append("%s\nSCI Gateway - Urgent Suspicion of Cancer\n%s" % (c.hosp["board"], g.c(["Lower GI", "Breast", "Urology", "Lung", "Upper GI"])))
        out.append("Patient: %s %s  CHI %s  DOB %s" % (c.first, c.sur.upper(), c.chi, D(c, c.dob)))
        out.append("Referral criteria met (Scottish Referral Guidelines for Suspected Cancer):\n[X] %s" % g.c(["Iron deficiency anaemia without obvious cause", "Discrete breast lump age >30", "Visible haematuria", "Rectal bleeding with change in bowel habit", "Persistent unexplained weight loss"]))
        out.append("FIT result: %s" % g.c(["450 ug Hb/g", "not done", "12 ug Hb/g", ">400"]))
        out.append("Clinical summary: " + hpc(c))
        out.append("Patient aware of possible cancer diagnosis: %s   Available at short notice: Yes" % g.c(["Yes", "Yes - anxious", "Discussed"]))
        out.append("Referring GP %s, %s" % (c.gp["short"], c.practice))
    else:
        out.append("%s %s" % (c.gp["short"].upper(), c.practice.upper()))
        out.append("Ref %s/%s   %s" % (c.gp["ini"], "".join(x[0] for x in c.practice.split()[:2]), fd(c.date, 1)))
        out.append("To: " + sc["clinic"] + ", " + c.hosp["abbr"])
        out.append(c.name + "  " + fchi(g, c.chi))
        out.append("Dear Dr,\n" + g.c(["Pls see", "Would you kindly see", "Many thanks for seeing"]) + " - " + sc["pcs"] + ". " + hpc(c) + " " + g.c(["Not settling with treatment in primary care.", "Pt keen for specialist opinion.", "Grateful for your advice."]))
        out.append("Meds: " + ("; ".join("%s %s" % (m[0], m[1]) for m in sc["meds"]) or "nil") + "   Allergies: " + (c.allergy or "nkda"))
        out.append("Thanks, " + c.gp["sig"])
    return c, "\n\n".join(x for x in out if x)


# ----------------------------------------------------------------------------
# 16 advance_directive
# ----------------------------------------------------------------------------
def t_advance_directive(g):
    c = make_ctx(g, sc=g.c([s for s in SC if s["age"][1] >= 85]))
    sc = c.sc
    L = g.ri(0, 6)
    out = []
    nok = "%s %s" % (g.c(FIRST_F + FIRST_M), g.c([c.sur, g.c(SURN)]))
    rel = g.c(["daughter", "son", "wife", "husband", "niece", "partner"])
    if L == 0:
        out.append(g.c(["NHS SCOTLAND", c.hosp["board"]]) + "\n" + g.c(["DO NOT ATTEMPT CARDIOPULMONARY RESUSCITATION (DNACPR)", "DNACPR - Adult", "Do Not Attempt Cardiopulmonary Resuscitation"]))
        out.append("In the event of cardiac or respiratory arrest no attempts at cardiopulmonary resuscitation (CPR) will be made. All other appropriate treatment and care will be given.")
        out.append("Name: %s %s   DOB: %s   CHI: %s\nAddress: %s" % (c.first, c.sur, D(c, c.dob), c.chi, ", ".join(c.addr)))
        out.append("Reason CPR not recommended: %s" % g.c(["CPR would not be successful due to advanced frailty and multiple co-morbidities: " + ", ".join(c.pmh), "Patient has declined CPR (capacity confirmed).", "Terminal illness - CPR would not be in the patient's interests."]))
        out.append("Discussed with patient: %s   Discussed with relative/welfare attorney: %s (%s)" % (g.c(["Yes", "No - lacks capacity", "Yes"]), nok, rel))
        out.append("Review: %s" % g.c(["Indefinite", "On transfer", "Review date " + D(c, c.date + datetime.timedelta(days=90))]))
        out.append("Completed by: %s   Designation: %s   Date: %s\nSenior responsible clinician: %s" % (c.reg["short"], g.c(["ST4", "StR", "GP"]), D(c), c.cons["short"]))
        out.append("This form should be kept with the patient and travel with them.")
    elif L == 1:
        out.append(g.c(["ANTICIPATORY CARE PLAN", "My Anticipatory Care Plan (ACP)", "Anticipatory Care Planning - Thinking ahead"]))
        out.append("Name: %s %s   CHI: %s   GP: %s" % (c.first, c.sur, c.chi, c.practice))
        out.append("What matters to me: %s" % g.c(["Staying at home with my cat.", "Being comfortable and not going back into hospital if it can be avoided.", "Seeing my grandchildren. Being able to get out to the garden.", "Dignity."]))
        out.append("My health conditions: " + ", ".join(c.pmh))
        out.append("People important to me / contacts: %s (%s) %s" % (nok, rel, "07700 900%03d" % g.ri(0, 999)))
        out.append("Power of Attorney: %s" % g.c(["Welfare and continuing - %s" % nok, "None", "Continuing only"]))
        out.append("If I become unwell: %s" % g.c(["I would want to be treated at home if possible. I would accept hospital admission for treatment of reversible problems.", "I do not want to be admitted to hospital. Focus on comfort.", "Full active treatment."]))
        out.append("CPR decision: %s" % g.c(["DNACPR form completed " + D(c), "For CPR", "Not yet discussed"]))
        out.append("Shared on Key Information Summary (KIS): %s   Consent to share: Yes" % g.c(["Yes", "Yes - updated"]))
        out.append("Completed with: %s, %s   Date: %s" % (g.c([c.gp["short"], c.nurse["full"] + " (District Nurse)"]), c.practice, D(c)))
    elif L == 2:
        out.append(g.c(["ADVANCE DIRECTIVE", "Advance Decision to Refuse Treatment (Living Will)", "MY LIVING WILL"]))
        out.append("I, %s %s, of %s, born %s, make this advance directive at a time when I am of sound mind and after careful consideration." % (c.first, c.sur, ", ".join(c.addr), D(c, c.dob)))
        out.append("If I become unable to make or communicate decisions about my medical care and two doctors agree that %s, I refuse the following treatments:" % g.c(["I have an irreversible condition with no reasonable prospect of recovery", "I am permanently unconscious", "I have advanced dementia"]))
        out.append("\n".join("  - " + x for x in g.some(["cardiopulmonary resuscitation", "artificial ventilation", "artificial nutrition and hydration (tube feeding)", "antibiotics for life-threatening infection", "renal dialysis"], 2, 4)))
        out.append("I wish to receive treatment for pain and distress even if it may shorten my life.")
        out.append("Signed ____________   Date %s\nWitness: %s %s, %s   Signed ________" % (D(c), g.c(FIRST_F + FIRST_M), g.c(SURN), ", ".join(c.addr[1:])))
        out.append("Copies held by: %s; %s; %s (%s)" % (c.practice, g.c(["solicitor", "Messrs " + g.c(SURN) + " & " + g.c(SURN) + " WS"]), nok, rel))
    elif L == 3:
        out.append(g.c(["ADVANCE STATEMENT", "Advance Statement - Mental Health (Care and Treatment) (Scotland) Act 2003"]))
        out.append("Made under section 275 of the Mental Health (Care and Treatment) (Scotland) Act 2003")
        out.append("Name: %s %s   DOB: %s   Address: %s" % (c.first, c.sur, D(c, c.dob), ", ".join(c.addr)))
        out.append("If I become unwell with my mental health, I would like to be treated in the following way:\n  " + g.c(["I respond well to quetiapine. Please contact my sister.", "I would prefer to be treated at home by the crisis team if possible.", "Please let my named person know of any admission."]))
        out.append("I do not want to be treated in the following way:\n  " + g.c(["I do not wish to receive haloperidol - I had a severe dystonic reaction.", "I do not want ECT.", "Please avoid olanzapine as I gained a lot of weight."]))
        out.append("Named person: %s (%s)" % (nok, rel))
        out.append("Signed ______  Date %s\nWitnessed by: %s, %s (I certify the person has capacity to make this statement)  Signed _____" % (D(c), person(g)["short"], g.c(["GP", "Mental Health Officer", "Consultant Psychiatrist", "Social worker"])))
        out.append("A copy should be sent to the Mental Welfare Commission for Scotland.")
    elif L == 4:
        out.append(g.c(["POWER OF ATTORNEY", "Continuing and Welfare Power of Attorney"]) + "\n" + "Adults with Incapacity (Scotland) Act 2000, sections 15 and 16")
        out.append("I, %s %s, residing at %s, hereby appoint %s, residing at %s %s, to be my continuing and welfare attorney." % (c.first.upper(), c.sur.upper(), ", ".join(c.addr), nok, g.ri(1, 90), g.c(STREETS) + ", " + g.c(TOWNS)[0]))
        out.append("Welfare powers: to decide on my care and accommodation; to consent to or refuse medical treatment on my behalf; to access my medical and social work records.")
        out.append("The welfare powers shall only be exercisable if I become incapable in relation to decisions about the matter.")
        out.append("CERTIFICATE under section 15(3)(c)/16(3)(c): I, %s, General Practitioner, certify that I interviewed the granter immediately before signing and am satisfied that at the time the document was granted the granter understood its nature and extent." % c.gp["full"])
        out.append("Registered with the Office of the Public Guardian (Scotland): %s   Registration no: %s/%05d" % (D(c, c.date + datetime.timedelta(days=g.ri(20, 60))), g.c(["POA", "P"]), g.ri(0, 99999)))
    elif L == 5:
        out.append(c.practice + "\n" + g.c(["KEY INFORMATION SUMMARY (KIS)", "KIS - Special Note", "Key Information Summary - print"]))
        out.append("%s %s   CHI %s   Published: %s" % (c.first, c.sur, c.chi, D(c)))
        out.append("Carer: %s (%s)  Tel 07700 900%03d\nNext of kin: %s" % (nok, rel, g.ri(0, 999), nok))
        out.append("Preferred place of care: %s\nCPR status: %s\nFuture care plan: %s" % (g.c(["Home", "Care home", "Hospice"]), g.c(["DNACPR form in house (red folder)", "For CPR"]), g.c(["Ceiling of care - ward based. Avoid admission if possible.", "Palliative - anticipatory medicines in house (JIC box).", "For admission if acutely unwell."])))
        out.append("Diagnoses: " + ", ".join([sc["dxs"]] + c.pmh))
        out.append("Anticipatory medicines: %s" % g.c(["Morphine 10mg/ml, midazolam 10mg/2ml, levomepromazine 25mg/ml, hyoscine butylbromide 20mg/ml", "None"]))
        out.append("Access: key safe code held by practice. %s" % g.c(["Dog in house.", "Lives alone.", ""]))
    else:
        out.append(g.c(["TREATMENT ESCALATION PLAN", "ReSPECT - Recommended Summary Plan for Emergency Care and Treatment", "Treatment Escalation / Limitation Plan"]))
        out.append(ident_line(g, c))
        out.append("Summary of relevant information: " + sc["dx"] + "; " + ", ".join(c.pmh))
        out.append("Personal preferences: %s" % g.c(["prioritise comfort", "prioritise sustaining life", "balance of both"]))
        out.append("Clinical recommendations: [X] Ward based care  [ ] HDU  [ ] ICU  [%s] NIV  [%s] IV antibiotics" % (g.c(["X", " "]), "X"))
        out.append("CPR attempts recommended: %s" % g.c(["NO - DNACPR", "Yes", "No"]))
        out.append("Capacity: %s. Discussed with %s (%s)." % (g.c(["has capacity", "lacks capacity for this decision"]), nok, rel))
        out.append("Clinician: %s (%s)   Date %s   Senior sign-off: %s" % (c.reg["short"], g.c(["ST5", "Reg"]), D(c), c.cons["short"]))
    return c, "\n\n".join(x for x in out if x)


# ----------------------------------------------------------------------------
# 17 ecg_report
# ----------------------------------------------------------------------------
def t_ecg_report(g):
    c = make_ctx(g, need="ecg")
    e = c.sc["ecg"]
    rate = g.ri(*e["rate"])
    af = "fibrillation" in e["rhythm"]
    pr = "---" if af else str(g.ri(130, 200))
    qrs = g.ri(78, 112)
    qt = g.ri(340, 420)
    qtc = int(qt / ((60.0 / rate) ** 0.5))
    axes = (g.ri(-10, 80) if not af else "---", g.ri(-20, 80), g.ri(-10, 80))
    L = g.ri(0, 6)
    out = []
    if L == 0:
        out.append("%s %s   %s   ID:%s" % (c.sur.upper(), c.first.upper(), fd(c.date, 3), c.chi))
        out.append("%d yr  %s   %s   Loc:%d  Room:%s" % (c.age, "Male" if c.sex == "M" else "Female", g.c(["Cauc", ""]), g.ri(1, 40), g.c(["AMU", "ED", "CCU", "OPD"])))
        out.append("Vent. rate      %d BPM\nPR interval     %s ms\nQRS duration    %d ms\nQT/QTc          %d/%d ms\nP-R-T axes      %s %s %s" % (rate, pr, qrs, qt, qtc, axes[0], axes[1], axes[2]))
        out.append(e["interp"].replace(". ", "\n").upper() if g.p(0.5) else e["interp"])
        out.append(g.c(["** ABNORMAL ECG **", "Abnormal ECG", "** Borderline ECG **"]) if "Normal ECG" not in e["interp"] else "NORMAL ECG")
        out.append(g.c(["Unconfirmed analysis", "Confirmed by: %s" % c.cons["short"], "Referred by: " + c.jr["short"] + "   Unconfirmed"]))
        out.append("25mm/s 10mm/mV 0.05-150Hz  %s" % g.c(["MAC5500", "PageWriter TC50", "CardioSoft", "ELI 250"]))
    elif L == 1:
        out.append(c.hosp["name"] + "\n" + g.c(["Cardiac Investigations Unit", "Cardiology Department - ECG Report", "Cardiac Physiology"]))
        out.append(pt_block(g, c, 1))
        out.append("Date recorded: %s   Requested by: %s   Indication: %s" % (D(c), g.c([c.gp["short"], c.jr["short"]]), c.sc["pcs"]))
        out.append("Rhythm: %s\nRate: %d bpm\nPR: %s ms   QRS: %d ms   QTc: %d ms\nAxis: %s" % (e["rhythm"], rate, pr, qrs, qtc, g.c(["Normal", "Normal", "Left axis deviation", "Right axis"])))
        out.append("Report: " + e["interp"])
        out.append("Reported by: %s, %s" % (person(g)["short"], g.c(["Cardiac Physiologist", "Consultant Cardiologist", "Specialist Nurse"])))
    elif L == 2:
        out.append(g.c(["24 HOUR AMBULATORY ECG (HOLTER) REPORT", "Holter Monitor Report", "72-hour ECG monitoring"]))
        out.append(ident_line(g, c))
        out.append("Hook-up: %s %s   Duration: %s   Indication: %s" % (D(c), ft(g), g.c(["24h", "48h", "72h"]), g.c(["palpitations", "syncope", "?paroxysmal AF", "post-stroke AF screen"])))
        mn, mx = max(40, rate - 30), rate + g.ri(20, 50)
        out.append("Underlying rhythm: %s\nHeart rate: min %d (%s), mean %d, max %d (%s)" % (e["rhythm"], mn, ft(g, 3), rate, mx, ft(g, 15)))
        out.append("Ventricular ectopics: %d (isolated %s)   Supraventricular ectopics: %d\nPauses >2.5s: %s" % (g.ri(0, 900), g.c(["unifocal", "occasional couplets"]), g.ri(0, 1500), g.c(["none", "none", "1 (2.6s, nocturnal)"])))
        out.append("Diary events: %s" % g.c(["none recorded", "'palpitations' at %s corresponded to %s" % (ft(g), g.c(["sinus rhythm", "SVEs", "AF"])), "dizzy x2 - sinus rhythm"]))
        out.append("Conclusion: %s" % (("Atrial fibrillation throughout, rate control " + g.c(["adequate", "suboptimal during the day"])) if af else g.c(["Sinus rhythm. No significant arrhythmia.", "Sinus rhythm with infrequent ectopy. No AF detected.", "Brief run of SVT (8 beats)."])))
        out.append("Analysed by %s, Cardiac Physiologist" % person(g)["full"])
    elif L == 3:
        out.append(g.c(["EXERCISE TOLERANCE TEST", "Exercise ECG Report", "ETT - Bruce protocol"]))
        out.append(pt_block(g, c, 5))
        mx = 220 - c.age
        got = int(mx * g.uf(0.7, 0.95, 2))
        out.append("Protocol: %s   Duration: %d:%02d min   Stage reached: %d\nResting HR %d  BP %d/%d\nPeak HR %d (%d%% of predicted)  Peak BP %d/%d\nMETs %.1f" % (g.c(["Bruce", "Modified Bruce"]), g.ri(4, 11), g.ri(0, 59), g.ri(2, 4), rate, c.obs["sbp"], c.obs["dbp"], got, got * 100 // mx, c.obs["sbp"] + 40, c.obs["dbp"] + 5, g.uf(5, 11)))
        out.append("Reason for stopping: %s" % g.c(["fatigue", "target HR achieved", "chest tightness", "ST depression 2mm"]))
        out.append("ECG changes: %s" % g.c(["1.5mm horizontal ST depression V4-V6 at stage 3, resolving in recovery at 4 min.", "No significant ST changes.", "Upsloping ST depression only."]))
        out.append("Conclusion: %s" % g.c(["Positive for inducible ischaemia.", "Negative test at adequate workload.", "Inconclusive - submaximal."]))
        out.append("Supervised by: %s" % person(g)["short"])
    elif L == 4:
        out.append("ECG %s %s" % (fd(c.date, 4), ft(g)))
        out.append("%s, rate %d. %s QTc %d." % (e["rhythm"], rate, e["interp"].split(".")[1].strip() + "." if len(e["interp"].split(".")) > 2 else "", qtc))
        out.append("c/w previous: %s" % g.c(["no previous available", "new changes", "unchanged", "old Q waves unchanged"]))
        out.append(c.jr["sig"])
    elif L == 5:
        out.append("12 LEAD ECG   %s" % c.hosp["name"])
        out.append("Name %s, %s   DOB %s   CHI %s   %s" % (c.sur.upper(), c.first, fd(c.dob, 0), c.chi, "M" if c.sex == "M" else "F"))
        out.append("HR %d   PR %s   QRSd %d   QT %d   QTcB %d   Axis P %s QRS %s T %s" % (rate, pr, qrs, qt, qtc, axes[0], axes[1], axes[2]))
        out.append("Interpretation (computer): " + e["rhythm"] + (" with rapid ventricular response" if af and rate > 100 else ""))
        out.append("Physician review: " + e["interp"])
        out.append("I  II  III  aVR  aVL  aVF  V1  V2  V3  V4  V5  V6  [tracing]")
        out.append("Reviewed %s %s" % (g.c([c.reg["short"], c.cons["short"]]), D(c)))
    else:
        out.append(g.c(["Pre-hospital ECG", "SAS 12-lead ECG transmission"]))
        out.append("Incident %d   Crew %s   Time %s" % (g.ri(1000000, 9999999), g.c(["A", "B", "R"]) + str(g.ri(100, 999)), ft(g)))
        out.append("Pt: %s %s  approx %d yo" % (c.first, c.sur, c.age))
        out.append("HR %d  %s" % (rate, e["rhythm"]))
        out.append("Machine: %s" % e["interp"])
        out.append("Transmitted to %s CCU. Cardiology reg advised: %s" % (c.hosp["abbr"], g.c(["not STEMI - convey to ED", "convey to ED", "repeat ECG en route"])))
    return c, "\n".join(x for x in out if x) if L in (0, 4, 5, 6) else "\n\n".join(x for x in out if x)


# ----------------------------------------------------------------------------
# 18 immunization_record
# ----------------------------------------------------------------------------
def batch(g):
    return "%s%s%04d" % (g.c("ABCDEFGHKLMNPRSTXY"), g.c("ABCDEFGHKLMNPRSTXY"), g.ri(0, 9999))


def t_immunization_record(g):
    c = make_ctx(g)
    L = g.ri(0, 6)
    out = []
    site = lambda: g.c(["L deltoid", "R deltoid", "L arm", "R arm", "L thigh", "R thigh"])
    if L == 0:
        c.age = g.ri(1, 5)
        c.dob = c.date - datetime.timedelta(days=c.age * 365 + g.ri(1, 300))
        c.chi = chi_for(g, c.dob, c.sex)
        out.append(g.c(["SCOTTISH IMMUNISATION RECALL SYSTEM (SIRS)", "Child Health - Immunisation Record", "CHILDHOOD IMMUNISATION HISTORY"]))
        out.append("Child: %s %s   DOB %s   CHI %s\nHealth Visitor: %s   GP: %s" % (c.first, c.sur, D(c, c.dob), c.chi, c.nurse["full"], c.practice))
        sched = [(8, "6-in-1 (DTaP/IPV/Hib/HepB)"), (8, "MenB"), (8, "Rotavirus"), (12, "6-in-1 (DTaP/IPV/Hib/HepB)"), (12, "PCV"), (12, "Rotavirus"),
                 (16, "6-in-1 (DTaP/IPV/Hib/HepB)"), (16, "MenB"), (52, "Hib/MenC"), (52, "MMR"), (52, "PCV booster"), (52, "MenB booster")]
        out.append("%-34s %-12s %-10s %s" % ("Vaccine", "Date given", "Batch", "Site"))
        for wk, v in sched:
            d = c.dob + datetime.timedelta(weeks=wk, days=g.ri(0, 20))
            if d <= c.date:
                out.append("%-34s %-12s %-10s %s" % (v, fd(d, 0), batch(g), site()))
        out.append("Next due: %s" % g.c(["MMR2 + 4-in-1 pre-school booster at 3 years 4 months", "Up to date", "Overdue - recall sent"]))
    elif L == 1:
        out.append("%s\n%s" % (c.practice, g.c(["Immunisation history", "Vaccinations - patient record print", "IMMUNISATIONS"])))
        out.append(ident_line(g, c))
        for i in range(g.ri(3, 7)):
            d = c.date - datetime.timedelta(days=365 * i + g.ri(0, 60))
            v = g.c(["Seasonal influenza vaccine (Fluenz/inactivated)", "Influenza vaccine - Flu clinic", "Pneumococcal polysaccharide (PPV23)", "Shingles vaccine (Zostavax)" if d.year < 2021 else "Shingrix dose 1", "Tetanus/diphtheria/polio (Revaxis)"])
            out.append("%s  %s  batch %s  %s  given by %s" % (fd(d, 3), v, batch(g), site(), g.c([c.nurse["full"], "HCA", "Practice Nurse"])))
        out.append("Adverse reactions: " + g.c(["none recorded", "sore arm only", "none"]))
    elif L == 2:
        if c.date.year < 2021:
            c.date = datetime.date(g.ri(2021, 2023), g.ri(1, 12), g.ri(1, 28))
        out.append(g.c(["NHS Scotland COVID-19 Vaccination Record", "COVID-19 vaccination status", "Record of COVID-19 vaccination"]))
        out.append("Name: %s %s   Date of birth: %s   CHI: %s" % (c.first, c.sur, D(c, c.dob), c.chi))
        d = datetime.date(2021, g.ri(1, 5), g.ri(1, 28))
        for i, v in enumerate(g.c([["Comirnaty (Pfizer/BioNTech)", "Comirnaty (Pfizer/BioNTech)", "Spikevax (Moderna)"], ["Vaxzevria (AstraZeneca)", "Vaxzevria (AstraZeneca)", "Comirnaty (Pfizer/BioNTech)"]])):
            out.append("Dose %d: %s   %s   Batch %s   Location: %s" % (i + 1, fd(d, 2), v, batch(g), g.c(["%s Vaccination Centre" % c.town, c.practice, "Mass vaccination - %s Leisure Centre" % c.town])))
            d += datetime.timedelta(days=g.ri(56, 120) if i == 0 else g.ri(150, 220))
        out.append("This record does not constitute a travel certificate.")
    elif L == 3:
        out.append(g.c(["TRAVEL HEALTH CLINIC", "Travel Vaccination Record", "Travel risk assessment and immunisation"]))
        out.append("%s %s  %s" % (c.first, c.sur, c.chi))
        out.append("Destination: %s   Departure: %s   Duration: %s" % (g.c(["Kenya and Tanzania", "Thailand, Vietnam", "India (rural)", "Peru", "Ghana"]), D(c, c.date + datetime.timedelta(days=g.ri(20, 60))), g.c(["3 weeks", "2 months", "10 days"])))
        for v in g.some(["Hepatitis A (Avaxim)", "Typhoid (Typhim Vi)", "Revaxis (Td/IPV)", "Yellow fever (Stamaril) - certificate issued", "Rabies (Rabipur) dose 1", "Cholera (Dukoral) - oral"], 2, 4):
            out.append("  %s  %s  batch %s  %s" % (fd(c.date, 0), v, batch(g), site()))
        out.append("Malaria advice: %s" % g.c(["Atovaquone/proguanil - private prescription", "Doxycycline", "Not required - bite avoidance"]))
        out.append("Nurse: %s" % c.nurse["full"])
    elif L == 4:
        out.append(c.hosp["board"] + " Occupational Health Service\n" + g.c(["Staff Immunisation Record", "Hepatitis B Immunisation & Serology"]))
        out.append("Employee: %s %s   Staff no %d   Dept: %s   DOB %s" % (c.first, c.sur, g.ri(100000, 999999), g.c(["Theatres", "Ward 6", "Domestic services", "Laboratory"]), D(c, c.dob)))
        d = c.date - datetime.timedelta(days=240)
        for i in range(3):
            out.append("HepB (Engerix B) dose %d  %s  batch %s" % (i + 1, fd(d, 0), batch(g)))
            d += datetime.timedelta(days=30 if i == 0 else 150)
        out.append("Anti-HBs: %d mIU/mL (%s)  %s" % (g.ri(5, 1000), g.c(["responder", "responder"]), fd(d + datetime.timedelta(days=60), 0)))
        out.append("MMR x2: documented   Varicella: history of chickenpox   BCG scar: seen   TB IGRA: %s" % g.c(["negative", "not required"]))
        out.append("OH nurse: %s" % c.nurse["full"])
    elif L == 5:
        out.append("Vaccination given  %s %s" % (fd(c.date, 4), ft(g)))
        v = g.c([("Influenza (inactivated, QIV)", "0.5ml IM"), ("Pneumovax 23", "0.5ml IM"), ("Tetanus (Revaxis)", "0.5ml IM"), ("Shingrix", "0.5ml IM")])
        out.append("%s %s - %s\nBatch %s  Exp %s\nConsent: verbal. No contraindications. PGD used: %s" % (v[0], v[1], site(), batch(g), fd(c.date + datetime.timedelta(days=g.ri(60, 400)), 0), g.c(["Yes", "Yes - v3.1"])))
        out.append(c.nurse["full"] + " " + g.c(["PN", "RGN", "Practice Nurse"]))
    else:
        c.sex = "F"
        out.append(g.c(["Maternity Hand-Held Record - Immunisations", "Antenatal vaccinations"]))
        out.append("%s %s  CHI %s  EDD %s" % (g.c(FIRST_F), c.sur, c.chi, D(c, c.date + datetime.timedelta(days=g.ri(30, 120)))))
        out.append("Pertussis (Boostrix-IPV) at %d weeks: %s  batch %s" % (g.ri(16, 32), fd(c.date, 0), batch(g)))
        out.append("Influenza: %s" % g.c(["given " + fd(c.date - datetime.timedelta(days=g.ri(10, 60)), 0), "declined", "not in season"]))
        if c.date.year >= 2021:
            out.append("COVID-19: %s" % g.c(["booster given", "declined", "primary course complete"]))
        out.append("Rubella immune status: %s" % g.c(["immune", "MMR post-natally"]))
        out.append("Midwife: %s" % c.nurse["full"])
    txt = "\n".join(x for x in out if x)
    alt = g.c(["batch", "batch", "lot", "Batch no", "B/No"])
    return c, txt.replace("batch", alt).replace("Batch ", alt[0].upper() + alt[1:] + " ")


# ----------------------------------------------------------------------------
# 19 registration_form
# ----------------------------------------------------------------------------
def t_registration_form(g):
    c = make_ctx(g)
    L = g.ri(0, 6)
    out = []
    yn = lambda: g.c(["Yes", "No", "No"])
    prev_gp = "%s, %s" % (person(g)["short"], g.c(PRACTICES))
    if L == 0:
        out.append(g.c(["APPLICATION FOR REGISTRATION WITH A GENERAL PRACTITIONER", "GP Registration Form", "NHS Scotland - Registering with a GP practice"]))
        out.append("Please complete in BLOCK CAPITALS")
        out.append("Surname: %s\nForename(s): %s %s\nPrevious surname(s): %s\nTitle: %s   Sex: %s\nDate of birth: %s\nTown and country of birth: %s" % (c.sur.upper(), c.first.upper(), c.mid.upper(), g.c(["", "N/A", g.c(SURN).upper()]), c.title, "M" if c.sex == "M" else "F", fd(c.dob, 0), g.c(["Kelvinmuir, Scotland", "Dunmarra", "Belfast, N. Ireland", "Krakow, Poland", "Lahore, Pakistan", "Leeds, England"])))
        out.append("Home address: %s\nPostcode: %s\nTelephone: %s\nEmail: %s" % (", ".join(c.addr[:2]), c.postcode, c.phone, "%s.%s%d@example.com" % (c.first.lower(), c.sur.lower(), g.ri(1, 99))))
        out.append("Previous address in UK: %s\nName of previous doctor: %s\nCHI number (if known): %s" % (g.c(["Same area", "%d %s, %s" % (g.ri(1, 60), g.c(STREETS), g.c(TOWNS)[0])]), prev_gp, g.c([c.chi, "unknown", ""])))
        out.append("If you are returning from the Armed Forces: Service no ____  Enlistment date ____")
        out.append("Organ donation: I want to register my decision: [%s] Yes  [%s] No" % (g.c(["X", " "]), g.c([" ", "X"])))
        out.append("Signature ________   Date %s" % D(c))
        out.append("FOR PRACTICE USE: Registered %s  GP allocated: %s" % (D(c, c.date + datetime.timedelta(days=g.ri(1, 10))), c.gp["short"]))
    elif L == 1:
        out.append(c.practice + "\n" + g.c(["NEW PATIENT QUESTIONNAIRE", "New patient health check form"]))
        out.append("Name: %s %s  DOB %s" % (c.first, c.sur, fd(c.dob, 0)))
        out.append("Height: %dcm  Weight: %dkg" % (g.ri(150, 192), g.ri(50, 115)))
        out.append("Smoking: %s\nAlcohol (units/week): %d\nDo you have any of the following: asthma [%s] diabetes [%s] heart disease [%s] epilepsy [%s]" % (c.smoke, g.ri(0, 30), g.c(["x", " "]), g.c([" ", "x"]), " ", " "))
        out.append("Current medication: " + (", ".join(m[0] for m in c.sc["meds"]) or "none"))
        out.append("Allergies: " + (c.allergy or "none"))
        out.append("Family history: " + g.c(["Dad - heart attack at 58", "Mum - diabetes", "none known"]))
        out.append("Carer? %s   Do you need an interpreter? %s   Ethnic group: %s" % (yn(), g.c(["No", "No", "Yes - Polish"]), g.c(["White Scottish", "White other British", "Polish", "Pakistani", "Prefer not to say"])))
        out.append("Next of kin: %s %s (%s)" % (g.c(FIRST_F + FIRST_M), c.sur, g.c(["spouse", "mother", "partner", "son"])))
    elif L == 2:
        out.append(c.hosp["name"] + " - " + g.c(["Patient Registration Details", "Patient Administration System - Demographics", "TrakCare Patient Registration"]))
        out.append("MRN / Hosp no: %s   CHI: %s   Registered: %s" % (c.hosno, c.chi, D(c)))
        out.append("Surname:       %s\nForename:      %s\nDOB:           %s\nSex:           %s\nMarital:       %s\nReligion:      %s" % (c.sur.upper(), c.first, fd(c.dob, 0), "Male" if c.sex == "M" else "Female", g.c(["Married", "Single", "Widowed", "Divorced", "Civil partnership"]), g.c(["Church of Scotland", "Roman Catholic", "None", "Muslim", "Not recorded"])))
        out.append("Address:       %s\nPhone:         %s\nGP:            %s, %s" % (", ".join(c.addr), c.phone, c.gp["short"], c.practice))
        out.append("NOK:           %s %s (%s)  Tel 07700 900%03d" % (g.c(FIRST_F + FIRST_M), g.c([c.sur, g.c(SURN)]), g.c(["wife", "husband", "daughter", "son", "friend"]), g.ri(0, 999)))
        out.append("Overseas visitor: No   Interpreter: No   Alerts: %s" % g.c(["None", "Falls risk", "MRSA history", "Hearing impaired"]))
    elif L == 3:
        out.append(g.c(["TEMPORARY RESIDENT", "Application for treatment as a temporary resident", "Temporary Resident Form"]))
        out.append("Practice: %s" % c.practice)
        out.append("Name: %s %s   DOB: %s\nHome address: %d %s, %s\nLocal address: %s" % (c.first, c.sur, fd(c.dob, 0), g.ri(1, 200), g.c(["High Street", "Church Lane", "Mill Road"]), g.c(["Manchester", "Newcastle", "Cardiff", "Belfast", "Inverbrae"]), g.c(["Lochview Caravan Park", "Harbour Hotel", c.addr[0] + ", " + c.town])))
        out.append("Home GP: %s   Intended stay: %s" % (prev_gp, g.c(["less than 24 hours", "up to 15 days", "more than 15 days but less than 3 months"])))
        out.append("Reason for consultation: " + g.c(["repeat prescription", "ear pain", "chest infection", "dressing change"]))
        out.append("Signature ______  Date %s" % D(c))
    elif L == 4:
        out.append(g.c(["%s Dental Practice" % g.c(["Kirkgate", "Bridgend", "Harbour"]), "Dental registration"]))
        out.append("NHS DENTAL REGISTRATION - Patient details")
        out.append("Name: %s %s  DOB %s  CHI %s\nAddress: %s" % (c.first, c.sur, fd(c.dob, 0), c.chi, ", ".join(c.addr)))
        out.append("Exemption from charges: %s" % g.c(["none", "under 26", "Universal Credit", "HC2 certificate", "pregnant/nursing mother"]))
        out.append("Medical history: heart problems [%s] blood thinners [%s] diabetes [%s] bisphosphonates [%s]" % (g.c(["Y", "N"]), g.c(["Y", "N"]), g.c(["Y", "N"]), g.c(["Y", "N"])))
        out.append("I wish to register with %s BDS under NHS arrangements. Signature _____  Date %s" % (person(g)["short"].replace("Dr ", ""), D(c)))
    elif L == 5:
        out.append(g.c(["EMERGENCY DEPARTMENT - BOOKING IN", "ED Registration", "Minor Injuries Unit - Registration"]))
        out.append("Attendance no: %s%07d   Arrival: %s %s   Mode: %s" % (c.hosp["abbr"], g.ri(0, 9999999), D(c), ft(g), g.c(["Walk in", "Ambulance", "Police", "Private car"])))
        out.append("Name: %s %s   DOB %s   CHI %s\nAddress: %s\nTel: %s\nGP: %s" % (c.first, c.sur, fd(c.dob, 0), c.chi, ", ".join(c.addr), c.phone, c.practice))
        out.append("Presenting complaint (receptionist): %s" % g.c(["fall", "chest pain", "cut hand", "SOB", "sore ankle", "head injury"]))
        out.append("Next of kin informed: %s   Booked by: %s" % (yn(), g.c(FIRST_F) + " " + g.c(SURN)[0]))
    else:
        out.append(c.hosp["board"] + "  -  " + g.c(["Change of Personal Details", "Demographic update request", "Patient details amendment"]))
        out.append("CHI: %s   Name: %s %s" % (c.chi, c.first, c.sur))
        out.append("New address: %s\nEffective from: %s\nNew telephone: %s" % (", ".join(c.addr), D(c), c.phone))
        out.append("Change of name: %s" % g.c(["No", "Yes - previously %s (marriage)" % g.c(SURN)]))
        out.append("Preferred contact: %s   Consent to SMS reminders: %s" % (g.c(["phone", "letter", "email"]), yn()))
        out.append("Signature _______  Processed by _____ on %s" % D(c))
    return c, "\n\n".join(x for x in out if x) if L in (0, 2, 5) else "\n".join(x for x in out if x)


# ----------------------------------------------------------------------------
# 20 insurance_card
# ----------------------------------------------------------------------------
INSURERS = ["Caledonian Health Assurance", "Thistle Mutual Healthcare", "Saltire Medical Insurance", "Northern Lights Healthcare Plan", "Forth & Clyde Provident", "Glenmore Health Cover"]


def t_insurance_card(g):
    c = make_ctx(g)
    L = g.ri(0, 6)
    out = []
    nm = "%s %s %s" % (c.title.upper(), c.first[0], c.sur.upper())
    exp = c.date + datetime.timedelta(days=g.ri(200, 1500))
    ins = g.c(INSURERS)
    if L == 0:
        out.append("[FRONT]")
        out.append(ins.upper())
        out.append("Membership card")
        out.append("Member: %s\nMembership no: %s%08d\nScheme: %s\nValid to: %02d/%02d" % (nm, ins[:2].upper(), g.ri(0, 99999999), g.c(["Corporate - " + g.c(["Kelvin Engineering Ltd", "Strathdeen Council", "Port Carran Distillers"]), "Personal Plan", "Family Plan"]), exp.month, exp.year % 100))
        out.append("[BACK]")
        out.append("Before any treatment please call our claims line on 0800 %03d %04d to obtain pre-authorisation.\nThis card remains the property of %s. If found please return." % (g.ri(100, 999), g.ri(0, 9999), ins))
        out.append("Outpatient limit: %s   Excess: %s" % (g.c(["GBP 1,000", "Unlimited", "GBP 500"]), g.c(["GBP 100", "GBP 250", "nil"])))
    elif L == 1:
        out.append(g.c(["GLOBAL HEALTH INSURANCE CARD", "EUROPEAN HEALTH INSURANCE CARD", "UK GHIC"]))
        out.append("UK")
        out.append("3 Name: %s\n4 Given names: %s\n5 Date of birth: %s\n6 Personal identification number: %s\n7 Identification number of the institution: %s\n8 Identification number of the card: %s\n9 Expiry date: %s" %
                   (c.sur.upper(), (c.first + " " + c.mid).strip().upper(), fd(c.dob, 0), "%s%06d%s" % (g.c(["JX", "SK", "PZ"]), g.ri(0, 999999), g.c("ABCD")), "GB-%d" % g.ri(100, 999), "8082 6%03d %04d %04d" % (g.ri(0, 999), g.ri(0, 9999), g.ri(0, 9999)), fd(exp, 0)))
    elif L == 2:
        out.append(g.c(["NHS SCOTLAND", "NATIONAL HEALTH SERVICE - SCOTLAND"]))
        out.append(g.c(["MEDICAL CARD", "Medical Card - keep this card safe"]))
        out.append("Name: %s %s\nCHI No: %s\nAddress: %s" % (c.first, c.sur, fchi(g, c.chi), ", ".join(c.addr)))
        out.append("Doctor: %s\n%s" % (c.gp["short"], c.practice))
        out.append("Issued by Practitioner Services on %s" % fd(c.date - datetime.timedelta(days=g.ri(300, 4000)), 0))
        out.append("[REVERSE] If you change your address please tell your doctor. This card should be produced when you visit the doctor, dentist or hospital.")
    elif L == 3:
        out.append("%s Travel Insurance" % g.c(["Heather", "Loch", "Pentland", "Cairngorm"]))
        out.append("24-HOUR EMERGENCY MEDICAL ASSISTANCE")
        out.append("Policy holder: %s\nPolicy no: TRV/%d/%05d\nCover: %s\nValid: %s to %s" % (nm, c.date.year, g.ri(0, 99999), g.c(["Europe", "Worldwide excl. USA", "Worldwide"]), fd(c.date, 0), fd(exp, 0)))
        out.append("In a medical emergency call +44 131 496 0%03d. Please quote your policy number." % g.ri(0, 999))
        out.append("(scanned copy - back of card blank)")
    elif L == 4:
        out.append(g.c(["%s Cash Plan" % ins.split()[0], "Health Cash Plan - membership"]))
        out.append("Name %s  Level %d  Member no %d" % (nm, g.ri(1, 5), g.ri(1000000, 9999999)))
        out.append("Dental  Optical  Physio  Hospital in-patient  Consultations")
        out.append("Claims: www.example-cashplan.co.uk / Freepost CLAIMS")
        out.append("Partner covered: %s   Children covered: %s" % (g.c(["Yes", "No"]), g.c(["Yes", "No"])))
    elif L == 5:
        out.append(g.c(["Prescription exemption certificate", "Medical Exemption Certificate", "MEDICAL EXEMPTION CARD"]))
        out.append("Name: %s %s\nDOB: %s\nCertificate no: %09d\nValid until: %s" % (c.first, c.sur, fd(c.dob, 0), g.ri(0, 999999999), fd(exp, 0)))
        out.append("Note: prescriptions in Scotland are free of charge; this card may be requested when using services in England.")
    else:
        out.append(ins.upper() + "\n" + g.c(["Dental Plan", "Private Patient Card", "HealthShield"]))
        out.append("%s\nPolicy %s-%06d-%02d\nGroup: %s\nPrincipal member%s" % (nm, ins[:3].upper(), g.ri(0, 999999), g.ri(0, 5), g.c(["Individual", "Employer", "Pensioner"]), g.c(["", " - dependent 01"])))
        out.append("Provider enquiries 0131 496 0%03d   Member services 0141 496 0%03d" % (g.ri(0, 999), g.ri(0, 999)))
        out.append("Show this card at each visit. Not a guarantee of payment.")
    return c, "\n".join(x for x in out if x)


# ----------------------------------------------------------------------------
# 21 nursing_note
# ----------------------------------------------------------------------------
def t_nursing_note(g):
    c = make_ctx(g)
    sc = c.sc
    L = g.ri(0, 6)
    out = []
    sn = c.nurse["full"]
    grade = g.c(["SN", "Staff Nurse", "RGN", "CN", "Charge Nurse", "SCN", "Band 5"])
    if L == 0:
        out.append(g.c(["Nursing evaluation", "NURSING NOTES", "Patient progress (nursing)", ""]))
        out.append(ident_line(g, c))
        for shift in g.some(["Day shift", "Night shift", "Late", "Early"], 2, 3):
            out.append("%s %s  %s" % (D(c), ft(g), shift))
            out.append(g.c(["Pt settled overnight, slept for long periods.", "Pt alert and orientated, mobilising to toilet with zimmer and 1.", "Pt c/o pain, PRN analgesia given with good effect.", "Remains on %s. Obs stable, NEWS %d." % (g.c(["IV antibiotics", "O2 2L NC", "IV fluids"]), g.ri(0, 4))]))
            out.append(g.c(["Diet and fluids encouraged, FBC kept.", "Pressure areas intact, repositioned 2-hourly.", "Continent of urine. BNO - laxatives given.", "Family visited, updated by nurse in charge."]))
            out.append("%s %s" % (g.c([sn, person(g, sex="F")["f"] + " " + g.c(SURN)]), grade))
    elif L == 1:
        out.append(g.c(["DISTRICT NURSING - VISIT RECORD", "Community Nursing Contact Record", "District Nursing Service - continuation notes"]))
        out.append("%s %s  %s  %s" % (c.first, c.sur, c.chi, ", ".join(c.addr)))
        out.append("Caseload: %s   Named nurse: %s" % (c.practice, sn))
        for i in range(g.ri(2, 4)):
            d = c.date + datetime.timedelta(days=i * g.ri(2, 4))
            out.append("%s %s  %s" % (fd(d, 0), ft(g, g.ri(9, 16)), g.c(["Home visit", "HV", "Visit"])))
            out.append(g.c(["Wound to %s redressed. Wound bed 80%% granulating, moderate exudate. Aquacel + Allevyn. Next visit 3 days." % g.c(["L shin", "sacrum", "R heel", "abdominal wound"]),
                            "Clips removed x%d, wound well healed. Discharged from caseload." % g.ri(10, 24),
                            "Insulin administered as per chart. BM %.1f. Pt well." % g.uf(5, 14),
                            "Catheter changed (14Ch Foley, 10ml water), draining clear urine. Next change 12 weeks.",
                            "B12 injection given L deltoid. Batch %s." % batch(g),
                            "Compression bandaging reapplied, pt tolerating. Ankle circumference %dcm." % g.ri(22, 30)]))
            out.append(g.c([sn, "DN " + c.nurse["s"], "HCSW " + g.c(FIRST_F)]))
    elif L == 2:
        out.append(g.c(["SBAR handover", "SBAR", "Nursing handover (SBAR)"]) + "  " + D(c))
        out.append("S: %s %s, %d, %s bed %d. %s" % (c.first, c.sur, c.age, c.ward, g.ri(1, 30), g.c(["NEWS increased to %d" % g.ri(5, 8), "new confusion", "for handover to night staff", "for transfer to %s" % g.c(["ward", "CCU", "HDU"])])))
        out.append("B: admitted %s with %s. PMH %s." % (D(c, c.adm), sc["dxs"], ", ".join(c.pmh)))
        out.append("A: " + obs_line(g, c, 0) + ". " + g.c(["Alert.", "Drowsy.", "Pain 6/10."]))
        out.append("R: " + g.c(["Medical review requested within 30 mins.", "Continue 1-hourly obs.", "Please review fluid balance.", "FY1 informed - to review."]))
        out.append("%s %s" % (sn, grade))
    elif L == 3:
        out.append(g.c(["NURSING ADMISSION ASSESSMENT", "Person-centred admission assessment", "Admission Nursing Documentation"]))
        out.append(pt_block(g, c, 1))
        out.append("Admitted from: %s   Time: %s   Reason: %s" % (g.c(["ED", "AMU", "home", "GP"]), ft(g), sc["pcs"]))
        out.append("What matters to you today: %s" % g.c(["getting home to my dog", "not being in pain", "seeing my family", "to get some sleep"]))
        out.append("Communication: %s\nBreathing: %s\nEating & drinking: MUST score %d\nElimination: %s\nSkin: Waterlow %d / Braden %d, pressure areas %s\nMobility: %s, falls risk %s\nSleep: %s" %
                   (g.c(["no issues", "hard of hearing - hearing aids", "glasses"]), g.c(["SOB on exertion", "no issues", "on O2"]), g.ri(0, 3), g.c(["continent", "catheter in situ", "stress incontinence - pads"]),
                    g.ri(8, 22), g.ri(12, 20), g.c(["intact", "red sacrum - blanching", "grade 2 L heel"]), g.c(["independent", "zimmer + 1", "hoist"]), g.c(["low", "high - falls bundle in place"]), g.c(["poor", "good"])))
        out.append("Allergies: %s   ID band: on   Property: %s" % (c.allergy or "NKDA", g.c(["see property book", "with patient", "sent home with family"])))
        out.append("Completed by: %s %s  %s" % (sn, grade, D(c)))
    elif L == 4:
        out.append(g.c(["CARE ROUNDING CHART", "Intentional rounding", "Care and comfort rounds"]))
        out.append("%s %s  %s  %s" % (c.first, c.sur, c.ward, D(c)))
        out.append("Time   Position  Skin  Pain  Toilet  Drink  Call bell  Init")
        for h in range(g.c([8, 20]), g.c([8, 20]) + g.ri(4, 8)):
            out.append("%02d:00  %-9s %-5s %-5s %-7s %-6s %-10s %s" % (h % 24, g.c(["L side", "R side", "back", "chair"]), g.c(["OK", "OK", "red"]), g.ri(0, 5), g.c(["Y", "N", "PU"]), g.c(["Y", "Y", "declined"]), "Y", c.nurse["ini"]))
    elif L == 5:
        out.append(g.c(["WOUND ASSESSMENT CHART", "Wound Care Record", "Tissue viability - wound assessment"]))
        out.append(ident_line(g, c))
        out.append("Wound location: %s   Type: %s" % (g.c(["L lower leg (anterior)", "sacrum", "R heel", "surgical wound abdomen"]), g.c(["venous leg ulcer", "pressure ulcer category 2", "surgical wound - dehisced", "skin tear"])))
        out.append("Size: %dmm x %dmm  Depth: %s\nTissue: %d%% granulation, %d%% slough\nExudate: %s   Odour: %s\nSurrounding skin: %s\nSigns of infection: %s" %
                   (g.ri(10, 60), g.ri(8, 40), g.c(["superficial", "2mm", "N/A"]), g.c([60, 70, 80, 90]), g.c([10, 20, 30]), g.c(["low", "moderate", "heavy"]), g.c(["none", "slight"]), g.c(["macerated", "healthy", "erythematous"]), g.c(["none", "increased pain/erythema - swab taken"])))
        out.append("Dressing: %s. Frequency: %s" % (g.c(["Aquacel Ag + foam", "Inadine + gauze", "Allevyn Life", "Mepilex Border"]), g.c(["3 times weekly", "daily", "every 2 days"])))
        out.append("Photograph taken: %s   %s %s" % (g.c(["Yes", "No"]), sn, D(c)))
    else:
        role = g.c(["Heart Failure Specialist Nurse", "Diabetes Specialist Nurse", "Respiratory Nurse Specialist", "Stoma Care Nurse", "Parkinson's Nurse Specialist"])
        out.append("%s - %s contact  %s" % (role, g.c(["telephone", "home visit", "clinic"]), D(c)))
        out.append("%s %s  CHI %s" % (c.first, c.sur, c.chi))
        out.append(g.c(["Pt reports feeling well. Weight %.1fkg (dry weight %.1f). No orthopnoea." % (g.uf(70, 90), g.uf(70, 88)),
                        "BMs ranging %.1f-%.1f. No hypos. Discussed sick day rules." % (g.uf(5, 8), g.uf(9, 15)),
                        "Inhaler technique checked, good. Rescue pack not used.",
                        "Stoma healthy, spout 2cm, output %s. Appliance changed to %s." % (g.c(["formed", "loose"]), g.c(["convex", "2-piece"]))]))
        out.append("Plan: " + g.c(["review 2 weeks", "titrate bisoprolol to %smg" % g.c(["2.5", "3.75", "5"]), "discharged from nurse-led service", "bloods next week"]))
        out.append("%s, %s" % (sn, role))
    return c, "\n".join(x for x in out if x)


# ----------------------------------------------------------------------------
# 22 ed_note
# ----------------------------------------------------------------------------
MIU = [dict(pc="L ankle injury", hx="Inverted L ankle playing football today. Able to weight bear 4 steps. No other injury.", ex="Swelling and bruising over ATFL. Not tender over posterior malleoli, base of 5th MT or navicular. Ottawa rules negative.", dx="Sprained left ankle", mx="RICE advice, analgesia, ankle sprain leaflet. No X-ray needed. Return if not improving 1 week."),
       dict(pc="laceration R hand", hx="Cut R palm on broken glass while washing up. RHD. Tetanus up to date.", ex="3cm clean linear laceration R thenar eminence. No FB. FDS/FDP intact, sensation intact distally, cap refill <2s.", dx="Simple laceration right palm", mx="Irrigated, closed with 4 x 4/0 Ethilon. Sutures out 10-14 days at practice nurse. Wound care advice."),
       dict(pc="head injury", hx="Hit head on kitchen cupboard. No LOC, no vomiting, no amnesia. Not anticoagulated.", ex="GCS 15. 2cm haematoma R forehead. No signs of base of skull fracture. Neuro exam normal.", dx="Minor head injury", mx="No CT indicated per SIGN/NICE criteria. Head injury advice given to patient and partner."),
       dict(pc="R wrist pain after fall", hx="FOOSH on icy pavement this morning. Pain and deformity R wrist.", ex="Dinner-fork deformity R wrist. NV intact. Skin intact.", dx="Dorsally displaced distal radius fracture (right)", mx="Haematoma block, MUA, backslab applied, check X-ray satisfactory. Fracture clinic 1 week.")]


def t_ed_note(g):
    c = make_ctx(g, need="acute")
    sc = c.sc
    L = g.ri(0, 6)
    out = []
    mts = g.c(["Orange (Very urgent)", "Yellow (Urgent)", "Green (Standard)", "2 - Very urgent", "3 - Urgent"])
    arr = g.c(["Ambulance", "Self", "GP referral", "NHS 24", "Police"])
    if L == 0:
        out.append(c.hosp["name"] + g.c([" - Emergency Department", "\nEMERGENCY DEPARTMENT RECORD", "\nED Attendance"]))
        out.append(pt_block(g, c, g.c([1, 5])))
        out.append("Arrival: %s %s   Mode: %s   Triage: %s   Triage time: %s" % (D(c), ft(g), arr, mts, ft(g)))
        out.append("Presenting complaint: " + sc["pc"])
        out.append("History: " + hpc(c))
        out.append("PMH: %s   Meds: %s   Allergies: %s" % (", ".join(c.pmh), ", ".join(m[0] for m in sc["meds"]) or "nil", c.allergy or "NKDA"))
        out.append("Observations: " + obs_line(g, c, 0))
        out.append("Examination: " + sc["exam"])
        out.append("Investigations: " + labs_inline(g, c, ["Hb", "WCC", "CRP", "Creat"]) + ("; ECG: " + sc["ecg"]["interp"] if sc.get("ecg") else ""))
        out.append("Diagnosis: " + sc["dxs"])
        out.append("Treatment in ED: " + "; ".join(sc["plan"][:3]))
        out.append("Disposal: Referred to %s (%s) - admitted %s   Departure: %s" % (sc["spec"], g.c([c.reg["short"], "on-call team"]), c.ward, ft(g)))
        out.append("Clinician: %s  %s" % (c.jr["short"], g.c(["ST3 EM", "FY2", "ANP", "Clinical Fellow", "Consultant EM"])))
    elif L == 1:
        out.append("A&E  %s  %s" % (fd(c.date, 4), ft(g)))
        out.append("%s %s %d%s" % (c.first, c.sur.upper(), c.age, "M" if c.sex == "M" else "F"))
        out.append("PC: " + sc["pcs"])
        out.append("Hx: " + hpc(c))
        out.append("PMH: " + "/".join(c.pmh[:3]) + "   DH: " + (", ".join(m[0] for m in sc["meds"]) or "nil") + "   All: " + (c.allergy or "nkda"))
        out.append("O/E: " + obs_line(g, c, 4) + ". " + sc["exam"])
        out.append("Imp: ?" + sc["dxs"])
        out.append("Plan: bloods, " + g.c(["CXR", "ECG", "VBG", "cannula", "urine dip"]) + ", refer " + sc["spec"].lower())
        out.append(c.jr["sig"])
    elif L == 2:
        out.append(g.c(["TRIAGE", "ED Triage Assessment", "Initial assessment (nurse)"]))
        out.append("%s %s  CHI %s   Arrived %s by %s" % (c.first, c.sur, c.chi, ft(g), arr))
        out.append("Flowchart: %s   Discriminator: %s   Category: %s" % (g.c(["Shortness of breath in adults", "Chest pain", "Abdominal pain in adults", "Unwell adult", "Falls", "Limb problems"]), g.c(["Moderate pain", "Pleuritic pain", "Hot adult", "Low SaO2", "Cardiac pain"]), mts))
        out.append(obs_line(g, c, 1) + "  Pain %d/10  BM %.1f" % (g.ri(2, 9), c.labs["Glucose"]))
        out.append("Brief hx: " + sc["pc"] + ". " + g.c(["Analgesia given at triage.", "ECG done - shown to doctor.", "Bloods taken, cannula 20G L ACF.", "To majors."]))
        out.append("Triage nurse: %s" % c.nurse["full"])
    elif L == 3:
        m = g.c(MIU)
        out.append(g.c(["MINOR INJURIES UNIT", c.hosp["name"] + " - Minor Injuries", "%s Community Hospital MIU" % c.town]))
        out.append(pt_block(g, c, g.c([1, 4])))
        out.append("Date %s  Time seen %s   Seen by: %s (%s)" % (D(c), ft(g), c.nurse["full"], g.c(["ENP", "Emergency Nurse Practitioner", "ANP"])))
        out.append("PC: " + m["pc"])
        out.append("Hx: " + m["hx"])
        out.append("O/E: " + m["ex"])
        out.append("Dx: " + m["dx"])
        out.append("Tx/advice: " + m["mx"])
        out.append("Discharged: home   GP letter: %s" % g.c(["yes", "auto-sent", "no"]))
    elif L == 4:
        out.append(letterhead(g, c, dept="Emergency Department"))
        out.append(g.c(["ED DISCHARGE LETTER", "Emergency Department - Notification of Attendance", "Letter to GP - ED attendance"]))
        out.append("To: %s, %s" % (c.gp["short"], c.practice))
        out.append(pt_block(g, c, 3))
        m = g.c(MIU)
        out.append("Attended: %s  Arrived %s  Discharged %s" % (D(c), ft(g), ft(g)))
        out.append("Diagnosis: " + m["dx"])
        out.append("Summary: " + m["hx"] + " " + m["ex"])
        out.append("Treatment: " + m["mx"])
        out.append("Follow up: %s" % g.c(["GP as required", "Fracture clinic", "Practice nurse for suture removal", "None"]))
        out.append("ED clinician: %s" % c.jr["short"])
    elif L == 5:
        out.append("RESUS  %s  %s  %s" % (fd(c.date, 4), ft(g), g.c(["Trauma call", "Medical pre-alert", "Peri-arrest"])))
        out.append(ident_line(g, c))
        out.append("Pre-alert from SAS: %s" % sc["pcs"])
        out.append("A: patent, talking\nB: RR %d, SpO2 %d%%, %s\nC: HR %d, BP %d/%d, CRT %ds, 2 x 16G\nD: GCS %d, BM %.1f, pupils PEARL\nE: T %.1f, %s" %
                   (c.obs["rr"], c.obs["sat"], g.c(["crackles", "wheeze", "clear"]), c.obs["hr"], c.obs["sbp"], c.obs["dbp"], g.ri(2, 4), g.ri(13, 15), c.labs["Glucose"], c.obs["temp"], g.c(["no rash", "no injuries found", "calves SNT"])))
        out.append("Impression: " + sc["dx"])
        out.append("Actions: " + "; ".join(sc["plan"]))
        out.append("Team leader: %s (Consultant EM)  Scribe: %s" % (person(g)["short"], c.nurse["full"]))
    else:
        out.append("ED referral to %s" % sc["spec"])
        out.append("%s %s  %d  %s" % (c.first, c.sur, c.age, c.chi))
        out.append("Time of referral %s   Referred to %s   4-hr breach time %s" % (ft(g), c.reg["short"], ft(g)))
        out.append("Summary: " + sc["pc"] + ". " + obs_line(g, c, 3) + ". Bloods: " + labs_inline(g, c, ["WCC", "CRP", "Creat"]))
        out.append("ED treatment: " + "; ".join(sc["plan"][:2]))
        out.append("Accepted: yes. Bed: %s" % c.ward)
        out.append(c.jr["sig"] + " (ED)")
    return c, "\n\n".join(x for x in out if x) if L in (0, 3, 4) else "\n".join(x for x in out if x)


# ----------------------------------------------------------------------------
# 23 transfer_summary
# ----------------------------------------------------------------------------
def t_transfer_summary(g):
    c = make_ctx(g, need="acute")
    sc = c.sc
    L = g.ri(0, 6)
    out = []
    dest_h = g.c([h["name"] for h in HOSPS if h["name"] != c.hosp["name"]])
    comm = g.c(COMM_HOSP)
    if L == 0:
        out.append(c.hosp["name"] + "\n" + g.c(["INTER-HOSPITAL TRANSFER", "Inter-hospital Transfer Form", "Transfer of care - acute to tertiary"]))
        out.append(pt_block(g, c, 1))
        unit = {"Cardiology": "Regional Cardiac Centre", "Stroke Medicine": "Neurosciences (thrombectomy service)", "General Surgery": "HPB Surgery", "Neurology": "Regional Neurosciences Unit",
                "Trauma & Orthopaedics": "Orthopaedic Trauma Unit", "Respiratory Medicine": "Thoracic Medicine"}.get(sc["spec"], "Acute Medicine (repatriation)")
        out.append("From: %s, %s\nTo: %s - %s\nAccepting clinician: %s   Bed: %s" % (c.ward, c.hosp["name"], dest_h, unit, person(g)["short"], g.c(["Ward 3C", "HDU", "Ward 41", "bed 4"])))
        out.append("Reason for transfer: " + g.c(["specialist intervention not available locally", "for inpatient angiography", "tertiary opinion", "repatriation"]))
        out.append("Diagnosis: " + sc["dx"])
        out.append("Summary: " + hpc(c) + " " + sc["course"])
        out.append("Current status: " + obs_line(g, c, 0))
        out.append("Lines/attachments: %s" % g.c(["PVC L ACF (day 2)", "PVC x2, urinary catheter", "none"]))
        out.append("Current medication: see Kardex (sent with patient). Allergies: " + (c.allergy or "NKDA"))
        out.append("Infection status: %s   Resus status: %s" % (g.c(["MRSA screen neg", "CPE screen neg", "COVID PCR neg" if c.date.year >= 2020 else "no known alerts"]), g.c(["For CPR", "DNACPR - form travels with patient"])))
        out.append("Transfer mode: %s   Escort: %s" % (g.c(["SAS", "SAS - urgent", "ScotSTAR"]), g.c(["nurse", "none required", "doctor and nurse"])))
        out.append("Completed by %s  %s  %s" % (c.reg["short"], D(c), ft(g)))
    elif L == 1:
        out.append(letterhead(g, c))
        out.append("%s\n%s" % (g.c(["The Consultant", "Dr " + g.c(SURN)]), comm))
        out.append("Dear %s" % g.c(["Colleague", "Dr " + g.c(SURN)]))
        out.append(pt_block(g, c, 0))
        out.append("Thank you for accepting %s for ongoing rehabilitation. %s was admitted on %s with %s." % (c.first, he(c, True), D(c, c.adm), sc["dx"].lower()))
        out.append(sc["course"])
        out.append("Current function: %s. %s" % (g.c(["walking with zimmer and 1", "transfers with 1", "independent with stick but slow"]), g.c(["Goal: home with package of care.", "Goal: return home.", "May require 24-hour care - discussed with family."])))
        out.append("Medication:\n" + meds_block(g, disch_meds(c)))
        out.append("Outstanding issues: " + sc["gp"])
        out.append(signoff(g, c, st=g.c([0, 2])))
    elif L == 2:
        out.append(g.c(["WARD TRANSFER CHECKLIST", "Internal transfer - nursing", "Transfer between wards"]))
        out.append(ident_line(g, c))
        out.append("From %s to %s   Date %s  Time %s" % (g.c(["AMU", "SRU", "ED", "CCU"]), c.ward, D(c), ft(g)))
        out.append("[X] ID band  [X] Allergies documented  [X] Kardex  [X] Notes  [%s] Property  [X] Obs within 1 hour: NEWS %d" % (g.c(["X", " "]), g.ri(0, 4)))
        out.append("Diagnosis: %s\nIV access: %s\nDiet: %s\nMobility: %s\nOutstanding: %s" % (sc["dxs"], g.c(["PVC R hand day 1 - VIP 0", "none"]), g.c(["normal", "NBM", "soft", "diabetic"]), g.c(["independent", "1 + zimmer", "bed rest"]), g.c(["bloods AM", "CT results", "OT assessment", "nil"])))
        out.append("Handed over by %s to %s" % (c.nurse["full"], person(g, sex="F")["f"] + " " + g.c(SURN)))
    elif L == 3:
        out.append(g.c(["ICU/HDU DISCHARGE SUMMARY (step-down to ward)", "Critical Care Transfer Summary", "HDU to ward transfer"]))
        out.append(pt_block(g, c, 5))
        out.append("Critical care admission %s, discharge to %s %s (LOS %d days)" % (D(c, c.adm), c.ward, D(c, c.adm + datetime.timedelta(days=g.ri(1, 4))), g.ri(1, 4)))
        out.append("Reason for admission: " + sc["dx"] + g.c([" with sepsis", " - for monitoring", " with respiratory failure"]))
        out.append("Organ support: %s" % g.c(["none (level 2 monitoring)", "NIV 24 hours", "noradrenaline 18 hours, weaned", "HFNO"]))
        out.append("Current issues:\n1. %s\n2. %s" % (sc["dxs"], g.c(["AKI - recovering", "delirium", "deconditioning", "nutrition"])))
        out.append("Recommendations for ward: " + "; ".join(g.some(["Outreach follow-up 24h", "Daily U&E", "Continue antibiotics", "Mobilise with physio", "Remove CVC by day 5"], 2, 4)))
        out.append("TEP: %s" % g.c(["Re-admission to ICU appropriate", "Ward-based ceiling"]))
        out.append("ICU consultant: %s" % person(g)["short"])
    elif L == 4:
        out.append(g.c(["Transfer of Care to Care Home", "NURSING TRANSFER LETTER", "Care Home Transfer Information"]))
        out.append("To: %s, %s" % (comm if "Home" in comm else "Craigellan Nursing Home", c.town))
        out.append("%s %s  DOB %s  CHI %s" % (c.first, c.sur, D(c, c.dob), c.chi))
        out.append("Diagnosis this admission: " + sc["dx"])
        out.append("Nursing needs: continence %s; mobility %s; diet %s (IDDSI level %d); skin %s" % (g.c(["pads", "continent", "catheter"]), g.c(["hoist", "zimmer + 1", "independent"]), g.c(["normal", "soft & bite-sized", "pureed"]), g.c([7, 6, 4]), g.c(["intact", "grade 1 sacrum"])))
        out.append("Medication: Kardex copy and %d days' supply sent." % g.c([7, 14, 28]))
        out.append("DNACPR: %s   ACP: %s   Power of attorney: %s" % (g.c(["yes - original sent", "no"]), g.c(["in place", "not in place"]), g.c(["welfare - son", "none"])))
        out.append("Contact ward on %s with any questions.  %s" % (tel(c, g), c.nurse["full"]))
    elif L == 5:
        out.append(g.c(["Scottish Ambulance Service", "SAS Patient Handover"]))
        out.append("Incident %d   Call sign %s   Handover %s" % (g.ri(1000000, 9999999), g.c(["A", "B", "R"]) + str(g.ri(100, 999)), ft(g)))
        out.append("Patient: %s %s  %d  CHI %s" % (c.first, c.sur, c.age, c.chi))
        out.append("ATMIST/history: " + sc["pc"] + ". " + hpc(c)[:200])
        out.append("Obs on scene: " + obs_line(g, c, 1))
        out.append("Treatment: %s" % g.c(["O2 via NRB", "GTN x2, aspirin 300mg", "IV access 18G, paracetamol 1g IV", "salbutamol neb 5mg", "none"]))
        out.append("Conveyed to %s ED. Handed to %s." % (c.hosp["abbr"], c.nurse["full"]))
    else:
        out.append(c.hosp["board"] + " - " + g.c(["Transfer Summary", "TRANSFER LETTER", "Patient Transfer Record"]))
        out.append(pt_block(g, c, 4))
        out.append("Transferring from %s (%s) to %s on %s" % (c.hosp["name"], c.ward, comm, D(c, c.dis)))
        out.append(hd(c, "Diagnoses") + "\n" + sc["dx"] + "\n" + pmh_block(g, c))
        out.append(hd(c, "Hospital course") + "\n" + sc["course"])
        out.append(hd(c, "Current medications") + "\n" + meds_block(g, disch_meds(c), 2))
        out.append(hd(c, "Plan at receiving unit") + "\n" + g.c(["PT/OT rehab, goal home.", "Await care home placement.", "Daily weights; bloods twice weekly."]))
        out.append("Transferring doctor: %s" % c.jr["short"])
    return c, "\n\n".join(x for x in out if x)


# ----------------------------------------------------------------------------
# 24 provider_orders
# ----------------------------------------------------------------------------
def t_provider_orders(g):
    c = make_ctx(g)
    sc = c.sc
    L = g.ri(0, 6)
    out = []
    if L == 0:
        out.append(c.hosp["board"] + "\n" + g.c(["PRESCRIPTION AND ADMINISTRATION RECORD", "Drug Kardex", "Hospital Prescription & Administration Record (Kardex)"]))
        out.append(pt_block(g, c, 2))
        out.append("Ward %s   Consultant %s   Weight %dkg   Allergies: %s" % (c.ward, c.cons["short"], g.ri(48, 110), c.allergy or "NKDA"))
        out.append("ONCE ONLY / STAT DOSES")
        out.append("%s  %s  %s  Dr %s" % (fd(c.date, 4), g.c(["Paracetamol 1g IV", "Morphine 5mg IV", "Furosemide 40mg IV", "Gentamicin 5mg/kg IV"]), ft(g), c.jr["s"]))
        out.append("REGULAR MEDICINES")
        for m in disch_meds(c) + [x for x in sc.get("new", []) if x[3] == "IV"]:
            out.append("  %-24s %-12s %-6s %-8s start %s  sig %s" % (m[0].upper(), m[1], m[3].upper()[:5], g.c(FREQ[m[2]]), fd(c.date, 4), c.jr["ini"]))
        out.append("AS REQUIRED")
        out.append("  %-24s %-12s %-6s max %s" % ("PARACETAMOL", "1g", "PO", "4g/24h"))
        out.append("  %-24s %-12s %-6s max %s" % (g.c(["ORAMORPH", "OXYCODONE"]), g.c(["2.5-5mg", "2.5mg"]), "PO", "2-hourly"))
        out.append("VTE prophylaxis: %s" % g.c(["Enoxaparin 40mg sc od", "contraindicated - TEDs", "on DOAC"]))
    elif L == 1:
        out.append(g.c(["IV FLUID PRESCRIPTION CHART", "Intravenous Fluid Prescription", "Fluid prescription and balance"]))
        out.append(ident_line(g, c))
        out.append("Date %s   Weight %dkg   Na %s  K %s  Creat %s" % (D(c), g.ri(50, 100), c.labs["Na"], c.labs["K"], c.labs["Creat"]))
        out.append("%-4s %-36s %-8s %-8s %s" % ("Bag", "Fluid", "Volume", "Rate", "Prescriber"))
        for i in range(g.ri(2, 4)):
            out.append("%-4d %-36s %-8s %-8s %s" % (i + 1, g.c(["0.9% sodium chloride", "Hartmann's", "0.9% NaCl + 20mmol KCl", "5% glucose", "0.18% NaCl/4% glucose + 20mmol KCl"]), g.c(["500ml", "1000ml"]), g.c(["8 hrly", "125ml/h", "stat over 15 min", "10 hrly"]), c.jr["sig"]))
        out.append("Fluid assessment: %s. Review fluids and U&E at 24h." % g.c(["dry, tachycardic", "euvolaemic - maintenance only", "NBM for theatre"]))
    elif L == 2:
        im = sc.get("img") or g.c(IMG_EXTRA)
        out.append(c.hosp["name"] + g.c([" - Radiology Request", "\nREQUEST FOR IMAGING", "\nRadiology / Diagnostic Imaging Request Form"]))
        out.append(pt_block(g, c, g.c([1, 5])))
        out.append("Examination requested: %s %s\nUrgency: %s\nTransport: %s" % (g.c(MODNAME[im["mod"]]), im["region"], g.c(["Routine", "Urgent", "Inpatient - today", "USC"]), g.c(["walking", "chair", "bed", "N/A - outpatient"])))
        out.append("Clinical details / question to be answered: " + im["clin"])
        out.append("Pregnancy status: %s   eGFR: %s   Contrast allergy: %s   Pacemaker/metal: %s" % ("N/A" if c.sex == "M" or c.age > 55 else g.c(["not pregnant", "LMP 2/52 ago"]), egfr(c), g.c(["No", "No"]), g.c(["No", "No", "Yes - hip replacement"])))
        out.append("Requested by: %s  Bleep/Tel: %d   Date: %s   IR(ME)R referrer signature ____" % (g.c([c.jr["short"], c.gp["short"]]), g.ri(1000, 6999), D(c)))
        out.append("Justified by: %s (radiology use)" % g.c(["__", "RG", "radiographer"]))
    elif L == 3:
        out.append(g.c(["LABORATORY REQUEST", "Blood Sciences Request Form", "Pathology request"]))
        out.append("%s %s   DOB %s   CHI %s   Loc: %s" % (c.sur.upper(), c.first, fd(c.dob, 0), c.chi, g.c([c.ward, c.practice])))
        out.append("Tests: " + "  ".join("[%s] %s" % (g.c(["X", "X", " "]), t) for t in ["FBC", "U&E", "LFT", "CRP", "Coag", "Bone", "TFT", "HbA1c", "Lipids", "Group & Save", "Blood culture"]))
        out.append("Clinical details: " + sc["pcs"] + g.c(["", " - on " + (sc["meds"][0][0] if sc["meds"] else "nil"), ", ?sepsis"]))
        out.append("Sample taken by: %s   Date/time: %s %s   Urgent: %s" % (g.c([c.nurse["full"], "phlebotomy", c.jr["short"]]), D(c), ft(g), g.c(["Y", "N"])))
        out.append("Requesting clinician: %s" % c.jr["short"])
    elif L == 4:
        out.append("%s  %s" % (D(c), ft(g)))
        out.append(g.c(["Admission orders", "MEDICAL INSTRUCTIONS", "Instructions to nursing staff", "Orders"]))
        out.append(ident_line(g, c))
        for x in g.some(["Obs 4 hourly, escalate NEWS >=5", "Obs hourly for 4 hours then 4 hourly", "Strict fluid balance", "Daily weights", "NBM from midnight", "Free fluids",
                         "Sliding scale / VRIII as per chart", "Bed rest", "Mobilise as able", "Neuro obs hourly", "Catheterise if no UO in 6h", "Falls bundle",
                         "Oxygen to keep sats 94-98%", "Oxygen to keep sats 88-92%", "Swallow screen before oral intake", "G&S x2"], 4, 7):
            out.append("- " + x)
        out.append("Bloods in AM: " + g.c(["FBC, U&E, CRP", "U&E, Mg, PO4", "FBC, coag, G&S"]))
        out.append(c.jr["sig"] + " " + g.c(["FY1", "FY2", "CT1"]))
    elif L == 5:
        out.append(g.c(["OXYGEN PRESCRIPTION", "VTE RISK ASSESSMENT AND PRESCRIPTION", "Oxygen and VTE - prescribing section"]))
        out.append(pt_block(g, c, 5))
        out.append("Target saturation: [%s] 94-98%%  [%s] 88-92%%  [ ] other" % (" " if "COPD" in sc["dx"] else "X", "X" if "COPD" in sc["dx"] else " "))
        out.append("Delivery device: %s   Start %s" % (g.c(["nasal cannulae 1-4L", "Venturi 28%", "Venturi 24%", "simple face mask"]), D(c)))
        out.append("VTE: mobility %s; risk factors: %s; bleeding risk: %s" % (g.c(["reduced", "normal"]), g.c(["age >60, acute illness", "surgery >90 min", "active cancer", "none"]), g.c(["none", "on antiplatelet"])))
        out.append("Prescribed: %s" % g.c(["Enoxaparin 40mg sc daily", "Enoxaparin 20mg sc daily (eGFR <30)", "Anti-embolism stockings only", "Not required"]))
        out.append("Prescriber %s  Signature ____" % c.jr["short"])
    else:
        out.append(g.c(["VARIABLE RATE INTRAVENOUS INSULIN INFUSION (VRIII)", "Anticoagulant (warfarin) dosing chart", "Insulin prescription chart"]))
        out.append(ident_line(g, c))
        if g.p(0.5):
            out.append("Actrapid 50 units in 49.5ml 0.9%% NaCl (1 unit/ml)\nCBG (mmol/L)  Rate (units/hr)\n<4.0          0 - treat hypo\n4.0-7.0       %s\n7.1-11.0      %s\n11.1-15.0     %s\n15.1-20.0     %s\n>20.0         %s - call doctor" % tuple(g.c([("0.5", "1", "2", "3", "4"), ("1", "2", "3", "4", "6")])))
            out.append("Substrate: 0.45%% NaCl / 5%% glucose + 20mmol KCl at %d ml/hr. Continue long-acting insulin." % g.c([83, 100, 125]))
        else:
            out.append("Indication: %s   Target INR %s   Anticoag clinic: %s" % (g.c(["AF", "mechanical MVR", "DVT"]), g.c(["2.5 (2.0-3.0)", "3.0 (2.5-3.5)"]), c.practice))
            out.append("Date       INR   Dose (mg)  Prescriber")
            for i in range(g.ri(3, 6)):
                out.append("%s  %-5s %-10s %s" % (fd(c.date + datetime.timedelta(days=i), 4), g.c(["1.4", "1.8", "2.3", "2.7", "-"]), g.c(["5", "4", "3", "5", "6"]), c.jr["ini"]))
        out.append("Prescribed by %s %s" % (c.jr["short"], D(c)))
    return c, "\n".join(x for x in out if x)


# ----------------------------------------------------------------------------
# 25 discharge_instructions
# ----------------------------------------------------------------------------
def t_discharge_instructions(g):
    c = make_ctx(g)
    sc = c.sc
    L = g.ri(0, 6)
    out = []
    wardtel = tel(c, g)
    if L == 0:
        c2 = make_ctx(g, need="op")
        c2.hosp, c2.date, c = c.hosp, c.date, c2
        op = c.sc["op"]
        out.append(c.hosp["name"] + "\n" + g.c(["Going home after your operation", "Information for patients: after your %s" % op["name"].lower(), "Discharge advice - surgical"]))
        out.append("Name: %s %s   Date of operation: %s" % (c.first, c.sur, D(c)))
        out.append("You have had: " + op["name"])
        out.append(g.c(["Your wound", "WOUND CARE", "Looking after your wound"]) + "\n" + g.c(["Keep the dressing dry for 48 hours. After this you may shower.", "Your stitches are dissolvable and do not need to be removed.", "Please arrange for your practice nurse to remove your clips/stitches in 10-14 days."]))
        out.append(g.c(["Pain relief", "PAIN"]) + "\nTake paracetamol regularly for the first few days. " + g.c(["You have also been given a short course of stronger painkillers which may cause constipation.", "Ibuprofen may be added if you are able to take it."]))
        out.append(g.c(["Activity", "Getting back to normal"]) + "\n" + g.c(["Avoid heavy lifting for 4-6 weeks.", "Walk regularly. You should not drive until you can perform an emergency stop comfortably.", "Most people return to office work within 2 weeks."]))
        out.append("Contact the ward or your GP if you notice: increasing redness, swelling or discharge from the wound; fever; increasing pain; calf pain or breathlessness.")
        out.append("Ward telephone: %s (24 hours).  Out of hours: NHS 24 on 111." % wardtel)
    elif L == 1:
        out.append(g.c(["HEAD INJURY ADVICE", "Head Injury - advice for adults", "Advice following a head injury"]))
        out.append("Emergency Department, " + c.hosp["name"])
        out.append("You have been examined and we feel it is safe for you to go home. It is important that a responsible adult stays with you for the next 24 hours.")
        out.append("Return to the Emergency Department immediately or call 999 if you develop:\n - increasing drowsiness\n - persistent vomiting\n - severe headache not relieved by painkillers\n - confusion, weakness, or difficulty speaking\n - fits\n - clear fluid from ears or nose")
        out.append("Do: rest, take paracetamol for headache.\nDon't: drink alcohol, take sleeping tablets, play contact sport for 3 weeks.")
        out.append("Patient: %s %s   Given by: %s   %s" % (c.first, c.sur, c.nurse["full"], D(c)))
    elif L == 2:
        kind = g.c(["gastroscopy", "colonoscopy", "cystoscopy", "bronchoscopy"])
        out.append(g.c(["After your %s" % kind, "%s - aftercare" % kind.upper(), "Discharge information: %s" % kind]))
        out.append("%s %s  CHI %s" % (c.first, c.sur, c.chi))
        out.append("You have had sedation: %s" % g.c(["YES - for 24 hours do not drive, operate machinery, drink alcohol or sign legal documents.", "NO - you may resume normal activities."]))
        out.append({"gastroscopy": "You may have a sore throat for a day. You can eat and drink 30 minutes after throat spray.", "colonoscopy": "You may feel bloated or have wind pains. A small amount of blood may be passed if polyps were removed.",
                    "cystoscopy": "You may notice blood in the urine and some stinging for 48 hours. Drink plenty of fluid.", "bronchoscopy": "Do not eat or drink for 2 hours. You may cough up small streaks of blood."}[kind])
        out.append("Results: %s" % g.c(["Your doctor will write to you and your GP.", "Biopsy results take 2-3 weeks.", "The findings were discussed with you today."]))
        out.append("If you have severe pain, vomiting blood, black stools or fever please contact the Endoscopy Unit on %s (Mon-Fri 8-6) or NHS 24 on 111." % wardtel)
    elif L == 3:
        out.append(g.c(["PLASTER CAST CARE", "Fracture Clinic - Looking after your cast", "Care of your plaster"]))
        out.append("Name: %s %s   Injury: %s   Cast applied: %s" % (c.first, c.sur, g.c(["Left wrist fracture", "Right ankle fracture", "Scaphoid fracture"]), D(c)))
        out.append("- Keep your arm/leg raised for 48-72 hours to reduce swelling\n- Exercise fingers/toes regularly\n- Keep the cast dry\n- Do not push anything down the cast")
        out.append("Return to the Fracture Clinic or ED urgently if: fingers/toes become blue, white, numb or very swollen; pain is increasing; the cast becomes loose, cracked or soft.")
        out.append("Next appointment: Fracture Clinic %s at %s" % (D(c, c.date + datetime.timedelta(days=g.ri(5, 10))), ft(g, g.ri(9, 15), g.c([0, 30]))))
        out.append("Plaster room: %s" % wardtel)
    elif L == 4:
        out.append(g.c(["Your discharge information", "INFORMATION FOR YOU ON LEAVING HOSPITAL", "Patient discharge advice"]))
        out.append("%s %s  Ward: %s" % (c.first, c.sur, c.ward))
        out.append("Why you were in hospital: " + sc["dx"])
        out.append("Your medicines: your pharmacist has gone through your medicines with you. " + g.c(["New medicines: " + ", ".join(m[0] for m in disch_meds(c) if m not in sc["meds"]) + ".", "Please take your medicines as listed on your discharge letter."]))
        out.append("What happens next: " + sc["fu"] + ".")
        out.append("Things to look out for: " + g.c(["if you become more breathless, your ankles swell or your weight goes up by more than 2kg in 3 days, contact your GP or heart failure nurse.", "if your fever returns or you feel more unwell, contact your GP.", "if you have new weakness of the face, arm or leg or difficulty speaking call 999 (FAST)."]))
        out.append("Ward phone: %s   NHS 24: 111   Emergency: 999" % wardtel)
        out.append("I have received and understood this information. Patient ______ Nurse %s" % c.nurse["full"])
    elif L == 5:
        out.append(g.c(["Advice after a chest infection", "Discharge advice: pneumonia", "Going home after a chest infection"]))
        out.append("For: %s %s" % (c.first, c.sur))
        out.append("Finish the course of antibiotics even if you feel better. It is normal to feel tired for several weeks and your cough may last up to 6 weeks.")
        out.append("Stop smoking: support is available from Quit Your Way Scotland.")
        out.append("Your GP will arrange a repeat chest X-ray in about 6 weeks.")
        out.append("Seek help if: you become more short of breath, cough up blood, have chest pain or high temperature.")
        out.append("Ward %s  Tel %s" % (c.ward, wardtel))
    else:
        out.append(g.c(["Catheter care at home", "Going home with a urinary catheter", "Trial without catheter - information"]))
        out.append("Name %s %s   Catheter type: %s   Inserted: %s   Next change due: %s" % (c.first, c.sur, g.c(["14Ch Foley long-term", "16Ch 2-way"]), D(c), D(c, c.date + datetime.timedelta(days=84))))
        out.append("- Wash your hands before and after touching your catheter\n- Keep the bag below the level of your bladder\n- Drink 1.5-2 litres per day unless told otherwise\n- Change leg bag every 5-7 days; use a night bag")
        out.append("Your district nurse (%s) has been informed and will visit within %d days." % (c.practice, g.ri(2, 5)))
        out.append("Contact the district nurses or NHS 24 (111) if: no urine drains for 2 hours, fever, blood clots, or severe pain.")
    return c, "\n\n".join(x for x in out if x)


# ----------------------------------------------------------------------------
# 26 other
# ----------------------------------------------------------------------------
def t_other(g):
    c = make_ctx(g)
    sc = c.sc
    L = g.ri(0, 7)
    out = []
    if L == 0:
        out.append(g.c(["FAX", "FACSIMILE TRANSMISSION", "Fax cover sheet", "SAFE HAVEN FAX"]))
        out.append(c.hosp["name"] + " - " + g.c(["Medical Records", "Secretaries", sc["spec"], "Ward %d" % g.ri(1, 30)]))
        out.append("To: %s\nFax: %s\nFrom: %s\nTel: %s\nDate: %s\nNo. of pages (including this one): %d" % (g.c([c.practice, "Pharmacy", "Dr " + g.c(SURN)]), "01632 960%03d" % g.ri(0, 999), g.c(FIRST_F) + " " + g.c(SURN), tel(c, g), D(c), g.ri(2, 8)))
        out.append("Re: " + g.c(["patient information as requested", "%s %s DOB %s" % (c.first[0], c.sur, fd(c.dob, 0)), "urgent results", "referral"]))
        out.append("CONFIDENTIALITY NOTICE: The information in this fax is confidential and intended only for the named recipient. If you receive this in error please telephone the sender immediately and destroy the document.")
    elif L == 1:
        out.append(g.c(["International Prostate Symptom Score (IPSS)", "EPWORTH SLEEPINESS SCALE", "Pre-clinic questionnaire"]))
        out.append("Name: %s %s   Date: %s" % (c.first, c.sur, D(c)))
        qs = g.c([["Incomplete emptying", "Frequency", "Intermittency", "Urgency", "Weak stream", "Straining", "Nocturia"],
                  ["Sitting and reading", "Watching TV", "Sitting inactive in public", "Passenger in car for an hour", "Lying down in afternoon", "Sitting and talking", "After lunch without alcohol", "In a car stopped in traffic"],
                  ["How long have you had symptoms?", "Do you smoke?", "Pain score today (0-10)", "Any recent weight loss?", "Are you able to climb stairs?"]])
        tot = 0
        for i, q in enumerate(qs):
            v = g.ri(0, 5 if len(qs) == 7 else 3)
            tot += v
            out.append("%d. %-40s %s" % (i + 1, q, v if len(qs) != 5 else g.c(["6 months", "no", "4", "no", "yes"])))
        out.append("Total score: %d" % tot if len(qs) != 5 else "Thank you for completing this form.")
    elif L == 2:
        out.append(g.c(["SUBJECT ACCESS REQUEST", "Request for access to health records", "Application for Access to Medical Records (UK GDPR / Data Protection Act 2018)"]))
        out.append("To: Data Protection Officer / Health Records Manager, %s" % c.hosp["board"])
        out.append("Applicant: %s %s   DOB %s   CHI %s\nAddress: %s" % (c.first, c.sur, fd(c.dob, 0), c.chi, ", ".join(c.addr)))
        out.append("Records requested: %s\nPeriod: %s to %s" % (g.c(["all hospital records", "ED attendance and X-ray reports", "GP records", "clinic letters from " + sc["clinic"]]), fd(c.date - datetime.timedelta(days=g.ri(300, 2000)), 0), fd(c.date, 0)))
        out.append("Request made by: %s" % g.c(["the patient", "solicitor on behalf of patient (mandate attached)", "welfare attorney (copy of POA attached)"]))
        out.append("ID provided: %s   Received: %s   Due by (1 month): %s" % (g.c(["passport", "driving licence", "utility bill + bank statement"]), D(c), D(c, c.date + datetime.timedelta(days=30))))
    elif L == 3:
        out.append(g.c(["Medical Illustration - Clinical Photographs", "CLINICAL PHOTOGRAPHY", "Photograph record"]))
        out.append("%s %s   CHI %s   Requested by %s" % (c.first, c.sur, c.chi, c.cons["short"]))
        for i in range(g.ri(2, 5)):
            out.append("Image %d: %s  %s" % (i + 1, g.c(["L lower leg, anterior view, with scale", "Abdominal wound, day 7", "R hand, palmar view", "Sacral area", "Pre-operative marking"]), fd(c.date, 0)))
        out.append("Consent: %s   Photographer: %s" % (g.c(["records only", "records + teaching"]), g.c(FIRST_F) + " " + g.c(SURN)))
    elif L == 4:
        out.append(g.c(["Statement of Fitness for Work", "FIT NOTE", "Med 3 - Statement of fitness for work for social security or statutory sick pay"]))
        out.append("Patient's name: %s %s %s" % (c.title, c.first, c.sur))
        out.append("I assessed your case on: %s\nand, because of the following condition(s): %s" % (D(c), sc["dxs"]))
        out.append("I advise you that: [%s] you are not fit for work  [%s] you may be fit for work taking account of the following advice: %s" % (g.c(["X", " "]), g.c([" ", "X"]), g.c(["phased return", "amended duties - no heavy lifting", "altered hours", ""])))
        out.append("This will be the case for %s / from %s to %s" % (g.c(["2 weeks", "4 weeks", "1 month"]), D(c), D(c, c.date + datetime.timedelta(days=g.c([14, 28, 30])))))
        out.append("I %s need to assess your fitness for work again at the end of this period." % g.c(["will", "will not"]))
        out.append("Doctor's signature ____  Date of statement %s\n%s, %s" % (D(c), c.gp["short"], c.practice))
    elif L == 5:
        out.append(g.c(["PATIENT PROPERTY RECORD", "Record of patient's property and valuables", "Valuables envelope"]))
        out.append("%s %s  %s  Ward %s" % (c.first, c.sur, c.hosno, c.ward))
        out.append("\n".join("- " + x for x in g.some(["Mobile phone (%s)" % g.c(["black", "cracked screen"]), "Wallet containing cash GBP %d.%02d" % (g.ri(0, 80), g.ri(0, 99)), "Yellow metal wedding band", "Watch", "Reading glasses", "Hearing aids x2", "Upper denture", "House keys", "Bank card x2", "Walking stick"], 3, 6)))
        out.append("Valuables sent to General Office: %s   Envelope no %d" % (g.c(["Yes", "No"]), g.ri(10000, 99999)))
        out.append("Signed (patient) _____  Witness: %s  %s" % (c.nurse["full"], D(c)))
    elif L == 6:
        out.append(g.c(["PATIENT TRANSPORT SERVICE - Booking", "Scottish Ambulance Service - Patient Transport Request", "Travel expenses claim"]))
        out.append("%s %s  CHI %s  %s" % (c.first, c.sur, c.chi, ", ".join(c.addr)))
        out.append("Appointment: %s %s at %s" % (sc["clinic"], D(c), c.hosp["name"]))
        out.append("Mobility: %s   Escort: %s   Oxygen: %s" % (g.c(["walker", "wheelchair", "stretcher", "walker with 1 assist"]), g.c(["yes", "no"]), g.c(["no", "yes 2L"])))
        out.append("Medical need for transport: %s" % g.c(["unable to use public transport due to condition", "lives on island - ferry fares claim", "frail elderly"]))
        out.append("Booked by: %s   Ref: %d" % (g.c(FIRST_F) + " " + g.c(SURN), g.ri(100000, 999999)))
    else:
        out.append(g.c(["Procurator Fiscal Service", "Police Scotland - Request for medical statement", "Solicitors' request for medical report"]))
        out.append("Our ref: %s/%d   Date: %s" % (g.c(["PF", "CR", "MS"]), g.ri(10000, 99999), D(c)))
        out.append("To: %s, %s" % (c.gp["short"] if g.p(0.5) else c.cons["short"], c.practice if g.p(0.5) else c.hosp["name"]))
        out.append("Re: %s %s, DOB %s" % (c.first, c.sur, D(c, c.dob)))
        out.append("We act on behalf of the above named in connection with %s on %s. We enclose a signed mandate and would be grateful for a report detailing injuries sustained, treatment and prognosis. Our client's fee undertaking is enclosed." % (g.c(["a road traffic accident", "an accident at work", "an alleged assault"]), D(c, c.date - datetime.timedelta(days=g.ri(30, 300)))))
        out.append("Yours faithfully\n\n%s & %s, Solicitors" % (g.c(SURN), g.c(SURN)))
    return c, "\n\n".join(x for x in out if x)


# ----------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------
TYPES = [
    ("discharge_summary", t_discharge_summary), ("history_physical", t_history_physical), ("progress_note", t_progress_note),
    ("consult_note", t_consult_note), ("operative_note", t_operative_note), ("procedure_note", t_procedure_note),
    ("lab_report", t_lab_report), ("imaging_report", t_imaging_report), ("pathology_report", t_pathology_report),
    ("medication_list", t_medication_list), ("prescription", t_prescription), ("anesthesia_record", t_anesthesia_record),
    ("correspondence", t_correspondence), ("consent_form", t_consent_form), ("referral_letter", t_referral_letter),
    ("advance_directive", t_advance_directive), ("ecg_report", t_ecg_report), ("immunization_record", t_immunization_record),
    ("registration_form", t_registration_form), ("insurance_card", t_insurance_card), ("nursing_note", t_nursing_note),
    ("ed_note", t_ed_note), ("transfer_summary", t_transfer_summary), ("provider_orders", t_provider_orders),
    ("discharge_instructions", t_discharge_instructions), ("other", t_other),
]


def main():
    ap = argparse.ArgumentParser(description="Synthetic NHS Scotland-style clinical document generator")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    r = random.Random(a.seed)
    g = G(r)
    recs = []
    for label, fn in TYPES:
        for i in range(a.per_type):
            c, text = fn(g)
            text = finish(g, c, text)
            recs.append({"id": "scot-%d-%s-%04d" % (a.seed, label, i), "label": label, "text": text})
    r.shuffle(recs)
    with open(a.out, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
