"""bokslut_totaler.csv: the annual report's totals per kommun are read for nettokostnad
and resultat only; a row of another post with a kommun (a kommunbidrag or summa_intakter
per kommun) would be read into nothing, never shown or checked, so it is bad input naming
file, line and column."""

from __future__ import annotations

import pytest

from itvt_lib import areas
from itvt_lib.core.errors import DataError


@pytest.mark.parametrize("post", ["kommunbidrag", "summa_intakter", "summa_kostnader",
                                  "nettokostnad_gemensamma"])
def test_a_post_not_read_per_kommun_is_bad_input(data_dir, post):
    with (data_dir / "bokslut_totaler.csv").open("a", encoding="utf-8") as out:
        out.write(f"2023,{post},Herrljunga,12480\n")
    with pytest.raises(DataError, match=f"{post} per kommun läses inte") as err:
        areas.load_dataset(data_dir)
    assert "bokslut_totaler.csv:28" in str(err.value)
    assert "kommun" in str(err.value)


@pytest.mark.parametrize("post", ["nettokostnad", "resultat"])
def test_the_posts_read_per_kommun_are_accepted(data_dir, post):
    path = data_dir / "bokslut_totaler.csv"
    with path.open("a", encoding="utf-8") as out:
        out.write(f"2022,{post},Vårgårda,1\n" if post == "resultat" else "")
    result = areas.load_dataset(data_dir)["bokslut_totaler"]
    assert (result["post"] == post).any()
