#!/usr/bin/env python3
"""Sanity checks for hand-written gold annotations (README, Output format).

usage: scripts/check-gold.py [ID...]    (default: every testdata/gold/*.json)

For each testdata/gold/<id>.json beside testdata/articles/<id>.txt it checks
the JSON shape, that the sentences appear in the body in order and cover it,
that quote texts and entity names occur in the article, and that labels and
types are the contract's. Prints one line per problem; exits 1 if any.
"""
import json, os, re, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "DATE"}
LABELS = {"agreement", "demand", "reaction", "other"}
TRAILER = "No Discussion Added Yet"


def fold(s):
    return re.sub(r"\s+", " ", s.replace("’", "'").replace("‘", "'")).strip().lower()


def check(aid):
    probs = []
    p = lambda m: probs.append(f"{aid}: {m}")
    try:
        text = open(os.path.join(ROOT, "testdata/articles", aid + ".txt"), encoding="utf-8").read()
        gold = json.load(open(os.path.join(ROOT, "testdata/gold", aid + ".json"), encoding="utf-8"))
    except Exception as e:  # noqa
        return [f"{aid}: {e}"]
    if gold.get("article") != aid:
        p(f"article field {gold.get('article')!r} != file id")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    body = lines
    if lines and lines[0].startswith("This article was automatically translated"):
        m = re.search(r"original (\w+) version", lines[0])
        if not m or gold.get("source_language") != m.group(1):
            p("source_language does not match the notice")
        body = lines[1:]
    if TRAILER in body:
        i = body.index(TRAILER)
        trailer = [l for l in body[i + 1:] if l.strip()]
        body = body[:i]
        m = re.match(r'Start discussion for "(.*)" article$', trailer[0]) if trailer else None
        if not m or gold.get("title") != m.group(1):
            p("title does not match the trailer")
        if gold.get("sections") != trailer[1:]:
            p(f"sections {gold.get('sections')} != trailer headings {trailer[1:]}")
    bodytext = "\n".join(body)
    # sentences in order, covering every non-space character of the body
    pos = 0
    for s in gold.get("sentences", []):
        if s.get("label") not in LABELS or any(a not in LABELS for a in s.get("also", [])):
            p(f"bad label in {s}")
        i = bodytext.find(s["text"], pos)
        if i < 0:
            p(f"sentence not found in order: {s['text'][:70]!r}")
            continue
        gap = bodytext[pos:i]
        if gap.strip():
            p(f"body text not covered by any sentence: {gap.strip()[:70]!r}")
        pos = i + len(s["text"])
    if bodytext[pos:].strip():
        p(f"body text after last sentence not covered: {bodytext[pos:].strip()[:70]!r}")
    for q in gold.get("quotes", []):
        if q.get("kind") not in ("direct", "indirect"):
            p(f"bad quote kind {q}")
        if q["text"] not in text:
            p(f"quote text not in article: {q['text'][:70]!r}")
        names = {fold(x) for e in gold.get("entities", []) for x in [e["text"]] + e.get("aliases", [])}
        for sp in [q.get("speaker")] + q.get("speaker_also", []):
            if sp is not None and fold(sp) not in names and sp not in text:
                p(f"speaker {sp!r} is neither an entity name nor in the text")
    seen = set()
    for e in gold.get("entities", []):
        if e.get("type") not in TYPES:
            p(f"bad entity type {e}")
        if e["type"] == "DATE" and e.get("aliases"):
            p(f"DATE with aliases {e['text']}")
        if e["type"] == "PERSON" and "role" not in e:
            p(f"PERSON without role field {e['text']}")
        own = {fold(n) for n in [e["text"]] + e.get("aliases", [])}
        for n in [e["text"]] + e.get("aliases", []):
            if fold(n) not in fold(text):
                p(f"entity name not in article: {n!r}")
        for n in own:
            if (e["type"], n) in seen:
                p(f"name listed under two entities: {n!r}")
            seen.add((e["type"], n))
    return probs


def main():
    ids = sys.argv[1:] or sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "testdata/gold")) if f.endswith(".json"))
    probs = [x for aid in ids for x in check(aid)]
    print("\n".join(probs) if probs else f"ok: {len(ids)} gold files")
    sys.exit(1 if probs else 0)


if __name__ == "__main__":
    main()
