"""A goal's status against its own verdict sentence (arsrapport_mal.csv `bedomning`): a
status corrected without its sentence reads "Ej uppfyllt | Målet ... är uppfyllt" on page 08.
A contradiction is a warning; the sentence is printed as written."""

from __future__ import annotations

import re

import pandas as pd

from ..core.checks import WARN, Check

NEGATED = re.compile(r"\b(?:inte|ej|icke)\s+(?:helt\s+|alls\s+)?(?:uppfyllt|uppnått)\b",
                     re.IGNORECASE)
PARTLY = re.compile(r"\b(?:delvis|till\s+del|nästan)\s+(?:uppfyllt|uppnått)\b", re.IGNORECASE)
MET = re.compile(r"\b(?:uppfyllt|uppnått)\b", re.IGNORECASE)


def sentence_verdict(sentence: str) -> str | None:
    """What a verdict sentence says of its goal: "ej_uppfyllt" ("inte uppfyllt", "ej
    uppnått"), None when partly ("delvis uppfyllt") or silent, else "uppfyllt"."""
    if NEGATED.search(sentence):
        return "ej_uppfyllt"
    if PARTLY.search(sentence) or not MET.search(sentence):
        return None
    return "uppfyllt"


def verdict_contradictions(goals: pd.DataFrame) -> list[tuple[str, str, str]]:
    """(goal, status, sentence) of each goal whose status `uppfyllt` or `ej_uppfyllt` its
    verdict sentence contradicts (`sentence_verdict` the opposite one)."""
    opposite = {"uppfyllt": "ej_uppfyllt", "ej_uppfyllt": "uppfyllt"}
    return [(str(row["mal"]), str(row["status"]), str(row["bedomning"]))
            for _, row in goals.iterrows()
            if isinstance(row["bedomning"], str) and row["status"] in opposite
            and sentence_verdict(row["bedomning"]) == opposite[row["status"]]]


def verdict_checks(dataset, year: int, area: str, status_sv: dict) -> list[Check]:
    """A warning per goal of the year whose status its verdict sentence contradicts
    (`verdict_contradictions`); none without arsrapport_mal.csv."""
    if "arsrapport_mal" not in dataset:
        return []
    goals = dataset["arsrapport_mal"]
    goals = goals[goals["year"] == year].sort_values("nr")
    return [Check(area, f"Målets status mot dess bedömning: {goal}", status_sv[status],
                  sentence, 0, WARN, f"arsrapport_mal.csv ({year}): status {status}, men "
                  f"bedömningen säger \u201d{sentence}\u201d; rätta status eller bedomning")
            for goal, status, sentence in verdict_contradictions(goals)]
