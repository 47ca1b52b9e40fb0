#!/usr/bin/env python3
"""Synthetic generator of US physician dictation-style medical documents
(transcription-service style, 1995-2020).  Standard library only.
All names, identifiers, institutions and numbers are fictitious.

usage: python generate.py --seed N --per-type K --out docs.jsonl
"""
import argparse
import datetime
import hashlib
import json
import random
import re

R = random.Random(0)

# ---------------------------------------------------------------- helpers

def c(seq):
    return R.choice(seq)


def cs(seq, k):
    seq = list(seq)
    k = max(0, min(k, len(seq)))
    return R.sample(seq, k)


def chance(p):
    return R.random() < p


_CHOICE = re.compile(r"\{([^{}]*)\}")
_SLOT = re.compile(r"<([A-Za-z_][A-Za-z0-9_]*)>")


def X(s, ctx=None):
    """Expand {a|b|c} choices (nested allowed) then <slot> from ctx."""
    while True:
        m = _CHOICE.search(s)
        if not m:
            break
        s = s[:m.start()] + c(m.group(1).split("|")) + s[m.end():]
    if ctx:
        s = _SLOT.sub(lambda m: str(ctx[m.group(1)]) if m.group(1) in ctx else m.group(0), s)
    return s


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def join_and(items):
    items = [i for i in items if i]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return items[0] + " and " + items[1]
    return ", ".join(items[:-1]) + ", and " + items[-1]


def para(sents):
    return " ".join(cap(s.strip()) + ("" if s.strip().endswith((".", "?", "!", ":")) else ".") for s in sents if s and s.strip())


NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen"]


def nw(n):
    return NUMW[n] if 0 <= n < len(NUMW) else str(n)


def ordinal(n):
    return {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
            8: "eighth", 9: "ninth", 10: "tenth"}.get(n, "%dth" % n)

# ---------------------------------------------------------------- people

FIRST_M = ["Harold", "Walter", "Eugene", "Dale", "Rodney", "Curtis", "Leon", "Vernon", "Ambrose", "Clifford",
           "Desmond", "Franklin", "Gordon", "Irving", "Jerome", "Lyle", "Marvin", "Norbert", "Oswald", "Preston",
           "Quincy", "Russell", "Stanley", "Thaddeus", "Virgil", "Wendell", "Brent", "Casey", "Dwayne", "Elliot",
           "Gus", "Hector", "Ivan", "Jasper", "Kurt", "Lamar", "Milo", "Nolan", "Otis", "Rufus", "Tobias", "Warren"]
FIRST_F = ["Agnes", "Bernice", "Claudette", "Doreen", "Edna", "Florence", "Gladys", "Harriet", "Imogene", "Jolene",
           "Kathleen", "Loretta", "Maxine", "Nadine", "Opal", "Pauline", "Rosalind", "Sylvia", "Theda", "Velma",
           "Wilma", "Yvette", "Amber", "Brandy", "Celeste", "Darlene", "Eloise", "Francine", "Gwen", "Hazel",
           "Ingrid", "Joanna", "Krista", "Lorna", "Mavis", "Noreen", "Olive", "Priscilla", "Renata", "Tamsin"]
SUR_A = ["Brindle", "Quill", "Marrow", "Tansy", "Wick", "Fable", "Thistle", "Copper", "Juniper", "Larch",
         "Pebble", "Saffron", "Bramble", "Corvel", "Dapple", "Ember", "Fennel", "Gossam", "Hollis", "Inkle",
         "Jessop", "Kettle", "Lantern", "Mossgrave", "Nettle", "Orchard", "Pindle", "Ravel", "Sorrel", "Tumble",
         "Umber", "Vesper", "Wren", "Yarrow", "Zephyr", "Alder", "Button", "Cobble", "Dorrit", "Figgin"]
SUR_B = ["wood", "field", "ton", "worth", "brook", "ley", "more", "gate", "ridge", "holt", "by", "stone",
         "wick", "combe", "hurst", "dale", "ford", "shaw", "mere", "thorpe"]
DR_FIRST = ["Alan", "Beatrice", "Carl", "Diane", "Edward", "Fiona", "George", "Helen", "Isaac", "Janet", "Kevin",
            "Linda", "Martin", "Nancy", "Oliver", "Patricia", "Raymond", "Sandra", "Thomas", "Ursula", "Victor",
            "Wanda", "Arjun", "Mei", "Rashid", "Ingrid", "Tomas", "Priya", "Kwame", "Elena"]
MI = "ABCDEFGHJKLMNPRSTW"


def surname():
    return c(SUR_A) + c(SUR_B)


def doctor(cred=None):
    f = c(DR_FIRST)
    l = surname()
    cred = cred or c(["M.D.", "M.D.", "M.D.", "M.D.", "D.O."])
    return {"first": f, "last": l, "full": "%s %s. %s, %s" % (f, c(MI), l, cred), "dr": "Dr. " + l,
            "name": "%s %s" % (f, l)}


def patient(age_rng=(18, 90), sex=None):
    sex = sex or c(["M", "F"])
    age = R.randint(*age_rng)
    first = c(FIRST_M if sex == "M" else FIRST_F)
    last = surname()
    p = {"sex": sex, "age": age, "first": first, "last": last, "name": first + " " + last}
    if sex == "M":
        p.update(he="he", He="He", his="his", His="His", him="him", man=("man" if age >= 18 else "boy"),
                 title="Mr. " + last if age >= 18 else first, gender="male")
    else:
        p.update(he="she", He="She", his="her", His="Her", him="her", man=("woman" if age >= 18 else "girl"),
                 title=c(["Mrs.", "Ms."]) + " " + last if age >= 18 else first, gender="female")
    if age < 2:
        months = R.randint(2, 22)
        p["agestr"] = "%d-month-old" % months
        p["man"] = "infant"
    else:
        p["agestr"] = "%d-year-old" % age
    p["mrn"] = "%s%06d" % (c(["", "00", "MR", "A"]), R.randint(10000, 999999))
    p["pt"] = p["title"]
    p["age_s"] = str(age)
    return p


def rand_date(y0=1995, y1=2020):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 20).toordinal()
    return datetime.date.fromordinal(R.randint(start, end))


def fd(d, style=None):
    style = style or c(["us", "us", "us", "long", "short"])
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "short":
        return d.strftime("%m/%d/%y")
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")


def dob_for(age, ref):
    y = ref.year - age
    try:
        return datetime.date(y, R.randint(1, 12), R.randint(1, 28)) - datetime.timedelta(days=0)
    except ValueError:
        return datetime.date(y, 1, 15)


def tstr():
    return "%02d:%02d" % (R.randint(0, 23), R.choice([0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 55]))


HOSP_A = ["Riverbend", "Cedar Hollow", "Lakemont", "Pinecrest", "Harborview Valley", "Saint Aldric", "Mercy Tamarack",
          "Northfield", "Granite Falls", "Willowmere", "Eastbrook", "Sunnyvale Prairie", "Hollister County",
          "Blue Heron", "Fairhaven", "Oak Terrace", "Silverlake", "Meadowlark", "Stonebridge", "Clearwater Bend"]
HOSP_B = ["Medical Center", "Community Hospital", "Regional Medical Center", "General Hospital", "Memorial Hospital",
          "Hospital", "Health Center"]
CITIES = [("Millbrook", "OH"), ("Dunmore Falls", "PA"), ("Ashford", "KY"), ("Cold Springs", "MN"),
          ("Pelham Ridge", "GA"), ("Tarrow", "IN"), ("West Linton", "MI"), ("Bexley Point", "NC"),
          ("Grayhaven", "MO"), ("Oriel", "TX"), ("Calder", "WI"), ("New Hadley", "NY"), ("Sorrento Flats", "AZ"),
          ("Bridgewell", "VA"), ("Quarry Hill", "IA"), ("Marlow Bay", "OR")]
STREETS = ["Maple", "Birch", "Sycamore", "Ridge", "Quarry", "Mill", "Orchard", "Lantern", "Cobble", "Heron",
           "Spruce", "Juniper", "Kestrel", "Fallow", "Willow", "Granger"]


def hospital():
    return c(HOSP_A) + " " + c(HOSP_B)


def address():
    city, st = c(CITIES)
    return "%d %s %s" % (R.randint(12, 9899), c(STREETS), c(["Street", "Avenue", "Road", "Lane", "Drive", "Court"])), \
        "%s, %s %05d" % (city, st, R.randint(10000, 99999))


def phone():
    return "(%03d) 555-%04d" % (R.randint(201, 989), R.randint(100, 9999))

# ---------------------------------------------------------------- footer / header


def footer(d, dr=None, cc_prob=0.35, code_prob=0.6):
    dr = dr or doctor()
    lines = []
    if chance(0.55):
        lines.append("")
        if chance(0.5):
            lines.append("_" * R.randint(24, 34))
        lines.append(dr["full"])
    if chance(code_prob):
        t = d + datetime.timedelta(days=R.choice([0, 1, 1, 1, 2, 3]))
        init = "%s%s/%s%s" % (dr["first"][0].lower(), dr["last"][0].lower(), c("abcdefghjkmnprstw"), c("abcdefghjkmnprstw"))
        style = R.randint(0, 4)
        lines.append("")
        if style == 0:
            lines += ["D: %s %s" % (fd(d, "us"), tstr()), "T: %s %s" % (fd(t, "us"), tstr()),
                      "Job #: %d" % R.randint(100000, 999999)]
        elif style == 1:
            lines += ["DD: %s" % fd(d, "short"), "DT: %s" % fd(t, "short"), "JOB: %d/%s" % (R.randint(1000, 99999), init)]
        elif style == 2:
            lines += ["%s" % init.upper(), "D: %s  T: %s" % (fd(d, "short"), fd(t, "short")),
                      "Doc #: %d  Job #: %d" % (R.randint(10000, 999999), R.randint(1000, 99999))]
        elif style == 3:
            lines += ["Dictated by: %s" % dr["full"], "Dictated: %s  Transcribed: %s" % (fd(d, "us"), fd(t, "us")),
                      c(["DICTATED BUT NOT READ", "Transcriptionist: %s" % init.split("/")[1].upper(), ""])]
        else:
            lines += ["%s:%s" % (dr["last"][:3].upper(), init), "d: %s" % fd(d, "short"), "t: %s" % fd(t, "short"),
                      "cnf# %d" % R.randint(10000, 9999999)]
    if chance(cc_prob):
        n = R.randint(1, 3)
        lines.append("")
        ccs = [doctor() for _ in range(n)]
        lines.append("cc: " + ccs[0]["full"])
        for x in ccs[1:]:
            lines.append("    " + x["full"])
    while lines and lines[-1] == "":
        lines.pop()
    while lines and lines[0] == "":
        lines.pop(0)
    return "\n".join(lines)


def maybe_title(title, p=0.4):
    if chance(p):
        return title.upper() + "\n\n"
    return ""


def maybe_header(pt, d, p=0.15, extra=None):
    if not chance(p):
        return ""
    lines = []
    if chance(0.4):
        lines.append(hospital().upper())
    lines.append("PATIENT: %s, %s" % (pt["last"].upper(), pt["first"].upper()) if chance(0.5)
                 else "NAME: %s" % pt["name"])
    lines.append("MR#: %s" % pt["mrn"])
    if extra:
        lines += extra
    lines.append("DATE: %s" % fd(d, "us"))
    return "\n".join(lines) + "\n\n"


def H(h):
    """Heading variant."""
    return h


# ---------------------------------------------------------------- vitals / exam


def vitals(abn=None):
    abn = abn or {}
    o2 = abn.get("o2", "room air")
    t = abn.get("t", round(R.uniform(97.2, 99.1), 1))
    hr = abn.get("hr", R.randint(62, 96))
    sbp = abn.get("sbp", R.randint(108, 152))
    dbp = abn.get("dbp", R.randint(60, 92))
    rr = abn.get("rr", R.randint(12, 20))
    sat = abn.get("sat", R.randint(94, 100))
    return {"t": t, "hr": hr, "bp": "%d/%d" % (sbp, dbp), "rr": rr, "sat": sat, "o2": o2}


def vitals_line(v, style=0):
    if style == 0:
        return "Temperature %s, pulse %d, blood pressure %s, respirations %d, oxygen saturation %d%% on %s." % (
            v["t"], v["hr"], v["bp"], v["rr"], v["sat"], v.get("o2", "room air"))
    if style == 1:
        return "T %s  P %d  BP %s  R %d  SpO2 %d%%" % (v["t"], v["hr"], v["bp"], v["rr"], v["sat"])
    return "Blood pressure is %s, heart rate %d and regular, respiratory rate %d, temperature %s degrees Fahrenheit, saturating %d%%." % (
        v["bp"], v["hr"], v["rr"], v["t"], v["sat"])


EXAM_NORMAL = {
    "GENERAL": ["well-developed, well-nourished {man|woman|adult} in no acute distress",
                "alert and oriented times three, pleasant and cooperative",
                "awake, alert, conversant, lying comfortably in bed"],
    "HEENT": ["normocephalic, atraumatic; pupils equal, round and reactive to light and accommodation; extraocular movements intact; oropharynx clear",
              "sclerae anicteric, conjunctivae pink, mucous membranes moist, no oropharyngeal erythema or exudate",
              "head atraumatic, tympanic membranes clear bilaterally, nares patent, dentition fair"],
    "NECK": ["supple without lymphadenopathy, thyromegaly or jugular venous distention",
             "no carotid bruits, trachea midline, full range of motion",
             "supple, no JVD, no masses"],
    "LUNGS": ["clear to auscultation bilaterally without wheezes, rales or rhonchi",
              "good air movement throughout, no increased work of breathing",
              "clear to auscultation and percussion bilaterally"],
    "HEART": ["regular rate and rhythm, normal S1 and S2, no murmurs, rubs or gallops",
              "regular rhythm without murmur, point of maximal impulse nondisplaced",
              "S1, S2 normal, no S3 or S4, no murmur"],
    "ABDOMEN": ["soft, nontender, nondistended, normoactive bowel sounds, no hepatosplenomegaly",
                "soft and benign without guarding or rebound, no masses appreciated",
                "obese, soft, nontender, bowel sounds present in all four quadrants"],
    "EXTREMITIES": ["no clubbing, cyanosis or edema; distal pulses 2+ and symmetric",
                    "warm and well perfused without edema, calves nontender",
                    "no edema, full range of motion in all joints"],
    "NEUROLOGIC": ["cranial nerves II through XII grossly intact, strength 5/5 throughout, sensation intact to light touch, reflexes 2+ and symmetric",
                   "alert and oriented, speech fluent, no focal motor or sensory deficit, gait not tested",
                   "nonfocal examination, finger-to-nose intact, Romberg negative"],
    "SKIN": ["warm and dry without rash or lesions", "no jaundice, petechiae or ecchymoses",
             "intact, normal turgor, no ulcerations"],
}
EXAM_ORDER = ["GENERAL", "HEENT", "NECK", "LUNGS", "HEART", "ABDOMEN", "EXTREMITIES", "NEUROLOGIC", "SKIN"]
PROSE_LEAD = {
    "GENERAL": ["On general inspection the patient is {findings}",
                "In general, this is a {findings}"],
    "HEENT": ["Examination of the head and eyes shows {findings}",
              "The head, eyes, ears, nose and throat examination is notable for {findings}"],
    "NECK": ["The neck is {findings}", "Regarding the neck, {findings}"],
    "LUNGS": ["The lungs are {findings}", "Auscultation of the chest finds the lungs {findings}"],
    "HEART": ["Cardiac examination reveals {findings}", "The heart has {findings}"],
    "ABDOMEN": ["The abdomen is {findings}", "Palpation of the abdomen shows it to be {findings}"],
    "EXTREMITIES": ["The extremities show {findings}", "Extremity examination demonstrates {findings}"],
    "NEUROLOGIC": ["Neurologically, {findings}", "On neurologic testing, {findings}"],
    "SKIN": ["The skin is {findings}", "Skin survey shows the skin to be {findings}"],
}


def exam(voice, abnormal=None, v=None, sex="M"):
    """voice: 'list' (H&P style headings), 'prose' (consultant), 'ed' (terse), 'brief'."""
    abnormal = dict(abnormal or {})
    v = v or vitals()
    out = []
    man = "man" if sex == "M" else "woman"
    if voice == "list":
        out.append("VITAL SIGNS: " + vitals_line(v, c([0, 1])))
        for k in EXAM_ORDER:
            f = abnormal.get(k) or c(EXAM_NORMAL[k])
            f = f.replace("{man|woman|adult}", man)
            out.append("%s: %s." % (k if k != "HEART" else c(["HEART", "CARDIOVASCULAR", "CV"]), cap(X(f))))
        return "\n".join(out)
    if voice == "prose":
        s = [vitals_line(v, 2)]
        for k in EXAM_ORDER:
            if k not in abnormal and chance(0.25):
                continue
            f = abnormal.get(k) or c(EXAM_NORMAL[k])
            f = X(f.replace("{man|woman|adult}", man))
            s.append(c(PROSE_LEAD[k]).replace("{findings}", f))
        return para(s)
    if voice == "ed":
        out.append("Vitals: " + vitals_line(v, 1))
        keys = ["GENERAL", "HEENT", "NECK", "LUNGS", "HEART", "ABDOMEN", "EXTREMITIES", "NEUROLOGIC", "SKIN"]
        for k in keys:
            if k not in abnormal and chance(0.2):
                continue
            f = abnormal.get(k) or c(EXAM_NORMAL[k])
            f = X(f.replace("{man|woman|adult}", man))
            out.append("%s: %s." % (k.title() if k != "HEENT" else "HEENT", cap(f)))
        return "\n".join(out)
    # brief
    s = ["Vitals %s." % vitals_line(v, 1)]
    for k in ["GENERAL", "LUNGS", "HEART", "ABDOMEN", "EXTREMITIES"]:
        f = abnormal.get(k) or c(EXAM_NORMAL[k])
        f = X(f.replace("{man|woman|adult}", man))
        s.append("%s: %s." % (k.title()[:3] if k != "EXTREMITIES" else "Ext", f))
    return " ".join(s)

# ---------------------------------------------------------------- inpatient case bank

CASES = [
    dict(key="nstemi", spec="cardiology", svc="cardiology", age=(46, 86), dx="non-ST-elevation myocardial infarction",
         sec=["hypertension", "hyperlipidemia", "type 2 diabetes mellitus", "ongoing tobacco use", "obesity"],
         cc="chest pain",
         hpi=["substernal chest pressure radiating to the left arm that began {two|three|five} hours before arrival while {shoveling snow|climbing the stairs at home|mowing the lawn|sitting watching television}",
              "associated diaphoresis and {nausea|shortness of breath|lightheadedness}",
              "two weeks of intermittent exertional chest tightness relieved by rest",
              "no prior cardiac history other than an abnormal stress test {years ago|that was never followed up}"],
         exam={"GENERAL": "diaphoretic, anxious-appearing {man|woman|adult} in mild distress", "HEART": "regular rhythm with an S4 gallop, no murmur"},
         labs=["initial troponin I of {0.42|0.87|1.6} ng/mL peaking at {4.1|6.8|11.2} ng/mL", "LDL cholesterol of {142|168|131} mg/dL", "hemoglobin A1c of {7.4|8.1|6.9}%"],
         studies=["electrocardiogram showing {1|2} mm horizontal ST depressions in V4 through V6", "echocardiogram with an ejection fraction of {40|45|50}% and anterior hypokinesis"],
         tx="aspirin, clopidogrel, intravenous heparin, metoprolol and high-intensity atorvastatin",
         proc="left heart catheterization with placement of a drug-eluting stent to the {proximal|mid} left anterior descending artery",
         course=["was started on a heparin drip and beta-blockade and remained pain free overnight on telemetry",
                 "underwent cardiac catheterization which demonstrated a {90|95|99}% {proximal|mid} LAD stenosis treated with a single drug-eluting stent",
                 "had a small right groin hematoma that was managed with manual pressure and did not expand",
                 "ambulated in the hallway with cardiac rehabilitation without recurrent symptoms",
                 "had lisinopril added once blood pressure allowed and received smoking cessation counseling"],
         meds=["aspirin 81 mg daily", "clopidogrel 75 mg daily", "metoprolol tartrate 25 mg twice daily", "atorvastatin 80 mg at bedtime", "lisinopril 5 mg daily", "nitroglycerin 0.4 mg sublingual every 5 minutes as needed for chest pain"],
         fu="cardiology", diet="low-fat, low-cholesterol, 2 gram sodium", act="no lifting more than 10 pounds and no driving for one week; outpatient cardiac rehabilitation"),
    dict(key="chf", spec="cardiology", svc="medicine", age=(55, 92), dx="acute on chronic systolic congestive heart failure",
         sec=["ischemic cardiomyopathy", "chronic kidney disease stage 3", "atrial fibrillation on anticoagulation", "hypertension"],
         cc="shortness of breath and leg swelling",
         hpi=["progressive dyspnea on exertion over {one|two} weeks, now short of breath walking across the room",
              "three-pillow orthopnea and paroxysmal nocturnal dyspnea", "a {6|9|12} pound weight gain",
              "admits to dietary indiscretion over the holidays and running out of furosemide"],
         exam={"NECK": "jugular venous distention to the angle of the jaw at 45 degrees", "LUNGS": "crackles one-third of the way up bilaterally with dullness at the right base",
               "EXTREMITIES": "3+ pitting edema to the knees bilaterally"},
         labs=["BNP of {1240|2380|3115} pg/mL", "creatinine of {1.6|1.9|2.1} mg/dL from a baseline of 1.4", "sodium of {131|133} mEq/L"],
         studies=["chest x-ray with cardiomegaly, cephalization and small bilateral effusions", "echocardiogram with an ejection fraction of {20|25|30}% and moderate mitral regurgitation"],
         tx="intravenous furosemide, fluid and sodium restriction, and continuation of carvedilol",
         proc=None,
         course=["diuresed {2|3|4} liters in the first 24 hours on intravenous furosemide 80 mg twice daily",
                 "had creatinine bump to {2.2|2.4} which prompted holding lisinopril for a day",
                 "was transitioned to oral torsemide once euvolemic with weight down {5|7|8} kilograms",
                 "was seen by the heart failure nurse educator regarding daily weights and a 2 gram sodium diet",
                 "tolerated ambulation on room air with saturations in the mid 90s"],
         meds=["torsemide 40 mg daily", "carvedilol 12.5 mg twice daily", "lisinopril 5 mg daily", "spironolactone 25 mg daily", "warfarin 5 mg daily except 2.5 mg Mondays and Thursdays", "potassium chloride 20 mEq daily"],
         fu="cardiology", diet="2 gram sodium with 1.5 liter fluid restriction", act="as tolerated; weigh yourself every morning"),
    dict(key="afib", spec="cardiology", svc="medicine", age=(50, 88), dx="atrial fibrillation with rapid ventricular response",
         sec=["hypertension", "hypothyroidism", "obstructive sleep apnea", "alcohol use"],
         cc="palpitations",
         hpi=["sudden onset of a racing, irregular heartbeat upon awakening", "mild dyspnea and chest fullness but no syncope",
              "heart rate in the 150s on the home blood pressure cuff"],
         exam={"HEART": "irregularly irregular rhythm at a rate of approximately 140, no murmur"},
         labs=["TSH of {0.9|2.1|3.4}", "magnesium of {1.6|1.7}", "negative serial troponins"],
         studies=["ECG confirming atrial fibrillation at {138|146|152} beats per minute without acute ST changes", "echocardiogram with normal ejection fraction and a moderately dilated left atrium"],
         tx="intravenous diltiazem bolus followed by infusion, then oral metoprolol",
         proc="transesophageal echocardiogram-guided direct-current cardioversion",
         course=["was rate controlled on a diltiazem infusion and transitioned to oral metoprolol",
                 "had a CHADS2-VASc score of {2|3|4} and was started on apixaban after a discussion of bleeding risk",
                 "underwent TEE-guided cardioversion at 200 joules with restoration of sinus rhythm",
                 "remained in sinus rhythm on telemetry for 24 hours"],
         meds=["metoprolol succinate 50 mg daily", "apixaban 5 mg twice daily", "levothyroxine 75 mcg daily", "magnesium oxide 400 mg daily"],
         fu="cardiology", diet="heart healthy; limit alcohol", act="as tolerated"),
    dict(key="copd", spec="pulmonary", svc="medicine", age=(52, 86), dx="acute exacerbation of chronic obstructive pulmonary disease",
         sec=["tobacco dependence, {40|55|70} pack-years", "chronic respiratory failure on 2 liters home oxygen", "anxiety disorder", "hypertension"],
         cc="worsening shortness of breath",
         hpi=["increased cough productive of thick {yellow|green} sputum for {four|five|six} days", "worsening wheezing and use of the rescue inhaler every hour",
              "a recent viral illness in a grandchild"],
         exam={"LUNGS": "diffuse expiratory wheezes with prolonged expiratory phase and poor air movement at the bases", "GENERAL": "thin {man|woman|adult} speaking in three- to four-word sentences, using accessory muscles"},
         labs=["arterial blood gas of 7.{31|33|35}/{54|58|61}/{58|62}", "white count of {12.4|13.9|11.1}"],
         studies=["chest x-ray with hyperinflation and no focal consolidation"],
         tx="nebulized albuterol and ipratropium, intravenous methylprednisolone, and azithromycin",
         proc=None,
         course=["required BiPAP overnight for hypercapnia and was weaned to nasal cannula by the following afternoon",
                 "was changed from intravenous methylprednisolone to oral prednisone with a planned taper",
                 "had nebulizers spaced to every four hours with improving air movement",
                 "was evaluated by respiratory therapy and ambulated with saturations of {89|90|91}% on 2 liters"],
         meds=["prednisone 40 mg daily for 3 more days then stop", "azithromycin 250 mg daily to complete 5 days", "tiotropium 18 mcg inhaled daily", "fluticasone/salmeterol 250/50 one inhalation twice daily", "albuterol HFA 2 puffs every 4 hours as needed", "home oxygen 2 liters continuously"],
         fu="pulmonary", diet="regular", act="as tolerated; pulmonary rehabilitation referral"),
    dict(key="pna", spec="pulmonary", svc="medicine", age=(25, 93), dx="community-acquired pneumonia, right lower lobe",
         sec=["type 2 diabetes mellitus", "hypertension", "gastroesophageal reflux disease"],
         cc="fever and cough",
         hpi=["fevers to {102|103|101.6} with shaking chills for three days", "cough productive of rust-colored sputum", "right-sided pleuritic chest pain"],
         exam={"LUNGS": "bronchial breath sounds and egophony at the right base with dullness to percussion"},
         labs=["white count of {16.2|18.7|14.9} with a left shift", "lactate of {1.8|2.4}", "blood cultures that grew Streptococcus pneumoniae in one of two bottles"],
         studies=["chest x-ray with dense right lower lobe consolidation and a trace parapneumonic effusion"],
         tx="ceftriaxone and azithromycin", proc=None,
         course=["defervesced within 48 hours of antibiotics",
                 "had blood sugars in the 200s on steroids-free regimen requiring sliding scale insulin",
                 "was narrowed to oral amoxicillin once sensitivities returned",
                 "was weaned off supplemental oxygen and walked the unit without desaturation"],
         meds=["amoxicillin 1 gram three times daily to complete 7 days", "metformin 1000 mg twice daily", "lisinopril 10 mg daily", "benzonatate 100 mg three times daily as needed for cough"],
         fu="primary care", diet="diabetic", act="as tolerated"),
    dict(key="pe", spec="pulmonary", svc="medicine", age=(24, 80), dx="acute pulmonary embolism, bilateral",
         sec=["recent right knee arthroscopy", "oral contraceptive use", "obesity"],
         cc="sudden shortness of breath",
         hpi=["abrupt onset of dyspnea and left-sided pleuritic chest pain", "right calf swelling for one week", "a long car trip {two|three} weeks ago"],
         exam={"GENERAL": "tachypneic {man|woman|adult} in moderate respiratory distress", "EXTREMITIES": "right calf swollen and tender with 2 cm circumferential difference"},
         labs=["D-dimer greater than {4000|5200}", "troponin mildly elevated at 0.{08|11}", "BNP of {210|380}"],
         studies=["CT angiogram of the chest with filling defects in the right and left lower lobe segmental arteries", "echocardiogram with mild right ventricular dilatation", "venous duplex with occlusive thrombus in the right popliteal vein"],
         tx="weight-based heparin infusion", proc=None,
         course=["was monitored in the step-down unit given right heart strain without hemodynamic compromise",
                 "was transitioned from heparin to rivaroxaban on hospital day two",
                 "had oxygen requirement resolve by the third day"],
         meds=["rivaroxaban 15 mg twice daily with food for 21 days then 20 mg daily", "acetaminophen 650 mg every 6 hours as needed"],
         fu="hematology", diet="regular", act="as tolerated; avoid prolonged immobility"),
    dict(key="ugib", spec="GI", svc="medicine", age=(40, 88), dx="upper gastrointestinal hemorrhage secondary to duodenal ulcer",
         sec=["osteoarthritis with daily NSAID use", "hypertension", "alcohol use"],
         cc="black stools and lightheadedness",
         hpi=["melena for {two|three} days", "one episode of coffee-ground emesis", "taking ibuprofen {800 mg three times daily|several times daily} for knee pain"],
         exam={"GENERAL": "pale {man|woman|adult}", "ABDOMEN": "mild epigastric tenderness without peritoneal signs", "SKIN": "pale and cool"},
         labs=["hemoglobin of {6.8|7.2|7.9} g/dL from a baseline of 13", "BUN of {48|56|62} with creatinine of 1.0", "INR of 1.1"],
         studies=["upright chest x-ray without free air"],
         tx="two large-bore IVs, intravenous pantoprazole infusion, and packed red blood cell transfusion",
         proc="esophagogastroduodenoscopy with epinephrine injection and bipolar cautery of a visible vessel in a 1.5 cm posterior duodenal bulb ulcer",
         course=["received {two|three} units of packed red blood cells with appropriate rise in hemoglobin",
                 "underwent urgent EGD with endoscopic hemostasis and no further bleeding",
                 "had Helicobacter pylori biopsies that returned positive and triple therapy was started",
                 "had diet advanced and hemoglobin remained stable at {9.1|9.4|8.8} for 48 hours"],
         meds=["pantoprazole 40 mg twice daily", "amoxicillin 1 gram twice daily for 14 days", "clarithromycin 500 mg twice daily for 14 days", "ferrous sulfate 325 mg daily", "acetaminophen 650 mg every 6 hours as needed (no NSAIDs)"],
         fu="gastroenterology", diet="regular", act="as tolerated"),
    dict(key="pancreatitis", spec="GI", svc="medicine", age=(28, 80), dx="acute gallstone pancreatitis",
         sec=["cholelithiasis", "obesity", "hyperlipidemia"],
         cc="epigastric pain",
         hpi=["severe epigastric pain boring through to the back after a fatty meal", "repeated nonbloody emesis", "no alcohol use"],
         exam={"ABDOMEN": "epigastric tenderness with voluntary guarding, hypoactive bowel sounds"},
         labs=["lipase of {2340|4120|1870} U/L", "ALT of {212|340} and total bilirubin of {2.1|2.8}", "triglycerides of {180|210}"],
         studies=["right upper quadrant ultrasound showing cholelithiasis and a common bile duct of {7|8} mm", "MRCP without choledocholithiasis"],
         tx="aggressive intravenous lactated Ringer's, bowel rest and intravenous analgesia",
         proc="laparoscopic cholecystectomy prior to discharge",
         course=["was kept NPO with aggressive fluids and hydromorphone for pain",
                 "had liver tests trend down and MRCP showed no retained stone",
                 "was started on clear liquids on hospital day three and tolerated a low-fat diet",
                 "underwent laparoscopic cholecystectomy by general surgery during the same admission without complication"],
         meds=["oxycodone 5 mg every 6 hours as needed for 3 days", "docusate 100 mg twice daily", "ondansetron 4 mg every 8 hours as needed"],
         fu="general surgery", diet="low-fat", act="no lifting over 15 pounds for two weeks"),
    dict(key="sbo", spec="general surgery", svc="general surgery", age=(35, 90), dx="small bowel obstruction secondary to adhesions",
         sec=["prior open hysterectomy", "prior appendectomy", "hypertension"],
         cc="abdominal pain and vomiting",
         hpi=["crampy periumbilical pain and abdominal distention for {one|two} days", "bilious emesis and no flatus for 24 hours", "prior abdominal surgery"],
         exam={"ABDOMEN": "distended and tympanitic with high-pitched tinkling bowel sounds, diffusely tender without rebound"},
         labs=["white count of {11.2|12.8}", "potassium of {3.1|3.3}", "lactate normal"],
         studies=["CT of the abdomen and pelvis with dilated small bowel loops and a transition point in the right lower quadrant without closed loop"],
         tx="nasogastric decompression, intravenous fluids and electrolyte replacement",
         proc=None,
         course=["had an NG tube placed with {1.2|1.8} liters of bilious output initially",
                 "underwent a Gastrografin challenge with contrast reaching the colon at 8 hours",
                 "passed flatus and had a bowel movement on hospital day three",
                 "had the NG tube removed and diet advanced without recurrence"],
         meds=["acetaminophen 650 mg every 6 hours as needed", "docusate 100 mg twice daily"],
         fu="general surgery", diet="low-residue advanced as tolerated", act="as tolerated"),
    dict(key="diverticulitis", spec="GI", svc="general surgery", age=(40, 85), dx="acute sigmoid diverticulitis with small pericolic abscess",
         sec=["diverticulosis", "hypertension", "hyperlipidemia"],
         cc="left lower quadrant pain",
         hpi=["left lower quadrant pain for {three|four} days", "low-grade fevers and anorexia", "one prior episode treated as an outpatient"],
         exam={"ABDOMEN": "left lower quadrant tenderness with localized guarding, no diffuse peritonitis"},
         labs=["white count of {15.1|17.3}", "C-reactive protein elevated"],
         studies=["CT showing sigmoid wall thickening with fat stranding and a {2.1|2.8} cm pericolic fluid collection"],
         tx="intravenous piperacillin-tazobactam and bowel rest", proc=None,
         course=["was managed nonoperatively with antibiotics and bowel rest", "had fevers resolve and pain improve by day three",
                 "was advanced to a low-residue diet and transitioned to oral ciprofloxacin and metronidazole"],
         meds=["ciprofloxacin 500 mg twice daily for 10 days", "metronidazole 500 mg three times daily for 10 days", "acetaminophen as needed"],
         fu="general surgery", diet="low residue, then high fiber after recovery", act="as tolerated; colonoscopy in six weeks"),
    dict(key="aki", spec="nephrology", svc="medicine", age=(50, 90), dx="acute kidney injury with hyperkalemia",
         sec=["chronic kidney disease stage 3b", "type 2 diabetes with nephropathy", "hypertension", "gout"],
         cc="weakness and poor oral intake",
         hpi=["several days of diarrhea and poor oral intake", "continued taking lisinopril, spironolactone and ibuprofen", "generalized weakness"],
         exam={"HEENT": "dry mucous membranes", "EXTREMITIES": "no edema, capillary refill delayed"},
         labs=["creatinine of {4.2|5.1|3.8} mg/dL from a baseline of 1.7", "potassium of {6.4|6.8|7.0} mEq/L", "bicarbonate of {15|17}"],
         studies=["ECG with peaked T waves", "renal ultrasound without hydronephrosis"],
         tx="calcium gluconate, insulin and dextrose, sodium polystyrene sulfonate and isotonic fluids",
         proc=None,
         course=["had hyperkalemia corrected within 12 hours with peaked T waves resolving", "had ACE inhibitor, spironolactone and NSAIDs held",
                 "had creatinine improve steadily to {2.0|1.9|2.2} with fluids", "was seen by nephrology who felt this represented prerenal injury"],
         meds=["amlodipine 10 mg daily", "insulin glargine 18 units at bedtime", "allopurinol 100 mg daily", "sodium bicarbonate 650 mg twice daily"],
         fu="nephrology", diet="renal, low potassium", act="as tolerated; hold lisinopril and spironolactone until seen"),
    dict(key="pyelo", spec="urology", svc="medicine", age=(19, 80), dx="acute pyelonephritis with sepsis", sex="F",
         sec=["recurrent urinary tract infections", "nephrolithiasis", "hypothyroidism"],
         cc="fever and flank pain",
         hpi=["left flank pain and rigors for two days", "dysuria and urinary frequency preceding the fever", "nausea with inability to keep down oral antibiotics"],
         exam={"ABDOMEN": "soft with left costovertebral angle tenderness"},
         labs=["white count of {18.4|21.0}", "urinalysis with large leukocyte esterase, positive nitrite and too numerous to count white cells", "urine culture growing pan-sensitive Escherichia coli"],
         studies=["CT stones protocol without obstructing calculus or abscess"],
         tx="intravenous ceftriaxone and fluids", proc=None,
         course=["was hypotensive initially and responded to 30 mL/kg of crystalloid", "defervesced after 36 hours", "was transitioned to oral ciprofloxacin once culture data returned"],
         meds=["ciprofloxacin 500 mg twice daily for 7 more days", "phenazopyridine 200 mg three times daily for 2 days", "levothyroxine 50 mcg daily"],
         fu="primary care", diet="regular, push fluids", act="as tolerated"),
    dict(key="stroke", spec="neurology", svc="neurology", age=(50, 92), dx="acute ischemic stroke, left middle cerebral artery territory",
         sec=["hypertension", "atrial fibrillation not on anticoagulation", "hyperlipidemia", "prior transient ischemic attack"],
         cc="right-sided weakness and difficulty speaking",
         hpi=["found by {a spouse|a daughter|a neighbor} with right arm and face weakness", "last known well {90 minutes|two hours|five hours} before arrival", "word-finding difficulty"],
         exam={"NEUROLOGIC": "expressive aphasia, right lower facial droop, right arm drift with 3/5 strength, NIH stroke scale of {6|8|11}"},
         labs=["glucose of {128|141}", "LDL of {121|138}", "normal coagulation studies"],
         studies=["noncontrast CT head without hemorrhage", "CT angiogram without large vessel occlusion", "MRI brain with restricted diffusion in the left frontal operculum and insula"],
         tx="intravenous alteplase within the treatment window", proc=None,
         course=["received intravenous tPA with blood pressure kept below 180/105 and neurochecks every hour in the ICU",
                 "had a 24-hour post-tPA CT without hemorrhagic conversion", "was started on apixaban on day four given atrial fibrillation",
                 "had improvement in arm strength to 4/5 with persistent mild anomia", "passed a bedside swallow evaluation and was evaluated by PT, OT and speech therapy"],
         meds=["apixaban 5 mg twice daily", "atorvastatin 80 mg daily", "lisinopril 20 mg daily", "metoprolol tartrate 25 mg twice daily"],
         fu="neurology", diet="mechanical soft with thin liquids", act="with assistance; acute inpatient rehabilitation"),
    dict(key="seizure", spec="neurology", svc="medicine", age=(18, 75), dx="breakthrough generalized tonic-clonic seizure",
         sec=["epilepsy since childhood", "medication noncompliance", "depression"],
         cc="seizure",
         hpi=["witnessed generalized convulsion lasting about {two|three} minutes at work", "postictal confusion for 30 minutes", "ran out of levetiracetam {four|six} days ago"],
         exam={"HEENT": "small laceration of the left lateral tongue", "NEUROLOGIC": "drowsy but arousable, oriented to person and place, no focal deficit"},
         labs=["CK of {420|860}", "lactate of {4.1|5.2} that cleared on repeat", "undetectable levetiracetam level"],
         studies=["CT head without acute abnormality", "routine EEG with left temporal sharp waves"],
         tx="intravenous lorazepam and levetiracetam load", proc=None,
         course=["had no further seizure activity on video EEG monitoring", "was restarted on levetiracetam with the dose increased to 1000 mg twice daily",
                 "was counseled about state driving restrictions"],
         meds=["levetiracetam 1000 mg twice daily", "sertraline 50 mg daily"],
         fu="neurology", diet="regular", act="no driving, swimming alone or working at heights until cleared"),
    dict(key="dka", spec="endocrinology", svc="medicine", age=(16, 55), dx="diabetic ketoacidosis",
         sec=["type 1 diabetes mellitus", "insulin pump failure", "depression"],
         cc="nausea, vomiting and abdominal pain",
         hpi=["two days of polyuria, polydipsia and vomiting", "insulin pump site occlusion that went unrecognized overnight", "diffuse abdominal pain"],
         exam={"GENERAL": "ill-appearing with Kussmaul respirations and fruity breath", "HEENT": "dry mucous membranes"},
         labs=["glucose of {486|612|540}", "anion gap of {24|28|31}", "venous pH of 7.{08|12|15}", "beta-hydroxybutyrate markedly elevated"],
         studies=["chest x-ray clear"],
         tx="insulin infusion per DKA protocol with aggressive fluid and potassium replacement", proc=None,
         course=["had the anion gap close within {14|18} hours", "was bridged to subcutaneous glargine and lispro with an overlap of two hours",
                 "was seen by diabetes education and the pump representative, and the pump was restarted with a new infusion set"],
         meds=["insulin pump per prior settings", "insulin glargine 22 units at bedtime as backup if pump fails", "glucagon emergency kit"],
         fu="endocrinology", diet="carbohydrate-consistent", act="as tolerated"),
    dict(key="cellulitis", spec="infectious disease", svc="medicine", age=(25, 85), dx="cellulitis of the left lower extremity",
         sec=["venous stasis", "obesity", "tinea pedis", "type 2 diabetes"],
         cc="red, painful left leg",
         hpi=["spreading redness of the left shin for three days", "fevers and chills", "cracked skin between the toes"],
         exam={"EXTREMITIES": "warm, tender, indurated erythema of the left anterior shin extending from the ankle to {mid-calf|just below the knee}, no crepitus or fluctuance, interdigital maceration"},
         labs=["white count of {13.2|14.6}", "negative blood cultures"],
         studies=["venous duplex negative for deep venous thrombosis"],
         tx="intravenous cefazolin and leg elevation", proc=None,
         course=["had the margin of erythema marked and it receded steadily", "was transitioned to oral cephalexin on day three", "was treated for tinea pedis with topical clotrimazole"],
         meds=["cephalexin 500 mg four times daily for 7 days", "clotrimazole 1% cream twice daily between the toes"],
         fu="primary care", diet="regular", act="elevate the leg; compression once healed"),
    dict(key="hipfx", spec="orthopedics", svc="orthopedics", age=(68, 98), dx="left intertrochanteric hip fracture",
         sec=["osteoporosis", "dementia, mild", "hypertension", "chronic kidney disease"],
         cc="fall with left hip pain",
         hpi=["mechanical fall at home tripping over a rug", "inability to bear weight", "no loss of consciousness"],
         exam={"EXTREMITIES": "left lower extremity shortened and externally rotated with pain on logroll, distal pulses intact"},
         labs=["hemoglobin of {11.2|10.4}", "vitamin D of {14|18} ng/mL"],
         studies=["x-rays of the left hip and pelvis with a displaced intertrochanteric fracture", "CT head without acute findings"],
         tx="analgesia, medical optimization and operative fixation", proc="intramedullary nail fixation of the left intertrochanteric femur fracture",
         course=["underwent cephalomedullary nailing on the day after admission", "required one unit of packed red cells for a postoperative hemoglobin of 7.6",
                 "had a brief episode of postoperative delirium managed with reorientation and avoidance of sedatives",
                 "worked with physical therapy weight bearing as tolerated with a walker"],
         meds=["enoxaparin 40 mg subcutaneously daily for 4 weeks", "oxycodone 2.5 mg every 6 hours as needed", "acetaminophen 1000 mg three times daily", "vitamin D3 2000 units daily", "calcium carbonate 600 mg twice daily", "senna 2 tablets at bedtime"],
         fu="orthopedics", diet="regular", act="weight bearing as tolerated with walker; skilled nursing facility"),
    dict(key="appy", spec="general surgery", svc="general surgery", age=(8, 60), dx="acute appendicitis",
         sec=["none", "seasonal allergies"],
         cc="right lower quadrant pain",
         hpi=["periumbilical pain migrating to the right lower quadrant over 18 hours", "anorexia and one episode of emesis", "low-grade fever"],
         exam={"ABDOMEN": "tender at McBurney's point with rebound and a positive Rovsing sign"},
         labs=["white count of {13.8|15.2} with neutrophilia", "negative urinalysis"],
         studies=["CT with a {9|11|12} mm noncompressible appendix with periappendiceal stranding"],
         tx="intravenous cefoxitin", proc="laparoscopic appendectomy",
         course=["went to the operating room the evening of admission for laparoscopic appendectomy", "was advanced to a regular diet on postoperative day one", "was afebrile with pain controlled on oral medication"],
         meds=["ibuprofen 600 mg every 6 hours as needed", "hydrocodone/acetaminophen 5/325 one tablet every 6 hours as needed for severe pain"],
         fu="general surgery", diet="regular", act="no heavy lifting for two weeks"),
    dict(key="cli", spec="vascular surgery", svc="vascular surgery", age=(55, 88), dx="critical limb ischemia of the right lower extremity with rest pain",
         sec=["peripheral arterial disease", "type 2 diabetes", "coronary artery disease", "tobacco use"],
         cc="right foot pain at night",
         hpi=["rest pain in the right forefoot relieved by dangling the leg", "a nonhealing ulcer on the right great toe", "claudication at half a block for a year"],
         exam={"EXTREMITIES": "absent right popliteal and pedal pulses, dependent rubor, a 1 cm dry ulcer on the tip of the right great toe"},
         labs=["ankle-brachial index of 0.{32|38|41} on the right", "creatinine of 1.1"],
         studies=["arterial duplex and angiogram showing superficial femoral artery occlusion with reconstitution of the below-knee popliteal artery"],
         tx="antiplatelet and statin therapy", proc="right common femoral to below-knee popliteal artery bypass with reversed greater saphenous vein",
         course=["underwent angiography confirming a long-segment SFA occlusion", "underwent femoral-popliteal bypass with a palpable dorsalis pedis pulse postoperatively",
                 "had mild incisional edema but the wounds were clean"],
         meds=["aspirin 81 mg daily", "clopidogrel 75 mg daily", "atorvastatin 40 mg daily", "oxycodone/acetaminophen 5/325 every 6 hours as needed"],
         fu="vascular surgery", diet="diabetic", act="ambulate; keep incisions dry"),
    dict(key="stone", spec="urology", svc="urology", age=(22, 70), dx="obstructing right proximal ureteral calculus",
         sec=["prior nephrolithiasis", "hypertension"],
         cc="right flank pain",
         hpi=["colicky right flank pain radiating to the groin", "gross hematuria", "nausea and vomiting"],
         exam={"ABDOMEN": "right costovertebral angle tenderness, abdomen soft"},
         labs=["creatinine of {1.4|1.6}", "urinalysis with large blood and no nitrite"],
         studies=["CT with a {7|8|9} mm proximal right ureteral stone and moderate hydronephrosis"],
         tx="intravenous ketorolac and morphine", proc="cystoscopy, right ureteroscopy with holmium laser lithotripsy and ureteral stent placement",
         course=["failed a trial of medical expulsive therapy with persistent pain", "underwent ureteroscopy with laser lithotripsy and stent placement", "had stone fragments sent for analysis"],
         meds=["tamsulosin 0.4 mg daily", "oxybutynin 5 mg every 8 hours as needed for bladder spasm", "ibuprofen 600 mg every 6 hours as needed"],
         fu="urology", diet="regular, increase fluids", act="as tolerated; stent removal in one week"),
    dict(key="neutropenic", spec="oncology", svc="oncology", age=(25, 80), dx="neutropenic fever",
         sec=["diffuse large B-cell lymphoma on R-CHOP", "port-a-cath in place", "hypertension"],
         cc="fever",
         hpi=["temperature of {101.5|102.2} at home {nine|ten} days after cycle {three|four} of chemotherapy", "mild sore throat", "no localizing symptoms"],
         exam={"HEENT": "mild mucositis of the buccal mucosa", "SKIN": "port site without erythema"},
         labs=["absolute neutrophil count of {80|120|240}", "platelet count of {62|78}", "blood cultures without growth"],
         studies=["chest x-ray clear"],
         tx="intravenous cefepime within one hour of arrival", proc=None,
         course=["remained febrile for 48 hours then defervesced", "had neutrophil count recover above 1000 on day four with filgrastim", "had antibiotics discontinued after 48 hours afebrile with count recovery"],
         meds=["magic mouthwash 10 mL swish and spit four times daily", "ondansetron 8 mg every 8 hours as needed", "acyclovir 400 mg twice daily"],
         fu="oncology", diet="regular", act="as tolerated; neutropenic precautions"),
    dict(key="bronchiolitis", spec="pediatrics", svc="pediatrics", age=(0, 1), dx="RSV bronchiolitis",
         sec=["born at 35 weeks", "eczema"],
         cc="trouble breathing",
         hpi=["three days of rhinorrhea and cough", "increased work of breathing and decreased feeding", "fewer wet diapers"],
         exam={"LUNGS": "diffuse crackles and wheezes with subcostal retractions and nasal flaring", "GENERAL": "fussy but consolable infant"},
         labs=["nasal swab positive for respiratory syncytial virus"],
         studies=["chest x-ray with peribronchial cuffing and no lobar consolidation"],
         tx="nasal suctioning and supplemental oxygen", proc=None,
         course=["required high-flow nasal cannula for two days", "was weaned to room air by hospital day four", "fed well by bottle with adequate wet diapers"],
         meds=["saline nasal drops with bulb suction as needed", "acetaminophen weight-based dosing as needed for fever"],
         fu="pediatrician", diet="breast milk or formula", act="as tolerated"),
    dict(key="asthma_child", spec="pediatrics", svc="pediatrics", age=(3, 15), dx="status asthmaticus",
         sec=["persistent asthma", "allergic rhinitis"],
         cc="wheezing",
         hpi=["wheezing and cough after a cold", "albuterol at home every two hours without relief", "prior intensive care admission for asthma"],
         exam={"LUNGS": "diffuse wheeze with intercostal retractions and decreased aeration at the bases"},
         labs=["respiratory viral panel positive for rhinovirus"],
         studies=["chest x-ray with hyperinflation"],
         tx="continuous albuterol, ipratropium, oral dexamethasone and intravenous magnesium", proc=None,
         course=["was on continuous albuterol for 12 hours then spaced to every two hours", "was spaced to every four hours by the third day", "had an asthma action plan reviewed with the family"],
         meds=["albuterol HFA with spacer 4 puffs every 4 hours for 2 days then as needed", "fluticasone HFA 110 mcg 2 puffs twice daily", "prednisolone to complete 5 days"],
         fu="pediatrician", diet="regular", act="as tolerated; return to school in two days"),
    dict(key="mdd", spec="psychiatry", svc="psychiatry", age=(18, 75), dx="major depressive disorder, recurrent, severe, without psychotic features",
         sec=["generalized anxiety disorder", "alcohol use disorder, mild", "hypothyroidism"],
         cc="suicidal thoughts",
         hpi=["worsening depression over two months after {a job loss|a divorce|the death of a parent}", "passive then active suicidal ideation with a plan to overdose", "poor sleep, anhedonia and weight loss"],
         exam={"NEUROLOGIC": "psychomotor slowed, mood depressed, affect constricted, no psychosis, insight fair"},
         labs=["negative urine drug screen", "TSH of {2.2|4.1}", "blood alcohol undetectable"],
         studies=[], tx="sertraline titration, individual and group therapy", proc=None,
         course=["was placed on close observation and participated in milieu therapy", "had sertraline increased to 100 mg with improvement in sleep and appetite",
                 "denied suicidal ideation for the last 72 hours and developed a written safety plan with family"],
         meds=["sertraline 100 mg daily", "trazodone 50 mg at bedtime as needed for sleep", "levothyroxine 50 mcg daily"],
         fu="outpatient psychiatry", diet="regular", act="as tolerated; intensive outpatient program"),
    dict(key="pta", spec="ENT", svc="otolaryngology", age=(16, 45), dx="right peritonsillar abscess",
         sec=["recurrent tonsillitis"],
         cc="sore throat and difficulty swallowing",
         hpi=["five days of worsening right-sided sore throat", "muffled voice and trismus", "drooling and inability to tolerate solids"],
         exam={"HEENT": "trismus to two fingerbreadths, right peritonsillar bulge with uvular deviation to the left, muffled hot-potato voice"},
         labs=["white count of {14.2|16.0}", "negative monospot"],
         studies=["CT neck with contrast with a {2.2|2.6} cm rim-enhancing right peritonsillar collection"],
         tx="intravenous ampicillin-sulbactam and dexamethasone", proc="needle aspiration and incision and drainage of the right peritonsillar abscess",
         course=["underwent incision and drainage with 6 mL of purulence", "was tolerating soft diet by the next morning", "was transitioned to oral amoxicillin-clavulanate"],
         meds=["amoxicillin-clavulanate 875 mg twice daily for 10 days", "hydrocodone/acetaminophen elixir as needed", "chlorhexidine mouth rinse"],
         fu="otolaryngology", diet="soft", act="as tolerated; discuss interval tonsillectomy"),
    dict(key="orbital", spec="ophthalmology", svc="pediatrics", age=(4, 40), dx="left orbital cellulitis secondary to ethmoid sinusitis",
         sec=["chronic sinusitis"],
         cc="left eye swelling",
         hpi=["progressive left eyelid swelling for two days after a sinus infection", "pain with eye movement", "blurred vision"],
         exam={"HEENT": "marked left periorbital edema and erythema, proptosis, painful restricted upgaze, visual acuity 20/30 on the left, no afferent pupillary defect"},
         labs=["white count of {15.5|17.1}"],
         studies=["CT orbits with left ethmoid opacification and postseptal inflammatory stranding without subperiosteal abscess"],
         tx="intravenous vancomycin and ceftriaxone with nasal saline", proc=None,
         course=["was examined twice daily by ophthalmology with stable vision", "had swelling markedly improve by 72 hours", "was changed to oral amoxicillin-clavulanate"],
         meds=["amoxicillin-clavulanate twice daily for 14 days", "oxymetazoline nasal spray for 3 days", "saline nasal irrigation"],
         fu="ophthalmology", diet="regular", act="as tolerated"),
    dict(key="hyst", spec="gynecology", svc="gynecology", age=(36, 55), dx="symptomatic uterine leiomyomata with menorrhagia and anemia", sex="F",
         sec=["iron deficiency anemia", "obesity"],
         cc="heavy menstrual bleeding",
         hpi=["heavy periods soaking a pad every hour for six months", "pelvic pressure and urinary frequency", "fatigue"],
         exam={"ABDOMEN": "firm irregular midline mass palpable to just below the umbilicus"},
         labs=["hemoglobin of {8.9|9.6}", "negative pregnancy test"],
         studies=["pelvic ultrasound with a 16-week-size uterus and multiple intramural fibroids, the largest 7 cm"],
         tx="preoperative iron infusion", proc="total abdominal hysterectomy with bilateral salpingectomy",
         course=["underwent uncomplicated abdominal hysterectomy", "had Foley removed on postoperative day one and voided", "tolerated a regular diet and ambulated independently"],
         meds=["ibuprofen 600 mg every 6 hours", "oxycodone 5 mg every 4 hours as needed", "ferrous sulfate 325 mg twice daily", "docusate 100 mg twice daily"],
         fu="gynecology", diet="regular", act="pelvic rest for 6 weeks; no lifting over 10 pounds"),
]


def case_ctx(case, pt):
    ctx = dict(pt)
    return ctx


PMH_POOL = ["hypertension", "hyperlipidemia", "type 2 diabetes mellitus", "gastroesophageal reflux disease", "hypothyroidism",
            "osteoarthritis", "benign prostatic hyperplasia", "depression", "asthma", "chronic low back pain", "migraine",
            "gout", "anemia", "obstructive sleep apnea on CPAP", "glaucoma", "osteoporosis", "anxiety", "atrial fibrillation",
            "coronary artery disease", "chronic kidney disease stage 3", "restless legs syndrome", "psoriasis"]
PSH_POOL = ["appendectomy {as a child|in 1978|in 1986}", "cholecystectomy", "tonsillectomy as a child", "right knee arthroscopy",
            "cesarean section times {one|two}", "hysterectomy", "inguinal hernia repair", "cataract extraction, {right|left|bilateral}",
            "carpal tunnel release", "coronary artery bypass grafting", "lumbar laminectomy", "tubal ligation", "hemorrhoidectomy",
            "total knee replacement", "rotator cuff repair"]
ALLERGIES = ["NO KNOWN DRUG ALLERGIES.", "Penicillin (rash).", "Sulfa drugs.", "Codeine causes nausea.", "Morphine (itching).",
             "IV contrast (hives).", "NKDA.", "Latex.", "Ciprofloxacin.", "Aspirin causes GI upset.", "No known allergies."]
HOME_MEDS = ["lisinopril 20 mg daily", "metformin 500 mg twice daily", "atorvastatin 20 mg daily", "amlodipine 5 mg daily",
             "omeprazole 20 mg daily", "levothyroxine 88 mcg daily", "hydrochlorothiazide 25 mg daily", "sertraline 50 mg daily",
             "aspirin 81 mg daily", "metoprolol succinate 25 mg daily", "gabapentin 300 mg three times daily", "tamsulosin 0.4 mg at bedtime",
             "losartan 50 mg daily", "simvastatin 40 mg at bedtime", "furosemide 20 mg daily", "glipizide 5 mg daily", "alendronate 70 mg weekly",
             "montelukast 10 mg daily", "fluticasone nasal spray", "multivitamin daily", "vitamin D 1000 units daily", "escitalopram 10 mg daily",
             "pravastatin 40 mg daily", "warfarin as directed", "allopurinol 300 mg daily", "tramadol 50 mg as needed", "cetirizine 10 mg daily",
             "insulin glargine 20 units at bedtime", "clonazepam 0.5 mg at bedtime", "carvedilol 6.25 mg twice daily", "donepezil 10 mg daily"]
SOCIAL = ["{Lives with <his> spouse|Lives alone|Lives with a daughter} {in a single-story home|in an apartment|in a two-story house}. {Retired {machinist|schoolteacher|postal worker|farmer|accountant}|Works as a {truck driver|nurse's aide|bank teller|carpenter|cook}}.",
          "{Denies tobacco use|Former smoker, quit {10|15|20} years ago|Smokes {one|one-half} pack per day}. {Drinks alcohol socially|Denies alcohol use|Drinks {two|three} beers daily}. {No illicit drug use|Denies illicit drugs}.",
          "{Married with {two|three} grown children|Widowed|Divorced}. Independent in activities of daily living {and drives|but no longer drives}."]
FAMILY = ["Father with myocardial infarction at age {52|61|68}; mother with {diabetes|breast cancer|stroke}.",
          "Noncontributory.", "Positive for {colon cancer in a brother|hypertension in both parents|coronary disease in father}.",
          "Mother deceased of {stroke|ovarian cancer|heart failure}; father with {COPD|prostate cancer}."]


def psh(pt, n):
    pool = PSH_POOL if pt["sex"] == "F" else [p for p in PSH_POOL if not any(w in p for w in ("hysterectomy", "cesarean", "tubal"))]
    return [X(x) for x in cs(pool, n)]


def pmh(case=None, n=None):
    items = [X(i) for i in case["sec"]] if case else []
    items = [i for i in items if i != "none"]
    extra = cs([p for p in PMH_POOL if p not in items], n if n is not None else R.randint(0, 3))
    allp = items + extra
    return allp or ["unremarkable"]


def home_meds(case=None, n=None):
    n = n if n is not None else R.randint(2, 7)
    return cs(HOME_MEDS, n)


def soc(pt):
    return X(" ".join(cs(SOCIAL, R.randint(1, 3))), pt)


def fam():
    return X(c(FAMILY))


def case_pick(filter_fn=None):
    pool = [x for x in CASES if (filter_fn is None or filter_fn(x))]
    return c(pool)


def case_patient(case):
    return patient(case["age"], case.get("sex"))

# ---------------------------------------------------------------- operations

PREP = ["The {abdomen|operative field} was prepped with {chlorhexidine-alcohol|Betadine|DuraPrep} and draped in the usual sterile fashion.",
        "{ChloraPrep|Povidone-iodine} prep was applied and sterile drapes were placed in standard fashion.",
        "After sterile prep and draping, a surgical time-out was performed confirming the correct patient, procedure, side and site."]
TIMEOUT = ["A time-out was called and all members of the team agreed on the patient identity, procedure and laterality.",
           "Preoperative antibiotics, {cefazolin 2 grams|cefazolin 3 grams|clindamycin 900 mg|vancomycin 1 gram} intravenously, were given within 60 minutes of incision.",
           "Sequential compression devices were placed on both lower extremities and were functioning before induction."]
CLOSE_END = ["The patient tolerated the procedure well and was taken to the recovery room in {stable|good} condition.",
             "Sponge, needle and instrument counts were correct times two at the end of the case.",
             "The patient was awakened, extubated in the operating room and transferred to the PACU in stable condition.",
             "All counts were reported correct. The patient left the room awake and in satisfactory condition."]

OPS = [
    dict(name="Laparoscopic cholecystectomy", spec="general", age=(22, 80), pre="Symptomatic cholelithiasis", post="Same, with chronic cholecystitis",
         anes="General endotracheal", pos="supine with both arms {tucked|out on arm boards}",
         steps=["A {10|12} mm vertical infraumbilical incision was made and the fascia was grasped and incised; the Hasson trocar was placed under direct vision and the abdomen insufflated to 15 mmHg.",
                "Three additional 5 mm ports were placed in the epigastrium and right upper quadrant under direct vision.",
                "The gallbladder fundus was retracted cephalad over the liver and the infundibulum laterally, exposing the triangle of Calot.",
                "The peritoneum was incised anteriorly and posteriorly and the cystic duct and cystic artery were dissected free until the critical view of safety was obtained, with only two structures entering the gallbladder and the lower third of the cystic plate cleared.",
                "The cystic duct was doubly clipped proximally and once distally and divided; the cystic artery was treated in the same fashion.",
                "The gallbladder was removed from the liver bed using electrocautery, hemostasis was confirmed, and the specimen was placed in an endocatch bag and withdrawn through the umbilical port.",
                "The right upper quadrant was irrigated and suctioned dry; the clips were inspected and found secure.",
                "The umbilical fascia was closed with 0 Vicryl in a figure-of-eight fashion, and the skin was closed with 4-0 Monocryl subcuticular sutures and Dermabond."],
         findings="{Thick-walled|Distended, mildly inflamed} gallbladder with multiple stones; normal-appearing liver", spec_="Gallbladder with stones", ebl=(5, 40), drains="None"),
    dict(name="Laparoscopic appendectomy", spec="general", age=(8, 65), pre="Acute appendicitis", post="Acute {suppurative|gangrenous} appendicitis without perforation",
         anes="General endotracheal", pos="supine with the left arm tucked",
         steps=["Access was obtained at the umbilicus using an open Hasson technique and pneumoperitoneum established.",
                "A 5 mm suprapubic port and a 12 mm left lower quadrant port were placed under direct visualization.",
                "The patient was placed in Trendelenburg with the right side up, and the cecum was identified; the appendix was found retrocecal and {inflamed|swollen and purplish}.",
                "The mesoappendix was divided with a LigaSure device, and the base of the appendix was cleared circumferentially.",
                "The appendix was transected at its base with an endoscopic GIA stapler with a {tan|blue} load, and the staple line was inspected and found hemostatic.",
                "The specimen was removed in a retrieval bag through the 12 mm port.",
                "The pelvis and right paracolic gutter were irrigated until clear.",
                "The fascia at the 12 mm port and umbilicus was closed with 0 Vicryl and the skin with 4-0 Monocryl."],
         findings="Inflamed appendix with a small amount of cloudy fluid in the pelvis", spec_="Appendix", ebl=(5, 25), drains="None"),
    dict(name="Open right inguinal hernia repair with mesh (Lichtenstein)", spec="general", age=(25, 85), sex="M", pre="Right inguinal hernia", post="Right {indirect|direct} inguinal hernia",
         anes="{Monitored anesthesia care with local|General LMA|Spinal}", pos="supine",
         steps=["An oblique incision was made two fingerbreadths above the inguinal ligament and carried down through Scarpa's fascia with electrocautery.",
                "The external oblique aponeurosis was incised in the direction of its fibers through the external ring, protecting the ilioinguinal nerve.",
                "The spermatic cord was encircled with a Penrose drain and the cremasteric fibers were divided.",
                "The hernia sac was identified {anteromedially on the cord|arising from the floor}, dissected to the internal ring, and {reduced|ligated at its neck with 2-0 silk and excised}.",
                "A polypropylene mesh was trimmed to shape and sutured to the pubic tubercle and along the shelving edge of the inguinal ligament with running 2-0 Prolene, and superiorly to the conjoint tendon with interrupted sutures.",
                "The tails of the mesh were crossed around the cord to recreate a snug internal ring.",
                "The external oblique was reapproximated with running 3-0 Vicryl, Scarpa's with 3-0 Vicryl, and the skin with 4-0 Monocryl subcuticular.",
                "Marcaine 0.25% was infiltrated as an ilioinguinal block and into the wound."],
         findings="Moderate-sized hernia sac with no incarcerated contents", spec_="None", ebl=(5, 20), drains="None"),
    dict(name="Right total knee arthroplasty", spec="orthopedic", age=(52, 86), pre="Severe osteoarthritis, right knee", post="Same",
         anes="Spinal with adductor canal block", pos="supine with a bump under the ipsilateral hip and a thigh tourniquet",
         steps=["The leg was exsanguinated with an Esmarch and the tourniquet inflated to 300 mmHg.",
                "A midline skin incision was made followed by a medial parapatellar arthrotomy; the patella was everted and the knee flexed.",
                "Osteophytes were removed, and the anterior cruciate ligament and menisci were excised.",
                "An intramedullary guide was placed in the femur and the distal femoral cut made at 5 degrees of valgus; anterior, posterior and chamfer cuts were made with the 4-in-1 cutting block.",
                "An extramedullary tibial guide was used to make a cut perpendicular to the mechanical axis with 3 degrees of posterior slope.",
                "Flexion and extension gaps were balanced with trial components, and the patella was resurfaced.",
                "After pulsatile lavage, the final components were cemented in place and excess cement removed; a {10|12} mm polyethylene insert was placed.",
                "The tourniquet was released and hemostasis obtained; the arthrotomy was closed with #1 Stratafix, the subcutaneous layer with 2-0 Vicryl, and the skin with staples."],
         findings="Tricompartmental degenerative change with eburnated bone in the medial compartment", spec_="Bone cuts to pathology", ebl=(100, 300), drains="None",
         implants="{Stryker Triathlon|Zimmer NexGen|DePuy Attune} cemented posterior-stabilized components"),
    dict(name="Left total hip arthroplasty, posterior approach", spec="orthopedic", age=(48, 88), pre="Osteoarthritis of the left hip", post="Same",
         anes="Spinal", pos="right lateral decubitus on a peg board with all prominences padded",
         steps=["A curvilinear incision centered over the posterior greater trochanter was made, and the iliotibial band was incised in line with the skin.",
                "The short external rotators and posterior capsule were tagged and released from the trochanter as a single sleeve.",
                "The hip was dislocated posteriorly and a femoral neck osteotomy was made according to preoperative templating.",
                "The acetabulum was exposed, the labrum excised, and sequential reaming was performed to {52|54|56} mm, followed by press-fit placement of the acetabular shell with one screw.",
                "The femoral canal was broached sequentially and a trial reduction performed, checking leg lengths and stability in flexion and internal rotation.",
                "The final uncemented stem and a ceramic head were impacted, and the hip was reduced.",
                "The capsule and rotators were repaired through drill holes in the trochanter with #2 FiberWire.",
                "The fascia was closed with #1 Vicryl, subcutaneous tissue with 2-0 Vicryl, and the skin with staples."],
         findings="Loss of superior joint space with large marginal osteophytes", spec_="Femoral head", ebl=(200, 500), drains="None",
         implants="{Biomet Taperloc|Zimmer M/L Taper|Stryker Accolade} stem with highly crosslinked polyethylene liner"),
    dict(name="Open reduction internal fixation, right bimalleolar ankle fracture", spec="orthopedic", age=(18, 80), pre="Right bimalleolar ankle fracture", post="Same",
         anes="General with popliteal block", pos="supine with a bump under the right hip and a thigh tourniquet",
         steps=["A lateral incision was made over the fibula, protecting the superficial peroneal nerve.",
                "The oblique fibular fracture was cleaned of hematoma, reduced with pointed reduction clamps and fixed with a 3.5 mm lag screw and a one-third tubular neutralization plate.",
                "A medial incision exposed the medial malleolus fracture, which was reduced and fixed with two 4.0 mm partially threaded cancellous screws.",
                "A Cotton test and external rotation stress view showed no syndesmotic widening.",
                "Final fluoroscopic images confirmed anatomic reduction of the mortise.",
                "Wounds were irrigated and closed in layers with 2-0 Vicryl and 3-0 nylon, and a well-padded posterior splint was applied."],
         findings="Displaced bimalleolar fracture with a stable syndesmosis", spec_="None", ebl=(20, 75), drains="None",
         implants="Synthes one-third tubular plate with screws"),
    dict(name="Right arthroscopic partial medial meniscectomy", spec="orthopedic", age=(20, 70), pre="Right knee medial meniscus tear", post="Complex posterior horn medial meniscus tear",
         anes="General LMA", pos="supine with a lateral post",
         steps=["Standard anterolateral and anteromedial portals were established.",
                "Diagnostic arthroscopy showed {grade II chondromalacia of the patella|intact articular surfaces} and an intact ACL and PCL.",
                "A complex tear of the posterior horn of the medial meniscus was identified and probed.",
                "Unstable fragments were debrided with basket forceps and a shaver back to a stable rim.",
                "The knee was irrigated and the portals closed with 3-0 nylon; 20 mL of 0.25% Marcaine was injected."],
         findings="Complex posterior horn medial meniscus tear", spec_="None", ebl=(0, 5), drains="None"),
    dict(name="Left carpal tunnel release", spec="hand", age=(30, 80), pre="Left carpal tunnel syndrome", post="Same",
         anes="Local with IV sedation", pos="supine with the arm on a hand table and an upper arm tourniquet",
         steps=["A 2.5 cm longitudinal incision was made in the palm in line with the radial border of the ring finger.",
                "The palmar fascia was divided and the transverse carpal ligament exposed.",
                "The ligament was divided under direct vision distally to the fat pad and proximally into the distal forearm fascia.",
                "The median nerve was inspected and found {flattened and hyperemic|compressed with an hourglass deformity} without mass.",
                "The skin was closed with 4-0 nylon horizontal mattress sutures and a bulky soft dressing applied."],
         findings="Thickened transverse carpal ligament with median nerve compression", spec_="None", ebl=(0, 5), drains="None"),
    dict(name="Coronary artery bypass grafting times {three|four}", spec="cardiac", age=(50, 82), pre="Multivessel coronary artery disease", post="Same",
         anes="General endotracheal with arterial and pulmonary artery catheter", pos="supine",
         steps=["A median sternotomy was performed, and the left internal mammary artery was harvested as a pedicle while the greater saphenous vein was harvested endoscopically from the left leg.",
                "The patient was heparinized, and the ascending aorta and right atrium were cannulated; cardiopulmonary bypass was initiated.",
                "The aorta was cross-clamped and the heart arrested with antegrade and retrograde cold blood cardioplegia.",
                "Distal anastomoses were performed with 7-0 Prolene: saphenous vein to the posterior descending artery, saphenous vein to the obtuse marginal, and the LIMA to the left anterior descending artery.",
                "The cross-clamp was removed and proximal vein anastomoses were sewn to the aorta under a partial occlusion clamp.",
                "The patient was weaned from bypass without inotropic support, protamine was given, and the cannulas were removed.",
                "Mediastinal and left pleural chest tubes and temporary epicardial pacing wires were placed.",
                "The sternum was closed with stainless steel wires and the fascia and skin in layers."],
         findings="Diffuse three-vessel disease with good-quality targets", spec_="None", ebl=(400, 900), drains="Two mediastinal and one left pleural tube"),
    dict(name="Left carotid endarterectomy with patch angioplasty", spec="vascular", age=(55, 85), pre="Symptomatic left internal carotid artery stenosis", post="Same",
         anes="General endotracheal", pos="supine with the head turned to the right and a shoulder roll",
         steps=["An incision was made along the anterior border of the sternocleidomastoid and the platysma divided.",
                "The facial vein was ligated and the carotid bifurcation exposed, protecting the hypoglossal and vagus nerves.",
                "After 5000 units of heparin, the internal, external and common carotid arteries were clamped, and stump pressure was {42|55} mmHg.",
                "An arteriotomy was made from the common carotid onto the internal carotid beyond the plaque.",
                "The plaque was elevated in the endarterectomy plane and removed with a clean distal feathered end point; loose fragments were removed.",
                "A bovine pericardial patch was sewn with running 6-0 Prolene, the vessels were flushed and back-bled, and flow was restored to the external and then internal carotid.",
                "Doppler signals were triphasic; hemostasis was achieved and the platysma and skin closed."],
         findings="Ulcerated, calcified plaque causing approximately 85% stenosis", spec_="Carotid plaque", ebl=(50, 150), drains="None"),
    dict(name="Creation of left radiocephalic arteriovenous fistula", spec="vascular", age=(35, 85), pre="End-stage renal disease requiring dialysis access", post="Same",
         anes="Regional block with sedation", pos="supine with the left arm on an arm board",
         steps=["A longitudinal incision was made at the wrist between the radial artery and cephalic vein.",
                "The cephalic vein was dissected free for 4 cm, divided distally and dilated with coronary dilators.",
                "The radial artery was controlled with vessel loops and a 6 mm arteriotomy made.",
                "An end-vein-to-side-artery anastomosis was created with running 7-0 Prolene.",
                "A strong thrill was palpable in the vein after release of the clamps; the skin was closed with 4-0 Monocryl."],
         findings="Cephalic vein of {3|3.5} mm with a good radial pulse", spec_="None", ebl=(5, 20), drains="None"),
    dict(name="L4-L5 decompressive laminectomy and bilateral foraminotomies", spec="neuro", age=(45, 85), pre="Lumbar spinal stenosis with neurogenic claudication", post="Same",
         anes="General endotracheal", pos="prone on a Jackson table with all bony prominences padded",
         steps=["The level was localized fluoroscopically and a midline incision made.",
                "The paraspinal muscles were dissected subperiosteally off the L4 and L5 laminae bilaterally, preserving the facet capsules.",
                "The spinous process of L4 was removed and laminectomy performed with a high-speed drill and Kerrison rongeurs.",
                "Hypertrophied ligamentum flavum was resected, revealing a compressed thecal sac that re-expanded with pulsations.",
                "Bilateral foraminotomies were performed until a probe passed freely along the L4 and L5 nerve roots.",
                "Hemostasis was obtained with bipolar cautery and Floseal; no dural tear occurred.",
                "The fascia was closed with 0 Vicryl, subcutaneous tissue with 2-0 Vicryl, and the skin with staples."],
         findings="Severe central and lateral recess stenosis from ligamentum flavum hypertrophy and facet arthropathy", spec_="Bone and ligament", ebl=(75, 250), drains="Hemovac drain"),
    dict(name="Anterior cervical discectomy and fusion, C5-C6", spec="neuro", age=(35, 75), pre="C5-C6 disc herniation with right C6 radiculopathy", post="Same",
         anes="General endotracheal", pos="supine with the neck slightly extended on a gel roll",
         steps=["A transverse right-sided neck incision was made in a skin crease and the platysma divided.",
                "The plane between the carotid sheath and the trachea and esophagus was developed bluntly to the prevertebral fascia.",
                "The level was confirmed with a spinal needle and lateral fluoroscopy, and Caspar pins were placed.",
                "A complete discectomy was performed with curettes and a drill, and the posterior longitudinal ligament was removed with a Kerrison to decompress the cord and right foramen.",
                "A {6|7} mm allograft spacer packed with demineralized bone matrix was impacted and an anterior plate secured with four screws.",
                "Hemostasis was achieved and the platysma and skin were closed."],
         findings="Large right paracentral disc fragment compressing the C6 root", spec_="Disc material", ebl=(25, 75), drains="None"),
    dict(name="Right frontotemporoparietal craniotomy for evacuation of subdural hematoma", spec="neuro", age=(45, 90), pre="Acute right subdural hematoma with midline shift", post="Same",
         anes="General endotracheal", pos="supine with the head turned left in Mayfield pins",
         steps=["A reverse question-mark incision was made and the scalp flap reflected anteriorly.",
                "Burr holes were placed and a bone flap turned with a craniotome.",
                "The dura was tense and was opened in a cruciate fashion, releasing a large amount of clotted and liquid blood.",
                "The clot was evacuated with irrigation and suction and a bleeding cortical vein was coagulated with bipolar.",
                "The dura was closed and tacked up, the bone flap replaced with titanium plates, and a subgaleal drain left.",
                "The galea was closed with 2-0 Vicryl and the skin with staples."],
         findings="{2.1|2.6} cm acute-on-chronic subdural clot over the convexity", spec_="None", ebl=(150, 400), drains="Subgaleal drain"),
    dict(name="Tonsillectomy and adenoidectomy", spec="ENT", age=(3, 30), pre="Obstructive sleep-disordered breathing with adenotonsillar hypertrophy", post="Same",
         anes="General endotracheal", pos="supine with a shoulder roll in the Rose position",
         steps=["A McIvor mouth gag was placed and suspended from the Mayo stand.",
                "The palate was palpated and there was no submucous cleft.",
                "The right tonsil was grasped and retracted medially, and dissected in the subcapsular plane with {monopolar cautery|Coblation} from superior to inferior pole; the left tonsil was removed in the same way.",
                "A red rubber catheter was used to retract the soft palate and the adenoid pad was removed with a suction cautery under mirror visualization.",
                "The nasopharynx and oropharynx were irrigated and hemostasis confirmed; an orogastric tube was passed to suction the stomach."],
         findings="{3+|4+} tonsils and obstructing adenoid tissue", spec_="Tonsils and adenoids", ebl=(5, 30), drains="None"),
    dict(name="Septoplasty with bilateral inferior turbinate reduction", spec="ENT", age=(18, 65), pre="Deviated nasal septum with nasal obstruction", post="Same",
         anes="General endotracheal", pos="supine with the head of bed elevated 15 degrees",
         steps=["The nose was decongested with oxymetazoline pledgets and the septum injected with 1% lidocaine with epinephrine.",
                "A left hemitransfixion incision was made and mucoperichondrial flaps were elevated bilaterally.",
                "The deviated portions of the cartilaginous and bony septum were resected preserving a 1 cm L-strut.",
                "The inferior turbinates were submucosally reduced with a microdebrider and outfractured.",
                "The incision was closed with 4-0 chromic and the flaps quilted with 4-0 plain gut; Doyle splints were placed."],
         findings="Septal deviation to the {left|right} with a posterior bony spur", spec_="Septal cartilage and bone", ebl=(20, 75), drains="None"),
    dict(name="Total thyroidectomy", spec="ENT", age=(25, 75), pre="{Multinodular goiter with compressive symptoms|Follicular neoplasm, right lobe|Graves disease}", post="Same",
         anes="General endotracheal with a nerve integrity monitoring tube", pos="supine with the neck extended on a shoulder roll",
         steps=["A transverse incision was made two fingerbreadths above the sternal notch and subplatysmal flaps raised.",
                "The strap muscles were divided in the midline and retracted laterally.",
                "The superior pole vessels of the right lobe were individually ligated close to the gland to protect the external branch of the superior laryngeal nerve.",
                "The recurrent laryngeal nerve was identified in the tracheoesophageal groove and stimulated with a good signal, and the parathyroid glands were preserved on their blood supply.",
                "The lobe was dissected off the trachea through the ligament of Berry, and the identical procedure was performed on the left.",
                "The nerves stimulated normally at the end of the case; the strap muscles and platysma were closed and the skin closed with a subcuticular stitch."],
         findings="Enlarged nodular gland; both recurrent laryngeal nerves preserved", spec_="Thyroid", ebl=(20, 80), drains="None"),
    dict(name="Transurethral resection of the prostate", spec="urology", age=(55, 88), sex="M", pre="Benign prostatic hyperplasia with urinary retention", post="Same",
         anes="Spinal", pos="dorsal lithotomy",
         steps=["A 26 French continuous-flow resectoscope was passed per urethra under direct vision.",
                "Cystoscopy showed {trabeculation of the bladder|moderate trabeculation with small cellules}, no tumors or stones, and orthotopic ureteral orifices.",
                "The bilobar prostate was resected with a bipolar loop from the bladder neck to the verumontanum, beginning at the median lobe.",
                "Hemostasis was obtained with the loop, and the chips were evacuated with an Ellik evacuator.",
                "A 22 French three-way Foley catheter was placed with continuous bladder irrigation."],
         findings="Obstructing trilobar prostate", spec_="Prostate chips, {18|24|32} grams", ebl=(50, 200), drains="Three-way Foley"),
    dict(name="Robotic-assisted laparoscopic radical prostatectomy with bilateral pelvic lymph node dissection", spec="urology", age=(48, 74), sex="M", pre="Adenocarcinoma of the prostate, Gleason {3+4|4+3}", post="Same",
         anes="General endotracheal", pos="low lithotomy in steep Trendelenburg",
         steps=["Ports were placed and the robot docked.",
                "The bladder was dropped from the anterior abdominal wall and the endopelvic fascia incised bilaterally.",
                "The dorsal venous complex was ligated and the bladder neck divided.",
                "The vasa and seminal vesicles were dissected, and bilateral nerve sparing was performed along the prostatic fascia.",
                "The urethra was divided and the specimen bagged; pelvic lymph node dissection was performed bilaterally.",
                "The vesicourethral anastomosis was performed with a running barbed suture and tested with 200 mL without leak."],
         findings="No gross extraprostatic extension", spec_="Prostate and seminal vesicles; bilateral pelvic lymph nodes", ebl=(100, 300), drains="Jackson-Pratt drain and 18 French Foley"),
    dict(name="Total abdominal hysterectomy with bilateral salpingectomy", spec="gyn", age=(35, 60), sex="F", pre="Symptomatic uterine fibroids", post="Same",
         anes="General endotracheal", pos="supine",
         steps=["A Pfannenstiel incision was made and carried through the fascia, which was dissected off the rectus muscles.",
                "The peritoneum was entered sharply and a Balfour retractor placed; the bowel was packed cephalad.",
                "The round ligaments were clamped, cut and ligated, and the bladder flap was developed.",
                "The fallopian tubes were excised along the mesosalpinx and the utero-ovarian ligaments were clamped and ligated, preserving the ovaries.",
                "The uterine arteries were skeletonized, clamped and suture-ligated bilaterally with 0 Vicryl.",
                "The cardinal and uterosacral ligaments were taken down and the uterus and cervix removed.",
                "The vaginal cuff was closed with figure-of-eight sutures and hemostasis confirmed.",
                "The fascia was closed with running 0 PDS and the skin with staples."],
         findings="16-week-size fibroid uterus, normal ovaries", spec_="Uterus, cervix and bilateral fallopian tubes", ebl=(150, 500), drains="None"),
    dict(name="Repeat low transverse cesarean section", spec="obstetric", age=(20, 42), sex="F", pre="Intrauterine pregnancy at 39 weeks, prior cesarean, desires repeat", post="Same, delivered",
         anes="Spinal", pos="supine with left lateral tilt",
         steps=["The prior Pfannenstiel scar was excised and the incision carried down to the fascia, which was incised transversely.",
                "The peritoneum was entered bluntly and a bladder blade placed; a bladder flap was created.",
                "A low transverse uterine incision was made and extended bluntly.",
                "A viable {male|female} infant was delivered from {vertex|breech} presentation, the cord clamped and cut, and the infant handed to the pediatric team with Apgars of {8 and 9|9 and 9}.",
                "The placenta was delivered intact and the uterus cleared of clots and debris.",
                "The hysterotomy was closed in two layers with 0 Vicryl and hemostasis confirmed.",
                "The fascia was closed with 0 Vicryl and the skin with 4-0 Vicryl subcuticular."],
         findings="Normal uterus, tubes and ovaries; light meconium-free fluid", spec_="Placenta to labor and delivery", ebl=(600, 1000), drains="None"),
    dict(name="Phacoemulsification with posterior chamber intraocular lens implant, {right|left} eye", spec="ophthalmology", age=(55, 90), pre="Visually significant nuclear cataract", post="Same",
         anes="Topical with monitored anesthesia care", pos="supine",
         steps=["Tetracaine drops and intracameral lidocaine were instilled and a lid speculum placed.",
                "A temporal clear corneal incision was made with a 2.4 mm keratome and a paracentesis port created.",
                "The anterior chamber was filled with viscoelastic and a continuous curvilinear capsulorrhexis was made.",
                "Hydrodissection was performed and the nucleus removed with phacoemulsification using a divide-and-conquer technique.",
                "Cortical material was removed with irrigation and aspiration, and the capsular bag inflated with viscoelastic.",
                "A {21.0|22.5|23.5} diopter acrylic lens was injected into the capsular bag, viscoelastic removed, and the wounds hydrated and found watertight.",
                "Intracameral moxifloxacin was given and a shield placed."],
         findings="2+ to 3+ nuclear sclerotic cataract", spec_="None", ebl=(0, 0), drains="None"),
    dict(name="Bilateral reduction mammaplasty, inferior pedicle technique", spec="plastic", age=(20, 60), sex="F", pre="Symptomatic macromastia", post="Same",
         anes="General endotracheal", pos="supine with arms abducted and the table able to sit up",
         steps=["The Wise pattern markings made preoperatively in the standing position were confirmed.",
                "The inferior pedicle was deepithelialized, preserving the nipple-areolar complex on its blood supply.",
                "Medial, lateral and superior tissue was resected en bloc and weighed: {640|780|910} grams on the right and {610|760|880} grams on the left.",
                "The patient was sat up to check symmetry, and the flaps were tailor-tacked.",
                "The nipple was inset and the incisions closed in layers with 3-0 Monocryl dermal and 4-0 running subcuticular sutures."],
         findings="Macromastia with grade III ptosis", spec_="Breast tissue, right and left", ebl=(100, 250), drains="Bilateral 10 mm Blake drains"),
    dict(name="Wide local excision of melanoma, left upper back, with rhomboid flap reconstruction", spec="plastic", age=(30, 85), pre="Melanoma in situ, left upper back", post="Same",
         anes="Local with sedation", pos="prone",
         steps=["A 1 cm margin was marked around the biopsy scar and an ellipse designed.",
                "The excision was carried down to the muscular fascia and the specimen oriented with a short stitch superior and a long stitch lateral.",
                "A rhomboid flap was designed, elevated in the subcutaneous plane, and rotated into the defect.",
                "The donor site and flap were closed with 3-0 Monocryl deep dermal and 4-0 nylon sutures."],
         findings="Healed biopsy scar without satellite lesions", spec_="Skin ellipse, oriented", ebl=(5, 20), drains="None"),
    dict(name="Right hemicolectomy", spec="general", age=(45, 88), pre="Adenocarcinoma of the ascending colon", post="Same",
         anes="General endotracheal with epidural", pos="supine",
         steps=["A midline laparotomy was performed and the abdomen explored; there was no evidence of hepatic or peritoneal metastasis.",
                "The right colon was mobilized along the white line of Toldt and the hepatic flexure taken down, protecting the duodenum.",
                "The ileocolic pedicle was ligated at its origin with 2-0 silk.",
                "The terminal ileum and proximal transverse colon were divided with a GIA stapler.",
                "A stapled side-to-side ileocolic anastomosis was created and the common enterotomy closed with a TA stapler; the mesenteric defect was closed.",
                "The fascia was closed with looped #1 PDS and the skin with staples."],
         findings="Palpable mass in the ascending colon without serosal involvement", spec_="Right colon and terminal ileum", ebl=(100, 300), drains="None"),
    dict(name="Right bunionectomy with distal first metatarsal (Austin) osteotomy", spec="podiatry", age=(25, 75), pre="Hallux abducto valgus, right foot", post="Same",
         anes="MAC with ankle block", pos="supine with an ankle tourniquet",
         steps=["A dorsomedial incision was made over the first metatarsophalangeal joint.",
                "A capsulotomy was performed and the medial eminence resected with a sagittal saw.",
                "A lateral release was performed through the same incision.",
                "A chevron osteotomy was made in the metatarsal head, the capital fragment translated laterally 4 mm, and fixed with a 3.0 mm cannulated screw.",
                "The capsule was plicated with 2-0 Vicryl and the skin closed with 4-0 nylon."],
         findings="Intermetatarsal angle of 14 degrees corrected", spec_="None", ebl=(0, 10), drains="None"),
    dict(name="Laparoscopic pyloromyotomy", spec="pediatric", age=(0, 0), pre="Hypertrophic pyloric stenosis", post="Same",
         anes="General endotracheal", pos="supine",
         steps=["A 5 mm umbilical port was placed and two 3 mm stab incisions made in the epigastrium and right upper quadrant.",
                "The duodenum was grasped and the pylorus delivered into view.",
                "A longitudinal serosal incision was made along the avascular plane and the muscle spread with a pyloric spreader until mucosa bulged.",
                "Air insufflated through the orogastric tube showed no leak.",
                "Incisions were closed with 5-0 absorbable sutures and Steri-Strips."],
         findings="Thickened olive-shaped pylorus", spec_="None", ebl=(0, 5), drains="None"),
]


def op_patient(op):
    rng = op["age"]
    if rng == (0, 0):
        pt = patient((0, 0), op.get("sex"))
        pt["agestr"] = "%d-week-old" % R.randint(3, 8)
        pt["man"] = "infant"
        return pt
    return patient(rng, op.get("sex"))


def operative_note(idx):
    op = c(OPS)
    pt = op_patient(op)
    d = rand_date()
    surg = doctor()
    asst = doctor() if chance(0.5) else None
    name = X(op["name"])
    ctx = dict(pt)
    out = []
    out.append(maybe_header(pt, d, 0.15))
    out.append(maybe_title(c(["OPERATIVE REPORT", "OPERATIVE NOTE", "REPORT OF OPERATION", "OPERATIVE PROCEDURE"]), 0.45))
    if chance(0.4):
        out.append("DATE OF OPERATION: %s\n\n" % fd(d))
    pre = X(op["pre"])
    post = X(op["post"]).replace("Same", pre) if chance(0.4) else X(op["post"])
    out.append("PREOPERATIVE DIAGNOSIS: %s.\n\n" % pre)
    out.append("POSTOPERATIVE DIAGNOSIS: %s.\n\n" % post)
    out.append("%s: %s.\n\n" % (c(["PROCEDURE PERFORMED", "OPERATION", "PROCEDURE", "OPERATION PERFORMED"]), name))
    out.append("SURGEON: %s\n\n" % surg["full"])
    if asst:
        out.append("%s: %s\n\n" % (c(["ASSISTANT", "FIRST ASSISTANT"]), asst["full"] if chance(0.6) else "%s, PA-C" % doctor()["name"]))
    out.append("ANESTHESIA: %s.\n\n" % X(op["anes"]))
    lo, hi = op["ebl"]
    ebl = R.randint(lo, hi) if hi else 0
    ebl = int(round(ebl / 5.0) * 5)
    if chance(0.7):
        out.append("ESTIMATED BLOOD LOSS: %s.\n\n" % ("Minimal" if ebl < 5 else "%d mL" % ebl))
    if chance(0.6):
        out.append("FLUIDS: %d mL of crystalloid.\n\n" % (R.randint(3, 30) * 100))
    if chance(0.6):
        out.append("COMPLICATIONS: None %s.\n\n" % c(["apparent", "", "immediate"]) if chance(0.8) else "COMPLICATIONS: None.\n\n")
    if chance(0.65):
        out.append("SPECIMENS: %s.\n\n" % X(op["spec_"]))
    if chance(0.5):
        out.append("DRAINS: %s.\n\n" % op["drains"])
    if op.get("implants") and chance(0.8):
        out.append("IMPLANTS: %s.\n\n" % X(op["implants"]))
    if chance(0.6):
        out.append("FINDINGS: %s.\n\n" % X(op["findings"]))
    # indications
    ind = [
        "The patient is a <agestr> <man> with %s who %s." % (pre.lower(), c(["has failed conservative management", "presented with progressive symptoms", "was referred for operative management after appropriate workup", "elected to proceed after a lengthy discussion"])),
        c(["The risks, benefits and alternatives, including bleeding, infection, injury to surrounding structures and the need for further surgery, were explained, and informed consent was obtained.",
           "After a thorough discussion of the risks and alternatives, <he> wished to proceed and signed the consent.",
           "Risks including but not limited to bleeding, infection, anesthetic complications and recurrence were reviewed with the patient and family, who voiced understanding."])]
    out.append("%s: %s\n\n" % (c(["INDICATIONS FOR PROCEDURE", "INDICATIONS", "INDICATION FOR OPERATION", "BRIEF HISTORY"]), X(para(ind), ctx)))
    # description
    desc = []
    desc.append(X(c(["The patient was identified in the preoperative holding area, the operative site was marked, and <he> was brought to the operating room and placed on the table.",
                     "The patient was taken to the operating suite and transferred to the operating table, where anesthesia was induced without difficulty.",
                     "After identification and confirmation of consent, the patient was brought back to operating room {2|4|5|7|11} and placed supine."]), ctx))
    _an = X(op["anes"]).split(" with ")[0]
    desc.append(("%s was administered by the anesthesia team." if "nesthesia" in _an else "%s anesthesia was administered by the anesthesia team.") % cap(_an))
    desc.append("The patient was positioned %s." % X(op["pos"]))
    desc.append(X(c(TIMEOUT)))
    desc.append(X(c(PREP)))
    p1 = " ".join(desc)
    steps = [X(s) for s in op["steps"]]
    # split steps into 1-3 paragraphs
    paras = [p1]
    k = R.randint(1, 3)
    chunk = max(1, len(steps) // k)
    for i in range(0, len(steps), chunk):
        paras.append(" ".join(steps[i:i + chunk]))
    if "eneral" in X(op["anes"]):
        end = [X(c(CLOSE_END[:2])), X(c(CLOSE_END[2:]))]
    else:
        end = [X(c(CLOSE_END[1:2])), X(c(["The drapes were removed and the patient was taken to the recovery area awake and comfortable.", "The patient tolerated this well and was returned to the ambulatory surgery unit in stable condition."]))]
    if chance(0.5):
        end.insert(0, "Local anesthetic, {10|20|30} mL of 0.{25|5}% bupivacaine, was infiltrated at the incision sites.".replace("{10|20|30}", str(c([10, 20, 30]))).replace("0.{25|5}", c(["0.25", "0.5"])))
    paras.append(" ".join(end))
    if chance(0.5):
        paras.append("%s was present and scrubbed for the entire procedure." % c(["I", "The attending surgeon, %s," % surg["dr"]]))
    out.append("%s:\n%s\n" % (c(["DESCRIPTION OF PROCEDURE", "DESCRIPTION OF OPERATION", "PROCEDURE IN DETAIL", "OPERATIVE TECHNIQUE", "DETAILS OF PROCEDURE"]),
                               "\n\n".join(paras)))
    if chance(0.3):
        out.append("\nDISPOSITION: %s\n" % X(c(["To PACU, then {home with a responsible adult|admission to the surgical floor|the ICU}.", "Recovery room, stable.", "PACU in stable condition; plan as per postoperative orders."])))
    f = footer(d, surg)
    return "".join(out).rstrip() + ("\n\n" + f if f else "") + "\n"


ASA = ["I", "II", "II", "III", "III", "IV"]


def anesthesia_record(idx):
    op = c(OPS)
    pt = op_patient(op)
    d = rand_date()
    an = doctor()
    crna = "%s, CRNA" % doctor()["name"]
    ctx = dict(pt)
    name = X(op["name"])
    asa = c(ASA)
    mall = c(["I", "II", "II", "III"])
    anes = X(op["anes"])
    ga = "eneral" in anes
    v = vitals()
    wt = R.randint(55, 128) if pt["age"] > 14 else R.randint(4, 45)
    out = []
    style = R.randint(0, 2)
    out.append(maybe_title(c(["ANESTHESIA RECORD", "ANESTHESIA REPORT", "ANESTHESIA PROCEDURE NOTE", "PREANESTHETIC EVALUATION AND ANESTHESIA RECORD"]), 0.6))
    if style == 0:
        out.append("PROCEDURE: %s.\n\nSURGEON: %s\n\nANESTHESIOLOGIST: %s\n%s\n" % (name, doctor()["full"], an["full"], ("CRNA: " + crna + "\n") if chance(0.5) else ""))
        out.append("PREOPERATIVE EVALUATION:\nThe patient is a %s %s scheduled for %s for %s. %s %s Past medical history is significant for %s. Past anesthetic history is %s. Current medications include %s. Allergies: %s NPO since %s.\n\n" % (
            pt["agestr"], pt["man"], name.lower(), X(op["pre"]).lower(),
            X(c(["Exercise tolerance is greater than four metabolic equivalents, climbing two flights of stairs without symptoms.", "Functional capacity is limited by joint pain but <he> denies angina or dyspnea.", "There is no history of chest pain, syncope or orthopnea."]), ctx),
            X(c(["There is no personal or family history of malignant hyperthermia or pseudocholinesterase deficiency.", "No family history of problems with anesthesia.", ""])),
            join_and(pmh(None, R.randint(1, 4))), X(c(["unremarkable", "notable for postoperative nausea and vomiting with a prior cholecystectomy", "notable for a difficult IV start but otherwise uneventful"])),
            join_and(home_meds(None, R.randint(1, 5))), c(ALLERGIES), c(["midnight", "2200 the evening prior", "0600 for clear liquids"])))
        out.append("AIRWAY EXAMINATION: Mallampati class %s, thyromental distance %s, mouth opening %s, %s, neck range of motion full.\n\n" % (
            mall, c(["greater than 3 fingerbreadths", "3 fingerbreadths", "6 cm"]), c(["adequate", "greater than 3 cm", "normal"]),
            c(["dentition intact", "upper partial denture removed", "loose left upper incisor noted and discussed", "edentulous"])))
        out.append("ASA PHYSICAL STATUS: %s%s.\n\n" % (asa, c(["", "", "E"]) if asa in ("II", "III") else ""))
        out.append("ANESTHETIC PLAN: %s. Risks of %s were discussed with the patient, and consent was obtained.\n\n" % (
            anes, join_and(cs(["sore throat", "dental injury", "nausea and vomiting", "awareness", "aspiration", "postdural puncture headache", "nerve injury", "cardiopulmonary complications"], 4))))
    else:
        out.append("DATE OF SERVICE: %s\n\nOPERATION: %s\n\nASA CLASSIFICATION: %s\n\nANESTHETIC TECHNIQUE: %s\n\n" % (fd(d), name, asa, anes))
        out.append("PREANESTHETIC ASSESSMENT: %s, %s year old %s, %d kg. History of %s. %s Airway Mallampati %s. Heart regular, lungs clear. Baseline vitals %s.\n\n" % (
            pt["name"] if chance(0.3) else "Patient", pt["age"], pt["gender"], wt, join_and(pmh(None, R.randint(1, 3))),
            c(["Denies prior anesthetic complications.", "Prior anesthetics without incident.", "Reports severe PONV in the past."]), mall, vitals_line(v, 1)))
    # intraop narrative
    s = []
    s.append(X(c(["The patient was brought to the operating room and standard ASA monitors were applied, including pulse oximetry, noninvasive blood pressure, five-lead ECG{, temperature| and end-tidal capnography}.",
                  "In the operating room, monitors were placed and the patient was preoxygenated with 100% oxygen by face mask for three minutes.",
                  "Upon arrival to the room, routine monitors were applied and baseline vital signs were obtained and recorded."])))
    if chance(0.6):
        s.append(X("Midazolam {1|2} mg and fentanyl {50|100} mcg were given intravenously for premedication."))
    if ga:
        s.append(X("Anesthesia was induced intravenously with propofol {120|150|180|200} mg, fentanyl {100|150} mcg and lidocaine {40|60|80} mg, followed by {rocuronium 50 mg|succinylcholine 100 mg|vecuronium 8 mg}."))
        if "LMA" in anes:
            s.append(X("A size {3|4|5} laryngeal mask airway was placed easily with a good seal and bilateral breath sounds."))
        else:
            s.append(X("Mask ventilation was {easy|easy with an oral airway|grade 1}. Direct laryngoscopy with a {Macintosh 3|Macintosh 4|Miller 2} blade showed a grade {I|II} view, and a {6.5|7.0|7.5|8.0} cuffed endotracheal tube was placed atraumatically, confirmed by end-tidal CO2 and bilateral breath sounds, and secured at {21|22|23} cm at the lips."))
            if chance(0.3):
                s.append("Because of a predicted difficult airway, intubation was performed with a video laryngoscope on the first attempt.")
        s.append(X("Anesthesia was maintained with {sevoflurane|desflurane|isoflurane} in {oxygen and air|oxygen and nitrous oxide} with intermittent boluses of {fentanyl|hydromorphone}."))
    if "pinal" in anes:
        s.append(X("With the patient in the sitting position, the {L3-L4|L4-L5} interspace was prepped with chlorhexidine and a {25|24}-gauge {Whitacre|pencil-point} needle was placed on the {first|second} pass with clear free-flowing CSF; {12|13.5|15} mg of 0.75% hyperbaric bupivacaine with {fentanyl 15 mcg|preservative-free morphine 100 mcg} was injected, and a T{6|8|10} sensory level was achieved."))
        s.append(X("Sedation was provided with a propofol infusion at {25|40|50} mcg/kg/min; the patient breathed spontaneously via nasal cannula."))
    if "block" in anes.lower() or "egional" in anes:
        s.append(X("Under ultrasound guidance, a {adductor canal|popliteal sciatic|interscalene|supraclavicular} block was performed with {20|25|30} mL of 0.5% ropivacaine after negative aspiration, with spread visualized around the nerve."))
    if "MAC" in anes or "onitored" in anes or "opical" in anes or "edation" in anes:
        s.append(X("Monitored anesthesia care was provided with titrated midazolam, fentanyl and a low-dose propofol infusion, with the patient responsive to voice throughout."))
    if "arterial" in anes:
        s.append("A 20-gauge right radial arterial line was placed under sterile conditions and a right internal jugular introducer with a pulmonary artery catheter was placed under ultrasound guidance.")
    s.append(X("{Cefazolin|Clindamycin|Cefoxitin} was given before incision. {Dexamethasone 4 mg and ondansetron 4 mg were given for PONV prophylaxis|Ondansetron 4 mg was given prior to emergence|Scopolamine patch was placed preoperatively}."))
    s.append(X(c(["Hemodynamics were stable throughout, with one brief episode of hypotension after induction treated with phenylephrine {80|100} mcg.",
                  "Intraoperative course was uneventful; blood pressure was maintained within 20% of baseline.",
                  "Ephedrine {5|10} mg was required once for hypotension following positioning; otherwise hemodynamically stable.",
                  "The case proceeded without anesthetic complication."])))
    inp = R.randint(4, 30) * 100
    ebl = R.randint(*op["ebl"]) if op["ebl"][1] else 0
    s.append("Total intravenous fluids were %d mL of %s. Estimated blood loss was %s. Urine output was %s." % (
        inp, c(["lactated Ringer's", "Plasma-Lyte", "normal saline"]), ("%d mL" % ebl) if ebl else "minimal",
        c(["not measured", "%d mL" % (R.randint(1, 8) * 50)])))
    if ga and "LMA" not in anes:
        s.append(X("Neuromuscular blockade was reversed with {sugammadex 200 mg|neostigmine 3 mg and glycopyrrolate 0.6 mg} with a train-of-four of 4/4 and sustained tetanus. The patient was extubated awake {in the operating room|after suctioning the oropharynx} with return of protective reflexes."))
    elif ga:
        s.append("The LMA was removed in a deep plane with the patient breathing spontaneously.")
    s.append(X(c(["The patient was transported to the PACU on {supplemental oxygen|a simple face mask at 6 liters}, with report given to the PACU nurse.",
                  "Care was transferred to the recovery room nurse with vital signs stable and the patient comfortable.",
                  "On arrival in PACU the patient was {awake and following commands|drowsy but arousable}, airway patent, with an Aldrete score of {8|9|10}."])))
    out.append("%s:\n%s\n\n" % (c(["INTRAOPERATIVE COURSE", "ANESTHESIA COURSE", "DESCRIPTION", "ANESTHETIC MANAGEMENT"]), " ".join(s)))
    if chance(0.6):
        out.append("MEDICATIONS ADMINISTERED:\n")
        meds = ["Midazolam %d mg IV" % R.randint(1, 2), "Fentanyl %d mcg IV" % (R.randint(2, 6) * 25), "Propofol %d mg IV" % (R.randint(8, 25) * 10),
                "Cefazolin 2 g IV", "Ondansetron 4 mg IV", "Dexamethasone %d mg IV" % c([4, 8]), "Rocuronium %d mg IV" % (R.randint(3, 7) * 10),
                "Hydromorphone %.1f mg IV" % c([0.2, 0.4, 0.5, 1.0]), "Ketorolac 15 mg IV", "Phenylephrine %d mcg total" % (R.randint(1, 8) * 100),
                "Acetaminophen 1000 mg IV", "Glycopyrrolate 0.2 mg IV"]
        for m in cs(meds, R.randint(4, 9)):
            out.append("  %s\n" % m)
        out.append("\n")
    if chance(0.5):
        out.append("POSTANESTHESIA NOTE: %s\n\n" % X(c(["Patient seen in PACU. Vital signs stable, pain controlled, no nausea, no apparent anesthetic complications. Discharge from PACU per criteria.",
                                                           "Recovered from anesthesia without complication; mental status at baseline, adequate respiratory function, pain {2|3}/10.",
                                                           "No anesthesia-related complications noted at the postoperative visit; patient satisfied with care."])))
    f = footer(d, an, cc_prob=0.1, code_prob=0.4)
    return "".join(out).rstrip() + ("\n\n" + f if f else "") + "\n"

# ---------------------------------------------------------------- procedures

SED = {"moderate": "Moderate sedation was administered by the {endoscopy|procedure} nurse under my direct supervision using {midazolam {2|3|4|5} mg and fentanyl {50|75|100} mcg|midazolam {2|4} mg and meperidine {25|50} mg} intravenously in divided doses, with continuous monitoring of oxygen saturation, heart rate and blood pressure. Total intraservice time was {18|22|27|35} minutes.",
       "mac": "Monitored anesthesia care with propofol was provided by the anesthesia service.",
       "local": "Local anesthesia was obtained with {5|8|10} mL of 1% lidocaine{| with epinephrine}.",
       "none": ""}

PROCS = [
    dict(name="Esophagogastroduodenoscopy {with biopsies|with cold forceps biopsies|}", spec="GI", ind=["dyspepsia refractory to proton pump inhibitor", "iron deficiency anemia", "dysphagia to solids", "epigastric pain and early satiety", "surveillance of Barrett's esophagus"],
         sed="moderate",
         steps=["The patient was placed in the left lateral decubitus position and the bite block inserted.",
                "The {Olympus|Pentax} video gastroscope was passed under direct visualization through the upper esophageal sphincter without difficulty.",
                "The esophagus was {normal in appearance throughout, with the Z-line regular at 39 cm from the incisors|notable for salmon-colored mucosa extending 3 cm above the gastroesophageal junction, and biopsies were obtained in four quadrants every 2 cm|remarkable for a nonobstructing Schatzki ring at the gastroesophageal junction}.",
                "The stomach was insufflated and examined in forward and retroflexed views; {there was patchy erythema of the antrum, and biopsies were taken from the antrum and body for Helicobacter pylori|the fundus and cardia were normal on retroflexion, and a small hiatal hernia was present|there was a 6 mm clean-based ulcer in the prefundic antrum}.",
                "The pylorus was traversed and the duodenal bulb and second portion of the duodenum were {normal|mildly erythematous without ulceration}, and {duodenal biopsies were obtained to exclude celiac disease|no biopsies were needed from the duodenum}.",
                "The scope was withdrawn, suctioning air from the stomach."],
         findings="{Antral gastritis|Short-segment Barrett's esophagus|Schatzki ring|Small hiatal hernia}", plan=["Await pathology.", "Continue omeprazole 40 mg twice daily for eight weeks.", "Repeat EGD in three years for surveillance.", "Avoid NSAIDs."]),
    dict(name="Colonoscopy {with cold snare polypectomy|to the cecum|with biopsies}", spec="GI", ind=["average-risk screening", "hematochezia", "change in bowel habits", "family history of colon cancer in a first-degree relative", "surveillance after prior adenomas"],
         sed="moderate",
         steps=["A digital rectal examination was performed and was normal.",
                "The adult colonoscope was inserted and advanced under direct visualization to the cecum, identified by the appendiceal orifice and ileocecal valve{| and intubation of the terminal ileum}.",
                "The bowel preparation was {excellent|good|fair, with some liquid stool that was suctioned}, with a Boston Bowel Preparation Scale score of {7|8|9}.",
                "On careful withdrawal over {8|10|12} minutes, {a 5 mm sessile polyp was found in the ascending colon and removed with a cold snare|two diminutive polyps in the sigmoid colon were removed with cold forceps|scattered diverticula were seen in the sigmoid colon without polyps|a 12 mm pedunculated polyp in the descending colon was removed with hot snare and a clip placed on the stalk}.",
                "Retroflexion in the rectum showed {small internal hemorrhoids|no abnormality}.",
                "The scope was withdrawn and the patient tolerated the procedure well."],
         findings="{Colon polyps|Sigmoid diverticulosis|Internal hemorrhoids}", plan=["Follow up pathology.", "Repeat colonoscopy in {3|5|7|10} years depending on histology.", "High-fiber diet."]),
    dict(name="Flexible bronchoscopy with bronchoalveolar lavage", spec="pulmonary", ind=["right upper lobe infiltrate not responding to antibiotics", "hemoptysis", "suspected Pneumocystis pneumonia in an immunocompromised host", "persistent atelectasis of the left lower lobe"],
         sed="moderate",
         steps=["Topical lidocaine was applied to the nares and oropharynx and nebulized lidocaine given.",
                "The bronchoscope was passed transnasally through the vocal cords, which moved symmetrically.",
                "The trachea and main carina were sharp; the right and left bronchial trees were examined to the subsegmental level.",
                "{Thick mucopurulent secretions were suctioned from the right upper lobe|There was an endobronchial lesion partially occluding the left lower lobe bronchus|The airways were normal without endobronchial lesions}.",
                "Bronchoalveolar lavage was performed in the {right upper lobe anterior segment|right middle lobe|left lower lobe} with {100|120} mL of saline instilled and {45|60} mL returned, sent for cell count, cultures and cytology.",
                "Oxygen saturation remained above 92% throughout."],
         findings="{Purulent secretions|Endobronchial lesion|Normal airways}", plan=["Follow cultures and cytology.", "Post-procedure chest x-ray.", "Continue current antibiotics pending results."]),
    dict(name="Ultrasound-guided right internal jugular central venous catheter placement", spec="critical care", ind=["need for vasopressors", "poor peripheral access", "total parenteral nutrition"],
         sed="local",
         steps=["The patient was placed in Trendelenburg position, and the right neck was prepped with chlorhexidine and draped with a full-body sterile drape using full barrier precautions, including cap, mask, sterile gown and gloves.",
                "Ultrasound identified a patent, compressible internal jugular vein lateral to the carotid artery.",
                "The vein was accessed on the {first|second} pass under real-time ultrasound guidance with return of dark nonpulsatile blood.",
                "A guidewire was passed using Seldinger technique without ectopy, and its intravenous position was confirmed on ultrasound.",
                "After dilation, a {triple-lumen|quad-lumen} catheter was advanced over the wire to 16 cm, all ports aspirated and flushed, and the catheter secured with sutures and a Biopatch dressing.",
                "A chest x-ray confirmed the tip at the cavoatrial junction with no pneumothorax."],
         findings="Successful placement", plan=["Line may be used.", "Daily assessment of line necessity."]),
    dict(name="Thoracentesis, {right|left}, ultrasound guided", spec="pulmonary", ind=["symptomatic pleural effusion", "new unilateral effusion of unknown etiology"],
         sed="local",
         steps=["The patient was seated leaning forward over a bedside table.",
                "Bedside ultrasound identified a large anechoic effusion and a site was marked in the posterior axillary line above the {eighth|ninth} rib.",
                "After sterile prep and local anesthesia down to the pleura, a thoracentesis catheter was advanced until pleural fluid was aspirated.",
                "A total of {900|1200|1400} mL of {straw-colored|serosanguineous|cloudy yellow} fluid was removed; the procedure was stopped when the patient began to cough.",
                "Fluid was sent for cell count, protein, LDH, glucose, pH, Gram stain, culture and cytology."],
         findings="Pleural effusion", plan=["Post-procedure chest x-ray shows no pneumothorax.", "Follow Light's criteria results."]),
    dict(name="Paracentesis, diagnostic and therapeutic", spec="GI", ind=["tense ascites from cirrhosis", "evaluation for spontaneous bacterial peritonitis"],
         sed="local",
         steps=["The patient was positioned supine with the head slightly elevated.",
                "Ultrasound showed a large pocket of fluid in the left lower quadrant away from bowel and the inferior epigastric vessels.",
                "A Caldwell needle was inserted using Z-track technique and clear yellow fluid obtained.",
                "{4.2|5.5|6.0} liters were drained, and {25|50} grams of 25% albumin was given intravenously.",
                "Samples were sent for cell count, albumin, total protein and culture in blood culture bottles."],
         findings="Large-volume ascites", plan=["Monitor blood pressure.", "Continue diuretics and sodium restriction."]),
    dict(name="Lumbar puncture", spec="neurology", ind=["fever and headache to rule out meningitis", "suspected idiopathic intracranial hypertension", "evaluation for demyelinating disease"],
         sed="local",
         steps=["The patient was placed in the left lateral decubitus position with knees drawn to the chest.",
                "The L3-L4 interspace was identified and the skin prepped with Betadine and draped.",
                "A 20-gauge {spinal|atraumatic} needle was introduced in the midline and the subarachnoid space entered on the {first|second} attempt.",
                "Opening pressure was {14|18|22|34} cm of water; {12|15} mL of clear, colorless fluid was collected in four tubes.",
                "The stylet was replaced and the needle withdrawn; a bandage was applied."],
         findings="Clear cerebrospinal fluid", plan=["Send cell count, glucose, protein, Gram stain and culture.", "Lie flat for one hour."]),
    dict(name="Left heart catheterization, selective coronary angiography and left ventriculography", spec="cardiology", ind=["unstable angina", "abnormal nuclear stress test", "non-ST-elevation myocardial infarction"],
         sed="moderate",
         steps=["The right {radial|femoral} artery was accessed with a micropuncture needle using a modified Seldinger technique and a 6 French sheath inserted.",
                "Selective angiography of the left coronary artery was performed with a {JL4|Tiger} catheter and of the right coronary with a {JR4|Tiger} catheter in multiple projections.",
                "The left main was {normal|short and free of disease}; the left anterior descending had {a 40% mid stenosis|mild luminal irregularities|an 80% proximal stenosis}; the circumflex {was nondominant with mild disease|had a 70% obtuse marginal lesion}; the right coronary was {dominant with a 30% mid stenosis|dominant and free of significant disease}.",
                "A pigtail catheter was advanced into the left ventricle; left ventricular end-diastolic pressure was {12|16|22} mmHg and ventriculography showed an ejection fraction of approximately {45|55|60}%.",
                "There was no gradient on pullback across the aortic valve.",
                "The sheath was removed and hemostasis obtained with a {TR band|Perclose device|manual pressure}."],
         findings="Coronary artery disease as described", plan=["Medical therapy.", "Discuss with cardiac surgery.", "Aspirin and high-intensity statin."]),
    dict(name="Transesophageal echocardiogram", spec="cardiology", ind=["bacteremia to evaluate for endocarditis", "pre-cardioversion to exclude left atrial appendage thrombus", "evaluation of mitral regurgitation severity"],
         sed="moderate",
         steps=["The oropharynx was anesthetized with topical benzocaine and viscous lidocaine.",
                "The TEE probe was passed into the esophagus without resistance.",
                "Multiplane imaging was performed from the mid-esophageal and transgastric windows.",
                "The left atrial appendage was {free of thrombus with emptying velocities of 52 cm/s|free of thrombus}, and there was no spontaneous echo contrast.",
                "The {mitral|aortic} valve had {no vegetation|a 7 mm mobile echodensity on the atrial side of the posterior leaflet consistent with vegetation}.",
                "Agitated saline showed no interatrial shunt."],
         findings="See report", plan=["Proceed with cardioversion if indicated.", "Infectious disease input regarding antibiotic duration."]),
    dict(name="Synchronized direct-current cardioversion", spec="cardiology", ind=["persistent atrial fibrillation", "atrial flutter"],
         sed="mac",
         steps=["Pads were placed in the anterior-posterior position.",
                "After adequate sedation, a synchronized biphasic shock of {120|150|200} joules was delivered.",
                "{Sinus rhythm was restored with the first shock|A second shock at 200 joules restored sinus rhythm}.",
                "Post-cardioversion ECG showed sinus rhythm at {58|64|72} beats per minute."],
         findings="Successful cardioversion", plan=["Continue anticoagulation for at least four weeks.", "Follow-up in arrhythmia clinic."]),
    dict(name="Lumbar interlaminar epidural steroid injection, L{4-L5|5-S1}, under fluoroscopic guidance", spec="pain", ind=["lumbar radiculopathy", "lumbar spinal stenosis with neurogenic claudication"],
         sed="local",
         steps=["The patient was placed prone with a pillow under the abdomen.",
                "The target interspace was identified under AP fluoroscopy and the skin anesthetized.",
                "A 20-gauge Tuohy needle was advanced using loss-of-resistance technique to saline and the epidural space entered at a depth of {5|6|7} cm.",
                "Omnipaque 240 was injected showing epidural spread without vascular or intrathecal uptake.",
                "{80|40} mg of triamcinolone with 4 mL of preservative-free saline was injected.",
                "The needle was removed and the patient observed for 20 minutes without complication."],
         findings="Epidural spread confirmed", plan=["Pain diary.", "Follow up in two to three weeks; may repeat if partial relief."]),
    dict(name="Right knee intra-articular corticosteroid injection", spec="orthopedic", ind=["osteoarthritis of the right knee"],
         sed="none",
         steps=["The right knee was prepped with alcohol and Betadine.",
                "Using a {superolateral|anterolateral} approach, a 22-gauge needle was introduced into the joint.",
                "{No effusion was aspirated|Fifteen mL of clear yellow synovial fluid was aspirated}, then 40 mg of Kenalog with 4 mL of 1% lidocaine was injected without resistance.",
                "A bandage was applied."],
         findings="", plan=["Ice as needed.", "Repeat no sooner than three months."]),
    dict(name="Bone marrow aspiration and biopsy, posterior iliac crest", spec="oncology", ind=["pancytopenia", "staging of lymphoma", "monoclonal gammopathy"],
         sed="local",
         steps=["The patient was positioned prone and the right posterior iliac crest was identified by palpation.",
                "After local anesthesia to the periosteum, a Jamshidi needle was advanced into the marrow cavity.",
                "Aspirate was obtained for smears, flow cytometry and cytogenetics.",
                "The needle was repositioned and a {1.5|2.0} cm core biopsy obtained.",
                "Pressure was held and a dressing applied."],
         findings="Adequate specimens", plan=["Pathology and flow cytometry pending.", "Follow up in clinic to review results."]),
    dict(name="Intravitreal injection of {bevacizumab|aflibercept|ranibizumab}, {right|left} eye", spec="ophthalmology", ind=["neovascular age-related macular degeneration", "diabetic macular edema"],
         sed="none",
         steps=["Topical proparacaine and a lidocaine pledget were applied and the eye prepped with 5% povidone-iodine.",
                "A lid speculum was placed and the injection site marked 4 mm posterior to the limbus inferotemporally.",
                "The medication was injected through a 30-gauge needle.",
                "Intraocular pressure was checked and was {12|16|18} mmHg and the optic nerve was perfused."],
         findings="", plan=["Return in four to six weeks for repeat OCT and injection."]),
    dict(name="Cystoscopy", spec="urology", ind=["microscopic hematuria", "surveillance of bladder cancer", "recurrent urinary tract infections"],
         sed="local",
         steps=["The patient was placed in lithotomy and the genitalia prepped; lidocaine jelly was instilled per urethra.",
                "A flexible cystoscope was passed into the bladder.",
                "The urethra was {normal|notable for mild bilobar prostatic hypertrophy}.",
                "The bladder was examined systematically, including retroflexion, and {was free of tumors, stones or diverticula|showed a 1 cm papillary lesion at the left lateral wall}.",
                "Both ureteral orifices were in normal position with clear efflux."],
         findings="", plan=["Urine cytology.", "Follow-up in clinic."]),
    dict(name="Endometrial biopsy", spec="gynecology", ind=["postmenopausal bleeding", "abnormal uterine bleeding"],
         sed="none",
         steps=["A speculum was placed and the cervix visualized and cleansed with Betadine.",
                "A tenaculum was placed on the anterior lip of the cervix.",
                "The uterus sounded to {7|8} cm and a Pipelle was passed into the endometrial cavity, obtaining tissue with several passes.",
                "Hemostasis was noted at the tenaculum site."],
         findings="", plan=["Pathology pending.", "Pelvic ultrasound."]),
    dict(name="Incision and drainage of abscess", spec="general", ind=["fluctuant abscess of the {right axilla|left buttock|posterior neck|right thigh}"],
         sed="local",
         steps=["The area was prepped with Betadine.",
                "An incision was made over the point of maximal fluctuance and {5|10|15} mL of purulent material expressed and cultured.",
                "Loculations were broken up with a hemostat and the cavity irrigated with saline.",
                "The cavity was packed with iodoform gauze and a dressing applied."],
         findings="", plan=["Packing removal in 48 hours.", "Trimethoprim-sulfamethoxazole for five days."]),
    dict(name="Electroconvulsive therapy, treatment number {3|5|7|9}", spec="psychiatry", ind=["treatment-resistant major depressive disorder", "catatonia"],
         sed="mac",
         steps=["Methohexital and succinylcholine were administered by anesthesia, and the patient was ventilated by mask.",
                "Right unilateral electrode placement was used.",
                "A stimulus at {5|6} times seizure threshold was delivered, producing a motor seizure of {28|34|41} seconds and an EEG seizure of {45|52|60} seconds.",
                "The patient recovered uneventfully without arrhythmia."],
         findings="", plan=["Continue three times weekly.", "Next treatment Wednesday."]),
    dict(name="Tunneled hemodialysis catheter placement, right internal jugular", spec="nephrology", ind=["end-stage renal disease requiring initiation of hemodialysis"],
         sed="moderate",
         steps=["The right neck and chest were prepped with chlorhexidine and draped.",
                "Under ultrasound guidance the internal jugular vein was accessed with a micropuncture needle.",
                "A subcutaneous tunnel was created and a {19|23} cm tip-to-cuff catheter placed through a peel-away sheath under fluoroscopy, with the tip in the right atrium.",
                "Both lumens aspirated and flushed easily and were locked with heparin.",
                "The venotomy was closed with 4-0 Monocryl and the catheter secured."],
         findings="", plan=["Catheter ready for use.", "Arrange fistula evaluation."]),
    dict(name="Ultrasound-guided fine-needle aspiration of thyroid nodule", spec="endocrinology", ind=["{1.8|2.3|3.1} cm TI-RADS 4 nodule in the {right|left} thyroid lobe"],
         sed="local",
         steps=["The neck was extended and prepped.",
                "Under real-time ultrasound guidance, four passes were made with 25-gauge needles into the nodule.",
                "Slides were prepared and a rinse sent in CytoLyt; the cytotechnologist confirmed adequacy.",
                "Pressure was held for five minutes."],
         findings="", plan=["Results in one week."]),
    dict(name="Partial nail avulsion with phenol matrixectomy, {right|left} hallux, {medial|lateral} border", spec="podiatry", ind=["chronic ingrown toenail with paronychia"],
         sed="local",
         steps=["A digital block was performed and a tourniquet applied to the toe.",
                "The offending nail border was freed with a freer elevator and removed with an English anvil.",
                "Three 30-second applications of 89% phenol were applied to the matrix, followed by alcohol lavage.",
                "The tourniquet was released with prompt capillary refill and a dressing applied."],
         findings="", plan=["Epsom salt soaks twice daily.", "Return in two weeks."]),
    dict(name="Trigger point injections, bilateral trapezius", spec="pain", ind=["myofascial pain syndrome"],
         sed="none",
         steps=["Taut bands with local twitch responses were identified in the upper trapezius bilaterally.",
                "Each site was cleaned with alcohol and injected with 1 mL of 0.25% bupivacaine using a 25-gauge needle.",
                "A total of {four|six} trigger points were injected."],
         findings="", plan=["Heat and stretching.", "Physical therapy."]),
    dict(name="Shave biopsy and punch biopsy of skin lesions", spec="dermatology", ind=["changing pigmented lesion of the {back|left shoulder|right calf}", "nonhealing papule on the {nose|right temple}"],
         sed="local",
         steps=["The lesions were marked and photographed.",
                "A shave biopsy was taken with a flexible blade and hemostasis obtained with aluminum chloride.",
                "A 4 mm punch biopsy was taken and closed with a single 4-0 nylon suture.",
                "Petrolatum and bandages were applied."],
         findings="", plan=["Results in one to two weeks.", "Suture removal in 10 days."]),
]


def procedure_note(idx):
    pr = c(PROCS)
    pt = patient((18, 88))
    d = rand_date()
    dr = doctor()
    ctx = dict(pt)
    name = X(pr["name"]).strip()
    ind = X(c(pr["ind"]))
    out = [maybe_header(pt, d, 0.2)]
    out.append(maybe_title(c(["PROCEDURE NOTE", "PROCEDURE REPORT", name.upper().split(",")[0]]), 0.5))
    out.append("%s: %s.\n\n" % (c(["PROCEDURE", "PROCEDURE PERFORMED", "NAME OF PROCEDURE"]), name))
    if chance(0.6):
        out.append("%s: %s\n\n" % (c(["ENDOSCOPIST", "OPERATOR", "PHYSICIAN", "PERFORMED BY"]), dr["full"]))
    out.append("INDICATION%s: %s.\n\n" % (c(["", "S"]), cap(ind)))
    hx = X(c(["The patient is a <agestr> <man> with {a history of|} %s who is referred for this procedure by %s." % (ind, doctor()["dr"]),
              "This <agestr> <man> has %s and presents today for the above procedure." % ind,
              "<He> is a <agestr> <man> seen at the request of the primary team for %s." % ind]), ctx)
    if chance(0.75):
        out.append("HISTORY: %s %s\n\n" % (hx, X(c(["Anticoagulation was held for {three|five} days.", "The patient is not on anticoagulants.", "Platelet count and INR were reviewed and acceptable.", ""]))))
    out.append("CONSENT: %s\n\n" % X(c(["The risks, including bleeding, infection, perforation, adverse reaction to medications and the possibility of a missed lesion, as well as benefits and alternatives, were explained and written consent was obtained.",
                                           "Informed consent was obtained from the patient after discussing the risks of bleeding, infection, pain and injury to adjacent structures.",
                                           "Risks and benefits were reviewed with the patient{ and <his> {spouse|son|daughter}|}; all questions were answered and consent signed."]), ctx))
    if chance(0.6):
        out.append("PRE-PROCEDURE ASSESSMENT: %s\n\n" % X(c(["Heart regular, lungs clear, airway Mallampati {I|II|III}, ASA class {I|II|III}. Vital signs stable: %s" % vitals_line(vitals(), 1),
                                                            "The patient was examined immediately before the procedure; there was no interval change in history. Baseline vital signs: %s" % vitals_line(vitals(), 0),
                                                            "History and physical reviewed and updated. The patient is an appropriate candidate for the planned procedure and sedation. Last oral intake was {the previous evening|more than 8 hours ago}."]), ctx))
    if SED[pr["sed"]]:
        out.append("%s: %s\n\n" % (c(["SEDATION", "ANESTHESIA", "MEDICATIONS"]), X(SED[pr["sed"]])))
    steps = [X(s) for s in pr["steps"]]
    if chance(0.6):
        steps.insert(0, X(c(["A time-out was performed verifying patient, procedure and site.", "Universal protocol was followed, with a pause for time-out prior to starting."])))
    out.append("%s:\n%s\n\n" % (c(["DESCRIPTION OF PROCEDURE", "PROCEDURE DETAILS", "TECHNIQUE", "PROCEDURE IN DETAIL"]), " ".join(steps)))
    if pr["findings"] and chance(0.7):
        out.append("FINDINGS: %s.\n\n" % X(pr["findings"]))
    out.append("COMPLICATIONS: %s.\n\n" % c(["None", "None immediate", "None apparent", "No immediate complications", "Minimal bleeding, controlled"]))
    if chance(0.5):
        out.append("ESTIMATED BLOOD LOSS: %s.\n\n" % c(["Minimal", "Less than 5 mL", "None", "Less than 10 mL"]))
    out.append("%s:\n" % c(["IMPRESSION AND PLAN", "PLAN", "RECOMMENDATIONS", "POST-PROCEDURE PLAN"]))
    for i, p_ in enumerate(cs(pr["plan"], R.randint(1, len(pr["plan"])))):
        out.append("%d. %s\n" % (i + 1, X(p_)))
    if chance(0.5):
        out.append("\n%s\n" % X(c(["The patient tolerated the procedure well and was discharged from the recovery area in good condition.",
                                     "The patient was observed and tolerated the procedure without difficulty.",
                                     "The patient remained hemodynamically stable and returned to the floor."])))
    f = footer(d, dr)
    return "".join(out).rstrip() + ("\n\n" + f if f else "") + "\n"

# ---------------------------------------------------------------- imaging

# each organ: (label, normal, [(abnormal finding, impression)])
IMG = [
    dict(title="CT ABDOMEN AND PELVIS WITH CONTRAST", ind=["abdominal pain", "right lower quadrant pain, rule out appendicitis", "weight loss", "left lower quadrant pain and fever", "abnormal liver tests"],
         tech="Helical CT images were obtained from the lung bases through the pubic symphysis following the administration of {100|90|80} mL of Omnipaque 350 intravenously{ and oral contrast|}. Coronal and sagittal reformations were generated.",
         organs=[("LUNG BASES", "The visualized lung bases are clear. No pleural effusion.", [("There is a small right pleural effusion with adjacent atelectasis.", "small right pleural effusion")]),
                 ("LIVER", "The liver is normal in size and attenuation without focal lesion.", [("There is diffuse low attenuation of the liver consistent with hepatic steatosis.", "hepatic steatosis"), ("A {1.2|1.8} cm hypodense lesion in segment {6|7|4A} measures fluid attenuation, consistent with a simple cyst.", "hepatic cyst")]),
                 ("GALLBLADDER AND BILIARY", "The gallbladder is unremarkable. No biliary ductal dilatation.", [("Several layering gallstones are present without gallbladder wall thickening.", "cholelithiasis without evidence of acute cholecystitis")]),
                 ("PANCREAS", "The pancreas enhances homogeneously without ductal dilatation or peripancreatic fluid.", [("There is peripancreatic fat stranding and edema surrounding the pancreatic head without necrosis.", "acute interstitial edematous pancreatitis")]),
                 ("SPLEEN", "The spleen is normal in size.", []),
                 ("ADRENAL GLANDS", "The adrenal glands are unremarkable.", [("A {1.4|2.1} cm left adrenal nodule measures {-2|8} Hounsfield units on noncontrast images, consistent with an adenoma.", "left adrenal adenoma")]),
                 ("KIDNEYS", "The kidneys enhance symmetrically without hydronephrosis, calculi or masses.", [("A {5|7} mm nonobstructing calculus is present in the lower pole of the left kidney.", "nonobstructing left nephrolithiasis"), ("There are bilateral simple renal cysts, the largest {3.2|4.0} cm on the right.", "bilateral simple renal cysts")]),
                 ("BOWEL", "The stomach and small bowel are normal in caliber. The appendix is visualized and is normal. The colon is unremarkable.", [("The appendix is dilated to {11|13} mm with wall enhancement and surrounding fat stranding; an appendicolith is present at its base.", "acute appendicitis"), ("There is wall thickening of the sigmoid colon with pericolic stranding in a segment containing diverticula.", "acute uncomplicated sigmoid diverticulitis"), ("Scattered colonic diverticula are present without inflammation.", "diverticulosis")]),
                 ("PELVIS", "The urinary bladder is unremarkable. The pelvic organs are within normal limits for age. No free fluid.", [("There is a small amount of free fluid in the pelvis.", "small volume free pelvic fluid")]),
                 ("LYMPH NODES", "No pathologically enlarged lymph nodes.", []),
                 ("VASCULATURE", "The abdominal aorta is normal in caliber with mild atherosclerotic calcification.", [("The infrarenal abdominal aorta is aneurysmal, measuring {3.4|3.9|4.6} cm in maximal diameter.", "infrarenal abdominal aortic aneurysm")]),
                 ("BONES AND SOFT TISSUES", "Degenerative changes of the lumbar spine. No aggressive osseous lesion.", [("There is a small fat-containing umbilical hernia.", "small fat-containing umbilical hernia")])]),
    dict(title="CT HEAD WITHOUT CONTRAST", ind=["headache", "fall with head strike", "altered mental status", "syncope", "new left-sided weakness"],
         tech="Axial noncontrast images were obtained from the skull base to the vertex with bone and soft tissue algorithms.",
         organs=[("BRAIN PARENCHYMA", "There is no acute intracranial hemorrhage, mass effect or midline shift. Gray-white differentiation is preserved.", [("Patchy periventricular and subcortical white matter hypodensities are present.", "chronic small vessel ischemic changes"), ("There is an area of hypodensity in the right {frontal|parietal|occipital} lobe with volume loss, consistent with an old infarct.", "remote right cerebral infarct")]),
                 ("VENTRICLES", "The ventricles and sulci are normal in size and configuration for age.", [("There is generalized prominence of the ventricles and sulci, consistent with age-related volume loss.", "age-appropriate atrophy")]),
                 ("EXTRA-AXIAL SPACES", "No extra-axial fluid collection.", [("A crescentic hyperdense collection over the left convexity measures {6|9} mm in thickness with {no|3 mm of} midline shift.", "acute left subdural hematoma")]),
                 ("CALVARIUM", "The calvarium is intact.", [("There is a left parietal scalp hematoma without underlying fracture.", "left parietal scalp hematoma")]),
                 ("SINUSES AND MASTOIDS", "The visualized paranasal sinuses and mastoid air cells are clear.", [("There is mucosal thickening of the maxillary sinuses bilaterally.", "mild maxillary sinus mucosal disease")])]),
    dict(title="PA AND LATERAL CHEST", ind=["cough", "shortness of breath", "preoperative evaluation", "fever", "chest pain"],
         tech="Two views of the chest were obtained.",
         organs=[("LUNGS", "The lungs are clear without focal consolidation.", [("There is airspace consolidation in the {right lower|left lower|right middle} lobe.", "pneumonia in the described lobe"), ("The lungs are hyperinflated with flattening of the hemidiaphragms.", "hyperinflation compatible with COPD"), ("There is interstitial edema with Kerley B lines.", "mild interstitial pulmonary edema")]),
                 ("PLEURA", "No pleural effusion or pneumothorax.", [("Small bilateral pleural effusions blunt the costophrenic angles.", "small bilateral pleural effusions")]),
                 ("HEART AND MEDIASTINUM", "The cardiomediastinal silhouette is within normal limits.", [("The heart is enlarged.", "cardiomegaly")]),
                 ("BONES", "The osseous structures are intact.", [("Degenerative changes are present in the thoracic spine.", "")])]),
    dict(title="MRI LUMBAR SPINE WITHOUT CONTRAST", ind=["low back pain radiating to the {right|left} leg", "lumbar radiculopathy", "neurogenic claudication"],
         tech="Sagittal T1, T2 and STIR and axial T1 and T2 weighted images were obtained through the lumbar spine.",
         organs=[("ALIGNMENT", "Alignment is normal. Vertebral body heights are maintained.", [("There is grade 1 anterolisthesis of L4 on L5.", "grade 1 degenerative anterolisthesis L4-L5")]),
                 ("CONUS", "The conus medullaris terminates normally at L1 and is normal in signal.", []),
                 ("L3-L4", "No disc herniation, canal or foraminal stenosis.", [("Mild disc bulge with facet hypertrophy causes mild canal narrowing.", "mild L3-L4 canal stenosis")]),
                 ("L4-L5", "Mild disc desiccation without stenosis.", [("A {right|left} paracentral disc protrusion contacts the traversing L5 nerve root in the lateral recess.", "L4-L5 paracentral protrusion contacting the traversing L5 root"), ("Disc bulge, facet arthropathy and ligamentum flavum thickening cause severe central canal stenosis.", "severe L4-L5 central canal stenosis")]),
                 ("L5-S1", "Mild facet arthropathy without neural impingement.", [("A broad-based disc herniation with an annular fissure narrows the {right|left} neural foramen moderately.", "L5-S1 herniation with moderate foraminal narrowing")])]),
    dict(title="MRI BRAIN WITH AND WITHOUT CONTRAST", ind=["new onset seizure", "chronic headaches", "dizziness", "memory loss", "numbness of the face"],
         tech="Multiplanar multisequence imaging including diffusion-weighted imaging was obtained before and after {15|7} mL of gadolinium.",
         organs=[("DIFFUSION", "There is no restricted diffusion to suggest acute infarct.", [("There is restricted diffusion in the left {corona radiata|insular cortex|thalamus}.", "acute left hemispheric infarct")]),
                 ("WHITE MATTER", "No abnormal white matter signal.", [("Scattered T2/FLAIR hyperintense foci in the subcortical white matter are nonspecific and likely microvascular.", "mild chronic microvascular change"), ("Several ovoid periventricular lesions oriented perpendicular to the ventricles, one enhancing, are present.", "demyelinating lesions suggestive of multiple sclerosis")]),
                 ("ENHANCEMENT", "No abnormal parenchymal or meningeal enhancement.", [("A {1.1|1.6} cm homogeneously enhancing dural-based mass along the {left frontal convexity|falx} without edema is noted.", "small meningioma")]),
                 ("POSTERIOR FOSSA", "The brainstem and cerebellum are normal.", []),
                 ("ORBITS AND SINUSES", "Visualized orbits are unremarkable; mild ethmoid mucosal thickening.", [])]),
    dict(title="ULTRASOUND ABDOMEN, RIGHT UPPER QUADRANT", ind=["right upper quadrant pain", "elevated liver enzymes", "nausea after meals"],
         tech="Real-time grayscale and color Doppler images of the right upper quadrant were obtained.",
         organs=[("LIVER", "The liver measures {14|15.5|16} cm and is homogeneous in echotexture.", [("The liver is diffusely echogenic, consistent with fatty infiltration.", "fatty liver")]),
                 ("GALLBLADDER", "The gallbladder is normal without stones, wall thickening or pericholecystic fluid. The sonographic Murphy sign is negative.", [("Multiple mobile shadowing stones are present with wall thickening to {5|6} mm, pericholecystic fluid and a positive sonographic Murphy sign.", "findings consistent with acute calculous cholecystitis"), ("Multiple mobile gallstones without wall thickening.", "cholelithiasis")]),
                 ("BILE DUCTS", "The common bile duct measures {3|4} mm.", [("The common bile duct is dilated to 9 mm; the distal duct is obscured by bowel gas.", "common bile duct dilatation")]),
                 ("PANCREAS", "The visualized pancreas is unremarkable.", []),
                 ("RIGHT KIDNEY", "The right kidney measures {10.5|11.2} cm without hydronephrosis.", [])]),
    dict(title="TRANSTHORACIC ECHOCARDIOGRAM", ind=["dyspnea", "murmur", "atrial fibrillation", "preoperative assessment", "evaluation of left ventricular function"],
         tech="Complete two-dimensional, M-mode, color and spectral Doppler echocardiogram was performed. Image quality is {good|fair|technically difficult due to body habitus}.",
         organs=[("LEFT VENTRICLE", "Left ventricular size and wall thickness are normal. Systolic function is normal with an estimated ejection fraction of {55|60|65}%. No regional wall motion abnormality.", [("The left ventricle is mildly dilated with global hypokinesis and an estimated ejection fraction of {25|30|35}%.", "reduced left ventricular systolic function"), ("There is concentric left ventricular hypertrophy with grade {I|II} diastolic dysfunction.", "left ventricular hypertrophy with diastolic dysfunction")]),
                 ("RIGHT VENTRICLE", "Right ventricular size and function are normal.", [("The right ventricle is moderately dilated with reduced function; TAPSE is {13|14} mm.", "right ventricular dilatation and dysfunction")]),
                 ("ATRIA", "The left and right atria are normal in size.", [("The left atrium is moderately dilated with a volume index of {42|46} mL/m2.", "left atrial enlargement")]),
                 ("MITRAL VALVE", "The mitral valve is structurally normal with trace regurgitation.", [("There is moderate mitral regurgitation with a centrally directed jet.", "moderate mitral regurgitation")]),
                 ("AORTIC VALVE", "The aortic valve is trileaflet and opens well.", [("The aortic valve is calcified with restricted opening; peak velocity is {3.8|4.2} m/s, mean gradient {38|44} mmHg, and valve area by continuity {0.9|1.1} cm2.", "moderate to severe aortic stenosis")]),
                 ("TRICUSPID AND PULMONIC", "There is trace tricuspid regurgitation; estimated RV systolic pressure is {24|28} mmHg.", [("Moderate tricuspid regurgitation with an estimated RV systolic pressure of {48|55} mmHg.", "pulmonary hypertension")]),
                 ("PERICARDIUM", "No pericardial effusion.", [("A small circumferential pericardial effusion without tamponade physiology.", "small pericardial effusion")])]),
    dict(title="BILATERAL CAROTID DUPLEX ULTRASOUND", ind=["carotid bruit", "transient ischemic attack", "preoperative evaluation"],
         tech="Grayscale, color and spectral Doppler images of the bilateral carotid and vertebral arteries were obtained.",
         organs=[("RIGHT CAROTID", "Mild intimal thickening. Peak systolic velocity in the internal carotid artery is {78|92} cm/s, consistent with less than 50% stenosis.", [("Heterogeneous plaque in the proximal internal carotid with peak systolic velocity of {248|286} cm/s and end-diastolic velocity of {92|110} cm/s, consistent with 70-99% stenosis.", "high-grade right internal carotid stenosis")]),
                 ("LEFT CAROTID", "Mild calcified plaque at the bifurcation; peak systolic velocity {84|101} cm/s, less than 50% stenosis.", [("Peak systolic velocity of {148|172} cm/s in the internal carotid artery, consistent with 50-69% stenosis.", "moderate left internal carotid stenosis")]),
                 ("VERTEBRAL ARTERIES", "Antegrade flow in both vertebral arteries.", [])]),
    dict(title="VENOUS DUPLEX, {RIGHT|LEFT} LOWER EXTREMITY", ind=["leg swelling", "calf pain", "rule out deep venous thrombosis"],
         tech="Compression and Doppler imaging of the common femoral, femoral, popliteal and calf veins was performed.",
         organs=[("DEEP VEINS", "All deep veins are fully compressible with normal phasic flow and augmentation.", [("The popliteal and posterior tibial veins are noncompressible and distended with echogenic intraluminal thrombus.", "acute deep venous thrombosis of the popliteal and posterior tibial veins")]),
                 ("SUPERFICIAL VEINS", "The great saphenous vein is patent.", [("The great saphenous vein in the calf contains nonocclusive thrombus more than 3 cm from the junction.", "superficial thrombophlebitis")]),
                 ("OTHER", "No Baker's cyst.", [("A {3.2|4.5} cm Baker's cyst is present in the popliteal fossa.", "Baker's cyst")])]),
    dict(title="CT ANGIOGRAM CHEST, PULMONARY EMBOLISM PROTOCOL", ind=["pleuritic chest pain and tachycardia", "hypoxia", "elevated D-dimer"],
         tech="Thin-section images were obtained during the arterial phase of contrast enhancement with multiplanar reconstructions.",
         organs=[("PULMONARY ARTERIES", "The pulmonary arteries are well opacified without filling defect.", [("Filling defects are present in the {right lower lobe segmental and subsegmental|bilateral lobar} pulmonary arteries.", "acute pulmonary embolism"), ]),
                 ("HEART", "The heart size is normal; RV to LV ratio is less than 1.", [("The right ventricle is dilated with an RV to LV ratio of 1.{2|3}.", "right heart strain")]),
                 ("LUNGS", "The lungs are clear.", [("There is a peripheral wedge-shaped opacity in the right lower lobe.", "possible pulmonary infarct"), ("A {4|6} mm solid nodule in the {right upper|left lower} lobe.", "small pulmonary nodule, follow-up per Fleischner guidelines")]),
                 ("MEDIASTINUM", "No mediastinal or hilar adenopathy.", []),
                 ("UPPER ABDOMEN", "The visualized upper abdomen is unremarkable.", [])]),
    dict(title="PELVIC ULTRASOUND, TRANSABDOMINAL AND TRANSVAGINAL", ind=["pelvic pain", "abnormal uterine bleeding", "postmenopausal bleeding"], female=True,
         tech="Transabdominal and transvaginal grayscale and Doppler images were obtained.",
         organs=[("UTERUS", "The uterus is anteverted and measures {7.8|8.4} x {4.1|4.6} x {5.0|5.2} cm with homogeneous myometrium.", [("The uterus is enlarged and lobulated with multiple fibroids, the largest intramural measuring {4.2|5.6|7.0} cm.", "leiomyomatous uterus")]),
                 ("ENDOMETRIUM", "The endometrial stripe measures {4|6} mm.", [("The endometrium is thickened at {14|18} mm with internal vascularity.", "thickened endometrium; tissue sampling recommended")]),
                 ("RIGHT OVARY", "The right ovary is normal with follicles and normal arterial and venous flow.", [("A {3.4|4.1} cm complex cyst with lacy internal echoes, consistent with a hemorrhagic cyst.", "right hemorrhagic ovarian cyst")]),
                 ("LEFT OVARY", "The left ovary is unremarkable.", []),
                 ("CUL-DE-SAC", "No free fluid.", [("Small amount of simple free fluid.", "")])]),
    dict(title="RENAL ULTRASOUND", ind=["acute kidney injury", "hematuria", "flank pain"],
         tech="Real-time sonography of both kidneys and the bladder was performed.",
         organs=[("RIGHT KIDNEY", "The right kidney measures {10.8|11.4} cm with normal cortical thickness and echogenicity. No hydronephrosis.", [("Moderate right hydronephrosis is present.", "moderate right hydronephrosis"), ("Increased cortical echogenicity with cortical thinning.", "medical renal disease")]),
                 ("LEFT KIDNEY", "The left kidney measures {11.0|11.6} cm. No stones or masses.", [("A {2.2|3.0} cm simple cyst in the upper pole.", "simple left renal cyst")]),
                 ("BLADDER", "The bladder is adequately distended and unremarkable.", [("Post-void residual of {180|260} mL.", "elevated post-void residual")])]),
    dict(title="MRI {RIGHT|LEFT} KNEE WITHOUT CONTRAST", ind=["knee pain after twisting injury", "locking and effusion", "instability"],
         tech="Multiplanar proton density and T2 weighted images with fat saturation were obtained.",
         organs=[("MENISCI", "The medial and lateral menisci are intact.", [("There is an oblique tear of the posterior horn of the medial meniscus extending to the inferior articular surface.", "medial meniscus posterior horn tear"), ("A bucket-handle tear of the lateral meniscus with a displaced fragment in the intercondylar notch.", "displaced bucket-handle lateral meniscus tear")]),
                 ("LIGAMENTS", "The anterior and posterior cruciate ligaments and collateral ligaments are intact.", [("The anterior cruciate ligament is discontinuous with associated bone contusions of the lateral femoral condyle and posterolateral tibial plateau.", "complete ACL tear"), ("Grade 2 sprain of the medial collateral ligament.", "MCL sprain")]),
                 ("CARTILAGE", "Articular cartilage is preserved.", [("Partial-thickness cartilage loss over the medial femoral condyle.", "medial compartment chondrosis")]),
                 ("EXTENSOR MECHANISM", "Quadriceps and patellar tendons are intact.", []),
                 ("JOINT FLUID", "Physiologic joint fluid.", [("Moderate joint effusion.", "joint effusion")])]),
    dict(title="BILATERAL SCREENING MAMMOGRAM", ind=["annual screening"], female=True,
         tech="Standard craniocaudal and mediolateral oblique views of both breasts{ with computer-aided detection|}.",
         organs=[("BREAST COMPOSITION", "The breasts are {scattered fibroglandular|heterogeneously dense, which may obscure small masses|almost entirely fatty}.", []),
                 ("FINDINGS", "No suspicious masses, calcifications or architectural distortion. Stable compared with prior examinations.", [("A {7|9} mm group of fine pleomorphic calcifications in the upper outer quadrant of the {right|left} breast is new compared to prior.", "suspicious calcifications; stereotactic biopsy recommended, BI-RADS 4"), ("A focal asymmetry in the {right|left} breast at {10|2} o'clock is seen on the CC view only.", "focal asymmetry requiring diagnostic workup, BI-RADS 0")])]),
    dict(title="NUCLEAR MYOCARDIAL PERFUSION STUDY WITH {REGADENOSON|TREADMILL} STRESS", ind=["chest pain", "preoperative risk stratification", "dyspnea on exertion"],
         tech="One-day rest/stress protocol with {10|11} mCi and {30|32} mCi of technetium-99m sestamibi; gated SPECT images were acquired.",
         organs=[("STRESS", "{Regadenoson 0.4 mg was administered with expected hemodynamic response|The patient exercised {7|9} minutes on a Bruce protocol achieving {88|92}% of maximal predicted heart rate}. No ischemic ECG changes.", [("1 mm horizontal ST depression in the inferolateral leads during stress.", "ECG evidence of ischemia")]),
                 ("PERFUSION", "Normal myocardial perfusion at rest and stress.", [("There is a medium-sized reversible defect of moderate intensity in the {inferior|anterior|lateral} wall.", "reversible ischemia"), ("A small fixed inferior defect that normalizes on gated images, consistent with diaphragmatic attenuation.", "probable attenuation artifact")]),
                 ("GATED SPECT", "Left ventricular ejection fraction is {58|62|67}% with normal wall motion.", [("Left ventricular ejection fraction is {38|42}% with inferior hypokinesis.", "reduced ejection fraction")])]),
    dict(title="DEXA BONE DENSITOMETRY", ind=["postmenopausal osteoporosis screening", "long-term steroid use"],
         tech="Dual-energy x-ray absorptiometry of the lumbar spine and proximal femora.",
         organs=[("LUMBAR SPINE L1-L4", "Bone mineral density {1.012|0.981} g/cm2, T-score {-0.6|-0.9}.", [("Bone mineral density {0.812|0.784} g/cm2, T-score {-2.6|-2.8}.", "osteoporosis")]),
                 ("LEFT FEMORAL NECK", "T-score {-1.2|-1.4}, consistent with osteopenia.", [("T-score {-2.5|-2.9}.", "osteoporosis at the femoral neck")])]),
    dict(title="THYROID ULTRASOUND", ind=["palpable thyroid nodule", "goiter"],
         tech="Grayscale and color Doppler imaging of the thyroid and neck.",
         organs=[("RIGHT LOBE", "Measures {4.8|5.1} x {1.6|1.8} x {1.5|1.7} cm, homogeneous.", [("A {1.6|2.4} cm solid hypoechoic nodule with microcalcifications, TI-RADS 5.", "suspicious right thyroid nodule; FNA recommended")]),
                 ("LEFT LOBE", "Measures {4.6|4.9} cm, homogeneous.", [("A {1.1|1.9} cm spongiform nodule, TI-RADS 1.", "benign-appearing left nodule")]),
                 ("ISTHMUS", "Measures 3 mm.", []),
                 ("LYMPH NODES", "No abnormal cervical nodes.", [])]),
    dict(title="CT SINUSES WITHOUT CONTRAST", ind=["chronic sinusitis", "nasal obstruction"],
         tech="Axial images with coronal and sagittal reformations through the paranasal sinuses.",
         organs=[("MAXILLARY SINUSES", "Clear.", [("Near-complete opacification of the {right|left} maxillary sinus with obstruction of the ostiomeatal unit.", "maxillary sinusitis with ostiomeatal obstruction")]),
                 ("ETHMOID AND FRONTAL SINUSES", "Clear.", [("Mucosal thickening of the anterior ethmoid air cells.", "ethmoid mucosal disease")]),
                 ("SEPTUM", "The nasal septum is midline.", [("The nasal septum deviates to the {left|right} with a bony spur.", "septal deviation")]),
                 ("SPHENOID", "Clear and well pneumatized.", [])]),
    dict(title="{RIGHT|LEFT} SHOULDER, THREE VIEWS", ind=["shoulder pain after fall", "chronic shoulder pain"],
         tech="AP internal and external rotation and axillary views.",
         organs=[("BONES", "No fracture or dislocation.", [("Minimally displaced fracture of the greater tuberosity.", "greater tuberosity fracture")]),
                 ("JOINTS", "The glenohumeral and acromioclavicular joints are maintained.", [("Acromioclavicular joint arthrosis with inferior osteophytes.", "AC joint arthrosis"), ("Superior migration of the humeral head narrowing the acromiohumeral interval.", "findings suggesting chronic rotator cuff tear")]),
                 ("SOFT TISSUES", "No calcific tendinitis.", [("Calcific deposit in the supraspinatus tendon.", "calcific tendinitis")])]),
]


def imaging_report(idx):
    st = c(IMG)
    pt = patient((18, 90), "F" if st.get("female") else None)
    d = rand_date()
    rad = doctor()
    title = X(st["title"])
    out = [maybe_header(pt, d, 0.25, ["EXAM: " + title] if chance(0.5) else None)]
    if chance(0.7):
        out.append("%s\n\n" % title if chance(0.5) else "EXAMINATION: %s\n\n" % title)
    ind = X(c(st["ind"]))
    out.append("%s: %s.\n\n" % (c(["CLINICAL HISTORY", "INDICATION", "HISTORY", "CLINICAL INDICATION", "REASON FOR EXAM"]),
                                  cap(ind) if chance(0.5) else "%s-year-old %s with %s" % (pt["age"], pt["gender"], ind)))
    if chance(0.6):
        prior = rand_date(1995, d.year) if d.year > 1995 else d
        out.append("COMPARISON: %s\n\n" % c(["None.", "None available.", "Prior study dated %s." % fd(prior, "us"), "%s from %s." % (title.title().split(",")[0], fd(prior, "us"))]))
    out.append("TECHNIQUE: %s\n\n" % X(st["tech"]))
    organs = st["organs"]
    nab = c([0, 1, 1, 1, 2, 2, 3])
    ab_idx = set(cs([i for i, o in enumerate(organs) if o[2]], nab))
    imps = []
    out.append("FINDINGS:\n")
    listed = chance(0.65)
    body = []
    for i, (lab, norm, abn) in enumerate(organs):
        if i in ab_idx:
            f, imp = c(abn)
            f = X(f)
            if imp:
                imps.append(imp)
        else:
            f = X(norm)
        if listed:
            body.append("%s: %s" % (lab if chance(0.7) else lab.title(), f))
        elif any(k in lab for k in ("RIGHT", "LEFT", "L3", "L4", "L5", "LUMBAR", "STRESS", "PERFUSION", "GATED", "ISTHMUS", "DIFFUSION")):
            body.append("%s: %s" % (lab.title().replace("L4-L5", "L4-L5"), f))
        else:
            body.append(f)
    if listed:
        out.append("\n".join(body) + "\n\n")
    else:
        half = max(1, len(body) // 2)
        out.append(" ".join(body[:half]) + "\n\n" + " ".join(body[half:]) + "\n\n")
    out.append("IMPRESSION:\n")
    if not imps:
        out.append("%s\n" % X(c(["No acute abnormality.", "Normal examination.", "Unremarkable study.", "No acute process identified.",
                                  "Negative examination for the stated indication."])))
    else:
        for i, im in enumerate(imps):
            out.append("%d. %s.\n" % (i + 1, cap(im)))
        if chance(0.4):
            out.append("%d. %s\n" % (len(imps) + 1, c(["Otherwise no acute findings.", "No other significant abnormality.", "Remainder of the examination is unremarkable."])))
        if chance(0.3):
            out.append("\n%s\n" % X(c(["Findings were called to {Dr. %s|the ordering provider} at %s on %s." % (surname(), tstr(), fd(d, "us")),
                                         "Clinical correlation is recommended.", "Follow-up imaging is suggested as clinically indicated."])))
    f = footer(d, rad, cc_prob=0.15, code_prob=0.6)
    return "".join(out).rstrip() + ("\n\n" + f if f else "") + "\n"

# ---------------------------------------------------------------- pathology

PATH = [
    dict(spec="Gallbladder, cholecystectomy", sex=None,
         gross="Received in formalin labeled with the patient's name and \"gallbladder\" is an intact gallbladder measuring {7.5|8.2|9.0} x {3.0|3.4} x {2.2|2.8} cm. The serosa is {smooth and glistening|dull with fibrous adhesions}. The wall measures up to {0.3|0.4|0.6} cm in thickness. The lumen contains {bile and multiple yellow-green faceted stones up to 1.2 cm|several black pigment stones|a single 2.1 cm yellow stone}. The mucosa is {green and velvety|trabeculated}. No mass lesions are identified. Representative sections are submitted in one cassette.",
         micro="Sections show gallbladder wall with {mild chronic inflammation, Rokitansky-Aschoff sinuses and muscular hypertrophy|transmural acute and chronic inflammation with mucosal ulceration and edema}. No dysplasia is identified.",
         dx=["Chronic cholecystitis and cholelithiasis.", "Acute and chronic cholecystitis with cholelithiasis.", "Chronic cholecystitis with cholesterolosis; cholelithiasis."]),
    dict(spec="Appendix, appendectomy", sex=None,
         gross="Received fresh is a vermiform appendix measuring {5.5|6.8|7.2} cm in length and up to {0.9|1.1|1.3} cm in diameter with attached mesoappendix. The serosa is {tan-pink with fibrinopurulent exudate|congested with dusky discoloration at the tip}. Sectioning reveals a {patent lumen with purulent material|fecalith at the base}. The tip is submitted entirely after longitudinal sectioning along with representative cross sections.",
         micro="There is transmural neutrophilic infiltration with mucosal ulceration and serositis{| and focal mural necrosis}. The margin is viable.",
         dx=["Acute suppurative appendicitis with periappendicitis.", "Acute gangrenous appendicitis; no perforation identified.", "Acute appendicitis with fecalith."]),
    dict(spec="Skin, {left upper back|right forearm|left cheek|scalp|right shoulder}, {shave|punch} biopsy", sex=None,
         gross="Received in formalin is a {tan-brown|pink-tan} skin {shave|punch} measuring {0.6|0.8|1.0} x {0.5|0.6} cm, with a {0.3|0.4} cm {variegated brown|pearly} papule. The specimen is inked, trisected and entirely submitted.",
         micro="",
         dx=["Basal cell carcinoma, nodular type, extending to the deep margin.", "Squamous cell carcinoma in situ (Bowen disease); peripheral margin involved.",
             "Compound melanocytic nevus with mild architectural atypia; margins free.", "Seborrheic keratosis, irritated.",
             "Malignant melanoma, superficial spreading type, Breslow thickness {0.4|0.6|0.9} mm, Clark level III, no ulceration, mitotic rate {0|1} per mm2; peripheral margins involved.", "Actinic keratosis."]),
    dict(spec="Colon, {ascending|transverse|sigmoid}, polypectomy", sex=None,
         gross="Received in formalin are {two|three} tan polypoid fragments of soft tissue measuring from {0.3|0.4} cm up to {0.6|0.8|1.1} cm. Entirely submitted.",
         micro="",
         dx=["Tubular adenoma; negative for high-grade dysplasia.", "Hyperplastic polyp.", "Sessile serrated adenoma without cytologic dysplasia.", "Tubulovillous adenoma with focal high-grade dysplasia; stalk margin free."]),
    dict(spec="Breast, {right|left}, {10|2|11} o'clock, ultrasound-guided core needle biopsy", sex="F",
         gross="Received in formalin are {four|five|six} cores of yellow-white fibrofatty tissue, each up to {1.5|1.8} cm in length, entirely submitted. Cold ischemia time less than one hour; time in formalin {8|24} hours.",
         micro="",
         dx=["Invasive ductal carcinoma, Nottingham grade {2|3} (tubules 3, nuclei {2|3}, mitoses {1|2}); ductal carcinoma in situ, solid type, present; lymphovascular invasion not identified. Estrogen receptor, progesterone receptor and HER2 studies to follow in an addendum.",
             "Fibroadenoma.", "Fibrocystic changes with usual ductal hyperplasia and microcalcifications; no atypia or malignancy.", "Atypical ductal hyperplasia associated with calcifications; excision recommended."]),
    dict(spec="Prostate, needle core biopsies, twelve sites", sex="M",
         gross="Received in formalin are twelve separately labeled containers (A through L) each containing {one|two} tan cores of tissue ranging from {1.0|1.2} to {1.6|1.9} cm. Each container is entirely submitted.",
         micro="",
         dx=["Prostatic adenocarcinoma, Gleason score {3+3=6 (Grade Group 1)|3+4=7 (Grade Group 2)|4+3=7 (Grade Group 3)}, involving {2|3|4} of 12 cores, maximum {20|35|60}% of a core (left {base|mid}); perineural invasion {not identified|present}. Remaining cores benign prostatic tissue.",
             "Benign prostatic tissue with focal chronic inflammation in all twelve cores; no carcinoma identified.", "High-grade prostatic intraepithelial neoplasia, right mid, single core; remainder benign."]),
    dict(spec="Endometrium, biopsy", sex="F",
         gross="Received in formalin is {0.8|1.2|2.0} cc of tan-red mucoid tissue fragments and blood, filtered and entirely submitted.",
         micro="",
         dx=["Proliferative phase endometrium; no hyperplasia or malignancy.", "Atrophic endometrium with scant tissue.", "Endometrial hyperplasia without atypia.", "Atypical hyperplasia / endometrioid intraepithelial neoplasia.", "Secretory endometrium with a benign endometrial polyp."]),
    dict(spec="Uterus, cervix and bilateral fallopian tubes, total abdominal hysterectomy", sex="F",
         gross="Received fresh is a {310|420|560} gram uterus with attached cervix and bilateral fallopian tubes. The serosa is smooth with several bulging nodules. The endometrium is tan and {0.2|0.3} cm thick. The myometrium contains {four|six|multiple} well-circumscribed white whorled nodules ranging from 0.8 to {5.5|7.1} cm, without hemorrhage or necrosis. The cervix is unremarkable. The fallopian tubes are {7|8} cm in length. Representative sections are submitted.",
         micro="The nodules are composed of interlacing fascicles of bland smooth muscle cells without atypia, necrosis or increased mitoses.",
         dx=["Leiomyomata, intramural and subserosal. Proliferative endometrium. Chronic cervicitis. Bilateral fallopian tubes with paratubal cysts; no malignancy."]),
    dict(spec="Thyroid, total thyroidectomy", sex=None,
         gross="Received fresh is a {38|46|62} gram thyroid oriented with a stitch at the right superior pole. The right lobe measures {5.2|6.0} cm and the left {4.6|5.4} cm. Serial sectioning reveals a {2.1|1.4} cm well-circumscribed tan {encapsulated|firm, gritty} nodule in the right lobe. The remaining parenchyma is {beefy red|nodular}. Sections submitted in {twelve|fourteen} cassettes.",
         micro="",
         dx=["Papillary thyroid carcinoma, classic type, {1.4|2.1} cm, right lobe; margins negative; no extrathyroidal extension; nodular hyperplasia of the background gland.", "Follicular adenoma, right lobe; nodular hyperplasia.", "Multinodular hyperplasia (goiter); no malignancy."]),
    dict(spec="Tonsils and adenoids", sex=None,
         gross="Received in formalin are two tonsils measuring {2.2|2.8|3.1} cm and {2.0|2.6|3.0} cm and multiple fragments of adenoid tissue aggregating to {2.5|3.0} cm. Representative sections submitted.",
         micro="",
         dx=["Tonsils and adenoids with lymphoid hyperplasia.", "Tonsils with follicular hyperplasia and actinomyces colonies in crypts; adenoids with lymphoid hyperplasia."]),
    dict(spec="Lymph node, {left axillary sentinel|right cervical|left inguinal}, excision", sex=None,
         gross="Received fresh is a {1.2|1.8|2.4} cm tan-pink lymph node with surrounding fat, bisected and entirely submitted. Touch preparations were made.",
         micro="",
         dx=["One lymph node, negative for metastatic carcinoma (0/1), confirmed with cytokeratin immunostain.", "Reactive follicular hyperplasia; no evidence of lymphoma.", "Metastatic carcinoma in one lymph node, 4 mm, without extranodal extension (1/1)."]),
    dict(spec="Cervical cytology, liquid-based (ThinPrep)", sex="F", cyto=True,
         gross="",
         micro="",
         dx=["Negative for intraepithelial lesion or malignancy. Satisfactory for evaluation; endocervical/transformation zone component present.", "Atypical squamous cells of undetermined significance (ASC-US). High-risk HPV testing to follow.", "Low-grade squamous intraepithelial lesion (LSIL) encompassing HPV/mild dysplasia.", "Negative for intraepithelial lesion or malignancy; shift in flora suggestive of bacterial vaginosis."]),
    dict(spec="Thyroid, {right|left} lobe nodule, fine-needle aspiration", sex=None, cyto=True,
         gross="Received are {four|six} air-dried and alcohol-fixed smears and a CytoLyt rinse for ThinPrep.",
         micro="",
         dx=["Benign (Bethesda category II), consistent with a benign follicular nodule.", "Atypia of undetermined significance (Bethesda category III).", "Suspicious for papillary thyroid carcinoma (Bethesda category V).", "Nondiagnostic (Bethesda category I); scant cellularity."]),
    dict(spec="Stomach, antrum and body, biopsies", sex=None,
         gross="Received in formalin are {three|four|five} tan mucosal fragments, 0.2 to 0.4 cm, entirely submitted.",
         micro="",
         dx=["Chronic active gastritis with Helicobacter pylori organisms identified on immunostain.", "Mild chronic inactive gastritis; Helicobacter immunostain negative.", "Reactive (chemical) gastropathy; no intestinal metaplasia."]),
    dict(spec="Bone marrow, right posterior iliac crest, aspirate and core biopsy", sex=None,
         gross="Received are {eight|ten} aspirate smears, two touch imprints, a clot section and a {1.4|1.8} cm gray-white core biopsy, decalcified and submitted.",
         micro="The core is adequate with {30|40|50}% cellularity. Trilineage hematopoiesis is present with orderly maturation. Iron stores are {decreased|adequate}.",
         dx=["Normocellular marrow with trilineage hematopoiesis; no evidence of lymphoma.", "Hypercellular marrow with plasma cells comprising {14|22}% of cellularity, kappa-restricted, consistent with plasma cell myeloma.", "Normocellular marrow with absent iron stores, consistent with iron deficiency."]),
]


def pathology_report(idx):
    sp = c(PATH)
    pt = patient((20, 88), sp.get("sex"))
    d = rand_date()
    pa = doctor()
    acc = "%s%02d-%05d" % (c(["S", "SP", "S", "C", "NG"]) if not sp.get("cyto") else c(["C", "GYN", "NG"]), d.year % 100, R.randint(1, 39999))
    out = []
    if chance(0.6):
        out.append(c(["SURGICAL PATHOLOGY REPORT", "PATHOLOGY REPORT", "CYTOPATHOLOGY REPORT" if sp.get("cyto") else "SURGICAL PATHOLOGY CONSULTATION REPORT"]) + "\n\n")
    if chance(0.55):
        out.append("ACCESSION #: %s\nCOLLECTED: %s    RECEIVED: %s\n%s\n\n" % (acc, fd(d, "us"), fd(d + datetime.timedelta(days=R.randint(0, 1)), "us"),
                                                                            ("SUBMITTING PHYSICIAN: %s" % doctor()["full"]) if chance(0.7) else ""))
    spec = X(sp["spec"])
    out.append("SPECIMEN%s: %s\n\n" % (c(["", "(S)", " SUBMITTED"]), spec))
    if chance(0.6):
        out.append("CLINICAL HISTORY: %s\n\n" % X(c(["{Right upper quadrant pain|Abdominal pain|Abnormal imaging|Rule out malignancy|Screening|Changing lesion|Mass}.",
                                                       "%s-year-old %s, %s." % (pt["age"], pt["gender"], c(["history as above", "see requisition", "clinical impression benign", "pre-operative diagnosis as stated"]))])))
    dxs = X(c(sp["dx"]))
    diag_first = chance(0.5)
    dx_block = "%s:\n%s\n\n" % (c(["DIAGNOSIS", "FINAL DIAGNOSIS", "PATHOLOGIC DIAGNOSIS", "INTERPRETATION"]),
                                  ("%s: " % spec.upper() + "\n   " if chance(0.5) else "") + dxs)
    if diag_first:
        out.append(dx_block)
    if sp["gross"]:
        out.append("%s:\n%s\n\n" % (c(["GROSS DESCRIPTION", "GROSS", "MACROSCOPIC DESCRIPTION"]), X(sp["gross"]) + (" (%s%s/%s)" % (c(MI), c(MI).lower(), c(MI).lower()) if chance(0.4) else "")))
    micro = X(sp["micro"]) if sp["micro"] else ""
    if not micro:
        micro = X(c(["Sections demonstrate the features summarized in the diagnosis above.",
                     "Microscopic examination was performed; the findings support the diagnosis rendered.",
                     "Levels were examined. {Immunohistochemical stains were performed with appropriate controls.|No additional stains were required.}",
                     "The specimen is adequate for interpretation. The cellular features are as described in the final diagnosis."]))
    if chance(0.75):
        out.append("%s:\n%s\n\n" % (c(["MICROSCOPIC DESCRIPTION", "MICROSCOPIC", "MICROSCOPIC EXAMINATION"]), micro))
    if not diag_first:
        out.append(dx_block)
    if chance(0.3):
        out.append("COMMENT: %s\n\n" % X(c(["The case was reviewed at intradepartmental consensus conference.", "Clinical and radiologic correlation is recommended.",
                                               "These findings were communicated to %s by telephone on %s." % (doctor()["dr"], fd(d + datetime.timedelta(days=2), "us")),
                                               "Recommend re-excision to achieve clear margins."])))
    if chance(0.6):
        out.append("%s\n%s\n" % (c(["Electronically signed out by", "Pathologist:", "I have personally reviewed the slides and rendered the diagnosis.", ""]), pa["full"] if "Path" not in pa["full"] else pa["full"]))
    return "".join(out).rstrip() + "\n"

# ---------------------------------------------------------------- ECG

def ecg_report(idx):
    pt = patient((18, 95))
    d = rand_date()
    dr = doctor()
    rhythm = c(["sinus rhythm", "sinus rhythm", "sinus bradycardia", "sinus tachycardia", "atrial fibrillation", "atrial flutter with variable block",
                "sinus rhythm with first-degree AV block", "ectopic atrial rhythm", "sinus rhythm with premature ventricular contractions", "paced rhythm"])
    rate = {"sinus bradycardia": R.randint(42, 58), "sinus tachycardia": R.randint(102, 138), "atrial fibrillation": R.randint(68, 148),
            "atrial flutter with variable block": R.randint(75, 150)}.get(rhythm, R.randint(60, 98))
    pr = None if rhythm.startswith("atrial") or rhythm == "paced rhythm" else (R.randint(210, 290) if "first-degree" in rhythm else R.randint(128, 198))
    qrs = R.randint(78, 108) if chance(0.75) else R.randint(122, 164)
    qtc = R.randint(392, 468) if chance(0.85) else R.randint(475, 520)
    qt = int(qtc * ((60.0 / rate) ** 0.5))
    axis = c([R.randint(-10, 80), R.randint(-10, 80), R.randint(-75, -31), R.randint(95, 120)])
    findings = [rhythm]
    if qrs >= 120 and rhythm != "paced rhythm":
        findings.append(c(["right bundle branch block", "left bundle branch block", "nonspecific intraventricular conduction delay"]))
    if axis < -30:
        findings.append("left axis deviation{, consistent with left anterior fascicular block|}")
    elif axis > 90:
        findings.append("right axis deviation")
    extra = cs(["left ventricular hypertrophy by voltage criteria with secondary repolarization abnormality", "Q waves in leads II, III and aVF consistent with prior inferior infarct, age undetermined",
                "poor R-wave progression across the precordium", "nonspecific ST-T wave abnormalities in the lateral leads", "{1|2} mm ST-segment elevation in leads V1 through V4 with reciprocal inferior depression",
                "{1|1.5} mm horizontal ST depression in V4 through V6", "T-wave inversions in V1 through V3", "low QRS voltage in the limb leads", "prolonged QT interval",
                "peaked T waves in the precordial leads", "diffuse concave ST elevation with PR depression", "left atrial abnormality", "early repolarization"], R.randint(0, 2))
    findings += extra
    findings = [X(f) for f in findings]
    abnormal = len(findings) > 1 or rhythm not in ("sinus rhythm",)
    out = []
    style = R.randint(0, 2)
    out.append(maybe_title(c(["ELECTROCARDIOGRAM", "ECG INTERPRETATION", "EKG REPORT", "12-LEAD ELECTROCARDIOGRAM"]), 0.7))
    if chance(0.4):
        out.append("%sINDICATION: %s.\n\n" % ("DATE: %s %s\n" % (fd(d, "us"), tstr()) if chance(0.5) else "",
                                             cap(X(c(["chest pain", "preoperative evaluation", "palpitations", "syncope", "shortness of breath", "follow-up of atrial fibrillation", "medication monitoring ({sotalol|dofetilide|methadone})", "routine physical"])))))
    if style == 0:
        out.append("Ventricular rate %d BPM\n" % rate)
        out.append("PR interval %s ms\nQRS duration %d ms\nQT/QTc %d/%d ms\nP-R-T axes %s %d %d\n\n" % (
            pr if pr else "*", qrs, qt, qtc, R.randint(20, 70) if pr else "*", axis, R.randint(-20, 90)))
        out.append("INTERPRETATION:\n")
        for f_ in findings:
            out.append("%s\n" % cap(f_))
        out.append("%s\n" % c(["Abnormal ECG" if abnormal else "Normal ECG", "Borderline ECG" if not extra else "Abnormal ECG", ("Abnormal ECG" if abnormal else "Normal ECG")]))
    else:
        s = []
        s.append("The rhythm is %s at a rate of %d beats per minute." % (findings[0], rate))
        if pr:
            s.append("The PR interval is %d milliseconds%s." % (pr, ", which is prolonged" if pr > 200 else ""))
        else:
            s.append("P waves are %s." % ("absent with an irregularly irregular ventricular response" if "fibrillation" in rhythm else "not discretely seen" if "paced" not in rhythm else "followed by ventricular pacing spikes"))
        s.append("The QRS duration is %d milliseconds and the axis is %d degrees." % (qrs, axis))
        s.append("The corrected QT interval is %d milliseconds%s." % (qtc, ", which is prolonged" if qtc > 470 else ""))
        if len(findings) > 1:
            s.append("There is %s." % join_and(findings[1:]))
        else:
            s.append(c(["There are no acute ST-segment or T-wave changes.", "ST segments and T waves are unremarkable.", "No pathologic Q waves are present and repolarization is normal."]))
        out.append("%s:\n%s\n\n" % (c(["FINDINGS", "DESCRIPTION", "INTERPRETATION"]), " ".join(s)))
        comp = c(["Compared with the tracing of %s, %s." % (fd(rand_date(1995, max(1995, d.year)), "us"), c(["there is no significant change", "atrial fibrillation is new", "the ST changes are new", "the rate is faster", "QRS widening is new"])),
                  "No prior tracing is available for comparison.", ""])
        if comp:
            out.append("COMPARISON: %s\n\n" % comp)
        imp = "%s." % cap(join_and(findings)) if abnormal else c(["Normal sinus rhythm. Normal electrocardiogram.", "Normal ECG.", "Within normal limits."])
        out.append("IMPRESSION: %s\n" % imp)
        if chance(0.35) and any("elevation" in f_ for f_ in findings):
            out.append("\nCritical result discussed with the emergency physician at %s.\n" % tstr())
    if chance(0.5):
        out.append("\n%s %s\n" % (c(["Confirmed by", "Interpreted by", "Reading physician:", "Overread by"]), dr["full"]))
    f = footer(d, dr, cc_prob=0.1, code_prob=0.35) if chance(0.5) else ""
    return "".join(out).rstrip() + ("\n\n" + f if f else "") + "\n"

# ---------------------------------------------------------------- lab

LAB_PANELS = {
    "COMPLETE BLOOD COUNT": [("WBC", 4.0, 11.0, "K/uL", 1), ("RBC", 4.2, 5.9, "M/uL", 2), ("Hemoglobin", 12.0, 17.5, "g/dL", 1), ("Hematocrit", 36, 52, "%", 1),
                             ("MCV", 80, 100, "fL", 1), ("MCH", 27, 33, "pg", 1), ("MCHC", 32, 36, "g/dL", 1), ("RDW", 11.5, 14.5, "%", 1), ("Platelets", 150, 400, "K/uL", 0),
                             ("Neutrophils", 40, 75, "%", 0), ("Lymphocytes", 20, 45, "%", 0), ("Monocytes", 2, 10, "%", 0), ("Eosinophils", 0, 6, "%", 0)],
    "COMPREHENSIVE METABOLIC PANEL": [("Sodium", 135, 145, "mEq/L", 0), ("Potassium", 3.5, 5.1, "mEq/L", 1), ("Chloride", 98, 107, "mEq/L", 0), ("CO2", 22, 29, "mEq/L", 0),
                                      ("BUN", 7, 20, "mg/dL", 0), ("Creatinine", 0.6, 1.3, "mg/dL", 2), ("Glucose", 70, 99, "mg/dL", 0), ("Calcium", 8.5, 10.2, "mg/dL", 1),
                                      ("Total protein", 6.0, 8.3, "g/dL", 1), ("Albumin", 3.5, 5.0, "g/dL", 1), ("Total bilirubin", 0.2, 1.2, "mg/dL", 1), ("Alkaline phosphatase", 40, 129, "U/L", 0),
                                      ("AST", 10, 40, "U/L", 0), ("ALT", 7, 56, "U/L", 0)],
    "LIPID PANEL": [("Total cholesterol", 100, 199, "mg/dL", 0), ("Triglycerides", 40, 149, "mg/dL", 0), ("HDL cholesterol", 40, 90, "mg/dL", 0), ("LDL cholesterol, calculated", 40, 99, "mg/dL", 0)],
    "COAGULATION STUDIES": [("Prothrombin time", 11.0, 13.5, "sec", 1), ("INR", 0.9, 1.1, "", 1), ("PTT", 25, 35, "sec", 0), ("Fibrinogen", 200, 400, "mg/dL", 0)],
    "THYROID FUNCTION": [("TSH", 0.4, 4.5, "uIU/mL", 2), ("Free T4", 0.8, 1.8, "ng/dL", 2)],
    "HEMOGLOBIN A1C": [("Hemoglobin A1c", 4.0, 5.6, "%", 1), ("Estimated average glucose", 70, 114, "mg/dL", 0)],
    "CARDIAC MARKERS": [("Troponin I", 0.0, 0.04, "ng/mL", 2), ("CK total", 30, 200, "U/L", 0), ("BNP", 0, 100, "pg/mL", 0)],
    "IRON STUDIES": [("Iron", 60, 170, "ug/dL", 0), ("TIBC", 250, 450, "ug/dL", 0), ("Transferrin saturation", 20, 50, "%", 0), ("Ferritin", 20, 300, "ng/mL", 0)],
    "RENAL FUNCTION PANEL": [("Sodium", 135, 145, "mEq/L", 0), ("Potassium", 3.5, 5.1, "mEq/L", 1), ("BUN", 7, 20, "mg/dL", 0), ("Creatinine", 0.6, 1.3, "mg/dL", 2), ("Phosphorus", 2.5, 4.5, "mg/dL", 1), ("Albumin", 3.5, 5.0, "g/dL", 1), ("eGFR", 60, 120, "mL/min/1.73m2", 0)],
}
UA = [("Color", ["Yellow", "Straw", "Amber", "Dark yellow"]), ("Clarity", ["Clear", "Slightly cloudy", "Cloudy"]), ("Specific gravity", ["1.005", "1.012", "1.020", "1.028"]),
      ("pH", ["5.0", "6.0", "6.5", "7.0"]), ("Protein", ["Negative", "Trace", "1+"]), ("Glucose", ["Negative", "Negative", "2+"]), ("Ketones", ["Negative", "Trace"]),
      ("Blood", ["Negative", "Small", "Large"]), ("Nitrite", ["Negative", "Negative", "Positive"]), ("Leukocyte esterase", ["Negative", "Small", "Moderate", "Large"]),
      ("WBC/hpf", ["0-2", "3-5", "10-20", "TNTC"]), ("RBC/hpf", ["0-2", "3-5", "5-10"]), ("Bacteria", ["None", "Few", "Many"]), ("Squamous epithelial cells", ["Few", "Rare", "Moderate"])]
ORGS = ["Escherichia coli", "Klebsiella pneumoniae", "Staphylococcus aureus", "Enterococcus faecalis", "Proteus mirabilis", "Pseudomonas aeruginosa"]
ABX = ["Ampicillin", "Cefazolin", "Ceftriaxone", "Ciprofloxacin", "Gentamicin", "Nitrofurantoin", "Trimethoprim/Sulfamethoxazole", "Piperacillin/Tazobactam", "Vancomycin", "Oxacillin"]


def lab_report(idx):
    pt = patient((1, 95))
    d = rand_date()
    out = []
    lab = c(["%s LABORATORY" % c(HOSP_A).upper(), "CLINICAL LABORATORY REPORT", "LABORATORY RESULTS", "CUMULATIVE LAB REPORT", "REFERENCE LABORATORY SERVICES"])
    out.append(lab + "\n")
    out.append("Patient: %s, %s    MRN: %s    Sex: %s    Age: %d\n" % (pt["last"].upper(), pt["first"], pt["mrn"], pt["sex"], pt["age"]))
    out.append("Ordering: %s    Collected: %s %s    Reported: %s %s\n" % (doctor()["full"], fd(d, "us"), tstr(), fd(d + datetime.timedelta(days=R.randint(0, 1)), "us"), tstr()))
    if chance(0.5):
        out.append("Accession: %s%d    Specimen: %s\n" % (c(["L", "CH", "H", ""]), R.randint(1000000, 9999999), c(["Serum", "Whole blood", "Plasma", "Blood, venous"])))
    out.append("\n")
    panels = cs(list(LAB_PANELS.keys()), R.randint(1, 3))
    if chance(0.3):
        panels.append("URINALYSIS")
    if chance(0.15):
        panels.append("CULTURE")
    flagged = []
    for pn in panels:
        out.append("%s\n" % pn)
        if pn == "URINALYSIS":
            for name, opts in UA:
                out.append("  %-28s %s\n" % (name, c(opts)))
            out.append("\n")
            continue
        if pn == "CULTURE":
            org = c(ORGS)
            out.append("  Source: %s\n  Result: %s\n" % (c(["Urine, clean catch", "Blood, peripheral", "Wound, left foot", "Sputum"]),
                                                         c(["No growth at 48 hours.", "Greater than 100,000 CFU/mL %s" % org, "%s, moderate growth" % org])))
            if "No growth" not in out[-1]:
                out.append("  Susceptibility (MIC):\n")
                for a in cs(ABX, R.randint(4, 7)):
                    out.append("    %-30s %s\n" % (a, c(["S", "S", "S", "R", "I"])))
            out.append("\n")
            continue
        out.append("  %-30s %-10s %-5s %-16s %s\n" % ("Test", "Result", "Flag", "Reference", "Units"))
        for name, lo, hi, unit, dec in LAB_PANELS[pn]:
            span = hi - lo
            if chance(0.2):
                val = c([lo - span * R.uniform(0.05, 0.5), hi + span * R.uniform(0.05, 1.5)])
            else:
                val = R.uniform(lo + span * 0.1, hi - span * 0.1)
            val = max(val, 0)
            flag = "H" if val > hi else ("L" if val < lo else "")
            if flag:
                flagged.append(name)
            fmt = "%%.%df" % dec
            out.append("  %-30s %-10s %-5s %-16s %s\n" % (name, fmt % val, flag, (fmt % lo) + "-" + (fmt % hi), unit))
        out.append("\n")
    if flagged and chance(0.4):
        out.append("Comment: %s\n" % c(["Results verified by repeat analysis.", "Specimen slightly hemolyzed; potassium may be falsely elevated.",
                                          "Critical value called to and read back by RN %s at %s." % (surname(), tstr()), "Fasting status unknown."]))
    if chance(0.5):
        out.append("\nPerformed at: %s, %s. Laboratory Director: %s\n" % (hospital(), address()[1], doctor()["full"]))
    return "".join(out).rstrip() + "\n"

# ---------------------------------------------------------------- outpatient bank

OUTPT = [
    dict(spec="internal medicine", clinic="primary care", dx="type 2 diabetes mellitus and hypertension", age=(40, 85),
         interval=["reports checking sugars {once|twice} daily with fasting values between {110|130} and {160|190}", "has had no hypoglycemic episodes", "is walking {20|30} minutes most days", "ran out of lisinopril for about a week last month"],
         exam={"EXTREMITIES": "monofilament sensation intact bilaterally, no foot ulcers, pedal pulses palpable"},
         data=["hemoglobin A1c today {7.2|7.9|8.4|6.8}%", "microalbumin to creatinine ratio of {18|42|66}", "LDL {88|104|121}"],
         plan=["increase metformin to 1000 mg twice daily", "add empagliflozin 10 mg daily", "continue lisinopril 20 mg daily", "annual dilated eye examination", "recheck A1c in three months", "influenza vaccine today"]),
    dict(spec="nephrology", clinic="renal clinic", dx="chronic kidney disease stage {3b|4} secondary to diabetic nephropathy", age=(45, 88),
         interval=["denies uremic symptoms, with good appetite and no pruritus", "has mild ankle swelling by evening", "has been adherent to a low-sodium diet"],
         exam={"EXTREMITIES": "trace bilateral ankle edema"},
         data=["creatinine {2.1|2.6|3.0} with eGFR {22|27|31}", "potassium {4.9|5.3}", "hemoglobin {10.1|10.8}", "parathyroid hormone {142|188}", "urine protein to creatinine ratio {1.1|2.4} grams"],
         plan=["continue losartan at current dose while potassium acceptable", "start calcitriol 0.25 mcg daily", "dietitian referral for low-potassium diet", "vein preservation in the left arm", "discuss renal replacement options at the next visit"]),
    dict(spec="orthopedics", clinic="orthopedic clinic", dx="primary osteoarthritis of the {right|left} knee", age=(50, 85),
         interval=["has knee pain with stairs and after walking more than two blocks", "got about {six weeks|three months} of relief from the last injection", "is using a cane outdoors"],
         exam={"EXTREMITIES": "varus alignment of the knee with small effusion, medial joint line tenderness, crepitus, range of motion 5 to 110 degrees, ligaments stable"},
         data=["standing x-rays show bone-on-bone medial compartment narrowing with osteophytes"],
         plan=["repeat corticosteroid injection today", "home exercise program for quadriceps strengthening", "weight loss counseling", "discuss total knee arthroplasty when ready", "continue meloxicam 15 mg daily with food"]),
    dict(spec="neurology", clinic="movement disorders clinic", dx="idiopathic Parkinson disease", age=(55, 88),
         interval=["notes wearing off about {three|four} hours after each carbidopa-levodopa dose", "has mild peak-dose dyskinesia in the afternoon", "had one fall in the bathroom without injury", "reports vivid dreams and acting out dreams"],
         exam={"NEUROLOGIC": "hypomimia, mild hypophonia, rest tremor of the right hand, cogwheel rigidity greater on the right, bradykinesia on finger taps, shuffling gait with reduced arm swing, retropulsion with two steps on pull test"},
         data=["MoCA score {24|26}/30"],
         plan=["change carbidopa-levodopa 25/100 to one and one-half tablets five times daily", "add entacapone 200 mg with each dose", "physical therapy for gait and balance (LSVT BIG)", "home safety evaluation", "return in four months"]),
    dict(spec="neurology", clinic="headache clinic", dx="chronic migraine without aura with medication overuse", age=(18, 60),
         interval=["reports {16|18|22} headache days per month", "is taking sumatriptan or over-the-counter analgesics on most days", "describes fragmented sleep and high caffeine intake"],
         exam={"NEUROLOGIC": "normal fundi without papilledema, cranial nerves intact, no focal deficit, pericranial muscle tenderness"},
         data=["headache diary reviewed"],
         plan=["begin topiramate 25 mg at bedtime titrating to 50 mg twice daily", "limit acute medications to two days per week", "consider onabotulinumtoxinA if no response", "sleep hygiene and caffeine taper", "follow up in eight weeks"]),
    dict(spec="sleep medicine", clinic="sleep center", dx="moderate obstructive sleep apnea", age=(30, 75),
         interval=["has used CPAP on {78|86|92}% of nights for more than four hours", "reports much improved daytime alertness and an Epworth score down to {6|8} from {15|17}", "has some mask leak and dry mouth"],
         exam={"HEENT": "Mallampati class IV airway, enlarged tongue base, retrognathia", "NECK": "neck circumference {17|18} inches"},
         data=["download shows residual AHI of {2.1|3.4} on auto-CPAP 6 to 14 cm with 95th percentile pressure of {10.8|11.6}"],
         plan=["change to a full-face mask with a chin strap", "add heated humidification", "continue auto-CPAP", "weight management", "recheck download in three months"]),
    dict(spec="pain management", clinic="pain clinic", dx="chronic lumbar radiculopathy with failed back surgery syndrome", age=(35, 80),
         interval=["rates pain {6|7}/10 on average, radiating down the {right|left} leg", "had roughly 60% relief for two months after the last epidural", "is functional for household chores but cannot stand longer than 20 minutes", "has a prescription monitoring program report consistent with prescribed therapy"],
         exam={"NEUROLOGIC": "positive straight leg raise at 40 degrees, diminished ankle reflex on the affected side, strength 5/5", "EXTREMITIES": "tenderness over the lumbar paraspinals and facets"},
         data=["urine drug screen consistent with prescribed medications"],
         plan=["repeat transforaminal epidural steroid injection", "continue gabapentin 600 mg three times daily", "taper hydrocodone by one tablet per day", "opioid agreement reviewed and renewed", "cognitive behavioral therapy for pain"]),
    dict(spec="dermatology", clinic="dermatology clinic", dx="plaque psoriasis", age=(20, 75),
         interval=["notes worsening plaques on the elbows, knees and scalp over the winter", "finds that topical clobetasol helps only temporarily", "has joint stiffness in the morning"],
         exam={"SKIN": "well-demarcated erythematous plaques with silvery scale on the extensor elbows and knees, scalp and gluteal cleft, approximately {8|12|15}% body surface area, nail pitting"},
         data=["hepatitis panel and QuantiFERON negative"],
         plan=["begin adalimumab 80 mg loading dose then 40 mg every other week", "continue clobetasol for thick plaques on weekends", "rheumatology evaluation for possible psoriatic arthritis", "return in twelve weeks"]),
    dict(spec="podiatry", clinic="podiatry clinic", dx="diabetic foot ulcer, {right|left} plantar first metatarsal head", age=(45, 85),
         interval=["has been wearing the offloading boot most of the day", "denies fever or drainage", "admits that blood sugars remain elevated"],
         exam={"EXTREMITIES": "{1.2 x 0.9|0.8 x 0.6|1.5 x 1.1} cm full-thickness ulcer with granular base and hyperkeratotic rim, probe does not reach bone, no cellulitis, monofilament sensation absent, dorsalis pedis palpable"},
         data=["ankle-brachial index 1.05", "x-ray without osteomyelitis"],
         plan=["sharp excisional debridement of the ulcer to bleeding tissue", "continue total contact offloading", "collagen dressing changed three times weekly", "glucose control with primary care", "return weekly"]),
    dict(spec="psychiatry", clinic="outpatient psychiatry", dx="bipolar I disorder, most recent episode depressed", age=(18, 70),
         interval=["reports mood {4|5}/10 with low energy but no suicidal ideation", "is sleeping {seven|eight} hours", "denies racing thoughts or decreased need for sleep", "is attending therapy weekly"],
         exam={"NEUROLOGIC": "well-groomed, cooperative, speech normal rate, mood \"okay,\" affect mildly constricted, thought process linear, no suicidal or homicidal ideation, no hallucinations, insight and judgment fair"},
         data=["lithium level {0.7|0.8|0.9} mEq/L", "TSH and creatinine normal"],
         plan=["continue lithium carbonate 900 mg at bedtime", "add lamotrigine 25 mg daily with slow titration and rash precautions", "continue psychotherapy", "crisis line reviewed", "return in four weeks"]),
    dict(spec="ophthalmology", clinic="glaucoma clinic", dx="primary open-angle glaucoma, both eyes", age=(50, 88),
         interval=["reports good adherence to latanoprost", "denies eye pain or halos", "notes mild redness with the drops"],
         exam={"HEENT": "visual acuity 20/25 right and 20/30 left, intraocular pressure {18|21} and {19|22} mmHg, cup-to-disc ratio 0.7 and 0.8 with inferior thinning, open angles on gonioscopy"},
         data=["Humphrey visual field with superior arcuate defect on the left", "OCT with inferior nerve fiber layer thinning"],
         plan=["add timolol 0.5% twice daily to both eyes", "consider selective laser trabeculoplasty", "repeat visual field in four months"]),
    dict(spec="urology", clinic="urology clinic", dx="benign prostatic hyperplasia with lower urinary tract symptoms", age=(55, 88), sex="M",
         interval=["has nocturia {three|four} times nightly and a weak stream", "found that tamsulosin helped initially", "scores {19|22} on the AUA symptom index"],
         exam={"ABDOMEN": "no bladder distention; rectal examination with a smooth, enlarged, nontender prostate of about {40|50|60} grams without nodules"},
         data=["PSA {2.1|3.4}", "post-void residual {90|140} mL", "uroflow Qmax {8|9} mL/s"],
         plan=["add finasteride 5 mg daily", "continue tamsulosin", "limit evening fluids", "discuss TURP or minimally invasive options if no improvement"]),
    dict(spec="oncology", clinic="hematology-oncology clinic", dx="stage {I|II}A {left|right} breast cancer, hormone receptor positive, on adjuvant endocrine therapy", age=(35, 80), sex="F",
         interval=["completed radiation {eight months|one year} ago", "is tolerating anastrozole with mild arthralgias and hot flashes", "denies bone pain, headaches or new masses"],
         exam={"SKIN": "well-healed lumpectomy scar with mild radiation hyperpigmentation, no skin changes or palpable masses, no axillary or supraclavicular adenopathy"},
         data=["mammogram {three|four} months ago benign", "DEXA with osteopenia"],
         plan=["continue anastrozole 1 mg daily for a planned five years", "calcium and vitamin D", "repeat DEXA in two years", "annual diagnostic mammogram", "return in six months"]),
    dict(spec="cardiology", clinic="heart failure clinic", dx="heart failure with reduced ejection fraction, NYHA class II", age=(40, 88),
         interval=["reports stable weights at home", "is walking a mile without dyspnea", "denies orthopnea or presyncope", "notes mild dizziness on standing after the last dose increase"],
         exam={"NECK": "JVP 7 cm", "LUNGS": "clear", "EXTREMITIES": "no edema"},
         data=["potassium {4.4|4.8}", "creatinine {1.2|1.4}", "most recent ejection fraction {30|35}%"],
         plan=["transition lisinopril to sacubitril-valsartan 24/26 mg twice daily after a 36-hour washout", "continue carvedilol and spironolactone", "check BMP in one week", "ICD evaluation if EF remains below 35% after three months of therapy"]),
    dict(spec="gastroenterology", clinic="GI clinic", dx="Crohn disease of the terminal ileum", age=(18, 60),
         interval=["is having {two|three} formed stools daily", "denies blood or nocturnal stools", "is tolerating infliximab infusions", "reports a stable weight"],
         exam={"ABDOMEN": "soft with mild right lower quadrant tenderness, no mass"},
         data=["fecal calprotectin {90|180}", "infliximab trough {5.2|7.8}", "CRP normal"],
         plan=["continue infliximab 5 mg/kg every eight weeks", "colonoscopy for mucosal assessment", "vitamin B12 and vitamin D levels", "smoking avoidance"]),
    dict(spec="pediatrics", clinic="pediatric clinic", dx="persistent asthma, moderate", age=(4, 16),
         interval=["is using albuterol {two|three} times a week", "woke at night with cough twice this month", "has had no emergency visits since last seen", "confirms that the school nurse has the inhaler"],
         exam={"LUNGS": "clear with good air entry, no wheeze", "HEENT": "boggy pale nasal turbinates"},
         data=["spirometry FEV1 {84|88}% predicted with improvement after bronchodilator"],
         plan=["increase fluticasone to 110 mcg two puffs twice daily", "spacer technique reviewed", "updated asthma action plan given to family", "influenza vaccine today", "return in three months"]),
    dict(spec="general surgery", clinic="surgery clinic", dx="status post laparoscopic cholecystectomy", age=(25, 80),
         interval=["is two weeks out from surgery", "has pain well controlled on acetaminophen", "is tolerating a regular diet", "reports normal bowel movements"],
         exam={"ABDOMEN": "port sites healing well without erythema or drainage, abdomen soft and appropriately tender"},
         data=["pathology showed chronic cholecystitis with cholelithiasis"],
         plan=["may resume full activity in two more weeks", "no follow-up needed unless problems", "return precautions reviewed"]),
    dict(spec="obstetrics", clinic="prenatal clinic", dx="intrauterine pregnancy at {24|28|32} weeks", age=(18, 42), sex="F",
         interval=["reports good fetal movement", "denies contractions, leakage of fluid or vaginal bleeding", "has mild heartburn and back ache"],
         exam={"ABDOMEN": "fundal height {24|28|32} cm, fetal heart tones {140s|150s}, no edema"},
         data=["one-hour glucose challenge {118|146}", "hemoglobin {10.9|11.6}"],
         plan=["three-hour glucose tolerance test given elevated screen", "Tdap vaccination", "iron supplementation", "kick counts reviewed", "return in two weeks"]),
]

CONSULT_RECS = {
    "cardiology": ["continue telemetry monitoring", "check a fasting lipid panel and hemoglobin A1c", "obtain a transthoracic echocardiogram", "continue beta-blockade titrated to a heart rate of 60 to 70",
                   "anticoagulation is reasonable given the bleeding risk assessment", "the patient is at acceptable risk to proceed with surgery from a cardiac standpoint", "recommend outpatient stress testing if symptoms recur"],
    "pulmonary": ["wean supplemental oxygen to maintain saturation of 88 to 92 percent", "pulmonary function testing when stable", "continue scheduled bronchodilators", "smoking cessation counseling with nicotine replacement", "incentive spirometry every hour while awake"],
    "GI": ["keep NPO after midnight for endoscopy", "continue intravenous proton pump inhibitor twice daily", "transfuse for hemoglobin below 7", "avoid NSAIDs", "check hepatitis serologies and iron studies"],
    "general surgery": ["serial abdominal examinations", "NPO with nasogastric decompression", "we will follow closely and will take the patient to the operating room if the examination worsens", "hold anticoagulation", "type and screen"],
    "nephrology": ["hold nephrotoxins including NSAIDs and intravenous contrast", "renally dose all medications", "strict intake and output with daily weights", "check urine sodium, creatinine and urinalysis with microscopy", "no indication for dialysis at this time"],
    "urology": ["continue tamsulosin as medical expulsive therapy", "strain all urine", "urology will place a stent if fever or refractory pain develops", "Foley catheter for retention with voiding trial in 48 hours"],
    "neurology": ["MRI brain with and without contrast", "continuous EEG monitoring", "maintain blood pressure below 180 systolic", "statin and antiplatelet therapy", "PT, OT and speech evaluation", "seizure precautions"],
    "endocrinology": ["basal-bolus insulin with glargine and prandial lispro", "hemoglobin A1c", "diabetes education before discharge", "check TSH and free T4", "stress-dose hydrocortisone perioperatively"],
    "infectious disease": ["continue current antibiotic regimen pending cultures", "repeat blood cultures until clear", "transesophageal echocardiogram to exclude endocarditis", "PICC line placement for a planned six-week course", "weekly CBC and chemistries while on therapy"],
    "orthopedics": ["nonweight bearing on the affected extremity", "operative fixation tomorrow, NPO after midnight", "DVT prophylaxis with enoxaparin", "physical therapy postoperatively"],
    "vascular surgery": ["arterial duplex and angiography", "continue aspirin and statin", "heparin infusion", "wound care to the ulcer"],
    "oncology": ["continue empiric antibiotics", "growth factor support", "neutropenic precautions", "will discuss further chemotherapy once recovered"],
    "pediatrics": ["continue supportive care", "monitor intake and output", "wean oxygen as tolerated"],
    "psychiatry": ["one-to-one sitter for safety", "start sertraline 50 mg daily", "the patient lacks capacity to refuse treatment at this time", "the patient does not meet criteria for involuntary hold", "outpatient psychiatric follow-up within one week of discharge"],
    "ENT": ["intravenous antibiotics and steroids", "CT neck with contrast", "bedside drainage performed", "soft diet as tolerated"],
    "ophthalmology": ["dilated fundus examination", "visual acuity checks twice daily", "call for any decrease in vision or new afferent pupillary defect"],
    "gynecology": ["pelvic ultrasound", "quantitative hCG", "iron replacement", "surgical management discussed"],
    "hematology": ["continue anticoagulation for a minimum of three months", "hypercoagulable workup is not indicated in the setting of a provoked event", "age-appropriate cancer screening"],
}


def case_vitals(case):
    abn = {}
    if case["spec"] in ("pulmonary", "pediatrics") or case["key"] in ("chf", "pe"):
        abn["o2"] = X("{2|3|4} liters nasal cannula")
        abn["sat"] = R.randint(88, 94)
        abn["rr"] = R.randint(20, 28)
    if case["key"] in ("pna", "pyelo", "cellulitis", "neutropenic", "appy", "pta", "orbital"):
        abn["t"] = round(R.uniform(100.6, 103.1), 1)
        abn["hr"] = R.randint(96, 122)
    if case["key"] in ("afib",):
        abn["hr"] = R.randint(124, 152)
    return vitals(abn)


def cur_date_pair():
    a = rand_date()
    los = R.randint(2, 9)
    return a, a + datetime.timedelta(days=los), los


SEC_MGMT = {
    "hypertension": ["blood pressure was controlled on home regimen", "antihypertensives were held initially for soft pressures and resumed"],
    "hyperlipidemia": ["statin was continued", "statin intensity was increased"],
    "type 2 diabetes mellitus": ["metformin was held and sugars were managed with sliding scale insulin", "glucoses ranged 120s to 180s on basal insulin"],
    "type 2 diabetes": ["oral agents were held in favor of insulin while inpatient"],
    "chronic kidney disease stage 3": ["creatinine remained at baseline and medications were renally dosed"],
    "hypothyroidism": ["levothyroxine was continued"],
    "depression": ["home antidepressant was continued"],
    "obesity": ["nutrition counseling was provided"],
    "atrial fibrillation": ["rate was controlled and anticoagulation was addressed"],
    "anxiety disorder": ["home regimen continued"],
}


def sec_line(cond):
    for k, v in SEC_MGMT.items():
        if cond.startswith(k):
            return c(v)
    return c(["stable, home medications continued", "stable throughout the admission", "no active issues; continue outpatient management", "monitored without change"])

# ---------------------------------------------------------------- discharge summary

def hpi_text(case, ctx, voice="hp"):
    bits = [X(b) for b in case["hpi"]]
    keep = sorted(cs(range(len(bits)), max(2, len(bits) - R.randint(0, 1))))
    bits = [bits[i] for i in keep]
    pm = pmh(case, R.randint(0, 2))
    if voice == "hp":
        s = ["The patient is a <agestr> <man> with a past medical history significant for %s who presents with %s." % (join_and(pm), case["cc"]),
             "<He> reports %s." % bits[0]]
        for b in bits[1:]:
            s.append(c(["<He> also describes %s." % b, "There has been %s." % b, "Of note, <he> endorses %s." % b, "The history is also notable for %s." % b]))
        s.append(c(["<He> denies fevers, chills, night sweats or recent travel other than as noted.", "There are no other new complaints.",
                    "<He> came to the emergency department where the initial workup was notable as below.", "<His> family brought <him> in when the symptoms failed to improve."]))
    elif voice == "ds":
        s = ["This <agestr> <man> with %s was admitted through the emergency department with %s." % (join_and(pm), case["cc"]),
             "At presentation <he> described %s." % join_and(bits[:2])]
        if len(bits) > 2:
            s.append("The history was further significant for %s." % join_and(bits[2:]))
    elif voice == "consult":
        s = ["Thank you for asking us to see this <agestr> <man>, admitted on the %s service with %s." % (case["svc"], case["dx"]),
             "By way of history, the patient developed %s." % bits[0],
             "Review of the chart and discussion with the patient indicate %s." % join_and(bits[1:]) if len(bits) > 1 else "",
             "Past history includes %s." % join_and(pm)]
    elif voice == "ed":
        s = ["<agestr> <man> who presents to the emergency department by {private vehicle|ambulance|EMS} complaining of %s." % case["cc"],
             "Per the patient, symptoms consist of %s." % bits[0]]
        for b in bits[1:]:
            s.append(c(["Additionally notes %s." % b, "Also with %s." % b, "Reports %s." % b]))
    else:
        s = ["<He> was admitted with %s." % case["cc"]]
    return X(para([x for x in s if x]), ctx)


def discharge_summary(idx):
    case = case_pick()
    pt = case_patient(case)
    ctx = dict(pt)
    adm, dis, los = cur_date_pair()
    att = doctor()
    out = [maybe_header(pt, dis, 0.15, ["ATTENDING: " + att["full"]])]
    out.append(maybe_title(c(["DISCHARGE SUMMARY", "DISCHARGE SUMMARY", "HOSPITAL DISCHARGE SUMMARY"]), 0.45))
    if chance(0.7):
        out.append("DATE OF ADMISSION: %s\nDATE OF DISCHARGE: %s\n\n" % (fd(adm), fd(dis)) if chance(0.5)
                   else "ADMISSION DATE: %s\n\nDISCHARGE DATE: %s\n\n" % (fd(adm, "us"), fd(dis, "us")))
    sec = [s_ for s_ in pmh(case, R.randint(0, 2))]
    if chance(0.5):
        out.append("ADMITTING DIAGNOSIS: %s.\n\n" % cap(case["cc"] if chance(0.4) else case["dx"]))
    out.append("%s:\n1. %s.\n" % (c(["DISCHARGE DIAGNOSES", "FINAL DIAGNOSES", "DISCHARGE DIAGNOSIS", "PRINCIPAL DIAGNOSIS"]), cap(case["dx"])))
    for i, s_ in enumerate(sec[:5]):
        out.append("%d. %s.\n" % (i + 2, cap(s_)))
    out.append("\n")
    if case["proc"]:
        out.append("%s: %s.\n\n" % (c(["PROCEDURES", "PROCEDURES PERFORMED", "OPERATIONS AND PROCEDURES"]), cap(X(case["proc"]))))
    elif chance(0.4):
        out.append("PROCEDURES: None.\n\n")
    if chance(0.6):
        cons = cs([k for k in CONSULT_RECS if k != case["spec"]], R.randint(0, 2))
        if case["spec"] != case["svc"]:
            cons = [case["spec"]] + cons
        out.append("CONSULTATIONS: %s.\n\n" % (cap(join_and(cons)) if cons else "None"))
    out.append("%s:\n%s\n\n" % (c(["HISTORY OF PRESENT ILLNESS", "HISTORY OF PRESENT ILLNESS", "BRIEF HISTORY", "REASON FOR ADMISSION"]), hpi_text(case, ctx, "ds")))
    if chance(0.5):
        v = vitals({"hr": R.randint(88, 118)} if chance(0.5) else None)
        ab = {k: X(v_) for k, v_ in case["exam"].items()}
        pe = ["On admission, %s" % vitals_line(v, 2)[0].lower() + vitals_line(v, 2)[1:]]
        for k, f in ab.items():
            pe.append("The %s examination was notable for %s." % ({"GENERAL": "general", "HEENT": "head and neck", "NECK": "neck", "LUNGS": "pulmonary", "HEART": "cardiac",
                                                                   "ABDOMEN": "abdominal", "EXTREMITIES": "extremity", "NEUROLOGIC": "neurologic", "SKIN": "skin"}[k], f))
        out.append("PHYSICAL EXAMINATION ON ADMISSION:\n%s\n\n" % X(para(pe)))
    if chance(0.7):
        labs = [X(l) for l in case["labs"]] + [X(s_) for s_ in case["studies"]]
        out.append("%s:\n%s\n\n" % (c(["PERTINENT LABORATORY AND IMAGING DATA", "LABORATORY DATA", "DIAGNOSTIC DATA", "PERTINENT FINDINGS"]),
                                     para(["Admission studies were remarkable for %s" % join_and(labs[:2])] + (["Additional studies included %s" % join_and(labs[2:])] if labs[2:] else []))))
    # hospital course
    course = [X(x) for x in case["course"]]
    hc = []
    hc.append(X(c(["The patient was admitted to the %s service{ under my care| under %s|}. " % (case["svc"], att["dr"]),
                   "<He> was admitted to a {telemetry|medical-surgical|step-down|monitored} bed on the %s service. " % case["svc"],
                   "Following admission, "]), ctx))
    hc[0] += X("<He> was treated with %s." % case["tx"], ctx) if not hc[0].endswith(", ") else X("<he> was treated with %s." % case["tx"], ctx)
    day = 1
    day_words = ["On hospital day {n}, <he> ", "On the {ord} hospital day <he> ", "By hospital day {n} the patient ", "Over the next 24 hours <he> ",
                 "On {date}, <he> ", "Subsequently, <he> ", "The following morning <he> "]
    paras_ = [" ".join(hc)]
    cur = []
    for i, ev in enumerate(course):
        day = min(los, day + R.randint(0, 2)) if i else max(1, min(los, R.randint(1, 2)))
        lead = c(day_words).replace("{n}", nw(day) if chance(0.5) else str(day)).replace("{ord}", ordinal(day)).replace("{date}", fd(adm + datetime.timedelta(days=day - 1), "long"))
        cur.append(X(lead, ctx) + ev + ".")
        if len(cur) >= R.randint(2, 3):
            paras_.append(" ".join(cur))
            cur = []
    if cur:
        paras_.append(" ".join(cur))
    if sec and chance(0.7):
        prob = []
        for i, s_ in enumerate(sec[:4]):
            prob.append("%d. %s: %s." % (i + 1, cap(s_), cap(sec_line(s_))))
        paras_.append(c(["Other issues addressed during the hospitalization were as follows:", "Secondary problems:", "By problem:"]) + "\n" + "\n".join(prob))
    paras_.append(X(c(["On the day of discharge <he> was afebrile with stable vital signs, tolerating diet, ambulating, and voiding without difficulty, and <he> was felt to be stable for discharge.",
                       "At the time of discharge the patient felt well, was eager to go home, and had no new complaints.",
                       "By the day of discharge, <his> symptoms had largely resolved and the plan was reviewed with <him> and <his> family, who agreed.",
                       "Having met all goals of hospitalization, <he> was discharged in stable condition."]), ctx))
    out.append("%s:\n%s\n\n" % (c(["HOSPITAL COURSE", "HOSPITAL COURSE", "SUMMARY OF HOSPITAL COURSE", "CLINICAL COURSE"]), "\n\n".join(paras_)))
    out.append("CONDITION ON DISCHARGE: %s.\n\n" % c(["Stable", "Good", "Improved", "Fair", "Stable and improved"]))
    dispo = c(["Home", "Home with home health services", "Home with family", "Skilled nursing facility", "Acute inpatient rehabilitation", "Home with outpatient therapy"])
    if "skilled" in case["act"]:
        dispo = "Skilled nursing facility"
    if "rehabilitation" in case["act"] and case["key"] == "stroke":
        dispo = "Acute inpatient rehabilitation"
    out.append("DISPOSITION: %s.\n\n" % dispo)
    meds = list(case["meds"]) + cs([m for m in HOME_MEDS if "metformin" not in m], R.randint(0, 2))
    out.append("DISCHARGE MEDICATIONS:\n")
    for i, m in enumerate(meds):
        out.append("%d. %s.\n" % (i + 1, cap(m)))
    out.append("\n")
    if chance(0.6):
        out.append("DIET: %s.\n\nACTIVITY: %s.\n\n" % (cap(case["diet"]), cap(case["act"])))
    else:
        out.append("DISCHARGE INSTRUCTIONS: %s diet. Activity: %s. %s\n\n" % (cap(case["diet"]), case["act"],
                                                                            c(["The patient is to call or return for fever, worsening pain or any other concerns.", "Return precautions were reviewed in detail.", ""])))
    out.append("FOLLOW-UP: %s\n" % X(c(["With %s in {one week|two weeks} and with %s, primary care, in {one to two weeks|7 to 10 days}." % (case["fu"], doctor()["dr"]) if case["fu"] != "primary care" else "With %s, primary care, in {one week|two weeks|5 days}." % doctor()["dr"],
                                          "The patient is to see %s of %s in {5|7|10|14} days." % (doctor()["dr"], case["fu"]),
                                          "Follow up in the %s clinic in {one|two|three} weeks; labs prior to that visit." % case["fu"]])))
    if chance(0.3):
        out.append("\nTotal time spent on discharge was greater than 30 minutes.\n")
    f = footer(dis, att, cc_prob=0.45)
    return "".join(out).rstrip() + ("\n\n" + f if f else "") + "\n"

# ---------------------------------------------------------------- history and physical

ROS_ITEMS = ["CONSTITUTIONAL: {Positive for fatigue|Denies fevers or weight change|Positive for chills}.",
             "EYES: {Negative|No vision change}.", "ENT: {No sore throat or hearing loss|Negative}.",
             "CARDIOVASCULAR: {No chest pain or palpitations|As per HPI}.", "RESPIRATORY: {As per HPI|No cough or dyspnea}.",
             "GASTROINTESTINAL: {No nausea, vomiting or change in bowel habits|As per HPI}.", "GENITOURINARY: {No dysuria or hematuria|Negative}.",
             "MUSCULOSKELETAL: {Chronic joint pain|Negative}.", "NEUROLOGIC: {No headache, focal weakness or numbness|As in HPI}.",
             "PSYCHIATRIC: {No depression or anxiety|Mood stable}.", "SKIN: {No rash|Negative}.", "HEMATOLOGIC: {No easy bruising|Negative}."]


def history_physical(idx):
    case = case_pick()
    pt = case_patient(case)
    ctx = dict(pt)
    d = rand_date()
    att = doctor()
    out = [maybe_header(pt, d, 0.15)]
    out.append(maybe_title(c(["HISTORY AND PHYSICAL", "ADMISSION HISTORY AND PHYSICAL", "HISTORY AND PHYSICAL EXAMINATION", "ADMISSION NOTE"]), 0.5))
    if chance(0.3):
        out.append("DATE OF ADMISSION: %s\n\n" % fd(d))
    out.append("CHIEF COMPLAINT: %s.\n\n" % cap(case["cc"] if chance(0.6) else '"%s"' % c(["I can't catch my breath", "It hurts", "I just don't feel right", case["cc"]])))
    out.append("%s:\n%s\n\n" % (c(["HISTORY OF PRESENT ILLNESS", "HISTORY OF PRESENT ILLNESS", "HPI"]), hpi_text(case, ctx, "hp")))
    out.append("PAST MEDICAL HISTORY: %s.\n\n" % cap(", ".join(pmh(case, R.randint(1, 3)))) if chance(0.5) else
               "PAST MEDICAL HISTORY:\n" + "".join("%d. %s.\n" % (i + 1, cap(x)) for i, x in enumerate(pmh(case, R.randint(1, 3)))) + "\n")
    out.append("PAST SURGICAL HISTORY: %s.\n\n" % cap(join_and(psh(pt, R.randint(0, 3))) or "None"))
    out.append("MEDICATIONS: %s.\n\n" % cap(", ".join(home_meds())) if chance(0.5) else "MEDICATIONS:\n" + "".join("%d. %s.\n" % (i + 1, cap(m)) for i, m in enumerate(home_meds())) + "\n")
    out.append("ALLERGIES: %s\n\n" % c(ALLERGIES))
    out.append("SOCIAL HISTORY: %s\n\n" % soc(pt))
    out.append("FAMILY HISTORY: %s\n\n" % fam())
    if chance(0.75):
        if chance(0.5):
            out.append("REVIEW OF SYSTEMS:\n" + "\n".join(X(r_) for r_ in cs(ROS_ITEMS, R.randint(6, 11))) + "\n\n")
        else:
            out.append("REVIEW OF SYSTEMS: %s\n\n" % X(c(["A complete 12-point review of systems was obtained and is negative except as noted in the history of present illness.",
                                                          "Otherwise negative in detail for constitutional, cardiac, pulmonary, gastrointestinal, genitourinary, neurologic and skin complaints.",
                                                          "Positive for {fatigue|poor appetite|insomnia} and as in the HPI; all other systems reviewed and negative."])))
    ab = dict(case["exam"])
    out.append("PHYSICAL EXAMINATION:\n%s\n\n" % exam("list", ab, case_vitals(case), pt["sex"]))
    labs = [X(l) for l in case["labs"]]
    studies = [X(s_) for s_ in case["studies"]]
    out.append("%s:\n%s\n\n" % (c(["LABORATORY DATA", "LABORATORY AND IMAGING", "DATA", "DIAGNOSTIC STUDIES"]),
                                 para(["Laboratory studies are notable for %s" % join_and(labs)] + (["%s" % join_and(studies)] if studies else []))))
    # assessment and plan
    a = X(c(["<agestr> <man> with %s, presenting with %s." % (join_and([X(x) for x in case["sec"][:2]]), case["dx"]),
             "This is a <agestr> <man> admitted for %s." % case["dx"],
             "In summary, the patient is a <agestr> <man> whose presentation is most consistent with %s." % case["dx"]]), ctx)
    plans = []
    plans.append("%s: Admit to the %s service. Begin %s.%s" % (cap(case["dx"]), case["svc"], case["tx"],
                                                               (" Plan for %s." % X(case["proc"])) if case["proc"] and chance(0.7) else ""))
    for s_ in [X(x) for x in cs(case["sec"], min(len(case["sec"]), R.randint(1, 3)))]:
        if s_ == "none":
            continue
        plans.append("%s: %s." % (cap(s_), cap(c(["continue home regimen", "monitor", "hold home medications for now and reassess in the morning",
                                                   "check levels in the morning", "consult appropriate service if worsens", "counseling provided"]))))
    plans.append(X(c(["DVT prophylaxis with {enoxaparin|heparin subcutaneously|sequential compression devices}.", "GI prophylaxis not indicated.", "Prophylaxis: {enoxaparin 40 mg daily|SCDs}."])))
    plans.append(X(c(["Code status: Full code, confirmed with the patient.", "CODE STATUS: DNR/DNI per discussion with the patient and family.", "Full code.", "Code status discussed; full resuscitation."])))
    if chance(0.4):
        plans.append("Disposition: anticipate %s in {two|three|four} days." % c(["discharge home", "discharge to rehab", "discharge home with services"]))
    out.append("%s:\n%s\n" % (c(["ASSESSMENT AND PLAN", "IMPRESSION AND PLAN", "ASSESSMENT/PLAN"]), a + "\n" + "\n".join("%d. %s" % (i + 1, X(p_)) for i, p_ in enumerate(plans))))
    f = footer(d, att, cc_prob=0.3)
    return "".join(out).rstrip() + ("\n\n" + f if f else "") + "\n"

# ---------------------------------------------------------------- progress note

def progress_note(idx):
    d = rand_date()
    dr = doctor()
    out = []
    if chance(0.45):
        case = case_pick()
        pt = case_patient(case)
        ctx = dict(pt)
        hd = R.randint(2, 6)
        out.append(maybe_title(c(["PROGRESS NOTE", "DAILY PROGRESS NOTE", "HOSPITAL PROGRESS NOTE", "%s PROGRESS NOTE" % case["svc"].upper()]), 0.55))
        if chance(0.5):
            out.append("HOSPITAL DAY #%d\n\n" % hd if chance(0.5) else "DATE OF SERVICE: %s\n\n" % fd(d))
        subj = X(c(["The patient reports feeling {somewhat|much|a little} better today. ", "No acute events overnight. ", "Seen and examined at the bedside this morning. ", "Overnight the nurse reports {poor sleep|one episode of nausea|a low-grade temperature of 100.2}. "]), ctx)
        subj += X(c(["<He> %s." % X(c(case["course"])).replace("was ", "has been ", 1), "<He> is tolerating %s and denies new complaints." % c(["clear liquids", "a regular diet", "sips", "the diet"]),
                     "<His> %s is improved but not resolved." % case["cc"], "<He> continues to complain of %s, though less than on admission." % case["cc"]]), ctx)
        out.append("SUBJECTIVE: %s\n\n" % subj)
        v = vitals()
        ab = {k: X(x) for k, x in cs(list(case["exam"].items()), 1)}
        obj = exam("brief", ab, v, pt["sex"])
        io = "I/O: %d in / %d out over 24 hours." % (R.randint(8, 30) * 100, R.randint(6, 40) * 100)
        labs = X(c(case["labs"]))
        out.append("OBJECTIVE: %s %s Labs this morning: %s.\n\n" % (obj, io if chance(0.6) else "", labs))
        out.append("ASSESSMENT: %s\n\n" % X("<agestr> <man>, hospital day %d for %s, {improving|slowly improving|clinically stable|with some setback overnight}." % (hd, case["dx"]), ctx))
        m1 = X(c(case["meds"]))
        plan = ["Continue %s." % case["tx"].split(",")[0], X(c(["Anticipate transition to %s prior to discharge." % m1, "Will begin %s when appropriate." % m1, "Start %s today." % m1]))]
        if case["proc"] and chance(0.5):
            plan.append("%s %s." % (c(["Status post", "Awaiting", "Planned:"]), X(case["proc"])))
        plan += cs(["Advance diet as tolerated.", "PT/OT evaluation.", "Monitor electrolytes and replace as needed.", "Continue DVT prophylaxis.", "Discussed with nursing and case management.",
                    "Discharge planning: anticipate discharge in {24|48} hours.", "Family updated by phone."], R.randint(2, 4))
        out.append("PLAN:\n" + "\n".join("%d. %s" % (i + 1, X(p_)) for i, p_ in enumerate(plan)) + "\n")
    else:
        o = c(OUTPT)
        pt = patient(o["age"], o.get("sex"))
        ctx = dict(pt)
        dx = X(o["dx"])
        inter = [X(x) for x in o["interval"]]
        out.append(maybe_title(c(["FOLLOW-UP VISIT", "CLINIC NOTE", "OFFICE VISIT", "PROGRESS NOTE", "%s FOLLOW-UP" % o["clinic"].upper()]), 0.5))
        if chance(0.5):
            out.append("SUBJECTIVE:\n")
        else:
            out.append("%s:\n" % c(["INTERVAL HISTORY", "HISTORY OF PRESENT ILLNESS", "HISTORY"]))
        h = ["<pt> returns to the %s for follow-up of %s." % (o["clinic"], dx) if chance(0.5) else "The patient is a <agestr> <man> seen today in follow-up for %s, last seen {three|four|six} {weeks|months} ago." % dx]
        for b in inter:
            h.append(c(["<He> %s." % b, "Since the last visit, <he> %s." % b, "<He> states that <he> %s." % b]))
        out.append(X(para(h), ctx) + "\n\n")
        if chance(0.5):
            out.append("CURRENT MEDICATIONS: %s.\n\n" % cap(", ".join(home_meds(None, R.randint(2, 6)))))
        if chance(0.4):
            out.append("ALLERGIES: %s\n\n" % c(ALLERGIES))
        ab = {k: X(v_) for k, v_ in o["exam"].items()}
        out.append("%s:\n%s\n\n" % (c(["OBJECTIVE", "PHYSICAL EXAMINATION", "EXAMINATION"]), exam(c(["list", "brief", "prose"]), ab, vitals(), pt["sex"])))
        if o["data"] and chance(0.8):
            out.append("%s: %s.\n\n" % (c(["DATA REVIEWED", "RESULTS", "LABS", "STUDIES"]), cap(join_and([X(x) for x in o["data"]]))))
        out.append("%s:\n%s\n\n" % (c(["ASSESSMENT", "IMPRESSION", "ASSESSMENT AND PLAN"]), cap(dx) + X(c([", {stable|improving|suboptimally controlled|worsening}.", ".", ", {fair|good|poor} control."]))))
        pl = [X(x) for x in cs(o["plan"], R.randint(2, len(o["plan"])))]
        out.append("PLAN:\n" + "\n".join("%d. %s." % (i + 1, cap(p_)) for i, p_ in enumerate(pl)) + "\n")
        if chance(0.4):
            out.append("\n%s\n" % X(c(["Total face-to-face time {15|25|30|40} minutes, more than half spent in counseling.", "Patient verbalized understanding of the plan.",
                                         "Questions answered; the patient agrees with the plan.", "Return sooner for any problems."])))
    f = footer(d, dr, cc_prob=0.25, code_prob=0.5)
    return "".join(out).rstrip() + ("\n\n" + f if f else "") + "\n"

# ---------------------------------------------------------------- consultation

def consult_note(idx):
    d = rand_date()
    cons = doctor()
    req = doctor()
    out = []
    out.append(maybe_title(c(["CONSULTATION", "CONSULTATION REPORT", "CONSULTATION NOTE", "INPATIENT CONSULTATION"]), 0.5))
    if chance(0.5):
        case = case_pick()
        pt = case_patient(case)
        ctx = dict(pt)
        spec = case["spec"] if case["spec"] != case["svc"] or chance(0.3) else c([k for k in CONSULT_RECS if k != case["svc"]])
        if spec == case["svc"]:
            spec = c(["cardiology", "nephrology", "infectious disease", "endocrinology"])
        out.insert(0, maybe_header(pt, d, 0.15))
        out.append("%s: %s\n\n" % (c(["REQUESTING PHYSICIAN", "REFERRING PHYSICIAN", "CONSULT REQUESTED BY"]), req["full"]))
        out.append("%s: %s\n\n" % (c(["REASON FOR CONSULTATION", "REASON FOR CONSULT"]), cap(X(c(["evaluation and management of %s" % case["dx"], "%s recommendations in a patient with %s" % (spec, case["dx"]),
                                                                                                       "preoperative %s evaluation" % spec if case["proc"] else "assistance with %s" % case["sec"][0],
                                                                                                       "%s input regarding %s" % (spec, case["cc"])])))))
        out.append("HISTORY OF PRESENT ILLNESS:\n%s %s\n\n" % (hpi_text(case, ctx, "consult"), X(c(["Since admission <he> %s." % X(c(case["course"])),
                                                                                                     "<He> has received %s so far." % case["tx"],
                                                                                                     "The primary team has asked us to weigh in because of %s." % X(c(case["labs"]))]), ctx)))
        rec_spec = spec if spec in CONSULT_RECS else case["spec"]
        recs_pool = CONSULT_RECS.get(rec_spec, CONSULT_RECS["cardiology"])
        labs = [X(x) for x in case["labs"] + case["studies"]]
        ab = {k: X(v) for k, v in case["exam"].items()}
        imp_main = case["dx"]
        vv = case_vitals(case)
    else:
        o = c(OUTPT)
        pt = patient(o["age"], o.get("sex"))
        ctx = dict(pt)
        spec = o["spec"]
        out.insert(0, maybe_header(pt, d, 0.15))
        out.append("%s: %s\n\n" % (c(["REFERRING PHYSICIAN", "PRIMARY CARE PHYSICIAN", "REFERRED BY"]), req["full"]))
        dx = X(o["dx"])
        out.append("%s: %s.\n\n" % (c(["REASON FOR CONSULTATION", "REASON FOR REFERRAL", "CHIEF COMPLAINT"]), cap(c(["evaluation of %s" % dx, "second opinion regarding %s" % dx, "%s, management recommendations" % dx]))))
        bits = [X(b) for b in o["interval"]]
        h = ["I had the pleasure of seeing <pt> today in %s consultation at the request of %s. <He> is a <agestr> <man> referred for %s." % (spec, req["dr"], dx) if chance(0.5)
             else "<pt> is a <agestr> <man> seen in %s consultation for %s." % (spec, dx)]
        h.append("The history dates back {several months|about a year|two years|to {1998|2004|2011}}, and the patient now %s." % bits[0])
        for b in bits[1:]:
            h.append(c(["In addition, <he> %s." % b, "<He> also %s." % b, "On further questioning, <he> %s." % b]))
        h.append(c(["Prior treatment has included %s." % c(["physical therapy", "over-the-counter analgesics", "two different medications without lasting benefit", "lifestyle measures"]),
                    "There has been no prior specialty evaluation.", "Records from the referring office were reviewed in detail."]))
        out.append("HISTORY OF PRESENT ILLNESS:\n%s\n\n" % X(para(h), ctx))
        recs_pool = [X(x) for x in o["plan"]] + cs(CONSULT_RECS.get(spec, []), 1)
        labs = [X(x) for x in o["data"]]
        ab = {k: X(v) for k, v in o["exam"].items()}
        imp_main = dx
        vv = vitals()
    out.append("PAST MEDICAL HISTORY: %s.\n\n" % cap(join_and(pmh(None, R.randint(1, 4)))))
    if chance(0.6):
        out.append("PAST SURGICAL HISTORY: %s.\n\n" % cap(join_and(psh(pt, R.randint(1, 3)))))
    out.append("MEDICATIONS: %s.\n\n" % cap(", ".join(home_meds())))
    out.append("ALLERGIES: %s\n\n" % c(ALLERGIES))
    out.append("SOCIAL HISTORY: %s\n\n" % soc(pt))
    if chance(0.6):
        out.append("FAMILY HISTORY: %s\n\n" % fam())
    if chance(0.5):
        out.append("REVIEW OF SYSTEMS: %s\n\n" % X(c(["Pertinent positives are as noted above. A 14-point review of systems is otherwise negative.",
                                                      "Remainder of the review of systems is negative in detail.",
                                                      "Positive for {fatigue|insomnia|weight gain|joint aches}; otherwise negative."])))
    out.append("PHYSICAL EXAMINATION:\n%s\n\n" % exam("prose", ab, vv, pt["sex"]))
    if labs:
        out.append("%s:\n%s\n\n" % (c(["LABORATORY DATA", "DATA REVIEWED", "DIAGNOSTIC STUDIES", "PERTINENT RESULTS"]),
                                     para(["I have personally reviewed %s" % join_and(labs[:2])] + (["Other results show %s" % join_and(labs[2:])] if labs[2:] else []))))
    imp = X(c(["<agestr> <man> with %s." % imp_main,
               "In summary, this patient's presentation is consistent with %s. I agree with the working diagnosis." % imp_main,
               "%s. The clinical picture is typical, and I do not see evidence of an alternative process at this time." % cap(imp_main)]), ctx)
    out.append("%s:\n%s\n\n" % (c(["IMPRESSION", "ASSESSMENT", "IMPRESSION AND RECOMMENDATIONS"]), imp))
    recs = cs(recs_pool, min(len(recs_pool), R.randint(3, 6)))
    out.append("RECOMMENDATIONS:\n" + "\n".join("%d. %s." % (i + 1, cap(X(r_))) for i, r_ in enumerate(recs)) + "\n\n")
    out.append(X(c(["Thank you for allowing us to participate in the care of this patient. We will follow along with you.",
                    "Thank you for this interesting consultation. Please do not hesitate to call with any questions.",
                    "I appreciate the opportunity to see this patient and will continue to follow. The recommendations were discussed with the primary team.",
                    "We will sign off at this time; please reconsult if needed."])) + "\n")
    f = footer(d, cons, cc_prob=0.5)
    return "".join(out).rstrip() + ("\n\n" + f if f else "") + "\n"

# ---------------------------------------------------------------- emergency department

EDC = [
    dict(cc="right ankle injury", age=(12, 60), hpi=["inverted the right ankle stepping off a curb {this afternoon|last night|while playing basketball}", "able to bear weight with pain", "swelling over the lateral ankle"],
         exam={"EXTREMITIES": "swelling and tenderness over the anterior talofibular ligament, no bony tenderness at the posterior malleoli or base of the fifth metatarsal, neurovascularly intact distally"},
         work=["Ottawa ankle rules negative, no imaging indicated", "x-rays of the ankle without fracture"], course=["an air splint and crutches were provided", "ibuprofen was given"],
         dx="Right ankle sprain, lateral ligament complex", dispo="discharged home", rx=["ibuprofen 600 mg every 6 hours with food as needed"]),
    dict(cc="laceration of the left hand", age=(16, 70), hpi=["cut the palm of the left hand on a kitchen knife {one hour|two hours} ago", "bleeding controlled with pressure", "tetanus status unknown"],
         exam={"EXTREMITIES": "3.{2|5|8} cm linear laceration of the thenar eminence, no tendon exposure, full flexion and extension of all digits against resistance, two-point discrimination intact"},
         work=["x-ray without retained foreign body"], course=["the wound was anesthetized with 1% lidocaine, irrigated with 500 mL of saline, explored in a bloodless field and closed with {five|six|seven} 4-0 nylon simple interrupted sutures", "Tdap was given"],
         dx="Simple laceration, left palm, repaired", dispo="discharged home", rx=["suture removal in 10 to 14 days"]),
    dict(cc="chest pain", age=(30, 70), hpi=["intermittent sharp left-sided chest pain for two days, worse with deep breathing and palpation", "no exertional component", "no diaphoresis or radiation"],
         exam={"HEART": "regular rate and rhythm without murmur", "LUNGS": "clear", "EXTREMITIES": "reproducible tenderness at the left costochondral junctions"},
         work=["ECG with normal sinus rhythm and no ischemic changes", "two troponins negative three hours apart", "chest x-ray unremarkable", "HEART score of {2|3}"], course=["ketorolac 30 mg IM was given with relief"],
         dx="Atypical chest pain, likely costochondritis", dispo="discharged home", rx=["naproxen 500 mg twice daily with food for 7 days"]),
    dict(cc="headache", age=(18, 55), hpi=["gradual onset throbbing bifrontal headache with photophobia and nausea", "similar to prior migraines", "not thunderclap, no fever or neck stiffness"],
         exam={"NEUROLOGIC": "alert, cranial nerves intact, no meningismus, normal gait, fundi without papilledema"},
         work=["no imaging indicated given typical features and a normal examination"], course=["metoclopramide 10 mg IV, diphenhydramine 25 mg IV, ketorolac 15 mg IV and a liter of normal saline were given with headache resolved on reassessment"],
         dx="Migraine headache without aura", dispo="discharged home", rx=["sumatriptan 50 mg at onset, may repeat once in 2 hours"]),
    dict(cc="low back pain", age=(22, 65), hpi=["low back pain after lifting boxes at work {yesterday|two days ago}", "pain radiates to the buttock but not below the knee", "no bowel or bladder incontinence, saddle anesthesia or fever"],
         exam={"EXTREMITIES": "paraspinal muscle spasm and tenderness in the lumbar region", "NEUROLOGIC": "strength 5/5 in lower extremities, sensation intact, reflexes symmetric, negative straight leg raise"},
         work=["no imaging indicated"], course=["diazepam 5 mg and ibuprofen 800 mg orally were given"],
         dx="Acute lumbar strain", dispo="discharged home", rx=["cyclobenzaprine 5 mg at bedtime as needed", "ibuprofen 600 mg every 6 hours"]),
    dict(cc="allergic reaction", age=(5, 70), hpi=["hives and lip swelling {30|45} minutes after eating {shrimp|peanuts|a new medication}", "mild throat tightness", "no vomiting or syncope"],
         exam={"SKIN": "diffuse urticarial wheals over the trunk and arms", "HEENT": "mild upper lip angioedema, uvula midline, no stridor", "LUNGS": "clear without wheezing"},
         work=[], course=["epinephrine 0.3 mg IM, diphenhydramine 50 mg IV, famotidine 20 mg IV and methylprednisolone 125 mg IV were given", "the patient was observed for {four|six} hours with resolution of symptoms"],
         dx="Allergic reaction with angioedema", dispo="discharged home", rx=["epinephrine auto-injector 0.3 mg, two pack", "prednisone 40 mg daily for 4 days", "cetirizine 10 mg daily"]),
    dict(cc="ear pain and fever", age=(1, 8), hpi=["fever to {102|103} and tugging at the right ear for one day", "preceding cold symptoms", "eating and drinking less but making wet diapers"],
         exam={"HEENT": "right tympanic membrane bulging and erythematous with loss of landmarks, left TM normal, oropharynx clear"},
         work=[], course=["ibuprofen was given for fever with improvement in activity"],
         dx="Acute otitis media, right", dispo="discharged home with parent", rx=["amoxicillin 90 mg/kg/day divided twice daily for 10 days", "ibuprofen weight-based every 6 hours as needed"]),
    dict(cc="dysuria", age=(18, 60), sex="F", hpi=["burning with urination, frequency and suprapubic pressure for two days", "no fever, flank pain or vaginal discharge"],
         exam={"ABDOMEN": "mild suprapubic tenderness, no costovertebral angle tenderness"},
         work=["urinalysis with positive leukocyte esterase and nitrite", "urine pregnancy test negative"], course=["urine was sent for culture"],
         dx="Acute uncomplicated cystitis", dispo="discharged home", rx=["nitrofurantoin monohydrate/macrocrystals 100 mg twice daily for 5 days"]),
    dict(cc="fall with wrist pain", age=(40, 90), hpi=["slipped on ice and fell onto an outstretched right hand", "immediate wrist pain and deformity", "no head strike or loss of consciousness"],
         exam={"EXTREMITIES": "dorsal angulation of the distal right forearm with swelling, skin intact, radial pulse 2+, median nerve sensation intact"},
         work=["x-rays showing a dorsally angulated distal radius fracture"], course=["a hematoma block was performed and closed reduction achieved with improved alignment on post-reduction films", "a sugar-tong splint was applied"],
         dx="Closed distal radius fracture, right, reduced", dispo="discharged home", rx=["oxycodone/acetaminophen 5/325 every 6 hours as needed for 3 days", "orthopedic follow-up in 5 to 7 days"]),
    dict(cc="vomiting and diarrhea", age=(2, 80), hpi=["multiple episodes of nonbloody emesis and watery diarrhea since last night", "sick contacts at home", "mild crampy abdominal pain"],
         exam={"HEENT": "mucous membranes slightly dry", "ABDOMEN": "soft, mildly diffusely tender, no rebound, hyperactive bowel sounds"},
         work=["basic metabolic panel with bicarbonate of {19|21} and otherwise normal"], course=["ondansetron 4 mg IV and two liters of normal saline were given", "the patient passed an oral challenge"],
         dx="Acute viral gastroenteritis with mild dehydration", dispo="discharged home", rx=["ondansetron 4 mg ODT every 8 hours as needed"]),
    dict(cc="nosebleed", age=(20, 90), hpi=["left-sided nosebleed for {40|60|90} minutes not controlled with pinching", "takes aspirin daily", "no prior episodes"],
         exam={"HEENT": "active oozing from Kiesselbach's plexus on the left anterior septum, no posterior bleeding visualized"},
         work=["hemoglobin stable"], course=["oxymetazoline-soaked pledgets were placed with pressure for 15 minutes", "the bleeding site was cauterized with silver nitrate", "the patient was observed without recurrence"],
         dx="Anterior epistaxis, controlled", dispo="discharged home", rx=["saline nasal spray", "petroleum jelly to the nares twice daily"]),
    dict(cc="eye pain", age=(18, 60), hpi=["right eye pain, tearing and foreign body sensation after working under a car", "no vision loss", "wears no contact lenses"],
         exam={"HEENT": "visual acuity 20/20 bilaterally, right conjunctival injection, fluorescein uptake in a 2 mm linear corneal abrasion inferiorly, no foreign body on lid eversion, no Seidel sign"},
         work=[], course=["tetracaine was used for examination only"],
         dx="Corneal abrasion, right eye", dispo="discharged home", rx=["erythromycin ophthalmic ointment four times daily for 5 days"]),
    dict(cc="motor vehicle collision", age=(16, 70), hpi=["restrained driver in a rear-end collision at moderate speed", "airbags deployed", "neck pain and stiffness, ambulatory at the scene"],
         exam={"NECK": "paraspinal cervical tenderness without midline bony tenderness, full active range of motion", "ABDOMEN": "no seat belt sign, nontender"},
         work=["NEXUS criteria negative, imaging of the cervical spine not required", "FAST examination negative"], course=["acetaminophen and ibuprofen were given"],
         dx="Cervical strain following motor vehicle collision", dispo="discharged home", rx=["ibuprofen 400 mg every 6 hours as needed", "warm compresses"]),
    dict(cc="syncope", age=(16, 50), hpi=["brief loss of consciousness while standing in a hot church", "prodrome of warmth, nausea and tunnel vision", "witnessed without seizure activity, back to baseline within a minute"],
         exam={"HEART": "regular without murmur, no change with Valsalva", "NEUROLOGIC": "nonfocal"},
         work=["ECG with normal intervals and no pre-excitation", "orthostatic vital signs negative", "hemoglobin normal", "pregnancy test negative if applicable"], course=["oral hydration was encouraged"],
         dx="Vasovagal syncope", dispo="discharged home", rx=["increase fluid and salt intake"]),
]


def ed_note(idx):
    d = rand_date()
    dr = doctor()
    out = []
    out.append(maybe_title(c(["EMERGENCY DEPARTMENT REPORT", "EMERGENCY ROOM REPORT", "EMERGENCY DEPARTMENT RECORD", "ED PHYSICIAN NOTE", "EMERGENCY DEPARTMENT NOTE"]), 0.6))
    if chance(0.35):
        case = case_pick(lambda x: x["key"] not in ("hyst", "mdd"))
        pt = case_patient(case)
        ctx = dict(pt)
        e = dict(cc=case["cc"], hpi=case["hpi"], exam=case["exam"], work=case["labs"] + case["studies"], course=[case["tx"] + " {was|were} initiated", "%s was consulted" % case["svc"]],
                 dx=case["dx"], dispo="admitted to the %s service" % case["svc"], rx=[])
        vv = case_vitals(case)
    else:
        e = c(EDC)
        pt = patient(e["age"], e.get("sex"))
        ctx = dict(pt)
        vv = vitals()
    out.insert(0, maybe_header(pt, d, 0.2, ["TIME SEEN: %s" % tstr()]))
    out.append("CHIEF COMPLAINT: %s.\n\n" % cap(e["cc"]))
    bits = [X(b) for b in e["hpi"]]
    h = ["This is a <agestr> <man> who presents {by private vehicle|via EMS|ambulatory to triage|accompanied by family} with %s." % e["cc"], "<He> states that <he> %s." % bits[0] if not bits[0].startswith(("a ", "two", "three", "sudden", "severe", "progressive", "increased", "fever", "melena", "left", "right", "colicky", "substernal", "abrupt", "periumbilical", "crampy", "spreading", "rest", "mechanical", "found", "witnessed", "heavy", "five", "worsening", "intermittent", "gradual", "low", "hives", "burning", "brief", "restrained", "multiple", "cut", "inverted", "slipped")) else "<He> describes %s." % bits[0]]
    for b in bits[1:]:
        h.append(c(["<He> also notes %s." % b, "Associated with %s." % b, "Further history reveals %s." % b]))
    h.append(c(["Symptoms are rated {4|5|6|7|8}/10.", "No other complaints at this time.", "<He> has taken nothing for this prior to arrival.", "Nothing makes it better."]))
    out.append("HISTORY OF PRESENT ILLNESS:\n%s\n\n" % X(para(h), ctx))
    if chance(0.6):
        out.append("REVIEW OF SYSTEMS: %s\n\n" % c(["All other systems reviewed and negative.", "Negative except as in HPI.", "Ten systems reviewed; pertinent positives as above."]))
    out.append("PAST MEDICAL HISTORY: %s.\n" % cap(join_and(pmh(None, R.randint(0, 3)))))
    out.append("MEDICATIONS: %s.\n" % cap(", ".join(home_meds(None, R.randint(0, 4))) or "None"))
    out.append("ALLERGIES: %s\n" % c(ALLERGIES))
    out.append("SOCIAL HISTORY: %s\n\n" % X(c(SOCIAL[1:]), ctx))
    out.append("PHYSICAL EXAMINATION:\n%s\n\n" % exam("ed", {k: X(v) for k, v in e["exam"].items()}, vv, pt["sex"]))
    work = [X(w) for w in e["work"]]
    course = [X(w) for w in e["course"]]
    mdm = []
    if work:
        mdm.append("Workup in the department showed %s." % join_and(work))
    mdm.append(X(c(["The differential diagnosis included %s; the history and examination are most consistent with %s." % (
        join_and(cs(["musculoskeletal pain", "fracture", "acute coronary syndrome", "pulmonary embolism", "infection", "dehydration", "intracranial process", "obstruction", "medication side effect"], 3)), e["dx"].lower()),
        "Given the findings, the presentation is most consistent with %s." % e["dx"].lower(),
        "I considered more serious etiologies but these are felt unlikely based on the evaluation."])))
    for cc_ in course:
        mdm.append(cap(cc_) + ".")
    mdm.append(X(c(["On reassessment the patient was {resting comfortably|improved|feeling much better}.", "The patient remained hemodynamically stable throughout the stay.", "Repeat examination was unchanged."])))
    out.append("%s:\n%s\n\n" % (c(["EMERGENCY DEPARTMENT COURSE", "ED COURSE", "MEDICAL DECISION MAKING", "ED COURSE AND MEDICAL DECISION MAKING"]), X(" ".join(mdm), ctx)))
    out.append("%s: %s.\n\n" % (c(["DIAGNOSIS", "CLINICAL IMPRESSION", "FINAL DIAGNOSIS", "ASSESSMENT"]), cap(e["dx"])))
    disp = "The patient was %s in %s condition." % (e["dispo"], c(["stable", "good", "improved", "fair"]))
    if e["rx"]:
        disp += " Prescriptions: %s." % "; ".join(X(r_) for r_ in e["rx"])
    if "discharged" in e["dispo"]:
        disp += " " + X(c(["Return precautions were given for worsening symptoms, fever or any new concerns.", "Follow up with primary care physician in {2-3|3-5} days.", "Instructed to return immediately for any worsening."]))
    out.append("DISPOSITION: %s\n" % disp)
    f = footer(d, dr, cc_prob=0.25)
    return "".join(out).rstrip() + ("\n\n" + f if f else "") + "\n"

# ---------------------------------------------------------------- transfer summary

def transfer_summary(idx):
    case = case_pick()
    pt = case_patient(case)
    ctx = dict(pt)
    adm, d, los = cur_date_pair()
    dr = doctor()
    acc = doctor()
    kind = c(["interfacility", "icu_floor", "rehab", "snf"])
    dest = {"interfacility": "%s" % hospital(), "icu_floor": c(["the medical floor", "the step-down unit", "the telemetry unit"]),
            "rehab": "%s Rehabilitation Hospital" % c(HOSP_A), "snf": "%s %s" % (c(HOSP_A), c(["Nursing and Rehabilitation Center", "Care Center", "Skilled Nursing Facility"]))}[kind]
    reason = {"interfacility": "need for %s not available at this facility" % c(["interventional cardiology", "neurosurgical evaluation", "tertiary care", "a higher level of care", "pediatric intensive care"]),
              "icu_floor": "clinical improvement no longer requiring intensive care monitoring",
              "rehab": "functional deficits requiring intensive multidisciplinary rehabilitation",
              "snf": "ongoing skilled nursing and therapy needs"}[kind]
    out = [maybe_header(pt, d, 0.2)]
    out.append(maybe_title(c(["TRANSFER SUMMARY", "INTERFACILITY TRANSFER SUMMARY" if kind == "interfacility" else "TRANSFER NOTE", "TRANSFER OF CARE SUMMARY"]), 0.6))
    out.append("DATE OF ADMISSION: %s\nDATE OF TRANSFER: %s\n\n" % (fd(adm, "us"), fd(d, "us")))
    out.append("TRANSFERRING TO: %s\n" % dest)
    out.append("ACCEPTING PHYSICIAN: %s\n\n" % acc["full"])
    out.append("REASON FOR TRANSFER: %s.\n\n" % cap(reason))
    out.append("DIAGNOSES:\n1. %s.\n" % cap(case["dx"]) + "".join("%d. %s.\n" % (i + 2, cap(x)) for i, x in enumerate(pmh(case, R.randint(0, 2))[:4])) + "\n")
    h = ["<pt> is a <agestr> <man> who presented to our facility on %s with %s." % (fd(adm, "long"), case["cc"]),
         "<He> was found to have %s, and the evaluation revealed %s." % (case["dx"], join_and([X(x) for x in case["labs"][:2]])),
         "Treatment was initiated with %s." % case["tx"]]
    out.append("HISTORY AND COURSE AT THIS FACILITY:\n%s\n\n" % X(para(h), ctx))
    ev = [X(x) for x in case["course"]]
    tl = []
    for i, x in enumerate(ev):
        dd = adm + datetime.timedelta(days=min(los - 1, i))
        tl.append("%s: The patient %s." % (fd(dd, "short"), x))
    out.append("%s\n\n" % "\n".join(tl) if chance(0.5) else "%s\n\n" % " ".join(X("{Thereafter|Then|Next}, <he> ", ctx) + x + "." for x in ev))
    v = case_vitals(case)
    out.append("CURRENT STATUS AT TIME OF TRANSFER:\n%s %s %s\n\n" % (vitals_line(v, 0),
               X(c(["<He> is alert and oriented and able to follow commands.", "Mental status is at baseline per family.", "<He> is drowsy but arousable and protecting <his> airway."]), ctx),
               X(c(["Pain is controlled on the current regimen.", "<He> is tolerating a diet.", "Skin is intact without pressure injury.", "Foley catheter removed and voiding."]), ctx)))
    out.append("LINES/TUBES/DRAINS: %s.\n\n" % X(c(["Peripheral IV, right forearm, 20 gauge, placed {2|3} days ago", "Right PICC line", "None", "Peripheral IVs times two; Foley catheter",
                                                    "Right internal jugular central line, day {3|4}"])))
    out.append("CURRENT MEDICATIONS:\n" + "".join("%d. %s\n" % (i + 1, cap(m)) for i, m in enumerate(case["meds"] + home_meds(None, R.randint(0, 3)))) + "\n")
    out.append("ALLERGIES: %s\n\n" % c(ALLERGIES))
    out.append("CODE STATUS: %s\n\n" % c(["Full code.", "DNR/DNI.", "Full code, confirmed with patient.", "DNR, OK to intubate.", "Comfort-focused care discussed; remains full code for now."]))
    if chance(0.6):
        out.append("ISOLATION: %s\n\n" % c(["None.", "Contact precautions for MRSA.", "Droplet precautions.", "None required."]))
    out.append("%s: %s\n" % (c(["PLAN / RECOMMENDATIONS FOR RECEIVING TEAM", "RECOMMENDATIONS", "PENDING ISSUES"]),
                               X(c(["Please continue current medications and follow up pending %s. Physician-to-physician report was given to %s at %s." % (c(["blood cultures", "pathology", "echocardiogram", "final radiology read"]), acc["dr"], tstr()),
                                    "Continue physical and occupational therapy daily, monitor labs twice weekly, and follow up with %s in {two|four} weeks. Report called to the receiving nurse." % case["fu"],
                                    "Transport by {ALS ambulance|BLS ambulance|critical care transport|wheelchair van} with %s. Records, imaging on disc and medication administration record sent with the patient." % c(["cardiac monitoring", "oxygen", "nurse escort"])]), ctx)))
    f = footer(d, dr, cc_prob=0.4)
    return "".join(out).rstrip() + ("\n\n" + f if f else "") + "\n"

# ---------------------------------------------------------------- nursing

def nursing_note(idx):
    case = case_pick()
    pt = case_patient(case)
    ctx = dict(pt)
    d = rand_date()
    rn = "%s %s, %s" % (c(FIRST_F + FIRST_M), surname(), c(["RN", "RN", "LPN", "RN, BSN"]))
    v = case_vitals(case)
    style = R.randint(0, 2)
    out = []
    out.append(maybe_title(c(["NURSING NOTE", "NURSING PROGRESS NOTE", "SHIFT ASSESSMENT", "NURSING ADMISSION ASSESSMENT", "NURSES NOTES"]), 0.6))
    if style == 0:
        t0 = R.choice([7, 19])
        entries = []
        entries.append("%02d00 Received report from %s shift nurse. Patient %s, call light within reach, bed in low position." % (t0, "night" if t0 == 7 else "day", c(["awake and resting in bed", "asleep in bed, easily aroused", "sitting up in chair"])))
        entries.append(X("%02d30 Assessment completed. %s. Lungs %s. Abdomen %s. %s. Skin %s. Pain %s/10 %s." % (
            t0, c(["Alert and oriented x3", "Alert, oriented to person and place", "Lethargic but follows commands"]),
            c(["clear bilaterally", "with crackles at the bases", "diminished in bases", "with scattered expiratory wheezes"]),
            c(["soft, bowel sounds active", "soft, mildly distended, BS hypoactive", "nontender"]),
            c(["Pedal pulses palpable", "Trace edema bilateral ankles", "Extremities warm"]),
            c(["warm, dry and intact", "intact, heels offloaded", "with stage 1 redness to coccyx, barrier cream applied"]),
            R.randint(0, 8), c(["at incision", "generalized", "", "to chest", "to back"]))))
        entries.append("%02d00 VS: %s." % (t0 + 1, vitals_line(v, 1)))
        entries.append(X("%02d15 Medicated per MAR with {acetaminophen 650 mg PO|oxycodone 5 mg PO|morphine 2 mg IV|hydromorphone 0.5 mg IV} for pain of {5|6|7}/10." % (t0 + 1)))
        entries.append(X("%02d00 Pain reassessed, now {2|3}/10. Repositioned to {left|right} side. Tolerating {clear liquids|regular diet|sips of water}." % (t0 + 2)))
        entries.append(X("%02d30 Up to {bathroom|chair} with assist of one{ and walker|}. Tolerated well. Voided {250|300|400} mL {clear yellow|amber} urine." % (t0 + 3)))
        entries.append(X("%02d00 {Dr. %s notified of %s; new orders received and carried out.|Family at bedside, updated on plan of care.|IV site without redness or swelling, flushed without difficulty.}" % (t0 + 5, surname(), c(["low urine output", "blood pressure 168/94", "temperature 100.9", "potassium 3.2"]))))
        entries.append(X("%02d45 Patient resting quietly with eyes closed, respirations even and unlabored. Safety precautions maintained. Will continue to monitor." % (t0 + 6)))
        entries.append(X("%02d00 Report given to oncoming nurse at bedside." % ((t0 + 12) % 24)))
        out.append("DATE: %s\n\n" % fd(d, "us") if chance(0.6) else "")
        out.append("\n".join(entries) + "\n")
    elif style == 1:
        out.append("SITUATION: %s\n\n" % X("<agestr> <man>, hospital day {2|3|4}, admitted with %s." % case["dx"], ctx))
        out.append("BACKGROUND: %s\n\n" % X("History of %s. Allergies: %s Code status: {full code|DNR/DNI}. Treatment has included %s." % (join_and(pmh(case, 0)), c(ALLERGIES), case["tx"]), ctx))
        out.append("ASSESSMENT: %s\n\n" % X("Vital signs %s. %s. Patient %s. %s. Intake {900|1400|1800} mL, output {700|1100|2200} mL this shift. Fall risk score {35|45|55}, Braden {15|17|19}." % (
            vitals_line(v, 1), cap(c(list(case["exam"].values()))), c(["reports feeling better", "is anxious about discharge", "slept poorly", "ambulated in hall twice"]),
            c(["IV patent and infusing", "Saline lock intact", "Telemetry showing sinus rhythm"])), ctx))
        out.append("RECOMMENDATION: %s\n" % X(c(["Continue to monitor pain and respiratory status. Morning labs drawn. Reinforce teaching on %s." % c(["incentive spirometry", "low-sodium diet", "insulin administration", "fall precautions"]),
                                                  "Please follow up on pending {cultures|imaging|consult recommendations}. Encourage ambulation and oral intake.",
                                                  "Continue plan of care; anticipate discharge {tomorrow|in 48 hours}. Case management aware."])))
    else:
        out.append(X("D: Patient admitted to unit {4 West|3 North|5 South|the surgical floor} from {the ED|PACU|the ICU} at %s via stretcher with diagnosis of %s. %s Vital signs %s. %s %s\n\n" % (
            tstr(), case["dx"], cap(c(list(case["exam"].values()))) + ".", vitals_line(v, 1), "Patient rates pain {3|5|6}/10.", "Skin assessment completed with {no breakdown noted|stage 2 pressure injury to sacrum measuring 2 x 1.5 cm}."), ctx))
        out.append(X("A: Oriented to room, call light and bed controls. Admission database completed and home medications reconciled with pharmacy. IV of {lactated Ringer's|normal saline|D5 1/2 NS} at {75|100|125} mL/hr infusing to right forearm. Fall precautions initiated including bed alarm and nonskid socks. {Sequential compression devices applied.|Incentive spirometer taught with return demonstration to 1250 mL.} Medicated for pain per orders.\n\n"))
        out.append(X("R: Patient verbalizes understanding of plan of care and how to call for assistance. {Family at bedside and supportive.|Resting comfortably at end of shift.} Pain decreased to {2|3}/10 on reassessment one hour after medication. Will continue to monitor.\n"))
    out.append("\n%s\n" % rn)
    return "".join(out).rstrip() + "\n"

# ---------------------------------------------------------------- correspondence and referrals

def letter_head(d):
    if chance(0.35):
        a1, a2 = address()
        return "%s\n%s\n%s\n%s\n\n" % (c([hospital(), "%s %s" % (c(HOSP_A), c(["Cardiology Associates", "Orthopedic Group", "Family Medicine", "Surgical Specialists", "Neurology Clinic", "Pulmonary and Sleep Medicine", "Dermatology PC"]))]), a1, a2, phone())
    return ""


def correspondence(idx):
    d = rand_date()
    me = doctor()
    to = doctor()
    kind = c(["clinic_letter", "clinic_letter", "results_patient", "hospital_followup", "to_whom", "missed"])
    out = [letter_head(d), fd(d, "long") + "\n\n"]
    if kind == "clinic_letter":
        o = c(OUTPT)
        pt = patient(o["age"], o.get("sex"))
        ctx = dict(pt)
        a1, a2 = address()
        out.append("%s\n%s\n%s\n\n" % (to["full"], a1, a2))
        out.append("RE: %s\nDOB: %s\n\n" % (pt["name"], fd(dob_for(pt["age"], d), "us")))
        out.append("Dear %s:\n\n" % to["dr"])
        dx = X(o["dx"])
        p1 = X(c(["I had the pleasure of seeing your patient, <pt>, in follow-up in the %s on %s for %s." % (o["clinic"], fd(d, "long"), dx),
                  "I saw <pt> again today regarding %s, and I wanted to update you on <his> progress." % dx,
                  "Thank you for allowing me to share in the care of <pt>, whom I saw today for %s." % dx]), ctx)
        bits = [X(b) for b in o["interval"]]
        p1 += " " + X(para(["As you know, <he> %s" % bits[0]] + ["<He> %s" % b for b in bits[1:]]), ctx)
        out.append(p1 + "\n\n")
        ex = "; ".join(X(v) for v in o["exam"].values())
        out.append(X("On examination today, %s. %s\n\n" % (ex, ("Recent studies show %s." % join_and([X(x) for x in o["data"]])) if o["data"] else ""), ctx))
        pl = [X(x) for x in cs(o["plan"], R.randint(2, len(o["plan"])))]
        out.append(X("My impression is that <his> %s is %s. We have decided to %s. %s\n\n" % (dx, c(["reasonably well controlled", "not yet at goal", "stable", "improving"]), join_and(pl),
                                                                                              c(["I will see <him> back in {three|four|six} months, sooner if needed.", "I have asked <him> to return in {six|eight} weeks.", "I will continue to see <him> periodically."])), ctx))
        out.append("Thank you again for this kind referral. Please do not hesitate to contact me if you have any questions.\n\n")
    elif kind == "results_patient":
        pt = patient((25, 85))
        ctx = dict(pt)
        a1, a2 = address()
        out.append("%s\n%s\n%s\n\n" % (pt["name"], a1, a2))
        out.append("Dear %s:\n\n" % pt["title"])
        test = c(["colonoscopy biopsies", "recent blood work", "mammogram", "bone density test", "skin biopsy", "cholesterol panel", "thyroid ultrasound"])
        out.append(X("I am writing to let you know the results of your %s performed on %s. %s\n\n" % (test, fd(d - datetime.timedelta(days=R.randint(5, 20)), "long"),
                     c(["I am pleased to tell you that the results were normal, and no further testing is needed at this time.",
                        "The results showed {a small benign polyp|a mildly elevated LDL cholesterol of 148|a low vitamin D level|mild thinning of the bones (osteopenia)}. This is not serious, but I would like you to {start a daily supplement|repeat the test in one year|make a few changes in your diet and exercise}.",
                        "The findings were benign, meaning there is no sign of cancer."])), ctx))
        out.append(X("{Please call my office at %s if you have questions.|If you have any questions, please feel free to call our nurse.|A copy of the report has been sent to your primary care doctor.} We look forward to seeing you at your next scheduled visit.\n\n" % phone()))
    elif kind == "hospital_followup":
        case = case_pick()
        pt = case_patient(case)
        ctx = dict(pt)
        out.append("%s\n\n" % to["full"])
        out.append("RE: %s\n\n" % pt["name"])
        out.append("Dear %s:\n\n" % to["first"] if chance(0.3) else "Dear %s:\n\n" % to["dr"])
        out.append(X("I wanted to let you know that our mutual patient, <pt>, was recently hospitalized at %s from %s to %s with %s. " % (hospital(), fd(d - datetime.timedelta(days=R.randint(4, 10)), "long"), fd(d - datetime.timedelta(days=R.randint(1, 3)), "long"), case["dx"]), ctx))
        out.append(X("<He> was treated with %s%s and improved steadily. " % (case["tx"], (" and underwent %s" % X(case["proc"])) if case["proc"] else ""), ctx))
        out.append(X("Notable results during the stay included %s.\n\n" % join_and([X(x) for x in case["labs"][:2]]), ctx))
        out.append(X("<He> was discharged on %s. I would be grateful if you could see <him> within the next one to two weeks to check %s and review <his> medications.\n\n" % (
            join_and(case["meds"][:4]), c(["a basic metabolic panel", "a CBC", "blood pressure and volume status", "wound healing"])), ctx))
        out.append("Please feel free to call me with any questions.\n\n")
    elif kind == "to_whom":
        pt = patient((18, 65))
        ctx = dict(pt)
        out.append("RE: %s    DOB: %s\n\n" % (pt["name"], fd(dob_for(pt["age"], d), "us")))
        out.append("To Whom It May Concern:\n\n")
        cond = c(["a lumbar disc herniation", "recurrent major depressive disorder", "a medial meniscus tear of the knee", "seropositive rheumatoid arthritis", "community-acquired pneumonia", "multiple sclerosis"])
        out.append(X(c(["<pt> has been under my care for %s. <He> was unable to work from %s through %s because of this condition and may return to work on %s{ without restrictions| with no lifting greater than 20 pounds for four weeks}." % (cond, fd(d - datetime.timedelta(days=21), "long"), fd(d - datetime.timedelta(days=1), "long"), fd(d, "long")),
                        "This letter confirms that <pt> is a patient in my practice with %s. Because of this condition, <he> requires {reasonable accommodation including frequent breaks|a ground-floor work station|a flexible schedule for medical appointments}." % cond]), ctx) + "\n\n")
        out.append("If further information is required, please contact my office with the patient's written authorization.\n\n")
    else:
        pt = patient((18, 85))
        ctx = dict(pt)
        a1, a2 = address()
        out.append("%s\n%s\n%s\n\n" % (pt["name"], a1, a2))
        out.append("Dear %s:\n\n" % pt["title"])
        out.append(X("Our records indicate that you missed your scheduled appointment{s| on %s}. It is important that you continue follow-up for {your heart condition|your diabetes|your medication refills|your abnormal test results}. Please call our office at %s to reschedule at your earliest convenience.\n\n" % (fd(d - datetime.timedelta(days=R.randint(3, 30)), "long"), phone()), ctx))
        out.append("If you have chosen to receive care elsewhere, please let us know so that we can forward your records.\n\n")
    out.append("%s\n\n\n%s\n" % (c(["Sincerely,", "Sincerely yours,", "Best regards,", "Yours truly,", "With kind regards,"]), me["full"]))
    if chance(0.3):
        out.append("\n" + c(["%s/%s" % ("".join(w[0] for w in me["name"].split()), "".join(c("abcdefghjkmnpr") for _ in range(2))), "Dictated but not read"]) + "\n")
    if chance(0.35):
        out.append("\ncc: %s\n" % doctor()["full"])
    return "".join(out).rstrip() + "\n"


REF_REASONS = [("cardiology", "evaluation of exertional chest pressure and an abnormal ECG"), ("gastroenterology", "screening colonoscopy with a family history of colon cancer"),
               ("orthopedic surgery", "persistent right shoulder pain with suspected rotator cuff tear"), ("neurology", "new-onset tremor and gait change"),
               ("nephrology", "progressive chronic kidney disease with proteinuria"), ("endocrinology", "poorly controlled type 2 diabetes despite three agents"),
               ("dermatology", "a changing pigmented lesion on the back"), ("pulmonology", "chronic cough and abnormal pulmonary function tests"),
               ("sleep medicine", "loud snoring, witnessed apneas and daytime somnolence"), ("urology", "microscopic hematuria"), ("otolaryngology", "unilateral hearing loss and tinnitus"),
               ("rheumatology", "inflammatory polyarthritis with positive rheumatoid factor"), ("pain management", "chronic lumbar radicular pain refractory to physical therapy"),
               ("podiatry", "painful bunion and diabetic foot care"), ("psychiatry", "treatment-resistant depression"), ("ophthalmology", "diabetic retinopathy screening with blurred vision"),
               ("vascular surgery", "a 4.6 cm abdominal aortic aneurysm on screening ultrasound"), ("hematology", "persistent thrombocytopenia"), ("general surgery", "symptomatic umbilical hernia"),
               ("gynecology", "postmenopausal bleeding"), ("plastic surgery", "symptomatic macromastia"), ("allergy", "recurrent urticaria")]


def referral_letter(idx):
    d = rand_date()
    me = doctor()
    to = doctor()
    spec, reason = c(REF_REASONS)
    sex = "F" if spec in ("gynecology", "plastic surgery") else None
    pt = patient((18, 85), sex)
    ctx = dict(pt)
    out = [letter_head(d)]
    if chance(0.35):
        out.append(c(["REFERRAL", "REFERRAL LETTER", "REQUEST FOR CONSULTATION"]) + "\n\n")
    out.append(fd(d, "long") + "\n\n")
    out.append("%s\n%s\n\n" % (to["full"], c(["Department of %s" % spec.title(), "%s Associates" % spec.title(), address()[0] + "\n" + address()[1]])))
    out.append("RE: %s\nDOB: %s\n%s\n\n" % (pt["name"], fd(dob_for(pt["age"], d), "us"), ("Insurance: %s" % c(["Medicare", "Blue Shield of Nowhere PPO", "Acme Health HMO", "Medicaid"])) if chance(0.4) else ""))
    out.append("Dear %s:\n\n" % to["dr"])
    out.append(X(c(["I am writing to refer <pt>, a <agestr> <man>, for %s." % reason,
                    "I would appreciate your seeing <pt>, a <agestr> patient of mine, for %s." % reason,
                    "Thank you for agreeing to see <pt> in %s consultation for %s." % (spec, reason)]), ctx) + " ")
    hx = X(c(["<He> first noticed symptoms about {three|six|nine} months ago and they have progressed despite %s." % c(["conservative measures", "a trial of medication", "physical therapy", "lifestyle modification"]),
              "This was detected on routine evaluation in my office and <he> is {asymptomatic|mildly symptomatic}.",
              "<He> has been followed in my practice for several years and this is a new problem."]), ctx)
    out.append(hx + " " + X(c(["Workup to date has included %s." % c(["basic laboratory studies, which were unremarkable apart from a mildly elevated glucose", "plain films, which I have enclosed", "an ECG and basic metabolic panel", "a CBC showing a platelet count of 88,000", "urinalysis with 10 to 20 red cells per high-power field on two occasions"]),
                                       "No imaging has been obtained yet, as I wanted to defer to your judgment."]), ctx) + "\n\n")
    out.append("<His> past medical history is significant for %s. Current medications are %s. <He> has %s.\n\n".replace("<His>", pt["His"]).replace("<He>", pt["He"]) % (
        join_and(pmh(None, R.randint(1, 4))), join_and(home_meds(None, R.randint(1, 5))), c(["no known drug allergies", "an allergy to penicillin", "a sulfa allergy", "intolerance to codeine"])))
    out.append(X(c(["Specifically, I would value your opinion regarding further diagnostic testing and whether <he> is a candidate for {surgery|procedural intervention|specialty treatment}.",
                    "I would appreciate your assessment and management recommendations, and I am happy to continue co-managing <him> afterward.",
                    "Please evaluate and treat as you see fit."]), ctx) + " " + c(["Relevant records are enclosed.", "Recent laboratory results and office notes are attached.", "The patient is aware of the referral and will call to schedule.", ""]) + "\n\n")
    out.append("Thank you for your assistance in the care of this patient.\n\n")
    out.append("%s\n\n\n%s\n" % (c(["Sincerely,", "Sincerely yours,", "Kind regards,"]), me["full"]))
    if chance(0.4):
        out.append("%s\n" % c(["Family Medicine", "Internal Medicine", "Primary Care", "Pediatrics" if pt["age"] < 18 else "Family Practice"]))
    if chance(0.3):
        out.append("\nEnclosures\n")
    return "".join(out).rstrip() + "\n"

# ---------------------------------------------------------------- forms and short types

RX_DRUGS = [("Amoxicillin", "500 mg capsule", "1 capsule by mouth three times daily for 10 days", "#30"), ("Lisinopril", "10 mg tablet", "1 tablet by mouth daily", "#90"),
            ("Metformin", "500 mg tablet", "1 tablet by mouth twice daily with meals", "#180"), ("Atorvastatin", "40 mg tablet", "1 tablet by mouth at bedtime", "#90"),
            ("Hydrocodone/acetaminophen", "5/325 mg tablet", "1 tablet by mouth every 6 hours as needed for pain", "#12 (twelve)"), ("Azithromycin", "250 mg tablet", "2 tablets day 1, then 1 tablet daily days 2-5", "#6"),
            ("Prednisone", "20 mg tablet", "2 tablets by mouth daily for 5 days", "#10"), ("Albuterol HFA", "90 mcg/actuation inhaler", "2 puffs every 4-6 hours as needed for wheezing", "1 inhaler"),
            ("Sertraline", "50 mg tablet", "1 tablet by mouth daily", "#30"), ("Cephalexin", "500 mg capsule", "1 capsule by mouth four times daily for 7 days", "#28"),
            ("Ondansetron ODT", "4 mg tablet", "1 tablet dissolved on tongue every 8 hours as needed for nausea", "#12"), ("Levothyroxine", "75 mcg tablet", "1 tablet by mouth every morning on an empty stomach", "#90"),
            ("Furosemide", "40 mg tablet", "1 tablet by mouth daily", "#30"), ("Gabapentin", "300 mg capsule", "1 capsule by mouth three times daily", "#90"),
            ("Ibuprofen", "600 mg tablet", "1 tablet by mouth every 6 hours with food as needed", "#40"), ("Clopidogrel", "75 mg tablet", "1 tablet by mouth daily", "#90"),
            ("Tamsulosin", "0.4 mg capsule", "1 capsule by mouth 30 minutes after the same meal daily", "#30"), ("Nitrofurantoin", "100 mg capsule", "1 capsule by mouth twice daily for 5 days", "#10"),
            ("Fluticasone nasal", "50 mcg spray", "2 sprays each nostril daily", "1 bottle"), ("Triamcinolone 0.1% cream", "80 g tube", "apply thin layer to affected area twice daily", "1 tube"),
            ("Latanoprost 0.005%", "ophthalmic solution 2.5 mL", "1 drop in each eye at bedtime", "1 bottle"), ("Apixaban", "5 mg tablet", "1 tablet by mouth twice daily", "#60")]


def prescription(idx):
    d = rand_date()
    dr = doctor()
    pt = patient((1, 92))
    a1, a2 = address()
    out = []
    out.append("%s\n%s\n%s   Tel %s\n" % (dr["full"], c([hospital(), "%s Family Practice" % c(HOSP_A), "%s Medical Group" % c(HOSP_A)]), a2, phone()))
    out.append("DEA# %s%s%07d   NPI %010d\n\n" % (c("ABFM"), dr["last"][0], R.randint(0, 9999999), R.randint(1000000000, 1999999999)) if chance(0.7) else "\n")
    out.append("Name: %s        Date: %s\nAddress: %s, %s\nDOB: %s   Age: %d\n\n" % (pt["name"], fd(d, "us"), a1, a2, fd(dob_for(pt["age"], d), "us"), pt["age"]))
    n = R.randint(1, 3)
    for drug, form, sig, disp in cs(RX_DRUGS, n):
        out.append("Rx  %s %s\n    Sig: %s\n    Disp: %s\n    Refills: %s\n\n" % (drug, form, sig, disp, c(["0", "1", "2", "3", "5", "None", "PRN x 1 year"])))
    out.append("%s\n\n" % c(["Substitution permitted", "Dispense as written", "Generic substitution allowed", "[ ] Do not substitute"]))
    out.append("_________________________ %s\n" % dr["full"])
    return "".join(out).rstrip() + "\n"


def medication_list(idx):
    d = rand_date()
    pt = patient((20, 95))
    out = []
    out.append(c(["MEDICATION LIST", "MEDICATION RECONCILIATION", "DISCHARGE MEDICATION RECONCILIATION", "CURRENT MEDICATIONS", "HOME MEDICATION LIST"]) + "\n")
    out.append("Patient: %s    MRN: %s    Date: %s\n" % (pt["name"], pt["mrn"], fd(d, "us")))
    out.append("Allergies: %s\n\n" % c(ALLERGIES))
    meds = cs(HOME_MEDS, R.randint(4, 12))
    recon = chance(0.5)
    if recon:
        out.append("%-44s %-14s %s\n" % ("Medication / Dose / Frequency", "Action", "Comments"))
        for m in meds:
            out.append("%-44s %-14s %s\n" % (cap(m), c(["Continue", "Continue", "Continue", "Hold", "Discontinue", "Change dose", "New"]), c(["", "", "last dose this AM", "per cardiology", "taking differently than prescribed", "patient unsure of dose", ""])))
    else:
        for i, m in enumerate(meds):
            out.append("%d. %s%s\n" % (i + 1, cap(m), c(["", "", " - for %s" % c(["blood pressure", "cholesterol", "sugar", "thyroid", "mood", "stomach", "pain", "sleep"])])))
        if chance(0.5):
            out.append("\nOver-the-counter / supplements: %s\n" % c(["fish oil, vitamin C", "none", "glucosamine, melatonin", "ibuprofen as needed", "calcium with vitamin D"]))
    out.append("\n%s\n" % c(["Reconciled by: %s %s, RN" % (c(FIRST_F), surname()), "Reviewed with patient and pharmacy fill history.", "Source: patient, family and pharmacy list", "Pharmacist: %s %s, PharmD" % (c(DR_FIRST), surname())]))
    return "".join(out).rstrip() + "\n"


CONSENT_PROCS = [("laparoscopic cholecystectomy, possible open", "bleeding, infection, bile leak, injury to the bile duct, bowel or blood vessels, hernia, conversion to an open operation"),
                 ("right total knee arthroplasty", "bleeding, infection, blood clots, nerve or vessel injury, stiffness, loosening or wear of the implant, need for revision"),
                 ("colonoscopy with possible biopsy and polypectomy", "bleeding, perforation, missed lesions, reaction to sedation"),
                 ("cardiac catheterization with possible angioplasty and stent", "bleeding at the access site, kidney injury from contrast, heart attack, stroke, arrhythmia, emergency surgery, death"),
                 ("transfusion of blood and blood products", "fever, allergic reaction, hemolytic reaction, fluid overload, transmission of infection (rare)"),
                 ("cesarean section", "bleeding requiring transfusion, infection, injury to bladder or bowel, blood clots, hysterectomy"),
                 ("moderate sedation", "breathing problems, low blood pressure, allergic reaction, aspiration"),
                 ("tonsillectomy and adenoidectomy", "bleeding up to two weeks after surgery, dehydration, voice change, dental injury"),
                 ("lumbar epidural steroid injection", "headache, infection, bleeding, nerve injury, temporary numbness or weakness, elevated blood sugar"),
                 ("cataract extraction with lens implant", "infection, bleeding, retinal detachment, increased eye pressure, need for additional surgery, loss of vision")]


def consent_form(idx):
    d = rand_date()
    pt = patient((18, 90))
    dr = doctor()
    proc, risks = c(CONSENT_PROCS)
    out = []
    out.append("%s\n%s\n\n" % (hospital().upper() if chance(0.6) else "", c(["INFORMED CONSENT FOR PROCEDURE", "CONSENT TO OPERATION OR PROCEDURE", "AUTHORIZATION FOR SURGICAL AND MEDICAL PROCEDURES", "INFORMED CONSENT"])))
    out.append("Patient: %s    MRN: %s    Date: %s\n\n" % (pt["name"], pt["mrn"], fd(d, "us")))
    out.append("1. I hereby authorize %s and such assistants as may be selected to perform the following procedure: %s.\n\n" % (dr["full"], proc.upper() if chance(0.5) else proc))
    out.append("2. The nature and purpose of the procedure, the expected benefits, and the reasonable alternatives (including no treatment) have been explained to me.\n\n")
    out.append("3. I understand that risks include, but are not limited to: %s. No guarantee has been made as to the results.\n\n" % risks)
    out.append("4. I consent to the administration of anesthesia or sedation as deemed necessary, and to the disposal of any tissue removed.\n\n")
    if chance(0.6):
        out.append("5. I %s consent to the transfusion of blood or blood products if deemed necessary. ____ (initial)\n\n" % c(["DO", "DO NOT"]))
    out.append("I have read this form or had it read to me, I have had the opportunity to ask questions, and all my questions have been answered.\n\n")
    out.append("Patient/Legal representative signature: ______________________  Date/Time: %s %s\n" % (fd(d, "us"), tstr()))
    if chance(0.4):
        out.append("Relationship if not patient: %s\n" % c(["spouse", "daughter", "son", "health care agent", "parent"]))
    out.append("Witness: ______________________ %s %s, RN\n" % (c(FIRST_F), surname()))
    out.append("Physician statement: I have explained the procedure, risks, benefits and alternatives to the patient.  ______________ %s\n" % dr["full"])
    if chance(0.3):
        out.append("Interpreter used: %s\n" % c(["Spanish, ID #%d" % R.randint(1000, 9999), "None", "Vietnamese via telephone"]))
    return "".join(out).lstrip().rstrip() + "\n"


def advance_directive(idx):
    d = rand_date()
    pt = patient((40, 98))
    agent = "%s %s" % (c(FIRST_F + FIRST_M), pt["last"] if chance(0.6) else surname())
    kind = c(["living", "proxy", "polst", "dnr"])
    out = []
    st = c(CITIES)[1]
    if kind == "living":
        out.append("LIVING WILL DECLARATION\n\n")
        out.append("I, %s, being of sound mind, willfully and voluntarily make known my desire that my dying shall not be artificially prolonged under the circumstances set forth below.\n\n" % pt["name"])
        out.append("If at any time I should have an incurable and irreversible condition that will cause my death within a relatively short time, or if I am permanently unconscious, and I am no longer able to make decisions regarding my medical treatment, I direct my attending physician to withhold or withdraw treatment that only prolongs the process of dying.\n\n")
        out.append("Regarding artificially provided nutrition and hydration, I wish to %s.\n\n" % c(["have it withheld", "receive it for a limited trial", "receive it"]))
        out.append("Other instructions: %s\n\n" % c(["I wish to die at home if possible.", "I would like a member of my faith community called.", "None.", "I wish to donate any usable organs."]))
    elif kind == "proxy":
        out.append("HEALTH CARE PROXY / DURABLE POWER OF ATTORNEY FOR HEALTH CARE\n\n")
        out.append("I, %s, hereby appoint %s (%s), telephone %s, as my health care agent to make any and all health care decisions for me, except to the extent I state otherwise. This proxy shall take effect only when I lack the capacity to make my own health care decisions.\n\n" % (pt["name"], agent, c(["spouse", "daughter", "son", "sister", "friend"]), phone()))
        out.append("Alternate agent: %s %s, %s\n\n" % (c(FIRST_F + FIRST_M), surname(), phone()))
        out.append("My agent knows my wishes including those about artificial nutrition and hydration. Limitations: %s\n\n" % c(["none", "no feeding tube", "no dialysis", "no mechanical ventilation beyond 14 days"]))
    elif kind == "polst":
        out.append("PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)\n\n")
        out.append("Patient: %s    DOB: %s\n\n" % (pt["name"], fd(dob_for(pt["age"], d), "us")))
        out.append("A. CARDIOPULMONARY RESUSCITATION: [%s] Attempt Resuscitation/CPR   [%s] Do Not Attempt Resuscitation/DNR\n\n" % tuple(c([("X", " "), (" ", "X"), (" ", "X")])))
        out.append("B. MEDICAL INTERVENTIONS: [%s] Full Treatment  [%s] Selective Treatment  [%s] Comfort-Focused Treatment\n\n" % tuple(c([("X", " ", " "), (" ", "X", " "), (" ", " ", "X")])))
        out.append("C. ARTIFICIALLY ADMINISTERED NUTRITION: [%s] Long-term  [%s] Trial period  [%s] No artificial nutrition\n\n" % tuple(c([("X", " ", " "), (" ", "X", " "), (" ", " ", "X")])))
        out.append("Discussed with: %s\n\nSignature of physician: ____________ %s\n" % (c(["patient", "health care agent", "spouse", "court-appointed guardian"]), doctor()["full"]))
    else:
        out.append("DO NOT RESUSCITATE ORDER\n\n")
        out.append("Patient: %s    MRN: %s\n\n" % (pt["name"], pt["mrn"]))
        out.append("In the event of cardiac or respiratory arrest, no chest compressions, defibrillation, intubation or assisted ventilation shall be initiated. This order %s other treatments such as antibiotics, fluids, or comfort measures.\n\n" % c(["does not limit", "does not preclude"]))
        out.append("This decision was made in consultation with %s, who has %s.\n\n" % (c(["the patient", "the patient's health care agent", "the patient's family"]), c(["decision-making capacity", "been designated as surrogate"])))
        out.append("Physician: %s    Date: %s\n" % (doctor()["full"], fd(d, "us")))
    if kind in ("living", "proxy"):
        out.append("Signed this %s day of %s, %d, in the State of %s.\n\nSignature: ______________________\n\n" % (ordinal(d.day) if d.day <= 10 else "%dth" % d.day, d.strftime("%B"), d.year, st))
        out.append("WITNESSES: I declare that the person who signed this document is personally known to me and appears to be of sound mind and under no duress.\nWitness 1: ______________  Witness 2: ______________\n")
        if chance(0.4):
            out.append("\nNotary Public: ______________  My commission expires: %s\n" % fd(d + datetime.timedelta(days=R.randint(300, 1500)), "us"))
    return "".join(out).rstrip() + "\n"


VACC = [("DTaP", ["Daptacel", "Infanrix"], "IM"), ("IPV", ["IPOL"], "IM"), ("Hep B", ["Engerix-B", "Recombivax HB"], "IM"), ("Hib", ["ActHIB", "PedvaxHIB"], "IM"),
        ("PCV13", ["Prevnar 13"], "IM"), ("Rotavirus", ["RotaTeq", "Rotarix"], "PO"), ("MMR", ["M-M-R II"], "SC"), ("Varicella", ["Varivax"], "SC"), ("Hep A", ["Havrix", "Vaqta"], "IM"),
        ("Influenza", ["Fluzone", "Flulaval", "Afluria"], "IM"), ("Tdap", ["Boostrix", "Adacel"], "IM"), ("HPV", ["Gardasil 9"], "IM"), ("MenACWY", ["Menactra", "Menveo"], "IM"),
        ("Td", ["Tenivac"], "IM"), ("PPSV23", ["Pneumovax 23"], "IM"), ("Zoster recombinant", ["Shingrix"], "IM")]


def immunization_record(idx):
    d = rand_date(2000, 2020)
    child = chance(0.5)
    pt = patient((1, 17) if child else (19, 85))
    out = []
    out.append(c(["IMMUNIZATION RECORD", "VACCINATION HISTORY", "CERTIFICATE OF IMMUNIZATION", "IMMUNIZATION ADMINISTRATION RECORD"]) + "\n")
    out.append("Name: %s    DOB: %s    Sex: %s\n\n" % (pt["name"], fd(dob_for(pt["age"], d), "us"), pt["sex"]))
    out.append("%-20s %-12s %-14s %-10s %-6s %s\n" % ("Vaccine", "Date", "Manufacturer", "Lot #", "Route", "Site/Given by"))
    pool = VACC[:14] if child else VACC[9:]
    rows = []
    for v, brands, route in cs(pool, R.randint(3, len(pool))):
        for k in range(R.randint(1, 3 if child else 2)):
            dd = d - datetime.timedelta(days=R.randint(0, 365 * max(1, min(pt["age"], 15))))
            rows.append((dd, v, c(brands), route))
    rows.sort()
    for dd, v, b, route in rows:
        out.append("%-20s %-12s %-14s %-10s %-6s %s\n" % (v, fd(dd, "us"), b, "%s%d%s" % (c("ABCDHKLMU"), R.randint(100, 9999), c("ABCDEFJK")), route,
                                                          "%s %s" % (c(["L deltoid", "R deltoid", "L thigh", "R thigh", "oral"]) if route != "PO" else "oral", c(MI) + c(MI))))
    if chance(0.5):
        out.append("\nVIS provided: yes.  Contraindications screened: none.  %s\n" % c(["Next due: %s" % fd(d + datetime.timedelta(days=R.randint(30, 365)), "us"), "Reviewed with parent/guardian.", ""]))
    return "".join(out).rstrip() + "\n"


PAYERS = ["Acme Health Plan", "Blue Horizon PPO", "Evergreen Mutual", "Summit Care HMO", "Medicare Part A/B", "State Medicaid", "Pioneer Benefits", "Lakeshore Health Alliance", "TriState Employee Health"]


def registration_form(idx):
    d = rand_date()
    pt = patient((0, 95))
    a1, a2 = address()
    out = []
    out.append(c(["PATIENT REGISTRATION FORM", "FACE SHEET", "ADMISSION FACE SHEET", "NEW PATIENT REGISTRATION", "PATIENT DEMOGRAPHIC SHEET"]) + "\n")
    if chance(0.5):
        out.append(hospital() + "\n")
    out.append("\n")
    f = [("Patient Name", "%s, %s %s" % (pt["last"].upper(), pt["first"].upper(), c(MI))), ("MRN", pt["mrn"]), ("Account #", "%d" % R.randint(10000000, 99999999)),
         ("Date of Birth", fd(dob_for(pt["age"], d), "us")), ("Sex", pt["sex"]), ("Marital Status", c(["Single", "Married", "Widowed", "Divorced"])),
         ("Address", "%s, %s" % (a1, a2)), ("Home Phone", phone()), ("SSN", "XXX-XX-%04d" % R.randint(0, 9999)), ("Language", c(["English", "English", "Spanish", "Vietnamese"])),
         ("Race/Ethnicity", c(["Declined", "White", "Black", "Hispanic", "Asian", "Other"])), ("Employer", c(["Retired", "Self", "Tarrow Manufacturing", "County Schools", "Unemployed"])),
         ("Emergency Contact", "%s %s (%s) %s" % (c(FIRST_F + FIRST_M), surname(), c(["spouse", "mother", "son", "friend"]), phone())),
         ("Primary Insurance", c(PAYERS)), ("Policy #", "%s%09d" % (c(["XJH", "W", "ZQ", "MBR"]), R.randint(0, 999999999))), ("Group #", "%06d" % R.randint(0, 999999)),
         ("Guarantor", c(["Self", "Parent", "Spouse"])), ("Primary Care Physician", doctor()["full"])]
    if chance(0.6):
        f += [("Admit Date/Time", "%s %s" % (fd(d, "us"), tstr())), ("Admit Type", c(["Emergency", "Elective", "Urgent", "Observation"])), ("Attending", doctor()["full"]),
              ("Admitting Dx", c(["Chest pain", "Pneumonia", "Hip fracture", "Syncope", "Cellulitis"])), ("Room/Bed", "%d%s" % (R.randint(200, 699), c("AB")))]
    for k, v in f:
        out.append("%-24s %s\n" % (k + ":", v))
    if chance(0.5):
        out.append("\nSignature of patient/guarantor: ____________________  Date: %s\n" % fd(d, "us"))
    return "".join(out).rstrip() + "\n"


def insurance_card(idx):
    pt = patient((0, 90))
    payer = c(PAYERS)
    out = []
    out.append(c(["FRONT OF CARD", "INSURANCE CARD (COPY)", "[Card scan - front]", ""]) + "\n")
    out.append("%s\n%s\n\n" % (payer.upper(), c(["PPO", "HMO", "POS Plan", "EPO", "Medicare Advantage", "Choice Plus"])))
    out.append("Member: %s\n" % pt["name"].upper())
    out.append("Member ID: %s%09d\n" % (c(["XYZ", "HWL", "A", "QBN"]), R.randint(0, 999999999)))
    out.append("Group No: %06d\n" % R.randint(0, 999999))
    if chance(0.7):
        out.append("RxBIN: %06d   RxPCN: %s   RxGRP: %s\n" % (R.randint(0, 999999), c(["ADV", "RX1", "9999", "MEDDADV"]), c(["RX4411", "HLTH", "GRP7"])))
    out.append("Copays: PCP $%d  Specialist $%d  ER $%d  Urgent Care $%d\n" % (c([10, 15, 20, 25, 30]), c([30, 40, 50, 60]), c([100, 150, 250, 350]), c([35, 50, 75])))
    if chance(0.5):
        out.append("Effective: %s\n" % fd(rand_date(2005, 2020), "us"))
    if chance(0.6):
        out.append("\nBACK OF CARD\nMember Services: 1-800-555-%04d   Provider Services: 1-800-555-%04d\nSubmit claims to: P.O. Box %d, %s\nPrecertification required for inpatient admissions. This card does not guarantee coverage.\n" % (
            R.randint(0, 9999), R.randint(0, 9999), R.randint(1000, 99999), address()[1]))
    return "".join(out).lstrip().rstrip() + "\n"


def provider_orders(idx):
    case = case_pick()
    pt = case_patient(case)
    d = rand_date()
    dr = doctor()
    kind = c(["admit", "postop", "misc"])
    out = []
    out.append({"admit": c(["ADMISSION ORDERS", "ADMIT ORDERS"]), "postop": c(["POSTOPERATIVE ORDERS", "POST-OP ORDERS"]), "misc": c(["PHYSICIAN ORDERS", "PROVIDER ORDERS", "TELEPHONE ORDERS"])}[kind] + "\n")
    out.append("Patient: %s   MRN: %s   Date/Time: %s %s\n" % (pt["name"], pt["mrn"], fd(d, "us"), tstr()))
    out.append("Allergies: %s\n\n" % c(ALLERGIES))
    if kind in ("admit", "postop"):
        lines = ["Admit to: %s, %s" % (case["svc"], c(["telemetry", "medical-surgical floor", "step-down", "ICU"])) if kind == "admit" else "Admit to PACU then %s" % c(["surgical floor", "ambulatory discharge when criteria met"]),
                 "Diagnosis: %s" % (case["dx"] if kind == "admit" else "status post %s" % X(c(OPS)["name"]).lower()),
                 "Condition: %s" % c(["stable", "fair", "guarded"]), "Code status: %s" % c(["Full code", "DNR/DNI"]),
                 "Vitals: every %s hours x 4 then every 4 hours" % c(["1", "2"]), "Activity: %s" % c(["bed rest", "out of bed to chair", "ambulate with assist three times daily", "as tolerated"]),
                 "Nursing: strict I&O, daily weights, %s" % c(["incentive spirometry 10 times/hour while awake", "neuro checks every 4 hours", "fall precautions", "telemetry monitoring"]),
                 "Diet: %s" % c(["NPO", "clear liquids advance as tolerated", case["diet"], "cardiac"]),
                 "IV fluids: %s at %d mL/hr" % (c(["lactated Ringer's", "0.9% NaCl", "D5 1/2 NS with 20 mEq KCl"]), c([75, 100, 125])),
                 "Labs: %s in AM" % c(["CBC, BMP", "CBC, CMP, magnesium", "BMP, troponin q6h x 2", "CBC, PT/INR"])]
        lines += ["Medication: %s" % m for m in cs(case["meds"], R.randint(2, len(case["meds"])))]
        lines += ["DVT prophylaxis: %s" % c(["enoxaparin 40 mg subcut daily", "heparin 5000 units subcut q8h", "SCDs"]), "Call MD for: T > 101.5, SBP < 90 or > 180, HR > 120, UOP < 30 mL/hr x 2h"]
    else:
        lines = cs(["Discontinue Foley catheter", "Change IV to saline lock", "Start %s" % X(c(case["meds"])), "Obtain chest x-ray PA/lateral", "Consult %s" % c(list(CONSULT_RECS)),
                    "Potassium chloride 40 mEq PO x 1", "Repeat BMP at 1600", "PT/OT evaluate and treat", "May shower", "Discontinue telemetry", "Increase diet to regular", "Blood cultures x 2 for T > 101"], R.randint(3, 6))
    for i, l in enumerate(lines):
        out.append("%d. %s\n" % (i + 1, l))
    out.append("\n%s\n" % c(["Signed: %s  %s" % (dr["full"], tstr()), "T.O. %s / read back %s %s, RN" % (dr["dr"], c(FIRST_F), surname()), "%s (electronically signed)" % dr["full"]]))
    return "".join(out).rstrip() + "\n"


def discharge_instructions(idx):
    case = case_pick()
    pt = case_patient(case)
    d = rand_date()
    out = []
    out.append(c(["DISCHARGE INSTRUCTIONS", "PATIENT DISCHARGE INSTRUCTIONS", "AFTER VISIT SUMMARY", "INSTRUCTIONS FOR GOING HOME"]) + "\n")
    out.append("Patient: %s    Date: %s\n\n" % (pt["name"], fd(d, "us")))
    out.append("You were in the hospital for: %s.\n\n" % case["dx"])
    out.append("YOUR MEDICATIONS:\n" + "".join("- %s\n" % cap(m) for m in case["meds"]) + "\n")
    out.append("DIET: %s.\n\nACTIVITY: %s.\n\n" % (cap(case["diet"]), cap(case["act"])))
    if case["proc"] and chance(0.6):
        out.append("WOUND/SITE CARE: Keep the area clean and dry. You may shower after 48 hours. Do not soak in a tub or swim until cleared.\n\n")
    out.append("CALL YOUR DOCTOR OR RETURN TO THE EMERGENCY ROOM IF YOU HAVE:\n" + "".join("- %s\n" % x for x in cs(["Fever over 101 F", "Chest pain or trouble breathing", "Increasing pain not relieved by medicine",
                                                                                                                   "Redness, swelling or drainage from your incision", "Vomiting and unable to keep fluids down", "Bleeding or black stools",
                                                                                                                   "New weakness, numbness or trouble speaking", "Weight gain of more than 3 pounds in a day", "Fainting or dizziness"], R.randint(3, 6))) + "\n")
    out.append("FOLLOW-UP APPOINTMENTS:\n- %s with %s on %s at %s\n\n" % (case["fu"].title(), doctor()["dr"], fd(d + datetime.timedelta(days=R.randint(4, 21)), "us"), c(["9:00 AM", "10:30 AM", "1:15 PM", "3:45 PM"])))
    out.append("I have received and understand these instructions.\nPatient/Caregiver signature: __________________   Nurse: %s %s, RN\n" % (c(FIRST_F), surname()))
    return "".join(out).rstrip() + "\n"


def other_doc(idx):
    d = rand_date()
    pt = patient((5, 90))
    kind = c(["fax", "diet", "hep", "bill", "glucose"])
    out = []
    if kind == "fax":
        out.append("FAX COVER SHEET\n\n")
        out.append("To: %s\nFax: (%03d) 555-%04d\nFrom: %s\nPhone: %s\nDate: %s\nPages (including cover): %d\nRe: %s\n\n" % (
            c(["Medical Records", doctor()["full"], "Utilization Review", "Pharmacy"]), R.randint(201, 989), R.randint(0, 9999), c([hospital(), doctor()["full"] + " office"]), phone(), fd(d, "us"), R.randint(2, 14),
            c(["Records request", "Prior authorization", "Lab results", "Consult notes"])))
        out.append("CONFIDENTIALITY NOTICE: The documents accompanying this transmission contain confidential health information that is legally privileged. If you have received this fax in error, please notify the sender immediately and destroy the documents.\n")
    elif kind == "diet":
        out.append("%s\nName: %s    Week of: %s\n\n" % (c(["FOOD DIARY", "DIET LOG", "3-DAY FOOD RECORD"]), pt["name"], fd(d, "us")))
        for day in ["Monday", "Tuesday", "Wednesday"]:
            out.append("%s\n  Breakfast: %s\n  Lunch: %s\n  Dinner: %s\n  Snacks: %s\n" % (day, c(["oatmeal, coffee", "2 eggs, toast", "cereal with 2% milk", "skipped"]), c(["turkey sandwich, apple", "salad with chicken", "soup and crackers", "fast food burger"]),
                                                                                       c(["baked fish, rice, green beans", "spaghetti, garlic bread", "pork chop, potatoes", "chicken stir fry"]), c(["pretzels", "yogurt", "cookies x2", "none"])))
        out.append("\nWater intake: %d glasses/day\n" % R.randint(2, 8))
    elif kind == "hep":
        out.append("HOME EXERCISE PROGRAM\n%s Physical Therapy\nPatient: %s\n\n" % (c(HOSP_A), pt["name"]))
        ex = cs(["Quad sets: tighten thigh muscle, hold 5 seconds, 10 reps", "Straight leg raise: 3 sets of 10", "Heel slides: 10 reps, 2 times daily", "Bridges: hold 3 seconds, 15 reps",
                 "Pendulum swings: 1 minute each direction", "Wall slides: 10 reps", "Chin tucks: hold 5 seconds, 10 reps", "Ankle pumps: 20 reps every hour", "Clamshells: 2 sets of 15 each side",
                 "Doorway pectoral stretch: hold 30 seconds x 3", "Calf stretch at wall: hold 30 seconds x 3"], R.randint(4, 7))
        for i, e in enumerate(ex):
            out.append("%d. %s\n" % (i + 1, e))
        out.append("\nPerform %s. Stop if sharp pain. Therapist: %s %s, PT, DPT\n" % (c(["once daily", "twice daily", "3 times per week"]), c(DR_FIRST), surname()))
    elif kind == "bill":
        out.append("%s\nSTATEMENT\nAccount #: %d   Statement date: %s\nPatient: %s\n\n" % (hospital().upper(), R.randint(1000000, 9999999), fd(d, "us"), pt["name"]))
        tot = 0
        for svc in cs(["Office visit, established (99214)", "Venipuncture (36415)", "Comprehensive metabolic panel (80053)", "Chest x-ray 2 views (71046)", "ECG 12-lead (93000)", "Emergency dept visit (99284)", "Injection, joint (20610)"], R.randint(2, 5)):
            amt = R.randint(20, 900)
            tot += amt
            out.append("%-44s $%8.2f\n" % (svc, amt))
        paid = round(tot * R.uniform(0.4, 0.85), 2)
        out.append("%-44s -$%7.2f\n%-44s $%8.2f\n\nPlease remit payment within 30 days. Questions? Call %s.\n" % ("Insurance payments/adjustments", paid, "PATIENT BALANCE DUE", tot - paid, phone()))
    else:
        out.append("BLOOD GLUCOSE LOG\nName: %s\n\n%-12s %-10s %-10s %-10s %-10s\n" % (pt["name"], "Date", "Fasting", "Lunch", "Supper", "Bedtime"))
        for k in range(R.randint(5, 10)):
            out.append("%-12s %-10d %-10d %-10d %-10d\n" % (fd(d + datetime.timedelta(days=k), "short"), R.randint(90, 190), R.randint(110, 260), R.randint(110, 260), R.randint(100, 220)))
        out.append("\nInsulin: %s\n" % c(["glargine 20 units at bedtime", "none, on metformin", "lispro per sliding scale"]))
    return "".join(out).rstrip() + "\n"

# ---------------------------------------------------------------- main

GENERATORS = {
    "discharge_summary": discharge_summary, "history_physical": history_physical, "progress_note": progress_note, "consult_note": consult_note,
    "operative_note": operative_note, "procedure_note": procedure_note, "lab_report": lab_report, "imaging_report": imaging_report,
    "pathology_report": pathology_report, "medication_list": medication_list, "prescription": prescription, "anesthesia_record": anesthesia_record,
    "correspondence": correspondence, "consent_form": consent_form, "referral_letter": referral_letter, "advance_directive": advance_directive,
    "ecg_report": ecg_report, "immunization_record": immunization_record, "registration_form": registration_form, "insurance_card": insurance_card,
    "nursing_note": nursing_note, "ed_note": ed_note, "transfer_summary": transfer_summary, "provider_orders": provider_orders,
    "discharge_instructions": discharge_instructions, "other": other_doc,
}


def postprocess(t):
    t = re.sub(r"\b(one|1) (day|week|month|hour|year)s\b", r"\1 \2", t)
    t = re.sub(r"[ \t]+\n", "\n", t)
    t = re.sub(r"\n{3,}", "\n\n", t)
    t = re.sub(r"\.\.(?!\.)", ".", t)
    t = t.replace(" ,", ",")
    return t.strip("\n") + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    R.seed(a.seed)
    seen = set()
    with open(a.out, "w", encoding="utf-8") as fh:
        for label, fn in GENERATORS.items():
            n = 0
            tries = 0
            while n < a.per_type:
                tries += 1
                if tries > a.per_type * 50:
                    raise SystemExit("could not make enough distinct %s documents" % label)
                text = postprocess(fn(n))
                h = hashlib.sha1(text.encode("utf-8")).hexdigest()
                if h in seen:
                    continue
                seen.add(h)
                n += 1
                rec = {"id": "famtx-%d-%s-%04d" % (a.seed, label, n), "label": label, "text": text}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
