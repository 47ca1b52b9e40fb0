#!/usr/bin/env python3
"""Synthetic clinical document generator - private tertiary hospital, Metro Manila (PH English).
All names, identifiers, places and numbers are fictitious. Standard library only."""
import argparse
import json
import random
import datetime

R = random.Random(0)

# ---------------------------------------------------------------- utilities
def ch(seq):
    return R.choice(seq)

def chance(p):
    return R.random() < p

def sample(seq, k):
    k = max(0, min(k, len(seq)))
    return R.sample(list(seq), k)

def rint(a, b):
    return R.randint(a, b)

def digits(n):
    return ''.join(str(R.randint(0, 9)) for _ in range(n))

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']

def fdate(d, style=None):
    if style is None:
        style = R.randint(0, 7)
    if style == 0:
        return '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year)
    if style == 1:
        return '%02d/%02d/%d' % (d.month, d.day, d.year)
    if style == 2:
        return '%02d-%s-%d' % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == 3:
        return d.strftime('%Y-%m-%d')
    if style == 4:
        return '%d %s %d' % (d.day, MONTHS[d.month - 1], d.year)
    if style == 5:
        return '%s. %d, %d' % (MONTHS[d.month - 1][:3], d.day, d.year)
    if style == 6:
        return '%d/%d/%s' % (d.month, d.day, str(d.year)[2:])
    return '%02d/%02d/%d' % (d.month, d.day, d.year)

def ftime(h=None, m=None, style=None):
    if h is None:
        h = rint(0, 23)
    if m is None:
        m = ch([0, 5, 10, 15, 20, 30, 40, 45, 50, 55, rint(0, 59)])
    if style is None:
        style = rint(0, 3)
    if style == 0:
        return '%02d:%02d' % (h, m)
    if style == 1:
        hh = h % 12 or 12
        return '%d:%02d %s' % (hh, m, 'AM' if h < 12 else 'PM')
    if style == 2:
        return '%02d%02dH' % (h, m)
    hh = h % 12 or 12
    return '%d:%02d%s' % (hh, m, 'am' if h < 12 else 'pm')

def rand_date(y0=2008, y1=2024):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(start, end - 20))

def plus(d, n):
    return d + datetime.timedelta(days=n)

def ul(s, c='-'):
    return s + '\n' + c * len(s)

def center(s, w=72):
    return s.center(w).rstrip()

def box(lines, w=70):
    out = ['+' + '-' * (w - 2) + '+']
    for l in lines:
        out.append('| ' + l[:w - 4].ljust(w - 4) + ' |')
    out.append('+' + '-' * (w - 2) + '+')
    return '\n'.join(out)

def cb(flag):
    return ch(['[X]', '[x]', '[/]', '(x)', '[✓]']) if flag else ch(['[ ]', '[  ]', '( )', '[_]'])

def blank(n=18):
    return '_' * n

# ---------------------------------------------------------------- pools
SURNAMES = ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Ocampo', 'Garcia', 'Mendoza', 'Torres', 'Villanueva',
            'Dela Cruz', 'Aquino', 'Ramos', 'Castillo', 'Pascual', 'Soriano', 'Manalo', 'Lim', 'Tan', 'Go',
            'Sy', 'Chua', 'Del Rosario', 'Gonzales', 'Fernandez', 'Navarro', 'Salazar', 'Mercado', 'Aguilar',
            'Domingo', 'Panganiban', 'Macaraeg', 'Dimaculangan', 'Lacson', 'Evangelista', 'Cabrera', 'Tolentino',
            'Magbanua', 'Sarmiento', 'De Guzman', 'Valdez', 'Buenaventura', 'Samonte', 'Ilagan', 'Capistrano',
            'Esguerra', 'Marquez', 'Lualhati', 'Dizon', 'Pangilinan', 'Bernardo', 'Quiambao', 'Yap', 'Ong',
            'Agustin', 'Lagman', 'Umali', 'Ventura', 'Rivera', 'Saldana', 'Alcantara', 'Galang', 'Caluya',
            'Nepomuceno', 'Francisco', 'Estrada', 'Abad', 'Tiongson', 'Robles', 'Legaspi', 'Mangubat']
FIRST_M = ['Jose', 'Juan Carlos', 'Rodel', 'Jerome', 'Mark Anthony', 'John Paul', 'Ramon', 'Eduardo', 'Ernesto',
           'Rogelio', 'Danilo', 'Romeo', 'Arnel', 'Ferdinand', 'Renato', 'Christian', 'Jericho', 'Paolo',
           'Miguel', 'Carlo', 'Noel', 'Bienvenido', 'Teodoro', 'Reynaldo', 'Alfredo', 'Kenneth', 'Jayson',
           'Rommel', 'Emmanuel', 'Vicente', 'Angelo', 'Francis', 'Gilbert', 'Nestor', 'Wilfredo', 'Ronaldo']
FIRST_F = ['Maria Cristina', 'Ma. Theresa', 'Rowena', 'Marites', 'Lourdes', 'Josefina', 'Rosario', 'Leonora',
           'Angelica', 'Kristine Joy', 'Mary Grace', 'Jocelyn', 'Teresita', 'Corazon', 'Erlinda', 'Rhea',
           'Ma. Luisa', 'Charmaine', 'Jennifer', 'Princess', 'Lovely', 'Aileen', 'Rosalinda', 'Gloria',
           'Divina', 'Katherine', 'Patricia', 'Nenita', 'Imelda', 'Ligaya', 'Cecilia', 'Anna Marie',
           'Bernadette', 'Remedios', 'Shiela Mae', 'Diana Rose']
CITIES = ['Quezon City', 'Pasig City', 'Makati City', 'Mandaluyong City', 'Marikina City', 'Taguig City',
          'Paranaque City', 'Las Pinas City', 'Caloocan City', 'Manila', 'San Juan City', 'Muntinlupa City',
          'Valenzuela City', 'Malabon City', 'Pasay City', 'Antipolo City, Rizal', 'Cainta, Rizal',
          'Bacoor, Cavite', 'San Pedro, Laguna', 'Meycauayan, Bulacan']
BRGYS = ['Brgy. San Isidro', 'Brgy. Malinis', 'Brgy. Bagong Pag-asa', 'Brgy. Sta. Lucia', 'Brgy. Maligaya',
         'Brgy. San Roque', 'Brgy. Kalayaan', 'Brgy. Mabuhay', 'Brgy. Sto. Nino', 'Brgy. Masagana',
         'Brgy. Bagumbayan', 'Brgy. Tanglaw', 'Brgy. Pinagsama', 'Brgy. Sampaguita', 'Brgy. Dalisay']
STREETS = ['Mabini St.', 'Rizal Ave.', 'Kamagong St.', 'Sampaguita St.', 'Narra St.', 'Molave St.',
           'Ilang-Ilang St.', 'Luna St.', 'Del Pilar St.', 'Katipunan Ext.', 'Bonifacio St.', 'Acacia Lane',
           'Dama de Noche St.', 'Guijo St.', 'Yakal St.', 'P. Burgos St.', 'Maginhawa Rd.', 'Banaba St.']
RELIGION = ['Roman Catholic', 'Roman Catholic', 'Roman Catholic', 'Iglesia ni Cristo', 'Born Again Christian',
            'Islam', 'Seventh-day Adventist', 'Baptist', 'Aglipayan', 'Jehovah\'s Witness']
OCCUP_M = ['jeepney driver', 'security guard', 'call center agent', 'engineer', 'businessman', 'OFW (seaman)',
           'retired government employee', 'tricycle driver', 'construction worker', 'accountant', 'teacher',
           'IT programmer', 'sales agent', 'farmer', 'student', 'unemployed']
OCCUP_F = ['housewife', 'teacher', 'nurse', 'call center agent', 'sari-sari store owner', 'bank teller',
           'retired', 'office clerk', 'OFW (domestic helper)', 'accountant', 'student', 'vendor', 'cashier']

HOSPITALS = [
    dict(name='St. Raphael Archangel Medical Center', short='SRAMC', addr='1187 E. Rodriguez Sr. Ave., Quezon City',
         tel='(02) 8724-5518'),
    dict(name='Holy Trinity Medical Center', short='HTMC', addr='45 Ortigas Ave. Ext., Pasig City',
         tel='(02) 8631-7702'),
    dict(name='Mabini Heights Medical Center', short='MHMC', addr='2210 Taft Avenue, Malate, Manila',
         tel='(02) 8523-4410'),
    dict(name='Our Lady of Caysasay Hospital and Medical Center', short='OLCHMC',
         addr='88 Shaw Blvd., Mandaluyong City', tel='(02) 8717-3390'),
    dict(name='Capitol Hills Doctors Hospital', short='CHDH', addr='16 Tandang Sora Ave., Quezon City',
         tel='(02) 8931-6625'),
    dict(name='San Lorenzo Ruiz General Hospital', short='SLRGH', addr='301 Chino Roces Ave., Makati City',
         tel='(02) 8818-2274'),
]

SPECIALTIES = {
    'IM': ('Internal Medicine', 'FPCP'), 'Cardio': ('Cardiology', 'FPCP, FPCC'),
    'Pulmo': ('Pulmonology', 'FPCP, FPCCP'), 'Nephro': ('Nephrology', 'FPCP, FPSN'),
    'Endo': ('Endocrinology', 'FPCP, FPSEDM'), 'GI': ('Gastroenterology', 'FPCP, FPSG'),
    'ID': ('Infectious Diseases', 'FPCP, FPSMID'), 'Neuro': ('Neurology', 'FPNA'),
    'Surg': ('General Surgery', 'FPCS'), 'OB': ('Obstetrics and Gynecology', 'FPOGS'),
    'Pedia': ('Pediatrics', 'FPPS'), 'Ortho': ('Orthopedics', 'FPOA'), 'Uro': ('Urology', 'FPCS, FPUA'),
    'Anes': ('Anesthesiology', 'DPBA'), 'Rad': ('Radiology', 'FPCR'), 'Path': ('Pathology', 'FPSP'),
    'ENT': ('Otorhinolaryngology', 'FPSO-HNS'), 'Rehab': ('Rehabilitation Medicine', 'FPARM'),
    'Psych': ('Psychiatry', 'FPPA'), 'FM': ('Family Medicine', 'FPAFP'), 'EM': ('Emergency Medicine', 'FPCEM'),
    'Onco': ('Medical Oncology', 'FPCP, FPSMO'), 'Heme': ('Hematology', 'FPCP, FPSHBT'),
    'Derma': ('Dermatology', 'FPDS'), 'Ophtha': ('Ophthalmology', 'FPAO'),
}

HMOS = ['Kalinga Health Plan, Inc.', 'Amihan Healthcare Systems', 'Bayanihan Medical Plans Corp.',
        'LingkodCare HMO', 'Pacific Lotus Health Partners', 'MetroShield Health Card', 'Tala Managed Care Inc.']
COMPANIES = ['Banyan Outsourcing Solutions', 'Pilipinas Cement Corp.', 'Silangan Foods Inc.', 'Luzon Power Grid Services',
             'Maharlika Realty Holdings', 'Kabisig Logistics', 'Bituin Telecom Inc.', 'Dagat Shipping Lines',
             'Haribon Software Labs', 'Mayon Manufacturing Co.']

NURSES = None  # filled lazily

def person(sex=None):
    if sex is None:
        sex = ch('MF')
    first = ch(FIRST_M if sex == 'M' else FIRST_F)
    mid = ch(SURNAMES)
    last = ch(SURNAMES)
    while last == mid:
        last = ch(SURNAMES)
    return dict(first=first, mid=mid, mi=mid[0] + '.', last=last, sex=sex)

def nm(p, style=None):
    if style is None:
        style = rint(0, 4)
    if style == 0:
        return '%s %s %s' % (p['first'], p['mi'], p['last'])
    if style == 1:
        return '%s, %s %s' % (p['last'].upper(), p['first'].upper(), p['mi'])
    if style == 2:
        return '%s, %s %s' % (p['last'], p['first'], p['mid'])
    if style == 3:
        return '%s %s %s' % (p['first'].upper(), p['mi'], p['last'].upper())
    return '%s %s' % (p['first'], p['last'])

def doctor(spec=None):
    p = person()
    if spec is None:
        spec = ch(list(SPECIALTIES))
    p['spec'] = spec
    p['specname'], p['fellow'] = SPECIALTIES[spec]
    p['lic'] = '0' + digits(6)
    p['ptr'] = digits(7)
    p['s2'] = digits(6) if chance(0.6) else None
    p['clinic'] = 'Rm. %d%02d, %s' % (rint(2, 12), rint(1, 30), ch(['Medical Arts Bldg.', 'MAB Tower 2',
                                                                    'Doctors\' Tower', 'Annex Bldg.', 'Medical Plaza']))
    return p

def drn(d, style=None):
    if style is None:
        style = rint(0, 4)
    if style == 0:
        return 'Dr. %s %s %s' % (d['first'], d['mi'], d['last'])
    if style == 1:
        return '%s %s %s, MD, %s' % (d['first'].upper(), d['mi'], d['last'].upper(), d['fellow'])
    if style == 2:
        return '%s %s %s, M.D.' % (d['first'], d['mi'], d['last'])
    if style == 3:
        return 'Dr. %s' % d['last']
    return '%s %s, MD' % (d['first'], d['last'])

def resident():
    p = person()
    p['lvl'] = ch(['PGI', 'JR', 'SR', 'R1', 'R2', 'R3', 'POD', 'ROD', 'Fellow'])
    return p

def resn(r):
    return ch(['%s %s, MD' % (r['first'][0] + '.', r['last']), 'Dr. %s (%s)' % (r['last'], r['lvl']),
               '%s %s %s, MD / %s' % (r['first'], r['mi'], r['last'], r['lvl']), '%s/%s' % (r['last'].upper(), r['lvl'])])

def nurse():
    p = person(ch('FFFM'))
    return p

def nursen(p):
    return ch(['%s %s, RN' % (p['first'], p['last']), '%s. %s RN' % (p['first'][0], p['last']),
               '%s %s %s, RN' % (p['first'], p['mi'], p['last']), '%s/RN' % p['last'].upper()])

def phone():
    return ch(['09%d%d-%s-%s' % (rint(0, 9), rint(0, 9), digits(3), digits(4)),
               '+63 9%d%d %s %s' % (rint(0, 9), rint(0, 9), digits(3), digits(4)),
               '(02) 8%s-%s' % (digits(3), digits(4)), '09%s%s' % (rint(10, 99), digits(7))])

def address():
    return '%s %s, %s, %s' % (ch(['Blk %d Lot %d' % (rint(1, 40), rint(1, 30)), str(rint(3, 2999)),
                                   '#%d' % rint(1, 300), 'Unit %d%02d' % (rint(1, 20), rint(1, 20))]),
                               ch(STREETS), ch(BRGYS), ch(CITIES))

def philhealth_pin():
    return '%s-%s-%s' % (digits(2), digits(9), digits(1))

def hospno():
    return ch(['%s-%s' % (digits(2), digits(6)), digits(8), 'HN %s' % digits(7), '%s%s' % (ch('ABCDEFGH'), digits(7))])

def age_of(dob, on):
    a = on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))
    return a

# ---------------------------------------------------------------- clinical cases
# each case keeps diagnosis, findings and medications coherent within a document
CASES = [
    dict(key='cap', dx='Community-acquired pneumonia, moderate risk', abbr='CAP-MR', icd='J18.9', svc='IM',
         spec='Pulmo', ages=(35, 85), sex=None, cc='cough and fever',
         hpi='{n} days prior to admission, patient had productive cough with yellowish sputum associated with '
             'undocumented fever and body malaise. Took paracetamol 500 mg with temporary relief. {m} days PTA '
             'there was note of difficulty of breathing on exertion, hence consult.',
         pe='decreased breath sounds and crackles, right lower lung field', vit=(38.6, '130/80', 104, 26, 93),
         labs=[('WBC', '15.8', 'x10^9/L', '5.0-10.0', 'H'), ('Neutrophils', '0.86', '', '0.50-0.70', 'H'),
               ('Hemoglobin', '128', 'g/L', '120-160', ''), ('Platelet', '310', 'x10^9/L', '150-400', ''),
               ('Creatinine', '98', 'umol/L', '53-115', ''), ('Sodium', '134', 'mmol/L', '135-145', 'L')],
         img=('CHEST PA', 'There are hazy infiltrates in the right lower lung field. The heart is not enlarged. '
              'The hemidiaphragms and costophrenic sulci are intact.', 'Pneumonia, right lower lobe.'),
         meds_in=['Ceftriaxone 2 g IV q24h', 'Azithromycin 500 mg IV OD', 'Paracetamol 500 mg IV q4h PRN for T >= 38.0 C',
                  'Salbutamol + ipratropium 1 neb q6h', 'Acetylcysteine 600 mg 1 tab OD'],
         meds_out=['Cefuroxime 500 mg 1 tab BID x 5 more days', 'Acetylcysteine 600 mg 1 tab dissolved in water OD x 7 days',
                   'Paracetamol 500 mg 1 tab q4h PRN fever'],
         course='Started on ceftriaxone and azithromycin. Fever lysed on the 3rd hospital day. Cough decreased, '
                'oxygen was weaned off. Shifted to oral antibiotic and was subsequently discharged improved.',
         consult=('Pulmo', 'co-management of pneumonia'), diet='DAT', surg=None, ecg='Sinus tachycardia'),
    dict(key='dengue', dx='Dengue fever with warning signs', abbr='DF w/ WS', icd='A97.1', svc='IM', spec='ID',
         ages=(8, 45), sex=None, cc='fever',
         hpi='{n} days prior to admission, patient had high grade fever (Tmax 39.5 C) associated with headache, '
             'retro-orbital pain, myalgia and arthralgia. {m} days PTA there was abdominal pain and 3 episodes of '
             'vomiting. NS1 done at a outside clinic was positive, hence admitted.',
         pe='(+) Herman\'s rash on both lower extremities, (+) tourniquet test, direct epigastric tenderness',
         vit=(37.9, '100/70', 96, 20, 98),
         labs=[('Hemoglobin', '152', 'g/L', '120-160', ''), ('Hematocrit', '0.48', '', '0.37-0.47', 'H'),
               ('WBC', '2.9', 'x10^9/L', '5.0-10.0', 'L'), ('Platelet', '68', 'x10^9/L', '150-400', 'L'),
               ('Dengue NS1 Ag', 'POSITIVE', '', 'Negative', 'A'), ('SGPT/ALT', '88', 'U/L', '0-41', 'H')],
         img=('CHEST X-RAY (RIGHT LATERAL DECUBITUS)', 'No definite layering of fluid on the dependent portion. Lungs are clear.',
              'No pleural effusion.'),
         meds_in=['PNSS 1 L x 120 cc/hr', 'Paracetamol 500 mg 1 tab q4h PRN for T >= 38.0 C',
                  'Omeprazole 40 mg IV OD', 'Oral rehydration solution ad lib'],
         meds_out=['Paracetamol 500 mg 1 tab q4h PRN fever', 'Oral rehydration solution, increase oral fluid intake'],
         course='Managed with IV hydration and monitoring of CBC with platelet q12h. Platelet nadir of 42 on the 5th day '
                'of illness then rose to 118. No bleeding noted. Discharged improved.',
         consult=('ID', 'dengue with warning signs'), diet='Full liquids to soft diet, avoid dark colored foods',
         surg=None, ecg='Sinus rhythm, within normal limits'),
    dict(key='age', dx='Acute gastroenteritis with moderate dehydration', abbr='AGE w/ MD', icd='A09', svc='Pedia',
         spec='Pedia', ages=(1, 12), sex=None, cc='loose watery stools',
         hpi='{n} days prior to admission, patient had 6-8 episodes/day of watery, non-bloody stools, about 1/4 cup per '
             'episode, with vomiting of previously ingested food. Decreased oral intake and urine output noted. {m} day PTA '
             'patient became weak, hence brought to our ED.',
         pe='sunken eyeballs, dry lips and oral mucosa, hyperactive bowel sounds, CRT 2-3 sec',
         vit=(37.8, '90/60', 128, 28, 99),
         labs=[('WBC', '11.2', 'x10^9/L', '5.0-10.0', 'H'), ('Sodium', '132', 'mmol/L', '135-145', 'L'),
               ('Potassium', '3.1', 'mmol/L', '3.5-5.1', 'L'), ('Fecalysis - pus cells', '5-8', '/hpf', '0-2', 'H'),
               ('Rotavirus Ag', 'POSITIVE', '', 'Negative', 'A')],
         img=None,
         meds_in=['D5 0.3 NaCl 500 mL + 10 mEq KCl, regulate per Holliday-Segar', 'Zinc sulfate 20 mg/5 mL, 5 mL OD',
                  'Oral rehydration solution 10 mL/kg per loose stool', 'Paracetamol 250 mg/5 mL, 5 mL q4h PRN fever'],
         meds_out=['Zinc sulfate 20 mg/5 mL, 5 mL OD to complete 14 days', 'Oral rehydration solution after every loose stool',
                   'Probiotic sachet 1 sachet OD x 5 days'],
         course='Hydrated with IVF. Stools decreased in frequency and became formed on the 3rd hospital day. Tolerated '
                'feeding. Discharged improved.',
         consult=None, diet='BRAT diet, lactose-free milk', surg=None, ecg=None),
    dict(key='htn', dx='Hypertensive urgency; Hypertensive cardiovascular disease', abbr='HCVD', icd='I16.0', svc='IM',
         spec='Cardio', ages=(45, 80), sex=None, cc='headache and elevated BP',
         hpi='Known hypertensive for {y} years, usual BP 140/90, maximum of 200/110, poorly compliant with losartan. '
             '{n} hours prior to consult, had nape pain and occipital headache. BP taken at home was 210/120. No chest pain, '
             'no weakness of extremities, no slurring of speech.',
         pe='(+) S4, PMI at 6th ICS anterior axillary line, no bipedal edema', vit=(36.8, '200/110', 92, 20, 97),
         labs=[('Creatinine', '112', 'umol/L', '53-115', ''), ('Potassium', '3.9', 'mmol/L', '3.5-5.1', ''),
               ('Total cholesterol', '6.4', 'mmol/L', '<5.2', 'H'), ('LDL', '4.3', 'mmol/L', '<2.6', 'H'),
               ('FBS', '5.9', 'mmol/L', '3.9-6.1', ''), ('Troponin I', '<0.01', 'ng/mL', '<0.04', '')],
         img=('CHEST PA', 'The heart is enlarged with left ventricular prominence. Aorta is tortuous with calcific plaques. '
              'Lungs are clear.', 'Cardiomegaly, LV form. Atheromatous aorta.'),
         meds_in=['Clonidine 75 mcg 1 tab SL now, may repeat after 1 hour if BP > 180/110', 'Amlodipine 10 mg 1 tab OD',
                  'Losartan 100 mg 1 tab OD', 'Atorvastatin 40 mg 1 tab OD at HS'],
         meds_out=['Amlodipine 10 mg 1 tab OD', 'Losartan 100 mg 1 tab OD', 'Atorvastatin 40 mg 1 tab at bedtime'],
         course='BP gradually lowered with oral agents to 150/90 within 24 hours. No target organ damage documented. '
                'Maintenance medications adjusted.',
         consult=('Cardio', 'BP control and risk stratification'), diet='Low salt, low fat diet', surg=None,
         ecg='Sinus rhythm, left ventricular hypertrophy by voltage criteria'),
    dict(key='dm', dx='Type 2 diabetes mellitus, uncontrolled, with diabetic foot infection, left', abbr='T2DM',
         icd='E11.5', svc='IM', spec='Endo', ages=(40, 78), sex=None, cc='wound on the left foot',
         hpi='Known diabetic for {y} years maintained on metformin 500 mg BID with poor compliance. {n} weeks prior to '
             'admission, noted a small blister on the plantar aspect of the left foot which later ruptured and became '
             'foul-smelling with erythema extending to the dorsum. {m} days PTA had fever, hence admission.',
         pe='3 x 2 cm ulcer, plantar aspect of left 1st metatarsal head with purulent discharge, erythema and warmth up to '
            'the ankle, (+) dorsalis pedis pulse', vit=(38.1, '140/90', 98, 20, 98),
         labs=[('FBS', '14.2', 'mmol/L', '3.9-6.1', 'H'), ('HbA1c', '10.8', '%', '4.0-6.0', 'H'),
               ('WBC', '17.4', 'x10^9/L', '5.0-10.0', 'H'), ('Creatinine', '104', 'umol/L', '53-115', ''),
               ('ESR', '78', 'mm/hr', '0-20', 'H'), ('CRP', '96', 'mg/L', '<6', 'H')],
         img=('FOOT AP/OBLIQUE, LEFT', 'Soft tissue swelling about the 1st metatarsophalangeal joint. No periosteal reaction, '
              'cortical erosion or subcutaneous emphysema.', 'Soft tissue swelling. No radiographic evidence of osteomyelitis.'),
         meds_in=['Piperacillin-tazobactam 4.5 g IV q8h (ANST)', 'Insulin glargine 14 units SC at HS',
                  'Insulin lispro per sliding scale', 'Paracetamol 500 mg 1 tab q4h PRN'],
         meds_out=['Insulin glargine 16 units SC at bedtime', 'Metformin 500 mg 1 tab BID after meals',
                   'Amoxicillin-clavulanic acid 625 mg 1 tab BID x 10 days', 'Daily wound care with PNSS'],
         course='Underwent debridement at bedside by Surgery. Wound cultures grew Staphylococcus aureus (MSSA). Blood sugars '
                'controlled with basal-bolus insulin. Discharged with home insulin after diabetes teaching.',
         consult=('Surg', 'evaluation and debridement of diabetic foot'), diet='Diabetic diet 1800 kcal/day',
         surg=None, ecg='Sinus rhythm, nonspecific ST-T wave changes'),
    dict(key='uti', dx='Acute pyelonephritis, right', abbr='APN', icd='N10', svc='IM', spec='Nephro', ages=(18, 70),
         sex='F', cc='flank pain and fever',
         hpi='{n} days prior to admission, patient had dysuria and frequency followed by fever with chills and right flank '
             'pain. Self-medicated with co-amoxiclav for 2 days without relief. {m} day PTA had vomiting, hence consult.',
         pe='(+) right costovertebral angle tenderness, (+) suprapubic tenderness', vit=(39.0, '110/70', 108, 22, 98),
         labs=[('WBC', '18.1', 'x10^9/L', '5.0-10.0', 'H'), ('Urine WBC', '>100', '/hpf', '0-5', 'H'),
               ('Urine bacteria', 'MANY', '', 'None', 'A'), ('Urine nitrite', 'POSITIVE', '', 'Negative', 'A'),
               ('Creatinine', '89', 'umol/L', '53-97', ''), ('Urine C/S', 'E. coli >100,000 CFU/mL', '', '', 'A')],
         img=('ULTRASOUND - KUB', 'The right kidney measures 11.2 x 5.4 cm with slightly increased parenchymal echogenicity. '
              'No hydronephrosis or lithiasis. The left kidney is unremarkable. Urinary bladder is adequately distended.',
              'Findings may be consistent with right renal parenchymal disease, probably inflammatory. Correlate clinically.'),
         meds_in=['Ceftriaxone 2 g IV OD', 'Paracetamol 300 mg IV q4h PRN for fever', 'Ketorolac 30 mg IV q8h x 3 doses',
                  'PNSS 1 L x 100 cc/hr'],
         meds_out=['Cefixime 200 mg 1 cap BID x 10 days', 'Paracetamol 500 mg 1 tab q4h PRN', 'Increase oral fluid intake'],
         course='Treated with IV ceftriaxone; afebrile after 48 hours. Urine culture showed E. coli sensitive to ceftriaxone '
                'and cefixime. Shifted to oral and discharged.', consult=None, diet='DAT, push oral fluids', surg=None,
         ecg='Sinus tachycardia'),
    dict(key='appy', dx='Acute appendicitis, suppurative', abbr='AA', icd='K35.8', svc='Surg', spec='Surg',
         ages=(12, 55), sex=None, cc='abdominal pain',
         hpi='{n} hours prior to admission, patient had vague periumbilical pain which later localized to the right lower '
             'quadrant, associated with anorexia, nausea and low grade fever. No diarrhea, no dysuria.',
         pe='(+) direct and rebound tenderness at McBurney\'s point, (+) Rovsing\'s sign, (+) psoas sign',
         vit=(37.9, '120/80', 100, 20, 98),
         labs=[('WBC', '14.6', 'x10^9/L', '5.0-10.0', 'H'), ('Neutrophils', '0.84', '', '0.50-0.70', 'H'),
               ('Urinalysis - RBC', '0-2', '/hpf', '0-2', ''), ('Pregnancy test', 'NEGATIVE', '', '', '')],
         img=('ULTRASOUND - APPENDIX', 'There is a non-compressible, blind-ending tubular structure in the right lower '
              'quadrant measuring 9 mm in diameter with periappendiceal fat stranding. No abscess.',
              'Sonographic findings consistent with acute appendicitis.'),
         meds_in=['NPO', 'PLRS 1 L x 120 cc/hr', 'Cefoxitin 1 g IV q8h', 'Metronidazole 500 mg IV q8h',
                  'Ketorolac 30 mg IV q8h', 'Omeprazole 40 mg IV OD'],
         meds_out=['Cefuroxime 500 mg 1 tab BID x 7 days', 'Celecoxib 200 mg 1 cap BID x 5 days PRN pain',
                   'Paracetamol 500 mg 1 tab q6h PRN'],
         course='Underwent open appendectomy on the day of admission. Intraoperative findings showed a suppurative appendix '
                'without perforation. Post-op course uneventful, tolerated diet on POD 1.',
         consult=('Anes', 'pre-anesthetic evaluation'), diet='NPO then clear liquids to soft diet', ecg='Sinus rhythm',
         surg=dict(op='Open appendectomy', pre='Acute appendicitis', post='Acute suppurative appendicitis, non-perforated',
                   anes='Spinal anesthesia', incision='right lower quadrant transverse (Rocky-Davis) incision',
                   findings='inflamed, edematous appendix measuring 8 x 1.2 cm, with fibrinous exudates, base healthy, '
                            'no perforation, minimal turbid fluid in the pelvis',
                   specimen='Appendix', ebl=30, dur=55,
                   path='Acute suppurative appendicitis with periappendicitis. No malignancy seen.')),
    dict(key='chole', dx='Chronic calculous cholecystitis', abbr='CCC', icd='K80.1', svc='Surg', spec='Surg',
         ages=(28, 70), sex=None, cc='recurrent right upper quadrant pain',
         hpi='Patient has had recurrent episodes of RUQ and epigastric pain after fatty meals for the past {y} years, '
             'radiating to the back, associated with bloatedness and nausea. Ultrasound done {n} months ago showed '
             'cholelithiasis. Admitted for elective surgery.',
         pe='soft abdomen, (+) mild tenderness at the RUQ, (-) Murphy\'s sign, not jaundiced', vit=(36.7, '120/80', 78, 18, 99),
         labs=[('Total bilirubin', '14', 'umol/L', '3-21', ''), ('Alkaline phosphatase', '96', 'U/L', '40-129', ''),
               ('SGPT/ALT', '32', 'U/L', '0-41', ''), ('Amylase', '58', 'U/L', '28-100', ''),
               ('Protime', '12.8', 'sec', '11-14', '')],
         img=('ULTRASOUND - HEPATOBILIARY TREE', 'The gallbladder is contracted with thickened wall (4 mm) and contains '
              'multiple echogenic foci with posterior acoustic shadowing, largest 1.4 cm. CBD measures 4 mm. Liver is normal '
              'in size with homogeneous echopattern.', 'Cholelithiasis. Chronic cholecystitis. Non-dilated biliary tree.'),
         meds_in=['NPO post midnight', 'PLRS 1 L x 100 cc/hr', 'Cefazolin 2 g IV 30 minutes prior to incision',
                  'Ketorolac 30 mg IV q8h', 'Tramadol 50 mg IV q8h PRN for severe pain'],
         meds_out=['Celecoxib 200 mg 1 cap BID x 5 days', 'Paracetamol 500 mg 1 tab q6h PRN', 'Keep wound dry'],
         course='Underwent laparoscopic cholecystectomy under general anesthesia. Tolerated diet on POD 0. Discharged on POD 1.',
         consult=('Anes', 'pre-anesthetic evaluation'), diet='Low fat diet', ecg='Sinus rhythm, within normal limits',
         surg=dict(op='Laparoscopic cholecystectomy', pre='Chronic calculous cholecystitis',
                   post='Chronic calculous cholecystitis', anes='General endotracheal anesthesia',
                   incision='standard four-port technique (umbilical, subxiphoid, two right subcostal ports)',
                   findings='distended gallbladder with thickened wall and omental adhesions, multiple mixed-type stones, '
                            'Calot\'s triangle cleared, critical view of safety achieved, normal-caliber CBD',
                   specimen='Gallbladder with stones', ebl=20, dur=75,
                   path='Chronic cholecystitis with cholelithiasis. Rokitansky-Aschoff sinuses present. Negative for malignancy.')),
    dict(key='cs', dx='Pregnancy uterine, 39 weeks AOG, delivered; G2P2 (2002), cephalopelvic disproportion', abbr='CS',
         icd='O65.4', svc='OB', spec='OB', ages=(20, 40), sex='F', cc='labor pains',
         hpi='G2P1 (1001), LMP {lmp}, AOG 39 weeks, with prenatal checkups at our clinic since 8 weeks AOG. Admitted in active '
             'labor. Despite adequate contractions, there was arrest of cervical dilatation at 7 cm for 4 hours with fetal '
             'head at station -1.',
         pe='fundic height 36 cm, FHT 148 bpm, IE: cervix 7 cm, 80% effaced, station -1, intact BOW',
         vit=(36.9, '120/80', 88, 20, 99),
         labs=[('Hemoglobin', '112', 'g/L', '120-160', 'L'), ('Platelet', '240', 'x10^9/L', '150-400', ''),
               ('Blood type', 'O Rh(+)', '', '', ''), ('HBsAg', 'Non-reactive', '', '', ''), ('HIV screening', 'Non-reactive', '', '', '')],
         img=('OB ULTRASOUND (BIOMETRY)', 'Single live intrauterine pregnancy, cephalic presentation. BPD 9.4 cm, HC 34.0 cm, '
              'AC 34.8 cm, FL 7.3 cm. EFW 3,620 grams. Placenta posterior, grade III. AFI 11 cm.',
              'Single live intrauterine pregnancy, 38-39 weeks by biometry, cephalic. Adequate amniotic fluid.'),
         meds_in=['D5LR 1 L x 30 gtts/min', 'Cefazolin 2 g IV ANST 30 mins prior to skin incision',
                  'Oxytocin 10 units IV post delivery of baby', 'Tramadol 50 mg IV q6h', 'Ferrous sulfate 1 tab OD'],
         meds_out=['Cefalexin 500 mg 1 cap q6h x 7 days', 'Mefenamic acid 500 mg 1 cap q6h PRN pain',
                   'Ferrous sulfate + folic acid 1 tab OD', 'Continue breastfeeding'],
         course='Underwent primary low transverse cesarean section. Delivered a live baby boy, AS 8,9, BW 3,450 g. Post-op '
                'course unremarkable, ambulatory, tolerating diet, breastfeeding.',
         consult=('Pedia', 'newborn care'), diet='Clear liquids to DAT', ecg=None,
         surg=dict(op='Primary low transverse cesarean section', pre='Pregnancy uterine 39 weeks, arrest of cervical dilatation',
                   post='Same, delivered', anes='Spinal anesthesia', incision='Pfannenstiel incision',
                   findings='live term baby boy delivered by vertex, AS 8,9, BW 3,450 g, BL 51 cm; placenta delivered complete; '
                            'uterus, tubes and ovaries grossly normal',
                   specimen='Placenta', ebl=600, dur=60,
                   path='Third trimester placenta with mild chorioamnionitis. Three-vessel umbilical cord.')),
    dict(key='myoma', dx='Uterine leiomyoma, multiple; Anemia secondary to abnormal uterine bleeding', abbr='Myoma uteri',
         icd='D25.9', svc='OB', spec='OB', ages=(38, 52), sex='F', cc='heavy menstrual bleeding',
         hpi='Patient has had prolonged and heavy menses for {y} years, consuming 6-8 fully soaked pads per day, lasting 10 '
             'days, with passage of clots. Associated with dysmenorrhea and easy fatigability. TVS showed enlarged myomatous uterus.',
         pe='enlarged uterus, 16 weeks size, irregular contour, non-tender; adnexae not palpable', vit=(36.6, '110/70', 92, 18, 99),
         labs=[('Hemoglobin', '88', 'g/L', '120-160', 'L'), ('Hematocrit', '0.28', '', '0.37-0.47', 'L'),
               ('MCV', '68', 'fL', '80-100', 'L'), ('Platelet', '412', 'x10^9/L', '150-400', 'H'),
               ('Pap smear', 'NILM', '', '', '')],
         img=('TRANSVAGINAL ULTRASOUND', 'Uterus is enlarged measuring 13.2 x 9.8 x 8.6 cm with multiple hypoechoic '
              'nodules, the largest intramural, fundal, measuring 6.1 x 5.4 cm. Endometrium 0.8 cm. Both ovaries unremarkable.',
              'Myoma uteri, multiple.'),
         meds_in=['Packed RBC 1 unit, transfuse for 4 hours', 'Cefazolin 2 g IV ANST prior to incision', 'Tranexamic acid 500 mg IV q8h',
                  'Ketorolac 30 mg IV q8h', 'Ferrous sulfate 1 tab BID'],
         meds_out=['Cefalexin 500 mg 1 cap q6h x 7 days', 'Mefenamic acid 500 mg 1 cap q6h PRN',
                   'Ferrous sulfate 325 mg 1 tab BID', 'No heavy lifting for 6 weeks'],
         course='Transfused with 2 units PRBC preoperatively. Underwent total abdominal hysterectomy. Post-op Hgb 102. '
                'Discharged on POD 3.', consult=('Anes', 'pre-anesthetic evaluation'), diet='DAT', ecg='Sinus rhythm',
         surg=dict(op='Total abdominal hysterectomy, bilateral salpingectomy', pre='Myoma uteri', post='Myoma uteri, multiple',
                   anes='Combined spinal-epidural anesthesia', incision='Pfannenstiel incision',
                   findings='enlarged uterus, 16 weeks size, with multiple intramural and subserosal myomas, largest 6 cm fundal; '
                            'both ovaries grossly normal and preserved',
                   specimen='Uterus, cervix and both fallopian tubes', ebl=450, dur=120,
                   path='Leiomyomata, multiple (intramural and subserosal). Proliferative endometrium. Chronic cervicitis. '
                        'Fallopian tubes with no significant pathologic change.')),
    dict(key='ptb', dx='Pulmonary tuberculosis, bacteriologically confirmed, new', abbr='PTB', icd='A15.0', svc='IM',
         spec='Pulmo', ages=(20, 75), sex=None, cc='chronic cough',
         hpi='{n} weeks prior to consult, patient had productive cough with whitish sputum associated with afternoon fever, '
             'night sweats and weight loss of about 5 kg. {m} days PTA, noted blood-streaked sputum.',
         pe='crackles at the right upper lung field, thin-built', vit=(37.6, '110/70', 94, 22, 96),
         labs=[('GeneXpert MTB/RIF', 'MTB DETECTED, RIF resistance NOT detected', '', '', 'A'),
               ('AFB smear', '2+', '', 'Negative', 'A'), ('Hemoglobin', '115', 'g/L', '130-170', 'L'),
               ('HIV screening', 'Non-reactive', '', '', ''), ('SGPT/ALT', '28', 'U/L', '0-41', '')],
         img=('CHEST PA', 'Fibroreticular and nodular densities with a 2.5 cm cavity in the right upper lobe. Left lung clear. '
              'Heart is not enlarged.', 'Pulmonary tuberculosis, right upper lobe, with cavitation. Suggest sputum studies.'),
         meds_in=['Isoniazid/Rifampicin/Pyrazinamide/Ethambutol FDC 3 tabs OD on empty stomach', 'Pyridoxine 50 mg 1 tab OD',
                  'Tranexamic acid 500 mg 1 cap TID x 3 days'],
         meds_out=['HRZE FDC 3 tabs OD on empty stomach (intensive phase x 2 months)', 'Pyridoxine 50 mg 1 tab OD'],
         course='Started on Category I anti-TB regimen. Hemoptysis resolved. Referred to DOTS facility for continuation.',
         consult=('Pulmo', 'management of PTB'), diet='High protein diet', surg=None, ecg='Sinus rhythm'),
    dict(key='stroke', dx='Acute ischemic stroke, left MCA territory', abbr='CVD infarct', icd='I63.5', svc='IM',
         spec='Neuro', ages=(50, 85), sex=None, cc='right-sided weakness',
         hpi='Known hypertensive and diabetic. {n} hours prior to admission, patient was noted by relatives to have sudden '
             'onset right-sided weakness and slurring of speech upon waking up. Last seen normal at 10 PM the night prior.',
         pe='(+) expressive aphasia, right central facial palsy, motor strength 2/5 right upper and lower extremities, '
            '(+) Babinski right', vit=(36.8, '180/100', 82, 20, 97),
         labs=[('FBS', '9.6', 'mmol/L', '3.9-6.1', 'H'), ('Creatinine', '110', 'umol/L', '53-115', ''),
               ('LDL', '3.9', 'mmol/L', '<1.8', 'H'), ('Sodium', '139', 'mmol/L', '135-145', ''),
               ('Protime INR', '1.0', '', '0.8-1.2', '')],
         img=('CT SCAN - CRANIAL (PLAIN)', 'There is a hypodense area in the left fronto-parietal region involving the '
              'cortex and subcortical white matter, in the distribution of the left middle cerebral artery. No hemorrhage. '
              'Ventricles are not dilated. No midline shift.', 'Acute to subacute infarct, left MCA territory. No hemorrhage.'),
         meds_in=['Aspirin 160 mg 1 tab OD', 'Atorvastatin 80 mg 1 tab OD', 'Citicoline 1 g IV q12h',
                  'Losartan 50 mg 1 tab OD - hold for BP < 140/90', 'Insulin per CBG'],
         meds_out=['Clopidogrel 75 mg 1 tab OD', 'Atorvastatin 80 mg 1 tab OD at HS', 'Losartan 50 mg 1 tab OD',
                   'Metformin 500 mg 1 tab BID', 'Continue PT/OT sessions'],
         course='Outside the window for thrombolysis. Permissive hypertension for 24 hours. Started on antiplatelet and '
                'high-intensity statin. Rehab Medicine started PT. Improved motor strength to 3/5 on discharge.',
         consult=('Rehab', 'physical rehabilitation'), diet='Soft diet, aspiration precautions', surg=None,
         ecg='Sinus rhythm, left atrial enlargement'),
    dict(key='acs', dx='Acute coronary syndrome, NSTEMI', abbr='NSTEMI', icd='I21.4', svc='IM', spec='Cardio',
         ages=(45, 80), sex=None, cc='chest pain',
         hpi='{n} hours prior to admission, patient had sudden onset of squeezing substernal chest pain, 8/10, radiating to '
             'the left arm, associated with diaphoresis, lasting more than 30 minutes, not relieved by rest.',
         pe='diaphoretic, regular rhythm, no murmurs, clear breath sounds', vit=(36.7, '150/90', 96, 22, 96),
         labs=[('Troponin I (hs)', '1,240', 'ng/L', '<26', 'H'), ('CK-MB', '42', 'U/L', '<25', 'H'),
               ('LDL', '4.1', 'mmol/L', '<1.4', 'H'), ('Creatinine', '96', 'umol/L', '53-115', ''),
               ('Potassium', '4.1', 'mmol/L', '3.5-5.1', '')],
         img=('2D ECHO WITH DOPPLER', 'Hypokinetic inferior and inferolateral walls. LVEF 48% (Simpson\'s). Mild mitral '
              'regurgitation. No pericardial effusion.', 'Segmental wall motion abnormality. Mildly depressed LV systolic function.'),
         meds_in=['Aspirin 80 mg 1 tab OD', 'Clopidogrel 75 mg 1 tab OD (loading 300 mg given)', 'Enoxaparin 60 mg SC q12h',
                  'Atorvastatin 80 mg 1 tab OD', 'Metoprolol 25 mg 1/2 tab BID', 'Isosorbide dinitrate 5 mg SL PRN chest pain'],
         meds_out=['Aspirin 80 mg 1 tab OD', 'Clopidogrel 75 mg 1 tab OD', 'Atorvastatin 80 mg 1 tab OD',
                   'Metoprolol succinate 50 mg 1 tab OD', 'Isosorbide dinitrate 5 mg SL PRN chest pain'],
         course='Managed as NSTEMI, TIMI score 4. Underwent coronary angiogram showing 90% stenosis of the RCA, stented with '
                '1 DES. No recurrence of chest pain.', consult=('Cardio', 'interventional evaluation'),
         diet='Low salt, low fat diet', surg=None, ecg='Sinus rhythm, ST depression II, III, aVF, V5-V6'),
    dict(key='ckd', dx='Chronic kidney disease stage 5 secondary to diabetic nephropathy; Uremia', abbr='CKD 5',
         icd='N18.5', svc='IM', spec='Nephro', ages=(40, 75), sex=None, cc='body weakness and edema',
         hpi='Known diabetic for {y} years with CKD, baseline creatinine 480 umol/L. {n} weeks prior to admission, noted '
             'bipedal edema, anorexia, nausea and generalized body weakness. Decreased urine output noted {m} days PTA.',
         pe='pale palpebral conjunctivae, bibasal crackles, grade 2 bipitting edema', vit=(36.5, '170/100', 90, 24, 94),
         labs=[('Creatinine', '1,086', 'umol/L', '53-115', 'H'), ('BUN', '38.2', 'mmol/L', '2.5-7.1', 'H'),
               ('Potassium', '6.1', 'mmol/L', '3.5-5.1', 'H'), ('Hemoglobin', '78', 'g/L', '130-170', 'L'),
               ('Calcium', '1.98', 'mmol/L', '2.10-2.55', 'L'), ('Phosphorus', '2.3', 'mmol/L', '0.81-1.45', 'H')],
         img=('ULTRASOUND - KUB', 'Both kidneys are small with increased parenchymal echogenicity and poor corticomedullary '
              'differentiation. Right kidney 8.1 cm, left kidney 7.9 cm. No hydronephrosis.',
              'Bilateral renal parenchymal disease, chronic.'),
         meds_in=['Calcium gluconate 1 amp slow IV', 'Insulin regular 10 units + D50-50 IV', 'Furosemide 40 mg IV q8h',
                  'Erythropoietin 4,000 units SC 2x a week', 'Calcium carbonate 500 mg 1 tab TID with meals'],
         meds_out=['Erythropoietin 4,000 units SC twice a week', 'Calcium carbonate 500 mg 1 tab TID with meals',
                   'Amlodipine 10 mg 1 tab OD', 'Sodium bicarbonate 650 mg 1 tab TID', 'Hemodialysis 3x a week'],
         course='Hyperkalemia corrected. Internal jugular HD catheter inserted; underwent 3 sessions of hemodialysis. '
                'AV fistula creation planned as outpatient.', consult=('Nephro', 'initiation of hemodialysis'),
         diet='Renal diet, fluid restriction 1 L/day', surg=None, ecg='Sinus rhythm, peaked T waves V2-V4'),
    dict(key='asthma', dx='Bronchial asthma in acute exacerbation, moderate', abbr='BA in AE', icd='J45.9', svc='IM',
         spec='Pulmo', ages=(6, 60), sex=None, cc='difficulty of breathing',
         hpi='Known asthmatic since childhood, with salbutamol inhaler as reliever. {n} days prior to consult, had colds and '
             'cough after exposure to dust. {m} hours PTA, had progressive difficulty of breathing with wheezing, not relieved '
             'by 4 puffs of salbutamol.', pe='(+) subcostal retractions, bilateral expiratory wheezes', vit=(37.2, '120/80', 110, 28, 92),
         labs=[('WBC', '9.8', 'x10^9/L', '5.0-10.0', ''), ('Eosinophils', '0.08', '', '0.01-0.04', 'H'),
               ('ABG pH', '7.46', '', '7.35-7.45', 'H'), ('pCO2', '32', 'mmHg', '35-45', 'L'), ('pO2', '68', 'mmHg', '80-100', 'L')],
         img=('CHEST PA', 'The lungs are hyperaerated. No infiltrates. Heart is normal in size.', 'Hyperaerated lungs.'),
         meds_in=['Salbutamol + ipratropium 1 neb q20 mins x 3 doses then q6h', 'Hydrocortisone 100 mg IV q8h',
                  'Budesonide 1 neb q12h', 'O2 via nasal cannula at 2-3 LPM'],
         meds_out=['Budesonide/formoterol 160/4.5 mcg 2 puffs BID', 'Prednisone 20 mg 2 tabs OD x 5 days',
                   'Salbutamol MDI 2 puffs q4h PRN for difficulty of breathing', 'Montelukast 10 mg 1 tab OD at HS'],
         course='Responded to bronchodilators and systemic steroids. Wheezes cleared by HD 3.', consult=None,
         diet='DAT', surg=None, ecg='Sinus tachycardia'),
    dict(key='hernia', dx='Indirect inguinal hernia, right, reducible', abbr='IH', icd='K40.9', svc='Surg', spec='Surg',
         ages=(25, 75), sex='M', cc='groin mass',
         hpi='Patient noted a reducible mass on the right groin {y} years prior, increasing in size, more prominent on '
             'straining and coughing. No episodes of incarceration.',
         pe='4 x 3 cm soft, reducible mass, right inguinal area, (+) cough impulse, testes descended', vit=(36.6, '130/80', 76, 18, 99),
         labs=[('Hemoglobin', '145', 'g/L', '130-170', ''), ('Protime INR', '1.0', '', '0.8-1.2', ''),
               ('FBS', '5.4', 'mmol/L', '3.9-6.1', ''), ('Creatinine', '92', 'umol/L', '53-115', '')],
         img=None,
         meds_in=['Cefazolin 1 g IV ANST prior to incision', 'Ketorolac 30 mg IV q8h x 3 doses', 'Paracetamol 500 mg 1 tab q6h'],
         meds_out=['Celecoxib 200 mg 1 cap BID x 5 days', 'Paracetamol 500 mg 1 tab q6h PRN', 'Avoid heavy lifting for 4 weeks'],
         course='Underwent Lichtenstein tension-free mesh repair. Discharged on POD 1.', consult=('Anes', 'pre-anesthetic clearance'),
         diet='DAT', ecg='Sinus rhythm, within normal limits',
         surg=dict(op='Lichtenstein hernioplasty, right (polypropylene mesh)', pre='Inguinal hernia, right',
                   post='Indirect inguinal hernia, right', anes='Spinal anesthesia',
                   incision='right oblique inguinal incision', findings='indirect hernia sac, 5 cm, containing omentum; '
                   'posterior wall intact', specimen='Hernia sac', ebl=15, dur=70, path='Hernia sac with fibroadipose tissue.')),
    dict(key='bph', dx='Benign prostatic hyperplasia with lower urinary tract symptoms', abbr='BPH', icd='N40', svc='Surg',
         spec='Uro', ages=(55, 85), sex='M', cc='difficulty in urination',
         hpi='{y} years history of nocturia, weak stream, hesitancy and incomplete emptying. Maintained on tamsulosin with '
             'partial relief. {n} weeks PTA had acute urinary retention requiring catheterization. IPSS 24.',
         pe='DRE: enlarged prostate, about 60 grams, smooth, rubbery, non-tender, no nodules', vit=(36.7, '130/80', 80, 18, 98),
         labs=[('PSA', '3.2', 'ng/mL', '0-4.0', ''), ('Creatinine', '108', 'umol/L', '53-115', ''),
               ('Urine WBC', '2-4', '/hpf', '0-5', ''), ('Hemoglobin', '138', 'g/L', '130-170', '')],
         img=('ULTRASOUND - PROSTATE (TRANSRECTAL)', 'The prostate is enlarged measuring 5.4 x 4.8 x 4.6 cm (approx. '
              'volume 62 grams) with median lobe protrusion. No focal lesion. Post-void residual 180 mL.',
              'Prostatomegaly with significant post-void residual.'),
         meds_in=['Cefuroxime 1.5 g IV ANST', 'Continuous bladder irrigation with PNSS', 'Tramadol 50 mg IV q8h PRN'],
         meds_out=['Tamsulosin 400 mcg 1 cap OD at HS x 1 month', 'Cefuroxime 500 mg 1 tab BID x 7 days', 'Increase fluid intake'],
         course='Underwent TURP. CBI discontinued on POD 2, catheter removed POD 3, voiding well.', consult=('Cardio', 'CP clearance'),
         diet='DAT, increase oral fluids', ecg='Sinus rhythm, first degree AV block',
         surg=dict(op='Transurethral resection of the prostate (TURP)', pre='BPH with LUTS', post='BPH',
                   anes='Spinal anesthesia', incision='n/a - transurethral, 26 Fr resectoscope',
                   findings='trilobar prostatic enlargement with median lobe, bladder trabeculations, no stones, ureteric '
                            'orifices normal', specimen='Prostatic chips, 38 grams', ebl=200, dur=80,
                   path='Nodular glandular and stromal hyperplasia of the prostate. No malignancy seen.')),
    dict(key='breast', dx='Invasive ductal carcinoma, left breast, cT2N1M0 (Stage IIB)', abbr='CA breast', icd='C50.4',
         svc='Surg', spec='Surg', ages=(35, 70), sex='F', cc='breast mass',
         hpi='Patient noted a painless mass on the left breast {n} months prior to consult, progressively enlarging. Core '
             'needle biopsy showed invasive ductal carcinoma. Admitted for surgery.',
         pe='3.5 x 3 cm hard, irregular, movable mass, left breast upper outer quadrant, with 1.5 cm palpable ipsilateral '
            'axillary lymph node', vit=(36.5, '120/80', 80, 18, 99),
         labs=[('Hemoglobin', '126', 'g/L', '120-160', ''), ('Alkaline phosphatase', '88', 'U/L', '40-129', ''),
               ('CA 15-3', '38', 'U/mL', '<31', 'H'), ('SGPT/ALT', '22', 'U/L', '0-41', '')],
         img=('MAMMOGRAPHY AND BREAST ULTRASOUND', 'Left breast: irregular, spiculated mass with microcalcifications at the '
              '2 o\'clock position measuring 3.2 x 2.8 cm. Left axilla: enlarged lymph node with loss of fatty hilum.',
              'BI-RADS 5, left breast. Suspicious left axillary lymphadenopathy.'),
         meds_in=['Cefazolin 2 g IV ANST', 'Tramadol 50 mg IV q6h', 'Paracetamol 1 g IV q8h'],
         meds_out=['Paracetamol 500 mg 1 tab q6h PRN', 'Cefalexin 500 mg 1 cap q6h x 5 days', 'JP drain care'],
         course='Underwent modified radical mastectomy, left. JP drain output decreasing. To follow up with Medical Oncology.',
         consult=('Onco', 'adjuvant systemic therapy'), diet='DAT', ecg='Sinus rhythm',
         surg=dict(op='Modified radical mastectomy, left', pre='CA breast, left', post='CA breast, left',
                   anes='General endotracheal anesthesia', incision='elliptical (Stewart) incision encompassing nipple-areola complex',
                   findings='3.5 cm hard mass upper outer quadrant; multiple enlarged level I-II axillary lymph nodes',
                   specimen='Left breast with axillary contents', ebl=250, dur=150,
                   path='Invasive ductal carcinoma, NST, grade 2, 3.4 cm; margins free; 3 of 14 axillary lymph nodes positive '
                        '(pT2 pN1a). ER positive, PR positive, HER2 negative.')),
    dict(key='bpn', dx='Pneumonia, moderate risk (Pediatric community-acquired pneumonia C)', abbr='PCAP C', icd='J18.0',
         svc='Pedia', spec='Pedia', ages=(1, 6), sex=None, cc='cough and fever',
         hpi='{n} days prior to admission, patient had productive cough and colds with fever (Tmax 39 C). {m} day PTA '
             'noted fast breathing and poor suck/feeding, hence consult.',
         pe='(+) subcostal retractions, (+) fine crackles both lung fields', vit=(38.7, '', 140, 48, 93),
         labs=[('WBC', '16.2', 'x10^9/L', '5.0-15.0', 'H'), ('Neutrophils', '0.78', '', '0.50-0.70', 'H'),
               ('Hemoglobin', '115', 'g/L', '110-140', ''), ('CRP', '42', 'mg/L', '<6', 'H')],
         img=('CHEST AP', 'Hazy densities in both perihilar and paracardiac areas. Heart not enlarged.', 'Bronchopneumonia.'),
         meds_in=['Ampicillin 100 mg/kg/day IV q6h (ANST)', 'Paracetamol 15 mg/kg/dose IV q4h PRN', 'Salbutamol neb q6h',
                  'O2 via nasal cannula at 1 LPM'],
         meds_out=['Amoxicillin 250 mg/5 mL, 7.5 mL TID x 5 days', 'Paracetamol 120 mg/5 mL, 5 mL q4h PRN fever'],
         course='Afebrile by HD 3. Retractions resolved, O2 weaned. Shifted to oral amoxicillin.', consult=None,
         diet='Milk formula / breastfeeding', surg=None, ecg=None),
    dict(key='lepto', dx='Leptospirosis, severe (Weil\'s disease); Acute kidney injury', abbr='Lepto', icd='A27.0', svc='IM',
         spec='ID', ages=(18, 60), sex='M', cc='fever and jaundice',
         hpi='{n} days prior to admission, patient had fever, myalgia especially of the calves, and headache. Gives history of '
             'wading in floodwater {w} days prior to onset. {m} days PTA noted yellowish discoloration of skin and decreased urine output.',
         pe='icteric sclerae, conjunctival suffusion, calf tenderness', vit=(38.4, '100/60', 110, 24, 96),
         labs=[('Creatinine', '412', 'umol/L', '53-115', 'H'), ('Total bilirubin', '98', 'umol/L', '3-21', 'H'),
               ('Platelet', '62', 'x10^9/L', '150-400', 'L'), ('Leptospira IgM', 'POSITIVE', '', 'Negative', 'A'),
               ('Potassium', '3.3', 'mmol/L', '3.5-5.1', 'L')],
         img=('CHEST PA', 'Lungs are clear. Heart is not enlarged.', 'Normal chest.'),
         meds_in=['Penicillin G 1.5 million units IV q6h (ANST)', 'Doxycycline 100 mg 1 cap BID', 'PNSS 1 L x 80 cc/hr',
                  'Furosemide 40 mg IV q8h'],
         meds_out=['Doxycycline 100 mg 1 cap BID to complete 7 days', 'Paracetamol 500 mg 1 tab q4h PRN'],
         course='Urine output improved after hydration; creatinine trended down to 140. No need for dialysis.',
         consult=('Nephro', 'AKI secondary to leptospirosis'), diet='DAT, low salt', surg=None, ecg='Sinus tachycardia'),
    dict(key='chf', dx='Congestive heart failure, NYHA class III, secondary to ischemic cardiomyopathy', abbr='CHF', icd='I50.0',
         svc='IM', spec='Cardio', ages=(50, 85), sex=None, cc='shortness of breath',
         hpi='Known to have CAD s/p MI {y} years ago. {n} days prior to admission, noted progressive dyspnea on exertion, '
             'orthopnea (3 pillows) and paroxysmal nocturnal dyspnea, with bipedal edema.',
         pe='(+) distended neck veins, bibasal crackles, S3 gallop, grade 2 bipedal edema', vit=(36.6, '140/90', 104, 26, 90),
         labs=[('NT-proBNP', '6,820', 'pg/mL', '<125', 'H'), ('Creatinine', '128', 'umol/L', '53-115', 'H'),
               ('Sodium', '131', 'mmol/L', '135-145', 'L'), ('Potassium', '4.6', 'mmol/L', '3.5-5.1', '')],
         img=('CHEST PA', 'Cardiomegaly with cephalization of pulmonary vessels. Blunted costophrenic sulci bilaterally.',
              'Cardiomegaly with pulmonary congestion. Bilateral minimal pleural effusion.'),
         meds_in=['Furosemide 40 mg IV q8h', 'Spironolactone 25 mg 1 tab OD', 'Carvedilol 6.25 mg 1 tab BID',
                  'Losartan 50 mg 1 tab OD', 'Aspirin 80 mg 1 tab OD', 'Atorvastatin 40 mg 1 tab HS'],
         meds_out=['Furosemide 40 mg 1 tab OD in the morning', 'Spironolactone 25 mg 1 tab OD', 'Carvedilol 6.25 mg 1 tab BID',
                   'Losartan 50 mg 1 tab OD', 'Aspirin 80 mg 1 tab OD', 'Atorvastatin 40 mg 1 tab HS'],
         course='Diuresed with IV furosemide, net negative 4.2 L. Orthopnea resolved. Shifted to oral diuretic.',
         consult=('Cardio', 'heart failure management'), diet='Low salt diet, fluid restriction 1.5 L/day', surg=None,
         ecg='Sinus tachycardia, Q waves in II, III, aVF, poor R wave progression'),
]

def pick_case(kind=None):
    pool = CASES
    if kind == 'surg':
        pool = [c for c in CASES if c['surg']]
    elif kind == 'med':
        pool = [c for c in CASES if not c['surg']]
    return ch(pool)

# ---------------------------------------------------------------- context
def make_ctx(kind=None, case=None):
    c = case or pick_case(kind)
    sex = c['sex'] or ch('MF')
    p = person(sex)
    d = rand_date()
    age = rint(*c['ages'])
    dob = plus(d, -(age * 365 + rint(0, 360)))
    age = age_of(dob, d)
    p.update(age=age, dob=dob, addr=address(), hn=hospno(), pin=philhealth_pin(), tel=phone(),
             cs=ch(['Single', 'Married', 'Married', 'Widow/er', 'Separated']) if age >= 18 else 'Single',
             rel=ch(RELIGION), occ=ch(OCCUP_M if sex == 'M' else OCCUP_F) if age >= 18 else 'student' if age > 5 else 'n/a',
             hmo=ch(HMOS) if chance(0.55) else None, room='%s %d%02d' % (ch(['Rm', 'Room', 'Ward', 'Bed', 'Rm.']),
                                                                         rint(2, 9), rint(1, 40)))
    p['case_no'] = '%s-%s' % (d.year, digits(5))
    att = doctor(c['spec'])
    los = rint(2, 7)
    ctx = dict(c=c, p=p, d=d, dd=plus(d, los), los=los, h=ch(HOSPITALS), att=att, res=resident(),
               n=nurse(), n_=rint(2, 7), m_=rint(1, 2))
    return ctx

def sexw(p, style=0):
    if style == 0:
        return 'male' if p['sex'] == 'M' else 'female'
    if style == 1:
        return p['sex']
    return 'Male' if p['sex'] == 'M' else 'Female'

def agesex(p):
    a = p['age']
    return ch(['%d/%s' % (a, p['sex']), '%d y/o %s' % (a, sexw(p)), '%d years old, %s' % (a, sexw(p)),
               '%d yo %s' % (a, p['sex']), '%dy %s' % (a, p['sex'])])

def hpi(ctx):
    c = ctx['c']
    txt = c['hpi'].format(n=ctx['n_'], m=ctx['m_'], y=rint(2, 15), w=rint(5, 10),
                          lmp=fdate(plus(ctx['d'], -273), 0))
    return txt

def vitals(ctx, style=None, shift=0):
    t, bp, hr, rr, o2 = ctx['c']['vit']
    if shift:
        t = round(max(36.4, t - 0.6 * shift + R.uniform(-0.2, 0.2)), 1)
        hr = max(70, hr - 6 * shift + rint(-4, 4))
        rr = max(16, rr - 2 * shift)
        o2 = min(99, o2 + shift)
    wt = rint(12, 30) if ctx['p']['age'] < 13 else rint(45, 92)
    if style is None:
        style = rint(0, 4)
    bps = bp or '--'
    if style == 0:
        return 'BP %s, HR %d, RR %d, T %.1f C, O2 sat %d%%' % (bps, hr, rr, t, o2)
    if style == 1:
        return 'BP: %s mmHg   CR: %d bpm   RR: %d cpm   Temp: %.1f°C   SpO2: %d%% at room air   Wt: %d kg' % (
            bps, hr, rr, t, o2, wt)
    if style == 2:
        return 'VS: %s / %d / %d / %.1f / %d%%' % (bps, hr, rr, t, o2)
    if style == 3:
        return 'BP=%s  PR=%d  RR=%d  T=%.1f  O2=%d%%' % (bps, hr, rr, t, o2)
    return 'Vital signs: BP %s mmHg, PR %d/min, RR %d/min, temperature %.1f degrees C, saturation %d%%' % (
        bps, hr, rr, t, o2)

def letterhead(h, style=None):
    if style is None:
        style = rint(0, 5)
    if style == 0:
        return '%s\n%s\nTel. No. %s' % (h['name'].upper(), h['addr'], h['tel'])
    if style == 1:
        return center(h['name'].upper()) + '\n' + center(h['addr']) + '\n' + center('Trunkline: ' + h['tel'])
    if style == 2:
        return '%s  |  %s' % (h['name'], h['addr'])
    if style == 3:
        return '%s\n%s' % (h['short'], h['name'])
    if style == 4:
        return center(h['name']) + '\n' + center('(Formerly %s General Hospital)' % ch(SURNAMES)) + '\n' + center(h['addr'])
    return h['name'].upper()

def form_no(prefix='MR'):
    return ch(['Form No. %s-%03d Rev. %02d' % (prefix, rint(1, 150), rint(0, 9)),
               '%s-F-%02d (rev %d/%s)' % (prefix, rint(1, 99), rint(1, 12), str(rint(2008, 2023))[2:]),
               'HIMD Form %d' % rint(10, 99), 'MRD-%03d' % rint(1, 400), 'F-%s-%03d' % (prefix, rint(1, 200))])

def furniture(ctx, text, prob=0.6):
    p, h = ctx['p'], ctx['h']
    lines = []
    if chance(0.12):
        lines.append(ch(['FROM: %s  FAX %s  %s  P.%d' % (h['short'], h['tel'], fdate(ctx['dd'], 1), rint(1, 4)),
                         '%s %s   %s   PAGE %02d' % (fdate(ctx['dd'], 3), ftime(style=0), h['tel'], rint(1, 5))]))
    lines.append(text)
    if chance(prob):
        foot = []
        if chance(0.5):
            foot.append(form_no(ch(['MR', 'NS', 'HIM', 'MD', 'OPD'])))
        if chance(0.4):
            foot.append('Page %d of %d' % (1, rint(1, 3)))
        if chance(0.25):
            foot.append('Printed by: %s%s  %s %s' % (ch('abcdefghjklmnprst'), ch(SURNAMES).lower().replace(' ', ''),
                                                     fdate(ctx['dd'], 1), ftime(style=0)))
        if chance(0.15):
            foot.append(ch(['CERTIFIED TRUE COPY', 'CTC - Medical Records Section', 'UNCONTROLLED COPY IF PRINTED',
                            'CONFIDENTIAL', 'Not valid without dry seal']))
        if chance(0.2):
            foot.append('%s  HN: %s' % (nm(p, 1), p['hn']))
        if foot:
            lines.append('\n' + '\n'.join(foot))
    return '\n'.join(lines)

def continuation(ctx, title=None):
    """Extra page(s) for long documents: repeated header, lab table, daily course."""
    c, p = ctx['c'], ctx['p']
    out = ['', ch(['--- Page 2 ---', '-' * 20 + ' page 2 of 2 ' + '-' * 20, '\f', '(continuation)', 'Page 2']),
           '%s   %s   HN %s' % (title or ctx['h']['short'], nm(p, 1), p['hn']), '']
    out.append(ch(['LABORATORY RESULTS (SERIAL)', 'Pertinent laboratory results:', 'DIAGNOSTICS']))
    out.append('%-24s %-12s %-12s %-12s' % ('Test', fdate(ctx['d'], 6), fdate(plus(ctx['d'], 2), 6), 'Ref.'))
    for tname, val, u, r, f in c['labs']:
        try:
            fv = float(val.replace(',', ''))
            v2 = '%.3g' % (fv * R.uniform(0.75, 1.1))
        except ValueError:
            v2 = '--'
        out.append('%-24s %-12s %-12s %-12s' % (tname[:24], val + ' ' + f if f else val, v2, r))
    out += ['', ch(['DAILY COURSE:', 'Course by hospital day:', 'SUMMARY OF PROGRESS NOTES'])]
    notes = ['Admitted, started on ' + ', '.join(m.split(' ')[0] for m in c['meds_in'][:3]) + '.',
             ch(['Still febrile.', 'Symptoms persisted but stable.', 'Referred to ' + (c['consult'][0] if c['consult'] else 'IM') + '.']),
             ch(['Improving.', 'Afebrile, tolerating diet.', 'Repeat labs showed improvement.']),
             ch(['Clinically improved.', 'Ambulatory, for discharge planning.', 'Shifted to oral medications.'])]
    for i in range(min(ctx['los'], 6)):
        out.append('  HD%d (%s): %s' % (i + 1, fdate(plus(ctx['d'], i), 6), notes[min(i, 3)]))
    out.append('  HD%d (%s): Discharged. %s' % (ctx['los'] + 1, fdate(ctx['dd'], 6), ch(['Improved.', 'Stable.'])))
    if chance(0.5):
        out += ['', 'MEDICATIONS GIVEN DURING CONFINEMENT:'] + ['  ' + m for m in c['meds_in']]
    return '\n'.join(out)

def pt_header(ctx, style=None):
    p = ctx['p']
    if style is None:
        style = rint(0, 5)
    if style == 0:
        return 'Name: %s   Age/Sex: %d/%s   Hosp. No.: %s   Room: %s' % (nm(p, 1), p['age'], p['sex'], p['hn'], p['room'])
    if style == 1:
        return ('PATIENT: %s\nAGE: %d   SEX: %s   CIVIL STATUS: %s\nHOSPITAL NO.: %s   ROOM/BED: %s' %
                (nm(p, 1), p['age'], sexw(p, 2), p['cs'], p['hn'], p['room']))
    if style == 2:
        return 'Patient Name: %s\nHRN: %s    Case No.: %s\nAge: %d   Sex: %s' % (nm(p, 2), p['hn'], p['case_no'], p['age'], sexw(p, 1))
    if style == 3:
        return '%s | %s | %s | %s' % (nm(p, 1), agesex(p), p['hn'], p['room'])
    if style == 4:
        return ('Last Name: %-18s First Name: %-16s M.I.: %s\nAge: %-4d Sex: %s   Ward/Room: %s   Chart #: %s' %
                (p['last'].upper(), p['first'].upper(), p['mi'], p['age'], p['sex'], p['room'], p['hn']))
    return 'Pt: %s, %s  HN %s' % (nm(p, 4), agesex(p), p['hn'])

def sig(d, lic=True, role=None):
    out = '\n' + ch(['', '', '_' * 28 + '\n']) + drn(d, ch([1, 2, 0]))
    if role:
        out += '\n' + role
    if lic and chance(0.7):
        out += '\nLic. No. %s' % d['lic'] if chance(0.5) else '\nPRC No. %s' % d['lic']
    return out

def meds_block(meds, style=None, num=True):
    if style is None:
        style = rint(0, 3)
    out = []
    for i, m in enumerate(meds, 1):
        if style == 0:
            out.append('%d. %s' % (i, m))
        elif style == 1:
            out.append('- ' + m)
        elif style == 2:
            out.append('  ' + m)
        else:
            out.append('%d) %s' % (i, m))
    return '\n'.join(out)

def labs_inline(c, k=None):
    ls = c['labs'] if k is None else c['labs'][:k]
    return ', '.join('%s %s%s' % (t, v, (' ' + u) if u and u not in ('%',) else u) for t, v, u, r, f in ls)

def pmh(ctx):
    c = ctx['c']
    items = []
    if c['key'] in ('htn', 'stroke', 'chf', 'acs', 'ckd'):
        items.append('Hypertension x %d years, on losartan' % rint(3, 20))
    if c['key'] in ('dm', 'ckd', 'stroke'):
        items.append('Type 2 DM x %d years' % rint(3, 20))
    if c['key'] == 'asthma':
        items.append('Bronchial asthma since childhood')
    items += sample(['No previous hospitalizations', '(-) PTB', '(-) allergies to food and drugs',
                     'S/p appendectomy %d' % rint(1985, 2005), 'Completed PTB treatment %d' % rint(1995, 2007),
                     'Allergic to sulfa drugs', 'Hepatitis B carrier', 'Dyslipidemia'], rint(1, 3))
    return items

def famhx():
    return ch(['(+) HPN - father, (+) DM - mother', '(+) HPN, (+) DM on both sides', '(+) CA breast - maternal aunt',
               'Unremarkable', '(+) asthma - sibling', '(+) PTB - grandfather', '(+) CVD - father, (+) CKD - uncle'])

def sochx(p):
    if p['age'] < 15:
        return ch(['Lives with parents in a %s. Immunizations complete per EPI.' % ch(['bungalow', 'apartment', 'townhouse']),
                   'Immunizations: complete BCG, Hep B, DPT-HiB-HepB, OPV, MMR. Lives with parents and 2 siblings.'])
    return ch(['%s, %s. Nonsmoker, occasional alcoholic beverage drinker.' % (p['occ'].capitalize(), p['cs'].lower()),
               'Smoker, %d pack-years. Drinks 2-3 bottles of beer weekly. Works as %s.' % (rint(5, 40), p['occ']),
               'Denies smoking and alcohol. %s.' % p['occ'].capitalize(),
               'Ex-smoker (%d pack-years, stopped %d yrs ago). No illicit drug use.' % (rint(5, 30), rint(1, 10))])

# ================================================================ generators
def gen_discharge_summary(ctx):
    c, p, h, att = ctx['c'], ctx['p'], ctx['h'], ctx['att']
    v = rint(0, 6)
    ad, dd = ctx['d'], ctx['dd']
    title = ch(['DISCHARGE SUMMARY', 'CLINICAL ABSTRACT', 'CLINICAL SUMMARY', 'Discharge Summary', 'SUMMARY OF CONFINEMENT',
                'CLINICAL ABSTRACT / DISCHARGE SUMMARY', ''])
    sec_hosp = ch(['COURSE IN THE WARDS', 'Course in the Ward', 'HOSPITAL COURSE', 'Course in the Hospital', 'COURSE:'])
    surg = c['surg']
    ops = ('%s (%s)' % (surg['op'], fdate(plus(ad, 1 if c['key'] != 'appy' else 0)))) if surg else 'None'
    disp = ch(['Discharged improved', 'Improved', 'IMPROVED', 'Recovered', 'Discharged stable, ambulatory',
               'Home, improved'])
    if v == 0:
        t = [letterhead(h), '', center(title or 'DISCHARGE SUMMARY'), '', pt_header(ctx, 1),
             'Date Admitted: %s     Date Discharged: %s' % (fdate(ad, 0), fdate(dd, 0)),
             'Attending Physician: %s' % drn(att, 1), '',
             'ADMITTING DIAGNOSIS:\n  %s' % ch([c['dx'].split(';')[0], c['abbr'] + ', t/c ' + c['dx'].split(';')[0]]),
             '', 'FINAL DIAGNOSIS:\n  %s' % c['dx'], '', 'CHIEF COMPLAINT: %s' % c['cc'].capitalize(), '',
             'HISTORY OF PRESENT ILLNESS:\n%s' % hpi(ctx), '', 'PERTINENT PHYSICAL EXAMINATION:\n%s\n%s' % (vitals(ctx), c['pe'].capitalize()),
             '', 'PERTINENT LABORATORY / DIAGNOSTICS:\n%s' % labs_inline(c)]
        if c['img']:
            t.append('%s: %s' % (c['img'][0], c['img'][2]))
        t += ['', '%s:\n%s' % (sec_hosp, c['course']), '', 'PROCEDURES DONE: %s' % ops, '',
              'DISCHARGE MEDICATIONS:', meds_block(c['meds_out']), '', 'CONDITION ON DISCHARGE: %s' % disp,
              'FOLLOW-UP: %s at the clinic (%s)' % (ch(['After 1 week', 'After 2 weeks', 'On ' + fdate(plus(dd, 7), 0)]), att['clinic']),
              sig(att, role='Attending Physician')]
    elif v == 1:
        t = [h['name'], h['addr'], '', title or 'CLINICAL ABSTRACT', '',
             'Name of Patient: %s' % nm(p, 2), 'Age: %d     Sex: %s     Civil Status: %s' % (p['age'], sexw(p, 2), p['cs']),
             'Address: %s' % p['addr'], 'Date/Time of Admission: %s %s' % (fdate(ad, 1), ftime()),
             'Date/Time of Discharge: %s %s' % (fdate(dd, 1), ftime(h=rint(9, 16))), '',
             'Brief History:', '%s %s' % (agesex(p), ch(['admitted for', 'came in due to', 'consulted for'])) + ' ' + c['cc'] + '. ' + hpi(ctx),
             '', 'Physical Examination on Admission:', vitals(ctx, 1), c['pe'], '',
             'Laboratory Results:']
        for tname, val, u, r, f in c['labs']:
            t.append('  %-22s %s %s' % (tname, val, u))
        t += ['', sec_hosp + ':', c['course'], '', 'Final Diagnosis: ' + c['dx'], 'ICD-10: ' + c['icd'],
              'Operation/Procedure: ' + ops, '', 'Home Medications:', meds_block(c['meds_out'], 1),
              '', 'Disposition: ' + disp, '', 'Prepared by:', resn(ctx['res']), '', 'Noted by:', drn(att, 1)]
    elif v == 2:
        # dictated style, prose
        t = [letterhead(h, 5), '', 'RE: %s' % nm(p, 0), 'HOSPITAL #: %s' % p['hn'],
             'ADMISSION DATE: %s' % fdate(ad, 2).upper(), 'DISCHARGE DATE: %s' % fdate(dd, 2).upper(), '',
             'This is a case of %s, %d-year-old %s, %s, from %s, who was admitted %s because of %s.' % (
                 nm(p, 4), p['age'], sexw(p), p['cs'].lower(), p['addr'].split(', ')[-1], ch(['via the ER', 'thru the OPD',
                                                                                          'as a direct admission']), c['cc']),
             '', hpi(ctx), '', 'On admission, %s. Pertinent findings: %s.' % (vitals(ctx, 4).lower(), c['pe']), '',
             'Work-up showed %s.' % labs_inline(c) + (' %s revealed %s' % (c['img'][0].title(), c['img'][2].lower()) if c['img'] else ''),
             '', c['course'], '', 'The patient was discharged in %s condition on the %s hospital day with the following '
             'medications:' % (ch(['stable', 'improved', 'fair']), ch(['3rd', '4th', '5th', '6th', '7th'])),
             meds_block(c['meds_out'], 0), '', 'DISCHARGE DIAGNOSIS: ' + c['dx'],
             '', ch(['Dictated but not read.', 'D: %s  T: %s' % (fdate(dd, 1), fdate(plus(dd, 1), 1)), 'Transcribed by: mrv']),
             sig(att)]
    elif v == 3:
        # tabular / EMR printout
        t = ['%s - ELECTRONIC MEDICAL RECORD' % h['short'], 'Discharge Summary Report' if chance(0.5) else 'Patient Summary',
             '=' * 64, 'MRN        : %s' % p['hn'], 'Patient    : %s' % nm(p, 1), 'DOB        : %s (%d y)' % (fdate(p['dob'], 1), p['age']),
             'Adm/Disch  : %s  to  %s  (LOS %d days)' % (fdate(ad, 3), fdate(dd, 3), ctx['los']),
             'Service    : %s' % {'IM': 'Internal Medicine', 'Surg': 'Surgery', 'OB': 'OB-Gyne', 'Pedia': 'Pediatrics'}[c['svc']],
             'Physician  : %s' % drn(att, 4), '=' * 64, '', '[Principal Diagnosis]', '  %s  (%s)' % (c['dx'].split(';')[0], c['icd'])]
        if ';' in c['dx']:
            t += ['[Secondary Diagnosis]', '  ' + c['dx'].split(';')[1].strip()]
        t += ['', '[Procedures]', '  ' + ops, '', '[Summary of Hospital Stay]', '  ' + c['course'], '', '[Discharge Medications]']
        t += ['  %-50s' % m for m in c['meds_out']]
        t += ['', '[Diet] ' + c['diet'], '[Activity] ' + ch(['As tolerated', 'Ambulatory', 'Limited, avoid strenuous activity']),
              '[Follow-up] ' + fdate(plus(dd, rint(5, 14)), 3) + ' - ' + drn(att, 3), '', 'Electronically signed: %s %s %s' % (
                  drn(att, 4), fdate(dd, 3), ftime(style=0))]
    elif v == 4:
        # short handwritten-ish abstract for PhilHealth/insurance
        t = [ch(['CLINICAL ABSTRACT', 'Clinical Abstract (for PhilHealth / HMO)', 'MEDICAL ABSTRACT']), '',
             'Pt: %s   %s' % (nm(p, 1), agesex(p)), 'Adm: %s   Disch: %s' % (fdate(ad, 6), fdate(dd, 6)), '',
             'CC: ' + c['cc'], 'HPI: ' + hpi(ctx), 'PE: ' + c['pe'], 'Labs: ' + labs_inline(c, 3),
             'Course: ' + c['course'], 'Dx: ' + c['dx'], 'Procedure: ' + ops, 'Disposition: ' + disp,
             sig(att)]
    elif v == 5:
        t = [letterhead(h, 1), '', center('DEPARTMENT OF %s' % {'IM': 'INTERNAL MEDICINE', 'Surg': 'SURGERY', 'OB':
                                                               'OBSTETRICS AND GYNECOLOGY', 'Pedia': 'PEDIATRICS'}[c['svc']]),
             center(title or 'DISCHARGE SUMMARY'), '', pt_header(ctx, 4), 'Admitted: %s   Discharged: %s' % (fdate(ad, 7), fdate(dd, 7)),
             '', 'I. FINAL DIAGNOSES', '   ' + c['dx'].replace('; ', '\n   '), '', 'II. BRIEF CLINICAL HISTORY', '   ' + hpi(ctx),
             '', 'III. PERTINENT PE FINDINGS', '   ' + c['pe'], '', 'IV. DIAGNOSTICS', '   ' + labs_inline(c)]
        if c['img']:
            t.append('   %s - %s' % (c['img'][0], c['img'][2]))
        t += ['', 'V. %s' % sec_hosp.upper().rstrip(':'), '   ' + c['course'], '', 'VI. SURGICAL PROCEDURE', '   ' + ops,
              '', 'VII. DISCHARGE PLANS', meds_block(c['meds_out'], 2), '   Diet: ' + c['diet'],
              '   Follow up with ' + drn(att, 0) + ' at ' + att['clinic'], '', 'Condition on discharge: ' + disp]
        t += [sig(ctx['att'], role='Attending Physician')]
    else:
        # SOAP-like summary from resident notes
        t = ['%s / %s' % (h['short'], ch(['Ward 3', 'Pay Ward', 'Private Wing', '5th Floor', 'Annex 2'])),
             'DISCHARGE NOTE', '%s' % pt_header(ctx, 3), fdate(dd, 1) + ' ' + ftime(), '',
             '%s, HD#%d' % (c['abbr'], ctx['los'] + 1),
             'S> No subjective complaints. ' + ch(['Good appetite.', 'Tolerating diet.', 'Ambulatory.']),
             'O> ' + vitals(ctx, 2, shift=3), '   ' + ch(['Clear breath sounds', 'Wound dry and intact', 'Good bowel sounds',
                                                         'No edema']),
             'A> ' + c['dx'], 'P> May go home. Home meds:', meds_block(c['meds_out'], 1),
             '   F/u ' + drn(att, 3) + ' after ' + ch(['1 week', '2 weeks', '5 days']),
             '   Secure clearances (billing, pharmacy, PhilHealth)', '', resn(ctx['res'])]
    if v in (0, 1, 2, 5) and chance(0.45):
        t.append(continuation(ctx, title))
    return furniture(ctx, '\n'.join(t))


def gen_history_physical(ctx):
    c, p, h, att = ctx['c'], ctx['p'], ctx['h'], ctx['att']
    v = rint(0, 6)
    ros_neg = ch(['(-) weight loss, (-) headache, (-) chest pain, (-) dysuria',
                  'Unremarkable except as stated in the HPI', '(-) blurring of vision, (-) palpitations, (-) hematochezia',
                  'No other complaints'])
    ge = ch(['Conscious, coherent, not in cardiorespiratory distress', 'Awake, alert, in mild distress',
             'Weak-looking, ambulatory, oriented to 3 spheres', 'Awake, irritable, ill-looking'])
    pe_sys = [('HEENT', ch(['Anicteric sclerae, pink palpebral conjunctivae, no CLAD', 'Pink conjunctivae, anicteric sclerae,'
                                                                                     ' no neck vein engorgement'])),
              ('Chest/Lungs', ch(['Symmetrical chest expansion, clear breath sounds', 'Equal chest expansion, no retractions'])),
              ('Heart', ch(['Adynamic precordium, regular rate and rhythm, no murmurs', 'Distinct heart sounds, RRR, (-) murmur'])),
              ('Abdomen', ch(['Flat, soft, non-tender, normoactive bowel sounds', 'Globular, soft, no organomegaly'])),
              ('Extremities', ch(['Full and equal pulses, no edema, CRT < 2 sec', 'No cyanosis, no edema'])),
              ('Neuro', ch(['GCS 15, no focal deficits', 'Oriented x3, motor 5/5 all extremities']))]
    if v == 0:
        t = [letterhead(h), '', center(ch(['ADMITTING HISTORY AND PHYSICAL EXAMINATION', 'HISTORY AND PHYSICAL EXAMINATION',
                                            'CLINICAL HISTORY'])), '', pt_header(ctx, 0),
             'Date of Admission: %s   Time: %s' % (fdate(ctx['d']), ftime()), 'Informant: %s, %s reliability' % (
                 ch(['patient', 'mother', 'daughter', 'spouse', 'son']), ch(['good', 'fair', '80%', '90%'])), '',
             'CHIEF COMPLAINT: ' + c['cc'].capitalize(), '', 'HISTORY OF PRESENT ILLNESS:', hpi(ctx), '',
             'REVIEW OF SYSTEMS: ' + ros_neg, '', 'PAST MEDICAL HISTORY:', meds_block(pmh(ctx), 1), '',
             'FAMILY HISTORY: ' + famhx(), 'PERSONAL/SOCIAL HISTORY: ' + sochx(p)]
        if p['sex'] == 'F' and p['age'] > 12:
            t.append('OB-GYNE HISTORY: Menarche at %d, %s. G%dP%d' % (rint(11, 15), ch(['regular monthly', 'irregular']),
                                                                      rint(0, 4), rint(0, 3)))
        t += ['', 'PHYSICAL EXAMINATION:', 'General Survey: ' + ge, vitals(ctx, 1)]
        for k, val in pe_sys:
            t.append('%s: %s' % (k, val))
        t += ['Pertinent: ' + c['pe'], '', 'ADMITTING IMPRESSION: ' + c['dx'].split(';')[0], '', 'PLAN:',
              meds_block(['Admit to %s under Dr. %s' % (ch(['ward', 'private room', 'semi-private', 'ICU' if c['key'] in ('acs',)
                                                              else 'ward']), att['last'])] +
                         ['Requests: ' + ', '.join(x[0] for x in c['labs'][:4])] + c['meds_in'][:3]),
              sig(ctx['att'])]
    elif v == 1:
        # clerk / resident style compact H&P
        t = ['%s  %s' % (h['short'], ch(['ER', 'ADMITTING SECTION', 'Dept. of ' + c['svc']])), 'ADMISSION H&P',
             nm(p, 1) + '  ' + agesex(p) + '  ' + p['room'], fdate(ctx['d'], 1), '',
             'CC: ' + c['cc'], '', 'HPI:', hpi(ctx), '', 'PMHx: ' + '; '.join(pmh(ctx)), 'FHx: ' + famhx(),
             'SHx: ' + sochx(p), '', 'PE:', vitals(ctx, 2), 'GS: ' + ge]
        t += ['%s: %s' % (k, val) for k, val in pe_sys[:4]]
        t += ['(+) ' + c['pe'], '', 'Imp: ' + c['abbr'] + ' - ' + c['dx'].split(';')[0], '', 'Plan:']
        t += ['- ' + m for m in c['meds_in']]
        t += ['- ' + ch(['Secure consent', 'Refer accordingly', 'Monitor VS q4h', 'Strict I&O']), '', resn(ctx['res'])]
    elif v == 2:
        # form with checkboxes
        t = [letterhead(h, 3), ch(['HISTORY & PHYSICAL EXAMINATION FORM', 'ADMISSION RECORD - H&P', 'Form MR-07']),
             form_no('MR'), '', pt_header(ctx, 4), '',
             'Chief Complaint: ' + c['cc'], 'History of Present Illness:', hpi(ctx), '',
             'Past Illness:  HPN %s  DM %s  Asthma %s  PTB %s  Heart Dz %s  Others: ________' % (
                 cb(c['key'] in ('htn', 'stroke', 'chf', 'acs', 'ckd')), cb(c['key'] in ('dm', 'ckd')),
                 cb(c['key'] == 'asthma'), cb(c['key'] == 'ptb' and False), cb(c['key'] in ('acs', 'chf'))),
             'Allergies:  %s None   %s Drug: ________   %s Food: ________' % (cb(True), cb(False), cb(False)),
             'Smoking: %s Yes  %s No      Alcohol: %s Yes  %s No' % (cb(False), cb(True), cb(chance(0.3)), cb(True)), '',
             'PHYSICAL EXAMINATION', vitals(ctx, 3), '          NORMAL   ABNORMAL   FINDINGS']
        for k, val in pe_sys:
            t.append('%-11s %s      %s' % (k[:10], cb(True), cb(False)))
        t += ['Remarks: ' + c['pe'], '', 'Impression/Diagnosis: ' + c['dx'], '', 'Physician: ' + drn(att, 2) +
              '    Date/Time: ' + fdate(ctx['d'], 1) + ' ' + ftime()]
    elif v == 3:
        # pediatric / OB flavored narrative
        t = ['ADMISSION NOTE' if chance(0.5) else 'ADMITTING NOTES', fdate(ctx['d'], 0) + ', ' + ftime(), '',
             'Patient %s, %s, %s, %s, %s, was admitted for the %s time in this institution.' % (
                 nm(p, 0), agesex(p), p['cs'].lower(), p['rel'], 'from ' + p['addr'].split(', ')[-1],
                 ch(['first', 'second', '1st', '3rd'])), '', 'CHIEF COMPLAINT', '  ' + c['cc'].capitalize(), '',
             'HISTORY OF PRESENT ILLNESS', '  ' + hpi(ctx), '', 'PAST MEDICAL HISTORY', '  ' + '. '.join(pmh(ctx)) + '.', '',
             'PHYSICAL EXAMINATION', '  ' + ge + '.', '  ' + vitals(ctx, 4), '  Pertinent findings: ' + c['pe'] + '.', '',
             'SALIENT FEATURES', meds_block([c['cc'].capitalize(), c['pe'].split(',')[0]] + [labs_inline(c, 2)], 1), '',
             'ASSESSMENT', '  ' + c['dx'], '', 'PLAN', meds_block(c['meds_in'], 0), sig(att)]
    elif v == 4:
        # OPD-to-admission single page
        t = [letterhead(h, 2), 'OUT-PATIENT DEPARTMENT - ADMITTING ORDER AND HISTORY', '',
             'Name: %s   Age: %d   Sex: %s   Date: %s' % (nm(p, 2), p['age'], p['sex'], fdate(ctx['d'], 1)),
             'HMO/PhilHealth: %s / PIN %s' % (p['hmo'] or 'none', p['pin']), '',
             'Hx: ' + hpi(ctx), '', 'PE: ' + vitals(ctx, 0) + '. ' + c['pe'] + '.', '', 'Dx: ' + c['dx'],
             'For admission: ' + ch(['YES', 'Yes', '(/) Yes']), 'Admit under: ' + drn(att, 0),
             'Rx/Orders: ' + '; '.join(c['meds_in'][:3])]
    elif v == 5:
        # consultant-attending dictated H&P
        t = [h['name'], '', 'HISTORY AND PHYSICAL', '', 'PATIENT NAME: ' + nm(p, 1), 'MR#: ' + p['hn'],
             'DATE OF ADMISSION: ' + fdate(ctx['d'], 5), 'ATTENDING: ' + drn(att, 1), '',
             'CHIEF COMPLAINT:  ' + c['cc'].capitalize() + '.', '', 'HISTORY OF PRESENT ILLNESS:  The patient is a %d-year-old %s '
             % (p['age'], sexw(p)) + hpi(ctx)[0].lower() + hpi(ctx)[1:], '', 'PAST MEDICAL HISTORY:  ' + ', '.join(pmh(ctx)) + '.',
             '', 'MEDICATIONS PRIOR TO ADMISSION:  ' + ch(['None.', 'Losartan 50 mg OD, metformin 500 mg BID.',
                                                            'Multivitamins only.', 'Amlodipine 5 mg OD.']),
             '', 'ALLERGIES:  ' + ch(['No known drug allergies.', 'NKDA.', 'Penicillin (rash).', 'Seafood.']), '',
             'FAMILY HISTORY:  ' + famhx() + '.', '', 'SOCIAL HISTORY:  ' + sochx(p), '',
             'PHYSICAL EXAMINATION:', 'GENERAL:  ' + ge + '.', 'VITAL SIGNS:  ' + vitals(ctx, 0) + '.']
        t += ['%s:  %s.' % (k.upper(), val) for k, val in pe_sys]
        t += ['Pertinent: ' + c['pe'] + '.', '', 'ASSESSMENT:  ' + c['dx'] + '.', '',
              'PLAN:  ' + ' '.join(m + '.' for m in c['meds_in'][:4]) + ' ' + ch(['Will follow.', 'Thank you.', 'Will reassess.']),
              sig(att)]
    else:
        t = [ch(['DEPARTMENT OF SURGERY', 'SURGICAL ADMISSION', 'DEPT OF OB-GYN', 'MEDICAL ADMISSION RECORD']),
             pt_header(ctx, 2), '', 'S: ' + c['cc'] + '. ' + hpi(ctx), 'O: ' + vitals(ctx, 2) + '; ' + c['pe'],
             '   Labs: ' + labs_inline(c, 3), 'A: ' + c['dx'], 'P: ' + ' / '.join(c['meds_in']), '',
             resn(ctx['res']) + '  /  ' + drn(att, 3)]
    if v in (0, 3, 5) and chance(0.35):
        t.append(continuation(ctx, 'H&P'))
    return furniture(ctx, '\n'.join(t))


def gen_progress_note(ctx):
    c, p, h, att = ctx['c'], ctx['p'], ctx['h'], ctx['att']
    v = rint(0, 6)
    hd = rint(2, max(2, ctx['los']))
    day = plus(ctx['d'], hd - 1)
    if v == 6 and not c['surg']:
        v = 5
    subj = ch(['Feels better.', '(+) occasional cough, no fever.', 'No new complaints.', 'Slept well.',
               '(-) fever since last night', 'Still with mild pain, tolerable.', 'Good appetite, afebrile.',
               'Complains of mild headache'])
    if v == 0:
        t = [letterhead(h, 5), ch(['PROGRESS NOTES', 'PHYSICIAN\'S PROGRESS NOTES', 'CLINICAL NOTES']),
             pt_header(ctx, 0), '', 'DATE/TIME        NOTES', '-' * 60]
        for i in range(rint(2, 4)):
            dd = plus(ctx['d'], hd - 1 + i)
            t += ['%s %s' % (fdate(dd, 6), ftime(style=2)), '  S: ' + ch([subj, 'No chest pain/DOB', 'Tolerating diet']),
                  '  O: ' + vitals(ctx, 2, shift=i + 1), '     ' + ch([c['pe'], 'Improving', 'Lungs: clear', 'Wound: dry']),
                  '  A: ' + c['abbr'] + ', HD %d' % (hd + i), '  P: ' + ch(['Continue meds', 'Continue antibiotics',
                                                                         'Repeat labs in AM', 'May shift to oral meds',
                                                                         'Refer to Rehab']), '      ' + resn(ctx['res']), '']
    elif v == 1:
        # outpatient follow-up clinic note
        t = [drn(att, 1), att['specname'], att['clinic'] + ', ' + h['name'], 'Clinic hours: %s' % ch(
            ['MWF 10AM-1PM', 'TTh 2-5PM', 'Mon-Sat 9-12 by appointment', 'Tue & Fri 1-4 PM']), '',
             'FOLLOW-UP VISIT' if chance(0.5) else 'Date: ' + fdate(plus(ctx['dd'], 7)),
             'Name: %s    Age: %d   Sex: %s' % (nm(p, 0), p['age'], p['sex']), '',
             'S - ' + ch(['Here for follow-up after discharge.', 'Came back for results.', 'F/u, ' +
                          ch(['no complaints', 'feels well', 'compliant with meds']) + '.']) + ' ' + subj,
             'O - ' + vitals(ctx, 0, shift=4), '    ' + ch(['Clear breath sounds', 'Wound healing well, no discharge',
                                                          'No edema', 'Unremarkable PE']),
             'A - ' + c['dx'].split(';')[0] + ', ' + ch(['improved', 'resolving', 'stable', 'controlled']),
             'P - ' + '\n    '.join(c['meds_out'][:2]), '    RTC after %s' % ch(['2 weeks', '1 month', '3 months', '6 weeks'])]
    elif v == 2:
        # free text narrative attending
        t = ['%s %s' % (fdate(day, 0), ftime()), '', 'Attending\'s Note' if chance(0.5) else 'Progress note:', '',
             'Seen and examined. %s %s' % (subj, ch(['Afebrile for 24 hours.', 'VS stable.', 'No desaturations.'])) + ' ' +
             'On %s. %s' % (', '.join(m.split(' ')[0] for m in c['meds_in'][:3]), vitals(ctx, 4, shift=2)) + '. ' +
             ch(['Will continue present management.', 'Plan to shift to oral medications tomorrow if stable.',
                 'Discussed with relatives, agreeable with plan.', 'Possible discharge in 1-2 days.']),
             '', drn(att, 4)]
    elif v == 3:
        # flowsheet / table layout
        t = [h['short'] + ' - DOCTOR\'S PROGRESS NOTES', pt_header(ctx, 3), '',
             '| Date/Time        | Progress Notes                                        |', '|' + '-' * 18 + '|' + '-' * 55 + '|']
        for i in range(rint(2, 3)):
            dd = plus(day, i)
            lines = ['HD %d. %s' % (hd + i, subj), vitals(ctx, 3, shift=i + 1), 'Imp: ' + c['abbr'],
                     ch(['Cont. mgt', 'Refer to ' + ch(['Cardio', 'Pulmo', 'Nephro', 'IDS']), 'Follow up labs'])]
            for j, l in enumerate(lines):
                t.append('| %-16s | %-53s |' % (fdate(dd, 1) if j == 0 else (ftime(style=0) if j == 1 else ''), l[:53]))
        t.append('|' + '-' * 18 + '|' + '-' * 55 + '|')
    elif v == 4:
        # SOAP outpatient with problem list
        t = ['%s OUTPATIENT DEPARTMENT' % h['short'], 'Date of visit: %s' % fdate(plus(ctx['d'], rint(10, 90))),
             'Patient: %s  (%s)  Chart No. %s' % (nm(p, 2), agesex(p), p['hn']), '',
             'SUBJECTIVE:', '  ' + subj + ' ' + ch(['Took meds as prescribed.', 'Ran out of meds 3 days ago.',
                                                  'Reports occasional dizziness.']),
             'OBJECTIVE:', '  ' + vitals(ctx, 1, shift=4), 'ASSESSMENT:', '  1. ' + c['dx'].split(';')[0]]
        if ';' in c['dx']:
            t.append('  2. ' + c['dx'].split(';')[1].strip())
        t += ['PLAN:', meds_block(c['meds_out'], 3), '  Labs before next visit: ' + ', '.join(x[0] for x in c['labs'][:2]),
              '', drn(att, 2)]
    elif v == 5:
        # terse resident scribble, multiple entries
        t = [fdate(day, 6) + ' ' + ftime(style=3)]
        t += ['#' + c['abbr'], 'afeb, ' + vitals(ctx, 2, shift=2), ch(['CBS: %d mg/dL' % rint(110, 220), 'I/O: %d/%d' % (
            rint(1500, 2500), rint(1000, 2200)), 'UO %d cc/12h' % rint(400, 1200)]), 'A> improving', 'P> cont meds',
              '     > ' + ch(['d/c IVF', 'shift to oral', 'for repeat CBC', 'await culture', 'encourage ambulation']),
              '   ' + resn(ctx['res']), '', fdate(plus(day, 1), 6) + ' ' + ftime(style=3),
              ch(['Seen by Dr. %s, noted.' % att['last'], 'Noted, c/o attending: for home', 'Referred to AP, ok to continue']),
              '   ' + resn(ctx['res'])]
    else:
        # ICU / post-op day notes
        pod = rint(1, 3)
        t = [ch(['POST-OP NOTE', 'POD %d' % pod, 'Surgical Progress Note', 'PROGRESS NOTE - SURGERY SERVICE']),
             pt_header(ctx, 5), fdate(day, 1), '',
             'POD %d s/p %s for %s' % (pod, (c['surg'] or {'op': 'bedside procedure'})['op'], c['abbr']),
             'S: ' + ch(['Pain score 3/10', 'Passing flatus', '(+) BM', 'Ambulatory', 'Tolerating soft diet']),
             'O: ' + vitals(ctx, 0, shift=2), '   Wound: ' + ch(['dry and intact', 'no discharge, no erythema',
                                                              'minimal serosanguinous on dressing']),
             '   ' + ch(['JP drain: %d cc serous' % rint(10, 80), 'Abdomen soft', 'FC draining clear urine']),
             'A: ' + c['dx'].split(';')[0] + ', post-op, stable',
             'P: ' + ch(['Advance diet as tolerated', 'Shift IV meds to oral', 'For removal of drain', 'MGH tomorrow']),
             '', resn(ctx['res'])]
    return furniture(ctx, '\n'.join(t), 0.5)


def gen_consult_note(ctx):
    c, p, h, att = ctx['c'], ctx['p'], ctx['h'], ctx['att']
    cs = c['consult'] or (ch(['Cardio', 'IM', 'ID', 'Rehab', 'Nephro']), 'co-management')
    v = rint(0, 5)
    if v == 3:
        cs = (ch(['Anes', 'Cardio']), 'pre-operative evaluation')
    cons = doctor(cs[0])
    rec = {'Anes': ['ASA %s' % ch(['I', 'II', 'II', 'III']), 'NPO post midnight', 'Secure consent for %s' % ((c['surg'] or {}).get(
        'anes', 'anesthesia')), 'Hold oral hypoglycemics on day of surgery'],
           'Cardio': ['Moderate cardiac risk for the contemplated procedure', 'Continue beta blocker',
                      'Request 2D echo', 'Optimize BP to < 140/90'],
           'Rehab': ['Start bedside PT: ROM exercises, positioning', 'Progress to sitting balance', 'OT evaluation'],
           'Nephro': ['Monitor I&O strictly', 'Adjust drug doses to CrCl', 'Repeat creatinine and electrolytes in AM',
                      'Consider hemodialysis if refractory'],
           'Pulmo': ['Continue present antibiotics', 'Chest physiotherapy', 'Incentive spirometry', 'Request sputum GS/CS'],
           'ID': ['Continue antibiotics, adjust per culture', 'Blood CS x 2 sites', 'Monitor CBC with platelet q12h'],
           'Surg': ['Bedside debridement', 'Daily wound care', 'Request foot x-ray', 'Possible ray amputation if no improvement'],
           'Onco': ['For adjuvant chemotherapy (AC-T)', 'Start endocrine therapy after chemo', 'Request bone scan'],
           'Pedia': ['Routine newborn care', 'Rooming-in', 'Exclusive breastfeeding', 'Newborn screening after 24 hrs'],
           'IM': ['Optimize glucose control', 'Continue home medications', 'Monitor CBG pre-meals'],
           }.get(cs[0], ['Will follow', 'Continue management'])
    if v == 0:
        t = [letterhead(h), '', center(ch(['CONSULTATION REPORT', 'REFERRAL / CONSULTATION SHEET', 'INTERDEPARTMENT REFERRAL'])), '',
             pt_header(ctx, 1), '', 'Requesting Physician: ' + drn(att, 0), 'Referred to: ' + cons['specname'] + ' - ' + drn(cons, 0),
             'Reason for referral: ' + cs[1], 'Date/Time requested: %s %s' % (fdate(ctx['d'], 1), ftime()), '',
             '-' * 30 + ' REPLY ' + '-' * 30, 'Findings: ' + hpi(ctx)[:260] + '...', 'PE: ' + c['pe'],
             'Impression: ' + c['dx'], 'Recommendations:', meds_block(rec, 0), sig(cons)]
    elif v == 1:
        t = [drn(cons, 1), cons['specname'], '', fdate(plus(ctx['d'], 1), 0), '', 'Dear Dr. %s,' % att['last'], '',
             'Thank you for allowing me to see %s, %s, for %s.' % (nm(p, 0), agesex(p), cs[1]), '',
             'HISTORY: ' + hpi(ctx), '', 'On examination: ' + vitals(ctx, 4) + '. ' + c['pe'] + '.', '',
             'Laboratory: ' + labs_inline(c), '', 'IMPRESSION: ' + c['dx'], '', 'RECOMMENDATIONS:', meds_block(rec, 3), '',
             ch(['Will co-manage with you. Thank you.', 'Thank you for this referral.', 'We will follow up the patient with you.']),
             sig(cons, lic=False)]
    elif v == 2:
        t = ['%s CONSULT' % cons['specname'].upper(), fdate(plus(ctx['d'], 1), 6) + ' ' + ftime(), 'Pt: ' + nm(p, 1) + ' ' + agesex(p),
             'Rm ' + p['room'], '', 'Referred for ' + cs[1], 'HPI: ' + hpi(ctx), 'PMHx: ' + ', '.join(pmh(ctx)),
             'Meds: ' + ', '.join(m.split(' ')[0] for m in c['meds_in']), 'PE: ' + vitals(ctx, 2) + ' / ' + c['pe'],
             'Labs: ' + labs_inline(c, 4), '', 'A: ' + c['abbr'] + ch(['', ', stable', ', for clearance']), 'Recs:']
        t += ['  - ' + r for r in rec]
        t += ['', 'Thanks for the referral - ' + ch(['', 'will follow']), resn(resident()) + ' / ' + drn(cons, 3)]
    elif v == 3:
        # pre-anesthetic / clearance
        t = [h['name'], ch(['PRE-OPERATIVE EVALUATION', 'CARDIO-PULMONARY CLEARANCE', 'MEDICAL CLEARANCE', 'PRE-ANESTHETIC ASSESSMENT']),
             '', pt_header(ctx, 2), 'Planned procedure: ' + ((c['surg'] or {}).get('op') or 'n/a'), '',
             'History: ' + hpi(ctx)[:200].rsplit(' ', 1)[0] + '...', 'Functional capacity: ' + ch(['> 4 METs', 'Good, can climb 2 flights of stairs',
                                                                          '< 4 METs']),
             'Airway: Mallampati %s, TMD > 6 cm' % ch(['I', 'II', 'III']), 'ECG: ' + (c['ecg'] or 'n/a'),
             'Labs: ' + labs_inline(c, 3), '', 'Assessment: ' + ch(['Low', 'Moderate', 'Low to moderate']) + ' risk for the '
             'contemplated procedure', 'Recommendations:', meds_block(rec, 1), sig(cons)]
    elif v == 4:
        t = ['CONSULTATION', '', 'DATE: ' + fdate(ctx['d'], 5), 'REQUESTED BY: Dr. ' + att['last'], 'CONSULTANT: ' + drn(cons, 1),
             'REASON: ' + cs[1].capitalize(), '', 'HISTORY OF PRESENT ILLNESS:  ' + hpi(ctx), '',
             'PAST MEDICAL HISTORY:  ' + '; '.join(pmh(ctx)), '', 'PHYSICAL EXAMINATION:  ' + vitals(ctx, 0) + '. ' +
             c['pe'] + '.', '', 'ASSESSMENT AND PLAN:  ' + c['dx'] + '. ' + ' '.join(r + '.' for r in rec), '',
             'Thank you for this consultation.', '', drn(cons, 1)]
    else:
        t = ['REFERRAL SLIP (INTER-DEPARTMENT)', 'To: %s Service' % cons['specname'], 'From: ' + c['svc'] + ' / Dr. ' + att['last'],
             nm(p, 1) + '  ' + p['hn'], 'Reason: ' + cs[1], '', 'ANSWER:', '  Seen. ' + c['pe'] + '.',
             '  Imp: ' + c['abbr'], '  Rec: ' + '; '.join(rec[:3]), '  ' + drn(cons, 3) + '  ' + fdate(ctx['d'], 6)]
    return furniture(ctx, '\n'.join(t))


def gen_operative_note(ctx):
    ctx2 = make_ctx('surg')
    ctx.update(ctx2)
    c, p, h = ctx['c'], ctx['p'], ctx['h']
    s = c['surg']
    surg = ctx['att']
    asst = resident()
    anes = doctor('Anes')
    scrub, circ = nurse(), nurse()
    od = plus(ctx['d'], rint(0, 1))
    st = rint(7, 16)
    v = rint(0, 6)
    tech_steps = {
        'appy': 'Patient supine, under spinal anesthesia, asepsis and antisepsis. %s was made, layers of the abdominal wall '
                'incised down to the peritoneum. The cecum was delivered and the appendix identified. Mesoappendix was clamped, '
                'cut and ligated. The appendix was crushed, ligated with chromic 2-0 and excised. Stump inverted with purse-string '
                'suture. Peritoneal toilet done with warm PNSS. Correct sponge and instrument count. Wound closed in layers; '
                'skin closed with nylon 3-0 subcuticular.',
        'chole': 'Under GETA, patient supine in reverse Trendelenburg. Pneumoperitoneum created via open Hasson technique at '
                 'the umbilicus; pressure kept at 12 mmHg. Three additional ports inserted under direct vision. Adhesions '
                 'lysed. Calot\'s triangle dissected; cystic duct and artery identified, clipped and divided. Gallbladder '
                 'dissected off the liver bed using electrocautery and retrieved via the epigastric port in an endobag. '
                 'Hemostasis checked. Ports removed under vision, fascia closed with Vicryl 0, skin with Monocryl 4-0.',
        'cs': 'Under spinal anesthesia, patient supine with left lateral tilt. Asepsis and antisepsis. %s made, abdomen '
              'entered in layers. Bladder flap created, low transverse uterine incision made and extended bluntly. Baby '
              'delivered, cord clamped and cut, handed to the pediatrician. Placenta delivered by controlled cord traction. '
              'Uterus closed in 2 layers with chromic 1. Hemostasis. Correct count. Abdomen closed in layers.',
        'myoma': 'Under CSEA, patient supine. %s made. Round ligaments clamped, cut and ligated; the utero-ovarian ligaments '
                 'and tubes were clamped and ligated bilaterally. Bladder flap developed. Uterine vessels skeletonized, '
                 'clamped, cut and doubly ligated. Cardinal and uterosacral ligaments secured. Uterus with cervix removed. '
                 'Vaginal cuff closed with Vicryl 0. Hemostasis. Correct count x2. Closed in layers.',
        'hernia': 'Under SAB, %s. External oblique aponeurosis opened, ilioinguinal nerve identified and preserved. Cord '
                  'isolated; indirect sac dissected off the cord up to the internal ring, contents reduced, sac transfixed '
                  'and excised. A 6 x 11 cm polypropylene mesh was fashioned and sutured with prolene 2-0. External oblique '
                  'closed. Skin closed.',
        'bph': 'Under SAB in lithotomy position, urethra calibrated, 26 Fr continuous-flow resectoscope inserted. Cystourethroscopy '
               'done. Resection of the median lobe then the lateral lobes from bladder neck to verumontanum. Chips evacuated '
               'with Ellik evacuator. Hemostasis. 3-way Foley catheter 22 Fr inserted and CBI started.',
        'breast': 'Under GETA, patient supine with left arm abducted. %s made. Skin flaps raised superiorly to the clavicle, '
                  'medially to the sternum, inferiorly to the rectus sheath and laterally to the latissimus dorsi. Breast '
                  'dissected off the pectoralis major fascia. Axillary dissection of levels I and II done, long thoracic and '
                  'thoracodorsal nerves preserved. JP drain placed. Skin closed with staples.',
    }
    steps = tech_steps.get(c['key'], 'Standard technique.')
    steps = steps.replace('. %s', '. A ' + s['incision']).replace('%s', 'a ' + s['incision'])
    if v == 0:
        t = [letterhead(h), '', center(ch(['OPERATIVE RECORD', 'OPERATIVE TECHNIQUE', 'OPERATION RECORD', 'SURGICAL MEMORANDUM'])), '',
             pt_header(ctx, 0), 'Date of Operation: ' + fdate(od), '',
             'Surgeon: ' + drn(surg, 0), 'Assistant(s): ' + resn(asst), 'Anesthesiologist: ' + drn(anes, 0),
             'Type of Anesthesia: ' + s['anes'], 'Scrub Nurse: ' + nursen(scrub), 'Circulating Nurse: ' + nursen(circ), '',
             'Pre-operative Diagnosis: ' + s['pre'], 'Post-operative Diagnosis: ' + s['post'], 'Operation Performed: ' + s['op'], '',
             'Time Started: ' + ftime(st, 0, 1), 'Time Ended: ' + ftime(st + s['dur'] // 60, s['dur'] % 60, 1), '',
             'OPERATIVE FINDINGS:', '  ' + s['findings'].capitalize() + '.', '', 'OPERATIVE TECHNIQUE:', steps, '',
             'Estimated blood loss: %d mL' % s['ebl'], 'Specimen: ' + s['specimen'] + ' - sent for histopathology',
             'Drains: ' + ch(['None', 'JP drain', 'Penrose drain', 'None']), 'Complications: None',
             'Sponge/needle/instrument count: ' + ch(['Correct', 'Complete and correct', 'Correct x 2']), sig(surg, role='Surgeon')]
    elif v == 1:
        t = [h['name'].upper(), 'DEPARTMENT OF SURGERY' if c['svc'] == 'Surg' else 'DEPARTMENT OF OBSTETRICS & GYNECOLOGY',
             '', 'OPERATIVE REPORT', '', 'PATIENT: ' + nm(p, 1), 'HOSPITAL NO.: ' + p['hn'], 'DATE: ' + fdate(od, 5), '',
             'PREOPERATIVE DIAGNOSIS:  ' + s['pre'] + '.', 'POSTOPERATIVE DIAGNOSIS:  ' + s['post'] + '.',
             'PROCEDURE:  ' + s['op'] + '.', 'SURGEON:  ' + drn(surg, 1), 'ANESTHESIA:  ' + s['anes'] + ' by Dr. ' + anes['last'] + '.',
             '', 'INDICATIONS:  This is a %d-year-old %s with %s. ' % (p['age'], sexw(p), c['dx'].split(';')[0].lower()) +
             'Risks and benefits were explained and consent was obtained.', '',
             'DESCRIPTION OF PROCEDURE:  ' + steps, '', 'FINDINGS:  ' + s['findings'].capitalize() + '.', '',
             'EBL:  %d cc.  SPECIMENS:  %s.  COMPLICATIONS:  None. The patient tolerated the procedure well and was brought '
             'to the PACU in stable condition.' % (s['ebl'], s['specimen']), '', 'D: ' + fdate(od, 1) + '  T: ' + fdate(plus(od, 1), 1),
             drn(surg, 1)]
    elif v == 2:
        # OR record form with boxes
        t = [h['short'] + ' OPERATING ROOM COMPLEX', ch(['OR RECORD', 'RECORD OF OPERATION', 'Intra-operative Record']), form_no('OR'),
             box(['Name: ' + nm(p, 1), 'Age/Sex: %d/%s   Room: %s   HN: %s' % (p['age'], p['sex'], p['room'], p['hn']),
                  'OR No.: %d    Case: %s' % (rint(1, 8), ch(['Elective', 'Emergency'])),
                  'In OR: %s  Incision: %s  Closure: %s  Out: %s' % (ftime(st, 0, 0), ftime(st, 20, 0),
                                                                     ftime(st + s['dur'] // 60, s['dur'] % 60, 0),
                                                                     ftime(st + 1 + s['dur'] // 60, 5, 0))]),
             'OPERATION: ' + s['op'].upper(), 'SURGEON: ' + drn(surg, 3) + '   ASST: ' + resn(asst),
             'ANESTHESIA: ' + s['anes'] + ' / ' + drn(anes, 3), 'SCRUB: ' + nursen(scrub) + '   CIRC: ' + nursen(circ), '',
             'Wound class: ' + ch(['Clean', 'Clean-contaminated', 'Contaminated']) + '    Position: ' + ch(['Supine', 'Lithotomy']),
             'Skin prep: ' + ch(['Povidone-iodine', 'Chlorhexidine-alcohol']), 'Findings: ' + s['findings'],
             'Specimen: ' + s['specimen'] + '   EBL: %d mL' % s['ebl'],
             'Counts: Sponges %s  Needles %s  Instruments %s' % (cb(True), cb(True), cb(True)), '',
             '_' * 26 + '            ' + '_' * 26, 'Circulating Nurse                     Surgeon']
    elif v == 3:
        # brief op note by resident in chart
        t = ['BRIEF OPERATIVE NOTE', fdate(od, 6) + ' ' + ftime(), '', 'Pre-op dx: ' + s['pre'], 'Post-op dx: ' + s['post'],
             'Procedure: ' + s['op'], 'Surgeon: Dr. ' + surg['last'] + '  Assist: ' + resn(asst),
             'Anesthesia: ' + s['anes'], 'Findings: ' + s['findings'], 'EBL: ~%d cc' % s['ebl'], 'Specimen: ' + s['specimen'] + ' for HPE',
             'Drains: none', 'Complications: none', 'Condition: stable, to RR', '', resn(asst)]
    elif v == 4:
        t = ['OPERATIVE TECHNIQUE', '', nm(p, 0) + ' / ' + agesex(p) + ' / ' + fdate(od, 1), '', steps, '',
             'FINDINGS: ' + s['findings'], '', drn(surg, 1)]
    elif v == 5:
        t = [letterhead(h, 2), 'SURGICAL OPERATION REPORT', '', 'Patient ......... ' + nm(p, 2),
             'Date ............ ' + fdate(od, 0), 'Procedure ....... ' + s['op'], 'Indication ...... ' + s['pre'],
             'Anesthesia ...... ' + s['anes'], 'Duration ........ %d minutes' % s['dur'], '', 'Narrative:', steps, '',
             'Intraoperative findings: ' + s['findings'] + '.', 'Blood loss: %d mL; %s' % (s['ebl'], ch(['no transfusion',
                                                                                                       '1 unit PRBC transfused'])),
             'Disposition: to Recovery Room, then to ' + p['room'], '', 'Signed: ' + drn(surg, 0), 'Surgeon']
    else:
        t = ['OB-GYN / SURGERY SERVICE - OPERATION NOTE', 'Name: %s   Age: %d   HN: %s' % (nm(p, 4), p['age'], p['hn']), '',
             'Operation: %s' % s['op'], 'Date/Time: %s %s-%s' % (fdate(od, 7), ftime(st, 0, 2), ftime(st + 1, 30, 2)),
             'Operative team: %s (surgeon), %s (assist), %s (anesthesia)' % (drn(surg, 3), resn(asst), drn(anes, 3)), '',
             'Findings:', '  ' + s['findings'], 'Procedure:', '  ' + steps, 'EBL %d mL. Counts correct. Patient stable.' % s['ebl']]
    return furniture(ctx, '\n'.join(t))


PROCEDURES = [
    dict(name='Esophagogastroduodenoscopy (EGD)', spec='GI', ind='Epigastric pain, dyspepsia not responding to PPI',
         sed='Propofol IV sedation by anesthesia', find='Esophagus: normal mucosa, Z-line regular at 38 cm. Stomach: patchy '
         'erythema of the antrum with few erosions; biopsy taken for CLO test and histopathology. Duodenum: bulb and 2nd part normal.',
         imp='Erosive antral gastritis. CLO test positive.', comp='None'),
    dict(name='Colonoscopy', spec='GI', ind='Hematochezia, change in bowel habits', sed='Midazolam 3 mg IV + fentanyl 50 mcg IV',
         find='Scope advanced to the cecum; appendiceal orifice and ileocecal valve identified. Bowel prep: fair (Boston 6). '
         'A 7 mm sessile polyp at the sigmoid colon, 25 cm from AV, removed by cold snare. Internal hemorrhoids, grade II.',
         imp='Sigmoid polyp s/p polypectomy. Internal hemorrhoids.', comp='None'),
    dict(name='Central venous catheter insertion, right internal jugular', spec='IM', ind='Need for vasopressors, poor peripheral access',
         sed='Local anesthesia, lidocaine 2%', find='Under ultrasound guidance, the right IJ vein was cannulated on the first pass '
         'using Seldinger technique. Triple lumen catheter secured at 15 cm. Good backflow all ports.',
         imp='Successful RIJ CVC insertion. Post-procedure CXR: tip at the cavo-atrial junction, no pneumothorax.', comp='None'),
    dict(name='Lumbar puncture', spec='Neuro', ind='Fever and altered sensorium, r/o meningitis', sed='Local, lidocaine 1%',
         find='Patient in left lateral decubitus, L3-L4 interspace. Spinal needle 22G inserted, opening pressure 22 cmH2O. '
         'Clear, colorless CSF, 8 mL collected in 3 tubes for cell count, protein, glucose, GS/CS, and AFB.',
         imp='Successful LP. CSF sent.', comp='None. Patient kept flat for 4 hours.'),
    dict(name='Thoracentesis, right', spec='Pulmo', ind='Moderate pleural effusion, right', sed='Local, lidocaine 2%',
         find='Under ultrasound guidance, 7th ICS posterior axillary line. 1,200 mL straw-colored fluid aspirated. Specimen '
         'sent for pleural fluid CBC, protein, LDH, glucose, ADA, GS/CS, cell block.', imp='Successful diagnostic and therapeutic '
         'thoracentesis.', comp='None; post-procedure CXR without pneumothorax'),
    dict(name='Paracentesis', spec='GI', ind='Tense ascites, liver cirrhosis', sed='Local, lidocaine 2%',
         find='Left lower quadrant, 3 L cloudy yellow fluid drained. Albumin 25 g IV given. Sent for cell count, SAAG, GS/CS.',
         imp='Large volume paracentesis.', comp='None'),
    dict(name='Intra-articular corticosteroid injection, right knee', spec='Ortho', ind='Osteoarthritis, right knee, symptomatic',
         sed='None', find='Aseptic technique, superolateral approach. 10 mL clear synovial fluid aspirated. Triamcinolone '
         '40 mg + lidocaine 1% 2 mL injected.', imp='Uneventful intra-articular injection.', comp='None'),
    dict(name='Flexible bronchoscopy with BAL', spec='Pulmo', ind='Non-resolving pneumonia, r/o PTB vs malignancy',
         sed='Midazolam 2 mg IV, topical lidocaine', find='Vocal cords mobile. Trachea and carina normal. Right upper lobe '
         'apical segment with mucopurulent secretions; no endobronchial mass. BAL done with 100 mL NSS, 40 mL returned.',
         imp='Endobronchitis, RUL. BAL sent for GeneXpert, AFB, KOH, cytology.', comp='None'),
    dict(name='Coronary angiogram', spec='Cardio', ind='NSTEMI, TIMI 4', sed='Local, radial approach',
         find='Right radial access, 6 Fr. LM: normal. LAD: 30% proximal plaque. LCx: minor irregularities. RCA: dominant, 90% '
         'mid stenosis. LVEDP 18 mmHg. Proceeded to PCI of RCA with 1 DES (3.0 x 28 mm), TIMI III flow post.',
         imp='Single vessel CAD (RCA) s/p PCI with 1 DES.', comp='None. TR band applied.'),
    dict(name='Nerve conduction study and EMG', spec='Rehab', ind='Numbness of both hands, r/o carpal tunnel syndrome', sed='None',
         find='Prolonged distal motor latency of right median nerve (5.2 ms) and left (4.6 ms). Median sensory NCV reduced '
         'across the wrist. Ulnar and radial nerves normal. Needle EMG of APB: no denervation potentials.',
         imp='Bilateral carpal tunnel syndrome, moderate right, mild left. No evidence of cervical radiculopathy.', comp='None'),
    dict(name='Bone marrow aspiration and biopsy', spec='Heme', ind='Pancytopenia', sed='Local, lidocaine 2%',
         find='Right posterior superior iliac crest. 3 mL aspirate obtained, dry tap not encountered. 1.5 cm core biopsy obtained.',
         imp='Successful BMA/BMB. Specimens to pathology and flow cytometry.', comp='None'),
    dict(name='Insertion of temporary hemodialysis catheter, right internal jugular', spec='Nephro', ind='CKD 5 for urgent HD',
         sed='Local anesthesia', find='Ultrasound-guided RIJ cannulation, 12 Fr 15 cm double lumen catheter inserted. Both '
         'ports aspirate and flush well. Heparin lock.', imp='Successful IJ HD catheter insertion.', comp='None'),
    dict(name='Fine needle aspiration biopsy, thyroid', spec='Endo', ind='Thyroid nodule, TIRADS 4', sed='None',
         find='Ultrasound-guided, 25G needle, 3 passes on the 2.1 cm right thyroid nodule. Smears air-dried and alcohol-fixed.',
         imp='Successful FNAB. For cytology.', comp='Minimal hematoma, compressed'),
]


def gen_procedure_note(ctx):
    c, p, h = ctx['c'], ctx['p'], ctx['h']
    pr = ch(PROCEDURES)
    doc = doctor(pr['spec'])
    d = plus(ctx['d'], rint(0, 3))
    v = rint(0, 6)
    consent = ch(['Informed consent obtained.', 'Risks, benefits, alternatives explained; consent signed by patient.',
                  'Consent secured from the daughter.', 'Written consent obtained.'])
    if v == 0:
        t = [letterhead(h), '', center(ch(['PROCEDURE NOTE', 'PROCEDURE REPORT', 'SPECIAL PROCEDURE RECORD'])), '',
             pt_header(ctx, 1), 'Date: ' + fdate(d), '', 'PROCEDURE: ' + pr['name'], 'INDICATION: ' + pr['ind'],
             'PERFORMED BY: ' + drn(doc, 1), 'ANESTHESIA/SEDATION: ' + pr['sed'], '', consent, '', 'FINDINGS / TECHNIQUE:',
             pr['find'], '', 'IMPRESSION: ' + pr['imp'], 'COMPLICATIONS: ' + pr['comp'], sig(doc)]
    elif v == 1:
        t = [h['short'] + ' ' + ch(['ENDOSCOPY UNIT', 'SPECIAL PROCEDURES SECTION', 'CARDIAC CATH LAB', 'NEURODIAGNOSTICS',
                                    'PULMONARY LABORATORY']),
             nm(p, 1) + '   ' + agesex(p) + '   HN ' + p['hn'], 'Referring MD: Dr. ' + ctx['att']['last'], fdate(d, 3), '',
             pr['name'].upper(), '', 'Indication(s): ' + pr['ind'], 'Premedication: ' + pr['sed'], '', 'Report:', pr['find'], '',
             'Conclusion:', '  ' + pr['imp'], '', 'Recommendation: ' + ch(['Follow up biopsy results', 'Clinical correlation',
                                                                          'Repeat study in 1 year', 'Continue medical therapy']),
             '', drn(doc, 1)]
    elif v == 2:
        t = ['PROCEDURE NOTE', fdate(d, 6) + ' ' + ftime(), '', 'Procedure: ' + pr['name'], 'Operator: ' + resn(ctx['res']) +
             ' under supervision of Dr. ' + doc['last'], 'Indication: ' + pr['ind'], consent, 'Time-out done.', pr['find'],
             'EBL minimal. ' + pr['comp'] + '.', 'Pt tolerated well.', '', resn(ctx['res'])]
    elif v == 3:
        t = [drn(doc, 1), doc['specname'], doc['clinic'], '', 'Patient: %s   Age: %d   Date: %s' % (nm(p, 0), p['age'], fdate(d, 0)),
             '', pr['name'], '-' * len(pr['name']), pr['find'], '', 'IMPRESSION:', pr['imp']]
    elif v == 4:
        t = [letterhead(h, 3), 'BEDSIDE PROCEDURE RECORD', form_no('NS'),
             'Name: ' + nm(p, 1), 'Procedure: ' + pr['name'], 'Date/Time: %s %s' % (fdate(d, 1), ftime()),
             'Consent: %s signed  %s verbal' % (cb(True), cb(False)), 'Time out: %s' % cb(True),
             'Site marked: %s   Sterile technique: %s' % (cb(True), cb(True)), 'Sedation: ' + pr['sed'],
             'Findings: ' + pr['find'], 'Specimen sent: %s Yes  %s No' % (cb(True), cb(False)),
             'Complications: ' + pr['comp'], 'Physician: ' + drn(doc, 2), 'Assisting nurse: ' + nursen(ctx['n'])]
    elif v == 5:
        t = ['%s - %s' % (h['name'], doc['specname']), '', 'Name: %s  Sex: %s  Age: %d' % (nm(p, 2), p['sex'], p['age']),
             'Exam: ' + pr['name'], 'Clinical history: ' + pr['ind'], '', 'DESCRIPTION', '  ' + pr['find'].replace('. ', '.\n  '),
             '', 'DIAGNOSIS', '  ' + pr['imp'], '', '   ' + drn(doc, 1), '   ' + doc['specname']]
    else:
        t = ['Procedure: %s' % pr['name'], 'Pt %s %s' % (nm(p, 4), agesex(p)), 'Ind: ' + pr['ind'], 'Anes: ' + pr['sed'],
             'Details: ' + pr['find'], 'Imp: ' + pr['imp'], 'Comp: ' + pr['comp'], drn(doc, 3)]
    return furniture(ctx, '\n'.join(t))


# ---------------------------------------------------------------- labs
NORMAL_PANELS = {
    'HEMATOLOGY': [('Hemoglobin', 120, 170, 'g/L', 0), ('Hematocrit', 0.37, 0.50, '', 2), ('RBC', 4.0, 5.8, 'x10^12/L', 2),
                   ('WBC', 5.0, 10.0, 'x10^9/L', 1), ('Segmenters', 0.50, 0.70, '', 2), ('Lymphocytes', 0.20, 0.40, '', 2),
                   ('Monocytes', 0.02, 0.08, '', 2), ('Eosinophils', 0.01, 0.04, '', 2), ('Platelet count', 150, 400, 'x10^9/L', 0)],
    'CLINICAL CHEMISTRY': [('FBS', 3.9, 6.1, 'mmol/L', 1), ('BUN', 2.5, 7.1, 'mmol/L', 1), ('Creatinine', 53, 115, 'umol/L', 0),
                           ('Uric acid', 0.15, 0.42, 'mmol/L', 2), ('Total cholesterol', 3.0, 5.2, 'mmol/L', 2),
                           ('Triglycerides', 0.5, 1.7, 'mmol/L', 2), ('HDL', 1.0, 1.6, 'mmol/L', 2), ('LDL', 1.5, 3.4, 'mmol/L', 2),
                           ('SGPT/ALT', 5, 41, 'U/L', 0), ('SGOT/AST', 5, 40, 'U/L', 0)],
    'ELECTROLYTES': [('Sodium', 135, 145, 'mmol/L', 0), ('Potassium', 3.5, 5.1, 'mmol/L', 1), ('Chloride', 98, 107, 'mmol/L', 0),
                     ('Ionized Calcium', 1.12, 1.32, 'mmol/L', 2), ('Magnesium', 0.66, 1.07, 'mmol/L', 2)],
}

def normal_val(lo, hi, dp):
    v = R.uniform(lo, hi)
    if chance(0.15):
        v = v * ch([0.85, 1.2])
    flag = 'H' if v > hi else ('L' if v < lo else '')
    fmt = '%.' + str(dp) + 'f'
    return fmt % v, flag, (fmt % lo) + ' - ' + (fmt % hi)

def urinalysis(ctx):
    abn = ctx['c']['key'] in ('uti',)
    rows = [('Color', ch(['Yellow', 'Light yellow', 'Dark yellow'])), ('Transparency', 'Turbid' if abn else ch(['Clear', 'Slightly turbid'])),
            ('Specific gravity', ch(['1.010', '1.015', '1.020', '1.025'])), ('pH', ch(['5.0', '6.0', '6.5', '7.0'])),
            ('Protein', ch(['Negative', 'Trace', '+1']) if not abn else '+1'), ('Glucose', 'Negative' if ctx['c']['key'] != 'dm' else '+2'),
            ('Pus cells', '>100/hpf' if abn else ch(['0-2/hpf', '1-3/hpf', '2-4/hpf'])), ('RBC', ch(['0-1/hpf', '0-2/hpf', '3-5/hpf'])),
            ('Epithelial cells', ch(['Few', 'Rare', 'Moderate'])), ('Bacteria', 'Many' if abn else ch(['Few', 'Rare'])),
            ('Amorphous urates', ch(['Few', 'None', 'Rare'])), ('Mucus threads', ch(['Few', 'Rare', 'Moderate']))]
    return rows


def lab_footer(h):
    mt = person()
    pa = doctor('Path')
    return ch(['\nPerformed by: %s, RMT          Verified by: %s, RMT\nPathologist: %s' % (nm(mt, 0), nm(person(), 0), drn(pa, 1)),
               '\n%s, RMT\nMedical Technologist\nLic. No. %s\n\n%s\nPathologist' % (nm(mt, 3), digits(7), drn(pa, 1)),
               '\nMT: %s   PATH: %s' % (mt['last'].upper(), drn(pa, 3)),
               '\n*** END OF REPORT ***\nReleased: %s\nThis is a computer-generated report.' % fdate(rand_date(), 1)])

def gen_lab_report(ctx):
    c, p, h = ctx['c'], ctx['p'], ctx['h']
    v = rint(0, 7)
    d = plus(ctx['d'], rint(0, 2))
    req = 'Dr. ' + ctx['att']['last']
    hdr_style = rint(0, 2)
    def hdr(title):
        if hdr_style == 0:
            return '\n'.join([letterhead(h, 1), center('DEPARTMENT OF PATHOLOGY AND LABORATORY MEDICINE'), '',
                              center(title), '', 'Name: %-32s Age/Sex: %d/%s' % (nm(p, 1), p['age'], p['sex']),
                              'Req. Physician: %-22s Room: %s' % (req, p['room']),
                              'Lab No.: %s    Date Received: %s %s' % (digits(8), fdate(d, 1), ftime(style=0)), ''])
        if hdr_style == 1:
            return '\n'.join(['%s LABORATORY' % h['short'], title, 'Patient: ' + nm(p, 2), 'PID: %s   Sex: %s   DOB: %s' % (
                p['hn'], p['sex'], fdate(p['dob'], 1)), 'Requested by: ' + req, 'Collected: %s  Reported: %s' % (
                fdate(d, 3) + ' ' + ftime(style=0), fdate(d, 3) + ' ' + ftime(style=0)), '-' * 66])
        return '\n'.join([h['name'], title.title(), '%s | %s | OR/Acct %s | %s' % (nm(p, 1), agesex(p), digits(7),
                                                                                  fdate(d, 6)), ''])
    if v == 0:
        t = [hdr(ch(['HEMATOLOGY', 'COMPLETE BLOOD COUNT', 'CBC WITH PLATELET COUNT'])),
             '%-22s %-12s %-10s %s' % ('TEST', 'RESULT', 'UNIT', 'REFERENCE VALUES')]
        case_labs = {x[0]: x for x in c['labs']}
        for nmx, lo, hi, u, dp in NORMAL_PANELS['HEMATOLOGY']:
            key = {'Platelet count': 'Platelet', 'Segmenters': 'Neutrophils'}.get(nmx, nmx)
            if key in case_labs:
                _, val, u2, ref, f = case_labs[key]
            else:
                val, f, ref = normal_val(lo, hi, dp)
            t.append('%-22s %-12s %-10s %s' % (nmx, val + (' ' + f if f else ''), u, ref))
        if chance(0.4):
            t.append('\nRemarks: ' + ch(['Smear reviewed.', 'Platelet count verified by smear.', 'Repeat as requested.']))
    elif v == 1:
        t = [hdr(ch(['CLINICAL CHEMISTRY', 'BLOOD CHEMISTRY', 'CHEMISTRY'])), 'TEST                 RESULT      SI UNIT    '
             'REFERENCE        CONV.']
        case_labs = {x[0]: x for x in c['labs']}
        for nmx, lo, hi, u, dp in sample(NORMAL_PANELS['CLINICAL CHEMISTRY'], rint(3, 8)):
            if nmx in case_labs:
                val, f = case_labs[nmx][1], case_labs[nmx][4]
                ref = case_labs[nmx][3]
            else:
                val, f, ref = normal_val(lo, hi, dp)
            conv = ''
            try:
                fv = float(val.replace(',', ''))
                if nmx == 'FBS':
                    conv = '%.0f mg/dL' % (fv * 18)
                elif nmx == 'Creatinine':
                    conv = '%.2f mg/dL' % (fv / 88.4)
                elif nmx in ('Total cholesterol', 'LDL', 'HDL'):
                    conv = '%.0f mg/dL' % (fv * 38.67)
            except ValueError:
                pass
            t.append('%-20s %-8s %-3s %-10s %-16s %s' % (nmx, val, f, u, ref, conv))
    elif v == 2:
        t = [hdr(ch(['URINALYSIS', 'ROUTINE URINALYSIS', 'CLINICAL MICROSCOPY'])), 'MACROSCOPIC / CHEMICAL']
        rows = urinalysis(ctx)
        for i, (a, b) in enumerate(rows):
            if i == 6:
                t.append('MICROSCOPIC')
            t.append('  %-22s: %s' % (a, b))
    elif v == 3:
        t = [hdr('SEROLOGY / IMMUNOLOGY')]
        for tname, val, u, r, f in c['labs']:
            if f == 'A' or 'test' in tname.lower() or 'HBsAg' in tname or 'HIV' in tname:
                t.append('%-26s %-28s %s' % (tname, val, r))
        if len(t) == 1:
            t += ['%-26s %-28s %s' % ('HBsAg (screening)', 'NON-REACTIVE', 'Non-reactive'),
                  '%-26s %-28s %s' % ('Anti-HCV', 'NON-REACTIVE', 'Non-reactive'),
                  '%-26s %-28s %s' % ('Typhidot IgM', ch(['NEGATIVE', 'POSITIVE']), 'Negative')]
        t.append('Method: ' + ch(['Immunochromatographic assay', 'ECLIA', 'CMIA', 'Rapid test']))
    elif v == 4:
        # electrolytes / ABG
        if c['key'] == 'asthma' or chance(0.3):
            t = [hdr('ARTERIAL BLOOD GAS ANALYSIS'), 'FiO2: %s    Temp: 37.0 C    Site: %s' % (ch(['21%', '28%', '40%']),
                                                                                     ch(['R radial', 'L radial', 'femoral'])),
                 'pH        %.2f     (7.35-7.45)' % R.uniform(7.30, 7.48), 'pCO2      %d mmHg  (35-45)' % rint(28, 50),
                 'pO2       %d mmHg  (80-100)' % rint(60, 110), 'HCO3      %.1f mmol/L (22-26)' % R.uniform(18, 28),
                 'BE        %.1f' % R.uniform(-5, 3), 'O2 sat    %d%%' % rint(89, 99), '',
                 'Interpretation: ' + ch(['Respiratory alkalosis, partially compensated, with mild hypoxemia',
                                          'Metabolic acidosis, uncompensated, with adequate oxygenation', 'Normal ABG'])]
        else:
            t = [hdr('SERUM ELECTROLYTES')]
            case_labs = {x[0]: x for x in c['labs']}
            for nmx, lo, hi, u, dp in NORMAL_PANELS['ELECTROLYTES']:
                if nmx in case_labs:
                    val, f, ref = case_labs[nmx][1], case_labs[nmx][4], case_labs[nmx][3]
                else:
                    val, f, ref = normal_val(lo, hi, dp)
                t.append('%-18s %8s %-2s %-8s [%s]' % (nmx, val, f, u, ref))
    elif v == 5:
        # microbiology
        org = ch([('Escherichia coli', 'Urine'), ('Staphylococcus aureus', 'Wound swab'), ('Klebsiella pneumoniae', 'Sputum'),
                  ('Pseudomonas aeruginosa', 'Tracheal aspirate'), ('No growth after 5 days', 'Blood')])
        if c['key'] == 'uti':
            org = ('Escherichia coli', 'Urine (midstream)')
        elif c['key'] == 'dm':
            org = ('Staphylococcus aureus', 'Wound swab, left foot')
        t = [hdr(ch(['MICROBIOLOGY - CULTURE AND SENSITIVITY', 'BACTERIOLOGY REPORT', 'CULTURE & SENSITIVITY'])),
             'Specimen: ' + org[1], 'Gram stain: ' + ch(['Gram negative bacilli, moderate', 'Gram positive cocci in clusters',
                                                         'Pus cells >25/lpf']), '',
             'ORGANISM ISOLATED: ' + org[0] + (' (colony count >100,000 CFU/mL)' if 'Urine' in org[1] else '')]
        if 'No growth' not in org[0]:
            t += ['', 'ANTIBIOTIC             MIC      INTERPRETATION']
            abx = ['Ampicillin', 'Amoxicillin-clavulanate', 'Cefuroxime', 'Ceftriaxone', 'Ciprofloxacin', 'Gentamicin',
                   'Meropenem', 'Piperacillin-tazobactam', 'Oxacillin', 'Vancomycin', 'Clindamycin', 'Cotrimoxazole']
            for a in sample(abx, rint(6, 10)):
                t.append('%-22s %-8s %s' % (a, ch(['<=1', '2', '4', '>=32', '<=0.25', '8', '16']), ch(['S', 'S', 'S', 'R', 'I'])))
    elif v == 6:
        # glucose / HbA1c / lipid profile small slip
        t = [ch(['LIPID PROFILE', 'HbA1c', 'CAPILLARY BLOOD GLUCOSE MONITORING', 'FECALYSIS']), nm(p, 1) + '  ' + agesex(p),
             fdate(d, 1), '']
        if t[0] == 'CAPILLARY BLOOD GLUCOSE MONITORING':
            for i in range(rint(4, 8)):
                t.append('%s  %s  %d mg/dL  %s' % (fdate(plus(d, i // 3), 6), ch(['6AM', '11AM', '4PM', '9PM']),
                                                   rint(90, 280) if c['key'] in ('dm', 'ckd', 'stroke') else rint(80, 160),
                                                   nursen(nurse())))
        elif t[0] == 'HbA1c':
            val = '10.8' if c['key'] == 'dm' else '%.1f' % R.uniform(5.0, 8.5)
            t += ['Glycosylated Hemoglobin (HbA1c): %s %%' % val, 'Reference: Normal < 5.7%; Prediabetes 5.7-6.4%; Diabetes >= 6.5%',
                  'eAG: %d mg/dL' % int(28.7 * float(val) - 46.7), 'Method: HPLC']
        elif t[0] == 'FECALYSIS':
            t += ['Color: ' + ch(['Yellow', 'Brown', 'Greenish']), 'Consistency: ' + ch(['Watery', 'Mushy', 'Formed', 'Soft']),
                  'Pus cells: ' + ch(['0-2/hpf', '5-8/hpf', '10-15/hpf']), 'RBC: ' + ch(['0-1/hpf', 'None']),
                  'Fat globules: ' + ch(['Few', 'None', 'Moderate']), 'Parasites: ' + ch(['No ova/parasite seen',
                                                                                         'Ascaris lumbricoides ova seen']),
                  'Occult blood: ' + ch(['Negative', 'Positive'])]
        else:
            for nmx in ('Total cholesterol', 'Triglycerides', 'HDL', 'LDL'):
                lo, hi = {'Total cholesterol': (3.5, 7.0), 'Triglycerides': (0.8, 3.0), 'HDL': (0.8, 1.6), 'LDL': (1.8, 4.6)}[nmx]
                t.append('%-20s %.2f mmol/L' % (nmx, R.uniform(lo, hi)))
            t.append('Desirable: TC < 5.2; TG < 1.7; HDL > 1.0; LDL < 2.6 mmol/L')
    else:
        # cumulative report
        t = [hdr('CUMULATIVE RESULTS'), '%-20s %-10s %-10s %-10s' % ('', fdate(d, 6), fdate(plus(d, 1), 6), fdate(plus(d, 2), 6))]
        for tname, val, u, r, f in c['labs']:
            try:
                fv = float(val.replace(',', ''))
                a, b = fv * R.uniform(0.8, 1.1), fv * R.uniform(0.7, 1.05)
                t.append('%-20s %-10s %-10s %-10s %s' % (tname[:20], val, '%.4g' % a, '%.4g' % b, u))
            except ValueError:
                t.append('%-20s %-10s %-10s %-10s' % (tname[:20], val, '--', '--'))
    t.append(lab_footer(h))
    return furniture(ctx, '\n'.join(t), 0.4)


IMAGING_EXTRA = [
    ('CHEST PA', 'Both lung fields are clear. Heart is not enlarged. The diaphragm and costophrenic sulci are intact. '
     'Visualized bony thorax is unremarkable.', 'Normal chest findings.'),
    ('LUMBOSACRAL SPINE AP/LATERAL', 'There is straightening of the lumbar lordosis. Marginal osteophytes are seen in L3-L5. '
     'Disc spaces are preserved. No fracture or listhesis.', 'Spondylosis, lumbar. Paravertebral muscle spasm.'),
    ('WHOLE ABDOMINAL ULTRASOUND', 'Liver is normal in size with diffusely increased parenchymal echogenicity. No focal mass. '
     'Gallbladder, pancreas, spleen and both kidneys unremarkable.', 'Fatty liver, mild. Otherwise normal abdominal ultrasound.'),
    ('THYROID ULTRASOUND', 'The right lobe contains a 2.1 x 1.6 x 1.4 cm solid hypoechoic nodule with irregular margins and '
     'microcalcifications. Left lobe and isthmus are normal.', 'Right thyroid nodule, ACR TI-RADS 5. FNAB recommended.'),
    ('CT SCAN - CRANIAL (PLAIN)', 'No intra- or extra-axial hemorrhage. Gray-white matter differentiation is preserved. '
     'Ventricles and sulci are normal. Paranasal sinuses are clear.', 'Normal cranial CT scan.'),
    ('MRI - LUMBOSACRAL SPINE', 'Desiccated L4-L5 disc with posterior central-right paracentral protrusion indenting the '
     'thecal sac and abutting the right traversing L5 nerve root. Mild bilateral neural foraminal narrowing.',
     'L4-L5 disc protrusion with right L5 nerve root abutment.'),
    ('KNEE AP/LATERAL, RIGHT', 'Narrowing of the medial tibiofemoral joint space with subchondral sclerosis and marginal '
     'osteophytes. No fracture or dislocation.', 'Osteoarthritis, right knee.'),
    ('PELVIC ULTRASOUND (TRANSABDOMINAL)', 'The uterus is anteverted, normal in size. Endometrium 0.6 cm. Right ovary '
     'contains a 3.2 cm anechoic simple cyst. Left ovary normal. No free fluid.', 'Right ovarian simple cyst, likely functional.'),
    ('2D ECHO WITH DOPPLER', 'Normal left ventricular dimensions with concentric hypertrophy. Normal wall motion. LVEF 64% '
     '(Teichholz). Impaired relaxation (grade I diastolic dysfunction). Valves structurally normal.',
     'Concentric LVH with preserved systolic function. Grade I diastolic dysfunction.'),
    ('WHOLE BODY BONE SCAN (Tc-99m MDP)', 'Physiologic tracer distribution throughout the skeleton. No abnormal foci of '
     'increased uptake. Kidneys and bladder visualized.', 'No scintigraphic evidence of osseous metastasis.'),
    ('CT SCAN - WHOLE ABDOMEN WITH CONTRAST', 'A 1.8 cm calculus in the right renal pelvis with moderate hydronephrosis. '
     'Liver, spleen, pancreas normal. No lymphadenopathy. No ascites.', 'Right renal pelvic stone with moderate hydronephrosis.'),
]

def gen_imaging_report(ctx):
    c, p, h = ctx['c'], ctx['p'], ctx['h']
    img = c['img'] if (c['img'] and chance(0.6)) else ch(IMAGING_EXTRA)
    rad = doctor('Rad')
    if 'ECHO' in img[0]:
        rad = doctor('Cardio')
    d = plus(ctx['d'], rint(0, 2))
    exam_no = ch(['XR', 'US', 'CT', 'MR', 'NM', 'EC'])[0:2] + '-' + digits(6)
    v = rint(0, 6)
    hist = ch([c['cc'].capitalize(), 'R/O ' + c['abbr'], 't/c ' + c['dx'].split(';')[0].split(',')[0], 'Pre-op', 'Annual PE',
               'Follow-up'])
    if v == 0:
        t = [letterhead(h, 1), center('DEPARTMENT OF RADIOLOGY'), '', 'Name: %-30s Age/Sex: %d/%s' % (nm(p, 1), p['age'], p['sex']),
             'Exam No.: %-26s Date: %s' % (exam_no, fdate(d)), 'Requesting Physician: Dr. ' + ctx['att']['last'] + '     Room: ' + p['room'],
             'Examination: ' + img[0], '', 'Clinical data: ' + hist, '', 'FINDINGS:', img[1], '', 'IMPRESSION:', img[2], '',
             drn(rad, 1), 'Radiologist']
    elif v == 1:
        t = [h['name'].upper() + ' - IMAGING SERVICES', '', img[0], '', 'Patient: ' + nm(p, 2), 'Patient ID: ' + p['hn'],
             'DOB: ' + fdate(p['dob'], 3), 'Exam date: ' + fdate(d, 3), 'Referring: ' + drn(ctx['att'], 4), '',
             'TECHNIQUE: ' + ch(['Standard views obtained.', 'Axial images acquired with multiplanar reformations.',
                                 'Real-time grayscale and color Doppler imaging.', 'Routine protocol.']),
             'COMPARISON: ' + ch(['None.', 'None available.', 'Prior study dated ' + fdate(plus(d, -rint(100, 900)), 3) + '.']), '',
             'FINDINGS:', img[1], '', 'IMPRESSION:', '1. ' + img[2], '', 'Electronically signed by: ' + drn(rad, 1) + ' on ' +
             fdate(d, 3) + ' ' + ftime(style=0)]
    elif v == 2:
        t = ['ROENTGENOLOGICAL REPORT' if 'ULTRA' not in img[0] else 'ULTRASOUND REPORT', '', nm(p, 1) + '  ' + agesex(p),
             fdate(d, 0), '', img[0] + ':', '', img[1], '', ch(['IMPRESSION:', 'Impression:', 'CONCLUSION:']), img[2], '',
             drn(rad, 1)]
    elif v == 3:
        t = [letterhead(h, 3), 'Radiology Result', '%s | Exam: %s | Accession %s' % (nm(p, 1), img[0], digits(9)), '',
             img[1].replace('. ', '.\n'), '', '>> ' + img[2], '', 'Read by: ' + drn(rad, 3), 'Transcribed: ' + ch('abcdefg') +
             ch('rstlmn') + '/' + fdate(d, 6)]
    elif v == 4:
        t = [h['short'] + ' OUTPATIENT DIAGNOSTIC CENTER', 'Official Result', '', 'Name: ' + nm(p, 0), 'Age: %d' % p['age'],
             'Procedure: ' + img[0], 'Date performed: ' + fdate(d, 5), 'Clinical indication: ' + hist, '', 'REPORT:',
             img[1], '', 'IMPRESSION: ' + img[2], '', 'Note: ' + ch(['Suggest clinical correlation.',
                                                                     'Please correlate with clinical and laboratory findings.',
                                                                     'Follow-up study recommended in 6 months.', '']),
             drn(rad, 1)]
    elif v == 5:
        t = ['RADIOLOGY REPORT', 'Exam: ' + img[0], 'Patient: ' + nm(p, 1), 'MRN: ' + p['hn'], '', 'HISTORY: ' + hist + '.', '',
             'FINDINGS: ' + img[1], '', 'IMPRESSION: ' + img[2], '', '/' + rad['last'].upper()]
    else:
        # addendum / wet reading
        t = ['WET READING' if chance(0.5) else 'PRELIMINARY REPORT', fdate(d, 6) + ' ' + ftime(),
             nm(p, 1), img[0], img[2], '(official result to follow)', resn(resident())]
        if chance(0.4):
            t += ['', 'ADDENDUM (%s): ' % fdate(plus(d, 1), 6) + ch(['No significant interval change.',
                                                                      'Findings discussed with Dr. %s.' % ctx['att']['last'],
                                                                      'Correction in laterality noted.'])]
    return furniture(ctx, '\n'.join(t), 0.4)


PATH_EXTRA = [
    ('Gastric biopsy, antrum (endoscopic)', 'Received in formalin are 3 tan-white tissue fragments, 0.2-0.3 cm, entirely submitted.',
     'Chronic active gastritis, moderate, with Helicobacter pylori-like organisms. No intestinal metaplasia. No dysplasia.'),
    ('Cervicovaginal smear (Pap)', 'Conventional smear, satisfactory for evaluation, endocervical/transformation zone present.',
     'Negative for intraepithelial lesion or malignancy (NILM). Reactive cellular changes associated with inflammation.'),
    ('Thyroid, right, FNAB', 'Received are 4 air-dried and 2 alcohol-fixed slides.',
     'Suspicious for papillary thyroid carcinoma (Bethesda Category V).'),
    ('Skin, left forearm, excisional biopsy', 'Elliptical skin ellipse 1.8 x 0.9 x 0.5 cm with a 0.6 cm brown nodule.',
     'Seborrheic keratosis. Margins free.'),
    ('Colon polyp, sigmoid, polypectomy', 'Single tan polypoid fragment 0.7 cm.', 'Tubular adenoma with low-grade dysplasia. '
     'Stalk margin free.'),
    ('Lymph node, right cervical, excision biopsy', 'Ovoid tan-pink node 2.0 x 1.5 x 1.0 cm, cut surface with caseous areas.',
     'Chronic granulomatous lymphadenitis with caseation necrosis, consistent with tuberculosis. AFB stain: positive.'),
]

def gen_pathology_report(ctx):
    c, p, h = ctx['c'], ctx['p'], ctx['h']
    if c['surg'] and chance(0.7):
        s = c['surg']
        spec, gross, diag = s['specimen'], 'Received in 10% formalin labeled with the patient\'s name is ' + ch(
            ['an ', 'a ']).strip() + ' ' + s['specimen'].lower() + ', ' + ch(['grossly described as submitted', 'measuring %d x %d x %d cm'
                                                                            % (rint(3, 15), rint(2, 10), rint(1, 6))]) + \
            '. Representative sections submitted in %d cassettes.' % rint(2, 12), s['path']
        clin = c['dx'].split(';')[0]
    else:
        spec, gross, diag = ch(PATH_EXTRA)
        clin = ch(['Consider malignancy', 'Clinical correlation requested', 'R/O neoplasm', 'Routine screening', 'Lesion for excision'])
    path = doctor('Path')
    acc = ch(['S', 'SP', 'C', 'H']) + '%s-%s' % (str(ctx['d'].year)[2:], digits(5))
    d = plus(ctx['d'], rint(2, 7))
    v = rint(0, 5)
    if v == 0:
        t = [letterhead(h), center('SECTION OF SURGICAL PATHOLOGY'), '', center(ch(['HISTOPATHOLOGY REPORT', 'SURGICAL PATHOLOGY REPORT',
                                                                                   'PATHOLOGY REPORT'])), '',
             'Name: %s     Age/Sex: %d/%s' % (nm(p, 1), p['age'], p['sex']), 'Surgical Pathology No.: ' + acc,
             'Surgeon/Physician: ' + drn(ctx['att'], 0), 'Date Received: %s   Date Released: %s' % (fdate(ctx['d'], 1), fdate(d, 1)),
             '', 'SPECIMEN: ' + spec, 'CLINICAL DIAGNOSIS: ' + clin, '', 'GROSS DESCRIPTION:', gross, '',
             'MICROSCOPIC DESCRIPTION:', ch(['Sections show ' + diag[0].lower() + diag[1:], 'See diagnosis.',
                                              'Microscopic sections confirm the gross impression.']), '', 'DIAGNOSIS:', diag.upper(),
             '', drn(path, 1), 'Pathologist']
    elif v == 1:
        t = [h['name'], 'Department of Laboratories - Anatomic Pathology', '', 'Accession: %s' % acc, 'Patient: %s (%s)' % (nm(p, 2), agesex(p)),
             'Specimen(s): ' + spec, '', 'FINAL DIAGNOSIS', '  ' + diag, '', 'GROSS', '  ' + gross, '',
             'CLINICAL INFORMATION', '  ' + clin, '', 'Signed out: ' + drn(path, 1) + ' / ' + fdate(d, 3)]
    elif v == 2:
        t = ['CYTOLOGY REPORT' if ('smear' in spec.lower() or 'FNAB' in spec) else 'HISTOPATH RESULT', nm(p, 1), acc, '',
             'Specimen: ' + spec, 'Result: ' + diag, '', '%s, MD, %s' % (nm(path, 3), path['fellow'])]
    elif v == 3:
        t = [letterhead(h, 2), 'PATHOLOGY CONSULTATION', '', 'Dear Dr. %s,' % ctx['att']['last'], '',
             'Submitted for evaluation was ' + spec.lower() + ' from %s.' % nm(p, 0), gross, '', 'Our diagnosis: ' + diag, '',
             'Thank you for the referral.', '', drn(path, 1)]
    elif v == 4:
        t = [h['short'] + ' PATHOLOGY', '=' * 50, 'CASE #        %s' % acc, 'NAME          %s' % nm(p, 1),
             'AGE/SEX       %d/%s' % (p['age'], p['sex']), 'WARD/ROOM     %s' % p['room'], 'RECEIVED      %s' % fdate(ctx['d'], 2),
             'REPORTED      %s' % fdate(d, 2), '=' * 50, 'SPECIMEN', '  ' + spec, 'GROSS', '  ' + gross, 'DIAGNOSIS', '  ' + diag]
        if 'carcinoma' in diag.lower():
            t += ['', 'SYNOPTIC: Histologic type: IDC NST | Grade: 2 | Tumor size: 3.4 cm | LVI: present | Margins: free | '
                  'LN: 3/14 | pTNM: pT2 pN1a', 'IHC: ER (+) 90%, PR (+) 60%, HER2 (1+) negative, Ki-67 20%']
        t += ['', drn(path, 1)]
    else:
        t = ['FROZEN SECTION / INTRAOPERATIVE CONSULTATION' if chance(0.3) else 'SURGICAL PATHOLOGY', fdate(d, 1),
             nm(p, 1) + '  ' + p['hn'], 'Spec: ' + spec, 'Dx: ' + diag, 'Comment: ' + ch(['Final report to follow after '
                                                                                        'permanent sections.', 'None.',
                                                                                        'Correlate clinically.']),
             drn(path, 3)]
    return furniture(ctx, '\n'.join(t), 0.4)


BRANDS = {'Amlodipine': 'Norvasc', 'Losartan': 'Cozaar', 'Atorvastatin': 'Lipitor', 'Metformin': 'Glucophage',
          'Clopidogrel': 'Plavix', 'Cefuroxime': 'Zinacef', 'Celecoxib': 'Celebrex', 'Montelukast': 'Singulair',
          'Carvedilol': 'Dilatrend', 'Furosemide': 'Lasix', 'Paracetamol': 'Biogesic', 'Mefenamic': 'Ponstan',
          'Tamsulosin': 'Harnal', 'Aspirin': 'Aspilets', 'Omeprazole': 'Losec', 'Cefixime': 'Suprax',
          'Acetylcysteine': 'Fluimucil', 'Budesonide/formoterol': 'Symbicort', 'Salbutamol': 'Ventolin',
          'Ferrous': 'Hemarate', 'Metoprolol': 'Betaloc', 'Spironolactone': 'Aldactone', 'Doxycycline': 'Vibramycin',
          'Amoxicillin': 'Amoxil', 'Zinc': 'Zinc-Vit', 'Cefalexin': 'Keflex', 'Clonidine': 'Catapres'}

def brand_of(med):
    for k, b in BRANDS.items():
        if med.startswith(k):
            return b
    return None

def split_med(m):
    parts = m.split(' ')
    name = parts[0]
    rest = ' '.join(parts[1:])
    return name, rest

HOME_MEDS = ['Losartan 50 mg 1 tab OD', 'Amlodipine 5 mg 1 tab OD', 'Metformin 500 mg 1 tab BID', 'Atorvastatin 20 mg 1 tab HS',
             'Aspirin 80 mg 1 tab OD after lunch', 'Vitamin B complex 1 tab OD', 'Calcium + Vit D 1 tab OD', 'Ascorbic acid 500 mg OD',
             'Omeprazole 20 mg 1 cap OD before breakfast', 'Gliclazide 30 mg MR 1 tab OD', 'Levothyroxine 50 mcg 1 tab OD on empty stomach',
             'Lagundi 600 mg 1 tab TID PRN cough', 'Glucosamine 1500 mg 1 sachet OD', 'Multivitamins + Iron 1 cap OD',
             'Sitagliptin 50 mg 1 tab OD', 'Fenofibrate 160 mg 1 tab OD']

def gen_medication_list(ctx):
    c, p, h = ctx['c'], ctx['p'], ctx['h']
    home = sample(HOME_MEDS, rint(2, 5))
    v = rint(0, 6)
    if v == 0:
        t = [letterhead(h), '', center(ch(['MEDICATION RECONCILIATION FORM', 'MEDICATION RECONCILIATION', 'MED REC'])), form_no('PH'),
             pt_header(ctx, 0), 'Allergies: ' + ch(['NKDA', 'None known', 'Penicillin', 'Sulfa', 'Shellfish']), '',
             'A. MEDICATIONS PRIOR TO ADMISSION (Home Medications)',
             '%-40s %-10s %-10s %s' % ('Drug/Dose/Frequency', 'Last dose', 'Continue?', 'Remarks')]
        for m in home:
            t.append('%-40s %-10s %-10s %s' % (m[:40], fdate(ctx['d'], 6), ch(['Yes', 'Yes', 'Hold', 'No']), ch(['', '', 'hold while NPO',
                                                                                                                 'shift to insulin'])))
        t += ['', 'B. MEDICATIONS ON DISCHARGE', '%-40s %-12s %s' % ('Drug/Dose/Frequency', 'New/Cont.', 'Next dose')]
        for m in c['meds_out']:
            t.append('%-40s %-12s %s' % (m[:40], 'NEW', ch(['8 PM', 'tomorrow AM', '2 PM', 'HS'])))
        t += ['', 'Reconciled by: ' + ch([nursen(ctx['n']), 'Clinical Pharmacist ' + nm(person(), 0) + ', RPh']),
              'Physician: ' + drn(ctx['att'], 2)]
    elif v == 1:
        t = ['CURRENT MEDICATIONS', nm(p, 0) + ', ' + agesex(p), 'As of ' + fdate(ctx['dd'], 0), '']
        for m in c['meds_out'] + home[:2]:
            b = brand_of(m)
            t.append('* ' + m + (' (%s)' % b if b and chance(0.6) else ''))
        t += ['', 'Please bring this list on every consultation.']
    elif v == 2:
        # MAR-like
        t = [h['short'] + ' - MEDICATION ADMINISTRATION RECORD', pt_header(ctx, 3), 'Date: ' + fdate(plus(ctx['d'], 1), 1), '',
             '%-42s %-6s %-6s %-6s %-6s' % ('MEDICATION / DOSE / ROUTE / FREQ', '6AM', '12NN', '6PM', '12MN')]
        for m in c['meds_in']:
            marks = [ch(['\u2713' + nursen(ctx['n'])[:3], 'given', '--', 'held', ' ']) for _ in range(4)]
            t.append('%-42s %-6s %-6s %-6s %-6s' % (m[:42], *[x[:6] for x in marks]))
        t += ['', 'Legend: H - held  R - refused  NPO - nothing per orem', 'Nurse on duty: ' + nursen(ctx['n'])]
    elif v == 3:
        t = ['Pharmacy Department', h['name'], 'DISCHARGE MEDICATION PROFILE', '', 'Patient: ' + nm(p, 1), 'Room: ' + p['room'], '',
             'Generic Name        Brand            Strength    Qty   Sig']
        for m in c['meds_out']:
            g, rest = split_med(m)
            b = brand_of(m) or '-'
            t.append('%-19s %-16s %-11s %-5s %s' % (g, b, ' '.join(rest.split(' ')[:2]), str(rint(7, 60)), ' '.join(rest.split(' ')[2:])))
        t += ['', 'Counseled by: ' + nm(person(), 0) + ', RPh  Date: ' + fdate(ctx['dd'], 1)]
    elif v == 4:
        t = ['MEDICATIONS (per patient/relative):'] + ['  ' + m for m in home] + ['', 'Herbal/OTC: ' + ch(['Malunggay capsules',
                                                                                                         'Virgin coconut oil',
                                                                                                         'Sambong tea', 'None'])]
        t += ['Compliance: ' + ch(['Good', 'Poor - forgets evening doses', 'Fair']), 'Obtained by: ' + resn(ctx['res'])]
    elif v == 5:
        t = ['Home medication list', '%s  DOB %s' % (nm(p, 1), fdate(p['dob'], 1)), '',
             '| Medicine | Morning | Noon | Evening | Bedtime |', '|---|---|---|---|---|']
        for m in c['meds_out'] + home[:1]:
            g = ' '.join(m.split(' ')[:3])
            od = 'OD' in m or 'once' in m
            t.append('| %s | %s | %s | %s | %s |' % (g, '1' if True else '', '1' if 'TID' in m else '', '1' if ('BID' in m or 'TID' in m)
                                                     else '', '1' if 'HS' in m or 'bedtime' in m else ''))
        t += ['', 'Prepared by: ' + drn(ctx['att'], 0)]
    else:
        t = [h['name'], 'MEDICATION RECONCILIATION - TRANSFER / ADMISSION', nm(p, 1), '',
             'Source of information: %s patient  %s family  %s previous records  %s pharmacy' % (cb(True), cb(chance(0.5)), cb(False),
                                                                                              cb(False)), '']
        for m in home:
            t.append('%s  %-40s  %s Continue %s Modify %s Discontinue' % (cb(False), m, cb(chance(0.6)), cb(False), cb(chance(0.2))))
        t += ['', 'New inpatient meds: ' + '; '.join(c['meds_in'][:3]), '', 'MD signature: ' + blank(20) + '  RN: ' + nursen(ctx['n'])]
    return furniture(ctx, '\n'.join(t), 0.4)


def gen_prescription(ctx):
    c, p, h = ctx['c'], ctx['p'], ctx['h']
    d = ctx['att']
    date = plus(ctx['dd'], 0)
    meds = c['meds_out'][:rint(1, len(c['meds_out']))]
    meds = [m for m in meds if not m.lower().startswith(('daily', 'increase', 'keep', 'continue', 'avoid', 'no heavy', 'jp', 'hemodialysis'))] \
        or ['Paracetamol 500 mg 1 tab q4h PRN fever']
    v = rint(0, 6)
    def rx_item(m, style):
        g, rest = split_med(m)
        b = brand_of(m)
        parts = rest.split(' ')
        strength = ' '.join(parts[:2])
        sig = ' '.join(parts[2:]) or 'as directed'
        qty = rint(7, 60)
        if style == 0:
            return '%s %s (%s)\n   #%d\n   Sig: %s' % (g, strength, b or 'generic', qty, sig)
        if style == 1:
            return '%s %s  #%d\n   S: %s' % (g.upper(), strength, qty, sig)
        if style == 2:
            return '%s (%s) %s tab/cap  #%s\n   Sig. %s' % (g, b or '', strength, ch([str(qty), '(%d)' % qty]), sig)
        return '%s %s - %s  (qty %d)' % (g, strength, sig, qty)
    rx_style = rint(0, 3)
    doc_hdr = '\n'.join([center(drn(d, 1)), center(d['specname'].upper() if chance(0.5) else d['specname']),
                         center(d['clinic']), center(h['name']), center('Tel. ' + phone() + '  Clinic hrs: ' + ch(
                             ['MWF 9-12', 'TTh 1-4', 'Mon-Sat by appt.', 'Daily 2-5 PM']))])
    pl = 'Name: %s   Age: %d   Sex: %s\nAddress: %s   Date: %s' % (nm(p, 0), p['age'], p['sex'], p['addr'], fdate(date, 1))
    foot = '\n\n' + ' ' * 34 + drn(d, 2) + '\n' + ' ' * 34 + 'Lic. No. %s\n' % d['lic'] + ' ' * 34 + 'PTR No. %s' % d['ptr']
    if d['s2'] and chance(0.5):
        foot += '\n' + ' ' * 34 + 'S2 No. %s' % d['s2']
    if v == 0:
        t = [doc_hdr, '-' * 66, pl, '', 'Rx'] + [('%d. ' % i) + rx_item(m, rx_style) for i, m in enumerate(meds, 1)] + [foot]
    elif v == 1:
        t = [h['name'].upper(), 'OUT-PATIENT PRESCRIPTION', pl, '', '\u211e'] + [rx_item(m, rx_style) for m in meds] + \
            ['', 'Follow up: ' + fdate(plus(date, rint(7, 30)), 0), foot]
    elif v == 2:
        # discharge prescription with generics law note
        t = [letterhead(h, 3), 'DISCHARGE PRESCRIPTION', pl, 'Rx:'] + [rx_item(m, 3) for m in meds] + \
            ['', '(Generic name to be dispensed unless otherwise indicated - RA 6675)', foot]
    elif v == 3:
        # S2 / yellow prescription for controlled drug
        q = ch([('10', 'ten'), ('14', 'fourteen'), ('20', 'twenty'), ('15', 'fifteen')])
        ctrl = ch(['Tramadol HCl 50 mg cap', 'Tramadol 37.5 mg + Paracetamol 325 mg tab']) if c['surg'] else \
            ch(['Alprazolam 250 mcg tab', 'Zolpidem 10 mg tab']) if chance(0.3) else 'Tramadol HCl 50 mg cap'
        sigc = '1 tab at bedtime as needed for sleep' if ctrl.startswith(('Alpra', 'Zolp')) else '1 cap every 8 hours as needed for severe pain'
        t = [doc_hdr, pl, '', 'Rx', ctrl, '  #%s (%s)' % q,
             '  Sig: ' + sigc, foot + '\n' + ' ' * 34 + 'S2 Lic. No. %s' % (d['s2'] or digits(6)),
             '', '(Special prescription form - DDB) Serial No. %s' % digits(7)]
    elif v == 4:
        # pedia
        w = rint(8, 25)
        t = [doc_hdr, pl, 'Wt: %d kg' % w, '', 'Rx'] + [
            ch(['Amoxicillin 250 mg/5 mL susp 60 mL  #1 bottle\n  Sig: %.1f mL three times a day x 7 days' % (w * 0.5),
                'Paracetamol 120 mg/5 mL syrup 60 mL  #1\n  Sig: %.1f mL every 4 hours PRN fever >= 37.8' % (w * 0.6),
                'Cetirizine 5 mg/5 mL syrup  #1\n  Sig: 2.5 mL once a day at bedtime x 5 days',
                'Zinc sulfate 20 mg/5 mL syrup  #1\n  Sig: 5 mL once a day x 14 days',
                'Oral rehydration salts sachet  #10\n  Sig: dissolve 1 sachet in 200 mL water; give after each loose stool'])
            for _ in range(rint(1, 3))] + [foot]
    elif v == 5:
        t = ['%s, M.D.' % nm(d, 3), d['specname'], 'Rx'] + ['%s' % m for m in meds] + ['', fdate(date, 6), 'Lic %s PTR %s' % (d['lic'], d['ptr'])]
    else:
        # e-prescription
        t = ['ePRESCRIPTION', 'Prescriber: ' + drn(d, 4) + '  PRC ' + d['lic'], 'Patient: ' + nm(p, 2) + '  ' + agesex(p),
             'Date issued: ' + fdate(date, 3), 'Valid until: ' + fdate(plus(date, 30), 3), '-' * 50] + \
            ['[%d] %s' % (i, m) for i, m in enumerate(meds, 1)] + ['-' * 50, 'Rx ID: %s-%s' % (digits(4), digits(6)),
                                                                   'Scan QR code to verify authenticity']
    return furniture(ctx, '\n'.join(t), 0.2)


def gen_anesthesia_record(ctx):
    ctx.update(make_ctx('surg'))
    c, p, h = ctx['c'], ctx['p'], ctx['h']
    s = c['surg']
    anes = doctor('Anes')
    st = rint(7, 15)
    asa = ch(['I', 'II', 'II', 'III'])
    ga = 'General' in s['anes']
    drugs = (['Propofol %d mg IV' % rint(100, 180), 'Fentanyl %d mcg IV' % rint(50, 150), 'Rocuronium %d mg IV' % rint(30, 50),
              'Sevoflurane 2%', 'Ondansetron 4 mg IV', 'Neostigmine 2.5 mg + atropine 1 mg IV'] if ga else
             ['Bupivacaine 0.5%% heavy %.1f mL intrathecal' % R.uniform(2.2, 3.0), 'Fentanyl 25 mcg intrathecal',
              'Midazolam 1 mg IV', 'Ondansetron 4 mg IV', 'Ephedrine 5 mg IV x 2 doses'])
    v = rint(0, 5)
    if v == 0:
        t = [letterhead(h, 1), center('DEPARTMENT OF ANESTHESIOLOGY'), center(ch(['ANESTHESIA RECORD', 'INTRA-OPERATIVE ANESTHESIA RECORD'])),
             '', pt_header(ctx, 4), 'Date: %s   OR Room: %d' % (fdate(plus(ctx['d'], 1)), rint(1, 8)),
             'Operation: ' + s['op'], 'Surgeon: ' + drn(ctx['att'], 3) + '   Anesthesiologist: ' + drn(anes, 3), '',
             'ASA PS: %s %s   Wt: %d kg   Ht: %d cm' % (asa, ch(['', 'E']) if s['op'].startswith(('Open app',)) else '', rint(45, 90),
                                                        rint(145, 178)),
             'Airway: Mallampati %s   Dentition: %s' % (ch(['I', 'II', 'III']), ch(['intact', 'with dentures', 'loose upper incisor'])),
             'Anesthetic technique: ' + s['anes'], ('ETT %.1f cuffed, secured at %d cm, Cormack-Lehane grade %s' % (
                 ch([6.5, 7.0, 7.5]), rint(20, 23), ch(['I', 'IIa'])) if ga else 'SAB at L%d-L%d, 25G Quincke, sensory level T%d' % (
                 3, 4, ch([4, 6, 8, 10]))), '', 'AGENTS/DRUGS:'] + ['  ' + x for x in drugs]
        t += ['', 'TIME     BP        HR   SpO2  EtCO2']
        for i in range(0, s['dur'] + 15, 15):
            hh, mm = st + (i // 60), i % 60
            t.append('%s    %d/%d    %d   %d    %s' % (ftime(hh, mm, 0), rint(95, 140), rint(55, 90), rint(60, 100), rint(97, 100),
                                                       str(rint(30, 40)) if ga else '-'))
        t += ['', 'IVF: PLRS %d mL   Blood loss: %d mL   Urine: %d mL' % (rint(500, 2000), s['ebl'], rint(100, 600)),
              'Anesthesia start %s   end %s' % (ftime(st, 0, 0), ftime(st + 1 + s['dur'] // 60, s['dur'] % 60, 0)),
              'Transferred to PACU: Aldrete %d/10, stable' % rint(8, 10), sig(anes)]
    elif v == 1:
        t = ['PRE-ANESTHETIC EVALUATION / ANESTHESIA RECORD', nm(p, 1) + '  ' + agesex(p) + '  ' + p['hn'], '',
             'Proposed: ' + s['op'], 'Dx: ' + s['pre'], 'PMHx: ' + ', '.join(pmh(ctx)), 'Last meal: ' + fdate(ctx['d'], 6) + ' ' + ftime(),
             'Labs: ' + labs_inline(c, 3), 'ASA ' + asa, 'Plan: ' + s['anes'], '', 'INTRA-OP:', '  ' + '; '.join(drugs),
             '  VS stable throughout. ' + ch(['No untoward events.', 'Transient hypotension treated with ephedrine.',
                                             'Smooth induction and emergence.']), '  EBL %d mL' % s['ebl'], '', drn(anes, 1)]
    elif v == 2:
        t = [h['short'] + ' ANESTHESIA', 'Patient: ' + nm(p, 2), 'Procedure: ' + s['op'], 'Anesthesia: ' + s['anes'],
             'Start: %s  End: %s' % (ftime(st, 10, 2), ftime(st + 1 + s['dur'] // 60, 0, 2)), '',
             'Monitors: %s ECG %s NIBP %s SpO2 %s EtCO2 %s Temp' % (cb(True), cb(True), cb(True), cb(ga), cb(chance(0.5))),
             'Position: ' + ch(['Supine', 'Lithotomy', 'Supine, arm abducted']), 'IV access: %dG %s' % (ch([18, 20]), ch(['L hand', 'R forearm'])),
             '', 'Medications:'] + ['  %s  %s' % (ftime(st, rint(0, 59), 0), x) for x in drugs] + \
            ['', 'Fluids: PLRS %d mL, PNSS %d mL' % (rint(500, 1500), rint(0, 500)), 'Blood products: ' + ch(['None', 'None', 'PRBC 1 unit']),
             'Complications: ' + ch(['None', 'None', 'PDPH precautions advised']), '', 'Anesthesiologist: ' + drn(anes, 2)]
    elif v == 3:
        t = ['POST-ANESTHESIA CARE UNIT (PACU) RECORD', nm(p, 1), 'Procedure: ' + s['op'] + '   Anesthesia: ' + s['anes'], '',
             'Time in: ' + ftime(st + 2, 0, 0), '', 'Aldrete score   Arrival  15min  30min  Discharge']
        for k in ('Activity', 'Respiration', 'Circulation', 'Consciousness', 'O2 saturation'):
            t.append('%-16s %s        %s      %s      %s' % (k, rint(1, 2), rint(1, 2), 2, 2))
        t += ['', 'Pain score: %d/10 -> %d/10' % (rint(3, 7), rint(0, 3)), 'Nausea/vomiting: ' + ch(['none', 'mild nausea']),
              'Discharged to: ' + p['room'] + ' at ' + ftime(st + 3, 30, 0), 'PACU nurse: ' + nursen(ctx['n']),
              'Anesthesiologist: ' + drn(anes, 3)]
    elif v == 4:
        t = ['ANESTHESIA NOTES', fdate(plus(ctx['d'], 1), 6), '', 'Pre-op: %s, %s, ASA %s. NPO > 8 hrs. Consent signed.' % (
            nm(p, 4), agesex(p), asa), 'Technique: ' + s['anes'] + '. ' + ('Rapid sequence induction; ' if chance(0.2) else '') +
             ', '.join(drugs[:3]) + '.', 'Intra-op: hemodynamically stable, EBL %d mL.' % s['ebl'],
             'Post-op: awake, ' + ch(['extubated smoothly', 'motor block Bromage 3', 'comfortable']) + ', to RR.', '', drn(anes, 3)]
    else:
        t = [letterhead(h, 3), 'ANESTHESIA CHART (page 1)', form_no('AN'),
             box(['Patient: ' + nm(p, 1), 'Age %d  Sex %s  Wt %d kg' % (p['age'], p['sex'], rint(45, 90)),
                  'Surgery: ' + s['op'], 'ASA: ' + asa, 'Technique: ' + s['anes']]),
             'Premedication: ' + ch(['None', 'Midazolam 1 mg IV', 'Ranitidine 50 mg IV + metoclopramide 10 mg IV']),
             'Induction: ' + drugs[0], 'Maintenance: ' + ch(['Sevoflurane in O2/air', 'N/A - regional', 'TIVA propofol']),
             'Reversal: ' + ('Neostigmine/atropine' if ga else 'N/A'), 'Total fluids %d mL | EBL %d mL | UO %d mL' % (
                 rint(800, 2000), s['ebl'], rint(100, 500)), '', 'Remarks: ' + ch(['Uneventful', 'Stable all throughout',
                                                                                  'Difficult IV access']),
             '_' * 30, drn(anes, 2)]
    return furniture(ctx, '\n'.join(t), 0.5)


def gen_correspondence(ctx):
    c, p, h, att = ctx['c'], ctx['p'], ctx['h'], ctx['att']
    other = doctor(ch(['IM', 'FM', 'Cardio', 'Surg', 'OB']))
    d = plus(ctx['dd'], rint(3, 40))
    v = rint(0, 6)
    if v == 0:
        # reply to referring doctor
        t = [drn(att, 1), att['specname'], att['clinic'], h['name'], '', fdate(d, 0), '', drn(other, 1), ch([
            'Family Medicine Clinic', '%s Medical Clinic' % ch(SURNAMES), 'Barangay Health Center']), ch(CITIES), '',
             'Dear Dr. %s,' % other['last'], '',
             'Thank you for referring %s, %s. %s was admitted at %s from %s to %s for %s.' % (
                 nm(p, 0), agesex(p), 'He' if p['sex'] == 'M' else 'She', h['short'], fdate(ctx['d'], 0), fdate(ctx['dd'], 0),
                 c['dx'].split(';')[0].lower()), '', c['course'], '',
             '%s was sent home on the following medications: %s.' % ('He' if p['sex'] == 'M' else 'She', '; '.join(c['meds_out'])),
             '', 'I will be seeing %s again at my clinic in %s. Kindly continue to monitor %s. Please do not hesitate to call '
             'me for any concerns.' % ('him' if p['sex'] == 'M' else 'her', ch(['two weeks', 'one month', '3 months']),
                                      ch(['the blood pressure', 'the blood sugar', 'the wound', 'symptoms'])), '',
             ch(['Very truly yours,', 'Sincerely,', 'Respectfully,', 'Warm regards,']), '', drn(att, 1)]
    elif v == 1:
        # letter to patient about results
        t = [letterhead(h), '', fdate(d, 0), '', nm(p, 0), p['addr'], '', 'Dear %s %s,' % ('Mr.' if p['sex'] == 'M' else 'Ms.', p['last']),
             '', ch(['This is to inform you that the results of your recent tests are now available.',
                     'We are writing regarding your laboratory results from your visit last %s.' % fdate(ctx['d'], 0)]),
             ch(['Your results show %s. Please schedule a follow-up visit at your earliest convenience.' % labs_inline(c, 2),
                 'Most results were within normal limits. Please continue your medications as prescribed.']), '',
             'For appointments, please call the OPD at %s or text %s.' % (h['tel'], phone()), '',
             'Sincerely,', '', drn(att, 2), att['specname']]
    elif v == 2:
        # HMO / company letter (medical certificate-like but correspondence)
        t = [letterhead(h, 0), '', fdate(d, 4), '', 'The Medical Director', ch(HMOS), ch(['Makati City', 'Ortigas Center, Pasig City',
                                                                                       'BGC, Taguig City']), '',
             'Re: %s - Request for extension of LOA / additional approval' % nm(p, 1), '', 'Dear Sir/Madam:', '',
             'This is to request approval for additional %s for our patient, %s, member no. %s, currently admitted under '
             'my care for %s.' % (ch(['hospital days', 'diagnostic procedures', 'professional fees coverage']), nm(p, 0),
                                   digits(10), c['dx'].split(';')[0].lower()), '',
             'Patient\'s course: ' + c['course'], '', 'Thank you for your kind consideration.', '', 'Respectfully yours,', '',
             drn(att, 1)]
    elif v == 3:
        # email printout
        t = ['From: %s <%s.%s@%s.com.ph>' % (drn(other, 4), other['first'].split(' ')[0].lower(), other['last'].lower().replace(' ', ''),
                                              h['short'].lower()),
             'Sent: %s %s' % (fdate(d, 5), ftime()), 'To: %s' % drn(att, 4), 'Subject: RE: %s' % ch(['Pt ' + nm(p, 4), 'referral',
                                                                                                     'co-management', 'follow up']),
             '', 'Hi Dr. %s,' % att['last'], '', ch(['Thanks for seeing my patient.', 'Good day po!', 'Just an update on our patient.']),
             '%s %s' % (nm(p, 4), ch(['is doing well on follow up.', 'had a repeat ' + (c['img'][0].lower() if c['img'] else 'lab') +
                                       ' which showed improvement.', 'missed her last appointment.'])),
             ch(['Will you be able to see her/him on Thursday?', 'Let me know if you want to adjust the meds.', 'Thanks!']), '',
             'Regards,', other['first'].split(' ')[0], '', '-----Original Message-----', 'From: ' + drn(att, 4),
             'Please update me on ' + p['first'] + '\'s status. Thanks.']
    elif v == 4:
        # letter to embassy/school/employer (to whom it may concern -> not med cert)
        t = [letterhead(h, 1), '', fdate(d, 0), '', ch(['TO WHOM IT MAY CONCERN:', 'To the Human Resources Department', 'Dear Principal:']),
             '', 'This is to inform you that %s has been under my care since %d for %s. %s' % (
                 nm(p, 0), ctx['d'].year, c['dx'].split(';')[0].lower(), ch([
                     'The patient is presently stable and may resume usual activities with some restrictions.',
                     'Kindly allow the patient to attend regular follow-up check-ups every month.',
                     'The patient is advised to avoid strenuous activities and prolonged exposure to heat.'])), '',
             'This letter is issued upon the request of the patient for whatever purpose it may serve %s.' % ch(
                 ['', 'except medico-legal', 'her/him best']).strip(), '', 'Very truly yours,', '', drn(att, 1), 'Lic. No. ' + att['lic']]
    elif v == 5:
        # letter re billing / no-show / appointment reminder
        t = [h['name'], ch(['Patient Relations Office', 'Billing Section', 'Appointment Desk']), '', fdate(d, 0), '',
             nm(p, 0), p['addr'], '', 'Dear %s,' % nm(p, 4), '',
             ch(['This is a reminder of your scheduled follow-up consultation with %s on %s at %s.' % (
                 drn(att, 0), fdate(plus(d, 7), 0), ftime(rint(9, 16), 0, 1)),
                 'Our records show that you missed your follow-up appointment with %s. Please call to reschedule.' % drn(att, 0),
                 'We would like to thank you for choosing %s. We value your feedback on your recent stay.' % h['short']]),
             '', 'Thank you.', '', nm(person(), 0), ch(['Patient Relations Officer', 'OPD Coordinator', 'Customer Service'])]
    else:
        # handwritten-style note between doctors
        t = ['Dear Dr. %s,' % other['last'], '', 'Returning your patient %s. %s. Please continue %s. Thank you for the referral.' % (
            nm(p, 4), ch(['Evaluated and found ' + c['pe'].split(',')[0], 'Seen today', 'Imp: ' + c['abbr']]), c['meds_out'][0]), '',
             drn(att, 3), fdate(d, 6)]
    return furniture(ctx, '\n'.join(t), 0.3)


def gen_consent_form(ctx):
    c, p, h, att = ctx['c'], ctx['p'], ctx['h'], ctx['att']
    proc = (c['surg'] or {}).get('op') or ch([x['name'] for x in PROCEDURES] + ['Blood transfusion', 'Hemodialysis',
                                                                                  'Chemotherapy'])
    anes_t = (c['surg'] or {}).get('anes', ch(['Local anesthesia', 'IV sedation', 'None']))
    rel = person()
    v = rint(0, 6)
    wit = nursen(ctx['n'])
    d = fdate(ctx['d'], ch([0, 1]))
    if v == 0:
        t = [letterhead(h), '', center(ch(['CONSENT TO OPERATION / PROCEDURE', 'INFORMED CONSENT', 'SPECIAL CONSENT'])), '',
             'I, %s, %d years of age, %s, hereby authorize Dr. %s and such assistants as may be selected by him/her to perform '
             'upon %s the following operation/procedure: %s.' % (nm(p, 0), p['age'], ch(['of legal age', 'Filipino']), drn(att, 4),
                                                                  ch(['myself', 'me', 'my person']), proc.upper()), '',
             'The nature and purpose of the operation, possible alternative methods of treatment, the risks involved and the '
             'possibility of complications have been fully explained to me in a language that I understand. No guarantee or '
             'assurance has been given by anyone as to the results that may be obtained.', '',
             'I further consent to the administration of such anesthetics as may be deemed advisable (%s), and to the disposal '
             'by hospital authorities of any tissues or parts which may be removed.' % anes_t, '',
             '_' * 30 + '          ' + '_' * 24, 'Signature of Patient                      Date/Time', '',
             'If patient is a minor or unable to sign:', '_' * 30 + '  Relationship: ' + ch(['Spouse', 'Mother', 'Son', 'Daughter']),
             '', 'Witness: ' + wit + '          ' + d]
    elif v == 1:
        # Filipino/English bilingual
        t = [h['name'].upper(), 'PAHINTULOT SA OPERASYON / CONSENT FOR SURGERY', form_no('MR'), '',
             'Pangalan ng Pasyente / Patient: ' + nm(p, 1), 'Edad/Age: %d   Kasarian/Sex: %s   Kwarto/Room: %s' % (p['age'], p['sex'], p['room']),
             '', 'Ako ay pumapayag na isagawa ang / I consent to: ' + proc, 'Doktor / Surgeon: ' + drn(att, 2),
             'Uri ng anesthesia: ' + anes_t, '',
             'Ipinaliwanag sa akin ng doktor ang layunin, panganib at mga alternatibo ng nasabing operasyon. '
             'The risks, benefits and alternatives were explained to me and I had the opportunity to ask questions.', '',
             'Lagda ng Pasyente/Signature: ' + blank(24), 'Lagda ng Kamag-anak/Relative: ' + blank(24) + ' (%s)' % nm(rel, 4),
             'Saksi/Witness: ' + wit, 'Petsa/Date: ' + d]
    elif v == 2:
        # blood transfusion consent
        t = [letterhead(h, 3), 'CONSENT FOR BLOOD TRANSFUSION', '', pt_header(ctx, 2), '',
             'I have been informed of the need for transfusion of %s for %s.' % (ch(['packed red blood cells', 'platelet concentrate',
                                                                                  'fresh frozen plasma', 'whole blood']),
                                                                              c['dx'].split(';')[0].lower()),
             'Possible risks including febrile or allergic reactions, hemolytic reactions, and the small risk of transmission of '
             'infections (HIV, hepatitis B and C, syphilis, malaria) despite screening were explained.', '',
             '%s I ACCEPT the transfusion    %s I REFUSE the transfusion' % (cb(True), cb(False)), '',
             'Patient/Guardian: ' + blank(22) + '   Physician: ' + drn(att, 3), 'Witness: ' + wit + '   Date: ' + d]
    elif v == 3:
        # general admission consent
        t = [h['name'], 'GENERAL CONSENT FOR ADMISSION AND TREATMENT', '',
             '1. I consent to the routine diagnostic procedures, nursing care and medical treatment rendered by the hospital staff '
             'and my attending physician, Dr. %s.' % att['last'],
             '2. I understand that %s is a teaching/training hospital and residents may participate in my care.' % h['short'],
             '3. I authorize the hospital to release information to PhilHealth and my HMO (%s) for claims processing.' % (p['hmo'] or 'N/A'),
             '4. I am responsible for my valuables. The hospital is not liable for loss.',
             '5. Data Privacy: I consent to the processing of my personal and health information in accordance with the Data Privacy '
             'Act of 2012 (RA 10173).', '', 'Patient: ' + nm(p, 0) + '   Signature: ' + blank(20),
             'Representative: ' + nm(rel, 0) + ' (%s)' % ch(['spouse', 'son', 'daughter', 'parent']), 'Date/Time: ' + d + ' ' + ftime()]
    elif v == 4:
        # anesthesia consent
        t = ['DEPARTMENT OF ANESTHESIOLOGY', 'Consent for Anesthesia', '', 'Patient: ' + nm(p, 1), 'Procedure: ' + proc,
             'Planned anesthesia: %s General  %s Spinal/Epidural  %s Regional block  %s MAC/Sedation' % (
                 cb('General' in anes_t), cb('pinal' in anes_t), cb(False), cb('sedation' in anes_t.lower())), '',
             'Risks discussed: sore throat, nausea/vomiting, dental injury, post-dural puncture headache, allergic reaction, '
             'awareness, and rarely, cardiac arrest or death.', '', 'I understand and agree.', '',
             blank(26) + '     ' + blank(26), 'Patient / Guardian                Anesthesiologist', d]
    elif v == 5:
        # refusal / waiver (DAMA-like)
        t = [letterhead(h, 5), 'WAIVER / REFUSAL OF TREATMENT', '',
             'I, %s, of legal age, %s of patient %s, hereby refuse %s despite full explanation by Dr. %s of its necessity and '
             'the possible consequences of refusal, including worsening of condition and death. I release the hospital, its '
             'physicians and staff from any liability.' % (nm(rel, 0), ch(['spouse', 'son', 'daughter', 'mother']), nm(p, 0),
                                                             ch(['the recommended ' + proc.lower(), 'further admission',
                                                                 'transfer to ICU', 'intubation']), att['last']), '',
             'Signature: ' + blank(24) + '   Date: ' + d, 'Witnesses: 1. ' + wit + '   2. ' + blank(20)]
    else:
        t = ['INFORMED CONSENT - ' + proc.upper(), nm(p, 1) + '  ' + p['hn'], '',
             'Diagnosis: ' + c['dx'].split(';')[0], 'Procedure explained: ' + cb(True), 'Risks explained: ' + cb(True),
             'Alternatives explained: ' + cb(True), 'Questions answered: ' + cb(True), 'Interpreter used: ' + cb(False), '',
             'Patient signature ' + blank(16) + '  Physician ' + drn(att, 3) + '  Witness ' + wit, d]
    return furniture(ctx, '\n'.join(t), 0.5)


def gen_referral_letter(ctx):
    c, p, h, att = ctx['c'], ctx['p'], ctx['h'], ctx['att']
    to = doctor(ch([c['spec'], 'Cardio', 'Surg', 'Ortho', 'Rehab', 'ENT', 'Ophtha', 'Onco', 'Nephro']))
    d = plus(ctx['d'], -rint(0, 3))
    he = 'He' if p['sex'] == 'M' else 'She'
    v = rint(0, 6)
    reason = ch(['further evaluation and management', 'co-management', 'expert opinion', 'surgical evaluation',
                 'possible admission', 'continuation of treatment'])
    if v == 0:
        t = [drn(att, 1), att['specname'], att['clinic'], h['name'], '', fdate(d, 0), '', drn(to, 0), to['specname'], '',
             'Dear Dr. %s,' % to['last'], '', 'Respectfully referring to you %s, %s, for %s.' % (nm(p, 0), agesex(p), reason), '',
             hpi(ctx), '', 'Pertinent findings: ' + c['pe'] + '. ' + labs_inline(c, 3) + '.', '',
             'Present medications: ' + '; '.join(c['meds_out'][:3]) + '.', '', 'Thank you very much.', '', drn(att, 2)]
    elif v == 1:
        t = [letterhead(h, 3), ch(['REFERRAL SLIP', 'REFERRAL FORM', 'OPD REFERRAL']), '', 'To: Dr. ' + to['last'] + ' / ' + to['specname'],
             'From: Dr. ' + att['last'], 'Date: ' + fdate(d, 1), '', 'Patient: %s   Age: %d   Sex: %s' % (nm(p, 1), p['age'], p['sex']),
             'Impression: ' + c['dx'].split(';')[0], 'Reason for referral: ' + reason, '',
             '%s Urgent   %s Routine' % (cb(chance(0.3)), cb(True)), '', 'Signature: ' + drn(att, 3)]
    elif v == 2:
        # referral to another hospital / higher facility
        t = [letterhead(h), '', 'REFERRAL / TRANSFER LETTER' if chance(0.4) else fdate(d, 0), '', 'THE CHIEF OF HOSPITAL',
             ch(['Philippine Heart Institute of the North', 'National Kidney Transplant Annex', 'Quezon Provincial Medical Center',
                 'Lung Center Satellite Clinic']), '', 'Sir/Madam:', '',
             'We are referring %s, %s, a case of %s, to your institution for %s.' % (nm(p, 0), agesex(p), c['dx'], ch(
                 ['availability of ICU bed', 'PhilHealth Z-benefit package', 'specialized care', 'financial reasons'])), '',
             'Summary: ' + hpi(ctx), '', 'Vital signs on referral: ' + vitals(ctx, 0), 'Medications given: ' + '; '.join(c['meds_in'][:3]),
             '', 'Thank you.', '', drn(att, 1), 'Attending Physician', 'Contact No.: ' + phone()]
    elif v == 3:
        # HMO referral form
        t = [ch(HMOS).upper(), 'REFERRAL FORM / LETTER OF AUTHORIZATION REQUEST', '', 'Member: ' + nm(p, 1),
             'Member ID: %s   Company: %s' % (digits(10), ch(COMPANIES)), 'Primary Care Physician: ' + drn(att, 0),
             'Referred to: ' + drn(to, 0) + ' (%s)' % to['specname'], 'Accredited facility: ' + h['name'], '',
             'Diagnosis / ICD-10: %s / %s' % (c['dx'].split(';')[0], c['icd']), 'Requested: %s Consultation  %s Diagnostics  %s Procedure' % (
                 cb(True), cb(chance(0.5)), cb(chance(0.2))), '', 'Validity: 30 days from date of issue (' + fdate(d, 1) + ')',
             'Approval code: ' + '%s%s' % (ch('ABCDEFGHKLMNPRT'), digits(8))]
    elif v == 4:
        t = ['Dear Dr. %s,' % to['last'], '', 'Kindly see %s for %s. %s has %s. Thanks po.' % (nm(p, 0), reason, he,
                                                                                            c['dx'].split(';')[0].lower()),
             '', drn(att, 0), fdate(d, 6)]
    elif v == 5:
        # barangay health center referral to hospital
        bhw = person()
        t = ['Republic of the Philippines', 'City Health Office - ' + ch(CITIES), ch(BRGYS) + ' Health Center', '',
             'REFERRAL SLIP', '', 'Date: ' + fdate(d, 1) + '   Time: ' + ftime(), 'Name: ' + nm(p, 0) + '   Age: %d   Sex: %s' % (
                 p['age'], p['sex']), 'Address: ' + p['addr'], 'PhilHealth No.: ' + p['pin'], '', 'Referred to: ' + h['name'],
             'Chief complaint: ' + c['cc'], 'Findings: ' + vitals(ctx, 3), 'Impression: ' + c['abbr'],
             'Action taken: ' + ch(['ORS given', 'Paracetamol given', 'None', 'O2 support']), 'Reason: ' + ch(['For further management',
                                                                                                               'No available laboratory',
                                                                                                               'For admission']),
             '', 'Referred by: ' + nm(bhw, 0) + ', ' + ch(['RN', 'MD', 'RM', 'Municipal Health Officer']),
             '---- cut here / RETURN SLIP ----', 'Findings/Recommendations: ' + blank(30)]
    else:
        t = [letterhead(h, 2), '', fdate(d, 4), '', 'RE: ' + nm(p, 1) + ', DOB ' + fdate(p['dob'], 1), '',
             'Dear Colleague,', '', 'I would appreciate your assessment of this patient who presents with %s. %s' % (
                 c['cc'], hpi(ctx)), '', 'Relevant history: ' + '; '.join(pmh(ctx)), 'Investigations: ' + labs_inline(c), '',
             'Question: ' + ch(['Is surgery indicated?', 'Please advise on further management.', 'Kindly evaluate for clearance.']),
             '', 'Yours sincerely,', drn(att, 1)]
    return furniture(ctx, '\n'.join(t), 0.3)


def gen_advance_directive(ctx):
    c, p, h, att = ctx['c'], ctx['p'], ctx['h'], ctx['att']
    rel = person()
    relname = ch(['spouse', 'eldest son', 'daughter', 'brother', 'sister', 'niece'])
    d = fdate(plus(ctx['d'], rint(0, 4)), ch([0, 4]))
    v = rint(0, 5)
    lim = [('Cardiopulmonary resuscitation (CPR)', chance(0.3)), ('Endotracheal intubation / mechanical ventilation', chance(0.3)),
           ('Vasopressors', chance(0.5)), ('Hemodialysis', chance(0.4)), ('Antibiotics', True), ('Tube feeding (NGT)', chance(0.6)),
           ('Blood transfusion', chance(0.6))]
    if v == 0:
        t = [letterhead(h), '', center(ch(['DO-NOT-RESUSCITATE (DNR) ORDER', 'DNR / ADVANCE DIRECTIVE', 'CODE STATUS DOCUMENTATION'])), '',
             pt_header(ctx, 1), 'Diagnosis: ' + c['dx'], '',
             'After discussion with the attending physician regarding the patient\'s condition and prognosis, the undersigned '
             'decided on the following:', '']
        for k, yes in lim:
            t.append('  %s %s   %s %s' % (cb(yes), 'GIVE', cb(not yes), k))
        t += ['', 'Decision maker: ' + nm(rel, 0) + ' (' + relname + ')', 'Signature: ' + blank(24) + '   Date: ' + d,
              'Attending Physician: ' + drn(att, 1), 'Witness: ' + nursen(ctx['n'])]
    elif v == 1:
        t = ['ADVANCE HEALTH CARE DIRECTIVE', '(Living Will)', '', 'I, %s, of legal age, %s, residing at %s, being of sound mind, '
             'willfully and voluntarily make known my wishes regarding my medical care should I become unable to make decisions:' % (
                 nm(p, 0), p['cs'].lower(), p['addr']), '',
             '1. If I have a terminal condition or am permanently unconscious, I do not want my life to be prolonged by life-'
             'sustaining treatment such as CPR, mechanical ventilation or dialysis.',
             '2. I want to receive medication for pain and comfort even if it may hasten my death.',
             '3. I designate %s, my %s, as my health care proxy. Contact: %s.' % (nm(rel, 0), relname, phone()),
             '4. ' + ch(['I wish to receive the Sacrament of the Anointing of the Sick.', 'I wish to die at home if possible.',
                         'I wish to donate my organs.']), '', 'Signed this %s at %s.' % (d, ch(CITIES)), '', blank(28), nm(p, 3), '',
             'SIGNED IN THE PRESENCE OF:', blank(22) + '    ' + blank(22), '',
             'SUBSCRIBED AND SWORN to before me this %s. Doc. No. %d; Page No. %d; Book No. %s; Series of %d.' % (
                 d, rint(1, 500), rint(1, 100), ch(['I', 'II', 'III', 'IV', 'X']), ctx['d'].year), 'Notary Public']
    elif v == 2:
        t = ['%s - CODE STATUS' % h['short'], nm(p, 1), fdate(ctx['d'], 6), '',
             'Code status discussed with %s (%s) in the presence of %s.' % (nm(rel, 4), relname, nursen(ctx['n'])),
             'Prognosis explained as ' + ch(['poor', 'guarded', 'very poor']) + '.', 'Family opts for: ' + ch(
                 ['DNR - no CPR, no intubation', 'DNR, but may give vasopressors', 'Full code', 'DNI only', 'Comfort care only']),
             '', drn(att, 3) + ' / ' + resn(ctx['res'])]
    elif v == 3:
        t = [letterhead(h, 1), '', 'LIMITATION OF TREATMENT / WAIVER', '',
             'We, the family of %s, have been informed of the serious condition of our patient (%s). We have decided that in '
             'the event of cardiac or respiratory arrest, NO cardiopulmonary resuscitation and NO intubation will be done. '
             'We understand the consequences of this decision and release the hospital and its staff from any liability.' % (
                 nm(p, 0), c['dx'].split(';')[0]), '', 'Name / Relationship / Signature:',
             '1. %s / %s / %s' % (nm(rel, 0), relname, blank(16)), '2. %s / %s / %s' % (nm(person(), 0), ch(['son', 'daughter', 'sibling']),
                                                                                        blank(16)), '', 'Date: ' + d,
             'Noted by: ' + drn(att, 2)]
    elif v == 4:
        t = ['PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT', nm(p, 1) + '   DOB ' + fdate(p['dob'], 1), '',
             'A. CPR: %s Attempt resuscitation  %s Do not attempt (DNAR)' % (cb(False), cb(True)),
             'B. Medical interventions: %s Full  %s Selective  %s Comfort-focused' % (cb(False), cb(chance(0.5)), cb(True)),
             'C. Artificial nutrition: %s Long-term  %s Trial period  %s None' % (cb(False), cb(True), cb(False)),
             'D. Discussed with: %s patient  %s health care proxy (%s)' % (cb(False), cb(True), nm(rel, 4)), '',
             'Physician: ' + drn(att, 2) + '   Date: ' + d]
    else:
        t = ['To my family and doctors,', '', 'Ako si %s. Kung ako ay hindi na makapagsalita o makapagdesisyon, ito ang aking '
             'kagustuhan: ayaw ko nang i-intubate o i-revive kung wala nang pag-asa. Gusto ko ng pain relief at makasama ang '
             'aking pamilya.' % nm(p, 0), '', 'Translation: If I can no longer speak or decide, I do not wish to be intubated or '
             'resuscitated if there is no hope of recovery. I want pain relief and to be with my family.', '',
             'My %s, %s, will speak for me.' % (relname, nm(rel, 0)), '', blank(24), nm(p, 0), d]
    return furniture(ctx, '\n'.join(t), 0.4)


def gen_ecg_report(ctx):
    c, p, h = ctx['c'], ctx['p'], ctx['h']
    interp = c['ecg'] or ch(['Sinus rhythm, within normal limits', 'Sinus bradycardia', 'Atrial fibrillation with controlled '
                             'ventricular response', 'Sinus rhythm, incomplete RBBB', 'Sinus rhythm, left axis deviation'])
    af = 'fibrillation' in interp
    tachy = 'tachy' in interp
    rate = rint(101, 125) if tachy else (rint(48, 58) if 'brady' in interp else rint(62, 96))
    pr = '--' if af else str(rint(200, 240) if 'first degree' in interp else rint(130, 190))
    qrs, qt = rint(80, 110), rint(340, 420)
    qtc = int(qt / ((60.0 / rate) ** 0.5))
    axis = rint(-45, -31) if 'left axis' in interp else rint(-10, 85)
    reader = doctor('Cardio')
    v = rint(0, 5)
    d = plus(ctx['d'], rint(0, 1))
    if v == 0:
        t = [letterhead(h, 1), center('HEART STATION / NON-INVASIVE CARDIOLOGY'), center('ELECTROCARDIOGRAM REPORT'), '',
             'Name: %-30s Age: %d  Sex: %s' % (nm(p, 1), p['age'], p['sex']), 'Room: %-10s Date: %s   ECG No.: %s' % (
                 p['room'], fdate(d, 1), digits(6)), 'Requesting: Dr. ' + ctx['att']['last'], '',
             'Rhythm: ' + ('Irregularly irregular' if af else 'Regular sinus'), 'Rate: %d bpm' % rate, 'PR interval: %s ms' % pr,
             'QRS duration: %d ms' % qrs, 'QT/QTc: %d/%d ms' % (qt, qtc), 'Axis: %d degrees' % axis, '',
             'INTERPRETATION:', '  ' + interp, '', drn(reader, 1), 'Cardiologist']
    elif v == 1:
        # machine printout header
        t = ['%s  %s  ID:%s' % (nm(p, 1), fdate(d, 2), p['hn']), '%d yrs  %s  %s' % (p['age'], sexw(p, 2), ctx['p']['room']),
             'Vent. rate %d BPM   PR int %s ms   QRS dur %d ms   QT/QTc %d/%d ms   P-R-T axes %d %d %d' % (
                 rate, pr, qrs, qt, qtc, rint(20, 70), axis, rint(10, 70)),
             '', '*** ' + interp.upper() + ' ***', ch(['Abnormal ECG', 'Normal ECG', 'Borderline ECG', '']),
             'Unconfirmed report' if chance(0.4) else 'Confirmed by: %s (%s) on %s' % (drn(reader, 3), digits(3), fdate(d, 1)),
             '25 mm/s  10 mm/mV  0.05-150 Hz  60 Hz  %s' % ch(['MAC 1200', 'CARDIOVIT', 'ECG-1250', 'PageWriter'])]
    elif v == 2:
        t = ['12-LEAD ECG', nm(p, 0) + ', ' + agesex(p), fdate(d, 0), '', 'HR %d, %s, axis %s, PR %s, QRS %d, QTc %d.' % (
            rate, 'AF' if af else 'NSR', 'normal' if -30 <= axis <= 90 else 'LAD', pr, qrs, qtc), 'Imp: ' + interp,
             ch(['No previous ECG for comparison.', 'Compared with tracing of %s: no significant change.' % fdate(plus(d, -300), 1),
                 'New changes compared to prior.']), '', drn(reader, 3)]
    elif v == 3:
        t = [h['short'] + ' ECG READING', '', 'Pt: ' + nm(p, 1), 'Clinical dx: ' + c['abbr'], '', 'Findings:',
             '  - %s rhythm' % ('Atrial fibrillation' if af else 'Sinus'), '  - Heart rate: %d/min' % rate,
             '  - Axis: %s' % ('normal' if -30 <= axis <= 90 else 'left axis deviation')] + (
                 ['  - ' + interp.split(', ', 1)[-1]] if ', ' in interp else []) + [
             '', 'Reading: ' + interp, drn(reader, 1)]
    elif v == 4:
        t = ['ELECTROCARDIOGRAPHY', pt_header(ctx, 2), '', 'Rate   Rhythm   Axis   PR    QRS   QT', '%-6d %-8s %-6d %-5s %-5d %d' % (
            rate, 'AF' if af else 'Sinus', axis, pr, qrs, qt), '', 'Conclusion: ' + interp, 'Reader: ' + drn(reader, 2)]
    else:
        t = ['ECG (%s): %s. Rate %d. %s' % (fdate(d, 6), interp, rate, ch(['', 'cf prior - unchanged', 'for serial ECG'])),
             '-- ' + resn(ctx['res'])]
    return furniture(ctx, '\n'.join(t), 0.3)


VACCINES_CHILD = [('BCG', 'at birth'), ('Hepatitis B', 'at birth'), ('DTaP-IPV-Hib-HepB (Hexavalent)', '6 wks'),
                  ('DTaP-IPV-Hib-HepB (Hexavalent)', '10 wks'), ('DTaP-IPV-Hib-HepB (Hexavalent)', '14 wks'),
                  ('PCV13', '6 wks'), ('PCV13', '10 wks'), ('PCV13', '14 wks'), ('Rotavirus', '6 wks'), ('Rotavirus', '10 wks'),
                  ('Influenza', '6 mos'), ('MMR', '9 mos'), ('MMR', '12 mos'), ('Varicella', '12 mos'), ('Hepatitis A', '12 mos'),
                  ('Japanese encephalitis', '9 mos'), ('MMR', '4-6 yrs'), ('Typhoid', '2 yrs')]
VACCINES_ADULT = [('Influenza (quadrivalent)', 'yearly'), ('Pneumococcal PCV13', '>= 65'), ('Pneumococcal PPSV23', '>= 65'),
                  ('Tdap', 'once, then Td q10y'), ('HPV 9-valent', '3 doses'), ('Hepatitis B', '3 doses'),
                  ('COVID-19 mRNA', 'primary + booster'), ('Anti-rabies (PCECV)', 'D0 D3 D7'), ('Zoster recombinant', '2 doses')]

def gen_immunization_record(ctx):
    c, p, h = ctx['c'], ctx['p'], ctx['h']
    child = p['age'] < 13 or chance(0.4)
    if child and p['age'] >= 13:
        p['age'] = rint(0, 10)
        p['dob'] = plus(ctx['d'], -(p['age'] * 365 + rint(30, 300)))
    dob = p['dob']
    doc = doctor('Pedia' if child else ch(['IM', 'FM', 'ID']))
    v = rint(0, 5)
    rows = []
    if child:
        off = {'at birth': 0, '6 wks': 42, '10 wks': 70, '14 wks': 98, '6 mos': 182, '9 mos': 273, '12 mos': 365,
               '2 yrs': 730, '4-6 yrs': 1640}
        for vac, when in VACCINES_CHILD:
            dd = plus(dob, off[when] + rint(0, 20))
            if dd <= plus(ctx['d'], 0):
                rows.append((vac, when, dd))
    else:
        for vac, when in sample(VACCINES_ADULT, rint(2, 6)):
            rows.append((vac, when, plus(ctx['d'], -rint(0, 1500))))
        rows.sort(key=lambda x: x[2])
    if not rows:
        rows = [('BCG', 'at birth', dob), ('Hepatitis B', 'at birth', dob)]
    if v == 0:
        t = [drn(doc, 1), doc['specname'], doc['clinic'], '', ch(['IMMUNIZATION RECORD', 'VACCINATION RECORD', 'Baby\'s Book - Immunizations']),
             'Name: ' + nm(p, 0), 'Birthdate: ' + fdate(dob, 0), '', '%-34s %-12s %-14s %s' % ('VACCINE', 'SCHEDULE', 'DATE GIVEN', 'LOT NO.')]
        for vac, when, dd in rows:
            t.append('%-34s %-12s %-14s %s' % (vac, when, fdate(dd, 1), ch('ABCDEFGHJK') + digits(5)))
    elif v == 1:
        t = [letterhead(h, 3), 'CERTIFICATE OF VACCINATION', '', 'This is to certify that %s, born %s, has received the '
             'following vaccines at this clinic:' % (nm(p, 0), fdate(dob, 0)), '']
        for vac, when, dd in rows:
            t.append('  - %s  (%s)' % (vac, fdate(dd, 0)))
        t += ['', drn(doc, 1), 'Lic. No. ' + doc['lic']]
    elif v == 2:
        t = ['Republic of the Philippines', 'Department of Health', 'EXPANDED PROGRAM ON IMMUNIZATION - CHILD RECORD', '',
             'Child\'s name: ' + nm(p, 0), 'Mother\'s name: ' + nm(person('F'), 0), 'Address: ' + p['addr'],
             'Date of birth: ' + fdate(dob, 1), 'Place of delivery: ' + h['name'], '', 'Antigen        Date given     Remarks']
        for vac, when, dd in rows:
            t.append('%-14s %-14s %s' % (vac.split(' ')[0][:14], fdate(dd, 1), ch(['', '', 'given at health center', 'catch-up'])))
        t += ['', 'Fully immunized child (FIC): ' + cb(len(rows) > 10)]
    elif v == 3:
        t = ['VACCINE ADMINISTRATION RECORD', nm(p, 1) + '  DOB ' + fdate(dob, 3), '']
        for vac, when, dd in rows[-rint(1, 3):]:
            t += ['Vaccine: ' + vac, 'Dose: 0.5 mL  Route: ' + ch(['IM, L deltoid', 'IM, R anterolateral thigh', 'SC, L arm', 'ID, R deltoid']),
                  'Lot #: %s%s  Exp: %s' % (ch('ABCDEFGHJK'), digits(6), fdate(plus(dd, 400), 1)),
                  'Date: ' + fdate(dd, 1) + '  Given by: ' + nursen(nurse()), 'VIS given: ' + cb(True) + '  Screening done: ' + cb(True), '']
    elif v == 4:
        t = [h['short'] + ' ADULT IMMUNIZATION CLINIC' if not child else h['short'] + ' WELL-BABY CLINIC', '',
             'Patient: %s  (%s)' % (nm(p, 2), agesex(p)), '']
        for i, (vac, when, dd) in enumerate(rows, 1):
            t.append('%2d. %s %s - %s' % (i, fdate(dd, 6), vac, ch(['given', 'done', 'ok', '\u2713'])))
        t += ['', 'Next due: ' + ch([x[0] for x in (VACCINES_CHILD if child else VACCINES_ADULT)]) + ' on ' + fdate(plus(ctx['d'], rint(30, 365)), 1)]
    else:
        t = ['Immunizations (per patient recall / vaccination card):']
        for vac, when, dd in rows:
            t.append('  %s - %s' % (vac, dd.year))
        t.append('Adverse reactions: ' + ch(['none', 'fever after DTP', 'local swelling']))
    return furniture(ctx, '\n'.join(t), 0.3)


def gen_registration_form(ctx):
    c, p, h = ctx['c'], ctx['p'], ctx['h']
    kin = person()
    v = rint(0, 5)
    d = ctx['d']
    emp = ch(COMPANIES) if p['age'] > 21 and chance(0.6) else 'N/A'
    if v == 0:
        t = [letterhead(h), '', center(ch(['PATIENT INFORMATION SHEET', 'ADMISSION AND DISCHARGE RECORD', 'FACE SHEET'])), '',
             'Hospital No.: %s          Admission No.: %s' % (p['hn'], p['case_no']),
             'Date/Time Admitted: %s %s    Room: %s' % (fdate(d, 1), ftime(), p['room']), '',
             'Last Name: %s   First Name: %s   Middle Name: %s' % (p['last'].upper(), p['first'].upper(), p['mid'].upper()),
             'Permanent Address: ' + p['addr'], 'Tel/Mobile: ' + p['tel'],
             'Sex: %s   Civil Status: %s   Birthdate: %s   Age: %d' % (sexw(p, 2), p['cs'], fdate(p['dob'], 1), p['age']),
             'Birthplace: %s   Nationality: Filipino   Religion: %s' % (ch(CITIES), p['rel']), 'Occupation: ' + p['occ'],
             'Employer: ' + emp, '', 'Father\'s Name: ' + nm(person('M'), 0), 'Mother\'s Maiden Name: ' + nm(person('F'), 0),
             'Spouse: ' + (nm(person('F' if p['sex'] == 'M' else 'M'), 0) if p['cs'] == 'Married' else 'N/A'), '',
             'Person to notify in case of emergency: ' + nm(kin, 0) + '  Tel: ' + phone(),
             'PhilHealth: %s Member %s Dependent   PIN: %s' % (cb(True), cb(False), p['pin']),
             'HMO: ' + (p['hmo'] or 'None'), '', 'Admitting Diagnosis: ' + c['dx'].split(';')[0],
             'Attending Physician: ' + drn(ctx['att'], 0), 'Admitted by: ' + nm(person(), 0) + ' (Admitting Clerk)']
    elif v == 1:
        t = [h['name'], 'OUTPATIENT REGISTRATION FORM', '(Please print legibly)', '',
             'Date: ' + fdate(d, 1), '%s New patient   %s Old patient  Chart No.: %s' % (cb(True), cb(False), p['hn']), '',
             'Surname: ' + blank(2) + p['last'], 'Given name: ' + p['first'], 'Middle name: ' + p['mid'],
             'Date of birth (mm/dd/yyyy): ' + fdate(p['dob'], 7), 'Sex: %s M  %s F' % (cb(p['sex'] == 'M'), cb(p['sex'] == 'F')),
             'Mobile No.: ' + p['tel'], 'Email: %s%s@%s' % (p['first'].split(' ')[0].lower(), rint(1, 99), ch(['gmail.com', 'yahoo.com'])),
             'Address: ' + p['addr'], '', 'Senior Citizen ID: %s   PWD ID: %s' % (('SC-' + digits(6)) if p['age'] >= 60 else 'N/A', 'N/A'),
             'Mode of payment: %s Cash  %s HMO  %s Company  %s PhilHealth' % (cb(p['hmo'] is None), cb(p['hmo'] is not None),
                                                                             cb(False), cb(True)),
             'Reason for visit: ' + c['cc'], 'Physician to see: ' + drn(ctx['att'], 0), '',
             'I certify that the above information is true and correct. I consent to the collection and processing of my '
             'personal data (RA 10173).', '', 'Signature: ' + blank(24)]
    elif v == 2:
        # PhilHealth Claim Form 1 style
        t = ['PhilHealth', 'Your Partner in Health', '', 'CLAIM FORM 1 (CF-1)', 'Revised %s' % ch(['September 2018', 'November 2013', 'January 2022']),
             '', 'PART I - MEMBER AND PATIENT INFORMATION AND CERTIFICATION', '',
             '1. PhilHealth Identification Number (PIN) of Member: ' + ' '.join(p['pin'].replace('-', '')),
             '2. Name of Member: %s, %s %s' % (p['last'].upper(), p['first'].upper(), p['mid'].upper()),
             '3. Member Date of Birth: ' + fdate(p['dob'], 1), '4. Mailing address: ' + p['addr'],
             '5. Contact information: ' + p['tel'], '6. Patient is the member? %s Yes  %s No (dependent)' % (cb(True), cb(False)),
             '', 'PART II - EMPLOYER\'S CERTIFICATION (for employed members only)',
             'PhilHealth Employer No. (PEN): %s   Business name: %s' % (digits(12), emp), '',
             'Under the penalty of law, I attest that the information I provided in this form are true and accurate.',
             '', blank(30), 'Signature over printed name of member', 'Date signed: ' + fdate(ctx['dd'], 1)]
    elif v == 3:
        t = ['%s / ER REGISTRATION' % h['short'], 'ER No. %s   Date %s   Time in %s' % (digits(6), fdate(d, 6), ftime()),
             'Name: ' + nm(p, 1), 'Age/Sex: %d/%s  DOB: %s' % (p['age'], p['sex'], fdate(p['dob'], 6)), 'Address: ' + p['addr'],
             'Brought by: ' + ch(['self', 'relative', 'ambulance', 'barangay rescue', 'police']), 'Companion: ' + nm(kin, 4) + ' ' + phone(),
             'Triage category: ' + ch(['1 - Resuscitation', '2 - Emergent', '3 - Urgent', '4 - Less urgent']),
             'Chief complaint: ' + c['cc'], 'Payment: ' + ch(['Cash', 'HMO - ' + (p['hmo'] or 'n/a'), 'PhilHealth', 'Charity/MSS'])]
    elif v == 4:
        t = ['PATIENT DATA SHEET', '=' * 40, 'MRN ...................... ' + p['hn'], 'NAME ..................... ' + nm(p, 1),
             'BIRTH DATE ............... ' + fdate(p['dob'], 3), 'SEX ...................... ' + p['sex'],
             'CIVIL STATUS ............. ' + p['cs'], 'ADDRESS .................. ' + p['addr'],
             'CONTACT .................. ' + p['tel'], 'NEXT OF KIN .............. ' + nm(kin, 0), 'RELIGION ................. ' + p['rel'],
             'PHILHEALTH PIN ........... ' + p['pin'], 'HMO/INSURANCE ............ ' + (p['hmo'] or '-'),
             'REGISTERED ............... ' + fdate(d, 3) + ' by ' + ch('abcdefg') + ch(SURNAMES).lower()[:6]]
    else:
        t = [h['name'], 'DATA PRIVACY CONSENT & PATIENT REGISTRATION', '', 'Full name: ' + nm(p, 0), 'Birthday: ' + fdate(p['dob'], 0),
             'Mobile: ' + p['tel'], '', '%s I agree to receive SMS reminders.' % cb(chance(0.7)),
             '%s I authorize %s to share my records with my HMO/insurer.' % (cb(True), h['short']), '', 'Signature: ' + blank(20),
             'Date: ' + fdate(d, 1)]
    return furniture(ctx, '\n'.join(t), 0.3)


def gen_insurance_card(ctx):
    p = ctx['p']
    v = rint(0, 5)
    hmo = p['hmo'] or ch(HMOS)
    exp = plus(ctx['d'], rint(60, 700))
    card = ' '.join(digits(4) for _ in range(4))
    comp = ch(COMPANIES)
    if v == 0:
        t = ['[FRONT]', hmo.upper(), ch(['HEALTH CARD', 'MEMBER CARD', 'PRIVILEGE CARD']), '', card, nm(p, 3),
             comp.upper(), 'VALID UNTIL ' + '%02d/%s' % (exp.month, str(exp.year)[2:]), ch(['GOLD', 'PLATINUM', 'SILVER', 'CORPORATE']),
             '', '[BACK]', 'This card is non-transferable. Present this card with a valid ID upon availment.',
             'For 24/7 customer care: ' + phone() + ' / (02) 8%s-%s' % (digits(3), digits(4)), 'If found, please return to: ' + hmo,
             ch(['Signature: ' + blank(20), '']), 'www.%s.com.ph' % hmo.split(' ')[0].lower().replace(',', '')]
    elif v == 1:
        t = ['Republic of the Philippines', 'PHILIPPINE HEALTH INSURANCE CORPORATION', '', 'PhilHealth ID', '',
             p['pin'], nm(p, 1), fdate(p['dob'], 4).upper() + '   ' + sexw(p, 2).upper(), p['addr'].upper(), '',
             ch(['MEMBER TYPE: INDIRECT CONTRIBUTOR', 'MEMBER TYPE: DIRECT CONTRIBUTOR - EMPLOYED PRIVATE',
                 'MEMBER TYPE: SENIOR CITIZEN', 'MEMBER TYPE: INFORMAL ECONOMY'])]
    elif v == 2:
        t = ['--- scanned copy: HMO card front/back ---', '', hmo, 'Member: ' + nm(p, 0), 'Card No.: ' + card,
             'Account: ' + comp, 'Plan: ' + ch(['Plan 100', 'Executive', 'Rank and File', 'Dependent - Plan B']),
             'Room & board: ' + ch(['Private', 'Semi-private', 'Ward']), 'MBL: PHP %s' % ch(['100,000', '150,000', '200,000', '300,000']),
             'Effectivity: %s to %s' % (fdate(plus(exp, -365), 1), fdate(exp, 1)), '', '(back)',
             'IMPORTANT: Present this card and one valid government ID. LOA required for in-patient admission.',
             'Hotline ' + phone()]
    elif v == 3:
        t = [center(hmo), center('MEMBER ID'), '', 'NAME   ' + nm(p, 1), 'ID NO. ' + digits(10), 'DOB    ' + fdate(p['dob'], 1),
             'CO.    ' + comp, 'EXP    ' + fdate(exp, 1), '', 'Principal: ' + (nm(p, 0) if chance(0.6) else nm(person(), 0))]
    elif v == 4:
        t = ['PhilHealth Member Data Record (MDR)', '', 'PIN: ' + p['pin'], 'Member name: ' + nm(p, 1), 'Sex: ' + p['sex'],
             'Date of birth: ' + fdate(p['dob'], 1), 'Category: ' + ch(['Employed Private', 'Self-earning', 'Lifetime member',
                                                                        'Sponsored']), '', 'DECLARED DEPENDENTS:']
        for _ in range(rint(0, 3)):
            dp = person()
            dp['last'] = p['last']
            t.append('  %s  %s  %s' % (nm(dp, 1), ch(['Spouse', 'Child', 'Parent']), fdate(rand_date(1950, 2015), 1)))
        t.append('Generated: ' + fdate(ctx['d'], 1))
    else:
        t = ['INSURANCE CARD (COPY)', ch(['Pacific Mutual Life Assurance', 'Silangan Life & Health Insurance', 'Bayani Insurance Co.']),
             'Policy No.: %s-%s' % (digits(3), digits(8)), 'Insured: ' + nm(p, 0), 'Group: ' + comp,
             'Coverage: Hospitalization and surgical benefit', 'Valid thru: ' + fdate(exp, 5)]
    return ctx['p'] and '\n'.join(t)


def gen_nursing_note(ctx):
    c, p, h = ctx['c'], ctx['p'], ctx['h']
    n = ctx['n']
    d = plus(ctx['d'], rint(0, ctx['los'] - 1))
    v = rint(0, 6)
    if v == 0:
        # FDAR
        t = [letterhead(h, 5), ch(['NURSES\' NOTES', 'NURSE\'S NOTES', 'NURSING NOTES (FDAR)']), pt_header(ctx, 0), '',
             'DATE/TIME     FOCUS                 DATA / ACTION / RESPONSE', '-' * 70]
        foci = [('Hyperthermia', 'D> T %.1f C, flushed, warm to touch' % c['vit'][0], 'A> TSB done, paracetamol given as ordered, '
                 'encouraged OFI', 'R> T 37.4 C after 1 hr'),
                ('Acute pain', 'D> pain score 6/10', 'A> positioned comfortably, ketorolac IV given as ordered', 'R> pain score 3/10'),
                ('Risk for fall', 'D> weak, on IVF', 'A> side rails up, call bell within reach, instructed watcher', 'R> no fall'),
                ('Ineffective airway clearance', 'D> productive cough, (+) crackles', 'A> nebulized, CPT done, deep breathing',
                 'R> expectorated whitish sputum'),
                ('Deficient fluid volume', 'D> dry lips, decreased UO', 'A> IVF regulated, monitored I&O', 'R> UO 40 cc/hr'),
                ('Knowledge deficit', 'D> verbalized questions about meds', 'A> health teaching on home meds done', 'R> verbalized understanding')]
        for f in sample(foci, rint(2, 4)):
            tm = ftime(style=2)
            t.append('%-13s %-21s %s' % (fdate(d, 6) if tm else '', f[0], f[1]))
            t.append('%-13s %-21s %s' % (tm, '', f[2]))
            t.append('%-13s %-21s %s' % ('', '', f[3]))
            t.append('%-35s %s' % ('', nursen(n)))
    elif v == 1:
        # shift narrative
        shift = ch(['7-3', '3-11', '11-7', '6A-6P', '6P-6A'])
        t = ['%s shift  %s' % (shift, fdate(d, 1)), '',
             'Received patient %s, %s, on bed, %s, with %s infusing well at %s. %s. ' % (
                 ch(['awake', 'asleep', 'conscious and coherent', 'lying']), ch(['on moderate high back rest', 'with watcher at bedside',
                                                                                 '']),
                 ch(['afebrile', 'febrile', 'not in distress']), ch(['PNSS 1L', 'D5LR 1L', 'PLRS 1L', 'heplock']),
                 ch(['level 600', 'level 300', '30 gtts/min', '100 cc/hr']), vitals(ctx, 2, shift=1)) +
             ch(['Meds given as ordered.', 'Due meds given.', 'Specimen for CBC extracted and sent to lab.',
                 'Attended Dr. %s rounds, with new orders carried out.' % ctx['att']['last']]) + ' ' +
             ch(['Encouraged to increase oral fluid intake.', 'Kept safe and comfortable.', 'Watcher instructed to call for any '
                 'untoward signs.', 'Endorsed to next shift.']), '', nursen(n)]
    elif v == 2:
        # vital signs / I&O sheet
        t = [h['short'] + ' - VITAL SIGNS & INTAKE/OUTPUT MONITORING', pt_header(ctx, 3), '',
             'TIME    BP       HR   RR   TEMP   O2    INTAKE(PO/IV)   OUTPUT(U/S)  SIGN']
        for i in range(rint(4, 7)):
            t.append('%-7s %-8s %-4d %-4d %-6.1f %-4d  %4d/%-4d       %4d/%-3s    %s' % (
                ftime(6 + 4 * i if 6 + 4 * i < 24 else 2, 0, 2), '%d/%d' % (rint(100, 150), rint(60, 95)), rint(70, 110), rint(16, 24),
                R.uniform(36.4, c['vit'][0]), rint(93, 99), rint(0, 400), rint(100, 500), rint(100, 600), ch(['0', '1', '-']),
                n['last'][:6].upper()))
        t.append('24-hr total: IN %d  OUT %d' % (rint(1800, 3000), rint(1200, 2600)))
    elif v == 3:
        # admission nursing assessment
        t = ['NURSING ADMISSION ASSESSMENT', nm(p, 1) + '   ' + agesex(p) + '   ' + p['room'], fdate(ctx['d'], 1) + ' ' + ftime(), '',
             'Mode of arrival: ' + ch(['wheelchair', 'stretcher', 'ambulatory']), 'Accompanied by: ' + ch(['spouse', 'daughter', 'mother', 'son']),
             'Allergies: ' + ch(['none', 'NKDA', 'penicillin', 'shrimp']), 'VS: ' + vitals(ctx, 3),
             'Pain: %d/10  Fall risk (Morse): %d  Braden: %d' % (rint(0, 7), ch([15, 25, 35, 45, 55]), rint(14, 22)),
             'Skin: ' + ('with wound, L foot, dressing in place' if c['key'] == 'dm' else ch(['intact', 'dry', 'warm to touch'])), 'Diet: ' + c['diet'],
             'Valuables: ' + ch(['with relative', 'cellphone kept by watcher', 'none']),
             'Oriented to room, call light, bed controls and hospital policies: ' + cb(True), '', nursen(n)]
    elif v == 4:
        # SOAPIE
        t = ['NURSING CARE NOTE', fdate(d, 0), '',
             'S - "%s" as verbalized by the patient.' % ch(['Masakit pa rin po ang tiyan ko', 'Medyo nahihirapan akong huminga',
                                                           'Okay na po ako', 'Nilalagnat pa rin po ako']),
             'O - ' + vitals(ctx, 0), 'A - ' + ch(['Acute pain related to surgical incision', 'Ineffective breathing pattern',
                                                   'Hyperthermia related to infectious process', 'Risk for infection']),
             'P - ' + ch(['Pain will be reduced to 2/10 within 8 hours', 'Patient will maintain SpO2 > 95%', 'Temp will go down to normal']),
             'I - ' + ch(['Administered analgesic as ordered; diversional activities', 'Placed on semi-Fowler\'s; O2 at 2 LPM',
                          'TSB done; antipyretic given']),
             'E - ' + ch(['Goal met', 'Goal partially met', 'Goal met, pain 2/10']), '', nursen(n)]
    elif v == 5:
        # endorsement / SBAR
        t = ['ENDORSEMENT (SBAR)', p['room'] + ' - ' + nm(p, 4) + ', ' + agesex(p), '',
             'S: ' + c['abbr'] + ', HD %d' % rint(1, ctx['los']), 'B: ' + c['dx'] + '. Allergies: none.',
             'A: ' + vitals(ctx, 2) + '; IVF: ' + ch(['PNSS 1L @ 80cc/hr', 'D5LR 1L x 8h', 'heplock']),
             'R: ' + ch(['for CBC at 6AM', 'monitor CBG', 'for OR tomorrow, NPO post midnight', 'for discharge, await billing']),
             'Endorsed by: ' + nursen(n) + '   Received by: ' + nursen(nurse())]
    else:
        # single-line chart entries
        t = []
        for i in range(rint(3, 6)):
            t.append('%s %s - %s' % (fdate(d, 6), ftime(style=3), ch([
                'Due meds given. Safety measures observed.', 'IVF changed to PNSS 1L. Site patent.', 'Seen by AP, with orders.',
                'Slept at intervals.', 'Voided. BM x1 formed.', 'CBG %d mg/dL, insulin given per sliding scale.' % rint(150, 260),
                'Pt ambulated to CR with assistance.', 'Wound dressing done, dry.', 'Temp %.1f, TSB done.' % R.uniform(37.5, 38.8)]))
                     + ' /' + nursen(n).split(',')[0].split('/')[0])
    return furniture(ctx, '\n'.join(t), 0.3)


def gen_ed_note(ctx):
    c, p, h = ctx['c'], ctx['p'], ctx['h']
    er = doctor('EM')
    v = rint(0, 5)
    tri = ch(['Level 2 - Emergent', 'Level 3 - Urgent', 'Cat 2', 'Cat 3', 'Priority II'])
    arr = ftime()
    disp = ch(['Admit to ' + c['svc'] + ' service under Dr. ' + ctx['att']['last'], 'Admitted', 'For admission - ' + p['room'],
               'Home, with instructions', 'HAMA', 'Transferred to another facility'])
    if v == 0:
        t = [letterhead(h), center('EMERGENCY DEPARTMENT RECORD'), '', 'ER No.: %s  Date: %s  Time of arrival: %s' % (
            digits(6), fdate(ctx['d'], 1), arr), 'Name: %s   Age/Sex: %d/%s' % (nm(p, 1), p['age'], p['sex']),
             'Triage: ' + tri, '', 'CHIEF COMPLAINT: ' + c['cc'], 'HPI: ' + hpi(ctx), 'PMHx: ' + '; '.join(pmh(ctx)), '',
             'PE: ' + vitals(ctx, 1), c['pe'], '', 'ER MANAGEMENT:', meds_block(c['meds_in'][:3], 1),
             '', 'IMPRESSION: ' + c['dx'].split(';')[0], 'DISPOSITION: ' + disp, 'Time: ' + ftime(), '', 'ER Physician: ' + drn(er, 2)]
    elif v == 1:
        t = ['ER', fdate(ctx['d'], 6) + ' ' + arr, nm(p, 1) + ' ' + agesex(p), '', 'CC: ' + c['cc'], 'HPI: ' + hpi(ctx),
             'VS: ' + vitals(ctx, 2), 'PE: ' + c['pe'], 'Imp: ' + c['abbr'], '', 'Plan:', '- labs: ' + ', '.join(x[0] for x in c['labs'][:4]),
             '- ' + (c['img'][0].lower() if c['img'] else 'ECG'), '- ' + c['meds_in'][0], '- referred to AP Dr. ' + ctx['att']['last'] +
             ', ' + ch(['noted with orders', 'for admission', 'to see pt']), '', resn(ctx['res'])]
    elif v == 2:
        t = [h['short'] + ' EMERGENCY ROOM', 'TRIAGE / ER PHYSICIAN RECORD', form_no('ER'),
             box(['Patient: ' + nm(p, 1), 'Arrival: %s %s by %s' % (fdate(ctx['d'], 1), arr, ch(['walk-in', 'ambulance', 'private car'])),
                  'Triage: %s   Triage nurse: %s' % (tri, nursen(ctx['n'])), vitals(ctx, 3)]),
             'History: ' + hpi(ctx), 'Physical exam: ' + c['pe'] + '. GCS 15.', '',
             'Orders: ' + '; '.join(c['meds_in'][:4]), 'Results: ' + labs_inline(c, 3), '',
             'Assessment: ' + c['dx'], 'Disposition: %s Admit  %s Home  %s Transfer  %s HAMA  %s Expired' % (
                 cb('dmit' in disp), cb(disp.startswith('Home')), cb(disp.startswith('Transf')), cb(disp == 'HAMA'), cb(False)),
             'Time of disposition: ' + ftime(), 'ER MD: ' + drn(er, 3)]
    elif v == 3:
        t = ['EMERGENCY DEPARTMENT PHYSICIAN NOTE', '', 'PATIENT: ' + nm(p, 1), 'DOS: ' + fdate(ctx['d'], 5), '',
             'HISTORY OF PRESENT ILLNESS: ' + hpi(ctx), '', 'REVIEW OF SYSTEMS: Otherwise negative.', '',
             'PHYSICAL EXAMINATION: ' + vitals(ctx, 0) + '. ' + c['pe'] + '.', '',
             'ED COURSE: Patient was given ' + ', '.join(m.split(' ')[0].lower() for m in c['meds_in'][:3]) + '. ' +
             ch(['Symptoms improved.', 'Reassessed, stable.', 'Referred to the service for admission.']), '',
             'MEDICAL DECISION MAKING: ' + ch(['Moderate complexity.', 'High complexity.']) + ' Labs reviewed: ' + labs_inline(c, 3) + '.', '',
             'DIAGNOSIS: ' + c['dx'], 'DISPOSITION: ' + disp, '', drn(er, 1)]
    elif v == 4:
        # minor ER case discharged home
        minor = ch([('Laceration wound, 3 cm, left forearm', 'Wound cleaned with PNSS, 4 sutures nylon 4-0, TT 0.5 mL IM given',
                     'Cefalexin 500 mg 1 cap QID x 5 days; return for suture removal after 7 days'),
                    ('Dog bite, Category II, right leg', 'Wound washed with soap and water x 15 min; PCECV 0.1 mL ID both deltoids',
                     'Follow up at ABTC on day 3 and day 7'),
                    ('Acute gastroenteritis, no signs of dehydration', 'ORS given, tolerated', 'ORS after every loose stool; zinc'),
                    ('Allergic urticaria', 'Diphenhydramine 50 mg IV given; wheals subsided', 'Cetirizine 10 mg OD x 5 days; avoid seafood'),
                    ('Sprain, right ankle', 'Cold compress, splint applied; X-ray: no fracture', 'RICE; celecoxib 200 mg BID x 5 days')])
        t = ['ER CONSULTATION RECORD', nm(p, 0) + ', ' + agesex(p), fdate(ctx['d'], 1) + ' ' + arr, '',
             'Dx: ' + minor[0], 'Mgt: ' + minor[1], 'Home meds/instructions: ' + minor[2], 'Disposition: Sent home improved at ' + ftime(),
             '', drn(er, 3)]
    else:
        t = [letterhead(h, 2), 'EMERGENCY ROOM - DOCTOR\'S NOTES', '', '%s  %s  HN %s' % (nm(p, 2), agesex(p), p['hn']), '',
             '%s  Seen at bedside. %s.' % (arr, c['cc'].capitalize()), vitals(ctx, 4) + '.',
             'Pertinent: ' + c['pe'] + '.', 'Working dx: ' + c['abbr'], '', ftime() + '  ' + ch(['Labs out: ', 'Results: ']) + labs_inline(c, 2),
             ftime() + '  Discussed with Dr. %s, for admission.' % ctx['att']['last'], '', drn(er, 0)]
    return furniture(ctx, '\n'.join(t), 0.4)


def gen_transfer_summary(ctx):
    c, p, h, att = ctx['c'], ctx['p'], ctx['h'], ctx['att']
    v = rint(0, 5)
    d = plus(ctx['d'], rint(1, ctx['los']))
    frm, to = ch([('Ward', 'ICU'), ('ICU', 'Ward'), ('ER', 'ICU'), ('Ward', 'Stepdown Unit'), ('CCU', 'Telemetry'),
                  ('NICU', 'Pedia ward')])
    other = ch(['Philippine General Hospital Annex', 'East Avenue Regional Medical Center Satellite', 'Rizal Provincial Hospital',
                'a PhilHealth-accredited government hospital', 'Lung Center Referral Annex'])
    if v == 0:
        t = [letterhead(h), '', center(ch(['TRANSFER SUMMARY', 'INTERFACILITY TRANSFER FORM', 'TRANSFER NOTE'])), '',
             pt_header(ctx, 1), 'Date/time of transfer: %s %s' % (fdate(d, 1), ftime()), 'Transferring facility: ' + h['name'],
             'Receiving facility: ' + other, 'Accepting physician: ' + drn(doctor(c['spec']), 0), '',
             'Reason for transfer: ' + ch(['No available ICU bed', 'Financial constraints', 'Patient/family request',
                                           'Need for services not available (cardiothoracic surgery)']), '',
             'Diagnosis: ' + c['dx'], 'Summary: ' + hpi(ctx), 'Course: ' + c['course'], '', 'Vital signs prior to transfer: ' + vitals(ctx, 0),
             'Current medications:', meds_block(c['meds_in'], 0), '', 'Lines/tubes: ' + ch(['IV line L hand', 'IJ catheter, FC', 'NGT, FC']),
             'Mode of transport: ' + ch(['Ambulance with nurse', 'Ambulance with physician', 'ACLS ambulance']),
             'Documents sent: %s chart copy %s X-ray films %s lab results' % (cb(True), cb(True), cb(True)), sig(att)]
    elif v == 1:
        t = [ch(['TRANSFER-IN NOTE', 'TRANSFER OUT NOTE', 'ACCEPTANCE NOTE']) + ' (%s to %s)' % (frm, to), fdate(d, 6) + ' ' + ftime(),
             nm(p, 1) + '  ' + agesex(p), '', 'Dx: ' + c['dx'], 'Brief hx: ' + hpi(ctx)[:240], 'Course: ' + c['course'],
             'Current VS: ' + vitals(ctx, 2), 'Active meds: ' + '; '.join(c['meds_in']), 'Pending: ' + ch(['blood CS', '2D echo',
                                                                                                         'repeat electrolytes']),
             'Plan on %s: %s' % (to, ch(['hemodynamic monitoring', 'step down care', 'continue antibiotics', 'titrate drips'])), '',
             resn(ctx['res'])]
    elif v == 2:
        t = [h['short'] + ' NURSING', 'INTRA-HOSPITAL TRANSFER / ENDORSEMENT FORM', '', 'Patient: ' + nm(p, 1), 'From: %s  To: %s' % (frm, to),
             'Date/time: %s %s' % (fdate(d, 1), ftime()), 'Diagnosis: ' + c['abbr'], 'VS on transfer: ' + vitals(ctx, 3),
             'IVF: ' + ch(['PNSS 1L @ 80 cc/hr', 'D5LR 1L x 8h', 'heplock']), 'O2: ' + ch(['room air', 'NC 2 LPM', 'face mask 6 LPM']),
             'Belongings endorsed: ' + cb(True), 'Chart, meds, X-rays endorsed: ' + cb(True), '',
             'Endorsing RN: ' + nursen(ctx['n']) + '   Receiving RN: ' + nursen(nurse())]
    elif v == 3:
        t = [drn(att, 1), '', fdate(d, 0), '', 'To the Admitting Officer,', other, '',
             'Dear Doctor,', '', 'We are transferring %s, %s, admitted with us on %s for %s. %s Due to %s, the family requested '
             'transfer to your institution.' % (nm(p, 0), agesex(p), fdate(ctx['d'], 0), c['dx'], c['course'],
                                               ch(['financial limitations', 'proximity to home', 'PhilHealth no-balance-billing'])),
             '', 'Latest labs: ' + labs_inline(c), 'Medications: ' + '; '.join(c['meds_in']), '', 'Thank you.', drn(att, 1)]
    elif v == 4:
        t = ['PATIENT TRANSFER RECORD', 'Sending: %s (%s)' % (h['name'], frm), 'Receiving: ' + ch([other, to]), '',
             'Name: %s   Age: %d   Sex: %s' % (nm(p, 1), p['age'], p['sex']), 'Diagnosis: ' + c['dx'],
             'Condition at transfer: ' + ch(['Stable', 'Guarded', 'Critical']), 'GCS: %d' % rint(9, 15), 'VS: ' + vitals(ctx, 0),
             'Allergies: ' + ch(['none', 'NKDA']), 'Code status: ' + ch(['Full code', 'DNR']), '',
             'Transferring MD: ' + drn(att, 3) + '   Accepted by: ' + drn(doctor(), 3) + ' via phone at ' + ftime()]
    else:
        t = ['ICU TRANSFER SUMMARY', pt_header(ctx, 5), '', 'ICU course (%s - %s): ' % (fdate(ctx['d'], 6), fdate(d, 6)) + c['course'],
             'Issues on transfer: 1) ' + c['abbr'] + ' 2) ' + ch(['deconditioning', 'pressure injury risk', 'glycemic control']),
             'Lines: ' + ch(['peripheral IV only', 'CVC removed ' + fdate(d, 6)]), 'Diet: ' + c['diet'],
             'Medications to continue:', meds_block(c['meds_in'], 1), '', resn(ctx['res']) + ' / ' + drn(att, 3)]
    return furniture(ctx, '\n'.join(t), 0.4)


def gen_provider_orders(ctx):
    c, p, h, att = ctx['c'], ctx['p'], ctx['h'], ctx['att']
    v = rint(0, 5)
    d = ctx['d']
    adm = ['Please admit to %s under the service of Dr. %s' % (ch(['ward', 'private room', 'semi-private', p['room']]), att['last']),
           'Secure consent for admission and management', 'TPR q4h and record', 'Diet: ' + c['diet'],
           'IVF: ' + ch(['PNSS 1L x 8h', 'D5LR 1L x 100 cc/hr', 'PLRS 1L x 120 cc/hr', 'D5 0.3 NaCl 500 mL x 60 cc/hr']),
           'Labs: ' + ', '.join(x[0] for x in c['labs'][:4])] + \
          ([c['img'][0].title() + ' today'] if c['img'] else []) + ['Meds:'] + ['  ' + m for m in c['meds_in'] if m not in ('NPO',)] + \
          ['Monitor I&O q shift', 'Refer for any untoward signs', 'Refer to ' + (c['consult'][0] if c['consult'] else 'IM') + ' service']
    if v == 0:
        t = [letterhead(h), '', center(ch(['DOCTOR\'S ORDER SHEET', 'PHYSICIAN\'S ORDERS', 'DOCTOR\'S ORDERS'])), pt_header(ctx, 0), '',
             '%-16s %-44s %s' % ('DATE/TIME', 'ORDERS', 'NURSE'), '-' * 72]
        first = True
        for o in adm:
            t.append('%-16s %-44s %s' % ((fdate(d, 6) + ' ' + ftime(style=0)) if first else '', o[:44], ''))
            first = False
        t += ['%-16s %-44s %s' % ('', '   ' + resn(ctx['res']), ''), '%-16s %-44s %s' % ('', '', 'carried out - ' + nursen(ctx['n']))]
    elif v == 1:
        t = ['ORDERS', fdate(plus(d, 1), 6) + ' ' + ftime(style=3), '']
        t += ['> ' + ch(['Continue meds', 'D/C ' + c['meds_in'][0].split(' ')[0], 'Shift to ' + c['meds_out'][0],
                         'Repeat ' + c['labs'][0][0] + ' in AM', 'May have soft diet', 'Hook to O2 via NC at 2 LPM PRN',
                         'Insert FC', 'Refer to Rehab for PT', 'Transfuse 1u PRBC properly typed and crossmatched x 4 hrs'])
              for _ in range(rint(2, 5))]
        t += ['', 'Dr. ' + att['last'] + ' / ' + resn(ctx['res'])]
    elif v == 2:
        # post-op orders
        s = c['surg'] or {'op': 'procedure', 'anes': 'local'}
        t = [h['short'] + ' - POST-OPERATIVE ORDERS', nm(p, 1), '', 'To RR, then to room when stable',
             'Post-op dx: ' + s.get('post', c['dx']), 's/p ' + s['op'] + ' under ' + s['anes'],
             'VS q15 mins until stable, then q1h x 4, then q4h', 'NPO until fully awake, then ' + ch(['clear liquids', 'sips of water']),
             'Position: ' + ch(['flat on bed x 6-8 hours (post-SAB)', 'semi-Fowler\'s', 'supine']),
             'IVF: PLRS 1L x 100 cc/hr', 'Meds:'] + ['  ' + m for m in c['meds_in'][1:]] + \
            ['Watch out for bleeding; refer', 'Encourage early ambulation', '', drn(att, 3)]
    elif v == 3:
        # discharge orders
        t = ['DOCTOR\'S ORDER', fdate(ctx['dd'], 1), '', '- May go home', '- Home meds:'] + ['    ' + m for m in c['meds_out']] + \
            ['- Follow up at clinic %s after %s' % (att['clinic'], ch(['1 week', '2 weeks'])), '- Secure clearance', '',
             drn(att, 3)]
    elif v == 4:
        # standing orders / order set with checkboxes
        t = [h['name'], ch(['ADMISSION ORDER SET - ' + c['svc'], 'PRE-PRINTED ORDERS', 'CLINICAL PATHWAY ORDERS: ' + c['abbr']]),
             form_no('MD'), pt_header(ctx, 2), '']
        for o in adm:
            t.append('%s %s' % (cb(chance(0.85)), o))
        t += ['', 'Physician signature: ' + drn(att, 2) + '  Date/Time: ' + fdate(d, 1) + ' ' + ftime()]
    else:
        # verbal/telephone order
        t = ['TELEPHONE ORDER' if chance(0.5) else 'VERBAL ORDER', fdate(plus(d, 1), 6) + ' ' + ftime(), '',
             'TO Dr. %s / %s' % (att['last'], nursen(ctx['n'])), ch(['Give ', 'Start ', 'Increase ', 'Hold ']) + c['meds_in'][rint(0, len(c['meds_in']) - 1)],
             ch(['Repeat CBC stat', 'Inform if SBP > 160', 'Refer once results are out', '']),
             'Read back: ' + cb(True), 'To be countersigned within 24 hours: ' + blank(16)]
    return furniture(ctx, '\n'.join(t), 0.4)


def gen_discharge_instructions(ctx):
    c, p, h, att = ctx['c'], ctx['p'], ctx['h'], ctx['att']
    v = rint(0, 5)
    warn = {'dengue': 'bleeding (gums, nose, black stools), severe abdominal pain, persistent vomiting, or dizziness',
            'cap': 'recurrence of fever, difficulty of breathing, or chest pain', 'age': 'sunken eyes, no urine for 6 hours, '
            'bloody stools, or inability to drink', 'dm': 'blood sugar below 70 or above 300 mg/dL, fever, or worsening of wound',
            'stroke': 'new weakness, slurred speech, severe headache', 'acs': 'chest pain not relieved by ISDN, shortness of breath',
            'chf': 'weight gain of more than 1 kg per day, difficulty of breathing when lying down, leg swelling',
            'htn': 'BP above 180/110, severe headache, chest pain, weakness of one side'}.get(c['key'],
            'fever, increasing pain, redness or discharge from the wound, or difficulty of breathing')
    fu = fdate(plus(ctx['dd'], rint(5, 14)), 0)
    if v == 0:
        t = [letterhead(h), '', center(ch(['DISCHARGE INSTRUCTIONS', 'HOME INSTRUCTIONS', 'DISCHARGE PLAN'])), '',
             'Name: ' + nm(p, 0) + '   Date of discharge: ' + fdate(ctx['dd'], 1), 'Diagnosis: ' + c['dx'].split(';')[0], '',
             'MEDICATIONS:', meds_block(c['meds_out'], 0), '', 'DIET: ' + c['diet'], 'ACTIVITY: ' + ch(['As tolerated',
                                                                                                    'Avoid strenuous activities for 2 weeks',
                                                                                                    'No heavy lifting for 6 weeks']),
             'WOUND CARE: ' + ('Keep wound clean and dry. Change dressing daily.' if c['surg'] else 'N/A'), '',
             'FOLLOW-UP: ' + drn(att, 0) + ', ' + att['clinic'] + ' on ' + fu,
             'Go to the nearest Emergency Room if with ' + warn + '.', '', 'Instructions explained to: ' + ch(['patient', 'patient and relative',
                                                                                                               'mother']) + '   ' + blank(18),
             'Nurse: ' + nursen(ctx['n'])]
    elif v == 1:
        # bilingual Filipino
        t = [h['name'].upper(), 'MGA BILIN SA PAG-UWI / HOME INSTRUCTIONS', '', 'Pasyente: ' + nm(p, 0), '',
             'Gamot (Medicines):'] + ['  %s' % m for m in c['meds_out']] + [
            '', 'Pagkain (Diet): ' + c['diet'], 'Bumalik sa klinika (Follow-up): ' + fu + ' - Dr. ' + att['last'],
            '', 'Bumalik agad sa ospital kung may (Return immediately if): ' + warn, '', 'Naipaliwanag ni / Explained by: ' + nursen(ctx['n'])]
    elif v == 2:
        t = ['Dear %s,' % p['first'].split(' ')[0], '', 'You were treated for %s. Here is what you need to do at home:' % c['dx'].split(';')[0].lower(),
             '']
        for i, m in enumerate(c['meds_out'], 1):
            t.append('%d. Take %s.' % (i, m))
        t += ['%d. Eat: %s.' % (len(c['meds_out']) + 1, c['diet'].lower()), '%d. See Dr. %s on %s.' % (len(c['meds_out']) + 2, att['last'], fu),
              '', 'Warning signs: ' + warn + '.', '', 'Get well soon!', h['short'] + ' ' + ch(['Nursing Service', 'Patient Education'])]
    elif v == 3:
        t = [h['short'] + ' DISCHARGE CHECKLIST', pt_header(ctx, 3), '',
             '%s Home medications explained and given  %s Prescription given' % (cb(True), cb(True)),
             '%s Follow-up schedule: %s' % (cb(True), fu), '%s Medical certificate issued  %s Clinical abstract issued' % (cb(chance(0.5)), cb(chance(0.5))),
             '%s Lab/imaging results released' % cb(True), '%s Health teaching on diet: %s' % (cb(True), c['diet']),
             '%s IV line removed, site intact' % cb(True), '%s Billing/PhilHealth clearance' % cb(True), '',
             'Mode of discharge: ' + ch(['ambulatory', 'wheelchair', 'private car']), 'Time out: ' + ftime(), 'Nurse: ' + nursen(ctx['n'])]
    elif v == 4:
        # pediatric
        t = ['HOME INSTRUCTIONS (PEDIATRICS)', nm(p, 0) + ', ' + agesex(p), '', '1. Give medicines as prescribed:'] + \
            ['     - ' + m for m in c['meds_out']] + ['2. Continue breastfeeding / usual milk feeding.', '3. Keep child well hydrated.',
                                                   '4. Complete immunizations at your health center.', '5. Follow-up: ' + fu,
                                                   '6. Bring the child back if: ' + warn + '.', '', drn(att, 2)]
    else:
        t = ['DISCHARGE INSTRUCTIONS - POST-OPERATIVE' if c['surg'] else 'AFTER YOUR HOSPITAL STAY', '',
             'Procedure: ' + ((c['surg'] or {}).get('op') or 'None'), 'Activity: ' + ch(['Walk several times a day', 'Rest; gradual return to activity']),
             'Bathing: ' + ch(['May shower after 48 hours; pat wound dry', 'Sponge bath only until follow-up']),
             'Pain: ' + ch(['Take pain reliever as prescribed', 'Cold compress for 20 mins as needed']),
             'Medicines: ' + '; '.join(c['meds_out']), 'Appointment: ' + fu + ' at ' + att['clinic'],
             'Call %s or go to the ER if: %s.' % (h['tel'], warn)]
    return furniture(ctx, '\n'.join(t), 0.3)


def peso(x):
    return '{:,.2f}'.format(x)

def gen_other(ctx):
    c, p, h, att = ctx['c'], ctx['p'], ctx['h'], ctx['att']
    v = rint(0, 10)
    if v == 0:
        # medical certificate
        rest = rint(3, 14)
        t = [letterhead(h, ch([0, 1])), '', center('MEDICAL CERTIFICATE'), '', fdate(ctx['dd'], 0), '', 'TO WHOM IT MAY CONCERN:', '',
             'This is to certify that %s, %d years old, %s, of %s, was %s on %s%s with the following diagnosis:' % (
                 nm(p, 0), p['age'], p['cs'].lower(), p['addr'], ch(['confined at this hospital', 'seen and examined at the OPD',
                                                                    'examined']), fdate(ctx['d'], 0),
                 (' to ' + fdate(ctx['dd'], 0)) if chance(0.6) else ''), '', '    ' + c['dx'].upper(), '',
             'Recommendation: ' + ch(['Rest for %d days from date of discharge.' % rest, 'May return to work on %s.' % fdate(plus(ctx['dd'], rest), 0),
                                      'Fit to work.', 'Follow up after 2 weeks.']), '',
             'This certification is issued upon the request of the patient for %s.' % ch(['employment purposes', 'SSS sickness benefit',
                                                                                         'school requirements', 'insurance claim',
                                                                                         'whatever legal purpose it may serve']),
             '', '', drn(att, 1), 'Attending Physician', 'Lic. No. ' + att['lic'], 'PTR No. ' + att['ptr'],
             '' if chance(0.5) else '\nNot valid without hospital dry seal.']
    elif v == 1:
        # fax cover
        t = ['FAX TRANSMITTAL', h['name'], h['addr'], 'Fax: %s   Tel: %s' % (h['tel'], h['tel']), '',
             'TO: ' + ch(HMOS + ['Philippine Heart Referral Center', 'Dr. %s' % ch(SURNAMES)]), 'ATTN: ' + ch(['Claims Department',
                                                                                                           'Medical Coordinator',
                                                                                                           'Admitting Section']),
             'FROM: ' + ch(['Medical Records Section', 'HMO Coordinator', 'Billing Section']), 'DATE: ' + fdate(ctx['dd'], 1),
             'NO. OF PAGES (including cover): %d' % rint(2, 12), 'RE: ' + nm(p, 1), '', 'MESSAGE:',
             ch(['Please see attached clinical abstract and statement of account for approval.',
                 'Forwarding LOA request for the above patient. Kindly send approval code ASAP.',
                 'Attached are the requested medical records. Please acknowledge receipt.']), '',
             'CONFIDENTIALITY NOTICE: This transmission contains confidential medical information intended only for the addressee. '
             'If you received this in error, please notify the sender immediately and destroy all copies.']
    elif v == 2:
        # statement of account
        rb = rint(1500, 6000) * ctx['los']
        items = [('Room and Board', rb), ('Laboratory', rint(2000, 15000)), ('Radiology', rint(0, 12000)),
                 ('Pharmacy/Medicines', rint(3000, 40000)), ('Medical supplies', rint(1000, 15000)), ('Operating Room', rint(15000, 60000) if c['surg'] else 0),
                 ('Miscellaneous', rint(200, 2000))]
        tot = sum(x[1] for x in items)
        ph = min(tot * 0.4, ch([11000, 15000, 19500, 24000, 32000]))
        t = [letterhead(h, 0), '', center(ch(['STATEMENT OF ACCOUNT', 'SOA - FINAL BILL', 'PATIENT BILLING STATEMENT'])), '',
             'Patient: ' + nm(p, 1) + '   Room: ' + p['room'], 'Admitted: %s   Discharged: %s' % (fdate(ctx['d'], 1), fdate(ctx['dd'], 1)),
             'Final Dx: ' + c['dx'].split(';')[0] + '   ICD-10: ' + c['icd'], '', '%-30s %14s' % ('PARTICULARS', 'AMOUNT')]
        for k, a in items:
            if a:
                t.append('%-30s %14s' % (k, peso(a)))
        t += ['%-30s %14s' % ('TOTAL HOSPITAL CHARGES', peso(tot)), '%-30s %14s' % ('Less: PhilHealth', '(' + peso(ph) + ')')]
        if p['age'] >= 60:
            t.append('%-30s %14s' % ('Less: Senior Citizen 20%', '(' + peso((tot - ph) * 0.2) + ')'))
        if p['hmo']:
            t.append('%-30s %14s' % ('Less: HMO - ' + p['hmo'][:14], '(' + peso((tot - ph) * 0.7) + ')'))
        t += ['', 'Professional fees: ' + drn(att, 3) + ' PHP ' + peso(rint(5, 60) * 1000), '', 'Prepared by: ' + nm(person(), 0) + ', Billing Clerk']
    elif v == 3:
        # release of information request
        t = [h['name'], 'MEDICAL RECORDS SECTION', ch(['REQUEST FOR RELEASE OF MEDICAL INFORMATION', 'AUTHORIZATION TO RELEASE RECORDS']), '',
             'Date of request: ' + fdate(plus(ctx['dd'], rint(5, 300)), 1), 'Patient name: ' + nm(p, 0), 'Hospital No.: ' + p['hn'],
             'Date(s) of confinement: %s - %s' % (fdate(ctx['d'], 1), fdate(ctx['dd'], 1)), '',
             'Records requested: %s Clinical abstract  %s Discharge summary  %s Laboratory results  %s Operative record  %s Entire chart' % (
                 cb(True), cb(chance(0.5)), cb(chance(0.5)), cb(bool(c['surg'])), cb(False)),
             'Purpose: ' + ch(['Insurance claim', 'Continuity of care abroad', 'Legal', 'Employment', 'SSS/GSIS claim']),
             'Release to: ' + ch(['Patient', 'Authorized representative: ' + nm(person(), 0), ch(HMOS)]), '',
             'Requirements: valid ID of patient and representative, authorization letter, payment of certification fee.', '',
             'Signature of requesting party: ' + blank(22), 'Approved: ' + blank(16) + ' Medical Records Officer',
             'OR No.: %s   Amount: PHP %s' % (digits(7), ch(['150.00', '200.00', '350.00', '500.00']))]
    elif v == 4:
        # patient questionnaire
        t = [h['short'] + ' ' + ch(['PATIENT HEALTH QUESTIONNAIRE', 'PRE-CONSULTATION SCREENING FORM', 'COVID-19 HEALTH DECLARATION',
                                    'PATIENT SATISFACTION SURVEY']), '', 'Name: ' + nm(p, 0) + '   Date: ' + fdate(ctx['d'], 1), '']
        if 'COVID' in t[0]:
            qs = ['Fever in the past 14 days?', 'Cough or colds?', 'Loss of taste or smell?', 'Travel outside Metro Manila?',
                  'Close contact with a confirmed case?']
        elif 'SATIS' in t[0]:
            qs = ['Courtesy of nurses', 'Cleanliness of room', 'Explanation by doctor', 'Billing process', 'Food']
            t += ['%-34s %s' % (q, '  '.join('%s%d' % (cb(i == rint(3, 5)), i) for i in range(1, 6))) for q in qs]
            t += ['', 'Comments: ' + ch(['Very accommodating staff, salamat po!', 'Long wait at billing.', 'Aircon not working in room.', ''])]
            qs = []
        else:
            qs = ['Do you smoke?', 'Do you have high blood pressure?', 'Are you diabetic?', 'Any allergies?',
                  'Are you currently taking medicines?', 'Have you been hospitalized in the past year?']
        for q in qs:
            y = chance(0.3)
            t.append('%-46s %s Yes  %s No' % (q, cb(y), cb(not y)))
        t += ['', 'Signature: ' + blank(20)]
    elif v == 5:
        # PhilHealth CF2 / CSF excerpt
        t = ['PhilHealth', ch(['CLAIM FORM 2 (CF-2)', 'CLAIM SIGNATURE FORM (CSF)']), 'Revised %s' % ch(['September 2018', 'January 2022']), '',
             'PART I - HEALTH CARE INSTITUTION (HCI) INFORMATION', '1. PhilHealth Accreditation No. (PAN) of HCI: H%s' % digits(8),
             '2. Name of HCI: ' + h['name'], '3. Address: ' + h['addr'], '', 'PART II - PATIENT CONFINEMENT INFORMATION',
             '1. Name of patient: %s, %s %s' % (p['last'].upper(), p['first'].upper(), p['mid'].upper()),
             '2. Referred by another HCI? %s No  %s Yes' % (cb(True), cb(False)),
             '3. Confinement period: Admitted %s %s  Discharged %s %s' % (fdate(ctx['d'], 1), ftime(), fdate(ctx['dd'], 1), ftime()),
             '4. Patient disposition: %s Improved  %s Recovered  %s HAMA  %s Expired  %s Transferred' % (cb(True), cb(False), cb(False),
                                                                                                    cb(False), cb(False)),
             '5. Type of accommodation: %s Private  %s Non-private (charity/service)' % (cb(True), cb(False)),
             '6. Admission diagnosis: ' + c['dx'].split(';')[0], '7. Discharge diagnosis / ICD-10: %s  %s' % (c['dx'], c['icd']),
             '   RVS code (if procedure): ' + (str(rint(10000, 99999)) if c['surg'] else 'N/A'), '',
             '8. Accredited health care professional: ' + drn(att, 2) + '  PAN: %s-%s-%s' % (digits(4), digits(7), digits(1)),
             '', 'PART III - CERTIFICATION OF CONSUMPTION OF BENEFITS', '%s PhilHealth benefit is enough to cover HCI and PF charges' % cb(chance(0.3)),
             '%s Benefit is not completely consumed / co-pay required' % cb(True)]
    elif v == 6:
        # HMO letter of authorization
        t = [ch(HMOS).upper(), 'LETTER OF AUTHORIZATION (LOA)', '', 'LOA No.: %s-%s' % (ctx['d'].year, digits(7)), 'Date issued: ' + fdate(ctx['d'], 1),
             'Valid until: ' + fdate(plus(ctx['d'], 3), 1), '', 'Member: ' + nm(p, 1), 'Company: ' + ch(COMPANIES),
             'Provider: ' + h['name'], 'Physician: ' + drn(att, 0), '', 'Approved services:',
             '  ' + ch(['In-patient admission', 'Out-patient diagnostics: ' + ', '.join(x[0] for x in c['labs'][:3]),
                        'Consultation - ' + att['specname']]), 'Diagnosis: ' + c['dx'].split(';')[0],
             'Approved amount: up to PHP ' + peso(rint(5, 150) * 1000), '', 'Not valid for pre-existing conditions beyond the benefit limit.',
             'Approved by: ' + nm(person(), 4) + ' (Medical Coordinator)']
    elif v == 7:
        # photo captions / clinical photography
        t = ['CLINICAL PHOTOGRAPHS', nm(p, 1) + '  ' + p['hn'], '']
        for i in range(rint(2, 4)):
            t.append('Fig. %d. %s - %s' % (i + 1, fdate(plus(ctx['d'], i * 2), 1), ch([
                'Wound, left foot, plantar view, before debridement', 'Post-operative incision site, POD 3', 'Rash on lower extremities',
                'Gross specimen', 'Pressure injury, sacral area, stage 2', 'Healed wound, 2 weeks post-op'])))
        t += ['', 'Photographs taken with consent of patient. For medical record use only.']
    elif v == 8:
        # birth/death related legal form / police report request / medico-legal
        t = [letterhead(h, 0), '', ch(['CERTIFICATE OF CONFINEMENT', 'CERTIFICATION', 'CERTIFICATE OF ATTENDANCE']), '',
             'This is to certify that %s was %s %s from %s to %s.' % (nm(p, 0), ch(['confined at', 'admitted to', 'a patient of']), h['name'],
                                                                    fdate(ctx['d'], 0), fdate(ctx['dd'], 0)),
             '', 'This certification is issued upon request of %s for %s purposes.' % (ch(['the patient', 'the spouse', 'the employer']),
                                                                                      ch(['leave', 'insurance', 'school', 'legal'])),
             '', 'Issued this %s.' % fdate(plus(ctx['dd'], rint(1, 30)), 0), '', nm(person(), 3), ch(['Medical Records Officer', 'Head, HIMD',
                                                                                                      'Chief Nurse'])]
    elif v == 9:
        # diet / nutrition / PT schedule etc
        t = [h['short'] + ' ' + ch(['NUTRITION AND DIETETICS', 'DIET KARDEX', 'PHYSICAL THERAPY SCHEDULE']), nm(p, 1) + '  ' + p['room'], '']
        if 'PHYSICAL' in t[0]:
            for i in range(rint(3, 6)):
                t.append('%s  %s  %s' % (fdate(plus(ctx['d'], i), 6), ftime(rint(8, 16), 0, 1), ch(['ROM exercises', 'gait training',
                                                                                                  'chest PT', 'ambulation'])))
        else:
            t += ['Diet order: ' + c['diet'], 'Ht: %d cm  Wt: %d kg  BMI: %.1f' % (rint(145, 178), rint(45, 92), R.uniform(17, 33)),
                  'TER: %d kcal  CHO %d%%  CHON %d%%  Fat %d%%' % (ch([1500, 1800, 2000]), 55, 15, 30),
                  'Food allergies: ' + ch(['none', 'shrimp', 'eggs']), 'Dietitian: ' + nm(person(), 0) + ', RND']
    else:
        # receipt / official receipt / pharmacy charge slip
        t = [h['name'], 'CHARGE SLIP' if chance(0.5) else 'OFFICIAL RECEIPT', 'No. %s' % digits(7), 'Date: ' + fdate(ctx['d'], 1), '',
             'Name: ' + nm(p, 1), 'Dept: ' + ch(['Pharmacy', 'Laboratory', 'Radiology', 'Central Supply'])]
        tot = 0
        for m in sample(c['meds_in'] + [x[0] for x in c['labs']], rint(2, 5)):
            a = rint(50, 3500)
            tot += a
            t.append('  %-40s %10s' % (m[:40], peso(a)))
        t += ['  %-40s %10s' % ('TOTAL', peso(tot)), 'Cashier: ' + nm(person(), 4)]
    return furniture(ctx, '\n'.join(t), 0.4)


# ---------------------------------------------------------------- OCR noise
OCR_SUBS = [('l', '1'), ('1', 'l'), ('O', '0'), ('0', 'O'), ('rn', 'm'), ('m', 'rn'), ('e', 'c'), ('S', '5'), ('B', '8'),
            ('.', ','), (',', '.'), ('i', 'l'), ('I', 'l'), ('h', 'b'), ('u', 'v'), ('a', 'o'), ('cl', 'd'), ('t', 'f')]

def ocr_noise(text, level):
    if level <= 0:
        return text
    out = []
    i = 0
    n = len(text)
    p = 0.004 * level
    while i < n:
        if R.random() < p:
            a, b = ch(OCR_SUBS)
            if text.startswith(a, i):
                out.append(b)
                i += len(a)
                continue
            r = R.random()
            if r < 0.2 and text[i] == ' ':
                i += 1
                continue
            if r < 0.3:
                out.append(ch([' ', '~', '\'', '|', '.', '_']))
        out.append(text[i])
        i += 1
    s = ''.join(out)
    if level >= 2:
        lines = s.split('\n')
        for j in range(len(lines)):
            if R.random() < 0.03:
                lines[j] = lines[j].rstrip() + ch([' |', ' :', ' ;', '  .'])
            if R.random() < 0.02 and len(lines[j]) > 10:
                lines[j] = ' ' * rint(1, 4) + lines[j]
        s = '\n'.join(lines)
    return s

def postprocess(text):
    # scanner/OCR artefacts, stamps, whitespace variations
    if chance(0.15):
        text = text.upper() if chance(0.3) else text
    if chance(0.12):
        text = ch(['RECEIVED\n%s\nBy: ____' % fdate(rand_date(), 2).upper(), '*** SCANNED DOCUMENT ***',
                   'FILE COPY', 'PATIENT\'S COPY', 'DUPLICATE']) + '\n' + text
    lvl = ch([0, 0, 1, 1, 1, 2, 2, 3])
    text = ocr_noise(text, lvl)
    if chance(0.1):
        text = text.replace('\n\n', '\n')
    return text.strip('\n') + '\n'


GENERATORS = {
    'discharge_summary': gen_discharge_summary, 'history_physical': gen_history_physical, 'progress_note': gen_progress_note,
    'consult_note': gen_consult_note, 'operative_note': gen_operative_note, 'procedure_note': gen_procedure_note,
    'lab_report': gen_lab_report, 'imaging_report': gen_imaging_report, 'pathology_report': gen_pathology_report,
    'medication_list': gen_medication_list, 'prescription': gen_prescription, 'anesthesia_record': gen_anesthesia_record,
    'correspondence': gen_correspondence, 'consent_form': gen_consent_form, 'referral_letter': gen_referral_letter,
    'advance_directive': gen_advance_directive, 'ecg_report': gen_ecg_report, 'immunization_record': gen_immunization_record,
    'registration_form': gen_registration_form, 'insurance_card': gen_insurance_card, 'nursing_note': gen_nursing_note,
    'ed_note': gen_ed_note, 'transfer_summary': gen_transfer_summary, 'provider_orders': gen_provider_orders,
    'discharge_instructions': gen_discharge_instructions, 'other': gen_other,
}


def main():
    global R
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--per-type', type=int, default=25)
    ap.add_argument('--out', default='docs.jsonl')
    a = ap.parse_args()
    R = random.Random(a.seed)
    rows = []
    for label, fn in GENERATORS.items():
        for i in range(a.per_type):
            ctx = make_ctx()
            text = fn(ctx)
            text = postprocess(text)
            rows.append({'id': 'ph-%d-%s-%04d' % (a.seed, label, i), 'label': label, 'text': text})
    R.shuffle(rows)
    with open(a.out, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
