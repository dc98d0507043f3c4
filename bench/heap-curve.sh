#!/usr/bin/env bash
# The heap curve of a long ingest: N generated articles (default 20000; each two paragraphs of
# the project's sample articles and a unique first line) through `demarche ingest` with -Xmx2g,
# then the heap left after each collection, minute by minute. A heap that holds articles would
# climb; a streaming ingest stays flat once the models are loaded.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-20000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$n" "$work/articles.jsonl" <<'PY'
import glob, json, random, re, sys
n, out = int(sys.argv[1]), sys.argv[2]
random.seed(7)
paras = []
for f in sorted(glob.glob('samples/articles/*.txt')):
    text = re.sub(r'^ ?date \S+\n', '', open(f, encoding='utf-8').read())
    paras += [p.strip() for p in text.split('\n') if len(p.strip()) > 40]
with open(out, 'w', encoding='utf-8') as w:
    for i in range(n):
        body = ' '.join(random.sample(paras, 2))
        w.write(json.dumps({"id": f"gen-{i:05d}", "published": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
                            "text": f"Bulletin {i}.\n{body}"}) + "\n")
PY
DEMARCHE_JAVA_OPTS="-Xmx2g -XX:+UseParallelGC -Xlog:gc:file=$work/gc.log:uptime" \
  ./demarche ingest "$work/articles.jsonl" --db "$work/heap.db"
python3 - "$work/gc.log" <<'PY'
import re, sys
minutes = {}
for line in open(sys.argv[1]):
    m = re.match(r'\[(\d+\.\d+)s\].*Pause (?:Young|Full).*?\d+M->(\d+)M\((\d+)M\)', line)
    if m:
        minutes.setdefault(int(float(m.group(1)) // 60), []).append((int(m.group(2)), int(m.group(3))))
print("minute  heap after GC (min-max MB)  heap committed (MB)")
for k, v in sorted(minutes.items()):
    after = [a for a, _ in v]
    print(f"{k:6d}  {min(after):8d} - {max(after):<8d}          {v[-1][1]}")
PY
