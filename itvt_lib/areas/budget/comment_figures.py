"""The amount of the result a controller's comment on page 01 states ("ett negativt utfall om
219 tkr", "ett överskott på 300 tkr") against the resultat the page prints: a comment
written before a correction is a warning, never rewritten."""

from __future__ import annotations

import re

SENTENCE = re.compile(r"(?<=[.!?])\s+")
STATED_AMOUNT = re.compile(r"\b(?:underskott|överskott|(?:negativt|positivt)\s+(?:utfall|resultat)|"
                           r"resultat(?:et)?)\s+(?:om|på)\s+(?:ca\s+|cirka\s+)?"
                           r"(?:minus\s+|plus\s+|[−-]\s*|\+\s*)?"
                           r"(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,\d+)?\s*tkr"
                           r"(?!\s+(?:bättre|sämre|högre|lägre|mer|mindre)\b)",
                           re.IGNORECASE)
OTHER_RESULT = re.compile(r"ackumuler|resultatfond|fonden|föregående|tidigare|förra|fjol|"
                          r"budgeter|budgeten|januari|februari|mars|april|maj|juni|juli|"
                          r"augusti|september|oktober|november|december|kvartal|tertial|"
                          r"delår", re.IGNORECASE)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def stated_result_amounts(comment: str, year: int, kommuner: list[str],
                          year_end: bool) -> list[tuple[str, int]]:
    """The result amounts (whole tkr, as written) a comment states for the committee's
    year ("underskott på 219 tkr", "negativt utfall om 219 tkr", "ett resultat på minus
    219 tkr"; not "500 tkr bättre", a difference), each with its words; a
    sentence naming a kommun, another year, a fund, an earlier or budgeted result, a month
    (or at year end a prognos) states none: its figure is of something else."""
    found = []
    for sentence in SENTENCE.split(comment):
        lowered = sentence.lower()
        if any(k.lower() in lowered for k in kommuner) or OTHER_RESULT.search(sentence) \
                or any(int(y) != year for y in YEAR.findall(sentence)) \
                or (year_end and "prognos" in lowered):
            continue
        found += [(m.group(0), int(re.sub(r"\D", "", m.group(1))))
                  for m in STATED_AMOUNT.finditer(sentence)]
    return found


CHANGE = re.compile(r"\bkommunbidrag(?:et)?\s+(?:har\s+)?(?:(ökats|höjts|ökat|höjt)|"
                    r"(minskats|sänkts|minskat|sänkt|reducerats))\s+med\s+(?:ca\s+|cirka\s+)?"
                    r"(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,\d+)?\s*tkr", re.IGNORECASE)
# The committee's own second wording of it: "fått en minskad ram med 24 tkr under 2024".
FRAME = re.compile(r"\b(?:(ökad|höjd|utökad)|(minskad|sänkt|reducerad))\s+ram\s+med\s+"
                   r"(?:ca\s+|cirka\s+)?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,\d+)?\s*tkr",
                   re.IGNORECASE)


def stated_kommunbidrag_change(comment: str, kommuner: list[str]) -> list[tuple[str, int]]:
    """The change of the committee's kommunbidrag since the budget decision a comment states
    ("kommunbidraget minskats med 24 tkr", "fått en minskad ram med 24 tkr" are −24), each
    with its words; a sentence naming a kommun states that kommun's change, none of the
    committee's."""
    found = []
    for sentence in SENTENCE.split(comment):
        if any(k.lower() in sentence.lower() for k in kommuner):
            continue
        for m in [*CHANGE.finditer(sentence), *FRAME.finditer(sentence)]:
            amount = int(re.sub(r"\D", "", m.group(3)))
            found.append((m.group(0), amount if m.group(1) else -amount))
    return found
