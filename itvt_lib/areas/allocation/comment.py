"""The controller's comment on page 01 that says the kommuner differ ("dock förekommer det
stora variationer mellan kommunerna") against page 02's avvikelse per kommun: both reading
0 tkr contradicts it, a warning naming the comment's file and key, never a rewrite."""

from __future__ import annotations

import re

import pandas as pd

from ...core.checks import WARN, Check
from ...core.formatting import fmt_number, is_missing, round_half_away
from ...core.params import text
from .adapters import shown_drift
from .schema import AREA

DIFFER = re.compile(r"\b(?:stora|betydande|tydliga|påtagliga|skilda)\s+(?:variation|skillnad)"
                    r"\w*\s+mellan\s+kommunerna", re.IGNORECASE)
NEGATED = re.compile(r"\b(?:inga|inte|ej|utan|knappt)\b", re.IGNORECASE)
SENTENCE = re.compile(r"(?<=[.!?])\s+")


def states_kommuner_differ(comment: str) -> str | None:
    """The words by which a comment says the kommuner's results differ much ("stora
    variationer mellan kommunerna"), in a sentence that does not negate it ("inga stora
    skillnader", "inte stora") and speaks of no other thing than the budget (a sentence
    on ärenden, samtal or personal is about those); None when it says none."""
    for sentence in SENTENCE.split(comment):
        match = DIFFER.search(sentence)
        if match and not NEGATED.search(sentence[:match.start()]) and not re.search(
                r"ärende|samtal|personal|sjukfrånvaro|invånare|befolkning", sentence,
                re.IGNORECASE):
            return match.group(0)
    return None


def differ_checks(ctx) -> list[Check]:
    """A warning when page 01's comment says the kommuner differ much
    (`states_kommuner_differ`) while every kommun's avvikelse on page 02 reads 0 tkr."""
    words = states_kommuner_differ(text(ctx.params, "kommentar", "driftredovisning"))
    deviation: pd.Series = shown_drift(ctx) if words else pd.Series(dtype=float)
    if not words or deviation.empty or deviation.map(is_missing).any() or \
            (deviation.map(round_half_away) != 0).any():
        return []
    where = ctx.params.sources.where("kommentar", "driftredovisning")
    shown = ", ".join(f"{k} {fmt_number(v, zero='0')}" for k, v in deviation.items())
    return [Check(AREA, "Kommentaren om kommunerna mot siffrorna", words, shown, 0, WARN,
                  f"{where}: kommentaren säger \"{words}\", men avvikelsen per kommun är "
                  f"{shown} tkr; skriv om kommentaren eller rätta underlaget")]
