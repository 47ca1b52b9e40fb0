#!/usr/bin/env python3
"""Synthetic clinical document generator: English-language public referral
hospitals in East Africa (Kenya, Uganda, Tanzania), 2005-2022.
Every name, number, facility and place produced here is invented.
Usage: python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
"""
import argparse
import datetime
import json
import random

R = random.Random(0)


def pk(seq):
    return R.choice(seq)


def mb(p=0.5):
    return R.random() < p


def ri(a, b):
    return R.randint(a, b)


def rf(a, b, d=1):
    return round(R.uniform(a, b), d)


def pks(seq, k):
    return R.sample(list(seq), min(k, len(seq)))


def wpk(pairs):
    tot = sum(w for _, w in pairs)
    x = R.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def digits(n):
    return ''.join(str(ri(0, 9)) for _ in range(n))


# ----------------------------------------------------------------- countries
COUNTRIES = {
    'KE': dict(
        gov=['REPUBLIC OF KENYA', 'THE REPUBLIC OF KENYA', 'Republic of Kenya'],
        cur='KSh', ph='+254', council='KMPDC', ins='NHIF',
        towns=['Kambirwa', 'Lugongo', 'Matindi', 'Olekasasi', 'Nyandiwa', 'Kiriandu', 'Chepsinende',
               'Ndaragwe', 'Ruguru', 'Ndithini', 'Kaplelach', 'Mbaruku', 'Sigomere', 'Kiboswa Juu',
               'Mwatindi', 'Oyugis Kati'],
        first_m=['John', 'Peter', 'Brian', 'Kevin', 'Dennis', 'Joseph', 'Samuel', 'Daniel', 'Collins',
                 'Evans', 'Hassan', 'Kiprotich', 'Wafula', 'Moses', 'Geoffrey', 'Stephen', 'Vincent'],
        first_f=['Mary', 'Grace', 'Faith', 'Mercy', 'Purity', 'Caroline', 'Esther', 'Lilian', 'Winnie',
                 'Beatrice', 'Amina', 'Jepkoech', 'Naliaka', 'Nancy', 'Josephine', 'Rose', 'Sharon'],
        sur=['Otieno', 'Wanjiru', 'Kamau', 'Mutua', 'Chebet', 'Kiprono', 'Achieng', 'Njoroge', 'Wekesa',
             'Omondi', 'Auma', 'Mwangi', 'Nyambura', 'Kiptoo', 'Barasa', 'Odhiambo', 'Muthoni', 'Kilonzo',
             'Cheruiyot', 'Wambui', 'Onyango', 'Makokha', 'Nduta', 'Ruto', 'Juma', 'Akinyi']),
    'UG': dict(
        gov=['THE REPUBLIC OF UGANDA', 'REPUBLIC OF UGANDA', 'The Republic of Uganda'],
        cur='UGX', ph='+256', council='UMDPC', ins='scheme',
        towns=['Rwemigina', 'Kyamurwa', 'Lukumbi', 'Bugembe Hill', 'Nyabuhama', 'Aboke Central',
               'Kibirizi', 'Ogwete', 'Ruhoko', 'Namwendwa North', 'Kyakabale', 'Odupi', 'Bukaleba',
               'Kitagwenda West', 'Apuuti'],
        first_m=['John', 'Moses', 'Ronald', 'Isaac', 'Godfrey', 'Patrick', 'Emmanuel', 'Denis', 'Joseph',
                 'Robert', 'Hassan', 'Julius', 'Samuel', 'Brian', 'Fred', 'Charles'],
        first_f=['Sarah', 'Harriet', 'Prossy', 'Agnes', 'Florence', 'Immaculate', 'Scovia', 'Gloria',
                 'Betty', 'Annet', 'Juliet', 'Rehema', 'Christine', 'Doreen', 'Miriam', 'Joan'],
        sur=['Okello', 'Namubiru', 'Ssemakula', 'Nakato', 'Mugisha', 'Tumusiime', 'Atuhaire', 'Kato',
             'Babirye', 'Opio', 'Akello', 'Byaruhanga', 'Nansubuga', 'Ochieng', 'Kyomuhendo', 'Waiswa',
             'Nabirye', 'Ssali', 'Acen', 'Twinomugisha', 'Kasozi', 'Nalwoga', 'Otim', 'Ainembabazi']),
    'TZ': dict(
        gov=['THE UNITED REPUBLIC OF TANZANIA', 'UNITED REPUBLIC OF TANZANIA', 'Jamhuri ya Muungano wa Tanzania'],
        cur='TSh', ph='+255', council='MCT', ins='NHIF',
        towns=['Nyakasanga', 'Mwanyasi', 'Kisangaji', 'Lubengela', 'Mbwewe Juu', 'Makongolosi Kati',
               'Kisiwani Mpya', 'Mtambani', 'Ilolangulu', 'Kashozi', 'Msasani Mpya', 'Ruhuwiko Kaskazini',
               'Chamwino Ikulu Juu', 'Nyamhongo', 'Kibosho Kati'],
        first_m=['Baraka', 'Juma', 'Emmanuel', 'Godfrey', 'Hamisi', 'Joseph', 'Elia', 'Salum', 'Frank',
                 'Daudi', 'Hussein', 'Athumani', 'Peter', 'Richard', 'Erasto', 'Yusuph'],
        first_f=['Neema', 'Rehema', 'Zawadi', 'Halima', 'Mwanaisha', 'Anna', 'Upendo', 'Happiness',
                 'Rose', 'Agnes', 'Fatuma', 'Tumaini', 'Esther', 'Subira', 'Witness', 'Mariam'],
        sur=['Mwakyusa', 'Massawe', 'Mushi', 'Mrema', 'Kimaro', 'Hassan', 'Lyimo', 'Mollel', 'Swai',
             'Mwita', 'Salim', 'Mwakalinga', 'Shayo', 'Nyirenda', 'Magesa', 'Mbwambo', 'Kaaya',
             'Mapunda', 'Chacha', 'Komba', 'Mnyampala', 'Sanga', 'Temba', 'Lukumay']),
}

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']


def ordinal(n):
    if 11 <= n % 100 <= 13:
        return '%dth' % n
    return '%d%s' % (n, {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))


def fd(d, style=None):
    style = style if style is not None else ST.get('date', 0)
    if style == 0:
        return d.strftime('%d/%m/%Y')
    if style == 1:
        return d.strftime('%d/%m/%y')
    if style == 2:
        return d.strftime('%d.%m.%Y')
    if style == 3:
        return d.strftime('%d-%b-%Y')
    if style == 4:
        return '%s %s %d' % (ordinal(d.day), MONTHS[d.month - 1], d.year)
    if style == 5:
        return d.strftime('%Y-%m-%d')
    if style == 6:
        return '%d/%d/%s' % (d.day, d.month, d.strftime('%y'))
    return d.strftime('%d-%m-%Y')


def ft(h=None, m=None, style=None):
    h = ri(0, 23) if h is None else h
    m = pk([0, 5, 10, 15, 20, 30, 40, 45, 50]) if m is None else m
    style = style if style is not None else ST.get('time', 0)
    if style == 0:
        return '%02d%02dh' % (h, m)
    if style == 1:
        return '%02d:%02d' % (h, m)
    if style == 2:
        hh = h % 12 or 12
        return '%d.%02d%s' % (hh, m, 'am' if h < 12 else 'pm')
    return '%02d%02dhrs' % (h, m)


ST = {}


def new_style():
    ST.clear()
    ST['date'] = ri(0, 7)
    ST['time'] = ri(0, 3)
    ST['hcase'] = pk(['upper', 'upper', 'title', 'title', 'lower_colon'])
    ST['hdeco'] = pk(['colon', 'colon', 'colon', 'none', 'underline', 'dash', 'eq'])
    ST['sep'] = pk([': ', ': ', ':  ', ' - ', ':- ', '. '])
    ST['bullet'] = pk(['- ', '* ', '', 'o ', '> ', '. '])
    ST['num'] = pk(['%d. ', '%d) ', '(%d) ', '%d.  ', '%d- '])
    ST['med'] = pk(['abbr', 'abbr', 'word', 'caps', 'terse'])
    ST['blank'] = pk(['_' * 18, '.' * 22, '________', '............', '__________________________'])


def H(t):
    c = ST.get('hcase', 'upper')
    if c == 'upper':
        s = t.upper()
    elif c == 'title':
        s = t[0].upper() + t[1:]
    else:
        s = t[0].upper() + t[1:].lower()
    d = ST.get('hdeco', 'colon')
    if d == 'colon':
        return s + ':'
    if d == 'underline':
        return s + '\n' + '-' * len(s)
    if d == 'dash':
        return '--- ' + s + ' ---'
    if d == 'eq':
        return '== ' + s + ' =='
    return s


def KV(k, v):
    return '%s%s%s' % (k, ST.get('sep', ': '), v)


def BL(items, num=None):
    if num is None:
        num = mb(0.4)
    out = []
    for i, it in enumerate(items, 1):
        out.append((ST['num'] % i if num else ST['bullet']) + it)
    return '\n'.join(out)


def blank():
    return ST.get('blank', '__________')


def para(sents):
    return ' '.join(s for s in sents if s)


def cap(s):
    return s[:1].upper() + s[1:] if s else s


# ------------------------------------------------------------------- people
def person_name(co, sex, order=None):
    d = COUNTRIES[co]
    first = pk(d['first_m'] if sex == 'M' else d['first_f'])
    sur = pk(d['sur'])
    mid = pk(d['sur']) if mb(0.45) else ''
    if mid == sur:
        mid = ''
    order = order if order is not None else (pk([0, 1, 1]) if co == 'UG' else pk([0, 0, 0, 2]))
    if order == 1:
        return ('%s %s' % (sur.upper(), first)) if not mid else '%s %s %s' % (sur.upper(), first, mid)
    if order == 2:
        return ('%s, %s' % (sur.upper(), first)) + ((' ' + mid) if mid else '')
    return ' '.join(x for x in [first, mid, sur] if x)


def fmt_age(age, style=None):
    style = ri(0, 4) if style is None else style
    if age < 1:
        mo = max(1, int(round(age * 12)))
        return pk(['%d/12' % mo, '%d months' % mo, '%dmo' % mo, '%d mths' % mo])
    if age < 5 and mb(0.4):
        return pk(['%d yrs %d months' % (int(age), int((age % 1) * 12)), '%dy %dm' % (int(age), int((age % 1) * 12))])
    a = int(age)
    return ['%d yrs' % a, '%d years' % a, '%dY' % a, '%d y/o' % a, '%d' % a][style]


def pron(sex):
    if sex == 'M':
        return dict(he='he', his='his', him='him', He='He', His='His', man='man', boy='boy', mr='Mr.')
    return dict(he='she', his='her', him='her', He='She', His='Her', man='woman', boy='girl', mr=pk(['Ms.', 'Mrs.']))


def clin_name(co, role='dr', sex=None):
    sex = sex or pk(['M', 'F'])
    d = COUNTRIES[co]
    first = pk(d['first_m'] if sex == 'M' else d['first_f'])
    sur = pk(d['sur'])
    f = pk(['{t} {f} {s}', '{t} {i}. {s}', '{t} {s} {i}.', '{t} {s}', '{t} {f} {s}'])
    t = {'dr': 'Dr.', 'nurse': pk(['Sr.', 'Nurse', '', 'NO', 'Sr']), 'co': pk(['', 'CO', 'Mr.' if sex == 'M' else 'Ms.']),
         'plain': ''}[role]
    if role == 'dr' and mb(0.15):
        t = 'Dr'
    return f.format(t=t, f=first, s=sur, i=first[0]).strip()


QUAL = {
    'intern': ['Intern MO', 'Medical Officer Intern', 'Intern Doctor', 'MOI', 'Intern'],
    'mo': ['Medical Officer', 'MO', 'SHO', 'Senior House Officer', 'MO i/c'],
    'reg': ['Registrar', 'Resident (MMed Yr II)', 'Senior Registrar', 'SR', 'Registrar/MMed III'],
    'cons': ['Consultant', 'Consultant Physician', 'Consultant Surgeon', 'Specialist', 'Senior Consultant'],
    'co': ['Clinical Officer', 'CO', 'Registered Clinical Officer', 'RCO'],
    'amo': ['AMO', 'Assistant Medical Officer'],
    'nurse': ['RN', 'KRCHN', 'Nursing Officer', 'EN', 'RM', 'Sister i/c', 'SRN', 'NO II', 'BScN'],
}


def staff(co, level=None):
    level = level or pk(['intern', 'mo', 'mo', 'reg', 'cons'])
    if level == 'co' and co == 'TZ':
        level = 'amo'
    role = 'co' if level in ('co', 'amo') else ('nurse' if level == 'nurse' else 'dr')
    return clin_name(co, role), pk(QUAL[level])


def sig(co, level=None, style=None, label=None):
    n, q = staff(co, level)
    style = ri(0, 6) if style is None else style
    reg = '%s Reg. No. %s' % (COUNTRIES[co]['council'], pk(['A', 'B', '', 'DR/', 'CO/']) + digits(ri(4, 5)))
    if style == 0:
        return 'Signed: %s\n%s, %s' % (blank(), n, q)
    if style == 1:
        return '%s\n%s\n%s' % (n, q, reg)
    if style == 2:
        return '(Sgd) %s - %s' % (n, q)
    if style == 3:
        return '%s%s %s   Sign %s' % (label or 'Name', ST['sep'], n, pk(['[signature]', '___________', '~~/~', '(signed)']))
    if style == 4:
        return '.......................................\n%s (%s)' % (n, q)
    if style == 5:
        return '%s %s' % (n, pk(['', '[illegible signature]', '/sig/', 'sgd']))
    return 'Dr/CO: %s  Designation: %s  Date: %s' % (n, q, blank()[:10])


def phone(co):
    return '%s %s %s %s' % (pk([COUNTRIES[co]['ph'], '0']), pk(['7', '7', '7', '1']) + digits(2), digits(3), digits(3))


def phone_local(co):
    return '0' + pk(['7', '7', '7', '1']) + digits(2) + ' ' + digits(3) + ' ' + digits(3)


# --------------------------------------------------------------- facilities
def make_fac(co, year):
    d = COUNTRIES[co]
    town = pk(d['towns'])
    if co == 'KE':
        if year < 2013:
            suf = pk(['Provincial General Hospital', 'District Hospital (Referral)', 'Level 5 Hospital'])
        else:
            suf = pk(['County Referral Hospital', 'County Teaching and Referral Hospital', 'Level 5 Hospital',
                      'County Referral Hospital'])
        if year < 2013:
            ministry = pk(['MINISTRY OF MEDICAL SERVICES', 'MINISTRY OF HEALTH', 'MINISTRY OF PUBLIC HEALTH & SANITATION'])
        else:
            ministry = pk(['COUNTY GOVERNMENT OF %s' % town.upper().split()[0], 'MINISTRY OF HEALTH',
                           'DEPARTMENT OF HEALTH SERVICES'])
        box = 'P.O. Box %d-%d, %s' % (ri(20, 2999), ri(10, 90) * 100 + ri(0, 9) * 0, town.split()[0])
    elif co == 'UG':
        suf = pk(['Regional Referral Hospital', 'Regional Referral Hospital', 'Referral Hospital'])
        ministry = 'MINISTRY OF HEALTH'
        box = 'P.O. Box %d, %s' % (ri(10, 1999), town.split()[0])
    else:
        suf = pk(['Regional Referral Hospital', 'Zonal Referral Hospital', 'Regional Referral Hospital'])
        if year < 2015:
            ministry = 'MINISTRY OF HEALTH AND SOCIAL WELFARE'
        elif year < 2021:
            ministry = pk(['MINISTRY OF HEALTH, COMMUNITY DEVELOPMENT, GENDER, ELDERLY AND CHILDREN',
                           "PRESIDENT'S OFFICE - REGIONAL ADMINISTRATION AND LOCAL GOVERNMENT"])
        else:
            ministry = 'MINISTRY OF HEALTH'
        box = 'P.O. Box %d, %s' % (ri(10, 999), town.split()[0])
    name = '%s %s' % (town, suf)
    abbr = ''.join(w[0] for w in name.split() if w[0].isupper())
    email = '%s%s@%s' % (pk(['info', 'medsupt', 'records', 'hospital', 'msh']), pk(['', str(ri(1, 9))]),
                         pk(['yahoo.com', 'gmail.com', 'health.go.%s' % co.lower(), 'hospital.or.%s' % co.lower()]))
    return dict(name=name, town=town, abbr=abbr, ministry=ministry, box=box, tel=phone(co), email=email, co=co)


def make_lower_fac(co):
    d = COUNTRIES[co]
    town = pk(d['towns'])
    if co == 'KE':
        suf = pk(['Sub-County Hospital', 'District Hospital', 'Health Centre', 'Dispensary', 'Mission Hospital', 'Nursing Home'])
    elif co == 'UG':
        suf = pk(['Health Centre IV', 'Health Centre III', 'General Hospital', 'District Hospital', 'HC IV', 'Mission Hospital'])
    else:
        suf = pk(['District Hospital', 'Council Designated Hospital', 'Health Centre', 'Dispensary', 'DDH', 'Mission Hospital'])
    return '%s %s' % (town, suf)


def letterhead(c, style=None):
    f = c.fac
    co = c.co
    style = ri(0, 7) if style is None else style
    gov = pk(COUNTRIES[co]['gov'])
    if style == 0:
        return '%s\n%s\n%s\n%s  Tel: %s' % (gov, f['ministry'], f['name'].upper(), f['box'], f['tel'])
    if style == 1:
        return '%s\n%s | Tel %s | Email: %s' % (f['name'].upper(), f['box'], f['tel'], f['email'])
    if style == 2:
        return '%s\n%s' % (f['name'], pk(['Department of Medicine', 'Department of Surgery', 'Medical Records',
                                          'Office of the Medical Superintendent', 'Department of Obstetrics & Gynaecology',
                                          'Department of Paediatrics & Child Health', 'Laboratory Department']))
    if style == 3:
        return '[crest]  %s\n%s\n%s' % (gov, f['ministry'].title(), f['name'])
    if style == 4:
        return '%s (%s)' % (f['name'].upper(), f['abbr'])
    if style == 5:
        return '%s  -  %s\n%s' % (f['abbr'], f['name'], f['box'])
    if style == 6:
        return ''
    return '%s\n%s\n"%s"' % (f['name'].upper(), f['box'],
                             pk(['Quality Health Care for All', 'Committed to Excellence', 'Caring for Life',
                                 'Your Health Our Priority', 'Service with Compassion']))


# --------------------------------------------------------------- meds
FREQ = {'OD': ['OD', 'once daily', 'daily', '24 hourly'], 'BD': ['BD', 'twice daily', '12 hourly', 'bd'],
        'TDS': ['TDS', 'three times daily', '8 hourly', 'tds'], 'QID': ['QID', 'four times daily', '6 hourly', 'QDS'],
        'NOCTE': ['nocte', 'at night', 'ON', 'nocte'], 'PRN': ['PRN', 'when required', 'as needed', 'prn'],
        'STAT': ['STAT', 'stat', 'once', 'immediately'], 'WK': ['weekly', 'once weekly', 'every week', 'weekly'],
        'MON': ['monthly', 'every 4 weeks', 'once a month', '4 weekly'], 'Q4': ['4 hourly', 'q4h', '4hrly', '4 hrly'],
        'CONT': ['infusion', 'continuous infusion', 'over 24 hours', 'drip'], 'Q12': ['12 hourly', 'BD', 'q12h', '12hrly'],
        'Q8': ['8 hourly', 'q8h', 'TDS', '8hrly'], 'Q6': ['6 hourly', 'q6h', 'QID', '6hrly']}
FORMS = {'Tab': 'Tab.', 'Cap': 'Cap.', 'Syr': 'Syr.', 'Inj': 'Inj.', 'Susp': 'Susp.', 'Cream': 'Cream',
         'Neb': 'Neb.', 'IVF': 'IV', 'Drops': 'Drops', 'Supp': 'Supp.', 'Inh': 'Inh.', 'Milk': '', 'Sachet': 'Sachet'}
ROUTEW = {'PO': 'orally', 'IV': 'IV', 'IM': 'IM', 'SC': 'SC', 'PR': 'rectally', 'TOP': 'topically',
          'NEB': 'via nebuliser', 'INH': 'inhaled', 'NGT': 'via NGT', 'SL': 'sublingual'}


def M(form, name, dose, route, freq, dur=None):
    return (form, name, dose, route, freq, dur)


def fmt_dur(dur, mode):
    if not dur:
        return ''
    if isinstance(dur, str):
        return dur
    n, u = dur
    if mode in ('abbr', 'terse'):
        return 'x %d/%s' % (n, {'d': '7', 'w': '52', 'm': '12'}[u])
    if mode == 'caps':
        return '%d %s' % (n, {'d': 'DAYS', 'w': 'WKS', 'm': 'MONTHS'}[u])
    return 'for %d %s' % (n, {'d': 'days', 'w': 'weeks', 'm': 'months'}[u] if n != 1 else {'d': 'day', 'w': 'week', 'm': 'month'}[u])


def fmt_med(m, mode=None):
    form, name, dose, route, freq, dur = m
    mode = mode or ST.get('med', 'abbr')
    d = fmt_dur(dur, mode)
    if mode == 'abbr':
        rt = '' if route == 'PO' else route + ' '
        s = '%s %s %s %s%s %s' % (FORMS.get(form, form), name, dose, rt, FREQ[freq][0], d)
    elif mode == 'word':
        s = '%s %s %s %s %s' % (name, dose, ROUTEW.get(route, route), pk(FREQ[freq][1:3]), d)
    elif mode == 'caps':
        s = '%s %s %s  %s  %s' % (name.upper(), dose.upper().replace(' ', ''), form.upper(), FREQ[freq][0].upper(), d)
    else:
        s = '%s %s %s %s' % (name, dose.replace(' ', ''), FREQ[freq][-1].lower(), d)
    return ' '.join(s.split())


# ---------------------------------------------------------------- labs
def L(name, val, unit='', ref='', flag=''):
    return (name, str(val), unit, ref, flag)


def fl(v, lo, hi):
    try:
        v = float(v)
    except (TypeError, ValueError):
        return ''
    return 'L' if v < lo else ('H' if v > hi else '')


def cbc(hb, wbc, plt, neut=None, lym=None, mcv=None, sex='M'):
    lo = 13.0 if sex == 'M' else 11.5
    out = [L('WBC', wbc, 'x10^9/L', '4.0-11.0', fl(wbc, 4, 11)), L('Hb', hb, 'g/dL', '%.1f-17.0' % lo, fl(hb, lo, 17)),
           L('PLT', plt, 'x10^9/L', '150-400', fl(plt, 150, 400))]
    if neut is not None:
        out.insert(1, L('Neutrophils', neut, '%', '40-75', fl(neut, 40, 75)))
    if lym is not None:
        out.insert(2, L('Lymphocytes', lym, '%', '20-45', fl(lym, 20, 45)))
    if mcv is not None:
        out.append(L('MCV', mcv, 'fL', '80-100', fl(mcv, 80, 100)))
    hct = round(hb * 3, 1)
    out.append(L('HCT', hct, '%', '36-50', fl(hct, 36, 50)))
    return out


def ue(na, k, urea, cr):
    return [L('Sodium', na, 'mmol/L', '135-145', fl(na, 135, 145)), L('Potassium', k, 'mmol/L', '3.5-5.1', fl(k, 3.5, 5.1)),
            L('Urea', urea, 'mmol/L', '2.5-7.8', fl(urea, 2.5, 7.8)), L('Creatinine', cr, 'umol/L', '53-115', fl(cr, 53, 115))]


def lft(alt, ast, tbil, alb):
    return [L('ALT', alt, 'U/L', '<40', 'H' if alt > 40 else ''), L('AST', ast, 'U/L', '<40', 'H' if ast > 40 else ''),
            L('T. Bilirubin', tbil, 'umol/L', '3-21', fl(tbil, 3, 21)), L('Albumin', alb, 'g/L', '35-50', fl(alb, 35, 50))]


def art_regimen(year, child=False):
    if child:
        return pk(['ABC/3TC/LPV/r', 'AZT/3TC/NVP']) if year < 2019 else pk(['ABC/3TC/DTG', 'ABC/3TC/LPV/r'])
    if year < 2010:
        return pk(['d4T/3TC/NVP', 'AZT/3TC/NVP', 'd4T/3TC/EFV'])
    if year < 2013:
        return pk(['AZT/3TC/NVP', 'TDF/3TC/NVP', 'TDF/3TC/EFV'])
    if year < 2019:
        return 'TDF/3TC/EFV'
    return 'TDF/3TC/DTG'


def hiv_vl(suppressed=True):
    if suppressed:
        return pk(['LDL', '< 20 copies/mL', 'Target Not Detected', '< 40 copies/mL', '%d copies/mL' % ri(25, 180)])
    return '%s copies/mL' % format(ri(1200, 480000), ',')


# ====================================================================== CASES
def img(mod, exam, find, imp, clin=''):
    return dict(mod=mod, exam=exam, find=find, imp=imp, clin=clin)


def ecgd(rate, rhythm, pr, qrs, qt, axis, finds, interp):
    qtc = int(qt / ((60.0 / max(rate, 30)) ** 0.5))
    return dict(rate=rate, rhythm=rhythm, pr=pr, qrs=qrs, qt=qt, qtc=qtc, axis=axis, finds=finds, interp=interp)


def cs_malaria(p, y):
    child = p['age'] < 12
    hb = rf(4.2, 7.4)
    dens = ri(60, 380) * 1000
    w = p['wt']
    return dict(
        dx='Severe falciparum malaria with severe anaemia', dxa=['Severe malaria', 'Severe P. falciparum malaria', 'Complicated malaria with SMA', 'Severe malaria (cerebral)'],
        icd='B50.0' if mb() else 'B50.9', spec='Paediatrics' if child else 'Internal Medicine',
        ward=pk(['Paediatric Ward', 'Ward 5 (Paeds)', 'Children\'s Ward']) if child else pk(['Medical Ward', 'Ward 3 (Male Medical)' if p['sex'] == 'M' else 'Ward 4 (Female Medical)']),
        cc=[('fever', '%d days' % ri(3, 6)), ('vomiting', '%d days' % ri(1, 3)), (pk(['convulsions', 'altered consciousness', 'inability to feed' if child else 'confusion']), '1 day')],
        hpi=['Fever was high grade, intermittent, associated with chills and rigors.',
             'Had been given %s at a local chemist / drug shop with no improvement.' % pk(['paracetamol', 'an unknown antimalarial', 'herbal medicine and paracetamol']),
             '{He} had %d episodes of generalised tonic-clonic convulsions on the day of admission, each lasting about %d minutes.' % (ri(1, 3), ri(2, 10)),
             'No cough, no diarrhoea. Passing dark coloured urine.' if mb() else 'No history of cough or difficulty in breathing.'],
        pmh='No known chronic illness. Previous malaria treated as outpatient.',
        gen=pk(['Sick looking, very pale, febrile, not jaundiced, not dehydrated', 'Lethargic, severely pale, mildly jaundiced, febrile to touch']),
        exam=['Palmar pallor +++', 'Spleen palpable %d cm below costal margin' % ri(2, 6), 'Blantyre coma score %d/5' % ri(2, 4) if child else 'GCS %d/15' % ri(10, 13),
              'Neck soft, Kernig negative', 'Chest clear, tachypnoeic', 'CVS: tachycardic, soft systolic flow murmur'],
        vit=dict(T=rf(38.4, 40.2), P=ri(118, 160), R=ri(28, 44), BP='%d/%d' % (ri(85, 110), ri(45, 70)), SpO2=ri(92, 98)),
        labs=[L('mRDT (HRP2)', 'POSITIVE', '', 'Negative', 'A'), L('BS for MPs', 'P. falciparum +++ (trophozoites)', '', 'No MPs seen', 'A'),
              L('Parasite density', format(dens, ','), '/uL', '', 'H'), L('RBS', rf(2.0, 3.8), 'mmol/L', '3.9-7.8', 'L')] + cbc(hb, rf(6, 14), ri(35, 110), sex=p['sex']),
        img=[], ecg=None,
        tx=[M('Inj', 'Artesunate', '%.0f mg' % (w * (3.0 if child and w < 20 else 2.4)), 'IV', 'STAT', 'at 0, 12 and 24 hrs then OD'),
            M('IVF', '10% Dextrose', '%d mls' % int(w * 5), 'IV', 'STAT'), M('Inj', 'Paracetamol', '%d mg' % int(min(w * 15, 1000)), 'IV', 'Q6'),
            M('Inj', 'Diazepam', '%.1f mg' % min(w * 0.3, 10), 'IV', 'PRN', 'for convulsions')],
        txn=['Whole blood / PRBC transfusion %d mls over 4 hrs' % int(w * 20 if child else 450), 'Monitor RBS 6 hourly', 'Tepid sponging'],
        course=['Received 3 doses of IV artesunate and was switched to oral AL once able to feed.', 'Transfused one unit of blood with post-transfusion Hb of %.1f g/dL.' % (hb + rf(2.0, 3.5)),
                'No further convulsions after day 1. Fever settled by day %d.' % ri(2, 3)],
        dmeds=[M('Tab', 'Artemether-Lumefantrine (AL) 20/120', '%d tabs' % (1 if w < 15 else 2 if w < 25 else 3 if w < 35 else 4), 'PO', 'BD', (3, 'd')),
               M('Tab', 'Ferrous sulphate', '200 mg' if not child else '%d mg' % int(w * 3), 'PO', 'OD', (1, 'm')), M('Tab', 'Folic acid', '5 mg', 'PO', 'OD', (1, 'm'))],
        fu='MOPC/POPC in 2 weeks with repeat Hb', ddx=['Bacterial meningitis', 'Septicaemia', 'Viral encephalitis'],
        edu=['Sleep under a long-lasting insecticide treated net (LLITN) every night', 'Complete the antimalarial dose even if feeling better',
             'Return immediately if fever, convulsions, or unable to drink'], los=(3, 7), kind='med')


def cs_pneumonia(p, y):
    w = p['wt']
    return dict(
        dx='Severe pneumonia', dxa=['Severe pneumonia', 'Right lobar pneumonia', 'Severe CAP', 'Bronchopneumonia'], icd='J18.9', spec='Paediatrics',
        ward=pk(['Paediatric Ward', 'Ward 5 (Paeds)', 'Paediatric Acute Room']),
        cc=[('cough', '%d days' % ri(3, 7)), ('fast breathing', '%d days' % ri(1, 3)), ('fever', '%d days' % ri(2, 5))],
        hpi=['Cough productive, child was unable to breastfeed well for the last 24 hours.', 'Mother noted fast breathing and chest indrawing.',
             'Had been treated at %s with syrup amoxicillin for 2 days without improvement.' % pk(['a private clinic', 'the dispensary', 'a health centre']),
             'No history of contact with a chronic cougher.'],
        pmh='Immunisation up to date as per card. Born at term, SVD.', gen='Febrile, in respiratory distress, not pale, no cyanosis',
        exam=['Lower chest wall indrawing present', 'Nasal flaring', 'Bronchial breathing and coarse crepitations right lower zone', 'Reduced air entry right base',
              'CVS: S1 S2 normal, no murmur', 'Abdomen soft'],
        vit=dict(T=rf(38.2, 39.6), P=ri(140, 170), R=ri(52, 72), BP='', SpO2=ri(84, 91)),
        labs=cbc(rf(9.8, 12.0), rf(15, 26), ri(250, 520), neut=ri(72, 88), sex=p['sex']) + [L('mRDT', 'Negative', '', 'Negative'), L('RBS', rf(4.5, 7.2), 'mmol/L', '3.9-7.8')],
        img=[img('X-ray', 'Chest AP (supine)', ['Dense homogenous opacity in the right lower zone with air bronchograms.', 'Right costophrenic angle is preserved.',
                                                 'Heart size within normal limits for age.', 'No pleural effusion. Bony thorax intact.'],
                 'Right lower lobe pneumonia (consolidation).', 'Cough, fast breathing, ? pneumonia')], ecg=None,
        tx=[M('Inj', 'Benzylpenicillin (X-pen)', '%s IU' % format(int(w * 50000), ','), 'IV', 'QID', (5, 'd')), M('Inj', 'Gentamicin', '%d mg' % int(w * 7.5), 'IV', 'OD', (5, 'd')),
            M('Syr', 'Paracetamol', '%d mg' % int(w * 15), 'PO', 'TDS', (3, 'd'))],
        txn=['Oxygen via nasal prongs %s L/min, target SpO2 > 92%%' % pk(['0.5', '1', '1', '2']), 'Maintenance fluids / NGT feeds as tolerated'],
        course=['Oxygen was weaned off on day %d.' % ri(3, 4), 'Fever settled after 48 hrs of antibiotics.', 'Feeding well at discharge.'],
        dmeds=[M('Tab', 'Amoxicillin DT', '%d mg' % (250 if w < 14 else 500), 'PO', 'BD', (5, 'd')), M('Syr', 'Paracetamol', '%d mg' % int(w * 15), 'PO', 'PRN', (3, 'd'))],
        fu='Paediatric OPD (POPC) in 1 week', ddx=['Bronchiolitis', 'PTB', 'Heart failure'],
        edu=['Complete the antibiotics', 'Continue breastfeeding / feed small frequent meals', 'Come back if fast breathing, chest indrawing or unable to drink'],
        los=(4, 7), kind='paed')


def cs_tbhiv(p, y):
    cd4 = ri(38, 190)
    reg = art_regimen(y)
    return dict(
        dx='Smear/Xpert-positive pulmonary tuberculosis with HIV infection (WHO stage IV)' if y >= 2011 else 'Smear-positive pulmonary TB with HIV co-infection',
        dxa=['PTB/HIV', 'Bacteriologically confirmed PTB + RVD', 'TB/HIV co-infection', 'New PTB, HIV+ (newly diagnosed)'], icd='A15.0, B20', spec='Internal Medicine',
        ward=pk(['Medical Ward (TB isolation)', 'Isolation Ward', 'Ward 7 (Chest)']),
        cc=[('cough', '%d weeks' % ri(3, 10)), ('night sweats', '1 month'), ('weight loss', '2 months'), ('fevers', '3 weeks')],
        hpi=['Cough productive of yellowish sputum, occasionally blood-stained.', 'Reports drenching night sweats and loss of appetite.',
             'Clothes have become loose; estimates weight loss of about %d kg.' % ri(6, 14), 'Neighbour on TB treatment last year.' if mb() else 'No known TB contact.',
             'Never tested for HIV before.' if mb() else 'Last HIV test was negative %d years ago.' % ri(2, 5)],
        pmh='No previous TB treatment. Not known diabetic.', gen='Wasted, pale, febrile, oral thrush present, no lymphadenopathy',
        exam=['Oral candidiasis', 'Crepitations bilateral upper zones', 'Bronchial breathing right apex', 'No clubbing', 'Abdomen: no organomegaly', 'BMI %.1f' % rf(14.5, 17.5)],
        vit=dict(T=rf(37.6, 38.8), P=ri(98, 120), R=ri(24, 32), BP='%d/%d' % (ri(90, 110), ri(55, 70)), SpO2=ri(88, 95)),
        labs=[L('GeneXpert MTB/RIF' if y >= 2011 else 'Sputum ZN (x2)', 'MTB DETECTED (Medium), RIF resistance NOT detected' if y >= 2011 else 'AAFB seen ++', '', '', 'A'),
              L('HIV rapid test (Determine)', 'Reactive', '', '', 'A'), L('HIV rapid test (%s)' % ('Unigold' if y < 2019 else 'First Response'), 'Reactive', '', '', 'A'),
              L('CD4 count', cd4, 'cells/uL', '500-1500', 'L'), L('Serum CrAg', 'Negative', '', 'Negative'), L('ESR', ri(80, 120), 'mm/hr', '0-20', 'H')]
        + cbc(rf(8.4, 10.8), rf(3.0, 6.5), ri(160, 420), sex=p['sex']) + lft(ri(18, 45), ri(22, 55), ri(6, 18), ri(24, 31)),
        img=[img('X-ray', 'Chest PA', ['Bilateral upper zone patchy opacities with a thick-walled cavity in the right upper zone measuring about %d mm.' % ri(20, 45),
                                       'Fibrotic strands bilaterally. Hila appear bulky.', 'Costophrenic angles clear. Heart size normal.'],
                 'Features in keeping with pulmonary tuberculosis (cavitating).', 'Chronic cough, weight loss. ?PTB')], ecg=None,
        tx=[M('Tab', 'RHZE (FDC 150/75/400/275)', '%d tabs' % (3 if p['wt'] < 55 else 4), 'PO', 'OD', (2, 'm')), M('Tab', 'Cotrimoxazole', '960 mg', 'PO', 'OD'),
            M('Tab', 'Pyridoxine', '25 mg', 'PO', 'OD'), M('Tab', 'Fluconazole', '200 mg', 'PO', 'OD', (14, 'd')), M('Tab', 'Paracetamol', '1 g', 'PO', 'TDS', (5, 'd'))],
        txn=['Sputum for AFB at end of month 2', 'Adherence counselling; contact tracing', 'Start ART within 2 weeks of TB treatment (%s)' % reg],
        course=['Started on intensive phase anti-TB therapy; tolerated well with no hepatotoxicity.', 'Enrolled into the CCC/ART clinic and started on %s on day %d of TB treatment.' % (reg, ri(10, 14)),
                'Cough and fevers improving at discharge.'],
        dmeds=[M('Tab', 'RHZE (FDC)', '%d tabs' % (3 if p['wt'] < 55 else 4), 'PO', 'OD', (2, 'm')), M('Tab', reg, '1 tab', 'PO', 'OD' if 'NVP' not in reg and 'AZT' not in reg else 'BD'),
               M('Tab', 'Cotrimoxazole', '960 mg', 'PO', 'OD'), M('Tab', 'Pyridoxine', '25 mg', 'PO', 'OD')],
        fu='TB clinic (DOTS) weekly; CCC in 2 weeks', ddx=['PCP', 'Bacterial pneumonia', 'Lung abscess'],
        edu=['Take TB drugs daily under observation (DOT) for 6 months', 'Cover mouth when coughing; open windows', 'Bring household contacts for screening', 'Take ARVs at the same time every day'],
        los=(7, 14), kind='med')


def cs_crypto(p, y):
    cd4 = ri(5, 60)
    op = ri(26, 45)
    reg = art_regimen(y)
    return dict(
        dx='Cryptococcal meningitis in advanced HIV disease', dxa=['Cryptococcal meningitis', 'CCM/AHD', 'Cryptococcal meningitis + RVD (stage 4)'], icd='B45.1, B20',
        spec='Internal Medicine', ward=pk(['Medical Ward', 'Male Medical Ward' if p['sex'] == 'M' else 'Female Medical Ward', 'Ward 6']),
        cc=[('headache', '%d weeks' % ri(2, 4)), ('vomiting', '%d days' % ri(3, 7)), ('confusion', '%d days' % ri(1, 3))],
        hpi=['Headache is severe, generalised, worse in the morning, not relieved by analgesics.', 'Associated with blurring of vision and neck pain.',
             'Known HIV positive since %d; defaulted ART %d months ago.' % (y - ri(2, 6), ri(3, 12)) if mb(0.6) else 'Newly diagnosed HIV positive at the HC IV one week ago, not yet on ART.'],
        pmh='Pulmonary TB treated %d, completed.' % (y - ri(2, 6)) if mb() else 'No previous admissions.', gen='Drowsy but rousable, wasted, afebrile',
        exam=['GCS %d/15' % ri(11, 14), 'Neck stiffness present, Kernig sign positive', 'No focal neurological deficits', 'Fundoscopy: bilateral papilloedema' if mb() else 'Fundoscopy: not done (no ophthalmoscope)', 'Oral thrush'],
        vit=dict(T=rf(36.8, 38.2), P=ri(80, 110), R=ri(18, 24), BP='%d/%d' % (ri(100, 130), ri(60, 85)), SpO2=ri(95, 99)),
        labs=[L('Serum CrAg (LFA)', 'POSITIVE', '', 'Negative', 'A'), L('CSF CrAg', 'POSITIVE (titre 1:%d)' % pk([320, 640, 1280, 2560]), '', '', 'A'),
              L('CSF India ink', 'Encapsulated yeast cells seen', '', '', 'A'), L('CSF opening pressure', op, 'cmH2O', '<20', 'H'),
              L('CSF WBC', ri(5, 60), 'cells/uL', '0-5', 'H'), L('CSF protein', rf(0.6, 1.6), 'g/L', '0.15-0.45', 'H'), L('CSF glucose', rf(1.2, 2.4), 'mmol/L', '2.2-3.9', ''),
              L('CD4 count', cd4, 'cells/uL', '500-1500', 'L')] + ue(ri(126, 136), rf(3.0, 4.2), rf(3, 8), ri(60, 110)),
        img=[img('CT', 'Brain (non-contrast)', ['No intracranial haemorrhage or space-occupying lesion.', 'Ventricles normal in size. No hydrocephalus.', 'Basal cisterns patent.'],
                 'Normal non-contrast CT brain.', 'Headache, neck stiffness, HIV+. R/O SOL before LP')] if mb() else [], ecg=None,
        tx=[M('Inj', 'Amphotericin B deoxycholate', '%d mg' % int(p['wt']), 'IV', 'OD', (7, 'd')), M('Tab', 'Fluconazole', '1200 mg' if y >= 2018 else '800 mg', 'PO', 'OD', (14, 'd')),
            M('IVF', 'Normal saline', '1 L + 20 mmol KCl', 'IV', 'OD', 'prehydration before ampho'), M('Tab', 'Cotrimoxazole', '960 mg', 'PO', 'OD'), M('Tab', 'Paracetamol', '1 g', 'PO', 'TDS')],
        txn=['Therapeutic LPs daily until opening pressure < 20 cmH2O', 'Monitor U/E/Cr and potassium twice weekly', 'Defer ART for 4-6 weeks'],
        proc='lp',
        course=['Received amphotericin B + fluconazole induction.', 'Had %d therapeutic lumbar punctures with improvement of headache.' % ri(2, 5),
                'Developed hypokalaemia (K %.1f) managed with oral KCl.' % rf(2.6, 3.3) if mb() else 'Renal function remained stable.'],
        dmeds=[M('Tab', 'Fluconazole', '800 mg', 'PO', 'OD', (8, 'w')), M('Tab', 'Cotrimoxazole', '960 mg', 'PO', 'OD')],
        fu='CCC (HIV clinic) in 1 week; start %s at 4-6 weeks' % reg, ddx=['TB meningitis', 'Bacterial meningitis', 'Cerebral toxoplasmosis'],
        edu=['Take fluconazole daily without missing', 'Return if headache, vomiting or confusion recurs', 'Attend CCC for ART initiation'], los=(14, 21), kind='med')


def cs_dka(p, y):
    rbs = rf(22, 33)
    return dict(
        dx='Diabetic ketoacidosis, new onset type 1 diabetes mellitus', dxa=['DKA', 'T1DM in DKA', 'New DM with DKA', 'Diabetic ketoacidosis (moderate)'], icd='E10.1',
        spec='Internal Medicine', ward=pk(['HDU', 'Medical Ward', 'Acute Medical Ward']),
        cc=[('excessive thirst and urination', '%d weeks' % ri(2, 6)), ('vomiting', '%d days' % ri(1, 3)), ('abdominal pain', '2 days'), ('drowsiness', '1 day')],
        hpi=['Reports polyuria, polydipsia and weight loss over the past month.', 'Vomiting non-projectile, contains food particles.', 'No known diabetes in the family.' if mb() else 'Mother is diabetic on oral drugs.'],
        pmh='Not known diabetic. No previous admissions.', gen='Drowsy, dehydrated, acidotic (Kussmaul) breathing, acetone smell',
        exam=['Sunken eyes, dry mucous membranes', 'Capillary refill 3 seconds', 'Chest clear', 'Abdomen: mild diffuse tenderness, no guarding', 'GCS %d/15' % ri(12, 15)],
        vit=dict(T=rf(36.4, 37.6), P=ri(110, 132), R=ri(28, 36), BP='%d/%d' % (ri(88, 105), ri(50, 65)), SpO2=ri(96, 99)),
        labs=[L('RBS', rbs if mb() else 'HI', 'mmol/L', '3.9-7.8', 'H'), L('Urine ketones', '+++', '', 'Negative', 'A'), L('Urine glucose', '++++', '', 'Negative', 'A'),
              L('HbA1c', rf(10.5, 14.5), '%', '4.0-6.0', 'H'), L('pH (VBG)', rf(7.02, 7.22, 2), '', '7.35-7.45', 'L'), L('HCO3', rf(6, 13), 'mmol/L', '22-28', 'L')]
        + ue(ri(128, 136), rf(5.2, 6.1), rf(9, 16), ri(120, 180)),
        img=[], ecg=ecgd(ri(104, 128), 'Sinus tachycardia', ri(120, 160), ri(80, 96), ri(300, 340), ri(30, 75), ['Peaked T waves in V2-V4'], 'Sinus tachycardia. Tall T waves ?hyperkalaemia.'),
        tx=[M('IVF', 'Normal saline 0.9%', '1 L', 'IV', 'STAT', 'then 1 L 2 hrly x2, then 1 L 4 hrly'), M('Inj', 'Soluble insulin (Actrapid)', '%.0f IU/hr' % (p['wt'] * 0.1), 'IV', 'CONT'),
            M('IVF', 'KCl', '20 mmol per litre', 'IV', 'CONT', 'once K < 5.0'), M('Inj', 'Metoclopramide', '10 mg', 'IV', 'TDS', (2, 'd'))],
        txn=['Hourly RBS; 4 hourly U/E', 'Strict input/output chart', 'Switch to 5% dextrose when RBS < 14 mmol/L'],
        course=['Ketosis resolved within %d hours.' % ri(18, 36), 'Converted to subcutaneous premixed insulin on day 2.', 'Received diabetes education from the diabetes educator and nutritionist.'],
        dmeds=[M('Inj', 'Premixed insulin 70/30 (Mixtard)', '%d IU mane, %d IU nocte' % (ri(14, 24), ri(8, 14)), 'SC', 'BD'), M('Tab', 'Paracetamol', '1 g', 'PO', 'PRN', (3, 'd'))],
        fu='Diabetes clinic (DOPC) in 2 weeks with glucose diary', ddx=['Sepsis', 'Acute abdomen', 'HHS'],
        edu=['Never stop insulin even when unwell', 'Signs of low sugar: sweating, shaking, confusion - take sugar/soda', 'Store insulin in a cool place (clay pot if no fridge)',
             'Check blood sugar as advised and bring the record book'], los=(5, 9), kind='med')


def cs_stroke(p, y):
    side = pk(['left', 'right'])
    other = 'right' if side == 'left' else 'left'
    sbp = ri(190, 240)
    vol = ri(12, 35)
    return dict(
        dx='Haemorrhagic stroke (%s basal ganglia ICH) secondary to hypertensive emergency' % other,
        dxa=['CVA - haemorrhagic', 'Hypertensive ICH', 'Stroke, %s hemiplegia' % side, 'Hypertensive emergency with ICH'], icd='I61.0, I10', spec='Internal Medicine',
        ward=pk(['Medical Ward', 'HDU', 'Stroke Unit']),
        cc=[('sudden weakness of the %s side of the body' % side, '%d hours' % ri(4, 30)), ('slurred speech', '1 day'), ('headache', '1 day')],
        hpi=['Symptoms started abruptly while %s.' % pk(['at work', 'in the shamba', 'in church', 'taking breakfast', 'at the market']), 'Associated with one episode of vomiting.',
             'Known hypertensive for %d years, poorly adherent to medication (%s).' % (ri(2, 10), pk(['nifedipine', 'hydrochlorothiazide', 'amlodipine'])),
             'No history of convulsions. No trauma.'],
        pmh='Hypertension. Not diabetic. Takes alcohol occasionally.', gen='Conscious, aphasic, not pale, afebrile',
        exam=['GCS %d/15 (E%dV%dM6)' % (ri(10, 14), 3, 2), 'Power %s upper limb %d/5, lower limb %d/5' % (side, ri(0, 2), ri(1, 3)), 'Hypertonia and hyperreflexia %s; Babinski upgoing' % side,
              '%s UMN facial palsy' % cap(side), 'Apex beat displaced, heaving', 'Chest clear'],
        vit=dict(T=rf(36.5, 37.4), P=ri(68, 96), R=ri(18, 24), BP='%d/%d' % (sbp, ri(115, 140)), SpO2=ri(95, 99)),
        labs=cbc(rf(12.5, 15.5), rf(6, 11), ri(180, 350), sex=p['sex']) + ue(ri(134, 142), rf(3.6, 4.8), rf(4, 9), ri(85, 140)) + [L('RBS', rf(5.2, 8.4), 'mmol/L', '3.9-7.8'), L('Total cholesterol', rf(4.2, 6.8), 'mmol/L', '<5.2')],
        img=[img('CT', 'Brain (non-contrast)', ['There is a hyperdense intra-axial lesion in the %s basal ganglia/ internal capsule with volume of approximately %d mL.' % (other, vol),
                                                 'Surrounding hypodense perilesional oedema.', 'Mass effect on the %s lateral ventricle with midline shift of %d mm.' % (other, ri(1, 6)), 'No intraventricular extension. Calvarium intact.'],
                 '%s basal ganglia intracerebral haemorrhage (hypertensive type).' % cap(other), 'Sudden %s hemiplegia, BP %d' % (side, sbp))],
        ecg=ecgd(ri(64, 92), 'Sinus rhythm', ri(150, 190), ri(86, 104), ri(360, 420), ri(-25, 10), ['SV1 + RV5 = %d mm' % ri(38, 52), 'ST depression and T inversion V5-V6 (strain pattern)'], 'Sinus rhythm. Left ventricular hypertrophy with repolarisation abnormality.'),
        tx=[M('Inj', 'Labetalol', '20 mg', 'IV', 'STAT', 'then titrate'), M('Tab', 'Nifedipine retard', '20 mg', 'PO', 'BD'), M('Tab', 'Amlodipine', '10 mg', 'PO', 'OD'),
            M('Tab', 'Hydrochlorothiazide', '25 mg', 'PO', 'OD'), M('Tab', 'Paracetamol', '1 g', 'NGT', 'TDS')],
        txn=['NGT feeding; swallow assessment', 'Turn patient 2 hourly (pressure area care)', 'Physiotherapy', 'Target BP < 160/90 over 24-48 hrs'],
        course=['BP gradually controlled on oral agents.', 'Started physiotherapy on day 3; power improving to %d/5 in the lower limb.' % ri(2, 3), 'Speech improving.'],
        dmeds=[M('Tab', 'Amlodipine', '10 mg', 'PO', 'OD', (1, 'm')), M('Tab', 'Losartan' if y > 2012 else 'Enalapril', '50 mg' if y > 2012 else '10 mg', 'PO', 'OD', (1, 'm')), M('Tab', 'Hydrochlorothiazide', '25 mg', 'PO', 'OD', (1, 'm'))],
        fu='MOPC (hypertension clinic) in 2 weeks; physiotherapy OPD twice weekly', ddx=['Ischaemic stroke', 'SOL', 'Hypoglycaemia'],
        edu=['Take BP drugs daily and never stop on your own', 'Reduce salt intake, avoid alcohol and smoking', 'Continue exercises at home as taught by physio'],
        los=(7, 16), kind='med')


def cs_rhd(p, y):
    return dict(
        dx='Congestive cardiac failure secondary to rheumatic heart disease (severe MS, moderate MR) with atrial fibrillation',
        dxa=['CCF 2 to RHD', 'RHD - MS/MR with AF', 'Rheumatic heart disease in failure', 'CHF (NYHA IV) - RHD'], icd='I05.2, I50.0, I48', spec='Internal Medicine (Cardiology)',
        ward=pk(['Medical Ward', 'Cardiac Unit', 'Female Medical Ward' if p['sex'] == 'F' else 'Male Medical Ward']),
        cc=[('difficulty in breathing', '%d weeks' % ri(2, 6)), ('leg swelling', '2 weeks'), ('palpitations', '1 month'), ('cough', '1 week')],
        hpi=['Breathlessness on mild exertion, now at rest. Orthopnoea (%d pillows) and PND.' % ri(2, 4), 'Progressive bilateral leg swelling and abdominal distension.',
             'History of recurrent sore throats and joint pains in childhood.', 'Was on monthly benzathine penicillin but defaulted %d years ago.' % ri(1, 4) if mb() else 'Never on secondary prophylaxis.'],
        pmh='Known RHD diagnosed %d at %s.' % (y - ri(1, 6), make_lower_fac(p['co'])), gen='Dyspnoeic at rest, mildly jaundiced, pitting pedal oedema up to the knees',
        exam=['JVP raised %d cm' % ri(5, 9), 'Pulse irregularly irregular, pulse deficit %d' % ri(10, 25), 'Apex displaced to 6th ICS AAL', 'Loud S1, mid-diastolic rumble at apex', 'Pansystolic murmur grade 3/6 at apex radiating to axilla',
              'Bibasal fine crepitations', 'Tender hepatomegaly %d cm, ascites' % ri(3, 6)],
        vit=dict(T=rf(36.4, 37.2), P=ri(110, 140), R=ri(26, 34), BP='%d/%d' % (ri(95, 115), ri(60, 75)), SpO2=ri(86, 93)),
        labs=cbc(rf(10.2, 13.2), rf(5, 9), ri(140, 260), sex=p['sex']) + ue(ri(128, 136), rf(3.4, 4.6), rf(6, 12), ri(90, 150)) + [L('INR', rf(1.0, 1.4), '', '0.8-1.2'), L('ASOT', ri(200, 600), 'IU/mL', '<200', 'H')],
        img=[img('Echocardiogram', 'Transthoracic echocardiogram', ['Thickened, calcified mitral valve leaflets with commissural fusion and doming of the AML.', 'MVA (planimetry) %.1f cm2, mean gradient %d mmHg.' % (rf(0.7, 1.1), ri(11, 18)),
                                                                     'Moderate mitral regurgitation.', 'Left atrium dilated %d mm; no LA clot seen (TTE).' % ri(52, 66), 'LV normal size, EF %d%%.' % ri(50, 62),
                                                                     'Dilated RV, TAPSE %d mm, moderate TR, PASP %d mmHg.' % (ri(13, 17), ri(55, 80)), 'Mild pericardial effusion.'],
                 'Rheumatic heart disease: severe MS, moderate MR, severe pulmonary hypertension.', 'CCF, murmur'),
             img('X-ray', 'Chest PA', ['Cardiomegaly, CTR %.2f.' % rf(0.6, 0.72, 2), 'Straightening of left heart border, double density of enlarged left atrium.', 'Upper lobe blood diversion. Kerley B lines.', 'Small bilateral effusions.'],
                 'Cardiomegaly with pulmonary venous congestion - consistent with mitral valve disease.', 'DIB, ? CCF')],
        ecg=ecgd(ri(110, 150), 'Atrial fibrillation', 0, ri(80, 100), ri(300, 340), ri(80, 110), ['Absent P waves, irregular RR intervals', 'Right axis deviation', 'Fine fibrillatory waves'], 'Atrial fibrillation with rapid ventricular response. Right axis deviation.'),
        tx=[M('Inj', 'Furosemide', '40 mg', 'IV', 'BD'), M('Tab', 'Spironolactone', '25 mg', 'PO', 'OD'), M('Tab', 'Digoxin', '0.25 mg', 'PO', 'OD'),
            M('Tab', 'Warfarin', '5 mg', 'PO', 'NOCTE'), M('Inj', 'Enoxaparin', '%d mg' % (p['wt'] // 1 if p['wt'] < 80 else 80), 'SC', 'OD', 'until INR 2-3')],
        txn=['Oxygen by face mask', 'Fluid restriction 1.5 L/day, daily weights', 'INR twice weekly', 'Refer for mitral valve surgery / PTMC'],
        course=['Diuresed well, weight reduced from %d kg to %d kg.' % (p['wt'] + 6, p['wt']), 'Rate controlled on digoxin (HR %d).' % ri(72, 92), 'INR %.1f at discharge.' % rf(1.9, 2.8)],
        dmeds=[M('Tab', 'Furosemide', '40 mg', 'PO', 'OD', (1, 'm')), M('Tab', 'Spironolactone', '25 mg', 'PO', 'OD', (1, 'm')), M('Tab', 'Digoxin', '0.125 mg', 'PO', 'OD', (1, 'm')),
               M('Tab', 'Warfarin', '5 mg', 'PO', 'NOCTE', (1, 'm')), M('Inj', 'Benzathine penicillin', '1.2 MU', 'IM', 'MON')],
        fu='Cardiac clinic / anticoagulation clinic in 1 week', ddx=['Dilated cardiomyopathy', 'Endomyocardial fibrosis', 'Infective endocarditis'],
        edu=['Take warfarin at the same time daily and attend INR checks', 'Avoid excess salt, weigh yourself often', 'Monthly benzathine penicillin injection - do not miss', 'Report any bleeding, black stools'],
        los=(7, 14), kind='med')


def cs_scd(p, y):
    w = p['wt']
    return dict(
        dx='Sickle cell anaemia in vaso-occlusive (painful) crisis', dxa=['SCD in VOC', 'SCA with painful crisis', 'Sickle cell disease - bone pain crisis', 'HbSS - VOC'], icd='D57.0',
        spec='Paediatrics' if p['age'] < 13 else 'Internal Medicine', ward=pk(['Paediatric Ward', 'Sickle Cell Unit', 'Ward 5']) if p['age'] < 13 else 'Medical Ward',
        cc=[('severe pain in the limbs and back', '%d days' % ri(1, 3)), ('fever', '2 days'), ('yellowness of eyes', '3 days')],
        hpi=['Pain is throbbing, severity %d/10, not relieved by paracetamol at home.' % ri(7, 10), 'Known sickle cell disease diagnosed at age %d.' % ri(1, 4),
             'Had %d admissions for crises in the last year, last transfused %d months ago.' % (ri(1, 4), ri(3, 12))],
        pmh='SCD on folic acid and %s.' % ('hydroxyurea' if y >= 2017 and mb() else 'proguanil prophylaxis'), gen='In painful distress, pale, jaundiced, febrile',
        exam=['Tenderness over both tibiae and lumbar spine', 'Frontal bossing, maxillary hypertrophy', 'Spleen not palpable' if p['age'] > 8 else 'Spleen 3 cm', 'Chest clear', 'Soft ejection systolic murmur'],
        vit=dict(T=rf(37.8, 38.9), P=ri(104, 130), R=ri(22, 30), BP='%d/%d' % (ri(95, 115), ri(55, 70)), SpO2=ri(93, 98)),
        labs=cbc(rf(5.6, 7.4), rf(13, 24), ri(300, 560), sex=p['sex']) + [L('Reticulocytes', rf(8, 16), '%', '0.5-2.5', 'H'), L('Hb electrophoresis', 'HbS %d%%, HbF %d%%, HbA2 %.1f%%, HbA 0%%' % (ri(82, 90), ri(6, 14), rf(2, 3.4)), '', '', 'A'),
                                                                   L('mRDT', 'Negative', '', 'Negative'), L('T. Bilirubin', ri(45, 90), 'umol/L', '3-21', 'H')],
        img=[], ecg=None,
        tx=[M('IVF', 'Normal saline / D5', '%d mls' % int(w * 100 * 1.5 if w < 20 else 3000), 'IV', 'CONT', '1.5 x maintenance'), M('Inj', 'Morphine', '%.1f mg' % (w * 0.1), 'IV' if mb() else 'SC', 'Q4'),
            M('Tab', 'Diclofenac' if p['age'] > 12 else 'Ibuprofen', '50 mg' if p['age'] > 12 else '%d mg' % int(w * 10), 'PO', 'TDS'), M('Inj', 'Ceftriaxone', '%s' % ('%d mg' % int(w * 50) if w < 40 else '2 g'), 'IV', 'OD', (5, 'd')),
            M('Tab', 'Folic acid', '5 mg', 'PO', 'OD')],
        txn=['Pain score 4 hourly', 'Incentive spirometry / encourage oral fluids'],
        course=['Pain controlled by day %d, weaned off morphine.' % ri(3, 4), 'Blood culture: no growth after 5 days.', 'Did not require transfusion.'],
        dmeds=[M('Tab', 'Folic acid', '5 mg', 'PO', 'OD'), M('Tab', 'Hydroxyurea' if y >= 2017 else 'Proguanil', '%d mg' % (int(w * 20 / 100) * 100 if y >= 2017 else 100), 'PO', 'OD'),
               M('Tab', 'Penicillin V', '250 mg', 'PO', 'BD') if p['age'] < 6 else M('Tab', 'Paracetamol', '%d mg' % min(1000, int(w * 15)), 'PO', 'PRN', (5, 'd'))],
        fu='Sickle cell clinic in 2 weeks', ddx=['Osteomyelitis', 'Septic arthritis', 'Malaria'],
        edu=['Drink plenty of water every day', 'Avoid extreme cold and strenuous exercise', 'Take folic acid daily', 'Come back immediately for fever, chest pain, weakness or priapism'],
        los=(3, 7), kind='med')


def cs_sam(p, y):
    muac = rf(9.8, 11.4)
    w = p['wt']
    return dict(
        dx='Severe acute malnutrition (oedematous, kwashiorkor) with complications', dxa=['SAM - kwashiorkor', 'Oedematous SAM', 'Kwashiorkor with gastroenteritis', 'Severe malnutrition (complicated)'],
        icd='E40', spec='Paediatrics', ward=pk(['Paediatric Ward - Nutrition corner', 'Stabilisation Centre', 'Nutrition Rehabilitation Unit']),
        cc=[('swelling of the legs and face', '%d weeks' % ri(1, 3)), ('diarrhoea', '%d days' % ri(3, 7)), ('poor appetite', '2 weeks')],
        hpi=['Weaned abruptly at %d months when mother became pregnant.' % ri(8, 14), 'Diet mainly porridge (uji) and tea.', 'Loose stools 4-5 times per day, no blood.'],
        pmh='Immunisation: measles given. Missed growth monitoring.', gen='Miserable, apathetic, pale, bilateral pitting oedema ++',
        exam=['Bilateral pitting oedema ++ (feet, legs, face)', 'Flaky paint dermatosis on the legs', 'Sparse, thin, depigmented hair', 'MUAC %.1f cm' % muac, 'Hepatomegaly 3 cm', 'Oral thrush'],
        vit=dict(T=rf(35.6, 37.8), P=ri(110, 150), R=ri(30, 44), BP='', SpO2=ri(94, 99)),
        labs=cbc(rf(7.0, 9.2), rf(5, 16), ri(150, 420), sex=p['sex']) + [L('RBS', rf(2.8, 4.6), 'mmol/L', '3.9-7.8'), L('HIV (DBS/rapid)', 'Negative', '', ''),
                                                                   L('Albumin', ri(14, 22), 'g/L', '35-50', 'L'), L('Stool O/C', 'No ova or cysts seen', '', '')],
        img=[], ecg=None,
        tx=[M('Milk', 'F-75', '%d ml' % int(w * 130 / 8), 'PO', 'Q8', '3 hourly (8 feeds/day)'), M('Susp', 'Amoxicillin', '%d mg' % int(w * 40), 'PO', 'BD', (5, 'd')),
            M('Cap', 'Vitamin A', '%s IU' % ('100,000' if p['age'] < 1 else '200,000'), 'PO', 'STAT'), M('Tab', 'Folic acid', '2.5 mg', 'PO', 'OD'), M('Susp', 'Nystatin', '1 ml', 'PO', 'QID', (7, 'd'))],
        txn=['Keep warm (kangaroo/blanket), check RBS 3 hourly', 'No IV fluids unless shocked', 'Daily weight, MUAC weekly', 'Play therapy / nutrition counselling'],
        course=['Oedema resolved by day %d.' % ri(6, 10), 'Transitioned to F-100 then RUTF (Plumpy\'Nut), appetite test passed.', 'Weight gain %d g/kg/day in the rehabilitation phase.' % ri(6, 12)],
        dmeds=[M('Sachet', "RUTF (Plumpy'Nut)", '%d sachets/day' % ri(2, 3), 'PO', 'OD', (2, 'w')), M('Tab', 'Albendazole', '200 mg' if p['age'] < 2 else '400 mg', 'PO', 'STAT')],
        fu='OTP (outpatient therapeutic programme) at %s weekly' % make_lower_fac(p['co']), ddx=['Nephrotic syndrome', 'Congestive heart failure', 'HIV enteropathy'],
        edu=['Give RUTF only to the sick child; keep breastfeeding if still breastfeeding', 'Give clean safe water', 'Attend OTP weekly to collect RUTF'],
        los=(10, 21), kind='paed')


def cs_gastro(p, y):
    w = p['wt']
    return dict(
        dx='Acute gastroenteritis with severe dehydration', dxa=['AGE with severe dehydration', 'Diarrhoea with severe dehydration', 'Acute watery diarrhoea - severe dehydration', 'GE + SD'],
        icd='A09', spec='Paediatrics', ward=pk(['Paediatric Ward', 'ORT corner / Paeds', 'Ward 5']),
        cc=[('watery diarrhoea', '%d days' % ri(2, 4)), ('vomiting', '%d days' % ri(1, 2)), ('reduced urine output', '1 day')],
        hpi=['Passing watery stools about %d times per day, no blood or mucus.' % ri(6, 12), 'Vomits everything given.', 'Other sibling had similar illness last week.' if mb() else 'No similar illness at home.'],
        pmh='Rotavirus vaccine: %s.' % ('given' if y >= 2015 else 'not available at the time'), gen='Lethargic, sunken eyes, unable to drink',
        exam=['Sunken eyes', 'Skin pinch goes back very slowly (> 2 sec)', 'Cold peripheries, CRT 3 sec', 'Sunken fontanelle' if p['age'] < 1.5 else 'Dry mucous membranes', 'Chest clear'],
        vit=dict(T=rf(37.2, 38.4), P=ri(150, 180), R=ri(36, 50), BP='', SpO2=ri(95, 99)),
        labs=ue(ri(130, 150), rf(2.8, 3.6), rf(6, 12), ri(50, 110)) + [L('mRDT', 'Negative', '', ''), L('Stool microscopy', pk(['No ova/cysts seen', 'Pus cells +, no ova', 'Few RBCs, no ova']), '', ''), L('RBS', rf(3.8, 6.2), 'mmol/L', '')],
        img=[], ecg=None,
        tx=[M('IVF', "Ringer's lactate", '%d ml' % int(w * 30), 'IV', 'STAT', 'over %s then %d ml over %s' % ('1 hr' if p['age'] < 1 else '30 min', int(w * 70), '5 hrs' if p['age'] < 1 else '2.5 hrs')),
            M('Sachet', 'ORS (low osmolarity)', '5 ml/kg/hr', 'PO', 'CONT'), M('Tab', 'Zinc sulphate', '10 mg' if p['age'] < 0.5 else '20 mg', 'PO', 'OD', (10, 'd'))],
        txn=['Plan C (WHO)', 'Reassess hydration every 1-2 hrs', 'Continue breastfeeding'],
        course=['Rehydrated with Plan C, moved to Plan B then Plan A.', 'Tolerating feeds, no vomiting.', 'Passing urine well.'],
        dmeds=[M('Tab', 'Zinc sulphate', '20 mg' if p['age'] >= 0.5 else '10 mg', 'PO', 'OD', (10, 'd')), M('Sachet', 'ORS', '1 sachet in 1 litre', 'PO', 'PRN', 'after every loose stool')],
        fu='POPC / nearest health facility in 3 days', ddx=['Dysentery', 'Malaria', 'Cholera'],
        edu=['Give ORS after each loose stool', 'Complete zinc for 10 days', 'Wash hands with soap before feeding the child', 'Return if the child cannot drink, has blood in stool or becomes sleepy'],
        los=(2, 4), kind='paed')


def cs_preeclampsia(p, y):
    ga = ri(30, 36)
    return dict(
        dx='Severe pre-eclampsia at %d weeks gestation' % ga, dxa=['Severe PET', 'Severe pre-eclampsia', 'G%dP%d at %d/52 with severe PE' % (ri(1, 4), ri(0, 3), ga), 'Pre-eclampsia with severe features'],
        icd='O14.1', spec='Obstetrics & Gynaecology', ward=pk(['Antenatal Ward', 'Maternity Ward', 'Labour Ward', 'Ward 2 (Maternity)']),
        cc=[('severe headache', '%d days' % ri(1, 3)), ('blurred vision', '1 day'), ('epigastric pain', '1 day'), ('swelling of legs', '2 weeks')],
        hpi=['Gravida %d, LMP %d weeks ago, attended %d ANC visits at %s.' % (ri(1, 4), ga, ri(2, 4), make_lower_fac(p['co'])), 'BP was noted to be high at last ANC visit and she was referred.',
             'Fetal movements present. No PV bleeding, no drainage of liquor.'],
        pmh='No known chronic illness. ANC profile: Hb %.1f, VDRL NR, HIV NR, BG %s.' % (rf(10, 12.5), pk(['O +ve', 'A +ve', 'B +ve', 'AB +ve'])), gen='Anxious, not pale, bilateral pitting oedema',
        exam=['Fundal height %d cm' % (ga - ri(1, 3)), 'Single fetus, cephalic, FHR %d bpm' % ri(128, 156), 'Brisk reflexes, ankle clonus %s' % pk(['absent', '2 beats']),
              'Uterus not tender, no contractions', 'VE: cervix closed, posterior'],
        vit=dict(T=rf(36.4, 37.2), P=ri(88, 108), R=ri(18, 24), BP='%d/%d' % (ri(162, 190), ri(110, 125)), SpO2=ri(96, 99)),
        labs=[L('Urine protein (dipstick)', '+++', '', 'Negative', 'A')] + cbc(rf(10, 12), rf(7, 12), ri(72, 130), sex='F') + lft(ri(60, 180), ri(70, 190), ri(10, 30), ri(26, 33)) + ue(ri(134, 140), rf(3.6, 4.6), rf(4, 8), ri(70, 120)) + [L('Uric acid', ri(380, 520), 'umol/L', '150-350', 'H')],
        img=[img('Ultrasound', 'Obstetric', ['Single live intrauterine fetus, cephalic presentation.', 'BPD %d mm, HC %d mm, AC %d mm, FL %d mm.' % (ri(75, 88), ri(280, 320), ri(260, 300), ri(58, 68)),
                                             'EFW %d g (%s).' % (ri(1500, 2300), pk(['< 10th centile', 'appropriate for GA'])), 'Placenta fundal posterior, no retroplacental clot.', 'Liquor reduced (AFI %d cm).' % ri(5, 8)],
                 'Single live IUP at approx %d weeks; ?FGR; oligohydramnios.' % ga, 'Severe PE, ?FGR')], ecg=None,
        tx=[M('Inj', 'Magnesium sulphate', '4 g IV over 15 min + 5 g IM each buttock', 'IV', 'STAT', 'then 5 g IM 4 hourly alternate buttocks x 24 hrs'), M('Inj', 'Hydralazine', '5 mg', 'IV', 'PRN', 'if BP > 160/110'),
            M('Tab', 'Methyldopa', '500 mg', 'PO', 'TDS'), M('Tab', 'Nifedipine retard', '20 mg', 'PO', 'BD'), M('Inj', 'Dexamethasone', '6 mg', 'IM', 'Q12', 'x 4 doses')],
        txn=['Monitor reflexes, RR and urine output before each MgSO4 dose', 'Calcium gluconate at bedside', 'Fetal monitoring 4 hourly', 'Plan for delivery once stable'],
        op='cs', course=['Stabilised on MgSO4 and antihypertensives.', 'Delivered by emergency caesarean section after completion of steroids.', 'BP controlled postpartum on oral agents.'],
        dmeds=[M('Tab', 'Nifedipine retard', '20 mg', 'PO', 'BD', (2, 'w')), M('Tab', 'Methyldopa', '500 mg', 'PO', 'TDS', (2, 'w')), M('Tab', 'Ferrous/Folic (Ranferon)', '1 tab', 'PO', 'OD', (1, 'm')), M('Tab', 'Paracetamol', '1 g', 'PO', 'TDS', (5, 'd'))],
        fu='Postnatal clinic in 1 week for BP check; baby to follow up at NBU/ well-baby clinic', ddx=['Gestational hypertension', 'Chronic hypertension', 'HELLP syndrome'],
        edu=['Check BP weekly at the nearest facility', 'Danger signs: headache, blurred vision, fits, heavy bleeding, foul lochia', 'Exclusive breastfeeding', 'Family planning counselling'],
        los=(5, 10), kind='obs')


def cs_typhoid(p, y):
    return dict(
        dx='Typhoid fever (enteric fever)', dxa=['Typhoid fever', 'Enteric fever', 'Salmonella typhi infection', 'Typhoid - culture confirmed'], icd='A01.0', spec='Internal Medicine',
        ward=pk(['Medical Ward', 'Ward 3', 'Isolation']),
        cc=[('fever', '%d days' % ri(7, 14)), ('abdominal pain', '5 days'), ('headache', '1 week'), ('constipation', '4 days')],
        hpi=['Fever gradually increasing, worse in the evenings.', 'Treated for malaria at a clinic with no improvement.', 'Family uses water from a shallow well.'],
        pmh='Nil significant.', gen='Sick looking, febrile, coated tongue, dehydrated +',
        exam=['Relative bradycardia', 'Tender right iliac fossa, no guarding', 'Splenomegaly 2 cm', 'Chest clear', 'Rose spots not seen'],
        vit=dict(T=rf(38.6, 39.8), P=ri(84, 100), R=ri(18, 24), BP='%d/%d' % (ri(100, 120), ri(60, 78)), SpO2=ri(96, 99)),
        labs=[L('Blood culture', 'Salmonella Typhi isolated', '', '', 'A'), L('Stool Salmonella antigen', 'POSITIVE', '', '', 'A'), L('Widal O', '1:%d' % pk([160, 320]), '', '<1:80', 'H'),
              L('Widal H', '1:%d' % pk([80, 160]), '', '<1:80', ''), L('BS for MPs', 'No MPs seen', '', '')] + cbc(rf(10.5, 13), rf(3.0, 5.0), ri(110, 200), sex=p['sex']),
        img=[], ecg=None,
        tx=[M('Inj', 'Ceftriaxone', '2 g', 'IV', 'OD', (7, 'd')), M('Tab', 'Paracetamol', '1 g', 'PO', 'TDS'), M('IVF', 'Normal saline', '1 L', 'IV', 'TDS', (2, 'd'))],
        txn=['Watch for signs of perforation (abdominal pain, guarding)', 'Enteric precautions'],
        course=['Defervesced on day %d of ceftriaxone.' % ri(3, 5), 'No complications.'],
        dmeds=[M('Tab', 'Azithromycin', '500 mg', 'PO', 'OD', (5, 'd')), M('Tab', 'Paracetamol', '1 g', 'PO', 'PRN', (3, 'd'))],
        fu='MOPC in 2 weeks with stool culture', ddx=['Malaria', 'Brucellosis', 'Amoebic liver abscess'],
        edu=['Boil drinking water', 'Wash hands after toilet and before eating', 'Complete the antibiotics'], los=(5, 9), kind='med')


def cs_ckd(p, y):
    cr = ri(780, 1450)
    return dict(
        dx='Chronic kidney disease stage 5 (likely hypertensive nephrosclerosis) with uraemia and hyperkalaemia', dxa=['CKD 5 / ESRD', 'End stage renal disease', 'CKD stage V with uraemia', 'ESKD - hypertensive'],
        icd='N18.5', spec='Internal Medicine (Nephrology)', ward=pk(['Renal Unit', 'Medical Ward', 'Dialysis Unit']),
        cc=[('body swelling', '%d weeks' % ri(2, 8)), ('reduced urine output', '1 week'), ('vomiting', '5 days'), ('itching', '1 month')],
        hpi=['Progressive generalised body swelling.', 'Hiccups and poor appetite.', 'Known hypertensive for %d years on irregular treatment.' % ri(4, 12)],
        pmh='HTN. Herbal medicine use.', gen='Pale, puffy face, uraemic breath, scratch marks',
        exam=['Bilateral pitting oedema to mid-thigh', 'Pericardial rub absent', 'Bibasal crepitations', 'Asterixis present' if mb() else 'No flapping tremor'],
        vit=dict(T=rf(36.2, 37.1), P=ri(88, 110), R=ri(22, 30), BP='%d/%d' % (ri(170, 210), ri(100, 125)), SpO2=ri(90, 96)),
        labs=ue(ri(128, 136), rf(6.0, 7.1), rf(28, 48), cr) + cbc(rf(6.2, 8.4), rf(5, 9), ri(150, 300), mcv=ri(82, 92), sex=p['sex']) + [L('Calcium', rf(1.7, 2.0, 2), 'mmol/L', '2.15-2.55', 'L'), L('Phosphate', rf(2.1, 3.0), 'mmol/L', '0.8-1.5', 'H'), L('Urinalysis', 'Protein ++, blood +', '', '')],
        img=[img('Ultrasound', 'Kidneys/ urinary tract', ['Right kidney %.1f cm, left kidney %.1f cm.' % (rf(7.2, 8.6), rf(7.4, 8.8)), 'Both kidneys are small with increased cortical echogenicity and poor corticomedullary differentiation.',
                                                         'No hydronephrosis. No calculi.', 'Urinary bladder empty.'], 'Bilateral small echogenic kidneys in keeping with chronic kidney disease.', 'Raised creatinine')],
        ecg=ecgd(ri(86, 104), 'Sinus rhythm', ri(160, 210), ri(96, 120), ri(360, 400), ri(-10, 40), ['Tall tented T waves V2-V5', 'Flattened P waves', 'LVH by voltage'], 'Sinus rhythm. Changes consistent with hyperkalaemia. LVH.'),
        tx=[M('Inj', 'Calcium gluconate 10%', '10 ml', 'IV', 'STAT', 'over 10 min'), M('Inj', 'Soluble insulin 10 IU + 50 ml 50% dextrose', '', 'IV', 'STAT'), M('Inj', 'Furosemide', '120 mg', 'IV', 'BD'),
            M('Tab', 'Nifedipine retard', '20 mg', 'PO', 'BD'), M('Inj', 'Erythropoietin', '4000 IU', 'SC', 'WK')],
        txn=['Urgent haemodialysis via femoral/IJ catheter', 'Low salt, low potassium diet, fluid restriction', 'Hepatitis B/C and HIV screen before dialysis'], proc='hdcath',
        course=['Had %d sessions of haemodialysis.' % ri(3, 6), 'Potassium normalised; uraemic symptoms resolved.', 'Counselled on maintenance dialysis and AV fistula creation; NHIF cover for dialysis discussed.'],
        dmeds=[M('Tab', 'Nifedipine retard', '20 mg', 'PO', 'BD'), M('Tab', 'Furosemide', '80 mg', 'PO', 'BD'), M('Tab', 'Calcium carbonate', '500 mg', 'PO', 'TDS', 'with meals'), M('Inj', 'Erythropoietin', '4000 IU', 'SC', 'WK')],
        fu='Renal unit for twice-weekly haemodialysis', ddx=['Acute kidney injury', 'Chronic glomerulonephritis', 'Diabetic nephropathy'],
        edu=['Attend all dialysis sessions', 'Limit fluids to 1 litre a day', 'Avoid bananas, oranges and salty foods', 'Do not take herbal medicine or painkillers like diclofenac'], los=(8, 15), kind='med')


def op_cs(p, indication):
    sexb = pk(['male', 'female'])
    wt = rf(2.1, 3.9, 2)
    ap1, ap5 = ri(4, 8), ri(7, 10)
    return dict(
        name='Emergency lower segment caesarean section (LSCS)', short=pk(['Emergency C/S', 'EMCS', 'LSCS', 'Emergency caesarean section']), indication=indication,
        anaes=pk(['Spinal anaesthesia', 'Spinal (SAB)', 'GA with ETT (RSI)']), pos='Supine with left lateral tilt', incision=pk(['Pfannenstiel', 'Sub-umbilical midline', 'Pfannenstiel']),
        findings=['Delivered a live %s infant, weight %.2f kg, Apgar %d/10 at 1 min and %d/10 at 5 min' % (sexb, wt, ap1, min(10, ap5 + 1)), 'Liquor %s' % pk(['clear', 'meconium stained grade 2', 'clear, reduced']),
                  'Lower segment %s' % pk(['well formed', 'thin, oedematous', 'well formed']), 'Placenta and membranes delivered complete by controlled cord traction', 'Tubes and ovaries normal'],
        steps=['Skin prepped with povidone iodine and draped', 'Abdomen opened in layers', 'Doyen retractor inserted, bladder flap reflected', 'Transverse lower segment uterine incision (Kerr), extended digitally',
               'Baby delivered by %s and handed to midwife/paediatrician' % pk(['cephalic lift', 'breech extraction', 'cephalic delivery with fundal pressure']), 'Oxytocin 10 IU IV given', 'Uterus exteriorised and closed in 2 layers with Vicryl 1',
               'Haemostasis secured, peritoneal toilet done, swab and instrument count correct'],
        closure='Rectus sheath with Vicryl 1 continuous; skin with %s' % pk(['Nylon 2/0 interrupted mattress', 'subcuticular Vicryl 2/0', 'staples']), ebl=ri(400, 900), drain='None',
        specimen='Nil (placenta to incinerator)', postop=['Vitals half hourly x 4 then hourly', 'IV fluids NS/D5 alternate 3 L in 24 hrs', 'Oxytocin 20 IU in 500 ml NS over 8 hrs', 'IV Ceftriaxone 1 g OD + Metronidazole 500 mg TDS',
                                                        'Analgesia: IM Pethidine 100 mg 6 hrly PRN / Diclofenac suppository', 'Catheter to stay 24 hrs', 'Early breastfeeding'],
        dur=ri(35, 70), baby=dict(sex=sexb, wt=wt, ap1=ap1, ap5=min(10, ap5 + 1)))


def cs_obstructed(p, y):
    g = ri(2, 6)
    return dict(
        dx='Obstructed labour - delivered by emergency caesarean section', dxa=['Obstructed labour', 'CPD / obstructed labour', 'Prolonged obstructed labour, post EMCS', 'G%dP%d - obstructed labour' % (g, g - 1)],
        icd='O66.9, O82.1', spec='Obstetrics & Gynaecology', ward=pk(['Maternity Ward', 'Post-natal Ward', 'Labour Ward', 'Ward 1 (Maternity)']),
        cc=[('labour pains', '%d hours' % ri(16, 30)), ('drainage of liquor', '%d hours' % ri(8, 20))],
        hpi=['Gravida %d para %d at term by dates.' % (g, g - 1), 'Laboured at %s for over %d hours before referral.' % (make_lower_fac(p['co']), ri(12, 20)),
             'Partograph crossed the action line.', 'No PV bleeding. Fetal movements felt.'],
        pmh='Previous %d SVDs. ANC profile: HIV NR, VDRL NR, Hb %.1f g/dL.' % (g - 1, rf(10, 12.5)), gen='Exhausted, dehydrated, not pale',
        exam=['Term-sized uterus, Bandl\'s ring present' if mb() else 'Term uterus, strong contractions 4 in 10 min', 'Cephalic, 1/5 palpable', 'FHR %d bpm' % ri(120, 168),
              'VE: os fully dilated, caput +3, moulding +3, oedematous vulva', 'Bladder distended, catheterised - blood stained urine' if mb() else 'Catheterised, clear urine'],
        vit=dict(T=rf(37.2, 38.2), P=ri(100, 124), R=ri(20, 26), BP='%d/%d' % (ri(100, 130), ri(60, 80)), SpO2=ri(96, 99)),
        labs=cbc(rf(9.0, 11.5), rf(9, 16), ri(150, 300), sex='F') + [L('Blood group & crossmatch', pk(['O Rh D positive', 'A Rh D positive', 'B Rh D positive']) + '; 2 units crossmatched', '', '')],
        img=[], ecg=None,
        tx=[M('IVF', "Ringer's lactate", '1 L', 'IV', 'STAT'), M('Inj', 'Ceftriaxone', '1 g', 'IV', 'OD', (3, 'd')), M('Inj', 'Metronidazole', '500 mg', 'IV', 'TDS', (3, 'd')),
            M('Inj', 'Oxytocin', '20 IU in 500 ml NS', 'IV', 'CONT', 'over 8 hrs post-op'), M('Inj', 'Pethidine', '100 mg', 'IM', 'PRN')],
        txn=['Urgent caesarean section', 'Urethral catheter for 7 days if fistula risk'], op='cs',
        course=['Underwent emergency LSCS; uneventful post-operative recovery.', 'Wound clean at discharge, baby well and breastfeeding.', 'Catheter removed on day %d, no leakage of urine.' % ri(1, 7)],
        dmeds=[M('Tab', 'Amoxicillin/clavulanate', '625 mg', 'PO', 'BD', (5, 'd')), M('Tab', 'Paracetamol', '1 g', 'PO', 'TDS', (5, 'd')), M('Tab', 'Ferrous sulphate + folic acid', '1 tab', 'PO', 'OD', (6, 'w'))],
        fu='Postnatal clinic (PNC) in 1 week for wound check; stitches out day 7-10', ddx=[],
        edu=['Keep the wound clean and dry', 'Danger signs: fever, foul smelling discharge, heavy bleeding, wound discharge', 'Next delivery must be in hospital', 'Family planning - space at least 2 years'],
        los=(3, 5), kind='obs')


def cs_appendix(p, y):
    stage = pk(['acutely inflamed', 'gangrenous', 'perforated at the tip with localised pus', 'acutely inflamed, turgid'])
    return dict(
        dx='Acute appendicitis', dxa=['Acute appendicitis', 'Appendicitis, post appendicectomy', 'Acute appendicitis (%s)' % stage.split(',')[0], 'Ruptured appendix' if 'perforated' in stage else 'Acute suppurative appendicitis'],
        icd='K35.8', spec='General Surgery', ward=pk(['Surgical Ward', 'Male Surgical Ward' if p['sex'] == 'M' else 'Female Surgical Ward', 'Ward 8']),
        cc=[('abdominal pain', '%d days' % ri(1, 3)), ('vomiting', '1 day'), ('fever', '1 day')],
        hpi=['Pain started around the umbilicus then shifted to the right iliac fossa.', 'Associated with anorexia and nausea.', 'No diarrhoea. Last bowel movement yesterday.'],
        pmh='Nil. No previous surgery.', gen='In pain, febrile, not pale, mildly dehydrated',
        exam=['Tenderness and guarding in the RIF', 'Rebound tenderness positive, Rovsing sign positive', 'Psoas sign positive' if mb() else 'No palpable mass', 'Bowel sounds present'],
        vit=dict(T=rf(37.8, 38.9), P=ri(96, 118), R=ri(18, 24), BP='%d/%d' % (ri(105, 130), ri(60, 80)), SpO2=ri(97, 99)),
        labs=cbc(rf(12, 15), rf(12, 19), ri(200, 380), neut=ri(78, 90), sex=p['sex']) + [L('Urinalysis', 'Normal', '', '')] + ([L('Urine hCG', 'Negative', '', '')] if p['sex'] == 'F' else []),
        img=[img('Ultrasound', 'Abdomen (focused RIF)', ['Non-compressible blind-ending tubular structure in the RIF, diameter %d mm.' % ri(8, 13), 'Periappendiceal fat stranding and minimal free fluid.',
                                                          'Appendicolith seen.' if mb() else 'No appendicolith.', 'Liver, GB, kidneys normal.'] + (['Uterus and ovaries normal.'] if p['sex'] == 'F' else []),
                 'Features of acute appendicitis.', 'RIF pain, ?appendicitis')], ecg=None,
        tx=[M('Inj', 'Ceftriaxone', '1 g', 'IV', 'BD'), M('Inj', 'Metronidazole', '500 mg', 'IV', 'TDS'), M('Inj', 'Tramadol', '100 mg', 'IV', 'TDS'), M('IVF', 'Normal saline / D5', '1 L', 'IV', 'TDS')],
        txn=['NPO', 'Prepare for emergency appendicectomy'],
        op=dict(name='Open appendicectomy', short=pk(['Appendicectomy', 'Appendectomy', 'Open appendicectomy']), indication='Acute appendicitis', anaes=pk(['GA with ETT', 'GA (ETT)', 'Spinal anaesthesia']),
                pos='Supine', incision=pk(['Gridiron (McBurney) incision', 'Lanz incision', 'Lower midline (due to doubt in diagnosis)']),
                findings=['Appendix %s, %s' % (stage, pk(['retrocaecal', 'pelvic', 'subcaecal', 'pre-ileal'])), '%d mls of %s fluid in the RIF' % (ri(20, 150), pk(['serous', 'seropurulent', 'purulent'])), 'Caecum healthy, terminal ileum normal'],
                steps=['Muscle splitting approach, peritoneum opened', 'Appendix delivered, mesoappendix clamped, divided and ligated', 'Appendix crushed, ligated at the base with Vicryl 2/0 and excised', 'Stump buried with purse string' if mb() else 'Stump cauterised, not buried',
                       'Peritoneal toilet with warm saline'], closure='Peritoneum and muscles with Vicryl 2/0; skin with Nylon 2/0', ebl=ri(20, 100), drain=pk(['None', 'Corrugated drain to pelvis']),
                specimen='Appendix sent for histology', postop=['NPO until bowel sounds return', 'IV ceftriaxone + metronidazole x 48 hrs', 'Analgesia', 'Ambulate early'], dur=ri(35, 75)),
        path=dict(spec='Appendix', gross='Appendix measuring %d x %d mm, serosa dull and congested with fibrinous exudate. Lumen contains %s.' % (ri(55, 90), ri(8, 14), pk(['pus', 'a faecolith', 'blood-stained fluid'])),
                  micro='Sections show transmural infiltration by neutrophils with mucosal ulceration%s. Serositis present.' % (' and areas of necrosis' if 'gangren' in stage or 'perfor' in stage else ''),
                  dx='Acute %s appendicitis with periappendicitis.' % ('gangrenous' if 'gangren' in stage or 'perfor' in stage else 'suppurative'), clin='RIF pain, ?acute appendicitis'),
        course=['Uneventful post-operative course.', 'Started orals on POD 1, wound healing well.'],
        dmeds=[M('Tab', 'Amoxicillin/clavulanate', '625 mg', 'PO', 'BD', (5, 'd')), M('Tab', 'Paracetamol', '1 g', 'PO', 'TDS', (5, 'd')), M('Tab', 'Ibuprofen', '400 mg', 'PO', 'TDS', (3, 'd'))],
        fu='SOPC in 1 week for stitch removal and histology results', ddx=['Mesenteric adenitis', 'Ectopic pregnancy' if p['sex'] == 'F' else 'Right ureteric colic', 'PID' if p['sex'] == 'F' else 'Typhoid'],
        edu=['Keep wound dry', 'No heavy lifting for 4 weeks', 'Return if wound discharge or fever'], los=(2, 5), kind='surg')


def cs_pud(p, y):
    return dict(
        dx='Perforated duodenal ulcer with generalised peritonitis', dxa=['PPU', 'Perforated peptic ulcer disease', 'Generalised peritonitis 2 to PUD perforation', 'Perf. DU'], icd='K26.5',
        spec='General Surgery', ward=pk(['Surgical Ward', 'Male Surgical Ward', 'Surgical HDU']),
        cc=[('sudden severe abdominal pain', '%d hours' % ri(10, 48)), ('abdominal distension', '1 day'), ('vomiting', '1 day')],
        hpi=['Pain started suddenly in the epigastrium then became generalised.', 'Long history of dyspepsia, uses %s frequently for back pain.' % pk(['diclofenac', 'ibuprofen', 'aspirin', 'painkillers from the chemist']),
             'Smokes %d cigarettes per day; takes alcohol.' % ri(5, 20) if p['sex'] == 'M' else 'Does not smoke.'],
        pmh='Dyspepsia on and off for %d years treated with antacids.' % ri(2, 8), gen='In severe pain, dehydrated, lying still',
        exam=['Abdomen distended, does not move with respiration', 'Board-like rigidity, generalised tenderness', 'Liver dullness obliterated', 'Bowel sounds absent', 'DRE: empty rectum, tender'],
        vit=dict(T=rf(37.8, 38.8), P=ri(108, 130), R=ri(24, 30), BP='%d/%d' % (ri(90, 110), ri(55, 70)), SpO2=ri(94, 98)),
        labs=cbc(rf(11, 14), rf(14, 22), ri(180, 400), sex=p['sex']) + ue(ri(130, 140), rf(3.2, 4.2), rf(8, 14), ri(110, 180)) + [L('Serum amylase', ri(60, 140), 'U/L', '<100')],
        img=[img('X-ray', 'Chest (erect) / Abdomen', ['Free air under both hemidiaphragms (pneumoperitoneum).', 'Lung fields clear.', 'No dilated bowel loops.'], 'Pneumoperitoneum - hollow viscus perforation.', 'Acute abdomen')], ecg=None,
        tx=[M('IVF', 'Normal saline', '1 L', 'IV', 'STAT', 'then 1 L 4 hourly'), M('Inj', 'Omeprazole', '40 mg', 'IV', 'BD'), M('Inj', 'Ceftriaxone', '1 g', 'IV', 'BD'), M('Inj', 'Metronidazole', '500 mg', 'IV', 'TDS'), M('Inj', 'Morphine', '10 mg', 'IM', 'Q4', 'PRN')],
        txn=['NGT on free drainage', 'Urethral catheter, hourly urine output', 'Emergency laparotomy'],
        op=dict(name='Exploratory laparotomy, Graham omental patch repair of perforated duodenal ulcer', short=pk(['Laparotomy + Graham patch', 'Ex-lap, omental patch', 'Laparotomy + patch repair']), indication='Generalised peritonitis ?PPU',
                anaes='GA with ETT (RSI)', pos='Supine', incision='Upper midline incision',
                findings=['About %d litres of bilious peritoneal fluid with food particles' % ri(1, 3), 'Fibrin flakes over bowel loops', 'A %d mm perforation on the anterior wall of the first part of the duodenum' % ri(4, 10), 'Stomach and rest of the bowel normal'],
                steps=['Peritoneal fluid suctioned', 'Perforation closed with 3 interrupted Vicryl 2/0 stitches and tied over a pedicle of omentum (Graham patch)', 'Thorough peritoneal lavage with %d litres of warm saline' % ri(4, 8), 'Leak test negative'],
                closure='Mass closure with Nylon 1 loop; skin left %s' % pk(['open (delayed primary closure)', 'closed with interrupted Nylon 2/0']), ebl=ri(50, 200), drain='Tube drain in the right subhepatic space',
                specimen='Peritoneal fluid for C/S', postop=['NGT free drainage, NPO 3 days', 'IV PPI, antibiotics', 'Input/output chart', 'Chest physiotherapy'], dur=ri(60, 110)),
        course=['Bowel function returned on POD %d; NGT removed.' % ri(3, 4), 'Superficial SSI managed with daily dressing.' if mb() else 'Wound clean.', 'H. pylori stool antigen positive - started eradication therapy.'],
        dmeds=[M('Cap', 'Omeprazole', '20 mg', 'PO', 'BD', (14, 'd')), M('Cap', 'Amoxicillin', '1 g', 'PO', 'BD', (14, 'd')), M('Tab', 'Clarithromycin', '500 mg', 'PO', 'BD', (14, 'd')), M('Tab', 'Paracetamol', '1 g', 'PO', 'TDS', (5, 'd'))],
        fu='SOPC in 2 weeks', ddx=['Acute pancreatitis', 'Perforated typhoid ileitis', 'Mesenteric ischaemia'],
        edu=['Avoid NSAIDs (diclofenac, ibuprofen, aspirin)', 'Stop smoking and alcohol', 'Complete the H. pylori treatment', 'Avoid lifting heavy loads for 6 weeks'], los=(7, 12), kind='surg')


def cs_volvulus(p, y):
    gang = mb(0.4)
    return dict(
        dx='Sigmoid volvulus%s' % (' with gangrene' if gang else ''), dxa=['Sigmoid volvulus', 'Large bowel obstruction 2 to sigmoid volvulus', 'LBO - volvulus', 'Gangrenous sigmoid volvulus' if gang else 'Viable sigmoid volvulus'],
        icd='K56.2', spec='General Surgery', ward=pk(['Surgical Ward', 'Male Surgical Ward', 'Ward 9']),
        cc=[('abdominal distension', '%d days' % ri(2, 4)), ('failure to pass stool and flatus', '%d days' % ri(2, 4)), ('abdominal pain', '3 days')],
        hpi=['Progressive abdominal distension with colicky pain.', 'Had similar but milder episodes that resolved spontaneously.', 'Diet high in fibre (maize, beans).'],
        pmh='No previous surgery.', gen='Dehydrated, in distress',
        exam=['Grossly distended abdomen, asymmetrical', 'Tympanic on percussion', 'Tender%s' % (' with guarding' if gang else ''), 'High pitched bowel sounds', 'DRE: empty rectum'],
        vit=dict(T=rf(37, 38.4), P=ri(100, 126), R=ri(22, 28), BP='%d/%d' % (ri(95, 130), ri(60, 80)), SpO2=ri(94, 98)),
        labs=cbc(rf(12, 15), rf(10, 20), ri(200, 380), sex=p['sex']) + ue(ri(130, 140), rf(3.0, 3.8), rf(8, 14), ri(100, 160)),
        img=[img('X-ray', 'Abdomen (erect and supine)', ['Grossly dilated inverted U-shaped loop of large bowel arising from the pelvis ("coffee bean" sign).', 'Air-fluid levels. No free gas under the diaphragm.'],
                 'Features consistent with sigmoid volvulus.', 'Abdominal distension, constipation')], ecg=None,
        tx=[M('IVF', 'Normal saline', '1 L', 'IV', 'Q4'), M('Inj', 'Ceftriaxone', '1 g', 'IV', 'BD'), M('Inj', 'Metronidazole', '500 mg', 'IV', 'TDS'), M('Inj', 'Pethidine', '100 mg', 'IM', 'Q6', 'PRN')],
        txn=['NGT decompression', 'Flatus tube (rigid sigmoidoscopy) attempted' if mb() else 'Emergency laparotomy'],
        op=dict(name='Laparotomy, sigmoid colectomy with %s' % ('Hartmann\'s procedure (end colostomy)' if gang else 'primary colo-colic anastomosis'), short=pk(['Laparotomy + sigmoidectomy', 'Ex-lap, sigmoid resection', 'Hartmann\'s' if gang else 'Sigmoid colectomy + anastomosis']),
                indication='Sigmoid volvulus', anaes='GA with ETT', pos='Supine', incision='Midline laparotomy',
                findings=['Grossly distended sigmoid colon twisted %d degrees %s on a narrow mesentery' % (pk([180, 360, 360, 540]), pk(['anticlockwise', 'clockwise'])),
                          'Sigmoid loop %s' % ('gangrenous, dark with foul smell, no perforation' if gang else 'viable after detorsion, pink and peristaltic'), '%d ml of %s peritoneal fluid' % (ri(100, 800), 'foul blood-stained' if gang else 'serous')],
                steps=['Volvulus untwisted', 'Sigmoid colon mobilised and resected between clamps', 'End colostomy fashioned in LIF, rectal stump closed' if gang else 'Hand-sewn end-to-end single layer anastomosis with Vicryl 3/0', 'Peritoneal lavage'],
                closure='Linea alba with Nylon 1 continuous; skin Nylon 2/0', ebl=ri(150, 400), drain='Pelvic drain', specimen='Sigmoid colon for histology', postop=['NPO, NGT', 'IV fluids 3 L/24h', 'Antibiotics x 5 days', 'Stoma care' if gang else 'Watch for anastomotic leak'], dur=ri(90, 150)),
        path=dict(spec='Segment of sigmoid colon', gross='Segment of large bowel %d cm long, dilated up to %d cm, serosa %s.' % (ri(25, 45), ri(8, 12), 'dusky black' if gang else 'congested'),
                  micro='Sections show %s. No dysplasia or malignancy.' % ('transmural haemorrhagic infarction with mucosal necrosis' if gang else 'mucosal congestion and submucosal oedema; viable muscularis'),
                  dx='Sigmoid colon, resection: %s consistent with volvulus. Negative for malignancy.' % ('haemorrhagic infarction' if gang else 'congestion and oedema'), clin='Sigmoid volvulus'),
        course=['Bowel opened on POD %d.' % ri(3, 5), 'Stoma functioning, patient taught stoma care.' if gang else 'No anastomotic leak.'],
        dmeds=[M('Tab', 'Paracetamol', '1 g', 'PO', 'TDS', (5, 'd')), M('Tab', 'Metronidazole', '400 mg', 'PO', 'TDS', (5, 'd'))],
        fu='SOPC in 2 weeks%s' % ('; plan for reversal of colostomy in 3 months' if gang else ''), ddx=['Carcinoma of the sigmoid', 'Caecal volvulus', 'Pseudo-obstruction'],
        edu=['Empty and clean the colostomy bag as taught' if gang else 'Take soft foods for 2 weeks', 'Return if abdominal distension or vomiting'], los=(8, 14), kind='surg')


def cs_femur(p, y):
    side = pk(['left', 'right'])
    pat = pk(['transverse', 'short oblique', 'comminuted', 'spiral'])
    return dict(
        dx='Closed %s midshaft %s femur fracture' % (pat, side), dxa=['Fracture femur (%s)' % side, '# shaft of femur %s' % ('Lt' if side == 'left' else 'Rt'), 'Closed femoral shaft fracture', 'RTA - # %s femur' % side],
        icd='S72.3', spec='Orthopaedics', ward=pk(['Orthopaedic Ward', 'Ward 10 (Ortho)', 'Male Surgical/Ortho Ward']),
        cc=[('pain and deformity of the %s thigh' % side, 'after a road traffic accident %d days ago' % ri(0, 3)), ('inability to walk', 'since the accident')],
        hpi=['Was a %s involved in a collision with a %s.' % (pk(['motorcycle (boda boda) passenger', 'pedestrian', 'motorcycle rider', 'matatu passenger']), pk(['saloon car', 'lorry', 'another motorcycle', 'matatu'])),
             'No loss of consciousness, no vomiting, no ENT bleeding.', 'Was taken to %s where a splint was applied before referral.' % make_lower_fac(p['co'])],
        pmh='Nil significant.', gen='In pain, not pale, fully conscious',
        exam=['%s thigh swollen, tender, with shortening and external rotation' % cap(side), 'Abnormal mobility mid-thigh', 'Distal pulses (DPA, PTA) palpable, capillary refill < 2 sec', 'Sensation intact', 'No other injuries on secondary survey'],
        vit=dict(T=rf(36.5, 37.4), P=ri(88, 110), R=ri(18, 22), BP='%d/%d' % (ri(105, 130), ri(65, 85)), SpO2=ri(97, 99)),
        labs=cbc(rf(10.5, 13.5), rf(7, 12), ri(180, 340), sex=p['sex']) + [L('Blood group', pk(['O Rh +ve', 'A Rh +ve', 'B Rh +ve']), '', ''), L('RBS', rf(4.8, 7.0), 'mmol/L', '')],
        img=[img('X-ray', '%s femur AP and lateral' % cap(side), ['There is a %s fracture of the mid-shaft of the %s femur with %s.' % (pat, side, pk(['overriding of fragments by about 3 cm', 'lateral displacement and angulation', 'a butterfly fragment'])),
                                                                  'Hip and knee joints are intact.', 'No other bony injury.'], '%s fracture of the %s femoral shaft.' % (cap(pat), side), 'RTA, deformity %s thigh' % side)], ecg=None,
        tx=[M('Inj', 'Diclofenac', '75 mg', 'IM', 'BD'), M('Inj', 'Tramadol', '100 mg', 'IV', 'TDS', 'PRN'), M('Inj', 'Tetanus toxoid', '0.5 ml', 'IM', 'STAT')],
        txn=['Skeletal traction (Perkins) via tibial pin, %d kg' % ri(6, 9), 'Plan for SIGN nailing'], proc='traction',
        op=dict(name='Open reduction and internal fixation of %s femur with SIGN intramedullary nail' % side, short=pk(['ORIF + SIGN nail', 'SIGN nailing %s femur' % side, 'ORIF femur (IMN)']), indication='Closed %s midshaft femur fracture' % side,
                anaes=pk(['Spinal anaesthesia', 'GA with ETT', 'Spinal + sedation']), pos='Lateral decubitus' if mb() else 'Supine', incision='Lateral thigh incision over the fracture site',
                findings=['%s fracture at mid-shaft with %s' % (cap(pat), pk(['interposed muscle', 'early callus', 'haematoma'])), 'Canal reamed to %d mm' % ri(9, 12)],
                steps=['Fracture site exposed through vastus lateralis', 'Retrograde then antegrade reaming of the proximal and distal fragments', 'SIGN nail %d x %d mm inserted' % (ri(9, 12), ri(300, 380)),
                       '%d proximal and %d distal interlocking screws inserted using the external jig' % (ri(1, 2), ri(1, 2)), 'Stability confirmed'],
                closure='Fascia with Vicryl 1, skin with Nylon 2/0', ebl=ri(300, 700), drain=pk(['None', 'Vacuum drain']), specimen='None', postop=['Elevate the limb', 'Analgesia', 'Antibiotics x 24 hrs', 'Check X-ray', 'Quadriceps exercises, touch-down weight bearing with crutches'],
                dur=ri(80, 140)),
        course=['Kept on skeletal traction for %d days awaiting theatre slot.' % ri(3, 12), 'Underwent SIGN nailing; post-op X-ray satisfactory.', 'Mobilising with crutches (partial weight bearing).'],
        dmeds=[M('Tab', 'Paracetamol', '1 g', 'PO', 'TDS', (1, 'w')), M('Tab', 'Ibuprofen', '400 mg', 'PO', 'TDS', (5, 'd')), M('Tab', 'Ferrous sulphate', '200 mg', 'PO', 'OD', (1, 'm'))],
        fu='Orthopaedic clinic (SOPC) in 2 weeks with check X-ray', ddx=[], edu=['Walk with crutches, partial weight bearing only', 'Keep the wound dry', 'Return if calf pain/swelling or wound discharge'],
        los=(8, 21), kind='surg')


def cs_bph(p, y):
    vol = ri(60, 140)
    return dict(
        dx='Benign prostatic hyperplasia with acute urinary retention', dxa=['BPH with AUR', 'BPH', 'Bladder outlet obstruction 2 to BPH', 'LUTS/BPH with retention'], icd='N40',
        spec='Urology', ward=pk(['Male Surgical Ward', 'Urology Ward', 'Ward 9']),
        cc=[('inability to pass urine', '%d hours' % ri(8, 24)), ('poor stream and straining', '%d years' % ri(1, 4)), ('nocturia x%d' % ri(3, 6), '1 year')],
        hpi=['Has had frequency, hesitancy, poor stream and terminal dribbling.', 'Had an indwelling catheter inserted %d weeks ago at %s.' % (ri(1, 8), make_lower_fac(p['co'])), 'No haematuria, no bone pains, no weight loss.'],
        pmh='Hypertensive on amlodipine.' if mb() else 'Nil.', gen='Elderly man, in discomfort, not pale',
        exam=['Suprapubic bladder distension (palpable)', 'DRE: smooth, firm, non-tender enlarged prostate, median sulcus preserved, ~%d g' % vol, 'Normal anal tone', 'Renal angles non-tender'],
        vit=dict(T=rf(36.4, 37.2), P=ri(70, 90), R=ri(16, 20), BP='%d/%d' % (ri(130, 160), ri(75, 95)), SpO2=ri(96, 99)),
        labs=[L('PSA (total)', rf(1.8, 6.5), 'ng/mL', '0-4'), L('Urinalysis', 'Leucocytes +, nitrites negative', '', '')] + ue(ri(134, 142), rf(3.8, 4.8), rf(5, 9), ri(90, 140)) + cbc(rf(12, 14.5), rf(5, 9), ri(180, 300)),
        img=[img('Ultrasound', 'Abdomino-pelvic (KUB + prostate)', ['Prostate enlarged, volume approx. %d cc, homogeneous with median lobe protrusion into the bladder.' % vol, 'Bladder wall thickened and trabeculated.',
                                                                      'Post-void residual %d ml.' % ri(150, 450), 'Both kidneys normal in size, no hydronephrosis.'], 'Benign prostatic enlargement with trabeculated bladder.', 'LUTS, retention')], ecg=None,
        tx=[M('Tab', 'Tamsulosin', '0.4 mg', 'PO', 'NOCTE'), M('Inj', 'Ceftriaxone', '1 g', 'IV', 'OD', (3, 'd'))],
        txn=['Urethral catheter (Foley 18 Fr) on free drainage', 'Elective prostatectomy'], proc='spc' if mb() else None,
        op=dict(name='Open transvesical prostatectomy (Freyer\'s)', short=pk(['TVP', 'Transvesical prostatectomy', 'Open prostatectomy']), indication='BPH with recurrent urinary retention', anaes='Spinal anaesthesia', pos='Supine, Trendelenburg',
                incision='Lower midline / Pfannenstiel', findings=['Enlarged trilobar prostate, estimated %d g' % vol, 'Trabeculated bladder, no stones, no tumour', 'Ureteric orifices clear'],
                steps=['Bladder opened between stay sutures', 'Mucosa incised around bladder neck, adenoma enucleated digitally', 'Haemostasis with Vicryl 0 figure-of-eight stitches at 5 and 7 o\'clock', 'Three-way Foley 22 Fr inserted, balloon 30 ml',
                       'Bladder closed in two layers'], closure='Sheath Vicryl 1; skin Nylon 2/0', ebl=ri(300, 800), drain='Retropubic drain', specimen='Prostate adenoma for histology',
                postop=['Continuous bladder irrigation with NS', 'Traction on catheter for 12 hrs', 'IV antibiotics', 'Monitor Hb'], dur=ri(60, 100)),
        path=dict(spec='Prostate (enucleated adenoma)', gross='Multiple nodular grey-white tissue fragments weighing %d g in aggregate.' % (vol - ri(10, 20)),
                  micro='Sections show nodular hyperplasia of glandular and fibromuscular stroma with corpora amylacea. Focal chronic prostatitis. No atypia.',
                  dx='Benign nodular prostatic hyperplasia. No evidence of malignancy in the sections examined.', clin='BPH, for histology'),
        course=['Irrigation stopped on POD 2, catheter removed on POD %d with a trial without catheter successful.' % ri(7, 10), 'Transfused 1 unit' if mb(0.3) else 'No transfusion required.'],
        dmeds=[M('Tab', 'Ciprofloxacin', '500 mg', 'PO', 'BD', (5, 'd')), M('Tab', 'Paracetamol', '1 g', 'PO', 'TDS', (5, 'd'))],
        fu='Urology clinic in 2 weeks with histology', ddx=['Carcinoma of prostate', 'Urethral stricture'], edu=['Drink plenty of water', 'Some blood in urine is expected for a few weeks', 'Avoid straining and heavy lifting'],
        los=(8, 14), kind='surg')


def cs_goitre(p, y):
    return dict(
        dx='Non-toxic multinodular goitre with compressive symptoms', dxa=['MNG', 'Multinodular goitre (euthyroid)', 'Nodular goitre', 'Simple MNG'], icd='E04.2', spec='General Surgery',
        ward=pk(['Female Surgical Ward', 'Surgical Ward', 'Ward 8']),
        cc=[('anterior neck swelling', '%d years' % ri(3, 12)), ('difficulty in swallowing', '6 months'), ('choking sensation at night', '3 months')],
        hpi=['Swelling has been increasing gradually.', 'No palpitations, no heat intolerance, no weight loss.', 'No change in voice.'],
        pmh='Nil. From a hilly area; family members with similar swellings.', gen='Well, euthyroid',
        exam=['Nodular swelling of both lobes, moves with swallowing, %d x %d cm' % (ri(8, 14), ri(6, 10)), 'Lower border palpable, no retrosternal extension', 'Trachea central', 'No cervical lymphadenopathy', 'Pemberton sign negative'],
        vit=dict(T=rf(36.4, 37), P=ri(68, 88), R=ri(16, 20), BP='%d/%d' % (ri(110, 140), ri(70, 90)), SpO2=ri(97, 100)),
        labs=[L('TSH', rf(0.6, 3.8, 2), 'mIU/L', '0.4-4.0'), L('Free T4', rf(11, 19), 'pmol/L', '9-23'), L('FNAC thyroid', 'Benign colloid nodule (Bethesda II)', '', '')] + cbc(rf(11.5, 13.5), rf(4, 8), ri(200, 350), sex='F'),
        img=[img('Ultrasound', 'Thyroid / neck', ['Both thyroid lobes enlarged with multiple mixed solid-cystic nodules, largest in the right lobe measuring %d x %d mm.' % (ri(25, 45), ri(20, 35)),
                                                 'No microcalcifications. Coarse peripheral calcification in some nodules.', 'No cervical lymphadenopathy.'], 'Multinodular goitre (TI-RADS 3).', 'Neck swelling')],
        ecg=None, tx=[M('Tab', 'Paracetamol', '1 g', 'PO', 'TDS')], txn=['Indirect laryngoscopy pre-op: normal vocal cords'],
        op=dict(name='Total thyroidectomy' if mb() else 'Bilateral subtotal thyroidectomy', short=pk(['Thyroidectomy', 'TT', 'STT']), indication='Multinodular goitre with compressive symptoms', anaes='GA with ETT (reinforced tube)',
                pos='Supine, neck extended with sandbag', incision='Collar (Kocher) incision 2 fingerbreadths above the sternal notch', findings=['Enlarged multinodular thyroid, right lobe > left', 'Both recurrent laryngeal nerves identified and preserved', 'Parathyroids identified and preserved'],
                steps=['Subplatysmal flaps raised', 'Strap muscles separated in the midline', 'Superior and inferior thyroid vessels ligated close to the gland', 'Gland removed'], closure='Strap muscles Vicryl 3/0, platysma 3/0, skin subcuticular', ebl=ri(100, 300),
                drain='Redivac drain', specimen='Thyroid gland for histology', postop=['Propped up position', 'Watch for stridor, neck swelling', 'Check serum calcium POD 1', 'Tracheostomy tray at bedside'], dur=ri(90, 150)),
        path=dict(spec='Thyroid gland', gross='Thyroid tissue weighing %d g with multiple nodules, cut surface glistening brown with colloid and cystic change.' % ri(90, 260),
                  micro='Nodules of variably sized follicles distended with colloid, lined by flattened epithelium. Areas of haemorrhage, haemosiderin-laden macrophages and fibrosis. No papillary nuclear features.',
                  dx='Nodular colloid goitre. No evidence of malignancy.', clin='MNG'),
        course=['Uneventful recovery; voice normal, no tetany.', 'Drain removed POD 2.'], dmeds=[M('Tab', 'Levothyroxine', '100 mcg', 'PO', 'OD'), M('Tab', 'Paracetamol', '1 g', 'PO', 'TDS', (5, 'd'))],
        fu='SOPC in 2 weeks; TFTs in 6 weeks', ddx=['Thyroid carcinoma', 'Graves disease'], edu=['Take levothyroxine every morning on an empty stomach', 'Report numbness/tingling around the mouth'], los=(3, 6), kind='surg')


def cs_breast(p, y):
    side = pk(['left', 'right'])
    size = rf(3.0, 6.5)
    nodes = ri(1, 8)
    return dict(
        dx='Carcinoma of the %s breast (invasive ductal carcinoma), stage %s' % (side, pk(['IIB', 'IIIA', 'IIIA'])), dxa=['Ca breast (%s)' % side, 'Breast cancer', 'IDC %s breast' % side, 'Locally advanced ca breast'],
        icd='C50.9', spec='General Surgery (Breast)', ward=pk(['Female Surgical Ward', 'Surgical Ward', 'Oncology Ward']),
        cc=[('%s breast lump' % side, '%d months' % ri(4, 14)), ('nipple retraction', '2 months')],
        hpi=['Painless lump noticed while bathing, increasing in size.', 'Sought treatment from a herbalist before coming to hospital.' if mb() else 'Was first seen at the district hospital and referred.', 'No bone pain, no cough, no jaundice.'],
        pmh='Para %d, breastfed all children. Menarche at %d yrs.' % (ri(1, 6), ri(12, 15)), gen='Well, not pale',
        exam=['Hard irregular mass %.0f x %.0f cm in the upper outer quadrant of the %s breast' % (size, size - 1, side), 'Peau d\'orange over the mass' if mb() else 'Skin tethering', 'Mobile ipsilateral axillary nodes', 'Contralateral breast normal', 'No hepatomegaly'],
        vit=dict(T=rf(36.4, 37.0), P=ri(70, 90), R=ri(16, 20), BP='%d/%d' % (ri(110, 140), ri(70, 90)), SpO2=ri(97, 100)),
        labs=cbc(rf(11, 13), rf(4, 8), ri(200, 380), sex='F') + lft(ri(14, 35), ri(16, 35), ri(6, 15), ri(36, 44)) + [L('Core biopsy (previous)', 'Invasive ductal carcinoma NST, grade 2', '', '', 'A')],
        img=[img('Ultrasound', '%s breast and axilla' % cap(side), ['Irregular hypoechoic mass with spiculated margins and posterior acoustic shadowing at 2 o\'clock, %d x %d mm.' % (int(size * 10), int(size * 8)),
                                                                      'Several enlarged ipsilateral axillary lymph nodes with loss of fatty hila.'], 'Suspicious mass, BI-RADS 5, with axillary adenopathy.', 'Breast lump'),
             img('X-ray', 'Chest PA', ['Lung fields clear. No nodules. No effusion.', 'Bony thorax normal.'], 'Normal chest - no evidence of metastasis.', 'Ca breast staging')], ecg=None,
        tx=[M('Tab', 'Tamoxifen', '20 mg', 'PO', 'OD')] if mb(0.5) else [M('Tab', 'Paracetamol', '1 g', 'PO', 'TDS')], txn=['Staging: CXR, abdominal US', 'MDT (tumour board) discussion', 'Neoadjuvant chemotherapy (AC x 4) given before surgery' if mb() else 'Upfront surgery'],
        op=dict(name='%s modified radical mastectomy (Patey)' % cap(side), short=pk(['MRM', 'Mastectomy + ALND', 'Modified radical mastectomy']), indication='Carcinoma of the %s breast' % side, anaes='GA with ETT', pos='Supine, arm abducted on arm board',
                incision='Elliptical (Stewart) incision including nipple-areola complex', findings=['Hard tumour %.0f cm in UOQ, not fixed to pectoralis major' % size, 'Enlarged axillary nodes level I and II'],
                steps=['Flaps raised superiorly to clavicle, inferiorly to rectus sheath', 'Breast removed off pectoralis major with fascia', 'Axillary clearance level I and II, long thoracic and thoracodorsal nerves preserved'],
                closure='Skin with interrupted Nylon 2/0 over 2 suction drains', ebl=ri(200, 500), drain='2 vacuum drains (flap and axilla)', specimen='Breast and axillary contents for histology (orientated)',
                postop=['Drain charting', 'Arm exercises from POD 1', 'Analgesia'], dur=ri(100, 160)),
        path=dict(spec='%s breast (MRM) with axillary contents' % cap(side), gross='Mastectomy specimen %d x %d x %d cm with skin ellipse. Firm grey-white infiltrative tumour %.1f cm, %d cm from deep margin.' % (ri(18, 26), ri(14, 20), ri(4, 7), size, ri(1, 3)),
                  micro='Invasive carcinoma of no special type (ductal), Nottingham grade %d (T%d N%d M1). Lymphovascular invasion present. Margins clear. %d of %d axillary nodes show metastatic carcinoma.' % (2, 3, 2, nodes, nodes + ri(5, 12)),
                  dx='Invasive ductal carcinoma NST, grade 2, pT%d pN%s. Margins free.' % (2 if size <= 5 else 3, '1a' if nodes <= 3 else '2a'),
                  ihc='ER: %s, PR: %s, HER2: %s' % (pk(['Positive (Allred 7/8)', 'Negative']), pk(['Positive', 'Negative']), pk(['1+ (negative)', '3+ (positive)', '2+ (equivocal; FISH not available)'])) if y > 2011 else 'IHC not available on site - block sent to referral lab',
                  clin='Ca %s breast, post MRM' % side),
        course=['Drains removed on POD %d.' % ri(5, 9), 'Reviewed by oncology - for adjuvant chemotherapy and radiotherapy.'],
        dmeds=[M('Tab', 'Paracetamol', '1 g', 'PO', 'TDS', (1, 'w')), M('Tab', 'Tamoxifen', '20 mg', 'PO', 'OD', (5, 'y') if False else 'for 5 years')],
        fu='Oncology clinic in 2 weeks; SOPC for wound review', ddx=['Fibroadenoma', 'Breast abscess', 'Phyllodes tumour'], edu=['Do the arm exercises daily', 'Avoid injections or BP checks on the operated side', 'Attend oncology clinic for chemotherapy'],
        los=(6, 12), kind='surg')


def cs_ectopic(p, y):
    side = pk(['left', 'right'])
    hb = rf(5.2, 8.5)
    return dict(
        dx='Ruptured %s tubal ectopic pregnancy with haemoperitoneum' % side, dxa=['Ruptured ectopic', 'REP', 'Ruptured %s ampullary ectopic gestation' % side, 'Ectopic pregnancy - ruptured'], icd='O00.1',
        spec='Obstetrics & Gynaecology', ward=pk(['Gynaecology Ward', 'Gynae Ward', 'Ward 2']),
        cc=[('lower abdominal pain', '%d days' % ri(1, 3)), ('dizziness', '1 day'), ('PV spotting', '3 days')], hpi=['Amenorrhoea %d weeks.' % ri(6, 10), 'Sudden severe pain with fainting attack.', 'Shoulder tip pain.'],
        pmh='Para %d. History of PID treated.' % ri(0, 3), gen='Very pale, sweaty, cold extremities',
        exam=['Abdomen distended, generalised tenderness with guarding', 'Shifting dullness positive', 'VE: cervical excitation tenderness, bulging POD'],
        vit=dict(T=rf(36.0, 37.0), P=ri(118, 140), R=ri(24, 30), BP='%d/%d' % (ri(70, 90), ri(40, 55)), SpO2=ri(94, 98)),
        labs=[L('Urine hCG', 'POSITIVE', '', '', 'A'), L('Hb', hb, 'g/dL', '11.5-16.5', 'L'), L('Blood group', pk(['O Rh +ve', 'A Rh +ve', 'B Rh +ve', 'O Rh -ve']), '', '')],
        img=[img('Ultrasound', 'Pelvic (transabdominal)', ['Empty uterine cavity, endometrial thickness %d mm.' % ri(8, 14), 'Complex %s adnexal mass %d x %d mm.' % (side, ri(25, 45), ri(20, 35)), 'Large amount of free fluid with echoes in the POD and Morison pouch.'],
                 'Ruptured %s ectopic pregnancy with haemoperitoneum.' % side, 'Amenorrhoea, abdominal pain, shock')], ecg=None,
        tx=[M('IVF', 'Normal saline', '2 L', 'IV', 'STAT', 'rapid'), M('Inj', 'Ceftriaxone', '1 g', 'IV', 'STAT')], txn=['2 large-bore IV cannulae', 'Urgent crossmatch 3 units', 'Emergency laparotomy'],
        op=dict(name='Emergency laparotomy and %s salpingectomy' % side, short=pk(['Laparotomy + salpingectomy', 'Ex-lap, %s salpingectomy' % side, 'Laparotomy for REP']), indication='Ruptured ectopic pregnancy', anaes='GA with ETT (ketamine induction)',
                pos='Supine', incision='Pfannenstiel' if mb() else 'Sub-umbilical midline', findings=['Haemoperitoneum ~%d ml with clots' % ri(1200, 2800), 'Ruptured %s ampullary ectopic' % side, 'Contralateral tube and both ovaries normal'],
                steps=['Blood and clots scooped', 'Clamps applied to the mesosalpinx, %s tube excised' % side, 'Pedicles transfixed with Vicryl 1'], closure='Sheath Vicryl 1, skin Nylon 2/0', ebl=ri(100, 300), drain='None',
                specimen='%s fallopian tube for histology' % cap(side), postop=['Transfuse 2 units whole blood', 'Vitals 1/2 hourly', 'Analgesics'], dur=ri(40, 70)),
        path=dict(spec='%s fallopian tube' % cap(side), gross='Dilated segment of tube %d cm with rupture site and adherent blood clot.' % ri(4, 7), micro='Chorionic villi and trophoblast within the tubal lumen and wall with haemorrhage.',
                  dx='Tubal ectopic pregnancy (ruptured).', clin='REP'),
        course=['Transfused %d units of blood; post-transfusion Hb %.1f.' % (ri(2, 3), hb + rf(2, 3.5)), 'Uneventful recovery.'],
        dmeds=[M('Tab', 'Ferrous sulphate', '200 mg', 'PO', 'TDS', (1, 'm')), M('Tab', 'Paracetamol', '1 g', 'PO', 'TDS', (5, 'd')), M('Tab', 'Amoxicillin', '500 mg', 'PO', 'TDS', (5, 'd'))],
        fu='Gynae clinic (GOPC) in 2 weeks', ddx=['PID', 'Ruptured ovarian cyst', 'Threatened abortion'], edu=['Next pregnancy: early ultrasound', 'Family planning options discussed'], los=(3, 6), kind='obs')


def cs_burns(p, y):
    tbsa = ri(15, 35)
    w = p['wt']
    return dict(
        dx='%d%% TBSA mixed partial thickness %s burns' % (tbsa, pk(['scald', 'flame'])), dxa=['Burns %d%%' % tbsa, 'Scald burns' if p['age'] < 10 else 'Flame burns', 'Burn injury (%d%% TBSA)' % tbsa, 'Mixed depth burns'], icd='T31.2',
        spec='Surgery (Burns/Plastics)', ward=pk(['Burns Unit', 'Surgical Ward', 'Paediatric Surgical Ward']),
        cc=[('burns', '%d hours' % ri(2, 20))], hpi=['Sustained burns from %s.' % pk(['hot porridge', 'boiling water', 'a kerosene lamp explosion', 'a house fire', 'hot cooking oil']), 'First aid: %s.' % pk(['cold water', 'eggs and toothpaste applied', 'none', 'honey applied'])],
        pmh='Nil.', gen='In pain, conscious, not in respiratory distress',
        exam=['Burns on %s' % pk(['anterior trunk and both upper limbs', 'face, neck and chest', 'buttocks and both lower limbs', 'back and right upper limb']), 'Blisters, pink moist base with patches of white leathery areas', 'No singed nasal hair' if mb() else 'Singed eyebrows; no hoarseness'],
        vit=dict(T=rf(36.8, 38), P=ri(110, 140), R=ri(22, 30), BP='%d/%d' % (ri(95, 120), ri(55, 75)), SpO2=ri(96, 99)),
        labs=cbc(rf(11, 15), rf(10, 18), ri(200, 420), sex=p['sex']) + ue(ri(132, 146), rf(3.4, 5.0), rf(4, 9), ri(50, 110)) + [L('Wound swab C/S', pk(['Pseudomonas aeruginosa', 'Staphylococcus aureus (MRSA)', 'No growth']), '', '')],
        img=[], ecg=None,
        tx=[M('IVF', "Ringer's lactate", '%d ml in 24 hrs (Parkland 4 ml x %d kg x %d%%)' % (4 * w * tbsa, w, tbsa), 'IV', 'CONT', 'half in first 8 hrs'), M('Inj', 'Morphine', '%.1f mg' % (w * 0.1), 'IV', 'Q4'),
            M('Cream', 'Silver sulfadiazine 1%', 'apply', 'TOP', 'OD'), M('Inj', 'Tetanus toxoid', '0.5 ml', 'IM', 'STAT')],
        txn=['Urine output target 0.5-1 ml/kg/hr', 'High protein diet / NGT feeds', 'Daily dressing under ketamine' if mb() else 'Dressing changes every 2 days'],
        op=dict(name='Tangential excision and split-thickness skin grafting', short=pk(['Debridement + SSG', 'STSG', 'Skin grafting']), indication='Deep partial thickness burns', anaes='GA (ketamine)', pos='Supine',
                incision='N/A', findings=['Granulating wounds %d%% TBSA, healthy bed' % ri(5, 12)], steps=['Slough excised until punctate bleeding', 'Split-thickness graft harvested from thigh with Humby knife', 'Graft meshed 1:1.5 and applied, stapled'],
                closure='Paraffin gauze and bulky dressing; donor site Sofra-tulle', ebl=ri(150, 400), drain='None', specimen='None', postop=['Graft inspection day 5', 'Limb elevation'], dur=ri(60, 120)),
        course=['Fluid resuscitated with good urine output.', 'Graft take %d%% on day 5.' % ri(80, 98)],
        dmeds=[M('Cream', 'Silver sulfadiazine', 'apply', 'TOP', 'OD'), M('Tab', 'Paracetamol', '500 mg' if p['age'] > 12 else '%d mg' % int(w * 15), 'PO', 'TDS', (1, 'w')), M('Tab', 'Multivitamin', '1 tab', 'PO', 'OD', (1, 'm'))],
        fu='Burns clinic (dressing) twice weekly', ddx=[], edu=['Keep the dressing clean and dry', 'Moisturise healed skin and wear pressure garments', 'Keep children away from the cooking area'], los=(10, 28), kind='surg')


def cs_cervix(p, y):
    stage = pk(['IIB', 'IIIB', 'IIA', 'IIB'])
    return dict(
        dx='Carcinoma of the cervix FIGO stage %s' % stage, dxa=['Ca cervix %s' % stage, 'Cervical cancer', 'Squamous cell ca cervix', 'Ca Cx stage %s' % stage], icd='C53.9', spec='Gynaecology (Oncology)',
        ward=pk(['Gynaecology Ward', 'Gynae Oncology', 'Ward 2']), cc=[('abnormal per vaginal bleeding', '%d months' % ri(3, 9)), ('foul smelling vaginal discharge', '2 months'), ('post-coital bleeding', '4 months')],
        hpi=['Bleeding irregular, sometimes heavy with clots.', 'Lower abdominal pain and weight loss.', 'Never screened for cervical cancer.'], pmh='Para %d. HIV %s.' % (ri(3, 8), pk(['negative', 'positive on ART since %d' % (y - ri(2, 8))])),
        gen='Pale, wasted',
        exam=['Speculum: friable exophytic mass on the cervix, bleeds on touch', 'VE/PR: parametrial involvement %s' % ('up to the pelvic side wall' if stage == 'IIIB' else 'not reaching the pelvic wall'), 'Abdomen soft, no masses'],
        vit=dict(T=rf(36.4, 37.2), P=ri(88, 108), R=ri(18, 22), BP='%d/%d' % (ri(100, 130), ri(60, 80)), SpO2=ri(97, 99)),
        labs=cbc(rf(6.5, 9.5), rf(5, 10), ri(250, 450), sex='F') + ue(ri(134, 142), rf(3.6, 4.6), rf(4, 12), ri(70, 180)) + [L('VIA', 'Positive (suspicious for cancer)', '', '', 'A')],
        img=[img('Ultrasound', 'Abdomino-pelvic', ['Bulky cervix with heterogenous mass %d x %d mm.' % (ri(35, 60), ri(30, 50)), '%s.' % ('Bilateral moderate hydronephrosis' if stage == 'IIIB' else 'No hydronephrosis'), 'Liver normal, no ascites.'],
                 'Cervical mass%s.' % (' with bilateral hydronephrosis' if stage == 'IIIB' else ''), 'Ca cervix staging')], ecg=None,
        tx=[M('Tab', 'Tranexamic acid', '1 g', 'PO', 'TDS', (5, 'd')), M('Tab', 'Metronidazole', '400 mg', 'PO', 'TDS', (7, 'd')), M('Tab', 'Ferrous sulphate', '200 mg', 'PO', 'TDS')],
        txn=['Transfuse 2 units PRBC', 'Vaginal packing for bleeding', 'Refer for chemoradiation'], proc=None,
        op=dict(name='Examination under anaesthesia (EUA) with cervical punch biopsy', short=pk(['EUA + biopsy', 'EUA and staging', 'EUA/Bx']), indication='Suspected carcinoma of the cervix for staging', anaes='GA (ketamine/propofol)',
                pos='Lithotomy', incision='N/A', findings=['Exophytic friable cervical growth %d cm' % ri(3, 6), 'Parametria: %s' % ('both involved up to pelvic wall' if stage == 'IIIB' else 'proximal involvement'), 'Cystoscopy: bladder mucosa normal'],
                steps=['Bimanual and rectovaginal examination', 'Punch biopsies from the edge of the lesion', 'Vaginal pack inserted for haemostasis'], closure='N/A', ebl=ri(50, 200), drain='Vaginal pack, remove after 24 hrs',
                specimen='Cervical biopsies for histology', postop=['Remove pack in 24 hrs', 'Analgesics'], dur=ri(20, 40)),
        path=dict(spec='Cervical punch biopsies', gross='Multiple grey-white tissue fragments aggregating %d x %d x %d mm.' % (ri(10, 20), ri(6, 12), ri(3, 8)),
                  micro='Sections show infiltrating nests of malignant squamous cells with pleomorphic hyperchromatic nuclei, %s and frequent mitoses. Stromal desmoplasia.' % pk(['keratin pearl formation', 'no keratinisation', 'focal keratinisation']),
                  dx='Invasive squamous cell carcinoma of the cervix, %s.' % pk(['moderately differentiated, keratinising', 'poorly differentiated, non-keratinising', 'large cell non-keratinising']), clin='Cervical growth, ?Ca cervix'),
        course=['Transfused 2 units.', 'Staged clinically as FIGO %s.' % stage, 'Referred to cancer centre for chemoradiation.'],
        dmeds=[M('Tab', 'Ferrous sulphate', '200 mg', 'PO', 'TDS', (1, 'm')), M('Tab', 'Morphine oral solution', '5 mg', 'PO', 'Q4', 'PRN') if mb() else M('Tab', 'Paracetamol', '1 g', 'PO', 'TDS')],
        fu='Cancer centre (radiotherapy) - referral letter given', ddx=['Cervical polyp', 'Cervicitis'], edu=['Come back if heavy bleeding', 'Bring daughters for HPV vaccination and screening'], los=(4, 9), kind='obs')


CASES = [
    ('malaria', cs_malaria, (0.5, 45), None, 3),
    ('pneumonia', cs_pneumonia, (0.3, 4.5), None, 2),
    ('tbhiv', cs_tbhiv, (20, 55), None, 3),
    ('crypto', cs_crypto, (22, 50), None, 2),
    ('dka', cs_dka, (12, 32), None, 2),
    ('stroke', cs_stroke, (45, 80), None, 3),
    ('rhd', cs_rhd, (14, 40), None, 2),
    ('scd', cs_scd, (2, 22), None, 2),
    ('sam', cs_sam, (0.7, 3.5), None, 1),
    ('gastro', cs_gastro, (0.4, 3), None, 2),
    ('pet', cs_preeclampsia, (17, 40), 'F', 2),
    ('typhoid', cs_typhoid, (14, 50), None, 1),
    ('ckd', cs_ckd, (30, 70), None, 2),
    ('obstructed', cs_obstructed, (16, 38), 'F', 2),
    ('appendix', cs_appendix, (10, 40), None, 2),
    ('pud', cs_pud, (25, 65), 'M', 2),
    ('volvulus', cs_volvulus, (35, 75), 'M', 1),
    ('femur', cs_femur, (16, 55), None, 2),
    ('bph', cs_bph, (55, 85), 'M', 2),
    ('goitre', cs_goitre, (25, 60), 'F', 1),
    ('breast', cs_breast, (30, 65), 'F', 2),
    ('ectopic', cs_ectopic, (18, 38), 'F', 1),
    ('burns', cs_burns, (1.5, 45), None, 1),
    ('cervix', cs_cervix, (30, 65), 'F', 2),
]


def weight_for_age(age, sex):
    if age < 1:
        return rf(4, 9)
    if age < 5:
        return rf(8 + age * 1.5, 10 + age * 2.2)
    if age < 13:
        return rf(14 + (age - 5) * 2.5, 18 + (age - 5) * 3.4)
    if age < 17:
        return float(ri(38, 58))
    return float(ri(48, 86) if sex == 'M' else ri(45, 82))


class Ctx(object):
    def __init__(self, kinds=None, keys=None, need=None):
        self.co = wpk([('KE', 45), ('UG', 30), ('TZ', 25)])
        self.year = ri(2005, 2022)
        self.fac = make_fac(self.co, self.year)
        self.lower = make_lower_fac(self.co)
        pool = [c for c in CASES if (kinds is None or c[1] is None or True)]
        if keys:
            pool = [c for c in CASES if c[0] in keys]
        cand = []
        for c in pool:
            cand.append((c, c[4]))
        for _ in range(60):
            key, fn, (amin, amax), sex, _w = wpk(cand)
            sex = sex or pk(['M', 'F'])
            age = rf(amin, amax, 2)
            pt = dict(co=self.co, sex=sex, age=age, wt=round(weight_for_age(age, sex), 1))
            cs = fn(pt, self.year)
            if kinds and cs['kind'] not in kinds:
                continue
            if need and not all(cs.get(n) for n in need):
                continue
            break
        self.key = key
        if cs.get('op') == 'cs':
            cs['op'] = op_cs(pt, pk(cs['dxa']))
        self.cs = cs
        self.p = pt
        pt['name'] = person_name(self.co, sex)
        pt.update(pron(sex))
        pt['age_s'] = fmt_age(age)
        born = datetime.date(self.year, ri(1, 12), ri(1, 28)) - datetime.timedelta(days=int(age * 365.25))
        pt['dob'] = born
        self.adm = datetime.date(self.year, ri(1, 12), ri(1, 28))
        self.los = ri(*cs['los'])
        self.dis = self.adm + datetime.timedelta(days=self.los)
        self.opd = self.adm + datetime.timedelta(days=ri(0, 2))
        self.ipno = pk(['IP/%d/%05d' % (self.year, ri(1, 40000)), '%d/%s' % (ri(1000, 99999), str(self.year)[2:]), 'IP No. %06d' % ri(1, 999999), '%s-%d-%04d' % (self.fac['abbr'], self.year, ri(1, 9999))])
        self.opno = pk(['OP/%d/%05d' % (self.year, ri(1, 90000)), '%06d' % ri(1, 999999), '%d/%s' % (ri(100, 99999), str(self.year)[2:])])
        self.village = pk(COUNTRIES[self.co]['towns'])
        self.nok = person_name(self.co, pk(['M', 'F']))
        self.nok_rel = pk(['Husband', 'Wife', 'Mother', 'Father', 'Brother', 'Sister', 'Son', 'Daughter', 'Uncle', 'Guardian'])
        if age < 15:
            self.nok_rel = pk(['Mother', 'Father', 'Grandmother', 'Guardian', 'Aunt'])
        self.phone = phone(self.co)
        self.ward = cs['ward']
        self.bed = ri(1, 40)

    def vit(self, style=None):
        v = self.cs['vit']
        style = ri(0, 4) if style is None else style
        bp = v['BP']
        parts = []
        if style == 0:
            parts = ['T %.1f°C' % v['T'], 'PR %d b/min' % v['P'], 'RR %d b/min' % v['R']] + (['BP %s mmHg' % bp] if bp else []) + ['SpO2 %d%% on RA' % v['SpO2']]
            return ', '.join(parts)
        if style == 1:
            return 'T-%.1f  P-%d  R-%d%s  SPO2-%d%%' % (v['T'], v['P'], v['R'], ('  BP-%s' % bp) if bp else '', v['SpO2'])
        if style == 2:
            return '\n'.join(['Temp: %.1f C' % v['T'], 'Pulse: %d/min' % v['P'], 'Resp rate: %d/min' % v['R']] + (['BP: %s' % bp] if bp else []) + ['SaO2: %d%%' % v['SpO2'], 'Weight: %.1f kg' % self.p['wt']])
        if style == 3:
            return 'Vitals: BP %s, HR %d, RR %d, Temp %.1f, Sats %d%%' % (bp or 'n/a', v['P'], v['R'], v['T'], v['SpO2'])
        return '%s%.1f / %d / %d / %s / %d%%' % ('T/P/R/BP/SpO2: ', v['T'], v['P'], v['R'], bp or '-', v['SpO2'])

    def cc_s(self, style=None):
        style = ri(0, 3) if style is None else style
        cc = self.cs['cc']
        if style == 0:
            return '\n'.join('%s%s x %s' % (ST['bullet'], cap(a), b) for a, b in cc)
        if style == 1:
            return '; '.join('%s %s' % (a, b) for a, b in cc)
        if style == 2:
            return '\n'.join('%d. %s - %s' % (i, cap(a), b) for i, (a, b) in enumerate(cc, 1))
        return ', '.join(a for a, b in cc) + ' for ' + cc[0][1]

    def hpi(self):
        p = self.p
        first = 'A %s %s %s from %s presented with %s.' % (pk(['', '']) + fmt_age(p['age'], 1 if p['age'] >= 1 else None), 'old' if mb(0.3) else '', p['man'] if p['age'] >= 15 else p['boy'],
                                                          self.village, ', '.join('%s for %s' % (a, b) for a, b in self.cs['cc'][:2]))
        first = ' '.join(first.split())
        rest = [s.format(**p) for s in self.cs['hpi']]
        return para([first] + rest)

    def dx(self, short=False):
        return pk(self.cs['dxa']) if short or mb(0.4) else self.cs['dx']

    def meds(self, which='tx', mode=None):
        return [fmt_med(m, mode) for m in self.cs[which]]

    def sign(self, level=None, style=None, label=None):
        return sig(self.co, level, style, label)

    def pt_line(self, style=None):
        p = self.p
        style = ri(0, 5) if style is None else style
        if style == 0:
            return '%s%s%s   Age%s%s   Sex%s%s   IP No%s%s' % ('Name', ST['sep'], p['name'], ST['sep'], p['age_s'], ST['sep'], p['sex'], ST['sep'], self.ipno)
        if style == 1:
            return '\n'.join([KV('Patient name', p['name']), KV('Age/Sex', '%s/%s' % (p['age_s'], p['sex'])), KV('IP/OP No', self.ipno), KV('Ward', self.ward)])
        if style == 2:
            return 'NAME: %s  AGE: %s  SEX: %s\nREG NO: %s   WARD: %s   BED: %d' % (p['name'].upper(), p['age_s'], 'Male' if p['sex'] == 'M' else 'Female', self.ipno, self.ward.upper(), self.bed)
        if style == 3:
            return 'Re: %s, %s, %s (%s)' % (p['name'], p['age_s'], p['sex'], self.ipno)
        if style == 4:
            return '%s | %s | %s | DOB %s | %s' % (p['name'], 'M' if p['sex'] == 'M' else 'F', p['age_s'], fd(p['dob']), self.ipno)
        return 'Pt: %s   %s %s   No. %s   Residence: %s' % (p['name'], p['age_s'], p['sex'], self.ipno, self.village)


# ================================================================ TYPE WRITERS
def J(*parts):
    return '\n'.join(p for p in parts if p is not None and p != '')


def JJ(*parts):
    return '\n\n'.join(p for p in parts if p is not None and p != '')


def labs_inline(c, n=6):
    return ', '.join('%s %s%s' % (a, b, (' ' + u) if u and len(b) < 12 else '') for a, b, u, r, f in c.cs['labs'][:n])


def img_inline(c):
    return '; '.join('%s %s - %s' % (i['mod'] if i['mod'] != 'X-ray' else pk(['X-ray', 'XR', 'X-ray']), i['exam'], i['imp']) for i in c.cs['img'])


def exam_s(c, n=None):
    e = c.cs['exam']
    return '. '.join(e[:n] if n else e) + '.'


def t_discharge_summary():
    c = Ctx()
    cs, p = c.cs, c.p
    lay = ri(0, 6)
    if lay == 0:
        return JJ(letterhead(c, pk([0, 1, 3])), pk(['DISCHARGE SUMMARY', 'DISCHARGE SUMMARY', 'INPATIENT DISCHARGE SUMMARY', 'SUMMARY OF ADMISSION']), c.pt_line(1),
                  J(KV('Date of admission', fd(c.adm)), KV('Date of discharge', fd(c.dis)), KV('Consultant', staff(c.co, 'cons')[0])),
                  J(H('Final diagnosis'), cs['dx'] + (' (ICD-10 %s)' % cs['icd'] if mb(0.4) else '')), J(H('Presenting complaints'), c.cc_s()),
                  J(H('History'), c.hpi()), J(H('Examination on admission'), c.vit(0), exam_s(c)), J(H('Investigations'), BL(['%s: %s %s' % (a, b, u) for a, b, u, r, f in cs['labs'][:8]] + ['%s: %s' % (i['exam'], i['imp']) for i in cs['img']])),
                  J(H('Management'), BL(c.meds('tx') + cs['txn'])), J(H('Hospital course'), para(cs['course'])), J(H('Condition at discharge'), pk(['Stable', 'Good, ambulating', 'Fair, improved', 'Stable, afebrile, feeding well'])),
                  J(H('Discharge medications'), BL(c.meds('dmeds'), True)), J(H('Follow up'), cs['fu']), c.sign(pk(['intern', 'mo', 'reg']), pk([0, 1, 4])))
    if lay == 1:
        b = blank()
        return J(letterhead(c, 0), '', pk(['MOH 365', 'FORM IP/12', 'MED REC FORM 7', 'HMIS-DS']) + '    ' + pk(['INPATIENT DISCHARGE FORM', 'DISCHARGE FORM', 'DISCHARGE NOTE']),
                 '', KV('Name', p['name'].upper()) + '   ' + KV('Age', p['age_s']) + '   ' + KV('Sex', p['sex']), KV('IP No', c.ipno) + '   ' + KV('Ward', c.ward),
                 KV('Residence', c.village) + '   ' + KV('Next of kin', '%s (%s) %s' % (c.nok, c.nok_rel, phone_local(c.co))),
                 KV('Date admitted', fd(c.adm)) + '    ' + KV('Date discharged', fd(c.dis)) + '    ' + KV('No. of days', str(c.los)),
                 '', KV('Diagnosis on admission', pk(cs['dxa']) + ' ' + ('?' + cs['ddx'][0] if cs['ddx'] and mb() else '')), KV('Final diagnosis', cs['dx']), KV('Other diagnoses', pk(['Nil', 'None', b, 'Anaemia'])),
                 KV('Operation/procedure', cs['op']['name'] if cs.get('op') else pk(['Nil', 'N/A', 'None', b])),
                 KV('Summary of treatment', '; '.join(c.meds('tx', 'terse'))), KV('Outcome', pk(['Improved', 'Discharged home - improved', 'Recovered', 'Improved (DAMA)' if mb(0.1) else 'Improved'])),
                 KV('Drugs on discharge', ''), BL(c.meds('dmeds', 'abbr'), True), KV('Review/TCA', '%s (%s)' % (cs['fu'], fd(c.dis + datetime.timedelta(days=ri(7, 21))))),
                 '', KV('Discharging clinician', '%s  %s' % staff(c.co, pk(['intern', 'mo', 'co']))) + '   Sign ' + b, KV('Date', fd(c.dis)))
    if lay == 2:
        return JJ(letterhead(c, pk([2, 4, 6])), pk(['Discharge summary', 'Summary', 'Clinical summary', 'RE: DISCHARGE']) + ' - ' + p['name'] + ', ' + c.ipno,
                  '%s, a %s %s, was admitted to %s on %s with %s. %s' % (p['name'], fmt_age(p['age'], 1).replace(' years', '-year-old').replace(' yrs', '-year-old'), p['man'] if p['age'] >= 15 else p['boy'], c.ward, fd(c.adm), c.cc_s(3), para(cs['hpi']).format(**p)),
                  'On examination: %s. %s' % (cs['gen'].lower(), exam_s(c, 4)),
                  'Investigations revealed %s.%s' % (labs_inline(c), (' Imaging: ' + img_inline(c).rstrip('.') + '.') if cs['img'] else ''),
                  'A diagnosis of %s was made. %s was managed with %s. %s' % (cs['dx'], p['He'], ', '.join(c.meds('tx', 'terse')[:4]), para(cs['course'])),
                  '%s was discharged on %s on %s and is to attend %s.' % (p['He'], fd(c.dis), ', '.join(c.meds('dmeds', 'terse')), cs['fu']),
                  c.sign(pk(['mo', 'reg', 'cons']), pk([1, 2, 4])))
    if lay == 3:
        dtt = fd(c.dis, 5)
        return J('%s  |  %s' % (c.fac['name'], pk(['KenyaEMR', 'Hospital Management Information System', 'Funsoft HMIS', 'Care2x', 'OpenMRS', 'eHMS'])), '=' * 70,
                 'DISCHARGE REPORT' if mb() else 'Encounter Summary - Inpatient', '-' * 70,
                 'Patient ID : %s        Encounter : %s' % (c.ipno, 'ENC' + digits(7)), 'Name       : %s' % p['name'].upper(), 'DOB        : %s (%s)   Gender : %s' % (fd(p['dob'], 5), p['age_s'], 'Male' if p['sex'] == 'M' else 'Female'),
                 'Admitted   : %s %s   Discharged : %s %s' % (fd(c.adm, 5), ft(), dtt, ft()), 'Ward/Bed   : %s / %d' % (c.ward, c.bed), '-' * 70,
                 'Principal Diagnosis : %s [%s]' % (cs['dx'], cs['icd']), 'Secondary           : %s' % pk(['None recorded', 'Anaemia [D64.9]', 'Hypokalaemia [E87.6]', '-']),
                 'Procedures          : %s' % (cs['op']['name'] if cs.get('op') else 'None'), '-' * 70, 'Clinical Notes:', c.hpi(), '', 'Course:', para(cs['course']), '',
                 'Discharge Prescription:', '\n'.join('  %d  %s' % (i, m) for i, m in enumerate(c.meds('dmeds', 'caps'), 1)), '', 'Follow-up: ' + cs['fu'], 'Disposition: Home',
                 '', 'Electronically signed by %s (%s) on %s %s' % (staff(c.co)[0], pk(['MO', 'Registrar', 'Intern MO']), dtt, ft(style=1)))
    if lay == 4:
        return J(pk(['%s - CHILDREN\'S WARD' % c.fac['name'].upper(), 'PAEDIATRIC DISCHARGE SUMMARY', 'MATERNITY DISCHARGE', c.fac['name']]),
                 KV('Name', p['name']) + '  ' + KV('Age', p['age_s']) + '  ' + KV('IP', c.ipno), KV('DOA', fd(c.adm)) + '  ' + KV('DOD', fd(c.dis)),
                 KV('Wt on adm', '%.1f kg' % (p['wt'] + rf(-0.8, 0.2))) + '  ' + KV('Wt at disch', '%.1f kg' % p['wt']) if p['age'] < 13 else None,
                 KV('Dx', '1. ' + cs['dx']), ('   2. ' + pk(['Anaemia', 'Hypoglycaemia', 'Dehydration'])) if mb(0.3) else None,
                 KV('Rx given', ', '.join(c.meds('tx', 'terse'))), KV('Ix', labs_inline(c, 5)), KV('Course', pk(cs['course'])),
                 KV('TTO', ''), BL(c.meds('dmeds'), True), KV('Adv', '; '.join(cs['edu'][:3])), KV('TCA', cs['fu']), '', c.sign(pk(['intern', 'mo', 'co']), 3))
    if lay == 5:
        sent = pk(['Patient requested discharge against medical advice due to financial constraints.', 'Relatives requested discharge to continue care nearer home.',
                   'Patient absconded from the ward on the night of %s; summary prepared for records.' % fd(c.dis)])
        return JJ(letterhead(c), pk(['DISCHARGE AGAINST MEDICAL ADVICE (DAMA)', 'Discharge summary - DAMA', 'SUMMARY: PATIENT DISCHARGED ON OWN REQUEST']), c.pt_line(0),
                  J(KV('Admitted', fd(c.adm)), KV('Left', fd(c.dis)), KV('Working diagnosis', c.dx())), J(H('Clinical summary'), c.hpi(), exam_s(c, 3)),
                  J(H('Treatment received'), BL(c.meds('tx'))), sent, 'The risks of leaving hospital were explained to the %s in %s and %s understood.' % ('patient' if p['age'] > 17 else 'guardian', pk(['English', 'Kiswahili', 'the local language through an interpreter']), 'they'),
                  J(H('Medications given'), BL(c.meds('dmeds'))), 'Advised to report to %s or the nearest facility if condition worsens.' % c.lower, c.sign())
    steps = [('Diagnoses', BL([cs['dx']] + (['s/p ' + cs['op']['name']] if cs.get('op') else []), True)), ('Brief history', c.hpi()), ('Significant findings', exam_s(c, 3) + ' ' + c.vit(3)),
             ('Key investigations', '\n'.join('%-24s %s %s %s' % (a, b, u, ('[%s]' % f) if f in ('H', 'L') else '') for a, b, u, r, f in cs['labs'][:9])),
             ('Procedures', '%s on %s (%s)' % (cs['op']['name'], fd(c.adm + datetime.timedelta(days=1)), cs['op']['anaes']) if cs.get('op') else 'None'),
             ('Progress in hospital', para(cs['course'])), ('Medications at discharge', BL(c.meds('dmeds'), True)), ('Instructions', BL(cs['edu'])), ('Review', cs['fu'])]
    return JJ(letterhead(c, pk([0, 3, 5])), pk(['EPICRISIS', 'DISCHARGE NOTES', 'Discharge Summary', 'CLINICAL SUMMARY ON DISCHARGE']), c.pt_line(4),
              '\n\n'.join(J(H(a), b) for a, b in steps), c.sign(pk(['reg', 'cons']), 1), 'cc: %s' % pk(['Patient file', 'Referring facility (%s)' % c.lower, 'Medical records', 'Patient']))


def t_history_physical():
    c = Ctx()
    cs, p = c.cs, c.p
    lay = ri(0, 6)
    ros = pk(['CNS: no headache, no convulsions. CVS: no palpitations. RS: see HPI. GIT: no diarrhoea. GUT: no dysuria.', 'Unremarkable', 'Nil of note apart from the above', 'All other systems - NAD'])
    fsh = pk(['Married, %d children. Peasant farmer. Does not smoke, takes alcohol occasionally.' % ri(1, 6), 'Single. Business person (mama mboga). No alcohol or smoking.', 'Lives with parents, %d of %d siblings.' % (ri(1, 4), ri(4, 7)),
              'Boda boda rider. Smokes 5 sticks/day. Alcohol socially.', 'Teacher. Married. Non-smoker.'])
    if p['age'] < 13:
        fsh = 'Lives with %s in %s. %s of %d siblings. Mother is a %s.' % (pk(['both parents', 'mother', 'grandmother']), c.village, ordinal(ri(1, 5)), ri(2, 7), pk(['farmer', 'housewife', 'teacher', 'trader']))
    if lay == 0:
        return JJ(pk(['CLERKING NOTES', 'ADMISSION NOTES', 'ADMISSION CLERKSHIP', 'Clerkship']) + '   ' + fd(c.adm) + '  ' + ft(), c.pt_line(pk([0, 2, 5])),
                  J(H('Presenting complaint'), c.cc_s(0)), J(H('History of presenting illness'), c.hpi()), J(H('Review of systems'), ros), J(H('Past medical history'), cs['pmh']),
                  J(H('Drug history'), pk(['NKDA', 'No known drug allergy', 'Allergic to sulphur drugs', 'Nil'])), J(H('Family and social history'), fsh),
                  J(H('Examination'), 'G/E: ' + cs['gen'], c.vit(pk([0, 1])), BL(cs['exam'])), J(H('Impression'), c.dx(True)),
                  J(H('Differential diagnosis'), BL(cs['ddx'], True)) if cs['ddx'] else None, J(H('Plan'), BL(['Investigations: ' + ', '.join(a for a, *_ in cs['labs'][:5])] + c.meds('tx')[:3] + cs['txn'][:2], True)),
                  c.sign(pk(['intern', 'co', 'mo']), pk([3, 5, 2])))
    if lay == 1:
        return J('%s %s' % (fd(c.adm, 6), ft(style=0)), 'C/O: ' + c.cc_s(3), 'HPI: ' + c.hpi(), 'PMHx: ' + cs['pmh'], 'SHx: ' + fsh, 'O/E: ' + cs['gen'], '  ' + c.vit(1),
                 '  ' + '\n  '.join(cs['exam']), 'Imp: ' + c.dx(True), 'Plan:', BL(['FHG, U/E/Cr, RBS, BS for MPs'] + c.meds('tx', 'abbr')[:4] + ['Review by MO'], True), '', c.sign(pk(['intern', 'co']), 5))
    if lay == 2 and p['age'] < 13:
        return J(pk(['PAEDIATRIC ADMISSION RECORD', 'CHILD ADMISSION FORM', 'Paediatric Admission (ETAT+)']), c.pt_line(2), KV('Informant', c.nok_rel), '',
                 H('Presenting complaints'), c.cc_s(2), H('HPI'), c.hpi(), H('Birth history'), 'Born at %s by %s, birth weight %.1f kg, cried immediately.' % (pk(['home', 'health centre', 'this hospital']), pk(['SVD', 'C/S']), rf(2.4, 3.8)),
                 H('Immunisation'), pk(['Up to date (card seen)', 'BCG scar present; up to date as per mother', 'Incomplete - missed measles']), H('Nutrition'), pk(['Exclusively breastfed 6 months, weaned on uji', 'Mixed feeding from 3 months', 'On family diet']),
                 H('Development'), pk(['Milestones appropriate for age', 'Sat at 6 months, walked at 13 months', 'Normal']), H('Family/social'), fsh,
                 H('Examination'), cs['gen'], c.vit(2), BL(cs['exam']), KV('MUAC', '%.1f cm' % rf(10.5, 15)), KV('Z-score (WFH)', pk(['-1', '-2', '< -3', '0'])),
                 H('Classification'), c.dx(), H('Management'), BL(c.meds('tx') + cs['txn'], True), c.sign(pk(['intern', 'co']), 3))
    if lay in (2, 3) and cs['kind'] == 'obs':
        ga = ri(34, 41)
        return J(pk(['OBSTETRIC ADMISSION', 'MATERNITY ADMISSION NOTES', 'LABOUR WARD ADMISSION', 'Gynae Admission']), c.pt_line(0), KV('Parity', 'G%dP%d+%d' % (ri(1, 6), ri(0, 4), ri(0, 1))),
                 KV('LMP', fd(c.adm - datetime.timedelta(days=ga * 7))) + '   ' + KV('EDD', fd(c.adm + datetime.timedelta(days=(40 - ga) * 7))) + '   ' + KV('GA', '%d/52' % ga), KV('ANC', '%d visits at %s' % (ri(1, 5), c.lower)),
                 KV('ANC profile', 'Hb %.1f, VDRL NR, HIV %s, BG %s, Urinalysis NAD' % (rf(9.5, 12.5), pk(['NR', 'NR', 'R (on ART)']), pk(['O+', 'A+', 'B+']))), '', H('Complaints'), c.cc_s(0), H('HPI'), c.hpi(),
                 H('Past obstetric history'), pk(['2011 SVD live female 3.2kg', 'All previous SVDs, no complications', 'Para 0', '1 previous C/S for fetal distress']), H('Examination'), cs['gen'], c.vit(0), BL(cs['exam']),
                 H('Impression'), c.dx(), H('Plan'), BL(cs['txn'] + c.meds('tx')[:3], True), c.sign(pk(['intern', 'mo', 'reg'])))
    if lay in (2, 3, 4):
        return JJ(pk(['SURGICAL WARD - ADMISSION NOTES', 'ADMISSION HISTORY & PHYSICAL EXAM', 'DEPARTMENT OF SURGERY', 'History & examination']) + '\n' + c.pt_line(1),
                  J(H('Chief complaints'), c.cc_s(1)), J(H('HPC'), c.hpi()), J(H('Systemic enquiry'), ros), J(H('PMH/PSH'), cs['pmh'] + ' ' + pk(['No previous operations.', 'Previous surgery: none.', 'No blood transfusion.'])),
                  J(H('FSH'), fsh), J(H('General examination'), cs['gen'] + '. ' + c.vit(3)), J(H('Systemic / local examination'), BL(cs['exam'])),
                  J(H('Summary'), 'A %s %s with %s. Findings: %s' % (fmt_age(p['age'], 1), p['man'] if p['age'] > 15 else p['boy'], c.cc_s(3), '; '.join(cs['exam'][:2]))),
                  J(H('Working diagnosis'), c.dx()), J(H('DDx'), ', '.join(cs['ddx'])) if cs['ddx'] else None, J(H('Plan'), BL(cs['txn'] + ['Consent for ' + cs['op']['short'] if cs.get('op') else 'Investigations as above'], True)),
                  c.sign(pk(['intern', 'mo', 'reg'])))
    if lay == 5:
        return J('ADMISSION H&P' if mb() else 'Admission Note', 'Facility: %s' % c.fac['name'], 'Date/Time: %s %s' % (fd(c.adm, 5), ft(style=1)), 'Patient: %s   MRN: %s   Age: %s   Sex: %s' % (p['name'], c.ipno, p['age_s'], p['sex']), '',
                 'Chief Complaint: ' + cs['cc'][0][0] + ' x ' + cs['cc'][0][1], '', 'History of Present Illness:', c.hpi(), '', 'Past Medical History: ' + cs['pmh'], 'Medications: ' + pk(['None', 'Herbal remedies', 'OTC analgesics']),
                 'Allergies: ' + pk(['NKDA', 'None known', 'Penicillin (rash)']), 'Social History: ' + fsh, '', 'Review of Systems: negative except as in HPI', '', 'Physical Examination:', '  Vitals: ' + c.vit(3), '  General: ' + cs['gen'],
                 '\n'.join('  - ' + e for e in cs['exam']), '', 'Assessment: ' + c.dx(), 'Plan:', '\n'.join('  # ' + x for x in c.meds('tx', 'word')[:4] + cs['txn'][:2]), '', c.sign(None, 1))
    return JJ(letterhead(c, 6) or None, 'Seen by %s on call, %s %s.' % (pk(['MO', 'SHO', 'registrar', 'intern']), fd(c.adm), ft()),
              'Summary: %s, %s %s, %s. %s' % (p['name'], fmt_age(p['age'], 4), p['sex'], c.cc_s(3), c.hpi()), 'Exam: %s. %s. %s' % (cs['gen'], c.vit(1), exam_s(c)),
              'Working dx: %s\nDDx: %s' % (c.dx(), ', '.join(cs['ddx']) or '-'), 'Plan\n' + BL(c.meds('tx') + cs['txn'] + ['Inform consultant on call'], True), c.sign(None, 5))


def t_progress_note():
    c = Ctx()
    cs, p = c.cs, c.p
    lay = ri(0, 6)
    day = ri(1, max(2, c.los - 1))
    d = c.adm + datetime.timedelta(days=day)
    better = pk(['Feels better', 'Improving', 'No new complaints', 'Still has %s' % cs['cc'][0][0], 'Slept well, eating', 'Complains of pain at %s' % ('the wound site' if cs.get('op') else 'the cannula site')])
    if lay == 0:
        return J('%s  %s  %s' % (fd(d), ft(), pk(['Ward round', 'WR', 'MO review', 'Progress note', 'Review'])), c.pt_line(pk([0, 5])) if mb(0.5) else None,
                 'S: ' + better + '. ' + pk(['Afebrile overnight.', 'Spike of fever at night.', 'Tolerating orals.', 'Passed urine and stool.']), 'O: ' + c.vit(1) + '. ' + pk(cs['exam']) + '.',
                 'A: ' + c.dx(True) + ' - day %d, %s' % (day, pk(['improving', 'stable', 'slow improvement', 'responding to treatment'])), 'P: ' + '; '.join(pks(c.meds('tx', 'terse'), 2) + [pk(['repeat FHG', 'review results', 'continue', 'physiotherapy', 'plan discharge in 48 hrs'])]),
                 c.sign(pk(['intern', 'mo']), 5))
    if lay == 1:
        return J(pk(['CONSULTANT WARD ROUND', 'Major ward round', 'Grand round']) + ' - ' + fd(d) + ' (%s)' % staff(c.co, 'cons')[0], 'Day %d of admission%s' % (day, ('/ POD %d' % (day - 1)) if cs.get('op') and day > 1 else ''),
                 'Pt known %s.' % c.dx(True), BL([better, c.vit(3), pk(cs['exam']), 'Results: ' + labs_inline(c, 4)]), 'Impression: ' + pk(['improving', 'slow progress', 'stable']),
                 'Plan:', BL(pks(c.meds('tx'), 2) + pks(cs['txn'], 1) + [pk(['Chase results', 'Counsel family', 'Mobilise', 'Dietician review', 'Social worker to assess waiver'])], True), c.sign(pk(['intern', 'reg']), 2))
    if lay == 2:
        lines = []
        dd = c.adm
        for k in range(ri(3, 6)):
            dd = dd + datetime.timedelta(days=1 if k else 0)
            lines.append('%s %s - %s. %s. %s' % (fd(dd, 6), ft(), pk(['Pt reviewed', 'Seen', 'Reviewed on WR', 'Pt seen by MO']), pk([better, 'Stable', 'Improving, afebrile', 'Complaints of poor sleep', 'Still weak']),
                                                pk(['Cont. Rx', 'Continue same', 'Plan: ' + pk(c.meds('tx', 'terse')), 'Awaiting results', 'For review by consultant', 'To do ' + pk(cs['labs'])[0]])) + '  ' + pk(['/sgd', '- ' + staff(c.co)[0], '(MO)', '']))
        return J(pk(['CONTINUATION SHEET', 'CLINICAL NOTES (CONTINUATION)', 'PROGRESS NOTES', '']), KV('Name', p['name']) + '   ' + KV('IP No', c.ipno), '', '\n'.join(lines))
    if lay == 3:
        v = c.dis + datetime.timedelta(days=ri(7, 30))
        clinic = pk(['MOPC', 'SOPC', 'Medical clinic', 'Diabetic clinic', 'CCC', 'POPC', 'Ortho clinic', 'GOPC', 'Cardiac clinic'])
        return J(c.fac['name'], '%s - %s' % (clinic, pk(['Return visit', 'Follow-up visit', 'Review', 'Revisit'])), KV('Date', fd(v)) + '   ' + KV('OP No', c.opno), KV('Name', p['name']) + '   ' + KV('Age', p['age_s']), '',
                 'Known %s, discharged on %s.' % (c.dx(True), fd(c.dis)), pk(['Doing well, no complaints.', 'Reports improvement, adherent to medication.', 'Still has mild %s.' % cs['cc'][0][0], 'Missed doses for 3 days (no money for fare).']),
                 'O/E: ' + pk(['Fair general condition', 'Good GC', 'Well looking']) + ', ' + pk(['BP %d/%d' % (ri(110, 150), ri(70, 95)), 'wt %.1f kg' % (p['wt'] + rf(-1, 2)), 'afebrile, not pale']), 'Plan:',
                 BL(['Continue: ' + ', '.join(c.meds('dmeds', 'terse')[:3]), pk(['Repeat FHG', 'Results reviewed', 'Histology result discussed' if cs.get('path') else 'Counselled', 'U/E/Cr next visit']),
                     'TCA %s' % pk(['2/52', '1/12', '3/12', '4/52', '6/52'])]), c.sign(pk(['mo', 'co', 'reg']), 5))
    if lay == 4 and cs.get('op'):
        pod = ri(1, 5)
        return J('POST-OP DAY %d  -  %s' % (pod, fd(c.adm + datetime.timedelta(days=pod + 1))), 's/p %s' % cs['op']['short'], '',
                 pk(['Pt reviewed, no complaints.', 'Pain controlled. Passed flatus.', 'Mild wound pain, tolerating sips.', 'Fever 38.2 overnight.']),
                 c.vit(1), 'Wound: %s' % pk(['clean, dry', 'soakage, dressing changed', 'mild erythema, no discharge', 'healing well']), 'Drain: %s' % pk(['%d ml serous' % ri(20, 150), 'removed', 'N/A']),
                 'Bowels: %s' % pk(['BS present', 'not opened', 'opened']), 'Plan: ' + '; '.join([pk(['Start sips', 'Soft diet', 'Continue IV abx', 'Switch to oral antibiotics', 'Remove catheter']), pk(['Ambulate', 'Chest physio', 'Dressing alternate days'])]),
                 c.sign(pk(['intern', 'mo']), 5))
    if lay == 5:
        return J(pk(['Night review', 'CALLED TO SEE PATIENT', 'On-call note', 'Night duty review']), '%s %s' % (fd(d), ft(pk([22, 23, 0, 1, 2, 3, 4]))),
                 'Called by nurse on duty because of %s.' % pk(['high fever (T 39.1)', 'restlessness', 'low BP 80/50', 'vomiting', 'drop in SpO2 to 86%', 'pain not controlled']),
                 'Pt known %s. On %s.' % (c.dx(True), ', '.join(c.meds('tx', 'terse')[:2])), 'O/E: ' + c.vit(1) + '. ' + pk(cs['exam']),
                 'Imp: ' + pk(['? sepsis', '? transfusion reaction', 'worsening of primary condition', 'hypovolaemia', 'pain']), 'Mx: ' + '; '.join(pks(['Paracetamol 1 g stat', 'NS 500 ml bolus', 'O2 via face mask', 'Blood culture', 'RBS checked - %.1f' % rf(4, 9), 'Inform registrar'], 3)),
                 'To review in the morning.', c.sign(pk(['intern', 'mo']), 5))
    return J('PROGRESS NOTE', 'Encounter date: %s' % fd(d, 5), 'Author: %s, %s' % staff(c.co), 'Patient: %s (%s)' % (p['name'], c.ipno), '',
             'Subjective', '  ' + better, 'Objective', '  Vitals: ' + c.vit(3), '  Exam: ' + '; '.join(cs['exam'][:3]), '  Labs: ' + labs_inline(c, 4),
             'Assessment', '  ' + cs['dx'], 'Plan', '\n'.join('  - ' + x for x in c.meds('tx', 'word')[:3] + cs['txn'][:1]))


def t_consult_note():
    c = Ctx()
    cs, p = c.cs, c.p
    lay = ri(0, 6)
    specs = {'med': ['Cardiology', 'Nephrology', 'Infectious Diseases', 'Neurology', 'Ophthalmology', 'Physiotherapy', 'Nutrition', 'Psychiatry'],
             'surg': ['Anaesthesia', 'Internal Medicine', 'Physician', 'ICU', 'Oncology', 'Radiology'], 'obs': ['Internal Medicine', 'Paediatrics (Neonatology)', 'Anaesthesia', 'Oncology'],
             'paed': ['Paediatric Surgery', 'Nutrition', 'Cardiology', 'ENT', 'Physiotherapy']}
    to = pk(specs[cs['kind']])
    reason = pk(['kindly review and advise on further management', 'for co-management', 'please assess fitness for surgery', 'for specialist opinion', '?%s' % (cs['ddx'][0] if cs['ddx'] else 'complication')])
    recs = pk([['Optimise BP before surgery', 'Continue current regimen', 'Repeat U/E/Cr in 48 hrs', 'Will review again'], ['Echocardiogram', 'Start low-dose beta blocker', 'Fluid restriction', 'Follow up in cardiac clinic'],
               ['Agree with management', 'Add %s' % pk(['omeprazole', 'thiamine', 'potassium supplementation', 'iron']), 'Physiotherapy daily', 'Dietary review'],
               ['Fit for surgery under %s' % pk(['spinal', 'GA']), 'ASA %s' % pk(['II', 'III', 'IIE']), 'Crossmatch 2 units', 'NPO from midnight'], ['Fundoscopy: %s' % pk(['grade II hypertensive retinopathy', 'normal', 'papilloedema', 'background DR']), 'Review in eye clinic', 'Control BP/sugars']])
    opinion = 'Impression: %s%s.' % (cs['dx'], pk(['', ' - stable', ', for optimisation', ' with %s' % pk(['anaemia', 'hypokalaemia', 'malnutrition'])]))
    if lay == 0:
        return J(letterhead(c, 4), pk(['CONSULTATION FORM', 'REQUEST FOR CONSULTATION', 'INTER-DEPARTMENTAL CONSULTATION', 'CONSULT REQUEST / REPLY']), '',
                 KV('To', 'Department of ' + to) + '     ' + KV('From', c.ward), KV('Patient', p['name']) + '  ' + KV('Age', p['age_s']) + '  ' + KV('IP', c.ipno), KV('Date', fd(c.adm + datetime.timedelta(days=1))),
                 KV('Urgency', pk(['Routine', 'Urgent', 'Emergency'])), KV('Summary', c.hpi()), KV('Reason for consult', reason), KV('Requested by', '%s (%s)' % staff(c.co, pk(['intern', 'mo']))), '',
                 '------------------ REPLY ------------------', KV('Date seen', fd(c.adm + datetime.timedelta(days=ri(1, 3)))), 'Findings: ' + exam_s(c, 3), opinion, 'Recommendations:', BL(recs, True), c.sign(pk(['reg', 'cons']), 1))
    if lay == 1:
        return JJ(letterhead(c, pk([1, 2])), fd(c.adm + datetime.timedelta(days=ri(1, 3)), 4), 'Dr %s\n%s\n%s' % (staff(c.co)[0].replace('Dr. ', '').replace('Dr ', ''), c.ward, c.fac['name']),
                  'Dear Colleague,', 'RE: %s, %s, %s' % (p['name'].upper(), p['age_s'], c.ipno),
                  'Thank you for asking us to see this %s %s who was admitted with %s. %s' % (fmt_age(p['age'], 1), p['man'] if p['age'] > 15 else p['boy'], c.cc_s(3), para(cs['hpi'][:2]).format(**p)),
                  'On our review %s was %s. %s' % (p['he'], cs['gen'].lower(), exam_s(c, 3)), opinion + ' ' + 'We suggest:', BL(recs, True),
                  'We shall continue to follow %s up with you. Please do not hesitate to call us on ext. %d.' % (p['him'], ri(100, 499)), 'Yours sincerely,', '', c.sign('cons', 1) + '\n' + to)
    if lay == 2:
        return J('%s REVIEW' % to.upper(), '%s %s' % (fd(c.adm + datetime.timedelta(days=2)), ft()), 'Seen at the request of the %s team.' % cs['spec'], 'Hx noted: ' + c.dx(True) + '. ' + pk(cs['hpi']).format(**p),
                 'O/E: ' + c.vit(1), BL(cs['exam'][:3]), 'Ix: ' + labs_inline(c, 5), opinion, 'Rec:', BL(recs, True), 'Thanks for the consult.', c.sign(pk(['reg', 'mo']), 5))
    if lay == 3:
        return J('Consultation Note', KV('Service', to), KV('Requesting service', cs['spec']), KV('Patient', '%s, %s %s, MRN %s' % (p['name'], p['age_s'], p['sex'], c.ipno)), KV('Date', fd(c.adm, 5)), '',
                 'REASON FOR CONSULTATION', reason.capitalize(), '', 'HISTORY', c.hpi(), '', 'EXAMINATION', c.vit(0), exam_s(c), '', 'RELEVANT RESULTS', labs_inline(c, 6), '', 'ASSESSMENT', opinion, '',
                 'RECOMMENDATIONS', BL(recs, True), '', c.sign(pk(['reg', 'cons']), 1))
    if lay == 4:
        return J(pk(['PRE-ANAESTHETIC REVIEW', 'Anaesthesia consult', 'ICU REVIEW']), c.pt_line(0), 'Planned: %s' % (cs['op']['name'] if cs.get('op') else 'ICU admission'), 'Hx: ' + c.dx(True) + '. ' + cs['pmh'],
                 'Airway: Mallampati %s, mouth opening %s, neck movement full' % (pk(['I', 'II', 'III']), pk(['adequate', '3 FB'])), 'CVS: ' + c.vit(3), 'Labs: ' + labs_inline(c, 4),
                 'ASA: %s' % pk(['I E', 'II', 'II E', 'III E']), 'Plan: ' + pk(['Spinal anaesthesia', 'GA with ETT, RSI', 'Ketamine GA']) + '; ' + pk(['crossmatch 2 units', 'NPO 6 hrs', 'consent explained']), c.sign('reg', 3))
    if lay == 5:
        return J('%s' % pk(['Physiotherapy assessment', 'Nutrition consult', 'Dietetic review', 'Psychiatry consult', 'Palliative care consult']), KV('Ward/Bed', '%s / %d' % (c.ward, c.bed)), KV('Name', p['name']), KV('Dx', c.dx(True)),
                 'Referred for: ' + pk(['mobilisation and chest physiotherapy', 'nutritional assessment', 'low mood and poor adherence', 'pain and symptom control']),
                 'Assessment: ' + pk(['weight %.1f kg, MUAC %.1f cm, BMI %.1f' % (p['wt'], rf(18, 28), rf(14, 24)), 'Power reduced, able to sit with support', 'PHQ-9 score %d' % ri(8, 20), 'Pain score %d/10' % ri(4, 9)]),
                 'Plan:', BL(pks(['Daily sessions', 'High-protein high-energy diet', 'Counselling sessions', 'Oral morphine 5 mg 4 hourly', 'Teach relatives exercises', 'RUTF/ supplements', 'Review in 3 days'], 3)),
                 c.sign(None, 3, 'Therapist'))
    return J('To: %s on call.' % to, 'Pt %s, %s, %s.' % (p['name'], p['age_s'], c.ward), 'Dx: ' + c.dx(), 'Kindly review: ' + reason + '.', 'Thanks.  ' + staff(c.co, 'intern')[0], '', 'Reply %s:' % fd(c.adm + datetime.timedelta(days=1)),
             pk(['Pt seen. ', 'Noted. ']) + opinion + ' ' + '; '.join(recs[:3]) + '.', staff(c.co, 'reg')[0] + ' (%s)' % to)


def t_operative_note():
    c = Ctx(need=['op'])
    cs, p = c.cs, c.p
    op = cs['op'] if cs.get('op') != 'cs' else op_cs(p, c.dx(True))
    if cs.get('op') == 'cs' or isinstance(cs.get('op'), str):
        op = op_cs(p, c.dx(True))
    lay = ri(0, 6)
    d = c.adm + datetime.timedelta(days=ri(0, 2))
    sur, ass, an = staff(c.co, pk(['reg', 'cons'])), staff(c.co, pk(['intern', 'mo'])), staff(c.co, pk(['mo', 'reg']))
    scrub = clin_name(c.co, 'nurse')
    t0 = ri(7, 22)
    if lay == 0:
        return J(letterhead(c, pk([4, 5, 2])), pk(['OPERATION NOTES', 'OPERATION RECORD', 'THEATRE NOTES', 'OPERATION NOTE']), '', c.pt_line(0),
                 KV('Date', fd(d)) + '   ' + KV('Time start', ft(t0, 0)) + '   ' + KV('Time end', ft(t0 + op['dur'] // 60, op['dur'] % 60 // 5 * 5)), KV('Surgeon', '%s (%s)' % sur), KV('Assistant', ass[0]), KV('Anaesthetist', an[0]),
                 KV('Scrub nurse', scrub), KV('Anaesthesia', op['anaes']), KV('Pre-op diagnosis', op['indication']), KV('Post-op diagnosis', c.dx(True)), KV('Procedure', op['name']), KV('Incision', op['incision']),
                 H('Findings'), BL(op['findings']), H('Procedure'), BL(op['steps'], True), KV('Closure', op['closure']), KV('EBL', '%d ml' % op['ebl']), KV('Drain', op['drain']), KV('Specimen', op['specimen']),
                 KV('Complications', pk(['None', 'Nil', 'None noted'])), H('Post-op orders'), BL(op['postop'], True), '', c.sign(None, 3, 'Surgeon'))
    if lay == 1:
        return JJ('%s %s. %s.' % (pk(['Op note', 'OPERATION:', 'Theatre']), fd(d), op['short']),
                  'Under %s, patient in %s position, cleaned and draped. %s. %s.' % (op['anaes'].lower(), op['pos'].lower(), op['incision'] if op['incision'] != 'N/A' else 'Examination done', '. '.join(op['steps'])),
                  'Findings: ' + '; '.join(op['findings']) + '.', '%s. EBL ~%d mls. %s.' % (op['closure'], op['ebl'], 'Drain: ' + op['drain']), 'Post-op: ' + '; '.join(op['postop'][:3]) + '.', c.sign(pk(['reg', 'mo']), 5))
    if lay == 2 and 'baby' in op:
        b = op['baby']
        return J(c.fac['name'].upper() + ' - MATERNITY THEATRE', pk(['CAESAREAN SECTION RECORD', 'C/S OPERATION NOTES', 'OPERATIVE DELIVERY RECORD']), '', KV('Mother', p['name']) + '  ' + KV('Age', p['age_s']) + '  ' + KV('IP No', c.ipno),
                 KV('Date', fd(d)) + '  ' + KV('Time of decision', ft(t0, 0)) + '  ' + KV('Time of delivery', ft(t0, 40)), KV('Indication', op['indication']), KV('Category', pk(['1 (immediate threat)', '2', 'Emergency', 'Cat 2'])),
                 KV('Anaesthesia', op['anaes']), KV('Skin incision', op['incision']), KV('Uterine incision', pk(['Lower segment transverse', 'Kerr', 'LSCS'])), '',
                 'BABY: Sex %s  Weight %.2f kg  Apgar %d/%d  Outcome: %s' % (b['sex'][0].upper(), b['wt'], b['ap1'], b['ap5'], pk(['alive, to mother', 'to NBU for observation', 'alive'])), '',
                 KV('Placenta', pk(['complete, delivered by CCT', 'complete', 'manual removal'])), KV('Uterine closure', pk(['2 layers Vicryl 1', 'double layer'])), KV('Tubal ligation', pk(['No', 'No', 'Yes (consented) - Pomeroy'])),
                 KV('EBL', '%d ml' % op['ebl']), KV('Findings', '; '.join(op['findings'][1:])), 'Post-op instructions:', BL(op['postop'], True), '', 'Surgeon: %s   Assistant: %s   Anaesthetist: %s' % (sur[0], ass[0], an[0]))
    if lay in (2, 3):
        return J('Operative Report', '-' * 40, 'Patient: %s    MRN: %s    DOS: %s' % (p['name'], c.ipno, fd(d, 5)), 'Surgeon: %s   Assistant(s): %s' % (sur[0], ass[0]), 'Anesthesia: %s by %s' % (op['anaes'], an[0]),
                 '', 'PREOPERATIVE DIAGNOSIS: ' + op['indication'], 'POSTOPERATIVE DIAGNOSIS: ' + c.dx(True), 'PROCEDURE PERFORMED: ' + op['name'], 'INDICATIONS: ' + cap(c.hpi()[:220].rsplit(' ', 1)[0]) + '...',
                 'FINDINGS: ' + ' '.join(f + '.' for f in op['findings']), 'DESCRIPTION OF PROCEDURE: The patient was brought to theatre, identity and consent confirmed, WHO checklist done. ' + op['anaes'] + ' administered. ' +
                 ' '.join(s + '.' for s in op['steps']) + ' ' + op['closure'] + '.', 'ESTIMATED BLOOD LOSS: %d mL' % op['ebl'], 'SPECIMENS: ' + op['specimen'], 'DRAINS: ' + op['drain'], 'COMPLICATIONS: None',
                 'DISPOSITION: To %s in stable condition.' % pk(['recovery room', 'ward', 'HDU']), '', c.sign(None, 1))
    if lay == 4:
        return J(pk(['THEATRE REGISTER EXTRACT', 'Operation summary', 'MINOR THEATRE']), '%s | %s | %s | %s' % (fd(d), p['name'], p['age_s'], c.ipno), 'Op: %s' % op['short'], 'Surg: %s  Anaes: %s (%s)' % (sur[0], an[0], op['anaes']),
                 'Indication: ' + op['indication'], 'Findings: ' + '; '.join(op['findings'][:2]), 'Outcome: %s' % pk(['Satisfactory', 'Good', 'Stable to ward']), 'Duration %d min' % op['dur'])
    if lay == 5:
        return J(letterhead(c, 3), '', 'NOTES ON OPERATION', KV('Name', p['name']), KV('Date of operation', fd(d, 4)), KV('Nature of operation', op['name']), KV('Surgeon', sur[0]), '',
                 'Procedure:', '\n'.join('%d. %s' % (i, s) for i, s in enumerate(['%s under %s' % (op['pos'], op['anaes'].lower()), 'Cleaning and draping', op['incision']] + op['steps'] + [op['closure']], 1)),
                 '', 'Intra-operative findings:', '\n'.join('  * ' + f for f in op['findings']), 'Blood loss: %d mls.  Blood transfused: %s' % (op['ebl'], pk(['nil', '1 unit', 'nil'])), c.sign(None, 0))
    return J(pk(['ORTHOPAEDIC OPERATION NOTE', 'Op notes', 'Surgical procedure']), fd(d) + ' ' + ft(t0, 0), c.pt_line(5), KV('Op', op['name']), KV('Anaes', op['anaes']), KV('Position', op['pos']),
             KV('Tourniquet', pk(['No', 'Not used', 'Yes - %d min' % ri(40, 90)])), KV('Approach', op['incision']), 'Findings: ' + '; '.join(op['findings']), 'Steps: ' + ' -> '.join(op['steps']),
             'Implants/ sutures: ' + op['closure'], KV('Antibiotic prophylaxis', pk(['Ceftriaxone 1 g IV at induction', 'Cefazolin 2 g IV', 'Ampicillin 1 g'])), KV('EBL', op['ebl']), 'Plan: ' + '; '.join(op['postop']), c.sign(None, 2))


def procs():
    return [
    dict(k='lp', name='Lumbar puncture', ind=['?Cryptococcal meningitis', 'Suspected bacterial meningitis', 'Therapeutic LP - raised ICP (CCM)', 'Febrile convulsion, ?meningitis'], pos='Left lateral position',
         site='L3/L4 interspace', tech='Spinal needle %s G' % pk(['20', '22']), finds=['Opening pressure %d cmH2O' % ri(18, 42), 'CSF %s' % pk(['clear, colourless', 'turbid', 'clear']), '%d ml CSF drained / sent for CrAg, India ink, cell count, protein, glucose, Gram stain and culture' % ri(8, 30)],
         comp='None. Advised to lie flat for 1 hour.'),
    dict(k='pleural', name='Diagnostic and therapeutic thoracocentesis', ind=['Left pleural effusion ?TB', 'Massive right pleural effusion', 'Pleural effusion for diagnosis'], pos='Sitting, leaning forward',
         site='%s posterior chest, 8th ICS mid-scapular line' % pk(['Left', 'Right']), tech='Local anaesthesia with 2% lignocaine; 18G cannula with 3-way tap', finds=['%d ml of %s fluid aspirated' % (ri(600, 1400), pk(['straw-coloured', 'blood-stained', 'turbid yellow'])), 'Sample sent for protein, LDH, ADA, cell count, ZN and GeneXpert'], comp='None; post-procedure CXR requested.'),
    dict(k='chest', name='Chest tube (underwater seal) insertion', ind=['Right pneumothorax after RTA', 'Empyema thoracis', 'Haemothorax'], pos='Supine, arm above head', site='5th ICS anterior axillary line, safe triangle',
         tech='LA with lignocaine 1%%, blunt dissection, Fr %d tube' % pk([24, 28, 32]), finds=['Rush of air' if mb() else '%d ml %s drained' % (ri(300, 1200), pk(['pus', 'blood'])), 'Tube secured with Nylon 1 and connected to UWSD, swinging and bubbling'], comp='None. CXR: tube in position.'),
    dict(k='bma', name='Bone marrow aspiration and trephine biopsy', ind=['Pancytopenia ?aplastic anaemia', 'Suspected leukaemia', 'Splenomegaly with bicytopenia'], pos='Left lateral', site='Posterior superior iliac spine', tech='LA; Jamshidi/Salah needle',
         finds=['Aspirate obtained, particulate', 'Trephine core %d mm' % ri(12, 25), 'Slides and core sent to haematology'], comp='None; pressure dressing applied.'),
    dict(k='ogd', name='Upper GI endoscopy (OGD)', ind=['Haematemesis ?oesophageal varices', 'Dysphagia ?Ca oesophagus', 'Dyspepsia not responding to PPI', 'Melaena'], pos='Left lateral', site='', tech='Olympus GIF scope; lignocaine throat spray ± IV midazolam 2.5 mg',
         finds=pk([['Oesophagus: grade III varices in the lower third with red wale signs; %d bands applied' % ri(3, 6), 'Stomach: portal hypertensive gastropathy', 'Duodenum: normal to D2'],
                   ['Oesophagus: exophytic friable circumferential mass at %d-%d cm from incisors, scope could not pass' % (ri(26, 30), ri(32, 36)), 'Biopsies taken x%d' % ri(4, 6)],
                   ['Oesophagus: normal', 'Stomach: antral erosions, CLO test positive', 'Duodenum: %d mm clean-based ulcer in the bulb (Forrest III)' % ri(5, 15)]]), comp='None. Keep NPO 2 hours.'),
    dict(k='hdcath', name='Insertion of temporary haemodialysis catheter', ind=['CKD 5 for urgent haemodialysis', 'AKI with hyperkalaemia', 'Uraemic encephalopathy'], pos='Supine, Trendelenburg', site=pk(['Right internal jugular vein', 'Right femoral vein', 'Left femoral vein']),
         tech='Ultrasound-guided Seldinger technique, 12 Fr double-lumen catheter', finds=['Good flow from both lumens', 'Catheter sutured at %d cm, heparin lock 5000 IU/ml' % ri(15, 20)], comp='None. CXR: tip at cavo-atrial junction.' if mb() else 'None.'),
    dict(k='paracentesis', name='Abdominal paracentesis', ind=['Tense ascites ?portal hypertension (schistosomiasis)', 'Ascites of unknown cause', 'Therapeutic tap - cirrhosis'], pos='Supine', site='Left iliac fossa',
         tech='LA, 18G cannula', finds=['%s L of %s fluid drained' % (pk(['2', '3', '4', '5']), pk(['straw coloured', 'turbid', 'haemorrhagic'])), 'Sample sent for SAAG, cell count, protein, Gram and ZN'], comp='None.'),
    dict(k='ivp', name='Cardiac catheterisation (right and left heart) with coronary angiography', ind=['Pre-operative assessment for mitral valve surgery', 'Suspected ischaemic heart disease', 'Congenital heart disease - VSD evaluation'], pos='Supine',
         site='Right radial artery and right femoral vein', tech='%s Fr sheaths; Judkins catheters' % pk(['5', '6']), finds=['LMCA normal, LAD and RCA with no significant stenoses', 'PA pressure %d/%d (mean %d) mmHg' % (ri(50, 80), ri(22, 35), ri(32, 48)), 'PCWP %d mmHg, LVEDP %d mmHg' % (ri(18, 30), ri(8, 14))],
         comp='None. Radial band applied.'),
    dict(k='emg', name='Nerve conduction study and EMG', ind=['Numbness of both feet ?peripheral neuropathy (HIV/ d4T)', 'Weakness of right hand ?carpal tunnel syndrome', 'Foot drop after IM injection'], pos='Supine', site='Upper and lower limbs', tech='Surface electrodes; concentric needle EMG',
         finds=['Reduced sural SNAP amplitudes bilaterally (%.1f uV)' % rf(2, 5), 'Median distal motor latency %.1f ms' % rf(3.2, 6.5), 'Peroneal CMAP reduced with normal conduction velocity', 'EMG: no spontaneous activity'], comp='Interpretation: ' + pk(['length-dependent axonal sensorimotor polyneuropathy', 'right median neuropathy at the wrist (moderate CTS)', 'sciatic nerve (peroneal division) axonal injury'])),
    dict(k='bronch', name='Flexible bronchoscopy with BAL', ind=['Non-resolving pneumonia ?Ca lung', 'Smear-negative TB suspect', 'Haemoptysis'], pos='Supine', site='Via nasal route', tech='LA lignocaine 2% spray, IV midazolam 2 mg',
         finds=['Vocal cords mobile', 'Trachea and carina normal', '%s' % pk(['Endobronchial mass occluding the right upper lobe bronchus - biopsied', 'Mucopurulent secretions in the left lower lobe - BAL sent for GeneXpert', 'No endobronchial lesion']), 'BAL: %d ml instilled, %d ml returned' % (ri(80, 120), ri(30, 60))], comp='Minor bleeding, stopped with cold saline.'),
    dict(k='traction', name='Insertion of tibial Steinmann pin for skeletal traction', ind=['Closed midshaft femur fracture'], pos='Supine', site='Proximal tibia, 2 cm below and behind tibial tuberosity, lateral to medial', tech='LA with 2% lignocaine; hand drill',
         finds=['Pin inserted without difficulty', 'Perkins traction applied with %d kg' % ri(6, 10), 'Distal pulses intact after procedure'], comp='None. Pin-site care daily.'),
    dict(k='spc', name='Suprapubic catheterisation (SPC)', ind=['Acute urinary retention - failed urethral catheterisation', 'Urethral stricture with retention'], pos='Supine', site='2 FB above the pubic symphysis in the midline', tech='LA; trocar suprapubic catheter 16 Fr',
         finds=['%d ml of %s urine drained' % (ri(600, 1500), pk(['clear', 'cloudy', 'blood-stained'])), 'Catheter secured'], comp='None.'),
    dict(k='mva', name='Manual vacuum aspiration (MVA)', ind=['Incomplete abortion at %d weeks' % ri(8, 12), 'Missed abortion', 'Retained products of conception'], pos='Lithotomy', site='Uterus', tech='Paracervical block 1%% lignocaine, %d mm Karman cannula' % ri(6, 10),
         finds=['Os %d cm open' % ri(1, 2), 'Products of conception evacuated, gritty sensation achieved', 'Blood loss ~%d ml' % ri(50, 200)], comp='None. Post-abortion family planning counselling done.'),
    dict(k='joint', name='Knee joint aspiration and steroid injection', ind=['Right knee effusion ?septic arthritis', 'Osteoarthritis left knee', 'Gouty arthritis'], pos='Supine, knee extended', site='Superolateral approach', tech='Aseptic technique, 18G needle',
         finds=['%d ml of %s synovial fluid aspirated' % (ri(20, 80), pk(['turbid yellow', 'clear straw', 'cloudy'])), 'Sent for cell count, Gram stain, culture and crystals', 'Triamcinolone 40 mg injected' if mb() else 'No steroid injected (?sepsis)'], comp='None.'),
]


def t_procedure_note():
    c = Ctx()
    p = c.p
    PROCS = procs()
    pr = pk(PROCS)
    if c.cs.get('proc') and mb(0.5):
        m = [x for x in PROCS if x['k'] == c.cs['proc']]
        pr = m[0] if m else pr
    if pr['k'] == 'mva' and p['sex'] == 'M':
        pr = PROCS[0]
    ind = pk(pr['ind']) if not (c.cs.get('proc') == pr['k']) else c.dx(True)
    d = c.adm + datetime.timedelta(days=ri(0, 3))
    op = staff(c.co, pk(['mo', 'reg', 'cons']))
    lay = ri(0, 6)
    if pr['k'] in ('ogd',) and lay in (0, 1):
        lay = 1
    if lay == 0:
        return J('%s %s' % (fd(d), ft()), pk(['Procedure note', 'PROCEDURE:', 'Proc:', '']) + ' ' + pr['name'], 'Indication: ' + ind, 'Consent: ' + pk(['verbal consent obtained', 'written informed consent obtained', 'consent signed by patient', 'consent by next of kin']),
                 'Position: ' + pr['pos'] + ('. Site: ' + pr['site'] if pr['site'] else ''), 'Under aseptic technique, ' + pr['tech'] + '.', 'Findings:', BL(pr['finds']), 'Complications: ' + pr['comp'], c.sign(None, 5))
    if lay == 1:
        return J(letterhead(c, pk([1, 4])), pk(['ENDOSCOPY UNIT', 'GI ENDOSCOPY REPORT', 'ENDOSCOPY / BRONCHOSCOPY SUITE']), '', KV('Patient', p['name']) + '   ' + KV('Age', p['age_s']) + '   ' + KV('Sex', p['sex']),
                 KV('Hospital No', c.opno), KV('Date', fd(d)), KV('Procedure', pr['name']), KV('Endoscopist', op[0]), KV('Referring doctor', staff(c.co)[0]), KV('Indication', ind), KV('Premedication', pr['tech']), '',
                 H('Findings'), '\n'.join(pr['finds']), '', H('Conclusion'), pk(pr['finds']).split(':')[-1].strip(), H('Recommendation'), pk(['Await histology', 'Propranolol 40 mg BD and repeat banding in 2 weeks', 'Triple therapy x 14 days', 'Refer to oncology', 'Repeat in 6 weeks']),
                 '', c.sign(None, 1))
    if lay == 2:
        return J('PROCEDURE NOTE', 'Date/time: %s %s' % (fd(d, 5), ft(style=1)), 'Patient: %s   MRN: %s   Location: %s' % (p['name'], c.ipno, c.ward), 'Procedure: ' + pr['name'], 'Operator: %s (%s)' % op, 'Assistant: ' + pk([staff(c.co, 'intern')[0], 'None', clin_name(c.co, 'nurse')]),
                 'Indication: ' + ind, 'Consent: obtained, risks (bleeding, infection, pain%s) explained' % pk(['', ', pneumothorax', ', headache', ', perforation']), 'Time-out: performed', 'Anaesthesia: ' + pk(['Local 1% lignocaine', 'Local 2% lignocaine 5 ml', 'Sedation + local', 'None']),
                 'Technique: ' + pr['tech'] + ('; ' + pr['site'] if pr['site'] else ''), 'Findings: ' + '; '.join(pr['finds']), 'EBL: minimal', 'Complications: ' + pr['comp'], 'Specimens: ' + pk(['sent to lab', 'as above', 'none']), 'Post-procedure plan: ' + pk(['observe vitals hourly x 4', 'CXR', 'bed rest 1 hr', 'review results']))
    if lay == 3:
        return J(c.fac['name'], pk(['CARDIAC CATHETERISATION LABORATORY', 'CATH LAB REPORT', 'NEUROPHYSIOLOGY LAB', 'SPECIAL PROCEDURES']), c.pt_line(4), '', 'Study: ' + pr['name'], 'Referred by: ' + staff(c.co)[0] + ', ' + c.ward,
                 'Clinical question: ' + ind, '', 'Technique: ' + pr['tech'] + '. Site: ' + (pr['site'] or '-') + '.', '', 'RESULTS', '\n'.join('  %-3s %s' % ('%d.' % i, f) for i, f in enumerate(pr['finds'], 1)), '', 'SUMMARY/IMPRESSION: ' + pr['comp'],
                 '', 'Performed by: %s, %s' % op, 'Report verified %s' % fd(d))
    if lay == 4:
        return J('%s - %s' % (ft(), pr['name'].upper()), 'Pt: %s, %s' % (p['name'], p['age_s']), 'Ind: %s.' % ind, 'Procedure explained, consent ' + pk(['obtained', 'given', 'signed']) + '. ' + pr['pos'] + '. Skin cleaned with %s. ' % pk(['povidone iodine', 'chlorhexidine', 'spirit and iodine']) + pr['tech'] + '. ' + '. '.join(pr['finds']) + '. ' + pr['comp'],
                 '- ' + op[0])
    if lay == 5:
        return JJ(letterhead(c, 2), 'Re: %s (%s)' % (p['name'], c.ipno), 'The %s was performed on %s by %s.' % (pr['name'].lower(), fd(d, 4), op[0]),
                  'Indication: %s. After explaining the procedure and obtaining consent, the patient was positioned (%s). %s.' % (ind, pr['pos'].lower(), pr['tech']),
                  'The following was noted: ' + '; '.join(pr['finds']) + '.', pr['comp'], c.sign(None, 4))
    return J(pk(['BEDSIDE PROCEDURE RECORD', 'Ward procedure checklist', 'PROCEDURE CHECKLIST & NOTE']), KV('Ward', c.ward) + '  ' + KV('Bed', str(c.bed)), KV('Name', p['name']), KV('Procedure', pr['name']),
             '[x] Patient identified   [x] Consent   [x] Site marked   [%s] Coagulation checked' % pk(['x', ' ']), '[x] Sterile field   [x] LA given   [ ] Sedation', KV('Operator', op[0]), KV('Indication', ind),
             KV('Outcome', '; '.join(pr['finds'][:2])), KV('Complications', pr['comp']), KV('Nurse', clin_name(c.co, 'nurse')), KV('Date', fd(d)))


def lab_table(labs, style):
    out = []
    if style == 0:
        out.append('%-26s %-22s %-6s %-10s %s' % ('TEST', 'RESULT', 'FLAG', 'UNITS', 'REF. RANGE'))
        out.append('-' * 80)
        for a, b, u, r, f in labs:
            out.append('%-26s %-22s %-6s %-10s %s' % (a, b, f if f in ('H', 'L') else ('*' if f == 'A' else ''), u, r))
    elif style == 1:
        for a, b, u, r, f in labs:
            out.append('%s%s%s %s %s' % (a, ST['sep'], b, u, ('(%s)' % r) if r else ''))
    elif style == 2:
        for a, b, u, r, f in labs:
            out.append('| %s | %s %s | %s |' % (a, b, u, r or '-'))
    else:
        out.append(', '.join('%s %s' % (a, b) for a, b, u, r, f in labs))
    return '\n'.join(out)


def t_lab_report():
    c = Ctx()
    cs, p = c.cs, c.p
    lay = ri(0, 7)
    d = c.adm + datetime.timedelta(days=ri(0, 2))
    labno = pk(['LAB/%d/%05d' % (c.year, ri(1, 99999)), '%s%s' % (pk(['H', 'C', 'M', 'B']), digits(6)), '%d/%s' % (ri(1, 9999), str(c.year)[2:])])
    tech = clin_name(c.co, 'plain') + ' ' + pk(['(Lab Tech)', 'MLT', 'BSc MLS', 'Lab Scientist', 'Dip. MLT'])
    labs = cs['labs']
    if lay == 0:
        sub = pks(labs, ri(3, min(8, len(labs))))
        return J(letterhead(c, pk([1, 4, 5])), pk(['LABORATORY REPORT', 'CLINICAL LABORATORY', 'LABORATORY DEPARTMENT - RESULTS', 'Laboratory Information System']), '=' * 80,
                 'Patient : %-30s Lab No : %s' % (p['name'], labno), 'Age/Sex : %-30s Ward   : %s' % ('%s / %s' % (p['age_s'], p['sex']), c.ward), 'Doctor  : %-30s IP/OP  : %s' % (staff(c.co)[0], c.ipno),
                 'Collected: %s %s   Received: %s %s   Reported: %s %s' % (fd(d), ft(8, 0), fd(d), ft(9, 0), fd(d), ft(ri(10, 16), 0)), '=' * 80, lab_table(sub, 0), '', '* Abnormal result   H High   L Low',
                 'Comment: %s' % pk(['', 'Critical value phoned to ward %s at %s' % (c.ward, ft()), 'Repeat sample advised', 'Results verified']), 'Verified by: ' + tech, 'Page 1 of 1')
    if lay == 1:
        sub = pks(labs, ri(2, 4))
        return J(pk(['MOH 240', 'FORM LAB 1', 'LAB REQUEST FORM', '']), pk(['LABORATORY REQUEST AND REPORT FORM', 'LAB REQUEST/RESULT', 'REQUEST FOR LABORATORY INVESTIGATION']), c.fac['name'], '',
                 KV('Name', p['name']) + '   ' + KV('Age', p['age_s']) + '   ' + KV('Sex', p['sex']), KV('IP/OP No', c.ipno) + '   ' + KV('Ward/Clinic', c.ward), KV('Clinical summary/Dx', c.dx(True)),
                 KV('Specimen', pk(['Blood', 'Blood (EDTA)', 'Whole blood', 'Serum', 'Urine', 'Stool', 'CSF', 'Sputum'])), KV('Investigation requested', ', '.join(a for a, *_ in sub)), KV('Requesting clinician', staff(c.co)[0]) + '  Date: ' + fd(d), '',
                 '------------- FOR LABORATORY USE -------------', KV('Lab No', labno), KV('Results', ''), lab_table(sub, 1), '', KV('Reported by', tech) + '   ' + KV('Date', fd(d)))
    if lay == 2:
        org = pk([('Escherichia coli', ['Ampicillin R', 'Amoxicillin/clavulanate R', 'Ceftriaxone %s' % pk(['S', 'R (ESBL)']), 'Ciprofloxacin %s' % pk(['S', 'R']), 'Gentamicin S', 'Nitrofurantoin S', 'Meropenem S', 'Cotrimoxazole R']),
                  ('Klebsiella pneumoniae', ['Ampicillin R', 'Ceftriaxone R', 'Ceftazidime R', 'Gentamicin %s' % pk(['S', 'R']), 'Amikacin S', 'Meropenem S', 'Ciprofloxacin I']),
                  ('Staphylococcus aureus', ['Penicillin R', 'Cefoxitin %s' % pk(['S', 'R (MRSA)']), 'Erythromycin S', 'Clindamycin S', 'Cotrimoxazole S', 'Vancomycin S', 'Gentamicin S']),
                  ('Salmonella Typhi', ['Ampicillin R', 'Chloramphenicol R', 'Cotrimoxazole R', 'Ciprofloxacin %s' % pk(['I', 'R', 'S']), 'Ceftriaxone S', 'Azithromycin S']),
                  ('Pseudomonas aeruginosa', ['Ceftazidime S', 'Piperacillin/tazobactam S', 'Gentamicin R', 'Ciprofloxacin S', 'Meropenem S'])])
        if c.key == 'typhoid':
            org = ('Salmonella Typhi', ['Ampicillin R', 'Chloramphenicol R', 'Cotrimoxazole R', 'Ciprofloxacin I', 'Ceftriaxone S', 'Azithromycin S'])
        spec = 'Blood' if org[0] == 'Salmonella Typhi' else pk(['Urine (MSU)', 'Pus swab', 'Blood', 'Wound swab', 'Sputum', 'Catheter urine'])
        return J(c.fac['name'], pk(['MICROBIOLOGY REPORT', 'CULTURE AND SENSITIVITY', 'BACTERIOLOGY', 'MICROBIOLOGY LABORATORY - FINAL REPORT']), '', KV('Name', p['name']) + '   ' + KV('Lab No', labno),
                 KV('Specimen', spec) + '   ' + KV('Collected', fd(d)), KV('Ward', c.ward), KV('Clinical info', c.dx(True)), '', KV('Gram stain', pk(['Gram negative rods seen', 'Gram positive cocci in clusters', 'Pus cells ++, GNR seen'])),
                 KV('Culture', '%s isolated %s' % (org[0], '(>10^5 CFU/ml)' if 'Urine' in spec else 'after %d hrs incubation' % pk([24, 48]))), '', 'ANTIBIOTIC SENSITIVITY (Kirby-Bauer, CLSI):',
                 '\n'.join('  %-30s %s' % tuple(x.rsplit(' ', 1)) if ' (' not in x else '  ' + x for x in org[1]), '', 'S = Sensitive  I = Intermediate  R = Resistant', 'Final report: ' + fd(d + datetime.timedelta(days=ri(2, 4))) + '   ' + tech)
    if lay == 3:
        sup = mb(0.6)
        return J(pk(['NATIONAL HIV REFERENCE LABORATORY (REGIONAL HUB)', 'HIV VIRAL LOAD RESULT', 'Viral Load & EID Laboratory', 'CENTRAL PUBLIC HEALTH LABORATORY - VL UNIT']), '',
                 KV('Facility', c.fac['name']) + '   ' + KV('MFL/Code', digits(5)), KV('Patient CCC No', '%s-%s' % (digits(5), digits(5)) if c.co == 'KE' else ('ART/%s' % digits(4) if c.co == 'UG' else 'CTC %s-%s-%s' % (digits(2), digits(4), digits(6)))),
                 KV('Name', p['name'] if mb() else p['name'].split()[0] + ' ' + p['name'].split()[-1][0] + '.') + '   ' + KV('Sex', p['sex']) + '   ' + KV('Age', p['age_s']),
                 KV('Current regimen', art_regimen(c.year, p['age'] < 10)), KV('Justification', pk(['Routine VL', 'Baseline', 'Confirmation of treatment failure', 'Pregnant/breastfeeding'])), KV('Sample type', pk(['Plasma', 'DBS'])),
                 KV('Date collected', fd(d)) + '   ' + KV('Date received', fd(d + datetime.timedelta(days=ri(2, 10)))) + '   ' + KV('Date tested', fd(d + datetime.timedelta(days=ri(11, 20)))), KV('Platform', pk(['Abbott m2000', 'Roche COBAS AmpliPrep/TaqMan', 'Roche cobas 4800', 'Hologic Panther'])), '',
                 KV('RESULT', hiv_vl(sup)), KV('Interpretation', 'Virally suppressed' if sup else 'Not suppressed (> 1000 copies/ml) - enhanced adherence counselling and repeat in 3 months'),
                 '', 'Reviewed by: %s' % tech, 'This result was generated by laboratory information system. No signature required.' if mb() else '')
    if lay == 4:
        pos = c.key == 'tbhiv' or mb(0.4)
        return J(pk(['TB LABORATORY', 'GeneXpert MTB/RIF Report', 'TB REFERENCE LABORATORY - RESULT FORM', 'Request for sputum examination']), c.fac['name'], '', KV('Name', p['name']) + '  ' + KV('Age', p['age_s']) + '  ' + KV('Sex', p['sex']),
                 KV('Unit TB No', '%d/%s' % (ri(1, 600), str(c.year)[2:])) if mb() else KV('OP/IP', c.ipno), KV('Reason', pk(['Diagnosis', 'Follow-up month 2', 'Presumptive DR-TB', 'Diagnosis (PLHIV)'])), KV('Specimen', 'Sputum - %s' % pk(['mucopurulent', 'salivary', 'blood-stained'])),
                 KV('Date collected', fd(d)), '', KV('Xpert MTB/RIF' + (' Ultra' if c.year > 2018 else ''), 'MTB DETECTED %s; Rif resistance NOT DETECTED' % pk(['LOW', 'MEDIUM', 'HIGH', 'VERY LOW']) if pos else 'MTB NOT DETECTED'),
                 KV('ZN microscopy', pk(['1+', '2+', '3+', 'Scanty (5 AFB)']) if pos else 'No AFB seen'), KV('Module/Cartridge', 'M%d / %s' % (ri(1, 4), digits(8))), '', 'Lab technician: ' + tech, KV('Date reported', fd(d + datetime.timedelta(days=1))))
    if lay == 5:
        return J(pk(['CSF ANALYSIS', 'CEREBROSPINAL FLUID REPORT', 'FLUID ANALYSIS']), KV('Name', p['name']) + '  ' + KV('Ward', c.ward), KV('Date', fd(d)), '', KV('Appearance', pk(['Clear', 'Turbid', 'Slightly turbid', 'Xanthochromic'])),
                 KV('WBC', '%d cells/ul (%s)' % (ri(2, 400), pk(['lymphocytes 80%', 'neutrophils 90%', 'mixed']))), KV('RBC', '%d /ul' % ri(0, 50)), KV('Protein', '%.2f g/L' % rf(0.2, 2.2, 2)), KV('Glucose', '%.1f mmol/L (paired RBS %.1f)' % (rf(0.8, 3.6), rf(4.5, 7.5))),
                 KV('Gram stain', pk(['No organisms seen', 'Gram positive diplococci', 'No organisms'])), KV('India ink', 'Positive' if c.key == 'crypto' else pk(['Negative', 'Negative'])), KV('CrAg', 'Positive' if c.key == 'crypto' else 'Negative'),
                 KV('ZN', 'No AFB seen'), KV('Culture', pk(['No growth at 48 hrs', 'To follow', 'Cryptococcus neoformans' if c.key == 'crypto' else 'No growth'])), '', tech)
    if lay == 6:
        return J(pk(['BLOOD TRANSFUSION SERVICE', 'BLOOD BANK - CROSSMATCH REPORT', 'REQUEST FOR BLOOD / COMPATIBILITY']), c.fac['name'], KV('Patient', p['name']) + '   ' + KV('IP', c.ipno), KV('Ward', c.ward) + '   ' + KV('Hb', '%.1f g/dL' % rf(4.5, 8.5)),
                 KV('Patient group', pk(['O', 'A', 'B', 'AB']) + ' Rh(D) ' + pk(['Positive', 'Positive', 'Negative'])), KV('Units requested', '%d %s' % (ri(1, 3), pk(['whole blood', 'PRBC', 'packed cells']))), KV('Indication', c.dx(True)),
                 '', 'Unit No.        Group   Expiry       Result', '\n'.join('%s   %s      %s   %s' % (pk(['KNBTS', 'UBTS', 'NBTS']) + digits(6), pk(['O+', 'O+', 'A+', 'B+']), fd(d + datetime.timedelta(days=ri(5, 30))), 'COMPATIBLE') for _ in range(ri(1, 3))),
                 '', KV('Issued by', tech) + '  ' + KV('Received by', clin_name(c.co, 'nurse')), KV('Time issued', ft()))
    chits = [('BS for MPs', pk(['No MPs seen', 'MPs seen +', 'P. falciparum ++'])), ('Urinalysis', 'pH %s, SG 1.0%d, protein %s, glucose %s, leucocytes %s' % (pk(['5.0', '6.0', '6.5']), ri(10, 30), pk(['neg', '+', '++']), pk(['neg', 'neg', '+++']), pk(['neg', '+']))),
             ('Stool O/C', pk(['No ova or cysts seen', 'E. histolytica cysts seen', 'Hookworm ova seen', 'S. mansoni ova ++'])), ('RBS', '%.1f mmol/L' % rf(3.5, 22)), ('UPT', pk(['Positive', 'Negative'])), ('VDRL', pk(['Non-reactive', 'Reactive 1:8'])),
             ('Hb', '%.1f g/dL' % rf(5, 14)), ('Brucella', pk(['Negative', 'Positive 1:160'])), ('H. pylori Ag (stool)', pk(['Positive', 'Negative'])), ('Sickling test', pk(['Positive', 'Negative']))]
    sub = pks(chits, ri(1, 4))
    return J(c.fac['abbr'] + ' LAB', pk(['Result slip', 'LAB RESULT', 'OPD LAB', '']), '%s  %s  %s' % (p['name'], p['age_s'], p['sex']), 'No. ' + c.opno, '\n'.join('%s: %s' % x for x in sub), fd(d) + '  ' + tech.split('(')[0])


def normal_img():
    return [
    img('X-ray', 'Chest PA', ['Lung fields are clear.', 'Heart size normal (CTR < 0.5).', 'Costophrenic angles are sharp.', 'Bony thorax intact.'], 'Normal chest radiograph.', 'Cough ?PTB'),
    img('Ultrasound', 'Abdomen', ['Liver normal in size (%d cm) with homogeneous echotexture.' % ri(12, 15), 'Gall bladder normal, no calculi. CBD not dilated.', 'Pancreas and spleen normal.', 'Both kidneys normal in size and echotexture, no hydronephrosis.'], 'Normal abdominal ultrasound scan.', 'Abdominal pain'),
    img('X-ray', 'Lumbosacral spine AP/Lat', ['Reduced L4/L5 disc space with anterior osteophytes.', 'Vertebral body heights maintained.', 'No lytic lesions.'], 'Lumbar spondylosis.', 'Low back pain'),
    img('MRI', 'Lumbar spine (0.35T)', ['Desiccation of L4/5 and L5/S1 discs.', 'Broad-based posterior disc bulge at L4/5 indenting the thecal sac, narrowing both lateral recesses.', 'Conus normal at L1.'], 'L4/5 disc bulge with lateral recess stenosis.', 'LBP radiating to the left leg'),
    img('Ultrasound', 'Pelvic', ['Uterus bulky %d x %d mm with multiple hypoechoic intramural masses, largest %d mm.' % (ri(90, 130), ri(60, 80), ri(30, 60)), 'Endometrium %d mm.' % ri(6, 12), 'Both ovaries normal.'], 'Multiple uterine fibroids.', 'Menorrhagia'),
    img('X-ray', 'Right wrist AP/Lat', ['Transverse fracture of the distal radius with dorsal angulation and displacement.', 'Ulnar styloid intact.'], "Colles' fracture.", 'Fall on outstretched hand'),
    img('Doppler US', 'Left lower limb venous', ['Non-compressible left common femoral and popliteal veins with echogenic intraluminal thrombus.', 'Absent flow on colour Doppler.'], 'Left lower limb DVT (femoro-popliteal).', 'Swollen left leg'),
]


def t_imaging_report():
    c = Ctx()
    cs, p = c.cs, c.p
    pool = list(cs['img'])
    if not pool or mb(0.25):
        pool = [pk(normal_img())]
    im = pk(pool)
    d = c.adm + datetime.timedelta(days=ri(0, 2))
    rad = staff(c.co, pk(['reg', 'cons']))[0] + ', ' + pk(['Consultant Radiologist', 'Radiologist', 'MMed Rad', 'Sonographer', 'Resident Radiology'])
    xno = pk(['XR/%d/%05d' % (c.year, ri(1, 99999)), 'US %d/%s' % (ri(1, 9999), str(c.year)[2:]), 'CT-%s' % digits(5), 'RAD%s' % digits(7)])
    lay = ri(0, 6)
    if im['mod'] == 'Echocardiogram' and lay in (0, 1, 2):
        lay = 4
    if lay == 0:
        return J(letterhead(c, pk([0, 1, 4])), pk(['DEPARTMENT OF RADIOLOGY & IMAGING', 'RADIOLOGY REPORT', 'IMAGING DEPARTMENT', 'X-RAY DEPARTMENT']), '', KV('Name', p['name']) + '   ' + KV('Age', p['age_s']) + '   ' + KV('Sex', p['sex']),
                 KV('X-ray No', xno) + '   ' + KV('Ward/Clinic', c.ward), KV('Examination', '%s %s' % (im['mod'], im['exam'])), KV('Date', fd(d)), KV('Clinical notes', im['clin'] or c.dx(True)), '', H('Findings'),
                 '\n'.join(im['find']), '', H('Impression'), im['imp'], '' if mb() else 'Recommend: ' + pk(['clinical correlation', 'follow-up imaging', 'CT for further evaluation']), '', rad)
    if lay == 1:
        return J(pk(['X-RAY / ULTRASOUND REQUEST FORM', 'RADIOLOGY REQUEST AND REPORT', 'MOH 204A REQUEST FOR X-RAY EXAMINATION']), c.fac['name'], '', KV('Name', p['name']) + '  ' + KV('Age', p['age_s']) + '  ' + KV('Sex', p['sex']),
                 KV('IP/OP No', c.ipno) + '  ' + KV('Ward', c.ward), KV('Examination requested', im['exam']), KV('Clinical history', im['clin']), KV('LMP (females)', fd(d - datetime.timedelta(days=ri(5, 25))) if p['sex'] == 'F' and 13 < p['age'] < 50 else 'N/A'),
                 KV('Requested by', staff(c.co)[0]) + '  ' + KV('Date', fd(d)), KV('Receipt No', digits(6)) if mb() else '', '', '-------- RADIOLOGIST\'S REPORT --------', ' '.join(im['find']), 'IMP: ' + im['imp'], rad + '   ' + fd(d + datetime.timedelta(days=ri(0, 2))))
    if lay == 2:
        return J(pk(['ULTRASOUND REPORT', 'SONOGRAPHY REPORT', '%s REPORT' % im['mod'].upper()]), c.pt_line(4), 'Exam: %s %s   Date: %s' % (im['mod'], im['exam'], fd(d)), 'Indication: ' + (im['clin'] or c.dx(True)), '',
                 '\n'.join('%s%s' % (ST['bullet'], f) for f in im['find']), '', 'CONCLUSION: ' + im['imp'], 'Sonographer/Radiologist: ' + rad)
    if lay == 3:
        return J(c.fac['name'] + ' - CT SCAN UNIT' if im['mod'] == 'CT' else c.fac['name'] + ' - IMAGING', '', 'PATIENT: %s   ID: %s   DOB: %s' % (p['name'].upper(), xno, fd(p['dob'])), 'STUDY: %s %s' % (im['mod'].upper(), im['exam'].upper()),
                 'DATE OF STUDY: %s' % fd(d, 5), 'REFERRING: %s' % staff(c.co)[0], '', 'CLINICAL INFORMATION: ' + (im['clin'] or c.dx(True)), '', 'TECHNIQUE: ' + pk(['Axial images acquired with coronal and sagittal reformats.', 'Standard views obtained.', 'Non-contrast study.', 'Real-time grey-scale and colour Doppler imaging.']),
                 'COMPARISON: ' + pk(['None.', 'None available.', 'Previous study of %s.' % fd(d - datetime.timedelta(days=ri(30, 400)))]), '', 'FINDINGS:', '\n'.join(im['find']), '', 'IMPRESSION:', '1. ' + im['imp'], '', 'Reported by: ' + rad, 'Electronically signed %s %s' % (fd(d, 5), ft(style=1)))
    if lay == 4:
        if im['mod'] != 'Echocardiogram':
            im = img('Echocardiogram', 'Transthoracic echocardiogram', ['Normal cardiac chambers.', 'Normal valves, no regurgitation.', 'LVEF %d%%, normal wall motion.' % ri(58, 70), 'No pericardial effusion.'], 'Normal echocardiogram.', 'Palpitations')
        return J(pk(['ECHOCARDIOGRAPHY REPORT', 'CARDIAC UNIT - ECHO', 'TRANSTHORACIC ECHOCARDIOGRAM']), c.fac['name'], '', KV('Name', p['name']) + '  ' + KV('Age', p['age_s']) + '  ' + KV('Wt', '%.0f kg' % p['wt']), KV('Indication', im['clin']), KV('Date', fd(d)),
                 KV('Image quality', pk(['Good', 'Fair', 'Suboptimal'])), '', 'MEASUREMENTS', 'IVSd %.1f cm   LVIDd %.1f cm   LVPWd %.1f cm   LVIDs %.1f cm' % (rf(0.8, 1.4), rf(4.2, 6.2), rf(0.8, 1.3), rf(2.8, 4.8)),
                 'Ao root %.1f cm   LA %.1f cm   EF (Teich) %d%%   FS %d%%' % (rf(2.6, 3.4), rf(3.2, 6.4), ri(45, 68), ri(24, 38)), '', 'FINDINGS', BL(im['find']), '', 'CONCLUSION', im['imp'], '', 'Echocardiographer: ' + rad.split(',')[0] + ', Cardiologist')
    if lay == 5 and cs.get('kind') == 'obs' and 'Obstetric' in im['exam']:
        return J('OBSTETRIC ULTRASOUND', c.pt_line(0), 'LMP: %s' % fd(d - datetime.timedelta(days=ri(200, 260))), '', '\n'.join(im['find']), 'FHR: %d bpm' % ri(120, 160), 'Impression: ' + im['imp'], rad)
    if lay == 5:
        return J('%s %s' % (fd(d), im['exam']), 'Report: ' + ' '.join(im['find'][:2]), 'Impression: ' + im['imp'], '- ' + rad.split(',')[0])
    return J(letterhead(c, 2), 'Dear Dr. %s,' % staff(c.co)[0].split()[-1], 'RE: %s %s - %s' % (p['name'], p['age_s'], im['exam']),
             'Thank you for referring this patient for %s. %s' % ((im['mod'] + ' ' + im['exam']).lower(), ' '.join(im['find'])), 'Conclusion: ' + im['imp'], 'Kind regards,', rad)


def paths_extra():
    return [
    dict(spec='Left breast lump (excision)', gross='Well circumscribed rubbery nodule %d x %d mm, cut surface grey-white, bulging, whorled.' % (ri(15, 40), ri(10, 30)), micro='Proliferation of ducts compressed by cellular fibrous stroma (intracanalicular and pericanalicular pattern). No atypia.',
         dx='Fibroadenoma. No malignancy.', clin='Breast lump in a young woman'),
    dict(spec='Skin punch biopsy (leg)', gross='Skin core 4 mm with violaceous surface.', micro='Dermal proliferation of spindle cells forming slit-like vascular spaces with extravasated red cells and hyaline globules. HHV-8 (LANA) %s.' % pk(['positive', 'not done']),
         dx='Kaposi sarcoma, nodular stage.', clin='Purple skin nodules, HIV+'),
    dict(spec='Cervical lymph node (excision biopsy)', gross='Lymph node %d x %d mm, cut surface shows cheesy yellow areas.' % (ri(15, 30), ri(10, 20)), micro='Effaced nodal architecture with confluent epithelioid granulomas, Langhans giant cells and caseous necrosis. ZN stain: %s.' % pk(['scanty AFB seen', 'no AFB seen']),
         dx='Chronic granulomatous lymphadenitis with caseation, consistent with tuberculosis.', clin='Neck swelling ?TB ?lymphoma'),
    dict(spec='Jaw mass (incisional biopsy)', gross='Soft fleshy tissue fragments aggregating 20 mm.', micro='Diffuse sheets of monotonous medium-sized lymphoid cells with a "starry sky" pattern, high mitotic rate. CD20+, CD10+, BCL2-, Ki67 ~100%.',
         dx='Burkitt lymphoma.', clin='Rapidly growing jaw swelling in a child'),
    dict(spec='Oesophageal biopsies (endoscopic)', gross='Five grey-tan fragments, largest 3 mm.', micro='Fragments of squamous mucosa infiltrated by nests of atypical keratinising squamous cells with stromal invasion.',
         dx='Invasive squamous cell carcinoma of the oesophagus, moderately differentiated.', clin='Progressive dysphagia, mass at 30 cm'),
    dict(spec='Uterus with cervix (TAH)', gross='Uterus weighing %d g, multiple well-circumscribed whorled white nodules, largest %d mm.' % (ri(300, 900), ri(40, 90)), micro='Interlacing fascicles of bland smooth muscle cells, no atypia, mitoses < 5/10 HPF, no necrosis. Proliferative endometrium. Chronic cervicitis.',
         dx='Uterine leiomyomata. No malignancy.', clin='Uterine fibroids, menorrhagia'),
    dict(spec='Products of conception (ERPC)', gross='Blood clot and spongy tissue 15 g.', micro='Chorionic villi and decidua. No molar change.', dx='Products of conception. No evidence of gestational trophoblastic disease.', clin='Incomplete abortion'),
    dict(spec='Prostate core biopsies (x8)', gross='Eight cores, 8-16 mm.', micro='Infiltrating small crowded glands with prominent nucleoli in %d of 8 cores, Gleason pattern %d+%d.' % (ri(3, 8), pk([3, 4]), pk([3, 4])), dx='Prostatic adenocarcinoma (acinar), Gleason score 7, Grade Group 2-3.', clin='Raised PSA, hard nodular prostate'),
    dict(spec='Gastric biopsy (antrum)', gross='Four fragments 2-4 mm.', micro='Infiltrating poorly cohesive malignant cells with signet ring morphology in the lamina propria.', dx='Poorly cohesive (signet ring cell) gastric carcinoma.', clin='Epigastric mass, weight loss'),
]


def t_pathology_report():
    c = Ctx()
    cs, p = c.cs, c.p
    ph = cs.get('path') if cs.get('path') and mb(0.6) else pk(paths_extra())
    d = c.adm + datetime.timedelta(days=ri(1, 4))
    rep = d + datetime.timedelta(days=ri(5, 30))
    pno = pk(['H%d/%s' % (ri(1, 3999), str(c.year)[2:]), 'S%s-%d' % (str(c.year)[2:], ri(1, 9999)), 'HP %d/%d' % (ri(1, 2999), c.year), 'HISTO-%s' % digits(5)])
    path = staff(c.co, 'cons')[0] + ', ' + pk(['Consultant Pathologist', 'Pathologist', 'MBChB, MMed (Path)', 'Anatomical Pathologist'])
    lay = ri(0, 6)
    if lay == 0:
        return J(letterhead(c, pk([0, 1, 4])), pk(['HISTOPATHOLOGY REPORT', 'DEPARTMENT OF PATHOLOGY - HISTOLOGY', 'SURGICAL PATHOLOGY REPORT', 'ANATOMICAL PATHOLOGY']), '',
                 KV('Lab No', pno) + '    ' + KV('Date received', fd(d)), KV('Name', p['name']) + '    ' + KV('Age', p['age_s']) + '    ' + KV('Sex', p['sex']), KV('Hospital No', c.ipno) + '    ' + KV('Ward', c.ward),
                 KV('Clinician', staff(c.co)[0]), KV('Specimen', ph['spec']), KV('Clinical summary', ph['clin']), '', H('Macroscopy'), ph['gross'], '', H('Microscopy'), ph['micro'], ('Immunohistochemistry: ' + ph['ihc']) if ph.get('ihc') else '', '',
                 H('Diagnosis'), ph['dx'].upper() if mb(0.4) else ph['dx'], '', path, KV('Date reported', fd(rep)))
    if lay == 1:
        return J(pk(['HISTOLOGY', 'Histopathology result', 'PATHOLOGY']), '%s | %s | %s %s | %s' % (pno, p['name'], p['age_s'], p['sex'], c.fac['abbr']), 'Spec: ' + ph['spec'], 'Clinical: ' + ph['clin'], 'Gross: ' + ph['gross'],
                 'Micro: ' + ph['micro'], 'DIAGNOSIS: ' + ph['dx'], path.split(',')[0] + '  ' + fd(rep))
    if lay == 2:
        site = pk(['Right cervical lymph node', 'Left breast lump', 'Thyroid nodule', 'Submandibular mass', 'Left axillary node', 'Parotid swelling'])
        res = pk([('Cellular smears with epithelioid cell clusters, multinucleated giant cells and caseous necrotic background.', 'Granulomatous lymphadenitis, suggestive of tuberculosis. ZN for AFB recommended.'),
                  ('Cohesive sheets of benign ductal cells with bare bipolar nuclei and stromal fragments.', 'Benign - consistent with fibroadenoma (C2).'),
                  ('Abundant thin colloid with scattered benign follicular cells and macrophages.', 'Benign colloid nodule (Bethesda II).'),
                  ('Highly cellular smears of discohesive pleomorphic malignant cells with prominent nucleoli.', 'Malignant cells present (C5) - carcinoma. Histology advised.'),
                  ('Monotonous population of atypical lymphoid cells with tingible body macrophages.', 'Suspicious for high-grade lymphoma. Excision biopsy for histology and IHC.')])
        return J(c.fac['name'], pk(['CYTOLOGY REPORT - FNAC', 'FINE NEEDLE ASPIRATION CYTOLOGY', 'CYTOPATHOLOGY']), '', KV('Cyto No', 'C' + pno[1:]), KV('Name', p['name']) + '  ' + KV('Age/Sex', '%s/%s' % (p['age_s'], p['sex'])),
                 KV('Site', site), KV('Procedure', 'FNA with 23G needle, %d passes; slides air-dried and fixed' % ri(2, 4)), '', KV('Microscopy', res[0]), '', KV('Conclusion', res[1]), '', path)
    if lay == 3:
        cat = pk(['Negative for intraepithelial lesion or malignancy (NILM)', 'LSIL (low-grade squamous intraepithelial lesion)', 'HSIL (high-grade squamous intraepithelial lesion)', 'ASC-US', 'Squamous cell carcinoma'])
        return J(pk(['CERVICAL CYTOLOGY (PAP SMEAR) REPORT', 'PAP SMEAR', 'GYNAECOLOGICAL CYTOLOGY']), c.fac['name'], KV('Name', p['name'] if p['sex'] == 'F' else person_name(c.co, 'F')), KV('Age', fmt_age(ri(25, 60))), KV('LMP', fd(d - datetime.timedelta(days=ri(5, 30)))),
                 KV('HIV status', pk(['Negative', 'Positive', 'Unknown'])), KV('Specimen adequacy', pk(['Satisfactory for evaluation; transformation zone component present', 'Satisfactory', 'Satisfactory but limited by obscuring inflammation'])),
                 KV('General categorisation', 'Epithelial cell abnormality' if 'NILM' not in cat else 'NILM'), KV('Interpretation (Bethesda 2014)', cat), KV('Organisms', pk(['None', 'Trichomonas vaginalis', 'Candida spp.', 'Shift in flora suggestive of bacterial vaginosis'])),
                 KV('Recommendation', pk(['Repeat in 3 years', 'Colposcopy and biopsy', 'Treat infection and repeat', 'VIA/ LEEP'])), '', 'Screened by: %s   Reported by: %s' % (clin_name(c.co, 'plain'), path.split(',')[0]))
    if lay == 4:
        return J(pk(['BONE MARROW REPORT', 'HAEMATOLOGY - BONE MARROW ASPIRATE & TREPHINE', 'Bone marrow examination']), c.pt_line(1), 'Clinical: ' + pk(['Pancytopenia', 'Splenomegaly, anaemia', 'Suspected leukaemia']),
                 'Peripheral blood: Hb %.1f, WBC %.1f, Plt %d; %s' % (rf(4, 9), rf(1.2, 80), ri(8, 120), pk(['blasts 64%', 'pancytopenia, no blasts', 'leucoerythroblastic picture', 'tear drop cells'])),
                 'Aspirate: ' + pk(['Hypercellular, sheets of blasts (%d%%) with high N:C ratio, fine chromatin, nucleoli; Auer rods absent. MPO negative.' % ri(40, 90), 'Hypocellular particles, fatty, reduced trilineage haematopoiesis.', 'Hypercellular, marked myeloid hyperplasia with all stages of maturation; basophilia.']),
                 'Trephine: ' + pk(['Core %d mm, cellularity %d%%.' % (ri(10, 22), ri(5, 95)), 'Inadequate core (crushed).']), 'Iron stores: ' + pk(['Absent', 'Adequate', 'Increased']),
                 'Conclusion: ' + pk(['Acute lymphoblastic leukaemia - for flow cytometry', 'Aplastic anaemia (severe)', 'Chronic myeloid leukaemia (chronic phase) - BCR-ABL requested', 'Marrow infiltrated by lymphoma']), '', path)
    if lay == 5:
        cause = pk([('Cryptococcal meningitis', 'Advanced HIV disease'), ('Massive pulmonary thromboembolism', 'Deep venous thrombosis, post-operative'), ('Haemorrhagic stroke', 'Hypertension'), ('Haemorrhagic shock', 'Ruptured spleen, blunt abdominal trauma')])
        return J(pk(['POST-MORTEM EXAMINATION REPORT', 'AUTOPSY REPORT', 'REPORT ON POSTMORTEM']), c.fac['name'] + ' Mortuary', KV('PM No', 'PM/%d/%s' % (ri(1, 600), str(c.year)[2:])), KV('Deceased', p['name']), KV('Age', p['age_s']) + ' ' + KV('Sex', p['sex']),
                 KV('Date/time of PM', '%s %s' % (fd(d), ft())), KV('Identified by', '%s (%s)' % (c.nok, c.nok_rel.lower())), KV('Police OB No', '%d/%d/%d' % (ri(1, 60), d.month, d.year)) if mb() else '', '',
                 H('External examination'), pk(['Body of a %s adult, rigor mortis present, no external injuries.' % pk(['thin', 'well-nourished']), 'Multiple abrasions on the face and limbs.', 'Pallor; surgical wound on the abdomen.']),
                 H('Internal examination'), pk(['Brain: oedematous with gelatinous exudate over the base.', 'Lungs: heavy, congested; saddle embolus at bifurcation of pulmonary trunk.', 'Brain: 5 cm haematoma in the left basal ganglia with ventricular extension.', 'Abdomen: 2.5 L of blood, splenic laceration at hilum.']),
                 H('Cause of death'), 'Ia. %s\nIb. %s' % cause, '', path)
    return J(pk(['ADDENDUM REPORT', 'SUPPLEMENTARY REPORT - IMMUNOHISTOCHEMISTRY', 'REVISED REPORT']), 'Ref: %s   %s   %s' % (pno, p['name'], fd(rep)), 'Original diagnosis: ' + ph['dx'],
             'IHC panel: ' + (ph.get('ihc') or pk(['CD45+, CD20+, CD3-, Ki67 90%', 'CK7+, CK20-, TTF-1-', 'ER positive (90%, strong), PR positive (40%), HER2 1+', 'Desmin+, SMA+, S100-'])),
             'Final diagnosis: ' + ph['dx'], 'Comment: ' + pk(['Discussed at the tumour board.', 'Block sent to %s for confirmation.' % pk(['national referral lab', 'university lab']), 'Correlate clinically.']), path)


def t_medication_list():
    c = Ctx()
    cs, p = c.cs, c.p
    lay = ri(0, 6)
    tx = cs['tx']
    if lay == 0:
        rows = []
        for m in tx:
            rows.append('%-42s %-6s %-7s %s   %s' % ((FORMS.get(m[0], m[0]) + ' ' + m[1] + ' ' + m[2])[:42], m[3], FREQ[m[4]][0], fd(c.adm, 6), '  '.join(pk(['v', '/', 'x', 'V', '-', 'v']) for _ in range(ri(3, 6)))))
        return J(pk(['TREATMENT SHEET', 'DRUG CHART / TREATMENT SHEET', 'MEDICATION ADMINISTRATION RECORD', 'TREATMENT CHART']), c.pt_line(2), KV('Allergies', pk(['NKDA', 'None', 'Sulfa', 'Nil known'])), KV('Diagnosis', c.dx(True)), '',
                 '%-42s %-6s %-7s %s   %s' % ('DRUG / DOSE', 'ROUTE', 'FREQ', 'START', 'ADMINISTRATION (initials)'), '-' * 90, '\n'.join(rows), '', 'Prescriber: ' + staff(c.co)[0] + '    Pharmacist check: ' + blank())
    if lay == 1:
        home = pks(['Tab Amlodipine 5mg OD', 'Tab Metformin 500mg BD', 'Tab Nifedipine 20mg BD', 'Herbal mixture (unknown)', 'Tab HCTZ 25mg OD', 'TDF/3TC/EFV 1 tab nocte', 'Tab Cotrimoxazole 960mg OD', 'Tab Paracetamol PRN', 'Tab Glibenclamide 5mg OD', 'None'], ri(1, 4))
        return J(pk(['MEDICATION RECONCILIATION FORM', 'ADMISSION MEDICATION RECONCILIATION', 'Medicine reconciliation (Pharmacy)']), c.fac['name'] + ' - Pharmacy Department', c.pt_line(0), KV('Source of information', pk(['Patient', 'Relative', 'Referral note', 'Patient + drugs brought'])), '',
                 'A. MEDICINES BEFORE ADMISSION', '\n'.join('  %-36s  Action: %s' % (h, pk(['Continue', 'Stop', 'Withhold', 'Change'])) for h in home), '', 'B. MEDICINES STARTED IN HOSPITAL', '\n'.join('  ' + m for m in c.meds('tx')), '',
                 'C. DISCREPANCIES/ COMMENTS', '  ' + pk(['None identified', 'Duplicate antihypertensive - clarified with MO', 'Dose adjusted for renal function', 'Interaction: rifampicin with %s - reviewed' % pk(['nevirapine', 'warfarin', 'DTG (double dose)'])]),
                 '', 'Pharmacist: %s   Date: %s' % (clin_name(c.co, 'plain') + ' (' + pk(['PT', 'Pharm Tech', 'BPharm']) + ')', fd(c.adm + datetime.timedelta(days=1))))
    if lay == 2:
        reg = art_regimen(c.year, p['age'] < 10)
        return J(pk(['ART / OI MEDICATION HISTORY', 'CURRENT MEDICATIONS - CCC', 'HIV CARE - DRUG SUMMARY']), KV('CCC No', '%s-%s' % (digits(5), digits(5))) + '   ' + KV('Name', p['name']), '',
                 'Regimen history:', '  %s  %s  (start)' % (fd(c.adm - datetime.timedelta(days=ri(700, 2500))), pk(['AZT/3TC/NVP', 'd4T/3TC/NVP', 'TDF/3TC/EFV'])),
                 '  %s  %s  (%s)' % (fd(c.adm - datetime.timedelta(days=ri(30, 600))), reg, pk(['toxicity', 'transition to DTG', 'treatment failure', 'drug stock-out'])), '', 'Current:', BL(['%s 1 tab OD' % reg, 'Cotrimoxazole 960 mg OD', pk(['Isoniazid 300 mg OD (IPT) + Pyridoxine', 'Fluconazole 200 mg OD', 'Multivitamin'])]),
                 KV('Adherence', pk(['Good (>95%)', 'Fair', 'Poor - missed 6 doses'])), KV('Last VL', hiv_vl(mb())), c.sign(pk(['co', 'mo', 'nurse']), 5))
    if lay == 3:
        return J(pk(['DISCHARGE MEDICATIONS', 'Medicines to take home (TTO)', 'TTO LIST']), c.pt_line(3), '', '\n'.join('%d. %s' % (i, m) + ('  - %s' % pk(['with food', 'after meals', 'at night', 'in the morning', ''])) for i, m in enumerate(c.meds('dmeds'), 1)),
                 '', 'Counselled by pharmacist: %s' % pk(['Yes', 'Yes - patient and relative', 'Yes']), 'Dispensed: %s' % fd(c.dis))
    if lay == 4:
        return J(pk(['MY MEDICINES CARD', 'PATIENT MEDICATION CARD', 'Personal medicine record']), 'Keep this card and show it at every visit', KV('Name', p['name']), KV('Clinic', pk(['MOPC', 'Diabetes clinic', 'Hypertension clinic', 'CCC', 'Cardiac clinic'])), '',
                 'Medicine | Strength | How to take | Start date', '\n'.join('%s | %s | %s | %s' % (m[1], m[2], pk(FREQ[m[4]][1:]), fd(c.dis)) for m in cs['dmeds']), '', 'Allergies: ' + pk(['None', 'None known', 'Penicillin']))
    if lay == 5:
        return J('Active Medications', 'Printed %s by %s' % (fd(c.dis, 5), pk(['pharmacy', 'nurse_station', 'records'])), 'Patient: %s   MRN: %s' % (p['name'], c.ipno), '-' * 60,
                 '\n'.join('[%s] %s   (ordered %s by %s)' % (pk(['ACTIVE', 'ACTIVE', 'STOPPED', 'ON HOLD']), m, fd(c.adm, 5), staff(c.co)[0]) for m in c.meds('tx', 'word')), '-' * 60, '%d items' % len(tx))
    return J('KARDEX - %s' % c.ward.upper(), 'Bed %d  %s  %s' % (c.bed, p['name'], c.dx(True)), '\n'.join('%s: %s' % (fd(c.adm + datetime.timedelta(days=k)), '; '.join(c.meds('tx', 'terse')[:3])) for k in range(ri(2, 4))), 'Nurse i/c: ' + clin_name(c.co, 'nurse'))


def t_prescription():
    c = Ctx()
    cs, p = c.cs, c.p
    lay = ri(0, 6)
    d = c.dis if mb() else c.opd
    meds = cs['dmeds'] if mb(0.7) else cs['tx'][:3]
    if lay == 0:
        return J(letterhead(c, pk([1, 4, 5])), pk(['PRESCRIPTION', 'Rx', 'OUTPATIENT PRESCRIPTION', 'PRESCRIPTION FORM']), KV('Name', p['name']) + '   ' + KV('Age', p['age_s']) + '   ' + KV('Sex', p['sex']), KV('OP No', c.opno) + '   ' + KV('Date', fd(d)),
                 KV('Diagnosis', c.dx(True)), '', 'Rx', '\n'.join('%d. %s' % (i, fmt_med(m)) for i, m in enumerate(meds, 1)), '', c.sign(None, pk([0, 3, 6])))
    if lay == 1:
        cur = COUNTRIES[c.co]['cur']
        rows = ['%-40s %5s  %s %s' % (fmt_med(m, 'terse')[:40], ri(1, 60), cur, format(ri(2, 80) * 10 * (100 if c.co != 'KE' else 1), ',')) for m in meds]
        return J(c.fac['name'].upper(), pk(['HOSPITAL PRESCRIPTION & DISPENSING FORM', 'PHARMACY - PRESCRIPTION', 'MOH 314 PRESCRIPTION']), KV('Name', p['name']) + '  ' + KV('IP/OP', c.opno), KV('Payment', pk(['Cash', 'NHIF', 'Waiver', 'Exempted (under 5)', 'Insurance'])), '',
                 '%-40s %5s  %s' % ('Drug', 'Qty', 'Cost'), '\n'.join(rows), '', KV('Prescriber', staff(c.co)[0]) + '   ' + KV('Dispensed by', clin_name(c.co, 'plain')) + '   ' + KV('Date', fd(d)))
    if lay == 2:
        return J(pk(['CONTROLLED DRUGS PRESCRIPTION', 'PRESCRIPTION FOR DANGEROUS DRUGS', 'Narcotic prescription (Palliative care)']), c.fac['name'], KV('Patient', p['name']) + '   ' + KV('Age', p['age_s']), KV('Address', c.village),
                 KV('Drug', pk(['Oral morphine solution 5mg/5ml', 'Morphine sulphate tablets 10 mg', 'Inj. Pethidine 100 mg', 'Morphine 10mg/5ml oral solution'])), KV('Dose', '%d mg every 4 hours and double dose at night' % pk([5, 10])),
                 KV('Total quantity (words)', pk(['Two hundred and fifty millilitres', 'Thirty tablets', 'Five hundred mls'])), KV('Duration', '%d days' % pk([7, 14])), KV('Indication', pk(['Cancer pain', 'Severe pain - ' + c.dx(True)])), '', c.sign('cons', 1))
    if lay == 3:
        return J(fd(d), 'Rx:', '\n'.join('  %s' % fmt_med(m, 'abbr') for m in meds), '', pk(['Sgd ', '- ', '']) + staff(c.co)[0])
    if lay == 4:
        return J('ePrescription #%s' % digits(8), 'Facility: %s' % c.fac['name'], 'Patient: %s | %s | %s | MRN %s' % (p['name'], p['sex'], p['age_s'], c.opno), 'Encounter: %s' % fd(d, 5), '',
                 '\n'.join('%d) %s\n   Sig: %s   Qty: %d   Refills: %d' % (i, m[1] + ' ' + m[2], fmt_med(m, 'word'), ri(5, 90), ri(0, 2)) for i, m in enumerate(meds, 1)), '', 'Prescriber: %s (%s Reg %s)' % (staff(c.co)[0], COUNTRIES[c.co]['council'], digits(5)))
    if lay == 5:
        return J(c.fac['name'], pk(['CHRONIC CARE CLINIC - REFILL', 'REPEAT PRESCRIPTION', 'NCD CLINIC PRESCRIPTION']), KV('Name', p['name']), KV('Clinic No', c.opno), KV('Diagnosis', pk(['HTN', 'T2DM', 'HTN + DM', 'Epilepsy', 'Asthma'])), '',
                 BL(pks(['Tab Amlodipine 10mg OD x 90/7', 'Tab Losartan 50mg OD x 90/7', 'Tab Metformin 1g BD x 90/7', 'Tab Glibenclamide 5mg OD x 90/7', 'Tab Atorvastatin 20mg nocte x 90/7', 'Tab Carbamazepine 200mg BD x 3/12', 'Salbutamol inhaler 2 puffs PRN', 'Tab HCTZ 25mg OD x 3/12'], ri(2, 4)), True),
                 KV('Next refill', fd(d + datetime.timedelta(days=90))), c.sign(pk(['co', 'mo']), 5))
    return J(pk(['PAEDIATRIC PRESCRIPTION', 'Rx (Child)', 'POPC Prescription']), KV('Name', p['name']) + '  ' + KV('Age', p['age_s']) + '  ' + KV('Wt', '%.1f kg' % p['wt']), '',
             '\n'.join('%s   (%s)' % (fmt_med(m), pk(['mg/kg', 'wt-based', 'per ETAT chart', ''])) for m in meds), KV('Date', fd(d)), staff(c.co, pk(['co', 'mo']))[0])


def t_anesthesia_record():
    c = Ctx(need=['op'])
    cs, p = c.cs, c.p
    op = cs['op'] if isinstance(cs.get('op'), dict) else op_cs(p, c.dx(True))
    d = c.adm + datetime.timedelta(days=ri(0, 2))
    an = staff(c.co, pk(['mo', 'reg']))[0] + pk([' (Anaesthetist)', ' - KRA/ Anaesthetic CO', ' (AMO Anaes)', ''])
    asa = pk(['I', 'II', 'IIE', 'IIIE', 'IE'])
    spinal = 'pinal' in op['anaes']
    drugs = (['Bupivacaine 0.5%% heavy %.1f ml at L3/4, 25G Quincke' % rf(2.0, 3.0), 'Ephedrine %d mg IV' % pk([6, 10, 15]), 'Fentanyl 25 mcg intrathecal'] if spinal else
             ['Propofol %d mg' % ri(100, 180) if mb() else 'Ketamine %d mg' % ri(80, 150), 'Suxamethonium %d mg' % ri(75, 125), 'Atracurium %d mg' % ri(25, 40), 'Halothane 1-2%' if mb() else 'Isoflurane 1-1.5%', 'Fentanyl %d mcg' % pk([50, 100]), 'Neostigmine 2.5 mg + Atropine 1.2 mg (reversal)'])
    lay = ri(0, 6)
    t0 = ri(8, 20)
    grid = []
    for k in range(ri(5, 9)):
        grid.append('%s   %3d/%-3d   %3d   %3d%%   %s' % (ft(t0 + (k * 15) // 60, (k * 15) % 60, 1), ri(95, 140) - (15 if spinal and k in (1, 2) else 0), ri(55, 85), ri(70, 115), ri(95, 100), pk(['', '', 'incision', 'delivery', 'fluids', 'EtCO2 %d' % ri(32, 40)])))
    if lay == 0:
        return J(c.fac['name'].upper(), pk(['ANAESTHETIC RECORD', 'ANAESTHESIA RECORD CHART', 'THEATRE ANAESTHETIC CHART']), c.pt_line(0), KV('Date', fd(d)) + '  ' + KV('Wt', '%.0f kg' % p['wt']) + '  ' + KV('ASA', asa) + '  ' + KV('Fasted', pk(['Yes', '6 hrs', 'No - emergency'])),
                 KV('Procedure', op['name']), KV('Surgeon', staff(c.co, 'reg')[0]) + '  ' + KV('Anaesthetist', an), KV('Technique', op['anaes']), KV('Airway', 'N/A (regional)' if spinal else pk(['ETT size %.1f cuffed, Grade %s view' % (rf(6.5, 8.0) if p['age'] > 14 else 4.5, pk(['I', 'II'])), 'LMA size %d' % pk([3, 4]), 'Face mask'])),
                 '', 'Drugs:', BL(drugs), '', 'Time      BP         HR    SpO2   Remarks', '\n'.join(grid), '', KV('IV fluids', '%s %d ml' % (pk(["RL", "NS", "Hartmann's"]), ri(500, 2500))), KV('Blood', pk(['Nil', '1 unit WB'])), KV('EBL', '%d ml' % op['ebl']),
                 KV('Urine output', '%d ml' % ri(50, 400)), KV('Complications', pk(['None', 'Hypotension - treated with ephedrine', 'None'])), KV('Handed over to recovery at', ft()))
    if lay == 1:
        return J(pk(['PRE-ANAESTHETIC ASSESSMENT', 'PRE-OPERATIVE ANAESTHETIC EVALUATION', 'Pre-anaesthesia check']), c.pt_line(1), KV('Proposed surgery', op['name']), KV('Diagnosis', c.dx(True)), '',
                 KV('Past anaesthetic history', pk(['None', 'Spinal 2015, uneventful', 'GA for C/S, uneventful'])), KV('Medical history', cs['pmh']), KV('Allergies', pk(['NKDA', 'None'])), KV('Last meal', ft()),
                 KV('Airway', 'Mallampati %s, TMD > 6 cm, mouth opening > 3 FB, %s' % (pk(['I', 'II', 'III']), pk(['no loose teeth', 'loose upper incisor', 'dentures removed']))), KV('CVS/RS', c.vit(3)),
                 KV('Investigations', labs_inline(c, 4)), KV('ASA class', asa), KV('Plan', op['anaes'] + '; ' + pk(['crossmatch 2 units', 'premed: nil', 'aspiration prophylaxis: ranitidine + metoclopramide', 'consent explained'])), '', an)
    if lay == 2:
        return J('SPINAL ANAESTHESIA RECORD' if spinal else 'GENERAL ANAESTHESIA RECORD', '%s  %s' % (p['name'], c.ipno), fd(d), 'Preload: %s %d ml' % (pk(['RL', 'NS']), ri(500, 1000)), 'Position: %s' % pk(['sitting', 'left lateral']),
                 'Level: L%d/L%d, needle %dG %s, CSF clear' % (pk([3, 4]), pk([4, 5]), pk([25, 26, 27]), pk(['Quincke', 'pencil point'])) if spinal else 'Induction: ' + drugs[0] + ', RSI with cricoid pressure', 'Drugs: ' + '; '.join(drugs),
                 'Block height: T%d' % ri(4, 6) if spinal else 'Maintenance: ' + drugs[3], 'Vitals:', '\n'.join(grid), 'Outcome: %s' % pk(['Uneventful', 'Hypotension at 5 min treated', 'Shivering']), an)
    if lay == 3:
        al = [ri(1, 2) for _ in range(5)]
        return J(pk(['RECOVERY ROOM (PACU) RECORD', 'POST-ANAESTHESIA CARE', 'Recovery chart']), c.pt_line(5), KV('Procedure', op['short']), KV('Anaesthesia', op['anaes']), KV('Time in', ft(t0 + 2, 0)), '',
                 'Time    BP       HR   SpO2  RR  Pain  Sedation', '\n'.join('%s  %d/%d  %d   %d%%  %d   %d/10  %d' % (ft(t0 + 2, k * 15 % 60, 1), ri(100, 135), ri(60, 85), ri(70, 105), ri(95, 100), ri(12, 20), ri(0, 6), ri(0, 2)) for k in range(4)),
                 '', 'Modified Aldrete score at discharge: %d/10 (activity %d, resp %d, circ %d, consc %d, SpO2 %d)' % (sum(al), *al), KV('Discharged to', c.ward) + '  ' + KV('Time out', ft(t0 + 3, 0)), 'Recovery nurse: ' + clin_name(c.co, 'nurse'))
    if lay == 4:
        return JJ('Anaesthesia note - %s' % fd(d), '%s, %s, ASA %s, for %s. %s. %s.' % (p['name'], p['age_s'], asa, op['short'], op['anaes'], '; '.join(drugs[:3])),
                  'Intra-op: haemodynamically %s. EBL %d ml. Fluids %d ml.' % (pk(['stable', 'stable after ephedrine', 'stable']), op['ebl'], ri(800, 2500)), 'Extubated awake, to recovery.' if not spinal else 'Block adequate, to recovery.', an)
    if lay == 5:
        return J('Anaesthesia Summary', 'Case #: %s   Room: %s' % (digits(5), pk(['Main Theatre 1', 'Theatre 2', 'Maternity Theatre', 'Minor Theatre'])), 'Patient: %s  MRN %s  Wt %.0f kg' % (p['name'], c.ipno, p['wt']),
                 'Procedure: %s' % op['name'], 'ASA: %s   Technique: %s' % (asa, op['anaes']), 'Anaesthesia start %s  end %s' % (ft(t0, 0, 1), ft(t0 + 1 + op['dur'] // 60, 15, 1)), 'Medications administered:', '\n'.join('  - ' + x for x in drugs),
                 'Monitoring: ECG, NIBP, SpO2%s' % (', EtCO2' if not spinal else ''), 'Events: none', 'Disposition: PACU', an)
    return J(pk(['KETAMINE ANAESTHESIA RECORD', 'SHORT CASE ANAESTHESIA', 'Minor theatre anaesthesia']), KV('Name', p['name']), KV('Age/Wt', '%s / %.0f kg' % (p['age_s'], p['wt'])), KV('Procedure', op['short']),
             KV('Drugs', 'Atropine %.1f mg, Diazepam %.0f mg, Ketamine %d mg IV' % (rf(0.3, 0.6), rf(2, 5), int(p['wt'] * 2))), KV('Airway', 'Spontaneous breathing, O2 by mask'), KV('Duration', '%d min' % ri(15, 40)), KV('Recovery', 'Emergence phenomena: %s' % pk(['nil', 'mild agitation'])), an)


def t_correspondence():
    c = Ctx()
    cs, p = c.cs, c.p
    d = c.dis + datetime.timedelta(days=ri(1, 60))
    lay = ri(0, 6)
    dr = staff(c.co, pk(['cons', 'reg']))
    if lay == 0:
        return JJ(letterhead(c, pk([0, 1, 3])), 'Our Ref: %s/%s/%d' % (c.fac['abbr'], pk(['MED', 'SUR', 'ADM', 'CL']), ri(1, 999)), fd(d, 4), '%s\n%s\n%s' % (p['name'], 'P.O. Box %d' % ri(10, 999), c.village),
                  'Dear %s %s,' % (p['mr'], p['name'].split()[-1].title()), 'RE: %s' % pk(['APPOINTMENT FOR REVIEW', 'YOUR TEST RESULTS', 'SCHEDULED SURGERY', 'HISTOLOGY RESULTS']),
                  pk(['This is to inform you that your appointment at the %s has been scheduled for %s at 8.00 am. Please come with your clinic card, this letter and any previous results.' % (pk(['Medical Outpatient Clinic', 'Surgical Outpatient Clinic', 'Oncology Clinic']), fd(d + datetime.timedelta(days=14), 4)),
                      'Your results are now available. Kindly come to the clinic to discuss them with the doctor. Do not be worried; this is routine.',
                      'You have been booked for %s on %s. Please report to the ward a day before and do not eat from midnight.' % (cs['op']['short'] if cs.get('op') else 'a procedure', fd(d + datetime.timedelta(days=21), 4))]),
                  'If you cannot attend, please call %s.' % c.fac['tel'], 'Yours faithfully,', dr[0] + '\nFor: MEDICAL SUPERINTENDENT')
    if lay == 1:
        return JJ(letterhead(c, 2), fd(d, 4), 'Dr. %s\n%s\n%s' % (staff(c.co)[0].split()[-1], pk(['Medical Officer in charge', 'Clinical Officer', 'MOH']), c.lower), 'Dear Colleague,',
                  'RE: %s - %s, %s' % (p['name'].upper(), p['age_s'], c.opno),
                  'Thank you for referring the above-named patient whom we reviewed in our clinic on %s. %s was admitted and managed for %s.' % (fd(c.opd), p['He'], cs['dx']),
                  para(cs['course']) + ' %s was discharged on %s.' % (p['He'], ', '.join(c.meds('dmeds', 'terse'))),
                  'We would be grateful if you could continue %s care at your facility. We shall review %s in our clinic in %s.' % (p['his'], p['him'], pk(['3 months', '6 weeks', '2 months'])), 'Kind regards,', '%s\n%s' % dr)
    if lay == 2:
        days = ri(3, 30)
        return JJ(letterhead(c, pk([0, 4])), fd(d), 'TO WHOM IT MAY CONCERN', 'RE: %s - %s' % (p['name'].upper(), pk(['SICK LEAVE', 'MEDICAL CERTIFICATE', 'EXCUSE FROM DUTY', 'LIGHT DUTIES'])),
                  'This is to certify that the above named was admitted at this hospital from %s to %s %s.' % (fd(c.adm), fd(c.dis), pk(['with a medical condition', 'and underwent surgery', 'for treatment'])),
                  '%s is recommended %d days %s from %s.' % (p['He'], days, pk(['sick off', 'rest at home', 'light duties', 'off school']), fd(c.dis)), 'Kindly accord %s the necessary assistance.' % p['him'], c.sign(None, 1), '[OFFICIAL STAMP]')
    if lay == 3:
        return J(pk(['INTERNAL MEMO', 'MEMO', 'INTERNAL MEMORANDUM']), KV('TO', pk(['HOD Laboratory', 'Nursing Officer i/c %s' % c.ward, 'Health Records Officer', 'HOD Pharmacy', 'Medical Superintendent'])), KV('FROM', '%s, %s' % (dr[0], cs['spec'])),
                 KV('DATE', fd(d)), KV('REF', pk(['Delayed results', 'Missing file', 'Drug stock-out', 'Patient complaint', 'Waiver request'])), '', pk([
                     'Results for %s (%s) requested on %s have not been received. Kindly expedite as the patient is awaiting discharge.' % (p['name'], c.ipno, fd(c.adm)),
                     'The file for %s (%s) could not be traced for the clinic visit. Kindly assist to retrieve.' % (p['name'], c.opno),
                     'We have run out of %s in the ward. Kindly advise on alternatives.' % pk(cs['tx'])[1],
                     'Kindly consider waiver of the hospital bill for %s (%s) who has been cleared for discharge but is unable to pay. Social worker report attached.' % (p['name'], c.ipno)]), '', dr[0])
    if lay == 4:
        return J('From: %s <%s>' % (dr[0], pk(['dr', 'cons', 'reg']) + digits(2) + '@' + pk(['gmail.com', 'yahoo.com', c.fac['email'].split('@')[-1]])), 'Sent: %s %s' % (fd(d, 3), ft(style=2)), 'To: %s' % staff(c.co)[0], 'Subject: RE: %s' % pk(['patient update', p['name'], 'histology results', 'bed availability']), '',
                 'Hi %s,' % staff(c.co)[0].split()[-1], '', 'Just to update you on %s, the patient you sent us. %s %s' % (p['name'], para(cs['course'][:2]), pk(['Will keep you posted.', 'Happy to discuss further.', 'Results attached.'])), '', 'Regards,', dr[0], '', '-----Original Message-----', 'Any update on my patient %s? Thanks.' % p['name'].split()[0])
    if lay == 5:
        return JJ(letterhead(c, 1), fd(d, 4), '%s\n%s' % (c.nok, c.village), 'Dear %s,' % c.nok.split()[0], 'RE: THE LATE %s' % p['name'].upper(),
                  'It is with deep regret that we write to confirm the death of your %s on %s at our hospital. Our deepest condolences to you and your family.' % (pk(['relative', c.nok_rel.lower()]), fd(c.dis, 4)),
                  'Please collect the Certificate of Cause of Death from the Health Records office on presentation of your identity card.', 'Yours sincerely,', dr[0] + '\nMedical Superintendent' if mb() else dr[0])
    return J('%s, %s' % (c.fac['name'], c.fac['box']), fd(d), 'To: %s' % pk(['The Headteacher, %s Primary School' % c.village, 'The Employer', 'The Manager, %s Sacco' % c.village]), '',
             'Re: %s' % p['name'], 'The above-named has been attending our %s and is on long-term medication. %s should be allowed time off to attend monthly clinic and take medication during school/work hours.' % (pk(['clinic', 'chronic care clinic', 'diabetes clinic']), p['He']),
             'Thank you.', dr[0])


def t_consent_form():
    c = Ctx()
    cs, p = c.cs, c.p
    lay = ri(0, 6)
    d = c.adm + datetime.timedelta(days=ri(0, 1))
    proc = cs['op']['name'] if isinstance(cs.get('op'), dict) else ('Caesarean section' if cs.get('op') else pk(['Lumbar puncture', 'Blood transfusion', 'Upper GI endoscopy']))
    minor = p['age'] < 18
    signer = '%s (%s)' % (c.nok, c.nok_rel) if minor or mb(0.2) else p['name']
    b = blank()
    if lay == 0:
        return J(letterhead(c, 0), '', pk(['CONSENT FOR OPERATION', 'CONSENT FORM FOR SURGICAL OPERATION', 'MOH CONSENT FORM', 'PATIENT AGREEMENT TO OPERATION']), '',
                 'I, %s, of %s, hereby consent to undergo / for my %s to undergo the operation of %s the nature and purpose of which has been explained to me by Dr. %s.' % (signer, c.village, 'child' if minor else 'self', proc, staff(c.co)[0].split()[-1]),
                 'I also consent to such further or alternative operative measures as may be found necessary during the course of the operation and to the administration of general, local or other anaesthetic.',
                 'I understand that no assurance has been given that the operation will be performed by a particular surgeon.', '', KV('Signature/Thumbprint of patient/guardian', b), KV('Date', fd(d)), '',
                 'I confirm that I have explained the nature, purpose and risks (%s) of this operation.' % ', '.join(pks(['bleeding', 'infection', 'injury to adjacent organs', 'anaesthetic risks', 'need for blood transfusion', 'death'], 3)),
                 KV('Doctor', staff(c.co)[0]) + '  ' + KV('Sign', b), KV('Witness', clin_name(c.co, 'nurse')) + '  ' + KV('Sign', b), KV('Interpreter (if used)', pk(['N/A', clin_name(c.co, 'plain')])))
    if lay == 1:
        return J(c.fac['name'], 'CONSENT FORM / FOMU YA RIDHAA', '', 'Jina la mgonjwa (Patient name): %s   Umri (Age): %s' % (p['name'], p['age_s']), 'Namba (No): %s' % c.ipno, '',
                 'Mimi %s nimekubali kufanyiwa upasuaji/ utaratibu wa: %s' % (signer, proc), '(I %s agree to undergo the operation/procedure of: %s)' % (signer, proc),
                 'Nimeelezwa faida na hatari za upasuaji huu. (The benefits and risks have been explained to me.)', '', 'Sahihi/ Alama ya kidole (Sign/Thumbprint): %s' % b, 'Tarehe (Date): %s' % fd(d), 'Shahidi (Witness): %s' % clin_name(c.co, 'nurse'), 'Daktari (Doctor): %s' % staff(c.co)[0])
    if lay == 2:
        refuse = mb(0.3)
        return J(pk(['CONSENT FOR BLOOD TRANSFUSION', 'BLOOD TRANSFUSION CONSENT / REFUSAL', 'Informed consent - blood and blood products']), c.pt_line(0), '', 'Indication: %s (Hb %.1f g/dL)' % (c.dx(True), rf(4.5, 7.5)),
                 'Risks explained: transfusion reactions, infections (HIV, hepatitis B/C, syphilis - screened), fluid overload.', 'Alternatives explained: %s' % pk(['iron therapy', 'none suitable', 'observation']), '',
                 ('I REFUSE blood transfusion for %s despite the explanation of the risks to life. I absolve the hospital of any liability.' % ('my child' if minor else 'myself')) if refuse else ('I consent to transfusion of blood/blood products for %s.' % ('my child' if minor else 'myself')),
                 '', KV('Name', signer), KV('Sign', b), KV('Date', fd(d)), KV('Clinician', staff(c.co)[0]), KV('Witness', clin_name(c.co, 'nurse')))
    if lay == 3:
        return J(pk(['HTS CONSENT', 'HIV TESTING SERVICES - CONSENT RECORD', 'PITC consent']), c.fac['name'], KV('Client', p['name'] if not minor else '%s (minor)' % p['name']), KV('Age', p['age_s']), KV('Entry point', pk(['IPD', 'OPD', 'MCH', 'TB clinic'])),
                 'Pre-test counselling done: [x]  Yes', 'Client consents to HIV test: [%s] Yes  [%s] No' % (pk(['x', 'x', ' ']), ' '), 'Consent given by: %s' % ('Self' if not minor else 'Parent/guardian - %s' % c.nok), 'Couple testing: %s' % pk(['No', 'Yes', 'N/A']),
                 KV('Counsellor', clin_name(c.co, 'plain') + ' (HTS provider)'), KV('Date', fd(d)), 'Note: Results confidential as per HIV and AIDS Prevention and Control Act.' if c.co == 'KE' else 'Note: Results are confidential.')
    if lay == 4:
        return J(pk(['ANAESTHESIA CONSENT', 'CONSENT FOR ANAESTHESIA', 'Anaesthetic consent form']), KV('Patient', p['name']) + '  ' + KV('IP', c.ipno), KV('Procedure', proc), KV('Type of anaesthesia', pk(['General', 'Spinal', 'Regional/ local', 'Sedation'])), '',
                 'The anaesthetist has explained: %s.' % ', '.join(pks(['sore throat', 'nausea and vomiting', 'headache after spinal', 'dental damage', 'awareness', 'allergic reaction', 'rare serious complications including death'], 4)),
                 'I have had the opportunity to ask questions.', '', 'Patient/Guardian: %s   Sign: %s   Date: %s' % (signer, b, fd(d)), 'Anaesthetist: %s   Sign: %s' % (staff(c.co)[0], b))
    if lay == 5 and p['sex'] == 'F' and p['age'] > 18:
        return J(pk(['CONSENT FOR BILATERAL TUBAL LIGATION', 'CONSENT FOR PERMANENT FAMILY PLANNING METHOD', 'VOLUNTARY SURGICAL CONTRACEPTION CONSENT']), c.fac['name'], KV('Client', p['name']) + '  ' + KV('Age', p['age_s']) + '  ' + KV('Parity', 'P%d' % ri(3, 7)), '',
                 'I understand that: [x] this method is permanent  [x] other temporary methods are available  [x] I can change my mind before the procedure  [x] there is a small chance of failure.',
                 'I make this decision voluntarily without any pressure or incentive.', '', KV('Client sign/thumb', b), KV('Spouse (optional)', b), KV('Counsellor', clin_name(c.co, 'nurse')), KV('Date', fd(d)))
    return J(pk(['GENERAL CONSENT TO TREATMENT', 'ADMISSION CONSENT', 'CONSENT FOR TREATMENT AND PROCEDURES']), c.fac['name'], '', 'I %s consent to admission, examination, investigations and treatment as deemed necessary by the doctors of %s.' % (signer, c.fac['name']),
             'I agree to abide by the hospital rules and to pay the hospital charges%s.' % pk(['', ' or provide NHIF details', ' as per the cost-sharing guidelines']), '', KV('Name', signer), KV('Relationship', 'Self' if signer == p['name'] else c.nok_rel), KV('ID No', digits(8)), KV('Sign', b), KV('Date', fd(c.adm)))


def t_referral_letter():
    c = Ctx()
    cs, p = c.cs, c.p
    lay = ri(0, 6)
    frm = c.lower
    d = c.adm - datetime.timedelta(days=ri(0, 1))
    ref = staff(c.co, pk(['co', 'mo', 'intern']))
    if lay == 0:
        return J(pk(COUNTRIES[c.co]['gov']), 'MINISTRY OF HEALTH', pk(['REFERRAL FORM', 'INTER-FACILITY REFERRAL FORM', 'PATIENT REFERRAL FORM (MOH 100)', 'REFERRAL NOTE']), '',
                 KV('From (facility)', frm) + '   ' + KV('Date', fd(d)) + '   ' + KV('Time', ft()), KV('To (facility)', c.fac['name']) + '   ' + KV('Department', cs['spec']),
                 KV('Patient name', p['name']) + '   ' + KV('Age', p['age_s']) + '   ' + KV('Sex', p['sex']), KV('Residence', c.village) + '   ' + KV('Tel', c.phone), '',
                 KV('History', c.hpi()), KV('Findings', cs['gen'] + '. ' + c.vit(1)), KV('Investigations done', pk([labs_inline(c, 3), 'None (no reagents)', 'mRDT, Hb'])), KV('Diagnosis', c.dx(True)),
                 KV('Treatment given', ', '.join(c.meds('tx', 'terse')[:2])), KV('Reason for referral', pk(['Further management', 'Specialist care', 'Lack of theatre/ blood', 'Investigations (CT, echo) not available', 'Surgical intervention'])),
                 KV('Escort', pk(['Nurse', 'Relative', 'None'])) + '   ' + KV('Mode of transport', pk(['Ambulance', 'Public means', 'Private vehicle', 'Boda boda'])), '', KV('Referring officer', '%s (%s)' % ref) + '   Sign ' + blank(), '', '-- Counter-referral slip (to be returned) --')
    if lay == 1:
        return JJ(frm.upper() + '\n' + 'P.O. Box %d, %s' % (ri(1, 500), frm.split()[0]), fd(d, 4), 'The %s,\n%s.' % (pk(['Medical Superintendent', 'Physician', 'Surgeon on call', 'Obstetrician/Gynaecologist', 'Paediatrician']), c.fac['name']),
                  'Dear Doctor,', 'RE: REFERRAL OF %s, %s' % (p['name'].upper(), p['age_s'].upper()),
                  'I am referring to you the above named %s who presented to our facility with %s. %s' % ('patient', c.cc_s(3), para(cs['hpi'][:2]).format(**p)),
                  'On examination: %s. %s. %s' % (cs['gen'], c.vit(0), exam_s(c, 3)), 'We have given %s.' % ', '.join(c.meds('tx', 'terse')[:3]),
                  'Impression: %s. Kindly review and manage accordingly.' % c.dx(True), 'Thank you.', 'Yours faithfully,', '%s\n%s' % ref)
    if lay == 2:
        return J('Ref to %s' % pk([c.fac['abbr'], c.fac['name'], cs['spec'] + ' team']), fd(d), '%s %s %s' % (p['name'], p['age_s'], p['sex']), 'Kindly review this pt with %s. ?%s.' % (c.cc_s(3), c.dx(True)),
                 'Given %s.' % pk(c.meds('tx', 'terse')), 'Thanks.', '%s - %s' % (ref[0], frm))
    if lay == 3:
        return JJ(letterhead(c, 0), fd(d, 4), 'The Director/CEO,\n%s\n%s' % (pk(['National Referral Hospital', 'Cancer Treatment Centre', 'Cardiac Centre', 'Neurosurgery Unit, National Hospital']), pk(['Nairobi', 'Kampala', 'Dar es Salaam', 'the capital'])),
                  'Dear Sir/Madam,', 'RE: REFERRAL FOR SPECIALISED CARE - %s (%s)' % (p['name'].upper(), c.ipno), 'We are referring the above patient who has been under our care since %s with a diagnosis of %s.' % (fd(c.adm), cs['dx']),
                  c.hpi(), 'Investigations: ' + labs_inline(c, 5) + ('. ' + img_inline(c) if cs['img'] else '') + '.', 'Current medication: ' + ', '.join(c.meds('dmeds', 'terse')) + '.',
                  'The patient requires %s which is not available at our facility. We kindly request your assistance.' % pk(['radiotherapy', 'cardiac surgery', 'neurosurgical intervention', 'renal replacement therapy/transplant work-up', 'specialised investigations']),
                  'Yours faithfully,', c.sign('cons', 1))
    if lay == 4 and cs['kind'] == 'obs':
        return J(pk(['MATERNAL REFERRAL FORM', 'OBSTETRIC REFERRAL', 'REFERRAL - MATERNITY']), KV('From', frm) + '  ' + KV('To', c.fac['name']), KV('Name', p['name']) + '  ' + KV('Age', p['age_s']) + '  ' + KV('Gravida/Para', 'G%dP%d' % (ri(1, 5), ri(0, 4))),
                 KV('GA', '%d wks' % ri(30, 41)), KV('Reason', c.dx(True)), KV('Partograph', pk(['Crossed action line', 'Attached', 'Not started'])), KV('Membranes', pk(['Intact', 'Ruptured %d hrs ago, liquor clear' % ri(2, 20)])),
                 KV('FHR', '%d bpm' % ri(100, 170)), KV('BP', c.cs['vit']['BP']), KV('Treatment given', ', '.join(c.meds('tx', 'terse')[:2])), KV('IV line', 'Yes'), KV('Catheter', pk(['Yes', 'No'])), KV('Referred by', ref[0]), KV('Time', ft()))
    if lay == 5:
        return J(c.fac['name'], pk(['BACK-REFERRAL', 'COUNTER REFERRAL FORM', 'REFERRAL BACK TO PERIPHERAL FACILITY']), KV('To', frm), KV('Patient', p['name']) + '  ' + KV('Age', p['age_s']), KV('Diagnosis', cs['dx']),
                 KV('Management received', '; '.join(cs['course'])), KV('Please continue', ', '.join(c.meds('dmeds', 'terse'))), KV('Follow-up required', cs['fu']), c.sign(None, 3))
    return J(pk(['CLINIC REFERRAL NOTE', 'Referral to specialist clinic', 'OPD REFERRAL']), KV('To', pk(['Eye clinic', 'ENT clinic', 'Surgical OPC', 'Cardiac clinic', 'Physiotherapy', 'Dental clinic', 'Oncology'])), KV('Name', p['name']) + '  ' + KV('OP', c.opno),
             'Hx: ' + c.cc_s(3), 'O/E: ' + pk(cs['exam']), 'Working dx: ' + c.dx(True), 'Reason: ' + pk(['please review and advise', 'for further evaluation', 'for co-management']), '%s, %s' % ref)


def t_advance_directive():
    c = Ctx(keys=['stroke', 'rhd', 'ckd', 'breast', 'cervix', 'crypto', 'tbhiv', 'bph', 'volvulus', 'pud'])
    cs, p = c.cs, c.p
    if p['age'] < 18:
        p['age'] = ri(40, 80)
        p['age_s'] = fmt_age(p['age'])
    d = c.adm + datetime.timedelta(days=ri(0, c.los))
    b = blank()
    lay = ri(0, 6)
    if lay == 0:
        return J(c.fac['name'], pk(['DO NOT ATTEMPT RESUSCITATION (DNAR) ORDER', 'DNR ORDER FORM', 'NOT FOR RESUSCITATION (NFR) DECISION']), '', c.pt_line(1), '', KV('Diagnosis', cs['dx']),
                 'In the event of cardiac or respiratory arrest, cardiopulmonary resuscitation should NOT be attempted.', KV('Reason', pk(['Advanced malignant disease', 'CPR unlikely to be successful', 'In accordance with patient\'s expressed wishes', 'End-stage organ failure'])),
                 KV('Discussed with patient', pk(['Yes', 'No - lacks capacity'])) + '   ' + KV('Discussed with family', 'Yes - %s (%s)' % (c.nok, c.nok_rel.lower())), 'All other appropriate treatment and comfort care to continue.',
                 '', KV('Senior clinician', staff(c.co, 'cons')[0]) + '  Sign ' + b, KV('Date', fd(d)) + '  ' + KV('Review date', fd(d + datetime.timedelta(days=7))))
    if lay == 1:
        return JJ(pk(['ADVANCE DIRECTIVE (LIVING WILL)', 'MY WISHES FOR CARE', 'Advance Decision']), 'I, %s, of %s, ID No. %s, being of sound mind, make this statement about my future medical care.' % (p['name'], c.village, digits(8)),
                  'If I become unable to make decisions and I am suffering from %s with no reasonable hope of recovery:' % pk(['an incurable illness', cs['dx'].split(' with')[0].lower()]),
                  BL(['I do not wish to be resuscitated (no CPR)', 'I do not wish to be put on a breathing machine', pk(['I wish to receive pain relief even if it shortens my life', 'I wish to receive oral morphine for pain']), 'I wish to die at home among my family if possible', pk(['I would like a pastor/priest to pray with me', 'I would like the Imam to be called'])]),
                  'I appoint %s (%s), Tel %s to speak for me.' % (c.nok, c.nok_rel.lower(), phone_local(c.co)), 'Signed: %s  Date: %s' % (b, fd(d)), 'Witness 1: %s   Witness 2: %s' % (person_name(c.co, 'M'), clin_name(c.co, 'nurse')))
    if lay == 2:
        return J(pk(['PALLIATIVE CARE - ADVANCE CARE PLAN', 'ADVANCE CARE PLANNING RECORD', 'Hospice / Palliative Care Unit']), c.fac['name'], c.pt_line(0), KV('Diagnosis', cs['dx']), KV('Prognosis discussed', pk(['Yes', 'Yes, with patient and daughter', 'Partially'])), '',
                 'Goals of care: ' + pk(['comfort and symptom control', 'continue disease-directed therapy while possible', 'to be at home']), 'Preferred place of care: ' + pk(['Home', 'Hospital', 'Hospice']), 'Preferred place of death: ' + pk(['Home', 'Home (%s)' % c.village, 'No preference']),
                 'Resuscitation: ' + pk(['Not for CPR', 'For full resuscitation', 'Not for CPR, for ward-level care']), 'Spokesperson: %s (%s)' % (c.nok, c.nok_rel), 'Spiritual needs: ' + pk(['Catholic - sacrament of the sick', 'Anglican', 'Muslim', 'SDA']),
                 'Next review: ' + fd(d + datetime.timedelta(days=30)), c.sign(None, 1))
    if lay == 3:
        return J('HEALTH CARE PROXY / APPOINTMENT OF DECISION MAKER', '', 'I, %s, appoint my %s %s as my agent to make health care decisions for me if I become unable to do so.' % (p['name'], c.nok_rel.lower(), c.nok),
                 'My agent knows my wishes regarding %s.' % pk(['artificial feeding and ventilation', 'dialysis', 'surgery and resuscitation']), 'Limitations: ' + pk(['none', 'no amputation', 'no tube feeding']), '', 'Principal: %s   Date %s' % (b, fd(d)), 'Agent: %s   ID %s' % (b, digits(8)),
                 'Witnessed before me: %s, Commissioner for Oaths / Advocate' % person_name(c.co, pk(['M', 'F'])) if mb() else 'Witness: %s' % clin_name(c.co, 'nurse'))
    if lay == 4:
        return J(pk(['ADVANCE MEDICAL DIRECTIVE / RELEASE', 'NO BLOOD - ADVANCE DECISION']), '', 'I, %s, direct that no blood transfusions (whole blood, red cells, white cells, platelets or plasma) be given to me under any circumstances, even if health care providers believe that such are necessary to preserve my life.' % p['name'],
                 'I accept non-blood alternatives: %s.' % ', '.join(pks(['volume expanders', 'iron', 'erythropoietin', 'cell salvage', 'tranexamic acid'], 3)), 'I release doctors and the hospital from responsibility for any damages caused by my refusal.',
                 '', 'Signed %s   Date %s' % (b, fd(d)), 'Witnesses: %s ; %s' % (person_name(c.co, 'M'), person_name(c.co, 'F')), 'Filed in patient record %s on %s.' % (c.ipno, fd(d)))
    if lay == 5:
        return J('%s  %s' % (fd(d), ft()), pk(['Family meeting re: goals of care', 'END OF LIFE DISCUSSION', 'Limitation of treatment note']), 'Present: %s (%s), %s, %s' % (c.nok, c.nok_rel.lower(), staff(c.co, 'cons')[0], clin_name(c.co, 'nurse')),
                 'Discussed %s\'s condition (%s) and poor prognosis.' % (p['name'].split()[0], c.dx(True)), 'Family agree: not for CPR, not for ICU/ventilation; continue %s and comfort measures.' % pk(['antibiotics', 'fluids and feeds', 'analgesia']),
                 'Patient %s.' % pk(['participated and agrees', 'unable to participate (GCS 8)', 'previously expressed similar wishes']), 'DNAR form completed and placed in front of file.', c.sign('reg', 5))
    return J(c.fac['name'], 'TREATMENT ESCALATION / LIMITATION PLAN', KV('Name', p['name']) + '  ' + KV('IP', c.ipno), '', '[ ] For full escalation incl. ICU', '[x] For ward-based care only', '[x] Not for CPR', '[%s] Not for NG feeding' % pk(['x', ' ']), '[ ] Not for antibiotics',
             KV('Rationale', pk(['Multiple comorbidities', 'Advanced cancer', 'Patient wishes'])), KV('Discussed with', c.nok + ' (' + c.nok_rel + ')'), KV('Clinician', staff(c.co, 'cons')[0]), KV('Date', fd(d)))


def ecg_normals():
    return [
    ecgd(ri(64, 92), 'Sinus rhythm', ri(140, 180), ri(80, 96), ri(360, 400), ri(30, 70), ['Normal P waves', 'No ST-T changes'], 'Normal sinus rhythm. Normal ECG.'),
    ecgd(ri(104, 130), 'Sinus tachycardia', ri(120, 150), ri(76, 92), ri(300, 330), ri(40, 80), ['Regular rhythm', 'Non-specific T wave flattening'], 'Sinus tachycardia. Otherwise normal.'),
    ecgd(ri(48, 56), 'Sinus bradycardia', ri(160, 200), ri(86, 100), ri(420, 460), ri(20, 60), ['First degree AV block' if mb() else 'Normal PR'], 'Sinus bradycardia.'),
    ecgd(ri(70, 88), 'Sinus rhythm', ri(150, 180), ri(126, 148), ri(400, 440), ri(-45, -30), ['Broad QRS with RSR\' pattern in V5-V6', 'Left axis deviation'], 'Sinus rhythm. Left bundle branch block.'),
    ecgd(ri(76, 98), 'Sinus rhythm', ri(150, 180), ri(90, 100), ri(380, 420), ri(0, 60), ['ST elevation 2-3 mm in V1-V4 with Q waves', 'Reciprocal changes in II, III, aVF'], 'Anterior STEMI (age undetermined) - urgent clinical correlation.'),
]


def t_ecg_report():
    c = Ctx()
    cs, p = c.cs, c.p
    if p['age'] < 10:
        p['age'] = ri(18, 75)
        p['age_s'] = fmt_age(p['age'])
    e = cs['ecg'] if cs.get('ecg') and mb(0.7) else pk(ecg_normals())
    d = c.adm + datetime.timedelta(days=ri(0, 2))
    lay = ri(0, 6)
    pr = '%d ms' % e['pr'] if e['pr'] else '*'
    if lay == 0:
        return J('%s   %s %s' % (p['name'].upper(), fd(d, 3), ft(style=1)), 'ID: %s   %s   %s' % (c.ipno, 'Male' if p['sex'] == 'M' else 'Female', p['age_s']), pk(['Room: ', 'Loc: ']) + c.ward,
                 'Vent. rate     %d BPM' % e['rate'], 'PR interval    %s' % pr, 'QRS duration   %d ms' % e['qrs'], 'QT/QTc         %d/%d ms' % (e['qt'], e['qtc']), 'P-R-T axes     %s %d %d' % ('*' if not e['pr'] else ri(30, 70), e['axis'], ri(-20, 80)),
                 '', e['rhythm'], '\n'.join(e['finds']), pk(['Abnormal ECG', 'Borderline ECG', 'Normal ECG']) if 'Normal' not in e['interp'] else 'Normal ECG', pk(['Unconfirmed report', 'Unconfirmed', '']), '25 mm/s  10 mm/mV  0.05-100 Hz  50 Hz  %s' % pk(['MAC 600', 'CardioMax', 'ECG-1200', 'Cardiofax']))
    if lay == 1:
        return J(letterhead(c, pk([1, 2])), pk(['ECG REPORT', '12-LEAD ELECTROCARDIOGRAM REPORT', 'CARDIOLOGY - ECG INTERPRETATION']), c.pt_line(4), KV('Indication', pk([c.dx(True), 'Pre-operative', 'Palpitations', 'Chest pain', 'HTN work-up'])), '',
                 KV('Rhythm', e['rhythm']), KV('Rate', '%d bpm' % e['rate']), KV('PR', pr), KV('QRS', '%d ms' % e['qrs']), KV('QTc', '%d ms' % e['qtc']), KV('Axis', '%d degrees' % e['axis']), KV('Findings', '; '.join(e['finds'])), '',
                 KV('Conclusion', e['interp']), '', staff(c.co, 'cons')[0] + ', ' + pk(['Cardiologist', 'Consultant Physician', 'Physician']))
    if lay == 2:
        return J('ECG %s: %s, rate %d. %s. %s' % (fd(d), e['rhythm'], e['rate'], '. '.join(e['finds']), e['interp']), '- %s' % staff(c.co)[0])
    if lay == 3:
        return J(pk(['ECG REQUEST & REPORT FORM', 'REQUEST FOR ECG']), c.fac['name'], KV('Name', p['name']) + '  ' + KV('Age', p['age_s']) + '  ' + KV('Sex', p['sex']), KV('Ward/Clinic', c.ward), KV('Clinical summary', c.dx(True)),
                 KV('Current drugs', ', '.join(c.meds('tx', 'terse')[:2])), KV('Requested by', staff(c.co)[0]), '', '--- REPORT ---', 'Rate %d, %s, axis %d, PR %s, QRS %d, QTc %d.' % (e['rate'], e['rhythm'].lower(), e['axis'], pr, e['qrs'], e['qtc']),
                 '; '.join(e['finds']) + '.', 'Impression: ' + e['interp'], 'Reported by %s on %s' % (staff(c.co, 'reg')[0], fd(d)))
    if lay == 4:
        return J(pk(['24-HOUR HOLTER MONITOR REPORT', 'AMBULATORY ECG (HOLTER) SUMMARY']), c.pt_line(0), KV('Recording', '%s %s to %s, %d h %d min analysed' % (fd(d), ft(9, 0), fd(d + datetime.timedelta(days=1)), ri(21, 24), ri(0, 59))),
                 KV('Dominant rhythm', e['rhythm']), KV('Heart rate', 'min %d, mean %d, max %d bpm' % (ri(40, 60), e['rate'], e['rate'] + ri(20, 50))), KV('Ventricular ectopy', '%d VEs (%s)' % (ri(0, 3000), pk(['isolated', 'with 3 couplets', 'no runs']))),
                 KV('Supraventricular', '%d SVEs' % ri(0, 900)), KV('Pauses > 2.5 s', pk(['None', '%d (longest 2.8 s)' % ri(1, 4)])), KV('Symptoms diary', pk(['Palpitations at 14:20 - correlated with sinus tachycardia', 'No symptoms recorded', 'Dizziness - no arrhythmia'])), '',
                 'Conclusion: ' + e['interp'], staff(c.co, 'cons')[0])
    if lay == 5:
        st = ri(6, 12)
        return J(pk(['EXERCISE STRESS TEST REPORT', 'TREADMILL ECG']), c.pt_line(1), KV('Protocol', 'Bruce'), KV('Exercise time', '%d min %d s (%.1f METs)' % (st, ri(0, 59), rf(5, 13))), KV('Resting HR/BP', '%d / %d/%d' % (ri(60, 90), ri(110, 150), ri(70, 95))),
                 KV('Peak HR', '%d bpm (%d%% of MPHR)' % (ri(130, 175), ri(75, 98))), KV('Reason for stopping', pk(['Target HR achieved', 'Fatigue', 'Chest pain', 'ST depression'])), KV('ST changes', pk(['None', '1.5 mm horizontal ST depression V4-V6 at stage 3', 'Upsloping < 1 mm'])),
                 KV('Arrhythmias', pk(['None', 'Occasional VEs in recovery'])), '', 'Impression: ' + pk(['Negative for inducible ischaemia', 'Positive for inducible ischaemia - recommend angiography', 'Inconclusive (submaximal)']), staff(c.co, 'cons')[0])
    return J('Lead II rhythm strip', 'Date: %s  Time: %s' % (fd(d), ft()), 'Pt: %s (%s)' % (p['name'], c.ward), 'Interpretation (computer): %s, %d bpm' % (e['rhythm'], e['rate']), 'Over-read: ' + e['interp'], 'Initials: ' + staff(c.co)[0].split()[-1][:2].upper())


def t_immunization_record():
    c = Ctx()
    p = c.p
    y = c.year
    lay = ri(0, 6)
    dob = datetime.date(y, ri(1, 12), ri(1, 28)) - datetime.timedelta(days=ri(200, 1500))
    child = person_name(c.co, pk(['M', 'F']))
    mother = person_name(c.co, 'F')

    def dt(w):
        return fd(dob + datetime.timedelta(days=int(w * 7 + ri(0, 10))))
    sched = [('BCG', 0), ('OPV 0', 0), ('OPV 1', 6), ('Penta 1 (DPT-HepB-Hib)', 6), ('PCV10 1', 6), ('OPV 2', 10), ('Penta 2', 10), ('PCV10 2', 10), ('OPV 3', 14), ('Penta 3', 14), ('PCV10 3', 14)]
    if dob.year >= 2014:
        sched += [('Rota 1', 6), ('Rota 2', 10)]
    if dob.year >= 2015:
        sched += [('IPV', 14)]
    sched += [('Measles%s 1' % ('-Rubella' if dob.year >= 2016 else ''), 39), ('Vitamin A 100,000 IU', 26), ('Measles%s 2' % ('-Rubella' if dob.year >= 2016 else ''), 78)]
    sched.sort(key=lambda x: x[1])
    if lay == 0:
        return J(pk(COUNTRIES[c.co]['gov']), 'MINISTRY OF HEALTH', pk(['MOTHER AND CHILD HEALTH BOOKLET - IMMUNISATION', 'CHILD HEALTH CARD', 'CHILD WELFARE CLINIC CARD', 'IMMUNIZATION CARD']), '',
                 KV("Child's name", child) + '   ' + KV('Sex', pk(['M', 'F'])), KV('Date of birth', fd(dob)) + '   ' + KV('Birth weight', '%.1f kg' % rf(2.4, 4.0)), KV("Mother's name", mother), KV('Health facility', c.lower), KV('Child No.', digits(5)), '',
                 '%-30s %-14s %s' % ('Vaccine', 'Date given', 'Batch No / Next visit'), '\n'.join('%-30s %-14s %s' % (v, dt(w) if dob + datetime.timedelta(days=w * 7) < datetime.date(y, 12, 28) and mb(0.93) else '', pk(['', digits(6), 'Lot ' + digits(5)])) for v, w in sched),
                 '', 'BCG scar: %s' % pk(['Present', 'Present', 'Absent']))
    if lay == 1:
        return J('UNEPI - CHILD REGISTER / IMMUNISATION CARD' if c.co == 'UG' else ('KADI YA KLINIKI YA MTOTO (RCH 1) - CHANJO' if c.co == 'TZ' else 'KEPI IMMUNISATION RECORD'), KV('Name', child), KV('DOB', fd(dob)), KV('Village/LC1', c.village), '',
                 '\n'.join('%s ....... %s' % (v, dt(w)) for v, w in sched if mb(0.9)), '', 'Vitamin A: %s' % ', '.join(fd(dob + datetime.timedelta(days=int(m * 30.4))) for m in (6, 12, 18) if mb(0.7)), 'Deworming: %s' % fd(dob + datetime.timedelta(days=400)))
    if lay == 2:
        doses = ['TT1' if dob.year < 2018 else 'Td1', 'TT2' if dob.year < 2018 else 'Td2', 'TT3' if dob.year < 2018 else 'Td3']
        st = datetime.date(y, ri(1, 6), ri(1, 28))
        return J(pk(['TETANUS TOXOID IMMUNISATION - MATERNAL', 'ANC CARD - TT/Td record', 'Td IMMUNISATION RECORD (WOMEN 15-49)']), KV('Name', mother), KV('Age', fmt_age(ri(18, 40))), KV('ANC No', digits(4)), '',
                 '\n'.join('%s   %s' % (dd, fd(st + datetime.timedelta(days=k * ri(28, 200)))) for k, dd in enumerate(doses[:ri(2, 3)])), 'Protected at birth: %s' % pk(['Yes', 'Yes', 'No']), 'IPTp-SP: %s' % ', '.join('dose %d' % i for i in range(1, ri(2, 4))))
    if lay == 3:
        st = datetime.date(y, ri(1, 9), ri(1, 28))
        return J(c.fac['name'] + ' - Staff Clinic', pk(['HEPATITIS B VACCINATION RECORD (HEALTH WORKERS)', 'Occupational Health - Immunisation record']), KV('Name', p['name']), KV('Cadre', pk(['Nurse', 'Clinical Officer', 'Lab Technologist', 'Cleaner', 'Intern MO'])), KV('Dept', pk(['Theatre', 'Maternity', 'Lab', 'Casualty'])), '',
                 'Hep B dose 1   %s   batch %s' % (fd(st), digits(6)), 'Hep B dose 2   %s   batch %s' % (fd(st + datetime.timedelta(days=30)), digits(6)), 'Hep B dose 3   %s' % (fd(st + datetime.timedelta(days=180)) if mb(0.7) else '(due %s)' % fd(st + datetime.timedelta(days=180))),
                 'Anti-HBs: %s' % pk(['> 10 mIU/ml (immune)', 'not done']), 'Tetanus: %s' % fd(st - datetime.timedelta(days=ri(300, 2000))))
    if lay == 4:
        yy = pk([2021, 2022])
        st = datetime.date(yy, ri(3, 10), ri(1, 28))
        vac = pk([('AstraZeneca (Covishield)', 56 if yy == 2021 else 84), ('Pfizer-BioNTech', 21), ('Sinopharm', 28), ('Moderna', 28)])
        one = mb(0.2)
        return J(pk(['COVID-19 VACCINATION CERTIFICATE', 'COVID-19 Vaccination Card', 'Certificate of COVID-19 Vaccination']), pk(COUNTRIES[c.co]['gov']) + ' - Ministry of Health', '', KV('Name', p['name'] if p['age'] >= 18 else person_name(c.co, 'M')), KV('ID/Passport No', digits(8)), KV('Sex', p['sex']), KV('Year of birth', str(yy - ri(20, 70))),
                 '', 'Dose 1: %s  %s  Batch %s  %s' % ('J&J/Janssen' if one else vac[0], fd(st), pk(['4121Z0', 'FD' + digits(4), 'EW' + digits(4), digits(6)]), c.fac['name']),
                 '' if one else 'Dose 2: %s  %s  Batch %s' % (vac[0], fd(st + datetime.timedelta(days=vac[1])), digits(6)), 'Status: %s' % ('Fully vaccinated' if mb(0.8) else 'Partially vaccinated'), 'Verify: %s/%s' % (pk(['portal', 'verify']), digits(10)))
    if lay == 5:
        st = datetime.date(y, ri(1, 12), ri(1, 28))
        return J('INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS', 'CERTIFICAT INTERNATIONAL DE VACCINATION OU DE PROPHYLAXIE', '', 'This is to certify that [name] %s' % p['name'], 'date of birth %s  sex %s  nationality %s' % (fd(p['dob']), p['sex'], {'KE': 'Kenyan', 'UG': 'Ugandan', 'TZ': 'Tanzanian'}[c.co]),
                 'has on the date indicated been vaccinated or received prophylaxis against: Yellow fever', '', 'Vaccine: YF-VAX / Stamaril   Date: %s   Batch: %s' % (fd(st), pk(['S', 'Y', 'G']) + digits(5)), 'Certificate valid from: %s   until: life of person vaccinated' % fd(st + datetime.timedelta(days=10)),
                 'Official stamp of administering centre: %s Port Health' % c.fac['town'], 'Supervising clinician: %s' % staff(c.co)[0])
    st = datetime.date(y, ri(1, 12), ri(1, 28))
    return J(pk(['RABIES POST-EXPOSURE PROPHYLAXIS CARD', 'ANTI-RABIES VACCINATION SCHEDULE', 'Animal bite - ARV record']), KV('Name', p['name']) + '  ' + KV('Age', p['age_s']), KV('Date of bite', fd(st)), KV('Animal', pk(['Dog (stray)', 'Dog (owned, unvaccinated)', 'Cat', 'Monkey'])) + '  ' + KV('Category', pk(['II', 'III'])),
             KV('Wound care', 'Washed with soap and water 15 min'), KV('RIG', pk(['Not available', 'Given %d IU infiltrated' % ri(600, 1500), 'N/A (cat II)'])), '', 'Schedule (%s):' % pk(['Essen IM', 'Zagreb 2-1-1', 'Abbreviated ID']),
             '\n'.join('Day %-3d  %s  %s' % (dd, fd(st + datetime.timedelta(days=dd)), pk(['given', 'given', 'given', ''])) for dd in (0, 3, 7, 14, 28)), KV('Vaccine', pk(['Verorab', 'Rabivax-S', 'Speeda'])), KV('TT', 'given'))


def t_registration_form():
    c = Ctx()
    p = c.p
    lay = ri(0, 6)
    b = blank()
    rel = pk(['Catholic', 'Protestant', 'Muslim', 'SDA', 'Anglican', 'Pentecostal', 'Other'])
    occ = pk(['Farmer', 'Student', 'Business', 'Teacher', 'Housewife', 'Casual labourer', 'Driver', 'Unemployed', 'Child']) if p['age'] >= 6 else 'Child'
    ms = pk(['Married', 'Single', 'Widowed', 'Separated']) if p['age'] >= 18 else 'N/A'
    idno = digits(8) if c.co == 'KE' else ('CM' + digits(8) + pk(['PE', 'FA', 'JK']) if c.co == 'UG' else digits(8) + '-' + digits(5) + '-' + digits(5) + '-' + digits(2))
    if lay == 0:
        return J(c.fac['name'].upper(), pk(['PATIENT REGISTRATION FORM', 'OUTPATIENT REGISTRATION', 'NEW PATIENT REGISTRATION', 'PATIENT PARTICULARS']), '', KV('OP No', c.opno) + '   ' + KV('Date', fd(c.opd)),
                 KV('Surname', p['name'].split()[-1].strip(',').upper()) + '   ' + KV('Other names', ' '.join(p['name'].split()[:-1])), KV('Date of birth', fd(p['dob'])) + '   ' + KV('Age', p['age_s']) + '   ' + KV('Sex', p['sex']),
                 KV('National ID / Birth Cert No', idno), KV('Marital status', ms) + '   ' + KV('Occupation', occ) + '   ' + KV('Religion', rel), KV('Residence (village/estate)', c.village) + '   ' + KV('County/District', pk(COUNTRIES[c.co]['towns'])),
                 KV('Telephone', c.phone), KV('Next of kin', c.nok) + '   ' + KV('Relationship', c.nok_rel) + '   ' + KV('NOK Tel', phone_local(c.co)), KV('Payment mode', pk(['Cash', 'NHIF', 'Insurance', 'Waiver', 'M-Pesa'])), '', KV('Registered by', clin_name(c.co, 'plain')) + '  ' + KV('Sign', b))
    if lay == 1:
        return J(letterhead(c, 0), pk(['INPATIENT ADMISSION SHEET', 'ADMISSION / DISCHARGE FORM (FRONT SHEET)', 'FACE SHEET']), '', KV('IP No', c.ipno) + '   ' + KV('Ward', c.ward) + '   ' + KV('Bed', str(c.bed)),
                 KV('Name', p['name']) + '   ' + KV('Age', p['age_s']) + '   ' + KV('Sex', p['sex']), KV('Address', c.village) + '   ' + KV('Tel', c.phone), KV('Date of admission', fd(c.adm)) + '   ' + KV('Time', ft()), KV('Admitted from', pk(['Casualty', 'OPD', 'Referral - ' + c.lower, 'Clinic'])),
                 KV('Admitting diagnosis', c.dx(True)), KV('Admitting doctor', staff(c.co)[0]), KV('NOK', '%s (%s) %s' % (c.nok, c.nok_rel, phone_local(c.co))), '', KV('Date of discharge', b) + '   ' + KV('Outcome', 'Alive / Dead / DAMA / Referred / Absconded'), KV('Final diagnosis', b), KV('ICD-10 code', b))
    if lay == 2:
        return J(pk(['HIV CARE/ART CARD - ENROLMENT', 'CCC ENROLMENT FORM (MOH 257)', 'CTC 1 - CARE AND TREATMENT CLINIC CARD', 'PATIENT ENROLMENT - ART CLINIC']), c.fac['name'], '',
                 KV('Unique No', '%s-%s' % (digits(5), digits(5)) if c.co == 'KE' else digits(14)), KV('Name', p['name']), KV('Sex', p['sex']) + '  ' + KV('DOB', fd(p['dob'])), KV('Marital status', ms), KV('Physical address', c.village), KV('Phone', c.phone),
                 KV('Treatment supporter', '%s (%s) %s' % (c.nok, c.nok_rel, phone_local(c.co))), KV('Date confirmed HIV+', fd(c.adm - datetime.timedelta(days=ri(0, 60)))), KV('Entry point', pk(['VCT', 'OPD', 'IPD', 'TB clinic', 'PMTCT'])),
                 KV('Date enrolled', fd(c.adm)), KV('WHO stage at enrolment', pk(['1', '2', '3', '4'])), KV('Baseline CD4', '%d' % ri(30, 700)), KV('Transfer in', pk(['No', 'Yes - from ' + c.lower])))
    if lay == 3:
        return J(pk(['TB TREATMENT CARD', 'PATIENT TB TREATMENT CARD (TB 01)', 'TB REGISTER ENTRY']), KV('Unit TB No', '%d/%d' % (ri(1, 600), c.year)), KV('Name', p['name']) + '  ' + KV('Sex', p['sex']) + '  ' + KV('Age', p['age_s']), KV('Address', c.village), KV('Tel', c.phone),
                 KV('Treatment supporter', c.nok), KV('Type of patient', pk(['New', 'Relapse', 'Treatment after LTFU', 'Transfer in'])), KV('Disease site', pk(['Pulmonary (B+)', 'Pulmonary (clinically dx)', 'Extra-pulmonary (pleural)'])),
                 KV('HIV status', pk(['Positive', 'Negative'])), KV('Regimen', '2RHZE/4RH'), KV('Date treatment started', fd(c.adm)), KV('Weight', '%.0f kg' % p['wt']))
    if lay == 4 and p['sex'] == 'F' and 15 < p['age'] < 45:
        return J(pk(['ANTENATAL CARD - REGISTRATION', 'ANC REGISTRATION', 'RCH 4 - KADI YA KLINIKI YA WAJAWAZITO']), KV('ANC No', digits(4)), KV('Name', p['name']) + '  ' + KV('Age', p['age_s']), KV('Husband/partner', c.nok), KV('Village', c.village),
                 KV('Gravida', str(ri(1, 6))) + '  ' + KV('Para', str(ri(0, 5))), KV('LMP', fd(c.adm - datetime.timedelta(days=ri(60, 180)))), KV('EDD', fd(c.adm + datetime.timedelta(days=ri(100, 200)))), KV('Height', '%d cm' % ri(145, 172)), KV('Blood group', pk(['O+', 'A+', 'B+'])))
    if lay in (4, 5):
        return J('Patient Demographics', 'System: %s   Printed: %s' % (pk(['KenyaEMR', 'OpenMRS', 'HMIS', 'eHMS', 'GoT-HoMIS']), fd(c.opd, 5)), '-' * 50, 'MRN           : %s' % c.opno, 'Full name     : %s' % p['name'], 'Gender        : %s' % ('Male' if p['sex'] == 'M' else 'Female'),
                 'Birthdate     : %s %s' % (fd(p['dob'], 5), '(estimated)' if mb(0.3) else ''), 'Phone         : %s' % c.phone, 'Address       : %s' % c.village, 'Next of kin   : %s (%s)' % (c.nok, c.nok_rel), 'Scheme        : %s' % pk(['NHIF', 'Cash', 'CHF', 'None']), 'Registered by : %s' % pk(['records1', 'reception', 'hrio2']))
    return J(pk(['CASUALTY REGISTRATION SLIP', 'OPD CARD', 'TREATMENT BOOK - FRONT PAGE']), c.fac['abbr'] + ' No. ' + c.opno, 'Name: %s' % p['name'], 'Age: %s  Sex: %s' % (p['age_s'], p['sex']), 'Residence: %s' % c.village, 'Date: %s' % fd(c.opd), 'Fee paid: %s %d' % (COUNTRIES[c.co]['cur'], pk([50, 100, 200, 1000, 2000, 5000])))


def t_insurance_card():
    c = Ctx()
    p = c.p
    co = c.co
    nm = p['name'] if p['age'] >= 18 else person_name(co, pk(['M', 'F']))
    lay = ri(0, 6)
    if co == 'UG' and lay in (0, 1):
        lay = pk([2, 3, 4, 5])
    if co == 'KE' and lay == 1:
        lay = 0
    if co == 'TZ' and lay == 0:
        lay = 1
    exp = datetime.date(c.year + ri(1, 3), ri(1, 12), 28)
    deps = [person_name(co, pk(['M', 'F'])) for _ in range(ri(0, 4))]
    if lay == 0:
        return J('[FRONT]', 'NATIONAL HOSPITAL INSURANCE FUND', pk(['NHIF', 'MEMBER CARD', 'NHIF MEMBERSHIP CARD']), KV('Name', nm.upper()), KV('Member No', digits(ri(7, 9))), KV('ID No', digits(8)), KV('DOB', fd(p['dob'])), KV('Employer', pk(['SELF EMPLOYED (VOLUNTARY)', 'MINISTRY OF EDUCATION', 'COUNTY GOVERNMENT', 'PRIVATE'])),
                 '', '[BACK]', 'Beneficiaries: ' + (', '.join(deps) if deps else 'Nil'), 'This card is the property of NHIF. If found please return to the nearest NHIF office or P.O. Box 30443-00100 Nairobi.' if mb() else 'If found, return to any NHIF office.', 'Contributions must be up to date for benefits. Card not transferable.', 'Signature of member: ' + blank())
    if lay == 1:
        return J('[FRONT]', 'THE UNITED REPUBLIC OF TANZANIA', 'NATIONAL HEALTH INSURANCE FUND', 'MFUKO WA TAIFA WA BIMA YA AFYA', KV('Jina/Name', nm.upper()), KV('Namba ya Kadi/Card No', digits(12)), KV('Membership No', digits(8)), KV('Tarehe ya kuzaliwa/DOB', fd(p['dob'])),
                 KV('Aina/Category', pk(['Principal member', 'Dependant', 'Toto Afya Kadi'])), KV('Employer/Mwajiri', pk(['Public Service', 'Private', 'Individual'])), KV('Valid until', fd(exp)), '', '[BACK]', 'Kadi hii ni mali ya NHIF. Ukiiokota tafadhali irudishe ofisi ya NHIF iliyo karibu.', 'This card is the property of NHIF. Toll free 0800 110063.' if mb() else 'Call centre: ' + phone(co))
    if lay == 2:
        return J('[FRONT]', pk(['iCHF - IMPROVED COMMUNITY HEALTH FUND', 'COMMUNITY HEALTH INSURANCE SCHEME', 'COMMUNITY HEALTH FUND (CHF) MEMBERSHIP CARD']), KV('Household head', nm), KV('Card No', digits(10)), KV('Village', c.village), KV('Members', str(len(deps) + 1)),
                 KV('Valid', '%s to %s' % (fd(exp - datetime.timedelta(days=365)), fd(exp))), '', '[REVERSE]', 'Members covered:', '\n'.join('%d. %s' % (i, n) for i, n in enumerate([nm] + deps, 1)), 'Present this card at the health facility. Not valid without photo.')
    if lay == 3:
        ins = pk(['SAVANNA HEALTH ASSURANCE', 'NYOTA MEDICAL INSURANCE LTD', 'MLIMA HEALTHCARE', 'ZIWA GENERAL INSURANCE - MEDICAL', 'KILELE CARE'])
        return J('--- front ---', ins, pk(['MEDICAL CARD', 'SMART CARD', 'Member card']), nm.upper(), 'Member No: %s/%s' % (pk(['SHA', 'NMI', 'MHC', 'ZGI']), digits(6)), 'Scheme: %s' % pk(['%s Staff Medical Scheme' % c.fac['town'], 'Corporate - Gold', 'Individual Silver', 'SME plan']),
                 'Cover: IP %s %s | OP %s %s' % (COUNTRIES[co]['cur'], format(ri(2, 20) * 100000, ','), COUNTRIES[co]['cur'], format(ri(5, 20) * 10000, ',')), 'Valid thru: %s' % exp.strftime('%m/%y'), '--- back ---',
                 'Pre-authorisation required for admissions and procedures. 24hr: %s' % phone(co), 'Providers: present card with ID. Claims to P.O. Box %d.' % ri(100, 9999))
    if lay == 4:
        return J('[scanned card - front]', pk(['CIVIL SERVANTS MEDICAL SCHEME', 'DISCIPLINED FORCES MEDICAL SCHEME', 'TEACHERS MEDICAL SCHEME']), '%s' % nm.upper(), 'P/No: %s' % digits(7), 'Employer: %s' % pk(['Ministry of Education', 'Police Service', 'Prisons', 'Judiciary', 'Teachers Service']), 'Card valid to %s' % fd(exp),
                 '[scanned card - back]', 'Dependants: ' + ('; '.join(deps) or 'None'), 'Scheme administrator: %s' % pk(['NHIF', 'the Ministry', 'scheme office']))
    if lay == 5:
        return J(pk(['STUDENT HEALTH CARD', 'UNIVERSITY HEALTH SERVICES - MEDICAL CARD']), pk(['%s University' % pk(COUNTRIES[co]['towns']), '%s College of Health Sciences' % c.fac['town']]), 'Name: %s' % nm, 'Reg No: %s/%s/%d' % (pk(['H31', 'BSC', 'MED', 'EDU']), digits(4), c.year - ri(0, 4)),
                 'Blood group: %s' % pk(['O+', 'A+', 'B+', 'Unknown']), 'Valid: academic year %d/%d' % (c.year, c.year + 1), 'Reverse: Emergency contact %s %s' % (c.nok, phone_local(co)))
    return J('NHIF' if co != 'UG' else 'HEALTH INSURANCE', 'Photocopy of card (front & back) - certified true copy', 'Name: %s   No: %s' % (nm, digits(9)), 'Valid: %s' % fd(exp), 'Certified by: %s (NHIF desk officer) %s' % (clin_name(co, 'plain'), fd(c.adm)), '[stamp: %s - NHIF DESK]' % c.fac['abbr'])


def t_nursing_note():
    c = Ctx()
    cs, p = c.cs, c.p
    d = c.adm + datetime.timedelta(days=ri(0, max(0, c.los - 1)))
    nurse = clin_name(c.co, 'nurse') + ' ' + pk(QUAL['nurse'])
    lay = ri(0, 6)
    if lay == 0:
        shifts = []
        for sh, hh in (('Day duty', 8), ('Evening', 14), ('Night duty', 20)):
            shifts.append('%s %s %s: %s %s %s. %s. %s' % (fd(d, 6), ft(hh, 0), sh, pk(['Pt received in bed', 'Received pt', 'Pt in bed']), pk(['conscious', 'in fair GC', 'asleep', 'restless']), '',
                                                           pk(['Vitals taken: ' + c.vit(1), 'Drugs served as per Kardex', 'IV fluids running well', 'Fed orally', 'Bed bath done, pressure areas checked']),
                                                           pk(['Reviewed by MO.', 'Slept well.', 'Complained of pain - analgesic given.', 'Continues on treatment.', 'Catheter draining well.'])) + ' ' + pk(['/', '-']) + clin_name(c.co, 'nurse'))
        return J(pk(['NURSING NOTES', 'NURSES\' REPORT', 'NURSING KARDEX']), KV('Name', p['name']) + '  ' + KV('IP', c.ipno) + '  ' + KV('Bed', str(c.bed)), KV('Dx', c.dx(True)), '', '\n'.join(' '.join(s.split()) for s in shifts))
    if lay == 1:
        nd = pk([('Hyperthermia related to infectious process evidenced by T %.1f°C' % cs['vit']['T'], 'Temperature to return to 36.5-37.5 within 4 hours', ['Tepid sponge', 'Remove excess clothing', 'Give antipyretic as prescribed', 'Encourage oral fluids', 'Monitor temperature 4 hourly'], 'Temperature reduced to %.1f°C - goal met' % rf(36.8, 37.4)),
                 ('Acute pain related to %s evidenced by verbal report score %d/10' % ('surgical incision' if cs.get('op') else 'disease process', ri(6, 9)), 'Pain reduced to < 4/10 within 1 hour', ['Position comfortably', 'Administer analgesics as prescribed', 'Diversional therapy', 'Reassess pain after 30 min'], 'Pain score 3/10 - goal met'),
                 ('Risk for fluid volume deficit related to vomiting/diarrhoea', 'Patient to maintain adequate hydration', ['Monitor input/output', 'Administer IV fluids as prescribed', 'Encourage ORS', 'Check skin turgor'], 'Urine output 0.8 ml/kg/hr - goal partially met'),
                 ('Knowledge deficit regarding disease and medication', 'Patient/caregiver to verbalise understanding before discharge', ['Health educate on drugs and adherence', 'Demonstrate', 'Give written instructions'], 'Patient able to explain regimen'),
                 ('Impaired physical mobility related to %s' % pk(['hemiplegia', 'fracture/traction', 'weakness']), 'Prevent complications of immobility', ['Turn 2 hourly', 'Pressure area care', 'Passive exercises', 'Liaise with physiotherapist'], 'No pressure sores')])
        return J(pk(['NURSING CARE PLAN', 'NURSING PROCESS', 'Nursing Care Plan (NCP)']), c.pt_line(0), KV('Date', fd(d)), '', KV('Assessment', cs['gen'] + '; ' + c.vit(1)), KV('Nursing diagnosis', nd[0]), KV('Goal/Expected outcome', nd[1]),
                 'Interventions:', '\n'.join('  %d. %s' % (i, x) for i, x in enumerate(nd[2], 1)), KV('Rationale', pk(['To promote comfort and recovery', 'To prevent complications', 'To maintain homeostasis'])), KV('Evaluation', nd[3]), '', nurse)
    if lay == 2:
        rows = []
        for k in range(ri(5, 8)):
            rows.append('%s  %4.1f  %3d  %2d  %s  %s' % (ft((6 + k * 4) % 24, 0, 1), cs['vit']['T'] - k * rf(0, 0.3), max(60, cs['vit']['P'] - k * ri(0, 6)), max(14, cs['vit']['R'] - k), cs['vit']['BP'] or '  -   ', pk(['', '', 'PCM given', 'MO informed', 'IVF changed'])))
        return J(pk(['OBSERVATION CHART (TPR)', 'VITAL SIGNS CHART', 'TPR / BP CHART']), KV('Name', p['name']) + '  ' + KV('Ward', c.ward), KV('Date', fd(d)), '', 'Time   Temp  PR   RR  BP      Remarks', '\n'.join(rows), '', 'Nurse: ' + nurse.split()[0])
    if lay == 3:
        ins = [(ft(h, 0), pk(['NS 500ml', 'RL 500ml', 'D5 500ml', 'Oral 200ml', 'F-75 %d ml' % ri(50, 120)]), ri(100, 500)) for h in range(6, 22, 4)]
        outs = [(ft(h, 0), pk(['Urine', 'Urine', 'Vomitus', 'Drain', 'Stool']), ri(50, 400)) for h in range(8, 24, 5)]
        return J(pk(['FLUID BALANCE CHART', 'INPUT / OUTPUT CHART', '24 HOUR FLUID CHART']), c.pt_line(5), KV('Date', fd(d)), '', 'INTAKE', '\n'.join('  %s  %-14s %d ml' % x for x in ins), '  Total in: %d ml' % sum(x[2] for x in ins), 'OUTPUT',
                 '\n'.join('  %s  %-14s %d ml' % x for x in outs), '  Total out: %d ml' % sum(x[2] for x in outs), 'Balance: %+d ml' % (sum(x[2] for x in ins) - sum(x[2] for x in outs)), nurse)
    if lay == 4:
        return J(pk(['NURSING ADMISSION ASSESSMENT', 'ADMISSION NURSING RECORD', 'Initial nursing assessment']), c.pt_line(1), KV('Date/time', '%s %s' % (fd(c.adm), ft())), KV('Mode of arrival', pk(['Wheelchair', 'Trolley', 'Walking', 'Carried by mother'])),
                 KV('Accompanied by', c.nok_rel), KV('Chief complaint', c.cc_s(3)), KV('Vitals', c.vit(0)), KV('Weight', '%.1f kg' % p['wt']), KV('Allergies', pk(['None', 'NKDA'])), KV('Pain score', '%d/10' % ri(0, 9)),
                 KV('Braden/ pressure risk', pk(['Low', 'Moderate', 'High'])), KV('Fall risk', pk(['Low', 'High'])), KV('Valuables', pk(['Handed to relative', 'None', 'Phone kept by patient'])), KV('Orientation to ward', 'Done'), nurse)
    if lay == 5:
        n = ri(22, 45)
        return J(pk(['NIGHT REPORT', 'WARD REPORT - NIGHT DUTY', '24 HR WARD REPORT']), c.ward.upper() + '  ' + fd(d), 'Total patients: %d  Admissions: %d  Discharges: %d  Deaths: %d  Referrals: %d' % (n, ri(1, 6), ri(0, 5), ri(0, 2), ri(0, 1)),
                 'Seriously ill:', '  Bed %d - %s - %s: %s' % (c.bed, p['name'], c.dx(True), pk(['vitals stable, on oxygen', 'restless at night, MO reviewed', 'fever spikes, tepid sponged', 'transfusion completed without reaction'])),
                 '  Bed %d - %s: %s' % (ri(1, 40), person_name(c.co, pk(['M', 'F'])), pk(['awaiting theatre', 'on traction', 'NPO for surgery'])), 'Drugs out of stock: %s' % pk(['none', 'ceftriaxone', 'gloves, cannula G20', 'paracetamol syrup']),
                 'Ward generally calm.', 'Reported by: ' + nurse)
    return J(pk(['SBAR HANDOVER', 'Nurse-to-nurse handover', 'Shift handover note']), '%s %s' % (fd(d), ft(pk([7, 19]), 0)), 'S: %s, bed %d, %s' % (p['name'], c.bed, pk(['stable', 'deteriorating', 'improving'])), 'B: Admitted %s with %s' % (fd(c.adm), c.dx(True)),
             'A: ' + c.vit(3), 'R: ' + pk(['continue 4 hourly obs', 'due for %s at %s' % (pk(c.meds('tx', 'terse')), ft()), 'inform MO if SpO2 < 92%', 'collect lab results']), 'Given by %s / Received by %s' % (clin_name(c.co, 'nurse'), clin_name(c.co, 'nurse')))


def t_ed_note():
    c = Ctx()
    cs, p = c.cs, c.p
    lay = ri(0, 6)
    t = ft()
    tri = pk(['RED (emergency)', 'ORANGE (very urgent)', 'YELLOW (urgent)', 'Priority', 'Emergency'])
    disp = pk(['Admitted to %s' % c.ward, 'Admit %s' % c.ward, 'To theatre' if cs.get('op') else 'Admit HDU', 'Referred to %s' % c.fac['name']])
    if lay == 0:
        return J(c.fac['name'].upper(), pk(['CASUALTY CARD', 'ACCIDENT & EMERGENCY DEPARTMENT', 'CASUALTY / A&E RECORD', 'EMERGENCY DEPARTMENT']), '', KV('Date', fd(c.adm)) + '  ' + KV('Time in', t) + '  ' + KV('Triage', tri),
                 c.pt_line(5), KV('Brought by', pk(['Relatives', 'Ambulance', 'Police', 'Good Samaritan', 'Self'])), '', KV('C/O', c.cc_s(1)), KV('Hx', c.hpi()), KV('O/E', cs['gen'] + '. ' + c.vit(1)), BL(cs['exam'][:4]),
                 KV('Imp', c.dx(True)), KV('Ix', ', '.join(a for a, *_ in cs['labs'][:4])), KV('Rx in casualty', '; '.join(c.meds('tx', 'terse')[:3])), KV('Disposition', disp), '', c.sign(pk(['co', 'intern', 'mo']), 5))
    if lay == 1:
        return J(pk(['TRIAGE FORM', 'EMERGENCY TRIAGE ASSESSMENT', 'SATS TRIAGE']), KV('Name', p['name']) + '  ' + KV('Age', p['age_s']) + '  ' + KV('Sex', p['sex']), KV('Arrival', '%s %s' % (fd(c.adm), t)), KV('Mode', pk(['Walk-in', 'Carried', 'Ambulance', 'Wheelchair'])),
                 KV('Chief complaint', cs['cc'][0][0]), KV('Vitals', c.vit(4)), KV('AVPU', pk(['A', 'V', 'P'])), KV('TEWS', str(ri(3, 9))), KV('Discriminators', pk(['Respiratory distress', 'Severe pain', 'Altered mental status', 'Haemorrhage', 'None'])), KV('Category', tri),
                 KV('Triage nurse', clin_name(c.co, 'nurse')), KV('Time seen by clinician', ft()))
    if lay == 2:
        return J(pk(['TRAUMA ASSESSMENT', 'TRAUMA PRIMARY & SECONDARY SURVEY', 'RTA - CASUALTY NOTES']), c.pt_line(0), 'Mechanism: %s' % pk(['RTA - motorcycle vs vehicle', 'Fall from height (tree)', 'Assault with blunt object', 'Pedestrian knocked down']), 'Time of injury: %s' % ft(),
                 'A: %s' % pk(['Patent, talking', 'Patent, C-spine collar applied']), 'B: RR %d, SpO2 %d%%, %s' % (cs['vit']['R'], cs['vit']['SpO2'], pk(['equal air entry', 'reduced AE right'])), 'C: PR %d, BP %s, %s' % (cs['vit']['P'], cs['vit']['BP'] or '-', pk(['no external bleeding', 'bleeding controlled', 'CRT < 2s'])),
                 'D: GCS %d/15, pupils %s' % (ri(9, 15), pk(['PEARL', 'equal reactive'])), 'E: ' + '; '.join(cs['exam'][:2]), 'FAST: %s' % pk(['Negative', 'Not done', 'Free fluid Morison pouch']), 'Secondary survey: ' + pk(['head to toe done', 'see above', 'no other injuries']),
                 'Plan: ' + '; '.join(pks(['2 large bore IV lines', 'Analgesia', 'X-rays', 'Tetanus toxoid', 'Surgical review', 'Splint', 'Crossmatch'], 4)), c.sign(None, 5))
    if lay == 3:
        return J('%s %s  Casualty' % (fd(c.adm, 6), t), '%s, %s %s. %s.' % (p['name'], p['age_s'], p['sex'], c.cc_s(3)), 'O/E %s, %s.' % (cs['gen'].lower(), c.vit(1)), 'Imp: %s' % c.dx(True), 'Rx: ' + ', '.join(c.meds('tx', 'terse')[:3]), disp + '.', '- ' + staff(c.co, pk(['co', 'intern']))[0])
    if lay == 4 and p['age'] < 13:
        return J(pk(['ETAT+ EMERGENCY ASSESSMENT (PAEDIATRIC)', 'PAEDIATRIC EMERGENCY - ETAT', 'Triage and Emergency Treatment']), c.pt_line(0), KV('Wt', '%.1f kg' % p['wt']), '',
                 'EMERGENCY SIGNS:', '  Obstructed breathing: No', '  Central cyanosis: %s' % pk(['No', 'Yes']), '  Severe respiratory distress: %s' % ('Yes' if cs['vit']['R'] > 50 else 'No'), '  Shock (cold hands + CRT>3s + weak fast pulse): %s' % pk(['No', 'Yes']),
                 '  Coma/convulsing: %s' % pk(['No', 'Convulsing']), '  Severe dehydration: %s' % ('Yes' if c.key == 'gastro' else 'No'), 'PRIORITY SIGNS: %s' % ', '.join(pks(['Tiny baby', 'Temperature', 'Trauma', 'Pallor (severe)', 'Poisoning', 'Pain', 'Restless/irritable', 'Referral', 'Malnutrition', 'Oedema', 'Burns'], 2)),
                 'Emergency Rx: ' + '; '.join(c.meds('tx', 'terse')[:2]), 'Classification: ' + c.dx(True), 'Outcome: ' + disp, clin_name(c.co, pk(['co', 'dr'])))
    if lay in (4, 5):
        return J('Emergency Department Encounter', 'Arrival: %s %s   Mode: %s' % (fd(c.adm, 5), ft(style=1), pk(['Ambulance', 'Walk-in', 'Private car'])), 'Patient: %s   MRN %s   %s/%s' % (p['name'], c.opno, p['age_s'], p['sex']), 'Acuity: %s' % pk(['1', '2', '3']), '',
                 'HPI: ' + c.hpi(), 'Exam: ' + c.vit(3) + '. ' + exam_s(c, 3), 'ED course: ' + '; '.join(c.meds('tx', 'word')[:3]) + '. ' + pk(['Improved', 'Reassessed - stable', 'Remains unwell']), 'Diagnosis: ' + c.dx(), 'Disposition: ' + disp, 'Clinician: %s, %s' % staff(c.co))
    inj = pk(['cut wound on the scalp 4 cm', 'multiple bruises on the back', 'swollen left eye (periorbital haematoma)', 'stab wound left forearm 3 cm'])
    return J(pk(['CASUALTY - ASSAULT CASE', 'A&E NOTES - ASSAULT', 'Casualty (Police case)']), KV('Name', p['name']) + '  ' + KV('Age', p['age_s']), KV('Date/time', '%s %s' % (fd(c.adm), t)), KV('OB No', '%d/%d/%d' % (ri(1, 60), c.adm.month, c.year)),
             'Alleged assault by %s using %s at %s.' % (pk(['known person', 'unknown persons', 'spouse', 'neighbour']), pk(['a stick', 'fists', 'a panga', 'a stone']), c.village), 'No LOC. No vomiting.', 'O/E: %s. %s' % (inj, c.vit(1)),
             'Mx: wound cleaned, %s; TT 0.5 ml IM; %s' % (pk(['sutured 4 stitches nylon 2/0', 'dressing', 'no suturing needed']), pk(['Amoxicillin 500mg TDS x5/7 + Paracetamol 1g TDS', 'Ibuprofen 400mg TDS', 'Cloxacillin 500mg QID x5/7'])), 'P3 form to be filled on request.', 'TCA 3/7 for wound review', staff(c.co, 'co')[0])


def t_transfer_summary():
    c = Ctx()
    cs, p = c.cs, c.p
    d = c.adm + datetime.timedelta(days=ri(0, max(1, c.los - 1)))
    lay = ri(0, 6)
    if lay == 0:
        to = pk(['ICU', 'HDU', 'Renal Unit', 'Surgical Ward', 'Isolation Ward', 'NBU'])
        return J(pk(['INTER-WARD TRANSFER FORM', 'TRANSFER NOTE', 'WARD TRANSFER']), KV('From', c.ward) + '   ' + KV('To', to), KV('Date', fd(d)) + '   ' + KV('Time', ft()), c.pt_line(0), '',
                 KV('Diagnosis', cs['dx']), KV('Reason for transfer', pk(['Needs closer monitoring', 'Requires ventilatory support', 'Post-op step down', 'For dialysis', 'Infection control'])), KV('Current condition', c.vit(1)),
                 KV('Current treatment', '; '.join(c.meds('tx', 'terse'))), KV('Pending', pk(['Blood culture', 'CT report', 'Crossmatch', 'None'])), KV('Transferring doctor', staff(c.co)[0]), KV('Receiving doctor', staff(c.co)[0]), KV('Escort nurse', clin_name(c.co, 'nurse')))
    if lay == 1:
        dest = pk(['National Referral Hospital', 'Regional Cancer Centre', '%s Mission Hospital (ICU)' % pk(COUNTRIES[c.co]['towns']), 'a private hospital (family request)'])
        return JJ(letterhead(c, 0), pk(['INTER-FACILITY TRANSFER SUMMARY', 'TRANSFER SUMMARY', 'PATIENT TRANSFER FORM']), c.pt_line(1), KV('Transferred to', dest) + '\n' + KV('Date/time of departure', '%s %s' % (fd(d), ft())),
                  J(H('Diagnosis'), cs['dx']), J(H('Summary of illness'), c.hpi() + ' ' + para(cs['course'][:2])), J(H('Investigations'), labs_inline(c, 7)), J(H('Treatment so far'), BL(c.meds('tx'))),
                  J(H('Condition at transfer'), c.vit(0) + '. ' + pk(['Conscious, stable', 'On oxygen 4 L/min', 'GCS 10/15, on NGT', 'Stable'])), J(H('Reason for transfer'), pk(['ICU bed not available in our facility', 'Specialised care (neurosurgery/cardiothoracic)', 'Radiotherapy', 'Family request'])),
                  KV('Ambulance', pk(['County ambulance', 'Hospital ambulance KBX %dY' % ri(100, 999), 'St John ambulance', 'Private'])) + '   ' + KV('Escort', pk(['Nurse + relative', 'MO', 'Relative'])), c.sign(None, 1))
    if lay == 2:
        return J(pk(['ICU DISCHARGE / STEP-DOWN SUMMARY', 'HDU TRANSFER OUT NOTE', 'Critical care transfer summary']), c.pt_line(4), KV('ICU admission', fd(c.adm)) + '  ' + KV('Transfer out', fd(d)), KV('Admitting problem', c.dx(True)),
                 KV('ICU course', pk(['Ventilated for %d days, extubated on %s' % (ri(1, 6), fd(d - datetime.timedelta(days=1))), 'Inotropes weaned off after 48 hrs', 'Required non-invasive oxygen only'])), KV('Lines', pk(['Peripheral IV only', 'CVC removed', 'HD catheter in situ (right IJ)'])),
                 KV('Current meds', '; '.join(c.meds('tx', 'terse'))), KV('Plan for ward', pk(['Continue antibiotics to day 7', 'Physiotherapy', 'Mobilise', 'Nutrition review'])), staff(c.co, 'reg')[0] + ' (ICU)')
    if lay == 3:
        reg = art_regimen(c.year, p['age'] < 10)
        return J(pk(['ART TRANSFER OUT FORM', 'HIV CARE - TRANSFER LETTER', 'TRANSFER OUT - CCC']), c.fac['name'], KV('To', c.lower), KV('Name', p['name']) + '  ' + KV('Unique ID', digits(10)), KV('Date enrolled in care', fd(c.adm - datetime.timedelta(days=ri(400, 3000)))),
                 KV('ART start date', fd(c.adm - datetime.timedelta(days=ri(200, 2000)))), KV('Baseline CD4/WHO stage', '%d / %s' % (ri(30, 500), pk(['1', '2', '3', '4']))), KV('Current regimen', reg), KV('Regimen changes', pk(['None', 'AZT -> TDF (anaemia)', 'EFV -> DTG (transition)'])),
                 KV('Last VL', '%s (%s)' % (hiv_vl(mb()), fd(c.adm - datetime.timedelta(days=ri(30, 300))))), KV('TB status', pk(['No signs', 'Completed IPT', 'On TB Rx'])), KV('Drugs given', '%d days supply' % pk([30, 60, 90])), KV('Reason', pk(['Relocation', 'Closer to home', 'Work'])), clin_name(c.co, 'co'))
    if lay == 4:
        return J(pk(['TB PATIENT TRANSFER FORM', 'TRANSFER FORM - TB PROGRAMME']), KV('From TB unit', c.fac['name']) + '  ' + KV('To', c.lower), KV('Name', p['name']) + '  ' + KV('TB No', '%d/%s' % (ri(1, 500), c.year)), KV('Type', pk(['New PBC', 'Relapse'])),
                 KV('Date started', fd(c.adm)), KV('Regimen', '2RHZE/4RH'), KV('Phase', pk(['Intensive', 'Continuation'])), KV('Doses taken', str(ri(14, 120))), KV('Sputum results', 'Month 0: %s; Month 2: %s' % (pk(['pos', 'MTB detected']), pk(['neg', 'not done']))), KV('HIV', pk(['Pos - on ART', 'Neg'])),
                 '(Lower part to be returned to the transferring unit)', clin_name(c.co, 'plain') + ' TB coordinator')
    if lay == 5:
        return J(pk(['NEWBORN TRANSFER TO NBU', 'NEONATAL TRANSFER NOTE', 'Baby transfer - maternity to NBU']), KV("Baby of", p['name'] if p['sex'] == 'F' else person_name(c.co, 'F')), KV('DOB/time', '%s %s' % (fd(d), ft())), KV('Sex', pk(['M', 'F'])) + '  ' + KV('Birth wt', '%.2f kg' % rf(1.1, 4.2, 2)),
                 KV('Mode of delivery', pk(['SVD', 'EMCS', 'Breech'])), KV('Apgar', '%d/%d' % (ri(3, 8), ri(6, 10))), KV('Reason', pk(['Prematurity', 'Birth asphyxia', 'Meconium aspiration', 'Low birth weight', 'Neonatal sepsis risk (PROM > 18 hrs)'])),
                 KV('Given', 'Vit K 1 mg IM, TEO' + pk(['', ', resuscitation with bag & mask'])), KV('Mother HIV', pk(['Neg', 'Pos - NVP prophylaxis started'])), KV('Escort', clin_name(c.co, 'nurse')))
    return J('Transfer to %s' % pk(['HDU', 'ward', 'private wing']), fd(d) + ' ' + ft(), '%s, %s. %s. Stable for transfer. Vitals: %s. Rx: %s.' % (p['name'], c.dx(True), pk(cs['course']), c.vit(1), ', '.join(c.meds('tx', 'terse')[:3])), staff(c.co)[0])


def t_provider_orders():
    c = Ctx()
    cs, p = c.cs, c.p
    d = c.adm + datetime.timedelta(days=ri(0, 2))
    lay = ri(0, 6)
    if lay == 0:
        return J(pk(["DOCTOR'S ORDERS", 'PHYSICIAN ORDER SHEET', "DOCTORS' ORDERS / INSTRUCTIONS"]), c.pt_line(0), KV('Allergies', pk(['NKDA', 'None'])), '',
                 '%s %s' % (fd(d), ft()), BL(c.meds('tx') + cs['txn'][:2], True), '', '%s %s' % (fd(d + datetime.timedelta(days=1)), ft()), BL([pk(['Stop IV fluids', 'Change to oral', 'Repeat FHG', 'Continue as above']), pk(['Vitals 4 hourly', 'Soft diet', 'Remove catheter'])], True), staff(c.co)[0])
    if lay == 1:
        return J(pk(['ADMISSION ORDERS', 'Admit orders', 'ADMISSION ORDER SET']), '%s  %s' % (fd(c.adm), ft()), KV('Admit to', '%s under %s' % (c.ward, staff(c.co, 'cons')[0])), KV('Diagnosis', c.dx(True)), KV('Condition', pk(['Fair', 'Serious', 'Stable', 'Critical'])),
                 KV('Vitals', pk(['4 hourly', 'Hourly', '2 hourly x 24 hrs then 4 hrly'])), KV('Activity', pk(['Bed rest', 'Ambulate as tolerated', 'Strict bed rest'])), KV('Diet', pk(['NPO', 'Soft diet', 'Normal', 'Diabetic diet', 'Low salt', 'F-75 as per protocol'])),
                 KV('IV fluids', pk(['NS 1L 8 hourly', 'RL/D5 alternate 3 L/24h', 'Maintenance as per weight', 'None'])), 'Medications:', BL(c.meds('tx'), True), KV('Labs', ', '.join(a for a, *_ in cs['labs'][:6])),
                 KV('Imaging', ', '.join(i['exam'] for i in cs['img']) or 'None'), KV('Notify MO if', pk(['SBP < 90 or > 180', 'T > 38.5', 'SpO2 < 92%', 'GCS drops'])), staff(c.co)[0])
    if lay == 2 and cs.get('op'):
        op = cs['op'] if isinstance(cs['op'], dict) else op_cs(p, c.dx(True))
        return J(pk(['POST-OPERATIVE ORDERS', 'Post-op instructions', 'POST OP ORDERS']), 's/p ' + op['name'], fd(d), BL(op['postop'] + pks(['Vitals half hourly x 2 hrs then hourly x 4 then 4 hourly', 'Strict I/O chart', 'Check Hb in 24 hrs', 'Keep NPO until review'], 2), True), staff(c.co, pk(['reg', 'mo']))[0])
    if lay in (2, 3):
        return J(pk(['TELEPHONE / VERBAL ORDER', 'VERBAL ORDER RECORD']), KV('Date/time', '%s %s' % (fd(d), ft())), KV('Patient', p['name']) + '  ' + KV('Bed', str(c.bed)), KV('Order', pk(c.meds('tx')) + ' STAT' if mb() else pk(['Give NS 500 ml bolus', 'Paracetamol 1 g IV stat', 'Repeat RBS in 1 hr'])),
                 KV('Given by', staff(c.co)[0] + ' (phone)'), KV('Received by', clin_name(c.co, 'nurse')), 'Read back: [x] Yes', KV('Countersigned by prescriber within 24 h', blank()))
    if lay == 4 and c.key in ('sam', 'gastro', 'pneumonia', 'malaria', 'dka'):
        return J(pk(['FEEDING / FLUID ORDERS', 'SAM FEEDING CHART ORDERS', 'DKA PROTOCOL ORDERS', 'Paediatric fluid prescription']), c.pt_line(1), KV('Weight', '%.1f kg' % p['wt']), '', BL(c.meds('tx', 'word') + cs['txn'], True),
                 KV('Review', pk(['every 2 hrs', '4 hourly', 'on WR'])), staff(c.co)[0])
    if lay in (4, 5):
        return J('Order Summary (CPOE)', 'Patient: %s  MRN %s  Loc %s-%d' % (p['name'], c.ipno, c.ward, c.bed), '-' * 60, '\n'.join('%s  %-8s  %s   [%s]' % (fd(d, 5), pk(['MED', 'MED', 'LAB', 'NURS']), x, pk(['Active', 'Active', 'Completed', 'Discontinued'])) for x in c.meds('tx', 'word') + ['%s' % a for a, *_ in cs['labs'][:3]]),
                 '-' * 60, 'Ordering provider: %s' % staff(c.co)[0])
    return J(pk(['ICU ORDERS', 'HDU ORDER SHEET']), fd(d), BL(['Head of bed 30 degrees', 'O2 to keep SpO2 > 94%', 'Hourly vitals + GCS', 'Urinary catheter, hourly urine output', 'RBS 4 hourly'] + c.meds('tx')[:3] + ['DVT prophylaxis: Enoxaparin 40 mg SC OD' if p['age'] > 16 else 'Early mobilisation'], True), staff(c.co, 'reg')[0])


def t_discharge_instructions():
    c = Ctx()
    cs, p = c.cs, c.p
    lay = ri(0, 6)
    tca = c.dis + datetime.timedelta(days=pk([7, 14, 14, 21, 28, 30]))
    if lay == 0:
        return J(c.fac['name'], pk(['GOING HOME: INFORMATION FOR YOU', 'DISCHARGE INSTRUCTIONS', 'Patient instructions on discharge']), KV('Name', p['name']) + '  ' + KV('Date', fd(c.dis)), '', 'You were treated for: %s' % c.dx(True), '',
                 'Your medicines:', BL(c.meds('dmeds', 'word'), True), '', 'What to do at home:', BL(cs['edu']), '', 'Come back immediately if: ' + pk(['you have fever, severe pain or bleeding', 'the symptoms come back or get worse', 'you cannot eat or drink']), KV('Clinic appointment', '%s on %s' % (cs['fu'], fd(tca))))
    if lay == 1:
        return J(c.fac['name'], 'MAELEKEZO YA KURUDI NYUMBANI / DISCHARGE INSTRUCTIONS', KV('Jina (Name)', p['name']), '', 'Dawa (Medicines):', BL(c.meds('dmeds'), True),
                 'Maelekezo (Advice):', BL(cs['edu']), 'Rudi hospitali mara moja ukiona (Return immediately if): %s' % pk(['homa / fever', 'damu nyingi / heavy bleeding', 'maumivu makali / severe pain']), KV('Tarehe ya kurudi kliniki (Return date)', fd(tca)))
    if lay == 2:
        return J(pk(['DISCHARGE CARD', 'OUTPATIENT APPOINTMENT CARD', 'Clinic card']), KV('Name', p['name']) + '  ' + KV('No', c.ipno), KV('Dx', c.dx(True)), KV('TTO', '; '.join(c.meds('dmeds', 'abbr'))),
                 KV('TCA', '%s - %s' % (fd(tca), cs['fu'].split(' in ')[0])), 'Appointments: %s' % ', '.join(fd(tca + datetime.timedelta(days=28 * k)) for k in range(ri(1, 3))), 'Bring this card every visit.')
    if lay == 3:
        return JJ(pk(['After your operation', 'Caring for yourself after surgery', 'POST-OPERATIVE ADVICE SHEET']), 'Operation: %s' % (cs['op']['name'] if isinstance(cs.get('op'), dict) else (op_cs(p, '')['name'] if cs.get('op') else 'N/A')),
                  BL(['Keep the wound clean and dry; dressing change at the nearest facility every %d days' % ri(2, 3), 'Stitches will be removed on day %d' % ri(7, 14), 'Avoid lifting heavy items for %d weeks' % ri(4, 8), 'Take painkillers as prescribed', 'Eat a balanced diet with plenty of fluids']),
                  'Danger signs: fever, wound redness or pus, wound opening, vomiting, severe pain.', 'Review: %s (%s)' % (cs['fu'], fd(tca)))
    if lay == 4:
        return J(pk(['INSTRUCTIONS FOR PARENTS/CAREGIVERS', 'Advice to mother on discharge', 'Child discharge advice']), KV('Child', p['name']) + '  ' + KV('Age', p['age_s']), '', BL(cs['edu'] + ['Continue breastfeeding and give extra fluids', 'Complete all the medicine even if the child is well'], True),
                 'Bring the child back IMMEDIATELY if: not able to drink/breastfeed, vomits everything, convulsions, very sleepy, fast/difficult breathing.', 'Next visit: ' + fd(tca) + ' (' + cs['fu'] + ')', 'Medicines given: ' + ', '.join(c.meds('dmeds', 'terse')))
    if lay == 5:
        return J(pk(['TB PATIENT INFORMATION', 'Diabetes - going home', 'Advice sheet']), 'Dear %s,' % p['name'].split()[0], 'Please follow these instructions:', BL(cs['edu'] + [pk(['Attend DOT daily at %s' % c.lower, 'Keep your clinic appointment', 'Call %s if you have questions' % c.fac['tel']])], True),
                 'Your next appointment: %s' % fd(tca), 'Nurse: %s' % clin_name(c.co, 'nurse'))
    return J('Discharge - %s' % fd(c.dis), 'Pt counselled on: %s.' % '; '.join(cs['edu'][:3]), 'Meds: ' + ', '.join(c.meds('dmeds', 'terse')), 'TCA: %s %s' % (pk(['2/52', '1/12', '1/52', '6/52']), cs['fu'].split(' in ')[0]), 'Pt/relative verbalised understanding.', clin_name(c.co, 'nurse'))


def t_other():
    c = Ctx()
    cs, p = c.cs, c.p
    lay = ri(0, 9)
    cur = COUNTRIES[c.co]['cur']
    if lay == 0:
        return J(letterhead(c, 1), '', pk(['FAX', 'FACSIMILE TRANSMISSION', 'FAX COVER SHEET']), '', KV('To', staff(c.co)[0] + ', ' + pk([c.lower, 'National Referral Hospital', 'NHIF Branch Office'])), KV('Fax No', '0%d %s' % (ri(20, 59), digits(6))),
                 KV('From', staff(c.co)[0] + ', ' + c.fac['name']), KV('Date', fd(c.dis)), KV('Pages (incl. cover)', str(ri(2, 8))), KV('Re', pk(['Patient records - %s' % p['name'], 'Lab results', 'Referral documents', 'Claim documents'])), '',
                 pk(['Please find attached the requested documents.', 'Kindly acknowledge receipt.', 'Urgent - please call on receipt.']), '', 'CONFIDENTIALITY NOTICE: This facsimile contains confidential medical information intended only for the addressee. If received in error please notify the sender and destroy.')
    if lay == 1:
        q = ['Cough for 2 weeks or more?', 'Fever?', 'Night sweats?', 'Noticeable weight loss?', 'Contact with a TB patient?', 'Blood in sputum?']
        return J(pk(['TB SCREENING QUESTIONNAIRE', 'INTENSIFIED CASE FINDING (ICF) TOOL', 'Symptom screening form']), KV('Name', p['name']) + '  ' + KV('Date', fd(c.opd)), '', '\n'.join('%d. %s   Yes [%s]  No [%s]' % (i, x, *(('x', ' ') if mb(0.3) else (' ', 'x'))) for i, x in enumerate(q, 1)),
                 '', 'If YES to any: presumptive TB - send sputum for GeneXpert.', 'Screened by: ' + clin_name(c.co, 'plain'))
    if lay == 2:
        return J(pk(['PATIENT HEALTH QUESTIONNAIRE (PHQ-9)', 'Depression screening (PHQ-9)']), KV('Name', p['name']), KV('Clinic', pk(['CCC', 'MOPC', 'Diabetes clinic'])), KV('Date', fd(c.opd)), 'Over the last 2 weeks, how often have you been bothered by:',
                 '\n'.join('%s ... %d' % (x, ri(0, 3)) for x in ['Little interest or pleasure in doing things', 'Feeling down, depressed or hopeless', 'Trouble sleeping', 'Feeling tired', 'Poor appetite or overeating', 'Feeling bad about yourself', 'Trouble concentrating', 'Moving slowly or restless', 'Thoughts of self-harm']),
                 'Total score: %d' % ri(2, 22), 'Action: ' + pk(['None', 'Counselling', 'Refer to psychiatry']))
    if lay == 3:
        return J(c.fac['name'], pk(['REQUEST FOR RELEASE OF MEDICAL INFORMATION', 'APPLICATION FOR MEDICAL RECORDS', 'AUTHORITY TO RELEASE MEDICAL REPORT']), '', KV('Patient name', p['name']) + '  ' + KV('IP/OP No', c.ipno), KV('Dates of treatment', '%s - %s' % (fd(c.adm), fd(c.dis))),
                 KV('Requested by', pk(['%s & Co. Advocates' % person_name(c.co, 'M').split()[-1].title(), 'Insurance company', 'Employer', 'Patient (self)', 'Police'])), KV('Purpose', pk(['Insurance claim', 'Legal proceedings (RTA compensation)', 'Continuity of care', 'Employment'])),
                 KV('Information requested', pk(['Full medical report', 'Discharge summary and X-ray reports', 'Treatment notes'])), '', 'I authorise the release of the above information.', KV('Signature of patient', blank()), KV('Fee paid', '%s %s (receipt %s)' % (cur, format(pk([500, 1000, 2000, 20000, 50000]), ','), digits(6))),
                 KV('Approved by (HRIO)', clin_name(c.co, 'plain')))
    if lay == 4:
        items = [('Bed charges (%d days)' % c.los, c.los * pk([300, 500, 1000]) * (30 if c.co != 'KE' else 1)), ('Consultation', pk([200, 500]) * (30 if c.co != 'KE' else 1)), ('Laboratory', ri(5, 40) * 100 * (30 if c.co != 'KE' else 1)),
                 ('Pharmacy', ri(10, 120) * 100 * (30 if c.co != 'KE' else 1)), ('Radiology', ri(0, 30) * 100 * (30 if c.co != 'KE' else 1)), ('Theatre' if cs.get('op') else 'Procedures', ri(0, 250) * 100 * (30 if c.co != 'KE' else 1)), ('Nursing/ consumables', ri(5, 40) * 100 * (30 if c.co != 'KE' else 1))]
        tot = sum(x[1] for x in items)
        paid = pk([0, tot // 2, tot, int(tot * 0.8)])
        return J(c.fac['name'].upper(), pk(['INTERIM INVOICE', 'FINAL BILL', 'PATIENT STATEMENT OF ACCOUNT', 'INPATIENT BILL']), KV('Name', p['name']) + '  ' + KV('IP No', c.ipno), KV('Admitted', fd(c.adm)) + '  ' + KV('Discharged', fd(c.dis)), '',
                 '\n'.join('%-28s %s %12s' % (a, cur, format(b, ',')) for a, b in items), '-' * 46, '%-28s %s %12s' % ('TOTAL', cur, format(tot, ',')), '%-28s %s %12s' % ('LESS: %s' % pk(['NHIF rebate', 'Deposit', 'Waiver', 'Paid']), cur, format(paid, ',')), '%-28s %s %12s' % ('BALANCE DUE', cur, format(tot - paid, ',')),
                 '', 'Pay via %s. Thank you.' % pk(['M-Pesa Paybill %s' % digits(6), 'cash office', 'bank', 'Mobile money']), 'Cashier: ' + clin_name(c.co, 'plain'))
    if lay == 5:
        return J(pk(['NHIF CLAIM FORM', 'NHIF INPATIENT CLAIM / PRE-AUTHORISATION', 'CLAIM FORM - NHIF (CONTRACTED FACILITY)']), KV('Facility', c.fac['name']) + '  ' + KV('Facility code', digits(5)), KV('Member name', p['name'] if p['age'] >= 18 else c.nok), KV('Member No', digits(8)),
                 KV('Patient', p['name']) + '  ' + KV('Relationship', 'Principal' if p['age'] >= 18 else 'Dependant'), KV('Date of admission', fd(c.adm)) + '  ' + KV('Discharge', fd(c.dis)), KV('Diagnosis', '%s (%s)' % (cs['dx'], cs['icd'])), KV('Procedure', cs['op']['name'] if isinstance(cs.get('op'), dict) else 'N/A'),
                 KV('Amount claimed', '%s %s' % (cur, format(ri(10, 300) * 1000, ','))), '', 'Declaration by member: I confirm the above services were received. Sign/thumb: ' + blank(), 'Doctor: ' + staff(c.co)[0] + '   Sign: ' + blank(), '[Hospital stamp]')
    if lay == 6:
        return J(pk(COUNTRIES[c.co]['gov']), 'POLICE MEDICAL EXAMINATION FORM (P3)' if c.co == 'KE' else ('POLICE FORM 3 (PF3)' if c.co == 'TZ' else 'POLICE FORM 3 (PF3) - MEDICAL EXAMINATION'), '', 'PART A (Police)', KV('OB No', '%d/%d/%d' % (ri(1, 60), c.adm.month, c.year)), KV('Station', '%s Police Station' % c.village),
                 KV('Name of complainant', p['name']) + '  ' + KV('Age', p['age_s']), KV('Alleged offence', pk(['Assault causing actual bodily harm', 'Grievous harm', 'Sexual offence', 'Traffic accident'])), '', 'PART B (Medical officer)', KV('Date of examination', fd(c.adm + datetime.timedelta(days=ri(1, 10)))),
                 KV('General condition', pk(['Fair', 'Good', 'In pain'])), KV('Injuries', pk(['Healed 4 cm laceration on the scalp', 'Bruises on the back and arms', 'Fracture of the left ulna (X-ray confirmed)'])), KV('Probable weapon', pk(['Blunt', 'Sharp', 'Blunt/ sharp'])),
                 KV('Approximate age of injuries', '%d days' % ri(1, 10)), KV('Degree of injury', pk(['Harm', 'Grievous harm', 'Maim'])), '', 'Medical officer: ' + staff(c.co)[0] + '   Sign ' + blank())
    if lay == 7:
        return J(pk(COUNTRIES[c.co]['gov']), pk(['MEDICAL CERTIFICATE OF CAUSE OF DEATH', 'NOTIFICATION OF DEATH', 'CERTIFICATE OF CAUSE OF DEATH (Form D1)']), KV('Name of deceased', p['name']), KV('Age', p['age_s']) + '  ' + KV('Sex', p['sex']), KV('Date of death', fd(c.dis)) + '  ' + KV('Place', c.fac['name']),
                 'I(a) Immediate cause: ' + pk(['Septic shock', 'Respiratory failure', 'Raised intracranial pressure', 'Cardiac arrest']), '  (b) due to: ' + cs['dx'], '  (c) due to: ' + pk(['', 'HIV disease', 'Hypertension', '']), 'II Other significant conditions: ' + pk(['Anaemia', 'None', 'Malnutrition']),
                 KV('Manner', 'Natural'), KV('Certifying officer', staff(c.co)[0]), KV('Date', fd(c.dis)))
    if lay == 8:
        return J(pk(['CLINICAL PHOTOGRAPH', 'Photo documentation', 'Medical illustration - image record']), '[Image: %s]' % pk(['wound on day %d post-op' % ri(3, 14), 'burn wound before grafting', 'left leg ulcer', 'Kaposi sarcoma lesions on the foot', 'neck swelling (goitre) anterior view']),
                 'Caption: %s, %s, %s. %s' % (c.ipno, p['age_s'], p['sex'], pk(['Photo taken with consent for the medical record.', 'Scale bar = 1 cm.', 'Taken by %s.' % clin_name(c.co, 'nurse')])), 'Date: %s' % fd(c.adm + datetime.timedelta(days=ri(1, 10))), 'Consent for photography: %s' % pk(['Yes', 'Yes (verbal)', 'Yes - signed']))
    return J(c.fac['name'], pk(['PATIENT FEEDBACK / COMPLAINT FORM', 'CUSTOMER SATISFACTION SURVEY', 'Client exit interview']), KV('Date', fd(c.dis)), KV('Department/ward', c.ward), '',
             pk(['1. Were you received well? Yes\n2. Waiting time: %d hours\n3. Were drugs available? %s\n4. Cleanliness: %s\n5. Overall rating: %d/5' % (ri(1, 6), pk(['Yes', 'No - bought outside']), pk(['Good', 'Fair', 'Poor']), ri(1, 5)),
                 'Complaint: I waited for %d hours before being seen and was asked to buy %s from outside. Please improve.' % (ri(3, 9), pk(['gloves', 'drugs', 'a catheter'])), 'Compliment: The nurses in %s were very caring. Thank you.' % c.ward]),
             'Name (optional): %s' % pk([p['name'], '', 'Anonymous']), 'Tel: %s' % pk([c.phone, '']))


# ===================================================================== OUTPUT
TYPES = [
    ('discharge_summary', t_discharge_summary), ('history_physical', t_history_physical), ('progress_note', t_progress_note),
    ('consult_note', t_consult_note), ('operative_note', t_operative_note), ('procedure_note', t_procedure_note), ('lab_report', t_lab_report),
    ('imaging_report', t_imaging_report), ('pathology_report', t_pathology_report), ('medication_list', t_medication_list), ('prescription', t_prescription),
    ('anesthesia_record', t_anesthesia_record), ('correspondence', t_correspondence), ('consent_form', t_consent_form), ('referral_letter', t_referral_letter),
    ('advance_directive', t_advance_directive), ('ecg_report', t_ecg_report), ('immunization_record', t_immunization_record), ('registration_form', t_registration_form),
    ('insurance_card', t_insurance_card), ('nursing_note', t_nursing_note), ('ed_note', t_ed_note), ('transfer_summary', t_transfer_summary),
    ('provider_orders', t_provider_orders), ('discharge_instructions', t_discharge_instructions), ('other', t_other),
]

SUBS = {'l': ['1', 'I', '|'], 'I': ['l', '1'], 'O': ['0'], 'o': ['0', 'c'], '0': ['O', 'o'], 'e': ['c', 'o'], 'c': ['e'], 'S': ['5'], '5': ['S'],
        'B': ['8'], '8': ['B'], 'i': ['l', '1', 'í'], 'a': ['o', 'e'], 'n': ['ri', 'm'], 'm': ['rn', 'nn'], ',': ['.'], '.': [',', ''], 'h': ['b'], 'u': ['v', 'n'], 't': ['f', 'l'], 'g': ['q', '9'], '1': ['l', 'I']}


def ocr(text, lvl):
    if lvl == 0:
        return text
    rate = [0, 0.003, 0.008, 0.02][lvl]
    out = []
    for line in text.split('\n'):
        chars = []
        for ch in line:
            r = R.random()
            if r < rate and ch in SUBS:
                chars.append(pk(SUBS[ch]))
            elif r < rate * 1.3 and ch == ' ':
                chars.append(pk(['  ', '', ' . ']))
            elif r < rate * 0.2 and ch.isalpha():
                continue
            else:
                chars.append(ch)
        s = ''.join(chars)
        if lvl >= 2 and mb(0.03):
            s = s + pk([' |', ' .', ' ,', '  ~', " '"])
        if lvl >= 2 and mb(0.02) and len(s) > 30:
            k = ri(10, len(s) - 10)
            s = s[:k] + '\n' + s[k:]
        out.append(s)
    return '\n'.join(out)


def furnish(text, label):
    lines = text.split('\n')
    head = []
    if mb(0.08):
        head.append('%s %s  FROM: %s  TO: %s  P.%d/%d' % (pk(['JAN', 'MAR', 'JUN', 'SEP', 'NOV']) + '-%02d-%d' % (ri(1, 28), ri(2005, 2022)), '%02d:%02d' % (ri(0, 23), ri(0, 59)), pk(['+254 20', '+256 41', '+255 22', '0']) + digits(7), digits(9), ri(1, 3), ri(3, 6)))
    if mb(0.06):
        head.append(pk(['CONFIDENTIAL', 'MEDICAL IN CONFIDENCE', 'COPY', 'DUPLICATE', 'ORIGINAL']))
    if len(lines) > 45 and mb(0.6):
        n = (len(lines) + 39) // 40
        newl = []
        for i in range(n):
            chunk = lines[i * 40:(i + 1) * 40]
            if i:
                newl.append(pk(['(continued)', '--- page break ---', '', 'cont\'d']))
            newl.extend(chunk)
            newl.append(pk(['Page %d of %d' % (i + 1, n), '- %d -' % (i + 1), 'Pg %d/%d' % (i + 1, n), '%d' % (i + 1)]))
        lines = newl
    tail = []
    r = R.random()
    if r < 0.10:
        tail.append(pk(['[STAMP: RECEIVED %s MEDICAL RECORDS]' % (ri(1, 28)), '[stamp illegible]', '(Official rubber stamp)', '[SCANNED]', 'RECEIVED', '[HOSPITAL STAMP]']))
    elif r < 0.2:
        tail.append(pk(['Printed on %02d/%02d/%d %02d:%02d' % (ri(1, 28), ri(1, 12), ri(2008, 2022), ri(0, 23), ri(0, 59)), 'Page 1 of 1', 'MOH/%s/%d' % (pk(['FORM', 'HMIS']), ri(100, 799)), 'Rev. %d/%d' % (ri(1, 4), ri(2005, 2020)),
                        'File copy', 'Scanned by HRIO %s' % digits(3)]))
    if mb(0.05):
        k = ri(0, max(0, len(lines) - 1))
        lines.insert(k, pk(['[illegible]', '[handwritten note in margin: %s]' % pk(['seen', 'urgent', 'file', 'pls review', 'noted']), '(crossed out)', '???']))
    return '\n'.join(head + lines + tail)


def clean(text):
    out = []
    blank_run = 0
    for ln in text.split('\n'):
        ln = ln.rstrip()
        if not ln.strip():
            blank_run += 1
            if blank_run > 1:
                continue
        else:
            blank_run = 0
        out.append(ln)
    return '\n'.join(out).strip('\n')


def main():
    global R
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--per-type', type=int, default=25)
    ap.add_argument('--out', default='docs.jsonl')
    a = ap.parse_args()
    R = random.Random(a.seed)
    globals()['R'] = R
    recs = []
    for label, fn in TYPES:
        for i in range(a.per_type):
            new_style()
            txt = fn()
            txt = clean(txt)
            txt = furnish(txt, label)
            txt = ocr(txt, wpk([(0, 30), (1, 35), (2, 25), (3, 10)]))
            recs.append({'id': 'eaf-%d-%s-%04d' % (a.seed, label, i), 'label': label, 'text': txt})
    order = list(range(len(recs)))
    R.shuffle(order)
    with open(a.out, 'w', encoding='utf-8') as f:
        for k in order:
            f.write(json.dumps(recs[k], ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
