"""The annual report's narrative (förvaltningsberättelse): goals, events, expected
development and staff changes, as text per year under data/, quoted from the source.

Rules:
- A goal carries its text, its analysis and, where the source gives one, its verdict
  (quoted); its status is one of uppfyllt, uppfyllt med förbehåll, ej uppfyllt, or no
  verdict per goal in the source. The page shows the status in words, never colour alone.
- Figures stated in the text (93 % satisfied callers, 1 350 computers, staff changes, the
  control plan's decision, the agreement's date) are data with the sentence they come
  from; a check verifies that each figure stands in its sentence (as often as the facts
  quoting it give it; a staff count as the figure nearest before its word).
- Numbers in quoted text are shown with Swedish spaces (NBSP between digit groups and
  before %); the words are kept as published.
See docs/ARCHITECTURE.md, "The area protocol".
"""

from __future__ import annotations

import re

import pandas as pd

from ..core.checks import FAIL, PASS, WARN, Check, KeyFigure, contradictions_of
from ..core.errors import DataError
from ..core.formatting import Kind, as_shown, count, fmt_number, is_missing, own_decimals, percent
from ..core.loading import Column, Table
from ..core.periods import Period
from . import budget
from .budget.comment_figures import stated_result_amounts
from .budget.forecast import better_by_in_sentence, compared_with_forecast
from .goal_verdicts import verdict_checks

AREA = "Årsrapport"
STATUS_SV = {"uppfyllt": "Uppfyllt", "uppfyllt_med_forbehall": "Uppfyllt med förbehåll",
             "ej_uppfyllt": "Ej uppfyllt", "ej_bedomt": "Ingen bedömning per mål i underlaget"}
SECTIONS = {"ansvar": "Ansvar och uppdrag",
            "bakgrund": "Bakgrund",
            "resultat": "Viktiga förhållanden för resultat och ekonomisk ställning",
            "mal": "Måluppfyllelse", "handelser": "Händelser av väsentlig betydelse",
            "personal": "Väsentliga personalförhållanden",
            "forvantad_utveckling": "Förväntad utveckling"}
FACTS = {"nojda_inringare": "Nöjda inringare till servicedesk",
         "datorer_utbytta": "Utbytta datorer",
         "pensionsavgangar": "Pensionsavgångar",
         "uppsagningar": "Uppsägningar på egen begäran",
         "avslutade_projektanstallningar": "Avslutade projektanställningar",
         "nya_medarbetare": "Nya medarbetare",
         "lia_praktikanter": "LIA-praktikanter",
         "examensarbeten": "Examensarbeten",
         "internkontrollplan_antagen": "Internkontrollplanen antagen (beslut)",
         "overenskommelse_daterad": "Överenskommelsen om gemensam servicenämnd daterad"}
CLAIMS = {"alla_mal_uppfyllda": "alla mål är uppfyllda"}  # what a paragraph claims
MARK = "1)"  # the footnote marker beside a claim the goals contradict
OPTIONAL = True  # the narrative belongs to the year-end packet only: absent is not news
KEY_FACTS = ("nojda_inringare", "datorer_utbytta")
# The word a count stands before in its sentence ("två pensionsavgångar, en uppsägning").
SUBJECTS = {"pensionsavgangar": "pensionsavgång", "uppsagningar": "uppsägning",
            "avslutade_projektanstallningar": "projektanställning"}
NUMBER_WORDS = {1: ("en", "ett"), 2: ("två",), 3: ("tre",), 4: ("fyra",), 5: ("fem",),
                6: ("sex",), 7: ("sju",), 8: ("åtta",), 9: ("nio",), 10: ("tio",),
                11: ("elva",), 12: ("tolv",)}

def one_reading(varde, text) -> str:
    """A fact is a number (varde) or a text (text), never both nor neither: "" when it is
    one of them, else what is wrong ("båda är ifyllda", "ingen är ifylld")."""
    has_value, has_text = not is_missing(varde), not is_missing(text)
    if has_value != has_text:
        return ""
    return "båda är ifyllda" if has_value else "ingen är ifylld"


def number_as_text(text) -> bool:
    """Whether a fact's text is a bare number ("1350", "1 350", "93 %", "93,5"): a figure
    belongs in varde (shown with its unit, a key figure), never in text."""
    return not is_missing(text) and \
        re.fullmatch(r"[-\u2212]?\d[\d \u00a0.,]*[ \u00a0]?%?", str(text).strip()) is not None


def _validate_facts(frame: pd.DataFrame, locate) -> None:
    """Each fact has one reading (`one_reading`): the start page shows varde, page 08 text;
    a number typed in text is refused (`number_as_text`)."""
    for i, row in frame.iterrows():
        wrong = one_reading(row["varde"], row["text"])
        if wrong:
            file, line = locate(i)
            raise DataError(file, f"{row['post']}: fyll i antingen varde eller text ({wrong})",
                            line, "varde")
        if number_as_text(row["text"]):
            file, line = locate(i)
            raise DataError(file, f"{row['post']}: \u201d{row['text']}\u201d är ett tal: för in "
                            "det i varde, inte i text", line, "text")


def _validate_goals(frame: pd.DataFrame, locate) -> None:
    """A goal with a verdict sentence (bedomning) has a verdict: status ej_bedomt (no verdict
    per goal in the source) beside one would hide it from the claim checks."""
    for i, row in frame.iterrows():
        if row["status"] == "ej_bedomt" and not is_missing(row["bedomning"]):
            file, line = locate(i)
            raise DataError(file, "ej_bedomt betyder att underlaget saknar bedömning av målet, "
                            "men bedomning är ifylld: välj uppfyllt, uppfyllt_med_forbehall "
                            "eller ej_uppfyllt", line, "status")


TABLES = (
    Table("arsrapport_mal",
          (Column("year", "year"), Column("nr", "int", min=1),
           Column("mal"),
           Column("beskrivning"),
           Column("analys"),
           Column("bedomning", nullable=True),
           Column("status", choices=tuple(STATUS_SV))),
          key=("year", "nr"), validate=_validate_goals),
    Table("arsrapport_text",
          (Column("year", "year"), Column("avsnitt", choices=tuple(SECTIONS)),
           Column("ordning", "int", min=1), Column("text"),
           Column("pastaende", nullable=True, required=False, choices=tuple(CLAIMS))),
          key=("year", "avsnitt", "ordning")),
    Table("arsrapport_uppgifter",
          (Column("year", "year"), Column("post", choices=tuple(FACTS)),
           Column("varde", "number", nullable=True),
           Column("text", nullable=True),
           Column("enhet", nullable=True),
           Column("kalla")),
          key=("year", "post"),
          validate=_validate_facts),
)


# ---------------------------------------------------------------- pure rules

PERCENT_UNIT = r"(%|procent(?!\w))"   # a percentage in a sentence: "93 %", "93 procent"


def swedish_spaces(text: str) -> str:
    """Quoted text with Swedish number spacing: NBSP between digit groups and before %."""
    text = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", "\u00a0", text)
    return re.sub(r"(?<=\d) %", "\u00a0%", text)


def figure_in_sentence(value: float | None, text: str | None, sentence: str,
                       enhet: str | None = None) -> bool:
    """True when the figure stands in its sentence with its unit (`figure_count` ≥ 1); a
    text fact verbatim."""
    if not is_missing(text):
        return str(text) in sentence
    return figure_count(value, sentence, enhet) > 0


def figure_count(value: float | None, sentence: str, enhet: str | None = None) -> int:
    """How many times a figure stands in a sentence with its unit: a count (enhet empty or
    "st") as digits with the decimals it has (decimal comma; with or without a space between
    digit groups) not followed by "%" or "procent", or as a Swedish number word (1–12); any
    other unit as digits followed by it ("%" and "procent" each as "%" or "procent")."""
    if is_missing(value):
        return 0
    written = f"{float(value):.{own_decimals(value)}f}".replace(".", ",")
    number = int(value) if float(value) == int(value) else None
    plain = re.sub(r"(?<=\d)[ \u00a0](?=\d{3}(?!\d))", "", sentence)
    digits = rf"(?<![\d,]){re.escape(written)}(?![\d,])"
    if enhet not in (None, "", "st"):
        unit = PERCENT_UNIT if enhet in ("%", "procent") else re.escape(enhet)
        return len(re.findall(rf"{digits}[ \u00a0]?{unit}(?!\w)", plain, re.IGNORECASE))
    found = len(re.findall(rf"{digits}(?![ \u00a0]?{PERCENT_UNIT})", plain, re.IGNORECASE))
    words = re.findall(r"\w+", sentence.lower())
    return found + sum(word in NUMBER_WORDS.get(number, ()) for word in words)


def figure_before(subject: str, sentence: str) -> int | None:
    """The figure (digits or a number word 1–12; not a year 1900–2099) nearest before the
    first word beginning with `subject` (lower case) in the same clause (after the last
    , : ; or .); None when the word or such a figure is missing."""
    at = sentence.lower().find(subject)
    if at < 0:
        return None
    plain = re.sub(r"(?<=\d)[ \u00a0](?=\d{3}(?!\d))", "", sentence[:at])
    clause = re.split(r"[,:;.](?!\d)", plain)[-1]
    for token in reversed(re.findall(r"\d+(?:,\d+)?|\w+", clause.lower())):
        if token.isdigit() and not 1900 <= int(token) <= 2099:
            return int(token)
        number = next((n for n, words in NUMBER_WORDS.items() if token in words), None)
        if number is not None:
            return number
    return None


def quoted_in(sentence: str, paragraphs: list[str]) -> bool:
    """Whether a figure's sentence stands in one of the year's quoted paragraphs (spaces and
    NBSP alike); True when the year has no paragraphs (nothing to quote from)."""
    def plain(text) -> str:
        return " ".join(str(text).replace("\u00a0", " ").split())

    return not paragraphs or any(plain(sentence) in plain(p) for p in paragraphs)


def quoted_sentence(source: str) -> str:
    """The sentence a source quotes: within its quotation marks (else all), no end ellipsis."""
    found = re.search(r"[\"\u201d\u201c](.+)[\"\u201d\u201c]", str(source), re.DOTALL)
    quote = found.group(1) if found else str(source)
    return re.sub(r"^\s*(…|\.\.\.)\s*|\s*(…|\.\.\.)\s*$", "", quote)  # a shortened quote


def fact_cell_kind(row) -> Kind | None:
    """A fact's kind: a percent ("%") or a count ("st", or no unit) with the decimals it
    was typed with; None for a fact given as text, in another unit, or missing."""
    if not is_missing(row["text"]) or is_missing(row["varde"]):
        return None
    enhet = None if is_missing(row["enhet"]) else str(row["enhet"])
    decimals = own_decimals(row["varde"])
    if enhet == "%":
        return percent(decimals)
    return count(decimals, zero="0") if enhet in (None, "st") else None


def fact_value(row) -> str:
    """A fact for the committee: "93 %", "1 350", or its text ("§ 9/2023-03-01")."""
    if not is_missing(row["text"]):
        return str(row["text"])
    if (kind := fact_cell_kind(row)) is not None:
        return kind.text(row["varde"])
    unit = "" if is_missing(row["enhet"]) or row["enhet"] == "st" else f"\u00a0{row['enhet']}"
    return fmt_number(row["varde"], own_decimals(row["varde"]), zero="0") + unit


# ---------------------------------------------------------------- context wrappers

def _year_rows(ctx_or_dataset, name: str, year: int) -> pd.DataFrame:
    dataset = getattr(ctx_or_dataset, "dataset", ctx_or_dataset)
    table = dataset[name]
    return table[table["year"] == year]


def goals_for(ctx) -> pd.DataFrame:
    """The year's goals in order: Mål, Beskrivning, Analys, Bedömning, Status (in words)."""
    rows = _year_rows(ctx, "arsrapport_mal", ctx.period.year).sort_values("nr")
    return pd.DataFrame({
        "Mål": rows["mal"].tolist(),
        "Beskrivning": [swedish_spaces(t) for t in rows["beskrivning"]],
        "Sammanfattning och analys": [swedish_spaces(t) for t in rows["analys"]],
        "Bedömning": ["" if is_missing(t) else swedish_spaces(t) for t in rows["bedomning"]],
        "Status": [STATUS_SV[s] for s in rows["status"]],
    })


def goal_status_table(ctx) -> pd.DataFrame:
    """One row per goal: Mål, Status (in words) and the verdict sentence, for an overview."""
    goals = goals_for(ctx)
    return goals[["Mål", "Status", "Bedömning"]]


def section_text(ctx, section: str) -> list[str]:
    """The paragraphs of one section of the year's annual report, in order."""
    rows = _year_rows(ctx, "arsrapport_text", ctx.period.year)
    rows = rows[rows["avsnitt"] == section].sort_values("ordning")
    return [swedish_spaces(t) for t in rows["text"]]


def claim_contradictions(claims: pd.Series, goals: pd.DataFrame) -> pd.DataFrame:
    """Goals with a verdict other than uppfyllt (with a reservation, or not met) while a
    paragraph claims that all goals are met: mal, status, bedomning (nothing otherwise)."""
    claimed = any(c == "alla_mal_uppfyllda" for c in claims if not is_missing(c))
    judged = goals[~goals["status"].isin(["uppfyllt", "ej_bedomt"])]
    found = judged if claimed else judged.iloc[0:0]
    return found[["mal", "status", "bedomning"]].reset_index(drop=True)


def _claims(ctx, section: str) -> pd.DataFrame:
    rows = _year_rows(ctx, "arsrapport_text", ctx.period.year)
    rows = rows[rows["avsnitt"] == section].sort_values("ordning")
    claims = rows["pastaende"] if "pastaende" in rows else pd.Series([None] * len(rows))
    return rows.assign(pastaende=claims.to_numpy())


def claim_contradictions_for(ctx, section: str = "mal") -> pd.DataFrame:
    """The year's goals that contradict a claim of the section's text
    (`claim_contradictions`)."""
    goals = _year_rows(ctx, "arsrapport_mal", ctx.period.year).sort_values("nr")
    return claim_contradictions(_claims(ctx, section)["pastaende"], goals)


def marked_section_text(ctx, section: str) -> tuple[list[str], list[str]]:
    """The section's paragraphs, each claim the goals contradict marked at its end, and the
    footnotes saying which goals contradict it."""
    rows, found = _claims(ctx, section), claim_contradictions_for(ctx, section)
    texts, notes = [], []
    for _, row in rows.iterrows():
        text = swedish_spaces(row["text"])
        if is_missing(row["pastaende"]) or found.empty:
            texts.append(text)
            continue
        texts.append(f"{text} {MARK}")
        goals = "; ".join(f"målet {g.mal} är bedömt som {STATUS_SV[g.status].lower()}"
                          + (f" (\u201d{g.bedomning}\u201d)" if not is_missing(g.bedomning)
                             else "") for g in found.itertuples())
        notes.append(f"{MARK} Texten återges som den trycktes. Den säger att "
                     f"{CLAIMS[row['pastaende']]}, men {goals}.")
    return texts, notes


def _facts_in_order(ctx) -> pd.DataFrame:
    rows = _year_rows(ctx, "arsrapport_uppgifter", ctx.period.year)
    return rows.assign(order=rows["post"].map(list(FACTS).index)).sort_values("order")


def facts_for(ctx) -> pd.DataFrame:
    """The figures stated in the year's text: Uppgift, Värde (Swedish format)."""
    rows = _facts_in_order(ctx)
    return pd.DataFrame({"Uppgift": [FACTS[p] for p in rows["post"]],
                         "Värde": [fact_value(r) for _, r in rows.iterrows()]})


def fact_figures(ctx) -> tuple[pd.DataFrame, list[Kind | None]]:
    """The facts of `facts_for` with each Värde a number where the fact has a kind
    (`fact_cell_kind`), else its text, and the kind of each row (for the workbook's cells)."""
    rows = _facts_in_order(ctx)
    kinds = [fact_cell_kind(r) for _, r in rows.iterrows()]
    values = [fact_value(r) if k is None else float(r["varde"])
              for k, (_, r) in zip(kinds, rows.iterrows(), strict=True)]
    frame = pd.DataFrame({"Uppgift": [FACTS[p] for p in rows["post"]], "Värde": values},
                         dtype="object")
    return frame, kinds


# ---------------------------------------------------------------- report protocol

def has_data(dataset, period: Period) -> bool:
    """True at year end when the data holds the year's goals."""
    return period.is_year_end and not _year_rows(dataset, "arsrapport_mal", period.year).empty


def summary(ctx) -> list[str]:
    """Goals by status, in words."""
    if not has_data(ctx.dataset, ctx.period):
        return []
    rows = _year_rows(ctx, "arsrapport_mal", ctx.period.year)
    counts = {s: int(n) for s, n in rows["status"].value_counts().items()}
    return [f"Måluppfyllelse {ctx.period.year}: {len(rows)} mål, {goal_counts_text(counts)}."]


def goal_counts_text(counts: dict[str, int]) -> str:
    """The goals per status in words, in the order of STATUS_SV: "varav 1 uppfyllt och 3
    utan bedömning per mål i underlaget" (the participle plural from 2: "2 uppfyllda");
    one status for all goals: "alla uppfyllda", "inget med en bedömning per mål …"."""
    shown = [(s, counts[s]) for s in STATUS_SV if counts.get(s, 0)]
    if len(shown) == 1:
        status = shown[0][0]
        if status == "ej_bedomt":
            return "inget med en bedömning per mål i underlaget"
        return f"alla {STATUS_SV[status].lower().replace('uppfyllt', 'uppfyllda')}"
    words = []
    for status, n in shown:
        word = "utan bedömning per mål i underlaget" if status == "ej_bedomt" else \
            STATUS_SV[status].lower()
        words.append(f"{n} {word.replace('uppfyllt', 'uppfyllda') if n > 1 else word}")
    return "varav " + (", ".join(words[:-1]) + " och " + words[-1] if len(words) > 1
                       else words[0])


def fact_unit(enhet) -> str:
    """A fact's unit as written, "" when the data leaves `enhet` empty (never "nan")."""
    return "" if is_missing(enhet) else str(enhet)


def fact_kind(enhet: str, decimals: int = 0) -> Kind | str:
    """A fact's kind by its unit in the data: "%" is a figure already in percent (93 %, not
    a share; 93,5 % with one decimal); any other unit is the key figure's unit as it stands."""
    return percent(decimals) if enhet == "%" else enhet


def key_figures(ctx) -> list[KeyFigure]:
    """The satisfied callers' share and the number of computers replaced."""
    rows = _year_rows(ctx, "arsrapport_uppgifter", ctx.period.year).set_index("post")
    result = []
    for post in KEY_FACTS:
        if post in rows.index and not is_missing(rows.loc[post, "varde"]):
            value = float(rows.loc[post, "varde"])
            decimals = own_decimals(value)
            result.append(KeyFigure(FACTS[post], value,
                                    fact_kind(fact_unit(rows.loc[post, "enhet"]), decimals),
                                    decimals=decimals))
    return result


def claim_checks(ctx) -> list[Check]:
    """Each claim of the text about the goals against the verdict per goal: the number of
    goals that contradict it should be 0 (a claim they contradict is a known inconsistency
    of the papers: warn)."""
    if "arsrapport_text" not in ctx.dataset:
        return []
    rows = _year_rows(ctx, "arsrapport_text", ctx.period.year)
    if "pastaende" not in rows:
        return []
    result = []
    claimed = ~rows["pastaende"].map(is_missing).astype(bool)
    for section in dict.fromkeys(rows.loc[claimed, "avsnitt"]):
        found = claim_contradictions_for(ctx, section)
        claim = next(c for c in _claims(ctx, section)["pastaende"] if not is_missing(c))
        goals = ", ".join(f"{g.mal} ({STATUS_SV[g.status].lower()})" for g in found.itertuples())
        result.append(Check(contradictions_of(AREA),
                            f"{SECTIONS[section]} {ctx.period.year}: texten säger att "
                            f"{CLAIMS[claim]} (antal mål som motsäger det)", 0.0,
                            float(len(found)), 0.0, WARN if goals else PASS,
                            f"{goals}; se sidans fotnot" if goals else ""))
    return result


def checks(ctx) -> list[Check]:
    """Each figure recorded from the text stands in its quoted sentence; each claim about
    the goals against the verdict per goal (`claim_checks`)."""
    rows = _year_rows(ctx, "arsrapport_uppgifter", ctx.period.year)
    paragraphs = [] if "arsrapport_text" not in ctx.dataset else \
        _year_rows(ctx, "arsrapport_text", ctx.period.year)["text"].tolist()
    result = []
    for _, row in rows.iterrows():
        enhet = None if is_missing(row["enhet"]) else str(row["enhet"])
        found = figure_in_sentence(row["varde"], row["text"], row["kalla"], enhet)
        shown, note = fact_value(row), ""
        if found and is_missing(row["text"]):
            times, needed = figure_count(row["varde"], row["kalla"], enhet), _sharing(rows, row)
            found = times >= needed
            note = "" if found else (f"{needed} uppgifter anger {shown} ur samma mening, som "
                                     f"har talet {times} {'gång' if times == 1 else 'gånger'}")
            subject = SUBJECTS.get(row["post"])
            before = None if subject is None else figure_before(subject, row["kalla"])
            if found and before is not None and before != float(row["varde"]):
                found, note = False, f"talet närmast före \u201d{subject}\u201d är {before}"
            if found and not quoted_in(row["kalla"], paragraphs):
                found, note = False, (f"meningen står inte i årsrapportens text "
                                      f"{ctx.period.year} i arsrapport_text.csv")
        result.append(Check(AREA, f"{FACTS[row['post']]} ({shown}) står i meningen den "
                            "hämtats från", shown, shown if found else "saknas i meningen",
                            0.0, PASS if found else FAIL, note))
    return (result + last_forecast_checks(ctx) + result_text_checks(ctx) + claim_checks(ctx)
            + verdict_checks(ctx.dataset, ctx.period.year, AREA, STATUS_SV))


def _sharing(rows: pd.DataFrame, row) -> int:
    """How many of the year's facts quote the same sentence with the same figure and unit:
    the figure must stand in it that many times."""
    same = (rows["kalla"] == row["kalla"]) & (rows["varde"] == row["varde"])
    return int((same & (rows["enhet"].fillna("") == fact_unit(row["enhet"]))).sum())


def last_forecast_checks(ctx) -> list[Check]:
    """The utfall against the last forecast (sista_prognos.csv, shown on page 01 "enligt
    förvaltningsberättelsen") stands in the sentence quoted as its source: in tkr and in
    its direction (`better_by_in_sentence`); else a failed check."""
    if "sista_prognos" not in ctx.dataset:
        return []
    found = budget.last_forecast_for(ctx)
    if found is None:
        return []
    table = ctx.dataset["sista_prognos"]
    sentence = str(table.loc[table["year"] == ctx.period.year, "kalla"].iloc[0])
    claim = f"utfallet {compared_with_forecast(found[1])} sista prognosen"
    ok = better_by_in_sentence(found[1], sentence)
    note = "" if ok else ("utfall_battre_tkr i sista_prognos.csv är positivt när utfallet "
                          "är bättre än sista prognosen, i tkr som meningen anger")
    paragraphs = _year_rows(ctx, "arsrapport_text", ctx.period.year)["text"].tolist() \
        if "arsrapport_text" in ctx.dataset else []
    if ok and not quoted_in(quoted_sentence(sentence), paragraphs):
        ok, note = False, (f"meningen står inte i årsrapportens text {ctx.period.year} i "
                           "arsrapport_text.csv")
    return [Check(AREA, f"Sista prognosen {ctx.period.year} ({claim}) står i meningen den "
                  "hämtats från", claim, claim if ok else "saknas i meningen", 0.0,
                  PASS if ok else FAIL, note)]


def result_text_checks(ctx) -> list[Check]:
    """A warning when the annual report's text states another amount of the year's result
    (`stated_result_amounts`) than page 01 shows: "ett resultat på minus 219 tkr" left in
    arsrapport_text.csv after a late booking made the resultat of record −269."""
    if "arsrapport_text" not in ctx.dataset or not budget.has_data(ctx.dataset, ctx.period):
        return []
    resultat, _ = budget.result_for(ctx)
    if is_missing(resultat):
        return []
    kommuner = list(ctx.dataset["kommuner"]["kommun"])
    shown = f"{fmt_number(resultat, zero='0')}\u00a0tkr"
    return [Check(AREA, "Årsrapportens text om resultatet mot siffrorna", words, shown, 0, WARN,
                  f"arsrapport_text.csv ({ctx.period.year}) säger \"{words}\", men "
                  f"resultatet är {shown}; skriv om texten eller rätta underlaget")
            for paragraph in _year_rows(ctx, "arsrapport_text", ctx.period.year)["text"]
            for words, amount in stated_result_amounts(swedish_spaces(str(paragraph)),
                                                       ctx.period.year, kommuner,
                                                       ctx.period.is_year_end)
            if amount != abs(as_shown(resultat))]
