# Converts annotated drafts (src/*.ann) into articles/*.txt and gold/*.json.
# Markup: [[text|id]] place (id '-' = null, '!' = non_place); <<text>> term;
# {{Speaker;alt1;alt2|text}} quote (Speaker '-' = null); a line starting '@ ' is furniture.
# Header lines and meta: first lines 'title:', 'source:', 'date:', then '#notes: ...', '#wrapped'.
import json, sys, glob, os, re
def nth_of(body, text, start):
    n = 0; at = body.find(text)
    while at >= 0 and at <= start:
        n += 1; at = body.find(text, at + 1)
    return n
def parse(src):
    out = []; places = []; nonp = []; quotes = []; terms = []; stack = []
    i = 0; pos = 0
    def cur(): return len(''.join(out))
    buf = []
    L = 0
    while i < len(src):
        if src.startswith('[[', i):
            j = src.index(']]', i); inner = src[i+2:j]; text, pid = inner.rsplit('|', 1)
            s = L; buf.append(text); L += len(text)
            (nonp if pid == '!' else places).append((s, text, pid)); i = j + 2
        elif src.startswith('<<', i):
            j = src.index('>>', i); text = src[i+2:j]; terms.append((L, text)); buf.append(text); L += len(text); i = j + 2
        elif src.startswith('{{', i):
            j = src.index('|', i); stack.append((L, src[i+2:j])); i = j + 1
        elif src.startswith('}}', i):
            s, meta = stack.pop(); quotes.append((s, L, meta)); i += 2
        else:
            buf.append(src[i]); L += 1; i += 1
    assert not stack, 'unclosed quote'
    return ''.join(buf), places, nonp, quotes, terms
for path in sorted(glob.glob(os.path.join(os.path.dirname(__file__), '*.ann'))):
    raw = open(path, encoding='utf-8').read()
    head, body_src = raw.split('\n\n', 1)
    hl = head.split('\n'); notes = ''; wrapped = False; header = []
    for h in hl:
        if h.startswith('#notes:'): notes = h[7:].strip()
        elif h == '#wrapped': wrapped = True
        else: header.append(h)
    lines = body_src.rstrip('\n').split('\n'); furn_idx = []
    clean = []
    for k, ln in enumerate(lines):
        if ln.startswith('@ '): furn_idx.append(k); clean.append(ln[2:])
        else: clean.append(ln)
    body, places, nonp, quotes, terms = parse('\n'.join(clean))
    blines = body.split('\n'); furniture = []
    offs = []; o = 0
    for bl in blines: offs.append(o); o += len(bl) + 1
    for k in furn_idx: furniture.append((offs[k], blines[k]))
    g = {'places': [], 'non_places': [], 'quotes': [], 'terms': [], 'furniture': [], 'wrapped': wrapped, 'notes': notes}
    for s, t, pid in places: g['places'].append({'text': t, 'nth': nth_of(body, t, s), 'id': None if pid == '-' else pid})
    for s, t, _ in nonp: g['non_places'].append({'text': t, 'nth': nth_of(body, t, s)})
    for s, e, meta in sorted(quotes):
        t = body[s:e]; parts = meta.split(';'); sp = None if parts[0] == '-' else parts[0]
        q = {'text': t, 'nth': nth_of(body, t, s), 'speaker': sp}
        if len(parts) > 1: q['speaker_alts'] = parts[1:]
        g['quotes'].append(q)
    for s, t in terms: g['terms'].append({'text': t, 'nth': nth_of(body, t, s)})
    for s, t in furniture: g['furniture'].append({'text': t, 'nth': nth_of(body, t, s)})
    name = os.path.basename(path)[:-4]; root = os.path.dirname(os.path.dirname(path))
    open(os.path.join(root, 'articles', name + '.txt'), 'w', encoding='utf-8').write('\n'.join(header) + '\n\n' + body + '\n')
    open(os.path.join(root, 'gold', name + '.json'), 'w', encoding='utf-8').write(json.dumps(g, ensure_ascii=False, indent='\t') + '\n')
    print(name, len(body.split()), 'words', len(places), 'places', len(quotes), 'quotes', len(furniture), 'furniture')

# Check: names that occur in a body outside every label and furniture line.
def names():
    out = set(EXTRA)
    for f in ['places', 'lines', 'posts']:
        d = json.load(open(os.path.join(os.path.dirname(__file__), '../../../geodata/%s.geojson' % f)))
        for ft in d['features']:
            p = ft['properties']; out.add(p['name'])
            for a in p.get('aliases') or []: out.add(a)
    return [n for n in out if len(n) > 2]
EXTRA = ['Karabakh', 'Artsakh', 'Khankendi', 'Berdzor', 'Shushi', 'Agdam', 'Aghdara', 'Tehran', 'Iran', 'Georgia', 'Syunik', 'Askeran', 'Ukraine', 'Kremlin', 'Europe', 'Caucasus', 'Nakhchivan', 'Zangezur', 'Washington', 'Paris', 'Istanbul', 'Tbilisi', 'Khojavend', 'Kelbajar', 'Fizuli', 'Hin Tagher', 'Khtsaberd', 'Parukh', 'Farukh', 'Sus', 'Lisagor', 'Aghavno', 'Yevlakh', 'Kornidzor', 'Hakari', 'Dadivank', 'Khudavang', 'Saribaba', 'Turkiye', 'Türkiye', 'Kazakhstan', 'Meghri', 'Vayk', 'Jermuk', 'Ijevan', 'Tavush', 'Kapan', 'Sotk', 'Khojaly', 'Stepanakert']
for path in sorted(glob.glob(os.path.join(os.path.dirname(__file__), '*.ann'))):
    name = os.path.basename(path)[:-4]; root = os.path.dirname(os.path.dirname(path))
    body = open(os.path.join(root, 'articles', name + '.txt'), encoding='utf-8').read().split('\n\n', 1)[1]
    g = json.load(open(os.path.join(root, 'gold', name + '.json'), encoding='utf-8'))
    cov = []
    def res(l):
        at = -1
        for _ in range(l['nth']): at = body.find(l['text'], at + 1)
        return (at, at + len(l['text']))
    for k in ['places', 'non_places', 'terms', 'furniture']:
        for l in g[k]: cov.append(res(l))
    for n in names():
        for m in re.finditer(r'(?<![\w-])' + re.escape(n) + r'(?![\w])', body):
            if not any(a <= m.start() and m.end() <= b for a, b in cov):
                print('  UNLABELLED', name, repr(n), body[max(0, m.start()-30):m.end()+20].replace('\n', ' '))
