#!/usr/bin/env python3
"""Sanity checks for samples/samples.gold.json against the sample articles beside it.

usage: python3 samples/check_gold.py [GOLD.json]

Checks that every gold doc has its article and vice versa; the `published` key is present and
agrees with the ` date YYYY-MM-DD` header (or a dateline with a year); every entity mention,
quote start and timex text occurs verbatim (as whole words) in the article body; no surface form
is given to two entities of one doc; quote starts are 4-6 words and begin right after an opening
quote mark or at a paragraph start; speakers are gold entities; event types and actor codes are
well formed; the same canonical name has the same type and country in every doc; articles are
150-450 words. It also lists quoted spans of four or more words that no gold quote covers.
Exits 1 on any error. Standard library only.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "articles")
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
TYPES = {"PERSON", "COUNTRY", "ORGANIZATION", "LOCATION", "OTHER"}
HEADER = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})\s")
MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
OPENERS = "\"“«‘"
PAIRS = [("“", "”"), ("«", "»")]


def words(s):
    return len(s.split())


def body_of(raw):
    m = HEADER.match(raw)
    if m:
        return m.group(1), raw[m.end():]
    return None, raw


def dateline_date(text):
    m = re.match(r"^([A-Z][A-Z .'-]+), (?:[A-Za-z]+, )?([A-Z][a-z]{2,8})\.? (\d{1,2}), (\d{4})", text)
    if not m:
        return None
    mon = MONTHS.get(m.group(2)[:3].lower())
    return f"{m.group(4)}-{mon:02d}-{int(m.group(3)):02d}" if mon else None


def occurs(text, s):
    return re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text) is not None


def code_ok(c):
    return c is None or c == "*" or re.fullmatch(r"[A-Z]{3}", c) or re.fullmatch(r"org:[a-z0-9-]+", c)


def alts(v):
    return v if isinstance(v, list) else [v]


def quoted_spans(text):
    """Rough list of quoted spans: curly and guillemet pairs, straight quotes paired per paragraph."""
    spans = []
    continued = False  # the previous paragraph left a curly quote open (quote runs on)
    for para in text.split("\n"):
        if not para.strip():
            continue
        for o, c in PAIRS:
            for m in re.finditer(re.escape(o) + r"([^" + o + c + r"]*)" + re.escape(c), para):
                if continued and o == "“" and m.start() == 0:
                    continue
                spans.append(m.group(1))
        continued = para.count("“") > para.count("”")
        parts = para.split('"')
        for k in range(1, len(parts) - 1, 2):
            spans.append(parts[k])
    return [s for s in spans if words(s) >= 4]


def main(argv):
    gold_path = argv[0] if argv else os.path.join(HERE, "samples.gold.json")
    gold = json.load(open(gold_path, encoding="utf-8"))["docs"]
    errors, warnings = [], []
    seen_names = {}
    files = {f[:-4] for f in os.listdir(ARTICLES) if f.endswith(".txt")}
    ids = [g["id"] for g in gold]
    for missing in sorted(files - set(ids)):
        errors.append(f"{missing}: article has no gold doc")
    counts = dict(entities=0, mentions=0, quotes=0, events=0, acceptable=0, timexes=0)
    for g in gold:
        gid = g["id"]
        path = os.path.join(ARTICLES, gid + ".txt")
        if not os.path.exists(path):
            errors.append(f"{gid}: no article file")
            continue
        raw = open(path, encoding="utf-8").read()
        header, text = body_of(raw)
        for key in ("id", "published", "entities", "quotes", "quotes_complete", "events",
                    "acceptable_events", "timexes"):
            if key not in g:
                errors.append(f"{gid}: missing key {key!r}")
        want_pub = header or dateline_date(text)
        if g.get("published") != want_pub:
            errors.append(f"{gid}: published {g.get('published')!r}, article says {want_pub!r}")
        n = words(text)
        if not 150 <= n <= 450:
            errors.append(f"{gid}: {n} words, want 150-450")
        surface_owner = {}
        names = set()
        for e in g["entities"]:
            counts["entities"] += 1
            names.add(e["name"])
            if e["type"] not in TYPES:
                errors.append(f"{gid}: {e['name']}: bad type {e['type']}")
            c = e.get("country")
            if c is not None and not re.fullmatch(r"[A-Z]{3}", c):
                errors.append(f"{gid}: {e['name']}: bad country {c!r}")
            key = (e["type"], c)
            if seen_names.setdefault(e["name"], (key, gid))[0] != key:
                errors.append(f"{gid}: {e['name']} is {key}, but {seen_names[e['name']]}")
            for m in e["mentions"]:
                counts["mentions"] += 1
                if not occurs(text, m):
                    errors.append(f"{gid}: mention {m!r} ({e['name']}) not in text")
                other = surface_owner.setdefault(m.casefold(), e["name"])
                if other != e["name"]:
                    errors.append(f"{gid}: surface {m!r} listed for {other} and {e['name']}")
        spans = quoted_spans(text)
        for q in g["quotes"]:
            counts["quotes"] += 1
            s = q["starts"]
            if q["speaker"] not in names:
                errors.append(f"{gid}: quote speaker {q['speaker']!r} is not a gold entity of the doc")
            if not 4 <= words(s) <= 6:
                errors.append(f"{gid}: quote start {s!r} has {words(s)} words, want 4-6")
            i = text.find(s)
            if i < 0:
                errors.append(f"{gid}: quote start {s!r} not in text")
            elif not (i == 0 or text[i - 1] in OPENERS or text[i - 1] == "\n"):
                errors.append(f"{gid}: quote start {s!r} does not follow a quote mark or a paragraph start")
        starts = [q["starts"] for q in g["quotes"]]
        for sp in spans:
            if not any(sp.startswith(s) for s in starts):
                warnings.append(f"{gid}: quoted span not in gold: {sp[:60]!r}")
        for kind in ("events", "acceptable_events"):
            for ev in g[kind]:
                counts["events" if kind == "events" else "acceptable"] += 1
                for t in alts(ev["type"]):
                    if t not in PLOVER:
                        errors.append(f"{gid}: {kind}: bad type {t!r}")
                for side in ("source", "target"):
                    for c in alts(ev.get(side)):
                        if not code_ok(c):
                            errors.append(f"{gid}: {kind}: bad {side} {c!r}")
        for t in g["timexes"]:
            counts["timexes"] += 1
            if not occurs(text, t["text"]):
                errors.append(f"{gid}: timex {t['text']!r} not in text")
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", t["value"]):
                errors.append(f"{gid}: timex {t['text']!r}: bad value {t['value']!r}")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(gold)} docs; " + ", ".join(f"{k} {v}" for k, v in counts.items())
          + f"; {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
