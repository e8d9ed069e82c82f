"""A layout's `debet` and `kredit` columns → the row's amount (belopp), by how the layout
says its system writes a minus there (huvudbok_layouts.yaml: `kredit_med_minus`,
`rattelse_med_minus`; see data/README.md, "Ledger exports").

Without either key a minus in Debet or Kredit reads two ways: `Kredit -200,00` is a credit
an export writes with a minus (belopp −200) or a correction, a red credit (belopp +200).
Two meanings are bad input, never a guess.
"""

from __future__ import annotations

import pandas as pd

from ..errors import DataError

SIGN_KEYS = ("kredit_med_minus", "rattelse_med_minus")


def minus_rule(name: str, spec: dict, columns: dict, shown: str) -> str:
    """The layout's minus rule: "kredit" (credits written negative), "rattelse" (a minus is
    a correction, röd bokföring) or "" (no minus allowed); each key true or false, at most
    one true, and only in a layout with debet and kredit."""
    chosen = []
    for key in SIGN_KEYS:
        value = spec.get(key, False)
        if not isinstance(value, bool):
            raise DataError(shown, f"layout {name}: {key} ska vara true eller false "
                            f"(utan citattecken), inte {value}")
        if key in spec and "debet" not in columns:
            raise DataError(shown, f"layout {name}: {key} gäller bara en layout med debet "
                            "och kredit (ta bort nyckeln)")
        if value:
            chosen.append(key)
    if len(chosen) > 1:
        raise DataError(shown, f"layout {name}: kredit_med_minus och rattelse_med_minus "
                        "kan inte båda vara true (ange hur exporten skriver ett minus)")
    return {"kredit_med_minus": "kredit", "rattelse_med_minus": "rattelse"}.get(
        next(iter(chosen), ""), "")


def neither_side(debet: pd.Series, kredit: pd.Series) -> pd.Series:
    """A row whose debet and kredit are both empty has no amount: missing, not 0."""
    return (debet.str.strip() == "") & (kredit.str.strip() == "")


def net_ore(debet: pd.Series, kredit: pd.Series, rule: str) -> pd.Series:
    """A row's belopp in öre: debet − kredit, or debet + kredit where credits are written
    negative (`kredit_med_minus`)."""
    return debet + kredit if rule == "kredit" else debet - kredit


def refuse_unclear_minus(cells: dict, ore: dict, headings: dict, rule: str, layout_name: str,
                         shown: str, first_line: int) -> None:
    """Refuse the first amount whose sign reads two ways under the layout's rule, by line
    and column: without a rule a negative Debet or Kredit; with `kredit_med_minus` a
    positive Kredit (a credit without its minus, or a red credit). Zero and empty pass."""
    if rule == "rattelse":
        return
    where = f"layouten {layout_name} i huvudbok_layouts.yaml"
    checks = [("kredit", ore["kredit"] > 0,
               "är positivt, men {where} har kredit_med_minus: true: är det en kredit utan "
               "minustecken, eller en rättelse (röd kredit)? Rätta raden, eller ta bort "
               "kredit_med_minus om exporten skriver krediter utan tecken")] \
        if rule == "kredit" else \
        [("debet", ore["debet"] < 0,
          "är negativt i debet: är raden en rättelse (röd debet)? Skriver exporten "
          "rättelser med minustecken, ange rattelse_med_minus: true i {where}; annars "
          "rätta raden"),
         ("kredit", ore["kredit"] < 0,
          "är negativt i kredit: visar exporten krediter med minustecken, eller är raden "
          "en rättelse (röd kredit)? Ange det i {where}: kredit_med_minus: true "
          "(krediter skrivs negativa) eller rattelse_med_minus: true (minus är en "
          "rättelse)")]
    found = [(bad.idxmax(), field, text) for field, bad, text in checks if bad.any()]
    if found:
        i, field, text = min(found, key=lambda hit: hit[0])
        raise DataError(shown, f'"{str(cells[field][i]).strip()}" ' + text.format(where=where),
                        line=int(i) + first_line, column=headings[field])
