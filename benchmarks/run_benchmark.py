"""Benchmark of `itvt run` against the naive notebook loop (issue 10). Not a test.

    .venv/bin/python benchmarks/run_benchmark.py [--rounds 3] [--period 2024-02] [--quick]
        [--no-scale] [--years 10] [--projects 500] [--json results.json]

Sections (each command is a separate process, timed by wall clock; peak memory is the
largest sum of RSS over the process and all its descendants, kernels included, sampled
every 50 ms):

1. one period's full suite (a) as the NAIVE loop: per notebook `papermill` then
   `jupyter nbconvert --to html --no-input`, and (b) as `itvt run --period P`; (c) two
   periods in one invocation, `itvt run --period 2023-12 --period 2024-02`; with
   `--with-other` also (d) the other of the two periods alone (the year-end period 2023-12
   has more to show than 2024-02). Each round runs each once, in a rotated order; medians
   over the rounds.
2. `itvt check` and `itvt periods` on the embedded data (median of several runs) and the
   size of every exported HTML page.
2b. financing models (issue 14): every model of params/ for every year of the embedded
   data (`financing.compare_models`) plus next year's split, in this process after the data
   is loaded; median of `--financing-runs` runs, in ms.
3. scale: a synthetic 10-year data set (benchmarks/make_synthetic.py) in a temporary
   folder; `itvt check --period <newest>` (median of 3) and one period's `itvt run`.

Finally a Markdown table with the machine facts, for README.md. Targets of issue 10 are
shown for information only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
BIN = Path(sys.executable).parent
NOTEBOOKS = ROOT / "notebooks"
DATA = ROOT / "data"
NOTEBOOK_RE = re.compile(r"^\d{2}-[a-z0-9-]+\.ipynb$")  # as itvt_lib.publishing.runner
SAMPLE_S = 0.05
MB = 1024 * 1024
HTML_LIMIT = 1.5 * MB
TWO_PERIODS = ("2023-12", "2024-02")

# Issue 10's targets (information only).
TARGET_RUN_VS_NAIVE = 0.25
TARGET_TWO_VS_ONE = 1.6
TARGET_CHECK_S = 2.0
TARGET_CHECK_SYNTHETIC_S = 5.0
TARGET_FINANCING_MS = 50.0      # issue 14: all models × all years after loading


# ---------------------------------------------------------------- measuring processes

@dataclass
class Measurement:
    """Wall time of a command sequence and the peak RSS sum of its process trees."""

    label: str
    wall_s: float
    peak_rss: int  # bytes
    commands: int = 1


class CommandFailed(RuntimeError):
    """A benchmarked command exited non-zero (the figure would be meaningless)."""


def tree_rss(proc: psutil.Process) -> int:
    """RSS of a process and all its descendants (bytes; shared pages count per process)."""
    total = 0
    try:
        family = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    for member in family:
        try:
            total += member.memory_info().rss
        except psutil.Error:  # exited between listing and reading
            pass
    return total


def run_measured(commands: list[list[str]], label: str = "", cwd: Path = ROOT,
                 env: dict | None = None, log_dir: Path | None = None) -> Measurement:
    """Run `commands` one after the other; wall time of all, peak tree RSS of any.
    Output goes to files in `log_dir` (or is discarded); a failure raises CommandFailed."""
    peak = 0
    if log_dir is not None:
        log_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    for i, command in enumerate(commands):
        log_path = log_dir / f"{label or 'cmd'}-{i:02d}.log" if log_dir else None
        with open(log_path or os.devnull, "wb") as log:
            proc = psutil.Popen(command, cwd=cwd, env=env, stdout=log, stderr=log)
            done = threading.Event()
            peaks = [0]

            def sample(proc=proc, done=done, peaks=peaks):
                while not done.is_set():
                    peaks[0] = max(peaks[0], tree_rss(proc))
                    done.wait(SAMPLE_S)

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            code = proc.wait()
            done.set()
            sampler.join()
        peak = max(peak, peaks[0])
        if code != 0:
            tail = ""
            if log_path:
                lines = log_path.read_text(errors="replace").strip().splitlines()
                tail = "\n    " + "\n    ".join(lines[-5:])
            raise CommandFailed(f"exit {code}: {' '.join(command)}{tail}")
    return Measurement(label, time.perf_counter() - started, peak, len(commands))


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


# ---------------------------------------------------------------- the commands

def notebook_paths(notebooks_dir: Path = NOTEBOOKS) -> list[Path]:
    """The report's notebooks (NN-name.ipynb), sorted, as the runner finds them."""
    return sorted(p for p in notebooks_dir.glob("*.ipynb") if NOTEBOOK_RE.match(p.name))


def naive_commands(period: str, out_dir: Path, data_dir: Path = DATA,
                   notebooks_dir: Path = NOTEBOOKS, bin_dir: Path = BIN) -> list[list[str]]:
    """What a controller would script by hand: per notebook, papermill, then nbconvert."""
    commands = []
    for path in notebook_paths(notebooks_dir):
        executed = out_dir / path.name
        commands.append([str(bin_dir / "papermill"), str(path), str(executed), "-k", "python3",
                         "-p", "period", period, "-p", "data_dir", str(Path(data_dir).resolve()),
                         "--cwd", str(notebooks_dir), "--no-progress-bar"])
        commands.append([str(bin_dir / "jupyter"), "nbconvert", "--to", "html", "--no-input",
                         str(executed)])
    return commands


def itvt_command(*args: str, bin_dir: Path = BIN) -> list[str]:
    return [str(bin_dir / "itvt"), *args]


def run_command(periods, out_dir: Path, data_dir: Path | None = None) -> list[str]:
    """`itvt run --period P [--period Q] --output-dir O [--data-dir D]`."""
    args = ["run", *[x for p in periods for x in ("--period", p)], "--output-dir", str(out_dir)]
    if data_dir is not None:
        args += ["--data-dir", str(data_dir)]
    return itvt_command(*args)


def html_sizes(folder: Path) -> dict[str, int]:
    """Size in bytes of every exported page under `folder` (period/NN-name.html, index)."""
    return {str(p.relative_to(folder)): p.stat().st_size for p in sorted(folder.rglob("*.html"))
            if ".tmp-" not in str(p) and ".failed" not in str(p)}


# ---------------------------------------------------------------- machine facts

def machine_facts() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor()
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    versions = {}
    for package in ("papermill", "nbconvert", "nbclient", "jupyter_client", "ipykernel",
                    "pandas", "matplotlib"):
        try:
            from importlib.metadata import version

            versions[package] = version(package)
        except Exception:
            versions[package] = "?"
    return {"nproc": usable, "cpu": model or "?", "python": platform.python_version(),
            "memory_gb": round(psutil.virtual_memory().total / 1024 ** 3, 1),
            "os": platform.platform(), "versions": versions,
            "load_before": [round(x, 2) for x in os.getloadavg()]}


# ---------------------------------------------------------------- the benchmark

@dataclass
class Results:
    facts: dict = field(default_factory=dict)
    period: str = ""
    two_periods: tuple = TWO_PERIODS
    rounds: int = 0
    other: str = ""  # the period of the two that is not `period`
    naive: list = field(default_factory=list)
    run_one: list = field(default_factory=list)
    run_other: list = field(default_factory=list)
    run_two: list = field(default_factory=list)
    check: list = field(default_factory=list)
    periods_cmd: list = field(default_factory=list)
    html: dict = field(default_factory=dict)
    scale: dict = field(default_factory=dict)
    financing_ms: list = field(default_factory=list)

    def wall(self, name: str) -> float:
        return median([m.wall_s for m in getattr(self, name)])

    def peak(self, name: str) -> int:
        return max((m.peak_rss for m in getattr(self, name)), default=0)


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def bench_suite(results: Results, rounds: int, period: str, work: Path) -> None:
    """Rounds of: naive loop, one period, the other period alone, both periods in one
    invocation; the order rotates per round."""
    jobs = {
        "naive": lambda out: naive_commands(period, out),
        "run_one": lambda out: [run_command([period], out)],
        "run_two": lambda out: [run_command(results.two_periods, out)],
    }
    if results.other:
        jobs["run_other"] = lambda out: [run_command([results.other], out)]
    names = list(jobs)
    for r in range(rounds):
        order = names[r % len(names):] + names[:r % len(names)]
        for name in order:
            out = work / f"{name}-{r}"
            out.mkdir(parents=True)
            m = run_measured(jobs[name](out), f"{name}-{r}", log_dir=work / "logs")
            getattr(results, name).append(m)
            log(f"  round {r + 1}/{rounds} {name:9s} {m.wall_s:7.2f} s  "
                f"peak {m.peak_rss / MB:6.0f} MB")
    last = rounds - 1
    results.html = {**{f"{period}/{k}": v for k, v in
                       html_sizes(work / f"run_one-{last}" / period).items()},
                    **{k: v for k, v in html_sizes(work / f"run_two-{last}").items()
                       if "/" in k and not k.startswith(f"{period}/")}}


def bench_check(results: Results, runs: int) -> None:
    for i in range(runs):
        results.check.append(run_measured([itvt_command("check")], f"check-{i}"))
        results.periods_cmd.append(run_measured([itvt_command("periods")], f"periods-{i}"))
    log(f"  itvt check   median {results.wall('check'):.2f} s; "
        f"itvt periods median {results.wall('periods_cmd'):.2f} s")


def bench_financing(results: Results, runs: int, period: str) -> None:
    """All models × all years (and next year's split) on the loaded embedded data, in ms."""
    from itvt_lib.areas import financing, open_report

    ctx = open_report(period)
    inputs = financing.inputs_for(ctx.dataset, ctx.period)
    models = financing.models_for(ctx, inputs)
    year = ctx.period.year + 1
    pools = {p: 1000.0 for p in inputs.pools}
    specific = [0.0] * len(inputs.kommuner)
    for _ in range(runs):
        began = time.perf_counter()
        financing.compare_models(inputs, models)
        financing.next_year_split(inputs, models, pools, specific, year)
        results.financing_ms.append((time.perf_counter() - began) * 1000)
    log(f"  financing models: {len(models)} models × {len(inputs.years)} years, median "
        f"{median(results.financing_ms):.1f} ms")


def bench_scale(results: Results, work: Path, years: int, projects: int, run_rounds: int,
                check_runs: int = 3) -> None:
    """Generate the synthetic set, then time `itvt check` and one period's run on it."""
    import make_synthetic

    target = work / "synthetic-data"
    t0 = time.perf_counter()
    info = make_synthetic.generate(target, years=years, projects=projects)
    generated = time.perf_counter() - t0
    newest = info["newest"]
    log(f"  generated {info['rows']} synthetic rows ({years} years, {projects} projects) "
        f"in {generated:.1f} s; newest period {newest}")
    checks = [run_measured([itvt_command("check", "--data-dir", str(target), "--period", newest)],
                           f"scale-check-{i}") for i in range(check_runs)]
    log(f"  synthetic itvt check median {median([m.wall_s for m in checks]):.2f} s")
    runs = []
    for i in range(run_rounds):
        out = work / f"scale-run-{i}"
        runs.append(run_measured([run_command([newest], out, target)], f"scale-run-{i}",
                                 log_dir=work / "logs"))
        log(f"  synthetic itvt run {newest}: {runs[-1].wall_s:.2f} s, "
            f"peak {runs[-1].peak_rss / MB:.0f} MB")
    results.scale = {
        "years": years, "projects": projects, "rows": info["rows"], "newest": newest,
        "periods": len(info["periods"]), "generate_s": generated,
        "check": [asdict(m) for m in checks], "run": [asdict(m) for m in runs],
        "check_median_s": median([m.wall_s for m in checks]),
        "run_median_s": median([m.wall_s for m in runs]),
        "run_peak_rss": max((m.peak_rss for m in runs), default=0),
        "html": html_sizes(work / f"scale-run-{run_rounds - 1}" / newest) if runs else {},
    }


# ---------------------------------------------------------------- the report

def verdict(value: float, limit: float) -> str:
    if value != value:
        return "–"
    return "met" if value <= limit else "missed"


def markdown(results: Results) -> str:
    """The figures as a Markdown table (plus machine facts) for README.md."""
    f = results.facts
    naive, one, two = results.wall("naive"), results.wall("run_one"), results.wall("run_two")
    other = results.wall("run_other")
    check = results.wall("check")
    rows = [("Full suite, naive loop (papermill + nbconvert per notebook)", f"{naive:.1f} s",
             f"{results.peak('naive') / MB:.0f} MB", ""),
            (f"Full suite, `itvt run --period {results.period}`", f"{one:.1f} s",
             f"{results.peak('run_one') / MB:.0f} MB",
             f"ratio {one / naive:.3f} (target ≤ {TARGET_RUN_VS_NAIVE}: "
             f"{verdict(one / naive, TARGET_RUN_VS_NAIVE)})"),
            *([(f"Full suite, `itvt run --period {results.other}`", f"{other:.1f} s",
                f"{results.peak('run_other') / MB:.0f} MB", "")] if results.other else []),
            (f"Two periods in one invocation ({' + '.join(results.two_periods)})",
             f"{two:.1f} s", f"{results.peak('run_two') / MB:.0f} MB",
             f"{two / one:.3f} × one period {results.period} (target ≤ {TARGET_TWO_VS_ONE}: "
             f"{verdict(two / one, TARGET_TWO_VS_ONE)})"
             + (f"; {two / (one + other):.3f} × the two single runs together"
                if results.other else "")),
            ("`itvt check`, embedded data", f"{check:.2f} s",
             f"{results.peak('check') / MB:.0f} MB",
             f"target < {TARGET_CHECK_S:g} s: {verdict(check, TARGET_CHECK_S)}"),
            ("`itvt periods`, embedded data", f"{results.wall('periods_cmd'):.2f} s",
             f"{results.peak('periods_cmd') / MB:.0f} MB", "")]
    if results.financing_ms:
        ms = median(results.financing_ms)
        rows.append(("Financing models, all models × all years (in process, data loaded)",
                     f"{ms:.1f} ms", "", f"target ≤ {TARGET_FINANCING_MS:g} ms: "
                     f"{verdict(ms, TARGET_FINANCING_MS)}"))
    if results.html:
        name, size = max(results.html.items(), key=lambda kv: kv[1])
        rows.append(("Largest exported HTML page", f"{size / MB:.2f} MB", "",
                     f"{name}; target < 1.5 MB: {verdict(size, HTML_LIMIT)}"))
    s = results.scale
    if s:
        rows.append((f"`itvt check` synthetic {s['years']} years ({s['rows']} rows, "
                     f"{s['projects']} projects/export), period {s['newest']}",
                     f"{s['check_median_s']:.2f} s",
                     f"{max(c['peak_rss'] for c in s['check']) / MB:.0f} MB",
                     f"target < {TARGET_CHECK_SYNTHETIC_S:g} s: "
                     f"{verdict(s['check_median_s'], TARGET_CHECK_SYNTHETIC_S)}"))
        if s["run"]:
            rows.append((f"`itvt run` synthetic, period {s['newest']}",
                         f"{s['run_median_s']:.1f} s", f"{s['run_peak_rss'] / MB:.0f} MB", ""))
        if s["html"]:
            name, size = max(s["html"].items(), key=lambda kv: kv[1])
            rows.append(("Largest HTML page, synthetic run", f"{size / MB:.2f} MB", "",
                         f"{name}; target < 1.5 MB: {verdict(size, HTML_LIMIT)}"))
    lines = ["| Measurement | Wall time (median) | Peak memory | Note |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    lines.append("")
    lines.append(f"Machine: {f['nproc']} cores, {f['cpu']}, {f['memory_gb']} GB RAM, Python "
                 f"{f['python']}; papermill {f['versions']['papermill']}, nbconvert "
                 f"{f['versions']['nbconvert']}, nbclient {f['versions']['nbclient']}. "
                 f"{results.rounds} round(s), order rotated per round; load average "
                 f"{' / '.join(map(str, f['load_before']))} before and "
                 f"{' / '.join(map(str, f.get('load_after', [])))} after (1/5/15 min). "
                 "Peak memory = largest sum of RSS over the command's process tree "
                 "(kernels included), sampled every 50 ms; shared pages count once per "
                 "process. Reproduce: `.venv/bin/python benchmarks/run_benchmark.py`.")
    return "\n".join(lines)


def page_table(sizes: dict[str, int]) -> str:
    return "\n".join(f"  {size / 1024:8.0f} KiB  {name}" for name, size in sizes.items())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark itvt run against the naive loop.")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the suite (default 3)")
    parser.add_argument("--period", default="2024-02", help="the one period (default 2024-02)")
    parser.add_argument("--two-periods", nargs=2, default=list(TWO_PERIODS), metavar="P",
                        help="the two periods of one invocation (default 2023-12 2024-02)")
    parser.add_argument("--quick", action="store_true", help="one round (same as --rounds 1)")
    parser.add_argument("--with-other", action="store_true",
                        help="also time the other of the two periods alone each round")
    parser.add_argument("--check-runs", type=int, default=5, help="runs of itvt check")
    parser.add_argument("--financing-runs", type=int, default=50,
                        help="runs of the financing models (default 50)")
    parser.add_argument("--no-scale", action="store_true", help="skip the synthetic section")
    parser.add_argument("--scale-only", action="store_true", help="only the synthetic section")
    parser.add_argument("--years", type=int, default=10, help="synthetic years (default 10)")
    parser.add_argument("--projects", type=int, default=500, help="projects per export")
    parser.add_argument("--scale-runs", type=int, default=1, help="itvt runs on synthetic data")
    parser.add_argument("--keep", type=Path, help="keep outputs and logs in this new folder")
    parser.add_argument("--json", type=Path, help="also write all measurements as JSON")
    args = parser.parse_args(argv)
    rounds = 1 if args.quick else max(1, args.rounds)
    for tool in ("itvt", "papermill", "jupyter"):
        if not (BIN / tool).exists():
            parser.error(f"{BIN / tool} not found: run with the project's .venv/bin/python")

    others = [p for p in args.two_periods if p != args.period]
    began = time.perf_counter()
    results = Results(facts=machine_facts(), period=args.period,
                      two_periods=tuple(args.two_periods), rounds=rounds,
                      other=others[0] if len(others) == 1 and args.with_other else "")
    log(f"machine: {results.facts['nproc']} cores, {results.facts['cpu']}, load "
        f"{results.facts['load_before']}")
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=False)
    holder = None if args.keep else tempfile.TemporaryDirectory(prefix="itvt-bench-")
    work = args.keep or Path(holder.name)
    try:
        if not args.scale_only:
            log(f"[1/3] suite, {rounds} round(s): naive loop, itvt run {args.period}"
                + (f", itvt run {results.other}" if results.other else "")
                + f", itvt run {' + '.join(args.two_periods)}")
            bench_suite(results, rounds, args.period, work)
            log("[2/3] itvt check / periods on the embedded data")
            bench_check(results, args.check_runs)
            bench_financing(results, args.financing_runs, args.period)
        if not args.no_scale:
            log(f"[3/3] scale: synthetic {args.years} years, {args.projects} projects")
            bench_scale(results, work, args.years, args.projects, args.scale_runs)
    except CommandFailed as exc:
        log(f"error: {exc}")
        return 1
    finally:
        results.facts["load_after"] = [round(x, 2) for x in os.getloadavg()]
        if holder is not None:
            holder.cleanup()

    log(f"benchmark took {time.perf_counter() - began:.0f} s")
    if results.html:
        print("Exported pages (itvt run):")
        print(page_table(results.html))
    if results.scale.get("html"):
        print("Exported pages (synthetic run):")
        print(page_table(results.scale["html"]))
    if not args.scale_only:
        print()
        print(markdown(results))
    elif results.scale:
        print(json.dumps({k: v for k, v in results.scale.items() if k not in ("check", "run")},
                         indent=2))
    if args.json:
        args.json.write_text(json.dumps(asdict(results), indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
