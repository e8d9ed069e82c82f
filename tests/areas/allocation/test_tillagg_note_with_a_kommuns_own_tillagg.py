"""Page 02's footnote 2) on a joint tillägg not taken by the key: when a kommun's own
kostnadsställen also carry a tillägg (a service bought by Herrljunga alone, +300), its
kommunbidrag changes by both; the note names the own part instead of presenting +300 as
how the joint −24 tkr was taken."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib import areas
from itvt_lib.areas import allocation

FOUND = pd.DataFrame({"kommun": ["Herrljunga", "Vårgårda"], "taken": [300.0, -24.0],
                      "by_key": [290.0, -14.0]})


@pytest.mark.parametrize(("own", "expected"), [
    (pd.Series({"Herrljunga": 300.0, "Vårgårda": 0.0}),
     "2) Tillägget 2024 på −24 tkr gäller gemensamma kostnader (IT Gemensamt), som fördelas "
     "efter befolkningsandel, men kommunbidraget ändras så här: Herrljunga 300, Vårgårda "
     "−24 tkr, där kommunens egna kostnadsställen har tillägg på Herrljunga 300 tkr. Efter "
     "nyckeln och de egna kostnadsställenas tillägg hade det blivit Herrljunga 290, "
     "Vårgårda −14 tkr."),
    (pd.Series({"Herrljunga": 300.0, "Vårgårda": -10.0}),
     "2) Tillägget 2024 på −24 tkr gäller gemensamma kostnader (IT Gemensamt), som fördelas "
     "efter befolkningsandel, men kommunbidraget ändras så här: Herrljunga 300, Vårgårda "
     "−24 tkr, där kommunernas egna kostnadsställen har tillägg på Herrljunga 300 och "
     "Vårgårda −10 tkr. Efter nyckeln och de egna kostnadsställenas tillägg hade det blivit "
     "Herrljunga 290, Vårgårda −14 tkr."),
    (pd.Series({"Herrljunga": 0.0, "Vårgårda": 0.0}),
     "2) Tillägget 2024 på −24 tkr gäller gemensamma kostnader (IT Gemensamt), som fördelas "
     "efter befolkningsandel, men det tas från kommunbidraget så här: Herrljunga 300, "
     "Vårgårda −24 tkr. Efter nyckeln hade det blivit Herrljunga 290, Vårgårda −14 tkr."),
])
def test_tillagg_note_names_a_kommuns_own_tillagg(own, expected):
    result = allocation.tillagg_note(FOUND, -24.0, ["IT Gemensamt"], 2024, own=own)
    assert result == expected


def _replace(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_page_02_note_with_a_service_bought_by_one_kommun(data_dir, params):
    _replace(data_dir / "kommunbidrag_kommun.csv", "2024,,tillagg,Herrljunga,-",
             "2024,,tillagg,Herrljunga,300")
    _replace(data_dir / "kostnadsstalle_netto.csv", "2024,,tillagg,Kommunspecifikt Herrljunga,-",
             "2024,,tillagg,Kommunspecifikt Herrljunga,300")
    ctx = areas.open_report("2024-02", data_dir, params)
    result = allocation.tillagg_note_for(ctx)
    assert "där kommunens egna kostnadsställen har tillägg på Herrljunga 300 tkr" in result
    assert "det tas från kommunbidraget så här" not in result
