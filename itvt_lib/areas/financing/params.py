"""The financing models' parameters: the models to compare and next year's uppräkning."""

from __future__ import annotations

import unicodedata
from typing import Annotated

from pydantic import AfterValidator, Field

from ...core.errors import blank
from ...core.settings import (
    MAX_MODELS,
    Increase,
    NonNegative,
    Percent,
    PercentShare,
    Section,
    problem,
    unique_names,
)


class Upprakning(Section):
    """Next year's budget increase in percent: a default and per kontogrupp."""

    default: Increase = 0
    kontogrupper: dict[str, Increase] | None = None


class DriverTable(Section):
    """Driver values typed in the workbench, kept with the model saved from them: which
    driver they replace, for which data year (`ar`: the model uses them for that year,
    as the workbench did), where they come from ("angivet i arbetsbänken <date>, <who>")."""

    fordelningsnyckel: str
    kalla: str
    varden: dict[str, NonNegative]
    ar: int | None = None


NAME_MAX = 80   # characters of a model name (a column heading on the pages and sheets)


# Cyrillic and Greek letters drawn like a Latin one (а like a, ο like o); Δ, Ω, α, π are not
_LOOKALIKES = {"kyrilliska": "АВЕЁЅІЇЈКМНОРСТУХаеёорсуіїјѕхһӏԁԛԝ",
               "grekiska": "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧϹοινκρυϲ"}


def mixed_script(value: str) -> str | None:
    """The script ("kyrilliska", "grekiska") of a letter drawn like a Latin one in a name
    that also holds Latin letters ("Lika delаr" with a Cyrillic а looks like "Lika delar");
    None when it holds none ("Modell Δ", "Ωmega modell" and "Ωμέγα" are read)."""
    if not any(c.isalpha() and unicodedata.name(c, "").startswith("LATIN ") for c in value):
        return None
    bases = unicodedata.normalize("NFD", value)  # Cyrillic ӓ is а with two dots, like ä
    return next((script for script, letters in _LOOKALIKES.items()
                 if any(c in letters for c in bases)), None)


def named(value: str) -> str:
    """A model's name unchanged when it shows a character (not only spaces or invisible
    ones) on one line of at most NAME_MAX characters; else a problem."""
    if blank(value):
        raise problem("namnet saknas")
    if any(c in value for c in "\n\r\t"):
        raise problem("namnet innehåller en radbrytning eller tabb; skriv det på en rad")
    script = mixed_script(value)
    if script:
        raise problem(f"namnet blandar latinska och {script} bokstäver, så det ser ut som "
                      "ett annat namn; skriv det med latinska bokstäver")
    if len(value.strip()) > NAME_MAX:
        raise problem(f"namnet är {len(value.strip())} tecken långt; använd högst {NAME_MAX}")
    return value


class FinancingModel(Section):
    """A financing model: a driver per pool (kostnadsställe), an optional equal base fee.
    A model saved from the workbench also keeps its scenario: the typed driver values
    (`underlag`; with its year `ar`, they are the model's driver values for that year) and
    the uppräkning assumed with it."""

    name: Annotated[str, AfterValidator(named)]
    driver: str
    pools: dict[str, str] | None = None
    grundavgift_procent: Percent = 0
    andelar: dict[str, PercentShare] | None = None
    underlag: DriverTable | None = None
    upprakning_procent: Upprakning | None = None


def unique_models(models):
    """The models unchanged when no two have the same name; else a validation problem."""
    return unique_names(models, "finansieringsmodellerna")


Models = Annotated[list[FinancingModel] | None, Field(min_length=1, max_length=MAX_MODELS),
                   AfterValidator(unique_models)]

PARAMS = {"financing_models": (Models, None),
          "upprakning_procent": (Upprakning | None, None)}
