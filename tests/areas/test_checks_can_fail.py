"""Every check can fail, and no check compares a value with itself (issue 18).

Each perturbation below shifts one value column of one input table (optionally only the
rows a filter selects, or only the rows of one file of a folder table) in a copy of the
loaded tables, in memory: the data is loaded and validated once, each perturbation copies
the frames, shifts the value, applies the loader's rules for that column (kind, range,
choices, key, reference, the table's validator) and rebuilds the report context. A
perturbation the loader or a period/parameter check would refuse counts as rejected, as it
would from a file. For every check both reportable periods emit:
- some perturbation makes it warn or fail (a check that cannot fail is a defect);
- some perturbation moves `expected` and `actual` differently (a check written as
  compare(x, x) moves both sides identically under every perturbation, and fails here).
Checks of an invariant the package builds itself (the shares of a key sum to 100 %) are
listed in INVARIANTS: their expected side is the rule's constant.

Checks are matched across runs by a stable key: a description that embeds an input value
("Utbytta datorer (1 350) står …", "R × K = 3 × 4 …") has that value replaced by "…" (see
STABLE), so the check is still found after the perturbation changed the value.
"""

from __future__ import annotations

import datetime as dt
import math
import re

import pandas as pd
import pytest

from itvt_lib.areas import all_tables, area_modules, gather, open_report
from itvt_lib.core import ledger as ledger_data
from itvt_lib.core.checks import FAIL, PASS, Check
from itvt_lib.core.errors import InputError
from itvt_lib.core.loading import Dataset
from itvt_lib.core.loading import load_dataset as load_tables

PERIODS = ("2023-12", "2024-02")

# (table, or table/file of a folder table; value column; row filter {column: value} or
# None; shift: a number, days for a date, or a text appended)
PERTURBATIONS = [
    ("bokslut_totaler", "belopp", None, 50),                 # of record: totals
    ("bokslut_totaler", "belopp", {"kommun": "Herrljunga"}, 50),
    ("driftredovisning", "belopp", {"kontogrupp": "Personalkostnader"}, 50),
    ("driftredovisning", "belopp", {"kontogrupp": "Kommunbidrag"}, 50),
    ("kostnadsstalle_netto", "belopp", None, 50),
    ("published", "belopp", None, 50),                       # printed figures
    ("kommunbidrag_kommun", "belopp", {"kommun": "Herrljunga"}, 50),
    ("resultatfond", "ib", None, 50),
    ("projekttid_totaler", "timmar", None, 50),
    ("projekttid_totaler", "belopp_kr", None, 50),
    ("projekttid_totaler", "arsarbetare", None, 0.5),
    ("projekttid/2023-12.csv", "timmar", None, 50),
    ("projekttid/2024-02.csv", "timmar", None, 5),
    ("onex", "inkommande", None, 50),
    ("nilex", "antal", None, 50),
    ("nilex_totaler", "antal", None, 50),
    ("vaxel", "inkommande", {"plattform": "Telenor"}, 50),
    ("vaxel", "besvarade", None, 500),
    ("vaxel", "svarsprocent_publicerad", {"plattform": "Telenor"}, -5),
    ("vaxel_totaler", "inkommande", None, 50),
    ("investeringar", "belopp", None, 50),
    ("investeringar_totaler", "belopp", None, 50),
    ("internkontroll", "riskvarde_publicerat", None, -1),   # 16 + 1 is out of range
    ("internkontroll", "sannolikhet", {"nr": "4"}, -1),
    ("personal", "procent", {"grupp": "total"}, 5),
    ("personal", "procent", {"grupp": "total", "measure": "heltid"}, -10),
    ("arsrapport_uppgifter", "varde", None, 1),
    ("arsrapport_uppgifter", "text", None, " ändrad"),      # a text fact (§, date)
    ("sista_prognos", "utfall_battre_tkr", None, 50),       # the utfall vs the last forecast
    # staff comments: only the latest measurement's sick leave moves (2,2 → 3,2: not "samma
    # nivå"), and the long-term share falls to 0,2 (0,0 → 0,2: "ökat något" holds)
    ("personal", "procent", {"period": "2023-11", "measure": "sjukfranvaro",
                                 "grupp": "total"}, 1),
    ("personal", "procent", {"period": "2023-11", "measure": "langtidssjukfranvaro",
                                 "grupp": "total"}, -15.5),
    # control plan heading: the column's date moved 122 days (2023-08-31 → 2023-12-31)
    ("internkontroll_rubrik", "kolumn_per", None, 122),
    # the papers' contradictions: every control step given words of its own risk; the goal
    # with a reservation moved to another year (the claim "all goals met" then holds)
    ("internkontroll", "kontrollmoment", None,
     " (digitalisering, informationssäkerhet, säkerhet, systemförvaltning, autentisering, "
     "projektkostnader)"),
    ("arsrapport_mal", "year", {"nr": "1"}, 1),
    # financing model: the pools it distributes (the record at year end, else the
    # kostnadsställen's prognos), against the operating statement's nettokostnad
    ("bokslut_totaler", "belopp", {"post": "nettokostnad_gemensamma"}, 50),
    ("kostnadsstalle_netto", "belopp", {"kostnadsstalle": "IT Gemensamt"}, 50),
]

# Checks of a rule's own invariant: the constant side cannot move with the data.
INVARIANTS = (re.compile(r"summerar till 100 %$"),)
# Checks of whether something is present at all (a count against "at least one"); their
# failing case is test_missing_follow_up_fails below.
PRESENCE = (re.compile(r"har uppföljning$"),)
# Parts of descriptions that embed an input value, replaced by "…" in the stable key.
STABLE = (re.compile(r"(?<=\()[^()]*\d[^()]*(?=\) står i meningen)"),
          re.compile(r"(?<=R × K = )\d+ × \d+"))


def stable(description: str) -> str:
    """The description with embedded input values replaced by "…"."""
    for pattern in STABLE:
        description = pattern.sub("…", description)
    return description


def _missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _shift(value, by):
    """A number moved by `by`; a date moved by `by` days; a text with `by` (a str)
    appended; a missing value stays missing."""
    if _missing(value):
        return value
    if isinstance(by, str):
        return value + by
    if isinstance(value, dt.date):
        return value + dt.timedelta(days=by)
    return round(value + by, 6)  # as a file states it: 15,7 − 15,5 is 0,2


def _refused(table, frame: pd.DataFrame, column: str, dataset: Dataset) -> bool:
    """True when the loader would refuse `frame` as `table` after `column` changed: a
    whole-number column with a fraction, a value out of range or not a choice, a
    duplicate key, a reference not found, or the table's own validator."""
    spec = table.column(column)
    values = frame[column][~frame[column].map(_missing)]
    if spec.kind in ("int", "year") and any(float(v) != int(v) for v in values):
        return True
    if spec.min is not None and any(v < spec.min for v in values):
        return True
    if spec.max is not None and any(v > spec.max for v in values):
        return True
    if spec.choices is not None and not values.isin(spec.choices).all():
        return True
    if table.key and frame.duplicated(subset=list(table.key)).any():
        return True
    if spec.ref:
        ref_table, ref_column = spec.ref.split(".")
        if not values.isin(set(dataset[ref_table][ref_column].dropna())).all():
            return True
    if table.validate is not None:
        try:
            where = dataset.locations[table.name]
            table.validate(frame, lambda i: (where["file"].iloc[i], int(where["line"].iloc[i])))
        except InputError:
            return True
    return False


def _perturbed(raw: Dataset, name, column, where, by) -> Dataset | None:
    """A copy of `raw` with one column shifted, the ledger step run again; None when the
    loader would refuse the shifted table."""
    table_name, _, file = name.partition("/")
    table = next(t for t in all_tables() if t.name == table_name)
    frame = raw.tables[table_name].copy()
    rows = pd.Series(True, index=frame.index)
    if file:
        shown = raw.locations[table_name]["file"].reset_index(drop=True)
        rows &= shown.str.endswith(f"/{name}").to_numpy()
    for key, value in (where or {}).items():
        rows &= frame[key].astype(str) == str(value)
    assert rows.any(), f"{name}: no row matches {where}"
    dtype = frame[column].dtype
    frame[column] = frame[column].astype(object)
    frame.loc[rows, column] = frame.loc[rows, column].map(lambda v: _shift(v, by))
    if _refused(table, frame, column, raw):
        return None
    frame[column] = frame[column].astype(dtype)  # as loaded: float64, int64, Int64, object
    return _derived(raw, **{table_name: frame})


def _derived(raw: Dataset, **tables) -> Dataset:
    """`raw` with `tables` replaced, then the ledger step (as loading does)."""
    dataset = Dataset(raw.data_dir, {k: v.copy() for k, v in {**raw.tables, **tables}.items()},
                      dict(raw.locations), dict(raw.files))
    ledger_data.attach_ledger(dataset)
    return dataset


def _keyed(checks: list[Check]) -> dict:
    keyed = {(c.area, stable(c.description)): c for c in checks}
    assert len(keyed) == len(checks), "two checks share a stable key: refine STABLE"
    return keyed


def _checks(period, dataset: Dataset) -> dict:
    """Each area's checks for `period`, keyed by area and stable description (the report
    protocol's `checks`; summaries and key figures are not needed here)."""
    ctx = open_report(period, dataset=dataset)
    return {module.AREA: _keyed(module.checks(ctx)) for module in area_modules()}


class _Reads(dict):
    """A dataset's tables that note which ones were read."""

    def __init__(self, tables):
        super().__init__(tables)
        self.read = set()

    def __getitem__(self, name):
        self.read.add(name)
        return super().__getitem__(name)

    def get(self, name, default=None):
        self.read.add(name)
        return super().get(name, default)

    def __contains__(self, name):
        self.read.add(name)
        return super().__contains__(name)

    def __iter__(self):
        self.read.update(self.keys())
        return super().__iter__()

    def items(self):
        self.read.update(self.keys())
        return super().items()

    def values(self):
        self.read.update(self.keys())
        return super().values()


def _baseline(period, dataset: Dataset) -> tuple[dict, dict]:
    """Each area's checks, and the tables each area's checks read."""
    found, reads = {}, {}
    for module in area_modules():
        tables = _Reads(dataset.tables)
        ctx = open_report(period, dataset=Dataset(dataset.data_dir, tables, dataset.locations,
                                                  dataset.files))
        tables.read.clear()
        found[module.AREA] = _keyed(module.checks(ctx))
        reads[module.AREA] = set(tables.read)
    return found, reads


@pytest.fixture(scope="session")
def raw():
    """The embedded data, loaded and validated once, before the ledger step."""
    return load_tables(None, all_tables())


@pytest.fixture(scope="session")
def observations(raw):
    """observations(period): the baseline checks, and each perturbation's checks (None:
    input rejected); computed once per period (pytest-xdist --dist loadfile keeps this
    file on one worker).

    An area whose checks read none of the tables a perturbation changed keeps its baseline
    checks (its checks are a function of the tables they read). Should an area read a
    table unnoticed, its checks would look unmoved: the tests below could then fail, never
    pass, wrongly."""
    done = {}

    def observe(period):
        if period not in done:
            unperturbed = _derived(raw)
            base, reads = _baseline(period, unperturbed)
            moved = []
            for name, column, where, by in PERTURBATIONS:
                dataset = _perturbed(raw, name, column, where, by)
                if dataset is None:
                    moved.append(None)
                    continue
                changed = {n for n, frame in dataset.tables.items()
                           if n not in unperturbed.tables or not frame.equals(unperturbed[n])}
                try:
                    ctx = open_report(period, dataset=dataset)
                    moved.append({area: _keyed(module.checks(ctx)) if reads[area] & changed
                                  else base[area]
                                  for area, module in zip(AREAS, area_modules())})
                except InputError:
                    moved.append(None)
            done[period] = base, moved
        return done[period]
    return observe


AREAS = [module.AREA for module in area_modules()]
pytestmark = pytest.mark.perturbation
CASES = [pytest.param(period, area, id=f"{period}-{area}") for period in PERIODS for area in AREAS]


def _same_move(before, after) -> bool:
    """True when expected and actual moved alike (both by the same amount, or neither; a
    text or missing side: both from the same value to the same value, or neither)."""
    def delta(old, new):
        if isinstance(old, str) or isinstance(new, str) or old is None or new is None:
            return ("unchanged",) if old == new else ("changed", old, new)
        return round(float(new) - float(old), 6)
    return delta(before.expected, after.expected) == delta(before.actual, after.actual)


def test_the_areas_checks_are_the_reports(raw, observations):
    """What this file perturbs is what the checks page shows: the report's checks are
    the areas' checks, none left out."""
    dataset = _derived(raw)
    for period in PERIODS:
        result = sorted((c.area, stable(c.description))
                        for c in gather(open_report(period, dataset=dataset))["checks"])
        base, _ = observations(period)
        expected = sorted(key for keyed in base.values() for key in keyed)
        assert result == expected and result, period


@pytest.mark.parametrize(("period", "area"), CASES)
def test_every_check_can_fail(observations, period, area):
    base, moved = observations(period)
    never = []
    for key, check in base[area].items():
        if any(pattern.search(key[1]) for pattern in INVARIANTS):
            assert check.expected == 100.0, key
            continue
        if any(pattern.search(key[1]) for pattern in PRESENCE):
            continue  # failing case: test_missing_follow_up_fails
        statuses = [found[area][key].status for found in moved
                    if found is not None and key in found[area]]
        if not any(status != PASS for status in statuses):
            never.append(f"{key[1]}: no perturbation made it warn or fail "
                         f"({len(statuses)} tried)")
    assert never == []


@pytest.mark.parametrize(("period", "area"), CASES)
def test_no_check_compares_a_value_with_itself(observations, period, area):
    base, moved = observations(period)
    together = []
    for key, before in base[area].items():
        if any(pattern.search(key[1]) for pattern in INVARIANTS + PRESENCE):
            assert before.expected != before.actual or isinstance(before.expected, float), key
            continue
        differently = [i for i, found in enumerate(moved) if found is not None
                       and key in found[area] and not _same_move(before, found[area][key])]
        if not differently:
            together.append(f"{key[1]}: expected and actual always move together")
    assert together == []


def test_compare_with_itself_is_caught():
    """The detector itself: a check of x against x moves both sides alike."""
    from itvt_lib.core.checks import compare

    before, after = compare("A", "x mot x", 10.0, 10.0, 1), compare("A", "x mot x", 60.0, 60.0, 1)
    assert _same_move(before, after)
    assert not _same_move(before, compare("A", "x mot y", 60.0, 10.0, 1))
    text = Check("A", "t", "93 %", "93 %", 0, PASS)
    assert _same_move(text, Check("A", "t", "94 %", "94 %", 0, PASS))
    assert not _same_move(text, Check("A", "t", "94 %", "saknas i meningen", 0, FAIL))


def test_missing_follow_up_fails(raw):
    """A risk without any follow-up item: its presence check warns or fails."""
    follow_up = raw["internkontroll_uppfoljning"]
    found = _checks("2023-12", _derived(
        raw, internkontroll_uppfoljning=follow_up[follow_up["nr"].astype(str) != "1"]))
    found = {key: check for keyed in found.values() for key, check in keyed.items()}
    key = next(k for k in found if k[1].startswith("Risk 1 (") and k[1].endswith("har uppföljning"))
    assert found[key].status != PASS
