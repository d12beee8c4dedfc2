import sys, re
p = sys.argv[1]; s = open(p).read()
pairs = sys.argv[2:]
for a, b in zip(pairs[::2], pairs[1::2]):
    assert s.count(a) >= 1, 'missing: ' + a
    s = s.replace(a, b, 1)
# Kremlin outside furniture is always a non-place
out = []
for k, ln in enumerate(s.split('\n')):
    if k >= 3 and not ln.startswith("@ ") and not ln.startswith("#"):
        ln = re.sub(r'(?<![\[{;])Kremlin(?![|;])', '[[Kremlin|!]]', ln)
    out.append(ln)
open(p, 'w').write('\n'.join(out))
