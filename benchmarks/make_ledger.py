"""Write a clearly SYNTHETIC ledger export (issue 9): made-up transactions whose full-year
totals per kontogrupp equal the year's utfall in the data exactly (2023: −9 115, 14 225, 8,
15 499, 5 814 tkr), spread over months and `--rows` transactions. Not real bookings.

    .venv/bin/python benchmarks/make_ledger.py --out /tmp/itvt-ledger/data/huvudbok \
        [--data-dir data] [--year 2023] [--rows 1000000] [--layout transaktion|saldo] \
        [--through-month 12] [--seed 0] [--delimiter ";"] [--decimal ","]

The file is `SYNTETISK-<layout>-<year>.csv` with a `# SYNTETISK ...` first line and a
`Kalla` column saying SYNTETISK; the headings follow `huvudbok_layouts.yaml` of
`--data-dir`. A year without utfall (2024) uses its budget as the full-year total;
`--through-month 2` then writes January and February only. The script refuses to write
into the project's own data/ folder: copy it first (cp -r data /tmp/itvt-ledger/data).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import synthetic_ledger  # noqa: E402
from itvt_lib.areas import load_dataset  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder to write the export into")
    parser.add_argument("--data-dir", type=Path, default=ROOT / "data",
                        help="data whose utfall, mapping and layouts the ledger follows")
    parser.add_argument("--year", type=int, default=2023)
    parser.add_argument("--rows", type=int, default=10_000, help="about this many transactions")
    parser.add_argument("--layout", default="transaktion", help="a layout name of the data's "
                        "huvudbok_layouts.yaml")
    parser.add_argument("--through-month", type=int, default=12)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--delimiter", default=";")
    parser.add_argument("--decimal", default=",")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        path = synthetic_ledger.write_synthetic_ledger(
            args.out, load_dataset(args.data_dir), args.year, rows=args.rows, layout=args.layout,
            through_month=args.through_month, seed=args.seed, delimiter=args.delimiter,
            decimal=args.decimal)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    lines = sum(1 for _ in open(path, encoding="utf-8")) - 2
    print(f"{path}: {lines} rows, {path.stat().st_size / 1e6:.1f} MB, "
          f"{time.perf_counter() - started:.1f} s (SYNTETISK)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
