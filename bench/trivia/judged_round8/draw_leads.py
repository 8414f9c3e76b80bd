"""Draw trivia round-8 leads: dev half of prust lead extracts, leads >= 700 chars, seed 20261208."""
import gzip, json, random, re, sys, unicodedata
from pathlib import Path
sys.path.insert(0, '/work/main')
from bench.leads_cast import PRUST, split_of
used = {p.stem for d in ('bench/gold/leads','bench/gold/leads-dev','bench/trivia/judged_round7/leads') for p in Path('/work/main', d).glob('*.txt')}
def slug(t, y):
    s = unicodedata.normalize('NFKD', t).encode('ascii','ignore').decode().lower()
    return re.sub(r'[^a-z0-9]+','-',s).strip('-') + f'-{y}'
pool = []
for f in sorted(PRUST.glob('movies-*.json.gz')):
    for rec in json.load(gzip.open(f,'rt',encoding='utf-8')):
        t=(rec.get('title') or '').strip(); lead=(rec.get('extract') or '').strip(); y=rec.get('year')
        if t and len(lead)>=700 and split_of(t,y)=='dev' and slug(t,y) not in used:
            pool.append((t,y,lead))
rng = random.Random(20261208)
pick = rng.sample(pool, int(sys.argv[2]))
out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
for t,y,lead in pick:
    (out/f'{slug(t,y)}.txt').write_text(f'{t}\n{lead}\n', encoding='utf-8')
print(len(pool), 'candidates;', [slug(t,y) for t,y,_ in pick])
