"""Synthetic clinical wording for generated pages. Nothing here is real patient data."""

from __future__ import annotations

import random

FAMILIES = [
    "ABERNATHY",
    "BALDWIN",
    "CASTILLO",
    "DONOVAN",
    "ELLINGTON",
    "FAIRBANKS",
    "GALLAGHER",
    "HOLLOWAY",
    "IVERSEN",
    "JANKOWSKI",
    "KOWALCZYK",
    "LINDQVIST",
    "MORRISON",
    "NAKAMURA",
    "OKONKWO",
    "PETERSEN",
    "QUINTERO",
    "ROSENBERG",
    "SULLIVAN",
    "THORNTON",
    "UNDERWOOD",
    "VASQUEZ",
    "WHITAKER",
    "YAMAMOTO",
    "ZIMMERMAN",
    "ASHWORTH",
    "BRENNAN",
    "CALLOWAY",
]
GIVENS = [
    "Margaret",
    "Robert",
    "Eleanor",
    "Thomas",
    "Patricia",
    "William",
    "Dorothy",
    "Charles",
    "Helen",
    "Joseph",
    "Ruth",
    "George",
    "Evelyn",
    "Samuel",
    "Frances",
    "Henry",
    "Alice",
    "Walter",
    "Louise",
    "Arthur",
    "Martha",
    "Edward",
    "Irene",
    "Franklin",
]
CONDITIONS = [
    "community acquired pneumonia",
    "congestive heart failure",
    "type 2 diabetes mellitus",
    "chronic obstructive pulmonary disease",
    "acute kidney injury",
    "atrial fibrillation",
    "cellulitis of the left lower leg",
    "urinary tract infection",
    "essential hypertension",
    "gastrointestinal bleeding",
    "syncope",
    "hip fracture",
    "asthma exacerbation",
]
MEDICATIONS = [
    "metoprolol 25 mg twice daily",
    "lisinopril 10 mg daily",
    "metformin 500 mg twice daily",
    "atorvastatin 40 mg at bedtime",
    "furosemide 20 mg daily",
    "apixaban 5 mg twice daily",
    "amoxicillin 875 mg twice daily",
    "levothyroxine 75 mcg daily",
    "omeprazole 20 mg daily",
    "albuterol inhaler two puffs every four hours as needed",
    "insulin glargine 18 units nightly",
]
DOCTORS = ["Dr. Alvarez", "Dr. Bennett", "Dr. Chowdhury", "Dr. Dubois", "Dr. Eriksen", "Dr. Fong"]

TITLES = {
    "discharge_summary": "DISCHARGE SUMMARY",
    "history_physical": "HISTORY AND PHYSICAL",
    "progress_note": "PROGRESS NOTE",
    "consult_note": "CONSULTATION NOTE",
    "operative_note": "OPERATIVE REPORT",
    "lab_report": "LABORATORY REPORT",
    "imaging_report": "RADIOLOGY REPORT",
    "medication_list": "MEDICATION LIST",
    "consent_form": "CONSENT FORM",
    "referral_letter": "REFERRAL LETTER",
    "nursing_note": "NURSING NOTE",
    "ed_note": "EMERGENCY DEPARTMENT NOTE",
    "provider_orders": "PHYSICIAN ORDERS",
    "discharge_instructions": "DISCHARGE INSTRUCTIONS",
    "pathology_report": "PATHOLOGY REPORT",
    "ecg_report": "ECG REPORT",
}

SENTENCES = {
    "discharge_summary": [
        "The patient was admitted with {cond} and treated with intravenous fluids.",
        "Hospital course was uncomplicated and the patient improved steadily.",
        "Discharge diagnosis: {cond}.",
        "Discharge medications include {med}.",
        "Follow up with {doc} in two weeks for reassessment.",
    ],
    "history_physical": [
        "Chief complaint: shortness of breath for {n} days.",
        "History of present illness: the patient reports worsening {cond}.",
        "Past medical history is notable for {cond2}.",
        "Physical examination: blood pressure {bp}, heart rate {hr}, afebrile.",
        "Assessment and plan: admit for {cond} and start {med}.",
    ],
    "progress_note": [
        "Subjective: the patient slept well and reports less pain today.",
        "Objective: vital signs stable, blood pressure {bp}, heart rate {hr}.",
        "Assessment: {cond}, improving on current therapy.",
        "Plan: continue {med} and reassess in the morning.",
    ],
    "consult_note": [
        "Reason for consultation: evaluation of {cond} at the request of {doc}.",
        "The patient was seen and examined and the chart was reviewed.",
        "Impression: findings are consistent with {cond2}.",
        "Recommendations: start {med} and obtain an echocardiogram.",
    ],
    "operative_note": [
        "Preoperative diagnosis: {cond}. Postoperative diagnosis: same.",
        "Procedure performed under general anesthesia without complication.",
        "Estimated blood loss was {n}0 mL. Specimens sent to pathology.",
        "The patient was taken to recovery in stable condition.",
    ],
    "lab_report": [
        "Sodium {na} mmol/L, potassium 4.{k} mmol/L, chloride 10{k} mmol/L.",
        "Hemoglobin 1{k}.{n} g/dL, white blood cell count {n}.{k} x10^9/L.",
        "Creatinine 0.{k}{n} mg/dL, glucose 1{n}{k} mg/dL.",
        "Specimen collected at 06:{k}{n} and verified by the laboratory.",
    ],
    "imaging_report": [
        "Examination: chest radiograph, two views.",
        "Findings: the lungs are clear without focal consolidation.",
        "The cardiac silhouette is within normal limits.",
        "Impression: no acute cardiopulmonary abnormality.",
    ],
    "medication_list": [
        "Active medication: {med}.",
        "Active medication: {med2}.",
        "Allergies: penicillin causes rash.",
        "List reconciled with the patient and pharmacy on admission.",
    ],
    "consent_form": [
        "I consent to the procedure described to me by {doc}.",
        "The risks, benefits and alternatives were explained and my questions were answered.",
        "I understand that no guarantee has been made about the outcome.",
        "Signature of patient or representative: ____________________",
    ],
    "referral_letter": [
        "Dear colleague, thank you for seeing this patient with {cond}.",
        "Current treatment includes {med}.",
        "I would appreciate your opinion on further management.",
        "Kind regards, {doc}.",
    ],
    "nursing_note": [
        "Patient resting comfortably, call light within reach.",
        "Pain rated {k} out of 10, medicated as ordered.",
        "Vital signs: blood pressure {bp}, heart rate {hr}, oxygen saturation 9{k} percent.",
        "Will continue to monitor and report changes to {doc}.",
    ],
    "ed_note": [
        "Arrived by ambulance with {cond}.",
        "Triage vital signs: blood pressure {bp}, heart rate {hr}.",
        "Emergency department course: treated with {med}.",
        "Disposition: admitted to the medical floor under {doc}.",
    ],
    "provider_orders": [
        "Admit to medicine service under {doc}.",
        "Diet: cardiac diet. Activity: as tolerated.",
        "Medication order: {med}.",
        "Laboratory: basic metabolic panel in the morning.",
    ],
    "discharge_instructions": [
        "Take {med} as prescribed.",
        "Return to the emergency department for chest pain or fever.",
        "Follow up with {doc} within one week.",
        "You may resume normal activity as tolerated.",
    ],
    "pathology_report": [
        "Specimen: tissue received in formalin, labelled with the patient name.",
        "Gross description: tan soft tissue measuring {n}.{k} cm.",
        "Microscopic description: no evidence of malignancy.",
        "Final diagnosis: benign tissue, see comment.",
    ],
    "ecg_report": [
        "Ventricular rate {hr} beats per minute, PR interval 1{k}0 ms.",
        "Rhythm: normal sinus rhythm.",
        "No acute ST segment changes.",
        "Interpretation confirmed by {doc}.",
    ],
}


def fill(template: str, rng: random.Random) -> str:
    conds = rng.sample(CONDITIONS, 2)
    meds = rng.sample(MEDICATIONS, 2)
    return template.format(
        cond=conds[0],
        cond2=conds[1],
        med=meds[0],
        med2=meds[1],
        doc=rng.choice(DOCTORS),
        n=rng.randint(2, 9),
        k=rng.randint(1, 8),
        bp=f"1{rng.randint(10, 49)}/{rng.randint(60, 89)}",
        hr=rng.randint(58, 112),
        na=rng.randint(134, 145),
    )


def body_lines(doc_type: str, rng: random.Random, count: int) -> list[str]:
    pool = SENTENCES[doc_type]
    return [fill(rng.choice(pool), rng) for _ in range(count)]
