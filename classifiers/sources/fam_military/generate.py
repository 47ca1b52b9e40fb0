#!/usr/bin/env python3
"""Generate synthetic, entirely fictitious US Military Health System style
clinical documents (AHLTA / MHS Genesis print-outs, DD/SF forms, deployed
records, TRICARE network care sent back) for document-classification tests.

Usage: python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
Standard library only. Deterministic for a given seed.
"""
import argparse
import datetime
import json
import random

TYPES = ["discharge_summary", "history_physical", "progress_note", "consult_note",
         "operative_note", "procedure_note", "lab_report", "imaging_report",
         "pathology_report", "medication_list", "prescription", "anesthesia_record",
         "correspondence", "consent_form", "referral_letter", "advance_directive",
         "ecg_report", "immunization_record", "registration_form", "insurance_card",
         "nursing_note", "ed_note", "transfer_summary", "provider_orders",
         "discharge_instructions", "other"]

# ---------------------------------------------------------------- name data
LAST = ("Abernathy Acosta Adair Alcott Alvarado Ambrose Ashford Babcock Baptiste Barlow "
        "Bascom Beaumont Belcourt Benavides Birchfield Blackwood Bolanos Bramwell Brisco "
        "Calderon Carrow Castellano Chatfield Clement Coldwell Corbett Crandall Dabney "
        "Delacroix Deleon Dunleavy Eastman Ebright Elkins Escobedo Fairweather Farrant "
        "Fennimore Figueroa Fitzhugh Galloway Garrity Gilchrist Goodridge Gorski Granger "
        "Halvorsen Hargrove Hatfield Heinrich Holloway Huxley Ibarra Iverson Jankowski "
        "Kealoha Kettering Kimura Kowalczyk Lachance Langford Larrabee Lindqvist Lockhart "
        "Machado Marchetti Mbeki Mcallister Mcquade Merriweather Montague Nakamura Nwosu "
        "Oakley Okonkwo Oyelaran Pacheco Pemberton Pettigrew Quintero Radcliffe Rainwater "
        "Renfro Rosario Sandoval Schuyler Seaborn Sheffield Sorensen Stallworth Tavares "
        "Thibodeaux Tolliver Truong Underhill Valdez Vanderhoff Villanueva Wakefield "
        "Whitlock Winslow Yarborough Youngblood Zamora Zielinski").split()
FIRST_M = ("Aaron Andre Brandon Caleb Carlos Cody Dakota Darnell Derek Dustin Eli Ethan "
           "Gabriel Garrett Hector Isaiah Jamal Jared Javier Jordan Joshua Kenji Kyle "
           "Landon Luis Marcus Mason Nathaniel Omar Raymond Reggie Ricardo Ryan Shane "
           "Travis Trevor Tyrone Victor Wesley Zachary").split()
FIRST_F = ("Alexis Amber Andrea Brianna Carmen Chelsea Danielle Destiny Elena Erin "
           "Gabriela Hannah Imani Jasmine Jessica Kaitlyn Keisha Krystal Latoya Lauren "
           "Leilani Mariah Megan Monique Natalie Priya Rachel Rosa Sabrina Shauna Tamara "
           "Tiffany Valerie Whitney Yesenia").split()
MI = "ABCDEFGHJKLMNPRSTW"

RANKS = {
    "Army": [("PVT", "E-1"), ("PV2", "E-2"), ("PFC", "E-3"), ("SPC", "E-4"), ("SGT", "E-5"),
             ("SSG", "E-6"), ("SFC", "E-7"), ("1SG", "E-8"), ("2LT", "O-1"), ("1LT", "O-2"),
             ("CPT", "O-3"), ("MAJ", "O-4"), ("CW2", "W-2")],
    "Navy": [("SA", "E-2"), ("SN", "E-3"), ("PO3", "E-4"), ("PO2", "E-5"), ("PO1", "E-6"),
             ("CPO", "E-7"), ("ENS", "O-1"), ("LTJG", "O-2"), ("LT", "O-3"), ("LCDR", "O-4")],
    "Air Force": [("Amn", "E-2"), ("A1C", "E-3"), ("SrA", "E-4"), ("SSgt", "E-5"),
                  ("TSgt", "E-6"), ("MSgt", "E-7"), ("2d Lt", "O-1"), ("1st Lt", "O-2"),
                  ("Capt", "O-3"), ("Maj", "O-4")],
    "Marine Corps": [("Pvt", "E-1"), ("PFC", "E-2"), ("LCpl", "E-3"), ("Cpl", "E-4"),
                     ("Sgt", "E-5"), ("SSgt", "E-6"), ("GySgt", "E-7"), ("2ndLt", "O-1"),
                     ("1stLt", "O-2"), ("Capt", "O-3")],
}
SVC_ABBR = {"Army": "USA", "Navy": "USN", "Air Force": "USAF", "Marine Corps": "USMC"}
UNITS = {
    "Army": ["2nd Bn, 318th Infantry Regt", "HHC, 4th Bde Combat Team", "B Co, 1-77 Armor",
             "A Btry, 3-29 Field Artillery", "C Co, 204th Brigade Support Bn",
             "HHD, 611th Military Police Bn", "B Co, 52nd Engineer Bn", "1st Sqdn, 9th Cavalry"],
    "Navy": ["USS Harrow Point (DDG-141)", "Naval Mobile Construction Bn 29",
             "Strike Fighter Sqdn 188", "Naval Station Port Ardell Security",
             "USS Corwin Bay (LHD-12)", "Explosive Ordnance Disposal Mobile Unit 9"],
    "Air Force": ["627th Security Forces Sq", "41st Aircraft Maintenance Sq",
                  "627th Logistics Readiness Sq", "19th Airlift Sq", "627th Civil Engineer Sq",
                  "88th Communications Sq"],
    "Marine Corps": ["2d Bn, 11th Marines", "3d Bn, 7th Marines, Co K", "CLB-14",
                     "MWSS-372", "1st Recon Bn", "HQ Bn, 3d MarDiv"],
}
MTFS = {
    "Army": [("Brannock Army Medical Center", "BAMC", "Fort Brannock", "TX"),
             ("Carrow Army Community Hospital", "CACH", "Fort Carrow", "KY"),
             ("Welland Army Health Clinic", "WAHC", "Fort Welland", "GA"),
             ("Tillman Army Medical Center", "TAMC", "Fort Tillman", "WA")],
    "Navy": [("Naval Hospital Port Ardell", "NHPA", "Port Ardell", "NC"),
             ("Naval Medical Center Coral Reach", "NMCCR", "Coral Reach", "CA"),
             ("Naval Health Clinic Kessock", "NHCK", "Kessock", "VA")],
    "Air Force": [("627th Medical Group, Hollis AFB", "627 MDG", "Hollis AFB", "NM"),
                  ("41st Medical Wing, Dorrance AFB", "41 MDW", "Dorrance AFB", "OK"),
                  ("88th Medical Group, Stroud AFB", "88 MDG", "Stroud AFB", "ND")],
    "Marine Corps": [("Naval Hospital Camp Halsey-Ward", "NHCHW", "Camp Halsey-Ward", "NC"),
                     ("Branch Health Clinic Mesa Quarry", "BHC MQ", "Mesa Quarry", "CA")],
}
DEPLOYED = [("441st Combat Support Hospital, Camp Tarrow", "Role 3"),
            ("Role 3 Multinational Medical Unit, Camp Dunmore", "Role 3"),
            ("Forward Surgical Team 557, FOB Kestrel", "Role 2"),
            ("Battalion Aid Station, COP Granite Hill", "Role 1"),
            ("Expeditionary Medical Facility Al Qadim", "Role 3"),
            ("Troop Medical Clinic, Camp Vireo", "Role 1"),
            ("Role 2 Enhanced, FOB Sentinel Ridge", "Role 2")]
CIVS = [("Pinecrest Regional Medical Center", "Alder Falls", "NC"),
        ("St. Adeline Hospital", "Merrow", "TX"),
        ("Sable River Medical Center", "Sable River", "GA"),
        ("Lakemont Community Hospital", "Lakemont", "WA"),
        ("Cordell Valley Health", "Cordell", "CA"),
        ("Bayfront Memorial Hospital", "Kessock Beach", "VA")]
CIV_PRACTICES = ["Lakemont Orthopaedic Associates", "Brightwater Gastroenterology, PC",
                 "Kessling Cardiology Group", "Alder Falls Imaging Center",
                 "Coastal Plains Urology", "Sable River Neurology Associates",
                 "Meridian Behavioral Health", "Cordell Dermatology & Mohs Surgery"]
STREETS = ["Longstreet Rd", "Harmon Ave", "Bastogne Dr", "Reilly Rd", "Cedar Hollow Ln",
           "Patriot Way", "Old Mill Rd", "Magnolia Ct", "Sentry Blvd", "Quarry Ridge Dr",
           "Dunmore St", "Honor Loop", "Pine Barren Rd"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


class G:
    """Per-document random helpers."""

    def __init__(self, rng):
        self.r = rng

    def c(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    def i(self, a, b):
        return self.r.randint(a, b)

    def u(self, a, b, nd=1):
        return round(self.r.uniform(a, b), nd)

    def some(self, seq, k1, k2=None):
        k = k1 if k2 is None else self.r.randint(k1, k2)
        k = min(k, len(seq))
        return self.r.sample(list(seq), k)


def d_fmt(d, style):
    if style == 0:
        return d.strftime("%d %b %Y")
    if style == 1:
        return d.strftime("%m/%d/%Y")
    if style == 2:
        return d.strftime("%Y-%m-%d")
    if style == 3:
        return d.strftime("%d%b%Y").upper()
    if style == 4:
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == 5:
        return d.strftime("%d-%b-%Y").upper()
    return d.strftime("%m/%d/%y")


def tm(g):
    return "%02d%02d" % (g.i(0, 23), g.c([0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 55]))


def tm_colon(g):
    t = tm(g)
    return t[:2] + ":" + t[2:]


def phone(g, dsn=False):
    if dsn:
        return "DSN %d-555-%04d" % (g.c([312, 314, 315, 318]), g.i(100, 199))
    return "(%03d) 555-%04d" % (g.c([210, 254, 270, 360, 706, 910, 757, 619, 505, 580, 701]),
                                g.i(100, 199))


def name_person(g, sex=None):
    sex = sex or g.c("MF")
    first = g.c(FIRST_M if sex == "M" else FIRST_F)
    return {"last": g.c(LAST), "first": first, "mi": g.c(MI), "sex": sex}


def full(n, style=0):
    if style == 0:
        return "%s, %s %s" % (n["last"].upper(), n["first"].upper(), n["mi"])
    if style == 1:
        return "%s %s. %s" % (n["first"], n["mi"], n["last"])
    if style == 2:
        return "%s, %s" % (n["last"], n["first"])
    return "%s %s" % (n["first"], n["last"])


def provider(g, civ=False, kind=None, svc=None):
    n = name_person(g)
    svc = svc or g.c(list(RANKS))
    kind = kind or g.c(["MD", "MD", "DO", "PA", "NP", "MD"])
    if civ:
        cred = {"MD": "MD", "DO": "DO", "PA": "PA-C", "NP": "FNP-C"}[kind]
        n.update(rank="", svc="", cred=cred, disp="%s %s. %s, %s" % (n["first"], n["mi"], n["last"], cred),
                 sig="%s %s, %s" % (n["first"], n["last"], cred), civ=True)
        return n
    if g.p(0.18):  # GS civilian at MTF
        cred = {"MD": "MD", "DO": "DO", "PA": "PA-C", "NP": "NP"}[kind]
        n.update(rank="", svc="DoD Civ", cred=cred, civ=True,
                 disp="%s %s. %s, %s" % (n["first"], n["mi"], n["last"], cred),
                 sig="%s, %s %s %s" % (n["last"].upper(), n["first"].upper(), n["mi"], cred))
        return n
    if kind in ("MD", "DO"):
        rk = {"Army": ["CPT", "MAJ", "LTC", "COL"], "Navy": ["LT", "LCDR", "CDR", "CAPT"],
              "Air Force": ["Capt", "Maj", "Lt Col", "Col"], "Marine Corps": ["LT", "LCDR", "CDR"]}[svc]
        corps = "MC"
    elif kind == "PA":
        rk = {"Army": ["1LT", "CPT", "MAJ"], "Navy": ["LTJG", "LT"], "Air Force": ["Capt", "Maj"],
              "Marine Corps": ["LT"]}[svc]
        corps = "SP" if svc == "Army" else "MSC"
    else:
        rk = {"Army": ["CPT", "MAJ"], "Navy": ["LT", "LCDR"], "Air Force": ["Capt", "Maj"],
              "Marine Corps": ["LT"]}[svc]
        corps = "AN" if svc == "Army" else "NC"
    if svc == "Marine Corps":
        svc = "Navy"  # Navy medicine supports the Marine Corps
    rank = g.c(rk)
    cred = {"MD": "MD", "DO": "DO", "PA": "PA-C", "NP": "FNP-BC"}[kind]
    n.update(rank=rank, svc=svc, cred=cred, civ=False,
             disp="%s %s %s. %s, %s" % (rank, n["first"], n["mi"], n["last"], cred),
             sig="%s %s %s, %s, %s, %s" % (n["first"].upper(), n["mi"], n["last"].upper(), cred, corps, SVC_ABBR[svc]))
    return n


def medic(g, svc="Army"):
    n = name_person(g)
    if svc == "Army":
        r = g.c(["SPC", "SGT", "SSG"]) ; t = "68W"
    elif svc == "Air Force":
        r = g.c(["SrA", "SSgt", "TSgt"]); t = "4N0X1"
    else:
        r = g.c(["HM3", "HM2", "HM1", "HN"]); t = "HM"
    n.update(rank=r, disp="%s %s %s (%s)" % (r, n["first"], n["last"], t), title=t)
    return n


def nurse(g, civ=False):
    n = name_person(g)
    if civ or g.p(0.4):
        n.update(disp="%s %s, %s" % (n["first"], n["last"], g.c(["RN", "RN, BSN", "LPN", "RN, CEN"])))
    else:
        r = g.c(["1LT", "CPT", "LTJG", "LT", "Capt", "1st Lt"])
        n.update(disp="%s %s %s, RN" % (r, n["first"], n["last"]))
    return n

# ---------------------------------------------------------------- scenarios
# Each scenario keeps the clinical story coherent inside one document.
S = [
    dict(key="ankle", dx="Sprain of right ankle, lateral ligaments", icd10="S93.401A", icd9="845.00",
         cc=["R ankle pain after rolling it", "twisted right ankle", "right ankle injury during PT run"],
         hpi="{Pt} reports inverting the right ankle {when} while {act}. Heard no pop. Able to bear weight with pain. Swelling lateral ankle, worse at end of day. Took ibuprofen with partial relief. No prior ankle injury. Denies numbness or tingling.",
         act=["running on uneven ground during unit PT", "playing basketball at the gym", "stepping off the back of an LMTV", "on a ruck march"],
         exam=["R ankle: moderate swelling and ecchymosis over ATFL", "TTP ATFL and CFL, no bony tenderness at posterior edge of lateral or medial malleolus",
               "anterior drawer mildly positive, talar tilt negative", "NV intact distally, cap refill < 2 sec", "antalgic gait"],
         meds=[("Ibuprofen", "800 mg tab", "1 tab PO TID with food PRN pain", 30, 0)],
         img=("XR", "Ankle right 3 views", "No acute fracture or dislocation. Ankle mortise is congruent. Lateral soft tissue swelling. No joint effusion.", "No acute osseous abnormality. Lateral soft tissue swelling."),
         plan=["RICE, ACE wrap, air stirrup brace", "crutches PRN x 3-5 days, WBAT", "Ibuprofen 800 mg TID with food x 7-10 days", "Ankle rehab handout; PT referral if not improving in 2 wk"],
         prof="No running, jumping, or rucking. May walk at own pace/distance. May wear running shoes with uniform.", days=14,
         set="cde", sex=None, age=(18, 40), labs={}),
    dict(key="lbp", dx="Low back pain, mechanical", icd10="M54.50", icd9="724.2",
         cc=["low back pain x {dur}", "back pain after lifting", "LBP"],
         hpi="{Pt} presents with low back pain x {dur}, onset after {act}. Pain is a dull ache across the lumbar region, 6/10, worse with bending and prolonged standing in body armor, improves with lying flat. Denies radiation below knee, saddle anesthesia, bowel/bladder dysfunction, fever or weight loss.",
         act=["lifting a tire on the motor pool floor", "a 12-mile ruck march", "deadlifts during PT", "loading pallets on the flight line"],
         exam=["paraspinal TTP bilaterally L3-S1 with spasm", "no midline bony TTP", "ROM limited in flexion secondary to pain", "SLR negative bilaterally", "strength 5/5 BLE, DTRs 2+ symmetric, sensation intact"],
         meds=[("Naproxen", "500 mg tab", "1 tab PO BID with food", 30, 0), ("Cyclobenzaprine", "10 mg tab", "1 tab PO QHS PRN muscle spasm", 10, 0)],
         img=("XR", "Lumbar spine 2-3 views", "Normal lumbar lordosis. Vertebral body heights are maintained. Mild disc space narrowing at L5-S1. No spondylolysis or listhesis.", "No acute findings. Mild L5-S1 degenerative disc disease."),
         plan=["No red flags; imaging not indicated at this time" , "NSAIDs, muscle relaxant at night (no driving/duty with weapons while taking)", "Heat, gentle stretching; PT referral placed", "RTC 2-4 wks or sooner if radicular sx"],
         prof="No lifting > 20 lbs. No running, rucking, or wear of body armor/IBA. May do own pace walking and core rehab.", days=21,
         set="cd", sex=None, age=(19, 48), labs={}),
    dict(key="appy", dx="Acute appendicitis", icd10="K35.80", icd9="540.9",
         cc=["abdominal pain", "RLQ pain since last night", "belly pain, vomiting"],
         hpi="{Pt} reports periumbilical pain that began {when} and migrated to the RLQ, associated with anorexia, nausea and 2 episodes of emesis. Subjective fevers. Last BM yesterday, normal. No dysuria. No prior abdominal surgery.",
         act=[""], exam=["abdomen soft, nondistended, TTP RLQ with voluntary guarding", "positive McBurney point tenderness and Rovsing sign", "no rebound", "T 38.1"],
         meds=[("Oxycodone/Acetaminophen", "5/325 mg tab", "1-2 tab PO Q6H PRN severe pain", 12, 0), ("Docusate sodium", "100 mg cap", "1 cap PO BID while taking narcotics", 20, 0)],
         img=("CT", "CT abdomen/pelvis with IV contrast", "The appendix is dilated to 11 mm with wall enhancement and periappendiceal fat stranding. Appendicolith at the base. No free air or drainable fluid collection. Liver, spleen, pancreas, kidneys unremarkable.", "Acute uncomplicated appendicitis with appendicolith."),
         surg=dict(name="Laparoscopic appendectomy", cpt="44970", find="Inflamed, hyperemic appendix without perforation; minimal turbid fluid in the pelvis.", spec="Appendix", ebl="10 mL", anes="General endotracheal",
                   steps="Three ports placed (12 mm umbilical via Hasson technique, 5 mm suprapubic, 5 mm LLQ). Pneumoperitoneum established to 15 mmHg. Appendix identified and mesoappendix divided with LigaSure. Base of appendix divided with an endoscopic GIA stapler, staple line hemostatic. Specimen removed in an Endocatch bag. Pelvis irrigated and suctioned. Fascia at umbilicus closed with 0 Vicryl, skin with 4-0 Monocryl subcuticular and Dermabond."),
         path=("Appendix, laparoscopic appendectomy", "Received in formalin labeled with the patient's name is a 6.8 cm x 1.1 cm vermiform appendix with attached mesoappendix. The serosa is dull and tan-red with fibrinous exudate. Sectioning reveals a fecalith at the base. Representative sections submitted in 2 cassettes.", "Sections show transmural neutrophilic infiltrate with mucosal ulceration and serositis. No neoplasm identified.", "ACUTE SUPPURATIVE APPENDICITIS WITH PERIAPPENDICITIS. FECALITH PRESENT. NEGATIVE FOR NEOPLASM."),
         plan=["NPO, IVF", "Cefoxitin/ceftriaxone+metronidazole pre-op", "General surgery for laparoscopic appendectomy"],
         prof="No PT, lifting > 15 lbs, or field duty. No wear of body armor/LBE. Convalescent leave recommended.", days=30,
         set="eid", sex=None, age=(18, 45), labs={"WBC": 15.8, "NEUT%": 84}),
    dict(key="acl", dx="Tear of anterior cruciate ligament, left knee", icd10="S83.512A", icd9="844.2",
         cc=["L knee pain and swelling", "knee gave out", "knee injury playing football"],
         hpi="{Pt} injured the left knee {when} while {act}; felt a pop and had immediate swelling. Since then reports instability with pivoting and going down stairs. Unable to run. Ice and NSAIDs help swelling.",
         act=["cutting during combatives training", "playing intramural flag football", "landing from an airborne operation", "jumping off a 6-ft wall on the obstacle course"],
         exam=["L knee moderate effusion", "Lachman 2B, anterior drawer positive", "pivot shift positive", "no joint line TTP, McMurray negative", "varus/valgus stable at 0 and 30 deg"],
         meds=[("Meloxicam", "15 mg tab", "1 tab PO daily", 30, 1)],
         img=("MRI", "MRI knee left without contrast", "Complete disruption of the anterior cruciate ligament fibers at the femoral attachment. Bone marrow edema in the lateral femoral condyle and posterolateral tibial plateau (pivot-shift pattern). PCL, MCL and LCL intact. Menisci intact. Moderate joint effusion.", "Complete ACL tear with pivot-shift bone contusions. Menisci intact."),
         surg=dict(name="Arthroscopic anterior cruciate ligament reconstruction, left knee, with bone-patellar tendon-bone autograft", cpt="29888", find="Complete ACL tear, empty notch sign. Menisci and articular cartilage intact. PCL intact.", spec="None", ebl="25 mL", anes="General LMA with adductor canal block",
                   steps="Exam under anesthesia confirmed 2B Lachman and grade 2 pivot shift. Central third BTB autograft harvested through a midline incision, 10 mm wide. Standard anterolateral and anteromedial portals established. Diagnostic arthroscopy performed. ACL stump debrided and notchplasty performed. Femoral tunnel drilled via anteromedial portal at 10:30 position; tibial tunnel drilled with guide at 55 deg. Graft passed and fixed with 7 x 25 mm interference screws at femur and 9 x 25 mm at tibia with knee in near full extension. Negative Lachman at completion, full ROM without impingement. Portals and incision closed in layers."),
         path=None,
         plan=["Hinged knee brace, crutches", "Prehab PT", "Ortho referral for ACL reconstruction"],
         prof="No running, jumping, rucking, or airborne operations. Crutches/brace as directed. No field duty.", days=90,
         set="cd", sex=None, age=(18, 38), labs={}),
    dict(key="chole", dx="Calculus of gallbladder with chronic cholecystitis", icd10="K80.10", icd9="574.10",
         cc=["RUQ pain after meals", "gallbladder attacks", "upper abdominal pain"],
         hpi="{Pt} describes recurrent episodes of postprandial RUQ and epigastric pain radiating to the right scapula over the past {dur}, typically after fatty meals and lasting 1-3 hours, with nausea. No jaundice, acholic stools or fever.",
         act=[""], exam=["abdomen soft, mild RUQ TTP, Murphy sign negative today", "no jaundice, no hepatomegaly"],
         meds=[("Ondansetron ODT", "4 mg", "1 tab SL Q8H PRN nausea", 10, 0), ("Acetaminophen", "500 mg tab", "2 tabs PO Q6H PRN pain, max 3 g/day", 40, 0)],
         img=("US", "Ultrasound abdomen limited, RUQ", "Multiple mobile echogenic shadowing gallstones, the largest 1.4 cm. Gallbladder wall mildly thickened to 4 mm. No pericholecystic fluid. Sonographic Murphy sign negative. CBD 4 mm. Liver normal echotexture.", "Cholelithiasis with mild wall thickening, no sonographic evidence of acute cholecystitis."),
         surg=dict(name="Laparoscopic cholecystectomy", cpt="47562", find="Chronically inflamed gallbladder with omental adhesions; critical view of safety obtained.", spec="Gallbladder with stones", ebl="15 mL", anes="General endotracheal",
                   steps="Four standard ports placed. Adhesions of omentum to gallbladder taken down bluntly. Fundus retracted cephalad, infundibulum laterally. Hepatocystic triangle dissected and critical view of safety achieved with only two structures entering the gallbladder. Cystic duct and artery triple-clipped and divided. Gallbladder removed from liver bed with hook cautery and extracted via umbilical port in a bag. Hemostasis confirmed. Ports removed under direct vision; fascia closed at umbilicus."),
         path=("Gallbladder, laparoscopic cholecystectomy", "Received fresh is a 7.5 x 3.0 x 2.4 cm gallbladder, opened to reveal green-brown bile and 14 faceted yellow stones ranging 0.3-1.4 cm. Wall thickness up to 0.4 cm. Mucosa velvety green. Representative sections in 1 cassette.", "Gallbladder wall with chronic inflammation, Rokitansky-Aschoff sinuses and muscular hypertrophy. No dysplasia.", "CHRONIC CHOLECYSTITIS AND CHOLELITHIASIS. NEGATIVE FOR DYSPLASIA OR MALIGNANCY."),
         plan=["Low-fat diet", "General surgery referral for elective laparoscopic cholecystectomy"],
         prof="No lifting > 20 lbs, no PT, 2 weeks post-op.", days=14,
         set="ci", sex="F", age=(28, 62), labs={"ALT": 58, "ALKP": 131}),
    dict(key="htn", dx="Essential (primary) hypertension", icd10="I10", icd9="401.9",
         cc=["BP follow-up", "elevated blood pressure at PHA", "HTN recheck, med refill"],
         hpi="{Pt} has hypertension diagnosed {when} and presents for follow-up. Home BP log averages 142/90. Taking lisinopril daily, denies missed doses. Denies chest pain, SOB, headache, vision change or edema. Drinks 6-10 beers on weekends; trying to cut back. Uses smokeless tobacco.",
         act=[""], exam=["BP 146/94 repeat 142/92", "RRR, no murmur", "no edema", "fundi not visualized"],
         meds=[("Lisinopril", "20 mg tab", "1 tab PO daily", 90, 3), ("Hydrochlorothiazide", "12.5 mg cap", "1 cap PO daily", 90, 3)],
         img=None, plan=["Increase lisinopril to 20 mg daily, add HCTZ 12.5 mg", "BMP in 2 weeks", "DASH diet, alcohol reduction, tobacco cessation counseling; referred to Health Promotion", "RTC 4-6 weeks with home BP log"],
         prof="Temporary profile pending BP control: may take APFT/PT test when BP < 140/90 on two readings.", days=30,
         set="c", sex=None, age=(30, 66), labs={"GLU": 104, "CHOL": 228, "LDL": 151, "TRIG": 188}),
    dict(key="dm", dx="Type 2 diabetes mellitus with hyperglycemia", icd10="E11.65", icd9="250.02",
         cc=["diabetes follow up", "A1c results", "DM2 f/u, refills"],
         hpi="{Pt} has type 2 diabetes diagnosed {when} and is here for follow-up. Taking metformin 1000 mg BID with occasional GI upset. Checking fingersticks 2-3 times per week, fasting 150s-190s. Denies polyuria, polydipsia, hypoglycemia. Last eye exam over a year ago.",
         act=[""], exam=["BMI 33.1", "monofilament intact bilaterally, pedal pulses 2+", "no foot ulcers or calluses"],
         meds=[("Metformin ER", "500 mg tab", "2 tabs PO BID with meals", 360, 3), ("Atorvastatin", "20 mg tab", "1 tab PO QHS", 90, 3), ("Glipizide", "5 mg tab", "1 tab PO daily with breakfast", 90, 3)],
         img=None, plan=["Add glipizide 5 mg daily; hypoglycemia precautions reviewed", "Diabetes education class; nutrition referral", "Optometry referral for dilated eye exam", "A1c in 3 months; urine microalbumin today"],
         prof="MEB referral considered if A1c not at goal on oral agents; no deployment to austere location without endocrine clearance.", days=90,
         set="c", sex=None, age=(34, 70), labs={"GLU": 186, "A1C": 8.4, "CHOL": 212, "LDL": 128}),
    dict(key="ptsd", dx="Posttraumatic stress disorder, chronic", icd10="F43.12", icd9="309.81",
         cc=["nightmares, can't sleep", "BH follow up", "anger, trouble sleeping since deployment"],
         hpi="{Pt} returned from deployment {when} where {he} was exposed to multiple IED blasts and a mass casualty event. Reports nightmares 4-5 nights per week, intrusive memories, avoidance of crowds, hypervigilance, irritability and poor concentration. PCL-5 score {pcl}. PHQ-9 {phq}. Denies SI/HI, plan or intent. Alcohol use increased to 4-5 drinks most nights. Supportive spouse. No weapons at home per pt; command aware of BH care.",
         act=[""], exam=["MSE: alert, oriented x4, casually dressed, good eye contact", "mood 'on edge', affect constricted, congruent", "thought process linear, no SI/HI, no AVH", "insight and judgment fair"],
         meds=[("Sertraline", "100 mg tab", "1 tab PO daily", 30, 2), ("Prazosin", "2 mg cap", "1 cap PO QHS for nightmares; titrate per BH", 30, 2)],
         img=None, plan=["Continue sertraline 100 mg; start prazosin 1 mg QHS x 3 days then 2 mg", "Enroll in Cognitive Processing Therapy, 12 sessions", "Safety plan reviewed; crisis line numbers provided", "SUDCC/ASAP referral for alcohol use"],
         prof="No deployment; no access to weapons or ammunition; no duty as armed guard. May perform all other duties in MOS.", days=90,
         set="c", sex=None, age=(21, 45), labs={}),
    dict(key="tbi", dx="Concussion with brief loss of consciousness (mTBI), blast", icd10="S06.0X1A", icd9="850.11",
         cc=["headache after IED blast", "blast exposure, dazed", "mTBI evaluation"],
         hpi="{Pt} was the gunner in a MRAP struck by an IED {when}. Reports LOC < 1 min per squad leader, then dazed and confused for about 10 min. Now complains of headache 6/10, dizziness, ringing in ears, light sensitivity. MACE 2 cognitive score {mace}/30. No vomiting, no seizure, no focal weakness.",
         act=[""], exam=["GCS 15", "no scalp hematoma, TMs intact bilaterally", "PERRLA, EOMI, no nystagmus", "CN II-XII intact, strength 5/5, Romberg negative, tandem gait slightly unsteady"],
         meds=[("Acetaminophen", "500 mg tab", "2 tabs PO Q6H PRN headache", 30, 0)],
         img=("CT", "CT head without contrast", "No intracranial hemorrhage, mass effect, or midline shift. Gray-white differentiation preserved. Ventricles normal in size. No calvarial fracture. Paranasal sinuses and mastoid air cells clear.", "No acute intracranial abnormality."),
         plan=["Mandatory 24-hr rest, then Progressive Return to Activity (PRA) stages", "Acetaminophen for HA; avoid NSAIDs first 48 h", "Document blast exposure in BAT/JTTR; audiology screen", "Reassess MACE 2 prior to RTD"],
         prof="Rest x 24 h; no combat arms duty, no driving, no weapons firing until cleared after PRA stage 6.", days=7,
         set="de", sex="M", age=(19, 35), labs={}),
    dict(key="frag", dx="Fragmentation wound, left thigh, with retained foreign body", icd10="S71.142A", icd9="890.1",
         cc=["frag wound L thigh", "IED - penetrating injury", "casualty, fragmentation injuries"],
         hpi="{Pt} sustained fragmentation wounds to the left thigh from an IED {when} while on dismounted patrol. Tourniquet applied at point of injury by combat lifesaver, converted to pressure dressing at Role 1. Received TXA 2 g and ertapenem 1 g per TCCC. Hemodynamically stable during MEDEVAC.",
         act=[""], exam=["L anterolateral thigh 3 cm entry wound with surrounding ecchymosis, no exit wound", "thigh compartments soft, DP/PT pulses 2+", "sensation and motor intact distally", "multiple 2-4 mm superficial frag wounds L forearm"],
         meds=[("Cefazolin", "2 g IV", "IV Q8H x 24 hours", 3, 0), ("Oxycodone", "5 mg tab", "1-2 tab PO Q4H PRN pain", 20, 0)],
         img=("XR", "Femur left 2 views", "Metallic foreign body 1.4 cm in the anterior compartment soft tissues of the mid thigh. Femur intact without fracture. Soft tissue gas tracking along the wound.", "Retained metallic fragment, no fracture."),
         surg=dict(name="Wound exploration, irrigation and debridement, left thigh, with removal of foreign body and negative pressure wound therapy placement", cpt="11043", find="Fragment in vastus lateralis, no vascular injury; moderate devitalized muscle debrided.", spec="Metallic fragment and debrided muscle", ebl="150 mL", anes="General endotracheal",
                   steps="Wound extended longitudinally. Devitalized skin, fat and muscle sharply debrided to bleeding, contractile tissue. Metallic fragment retrieved from the vastus lateralis and sent as evidence/specimen with chain of custody. Femoral vessels not in the zone of injury. Irrigated with 6 L of normal saline via low-pressure system. NPWT dressing placed at -125 mmHg. Forearm frag wounds irrigated and left open. Plan return to OR 48-72 h for washout, possibly at next echelon."),
         path=("Soft tissue and foreign body, left thigh, debridement", "Received in two containers: (A) multiple fragments of tan-red skeletal muscle and fat, 6.0 x 4.5 x 2.0 cm in aggregate; (B) one irregular gray-black metallic fragment, 1.4 x 0.9 x 0.6 cm, photographed and returned to chain of custody.", "Skeletal muscle with hemorrhage, necrosis, and acute inflammation.", "A. SKELETAL MUSCLE WITH HEMORRHAGE AND COAGULATIVE NECROSIS, CONSISTENT WITH TRAUMATIC INJURY. B. METALLIC FOREIGN BODY (GROSS ONLY)."),
         plan=["OR for I&D", "Antibiotics, tetanus toxoid", "AE to Role 4 via CCATT/routine"],
         prof="Hospitalized; no duty.", days=60,
         set="dei", sex="M", age=(19, 32), labs={"HGB": 11.2, "HCT": 33.5}),
    dict(key="pna", dx="Community-acquired pneumonia, right lower lobe", icd10="J18.9", icd9="486",
         cc=["cough, fever", "SOB and fever x 3 days", "productive cough"],
         hpi="{Pt} presents with 3-4 days of productive cough with yellow-green sputum, fevers to 102F, chills, and right-sided pleuritic chest pain. Progressive dyspnea on exertion. {Recruit}",
         act=[""], exam=["T 38.9, HR 108, RR 22, SpO2 93% RA", "crackles and egophony RLL", "no accessory muscle use"],
         meds=[("Azithromycin", "250 mg tab", "2 tabs PO day 1, then 1 tab PO daily days 2-5", 6, 0), ("Amoxicillin/Clavulanate", "875/125 mg tab", "1 tab PO BID x 7 days", 14, 0), ("Benzonatate", "100 mg cap", "1 cap PO TID PRN cough", 21, 0)],
         img=("XR", "Chest PA and lateral", "Focal airspace consolidation in the right lower lobe with air bronchograms. No pleural effusion or pneumothorax. Cardiomediastinal silhouette normal.", "Right lower lobe pneumonia."),
         plan=["Ceftriaxone 1 g IV + azithromycin 500 mg IV, then transition to PO", "Blood cultures x2, sputum culture, flu/COVID swab", "Incentive spirometry, IVF", "Admit to medicine ward"],
         prof="Quarters x 72 h, then no PT or field duty x 14 days.", days=14,
         set="eic", sex=None, age=(18, 60), labs={"WBC": 16.1, "NEUT%": 86, "PCT": 1.2}),
    dict(key="stone", dx="Calculus of left ureter", icd10="N20.1", icd9="592.1",
         cc=["L flank pain", "kidney stone?", "severe left side pain radiating to groin"],
         hpi="{Pt} woke {when} with sudden severe left flank pain radiating to the groin, 9/10, colicky, with nausea and one episode of emesis. Noted pink urine. No fever. Had a similar episode 3 years ago that passed spontaneously.",
         act=[""], exam=["uncomfortable, unable to lie still", "L CVA tenderness", "abdomen soft, nontender, no peritoneal signs"],
         meds=[("Tamsulosin", "0.4 mg cap", "1 cap PO daily until stone passes", 14, 0), ("Ketorolac", "10 mg tab", "1 tab PO Q6H PRN pain, max 5 days", 20, 0), ("Ondansetron ODT", "4 mg", "1 tab SL Q8H PRN nausea", 10, 0)],
         img=("CT", "CT abdomen/pelvis without contrast (renal stone protocol)", "4 mm calculus at the left ureterovesical junction with mild left hydroureteronephrosis and perinephric stranding. 2 mm nonobstructing right lower pole calculus. Appendix normal.", "4 mm obstructing left UVJ calculus with mild hydronephrosis."),
         plan=["Toradol 30 mg IV, Zofran 4 mg IV, NS 1 L", "Medical expulsive therapy with tamsulosin; strain urine", "Urology follow-up 1-2 weeks; return if fever or intractable pain", "DNIF/aviation: grounded until stone cleared"],
         prof="DNIF. No deployment or field duty until stone passed and cleared by urology.", days=14,
         set="ec", sex=None, age=(22, 55), labs={"UBLD": "LARGE", "URBC": ">50", "CREAT": 1.2}),
    dict(key="cell", dx="Abscess with cellulitis of left thigh", icd10="L02.416", icd9="682.6",
         cc=["boil on leg", "painful red bump L thigh x 4 days", "possible spider bite"],
         hpi="{Pt} reports a painful red lump on the left thigh x 4 days, initially thought to be a spider bite, now larger with surrounding redness. No fevers. Several others in the barracks/company have had similar boils.",
         act=[""], exam=["L medial thigh 3 x 3 cm fluctuant abscess with 6 cm surrounding erythema, warmth, central pustule", "no lymphangitic streaking", "afebrile"],
         meds=[("Sulfamethoxazole/Trimethoprim DS", "800/160 mg tab", "1 tab PO BID x 7 days", 14, 0), ("Ibuprofen", "600 mg tab", "1 tab PO Q6H PRN pain", 20, 0)],
         img=None, plan=["I&D performed in clinic, wound culture sent", "TMP-SMX DS BID x 7 days", "Daily wound checks/packing change at sick call", "MRSA hygiene counseling; no shared towels/razors"],
         prof="Keep wound clean and dry; no swimming, no field duty, no PT until wound check x 5 days.", days=7,
         set="cde", sex=None, age=(18, 40), labs={"CULT": "MRSA"}),
    dict(key="heat", dx="Exertional heat illness with rhabdomyolysis", icd10="T67.0XXA", icd9="992.0",
         cc=["heat casualty from ruck march", "collapsed during road march", "heat injury"],
         hpi="{Pt} collapsed at approx mile 10 of a 12-mile ruck march {when} (WBGT flag: {flag}). Per cadre, became confused and combative. Initial rectal temp in the field 105.8F; ice sheets applied with cooling to 102F prior to arrival. Now oriented, complains of diffuse muscle aches and nausea. Dark urine. Took a pre-workout supplement this morning.",
         act=[""], exam=["T 100.9 (rectal), HR 112, BP 104/62", "alert, oriented x3 now, mildly fatigued", "mucous membranes dry", "diffuse muscle tenderness thighs"],
         meds=[("Acetaminophen", "500 mg tab", "2 tabs PO Q6H PRN (avoid NSAIDs)", 20, 0)],
         img=None, plan=["Aggressive IVF NS to UOP > 200 mL/h", "Trend CK, BMP, LFTs q12h", "Admit to internal medicine", "Heat injury profile; complete DA Form/Reportable medical event"],
         prof="Heat injury profile: no strenuous activity, no training in heat category 3 or higher; graduated return over 7-14 days after labs normalize.", days=14,
         set="ei", sex=None, age=(18, 30), labs={"CK": 18450, "CREAT": 1.7, "AST": 212, "ALT": 96, "K": 5.1}),
    dict(key="stress", dx="Stress fracture of right tibia", icd10="M84.361A", icd9="733.93",
         cc=["shin pain", "R shin pain getting worse with running", "shin splints"],
         hpi="{Pt} is currently in week {wk} of {train} and reports progressive right anterior shin pain x 3 weeks, worse with running and marching, now present at rest and at night. No specific trauma. Recently increased mileage.",
         act=[""], exam=["focal TTP over R mid anteromedial tibia", "positive hop test R", "no swelling or erythema", "NV intact"],
         meds=[("Acetaminophen", "500 mg tab", "1-2 tabs PO Q6H PRN pain", 30, 0)],
         img=("MRI", "MRI tibia/fibula right without contrast", "Periosteal and bone marrow edema along the posteromedial cortex of the mid tibial diaphysis with a short linear low-signal fracture line. No displacement.", "Grade 4 tibial stress injury (stress fracture), mid right tibia."),
         plan=["Crutches, protected weight bearing x 2-4 weeks", "Vitamin D, calcium; check 25-OH vit D", "Nutrition/RED-S screen", "Ortho/sports med f/u 3 weeks; graded return to running"],
         prof="Crutches. No running, jumping, marching, or rucking. May perform upper body PT and swimming.", days=42,
         set="c", sex=None, age=(18, 24), labs={"VITD": 17}),
    dict(key="preg", dx="Supervision of normal first pregnancy, first trimester", icd10="Z34.01", icd9="V22.0",
         cc=["positive home pregnancy test", "new OB", "missed period"],
         hpi="{Pt} is G1P0 with LMP approx {lmp} weeks ago and presents after a positive home pregnancy test. Mild nausea without vomiting. No bleeding or cramping. Taking prenatal vitamins. No tobacco or alcohol since positive test.",
         act=[""], exam=["abdomen soft, nontender", "no CVA tenderness"],
         meds=[("Prenatal multivitamin", "tab", "1 tab PO daily", 90, 3), ("Doxylamine/Pyridoxine", "10/10 mg tab", "2 tabs PO QHS PRN nausea", 60, 1)],
         img=("US", "Ultrasound OB < 14 weeks, transvaginal", "Single live intrauterine pregnancy. CRL 2.1 cm corresponding to 8 weeks 6 days. Fetal heart rate 168 bpm. No subchorionic hemorrhage. Ovaries unremarkable.", "Single live IUP, 8w6d by CRL."),
         plan=["New OB labs ordered", "Pregnancy profile issued", "Enrolled in OB care; first OB visit 10-12 weeks", "Avoid live vaccines and exposure to lead/solvents; notify supervisor re: fumes"],
         prof="Pregnancy profile: exempt from PT test, body composition, wear of body armor, exposure to fumes; may continue PT at own pace.", days=270,
         set="c", sex="F", age=(20, 36), labs={"HCG": 48210, "HGB": 12.6}),
    dict(key="shoulder", dx="Anterior dislocation of right shoulder", icd10="S43.014A", icd9="831.01",
         cc=["shoulder popped out", "R shoulder dislocation", "shoulder injury at combatives"],
         hpi="{Pt} sustained an anterior dislocation of the right shoulder {when} during {act}. This is the second dislocation; first was 14 months ago. Unable to move arm, holding it in slight abduction and external rotation.",
         act=["combatives level 1 course", "a pickup basketball game", "a fall while climbing into a HMMWV"],
         exam=["loss of normal deltoid contour, humeral head palpable anteriorly", "axillary nerve sensation intact over lateral deltoid", "radial pulse 2+"],
         meds=[("Ibuprofen", "800 mg tab", "1 tab PO TID with food PRN", 30, 0)],
         img=("XR", "Shoulder right 3 views (AP, Y, axillary)", "Pre-reduction: anterior subcoracoid dislocation of the humeral head. Hill-Sachs deformity of the posterolateral humeral head. No glenoid rim fracture identified. Post-reduction: humeral head is located.", "Anterior shoulder dislocation, successfully reduced. Hill-Sachs lesion."),
         surg=dict(name="Arthroscopic Bankart repair, right shoulder", cpt="29806", find="Anteroinferior labral detachment from 3 to 6 o'clock with capsular laxity; engaging Hill-Sachs not present.", spec="None", ebl="minimal", anes="General with interscalene block",
                   steps="Beach chair position. Posterior viewing portal, anterior and anterosuperior working portals. Labrum elevated from glenoid neck and glenoid prepared with shaver and rasp. Three 2.9 mm knotless suture anchors placed at 5:30, 4:30 and 3:30 with capsulolabral shift. Stable bumper restored. Portals closed with nylon."),
         path=None, plan=["Sling x 2-3 weeks", "Ortho referral for recurrent instability", "MRI arthrogram"],
         prof="Sling. No use of right arm, no weapons qualification, no PT upper body.", days=30,
         set="ced", sex="M", age=(18, 35), labs={}),
    dict(key="afib", dx="Atrial fibrillation with rapid ventricular response", icd10="I48.91", icd9="427.31",
         cc=["heart racing", "palpitations and SOB", "irregular heartbeat"],
         hpi="{Pt} has a history of hypertension and presents with palpitations and exertional dyspnea since {when}. No chest pain, syncope, or focal weakness. Drinks 1-2 glasses of wine nightly. No prior episodes. CHA2DS2-VASc score {chads}.",
         act=[""], exam=["irregularly irregular, HR 132", "BP 138/84", "lungs clear", "no JVD, trace bilateral ankle edema"],
         meds=[("Metoprolol succinate", "50 mg tab", "1 tab PO daily", 90, 3), ("Apixaban", "5 mg tab", "1 tab PO BID", 180, 3), ("Lisinopril", "10 mg tab", "1 tab PO daily", 90, 3)],
         img=("ECHO", "Transthoracic echocardiogram", "Normal LV size with LVEF estimated 55%. Left atrium moderately dilated (LA volume index 42 mL/m2). No significant valvular disease. RVSP 28 mmHg. No pericardial effusion.", "Preserved LV function. Moderate LA enlargement."),
         plan=["Diltiazem IV then metoprolol for rate control", "Start apixaban", "TSH, echo", "Cardiology consult; consider TEE/DCCV"],
         prof="", days=0, set="eic", sex=None, age=(58, 82), labs={"TSH": 1.9, "TROP": "<0.01", "BNP": 310}),
    dict(key="depr", dx="Major depressive disorder, single episode, severe, without psychotic features", icd10="F32.2", icd9="296.23",
         cc=["suicidal thoughts", "command-directed BH eval", "SI"],
         hpi="{Pt} was brought in by the first sergeant after telling a coworker {he} 'did not want to be here anymore.' Reports 2 months of depressed mood, anhedonia, insomnia, poor appetite with 12 lb weight loss, and worsening suicidal ideation with a plan to use a personal firearm. Recent relationship loss and pending UCMJ action. Denies HI or psychosis. AUDIT-C 7.",
         act=[""], exam=["MSE: disheveled, psychomotor slowing, poor eye contact", "mood 'hopeless', affect flat", "endorses SI with plan, no HI, no AVH", "insight limited, judgment impaired"],
         meds=[("Sertraline", "50 mg tab", "1 tab PO daily", 30, 0), ("Hydroxyzine", "25 mg tab", "1 tab PO Q6H PRN anxiety/insomnia", 20, 0)],
         img=None, plan=["Admit to inpatient psychiatry, voluntary", "1:1 observation, suicide precautions", "Command notified per DoDI 6490.08; weapons secured by command", "Start sertraline 50 mg"],
         prof="No access to weapons or ammunition. No deployment, no field duty, no duty requiring security clearance decisions pending eval.", days=90,
         set="ei", sex=None, age=(19, 40), labs={"TSH": 2.2, "UDS": "NEGATIVE", "ETOH": "<10"}),
    dict(key="hernia", dx="Unilateral inguinal hernia, right, without obstruction or gangrene", icd10="K40.90", icd9="550.90",
         cc=["bulge in R groin", "groin pain with lifting"],
         hpi="{Pt} notes a right groin bulge x {dur} that is worse with lifting and coughing and reduces when lying down. Aching discomfort at end of duty day. No nausea, vomiting, or incarceration episodes.",
         act=[""], exam=["reducible right inguinal hernia on Valsalva, no tenderness", "left side without hernia", "testes descended bilaterally"],
         meds=[("Acetaminophen", "500 mg tab", "2 tabs PO Q6H PRN", 30, 0), ("Oxycodone", "5 mg tab", "1 tab PO Q6H PRN severe pain", 8, 0)],
         img=None,
         surg=dict(name="Laparoscopic totally extraperitoneal (TEP) right inguinal hernia repair with mesh", cpt="49650", find="Indirect right inguinal hernia with a moderate sac; no direct component. Left side without hernia.", spec="None", ebl="5 mL", anes="General endotracheal",
                   steps="Infraumbilical incision, anterior rectus sheath incised, balloon dissector used to develop the preperitoneal space. Two 5 mm ports midline. Indirect sac reduced off the cord structures. Myopectineal orifice cleared. 15 x 15 cm polypropylene mesh placed, covering direct, indirect and femoral spaces, fixed with absorbable tacks to Cooper ligament. Space desufflated under vision. Fascia closed."),
         path=None, plan=["Surgery referral for repair", "no heavy lifting"],
         prof="No lifting > 15 lbs, no PT, no ruck, no body armor x 4 weeks post-op.", days=28,
         set="c", sex="M", age=(20, 60), labs={}),
    dict(key="skin", dx="Basal cell carcinoma of skin of nose", icd10="C44.311", icd9="173.31",
         cc=["spot on nose that bleeds", "nonhealing lesion"],
         hpi="{Pt} with a long history of outdoor sun exposure reports a pearly lesion on the left nasal ala present for about a year that occasionally bleeds. No prior skin cancers.",
         act=[""], exam=["6 mm pearly papule with telangiectasias and central erosion, left nasal ala", "no cervical adenopathy", "multiple actinic keratoses on the scalp and dorsal hands"],
         meds=[("Mupirocin", "2% ointment", "apply to wound BID x 7 days", 1, 0)],
         img=None,
         surg=dict(name="Excision of skin lesion, left nasal ala, with layered closure", cpt="11642", find="6 mm pearly papule; 3 mm clinical margins obtained.", spec="Skin, left nasal ala, suture at 12 o'clock", ebl="minimal", anes="Local (1% lidocaine with epinephrine)",
                   steps="Area prepped and draped. Elliptical excision with 3 mm margins oriented along relaxed skin tension lines. Specimen tagged at 12 o'clock. Hemostasis with electrocautery. Layered closure with 5-0 Monocryl deep and 6-0 nylon simple interrupted."),
         path=("Skin, left nasal ala, excision", "Received in formalin is an ellipse of skin 1.4 x 0.6 x 0.3 cm with a 0.5 cm pearly papule. Suture marks 12 o'clock. Margins inked. Serially sectioned and entirely submitted.", "Nests of basaloid cells with peripheral palisading and retraction artifact arising from the epidermis, extending into the superficial dermis. Margins uninvolved; closest margin 1.5 mm (deep).", "BASAL CELL CARCINOMA, NODULAR TYPE. MARGINS NEGATIVE."),
         plan=["Shave biopsy", "Dermatology"], prof="", days=0,
         set="c", sex=None, age=(55, 85), labs={}),
    dict(key="chestpain", dx="Chest pain, atypical, noncardiac (musculoskeletal)", icd10="R07.89", icd9="786.59",
         cc=["chest pain", "L chest pain after push-ups", "chest tightness"],
         hpi="{Pt} reports left-sided chest pain since {when}, sharp, reproducible, worse with deep breath and arm movement, started after a PT session with heavy bench press. No exertional pattern, no diaphoresis, no dyspnea. No family history of early CAD. Uses energy drinks 2-3 per day.",
         act=[""], exam=["reproducible TTP L parasternal costochondral junctions 3-5", "RRR, no murmur, lungs clear", "no calf tenderness or leg swelling"],
         meds=[("Naproxen", "500 mg tab", "1 tab PO BID with food x 10 days", 20, 0)],
         img=("XR", "Chest PA and lateral", "Lungs are clear. No pneumothorax or effusion. Heart size normal. No acute osseous abnormality.", "No acute cardiopulmonary process."),
         plan=["ECG NSR without ischemic changes; troponin negative x2", "NSAIDs, activity modification", "Return precautions for exertional pain, SOB, syncope", "Follow-up PCM 1 week"],
         prof="No push-ups or bench press x 7 days.", days=7,
         set="ec", sex=None, age=(19, 45), labs={"TROP": "<0.01", "DDIMER": 0.21}),
]
SC = {s["key"]: s for s in S}
SURG = [s for s in S if s.get("surg")]
PATH_SC = [s for s in S if s.get("path")]
IMG_SC = [s for s in S if s.get("img")]

PROCS = [
    dict(name="Colonoscopy with cold snare polypectomy", ind="Screening colonoscopy, age 45+; retiree", icd="Z12.11", sed="Moderate sedation (fentanyl 100 mcg, midazolam 4 mg IV)",
         body="The colonoscope was introduced through the anus and advanced to the cecum, identified by the appendiceal orifice and ileocecal valve. The terminal ileum was intubated. Bowel prep was good (BBPS 8). A 6 mm sessile polyp in the sigmoid colon was removed with cold snare and retrieved. Small internal hemorrhoids on retroflexion. Withdrawal time 9 minutes.",
         imp="One 6 mm sigmoid polyp, removed. Small internal hemorrhoids.", rec="Await pathology. Repeat colonoscopy in 5-7 years if adenoma.", path="tubular"),
    dict(name="Esophagogastroduodenoscopy (EGD) with biopsy", ind="Dyspepsia and epigastric pain refractory to PPI", icd="R10.13", sed="Monitored anesthesia care (propofol)",
         body="The endoscope was passed under direct vision into the esophagus, which was normal; Z-line regular at 39 cm. The stomach showed patchy erythema in the antrum; biopsies taken for H. pylori (CLO and histology). Duodenal bulb and second portion normal.",
         imp="Mild antral gastritis, biopsied.", rec="Continue omeprazole 40 mg daily. Treat if H. pylori positive.", path="gastritis"),
    dict(name="Lumbar puncture", ind="Headache with fever, rule out meningitis", icd="R51.9", sed="Local anesthesia, 1% lidocaine 5 mL",
         body="Patient placed in left lateral decubitus position. L3-L4 interspace identified, prepped with chlorhexidine and draped sterilely. 20 g spinal needle inserted on first pass. Opening pressure 18 cm H2O. 12 mL clear, colorless CSF collected in 4 tubes and sent for cell count, glucose, protein, Gram stain and culture, and meningitis/encephalitis PCR panel. Needle withdrawn, bandage applied.",
         imp="Uncomplicated LP. Opening pressure 18 cm H2O.", rec="Lie flat 1 hour. Follow CSF studies.", path=None),
    dict(name="Intra-articular corticosteroid injection, right knee", ind="Primary osteoarthritis, right knee", icd="M17.11", sed="None; ethyl chloride spray",
         body="Verbal and written consent obtained. Time-out performed. Right knee prepped with chlorhexidine. Using a superolateral approach, 40 mg triamcinolone with 4 mL 1% lidocaine injected into the joint without resistance. No blood return. Band-aid applied.",
         imp="Successful knee injection.", rec="Ice, relative rest 48 h. Monitor glucose if diabetic. May repeat no sooner than 3 months.", path=None),
    dict(name="Subacromial bursa injection, left shoulder", ind="Rotator cuff impingement syndrome, left shoulder", icd="M75.42", sed="None",
         body="Consent obtained. Time-out. Posterolateral approach under the acromion after chlorhexidine prep. 40 mg methylprednisolone and 4 mL 1% lidocaine injected without resistance. Post-injection impingement testing improved by approximately 70%.",
         imp="Positive diagnostic lidocaine test, subacromial impingement.", rec="PT for scapular stabilization. Follow-up 6 weeks.", path=None),
    dict(name="Central venous catheter placement, right internal jugular, ultrasound-guided", ind="Septic shock requiring vasopressors", icd="R65.21", sed="Local 1% lidocaine",
         body="Full barrier precautions, chlorhexidine prep. Real-time ultrasound used to identify a compressible right IJ vein. Vein accessed on first pass, wire passed without ectopy, dilated, and a 7 Fr triple-lumen catheter placed via Seldinger technique, secured at 15 cm. All ports flushed and drew back blood. Post-procedure CXR: tip at cavoatrial junction, no pneumothorax.",
         imp="Successful RIJ CVC.", rec="OK to use. Daily necessity review.", path=None),
    dict(name="Flexible bronchoscopy with bronchoalveolar lavage", ind="Persistent RUL infiltrate, immunocompetent", icd="R91.8", sed="Moderate sedation plus topical lidocaine",
         body="Bronchoscope introduced via the mouth. Vocal cords moved normally. Airway exam to the subsegmental level showed mild erythema without endobronchial lesions. BAL performed in the RB2 segment with 120 mL instilled and 55 mL returned, sent for cell count, cultures (bacterial, AFB, fungal), and cytology.",
         imp="No endobronchial lesion. BAL RUL.", rec="Follow cultures and cytology.", path="bal"),
    dict(name="Left heart catheterization with coronary angiography", ind="NSTEMI", icd="I21.4", sed="Moderate sedation",
         body="Right radial artery access with 6 Fr sheath. Selective coronary angiography performed. Left main normal. LAD with 85% proximal stenosis. LCx with mild luminal irregularities. RCA dominant, 30% mid stenosis. LVEDP 16 mmHg. Proceeded with PCI of the proximal LAD with a 3.0 x 18 mm drug-eluting stent with 0% residual stenosis, TIMI 3 flow. TR band applied.",
         imp="Single-vessel CAD, successful PCI of proximal LAD.", rec="DAPT (aspirin + ticagrelor) for 12 months, high-intensity statin, cardiac rehab.", path=None),
    dict(name="Electromyography and nerve conduction study, bilateral upper extremities", ind="Numbness and tingling in hands, r/o carpal tunnel syndrome", icd="G56.03", sed="None",
         body="Median sensory distal peak latencies prolonged bilaterally (R 4.3 ms, L 3.9 ms) with reduced amplitudes on the right. Median motor distal latency prolonged on the right (4.8 ms). Ulnar and radial studies normal. Needle EMG of selected C5-T1 muscles including APB without denervation.",
         imp="Moderate right and mild left median neuropathy at the wrist (carpal tunnel syndrome). No cervical radiculopathy.", rec="Wrist splints at night; hand surgery referral if refractory.", path=None),
    dict(name="Incision and drainage of abscess, complex", ind="Abscess of left thigh", icd="L02.416", sed="Local 1% lidocaine with epinephrine 6 mL",
         body="Area prepped with povidone-iodine. Field block with lidocaine. 1.5 cm linear incision made over area of maximal fluctuance; approximately 8 mL purulent material expressed and cultured. Loculations broken up with a hemostat. Irrigated with NS. Packed with 1/4 inch iodoform gauze. Dry sterile dressing.",
         imp="I&D of abscess, culture sent.", rec="Packing removal/change in 24-48 h at sick call. TMP-SMX.", path=None),
    dict(name="Laceration repair, intermediate, 4.5 cm, left forearm", ind="Laceration of left forearm from sheet metal", icd="S51.812A", sed="Local 1% lidocaine 5 mL",
         body="Wound explored under bloodless field, no tendon involvement, no foreign body. Irrigated with 500 mL NS. Layered closure: 4-0 Vicryl deep dermal x 3, 4-0 nylon simple interrupted x 7. Tetanus updated (Tdap).",
         imp="4.5 cm intermediate laceration repair.", rec="Suture removal in 10-14 days at battalion aid station.", path=None),
    dict(name="Partial nail avulsion with phenol matrixectomy, right great toe, lateral border", ind="Ingrown toenail, recurrent, with paronychia", icd="L60.0", sed="Digital block 3 mL 1% lidocaine plain + 3 mL 0.5% bupivacaine",
         body="Digital block. Tourniquet applied. Lateral 1/4 of nail plate freed with a nail elevator and removed with English anvil. Granulation tissue debrided. 89% phenol applied to the matrix x 3 applications of 30 seconds, then flushed with alcohol. Tourniquet released, capillary refill brisk. Bulky dressing applied.",
         imp="Lateral partial nail avulsion with chemical matrixectomy.", rec="Epsom salt soaks BID, wear open-toed shoe/sandal. No boots x 7 days.", path=None),
    dict(name="Closed reduction of anterior shoulder dislocation under procedural sedation", ind="Anterior dislocation of right shoulder", icd="S43.014A", sed="Procedural sedation with ketamine 1 mg/kg IV",
         body="Pre-procedure time-out performed. Continuous cardiac monitoring, EtCO2 and pulse oximetry. After adequate sedation, external rotation and traction-countertraction technique used with successful reduction on second attempt, palpable clunk. Post-reduction neurovascularly intact. Sling applied. Post-reduction films confirm reduction.",
         imp="Successful closed reduction.", rec="Sling; ortho follow-up within 1 week.", path=None),
    dict(name="Thoracentesis, left, ultrasound-guided", ind="Left pleural effusion, undiagnosed", icd="J90", sed="Local 1% lidocaine",
         body="Patient seated leaning forward. Ultrasound identified a large anechoic effusion. Site marked at 8th intercostal space posterior axillary line, prepped and draped. Catheter-over-needle system advanced; 1,200 mL straw-colored fluid removed. Sent for cell count, LDH, protein, glucose, pH, culture, cytology. No complications; post-procedure US without pneumothorax.",
         imp="Diagnostic and therapeutic thoracentesis, 1.2 L removed.", rec="Follow pleural fluid studies (Light criteria).", path=None),
]

# ---------------------------------------------------------------- context
TRAINING = ["Basic Combat Training", "Recruit Training", "BMT", "AIT", "the Basic Officer Leader Course",
            "Infantry One Station Unit Training", "Marine Combat Training"]
CHRONIC = [("Omeprazole", "20 mg cap", "1 cap PO daily before breakfast"),
           ("Cetirizine", "10 mg tab", "1 tab PO daily PRN allergies"),
           ("Fluticasone nasal", "50 mcg/spray", "2 sprays each nostril daily"),
           ("Albuterol HFA", "90 mcg/act", "2 puffs INH Q4-6H PRN wheeze"),
           ("Levonorgestrel/Ethinyl estradiol", "0.15/0.03 mg tab", "1 tab PO daily"),
           ("Multivitamin", "tab", "1 tab PO daily"),
           ("Melatonin", "3 mg tab", "1 tab PO QHS PRN sleep"),
           ("Amlodipine", "5 mg tab", "1 tab PO daily"),
           ("Simvastatin", "20 mg tab", "1 tab PO QHS"),
           ("Sumatriptan", "50 mg tab", "1 tab PO at migraine onset, may repeat x1 in 2 h"),
           ("Tamsulosin", "0.4 mg cap", "1 cap PO QHS"),
           ("Levothyroxine", "75 mcg tab", "1 tab PO daily on empty stomach"),
           ("Trazodone", "50 mg tab", "1 tab PO QHS PRN insomnia")]
ALLERGIES = ["NKDA", "NKDA", "NKDA", "No Known Allergies", "Penicillin (hives)", "Sulfa drugs (rash)",
             "Codeine (nausea)", "Shellfish", "Latex (contact dermatitis)", "Bee stings (anaphylaxis) - carries EpiPen"]


def make_ctx(rng, sc=None, setting=None):
    g = G(rng)
    P = {"g": g}
    sc = sc or g.c(S)
    P["sc"] = sc
    year = g.c(list(range(2003, 2025)))
    d = datetime.date(year, 1, 1) + datetime.timedelta(days=g.i(0, 364))
    P["date"] = d
    P["year"] = year
    sets = sc["set"]
    if setting is None:
        opts = []
        if "c" in sets: opts += ["clinic", "clinic", "civ"]
        if "i" in sets: opts += ["inpatient", "inpatient", "civ"]
        if "e" in sets: opts += ["ed", "ed", "civ"]
        if "d" in sets and year <= 2021: opts += ["deployed", "deployed", "deployed"]
        setting = g.c(opts or ["clinic"])
    if setting == "deployed" and year > 2021:
        year = g.i(2004, 2020)
        d = datetime.date(year, g.i(1, 12), g.i(1, 28))
        P["date"], P["year"] = d, year
    P["setting"] = setting
    lo, hi = sc["age"]
    age = g.i(lo, hi)
    sex = sc["sex"] or g.c("MMMF")
    pt = name_person(g, sex)
    P["pt"] = pt
    P["sex"] = sex
    P["Sex"] = "Male" if sex == "M" else "Female"
    P["age"] = age
    P["dob"] = datetime.date(d.year - age, g.i(1, 12), g.i(1, 28))
    if (P["dob"].month, P["dob"].day) > (d.month, d.day):
        P["dob"] = P["dob"].replace(year=P["dob"].year - 1)
    P["he"], P["his"], P["He"], P["him"] = ("he", "his", "He", "him") if sex == "M" else ("she", "her", "She", "her")
    branch = g.c(["Army", "Army", "Army", "Navy", "Air Force", "Marine Corps"])
    if setting == "deployed":
        branch = g.c(["Army", "Army", "Marine Corps", "Army", "Navy", "Air Force"])
    P["branch"] = branch
    if age >= 55 or (sc["key"] in ("afib", "skin")):
        cat = g.c(["retiree", "retiree", "spouse"])
    elif sc["key"] in ("chole", "preg") and setting != "deployed":
        cat = g.c(["spouse", "ADSM", "spouse"])
    elif setting == "deployed":
        cat = "ADSM"
    else:
        cat = g.c(["ADSM"] * 7 + ["spouse", "reserve"])
    if cat == "spouse" and age < 20:
        cat = "ADSM"
    P["cat"] = cat
    rank = g.c(RANKS[branch])
    if age < 21:
        rank = RANKS[branch][g.i(0, 3)]
    P["rank"], P["grade"] = rank, rank[1]
    P["unit"] = g.c(UNITS[branch])
    P["dodid"] = "%010d" % g.i(1000000000, 1699999999)
    P["ssn4"] = "%04d" % g.i(1, 9999)
    P["fmp"] = "20" if cat in ("ADSM", "retiree", "reserve") else "30"
    if cat == "spouse":
        sp = name_person(g, "M" if sex == "F" else "F")
        sp["last"] = pt["last"]
        srank = g.c(RANKS[branch][3:])
        P["sponsor"] = dict(sp, rank=srank[0], grade=srank[1], retired=(age >= 50))
    else:
        P["sponsor"] = None
    P["benefit"] = {"ADSM": "Active Duty", "retiree": "Retired", "spouse": "Family Member (Spouse)",
                    "reserve": "Reserve Component (activated)"}[cat]
    if cat == "retiree":
        P["rankstr"] = "%s (Ret)" % rank[0]
    elif cat == "spouse":
        P["rankstr"] = "DEP"
    else:
        P["rankstr"] = rank[0]
    # facility
    if setting == "deployed":
        f = g.c(DEPLOYED)
        P["fac"], P["fac_short"], P["loc"] = f[0], f[1], "APO AE 09%03d" % g.i(300, 399)
        P["civ"] = False
    elif setting == "civ":
        f = g.c(CIVS)
        P["fac"], P["fac_short"] = f[0], "".join(w[0] for w in f[0].split() if w[0].isupper())
        P["loc"] = "%s, %s" % (f[1], f[2])
        P["civ"] = True
    else:
        f = g.c(MTFS[branch if branch != "Marine Corps" else g.c(["Navy", "Marine Corps"])])
        P["fac"], P["fac_short"], P["loc"] = f[0], f[1], "%s, %s" % (f[2], f[3])
        P["civ"] = False
    P["mtf"] = g.c(MTFS[branch])[0]
    P["addr"] = "%d %s" % (g.i(100, 9899), g.c(STREETS))
    P["prov"] = provider(g, civ=P["civ"], svc=branch)
    P["prov2"] = provider(g, civ=P["civ"], kind="MD", svc=branch)
    P["rn"] = nurse(g, civ=P["civ"])
    P["medic"] = medic(g, "Army" if branch == "Army" else ("Air Force" if branch == "Air Force" else "Navy"))
    P["icd"] = sc["icd10"] if d >= datetime.date(2015, 10, 1) else sc["icd9"]
    P["icdsys"] = "ICD-10" if d >= datetime.date(2015, 10, 1) else "ICD-9"
    P["genesis"] = year >= 2018 and g.p(0.6)
    P["allergy"] = g.c(ALLERGIES)
    P["home"] = [m for m in g.some(CHRONIC, 0, 3)
                 if not (m[0].startswith("Levonorgestrel") and sex == "M")]
    P["mrn"] = "%08d" % g.i(10000000, 99999999)
    P["fin"] = "%010d" % g.i(1000000000, 9999999999)
    P["ph"] = phone(g)
    P["vit"] = vitals(g, sc)
    P["hpi"] = fill_hpi(P)
    P["civ_practice"] = civ_practice(P)
    return P


def vitals(g, sc):
    v = dict(T=g.u(97.6, 98.9), HR=g.i(58, 88), BP="%d/%d" % (g.i(108, 134), g.i(64, 84)),
             RR=g.i(12, 18), SPO2=g.i(97, 100), WT=g.i(128, 232), HT=g.i(61, 75), PAIN=g.i(0, 3))
    k = sc["key"]
    if k in ("appy", "pna"): v.update(T=g.u(100.4, 102.6), HR=g.i(100, 118))
    if k == "pna": v.update(RR=g.i(20, 26), SPO2=g.i(90, 94))
    if k == "htn": v.update(BP="%d/%d" % (g.i(142, 158), g.i(90, 99)))
    if k == "afib": v.update(HR=g.i(118, 146), BP="%d/%d" % (g.i(128, 150), g.i(78, 92)))
    if k == "heat": v.update(T=g.u(100.2, 101.5), HR=g.i(104, 124), BP="%d/%d" % (g.i(98, 110), g.i(56, 66)))
    if k in ("ankle", "lbp", "acl", "stone", "shoulder", "frag", "appy", "stress", "chestpain"):
        v["PAIN"] = g.i(4, 9)
    if k == "stone": v["HR"] = g.i(92, 110)
    return v


def fill_hpi(P):
    g, sc = P["g"], P["sc"]
    who = "%d y/o %s" % (P["age"], "male" if P["sex"] == "M" else "female")
    if P["cat"] == "ADSM":
        who += " " + g.c(["AD %s %s" % (P["branch"], P["rank"][0]), P["rank"][0], "ADSM (%s)" % P["rank"][0],
                          "active duty %s" % {"Army": "Soldier", "Navy": "Sailor", "Air Force": "Airman", "Marine Corps": "Marine"}[P["branch"]]])
    elif P["cat"] == "spouse":
        who += " " + g.c(["dependent spouse", "family member", "spouse of AD %s" % P["branch"]])
    elif P["cat"] == "retiree":
        who += " " + g.c(["retiree", "retired %s veteran" % P["branch"], "TFL beneficiary"])
    else:
        who += " mobilized reservist"
    art = g.c(["This is a ", "Pt is a ", "", "Patient is a ", "", "SM is a "]) if P["cat"] == "ADSM" else g.c(["This is a ", "Pt is a ", "", "Patient is a "])
    chronic = sc["key"] in ("htn", "dm", "ptsd", "chole", "hernia")
    rep = {"{Pt}": art + who + (" who" if art else ""),
           "{when}": g.c(["in %d" % (P["year"] - g.i(1, 6)), "approximately 6 months ago", "several years ago", "last year", "about 8 months ago"]) if chronic else
                     g.c(["yesterday", "2 days ago", "this morning", "last night", "3 days prior to arrival", "earlier today", "the evening prior to presentation"]),
           "{act}": g.c(sc["act"]) if sc["act"][0] else "",
           "{dur}": g.c(["3 days", "1 week", "2 weeks", "3 months", "6 months"]),
           "{he}": P["he"], "{his}": P["his"], "{He}": P["He"],
           "{pcl}": str(g.i(44, 62)), "{phq}": str(g.i(10, 18)), "{mace}": str(g.i(22, 26)),
           "{flag}": g.c(["green", "yellow", "red", "black"]), "{wk}": str(g.i(4, 8)),
           "{train}": g.c(TRAINING), "{lmp}": str(g.i(7, 10)), "{chads}": str(g.i(1, 4)),
           "{svc}": P["branch"], "{Recruit}": g.c(["", "Lives in open-bay barracks; several others in platoon with URI symptoms.", "No recent travel.", "Nonsmoker."])}
    t = sc["hpi"]
    for a, b in rep.items():
        t = t.replace(a, b)
    t = t.replace("  ", " ").replace(" .", ".")
    return t[0].upper() + t[1:]


def force_civ(P):
    g = P["g"]
    if not P["civ"]:
        f = g.c(CIVS)
        P["fac"], P["loc"], P["civ"] = f[0], "%s, %s" % (f[1], f[2]), True
        P["fac_short"] = "".join(w[0] for w in f[0].split() if w[0].isupper())


def civ_practice(P):
    g = P["g"]
    sp = SPEC[P["sc"]["key"]].split(" (")[0].split(" / ")[0].replace("Physical Medicine & Rehabilitation", "Spine & Rehabilitation")
    town = P["loc"].split(",")[0] if P["civ"] else g.c(CIVS)[1]
    return g.c(["%s %s Associates", "%s %s Group, PC", "%s %s Specialists", "%s Regional %s"]) % (town, sp)


# ---------------------------------------------------------------- format helpers
def dt(P, style=None, d=None):
    g = P["g"]
    if style is None:
        style = P.setdefault("dstyle", g.c([0, 0, 0, 1, 1, 2, 3, 5]))
    return d_fmt(d or P["date"], style)


def later(P, days):
    return P["date"] + datetime.timedelta(days=days)


def ptname(P, style=0):
    return full(P["pt"], style)


def hd(P, text):
    """Section heading in the document's chosen style."""
    g = P["g"]
    st = P.setdefault("hstyle", g.c([0, 0, 1, 1, 2, 3, 4]))
    if st == 0:
        return text.upper() + ":"
    if st == 1:
        return text.title() + ":"
    if st == 2:
        return text.upper()
    if st == 3:
        return "*** " + text.upper() + " ***"
    return text.title() + "\n" + "-" * len(text)


SYN = {
    "cc": ["Chief Complaint", "CC", "Reason for Visit", "Reason for Appointment", "Presenting Complaint", "Chief Complaint/Reason for Visit"],
    "hpi": ["History of Present Illness", "HPI", "History of Present Illness", "Subjective", "Interval History"],
    "pmh": ["Past Medical History", "PMH", "Problems", "Active Problems", "Medical History"],
    "psh": ["Past Surgical History", "PSH", "Surgical History"],
    "meds": ["Medications", "Current Medications", "Active Medications", "Meds", "Outpatient Medications"],
    "all": ["Allergies", "Allergies", "Drug Allergies", "Allergy"],
    "sh": ["Social History", "SH", "Social Hx"],
    "fh": ["Family History", "FH"],
    "ros": ["Review of Systems", "ROS"],
    "pe": ["Physical Exam", "Physical Examination", "Exam", "Objective", "PE"],
    "vs": ["Vital Signs", "Vitals", "VS"],
    "a": ["Assessment", "Assessment/Plan", "Impression", "A/P", "Diagnosis"],
    "p": ["Plan", "Plan", "Recommendations", "Disposition/Plan"],
}


def h(P, key):
    g = P["g"]
    k = "syn_" + key
    if k not in P:
        P[k] = g.c(SYN[key])
    return hd(P, P[k])


def vitals_line(P, style=None):
    g, v = P["g"], P["vit"]
    style = g.i(0, 4) if style is None else style
    if style == 0:
        return "T %.1f F  HR %d  BP %s  RR %d  SpO2 %d%% RA  Pain %d/10" % (v["T"], v["HR"], v["BP"], v["RR"], v["SPO2"], v["PAIN"])
    if style == 1:
        return "BP: %s, HR: %d, RR: %d, Temp: %.1f, Ht: %d in, Wt: %d lbs, SpO2: %d%%, Pain: %d" % (
            v["BP"], v["HR"], v["RR"], v["T"], v["HT"], v["WT"], v["SPO2"], v["PAIN"])
    if style == 2:
        return "Vitals: BP %s | HR %d | R %d | T %.1f (oral) | Wt %d lb | BMI %.1f" % (
            v["BP"], v["HR"], v["RR"], v["T"], v["WT"], 703.0 * v["WT"] / (v["HT"] ** 2))
    if style == 3:
        return "Temp: %.1f F (%.1f C)   Pulse: %d   Resp: %d   BP: %s   O2 sat: %d%%" % (
            v["T"], (v["T"] - 32) / 1.8, v["HR"], v["RR"], v["BP"], v["SPO2"])
    return "VS: %.1f - %d - %d - %s - %d%%" % (v["T"], v["HR"], v["RR"], v["BP"], v["SPO2"])


def med_lines(P, meds, style=0):
    g = P["g"]
    out = []
    for i, m in enumerate(meds):
        if style == 0:
            out.append("%s %s - %s" % (m[0], m[1], m[2]))
        elif style == 1:
            out.append("%d. %s %s, %s" % (i + 1, m[0].upper(), m[1], m[2]))
        elif style == 2:
            out.append("  - %s %s %s" % (m[0], m[1], m[2].lower()))
        else:
            out.append("%-34s %-16s %s" % (m[0], m[1], m[2]))
    return out


def all_meds(P):
    return [(m[0], m[1], m[2]) for m in P["sc"]["meds"]] + list(P["home"])


def dxline(P, style=None):
    g = P["g"]
    style = g.i(0, 4) if style is None else style
    sc = P["sc"]
    if style == 0:
        return "%s (%s)" % (sc["dx"], P["icd"])
    if style == 1:
        return "%s - %s" % (P["icd"], sc["dx"].upper())
    if style == 2:
        return "1. %s [%s]" % (sc["dx"], P["icd"])
    if style == 3:
        return "%s  %s: %s" % (sc["dx"], P["icdsys"], P["icd"])
    return sc["dx"]


def ptid(P, style=None):
    g = P["g"]
    style = g.i(0, 6) if style is None else style
    n0 = ptname(P, 0)
    dob = dt(P, d=P["dob"])
    if style == 0:
        return "Patient: %s   DOB: %s   Sex: %s   DoD ID: %s" % (n0, dob, P["sex"], P["dodid"])
    if style == 1:
        return "%s  FMP/SSN: %s/XXX-XX-%s  DOB: %s  %s" % (n0, P["fmp"], P["ssn4"], dob, P["rankstr"])
    if style == 2:
        return "Name: %s\nMRN: %s   DOB: %s   Age: %d yrs   Sex: %s" % (n0, P["mrn"], dob, P["age"], P["Sex"])
    if style == 3:
        return "PATIENT: %s | EDIPI %s | %s | %s" % (n0, P["dodid"], P["rankstr"], P["branch"].upper())
    if style == 4:
        return "%s   (%s %s)   DOB %s" % (ptname(P, 1), P["Sex"], P["age"], dob)
    if style == 5:
        return "Pt Name: %s          SSN: XXX-XX-%s         DOB: %s" % (n0, P["ssn4"], dob)
    return "%s  MRN %s  FIN %s  DOB %s  %s" % (n0, P["mrn"], P["fin"], dob, P["sex"])


def letterhead(P):
    g = P["g"]
    if P["civ"]:
        return "\n".join([P["fac"].upper(), "%d %s" % (g.i(100, 9999), g.c(STREETS)), P["loc"] + " %05d" % g.i(10000, 99999),
                          "Tel %s   Fax %s" % (P["ph"], phone(g))])
    if P["setting"] == "deployed":
        return "\n".join([g.c(["DEPARTMENT OF THE ARMY", "DEPARTMENT OF DEFENSE", "COMBINED JOINT TASK FORCE - MEDICAL"]),
                          P["fac"].upper(), P["loc"]])
    dept = {"Army": "DEPARTMENT OF THE ARMY", "Navy": "DEPARTMENT OF THE NAVY", "Marine Corps": "DEPARTMENT OF THE NAVY",
            "Air Force": "DEPARTMENT OF THE AIR FORCE"}[P["branch"]]
    if P["year"] >= 2019 and g.p(0.5):
        dept = "DEFENSE HEALTH AGENCY"
    return "\n".join([dept, P["fac"].upper(), "%s %s" % (P["loc"], "%05d" % g.i(10000, 99999))])


def print_footer(P, page=1, pages=1):
    g = P["g"]
    pd = later(P, g.i(0, 400))
    who = full(name_person(g), 0)
    st = P.setdefault("fstyle", g.i(0, 6))
    cui = "CUI" if P["year"] >= 2020 else "FOR OFFICIAL USE ONLY"
    if P["civ"]:
        return g.c(["Page %d of %d" % (page, pages),
                    "%s   Page %d/%d   Printed %s" % (ptname(P, 2), page, pages, d_fmt(pd, 1)),
                    "CONFIDENTIAL PATIENT INFORMATION - %s - Pg %d" % (P["fac"], page)])
    if st == 0:
        return "Printed by: %s  Printed on: %s %s  Page %d of %d" % (who, d_fmt(pd, 1), tm_colon(g), page, pages)
    if st == 1:
        return "%s\nThis document contains information protected by the Privacy Act of 1974 (5 U.S.C. 552a) and HIPAA.\nPage %d of %d" % (cui, page, pages)
    if st == 2:
        return "Generated %s by %s     %s     %d / %d" % (d_fmt(pd, 0), who, P["fac_short"], page, pages)
    if st == 3:
        return "%s  %s  FMP/SSN %s/XXX-XX-%s   Pg %d" % (ptname(P, 0), P["fac_short"], P["fmp"], P["ssn4"], page)
    if st == 4:
        return "-- %s -- Privacy Act Data -- Page %d of %d --" % (cui, page, pages)
    return "Page %d" % page


def paginate(P, text, top=None):
    g = P["g"]
    lines = text.split("\n")
    n = g.i(48, 66)
    pages = max(1, (len(lines) + n - 1) // n)
    if pages == 1 and g.p(0.45):
        return (top + "\n" if top else "") + text + "\n\n" + print_footer(P, 1, 1)
    out = []
    for p in range(pages):
        if p and top:
            out.append(top + " (cont.)" if g.p(0.5) else top)
        elif not p and top:
            out.append(top)
        out.extend(lines[p * n:(p + 1) * n])
        out.append("")
        out.append(print_footer(P, p + 1, pages))
        if p < pages - 1:
            out.append("\f")
    return "\n".join(out)


def fax_banner(P):
    g = P["g"]
    d = later(P, g.i(0, 20))
    return g.c([
        "%s %s  FROM: %s  TO: %s  P.%d/%d" % (d.strftime("%b-%d-%Y").upper(), tm_colon(g), P["fac"].upper()[:26], phone(g), g.i(1, 3), g.i(3, 9)),
        "%s %s   %s   #%04d P. %03d" % (d_fmt(d, 1), tm_colon(g), phone(g), g.i(1, 9999), g.i(1, 6)),
        "Received: %s %s by fax from %s" % (d_fmt(d, 4), tm_colon(g), phone(g)),
    ])


OCR_SUB = {"l": ["1", "I"], "I": ["l", "1"], "O": ["0"], "0": ["O"], "e": ["c"], "c": ["e"], "m": ["rn"],
           "S": ["5"], "B": ["8"], ".": [",", ""], ",": ["."], "t": ["f"], "h": ["b"], "a": ["o"], "n": ["ri"]}


def ocr(text, rng):
    lvl = rng.random()
    if lvl < 0.3:
        return text
    rate = 0.0015 if lvl < 0.7 else (0.006 if lvl < 0.92 else 0.015)
    out = []
    for ch in text:
        r = rng.random()
        if r < rate and ch in OCR_SUB:
            out.append(rng.choice(OCR_SUB[ch]))
        elif r < rate * 1.3 and ch == " ":
            out.append(rng.choice(["", "  "]))
        elif r < rate * 1.35 and ch.isalpha():
            out.append(ch + rng.choice(["'", "~", "|", "."]))
        else:
            out.append(ch)
    t = "".join(out)
    if lvl > 0.85:
        t = "\n".join(l.rstrip() + (" " * rng.randint(0, 4) if rng.random() < 0.3 else "") for l in t.split("\n"))
    return t


def sign(P, who=None, civ=None, esig=None):
    g = P["g"]
    who = who or P["prov"]
    st = g.i(0, 5)
    d = dt(P)
    if st == 0:
        return "Electronically signed by: %s on %s at %s" % (who["sig"], d, tm(g))
    if st == 1:
        return "Signed By: %s (Provider) %s %s" % (who["sig"], d, tm(g))
    if st == 2:
        return "//SIGNED//\n%s" % who["disp"]
    if st == 3:
        return "_______________________________\n%s\n%s" % (who["disp"], P["fac"])
    if st == 4:
        return "Dictated by: %s\nD: %s  T: %s  Job #%d\n%s" % (who["disp"], d, dt(P, d=later(P, 1)), g.i(10000, 99999), g.c(["Dictated but not read", "Transcriptionist: MT/%s" % g.c(["kl", "jr", "sab", "dmw"]), "Electronically authenticated"]))
    return "%s\n%s" % (who["disp"], g.c(["Attending", "Primary Care Manager", "Staff Physician", P["fac_short"]]))

# ---------------------------------------------------------------- labs
LABS = {
    "WBC": ("WBC", "K/uL", 4.0, 10.5, 1), "RBC": ("RBC", "M/uL", 4.2, 5.9, 2), "HGB": ("Hemoglobin", "g/dL", 12.0, 17.5, 1),
    "HCT": ("Hematocrit", "%", 36.0, 52.0, 1), "MCV": ("MCV", "fL", 80, 100, 0), "PLT": ("Platelets", "K/uL", 150, 400, 0),
    "NEUT%": ("Neutrophils", "%", 40, 75, 0),
    "NA": ("Sodium", "mmol/L", 135, 145, 0), "K": ("Potassium", "mmol/L", 3.5, 5.1, 1), "CL": ("Chloride", "mmol/L", 98, 107, 0),
    "CO2": ("CO2", "mmol/L", 22, 29, 0), "BUN": ("BUN", "mg/dL", 7, 20, 0), "CREAT": ("Creatinine", "mg/dL", 0.6, 1.3, 2),
    "GLU": ("Glucose", "mg/dL", 70, 99, 0), "CA": ("Calcium", "mg/dL", 8.5, 10.5, 1),
    "AST": ("AST", "U/L", 10, 40, 0), "ALT": ("ALT", "U/L", 7, 56, 0), "ALKP": ("Alkaline Phosphatase", "U/L", 40, 129, 0),
    "TBIL": ("Bilirubin, Total", "mg/dL", 0.2, 1.2, 1), "ALB": ("Albumin", "g/dL", 3.5, 5.0, 1),
    "CHOL": ("Cholesterol, Total", "mg/dL", 0, 199, 0), "TRIG": ("Triglycerides", "mg/dL", 0, 149, 0),
    "HDL": ("HDL Cholesterol", "mg/dL", 40, 100, 0), "LDL": ("LDL Cholesterol (calc)", "mg/dL", 0, 99, 0),
    "A1C": ("Hemoglobin A1c", "%", 4.0, 5.6, 1), "TSH": ("TSH", "uIU/mL", 0.4, 4.5, 2), "CK": ("Creatine Kinase", "U/L", 39, 308, 0),
    "BNP": ("BNP", "pg/mL", 0, 100, 0), "PCT": ("Procalcitonin", "ng/mL", 0, 0.5, 2), "DDIMER": ("D-Dimer", "ug/mL FEU", 0, 0.5, 2),
    "VITD": ("Vitamin D, 25-Hydroxy", "ng/mL", 30, 100, 0), "HCG": ("hCG, Quantitative", "mIU/mL", 0, 5, 0),
}
PANELS = {
    "CBC W/ AUTO DIFF": ["WBC", "RBC", "HGB", "HCT", "MCV", "PLT", "NEUT%"],
    "BASIC METABOLIC PANEL": ["NA", "K", "CL", "CO2", "BUN", "CREAT", "GLU", "CA"],
    "HEPATIC FUNCTION PANEL": ["AST", "ALT", "ALKP", "TBIL", "ALB"],
    "LIPID PANEL": ["CHOL", "TRIG", "HDL", "LDL"],
}


def lab_value(P, k):
    g = P["g"]
    name, unit, lo, hi, nd = LABS[k]
    ov = P["sc"]["labs"].get(k)
    if isinstance(ov, (int, float)):
        v = ov * g.u(0.95, 1.05, 3)
    else:
        span = hi - lo
        if k in ("CHOL", "TRIG", "LDL", "HCG", "PCT", "DDIMER", "BNP"):
            v = g.u(hi * 0.4, hi * 0.9, 3)
        else:
            v = g.u(lo + span * 0.15, hi - span * 0.15, 3)
        if k == "HGB" and P["sex"] == "F":
            v = g.u(12.1, 14.2, 2)
    v = round(v, nd) if nd else int(round(v))
    flag = "H" if v > hi else ("L" if v < lo else "")
    if k == "HDL" and v < lo:
        flag = "L"
    return name, v, unit, "%s-%s" % (lo if nd else int(lo), hi if nd else int(hi)), flag


def panels_for(P):
    keys = set(P["sc"]["labs"])
    chosen = ["CBC W/ AUTO DIFF"]
    if keys & {"NA", "K", "CREAT", "GLU", "BUN"} or P["g"].p(0.7):
        chosen.append("BASIC METABOLIC PANEL")
    if keys & {"AST", "ALT", "ALKP"}:
        chosen.append("HEPATIC FUNCTION PANEL")
    if keys & {"CHOL", "LDL", "TRIG"}:
        chosen.append("LIPID PANEL")
    extra = [k for k in keys if k in LABS and not any(k in PANELS[p] for p in chosen)]
    return chosen, extra


QUAL = {
    "UBLD": ("Urine Blood", "NEGATIVE"), "URBC": ("Urine RBC /HPF", "0-2"), "UDS": ("Drug Screen, Urine (9 panel)", "NEGATIVE"),
    "ETOH": ("Ethanol, Serum (mg/dL)", "<10"), "TROP": ("Troponin I (ng/mL)", "<0.04"), "CULT": ("Wound Culture", "No growth"),
}

MIL_LABS = [("HIV-1/2 Ag/Ab Combo Screen", "NONREACTIVE", "NONREACTIVE"),
            ("G6PD, Quantitative", "%.1f U/g Hb" % 9.8, "7.0-20.5"),
            ("Hemoglobin S (Sickle) Screen", "NEGATIVE", "NEGATIVE"),
            ("Blood Type ABO/Rh", "O POS", ""),
            ("Varicella zoster IgG", "IMMUNE", ">165 index"),
            ("Measles (Rubeola) IgG", "IMMUNE", ""),
            ("Hepatitis B Surface Ab", "REACTIVE (>10 mIU/mL)", ">=10"),
            ("QuantiFERON-TB Gold Plus", "NEGATIVE", "NEGATIVE"),
            ("RPR", "NONREACTIVE", "NONREACTIVE"),
            ("Chlamydia/GC NAAT, urine", "NOT DETECTED", "NOT DETECTED")]


def lab_rows(P):
    rows = []
    chosen, extra = panels_for(P)
    for pn in chosen:
        rows.append((pn, [lab_value(P, k) for k in PANELS[pn]]))
    if extra:
        rows.append(("ADDITIONAL TESTS", [lab_value(P, k) for k in extra]))
    q = []
    for k, (nm, normal) in QUAL.items():
        if k in P["sc"]["labs"]:
            val = P["sc"]["labs"][k]
            q.append((nm, val, "", normal, "" if val == normal else "A"))
    if q:
        rows.append(("OTHER", q))
    return rows

# ---------------------------------------------------------------- shared clinical text
SPEC = {"ankle": "Podiatry", "lbp": "Physical Medicine & Rehabilitation", "appy": "General Surgery",
        "acl": "Orthopaedic Surgery (Sports Medicine)", "chole": "General Surgery", "htn": "Cardiology",
        "dm": "Endocrinology", "ptsd": "Psychiatry", "tbi": "Neurology / TBI Clinic", "frag": "Trauma Surgery",
        "pna": "Pulmonary/Critical Care", "stone": "Urology", "cell": "Infectious Disease", "heat": "Nephrology",
        "stress": "Orthopaedic Surgery", "preg": "Obstetrics & Gynecology", "shoulder": "Orthopaedic Surgery",
        "afib": "Cardiology", "depr": "Psychiatry", "hernia": "General Surgery", "skin": "Dermatology",
        "chestpain": "Cardiology"}
CLINIC = ["Family Medicine Clinic", "Primary Care Clinic", "Troop Medical Clinic", "Soldier Centered Medical Home",
          "Flight Medicine", "Internal Medicine Clinic", "Sick Call", "Medical Home Port", "Acute Care Clinic"]
DISPO = ["Released w/o Limitations", "Released w/ Work/Duty Limitations", "Sick at Home/Quarters (Sick in Quarters)",
         "Immediate Referral", "Admitted", "Left Without Being Seen"]


def spec(P):
    return SPEC[P["sc"]["key"]]


def clinic(P):
    g = P["g"]
    if "clinic" not in P:
        P["clinic"] = g.c(CLINIC)
    return P["clinic"]


def course(P):
    g, sc = P["g"], P["sc"]
    s = []
    s.append("%s was admitted to the %s service %s." % (g.c(["The patient", "Patient", ptname(P, 3)]),
                                                        g.c(["general surgery", "internal medicine", "family medicine inpatient", "ward"]) if sc["key"] not in ("depr", "ptsd") else "inpatient psychiatry",
                                                        g.c(["from the ED", "via the emergency department", "as a direct admission from clinic", "after transfer"])))
    if sc.get("surg"):
        s.append("%s was taken to the operating room on hospital day %d and underwent %s without complication. Findings: %s" %
                 (P["He"], g.i(1, 2), sc["surg"]["name"].lower(), sc["surg"]["find"]))
        s.append("Post-operatively %s diet was advanced, pain was controlled on oral analgesics, and %s ambulated without difficulty." % (P["his"], P["he"]))
        if sc.get("path"):
            s.append("Pathology: %s" % sc["path"][3].capitalize())
    else:
        for p in sc["plan"][:3]:
            s.append(p.rstrip(".") + ".")
        if sc["key"] == "heat":
            s.append("CK peaked at %d and trended down with IV fluids; creatinine normalized to 1.0." % g.i(19000, 31000))
        elif sc["key"] == "pna":
            s.append("Blood cultures remained no growth. Fever curve resolved by hospital day 2 and %s was transitioned to oral antibiotics." % P["he"])
        elif sc["key"] == "afib":
            s.append("Rate controlled on metoprolol; spontaneously converted to sinus rhythm on hospital day 2. TSH normal.")
        elif sc["key"] == "depr":
            s.append("Participated in groups and individual therapy. SI resolved by day 5; safety plan completed with command and family.")
    s.append("At discharge %s is afebrile, tolerating diet, and %s." % (P["he"], g.c(["ambulating independently", "pain controlled", "in stable condition", "medically cleared"])))
    return " ".join(s)


def ros(P):
    g = P["g"]
    neg = ["Constitutional: no fever, chills, weight loss" if P["sc"]["key"] not in ("pna", "appy") else "Constitutional: + fevers, chills",
           "Eyes: no vision change", "ENT: no sore throat", "CV: no chest pain or palpitations" if P["sc"]["key"] not in ("afib", "chestpain") else "CV: + as per HPI",
           "Resp: no SOB" if P["sc"]["key"] != "pna" else "Resp: + cough, dyspnea", "GI: no N/V/D", "GU: no dysuria",
           "MSK: see HPI", "Neuro: no focal weakness", "Psych: no SI/HI" if P["sc"]["key"] not in ("depr",) else "Psych: + SI, see HPI", "Skin: no rash"]
    if g.p(0.3):
        return ["All other systems reviewed and negative except as noted in HPI."]
    return g.some(neg, 5, len(neg))


def exam(P, full_exam=True):
    g = P["g"]
    lines = ["Gen: " + g.c(["NAD, well-appearing", "alert, cooperative, in mild distress due to pain", "A&Ox3, appears stated age", "WDWN, NAD"])]
    if full_exam:
        lines += ["HEENT: NCAT, PERRL, MMM", "Neck: supple, no LAD", "CV: RRR, no m/r/g" if P["sc"]["key"] != "afib" else "CV: irregularly irregular, tachycardic",
                  "Lungs: CTAB" if P["sc"]["key"] != "pna" else "Lungs: crackles RLL", "Abd: soft, NT/ND, +BS" if P["sc"]["key"] not in ("appy", "chole") else "Abd: see below"]
    lines += [x[0].upper() + x[1:] for x in P["sc"]["exam"]]
    if full_exam:
        lines += ["Neuro: CN II-XII grossly intact, no focal deficits", "Skin: warm, dry, intact" if P["sc"]["key"] not in ("cell", "frag", "skin") else "Skin: see above"]
    return lines


def pmh_lines(P):
    g = P["g"]
    pool = ["Seasonal allergic rhinitis", "GERD", "Mild intermittent asthma", "Migraine without aura", "Hyperlipidemia",
            "Tinnitus", "s/p R 5th metacarpal fx (2009)", "Obesity", "Insomnia", "None"]
    if P["sc"]["key"] in ("afib", "skin"):
        pool += ["Hypertension", "BPH", "Osteoarthritis, knees", "Hypertension"]
    return g.some(pool, 1, 3)


def social(P):
    g = P["g"]
    bits = []
    if P["cat"] == "ADSM":
        bits.append("%s %s, %s; %s" % (P["branch"], P["rank"][0], P["unit"], g.c(["married, 2 children", "single, lives in barracks", "married, lives off post", "divorced, 1 child"])))
        bits.append(g.c(["%d deployment(s) (OIF/OEF)" % g.i(1, 4), "No prior deployments", "%d deployments, last %d" % (g.i(1, 3), P["year"] - g.i(1, 4))]))
    elif P["cat"] == "spouse":
        sp = P["sponsor"]
        bits.append("Spouse of %s %s (%s); %s" % (sp["rank"], sp["last"], P["branch"], g.c(["works as a teacher", "stay-at-home parent", "works at the commissary", "nursing student"])))
    else:
        bits.append("Retired %s after %d years; %s" % (P["branch"], g.i(20, 30), g.c(["works as a GS contractor", "lives with wife", "widowed, lives alone", "volunteers at the USO"])))
    bits.append(g.c(["Tobacco: never", "Tobacco: 1 ppd x 8 yrs", "Smokeless tobacco daily", "Former smoker, quit 2010", "Vapes nicotine"]))
    bits.append(g.c(["EtOH: social, 2-4 drinks/wk", "EtOH: denies", "EtOH: 6-8 beers on weekends", "EtOH: rare"]))
    bits.append(g.c(["Drugs: denies", "Illicit drugs: denies", "Supplements: pre-workout, creatine", "Denies illicit drug use"]))
    return bits


def fam(P):
    g = P["g"]
    return g.c(["Father - HTN, DM2. Mother - breast cancer.", "Noncontributory.", "Mother with hypothyroidism; no family hx of early CAD or sudden cardiac death.",
                "Father MI age 61. Brother with asthma.", "Unknown (adopted).", "No family history of bleeding disorders or anesthesia complications."])


def plan_lines(P, numbered=True):
    items = list(P["sc"]["plan"])
    if P["sc"].get("prof"):
        items.append("Profile/duty limitations x %d days" % P["sc"]["days"] if P["sc"]["days"] else "Profile as indicated")
    if numbered:
        return ["%d. %s" % (i + 1, x) for i, x in enumerate(items)]
    return ["- " + x for x in items]


def ctx_for(rng, keys=None, settings=None, pool=None):
    g = G(rng)
    pool = pool or S
    sc = g.c([s for s in pool if (keys is None or s["key"] in keys)])
    st = None
    if settings:
        ok = [s for s in settings if s == "civ" or {"clinic": "c", "inpatient": "i", "ed": "e", "deployed": "d"}[s] in sc["set"]]
        st = g.c(ok) if ok else None
    return make_ctx(rng, sc, st)


# ---------------------------------------------------------------- discharge summary
def gen_discharge_summary(rng):
    P = ctx_for(rng, settings=["inpatient", "civ", "deployed", "inpatient"],
                pool=[s for s in S if "i" in s["set"] or s.get("surg")])
    g, sc = P["g"], P["sc"]
    los = g.i(1, 6)
    ad, dd = dt(P), dt(P, d=later(P, los))
    L = g.i(0, 5)
    meds = all_meds(P)
    if P["setting"] == "deployed":
        L = 4
    elif P["civ"]:
        L = g.c([3, 5, 1])
    out = []
    if L == 0:
        out += ["MEDICAL RECORD", "NARRATIVE SUMMARY (CLINICAL RESUME)", ""]
        out += ["%s  %s" % (hd(P, "Date of admission"), ad), "%s  %s" % (hd(P, "Date of disposition"), dd), ""]
        out += [hd(P, "Chief complaint"), g.c(sc["cc"]).replace("{dur}", "3 days"), "", hd(P, "History of present illness"), P["hpi"], ""]
        out += [hd(P, "Physical findings on admission"), vitals_line(P)] + exam(P, False) + [""]
        out += [hd(P, "Hospital course"), course(P), ""]
        out += [hd(P, "Condition on disposition"), g.c(["Good", "Improved", "Stable"]), ""]
        out += [hd(P, "Disposition"), g.c(["Returned to duty with temporary profile.", "Discharged to quarters x 72 hours, then convalescent leave.",
                                           "Discharged home with family.", "Returned to unit; follow-up with PCM in 1 week."]), ""]
        out += [hd(P, "Final diagnoses"), dxline(P, 2)]
        if sc.get("surg"):
            out += [hd(P, "Operations/procedures"), "%s (CPT %s) on %s" % (sc["surg"]["name"], sc["surg"]["cpt"], dt(P, d=later(P, 1)))]
        out += ["", sign(P, P["prov2"]), "",
                "PATIENT'S IDENTIFICATION (For typed or written entries give: Name - last, first, middle; grade; rank; hospital or medical facility)",
                "%s  %s  %s  %s/XXX-XX-%s" % (ptname(P, 0), P["rankstr"], P["fac"], P["fmp"], P["ssn4"]), "",
                g.c(["STANDARD FORM 502 (REV. %d)" % g.c([1995, 2010]), "SF 502", "NARRATIVE SUMMARY  SF 502"])]
        return "\n".join(out)
    if L == 1:
        out += [letterhead(P), "", g.c(["DISCHARGE SUMMARY", "INPATIENT DISCHARGE SUMMARY", "HOSPITAL DISCHARGE SUMMARY", "DISCHARGE NOTE"]), ""]
        out += [ptid(P), "Attending: %s" % P["prov2"]["disp"], "Admission Date: %s     Discharge Date: %s     LOS: %d" % (ad, dd, los), ""]
        out += [hd(P, "Admitting diagnosis"), sc["dx"], "", hd(P, "Discharge diagnoses"), dxline(P, 2)]
        out += ["%d. %s" % (i + 2, x) for i, x in enumerate(pmh_lines(P)) if x != "None"]
        if sc.get("surg"):
            out += ["", hd(P, "Procedures"), sc["surg"]["name"]]
        out += ["", hd(P, "Consults"), g.c([spec(P), "None", "%s; Physical Therapy" % spec(P)])]
        out += ["", hd(P, "History of present illness"), P["hpi"], "", hd(P, "Hospital course"), course(P), ""]
        out += [hd(P, "Discharge medications")] + med_lines(P, meds, g.i(0, 2)) + [""]
        out += [hd(P, "Allergies"), P["allergy"], "", hd(P, "Disposition"),
                g.c(["Home/quarters", "Released to unit with limited duty profile", "Discharged to home in stable condition"]), ""]
        out += [hd(P, "Follow-up"), "PCM in %d days; %s clinic in %d weeks." % (g.i(3, 10), spec(P), g.i(1, 4))]
        if sc["prof"]:
            out += ["", hd(P, "Duty limitations"), sc["prof"] + " x %d days." % sc["days"]]
        out += ["", sign(P, P["prov2"])]
        return paginate(P, "\n".join(out))
    if L == 2:
        out += ["Discharge Summary", "", ptid(P, 6), "Admit Date/Time: %s %s   Discharge Date/Time: %s %s" % (dt(P, 1), tm_colon(g), dt(P, 1, later(P, los)), tm_colon(g)),
                "Encounter type: Inpatient   Unit: %s" % g.c(["4 West Med/Surg", "MICU", "3N Surgical", "Behavioral Health Inpatient", "Multi-Service Ward"]),
                "Attending Physician: %s" % P["prov2"]["disp"], ""]
        out += ["Principal Diagnosis", "  " + sc["dx"] + " " + P["icd"], "Secondary Diagnoses"] + ["  " + x for x in pmh_lines(P)] + [""]
        out += ["Brief HPI", P["hpi"], "", "Hospital Course", course(P), ""]
        out += ["Pertinent Results"]
        for pn, rows in lab_rows(P)[:2]:
            out.append("  " + ", ".join("%s %s%s" % (r[0], r[1], " (%s)" % r[4] if r[4] else "") for r in rows[:6]))
        if sc.get("img"):
            out.append("  %s: %s" % (sc["img"][1], sc["img"][3]))
        out += ["", "Condition at Discharge: %s" % g.c(["Stable", "Good", "Fair"]), "Code Status: Full Code", "Diet: %s" % g.c(["Regular", "Low fat", "Cardiac", "Advance as tolerated"]),
                "Activity: %s" % g.c(["As tolerated", "No heavy lifting > 15 lb", "Per profile"]), "", "Discharge Medication List"]
        out += med_lines(P, meds, 3)
        out += ["", "Follow Up Appointments", "  %s - %s" % (spec(P), dt(P, 1, later(P, los + g.i(5, 14)))), "  PCM - within 7 days", "", sign(P, P["prov2"])]
        return paginate(P, "\n".join(out))
    if L == 3:
        out += [fax_banner(P), "", P["fac"].upper(), P["loc"], "", g.c(["DISCHARGE SUMMARY", "Discharge Summary Report", "PHYSICIAN DISCHARGE SUMMARY"]), ""]
        out += ["PATIENT: %s     ACCT#: %s     MR#: %s" % (ptname(P, 0), P["fin"], P["mrn"]),
                "ADMITTED: %s   DISCHARGED: %s" % (dt(P, 1), dt(P, 1, later(P, los))),
                "INSURANCE: TRICARE %s" % g.c(["Prime", "Select", "For Life", "Prime Remote"]),
                "PCP: %s, %s" % (P["prov"]["disp"] if not P["prov"].get("civ") else "PCM, " + P["mtf"], P["mtf"]), ""]
        out += ["DISCHARGE DIAGNOSIS: " + sc["dx"], "", "HISTORY: " + P["hpi"], "", "HOSPITAL COURSE: " + course(P), ""]
        out += ["DISCHARGE MEDICATIONS:"] + med_lines(P, meds, 1)
        out += ["", "FOLLOW UP: Patient instructed to contact %s to schedule follow-up with PCM within 1 week. A copy of this summary has been faxed to the TRICARE referral management office." % P["mtf"], "",
                sign(P, P["prov2"]), "", "cc: %s Referral Management Center" % P["mtf"]]
        return paginate(P, "\n".join(out))
    if L == 4:
        fac = P["fac"]
        out += [g.c(["%s\nDISPOSITION SUMMARY" % fac.upper(), "%s  -  DISCHARGE / DISPOSITION NOTE" % P["fac_short"], fac + "\nInpatient Ward Discharge"]), ""]
        out += ["Pt: %s   %s   %s   Unit: %s" % (ptname(P, 0), P["rank"][0], SVC_ABBR[P["branch"]], P["unit"]),
                "DoD ID: %s   Admit: %s   Dispo: %s" % (P["dodid"], dt(P, 3), dt(P, 3, later(P, los))), ""]
        out += ["DX: " + sc["dx"] + " (%s)" % P["icd"], "", "Summary: " + P["hpi"] + " " + course(P), ""]
        out += ["Disposition: " + g.c(["RTD (return to duty) with limitations", "Evacuated to Role 4 (Regional Medical Center Rheinfeld) via AE, priority %s" % g.c(["PRIORITY", "ROUTINE"]),
                                       "RTD full duty", "Held for 72 h observation at Role 1, then RTD"]),
                "Limitations: " + (sc["prof"] or "None"), "Meds issued: " + "; ".join("%s %s #%d" % (m[0], m[1], m[3]) for m in sc["meds"]), "",
                "JTTR entered: %s" % g.c(["Y", "Yes", "pending"]), "", sign(P, P["prov2"])]
        return "\n".join(out)
    # L == 5 dictated narrative, few headings
    out += [P["fac"], "", "%s    %s" % (ptname(P, 0), P["mrn"]), "DATE OF ADMISSION: %s" % ad, "DATE OF DISCHARGE: %s" % dd, ""]
    out += ["%s is a %s who was admitted with %s. %s" % (ptname(P, 3), P["hpi"].split(" presents")[0].split(" reports")[0].split(" with")[0].lower() if g.p(0.3) else "%d-year-old %s" % (P["age"], "man" if P["sex"] == "M" else "woman"),
                                                        sc["dx"].lower(), P["hpi"])]
    out += ["", course(P), ""]
    out += ["%s will be discharged on %s. %s" % (P["He"], ", ".join("%s %s %s" % (m[0].lower(), m[1], m[2].lower()) for m in sc["meds"]),
                                                g.c(["Follow up with the primary care manager in one week.", "Follow-up in surgery clinic in 10-14 days for wound check.", "Return precautions were discussed."]))]
    out += ["", "DISCHARGE DIAGNOSIS: " + sc["dx"] + ".", "", sign(P, P["prov2"])]
    return "\n".join(out)


# ---------------------------------------------------------------- H&P
def gen_history_physical(rng):
    P = ctx_for(rng, settings=["inpatient", "civ", "deployed", "inpatient", "clinic"],
                pool=[s for s in S if "i" in s["set"] or s.get("surg")])
    g, sc = P["g"], P["sc"]
    L = g.i(0, 5)
    out = []
    cc = g.c(sc["cc"]).replace("{dur}", "2 days")
    if L == 0:
        out += [letterhead(P), "", g.c(["ADMISSION HISTORY AND PHYSICAL", "HISTORY & PHYSICAL", "ADMISSION NOTE", "H&P"]), "", ptid(P),
                "Date of admission: %s    Service: %s" % (dt(P), g.c(["Internal Medicine", "General Surgery", "Family Medicine", "Orthopaedics"])), ""]
        out += [h(P, "cc"), cc, "", h(P, "hpi"), P["hpi"], "", h(P, "pmh")] + pmh_lines(P)
        out += ["", h(P, "psh"), g.c(["None", "Tonsillectomy age 6", "Wisdom teeth extraction", "L ACL reconstruction 2011"]), "", h(P, "meds")]
        out += med_lines(P, P["home"], 0) or ["None"]
        out += ["", h(P, "all"), P["allergy"], "", h(P, "sh")] + social(P) + ["", h(P, "fh"), fam(P), "", h(P, "ros")] + ros(P)
        out += ["", h(P, "pe"), vitals_line(P)] + exam(P) + [""]
        out += ["LABS/IMAGING:"]
        for pn, rows in lab_rows(P)[:2]:
            out.append(", ".join("%s %s" % (r[0], r[1]) for r in rows))
        if sc.get("img"):
            out.append("%s: %s" % (sc["img"][1], sc["img"][3]))
        out += ["", h(P, "a"), "%s %s with %s." % (P["age"], P["sex"], sc["dx"].lower())] + plan_lines(P) + ["", sign(P, P["prov2"])]
        return paginate(P, "\n".join(out))
    if L == 1:
        out += ["Inpatient Admission History and Physical", "%s   %s   %s" % (ptname(P, 0), P["rankstr"], P["fac_short"]),
                "Date/Time: %s %s" % (dt(P), tm(g)), "", "S:", "CC: " + cc, "HPI: " + P["hpi"],
                "PMHx: " + "; ".join(pmh_lines(P)), "Meds: " + ("; ".join("%s %s" % (m[0], m[1]) for m in P["home"]) or "none"),
                "Allergies: " + P["allergy"], "SHx: " + ". ".join(social(P)), "FHx: " + fam(P), "", "O:", vitals_line(P)] + exam(P)
        out += ["", "A:", dxline(P, 0), "", "P:"] + plan_lines(P, False)
        out += ["", "Admit to: %s, Attending %s" % (g.c(["Ward 3A", "ICU", "Surgery", "Medicine"]), P["prov2"]["last"]), "Code status: FULL", "", sign(P)]
        return "\n".join(out)
    if L == 2:
        op = sc.get("surg") or SC["appy"]["surg"]
        out += [g.c(["PRE-OPERATIVE HISTORY AND PHYSICAL", "Short Stay H&P / Pre-procedure Evaluation", "Interval H&P (update within 30 days)"]), "",
                ptid(P, g.i(0, 6)), "", "Planned procedure: " + op["name"], "Surgeon: %s" % P["prov2"]["disp"], "Indication: " + sc["dx"], ""]
        out += ["History: " + P["hpi"], "", "PMH: " + ", ".join(pmh_lines(P)), "Prior anesthesia: " + g.c(["None", "GA for wisdom teeth without complication", "No personal or family hx of MH"]),
                "Meds: " + (", ".join(m[0] for m in P["home"]) or "None"), "Allergies: " + P["allergy"],
                "NPO since: %s" % tm(g), "Last menstrual period / hCG: %s" % ("N/A" if P["sex"] == "M" else "urine hCG negative"), ""]
        out += ["Exam:", vitals_line(P, 1), "Airway: Mallampati %s, full neck ROM" % g.c(["I", "II"]), "Heart: RRR", "Lungs: clear", "Surgical site: " + sc["exam"][0], ""]
        out += ["ASA class: %s" % g.c(["I", "II", "I", "II", "III"]), "Assessment: Appropriate candidate for planned procedure. Risks, benefits and alternatives discussed; consent signed.",
                "[X] H&P reviewed, no change in condition" if g.p(0.5) else "", "", sign(P, P["prov2"])]
        return "\n".join(x for x in out)
    if L == 3:
        force_civ(P)
        out += [fax_banner(P), P["fac"].upper(), "HISTORY AND PHYSICAL EXAMINATION", "", "NAME: %s  MR#: %s  ADM: %s  ROOM: %d" % (ptname(P, 0), P["mrn"], dt(P, 1), g.i(200, 599)),
                "ATTENDING: %s" % provider(g, civ=True, kind="MD")["disp"], "INSURANCE: TRICARE", ""]
        out += ["CHIEF COMPLAINT: " + cc, "", "HISTORY OF PRESENT ILLNESS: " + P["hpi"], "",
                "PAST MEDICAL HISTORY: " + ", ".join(pmh_lines(P)) + ".", "MEDICATIONS: " + (", ".join("%s %s" % (m[0], m[1]) for m in P["home"]) or "None") + ".",
                "ALLERGIES: " + P["allergy"] + ".", "SOCIAL HISTORY: " + ". ".join(social(P)) + ".", "FAMILY HISTORY: " + fam(P), "",
                "REVIEW OF SYSTEMS: " + "; ".join(ros(P)), "", "PHYSICAL EXAMINATION: " + vitals_line(P, 3) + ". " + ". ".join(exam(P)) + ".", "",
                "IMPRESSION: " + sc["dx"] + ".", "", "PLAN: " + " ".join(x + "." for x in sc["plan"]), "", sign(P, P["prov2"])]
        return paginate(P, "\n".join(out))
    if L == 4:
        out += [P["fac"] if P["setting"] == "deployed" else letterhead(P), g.c(["ADMISSION H&P - TRAUMA/ACUTE", "Admission Note", "Ward Admission H&P"]), "",
                "Name: %s  %s  %s  DoD ID %s" % (ptname(P, 0), P["rank"][0], SVC_ABBR[P["branch"]], P["dodid"]), "Unit: %s" % P["unit"], "DTG: %s%sZ" % (dt(P, 3), tm(g)), ""]
        if sc["key"] in ("frag", "tbi"):
            out += ["MOI: %s" % g.c(["IED, dismounted", "IED strike on MRAP", "Indirect fire (mortar)"]), "Primary survey:", "  A - patent, speaking", "  B - bilateral BS, SpO2 98%",
                    "  C - %s, HR %d, SBP %d" % (g.c(["TQ on L thigh converted to pressure dsg", "no active hemorrhage"]), P["vit"]["HR"], g.i(110, 130)), "  D - GCS 15, MAE", "  E - exposed, warmed", ""]
        out += ["HPI: " + P["hpi"], "", "PMH: " + ", ".join(pmh_lines(P)), "Meds: " + (", ".join(m[0] for m in P["home"]) or "none"), "All: " + P["allergy"],
                "Immunizations: up to date per MEDPROS" if P["branch"] == "Army" else "Immunizations: current per IMR", "", "Exam:"] + exam(P)
        out += ["", "Assessment/Plan:", dxline(P, 1)] + plan_lines(P) + ["", sign(P, P["prov2"])]
        return "\n".join(out)
    out += ["%s - %s" % (P["fac_short"], g.c(["Admission H and P", "Admit note", "HISTORY AND PHYSICAL"])), "%s; %s" % (ptname(P, 0), dt(P)), ""]
    out += ["%s %s %s. On arrival %s. %s" % (P["hpi"], g.c(["Past history is notable for", "PMH significant for", "Medical history includes"]), ", ".join(pmh_lines(P)).lower(),
                                          vitals_line(P, 4), " ".join(exam(P, False)) + ".")]
    out += ["", "Allergies: %s. Home meds: %s." % (P["allergy"], ", ".join(m[0] for m in P["home"]) or "none")]
    out += ["", "Impression and plan: %s. %s" % (sc["dx"], " ".join(x + "." for x in sc["plan"])), "", sign(P)]
    return "\n".join(out)

# ---------------------------------------------------------------- progress note
def gen_progress_note(rng):
    P = ctx_for(rng, settings=["clinic", "clinic", "inpatient", "civ", "deployed"])
    g, sc = P["g"], P["sc"]
    L = g.i(0, 6)
    cc = g.c(sc["cc"]).replace("{dur}", "2 weeks")
    fu = g.c(["follow-up", "f/u", "recheck", "2 wk f/u"])
    out = []
    if L == 0:  # AHLTA SOAP
        out += [g.c(["", "AHLTA Encounter Print"]), "%s  %s  %s" % (ptname(P, 0), P["fmp"] + "/XXX-XX-" + P["ssn4"], dt(P)),
                "Encounter ID: %d  Appt Type: %s  Clinic: %s, %s" % (g.i(10 ** 8, 10 ** 9), g.c(["FTR", "EST", "ROUT", "ACUT", "PCM"]), clinic(P).upper(), P["fac_short"]),
                "Provider: %s" % P["prov"]["disp"], "Patient Status: Outpatient", "", "Reason for Appointment: " + fu + " " + sc["dx"].lower(),
                "AutoCites Refreshed by %s" % P["prov"]["sig"], "", "SUBJECTIVE:" if g.p(0.5) else "S:", "  " + cc + ". " + P["hpi"]]
        out += ["  Active Problems: " + sc["dx"], "  Allergies: " + P["allergy"], "  Medications: " + "; ".join("%s %s" % (m[0], m[1]) for m in all_meds(P))]
        out += ["", "OBJECTIVE:" if g.p(0.5) else "O:", "  " + vitals_line(P, 1)] + ["  " + x for x in exam(P, False)]
        out += ["", "A/P:" if g.p(0.5) else "ASSESSMENT:", "  " + dxline(P, 0)] + ["  " + x for x in plan_lines(P, False)]
        out += ["", "Disposition: " + g.c(DISPO[:3]) + ("\n  Limitations: " + sc["prof"] + " Duration: %d days" % sc["days"] if sc["prof"] and g.p(0.6) else ""),
                "  Follow-up: %d %s or PRN." % (g.i(1, 6), g.c(["week(s)", "weeks"])), "  Discussed: Diagnosis, Medication(s)/Therapies, Alternative Treatments, Warning Signs. Patient expressed understanding.", "",
                sign(P)]
        return paginate(P, "\n".join(out))
    if L == 1:  # SF 600
        out += ["CHRONOLOGICAL RECORD OF MEDICAL CARE", "DATE | SYMPTOMS, DIAGNOSIS, TREATMENT, TREATING ORGANIZATION (Sign each entry)", ""]
        out += ["%s  %s  %s" % (dt(P, 3), P["fac_short"], clinic(P)), "S: %s. %s" % (cc, P["hpi"][:g.i(120, 300)].rsplit(" ", 1)[0] + "..."),
                "O: " + vitals_line(P, 4) + ". " + "; ".join(sc["exam"][:2]), "A: " + sc["dx"], "P: " + "; ".join(sc["plan"][:3]), "   RTC %s" % g.c(["PRN", "2 wks", "48 h", "1 wk"]), P["prov"]["disp"], ""]
        if g.p(0.6):
            out += ["%s  F/U: %s. Improving. Exam: %s. Cont current tx. %s" % (dt(P, 3, later(P, 14)), sc["dx"], sc["exam"][-1], P["prov"]["last"])]
        out += ["", "PATIENT'S IDENTIFICATION: %s  %s  %s/XXX-XX-%s  %s" % (ptname(P, 0), P["rankstr"], P["fmp"], P["ssn4"], P["unit"] if P["cat"] == "ADSM" else ""),
                "RECORDS MAINTAINED AT: %s" % P["fac"], "", "STANDARD FORM 600 (REV. %s)" % g.c(["6-97", "11/2010"])]
        return "\n".join(out)
    if L == 2:  # inpatient daily
        day = g.i(1, 4)
        out += [g.c(["Progress Note", "DAILY PROGRESS NOTE", "Inpatient Progress Note - %s" % g.c(["Medicine", "Surgery", "FM Inpatient"]), "Hospital Day #%d" % day]),
                "%s  Rm %d  %s" % (ptname(P, 0), g.i(300, 540), dt(P, d=later(P, day))), ""]
        out += ["S: %s. %s" % (g.c(["No acute events overnight", "NAEO", "Pt reports pain improved", "Slept well"]), g.c(["Tolerating diet.", "Ambulating in hallway.", "Passing flatus.", "Nausea resolved."])),
                "O: " + vitals_line(P, 0), "   I/O: %d/%d" % (g.i(1200, 2800), g.i(900, 2400)), "   " + "; ".join(exam(P, False)[1:4])]
        for pn, rows in lab_rows(P)[:1]:
            out.append("   Labs: " + " ".join("%s %s" % (r[0], r[1]) for r in rows[:5]))
        out += ["A/P: %s, %s." % (sc["dx"], g.c(["improving", "HD#%d" % day, "POD#%d" % (day - 1) if sc.get("surg") else "stable"]))]
        out += ["  - " + x for x in g.some(sc["plan"], 2, 4)] + ["  - Dispo: anticipate discharge in %d-%d days" % (1, 2), "", sign(P)]
        return "\n".join(out)
    if L == 3:  # Genesis office visit
        out += ["Office Visit Note", "Patient: %s   MRN: %s   DOB: %s" % (ptname(P, 2), P["mrn"], dt(P, 1, P["dob"])),
                "Date of Service: %s   Location: %s %s" % (dt(P, 1), P["fac_short"], clinic(P)), "Author: %s" % P["prov"]["disp"], "",
                "Chief Complaint", cc, "", "History of Present Illness", P["hpi"], "", "Review of Systems"] + ros(P)
        out += ["", "Physical Exam", "Vitals & Measurements", vitals_line(P, 3)] + exam(P, g.p(0.5))
        out += ["", "Assessment/Plan", "1. " + sc["dx"] + " " + P["icd"]] + ["   " + x for x in sc["plan"]]
        out += ["", "Orders:"] + ["  %s %s" % (m[0], m[1]) for m in sc["meds"]] + ["", "Patient Education: %s" % g.c(["Provided", "Handout given", "Verbalized understanding"]), "", sign(P)]
        return paginate(P, "\n".join(out))
    if L == 4:  # BH DAP or PT daily
        if sc["key"] in ("ptsd", "depr"):
            out += [g.c(["Behavioral Health Follow-up", "BH Psychotherapy Note", "Embedded Behavioral Health - Individual Session"]), "%s  %s" % (ptname(P, 0), dt(P)),
                    "Session #%d, %d minutes, %s" % (g.i(2, 12), g.c([45, 53, 60]), g.c(["in person", "VTC (telehealth)"])), "",
                    "DATA: " + P["hpi"][:260] + " PCL-5 today %d. PHQ-9 %d." % (g.i(30, 55), g.i(6, 15)),
                    "ASSESSMENT: " + sc["dx"] + ". Risk assessment: " + g.c(["low acute risk; no SI/HI", "moderate chronic, low acute risk", "denies SI/HI, future oriented"]),
                    "PLAN: Continue CPT, worksheet assigned. " + "; ".join(sc["plan"][:2]) + ". Next appt %s." % dt(P, d=later(P, 7)),
                    "Command notification: %s" % g.c(["Not required", "Not indicated at this time", "Previously made"]), "", sign(P)]
        else:
            out += [g.c(["PHYSICAL THERAPY DAILY NOTE", "PT Treatment Note", "Physical Therapy - Follow Up Visit"]), "%s  %s  Visit %d of %d" % (ptname(P, 0), dt(P), g.i(2, 8), g.i(8, 16)), "",
                    "Dx: " + sc["dx"], "S: Pt reports %d/10 pain, %s." % (g.i(1, 5), g.c(["improving function", "able to walk 2 miles", "still painful with stairs", "compliant with HEP"])),
                    "O: ROM %s; strength %s; %s" % (g.c(["improved", "WNL", "limited 10 deg"]), g.c(["4/5", "4+/5", "5/5"]), g.c(["SL balance 30 s", "hop test 80% LSI", "no effusion"])),
                    "Tx: Therex %d min, manual therapy %d min, neuromuscular re-ed %d min" % (g.i(10, 25), g.i(8, 15), g.i(8, 15)),
                    "A: Progressing toward goals.", "P: Continue POC 2x/wk; progress per protocol. Profile remains in effect.", "", sign(P)]
        return "\n".join(out)
    if L == 5:  # deployed sick call f/u
        P["setting"] = "deployed"
        out += [g.c(DEPLOYED)[0], "Sick Call - %s" % g.c(["Follow Up", "RTC", "Recheck"]), "", "%s / %s / %s" % (ptname(P, 0), P["rank"][0], P["unit"]),
                "Date: %s  Time: %s" % (dt(P, 3), tm(g)), "", "S: %s. %s" % (cc, g.c(["Better since last visit.", "No change.", "Worse, now unable to do mission."])),
                "O: " + vitals_line(P, 4) + "; " + sc["exam"][0], "A: " + sc["dx"], "P: " + "; ".join(sc["plan"][:2]),
                "Duty status: " + g.c(["Full duty", "Light duty x 3 days", "Quarters x 24 h", "Return to duty"]), "", "%s / %s" % (P["medic"]["disp"], P["prov"]["disp"])]
        return "\n".join(out)
    force_civ(P)
    out += [fax_banner(P) if g.p(0.6) else "", P["civ_practice"], "%s, %s" % (g.c(STREETS), g.c(CIVS)[1]), "", "FOLLOW-UP VISIT", "Patient: %s   DOB: %s   Date: %s" % (ptname(P, 2), dt(P, 1, P["dob"]), dt(P, 1)),
            "Referring: %s, %s   Auth #: %s" % (P["prov"]["last"], P["mtf"], "%d%s" % (g.i(10 ** 7, 10 ** 8), g.c(["A", "T", "R"]))), "",
            "Interval history: " + P["hpi"], "", "Exam: " + vitals_line(P, 1) + ". " + ". ".join(sc["exam"]), "", "Impression: " + sc["dx"],
            "Plan: " + " ".join(x + "." for x in sc["plan"]), "", "Return in %d weeks. Report sent to PCM." % g.i(2, 8), "", sign(P, provider(g, civ=True))]
    return "\n".join(out)


# ---------------------------------------------------------------- consult
def recs(P):
    g, sc = P["g"], P["sc"]
    r = list(sc["plan"])
    if sc.get("surg"):
        r.insert(0, "Recommend %s; risks/benefits discussed, patient wishes to proceed" % sc["surg"]["name"].lower())
    return r


def gen_consult_note(rng):
    P = ctx_for(rng, settings=["clinic", "inpatient", "civ", "clinic"])
    g, sc = P["g"], P["sc"]
    sp = spec(P)
    cons = provider(g, civ=P["civ"], kind=g.c(["MD", "DO"]), svc=P["branch"])
    L = g.i(0, 5)
    out = []
    if L == 0:  # SF 513
        out += ["MEDICAL RECORD", "CONSULTATION SHEET", "", "REQUEST", "TO: %s" % sp, "FROM: (Requesting physician or activity) %s, %s" % (P["prov"]["disp"], clinic(P)),
                "DATE OF REQUEST: %s" % dt(P), "REASON FOR REQUEST (Complaints and findings): %s. %s" % (sc["dx"], P["hpi"][:200]),
                "PROVISIONAL DIAGNOSIS: %s" % sc["dx"], "DOCTOR'S SIGNATURE: %s" % P["prov"]["sig"], "APPROVED  PLACE OF CONSULTATION [X] ROUTINE [ ] TODAY [ ] 72 HOURS [ ] EMERGENCY", "",
                "CONSULTATION REPORT", "RECORD REVIEWED [X] YES [ ] NO   PATIENT EXAMINED [X] YES [ ] NO", ""]
        out += ["Hx: " + P["hpi"], "PE: " + "; ".join(sc["exam"])]
        if sc.get("img"):
            out += ["Imaging: " + sc["img"][3]]
        out += ["Imp: " + sc["dx"], "Recs:"] + ["  %d) %s" % (i + 1, x) for i, x in enumerate(recs(P))]
        out += ["", "SIGNATURE AND TITLE: %s    DATE: %s" % (cons["disp"], dt(P, d=later(P, g.i(3, 30)))), "",
                "IDENTIFICATION NO.  ORGANIZATION   REGISTER NO.   WARD NO.", "%s  %s  %s" % (ptname(P, 0), P["rankstr"], P["unit"] if P["cat"] == "ADSM" else P["benefit"]),
                "STANDARD FORM 513 (REV. 4-98)"]
        return "\n".join(out)
    if L == 1:
        out += [letterhead(P), "", g.c(["%s CONSULTATION" % sp.upper(), "Consult Note - %s" % sp, "%s Clinic - New Patient Evaluation" % sp, "SPECIALTY CONSULTATION"]), "", ptid(P), ""]
        out += ["Date of consult: %s" % dt(P), "Requesting provider: %s" % P["prov"]["disp"], "Reason for consultation: %s" % g.c(["Evaluate and treat", "E&T", "Please evaluate for"]) + " " + sc["dx"].lower(), ""]
        out += [h(P, "hpi"), P["hpi"], "", h(P, "pmh")] + pmh_lines(P) + ["", h(P, "meds")] + med_lines(P, all_meds(P), 2) + ["", h(P, "all"), P["allergy"], "", h(P, "sh")] + social(P)
        out += ["", h(P, "pe"), vitals_line(P)] + exam(P)
        if sc.get("img"):
            out += ["", hd(P, "Imaging reviewed"), "%s (%s): %s" % (sc["img"][1], dt(P, d=later(P, -g.i(1, 20))), sc["img"][3])]
        out += ["", h(P, "a"), sc["dx"] + " (%s)" % P["icd"], "", hd(P, "Recommendations")] + ["%d. %s" % (i + 1, x) for i, x in enumerate(recs(P))]
        out += ["", "Thank you for this consult. Will follow." if g.p(0.5) else "Thank you for allowing us to participate in the care of this patient.", "", sign(P, cons)]
        return paginate(P, "\n".join(out))
    if L == 2:
        force_civ(P)
        cons = provider(g, civ=True, kind="MD")
        out += [P["civ_practice"].upper(), "%d %s, %s" % (g.i(100, 999), g.c(STREETS), g.c(CIVS)[1]), "Phone %s  Fax %s" % (phone(g), phone(g)), "", dt(P, 4), "",
                "%s" % P["prov"]["disp"], P["mtf"], "Attn: Referral Management", "", "RE: %s   DOB %s   TRICARE Auth %d" % (ptname(P, 3), dt(P, 1, P["dob"]), g.i(10 ** 9, 10 ** 10)), "",
                "Dear %s %s," % ("Dr." if P["prov"]["cred"] in ("MD", "DO") else g.c(["Provider", "Colleague"]), P["prov"]["last"]), "",
                "Thank you for referring %s for evaluation of %s. %s" % (ptname(P, 3), sc["dx"].lower(), P["hpi"]), "",
                "On examination: %s. %s" % (vitals_line(P, 1), ". ".join(sc["exam"]).capitalize()), ""]
        if sc.get("img"):
            out += ["I personally reviewed the %s, which shows %s" % (sc["img"][1], sc["img"][3].lower()), ""]
        out += ["IMPRESSION: %s." % sc["dx"], "", "RECOMMENDATIONS:"] + ["%d. %s." % (i + 1, x) for i, x in enumerate(recs(P))]
        out += ["", "I will see the patient back in %d weeks. Please do not hesitate to contact me with any questions." % g.i(2, 8), "", "Sincerely,", "", cons["disp"]]
        return paginate(P, "\n".join(out))
    if L == 3:
        out += [g.c(["INPATIENT CONSULT", "Consult Note", "%s Consult" % sp]), "%s  %s  Rm %d" % (ptname(P, 0), dt(P), g.i(300, 560)), "",
                "Consulting service: %s" % sp, "Requested by: %s (%s)" % (P["prov"]["disp"], g.c(["Medicine", "Surgery", "ED"])), "Reason: %s" % sc["dx"].lower(), "",
                "HPI: " + P["hpi"], "ROS: " + "; ".join(ros(P)), "Exam: " + vitals_line(P, 4) + "; " + "; ".join(sc["exam"]), ""]
        for pn, rows in lab_rows(P)[:2]:
            out.append("Labs: " + ", ".join("%s %s%s" % (r[0], r[1], "*" if r[4] else "") for r in rows))
        out += ["", "Impression: " + sc["dx"], "Recommendations:"] + ["- " + x for x in recs(P)] + ["", "Discussed with %s. We will follow along." % g.c(["primary team", "attending", "Dr. " + P["prov2"]["last"]]), "", sign(P, cons)]
        return "\n".join(out)
    if L == 4:
        out += [g.c(["E-CONSULT RESPONSE", "Virtual Consult (asynchronous)", "Teleconsultation Reply"]), "Specialty: %s   Date: %s" % (sp, dt(P)), ptid(P, 3), "",
                "Question from PCM: %s -- %s?" % (sc["dx"], g.c(["need for specialty appointment", "next steps in management", "OK to manage in primary care"])), "",
                "Chart reviewed including %s." % g.c(["recent labs and imaging", "PCM notes", "problem list and medications"]),
                "Response: " + " ".join(x + "." for x in recs(P)[:3]), "Face-to-face visit: %s" % g.c(["Not needed at this time", "Recommended, please re-submit as routine referral", "Scheduled"]),
                "Time spent: %d min" % g.i(10, 30), "", sign(P, cons)]
        return "\n".join(out)
    out += [letterhead(P), "", g.c(["Orthopaedic New Patient", "Specialty Clinic Evaluation", "NEW PATIENT CONSULTATION"]), ""]
    out += ["%s is a %d year old referred by %s for %s." % (ptname(P, 3), P["age"], P["prov"]["disp"], sc["dx"].lower()), "", P["hpi"], "",
            "Exam today demonstrates %s." % ", ".join(sc["exam"]), ""]
    if sc.get("img"):
        out += ["Imaging: %s" % sc["img"][2], ""]
    out += ["Assessment: %s." % sc["dx"], "", "Plan: %s" % " ".join(x + "." for x in recs(P)), "", "Duty limitations: " + (sc["prof"] or "none"), "", sign(P, cons)]
    return "\n".join(out)


# ---------------------------------------------------------------- ED note
def gen_ed_note(rng):
    P = ctx_for(rng, settings=["ed", "ed", "civ", "deployed"], pool=[s for s in S if "e" in s["set"]])
    g, sc = P["g"], P["sc"]
    L = g.i(0, 5)
    if P["setting"] == "deployed":
        L = 2
    cc = g.c(sc["cc"]).replace("{dur}", "1 day")
    esi = g.c([2, 3, 3, 4])
    dispo = "Admitted to %s" % g.c(["medicine", "surgery", "ward", "ICU"]) if "i" in sc["set"] else g.c(["Discharged home", "Released to unit w/ limitations", "Quarters x 24 h"])
    out = []
    if L == 0:
        out += [letterhead(P), "", g.c(["EMERGENCY DEPARTMENT PHYSICIAN NOTE", "ED Provider Note", "EMERGENCY MEDICINE RECORD"]), "", ptid(P),
                "Arrival: %s %s  Mode: %s  ESI: %d" % (dt(P), tm(g), g.c(["walk-in", "POV", "EMS", "unit vehicle"]), esi), ""]
        out += [h(P, "cc"), cc, "", h(P, "hpi"), P["hpi"], "", h(P, "ros")] + ros(P) + ["", h(P, "pmh")] + pmh_lines(P) + ["", h(P, "all"), P["allergy"], "", h(P, "pe"), vitals_line(P)] + exam(P)
        out += ["", hd(P, "ED course / MDM")]
        for pn, rows in lab_rows(P)[:2]:
            out.append(pn.title() + ": " + ", ".join("%s %s%s" % (r[0], r[1], " " + r[4] if r[4] else "") for r in rows))
        if sc.get("img"):
            out.append("%s: %s" % (sc["img"][1], sc["img"][3]))
        out += ["Differential considered: %s." % g.c(["fracture, tendon rupture", "ACS, PE, PTX", "appendicitis, gastroenteritis, ovarian torsion", "pyelonephritis, AAA", "sepsis, rhabdomyolysis"])]
        out += ["", hd(P, "Diagnosis"), dxline(P, 0), "", hd(P, "Disposition"), dispo, "Condition: %s" % g.c(["stable", "improved", "fair"]), "", sign(P)]
        return paginate(P, "\n".join(out))
    if L == 1:
        force_civ(P)
        f = g.c(CIVS)
        out += [fax_banner(P), f[0].upper() + " - EMERGENCY DEPARTMENT", "%s, %s" % (f[1], f[2]), "", "PATIENT: %s  DOB: %s  ACCT: %s" % (ptname(P, 0), dt(P, 1, P["dob"]), P["fin"]),
                "DOS: %s   Triage: %s   Acuity: ESI %d" % (dt(P, 1), tm_colon(g), esi), "Insurance: TRICARE %s - PCM: %s" % (g.c(["PRIME", "SELECT", "FOR LIFE"]), P["mtf"]), "",
                "HISTORY OF PRESENT ILLNESS: " + P["hpi"], "", "PHYSICAL EXAM: " + vitals_line(P, 3) + ". " + ". ".join(exam(P)), "",
                "MEDICAL DECISION MAKING: " + " ".join(x + "." for x in sc["plan"][:3]), ""]
        if sc.get("img"):
            out += ["RADIOLOGY: " + sc["img"][3], ""]
        out += ["CLINICAL IMPRESSION: " + sc["dx"], "DISPOSITION: " + dispo, "Patient advised to follow up with MTF PCM within 24-72 hours. Active duty: notify unit.", "", sign(P, provider(g, civ=True, kind="MD"))]
        return paginate(P, "\n".join(out))
    if L == 2:
        P["setting"] = "deployed"
        out += [g.c([P["fac"], "ROLE 3 EMERGENCY MEDICINE", "TRAUMA BAY RECORD"]), "Patient: %s  %s  %s  %s" % (ptname(P, 0), P["rank"][0], SVC_ABBR[P["branch"]], P["dodid"]),
                "Arrival DTG: %s%sZ  via %s" % (dt(P, 3), tm(g), g.c(["DUSTOFF", "CASEVAC ground", "walk-in", "MEDEVAC (HH-60)"])), "",
                "MIST: M-%s I-%s S-HR %d BP %s T-%s" % (g.c(["IED", "fall", "training", "blast"]), sc["dx"], P["vit"]["HR"], P["vit"]["BP"], g.c(["TQ, TXA", "none", "Tylenol, rest"])), "",
                "HPI: " + P["hpi"], "Exam: " + "; ".join(exam(P, False))]
        if sc["key"] == "tbi":
            out += ["MACE 2: Cognitive %d/30; Neuro exam normal; Symptoms: HA, dizziness, tinnitus. Red flags: none." % g.i(22, 27)]
        if sc.get("img"):
            out += ["%s: %s" % (sc["img"][1], sc["img"][3])]
        out += ["FAST: %s" % g.c(["negative", "not performed", "negative x4 views"]), "", "Dx: " + dxline(P, 1), "Tx: " + "; ".join(sc["plan"][:3]),
                "Dispo: " + g.c(["RTD w/ limitations", "Admit ICW", "OR", "Hold, then AE to Role 4", "RTD after 24 h rest"]), "", P["prov"]["disp"]]
        return "\n".join(out)
    if L == 3:
        out += ["MEDICAL RECORD - EMERGENCY CARE AND TREATMENT", "", "PATIENT IDENTIFICATION: %s %s %s/XXX-XX-%s" % (ptname(P, 0), P["rankstr"], P["fmp"], P["ssn4"]),
                "DATE %s  TIME IN %s  MODE OF ARRIVAL %s" % (dt(P, 3), tm(g), g.c(["AMB", "LITTER", "W/C"])),
                "CHIEF COMPLAINT: %s" % cc.upper(), "TRIAGE: %s  ALLERGIES: %s" % (vitals_line(P, 4), P["allergy"]), "",
                "HISTORY: " + P["hpi"], "", "EXAM: " + "; ".join(exam(P, False)), "", "TREATMENT: " + "; ".join(sc["plan"][:3]), "",
                "DIAGNOSIS: " + sc["dx"], "DISPOSITION: [%s] HOME  [%s] ADMIT  [ ] TRANSFER   TIME OUT %s" % ("X" if "Admit" not in dispo else " ", "X" if "Admit" in dispo else " ", tm(g)),
                "INSTRUCTIONS GIVEN: [X] YES", "PHYSICIAN: %s" % P["prov"]["disp"], "", "STANDARD FORM 558 (REV. 9-96)"]
        return "\n".join(out)
    if L == 4:
        out += ["ED Note - %s" % P["fac_short"], "%s, %d%s, %s" % (ptname(P, 0), P["age"], P["sex"], P["rankstr"]), ""]
        out += ["%s %s" % (cc.capitalize() + ".", P["hpi"]), "", vitals_line(P, 0), "; ".join(sc["exam"]), ""]
        out += ["MDM:"] + ["- " + x for x in sc["plan"]] + ["", "Imp: " + sc["dx"], "Dispo: " + dispo, "", sign(P)]
        return "\n".join(out)
    out += [P["fac"].upper(), "EMERGENCY DEPARTMENT", "", "DATE OF SERVICE: %s" % dt(P), "NAME: %s" % ptname(P, 0), "", "This %s %s" % (P["hpi"][0].lower() + P["hpi"][1:], ""),
            "", "On exam, %s. %s." % (vitals_line(P, 4).lower(), ", ".join(sc["exam"])), ""]
    if sc.get("img"):
        out += ["%s showed %s" % (sc["img"][1], sc["img"][3].lower()), ""]
    out += ["The patient was treated with %s. %s" % (", ".join(m[0].lower() for m in sc["meds"]), " ".join(x + "." for x in sc["plan"][1:3])), "",
            "FINAL DIAGNOSIS: " + sc["dx"], "", sign(P)]
    return "\n".join(out)

# ---------------------------------------------------------------- nursing
def gen_nursing_note(rng):
    P = ctx_for(rng, settings=["inpatient", "clinic", "ed", "deployed", "civ"])
    g, sc = P["g"], P["sc"]
    L = g.i(0, 6)
    rn = P["rn"]
    v = P["vit"]
    out = []
    if L == 0:
        out += [g.c(["Nursing Shift Assessment", "RN SHIFT NOTE", "Nursing Progress Note - %s shift" % g.c(["Day", "Night", "0700-1900", "1900-0700"])]),
                "%s  %s  Bed %d%s" % (ptname(P, 0), dt(P), g.i(1, 40), g.c("AB")), ""]
        sy = [("Neuro", "A&Ox4, follows commands, PERRLA"), ("Cardiac", "%s, cap refill <3 sec, pedal pulses palpable" % ("irregular" if sc["key"] == "afib" else "regular rhythm")),
              ("Resp", "%s, SpO2 %d%% on %s" % ("crackles RLL" if sc["key"] == "pna" else "lungs clear bilat", v["SPO2"], g.c(["RA", "2L NC"]))),
              ("GI", g.c(["abd soft, BS active x4, tolerating regular diet", "NPO, abd soft", "+flatus, no BM this shift"])),
              ("GU", g.c(["voiding qs, clear yellow", "UOP %d mL/shift" % g.i(600, 1800), "Foley to gravity, amber urine"])),
              ("Skin", g.c(["intact, Braden %d" % g.i(18, 23), "surgical incisions C/D/I", "dressing dry and intact", "NPWT at -125 mmHg, seal intact"])),
              ("Pain", "%d/10, %s" % (v["PAIN"], g.c(["PRN oxycodone given with relief", "repositioned", "acetaminophen given per MAR", "denies need for meds"]))),
              ("Psychosocial", g.c(["calm, family at bedside", "1:1 sitter at bedside per suicide precautions" if sc["key"] == "depr" else "calm, cooperative", "unit liaison visited"])),
              ("Safety", "bed low/locked, call light within reach, fall risk %s" % g.c(["low", "moderate"]))]
        for k, t in sy:
            out.append("%s: %s" % (k if g.p(0.5) else k.upper(), t))
        out += ["", "VS: " + vitals_line(P, 0), "IV: %s" % g.c(["20g L AC, saline locked", "NS at 125 mL/h via R FA 18g", "none"]), "", "Plan: continue plan of care, %s." % g.c(["monitor pain", "encourage IS q1h", "ambulate TID", "trend labs"]), "", rn["disp"], dt(P) + " " + tm(g)]
        return "\n".join(out)
    if L == 1:
        out += [P["fac"], g.c(["NURSING ADMISSION ASSESSMENT", "Admission Nursing Database", "Initial Nursing Assessment"]), "", ptid(P), "Admitted from: %s  Time: %s" % (g.c(["ED", "PACU", "Clinic", "AE"]), tm(g)), ""]
        out += ["Reason for admission: " + sc["dx"], "Allergies: " + P["allergy"], "Home meds reviewed: %s" % (", ".join(m[0] for m in P["home"]) or "none"),
                "Advance directive: %s" % g.c(["No", "Yes - copy requested", "Declined information"]), "Height %d in  Weight %d lb" % (v["HT"], v["WT"]), "",
                "Morse Fall Scale: %d (%s)" % (g.c([0, 15, 25, 45]), g.c(["low", "moderate"])), "Braden: %d" % g.i(17, 23), "Nutrition screen: %s" % g.c(["no risk", "NPO > 3 days - dietitian consult"]),
                "Suicide risk screen (C-SSRS): %s" % ("POSITIVE - see provider note" if sc["key"] in ("depr",) else "negative"), "Pain: %d/10 %s" % (v["PAIN"], g.c(["aching", "sharp", "cramping"])),
                "Orientation to unit: room, call light, bed controls, valuables policy completed", "Unit/command notified: %s" % g.c(["Yes - 1SG notified by pt", "N/A", "Yes, unit liaison"]), "", rn["disp"]]
        return "\n".join(out)
    if L == 2:
        md = P["medic"]
        out += [g.c(["SICK CALL SCREENING", "ADTMC Screening Note", "Sick Call - Medic Screening", "Screening Note - Aid Station"]), "%s  %s  %s  %s" % (ptname(P, 0), P["rank"][0], P["unit"], dt(P, 3)), "",
                "CC: %s" % g.c(sc["cc"]).replace("{dur}", "3 days"), "Protocol: %s" % g.c(["ADTMC A-%d" % g.i(1, 9), "ADTMC E-%d" % g.i(1, 9), "Algorithm %s-%d" % (g.c("ABCDEFGH"), g.i(1, 12))]),
                "Red flags: %s" % g.c(["none", "none identified", "present - referred to PA"]), "VS: " + vitals_line(P, 4), "Findings: " + "; ".join(sc["exam"][:2]), "",
                "Disposition: %s" % g.c(["Category III - self care, returned to duty", "Category II - seen by AMSO/PA same day", "Category I - referred to provider immediately"]),
                "Self-care handout given: %s" % g.c(["yes", "Y"]), "", md["disp"], "Reviewed: %s" % P["prov"]["disp"]]
        return "\n".join(out)
    if L == 3:
        out += [g.c(["Triage Note", "ED TRIAGE", "Nursing Triage Assessment"]), "%s  Arrival %s %s" % (ptname(P, 0), dt(P), tm(g)), "",
                "Triage complaint: " + g.c(sc["cc"]).replace("{dur}", "today"), "ESI: %d   Isolation: %s" % (g.c([2, 3, 3, 4]), g.c(["none", "droplet"] if sc["key"] == "pna" else ["none"])),
                "VS: " + vitals_line(P, 1), "Pain scale (DVPRS): %d" % v["PAIN"], "Allergies: " + P["allergy"], "LMP: %s" % ("N/A" if P["sex"] == "M" else dt(P, d=later(P, -g.i(5, 30)))),
                "Tetanus: %s" % g.c(["current", "> 10 yrs", "unknown"]), "Brief hx: %s" % P["hpi"][:g.i(100, 220)].rsplit(" ", 1)[0], "Interventions: %s" % g.c(["ice, elevation", "EKG within 10 min", "IV access, labs drawn", "none"]),
                "Placed in: %s" % g.c(["Room %d" % g.i(1, 22), "fast track", "waiting room"]), "", rn["disp"]]
        return "\n".join(out)
    if L == 4:
        out += [g.c(["Telephone Consult (T-CON)", "TELEPHONE ENCOUNTER", "Nurse Advice Line Note"]), "Patient: %s  Callback #: %s" % (ptname(P, 0), phone(g)), "Date: %s %s" % (dt(P), tm(g)), "",
                "Reason for call: %s" % g.c(["question about %s" % sc["meds"][0][0], "symptoms worsening after visit", "requesting lab results", "needs refill"]),
                "Details: " + g.c(["Pt reports %s. Reviewed warning signs." % g.c(sc["cc"]).replace("{dur}", "2 days"), "Caller is spouse, states pt is improving.", "Reviewed recent results with patient per provider."]),
                "Protocol: %s" % g.c(["Schmitt-Thompson", "per provider order", "N/A"]), "Advice given: %s" % g.c(["home care, call back if worse", "appointment booked next day", "go to ED now", "routed to PCM for review"]),
                "Pt verbalized understanding.", "", rn["disp"], "Routed to: %s" % P["prov"]["disp"]]
        return "\n".join(out)
    if L == 5:
        out += [g.c(["VITAL SIGNS / I&O FLOWSHEET", "Nursing Flowsheet", "Vital Signs Record"]), ptid(P, 3), ""]
        out.append("%-8s %-6s %-4s %-8s %-4s %-5s %-5s" % ("Time", "Temp", "HR", "BP", "RR", "SpO2", "Pain"))
        for t in range(g.i(4, 8)):
            out.append("%-8s %-6.1f %-4d %-8s %-4d %-5d %-5d" % ("%02d00" % ((8 + t * 4) % 24), v["T"] + g.u(-0.8, 0.3), max(50, v["HR"] - t * g.i(0, 4)),
                                                               "%d/%d" % (g.i(104, 140), g.i(60, 88)), g.i(12, 20), g.i(94, 100), max(0, v["PAIN"] - t)))
        out += ["", "Intake: PO %d mL  IV %d mL    Output: urine %d mL" % (g.i(200, 1400), g.i(0, 2000), g.i(600, 2400)), "Comments: " + g.c(["no acute changes", "notified provider of temp", "pt resting comfortably"]), "", rn["disp"]]
        return "\n".join(out)
    out += [g.c(["Nursing Note", "NURSING NOTE", "RN Note"]), "%s  %s %s" % (ptname(P, 0), dt(P), tm(g)), ""]
    out += ["D: %s. %s" % (g.c(["Pt resting in bed", "Pt ambulating in hall", "Pt returned from %s" % g.c(["CT", "PT", "OR"])]), g.c(sc["exam"]).capitalize()),
            "A: Pain %d/10. VS stable: %s." % (v["PAIN"], vitals_line(P, 4)), "R: %s" % g.c(["Medicated per MAR, will reassess in 1 h.", "Provider notified, new orders received.", "Pt verbalized relief after intervention."]),
            "", rn["disp"]]
    return "\n".join(out)


# ---------------------------------------------------------------- transfer
RECV = ["Regional Medical Center Rheinfeld", "Brannock Army Medical Center", "Naval Medical Center Coral Reach", "Pinecrest Regional Medical Center", "Tillman Army Medical Center"]


def gen_transfer_summary(rng):
    P = ctx_for(rng, settings=["deployed", "inpatient", "civ", "ed"], pool=[s for s in S if "i" in s["set"] or s["key"] in ("tbi", "shoulder", "frag")])
    g, sc = P["g"], P["sc"]
    L = g.i(0, 5)
    dest = g.c([x for x in RECV if x != P["fac"]])
    out = []
    if L == 0:
        out += [g.c(["PATIENT MOVEMENT REQUEST", "TRAC2ES PATIENT MOVEMENT RECORD", "AEROMEDICAL EVACUATION PATIENT RECORD"]), "", "PMR #: %s%d" % (g.c(["TR", "PM", "AE"]), g.i(100000, 999999)),
                "Patient: %s  %s  %s  DoD ID %s" % (ptname(P, 0), P["rankstr"], SVC_ABBR[P["branch"]], P["dodid"]), "Origin: %s" % P["fac"], "Destination: %s" % dest,
                "Precedence: %s   Classification: %s   Litter/Amb: %s" % (g.c(["URGENT", "PRIORITY", "ROUTINE"]), g.c(["1A", "1B", "2A", "3A", "5B"]), g.c(["L", "A"])),
                "Attendants: %s   CCATT: %s" % (g.c(["0", "1 RN", "MA"]), g.c(["Y", "N", "N"])), "Ready date: %s" % dt(P, 3, later(P, g.i(1, 3))), "",
                "Diagnosis: " + dxline(P, 0), "Summary: " + P["hpi"] + " " + course(P)[:300], "", "Diet: %s   Oxygen: %s   Cabin altitude restriction: %s" % (g.c(["regular", "NPO", "clears"]), g.c(["none", "2 L NC"]), g.c(["none", "8000 ft"])),
                "Meds en route: " + "; ".join("%s %s %s" % m[:3] for m in sc["meds"]), "Special needs: %s" % g.c(["none", "NPWT on battery", "suicide precautions, escort required", "cervical collar"]), "",
                "Validating flight surgeon: %s" % P["prov2"]["disp"], "Originating physician: %s" % P["prov"]["disp"]]
        return "\n".join(out)
    if L == 1:
        out += [letterhead(P), "", g.c(["INTERFACILITY TRANSFER FORM", "PHYSICIAN CERTIFICATION FOR TRANSFER", "Transfer Authorization / EMTALA Certification"]), "", ptid(P), "",
                "Transferring facility: %s" % P["fac"], "Receiving facility: %s   Accepting physician: %s" % (dest, provider(g, kind="MD")["disp"]), "Date/Time accepted: %s %s" % (dt(P), tm(g)), "",
                "Reason for transfer: [%s] Higher level of care  [%s] Specialty service not available  [%s] Patient request  [%s] Bed availability" % tuple(g.c(["X", " "]) for _ in range(4)),
                "Diagnosis: " + sc["dx"], "Condition: %s" % g.c(["Stable", "Stable for transfer", "Guarded"]), "Vital signs at transfer: " + vitals_line(P),
                "Mode: %s" % g.c(["ALS ground", "BLS ground", "Rotor wing", "Private vehicle"]), "Records sent: [X] H&P [X] Labs [X] Imaging on CD [ ] Other", "",
                "I certify that, based upon the information available, the medical benefits reasonably expected from the provision of appropriate medical treatment at another facility outweigh the increased risks to the patient from effecting the transfer.",
                "", "Physician signature: %s   Date/Time: %s %s" % (P["prov"]["disp"], dt(P), tm(g)), "Patient consent to transfer: __________________"]
        return "\n".join(out)
    if L == 2:
        out += [g.c(["Nursing Transfer Report (SBAR)", "TRANSFER NOTE - NURSING", "Hand-off / Transfer Summary"]), "%s  %s  to %s" % (ptname(P, 0), dt(P), g.c([dest, "Ward 4B", "ICU", "PACU"])), "",
                "S: %s, being transferred for %s." % (sc["dx"], g.c(["higher level of care", "specialty care", "step-down"])), "B: " + P["hpi"][:280],
                "A: " + vitals_line(P, 0) + ". " + "; ".join(sc["exam"][:2]) + ". Allergies: " + P["allergy"], "R: " + "; ".join(sc["plan"][:3]), "",
                "Lines: %s. Last meds: %s at %s." % (g.c(["PIV x2", "PIV 18g L AC", "RIJ TLC"]), sc["meds"][0][0], tm(g)), "Belongings/valuables: %s" % g.c(["with patient", "secured, inventory on DA 4160", "sent with unit escort"]), "", P["rn"]["disp"]]
        return "\n".join(out)
    if L == 3:
        P["setting"] = "deployed"
        out += [g.c(DEPLOYED)[0].upper(), "TRANSFER SUMMARY - %s" % g.c(["ROLE 3 TO ROLE 4", "INTRA-THEATER TRANSFER", "OUT-OF-THEATER EVACUATION"]), "",
                "Name/Rank/Unit: %s / %s / %s" % (ptname(P, 0), P["rank"][0], P["unit"]), "Date of injury/illness: %s" % dt(P, 3, later(P, -g.i(0, 3))), "Receiving: %s" % dest, "",
                "Injuries/Dx:", "  1. " + sc["dx"]] + (["  2. Superficial frag wounds L forearm", "  3. Blast exposure, r/o TBI"] if sc["key"] == "frag" else [])
        out += ["", "Operations/procedures: " + (sc["surg"]["name"] if sc.get("surg") else "none"), "Course: " + course(P), "Current status: " + vitals_line(P, 4),
                "Antibiotics: %s  Tetanus: %s  TXA: %s" % (g.c(["cefazolin 2 g q8h", "ertapenem 1 g daily", "none"]), g.c(["given", "UTD"]), g.c(["2 g at POI", "not given"])),
                "Blood products: %s" % g.c(["none", "2 u LTOWB", "2 u PRBC, 1 u FFP"]), "Pending: " + g.c(["return to OR for washout", "repeat CT head", "ortho eval", "none"]), "", P["prov2"]["disp"]]
        return "\n".join(out)
    if L == 4:
        force_civ(P)
        out += [fax_banner(P), P["fac"], "TRANSFER SUMMARY", "", "Patient: %s  MR# %s  DOB %s" % (ptname(P, 0), P["mrn"], dt(P, 1, P["dob"])), "Transferred to: %s (MTF)" % P["mtf"],
                "Date: %s" % dt(P, 1), "", "REASON FOR TRANSFER: Patient stable; TRICARE Prime enrollee, transferred to MTF for continued care per Right of First Refusal.", "",
                "HOSPITAL COURSE: " + course(P), "", "CURRENT MEDICATIONS:"] + med_lines(P, all_meds(P), 1) + ["", "CODE STATUS: Full", "", sign(P, provider(g, civ=True, kind="MD"))]
        return paginate(P, "\n".join(out))
    out += [g.c(["Transfer Note", "ICU TRANSFER NOTE", "Service Transfer Note"]), "%s  %s" % (ptname(P, 0), dt(P)), "",
            "Transferring from %s to %s." % (g.c(["ICU", "Surgery", "Step-down"]), g.c(["Medicine ward", "Internal Medicine", "Telemetry"])), "Dx: " + sc["dx"], "", "Brief hx: " + P["hpi"], "",
            "Hospital course to date: " + course(P), "", "Active issues:"] + ["  # " + x for x in sc["plan"]] + ["", "Code: Full  Dispo: TBD", "", sign(P)]
    return "\n".join(out)


# ---------------------------------------------------------------- operative note
def gen_operative_note(rng):
    P = ctx_for(rng, settings=["inpatient", "civ", "deployed", "clinic"], pool=SURG)
    g, sc = P["g"], P["sc"]
    s = sc["surg"]
    L = g.i(0, 5)
    if sc["key"] == "frag":
        L = g.c([0, 3, 4, 5])
    elif L == 3 and "d" not in sc["set"]:
        L = 0
    surg = P["prov2"]
    asst = provider(g, kind=g.c(["MD", "PA"]), svc=P["branch"])
    anes = provider(g, kind="MD", svc=P["branch"])
    dur = g.i(35, 140)
    out = []
    if L == 0:
        out += [letterhead(P), "", g.c(["OPERATIVE REPORT", "OPERATION REPORT", "REPORT OF OPERATION", "Operative Note"]), "", ptid(P), ""]
        out += ["%s %s" % (hd(P, "Date of operation"), dt(P)), "%s %s" % (hd(P, "Surgeon"), surg["disp"]), "%s %s" % (hd(P, "Assistant"), asst["disp"]),
                "%s %s" % (hd(P, "Anesthesia"), s["anes"]), "%s %s" % (hd(P, "Anesthesiologist"), anes["disp"] if g.p(0.5) else "CRNA " + full(name_person(g), 3)), "",
                hd(P, "Preoperative diagnosis"), sc["dx"], "", hd(P, "Postoperative diagnosis"), g.c(["Same", sc["dx"]]), "", hd(P, "Procedure"), s["name"], "",
                hd(P, "Indications"), P["hpi"][:300] + " Risks, benefits, and alternatives were discussed and the patient elected to proceed.", "",
                hd(P, "Findings"), s["find"], "", hd(P, "Description of procedure"),
                "The patient was identified in the pre-operative holding area and consent confirmed. %s was brought to the operating room and placed supine. After induction of %s anesthesia, pre-operative antibiotics were given. The operative site was prepped and draped in the usual sterile fashion and a time-out was performed. %s" % (P["He"], s["anes"].split()[0].lower(), s["steps"]),
                "", "All counts were correct x2. The patient tolerated the procedure well and was taken to PACU in stable condition.", "",
                "%s %s" % (hd(P, "Estimated blood loss"), s["ebl"]), "%s %s" % (hd(P, "Specimens"), s["spec"]), "%s %s" % (hd(P, "Drains"), g.c(["None", "None", "NPWT"])),
                "%s %s" % (hd(P, "Complications"), "None"), "", sign(P, surg)]
        return paginate(P, "\n".join(out))
    if L == 1:
        out += [g.c(["Brief Op Note", "IMMEDIATE POST-OPERATIVE NOTE", "Brief Operative Note"]), "%s  %s" % (ptname(P, 0), dt(P)), "",
                "Pre-op dx: " + sc["dx"], "Post-op dx: same", "Procedure: " + s["name"], "Surgeon: %s   Assist: %s" % (surg["last"], asst["last"]), "Anesthesia: " + s["anes"],
                "Findings: " + s["find"], "EBL: %s   Fluids: %d mL LR   UOP: %s" % (s["ebl"], g.i(500, 1800), g.c(["not measured", "%d mL" % g.i(100, 400)])), "Specimens: " + s["spec"],
                "Drains: none   Implants: %s" % g.c(["see implant log", "none", "mesh/anchors per log"]), "Complications: none apparent", "Condition: stable to PACU",
                "Dispo: %s" % g.c(["home when PACU criteria met", "admit to ward", "23-h observation"]), "", surg["disp"]]
        return "\n".join(out)
    if L == 2:
        out += [P["fac"], "Perioperative Documentation - Operative Report", "", "Patient: %s   MRN: %s   Encounter: %s" % (ptname(P, 2), P["mrn"], P["fin"]),
                "Case Date: %s   In Room: %s   Incision: %s   Close: %s" % (dt(P, 1), tm_colon(g), tm_colon(g), tm_colon(g)), "Primary Surgeon: %s" % surg["disp"], "",
                "Procedure(s) performed (CPT): %s (%s)" % (s["name"], s["cpt"]), "Wound class: %s" % g.c(["I - Clean", "II - Clean-contaminated", "III - Contaminated"]),
                "ASA: %s" % g.c(["1", "2", "3"]), "", "Narrative", s["steps"], "", "Findings: " + s["find"], "Implants: %s" % g.c(["Per implant record", "None"]),
                "Estimated Blood Loss: " + s["ebl"], "Specimen(s): " + s["spec"], "Disposition: PACU, stable", "", sign(P, surg)]
        return paginate(P, "\n".join(out))
    if L == 3:
        out += [g.c(["DCS OPERATIVE NOTE", "Operative Note - Role 2/3", "OR NOTE (FORWARD SURGICAL)"]), g.c(DEPLOYED)[0], "", "Pt: %s / %s / %s  DOI: %s" % (ptname(P, 0), P["rank"][0], P["unit"], dt(P, 3)), "",
                "Preop dx: " + sc["dx"], "Procedure: " + s["name"], "Surgeons: %s, %s" % (surg["disp"], asst["disp"]), "Anesthesia: %s / CRNA %s" % (s["anes"], full(name_person(g), 3)), "",
                "Indications: " + P["hpi"][:240], "", "Findings/Procedure: " + s["find"] + " " + s["steps"], "", "EBL: %s  Blood: %s" % (s["ebl"], g.c(["none", "1 u LTOWB", "2 u FWB (walking blood bank)"]) if sc["key"] == "frag" else "none"),
                "Specimen: %s" % s["spec"], "Plan: %s" % g.c(["Re-look 24-48 h; AE to Role 3/4 when stable", "Abx x 72 h, serial exams", "Evac to next role via CCATT"]), "", surg["disp"]]
        return "\n".join(out)
    if L == 4:
        force_civ(P)
        cs = provider(g, civ=True, kind="MD")
        out += [fax_banner(P), P["fac"].upper(), "SURGICAL SERVICES", "OPERATIVE REPORT", "", "PATIENT NAME: %s   MR#: %s" % (ptname(P, 0), P["mrn"]), "DATE OF SURGERY: %s" % dt(P, 1),
                "SURGEON: %s" % cs["disp"], "REFERRING: %s, %s" % (P["prov"]["disp"], P["mtf"]), "", "PREOPERATIVE DIAGNOSIS: " + sc["dx"], "POSTOPERATIVE DIAGNOSIS: Same",
                "OPERATION PERFORMED: " + s["name"], "ANESTHESIA: " + s["anes"], "", "DESCRIPTION: " + s["steps"], "", "FINDINGS: " + s["find"], "EBL: " + s["ebl"],
                "COMPLICATIONS: None.", "", cs["disp"], "D: %s T: %s" % (dt(P, 1), dt(P, 1, later(P, 1))), "cc: TRICARE Referral Management"]
        return paginate(P, "\n".join(out))
    out += ["%s - %s" % (P["fac_short"], g.c(["Operative Dictation", "Procedure Report", "Surgery"])), "%s  %s" % (ptname(P, 0), dt(P)), ""]
    out += ["The patient is a %d-year-old %s with %s who was brought to the operating room for %s. %s anesthesia was administered. %s %s Estimated blood loss was %s. Specimens: %s. The patient tolerated the procedure well." % (
        P["age"], "male" if P["sex"] == "M" else "female", sc["dx"].lower(), s["name"].lower(), s["anes"], s["steps"], s["find"], s["ebl"], s["spec"].lower())]
    out += ["", "Operative time %d min." % dur, "", sign(P, surg)]
    return "\n".join(out)

# ---------------------------------------------------------------- procedure note
def proc_ctx(rng):
    g = G(rng)
    pr = g.c(PROCS)
    key = {"Incision": "cell", "Closed": "shoulder"}.get(pr["name"].split()[0])
    P = ctx_for(rng, keys=[key] if key else None, settings=["clinic", "inpatient", "civ", "ed"])
    g = P["g"]
    if pr["name"].startswith(("Colonoscopy", "Left heart", "Thoracentesis", "Intra-articular")):
        P["age"] = g.i(50, 74)
        P["dob"] = P["dob"].replace(year=P["date"].year - P["age"])
        if P["cat"] == "ADSM" and g.p(0.7):
            P["cat"], P["rankstr"] = "retiree", P["rank"][0] + " (Ret)"
    return P, pr


def gen_procedure_note(rng):
    P, pr = proc_ctx(rng)
    g = P["g"]
    doc = P["prov2"] if g.p(0.6) else P["prov"]
    L = g.i(0, 5)
    out = []
    if L == 0:
        out += [letterhead(P), "", g.c(["PROCEDURE NOTE", "Procedure Report", "PROCEDURE DOCUMENTATION"]), "", ptid(P), "Date: %s" % dt(P), ""]
        out += [hd(P, "Procedure"), pr["name"], "", hd(P, "Indication"), "%s (%s)" % (pr["ind"], pr["icd"]), "", hd(P, "Operator"), doc["disp"], "", hd(P, "Anesthesia/Sedation"), pr["sed"], "",
                hd(P, "Consent"), "Risks including bleeding, infection, pain, and damage to surrounding structures discussed; written consent (SF 522) obtained.", "",
                hd(P, "Description"), pr["body"], "", hd(P, "Impression"), pr["imp"], "", hd(P, "Complications"), g.c(["None", "None immediate", "None apparent"]), "", hd(P, "Plan"), pr["rec"], "", sign(P, doc)]
        return paginate(P, "\n".join(out))
    if L == 1:
        out += [g.c(["Proc Note", "Procedure Note (brief)", "Bedside Procedure"]), "%s  %s %s" % (ptname(P, 0), dt(P), tm(g)), "",
                "Procedure: %s" % pr["name"], "Indication: %s" % pr["ind"], "Time-out: performed at %s, all in agreement" % tm(g), "Sedation: %s" % pr["sed"], "",
                pr["body"], "", "EBL minimal. Pt tolerated well. " + pr["rec"], "", doc["disp"]]
        return "\n".join(out)
    if L == 2 and pr["name"].startswith(("Colonoscopy", "Esophago", "Flexible")):
        out += [P["civ_practice"] if P["civ"] else P["fac"], "ENDOSCOPY REPORT" if g.p(0.5) else "Endoscopy Procedure Report", "", "Patient Name: %s   MRN: %s" % (ptname(P, 2), P["mrn"]),
                "Date of Procedure: %s   Age: %d   Gender: %s" % (dt(P, 1), P["age"], P["Sex"]), "Referring MD: %s" % P["prov"]["disp"], "Endoscopist: %s" % doc["disp"],
                "Instrument: %s" % g.c(["Olympus CF-HQ190L", "PCF-H190", "GIF-H190"]), "", "Indications: " + pr["ind"], "Medications: " + pr["sed"],
                "ASA Grade: %s" % g.c(["ASA I", "ASA II"]), "", "Procedure: " + pr["body"], "", "Findings/Impression: " + pr["imp"], "", "Recommendation: " + pr["rec"],
                "", "Procedure Code(s): %s" % g.c(["45385", "43239", "31624"]), "Diagnosis Code(s): %s" % pr["icd"], "", doc["disp"], "Number of Addenda: 0"]
        return "\n".join(out)
    if L in (2, 3):
        out += [P["fac"], g.c(["Clinic Procedure", "MINOR PROCEDURE NOTE", "Procedure - Outpatient"]), "", ptid(P, g.i(0, 6)), "",
                "S: %s presents for %s." % (ptname(P, 3), pr["name"].lower()), "Indication: " + pr["ind"], "", "O: " + vitals_line(P, 4), "", "PROCEDURE:",
                "  Consent: verbal and written obtained, SF 522 on file", "  Time out: %s" % g.c(["Y", "completed", "done"]), "  Anesthesia: " + pr["sed"]]
        out += ["  " + x.strip() + "." for x in pr["body"].split(". ") if x.strip()]
        out += ["", "A: " + pr["imp"], "P: " + pr["rec"], "Disposition: %s" % g.c(DISPO[:3]), "", sign(P, doc)]
        return "\n".join(out)
    if L == 4 and pr["name"].startswith(("Electromyo", "Left heart")):
        out += [P["fac"], g.c(["ELECTRODIAGNOSTIC REPORT", "Cardiac Catheterization Report"]) if pr["name"].startswith("Electro") else "CARDIAC CATHETERIZATION LABORATORY REPORT", "",
                "Name: %s   DOB: %s   Study Date: %s" % (ptname(P, 0), dt(P, d=P["dob"]), dt(P)), "Referring: " + P["prov"]["disp"], "Indication: " + pr["ind"], "",
                "Study/Procedure: " + pr["name"], "", "FINDINGS:"] + ["  " + x.strip() + "." for x in pr["body"].split(". ") if x.strip()] + ["", "CONCLUSION: " + pr["imp"], "", "RECOMMENDATIONS: " + pr["rec"], "", sign(P, doc)]
        return "\n".join(out)
    out += ["%s: %s" % (g.c(["Procedure", "PROCEDURE", "Proc"]), pr["name"]), "Date of service %s, %s" % (dt(P), P["fac_short"]), ""]
    out += ["%s, a %d-year-old %s, underwent %s for %s. %s %s %s" % (ptname(P, 3), P["age"], "man" if P["sex"] == "M" else "woman", pr["name"].lower(), pr["ind"].lower(), pr["sed"] + " was used.",
                                                                    pr["body"], "Impression: " + pr["imp"])]
    out += ["", pr["rec"], "", sign(P, doc)]
    return "\n".join(out)


# ---------------------------------------------------------------- anesthesia
def gen_anesthesia_record(rng):
    P = ctx_for(rng, settings=["inpatient", "civ", "deployed", "clinic"], pool=SURG)
    g, sc = P["g"], P["sc"]
    s = sc["surg"]
    an = provider(g, kind="MD", svc=P["branch"])
    crna = "%s %s, CRNA" % (g.c(["MAJ", "CPT", "LCDR", "Maj", "", ""]), full(name_person(g), 3))
    asa = g.c(["1", "2", "2", "1E", "3"]) if sc["key"] != "afib" else "3"
    ga = "General" in s["anes"]
    L = g.i(0, 5)
    if L == 3 and "d" not in sc["set"]:
        L = g.c([0, 1, 2])
    if L == 4 and "block" not in s["anes"]:
        L = 1
    out = []
    if L == 0:
        out += ["MEDICAL RECORD - ANESTHESIA", g.c(["", "(SF 517)"]), "", "PATIENT: %s  %s/XXX-XX-%s  %s" % (ptname(P, 0), P["fmp"], P["ssn4"], P["rankstr"]), "DATE: %s  OR: %d" % (dt(P, 3), g.i(1, 12)),
                "PROCEDURE: " + s["name"], "SURGEON: %s   ANESTHESIA: %s / %s" % (P["prov2"]["last"], an["last"], crna), "", "PRE-OP: ASA %s  NPO > 8h  Wt %d kg  Allergies: %s" % (asa, P["vit"]["WT"] * 0.4536, P["allergy"]),
                "AGENTS: " + ("Propofol %d mg, fentanyl %d mcg, rocuronium %d mg, sevoflurane %s%%, ondansetron 4 mg, dexamethasone 8 mg" % (g.i(150, 250), g.c([100, 150, 250]), g.c([40, 50, 0]), g.c(["1.8-2.2", "2.0"]))
                                if ga else "Lidocaine 1%% with epi %d mL, midazolam 2 mg" % g.i(5, 12)), "AIRWAY: %s" % (g.c(["ETT 7.5 cuffed, grade I view, atraumatic, MAC 3", "LMA #4, easy", "ETT 7.0, VL GlideScope, grade I"]) if ga else "natural airway, NC O2 2 L"), "",
                "TIME   HR   BP        SpO2  EtCO2  T"]
        t0 = g.i(7, 13) * 60
        for k in range(g.i(5, 10)):
            mm = t0 + k * 15
            out.append("%02d%02d  %3d  %3d/%-3d   %3d   %2d    %.1f" % (mm // 60 % 24, mm % 60, g.i(58, 92), g.i(98, 135), g.i(55, 82), g.i(97, 100), g.i(32, 40) if ga else 0, g.u(35.8, 36.9)))
        out += ["", "FLUIDS: LR %d mL  EBL: %s  UOP: %s" % (g.i(600, 2000), s["ebl"], g.c(["n/a", "%d mL" % g.i(80, 400)])), "EMERGENCE: %s" % g.c(["smooth, extubated awake", "uneventful", "LMA removed deep"]),
                "TO: PACU  Condition: stable", "", an["disp"]]
        return "\n".join(out)
    if L == 1:
        out += [letterhead(P), "", g.c(["PRE-ANESTHESIA EVALUATION", "Anesthesia Preoperative Assessment", "Pre-Anesthetic Evaluation Note"]), "", ptid(P), "", "Planned procedure: " + s["name"],
                "Diagnosis: " + sc["dx"], "", "History: " + P["hpi"][:300], "PMH: " + ", ".join(pmh_lines(P)), "Prior anesthetics: " + g.c(["none", "GA without complication", "PONV with prior GA"]),
                "Family hx anesthetic complications/MH: denies", "Meds: " + (", ".join(m[0] for m in P["home"]) or "none"), "Allergies: " + P["allergy"], "Tobacco/EtOH: " + ", ".join(social(P)[-3:-1]), "",
                "Exam: " + vitals_line(P, 1), "Airway: Mallampati %s, TMD > 3 FB, mouth opening > 3 cm, neck full ROM, dentition %s" % (g.c(["I", "II", "III"]), g.c(["intact", "good", "caps on #8, #9"])),
                "CV: RRR   Pulm: CTAB", "", "Labs: %s" % g.c(["none indicated", "hCG negative", "CBC/BMP WNL", "Hgb %s" % lab_value(P, "HGB")[1]]), "",
                "ASA Physical Status: %s" % asa, "Anesthetic plan: %s" % s["anes"], "Risks of anesthesia including sore throat, dental injury, PONV, awareness, and rarely death discussed. Patient agrees.", "", sign(P, an)]
        return "\n".join(out)
    if L == 2:
        out += [g.c(["Post-Anesthesia Note", "PACU RECORD", "Post-Anesthesia Care Unit Discharge"]), "%s  %s" % (ptname(P, 0), dt(P)), "", "Procedure: " + s["name"], "Anesthesia type: " + s["anes"], "",
                "Arrival to PACU: %s  Aldrete on arrival: %d   at discharge: %d" % (tm(g), g.i(6, 8), g.i(9, 10)), "Airway: %s" % g.c(["patent, on 2 L NC", "RA, no stridor"]), "Pain: %d/10 -> %d/10 after %s" % (g.i(4, 8), g.i(1, 3), g.c(["hydromorphone 0.4 mg IV x2", "fentanyl 50 mcg IV", "oxycodone 5 mg PO"])),
                "Nausea: %s" % g.c(["none", "mild, ondansetron 4 mg IV given"]), "Block: %s" % g.c(["intact", "n/a", "regressing"]), "Complications: none", "Dispo: %s at %s" % (g.c(["Ward", "Home with responsible adult", "SDS"]), tm(g)), "", P["rn"]["disp"], an["disp"]]
        return "\n".join(out)
    if L == 3:
        out += [g.c(["ANESTHESIA RECORD - FIELD", "Forward Surgical Anesthesia Record", "Anesthesia Record (Role 2)"]), P["fac"] if P["setting"] == "deployed" else g.c(DEPLOYED)[0], "",
                "Pt: %s  %s  Blood type: %s" % (ptname(P, 0), P["rank"][0], g.c(["O POS", "A POS", "B POS", "O NEG"])), "Case: " + s["name"], "",
                "Induction: ketamine %d mg, rocuronium %d mg; RSI; ETT %s" % (g.i(80, 160), g.i(70, 100), g.c(["7.5", "8.0"])), "Maintenance: %s" % g.c(["isoflurane via DFA", "TIVA ketamine/propofol", "sevoflurane"]),
                "Monitors: ECG, NIBP, SpO2, EtCO2, temp", "Blood: %s   TXA: %s   Ca: %s" % ((g.c(["2 u FWB", "1 u LTOWB"]), "2 g at POI", g.c(["1 g CaCl", "none"])) if sc["key"] == "frag" else ("none", "none", "none")),
                "Start %s  End %s  EBL %s" % (tm(g), tm(g), s["ebl"]), "Handoff to: %s" % g.c(["ICW RN", "CCATT", "holding"]), "", crna]
        return "\n".join(out)
    if L == 4:
        out += [g.c(["Regional Anesthesia Procedure Note", "NERVE BLOCK NOTE"]), "%s  %s" % (ptname(P, 0), dt(P)), "", "Block: %s" % ("adductor canal, left, single shot" if "adductor" in s["anes"] else "interscalene, right, single shot"),
                "Indication: post-operative analgesia at surgeon request for " + s["name"].lower(), "Consent: obtained, risks incl. nerve injury, LAST, infection, failure discussed",
                "Monitors: standard ASA; Sedation: midazolam 2 mg, fentanyl 50 mcg", "Technique: sterile prep, in-plane US guidance, %s 0.5%% %d mL in divided doses with negative aspiration q5 mL" % (g.c(["ropivacaine", "bupivacaine"]), g.i(15, 30)),
                "Images saved: yes", "Complications: none", "", sign(P, an)]
        return "\n".join(out)
    force_civ(P)
    out += [fax_banner(P), P["fac"], "ANESTHESIA RECORD SUMMARY", "", "Patient: %s  Acct %s" % (ptname(P, 0), P["fin"]), "Date: %s" % dt(P, 1), "Procedure: " + s["name"], "Anesthesia Start %s  Stop %s" % (tm_colon(g), tm_colon(g)),
            "ASA: %s   Type: %s" % (asa, s["anes"]), "Airway: %s" % (g.c(["ETT 7.0", "LMA 4"]) if ga else "N/A"), "Meds: propofol, fentanyl, ondansetron, cefazolin 2 g", "Fluids: LR %d mL   EBL %s" % (g.i(500, 1500), s["ebl"]),
            "Events: none", "", "Anesthesiologist: %s" % provider(g, civ=True, kind="MD")["disp"]]
    return "\n".join(out)


# ---------------------------------------------------------------- pathology
EXTRA_PATH = [
    ("Colon, sigmoid, polyp, cold snare polypectomy", "Received in formalin labeled 'sigmoid polyp' is a tan-pink polypoid fragment, 0.6 x 0.5 x 0.3 cm. Entirely submitted in one cassette.", "Colonic mucosa with tubular architecture and low-grade dysplasia (elongated, pseudostratified nuclei). No high-grade dysplasia.", "TUBULAR ADENOMA. NEGATIVE FOR HIGH-GRADE DYSPLASIA.", "Colonoscopy"),
    ("Stomach, antrum, biopsies", "Received in formalin are three tan soft tissue fragments, 0.2-0.4 cm, entirely submitted.", "Antral mucosa with chronic active inflammation; Helicobacter-like organisms on H&E confirmed by immunostain.", "CHRONIC ACTIVE GASTRITIS WITH HELICOBACTER PYLORI ORGANISMS. NEGATIVE FOR INTESTINAL METAPLASIA AND DYSPLASIA.", "EGD"),
    ("Skin, right upper back, shave biopsy", "Received in formalin is a tan-brown shave of skin 0.7 x 0.6 x 0.1 cm. Inked, trisected and entirely submitted.", "Compound melanocytic proliferation with architectural disorder and mild cytologic atypia; lateral margin involved.", "DYSPLASTIC (ATYPICAL) COMPOUND NEVUS WITH MILD ATYPIA, EXTENDING TO PERIPHERAL MARGIN. Re-excision to ensure complete removal is suggested.", "Dermatology"),
    ("Thyroid, left lobe nodule, fine needle aspiration", "Received: 4 air-dried and 4 alcohol-fixed smears and a ThinPrep vial.", "Adequate specimen with abundant colloid and benign follicular cells arranged in macrofollicles.", "BENIGN (BETHESDA CATEGORY II): CONSISTENT WITH BENIGN FOLLICULAR NODULE.", "Endocrinology"),
]
PAP = ("Cervical/Endocervical, ThinPrep Pap test", "Specimen adequacy: Satisfactory for evaluation; endocervical/transformation zone component present.")


def gen_pathology_report(rng):
    g0 = G(rng)
    use_sc = g0.p(0.55)
    P = ctx_for(rng, settings=["inpatient", "civ", "deployed", "clinic"], pool=PATH_SC) if use_sc else ctx_for(rng, settings=["clinic", "civ"])
    g, sc = P["g"], P["sc"]
    pap = False
    if use_sc:
        spec_, gross, micro, dxx = sc["path"]
        clin = sc["dx"]
    else:
        if P["sex"] == "F" and g.p(0.4):
            pap = True
        e = g.c(EXTRA_PATH)
        spec_, gross, micro, dxx, clin = e[0], e[1], e[2], e[3], e[4]
    acc = "%s%02d-%05d" % (g.c(["S", "SP", "MS", "CY"]) if not pap else "GYN", P["year"] % 100, g.i(100, 39999))
    pth = provider(g, kind="MD", civ=P["civ"], svc=P["branch"])
    rd = later(P, g.i(1, 5))
    L = g.i(0, 5)
    if L == 3 and use_sc and sc["key"] == "frag":
        L = 0
    out = []
    if pap:
        out += [g.c([P["fac"], "DEPARTMENT OF PATHOLOGY - CYTOLOGY"]), "GYNECOLOGIC CYTOLOGY REPORT" if g.p(0.6) else "Pap Smear Result", "", "Accession: %s   Collected: %s   Received: %s" % (acc, dt(P), dt(P, d=later(P, 1))),
                ptid(P), "Ordering: %s" % P["prov"]["disp"], "", "SPECIMEN: " + PAP[0], PAP[1], "", "INTERPRETATION/RESULT:",
                g.c(["NEGATIVE FOR INTRAEPITHELIAL LESION OR MALIGNANCY.", "LOW-GRADE SQUAMOUS INTRAEPITHELIAL LESION (LSIL).", "ATYPICAL SQUAMOUS CELLS OF UNDETERMINED SIGNIFICANCE (ASC-US)."]),
                "HPV high-risk (reflex): %s" % g.c(["NOT DETECTED", "DETECTED (non-16/18)", "not performed"]), "", "Screened by: %s, CT(ASCP)" % full(name_person(g), 3), "Reviewed by: " + pth["disp"],
                "", "The Pap test is a screening test with inherent false negative results. Follow management per ASCCP guidelines."]
        return "\n".join(out)
    if L in (0, 1):
        out += [letterhead(P) if L == 0 else P["fac"], "", g.c(["SURGICAL PATHOLOGY REPORT", "Surgical Pathology", "PATHOLOGY CONSULTATION REPORT", "Anatomic Pathology Report"]), "",
                "Accession #: %s" % acc, ptid(P), "Collected: %s   Received: %s   Reported: %s" % (dt(P), dt(P), dt(P, d=rd)), "Submitting physician: %s" % P["prov2"]["disp"], "",
                hd(P, "Clinical history"), clin, "", hd(P, "Specimen"), spec_, "", hd(P, "Final diagnosis"), dxx, "", hd(P, "Gross description"), gross, ""]
        if g.p(0.7):
            out += [hd(P, "Microscopic description"), micro, ""]
        out += ["I have personally reviewed the slides and/or material and rendered the final diagnosis.", sign(P, pth)]
        return paginate(P, "\n".join(out))
    if L == 2:
        out += [g.c(["PATHOLOGY REPORT", "Tissue Examination"]), "Pt: %s  FMP/SSN %s/XXX-XX-%s  Acc %s" % (ptname(P, 0), P["fmp"], P["ssn4"], acc), "Date obtained: %s" % dt(P, 3), "",
                "FINAL DIAGNOSIS:", "  " + spec_ + ":", "    - " + dxx, "", "Comment: %s" % g.c(["Clinical correlation recommended.", "Findings discussed with Dr. %s on %s." % (P["prov2"]["last"], dt(P, d=rd)), "None."]), "",
                "Electronically signed out by %s on %s" % (pth["disp"], dt(P, d=rd)), "", "GROSS: " + gross, "", "MICRO: " + micro]
        return "\n".join(out)
    if L == 3:
        force_civ(P)
        out += [fax_banner(P), g.c(["Meridian Reference Pathology, LLC", "Coastal Plains Pathology Associates", "Sable River Dermatopathology"]), "%d %s, %s" % (g.i(100, 999), g.c(STREETS), g.c(CIVS)[1]),
                "CLIA #%02dD%07d" % (g.i(10, 99), g.i(1000000, 9999999)), "", "PATIENT: %s     DOB: %s     SEX: %s" % (ptname(P, 0), dt(P, 1, P["dob"]), P["sex"]),
                "CASE: %s     DOS: %s     RECEIVED: %s" % (acc, dt(P, 1), dt(P, 1, later(P, 1))), "PHYSICIAN: %s" % P["prov2"]["disp"], "BILL TO: TRICARE", "",
                "DIAGNOSIS", "%s:" % spec_, dxx, "", "CLINICAL INFORMATION", clin, "", "GROSS DESCRIPTION", gross, "", "MICROSCOPIC", micro, "", pth["disp"], "(Electronic signature)"]
        return paginate(P, "\n".join(out))
    if L == 4:
        out += [P["fac"], "Surgical Pathology - %s" % g.c(["Final", "Amended", "Final Report"]), "", "%s | %s | %s" % (ptname(P, 0), P["mrn"], acc), "", "Part A: %s" % spec_,
                "", "Diagnosis:", dxx.capitalize() if g.p(0.5) else dxx, "", "Gross:", gross, "", "Microscopic:", micro]
        if "Amended" in out[1]:
            out += ["", "AMENDMENT (%s): Corrected specimen laterality per surgeon. Diagnosis unchanged." % dt(P, d=later(P, 6))]
        out += ["", "Pathologist: %s" % pth["disp"], "Signed: %s %s" % (dt(P, d=rd), tm(g))]
        return "\n".join(out)
    out += ["Specimen: " + spec_, "Accession %s  %s  %s" % (acc, ptname(P, 0), dt(P)), "", "DX: " + dxx, "", micro, "", pth["disp"]]
    return "\n".join(out)

# ---------------------------------------------------------------- lab
def gen_lab_report(rng):
    P = ctx_for(rng, settings=["clinic", "inpatient", "ed", "civ", "deployed"])
    g, sc = P["g"], P["sc"]
    L = g.i(0, 6)
    acc = "%02d%03d%s%04d" % (P["year"] % 100, P["date"].timetuple().tm_yday, g.c(["C", "H", "CH", ""]), g.i(1, 9999))
    out = []
    if L == 6 and sc["key"] != "cell":
        L = 0
    if L == 0:  # CHCS print
        out += ["%s  %s" % (P["fac_short"], g.c(["LABORATORY RESULTS", "Cumulative Lab Report", "CHEMISTRY/HEMATOLOGY"])), "", ptid(P, 1), "Loc: %s   Req Prov: %s" % (clinic(P).upper(), P["prov"]["last"].upper()),
                "Accession: %s   Collected: %s@%s   Received: %s" % (acc, dt(P, 3), tm(g), dt(P, 3)), ""]
        for pn, rows in lab_rows(P):
            out += [pn, "-" * 64]
            for r in rows:
                out.append("%-28s %-10s %-2s %-12s %s" % (r[0], r[1], r[4], r[2], r[3]))
            out.append("")
        out += ["H=High L=Low A=Abnormal *=Critical", "Performing lab: %s Laboratory" % P["fac"]]
        return paginate(P, "\n".join(out))
    if L == 1:  # Genesis
        out += ["Laboratory Results", "%s  MRN %s  DOB %s  %s" % (ptname(P, 2), P["mrn"], dt(P, 1, P["dob"]), P["Sex"]), "Ordering Provider: %s" % P["prov"]["disp"],
                "Collected Date/Time: %s %s" % (dt(P, 1), tm_colon(g)), ""]
        out.append("%-26s%-14s%-16s%s" % ("Test", "Result", "Ref Range", "Units"))
        for pn, rows in lab_rows(P):
            out.append(pn.title())
            for r in rows:
                out.append("  %-24s%-14s%-16s%s" % (r[0], str(r[1]) + (" (%s)" % r[4] if r[4] else ""), r[3], r[2]))
        out += ["", "Result status: Final", "Verified by: %s, MLS(ASCP)" % full(name_person(g), 3)]
        return paginate(P, "\n".join(out))
    if L == 2:  # civ reference lab
        force_civ(P)
        out += [fax_banner(P), g.c(["MERIDIAN REFERENCE LABORATORIES", "Bayfront Clinical Lab Services", "Tri-County Diagnostic Laboratory"]), "Patient Report", "",
                "Patient: %s   DOB: %s   Sex: %s   Specimen ID: %s" % (ptname(P, 0), dt(P, 1, P["dob"]), P["sex"], acc), "Client: %s  Physician: %s" % (P["civ_practice"], provider(g, civ=True)["disp"]),
                "Collected: %s   Reported: %s" % (dt(P, 1), dt(P, 1, later(P, 1))), "", "TEST NAME                 IN RANGE   OUT OF RANGE   REFERENCE RANGE   LAB"]
        for pn, rows in lab_rows(P):
            out.append(pn)
            for r in rows:
                out.append("  %-24s %-10s %-14s %-17s %s" % (r[0], "" if r[4] else r[1], ("%s %s" % (r[1], r[4])) if r[4] else "", "%s %s" % (r[3], r[2]), "01"))
        out += ["", "Lab 01: %d Commerce Pkwy, %s  Director: %s" % (g.i(100, 999), g.c(CIVS)[1], provider(g, civ=True, kind="MD")["disp"])]
        return paginate(P, "\n".join(out))
    if L == 3:  # i-STAT / POC deployed or ED
        out += [g.c(["POINT OF CARE TESTING", "i-STAT CHEM8+ RESULT", "POC Lab - Role 2"]), "%s  %s  %s %s" % (ptname(P, 0), P["dodid"], dt(P, 3), tm(g)), ""]
        for k in ["NA", "K", "CL", "BUN", "CREAT", "GLU"]:
            r = lab_value(P, k)
            out.append("%-12s %s %s %s" % (r[0][:12], r[1], r[2], r[4]))
        out += ["iCa   %.2f mmol/L" % g.u(1.1, 1.3, 2), "Hct   %d %%PCV" % int(lab_value(P, "HCT")[1]), "Hb    %.1f g/dL" % lab_value(P, "HGB")[1], "", "Operator: %s  Device SN %d" % (P["medic"]["disp"], g.i(300000, 399999))]
        return "\n".join(out)
    if L == 4:  # readiness/accession labs
        out += [P["fac"], g.c(["ACCESSION / READINESS LABORATORY PANEL", "Individual Medical Readiness Labs", "PRE-DEPLOYMENT LABS"]), "", ptid(P, 3), "Date: %s" % dt(P), ""]
        for nm, res, ref in g.some(MIL_LABS, 4, 8):
            out.append("%-36s %-24s %s" % (nm, res, ref))
        out += ["", "DNA specimen on file: %s" % g.c(["YES", "Y", "VERIFIED"]), "Reported to: %s" % g.c(["MEDPROS", "ASIMS", "MRRS"]), "", "Released by: %s" % full(name_person(g), 0)]
        return "\n".join(out)
    if L == 5:  # urinalysis & misc
        out += [g.c(["URINALYSIS", "UA w/ Microscopic", "Urine studies"]), ptid(P, 0), "Collected %s %s  Source: clean catch" % (dt(P), tm(g)), ""]
        bl = sc["labs"].get("UBLD", "NEGATIVE")
        rb = sc["labs"].get("URBC", "0-2")
        rows = [("Color", "Yellow", ""), ("Clarity", g.c(["Clear", "Slightly cloudy"]), ""), ("Specific Gravity", "1.0%02d" % g.i(5, 30), "1.005-1.030"), ("pH", "%.1f" % g.c([5.5, 6.0, 6.5]), "5.0-8.0"),
                ("Protein", "NEGATIVE", "NEG"), ("Glucose", "NEGATIVE" if sc["key"] != "dm" else "2+", "NEG"), ("Ketones", "NEGATIVE", "NEG"), ("Blood", bl, "NEG"), ("Nitrite", "NEGATIVE", "NEG"),
                ("Leukocyte Esterase", "NEGATIVE", "NEG"), ("RBC/hpf", rb, "0-2"), ("WBC/hpf", "0-5", "0-5"), ("Bacteria", "None seen", "")]
        if sc["key"] in ("heat",):
            rows[7] = ("Blood", "LARGE", "NEG"); rows[10] = ("RBC/hpf", "0-2", "0-2")
        for a, b, c in rows:
            out.append("%-20s %-14s %s" % (a, b, c))
        if sc["key"] == "preg" or P["sex"] == "F":
            out.append("%-20s %-14s %s" % ("hCG, urine", "POSITIVE" if sc["key"] == "preg" else "NEGATIVE", "NEG"))
        if sc["key"] == "heat":
            out.append("Comment: Large blood with few RBCs - consider myoglobinuria.")
        out += ["", "Performed at: %s" % P["fac_short"]]
        return "\n".join(out)
    out += [P["fac"], "MICROBIOLOGY", "", ptid(P), "Accession %s  Source: Wound, left thigh abscess  Collected %s" % (acc, dt(P)), "",
            "GRAM STAIN: Many WBCs. Many gram positive cocci in clusters.", "", "CULTURE: Heavy growth Staphylococcus aureus, METHICILLIN RESISTANT (MRSA)", "",
            "SUSCEPTIBILITY (MIC)", "%-30s %-8s %s" % ("Antibiotic", "MIC", "Interp")]
    for a, m, i in [("Clindamycin", "<=0.25", "S"), ("Erythromycin", ">=8", "R"), ("Oxacillin", ">=4", "R"), ("Tetracycline", "<=1", "S"), ("Trimethoprim/Sulfa", "<=10", "S"), ("Vancomycin", "1", "S"), ("Linezolid", "2", "S")]:
        out.append("%-30s %-8s %s" % (a, m, i))
    out += ["", "Final report %s. Infection Control notified." % dt(P, d=later(P, 3))]
    return "\n".join(out)


# ---------------------------------------------------------------- imaging
EXTRA_IMG = [("XR", "Chest PA and lateral", "Heart size normal. Lungs clear. No pleural effusion or pneumothorax. Osseous structures intact.", "No acute cardiopulmonary abnormality.", "Pre-deployment / periodic exam"),
             ("DX", "Panoramic dental radiograph", "Impacted mesioangular #17 and #32. Erupted #1 and #16. No periapical radiolucency.", "Impacted mandibular third molars.", "Dental readiness, third molar evaluation"),
             ("NM", "Three-phase bone scan", "Focal intense uptake in all three phases along the posteromedial right tibial diaphysis. No other abnormal uptake.", "Findings compatible with stress fracture of the right tibia.", "Shin pain in trainee")]


def gen_imaging_report(rng):
    g0 = G(rng)
    if g0.p(0.8):
        P = ctx_for(rng, pool=IMG_SC, settings=["clinic", "ed", "inpatient", "civ", "deployed"])
        mod, study, fnd, imp = P["sc"]["img"]
        ind = P["sc"]["dx"] if P["g"].p(0.4) else g0.c(P["sc"]["cc"]).replace("{dur}", "2 weeks")
    else:
        P = ctx_for(rng, settings=["clinic", "civ"])
        mod, study, fnd, imp, ind = g0.c(EXTRA_IMG)
    g = P["g"]
    rad = provider(g, kind="MD", civ=P["civ"], svc=P["branch"])
    accn = "%s%d" % (g.c(["RA", "CT", "MR", "", "IMG"]), g.i(10 ** 6, 10 ** 7))
    tech = {"XR": "Standard views obtained.", "DX": "Single panoramic image.", "CT": "Axial images with coronal and sagittal reformats. Dose reduction technique used (DLP %d mGy-cm)." % g.i(180, 900),
            "MRI": "Multiplanar multisequence MR imaging without IV contrast on a %s T magnet." % g.c(["1.5", "3.0"]), "US": "Real-time grayscale and color Doppler imaging.",
            "ECHO": "Complete 2D, M-mode, color and spectral Doppler study.", "NM": "%d mCi Tc-99m MDP IV with flow, blood pool and 3-hour delayed images." % g.i(20, 25)}[mod]
    comp = g.c(["None.", "None available.", "%s dated %s." % (study.split(" ")[0], dt(P, d=later(P, -g.i(30, 900))))])
    L = g.i(0, 5)
    out = []
    if mod == "ECHO" and L in (3, 4):
        L = 0
    if L == 0:
        out += [letterhead(P), "", g.c(["RADIOLOGY REPORT", "DIAGNOSTIC IMAGING REPORT", "Department of Radiology", "IMAGING CONSULTATION"]), "", ptid(P),
                "Exam: %s   Exam date: %s   Accession: %s" % (study, dt(P), accn), "Ordering provider: %s" % P["prov"]["disp"], "",
                hd(P, "Clinical history") if g.p(0.5) else hd(P, "Indication"), ind, "", hd(P, "Technique"), tech, "", hd(P, "Comparison"), comp, "", hd(P, "Findings"), fnd, "", hd(P, "Impression"), imp, "",
                "Dictated by: %s" % rad["disp"], "Signed: %s %s" % (dt(P), tm(g))]
        return paginate(P, "\n".join(out))
    if L == 1:
        out += ["%s   %s" % (P["fac_short"], g.c(["RADIOLOGY", "Imaging Services", "Dept of Radiology"])), "%s  %s/XXX-XX-%s  %s" % (ptname(P, 0), P["fmp"], P["ssn4"], P["rankstr"]), "",
                "Procedure: %s   Exam Date/Time: %s %s" % (study.upper(), dt(P, 3), tm(g)), "Status: %s   Priority: %s" % (g.c(["Verified", "Final"]), g.c(["ROUTINE", "STAT", "ASAP"])),
                "Requesting Location: %s" % clinic(P).upper(), "Clinical Hx: " + ind, "", "Report:", "  " + study.upper(), "  " + fnd, "", "Impression:", "  1. " + imp, "",
                "Primary Dx Code: %s" % g.c(["NORMAL", "ABNORMAL, PREVIOUSLY KNOWN", "ABNORMAL - ATTN NEEDED", "MINOR ABNORMALITY"]), "Interpreted by: %s" % rad["disp"], "Transcribed: %s" % dt(P, 3)]
        return "\n".join(out)
    if L == 2:
        force_civ(P)
        out += [fax_banner(P), "ALDER FALLS IMAGING CENTER" if g.p(0.5) else P["fac"].upper() + " - RADIOLOGY", "", "PATIENT: %s   DOB: %s   EXAM DATE: %s" % (ptname(P, 0), dt(P, 1, P["dob"]), dt(P, 1)),
                "REFERRING: %s (%s)" % (P["prov"]["disp"], P["mtf"]), "AUTH#: %d" % g.i(10 ** 8, 10 ** 9), "", "EXAM: " + study.upper(), "", "HISTORY: " + ind, "", "TECHNIQUE: " + tech, "",
                "COMPARISON: " + comp, "", "FINDINGS: " + fnd, "", "IMPRESSION:", imp, "", rad["disp"], "Electronically signed %s" % dt(P, 1)]
        return paginate(P, "\n".join(out))
    if L == 3:
        out += [g.c(["PRELIMINARY READ", "Prelim/Wet Read", "Teleradiology Preliminary Report"]), "%s %s  %s" % (study, dt(P), ptname(P, 0)), "",
                "Prelim: " + imp, "", "Read by %s via %s. Final report to follow." % (g.c([rad["disp"], "Radiology resident " + full(name_person(g), 3)]), g.c(["PACS", "teleradiology", "TMDS"])),
                "Findings discussed with %s at %s." % (P["prov"]["disp"], tm(g))]
        if P["setting"] == "deployed":
            out += ["", "Images pushed to Theater PACS / JTTR."]
        return "\n".join(out)
    if L == 4:
        out += [P["fac"], "", "%s  (%s)" % (study.upper(), accn), "Patient: %s, %d %s" % (ptname(P, 2), P["age"], P["sex"]), "Date: %s" % dt(P), "", "INDICATION: %s. TECHNIQUE: %s COMPARISON: %s" % (ind, tech, comp), "",
                "FINDINGS:"] + ["- " + x.strip() + "." for x in fnd.split(". ") if x.strip()] + ["", "IMPRESSION: " + imp, "", "%s  %s" % (rad["disp"], g.c(["Staff Radiologist", "Radiology", "Neuroradiology", "MSK Radiology"]))]
        return "\n".join(out)
    out += ["%s  %s" % (P["fac"], "ECHOCARDIOGRAPHY LABORATORY" if mod == "ECHO" else "IMAGING"), "", ptid(P, 6), "Study: %s   Date: %s" % (study, dt(P)), ""]
    if mod == "ECHO":
        out += ["Height %d in  Weight %d lb  BP %s  Rhythm: %s" % (P["vit"]["HT"], P["vit"]["WT"], P["vit"]["BP"], g.c(["atrial fibrillation", "sinus rhythm"])), "",
                "MEASUREMENTS", "LVIDd %.1f cm  LVIDs %.1f cm  IVSd %.1f cm  LVPWd %.1f cm" % (g.u(4.4, 5.4), g.u(2.8, 3.6), g.u(0.9, 1.2), g.u(0.9, 1.1)),
                "LA volume index %d mL/m2  Ao root %.1f cm  TAPSE %.1f cm" % (g.i(38, 48), g.u(3.0, 3.6), g.u(1.8, 2.4)), "", "FINDINGS", fnd, "", "CONCLUSIONS", imp, "", "Interpreting cardiologist: %s" % rad["disp"]]
    else:
        out += ["Reason for exam: " + ind, "", fnd, "", "IMPRESSION: " + imp, "", rad["disp"]]
    return "\n".join(out)


# ---------------------------------------------------------------- ECG
def ecg_params(P):
    g = P["g"]
    k = P["sc"]["key"]
    rate = g.i(52, 88)
    rhythm = g.c(["Normal sinus rhythm", "Sinus bradycardia", "Normal sinus rhythm", "Sinus rhythm"])
    extra = g.c([[], [], ["Early repolarization"], ["Incomplete right bundle branch block"], ["Left ventricular hypertrophy by voltage criteria"], [], ["Sinus arrhythmia"]])
    if rate < 60:
        rhythm = "Sinus bradycardia"
    elif rhythm == "Sinus bradycardia":
        rhythm = "Normal sinus rhythm"
    if k == "afib":
        rate, rhythm, extra = g.i(112, 146), "Atrial fibrillation with rapid ventricular response", ["Nonspecific ST-T wave abnormality"]
    elif k in ("pna", "heat", "appy"):
        rate, rhythm = g.i(102, 122), "Sinus tachycardia"
    elif k == "htn" and g.p(0.5):
        extra = ["Left ventricular hypertrophy by voltage criteria"]
    pr = "---" if k == "afib" else g.i(128, 196)
    qrs = g.i(80, 104) if "Incomplete" not in " ".join(extra) else g.i(100, 116)
    qt = int(400 * (60.0 / rate) ** 0.5) + g.i(-25, 25)
    qtc = int(qt / ((60.0 / rate) ** 0.5))
    axis = g.i(-10, 85)
    abn = rhythm not in ("Normal sinus rhythm", "Sinus rhythm", "Sinus bradycardia") or any("hypertrophy" in e or "ST-T" in e for e in extra)
    summ = "ABNORMAL ECG" if abn else g.c(["NORMAL ECG", "Otherwise normal ECG", "BORDERLINE ECG"]) if extra else "NORMAL ECG"
    return dict(rate=rate, rhythm=rhythm, extra=extra, pr=pr, qrs=qrs, qt=qt, qtc=qtc, axis=axis, summ=summ, p=g.i(60, 110), t=g.i(20, 70))


def gen_ecg_report(rng):
    P = ctx_for(rng, keys=["afib", "chestpain", "htn", "pna", "heat", "dm", "appy", "stone", "chestpain"], settings=["ed", "clinic", "inpatient", "civ", "deployed"])
    g = P["g"]
    e = ecg_params(P)
    cmp_ = g.c(["No previous ECGs available", "When compared with ECG of %s, no significant change was found" % dt(P, d=later(P, -g.i(60, 2000))),
                "Compared to prior tracing, rate has increased"])
    rd = provider(g, kind="MD", civ=P["civ"], svc=P["branch"])
    L = g.i(0, 5)
    out = []
    if L == 0:  # machine header
        out += ["%s  %s   ID:%s   %s %s" % (ptname(P, 0), dt(P, 5), P["dodid"] if not P["civ"] else P["mrn"], tm_colon(g), g.c(["", "Room ED%d" % g.i(1, 20), "Loc:%d" % g.i(1, 40)])),
                "%d yr   %s   %s   %d in  %d lbs" % (P["age"], P["Sex"], g.c(["Caucasian", "Black", "Hispanic", "Asian", "Unspecified"]), P["vit"]["HT"], P["vit"]["WT"]), "",
                "Vent. rate      %d BPM" % e["rate"], "PR interval     %s ms" % e["pr"], "QRS duration    %d ms" % e["qrs"], "QT/QTc          %d/%d ms" % (e["qt"], e["qtc"]),
                "P-R-T axes      %s %d %d" % ("***" if e["pr"] == "---" else e["p"], e["axis"], e["t"]), "", e["rhythm"]] + e["extra"] + [e["summ"], cmp_, "",
                g.c(["Confirmed by %s (%d) on %s %s" % (rd["disp"], g.i(100, 999), dt(P, 1, later(P, g.i(0, 2))), tm_colon(g)), "Unconfirmed - computer interpretation only", "Referred by: %s   Confirmed by: %s" % (P["prov"]["last"], rd["last"])]),
                "", "25 mm/s  10 mm/mV  %s  0.50-150 Hz  W  %s" % (g.c(["60~", "60 Hz"]), g.c(["MAC5500 HD", "PH100B", "CP 200"]))]
        return "\n".join(out)
    if L == 1:
        out += [letterhead(P), "", g.c(["ELECTROCARDIOGRAM REPORT", "12-LEAD ECG INTERPRETATION", "Cardiology - ECG Overread"]), "", ptid(P), "Date of tracing: %s %s" % (dt(P), tm(g)),
                "Indication: %s" % g.c([g.c(P["sc"]["cc"]).replace("{dur}", "1 day"), "pre-operative", "annual flight physical", "palpitations", "periodic health assessment, age > 40"]), "",
                "Rate: %d   Rhythm: %s" % (e["rate"], e["rhythm"]), "Intervals: PR %s, QRS %d, QTc %d" % (e["pr"], e["qrs"], e["qtc"]), "Axis: %s" % ("normal" if e["axis"] > -30 else "left axis deviation"),
                "Interpretation: %s. %s" % (e["rhythm"], ". ".join(e["extra"]) or "No ST elevation or depression. No pathologic Q waves."), "", "Comparison: " + cmp_, "", sign(P, rd)]
        return "\n".join(out)
    if L == 2:  # aviation / flight physical
        out += [g.c(["USAF ECG LIBRARY", "Aeromedical ECG Review", "FLIGHT MEDICINE - ECG"]), "%s  %s  %s" % (ptname(P, 0), P["rankstr"], P["dodid"]), "Tracing date: %s" % dt(P, 3), "",
                "HR %d  PR %s  QRS %d  QT %d  QTc %d  Axis %d" % (e["rate"], e["pr"], e["qrs"], e["qt"], e["qtc"], e["axis"]), "Reading: " + "; ".join([e["rhythm"]] + e["extra"]),
                "Aeromedical disposition: %s" % g.c(["Within normal limits for aircrew", "Normal variant - no further evaluation required", "Abnormal - refer to cardiology, DNIF pending review"]), "", "Reviewer: %s" % rd["disp"]]
        return "\n".join(out)
    if L == 3:
        out += [g.c(["Rhythm Strip", "ECG", "EKG"]), "%s %s %s" % (ptname(P, 0), dt(P), tm(g)), "", "%s at %d bpm. %s" % (e["rhythm"], e["rate"], g.c(["No ectopy.", "Occasional PVC.", "No pauses."])),
                "My read: " + g.c(["no acute ischemic changes", "no STEMI", "unchanged from prior", "rate-related ST depression lateral leads"]), "", P["prov"]["disp"]]
        return "\n".join(out)
    if L == 4:
        force_civ(P)
        out += [fax_banner(P), P["civ_practice"] if "Cardio" in P["civ_practice"] else "Kessling Cardiology Group", "ELECTROCARDIOGRAM", "", "Name: %s  DOB: %s  Date: %s" % (ptname(P, 2), dt(P, 1, P["dob"]), dt(P, 1)), "",
                "%-10s%-10s%-10s%-10s%-10s" % ("Rate", "PR", "QRSd", "QT", "QTc"), "%-10s%-10s%-10s%-10s%-10s" % (e["rate"], e["pr"], e["qrs"], e["qt"], e["qtc"]), "",
                "Axis: P %s QRS %d T %d" % (e["p"], e["axis"], e["t"]), "", "Diagnosis:", "  " + e["rhythm"]] + ["  " + x for x in e["extra"]] + ["  " + e["summ"], "", "Reviewed by: " + provider(g, civ=True, kind="MD")["disp"]]
        return "\n".join(out)
    out += [P["fac"], "ECG interpretation (%s)" % g.c(["overread", "staff cardiology", "internal medicine"]), "", "%s | %s | %s" % (ptname(P, 0), dt(P), P["mrn"]), "",
            "%s, ventricular rate %d. PR %s ms, QRS %d ms, QTc %d ms. %s%s" % (e["rhythm"], e["rate"], e["pr"], e["qrs"], e["qtc"], " ".join(x + "." for x in e["extra"]), " " + cmp_ + "."),
            "", "Final: " + e["summ"], "", rd["disp"]]
    return "\n".join(out)

# ---------------------------------------------------------------- medication list
def gen_medication_list(rng):
    P = ctx_for(rng, settings=["clinic", "inpatient", "civ", "deployed"])
    g, sc = P["g"], P["sc"]
    meds = all_meds(P)
    L = g.i(0, 5)
    out = []
    if L == 0:
        out += [g.c(["Medication Reconciliation", "MEDICATION RECONCILIATION - DISCHARGE", "Admission Medication Reconciliation"]), ptid(P, 6), "Date: %s   Reconciled by: %s" % (dt(P), P["prov"]["disp"]), "",
                "%-30s %-16s %-34s %s" % ("Medication", "Dose", "Directions", "Action")]
        for m in meds:
            out.append("%-30s %-16s %-34s %s" % (m[0], m[1], m[2][:34], g.c(["Continue", "Continue", "New", "Modify", "Stop"]) if m in P["home"] else "New"))
        out += ["", "Allergies: " + P["allergy"], "Source of med history: %s" % g.c(["patient", "PDTS/pharmacy profile", "spouse", "bottles brought in"]), "", "Patient given updated list: [X] Yes"]
        return "\n".join(out)
    if L == 1:
        out += [P["fac_short"] + "  OUTPATIENT PHARMACY", g.c(["PATIENT MEDICATION PROFILE", "Active Rx Profile", "Pharmacy Profile (PDTS)"]), "", ptid(P, 1), "Printed %s" % dt(P), "",
                "RX#       DRUG                           SIG                              QTY  RF  LAST FILL   STATUS"]
        for m in meds:
            out.append("%-9d %-30s %-32s %-4d %-3d %-11s %s" % (g.i(1000000, 9999999), (m[0] + " " + m[1])[:30], m[2][:32], g.c([30, 60, 90, 14, 20]), g.i(0, 5), dt(P, 1, later(P, -g.i(0, 80))), g.c(["ACTIVE", "ACTIVE", "EXPIRED", "DISCONTINUED"])))
        out += ["", "Includes retail network and mail order (TRICARE Pharmacy Home Delivery) fills."]
        return "\n".join(out)
    if L == 2:
        out += ["Medications", "%s (%s)" % (ptname(P, 2), dt(P, 1, P["dob"])), ""]
        for m in meds:
            out += ["%s %s" % (m[0], m[1]), "   %s" % m[2], "   Start: %s  Prescriber: %s" % (dt(P, 1, later(P, -g.i(0, 400))), g.c([P["prov"]["last"], P["prov2"]["last"], "Outside provider"]))]
        out += ["", "Allergies/Intolerances: " + P["allergy"], "", "Printed from the electronic health record. Verify with provider before making changes."]
        return paginate(P, "\n".join(out))
    if L == 3:
        out += [g.c(["PRE-DEPLOYMENT MEDICATION SCREENING", "Deployment Medication Review / SRP", "Pre-Deployment Health - Medications"]), "%s  %s  %s" % (ptname(P, 0), P["rank"][0], P["unit"]), "Date: %s" % dt(P, 3), "",
                "Current prescription medications:"]
        for m in meds:
            out.append("  [%s] %s %s - %s  (180-day supply issued: %s)" % (g.c(["X", " "]), m[0], m[1], m[2], g.c(["Y", "N", "N/A"])))
        out += ["Malaria chemoprophylaxis: %s" % g.c(["Doxycycline 100 mg daily", "Atovaquone/proguanil daily", "Not required for AOR"]), "Controlled substances: %s" % g.c(["none", "reviewed, waiver not required"]),
                "Deployment-limiting medications per MOD 14/15: %s" % g.c(["none identified", "none", "YES - waiver submitted"]), "", "Reviewing provider: %s" % P["prov"]["disp"]]
        return "\n".join(out)
    if L == 4:
        out += [g.c(["My Medication List", "Patient-reported medications", "MEDICATION LIST (patient copy)"]), "Name: %s    Date: %s" % (ptname(P, 3), dt(P, 1)), ""]
        for m in meds:
            out.append("- %s %s  %s" % (m[0].lower() if g.p(0.3) else m[0], m[1], g.c([m[2], m[2].split(" PO ")[-1], "as needed", "every day"])))
        out += ["", "Vitamins/supplements: %s" % g.c(["fish oil", "creatine, protein powder", "none", "vitamin D 2000 IU"]), "Pharmacy: %s" % g.c([P["fac_short"] + " main pharmacy", "TRICARE Home Delivery", "retail network pharmacy"])]
        return "\n".join(out)
    force_civ(P)
    out += [fax_banner(P), P["fac"], "DISCHARGE MEDICATION LIST", "", "Patient: %s   Acct: %s" % (ptname(P, 0), P["fin"]), ""]
    for tag, lst in (("START taking:", sc["meds"]), ("CONTINUE taking:", P["home"]), ("STOP taking:", g.some(CHRONIC, 0, 1))):
        if lst:
            out.append(tag)
            out += ["   %s %s - %s" % (m[0], m[1], m[2]) for m in lst]
    out += ["", "Bring this list to your next appointment with your military clinic."]
    return "\n".join(out)


# ---------------------------------------------------------------- prescription
def gen_prescription(rng):
    P = ctx_for(rng, settings=["clinic", "ed", "civ", "deployed"])
    g, sc = P["g"], P["sc"]
    m = g.c(sc["meds"])
    L = g.i(0, 5)
    rx = g.i(1000000, 9999999)
    dea = "%s%s%07d" % (g.c("ABFM"), P["prov"]["last"][0], g.i(1000000, 9999999))
    out = []
    if L == 0:
        out += ["PRESCRIPTION", g.c(["DD Form 1289", "DD FORM 1289, NOV 71"]) if g.p(0.6) else "DOD PRESCRIPTION", "", "FOR (Full name, address & phone number): %s  %s  %s" % (ptname(P, 1), P["addr"], P["ph"]),
                "MEDICAL FACILITY: %s   DATE: %s" % (P["fac"], dt(P)), "", "Rx (Superscription)", "  %s %s" % (m[0], m[1]), "  Disp: #%d (%s)" % (m[3], "" if m[3] > 99 else g.c(["thirty", "fourteen", "twenty", "ten"]) if m[3] in (30, 14, 20, 10) else ""),
                "  Sig: %s" % m[2], "  Refills: %d" % m[4], "", "MFD BY ______  LOT NO ______  FILLED BY ______", "SIGNATURE, RANK AND DEGREE: %s" % P["prov"]["sig"], "DEA #: %s" % dea if "Oxy" in m[0] else ""]
        return "\n".join(out)
    if L == 1:  # label
        out += ["%s PHARMACY   %s" % (P["fac_short"], phone(g)), "Rx# %d   %s" % (rx, dt(P, 1)), ptname(P, 1).upper(), "", "%s %s" % (m[0].upper(), m[1].upper()),
                m[2].upper().replace("PO", "BY MOUTH"), "QTY: %d   REFILLS: %d   Dr. %s" % (m[3], m[4], P["prov"]["last"].upper()), "DISCARD AFTER: %s" % dt(P, 1, later(P, 365)),
                g.c(["MAY CAUSE DROWSINESS. ALCOHOL MAY INTENSIFY THIS EFFECT.", "TAKE WITH FOOD.", "FEDERAL LAW PROHIBITS THE TRANSFER OF THIS DRUG TO ANY PERSON OTHER THAN THE PATIENT FOR WHOM IT WAS PRESCRIBED."])]
        return "\n".join(out)
    if L == 2:  # e-Rx print
        out += [g.c(["Prescription Order", "Outpatient Medication Order", "e-Prescription"]), "Patient: %s   DOB: %s   DoD ID: %s" % (ptname(P, 2), dt(P, 1, P["dob"]), P["dodid"]),
                "Ordering Provider: %s   NPI: %d" % (P["prov"]["disp"], g.i(1000000000, 1999999999)), "Order Date: %s" % dt(P, 1), "", "Medication: %s %s" % (m[0], m[1]), "Instructions: %s" % m[2],
                "Dispense: %d  Refills: %d  Substitutions: %s" % (m[3], m[4], g.c(["allowed", "permitted"])), "Indication: %s" % P["sc"]["dx"], "Routing: %s" % g.c(["MTF Pharmacy - Main", "Pharmacy Express Window", "TRICARE Home Delivery", "Retail network"])]
        return "\n".join(out)
    if L == 3:
        force_civ(P)
        cp = provider(g, civ=True)
        out += [cp["disp"], P["civ_practice"], "%d %s, %s" % (g.i(100, 999), g.c(STREETS), g.c(CIVS)[1]), "Phone %s   DEA %s   NPI %d" % (phone(g), dea, g.i(10 ** 9, 2 * 10 ** 9)), "",
                "Name: %s     Date: %s" % (ptname(P, 3), dt(P, 1)), "Address: %s" % P["addr"], "", "Rx", "%s %s" % (m[0], m[1]), "Sig: %s" % m[2], "Disp: %d     Refill: %s" % (m[3], m[4] or "NR"), "",
                "[ ] Dispense as written", "", "__________________ %s" % cp["sig"]]
        return "\n".join(out)
    if L == 4:
        out += [g.c(["Rx - Field", "Aid station dispensing log", "Medication Issued"]), "%s / %s / %s  %s" % (ptname(P, 0), P["rank"][0], P["unit"], dt(P, 3))]
        for mm in sc["meds"]:
            out.append("  %s %s  #%d  %s" % (mm[0], mm[1], mm[3], mm[2]))
        out += ["Prescriber: %s   Issued by: %s" % (P["prov"]["disp"], P["medic"]["disp"])]
        return "\n".join(out)
    out += [P["fac"], "CONTROLLED SUBSTANCE PRESCRIPTION" if "Oxy" in m[0] else "OUTPATIENT PRESCRIPTION", "", ptid(P, 0), "", "%s %s" % (m[0], m[1]), "SIG: %s" % m[2], "Quantity: %d (%s)" % (m[3], "written out" if m[3] < 100 else ""),
            "Refills: %d" % m[4], "Diagnosis: %s" % P["icd"], "", "Prescriber: %s" % P["prov"]["sig"], "DEA: %s" % dea, "Date: %s" % dt(P)]
    return "\n".join(out)


# ---------------------------------------------------------------- orders
def gen_provider_orders(rng):
    P = ctx_for(rng, settings=["inpatient", "ed", "clinic", "civ", "deployed"])
    g, sc = P["g"], P["sc"]
    L = g.i(0, 5)
    out = []
    if L == 0:  # ADC VAAN DIML
        out += [g.c(["ADMISSION ORDERS", "Admit Orders", "DOCTOR'S ORDERS"]), ptid(P), "%s %s" % (dt(P), tm(g)), ""]
        items = [("Admit to", "%s, Attending %s" % (g.c(["Ward 4W", "Medicine", "Surgery", "ICU"]), P["prov2"]["last"])), ("Diagnosis", sc["dx"]), ("Condition", g.c(["Stable", "Fair", "Guarded"])),
                 ("Vitals", g.c(["q4h", "q2h x 4 then q4h", "per unit routine"])), ("Allergies", P["allergy"]), ("Activity", g.c(["OOB as tolerated", "bedrest", "ambulate TID"])),
                 ("Nursing", g.c(["strict I&O", "daily weights", "IS q1h while awake", "neuro checks q4h"])), ("Diet", g.c(["NPO", "regular", "clear liquids", "cardiac"])),
                 ("IVF", g.c(["LR at 125 mL/h", "NS at 150 mL/h", "NS 2 L bolus then 250 mL/h"])), ("Meds", "; ".join("%s %s %s" % m[:3] for m in sc["meds"])),
                 ("Labs", g.c(["CBC, BMP in AM", "CK q12h, BMP q12h", "CBC, CMP, lactate"])), ("Call HO for", "T > 101.5, HR > 120, SBP < 90, UOP < 30 mL/h")]
        for k, v in items:
            out.append("%-12s %s" % (k + ":", v))
        out += ["", sign(P)]
        return "\n".join(out)
    if L == 1:  # Genesis order list
        out += ["Orders", "%s  MRN %s  FIN %s" % (ptname(P, 2), P["mrn"], P["fin"]), ""]
        for kind, det in [("Medication", "%s %s %s" % sc["meds"][0][:3]), ("Laboratory", g.c(["CBC w/ Diff", "Basic Metabolic Panel", "Hemoglobin A1c", "Urinalysis"])), ("Radiology", sc["img"][1] if sc.get("img") else "None"),
                          ("Consult", spec(P)), ("Patient Care", g.c(["Vital signs q4h", "Fall precautions", "Ice to affected area"]))]:
            out.append("%-12s %-46s Ordered %s %s  Status: %s" % (kind, det[:46], dt(P, 1), tm_colon(g), g.c(["Ordered", "Completed", "In process"])))
        out += ["", "Ordering provider: %s" % P["prov"]["disp"]]
        return "\n".join(out)
    if L == 2:
        s = sc.get("surg") or SC["hernia"]["surg"]
        out += [g.c(["POST-OPERATIVE ORDERS", "Post-op Orders - Surgery", "PACU/Post-op Order Set"]), "%s  %s" % (ptname(P, 0), dt(P)), "Procedure: " + s["name"], "",
                "1. Admit to %s" % g.c(["ward", "SDS", "23h obs"]), "2. VS per PACU protocol then q4h", "3. Diet: %s" % g.c(["clears, advance as tolerated", "regular"]), "4. Activity: %s" % g.c(["ambulate tonight", "WBAT with brace locked in extension", "sling at all times"]),
                "5. IVF: LR at 100 mL/h until tolerating PO", "6. %s" % g.c(["Cefazolin 2 g IV q8h x 2 doses", "No post-op antibiotics"]), "7. Pain: acetaminophen 1 g PO q6h; oxycodone 5-10 mg PO q4h PRN",
                "8. Ondansetron 4 mg IV q6h PRN nausea", "9. SCDs while in bed; enoxaparin 40 mg SQ daily starting POD 1", "10. Incentive spirometry q1h while awake", "", sign(P, P["prov2"])]
        return "\n".join(out)
    if L == 3:
        out += [g.c(["PHYSICIAN ORDERS", "Order Sheet"]), "Patient: %s  Room %d" % (ptname(P, 0), g.i(200, 600)), ""]
        for i in range(g.i(3, 6)):
            out.append("%s %s  %s" % (dt(P, 6, later(P, i // 2)), tm(g), g.c(["d/c IVF", "Start " + " ".join(sc["meds"][0][:3]), "Consult " + spec(P), "Repeat " + g.c(["BMP", "CBC", "CK"]) + " in AM",
                                                                             "OK to shower", "Discharge when tolerating diet", "Saline lock IV", "PT/OT eval"]) + "   " + P["prov"]["last"]))
        out += ["", "Noted by: %s %s" % (P["rn"]["disp"], tm(g))]
        return "\n".join(out)
    if L == 4:
        out += [g.c(["LAB / RADIOLOGY REQUISITION", "Outpatient Order Requisition"]), P["fac"], "", ptid(P, 1), "Ordering: %s   Date: %s" % (P["prov"]["disp"], dt(P)), "Dx: %s" % dxline(P, 1), "",
                "Tests ordered:", "  [X] %s" % g.c(["CBC", "CMP", "Lipid panel"]), "  [X] %s" % g.c(["TSH", "HbA1c", "Vitamin D"]), "  [%s] %s" % (g.c("X "), sc["img"][1] if sc.get("img") else "UA"),
                "Priority: %s   Fasting: %s" % (g.c(["Routine", "ASAP"]), g.c(["Y", "N"])), "Special instructions: %s" % g.c(["none", "draw before 0900", "call results to PCM"])]
        return "\n".join(out)
    out += [g.c(["Verbal/Telephone Order", "TELEPHONE ORDER"]), "%s  %s %s" % (ptname(P, 0), dt(P), tm(g)), "", "Order: %s" % g.c(["%s %s %s x1 now" % sc["meds"][0][:3], "Increase IVF to 200 mL/h", "Hold AM dose", "OK for diet advance"]),
            "Read back and verified: Yes", "Received by: %s" % P["rn"]["disp"], "Ordering provider: %s" % P["prov"]["disp"], "Co-signed: %s %s" % (dt(P, d=later(P, 1)), P["prov"]["last"])]
    return "\n".join(out)


# ---------------------------------------------------------------- discharge instructions
WARN = {"tbi": "worsening headache, repeated vomiting, confusion, seizure, slurred speech, weakness or numbness",
        "appy": "fever over 101.5 F, increasing redness or drainage from incisions, worsening belly pain, vomiting",
        "chole": "fever, yellow skin or eyes, worsening belly pain, redness at incision",
        "stone": "fever or chills, pain not controlled by medicine, unable to keep fluids down, unable to urinate",
        "heat": "dark urine, muscle pain or weakness, confusion, decreased urination",
        "pna": "trouble breathing, chest pain, fever not improving after 48 hours, coughing blood",
        "depr": "thoughts of harming yourself - call the crisis line or go to the nearest emergency room",
        "chestpain": "chest pain with exertion, shortness of breath, fainting, sweating"}


def gen_discharge_instructions(rng):
    P = ctx_for(rng, settings=["ed", "inpatient", "civ", "clinic", "deployed"])
    g, sc = P["g"], P["sc"]
    warn = WARN.get(sc["key"], "increasing pain, swelling, numbness, fever, or any other concerns")
    L = g.i(0, 5)
    out = []
    if L == 0:
        out += [letterhead(P), "", g.c(["PATIENT DISCHARGE INSTRUCTIONS", "Discharge Instructions", "AFTER VISIT SUMMARY", "Going Home Instructions"]), "", "Name: %s     Date: %s" % (ptname(P, 3), dt(P)), "",
                "You were seen today for: %s" % sc["dx"], "", "What to do at home:"] + ["  - " + x for x in sc["plan"]]
        out += ["", "Medicines:"] + ["  - %s %s: %s" % m[:3] for m in sc["meds"]]
        out += ["", "Return to the Emergency Department or call 911 if you have: " + warn + ".", "", "Follow up: %s in %d days. Call the Appointment Line at %s." % (g.c(["Your PCM", "Your Medical Home team", spec(P)]), g.i(2, 14), phone(g)),
                "", "I have received and understand these instructions.", "Patient signature: ______________   Nurse: %s" % P["rn"]["disp"]]
        return "\n".join(out)
    if L == 1:
        out += [g.c(["After Visit Summary", "Patient Instructions"]), "%s  |  %s  |  %s" % (ptname(P, 2), dt(P, 1), P["fac"]), "", "Diagnoses this visit", "  " + sc["dx"], "",
                "Instructions from %s" % P["prov"]["disp"], "  " + " ".join(x + "." for x in sc["plan"]), "", "Your medication list has changed"] + ["  START %s %s" % m[:2] for m in sc["meds"]]
        out += ["", "Upcoming appointments", "  %s  %s" % (dt(P, 1, later(P, g.i(7, 21))), g.c([spec(P), "PCM follow-up", "Physical Therapy"])), "", "Questions? Use secure messaging through the patient portal or call the Nurse Advice Line at %s." % phone(g)]
        return "\n".join(out)
    if L == 2:
        out += [g.c(["HEAD INJURY / CONCUSSION INSTRUCTIONS", "Progressive Return to Activity", "Post-Concussion Care"]) if sc["key"] == "tbi" else g.c(["HOME CARE AFTER SURGERY", "Post-Operative Instructions", "Wound Care Instructions"]),
                "Patient: %s   Date: %s" % (ptname(P, 0), dt(P)), ""]
        if sc["key"] == "tbi":
            out += ["Rest for the first 24 hours. Limit screen time, loud noise, and bright light.", "Stage 1: Relaxed activity (walking, light chores) until symptom-free.", "Stage 2: Light routine activity.",
                    "Stage 3: Moderate activity - brisk walk, light weight training.", "Stage 4: Intensive activity - running, rucking.", "Stage 5: Activity coordination and complex tasks.", "Stage 6: Unrestricted - requires provider clearance.",
                    "Do NOT drive, fire weapons, or go outside the wire until cleared."]
        else:
            out += ["Keep incisions clean and dry for 48 hours, then you may shower. No baths or swimming for 2 weeks.", "Do not lift more than 15 lbs for %d weeks." % g.i(2, 6),
                    "Take stool softener while on narcotic pain medication. Do not drive while taking oxycodone.", "Remove outer dressing in 2 days; leave Steri-Strips/skin glue in place."]
        out += ["", "CALL or return if: " + warn + ".", "Clinic phone: %s  After hours: %s" % (phone(g), phone(g, dsn=True) if not P["civ"] else phone(g)), "", P["rn"]["disp"]]
        return "\n".join(out)
    if L == 3:
        force_civ(P)
        out += [P["fac"].upper(), "EMERGENCY DEPARTMENT DISCHARGE INSTRUCTIONS", "", "Patient: %s   Visit: %s" % (ptname(P, 0), dt(P, 1)), "Diagnosis: %s" % sc["dx"], "",
                "Your care today was provided by %s." % provider(g, civ=True)["disp"], "", sc["dx"].upper() + ":", g.c(["This condition usually improves over 1-2 weeks with rest and medicine.",
                                                                                                                   "Follow the instructions below carefully."]), ""]
        out += ["Prescriptions sent: " + ", ".join(m[0] for m in sc["meds"]), "", "TRICARE PRIME MEMBERS: You must follow up with your Primary Care Manager within 72 hours. Notify your unit if active duty.", "",
                "Return immediately for " + warn + ".", "", "Discharge time %s  Condition: stable  Mode: ambulatory" % tm_colon(g)]
        return "\n".join(out)
    if L == 4:
        out += [g.c(["DUTY LIMITATIONS AND HOME CARE", "Return to Duty Instructions", "Quarters / Light Duty Instructions"]), "%s %s  %s" % (P["rankstr"], ptname(P, 2), dt(P, 3)), "",
                "Diagnosis: %s" % sc["dx"], "You are placed on: %s" % g.c(["quarters for 24 hours", "quarters for 48 hours", "light duty", "convalescent leave per commander"]),
                "Limitations: " + (sc["prof"] or "none"), "Expires: %s" % dt(P, 3, later(P, max(1, sc["days"] or 3))), "", "Take medications as directed:"] + ["  %s %s - %s" % m[:3] for m in sc["meds"]]
        out += ["Report to sick call / BAS if: " + warn + ".", "", "Give a copy of your profile/sick slip to your first line supervisor.", "", P["prov"]["disp"]]
        return "\n".join(out)
    out += ["%s - %s" % (P["fac_short"], g.c(["Discharge Education", "Instructions"])), "", "%s, you were %s for %s." % (P["pt"]["first"], g.c(["in the hospital", "seen", "treated"]), sc["dx"].lower()),
            "", "Activity: %s" % g.c(["as tolerated", "no PT until cleared", "walk daily, no running"]), "Diet: %s" % g.c(["regular", "low fat", "low sodium", "drink 2-3 liters of water daily"]),
            "Medications: see attached list.", "Follow-up: %s" % dt(P, d=later(P, g.i(3, 14))), "Warning signs: " + warn, "", "Teach-back completed: %s" % g.c(["yes", "Y"]), P["rn"]["disp"]]
    return "\n".join(out)

# ---------------------------------------------------------------- correspondence
def gen_correspondence(rng):
    P = ctx_for(rng, settings=["clinic", "civ", "inpatient"])
    g, sc = P["g"], P["sc"]
    L = g.i(0, 5)
    out = [letterhead(P), ""]
    if L == 0:  # memo to commander
        out += ["%s" % g.c(["MC%s-FM" % P["fac_short"][:2], "%s-CS" % P["fac_short"].replace(" ", ""), "OFFICE SYMBOL"]) + "                                  " + dt(P, 0), "",
                "MEMORANDUM FOR Commander, %s" % P["unit"], "", "SUBJECT: %s" % g.c(["Command Notification of Medical Condition - %s %s" % (P["rank"][0], P["pt"]["last"]), "Duty Limitations for %s %s" % (P["rank"][0], P["pt"]["last"])]), "",
                "1. %s %s, DoD ID %s, is under medical care at this facility. IAW DoDI 6490.08, this notification provides the minimum information necessary." % (P["rank"][0], ptname(P, 3), P["dodid"]),
                "2. Duty limitations: %s. Expected duration: %d days." % (sc["prof"] or "none", sc["days"] or 30), "3. %s" % g.c(["The Soldier is not a risk to self or others at this time.", "Recommend the member not be placed on deployment orders until re-evaluated.", "No further action is required by the command."]),
                "4. POC for this memorandum is the undersigned at %s." % phone(g, dsn=True), "", "", P["prov"]["sig"]]
        return "\n".join(out)
    if L == 1:  # normal results letter
        out += [dt(P, 4), "", ptname(P, 3), P["addr"], P["loc"], "", "Dear %s %s," % (g.c(["Mr.", "Ms."]) if P["cat"] != "ADSM" else P["rank"][0], P["pt"]["last"]), "",
                "Your recent %s results are %s. %s" % (g.c(["laboratory", "blood test", "imaging"]), g.c(["within normal limits", "normal", "stable"]), g.c(["No further action is needed at this time.", "Please continue your current medications.", "We recommend repeating these tests in one year."])),
                "", "If you have questions, please send a secure message or call the clinic at %s." % phone(g), "", "Sincerely,", "", P["prov"]["disp"], clinic(P)]
        return "\n".join(out)
    if L == 2:  # letter back to PCM (not a consult) - update
        cp = provider(g, civ=True, kind="MD")
        out = [P["civ_practice"], "%s" % phone(g), "", dt(P, 4), "", P["prov"]["disp"], P["mtf"], "", "RE: %s  DOB %s" % (ptname(P, 3), dt(P, 1, P["dob"])), "",
               "Dear Colleague,", "", "I saw your patient today in follow-up. %s is doing %s. %s" % (P["He"], g.c(["well", "much better", "about the same"]), g.c(["We will continue the current plan.", "I have released %s back to your care." % P["him"], "I am requesting an extension of the TRICARE authorization for %d additional visits." % g.i(4, 12)])),
               "", "Sincerely,", cp["disp"]]
        return "\n".join(out)
    if L == 3:  # to whom it may concern
        out += [dt(P, 0), "", "TO WHOM IT MAY CONCERN:", "", "%s is a patient at %s. %s" % (ptname(P, 3), P["fac"], g.c([
            "Due to a medical condition, %s should be excused from %s from %s to %s." % (P["he"], g.c(["school", "work", "jury duty", "the upcoming field exercise"]), dt(P), dt(P, d=later(P, g.i(3, 14)))),
            "%s is medically cleared to travel by commercial air." % P["He"], "%s requires an aisle seat and the ability to stand and stretch during travel." % P["He"],
            "This letter supports the family's request for humanitarian reassignment / EFMP review."])),
                "", "Please contact the clinic at %s with any questions." % phone(g), "", P["prov"]["sig"]]
        return "\n".join(out)
    if L == 4:  # no-show / appointment letter
        out += [dt(P, 4), "", ptname(P, 3), P["addr"], "", "Dear Beneficiary,", "", g.c(["Our records indicate you missed your scheduled appointment on %s. Missed appointments prevent other beneficiaries from receiving care." % dt(P),
                                                                                        "This is a reminder that you are due for your Periodic Health Assessment (PHA) and preventive screenings.",
                                                                                        "Your TRICARE Prime enrollment has been transferred to this Medical Treatment Facility. Your new Primary Care Manager is %s." % P["prov"]["disp"]]),
                "", "To schedule, please call the Central Appointment Line at %s or book online." % phone(g), "", "Respectfully,", "", "%s" % full(name_person(g), 3), "Patient Administration / Group Practice Manager"]
        return "\n".join(out)
    out += [dt(P, 4), "", "%s" % P["prov2"]["disp"], spec(P), "", "Dear Dr. %s," % P["prov2"]["last"], "",
            "Thank you for seeing our mutual patient %s. I wanted to update you that %s. %s" % (ptname(P, 3), g.c(["%s was started on %s" % (P["he"], sc["meds"][0][0]), "the recent %s was unremarkable" % (sc["img"][1] if sc.get("img") else "labs"), "%s has been placed on a permanent profile and referred to the IDES" % P["he"]]),
                                                                                 g.c(["Please let me know if you would like any further workup.", "I appreciate your continued involvement.", ""])), "", "Best regards,", P["prov"]["disp"]]
    return "\n".join(out)


# ---------------------------------------------------------------- referral
def gen_referral_letter(rng):
    P = ctx_for(rng, settings=["clinic", "clinic", "civ", "deployed"])
    g, sc = P["g"], P["sc"]
    sp = spec(P)
    L = g.i(0, 5)
    auth = "%d" % g.i(10 ** 9, 10 ** 10)
    out = []
    if L == 0:  # TRICARE referral/authorization
        out += [g.c(["TRICARE REFERRAL/AUTHORIZATION", "Referral Authorization Letter", "TRICARE %s Region - Referral Approved" % g.c(["East", "West"])]), "", dt(P, 4), "", ptname(P, 3), P["addr"], "",
                "Authorization #: %s" % auth, "Sponsor DoD ID: %s" % P["dodid"], "Referred to: %s, %s" % (provider(g, civ=True, kind="MD")["disp"], P["civ_practice"]), "Specialty: %s" % sp,
                "Referring PCM: %s, %s" % (P["prov"]["disp"], P["mtf"]), "Diagnosis: %s %s" % (P["icd"], sc["dx"]), "Services approved: Evaluation and treatment, %d visits" % g.i(1, 12),
                "Valid: %s through %s" % (dt(P, 1), dt(P, 1, later(P, 180))), "", "Please contact the provider to schedule within 28 days (Access to Care standard). Keep this letter for your records."]
        return "\n".join(out)
    if L == 1:  # AHLTA consult order
        out += ["Consult Order", "%s  %s" % (ptname(P, 0), P["fmp"] + "/XXX-XX-" + P["ssn4"]), "Order Date: %s   Priority: %s" % (dt(P), g.c(["ROUTINE", "PRIORITY (72 hr)", "TODAY", "ASAP"])),
                "Consult To: %s   Appt Type: SPEC   Clinic: %s %s" % (sp.upper(), P["fac_short"], sp), "Provisional Dx: %s" % dxline(P, 1), "", "Reason for Request:", "  " + P["hpi"][:300],
                "  Question: %s" % g.c(["Please evaluate and treat.", "Surgical candidate?", "Recommendations for management?", "E&T, MEB candidate?"]), "",
                "Review Status: %s   ROFR: %s" % (g.c(["Pending", "Booked", "Approved"]), g.c(["MTF accepted", "Deferred to network"])), "Ordering Provider: %s" % P["prov"]["disp"]]
        return "\n".join(out)
    if L == 2:
        out += [letterhead(P), "", dt(P, 4), "", "%s" % provider(g, civ=True, kind="MD")["disp"], P["civ_practice"], "", "RE: Referral of %s (DOB %s)" % (ptname(P, 3), dt(P, 1, P["dob"])), "",
                "Dear Doctor,", "", "I am referring this %d-year-old %s for %s evaluation of %s. %s" % (P["age"], P["benefit"].lower(), sp.lower(), sc["dx"].lower(), P["hpi"]), "",
                "Current medications: %s. Allergies: %s." % (", ".join("%s %s" % m[:2] for m in all_meds(P)), P["allergy"]),
                "Treatment to date: %s." % "; ".join(sc["plan"][:2]), "", "Please send your consultation report to our Referral Management Center, fax %s." % phone(g), "", "Sincerely,", "", P["prov"]["disp"]]
        return "\n".join(out)
    if L == 3:  # SF 513 request only
        out += ["MEDICAL RECORD | CONSULTATION SHEET", "REQUEST", "TO: %s   FROM: %s   DATE OF REQUEST: %s" % (sp, clinic(P), dt(P)), "REASON FOR REQUEST: %s" % P["hpi"][:260], "PROVISIONAL DIAGNOSIS: %s" % sc["dx"],
                "DOCTOR'S SIGNATURE: %s" % P["prov"]["sig"], "PLACE OF CONSULTATION [ ] BEDSIDE [X] ON CALL   [X] ROUTINE [ ] TODAY [ ] 72 HOURS [ ] EMERGENCY", "", "CONSULTATION REPORT", "(blank - pending)", "",
                "%s  %s  %s" % (ptname(P, 0), P["rankstr"], P["fac_short"]), "STANDARD FORM 513"]
        return "\n".join(out)
    if L == 4:
        out += [g.c(["Behavioral Health Referral", "Referral to Physical Therapy", "Referral - Specialty Care"]), "", "Patient: %s   Unit: %s" % (ptname(P, 0), P["unit"] if P["cat"] == "ADSM" else P["benefit"]),
                "Referred by: %s" % P["prov"]["disp"], "Date: %s" % dt(P), "Referred to: %s" % g.c([sp, "Physical Therapy", "Behavioral Health (Embedded)"]), "Urgency: %s" % g.c(["Routine (28 days)", "Urgent (72 h)", "Same day"]),
                "Reason: %s" % sc["dx"], "Pertinent findings: %s" % "; ".join(sc["exam"][:3]), "Goals: %s" % g.c(["return to full duty", "fitness for duty determination", "pain reduction and function"])]
        return "\n".join(out)
    P["setting"] = "deployed"
    out += [g.c(DEPLOYED)[0], "REFERRAL FOR SPECIALTY CARE (IN-THEATER)", "", "%s / %s / %s" % (ptname(P, 0), P["rank"][0], P["unit"]), "Date: %s" % dt(P, 3), "",
            "Request: %s consult at Role 3 via %s" % (sp, g.c(["telemedicine", "ground convoy", "rotary wing routine"])), "Dx: %s" % sc["dx"], "Hx: " + P["hpi"][:260], "Question: %s" % g.c(["RTD vs evacuate?", "Needs MRI - not available here", "Surgical eval"]),
            "", P["prov"]["disp"]]
    return "\n".join(out)


# ---------------------------------------------------------------- consent
def gen_consent_form(rng):
    P = ctx_for(rng, settings=["clinic", "inpatient", "civ", "deployed"])
    g, sc = P["g"], P["sc"]
    proc = sc["surg"]["name"] if sc.get("surg") else g.c(PROCS)["name"]
    L = g.i(0, 5)
    wit = full(name_person(g), 3)
    out = []
    if L == 0:  # SF 522
        out += ["MEDICAL RECORD", "REQUEST FOR ADMINISTRATION OF ANESTHESIA AND FOR PERFORMANCE OF OPERATIONS AND OTHER PROCEDURES", "", "A. IDENTIFICATION",
                "1. OPERATION OR PROCEDURE: %s" % proc, "2. STATEMENT OF REQUEST", "a. The nature and purpose of the operation or procedure, possible alternative methods of treatment, the risks involved, and the possibility of complications have been fully explained to me by %s. I acknowledge that no guarantees have been made to me concerning the results of the operation or procedure." % P["prov2"]["disp"],
                "b. I request the performance of the above-named operation or procedure and of such additional operations or procedures as are found to be necessary or desirable, in the judgment of the professional staff, during the course of the above-named operation or procedure.",
                "c. I request the administration of such anesthesia as may be considered necessary or advisable by the professional staff responsible for such services.",
                "d. I hereby authorize the professional staff to dispose of any tissues or parts which it may be necessary to remove.", "", "B. SIGNATURES",
                "COUNSELING PHYSICIAN/DENTIST: %s" % P["prov2"]["sig"], "PATIENT: ______________________   DATE/TIME: %s %s" % (dt(P), tm(g)), "WITNESS: %s" % wit, "",
                "PATIENT'S IDENTIFICATION: %s  %s  %s/XXX-XX-%s  %s" % (ptname(P, 0), P["rankstr"], P["fmp"], P["ssn4"], P["fac"]), "STANDARD FORM 522 (REV. %s)" % g.c(["10-76", "6-97", "11/2010"])]
        return "\n".join(out)
    if L == 1:
        out += [g.c(["CONSENT FOR BLOOD TRANSFUSION", "Informed Consent - Blood and Blood Products"]), P["fac"], "", ptid(P), "",
                "I understand that I may need a transfusion of blood or blood products (red cells, plasma, platelets, cryoprecipitate) during my care for %s." % sc["dx"].lower(),
                "Risks explained include fever, allergic reaction, hemolytic reaction, fluid overload, and rare transmission of infection (HIV, hepatitis).", "Alternatives discussed: %s" % g.c(["none appropriate", "cell saver, iron therapy", "refusal of transfusion"]),
                "[X] I consent   [ ] I refuse", "", "Patient/Representative: _______________  Date %s" % dt(P), "Provider: %s" % P["prov"]["disp"], "Witness: %s" % wit]
        return "\n".join(out)
    if L == 2:
        force_civ(P)
        out += [P["fac"].upper(), "INFORMED CONSENT FOR SURGICAL OR DIAGNOSTIC PROCEDURE", "", "Patient: %s   MR#: %s" % (ptname(P, 0), P["mrn"]), "",
                "1. I authorize Dr. %s and such assistants as may be selected to perform: %s." % (provider(g, civ=True, kind="MD")["last"], proc),
                "2. The following have been explained to me: the nature of my condition, the procedure, the expected benefits, reasonably foreseeable risks (including %s), and alternatives including no treatment." % g.c(["bleeding, infection, injury to nearby organs", "stiffness, graft failure, blood clots", "nerve injury, recurrence"]),
                "3. I consent to the administration of anesthesia.", "4. I consent to photography for medical record purposes.", "5. Residents, fellows or PA students may participate.", "",
                "Signature of patient ____________  Date/Time ________", "Interpreter used: [ ] yes [X] no", "Physician attestation: I have explained the above. ____________"]
        return "\n".join(out)
    if L == 3:
        out += [g.c(["VACCINE DECLINATION / INFORMED CONSENT", "Immunization Screening and Consent"]), P["fac_short"], "", "Name: %s   DoD ID: %s   Date: %s" % (ptname(P, 0), P["dodid"], dt(P)), "",
                "1. Are you sick today? [ ]Y [X]N", "2. Allergies to medications, food, vaccine component, or latex? %s" % ("[X]Y " + P["allergy"] if "NKDA" not in P["allergy"] and "No Known" not in P["allergy"] else "[ ]Y [X]N"),
                "3. Serious reaction to a vaccine in the past? [ ]Y [X]N", "4. Pregnant or could you become pregnant in the next month? %s" % ("[X]Y" if sc["key"] == "preg" else "[ ]Y [X]N"),
                "5. Live vaccine in past 4 weeks? [ ]Y [X]N", "", "I have read the Vaccine Information Statement(s) and had the chance to ask questions. I %s to receive the vaccine(s)." % g.c(["consent", "consent", "DECLINE (religious/medical exemption pending)"]),
                "", "Signature: __________________    Screened by: %s" % P["medic"]["disp"]]
        return "\n".join(out)
    if L == 4:
        out += [g.c(["CONSENT FOR TREATMENT - TELEHEALTH", "Consent for Behavioral Health Treatment", "Consent for Procedural Sedation"]), P["fac"], "", "Patient: %s" % ptname(P, 3), "",
                "I voluntarily consent to the %s described by my provider. I understand the limits of confidentiality for Service members under DoDI 6490.08, including notification of my command when required for safety or mission." % g.c(["evaluation and treatment", "video visit", "sedation"]),
                "I understand I may withdraw consent at any time.", "", "_____________________  %s" % dt(P), "Provider: %s" % P["prov"]["disp"]]
        return "\n".join(out)
    out += ["Procedure Consent", "%s  %s" % (ptname(P, 0), dt(P)), "", "Procedure: " + proc, "Risks discussed: bleeding, infection, pain, failure, need for further procedures", "Benefits: diagnosis/treatment of %s" % sc["dx"].lower(),
            "Alternatives: %s" % g.c(["observation", "conservative care", "referral"]), "Patient questions answered; patient agrees.", "", "Pt signature ____  Provider %s  Witness %s" % (P["prov"]["last"], wit)]
    return "\n".join(out)


# ---------------------------------------------------------------- advance directive
def gen_advance_directive(rng):
    P = ctx_for(rng, keys=["afib", "skin", "chole", "htn", "dm", "frag", "ptsd"])
    g = P["g"]
    agent = name_person(g)
    agent["last"] = g.c([P["pt"]["last"], g.c(LAST)])
    L = g.i(0, 5)
    notary = "Notary Public, %s. My commission expires %s." % (g.c(["State of North Carolina", "Commonwealth of Virginia", "State of Texas", "County of Cordell"]), dt(P, 4, later(P, 900)))
    out = []
    if L == 0:
        out += ["MILITARY ADVANCE MEDICAL DIRECTIVE", "", "This is a MILITARY ADVANCE MEDICAL DIRECTIVE prepared pursuant to Title 10, United States Code, Section 1044c. It was prepared by an attorney authorized to provide legal assistance for an individual eligible to receive legal assistance under federal law. Federal law exempts this advance medical directive from any requirement of form, substance, formality, or recording that is provided for advance medical directives under the laws of a State.",
                "", "LIVING WILL OF %s" % ptname(P, 1).upper(), "", "I, %s, being of sound mind, willfully and voluntarily make known my desire that my dying shall not be artificially prolonged under the circumstances set forth below." % ptname(P, 1),
                "If at any time I should have an incurable or irreversible condition that will result in my death within a relatively short time, or become permanently unconscious, I direct that life-prolonging procedures be withheld or withdrawn. [%s] I %s artificial nutrition and hydration." % (g.c("X"), g.c(["DO want", "DO NOT want"])),
                "", "Signed this %d day of %s, %d, at %s." % (P["date"].day, MONTHS[P["date"].month - 1], P["year"], P["loc"]), "", "_______________________", ptname(P, 1), "",
                "WITNESSES: ______________ ______________", "", notary, "", "Prepared by: Office of the Staff Judge Advocate, Legal Assistance, %s" % P["loc"]]
        return "\n".join(out)
    if L == 1:
        out += ["DURABLE POWER OF ATTORNEY FOR HEALTH CARE", g.c(["(Military Advance Medical Directive - 10 U.S.C. 1044c)", "", "(Health Care Agent Designation)"]), "",
                "I, %s, designate %s (%s), telephone %s, as my agent to make health care decisions for me if I am unable to make my own decisions." % (ptname(P, 1), full(agent, 3), g.c(["spouse", "mother", "father", "sister", "brother"]), phone(g)),
                "Alternate agent: %s" % full(name_person(g), 3), "", "My agent may: consent to or refuse any care, treatment, service or procedure; select and discharge providers; authorize anatomical gifts; obtain my medical records (HIPAA authorization).",
                "", "Special instructions: %s" % g.c(["None.", "I wish to receive full treatment if there is a reasonable chance of recovery.", "I am an organ donor.", "I do not wish to receive blood products."]), "",
                "Signature ____________  Date %s" % dt(P, 4), "Witness 1 ____________  Witness 2 ____________", notary]
        return "\n".join(out)
    if L == 2:
        out += [g.c(["ADVANCE DIRECTIVE FOR HEALTH CARE", "North Carolina Health Care Power of Attorney and Living Will", "Directive to Physicians and Family or Surrogates"]), "", "Declarant: %s   DOB: %s" % (ptname(P, 1), dt(P, 1, P["dob"])), "",
                "PART 1. Health care agent: %s" % full(agent, 3), "PART 2. Treatment preferences:"] + ["  [%s] %s" % ("X" if i == _ch else " ", t) for _ch in [g.i(0, 2)] for i, t in enumerate(
                    ["I want my life prolonged as long as possible.", "I do not want life-sustaining treatment if I have a terminal condition.", "Comfort care only."])] + [
                 "PART 3. Organ donation: %s" % g.c(["Any needed organs", "None", "Tissues only"]), "PART 4. Primary physician: %s" % P["prov"]["disp"], "",
                "Signature ____________  Date %s" % dt(P, 1), "Witnesses ____________ ____________", "Copy provided to %s for scanning into medical record." % P["fac"]]
        return "\n".join(out)
    if L == 3:
        out += [P["fac"], g.c(["Advance Directive Acknowledgement", "ADVANCE DIRECTIVE SCREENING"]), "", ptid(P), "Date: %s" % dt(P), "",
                "Do you have an advance directive (living will / health care POA)? %s" % g.c(["Yes - copy placed in record", "Yes - patient to bring copy", "No - information provided", "No - declined information"]),
                "Health care agent: %s, %s" % (full(agent, 3), phone(g)), "Would you like to speak with a chaplain or JAG legal assistance? %s" % g.c(["Yes", "No"]),
                "Code status discussed with provider: %s" % g.c(["Full code", "DNR/DNI", "Full code"]), "", "Completed by: %s" % P["rn"]["disp"]]
        return "\n".join(out)
    if L == 4:
        out += [g.c(["OUT-OF-HOSPITAL DO NOT RESUSCITATE ORDER", "MOLST - Medical Orders for Life-Sustaining Treatment", "POLST"]), "", "Patient: %s   DOB %s" % (ptname(P, 1), dt(P, 1, P["dob"])), "",
                "A. CPR: [%s] Attempt resuscitation  [%s] Do Not Attempt Resuscitation" % (g.c(" X"), g.c("X ")), "B. Medical interventions: [%s] Full treatment [%s] Selective [%s] Comfort-focused" % tuple(g.c(["X", " ", " "]) for _ in range(3)),
                "C. Artificially administered nutrition: [ ] Long-term [X] Trial period [ ] None", "", "Discussed with: %s" % g.c(["patient", "health care agent %s" % full(agent, 3)]), "Physician: %s  Date %s" % (P["prov"]["disp"], dt(P, 1)), "", "SEND FORM WITH PATIENT WHENEVER TRANSFERRED"]
        return "\n".join(out)
    out += ["LIVING WILL", "", "Declaration made this %s by %s." % (dt(P, 4), ptname(P, 1)), "",
            "If I should have an incurable injury, disease, or illness certified to be a terminal condition by two physicians, and the use of life-sustaining procedures would serve only to artificially prolong the dying process, I direct that such procedures be withheld or withdrawn, and that I be permitted to die naturally with only the provision of medication or procedures deemed necessary to provide me with comfort care.",
            "", "In the absence of my ability to give directions, it is my intention that this declaration shall be honored by my family and physician(s).", "", "Signed ____________", "Address: %s, %s" % (P["addr"], P["loc"]), "",
            "The declarant has been personally known to me and I believe him or her to be of sound mind. ____________ ____________"]
    return "\n".join(out)


# ---------------------------------------------------------------- immunization
VACC = [("Anthrax (AVA/BioThrax)", "AVA", 2003), ("Smallpox (ACAM2000)", "SMPX", 2003), ("Typhoid Vi (Typhim Vi)", "TYP", 2003), ("Yellow Fever (YF-Vax)", "YF", 2003),
        ("Hepatitis A", "HEPA", 2003), ("Hepatitis B", "HEPB", 2003), ("Hep A/Hep B (Twinrix)", "HAHB", 2003), ("Tdap (Adacel)", "TDAP", 2005), ("Td", "TD", 2003),
        ("MMR", "MMR", 2003), ("Varicella", "VAR", 2003), ("Influenza, injectable", "FLU", 2003), ("Influenza, live intranasal (FluMist)", "LAIV", 2004),
        ("Meningococcal ACWY (Menactra)", "MCV4", 2005), ("Polio IPV", "IPV", 2003), ("Japanese Encephalitis (Ixiaro)", "JE", 2009), ("Rabies PrEP (Imovax)", "RAB", 2003),
        ("HPV (Gardasil 9)", "HPV", 2015), ("COVID-19 mRNA (Moderna)", "COVID", 2021), ("COVID-19 mRNA (Pfizer)", "COVID", 2021), ("Adenovirus 4/7 (oral)", "ADENO", 2011)]


def gen_immunization_record(rng):
    P = ctx_for(rng, settings=["clinic", "clinic", "deployed", "civ"])
    g = P["g"]
    y = P["year"]
    vs = [v for v in VACC if v[2] <= y]
    picks = g.some(vs, 5, 11)
    rows = []
    for v in picks:
        ndoses = {"AVA": g.i(1, 5), "HEPB": g.i(1, 3), "HEPA": g.i(1, 2), "HAHB": 3, "COVID": g.i(1, 3), "RAB": g.i(2, 3)}.get(v[1], 1)
        for k in range(ndoses):
            d = later(P, -g.i(0, 2500))
            if d.year < v[2]:
                d = datetime.date(v[2], g.i(1, 12), g.i(1, 28))
            rows.append((d, v[0], v[1], k + 1, "%s%d%s" % (g.c(["U", "F", "A", "K", "EH", "0"]), g.i(1000, 99999), g.c(["A", "B", "", "AA"])),
                         g.c(["L deltoid", "R deltoid", "L arm IM", "R arm SC", "PO", "L del"]), g.c([P["fac_short"], "Reception Bn", "SRP site", "Immunization Clinic", "Retail pharmacy"])))
    rows.sort()
    L = g.i(0, 5)
    out = []
    if L == 0:
        out += [g.c(["IMMUNIZATION HISTORY", "Immunization Record", "Immunizations - All"]), ptid(P), "", "%-12s %-34s %-5s %-12s %-10s %s" % ("Date", "Vaccine", "Dose", "Lot", "Site", "Given at")]
        for r in rows:
            out.append("%-12s %-34s %-5s %-12s %-10s %s" % (d_fmt(r[0], 0), r[1], r[3], r[4], r[5], r[6]))
        out += ["", "Exemptions: %s" % g.c(["none", "Smallpox - medical, permanent (MP)", "Anthrax - medical, temporary (MT)"]), "Titers: Varicella IgG immune (%s); Hep B sAb reactive" % d_fmt(later(P, -g.i(200, 2000)), 0)]
        return paginate(P, "\n".join(out))
    if L == 1:  # MEDPROS IMR
        out += [g.c(["Individual Medical Readiness (IMR) Record", "MEDPROS - Soldier Readiness", "ASIMS IMR Status", "MRRS Individual Medical Readiness"]), "%s  %s  %s" % (ptname(P, 0), P["rank"][0], P["unit"]),
                "As of: %s" % dt(P), "", "Overall MRC: %s" % g.c(["MRC 1 (Fully Medically Ready)", "MRC 2 (Partially Ready)", "MRC 3A", "MRC 1"]), "",
                "PHA: %s (%s)" % (dt(P, d=later(P, -g.i(10, 400))), g.c(["current", "due in 30 days", "OVERDUE"])), "Dental class: %d" % g.c([1, 1, 2, 3]), "Hearing (DD 2215/2216): %s" % g.c(["H-1", "H-2", "current"]),
                "Vision/readiness: %s" % g.c(["current", "needs protective mask inserts"]), "HIV: %s" % dt(P, d=later(P, -g.i(10, 700))), "DNA: on file", "Profile: %s" % g.c(["none", "temporary", "permanent P2"]), "", "IMMUNIZATIONS:"]
        for v in picks:
            out.append("  %-34s %s" % (v[0], g.c(["CURRENT", "CURRENT", "DUE", "N/A", "EXEMPT"])))
        return "\n".join(out)
    if L == 2:  # PHS 731 yellow card
        out += ["INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS", "CERTIFICAT INTERNATIONAL DE VACCINATION OU DE PROPHYLAXIE", "", "This is to certify that [name] %s" % ptname(P, 1), "date of birth %s  sex %s  nationality USA" % (dt(P, 0, P["dob"]), P["sex"]),
                "has on the date indicated been vaccinated or received prophylaxis against:", ""]
        for r in rows:
            if r[2] in ("YF", "TYP", "HEPA", "MMR", "IPV", "JE", "RAB", "MCV4"):
                out.append("%-24s %-10s  Clinician: %-22s Mfr/Lot %-12s Official stamp: %s" % (r[1][:24], d_fmt(r[0], 0), full(name_person(g), 3), r[4], P["fac_short"]))
        out += ["", "PHS 731", "Certificate valid for yellow fever: life of person (from 10 days after vaccination)."]
        return "\n".join(out)
    if L == 3:  # SF 601
        out += ["HEALTH RECORD - IMMUNIZATION RECORD", g.c(["STANDARD FORM 601", "SF 601 (REV. 6-75)"]), "", "NAME %s   SERVICE %s   %s/XXX-XX-%s" % (ptname(P, 0), SVC_ABBR[P["branch"]], P["fmp"], P["ssn4"]), ""]
        for r in rows:
            out.append("%s  %s  dose %d  %s  lot %s  %s" % (d_fmt(r[0], 3), r[2], r[3], r[5], r[4], P["medic"]["rank"] + " " + P["medic"]["last"]))
        out += ["", "SENSITIVITY TESTS: PPD %s %dmm neg" % (dt(P, 3, later(P, -400)), 0), "ALLERGIES: %s" % P["allergy"]]
        return "\n".join(out)
    if L == 4:
        out += [g.c(["Vaccine Administration Record", "Immunization Clinic - Visit Note"]), "%s  %s  %s" % (ptname(P, 0), P["dodid"], dt(P)), "", "Screening questionnaire reviewed. VIS given (edition %s)." % dt(P, 1, later(P, -g.i(100, 900)))]
        for r in rows[-g.i(1, 3):]:
            out.append("Administered: %s  Dose %d  Lot %s  Exp %s  Route/Site: %s" % (r[1], r[3], r[4], dt(P, 1, later(P, g.i(100, 500))), r[5]))
        out += ["Observed 15 min, no adverse reaction." if g.p(0.7) else "Observed 30 min (history of vasovagal), tolerated.", "Entered into %s" % g.c(["MEDPROS", "ASIMS", "MRRS", "AHLTA/ImmTrac"]), "", P["medic"]["disp"]]
        return "\n".join(out)
    out += [fax_banner(P), g.c(["STATE IMMUNIZATION INFORMATION SYSTEM - Official Record", "Pharmacy Immunization Record"]), "Name: %s  DOB: %s" % (ptname(P, 2), dt(P, 1, P["dob"])), ""]
    for r in rows:
        out.append("%s  %s  %s" % (d_fmt(r[0], 1), r[1], r[6] if r[6] == "Retail pharmacy" else "Military provider"))
    out += ["", "Record requested by: %s" % P["mtf"]]
    return "\n".join(out)


# ---------------------------------------------------------------- registration
def gen_registration_form(rng):
    P = ctx_for(rng)
    g = P["g"]
    sp = P["sponsor"]
    spn = full(sp, 0) if sp else ptname(P, 0)
    ec = name_person(g)
    L = g.i(0, 5)
    out = []
    if L == 0:
        out += [g.c(["PATIENT REGISTRATION", "Patient Demographics", "Registration / Eligibility"]), P["fac"], "", "Patient Name: %s" % ptname(P, 0), "DOB: %s  Sex: %s  FMP: %s" % (dt(P, d=P["dob"]), P["sex"], P["fmp"]),
                "DoD ID: %s   Patient Category: %s" % (P["dodid"], g.c(["A11 ARMY ACTIVE DUTY", "N11 NAVY ACTIVE DUTY", "F11 USAF ACTIVE DUTY", "A41 ARMY FAMILY MEMBER", "K41 RETIRED FAMILY MEMBER", "A31 ARMY RETIRED"])),
                "Sponsor: %s   Sponsor Rank: %s   Branch: %s" % (spn, sp["rank"] if sp else P["rank"][0], P["branch"]), "Address: %s, %s" % (P["addr"], P["loc"]), "Home phone: %s   Duty phone: %s" % (P["ph"], phone(g, dsn=True)),
                "DEERS Eligibility: %s   Verified %s" % (g.c(["ELIGIBLE", "ELIGIBLE"]), dt(P)), "TRICARE enrollment: %s   PCM: %s" % (g.c(["Prime", "Prime", "Select", "For Life", "Reserve Select"]), P["prov"]["disp"]),
                "Other Health Insurance: %s" % g.c(["None", "Yes - BCBS (employer)", "Medicare A/B"]), "Emergency contact: %s (%s) %s" % (full(ec, 3), g.c(["spouse", "mother", "father"]), phone(g)), "", "Registered by: %s" % full(name_person(g), 0)]
        return "\n".join(out)
    if L == 1:  # DD 2876-ish enrollment
        out += ["TRICARE PRIME ENROLLMENT, DISENROLLMENT, AND PRIMARY CARE MANAGER (PCM) CHANGE FORM", g.c(["DD FORM 2876", ""]), "", "SECTION I - SPONSOR INFORMATION",
                "a. Name: %s  b. DoD Benefits No.: %s  c. Branch: %s  d. Status: %s" % (spn, P["dodid"], P["branch"], g.c(["Active Duty", "Retired"])), "e. Address: %s, %s  f. Phone: %s" % (P["addr"], P["loc"], P["ph"]), "",
                "SECTION II - ENROLLMENT ACTION: [X] Enroll  [ ] Disenroll  [ ] PCM change", "SECTION III - FAMILY MEMBER(S): %s  DOB %s  Relationship: %s" % (ptname(P, 0), dt(P, 1, P["dob"]), "Self" if not sp else "Spouse"),
                "PCM/MTF requested: %s" % P["mtf"], "SECTION IV - OTHER HEALTH INSURANCE: [%s] Yes [%s] No" % tuple(g.c([("X", " "), (" ", "X")])), "", "Signature of enrollee/sponsor ____________  Date %s" % dt(P, 1)]
        return "\n".join(out)
    if L == 2:
        force_civ(P)
        out += [P["fac"].upper(), "PATIENT REGISTRATION / FACE SHEET", "", "Account #: %s   MRN: %s   Adm date: %s" % (P["fin"], P["mrn"], dt(P, 1)), "Patient: %s   DOB %s   Sex %s   Marital: %s" % (ptname(P, 0), dt(P, 1, P["dob"]), P["sex"], g.c(["M", "S", "D"])),
                "Address: %s, %s" % (P["addr"], P["loc"]), "Employer: %s" % ("US " + P["branch"] if not sp else g.c(["Self-employed", "Unemployed", "Local school district"])),
                "Guarantor: %s" % spn, "Primary Ins: TRICARE %s   Policy/ID: %s   Group: N/A" % (g.c(["Prime", "Select", "For Life"]), P["dodid"]), "Secondary: %s" % g.c(["None", "Medicare", "Supplemental (MOAA)"]),
                "PCP: %s" % P["mtf"], "Attending: %s" % provider(g, civ=True, kind="MD")["disp"], "Emergency contact: %s %s" % (full(ec, 3), phone(g)), "Advance directive on file: %s" % g.c(["N", "Y"])]
        return "\n".join(out)
    if L == 3:
        out += [g.c(["NEW PATIENT INFORMATION", "Patient Intake - Demographics"]), clinic(P), "", "Last name: %s  First: %s  MI: %s" % (P["pt"]["last"], P["pt"]["first"], P["pt"]["mi"]),
                "Preferred name: %s   Pronouns: ______" % P["pt"]["first"], "Date of birth: %s   Race/Ethnicity (optional): ______" % dt(P, 1, P["dob"]), "Beneficiary category: %s" % P["benefit"],
                "Unit/Duty station: %s" % (P["unit"] if P["cat"] in ("ADSM", "reserve") else "N/A"), "Cell: %s   Email: %s.%s@%s" % (P["ph"], P["pt"]["first"].lower(), P["pt"]["last"].lower(), g.c(["example.mil", "example.com", "mail.example.mil"]) if P["cat"] == "ADSM" else "example.net"),
                "Preferred language: English   Interpreter needed: N", "May we leave messages? [X] voicemail [ ] text", "", "PRIVACY ACT STATEMENT: AUTHORITY: 10 U.S.C. 1071-1097; PURPOSE: to obtain information to determine eligibility and provide care. DISCLOSURE: voluntary; failure to provide may delay care.",
                "", "Signature ____________ Date %s" % dt(P, 1)]
        return "\n".join(out)
    if L == 4:
        out += [g.c(["QUICK REGISTRATION - ED", "Trauma Registration (Unknown/Doe protocol)"]), "", "Temporary name: %s" % (g.c(["TRAUMA, ALPHA", "DOE, JOHN 14", ptname(P, 0)])), "Arrival: %s %s" % (dt(P), tm(g)),
                "DoD ID (from CAC): %s" % P["dodid"], "Blood type (ID tag): %s" % g.c(["O POS", "A POS", "B NEG"]), "Religion (tag): %s" % g.c(["NO PREF", "CATHOLIC", "BAPTIST", "NONE"]), "Unit: %s" % P["unit"], "Registered by: %s" % full(name_person(g), 0)]
        return "\n".join(out)
    out += ["Encounter Registration", "%s  %s" % (ptname(P, 2), P["mrn"]), "Encounter type: %s   Location: %s" % (g.c(["Outpatient", "Inpatient", "Emergency", "Observation"]), P["fac_short"]),
            "Financial class: %s" % g.c(["Active Duty", "TRICARE Prime - MTF", "Third Party Collection", "Non-beneficiary - Pay Patient"]), "Sponsor: %s" % spn, "Registration date: %s" % dt(P, 1), "Eligibility verified (DEERS): Y"]
    return "\n".join(out)


# ---------------------------------------------------------------- insurance card
def gen_insurance_card(rng):
    P = ctx_for(rng)
    g = P["g"]
    sp = P["sponsor"]
    L = g.i(0, 5)
    contractor = g.c(["Eastfield Military Health Services", "Westline Federal Health", "Tri-Region Health Partners"])
    exp = dt(P, 1, later(P, g.i(300, 1500)))
    out = []
    if L == 0:
        out += ["[FRONT]", "TRICARE", g.c(["Prime", "PRIME", "Prime Remote"]), "", "Name: %s" % ptname(P, 1).upper(), "DBN: %s" % P["dodid"], "PCM: %s" % P["fac"],
                "PCM Phone: %s" % phone(g), "Effective: %s" % dt(P, 1), "", "[BACK]", "Urgent care: no referral needed at network urgent care centers.", "Emergency: go to the nearest ER or call 911. Notify your PCM within 24 hours.",
                "Claims: %s, P.O. Box %d, %s" % (contractor, g.i(7000, 9999), g.c(["Madison, WI", "Surfside, SC", "Pinecrest, NC"])), "Customer service: %s" % phone(g), "Pharmacy: %s" % phone(g)]
        return "\n".join(out)
    if L == 1:  # uniformed services ID
        out += ["[FRONT - scanned]", "UNITED STATES UNIFORMED SERVICES", g.c(["IDENTIFICATION AND PRIVILEGE CARD", "ID CARD"]), "", "%s" % ptname(P, 0).replace(",", ""), "DoD ID No. %s" % P["dodid"],
                "Sponsor: %s  %s" % (full(sp, 0) if sp else "SELF", sp["rank"] if sp else P["rank"][0]), "Status: %s   Expiration: %s" % (g.c(["DEPENDENT", "RETIRED", "ACTIVE"]) if P["cat"] != "ADSM" else "ACTIVE", exp), "",
                "[BACK]", "Medical: %s   Civilian: %s" % (g.c(["YES", "YES"]), g.c(["YES", "NO"])), "DOB: %s   Relationship: %s" % (dt(P, 5, P["dob"]), "SPOUSE" if sp else "SELF"), "Commissary: YES  Exchange: YES  MWR: YES",
                "DBN: %s" % P["dodid"][:9] + "01", "This card is the property of the U.S. Government."]
        return "\n".join(out)
    if L == 2:  # TFL + Medicare
        out += ["MEDICARE HEALTH INSURANCE", "Name: %s" % ptname(P, 1).upper(), "Medicare Number: %d%s%s%d-%s%s%d-%s%s%d%d" % (g.i(1, 9), g.c("ACDEFGHJK"), g.c("ACDEFGHJK"), g.i(0, 9), g.c("ACDEFGHJK"), g.c("ACDEFGHJK"), g.i(0, 9), g.c("ACDEFGHJK"), g.c("ACDEFGHJK"), g.i(0, 9), g.i(0, 9)),
                "Entitled to: HOSPITAL (PART A) %s  MEDICAL (PART B) %s" % (dt(P, 1, later(P, -g.i(100, 4000))), dt(P, 1, later(P, -g.i(100, 4000)))), "", "--- secondary ---", "TRICARE For Life", "Claims: %s TFL, P.O. Box %d" % (contractor, g.i(7000, 9999)),
                "Show your uniformed services ID card and this Medicare card at each visit."]
        return "\n".join(out)
    if L == 3:  # pharmacy card
        out += ["[Front]", "TRICARE Pharmacy Program", "Member: %s" % ptname(P, 1), "ID: %s" % P["dodid"], "RxBIN: %06d  RxPCN: %s  RxGRP: %s" % (g.i(3000, 699999), g.c(["TRIC", "TRICARE", "MILRX"]), g.c(["TRICARE", "DODA"])),
                "[Back]", "Pharmacists: call %s for help." % phone(g), "Home delivery is the least expensive option for maintenance medications."]
        return "\n".join(out)
    if L == 4:  # dental / reserve select
        plan = g.c(["TRICARE Dental Program", "TRICARE Reserve Select", "US Family Health Plan", "TRICARE Young Adult"])
        out += [plan.upper(), "Enrollee: %s" % ptname(P, 1), "Sponsor ID: %s" % P["dodid"], "Group #: %d  Plan: %s" % (g.i(100000, 999999), g.c(["Single", "Family"])),
                "Carrier: %s" % g.c(["Liberty Crest Dental", contractor, "Harbor Community Health Plan"]), "Effective: %s" % dt(P, 1), "", "-- reverse --", "Claims address P.O. Box %d, %s" % (g.i(1000, 9999), g.c(["Harrisburg, PA", "Alder Falls, NC"])), "Provider services: %s" % phone(g)]
        return "\n".join(out)
    out += ["Copy of insurance card(s) - scanned %s" % dt(P, 1), "Patient: %s" % ptname(P, 0), "", "Card 1: TRICARE %s / %s  ID %s" % (g.c(["Select", "Prime"]), contractor, P["dodid"]),
            "Card 2: %s" % g.c(["(none)", "BlueRiver PPO  ID XBR%09d  Grp %d" % (g.i(10 ** 8, 10 ** 9), g.i(10000, 99999))]), "Image quality: %s" % g.c(["legible", "partially legible - back side blurred"]), "Scanned by: %s" % full(name_person(g), 3)]
    return "\n".join(out)

# ---------------------------------------------------------------- other
def gen_other(rng):
    P = ctx_for(rng)
    g, sc = P["g"], P["sc"]
    L = g.i(0, 9)
    out = []
    if L == 0:  # DA 3349 profile
        perm = g.p(0.2)
        out += ["PHYSICAL PROFILE RECORD", g.c(["DA FORM 3349, %s" % g.c(["FEB 2004", "OCT 2019"]), "eProfile (MEDPROS)"]), "", "1. NAME: %s   2. DOD ID: %s   3. UNIT: %s" % (ptname(P, 0), P["dodid"], P["unit"]),
                "4. PROFILE: [%s] TEMPORARY  [%s] PERMANENT   EXPIRATION: %s" % (" " if perm else "X", "X" if perm else " ", "N/A" if perm else dt(P, d=later(P, sc["days"] or 30))),
                "PULHES: P %d  U %d  L %d  H 1  E 1  S %d" % (g.c([1, 2]), g.c([1, 2, 3]), g.c([1, 2, 3]), 3 if sc["key"] in ("ptsd", "depr") else 1), "", "5. MEDICAL CONDITION: %s" % g.c([sc["dx"], "(condition withheld IAW HIPAA)"]),
                "6. FUNCTIONAL ACTIVITIES - Can the Soldier:", "  Carry and fire individual assigned weapon? %s" % ("NO" if sc["key"] in ("ptsd", "depr", "shoulder") else "YES"),
                "  Move with fighting load at least 2 miles? %s" % g.c(["YES", "NO"]), "  Wear helmet, body armor, LBE? %s" % g.c(["YES", "NO"]), "  Construct individual fighting position? %s" % g.c(["YES", "NO"]),
                "  Live in austere environment without worsening condition? %s" % g.c(["YES", "NO"]), "7. PHYSICAL FITNESS TEST: %s" % g.c(["No ACFT/APFT until profile expires", "Alternate aerobic event: 2.5 mi walk", "May take test"]),
                "8. OTHER LIMITATIONS: " + (sc["prof"] or "none"), "", "PROFILING OFFICER: %s  %s" % (P["prov"]["disp"], dt(P)), "APPROVING OFFICIAL: %s" % (P["prov2"]["disp"] if perm else "N/A"), "COMMANDER ACKNOWLEDGEMENT: ____________"]
        return "\n".join(out)
    if L == 1:  # DD 689 sick slip
        out += ["INDIVIDUAL SICK SLIP", "DD FORM 689", "", "TO: Medical Officer   DATE: %s" % dt(P, 3), "NAME: %s  GRADE: %s  ORGANIZATION: %s" % (ptname(P, 0), P["grade"], P["unit"]), "",
                "UNIT OFFICER: %s  %s" % (g.c(["1LT", "CPT", "SFC", "1SG"]), g.c(LAST)), "Injury: [%s] Yes [%s] No   In line of duty: [%s] Yes [ ] No" % tuple(g.c(["X", " "]) for _ in range(3)), "",
                "MEDICAL OFFICER: DISPOSITION", "[%s] Duty  [%s] Quarters  [%s] Hospital  [%s] Light duty" % (" ", "X" if g.p(0.4) else " ", " ", "X"), "Remarks: %s" % g.c(["RTC 48 h", "see profile", "quarters x 24 hrs", "no formations in heat"]),
                "Medical officer: %s  TIME: %s" % (P["prov"]["disp"], tm(g))]
        return "\n".join(out)
    if L == 2:  # LOD
        out += [g.c(["STATEMENT OF MEDICAL EXAMINATION AND DUTY STATUS", "LINE OF DUTY DETERMINATION", "AF FORM 348 - LINE OF DUTY DETERMINATION"]), g.c(["DA FORM 2173", "", "DD FORM 261 (ref)"]), "",
                "1. NAME: %s  2. DOD ID: %s  3. GRADE: %s  4. ORGANIZATION: %s" % (ptname(P, 0), P["dodid"], P["grade"], P["unit"]), "5. DATE/TIME OF INJURY: %s %s" % (dt(P, d=later(P, -g.i(0, 4))), tm(g)),
                "6. PLACE: %s" % g.c(["unit PT field", "on-post motor pool", "off-post, privately owned vehicle", "training area %d" % g.i(10, 99)]), "7. DUTY STATUS: %s" % g.c(["Present for duty", "Inactive duty training", "Annual training", "Authorized leave"]),
                "8. DIAGNOSIS: %s" % sc["dx"], "9. DETAILS: " + P["hpi"][:220], "10. Was the individual under the influence of alcohol or drugs? [ ] Yes [X] No  Tests: %s" % g.c(["BAC not performed", "ETOH < 10 mg/dL"]),
                "11. In the opinion of the medical officer, injury was incurred: [X] In Line of Duty  [ ] Not in Line of Duty", "", "MEDICAL OFFICER: %s   DATE %s" % (P["prov"]["disp"], dt(P)), "UNIT COMMANDER: ____________"]
        return "\n".join(out)
    if L == 3:  # MEB
        out += [g.c(["MEDICAL EVALUATION BOARD PROCEEDINGS", "IDES - MEB NARRATIVE SUMMARY (cover)", "MEB REFERRAL CHECKLIST"]), g.c(["DA FORM 3947", "", "NAVMED 6100/1"]), "",
                "Member: %s  %s  %s  DoD ID %s" % (ptname(P, 0), P["rank"][0], SVC_ABBR[P["branch"]], P["dodid"]), "Years of service: %d   MOS/Rate/AFSC: %s" % (g.i(2, 18), g.c(["11B", "88M", "HM", "3P0X1", "0311", "92Y"])), "",
                "Conditions referred to PEB:", "  1. %s - %s" % (sc["dx"], g.c(["does not meet retention standards (AR 40-501, ch 3)", "fails medical retention standards", "unfitting"])), "  2. %s - meets retention standards" % g.c(["Tinnitus", "Lumbar strain", "Migraine headaches"]), "",
                "Date referred to IDES: %s   VA exam completed: %s" % (dt(P), dt(P, d=later(P, g.i(30, 90)))), "Member concurs with MEB findings: [%s] Yes [%s] No (rebuttal attached)" % tuple(g.c([("X", " "), (" ", "X")])),
                "PEBLO: %s  %s" % (full(name_person(g), 3), phone(g)), "Approving authority: %s" % P["prov2"]["disp"]]
        return "\n".join(out)
    if L == 4:  # DD 2795/2796
        post = g.p(0.5)
        out += [g.c(["POST-DEPLOYMENT HEALTH ASSESSMENT (PDHA)", "DD FORM 2796"]) if post else g.c(["PRE-DEPLOYMENT HEALTH ASSESSMENT", "DD FORM 2795"]), "", "Name: %s  DoD ID: %s  Date: %s" % (ptname(P, 0), P["dodid"], dt(P)),
                "Location of operation: %s" % g.c(["CENTCOM AOR", "AFRICOM AOR", "Classified/undisclosed"]), "", "1. Overall health: %s" % g.c(["Excellent", "Very good", "Good", "Fair"]),
                "2. Were you wounded, injured, assaulted? %s" % g.c(["No", "Yes"]), "3. Exposed to blast/explosion? %s" % g.c(["No", "Yes - 1 time", "Yes - multiple"]), "4. Felt down, depressed, hopeless (past 2 wks): %s" % g.c(["Not at all", "Several days", "More than half the days"]),
                "5. PC-PTSD screen: %d/5" % g.i(0, 4), "6. AUDIT-C: %d" % g.i(0, 8), "7. Concerns about exposures (burn pits, sand, smoke, noise): %s" % g.c(["Yes - burn pit smoke", "No", "Yes - noise"]), "",
                "Provider review: %s" % g.c(["No referral indicated", "Referred to BH", "Referred to PCM", "Referred to audiology"]), "Reviewing provider: %s" % P["prov"]["disp"]]
        return "\n".join(out)
    if L == 5:  # fax cover
        out += [g.c(["FAX COVER SHEET", "FACSIMILE TRANSMITTAL", "*** FAX ***"]), P["fac"] if not P["civ"] else P["civ_practice"], "", "DATE: %s   PAGES (incl. cover): %d" % (dt(P, 1), g.i(2, 14)),
                "TO: %s   FAX: %s" % (g.c(["Referral Management Center", "Health Information Management", "Dr. " + P["prov"]["last"], "TRICARE Claims"]), phone(g)), "FROM: %s   PHONE: %s" % (full(name_person(g), 3), phone(g)),
                "RE: %s" % g.c(["%s - records request" % ptname(P, 0), "Consult report", "Authorization", "Results"]), "", "CONFIDENTIALITY NOTICE: The documents accompanying this transmission contain confidential health information that is legally privileged. If you are not the intended recipient, you are hereby notified that any disclosure, copying, or distribution is strictly prohibited. Please notify the sender immediately by telephone and destroy the documents."]
        return "\n".join(out)
    if L == 6:  # DD 2870 ROI
        out += ["AUTHORIZATION FOR DISCLOSURE OF MEDICAL OR DENTAL INFORMATION", g.c(["DD FORM 2870, DEC 2003", "DD 2870"]), "", "PRIVACY ACT STATEMENT: This form will not be used for the authorization to disclose alcohol or drug abuse patient information from medical records or for authorization to disclose information from records of an alcohol or drug abuse treatment program.",
                "", "SECTION I - PATIENT DATA: %s   DOB %s   DoD ID %s   Phone %s" % (ptname(P, 0), dt(P, d=P["dob"]), P["dodid"], P["ph"]), "SECTION II - DISCLOSURE: Release to %s, %s" % (g.c(["Department of Veterans Affairs", P["civ_practice"], "self", "attorney " + full(name_person(g), 3)]), g.c(STREETS)),
                "Purpose: [%s] Personal use [%s] Continued medical care [%s] Insurance [%s] Legal/VA claim" % tuple(g.c(["X", " ", " "]) for _ in range(4)), "Information to be released: %s" % g.c(["entire record", "records dated %s to present" % dt(P), "imaging CD and reports", "outpatient notes only"]),
                "SECTION III - RELEASE AUTHORIZATION: I understand that I have a right to revoke this authorization at any time...", "Authorization start %s  expires %s" % (dt(P), dt(P, d=later(P, 365))), "", "Signature ____________  Date %s" % dt(P), "FOR MTF USE: Released by %s on %s" % (full(name_person(g), 0), dt(P, d=later(P, g.i(2, 20))))]
        return "\n".join(out)
    if L == 7:  # TCCC card
        out += ["TACTICAL COMBAT CASUALTY CARE (TCCC) CARD", "DD FORM 1380, %s" % g.c(["JUN 2014", "MAY 2023"]), "", "BATTLE ROSTER #: %s%s%04d   EVAC: [%s] Urgent [ ] Priority [ ] Routine" % (P["pt"]["first"][0], P["pt"]["last"][0], g.i(0, 9999), "X"),
                "NAME: %s   LAST 4: %s   SEX: %s   DATE: %s   TIME: %s" % (ptname(P, 0), P["ssn4"], P["sex"], dt(P, 3), tm(g)), "SERVICE: %s   UNIT: %s   ALLERGIES: %s" % (SVC_ABBR[P["branch"]], P["unit"], P["allergy"]),
                "MECHANISM: [X] %s" % g.c(["IED", "GSW", "Blast", "Grenade", "MVC"]), "INJURY: %s" % g.c(["L thigh", "R arm", "head", "multiple frag"]), "TQ: %s  TYPE: CAT  TIME: %s" % (g.c(["L leg", "none"]), tm(g)),
                "SIGNS & SYMPTOMS: Time %s  BP %s  Pulse %d  SpO2 %d  AVPU %s  Pain %d" % (tm(g), P["vit"]["BP"], P["vit"]["HR"], P["vit"]["SPO2"], g.c(["A", "V"]), P["vit"]["PAIN"]),
                "TREATMENTS: C: [X] TQ-Extremity [X] Pressure dsg  A: [ ] NPA  B: [ ] Chest seal  Fluid: TXA 2 g", "MEDS: Analgesic: %s  Antibiotic: %s" % (g.c(["fentanyl OTFC 800 mcg", "ketamine 50 mg IM", "Combat Wound Pill Pack"]), g.c(["moxifloxacin 400 mg PO", "ertapenem 1 g"])),
                "OTHER: [X] Hypothermia prevention", "FIRST RESPONDER: %s" % P["medic"]["disp"]]
        return "\n".join(out)
    if L == 8:  # questionnaire
        out += [g.c(["PATIENT HEALTH QUESTIONNAIRE (PHQ-9)", "Pain Assessment Screening Tool and Outcomes Registry (PASTOR)", "Periodic Health Assessment - Self-Reported Questionnaire", "Audiology Case History Questionnaire"]),
                "Name: %s   Date: %s" % (ptname(P, 2), dt(P)), ""]
        qs = ["Little interest or pleasure in doing things", "Feeling down, depressed, or hopeless", "Trouble falling or staying asleep", "Feeling tired or having little energy",
              "Poor appetite or overeating", "Feeling bad about yourself", "Trouble concentrating", "Moving or speaking slowly / restless", "Thoughts that you would be better off dead"]
        tot = 0
        for i, q in enumerate(qs):
            v = g.i(0, 3) if sc["key"] in ("ptsd", "depr") else g.i(0, 1)
            if i == 8 and sc["key"] != "depr":
                v = 0
            tot += v
            out.append("%d. %-52s %d" % (i + 1, q, v))
        out += ["", "TOTAL SCORE: %d" % tot, "Difficulty at work/home: %s" % g.c(["Not difficult", "Somewhat difficult", "Very difficult"]), "Reviewed by: %s" % P["prov"]["last"]]
        return "\n".join(out)
    out += [g.c(["STATEMENT OF ACCOUNT", "THIRD PARTY COLLECTION PROGRAM - INSURANCE INFORMATION", "UNIFORM BUSINESS OFFICE - PATIENT STATEMENT"]), P["fac"] if not P["civ"] else P["fac"], "",
            "Account: %s   Patient: %s   Statement date: %s" % (P["fin"], ptname(P, 0), dt(P, 1)), ""]
    tot = 0.0
    for _ in range(g.i(2, 6)):
        amt = g.u(25, 2400, 2)
        tot += amt
        out.append("%s  %-40s %10.2f" % (dt(P, 1, later(P, -g.i(0, 60))), g.c(["Office visit, est pt (99213)", "Radiology - %s" % (sc["img"][1] if sc.get("img") else "XR"), "Laboratory services", "Pharmacy", "Emergency dept visit (99284)", "Subsistence (inpatient meals)"]), amt))
    out += ["", "Total charges: %.2f   TRICARE paid: %.2f   Patient responsibility: %.2f" % (tot, tot * 0.8, tot * 0.2 if P["cat"] != "ADSM" else 0.0),
            "Active duty members have no cost share for covered services. Questions: %s" % phone(g)]
    return "\n".join(out)


# ---------------------------------------------------------------- main
GEN = {t: globals()["gen_" + t] for t in TYPES}


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    master = random.Random(a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        n = 0
        for t in TYPES:
            for i in range(a.per_type):
                rng = random.Random(master.getrandbits(64))
                text = GEN[t](rng)
                text = "\n".join(l.rstrip() for l in text.split("\n")).strip("\n")
                while "\n\n\n" in text:
                    text = text.replace("\n\n\n", "\n\n")
                text = ocr(text, rng)
                n += 1
                f.write(json.dumps({"id": "mhs-%d-%s-%04d" % (a.seed, t, i), "label": t, "text": text}) + "\n")


if __name__ == "__main__":
    main()
