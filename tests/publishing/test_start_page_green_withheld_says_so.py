"""With a failed check the start page withholds every green light ("nothing may look
right"); the status cell then says "ej bedömd (kontroller visar fel)" instead of
standing empty beside a figure that had a colour rule."""

from __future__ import annotations

from itvt_lib.areas import open_report
from itvt_lib.publishing import pages

MANIFEST = {"notebooks": [], "period": "2023-12", "started": "2024-03-06T09:00:00",
            "package_version": "test", "fingerprint": "test"}


def test_a_withheld_green_light_says_why(data_dir, params, tmp_path):
    path = data_dir / "projekttid_totaler.csv"
    text = path.read_bytes().decode("utf-8")
    assert "2023-12,3546," in text
    path.write_bytes(text.replace("2023-12,3546,", "2023-12,3646,").encode("utf-8"))
    period_params = params / "2023-12.yaml"   # the 2023 rate (yellow at 80 %) green at 50 %
    period_params.write_text(period_params.read_text(encoding="utf-8") + "\nstatus:\n"
                             "  svarsfrekvens: {green_at: 0.5, yellow_at: 0.4}\n",
                             encoding="utf-8")
    pages.write_start_page(open_report("2023-12", data_dir, params), MANIFEST, tmp_path)
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    row = page[page.index("Svarsfrekvens servicedesk (2023)</td>"):]
    result = row[:row.index("</tr>")].rsplit("<td>", 1)[1]
    expected = "ej bedömd (kontroller visar fel)</td>"
    assert result == expected
