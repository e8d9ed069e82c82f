"""The golden file of the packets' wording: every sentence the project writes on the pages
of both periods, reviewed and committed, so a change in wording shows in review.

What counts as a generated sentence (the rule the file is made by): on every page of a
period (`surface_reader.read_page`: what a reader sees), each visible line — a paragraph,
list item, footnote, heading, key-figure text, chart notice or table cell, one per block
element — of three words or more, page by page in page order, each line once per page;
minus
- text the inputs hold as it stands: a line that stands whole inside a text cell of an
  input table (`areas.load_dataset()`: the annual report's text, the control's follow-up
  items, comments, names) or a text value of the parameters (params/*.yaml: the meeting's
  agenda and people), so the file records the project's wording, not the papers';
- the footer line that names the run's time ("genererad …").
A word is a run of letters. Figures stay in the lines: a changed figure in a sentence is a
changed sentence.

The files are tests/surfaces/golden_sentences_<period>.txt. After a deliberate change,
regenerate and review the diff:

    ITVT_UPDATE_GOLDEN=1 pytest tests/surfaces/test_golden_sentences.py
"""

from __future__ import annotations

import difflib
import os
import re
from functools import cache
from pathlib import Path

import pytest
from conftest import PACKET_PERIODS
from surface_reader import shown_as_read, visible

pytestmark = pytest.mark.slow

HERE = Path(__file__).parent
UPDATE = os.environ.get("ITVT_UPDATE_GOLDEN") == "1"
WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 3
FOOTER = re.compile(r"\bgenererad \d{4}-\d{2}-\d{2}")


def golden_path(period: str) -> Path:
    return HERE / f"golden_sentences_{period}.txt"


def plain(text: str) -> str:
    """Text as compared: white space as a browser shows it, NBSP as a space."""
    return shown_as_read(visible(str(text)))


def _strings(value):
    """Every string inside a parsed YAML value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@cache
def input_texts() -> tuple[str, ...]:
    """Every text of the inputs as a reader compares it: input-table text cells and
    parameter values."""
    import yaml

    from itvt_lib.areas import load_dataset
    from itvt_lib.core.paths import PARAMS_DIR

    texts = set()
    for frame in load_dataset().tables.values():
        for column in frame.columns:
            texts |= {plain(v) for v in frame[column].dropna() if isinstance(v, str)}
    for path in sorted(PARAMS_DIR.glob("*.yaml")):
        texts |= {plain(s) for s in _strings(yaml.safe_load(path.read_text("utf-8")))}
    return tuple(t for t in texts if len(WORD.findall(t)) >= MIN_WORDS)


def from_inputs(line: str) -> bool:
    """Whether `line` stands whole inside a text of the inputs."""
    compared = plain(line)
    return any(compared in text for text in input_texts())


def sentences(text: str) -> list[str]:
    """The generated sentences of one page's visible text (the module's rule), in order."""
    result = []
    for line in text.split("\n"):
        if len(WORD.findall(line)) < MIN_WORDS or FOOTER.search(line) or line in result:
            continue
        if not from_inputs(line):
            result.append(line)
    return result


def golden_text(packets: Path, page, period: str) -> str:
    """The golden file's text of a period: a "== <page>" line, then its sentences."""
    parts = []
    for path in sorted((packets / period).glob("*.html")):
        parts.append(f"== {path.stem}")
        parts += sentences(page(period, path.stem).text)
    return "\n".join(parts) + "\n"


@pytest.mark.parametrize(("text", "expected"), [
    # three words or more; the footer's time and lines of fewer words left out
    ("Utfallet blev −219 tkr.\nBokslut 2023\nPeriod 2023-12 · genererad 2026-12-03 19:00 · "
     "itvt 0.1.0", ["Utfallet blev −219 tkr."]),
    # a line once per page
    ("Tabellen visar beloppen\nTabellen visar beloppen", ["Tabellen visar beloppen"]),
])
def test_the_sentences_of_a_page_by_the_rule(text, expected):
    assert sentences(text) == expected


def test_text_copied_from_the_inputs_is_not_a_generated_sentence():
    """A line standing whole in an input text (here a line of the annual report's text in
    data/arsrapport_text.csv) is the papers' wording, not the project's."""
    from itvt_lib.areas import load_dataset

    copied = next(t for t in load_dataset()["arsrapport_text"]["text"]
                  if len(WORD.findall(t)) >= MIN_WORDS)
    result = sentences(f"{copied}\nDen här meningen skrivs av projektet.")
    assert result == ["Den här meningen skrivs av projektet."]


@pytest.mark.parametrize("period", PACKET_PERIODS)
def test_generated_sentences_match_the_golden_file(packets, page, period):
    """Every generated sentence of the period's pages is the reviewed one in the golden
    file (regenerate with ITVT_UPDATE_GOLDEN=1 after a deliberate change)."""
    result = golden_text(packets, page, period)
    path = golden_path(period)
    if UPDATE:
        path.write_text(result, encoding="utf-8")
    expected = path.read_text(encoding="utf-8") if path.exists() else ""
    diff = "".join(difflib.unified_diff(expected.splitlines(True), result.splitlines(True),
                                        f"{path.name} (committed)", "the pages now", n=1))
    assert result == expected, (
        f"The wording of {period} changed; review, then regenerate with "
        f"ITVT_UPDATE_GOLDEN=1 pytest tests/surfaces/test_golden_sentences.py\n{diff[:6000]}")
