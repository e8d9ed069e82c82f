"""`itvt`: a light wrapper on itvt_lib.runner (papermill's rule: the CLI only parses flags).

    itvt run [--period YYYY-MM|latest ...] [--data-dir D] [--params-dir P] [--output-dir O] [--pdf]
    itvt periods [--data-dir D]
    itvt check [--period ...] [--data-dir D] [--params-dir P]
    itvt beslutsunderlag --modell NAMN [--period P] [--data-dir D] [--params-dir P] [--output-dir O]

Bad input prints one line and exits 2, with no traceback and nothing published.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import select
import sys
from pathlib import Path

from .core.errors import InputError, ParamError, os_reason, unexpected_line
from .core.numbers import NumberError, parse_typed
from .core.paths import OUTPUTS_DIR, absolute_path

# argparse's own usage errors, in Swedish (its --help stays as argparse writes it).
_COMMANDS = ("run", "check", "beslutsunderlag", "periods")
_USAGE_ERRORS = (
    (r"^the following arguments are required: command$",
     "ange ett kommando: " + ", ".join(_COMMANDS[:-1]) + " eller " + _COMMANDS[-1]),
    (r"^the following arguments are required: ", "följande argument krävs: "),
    (r"^unrecognized arguments: ", "okända argument: "),
    (r"^argument (\S+): expected one argument$", r"argument \1: ett värde krävs"),
    (r"^argument (\S+): invalid (?:int|_flag_int) value: '(.*)'$",
     r'argument \1: "\2" är inget heltal'),
    (r"^argument (\S+): invalid choice: '(.*)' \(choose from (.*)\)$",
     r'argument \1: "\2" finns inte (välj bland \3)'),
    (r"^argument (\S+): ignored explicit argument '(.*)'$",
     r'argument \1: tar inget värde ("\2")'),
)


def usage_error(message: str, argv=()) -> str:
    """An argparse usage error as the controller reads it: the common ones in Swedish,
    names of arguments and the values she typed as written; an option typed before the
    command (`itvt --period 2024-02 run`) is said as such, with the order that works."""
    argv = list(argv)
    if argv and argv[0].startswith("-") and message.startswith("argument command: "):
        command = next((a for a in argv if a in _COMMANDS), "run")
        rest = [a for a in argv if a != command]
        return (f"{argv[0]} står före kommandot; skriv kommandot först: "
                f"itvt {' '.join([command, *rest])}")
    for pattern, swedish in _USAGE_ERRORS:
        text, found = re.subn(pattern, swedish, message)
        if found:
            return text.replace("'", '"')
    return message


class _Parser(argparse.ArgumentParser):
    """argparse with its usage errors on one Swedish line: `itvt run: fel: ...`, exit 2."""

    def parse_args(self, args=None, namespace=None):
        self._argv = list(sys.argv[1:] if args is None else args)
        return super().parse_args(args, namespace)

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fel: {usage_error(message, getattr(self, '_argv', ()))}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="itvt", description="Follow-up reports for "
                     "Servicenämnd IT/Växel/Telefoni.")
    commands = parser.add_subparsers(dest="command", required=True)

    def common(sub, periods=True):
        sub.add_argument("--data-dir", type=_path, help="input tables (default: data/)")
        if periods:
            sub.add_argument("--period", action="append", dest="periods", metavar="YYYY-MM",
                             help="period to report, or 'latest' (repeatable; default latest)")
            sub.add_argument("--from", dest="first", metavar="YYYY-MM",
                             help="backfill: every reportable period from this one ...")
            sub.add_argument("--to", dest="last", metavar="YYYY-MM",
                             help="... up to and including this one")
            sub.add_argument("--params-dir", type=_path, help="params YAML (default: params/)")
            sub.add_argument("--tolerance-tkr", type=_flag_float, help="override tolerance_tkr")
            sub.add_argument("--hours-per-fte", type=_flag_float, help="override hours_per_fte")
            sub.add_argument("--share-decimals", type=_flag_int, help="override share_decimals")
            sub.add_argument("--notebook-timeout", type=_flag_float, dest="notebook_timeout_s",
                             help="time limit per notebook in seconds")

    run = commands.add_parser("run", help="execute the notebooks and publish the pages")
    common(run)
    run.add_argument("--output-dir", type=_path, default=OUTPUTS_DIR,
                     help="where outputs/<period>/ goes (default: outputs/)")
    run.add_argument("--pdf", action="store_true", help="also write rapport.pdf per period")
    run.add_argument("--publish-with-failed-checks", action="store_true",
                     dest="publish_failed_checks",
                     help="publish although a check is in status fel (the start page says so "
                          "in a red banner and shows no key figure green)")
    run.add_argument("--notebooks-dir", type=_path, help="notebooks to run (default: notebooks/)")
    run.add_argument("--workers", type=_positive_int, help="periods built at once, each on its own "
                     "kernel (default: one per core, at most 2)")
    common(commands.add_parser("check", help="validate data and parameters, run nothing"))
    memo = commands.add_parser("beslutsunderlag", help="decision memo (HTML and PDF): a "
                               "financing model of params/ against the current one")
    memo.add_argument("--modell", required=True, action="append", metavar="NAMN",
                      help="the model to compare (as named in params/ or saved in the "
                           "workbench)")
    memo.add_argument("--period", action="append", dest="periods", metavar="YYYY-MM",
                      help="report period, or 'latest' (default); one memo, one period")
    memo.add_argument("--data-dir", type=_path, help="input tables (default: data/)")
    memo.add_argument("--params-dir", type=_path, help="params YAML (default: params/)")
    memo.add_argument("--output-dir", type=_path, default=OUTPUTS_DIR,
                      help="the memo goes to <output-dir>/scenarier/ (default: outputs/)")
    common(commands.add_parser("periods", help="list the reportable periods"), periods=False)
    return parser


def once(flag: str, what: str, values: list[str] | None, default: str | None = None):
    """The one value of a memo flag (`default` when not given): a memo is of one model and
    one period, so a flag given twice (as `run` takes --period) is an InputError, not the
    last value taken silently."""
    if not values:
        return default
    if len(values) > 1:
        raise InputError(f"{flag}: ett beslutsunderlag gäller {what}; ange {flag} en "
                         f"gång (angavs {len(values)} gånger: {', '.join(values)}).")
    return values[0]


def one_period(periods: list[str] | None) -> str:
    """The memo's one period, "latest" when none is given (`once`)."""
    return once("--period", "en period", periods, "latest")


def _flag_float(text: str) -> float | str:
    """A decimal flag as a person types it (`numbers.parse_typed`): "0,5" and "0.5" are a
    half. A text that is no number ("1.000": 1 or 1 000?, "١٠", "1_0", "1e3", "inf") is
    kept as typed: the parameters refuse it with the same parser's reason, as bad input in
    one line naming the flag, logged by a run ('fel: --tolerance-tkr: "1.000" kan läsas
    som 1,000 eller 1 000')."""
    try:
        return float(parse_typed(text))
    except NumberError:
        return text


def _flag_int(text: str) -> int:
    """A whole-number flag: ASCII digits with an optional sign ("2", "+2"); "1,0", "٢" and
    "1_0" are refused (argparse says '"1,0" är inget heltal')."""
    if re.fullmatch(r"[+-]?[0-9]+", text.strip()):
        return int(text)
    raise ValueError(text)


def _path(text: str) -> Path:
    """A folder flag (argparse type); an empty one ("$OUT" of a variable never set) is bad
    input, never the current folder that Path("") would mean."""
    if not text.strip():
        raise argparse.ArgumentTypeError("tom sökväg; ange en mapp (. för den aktuella)")
    return Path(text)


def _positive_int(text: str) -> int:
    """A count of at least 1 (argparse type): `--workers 2`; read as `_flag_int` reads
    ("1_0" and "٢", which int() takes, are refused)."""
    try:
        value = _flag_int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f'"{text}" är inte ett heltal större än 0')
    return value


def _options(args):
    from .publishing.runner import RunOptions

    overrides = {name: getattr(args, name, None) for name in
                 ("tolerance_tkr", "hours_per_fte", "share_decimals", "notebook_timeout_s")}
    extra = {"notebooks_dir": args.notebooks_dir} if getattr(args, "notebooks_dir", None) else {}
    if getattr(args, "workers", None):
        extra["workers"] = args.workers
    periods = list(args.periods or [])
    if args.first is not None or args.last is not None:   # --from "" is bad input, not all
        periods += backfill_periods(args.data_dir, args.first, args.last)
    return RunOptions(periods=periods or ["latest"], data_dir=args.data_dir, **extra,
                      params_dir=getattr(args, "params_dir", None),
                      output_dir=getattr(args, "output_dir", OUTPUTS_DIR),
                      overrides=overrides, pdf=getattr(args, "pdf", False),
                      publish_failed_checks=getattr(args, "publish_failed_checks", False))


def _absolute_paths(args) -> None:
    """Every path flag made absolute once, here, before anything else runs; a current
    folder that was removed (a shell still standing in it) is bad input, said at once."""
    try:
        os.getcwd()
    except FileNotFoundError:
        raise ParamError("den aktuella mappen finns inte längre (den har tagits bort); byt "
                         "till en mapp som finns (cd) och försök igen") from None
    for name in ("data_dir", "params_dir", "output_dir", "notebooks_dir"):
        value = getattr(args, name, None)
        if value is not None:
            setattr(args, name, absolute_path(value))


PATH_ROOM = 512   # bytes an output folder leaves for the report's own names under it
DEBUG_OFF = ("", "0", "nej", "false", "no", "off")   # ITVT_DEBUG values that leave it off


def not_utf8(raw: bytes) -> str | None:
    """A path's bytes that are not UTF-8, shown escaped ("\\xff"), or None: such a name
    cannot be written into a notebook, a page or runs.log."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return raw[exc.start:exc.end].decode("utf-8", "backslashreplace")
    return None


def _checked_lengths(args) -> None:
    """A path flag the system cannot take (a name over the file system's limit, or a path
    so long that the files under it could not be named) or that is not UTF-8 text is bad
    input, said at once."""
    for name in ("data_dir", "params_dir", "output_dir", "notebooks_dir"):
        value = getattr(args, name, None)
        if value is None:
            continue
        raw = os.fsencode(value)
        if (byte := not_utf8(raw)) is not None:
            raise ParamError(f"--{name.replace('_', '-')}: "
                             f"{raw.decode('utf-8', 'backslashreplace')}: sökvägen har "
                             f"byten {byte}, som inte är UTF-8; byt namn på mappen")
        limit = os.pathconf("/", "PC_PATH_MAX") - (PATH_ROOM if name == "output_dir" else 0)
        longest = max(len(part) for part in raw.split(b"/"))
        what = (f"ett namn i sökvägen har {longest} byte (högst "
                f"{os.pathconf('/', 'PC_NAME_MAX')})"
                if longest > os.pathconf("/", "PC_NAME_MAX") else
                f"sökvägen har {len(raw)} byte (högst {limit})" if len(raw) > limit else "")
        if what:
            shown = os.fsdecode(raw[:60]) + "…"
            raise ParamError(f"--{name.replace('_', '-')}: {shown}: {what}; välj en kortare "
                             "sökväg")


class _StderrHandler(logging.StreamHandler):
    """A handler that writes to whatever `sys.stderr` is when a message is logged."""

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value):
        pass


def printable(text: str) -> str:
    """`text` with its control characters (C0, DEL, C1) as \\xNN: a file's text in a message
    neither moves the terminal's cursor nor splits the line; a file name's byte that is not
    UTF-8 (read as U+DCFF) as that byte (\\xff)."""
    return "".join(f"\\x{ord(c):02x}" if ord(c) < 32 or 127 <= ord(c) < 160 else c
                   for c in undecodable_as_bytes(text))


def undecodable_as_bytes(text: str) -> str:
    """`text` with each byte a file name held that was not UTF-8 (U+DC80–U+DCFF, Python's
    surrogate escape) written as that byte, \\xNN: such a character cannot be printed."""
    return "".join(f"\\x{ord(c) - 0xDC00:02x}" if 0xDC80 <= ord(c) <= 0xDCFF else c
                   for c in text)


class _BytesShown(logging.Filter):
    """A run message with a file name's undecodable byte as \\xNN, for every handler the
    record reaches (a lone surrogate can be written by none)."""

    def filter(self, record) -> bool:
        message = record.getMessage()
        shown = undecodable_as_bytes(message)
        if shown != message:
            record.msg, record.args = shown, ()
        return True


def open_standard_streams() -> None:
    """A closed standard output or error (`itvt run >&-`) is opened on /dev/null: the
    notebooks' kernels, which inherit them, die at start without one."""
    for fd, name in ((1, "stdout"), (2, "stderr")):
        try:
            os.fstat(fd)
        except OSError:
            devnull = os.open(os.devnull, os.O_WRONLY)
            if devnull != fd:
                os.dup2(devnull, fd)
                os.close(devnull)
            os.set_inheritable(fd, True)   # os.open's is not: a kernel would not get it
            setattr(sys, name, open(fd, "w", encoding="utf-8", closefd=False))


def _setup_logging() -> None:
    """Run messages go to stderr through the `itvt` logger, one line each; a character the
    terminal's encoding lacks ("−" in cp1252) is escaped, never a UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    logger = logging.getLogger("itvt")
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        logger.addHandler(handler)
    if not any(isinstance(f, _BytesShown) for f in logger.filters):
        logger.addFilter(_BytesShown())
    logger.setLevel(logging.INFO)
    logger.propagate = False


def backfill_periods(data_dir, first, last) -> list[str]:
    """The reportable periods from `first` to `last` (either end open), oldest first."""
    from .areas import load_dataset, reportable_periods
    from .core.errors import ParamError
    from .core.periods import parse_period_param

    low = parse_period_param(first) if first is not None else None
    high = parse_period_param(last) if last is not None else None
    chosen = [str(p) for p in reportable_periods(load_dataset(data_dir))
              if (low is None or p >= low) and (high is None or p <= high)]
    if not chosen:
        raise ParamError(f"period: ingen rapportperiod från {first or 'den första'} "
                         f"till {last or 'den sista'}")
    return chosen


def main(argv=None) -> int:
    open_standard_streams()
    _setup_logging()
    try:
        args = _parser().parse_args(argv)
        _absolute_paths(args)
        _checked_lengths(args)
        if args.command == "periods":
            from .areas import load_dataset, reportable_periods

            for period in reportable_periods(load_dataset(args.data_dir)):
                _out(period)
            return 0
        if args.command == "check":
            from .publishing.failing_checks import warned_checks
            from .publishing.runner import check, failure_line

            code = 0
            for ctx, failing in check(_options(args)):
                warned = warned_checks(ctx)   # as page 90 lists them, after the failures
                for item, word in [(f, "fel") for f in failing] + [(w, "varning")
                                                                   for w in warned]:
                    _out(failure_line(ctx.period, item, word))
                code = 1 if failing else code
                _out(f"{ctx.period}: {'fel' if failing else 'ok'} "
                     f"({len(ctx.dataset.files)} indatafiler, {len(failing)} "
                     f"{'kontroll' if len(failing) == 1 else 'kontroller'} med fel, "
                     f"{len(warned)} {'varning' if len(warned) == 1 else 'varningar'})")
            return code
        if args.command == "beslutsunderlag":
            from .publishing.memo import memo_for

            name = once("--modell", "en modell", args.modell)
            for path in memo_for(name, one_period(args.periods), args.data_dir,
                                 args.params_dir, args.output_dir,
                                 log=lambda line: print(line, file=sys.stderr)):
                _out(str(path))
            return 0
        from .publishing.runner import run

        return run(_options(args))
    except InputError as exc:
        print(f"fel: {printable(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("fel: avbruten", file=sys.stderr)
        return 130
    except _OutputFailed as exc:
        print(f"fel: standardutdata går inte att skriva ({exc})", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: one line (the whole trace with ITVT_DEBUG=1)
        if isinstance(exc, BrokenPipeError) and _reader_gone():  # `itvt periods | head -1`
            return 128 + 13     # the reader had enough: no error, as a program ended by SIGPIPE
        if os.environ.get("ITVT_DEBUG", "").strip().lower() not in DEBUG_OFF:
            raise
        print(f"fel: {unexpected_line(exc)}", file=sys.stderr)
        return 1


def _reader_gone() -> bool:
    """Whether standard output is a pipe nobody reads any more; if so it is pointed at
    /dev/null, so the interpreter's last flush at exit says nothing either."""
    try:
        poll = select.poll()
        poll.register(sys.stdout.fileno(), select.POLLOUT)
        gone = any(events & select.POLLERR for _, events in poll.poll(0))
    except (AttributeError, OSError, ValueError):   # no stdout, or not a file
        return False
    if gone:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    return gone


class _OutputFailed(Exception):
    """Standard output cannot be written (a full disk, /dev/full): said in one line."""


def _out(line: str) -> None:
    """Print a result line on standard output at once (a reader that has gone away is
    noticed at its first line; a file that cannot take it is `_OutputFailed`)."""
    try:
        print(line, flush=True)
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _OutputFailed(os_reason(exc)) from None


if __name__ == "__main__":
    sys.exit(main())
