#!/usr/bin/env python3
"""Check the held-out gold files: JSON shape, every gold string present in the
(NFC, NBSP/zero-width-cleaned, CRLF-folded) article, values well-formed, weekday
glosses consistent with their dates, units inside their count text.
Usage (from the project root): python3 testdata/heldout/validate.py"""
import json, os, re, sys, unicodedata, datetime, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "shared", "eval"))
from score import key
D = sys.argv[1] if len(sys.argv) > 1 else HERE
VAL = re.compile(r"^\d{4}(-Q[1-4]|-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$")
QUALS = {"", "more_than", "less_than", "about", "nearly", "at_least", "at_most"}
WD = {"thứ hai":0,"thứ ba":1,"thứ tư":2,"thứ năm":3,"thứ sáu":4,"thứ bảy":5,"chủ nhật":6}
bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)

def clean(raw):
    t = raw.decode("utf-8").replace("\r\n", "\n")
    t = "".join(ch for ch in t if ch not in "\u200b\u200c\u200d\u2060\ufeff\u00ad")
    t = t.replace("\u00a0", " ")
    return unicodedata.normalize("NFC", t)

def kin(s, art_k):
    return (" " + key(s) + " ") in art_k

tot = collections.Counter()
for g in sorted(n for n in os.listdir(D) if n.endswith(".gold.json")):
    art = g[:-10] + ".txt"
    raw = open(os.path.join(D, art), "rb").read()
    gold = json.load(open(os.path.join(D, g), encoding="utf-8"))
    assert list(gold) == ["ref","notes","dates","officials","non_officials","not_person_traps","counts","not_counts"], list(gold)
    text = clean(raw)
    art_k = " " + key(text) + " "
    strict = "tone-placement variant" not in gold["notes"].lower()
    ref = datetime.date.fromisoformat(gold["ref"])
    words = len(re.findall(r"\w+", text))
    def has(s, what):
        # every gold string must be NFC, and occur in the article
        if not unicodedata.is_normalized("NFC", s): err(art, what, "not NFC", s)
        ok = (s in text) if strict else kin(s, art_k)
        if not ok and not kin(s, art_k): err(art, what, "text not found", repr(s))
        elif not ok: err(art, what, "found only after canonicalization", repr(s))
    textcount = collections.Counter()
    for d in gold["dates"]:
        has(d["text"], "date")
        textcount[d["text"]] += 1
        for f in ("value", "until"):
            if f in d and not VAL.match(d[f]): err(art, "bad", f, d)
        if "until" in d:
            if len(d["until"]) != len(d["value"]): err(art, "grain mismatch", d)
            if d["until"] <= d["value"]: err(art, "until<=value", d)
        if not d.get("lunar") and len(d["value"]) >= 10:
            datetime.date.fromisoformat(d["value"][:10])
        m = re.search(r"(thứ \w+|chủ nhật)\W+(?:ngày )?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?", d["text"], re.I)
        if m:
            w = WD[m.group(1).lower()]
            dd = datetime.date.fromisoformat(d["value"][:10])
            if dd.weekday() != w or dd.day != int(m.group(2)) or dd.month != int(m.group(3)):
                err(art, "weekday mismatch", d)
        if set(d) - {"text","value","until","lunar"}: err(art, "extra keys", d)
    for t, n in textcount.items():
        occ = len(re.findall(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text)) if strict else art_k.count(" " + key(t) + " ")
        if occ < n: err(art, f"date text {t!r} annotated {n}x but occurs {occ}x")
    for o in gold["officials"]:
        has(o["name"], "official name")
        for t in o["titles"]: has(t, "title")
        if len(set(map(key, o["titles"]))) != len(o["titles"]): err(art, "dup title", o)
    for s in gold["non_officials"] + gold["not_person_traps"]: has(s, "non/trap")
    ccount = collections.Counter()
    for c in gold["counts"]:
        has(c["text"], "count")
        ccount[c["text"]] += 1
        if c["qualifier"] not in QUALS: err(art, "qual", c)
        if not isinstance(c["value"], (int, float)): err(art, "value type", c)
        if key(c["unit"]) not in key(c["text"]): err(art, "unit not in text", c)
        if set(c) != {"text","value","unit","qualifier"}: err(art, "keys", c)
    for s in gold["not_counts"]: has(s, "not_count")
    print(f"{art}: words={words} dates={len(gold['dates'])} officials={len(gold['officials'])} "
          f"titles={sum(len(o['titles']) for o in gold['officials'])} counts={len(gold['counts'])} "
          f"non_off={len(gold['non_officials'])} traps={len(gold['not_person_traps'])} not_counts={len(gold['not_counts'])}")
    tot["articles"] += 1; tot["dates"] += len(gold["dates"]); tot["officials"] += len(gold["officials"])
    tot["titles"] += sum(len(o["titles"]) for o in gold["officials"]); tot["counts"] += len(gold["counts"])
    tot["lunar"] += sum(1 for d in gold["dates"] if d.get("lunar")); tot["ranges"] += sum(1 for d in gold["dates"] if "until" in d)
    tot["non_officials"] += len(gold["non_officials"]); tot["traps"] += len(gold["not_person_traps"]); tot["not_counts"] += len(gold["not_counts"])
print(dict(tot))
print("errors:", bad)
sys.exit(1 if bad else 0)
