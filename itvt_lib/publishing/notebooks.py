"""The report's notebooks: `NN-name.ipynb` in run order, and the check that together they
show every area of the registry (see `runner`)."""

from __future__ import annotations

import ast
import json
import logging
import re
from datetime import date, datetime
from pathlib import Path

from ..areas import AREAS, reportable_periods
from ..core.errors import InputError, ParamError
from ..core.input_files import read_regular_bytes
from ..core.params import MEETINGS_DIR
from ..core.paths import NOTEBOOKS_DIR, PARAMS_DIR, display_path
from ..core.periods import Period
from ..core.yaml_files import read_yaml

logger = logging.getLogger("itvt")

NOTEBOOK_RE = re.compile(r"^\d{2}-[a-z0-9-]+\.ipynb$")


def notebook_paths(notebooks_dir: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The report's notebooks, `NN-name.ipynb`, in run order."""
    return sorted(p for p in notebooks_dir.glob("*.ipynb") if NOTEBOOK_RE.match(p.name))


def notebook_area_imports(path: Path) -> set[str]:
    """The modules of `itvt_lib.areas` a notebook's code imports (by their short names); a
    notebook is read only when it is a regular file (a FIFO would block the run unstoppably)."""
    try:
        nb = json.loads(read_regular_bytes(path).decode("utf-8"))
        cells = [c for c in nb["cells"] if c["cell_type"] == "code"]
        sources = ["".join(c["source"]) if isinstance(c["source"], list) else c["source"]
                   for c in cells]
    except (OSError, ValueError, KeyError, TypeError):
        raise ParamError(f"{display_path(path)}: ingen läsbar notebook (JSON i nbformat)") from None
    names = set()
    for source in sources:
        lines = [line for line in source.splitlines()
                 if not line.lstrip().startswith(("%", "!"))]
        try:
            tree = ast.parse("\n".join(lines))
        except SyntaxError:
            continue  # the notebook itself reports it when it runs
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "itvt_lib.areas":
                names |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                    "itvt_lib.areas."):
                names.add(node.module.split(".")[2])
            elif isinstance(node, ast.Import):
                names |= {a.name.split(".")[2] for a in node.names
                          if a.name.startswith("itvt_lib.areas.")}
    return names


def check_notebooks(notebooks_dir: Path) -> list[Path]:
    """The report's notebooks, refused (ParamError) unless together they show every area of
    the registry `itvt_lib.areas.AREAS` (each area imported by one of them): a folder
    without them would publish a report without those pages over a good one."""
    shown = display_path(notebooks_dir)
    if not notebooks_dir.is_dir():
        raise ParamError(f"--notebooks-dir {shown}: ingen mapp")
    paths = notebook_paths(notebooks_dir)
    if not paths:
        raise ParamError(f"--notebooks-dir {shown}: inga rapportnotebooks (NN-namn.ipynb); "
                         "rapporten skulle bli bara startsidan")
    imported = set().union(*(notebook_area_imports(p) for p in paths))
    missing = [area.AREA for area in AREAS if area.__name__.rpartition(".")[2] not in imported]
    if missing:
        raise ParamError(f"--notebooks-dir {shown}: ingen notebook visar "
                         f"{', '.join(missing)} (områdena i itvt_lib.areas.AREAS); rapporten "
                         "skulle sakna dem")
    return paths


def check_agenda_pages(ctx, paths: list[Path]) -> None:
    """Every page an ärende names (`sidor`) is a page of the committee's packet (NN of a
    notebook NN-name in notebooks/ or in the folder the run uses), and its packet
    (`rapport`) one the data can make (else ParamError naming the file and item): an
    unknown number (a typo) would lose its link silently; an unknown packet would be a
    dead link. A page that a smaller notebooks folder leaves out is said on the start page
    ("ingår inte i rapporten"). A meeting dated on or before the period's last day
    (`params/2024-02.yaml` copied for 2024-03 unchanged) would print another meeting's
    agenda as the packet's, and an item's packet (`rapport`) of a month not ended by the
    meeting cannot be treated there: ParamError. An agenda copied from last month's meeting
    file (`meetings/2024-04-10.yaml` from `2024-03-06.yaml`) is refused too
    (`check_item_meeting`)."""
    datum = ctx.params.meeting.datum if ctx.params.meeting else None
    if meeting_before_period_end(datum, ctx.period.last_day):
        raise ParamError(f"{ctx.params.sources.where('meeting', 'datum')}: sammanträdet "
                         f"{datum} ligger inte efter periodens slut ({ctx.period.last_day}), så "
                         "det kan inte behandla rapporten (en kopierad periodfil?); ange "
                         "sammanträdet som behandlar den")
    pages = sorted({p.name[:2] for p in [*paths, *notebook_paths(NOTEBOOKS_DIR)]})
    periods = [str(p) for p in reportable_periods(ctx.dataset)]
    for n, item in enumerate(ctx.params.arenden or []):
        if item.rapport is not None and item.rapport not in periods:
            raise ParamError(f"{ctx.params.sources.where('arenden', n, 'rapport')}: "
                             f'"{item.rapport}" går inte att rapportera (möjliga perioder: '
                             f"{', '.join(periods)})")
        if item.rapport is not None and meeting_before_period_end(
                datum, Period.parse(item.rapport).last_day):
            raise ParamError(f"{ctx.params.sources.where('arenden', n, 'rapport')}: "
                             f'"{item.rapport}" slutar inte före sammanträdet {datum}, så '
                             "rapporten kan inte behandlas där; rätta rapport eller datum")
        check_item_meeting(ctx, n, item, datum)
        for page in item.sidor or []:
            if page not in pages:
                raise ParamError(f"{ctx.params.sources.where('arenden', n, 'sidor')}: "
                                 f'"{page}" är ingen sida i rapporten (sidorna: '
                                 f"{', '.join(pages)})")


def check_item_meeting(ctx, n: int, item, datum: str | None) -> None:
    """Item `n` of the agenda is this meeting's (else ParamError naming the file and key):
    its packet is treated here (the packet's period file names this meeting), or it was
    moved here from the meeting that file names or a later one it was moved on to
    (`flyttat_fran`, before this meeting and, for an item with a packet, after its last
    day), or it is no copy of that meeting's item on it (`copied_item`); the title and
    decision of an item with a packet naming only another report's date
    (`foreign_report_date`) is a warning: the committee's text may name such a date for a
    reason no rule can read ("avtalet upphörde 2024-01-31")."""
    report = item.rapport or str(ctx.period)
    last_day = Period.parse(report).last_day
    packet = bool(item.sidor or item.rapport)   # an information item names no report
    own = meeting_of_report(ctx.params_dir or PARAMS_DIR, report)
    if item.flyttat_fran is not None and datum is not None and \
            item.flyttat_fran >= datum:
        raise ParamError(f"{ctx.params.sources.where('arenden', n, 'flyttat_fran')}: "
                         f"{item.flyttat_fran} ligger inte före sammanträdet {datum}")
    if packet and meeting_before_period_end(item.flyttat_fran, last_day):
        raise ParamError(f"{ctx.params.sources.where('arenden', n, 'flyttat_fran')}: "
                         f"sammanträdet {item.flyttat_fran} ligger inte efter rapportens "
                         f"slut ({last_day}), så ärendet kan inte "
                         "ha flyttats därifrån")
    moved = item.flyttat_fran is not None and own is not None and item.flyttat_fran >= own
    if datum is not None and report != str(ctx.period) and own not in (None, datum) and \
            not moved and own > datum and not agenda_written(ctx.params_dir or PARAMS_DIR,
                                                             own, report):
        logger.warning(f"varning: {ctx.params.sources.where('arenden', n, 'rapport')}: "
                       f'rapporten "{report}" behandlas vid sammanträdet {own} (enligt '
                       f"{report}.yaml), vars dagordning {MEETINGS_DIR}/{own}.yaml inte finns "
                       f"ännu; ta upp den där, eller rätta datum i {report}.yaml")
    elif datum is not None and report != str(ctx.period) and \
            own not in (None, datum) and not moved and copied_item(
                item, datum, own, report_items(ctx.params_dir or PARAMS_DIR, own, report)):
        hint = (f"ta upp den vid sammanträdet {own} också" if own > datum else
                f'skriv flyttat_fran: "{own}" för ett ärende som flyttats hit')
        raise ParamError(f"{ctx.params.sources.where('arenden', n, 'rapport')}: "
                         f'rapporten "{report}" behandlas vid sammanträdet {own} (enligt '
                         f"{report}.yaml), inte vid detta {datum} (ett kopierat "
                         f"sammanträde?); rätta rapport eller datum, eller {hint}")
    for key, what in (("rubrik", "rubriken"), ("beslut", "beslutet")):
        stray = foreign_report_date(getattr(item, key), last_day, datum) if packet else None
        if stray is not None:   # the committee's own words: said, never refused
            logger.warning(f"varning: {ctx.params.sources.where('arenden', n, key)}: {what} "
                           f"nämner {stray}, men ärendets rapport är per {last_day} (en "
                           f"kopierad text?); rätta {key} eller rapport om texten är kopierad")


def meeting_before_period_end(datum: str | None, last_day: date) -> bool:
    """A meeting treats a period's report only after the period ended (datum > last day)."""
    return datum is not None and date.fromisoformat(datum) <= last_day


def meeting_of_report(params_dir: Path, report: str) -> str | None:
    """The meeting date (`meeting.datum`) that `report`'s own period file names, or None
    when there is no such file or date (its meeting is then unknown) or no date as text."""
    content = other_params_file(Path(params_dir) / f"{report}.yaml")
    if content is None:
        return None
    meeting = content.get("meeting")
    datum = meeting.get("datum") if isinstance(meeting, dict) else None
    if isinstance(datum, date) and not isinstance(datum, datetime):
        return datum.isoformat()   # written unquoted: YAML's date
    if isinstance(datum, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", datum, re.ASCII):
        return datum
    return None   # no date: that period's own check says so


def agenda_written(params_dir: Path, meeting: str, report: str) -> bool:
    """`meeting`'s agenda for `report` is written: `report`'s period file holds `arenden`
    or params/meetings/<meeting>.yaml exists (a later meeting's file may come last)."""
    content = other_params_file(Path(params_dir) / f"{report}.yaml") or {}
    return "arenden" in content or (Path(params_dir) / MEETINGS_DIR / f"{meeting}.yaml").exists()


def report_items(params_dir: Path, meeting: str, report: str) -> list[dict] | None:
    """The items on `report` of `meeting`'s agenda as `report`'s packet shows it (that
    period file's `arenden`, where an item without `rapport` is on `report`; else
    params/meetings/<meeting>.yaml), or None when that file cannot be read as one."""
    arenden, default = (other_params_file(Path(params_dir) / f"{report}.yaml") or {}).get(
        "arenden"), report
    if arenden is None:
        path = Path(params_dir) / MEETINGS_DIR / f"{meeting}.yaml"
        content = other_params_file(path) if path.is_file() else {}
        if content is None:
            return None
        arenden, default = content.get("arenden"), None
    if arenden is not None and not isinstance(arenden, list):
        return None   # not an agenda: that file's periods say so
    return [item for item in arenden or []
            if isinstance(item, dict) and str(item.get("rapport", default)) == report]


def copied_item(item, meeting: str, own: str, items: list[dict] | None) -> bool:
    """An item at `meeting` on a report whose period file names the meeting `own` is a
    copy when `own` came before and its item on the report (`items`) has the same title
    (an agenda copied onwards; a follow-up has its own, though its decision may read alike,
    "Informationen noteras"), or when `own` comes after and takes the report up nowhere;
    an unreadable agenda (None) is the error of its own periods."""
    if items is None:
        return False
    if own > meeting:
        return not items
    return any(" ".join(str(other.get("rubrik")).split()) == " ".join(item.rubrik.split())
               for other in items)


def other_params_file(path: Path) -> dict | None:
    """Another period's or meeting's params file, or None when it is missing or cannot be
    read: a file being edited is the error of the periods that read it, never this one's."""
    try:
        return read_yaml(path) if path.is_file() else None
    except InputError:
        return None


_ISO_DATE = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
_MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
              "september", "oktober", "november", "december")
# Words apart by any space, a no-break space (pasted from the kallelse) or a line break too.
_YEARS_OWN = re.compile(r"(?<![\d-])(\d{4})\s+års\b")
_LONG_DATE = re.compile(r"(?<!\d)(\d{1,2})\s+(" + "|".join(_MONTHS_SV) + r")\s+(\d{4})(?!\d)",
                        re.IGNORECASE)


def foreign_report_date(text: str | None, last_day: date,
                        meeting: str | None = None) -> str | None:
    """The first month's last day written in `text` ("2024-02-29" or "29 februari 2024";
    for a year-end packet also a year's, "2023 års") when `text` names such days but never
    `last_day` (the forecast's year end aside): a decision naming only another report's
    date; else None. Only a report the meeting could treat counts (`report_date`)."""
    found = [(m.start(), m.group(0), (int(m.group(1)), int(m.group(2)), int(m.group(3))),
              m.end()) for m in _ISO_DATE.finditer(text or "")]
    found += [(m.start(), m.group(0), (int(m.group(3)),
                                       _MONTHS_SV.index(m.group(2).lower()) + 1,
                                       int(m.group(1))), m.end())
              for m in _LONG_DATE.finditer(text or "")]
    if last_day.month == 12:   # a year-end packet: "2023 års förvaltningsberättelse"
        found += [(m.start(), m.group(0), (int(m.group(1)), 12, 31), m.end())
                  for m in _YEARS_OWN.finditer(text or "")]
    named = []
    for _, written, (year, month, day), end in sorted(found):
        try:
            when = date(year, month, day)
        except ValueError:
            continue
        if report_date(when, (text or "")[end:], meeting) and (
                when == last_day or when != date(last_day.year, 12, 31)):
            named.append((when, " ".join(written.split())))   # one line, as written
    if not named or any(when == last_day for when, _ in named):
        return None
    return named[0][1]


_MINUTES_REF = re.compile(r"\s*[,(]?\s*§")   # "2023-11-30 § 145", "(§ 145)": a paragraph


def report_date(when: date, after: str, meeting: str | None) -> bool:
    """A date names a report the meeting could treat when it is a month's last day before
    the meeting (when known) and not a decision's date (followed by its paragraph, §)."""
    return Period(when.year, when.month).last_day == when and not _MINUTES_REF.match(after) \
        and (meeting is None or when < date.fromisoformat(meeting))
