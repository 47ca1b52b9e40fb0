"""Build mtsamples/docs.jsonl from kdpsingh/clinspacy data/mtsamples.rda (copy of Kaggle tboyle10/medicaltranscriptions, CC0)."""
import hashlib, json, re, sys, collections
import rdata

RDA = sys.argv[1] if len(sys.argv) > 1 else '/tmp/mtsamples.rda'
OUT = '/work/sources/real/mtsamples/docs.jsonl'

HEADER_LINE = re.compile(r"^[A-Z][A-Z0-9 /&()'.,\-#]{2,}(:|$)")

def restore(s: str) -> str:
    s = s.replace('\r\n', '\n').replace('\r', '\n').strip().rstrip(",").strip()
    # protect thousands separators like 10,000 / 1:100,000
    s = re.sub(r'(?<=\d),(?=\d{3}(?!\d))', '\x00', s)
    # "HEADER:," / "HEADER: , " -> "HEADER: " (the comma marks the end of the bold header on mtsamples.com)
    # ...unless a list item or a "Subheader:" follows, in which case it was a real break
    s = re.sub(r':[ \t]*,[ \t]*(?=(?:\d{1,2}[.)]|[a-zA-Z][.)]\s|[-*\u2022]|[A-Z][A-Za-z /&()\-]{0,40}:))', ':\n', s)
    s = re.sub(r'(?<=[A-Za-z0-9 )\]]):[ \t]*,[ \t]*', ': ', s)
    # any other comma not followed by whitespace (optionally preceded by spaces) was a line break
    s = re.sub(r'[ \t]*,(?=\S)', '\n', s)
    s = s.replace('\x00', ',')
    lines = [ln.rstrip() for ln in s.split('\n')]
    out = []
    for i, ln in enumerate(lines):
        ln = ln.lstrip() if i == 0 else ln
        # blank line before an all-caps section header line (not at document start)
        if out and out[-1] != '' and HEADER_LINE.match(ln.strip()) and sum(c.isalpha() for c in ln.split(':')[0]) >= 3:
            out.append('')
        out.append(ln.strip() if HEADER_LINE.match(ln.strip()) else ln)
    text = '\n'.join(out).strip()
    text = re.sub(r'\n{3,}', '\n\n', text)
    return text

def main():
    df = rdata.conversion.convert(rdata.parser.parse_file(RDA))['mtsamples']
    groups = collections.OrderedDict()
    skipped_empty = 0
    for row in df.itertuples(index=False):
        t = row.transcription
        if t is None or (isinstance(t, float)) or str(t).strip() == '' or str(t) == '<NA>':
            skipped_empty += 1
            continue
        t = str(t)
        g = groups.setdefault(t, {'rows': []})
        g['rows'].append(row)
    n = 0
    with open(OUT, 'w', encoding='utf-8') as f:
        for t, g in groups.items():
            rows = g['rows']
            def uniq(vals):
                seen = []
                for v in vals:
                    v = None if v is None or str(v) == '<NA>' else str(v)
                    if v not in seen:
                        seen.append(v)
                return seen
            rec = {
                'id': 'mts_' + hashlib.sha1(t.encode('utf-8')).hexdigest()[:12],
                'text': restore(t),
                'source_label': {
                    'medical_specialty': uniq(r.medical_specialty for r in rows),
                    'sample_name': uniq(r.sample_name for r in rows),
                    'description': uniq(r.description for r in rows),
                    'keywords': uniq(r.keywords for r in rows),
                    'note_ids': [int(r.note_id) for r in rows],
                },
                'title': str(rows[0].sample_name).strip(),
            }
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
            n += 1
    print('rows', len(df), 'empty skipped', skipped_empty, 'distinct docs', n)

if __name__ == '__main__':
    main()
