"""Write a clearly SYNTHETIC data set for the scale benchmark (issue 10).

    .venv/bin/python benchmarks/make_synthetic.py --out /tmp/itvt-synthetic [--years 10]
        [--projects 500] [--first-year 2025] [--seed 1]

The set is the project's embedded data (data/, copied unchanged) plus `--years` made-up
years of monthly periods after the newest embedded year. Every table that gains rows
becomes a folder `<table>/` holding the embedded file (`embedded.csv`) and the made-up
rows in files named `synthetic-*.csv`; a `README.md` and a `SYNTHETIC` marker at the top of
the folder say so. Nothing in it is a real figure of the committee.

Per synthetic year Y: budgets (ursprunglig budget + tillägg) per kontogrupp,
kostnadsställe, kommun and investment project; a prognos for every month January to
November and the utfall in December; the totals of record of the closed year; the
allocation key of (Y−2)-11-01 (counts per kommun); the IB and write-off decision; a
year-to-date project export per month with `--projects` projects and its Totalsumma; OneX,
Nilex and switchboard rows for every month; the internal control plan and its follow-up;
staff figures for November. Kommuner, kontogrupper, kostnadsställen, ticket types and
channels and the switchboard platform are taken from the embedded reference data, so the
set stays valid if those change. `itvt check` passes on it for every period.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import random
import shutil
import sys
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from itvt_lib.areas import budget, staff  # noqa: E402  (after the path set-up)
from itvt_lib.core.loading import table_files  # noqa: E402
from itvt_lib.core.paths import DATA_DIR  # noqa: E402

MARKER = "SYNTHETIC"
LABEL = "SYNTETISK"  # the word in free-text cells (labels, sources, project names)
DEFAULT_PLATFORM = "Telenor"


class RefuseError(Exception):
    """The output folder may not be written (the project's data/, or a foreign folder)."""


# ---------------------------------------------------------------- small helpers

def read_rows(data_dir: Path, name: str) -> list[dict]:
    """All rows of an embedded table (every file of it), as dicts of strings."""
    rows = []
    for path in table_files(data_dir, name):
        with open(path, encoding="utf-8-sig", newline="") as handle:
            rows.extend(csv.DictReader(handle))
    return rows


def header_of(data_dir: Path, name: str) -> list[str]:
    """The column names of an embedded table, as its first file writes them."""
    with open(table_files(data_dir, name)[0], encoding="utf-8-sig", newline="") as handle:
        return next(csv.reader(handle))


def half_up(value: float, decimals: int = 0) -> float:
    """Round half away from zero (the project's display rule) for non-negative values."""
    quantum = Decimal(1).scaleb(-decimals)
    return float(Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP))


def period(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def last_day(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def mmss(seconds: int) -> str:
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def amount(value: float) -> str:
    """A whole tkr amount as the source prints it: "-" for zero."""
    value = int(round(value))
    return "-" if value == 0 else str(value)


def split_whole(total: int, weights: list[float]) -> list[int]:
    """`total` split by `weights` into whole numbers that sum exactly to `total`."""
    raw = [total * w / sum(weights) for w in weights]
    parts = [int(x) for x in raw]
    order = sorted(range(len(raw)), key=lambda i: raw[i] - parts[i], reverse=True)
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


@dataclass
class Reference:
    """The names the synthetic rows use, taken from the embedded reference data."""

    kommuner: list[str]
    kontogrupper: list[tuple[str, str]]  # (kontogrupp, typ) in display order
    kostnadsstallen: list[tuple[str, str]]  # (kostnadsstalle, kommun or "")
    nilex_typer: list[str]
    nilex_kanaler: list[str]
    platform: str
    risks: list[dict]
    population: dict[str, int]

    @classmethod
    def load(cls, data_dir: Path) -> Reference:
        kommuner = [r["kommun"] for r in sorted(read_rows(data_dir, "kommuner"),
                                                 key=lambda r: int(r["ordning"]))]
        groups = [(r["kontogrupp"], r["typ"]) for r in sorted(
            read_rows(data_dir, "kontogrupper"), key=lambda r: int(r["ordning"]))]
        centres = [(r["kostnadsstalle"], r["kommun"] or "") for r in sorted(
            read_rows(data_dir, "kostnadsstallen"), key=lambda r: int(r["ordning"]))]
        nilex = read_rows(data_dir, "nilex")
        typer = list(dict.fromkeys(r["typ"] for r in nilex)) or ["Service Desk"]
        kanaler = list(dict.fromkeys(r["kanal"] for r in nilex)) or ["E-post"]
        platforms = [r["plattform"] for r in read_rows(data_dir, "vaxel") if r["kommun"]]
        risks = read_rows(data_dir, "internkontroll")
        counted = [r for r in read_rows(data_dir, "befolkning") if r["invanare"].strip()]
        population = {k: 10_000 for k in kommuner}
        for row in counted:
            population[row["kommun"]] = int(row["invanare"])
        return cls(kommuner, groups, centres, typer, kanaler,
                   platforms[-1] if platforms else DEFAULT_PLATFORM, risks, population)


@dataclass
class Tables:
    """Synthetic rows per table, written next to the embedded file of that table."""

    rows: dict[str, list[list]] = field(default_factory=dict)

    def add(self, table: str, *cells) -> None:
        self.rows.setdefault(table, []).append(["" if c is None else c for c in cells])


# ---------------------------------------------------------------- one synthetic year

def add_year(t: Tables, ref: Reference, rng: random.Random, year: int, index: int,
             projects: int) -> None:
    """Every table's rows for one made-up year (index 0 = the first synthetic year)."""
    growth = 1.03 ** index
    add_operating_statement(t, ref, rng, year, growth)
    add_population(t, ref, rng, year, index)
    add_projects(t, rng, year, projects)
    add_calls(t, ref, rng, year)
    add_investments(t, ref, rng, year, growth)
    add_control(t, ref, rng, year)
    add_staff(t, rng, year)


def _line_budget(typ: str, rng: random.Random, growth: float) -> int:
    base = {"intakt": -9000, "kostnad": 9000}.get(typ, 0)
    return int(round(base * growth * rng.uniform(0.6, 1.4)))


def add_operating_statement(t: Tables, ref: Reference, rng: random.Random, year: int,
                            growth: float) -> None:
    """Budget, monthly prognos and December utfall per kontogrupp and kostnadsställe, the
    kommun budgets, the closed year's totals of record and the write-off decision."""
    lines = [(g, typ) for g, typ in ref.kontogrupper if typ != "kommunbidrag"]
    bidrag = [g for g, typ in ref.kontogrupper if typ == "kommunbidrag"]
    planned = {g: _line_budget(typ, rng, growth) for g, typ in lines}
    net_budget = sum(planned.values())
    joint = [c for c, k in ref.kostnadsstallen if not k]
    specific = [(c, k) for c, k in ref.kostnadsstallen if k]

    def statement(values: dict[str, int], measure: str, when: str | None) -> int:
        net = sum(values.values())
        for g, _ in lines:
            t.add("driftredovisning", year, when, measure, g, amount(values[g]))
        for g in bidrag[:1]:
            t.add("driftredovisning", year, when, measure, g, amount(net_budget))
        for g in bidrag[1:]:
            t.add("driftredovisning", year, when, measure, g, "-")
        # kostnadsställen: small kommun-specific amounts, the rest split over joint ones
        spec = {c: int(round(net * rng.uniform(0.0, 0.02))) for c, _ in specific}
        shares = split_whole(net - sum(spec.values()), [0.97] + [0.03] * (len(joint) - 1)) \
            if joint else []
        for c, value in zip(joint, shares, strict=True):
            t.add("kostnadsstalle_netto", year, when, measure, c, amount(value))
        for c, _ in specific:
            t.add("kostnadsstalle_netto", year, when, measure, c, amount(spec[c]))
        return net - sum(spec.values())

    statement(planned, "ursprunglig_budget", None)
    for g, _ in lines:
        t.add("driftredovisning", year, None, "tillagg", g, "-")
    for g in bidrag:
        t.add("driftredovisning", year, None, "tillagg", g, "-")
    for c, _ in ref.kostnadsstallen:
        t.add("kostnadsstalle_netto", year, None, "tillagg", c, "-")
    drift = 0.0
    for month in range(1, 13):
        drift += rng.uniform(-0.01, 0.01)
        values = {g: int(round(v * (1 + drift + rng.uniform(-0.02, 0.02))))
                  for g, v in planned.items()}
        if month < 12:
            statement(values, "prognos", period(year, month))
        else:
            joint_net = statement(values, "utfall", period(year, 12))
            income = sum(v for (g, typ) in lines for v in [values[g]] if typ == "intakt")
            costs = sum(values.values()) - income
            net = income + costs
            for post, value in (("summa_intakter", income), ("summa_kostnader", costs),
                                ("nettokostnad", net), ("nettokostnad_gemensamma", joint_net),
                                ("kommunbidrag", net_budget),
                                ("resultat", net_budget - net)):
                assert post in budget.POSTS
                t.add("bokslut_totaler", year, post, None, amount(value))
    weights = [ref.population[k] for k in ref.kommuner]
    for kommun, part in zip(ref.kommuner, split_whole(net_budget, weights), strict=True):
        t.add("kommunbidrag_kommun", year, None, "ursprunglig_budget", kommun, amount(part))
        t.add("kommunbidrag_kommun", year, None, "tillagg", kommun, "-")
    for kommun in ref.kommuner:
        t.add("resultatfond", year, kommun, "-", "avskrivning", "beslutat",
              f"{LABEL} – påhittat beslut")


def add_population(t: Tables, ref: Reference, rng: random.Random, year: int,
                   index: int) -> None:
    """The allocation key of budget year `year`: population on (year − 2)-11-01."""
    for kommun in ref.kommuner:
        ref.population[kommun] = int(ref.population[kommun] * rng.uniform(0.995, 1.01))
        t.add("befolkning", f"{year - 2}-11-01", kommun, ref.population[kommun], None,
              f"{LABEL} – påhittat antal invånare")


def add_projects(t: Tables, rng: random.Random, year: int, projects: int) -> None:
    """A year-to-date export per month with `projects` projects, and its Totalsumma."""
    rates = [rng.randrange(350, 650) for _ in range(projects)]
    hours = [0] * projects
    for month in range(1, 13):
        p = period(year, month)
        table = f"projekttid/synthetic-{p}"
        for i in range(projects):
            hours[i] += rng.choice((0, 0, 2, 4, 8, 16, 24, 40))
            t.add(table, p, str(10_000 + i), f"{LABEL} projekt {i + 1}", hours[i],
                  hours[i] * rates[i])
        total_h = sum(hours)
        total_kr = sum(h * r for h, r in zip(hours, rates, strict=True))
        fte = half_up(total_h / (2080 * month / 12), 1)
        t.add("projekttid_totaler", p, total_h, total_kr, f"{fte:.1f}",
              f"{LABEL} – påhittad Totalsumma")


def add_calls(t: Tables, ref: Reference, rng: random.Random, year: int) -> None:
    """OneX, Nilex and switchboard rows for every month of the year."""
    for month in range(1, 13):
        start, end = f"{period(year, month)}-01", last_day(year, month)
        answered, missed = rng.randrange(500, 800), rng.randrange(100, 200)
        open_, closed = rng.randrange(0, 20), rng.randrange(50, 150)
        t.add("onex", start, end, f"{LABEL} kö {period(year, month)}",
              answered + missed + open_ + closed, answered, missed, open_, closed,
              mmss(rng.randrange(60, 240)), f"0:{rng.randrange(10, 40):02d}:00")
        for typ in ref.nilex_typer:
            for kanal in ref.nilex_kanaler:
                t.add("nilex", start, end, typ, kanal, rng.randrange(0, 500))
        for kommun in ref.kommuner:
            incoming = rng.randrange(1000, 2000)
            answered = int(incoming * rng.uniform(0.85, 0.97))
            levels = sorted(rng.randrange(60, 100) for _ in range(4))
            t.add("vaxel", start, end, kommun, ref.platform, incoming, answered,
                  int(half_up(100 * answered / incoming)), mmss(rng.randrange(10, 40)),
                  *levels, mmss(rng.randrange(30, 90)), rng.randrange(300, 800),
                  rng.randrange(100, 400))


def add_investments(t: Tables, ref: Reference, rng: random.Random, year: int,
                    growth: float) -> None:
    """Three projects per kommun: budget, monthly prognos, utfall, and the year-end
    totals as an annual report prints them."""
    lines = {}
    for kommun in ref.kommuner:
        for n in range(1, 4):
            project = f"{LABEL} investering {kommun} {n}"
            planned = int(round(rng.uniform(200, 1500) * growth))
            lines[(kommun, project)] = planned
            t.add("investeringar", year, None, "ursprunglig_budget", kommun, project, planned)
            t.add("investeringar", year, None, "tillagg", kommun, project, "-")
            for month in range(1, 12):
                t.add("investeringar", year, period(year, month), "prognos", kommun, project,
                      planned)
    outcome = {key: int(round(v * rng.uniform(0.2, 1.0))) for key, v in lines.items()}
    for (kommun, project), value in outcome.items():
        t.add("investeringar", year, period(year, 12), "utfall", kommun, project, amount(value))
    source = f"{LABEL} förvaltningsberättelse {year}"
    for kommun in [*ref.kommuner, None]:
        keys = [k for k in lines if kommun is None or k[0] == kommun]
        planned = sum(lines[k] for k in keys)
        spent = sum(outcome[k] for k in keys)
        for measure, value in (("ursprunglig_budget", planned), ("tillagg", 0),
                               ("budget", planned), ("utfall", spent),
                               ("avvikelse", planned - spent)):
            t.add("investeringar_totaler", source, period(year, 12), year, measure, kommun,
                  amount(value))


def add_control(t: Tables, ref: Reference, rng: random.Random, year: int) -> None:
    """The year's internal control plan (the embedded risks, re-assessed) and follow-up."""
    risks = {r["nr"]: r for r in ref.risks} or {"1": {"risk": "Risk", "kontrollmoment":
                                                      "Kontroll", "ansvar": "IT-chef"}}
    for nr, risk in risks.items():
        r, k = rng.randrange(1, 5), rng.randrange(1, 5)
        t.add("internkontroll", year, nr, risk["risk"], risk["kontrollmoment"], r, k, r * k,
              risk["ansvar"])
        for order in (1, 2):
            t.add("internkontroll_uppfoljning", year, nr, order,
                  f"{LABEL} uppföljning {order} av risk {nr} {year}")


def add_staff(t: Tables, rng: random.Random, year: int) -> None:
    """Staff figures measured in November: the total lies between women and men."""
    for measure in staff.MEASURES:
        women, men = (round(rng.uniform(0, 30 if measure != "heltid" else 100), 1)
                      for _ in range(2))
        if measure == "heltid":
            women, men = max(women, 70.0), max(men, 70.0)
        values = {"total": round((women + men) / 2, 1), "kvinnor": women, "män": men}
        for grupp in staff.GROUPS:
            t.add("personal", period(year, 11), f"{year - 1}-12-01", f"{year}-11-30", measure,
                  grupp, f"{values[grupp]:.1f}")


# ---------------------------------------------------------------- writing

def check_target(out: Path, data_dir: Path) -> None:
    """Refuse the project's own data/ (or anything inside it, or containing it) and a
    non-empty folder that this script did not write."""
    target, data = out.resolve(), data_dir.resolve()
    if target == data or data in target.parents or target in data.parents:
        raise RefuseError(f"refusing to write synthetic data into or around {data}")
    if target.exists() and any(target.iterdir()) and not (target / MARKER).exists():
        raise RefuseError(f"{target} is not empty and has no {MARKER} marker: "
                          "choose a new folder")


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def generate(out, years: int = 10, projects: int = 500, first_year: int | None = None,
             seed: int = 1, data_dir: Path = DATA_DIR) -> dict:
    """Write the synthetic set into `out`; return {"periods": [...], "newest": "YYYY-MM",
    "rows": n, "years": [...]}. Raises RefuseError for a forbidden target."""
    out, data_dir = Path(out), Path(data_dir)
    check_target(out, data_dir)
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(data_dir, out)
    ref = Reference.load(data_dir)
    if first_year is None:
        first_year = max(int(r["year"]) for r in read_rows(data_dir, "driftredovisning")) + 1
    rng = random.Random(seed)
    tables = Tables()
    span = list(range(first_year, first_year + years))
    for index, year in enumerate(span):
        add_year(tables, ref, rng, year, index, projects)
    written = 0
    for key, rows in tables.rows.items():
        name = key.split("/")[0]
        header = header_of(data_dir, name)
        folder = out / name
        if not folder.is_dir():  # turn name.csv into name/embedded.csv + synthetic files
            embedded = out / f"{name}.csv"
            folder.mkdir()
            embedded.rename(folder / "embedded.csv")
        file = f"{key.split('/')[1]}.csv" if "/" in key else \
            f"synthetic-{span[0]}-{span[-1]}.csv"
        write_csv(folder / file, header, rows)
        written += len(rows)
    periods = [period(y, m) for y in span for m in range(1, 13)]
    (out / MARKER).write_text("Synthetic benchmark data, not real figures.\n", encoding="utf-8")
    (out / "README.md").write_text(README.format(first=span[0], last=span[-1], years=years,
                                                 projects=projects, seed=seed, rows=written),
                                   encoding="utf-8")
    return {"periods": periods, "newest": periods[-1], "rows": written, "years": span}


README = """# SYNTHETIC DATA – NOT REAL FIGURES

Written by `benchmarks/make_synthetic.py` for the scale benchmark (issue 10). It is the
project's embedded data (`embedded.csv` in each table folder, and the unchanged reference
tables) plus {years} made-up years, {first}–{last} (seed {seed}, {rows} rows), in files
named `synthetic-*.csv`. Every free text of those rows says "SYNTETISK". Project exports:
{projects} projects per month. Do not use any figure of it in a report.

Regenerate: `.venv/bin/python benchmarks/make_synthetic.py --out <this folder>`.
"""


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder to write (not data/)")
    parser.add_argument("--years", type=int, default=10, help="synthetic years (default 10)")
    parser.add_argument("--projects", type=int, default=500,
                        help="projects per monthly export (default 500)")
    parser.add_argument("--first-year", type=int, help="first synthetic year "
                        "(default: the year after the newest in data/)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.years < 1 or args.projects < 1:
        parser.error("--years and --projects must be at least 1")
    try:
        info = generate(args.out, args.years, args.projects, args.first_year, args.seed)
    except RefuseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {info['rows']} synthetic rows for {len(info['periods'])} periods "
          f"({info['periods'][0]}..{info['newest']}) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
