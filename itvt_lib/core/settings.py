"""The typed parameter model (pydantic v2): the core keys of params/*.yaml and the building
blocks every area's section uses (`Section`, the number types, `problem`).

Each area declares its own section (`PARAMS` beside `TABLES`); `params_model` assembles the
whole model from them, so core names no area. params/defaults.yaml documents each key;
`core.params.load_params` validates every params file, the CLI's overrides and their merged
result against that model. Every section forbids
unknown keys, every number must be finite. A section's fields all have defaults, so one
file may set only some keys (files are merged key by key); items of a list are whole.
Rules that compare two keys (e.g. yellow below green) run on the merged result only.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationInfo,
    create_model,
    field_validator,
)
from pydantic_core import PydanticCustomError

from .errors import blank
from .numbers import NumberError, parse_typed

MERGED = "merged"  # validation context key: True when the whole merged result is validated



def swedish_number(value):
    """A number written as text in a params file ("43,6", "1 150", "−5") read by the one
    Swedish parser (core.numbers.parse_typed); any other value as it is."""
    if not isinstance(value, str):
        return value
    try:
        return float(parse_typed(value))
    except NumberError as exc:
        raise problem(str(exc)) from None


Read = BeforeValidator(swedish_number)


def swedish_percent(value):
    """A percentage written as text in a params file, read as `swedish_number` reads a
    number but with a "%" allowed ("43,6 %", "2,5%" are 43,6 and 2,5): the figure as
    written, as the workbench's percent boxes read it."""
    if not isinstance(value, str):
        return value
    try:
        return float(parse_typed(value, percent_sign=True))
    except NumberError as exc:
        raise problem(str(exc)) from None


ReadPercent = BeforeValidator(swedish_percent)


def filled(value):
    """`value` when it is None or has a visible character; else a validation problem (a
    blank text would print as a heading over nothing)."""
    if value is not None and blank(value):
        raise problem("är tom; skriv texten eller ta bort raden")
    return value


Text = Annotated[str, AfterValidator(filled)]  # a text the pages print
Number = Annotated[float, Read, Field()]
NonNegative = Annotated[float, Read, Field(ge=0)]
Positive = Annotated[float, Read, Field(gt=0)]
Share = Annotated[float, Read, Field(ge=0, le=1)]
Percent = Annotated[float, ReadPercent, Field(ge=0, le=100)]
PercentShare = Annotated[float, ReadPercent, Field(ge=0)]  # a fixed share in percent
Increase = Annotated[float, ReadPercent, Field(gt=-100, le=1000)]  # an uppräkning in percent
# Plausible ranges: a value outside is a typo, never a report (issue: 1e-300 hours per FTE).
Tolerance = Annotated[float, Read, Field(ge=0, le=10_000)]  # tkr per summed line
Seconds = Annotated[float, Read, Field(ge=1, le=86400)]  # a notebook's time limit
HoursPerFte = Annotated[float, Read, Field(ge=500, le=3000)]  # a year's working hours
MAX_MODELS = 50  # financing models compared on page 80 and in the workbench

TIME_PATTERN = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")
DATE_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def problem(message: str) -> PydanticCustomError:
    """A validation error whose message is shown as written."""
    return PydanticCustomError("param", "{text}", {"text": message})


class Section(BaseModel):
    """Base of every part of the model: unknown keys, type coercion and NaN/∞ are errors."""

    model_config = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False,
                              validate_default=False)


def merged(info: ValidationInfo) -> bool:
    """Whether the whole merged result is being validated (rules across keys run then)."""
    return bool(info.context and info.context.get(MERGED))


def _checked_date(value):
    """A YAML date as text; a date with a time is not a date."""
    if isinstance(value, datetime):
        raise problem(f'"{value.isoformat(sep=" ")}" är inget datum ÅÅÅÅ-MM-DD')
    return value.isoformat() if isinstance(value, date) else value


def _real_date(value):
    """`value` when it is None or a real date YYYY-MM-DD; else a validation problem."""
    if value is not None:
        try:
            valid = bool(DATE_PATTERN.fullmatch(value)) and date.fromisoformat(value)
        except ValueError:
            valid = False
        if not valid:
            raise problem(f'"{value}" är inget datum ÅÅÅÅ-MM-DD')
    return value


def _quoted_time(value):
    """A time YAML read as a number (09:00 unquoted is 540 minutes) is an error."""
    if isinstance(value, int) and not isinstance(value, bool):
        raise problem(f'{value} är ingen tid TT:MM (skriv den inom citattecken, t.ex. "09:00")')
    return value


def _real_time(value):
    """`value` when it is None or a time HH:MM; else a validation problem."""
    if value is not None and not TIME_PATTERN.fullmatch(value):
        raise problem(f'"{value}" är ingen tid TT:MM (00:00–23:59)')
    return value


class Meeting(Section):
    """The committee meeting that treats the report (start page): when and where, who
    chairs, who is proposed to check the minutes, who keeps them, and the opening items
    of the agenda (before the numbered ärenden)."""

    datum: str | None = None
    tid: str | None = None
    plats: Text | None = None   # a text the page prints is written out (`filled`)
    ordforande: Text | None = None
    justerare: Text | None = None
    sekreterare: Text | None = None
    inledning: list[Text] | None = None

    _date_text = field_validator("datum", mode="before")(_checked_date)
    _date_valid = field_validator("datum")(_real_date)
    _time_quoted = field_validator("tid", mode="before")(_quoted_time)
    _time_valid = field_validator("tid")(_real_time)


PAGE_PATTERN = re.compile(r"[0-9]{2}")
PERIOD_PATTERN = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])")


class Arende(Section):
    """One numbered item of business (ärende) on the meeting's agenda: its time, title,
    who presents it, its registration number, the proposed decision, and where the
    papers stand in a packet (`sidor`, page numbers of the report of `rapport`, this
    period's when not set); an item without pages says what it is (`underlag`); an item
    moved here from an earlier meeting names it (`flyttat_fran`)."""

    nummer: Annotated[int, Field(ge=1)] | None = None
    tid: str | None = None
    rubrik: str
    foredragande: Text | None = None
    diarienummer: Text | None = None
    beslut: Text | None = None
    rapport: str | None = None
    sidor: list[str] | None = None
    underlag: Text | None = None
    flyttat_fran: str | None = None   # the meeting it was moved (bordlagt) from

    _time_quoted = field_validator("tid", mode="before")(_quoted_time)
    _time_valid = field_validator("tid")(_real_time)
    _moved_text = field_validator("flyttat_fran", mode="before")(_checked_date)
    _moved_valid = field_validator("flyttat_fran")(_real_date)

    @field_validator("rubrik")
    @classmethod
    def _title(cls, value):
        """An ärende's title is written out: a blank one would print as nothing."""
        if blank(value):
            raise problem("är tom; skriv ärendets rubrik")
        return value

    @field_validator("sidor")
    @classmethod
    def _page_numbers(cls, value):
        for n, page in enumerate(value or []):
            if not PAGE_PATTERN.fullmatch(page):
                raise problem(f'"{page}" är inget sidnummer med två siffror (t.ex. "01")')
            if page in value[:n]:
                raise problem(f'sidan "{page}" står två gånger')
        return value

    @field_validator("rapport")
    @classmethod
    def _period(cls, value):
        if value is not None and not PERIOD_PATTERN.fullmatch(value):
            raise problem(f'"{value}" är ingen period ÅÅÅÅ-MM')
        return value


def name_key(name) -> str:
    """A name as a reader tells names apart: case, Unicode form, kind of space and invisible
    characters (category Cf: a zero-width space, a soft hyphen; `_IGNORABLE`) ignored, a
    math sign drawn as a Greek letter read as it (`_SYMBOLS`) ("Nuvarande modell",
    "nuvarande\u00a0modell" and "NUVARANDE  MODELL\u200b" are one name, as are "Modell ∆"
    and "Modell Δ")."""
    shown = "".join(c for c in unicodedata.normalize("NFKC", str(name)).translate(_SYMBOLS)
                    if unicodedata.category(c) != "Cf" and not _IGNORABLE.fullmatch(c))
    return " ".join(shown.casefold().split())


# Math and APL signs drawn as a Greek letter (∆ from a Mac's ⌥J is Δ) that NFKC keeps apart
_SYMBOLS = str.maketrans("\u2206\u220f\u2211\u237a\u2373\u2374\u2375", "ΔΠΣαιρω")


# Unicode's Default_Ignorable_Code_Point outside category Cf: drawn as nothing (a combining
# grapheme joiner, Hangul fillers, Khmer inherent vowels, Mongolian and other variation
# selectors), so a name holding one looks like the name without it.
_IGNORABLE = re.compile("[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164"
                        "\ufe00-\ufe0f\uffa0\U000e0000-\U000e0fff]")


def first_repeat(names) -> tuple[int, Any, Any] | None:
    """(item number from 1, name, the earlier name it repeats) of the first name an earlier
    item has (`name_key`: case and spaces aside); None when all differ (a missing name,
    None, repeats nothing)."""
    seen: dict[str, Any] = {}
    for n, name in enumerate(names, start=1):
        if name is None:
            continue
        key = name_key(name)
        if key in seen:
            return n, name, seen[key]
        seen[key] = name
    return None


def unique_names(items, what: str):
    """`items` unchanged when no two have the same name (`name_key`); else a validation
    problem."""
    repeat = first_repeat(item.name for item in items or [])
    if repeat is not None:
        n, name, earlier = repeat
        same = "" if earlier == name else (
            f' (som "{earlier}" så när som på stora och små bokstäver, mellanslag eller '
            'osynliga tecken)')
        raise problem(f'namnet "{name}" används två gånger (post {n}){same}; namnen '
                      f"på {what} måste vara olika")
    return items


class Params(Section):
    """The core keys of every period's parameters; `params_model` adds each area's section.

    The loaded instance knows where each value was written (`sources`), so a check of a
    value against the data names the file and item that set it."""

    namnd: str | None = None
    namnd_kort: str | None = None
    verksamhet: str | None = None
    controller: str | None = None
    meeting: Meeting | None = None

    @field_validator("namnd", "namnd_kort", "verksamhet", "controller")
    @classmethod
    def _filled(cls, value):
        """A name the pages print (a header, a total row's label, a sentence's subject) is
        written out: a blank one would print as nothing."""
        return filled(value)
    arenden: list[Arende] | None = None

    tolerance_tkr: Tolerance = 1
    share_decimals: Annotated[int, Field(ge=0, le=6)] = 1
    notebook_timeout_s: Seconds = 600

    _sources: Any = PrivateAttr(default=None)

    @field_validator("arenden")
    @classmethod
    def _distinct_numbers(cls, value):
        seen: dict[int, int] = {}
        for n, item in enumerate(value or [], start=1):
            if item.nummer is not None and item.nummer in seen:
                raise problem(f"ärende nummer {item.nummer} står två gånger (post "
                              f"{seen[item.nummer]} och {n}); varje ärende har ett eget nummer")
            seen.setdefault(item.nummer, n)
        timed = sorted((item.nummer, item.tid) for item in value or []  # tid: HH:MM, so
                       if item.nummer is not None and item.tid is not None)  # text order
        for (before, early), (after, late) in zip(timed, timed[1:]):
            if late < early:
                raise problem(f"ärende nummer {after} har tiden {late}, före ärende nummer "
                              f"{before} ({early}); ärendena behandlas i nummerordning")
        return value

    @property
    def sources(self):
        """Where each value was written (core.params.Sources), set by `load_params`."""
        return self._sources

    def fingerprint(self) -> str:
        """A short hash over the parameters as validated (JSON, keys sorted, defaults
        included): the same values give the same one however their files are laid out, a
        −0.0 as 0, and without the time limit (`notebook_timeout_s`), which no figure reads."""
        values = self.model_dump(mode="json", exclude_none=True, exclude={"notebook_timeout_s"})
        text = json.dumps(without_negative_zeros(values), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode()).hexdigest()[:12]


def without_negative_zeros(value: Any) -> Any:
    """`value` (JSON-like) with every −0.0 as 0.0: the same number, the same fingerprint."""
    if isinstance(value, dict):
        return {key: without_negative_zeros(item) for key, item in value.items()}
    if isinstance(value, list):
        return [without_negative_zeros(item) for item in value]
    return 0.0 if isinstance(value, float) and value == 0 else value


def params_model(sections: Mapping[str, tuple[Any, Any]], name: str = "Params"
                 ) -> type[Params]:
    """The whole model: the core keys plus every declared section (`name: (type, default)`);
    a dotted name such as `status.resultat` is a key of the nested section `status`."""
    top: dict[str, tuple[Any, Any]] = {}
    nested: dict[str, dict[str, tuple[Any, Any]]] = {}
    for key, field in sections.items():
        head, _, rest = key.partition(".")
        target = nested.setdefault(head, {}) if rest else top
        if (rest or key) in target or (not rest and key in Params.model_fields):
            raise ValueError(f"parameter {key!r} is declared twice")
        target[rest or key] = field
    for head, fields in nested.items():
        if head in top or head in Params.model_fields:
            raise ValueError(f"parameter section {head!r} is declared twice")
        section = create_model(head.capitalize(), __base__=Section, **fields)
        section.__doc__ = f"The `{head}` keys of every area."
        top[head] = (section, Field(default_factory=section))
    return create_model(name, __base__=Params, **top)
