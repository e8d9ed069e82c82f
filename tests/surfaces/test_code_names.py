"""No code name on any page or sheet: every page of both periods as a reader sees it
(`surface_reader.read_page`: visible text) and every sheet of `tabeller.xlsx` as
LibreOffice shows it (its name and every cell).

Rule: a code name is
1. a snake_case word: runs of letters or digits joined by "_" (`ursprunglig_budget`,
   `key_date`); every multi-word code of the data and the parameters is written so, and
   Swedish prose never is;
2. a registry code spelled without the Swedish letters its word has: a code of the
   project's own registries — a column of an input table (`areas.all_tables()`), a value of
   an input table's `measure` column, a financing driver (built in or from the data) —
   that is plain ASCII and is what a word the packet itself writes with å, ä or ö becomes
   when those are folded to a/o (`tillagg` for "tillägg", `kostnadsstalle` for
   "kostnadsställe"), standing as a lower-case word of its own.
Registry codes that are Swedish words as they stand ("utfall", "befolkning", "samtal") are
Swedish prose, not code names, and are not flagged.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import pytest
from conftest import PACKET_PERIODS

pytestmark = pytest.mark.slow

SNAKE = re.compile(r"(?<![\w/.:-])[^\W_]+(?:_[^\W_]+)+(?![\w])")
WORD = re.compile(r"[^\W\d_]+")


def fold(word: str) -> str:
    """A word with å, ä, ö (and any other diacritic) folded to its plain letter."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


@cache
def registry_codes() -> frozenset[str]:
    """Every code of the project's registries: input-table columns, `measure` values and
    financing drivers."""
    from itvt_lib.areas import all_tables, load_dataset
    from itvt_lib.areas.financing.schema import BUILTIN_DRIVERS

    dataset = load_dataset()
    codes = {column.name for table in all_tables() for column in table.columns}
    for frame in dataset.tables.values():
        if "measure" in frame.columns:
            codes |= {str(v) for v in frame["measure"].dropna().unique()}
    codes |= set(BUILTIN_DRIVERS) | set(dataset["fordelningsnycklar"]["driver"].astype(str))
    return frozenset(codes)


def code_names(text: str, vocabulary: set[str]) -> list[str]:
    """The code names standing in `text` (see the module's rule); `vocabulary` is every
    word of the packet, from which the spelled-without-diacritics codes are found."""
    found = SNAKE.findall(text)
    folded = {c for c in registry_codes() if c.isascii() and c.isalpha()
              and any(w != c and fold(w) == c for w in vocabulary)}
    found += [w for w in WORD.findall(text) if w in folded]
    return found


def surfaces(packets, page, spreadsheet, period) -> dict[str, str]:
    """Every page's visible text and every sheet (name and cells) of a period, by place."""
    result = {f"{period}/{path.stem}.html": page(period, path.stem).text
              for path in sorted((packets / period).glob("*.html"))}
    for name, rows in spreadsheet(period).items():
        result[f"{period}/tabeller.xlsx [{name}]"] = name + "\n" + "\n".join(
            " | ".join(row) for row in rows)
    return result


@pytest.mark.parametrize("text, expected", [
    ("Månadsrapport: IT Herrljunga, ursprunglig_budget 2024 mot summan", ["ursprunglig_budget"]),
    ("IT Vårgårda, tillagg 2024 mot summan; Tillägg 2024", ["tillagg"]),
    ("Urspr. budget 2024, tillägg/ombudgetering 2024", []),
    ("Utfall 2023, befolkning 1/11 2022, samtal 2023", []),
    ("key_date och kostnadsstalle", ["key_date", "kostnadsstalle"]),
])
def test_the_scan_finds_code_names_by_its_rule(text, expected):
    """The rule on sentences of the kind the pages show (the vocabulary holds the words the
    packet writes with diacritics)."""
    result = code_names(text, {"Tillägg", "tillägg", "kostnadsställe"})
    assert result == expected


@pytest.mark.parametrize("period", PACKET_PERIODS)
def test_no_page_or_sheet_shows_a_code_name(packets, page, spreadsheet, period):
    """No snake_case word and no registry code spelled without its å/ä/ö on any page or
    sheet of the period."""
    shown = surfaces(packets, page, spreadsheet, period)
    vocabulary = {w for text in shown.values() for w in WORD.findall(text)}
    problems = [f"{place}: {name}" for place, text in shown.items()
                for name in code_names(text, vocabulary)]
    assert not problems, f"{len(problems)} code names:\n" + "\n".join(problems[:40])
