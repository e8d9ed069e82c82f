"""A stratified random sample of mutmut's mutants, and the sample's result per file. Not a test.

    python benchmarks/mutation_sample.py [--mutants mutants] [--seed 24] [--rate 0.012]
        [--min 2] > sample.txt
    make mutation MUTANTS="$(cat sample.txt)"
    python benchmarks/mutation_sample.py --sample sample.txt --counts

Reads the `.meta` files mutmut 3 writes under `mutants/itvt_lib/` when it generates the
mutants (JSON; `exit_code_by_key` holds every mutant's name). Per mutated file, in sorted
path order, with the names sorted, it draws max(`--min`, round(`--rate` × the file's
mutants)) names with Python's `random.Random(--seed).sample` (one generator for all files)
and prints them, one a line. The score of issue 24 used the defaults (159 of 12 255).

With `--counts` it prints, per file, how the names of `--sample` ended after a run
(`exit_code_by_key`: 1 killed, 0 survived, 33 no tests reached the mutant, none not run).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

OUTCOME = {1: "killed", 0: "survived", 33: "no tests", None: "not run"}


def mutants_by_file(folder: Path) -> dict[str, dict[str, int | None]]:
    """Every mutated file's mutants (name → exit code), files in sorted path order."""
    result = {}
    for meta in sorted(folder.glob("itvt_lib/**/*.meta")):
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        if codes:
            result[meta.relative_to(folder).with_suffix("").as_posix()] = codes
    return result


def draw(files: dict[str, dict], seed: int, rate: float, least: int) -> list[str]:
    """max(least, round(rate × n)) names of each file's n mutants, drawn with one generator."""
    rng = random.Random(seed)
    names = []
    for codes in files.values():
        keys = sorted(codes)
        names += rng.sample(keys, min(len(keys), max(least, round(rate * len(keys)))))
    return names


def counts(files: dict[str, dict], sample: set[str]) -> list[tuple[str, int, Counter]]:
    """Per file: its mutants, and the outcomes of the sampled ones."""
    return [(path, len(codes),
             Counter(OUTCOME.get(code, str(code)) for name, code in codes.items()
                     if name in sample))
            for path, codes in files.items()]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mutants", type=Path, default=Path("mutants"))
    parser.add_argument("--seed", type=int, default=24)
    parser.add_argument("--rate", type=float, default=0.012)
    parser.add_argument("--min", dest="least", type=int, default=2)
    parser.add_argument("--sample", type=Path, help="with --counts: the names drawn")
    parser.add_argument("--counts", action="store_true")
    args = parser.parse_args(argv)
    files = mutants_by_file(args.mutants)
    if not files:
        print(f"error: {args.mutants}: no mutants (run mutmut first)", file=sys.stderr)
        return 2
    if not args.counts:
        print("\n".join(draw(files, args.seed, args.rate, args.least)))
        return 0
    sample = set(args.sample.read_text(encoding="utf-8").split()) if args.sample else \
        set(draw(files, args.seed, args.rate, args.least))
    print("file\tmutants\tsampled\t" + "\t".join(OUTCOME.values()))
    for path, n, outcome in counts(files, sample):
        print(f"{path}\t{n}\t{sum(outcome.values())}\t"
              + "\t".join(str(outcome[o]) for o in OUTCOME.values()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
