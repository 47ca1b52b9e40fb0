#!/usr/bin/env python3
"""Synthetic document generator: orthopaedic & sports-medicine hospital,
outpatient PT and athletic-training network (2004-2024).
All people, places, identifiers and phone numbers are fictitious.
Standard library only.  Usage:
    python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
"""
import argparse
import datetime as dt
import json
import random

TYPES = ["discharge_summary", "history_physical", "progress_note", "consult_note",
         "operative_note", "procedure_note", "lab_report", "imaging_report",
         "pathology_report", "medication_list", "prescription", "anesthesia_record",
         "correspondence", "consent_form", "referral_letter", "advance_directive",
         "ecg_report", "immunization_record", "registration_form", "insurance_card",
         "nursing_note", "ed_note", "transfer_summary", "provider_orders",
         "discharge_instructions", "other"]

# ----------------------------------------------------------------- data
FIRST_M = ["James", "Tyler", "Marcus", "Derek", "Kevin", "Brandon", "Luis", "Andre", "Cody", "Ethan",
           "Raymond", "Gary", "Walter", "Dennis", "Hector", "Jamal", "Trevor", "Caleb", "Ronald", "Mitchell",
           "Nolan", "Grant", "Dale", "Owen", "Victor", "Terrell", "Shane", "Curtis", "Roy", "Isaiah"]
FIRST_F = ["Megan", "Ashley", "Brianna", "Linda", "Carol", "Jasmine", "Kayla", "Rosa", "Heather", "Paige",
           "Diane", "Monica", "Tanya", "Brooke", "Gloria", "Alicia", "Erin", "Kendra", "Sharon", "Madison",
           "Lauren", "Denise", "Hannah", "Marisol", "Janet", "Tessa", "Courtney", "Joyce", "Avery", "Renee"]
LAST = ["Hollister", "Brannigan", "Okafor", "Delacroix", "Pruitt", "Castellano", "Whitcomb", "Nguyen-Ames",
        "Szymanski", "Trujillo", "Fairweather", "Lindqvist", "Mabry", "Oyelaran", "Petrakis", "Rasmussen",
        "Quarles", "Vandermeer", "Ashby", "Kowalczyk", "Beaumont", "Hargrove", "Escobedo", "Tillman",
        "Yarborough", "Dunleavy", "Marchetti", "Goodspeed", "Halvorsen", "Prewitt", "Iverson-Lake",
        "Cardenas", "Sorensen", "Bellweather", "McAllister", "Thibodeaux", "Stroud", "Kinkaid", "Obi", "Renfro"]
STREETS = ["Birchwood Ln", "Quarry Rd", "Old Mill Ct", "Harrow St", "Kettle Creek Dr", "Juniper Ave",
           "Wexford Pl", "Cobalt Ridge Rd", "Sable Oak Dr", "Lantern Way", "Fenwick Blvd", "Aldergrove St"]
CITIES = [("Kestrel Falls", "OH", "44"), ("Brightwater", "PA", "17"), ("Maple Hollow", "IN", "46"),
          ("Cedar Bluff", "MI", "49"), ("Harlow Bay", "WI", "53"), ("Port Ellery", "NY", "14"),
          ("Dunmore Springs", "KY", "40"), ("West Larchmont", "IL", "61")]
FACILITIES = [
    {"name": "Kestrel Valley Orthopaedic & Sports Medicine Hospital", "short": "KVOSMH",
     "addr": "2200 Ridgeline Parkway", "city": 0},
    {"name": "Northbridge Bone & Joint Institute", "short": "NBJI", "addr": "41 Tannery Square, Suite 300", "city": 1},
    {"name": "Summit Ridge Orthopaedics and Sports Medicine", "short": "SROSM", "addr": "880 Foundry Rd", "city": 2},
    {"name": "Lakeshore Joint & Spine Center", "short": "LJSC", "addr": "17 Marina Heights Dr", "city": 4},
]
PT_CLINICS = ["KVOSM Rehab & Performance - Eastgate", "Peak Motion Physical Therapy", "Summit Ridge PT - Downtown",
              "Lakeshore Sports Rehab", "Kestrel Valley Outpatient Therapy - Northfield"]
SURGEONS = [("Gregory", "Albrecht", "MD"), ("Priya", "Venkataraman", "MD"), ("Thomas", "Okonkwo", "MD"),
            ("Elena", "Marquardt", "DO"), ("Samuel", "Feinstein", "MD"), ("Rachel", "Duquesne", "MD"),
            ("Martin", "Haldane", "MD"), ("Wei", "Lindgren-Zhao", "MD")]
SPORTS_MDS = [("Allison", "Crewe", "MD"), ("Jerome", "Batiste", "DO"), ("Nadia", "Sorokina", "MD")]
PAS = [("Kyle", "Redmond", "PA-C"), ("Stacy", "Vollmer", "PA-C"), ("Dana", "Whitfield", "NP")]
PTS = [("Jordan", "Ellery", "PT, DPT"), ("Molly", "Gustafsson", "PT, DPT, SCS"), ("Ben", "Akers", "MPT"),
       ("Lucia", "Ferreira", "PT, DPT, OCS"), ("Devon", "Pike", "PTA")]
ATCS = [("Chris", "Mahoney", "ATC, LAT"), ("Sierra", "Boone", "MS, ATC"), ("Reggie", "Tolliver", "ATC")]
ANES = [("Howard", "Brinkley", "MD"), ("Sunita", "Rao-Patel", "MD"), ("Frank", "Lisowski", "DO")]
CRNAS = [("Amy", "Tolbert", "CRNA"), ("Josh", "Garrity", "CRNA"), ("Lena", "Voss", "CRNA")]
RADS = [("Paul", "Hennessy", "MD"), ("Grace", "Ikeda", "MD"), ("Oren", "Blumfeld", "MD")]
PATHS = [("Miriam", "Castillo", "MD"), ("Dwight", "Ferrante", "MD")]
PCPS = [("Laura", "Benedetti", "MD"), ("Carl", "Hutchins", "DO"), ("Anita", "Saldana", "MD"),
        ("Robert", "Finch", "MD"), ("Yvonne", "Parrish", "FNP-C"), ("Martin", "Oduya", "MD")]
ERDOCS = [("Scott", "Valentine", "MD"), ("Keisha", "Donnelly", "DO"), ("Ivan", "Petrov", "MD")]
RNS = [("Tara", "Kessler", "RN"), ("Marco", "Delgado", "RN"), ("Jenna", "Holt", "RN, BSN"),
       ("Patrice", "Lyle", "LPN"), ("Evan", "Stroud", "RN")]
CARDS = [("Harold", "Mendes", "MD"), ("Lydia", "Auerbach", "MD")]
INSURERS = [("BlueHarbor Health Plan", "PPO"), ("Cardinal Mutual Health", "HMO"), ("Tri-Lakes Benefit Administrators", "EPO"),
            ("Medicare Part B", "Medicare"), ("Keystone Community Medicaid", "Medicaid"),
            ("Unity Workers' Comp Mutual", "WC"), ("Great Plains Casualty (Workers Comp)", "WC"),
            ("Evergreen Choice Health", "POS"), ("Sentry Trail Health Alliance", "PPO")]
EMPLOYERS = ["Halvorsen Freight Lines", "Kestrel Falls Public Schools", "Brightwater Steel Fabrication",
             "Tri-County Roofing LLC", "Maple Hollow Distribution Center", "Port Ellery Municipal Water Dept",
             "Dunmore Poultry Processing", "Cedar Bluff Regional Hospital", "Lakeside Grocers Inc."]
SCHOOLS = ["Kestrel Falls High School", "Brightwater Univ.", "Maple Hollow Central HS", "St. Brendan Academy",
           "Cedar Bluff Community College", "Harlow Bay East HS", "Port Ellery State University"]
SPORTS = ["soccer", "basketball", "football", "volleyball", "lacrosse", "baseball", "softball", "wrestling",
          "skiing", "track", "tennis", "rugby", "pickleball", "CrossFit", "recreational running"]
PHARMACIES = ["Ridgeline Pharmacy", "CareCorner Drug #4411", "Harlow Apothecary", "Valuemart Pharmacy 0287",
              "Foundry Road Pharmacy"]

HOME_MEDS = [("lisinopril", "10 mg", "PO daily", "HTN"), ("atorvastatin", "20 mg", "PO qHS", "hyperlipidemia"),
             ("metformin", "500 mg", "PO BID", "type 2 diabetes"), ("levothyroxine", "75 mcg", "PO daily", "hypothyroidism"),
             ("omeprazole", "20 mg", "PO daily", "GERD"), ("sertraline", "50 mg", "PO daily", "depression"),
             ("amlodipine", "5 mg", "PO daily", "HTN"), ("albuterol HFA", "90 mcg", "2 puffs q4-6h PRN", "asthma"),
             ("cetirizine", "10 mg", "PO daily", "allergic rhinitis"), ("hydrochlorothiazide", "25 mg", "PO daily", "HTN"),
             ("oral contraceptive (norethindrone/EE)", "1 tab", "PO daily", "contraception"),
             ("vitamin D3", "2000 IU", "PO daily", "supplement"), ("aspirin", "81 mg", "PO daily", "CAD prevention")]
ALLERGY_OPTS = [["NKDA"], ["NKDA"], ["NKDA"], ["Penicillin (rash)"], ["Sulfa (hives)"], ["Codeine (nausea)"],
                ["Latex (contact dermatitis)"], ["Cefazolin (itching)", "Adhesive tape"], ["Morphine (pruritus)"]]

# Coherent clinical cases.  icd: (right, left) ICD-10, icd9
CASES = [
 dict(key="acl", dx="anterior cruciate ligament tear", dxlong="complete anterior cruciate ligament tear", joint="knee",
      icd=("S83.511A", "S83.512A"), icd9="844.2", age=(15, 38), surgical=True, sport=True,
      mech=["planted and pivoted while playing {sport} and felt a pop", "landed awkwardly from a jump during {sport} with a valgus twist",
            "was cut by a defender during {sport}, felt the knee shift and heard a pop"],
      sx="immediate swelling, instability with cutting and pivoting, and inability to return to play",
      exam="Moderate effusion. ROM 5-120 degrees. Lachman 2B with soft endpoint. Pivot shift 2+. Anterior drawer positive. Posterior drawer negative. Stable to varus/valgus stress at 0 and 30 degrees. Mild medial joint line tenderness. McMurray equivocal. Neurovascularly intact distally.",
      xr="No acute fracture. Small joint effusion. Joint spaces preserved. No Segond fracture. Physes closed.",
      mri="Complete disruption of the anterior cruciate ligament fibers at the femoral footprint. Bone marrow contusion of the lateral femoral condyle and posterolateral tibial plateau in a pivot-shift pattern. Vertical tear of the posterior horn of the lateral meniscus, peripheral. MCL sprain, grade 1. PCL, LCL intact. Moderate effusion.",
      imp="Complete ACL tear with pivot-shift bone contusions; peripheral posterior horn lateral meniscus tear.",
      surg="Arthroscopic anterior cruciate ligament reconstruction with bone-patellar tendon-bone autograft; lateral meniscus repair",
      surgalt="Arthroscopic ACL reconstruction with quadrupled hamstring autograft", cpt="29888, 29882",
      fam="knee_scope", opfind="Complete ACL tear with empty lateral wall sign. Peripheral vertical tear posterior horn lateral meniscus, 12 mm, repairable. Medial meniscus intact. Articular cartilage grade 0-1 throughout. PCL intact.",
      implants="Femoral interference screw 7 x 25 mm, tibial interference screw 9 x 25 mm (bioabsorbable); all-inside meniscal repair devices x2",
      inj=None, spec="Bone plugs / graft trimmings, right knee (no specimen routinely sent)",
      pt="ACL reconstruction protocol: early full extension, quad activation/NMES, patellar mobilization, WBAT in hinged brace locked in extension x 2 weeks",
      dme=["Hinged post-op knee brace (L1833)", "Cryotherapy cold-compression unit", "Axillary crutches, adjustable"],
      restr="No cutting, pivoting, or jumping. Brace locked in extension for ambulation.", rtp="Return to sport anticipated 9-12 months post-op pending functional testing"),
 dict(key="menisc", dx="medial meniscus tear", dxlong="complex tear of the posterior horn of the medial meniscus", joint="knee",
      icd=("S83.231A", "S83.232A"), icd9="836.0", age=(30, 62), surgical=True, sport=False,
      mech=["squatted down at work and felt a sharp pain on the inside of the knee", "twisted the knee stepping off a ladder",
            "noted gradual onset of medial knee pain after a twisting injury playing {sport}"],
      sx="medial knee pain, intermittent catching and locking, and swelling with activity",
      exam="Trace effusion. ROM 0-125 degrees with pain at terminal flexion. Medial joint line tenderness. McMurray positive medially with palpable click. Thessaly positive. Lachman negative, stable to varus/valgus. Neurovascularly intact.",
      xr="Mild medial joint space narrowing. No fracture or loose body. Small marginal osteophytes.",
      mri="Complex tear of the posterior horn of the medial meniscus extending to the inferior articular surface with a small flap displaced into the meniscotibial recess. Mild chondrosis of the medial femoral condyle. Cruciate and collateral ligaments intact. Small effusion and small Baker cyst.",
      imp="Complex posterior horn medial meniscus tear with displaced flap; mild medial compartment chondrosis.",
      surg="Knee arthroscopy with partial medial meniscectomy and chondroplasty", surgalt="Knee arthroscopy, partial medial meniscectomy",
      cpt="29881", fam="knee_scope",
      opfind="Complex degenerative tear of posterior horn medial meniscus with unstable flap. Grade 2 chondromalacia medial femoral condyle. Lateral compartment normal. ACL/PCL intact. Patellofemoral grade 1 changes.",
      implants="None", inj=("knee", "triamcinolone acetonide 40 mg with 4 mL 1% lidocaine"),
      spec="Meniscal fragments, medial meniscus", pt="Post-meniscectomy protocol: WBAT, ROM as tolerated, closed-chain strengthening",
      dme=["Axillary crutches", "Knee sleeve with patellar buttress"], restr="Sedentary duty, no squatting, kneeling or ladder climbing.",
      rtp="Return to full activity expected 4-6 weeks"),
 dict(key="rcuff", dx="rotator cuff tear", dxlong="full-thickness tear of the supraspinatus tendon", joint="shoulder",
      icd=("M75.121", "M75.122"), icd9="727.61", age=(45, 72), surgical=True, sport=False,
      mech=["fell on an outstretched arm", "felt a tearing sensation lifting a heavy box overhead at work",
            "reports insidious onset of pain with overhead activity, worse over several months"],
      sx="lateral shoulder pain radiating to the deltoid, night pain, and weakness with overhead reaching",
      exam="Forward flexion 150 active / 170 passive. Abduction 120. ER at side 50. Painful arc 60-120. Weakness 4-/5 supraspinatus (Jobe). ER strength 4+/5. Lift-off and belly press negative. Hawkins and Neer positive. Drop arm negative. Tender over greater tuberosity. Cervical ROM full, Spurling negative.",
      xr="Type II acromion. No glenohumeral arthritis. Mild AC joint degenerative change. Acromiohumeral interval 8 mm.",
      mri="Full-thickness tear of the supraspinatus tendon at the footprint measuring 1.8 cm AP x 2.0 cm retraction. Mild fatty infiltration (Goutallier 1). Infraspinatus tendinosis. Subscapularis intact. Long head biceps tendinosis without dislocation. Moderate AC joint arthrosis with inferior osteophyte. Subacromial-subdeltoid bursitis.",
      imp="Full-thickness supraspinatus tear, moderately retracted, with mild fatty atrophy; AC arthrosis.",
      surg="Arthroscopic rotator cuff repair (double-row), subacromial decompression, and distal clavicle excision",
      surgalt="Arthroscopic rotator cuff repair with acromioplasty", cpt="29827, 29826, 29824", fam="shoulder_scope",
      opfind="Crescent-shaped full-thickness supraspinatus tear, 2 cm, mobile with good tissue quality. Biceps with mild fraying. Labrum intact. Glenohumeral cartilage normal. Type II acromion with anterior spur.",
      implants="Suture anchors: 2 medial row 4.75 mm, 2 lateral row knotless 4.75 mm", inj=("shoulder (subacromial)", "triamcinolone 40 mg with 5 mL 1% lidocaine"),
      spec="Distal clavicle bone fragments", pt="Rotator cuff repair protocol: sling x 6 weeks, passive ROM only weeks 0-6, no active elevation",
      dme=["Shoulder abduction sling (UltraSling type)", "Cold therapy unit, shoulder pad"], restr="No lifting with the operative arm. Sling at all times except hygiene and exercises.",
      rtp="Return to heavy labor anticipated 5-6 months post-op"),
 dict(key="kneeoa", dx="primary osteoarthritis of the knee", dxlong="end-stage primary osteoarthritis, tricompartmental, knee", joint="knee",
      icd=("M17.11", "M17.12"), icd9="715.16", age=(58, 84), surgical=True, sport=False,
      mech=["reports progressive knee pain over many years without specific injury", "has had worsening knee pain since a remote sports injury"],
      sx="activity-related knee pain, start-up stiffness, night pain, and decreasing walking tolerance despite injections and therapy",
      exam="Antalgic gait. Varus alignment, correctable. Small effusion. ROM 5-105 degrees with crepitus. Medial joint line tenderness. Stable ligamentous exam. Skin intact. Distal pulses palpable. Sensation intact.",
      xr="Severe medial compartment joint space narrowing with bone-on-bone contact, subchondral sclerosis and osteophytes. Moderate patellofemoral narrowing. Varus alignment.",
      mri="Full-thickness cartilage loss medial compartment with subchondral edema; degenerative maceration of the medial meniscus body.",
      imp="Advanced tricompartmental osteoarthritis, medial predominant.",
      surg="Total knee arthroplasty, cemented, posterior-stabilized", surgalt="Primary total knee arthroplasty", cpt="27447", fam="tka",
      opfind="Eburnated bone medial femoral condyle and medial tibial plateau. Large osteophytes. Moderate patellofemoral wear. ACL absent.",
      implants="Femur size 5 PS, tibia size 4, 11 mm polyethylene insert, 35 mm patellar button; Palacos cement with gentamicin",
      inj=("knee", "methylprednisolone 80 mg with 4 mL 1% lidocaine"), spec="Femoral and tibial bone cuts, knee",
      pt="TKA pathway: WBAT with walker, CPM 0-90 as tolerated, goal ROM 0-90 by discharge",
      dme=["Front-wheeled walker", "Raised toilet seat", "Shower chair", "Cold therapy unit"], restr="WBAT with walker. No driving while on narcotics.",
      rtp="Expect return to golf/low-impact activity 3 months post-op"),
 dict(key="hipoa", dx="primary osteoarthritis of the hip", dxlong="primary osteoarthritis of the hip, severe", joint="hip",
      icd=("M16.11", "M16.12"), icd9="715.15", age=(55, 86), surgical=True, sport=False,
      mech=["has had progressively worsening groin pain for 3 years", "notes groin and anterior thigh pain worse with walking and putting on socks"],
      sx="groin pain, limp, difficulty with shoes and socks, and night pain",
      exam="Antalgic gait with positive Trendelenburg. Hip flexion to 90, IR 0, ER 20 with groin pain. FADIR positive. Stinchfield positive. Leg lengths equal. Lumbar exam benign. Distal neurovascular exam intact.",
      xr="Severe superolateral joint space loss with subchondral cysts and osteophytes of the femoral head and acetabulum. No fracture.",
      mri="Not obtained.", imp="Severe primary osteoarthritis of the hip.",
      surg="Total hip arthroplasty, direct anterior approach, cementless", surgalt="Total hip arthroplasty, posterior approach", cpt="27130", fam="tha",
      opfind="Femoral head with full-thickness cartilage loss superiorly, large osteophytes, and synovitis.",
      implants="Acetabular shell 54 mm with 2 screws, 36 mm highly cross-linked poly liner +4, femoral stem size 6 high offset, 36 mm ceramic head +0",
      inj=("hip (fluoroscopic)", "triamcinolone 40 mg with 4 mL 0.5% ropivacaine"), spec="Femoral head and neck, hip",
      pt="THA pathway: WBAT, anterior hip precautions, gait training with walker",
      dme=["Front-wheeled walker", "Raised toilet seat with arms", "Reacher / sock aid kit"], restr="WBAT. Hip precautions x 6 weeks.",
      rtp="Low-impact activity at 3 months"),
 dict(key="slap", dx="labral tear / anterior shoulder instability", dxlong="anterior-inferior labral tear (Bankart lesion) with recurrent instability", joint="shoulder",
      icd=("S43.431A", "S43.432A"), icd9="840.7", age=(16, 32), surgical=True, sport=True,
      mech=["dislocated the shoulder making a tackle in {sport}", "felt the shoulder slip out reaching overhead during {sport}",
            "sustained a dislocation diving for a ball in {sport}, reduced on the sideline by the athletic trainer"],
      sx="recurrent subluxation episodes, apprehension with overhead activity, and pain with throwing",
      exam="Full active ROM with apprehension at 90 abduction / 90 ER. Relocation test positive. Load and shift 2+ anterior. Sulcus sign 1+. O'Brien negative. Rotator cuff strength 5/5. Axillary nerve sensation intact.",
      xr="Concentric glenohumeral joint. Small Hill-Sachs impaction on the posterolateral humeral head. No bony Bankart.",
      mri="MR arthrogram: Detached anterior-inferior labrum from 3 to 6 o'clock consistent with Bankart lesion. Small Hill-Sachs lesion. Patulous anterior capsule. Rotator cuff intact.",
      imp="Anterior-inferior labral tear (Bankart) with small Hill-Sachs lesion.",
      surg="Arthroscopic Bankart repair with capsulorrhaphy", surgalt="Arthroscopic anterior labral repair", cpt="29806", fam="shoulder_scope",
      opfind="Anterior-inferior labral detachment 3 to 6 o'clock with capsular laxity. Small, non-engaging Hill-Sachs. Glenoid bone loss estimated < 10%. Biceps anchor stable.",
      implants="Knotless suture anchors 2.9 mm x 4", inj=None, spec="None",
      pt="Arthroscopic stabilization protocol: sling x 4-6 weeks, ER limited to 30 degrees x 6 weeks",
      dme=["Shoulder sling with abduction pillow", "Cold therapy unit"], restr="No use of arm above shoulder level; no contact sports.",
      rtp="Return to contact sport at 5-6 months"),
 dict(key="latepi", dx="lateral epicondylitis", dxlong="chronic lateral epicondylitis (tennis elbow)", joint="elbow",
      icd=("M77.11", "M77.12"), icd9="726.32", age=(35, 60), surgical=False, sport=False,
      mech=["developed lateral elbow pain after a season of {sport}", "reports lateral elbow pain with repetitive gripping and use of hand tools at work"],
      sx="lateral elbow pain with gripping, lifting a coffee cup, and shaking hands",
      exam="Point tenderness at the ECRB origin just distal to the lateral epicondyle. Pain with resisted wrist and long finger extension. Full elbow ROM. Grip strength reduced on affected side. No radial tunnel tenderness. Stable to varus/valgus stress.",
      xr="No acute osseous abnormality. Small calcification adjacent to the lateral epicondyle.",
      mri="Thickening and intermediate signal of the common extensor tendon origin with partial-thickness undersurface tear. LCL complex intact.",
      imp="Lateral epicondylitis with partial tear of the common extensor origin.",
      surg="Open debridement and repair of extensor carpi radialis brevis origin", surgalt="Lateral epicondyle debridement", cpt="24357",
      fam="open_soft", opfind="Degenerative, grayish tendinotic tissue at the ECRB origin.", implants="One 3.0 mm suture anchor",
      inj=("elbow (lateral epicondyle)", "dexamethasone 4 mg with 1 mL 1% lidocaine"), spec="ECRB tendon debridement tissue",
      pt="Eccentric wrist extensor program, counterforce strap, iontophoresis", dme=["Counterforce elbow strap", "Wrist cock-up splint for night use"],
      restr="Avoid repetitive gripping > 10 lbs. No power tool use with affected arm.", rtp="Return to full duty 4-6 weeks"),
 dict(key="ankfx", dx="displaced lateral malleolus fracture", dxlong="displaced fracture of the lateral malleolus (Weber B), bimalleolar equivalent", joint="ankle",
      icd=("S82.61XA", "S82.62XA"), icd9="824.2", age=(18, 70), surgical=True, sport=True,
      mech=["rolled the ankle stepping off a curb", "had an inversion injury playing {sport}", "slipped on ice and twisted the ankle"],
      sx="immediate pain, swelling, and inability to bear weight",
      exam="Marked swelling and ecchymosis about the lateral ankle. Tender over the distal fibula and deltoid ligament. Skin intact, no tenting. Dorsalis pedis and posterior tibial pulses 2+. Sensation intact in sural, saphenous, superficial/deep peroneal and tibial distributions. Able to wiggle toes.",
      xr="Oblique fracture of the distal fibula at the level of the syndesmosis (Weber B) with 3 mm displacement. Medial clear space widened to 6 mm. Soft tissue swelling.",
      mri="Not indicated.", imp="Weber B distal fibula fracture with medial clear space widening, unstable.",
      surg="Open reduction internal fixation, lateral malleolus", surgalt="ORIF ankle fracture", cpt="27792", fam="orif",
      opfind="Short oblique fracture distal fibula with comminution posteriorly. Syndesmosis stable on Cotton test after fixation.",
      implants="One 3.5 mm lag screw; 1/3 tubular plate 7-hole with 3.5 mm cortical and 4.0 cancellous screws", inj=None,
      spec="None", pt="Non-weight bearing x 6 weeks in splint then CAM boot", dme=["CAM walker boot, tall", "Knee scooter (rental)", "Axillary crutches"],
      restr="Strict non-weight bearing right lower extremity.", rtp="Return to sport 3-4 months"),
 dict(key="dradius", dx="distal radius fracture", dxlong="displaced extra-articular distal radius fracture (Colles type)", joint="wrist",
      icd=("S52.531A", "S52.532A"), icd9="813.41", age=(45, 85), surgical=True, sport=False,
      mech=["fell on an outstretched hand on an icy driveway", "tripped over a garden hose and landed on the wrist", "fell from a bicycle onto the outstretched hand"],
      sx="wrist pain, deformity and swelling",
      exam="Dinner-fork deformity. Swelling and tenderness over the distal radius. No open wounds. Median nerve sensation intact to light touch. Radial pulse 2+. Capillary refill < 2 seconds. EPL function intact.",
      xr="Dorsally angulated, impacted extra-articular distal radius fracture with 20 degrees dorsal tilt and 4 mm shortening. Ulnar styloid fracture.",
      mri="Not indicated.", imp="Displaced extra-articular distal radius fracture with loss of radial height and dorsal angulation.",
      surg="Open reduction internal fixation, distal radius, volar locking plate", surgalt="ORIF distal radius", cpt="25607", fam="orif",
      opfind="Dorsally comminuted extra-articular distal radius fracture. DRUJ stable after fixation.",
      implants="Volar distal radius locking plate, standard width, with 6 distal locking pegs and 3 shaft screws", inj=None, spec="None",
      pt="Hand therapy: finger ROM immediately, wrist ROM at 2 weeks", dme=["Prefabricated wrist orthosis", "Arm sling"],
      restr="No lifting more than a coffee cup with affected hand.", rtp="Return to full activity 3 months"),
 dict(key="cts", dx="carpal tunnel syndrome", dxlong="carpal tunnel syndrome, moderate by electrodiagnostic criteria", joint="wrist",
      icd=("G56.01", "G56.02"), icd9="354.0", age=(35, 70), surgical=True, sport=False,
      mech=["reports numbness and tingling in the hand that wakes her at night", "works on an assembly line and has had progressive hand numbness"],
      sx="numbness in the thumb, index and long fingers, nocturnal paresthesias, and dropping objects",
      exam="Tinel positive at the carpal tunnel. Phalen positive at 20 seconds. Durkan compression positive. Mild thenar atrophy. APB strength 4/5. 2-point discrimination 6 mm in median distribution. Cervical exam negative.",
      xr="Not obtained.", mri="Not obtained.", imp="Moderate median neuropathy at the wrist.",
      surg="Open carpal tunnel release", surgalt="Endoscopic carpal tunnel release", cpt="64721", fam="open_soft",
      opfind="Thickened transverse carpal ligament with hourglass narrowing of the median nerve.", implants="None",
      inj=("wrist (carpal tunnel)", "methylprednisolone 40 mg with 1 mL 1% lidocaine"), spec="None",
      pt="Night wrist splinting, nerve and tendon gliding exercises, ergonomic modification", dme=["Wrist cock-up splint, neutral position"],
      restr="No repetitive gripping or vibratory tools x 4 weeks.", rtp="Full duty 4-6 weeks"),
 dict(key="achilles", dx="Achilles tendon rupture", dxlong="acute complete rupture of the Achilles tendon", joint="ankle",
      icd=("S86.011A", "S86.012A"), icd9="845.09", age=(28, 55), surgical=True, sport=True,
      mech=["felt like someone kicked him in the back of the heel while playing {sport}", "pushed off to sprint during {sport} and felt a pop in the calf"],
      sx="posterior heel pain, weakness with push-off, and difficulty walking",
      exam="Palpable gap 4 cm proximal to the calcaneal insertion. Thompson test positive. Increased resting dorsiflexion compared with contralateral side (Matles positive). Weak plantarflexion. Neurovascularly intact.",
      xr="No avulsion fracture of the calcaneus. Soft tissue swelling posterior ankle with loss of Kager fat pad definition.",
      mri="Complete full-thickness tear of the Achilles tendon 4 cm above the insertion with 2.5 cm gap in plantar flexion.",
      imp="Acute complete Achilles tendon rupture.", surg="Open primary Achilles tendon repair", surgalt="Achilles tendon repair, mini-open",
      cpt="27650", fam="open_soft", opfind="Mop-end rupture of the Achilles tendon 4 cm proximal to insertion; plantaris intact.",
      implants="None (No. 2 nonabsorbable braided suture, Krackow technique)", inj=None, spec="None",
      pt="Functional rehab: splint in equinus then boot with heel wedges, progressive WB", dme=["CAM boot with heel wedges", "Knee scooter"],
      restr="Non-weight bearing in splint.", rtp="Return to sport 9-12 months"),
 dict(key="lumbar", dx="lumbar strain", dxlong="acute lumbar strain with left-sided radicular symptoms", joint="low back",
      icd=("S39.012A", "S39.012A"), icd9="847.2", age=(22, 58), surgical=False, sport=False, wc=True,
      mech=["was lifting a 60 lb box from floor level at work and felt sharp low back pain", "was pulling a pallet jack at work when he felt a pull in his low back"],
      sx="low back pain with intermittent radiation into the buttock, worse with bending and prolonged sitting",
      exam="Paraspinal muscle spasm and tenderness L4-S1. Lumbar flexion limited to fingertips at mid-shin. Extension painful. Straight leg raise negative bilaterally. Strength 5/5 in L2-S1 myotomes. Reflexes 2+ and symmetric. Sensation intact.",
      xr="Lumbar spine: Mild loss of disc height L5-S1. No spondylolisthesis, fracture, or pars defect.",
      mri="Mild disc desiccation and broad-based disc bulge at L4-5 and L5-S1 without significant canal or foraminal stenosis.",
      imp="Acute lumbar strain; mild degenerative disc disease L5-S1.", surg=None, surgalt=None, cpt=None, fam=None,
      opfind=None, implants=None, inj=None, spec=None, pt="Lumbar stabilization, McKenzie extension bias, manual therapy, body mechanics",
      dme=["Lumbar support (LSO) prefabricated"], restr="No lifting > 15 lbs, no repetitive bending or twisting, change position every 30 minutes.",
      rtp="Expected MMI 6-8 weeks"),
 dict(key="pfps", dx="patellofemoral pain syndrome", dxlong="patellofemoral pain syndrome with patellar maltracking", joint="knee",
      icd=("M22.2X1", "M22.2X2"), icd9="719.46", age=(13, 30), surgical=False, sport=True,
      mech=["reports anterior knee pain that began during {sport} season", "notes anterior knee pain going up and down stairs and with prolonged sitting"],
      sx="anterior knee pain with stairs, squatting and running",
      exam="No effusion. Full ROM. Patellar grind positive. J-sign mild. Lateral patellar tilt. Tight ITB (Ober positive) and hamstrings. Weak hip abductors 4/5. Ligaments stable. McMurray negative.",
      xr="Merchant view: mild lateral patellar tilt. No fracture, osteochondral lesion or effusion.",
      mri="Not obtained.", imp="Patellofemoral pain syndrome, likely related to hip weakness and soft tissue tightness.", surg=None, surgalt=None,
      cpt=None, fam=None, opfind=None, implants=None, inj=None, spec=None,
      pt="Hip and core strengthening, quad (VMO) strengthening, ITB/hamstring flexibility, taping, running progression",
      dme=["Patellar stabilizing knee sleeve"], restr="Limit deep squatting and jumping; may participate as tolerated.", rtp="Return to full participation as symptoms allow"),
 dict(key="hipfai", dx="hip labral tear with femoroacetabular impingement", dxlong="acetabular labral tear with cam-type femoroacetabular impingement", joint="hip",
      icd=("S73.191A", "S73.192A"), icd9="843.8", age=(17, 40), surgical=True, sport=True,
      mech=["noted deep groin pain with cutting during {sport}", "reports insidious anterior hip pain with clicking while training for {sport}"],
      sx="anterior groin pain, clicking, and pain with prolonged sitting",
      exam="C-sign. Hip flexion 100, IR at 90 flexion 10 degrees. FADIR positive reproducing groin pain. FABER positive. Log roll negative. Strength 5/5. Lumbar exam benign.",
      xr="Cam morphology with alpha angle 68 degrees on Dunn view. Lateral center edge angle 30 degrees. Joint space preserved.",
      mri="MR arthrogram: Anterosuperior labral tear from 12 to 3 o'clock. Cam morphology. Mild chondral delamination anterosuperior acetabulum.",
      imp="Anterosuperior acetabular labral tear with cam-type FAI.", surg="Hip arthroscopy with labral repair and femoroplasty",
      surgalt="Arthroscopic labral repair, femoral osteochondroplasty", cpt="29916, 29914", fam="hip_scope",
      opfind="Anterosuperior labral tear 12-3 o'clock with chondrolabral separation. Cam lesion anterolateral head-neck junction. Wave sign acetabular cartilage.",
      implants="Knotless suture anchors 1.8 mm x 3", inj=("hip (ultrasound-guided)", "triamcinolone 40 mg with 4 mL 0.5% ropivacaine"),
      spec="None", pt="Hip arthroscopy protocol: 20 lb foot-flat WB x 3 weeks, hip brace, CPM and stationary bike",
      dme=["Hip abduction brace", "Axillary crutches", "CPM machine, hip"], restr="Foot-flat weight bearing 20 lbs.", rtp="Return to sport 4-6 months"),
 dict(key="frozen", dx="adhesive capsulitis of the shoulder", dxlong="adhesive capsulitis (frozen shoulder)", joint="shoulder",
      icd=("M75.01", "M75.02"), icd9="726.0", age=(40, 65), surgical=False, sport=False,
      mech=["reports gradual onset of shoulder pain and stiffness over 4 months without injury", "noted shoulder stiffness after a minor strain"],
      sx="global shoulder stiffness, pain reaching behind the back, and night pain",
      exam="Active and passive forward flexion 100, abduction 80, ER at side 10, IR to buttock. Capsular end feel. Strength 5/5 within available range. No tenderness at AC joint.",
      xr="Normal glenohumeral joint. No calcific tendinitis. Mild osteopenia.", mri="Thickening of the inferior glenohumeral ligament and coracohumeral ligament; obliteration of the rotator interval fat.",
      imp="Adhesive capsulitis, freezing/frozen phase.", surg=None, surgalt=None, cpt=None, fam=None, opfind=None, implants=None,
      inj=("shoulder (glenohumeral, posterior approach)", "triamcinolone 40 mg with 4 mL 1% lidocaine"), spec=None,
      pt="Gentle capsular stretching, joint mobilization grades III-IV, home stretching program",
      dme=["Home pulley set"], restr="As tolerated.", rtp="N/A"),
 dict(key="pfasc", dx="plantar fasciitis", dxlong="chronic plantar fasciitis", joint="foot",
      icd=("M72.2", "M72.2"), icd9="728.71", age=(30, 65), surgical=False, sport=False,
      mech=["notes heel pain with first steps in the morning after increasing running mileage", "stands on concrete floors at work and reports progressive heel pain"],
      sx="medial plantar heel pain worst with first steps in the morning and after rest",
      exam="Tender at the medial calcaneal tubercle. Tight gastrocnemius (Silfverskiold positive). Windlass test positive. No tenderness with calcaneal squeeze. Tinel negative over the tarsal tunnel.",
      xr="Small plantar calcaneal enthesophyte. No stress fracture.", mri="Not obtained.",
      imp="Plantar fasciitis with gastrocnemius equinus.", surg=None, surgalt=None, cpt=None, fam=None, opfind=None, implants=None,
      inj=("foot (plantar fascia origin)", "dexamethasone 4 mg with 1 mL 1% lidocaine"), spec=None,
      pt="Plantar fascia-specific stretching, calf stretching, intrinsic strengthening, night splint",
      dme=["Night dorsiflexion splint", "Prefabricated arch supports"], restr="Limit prolonged standing to 2 hours at a time.", rtp="N/A"),
]
SURG_CASES = [c for c in CASES if c["surg"]]

# ----------------------------------------------------------------- helpers
def P(r, seq):
    return seq[r.randrange(len(seq))]

def maybe(r, p, s, alt=""):
    return s if r.random() < p else alt

def nm(t, style=0):
    f, l, cred = t
    if style == 1:
        return f"{f[0]}. {l}, {cred}"
    if style == 2:
        return f"{l}, {f}"
    if style == 3:
        return f"Dr. {l}" if ("MD" in cred or "DO" in cred) else f"{f} {l}"
    return f"{f} {l}, {cred}"

def fdate(r, d, style=None):
    if style is None:
        style = r.randrange(6)
    if style == 0:
        return d.strftime("%m/%d/%Y")
    if style == 1:
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    if style == 2:
        return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    if style == 3:
        return d.strftime("%d-%b-%Y").upper()
    if style == 4:
        return d.strftime("%Y-%m-%d")
    return d.strftime("%m/%d/%y")

def ftime(r):
    return f"{r.randrange(6, 19):02d}:{r.randrange(0, 60):02d}"

def phone(r, pre=None):
    return f"({pre or r.randrange(201, 989)}) {r.randrange(200, 999)}-{r.randrange(0, 10000):04d}".replace(") 555", ") 556")

def fake_phone(r):
    return f"({r.randrange(210, 980)}) 555-01{r.randrange(0, 100):02d}"

def wrap(text, width=None, r=None):
    if width is None:
        width = 78
    out = []
    for para in text.split("\n"):
        if len(para) <= width:
            out.append(para)
            continue
        line = ""
        for w in para.split(" "):
            if len(line) + len(w) + 1 > width and line:
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return "\n".join(out)

def H(r, text, style=None):
    """heading in one of several styles"""
    if style is None:
        style = r.randrange(5)
    if style == 0:
        return text.upper() + ":"
    if style == 1:
        return text.title() + ":"
    if style == 2:
        return text.upper()
    if style == 3:
        return text.upper() + "\n" + "-" * len(text)
    return text.title()

def sec(r, heads, body, style):
    h = P(r, heads) if isinstance(heads, (list, tuple)) else heads
    if style == 5:  # inline
        return f"{h.upper()}: {body}"
    if style == 6:  # inline title
        return f"{h.title()}: {body}"
    return H(r, h, style) + "\n" + body

def side_word(c, cap=False):
    w = "right" if c["side"] == "R" else "left"
    return w.capitalize() if cap else w

def icd(c):
    if c["date"].year < 2015 or (c["date"].year == 2015 and c["date"].month < 10):
        return c["case"]["icd9"]
    return c["case"]["icd"][0 if c["side"] == "R" else 1]

def icd_sys(c):
    return "ICD-9" if icd(c) == c["case"]["icd9"] else "ICD-10"

def dxline(c):
    cs = c["case"]
    d = cs["dxlong"][0].upper() + cs["dxlong"][1:]
    if cs["key"] in ("lumbar",):
        return d
    return f"{d}, {side_word(c)}"

def set_age(c, age):
    c["age"] = age
    c["dob"] = c["date"] - dt.timedelta(days=int(age * 365.25) + 30)

def fill(c, s):
    return s.replace("{sport}", c["sport"]).replace("right knee", f"{side_word(c)} knee")

def he(c, a="he", b="she"):
    return a if c["sex"] == "M" else b

def his(c):
    return "his" if c["sex"] == "M" else "her"

def him(c):
    return "him" if c["sex"] == "M" else "her"

def mrs(c):
    return ("Mr. " if c["sex"] == "M" else P(random.Random(c["mrn"]), ["Ms. ", "Mrs. ", "Ms. "])) + c["last"]

# ----------------------------------------------------------------- context
def make_ctx(r, surgical=False, case=None, wc=None):
    cs = case or (P(r, SURG_CASES) if surgical else P(r, CASES))
    sex = "M" if r.random() < 0.52 else "F"
    if cs["key"] == "cts" and r.random() < 0.6:
        sex = "F"
    first = P(r, FIRST_M if sex == "M" else FIRST_F)
    last = P(r, LAST)
    age = r.randrange(cs["age"][0], cs["age"][1] + 1)
    date = dt.date(2004, 1, 1) + dt.timedelta(days=r.randrange(0, 7600))
    dob = date - dt.timedelta(days=int(age * 365.25) + r.randrange(0, 360))
    city = P(r, CITIES)
    fac = P(r, FACILITIES)
    fcity = CITIES[fac["city"]]
    ins = P(r, INSURERS[:5] + INSURERS[7:]) if age < 65 else P(r, [INSURERS[3], INSURERS[0], INSURERS[7]])
    is_wc = cs.get("wc", False) or (wc if wc is not None else (cs["key"] in ("menisc", "rcuff", "cts", "latepi", "pfasc") and r.random() < 0.35 and age < 66))
    if is_wc:
        ins = P(r, [INSURERS[5], INSURERS[6]])
    meds = []
    nmeds = 0 if age < 30 else r.randrange(0, 5 if age < 55 else 7)
    pool = HOME_MEDS[:]
    r.shuffle(pool)
    for m in pool:
        if len(meds) >= nmeds:
            break
        if m[0].startswith("oral contra") and (sex == "M" or age > 45):
            continue
        meds.append(m)
    c = dict(case=cs, sex=sex, first=first, last=last, mi=P(r, "ABCDEFGHJKLMNPRSTW"), age=age, date=date, dob=dob,
             side=P(r, "RL"), mrn=str(r.randrange(1000000, 9999999)), acct=str(r.randrange(10000000, 99999999)),
             fac=fac, fcity=fcity, fphone=fake_phone(r), ffax=fake_phone(r),
             street=f"{r.randrange(12, 9899)} {P(r, STREETS)}", city=city[0], state=city[1],
             zip=city[2] + f"{r.randrange(100, 999)}", phone=fake_phone(r),
             surgeon=P(r, SURGEONS), sportsmd=P(r, SPORTS_MDS), pa=P(r, PAS), ptx=P(r, PTS), atc=P(r, ATCS),
             anes=P(r, ANES), crna=P(r, CRNAS), rad=P(r, RADS), path=P(r, PATHS), pcp=P(r, PCPS), er=P(r, ERDOCS),
             rn=P(r, RNS), card=P(r, CARDS), ins=ins, wc=is_wc,
             memid=P(r, ["XQH", "CMH", "TLB", "", "KCM", "EVG", "STA"]) + str(r.randrange(100000000, 999999999)),
             group=str(r.randrange(10000, 999999)), claim=f"{r.randrange(10, 99)}-{r.randrange(100000, 999999)}-WC",
             employer=P(r, EMPLOYERS), school=P(r, SCHOOLS), sport=P(r, SPORTS), pharm=P(r, PHARMACIES),
             doi=date - dt.timedelta(days=r.randrange(2, 120)), meds=meds, allergies=P(r, ALLERGY_OPTS),
             ht=r.randrange(60, 69) if sex == "F" else r.randrange(65, 76), wt=r.randrange(118, 210) if sex == "F" else r.randrange(150, 265),
             bp=f"{r.randrange(108, 158)}/{r.randrange(62, 96)}", hr=r.randrange(56, 96), rr=r.randrange(12, 20),
             temp=round(r.uniform(97.6, 99.1), 1), spo2=r.randrange(95, 101), pain=r.randrange(2, 9))
    c["pmh"] = sorted(set(m[3] for m in meds if m[3] not in ("supplement", "contraception"))) or ["None"]
    c["bmi"] = round(c["wt"] * 703 / (c["ht"] ** 2), 1)
    c["surgdate"] = date + dt.timedelta(days=r.randrange(7, 40))
    c["pod"] = r.randrange(1, 4)
    return c

def force_wc(r, c):
    c["wc"] = True
    if c["ins"][1] != "WC":
        c["ins"] = P(r, [INSURERS[5], INSURERS[6]])

def pname(c, style=None, r=None):
    if style is None:
        style = 0
    if style == 1:
        return f"{c['last'].upper()}, {c['first'].upper()}"
    if style == 2:
        return f"{c['last']}, {c['first']} {c['mi']}"
    return f"{c['first']} {c['last']}"

def facline(c):
    return f"{c['fac']['addr']} | {c['fcity'][0]}, {c['fcity'][1]} | Tel {c['fphone']} | Fax {c['ffax']}"

def letterhead(r, c, dept=None):
    dept = dept or P(r, ["Department of Orthopaedic Surgery", "Sports Medicine Center", "Orthopaedic Clinic",
                        "Division of Sports Medicine & Arthroscopy", "Joint Replacement Center", ""])
    st = r.randrange(4)
    f = c["fac"]
    if st == 0:
        return f"{f['name'].upper()}\n{dept}\n{f['addr']}\n{c['fcity'][0]}, {c['fcity'][1]} {c['fcity'][2]}{r.randrange(100,999)}\nPhone {c['fphone']}   Fax {c['ffax']}".replace("\n\n", "\n")
    if st == 1:
        return f"{f['name']}{' - ' + dept if dept else ''}\n{facline(c)}"
    if st == 2:
        return f"{f['short']}  {f['name']}\n{'=' * 60}"
    return f"{f['name']}\n{dept}".strip()

def banner(r, c, title=None):
    st = r.randrange(5)
    d = fdate(r, c["date"], 0)
    if st == 0:
        s = f"Patient: {pname(c, 2)}    MRN: {c['mrn']}    DOB: {fdate(r, c['dob'], 0)}    Sex: {c['sex']}"
    elif st == 1:
        s = f"NAME: {pname(c, 1)}\nMR#: {c['mrn']}  ACCT#: {c['acct']}\nDOB: {fdate(r, c['dob'], 0)}  AGE: {c['age']}Y  SEX: {c['sex']}"
    elif st == 2:
        s = f"{pname(c, 1)} | {c['mrn']} | {fdate(r, c['dob'], 0)} ({c['age']} yo {c['sex']}) | DOS: {d}"
    elif st == 3:
        s = f"Patient Name: {pname(c)}\nDate of Birth: {fdate(r, c['dob'])}\nMedical Record Number: {c['mrn']}\nDate of Service: {fdate(r, c['date'])}"
    else:
        s = f"RE: {pname(c)}\nDOB: {fdate(r, c['dob'], 0)}\nMRN {c['mrn']}"
    if title:
        s = title + "\n" + s
    return s

def sig(r, c, who, kind="md"):
    d = c["date"]
    st = r.randrange(6)
    if st == 0:
        return f"Electronically signed by {nm(who)} on {fdate(r, d, 0)} at {ftime(r)}"
    if st == 1:
        return f"_____________________________\n{nm(who)}\n\nD: {fdate(r, d, 1)}  T: {fdate(r, d + dt.timedelta(days=r.randrange(0, 3)), 1)}\nJob #: {r.randrange(100000, 999999)}  Doc ID: {r.randrange(1000000, 9999999)}"
    if st == 2:
        return f"{nm(who)}\n{P(r, ['Dictated but not read.', 'Dictated, not proofread. Voice recognition software used; please excuse transcription errors.', 'This note was created with voice recognition software.', ''])}".strip()
    if st == 3:
        return f"Signed: {nm(who, 1)}   Date/Time: {fdate(r, d, 0)} {ftime(r)}"
    if st == 4:
        return f"{nm(who)}\n{P(r, ['Attending Physician', 'Orthopaedic Surgery', 'Sports Medicine', 'Attending'])}"
    return f"Authenticated: {nm(who, 2)} {fdate(r, d, 4)}"

def allergy_str(c):
    return ", ".join(c["allergies"])

def meds_str(r, c, style=None):
    if not c["meds"]:
        return P(r, ["None.", "No regular medications.", "Denies.", "None reported"])
    st = r.randrange(3) if style is None else style
    if st == 0:
        return "\n".join(f"{i + 1}. {m[0]} {m[1]} {m[2]}" for i, m in enumerate(c["meds"]))
    if st == 1:
        return ", ".join(f"{m[0]} {m[1]} {m[2]}" for m in c["meds"]) + "."
    return "\n".join(f"- {m[0].capitalize()} {m[1]} {m[2]}" for m in c["meds"])

def pmh_str(r, c):
    items = [x for x in c["pmh"] if x != "None"]
    if not items:
        return P(r, ["Noncontributory.", "None.", "Negative.", "Otherwise healthy."])
    return ", ".join(x if x.isupper() else x.capitalize() if i == 0 else x for i, x in enumerate(items)) + "."

def psh_str(r, c):
    opts = ["None.", "Tonsillectomy as a child.", "Appendectomy.", "Cholecystectomy.", "Wisdom teeth extraction.",
            "C-section x1.", "Contralateral knee arthroscopy.", "Hernia repair."]
    return P(r, opts)

def social_str(r, c):
    if c["age"] < 23:
        return f"{P(r, ['Student at', 'Attends'])} {c['school']}; plays {c['sport']}. Denies tobacco, alcohol or drug use."
    job = f"Works for {c['employer']}" if c["wc"] or r.random() < 0.5 else P(r, ["Retired", "Works as a teacher", "Office manager", "Self-employed contractor", "Nurse"])
    return f"{job}. {P(r, ['Never smoker.', 'Former smoker, quit 10 years ago.', 'Smokes 1/2 ppd.', 'Denies tobacco.'])} {P(r, ['Social alcohol.', 'Rare alcohol.', 'No alcohol.', 'Drinks 2-3 beers on weekends.'])}"

def vitals_str(r, c, style=None):
    st = r.randrange(3) if style is None else style
    if st == 0:
        return f"BP {c['bp']}, HR {c['hr']}, RR {c['rr']}, T {c['temp']} F, SpO2 {c['spo2']}% RA, Ht {c['ht'] // 12}'{c['ht'] % 12}\", Wt {c['wt']} lb, BMI {c['bmi']}"
    if st == 1:
        return f"Temp: {c['temp']}  Pulse: {c['hr']}  Resp: {c['rr']}  BP: {c['bp']}  O2 sat: {c['spo2']}%  Pain: {c['pain']}/10"
    return f"Height {c['ht']} in   Weight {c['wt']} lbs   BMI {c['bmi']}   BP {c['bp']}   HR {c['hr']}"

def region(c):
    j = c["case"]["joint"]
    return j if j in ("low back", "foot") and c["case"]["key"] == "lumbar" else f"{side_word(c)} {j}"

def hpi(r, c, length=2):
    cs = c["case"]
    who = f"{c['age']}-year-old {P(r, ['male', 'man', 'gentleman']) if c['sex'] == 'M' else P(r, ['female', 'woman', 'lady'])}"
    if c["age"] < 20:
        who = f"{c['age']}-year-old {P(r, ['male', 'boy', 'student-athlete']) if c['sex'] == 'M' else P(r, ['female', 'girl', 'student-athlete'])}"
    mech = fill(c, P(r, cs["mech"]))
    ago = (c["date"] - c["doi"]).days
    when = P(r, [f"{ago} days ago", f"on {fdate(r, c['doi'], 0)}", f"approximately {max(1, ago // 7)} weeks ago"])
    s = f"{mrs(c) if r.random() < 0.5 else 'The patient'} is a {who} {P(r, ['who presents with', 'seen today for', 'referred by ' + nm(c['pcp'], 3) + ' for', 'presenting for evaluation of'])} {region(c)} pain. "
    s += f"{he(c).capitalize()} {mech} {when}. " if "reports" not in mech and "notes" not in mech and "has had" not in mech and "works" not in mech else f"{he(c).capitalize()} {mech}. "
    s += f"{he(c).capitalize()} {P(r, ['complains of', 'reports', 'describes', 'endorses'])} {cs['sx']}. "
    if length >= 2:
        s += f"Pain is rated {c['pain']}/10, {P(r, ['aching', 'sharp', 'dull and constant', 'intermittent and sharp', 'throbbing'])}, "
        s += f"{P(r, ['worse with activity and better with rest', 'worse at night', 'aggravated by stairs', 'relieved partially by ibuprofen'])}. "
        s += P(r, [f"{he(c).capitalize()} has tried ice, NSAIDs and activity modification with limited relief. ",
                   f"Treatment to date has included {P(r, ['physical therapy x 6 weeks', 'a home exercise program', 'a corticosteroid injection', 'bracing'])}. ",
                   "No prior injury to this area. ", f"Denies numbness or tingling. "])
    if c["wc"] and length >= 2:
        s += f"This is a workers' compensation injury; employer {c['employer']}, date of injury {fdate(r, c['doi'], 0)}. "
    return s.strip()

def ros_str(r):
    return P(r, ["Constitutional: denies fever, chills, weight loss. Cardiovascular: no chest pain. Respiratory: no SOB. GI: no N/V. Neuro: no numbness except as noted. All other systems reviewed and negative.",
                 "12-point review of systems negative except as per HPI.", "Negative except for musculoskeletal complaints noted above.",
                 "ROS: Pertinent positives in HPI. Otherwise negative x 10 systems."])

def exam_str(r, c):
    gen = P(r, ["Well-appearing, in no acute distress.", "Alert and oriented x3, NAD.", "Pleasant, cooperative, no distress.", "WDWN, NAD."])
    return f"General: {gen}\n{region(c).capitalize()}: {c['case']['exam']}"

def plan_str(r, c, surgical=None):
    cs = c["case"]
    if surgical is None:
        surgical = cs["surg"] is not None and r.random() < 0.6
    lines = []
    if surgical:
        lines.append(f"We discussed operative and nonoperative options. Risks including infection, bleeding, stiffness, DVT/PE, neurovascular injury, failure of repair, and need for further surgery were reviewed. {he(c).capitalize()} wishes to proceed with {lc(cs['surg'])}.")
        lines.append(P(r, ["Pre-op H&P and labs through PCP.", "Surgery scheduling packet given.", "Will obtain medical clearance.", "Surgery tentatively scheduled."]))
    else:
        lines.append(f"Conservative management: {cs['pt']}.")
        if cs["inj"] and r.random() < 0.5:
            lines.append(f"Offered {cs['inj'][0]} corticosteroid injection; {P(r, ['performed today, see procedure note', 'patient would like to defer', 'patient accepts, to be done at next visit'])}.")
        lines.append(P(r, ["NSAIDs as needed with food.", "Continue ice and OTC analgesics.", "Meloxicam 15 mg daily prescribed."]))
    if cs["dme"] and r.random() < 0.5:
        lines.append(f"DME: {cs['dme'][0]}.")
    if c["wc"]:
        lines.append(f"Work status: modified duty. {cs['restr']}")
    lines.append(f"Follow up in {P(r, ['2', '4', '6', '3-4', '6-8'])} weeks{P(r, ['.', ' or sooner as needed.', ' with repeat x-rays.'])}")
    return lines

# ----------------------------------------------------------------- OCR / page furniture
OCR_SUBS = [("l", "1"), ("O", "0"), ("rn", "m"), ("e", "c"), ("S", "5"), ("I", "l"), ("cl", "d"), (".", ","),
            ("h", "b"), ("t", "f"), ("B", "8"), ("a", "o"), ("i", "l"), ("m", "rn"), ("g", "q")]

def ocr_noise(r, text, rate):
    if rate <= 0:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch.isalpha() or ch == ".":
            if r.random() < rate:
                a, b = P(r, OCR_SUBS)
                if text.startswith(a, i):
                    out.append(b)
                    i += len(a)
                    continue
            if r.random() < rate * 0.3:
                out.append(ch + P(r, [" ", "", "'", "~"]))
                i += 1
                continue
        out.append(ch)
        i += 1
    return "".join(out)

def paginate(r, c, text, doc_title=None):
    lines = text.split("\n")
    per = r.randrange(45, 70)
    if len(lines) <= per:
        pages = [lines]
    else:
        pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    total = len(pages)
    st = r.randrange(4)
    out = []
    for k, pg in enumerate(pages, 1):
        if k > 1:
            if st == 0:
                out.append(f"{pname(c, 1)}  MRN {c['mrn']}  {fdate(r, c['date'], 0)}")
            elif st == 1:
                out.append(f"{c['fac']['name']}\nPatient: {pname(c, 2)}   DOB: {fdate(r, c['dob'], 0)}")
            elif st == 2:
                out.append(f"{pname(c)} (cont.)")
            out.append("")
        out.extend(pg)
        if total > 1 or r.random() < 0.4:
            out.append("")
            if st == 3:
                out.append(f"{c['fac']['short']} Form {r.randrange(100, 999)}-{r.randrange(10, 99)} Rev. {r.randrange(1, 12)}/{str(r.randrange(2003, 2023))[2:]}     Page {k} of {total}")
            else:
                out.append(P(r, [f"Page {k} of {total}", f"Page {k}", f"- {k} -", f"{k}/{total}"]))
        if k < total:
            out.append(P(r, ["\f", "", "\n"]))
    return "\n".join(out)

def fax_header(r, c):
    d = c["date"] + dt.timedelta(days=r.randrange(0, 20))
    return P(r, [
        f"{d.strftime('%b %d %Y')} {ftime(r)}  FROM: {c['fac']['short']} {c['ffax']}  TO: {fake_phone(r)}   P.{r.randrange(1, 6):03d}",
        f"{fdate(r, d, 0)} {ftime(r)} FAX {c['ffax']} {c['fac']['name'][:22].upper()}  PAGE {r.randrange(1, 5):02d}/{r.randrange(5, 12):02d}",
        f"Received: {d.strftime('%m/%d/%Y')} {ftime(r)}; -> {c['fac']['short']} Medical Records; Page {r.randrange(1, 9)}",
    ])

def finish(r, c, text):
    text = wrap(text, r.choice([78, 80, 84, 90, 100]))
    if r.random() < 0.55:
        text = paginate(r, c, text)
    if r.random() < 0.18:
        text = fax_header(r, c) + "\n" + text
    if r.random() < 0.1:
        text = text + "\n" + P(r, ["CONFIDENTIAL: This document contains protected health information. Redisclosure is prohibited (45 CFR 164).",
                                   f"Printed {fdate(r, c['date'] + dt.timedelta(days=r.randrange(1, 400)), 0)} by {P(r, ['HIM', 'ROI', 'MEDREC'])}{r.randrange(10, 99)}",
                                   "*** COPY ***", "SCANNED"])
    rate = P(r, [0, 0, 0.002, 0.004, 0.008, 0.015])
    text = ocr_noise(r, text, rate)
    if r.random() < 0.15:
        text = "\n".join(("  " + ln if ln and r.random() < 0.2 else ln) for ln in text.split("\n"))
    return text

# ----------------------------------------------------------------- operative detail
def op_detail(r, c):
    cs = c["case"]
    sd = side_word(c)
    prep = P(r, [
        f"The patient was identified in the preoperative holding area, and the {sd} {cs['joint']} was marked by the surgeon. Consent was verified.",
        f"After informed consent was obtained and the operative site was marked, the patient was brought to the operating room.",
        f"Patient was seen in pre-op, site marked and consent confirmed. {P(r, ['Regional block performed by anesthesia.', 'Anesthesia placed a regional nerve block.', ''])}"])
    abx = P(r, ["Cefazolin 2 g IV was given within 60 minutes of incision.", "Preoperative antibiotics were administered.",
                "Ancef 2 gm IV given prior to incision." if "Cefazolin" not in allergy_str(c) else "Vancomycin 1.5 g IV given prior to incision due to cephalosporin allergy."])
    timeout = P(r, ["A surgical time-out was performed confirming correct patient, procedure, side and site.",
                    "Time-out was completed with all members of the team in agreement.", "Universal protocol time-out performed."])
    k = cs["key"]
    if k in ("acl", "menisc"):
        pos = f"General anesthesia was induced. The {sd} lower extremity was placed in a {P(r, ['leg holder', 'lateral post'])} with a well-padded thigh tourniquet, then prepped and draped in standard sterile fashion. {abx} {timeout}"
        if k == "acl":
            body = (f"Examination under anesthesia revealed a 2B Lachman and 2+ pivot shift. The tourniquet was inflated to 250 mmHg. "
                    f"A midline incision was made and the central third of the patellar tendon was harvested with 10 mm bone plugs. The graft was prepared on the back table and sized to 10 mm. "
                    f"Standard anterolateral and anteromedial portals were established. Diagnostic arthroscopy findings as above. The lateral meniscus tear was repaired with two all-inside devices with excellent stability. "
                    f"The ACL stump was debrided and a limited notchplasty performed. The femoral tunnel was drilled through the anteromedial portal at the anatomic footprint with knee hyperflexed. "
                    f"The tibial tunnel was drilled using a guide set at 55 degrees. The graft was passed and fixed on the femoral side with an interference screw, cycled, and fixed on the tibial side in full extension with posterior drawer. "
                    f"Lachman was negative at the end of the case with full ROM and no impingement. The wounds were irrigated, paratenon closed with 2-0 Vicryl, subcutaneous 3-0 Monocryl and skin with running subcuticular suture.")
        else:
            body = (f"Standard anterolateral and anteromedial portals were established. Systematic diagnostic arthroscopy was performed of the suprapatellar pouch, patellofemoral joint, medial and lateral gutters, "
                    f"medial compartment, intercondylar notch, and lateral compartment. Findings as above. The unstable flap and complex portion of the posterior horn of the medial meniscus were resected with basket biters "
                    f"and a motorized shaver back to a stable, balanced rim, preserving as much meniscus as possible. Unstable chondral flaps on the medial femoral condyle were debrided with the shaver to a stable margin. "
                    f"The knee was copiously irrigated. Portals were closed with 3-0 nylon. {P(r, ['20 mL of 0.25% Marcaine with epinephrine was injected into the joint and portals.', '30 mL of 0.5% ropivacaine was injected intra-articularly.'])}")
    elif k in ("rcuff", "slap"):
        pos = f"{P(r, ['Interscalene block was placed preoperatively.', 'An interscalene nerve block was performed by anesthesia.'])} General anesthesia was induced and the patient was placed in the {P(r, ['beach chair', 'lateral decubitus'])} position with all bony prominences padded. The {sd} upper extremity was prepped and draped. {abx} {timeout}"
        if k == "rcuff":
            body = (f"A standard posterior portal was established and diagnostic arthroscopy performed; findings as above. An anterior portal was made through the rotator interval. The biceps was debrided. "
                    f"The scope was moved to the subacromial space, a lateral portal established, and a bursectomy performed. The CA ligament was released and an acromioplasty performed converting a type II to a type I acromion. "
                    f"The distal clavicle was resected approximately 8-10 mm using a burr. The rotator cuff tear was debrided and the footprint decorticated. Two medial-row anchors were placed, sutures passed in mattress fashion, "
                    f"and tied, then bridged to two lateral-row knotless anchors, restoring a watertight footprint repair. Portals closed with 3-0 nylon; sterile dressing and sling applied.")
        else:
            body = (f"Examination under anesthesia showed 2+ anterior translation. Posterior viewing portal and anterior-superior and anterior-inferior working portals were established. Findings as above. "
                    f"The labrum was elevated off the glenoid neck with an elevator and the glenoid neck was rasped to bleeding bone. Four knotless anchors were placed from 5:30 to 2:30 o'clock with capsulolabral "
                    f"shift, restoring the bumper. Stability was confirmed. The portals were closed with 3-0 nylon and a sling with abduction pillow placed.")
    elif k == "kneeoa":
        pos = f"Spinal anesthesia with IV sedation was administered {P(r, ['and an adductor canal block was performed', ''])}. A tourniquet was placed on the {sd} thigh. The limb was prepped and draped. {abx} {timeout} Tranexamic acid 1 g IV was given."
        body = (f"A midline skin incision and medial parapatellar arthrotomy were performed. Findings as above. The ACL and menisci were excised. The distal femur was cut with an intramedullary guide at 5 degrees valgus, "
                f"and the proximal tibia cut with an extramedullary guide perpendicular to the mechanical axis. Flexion and extension gaps were balanced. Box cut was made. Trial components showed excellent stability, "
                f"full extension and flexion to 125 degrees with good patellar tracking. The patella was resurfaced. Final components were cemented. Periarticular injection of ropivacaine, ketorolac and epinephrine performed. "
                f"The arthrotomy was closed with #1 barbed suture, subcutaneous 2-0 Vicryl, skin with staples. Sterile dressing applied.")
    elif k == "hipoa":
        pos = f"Spinal anesthesia was administered. The patient was positioned {P(r, ['supine on the Hana table', 'in the lateral decubitus position with pegboard'])}. The {sd} hip was prepped and draped. {abx} {timeout} TXA given."
        body = (f"Standard approach to the hip was performed. Capsulotomy was made and the femoral neck osteotomy performed at the templated level. The femoral head was removed; findings as above. The acetabulum was reamed "
                f"sequentially and the cup impacted at approximately 40 degrees abduction and 20 degrees anteversion with two screws for supplemental fixation. The liner was seated. The femur was broached sequentially; "
                f"trial reduction showed equal leg lengths under fluoroscopy and excellent stability. Final components were impacted. The hip was reduced and stable through full ROM. Capsule repaired, fascia closed with barbed suture, skin closed with staples.")
    elif k in ("ankfx", "dradius"):
        pos = f"General anesthesia {P(r, ['with a regional block', ''])} was induced. {'A well-padded tourniquet was applied to the thigh' if k == 'ankfx' else 'An upper arm tourniquet was applied and the arm placed on a hand table'}. The extremity was prepped and draped. {abx} {timeout}"
        if k == "ankfx":
            body = ("A lateral incision was made over the distal fibula, protecting the superficial peroneal nerve. The fracture was exposed, hematoma evacuated, and the fracture anatomically reduced with clamps. "
                    "A 3.5 mm lag screw was placed across the fracture followed by a 1/3 tubular neutralization plate. Fluoroscopy confirmed anatomic reduction and a restored medial clear space. Cotton and external rotation stress tests showed a stable syndesmosis. "
                    "Wound irrigated and closed in layers with 2-0 Vicryl and 3-0 nylon. A well-padded posterior and stirrup splint was applied.")
        else:
            body = ("A modified Henry approach was used. The FCR sheath was incised and the pronator quadratus elevated. The fracture was reduced with traction and manipulation and provisionally held with K-wires. "
                    "The volar locking plate was applied and fixed with distal locking pegs and shaft screws. Fluoroscopy confirmed restoration of radial height, inclination and volar tilt with no intra-articular hardware. "
                    "The DRUJ was stable. Wound closed with 4-0 nylon. Volar splint applied.")
    elif k == "hipfai":
        pos = f"General anesthesia was induced with full muscle relaxation. The patient was placed on a post-less traction table. The {sd} hip was distracted under fluoroscopy. {abx} {timeout}"
        body = ("Anterolateral and mid-anterior portals were established under fluoroscopic guidance. Interportal capsulotomy was performed. Findings as above. The acetabular rim was trimmed and the labrum repaired with three knotless anchors. "
                "Traction was released (traction time 62 minutes). Femoroplasty of the cam lesion was performed with a burr, confirmed with dynamic fluoroscopy. The capsule was closed with high-strength suture. Portals closed with 3-0 nylon.")
    else:  # open_soft / achilles / cts / latepi
        pos = f"{P(r, ['General anesthesia', 'MAC with local anesthesia', 'Regional block with sedation'])} was administered. A tourniquet was applied. The {sd} extremity was prepped and draped in usual sterile fashion. {abx} {timeout}"
        if k == "cts":
            body = ("A 3 cm longitudinal incision was made in line with the radial border of the ring finger. Palmar fascia was divided. The transverse carpal ligament was identified and divided under direct vision completely from proximal to distal, "
                    "protecting the median nerve and its recurrent motor branch. Findings as above. The distal antebrachial fascia was released. Wound irrigated and closed with 4-0 nylon horizontal mattress sutures. Soft bulky dressing applied.")
        elif k == "latepi":
            body = ("A 4 cm incision was made over the lateral epicondyle. The interval between ECRL and EDC was developed, exposing the ECRB origin. Findings as above. Degenerative tissue was excised sharply and the lateral epicondyle decorticated. "
                    "The healthy tendon was repaired to bone with a suture anchor. The interval was closed. Skin closed with subcuticular 3-0 Monocryl. Posterior splint applied at 90 degrees.")
        else:
            body = ("The patient was positioned prone. A posteromedial longitudinal incision was made. The paratenon was incised and preserved. Findings as above. The tendon ends were debrided of hematoma and a Krackow locking suture placed in each stump. "
                    "The ends were tied with the ankle in resting plantarflexion matching the contralateral side. Paratenon closed with 3-0 Vicryl, skin with 3-0 nylon. Splint applied in gravity equinus.")
    end = P(r, ["The patient was awakened and transferred to PACU in stable condition.",
                "Patient tolerated the procedure well and was taken to the recovery room in good condition. All counts correct.",
                "Sponge, needle and instrument counts were correct x2. The patient was extubated and taken to PACU in stable condition.",
                f"There were no complications. {nm(c['surgeon'], 3)} was present and scrubbed for the entire procedure."])
    return prep, pos, body, end

def proc_name(r, c):
    cs = c["case"]
    if not cs["surg"]:
        return f"nonoperative management of {cs['dx']}, {side_word(c)}"
    s = P(r, [cs["surg"], cs["surgalt"]])
    st = r.randrange(3)
    if st == 0:
        return f"{side_word(c, True)} {s[0].lower() + s[1:]}"
    if st == 1:
        return f"{s}, {side_word(c)}"
    return f"{s} ({side_word(c)[0].upper()})"

def lc(t):
    """lower-case a phrase but keep acronyms (ACL, ORIF, ECRB ...)"""
    out = []
    for w in t.split(" "):
        core = w.strip("(),;")
        if len(core) > 1 and (core.isupper() or any(ch.isdigit() for ch in core)):
            out.append(w)
        else:
            out.append(w.lower())
    return " ".join(out)

def lc1(t):
    return t if (len(t) > 1 and t[1].isupper()) else t[0].lower() + t[1:]

def tq_time(r):
    return r.randrange(28, 110)

# ================================================================= TYPE GENERATORS
def g_operative_note(r):
    c = make_ctx(r, surgical=True)
    c["date"] = c["surgdate"]
    cs = c["case"]
    prep, pos, body, end = op_detail(r, c)
    pre = f"{dxline(c)}"
    post = P(r, ["Same.", "Same as above.", f"{dxline(c)}; see findings", "Same, with findings as noted"])
    pn = proc_name(r, c)
    asst = P(r, [nm(c["pa"]), "None", f"{nm(c['pa'])} (assistant necessary for retraction and positioning)", "Resident: " + P(r, ["J. Tamsin, MD (PGY-4)", "A. Bhatt, MD (PGY-3)"])])
    anes = P(r, ["General endotracheal", "General LMA + regional block", "Spinal with MAC", "General", "Regional with sedation"])
    if cs["fam"] in ("tka", "tha"):
        anes = P(r, ["Spinal with IV sedation", "Spinal anesthetic + adductor canal block", "General"])
    ebl = P(r, ["minimal", "<10 mL", "25 mL", "50 mL", "150 mL", "200 cc", "300 mL"]) if cs["fam"] not in ("tka", "tha") else P(r, ["250 mL", "300 cc", "400 mL"])
    tq = f"{tq_time(r)} minutes at {P(r, ['250', '300', '275'])} mmHg" if cs["fam"] in ("knee_scope", "tka", "orif", "open_soft") else "N/A"
    indic = f"{mrs(c)} is a {c['age']}-year-old with {cs['imp'][0].lower() + cs['imp'][1:]} {P(r, ['who failed conservative management', 'with persistent symptoms', 'who elected surgical treatment after discussion of risks and benefits', ''])}. Risks, benefits and alternatives were discussed and informed consent obtained."
    st = r.randrange(7)
    if st == 0:
        parts = [letterhead(r, c), "", "OPERATIVE REPORT", "", banner(r, c), "",
                 f"DATE OF SURGERY: {fdate(r, c['date'])}", f"SURGEON: {nm(c['surgeon'])}", f"ASSISTANT: {asst}",
                 f"PREOPERATIVE DIAGNOSIS: {pre}", f"POSTOPERATIVE DIAGNOSIS: {post}", f"PROCEDURE PERFORMED: {pn}",
                 f"ANESTHESIA: {anes}", f"ESTIMATED BLOOD LOSS: {ebl}", f"TOURNIQUET TIME: {tq}", f"COMPLICATIONS: None.",
                 f"SPECIMENS: {cs['spec'] or 'None'}", f"IMPLANTS: {cs['implants']}", "",
                 "INDICATIONS FOR PROCEDURE:", indic, "", "FINDINGS:", cs["opfind"], "",
                 "DESCRIPTION OF PROCEDURE:", f"{prep} {pos}", "", body, "", end, "",
                 "POSTOPERATIVE PLAN:", f"{cs['pt']}. {P(r, ['DVT prophylaxis with aspirin 81 mg BID x 4 weeks.', 'Enoxaparin 40 mg daily x 14 days.', 'Early mobilization.'])} Follow up in clinic in 10-14 days.",
                 "", sig(r, c, c["surgeon"])]
    elif st == 1:
        parts = [P(r, ["Brief Op Note", "Immediate Post-Operative Note", "BRIEF OPERATIVE NOTE", "Post-op Note"]),
                 f"Date: {fdate(r, c['date'], 0)}   Time: {ftime(r)}", f"Pt: {pname(c, 2)}  MRN {c['mrn']}", "",
                 f"Pre-op Dx: {pre}", f"Post-op Dx: {post}", f"Procedure: {pn}", f"Surgeon: {nm(c['surgeon'], 1)}",
                 f"Assist: {asst}", f"Anesthesia: {anes}", f"EBL: {ebl}", f"Fluids: {r.randrange(5, 20) * 100} mL LR",
                 f"UOP: {P(r, ['not recorded', 'n/a', str(r.randrange(2, 6) * 100) + ' mL'])}", f"Drains: {P(r, ['None', 'None', 'Hemovac x1'])}",
                 f"Specimens: {cs['spec'] or 'none'}", f"Implants: {P(r, ['see implant log', cs['implants']])}", "Complications: none apparent",
                 f"Findings: {cs['opfind']}", f"Condition: {P(r, ['stable to PACU', 'Stable', 'Good, extubated in OR'])}",
                 f"Dispo: {P(r, ['Home when meets PACU criteria', 'Admit to ortho floor', 'Overnight observation', '23h obs'])}",
                 "", f"{nm(c['pa'])} for {nm(c['surgeon'], 3)}" if r.random() < 0.5 else nm(c["surgeon"])]
    elif st == 2:
        parts = [c["fac"]["name"].upper(), P(r, ["SURGICAL SERVICES", "PERIOPERATIVE SERVICES", "OPERATING ROOM REPORT"]), "",
                 f"Patient Name: {pname(c, 1)}      Account: {c['acct']}", f"Date of Procedure: {fdate(r, c['date'], 2)}", "",
                 "1. Preoperative diagnosis: " + pre, "2. Postoperative diagnosis: " + post, "3. Operation: " + pn,
                 "4. Surgeon: " + nm(c["surgeon"]), "5. Anesthesia: " + anes, "6. Anesthesiologist: " + nm(c["anes"]),
                 "7. Estimated blood loss: " + ebl, "8. Complications: None", "", "OPERATIVE FINDINGS:", cs["opfind"], "",
                 "PROCEDURE IN DETAIL:", prep, pos, body, end, "", sig(r, c, c["surgeon"])]
    elif st == 3:
        parts = [f"{pname(c)}\n{c['mrn']}", "", f"{P(r, ['OPERATION', 'PROCEDURE NOTE - OR', 'SURGICAL REPORT'])} {fdate(r, c['date'])}", "",
                 f"PREOP DX: {pre}.  POSTOP DX: {P(r, ['SAME', 'Same'])}.", f"OPERATION: {pn.upper()}.",
                 f"SURGEON: {nm(c['surgeon'], 2)}.  ANESTHESIA: {anes.upper()}.", "",
                 f"INDICATIONS: {indic}", "",
                 f"PROCEDURE: {prep} {pos} {body} {end}", "",
                 f"TOURNIQUET TIME: {tq}.  EBL: {ebl}.  COMPLICATIONS: NONE.", "", sig(r, c, c["surgeon"])]
    elif st == 4:
        parts = [letterhead(r, c, "Orthopaedic Surgery"), "",
                 f"Procedure Date: {fdate(r, c['date'], 0)} | Location: OR {r.randrange(1, 12)} | Case #{r.randrange(10000, 99999)}",
                 f"Patient: {pname(c, 2)} | DOB {fdate(r, c['dob'], 0)} | MRN {c['mrn']}", "",
                 f"Primary Surgeon: {nm(c['surgeon'])}", f"Assistant(s): {asst}", f"Anesthesia Type: {anes}",
                 f"CPT: {cs['cpt']}   Dx: {icd(c)}", "",
                 "Diagnosis", f"  Pre: {pre}", f"  Post: {post}", "", "Procedure(s)", f"  {pn}", "",
                 "Operative Findings", "  " + cs["opfind"], "", "Implants", "  " + cs["implants"], "",
                 "Narrative", prep + " " + pos, body, end, "",
                 f"Wound class: {P(r, ['I - Clean', 'Clean'])}   EBL: {ebl}   Tourniquet: {tq}", "",
                 sig(r, c, c["surgeon"])]
    elif st == 5:
        parts = [P(r, ["OPERATIVE NOTE", "Op Note", "DICTATED OPERATIVE NOTE", ""]), banner(r, c), "",
                 f"This {c['age']}-year-old {'male' if c['sex'] == 'M' else 'female'} was taken to the operating room on {fdate(r, c['date'], 2)} for {lc(pn)} "
                 f"for a preoperative diagnosis of {lc(pre)}. The surgeon was {nm(c['surgeon'])}, assisted by {asst}. Anesthesia was {anes.lower()}.", "",
                 f"{indic}", "", f"{prep} {pos} {body}", "", f"Findings at surgery: {cs['opfind']}", "",
                 f"{end} Estimated blood loss {ebl}. Implants: {cs['implants']}.", "",
                 f"Plan: {P(r, ['Discharge home today', 'Admit for pain control and PT', 'Discharge when ambulating safely'])}. {cs['restr']}", "",
                 sig(r, c, c["surgeon"])]
    else:
        parts = [letterhead(r, c), "", f"OPERATIVE REPORT - {P(r, ['ATTENDING', 'RESIDENT DICTATION'])}", banner(r, c), "",
                 f"Attending: {nm(c['surgeon'])}  Resident: {P(r, ['L. Okoye, MD', 'D. Fennimore, MD', 'S. Patel, MD'])}",
                 f"Indications: {indic}", f"Preoperative Diagnosis: {pre}", f"Postoperative Diagnosis: {post}", f"Procedure: {pn}",
                 f"Anesthesia: {anes}", f"Blood Loss: {ebl}", f"Drains: none", f"Specimens: {cs['spec'] or 'None'}", "",
                 "Description:", prep, pos, body, "Findings: " + cs["opfind"], end, "",
                 "Attending attestation: I was present and scrubbed for the key and critical portions of the procedure and immediately available throughout.",
                 sig(r, c, c["surgeon"])]
    return c, "\n".join(parts)


def dc_meds(r, c):
    cs = c["case"]
    lst = [P(r, ["Oxycodone 5 mg 1-2 tabs PO q4-6h PRN severe pain, #40", "Hydrocodone/acetaminophen 5/325 mg 1-2 tabs q4-6h PRN pain #30",
                 "Tramadol 50 mg PO q6h PRN pain #30", "Oxycodone/APAP 5/325 1-2 tabs PO q4h PRN #42"]),
           P(r, ["Acetaminophen 1000 mg PO q8h", "Tylenol 650 mg q6h scheduled"]),
           P(r, ["Aspirin 81 mg PO BID x 4 weeks (DVT prophylaxis)", "Enoxaparin 40 mg SC daily x 14 days", "Rivaroxaban 10 mg PO daily x 35 days", "Aspirin 325 mg daily x 6 weeks"]),
           P(r, ["Docusate 100 mg PO BID while on narcotics", "Senna-S 2 tabs qHS", "Polyethylene glycol 17 g daily PRN constipation"]),
           P(r, ["Ondansetron 4 mg ODT q8h PRN nausea", "Celecoxib 200 mg daily", "Meloxicam 15 mg daily"])]
    lst += [f"{m[0].capitalize()} {m[1]} {m[2]} (resume home med)" for m in c["meds"]]
    return lst

def g_discharge_summary(r):
    cs0 = P(r, [x for x in SURG_CASES if x["key"] in ("kneeoa", "hipoa", "ankfx", "dradius", "acl", "rcuff")])
    c = make_ctx(r, case=cs0)
    cs = c["case"]
    adm = c["surgdate"]
    los = 1 if cs["key"] in ("acl", "rcuff", "dradius") else r.randrange(1, 4)
    dcd = adm + dt.timedelta(days=los)
    c["date"] = dcd
    pn = proc_name(r, c)
    meds = dc_meds(r, c)
    disp = P(r, ["Home with self-care", "Home with home health PT", "Home with outpatient PT", "Skilled nursing facility", "Home with family"])
    if cs["key"] in ("kneeoa", "hipoa") and c["age"] > 78 and r.random() < 0.5:
        disp = P(r, ["Skilled nursing facility (Brightwater Manor)", "Acute inpatient rehabilitation"])
    hgb = round(r.uniform(9.1, 12.4), 1)
    course = (f"The patient was admitted on {fdate(r, adm, 0)} and underwent {lc(pn)} without intraoperative complication. "
              f"Postoperatively {he(c)} was placed on {P(r, ['a multimodal pain regimen', 'oral analgesics and scheduled acetaminophen', 'PCA, transitioned to oral medications on POD 1'])}. "
              f"Physical therapy was initiated on the day of surgery{P(r, [' and ' + he(c) + ' progressed to ambulating ' + str(r.randrange(100, 300)) + ' feet with a walker', ''])}. "
              f"{P(r, ['Post-op hemoglobin nadir was ' + str(hgb) + ' g/dL; no transfusion required.', 'Hemoglobin remained stable.', 'Mild post-operative nausea resolved with ondansetron.', 'Urinary retention on POD 0 required a single straight cath, resolved.', 'Course was uncomplicated.'])} "
              f"Dressing was clean, dry and intact. Neurovascular exam remained intact. {he(c).capitalize()} was tolerating a regular diet, voiding, and pain was controlled on oral medications at the time of discharge.")
    fu = f"{nm(c['surgeon'], 3)} in {P(r, ['10-14 days', '2 weeks', '12 days'])} for wound check{' and staple removal' if cs['fam'] in ('tka', 'tha') else P(r, [' and suture removal', ''])}; PCP {nm(c['pcp'], 3)} in 2-4 weeks."
    st = r.randrange(7)
    if st == 0:
        parts = [letterhead(r, c), "", P(r, ["DISCHARGE SUMMARY", "Discharge Summary", "HOSPITAL DISCHARGE SUMMARY"]), "", banner(r, c), "",
                 f"ADMISSION DATE: {fdate(r, adm, 0)}", f"DISCHARGE DATE: {fdate(r, dcd, 0)}", f"ATTENDING PHYSICIAN: {nm(c['surgeon'])}",
                 f"PRIMARY CARE: {nm(c['pcp'])}", "", "ADMITTING DIAGNOSIS:", dxline(c), "", "DISCHARGE DIAGNOSES:", f"1. {dxline(c)}, status post {lc(pn)}",
                 *[f"{i + 2}. {x.capitalize() if not x.isupper() else x}" for i, x in enumerate(p for p in c['pmh'] if p != 'None')], "",
                 "PROCEDURES:", f"{pn} on {fdate(r, adm, 0)}", "", "HOSPITAL COURSE:", course, "",
                 "CONDITION AT DISCHARGE: " + P(r, ["Stable.", "Good.", "Improved, stable."]), f"DISPOSITION: {disp}.", "",
                 "DISCHARGE MEDICATIONS:", *[f"{i + 1}. {m}" for i, m in enumerate(meds)], "",
                 f"ACTIVITY: {cs['restr']}", f"DIET: {P(r, ['Regular', 'Resume prior diet', 'Carbohydrate-controlled' if 'type 2 diabetes' in c['pmh'] else 'Regular'])}",
                 f"FOLLOW-UP: {fu}", "", sig(r, c, c["surgeon"] if r.random() < 0.6 else c["pa"])]
    elif st == 1:
        parts = [f"{c['fac']['short']} Inpatient Orthopaedics - Discharge Summary", f"{pname(c, 2)} | MRN {c['mrn']} | Adm {fdate(r, adm, 1)} | D/C {fdate(r, dcd, 1)} | LOS {los}", "",
                 "Principal Problem", f"  {dxline(c)} ({icd(c)})", "Active Problems", *[f"  {p}" for p in c["pmh"]], "",
                 "Operations this admission", f"  {fdate(r, adm, 0)}: {pn} - {nm(c['surgeon'], 1)}", "",
                 "Hospital Course by Day"]
        for d in range(los + 1):
            parts.append(f"  POD {d}: " + P(r, ["Surgery; PT eval; pain controlled.", "Ambulated with PT; Hgb stable; drain removed.", "Cleared by PT for discharge; voiding; tolerating diet.",
                                                 "Pain improved, transitioned to PO meds.", "Worked with OT on ADLs."]))
        parts += ["", "Discharge Exam", f"  {vitals_str(r, c, 1)}", f"  Incision C/D/I. {P(r, ['Compartments soft.', 'Mild swelling.', 'No erythema.'])} NVI distally.", "",
                  "Discharge Medications", *[f"  - {m}" for m in meds], "", f"Disposition: {disp}", f"Follow-up: {fu}", "",
                  sig(r, c, c["pa"])]
    elif st == 2:
        parts = [letterhead(r, c), "", banner(r, c), "",
                 f"Reason for hospitalization: {dxline(c)} - admitted for elective {lc(pn)}." if cs["key"] in ("kneeoa", "hipoa", "acl", "rcuff") else f"Reason for hospitalization: {dxline(c)} after {fill(c, P(r, cs['mech']))}.",
                 "", f"Significant findings: {cs['xr']} {P(r, ['Pre-op labs unremarkable.', 'Pre-op ECG normal sinus rhythm.', ''])}", "",
                 f"Procedures and treatment provided: {pn}. {course}", "",
                 f"Patient's condition at discharge: {P(r, ['Stable', 'Good', 'Fair, improving'])}. Discharged to: {disp}.", "",
                 "Patient and family instructions: " + f"{cs['restr']} Keep dressing dry. Call for fever > 101.5, increasing redness, drainage, calf pain or shortness of breath.", "",
                 "Medications at discharge: " + "; ".join(meds) + ".", "", f"Attending: {nm(c['surgeon'])}", sig(r, c, c["surgeon"])]
    elif st == 3:
        parts = [c["fac"]["name"], "SHORT STAY / 23-HOUR OBSERVATION DISCHARGE NOTE", "", banner(r, c), "",
                 f"Admit: {fdate(r, adm, 0)} {ftime(r)}   Discharge: {fdate(r, adm + dt.timedelta(days=1), 0)} {ftime(r)}",
                 f"Procedure: {pn}", f"Complications: {P(r, ['None', 'None', 'PONV, resolved'])}",
                 f"Overnight course: {P(r, ['Uneventful. Pain controlled with oral meds.', 'Required IV hydromorphone x1 overnight, then controlled on PO.', 'Block wore off at 0300; pain managed with oxycodone.'])}",
                 f"Exam at discharge: Afebrile. {vitals_str(r, c, 0)}. Dressing dry. Sensation and motor intact distally.",
                 f"Discharge meds: {', '.join(m.split(' (')[0] for m in meds[:4])}.", f"Activity: {cs['restr']}", f"F/U: {fu}", "",
                 nm(c["pa"]) + " / " + nm(c["surgeon"])]
    elif st == 4:
        fim = lambda: r.randrange(3, 7)
        parts = [f"{c['fac']['name']} - Acute Rehabilitation Unit", "REHABILITATION DISCHARGE SUMMARY", "", banner(r, c), "",
                 f"Dates of rehabilitation stay: {fdate(r, adm + dt.timedelta(days=3), 0)} - {fdate(r, dcd + dt.timedelta(days=10), 0)}",
                 f"Impairment group: Orthopaedic - {'knee' if cs['key'] == 'kneeoa' else 'hip' if cs['key'] == 'hipoa' else 'other'} replacement/fracture",
                 f"Etiologic diagnosis: {dxline(c)}, s/p {lc(pn)} {fdate(r, adm, 0)}", "",
                 "FUNCTIONAL STATUS (admission -> discharge):",
                 f"  Transfers bed/chair: {fim()} -> {r.randrange(5, 8)}", f"  Locomotion walk: {fim()} -> {r.randrange(5, 8)} ({r.randrange(150, 400)} ft, rolling walker)",
                 f"  Stairs: {r.randrange(1, 4)} -> {r.randrange(4, 7)}", f"  Lower body dressing: {fim()} -> {r.randrange(5, 8)}", "",
                 "COURSE:", f"Patient participated in 3 hours of therapy daily. {course}", "",
                 "DISCHARGE MEDICATIONS:", *meds, "", f"DISCHARGE DISPOSITION: {P(r, ['Home with spouse', 'Home with daughter', 'Home with home health'])}",
                 f"FOLLOW UP: {fu}", "", sig(r, c, P(r, [("Renata", "Gould", "MD, PM&R"), ("Ahmed", "Sarraf", "DO, Physiatry")]))]
    elif st == 5:
        parts = [f"DISCHARGE SUMMARY  {pname(c, 1)}  #{c['mrn']}", "",
                 f"{mrs(c)} is a {c['age']}-year-old {'man' if c['sex'] == 'M' else 'woman'} admitted {fdate(r, adm, 2)} under the care of {nm(c['surgeon'])} "
                 f"for {lc(pn)}, discharged {fdate(r, dcd, 2)}.", "", course, "",
                 f"{P(r, ['Labs at discharge', 'Last labs'])}: Hgb {hgb}, Hct {round(hgb * 3, 1)}, WBC {round(r.uniform(6, 12), 1)}, Na {r.randrange(134, 143)}, K {round(r.uniform(3.6, 4.8), 1)}, Cr {round(r.uniform(0.6, 1.2), 2)}.", "",
                 f"{he(c).capitalize()} goes home on: " + ", ".join(m.split(",")[0] for m in meds) + ".", "",
                 f"Followup {fu} {cs['pt']}.", "", "cc: " + nm(c["pcp"]), "", sig(r, c, c["surgeon"])]
    else:
        chk = lambda b: "[X]" if b else "[ ]"
        home = disp.startswith("Home")
        parts = [c["fac"]["name"].upper(), P(r, ["PHYSICIAN DISCHARGE RECORD", "DISCHARGE / TRANSFER SUMMARY FORM", "INPATIENT DISCHARGE FORM"]), f"Form {c['fac']['short']}-{r.randrange(100, 999)}", "",
                 banner(r, c), "", f"Admit Date: {fdate(r, adm, 0)}      Discharge Date: {fdate(r, dcd, 0)}",
                 f"Final Diagnosis: {dxline(c)}      ICD: {icd(c)}", f"Operative procedures: {pn}      CPT: {cs['cpt']}",
                 f"Complications: {chk(True)} None  {chk(False)} Yes: ________", "",
                 f"Discharge to: {chk(home)} Home  {chk(not home and 'nursing' in disp)} SNF  {chk('rehab' in disp)} Rehab  {chk(False)} Other",
                 f"Condition: {chk(True)} Stable  {chk(False)} Guarded  {chk(False)} Critical", "",
                 "Brief hospital course:", course, "", "Discharge Medications: see attached medication reconciliation", *[f"  {m}" for m in meds[:3]], "",
                 f"Follow-up: {fu}", "", f"Physician signature: ____________________  {nm(c['surgeon'])}   Date: {fdate(r, dcd, 0)}"]
    return c, "\n".join(parts)

def pe_systems(r, c):
    return "\n".join([
        f"Vitals: {vitals_str(r, c)}",
        f"General: {P(r, ['Well-developed, well-nourished, NAD.', 'Alert, oriented, no acute distress.', 'Pleasant, appears stated age.'])}",
        f"HEENT: {P(r, ['NC/AT, PERRLA, EOMI. Oropharynx clear.', 'Normocephalic. Mallampati II. Dentition intact.', 'Unremarkable.'])}",
        f"Neck: {P(r, ['Supple, no JVD, no bruits.', 'Supple, full ROM.'])}",
        f"Lungs: {P(r, ['Clear to auscultation bilaterally.', 'CTAB, no wheezes, rales or rhonchi.', 'Clear.'])}",
        f"Heart: {P(r, ['RRR, no murmurs, rubs or gallops.', 'Regular rate and rhythm, S1 S2 normal.', 'RRR without murmur.'])}",
        f"Abdomen: {P(r, ['Soft, non-tender, non-distended. BS+.', 'Benign.', 'Soft, NT/ND.'])}",
        f"Extremities: {c['case']['exam']}",
        f"Skin: {P(r, ['Intact over operative site, no rashes or open lesions.', 'Warm, dry, intact.'])}",
        f"Neuro: {P(r, ['A&Ox3, CN II-XII grossly intact.', 'Nonfocal.', 'Grossly intact.'])}"])

def g_history_physical(r):
    c = make_ctx(r, surgical=r.random() < 0.85)
    cs = c["case"]
    pn = proc_name(r, c) if cs["surg"] else "nonoperative management"
    asa = P(r, ["I", "II", "II", "III"]) if c["age"] > 40 else P(r, ["I", "I", "II"])
    st = r.randrange(7)
    if st == 0:
        parts = [letterhead(r, c), "", P(r, ["HISTORY AND PHYSICAL", "PREOPERATIVE HISTORY AND PHYSICAL", "H&P", "ADMISSION HISTORY & PHYSICAL"]), banner(r, c), "",
                 sec(r, ["Chief Complaint", "CC"], f"{region(c).capitalize()} pain.", 0), "",
                 sec(r, ["History of Present Illness", "HPI"], hpi(r, c) + f" {he(c).capitalize()} presents for {lc(pn)}.", 0), "",
                 sec(r, ["Past Medical History", "PMH"], pmh_str(r, c), 0), sec(r, ["Past Surgical History", "PSH"], psh_str(r, c), 0),
                 sec(r, ["Medications", "Current Medications"], meds_str(r, c), 0), sec(r, ["Allergies"], allergy_str(c), 0),
                 sec(r, ["Social History"], social_str(r, c), 0), sec(r, ["Family History"], P(r, ["Noncontributory.", "No family history of anesthesia complications or bleeding disorders.", "Father with CAD. Mother with osteoarthritis."]), 0),
                 sec(r, ["Review of Systems"], ros_str(r), 0), "", H(r, "Physical Examination", 0), pe_systems(r, c), "",
                 sec(r, ["Imaging", "Radiographs"], cs["xr"], 0), "",
                 sec(r, ["Assessment and Plan", "Impression/Plan"], f"{dxline(c)}. Plan {lc(pn)}. ASA class {asa}. Risks, benefits and alternatives discussed; consent signed. {P(r, ['Medically optimized per PCP.', 'Proceed as scheduled.', 'NPO after midnight.'])}", 0),
                 "", sig(r, c, c["surgeon"])]
    elif st == 1:
        parts = [c["fac"]["name"], P(r, ["Pre-Procedure H&P Update / Interval Note", "H&P INTERVAL UPDATE (within 24 hours of procedure)", "UPDATE TO HISTORY AND PHYSICAL"]), "",
                 banner(r, c), "", f"Date of H&P being updated: {fdate(r, c['date'] - dt.timedelta(days=r.randrange(3, 28)), 0)}",
                 f"Procedure: {pn}", "", "[X] I have reviewed the H&P and examined the patient. There are no changes.",
                 "[ ] I have reviewed the H&P and examined the patient. Changes are noted below:", "",
                 f"Heart: {P(r, ['RRR', 'Regular'])}   Lungs: {P(r, ['Clear', 'CTA'])}   Site: {region(c)} marked", f"Allergies reviewed: {allergy_str(c)}",
                 f"ASA: {asa}   NPO since: {P(r, ['midnight', '2200', '2300'])}", "", "--- H&P of record ---",
                 f"{c['age']} y/o {c['sex']} with {cs['dx']} {region(c)}. {hpi(r, c, 1)}", f"PMH: {pmh_str(r, c)} Meds: {meds_str(r, c, 1)}",
                 f"Exam: {cs['exam']}", f"Plan: {pn}.", "", sig(r, c, P(r, [c["surgeon"], c["pa"]]))]
    elif st == 2:
        cs2 = P(r, [x for x in CASES if x["key"] in ("ankfx", "dradius", "achilles")])
        c = make_ctx(r, case=cs2)
        cs = cs2
        c["doi"] = c["date"]
        pn = proc_name(r, c)
        parts = [P(r, ["ADMISSION HISTORY AND PHYSICAL", "Ortho Admission H&P", "HISTORY & PHYSICAL - ORTHOPAEDIC TRAUMA"]), f"{pname(c, 1)}   {c['mrn']}   Adm {fdate(r, c['date'], 0)}", "",
                 f"CC: {P(r, ['Injury', 'Fall', 'Pain and swelling'])} {region(c)}", "",
                 f"HPI: {c['age']} yo {'M' if c['sex'] == 'M' else 'F'} who {fill(c, P(r, cs['mech']))} today. Seen in ED, x-rays demonstrate {cs['xr'][0].lower() + cs['xr'][1:]} "
                 f"Closed reduction and splinting performed in ED. Admitted for elevation, pain control and {lc(pn)}. Denies head strike, LOC, other injuries.", "",
                 f"PMH: {pmh_str(r, c)}", f"PSH: {psh_str(r, c)}", f"Meds: {meds_str(r, c, 1)}", f"All: {allergy_str(c)}", f"SH: {social_str(r, c)}", "",
                 "PE:", pe_systems(r, c), "", f"Labs: WBC {round(r.uniform(5, 11), 1)}, Hgb {round(r.uniform(11.8, 15.6), 1)}, Plt {r.randrange(160, 390)}, INR {round(r.uniform(0.9, 1.1), 1)}, BMP wnl.", "",
                 "A/P:", f"1. {dxline(c)} - plan {lc(pn)} {P(r, ['tomorrow', 'when swelling allows', 'today'])}. NPO at midnight. Elevate. Ice. NV checks q4h.",
                 f"2. Pain - oxycodone PRN, scheduled acetaminophen.", f"3. DVT ppx - {P(r, ['enoxaparin 40 mg daily', 'SCDs, hold chemoprophylaxis until post-op'])}.",
                 *[f"{i + 4}. {p} - continue home meds." for i, p in enumerate(x for x in c['pmh'] if x != 'None')], "", sig(r, c, c["pa"])]
    elif st == 3:
        rcri = r.randrange(0, 2)
        parts = [f"{P(r, ['Harlow Bay', 'Kestrel Falls', 'Cedar Bluff'])} Family Medicine Associates", f"{P(r, ['PREOPERATIVE MEDICAL EVALUATION', 'Pre-operative H&P for Surgical Clearance', 'Preop Physical'])}", "",
                 f"Patient: {pname(c)}   DOB {fdate(r, c['dob'], 0)}   Date: {fdate(r, c['date'] - dt.timedelta(days=r.randrange(5, 25)), 0)}",
                 f"Requested by: {nm(c['surgeon'])}, {c['fac']['name']}", f"Planned procedure: {pn}   Date of surgery: {fdate(r, c['surgdate'], 0)}", "",
                 "History:", f"{hpi(r, c, 1)} {he(c).capitalize()} {P(r, ['can climb 2 flights of stairs without chest pain or dyspnea', 'walks 1 mile daily without symptoms', 'has functional capacity > 4 METs'])}.",
                 f"Prior anesthesia: {P(r, ['No problems.', 'PONV with prior surgery.', 'None.'])}", f"PMH: {pmh_str(r, c)}", f"Medications:\n{meds_str(r, c, 0)}", f"Allergies: {allergy_str(c)}", "",
                 "Exam:", pe_systems(r, c), "", f"Data: ECG {P(r, ['NSR, normal', 'sinus rhythm, no acute changes', 'sinus bradycardia 56, otherwise normal'])}. CBC, BMP within normal limits{', HbA1c 6.9%' if 'type 2 diabetes' in c['pmh'] else ''}.", "",
                 "Assessment:", f"RCRI score {rcri}. {P(r, ['Low', 'Acceptable'])} risk for {P(r, ['intermediate', 'low'])}-risk orthopaedic procedure.",
                 f"Recommendations: {P(r, ['Hold aspirin 7 days prior', 'Hold metformin morning of surgery', 'Continue beta blocker', 'Hold lisinopril morning of surgery', 'No additional testing needed'])}. "
                 f"{P(r, ['Patient is medically optimized for surgery.', 'OK to proceed from a medical standpoint.', 'Cleared for surgery.'])}", "", sig(r, c, c["pcp"])]
    elif st == 4:
        parts = [f"{c['fac']['short']} | H&P | {fdate(r, c['date'], 0)}", banner(r, c), "",
                 "Subjective", f"  Reason for admission: {pn}", f"  History: {hpi(r, c)}", f"  Medical hx: {pmh_str(r, c)}",
                 f"  Surgical hx: {psh_str(r, c)}", f"  Home meds: {meds_str(r, c, 1)}", f"  Allergies: {allergy_str(c)}", f"  Social: {social_str(r, c)}", "",
                 "Objective", f"  {vitals_str(r, c, 1)}", f"  Airway: Mallampati {P(r, ['I', 'II', 'III'])}, TM distance > 3 FB, neck ROM full",
                 f"  CV: {P(r, ['RRR', 'regular'])}  Resp: {P(r, ['clear', 'CTA bilat'])}", f"  MSK ({region(c)}): {cs['exam']}", "",
                 "Assessment / Plan", f"  {dxline(c)} -> {pn}", f"  ASA {asa}; anesthesia plan per anesthesia team", f"  VTE risk: {P(r, ['low', 'moderate'])}; {P(r, ['mechanical + ASA', 'SCDs', 'enoxaparin'])}",
                 f"  Consent: signed, in chart", "", sig(r, c, c["pa"])]
    elif st == 5:
        parts = [letterhead(r, c, "Joint Replacement Center"), "", "HISTORY AND PHYSICAL EXAMINATION", "",
                 f"NAME: {pname(c, 1)}    DATE: {fdate(r, c['date'], 0)}    ATTENDING: {nm(c['surgeon'], 2)}", "",
                 f"{mrs(c)} is a {c['age']}-year-old {'male' if c['sex'] == 'M' else 'female'} {P(r, ['known to our practice', 'referred by ' + nm(c['pcp'], 3), 'seen in the office'])} with {cs['dx']} of the {region(c)}. "
                 f"{hpi(r, c)} After discussion of options, {he(c)} has elected to proceed with {lc(pn)}.", "",
                 f"PAST MEDICAL HISTORY: {pmh_str(r, c)} PAST SURGICAL HISTORY: {psh_str(r, c)} MEDICATIONS: {meds_str(r, c, 1)} ALLERGIES: {allergy_str(c).upper()}. "
                 f"SOCIAL HISTORY: {social_str(r, c)} FAMILY HISTORY: Noncontributory. REVIEW OF SYSTEMS: {ros_str(r)}", "",
                 f"PHYSICAL EXAMINATION: {vitals_str(r, c, 0)}. {P(r, ['HEENT unremarkable. Lungs clear. Heart regular.', 'Chest clear. Cardiac regular rhythm without murmur. Abdomen benign.'])} "
                 f"Examination of the {region(c)}: {cs['exam']}", "", f"X-RAYS: {cs['xr']}", "",
                 f"IMPRESSION: {dxline(c)}.", f"PLAN: {pn}.", "", sig(r, c, c["surgeon"])]
    else:
        y = lambda: P(r, ["[ ]", "[X]"])
        parts = [c["fac"]["name"], "SHORT STAY HISTORY & PHYSICAL", f"(Ambulatory Surgery - for procedures under MAC/regional/general)", "", banner(r, c), "",
                 f"Planned procedure: {pn}", f"Indication: {dxline(c)}", "",
                 f"Cardiac: [ ] CAD [ ] CHF [{'X' if 'HTN' in c['pmh'] else ' '}] HTN [ ] arrhythmia", f"Pulmonary: [{'X' if 'asthma' in c['pmh'] else ' '}] asthma [ ] COPD [ ] OSA",
                 f"Endocrine: [{'X' if 'type 2 diabetes' in c['pmh'] else ' '}] DM [{'X' if 'hypothyroidism' in c['pmh'] else ' '}] thyroid", f"Bleeding disorder: [ ] yes [X] no   Anticoagulants: [ ] yes [X] no",
                 f"Meds: {meds_str(r, c, 1)}", f"Allergies: {allergy_str(c)}", "", f"Exam: Heart {P(r, ['RRR', 'nl'])}  Lungs {P(r, ['clear', 'nl'])}  Airway {P(r, ['nl', 'Mallampati II'])}",
                 f"Operative extremity: {cs['exam']}", "", f"ASA Class: {asa}   Plan: proceed with surgery as scheduled", "", f"Physician: ______________ {nm(c['surgeon'], 1)}   Date/Time: {fdate(r, c['date'], 0)} {ftime(r)}"]
    return c, "\n".join(parts)


def g_progress_note(r):
    c = make_ctx(r)
    cs = c["case"]
    st = r.randrange(8)
    wks = r.randrange(1, 20)
    if st == 0:
        parts = [letterhead(r, c), "", P(r, ["Follow-up Visit", "Return Visit", "OFFICE VISIT", "Established Patient Visit", ""]), banner(r, c), "",
                 f"S: {mrs(c)} returns {P(r, ['for follow-up of', 'for re-evaluation of', 'today regarding'])} {region(c)} {cs['dx']}. "
                 f"{P(r, ['Reports improvement with therapy.', 'States pain is about the same.', 'Notes 50% improvement since injection.', 'Still having pain with activity.'])} Pain {c['pain']}/10.",
                 f"O: {vitals_str(r, c, 2)}. {cs['exam']}", f"A: {dxline(c)} ({icd(c)}).", "P: " + " ".join(plan_str(r, c)), "", sig(r, c, P(r, [c["surgeon"], c["sportsmd"], c["pa"]]))]
    elif st == 1 and cs["surg"]:
        d = c["surgdate"] + dt.timedelta(days=r.randrange(10, 16))
        c["date"] = d
        parts = [f"{c['fac']['name']}", f"Post-operative Visit", banner(r, c), "",
                 f"Date of surgery: {fdate(r, c['surgdate'], 0)}  Procedure: {proc_name(r, c)}", f"Post-op day: {(d - c['surgdate']).days}", "",
                 "Interval History:", f"{P(r, ['Doing well.', 'Doing well overall.', 'Some soreness but improving.'])} Pain controlled with {P(r, ['Tylenol', 'occasional oxycodone', 'ibuprofen and ice'])}. "
                 f"{P(r, ['Denies fevers, chills, calf pain.', 'No drainage from incisions.', 'Started PT last week.'])}", "",
                 "Exam:", f"Incisions {P(r, ['clean, dry, intact', 'healing well, no erythema', 'well approximated'])}. {P(r, ['Sutures removed, steri-strips applied.', 'Staples removed without difficulty.', 'Nylon sutures removed.'])} "
                 f"{P(r, ['Calf soft and non-tender.', 'Mild expected swelling.'])} NVI distally.", "",
                 f"X-rays: {P(r, ['Hardware in good position, no complication.', 'Not taken today.', 'Components well-positioned, no loosening or fracture.'])}", "",
                 "Plan:", f"- {cs['pt']}", f"- {cs['restr']}", f"- Return in {P(r, ['4', '6'])} weeks.", "", sig(r, c, P(r, [c["surgeon"], c["pa"]]))]
    elif st == 2 and cs["surg"]:
        pod = r.randrange(1, 4)
        parts = [P(r, [f"Ortho Progress Note POD#{pod}", f"ORTHOPAEDIC SURGERY DAILY PROGRESS NOTE - POD {pod}", f"Progress Note - Orthopedics ({fdate(r, c['date'], 0)})"]),
                 f"{pname(c, 2)}  Rm {r.randrange(201, 480)}  MRN {c['mrn']}", "",
                 f"S: {P(r, ['No acute events overnight.', 'Pain controlled.', 'Slept poorly due to pain, improved this AM.', 'Nausea resolved.'])} {P(r, ['Tolerating PO.', 'Voiding.', 'Passing flatus.', ''])} {P(r, ['Worked with PT yesterday.', 'Ambulated in hall.', ''])}",
                 f"O: {vitals_str(r, c, 1)}", f"   Dressing {P(r, ['C/D/I', 'with scant serosanguinous drainage', 'clean and dry'])}. {P(r, ['Compartments soft.', 'Calf NT.'])} SILT distally. {P(r, ['+EHL/FHL/TA/GS', 'Motor intact', 'Fires AIN/PIN/ulnar'])}. Cap refill < 2s.",
                 f"   Labs: Hgb {round(r.uniform(8.8, 12.5), 1)}  Na {r.randrange(133, 142)}  Cr {round(r.uniform(0.6, 1.2), 2)}", "",
                 f"A/P: {c['age']} y/o {c['sex']} POD {pod} s/p {lc(proc_name(r, c))}.", f" - Pain: multimodal, wean IV", f" - PT/OT: {cs['restr']}",
                 f" - DVT ppx: {P(r, ['ASA 81 BID', 'lovenox', 'SCDs + ASA'])}", f" - Dispo: {P(r, ['home today if clears PT', 'anticipate d/c tomorrow', 'SNF placement pending, CM following'])}", "",
                 nm(P(r, [c["pa"], ("Jared", "Ostrowski", "MD, Ortho Resident")]))]
    elif st == 3:
        parts = [letterhead(r, c, "Sports Medicine"), "", banner(r, c), "",
                 P(r, ["INTERVAL HISTORY:", "Interval History"]), f"{mrs(c)} is seen back {wks} weeks after {P(r, ['the last visit', 'starting physical therapy', 'the injection'])}. {P(r, ['Symptoms have steadily improved.', 'Progress has plateaued.', 'Has had a setback after returning to ' + c['sport'] + '.'])} "
                 f"{P(r, ['No new injury.', 'Compliant with home exercise.', 'Has missed some therapy visits due to work.'])}", "",
                 "EXAMINATION:", cs["exam"], "", "IMAGING:", P(r, ["No new imaging.", f"MRI reviewed with the patient: {cs['mri']}", f"X-rays: {cs['xr']}"]), "",
                 "ASSESSMENT:", dxline(c), "", "PLAN:", *[f"{i + 1}. {x}" for i, x in enumerate(plan_str(r, c))], "", sig(r, c, c["sportsmd"])]
    elif st == 4:
        visit = r.randrange(2, 24)
        parts = [P(r, PT_CLINICS), "PHYSICAL THERAPY DAILY NOTE", f"Patient: {pname(c)}   Visit #{visit} of {visit + r.randrange(2, 12)}   Date: {fdate(r, c['date'], 0)}",
                 f"Dx: {dxline(c)} ({icd(c)})   Referring: {nm(c['surgeon'], 3)}", "",
                 f"S: Pt reports {P(r, ['less pain', 'soreness after last session', 'doing HEP daily', 'increased pain after work shift', 'feels stronger'])}. Pain {c['pain']}/10 {P(r, ['at rest', 'with activity'])}.",
                 "O:", f"  Ther Ex (97110) x {P(r, ['2', '3'])} units: {P(r, ['quad sets, SLR x3 way, heel slides, TKE w/ band', 'pendulums, PROM flex/ER, scapular retraction', 'bridges, clamshells, side-lying hip abd, mini squats', 'wrist ext eccentrics 3x15 1 lb, grip putty'])}",
                 f"  Manual therapy (97140) x 1 unit: {P(r, ['patellar mobs', 'GH mobs gr II-III', 'STM lumbar paraspinals', 'soft tissue mobilization'])}",
                 f"  Neuromuscular re-ed (97112): {P(r, ['SLS on foam 3x30s', 'rhythmic stabilization', 'perturbation training', 'n/a'])}",
                 f"  Modalities: {P(r, ['CP x 10 min', 'NMES quad 10 min (97032)', 'ice pack post-tx', 'none'])}",
                 f"  ROM: {P(r, ['knee 0-' + str(r.randrange(90, 135)), 'flex ' + str(r.randrange(90, 170)) + ' ER ' + str(r.randrange(20, 70)), 'WNL'])}",
                 f"A: {P(r, ['Tolerated tx well.', 'Progressing toward goals.', 'Good quad activation, no lag.', 'Limited by pain today.'])} {P(r, ['Continue per POC.', 'Progress resistance next visit.'])}",
                 f"P: Continue {P(r, ['2x/wk', '3x/wk'])} per plan of care. HEP updated.", "",
                 f"Total timed minutes: {r.randrange(30, 60)}   Total treatment time: {r.randrange(40, 70)}", f"{nm(c['ptx'])}   {fdate(r, c['date'], 0)}"]
    elif st == 5:
        parts = [f"{c['school']} Athletic Training", P(r, ["Injury Progress Note", "ATC Daily Treatment / Progress", "Athletic Training Note"]), "",
                 f"Athlete: {pname(c)}   Sport: {c['sport'].title()}   Date: {fdate(r, c['date'], 0)}", f"Injury: {dxline(c)}   DOI: {fdate(r, c['doi'], 0)}", "",
                 f"Athlete reports {P(r, ['decreased pain', 'mild soreness after practice', 'no pain with ADLs', 'pain with cutting drills'])}. "
                 f"Treatment: {P(r, ['ice/compression 15 min', 'e-stim + ice', 'rehab exercises per team physician protocol', 'taping prior to practice'])}.",
                 f"Status: {P(r, ['Out - no participation', 'Limited participation - no contact', 'Full participation', 'Return-to-play progression stage 3'])}.",
                 f"Team physician follow-up: {P(r, ['Thursday clinic', 'next week', 'as scheduled'])} with {nm(c['sportsmd'], 3)}.", "", nm(c["atc"])]
    elif st == 6:
        force_wc(r, c)
        parts = [letterhead(r, c), "", P(r, ["WORKERS' COMPENSATION FOLLOW-UP", "Occupational Follow-up Visit", "Progress Report"]), banner(r, c), "",
                 f"Employer: {c['employer']}   Claim #: {c['claim']}   DOI: {fdate(r, c['doi'], 0)}", "",
                 f"Subjective: {P(r, ['Patient continues on modified duty.', 'Has been off work since last visit.', 'Back at work with restrictions.'])} {P(r, ['Pain improved with PT.', 'Persistent symptoms.', 'Pain is 3/10.'])}",
                 f"Objective: {cs['exam']}", f"Diagnosis: {dxline(c)}, {icd(c)}", f"Causation: {P(r, ['Within reasonable medical probability, the condition is causally related to the work injury described.', 'Consistent with mechanism reported.'])}",
                 f"Treatment plan: {' '.join(plan_str(r, c))}", f"Work status: {P(r, ['Modified duty', 'Off work', 'Full duty without restrictions'])}. {cs['restr']}",
                 f"MMI: {P(r, ['Not at MMI', 'Not yet at maximum medical improvement', 'Anticipated in 6-8 weeks'])}.", "", sig(r, c, P(r, [c["surgeon"], c["pa"]]))]
    else:
        parts = [f"{fdate(r, c['date'], 0)}", f"{pname(c)}", "",
                 f"{c['age']} yo {c['sex']} f/u {cs['dx']} {region(c)}. {P(r, ['Better.', 'Same.', 'Somewhat worse.', 'Improving slowly.'])} "
                 f"{P(r, ['Doing PT 2x/wk.', 'HEP.', 'NSAIDs help.', 'Wearing brace.'])} Exam: {cs['exam'][:160].rsplit('.', 1)[0]}. "
                 f"Imp: {cs['imp']} Plan: {plan_str(r, c)[0]} RTC {P(r, ['4', '6', '8'])} wk.", "", nm(P(r, [c["surgeon"], c["sportsmd"]]), 1)]
    return c, "\n".join(parts)

def g_consult_note(r):
    c = make_ctx(r)
    cs = c["case"]
    st = r.randrange(7)
    if st == 0:
        parts = [letterhead(r, c), "", P(r, ["ORTHOPAEDIC CONSULTATION", "CONSULTATION REPORT", "New Patient Consultation", "Consultation"]), banner(r, c), "",
                 f"REFERRING PHYSICIAN: {nm(c['pcp'])}", f"REASON FOR CONSULTATION: {region(c).capitalize()} pain; evaluate for {cs['dx']}.", "",
                 "HISTORY OF PRESENT ILLNESS:", hpi(r, c), "", f"PAST MEDICAL HISTORY: {pmh_str(r, c)}", f"PAST SURGICAL HISTORY: {psh_str(r, c)}",
                 f"MEDICATIONS: {meds_str(r, c, 1)}", f"ALLERGIES: {allergy_str(c)}", f"SOCIAL HISTORY: {social_str(r, c)}", f"REVIEW OF SYSTEMS: {ros_str(r)}", "",
                 "PHYSICAL EXAMINATION:", exam_str(r, c), "", "IMAGING:", f"X-rays {P(r, ['obtained today', 'reviewed'])}: {cs['xr']}",
                 maybe(r, 0.6, f"MRI {fdate(r, c['date'] - dt.timedelta(days=r.randrange(3, 20)), 0)}: {cs['mri']}"), "",
                 "IMPRESSION:", f"{dxline(c)}.", "", "RECOMMENDATIONS:", *[f"{i + 1}. {x}" for i, x in enumerate(plan_str(r, c))], "",
                 f"Thank you for this consultation. {P(r, ['I will keep you informed of progress.', 'We will follow along.', ''])}", "", sig(r, c, c["surgeon"])]
    elif st == 1:
        cs2 = P(r, [x for x in CASES if x["key"] in ("ankfx", "dradius", "achilles", "kneeoa", "hipoa")])
        c = make_ctx(r, case=cs2)
        cs = cs2
        parts = [P(r, ["Inpatient Orthopaedic Consult", "ORTHOPEDIC SURGERY CONSULT NOTE", "Consult - Orthopaedics"]), f"{pname(c, 2)} | {c['mrn']} | {fdate(r, c['date'], 0)} {ftime(r)}",
                 f"Requesting: {P(r, [nm(c['er']), 'Hospitalist service', 'Dr. ' + P(r, ['Mbeki', 'Lorentz', 'Whitlock'])])}  Reason: {P(r, [cs['dx'], 'injury eval', 'fracture management', 'joint pain/effusion'])}", "",
                 f"HPI: {hpi(r, c, 1)}", f"PMH: {pmh_str(r, c)}   Meds: {meds_str(r, c, 1)}   All: {allergy_str(c)}", "",
                 f"Exam: {vitals_str(r, c, 1)}", f"  {region(c)}: {cs['exam']}", f"Imaging: {cs['xr']}", "",
                 "Assessment:", f"  {c['age']}yo {c['sex']} with {cs['imp'][0].lower() + cs['imp'][1:]}",
                 "Recommendations:", f"  - {P(r, ['Splint, elevate, ice', 'NWB, elevation', 'WBAT', 'Pain control per primary'])}",
                 f"  - {('Plan ' + lc(proc_name(r, c)) + ' ' + P(r, ['tomorrow', 'this admission', 'as outpatient when swelling resolves'])) if cs['surg'] else 'Outpatient follow-up'}",
                 "  - NPO after midnight" if cs["surg"] else "  - PT eval", f"  - Ortho will follow. Pager {r.randrange(1000, 9999)}", "", nm(P(r, [c["pa"], ("Nikhil", "Baptiste", "MD, Ortho PGY-2")]))]
    elif st == 2:
        visit = r.randrange(8, 16)
        parts = [P(r, PT_CLINICS), P(r, ["PHYSICAL THERAPY INITIAL EVALUATION", "Initial Evaluation and Plan of Care", "PT EVALUATION"]), "",
                 f"Patient: {pname(c)}   DOB: {fdate(r, c['dob'], 0)}   Eval date: {fdate(r, c['date'], 0)}", f"Referring provider: {nm(c['surgeon'])}   Medical Dx: {dxline(c)} ({icd(c)})",
                 f"Treatment Dx: {P(r, ['Pain in joint', 'Stiffness of joint', 'Muscle weakness (M62.81)', 'Difficulty in walking (R26.2)'])}", f"Insurance: {c['ins'][0]}", "",
                 "SUBJECTIVE:", hpi(r, c), f"Prior level of function: {P(r, ['Independent, active in ' + c['sport'], 'Independent with all ADLs, working full time', 'Independent community ambulator'])}.",
                 f"Patient goals: {P(r, ['return to ' + c['sport'], 'return to work', 'walk without pain', 'sleep through the night'])}.", "",
                 "OBJECTIVE:", f"Observation: {P(r, ['antalgic gait', 'guarded posture', 'mild swelling', 'no acute distress'])}", f"ROM/Strength/Special tests: {cs['exam']}",
                 f"Outcome measure: {P(r, ['LEFS', 'KOOS-JR', 'QuickDASH', 'ODI', 'FAAM'])} {r.randrange(20, 70)}{P(r, ['/80', '%', ''])}", "",
                 "ASSESSMENT:", f"Patient presents with signs and symptoms consistent with referring diagnosis, with impairments in ROM, strength, and function limiting {P(r, ['work duties', 'sport participation', 'ADLs', 'ambulation'])}. Good rehab potential.", "",
                 "GOALS:", f"STG (4 wks): pain <= 3/10; independent with HEP.", f"LTG ({visit // 2} wks): return to {P(r, ['prior level of function', 'full duty', 'sport'])}; {P(r, ['LEFS > 65', 'full ROM', 'strength 5/5'])}.", "",
                 "PLAN:", f"{P(r, ['2', '2-3', '3'])}x/week for {visit // 2} weeks. {cs['pt']}. CPT 97161/97110/97140/97112/97530.", "",
                 f"{nm(c['ptx'])}", "", "Physician certification of plan of care: _____________________  Date: ______"]
    elif st == 3:
        parts = [letterhead(r, c, "Sports Medicine"), "", banner(r, c), "",
                 f"Dear {nm(c['pcp'], 3)},", "", f"Thank you for asking me to see {mrs(c)}, a {c['age']}-year-old {c['sport'] + ' athlete' if cs['sport'] else 'patient'} with {region(c)} pain. As you know, {hpi(r, c)}", "",
                 f"{his(c).capitalize()} medical history is notable for {lc(pmh_str(r, c)).rstrip('.')}. Medications: {meds_str(r, c, 1)} Allergies: {allergy_str(c)}.", "",
                 f"On examination, {cs['exam'][0].lower() + cs['exam'][1:]}", "", f"Radiographs show {cs['xr'][0].lower() + cs['xr'][1:]}",
                 maybe(r, 0.5, f"MRI demonstrates {lc1(cs['mri'])}"), "",
                 f"My impression is {cs['imp'][0].lower() + cs['imp'][1:]} {' '.join(plan_str(r, c))}", "",
                 "Thank you for involving me in the care of this patient.", "", "Sincerely,", "", sig(r, c, c["sportsmd"])]
    elif st == 4:
        cs2 = P(r, [x for x in SURG_CASES if x["key"] in ("kneeoa", "hipoa", "ankfx", "dradius")])
        c = make_ctx(r, case=cs2)
        cs = cs2
        pod = r.randrange(0, 3)
        parts = [P(r, ["HOSPITAL MEDICINE CONSULTATION", "Internal Medicine Consult", "Medical Co-Management Consult Note"]), banner(r, c), "",
                 f"Consulting service: Orthopaedics ({nm(c['surgeon'], 3)})", f"Reason: {P(r, ['medical co-management', 'post-op hypertension', 'hyperglycemia', 'post-op hypoxia', 'perioperative management of comorbidities'])}", "",
                 f"HPI: {c['age']} yo with {lc(pmh_str(r, c)).rstrip('.')} admitted for {lc(proc_name(r, c))}, now POD {pod}. {P(r, ['BP elevated to 170s overnight in setting of pain.', 'Blood glucose 230s post-op after dexamethasone.', 'Transient desaturation to 89% on RA, improved with IS.', 'No acute complaints.'])}",
                 f"Meds: {meds_str(r, c, 1)}", f"Exam: {vitals_str(r, c, 0)}. Lungs {P(r, ['clear', 'diminished bases'])}. Heart RRR. Operative limb dressed, NV intact.",
                 f"Labs: Hgb {round(r.uniform(9.0, 12.5), 1)}, K {round(r.uniform(3.5, 4.9), 1)}, Cr {round(r.uniform(0.7, 1.3), 2)}, glucose {r.randrange(98, 240)}", "",
                 "Assessment & Recommendations:", *[f"{i + 1}. {p} - {P(r, ['continue home regimen', 'resume home meds', 'monitor', 'sliding scale insulin; resume metformin at discharge', 'hold until tolerating PO'])}" for i, p in enumerate(c["pmh"])],
                 f"{len(c['pmh']) + 1}. Post-op anemia - {P(r, ['expected, monitor', 'transfuse if Hgb < 7 or symptomatic'])}", f"{len(c['pmh']) + 2}. VTE prophylaxis per ortho", f"{len(c['pmh']) + 3}. Incentive spirometry, early ambulation",
                 "", "Will follow. Thank you for the consult.", sig(r, c, P(r, [("Olivia", "Marchand", "MD, Hospitalist"), ("Sanjay", "Iyer", "MD")]))]
    elif st == 5:
        force_wc(r, c)
        parts = [P(r, ["INDEPENDENT MEDICAL EVALUATION", "IME REPORT", "Independent Orthopaedic Evaluation"]), "", f"Claimant: {pname(c)}   DOB: {fdate(r, c['dob'], 0)}",
                 f"Claim No.: {c['claim']}   Employer: {c['employer']}   Date of Injury: {fdate(r, c['doi'], 0)}", f"Requested by: {c['ins'][0]}, Claims Department", f"Date of Exam: {fdate(r, c['date'], 2)}", "",
                 f"Records reviewed: {P(r, ['ED records, PT notes x 12, MRI report', 'Treating physician notes and imaging', 'First report of injury and clinic notes'])}.", "",
                 "History:", hpi(r, c), "", "Current complaints:", cs["sx"].capitalize() + ".", "", "Examination:", cs["exam"], "",
                 f"Diagnosis: {dxline(c)}", "", "Responses to specific questions:",
                 f"1. Causation: {P(r, ['The diagnosis is causally related to the reported work injury.', 'The mechanism is consistent with the diagnosis; aggravation of preexisting degenerative condition.'])}",
                 f"2. Treatment reasonable and necessary: {P(r, ['Yes.', 'Yes; further PT x 6 visits is reasonable.'])}", f"3. MMI: {P(r, ['Not at MMI.', 'At MMI as of this date.'])}",
                 f"4. Work capacity: {cs['restr']}", f"5. Impairment rating: {P(r, ['Deferred.', str(r.randrange(1, 12)) + '% lower extremity per AMA Guides', str(r.randrange(1, 9)) + '% whole person'])}", "",
                 "I certify that I personally examined the claimant. No doctor-patient relationship was established.", "", sig(r, c, c["surgeon"])]
    else:
        parts = [P(r, ["PAIN MANAGEMENT CONSULTATION", "PM&R CONSULTATION", "Physiatry New Patient Evaluation"]), letterhead(r, c), banner(r, c), "",
                 f"Referred by {nm(c['surgeon'], 3)} for {P(r, ['non-operative management', 'evaluation and treatment', 'consideration of interventional options'])} of {region(c)} pain.", "",
                 f"History: {hpi(r, c)}", f"PMH: {pmh_str(r, c)}  Meds: {meds_str(r, c, 1)}  Allergies: {allergy_str(c)}", f"Social: {social_str(r, c)}", "",
                 f"Exam: {exam_str(r, c)}", "", f"Impression: {dxline(c)}.", "",
                 "Plan:", f"- {cs['pt']}", f"- {P(r, ['Trial of gabapentin 300 mg qHS', 'Topical diclofenac gel QID', 'Short course of meloxicam', 'Avoid opioids'])}",
                 f"- {P(r, ['Consider ultrasound-guided injection', 'Consider EMG if symptoms persist', 'Return 6 weeks'])}", "", sig(r, c, P(r, [("Renata", "Gould", "MD, PM&R"), ("Ahmed", "Sarraf", "DO")]))]
    return c, "\n".join(parts)


def g_procedure_note(r):
    inj_cases = [x for x in CASES if x["inj"]]
    st = r.randrange(8)
    if st in (0, 1, 4, 5, 6):
        c = make_ctx(r, case=P(r, inj_cases))
    elif st == 2:
        c = make_ctx(r, case=[x for x in CASES if x["key"] == "cts"][0])
    elif st == 3:
        c = make_ctx(r, case=P(r, [x for x in CASES if x["key"] in ("dradius", "ankfx")]))
    else:
        c = make_ctx(r, case=P(r, [x for x in CASES if x["joint"] == "knee"]))
    cs = c["case"]
    tout = P(r, ["Time-out performed.", "Universal protocol/time-out completed.", "Correct patient, site and side verified."])
    prov = P(r, [c["surgeon"], c["sportsmd"], c["pa"]])
    if st == 0:
        site, drug = cs["inj"]
        parts = [letterhead(r, c), "", P(r, ["PROCEDURE NOTE", "Injection Procedure Note", "Joint Injection", ""]), banner(r, c), "",
                 f"Procedure: {side_word(c, True)} {site} corticosteroid injection", f"Indication: {dxline(c)}", "",
                 f"Risks including infection, bleeding, post-injection flare, skin depigmentation, fat atrophy and transient glucose elevation were discussed. {P(r, ['Verbal', 'Written'])} consent obtained. {tout}",
                 f"The {side_word(c)} {site.split(' (')[0]} was prepped with {P(r, ['chlorhexidine', 'Betadine', 'alcohol x3'])}. Using {P(r, ['a lateral approach', 'sterile technique', 'an anterolateral approach', 'a posterior approach'])}, "
                 f"a {P(r, ['22', '25', '21'])}-gauge needle was introduced and {drug} was injected without resistance. {P(r, ['Band-Aid applied.', 'Sterile dressing applied.'])}",
                 f"The patient tolerated the procedure well{P(r, [' with immediate relief of pain.', '.', ' without complications.'])}", "",
                 f"Lot #: {P(r, ['K', 'T', 'M'])}{r.randrange(10000, 99999)}   Exp: {r.randrange(1, 13):02d}/{c['date'].year + 2}", "", sig(r, c, prov)]
    elif st == 1:
        parts = [f"{P(r, ['Aspiration/Injection', 'Arthrocentesis', 'PROCEDURE: KNEE ASPIRATION AND INJECTION'])} - {fdate(r, c['date'], 0)}", f"{pname(c, 2)}  #{c['mrn']}", "",
                 f"Pre-procedure dx: {side_word(c)} knee effusion; {cs['dx']}", f"Procedure: arthrocentesis {side_word(c)} knee{P(r, [' with injection', ''])}",
                 f"Consent: {P(r, ['signed', 'verbal'])}. {tout}", f"Technique: superolateral approach, 18g needle, sterile prep. Aspirated {r.randrange(15, 90)} mL of {P(r, ['clear yellow', 'straw-colored', 'slightly cloudy yellow', 'blood-tinged'])} fluid.",
                 f"Fluid sent for: {P(r, ['cell count, crystals, gram stain/culture', 'none (clinically non-inflammatory)', 'cell count and crystals'])}.",
                 f"{P(r, ['Then injected 40 mg Kenalog + 4 mL 1% lidocaine.', 'No injection performed.', 'Injected 80 mg Depo-Medrol with 3 cc lidocaine.'])}",
                 f"EBL: minimal. Complications: none. Pt tolerated well.", "", nm(prov)]
    elif st == 2:
        amp = round(r.uniform(2.0, 6.5), 1)
        dl = round(r.uniform(4.6, 6.8), 1)
        parts = [f"{c['fac']['name']} - Neurodiagnostic Laboratory", P(r, ["ELECTRODIAGNOSTIC STUDY REPORT", "EMG/NCS REPORT", "Nerve Conduction Study and Electromyography"]), "",
                 banner(r, c), f"Referring: {nm(c['surgeon'])}   Indication: numbness {side_word(c)} hand", "",
                 "NERVE CONDUCTION STUDIES:", "Nerve / Site          Latency(ms)  Amp       CV(m/s)",
                 f"{side_word(c, True)[0]} Median motor (APB)   {dl:<11}  {amp} mV    {r.randrange(47, 56)}",
                 f"{side_word(c, True)[0]} Ulnar motor (ADM)    {round(r.uniform(2.5, 3.3), 1):<11}  {round(r.uniform(7, 11), 1)} mV    {r.randrange(52, 63)}",
                 f"{side_word(c, True)[0]} Median sensory (D2)  {round(r.uniform(3.8, 5.0), 1):<11}  {r.randrange(6, 18)} uV     {r.randrange(33, 42)}",
                 f"{side_word(c, True)[0]} Ulnar sensory (D5)   {round(r.uniform(2.6, 3.3), 1):<11}  {r.randrange(15, 35)} uV     {r.randrange(50, 60)}",
                 f"Median-ulnar palmar difference: {round(r.uniform(0.6, 1.4), 1)} ms (nl < 0.4)", "",
                 "NEEDLE EMG:", f"{P(r, ['APB: ', 'Abductor pollicis brevis - '])}{P(r, ['increased insertional activity, no fibrillations, reduced recruitment', 'normal', 'occasional fibrillation potentials, large MUAPs'])}. FDI, pronator teres, biceps, triceps, C5-T1 paraspinals: normal.", "",
                 "INTERPRETATION:", f"Abnormal study. Electrodiagnostic evidence of a {P(r, ['moderate', 'moderate to severe', 'mild to moderate'])} {side_word(c)} median neuropathy at the wrist (carpal tunnel syndrome), affecting sensory and motor fibers. No evidence of cervical radiculopathy or ulnar neuropathy.",
                 "", sig(r, c, P(r, [("Renata", "Gould", "MD, PM&R"), ("Vikram", "Sethuraman", "MD, Neurology")]))]
    elif st == 3:
        parts = [P(r, ["CLOSED REDUCTION AND SPLINT APPLICATION", "Procedure Note - Closed Reduction", "Reduction/Splinting Note"]), banner(r, c), "",
                 f"Indication: {cs['imp']}", f"Anesthesia: {P(r, ['hematoma block with 10 mL 1% lidocaine', 'conscious sedation with propofol by ED physician', 'Bier block', 'none'])}",
                 f"{tout} Under {P(r, ['fluoroscopic', 'no'])} guidance, longitudinal traction with manipulation was applied to restore alignment. "
                 f"A well-padded {P(r, ['sugar-tong', 'volar', 'posterior and stirrup', 'short leg'])} splint was applied with plaster and molded.",
                 f"Post-reduction films: {P(r, ['improved alignment', 'near-anatomic alignment', 'acceptable alignment, residual mild angulation'])}.",
                 f"Post-procedure neurovascular exam: intact sensation and motor, cap refill brisk.", "Pt tolerated well, no complications.", "", sig(r, c, P(r, [c["er"], c["pa"], c["surgeon"]]))]
    elif st == 4:
        site, drug = cs["inj"]
        parts = [letterhead(r, c), "", P(r, ["ULTRASOUND-GUIDED INJECTION", "Procedure: Ultrasound Guided Injection", "US-GUIDED PROCEDURE NOTE"]), banner(r, c), "",
                 f"Target: {side_word(c)} {site}", f"Diagnosis: {dxline(c)} ({icd(c)})", "CPT: 20611", "",
                 f"Informed consent obtained after discussing risks and alternatives. {tout} Using a {P(r, ['linear 12-5 MHz', 'curvilinear 5-2 MHz', 'high-frequency linear'])} transducer in sterile sheath, "
                 f"the target was identified. Skin anesthetized with 1% lidocaine. Under direct {P(r, ['in-plane', 'out-of-plane'])} visualization, a {P(r, ['22g 1.5 inch', '22g 3.5 inch spinal', '25g'])} needle was advanced and "
                 f"{drug} was injected with appropriate spread of injectate visualized. Images saved to PACS.",
                 "No complications. Patient tolerated well. Post-injection instructions given.", "", sig(r, c, c["sportsmd"])]
    elif st == 5:
        parts = [f"{c['fac']['name']} - Interventional / Fluoroscopy Suite", "PROCEDURE REPORT", banner(r, c), "",
                 f"PROCEDURE: Fluoroscopically guided {side_word(c)} {cs['joint']} {P(r, ['intra-articular injection', 'arthrogram and injection'])}", f"INDICATION: {cs['imp']}",
                 f"FLUOROSCOPY TIME: {round(r.uniform(0.2, 1.5), 1)} min   DAP: {round(r.uniform(0.5, 6), 1)} Gy*cm2", "",
                 f"DESCRIPTION: {tout} The patient was positioned supine and the skin prepped and draped. Local anesthesia with 1% lidocaine. A 22-gauge spinal needle was advanced into the joint under intermittent fluoroscopy. "
                 f"Intra-articular position confirmed with {r.randrange(1, 4)} mL {P(r, ['Omnipaque 300', 'iohexol'])}. {cs['inj'][1]} was injected.", "",
                 f"PRE-PROCEDURE PAIN: {c['pain']}/10   POST-PROCEDURE PAIN: {max(0, c['pain'] - r.randrange(2, 7))}/10", "",
                 "IMPRESSION: Technically successful procedure without complication.", "", sig(r, c, c["rad"])]
    elif st == 6:
        prod = P(r, ["hylan G-F 20 (Synvisc-One) 48 mg/6 mL", "sodium hyaluronate (Euflexxa) 20 mg/2 mL, injection 2 of 3", "Gel-One 30 mg", "leukocyte-poor PRP, 5 mL"])
        parts = [P(r, ["VISCOSUPPLEMENTATION", "Procedure", "Knee Injection"]) if "PRP" not in prod else "PLATELET-RICH PLASMA INJECTION", f"{pname(c)}  DOB {fdate(r, c['dob'], 0)}  Date {fdate(r, c['date'], 0)}", "",
                 f"Dx: {dxline(c)}", f"Product: {prod}", f"Prior auth: {'self-pay (PRP not covered)' if 'PRP' in prod else P(r, ['#PA' + str(r.randrange(100000, 999999)), 'not required', 'approved'])}", "",
                 f"Procedure: {tout} {side_word(c, True)} knee prepped. Via {P(r, ['superolateral', 'lateral midpatellar', 'anterolateral'])} approach, {P(r, ['aspirated ' + str(r.randrange(2, 30)) + ' mL then ', ''])}injected {prod.split(',')[0]}. "
                 f"{P(r, ['Tolerated well.', 'No complications.'])} Advised to avoid strenuous activity x 48 hrs.", "", nm(prov, 1)]
    else:
        parts = [P(r, ["MANIPULATION / EXAM UNDER ANESTHESIA", "Clinic Procedure: Suture removal & wound check", "PROCEDURE NOTE: Cast removal / reapplication"]), banner(r, c), "",
                 f"Indication: {dxline(c)}", f"Performed by: {nm(P(r, [c['pa'], c['rn']]))}",
                 f"{P(r, ['Sutures removed without difficulty; incision well healed; steri-strips applied.', 'Cast removed with oscillating saw; skin intact; new fiberglass cast applied and well-padded.', 'Dressing changed; wound healing by primary intention; no signs of infection.'])}",
                 "Patient tolerated procedure well.", "", sig(r, c, c["surgeon"])]
    return c, "\n".join(parts)

def labrow(r, name, val, unit, ref, flag_lo=None, flag_hi=None, w=24):
    flag = ""
    try:
        v = float(val)
        if flag_lo is not None and v < flag_lo:
            flag = "L"
        if flag_hi is not None and v > flag_hi:
            flag = "H"
    except ValueError:
        pass
    return f"{name:<{w}}{str(val):>8} {flag:<2} {unit:<10} {ref}"

def g_lab_report(r):
    c = make_ctx(r)
    cs = c["case"]
    ch, cm = r.randrange(5, 16), r.randrange(0, 60)
    coll = f"{fdate(r, c['date'], 0)} {ch:02d}:{cm:02d}"
    recv = f"{ch + r.randrange(0, 3):02d}:{r.randrange(0, 60):02d}"
    lab = P(r, [f"{c['fac']['name']} Laboratory", "Tri-County Reference Laboratories", "KVOSMH Clinical Laboratory - CLIA #36D" + str(r.randrange(1000000, 9999999)), "Ridgeline Diagnostic Lab Services"])
    st = r.randrange(8)
    hdr = [lab, P(r, ["LABORATORY REPORT", "Final Report", "CUMULATIVE RESULTS", "RESULTS", ""]), banner(r, c),
           f"Ordering: {nm(P(r, [c['surgeon'], c['pcp'], c['pa']]))}   Collected: {coll}   Received: {fdate(r, c['date'], 0)} {recv}", f"Accession: {P(r, ['L', 'H', 'CH'])}{r.randrange(1000000, 9999999)}", ""]
    wbc = round(r.uniform(4.2, 11.8), 1)
    hgb = round(r.uniform(11.5, 16.2), 1)
    if st == 0:
        body = ["HEMATOLOGY - CBC WITH DIFFERENTIAL", f"{'Test':<24}{'Result':>8}    {'Units':<10} Reference",
                labrow(r, "WBC", wbc, "K/uL", "4.0-11.0", 4.0, 11.0), labrow(r, "RBC", round(r.uniform(3.9, 5.6), 2), "M/uL", "4.2-5.8", 4.2, 5.8),
                labrow(r, "Hemoglobin", hgb, "g/dL", "12.0-16.0", 12.0, 16.0 if c["sex"] == "F" else 17.5), labrow(r, "Hematocrit", round(hgb * 2.95, 1), "%", "36-48", 36, 48),
                labrow(r, "MCV", r.randrange(82, 98), "fL", "80-100", 80, 100), labrow(r, "Platelets", r.randrange(140, 420), "K/uL", "150-400", 150, 400),
                labrow(r, "Neutrophils %", r.randrange(45, 78), "%", "40-75", 40, 75), labrow(r, "Lymphocytes %", r.randrange(15, 40), "%", "20-45", 20, 45), "",
                "CHEMISTRY - BASIC METABOLIC PANEL",
                labrow(r, "Sodium", r.randrange(134, 146), "mmol/L", "135-145", 135, 145), labrow(r, "Potassium", round(r.uniform(3.4, 5.1), 1), "mmol/L", "3.5-5.0", 3.5, 5.0),
                labrow(r, "Chloride", r.randrange(98, 108), "mmol/L", "98-107", 98, 107), labrow(r, "CO2", r.randrange(21, 31), "mmol/L", "22-30", 22, 30),
                labrow(r, "BUN", r.randrange(8, 26), "mg/dL", "7-20", 7, 20), labrow(r, "Creatinine", round(r.uniform(0.55, 1.3), 2), "mg/dL", "0.6-1.2", 0.6, 1.2),
                labrow(r, "Glucose", r.randrange(74, 180 if "type 2 diabetes" in c["pmh"] else 118), "mg/dL", "70-99", 70, 99), labrow(r, "Calcium", round(r.uniform(8.6, 10.3), 1), "mg/dL", "8.5-10.2", 8.5, 10.2)]
    elif st == 1:
        body = ["COAGULATION", labrow(r, "Prothrombin Time", round(r.uniform(11, 14.2), 1), "sec", "11.0-13.5", 11, 13.5), labrow(r, "INR", round(r.uniform(0.9, 1.2), 2), "", "0.8-1.1", 0.8, 1.1),
                labrow(r, "aPTT", r.randrange(24, 38), "sec", "25-35", 25, 35), "", "BLOOD BANK", f"ABO/Rh: {P(r, ['O POS', 'A POS', 'B POS', 'O NEG', 'AB POS', 'A NEG'])}",
                f"Antibody Screen: {P(r, ['NEGATIVE', 'NEGATIVE', 'NEGATIVE', 'POSITIVE - anti-E identified'])}", f"Type and Screen valid through: {fdate(r, c['date'] + dt.timedelta(days=3), 0)}", "",
                "URINALYSIS", f"Color: Yellow  Clarity: Clear  Sp Gr: 1.0{r.randrange(5, 30):02d}  pH: {P(r, ['5.5', '6.0', '6.5'])}", f"Leuk esterase: {P(r, ['Negative', 'Negative', 'Trace'])}  Nitrite: Negative  Blood: Negative", "",
                f"MRSA/MSSA NASAL SCREEN (PCR): {P(r, ['NOT DETECTED', 'NOT DETECTED', 'MSSA DETECTED', 'MRSA DETECTED'])}"]
    elif st == 2:
        infl = r.random() < 0.35
        body = ["SYNOVIAL FLUID ANALYSIS", f"Source: {side_word(c)} knee aspirate", f"Appearance: {'Cloudy' if infl else P(r, ['Clear', 'Slightly hazy'])}   Color: {P(r, ['Yellow', 'Straw'])}   Viscosity: {'Decreased' if infl else 'Normal'}",
                labrow(r, "Nucleated cells", r.randrange(8000, 60000) if infl else r.randrange(80, 1800), "/uL", "<200"), labrow(r, "Neutrophils", r.randrange(70, 95) if infl else r.randrange(5, 40), "%", "<25"),
                labrow(r, "RBC", r.randrange(100, 20000), "/uL", ""), f"Crystals: {P(r, ['None seen', 'Calcium pyrophosphate crystals present (weakly positive birefringent)', 'Monosodium urate crystals, intracellular']) if infl else 'None seen'}", "",
                "Gram stain: " + P(r, ["No organisms seen; few PMNs", "No organisms seen"]), f"Culture: {P(r, ['No growth at 48 hours; final to follow', 'No growth at 5 days (FINAL)', 'Preliminary: no growth'])}"]
    elif st == 3:
        esr = r.randrange(2, 60)
        crp = round(r.uniform(0.1, 6.0), 1)
        body = [P(r, ["INFLAMMATORY MARKERS", "SPECIAL CHEMISTRY", "Periprosthetic joint infection work-up"]), labrow(r, "Sed Rate (ESR)", esr, "mm/hr", "0-20", None, 20),
                labrow(r, "C-Reactive Protein", crp, "mg/dL", "<0.8", None, 0.8), labrow(r, "WBC", wbc, "K/uL", "4.0-11.0", 4.0, 11.0),
                labrow(r, "Uric acid", round(r.uniform(3.5, 8.9), 1), "mg/dL", "3.5-7.2", 3.5, 7.2), labrow(r, "Rheumatoid Factor", P(r, ["<10", "<10", "18"]), "IU/mL", "<14"),
                labrow(r, "CCP antibody", P(r, ["<16", "<16", "4"]), "U", "<20"), f"ANA screen: {P(r, ['Negative', 'Negative', 'Positive 1:80 speckled'])}"]
    elif st == 4:
        vd = r.randrange(11, 52)
        body = ["ENDOCRINE / BONE HEALTH", labrow(r, "25-OH Vitamin D", vd, "ng/mL", "30-100", 30, 100), labrow(r, "Calcium", round(r.uniform(8.6, 10.3), 1), "mg/dL", "8.5-10.2", 8.5, 10.2),
                labrow(r, "Albumin", round(r.uniform(3.3, 4.8), 1), "g/dL", "3.5-5.0", 3.5, 5.0), labrow(r, "Hemoglobin A1c", round(r.uniform(5.0, 8.6), 1), "%", "<5.7", None, 5.6),
                labrow(r, "TSH", round(r.uniform(0.5, 5.2), 2), "uIU/mL", "0.45-4.50", 0.45, 4.5), labrow(r, "Nicotine/cotinine", P(r, ["NEG", "NEG", "POS"]), "", "NEG"), "",
                "Comment: " + ("Vitamin D insufficiency. Consider supplementation." if vd < 30 else "Results within reference limits.")]
    elif st == 5:
        body = [P(r, ["URINE DRUG SCREEN - PRE-EMPLOYMENT/POST-ACCIDENT", "UDS 10-PANEL (Workers Comp)", "Urine Drug Screen"]), f"Chain of custody #: {r.randrange(10000000, 99999999)}"] + \
               [f"{d:<22} {P(r, ['Negative', 'Negative', 'Negative', 'Negative', 'Positive' if d == 'Opiates' else 'Negative'])}   cutoff {co} ng/mL" for d, co in
                [("Amphetamines", 500), ("Barbiturates", 200), ("Benzodiazepines", 150), ("Cocaine metab.", 150), ("Marijuana (THC)", 50), ("Methadone", 300), ("Opiates", 2000), ("Oxycodone", 100), ("PCP", 25)]] + \
               ["", f"Specimen validity: Creatinine {r.randrange(40, 200)} mg/dL, pH {P(r, ['6.0', '5.5', '7.0'])} - VALID", "MRO review: pending"]
    elif st == 6:
        org = P(r, ["No growth", "No growth", "Staphylococcus aureus", "Coagulase-negative Staphylococcus", "Cutibacterium acnes (prolonged incubation)"])
        body = ["MICROBIOLOGY", f"Source: {P(r, ['Wound, ' + region(c), 'Synovial fluid, ' + region(c), 'Tissue, ' + region(c) + ' (intra-op)'])}", f"Gram stain: {P(r, ['Moderate PMNs, no organisms', 'Rare gram-positive cocci in clusters', 'Few PMNs'])}",
                f"Culture: {org}{' - FINAL' if org == 'No growth' else ''}"]
        if org not in ("No growth",):
            body += ["", "SUSCEPTIBILITY (MIC)", "Oxacillin        " + P(r, ["S <=0.25", "R >=4"]), "Vancomycin       S 1", "Clindamycin      " + P(r, ["S", "R"]), "TMP/SMX          S <=10", "Doxycycline      S <=0.5"]
    else:
        body = [f"{'Test':<18}{fdate(r, c['date'] - dt.timedelta(days=2), 1):>10}{fdate(r, c['date'] - dt.timedelta(days=1), 1):>10}{fdate(r, c['date'], 1):>10}   Ref"]
        h = hgb
        rows = []
        for t, base, dec, ref in [("Hgb", h, 1, "12-16"), ("Hct", h * 3, 1, "36-48"), ("WBC", wbc, 1, "4-11"), ("Plt", r.randrange(160, 300), 0, "150-400"), ("Na", 139, 0, "135-145"), ("K", 4.1, 1, "3.5-5.0"), ("Cr", 0.9, 2, "0.6-1.2"), ("Glu", 110, 0, "70-99")]:
            vals = []
            for i in range(3):
                v = base * (1 - 0.08 * i if t in ("Hgb", "Hct") else r.uniform(0.92, 1.1))
                vals.append(f"{round(v, dec) if dec else int(v)}")
            rows.append(f"{t:<18}{vals[0]:>10}{vals[1]:>10}{vals[2]:>10}   {ref}")
        body = [P(r, ["POST-OPERATIVE LABS - CUMULATIVE", "Inpatient Lab Summary"])] + body + rows
    foot = ["", P(r, ["*** END OF REPORT ***", "Reviewed by: " + nm(c["path"]) + ", Laboratory Director", "Final", "H=High L=Low  Results verified by MT(ASCP)"])]
    return c, "\n".join(hdr + body + foot)


def g_imaging_report(r):
    c = make_ctx(r)
    cs = c["case"]
    mod = r.randrange(7)
    ex = ""
    if mod in (0, 1):
        ex = P(r, [f"XR {region(c).upper()} {P(r, ['3 VIEWS', '2 VIEWS', 'MIN 3 VW', 'AP/LAT/OBLIQUE'])}", f"X-RAY {cs['joint'].upper()} {side_word(c).upper()}", f"Radiographs of the {region(c)}"])
        find = cs["xr"] if cs["xr"] != "Not obtained." else "No acute fracture or dislocation. Soft tissues unremarkable."
        imp = find.split(". ")[0] + "."
        tech = P(r, ["Three views.", "AP, lateral and oblique views were obtained.", "Standing AP, lateral and sunrise views.", "Two views."])
    elif mod in (2, 3):
        ex = P(r, [f"MRI {region(c).upper()} WITHOUT CONTRAST", f"MR {cs['joint'].upper()} {side_word(c, True)[0]} W/O", f"MRI of the {region(c)}"])
        find = cs["mri"] if cs["mri"] not in ("Not obtained.", "Not indicated.") else "No internal derangement. Mild tendinosis. Small joint effusion."
        imp = cs["imp"]
        tech = P(r, ["Multiplanar multisequence MRI was performed on a 1.5T magnet without contrast.", "3T MRI: sagittal PD FS, coronal T1 and STIR, axial PD FS.", "Routine protocol, no contrast."])
    elif mod == 4:
        ex = f"CT {region(c).upper()} WITHOUT CONTRAST"
        find = (cs["xr"] if cs["xr"] != "Not obtained." else "No fracture.") + " Multiplanar reformats confirm no intra-articular extension." 
        imp = cs["imp"]
        tech = "Axial images with sagittal and coronal reformats; 3D reconstructions."
    elif mod == 5:
        ex = P(r, [f"US {region(c).upper()} LIMITED", f"Diagnostic ultrasound, {region(c)}", "MSK ULTRASOUND"])
        find = P(r, [f"Findings correlate with {cs['dx']}. " + cs['mri'].split('. ')[0] + ".", "Tendinosis with hypoechoic thickening and neovascularity on power Doppler. No full-thickness tear."])
        imp = cs["imp"]
        tech = "High-frequency linear transducer. Dynamic evaluation performed."
    else:
        ex = P(r, ["DXA BONE DENSITOMETRY", "VENOUS DUPLEX LOWER EXTREMITY", "INTRAOPERATIVE FLUOROSCOPY"])
        if ex.startswith("DXA"):
            t = round(r.uniform(-3.2, -0.4), 1)
            find = f"L1-L4 BMD {round(r.uniform(0.78, 1.1), 3)} g/cm2, T-score {t}. Total hip T-score {round(t + r.uniform(-0.3, 0.5), 1)}. Femoral neck T-score {round(t - 0.2, 1)}."
            imp = "Osteoporosis." if t <= -2.5 else ("Osteopenia." if t < -1 else "Normal bone density.")
            tech = "Hologic scanner, lumbar spine and left hip."
        elif ex.startswith("VENOUS"):
            pos = r.random() < 0.2
            find = f"{side_word(c, True)} common femoral, femoral, popliteal veins compressible with normal flow and augmentation." + (" Non-occlusive thrombus in the peroneal veins." if pos else " Calf veins patent.")
            imp = ("Acute distal (peroneal) DVT." if pos else "No evidence of deep venous thrombosis.") + f" Post-operative {region(c)}."
            tech = "Grayscale, color and spectral Doppler."
        else:
            find = f"{r.randrange(2, 14)} intraoperative fluoroscopic images obtained during {lc((cs['surg'] or 'procedure'))}. Hardware in expected position."
            imp = "Intraoperative images as above; see operative report."
            tech = f"Fluoro time {round(r.uniform(0.2, 2.5), 1)} min."
    hist = P(r, [f"{cs['dx'].capitalize()}.", f"{region(c).capitalize()} pain.", f"Injury {fdate(r, c['doi'], 0)}. Pain.", f"Pain, r/o {cs['dx']}", f"{c['age']}yo {c['sex']} {cs['joint']} pain after {c['sport']} injury." if cs["sport"] else "Chronic pain.", "Eval for surgery." if cs["surg"] else "Persistent pain despite PT."])
    comp = P(r, ["None.", "None available.", f"Prior study {fdate(r, c['date'] - dt.timedelta(days=r.randrange(60, 900)), 0)}.", "No prior studies for comparison."])
    st = r.randrange(6)
    rad = c["rad"]
    if st == 0:
        parts = [c["fac"]["name"], "DEPARTMENT OF RADIOLOGY", "", banner(r, c), f"Ordering Physician: {nm(c['surgeon'])}", f"Exam: {ex}", f"Exam Date: {fdate(r, c['date'], 0)}  Accession #: {r.randrange(10000000, 99999999)}", "",
                 f"CLINICAL HISTORY: {hist}", f"TECHNIQUE: {tech}", f"COMPARISON: {comp}", "", "FINDINGS:", find, "", "IMPRESSION:", f"1. {imp}", "", sig(r, c, rad)]
    elif st == 1:
        parts = [f"{ex}", "", f"HISTORY: {hist}", "", f"FINDINGS: {find}", "", f"IMPRESSION: {imp}", "", f"Dictated by: {nm(rad)}  {fdate(r, c['date'], 0)} {ftime(r)}",
                 f"Transcribed: {fdate(r, c['date'], 0)}", f"{pname(c, 1)}  {c['mrn']}"]
    elif st == 2:
        parts = [P(r, ["Ridgeline Imaging Associates", "Kestrel Valley Open MRI", "Summit Ridge Imaging Center", "Northbridge Diagnostic Radiology"]), f"Tel {fake_phone(r)}", "",
                 f"Patient: {pname(c)}   DOB: {fdate(r, c['dob'], 0)}", f"Referring: {nm(c['surgeon'])}, {c['fac']['name']}", f"Date of service: {fdate(r, c['date'], 2)}", "",
                 f"Procedure: {ex}", f"Indication: {hist}", f"Technique: {tech}", "", "Findings:", *[f"  {x.strip().rstrip('.')}." for x in find.split(". ") if x.strip()], "",
                 "Impression:", f"  {imp}", "", f"Thank you for this referral.", sig(r, c, rad)]
    elif st == 3:
        parts = [f"RADIOLOGY REPORT  **FINAL**", f"{pname(c, 1)}  MRN:{c['mrn']}  DOB:{fdate(r, c['dob'], 0)}  Loc: {P(r, ['OP', 'ED', 'IP', 'SPORTS CLINIC'])}",
                 f"{ex}  ({fdate(r, c['date'], 0)} {ftime(r)})", "", f"REASON FOR EXAM: {hist} ICD: {icd(c)}", "", f"{find}", "", f"IMPRESSION:\n{imp.upper() if r.random() < 0.4 else imp}", "",
                 f"Electronically signed: {nm(rad, 2)} {fdate(r, c['date'], 0)} {ftime(r)}"]
    elif st == 4:
        parts = [letterhead(r, c), "", f"{P(r, ['PRELIMINARY REPORT', 'Wet read', 'ED PRELIM'])}: {ex}", f"{pname(c)}  #{c['mrn']}", "",
                 f"Prelim: {imp} {P(r, ['Final to follow.', 'Discussed with ordering provider at ' + ftime(r) + '.'])}", "", f"Resident: {P(r, ['T. Karras, MD', 'B. Osei, MD'])} / Attending: {nm(rad, 1)}"]
    else:
        parts = [f"Exam: {ex}", f"Patient: {pname(c, 2)}    Date: {fdate(r, c['date'], 0)}", "",
                 f"Indication: {hist}", f"Comparison: {comp}", "", f"Report: {tech} {find}", "", f"Conclusion: {imp}", "",
                 P(r, ["", "Critical result: no.", f"BI-RADS: n/a", "Radiation dose: per protocol."]), sig(r, c, rad)]
    return c, "\n".join(parts)


PATH_DESC = {
    "menisc": ("Meniscal fragments, {side} knee", "Multiple irregular tan-white rubbery fragments aggregating {a} x {b} x {c} cm.", "Fibrocartilage with degenerative changes, myxoid degeneration and fraying, consistent with torn meniscus."),
    "kneeoa": ("Bone, {side} knee, femoral and tibial resection", "Multiple bone fragments with articular cartilage, the largest {a} x {b} x {c} cm, showing eburnation and exposed subchondral bone.", "Degenerative joint disease (osteoarthritis) with eburnation, fibrocartilaginous metaplasia and subchondral cysts."),
    "hipoa": ("Femoral head, {side}, arthroplasty", "Femoral head {a} cm in diameter with attached neck. Articular surface with areas of eburnation and osteophytes. Sectioned.", "Femoral head with severe degenerative joint disease (osteoarthritis). No evidence of avascular necrosis or malignancy."),
    "rcuff": ("Bone, {side} distal clavicle, excision", "Fragments of bone and cartilage aggregating {a} x {b} x {c} cm.", "Bone and cartilage with degenerative changes. No inflammation or neoplasm."),
    "latepi": ("Soft tissue, {side} lateral elbow, ECRB debridement", "Tan-gray fibrous tissue {a} x {b} x {c} cm.", "Dense fibrous connective tissue with angiofibroblastic hyperplasia and mucoid degeneration, consistent with tendinosis."),
    "acl": ("Synovium and ACL remnant, {side} knee", "Tan-pink soft tissue fragments aggregating {a} x {b} x {c} cm.", "Fragments of dense fibrous ligament with hemorrhage, reactive synovium. No malignancy."),
    "hipfai": ("Loose body, {side} hip", "Ovoid osteocartilaginous fragment {a} x {b} x {c} cm.", "Osteocartilaginous loose body."),
}

def g_pathology_report(r):
    key = P(r, list(PATH_DESC.keys()))
    c = make_ctx(r, case=[x for x in CASES if x["key"] == key][0])
    c["date"] = c["surgdate"]
    cs = c["case"]
    spec, gross, dx = PATH_DESC[key]
    spec = spec.format(side=side_word(c))
    gross = gross.format(a=round(r.uniform(0.8, 5.0), 1), b=round(r.uniform(0.5, 3.0), 1), c=round(r.uniform(0.2, 1.5), 1))
    acc = f"{P(r, ['S', 'SP', 'OS'])}{str(c['date'].year)[2:]}-{r.randrange(1000, 29999)}"
    st = r.randrange(6)
    clinical = f"{dxline(c)}; {lc(proc_name(r, c))}"
    if st == 0:
        parts = [c["fac"]["name"], "DEPARTMENT OF PATHOLOGY", "SURGICAL PATHOLOGY REPORT", "", f"Accession: {acc}", banner(r, c), f"Surgeon: {nm(c['surgeon'])}",
                 f"Date of procedure: {fdate(r, c['date'], 0)}   Received: {fdate(r, c['date'], 0)}   Reported: {fdate(r, c['date'] + dt.timedelta(days=r.randrange(1, 5)), 0)}", "",
                 "CLINICAL HISTORY:", clinical, "", "SPECIMEN:", f"A. {spec}", "", "GROSS DESCRIPTION:",
                 f"Received in formalin labeled with the patient's name and \"{spec.lower()}\" is {gross[0].lower() + gross[1:]} {P(r, ['Representative sections submitted in cassette A1.', 'Entirely submitted in A1-A2 after decalcification.', 'Representative sections submitted after decalcification.'])}", "",
                 "MICROSCOPIC DESCRIPTION:", P(r, ["Sections confirm the diagnosis below.", "Microscopic examination performed.", dx]), "", "FINAL DIAGNOSIS:", f"{spec.upper()}:", f"- {dx.upper()}", "",
                 f"{nm(c['path'])}, Pathologist", P(r, ["(Electronically signed)", "I have personally reviewed the slides and rendered the diagnosis."])]
    elif st == 1:
        parts = [f"PATHOLOGY  {acc}", f"{pname(c, 1)}  MRN {c['mrn']}  {c['age']}Y {c['sex']}", "", f"DIAGNOSIS:", f"  {spec}:", f"    {dx}", "",
                 f"GROSS: {gross}", f"CLINICAL: {clinical}", "", f"Signed out: {nm(c['path'], 1)} {fdate(r, c['date'] + dt.timedelta(days=2), 0)}"]
    elif st == 2:
        parts = [P(r, ["Tri-County Pathology Associates, PC", "Ridgeline Pathology Group", "Harlow Bay Anatomic Pathology"]), f"CLIA {r.randrange(10, 99)}D{r.randrange(1000000, 9999999)}", "",
                 f"Patient: {pname(c)}   DOB: {fdate(r, c['dob'], 0)}   Case: {acc}", f"Submitting physician: {nm(c['surgeon'])}   Facility: {c['fac']['name']}", "",
                 "Final Pathologic Diagnosis", f"{spec}: {dx}", "", "Gross Examination", gross, "", "Clinical Information", clinical, "",
                 f"CPT: 88304{P(r, [', 88311 (decal)', ''])}", "", sig(r, c, c["path"])]
    elif st == 3:
        parts = ["SURGICAL PATHOLOGY - GROSS ONLY", f"{pname(c, 2)} | {acc} | {fdate(r, c['date'], 0)}", "",
                 f"Specimen: {spec}", f"Gross: {gross}", f"Diagnosis: {spec.split(',')[0]}, gross examination only{P(r, [' - no microscopic examination per departmental policy.', '.'])}", "",
                 "Per hospital policy, specimens from routine orthopaedic procedures may be examined grossly only.", "", nm(c["path"])]
    elif st == 4:
        parts = [letterhead(r, c, "Anatomic Pathology"), "", banner(r, c), "", f"Specimen(s) received: 1    Container labeled: '{spec.split(',')[0]}'", "",
                 f"Final Diagnosis\n---------------\n{spec}\n  {dx}\n  {P(r, ['Negative for malignancy.', 'No evidence of infection.', ''])}", "",
                 f"Intraoperative consultation: {P(r, ['None', 'Frozen section: fewer than 5 neutrophils per high power field in 5 fields (negative for acute inflammation)'])}", "",
                 f"Gross Description\n-----------------\n{gross}", "", sig(r, c, c["path"])]
    else:
        parts = [f"{c['fac']['short']} LAB / PATHOLOGY", f"Pt: {pname(c)}  DOB {fdate(r, c['dob'], 0)}  Acc# {acc}", f"Proc date {fdate(r, c['date'], 0)}  Dr. {c['surgeon'][1]}", "",
                 f"SOURCE: {spec}", f"HX: {clinical}", f"DX: {dx}", f"COMMENT: {P(r, ['Correlation with clinical findings recommended.', 'None.', 'Findings consistent with the clinical impression.'])}", "",
                 f"Pathologist: {nm(c['path'], 1)}"]
    return c, "\n".join(parts)

def g_medication_list(r):
    c = make_ctx(r, surgical=r.random() < 0.6)
    cs = c["case"]
    home = [(m[0], m[1], m[2], m[3]) for m in c["meds"]]
    ortho = P(r, [[("meloxicam", "15 mg", "PO daily", cs["dx"])], [("ibuprofen", "600 mg", "PO q8h PRN", "pain")], [("naproxen", "500 mg", "PO BID", cs["dx"])],
                  [("diclofenac 1% gel", "4 g", "topically QID", cs["dx"])], [("acetaminophen", "500 mg", "2 tabs PO q8h PRN", "pain")]])
    allm = home + ortho
    st = r.randrange(7)
    if st == 0:
        parts = [c["fac"]["name"], P(r, ["ADMISSION MEDICATION RECONCILIATION", "Medication Reconciliation - Admission", "HOME MEDICATION LIST / RECONCILIATION"]), banner(r, c), "",
                 f"Source of information: {P(r, ['Patient', 'Patient and spouse', 'Pharmacy fill history', 'Patient-provided list'])}   Allergies: {allergy_str(c)}", "",
                 f"{'Medication':<36}{'Dose':<10}{'Route/Freq':<20}{'Last dose':<12}Action"]
        for m in allm:
            parts.append(f"{m[0]:<36}{m[1]:<10}{m[2]:<20}{fdate(r, c['date'] - dt.timedelta(days=r.randrange(0, 3)), 1):<12}{P(r, ['Continue', 'Continue', 'Hold', 'Hold peri-op' if m[0] in ('aspirin', 'meloxicam', 'naproxen', 'ibuprofen') else 'Continue'])}")
        parts += ["", f"Reconciled by: {nm(c['rn'])}  {fdate(r, c['date'], 0)} {ftime(r)}", f"Reviewed by prescriber: {nm(P(r, [c['pa'], c['surgeon']]))}"]
    elif st == 1:
        new = dc_meds(r, c)[:4]
        parts = [P(r, ["DISCHARGE MEDICATION RECONCILIATION", "Your Medication List at Discharge", "Discharge Medication Instructions"]), f"{pname(c)}   DOB {fdate(r, c['dob'], 0)}", "",
                 "START taking these NEW medications:"] + [f"  * {m}" for m in new] + ["", "CONTINUE taking these medications:"] + \
                [f"  * {m[0]} {m[1]} - {m[2]}" for m in home if m[0] != "aspirin"] + ["", "STOP taking these medications:"] + \
                [f"  * {m[0]} {m[1]}" for m in ortho] + ["  * Any over-the-counter NSAIDs (Advil, Aleve) unless told otherwise"] + \
                ["", f"Pharmacy: {c['pharm']}", f"Prescriber: {nm(c['surgeon'])}   Reviewed with patient by {nm(c['rn'])}", "Patient signature: ________________________"]
    elif st == 2:
        parts = [c["fac"]["name"], "PATIENT MEDICATION HISTORY FORM", "(Please list ALL prescription, over-the-counter, vitamins and herbal supplements)", "",
                 f"Name: {pname(c)}      Date: {fdate(r, c['date'], 1)}", f"Pharmacy: {c['pharm']}  Phone {fake_phone(r)}", "",
                 "Medication name          Strength      How often      Reason"]
        for m in allm:
            parts.append(f"{m[0][:24]:<25}{m[1]:<14}{m[2].replace('PO ', ''):<15}{m[3]}")
        parts += [f"{P(r, ['fish oil', 'glucosamine', 'multivitamin', 'turmeric'])}            1 cap         daily          supplement", "", f"Allergies: {allergy_str(c)}",
                  f"Do you take blood thinners?  {'YES' if any(m[0] == 'aspirin' for m in allm) else 'NO'}", "Patient signature: ____________________"]
    elif st == 3:
        parts = [f"{c['fac']['short']} Ortho Clinic - Current Outpatient Medications", banner(r, c), ""]
        for m in allm:
            parts.append(f"- {m[0].title()} {m[1]}: take {m[2].replace('PO', 'by mouth')} {P(r, ['', '(historical med)', ''])}".rstrip())
        parts += ["", f"Allergies as of {fdate(r, c['date'], 0)}: {allergy_str(c)}", f"Medication list reviewed at this visit by {nm(P(r, [c['rn'], c['pa']]), 1)}."]
    elif st == 4:
        parts = [P(r, PHARMACIES) + " - Patient Profile / Fill History", f"Patient: {pname(c, 1)}  DOB: {fdate(r, c['dob'], 0)}", f"Printed for: {c['fac']['name']}", "",
                 "Rx#       Drug                      Qty   Fill Date   Prescriber"]
        for m in allm:
            parts.append(f"{r.randrange(1000000, 9999999)}  {(m[0] + ' ' + m[1])[:25]:<26}{P(r, ['30', '90', '60']):<6}{fdate(r, c['date'] - dt.timedelta(days=r.randrange(5, 80)), 0)}  {P(r, [c['pcp'][1], c['surgeon'][1]])}")
    elif st == 5:
        parts = [letterhead(r, c, "Pre-Admission Testing"), "", "PRE-OPERATIVE MEDICATION INSTRUCTIONS", banner(r, c), f"Surgery date: {fdate(r, c['surgdate'], 2)}", ""]
        for m in allm:
            if m[0] in ("aspirin", "meloxicam", "naproxen", "ibuprofen"):
                a = "STOP 7 days before surgery"
            elif m[0] in ("metformin", "lisinopril", "hydrochlorothiazide"):
                a = "Do NOT take the morning of surgery"
            elif m[0].startswith("oral contra"):
                a = "Discuss with surgeon; may continue"
            else:
                a = "TAKE morning of surgery with a sip of water"
            parts.append(f"{m[0]} {m[1]}: {a}")
        parts += ["Vitamins/herbal supplements: stop 7 days before surgery.", "", f"Questions: call Pre-Admission Testing {c['fphone']}", nm(c["rn"])]
    else:
        parts = [f"MEDICATIONS ({fdate(r, c['date'], 0)})", f"{pname(c)}", ""] + [f"{i + 1}) {m[0]} {m[1]} {m[2]}" for i, m in enumerate(allm)] + \
                ["", f"ALLERGIES: {allergy_str(c).upper()}", P(r, ["Verified w/ pt.", "Per patient.", "Unable to verify doses - pt to bring bottles."])]
    return c, "\n".join(parts)


def g_prescription(r):
    c = make_ctx(r)
    cs = c["case"]
    prov = P(r, [c["surgeon"], c["sportsmd"], c["pa"]])
    dea = f"{P(r, ['B', 'F', 'M'])}{c['surgeon'][1][0]}{r.randrange(1000000, 9999999)}"
    npi = str(r.randrange(1000000000, 1999999999))
    drug = P(r, [("Meloxicam 15 mg tablet", "Take 1 tablet by mouth once daily with food", "30", "2"),
                 ("Oxycodone 5 mg tablet", "Take 1-2 tablets by mouth every 6 hours as needed for severe pain", "30 (thirty)", "0"),
                 ("Hydrocodone-acetaminophen 5-325 mg", "1 tab PO q6h PRN pain. Max 6/day", "20 (twenty)", "0"),
                 ("Naproxen 500 mg tab", "1 PO BID with food", "60", "1"),
                 ("Cyclobenzaprine 10 mg tab", "1 PO qHS PRN muscle spasm", "20", "0"),
                 ("Methylprednisolone 4 mg dose pack", "Take as directed on package", "1 pack", "0"),
                 ("Diclofenac sodium 1% gel", "Apply 4 g to affected joint four times daily", "100 g tube", "3"),
                 ("Aspirin 81 mg EC", "1 tab PO BID x 28 days for DVT prophylaxis", "56", "0"),
                 ("Cephalexin 500 mg capsule", "1 cap PO QID x 7 days", "28", "0"),
                 ("Ondansetron 4 mg ODT", "Dissolve 1 tab on tongue q8h PRN nausea", "12", "0")])
    hdr_pad = f"{nm(prov)}\n{c['fac']['name']}\n{c['fac']['addr']}, {c['fcity'][0]}, {c['fcity'][1]}\nTel {c['fphone']}  DEA# {dea}  NPI {npi}"
    pt = f"Name: {pname(c)}   DOB: {fdate(r, c['dob'], 0)}\nAddress: {c['street']}, {c['city']}, {c['state']} {c['zip']}   Date: {fdate(r, c['date'], 0)}"
    st = r.randrange(8)
    if st == 0:
        parts = [hdr_pad, "-" * 50, pt, "", "Rx", f"{drug[0]}", f"Sig: {drug[1]}", f"Disp: {drug[2]}", f"Refills: {drug[3]}", "",
                 P(r, ["[ ] Dispense as written   [X] Substitution permitted", "Generic substitution permitted", "DAW"]), "", f"______________________ {nm(prov, 1)}"]
    elif st == 1:
        dme = P(r, cs["dme"])
        parts = [letterhead(r, c), "", P(r, ["DME PRESCRIPTION / CERTIFICATE OF MEDICAL NECESSITY", "Durable Medical Equipment Order", "Rx - DME"]), "", pt, "",
                 f"Item: {dme}", f"HCPCS: {P(r, ['L1833', 'L3670', 'E0114', 'E0143', 'L4361', 'L0631', 'E0218', 'L3908'])}", f"Diagnosis: {dxline(c)}  {icd(c)}",
                 f"Length of need: {P(r, ['3 months', '6 months', '99 (lifetime)', '6 weeks'])}", f"Instructions: {P(r, ['Fit and dispense', 'Patient to wear at all times when ambulating', 'Use as directed'])}",
                 f"Vendor: {P(r, ['KVOSM DME Closet', 'Harlow Medical Supply', 'Apex Orthotics & Prosthetics', 'in-office'])}", "",
                 "I certify that this equipment is medically necessary.", f"Physician: {nm(prov)}   NPI {npi}", "Signature: _________________   Date: " + fdate(r, c["date"], 0)]
    elif st == 2:
        parts = [f"{P(r, PT_CLINICS)} / {c['fac']['short']}", "PHYSICAL THERAPY PRESCRIPTION", "", pt, "", f"Diagnosis: {dxline(c)} ({icd(c)})",
                 f"{'Date of surgery: ' + fdate(r, c['surgdate'], 0) if cs['surg'] and r.random() < 0.5 else 'Non-operative'}",
                 f"Orders: {P(r, ['Evaluate and treat', 'Eval & Tx per protocol', 'PT eval and treat - see attached protocol'])}", f"Protocol: {cs['pt']}",
                 f"Frequency: {P(r, ['2-3x/week', '2x/week', '3x/week'])} x {P(r, ['4', '6', '8', '12'])} weeks", f"Precautions: {cs['restr']}",
                 f"Modalities as indicated: [X] ice [X] e-stim [ ] ultrasound [{P(r, ['X', ' '])}] dry needling", "", f"{nm(prov)}   {fdate(r, c['date'], 0)}"]
    elif st == 3:
        parts = ["ELECTRONIC PRESCRIPTION - TRANSMITTED", f"To: {c['pharm']}  Fax {fake_phone(r)}", f"From: {nm(prov)}  NPI {npi}", f"Sent: {fdate(r, c['date'], 0)} {ftime(r)}", "",
                 f"Patient: {pname(c, 2)}  DOB {fdate(r, c['dob'], 0)}  Ph {c['phone']}", "", f"{drug[0]}", f"SIG: {drug[1]}", f"QTY: {drug[2]}   DAYS SUPPLY: {P(r, ['5', '7', '10', '30'])}   REFILLS: {drug[3]}",
                 f"Dx: {icd(c)}", f"Note to pharmacist: {P(r, ['None', 'Post-op pain', 'Pt allergic to ' + allergy_str(c)])}", "", f"Confirmation #: {r.randrange(100000000, 999999999)}"]
    elif st == 4:
        ctl = P(r, ["Oxycodone HCl 5 mg tablets", "Hydrocodone/APAP 5/325 mg tablets", "Tramadol 50 mg tablets"])
        parts = [c["fac"]["name"].upper(), "CONTROLLED SUBSTANCE PRESCRIPTION", f"Security features: void pantograph / microprint / {P(r, ['serial', 'batch'])} #{r.randrange(100000, 999999)}", "",
                 pt, "", f"{ctl}", f"Quantity: {P(r, ['20 (twenty)', '30 (thirty)', '40 (forty)'])}", f"Sig: 1 tablet by mouth every {P(r, ['4', '6'])} hours as needed for post-operative pain",
                 "Refills: NONE", f"PDMP checked: {fdate(r, c['date'], 0)}", "", f"Prescriber: {nm(prov)}  DEA {dea}", "Signature: ______________________"]
    elif st == 5:
        parts = [f"{nm(prov)}", f"{c['fac']['name']}", "", f"For: {pname(c)}", f"Date: {fdate(r, c['date'], 1)}", "",
                 f"{P(r, ['Knee brace - hinged, ROM', 'Crutches - adjustable aluminum', 'Wrist splint', 'Sling', 'Cold therapy unit', 'Rolling walker', 'CAM boot'])}",
                 f"Dx: {cs['dx']}", "", f"{P(r, ['Signed', ''])} {nm(prov, 1)}"]
    elif st == 6:
        parts = [f"{c['pharm']}", "REFILL AUTHORIZATION REQUEST", f"Date: {fdate(r, c['date'], 0)}", f"To: {nm(prov)}  Fax {c['ffax']}", "",
                 f"Patient: {pname(c)}   DOB {fdate(r, c['dob'], 0)}", f"Medication: {drug[0]}", f"Last filled: {fdate(r, c['date'] - dt.timedelta(days=30), 0)}  Qty {drug[2]}", "",
                 f"[{P(r, ['X', ' '])}] Approved   Refills: {r.randrange(0, 3)}", "[ ] Denied  Reason: _____________", "[ ] Patient needs appointment", "",
                 f"Prescriber signature: __________________  {nm(prov, 1)}"]
    else:
        parts = [P(r, ["WORK / SCHOOL NOTE AND PRESCRIPTION", "Rx"]), hdr_pad, "", pt, "",
                 f"Rx: {drug[0]} - {drug[1]}. #{drug[2]}. RF {drug[3]}.", f"Rx: {P(r, cs['dme'])} - fit and dispense. Dx {icd(c)}.", "", nm(prov)]
    return c, "\n".join(parts)


def g_anesthesia_record(r):
    c = make_ctx(r, surgical=True)
    c["date"] = c["surgdate"]
    cs = c["case"]
    asa = P(r, ["1", "2", "2", "3"]) if c["age"] > 40 else P(r, ["1", "2"])
    block = {"knee": "adductor canal", "shoulder": "interscalene", "hip": "fascia iliaca", "ankle": "popliteal sciatic + saphenous", "wrist": "supraclavicular", "elbow": "infraclavicular"}.get(cs["joint"], "none")
    tech = P(r, ["GETA", "LMA", "Spinal + MAC", "General (LMA) + regional block", "MAC + regional"]) if cs["fam"] not in ("tka", "tha") else P(r, ["Spinal + MAC", "GETA"])
    drugs = ["Midazolam 2 mg", f"Fentanyl {P(r, ['50', '100', '150'])} mcg", f"Propofol {P(r, ['150', '200', '180'])} mg", P(r, ["Rocuronium 50 mg", "Succinylcholine 100 mg", "Lidocaine 60 mg"]),
             "Ondansetron 4 mg", "Dexamethasone 4-8 mg", P(r, ["Cefazolin 2 g", "Vancomycin 1.5 g" if "Cefazolin" in allergy_str(c) else "Cefazolin 2 g"])]
    t0 = r.randrange(7, 14)
    st = r.randrange(7)
    if st == 0:
        rows = []
        for i in range(r.randrange(6, 12)):
            tm = f"{t0 + (i * 15) // 60:02d}:{(i * 15) % 60:02d}"
            rows.append(f"{tm}   {r.randrange(95, 145)}/{r.randrange(50, 88):<4} {r.randrange(55, 95):<5} {r.randrange(97, 101):<5} {r.randrange(30, 42) if 'G' in tech or 'LMA' in tech else '--':<5} {round(r.uniform(35.8, 36.9), 1)}")
        parts = [c["fac"]["name"], "INTRAOPERATIVE ANESTHESIA RECORD", banner(r, c), "",
                 f"Procedure: {proc_name(r, c)}   Surgeon: {nm(c['surgeon'], 1)}", f"Anesthesiologist: {nm(c['anes'])}   CRNA: {nm(c['crna'])}", f"ASA: {asa}   Technique: {tech}   Airway: {P(r, ['LMA #4', 'ETT 7.0 cuffed, grade I view, MAC 3', 'Natural airway / nasal cannula', 'ETT 7.5, VL grade I'])}",
                 f"Anesthesia start {t0:02d}:{r.randrange(0, 30):02d}  Incision {t0:02d}:{r.randrange(30, 59):02d}  Anesthesia end {t0 + 2:02d}:{r.randrange(0, 59):02d}", "",
                 "TIME    BP       HR    SpO2  EtCO2 Temp"] + rows + ["", "MEDICATIONS: " + "; ".join(drugs),
                 f"FLUIDS: LR {r.randrange(6, 20) * 100} mL   EBL: {r.randrange(5, 400)} mL   UOP: {P(r, ['n/a', str(r.randrange(100, 500)) + ' mL'])}",
                 f"Positioning: {P(r, ['supine', 'beach chair', 'lateral decubitus', 'prone'])}, pressure points padded. Eyes taped.", f"Disposition: PACU, stable, {P(r, ['extubated', 'LMA removed', 'spontaneous ventilation'])}.", "",
                 sig(r, c, c["anes"])]
    elif st == 1:
        parts = [P(r, ["PRE-ANESTHESIA EVALUATION", "Anesthesia Pre-Procedure Assessment", "PREANESTHETIC ASSESSMENT"]), banner(r, c), "",
                 f"Planned procedure: {proc_name(r, c)}", f"Ht {c['ht']} in  Wt {c['wt']} lb  BMI {c['bmi']}", f"NPO status: solids since {P(r, ['midnight', '2200'])}, clears until {P(r, ['0500', '0600', '0430'])}",
                 f"Previous anesthesia: {P(r, ['uncomplicated', 'PONV', 'none', 'difficult IV access'])}   Family hx MH: denies", f"PMH: {pmh_str(r, c)}", f"Meds: {meds_str(r, c, 1)}", f"Allergies: {allergy_str(c)}", "",
                 f"Airway: Mallampati {P(r, ['I', 'II', 'III'])}, TMD > 6 cm, mouth opening > 3 FB, neck ROM full, dentition {P(r, ['intact', 'partial upper plate', 'good'])}",
                 f"CV: {P(r, ['RRR', 'RRR, no murmur'])}  Pulm: {P(r, ['CTA', 'clear'])}", f"Labs/ECG: {P(r, ['reviewed, wnl', 'not indicated', 'Hgb ' + str(round(r.uniform(12, 15), 1)) + ', ECG NSR'])}", "",
                 f"ASA {asa}{P(r, ['', 'E'] if cs['key'] in ('ankfx', 'dradius') else [''])}", f"Plan: {tech}{'; ' + block + ' block for postop analgesia' if block != 'none' else ''}",
                 "Risks discussed including sore throat, dental injury, PONV, awareness, nerve injury from block, and rare serious complications. Questions answered, consent signed.", "", sig(r, c, c["anes"])]
    elif st == 2:
        ald = [r.randrange(8, 11) for _ in range(3)]
        parts = [P(r, ["PACU RECORD", "Post Anesthesia Care Unit - Phase I", "PACU / POST-ANESTHESIA NOTE"]), f"{pname(c, 2)}  {c['mrn']}", "",
                 f"Arrival {t0 + 2:02d}:{r.randrange(10, 59):02d} from OR {r.randrange(1, 12)}  Procedure: {proc_name(r, c)}", f"Anesthesia: {tech}", "",
                 "Aldrete: arrival " + str(ald[0]) + "  30 min " + str(ald[1]) + "  discharge " + str(max(ald[2], 9)),
                 f"Pain (0-10): {r.randrange(0, 8)} -> {r.randrange(0, 4)}", f"Meds given: {P(r, ['hydromorphone 0.5 mg IV x2', 'fentanyl 25 mcg IV x2', 'oxycodone 5 mg PO', 'none required (block working)'])}",
                 f"PONV: {P(r, ['none', 'mild, ondansetron given', 'none'])}", f"Operative extremity: dressing dry, {P(r, ['fingers', 'toes'])} warm and pink, {P(r, ['block in effect', 'moves digits', 'sensation returning'])}", "",
                 f"Post-anesthesia evaluation: patient awake, airway patent, vitals stable, no apparent anesthetic complications.", f"Discharged from PACU to {P(r, ['Phase II', 'floor', 'home with responsible adult'])} at {t0 + 3:02d}:{r.randrange(0, 59):02d}", "",
                 sig(r, c, c["anes"])]
    elif st == 3:
        parts = [P(r, ["REGIONAL ANESTHESIA PROCEDURE NOTE", "Peripheral Nerve Block Note", "Nerve Block"]), banner(r, c), "",
                 f"Block: {side_word(c)} {block if block != 'none' else 'adductor canal'}   Indication: postoperative analgesia for {lc(proc_name(r, c))}", f"Requested by surgeon: {nm(c['surgeon'], 3)}",
                 f"Consent obtained. Time-out performed with RN. Monitors: ASA standard. Sedation: midazolam 2 mg, fentanyl 50 mcg.",
                 f"Technique: ultrasound guided, in-plane, 22g {P(r, ['50', '80', '100'])} mm echogenic needle. Negative aspiration every 5 mL. No paresthesia. Injection pressure low.",
                 f"Local anesthetic: {P(r, ['ropivacaine 0.5% 20 mL', 'bupivacaine 0.25% 20 mL with dexamethasone 4 mg', 'ropivacaine 0.5% 15 mL + liposomal bupivacaine 10 mL'])}",
                 f"{P(r, ['Catheter placed, secured at ' + str(r.randrange(8, 14)) + ' cm.', 'Single shot.'])}", "Complications: none. Patient tolerated well.", "", sig(r, c, c["anes"])]
    elif st == 4:
        parts = [f"ANESTHESIA RECORD -- {c['fac']['short']} OR {r.randrange(1, 12)} -- {fdate(r, c['date'], 0)}", f"PT: {pname(c, 1)}  AGE {c['age']}  WT {round(c['wt'] / 2.2)} kg  ASA {asa}", "",
                 f"PRE-OP: {P(r, ['pt identified, consent verified, NPO confirmed', 'chart reviewed, pt re-evaluated immediately prior to induction'])}",
                 f"INDUCTION {t0:02d}:{r.randrange(0, 59):02d}: {', '.join(drugs[:4])}", f"AIRWAY: {P(r, ['LMA 4 easy', 'DL MAC3 gr I, 7.0 ETT @ 21 cm', 'spinal L3-4 25g Whitacre, 0.75% bupi 1.6 mL, clear CSF'])}",
                 f"MAINTENANCE: {P(r, ['sevo 2% in O2/air', 'propofol infusion 50-100 mcg/kg/min', 'desflurane'])}", f"ABX: {drugs[-1]} at {t0:02d}:{r.randrange(0, 59):02d}",
                 f"TOURNIQUET: {P(r, ['up ' + str(t0) + ':40 down ' + str(t0 + 1) + ':35', 'none'])}", f"I/O: crystalloid {r.randrange(5, 20) * 100} / EBL {r.randrange(5, 300)}",
                 f"EMERGENCE: smooth. {P(r, ['Extubated awake.', 'LMA removed deep.', 'Awake, following commands.'])}", f"TO PACU {t0 + 2:02d}:{r.randrange(0, 59):02d} VSS", "", nm(c["crna"]) + " / " + nm(c["anes"], 1)]
    elif st == 5:
        parts = [c["fac"]["name"], "POST-ANESTHESIA EVALUATION", "(to be completed within 48 hours after anesthesia)", banner(r, c), "",
                 f"Procedure: {proc_name(r, c)}  Date: {fdate(r, c['date'], 0)}  Anesthesia: {tech}", "",
                 "[X] Respiratory function: stable, airway patent", "[X] Cardiovascular function: stable", "[X] Mental status: awake/alert/baseline",
                 "[X] Temperature: normothermic", f"[X] Pain: {P(r, ['adequately controlled', 'controlled with oral meds'])}", "[X] Nausea/vomiting: adequately controlled", "[X] Hydration: adequate",
                 f"Complications: {P(r, ['None', 'None', 'Sore throat', 'Residual block, expected'])}", "", sig(r, c, c["anes"])]
    else:
        parts = [P(r, ["Anesthesia Summary", "ANESTHESIA CASE SUMMARY"]), f"{pname(c)} / {c['mrn']} / DOS {fdate(r, c['date'], 0)}", "",
                 f"Case: {proc_name(r, c)} ({nm(c['surgeon'], 1)})", f"Type: {tech}", f"Total anesthesia time: {r.randrange(60, 200)} min  (Base units {P(r, ['3', '4', '5', '6', '8'])}, CPT-anesthesia {P(r, ['01400', '01402', '01630', '01214', '01830', '01810'])})",
                 f"Regional: {block}", f"Medications: {', '.join(drugs)}", f"Events: {P(r, ['none', 'transient hypotension treated with phenylephrine 100 mcg x2', 'bradycardia in beach chair treated with glycopyrrolate'])}", "",
                 f"Attending: {nm(c['anes'])}   Present for induction and emergence."]
    return c, "\n".join(parts)

def addr_block(r, c):
    return f"{pname(c)}\n{c['street']}\n{c['city']}, {c['state']} {c['zip']}"

def g_correspondence(r):
    c = make_ctx(r)
    cs = c["case"]
    d = fdate(r, c["date"], 2)
    closing = P(r, ["Sincerely,", "Sincerely yours,", "Best regards,", "Kind regards,", "Respectfully,"])
    st = r.randrange(8)
    if st == 0:
        parts = [letterhead(r, c), "", d, "", nm(c["pcp"]), f"{P(r, ['Harlow Bay', 'Kestrel Falls', 'Cedar Bluff'])} Family Medicine", "",
                 f"RE: {pname(c)}   DOB: {fdate(r, c['dob'], 0)}", "", f"Dear {nm(c['pcp'], 3)}:", "",
                 f"I had the pleasure of seeing {mrs(c)} in follow-up today regarding {his(c)} {region(c)}. {P(r, ['As you recall', 'As you know'])}, {he(c)} has {cs['dx']}. "
                 f"{P(r, ['Symptoms have improved considerably.', 'Unfortunately symptoms persist despite therapy.', 'Surgery went well and recovery is on track.'])}", "",
                 f"On exam today, {cs['exam'][0].lower() + cs['exam'][1:120].rsplit('.', 1)[0]}.", "", f"Plan: {' '.join(plan_str(r, c))}", "",
                 "Thank you for allowing me to participate in the care of your patient.", "", closing, "", "", nm(c["surgeon"]), f"cc: {pname(c)}" if r.random() < 0.3 else ""]
    elif st == 1:
        parts = [letterhead(r, c), "", d, "", c["ins"][0], P(r, ["Utilization Management / Appeals", "Attn: Medical Director", "Prior Authorization Department"]), f"P.O. Box {r.randrange(1000, 99999)}", "",
                 f"RE: {P(r, ['Letter of Medical Necessity', 'Appeal of denial', 'Request for reconsideration'])} - {pname(c)}", f"Member ID: {c['memid']}   Ref #: {r.randrange(10000000, 99999999)}",
                 f"Requested service: {(cs['surg'] or 'MRI ' + cs['joint']) + (' (CPT ' + cs['cpt'] + ')' if cs['cpt'] else '')}", "", "To Whom It May Concern:", "",
                 f"I am writing on behalf of my patient, {pname(c)}, regarding {P(r, ['the denial of', 'authorization for'])} {lc((cs['surg'] or 'an MRI'))}. {he(c).capitalize()} has been diagnosed with {cs['dxlong']} ({icd(c)}).",
                 f"{hpi(r, c)}", f"Examination demonstrates: {cs['exam']}", f"Imaging: {cs['mri'] if cs['mri'] not in ('Not obtained.', 'Not indicated.') else cs['xr']}", "",
                 f"{he(c).capitalize()} has failed {P(r, ['more than 6 weeks', '3 months', '12 weeks'])} of conservative treatment including physical therapy, NSAIDs{', corticosteroid injection' if cs['inj'] else ''} and activity modification. "
                 "In my professional opinion, this treatment is medically necessary and consistent with accepted standards of care. Delay risks further deterioration and loss of function.", "",
                 "Please contact my office with any questions.", "", closing, "", nm(c["surgeon"])]
    elif st == 2:
        parts = [letterhead(r, c), "", d, "", addr_block(r, c), "", f"Dear {mrs(c)},", "",
                 P(r, [f"This letter is to inform you of the results of your recent {'EMG study' if cs['key'] == 'cts' else ('MRI' if cs['mri'] not in ('Not obtained.', 'Not indicated.') else 'x-rays')}. The study showed {cs['imp'][0].lower() + cs['imp'][1:]} Please call to schedule a follow-up visit to discuss treatment options.",
                       f"Our records show that you missed your scheduled appointment on {fdate(r, c['date'] - dt.timedelta(days=5), 2)}. Continued follow-up is important for your {region(c)}. Please call {c['fphone']} to reschedule.",
                       f"We have been unable to reach you by telephone regarding your surgery scheduled for {fdate(r, c['surgdate'], 2)}. Please contact our surgery scheduler at {c['fphone']}."]), "",
                 closing, "", nm(P(r, [c["surgeon"], c["sportsmd"]])), P(r, ["", "/jm", "Dictated/not read"])]
    elif st == 3:
        parts = [letterhead(r, c, "Sports Medicine"), "", d, "", f"To: {P(r, ['Head Coach', 'Athletic Director', 'School Nurse', 'Athletic Trainer'])}, {c['school']}", "",
                 f"RE: {pname(c)}", "", "To whom it may concern:", "",
                 f"{pname(c)} is under my care for a {region(c)} injury. {P(r, ['He', 'She'] if True else [''])} {P(r, ['may not participate in practice or games until further notice.', 'may return to non-contact practice and conditioning.', 'is cleared for full participation without restriction as of ' + fdate(r, c['date'], 2) + '.', 'may participate with a brace.'])}"
                 .replace("He ", he(c).capitalize() + " ").replace("She ", he(c).capitalize() + " "),
                 f"{P(r, ['Please excuse absences related to medical appointments.', 'Please allow elevator use and extra passing time.', 'Please contact our athletic trainer ' + nm(c['atc']) + ' with any questions.'])}", "",
                 closing, nm(c["sportsmd"])]
    elif st == 4:
        force_wc(r, c)
        parts = [letterhead(r, c), "", d, "", f"{P(r, ['Ms. Dana Kellerman', 'Mr. Lyle Fortney', 'Ms. Priscilla Oduya'])}, Claims Adjuster", c["ins"][0] if c["ins"][1] == "WC" else "Unity Workers' Comp Mutual", "",
                 f"RE: {pname(c)}  Claim: {c['claim']}  DOI: {fdate(r, c['doi'], 0)}", "", "Dear Claims Adjuster:", "",
                 f"In response to your letter dated {fdate(r, c['date'] - dt.timedelta(days=r.randrange(5, 30)), 2)}, I offer the following regarding the above claimant.", "",
                 f"Diagnosis: {dxline(c)}. In my opinion, within a reasonable degree of medical certainty, the diagnosis is {P(r, ['causally related to', 'an aggravation of a pre-existing condition by'])} the work injury of {fdate(r, c['doi'], 0)}.",
                 f"Current work status: {P(r, ['modified duty', 'temporarily totally disabled', 'full duty'])}. {cs['restr']}", f"Further treatment: {lc((cs['surg'] or cs['pt']))}.",
                 f"Anticipated MMI: {P(r, ['approximately 3 months', '6 months post-op', 'unknown at this time'])}.", "", closing, nm(c["surgeon"])]
    elif st == 5:
        parts = [f"{c['fac']['name']}", "", d, "", f"{P(r, ['Thomas R. Whitlock, Esq.', 'Gail M. Herrera, Attorney at Law', 'Kessler & Obi LLP'])}", f"{r.randrange(100, 999)} Court St, {c['city']}, {c['state']}", "",
                 f"RE: Your client {pname(c)}; date of loss {fdate(r, c['doi'], 0)}", "", "Dear Counsel:", "",
                 f"Per your request and with the patient's signed authorization, I am providing a narrative summary. {mrs(c)} was first seen on {fdate(r, c['doi'] + dt.timedelta(days=3), 2)} for {region(c)} pain after {fill(c, P(r, cs['mech']))}. "
                 f"{he(c).capitalize()} was diagnosed with {cs['dxlong']}. Treatment has included {lc((cs['surg'] or 'physical therapy'))}. Prognosis is {P(r, ['good', 'fair', 'guarded'])}.", "",
                 f"Charges to date are enclosed. My fee for narrative report preparation is ${P(r, ['250', '350', '500'])}.", "", closing, nm(c["surgeon"]), "Enclosures"]
    elif st == 6:
        parts = [f"{nm(c['surgeon'], 3)}", f"{c['fac']['name']}", "", d, "", f"Dear {nm(c['pcp'], 3)},", "",
                 f"Just a quick note to let you know that your patient {pname(c)} underwent {lc(proc_name(r, c)) if cs['surg'] else 'evaluation'} {P(r, ['today', 'on ' + fdate(r, c['surgdate'], 2)])} "
                 f"{P(r, ['without complication', 'and did well', 'and was discharged the same day'])}. I will see {him(c)} back in two weeks. A copy of the operative report is enclosed.", "",
                 "Warm regards,", "", nm(c["surgeon"])]
    else:
        parts = [letterhead(r, c), "", d, "", f"{nm(c['pcp'])}", "", f"Patient: {pname(c)}   DOB: {fdate(r, c['dob'], 0)}", "",
                 f"{P(r, ['Dear Colleague', 'Dear Dr. ' + c['pcp'][1]])},", "",
                 f"{mrs(c)} completed {P(r, ['12', '16', '20', '8'])} visits of physical therapy at our clinic for {lc(dxline(c))}. Progress summary:",
                 f"- Pain: {c['pain']}/10 at evaluation -> {max(0, c['pain'] - r.randrange(2, 6))}/10 at discharge", f"- Function: {P(r, ['LEFS', 'QuickDASH', 'ODI'])} improved from {r.randrange(20, 40)} to {r.randrange(45, 75)}",
                 f"- Goals: {P(r, ['all met', 'partially met', '3 of 4 met'])}", f"Patient discharged to independent home program.", "", closing, nm(c["ptx"])]
    return c, "\n".join(p for p in parts if p is not None)


def g_consent_form(r):
    c = make_ctx(r, surgical=True)
    cs = c["case"]
    pn = proc_name(r, c)
    line = "_" * 30
    st = r.randrange(8)
    risks = "infection, bleeding, blood clots, injury to nerves or blood vessels, stiffness, continued pain, failure of the repair or implant, need for additional surgery, and risks of anesthesia including rare death"
    if st == 0:
        parts = [c["fac"]["name"].upper(), P(r, ["CONSENT FOR SURGERY OR OTHER PROCEDURE", "INFORMED CONSENT FOR OPERATION", "Surgical Consent"]), f"Form {c['fac']['short']}-{r.randrange(1000, 9999)} (Rev {r.randrange(1, 12)}/{r.randrange(2004, 2023)})", banner(r, c), "",
                 f"1. I authorize {nm(c['surgeon'])} and such assistants as may be selected to perform the following procedure: {pn}.",
                 f"2. The nature and purpose of the procedure, possible alternative methods of treatment, the risks involved ({risks}), and the possibility of complications have been explained to me.",
                 "3. I understand that physician assistants, residents or other qualified practitioners may perform important parts of the procedure under the supervision of my surgeon.",
                 "4. I consent to the administration of anesthesia as deemed advisable.", "5. I consent to the disposal of any tissue removed, and to photography for medical record purposes.",
                 "6. No guarantee or assurance has been given to me as to the results that may be obtained.", "",
                 f"Patient signature: {line}  Date/Time: {fdate(r, c['date'], 0)} {ftime(r)}", f"Witness: {line}  {nm(c['rn'])}",
                 f"Physician statement: I have explained the procedure, risks, benefits and alternatives. {line} {nm(c['surgeon'], 1)}"]
    elif st == 1:
        parts = [letterhead(r, c), "", "ANESTHESIA CONSENT", banner(r, c), "",
                 "I understand that anesthesia services are needed for my procedure. The anesthesia plan may include:",
                 "[X] General anesthesia   [ ] Spinal/Epidural   [X] Peripheral nerve block   [X] Monitored anesthesia care", "",
                 "Risks explained include: sore throat, hoarseness, nausea and vomiting, damage to teeth, awareness, nerve injury, headache, seizures, breathing difficulties, allergic reaction, heart attack, stroke, brain damage, and death.", "",
                 "I understand the plan may change during the procedure. I have had the opportunity to ask questions.", "",
                 f"Patient/Legal representative: {line}", f"Anesthesia provider: {nm(c['anes'])} {line}", f"Date: {fdate(r, c['date'], 0)}  Time: {ftime(r)}"]
    elif st == 2:
        inj_c = make_ctx(r, case=P(r, [x for x in CASES if x["inj"]]))
        c = inj_c
        parts = [f"{c['fac']['name']} - Sports Medicine", P(r, ["CONSENT FOR JOINT/SOFT TISSUE INJECTION", "Injection Consent", "Informed Consent: Corticosteroid Injection"]), "",
                 f"Patient: {pname(c)}   DOB: {fdate(r, c['dob'], 0)}", f"Procedure: {side_word(c)} {c['case']['inj'][0]} injection", f"Medication: {c['case']['inj'][1]}", "",
                 "Possible risks: pain at injection site, post-injection flare, infection (rare), bleeding/bruising, skin discoloration or thinning, tendon weakening, elevated blood sugar, facial flushing, allergic reaction.",
                 "Alternatives: rest, physical therapy, oral medications, no treatment.", "", "I have read the above and consent to the procedure.", "",
                 f"Signature: {line}   Date: {fdate(r, c['date'], 1)}", f"Provider: {nm(P(r, [c['sportsmd'], c['pa']]))}"]
    elif st == 3:
        parts = [c["fac"]["name"], P(r, ["CONSENT TO RECEIVE / REFUSAL OF BLOOD PRODUCTS", "Blood Transfusion Consent"]), banner(r, c), "",
                 f"Procedure: {pn}", "My physician has explained that I may need a transfusion of blood or blood products. Risks include fever, allergic reaction, hemolytic reaction, and rarely transmission of infection (HIV, hepatitis). Alternatives include autologous donation and cell salvage.", "",
                 f"[{P(r, ['X', ' '])}] I CONSENT to transfusion of blood products as deemed necessary.", f"[{P(r, [' ', ' ', 'X'])}] I REFUSE transfusion. I release the hospital and physicians from liability for consequences of this refusal.", "",
                 f"Signature: {line}  Relationship: Self", f"Witness: {line}   Date: {fdate(r, c['date'], 0)}"]
    elif st == 4:
        minor = make_ctx(r, case=P(r, [x for x in CASES if x["sport"]]))
        c = minor
        set_age(c, r.randrange(14, 18))
        parts = [f"{c['fac']['name']} / {c['school']} Athletic Training Program", "PARENT/GUARDIAN CONSENT FOR TREATMENT OF A MINOR ATHLETE", "",
                 f"Athlete: {pname(c)}   DOB: {fdate(r, c['dob'], 0)}   Sport(s): {c['sport']}", "",
                 "I give permission for the certified athletic trainers and team physicians of the sports medicine program to evaluate and treat my child for athletic injuries, including first aid, rehabilitation, taping/bracing and referral to appropriate providers. "
                 "In an emergency, I authorize transport to the nearest hospital. I authorize the exchange of injury information with coaches and school administrators as needed for participation decisions.", "",
                 f"Parent/Guardian name: {P(r, FIRST_M + FIRST_F)} {c['last']}   Phone: {fake_phone(r)}", f"Signature: {line}   Date: {fdate(r, c['date'], 0)}"]
    elif st == 5:
        parts = [letterhead(r, c), "", P(r, ["CONSENT FOR PHOTOGRAPHY / VIDEO", "Authorization to Photograph"]), f"Patient: {pname(c)}  MRN {c['mrn']}", "",
                 f"I consent to photographs and/or video recording of my {P(r, ['surgical procedure', 'arthroscopic images', 'injury and wound'])} for: [X] medical record  [{P(r, ['X', ' '])}] education  [ ] publication (identity concealed).", "",
                 f"Signature: {line}   Date: {fdate(r, c['date'], 0)}"]
    elif st == 6:
        parts = [P(r, PT_CLINICS), P(r, ["CONSENT FOR PHYSICAL THERAPY EVALUATION AND TREATMENT", "Informed Consent - Dry Needling", "Patient Consent to Treat"]), "",
                 f"Name: {pname(c)}   Date: {fdate(r, c['date'], 0)}", "",
                 "I consent to evaluation and treatment by the licensed physical therapists and physical therapist assistants. Treatment may include exercise, manual therapy, joint mobilization, modalities (heat, ice, electrical stimulation, ultrasound), and dry needling if indicated. "
                 "Risks include temporary soreness, bruising, fainting, and rarely pneumothorax (dry needling over thorax). I may refuse any part of treatment.", "",
                 "Cancellation policy: 24-hour notice required. No-shows may be charged.", "", f"Patient signature: {line}", f"Therapist: {nm(c['ptx'])}"]
    else:
        parts = [f"{c['fac']['short']}  {pname(c, 1)}  {c['mrn']}", "", "PROCEDURE-SPECIFIC INFORMED CONSENT", f"Procedure (in lay terms): {lc(pn)}", f"Side/Site: {side_word(c).upper()} {c['case']['joint'].upper()}", "",
                 "Specific risks discussed (initial each):", f"___ Infection   ___ Blood clot   ___ Nerve/vessel injury   ___ Stiffness   ___ {P(r, ['Graft failure', 'Re-tear', 'Dislocation', 'Leg length difference', 'Hardware removal', 'Wound healing problems'])}", "",
                 f"Benefits: {P(r, ['decreased pain', 'improved stability', 'improved function'])}.  Alternatives: {P(r, ['therapy', 'bracing', 'injections', 'observation'])}.", "",
                 f"Interpreter used: [ ] yes [X] no", f"Patient: {line}  Surgeon: {line}  Date: {fdate(r, c['date'], 0)}"]
    return c, "\n".join(parts)


def g_referral_letter(r):
    c = make_ctx(r)
    cs = c["case"]
    d = fdate(r, c["date"], 2)
    st = r.randrange(7)
    if st == 0:
        parts = [f"{P(r, ['Harlow Bay', 'Kestrel Falls', 'Cedar Bluff', 'Port Ellery'])} {P(r, ['Family Medicine', 'Internal Medicine Associates', 'Primary Care'])}", f"Tel {fake_phone(r)}  Fax {fake_phone(r)}", "", d, "",
                 f"{nm(c['surgeon'])}", c["fac"]["name"], "", f"RE: {pname(c)}, DOB {fdate(r, c['dob'], 0)}", "", f"Dear {nm(c['surgeon'], 3)},", "",
                 f"I am referring {mrs(c)}, a {c['age']}-year-old {P(r, ['patient of mine', 'established patient'])} with {region(c)} pain for orthopaedic evaluation. {hpi(r, c, 1)} "
                 f"{P(r, ['X-rays in our office showed ' + cs['xr'][0].lower() + cs['xr'][1:], 'No imaging has been obtained.', 'MRI has been ordered.'])}", "",
                 f"PMH: {pmh_str(r, c)} Meds: {meds_str(r, c, 1)} Allergies: {allergy_str(c)}.", "",
                 f"I would appreciate your evaluation and recommendations {P(r, ['regarding surgical options', 'for further management', 'regarding possible injection'])}.", "",
                 "Sincerely,", nm(c["pcp"])]
    elif st == 1:
        parts = [letterhead(r, c), "", "REFERRAL FOR PHYSICAL THERAPY", "", f"To: {P(r, PT_CLINICS)}", f"Date: {d}", f"Patient: {pname(c)}  DOB {fdate(r, c['dob'], 0)}  Phone {c['phone']}",
                 f"Insurance: {c['ins'][0]}", f"Diagnosis: {dxline(c)}  ICD {icd(c)}", f"Reason for referral: {cs['pt']}", f"Urgency: {P(r, ['Routine', 'Within 1 week', 'Urgent (post-op)'])}", "",
                 f"Referring provider: {nm(P(r, [c['surgeon'], c['sportsmd']]))}  NPI {r.randrange(1000000000, 1999999999)}", "Please send progress notes to our office."]
    elif st == 2:
        parts = [f"{c['school']} Sports Medicine", P(r, ["ATHLETIC TRAINER REFERRAL TO TEAM PHYSICIAN", "Referral for Physician Evaluation"]), "",
                 f"Athlete: {pname(c)}  Sport: {c['sport']}  Yr: {P(r, ['Fr', 'So', 'Jr', 'Sr'])}", f"Date of injury: {fdate(r, c['doi'], 0)}", "",
                 f"Mechanism: {fill(c, P(r, cs['mech']))}.", f"ATC findings: {cs['exam'][:200].rsplit('.', 1)[0]}.", f"Suspected injury: {cs['dx']}", f"Action taken: {P(r, ['ice, compression, crutches', 'splinted, removed from play', 'sling'])}", "",
                 f"Referred to: {nm(c['sportsmd'])}   Appointment: {fdate(r, c['date'] + dt.timedelta(days=r.randrange(1, 5)), 0)}", f"ATC: {nm(c['atc'])}  Cell {fake_phone(r)}"]
    elif st == 3:
        parts = [c["ins"][0].upper(), P(r, ["SPECIALIST REFERRAL AUTHORIZATION", "Referral Form - HMO"]), "",
                 f"Member: {pname(c)}  ID: {c['memid']}  Group: {c['group']}", f"PCP: {nm(c['pcp'])}", f"Referred to: {nm(c['surgeon'])} - Orthopaedic Surgery", f"Diagnosis: {icd(c)} {cs['dx']}",
                 f"Number of visits authorized: {P(r, ['1', '3', '6'])}   Valid: {fdate(r, c['date'], 0)} - {fdate(r, c['date'] + dt.timedelta(days=90), 0)}", f"Referral #: R{r.randrange(100000000, 999999999)}",
                 "Services: consult and follow-up; diagnostic x-ray. MRI and surgery require separate prior authorization."]
    elif st == 4:
        tgt = P(r, [("Hand & Upper Extremity", "hand surgery evaluation"), ("Pain Management", "interventional pain evaluation"), ("Rheumatology", "evaluation for inflammatory arthritis"),
                    ("Physical Medicine & Rehabilitation", "EMG/NCS"), ("Foot & Ankle", "foot and ankle subspecialty opinion"), ("Joint Replacement", "arthroplasty evaluation")])
        parts = [letterhead(r, c), "", d, "", f"{P(r, ['Dr. Hollis Wexler', 'Dr. Amara Nwosu', 'Dr. Kurt Engebretsen'])}, {tgt[0]}", "", f"Re: {pname(c)}  DOB {fdate(r, c['dob'], 0)}", "",
                 f"Dear Colleague,", "", f"I would be grateful if you would see {mrs(c)} for {tgt[1]}. {he(c).capitalize()} has {cs['dxlong']} {region(c)}. {cs['imp']}",
                 f"Treatment to date: {cs['pt']}.", "", "Relevant records and imaging are enclosed. Thank you.", "", nm(c["surgeon"])]
    elif st == 5:
        parts = [f"{c['fac']['short']} INTERNAL REFERRAL / ORDER", f"Date: {fdate(r, c['date'], 0)}", "",
                 f"Patient: {pname(c, 2)}   MRN {c['mrn']}", f"From: {nm(c['pcp'], 1)} (Primary Care)   To: Sports Medicine", f"Reason: {region(c)} pain - {P(r, ['r/o', 'eval', 'suspected'])} {cs['dx']}",
                 f"Priority: {P(r, ['routine', 'soon', 'urgent'])}", f"Dx code: {icd(c)}", f"Notes: {hpi(r, c, 1)}"]
    else:
        parts = [f"FAX - REFERRAL", f"To: {c['fac']['name']} Scheduling  Fax {c['ffax']}", f"From: {P(r, ['Urgent Care of Maple Hollow', 'Brightwater Walk-In Clinic', 'Cedar Bluff Occupational Health'])}", f"Pages: {r.randrange(2, 8)}", "",
                 f"Please schedule {pname(c)} ({fdate(r, c['dob'], 0)}, ph {c['phone']}) with orthopaedics {P(r, ['within 1 week', 'ASAP', 'next available'])}.",
                 f"Dx: {cs['dx']} {region(c)}. {P(r, ['Splinted.', 'X-rays on CD with patient.', 'Sling given.', 'WC case - employer ' + c['employer'] + '.'])}", "",
                 f"Referring: {nm(c['er'])}"]
    return c, "\n".join(parts)

def g_advance_directive(r):
    c = make_ctx(r, case=P(r, [x for x in CASES if x["key"] in ("kneeoa", "hipoa", "rcuff", "dradius")]))
    agent = f"{P(r, FIRST_M + FIRST_F)} {P(r, [c['last'], P(r, LAST)])}"
    rel = P(r, ["spouse", "daughter", "son", "sister", "friend", "husband", "wife"])
    alt = f"{P(r, FIRST_M + FIRST_F)} {P(r, LAST)}"
    st_name = {"OH": "Ohio", "PA": "Pennsylvania", "IN": "Indiana", "MI": "Michigan", "WI": "Wisconsin", "NY": "New York", "KY": "Kentucky", "IL": "Illinois"}[c["state"]]
    line = "_" * 28
    wit = f"Witness 1: {line}  Witness 2: {line}\nNotary Public, State of {st_name}. My commission expires {fdate(r, c['date'] + dt.timedelta(days=r.randrange(300, 1500)), 0)}."
    st = r.randrange(6)
    if st == 0:
        parts = [f"{st_name.upper()} LIVING WILL DECLARATION", "", f"I, {pname(c)}, being of sound mind, willfully and voluntarily make known my desire that my dying shall not be artificially prolonged under the circumstances set forth below.", "",
                 "If at any time I have a terminal condition or am in a permanently unconscious state, and my attending physician and one other physician determine that there is no reasonable possibility of recovery, I direct that life-sustaining treatment be withheld or withdrawn, and that I be permitted to die naturally with only the administration of medication or procedures necessary to provide comfort care.", "",
                 f"Artificially provided nutrition and hydration: [{P(r, ['X', ' '])}] may be withheld   [ ] shall be provided", "",
                 f"Signed this {c['date'].day} day of {c['date'].strftime('%B')}, {c['date'].year}.", f"Declarant: {line}  {pname(c)}", f"Address: {c['street']}, {c['city']}, {c['state']}", "", wit]
    elif st == 1:
        parts = ["DURABLE POWER OF ATTORNEY FOR HEALTH CARE", f"(State of {st_name})", "", f"1. DESIGNATION OF AGENT. I, {pname(c)}, DOB {fdate(r, c['dob'], 0)}, designate {agent}, my {rel}, phone {fake_phone(r)}, as my agent to make health care decisions for me.",
                 f"2. ALTERNATE AGENT. If my agent is unwilling or unable, I designate {alt}, phone {fake_phone(r)}.",
                 "3. AUTHORITY. My agent may make all health care decisions for me, including decisions to provide, withhold or withdraw life-sustaining treatment, when I am unable to make my own decisions.",
                 f"4. SPECIAL INSTRUCTIONS: {P(r, ['None.', 'I do not want to be kept on a ventilator for more than two weeks if there is no hope of recovery.', 'I wish to receive blood products if needed.', 'I want all treatment unless I am permanently unconscious.'])}",
                 "5. This power of attorney becomes effective when my attending physician determines I lack capacity.", "",
                 f"Date: {fdate(r, c['date'], 2)}   Signature: {line}", "", wit]
    elif st == 2:
        code = P(r, ["Attempt Resuscitation/CPR", "Do Not Attempt Resuscitation/DNR (Allow Natural Death)"])
        parts = [P(r, ["PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)", "MEDICAL ORDERS FOR SCOPE OF TREATMENT", "POST FORM"]), "HIPAA PERMITS DISCLOSURE TO HEALTH CARE PROVIDERS AS NECESSARY FOR TREATMENT", "",
                 f"Patient Last Name: {c['last']}  First: {c['first']}  DOB: {fdate(r, c['dob'], 0)}", "",
                 f"SECTION A - CARDIOPULMONARY RESUSCITATION: [X] {code}", f"SECTION B - MEDICAL INTERVENTIONS: [X] {P(r, ['Full Treatment', 'Selective Treatment', 'Comfort-Focused Treatment'])}",
                 f"SECTION C - ARTIFICIALLY ADMINISTERED NUTRITION: [X] {P(r, ['Long-term artificial nutrition', 'Defined trial period', 'No artificial nutrition by tube'])}",
                 f"SECTION D - Discussed with: [X] Patient [ ] Health Care Agent", "", f"Physician/NP/PA: {nm(c['pcp'])}  Phone {fake_phone(r)}  Signature {line}  Date {fdate(r, c['date'], 0)}",
                 f"Patient/Agent signature: {line}", "", "SEND FORM WITH PATIENT WHENEVER TRANSFERRED OR DISCHARGED"]
    elif st == 3:
        parts = [c["fac"]["name"], P(r, ["ADVANCE DIRECTIVE ACKNOWLEDGMENT", "Patient Self-Determination Act - Advance Directive Inquiry"]), banner(r, c), "",
                 f"[{P(r, ['X', ' '])}] I have an advance directive (living will and/or health care power of attorney). A copy [{P(r, ['X', ' '])}] is provided / [ ] will be provided.",
                 f"[ ] I do not have an advance directive and [{P(r, ['X', ' '])}] would like information.", f"Health care agent (if any): {agent} ({rel})  {fake_phone(r)}", "",
                 "I understand that the hospital will honor my advance directive consistent with law and policy, and that care is not conditioned on having one.", "",
                 f"Patient signature: {line}  Date: {fdate(r, c['date'], 0)}", f"Staff: {nm(c['rn'])}"]
    elif st == 4:
        parts = [f"OUT-OF-HOSPITAL DO NOT RESUSCITATE ORDER - {st_name.upper()}", "", f"Patient: {pname(c)}   DOB {fdate(r, c['dob'], 0)}   Sex {c['sex']}",
                 "I, the undersigned physician, am the attending physician of the patient named above. This patient has a terminal or serious condition, and I order that in the event of cardiac or respiratory arrest, no chest compressions, artificial ventilation, defibrillation, or endotracheal intubation be performed.", "",
                 f"Physician: {nm(c['pcp'])}  License #{r.randrange(10000, 99999)}  Signature {line}  Date {fdate(r, c['date'], 0)}", f"Patient or surrogate: {line}", "",
                 "Perioperative note: DNR status was reviewed with patient prior to surgery; " + P(r, ["DNR suspended for the perioperative period.", "DNR maintained with procedure-directed limitations.", "patient requests full code during anesthesia."])]
    else:
        parts = ["MY HEALTH CARE WISHES", f"Name: {pname(c)}    Date: {fdate(r, c['date'], 2)}", "",
                 f"Person I want to make care decisions for me when I can't: {agent}, my {rel}.", "",
                 "The kind of medical treatment I want or don't want:", f"- If I am close to death: {P(r, ['I do not want life support.', 'I want comfort care only.', 'I want everything done.'])}",
                 f"- If I am in a coma and not expected to wake up: {P(r, ['I do not want life support.', 'Stop treatments after a trial.'])}",
                 "How comfortable I want to be: I want to be offered pain medicine even if it makes me drowsy.",
                 f"What I want my loved ones to know: {P(r, ['I love you all.', 'Please play music in my room.', 'I want to be at home if possible.'])}", "",
                 f"Signature: {line}", wit]
    return c, "\n".join(parts)


def g_ecg_report(r):
    c = make_ctx(r, case=P(r, CASES))
    set_age(c, max(c["age"], r.randrange(14, 80)))
    athlete = c["age"] < 30
    hr = r.randrange(44, 68) if athlete else r.randrange(55, 98)
    pr = r.randrange(120, 208)
    qrs = r.randrange(78, 118)
    qt = int(r.randrange(385, 440) * (60 / hr) ** 0.5)
    qtc = int(qt / ((60 / hr) ** 0.5))
    axes = (r.randrange(20, 80), r.randrange(-20, 85), r.randrange(10, 70))
    rhythm = "Sinus bradycardia" if hr < 60 else "Normal sinus rhythm"
    extra = P(r, ["", "", "", "Incomplete right bundle branch block", "Left ventricular hypertrophy by voltage criteria" if not athlete else "Early repolarization",
                  "Nonspecific T wave abnormality", "Left axis deviation" if axes[1] < 0 else "", "Premature atrial complexes", "First degree AV block" if pr > 200 else ""])
    summ = "Normal ECG" if not extra else ("Borderline ECG" if "Nonspecific" in extra or "Incomplete" in extra else "Abnormal ECG")
    if athlete and extra in ("Early repolarization", ""):
        summ = "Normal ECG for athlete" if r.random() < 0.5 else summ
    meas = f"Vent. rate {hr} BPM\nPR interval {pr} ms\nQRS duration {qrs} ms\nQT/QTc {qt}/{qtc} ms\nP-R-T axes {axes[0]} {axes[1]} {axes[2]}"
    interp = "\n".join(x for x in [rhythm, extra, summ] if x)
    st = r.randrange(6)
    if st == 0:
        parts = [f"{pname(c, 1)}   ID:{c['mrn']}   {fdate(r, c['date'], 3)} {ftime(r)}:{r.randrange(10, 59)}", f"{c['age']} yr  {'Male' if c['sex'] == 'M' else 'Female'}  {P(r, ['Caucasian', 'Black', 'Hispanic', 'Unspecified'])}  Room:{P(r, ['PAT', 'PREOP', 'ED', 'SPORTS'])}  Loc:{r.randrange(1, 40)}", "",
                 meas, "", interp, "", f"Referred by: {c['surgeon'][1].upper()}          Confirmed by: {c['card'][1].upper()}, {c['card'][0].upper()} ({r.randrange(100, 999)}) on {fdate(r, c['date'], 0)} {ftime(r)}", "",
                 f"25mm/s 10mm/mV 150Hz 8.0 SP2.{r.randrange(1, 9)} {P(r, ['12SL', 'MAC5500', 'PH100B'])} v{r.randrange(230, 250)}"]
    elif st == 1:
        parts = [c["fac"]["name"], "CARDIOLOGY - ELECTROCARDIOGRAM REPORT", banner(r, c), f"Indication: {P(r, ['Pre-operative evaluation', 'Pre-op ' + (c['case']['surg'] or 'procedure').lower(), 'Palpitations', 'Pre-participation screening'])}", "",
                 f"Rate: {hr}   Rhythm: {rhythm.lower()}   PR: {pr}   QRS: {qrs}   QT/QTc: {qt}/{qtc}   Axis: {axes[1]}", "",
                 f"Interpretation: {interp.replace(chr(10), '. ')}.", f"Compared with prior tracing of {fdate(r, c['date'] - dt.timedelta(days=r.randrange(200, 2000)), 0)}: {P(r, ['no significant change', 'no prior available', 'rate slower'])}.", "",
                 sig(r, c, c["card"])]
    elif st == 2:
        parts = ["** PRE-PARTICIPATION ECG SCREENING **", f"{c['school']} Athletics / {c['fac']['short']} Sports Cardiology", "",
                 f"Athlete: {pname(c)}  Age {c['age']}  Sport: {c['sport']}", meas, "",
                 f"Training-related (normal) findings: {P(r, ['sinus bradycardia', 'isolated QRS voltage criteria for LVH', 'early repolarization', 'none'])}",
                 f"Abnormal findings (international criteria): {P(r, ['None', 'None', 'None', 'T-wave inversion V1-V3 (juvenile pattern, age < 16: normal)'])}", "",
                 f"Result: {P(r, ['Normal - cleared', 'Normal - no further testing', 'Borderline - echo recommended'])}", f"Reader: {nm(c['card'])}"]
    elif st == 3:
        parts = [f"ECG  {fdate(r, c['date'], 0)}", f"Pt: {pname(c, 2)}  MRN {c['mrn']}", "", f"HR {hr}, PR {pr/1000:.2f}, QRS {qrs/1000:.2f}, QTc {qtc}", interp.replace("\n", "; "), "",
                 f"Preliminary read by {nm(c['er'], 1)}; {P(r, ['awaiting cardiology overread', 'no STEMI', 'no acute ischemic changes'])}."]
    elif st == 4:
        parts = [P(r, ["12 LEAD ECG", "RESTING 12-LEAD ELECTROCARDIOGRAM"]), f"Name {pname(c, 1)}   Sex {c['sex']}   Age {c['age']}   Ht {c['ht']}in   Wt {c['wt']}lb", f"Acq {fdate(r, c['date'], 0)} {ftime(r)}   Dept PRE-ADMISSION TESTING", "",
                 f"HR        {hr} bpm", f"PR        {pr} ms", f"QRSd      {qrs} ms", f"QT        {qt} ms", f"QTcB      {qtc} ms", f"Axes P/QRS/T  {axes[0]}/{axes[1]}/{axes[2]}", "",
                 "Statement:", *["  " + x for x in interp.split("\n")], "", f"UNCONFIRMED - computer interpretation" if r.random() < 0.4 else f"CONFIRMED: {nm(c['card'], 1)}"]
    else:
        parts = [c["fac"]["name"], "Rhythm strip / Telemetry event", banner(r, c), "",
                 f"Event time: {ftime(r)}  Post-op day {r.randrange(0, 3)}", f"Rhythm: {P(r, ['sinus tachycardia 112', 'sinus rhythm with PVCs', 'atrial fibrillation with RVR 128', 'sinus bradycardia 48'])}",
                 f"Intervals: PR {pr}  QRS {qrs}  QT {qt}", f"Nurse notified: {nm(c['rn'])}. Provider {nm(c['pa'], 1)} aware. {P(r, ['12-lead ordered.', 'Electrolytes ordered.', 'Asymptomatic, continue monitoring.'])}"]
    return c, "\n".join(parts)


VACCINES = [("Tdap (Boostrix)", "IM", "0.5 mL"), ("Td", "IM", "0.5 mL"), ("Influenza, quadrivalent", "IM", "0.5 mL"), ("Hepatitis B (Engerix-B)", "IM", "1.0 mL"),
            ("MMR", "SC", "0.5 mL"), ("Varicella", "SC", "0.5 mL"), ("Meningococcal ACWY (Menactra)", "IM", "0.5 mL"), ("Meningococcal B", "IM", "0.5 mL"),
            ("HPV (Gardasil 9)", "IM", "0.5 mL"), ("Pneumococcal PCV20", "IM", "0.5 mL"), ("COVID-19 mRNA", "IM", "0.3 mL"), ("Zoster recombinant (Shingrix)", "IM", "0.5 mL")]

def g_immunization_record(r):
    c = make_ctx(r)
    st = r.randrange(6)
    def vrow(v, d):
        return f"{v[0]:<32}{fdate(r, d, 0):<12}{v[1]:<5}{P(r, ['L deltoid', 'R deltoid', 'L thigh'])[:9]:<10}{P(r, ['U', 'AC', 'X', 'K'])}{r.randrange(1000, 99999):<8}{P(r, ['Sanofi', 'GSK', 'Merck', 'Pfizer', 'Seqirus'])}"
    yrs = sorted(set(c["date"] - dt.timedelta(days=r.randrange(0, 4000)) for _ in range(r.randrange(4, 9))))
    avail = {"COVID": 2021, "Pneumococcal PCV20": 2021, "Zoster": 2018, "HPV": 2015, "Meningococcal B": 2015, "Meningococcal ACWY": 2005}
    def ok(v, d):
        return all(not v[0].startswith(k) or d.year >= y for k, y in avail.items())
    vs = [v for v in VACCINES if ok(v, c["date"])]
    if st == 0:
        parts = [f"{c['state']} STATE IMMUNIZATION INFORMATION SYSTEM", "OFFICIAL IMMUNIZATION RECORD", "", f"Name: {pname(c, 1)}   DOB: {fdate(r, c['dob'], 0)}   Sex: {c['sex']}", f"Printed: {fdate(r, c['date'], 0)}", "",
                 f"{'Vaccine':<32}{'Date':<12}{'Rte':<5}{'Site':<10}{'Lot':<9}Mfr"] + [vrow(P(r, [v for v in vs if ok(v, d)]), d) for d in yrs] + ["", "Recommended: " + P(r, ["Influenza (annual)", "Tdap booster due", "Up to date"])]
    elif st == 1:
        parts = [c["fac"]["name"] + " Emergency Department", "TETANUS IMMUNIZATION RECORD / VIS ACKNOWLEDGMENT", banner(r, c), "",
                 f"Wound: {P(r, ['laceration', 'abrasion', 'open fracture', 'puncture'])} {region(c)}   Last tetanus: {P(r, ['unknown', '> 10 years', '> 5 years (dirty wound)'])}",
                 f"Given: {P(r, ['Tdap (Adacel)', 'Tdap (Boostrix)', 'Td'])} 0.5 mL IM {P(r, ['L', 'R'])} deltoid  Lot {P(r, ['C', 'AC'])}{r.randrange(1000, 99999)}  Exp {r.randrange(1, 13)}/{c['date'].year + 1}",
                 f"VIS edition date provided: {fdate(r, c['date'] - dt.timedelta(days=r.randrange(200, 900)), 0)}", f"Administered by: {nm(c['rn'])}  {ftime(r)}", "Observed 15 min, no reaction."]
    elif st == 2:
        parts = [f"{c['school']}", P(r, ["STUDENT-ATHLETE IMMUNIZATION RECORD", "Health Services - Immunization Compliance"]), "", f"Student: {pname(c)}  ID {r.randrange(100000, 999999)}  DOB {fdate(r, c['dob'], 0)}", "",
                 f"MMR #1 {fdate(r, c['dob'] + dt.timedelta(days=400), 0)}   MMR #2 {fdate(r, c['dob'] + dt.timedelta(days=1700), 0)}", f"Hep B series: complete", f"Varicella: {P(r, ['2 doses', 'history of disease', 'titer immune'])}",
                 f"MenACWY: {fdate(r, c['dob'] + dt.timedelta(days=16 * 365), 0)}", f"Tdap: {fdate(r, c['dob'] + dt.timedelta(days=11 * 365 + 90), 0)}", f"TB screening: {P(r, ['IGRA negative', 'PPD 0 mm', 'low risk questionnaire'])}", "",
                 f"Status: {P(r, ['COMPLIANT', 'COMPLIANT', 'HOLD - missing MenB documentation'])}", f"Reviewed by: {nm(c['rn'])}"]
    elif st == 3:
        parts = [f"{c['fac']['name']} - Employee/Occupational Health", "VACCINATION ADMINISTRATION RECORD", "", f"Employee/Patient: {pname(c)}   Dept: {P(r, ['PT', 'Nursing', 'Environmental Svcs', 'OR'])}", "",
                 "Screening: [N] fever today [N] prior severe reaction [N] pregnant [N] latex allergy", ""]
        v = P(r, [vs[2], vs[3], vs[0]])
        parts += [f"Vaccine: {v[0]}  Dose: {v[2]}  Route: {v[1]}  Site: {P(r, ['L', 'R'])} deltoid", f"Lot: {r.randrange(100000, 999999)}  Manufacturer: {P(r, ['GSK', 'Sanofi', 'Seqirus'])}  Date: {fdate(r, c['date'], 0)}",
                  f"Given by: {nm(c['rn'])}", f"Consent signature: {'_' * 25}"]
    elif st == 4:
        parts = ["IMMUNIZATIONS", f"{pname(c, 2)} ({c['age']}y)", ""] + [f"- {P(r, [v for v in vs if ok(v, d)])[0]}: {fdate(r, d, 1)}" for d in yrs] + ["", f"Source: {P(r, ['patient report', 'state registry', 'outside records', 'EHR'])}"]
    else:
        parts = [c["fac"]["name"], "Influenza Vaccine Screening and Consent", "", f"Name: {pname(c)}   DOB: {fdate(r, c['dob'], 0)}   Age: {c['age']}",
                 "1. Are you sick today?  [ ] Y [X] N", "2. Allergy to eggs or vaccine component?  [ ] Y [X] N", "3. History of Guillain-Barre?  [ ] Y [X] N", "",
                 "I have read the Vaccine Information Statement and consent to vaccination.", f"Signature: {'_' * 25}  Date: {fdate(r, c['date'], 0)}", "",
                 "FOR OFFICE USE:", f"Vaccine: Influenza {P(r, ['quadrivalent', 'trivalent', 'high-dose'])}  Lot {r.randrange(10000, 99999)}  Site {P(r, ['L', 'R'])} deltoid  By {nm(c['rn'], 1)}"]
    return c, "\n".join(parts)

def g_registration_form(r):
    c = make_ctx(r)
    ec = f"{P(r, FIRST_M + FIRST_F)} {P(r, [c['last'], P(r, LAST)])}"
    rel = P(r, ["Spouse", "Mother", "Father", "Partner", "Sibling", "Friend"])
    ssn = f"XXX-XX-{r.randrange(1000, 9999)}"
    st = r.randrange(6)
    if st == 0:
        parts = [c["fac"]["name"].upper(), "PATIENT REGISTRATION FORM", "", "PATIENT INFORMATION",
                 f"Last Name: {c['last']}   First: {c['first']}   MI: {c['mi']}", f"Date of Birth: {fdate(r, c['dob'], 0)}   Sex: {c['sex']}   SSN: {ssn}",
                 f"Address: {c['street']}   City: {c['city']}   State: {c['state']}   Zip: {c['zip']}", f"Home Phone: {c['phone']}   Cell: {fake_phone(r)}",
                 f"Marital Status: {P(r, ['S', 'M', 'D', 'W'])}   Preferred language: {P(r, ['English', 'English', 'Spanish'])}   Race/Ethnicity: {P(r, ['Declined', 'White', 'Black', 'Hispanic', 'Asian'])}",
                 f"Employer: {c['employer'] if c['age'] > 22 else 'Student - ' + c['school']}", "", "EMERGENCY CONTACT", f"Name: {ec}   Relationship: {rel}   Phone: {fake_phone(r)}", "",
                 "INSURANCE", f"Primary: {c['ins'][0]}   ID#: {c['memid']}   Group#: {c['group']}", f"Subscriber: {pname(c) if r.random() < 0.6 else ec}   Relationship to patient: {P(r, ['Self', rel])}", "",
                 f"Is this visit related to: [{'X' if c['wc'] else ' '}] Work injury  [ ] Auto accident  [{P(r, [' ', 'X']) if c['case']['sport'] else ' '}] Sports injury", f"Referring physician: {nm(c['pcp'])}", f"Primary care: {nm(c['pcp'])}", "",
                 "I authorize release of information necessary to process claims and assign benefits to the provider.", f"Signature: {'_' * 25}  Date: {fdate(r, c['date'], 0)}"]
    elif st == 1:
        parts = [f"{c['fac']['short']} ADT FACE SHEET", f"Printed {fdate(r, c['date'], 0)} {ftime(r)}", "",
                 f"PATIENT: {pname(c, 1)}   MRN: {c['mrn']}   ACCT: {c['acct']}", f"DOB: {fdate(r, c['dob'], 0)}  AGE: {c['age']}  SEX: {c['sex']}  SSN: {ssn}",
                 f"ADDR: {c['street'].upper()}, {c['city'].upper()} {c['state']} {c['zip']}   PH: {c['phone']}", f"ADMIT: {fdate(r, c['date'], 0)} {ftime(r)}  TYPE: {P(r, ['ELECTIVE', 'URGENT', 'EMERGENCY'])}  CLASS: {P(r, ['INPATIENT', 'OUTPATIENT SURGERY', 'OBSERVATION'])}",
                 f"SERVICE: ORTHOPAEDICS   ATTENDING: {nm(c['surgeon'], 2).upper()}   ROOM/BED: {r.randrange(201, 480)}-{P(r, 'AB')}", f"ADMIT DX: {c['case']['dx'].upper()}  {icd(c)}", "",
                 f"GUARANTOR: {pname(c, 1)}  REL: SELF", f"PRIMARY INS: {c['ins'][0].upper()}  POLICY {c['memid']}  GRP {c['group']}  PLAN TYPE {c['ins'][1]}",
                 f"SECONDARY INS: {P(r, ['NONE', 'MEDICARE SUPPLEMENT', 'NONE'])}", f"NOK: {ec.upper()} ({rel.upper()}) {fake_phone(r)}", f"ADV DIRECTIVE: {P(r, ['Y', 'N'])}  RELIGION: {P(r, ['NONE', 'CATHOLIC', 'PROTESTANT', 'DECLINED'])}"]
    elif st == 2:
        parts = [f"Welcome to {c['fac']['name']}!", P(r, ["New Patient Information", "NEW PATIENT INTAKE"]), "",
                 f"Full name: {pname(c)}   Preferred name: {c['first']}", f"Birthdate: {fdate(r, c['dob'], 1)}   Email: {c['first'][0].lower()}{c['last'].lower()}{r.randrange(1, 99)}@example.net",
                 f"Mailing address: {c['street']}, {c['city']}, {c['state']} {c['zip']}", f"Best phone: {c['phone']}  OK to leave message? [X] Yes [ ] No", "",
                 f"What body part brings you in today? {region(c)}", f"How did you hear about us? {P(r, ['Physician referral', 'Friend', 'Internet', 'Coach/athletic trainer', 'Insurance directory'])}",
                 f"Pharmacy: {c['pharm']}", "", f"Insurance carrier: {c['ins'][0]}   Member ID: {c['memid']}", f"Policy holder: {P(r, ['Self', ec])}  DOB: {fdate(r, c['dob'], 0)}", "",
                 "Financial policy: I understand that I am financially responsible for copays, deductibles and non-covered services.", f"Signature: {'_' * 25}"]
    elif st == 3:
        force_wc(r, c)
        parts = [c["fac"]["name"], "WORKERS' COMPENSATION INTAKE / REGISTRATION", "", f"Patient: {pname(c)}   DOB {fdate(r, c['dob'], 0)}   Phone {c['phone']}",
                 f"Employer: {c['employer']}   Employer phone: {fake_phone(r)}   Supervisor: {P(r, FIRST_M)} {P(r, LAST)}", f"Date of injury: {fdate(r, c['doi'], 0)}   Time: {ftime(r)}",
                 f"Body part(s): {region(c)}", f"How did the injury happen? {fill(c, P(r, c['case']['mech']))}", f"Reported to employer? [X] Yes  Date {fdate(r, c['doi'], 0)}",
                 f"WC carrier: {c['ins'][0]}   Claim #: {c['claim']}   Adjuster: {P(r, ['D. Kellerman', 'L. Fortney', 'P. Oduya'])} {fake_phone(r)}", "",
                 "I understand that if the claim is denied I may be responsible for charges.", f"Signature: {'_' * 25}  Date {fdate(r, c['date'], 0)}"]
    elif st == 4:
        parts = [f"{c['school']} / {c['fac']['short']} Sports Medicine", "ATHLETE REGISTRATION & EMERGENCY INFORMATION", "",
                 f"Athlete: {pname(c)}  Grade/Class: {P(r, ['9', '10', '11', '12', 'Fr', 'So'])}  DOB {fdate(r, c['dob'], 0)}", f"Sport(s): {c['sport']}", f"Parent/Guardian: {ec}  Cell {fake_phone(r)}",
                 f"Home address: {c['street']}, {c['city']}, {c['state']}", f"Insurance: {c['ins'][0]}  ID {c['memid']}", f"Allergies: {allergy_str(c)}", f"Medical conditions: {P(r, ['none', 'asthma - inhaler in bag', 'prior concussion 2019'.replace('2019', str(c['date'].year - 1))])}", "",
                 f"Preferred hospital: {c['fac']['name']}", f"Signature of parent: {'_' * 25}"]
    else:
        parts = [P(r, ["Demographics", "PATIENT DEMOGRAPHICS UPDATE"]), f"MRN {c['mrn']}", "", f"Name ........ {pname(c, 1)}", f"DOB ......... {fdate(r, c['dob'], 0)}",
                 f"Address ..... {c['street']}", f"              {c['city']} {c['state']} {c['zip']}", f"Phone ....... {c['phone']}", f"PCP ......... {nm(c['pcp'])}",
                 f"Ins ......... {c['ins'][0]} / {c['memid']}", f"Emergency ... {ec} ({rel}) {fake_phone(r)}", "", f"Updated by {P(r, ['front desk', 'registration', 'PSR'])} {c['first'][0]}{r.randrange(10, 99)} {fdate(r, c['date'], 0)}"]
    return c, "\n".join(parts)


def g_insurance_card(r):
    c = make_ctx(r)
    while c["ins"][1] == "WC":
        c = make_ctx(r)
    ins, plan = c["ins"]
    rx = f"RxBIN {r.randrange(1, 999999):06d}  RxPCN {P(r, ['ADV', 'MEDDPRIME', 'BCTX', 'RXG'])}  RxGRP {P(r, ['RX', 'GRP'])}{r.randrange(1000, 9999)}"
    cp = f"PCP ${P(r, ['20', '25', '30', '35'])}  SPEC ${P(r, ['40', '50', '60'])}  ER ${P(r, ['150', '250', '300'])}  UC ${P(r, ['50', '75'])}"
    st = r.randrange(6)
    if plan == "Medicare":
        parts = ["MEDICARE HEALTH INSURANCE", "", "Name/Nombre", f"{c['first'].upper()} {c['mi']} {c['last'].upper()}", "", "Medicare Number/Número de Medicare",
                 f"{r.randrange(1, 9)}{P(r, 'ACDEFGHJK')}{P(r, 'ACDEFGHJK')}{r.randrange(0, 9)}-{P(r, 'ACDEFGHJK')}{P(r, 'ACDEFGHJK')}{r.randrange(0, 9)}-{P(r, 'ACDEFGHJK')}{P(r, 'ACDEFGHJK')}{r.randrange(10, 99)}", "",
                 "Entitled to/Con derecho a      Coverage starts/Cobertura empieza", f"HOSPITAL (PART A)               {fdate(r, c['dob'] + dt.timedelta(days=65 * 365), 0)}",
                 f"MEDICAL (PART B)                {fdate(r, c['dob'] + dt.timedelta(days=65 * 365), 0)}", "", "--- BACK ---", "1-800-MEDICARE (1-800-633-4227)",
                 "Show this card to your health care providers.", "Sign here: ____________________"]
    elif st == 0:
        parts = [f"{ins.upper()}", f"{plan}", "", f"Member: {pname(c).upper()}", f"Member ID: {c['memid']}", f"Group No: {c['group']}", f"Effective: {fdate(r, dt.date(c['date'].year, 1, 1), 0)}", cp, rx, "",
                 "[back of card]", f"Members: Customer Service {fake_phone(r)}", f"Providers: Eligibility/Precert {fake_phone(r)}", f"Submit claims to: PO Box {r.randrange(1000, 99999)}, {P(r, CITIES)[0]}, {P(r, CITIES)[1]}",
                 "Payer ID: " + str(r.randrange(10000, 99999)), "Precertification required for inpatient admissions and advanced imaging (MRI/CT).", "This card does not guarantee coverage."]
    elif st == 1:
        parts = ["INSURANCE CARD - FRONT", f"{ins}  |  {plan}", f"{c['first']} {c['last']}  ID {c['memid']}  GRP {c['group']}",
                 f"Dependents: {P(r, ['01 ' + P(r, FIRST_F) + ' ' + c['last'], 'none', '01 ' + P(r, FIRST_M) + ' ' + c['last'] + '  02 ' + P(r, FIRST_F) + ' ' + c['last']])}", cp, "",
                 "INSURANCE CARD - BACK", f"Provider services {fake_phone(r)}   Nurse line 24/7 {fake_phone(r)}", rx, "Scanned by: " + P(r, ["REG01", "FD3", "PSR-K"]) + "  " + fdate(r, c["date"], 0)]
    elif st == 2:
        parts = [f"{ins.upper()}", "", f"{c['last'].upper()}, {c['first'].upper()}", f"{c['memid']}", "", f"GROUP {c['group']}      PLAN {plan}  {P(r, ['Gold', 'Silver', 'Choice Plus', 'Select'])}",
                 f"OV ${P(r, ['25', '30'])}   SPEC ${P(r, ['50', '60'])}   ER ${P(r, ['250', '300'])}", f"DED ${P(r, ['1500', '2500', '3000', '500'])} / OOP ${P(r, ['4000', '6500', '7900'])}", "",
                 f"In-network: {P(r, ['Sentry Trail Network', 'Cardinal Preferred', 'BlueHarbor Choice'])}", "~~~~~~~~~~~~~~~~~~~~~~~~", f"Claims: EDI {r.randrange(10000, 99999)}", f"Questions? {fake_phone(r)}"]
    elif st == 3:
        parts = [f"{ins.upper()} - MEDICAID MANAGED CARE" if plan == "Medicaid" else ins.upper(), f"Recipient: {pname(c)}", f"Recipient ID: {r.randrange(10000000000, 99999999999)}",
                 f"DOB: {fdate(r, c['dob'], 0)}  Sex: {c['sex']}", f"PCP: {nm(c['pcp'])}  {fake_phone(r)}", f"Copays: $0-$3", "", "BACK:", "Bring this card to every appointment. Emergency services do not require prior authorization.",
                 f"Member services {fake_phone(r)}  TTY 711", rx]
    elif st == 4:
        parts = [f"{ins} {plan}", f"Subscriber {pname(c, 1)}", f"ID# {c['memid']}  Grp {c['group']}", f"Issued {fdate(r, c['date'] - dt.timedelta(days=r.randrange(30, 700)), 0)}", cp]
    else:
        parts = [f"Copy of insurance card (front and back) - {fdate(r, c['date'], 0)}", "", f"{ins}", f"{P(r, ['Member Name', 'Name'])}: {c['first']} {c['mi']} {c['last']}",
                 f"{P(r, ['ID', 'Identification No.', 'Member #'])}: {c['memid']}", f"{P(r, ['Group', 'Grp #'])}: {c['group']}", f"Plan Code: {r.randrange(100, 999)}/{r.randrange(100, 999)}",
                 "", f"Mental Health/Substance Abuse: {fake_phone(r)}", f"Pharmacy Help Desk: {fake_phone(r)}", rx]
    return c, "\n".join(parts)


def g_nursing_note(r):
    c = make_ctx(r, surgical=True)
    cs = c["case"]
    rn = c["rn"]
    t = ftime(r)
    st = r.randrange(7)
    ext = "fingers" if cs["joint"] in ("shoulder", "elbow", "wrist") else "toes"
    if st == 0:
        parts = [P(r, ["NURSING PROGRESS NOTE", "Nursing Note", "RN Shift Assessment"]), f"{pname(c, 2)}  Rm {r.randrange(201, 480)}  {fdate(r, c['date'], 0)} {t}", "",
                 f"Pt A&Ox{P(r, ['3', '4'])}, resting in bed. POD {c['pod']} s/p {lc(proc_name(r, c))}. Pain {c['pain']}/10 {region(c)}, medicated with {P(r, ['oxycodone 5 mg PO', 'oxycodone 10 mg PO', 'hydromorphone 0.5 mg IV', 'acetaminophen 1 g PO'])} at {t}, reassessed 1 hr later {max(0, c['pain'] - r.randrange(2, 5))}/10. "
                 f"Dressing {P(r, ['CDI', 'with small amount serosanguineous drainage, marked and reinforced', 'dry and intact'])}. {ext.capitalize()} warm, pink, cap refill < 3 sec, sensation intact, able to move. "
                 f"{P(r, ['Cryo cuff in place.', 'Ice applied.', 'CPM 0-70 x 2 hrs.', 'SCDs on bilaterally.'])} {P(r, ['Voiding without difficulty.', 'Bladder scan 350 mL, voided.', 'Tolerating regular diet.'])} "
                 f"{P(r, ['Ambulated to bathroom with walker and 1 assist.', 'Up to chair with PT.', 'Fall precautions in place, bed alarm on.'])} VSS. Will continue to monitor.", "", nm(rn)]
    elif st == 1:
        parts = [f"{c['fac']['short']} PACU NURSING RECORD", banner(r, c), "",
                 f"{t} Received from OR {r.randrange(1, 12)} via stretcher, {P(r, ['on 6L face mask', 'on 2L NC', 'on room air'])}. Report from {nm(c['crna'], 1)}. Procedure: {proc_name(r, c)}.",
                 f"{ftime(r)} VS {c['bp']}, HR {c['hr']}, RR {c['rr']}, SpO2 {c['spo2']}%. Arousable to voice. Dressing dry. {ext.capitalize()} warm.",
                 f"{ftime(r)} Pain {c['pain']}/10. {P(r, ['Fentanyl 25 mcg IV given.', 'Hydromorphone 0.2 mg IV given.', 'Block effective, pain 0/10.'])}",
                 f"{ftime(r)} Aldrete 10. Tolerating sips. Family at bedside. {P(r, ['Report called to 4 West RN.', 'Transferred to Phase II.', 'Discharge criteria met.'])}", "", nm(rn, 1)]
    elif st == 2:
        parts = ["NEUROVASCULAR ASSESSMENT FLOWSHEET", f"Patient: {pname(c)}   Extremity: {region(c)}   Frequency: q{P(r, ['1', '2', '4'])}h x 24h", "",
                 "Time   Color  Temp  CapRefill  Pulse  Sensation  Movement  Pain  Init"]
        for _ in range(r.randrange(4, 9)):
            parts.append(f"{ftime(r)}  pink   warm  <3s        {P(r, ['2+', '2+', 'dop'])}     {P(r, ['intact', 'intact', 'dec'])}     {P(r, ['full', 'full', 'limited'])}      {r.randrange(0, 8)}     {rn[0][0]}{rn[1][0]}")
        parts += ["", f"Comments: {P(r, ['Splint intact, elevated on 2 pillows.', 'Compartments soft.', 'Numbness consistent with nerve block, provider aware.'])}"]
    elif st == 3:
        c["date"] = c["surgdate"] + dt.timedelta(days=r.randrange(1, 12))
        parts = [letterhead(r, c), "", P(r, ["TELEPHONE ENCOUNTER", "Phone Note", "Nurse Triage Call"]), banner(r, c), "",
                 f"Caller: {P(r, ['patient', 'spouse', 'mother', 'daughter'])}   Call back #: {c['phone']}",
                 f"Reason: {P(r, ['increased swelling', 'question about dressing', 'pain not controlled', 'low-grade fever 100.4', 'calf pain', 'refill request', 'numbness in ' + ext])} s/p {lc((cs['surg'] or 'treatment'))} on {fdate(r, c['surgdate'], 0)}.",
                 f"Assessment: {P(r, ['Denies chest pain/SOB. No redness or drainage.', 'Reports moderate swelling, improves with elevation.', 'Incision with scant clear drainage per pt.'])}",
                 f"Advice: {P(r, ['Elevate above heart, ice 20 min every 2 hrs, continue meds as prescribed.', 'Scheduled for wound check tomorrow.', 'Discussed with ' + nm(c['pa'], 1) + '; ordered venous duplex today.', 'Go to ED if worsening.'])} Pt verbalized understanding.", "",
                 f"{nm(rn)}  {fdate(r, c['date'], 0)} {t}"]
    elif st == 4:
        parts = ["PRE-OPERATIVE NURSING CHECKLIST", banner(r, c), "",
                 f"[X] ID band verified   [X] Allergy band: {allergy_str(c)}", f"[X] Consent signed   [X] H&P on chart   [X] Site marked: {region(c)}", f"[X] NPO since {P(r, ['0000', '2300', '2200'])}",
                 f"[{P(r, ['X', ' '])}] Pregnancy test: {P(r, ['neg', 'N/A'])}  [X] Labs reviewed", f"[X] CHG wipes completed  [X] Jewelry removed  [{P(r, ['X', ' '])}] Dentures removed",
                 f"IV: {P(r, ['20g L hand', '18g R AC', '20g L forearm'])} placed by {nm(rn, 1)}; LR at KVO", f"Vitals: {vitals_str(r, c, 1)}", f"Glucose: {r.randrange(88, 190) if 'type 2 diabetes' in c['pmh'] else 'N/A'}", "",
                 f"Pre-op RN: {nm(rn)}   Time: {t}"]
    elif st == 5:
        parts = [f"{fdate(r, c['date'], 0)} {t}", "D: " + f"Pt {P(r, ['c/o pain', 'resting', 'requesting discharge'])}. {region(c)} dressing dry.",
                 "A: " + P(r, ["Medicated per MAR. Ice applied.", "Reinforced dressing.", "Reviewed d/c instructions with pt and spouse."]),
                 "R: " + P(r, ["Pain decreased to 3/10.", "Pt verbalized understanding.", "Resting comfortably."]), f"-- {nm(rn, 1)}"]
    else:
        parts = ["DISCHARGE NURSING NOTE", f"{pname(c)}  {c['mrn']}", "",
                 f"Discharged at {t} via {P(r, ['wheelchair', 'ambulatory with walker', 'wheelchair to private car'])} accompanied by {P(r, ['spouse', 'daughter', 'friend'])}. "
                 f"Discharge instructions, prescriptions and follow-up appointment reviewed; teach-back performed. IV removed, catheter intact. "
                 f"{P(r, ['Equipment: walker, ice machine.', 'Sling fitted.', 'Crutch training completed with PT.'])} Belongings returned. VSS.", "", nm(rn)]
    return c, "\n".join(parts)

def g_ed_note(r):
    c = make_ctx(r, case=P(r, [x for x in CASES if x["key"] in ("ankfx", "dradius", "achilles", "acl", "slap", "lumbar", "menisc", "rcuff")]))
    c["doi"] = c["date"]
    cs = c["case"]
    doc = c["er"]
    t = ftime(r)
    mech = fill(c, P(r, cs["mech"]))
    esi = P(r, ["3", "4", "4", "5"])
    dispo = P(r, ["Discharged home", "Discharged home with ortho follow-up in 3-5 days", "Admitted to orthopaedics", "Discharged with splint, crutches"])
    if cs["key"] in ("ankfx", "dradius") and r.random() < 0.3:
        dispo = "Admitted to orthopaedics for operative fixation"
    st = r.randrange(7)
    if st == 0:
        parts = [c["fac"]["name"], "EMERGENCY DEPARTMENT PHYSICIAN RECORD", banner(r, c), f"Arrival: {t}  Mode: {P(r, ['private vehicle', 'EMS', 'walk-in'])}  ESI: {esi}", "",
                 f"CHIEF COMPLAINT: {region(c)} {P(r, ['injury', 'pain', 'pain after fall', 'deformity'])}", "",
                 f"HPI: {c['age']} y/o {'male' if c['sex'] == 'M' else 'female'} who {mech} {P(r, ['today', 'about 2 hours PTA', 'this evening'])}. {cs['sx'].capitalize()}. Denies head injury, LOC, neck pain, other injuries.",
                 f"PMH: {pmh_str(r, c)}  Meds: {meds_str(r, c, 1)}  Allergies: {allergy_str(c)}", f"Social: {social_str(r, c)}", f"ROS: {ros_str(r)}", "",
                 f"PHYSICAL EXAM: {vitals_str(r, c, 1)}", f"Gen: {P(r, ['uncomfortable', 'NAD', 'in moderate distress due to pain'])}", f"{region(c).capitalize()}: {cs['exam']}", "",
                 f"ED COURSE: {P(r, ['Ibuprofen 800 mg PO', 'Morphine 4 mg IV', 'Ketorolac 30 mg IM', 'Hydromorphone 0.5 mg IV', 'Oxycodone 5 mg PO'])} given with improvement. X-rays: {cs['xr']} "
                 f"{P(r, ['Splint applied by ortho tech.', 'Placed in sling.', 'Crutches given, gait training done.', 'Discussed with on-call orthopaedics ' + nm(c['surgeon'], 3) + '.'])}", "",
                 f"MDM: {P(r, ['Ottawa rules applied.', 'Low risk for compartment syndrome.', 'Neurovascularly intact after splint.', 'No red flag symptoms.'])} {cs['imp']}", "",
                 f"DIAGNOSIS: {dxline(c)}", f"DISPOSITION: {dispo}.", f"Condition: {P(r, ['stable', 'improved'])}", "", sig(r, c, doc)]
    elif st == 1:
        parts = [f"ED TRIAGE  {fdate(r, c['date'], 0)} {t}", f"{pname(c, 1)}  {c['age']}{c['sex']}  MRN {c['mrn']}",
                 f"CC: \"{P(r, ['I hurt my ' + cs['joint'], 'my ' + cs['joint'] + ' popped', 'fell and hurt my ' + cs['joint'], 'my back is killing me'])}\"",
                 f"VS: {vitals_str(r, c, 1)}  Acuity ESI {esi}", f"Triage RN: {nm(c['rn'], 1)}", "-" * 40, "PROVIDER NOTE",
                 f"HPI: Pt {mech}. {P(r, ['Unable to bear weight.', 'Pain with movement.', 'Has been icing at home.'])}",
                 f"Exam: {cs['exam']}", f"Imaging: {cs['xr']}", f"Assessment: {cs['dx']}", f"Plan: {P(r, ['RICE, NSAIDs', 'splint, NWB, crutches', 'sling, ice'])}; f/u {nm(c['sportsmd'], 3)} sports med clinic {P(r, ['this week', 'in 1 week', 'Monday'])}.",
                 f"Dispo: {dispo}", f"{nm(doc, 1)} {ftime(r)}"]
    elif st == 2:
        parts = [f"{c['fac']['short']} ORTHOPAEDIC URGENT CARE / WALK-IN", f"Visit Date: {fdate(r, c['date'], 0)}", banner(r, c), "",
                 "Reason for Visit", f"  {region(c).capitalize()} injury", "History of Present Illness", f"  {hpi(r, c)}", "Exam", f"  {cs['exam']}", "Radiology (in-clinic)", f"  {cs['xr']}",
                 "Impression", f"  {dxline(c)}", "Treatment", f"  {P(r, ['Splint/brace applied', 'Sling', 'Crutches and boot', 'Home exercise sheet'])}; {P(r, ['ice, elevation', 'NSAIDs', 'Tylenol'])}",
                 "Follow-up", f"  {nm(c['surgeon'])} clinic in {P(r, ['3-5 days', '1 week', '2 weeks'])}", "", sig(r, c, P(r, [c["pa"], c["sportsmd"]]))]
    elif st == 3:
        parts = [P(r, ["EMERGENCY DEPARTMENT REPORT", "ED Provider Note", "Emergency Medicine Note"]), banner(r, c), "", f"Time seen: {t}", "",
                 f"History: {mrs(c)} is a {c['age']}-year-old who presents by {P(r, ['EMS', 'private car'])}. {he(c).capitalize()} {mech}. "
                 f"{P(r, ['No other complaints.', 'Tetanus up to date.', 'Last ate 4 hours ago.'])}", "",
                 f"Exam: {vitals_str(r, c, 0)}. {cs['exam']}", "",
                 f"Procedures: {P(r, ['Closed reduction under procedural sedation - see separate note', 'Splint application (29515)']) if cs['key'] in ('ankfx', 'dradius') else ('Shoulder reduction by traction-countertraction, post-reduction films confirm concentric reduction' if cs['key'] == 'slap' else P(r, ['None', 'None', 'Knee immobilizer and crutches' if cs['joint'] == 'knee' else 'None']))}.",
                 f"Results: {cs['xr']}", "", f"Clinical impression: {dxline(c)}", f"Plan/Disposition: {dispo}. Return precautions for increasing pain, numbness, color change.", "", sig(r, c, doc)]
    elif st == 4:
        parts = [f"{c['fac']['name']} EMERGENCY", f"{pname(c, 2)}  DOB {fdate(r, c['dob'], 0)}", "",
                 f"{c['age']}{c['sex']} c/o {region(c)} pain s/p {P(r, ['fall', 'twisting injury', 'sports injury', 'lifting at work'])}. {P(r, ['+swelling', '+deformity', 'ambulatory at scene', 'no prior injury'])}.",
                 f"VS stable. {cs['exam'][:180].rsplit('.', 1)[0]}.", f"XR: {cs['xr'][:140].rsplit('.', 1)[0]}.", f"Dx: {cs['dx']}", f"Rx: {P(r, ['ibuprofen', 'oxycodone #8', 'naproxen', 'cyclobenzaprine'])}. {P(r, ['Splint.', 'Sling.', 'Crutches.', 'Boot.'])} F/u ortho.", f"-{doc[1]}"]
    elif st == 5:
        force_wc(r, c)
        parts = [c["fac"]["name"], "EMERGENCY DEPARTMENT - WORK INJURY", banner(r, c), f"Employer: {c['employer']}  Injury at work today: YES", "",
                 f"HPI: {mech}. {cs['sx'].capitalize()}.", f"Exam: {cs['exam']}", f"X-ray: {cs['xr']}", f"Dx: {dxline(c)}",
                 f"Work status: {P(r, ['Off work until seen by occupational medicine/orthopaedics', 'Light duty - ' + cs['restr'], 'Return to work with restrictions'])}", f"Follow-up: {nm(c['surgeon'])} within 1 week.",
                 "WC forms completed and given to patient.", "", sig(r, c, doc)]
    else:
        parts = ["ED NOTE", f"Pt: {pname(c)}", f"Date: {fdate(r, c['date'], 0)}", "",
                 "SUBJECTIVE", hpi(r, c), "", "OBJECTIVE", f"{vitals_str(r, c, 1)}", cs["exam"], "", "DATA", cs["xr"], "", "ASSESSMENT/PLAN", f"{dxline(c)}. {' '.join(plan_str(r, c, False)[:2])} {dispo}.",
                 "", f"Attending: {nm(doc)}   Scribe: {P(r, ['K. Lam', 'J. Ruiz', 'M. Patel'])} for {nm(doc, 3)}"]
    return c, "\n".join(parts)


def g_transfer_summary(r):
    c = make_ctx(r, case=P(r, [x for x in SURG_CASES if x["key"] in ("kneeoa", "hipoa", "ankfx", "dradius")]))
    cs = c["case"]
    c["date"] = c["surgdate"] + dt.timedelta(days=r.randrange(1, 4))
    pn = proc_name(r, c)
    snf = P(r, ["Brightwater Manor Skilled Nursing", "Harlow Bay Rehabilitation & Care Center", "Maple Hollow Transitional Care Unit", "Cedar Bluff Health & Rehab"])
    acute = P(r, ["Kestrel Falls Regional Medical Center", "St. Agatha Memorial Hospital", "Port Ellery General Hospital"])
    reason_med, event_txt = P(r, [("acute chest pain with troponin elevation", "Complained of substernal chest pressure at 0400; ECG with ST depression, troponin 0.21. Aspirin given; anticoagulation discussed with ortho."),
                                  ("new atrial fibrillation with RVR", "Noted on telemetry to be in atrial fibrillation, rate 140s. Diltiazem 10 mg IV given with partial rate control."),
                                  ("suspected pulmonary embolism (CTA positive, segmental)", "Developed acute dyspnea on ambulation with SpO2 86%. CTA chest showed segmental PE. Heparin drip started after discussion with ortho regarding bleeding risk."),
                                  ("acute kidney injury requiring nephrology", "Creatinine rose from 0.9 to 3.4 with oliguria despite fluids. NSAIDs and nephrotoxins held."),
                                  ("GI bleed with hemoglobin drop to 6.8", "Noted to have melena and tachycardia; hemoglobin 6.8. Given 2 units PRBC, pantoprazole drip started, chemoprophylaxis held.")])
    meds = dc_meds(r, c)
    st = r.randrange(6)
    if st == 0:
        parts = [c["fac"]["name"], P(r, ["TRANSFER SUMMARY", "INTERFACILITY TRANSFER SUMMARY", "Transfer of Care Summary"]), banner(r, c), "",
                 f"Transferring to: {snf}", f"Date of transfer: {fdate(r, c['date'], 0)}", f"Attending: {nm(c['surgeon'])}   Accepting: {P(r, ['Dr. L. Ambrose (SNF medical director)', 'Dr. F. Castellanos', 'SNF attending'])}", "",
                 f"Diagnosis: {dxline(c)}, s/p {lc(pn)} on {fdate(r, c['surgdate'], 0)}", f"Comorbidities: {pmh_str(r, c)}", "",
                 f"Hospital course: Uncomplicated post-op course. Requires skilled PT/OT for mobility and ADLs; lives alone with {P(r, ['stairs to enter', 'no assistance available', 'spouse unable to assist'])}.",
                 f"Functional status: {P(r, ['Min assist transfers', 'CGA ambulation 50 ft with RW', 'Mod assist bed mobility'])}.", f"Weight bearing: {cs['restr']}", "",
                 "Medications:", *[f"  {m}" for m in meds], f"Allergies: {allergy_str(c)}", f"Code status: {P(r, ['Full code', 'DNR/DNI', 'Full code'])}", "",
                 f"Wound care: {P(r, ['Dry dressing change daily', 'Aquacel dressing - leave in place until 7 days post-op', 'Staples to be removed POD 14 at SNF'])}.",
                 f"Follow-up: {nm(c['surgeon'], 3)} clinic in 2 weeks ({c['fphone']}).", "", sig(r, c, c["pa"])]
    elif st == 1:
        parts = [P(r, ["PATIENT TRANSFER FORM", "EMTALA / INTER-HOSPITAL TRANSFER CERTIFICATION", "Physician Certification for Transfer"]), c["fac"]["name"], banner(r, c), "",
                 f"Receiving facility: {acute}   Accepting physician: Dr. {P(r, LAST)} ({P(r, ['Cardiology', 'Internal Medicine', 'ICU', 'Gastroenterology'])})", f"Accepted at: {ftime(r)}  Bed: {P(r, ['CCU 4', 'ICU 12', 'Tele 6B'])}",
                 f"Reason for transfer: {reason_med}; services not available at this facility (orthopaedic specialty hospital).", "",
                 f"Condition at transfer: {P(r, ['stable', 'guarded'])}   Vitals: {vitals_str(r, c, 1)}", f"Mode: {P(r, ['ALS ambulance', 'critical care transport'])}  Escort: RN/paramedic", "",
                 "Benefits of transfer: specialized care. Risks: deterioration in transit. [X] Patient consents to transfer.", "",
                 f"Ortho summary: POD {(c['date'] - c['surgdate']).days} s/p {lc(pn)}. {cs['restr']} Incision clean. Please continue DVT prophylaxis unless contraindicated.",
                 "Records sent: [X] H&P [X] op note [X] MAR [X] labs [X] imaging CD", "", f"Certifying physician: {nm(c['surgeon'])}  {ftime(r)}"]
    elif st == 2:
        parts = ["CONTINUITY OF CARE DOCUMENT - NURSING HOME / SNF", f"From: {c['fac']['name']}   To: {snf}", "",
                 f"Patient: {pname(c)}  DOB {fdate(r, c['dob'], 0)}  MRN {c['mrn']}", f"Primary dx: {dxline(c)}  ({icd(c)})", f"Procedure: {pn} ({fdate(r, c['surgdate'], 0)})", "",
                 "Nursing:", f"  Last BM: {fdate(r, c['date'] - dt.timedelta(days=1), 0)}  Voiding: {P(r, ['yes', 'yes, continent'])}  Diet: {P(r, ['regular', 'diabetic', 'cardiac'])}",
                 f"  Skin: intact except surgical incision; Braden {r.randrange(14, 21)}", f"  Last pain med: {P(r, ['oxycodone 5 mg', 'tramadol 50 mg'])} at {ftime(r)}", f"  Fall risk: {P(r, ['high', 'moderate'])}", "",
                 "Therapy:", f"  {cs['pt']}", "", "Medications: see attached MAR", f"Allergies: {allergy_str(c)}", "", f"Report called to {P(r, ['K. Morrow RN', 'D. Flint LPN'])} at {ftime(r)} by {nm(c['rn'], 1)}"]
    elif st == 3:
        parts = [letterhead(r, c), "", f"{P(r, ['Transfer Note', 'TRANSFER NOTE - ORTHOPAEDICS', 'Hand-off / Transfer Summary'])}", banner(r, c), "",
                 f"{mrs(c)} is a {c['age']}-year-old POD {(c['date'] - c['surgdate']).days} following {lc(pn)}, being transferred to {acute} for {reason_med}.", "",
                 f"Event: {event_txt} Rapid response called.", "",
                 f"Ortho recommendations for receiving team: {cs['restr']} Dressing change PRN. Please call {nm(c['surgeon'], 3)} at {c['fphone']} with questions. We will arrange outpatient follow-up.", "",
                 "Active medications:", *[f"- {m}" for m in meds[:5]], "", sig(r, c, c["surgeon"])]
    elif st == 4:
        parts = [P(r, ["INPATIENT REHABILITATION TRANSFER / ADMISSION REFERRAL", "Acute-to-IRF Transfer Summary"]), banner(r, c), "",
                 f"Rehab diagnosis: {dxline(c)} s/p {lc(pn)}", f"Pre-morbid function: independent, {P(r, ['community ambulator', 'drives', 'lives with spouse in 2-story home'])}",
                 f"Current function: {P(r, ['mod A transfers', 'min A ambulation 30 ft RW', 'max A LE dressing'])}", f"Able to tolerate 3 hrs therapy/day: {P(r, ['yes', 'yes'])}",
                 f"Medical issues requiring physician oversight: {pmh_str(r, c)} post-op anemia, pain management", f"Precautions: {cs['restr']}", "", f"Transfer date: {fdate(r, c['date'], 0)}", sig(r, c, c["pa"])]
    else:
        parts = [f"TRANSFER ORDERS/SUMMARY  {pname(c, 1)}", "",
                 f"Transfer to: {P(r, [snf, acute])}", f"Dx: {dxline(c)}; s/p {lc(pn)}", f"Course: {P(r, ['uncomplicated', 'post-op anemia, transfused 1u', 'urinary retention resolved'])}", f"WB: {cs['restr']}",
                 f"Meds: {'; '.join(m.split(',')[0] for m in meds)}", f"DVT ppx: {P(r, ['ASA 81 BID x 4 wks', 'enoxaparin 40 daily x 14 days'])}", f"F/u: {nm(c['surgeon'], 1)} 2 wks", "", nm(c["pa"], 1)]
    return c, "\n".join(parts)

def g_provider_orders(r):
    c = make_ctx(r, surgical=r.random() < 0.8)
    cs = c["case"]
    pn = proc_name(r, c) if cs["surg"] else ""
    prov = P(r, [c["surgeon"], c["pa"]])
    abx = "Vancomycin 1.5 g IV" if "Cefazolin" in allergy_str(c) or "Penicillin" in allergy_str(c) else "Cefazolin 2 g IV"
    st = r.randrange(7)
    if st == 0 and cs["surg"]:
        parts = [c["fac"]["name"], P(r, ["POST-OPERATIVE ORDERS - ORTHOPAEDICS", "Post-Op Admission Order Set: Total Joint", "ADMIT ORDERS"]), banner(r, c), "",
                 f"Admit to: {P(r, ['Inpatient', 'Observation'])}, Orthopaedics, {nm(c['surgeon'], 1)}", f"Diagnosis: {dxline(c)}, s/p {lc(pn)}", "Condition: stable", f"Allergies: {allergy_str(c)}", "Code status: Full", "",
                 "Vitals: q15min x4, q30min x2, q1h x2, then q4h", f"Neurovascular checks {region(c)} q1h x4 then q4h", f"Activity: {cs['restr']} PT/OT eval and treat POD 0", "Diet: clear liquids, advance as tolerated",
                 "IV: LR at 100 mL/hr, saline lock when tolerating PO", "Incentive spirometer 10x/hr while awake", f"{P(r, ['CPM 0-60 advance 10 deg/day as tolerated', 'Cryotherapy unit continuous', 'Sling at all times', 'Elevate extremity on pillows'])}", "",
                 "MEDICATIONS:", f"  {abx} q{P(r, ['8', '12'])}h x 2 doses", "  Acetaminophen 1000 mg PO q8h", "  Oxycodone 5-10 mg PO q4h PRN pain 4-10", "  Hydromorphone 0.5 mg IV q3h PRN breakthrough",
                 "  Ondansetron 4 mg IV q6h PRN nausea", "  Docusate 100 mg PO BID", f"  {P(r, ['Aspirin 81 mg PO BID starting POD 1', 'Enoxaparin 40 mg SC daily starting POD 1 AM', 'Rivaroxaban 10 mg PO daily'])}",
                 *[f"  Resume home: {m[0]} {m[1]} {m[2]}" for m in c["meds"]], "", "LABS: CBC, BMP POD 1 AM", "SCDs bilateral while in bed", "",
                 f"Physician: {nm(prov)}  Date/Time: {fdate(r, c['surgdate'], 0)} {ftime(r)}"]
    elif st == 1 and cs["surg"]:
        parts = ["PRE-OPERATIVE ORDERS", banner(r, c), "", f"Procedure: {pn}   Date: {fdate(r, c['surgdate'], 0)}   Surgeon: {nm(c['surgeon'], 1)}", "",
                 "[X] NPO after midnight except clear liquids until 2 hrs prior", "[X] CHG bath night before and morning of surgery", f"[X] Site marking: {region(c)}",
                 f"[X] Labs: {P(r, ['CBC, BMP', 'CBC, BMP, PT/INR, type & screen', 'BMP, HbA1c', 'None required'])}", f"[{P(r, ['X', ' '])}] ECG   [{P(r, ['X', ' '])}] CXR", f"[X] MRSA nasal screen; if positive, mupirocin BID x5 days",
                 f"[X] {abx} within 60 min of incision", "[X] Tranexamic acid 1 g IV at incision" if cs["fam"] in ("tka", "tha") else "[ ] Tranexamic acid",
                 f"[X] Anesthesia consult for {P(r, ['regional block', 'general anesthesia'])}", "[X] SCDs to bilateral LE" if cs["joint"] != "shoulder" else "[X] SCD to non-operative LE", "",
                 f"Ordering provider: {nm(prov)}   {fdate(r, c['date'], 0)}"]
    elif st == 2:
        parts = [P(r, ["TELEPHONE / VERBAL ORDER", "Verbal Order Read-Back Documentation"]), f"{pname(c, 2)}  MRN {c['mrn']}  Rm {r.randrange(201, 480)}", "",
                 f"{fdate(r, c['date'], 0)} {ftime(r)}  {P(r, ['Increase oxycodone to 10 mg PO q4h PRN severe pain', 'Bladder scan q6h; straight cath if > 500 mL', 'Give 500 mL LR bolus x1 for SBP < 90', 'Venous duplex ' + region(c) + ' today r/o DVT', 'Hold enoxaparin tonight; CBC in AM', 'May remove drain', 'Discontinue Foley'])}",
                 f"Ordered by: {nm(prov)} via {P(r, ['telephone', 'verbal'])}", f"Received/read back by: {nm(c['rn'])}", f"Co-signature: ________________ (within 48 h)"]
    elif st == 3:
        parts = [letterhead(r, c), "", "OUTPATIENT ORDERS", banner(r, c), "",
                 f"Dx: {dxline(c)} ({icd(c)})", "",
                 f"1. {P(r, ['MRI ' + region(c) + ' without contrast', 'X-ray ' + region(c) + ' 3 views', 'MR arthrogram ' + region(c), 'CT ' + region(c) + ' without contrast'])} - reason: {P(r, ['r/o internal derangement', 'failed 6 weeks conservative tx', 'surgical planning'])}",
                 f"2. Physical therapy: {cs['pt']}", f"3. DME: {P(r, cs['dme'])}", f"4. {P(r, ['Labs: ESR, CRP, CBC', 'Return visit 6 weeks', 'EMG/NCS upper extremity', 'Injection next visit'])}", "",
                 f"Prior auth required: {P(r, ['Yes - submitted', 'No', 'Pending'])}", f"Provider: {nm(prov)}  NPI {r.randrange(1000000000, 1999999999)}"]
    elif st == 4 and cs["surg"]:
        parts = [P(r, ["DISCHARGE ORDERS", "Discharge Order"]), banner(r, c), "",
                 f"Discharge patient to: {P(r, ['home', 'home with home health', 'SNF'])} today {fdate(r, c['date'], 0)}", f"Diagnosis: {dxline(c)} s/p {lc(pn)}",
                 f"Activity: {cs['restr']}", f"Diet: regular", f"Wound: {P(r, ['keep dressing on until follow-up', 'may shower POD 3 with waterproof cover', 'change dressing daily'])}",
                 f"Home health: {P(r, ['PT 3x/wk x 2 wks', 'RN for INR/wound check', 'none'])}", f"DME: {', '.join(cs['dme'])}", "Prescriptions: see med rec", f"Follow-up: {nm(c['surgeon'], 3)} 2 weeks", "", nm(prov)]
    elif st == 5:
        parts = ["ORDERS", f"{pname(c)}   {fdate(r, c['date'], 0)}", "",
                 f"- {P(r, ['Ice to ' + region(c) + ' 20 min q2h', 'Elevate extremity', 'Weight bearing: ' + cs['restr']])}",
                 f"- {P(r, ['PT to see today', 'OT consult for ADLs', 'Case management for discharge planning'])}", f"- {P(r, ['CBC in AM', 'BMP in AM', 'Type and screen'])}",
                 f"- {P(r, ['Ketorolac 15 mg IV q6h x 4 doses', 'Tramadol 50 mg PO q6h PRN', 'Ondansetron 4 mg IV PRN'])}", "", f"{nm(prov, 1)} {ftime(r)}"]
    else:
        parts = [f"{P(r, PT_CLINICS)}", P(r, ["PLAN OF CARE / THERAPY ORDERS - CERTIFICATION", "Physician Orders for Therapy"]), "", f"Patient: {pname(c)}   DOB {fdate(r, c['dob'], 0)}",
                 f"Certification period: {fdate(r, c['date'], 0)} to {fdate(r, c['date'] + dt.timedelta(days=r.randrange(28, 90)), 0)}", f"Dx: {dxline(c)} {icd(c)}",
                 f"Orders: {cs['pt']}", f"Frequency/duration: {P(r, ['2x/wk x 6 wks', '3x/wk x 4 wks', '2x/wk x 8 wks'])}", f"Precautions: {cs['restr']}", "",
                 "I certify the need for these services furnished under this plan of treatment while under my care.", f"Physician signature: __________________ {nm(c['surgeon'], 1)}  Date: ________"]
    return c, "\n".join(parts)


def g_discharge_instructions(r):
    c = make_ctx(r)
    cs = c["case"]
    surg = cs["surg"] is not None and r.random() < 0.75
    pn = proc_name(r, c) if surg else None
    call = f"Call {c['fac']['name']} at {c['fphone']} (after hours, ask for the orthopaedic surgeon on call) or go to the nearest emergency room if you have:"
    warn = ["Fever over 101.5 F or chills", "Increasing redness, warmth, or drainage from the incision", "Calf pain, swelling, or tenderness",
            "Chest pain or shortness of breath - CALL 911", "Numbness, tingling, or color change of your fingers/toes", "Pain not controlled by your medications"]
    fu = f"{nm(c['surgeon'], 3)} on {fdate(r, c['date'] + dt.timedelta(days=r.randrange(7, 15)), 2)} at {P(r, ['9:15 AM', '1:40 PM', '10:30 AM', '3:00 PM'])}"
    st = r.randrange(7)
    if st == 0 and surg:
        parts = [letterhead(r, c), "", P(r, ["POST-OPERATIVE INSTRUCTIONS", f"After Your {cs['joint'].title()} Surgery", "Home Care Instructions After Surgery"]), f"Patient: {pname(c)}   Surgery: {pn}", "",
                 H(r, "Activity", 2), f"- {cs['restr']}", f"- {cs['pt']}.", "- Do not drive while taking narcotic pain medication.", "",
                 H(r, "Wound care", 2), f"- {P(r, ['Keep your dressing clean and dry.', 'Leave the dressing on until your first visit.', 'You may remove the bulky dressing after 48 hours and cover portals with Band-Aids.'])}",
                 f"- {P(r, ['You may shower after 3 days with the incision covered.', 'No tub baths, pools or hot tubs until cleared.', 'Do not apply creams or ointments to the incision.'])}", "",
                 H(r, "Swelling and pain", 2), f"- Ice or use the cold therapy unit 20-30 minutes every 1-2 hours while awake.", "- Elevate the extremity above heart level.",
                 f"- Take {P(r, ['acetaminophen 1000 mg every 8 hours', 'your prescribed pain medicine as directed'])}. Use the narcotic only for severe pain.", "",
                 H(r, "Blood clot prevention", 2), f"- {P(r, ['Take aspirin 81 mg twice daily for 4 weeks.', 'Inject enoxaparin daily for 14 days.', 'Do ankle pumps 10 times every hour.'])}", "",
                 H(r, "When to call", 2), call, *[f"  * {w}" for w in warn], "", f"Follow-up appointment: {fu}", "", "Patient/caregiver signature: ________________   RN: " + nm(c["rn"], 1)]
    elif st == 1:
        c = make_ctx(r, case=P(r, [x for x in CASES if x["key"] in ("ankfx", "dradius", "achilles", "acl", "lumbar", "slap")]))
        cs = c["case"]
        parts = [c["fac"]["name"] + " Emergency Department", P(r, ["DISCHARGE INSTRUCTIONS", "Your Emergency Department Visit Summary"]), f"{pname(c)}   {fdate(r, c['date'], 0)}", "",
                 f"You were seen today for: {cs['dx'].upper()}", f"You were treated by: {nm(c['er'])}", "",
                 P(r, ["SPLINT CARE: Keep the splint dry. Do not put anything inside the splint. Elevate above your heart. Wiggle your fingers/toes often.",
                       "SLING: Wear the sling for comfort. Remove for bathing and gentle elbow/wrist motion 3 times a day.",
                       "BACK STRAIN: Stay active as tolerated; bed rest is not recommended. Use heat or ice. Avoid heavy lifting.",
                       "CRUTCHES: Do not put weight on the injured leg. Use crutches at all times."]), "",
                 f"Medications prescribed: {P(r, ['Ibuprofen 600 mg every 6 hours with food', 'Hydrocodone/acetaminophen 5/325 - do not take additional Tylenol', 'Naproxen 500 mg twice daily', 'Cyclobenzaprine 10 mg at bedtime - may cause drowsiness'])}", "",
                 f"Follow up with: {nm(c['surgeon'])}, Orthopaedics, in {P(r, ['3-5 days', '1 week'])}. Call {c['fphone']} for an appointment.", "",
                 "RETURN TO THE ED IMMEDIATELY for: severe pain, numbness, cold or blue fingers/toes, tight splint, fever.", "", "I understand these instructions. Signature: ______________"]
    elif st == 2:
        c = make_ctx(r, case=P(r, [x for x in CASES if x["inj"]]))
        cs = c["case"]
        parts = [f"{c['fac']['short']} Sports Medicine", P(r, ["After Your Injection", "POST-INJECTION INSTRUCTIONS", "Injection Aftercare"]), "", f"Name: {pname(c)}  Date: {fdate(r, c['date'], 1)}",
                 f"You received a {cs['inj'][0]} injection with {cs['inj'][1].split(' with')[0]}.", "",
                 "- The numbing medicine wears off in a few hours; pain may temporarily increase for 24-48 hours (cortisone flare).", "- Ice 15-20 minutes several times a day. Avoid heat today.",
                 "- Avoid strenuous use of the joint for 2 days.", "- If you have diabetes, check your blood sugar closely for 3 days; it may run higher.", "- The steroid usually begins working in 3-7 days.", "",
                 "Call us for redness, warmth, fever, or increasing swelling after 48 hours.", f"Questions: {c['fphone']}"]
    elif st == 3:
        c = make_ctx(r, case=P(r, [x for x in CASES if x["key"] in ("ankfx", "dradius", "achilles", "acl", "slap", "rcuff")]))
        cs = c["case"]
        fu = f"{nm(c['surgeon'], 3)} on {fdate(r, c['date'] + dt.timedelta(days=r.randrange(7, 15)), 2)} at {P(r, ['9:15 AM', '1:40 PM', '10:30 AM', '3:00 PM'])}"
        parts = [letterhead(r, c), "", P(r, ["CAST CARE INSTRUCTIONS", "Brace and Crutch Instructions", "Sling Instructions"]), "", f"For: {pname(c)}", "",
                 "1. Keep the cast/splint/brace clean and dry. Cover with a plastic bag when bathing.", "2. Do not stick objects inside to scratch.", "3. Elevate to reduce swelling, especially the first 72 hours.",
                 "4. Move your fingers/toes frequently.", "5. Call if the cast becomes too tight, cracks, has a foul odor, or you have burning or numbness.",
                 f"Weight bearing status: {cs['restr']}", "", f"Next visit: {fu}"]
    elif st == 4:
        parts = [f"{c['fac']['name']}", P(r, ["After Visit Summary", "Visit Summary and Instructions"]), banner(r, c), "",
                 f"Today's diagnosis: {dxline(c)}", f"Instructions from {nm(P(r, [c['surgeon'], c['sportsmd'], c['pa']]))}:", *[f"  - {x}" for x in plan_str(r, c, False)], "",
                 "Medication changes:", f"  {P(r, ['START meloxicam 15 mg daily with food', 'No changes', 'STOP ibuprofen while taking meloxicam'])}", "",
                 f"Upcoming appointments: {fu}", "", "MyChart activation code: " + "-".join(str(r.randrange(10000, 99999)) for _ in range(3))]
    elif st == 5 and surg:
        parts = [P(r, ["TOTAL JOINT DISCHARGE CHECKLIST", "Going Home After Joint Replacement", "Patient Discharge Teaching Record"]), f"{pname(c)}   Surgery date {fdate(r, c['surgdate'], 0)}", "",
                 "[X] Walker/crutches training completed", f"[X] {P(r, ['Hip', 'Knee', 'Joint'])} precautions reviewed", "[X] Home exercise program reviewed", "[X] Blood thinner teaching", "[X] Constipation prevention",
                 "[X] Signs of infection / blood clot reviewed", f"[X] Prescriptions sent to {c['pharm']}", "", "Precautions:", f"  {cs['restr']}", "", f"Home health agency: {P(r, ['VNA of Kestrel Falls', 'Harlow Home Care', 'none - outpatient PT'])}",
                 f"Follow up: {fu}", "", call, *[f"  - {w}" for w in warn[:4]], "", f"Teaching completed by {nm(c['rn'])}; patient verbalizes understanding."]
    else:
        parts = [f"Instructions for {pname(c)}", "", f"{P(r, ['You had', 'Procedure:', 'Diagnosis:'])} {pn or cs['dx']}", "",
                 f"DO: {P(r, ['ice, elevate, take meds as directed', 'use your crutches', 'wear your brace', 'do your exercises 3x daily'])}.", f"DON'T: {P(r, ['drive on narcotics', 'soak the incision', 'lift heavy objects', 'return to sports until cleared'])}.",
                 f"DIET: {P(r, ['resume normal diet', 'start with light foods'])}.", f"CALL: {c['fphone']} for problems.", f"NEXT APPT: {fu}"]
    return c, "\n".join(parts)

def g_other(r):
    c = make_ctx(r)
    cs = c["case"]
    line = "_" * 26
    st = r.randrange(11)
    if st == 0:
        parts = [c["fac"]["name"], "", P(r, ["FAX", "FACSIMILE TRANSMITTAL", "Fax Cover Sheet"]), "", f"To: {P(r, [nm(c['pcp']), c['ins'][0], P(r, PT_CLINICS), 'Medical Records'])}", f"Fax: {fake_phone(r)}",
                 f"From: {nm(P(r, [c['surgeon'], c['sportsmd']]))} / {P(r, ['Surgery Scheduling', 'Medical Records', 'Prior Authorization', 'Clinic'])}", f"Fax: {c['ffax']}   Phone: {c['fphone']}",
                 f"Date: {fdate(r, c['date'], 0)}   Pages (incl. cover): {r.randrange(2, 14)}", f"Re: {pname(c)}  DOB {fdate(r, c['dob'], 0)}", "",
                 f"[{P(r, ['X', ' '])}] Urgent  [ ] For review  [{P(r, ['X', ' '])}] Please reply", "", f"Comments: {P(r, ['Office notes and MRI report attached.', 'Please see attached authorization request.', 'Records as requested.', 'Please fax back signed plan of care.'])}", "",
                 "CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential health information that is legally privileged. If you are not the intended recipient, you are hereby notified that any disclosure, copying, or distribution is strictly prohibited. Please notify the sender immediately."]
    elif st == 1:
        qs = {"knee": ("KOOS JR", ["Twisting/pivoting on your knee", "Straightening knee fully", "Going up or down stairs", "Standing upright", "Rising from sitting", "Bending to floor", "Knee stiffness after waking"]),
              "shoulder": ("QuickDASH", ["Open a tight or new jar", "Do heavy household chores", "Carry a shopping bag", "Wash your back", "Use a knife to cut food", "Recreational activities", "Sleeping difficulty due to pain"]),
              "low back": ("Oswestry Disability Index", ["Pain intensity", "Personal care", "Lifting", "Walking", "Sitting", "Standing", "Sleeping", "Social life", "Traveling"]),
              "hip": ("HOOS JR", ["Going down stairs", "Getting in/out of bath", "Sitting", "Running", "Twisting/pivoting on loaded leg"])}
        title, items = qs.get(cs["joint"], ("Lower Extremity Functional Scale (LEFS)", ["Usual work or housework", "Usual hobbies/sports", "Getting in/out of bath", "Walking between rooms", "Putting on shoes", "Squatting", "Running on even ground", "Hopping"]))
        parts = [f"{c['fac']['short']} Patient-Reported Outcome", title, f"Name: {pname(c)}  Date: {fdate(r, c['date'], 0)}  Visit: {P(r, ['Pre-op', '6 wk', '3 mo', '1 yr', 'Initial'])}", "",
                 "Please circle the answer that best describes you during the past week.", "0=None 1=Mild 2=Moderate 3=Severe 4=Extreme", ""]
        tot = 0
        for q in items:
            v = r.randrange(0, 5)
            tot += v
            parts.append(f"{q:<42} 0  1  2  3  4   [{v}]")
        parts += ["", f"Pain today (0-10): {c['pain']}", f"Raw score: {tot}   (office use)"]
    elif st == 2:
        clr = P(r, ["NOT CLEARED", "CLEARED WITH RESTRICTIONS", "CLEARED FOR FULL PARTICIPATION"])
        parts = [f"{c['fac']['name']} - Sports Medicine", P(r, ["RETURN TO PLAY CLEARANCE FORM", "Athletic Participation Status", "Return-to-Sport Clearance"]), "",
                 f"Athlete: {pname(c)}  School: {c['school']}  Sport: {c['sport']}", f"Injury: {dxline(c)}  Date of injury: {fdate(r, c['doi'], 0)}", "",
                 f"Status: {clr}", f"Restrictions: {P(r, ['None', 'No contact; may condition', 'Must wear brace', 'Non-weight bearing activities only'])}",
                 f"Functional testing: {P(r, ['single-leg hop symmetry ' + str(r.randrange(80, 100)) + '%', 'not performed', 'Y-balance within 4 cm', 'isokinetic quad LSI ' + str(r.randrange(70, 98)) + '%'])}",
                 f"Next re-evaluation: {fdate(r, c['date'] + dt.timedelta(days=r.randrange(7, 42)), 0)}", "", f"Physician: {nm(c['sportsmd'])}  Signature {line}", f"ATC notified: {nm(c['atc'])}"]
    elif st == 3:
        force_wc(r, c)
        parts = [P(r, ["WORK STATUS REPORT", "Physician's Report of Work Ability", "DUTY STATUS FORM"]), f"{c['fac']['name']}", "",
                 f"Employee: {pname(c)}   Employer: {c['employer']}   Claim: {c['claim']}", f"Date of visit: {fdate(r, c['date'], 0)}   DOI: {fdate(r, c['doi'], 0)}", f"Diagnosis: {dxline(c)}  {icd(c)}", "",
                 f"[{P(r, ['X', ' '])}] Return to full duty on ________", f"[{P(r, ['X', ' '])}] Modified duty from {fdate(r, c['date'], 0)} to {fdate(r, c['date'] + dt.timedelta(days=r.randrange(14, 45)), 0)}", "[ ] Off work",
                 f"Lifting: {P(r, ['10', '15', '20', '25'])} lbs max  Push/pull: {P(r, ['20', '30'])} lbs", f"[X] No {P(r, ['overhead work', 'climbing ladders', 'kneeling/squatting', 'repetitive gripping', 'use of ' + side_word(c) + ' arm'])}",
                 f"Other: {cs['restr']}", f"Next appointment: {fdate(r, c['date'] + dt.timedelta(days=r.randrange(14, 30)), 0)}", "", f"Provider: {nm(P(r, [c['surgeon'], c['pa']]))}  {line}"]
    elif st == 4:
        force_wc(r, c)
        parts = [P(r, ["EMPLOYER'S FIRST REPORT OF INJURY OR ILLNESS", "FIRST REPORT OF INJURY (FROI)", "Attending Physician's First Report - Workers' Compensation"]), f"State of {c['state']} - Bureau of Workers' Compensation", "",
                 f"1. Employee name: {pname(c)}   2. DOB: {fdate(r, c['dob'], 0)}   3. SSN: XXX-XX-{r.randrange(1000, 9999)}", f"4. Employer: {c['employer']}   FEIN: {r.randrange(10, 99)}-{r.randrange(1000000, 9999999)}",
                 f"5. Date/time of injury: {fdate(r, c['doi'], 0)} {ftime(r)}   6. Date employer notified: {fdate(r, c['doi'], 0)}", f"7. Describe how injury occurred: {fill(c, P(r, cs['mech']))}",
                 f"8. Part of body: {region(c)}   9. Nature of injury: {P(r, ['strain', 'sprain', 'tear', 'fracture', 'repetitive trauma'])}", f"10. Treating physician: {nm(c['surgeon'])}, {c['fac']['name']}",
                 f"11. Lost time beyond day of injury: {P(r, ['Yes', 'No'])}", f"12. Insurer: {c['ins'][0]}  Claim #: {c['claim']}", "", f"Completed by: {line}  Title: {P(r, ['HR Manager', 'Safety Coordinator'])}"]
    elif st == 5:
        bal = r.randrange(40, 4800)
        parts = [c["fac"]["name"], "PATIENT STATEMENT", f"Statement date: {fdate(r, c['date'], 0)}   Account #: {c['acct']}", "", addr_block(r, c), "",
                 "Date       Description                          Charges   Ins Paid   Adj      Patient"]
        for _ in range(r.randrange(3, 7)):
            ch = r.randrange(80, 6000)
            ip = int(ch * r.uniform(0.3, 0.7))
            adj = int(ch * r.uniform(0.1, 0.3))
            parts.append(f"{fdate(r, c['date'] - dt.timedelta(days=r.randrange(10, 90)), 0)} {P(r, ['Office visit est (99213)', 'X-ray knee 3v (73562)', 'MRI (73721)', 'Injection (20610)', 'PT eval (97161)', 'Ther ex (97110)', 'DME brace (L1833)', 'Surgery (' + (cs['cpt'] or '29881').split(',')[0] + ')']):<36} {ch:>8.2f} {ip:>9.2f} {adj:>7.2f} {ch - ip - adj:>9.2f}")
        parts += ["", f"AMOUNT DUE: ${bal:.2f}   Due by {fdate(r, c['date'] + dt.timedelta(days=30), 0)}", "Payment plans available. Call Patient Financial Services " + fake_phone(r), "Pay online or detach and return with payment."]
    elif st == 6:
        parts = [P(r, ["AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION", "Request for Medical Records", "HIPAA Authorization to Disclose"]), c["fac"]["name"] + " - Health Information Management", "",
                 f"Patient: {pname(c)}   DOB: {fdate(r, c['dob'], 0)}   MRN: {c['mrn']}", f"Release FROM: {c['fac']['name']}", f"Release TO: {P(r, ['Kessler & Obi LLP', c['ins'][0], 'Dr. ' + c['pcp'][1], 'Social Security Administration - Disability Determination', 'Patient (self)'])}", "",
                 f"Information to be released: [X] Office notes  [{P(r, ['X', ' '])}] Operative reports  [X] Imaging reports  [ ] Entire record  Dates: {fdate(r, c['date'] - dt.timedelta(days=365), 0)} to {fdate(r, c['date'], 0)}",
                 f"Purpose: {P(r, ['Legal', 'Insurance', 'Continuity of care', 'Personal', 'Disability claim'])}", f"Expires: {fdate(r, c['date'] + dt.timedelta(days=180), 0)}", "",
                 "I understand I may revoke this authorization in writing. Information disclosed may be redisclosed by the recipient and no longer protected.", f"Signature: {line}  Date: {fdate(r, c['date'], 0)}",
                 "", f"HIM use: Processed {fdate(r, c['date'] + dt.timedelta(days=r.randrange(1, 15)), 0)} by {P(r, ['ROI-3', 'CK', 'mrt'])}; pages {r.randrange(4, 80)}; fee ${P(r, ['0.00', '6.50', '25.00'])}"]
    elif st == 7:
        parts = [f"{c['fac']['short']} Arthroscopy Image Prints", f"{pname(c, 1)}  {c['mrn']}  {fdate(r, c['date'], 0)}", f"Procedure: {(cs['surg'] or 'diagnostic arthroscopy')}", ""]
        caps = ["Image 1: " + P(r, ["Suprapatellar pouch", "Glenohumeral joint from posterior portal", "Central compartment"]), "Image 2: " + cs["dx"] + " - before",
                "Image 3: " + P(r, ["After debridement", "After repair", "Final construct"]), "Image 4: " + P(r, ["Intercondylar notch", "Subacromial space", "Peripheral compartment"])]
        parts += caps + ["", "[photographs not reproduced]", P(r, ["Given to patient", "Scanned to chart", ""])]
    elif st == 8:
        c = make_ctx(r, case=P(r, [x for x in CASES if x["sport"]]))
        cs = c["case"]
        set_age(c, r.randrange(14, 22))
        parts = [P(r, ["PREPARTICIPATION PHYSICAL EVALUATION", "Athletic Pre-Participation Physical - Physician Clearance"]), f"{c['school']}", "",
                 f"Name: {pname(c)}  Sex: {c['sex']}  Age: {c['age']}  Sport(s): {c['sport']}", f"Ht {c['ht']} in  Wt {c['wt']} lb  BP {c['bp']}  P {c['hr']}  Vision R 20/{P(r, ['20', '25'])} L 20/{P(r, ['20', '30'])}", "",
                 "Medical: Appearance nl / Eyes nl / Heart nl (no murmurs standing/supine) / Pulses nl / Lungs nl / Abdomen nl / Skin nl",
                 f"Musculoskeletal: Neck nl / Back nl / Shoulder {P(r, ['nl', 'abnl'])} / Knee {P(r, ['nl', 'abnl'])} / Ankle nl / Functional duck-walk nl", "",
                 f"[{P(r, ['X', ' '])}] Cleared for all sports without restriction", f"[ ] Cleared with recommendations for further evaluation: {P(r, ['', 'knee ' + cs['dx']])}", "[ ] Not cleared", "",
                 f"Physician: {nm(c['sportsmd'])}  Date {fdate(r, c['date'], 0)}  {line}"]
    elif st == 9:
        parts = [c["fac"]["name"], P(r, ["NOTICE OF PRIVACY PRACTICES - ACKNOWLEDGMENT", "Acknowledgment of Receipt", "Financial Responsibility & Assignment of Benefits"]), "",
                 f"I, {pname(c)}, acknowledge that I have {P(r, ['received a copy of the Notice of Privacy Practices', 'read and understand the financial policy', 'been offered the patient rights and responsibilities'])}.",
                 "I authorize my insurance benefits to be paid directly to the provider. I understand I am responsible for any amount not covered.", "",
                 f"Signature: {line}   Date: {fdate(r, c['date'], 0)}", f"If not signed, reason: {P(r, ['', 'patient declined', 'patient unable'])}"]
    else:
        parts = [c["fac"]["name"], P(r, ["PATIENT INTAKE QUESTIONNAIRE", "New Patient Health History", "Sports Medicine History Form"]), "",
                 f"Name: {pname(c)}   Date: {fdate(r, c['date'], 1)}", f"Which body part? {region(c)}", f"How long have you had this problem? {P(r, ['< 1 week', '2-6 weeks', '3 months', '> 1 year'])}",
                 f"Was there an injury? {P(r, ['Yes', 'No'])}  Describe: {fill(c, P(r, cs['mech']))[:80]}", f"Pain level (0-10): {c['pain']}", "Pain is:  [X] aching  [ ] burning  [ ] sharp  [ ] numbness",
                 f"Previous treatment:  [{P(r, ['X', ' '])}] PT  [{P(r, ['X', ' '])}] injection  [ ] surgery  [{P(r, ['X', ' '])}] medication", f"Medical problems: {pmh_str(r, c)}", f"Allergies: {allergy_str(c)}",
                 f"Smoker? {P(r, ['No', 'No', 'Yes'])}   Occupation: {P(r, ['student', 'warehouse', 'teacher', 'retired', 'nurse', 'driver'])}", "", f"Patient signature: {line}"]
    return c, "\n".join(parts)

# ----------------------------------------------------------------- main
GENERATORS = {t: globals()["g_" + t] for t in TYPES}

def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    r = random.Random(a.seed)
    rows = []
    for t in TYPES:
        for i in range(a.per_type):
            c, text = GENERATORS[t](r)
            text = finish(r, c, text.strip())
            rows.append({"id": f"so-{a.seed}-{t}-{i:04d}", "label": t, "text": text})
    r.shuffle(rows)
    with open(a.out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
