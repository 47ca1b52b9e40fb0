#!/usr/bin/env python3
"""Synthetic Caribbean (JA/TT/BB) public-hospital clinical document generator.
All people, places, identifiers and phone numbers are fictitious.
Standard library only. Deterministic per --seed."""
import argparse
import datetime
import json
import random

# ----------------------------------------------------------------------------
# Basic data
# ----------------------------------------------------------------------------
COUNTRIES = {
    'JA': dict(
        name='Jamaica', code='876', ccy='J$',
        ministry=['Ministry of Health', 'Ministry of Health & Wellness', 'MINISTRY OF HEALTH AND WELLNESS'],
        rha=['Windward Regional Health Authority', 'Leeward Regional Health Authority',
             'Central Parishes Regional Health Authority', 'Southern Coast Regional Health Authority'],
        hosp=['Bellevale Public General Hospital', 'Mount Carmel Regional Hospital', 'Port Esther Hospital',
              'Spring Garden General Hospital', 'Riverton Regional Hospital', 'Annotto Hill Public Hospital'],
        hc=['Orange Hill Health Centre', 'Content Gap Health Centre', 'Bamboo Walk Type III Health Centre',
            'Mile Gully Comprehensive Health Centre', 'Cedar Valley Type II Health Centre', 'Top Pasture Health Centre'],
        towns=['Bellevale', 'Riverton', 'Port Esther', 'Mount Carmel', 'Spring Garden', 'Cedar Valley',
               'Annotto Hill', 'Top Pasture', 'Orange Hill', 'Sweet River', 'Content Gap', 'Mile Gully'],
        parish=['St. Aldric', 'St. Bride', 'St. Crispin', 'St. Dunstan', 'Upper Clement', 'Westmere'],
        fund='NHF', fundlong='National Health Fund', fund2='JADEP',
        insurers=['Caribe Mutual Health', 'Sentinel Life (Ja.) Ltd', 'Blue Mahoe Health Plans', 'Island Assurance Group Health'],
        idname='TRN', council='MCJ', lab='Bellevale Regional Laboratory'),
    'TT': dict(
        name='Trinidad and Tobago', code='868', ccy='TT$',
        ministry=['Ministry of Health', 'MINISTRY OF HEALTH - TRINIDAD AND TOBAGO'],
        rha=['North Central Coast Regional Health Authority', 'South Savannah Regional Health Authority',
             'Eastern Hills Regional Health Authority', 'Tobago Windward Health Authority'],
        hosp=['San Andres General Hospital', 'Caroni Vale General Hospital', 'Point Fortune District Hospital',
              'Santa Lucia Heights General Hospital', 'Mayaro Bay Area Hospital', 'Scarlet Ibis General Hospital'],
        hc=['Palmiste Village Health Centre', 'Coralita Enhanced Health Centre', 'Tamana Road District Health Facility',
            'Bonne Aventure Health Centre', 'Esperanza Health Centre', 'Las Lomas Outreach Health Centre'],
        towns=['San Andres', 'Palmiste', 'Coralita', 'Tamana Road', 'Bonne Aventure', 'Esperanza', 'Las Lomas',
               'Point Fortune', 'Caroni Vale', 'Santa Lucia Heights', 'Chaguaramal', 'Pepper Village'],
        parish=['Caroni Vale', 'Victoria South', 'St. Aldwyn', 'Nariva East', 'Windward Tobago', 'Santa Lucia'],
        fund='CDAP', fundlong='Chronic Disease Assistance Programme', fund2='NIB',
        insurers=['Trinity Assurance Health Plan', 'Hummingbird Life & General', 'Guardian Palm Group Medical', 'Southern Cross Mutual'],
        idname='National ID', council='MBTT', lab='Caroni Vale Public Health Laboratory'),
    'BB': dict(
        name='Barbados', code='246', ccy='BDS$',
        ministry=['Ministry of Health', 'Ministry of Health and Wellness', 'GOVERNMENT OF BARBADOS - MINISTRY OF HEALTH'],
        rha=['Barbados Public Health Service'],
        hosp=['Queen Adelaide General Hospital', 'Coral Ridge General Hospital', 'Sandy Lane... District Hospital'.replace('Sandy Lane... ', 'Harrow Bay ')],
        hc=['Wellington Polyclinic', 'Eastmont Polyclinic', 'Gilbert Hall Polyclinic', 'Crane Hill Polyclinic',
            'Four Cross Roads Polyclinic', 'Bayfield Polyclinic'],
        towns=['Wellington', 'Eastmont', 'Gilbert Hall', 'Crane Hill', 'Bayfield', 'Harrow Bay', 'Coral Ridge',
               'Bridge Gap', 'Fustic Hill', 'Sandpiper Gardens'],
        parish=['St. Aldhelm', 'St. Beatrice', 'St. Edmund', 'Christ Rock', 'St. Felix', 'St. Gervase'],
        fund='BDS', fundlong='Barbados Drug Service', fund2='NIS',
        insurers=['Coral Reef Life Group Health', 'Flying Fish Mutual', 'Bajan Assurance Medical Plan', 'Trident Health Benefits'],
        idname='ID No.', council='BMC', lab='Queen Adelaide Pathology Laboratory'),
}

FIRST_M = {
    'JA': ['Andre', 'Kemar', 'Marlon', 'Delroy', 'Odane', 'Shavoy', 'Errol', 'Winston', 'Hopeton', 'Garfield', 'Fitzroy',
           'Devon', 'Rohan', 'Dwayne', 'Leroy', 'Clive', 'Oneil', 'Romario', 'Tyrone', 'Kirk', 'Lloyd', 'Everton'],
    'TT': ['Vishnu', 'Rajesh', 'Darnell', 'Shiva', 'Kerwin', 'Ravi', 'Anand', 'Marlon', 'Jason', 'Kwesi', 'Nigel',
           'Sunil', 'Terrence', 'Ryan', 'Imran', 'Ricardo', 'Deoraj', 'Keston', 'Akil', 'Curtis'],
    'BB': ['Ryan', 'Shane', 'Kemar', 'Ricardo', 'Jamal', 'Dwight', 'Carlisle', 'Neville', 'Anderson', 'Rommel',
           'Desmond', 'Trevor', 'Adrian', 'Kirk', 'Wendell', 'Corey', 'Jerome', 'Glenroy'],
}
FIRST_F = {
    'JA': ['Shanice', 'Tashana', 'Yanique', 'Nordia', 'Claudette', 'Beverley', 'Kerry-Ann', 'Tamika', 'Sandra',
           'Marcia', 'Sherine', 'Latoya', 'Keisha', 'Ava-Gaye', 'Simone', 'Petrina', 'Hyacinth', 'Monique', 'Jodi-Ann'],
    'TT': ['Anisa', 'Kavita', 'Keisha', 'Ria', 'Nadira', 'Savitri', 'Shelly-Ann', 'Candice', 'Indira', 'Camille',
           'Afiya', 'Sharda', 'Petal', 'Natasha', 'Gail', 'Rebecca', 'Vidya', 'Aaliyah', 'Denise'],
    'BB': ['Shontelle', 'Marcia', 'Sheena', 'Tricia', 'Deborah', 'Nicole', 'Cheryl', 'Alicia', 'Jacqueline',
           'Kimberley', 'Rochelle', 'Shakira', 'Paula', 'Sonia', 'Gloria', 'Ianthe', 'Makeda'],
}
SURN = {
    'JA': ['Campbell', 'McKenzie', 'Reid', 'Gordon', 'Thompson', 'Grant', 'Francis', 'Bailey', 'Ellis', 'Morrison',
           'Wright', 'Lindo', 'Blackwood', 'Spence', 'Henry', 'Chin', 'Barrett', 'Whyte', 'Palmer', 'Samuels',
           'Brissett', 'Dacosta', 'Powell', 'McLean', 'Nembhard'],
    'TT': ['Ramdass', 'Maharaj', 'Persad', 'Mohammed', 'Ali', 'Ramkissoon', 'Singh', 'Rampersad', 'Baptiste',
           'Joseph', 'Charles', 'Alexander', 'Noel', 'Khan', 'Seepersad', 'Boodoo', 'Ramnarine', 'De Freitas',
           'Phillip', 'Mitchell', 'Bissessar', 'Lutchman', 'Sookdeo', 'Hosein', 'Cedeno'],
    'BB': ['Greaves', 'Alleyne', 'Springer', 'Forde', 'Cumberbatch', 'Gittens', 'Holder', 'Clarke', 'Worrell',
           'Best', 'Yearwood', 'Marshall', 'Hinds', 'Brathwaite', 'Layne', 'Boyce', 'Griffith', 'Maynard',
           'Babb', 'Bourne', 'Skeete', 'Waithe', 'Sealy', 'Toppin', 'Harewood'],
}
STREETS = ['Main Road', 'Cane Piece Road', 'Paradise Gardens', 'Old Hope Lane', 'Breadfruit Avenue', 'Coconut Walk',
           'Church Street', 'Mango Tree Drive', 'Hibiscus Close', 'Back Street', 'Gully Road', 'Lime Tree Crescent',
           'Trace No. 3', 'Settlement Road', 'Bay Street', 'Ackee Road', 'Pepper Pot Lane', 'Hillview Terrace']
RELIGION = ['Anglican', 'Adventist (SDA)', 'Pentecostal', 'Roman Catholic', 'Baptist', 'Church of God', 'Methodist',
            'Moravian', 'Hindu', 'Muslim', 'Presbyterian', 'None', 'Rastafarian', 'Spiritual Baptist']
OCC = ['farmer', 'vendor', 'taxi operator', 'teacher', 'security guard', 'domestic helper', 'fisherman', 'higgler',
       'civil servant', 'student', 'pensioner', 'mason', 'cane cutter', 'nurse aide', 'bus driver', 'hairdresser',
       'unemployed', 'shop keeper', 'construction worker', 'call centre agent', 'hotel worker', 'mechanic']
RELN = ['mother', 'father', 'wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'common-law spouse',
        'aunt', 'grandmother', 'friend', 'cousin']

# ----------------------------------------------------------------------------
# Clinical conditions. Templates use {keys} from ctx.fmt().
# ----------------------------------------------------------------------------
C = []
C.append(dict(
    key='dka', dx='Diabetic ketoacidosis', alt=['DKA', 'DKA - precipitated by insulin omission', 'Diabetic ketoacidosis in T1DM'],
    spec='Internal Medicine', ward='Medical', age=(14, 45), sex=None, surg=False,
    pc=['vomiting x 2/7', 'abdominal pain and vomiting', 'polyuria, polydipsia and vomiting x 3 days', 'weakness & vomiting'],
    hpi=("{age} y/o {sex} known T1DM x {n1} yrs on insulin presents with {dur} hx of polyuria, polydipsia and "
         "vomiting (non-bilious, ~{n2} episodes/day). Ran out of insulin about {n3} days ago, said pharmacy did not have it. "
         "Generalised abdominal pain. No fever, no dysuria, no chest pain."),
    pmh=['T1DM dx age {n4}', 'previous DKA admission x1'], psh=['nil'],
    dh=[('Insulin NPH', '20 units', 'SC', 'mane'), ('Insulin NPH', '10 units', 'SC', 'nocte'), ('Insulin soluble', '6 units', 'SC', 'tds ac')],
    fh=['mother - T2DM, HTN'], sh=['lives with mother', 'no ETOH', 'non-smoker'],
    vit=dict(sbp=(92, 112), dbp=(55, 70), hr=(112, 134), rr=(26, 34), t=(36.6, 37.4), spo2=(97, 100)),
    exam=['ill-looking, dehydrated ++, Kussmaul breathing, acetone odour on breath', 'CVS: S1S2 tachycardic, no murmurs',
          'RS: clear, AEBE', 'Abd: soft, mild diffuse tenderness, no guarding', 'CNS: GCS 15/15, no focal deficit'],
    labs={'Glucose': (24.0, 33.0), 'K': (5.2, 6.1), 'Na': (127, 133), 'HCO3': (5, 11), 'Urea': (8.0, 14.0),
          'Creat': (120, 180), 'WBC': (12.0, 17.0), 'pH': (7.02, 7.19), 'Ketones': None},
    imaging=('CXR', 'Chest', 'The lungs are clear. Heart size normal. No effusion.', 'Normal chest radiograph.'),
    inmeds=[('Normal saline', '1L', 'IV', 'stat then 1L 2hrly x2'), ('Soluble insulin infusion', '0.1 units/kg/hr', 'IV', 'continuous'),
            ('Potassium chloride', '20 mmol/L', 'IV', 'in each litre once K<5.0'), ('Dextrose 5%', '1L', 'IV', 'when CBG <14')],
    dcmeds=[('Insulin NPH', '22 units', 'SC', 'mane'), ('Insulin NPH', '12 units', 'SC', 'nocte'), ('Insulin soluble', '6 units', 'SC', 'tds ac')],
    course=("Managed per DKA protocol with IV fluids, insulin infusion and potassium replacement. Anion gap closed within {n5} hrs. "
            "Transitioned to SC insulin on day 2 once tolerating orally. Seen by diabetes educator and dietitian."),
    plan=['DKA protocol', 'hourly CBG', 'U&E 4 hrly', 'strict input/output', 'NPO until vomiting settles', 'urinalysis & cultures'],
    fu='Diabetes clinic 2/52; repeat U&E in 1/52 at health centre', op=None))
C.append(dict(
    key='stroke', dx='Left MCA ischaemic stroke with right hemiparesis', alt=['CVA - L MCA territory infarct', 'Ischaemic stroke (left)', 'Acute CVA, R hemiparesis, uncontrolled HTN'],
    spec='Internal Medicine', ward='Medical', age=(52, 86), sex=None, surg=False,
    pc=['weakness R side of body', 'sudden slurred speech and R sided weakness', 'fell down, can\'t move right hand'],
    hpi=("{age} yr old {sex} with HTN (poorly compliant) brought in by {reln} after sudden onset of right sided weakness and slurred speech "
         "noticed on waking this morning. Last seen normal ~{n2}pm yesterday. No seizure, no headache, no vomiting. "
         "Stopped taking BP tablets {n3} months ago."),
    pmh=['HTN x {n1} yrs', 'T2DM (diet controlled)'], psh=['TAH 2001' if False else 'nil'],
    dh=[('Amlodipine', '5mg', 'PO', 'od'), ('Hydrochlorothiazide', '25mg', 'PO', 'od')],
    fh=['father - died of "stroke"'], sh=['ex-smoker', 'occasional white rum', 'lives with {reln}'],
    vit=dict(sbp=(172, 210), dbp=(98, 122), hr=(72, 96), rr=(16, 20), t=(36.4, 37.2), spo2=(94, 99)),
    exam=['alert, expressive dysphasia', 'R facial droop (UMN pattern)', 'Power R UL 2/5, R LL 3/5; L side 5/5',
          'Tone increased R, reflexes brisk R, plantar upgoing R', 'CVS: S1S2, no murmurs, no carotid bruit', 'RS: clear'],
    labs={'Glucose': (6.5, 9.8), 'Chol': (5.8, 7.4), 'LDL': (3.8, 5.2), 'Creat': (90, 140)},
    imaging=('CT', 'Head (non-contrast)', 'There is an area of hypodensity in the left fronto-parietal region in the left MCA territory with loss of grey-white differentiation. No haemorrhage. No midline shift. Ventricles normal.',
             'Acute/subacute left MCA territory infarct. No haemorrhagic transformation.'),
    inmeds=[('Aspirin', '300mg', 'PO/NG', 'od x 14 days'), ('Atorvastatin', '40mg', 'PO', 'nocte'), ('Enoxaparin', '40mg', 'SC', 'od'), ('Normal saline', '1L', 'IV', '12hrly')],
    dcmeds=[('Aspirin', '81mg', 'PO', 'od'), ('Atorvastatin', '40mg', 'PO', 'nocte'), ('Amlodipine', '10mg', 'PO', 'od'), ('Lisinopril', '10mg', 'PO', 'od')],
    course=("Swallow assessed - initially NGT, then soft diet by day {n5}. Permissive hypertension first 48 hrs then BP controlled. "
            "Physiotherapy and speech therapy commenced. Power R side improved to 3-4/5."),
    plan=['CT head', 'aspirin after CT excludes bleed', 'swallow screen; NPO till then', 'neuro obs 4 hrly', 'physio/OT referral', 'lipids, HbA1c'],
    fu='Medical Outpatient Clinic (MOPC) 4/52; physio at health centre', op=None))
C.append(dict(
    key='sickle', dx='Sickle cell disease (HbSS) with vaso-occlusive crisis', alt=['SCD - VOC', 'HbSS painful crisis', 'Sickle cell painful crisis'],
    spec='Haematology', ward='Medical', age=(9, 35), sex=None, surg=False,
    pc=['pain in back and legs x 2 days', 'body pain - "crisis"', 'severe pain both knees and lower back'],
    hpi=("{age} yr old {sex}, known HbSS, presents with {dur} of severe pain to lower back and both lower limbs, 9/10, not relieved by "
         "paracetamol and ibuprofen at home. Precipitated by getting wet in rain / dehydration. No fever, no chest pain, no priapism."),
    pmh=['HbSS', 'acute chest syndrome {n1} yrs ago', '{n2} admissions for crisis this year'], psh=['cholecystectomy (lap) 2 yrs ago'],
    dh=[('Folic acid', '5mg', 'PO', 'od'), ('Hydroxyurea', '500mg', 'PO', 'od')],
    fh=['sibling with SCD'], sh=['student / unemployed', 'no smoking'],
    vit=dict(sbp=(104, 124), dbp=(60, 78), hr=(96, 118), rr=(18, 24), t=(37.0, 38.2), spo2=(94, 99)),
    exam=['in painful distress, pale, mildly icteric', 'no lymphadenopathy', 'CVS: flow murmur', 'RS: clear bilat.',
          'Abd: soft, no HSM (auto-splenectomised)', 'MSK: tenderness over lumbar spine and both knees, no effusion'],
    labs={'Hb': (5.9, 7.6), 'Retic': (9.0, 18.0), 'WBC': (12.0, 18.0), 'TBili': (40, 75), 'LDH': (480, 900)},
    imaging=('CXR', 'Chest PA', 'Mild cardiomegaly. Lungs clear, no consolidation. H-shaped vertebrae noted.', 'No acute chest syndrome.'),
    inmeds=[('Morphine', '0.1mg/kg', 'IV', '4hrly prn'), ('Normal saline', '1L', 'IV', '8hrly'), ('Paracetamol', '1g', 'PO', '6hrly'), ('Folic acid', '5mg', 'PO', 'od')],
    dcmeds=[('Folic acid', '5mg', 'PO', 'od'), ('Hydroxyurea', '500mg', 'PO', 'od'), ('Paracetamol', '1g', 'PO', 'qds prn'), ('Ibuprofen', '400mg', 'PO', 'tds prn with meals')],
    course=("Analgesia with IV morphine, IV hydration. Pain score fell from 9/10 to 3/10 by day {n5}. Remained afebrile, no chest signs."),
    plan=['analgesia per pain protocol', 'IVF', 'CBC, retic, LDH', 'incentive spirometry', 'O2 if SpO2 <94%'],
    fu='Sickle Cell Clinic 2/52', op=None))
C.append(dict(
    key='dengue', dx='Dengue fever with warning signs', alt=['Dengue with warning signs', 'Dengue (NS1 positive)', 'Dengue fever - thrombocytopenia'],
    spec='Internal Medicine', ward='Medical', age=(8, 60), sex=None, surg=False,
    pc=['fever x 4 days', 'fever, body pain and vomiting', 'high fever, joint pain & rash'],
    hpi=("{age} y/o {sex} with {dur} history of high grade fever, retro-orbital headache, myalgia and arthralgia. Vomiting x {n2} today, "
         "mild abdominal pain. Gum bleeding this morning. Several persons in the district with similar illness. No travel."),
    pmh=['nil significant'], psh=['nil'], dh=[('Paracetamol', '1g', 'PO', 'prn')],
    fh=['noncontributory'], sh=['lives in {town}, mosquitoes ++ in area'],
    vit=dict(sbp=(96, 118), dbp=(60, 74), hr=(92, 112), rr=(18, 22), t=(37.6, 39.2), spo2=(97, 100)),
    exam=['flushed, mildly dehydrated', 'petechial rash both legs, tourniquet test positive', 'CVS: S1S2, CRT <2s',
          'RS: reduced air entry R base (?small effusion)', 'Abd: tender RUQ, liver 2cm below costal margin'],
    labs={'Plt': (18, 60), 'WBC': (1.8, 3.4), 'Hct': (46, 52), 'AST': (120, 340), 'ALT': (80, 220), 'DengueNS1': None},
    imaging=('US', 'Abdomen', 'Liver mildly enlarged, 16.2 cm. Gallbladder wall thickened (6mm) - oedematous. Small amount of free fluid in Morison\'s pouch. Small right pleural effusion.',
             'Features consistent with plasma leakage, in keeping with dengue.'),
    inmeds=[('Normal saline', '5 ml/kg/hr', 'IV', 'titrate to Hct'), ('Paracetamol', '1g', 'PO', '6hrly prn'), ('Ondansetron', '4mg', 'IV', '8hrly prn')],
    dcmeds=[('Paracetamol', '1g', 'PO', '6hrly prn fever/pain'), ('Oral rehydration salts', '1 sachet', 'PO', 'prn')],
    course=("Monitored for critical phase with 6 hrly Hct and daily platelets. IV crystalloids titrated. Platelet nadir {n5}x10^9/L on day 5, "
            "no transfusion needed. Defervesced and platelets recovering at discharge."),
    plan=['CBC 12hrly', 'NO NSAIDs / no IM injections', 'IVF per dengue guidelines', 'strict I/O, notify MOH (class 1 notifiable)', 'dengue NS1/IgM'],
    fu='repeat CBC at health centre in 48 hrs', op=None))
C.append(dict(
    key='lepto', dx="Leptospirosis (Weil's disease) with acute kidney injury", alt=['Leptospirosis', "Weil's disease", 'Lepto with AKI and jaundice'],
    spec='Internal Medicine', ward='Medical', age=(22, 68), sex='M', surg=False,
    pc=['fever, yellow eyes & calf pain', 'fever x 5 days, passing less urine', 'jaundice and body pain'],
    hpi=("{age} y/o male {occ} presents with {dur} of fever, severe calf pain, headache and yellowing of eyes. Reduced urine output x 2 days. "
         "Works in cane field / clears drains; lots of rats in area; recent flooding. No ETOH excess."),
    pmh=['nil'], psh=['nil'], dh=['nil'],
    fh=['nil'], sh=['{occ}', 'smokes ~5 cig/day', 'social ETOH'],
    vit=dict(sbp=(94, 118), dbp=(58, 72), hr=(98, 118), rr=(20, 26), t=(37.8, 39.4), spo2=(94, 98)),
    exam=['deeply icteric, conjunctival suffusion', 'dehydrated', 'marked calf tenderness bilat.', 'Abd: mild hepatomegaly, no ascites', 'CVS/RS: NAD'],
    labs={'TBili': (90, 260), 'Creat': (280, 620), 'Urea': (18, 34), 'Plt': (35, 90), 'CK': (900, 4200), 'K': (4.8, 5.9), 'Lepto': None},
    imaging=('US', 'Renal', 'Both kidneys normal in size (R 11.0 cm, L 11.3 cm) with mildly increased echogenicity. No hydronephrosis.', 'Changes may represent acute medical renal disease.'),
    inmeds=[('Benzylpenicillin (Pen G)', '1.5 MU', 'IV', '6hrly'), ('Ceftriaxone', '1g', 'IV', 'od'), ('Normal saline', '1L', 'IV', '6hrly')],
    dcmeds=[('Doxycycline', '100mg', 'PO', 'bd x 5 days'), ('Paracetamol', '1g', 'PO', 'prn')],
    course=("Treated with IV penicillin. Urine output improved with fluids; creatinine peaked at {n5}0 umol/L, did not require dialysis. "
            "Jaundice resolving. Lepto IgM ELISA positive."),
    plan=['IV antibiotics', 'strict I/O, catheterise', 'daily U&E, LFT, CBC', 'lepto serology', 'renal team aware re ?HD'],
    fu='MOPC 2/52 with repeat U&E, LFT', op=None))
C.append(dict(
    key='asthma', dx='Acute severe exacerbation of bronchial asthma', alt=['Acute asthma exacerbation', 'Bronchial asthma - acute attack', 'Asthma exacerbation (moderate-severe)'],
    spec='Internal Medicine', ward='Medical', age=(6, 55), sex=None, surg=False,
    pc=['shortness of breath x 1 day', 'wheezing, can\'t catch breath', 'SOB & chest tightness'],
    hpi=("{age} y/o {sex}, known asthmatic since childhood, presents with {dur} of worsening SOB, wheeze and dry cough after exposure to dust/"
         "cane burning. Used salbutamol pump ~{n2} times with little relief. Not on preventer. {n3} ED visits this year."),
    pmh=['bronchial asthma', 'allergic rhinitis'], psh=['nil'], dh=[('Salbutamol MDI', '100mcg 2 puffs', 'INH', 'prn')],
    fh=['mother - asthma'], sh=['non-smoker', 'no pets'],
    vit=dict(sbp=(110, 136), dbp=(68, 84), hr=(108, 128), rr=(26, 34), t=(36.5, 37.3), spo2=(88, 93)),
    exam=['speaking in phrases, using accessory muscles', 'RS: bilat. widespread expiratory wheeze, prolonged expiration', 'PEFR {n5}0 L/min (pred ~400)', 'CVS: S1S2 tachy'],
    labs={'WBC': (9.0, 13.0), 'Eos': (5, 12)},
    imaging=('CXR', 'Chest', 'Lungs hyperinflated. No focal consolidation or pneumothorax.', 'Hyperinflation. No pneumothorax.'),
    inmeds=[('Salbutamol', '5mg', 'NEB', '20 min x3 then 4hrly'), ('Ipratropium bromide', '500mcg', 'NEB', '6hrly'), ('Hydrocortisone', '200mg', 'IV', 'stat then 100mg 6hrly'), ('Oxygen', 'to keep SpO2 94-98%', 'via face mask', 'continuous')],
    dcmeds=[('Prednisolone', '40mg', 'PO', 'od x 5 days'), ('Beclomethasone MDI', '200mcg 2 puffs', 'INH', 'bd'), ('Salbutamol MDI', '100mcg 2 puffs', 'INH', 'prn')],
    course=("Responded to back-to-back nebs and IV hydrocortisone. Weaned off O2 by day {n5}. PEFR improved to >75% predicted. Inhaler technique reviewed."),
    plan=['nebs as above', 'ABG if not improving', 'PEFR pre/post neb', 'CXR', 'start ICS'],
    fu='Chest clinic / health centre 1/52', op=None))
C.append(dict(
    key='cap', dx='Community-acquired pneumonia (right lower lobe)', alt=['CAP - RLL', 'Right lower lobe pneumonia', 'Pneumonia (CURB-65 = 2)'],
    spec='Internal Medicine', ward='Medical', age=(35, 88), sex=None, surg=False,
    pc=['cough and fever x 5 days', 'fever, productive cough, R sided chest pain', 'SOB and cough'],
    hpi=("{age} y/o {sex} with {dur} productive cough with rusty sputum, fever with chills and right sided pleuritic chest pain. "
         "Reduced appetite. Took \"bush tea\" and cough syrup from pharmacy without relief."),
    pmh=['HTN', 'T2DM'], psh=['nil'], dh=[('Metformin', '500mg', 'PO', 'bd'), ('Amlodipine', '5mg', 'PO', 'od')],
    fh=['nil relevant'], sh=['ex-smoker 20 pack-yrs'],
    vit=dict(sbp=(98, 130), dbp=(58, 80), hr=(100, 120), rr=(24, 30), t=(38.2, 39.6), spo2=(88, 93)),
    exam=['febrile, tachypnoeic', 'RS: dull to percussion R base, bronchial breath sounds and coarse crepitations R lower zone', 'CVS: S1S2', 'Abd: soft NT'],
    labs={'WBC': (15.0, 22.0), 'CRP': (90, 260), 'Urea': (7.5, 11.0), 'Glucose': (9.0, 15.0)},
    imaging=('CXR', 'Chest PA', 'There is airspace consolidation in the right lower zone with air bronchograms obscuring the right hemidiaphragm. Left lung clear. Heart size normal.',
             'Right lower lobe pneumonia.'),
    inmeds=[('Ceftriaxone', '1g', 'IV', 'od'), ('Azithromycin', '500mg', 'PO', 'od x 3 days'), ('Paracetamol', '1g', 'PO', '6hrly'), ('Oxygen', '2-4 L/min', 'NP', 'to keep SpO2 >94%')],
    dcmeds=[('Amoxicillin-clavulanate', '625mg', 'PO', 'tds x 5 days'), ('Metformin', '500mg', 'PO', 'bd'), ('Amlodipine', '5mg', 'PO', 'od')],
    course=("IV ceftriaxone and azithromycin. Fever settled after 48 hrs; O2 weaned day {n5}. Switched to oral antibiotics."),
    plan=['IV antibiotics', 'sputum C/S, blood cultures x2', 'O2', 'chest physio', 'CBG qds'],
    fu='repeat CXR in 6/52; health centre review 1/52', op=None))
C.append(dict(
    key='appy', dx='Acute appendicitis', alt=['Acute appendicitis', 'Acute suppurative appendicitis', 'RIF pain - ?appendicitis'],
    spec='General Surgery', ward='Surgical', age=(12, 45), sex=None, surg=True,
    pc=['abdominal pain x 1 day', 'pain in right side of belly', 'belly pain and vomiting'],
    hpi=("{age} y/o {sex} with {dur} hx of periumbilical pain which migrated to the RIF, associated with anorexia, nausea and vomiting x{n2}. "
         "Low grade fever. No diarrhoea, no urinary sx. LNMP 2 wks ago (if female)."),
    pmh=['nil'], psh=['nil'], dh=['nil'], fh=['nil'], sh=['student/worker', 'no ETOH'],
    vit=dict(sbp=(110, 132), dbp=(64, 82), hr=(94, 112), rr=(18, 22), t=(37.6, 38.6), spo2=(97, 100)),
    exam=['Abd: tender RIF maximal at McBurney\'s point, guarding, rebound +ve', 'Rovsing\'s sign +ve', 'BS present', 'DRE: tender on R'],
    labs={'WBC': (13.0, 19.0), 'Neut': (78, 90), 'CRP': (40, 160)},
    imaging=('US', 'Abdomen/RIF', 'There is a non-compressible, blind-ending tubular structure in the RIF measuring {n3} mm in diameter with periappendiceal fat stranding and a small amount of free fluid. No appendicolith seen.',
             'Findings consistent with acute appendicitis.'),
    inmeds=[('Cefuroxime', '1.5g', 'IV', '8hrly'), ('Metronidazole', '500mg', 'IV', '8hrly'), ('Morphine', '5mg', 'IV', '4hrly prn'), ("Hartmann's solution", '1L', 'IV', '8hrly')],
    dcmeds=[('Paracetamol', '1g', 'PO', 'qds x 5 days'), ('Ibuprofen', '400mg', 'PO', 'tds with food x 3 days'), ('Amoxicillin-clavulanate', '625mg', 'PO', 'tds x 5 days')],
    course=("Taken to theatre for appendicectomy. Uneventful post-op recovery, tolerating diet day 1, mobilising. Wound clean."),
    plan=['NPO', 'IVF', 'IV antibiotics', 'book for appendicectomy tonight', 'consent', 'inform anaesthesia'],
    fu='Surgical Outpatient Clinic (SOPC) 2/52 for wound check; STR day 10 at health centre',
    op=dict(name='Appendicectomy', alt=['Open appendicectomy', 'Laparoscopic appendicectomy'], anaes='GA with ETT',
            incision='Lanz incision in RIF', findings='Inflamed, oedematous appendix, retrocaecal, with fibrinous exudate; no perforation; ~{n4}0 ml turbid fluid in pelvis.',
            steps=['Muscle split, peritoneum opened', 'Appendix delivered, mesoappendix ligated with 2/0 Vicryl', 'Base crushed, ligated x2 and appendix excised', 'Stump buried with purse-string', 'Peritoneal toilet with warm saline'],
            closure='Peritoneum 2/0 Vicryl, muscle/aponeurosis 1 Vicryl, skin subcuticular 3/0 Monocryl', ebl='<50 ml', specimen='Appendix for histology', dur=(40, 75))))
C.append(dict(
    key='chole', dx='Acute calculous cholecystitis', alt=['Acute cholecystitis', 'Symptomatic cholelithiasis', 'Calculous cholecystitis'],
    spec='General Surgery', ward='Surgical', age=(28, 70), sex='F', surg=True,
    pc=['RUQ pain x 2 days', 'pain under right ribs after eating', 'upper belly pain and vomiting'],
    hpi=("{age} y/o {sex} with {dur} of constant RUQ pain radiating to R shoulder tip, worse after fatty meal (fried dumpling, ackee & saltfish / "
         "doubles). Nausea, vomited x{n2}. Similar milder episodes over past {n3} months. No jaundice, no pale stools."),
    pmh=['obesity', 'HTN'], psh=['LSCS x2'], dh=[('Amlodipine', '5mg', 'PO', 'od')], fh=['sister - gallstones'], sh=['non-smoker'],
    vit=dict(sbp=(120, 146), dbp=(74, 92), hr=(88, 108), rr=(16, 22), t=(37.4, 38.4), spo2=(97, 100)),
    exam=['not jaundiced', 'Abd: obese, tender RUQ, Murphy\'s sign +ve, no mass', 'BS present'],
    labs={'WBC': (11.5, 16.0), 'ALP': (130, 220), 'TBili': (14, 30), 'Lipase': (30, 60)},
    imaging=('US', 'Abdomen (hepatobiliary)', 'The gallbladder is distended with multiple mobile echogenic calculi, the largest {n3} mm. Gallbladder wall thickened at 5 mm with pericholecystic fluid. Sonographic Murphy\'s sign positive. CBD 4 mm. Liver and pancreas unremarkable.',
             'Acute calculous cholecystitis.'),
    inmeds=[('Ceftriaxone', '1g', 'IV', 'od'), ('Metronidazole', '500mg', 'IV', '8hrly'), ('Pethidine', '50mg', 'IM', '4hrly prn'), ('Normal saline', '1L', 'IV', '8hrly')],
    dcmeds=[('Paracetamol', '1g', 'PO', 'qds prn'), ('Tramadol', '50mg', 'PO', 'bd prn x 3 days'), ('Amlodipine', '5mg', 'PO', 'od')],
    course=("Initially conservative with IV antibiotics then underwent cholecystectomy on day {n5}. Post-op recovery uneventful."),
    plan=['NPO', 'IVF', 'IV abx', 'LFTs, lipase', 'US abdomen', 'for lap chole this admission'],
    fu='SOPC 2/52 with histology',
    op=dict(name='Laparoscopic cholecystectomy', alt=['Lap. cholecystectomy', 'Laparoscopic cholecystectomy converted to open'], anaes='GA with ETT',
            incision='4-port technique, open Hasson entry at umbilicus', findings='Oedematous, distended gallbladder with omental adhesions; multiple stones; Calot\'s triangle dissected - critical view of safety achieved.',
            steps=['Pneumoperitoneum 12 mmHg', 'Adhesions taken down', 'Cystic duct and artery clipped (2 proximal, 1 distal) and divided', 'GB dissected off liver bed with diathermy', 'Retrieved in endobag via epigastric port', 'Haemostasis checked, washout'],
            closure='Umbilical fascia 0 Vicryl, skin 3/0 nylon', ebl='~50 ml', specimen='Gallbladder for histology', dur=(60, 120))))
C.append(dict(
    key='dfoot', dx='Infected diabetic foot with wet gangrene of right 2nd toe', alt=['Diabetic foot infection', 'Wet gangrene R 2nd toe - T2DM', 'Diabetic foot sepsis'],
    spec='General Surgery', ward='Surgical', age=(45, 80), sex=None, surg=True,
    pc=['foot ulcer with bad smell', 'R foot swelling and black toe', 'sore on foot not healing x 3 wks'],
    hpi=("{age} y/o {sex}, T2DM x {n1} yrs poorly controlled, presents with {dur} of swelling and foul-smelling discharge from R foot. "
         "Started as a small blister after wearing new shoes. Toe turned black {n2} days ago. Fever and chills."),
    pmh=['T2DM x {n1} yrs', 'HTN', 'peripheral neuropathy'], psh=['nil'],
    dh=[('Metformin', '1g', 'PO', 'bd'), ('Glibenclamide', '5mg', 'PO', 'bd'), ('Enalapril', '10mg', 'PO', 'od')],
    fh=['DM in family'], sh=['lives alone', 'ex-smoker'],
    vit=dict(sbp=(112, 150), dbp=(66, 90), hr=(98, 116), rr=(18, 24), t=(37.8, 38.9), spo2=(95, 99)),
    exam=['R foot: 2nd toe black, wet gangrene, cellulitis extending to dorsum of foot, pus on pressure, foul odour', 'Pulses: DP/PT weakly palpable R', 'reduced sensation to monofilament bilaterally'],
    labs={'Glucose': (14.0, 24.0), 'WBC': (15.0, 24.0), 'HbA1c': (9.5, 13.5), 'CRP': (120, 280), 'Creat': (95, 160)},
    imaging=('X-ray', 'Right foot AP/oblique', 'Soft tissue swelling and gas in the soft tissues around the 2nd toe. Cortical erosion of the 2nd proximal phalanx and head of 2nd metatarsal.',
             'Soft tissue gas and changes of osteomyelitis of 2nd ray.'),
    inmeds=[('Clindamycin', '600mg', 'IV', '8hrly'), ('Ciprofloxacin', '400mg', 'IV', '12hrly'), ('Soluble insulin', 'sliding scale', 'SC', 'qds per CBG'), ('Enoxaparin', '40mg', 'SC', 'od')],
    dcmeds=[('Clindamycin', '300mg', 'PO', 'qds x 10 days'), ('Ciprofloxacin', '500mg', 'PO', 'bd x 10 days'), ('Insulin NPH', '18 units', 'SC', 'bd'), ('Metformin', '1g', 'PO', 'bd'), ('Enalapril', '10mg', 'PO', 'od')],
    course=("Wound debrided and 2nd ray amputation done. Daily dressings. Sugars controlled with insulin. Wound granulating at discharge."),
    plan=['IV antibiotics', 'wound swab C/S', 'X-ray foot', 'sliding scale insulin', 'for debridement / ray amputation', 'Endocrine input'],
    fu='SOPC 1/52; daily dressing at health centre',
    op=dict(name='Ray amputation right 2nd toe and debridement', alt=['Debridement and R 2nd ray amputation', 'Amputation R second toe + wound debridement'], anaes='Spinal anaesthesia',
            incision='Racquet incision around R 2nd toe extended dorsally', findings='Wet gangrene 2nd toe, pus tracking along flexor sheath to mid-foot, necrotic tissue; bone soft at MT head.',
            steps=['Toe disarticulated at MTP joint and MT head excised', 'All necrotic tissue debrided to bleeding tissue', 'Copious washout with NS/hydrogen peroxide', 'Pus and bone sent for C/S'],
            closure='Wound left open, packed with betadine-soaked gauze', ebl='~100 ml', specimen='Toe and bone for histology and C/S', dur=(30, 60))))
C.append(dict(
    key='chf', dx='Congestive cardiac failure secondary to hypertensive heart disease', alt=['CCF - decompensated', 'Hypertensive heart disease with CCF', 'Acute decompensated heart failure (HFrEF)'],
    spec='Cardiology', ward='Medical', age=(50, 88), sex=None, surg=False,
    pc=['SOB on exertion and swollen feet', 'can\'t lie flat, foot swelling', 'difficulty breathing at night'],
    hpi=("{age} y/o {sex} with long-standing HTN presents with {dur} of progressive exertional dyspnoea (now after walking ~{n2}0 m), orthopnoea "
         "(sleeps on {n3} pillows), PND and bilateral leg swelling. Non-compliant with meds due to cost."),
    pmh=['HTN x {n1} yrs', 'CKD stage 3'], psh=['nil'], dh=[('Nifedipine retard', '20mg', 'PO', 'bd'), ('Furosemide', '40mg', 'PO', 'od')],
    fh=['HTN'], sh=['non-smoker', 'lives with {reln}'],
    vit=dict(sbp=(150, 190), dbp=(90, 110), hr=(96, 118), rr=(24, 30), t=(36.4, 37.0), spo2=(88, 94)),
    exam=['orthopnoeic, JVP raised to angle of jaw', 'pitting oedema to knees bilat.', 'CVS: apex displaced to 6th ICS AAL, S3 gallop, soft pansystolic murmur at apex', 'RS: bibasal fine crepitations', 'Abd: tender hepatomegaly 3cm'],
    labs={'Creat': (130, 210), 'Na': (128, 134), 'BNP': (900, 3200), 'Hb': (10.5, 12.0)},
    imaging=('Echo', 'Transthoracic echocardiogram', 'Dilated LV (LVIDd {n4} mm) with global hypokinesia. LVEF ~{n5}% (Simpson\'s). Concentric LVH. Moderate functional MR. LA dilated. RVSP 48 mmHg. Small pericardial effusion.',
             'Dilated cardiomyopathy pattern with severe LV systolic dysfunction, likely hypertensive heart disease.'),
    inmeds=[('Furosemide', '40mg', 'IV', 'bd'), ('Enalapril', '5mg', 'PO', 'bd'), ('Spironolactone', '25mg', 'PO', 'od'), ('Enoxaparin', '40mg', 'SC', 'od')],
    dcmeds=[('Furosemide', '40mg', 'PO', 'bd'), ('Enalapril', '10mg', 'PO', 'bd'), ('Carvedilol', '6.25mg', 'PO', 'bd'), ('Spironolactone', '25mg', 'PO', 'od'), ('Aspirin', '81mg', 'PO', 'od')],
    course=("Diuresed with IV furosemide, net negative ~{n5}00 ml/day, weight down 5 kg. Carvedilol started once euvolaemic. Echo done."),
    plan=['IV furosemide', 'fluid restriction 1.5L/day', 'daily weights, I/O', 'ECG, echo', 'U&E daily', 'salt restriction'],
    fu='Cardiology clinic 4/52; U&E 1/52', op=None))
C.append(dict(
    key='preeclampsia', dx='Severe pre-eclampsia at 34 weeks gestation', alt=['Severe PET', 'Pre-eclampsia with severe features', 'PIH / severe pre-eclampsia'],
    spec='Obstetrics & Gynaecology', ward='Maternity', age=(18, 41), sex='F', surg=True,
    pc=['headache and swollen face', 'high BP at antenatal clinic', 'headache, seeing spots'],
    hpi=("{age} y/o G{n1}P{n2} at 34/40 by dates and early scan, referred from antenatal clinic with BP 168/112 and proteinuria 3+. "
         "Complains of frontal headache and visual blurring x 1 day. No epigastric pain, no PV bleeding. Good fetal movements."),
    pmh=['nil, no chronic HTN'], psh=['nil'], dh=[('Ferrous sulphate', '200mg', 'PO', 'od'), ('Folic acid', '5mg', 'PO', 'od')],
    fh=['mother had "high pressure" in pregnancy'], sh=['lives with partner', 'no ETOH, no smoking'],
    vit=dict(sbp=(160, 182), dbp=(104, 120), hr=(84, 104), rr=(16, 22), t=(36.4, 37.2), spo2=(96, 100)),
    exam=['facial and pedal oedema', 'SFH 32 cm, cephalic, FHR 140 bpm reactive', 'reflexes brisk, 2 beats clonus', 'Abd: soft, no RUQ tenderness'],
    labs={'Plt': (92, 140), 'ALT': (40, 90), 'Creat': (80, 110), 'UricAcid': (400, 520), 'UrineProt': None},
    imaging=('US', 'Obstetric', 'Single live intrauterine fetus in cephalic presentation. BPD/FL/AC consistent with 32+4 wks. EFW 1{n4}00 g (10th centile). AFI 7 cm. Placenta fundal, grade II. Umbilical artery Doppler: raised PI, EDF present.',
             'Single live fetus with early growth restriction. Reduced liquor.'),
    inmeds=[('Magnesium sulphate', '4g', 'IV', 'loading over 20 min then 1g/hr'), ('Hydralazine', '5mg', 'IV', 'prn SBP>160'), ('Dexamethasone', '12mg', 'IM', '24 hrly x2 doses'), ('Nifedipine', '10mg', 'PO', 'tds')],
    dcmeds=[('Methyldopa', '500mg', 'PO', 'tds'), ('Nifedipine retard', '20mg', 'PO', 'bd'), ('Ferrous sulphate', '200mg', 'PO', 'od'), ('Paracetamol', '1g', 'PO', 'prn')],
    course=("Stabilised with MgSO4 and antihypertensives; steroids given. Delivered by emergency LSCS on day 2 for worsening BP/non-reassuring CTG. "
            "Baby to NICU/SCBU. BP controlled on oral meds at discharge."),
    plan=['MgSO4 protocol', 'BP q15min', 'catheterise, hourly UO', 'PET bloods', 'CTG', 'steroids', 'for delivery - discuss with consultant'],
    fu='Postnatal clinic 1/52 for BP; 6/52 postnatal check at health centre',
    op=dict(name='Emergency lower segment caesarean section', alt=['Em. LSCS', 'Caesarean section (lower segment)'], anaes='Spinal anaesthesia',
            incision='Pfannenstiel incision', findings='Live {bsex} infant delivered cephalic at {time}, weight 1{n4}00g, Apgars {n2}/{n3}... ; clear liquor; normal uterus, tubes and ovaries.'.replace('{n2}/{n3}... ', '7 and 9 at 1 and 5 min'),
            steps=['Lower segment opened transversely', 'Baby delivered and handed to paediatrician', 'Oxytocin 5 IU IV given', 'Placenta delivered by CCT, complete', 'Uterus closed in 2 layers 1 Vicryl', 'Haemostasis secured'],
            closure='Rectus sheath 1 PDS, skin subcuticular 3/0', ebl='~{n5}00 ml', specimen='Placenta for histology', dur=(40, 70))))
C.append(dict(
    key='ge_child', dx='Acute gastroenteritis with moderate dehydration', alt=['AGE with moderate dehydration', 'Gastroenteritis - some dehydration', 'Acute diarrhoeal disease'],
    spec='Paediatrics', ward='Paediatric', age=(1, 6), sex=None, surg=False,
    pc=['diarrhoea and vomiting x 2 days', 'running belly and vomiting', 'watery stools, not drinking well'],
    hpi=("{age} yr old {sex} brought by {reln} with {dur} of watery, non-bloody diarrhoea (~{n2} episodes/day) and vomiting. "
         "Reduced oral intake and fewer wet diapers. Low grade fever. Other children at basic school sick."),
    pmh=['born at term SVD', 'immunisations up to date per MCH card'], psh=['nil'], dh=['nil'],
    fh=['nil'], sh=['attends basic school', 'lives with {reln} and siblings'],
    vit=dict(sbp=(86, 100), dbp=(50, 62), hr=(130, 156), rr=(28, 36), t=(37.4, 38.4), spo2=(97, 100)),
    exam=['irritable, sunken eyes, dry mucous membranes', 'skin pinch goes back slowly', 'CRT 3 sec', 'Abd: soft, hyperactive BS, no masses', 'weight {n3}.{n4} kg'],
    labs={'Na': (131, 137), 'K': (3.0, 3.6), 'HCO3': (14, 19), 'Urea': (6.0, 9.0)},
    imaging=None,
    inmeds=[('Oral rehydration solution', '75 ml/kg', 'PO', 'over 4 hrs'), ('Normal saline + 5% dextrose', 'maintenance', 'IV', 'if ORS fails'), ('Zinc sulphate', '20mg', 'PO', 'od x 10 days'), ('Paracetamol syrup', '15mg/kg', 'PO', '6hrly prn')],
    dcmeds=[('Oral rehydration salts', 'after each stool', 'PO', 'prn'), ('Zinc sulphate', '20mg', 'PO', 'od to complete 10 days'), ('Paracetamol syrup', '120mg/5ml 7.5ml', 'PO', '6hrly prn')],
    course=("Rehydrated with ORS (and IV fluids for first {n5} hrs as vomiting persisted). Tolerating feeds, passing urine, stools reducing."),
    plan=['ORS plan B', 'stool for C/S, ova & parasites', 'U&E', 'weigh daily', 'strict I/O'],
    fu='Child health clinic / health centre 3 days', op=None))
C.append(dict(
    key='fracture', dx='Closed fracture of the right tibial shaft (motorcycle RTA)', alt=['Closed R tibia/fibula fracture', 'Fx R tibial shaft', 'RTA - closed tibial shaft fracture'],
    spec='Orthopaedics', ward='Orthopaedic', age=(17, 55), sex='M', surg=True,
    pc=['injured R leg in motorbike accident', 'pain and deformity R leg post RTA', 'fell off bike, can\'t walk'],
    hpi=("{age} y/o male, rider of motorcycle (no helmet) that collided with a car at ~{time} today. Unable to bear weight on R leg with obvious deformity. "
         "No LOC, no vomiting. No other injuries reported. Last meal {n2} hrs ago."),
    pmh=['nil'], psh=['nil'], dh=['nil'], fh=['nil'], sh=['smokes ganja occasionally', 'social ETOH', '{occ}'],
    vit=dict(sbp=(118, 140), dbp=(70, 88), hr=(90, 110), rr=(18, 22), t=(36.5, 37.2), spo2=(97, 100)),
    exam=['Primary survey: A patent, B clear, C stable, D GCS 15', 'R leg: deformity mid-shaft tibia, swelling, skin intact, no wound', 'Distal pulses (DP/PT) palpable, sensation intact, cap refill <2s', 'compartments soft'],
    labs={'Hb': (12.0, 14.0), 'WBC': (9.0, 12.0)},
    imaging=('X-ray', 'Right tibia & fibula AP/lateral', 'Displaced, comminuted fracture of the mid-shaft of the right tibia with associated fracture of the fibula at the same level. Joints preserved.',
             'Displaced midshaft fracture of R tibia and fibula.'),
    inmeds=[('Morphine', '5mg', 'IV', '4hrly prn'), ('Cefazolin', '1g', 'IV', 'pre-op'), ('Tetanus toxoid', '0.5ml', 'IM', 'stat'), ('Enoxaparin', '40mg', 'SC', 'od')],
    dcmeds=[('Paracetamol', '1g', 'PO', 'qds'), ('Diclofenac', '50mg', 'PO', 'tds x 5 days with meals'), ('Enoxaparin', '40mg', 'SC', 'od x 2 weeks')],
    course=("Placed in above-knee backslab; underwent intramedullary nailing on day {n5}. Mobilised NWB with crutches by physio."),
    plan=['analgesia', 'above-knee backslab', 'elevate, monitor for compartment syndrome', 'X-rays', 'book theatre for IM nail'],
    fu='Fracture clinic 2/52 with X-ray',
    op=dict(name='Intramedullary nailing right tibia', alt=['IM nailing R tibia', 'Closed reduction and interlocking nail R tibia'], anaes='Spinal anaesthesia',
            incision='Patellar tendon splitting incision', findings='Comminuted mid-shaft tibial fracture, closed; no compartment syndrome.',
            steps=['Entry point made proximal tibia under II', 'Guide wire passed across fracture after closed reduction', 'Sequential reaming', '{n3}mm x 330mm interlocking nail inserted', 'Proximal and distal locking screws x2 each', 'Position confirmed on II'],
            closure='Layers with 2/0 Vicryl, skin 3/0 nylon', ebl='~200 ml', specimen='nil', dur=(90, 150))))
C.append(dict(
    key='chop', dx='Chop wound left forearm with flexor tendon injury', alt=['Laceration L forearm (machete) with tendon injury', 'Chop wound L wrist - FCR/FDS lacerated', 'Machete injury L forearm'],
    spec='Orthopaedics', ward='Surgical', age=(18, 50), sex='M', surg=True,
    pc=['cut on left hand with machete', 'chop wound to L arm', 'chopped during altercation'],
    hpi=("{age} y/o male sustained a chop wound to the L forearm with a machete during an altercation at ~{time}. Bleeding controlled with cloth at scene. "
         "Unable to flex fingers fully. Police present. Right hand dominant."),
    pmh=['nil'], psh=['nil'], dh=['nil'], fh=['nil'], sh=['{occ}', 'social ETOH'],
    vit=dict(sbp=(112, 136), dbp=(68, 84), hr=(88, 108), rr=(16, 20), t=(36.4, 37.0), spo2=(98, 100)),
    exam=['L volar forearm: {n3} cm clean-edged laceration ~5 cm proximal to wrist crease, tendons visible', 'Unable to flex wrist against resistance; FDS ring & middle weak', 'Radial pulse palpable, sensation intact median/ulnar distribution'],
    labs={'Hb': (11.5, 14.0)},
    imaging=('X-ray', 'Left forearm AP/lateral', 'No fracture or radio-opaque foreign body. Soft tissue defect volar aspect distal forearm.', 'No bony injury.'),
    inmeds=[('Tetanus toxoid', '0.5ml', 'IM', 'stat'), ('Cefazolin', '1g', 'IV', '8hrly'), ('Morphine', '5mg', 'IV', 'prn')],
    dcmeds=[('Cloxacillin', '500mg', 'PO', 'qds x 5 days'), ('Paracetamol', '1g', 'PO', 'qds prn'), ('Ibuprofen', '400mg', 'PO', 'tds prn')],
    course=("Taken to theatre for exploration and tendon repair. Dorsal blocking splint applied. Hand therapy commenced."),
    plan=['tetanus', 'IV antibiotics', 'X-ray', 'for exploration & repair under GA', 'police report noted'],
    fu='Hand clinic / SOPC 1/52; physio',
    op=dict(name='Exploration and flexor tendon repair left forearm', alt=['Wound exploration + tendon repair L forearm', 'Debridement, FCR & FDS repair L'], anaes='GA with LMA',
            incision='Wound extended proximally and distally (zig-zag)', findings='Complete division of FCR and FDS to middle & ring fingers; FDP intact; median nerve and radial artery intact.',
            steps=['Tourniquet 250 mmHg applied', 'Wound debrided and washed with 2L NS', 'Tendons repaired with 4-strand core suture 3/0 Prolene + epitendinous 5/0', 'Tourniquet released, haemostasis'],
            closure='Skin 4/0 nylon interrupted; dorsal blocking POP', ebl='minimal', specimen='nil', dur=(60, 100))))
C.append(dict(
    key='pyelo', dx='Acute pyelonephritis', alt=['Acute pyelonephritis (right)', 'Complicated UTI / pyelonephritis', 'Upper UTI'],
    spec='Internal Medicine', ward='Medical', age=(18, 70), sex='F', surg=False,
    pc=['fever and back pain', 'burning urine and R loin pain', 'fever, vomiting, pain in side'],
    hpi=("{age} y/o {sex} with {dur} of dysuria, frequency, followed by fever with rigors, right loin pain and vomiting x{n2}. "
         "Previous UTIs treated at the health centre."),
    pmh=['recurrent UTI', 'T2DM'], psh=['BTL'], dh=[('Metformin', '500mg', 'PO', 'bd')], fh=['nil'], sh=['non-smoker'],
    vit=dict(sbp=(100, 124), dbp=(60, 78), hr=(100, 118), rr=(18, 22), t=(38.3, 39.8), spo2=(97, 100)),
    exam=['febrile, ill', 'R renal angle tenderness', 'Abd: suprapubic tenderness, no guarding', 'CVS/RS: NAD'],
    labs={'WBC': (14.0, 21.0), 'Creat': (90, 140), 'CRP': (100, 240), 'Urinalysis': None, 'UrineCS': None},
    imaging=('US', 'Renal/KUB', 'Right kidney 11.8 cm with mild cortical oedema, no hydronephrosis or calculus. Left kidney normal. Bladder wall normal.', 'Right pyelonephritis; no obstruction.'),
    inmeds=[('Ceftriaxone', '1g', 'IV', 'od'), ('Paracetamol', '1g', 'IV', '6hrly'), ('Normal saline', '1L', 'IV', '8hrly')],
    dcmeds=[('Ciprofloxacin', '500mg', 'PO', 'bd x 10 days'), ('Paracetamol', '1g', 'PO', 'prn'), ('Metformin', '500mg', 'PO', 'bd')],
    course=("IV ceftriaxone; afebrile after 48 hrs. Urine culture grew E. coli sensitive to ciprofloxacin and ceftriaxone. Switched to oral."),
    plan=['MSU C/S before antibiotics', 'blood cultures', 'IV ceftriaxone', 'renal US'],
    fu='health centre 1/52', op=None))
C.append(dict(
    key='ugib', dx='Upper GI bleed from duodenal ulcer', alt=['UGIB - bleeding DU', 'Haematemesis & melaena - peptic ulcer disease', 'Bleeding duodenal ulcer (NSAID-related)'],
    spec='Gastroenterology', ward='Medical', age=(40, 82), sex=None, surg=False,
    pc=['vomiting blood', 'black stools and dizziness', 'haematemesis x 2'],
    hpi=("{age} y/o {sex} with {dur} of melaena and {n2} episodes of coffee-ground vomitus today. Dizzy on standing. Taking diclofenac from pharmacy "
         "for knee pain x {n3} wks. No liver disease, drinks ETOH on weekends."),
    pmh=['OA knees', 'HTN'], psh=['nil'], dh=[('Diclofenac', '50mg', 'PO', 'tds'), ('Amlodipine', '10mg', 'PO', 'od')], fh=['nil'], sh=['ETOH weekends'],
    vit=dict(sbp=(88, 104), dbp=(50, 64), hr=(108, 126), rr=(18, 24), t=(36.2, 37.0), spo2=(96, 99)),
    exam=['pale ++, clammy', 'postural drop', 'Abd: soft, mild epigastric tenderness, no stigmata of CLD', 'DRE: melaena on glove'],
    labs={'Hb': (6.2, 8.0), 'Urea': (12.0, 22.0), 'Plt': (180, 320), 'INR': (1.0, 1.2)},
    imaging=None,
    inmeds=[('Omeprazole', '80mg', 'IV', 'stat then 8mg/hr infusion'), ('Packed red cells', '2 units', 'IV', 'over 3 hrs each'), ('Normal saline', '1L', 'IV', 'stat')],
    dcmeds=[('Omeprazole', '40mg', 'PO', 'bd x 8 weeks'), ('Amlodipine', '10mg', 'PO', 'od'), ('Ferrous sulphate', '200mg', 'PO', 'bd'), ('Paracetamol', '1g', 'PO', 'prn (NO NSAIDs)')],
    course=("Resuscitated, transfused 2 units. OGD day 1: 1.5 cm posterior DU with visible vessel - injected adrenaline and clipped. No rebleed. H. pylori CLO test positive - eradication started."),
    plan=['2 large bore IV', 'G&C 2 units', 'IV PPI', 'NPO', 'urgent OGD', 'stop NSAIDs'],
    fu='GI clinic 6/52; repeat Hb at health centre 1/52', op=None))
C.append(dict(
    key='dmhtn', dx='Type 2 diabetes mellitus and hypertension, suboptimally controlled', alt=['T2DM / HTN', 'DM & HTN - follow-up', 'Diabetes mellitus type 2 with hypertension'],
    spec='Family Medicine', ward='Medical', age=(40, 82), sex=None, surg=False,
    pc=['routine review', 'for BP and sugar check', 'refill of medication', 'feeling dizzy, sugar high'],
    hpi=("{age} y/o {sex} with T2DM x {n1} yrs and HTN, here for routine review and refills. Reports occasional numbness of feet. Admits eating "
         "a lot of starch (\"food\") and sweet drinks. Misses evening tablets sometimes."),
    pmh=['T2DM x {n1} yrs', 'HTN x {n4} yrs', 'dyslipidaemia'], psh=['nil'],
    dh=[('Metformin', '1g', 'PO', 'bd'), ('Gliclazide', '80mg', 'PO', 'bd'), ('Lisinopril', '20mg', 'PO', 'od'), ('Amlodipine', '10mg', 'PO', 'od'), ('Atorvastatin', '20mg', 'PO', 'nocte')],
    fh=['mother - DM', 'father - HTN, stroke'], sh=['non-smoker', 'no ETOH'],
    vit=dict(sbp=(142, 172), dbp=(86, 100), hr=(72, 90), rr=(14, 18), t=(36.2, 36.9), spo2=(97, 100)),
    exam=['well, obese (BMI ~{n2})', 'CVS: S1S2 no murmurs', 'Feet: callus R 1st MTP, monofilament reduced both feet, pulses present', 'Fundi: not examined (no dilating drops)'],
    labs={'Glucose': (9.0, 14.0), 'HbA1c': (8.2, 10.8), 'Chol': (5.4, 6.9), 'LDL': (3.4, 4.6), 'Creat': (85, 120)},
    imaging=None, inmeds=[],
    dcmeds=[('Metformin', '1g', 'PO', 'bd'), ('Gliclazide', '160mg', 'PO', 'bd'), ('Lisinopril', '20mg', 'PO', 'od'), ('Amlodipine', '10mg', 'PO', 'od'), ('Atorvastatin', '40mg', 'PO', 'nocte'), ('Aspirin', '81mg', 'PO', 'od')],
    course="", plan=['increase gliclazide', 'diet counselling - nutritionist', 'HbA1c, lipids, U&E, urine ACR', 'eye clinic referral for retinal screen', 'foot care education'],
    fu='3/12 with results', op=None))
COND = {c['key']: c for c in C}
SURG = [c for c in C if c['surg']]
ADULT = [c for c in C if c['age'][1] > 20]

# ----------------------------------------------------------------------------
# Lab catalogue: key -> (display names, lo, hi, unit, decimals)
# ----------------------------------------------------------------------------
LAB = {
    'WBC': (['WBC', 'White cell count', 'WBC count', 'TWBC'], 4.0, 11.0, 'x10^9/L', 1),
    'Neut': (['Neutrophils', 'Neut %', 'Polys'], 40, 75, '%', 0),
    'Lymph': (['Lymphocytes', 'Lymph %'], 20, 45, '%', 0),
    'Eos': (['Eosinophils', 'Eos %'], 1, 6, '%', 0),
    'Hb': (['Hb', 'Haemoglobin', 'HGB', 'Hgb'], 12.0, 16.0, 'g/dL', 1),
    'Hct': (['Hct', 'PCV', 'Haematocrit'], 36, 48, '%', 0),
    'MCV': (['MCV'], 80, 98, 'fL', 0),
    'Plt': (['Platelets', 'Plt', 'PLT count'], 150, 400, 'x10^9/L', 0),
    'Retic': (['Reticulocytes', 'Retic count'], 0.5, 2.5, '%', 1),
    'Na': (['Sodium', 'Na', 'Na+'], 135, 145, 'mmol/L', 0),
    'K': (['Potassium', 'K', 'K+'], 3.5, 5.1, 'mmol/L', 1),
    'Cl': (['Chloride', 'Cl'], 98, 107, 'mmol/L', 0),
    'HCO3': (['Bicarbonate', 'HCO3', 'CO2 (total)'], 22, 29, 'mmol/L', 0),
    'Urea': (['Urea', 'BUN'], 2.5, 7.1, 'mmol/L', 1),
    'Creat': (['Creatinine', 'Creat', 'S. Creatinine'], 53, 106, 'umol/L', 0),
    'Glucose': (['Glucose (random)', 'RBS', 'Blood glucose', 'FBS'], 3.9, 7.8, 'mmol/L', 1),
    'TBili': (['Total bilirubin', 'T. Bili', 'Bilirubin (total)'], 3, 21, 'umol/L', 0),
    'ALT': (['ALT', 'ALT (SGPT)'], 7, 45, 'U/L', 0),
    'AST': (['AST', 'AST (SGOT)'], 10, 40, 'U/L', 0),
    'ALP': (['Alk. Phos', 'ALP', 'Alkaline phosphatase'], 44, 147, 'U/L', 0),
    'Alb': (['Albumin', 'Alb'], 35, 50, 'g/L', 0),
    'HbA1c': (['HbA1c', 'Glycated haemoglobin (HbA1c)'], 4.0, 6.0, '%', 1),
    'CK': (['CK', 'CPK', 'Creatine kinase'], 30, 200, 'U/L', 0),
    'CRP': (['CRP', 'C-reactive protein'], 0, 5, 'mg/L', 0),
    'Chol': (['Total cholesterol', 'Cholesterol'], 3.0, 5.2, 'mmol/L', 1),
    'LDL': (['LDL-C', 'LDL cholesterol'], 1.0, 3.4, 'mmol/L', 1),
    'LDH': (['LDH'], 120, 246, 'U/L', 0),
    'INR': (['INR'], 0.8, 1.2, '', 2),
    'BNP': (['NT-proBNP', 'BNP'], 0, 125, 'pg/mL', 0),
    'Lipase': (['Lipase'], 13, 60, 'U/L', 0),
    'UricAcid': (['Uric acid', 'Urate'], 150, 360, 'umol/L', 0),
    'pH': (['pH (venous)', 'pH'], 7.32, 7.42, '', 2),
}
BASE_LABS = ['WBC', 'Hb', 'Plt', 'Na', 'K', 'Urea', 'Creat']

# ----------------------------------------------------------------------------
# Context
# ----------------------------------------------------------------------------
class Ctx(object):
    pass


def rand_phone(r, code, mobile=False):
    a = r.choice(['555', '555', '555']) if not mobile else r.choice(['555', '550'])
    s = '%s-%04d' % (a, r.randint(0, 9999))
    st = r.randint(0, 4)
    if st == 0:
        return '(%s) %s' % (code, s)
    if st == 1:
        return '1-%s-%s' % (code, s)
    if st == 2:
        return '%s-%s' % (code, s)
    if st == 3:
        return '%s %s' % (code, s)
    return s


def person(r, co, sex=None):
    sex = sex or r.choice('MF')
    f = r.choice(FIRST_M[co] if sex == 'M' else FIRST_F[co])
    s = r.choice(SURN[co])
    if r.random() < 0.08:
        s = s + '-' + r.choice(SURN[co])
    return sex, f, s


def clinician(r, co, role=None, spec=None):
    sex, f, s = person(r, co)
    roles = ['Consultant', 'SMO', 'Registrar', 'Senior Registrar', 'SHO', 'Intern', 'Medical Officer',
             'Junior Resident', 'Senior Resident', 'House Officer', 'DM Resident']
    d = Ctx()
    d.first, d.last, d.sex = f, s, sex
    d.role = role or r.choice(roles)
    d.spec = spec
    d.init = f[0]
    mid = r.choice('ABCDEGHJKLMNPRSTW')
    d.short = r.choice(['Dr. %s. %s' % (f[0], s), 'Dr %s %s' % (f, s), 'Dr. %s %s' % (f, s), 'Dr %s.%s. %s' % (f[0], mid, s), 'DR. %s %s' % (f[0], s.upper())])
    d.quals = r.choice(['MBBS', 'MBBS (UWI)', 'MBBS, DM', 'MB BS, FRCS', 'MBBS, DM (Surg)', 'MBBS, DM (Int Med)', 'MBBS, MRCP', 'MD', 'MBBS, DM (O&G)', 'MBBS, DM (Paed)', 'MBBS, DM (Anaes)'])
    d.reg = '%s %s' % (COUNTRIES[co]['council'], r.randint(1200, 9899))
    return d


def nurse(r, co):
    sex, f, s = person(r, co, r.choice('FFFFM'))
    t = r.choice(['RN', 'S/N', 'SRN', 'RN/RM', 'Nurse', 'Sr.', 'E/N', 'Staff Nurse', 'Nursing Sister', 'PCA'])
    return r.choice(['%s %s. %s' % (t, f[0], s), '%s %s' % (f, s), '%s. %s (%s)' % (f[0], s, t), '%s %s' % (t, s)])


def make_ctx(r, cond=None, co=None, child=False):
    c = Ctx()
    c.r = r
    c.co = co or r.choice(['JA', 'JA', 'JA', 'TT', 'TT', 'BB'])
    C0 = COUNTRIES[c.co]
    c.C = C0
    c.cond = cond or r.choice(C)
    lo, hi = c.cond['age']
    if child:
        lo, hi = 0, 5
    c.age = r.randint(lo, hi)
    sx = c.cond['sex'] or r.choice('MF')
    c.sex, c.first, c.last = person(r, c.co, sx)
    c.mid = r.choice(['', '', '', r.choice(FIRST_M[c.co] + FIRST_F[c.co])])
    year = r.randint(2005, 2024)
    c.date = datetime.date(year, r.randint(1, 12), r.randint(1, 28))
    c.dob = datetime.date(max(1920, year - c.age - (1 if r.random() < 0.5 else 0)), r.randint(1, 12), r.randint(1, 28))
    c.los = r.randint(2, 9)
    c.ddate = c.date + datetime.timedelta(days=c.los)
    c.hosp = r.choice(C0['hosp'])
    c.hc = r.choice(C0['hc'])
    c.rha = r.choice(C0['rha'])
    c.ministry = r.choice(C0['ministry'])
    c.town = r.choice(C0['towns'])
    c.parish = r.choice(C0['parish'])
    c.addr = '%s %s, %s' % (r.choice(['', 'Lot ', 'Apt 3, ', '#', 'No. ']) + str(r.randint(1, 160)), r.choice(STREETS), c.town)
    c.phone = rand_phone(r, C0['code'], True)
    c.hphone = rand_phone(r, C0['code'])
    c.fax = rand_phone(r, C0['code'])
    pre = ''.join(w[0] for w in c.hosp.split() if w[0].isupper())[:3]
    c.mrn = r.choice(['%s-%02d-%05d' % (pre, year % 100, r.randint(0, 99999)), '%07d' % r.randint(0, 9999999),
                      '%s %06d' % (pre, r.randint(0, 999999)), '%d/%05d' % (year, r.randint(0, 99999)), '%02d-%06d' % (year % 100, r.randint(0, 999999))])
    if c.co == 'JA':
        c.natid = '%03d-%03d-%03d' % (r.randint(100, 199), r.randint(0, 999), r.randint(0, 999))
    elif c.co == 'TT':
        c.natid = '%04d%02d%02d%03d' % (c.dob.year, c.dob.month, c.dob.day, r.randint(0, 999))
    else:
        c.natid = '%02d%02d%02d-%04d' % (c.dob.year % 100, c.dob.month, c.dob.day, r.randint(0, 9999))
    c.fundno = '%s%08d' % (r.choice(['', 'N', 'C', 'B']), r.randint(0, 99999999))
    c.nok_rel = r.choice(RELN)
    s2, f2, l2 = person(r, c.co)
    c.nok = '%s %s' % (f2, r.choice([c.last, c.last, l2]))
    c.nok_phone = rand_phone(r, C0['code'], True)
    c.occ = r.choice(OCC) if c.age > 17 else ('student' if c.age > 4 else 'child')
    if c.age > 64 and r.random() < 0.6:
        c.occ = 'pensioner'
    c.religion = r.choice(RELIGION)
    c.marital = 'single' if c.age < 18 else r.choice(['single', 'married', 'common-law', 'widowed', 'divorced', 'single', 'visiting relationship'])
    c.doc = clinician(r, c.co)
    c.doc2 = clinician(r, c.co, 'Consultant')
    c.doc3 = clinician(r, c.co)
    c.nurse = nurse(r, c.co)
    c.nurse2 = nurse(r, c.co)
    c.ward_name = r.choice(['%s Ward %d' % (c.cond['ward'], r.randint(1, 6)), '%s %s Ward' % ('Female' if c.sex == 'F' else 'Male', c.cond['ward']),
                            'Ward %s' % r.choice(['1A', '2B', '3', '4', '5A', '6', '7', '8', '10', '12']), '%s Ward' % c.cond['ward']])
    c.bed = r.randint(1, 32)
    c.n = [r.randint(2, 9) for _ in range(6)]
    c.time = '%02d%02d' % (r.randint(0, 23), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))
    c.dur = r.choice(['1 day', '2 days', '3/7', '2/7', '4 days', '5/7', '1/52', '3 days', '24 hrs'])
    # vitals
    v = c.cond['vit']
    c.sbp = r.randint(*v['sbp']); c.dbp = r.randint(*v['dbp']); c.hr = r.randint(*v['hr'])
    c.rr = r.randint(*v['rr']); c.temp = round(r.uniform(*v['t']), 1); c.spo2 = r.randint(*v['spo2'])
    if c.age < 12:
        c.sbp = r.randint(86, 104); c.dbp = r.randint(50, 66)
    c.wt = round(r.uniform(10, 22), 1) if c.age < 7 else (r.randint(25, 55) if c.age < 14 else r.randint(52, 118))
    # labs
    c.labs = {}
    for k in BASE_LABS + [k for k in c.cond['labs'] if k in LAB]:
        names, lo_, hi_, unit, dec = LAB[k]
        rng = c.cond['labs'].get(k) or (lo_ + (hi_ - lo_) * 0.15, hi_ - (hi_ - lo_) * 0.15)
        val = r.uniform(*rng)
        c.labs[k] = round(val, dec) if dec else int(round(val))
    return c


def F(c, s):
    """format template with ctx values"""
    d = dict(age=c.age, sex=('male' if c.sex == 'M' else 'female'), Sex=('Male' if c.sex == 'M' else 'Female'),
             he=('he' if c.sex == 'M' else 'she'), his=('his' if c.sex == 'M' else 'her'), reln=c.nok_rel,
             dur=c.dur, town=c.town, occ=c.occ, time=c.time, bsex=c.r.choice(['male', 'female']),
             n1=c.n[0] + 3, n2=c.n[1], n3=c.n[2], n4=c.n[3], n5=c.n[4], name=c.first + ' ' + c.last)
    try:
        return s.format(**d)
    except (KeyError, IndexError, ValueError):
        return s


def ds(c, d=None, style=None):
    d = d or c.date
    r = c.r
    st = style if style is not None else r.randint(0, 7)
    mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.month - 1]
    monl = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][d.month - 1]
    suf = 'th' if 11 <= d.day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')
    return [
        '%02d/%02d/%04d' % (d.day, d.month, d.year), '%d/%d/%02d' % (d.day, d.month, d.year % 100),
        '%02d-%s-%04d' % (d.day, mon, d.year), '%d%s %s %d' % (d.day, suf, monl, d.year),
        '%02d.%02d.%04d' % (d.day, d.month, d.year), '%d %s %d' % (d.day, mon, d.year),
        '%02d/%02d/%04d' % (d.day, d.month, d.year), '%s %d, %d' % (monl, d.day, d.year)][st]


def tm(c, t=None):
    t = t or c.time
    st = c.r.randint(0, 4)
    h, m = int(t[:2]), int(t[2:])
    if st == 0:
        return t + 'hrs'
    if st == 1:
        return '%d:%02d %s' % ((h % 12) or 12, m, 'am' if h < 12 else 'pm')
    if st == 2:
        return '%02d:%02d' % (h, m)
    if st == 3:
        return t + 'h'
    return t


def later(c, mins):
    h, m = int(c.time[:2]), int(c.time[2:])
    t = (h * 60 + m + mins) % 1440
    return '%02d%02d' % (t // 60, t % 60)


def pname(c, st=None):
    st = st if st is not None else c.r.randint(0, 5)
    m = (' ' + c.mid) if c.mid else ''
    return [c.first + m + ' ' + c.last, c.last.upper() + ', ' + c.first + m, c.first.upper() + ' ' + c.last.upper(),
            c.last + ' ' + c.first, c.first + ' ' + c.last, c.last.upper() + ' ' + c.first.upper() + m.upper()][st]


def sexs(c):
    return c.r.choice([c.sex, 'Male' if c.sex == 'M' else 'Female', c.sex])


def agestr(c):
    if c.age == 0:
        return '%d mths' % c.r.randint(1, 11)
    return c.r.choice(['%d' % c.age, '%d yrs' % c.age, '%dy' % c.age, '%d years' % c.age, '%d y/o' % c.age])


def pick(c, seq):
    return c.r.choice(seq)


def maybe(c, p=0.5):
    return c.r.random() < p


def sample(c, seq, k):
    k = max(0, min(k, len(seq)))
    return c.r.sample(list(seq), k)


FREQ = {
    'od': ['od', 'daily', 'once daily', 'OD', 'mane', '1 daily'], 'bd': ['bd', 'BD', 'twice daily', 'b.i.d.', '12 hrly'],
    'tds': ['tds', 'TDS', 'three times daily', 't.i.d.', '8 hrly'], 'qds': ['qds', 'QDS', 'four times daily', '6 hrly', 'q.i.d.'],
    'nocte': ['nocte', 'at night', 'hs', 'at bedtime'], 'prn': ['prn', 'PRN', 'when necessary', 'as needed'],
}


def freq(c, f):
    for k, v in FREQ.items():
        if f == k:
            return pick(c, v)
        if f.startswith(k + ' '):
            return pick(c, v) + f[len(k):]
    return f


def med(c, m, st=None):
    if isinstance(m, str):
        return m
    name, dose, route, fr = m
    st = st if st is not None else c.r.randint(0, 6)
    f = freq(c, fr)
    if st == 0:
        return '%s %s %s %s' % (name, dose, route, f)
    if st == 1:
        form = 'Tab' if route == 'PO' and 'syrup' not in name.lower() else ('Inj' if route in ('IV', 'IM', 'SC') else '')
        return ('%s %s %s %s' % (form, name, dose, f)).strip()
    if st == 2:
        return '%s %s %s' % (name.upper(), dose.upper(), f.upper())
    if st == 3:
        return '%s - %s %s, %s' % (name, dose, route.lower(), f)
    if st == 4:
        return '%s %s (%s) %s' % (name, dose, route, f)
    if st == 5:
        return '%s %s %s' % (name.lower(), dose, f)
    return '%s %s %s %s' % (name, dose.replace(' ', ''), route, f)


def labname(c, k):
    return pick(c, LAB[k][0])


def labline(c, k, st=0):
    names, lo, hi, unit, dec = LAB[k]
    v = c.labs.get(k)
    if v is None:
        return ''
    flag = 'H' if v > hi else ('L' if v < lo else '')
    nm = names[0]
    rng = ('%s - %s' % (lo, hi)) if k not in ('CRP', 'BNP') else ('< %s' % hi)
    if st == 0:
        return '%-22s %8s %-2s %-10s %s' % (nm, v, flag, unit, rng)
    if st == 1:
        return '%s %s%s' % (pick(c, names), v, ('(%s)' % flag) if flag else '')
    if st == 2:
        return '%s: %s %s %s' % (nm, v, unit, ('*' + flag) if flag else '')
    return '%s %s' % (pick(c, names), v)


def extra_lab_lines(c):
    """non-numeric condition-specific results"""
    out = []
    L = c.cond['labs']
    if 'Ketones' in L:
        out.append(pick(c, ['Urine ketones: +++', 'Ketones 3+', 'Serum ketones: strongly positive']))
    if 'DengueNS1' in L:
        out.append(pick(c, ['Dengue NS1 Ag: POSITIVE', 'Dengue NS1 antigen - Reactive', 'Dengue IgM: Positive; NS1: Positive']))
    if 'Lepto' in L:
        out.append(pick(c, ['Leptospira IgM ELISA: POSITIVE', 'Lepto serology - reactive (IgM)', 'Leptospira IgM: Positive']))
    if 'UrineProt' in L:
        out.append(pick(c, ['Urine protein: 3+', 'Urinalysis: protein +++', 'UPCR 0.%d g/mmol' % c.n[0]]))
    if 'Urinalysis' in L:
        out.append(pick(c, ['Urinalysis: nitrites +, leuc +++, blood +', 'U/A: WBC >50/hpf, nitrite positive']))
    if 'UrineCS' in L:
        out.append(pick(c, ['Urine C/S: E. coli >10^5 CFU/ml, S: cipro, ceftriaxone, genta; R: ampicillin, co-trimoxazole']))
    return out


def lab_summary(c, k=None, st=None):
    keys = list(c.labs.keys())
    if k:
        keys = sample(c, keys, k)
    st = st if st is not None else c.r.randint(1, 3)
    return [labline(c, x, st) for x in keys] + extra_lab_lines(c)


def vitals(c, st=None):
    st = st if st is not None else c.r.randint(0, 5)
    bp = '%d/%d' % (c.sbp, c.dbp)
    if st == 0:
        return 'BP %s  P %d  RR %d  T %.1f  SpO2 %d%%' % (bp, c.hr, c.rr, c.temp, c.spo2)
    if st == 1:
        return 'BP: %s mmHg, HR: %d bpm, RR: %d/min, Temp: %.1f C, Sats: %d%% RA' % (bp, c.hr, c.rr, c.temp, c.spo2)
    if st == 2:
        return 'T- %.1f  P- %d  R- %d  BP- %s' % (c.temp, c.hr, c.rr, bp)
    if st == 3:
        return 'Vitals: BP %s, pulse %d reg, resp %d, temp %.1f, O2 sat %d%%, CBG %.1f' % (bp, c.hr, c.rr, c.temp, c.spo2, c.labs.get('Glucose', 6.2))
    if st == 4:
        return 'BP=%s; PR=%d; RR=%d; T=%.1f°C; SpO2=%d%% (room air)' % (bp, c.hr, c.rr, c.temp, c.spo2)
    return 'P %d, BP %s, T %.1f, R %d, sat %d%%' % (c.hr, bp, c.temp, c.rr, c.spo2)


HEADS = {
    'pc': ['Presenting Complaint', 'PC', 'C/O', 'Chief Complaint', 'Complaint', 'Reason for Admission', 'Complaining of'],
    'hpi': ['HPC', 'History of Presenting Complaint', 'HPI', 'History', 'History of Present Illness', 'Hx'],
    'pmh': ['PMHx', 'PMH', 'Past Medical History', 'Past Hx', 'Medical Hx'],
    'psh': ['PSHx', 'Past Surgical History', 'Surgical Hx', 'PSH'],
    'dh': ['DHx', 'Drug History', 'Medications', 'Current Meds', 'Meds', 'Drug Hx'],
    'all': ['Allergies', 'Allergy', 'ALLERGIES', 'Drug Allergies'],
    'sh': ['SHx', 'Social History', 'Social', 'Soc Hx'],
    'fh': ['FHx', 'Family History', 'Fam Hx'],
    'ros': ['ROS', 'Systemic Enquiry', 'Review of Systems', 'SE'],
    'exam': ['O/E', 'On Examination', 'Examination', 'Physical Exam', 'PE', 'Exam'],
    'ix': ['Ix', 'Investigations', 'Results', 'Labs', 'Investigations Done', 'Lab/Imaging'],
    'imp': ['Impression', 'Imp', 'Diagnosis', 'Dx', 'Assessment', 'Working Diagnosis', 'A'],
    'plan': ['Plan', 'P', 'Management', 'Mx', 'Plan of Management', 'Rx'],
    'course': ['Hospital Course', 'Course in Hospital', 'Progress', 'Summary of Hospital Stay', 'Clinical Course', 'Course'],
    'dcmeds': ['Discharge Medications', 'Medications on Discharge', 'TTO', 'Discharge Meds', 'Meds on discharge', 'Take Home Medications'],
    'fu': ['Follow-up', 'Follow Up', 'F/U', 'Review', 'Appointment', 'Disposition'],
}


def H(c, key, style=None):
    h = pick(c, HEADS[key])
    st = style if style is not None else c.r.randint(0, 4)
    if st == 0:
        return h + ':'
    if st == 1:
        return h.upper() + ':'
    if st == 2:
        return h.upper()
    if st == 3:
        return h + ' -'
    return h + ':'


def allergy(c):
    if not hasattr(c, '_all'):
        c._all = c.r.choice(['NKDA', 'NKDA', 'No known drug allergies', 'Penicillin (rash)', 'Sulpha drugs', 'NKA', 'nil known', 'Aspirin - wheeze' if c.cond['key'] != 'stroke' else 'NKDA'])
        if c._all.startswith('Penicillin') and any('cillin' in (m[0] if not isinstance(m, str) else m).lower() or 'Pen' in (m[0] if not isinstance(m, str) else m) for m in c.cond['inmeds'] + c.cond['dcmeds']):
            c._all = 'NKDA'
    return c._all


def dx(c):
    if not hasattr(c, '_dx'):
        c._dx = c.r.choice([c.cond['dx']] * 2 + c.cond['alt'])
    return c._dx


def pmh(c):
    return [F(c, x) for x in c.cond['pmh']]


def bullets(c, items, st=None):
    st = st if st is not None else c.r.randint(0, 5)
    out = []
    for i, it in enumerate(items):
        if st == 0:
            out.append('- ' + it)
        elif st == 1:
            out.append('%d. %s' % (i + 1, it))
        elif st == 2:
            out.append('  ' + it)
        elif st == 3:
            out.append('* ' + it)
        elif st == 4:
            out.append('%d) %s' % (i + 1, it))
        else:
            out.append('o ' + it)
    return out


def letterhead(c, dept=None, hc=False):
    r = c.r
    place = c.hc if hc else c.hosp
    dept = dept or c.cond['spec']
    st = r.randint(0, 6)
    L = []
    if st == 0:
        L += [c.rha.upper() if maybe(c) else c.ministry, place.upper(), '%s, %s' % (c.town, c.C['name']), 'Tel: %s  Fax: %s' % (c.hphone, c.fax)]
    elif st == 1:
        L += [place, 'Department of %s' % dept, 'Tel. %s' % c.hphone]
    elif st == 2:
        L += ['%s   |   %s' % (place.upper(), c.rha), '%s Road, %s, %s   Tel %s' % (pick(c, ['Hospital', 'Main', 'Queen\'s', 'Old Hospital']), c.town, c.parish, c.hphone)]
    elif st == 3:
        L += [c.ministry.upper(), place, dept.upper()]
    elif st == 4:
        L += [place.upper()]
    elif st == 5:
        L += ['%s - %s' % (place, c.C['name']), 'A member of the %s' % c.rha if c.co != 'BB' else 'Government of %s' % c.C['name']]
    else:
        L += ['', place, '']
    if maybe(c, 0.3):
        L.append('=' * r.randint(30, 70))
    return L


def pt_block(c, st=None, extra=True):
    r = c.r
    st = st if st is not None else r.randint(0, 5)
    if st == 0:
        L = ['Name: %s    Age: %s    Sex: %s' % (pname(c), agestr(c), sexs(c)), 'Hosp. No.: %s    Ward: %s' % (c.mrn, c.ward_name)]
    elif st == 1:
        L = ['PATIENT: %s' % pname(c, 1), 'DOB: %s   MRN: %s' % (ds(c, c.dob, 0), c.mrn)]
    elif st == 2:
        L = ['Surname: %s   First name(s): %s' % (c.last.upper(), c.first + ((' ' + c.mid) if c.mid else '')), 'D.O.B.: %s  Age: %s  Sex: %s  Reg No: %s' % (ds(c, c.dob, 0), c.age, c.sex, c.mrn)]
    elif st == 3:
        L = ['Pt: %s, %s%s, #%s' % (pname(c), c.age, c.sex, c.mrn)]
    elif st == 4:
        L = ['Name of Patient ......%s......  Age ..%s..  Docket No. %s' % (pname(c, 4), c.age, c.mrn)]
    else:
        L = ['%s | %s | %s | %s' % (pname(c, 2), sexs(c), ds(c, c.dob, 0), c.mrn)]
    if extra and maybe(c, 0.35):
        L.append('Address: %s' % c.addr)
    return L


def signoff(c, d=None, st=None, role=True):
    r = c.r
    d = d or c.doc
    st = st if st is not None else r.randint(0, 7)
    rl = d.role if role else ''
    if st == 0:
        return ['', '_______________________', d.short, rl]
    if st == 1:
        return ['', 'Signed: %s (%s)' % (d.short, rl or 'MO')]
    if st == 2:
        return ['', d.short, d.quals, '%s, %s' % (rl, d.spec or c.cond['spec']), 'Reg. %s' % d.reg]
    if st == 3:
        return ['', 'Dictated by: %s   Typed by: %s   Date typed: %s' % (d.short, pick(c, ['sm', 'jb', 'kr', 'A.T.', 'cg', 'dlw']), ds(c, c.date + datetime.timedelta(days=r.randint(0, 6)))),
                'Dictated but not read' if maybe(c, 0.4) else '']
    if st == 4:
        return ['', '%s %s/%s' % (pick(c, ['sgd.', 'Sgn:', 'Signature:', '']), d.short, rl)]
    if st == 5:
        return ['', 'Yours sincerely,' if False else '', '(sgd) ' + d.short, '%s (Signature illegible)' % rl if maybe(c, 0.3) else rl]
    if st == 6:
        return ['', '%s  #%s' % (d.short, d.reg.split()[-1])]
    return ['', '........................', 'Doctor\'s signature', 'Name (print): %s' % d.short.upper()]


def footer(c, page=1, total=1):
    r = c.r
    st = r.randint(0, 6)
    if st == 0:
        return ['', 'Page %d of %d' % (page, total)]
    if st == 1:
        return ['', '%s/F/%03d  Rev. %d' % (pick(c, ['MOH', 'HR', c.hosp.split()[0][:3].upper()]), r.randint(1, 220), r.randint(2004, 2019))]
    if st == 2:
        return ['', 'CONFIDENTIAL - PATIENT INFORMATION']
    if st == 3:
        return ['', '- %d -' % page]
    if st == 4:
        return ['', 'Printed: %s %s' % (ds(c, c.ddate, 0), tm(c))]
    return []


def paginate(c, lines, every=None):
    """insert page breaks/repeated headers for longer documents"""
    r = c.r
    every = every or r.randint(38, 60)
    if len(lines) <= every or maybe(c, 0.3):
        return lines
    total = (len(lines) + every - 1) // every
    out = []
    hdrst = r.randint(0, 3)
    for p in range(total):
        chunk = lines[p * every:(p + 1) * every]
        if p > 0:
            if hdrst == 0:
                out += ['', '%s   %s   (cont\'d)' % (pname(c, 1), c.mrn), '']
            elif hdrst == 1:
                out += ['\f', 'Page %d' % (p + 1), '']
            elif hdrst == 2:
                out += ['', '-' * 40, '%s  Page %d of %d' % (c.hosp, p + 1, total), '']
            else:
                out += ['', '']
        out += chunk
        if hdrst == 2 or (hdrst == 1 and p == total - 1):
            out += ['', 'Page %d of %d' % (p + 1, total)]
    return out


OCR_SUB = {'l': ['1', 'I', '|'], 'I': ['l', '1'], 'O': ['0'], 'o': ['0', 'c'], 'e': ['c'], 'rn': ['m'], 'm': ['rn'],
           '0': ['O'], '1': ['l'], 'S': ['5'], 's': ['5'], 'B': ['8'], 'a': ['o'], 'c': ['e'], 'h': ['b'], 't': ['f'],
           ',': ['.'], '.': [','], 'i': ['l', ';'], 'n': ['ri', 'h'], 'u': ['v'], 'g': ['q'], 'cl': ['d'], 'd': ['cl']}


def ocr(c, text):
    r = c.r
    lvl = r.random()
    if lvl < 0.3:
        return text
    rate = 0.004 if lvl < 0.8 else 0.015
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        two = text[i:i + 2]
        if r.random() < rate:
            if two in OCR_SUB and r.random() < 0.3:
                out.append(r.choice(OCR_SUB[two])); i += 2; continue
            if ch in OCR_SUB:
                out.append(r.choice(OCR_SUB[ch])); i += 1; continue
            if ch == ' ' and r.random() < 0.3:
                i += 1; continue
            if ch.isalpha() and r.random() < 0.2:
                out.append(ch + ' '); i += 1; continue
        out.append(ch)
        i += 1
    t = ''.join(out)
    if lvl > 0.85:
        lines = t.split('\n')
        nl = []
        for ln in lines:
            if ln and r.random() < 0.03:
                ln = r.choice(['~', '\'', '|', '.', ',', '_']) + ln
            if ln and r.random() < 0.02:
                ln = ln + ' ' + r.choice(['.', '|', ':', '-'])
            nl.append(ln.rstrip() if r.random() < 0.7 else ln)
        t = '\n'.join(nl)
    return t


def J(lines):
    out = []
    for l in lines:
        if l is None:
            continue
        if isinstance(l, (list, tuple)):
            out.extend(x for x in l if x is not None)
        else:
            out.append(l)
    # collapse >2 blank lines
    res = []
    blank = 0
    for l in out:
        if l.strip() == '':
            blank += 1
            if blank > 2:
                continue
        else:
            blank = 0
        res.append(l)
    return '\n'.join(res).strip('\n')


def wrap(text, width=None, r=None):
    width = width or 80
    words = text.split(' ')
    lines, cur = [], ''
    for w in words:
        if len(cur) + len(w) + 1 > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


def W(c, text):
    return wrap(text, c.r.choice([70, 76, 80, 88, 95, 200]))


def hpi(c):
    return F(c, c.cond['hpi'])


def course(c):
    return F(c, c.cond['course'])


def exam_lines(c, k=None):
    ex = [F(c, x) for x in c.cond['exam']]
    if k:
        ex = ex[:k]
    return ex


def img_text(c):
    im = c.cond['imaging']
    if not im:
        return None
    return (im[0], im[1], F(c, im[2]), F(c, im[3]))


def ix_brief(c):
    items = lab_summary(c, k=c.r.randint(3, 6), st=c.r.choice([1, 3]))
    im = img_text(c)
    if im and maybe(c, 0.7):
        items.append('%s %s: %s' % (im[0], im[1].lower(), im[3]))
    return items


def plan_lines(c):
    return [F(c, x) for x in c.cond['plan']]


def dc_meds(c, st=None):
    st = st if st is not None else c.r.randint(0, 6)
    return [med(c, m, st) for m in c.cond['dcmeds']]


def in_meds(c, st=None):
    st = st if st is not None else c.r.randint(0, 6)
    return [med(c, m, st) for m in c.cond['inmeds']]


def pre_meds(c, st=None):
    st = st if st is not None else c.r.randint(0, 6)
    ms = [med(c, m, st) for m in c.cond['dh']]
    return ms if ms != ['nil'] else [pick(c, ['nil', 'None', 'no regular meds', 'Nil regular'])]


def dept_of(c):
    return c.cond['spec']

# ----------------------------------------------------------------------------
# Document generators. Each takes (c, v) where v selects layout.
# ----------------------------------------------------------------------------
def g_discharge_summary(c, v):
    r = c.r
    L = []
    if v == 0:
        L += letterhead(c)
        L += ['', pick(c, ['DISCHARGE SUMMARY', 'Discharge Summary', 'INPATIENT DISCHARGE SUMMARY', 'SUMMARY OF ADMISSION', 'CLINICAL SUMMARY']), '']
        L += pt_block(c)
        L += ['Date of Admission: %s' % ds(c), 'Date of Discharge: %s' % ds(c, c.ddate), 'Consultant: %s' % c.doc2.short, 'Team/Firm: %s %s' % (dept_of(c), pick(c, ['A', 'B', 'I', 'II', '1', '3']))]
        L += ['', H(c, 'imp', 1) if maybe(c) else 'FINAL DIAGNOSIS:', '  ' + dx(c)]
        if maybe(c, 0.6):
            L += ['Co-morbidities: ' + ', '.join(pmh(c))]
        if c.cond['op']:
            L += ['Procedure(s): %s (%s)' % (pick(c, [c.cond['op']['name']] + c.cond['op']['alt']), ds(c, c.date + datetime.timedelta(days=1)))]
        L += ['', H(c, 'pc', 1), '  ' + pick(c, c.cond['pc']), '', H(c, 'hpi', 1)] + W(c, hpi(c))
        L += ['', H(c, 'exam', 1), '  ' + vitals(c)] + ['  ' + x for x in exam_lines(c)]
        L += ['', H(c, 'ix', 1)] + ['  ' + x for x in ix_brief(c)]
        if maybe(c, 0.6):
            L += ['', '  %-16s %10s %10s %10s' % ('', 'Admission', 'Day 2', 'Discharge')]
            for k, val in c.labs.items():
                lo, hi = LAB[k][1], LAB[k][2]
                mid = (lo + hi) / 2.0
                d2 = round((val + mid) / 2.0 if val != mid else val, LAB[k][4] or None)
                d3 = round(val + (mid - val) * 0.8, LAB[k][4] or None)
                L.append('  %-16s %10s %10s %10s' % (LAB[k][0][0], val, d2, d3))
        L += ['', H(c, 'course', 1)] + W(c, course(c))
        if maybe(c, 0.5):
            L += ['', H(c, 'pmh', 1)] + bullets(c, pmh(c)) + [H(c, 'all', 1) + ' ' + allergy(c), H(c, 'sh', 1) + ' ' + '; '.join(F(c, x) for x in c.cond['sh'])]
            L += ['', 'Medications during admission:'] + bullets(c, in_meds(c))
            L += ['', 'Condition at discharge: ' + pick(c, ['ambulant, afebrile, tolerating diet', 'stable, pain controlled', 'improved'])]
            L += ['Patient/relative counselled regarding diagnosis, medications and warning signs.']
        L += ['', H(c, 'dcmeds', 1)] + bullets(c, dc_meds(c))
        L += ['', H(c, 'fu', 1), '  ' + c.cond['fu']]
        L += signoff(c, c.doc)
        L += footer(c)
    elif v == 1:
        L += [c.hosp.upper(), pick(c, ['DISCHARGE FORM', 'DISCHARGE NOTE', 'Form D2 - Discharge', 'RECORD OF DISCHARGE']), '']
        L += ['Name: %s   Hosp #: %s' % (pname(c), c.mrn), 'Ward: %s  Bed: %d' % (c.ward_name, c.bed)]
        L += ['Date Adm: %s     Date D/C: %s     LOS: %d days' % (ds(c, style=1), ds(c, c.ddate, 1), c.los)]
        L += ['Final Dx: %s' % dx(c), 'Other Dx: %s' % ', '.join(pmh(c)), 'Operation/Procedure: %s' % (c.cond['op']['name'] if c.cond['op'] else 'Nil')]
        L += ['Condition on discharge: [%s] Improved  [ ] Same  [ ] Worse  [ ] DAMA  [ ] Died' % pick(c, ['x', 'X', '/'])]
        L += ['Brief summary:'] + W(c, course(c))
        L += ['Meds (TTO):'] + ['  ' + x for x in dc_meds(c, 5)]
        L += ['Follow-up: ' + c.cond['fu'], 'Sick leave: %s' % pick(c, ['2/52', '1/52', 'N/A', '6/52', '3 days'])]
        L += signoff(c, c.doc, 7)
    elif v == 2:
        L += letterhead(c)
        L += ['', ds(c, c.ddate), '', pick(c, ['The Medical Officer', 'Dear Doctor,', 'The Doctor in Charge']), c.hc, '', pick(c, ['Dear Colleague,', 'Dear Dr.,', 'Dear Doctor,'])]
        L += ['', 'Re: %s  (DOB %s, Hosp. No. %s)' % (pname(c, 0), ds(c, c.dob, 0), c.mrn), '']
        L += W(c, 'The above-named patient was admitted to %s under the care of %s from %s to %s with a diagnosis of %s.' % (c.ward_name, c.doc2.short, ds(c, style=3), ds(c, c.ddate, 3), dx(c)))
        L += [''] + W(c, 'Presentation: ' + hpi(c))
        L += [''] + W(c, course(c))
        L += ['', 'Relevant results:'] + ['  ' + x for x in ix_brief(c)]
        L += ['', 'Discharge medications:'] + ['  ' + x for x in dc_meds(c, 0)]
        L += [''] + W(c, 'We would be grateful if you could continue to monitor %s at your clinic. Review in %s.' % ('him' if c.sex == 'M' else 'her', c.cond['fu']))
        L += ['', 'Yours sincerely,'] + signoff(c, c.doc, 2)[1:]
    elif v == 3:
        L += ['%s  --  %s' % (c.hosp.upper(), 'HEALTH INFORMATION SYSTEM'), '']
        L += ['PATIENT NAME     : %s' % pname(c, 1), 'MRN              : %s' % c.mrn, 'DOB / AGE / SEX  : %s / %s / %s' % (ds(c, c.dob, 0), c.age, c.sex)]
        L += ['ADMITTED         : %s %s' % (ds(c, style=0), tm(c)), 'DISCHARGED       : %s' % ds(c, c.ddate, 0), 'ATTENDING        : %s' % c.doc2.short.upper(), 'SERVICE          : %s' % dept_of(c).upper(), '']
        L += ['PRINCIPAL DIAGNOSIS:', '   ' + c.cond['dx'], 'SECONDARY DIAGNOSES:'] + ['   ' + x for x in pmh(c)]
        L += ['', 'SUMMARY OF CARE:'] + ['   ' + x for x in W(c, course(c))]
        L += ['', 'CONDITION AT DISCHARGE: %s' % pick(c, ['Stable', 'Improved', 'Good', 'Satisfactory'])]
        L += ['DISCHARGE DESTINATION: %s' % pick(c, ['Home', 'Home with family', 'Home - self care'])]
        L += ['', 'MEDICATIONS:'] + ['   ' + x for x in dc_meds(c, 2)]
        L += ['', 'FOLLOW-UP: ' + c.cond['fu'].upper()]
        L += ['', 'Electronically signed by %s on %s' % (c.doc.short, ds(c, c.ddate, 0))]
    elif v == 4:
        L += [c.ministry, c.hosp, '', pick(c, ['DISCHARGE SUMMARY / CLINIC REFERRAL', 'Discharge and Referral to Health Centre', 'INPATIENT SUMMARY - COPY FOR HEALTH CENTRE'])]
        L += ['PART A (hospital copy)', '']
        L += pt_block(c, 2)
        L += ['Admitted: %s   Discharged: %s' % (ds(c), ds(c, c.ddate)), 'Diagnosis: %s' % dx(c)]
        L += ['Treatment given:'] + ['  ' + x for x in in_meds(c)]
        L += ['Outcome: ' + pick(c, ['improved', 'recovered', 'stable for discharge'])]
        L += ['', '- - - - - - - - - - - - - - - - - - - - - - - - - - (tear here)', '', 'PART B (to be taken to %s)' % c.hc]
        L += ['Please continue:'] + ['  ' + x for x in dc_meds(c, 1)]
        L += ['Please check: %s' % pick(c, ['BP and CBG weekly', 'wound & dressing daily', 'repeat bloods as requested', 'BP in 1 week'])]
        L += ['Next hospital appt: %s' % c.cond['fu']]
        L += signoff(c, c.doc, 4)
    else:
        L += [pick(c, ['D/C summary', 'Discharge summary - dictated', 'SUMMARY', ''])]
        L += ['%s, %s %s, %s. Adm %s, d/c %s.' % (pname(c, 0), c.age, c.sex, c.mrn, ds(c, style=1), ds(c, c.ddate, 1))]
        txt = '%s presented with %s. %s %s Discharged on %s. To follow up %s.' % (
            pick(c, ['This patient', 'Pt', 'This %d year old %s' % (c.age, 'man' if c.sex == 'M' else 'woman')]), pick(c, c.cond['pc']),
            'Diagnosis was %s.' % dx(c), course(c), '; '.join(dc_meds(c, 5)), c.cond['fu'])
        L += [''] + W(c, txt)
        L += signoff(c, c.doc, 3)
    return paginate(c, L)


def g_history_physical(c, v):
    r = c.r
    L = []
    def core(style_h, bul=None):
        out = [H(c, 'pc', style_h), '  ' + pick(c, c.cond['pc']), H(c, 'hpi', style_h)] + W(c, hpi(c))
        out += [H(c, 'pmh', style_h)] + bullets(c, pmh(c), bul) + [H(c, 'psh', style_h)] + bullets(c, [F(c, x) for x in c.cond['psh']], bul)
        out += [H(c, 'dh', style_h)] + bullets(c, pre_meds(c), bul) + ['%s %s' % (H(c, 'all', style_h), allergy(c))]
        out += [H(c, 'fh', style_h) + ' ' + '; '.join(F(c, x) for x in c.cond['fh']), H(c, 'sh', style_h) + ' ' + '; '.join(F(c, x) for x in c.cond['sh'])]
        return out
    if v == 0:
        L += [pick(c, ['ADMISSION NOTES', 'Clerking', 'MEDICAL ADMISSION', 'Admission clerking - %s' % c.ward_name, 'ADMISSION HISTORY & EXAMINATION'])]
        L += pt_block(c) + ['Date: %s  Time: %s' % (ds(c), tm(c)), 'Source: %s' % pick(c, ['A&E', 'Casualty', 'referred from ' + c.hc, 'MOPC', 'walk-in']), '']
        L += core(r.randint(0, 4))
        L += [H(c, 'ros'), '  ' + pick(c, ['otherwise unremarkable', 'nil else', 'CVS/RS/GIT/GUT/CNS - see HPC, otherwise negative'])]
        L += [H(c, 'exam'), '  GC: ' + pick(c, ['ill-looking', 'fair', 'in mild distress', 'alert, oriented']) + ', ' + pick(c, ['not pale', 'pale +', '']) + ', ' + pick(c, ['afebrile', 'febrile to touch', 'not jaundiced']), '  ' + vitals(c)]
        L += ['  ' + x for x in exam_lines(c)]
        L += [H(c, 'imp'), '  ' + dx(c), H(c, 'plan')] + bullets(c, plan_lines(c))
        L += signoff(c, c.doc, 4)
    elif v == 1:
        L += letterhead(c)
        L += [pick(c, ['HISTORY AND PHYSICAL EXAMINATION', 'History & Physical', 'ADMISSION H&P', 'INITIAL ASSESSMENT']), '']
        L += pt_block(c, 1) + ['Admitting physician: %s' % c.doc2.short, 'Date of admission: %s' % ds(c), '']
        L += ['CHIEF COMPLAINT: ' + pick(c, c.cond['pc']), '', 'HISTORY OF PRESENT ILLNESS:'] + W(c, hpi(c))
        L += ['', 'PAST MEDICAL HISTORY: ' + ', '.join(pmh(c)), 'PAST SURGICAL HISTORY: ' + ', '.join(F(c, x) for x in c.cond['psh'])]
        L += ['MEDICATIONS: ' + '; '.join(pre_meds(c, 0)), 'ALLERGIES: ' + allergy(c)]
        L += ['SOCIAL HISTORY: ' + '; '.join(F(c, x) for x in c.cond['sh']) + '. Occupation: %s. Religion: %s.' % (c.occ, c.religion)]
        L += ['FAMILY HISTORY: ' + '; '.join(F(c, x) for x in c.cond['fh']), '', 'PHYSICAL EXAMINATION:', 'Vital signs: ' + vitals(c, 1)]
        L += ['  ' + x for x in exam_lines(c)]
        L += ['', 'REVIEW OF SYSTEMS:'] + ['  %s: %s' % (a, pick(c, ['negative', 'no complaints', 'as per HPI', 'unremarkable'])) for a in sample(c, ['Constitutional', 'CVS', 'Respiratory', 'GIT', 'GUT', 'CNS', 'MSK', 'Skin', 'Endocrine'], r.randint(4, 8))]
        L += ['', 'LABORATORY DATA:'] + ['  ' + x for x in lab_summary(c, st=0)]
        im = img_text(c)
        if im:
            L += ['', 'IMAGING: %s %s - %s' % (im[0], im[1], im[3])]
        L += ['', 'ASSESSMENT:', '  ' + dx(c), '', 'PLAN:'] + bullets(c, plan_lines(c), 1)
        L += signoff(c, c.doc, 2)
    elif v == 2:
        L += [c.hosp.upper(), 'IN-PATIENT ADMISSION RECORD - DOCTOR\'S SHEET', 'Form MR-%d' % r.randint(3, 40), '']
        L += ['Name: %s   Age: %s   Sex: M [%s] F [%s]' % (pname(c), c.age, 'x' if c.sex == 'M' else ' ', 'x' if c.sex == 'F' else ' '), 'Docket #: %s   Ward: %s   Bed: %d' % (c.mrn, c.ward_name, c.bed)]
        L += ['Brought by: [%s] self [%s] relative [%s] ambulance [%s] police' % tuple(pick(c, [('x', ' ', ' ', ' '), (' ', 'x', ' ', ' '), (' ', ' ', 'x', ' ')])), '']
        L += ['Complaint(s): ' + pick(c, c.cond['pc']), 'History: '] + W(c, hpi(c))
        L += ['Past history: DM [%s] HTN [%s] Asthma [%s] SCD [%s] Other: %s' % ('x' if any('DM' in x for x in pmh(c)) else ' ', 'x' if any('HTN' in x for x in pmh(c)) else ' ', 'x' if c.cond['key'] == 'asthma' else ' ', 'x' if c.cond['key'] == 'sickle' else ' ', ', '.join(pmh(c)))]
        L += ['Drugs: ' + ', '.join(pre_meds(c, 5)), 'Allergies: ' + allergy(c), 'Smoker: %s   ETOH: %s' % (pick(c, ['No', 'Yes', 'Ex']), pick(c, ['No', 'Social', 'Yes']))]
        L += ['', 'EXAMINATION', vitals(c, 2), 'Wt: %s kg' % c.wt]
        sysmap = ['General', 'CVS', 'RS', 'Abdomen', 'CNS', 'Other']
        ex = exam_lines(c)
        for i, s in enumerate(sysmap[:len(ex)]):
            L.append('%-10s %s' % (s + ':', ex[i]))
        L += ['', 'Provisional diagnosis: ' + dx(c), 'Management:'] + bullets(c, plan_lines(c), 2)
        L += signoff(c, c.doc, 7)
    elif v == 3:
        L += [pick(c, ['Surgical admission', 'SURGICAL CLERKING', 'Admission - Surg. Team ' + pick(c, ['A', 'B', 'C']), '%s ADMISSION' % dept_of(c).upper()]), '%s   %s' % (ds(c, style=1), tm(c)), '']
        L += ['%s %s%s  %s' % (pname(c, 0), c.age, c.sex.lower(), c.mrn)]
        L += ['C/O ' + pick(c, c.cond['pc'])] + W(c, 'HPC: ' + hpi(c))
        L += ['PMHx: ' + ', '.join(pmh(c)), 'PSHx: ' + ', '.join(F(c, x) for x in c.cond['psh']), 'DHx: ' + ', '.join(pre_meds(c, 5)), 'Allergies: ' + allergy(c), 'LMP/last meal: ' + pick(c, ['06hrs', '4 hrs ago', 'last night', 'this morning'])]
        L += ['', 'O/E ' + vitals(c, 5)] + ['  ' + x for x in exam_lines(c)]
        L += ['', 'Ix: ' + '; '.join(lab_summary(c, k=4, st=3))]
        L += ['', 'Imp: ' + dx(c), 'P/'] + bullets(c, plan_lines(c), 0)
        L += ['', 'D/W %s (%s)' % (c.doc2.short, c.doc2.role)] + signoff(c, c.doc, 6)
    elif v == 4:
        if c.cond['ward'] == 'Paediatric' or c.age < 13:
            L += [c.hosp, pick(c, ['PAEDIATRIC ADMISSION', 'Paediatric Clerking', 'CHILDREN\'S WARD ADMISSION']), '']
            L += pt_block(c, 0) + ['Informant: %s (%s)' % (c.nok, c.nok_rel), '']
            L += ['PC: ' + pick(c, c.cond['pc'])] + W(c, 'HPC: ' + hpi(c))
            L += ['Birth Hx: term, SVD at %s, BW %d.%d kg, no NICU' % (c.hosp, r.randint(2, 3), r.randint(0, 9)), 'Immunisation: up to date as per Child Health Passport (seen)', 'Development: milestones age appropriate', 'Diet: %s' % pick(c, ['family diet', 'breast + family diet', 'formula + porridge'])]
            L += ['Allergies: ' + allergy(c), '', 'O/E: Wt %s kg  ' % c.wt + vitals(c, 2)] + ['  ' + x for x in exam_lines(c)]
            L += ['', 'Impression: ' + dx(c), 'Plan:'] + bullets(c, plan_lines(c))
        else:
            L += [pick(c, ['Medical Admission Sheet', 'ADMISSION NOTE', 'New admission']), '%s, %s' % (c.ward_name, ds(c)), '']
            L += W(c, '%s is a %d year old %s %s from %s who was %s with %s. %s' % (pname(c, 4), c.age, c.marital, c.occ, c.town, pick(c, ['referred from ' + c.hc, 'brought to Casualty', 'seen in A&E']), pick(c, c.cond['pc']), hpi(c)))
            L += [''] + W(c, 'Background: %s. Medications: %s. Allergies: %s. %s.' % (', '.join(pmh(c)), ', '.join(pre_meds(c, 0)), allergy(c), '; '.join(F(c, x) for x in c.cond['sh'])))
            L += [''] + W(c, 'On examination: %s. %s.' % (vitals(c, 1), '. '.join(exam_lines(c))))
            L += [''] + W(c, 'Investigations: ' + '; '.join(ix_brief(c)))
            L += ['', 'Impression: ' + dx(c), ''] + W(c, 'Plan: ' + '; '.join(plan_lines(c)) + '.')
            L += ['', 'Seen by %s (%s); reviewed with %s' % (c.doc.short, c.doc.role, c.doc2.short)]
    else:
        L += ['%s  %s' % (ds(c, style=1), tm(c)), pick(c, ['Adm.', 'Clerked', 'New pt', 'Admission'])]
        L += ['%d%s c/o %s' % (c.age, c.sex.lower(), pick(c, c.cond['pc']))]
        L += ['- ' + x for x in W(c, hpi(c))]
        L += ['PMHx ' + ', '.join(pmh(c)) + ' | DHx ' + ', '.join(pre_meds(c, 5)) + ' | ' + allergy(c)]
        L += ['O/E ' + vitals(c, 5)] + ['  ' + x for x in exam_lines(c, 3)]
        L += ['Imp: ?' + dx(c) if maybe(c, 0.4) else 'Imp: ' + dx(c), 'P/'] + ['  ' + x for x in plan_lines(c)]
        L += signoff(c, c.doc, 4)
    return paginate(c, L)


def g_progress_note(c, v):
    r = c.r
    L = []
    day = r.randint(1, 5)
    better = pick(c, ['feels better', 'improving', 'still has some pain', 'slept well', 'no complaints this am', 'tolerating diet'])
    if v == 0:
        L += [pick(c, ['Ward Round', 'WR', 'Consultant ward round', 'PROGRESS NOTE', 'Daily review']) + ' - %s' % ds(c, c.date + datetime.timedelta(days=day)), 'Day %d of admission   %s' % (day + 1, c.ward_name), '']
        L += ['S: ' + better + ('; ' + pick(c, ['no fever overnight', 'passing urine', 'ambulating to bathroom', 'pain 4/10'])) ]
        L += ['O: ' + vitals(c, 0), '   ' + pick(c, exam_lines(c))]
        L += ['   Labs: ' + ', '.join(lab_summary(c, k=3, st=1))]
        L += ['A: ' + dx(c) + ' - ' + pick(c, ['improving', 'slow improvement', 'stable', 'responding to treatment'])]
        L += ['P: '] + ['   ' + x for x in sample(c, plan_lines(c), 3)] + ['   ' + pick(c, ['?d/c in 48 hrs', 'continue current mx', 'physio', 'repeat bloods am'])]
        L += signoff(c, c.doc, 4)
    elif v == 1:
        L += [c.hosp, pick(c, ['CLINICAL NOTES (Continuation Sheet)', 'PROGRESS NOTES', 'Continuation sheet', 'DOCTOR\'S NOTES']), 'Name: %s  Reg. No.: %s' % (pname(c), c.mrn), '']
        for k in range(r.randint(2, 7)):
            d = c.date + datetime.timedelta(days=k + 1)
            L += ['%s  %s' % (ds(c, d, 1), tm(c, '%02d%02d' % (r.randint(6, 20), r.choice([0, 15, 30, 45])))), '  ' + pick(c, ['WR ' + c.doc2.short, 'Ward round', 'Reviewed', 'Pt seen']) + ':', '  ' + pick(c, [better, 'comfortable', 'afebrile x 24 hrs', 'c/o mild pain']), '  ' + pick(c, [vitals(c, 5), 'vitals stable', 'obs WNL'])]
            L += ['  ' + x for x in sample(c, plan_lines(c), 2)] + ['  ' + c.doc3.short if maybe(c) else '  ' + c.doc.short, '']
    elif v == 2:
        cl = pick(c, ['MOPC', 'Medical Outpatient Clinic', 'Chronic Disease Clinic', 'SOPC', '%s Clinic' % dept_of(c), 'Follow-up Clinic'])
        place = pick(c, [c.hc, c.hosp])
        L += [place, '%s - %s' % (cl, ds(c, c.ddate + datetime.timedelta(days=r.randint(10, 40))))]
        L += pt_block(c, 3) + ['']
        L += [pick(c, ['Seen in clinic today.', 'F/U visit.', 'Returns for review.', 'Pt reviewed.']) + ' ' + pick(c, ['Post d/c for %s.' % dx(c), 'Known %s.' % ', '.join(pmh(c)), 'Dx: %s.' % dx(c)])]
        L += ['Feels well / ' + pick(c, ['no new complaints', 'occasional headache', 'compliant with meds', 'ran out of meds 1/52 ago', 'collected meds with %s card' % c.C['fund']])]
        L += ['BP %d/%d  Wt %s kg  CBG %.1f' % (c.sbp - r.randint(0, 20), c.dbp - r.randint(0, 10), c.wt, r.uniform(5.5, 12.0))]
        L += ['Exam: ' + pick(c, ['NAD', 'chest clear, no oedema', 'wound healed well', 'S1S2, clear chest'])]
        L += ['Plan: ' + pick(c, ['cont. meds', 'same meds', 'adjust meds as below'])] + ['  ' + x for x in dc_meds(c, 5)]
        L += ['TCA ' + pick(c, ['3/12', '6/52', '2/12', '4/52', '1/12']) + ' with ' + pick(c, ['FBS, HbA1c', 'U&E', 'CBC', 'lipids', 'results'])]
        L += ['%s (%s)' % (c.doc.short, pick(c, ['MO', 'SMO', 'Reg.', 'FM resident']))]
    elif v == 3:
        pod = r.randint(1, 3)
        opname = c.cond['op']['name'] if c.cond['op'] else pick(c, ['laparotomy', 'procedure'])
        L += [pick(c, ['POST-OP REVIEW', 'Surgical WR', 'Post op note', 'Progress']) + '  %s' % ds(c, c.date + datetime.timedelta(days=pod + 1))]
        L += ['POD %d s/p %s' % (pod, opname), '%s' % pname(c, 0), '']
        L += ['- ' + pick(c, ['pain controlled', 'c/o incisional pain', 'passing flatus', 'no vomiting', 'mobilising with assistance']), '- ' + pick(c, ['tolerating sips', 'on soft diet', 'NPO -> start clear fluids', 'eating well'])]
        L += ['- ' + vitals(c, 5), '- wound: ' + pick(c, ['clean and dry', 'dressing intact, no soakage', 'mild serous ooze', 'no erythema']), '- UO: %d ml/24h' % r.randint(900, 2200)]
        L += ['Plan: ' + pick(c, ['cont. abx', 'stop IV abx, switch to PO', 'remove drain', 'mobilise', 'd/c tomorrow if well'])]
        L += signoff(c, c.doc, 6)
    elif v == 4:
        L += [pick(c, ['On call review', 'Night review', 'Called to see pt', 'Intern note - on call']) + '  %s %s' % (ds(c, c.date + datetime.timedelta(days=1), 1), tm(c, '0%d%02d' % (r.randint(0, 5), r.randint(0, 59))))]
        L += ['Called by nurse re: ' + pick(c, ['spike of fever %.1f' % (c.temp + 0.6), 'BP %d/%d' % (c.sbp + 15, c.dbp + 8), 'pt c/o pain', 'low urine output', 'CBG %.1f' % r.uniform(2.8, 22.0), 'pt agitated'])]
        L += ['Pt seen. ' + pick(c, ['Alert, oriented.', 'Comfortable at rest.', 'Mildly distressed.']), vitals(c, 0)]
        L += ['Known: ' + dx(c)]
        L += ['Plan:'] + bullets(c, [pick(c, ['paracetamol 1g stat', 'bolus 500ml NS', 'recheck CBG in 1 hr', 'blood cultures x2', 'morphine 2.5mg IV stat']), 'continue obs 2 hrly', 'inform if ' + pick(c, ['SBP <90', 'T >38.5', 'UO <30ml/hr', 'worsening'])], 0)
        L += ['Will hand over to day team.'] + signoff(c, c.doc3, 4)
    else:
        L += [pick(c, ['Progress note', 'Daily note', 'Med team note', '']) + ' ' + ds(c, c.date + datetime.timedelta(days=day)), '']
        L += ['%s, %d%s, day %d' % (pname(c, 0), c.age, c.sex, day + 1), '']
        probs = [dx(c)] + pmh(c)[:2]
        for i, p in enumerate(probs):
            L += ['#%d %s' % (i + 1, p)]
            if i == 0:
                L += ['   ' + pick(c, ['improving', 'ongoing', 'resolving']) + '; ' + ', '.join(lab_summary(c, k=2, st=1)), '   -> ' + pick(c, plan_lines(c))]
            else:
                L += ['   -> ' + pick(c, ['cont. home meds', 'monitor', 'stable, no change', 'hold for now'])]
        L += ['', 'Dispo: ' + pick(c, ['remain in hospital', 'likely d/c 24-48h', 'awaiting bed in step-down', 'awaiting family'])]
        L += signoff(c, c.doc, 1)
    return L


CONSULT = {'dka': 'Endocrinology', 'stroke': 'Neurology', 'sickle': 'Haematology', 'dengue': 'Haematology', 'lepto': 'Nephrology',
           'asthma': 'Respiratory Medicine', 'cap': 'Respiratory Medicine', 'appy': 'Obstetrics & Gynaecology', 'chole': 'Gastroenterology',
           'dfoot': 'Endocrinology', 'chf': 'Cardiology', 'preeclampsia': 'Anaesthesia / ICU', 'ge_child': 'Paediatric Surgery',
           'fracture': 'Plastic Surgery', 'chop': 'Plastic Surgery', 'pyelo': 'Urology', 'ugib': 'General Surgery', 'dmhtn': 'Ophthalmology'}
CONSULT_REC = {'Endocrinology': ['basal-bolus insulin regime', 'HbA1c', 'diabetes education before discharge', 'target CBG 6-10 mmol/L'],
               'Neurology': ['continue antiplatelet + statin', 'carotid Doppler', 'echo to r/o cardioembolic source', 'BP target <140/90 after 48 hrs'],
               'Haematology': ['transfuse if Hb <6 or symptomatic', 'continue hydroxyurea', 'folic acid', 'daily CBC'],
               'Nephrology': ['strict fluid balance', 'no nephrotoxins', 'daily U&E', 'HD if refractory hyperkalaemia/acidosis/uraemia'],
               'Respiratory Medicine': ['continue steroids', 'inhaler technique', 'spirometry as outpatient', 'repeat CXR 6/52'],
               'Obstetrics & Gynaecology': ['urine bHCG negative', 'pelvic US: ovaries normal', 'no gynaecological cause identified', 'happy for surgical management'],
               'Gastroenterology': ['MRCP if LFTs rise', 'ERCP not indicated now', 'continue abx', 'lap chole this admission'],
               'Cardiology': ['optimise GDMT', 'add carvedilol when euvolaemic', 'repeat echo 3/12', 'cardiology clinic'],
               'Anaesthesia / ICU': ['accept to HDU', 'arterial line', 'hourly UO', 'MgSO4 monitoring: reflexes, RR'],
               'Paediatric Surgery': ['no surgical abdomen', 'no intussusception on US', 'continue medical mx'],
               'Plastic Surgery': ['wound care', 'elevation', 'hand therapy', 'review in dressing clinic'],
               'Urology': ['no obstruction; no intervention', 'CT KUB if fails to improve', 'urology OPD'],
               'General Surgery': ['no indication for surgery at present', 'rebleed -> inform surgery', 'keep G&C'],
               'Ophthalmology': ['background diabetic retinopathy both eyes', 'no maculopathy', 'annual retinal screen', 'optimise glycaemic control']}


def g_consult_note(c, v):
    r = c.r
    sp = CONSULT[c.cond['key']]
    cd = clinician(r, c.co, pick(c, ['Consultant', 'Registrar', 'Senior Resident', 'SMO']), sp)
    recs = CONSULT_REC[sp]
    L = []
    q = pick(c, ['Please see and advise re management', 'Kindly review', 'Pls assess and advise', 'For your expert opinion', 'Thank you for seeing this patient'])
    if v == 0:
        L += [c.hosp.upper(), pick(c, ['REQUEST FOR CONSULTATION', 'CONSULTATION REQUEST / REPLY', 'INTER-DEPARTMENTAL CONSULT']), '']
        L += ['To: %s    From: %s    Ward: %s' % (sp, dept_of(c), c.ward_name), 'Patient: %s  Age: %d  Reg#: %s' % (pname(c), c.age, c.mrn), 'Urgency: %s' % pick(c, ['Routine', 'Urgent', 'Same day', 'Emergency'])]
        L += ['Reason: ' + q + ' - ' + dx(c), 'Requested by: %s   Date: %s' % (c.doc.short, ds(c, c.date + datetime.timedelta(days=1))), '']
        L += ['--- REPLY ---', 'Date/time seen: %s %s' % (ds(c, c.date + datetime.timedelta(days=1)), tm(c))]
        L += W(c, 'Pt seen and examined. Hx noted. ' + pick(c, exam_lines(c)) + '. ' + '; '.join(lab_summary(c, k=3, st=3)) + '.')
        L += ['Imp: ' + dx(c), 'Rec:'] + bullets(c, recs, 1) + ['Will follow.' if maybe(c) else 'Happy to see again if needed.']
        L += signoff(c, cd, 1)
    elif v == 1:
        L += letterhead(c, sp) + ['', ds(c, c.date + datetime.timedelta(days=1)), '', '%s' % c.doc2.short, '%s Team, %s' % (dept_of(c), c.ward_name), '']
        L += ['Dear %s,' % pick(c, ['Colleague', c.doc2.short, 'Doctor']), '', 'Re: %s, %d yrs, %s' % (pname(c, 0), c.age, c.mrn), '']
        L += W(c, 'Thank you for asking us to see this %d year old %s who was admitted with %s. %s' % (c.age, 'gentleman' if c.sex == 'M' else 'lady', dx(c), hpi(c)))
        L += [''] + W(c, 'On review today %s. %s.' % (vitals(c, 1), '. '.join(exam_lines(c, 3))))
        L += [''] + W(c, 'My impression is that of %s. I would suggest the following:' % dx(c)) + bullets(c, recs, 1)
        L += ['', 'We will continue to follow with you.', '', 'Kind regards,'] + signoff(c, cd, 2)[1:]
    elif v == 2:
        L += [pick(c, ['CONSULTATION REPORT', 'Consultation Note', '%s CONSULTATION' % sp.upper(), 'Specialist Opinion']), '']
        L += pt_block(c) + ['Date: %s' % ds(c, c.date + datetime.timedelta(days=1)), 'Consultant: %s (%s)' % (cd.short, sp), 'Referring: %s' % c.doc.short, '']
        L += ['REASON FOR CONSULTATION:', '  ' + q + '.', '', 'HISTORY:'] + W(c, hpi(c))
        L += ['Past history: ' + ', '.join(pmh(c)), 'Current meds: ' + ', '.join(in_meds(c, 0)), '', 'EXAMINATION:', '  ' + vitals(c)]
        L += ['  ' + x for x in exam_lines(c)] + ['', 'INVESTIGATIONS:'] + ['  ' + x for x in ix_brief(c)]
        L += ['', 'IMPRESSION:', '  ' + dx(c), '', 'RECOMMENDATIONS:'] + bullets(c, recs, 1)
        L += signoff(c, cd, 3)
    elif v == 3:
        L += ['%s  %s' % (ds(c, c.date + datetime.timedelta(days=1), 1), tm(c)), pick(c, ['%s r/v' % sp.split()[0], '%s consult' % sp, 'Seen by %s team' % sp, 'CONSULT: ' + sp.upper()])]
        L += ['Asked to see by %s team re: %s' % (dept_of(c).lower(), pick(c, [dx(c), '?' + dx(c), 'management']))]
        L += ['Hx noted. ' + pick(c, ['Pt known to us.', 'Not previously known to our service.', ''])] + ['O/E ' + vitals(c, 5)] + ['  ' + x for x in exam_lines(c, 2)]
        L += ['Imp: ' + dx(c), 'Suggest:'] + ['  - ' + x for x in sample(c, recs, 3)] + ['D/W %s' % pick(c, ['our consultant', 'Dr ' + c.doc2.last, 'SR'])]
        L += ['%s %s' % (cd.short, pick(c, ['(Reg)', '(SR)', '(SHO)', sp]))]
    elif v == 4:
        L += letterhead(c, sp) + ['', pick(c, ['Consult note', 'Inpatient Consult', 'Specialist Review']) + ' - ' + sp, '']
        L += ['Patient: %s | %s | %s' % (pname(c, 2), c.mrn, c.ward_name), 'Requesting team: %s / %s' % (dept_of(c), c.doc2.short), '']
        L += ['Question: ' + q + '.', '', 'Summary: ' ] + W(c, '%d%s with %s. %s' % (c.age, c.sex, ', '.join(pmh(c)), course(c) or hpi(c)))
        L += ['', 'Data:'] + ['  ' + x for x in lab_summary(c, st=0)]
        L += ['', 'Assessment / Recommendations:'] + ['%d. %s' % (i + 1, x) for i, x in enumerate(recs)]
        L += ['', 'Thank you for this interesting consult. ' + pick(c, ['We will follow.', 'Sign off - call if needed.', 'Will review in am.'])] + signoff(c, cd, 0)
    else:
        L += [pick(c, ['Opinion', 'Consult', 'Reply to referral']), '']
        L += W(c, '%s, %s: %d y/o %s with %s. Seen at request of %s. %s Recommend %s. %s' % (ds(c, c.date + datetime.timedelta(days=1)), pname(c, 0), c.age, c.sex, dx(c), c.doc.short, pick(c, exam_lines(c)) + '.', '; '.join(sample(c, recs, 2)), pick(c, ['Will follow.', 'Call prn.', ''])))
        L += signoff(c, cd, 4)
    return paginate(c, L)


def g_operative_note(c, v):
    r = c.r
    op = c.cond['op']
    surg = clinician(r, c.co, pick(c, ['Consultant', 'Senior Registrar', 'Registrar', 'SMO']), c.cond['spec'])
    asst = clinician(r, c.co, pick(c, ['SHO', 'Intern', 'Junior Resident']))
    an = clinician(r, c.co, pick(c, ['Consultant Anaesthetist', 'Anaesthesia Registrar', 'DM Resident (Anaes)']))
    opd = c.date + datetime.timedelta(days=r.randint(0, 2))
    opn = pick(c, [op['name']] + op['alt'])
    steps = [F(c, s) for s in op['steps']]
    dur = r.randint(*op['dur'])
    drain = pick(c, ['Nil', 'Nil', 'Redivac drain', '18Fr Robinson drain', 'corrugated drain'])
    L = []
    if v == 0:
        L += letterhead(c, c.cond['spec']) + ['', pick(c, ['OPERATION NOTE', 'OPERATIVE REPORT', 'Operation Record', 'THEATRE NOTE']), '']
        L += pt_block(c) + ['Date of operation: %s' % ds(c, opd), 'Surgeon: %s   Assistant: %s' % (surg.short, asst.short), 'Anaesthetist: %s   Anaesthesia: %s' % (an.short, op['anaes'])]
        L += ['Pre-op diagnosis: ' + dx(c), 'Post-op diagnosis: ' + pick(c, ['same', dx(c), 'as above']), 'Operation: ' + opn, '']
        L += ['Incision: ' + op['incision'], 'Findings: '] + W(c, F(c, op['findings'])) + ['Procedure:'] + bullets(c, steps, 1)
        L += ['Closure: ' + op['closure'], 'EBL: ' + F(c, op['ebl']), 'Drains: ' + drain, 'Specimen: ' + op['specimen'], 'Complications: ' + pick(c, ['none', 'nil', 'None apparent'])]
        L += ['', 'Post-op instructions:'] + bullets(c, [pick(c, ['obs 1/2 hrly x 4 then 4 hrly', 'routine post-op obs']), 'analgesia as charted', pick(c, ['sips when awake', 'NPO till review', 'diet as tolerated']), pick(c, ['IV abx x 24 hrs', 'continue abx', 'DVT prophylaxis'])], 0)
        L += signoff(c, surg, 0)
    elif v == 1:
        L += ['%s  %s' % (ds(c, opd, 1), pick(c, ['Op note', 'OP NOTE', 'Theatre', 'Operation'])), '']
        L += ['Op: ' + opn, 'Surg: %s  Asst: %s' % (surg.short, asst.short), 'GA/RA: ' + op['anaes'], 'Ind: ' + dx(c)]
        L += ['F/' + F(c, op['findings'])] + ['- ' + s for s in steps] + ['- ' + op['closure']]
        L += ['EBL %s. %s. Specimen: %s' % (F(c, op['ebl']), 'Drain: ' + drain, op['specimen'])]
        L += ['Post op: ' + pick(c, ['obs', 'routine care', 'back to ward']) + ', ' + pick(c, ['analgesia', 'abx', 'mobilise am'])]
        L += [surg.short]
    elif v == 2:
        tin = later(c, 0); tst = later(c, r.randint(10, 25)); tend = later(c, dur + 25); tout = later(c, dur + 40)
        L += [c.hosp.upper(), pick(c, ['OPERATING THEATRE RECORD', 'MAIN THEATRE - OPERATION RECORD', 'THEATRE REGISTER ENTRY / OPERATION NOTES']), 'Theatre: %s   Case #: %d' % (pick(c, ['1', '2', '3', 'Main', 'Obs Theatre', 'Emergency']), r.randint(1, 12)), '']
        L += ['Patient: %s  Age/Sex: %d/%s  Reg #: %s  Ward: %s' % (pname(c, 1), c.age, c.sex, c.mrn, c.ward_name)]
        L += ['Date: %s  Elective [%s] Emergency [%s]' % (ds(c, opd, 0), ' ' if c.cond['key'] in ('appy', 'preeclampsia', 'chop') else 'x', 'x' if c.cond['key'] in ('appy', 'preeclampsia', 'chop') else ' ')]
        L += ['Time into theatre: %s  Knife to skin: %s  Closure: %s  Out: %s' % (tin, tst, tend, tout)]
        L += ['Surgeon: %s   Assistant(s): %s   Scrub nurse: %s   Circulating: %s' % (surg.short, asst.short, c.nurse, c.nurse2), 'Anaesthetist: %s  Type: %s' % (an.short, op['anaes'])]
        L += ['Operation performed: ' + opn, 'Diagnosis: ' + dx(c), 'Swab/instrument count correct: Yes', '']
        L += ['Operative findings and procedure:'] + W(c, F(c, op['findings']) + ' ' + '. '.join(steps) + '. ' + op['closure'] + '.')
        L += ['Blood loss: ' + F(c, op['ebl']), 'Specimens: ' + op['specimen']] + signoff(c, surg, 4)
    elif v == 3:
        L += letterhead(c) + ['', pick(c, ['', 'OPERATIVE NOTE', 'Dictated operative report']), 'PATIENT: %s   MRN: %s   DATE: %s' % (pname(c, 1), c.mrn, ds(c, opd)), '']
        txt = ('The patient was taken to the operating theatre and placed in the %s position. %s was administered by %s. The %s was prepped with %s and draped in the usual sterile fashion. '
               'A %s was made. ') % (pick(c, ['supine', 'supine', 'lithotomy']) if c.cond['key'] != 'chop' else 'supine (arm on hand table)', op['anaes'], an.short,
                                     pick(c, ['abdomen', 'operative site', 'limb']), pick(c, ['povidone-iodine', 'chlorhexidine in alcohol', 'betadine']), op['incision'][0].lower() + op['incision'][1:])
        txt += 'Findings: ' + F(c, op['findings']) + ' ' + '. '.join(steps) + '. Closure: ' + op['closure'] + '. '
        txt += 'Estimated blood loss %s. Sponge and needle counts were correct. The patient tolerated the procedure well and was transferred to recovery in %s condition.' % (F(c, op['ebl']), pick(c, ['stable', 'satisfactory', 'good']))
        L += ['PROCEDURE: ' + opn, 'SURGEON: ' + surg.short, 'ASSISTANT: ' + asst.short, 'INDICATION: ' + dx(c), ''] + W(c, txt)
        L += signoff(c, surg, 3)
    elif v == 4:
        L += [pick(c, ['Operative Report', 'REPORT OF OPERATION', 'Surgical Procedure Report']), c.hosp, '']
        L += pt_block(c, 5) + ['Date: %s' % ds(c, opd), '']
        L += ['INDICATIONS:'] + W(c, '%d year old %s with %s. %s Consent obtained after discussion of risks including bleeding, infection and %s.' % (c.age, 'male' if c.sex == 'M' else 'female', dx(c), pick(c, ['Failed conservative management.', 'Clinical and radiological findings as per notes.', '']), pick(c, ['injury to adjacent structures', 'need for further surgery', 'DVT/PE'])))
        L += ['', 'PROCEDURE: ' + opn, 'ANAESTHESIA: ' + op['anaes'], 'OPERATING SURGEON: %s; ASSISTANT: %s' % (surg.short, asst.short), '', 'DESCRIPTION:'] + W(c, op['incision'] + '. ' + '. '.join(steps) + '.')
        L += ['', 'FINDINGS:'] + W(c, F(c, op['findings'])) + ['', 'CLOSURE: ' + op['closure'], 'EBL: %s   DRAINS: %s   SPECIMENS: %s' % (F(c, op['ebl']), drain, op['specimen'])]
        L += ['DURATION: %d min' % dur] + signoff(c, surg, 2)
    else:
        L += ['%s / %s' % (dept_of(c), pick(c, ['Op notes', 'Theatre notes', 'Procedure'])), '%s  %s' % (pname(c, 0), ds(c, opd))]
        L += ['Operation: %s under %s' % (opn, op['anaes'])]
        for i, s in enumerate([op['incision']] + steps + [op['closure']]):
            L.append('%d. %s' % (i + 1, s))
        L += ['Findings: ' + F(c, op['findings']), 'EBL ' + F(c, op['ebl'])]
        L += ['', 'POST-OP ORDERS:'] + bullets(c, ['vitals q1h x4 then q4h', 'IVF: NS/D5W alt 1L 8hrly', 'analgesia: ' + pick(c, ['morphine 5mg IV 4h prn', 'pethidine 75mg IM 4h prn', 'paracetamol 1g IV 6h']), 'check Hb am'], 0)
        L += ['', surg.short + ' / ' + asst.short]
    return paginate(c, L)

PROCS = [
    dict(name='Oesophagogastroduodenoscopy (OGD)', alt=['OGD', 'Upper GI endoscopy', 'Gastroscopy'], ind='Melaena and anaemia (Hb 7.4), on NSAIDs', sed='Midazolam 3mg IV + lignocaine throat spray',
         find=['Oesophagus: normal mucosa, Z-line at 38 cm', 'Stomach: mild antral erythema; CLO test taken', 'Duodenum: 1.2 cm ulcer posterior wall D1 with visible vessel (Forrest IIa)'],
         tx='Adrenaline 1:10,000 10 ml injected in 4 quadrants + 2 haemoclips applied. Haemostasis achieved.', dx='Bleeding duodenal ulcer - treated endoscopically',
         rec=['IV PPI infusion 72 hrs', 'NPO x 6 hrs then fluids', 'H. pylori eradication if CLO positive', 'avoid NSAIDs'], spec='Gastroenterology', unit=True),
    dict(name='Colonoscopy', alt=['Colonoscopy', 'Lower GI endoscopy'], ind='Rectal bleeding and change in bowel habit, age >50', sed='Midazolam 2mg + Pethidine 50mg IV',
         find=['Prep: fair (Boston 6)', 'Caecum reached - appendiceal orifice and ICV identified', 'Sigmoid: 8 mm sessile polyp at 30 cm - cold snare polypectomy', 'Left colon diverticulosis', 'Rectum: internal haemorrhoids grade II'],
         tx='Polyp retrieved and sent to histology.', dx='Sigmoid polyp (removed); sigmoid diverticulosis; haemorrhoids', rec=['await histology', 'high-fibre diet', 'repeat colonoscopy 3 yrs depending on histology'], spec='Gastroenterology', unit=True),
    dict(name='Lumbar puncture', alt=['LP', 'Lumbar puncture (diagnostic)'], ind='Fever, headache and neck stiffness - ?meningitis; CT head normal', sed='1% lignocaine 3 ml local',
         find=['Position: left lateral', 'L3/L4 interspace, 22G spinal needle, 1st attempt', 'Opening pressure 24 cm H2O', 'CSF turbid'],
         tx='3 bottles collected (~10 ml) for microscopy, Gram stain, culture, protein, glucose (paired blood glucose sent), cryptococcal Ag.', dx='Suspected bacterial meningitis - CSF sent', rec=['lie flat 1 hr', 'ceftriaxone 2g IV 12hrly commenced', 'f/u CSF results'], spec='Internal Medicine', unit=False),
    dict(name='Central venous catheter insertion', alt=['CVP line insertion', 'Central line (R IJ)', 'Insertion of CVC'], ind='Septic shock, needs vasopressors; poor peripheral access', sed='local 1% lignocaine',
         find=['Site: right internal jugular, ultrasound guided', 'Seldinger technique, 7Fr triple lumen catheter', 'Fixed at 15 cm', 'All lumens aspirate and flush'],
         tx='Full aseptic precautions (cap, mask, gown, gloves, large drape). Sutured with 2/0 silk, Tegaderm applied.', dx='R IJ CVC placed', rec=['CXR to confirm position - tip at SVC/RA junction, no pneumothorax', 'line care per protocol'], spec='Anaesthesia / ICU', unit=False),
    dict(name='Intercostal chest drain insertion', alt=['Chest tube insertion', 'ICD (L) insertion', 'Tube thoracostomy'], ind='Large left pleural effusion with respiratory distress', sed='1% lignocaine 15 ml + morphine 2mg IV',
         find=['Site: L 5th ICS, mid-axillary line (safe triangle)', 'Blunt dissection, 28Fr tube', 'Straw-coloured fluid drained %d ml' % 1200, 'Swinging and bubbling +'],
         tx='Tube secured with 1/0 silk and purse-string; connected to underwater seal.', dx='L chest drain inserted', rec=['CXR post procedure', 'fluid for protein, LDH, cytology, AFB, C/S', 'clamp if >1.5 L drained in first hour'], spec='General Surgery', unit=False),
    dict(name='Abdominal paracentesis', alt=['Ascitic tap', 'Therapeutic paracentesis', 'Large volume paracentesis'], ind='Tense ascites - alcoholic liver cirrhosis', sed='1% lignocaine',
         find=['Site: LIF, US marked', 'Straw-coloured fluid', '4.5 L drained over 2 hrs'], tx='20% albumin 100 ml IV given. Diagnostic sample sent for cell count, albumin (SAAG), C/S.', dx='Therapeutic paracentesis - cirrhotic ascites', rec=['monitor BP', 'spironolactone + furosemide', 'low salt diet'], spec='Gastroenterology', unit=False),
    dict(name='Knee joint aspiration and injection', alt=['Arthrocentesis R knee', 'Knee aspiration + steroid injection', 'Joint injection'], ind='Painful effusion R knee - osteoarthritis / ?gout', sed='nil (local spray)',
         find=['Approach: superolateral', '40 ml straw-coloured slightly turbid fluid aspirated'], tx='Triamcinolone 40mg + 2 ml 1% lignocaine injected. Fluid sent for crystals, cell count, Gram stain.', dx='Knee effusion aspirated and injected', rec=['rest 24-48 hrs', 'ice', 'return if fever, red hot joint'], spec='Orthopaedics', unit=False),
    dict(name='Fibreoptic bronchoscopy', alt=['Bronchoscopy', 'FOB with BAL'], ind='Haemoptysis and R upper lobe mass on CT in a smoker', sed='Midazolam 2mg IV + topical lignocaine',
         find=['Vocal cords mobile', 'Trachea and carina normal', 'R upper lobe: endobronchial friable mass occluding apical segment', 'L bronchial tree normal'],
         tx='Endobronchial biopsies x5, brushings and BAL from RUL sent for histology, cytology, AFB/GeneXpert.', dx='Endobronchial lesion RUL - ?bronchogenic carcinoma', rec=['await histology', 'staging CT', 'discuss at MDT'], spec='Respiratory Medicine', unit=True),
    dict(name='Coronary angiography', alt=['Cardiac catheterisation', 'Left heart cath + coronary angiogram', 'Diagnostic coronary angiography'], ind='Exertional angina with positive treadmill test', sed='Midazolam 1mg, local lignocaine',
         find=['Access: R radial 6Fr', 'LMS: normal', 'LAD: 80% proximal stenosis', 'LCx: mild irregularities', 'RCA: dominant, 50% mid stenosis', 'LVEDP 14 mmHg'],
         tx='Haemostasis with TR band.', dx='Two-vessel CAD - significant proximal LAD disease', rec=['DAPT', 'high-intensity statin', 'discuss PCI vs CABG', 'TR band removal protocol'], spec='Cardiology', unit=True),
    dict(name='Nerve conduction study / EMG', alt=['NCS/EMG', 'Electrodiagnostic study', 'EMG and nerve conduction studies'], ind='Numbness and tingling both hands, worse at night', sed='n/a',
         find=['R median sensory latency 4.6 ms (prolonged), amplitude reduced', 'R median motor distal latency 5.2 ms', 'L median: mildly prolonged latencies', 'Ulnar nerves normal bilat.', 'EMG APB: no denervation'],
         tx='', dx='Moderate R and mild L carpal tunnel syndrome', rec=['wrist splints at night', 'consider steroid injection / surgical release R'], spec='Neurology', unit=True),
    dict(name='Bone marrow aspiration and trephine biopsy', alt=['BMA/trephine', 'Bone marrow biopsy'], ind='Pancytopenia for investigation', sed='1% lignocaine 10ml + pethidine 25mg',
         find=['Site: R posterior superior iliac crest', 'Aspirate: dry tap x1, then adequate', 'Trephine core 1.8 cm'], tx='Slides made, core in formalin.', dx='BMA and trephine done', rec=['pressure dressing', 'lie on back 30 min', 'await haematopathology'], spec='Haematology', unit=False),
]


def g_procedure_note(c, v):
    r = c.r
    p = PROCS[(v * 3 + r.randint(0, 10)) % len(PROCS)]
    op = clinician(r, c.co, pick(c, ['Consultant', 'Registrar', 'SMO', 'Senior Resident']), p['spec'])
    nm = pick(c, [p['name']] + p['alt'])
    L = []
    consent = pick(c, ['Written informed consent obtained', 'Consent: written, risks explained', 'Verbal consent obtained', 'Consent signed - see form'])
    if v == 0:
        L += [c.hosp, pick(c, ['ENDOSCOPY UNIT', 'Endoscopy Suite', 'DIAGNOSTIC UNIT', p['spec'].upper() + ' UNIT']), pick(c, ['PROCEDURE REPORT', '', 'Report']), '']
        L += pt_block(c, 5) + ['Date: %s   Room: %s' % (ds(c), pick(c, ['1', '2', 'Endo'])), 'Endoscopist/Operator: %s' % op.short, 'Referring doctor: %s' % c.doc.short]
        L += ['Procedure: ' + nm, 'Indication: ' + p['ind'], 'Sedation: ' + p['sed'], 'Instrument: %s' % pick(c, ['Olympus GIF-Q%d' % r.randint(140, 190), 'Pentax EG-%d' % r.randint(2700, 2990), 'scope #%d' % r.randint(1, 6)]) if p['unit'] else '']
        L += ['', 'FINDINGS:'] + ['  ' + x for x in p['find']] + (['', 'THERAPY: ' + p['tx']] if p['tx'] else [])
        L += ['', 'CONCLUSION: ' + p['dx'], 'RECOMMENDATIONS:'] + bullets(c, p['rec'], 0) + signoff(c, op, 0)
    elif v == 1:
        L += ['%s  %s' % (ds(c, style=1), tm(c)), pick(c, ['Procedure note', 'PROCEDURE', 'Proc:']) + ' ' + nm]
        L += ['Indication: ' + p['ind'], consent, pick(c, ['Time-out done.', 'Pt identified, site confirmed.', '']), 'Asepsis: ' + pick(c, ['full aseptic technique', 'chlorhexidine skin prep, sterile drapes']), 'LA/Sedation: ' + p['sed']]
        L += ['- ' + x for x in p['find']] + (['- ' + p['tx']] if p['tx'] else [])
        L += ['Complications: ' + pick(c, ['nil', 'none', 'none immediate']), 'Pt tolerated well.', 'Plan: ' + '; '.join(p['rec'])]
        L += [op.short + ' ' + pick(c, ['(Reg)', '(MO)', '', '(SR)'])]
    elif v == 2:
        L += letterhead(c, p['spec']) + ['', pick(c, [nm.upper() + ' REPORT', 'PROCEDURE REPORT', 'LABORATORY / CATH LAB REPORT', 'STUDY REPORT']), '']
        L += ['Name: %s   Age: %d   Sex: %s   ID: %s' % (pname(c), c.age, c.sex, c.mrn), 'Date of study: %s   Referring: %s' % (ds(c), c.doc.short), '']
        L += ['Clinical history: ' + p['ind'], '', 'Technique / Procedure:'] + W(c, '%s. %s. %s' % (consent, p['sed'], p['tx'] or 'Standard protocol.'))
        L += ['', 'Results:'] + ['  %-3s %s' % ('%d.' % (i + 1), x) for i, x in enumerate(p['find'])]
        L += ['', 'Impression: ' + p['dx'], 'Comment: ' + '; '.join(p['rec'])] + signoff(c, op, 2)
    elif v == 3:
        L += [pick(c, ['BEDSIDE PROCEDURE RECORD', 'Procedure Checklist & Note', 'INVASIVE PROCEDURE FORM']), c.hosp, '']
        L += ['Patient: %s   Reg #: %s   Ward: %s' % (pname(c, 1), c.mrn, c.ward_name), 'Procedure: ' + nm, 'Operator: %s   Assisted by: %s' % (op.short, c.nurse)]
        L += ['[x] Consent  [x] Patient ID  [x] Site marked  [%s] Coags checked (INR %.1f, Plt %d)' % (pick(c, ['x', ' ']), r.uniform(0.9, 1.3), r.randint(160, 320)), '[x] Hand hygiene  [x] Sterile field  [x] Sharps disposed']
        L += ['Anaesthesia: ' + p['sed'], 'Details:'] + ['  ' + x for x in p['find']] + (['  ' + p['tx']] if p['tx'] else [])
        L += ['Specimens: %s' % pick(c, ['sent to lab', 'as above', 'none']), 'Complications: nil', 'Post-procedure: ' + '; '.join(p['rec'][:2])]
        L += ['Time started: %s   Time completed: %s' % (c.time, later(c, r.randint(15, 50)))] + signoff(c, op, 7)
    elif v == 5:
        L += ['%s  %s' % (c.ward_name, ds(c, style=5)), pick(c, ['Done today:', 'Proc. done -', 'Performed:']) + ' ' + nm + ' by ' + op.short]
        L += ['Ind: ' + p['ind'] + '.  ' + consent + '.']
        L += ['Key findings: ' + '; '.join(p['find'][-2:]), 'Outcome: ' + p['dx'], 'Post: ' + pick(c, ['obs q15min x 1h', 'vitals 4 hrly', 'observe 2 hrs then home']) + '; ' + p['rec'][0]]
        L += [pick(c, ['Pt stable.', 'Tolerated well, no immediate complications.', 'Vitals stable post procedure.']), c.doc.short]
    else:
        L += [pick(c, ['', 'Procedure note - dictated', 'Report'])]
        txt = '%s, %d%s (%s). Date: %s. Procedure: %s. Indication: %s. %s. %s. Findings: %s. %s Impression: %s. Recommend: %s.' % (
            pname(c, 0), c.age, c.sex, c.mrn, ds(c), nm, p['ind'], consent, p['sed'], '; '.join(p['find']), p['tx'], p['dx'], '; '.join(p['rec']))
        L += W(c, txt) + signoff(c, op, 3)
    return L


def lab_head(c, st=None):
    r = c.r
    st = st if st is not None else r.randint(0, 4)
    acc = '%s%d-%06d' % (pick(c, ['', 'H', 'L', 'CH', 'HM']), c.date.year % 100, r.randint(0, 999999))
    lab = pick(c, [c.C['lab'], c.hosp + ' Laboratory', 'Department of Pathology, ' + c.hosp, '%s Medical Laboratory Ltd' % pick(c, ['Island', 'Tropical', 'Windward', 'Sunrise'])])
    col = '%s %s' % (ds(c, style=0), tm(c))
    rep = ds(c, c.date + datetime.timedelta(days=r.randint(0, 2)), 0)
    if st == 0:
        return [lab.upper(), 'Tel %s' % c.hphone, '', 'Patient: %s   Age/Sex: %d/%s   MRN: %s' % (pname(c, 1), c.age, c.sex, c.mrn), 'Lab No.: %s   Ward/Loc: %s' % (acc, c.ward_name), 'Collected: %s   Reported: %s   Requested by: %s' % (col, rep, c.doc.short), '']
    if st == 1:
        return [lab, '-' * 60, 'NAME: %-28s ACCESSION: %s' % (pname(c, 2), acc), 'DOB: %-12s SEX: %s  LOCATION: %s' % (ds(c, c.dob, 0), c.sex, pick(c, [c.ward_name, 'A&E', 'MOPC', c.hc])), 'DR: %-28s RECEIVED: %s' % (c.doc.short, col), '-' * 60]
    if st == 2:
        return [lab, 'Patient Name  %s' % pname(c, 0), 'Hospital No.  %s          Specimen No. %s' % (c.mrn, acc), 'Date          %s' % rep, '']
    if st == 3:
        return ['LAB REPORT', '%s | %s | %s | %s' % (pname(c, 2), agestr(c), c.sex, c.mrn), 'Specimen rec\'d %s' % col, '']
    return [c.ministry, lab, 'Reg #: %s   Lab #: %s   Doctor: %s' % (c.mrn, acc, c.doc.short), 'Name: %s  Age: %s' % (pname(c), c.age), '']


def g_lab_report(c, v):
    r = c.r
    L = lab_head(c)
    tech = '%s, %s' % (nurse(r, c.co).split()[-1], pick(c, ['MLT', 'Medical Technologist', 'BSc MT', 'Registered MT']))
    if v == 0:
        L += [pick(c, ['HAEMATOLOGY', 'COMPLETE BLOOD COUNT', 'CBC / FULL BLOOD COUNT', 'Haematology Report']), '%-22s %8s %-2s %-10s %s' % ('Test', 'Result', '', 'Units', 'Ref. Range')]
        for k in ['WBC', 'Neut', 'Lymph', 'Hb', 'Hct', 'MCV', 'Plt'] + (['Retic'] if 'Retic' in c.labs else []):
            if k not in c.labs:
                nm, lo, hi, u, dec = LAB[k]
                c.labs[k] = round(r.uniform(lo, hi), dec) if dec else int(r.uniform(lo, hi))
            L.append(labline(c, k, 0))
        if c.cond['key'] == 'sickle':
            L += ['Film: sickle cells ++, target cells, Howell-Jolly bodies, polychromasia']
        elif maybe(c, 0.4):
            L += ['Film comment: ' + pick(c, ['normocytic normochromic', 'no abnormal cells seen', 'platelets confirmed on film', 'toxic granulation'])]
    elif v == 1:
        L += [pick(c, ['CHEMISTRY', 'CLINICAL CHEMISTRY', 'BIOCHEMISTRY', 'Renal/Electrolyte Profile'])]
        keys = [k for k in ['Na', 'K', 'Cl', 'HCO3', 'Urea', 'Creat', 'Glucose', 'TBili', 'ALT', 'AST', 'ALP', 'Alb', 'CK', 'CRP', 'LDH', 'Chol', 'LDL', 'HbA1c', 'Lipase', 'BNP', 'UricAcid'] if k in c.labs or k in ('Cl', 'Glucose')]
        for k in keys:
            if k not in c.labs:
                nm, lo, hi, u, dec = LAB[k]
                c.labs[k] = round(r.uniform(lo, hi * 0.9), dec) if dec else int(r.uniform(lo, hi * 0.9))
            L.append(labline(c, k, pick(c, [0, 2])))
        if 'Creat' in c.labs:
            L += ['eGFR (CKD-EPI): %d mL/min/1.73m2' % max(5, int(140 - c.age - c.labs['Creat'] / 3))]
    elif v == 2:
        org = pick(c, ['Escherichia coli', 'Klebsiella pneumoniae', 'Staphylococcus aureus', 'Proteus mirabilis', 'Pseudomonas aeruginosa'])
        spc = {'pyelo': 'Urine (MSU)', 'dfoot': 'Wound swab R foot', 'cap': 'Sputum', 'chop': 'Wound swab'}.get(c.cond['key'], pick(c, ['Blood culture', 'Urine (MSU)', 'Wound swab', 'High vaginal swab']))
        if c.cond['key'] == 'pyelo':
            org = 'Escherichia coli'
        L += [pick(c, ['MICROBIOLOGY', 'BACTERIOLOGY REPORT', 'Culture & Sensitivity']), 'Specimen: ' + spc, 'Clinical details: ' + dx(c), '']
        L += ['Microscopy: ' + pick(c, ['pus cells +++', 'WBC >100/hpf, RBC 10-20/hpf', 'Gram negative bacilli seen', 'Gram positive cocci in clusters'])]
        L += ['Culture: %s growth of %s%s' % (pick(c, ['Heavy', 'Moderate', 'Pure']), org, ' >10^5 CFU/ml' if 'Urine' in spc else ''), '', 'SENSITIVITY:']
        abx = ['Ampicillin', 'Amoxicillin-clav', 'Cefuroxime', 'Ceftriaxone', 'Ciprofloxacin', 'Gentamicin', 'Co-trimoxazole', 'Nitrofurantoin', 'Meropenem', 'Clindamycin', 'Cloxacillin']
        for a in sample(c, abx, r.randint(6, 9)):
            s = 'S' if a in ('Ceftriaxone', 'Ciprofloxacin', 'Meropenem', 'Gentamicin') else pick(c, ['S', 'R', 'R', 'I'])
            L.append('  %-20s %s' % (a, s))
        L += ['', 'S = sensitive, R = resistant, I = intermediate']
    elif v == 3:
        L += [pick(c, ['URINALYSIS', 'Urine Examination (Routine)', 'URINE - DIPSTICK & MICROSCOPY'])]
        uti = c.cond['key'] == 'pyelo'; dk = c.cond['key'] == 'dka'; pet = c.cond['key'] == 'preeclampsia'
        rows = [('Colour', pick(c, ['Yellow', 'Amber', 'Straw'])), ('Appearance', 'Turbid' if uti else 'Clear'), ('SG', '1.0%d' % r.randint(10, 30)), ('pH', str(r.choice([5.0, 5.5, 6.0, 6.5]))),
                ('Protein', '+++' if pet else ('+' if uti else 'Negative')), ('Glucose', '+++' if dk else 'Negative'), ('Ketones', '+++' if dk else 'Negative'), ('Blood', '+' if uti else 'Negative'),
                ('Nitrite', 'Positive' if uti else 'Negative'), ('Leucocytes', '+++' if uti else 'Negative'), ('WBC/hpf', '>50' if uti else '0-2'), ('RBC/hpf', '5-10' if uti else '0-1'), ('Casts', 'nil'), ('Epithelial cells', pick(c, ['few', 'occasional']))]
        for a, b in rows:
            L.append('%-18s %s' % (a + ':', b))
    elif v == 4:
        L += [pick(c, ['SEROLOGY / IMMUNOLOGY', 'SEROLOGY', 'Special Tests', 'VIROLOGY'])]
        rows = extra_lab_lines(c) or []
        rows += sample(c, ['VDRL: Non-reactive', 'HIV 1/2 Ag/Ab (4th gen): Non-reactive', 'HBsAg: Negative', 'Hepatitis C Ab: Non-reactive', 'Sickle solubility test: %s' % ('Positive' if c.cond['key'] == 'sickle' else 'Negative'),
                           'Blood group: %s Rh(D) %s' % (pick(c, ['O', 'A', 'B', 'AB']), pick(c, ['positive', 'positive', 'negative'])), 'HTLV-1 Ab: Non-reactive', 'Urine bHCG: %s' % ('Positive' if c.cond['key'] == 'preeclampsia' else 'Negative')], r.randint(3, 5))
        L += ['  ' + x for x in rows]
        L += ['', 'Note: Reactive HIV results are confirmed by a second assay per national algorithm.' if maybe(c, 0.3) else '']
    else:
        L += [pick(c, ['HAEMOGLOBIN ELECTROPHORESIS / HbA1c', 'SPECIAL CHEMISTRY', 'GLYCATED HAEMOGLOBIN'])]
        if c.cond['key'] == 'sickle':
            L += ['Hb electrophoresis (alkaline/acid, HPLC):', '  HbA: 0%', '  HbS: %d.%d%%' % (r.randint(80, 92), r.randint(0, 9)), '  HbF: %d.%d%%' % (r.randint(5, 15), r.randint(0, 9)), '  HbA2: %d.%d%%' % (r.randint(2, 4), r.randint(0, 9)), 'Interpretation: Pattern consistent with HbSS (sickle cell anaemia).']
        else:
            a1 = c.labs.get('HbA1c', round(r.uniform(5.2, 11.5), 1))
            L += ['HbA1c (NGSP): %.1f %%   (IFCC %d mmol/mol)' % (a1, int((a1 - 2.15) * 10.929)), 'Reference: non-diabetic <5.7%; diabetic target <7.0%', 'Estimated average glucose: %.1f mmol/L' % (1.59 * a1 - 2.59)]
            L += ['Fasting glucose: %.1f mmol/L  (3.9-5.5)' % r.uniform(5.0, 12.0)]
    L += ['', pick(c, ['Verified by: ' + tech, 'Authorised: ' + tech, 'Tech: ' + tech.split(',')[0] + '   Checked: ' + nurse(r, c.co), 'Results validated electronically']), pick(c, ['*** END OF REPORT ***', '', 'Critical values phoned to ward - %s' % tm(c), 'Page 1 of 1'])]
    return L


IMG_EXTRA = [
    ('CXR', 'Chest PA', 'The heart is enlarged, CTR 0.6. Upper lobe diversion and Kerley B lines. Small bilateral pleural effusions.', 'Cardiomegaly with pulmonary venous congestion.'),
    ('US', 'Pelvis (transabdominal)', 'Uterus bulky (12.4 x 8.2 x 7.9 cm) with multiple hypoechoic masses, the largest intramural 5.6 cm on the fundus. Endometrium 8 mm. Both ovaries normal.', 'Multiple uterine fibroids (leiomyomata).'),
    ('X-ray', 'Knees (weight-bearing AP/lat)', 'Medial joint space narrowing bilaterally, marginal osteophytes and subchondral sclerosis. No fracture.', 'Bilateral knee osteoarthritis, medial compartment.'),
    ('Mammogram', 'Bilateral screening mammogram', 'Breasts are heterogeneously dense. No suspicious mass, architectural distortion or microcalcification. Benign-appearing axillary nodes.', 'BI-RADS 1 - negative. Routine screening in 1 year.'),
    ('US', 'Prostate (transabdominal)', 'Prostate enlarged, volume 62 ml, with median lobe protrusion. Post-void residual 110 ml. Kidneys normal.', 'Benign prostatic enlargement with significant residual.'),
    ('CT', 'Abdomen and pelvis with contrast', 'Liver, spleen, pancreas and adrenals unremarkable. A 4.2 cm enhancing mass in the sigmoid colon with pericolic fat stranding and 3 regional nodes up to 1.2 cm. No liver metastases.', 'Sigmoid colon mass suspicious for malignancy with regional lymphadenopathy.'),
    ('US', 'Doppler - left lower limb venous', 'Non-compressible left common femoral and popliteal veins with echogenic intraluminal thrombus. No flow on colour Doppler.', 'Acute left femoropopliteal DVT.'),
    ('US', 'Obstetric (dating)', 'Single live intrauterine gestation. CRL 4.2 cm corresponding to 11w 2d. FHR 158 bpm. NT 1.4 mm.', 'Viable singleton pregnancy 11w2d. EDD as per scan.'),
]


def g_imaging_report(c, v):
    r = c.r
    im = img_text(c) if (c.cond['imaging'] and maybe(c, 0.65)) else pick(c, IMG_EXTRA)
    mod, reg, find, imp = im
    rad = clinician(r, c.co, 'Consultant Radiologist', 'Radiology')
    exam = '%s %s' % ({'CXR': 'X-ray', 'US': 'Ultrasound', 'CT': 'CT', 'Echo': 'Echocardiogram', 'X-ray': 'X-ray', 'Mammogram': 'Mammography'}[mod], reg)
    clin = dx(c) if im == img_text(c) else pick(c, ['?pathology', 'pain', 'routine', 'for assessment', 'symptoms as per request'])
    L = []
    acc = 'RAD%s%05d' % (c.date.year % 100, r.randint(0, 99999))
    if v == 0:
        L += letterhead(c, 'Radiology') + ['', pick(c, ['DEPARTMENT OF RADIOLOGY', 'DIAGNOSTIC IMAGING REPORT', 'RADIOLOGY REPORT', 'Imaging Department']), '']
        L += ['Patient: %s   MRN: %s   Age: %d  Sex: %s' % (pname(c, 1), c.mrn, c.age, c.sex), 'Exam: %s   Date: %s   Acc#: %s' % (exam, ds(c), acc), 'Referring: %s' % c.doc.short, '']
        L += ['CLINICAL INFORMATION: ' + clin, '', 'TECHNIQUE: ' + pick(c, ['Standard views obtained.', 'Routine protocol.', 'Non-contrast axial images with reformats.' if mod == 'CT' else 'Grey-scale and colour Doppler imaging.']), '']
        L += ['FINDINGS:'] + W(c, find) + ['', 'IMPRESSION:'] + W(c, imp) + signoff(c, rad, 2)
    elif v == 1:
        L += [c.hosp, pick(c, ['X-RAY DEPARTMENT', 'Radiology', 'IMAGING']), 'Name: %s  Age: %s  X-ray No.: %s' % (pname(c), c.age, acc), 'Examination: ' + exam, '']
        L += ['Report:'] + W(c, find + ' ' + imp) + ['', rad.short + ' ' + pick(c, ['Radiologist', 'Consultant Radiologist', 'DM (Rad)']), ds(c)]
    elif v == 2:
        L += ['%s Imaging Centre' % pick(c, ['Harbourside', 'Mahogany', 'Crescent', 'Palm Court', 'Parkview']), '%s %s, %s  |  %s' % (r.randint(2, 60), pick(c, STREETS), c.town, rand_phone(r, c.C['code'])), '']
        L += [ds(c, style=3), '', 'Dr. %s' % c.doc.short.replace('Dr. ', '').replace('Dr ', ''), c.hc if maybe(c) else c.hosp, '', 'Dear Doctor,', '', 'RE: %s  (%s)' % (pname(c, 0), exam.upper()), '']
        L += W(c, 'Thank you for referring this %d year old %s for %s. Clinical history: %s.' % (c.age, 'man' if c.sex == 'M' else 'woman', exam.lower(), clin))
        L += [''] + W(c, find) + ['', 'CONCLUSION:'] + W(c, imp) + ['', 'Thank you.', ''] + signoff(c, rad, 6)
    elif v == 3 and mod != 'Echo':
        L += [pick(c, ['REQUEST FOR RADIOLOGICAL EXAMINATION', 'X-RAY / ULTRASOUND REQUEST FORM', 'IMAGING REQUEST & REPORT']), c.hosp, '']
        L += ['Surname: %s  Other names: %s  Age: %d  Sex: %s' % (c.last.upper(), c.first, c.age, c.sex), 'Ward/Clinic: %s   In-pt [%s]  Out-pt [%s]' % (c.ward_name, 'x' if maybe(c) else ' ', ' '), 'Examination requested: ' + exam]
        L += ['Clinical notes: ' + clin, 'LMP (females 10-50): %s' % (ds(c, c.date - datetime.timedelta(days=r.randint(5, 25)), 1) if c.sex == 'F' else 'N/A'), 'Requesting MO: %s  Sig: ______' % c.doc.short, '']
        L += ['-------------------- FOR RADIOLOGY USE --------------------', 'Films: %s  kV/mAs: %d/%d' % (pick(c, ['1', '2', '3']), r.randint(60, 120), r.randint(5, 40)) if mod != 'US' else 'Sonographer: %s' % nurse(r, c.co), '']
        L += ['REPORT:'] + W(c, find) + ['Impression: ' + imp, rad.short]
    elif v == 4 or (v == 3 and mod == 'Echo'):
        if mod == 'Echo':
            L += [c.hosp + ' - Cardiology', pick(c, ['TRANSTHORACIC ECHOCARDIOGRAM', 'ECHO REPORT', '2D ECHO / DOPPLER']), '']
            L += ['Name: %s  Age: %d  Sex: %s  Ht/Wt: %d cm / %d kg' % (pname(c), c.age, c.sex, r.randint(150, 185), c.wt), 'Indication: ' + clin, 'Image quality: ' + pick(c, ['adequate', 'fair', 'suboptimal']), '']
            L += ['Measurements:', '  LVIDd %d mm  LVIDs %d mm  IVSd %d mm  PWd %d mm' % (50 + c.n[3], 42 + c.n[3], r.randint(11, 14), r.randint(11, 14)), '  LA %d mm  Ao root %d mm  EF (Simpson) %d%%  TAPSE %d mm' % (r.randint(42, 50), r.randint(28, 34), 20 + c.n[4], r.randint(14, 20))]
            L += ['', 'Findings:'] + W(c, find) + ['', 'Conclusion:'] + W(c, imp) + signoff(c, clinician(r, c.co, 'Consultant Cardiologist', 'Cardiology'), 0)
        else:
            L += ['%s  %s' % (exam.upper(), ds(c, style=0)), '%s, %s, %s' % (pname(c, 1), c.mrn, c.sex), 'Clinical: ' + clin, '', 'Comparison: ' + pick(c, ['None available.', 'Prior study %s.' % ds(c, c.date - datetime.timedelta(days=r.randint(90, 900)), 0), 'No prior.']), '']
            L += ['Findings:'] + ['- ' + s.strip() + '.' for s in find.split('.') if s.strip()] + ['', 'Impression:', '1. ' + imp]
            L += ['', 'Reported by: %s    Verified: %s' % (rad.short, ds(c, c.date + datetime.timedelta(days=r.randint(0, 3)), 0))]
    else:
        L += [pick(c, ['', 'Report', 'Wet read']) + ' ' + exam, '']
        L += W(c, '%s (%s): %s %s' % (pname(c, 0), ds(c, style=1), find, 'IMP: ' + imp)) + ['', '-- ' + rad.short]
    return L


PATH = [
    dict(spec='Appendix', cond='appy', clin='RIF pain, ?acute appendicitis', gross='Received in formalin labelled "appendix" is a vermiform appendix measuring %d x 0.9 cm. The serosa is dull and congested with fibrinous exudate. Cut section shows a narrowed lumen containing pus. No faecolith.',
         micro='Sections show transmural infiltration by neutrophils with mucosal ulceration and serositis. No granulomas, parasites or malignancy.', dx='Acute suppurative appendicitis with periappendicitis.'),
    dict(spec='Gallbladder', cond='chole', clin='Calculous cholecystitis', gross='Gallbladder measuring %d x 3.5 cm, opened. Wall thickness up to 0.5 cm. Contains multiple yellow-green faceted stones, largest 1.4 cm. Mucosa velvety.',
         micro='The wall shows oedema, congestion, neutrophilic infiltrate superimposed on chronic inflammation, Rokitansky-Aschoff sinuses and muscular hypertrophy. No dysplasia or malignancy.', dx='Acute on chronic calculous cholecystitis.'),
    dict(spec='Prostate, core needle biopsies x12', cond=None, clin='PSA 14.2 ng/ml, hard nodule on DRE', gross='Twelve cores labelled A-L, ranging from 0.8 to 1.%d cm, entirely submitted.',
         micro='Cores B, C and E show an infiltrative proliferation of small crowded glands with prominent nucleoli and loss of basal cells, with some poorly formed glands. Perineural invasion present.', dx='Prostatic adenocarcinoma, Gleason score 3+4=7 (Grade Group 2), involving 3 of 12 cores (max 40% of core C). Perineural invasion identified.'),
    dict(spec='Breast, left, core biopsy', cond=None, clin='2.5 cm L breast lump UOQ, BI-RADS 5', gross='Four cores of fibrofatty tissue up to 1.%d cm.',
         micro='Infiltrating nests and cords of pleomorphic ductal cells in desmoplastic stroma; moderate nuclear pleomorphism, mitoses 8/10 hpf. No DCIS seen.', dx='Invasive ductal carcinoma (NST), Nottingham grade 2. ER/PR/HER2 to follow.'),
    dict(spec='Uterus, cervix, tubes (TAH-BSO)', cond=None, clin='Symptomatic fibroids, menorrhagia', gross='Uterus weighing %d20 g with multiple well-circumscribed whorled white nodules, largest 6 cm intramural. Cervix and adnexa unremarkable.',
         micro='Nodules composed of interlacing fascicles of bland smooth muscle cells without atypia, necrosis or increased mitoses. Endometrium proliferative. Cervix chronic cervicitis.', dx='Leiomyomata uteri. Proliferative endometrium. Chronic cervicitis. Unremarkable tubes and ovaries.'),
    dict(spec='Skin, ear lobe, excision', cond=None, clin='Recurrent ear lobe swelling after piercing', gross='Nodule of skin and firm tissue 2.%d x 1.5 cm, cut surface white, glistening.',
         micro='Dermis expanded by thick hyalinised keloidal collagen bundles with fibroblast proliferation. Margins clear.', dx='Keloid.'),
    dict(spec='Cervix, LEEP specimen', cond=None, clin='HSIL on Pap smear', gross='Cone of cervix %d.0 x 2.2 cm, inked, serially sectioned.',
         micro='Full-thickness dysplasia in squamous epithelium with koilocytes. Endocervical and ectocervical margins free.', dx='High grade squamous intraepithelial lesion (CIN 3). Margins clear.'),
    dict(spec='Right 2nd toe and metatarsal head', cond='dfoot', clin='Diabetic foot, wet gangrene', gross='Toe measuring %d.5 cm, skin black and necrotic, with attached bone fragment.',
         micro='Full thickness necrosis of skin and soft tissue with acute inflammation. Bone shows necrotic trabeculae with acute osteomyelitis. Vessels show medial calcification.', dx='Gangrene with acute osteomyelitis, consistent with diabetic foot infection. Margins show viable tissue.'),
    dict(spec='Placenta', cond='preeclampsia', clin='Severe pre-eclampsia, 34 weeks, IUGR', gross='Placenta weighing %d10 g (small for GA) with 3-vessel cord. Maternal surface shows two firm pale infarcts up to 1.5 cm.',
         micro='Accelerated villous maturation, distal villous hypoplasia, infarcts and decidual vasculopathy.', dx='Placental changes of maternal vascular malperfusion, consistent with pre-eclampsia.'),
    dict(spec='Colon, sigmoid polyp', cond=None, clin='Polyp at 30 cm on colonoscopy', gross='Polyp 0.%d cm, submitted whole.',
         micro='Tubular architecture with low grade dysplasia. Stalk/base free of dysplasia.', dx='Tubular adenoma with low grade dysplasia, completely excised.'),
]


def g_pathology_report(c, v):
    r = c.r
    pool = [p for p in PATH if p['cond'] in (None, c.cond['key'])]
    own = [p for p in PATH if p['cond'] == c.cond['key']]
    p = own[0] if own and maybe(c, 0.7) else pick(c, [x for x in pool if x['cond'] is None] or pool)
    path = clinician(r, c.co, pick(c, ['Consultant Pathologist', 'Anatomical Pathologist', 'Pathologist']), 'Pathology')
    gross = p['gross'].replace('%d', str(r.randint(4, 9)))
    acc = '%s%02d/%04d' % (pick(c, ['S', 'SP', 'H', 'C']), c.date.year % 100, r.randint(1, 9999))
    rec = ds(c, c.date + datetime.timedelta(days=1), 0); rep = ds(c, c.date + datetime.timedelta(days=r.randint(7, 30)), 0)
    L = []
    if v == 0:
        L += [pick(c, ['DEPARTMENT OF PATHOLOGY', 'HISTOPATHOLOGY REPORT', 'Anatomical Pathology', 'SURGICAL PATHOLOGY']), pick(c, [c.hosp, c.C['lab']]), '']
        L += ['Patient: %s   Age: %d   Sex: %s   Hosp No: %s' % (pname(c, 1), c.age, c.sex, c.mrn), 'Path No.: %s   Received: %s   Reported: %s' % (acc, rec, rep), 'Clinician: %s   Ward: %s' % (c.doc.short, c.ward_name), '']
        L += ['SPECIMEN: ' + p['spec'], 'CLINICAL DETAILS: ' + p['clin'], '', 'MACROSCOPIC:'] + W(c, gross) + ['', 'MICROSCOPIC:'] + W(c, p['micro']) + ['', 'DIAGNOSIS:'] + W(c, p['dx']) + signoff(c, path, 2)
    elif v == 1:
        L += lab_head(c, 2) + ['HISTOLOGY', 'Specimen: %s  (%s)' % (p['spec'], acc), '', 'Diagnosis: ' + p['dx'], '', 'Gross: ' + gross, 'Micro: ' + p['micro'], '', '%s  %s' % (path.short, rep)]
    elif v == 2:
        L += [c.C['lab'], pick(c, ['CYTOLOGY REPORT', 'GYNAECOLOGICAL CYTOLOGY (PAP SMEAR)', 'Cervical Cytology']), '']
        L += ['Name: %s   Age: %d   LMP: %s   Clinic: %s' % (pname(c), max(c.age, 21), ds(c, c.date - datetime.timedelta(days=r.randint(5, 30)), 1), c.hc), 'Lab No: %s   Received: %s' % (acc, rec), '']
        res = pick(c, [('Satisfactory for evaluation; transformation zone present', 'NEGATIVE FOR INTRAEPITHELIAL LESION OR MALIGNANCY (NILM)', 'Routine recall 3 years'),
                       ('Satisfactory for evaluation', 'LOW GRADE SQUAMOUS INTRAEPITHELIAL LESION (LSIL)', 'Repeat cytology in 6 months / colposcopy'),
                       ('Satisfactory; obscuring inflammation', 'HIGH GRADE SQUAMOUS INTRAEPITHELIAL LESION (HSIL)', 'Refer for colposcopy and biopsy'),
                       ('Satisfactory for evaluation', 'NILM. Organisms: Trichomonas vaginalis', 'Treat infection; routine recall')])
        L += ['Specimen adequacy: ' + res[0], 'Interpretation (Bethesda 2014): ' + res[1], 'Recommendation: ' + res[2], '', 'Screened by: %s (Cytotechnologist)' % nurse(r, c.co), 'Reviewed: ' + path.short]
    elif v == 3:
        L += [c.hosp + ' - Pathology', pick(c, ['SURGICAL PATHOLOGY REPORT', 'Histopathology', '']), '', 'ACC #: %s  | %s | DOB %s | %s' % (acc, pname(c, 2), ds(c, c.dob, 0), c.mrn), '']
        L += ['FINAL DIAGNOSIS:', '  %s: ' % p['spec'].upper()] + ['  - ' + s.strip() + '.' for s in p['dx'].split('.') if s.strip()]
        if 'carcinoma' in p['dx'].lower():
            L += ['', 'SYNOPTIC SUMMARY:', '  Histologic type: %s' % ('Acinar adenocarcinoma' if 'Prostat' in p['dx'] else 'Invasive carcinoma of no special type'), '  Grade: %s' % ('Grade Group 2' if 'Prostat' in p['dx'] else '2 (tubules 3, nuclei 2, mitoses 2)'), '  Lymphovascular invasion: not identified', '  Ancillary studies: pending']
        L += ['', 'CLINICAL HISTORY: ' + p['clin'], 'GROSS DESCRIPTION:'] + W(c, gross) + ['MICROSCOPIC DESCRIPTION:'] + W(c, p['micro']) + ['', 'Electronically signed out by %s, %s' % (path.short, rep)]
    elif v == 4:
        L += [pick(c, ['ADDENDUM REPORT', 'SUPPLEMENTARY REPORT', 'AMENDED REPORT']), '%s  Ref: %s' % (c.C['lab'], acc), 'Patient: %s  %s' % (pname(c, 0), c.mrn), '']
        L += ['Original diagnosis: ' + p['dx'], '']
        if 'Breast' in p['spec']:
            L += ['Immunohistochemistry:', '  ER: positive (%d%%, strong)' % r.randint(70, 95), '  PR: positive (%d%%)' % r.randint(20, 80), '  HER2: 1+ (negative)', '  Ki-67: %d%%' % r.randint(10, 35)]
        else:
            L += W(c, pick(c, ['Deeper levels examined. No additional findings. Diagnosis unchanged.', 'Special stains (PAS, Ziehl-Neelsen) negative for fungi and AFB. Diagnosis unchanged.', 'Case reviewed at departmental consensus conference; diagnosis confirmed.']))
        L += ['', path.short, rep]
    else:
        L += [pick(c, ['FINE NEEDLE ASPIRATION CYTOLOGY', 'FNA REPORT', 'Non-gynae cytology']), c.C['lab'], '']
        site = pick(c, [('Thyroid nodule, right lobe', 'Abundant colloid with benign follicular cells in sheets and macrophages.', 'Benign follicular nodule (Bethesda II).'),
                         ('Left cervical lymph node', 'Reactive lymphoid population with tingible body macrophages. No malignant cells.', 'Reactive lymphadenitis.'),
                         ('Breast lump, right', 'Cohesive sheets of bland ductal cells with bipolar naked nuclei and stromal fragments.', 'Benign - consistent with fibroadenoma.')])
        L += ['Name: %s  Age: %d  Ref: %s' % (pname(c), c.age, c.doc.short), 'Site: ' + site[0], 'Passes: %d   Performed by: %s' % (r.randint(2, 4), path.short), '', 'Microscopy: ' + site[1], '', 'Conclusion: ' + site[2], '', path.short, rep]
    return L

def med_parts(c, m):
    if isinstance(m, str):
        return (m, '', '', '')
    return m


def chronic_meds(c):
    ms = [m for m in c.cond['dcmeds']]
    if c.cond['key'] != 'dmhtn' and maybe(c, 0.3):
        ms += [m for m in COND['dmhtn']['dcmeds'][:2] if m[0] not in [x[0] for x in ms]]
    return ms


def g_medication_list(c, v):
    r = c.r
    ms = chronic_meds(c)
    pre = [m for m in c.cond['dh'] if not isinstance(m, str)]
    L = []
    if v == 0:
        L += [c.hosp, pick(c, ['MEDICATION RECONCILIATION FORM', 'Medication Reconciliation - Admission', 'MED REC', 'PHARMACY - MEDICATION HISTORY & RECONCILIATION']), '']
        L += pt_block(c, 0, False) + ['Allergies: ' + allergy(c), 'Source of info: %s' % pick(c, ['patient', 'relative', 'pill bottles brought in', '%s card / pharmacy printout' % c.C['fund'], 'health centre notes']), '']
        L += ['%-28s %-10s %-6s %-12s %s' % ('Medication (pre-admission)', 'Dose', 'Route', 'Freq', 'Action on admission')]
        for m in pre or [('(none)', '', '', '')]:
            a, b, cc, d = med_parts(c, m)
            L.append('%-28s %-10s %-6s %-12s %s' % (a, b, cc, freq(c, d) if d else '', pick(c, ['Continue', 'Continue', 'Hold', 'Stop', 'Change dose'])))
        L += ['', 'Discharge reconciliation:']
        for m in ms:
            a, b, cc, d = med_parts(c, m)
            L.append('  %-26s %-10s %-6s %-12s %s' % (a, b, cc, freq(c, d), pick(c, ['NEW', 'CONTINUED', 'CHANGED', 'CONTINUED'])))
        L += ['', 'Reconciled by: %s (Pharmacist)   Date: %s' % (nurse(r, c.co).split('(')[0].strip(), ds(c, c.ddate))]
    elif v == 1:
        L += [pick(c, ['%s - CHRONIC MEDICATION RECORD' % c.C['fund'], '%s Patient Medication Profile' % c.C['fundlong'], 'REPEAT MEDICATION CARD']), '']
        L += ['Beneficiary: %s   Card #: %s' % (pname(c), c.fundno), 'Condition(s): %s' % ', '.join(pmh(c)[:2] + ([c.cond['dx']] if c.cond['key'] == 'dmhtn' else [])), 'Pharmacy: %s Pharmacy' % pick(c, [c.hc, c.hosp, c.town + ' Drug Serv.']), '']
        L += ['Date        Drug                         Qty   Disp. by']
        for k in range(r.randint(2, 4)):
            d = c.date + datetime.timedelta(days=30 * k)
            for m in ms[:r.randint(2, len(ms))]:
                a, b, cc, f = med_parts(c, m)
                L.append('%-11s %-28s %-5s %s' % (ds(c, d, 0), '%s %s' % (a, b), r.choice([30, 60, 90, 56, 28]), pick(c, ['JB', 'KM', 'RS', 'AT', 'DW'])))
    elif v == 2:
        L += [pick(c, ['DRUG CHART', 'MEDICATION ADMINISTRATION RECORD', 'Prescription & Administration Chart (Inpatient)']), '%s  Ward: %s  Bed: %d' % (pname(c, 1), c.ward_name, c.bed), 'Wt: %s kg   Allergies: %s' % (c.wt, allergy(c)), '']
        days = [c.date + datetime.timedelta(days=i) for i in range(3)]
        L += ['%-34s %s' % ('Drug / dose / route / freq', '   '.join(ds(c, d, 1)[:5] for d in days))]
        for m in c.cond['inmeds'] or ms:
            a, b, cc, f = med_parts(c, m)
            times = pick(c, ['06 14 22', '08 20', '08', '06 12 18 24', 'prn'])
            L.append('%-34s %s' % ('%s %s %s %s' % (a, b, cc, f), '   '.join(pick(c, [times.replace(' ', '/') + ' ' + pick(c, ['✓', 'v', 'gn', 'kb']), 'given', '---']) for _ in days)))
        L += ['', 'Prescriber: %s   Pharmacist check: %s' % (c.doc.short, pick(c, ['yes', 'RS', '___']))]
    elif v == 3:
        L += [pick(c, ['Pharmacy Department', 'OUTPATIENT PHARMACY', c.hosp + ' Pharmacy']), 'Patient medication profile printed %s' % ds(c, c.ddate, 0), '-' * 64]
        L += ['%s  MRN %s  DOB %s' % (pname(c, 2), c.mrn, ds(c, c.dob, 0)), '-' * 64]
        for i, m in enumerate(ms):
            a, b, cc, f = med_parts(c, m)
            L.append('%02d  %-30s SIG: %s %s %s' % (i + 1, (a + ' ' + b).upper(), pick(c, ['TAKE', 'USE', 'INJECT' if cc == 'SC' else 'TAKE']), '1' if cc == 'PO' else b, freq(c, f).upper()))
            L.append('    Last filled: %s  Refills left: %d' % (ds(c, c.date + datetime.timedelta(days=r.randint(0, 60)), 0), r.randint(0, 5)))
        L += ['-' * 64, 'Active prescriptions: %d' % len(ms)]
    elif v == 4:
        L += [pick(c, ['Current medications', 'LIST OF MEDICATIONS', 'Meds list (per pt / family)', 'Medicines I take']), '']
        L += ['Name: %s' % pname(c, 4)] + [''] + ['%d. %s' % (i + 1, med(c, m, 5)) + pick(c, ['', '', ' - for pressure', ' - for sugar', ' (sometimes forget)', ' - morning']) for i, m in enumerate(ms)]
        L += ['', 'Also takes: ' + pick(c, ['bush tea (cerasee)', 'garlic pills', 'multivitamin', 'nothing else', 'soursop leaf tea', 'Chinese herbal from pharmacy'])]
        L += ['Allergies: ' + allergy(c), pick(c, ['Verified by nurse: ' + c.nurse, 'Checked with pt: ' + c.doc.short])]
    else:
        L += letterhead(c, hc=True) + ['', pick(c, ['MEDICATION SUMMARY', 'Medication List for Transfer of Care', 'Medicines Reconciliation at Discharge']), '']
        L += pt_block(c, 2, False) + ['Diagnosis: ' + dx(c), '']
        L += ['STARTED:'] + ['  + ' + med(c, m, 0) for m in ms if m[0] not in [x[0] for x in pre]]
        L += ['CONTINUED:'] + (['  = ' + med(c, m, 0) for m in ms if m[0] in [x[0] for x in pre]] or ['  (none)'])
        L += ['STOPPED:'] + (['  x ' + med(c, m, 0) + ' - ' + pick(c, ['replaced', 'not indicated', 'side effects']) for m in pre if m[0] not in [x[0] for x in ms]] or ['  (none)'])
        L += signoff(c, c.doc, 4)
    return L


def g_prescription(c, v):
    r = c.r
    ms = chronic_meds(c) if maybe(c, 0.7) else c.cond['dcmeds']
    ms = ms[:r.randint(1, len(ms))] if v in (3, 4) else ms
    qty = lambda: pick(c, ['1/12', '#30', '#60', '2/52', '3/12', 'x 1 month', '5/7', '#14', '#90'])
    L = []
    dt = ds(c, c.ddate)
    if v == 0:
        L += [c.hosp.upper(), pick(c, ['OUTPATIENT PRESCRIPTION', 'PRESCRIPTION FORM', 'PHARMACY PRESCRIPTION']), '']
        L += ['Name: %s   Age: %s   Sex: %s' % (pname(c), c.age, c.sex), 'Address: %s' % c.addr, 'Hosp. No.: %s   Clinic/Ward: %s   Date: %s' % (c.mrn, pick(c, ['MOPC', 'SOPC', 'A&E', c.ward_name]), dt), '', 'Rx']
        L += ['  %s   %s' % (med(c, m, 1), qty()) for m in ms] + ['', 'Allergies: ' + allergy(c)] + signoff(c, c.doc, 7)
    elif v == 1:
        L += [pick(c, ['%s / %s PRESCRIPTION' % (c.C['fund'], c.C['fund2']), '%s - Prescription' % c.C['fundlong'], 'PRESCRIPTION - GOVERNMENT SUBSIDISED']), c.ministry, '']
        L += ['Patient: %s   %s Card No: %s' % (pname(c, 1), c.C['fund'], c.fundno), '%s: %s   DOB: %s' % (c.C['idname'], c.natid, ds(c, c.dob, 0)), 'Diagnosis (code): %s' % pick(c, ['E11 Diabetes', 'I10 Hypertension', 'E11/I10', 'J45 Asthma', 'I50 Heart failure', 'D57 Sickle cell']), '']
        L += ['Item  Drug / Strength / Directions              Qty   Refills']
        for i, m in enumerate(ms):
            L.append('%-5d %-42s %-5s %s' % (i + 1, med(c, m, 0), r.choice([30, 60, 90, 180]), r.choice([0, 1, 2, 3, 5])))
        L += ['', 'Prescriber: %s   Reg #: %s   Facility: %s' % (c.doc.short, c.doc.reg, c.hc), 'Valid for %s months from date of issue.' % pick(c, ['3', '6', '12']), 'Date: ' + dt]
    elif v == 2:
        d = clinician(r, c.co, 'GP')
        L += ['%s' % d.short.replace('DR.', 'Dr.'), d.quals, '%s Medical Centre' % pick(c, ['Family', c.town, 'Faith', 'Grace', 'Lifeline']), '%s %s, %s   Tel: %s' % (r.randint(1, 99), pick(c, STREETS), c.town, rand_phone(r, c.C['code'])), '']
        L += ['Name: %s                 Date: %s' % (pname(c, 4), dt), 'Age: %s' % c.age, '', 'Rx'] + ['   %s  %s' % (med(c, m, 5), qty()) for m in ms]
        L += ['', pick(c, ['Repeat x2', 'No repeats', 'Repeat x 3 months', '']), '', '_____________', 'Signature']
    elif v == 3:
        L += [pick(c, ['Rx', 'R/', 'Rx:']), '%s   %s' % (pname(c, 0), dt)] + ['%s - %s' % (med(c, m, 5), qty()) for m in ms] + [c.doc.short]
    elif v == 4:
        L += [pick(c, ['DANGEROUS DRUGS PRESCRIPTION', 'CONTROLLED DRUG PRESCRIPTION', 'Prescription - Schedule Drug']), c.hosp, '']
        cd = pick(c, [('Morphine sulphate', '10mg/ml inj', '5mg IV 4hrly prn', 'ten (10) ampoules'), ('Morphine sulphate oral solution', '10mg/5ml', '5ml PO 4hrly prn', 'one hundred (100) ml'), ('Pethidine', '50mg/ml inj', '75mg IM 4 hrly prn', 'six (6) ampoules'), ('Tramadol', '50mg caps', '1 cap tds prn', 'twenty-one (21) capsules')])
        L += ['Patient full name: %s' % pname(c, 0), 'Address: %s' % c.addr, 'Age: %d   Hosp No: %s' % (c.age, c.mrn), '', 'Drug: %s   Form/strength: %s' % cd[:2], 'Dose & directions: %s' % cd[2], 'Total quantity (words & figures): %s' % cd[3], 'Indication: %s' % dx(c), '']
        L += ['Prescriber: %s   Reg: %s' % (c.doc.short, c.doc.reg), 'Signature: ______________   Date: %s' % dt, '', 'Dispensed by: ____________  Date: ______']
    else:
        L += [pick(c, ['%s Pharmacy' % c.hc, 'PHARMACY LABEL', 'Dispensing record']), '']
        for m in ms:
            a, b, cc, f = med_parts(c, m)
            L += ['-' * 40, '%s  %s' % (a.upper(), b), 'For: %s' % pname(c, 0), '%s %s %s' % ('Take' if cc == 'PO' else ('Inject' if cc == 'SC' else 'Use'), 'one tablet' if cc == 'PO' else b, freq(c, f)), pick(c, ['Take with food', 'Do not stop suddenly', 'Keep out of reach of children', 'May cause drowsiness', '']), 'Qty: %d   Date: %s   Rx# %d' % (r.choice([14, 28, 30, 56, 60]), dt, r.randint(10000, 99999))]
        L += ['-' * 40]
    return L


def g_anesthesia_record(c, v):
    r = c.r
    op = c.cond['op']
    an = clinician(r, c.co, pick(c, ['Consultant Anaesthetist', 'Anaesthesia Resident', 'Registrar (Anaes)', 'SMO Anaesthesia']), 'Anaesthesia')
    asa = pick(c, ['I', 'II', 'II', 'III', 'IIE', 'IIIE'])
    mp = pick(c, ['I', 'II', 'II', 'III'])
    spinal = 'Spinal' in op['anaes']
    opn = pick(c, [op['name']] + op['alt'])
    L = []
    drugs_ga = ['Propofol %dmg' % r.randint(120, 200), 'Fentanyl %dmcg' % r.choice([50, 100, 150]), pick(c, ['Suxamethonium 100mg (RSI)', 'Atracurium 35mg', 'Rocuronium 50mg']), 'Sevoflurane in O2/air', 'Ondansetron 4mg', 'Paracetamol 1g IV']
    drugs_sp = ['Bupivacaine 0.5%% heavy %.1f ml' % r.choice([2.2, 2.4, 2.5, 2.8, 3.0]), 'Fentanyl 15mcg intrathecal', 'Phenylephrine %dmcg boluses' % r.choice([50, 100]), 'Ondansetron 4mg IV']
    drugs = drugs_sp if spinal else drugs_ga
    if v == 0:
        L += [c.hosp, pick(c, ['PRE-ANAESTHETIC ASSESSMENT', 'Pre-op Anaesthesia Evaluation', 'ANAESTHETIC PRE-OPERATIVE VISIT']), '']
        L += pt_block(c, 0, False) + ['Proposed procedure: ' + opn, 'Surgeon: ' + c.doc2.short, 'Date: ' + ds(c), '']
        L += ['PMHx: ' + ', '.join(pmh(c)), 'Previous anaesthetics: ' + pick(c, ['none', 'GA 2010 - no problems', 'spinal for LSCS - uneventful']), 'FHx anaesthetic problems: nil', 'Meds: ' + ', '.join(pre_meds(c, 5)), 'Allergies: ' + allergy(c)]
        L += ['Smoking/ETOH: ' + pick(c, ['nil', 'social', 'ex-smoker']), 'Last meal: ' + pick(c, ['>8 hrs', '6 hrs', '2 hrs (clear fluids)', 'unknown - treat as full stomach']), '']
        L += ['Airway: MP %s, mouth opening >3 FB, TMD >6 cm, neck ext full, dentition %s' % (mp, pick(c, ['good', 'loose upper incisor', 'partial denture upper', 'poor'])), vitals(c, 0), 'Wt %s kg' % c.wt]
        L += ['Ix: ' + ', '.join(lab_summary(c, k=4, st=1)), '', 'ASA: ' + asa, 'Plan: ' + op['anaes'] + pick(c, ['', ', RSI', ', post-op analgesia PCA', ', TAP block']), 'Risks discussed incl. sore throat, PONV, dental damage, awareness' + (', PDPH, hypotension' if spinal else ''), 'Consent obtained.'] + signoff(c, an, 4)
    elif v == 1:
        L += [pick(c, ['ANAESTHETIC RECORD', 'ANAESTHESIA CHART', 'Intra-operative Anaesthesia Record']), c.hosp, '']
        L += ['Name: %s   Age: %d   Wt: %s kg   ASA: %s   Hosp #: %s' % (pname(c, 1), c.age, c.wt, asa, c.mrn), 'Operation: %s   Surgeon: %s   Anaesthetist: %s' % (opn, c.doc2.short, an.short), 'Date: %s   Theatre: %s' % (ds(c, style=0), pick(c, ['1', '2', '3', 'Obs']))]
        L += ['Technique: ' + op['anaes'] + ('  L3/4, 25G Whitacre, 1 attempt, clear CSF, block to T%d' % r.choice([4, 6, 8]) if spinal else '  IV induction, ETT %.1f cuffed, grade %s view, secured at %d cm' % (r.choice([6.5, 7.0, 7.5, 8.0]), pick(c, ['I', 'I', 'II']), r.choice([20, 21, 22, 23])))]
        L += ['IV access: %sG %s' % (pick(c, ['18', '16', '20']), pick(c, ['L hand', 'R forearm', 'L ACF'])), 'Monitoring: ECG, NIBP, SpO2' + ('' if spinal else ', EtCO2, temp'), '', 'TIME   BP        HR   SpO2  EtCO2  Notes']
        t0 = int(c.time[:2]) * 60 + int(c.time[2:])
        for i in range(r.randint(5, 10)):
            t = (t0 + 5 * i * r.randint(1, 3)) % 1440
            L.append('%02d:%02d  %3d/%-3d   %3d  %3d   %s   %s' % (t // 60, t % 60, r.randint(95, 145), r.randint(50, 90), r.randint(62, 105), r.randint(97, 100), '--' if spinal else str(r.randint(32, 40)), pick(c, ['', '', 'induction' if i == 0 else '', 'incision', 'phenylephrine', 'fluid bolus', ''])))
        L += ['', 'Drugs: ' + '; '.join(drugs), 'Fluids: %s %d ml' % (pick(c, ["Hartmann's", 'NS', 'Ringer\'s lactate']), r.choice([1000, 1500, 2000])), 'EBL: %s   UO: %d ml' % (F(c, op['ebl']), r.randint(100, 500))]
        L += ['Reversal: ' + ('n/a' if spinal else pick(c, ['neostigmine 2.5mg + glycopyrrolate 0.4mg', 'sugammadex 200mg', 'n/a'])), 'To PACU: %s, stable' % later(c, r.randint(60, 150))] + signoff(c, an, 6)
    elif v == 2:
        L += [pick(c, ['RECOVERY ROOM (PACU) RECORD', 'Post Anaesthesia Care Unit', 'RECOVERY ROOM CHART']), '%s  %s  %s' % (pname(c, 0), c.mrn, ds(c)), 'Procedure: ' + opn + ' under ' + op['anaes'], '']
        L += ['Arrival %s: airway %s, SpO2 %d%% on O2 via FM, BP %d/%d, HR %d' % (later(c, 90), pick(c, ['own', 'Guedel in situ', 'own - maintaining']), r.randint(96, 100), c.sbp - 10, c.dbp - 5, c.hr - 10)]
        L += ['Aldrete score: arrival %d/10, discharge %d/10' % (r.randint(6, 8), r.randint(9, 10)), 'Pain score: %d/10 -> %d/10' % (r.randint(4, 8), r.randint(1, 3)), 'PONV: ' + pick(c, ['nil', 'nausea x1 - ondansetron 4mg given', 'nil'])]
        if spinal:
            L += ['Block regression: sensory level T%d -> L1; Bromage %d' % (r.choice([6, 8, 10]), r.randint(1, 3))]
        L += ['Analgesia given: ' + pick(c, ['morphine 2mg IV x2', 'pethidine 25mg IV', 'paracetamol 1g IV', 'nil required']), 'Discharged to %s at %s. Criteria met.' % (c.ward_name, later(c, 160)), 'Recovery nurse: %s   Anaesthetist: %s' % (c.nurse, an.short)]
    elif v == 3:
        L += ['Anaesthesia note %s' % ds(c, style=1), '%d%s for %s. ASA %s. MP %s.' % (c.age, c.sex, opn, asa, mp)]
        L += ['%s. ' % op['anaes'] + ('SAB L3/4 25G pencil point, 1st pass, %s.' % drugs_sp[0] if spinal else 'Pre-O2, IV induction (%s), ETT uneventful.' % ', '.join(drugs_ga[:3]))]
        L += ['Intra-op: ' + pick(c, ['haemodynamically stable', 'transient hypotension - treated with phenylephrine', 'uneventful']) + '. EBL %s.' % F(c, op['ebl'])]
        L += ['Post-op: ' + pick(c, ['to PACU stable', 'extubated awake, to recovery', 'to ward via recovery']) + '. Analgesia: ' + pick(c, ['paracetamol + tramadol', 'morphine prn', 'diclofenac supp + paracetamol'])] + [an.short]
    elif v == 4:
        L += [c.hosp + ' - Department of Anaesthesia & Intensive Care', pick(c, ['ANAESTHESIA RECORD (SUMMARY)', 'Anaesthetic Summary', '']), '']
        L += pt_block(c, 5, False) + ['Procedure: %s   Urgency: %s' % (opn, pick(c, ['Elective', 'Urgent', 'Emergency', 'NCEPOD 2'])), '']
        L += ['PRE-OP: ASA %s; airway MP %s; fasting %s; Hb %.1f; K %.1f' % (asa, mp, pick(c, ['adequate', '6h solids/2h clear', 'inadequate - RSI']), c.labs.get('Hb', 12.5), c.labs.get('K', 4.1))]
        L += ['INDUCTION/TECHNIQUE: ' + op['anaes'], 'AGENTS: ' + ', '.join(drugs), 'AIRWAY: ' + ('face mask O2 / nasal prongs' if spinal else pick(c, ['ETT 7.0 cuffed', 'LMA size 4', 'ETT 7.5, RSI with cricoid pressure']))]
        L += ['ANTIBIOTIC PROPHYLAXIS: ' + pick(c, ['cefazolin 2g IV at %s' % later(c, 10), 'per surgical team', 'ceftriaxone 1g + metronidazole 500mg']), 'VTE: ' + pick(c, ['TEDS', 'enoxaparin post-op', 'mechanical']), 'EVENTS: ' + pick(c, ['nil', 'none', 'brief desaturation on induction, resolved'])]
        L += ['DURATION: %d min' % r.randint(*op['dur']), 'POST-OP PLAN: ' + pick(c, ['ward care', 'HDU x 24h', 'PACU then ward']) + '; O2 2L NP; ' + pick(c, ['PCA morphine', 'oral analgesia', 'IV paracetamol 6hrly'])] + signoff(c, an, 2)
    else:
        L += [pick(c, ['SPINAL / REGIONAL ANAESTHESIA RECORD', 'Neuraxial Block Record', 'ANAESTHETIC CHECKLIST']), c.hosp, '']
        L += ['Patient: %s  Reg: %s  Date: %s' % (pname(c), c.mrn, ds(c)), 'Machine check [x]  Suction [x]  Difficult airway trolley [x]  Drugs drawn & labelled [x]', 'Patient identity [x]  Consent [x]  Fasting [x]  Allergies: ' + allergy(c), '']
        if spinal:
            L += ['Position: %s   Asepsis: chlorhexidine, drape' % pick(c, ['sitting', 'L lateral']), 'Level: L%d/%d   Needle: %sG %s   Attempts: %d' % (r.choice([2, 3]), r.choice([3, 4]), pick(c, ['25', '26', '27']), pick(c, ['Whitacre', 'Quincke', 'Pencan']), r.randint(1, 3)), 'Drug: ' + drugs_sp[0] + ' + ' + drugs_sp[1], 'Block height (cold): T%d at 10 min' % r.choice([4, 5, 6, 8])]
        else:
            L += ['GA: ' + ', '.join(drugs_ga[:4]), 'Airway: ' + pick(c, ['ETT 7.0', 'LMA #4', 'ETT 8.0']), 'Eyes taped [x]  Pressure areas checked [x]']
        L += ['Complications: ' + pick(c, ['nil', 'hypotension (BP 84/50) - phenylephrine 100mcg', 'nil']), '', 'Anaesthetist: ' + an.short + '   Assistant: ' + c.nurse]
    return L


def g_correspondence(c, v):
    r = c.r
    L = []
    d = c.ddate + datetime.timedelta(days=r.randint(3, 60))
    him = 'him' if c.sex == 'M' else 'her'
    if v == 0:
        sp = c.cond['spec']
        L += letterhead(c, sp) + ['', ds(c, d), '', c.doc3.short, pick(c, ['Medical Officer', 'District Medical Officer', 'Family Physician']), c.hc, '', 'Dear %s,' % pick(c, ['Dr. ' + c.doc3.last, 'Colleague', 'Doctor']), '']
        L += ['Re: %s  DOB: %s' % (pname(c, 0), ds(c, c.dob, 0)), '']
        L += W(c, 'Thank you for your kind referral of this %d year old %s whom I reviewed in the %s Clinic on %s.' % (c.age, 'gentleman' if c.sex == 'M' else 'lady', sp, ds(c, d - datetime.timedelta(days=2), 3)))
        L += [''] + W(c, 'Diagnosis: %s. %s' % (dx(c), pick(c, ['I have explained the diagnosis to %s.' % him, 'Investigations are outlined below.', 'The history is as you described.'])))
        L += [''] + W(c, 'Results: ' + '; '.join(lab_summary(c, k=4, st=1)) + '.')
        L += [''] + W(c, 'I have %s %s on the following: %s. I would be grateful if you would continue %s care at the health centre. I will see %s again in %s.' % (pick(c, ['placed', 'continued', 'started']), him, '; '.join(dc_meds(c, 0)), 'his' if c.sex == 'M' else 'her', him, pick(c, ['3 months', '6 weeks', '6 months', '2 months'])))
        L += ['', 'Yours sincerely,', '', '', c.doc2.short, c.doc2.quals, 'Consultant, %s' % sp, '', 'cc: patient; hospital file']
    elif v == 1:
        L += letterhead(c) + ['', ds(c, d), '', pname(c, 0), c.addr, '', 'Dear %s %s,' % ('Mr.' if c.sex == 'M' else pick(c, ['Ms.', 'Mrs.', 'Miss']), c.last), '']
        L += W(c, pick(c, ['We are writing to inform you that your appointment at the %s Clinic has been rescheduled to %s at 8:00 a.m. due to %s.' % (c.cond['spec'], ds(c, d + datetime.timedelta(days=14), 3), pick(c, ['the consultant being on leave', 'renovation works', 'the public holiday'])),
                           'Your recent test results are now available. Please make an appointment to see the doctor at %s so they can be discussed with you. Please bring your clinic card and all your medications.' % c.hc,
                           'Our records show that you missed your appointment on %s. It is important that you continue your treatment. Please call %s to book a new date.' % (ds(c, d - datetime.timedelta(days=7), 3), c.hphone)]))
        L += ['', 'Please arrive early and bring your %s card and a valid ID.' % c.C['fund'] if maybe(c) else '', '', 'Yours truly,', '', nurse(r, c.co), pick(c, ['Clinic Coordinator', 'Medical Records Officer', 'Patient Affairs Department', 'for Senior Medical Officer'])]
    elif v == 2:
        L += letterhead(c) + ['', ds(c, d), '', pick(c, ['TO WHOM IT MAY CONCERN', 'To whom it may concern:', 'The Human Resource Manager', 'The Principal']), '']
        L += ['Re: %s' % pname(c, 0), '']
        L += W(c, 'This is to certify that the above-named was %s at %s from %s to %s for %s. %s was discharged in %s condition and will require %s off work/school to recuperate, with effect from %s.' % (
            pick(c, ['admitted', 'an inpatient', 'treated']), c.hosp, ds(c, style=3), ds(c, c.ddate, 3), pick(c, ['a medical condition', dx(c).lower(), 'an illness']), 'He' if c.sex == 'M' else 'She', pick(c, ['satisfactory', 'stable', 'good']), pick(c, ['two (2) weeks', 'one (1) week', 'six (6) weeks', '10 days']), ds(c, c.ddate, 3)))
        L += ['', 'Please grant the necessary consideration.', '', 'Thank you.', ''] + signoff(c, c.doc, 2)[1:]
    elif v == 3:
        L += letterhead(c) + ['', 'Our ref: %s/%d' % (c.mrn, r.randint(1, 99)), ds(c, d), '', pick(c, ['The Claims Manager', 'Attorney-at-Law', 'The Commissioner of Police', 'The Chief Medical Officer']), pick(c, c.C['insurers']) if maybe(c) else '%s & Associates' % pick(c, SURN[c.co]), '', pick(c, ['MEDICAL REPORT', 'Re: Medical report', '']) + ' - %s' % pname(c, 0), '']
        L += W(c, 'At the request of %s, with the written consent of the patient, I provide the following report. %s was seen at %s on %s. History: %s' % (pick(c, ['the patient', 'your office', 'the above-named']), pname(c, 0), c.hosp, ds(c, style=3), hpi(c)))
        L += [''] + W(c, 'Examination: ' + '. '.join(exam_lines(c)) + '.') + [''] + W(c, 'Diagnosis: %s. Treatment: %s' % (dx(c), course(c) or 'as outpatient.'))
        L += [''] + W(c, 'Prognosis: ' + pick(c, ['good, full recovery expected.', 'guarded; permanent partial disability is likely and will be assessed at 6 months.', 'fair; further follow-up required.'])) + ['', 'A fee of %s%d.00 applies for this report.' % (c.C['ccy'], r.choice([5000, 8000, 500, 750, 300])) if maybe(c, 0.4) else '', ''] + signoff(c, c.doc2, 2)[1:]
    elif v == 4:
        L += ['%s' % c.hosp, '%s Department' % c.cond['spec'], '', ds(c, d), '', 'Dr. %s' % pick(c, SURN[c.co]), pick(c, ['Consultant Physician', 'Consultant Surgeon', 'Head of Department']), pick(c, [h for h in c.C['hosp'] if h != c.hosp] or [c.hosp]), '', 'Dear %s,' % pick(c, ['Dr.', 'Colleague', 'Sir/Madam']), '']
        L += W(c, pick(c, ['Further to our telephone conversation today, I am writing regarding %s (%s), who we discussed.' % (pname(c, 0), c.mrn), 'I write to update you on our mutual patient %s.' % pname(c, 0), 'Thank you for your letter of %s regarding %s.' % (ds(c, d - datetime.timedelta(days=10), 3), pname(c, 0))]))
        L += [''] + W(c, '%s %s' % (course(c) or hpi(c), pick(c, ['We would appreciate your input regarding further management.', 'I am happy for %s to continue follow-up with you.' % him, 'Kindly let us know if a bed becomes available.'])))
        L += ['', 'With kind regards,', '', c.doc2.short, c.doc2.role]
    else:
        L += [pick(c, ['MEMO', 'MEMORANDUM', 'INTERNAL MEMO']), '', 'TO:      %s' % pick(c, ['Senior Medical Officer', 'Medical Records', 'Director of Nursing Services', 'Head, Department of ' + c.cond['spec']]), 'FROM:    %s' % c.doc.short, 'DATE:    %s' % ds(c, d), 'SUBJECT: %s' % pick(c, ['Patient %s - %s' % (pname(c, 0), c.mrn), 'Request for file', 'Outstanding results']), '']
        L += W(c, pick(c, ['Kindly retrieve the docket for the above patient who is due in clinic on %s. The file could not be located at the last visit.' % ds(c, d + datetime.timedelta(days=7), 3),
                           'Please note that the above patient\'s %s results have not been received. Kindly follow up with the laboratory.' % pick(c, ['histology', 'CT scan', 'culture']),
                           'The above patient was reviewed and is fit to return to the clinic for continuing care. Please update the register.'])) + ['', 'Thank you.', c.doc.short]
    return L

def g_consent_form(c, v):
    r = c.r
    op = c.cond['op']
    proc = pick(c, [op['name']] + op['alt']) if op else pick(c, [p['name'] for p in PROCS])
    risks = pick(c, ['bleeding, infection, damage to surrounding structures, anaesthetic complications', 'pain, bleeding, wound infection, blood clots, need for further surgery', 'infection, bleeding, scarring, failure of procedure, death (rare)'])
    wit = nurse(r, c.co)
    L = []
    sig = ['', 'Signature of patient: ____________________   Date: %s' % ds(c, style=0), 'Witness: %s   Signature: __________' % wit, 'Doctor: %s   Signature: __________' % c.doc.short]
    if v == 0:
        L += [c.ministry.upper(), c.hosp, '', pick(c, ['CONSENT TO OPERATION / PROCEDURE', 'CONSENT FOR SURGERY', 'Form of Consent - Operation', 'PATIENT AGREEMENT TO TREATMENT']), '']
        L += ['Name: %s   Hosp. No.: %s' % (pname(c), c.mrn), '']
        L += W(c, 'I, %s, of %s, hereby consent to undergo the operation/procedure of %s, the nature and purpose of which have been explained to me by Dr. %s.' % (pname(c, 4), c.addr, proc.upper(), c.doc.last))
        L += W(c, 'I have been told of the possible risks including %s. I also consent to such further or alternative measures as may be found necessary during the course of the operation and to the administration of general, local or other anaesthetic.' % risks)
        L += W(c, 'No assurance has been given to me that the operation will be performed by any particular practitioner.') + sig
    elif v == 1:
        L += [c.hosp, pick(c, ['CONSENT FOR ANAESTHESIA', 'Anaesthesia Consent Form']), '']
        L += ['Patient: %s   Age: %d   Reg #: %s' % (pname(c, 1), c.age, c.mrn), 'Planned procedure: ' + proc, 'Type of anaesthesia: ' + (op['anaes'] if op else 'sedation / local'), '']
        L += ['The following have been explained to me:', '  [x] the type of anaesthesia and alternatives', '  [x] common side effects: nausea, sore throat, shivering, headache', '  [x] rare but serious risks: allergic reaction, dental damage, awareness, nerve injury, death', '  [x] I have had the opportunity to ask questions']
        L += ['Interpreter used: %s' % pick(c, ['No', 'No', 'Yes - Spanish', 'Yes - sign language'])] + sig
    elif v == 2:
        L += [c.hosp + ' - Blood Bank', pick(c, ['CONSENT FOR BLOOD TRANSFUSION', 'Blood & Blood Products - Consent/Refusal']), '']
        L += ['Patient: %s   Ward: %s   Hosp. No.: %s' % (pname(c), c.ward_name, c.mrn), 'Indication: %s (Hb %.1f g/dL)' % (dx(c), c.labs.get('Hb', 7.1)), 'Product: %s' % pick(c, ['packed red cells x 2 units', 'platelets', 'FFP', 'whole blood 1 unit']), '']
        L += W(c, 'I understand the benefits and risks of transfusion, including allergic reactions, fever, fluid overload and the very small risk of infection (HIV, hepatitis B and C, HTLV-1) despite screening. Alternatives have been discussed.')
        if maybe(c, 0.3):
            L += ['', '[x] I REFUSE transfusion on religious grounds and accept the consequences. (Jehovah\'s Witness)']
        else:
            L += ['', '[x] I CONSENT to transfusion   [ ] I REFUSE']
        L += sig
    elif v == 3:
        L += [c.hc if maybe(c) else c.hosp, pick(c, ['CONSENT FOR HIV TESTING', 'Voluntary Counselling & Testing - Consent', 'Informed Consent - Rapid Test']), '']
        L += ['Client code/ID: %s   Age: %d   Sex: %s' % ('%s%d' % (c.first[0] + c.last[0], r.randint(1000, 9999)), c.age, c.sex), 'Setting: %s' % pick(c, ['antenatal clinic', 'STI clinic', 'inpatient - provider initiated', 'VCT'])]
        L += W(c, 'I have received pre-test counselling and understand the meaning of a reactive and non-reactive result. I understand that my result is confidential and that I can withdraw consent at any time. I agree to be tested for HIV%s.' % pick(c, ['', ' and syphilis', ' (and my baby if applicable)']))
        L += ['[x] Yes, I agree   [ ] No', '', 'Client signature/mark: ________  Counsellor: %s  Date: %s' % (wit, ds(c))]
    elif v == 4:
        L += [c.hosp, pick(c, ['PARENT/GUARDIAN CONSENT', 'CONSENT ON BEHALF OF A MINOR', 'Consent for Treatment of a Child']), '']
        L += ['Child\'s name: %s   DOB: %s   Age: %d' % (pname(c, 0), ds(c, c.dob, 0), c.age), 'Parent/guardian: %s  Relationship: %s  %s: %s' % (c.nok, c.nok_rel, c.C['idname'], c.natid if c.co != 'TT' else '%d' % r.randint(10 ** 10, 10 ** 11)), '']
        L += W(c, 'I, being the parent/legal guardian of the above child, give consent for %s. The procedure, its purpose and risks (%s) have been explained to me in language I understand.' % (proc.lower() if op else pick(c, ['insertion of IV line and administration of fluids and medications', 'lumbar puncture', 'treatment as necessary']), risks))
        L += ['', 'Signature of parent/guardian: ___________', 'Doctor: %s  Date: %s  Time: %s' % (c.doc.short, ds(c), tm(c))]
    else:
        L += [pick(c, ['Consent', 'CONSENT', 'Procedure consent']) + ' - ' + ds(c, style=1), pname(c, 0) + '  ' + c.mrn, '']
        L += W(c, 'Procedure (%s) explained to pt in simple terms incl. indications (%s), benefits, risks (%s) and alternatives. Pt verbalised understanding, questions answered. %s. Consent form signed.' % (proc, dx(c), risks, pick(c, ['Relative present', 'Pt has capacity', 'Interpreter not needed'])))
        L += [c.doc.short + ' / witness ' + wit]
    return L


def g_referral_letter(c, v):
    r = c.r
    d = c.date - datetime.timedelta(days=r.randint(0, 3))
    target = pick(c, ['Casualty Officer', 'Medical Officer on call', 'The Consultant, %s' % c.cond['spec'], 'Doctor in Charge, A&E', 'The Surgeon on Call', '%s Clinic' % c.cond['spec']])
    src = clinician(r, c.co, pick(c, ['Medical Officer', 'District Medical Officer', 'GP', 'Family Physician']))
    L = []
    if v == 0:
        L += [c.ministry, c.rha, '', pick(c, ['REFERRAL FORM', 'HEALTH CENTRE REFERRAL SLIP', 'REFERRAL - PRIMARY TO SECONDARY CARE', 'Form HC-%d Referral' % r.randint(1, 30)]), '']
        L += ['From: %s   Tel: %s' % (c.hc, c.hphone), 'To: %s, %s' % (target, c.hosp), 'Date: %s   Urgency: %s' % (ds(c, d), pick(c, ['URGENT', 'Routine', 'Emergency', 'Soon'])), '']
        L += ['Name: %s   Age: %s   Sex: %s' % (pname(c), c.age, c.sex), 'Address: %s   Phone: %s' % (c.addr, c.phone), 'HC Reg No: %s' % ('%s/%d' % (c.hc.split()[0][:3].upper(), r.randint(100, 9999))), '']
        L += ['History / reason for referral:'] + W(c, hpi(c)) + ['Findings: ' + vitals(c, 5)] + ['  ' + x for x in exam_lines(c, 3)]
        L += ['Provisional Dx: ' + dx(c), 'Treatment given: ' + pick(c, ['IV access, NS 500ml', 'paracetamol 1g PO', 'nil', 'salbutamol neb x2', 'oral rehydration']), 'Current meds: ' + ', '.join(pre_meds(c, 5))]
        L += ['', 'Referring officer: %s   Signature: _______' % src.short, '', '--- REPLY SLIP (to be returned to health centre) ---', 'Diagnosis: ______________  Treatment: ______________  Follow-up: _____________']
    elif v == 1:
        L += ['%s' % c.hc, '%s, %s' % (c.town, c.parish), 'Tel: %s' % c.hphone, '', ds(c, d), '', target, c.hosp, '', 'Dear Doctor,', '']
        L += ['Re: %s, %d yrs' % (pname(c, 0), c.age), ''] + W(c, 'Kindly see and manage the above-named %s %s. %s' % (c.occ if c.age > 17 else 'child', pick(c, ['who presented to our clinic today', 'seen at the health centre this morning', 'known to our clinic']), hpi(c)))
        L += [''] + W(c, 'On examination: %s. %s.' % (vitals(c, 1), '; '.join(exam_lines(c, 3))))
        L += [''] + W(c, 'I am concerned about %s and would appreciate your assessment and further management.' % dx(c).lower()) + ['', 'Thank you.', '', 'Yours sincerely,', '', src.short, src.role]
    elif v == 2:
        L += [pick(c, ['Ref:', 'Referral', 'To A&E']), ds(c, d, 1), 'Pls see %s %d%s' % (pname(c, 0), c.age, c.sex.lower()), ' ' + pick(c, c.cond['pc']) + '; ' + vitals(c, 5), ' ?' + dx(c), 'Thanks', src.short + ' ' + pick(c, ['(HC)', c.hc, 'DMO'])]
    elif v == 3:
        L += letterhead(c, c.cond['spec']) + ['', ds(c, c.ddate), '', pick(c, ['Physiotherapy Department', 'The Dietitian', 'Eye Clinic', 'Diabetes Educator', 'Social Worker', 'Psychiatric Outpatient Clinic']), c.hosp, '']
        L += [pick(c, ['INTERNAL REFERRAL', 'Referral for Allied Health Services', 'Re: Referral']), '', 'Patient: %s   Hosp #: %s   Ward/Clinic: %s' % (pname(c), c.mrn, c.ward_name), 'Diagnosis: ' + dx(c)]
        L += ['Reason for referral: ' + pick(c, ['mobilisation and gait training', 'dietary counselling - diabetes/low salt', 'retinal screening', 'insulin technique and education', 'assistance with medication costs / home situation', 'adjustment difficulties'])]
        L += ['Relevant information:'] + W(c, course(c) or hpi(c)) + ['', 'Referring doctor: %s   Contact ext. %d' % (c.doc.short, r.randint(200, 499))]
    elif v == 4:
        L += [pick(c, ['PRIVATE & CONFIDENTIAL', '']), '%s  %s' % (src.short, src.quals), '%s Medical Centre, %s' % (pick(c, ['Grace', 'Family', 'Victoria', 'Shiloh']), c.town), 'Tel %s' % rand_phone(r, c.C['code']), '', ds(c, d), '']
        L += ['%s' % pick(c, ['Dr. %s, Consultant %s' % (pick(c, SURN[c.co]), c.cond['spec']), 'The Consultant Physician', 'The Specialist']), c.hosp, '', 'Dear Colleague,', '']
        L += ['RE: %s  (DOB %s)' % (pname(c, 2), ds(c, c.dob, 0)), ''] + W(c, 'I would be grateful for your opinion on this pleasant %d year old %s who I have been seeing for %s. %s' % (c.age, 'man' if c.sex == 'M' else 'woman', ', '.join(pmh(c)), hpi(c)))
        L += ['', 'Current medications:'] + ['  ' + x for x in pre_meds(c, 0)] + ['', 'Allergies: ' + allergy(c), ''] + W(c, 'Recent investigations: ' + '; '.join(lab_summary(c, k=4, st=1)) + '.')
        L += ['', 'Many thanks for seeing %s.' % ('him' if c.sex == 'M' else 'her'), '', 'Yours sincerely,', '', src.short]
    else:
        L += [c.hosp, pick(c, ['REQUEST FOR TRANSFER OF CARE / OVERSEAS REFERRAL', 'SPECIALIST REFERRAL (TERTIARY)', 'Referral to %s' % pick(c, [h for h in c.C['hosp'] if h != c.hosp] or [c.hosp])]), '']
        L += pt_block(c, 2) + ['', 'Referred to: %s' % pick(c, ['Cardiothoracic Unit', 'Neurosurgery', 'Oncology Centre', 'Renal Unit (dialysis)', 'Paediatric Surgery']), 'Reason: ' + pick(c, ['service not available at this facility', 'specialist assessment', 'for definitive management']), '']
        L += ['Clinical summary:'] + W(c, hpi(c) + ' ' + (course(c) or '')) + ['Dx: ' + dx(c), 'Investigations enclosed: ' + pick(c, ['CT films on CD', 'lab results', 'echo report, ECG', 'histology report'])]
        L += signoff(c, c.doc2, 2)
    return L


def g_advance_directive(c, v):
    r = c.r
    agent = c.nok
    L = []
    age = max(c.age, 45)
    if v == 0:
        L += [pick(c, ['ADVANCE HEALTH CARE DIRECTIVE', 'LIVING WILL', 'Advance Directive (Living Will)']), '', 'I, %s, of %s, %s, born on %s, being of sound mind, make this declaration voluntarily.' % (pname(c, 4), c.addr, c.C['name'], ds(c, c.dob, 3)), '']
        L += W(c, 'If I should have an incurable and irreversible condition that will result in my death within a relatively short time, or if I am permanently unconscious, and I am no longer able to make decisions regarding my medical treatment, I direct my attending physician to withhold or withdraw treatment that only prolongs the process of dying and is not necessary for my comfort or to alleviate pain.')
        L += ['', 'Specifically I DO NOT want:', '  [x] Cardiopulmonary resuscitation (CPR)', '  [%s] Mechanical ventilation' % pick(c, ['x', 'x', ' ']), '  [%s] Tube feeding' % pick(c, ['x', ' ']), '  [%s] Dialysis' % pick(c, ['x', ' ']), '', 'I DO want: pain relief, comfort care, my pastor/%s to be called.' % pick(c, ['pundit', 'imam', 'priest', 'family'])]
        L += ['', 'Signed: ______________  Date: %s' % ds(c), 'Witness 1: %s (not a relative)   Witness 2: %s' % (nurse(r, c.co), '%s %s, Justice of the Peace' % person(r, c.co)[1:])]
    elif v == 1:
        L += [c.hosp, pick(c, ['DO NOT ATTEMPT RESUSCITATION (DNAR) ORDER', 'DNR ORDER FORM', 'Resuscitation Status Form']), '']
        L += pt_block(c, 0, False) + ['Diagnosis: %s; %s' % (dx(c), pick(c, ['metastatic prostate cancer', 'end-stage renal disease, not a dialysis candidate', 'advanced heart failure', 'severe dementia'])), '']
        L += ['In the event of cardiac or respiratory arrest: DO NOT ATTEMPT CPR', 'Other treatment: [x] continue all appropriate treatment  [ ] comfort measures only', '']
        L += ['Discussed with: [%s] patient  [x] family (%s, %s)' % (pick(c, ['x', ' ']), agent, c.nok_rel), 'Reason: ' + pick(c, ['CPR unlikely to be successful', 'patient\'s expressed wishes', 'poor quality of life - patient request'])]
        L += ['Consultant: %s   Signature: _______  Date: %s' % (c.doc2.short, ds(c)), 'Review date: %s' % ds(c, c.date + datetime.timedelta(days=r.choice([7, 14, 30])))]
    elif v == 2:
        L += [pick(c, ['HEALTH CARE POWER OF ATTORNEY', 'APPOINTMENT OF HEALTH CARE AGENT', 'Durable Power of Attorney for Health Care']), '']
        L += W(c, 'I, %s (%s %s), hereby appoint %s, my %s, of %s, telephone %s, as my agent to make health care decisions for me if I become unable to make or communicate my own decisions.' % (pname(c, 4), c.C['idname'], c.natid, agent, c.nok_rel, c.town, c.nok_phone))
        L += [''] + W(c, 'My agent shall make decisions in accordance with my wishes as known to them, including decisions to accept or refuse life-sustaining treatment. Alternate agent: %s %s.' % person(r, c.co)[1:])
        L += ['', 'Signed at %s this %s.' % (c.town, ds(c, style=3)), '', '____________  Principal', '____________  Agent', 'Before me: %s %s, J.P.   Seal:' % person(r, c.co)[1:]]
    elif v == 3:
        L += ['%s  %s' % (ds(c, style=1), tm(c)), pick(c, ['Goals of care discussion', 'Family meeting', 'GOC / code status']), '']
        L += W(c, 'Present: pt%s, %s (%s), %s, %s. %d yo with %s and progressive decline. Prognosis discussed frankly. Pt states %s. Family in agreement.' % (pick(c, ['', ' (lucid)']), agent, c.nok_rel, c.doc2.short, c.nurse, age, dx(c), pick(c, ['"I don\'t want any machines, when God ready for me I ready"', 'wishes to die at home', 'does not want to be resuscitated or go to ICU'])))
        L += ['Decision: ' + pick(c, ['DNAR; ward-level care; no ICU', 'comfort care; palliative referral', 'full treatment except CPR/intubation']), 'DNAR form completed and placed at front of docket.'] + [c.doc.short]
    elif v == 4:
        L += [pick(c, ['STATEMENT OF WISHES AND PREFERENCES', 'My Care Wishes', 'Advance Care Plan']), c.hc + ' - Palliative Care Service', '']
        L += ['Name: %s    DOB: %s' % (pname(c), ds(c, c.dob, 0)), '']
        qs = [('What is important to me', pick(c, ['being at home with my family', 'my church and my grandchildren', 'not being in pain'])), ('Where I would like to be cared for', pick(c, ['home', 'home, hospital if pain not controlled', 'hospice'])),
              ('Treatments I would not want', pick(c, ['resuscitation, breathing machine', 'being kept alive on machines', 'feeding tube'])), ('People I want involved', '%s (%s) %s' % (agent, c.nok_rel, c.nok_phone)), ('Spiritual / religious needs', c.religion)]
        for q, a in qs:
            L += [q + ':', '   ' + a]
        L += ['', 'Completed with: %s   Date: %s' % (nurse(r, c.co), ds(c)), 'This is not a legally binding document but should be taken into account.']
    else:
        L += [c.C['name'].upper(), pick(c, ['DECLARATION', 'REFUSAL OF LIFE-SUSTAINING TREATMENT', 'Advance Decision to Refuse Treatment']), '']
        L += W(c, 'I, the undersigned %s, aged %d, %s, being fully informed by my doctors of my condition (%s), and having capacity, declare that I refuse the following treatment even if my life is at risk: %s.' % (pname(c, 4), age, c.occ, dx(c), pick(c, ['blood transfusion (religious belief)', 'cardiopulmonary resuscitation and mechanical ventilation', 'renal dialysis'])))
        L += ['', 'This decision applies until I revoke it in writing.', '', 'Signature: ____________  Date: %s' % ds(c), 'Witnessed by: %s, %s' % (c.doc.short, 'Medical Practitioner'), 'Witnessed by: %s' % nurse(r, c.co)]
    return L


ECGS = [
    ('Normal sinus rhythm', (60, 95), 'Normal ECG', 'normal'), ('Sinus tachycardia', (102, 130), 'Sinus tachycardia, otherwise normal', 'abn'),
    ('Sinus rhythm with left ventricular hypertrophy', (62, 90), 'LVH by voltage criteria with repolarisation (strain) abnormality', 'abn'),
    ('Atrial fibrillation with rapid ventricular response', (118, 150), 'Atrial fibrillation with RVR; nonspecific ST-T changes', 'abn'),
    ('Sinus rhythm', (68, 92), 'Acute inferior ST elevation MI - ST elevation II, III, aVF with reciprocal depression I, aVL', 'crit'),
    ('Sinus rhythm', (76, 100), 'Anterior ST elevation V1-V4 - acute anterior STEMI', 'crit'),
    ('Sinus rhythm with 1st degree AV block', (56, 74), 'First degree AV block (PR 240 ms)', 'abn'),
    ('Sinus rhythm', (64, 86), 'Right bundle branch block', 'abn'), ('Sinus bradycardia', (44, 56), 'Sinus bradycardia, otherwise normal', 'abn'),
    ('Sinus rhythm', (66, 90), 'Peaked T waves V2-V5 - ?hyperkalaemia; correlate with K+', 'abn'),
]


def g_ecg_report(c, v):
    r = c.r
    pref = {'chf': [2, 3], 'stroke': [2, 3, 0], 'dka': [9, 1], 'lepto': [9, 1], 'asthma': [1], 'dengue': [8, 1], 'sickle': [1], 'cap': [1, 3], 'ugib': [1]}
    idx = pick(c, pref.get(c.cond['key'], [0, 0, 2, 4, 5, 6, 7]))
    rhythm, hrr, interp, sev = ECGS[idx]
    hr = r.randint(*hrr)
    pr = 240 if idx == 6 else r.randint(130, 198); qrs = r.randint(128, 146) if idx == 7 else r.randint(76, 104)
    qt = r.randint(340, 420); qtc = int(qt / ((60.0 / hr) ** 0.5)); ax = r.randint(-20, 80) if idx != 2 else r.randint(-35, 10)
    card = clinician(r, c.co, 'Consultant Cardiologist', 'Cardiology')
    L = []
    if v == 0:
        L += ['%s   %s' % (pname(c, 2), ds(c, style=0) + ' ' + tm(c, c.time)), 'ID: %s   %d yrs   %s   %s' % (c.mrn, c.age, 'Male' if c.sex == 'M' else 'Female', pick(c, ['Black', 'Indo-Caribbean', 'Unspecified', 'Mixed'])), 'Loc: %s   Room: %s' % (pick(c, ['A&E', c.ward_name, 'MOPC']), r.randint(1, 30))]
        L += ['Vent. rate     %d BPM' % hr, 'PR interval    %s ms' % ('*' if idx == 3 else pr), 'QRS duration   %d ms' % qrs, 'QT/QTc         %d/%d ms' % (qt, qtc), 'P-R-T axes     %s %d %d' % ('*' if idx == 3 else r.randint(20, 70), ax, r.randint(-10, 90)), '']
        L += [rhythm] + [interp] + ['** %s ECG **' % {'normal': 'NORMAL', 'abn': 'ABNORMAL', 'crit': '*** ACUTE MI *** ABNORMAL'}[sev]]
        L += ['', pick(c, ['Unconfirmed report', 'Confirmed by: %s' % card.short, 'Referred by: %s' % c.doc.short]), '25 mm/s  10 mm/mV  %s' % pick(c, ['0.05-150 Hz', '40 Hz', '100 Hz']), pick(c, ['MAC %d' % r.randint(1200, 5500), 'CARDIOFAX', 'PageWriter'])]
    elif v == 1:
        L += [c.hosp, pick(c, ['ECG REPORT', 'ELECTROCARDIOGRAM - INTERPRETATION', 'Cardiology Dept. - 12 lead ECG']), '']
        L += pt_block(c, 0, False) + ['Indication: ' + pick(c, ['chest pain', 'pre-op', 'palpitations', dx(c), 'HTN screening']), '']
        L += ['Rhythm: ' + rhythm, 'Rate: %d bpm' % hr, 'Axis: %d deg (%s)' % (ax, 'LAD' if ax < -30 else 'normal'), 'Intervals: PR %d, QRS %d, QTc %d ms' % (pr, qrs, qtc), 'Conclusion: ' + interp]
        L += ['Comparison: ' + pick(c, ['no prior', 'unchanged from %s' % ds(c, c.date - datetime.timedelta(days=r.randint(60, 700)), 0), 'new since previous'])] + signoff(c, card, 2)
    elif v == 2:
        L += ['%s %s ECG:' % (ds(c, style=1), tm(c)), '%s, %s, HR %d, PR %d, QRS %d, QTc %d, axis %s.' % (rhythm, 'regular' if idx != 3 else 'irregularly irregular', hr, pr, qrs, qtc, 'normal' if ax > -30 else 'left'), 'Imp: ' + interp]
        if sev == 'crit':
            L += ['-> STEMI: aspirin 300mg, clopidogrel 300mg, heparin; thrombolysis (streptokinase 1.5 MU) - no CI; cardiology informed']
        L += [c.doc.short]
    elif v == 3:
        L += [pick(c, ['EXERCISE STRESS TEST REPORT', 'TREADMILL STRESS ECG', 'Exercise Tolerance Test']), c.hosp + ' Cardiology', '']
        L += ['Name: %s  Age: %d  Wt: %s kg' % (pname(c), c.age, c.wt), 'Protocol: Bruce   Indication: ' + pick(c, ['atypical chest pain', 'exertional chest tightness', 'risk stratification']), 'Resting ECG: ' + ECGS[0][0], '']
        st = r.randint(4, 11); mph = r.randint(78, 98)
        L += ['Exercise time: %d min %02d s   METs: %.1f' % (st, r.randint(0, 59), st * 1.1 + 2), 'Max HR: %d (%d%% of predicted)   Max BP: %d/%d' % (int((220 - c.age) * mph / 100), mph, r.randint(170, 210), r.randint(80, 100)), 'Reason stopped: ' + pick(c, ['fatigue', 'target HR achieved', 'chest pain', 'ST depression'])]
        pos = maybe(c, 0.4)
        L += ['ST changes: ' + ('2 mm horizontal ST depression V4-V6 at stage 3, resolving at 5 min recovery' if pos else 'none significant'), 'Arrhythmia: ' + pick(c, ['nil', 'occasional PVCs']), '', 'Conclusion: ' + ('POSITIVE for inducible ischaemia. Recommend coronary angiography.' if pos else 'Negative for ischaemia at adequate workload.')] + signoff(c, card, 0)
    elif v == 4:
        L += [pick(c, ['HOLTER MONITOR REPORT', '24-HOUR AMBULATORY ECG', 'Holter (24h) Summary']), '%s  %s  %s' % (pname(c, 1), c.mrn, ds(c)), '']
        L += ['Duration: 23h %dm   Analysable: %d%%' % (r.randint(10, 59), r.randint(92, 99)), 'Min HR %d @ %02d:%02d (sleep)  Max HR %d  Mean HR %d' % (r.randint(44, 58), r.randint(1, 5), r.randint(0, 59), r.randint(118, 160), r.randint(68, 88))]
        L += ['Ventricular ectopics: %d (isolated), couplets %d, VT runs 0' % (r.randint(10, 900), r.randint(0, 4)), 'Supraventricular ectopics: %d; %s' % (r.randint(20, 1500), pick(c, ['no AF', 'paroxysmal AF - longest episode 42 min', 'short SVT run x3 beats'])), 'Pauses >2.5s: %s' % pick(c, ['none', '1 (2.7 s) at night']), 'Diary: ' + pick(c, ['palpitations at 14:20 - corresponds to sinus tachycardia', 'no symptoms recorded', 'dizziness 09:15 - sinus rhythm'])]
        L += ['', 'Impression: ' + pick(c, ['No significant arrhythmia.', 'Paroxysmal atrial fibrillation - consider anticoagulation (CHA2DS2-VASc).', 'Frequent benign ectopy.'])] + [card.short]
    else:
        L += [pick(c, ['ECG', '12-lead ECG', 'ECG tracing']) + ' - ' + pick(c, ['A&E', c.ward_name, 'Casualty']), 'Name: %s   Date: %s   Time: %s' % (pname(c, 4), ds(c, style=1), tm(c)), 'Lead II rhythm strip attached', '']
        L += ['Rate ~%d  Rhythm: %s' % (hr, rhythm.lower()), 'Interpretation (MO): ' + interp, 'Seen by: %s' % c.doc.short, pick(c, ['Faxed to cardiology on call', 'Discussed with SMO', '', 'Repeat ECG in 30 min'])]
    return L

def g_immunization_record(c, v):
    r = c.r
    dob = c.dob
    def at(days):
        return ds(c, dob + datetime.timedelta(days=days + r.randint(0, 10)), 0)
    sched = [('BCG', 0, 'L deltoid'), ('Hep B (birth)', 0, 'R thigh'), ('OPV/IPV 1', 42, 'oral/R thigh'), ('Pentavalent 1 (DPT-HepB-Hib)', 42, 'L thigh'), ('OPV 2', 120, 'oral'), ('Pentavalent 2', 120, 'L thigh'),
             ('OPV 3', 180, 'oral'), ('Pentavalent 3', 180, 'L thigh'), ('MMR 1', 365, 'R arm'), ('DPT booster 1', 540, 'L arm'), ('OPV booster', 540, 'oral'), ('MMR 2', 540, 'R arm'), ('DT / DPT booster 2', 1460, 'L arm')]
    age_days = max(60, (c.date - dob).days)
    given = [s for s in sched if s[1] <= age_days]
    L = []
    if v == 0:
        L += [c.ministry.upper(), pick(c, ['CHILD HEALTH AND DEVELOPMENT PASSPORT', 'CHILD HEALTH RECORD', 'IMMUNIZATION CARD']), '- Immunization Record -', '']
        L += ['Child\'s name: %s   Sex: %s   DOB: %s' % (pname(c, 0), c.sex, ds(c, dob, 0)), 'Mother: %s   Health Centre: %s' % (c.nok if c.nok_rel in ('mother', 'grandmother', 'aunt') else person(r, c.co, 'F')[1] + ' ' + c.last, c.hc), 'Birth weight: %d.%d kg   Place of birth: %s' % (r.randint(2, 4), r.randint(0, 9), c.hosp), '']
        L += ['%-30s %-12s %-10s %s' % ('VACCINE', 'DATE GIVEN', 'BATCH', 'SIGN')]
        for s in given:
            L.append('%-30s %-12s %-10s %s' % (s[0], at(s[1]), '%s%d' % (pick(c, ['A', 'B', 'K', 'P']), r.randint(1000, 99999)), pick(c, ['kb', 'RN', 'M.S.', 'jg', 'PHN'])))
        L += ['', 'Next appointment: %s' % ds(c, c.date + datetime.timedelta(days=r.randint(28, 120)), 0), 'BRING THIS BOOK EVERY TIME YOU VISIT THE CLINIC']
    elif v == 1:
        L += [c.hc, pick(c, ['IMMUNIZATION REGISTER - EXTRACT', 'Vaccination history (computer printout)', 'IMMUNISATION HISTORY']), '']
        L += ['Client: %s  |  DOB %s  |  ID %s' % (pname(c, 1), ds(c, dob, 0), c.mrn), '']
        for s in given:
            L.append('%s  %-28s dose given  site: %s' % (at(s[1]), s[0], s[2]))
        L += ['', 'Status: %s' % pick(c, ['UP TO DATE', 'Up to date for age', 'DEFAULTER - 2nd MMR outstanding', 'Complete']), 'Printed by: %s' % nurse(r, c.co)]
    elif v == 2:
        L += [c.ministry, pick(c, ['IMMUNIZATION CERTIFICATE', 'Certificate of Immunization (School Entry)', 'SCHOOL IMMUNIZATION CERTIFICATE']), '']
        L += W(c, 'This is to certify that %s, born %s, has received the following immunizations as required under the Public Health (Immunization) Regulations for school entry:' % (pname(c, 0), ds(c, dob, 3)))
        for s in given:
            L.append('  [x] ' + s[0])
        L += ['', 'Signed: %s, Public Health Nurse   Date: %s' % (nurse(r, c.co), ds(c)), 'Official stamp: %s' % c.hc.upper()]
    elif v == 3:
        L += [pick(c, ['COVID-19 VACCINATION CARD', 'COVID-19 Vaccination Record', 'ADULT VACCINATION RECORD']), c.ministry, '']
        a = max(c.age, 18)
        L += ['Name: %s   DOB: %s   %s: %s' % (pname(c, 0), ds(c, datetime.date(2021 - a, c.dob.month, c.dob.day), 0), c.C['idname'], c.natid), '']
        vac = pick(c, ['AstraZeneca (ChAdOx1)', 'Pfizer-BioNTech', 'Sinopharm (BBIBP)', 'Johnson & Johnson'])
        d1 = datetime.date(2021, r.randint(3, 9), r.randint(1, 28))
        L += ['Dose 1: %s  %s  Lot %s  Site: %s' % (ds(c, d1, 0), vac, '%s%d' % (pick(c, ['AB', 'FE', 'EW', '20']), r.randint(1000, 9999)), pick(c, [c.hc, 'Mass Vaccination Site - %s Community Centre' % c.town]))]
        if 'Johnson' not in vac:
            L += ['Dose 2: %s  %s  Lot %s' % (ds(c, d1 + datetime.timedelta(days=r.choice([21, 28, 56, 84])), 0), vac, '%s%d' % (pick(c, ['AB', 'FE']), r.randint(1000, 9999)))]
        L += ['Booster: %s' % pick(c, ['____', ds(c, datetime.date(2022, r.randint(1, 12), r.randint(1, 28)), 0) + ' Pfizer-BioNTech']), '', 'Also: Tetanus toxoid %s; Hep B x3 (health care worker) %s' % (ds(c, c.date, 0), pick(c, ['complete', 'n/a']))]
    elif v == 4:
        L += [pick(c, ['INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS', 'Yellow Fever Vaccination Certificate']), '']
        L += ['This is to certify that [name] %s  date of birth %s  sex %s' % (pname(c, 0), ds(c, c.dob, 0), c.sex), 'nationality %s  national identification document %s' % (pick(c, ['Jamaican', 'Trinidadian', 'Barbadian']) if False else {'JA': 'Jamaican', 'TT': 'Trinidadian', 'BB': 'Barbadian'}[c.co], c.natid), 'has on the date indicated been vaccinated or received prophylaxis against:', 'Yellow fever', '']
        L += ['Date: %s   Signature of clinician: ______   Manufacturer & batch: %s %s' % (ds(c, style=0), pick(c, ['Stamaril', '17D YF']), r.randint(10000, 99999)), 'Certificate valid from: %s   until: life of person vaccinated' % ds(c, c.date + datetime.timedelta(days=10), 0), 'Official stamp of administering centre: %s Port Health' % c.town]
    else:
        L += [pick(c, ['MATERNAL & CHILD HEALTH CLINIC CARD', 'Antenatal card - Tetanus / Immunization', 'MCH RECORD - Immunizations']), c.hc, '']
        L += ['Name: %s   Age: %d   G%dP%d   EDD: %s' % (pname(c, 0), max(c.age, 18) if c.sex == 'F' else 24, c.n[0] - 1, c.n[1] - 2, ds(c, c.date + datetime.timedelta(days=r.randint(60, 180)), 1)), '']
        L += ['Tetanus toxoid (TT/Td):', '  TT1 %s   TT2 %s   TT3 ____' % (ds(c, c.date - datetime.timedelta(days=60), 1), ds(c, c.date - datetime.timedelta(days=28), 1)), 'Tdap (27-36 wks): %s' % pick(c, ['given ' + ds(c, style=1), 'due']), 'Influenza: %s' % pick(c, ['given', 'declined', 'not available']), 'Rubella immune: %s' % pick(c, ['Yes', 'No - MMR postpartum'])]
        L += ['VDRL: NR   HIV: NR   Hb: %.1f   Sickle: %s   Blood group: %s' % (r.uniform(9.5, 12.5), pick(c, ['AA', 'AS', 'AA']), pick(c, ['O+', 'A+', 'B+', 'O-'])), 'Nurse: %s' % nurse(r, c.co)]
    return L


def g_registration_form(c, v):
    r = c.r
    L = []
    emp = pick(c, ['Self', 'Ministry of Education', 'unemployed', '%s Supermarket' % c.town, 'Sugar company', 'n/a', 'retired'])
    if v == 0:
        L += [c.hosp.upper(), pick(c, ['PATIENT REGISTRATION FORM', 'NEW PATIENT REGISTRATION', 'ADMISSION / REGISTRATION RECORD', 'FACE SHEET']), '']
        L += ['Reg. No.: %s          Date: %s   Time: %s' % (c.mrn, ds(c), tm(c)), '', 'Surname: %-20s First: %-14s Middle: %s' % (c.last.upper(), c.first, c.mid or '-'), 'DOB: %s   Age: %d   Sex: %s   Marital status: %s' % (ds(c, c.dob, 0), c.age, c.sex, c.marital)]
        L += ['Address: %s, %s' % (c.addr, c.parish), 'Tel (home): %s   Cell: %s' % (c.hphone, c.phone), '%s: %s   %s No.: %s' % (c.C['idname'], c.natid, c.C['fund2'], '%d' % r.randint(100000, 999999)), 'Occupation: %s   Employer: %s' % (c.occ, emp), 'Religion: %s   Nationality: %s' % (c.religion, {'JA': 'Jamaican', 'TT': 'Trinidadian', 'BB': 'Barbadian'}[c.co])]
        L += ['Next of kin: %s   Relationship: %s   Tel: %s' % (c.nok, c.nok_rel, c.nok_phone), 'Insurance: %s' % pick(c, ['None', c.C['fund'] + ' card ' + c.fundno, pick(c, c.C['insurers']) + ' Policy #' + str(r.randint(100000, 999999))]), 'Admitted to: %s   Under: %s' % (c.ward_name, c.doc2.short), '', 'Registration clerk: %s' % nurse(r, c.co).split()[-1]]
    elif v == 1:
        L += [c.hc, pick(c, ['CLIENT REGISTRATION CARD', 'Health Centre Registration', 'FAMILY FOLDER REGISTRATION']), '']
        L += ['Folder No.: %s/%d' % (c.town[:3].upper(), r.randint(100, 9999)), 'Name: %s' % pname(c, 0), 'D.O.B: %s   Sex: %s' % (ds(c, c.dob, 1), c.sex), 'District/Address: %s, %s' % (c.addr, c.parish), 'Phone: %s' % c.phone, 'Head of household: %s' % pick(c, [c.nok, pname(c, 0)]), 'Household members: %d' % r.randint(1, 8)]
        L += ['Programmes: [%s] Child health  [%s] Antenatal  [%s] Chronic disease  [%s] Family planning' % (('x' if c.age < 6 else ' '), ('x' if c.cond['key'] == 'preeclampsia' else ' '), ('x' if c.age > 40 else ' '), pick(c, [' ', 'x']))]
        L += ['Date registered: %s   By: %s' % (ds(c), nurse(r, c.co))]
    elif v == 2:
        L += [c.hosp, pick(c, ['ACCIDENT & EMERGENCY - REGISTRATION', 'CASUALTY REGISTER', 'A&E Registration Slip']), '']
        L += ['A&E No.: %d   Date: %s   Time arrived: %s' % (r.randint(1000, 99999), ds(c, style=0), tm(c)), 'Name: %s   Age: %s   Sex: %s' % (pname(c), agestr(c), c.sex), 'Address: %s' % c.addr, 'Mode of arrival: %s' % pick(c, ['walk-in', 'private vehicle', 'ambulance (EMS)', 'taxi', 'police']), 'Brought by: %s (%s) %s' % (c.nok, c.nok_rel, c.nok_phone)]
        L += ['Presenting complaint (clerk): %s' % pick(c, c.cond['pc']), 'Police case: %s   MVA: %s' % (('Yes' if c.cond['key'] == 'chop' else 'No'), ('Yes' if c.cond['key'] == 'fracture' else 'No')), 'Fee: %s' % pick(c, ['waived', 'N/A (public)', 'paid %s%d receipt #%d' % (c.C['ccy'], r.choice([200, 500, 1000]), r.randint(1000, 99999))])]
    elif v == 3:
        L += [pick(c, ['PATIENT DEMOGRAPHICS', 'Patient Information Sheet', 'ADT - PATIENT SUMMARY']), '%s / %s' % (c.hosp, 'Health Information Dept.'), '-' * 50]
        rows = [('MRN', c.mrn), ('Name', pname(c, 1)), ('DOB', ds(c, c.dob, 0)), ('Sex', c.sex), ('Marital', c.marital), ('Address 1', c.addr), ('Parish/Region', c.parish), ('Phone', c.phone), (c.C['idname'], c.natid),
                ('NOK', '%s (%s) %s' % (c.nok, c.nok_rel, c.nok_phone)), ('Payer', pick(c, ['Government', 'Self-pay', pick(c, c.C['insurers'])])), ('Encounter', pick(c, ['Inpatient', 'Outpatient', 'Emergency'])), ('Admit date', ds(c, style=0)), ('Attending', c.doc2.short)]
        for a, b in rows:
            L.append('%-14s: %s' % (a, b))
    elif v == 4:
        L += [c.hc if maybe(c) else c.hosp, pick(c, ['ANTENATAL BOOKING / REGISTRATION', 'Antenatal Registration Form']), '']
        a = max(c.age, 17) if c.sex == 'F' else 24
        lmp = c.date - datetime.timedelta(days=r.randint(50, 140))
        L += ['Name: %s   Age: %d   Reg: %s' % (pname(c, 0) if c.sex == 'F' else person(r, c.co, 'F')[1] + ' ' + c.last, a, c.mrn), 'Address: %s   Phone: %s' % (c.addr, c.phone), 'Partner: %s   Occupation: %s' % (c.nok, c.occ)]
        L += ['Gravida: %d  Para: %d+%d   LMP: %s   EDD: %s' % (c.n[0] - 1, c.n[1] - 2, r.randint(0, 1), ds(c, lmp, 0), ds(c, lmp + datetime.timedelta(days=280), 0)), 'Previous pregnancies: %s' % pick(c, ['SVD x1 2015', 'nil', 'LSCS 2018 for fetal distress', 'miscarriage 2019']), 'Medical hx: ' + pick(c, ['nil', 'asthma', 'SCD trait', 'chronic HTN']), 'Booking BP %d/%d  Wt %d kg  Ht %d cm' % (r.randint(100, 130), r.randint(60, 85), r.randint(55, 100), r.randint(150, 175))]
        L += ['Booking bloods: CBC, VDRL, HIV, HBsAg, blood group, sickle screen, urine - sent', 'Risk: %s' % pick(c, ['low', 'high - refer to ANC hospital clinic'])]
    else:
        L += [pick(c, ['OUTPATIENT CLINIC ATTENDANCE / REGISTRATION', 'Clinic Card', 'APPOINTMENT & REGISTRATION CARD']), c.hosp + ' - ' + pick(c, ['MOPC', 'SOPC', 'GOPD', 'Eye Clinic', 'Diabetic Clinic']), '']
        L += ['Name: %s' % pname(c, 4), 'Docket #: %s   DOB: %s' % (c.mrn, ds(c, c.dob, 1)), '', 'Date        Clinic    Time     Seen']
        for k in range(r.randint(3, 6)):
            L.append('%-11s %-9s %-8s %s' % (ds(c, c.date + datetime.timedelta(days=42 * k), 1), pick(c, ['MOPC', 'SOPC', 'Endo', 'Lab']), pick(c, ['8:00am', '9:00', '1:00pm', '8am']), pick(c, ['yes', 'DNA', '✓', 'seen', ''])))
        L += ['', 'Please bring this card and ALL your medications at every visit.']
    return L


def g_insurance_card(c, v):
    r = c.r
    L = []
    ins = pick(c, c.C['insurers'])
    mem = '%s%d' % (pick(c, ['', 'M', 'GH', '00']), r.randint(1000000, 99999999))
    grp = '%d' % r.randint(1000, 99999)
    exp = datetime.date(c.date.year + r.randint(1, 4), r.randint(1, 12), 28)
    front = pick(c, ['FRONT', '[front]', '--- FRONT ---', 'Side 1'])
    back = pick(c, ['BACK', '[reverse]', '--- BACK ---', 'Side 2'])
    if v == 0:
        L += [front, 'NATIONAL HEALTH FUND' if c.co == 'JA' else c.C['fundlong'].upper(), pick(c, ['NHF CARD', 'BENEFICIARY CARD', 'MEMBER CARD']) if c.co == 'JA' else pick(c, ['CDAP CARD', 'BENEFIT CARD', 'PATIENT CARD']), '']
        L += ['Name: %s' % pname(c, 2), 'Card No: %s' % c.fundno, '%s: %s' % (c.C['idname'], c.natid), 'DOB: %s   Sex: %s' % (ds(c, c.dob, 0), c.sex), 'Issued: %s' % ds(c, style=0)]
        L += ['', back, 'This card is the property of the %s and must be presented at participating pharmacies with a valid prescription.' % c.C['fundlong'], 'Approved condition(s): ' + ', '.join(sample(c, ['Hypertension', 'Diabetes', 'Asthma', 'Glaucoma', 'Arthritis', 'High cholesterol', 'Heart disease'], r.randint(1, 3))), 'If found please return to any %s office or call %s.' % (c.C['fund'], rand_phone(r, c.C['code'])), 'Signature: ________']
    elif v == 1:
        L += [front, ins.upper(), pick(c, ['GROUP HEALTH PLAN', 'Health Insurance ID Card', 'MEDICAL & DENTAL']), '']
        L += ['Member: %s' % pname(c, 2), 'Member ID: %s   Group: %s' % (mem, grp), 'Employer: %s' % pick(c, ['Ministry of Education', 'Caribbean Cement Co.', 'National Water Authority', 'Island Bank Ltd', 'Sunset Resorts']), 'Dependants: %d' % r.randint(0, 4), 'Effective: %s   Expires: %s' % (ds(c, style=0), ds(c, exp, 0))]
        L += ['Co-pay: Doctor %s%d  Rx %d%%' % (c.C['ccy'], r.choice([300, 500, 1000, 50, 25]), r.choice([10, 20, 30])), '', back, 'Providers: present this card at time of service.', 'Pre-certification required for admissions & MRI/CT: %s' % rand_phone(r, c.C['code']), 'Claims: P.O. Box %d, %s' % (r.randint(100, 999), c.town), 'Pharmacy BIN %d' % r.randint(100000, 999999)]
    elif v == 2:
        L += ['%s  %s  %s' % (ins, '|', pick(c, ['SILVER PLAN', 'GOLD PLAN', 'BASIC', 'PREMIER'])), pname(c, 2), 'ID %s    GRP %s' % (mem, grp), 'PCN %s  RxGRP %s' % (pick(c, ['CRX', 'ISL', 'HLT']), r.randint(100, 999)), 'VALID THRU %02d/%02d' % (exp.month, exp.year % 100)]
    elif v == 3:
        L += [front, 'GOVERNMENT OF %s' % c.C['name'].upper(), pick(c, ['NATIONAL INSURANCE SCHEME', 'NATIONAL INSURANCE BOARD']), '']
        L += ['NIS No.: %d' % r.randint(100000, 9999999), 'Name: %s' % pname(c, 1), 'DOB: %s' % ds(c, c.dob, 0), '', back, 'This card must be produced when making any claim for benefit.', 'Report loss immediately to the nearest NIS office.']
    elif v == 4:
        L += [front, 'JADEP' if c.co == 'JA' else ('BARBADOS DRUG SERVICE' if c.co == 'BB' else 'CHRONIC DISEASE ASSISTANCE PROGRAMME'), pick(c, ['Special Benefit ID', 'Senior Citizen Card', 'Drug Programme Card']), '']
        L += ['%s' % pname(c, 0), 'ID# %s' % c.fundno, 'Date of Birth %s' % ds(c, c.dob, 0), 'Photo: [photograph]', '', back, 'Eligible for drugs listed on the %s Formulary free of charge at participating pharmacies.' % c.C['fund'], 'NOT TRANSFERABLE. Misuse is an offence.']
    else:
        L += ['Scanned copy - insurance card (both sides)', '']
        L += ['|' + '-' * 46 + '|', '| %-44s |' % ins[:44], '| %-44s |' % ('Name: ' + pname(c, 0))[:44], '| %-44s |' % ('Policy #: %s' % mem), '| %-44s |' % ('Plan: Individual Health   Cert: %s' % grp), '|' + '-' * 46 + '|']
        L += ['|' + '-' * 46 + '|', '| %-44s |' % 'Emergency overseas: call collect', '| %-44s |' % rand_phone(r, c.C['code']), '| %-44s |' % 'Subject to policy terms and conditions', '|' + '-' * 46 + '|']
        L += ['', 'Copied by: %s  %s' % (nurse(r, c.co).split()[-1], ds(c, style=0))]
    return L

def g_nursing_note(c, v):
    r = c.r
    L = []
    n = c.nurse
    if v == 0:
        L += [pick(c, ['NURSES\' NOTES', 'Nursing Report', 'NURSING PROGRESS NOTES', 'Ward Report']), '%s  Bed %d  %s' % (pname(c, 0), c.bed, c.ward_name), '']
        for sh, t in [('7-3', '0700'), ('3-11', '1500'), ('11-7', '2300')][:r.randint(1, 3)]:
            L += ['%s  %s shift' % (ds(c, c.date + datetime.timedelta(days=1), 1), sh)]
            L += W(c, '%s Pt %s. %s. %s. %s. %s.' % (pick(c, ['Received pt in bed,', 'Assumed care of pt,', 'Pt seen lying in bed,']), pick(c, ['awake and alert', 'resting comfortably', 'c/o pain ' + str(r.randint(3, 8)) + '/10', 'sleeping at intervals']),
                pick(c, ['IVF infusing well via L hand cannula', 'IV site clean, no swelling', 'Saline lock in situ']), 'Vitals: ' + vitals(c, 2), pick(c, ['Meds given as charted', 'Analgesia given with relief', 'Fed by relative, ate 1/2 meal', 'Assisted with bed bath']), pick(c, ['Safety maintained, side rails up', 'Will continue to monitor', 'Dr informed of BP', 'Bed linen changed'])))
            L += ['  ' + nurse(r, c.co), '']
    elif v == 1:
        L += [c.hosp, pick(c, ['NURSING ADMISSION ASSESSMENT', 'Nursing History & Assessment', 'ADMISSION NURSING RECORD']), '']
        L += ['Name: %s   Age: %d   Date/time: %s %s' % (pname(c), c.age, ds(c), tm(c)), 'Admitted from: %s   via %s' % (pick(c, ['A&E', 'Clinic', 'Theatre', c.hc]), pick(c, ['stretcher', 'wheelchair', 'ambulant'])), 'Dx: ' + dx(c), 'Allergies: ' + allergy(c)]
        L += ['Vitals: ' + vitals(c, 0), 'Wt: %s kg' % c.wt, 'Pain score: %d/10' % r.randint(0, 9), 'Braden: %d   Morse fall risk: %d' % (r.randint(12, 22), r.choice([0, 15, 25, 45, 60])), 'Skin: ' + pick(c, ['intact', 'stage 1 sacral pressure area', 'intact, dry']), 'Elimination: ' + pick(c, ['continent', 'catheterised', 'incontinent of urine']), 'Diet: ' + pick(c, ['diabetic diet', 'NPO', 'soft diet', 'regular']), 'Mobility: ' + pick(c, ['independent', 'assist x1', 'bedbound']), 'Valuables: ' + pick(c, ['given to relative', 'none', 'cell phone with pt']), 'Oriented to ward, call bell explained.']
        L += ['Nurse: ' + n]
    elif v == 2:
        L += [pick(c, ['NURSING CARE PLAN', 'Care Plan', 'Nursing Care Plan (NCP)']), pname(c, 0) + '  ' + c.mrn, '']
        plans = [('Acute pain related to %s' % pick(c, ['tissue injury', 'inflammation', 'surgical incision', 'vaso-occlusion']), 'Pt will report pain <3/10 within 1 hr', 'assess pain q4h; give analgesia as ordered; position for comfort; diversional therapy', 'pain 2/10 - goal met'),
                 ('Risk for infection related to %s' % pick(c, ['IV cannula', 'surgical wound', 'hyperglycaemia']), 'Pt will remain free of infection', 'aseptic technique; hand hygiene; monitor temp; wound care', 'afebrile, no signs of infection'),
                 ('Deficient fluid volume related to %s' % pick(c, ['vomiting', 'diarrhoea', 'fever', 'osmotic diuresis']), 'Pt will maintain UO >30ml/hr', 'IVF as ordered; strict I/O; encourage oral fluids', 'UO 50 ml/hr, mucosa moist - goal met'),
                 ('Knowledge deficit re %s' % pick(c, ['medications', 'disease process', 'diet']), 'Pt will verbalise understanding before d/c', 'health teaching; leaflets; teach-back', 'pt verbalised understanding')]
        for i, (d, g, iv, e) in enumerate(sample(c, plans, r.randint(2, 4))):
            L += ['%d. Nursing Dx: %s' % (i + 1, d), '   Goal: ' + g, '   Interventions: ' + iv, '   Evaluation: ' + e, '']
        L += ['Nurse: ' + n]
    elif v == 3:
        L += [pick(c, ['OBSERVATION CHART', 'Vital signs record', 'TPR / BP CHART']), pname(c, 1) + '  ' + c.ward_name, '', 'Date       Time   T     P    R   BP        SpO2  CBG   Init']
        for i in range(r.randint(5, 10)):
            d = c.date + datetime.timedelta(hours=4 * i)
            L.append('%-10s %02d00   %.1f  %3d  %2d  %3d/%-3d   %3d   %s  %s' % (ds(c, d, 1), (int(c.time[:2]) + 4 * i) % 24, c.temp - 0.1 * i * r.random(), c.hr - i, c.rr - (i // 2), c.sbp - 2 * i, c.dbp - i, min(100, c.spo2 + i // 2), '%.1f' % r.uniform(5, 14) if c.cond['key'] in ('dka', 'dfoot', 'dmhtn') else ' -- ', pick(c, ['kb', 'SR', 'jm', 'PD'])))
        L += ['', 'Intake: %d ml   Output: %d ml' % (r.randint(1500, 3500), r.randint(800, 2800))]
    elif v == 4:
        L += [pick(c, ['LABOUR WARD - MIDWIFE\'S NOTES', 'Midwifery notes', 'DELIVERY SUITE NURSING RECORD']) if c.cond['ward'] == 'Maternity' else pick(c, ['WOUND CARE RECORD', 'Dressing Clinic Note', 'Wound assessment']), '%s   %s' % (pname(c, 0), ds(c)), '']
        if c.cond['ward'] == 'Maternity':
            L += ['%s  MgSO4 infusing at 1g/hr. Reflexes present, RR %d, UO %d ml/hr.' % (tm(c), c.rr, r.randint(30, 60)), '%s  BP %d/%d. Hydralazine 5mg IV given per order.' % (tm(c, later(c, 30)), c.sbp, c.dbp), '%s  FHR 138-146 bpm, CTG reactive.' % tm(c, later(c, 60)), '%s  Pt prepared for theatre. Consent signed. Catheter in situ.' % tm(c, later(c, 120)), '   ' + n + ' (RM)']
        else:
            L += ['Site: ' + pick(c, ['R foot (post ray amputation)', 'RIF incision', 'L forearm', 'sacrum']), 'Size: %d x %d cm   Depth: %s' % (r.randint(2, 8), r.randint(1, 5), pick(c, ['superficial', '1 cm', 'to tendon'])), 'Bed: %d%% granulation, %d%% slough' % (r.choice([40, 60, 80]), r.choice([10, 20, 40])), 'Exudate: ' + pick(c, ['moderate serous', 'minimal', 'purulent']), 'Odour: ' + pick(c, ['none', 'mild']), 'Dressing: ' + pick(c, ['NS clean, iodine gauze, DSD', 'alginate + gauze', 'dry sterile dressing']), 'Next dressing: ' + pick(c, ['daily', 'alt days', 'at health centre']), n]
    else:
        L += ['%s %s' % (ds(c, style=1), tm(c)) + ' ' + pick(c, ['N/N', 'Nsg:', 'Nursing', ''])]
        L += W(c, '%s %s. %s. %s. %s.' % (pick(c, ['Pt', 'Patient', 'Client']), pick(c, ['admitted to ward from A&E via stretcher', 'returned from theatre', 'seen by Dr on rounds', 'c/o headache']), vitals(c, 5), pick(c, ['Dr ' + c.doc.last + ' informed', 'Reported to charge nurse', 'Comfort measures given']), pick(c, ['Relatives visited', 'Pt encouraged to ambulate', 'Pt NPO from midnight', 'IV cannula resited'])))
        L += [n]
    return L


def g_ed_note(c, v):
    r = c.r
    L = []
    tri = pick(c, ['1 - Resuscitation', '2 - Emergent', '3 - Urgent', '3', '2', '4 - Less urgent'])
    dispo = 'Admitted to %s' % c.ward_name if c.cond['key'] != 'dmhtn' else 'Discharged home'
    if v == 0:
        L += [c.hosp.upper(), pick(c, ['ACCIDENT & EMERGENCY DEPARTMENT', 'CASUALTY RECORD', 'A&E CARD', 'EMERGENCY ROOM RECORD']), '']
        L += ['A&E No.: %d   Date: %s   Time in: %s' % (r.randint(1000, 99999), ds(c, style=0), tm(c)), 'Name: %s   Age: %s   Sex: %s' % (pname(c), agestr(c), c.sex), 'Triage category: %s   Triage nurse: %s' % (tri, c.nurse), 'Triage vitals: ' + vitals(c, 2), '']
        L += ['C/O: ' + pick(c, c.cond['pc'])] + W(c, 'Hx: ' + hpi(c)) + ['PMHx: ' + ', '.join(pmh(c)) + '   Meds: ' + ', '.join(pre_meds(c, 5)) + '   Allergy: ' + allergy(c)]
        L += ['O/E:'] + ['  ' + x for x in exam_lines(c)] + ['Ix: ' + '; '.join(lab_summary(c, k=3, st=3))]
        L += ['Dx: ' + dx(c), 'Rx in A&E:'] + ['  ' + x for x in in_meds(c, 0)[:3]] + ['Disposition: ' + dispo + '   Time: %s' % later(c, r.randint(90, 400))] + signoff(c, c.doc, 4)
    elif v == 1:
        L += ['%s   %s' % (ds(c, style=1), tm(c)), pick(c, ['Casualty', 'A&E', 'ER']) + ' - ' + pick(c, ['Cat %s' % tri[0], 'Triage ' + tri[0]]), '%d%s %s' % (c.age, c.sex.lower(), pick(c, c.cond['pc']))]
        L += ['- ' + x for x in W(c, hpi(c))] + ['O/E ' + vitals(c, 5)] + ['  ' + x for x in exam_lines(c, 3)]
        L += ['Imp: ' + dx(c), 'P/ ' + '; '.join(plan_lines(c)[:3]), '   ' + pick(c, ['refer medical team', 'r/v by surgical on call', 'admit', 'd/w SMO']), c.doc.short]
    elif v == 2:
        L += letterhead(c, 'Emergency Medicine') + ['', pick(c, ['EMERGENCY DEPARTMENT PHYSICIAN NOTE', 'ED Physician Record', 'Emergency Medicine Note']), '']
        L += pt_block(c, 1) + ['Arrival: %s %s via %s' % (ds(c), tm(c), pick(c, ['EMS', 'private vehicle', 'walk-in', 'taxi', 'ambulance from ' + c.hc])), 'Triage: CTAS %s' % tri[0], '']
        L += ['HPI:'] + W(c, hpi(c)) + ['ROS: as per HPI, otherwise negative.', 'PMH: ' + ', '.join(pmh(c)), 'Meds: ' + '; '.join(pre_meds(c, 0)), 'Allergies: ' + allergy(c), 'Social: ' + '; '.join(F(c, x) for x in c.cond['sh']), '']
        L += ['PHYSICAL EXAM:', vitals(c, 1)] + ['  ' + x for x in exam_lines(c)] + ['', 'ED COURSE:'] + W(c, 'Given %s. %s' % (', '.join(in_meds(c, 0)[:2]), pick(c, ['Reassessed - improved.', 'Remains stable.', 'Reassessed at %s - pain improved.' % later(c, 60)])))
        L += ['', 'RESULTS:'] + ['  ' + x for x in ix_brief(c)] + ['', 'MDM / IMPRESSION: ' + dx(c), 'DISPOSITION: ' + dispo, 'Condition: ' + pick(c, ['stable', 'guarded', 'fair'])] + signoff(c, c.doc, 2)
    elif v == 3:
        L += [c.hosp, pick(c, ['TRAUMA SHEET', 'TRAUMA ASSESSMENT RECORD', 'A&E - Injury Form']), '']
        mech = {'fracture': 'motorcycle vs car, rider, no helmet', 'chop': 'assault with machete'}.get(c.cond['key'], pick(c, ['fall from ladder ~2 m', 'pedestrian struck by taxi', 'fall from mango tree', 'domestic fall']))
        L += ['Name: %s  Age: %d  Sex: %s  Time: %s  Police: %s' % (pname(c), c.age, c.sex, tm(c), pick(c, ['Yes - Cst. %s' % pick(c, SURN[c.co]), 'No', 'informed'])), 'Mechanism: ' + mech, '']
        L += ['PRIMARY SURVEY', ' A: patent, C-spine %s' % pick(c, ['cleared clinically', 'collar applied']), ' B: RR %d, SpO2 %d%%, AEBE' % (c.rr, c.spo2), ' C: HR %d, BP %d/%d, 2 x 16G IV, %s' % (c.hr, c.sbp, c.dbp, pick(c, ['bleeding controlled', 'no external haemorrhage'])), ' D: GCS %d/15, PEARL' % pick(c, [15, 15, 14]), ' E: ' + pick(c, exam_lines(c))]
        L += ['SECONDARY SURVEY: ' + '; '.join(exam_lines(c)[1:]), 'FAST: ' + pick(c, ['negative', 'not done']), 'Tetanus: given', 'Imaging: ' + (img_text(c)[3] if img_text(c) else 'pending'), 'Dx: ' + dx(c), 'Plan: ' + '; '.join(plan_lines(c)[:3])] + signoff(c, c.doc, 1)
    elif v == 4:
        L += [c.hosp + ' - Paediatric A&E' if c.age < 13 else c.hosp + ' - A&E (Fast track)', pick(c, ['Casualty card', 'A&E Record', 'EMERGENCY VISIT']), '']
        L += ['Name: %s   Age: %s   Wt: %s kg   Accompanied by: %s' % (pname(c), agestr(c), c.wt, c.nok_rel), 'Time seen: %s   Triage: %s' % (tm(c), tri)]
        L += ['Complaint: ' + pick(c, c.cond['pc']), 'Findings: ' + vitals(c, 4) + '; ' + '; '.join(exam_lines(c, 2))]
        L += ['Treatment: ' + '; '.join(in_meds(c, 5)[:2]), 'Diagnosis: ' + dx(c), 'Outcome: [%s] Admitted  [%s] Discharged  [ ] Referred  [ ] DAMA  [ ] Died' % ('x' if 'Admitted' in dispo else ' ', 'x' if 'Discharged' in dispo else ' '), 'Advice given: ' + pick(c, ['return if worse', 'fluids, rest', 'see health centre in 2 days']), 'MO: ' + c.doc.short]
    else:
        L += [pick(c, ['ED note', 'A&E', 'Seen in Casualty']) + ' ' + ds(c, style=0)]
        L += W(c, '%s %d%s presented %s with %s. %s %s. Impression %s. %s %s' % (tm(c), c.age, c.sex, pick(c, ['by ambulance', 'walk-in', 'accompanied by %s' % c.nok_rel]), pick(c, c.cond['pc']), vitals(c, 0), '; '.join(exam_lines(c, 2)), dx(c), 'Treated with ' + ', '.join(in_meds(c, 5)[:2]) + '.', dispo + '.'))
        L += [c.doc.short + ' ' + pick(c, ['(Emergency Physician)', '(MO, A&E)', '(Casualty Officer)'])]
    return L


def g_transfer_summary(c, v):
    r = c.r
    other = pick(c, [h for h in c.C['hosp'] if h != c.hosp] or [c.hosp])
    L = []
    why = pick(c, ['CT scan not available at this facility', 'need for ICU bed', 'specialist %s care' % c.cond['spec'], 'dialysis', 'neurosurgical review', 'higher level of care'])
    if v == 0:
        L += [c.ministry, c.hosp, '', pick(c, ['INTER-HOSPITAL TRANSFER FORM', 'PATIENT TRANSFER FORM', 'TRANSFER NOTE', 'REQUEST FOR TRANSFER']), '']
        L += ['Patient: %s   Age: %d   Sex: %s   Reg: %s' % (pname(c), c.age, c.sex, c.mrn), 'From: %s, %s   To: %s' % (c.hosp, c.ward_name, other), 'Date/time: %s %s   Reason: %s' % (ds(c), tm(c), why), 'Accepting doctor: %s (spoke at %s)' % (clinician(r, c.co).short, tm(c, later(c, -30))), '']
        L += ['Diagnosis: ' + dx(c), 'Summary:'] + W(c, hpi(c) + ' ' + (course(c) or '')) + ['Current vitals: ' + vitals(c, 0), 'Lines/tubes: ' + pick(c, ['18G R hand', 'IV x2, IDC', 'CVC, NGT, IDC']), 'Meds given: ' + '; '.join(in_meds(c, 0))]
        L += ['Ix sent with patient: ' + pick(c, ['copies of labs, X-rays', 'CD with CT', 'lab results, ECG']), 'Escort: %s   Mode: %s' % (c.nurse, pick(c, ['ambulance (BLS)', 'ambulance with MO escort', 'air ambulance', 'hospital bus'])), '', 'Referring MO: %s  Signature: ______' % c.doc.short]
    elif v == 1:
        L += [pick(c, ['Transfer to ICU', 'ICU transfer note', 'Transfer to HDU', 'Step-down transfer']), ds(c, c.date + datetime.timedelta(days=1)) + ' ' + tm(c), '']
        L += ['%s %d%s, day %d of admission for %s.' % (pname(c, 0), c.age, c.sex, r.randint(1, 4), dx(c)), 'Reason for transfer: ' + pick(c, ['worsening hypotension requiring vasopressors', 'increasing O2 requirement', 'closer monitoring', 'GCS drop', 'stable, transfer back to ward'])]
        L += ['Current status: ' + vitals(c, 0), 'Active issues:'] + bullets(c, [dx(c)] + pmh(c)[:2], 4) + ['Current meds:'] + ['  ' + x for x in in_meds(c, 0)] + ['Code status: ' + pick(c, ['Full code', 'Full', 'DNAR - see form']), 'Family aware: ' + pick(c, ['yes', 'yes - %s informed' % c.nok_rel])] + signoff(c, c.doc, 4)
    elif v == 2:
        L += [c.hc, pick(c, ['EMERGENCY TRANSFER TO HOSPITAL', 'Ambulance Transfer Record', 'TRANSFER SLIP']), '']
        L += ['Name: %s  Age: %s  Date: %s  Time of call: %s' % (pname(c), c.age, ds(c), tm(c)), 'Receiving facility: %s A&E' % c.hosp, 'Condition at departure: ' + vitals(c, 2), 'Complaint: ' + pick(c, c.cond['pc']), 'Treatment before transfer: ' + pick(c, ['IV NS 500 ml, O2 via NP', 'nebulised salbutamol x2', 'paracetamol 1 g', 'ORS, IV access', 'MgSO4 4g IV loading, hydralazine 5mg IV'])]
        L += ['Ambulance: %s   Departed: %s   Arrived: %s' % (pick(c, ['EMS Unit %d' % r.randint(1, 30), 'HC vehicle', 'private - relative']), later(c, 20), later(c, r.randint(45, 120))), 'Handed over to: %s' % nurse(r, c.co), 'Nurse/MO escort: ' + c.nurse]
    elif v == 3:
        L += letterhead(c) + ['', ds(c), '', 'The Admitting Officer', other, '', pick(c, ['Dear Colleague,', 'Dear Doctor,']), '']
        L += ['Re: TRANSFER OF %s (%s)' % (pname(c, 2), c.mrn), ''] + W(c, 'We are transferring this %d year old %s for %s. %s %s' % (c.age, c.sex, why, hpi(c), course(c) or ''))
        L += ['', 'Investigations:'] + ['  ' + x for x in ix_brief(c)] + ['', 'Medications:'] + ['  ' + x for x in in_meds(c, 3)] + ['', 'Allergies: ' + allergy(c), '', 'Thank you for accepting %s.' % ('him' if c.sex == 'M' else 'her')] + signoff(c, c.doc2, 2)
    elif v == 4:
        L += [pick(c, ['WARD TRANSFER - NURSING HANDOVER', 'Inter-ward transfer checklist', 'SBAR TRANSFER']), c.hosp, '']
        L += ['S: %s, %d%s, transferring from %s to %s' % (pname(c, 0), c.age, c.sex, pick(c, ['A&E', 'ICU', 'Theatre/PACU']), c.ward_name), 'B: ' + dx(c) + '; PMHx ' + ', '.join(pmh(c)), 'A: ' + vitals(c, 0) + '; ' + pick(c, ['alert', 'drowsy but rousable', 'GCS 15']) + '; pain %d/10' % r.randint(0, 6), 'R: ' + '; '.join(plan_lines(c)[:3])]
        L += ['Checklist: [x] docket  [x] drug chart  [x] X-rays  [%s] valuables  [x] ID band' % pick(c, ['x', ' ']), 'Handing over: %s   Receiving: %s   Time: %s' % (c.nurse, c.nurse2, tm(c))]
    else:
        L += [pick(c, ['Transfer summary', 'TRANSFER SUMMARY', 'Summary on transfer back to district hospital']), '']
        L += W(c, '%s (%s), %d%s. Admitted %s with %s. %s Now stable and transferred to %s for continuing care closer to home. Medications: %s. Follow-up: %s.' % (pname(c, 0), c.mrn, c.age, c.sex, ds(c), dx(c), course(c) or hpi(c), other, '; '.join(dc_meds(c, 0)), c.cond['fu']))
        L += signoff(c, c.doc, 3)
    return paginate(c, L)


def g_provider_orders(c, v):
    r = c.r
    L = []
    if v == 0:
        L += [c.hosp, pick(c, ['DOCTOR\'S ORDER SHEET', 'PHYSICIAN ORDERS', 'Medical Orders', 'DOCTORS ORDERS']), 'Name: %s   Reg: %s   Ward: %s   Allergies: %s' % (pname(c), c.mrn, c.ward_name, allergy(c)), '', 'Date/Time    Orders                                       Sig.   Nurse']
        first = True
        for k in range(r.randint(2, 3)):
            d = c.date + datetime.timedelta(days=k)
            items = (plan_lines(c)[:3] + in_meds(c, 0)) if first else sample(c, ['D/C IV fluids', 'start diet as tolerated', 'repeat CBC, U&E in am', 'change IV abx to oral', 'mobilise', 'remove IDC', 'd/c home in am'], 3)
            for j, it in enumerate(items):
                L.append('%-12s %-44s %-6s %s' % ((ds(c, d, 1) + ' ' + c.time) if j == 0 else '', it[:44], c.doc.last[:5] if j == len(items) - 1 else '', pick(c, ['✓', 'noted', 'kb', ''])))
            first = False
            L.append('')
    elif v == 1:
        L += [pick(c, ['ADMISSION ORDERS', 'Admit orders', 'ADMISSION ORDERS - %s' % dept_of(c).upper()]), pname(c, 0) + '  ' + c.mrn + '  ' + ds(c), '']
        L += ['Admit to: %s under %s' % (c.ward_name, c.doc2.short), 'Diagnosis: ' + dx(c), 'Condition: ' + pick(c, ['fair', 'guarded', 'stable', 'serious']), 'Vitals: ' + pick(c, ['q4h', 'q1h x4 then q4h', 'q2h']), 'Activity: ' + pick(c, ['bed rest', 'ambulate as tolerated', 'BRP']), 'Allergies: ' + allergy(c), 'Nursing: ' + pick(c, ['strict I/O', 'daily weight', 'CBG ac & hs', 'neuro obs']), 'Diet: ' + pick(c, ['NPO', 'diabetic', 'low salt', 'clear fluids', 'regular'])]
        L += ['IV: ' + pick(c, ['NS 1L q8h', 'D5NS 1L q8h', 'saline lock', "Hartmann's 125 ml/hr"]), 'Meds:'] + ['  ' + x for x in in_meds(c, 0)] + ['Labs: ' + ', '.join(pick(c, LAB[k][0]) for k in sample(c, list(c.labs.keys()), 4)), 'Call MO if: SBP <90 or >180, HR >120, T >38.5, UO <30 ml/hr'] + [c.doc.short]
    elif v == 2:
        L += [pick(c, ['POST-OPERATIVE ORDERS', 'Post op orders', 'POST-OP INSTRUCTIONS TO WARD']), '%s  %s' % (pname(c, 0), ds(c)), '']
        op = c.cond['op']
        L += bullets(c, ['Procedure: ' + (op['name'] if op else 'as per op note'), 'Vitals q15min x1h, q30min x2h, then q4h', 'O2 2L via NP till fully awake', pick(c, ['NPO x 6h then sips', 'diet as tolerated', 'clear fluids this evening']), 'IVF: NS / D5W alternating 1L q8h', 'Analgesia: ' + pick(c, ['morphine 5mg IV q4h prn', 'pethidine 75mg IM q4h prn', 'tramadol 50mg IV q8h']) + ' + paracetamol 1g IV q6h', 'Antiemetic: metoclopramide 10mg IV q8h prn', 'Antibiotics: ' + pick(c, ['cefuroxime 750mg IV q8h x 3 doses', 'ceftriaxone 1g IV daily', 'as before']), 'Check wound/drain output', 'Hb in am', 'DVT prophylaxis: ' + pick(c, ['enoxaparin 40mg SC daily', 'early mobilisation', 'TEDS'])], 1)
        L += [c.doc.short + ' ' + pick(c, ['(Surg. Reg)', '(SHO)', ''])]
    elif v == 3:
        L += [pick(c, ['STAT ORDERS', 'Telephone/verbal order', 'T/O', 'Verbal order record']), '%s %s' % (ds(c, style=1), tm(c)), pname(c, 0) + ' ' + c.ward_name]
        L += ['  ' + pick(c, ['Paracetamol 1g PO stat', 'Furosemide 40mg IV stat', 'NS 500ml bolus stat', 'Morphine 2.5mg IV stat', 'Insulin soluble 6 units SC stat', 'Salbutamol 5mg neb stat', 'KCl 20 mmol in 1L NS over 4 hrs']), '  Repeat ' + pick(c, ['CBG in 1 hr', 'vitals in 30 min', 'K+ in 4 hrs'])]
        L += ['T/O from %s, read back and verified by %s' % (c.doc.short, c.nurse) if maybe(c) else 'Ordered by %s' % c.doc.short, 'Countersigned: ______ (within 24 hrs)']
    elif v == 4:
        L += [c.hosp, pick(c, ['%s PROTOCOL ORDER SET' % c.cond['dx'].split()[0].upper(), 'STANDING ORDERS', 'Pre-printed Order Set']), pt_block(c, 3)[0], '']
        L += ['[x] ' + x for x in plan_lines(c)] + ['[ ] ' + pick(c, ['ICU consult', 'dietitian consult', 'social work']), '']
        L += ['Medications (tick to order):'] + ['  [x] ' + x for x in in_meds(c, 0)] + ['  [ ] ' + pick(c, ['Ranitidine 50mg IV q8h', 'Omeprazole 40mg IV daily', 'Metoclopramide 10mg IV prn'])]
        L += ['', 'Physician: %s   Date: %s   Time: %s' % (c.doc.short, ds(c), tm(c))]
    else:
        L += [pick(c, ['Discharge orders', 'D/C ORDERS', 'Orders']), ds(c, c.ddate, 1), '']
        L += ['1. D/C home today', '2. TTO:'] + ['     ' + x for x in dc_meds(c, 5)] + ['3. ' + c.cond['fu'], '4. Remove IV cannula', '5. %s' % pick(c, ['Sick leave 1/52', 'D/C summary to pt', 'Return to A&E if worse', 'Pt to collect X-rays'])] + [c.doc.short]
    return L


def g_discharge_instructions(c, v):
    r = c.r
    L = []
    k = c.cond['key']
    tips = {'dka': ['Never stop your insulin even if you are not eating - call the clinic for advice', 'Check your sugar 4 times a day on sick days', 'Drink plenty of water'],
            'stroke': ['Take your aspirin and pressure tablets every day', 'Do the exercises the physio showed you', 'Come back IMMEDIATELY if face drooping, arm weakness or speech difficulty (FAST)'],
            'sickle': ['Drink at least 8 glasses of water a day', 'Avoid getting cold or wet; avoid strenuous activity', 'Come back if fever, chest pain, difficulty breathing or pain not controlled'],
            'dengue': ['Rest and drink plenty of fluids (water, coconut water, ORS)', 'Take ONLY paracetamol for fever - NO aspirin, ibuprofen or diclofenac', 'Return immediately if bleeding, severe belly pain, persistent vomiting, or feeling faint', 'Clear standing water around your home (mosquito breeding)'],
            'lepto': ['Finish all your antibiotics', 'Wear boots and gloves when working in fields or drains', 'Return if you pass little urine or get yellow again'],
            'asthma': ['Use your brown (preventer) inhaler every day even when well', 'Use the blue inhaler when wheezy - if you need it more than every 4 hours, come to hospital', 'Avoid smoke, dust and cane-burning'],
            'cap': ['Complete your antibiotics', 'Rest and drink fluids', 'Return if breathing gets worse or fever persists beyond 3 days'],
            'appy': ['Keep the wound clean and dry; you may shower after 48 hours', 'No heavy lifting for 4-6 weeks', 'Stitches out in 10 days at your health centre', 'Return if wound red, swelling, pus or fever'],
            'chole': ['Low fat diet for a few weeks', 'Keep wounds clean and dry', 'Return if yellow eyes, fever or severe belly pain'],
            'dfoot': ['Daily dressing at the health centre', 'Keep foot elevated; do not walk barefoot', 'Check your feet every day; control your sugar', 'Return if bad smell, redness spreading or fever'],
            'chf': ['Weigh yourself every morning - if up 2 kg in 3 days, call the clinic', 'Limit salt (no salt fish, corned beef, pickled meats) and fluids to 1.5 L', 'Take water tablet in the morning'],
            'preeclampsia': ['Check BP at health centre in 1 week', 'Return if headache, blurred vision, belly pain or fits', 'Breastfeeding is encouraged - your tablets are safe'],
            'ge_child': ['Give ORS after every loose stool', 'Continue breastfeeding/feeding', 'Give zinc once a day for 10 days', 'Return if child not drinking, vomiting everything, very sleepy or blood in stool'],
            'fracture': ['Keep leg elevated', 'Use crutches - no weight on the leg until told', 'Return if toes cold, blue, numb or pain severe'],
            'chop': ['Keep splint on at all times', 'Keep hand elevated', 'Attend hand therapy', 'Stitches out in 10-14 days'],
            'pyelo': ['Complete antibiotics', 'Drink plenty of water', 'Return if fever returns'],
            'ugib': ['Do NOT take diclofenac, ibuprofen, aspirin or other "pain pills" from the pharmacy', 'Return immediately if you vomit blood or pass black stools', 'Avoid alcohol'],
            'dmhtn': ['Reduce starch, sugar and sweet drinks', 'Walk 30 minutes a day', 'Take all medications as prescribed']}[k]
    title = pick(c, ['DISCHARGE INSTRUCTIONS', 'Patient Discharge Instructions', 'INSTRUCTIONS ON LEAVING HOSPITAL', 'Going Home - Information for Patients', 'HOME CARE ADVICE'])
    if v == 0:
        L += letterhead(c) + ['', title, ''] + ['Name: %s   Date: %s' % (pname(c, 0), ds(c, c.ddate)), 'You were treated for: ' + pick(c, [dx(c), dx(c).lower()]), '']
        L += ['YOUR MEDICINES:'] + ['  ' + x for x in dc_meds(c, 1)] + ['', 'WHAT TO DO AT HOME:'] + bullets(c, tips, 3) + ['', 'FOLLOW-UP: ' + c.cond['fu'], '', 'If you have any questions call %s.' % c.hphone, 'Patient/relative signature: __________   Nurse: %s' % c.nurse]
    elif v == 1:
        L += [pick(c, ['Wound care', 'After your operation', 'POST-OPERATIVE INSTRUCTIONS']) if c.cond['surg'] else pick(c, ['Home care advice', 'Advice sheet', 'Information leaflet']), c.hosp, '']
        L += ['Dear %s,' % c.first, ''] + W(c, 'You are going home today after treatment for %s. Please follow these instructions carefully:' % dx(c).lower()) + [''] + ['%d. %s' % (i + 1, t) for i, t in enumerate(tips)]
        L += ['', 'Come back to Casualty at once if you feel worse.', 'Next appointment: %s' % ds(c, c.ddate + datetime.timedelta(days=r.choice([7, 10, 14, 28])), 3)]
    elif v == 2:
        L += [pick(c, ['APPOINTMENT CARD', 'Discharge slip / Appointment']), c.hosp, '']
        L += ['Name: %s   Docket: %s' % (pname(c, 4), c.mrn), 'Clinic: %s' % pick(c, ['MOPC', 'SOPC', 'Fracture Clinic', 'Postnatal Clinic', 'Diabetic Clinic', 'Paeds OPD']), 'Date: %s   Time: %s' % (ds(c, c.ddate + datetime.timedelta(days=r.choice([7, 14, 21, 28])), 0), pick(c, ['8:00 am', '9:00 am', '1:00 pm'])), '']
        L += ['Instructions:'] + ['  - ' + t for t in sample(c, tips, 2)] + ['  - Bring this card, your %s card and all medications' % c.C['fund'], '  - Fasting blood work: nothing to eat after midnight' if maybe(c) else '']
    elif v == 3:
        if k == 'asthma':
            L += [pick(c, ['ASTHMA ACTION PLAN', 'My Asthma Plan']), 'Name: %s   Date: %s' % (pname(c, 0), ds(c, c.ddate)), '', 'GREEN ZONE (well): no cough/wheeze, can do usual activities', '  Take: ' + dc_meds(c, 0)[1], 'YELLOW ZONE (getting worse): cough, wheeze, tight chest, waking at night', '  Take: ' + dc_meds(c, 0)[2] + ' every 4 hrs; continue preventer; see doctor', 'RED ZONE (emergency): very short of breath, blue-ish lips, can\'t talk', '  Take 10 puffs blue inhaler via spacer and GO TO CASUALTY NOW', '', 'Doctor: ' + c.doc.short]
        else:
            L += [pick(c, ['Discharge advice given', 'D/C teaching record', 'Health education - discharge']), pname(c, 0) + '  ' + ds(c, c.ddate, 1), '']
            L += ['Advice given to pt and %s re:' % c.nok_rel] + ['  [x] ' + t for t in tips] + ['  [x] medications - name, dose, side effects', '  [x] follow-up: ' + c.cond['fu'], 'Pt verbalised understanding. Leaflet given.', c.nurse]
    elif v == 4:
        L += [c.hc + ' / ' + c.hosp, title, '']
        L += ['Patient: %s' % pname(c, 0), 'Diagnosis: %s' % dx(c), 'Activity: ' + pick(c, ['light activity, gradually increase', 'bed rest x 3 days then as tolerated', 'no work for 2 weeks', 'school in 1 week']), 'Diet: ' + pick(c, ['diabetic diet', 'low salt', 'soft diet then normal', 'normal diet, plenty of fluids']), 'Medications:'] + ['  ' + x for x in dc_meds(c, 5)]
        L += ['Danger signs - return to hospital if:'] + ['  * ' + t for t in tips if any(w in t.lower() for w in ['return', 'come', 'immediately'])] + ['  * you feel worse in any way', '', 'Follow-up: ' + c.cond['fu'], 'Given by: %s   Received by: ________' % c.nurse]
    else:
        L += [title] + W(c, '%s - %s. Go home today. Take: %s. %s. %s' % (pname(c, 0), dx(c), ', '.join(dc_meds(c, 5)), ' '.join(tips), 'Follow up ' + c.cond['fu'] + '.'))
    return L


def g_other(c, v):
    r = c.r
    L = []
    if v == 0:
        L += [c.hosp.upper(), pick(c, ['FACSIMILE TRANSMITTAL', 'FAX COVER SHEET', 'Fax']), '']
        L += ['To: %s   Fax: %s' % (pick(c, [c.hc, 'Medical Records, ' + pick(c, c.C['hosp']), pick(c, c.C['insurers']) + ' Claims', 'Dr ' + pick(c, SURN[c.co])]), rand_phone(r, c.C['code'])), 'From: %s   Fax: %s' % (pick(c, ['Health Records Dept.', c.cond['spec'] + ' Dept.', 'Laboratory']), c.fax), 'Date: %s   Pages (incl. cover): %d' % (ds(c), r.randint(2, 9)), 'Re: %s' % pick(c, ['Patient records', 'Lab results', 'Referral', 'Claim documents']), '']
        L += ['[ ] Urgent  [x] For review  [ ] Please reply', '', 'Comments: ' + pick(c, ['Please find attached as requested.', 'Kindly acknowledge receipt.', 'Results for patient as discussed.'])]
        L += ['', 'CONFIDENTIALITY NOTICE: The documents accompanying this transmission contain confidential health information that is legally privileged. If you have received this fax in error, please notify us immediately by telephone and destroy the documents.']
    elif v == 1:
        L += [c.hosp, pick(c, ['REQUEST FOR RELEASE OF MEDICAL INFORMATION', 'Authorisation to Release Health Information', 'APPLICATION FOR MEDICAL RECORDS']), '']
        L += ['Patient name: %s   DOB: %s   Hosp. No.: %s' % (pname(c, 0), ds(c, c.dob, 0), c.mrn), '%s: %s' % (c.C['idname'], c.natid), 'I authorise %s to release the following to: %s' % (c.hosp, pick(c, [pick(c, c.C['insurers']), '%s & Co., Attorneys-at-Law' % pick(c, SURN[c.co]), 'myself', 'Dr ' + pick(c, SURN[c.co]) + ' (overseas)', 'Ministry of Labour / NIS']))]
        L += ['  [x] Discharge summary  [%s] Lab results  [%s] Imaging  [ ] Entire record' % (pick(c, ['x', ' ']), pick(c, ['x', ' '])), 'Dates of service: %s to %s' % (ds(c, style=0), ds(c, c.ddate, 0)), 'Purpose: ' + pick(c, ['insurance claim', 'legal', 'continuing care abroad', 'personal', 'employment']), 'This authorisation expires 6 months from date signed.']
        L += ['', 'Signature: __________  Date: %s   Tel: %s' % (ds(c, c.ddate + datetime.timedelta(days=30)), c.phone), 'Fee paid: %s%d  Receipt #%d' % (c.C['ccy'], r.choice([1000, 1500, 100, 150, 50]), r.randint(10000, 99999)), 'For office use: ID verified [x]  Processed by: %s' % nurse(r, c.co).split()[-1]]
    elif v == 2:
        L += [c.hosp, pick(c, ['STATEMENT OF ACCOUNT', 'PATIENT BILL / INVOICE', 'Itemised Statement']), '']
        L += ['Account #: %d   Patient: %s   Reg: %s' % (r.randint(100000, 999999), pname(c, 1), c.mrn), 'Admitted: %s   Discharged: %s   Category: %s' % (ds(c, style=0), ds(c, c.ddate, 0), pick(c, ['Public ward', 'Private ward', 'Semi-private'])), '']
        items = [('Accommodation (%d days)' % c.los, r.randint(1, 6) * 1000 * c.los), ('Laboratory', r.randint(2, 20) * 500), ('Radiology', r.randint(1, 10) * 1000), ('Pharmacy', r.randint(1, 20) * 400), ('Doctor\'s fees', r.randint(2, 15) * 1000)]
        if c.cond['op']:
            items.append(('Theatre & anaesthesia', r.randint(10, 60) * 1000))
        tot = 0
        for a, b in items:
            L.append('%-32s %s%12s' % (a, c.C['ccy'], '{:,.2f}'.format(b)))
            tot += b
        ins = int(tot * r.choice([0, 0.6, 0.8, 1.0]))
        L += ['-' * 50, '%-32s %s%12s' % ('TOTAL CHARGES', c.C['ccy'], '{:,.2f}'.format(tot)), '%-32s %s%12s' % ('Less: insurance/waiver', c.C['ccy'], '{:,.2f}'.format(ins)), '%-32s %s%12s' % ('BALANCE DUE', c.C['ccy'], '{:,.2f}'.format(tot - ins)), '', 'Payments accepted at the Cashier, Mon-Fri 8:30-4:00.']
    elif v == 3:
        L += [c.hosp, pick(c, ['DISCHARGE AGAINST MEDICAL ADVICE', 'DAMA FORM', 'Release from Responsibility for Discharge']), '']
        L += W(c, 'I, %s, being a patient in %s, am leaving the hospital against the advice of the attending doctor(s). The risks of leaving, including %s, have been explained to me. I hereby release the hospital, its doctors and staff from all responsibility for any ill effects which may result.' % (pname(c, 4), c.ward_name, pick(c, ['worsening of my condition', 'death', 'permanent disability'])))
        L += ['', 'Reason given: ' + pick(c, ['has to go to work', 'family matters at home', 'not satisfied with care', 'prefers private doctor', 'financial']), '', 'Patient signature: ________   Date/time: %s %s' % (ds(c, c.date + datetime.timedelta(days=1)), tm(c)), 'Witness: %s   Doctor: %s' % (c.nurse, c.doc.short)]
    elif v == 4:
        L += [pick(c, ['PATIENT SATISFACTION QUESTIONNAIRE', 'Health Questionnaire - New Patient', 'Patient Feedback Survey', 'Pre-clinic questionnaire']), c.hc if maybe(c) else c.hosp, '']
        qs = sample(c, [('How long did you wait to be seen?', pick(c, ['< 1 hr', '1-3 hrs', '3-6 hrs', '> 6 hrs'])), ('Were staff courteous?', pick(c, ['Yes', 'Mostly', 'No'])), ('Was the ward clean?', pick(c, ['Yes', 'Sometimes'])),
                        ('Do you smoke?', pick(c, ['No', 'Yes'])), ('Do you drink alcohol?', pick(c, ['No', 'Socially'])), ('Any family history of diabetes/pressure?', pick(c, ['Yes - mother', 'No', 'Don\'t know'])),
                        ('Would you recommend this facility?', pick(c, ['Yes', 'No', 'Maybe'])), ('Comments', pick(c, ['Nurses very kind', 'Long wait at pharmacy', 'Need more benches in waiting area', 'Doctor explained everything']))], r.randint(4, 7))
        for i, (q, a) in enumerate(qs):
            L += ['%d. %s' % (i + 1, q), '   %s' % a]
        L += ['', 'Date: %s' % ds(c), 'Thank you for helping us improve our services.']
    elif v == 5:
        L += [pick(c, ['MEDICAL CERTIFICATE', 'CERTIFICATE OF ILLNESS', 'Sick Leave Certificate', 'Fitness Certificate']), c.hosp if maybe(c) else c.hc, '']
        L += W(c, 'I certify that I examined %s on %s and in my opinion %s is %s.' % (pname(c, 0), ds(c, c.ddate), 'he' if c.sex == 'M' else 'she', pick(c, ['unfit for work for a period of %d days' % r.choice([3, 5, 7, 14]), 'fit to resume duties from %s' % ds(c, c.ddate + datetime.timedelta(days=7)), 'unable to attend school for %d days' % r.choice([3, 5])])))
        L += ['', 'Nature of illness: ' + pick(c, ['medical condition', 'surgical condition', 'illness']), '', 'Medical Practitioner: %s  Reg: %s' % (c.doc.short, c.doc.reg), 'Stamp: [%s]' % pick(c, [c.hosp, c.hc]).upper()]
    elif v == 6:
        L += [pick(c, ['PATIENT PROPERTY / VALUABLES RECORD', 'Inventory of Patient\'s Belongings']), c.hosp + ' - ' + c.ward_name, '']
        L += ['Name: %s   Reg: %s   Date: %s' % (pname(c, 0), c.mrn, ds(c))] + ['  - ' + x for x in sample(c, ['1 cellular phone (black)', 'wallet with %s%d cash' % (c.C['ccy'], r.randint(1, 50) * 100), '1 gold chain', 'dentures (upper)', 'wrist watch', 'house keys', 'reading glasses', 'bag of clothes', '%s card' % c.C['fund']], r.randint(2, 5))]
        L += ['Handed to: %s (%s)' % (c.nok, c.nok_rel) if maybe(c) else 'Kept in ward safe', 'Staff: %s   Witness: %s' % (c.nurse, c.nurse2), 'Patient/relative signature: ________']
    else:
        L += [pick(c, ['CLINICAL PHOTOGRAPHY', 'Photograph log', 'Wound photography record']), '']
        L += ['Patient: %s   MRN: %s' % (pname(c, 1), c.mrn), 'Consent for clinical photography: [x] clinical record  [%s] teaching  [ ] publication' % pick(c, ['x', ' '])]
        for i in range(r.randint(2, 4)):
            L.append('Image %d: %s, %s - %s' % (i + 1, pick(c, ['R foot dorsal view', 'L forearm wound', 'abdominal wound', 'sacral area', 'rash lower limbs', 'ear lobe keloid']), ds(c, c.date + datetime.timedelta(days=3 * i), 0), pick(c, ['pre-debridement', 'day 3', 'healing well', 'with measuring scale'])))
        L += ['Taken by: %s   Camera: dept. #%d' % (nurse(r, c.co), r.randint(1, 4))]
    return L


# ----------------------------------------------------------------------------
# Registry and main
# ----------------------------------------------------------------------------
TYPES = [
    ('discharge_summary', g_discharge_summary, 6), ('history_physical', g_history_physical, 6), ('progress_note', g_progress_note, 6),
    ('consult_note', g_consult_note, 6), ('operative_note', g_operative_note, 6), ('procedure_note', g_procedure_note, 6),
    ('lab_report', g_lab_report, 6), ('imaging_report', g_imaging_report, 6), ('pathology_report', g_pathology_report, 6),
    ('medication_list', g_medication_list, 6), ('prescription', g_prescription, 6), ('anesthesia_record', g_anesthesia_record, 6),
    ('correspondence', g_correspondence, 6), ('consent_form', g_consent_form, 6), ('referral_letter', g_referral_letter, 6),
    ('advance_directive', g_advance_directive, 6), ('ecg_report', g_ecg_report, 6), ('immunization_record', g_immunization_record, 6),
    ('registration_form', g_registration_form, 6), ('insurance_card', g_insurance_card, 6), ('nursing_note', g_nursing_note, 6),
    ('ed_note', g_ed_note, 6), ('transfer_summary', g_transfer_summary, 6), ('provider_orders', g_provider_orders, 6),
    ('discharge_instructions', g_discharge_instructions, 6), ('other', g_other, 8),
]


def choose_cond(r, label):
    if label in ('operative_note', 'anesthesia_record'):
        return r.choice(SURG)
    if label == 'consent_form':
        return r.choice(SURG + [r.choice(C)])
    if label in ('advance_directive', 'ecg_report'):
        return r.choice([x for x in ADULT if x['age'][1] > 50])
    if label in ('prescription', 'medication_list', 'progress_note') and r.random() < 0.3:
        return COND['dmhtn']
    if label in ('discharge_summary', 'transfer_summary', 'discharge_instructions'):
        return r.choice([x for x in C if x['key'] != 'dmhtn'])
    return r.choice(C)


def generate(seed, per_type):
    r = random.Random(seed)
    out = []
    n = 0
    for label, fn, nl in TYPES:
        order = list(range(nl))
        r.shuffle(order)
        for i in range(per_type):
            v = order[i % nl]
            cond = choose_cond(r, label)
            child = label == 'immunization_record' and v in (0, 1, 2)
            c = make_ctx(r, cond, child=child)
            if label == 'advance_directive' and c.age < 45:
                c.age = r.randint(55, 90)
            lines = fn(c, v)
            text = J(lines)
            text = ocr(c, text)
            n += 1
            out.append({'id': 'car-%d-%05d-%04x' % (seed, n, r.randint(0, 0xffff)), 'label': label, 'text': text})
    r.shuffle(out)
    return out


def main():
    ap = argparse.ArgumentParser(description='Generate synthetic Caribbean clinical documents (JSONL).')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--per-type', type=int, default=25)
    ap.add_argument('--out', default='docs.jsonl')
    a = ap.parse_args()
    docs = generate(a.seed, a.per_type)
    with open(a.out, 'w', encoding='utf-8') as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
