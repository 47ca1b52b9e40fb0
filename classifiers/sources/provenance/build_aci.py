"""Build aci_bench/docs.jsonl from wyim/aci-bench data/challenge_data/*.csv (notes only; CC BY 4.0)."""
import csv, json, sys, hashlib
D = sys.argv[1] if len(sys.argv) > 1 else '/tmp'
SPLITS = ['train', 'valid', 'clinicalnlp_taskB_test1', 'clinicalnlp_taskC_test2', 'clef_taskC_test3']
csv.field_size_limit(10**9)
out = open('/work/sources/real/aci_bench/docs.jsonl', 'w', encoding='utf-8')
seen = {}
n = 0
for sp in SPLITS:
    meta = {r['encounter_id']: r for r in csv.DictReader(open(f'{D}/aci_{sp}_meta.csv', encoding='utf-8'))}
    for r in csv.DictReader(open(f'{D}/aci_{sp}.csv', encoding='utf-8')):
        note = r['note'].replace('\r\n', '\n').strip()
        if note in seen:
            print('duplicate note', sp, r['encounter_id'], 'of', seen[note]); continue
        seen[note] = (sp, r['encounter_id'])
        m = meta.get(r['encounter_id'], {})
        rec = {
            'id': f"aci_{sp}_{r['encounter_id']}",
            'text': note,
            'source_label': {'split': sp, 'dataset': r['dataset'], 'encounter_id': r['encounter_id'],
                             'cc': m.get('cc'), '2nd_complaints': m.get('2nd_complaints'),
                             'doc_kind': 'clinician-written outpatient visit note (generated from a role-played/real doctor-patient dialogue)'},
            'title': None,
        }
        out.write(json.dumps(rec, ensure_ascii=False) + '\n'); n += 1
print('docs', n)
