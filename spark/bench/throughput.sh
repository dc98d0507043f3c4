#!/usr/bin/env bash
# Throughput of the Spark job in local[1] and local[2] over N articles: the sample articles
# cycled with distinct ids (N defaults to 2000), as JSON Lines. Not run in CI: by hand, in the
# background, on a machine that is otherwise idle, e.g.
#   nohup spark/bench/throughput.sh 2000 > /tmp/throughput.log 2>&1 &
# Prints each run's summary line (articles/s) and the ratio local[2] / local[1].
# Each run prints its wall and CPU time: a CPU/wall ratio well under the core count means
# other processes took the cores, and the ratio of the two runs says nothing.
# Environment: MASTERS (default "local[1] local[2]"), PARTITIONS (default 40), WORK (a directory),
# DEMARCHE_JAVA_OPTS (default -Xmx3g -XX:+UseParallelGC -XX:-TieredCompilation, the same for every run).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
spark="$(dirname "$here")"
root="$(dirname "$spark")"
n="${1:-2000}"
work="${WORK:-$(mktemp -d)}"
input="$work/articles-$n.jsonl"

export DEMARCHE_JAVA_OPTS="${DEMARCHE_JAVA_OPTS:--Xmx3g -XX:+UseParallelGC -XX:-TieredCompilation}"

python3 - "$root/samples/articles" "$n" "$input" <<'PY'
import json, pathlib, re, sys
samples, n, out = pathlib.Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
articles = []
for f in sorted(samples.glob("*.txt")):
    text = f.read_text(encoding="utf-8")
    m = re.match(r"\s*date (\d{4}-\d{2}-\d{2})\s*", text)
    articles.append((f.stem, text[m.end():] if m else text, m.group(1) if m else None))
if not articles:
    sys.exit(f"no sample articles in {samples}")
with open(out, "w", encoding="utf-8") as w:
    for i in range(n):
        stem, text, date = articles[i % len(articles)]
        line = {"id": f"{stem}-{i:05d}", "text": text}
        if date:
            line["published"] = date
        w.write(json.dumps(line, ensure_ascii=False) + "\n")
PY
echo "== $n articles in $input; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "${DEMARCHE_NO_BUILD:-}" != 1 ]; then
  (cd "$root" && mvn -B -q -Pjob-jar -Dmaven.test.skip=true -pl spark -am package)
fi
declare -A rate
for master in ${MASTERS:-local[1] local[2]}; do
  name="${master//[^a-z0-9]/}"
  echo "== $master, started $(date -u +%H:%M:%S), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  # CPU time beside wall time: on a shared machine it tells a starved run from a slow one
  TIMEFORMAT="%R s wall, %U s user + %S s system CPU"
  { time DEMARCHE_NO_BUILD=1 "$spark/demarche-spark" extract "$input" --out "$work/out-$name" \
      --overwrite --master "$master" --partitions "${PARTITIONS:-40}" > "$work/run-$name.log" 2>&1 ; } \
      2> "$work/time-$name.txt" || true
  line="$(grep '^demarche-spark: ' "$work/run-$name.log" | tail -1 || true)"
  echo "$line"
  cores="$(python3 -c 'import re,sys; w,u,s=map(float,re.findall(r"[0-9.]+",sys.argv[1])[:3]); print(round((u+s)/w,2))' \
      "$(cat "$work/time-$name.txt")" 2>/dev/null || echo '?')"
  echo "   $(cat "$work/time-$name.txt"); cores used on average: $cores"
  rate[$master]="$(sed -nE 's/.*\(([0-9.]+) articles\/s\).*/\1/p' <<<"$line")"
  echo "== $master: ${rate[$master]:-?} articles/s, ended $(date -u +%H:%M:%S), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
done
if [ -n "${rate[local[1]]:-}" ] && [ -n "${rate[local[2]]:-}" ]; then
  echo "== ratio local[2] / local[1]: $(python3 -c "print(round(${rate[local[2]]} / ${rate[local[1]]}, 2))") (issue #8 asks for at least 1.6, on two otherwise idle cores)"
fi
