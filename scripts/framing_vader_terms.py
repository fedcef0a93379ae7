"""List the VADER words that went into resources/framing/lexicon.csv (audit / re-derivation).

The loaded_language rows with confidence 0.6 were first taken from the VADER sentiment lexicon
(vaderSentiment 3.3.2, MIT, C.J. Hutto): one-word lower-case entries of at least 4 letters with
valence <= -2.0, minus STOP (words that are neutral in news reporting), minus terms already in
the lexicon. The lexicon was edited by hand afterwards (categories, pos, calibrated confidence),
so this prints the derivation rather than rewriting the file:

    pip download --no-deps -d /tmp/vader vaderSentiment==3.3.2 && unzip -d /tmp/vader /tmp/vader/*.whl
    .venv/bin/python scripts/framing_vader_terms.py /tmp/vader/vaderSentiment/vader_lexicon.txt
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

LEXICON = Path(__file__).resolve().parents[1] / "src/dateline/resources/framing/lexicon.csv"
THRESHOLD = -2.0
STOP = frozenset("""
kill killed killer killers killing killings kills attack attacked attacker attackers attacking
attacks war wars warred warring death dead die died casualty fatalities fatality fatal fatally
accident crisis arrested arrests prison prisoner prisoners imprisoned jailed bomb terror terrorism
terrorisms terrorist terrorists violence violent violently weapons penalty prosecution criminal
criminals crime illegal unemployment poverty suicide suicidal threat threatened threatening
threating danger dangers dangerous dangerously fear feared fearful fearing ban banned banish
block fail failed failing failure failures lost defeat defeated damage damaged damages damaging
hurt hurts pain painful sad sadness sadden saddened injured abandon abandoned abduction abducted
assault assaulted assaulting assaults assassination assassinations collapse condemned condemns
condemnation criticism criticise denied denounces expel eviction forced harm harmed harms suffer
suffered suffering suffers sufferers victim punish punished punishment rejected rejection rejects
riot riots sanction suspended sin sins stolen steal stealing robbed theft wrong worse worst
negative problem problematic poor poorest weak weaker weakest tired trapped troubled troubles
worry worried upsetting disappointed disappointing disappointment mourning mourns grief grieving
tragic tragedy tragedies cancer infected illnesses heroin arguing antagonist blamed blaming
burden chagrin desperation depression depressed depress missing rob robs robber smuggler
smuggling spammer spamming strangled stab stabbed stabs choke choked drown drowned perpetrator
starve starved starves lament lamenting weep weeping wept sobbed sobs cry crying widowed bereaved
abused abusing accused negativity damn warning
""".split())


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    have = {r["term"]: r for r in csv.DictReader(LEXICON.open(encoding="utf-8"))}
    for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
        word, value, *_ = line.split("\t")
        if re.fullmatch(r"[a-z][a-z-]{3,}", word) and float(value) <= THRESHOLD \
                and word not in STOP:
            row = have.get(word)
            state = f"{row['category']} {row['confidence']}" if row else "not in lexicon"
            sys.stdout.write(f"{word}\t{value}\t{state}\n")


if __name__ == "__main__":
    main()
