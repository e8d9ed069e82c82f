"""Hostile data files (core/input_files.py, core/loading.py): an invisible
writing-direction control in a cell would reverse the figures after it on every page and
in the PDF ("11 093 tkr" shown as "rkt 390 11"), and a control character (a vertical tab
pasted from Word) stopped the run at the workbook, so both are bad input; a workbook whose
first sheet is hidden is read from a sheet the controller cannot see, so it is bad input;
an error names the line a multi-line record starts on, and stays one line when the value
it quotes holds a line break."""

from __future__ import annotations

import csv
import re

import openpyxl
import pytest
from table_workbook import table_as_xlsx

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


def _replace(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("name", ["U+202E", "U+202D", "U+2067", "U+200F"])
def test_a_writing_direction_control_in_a_cell_is_bad_input(data_dir, name):
    control = chr(int(name[2:], 16))
    _replace(data_dir / "kommuner.csv", "Vårgårda kommun", f"Vårgårda{control} kommun")
    with pytest.raises(DataError, match=rf"kommuner\.csv:3: namn: .*skrivriktning "
                                        rf"\({re.escape(name)}\)"):
        load_dataset(data_dir)


@pytest.mark.parametrize("name", ["U+000B", "U+001B", "U+007F"])
def test_a_control_character_in_a_cell_is_bad_input_not_a_failed_workbook(data_dir, name):
    """A vertical tab pasted from Word passed `check` and stopped `run` with a traceback
    when tabeller.xlsx was written (a workbook cannot hold it)."""
    control = chr(int(name[2:], 16))
    _replace(data_dir / "internkontroll.csv", "2023,1,Digitalisering,",
             f"2023,1,Digi{control}talisering,")
    with pytest.raises(DataError, match=rf"internkontroll\.csv:2: risk: .*styrtecknet "
                                        rf"{re.escape(name)}"):
        load_dataset(data_dir)


def test_tab_and_line_breaks_in_a_quoted_text_are_still_read(data_dir):
    _replace(data_dir / "internkontroll.csv", "2023,1,Digitalisering,",
             '2023,1,"Digi\ttali\r\nsering",')
    frame = load_dataset(data_dir).tables["internkontroll"]
    result = frame["risk"].iloc[0]
    assert result == "Digi\ttali\nsering"


def test_a_writing_direction_control_in_an_xlsx_cell_is_bad_input(data_dir):
    book = openpyxl.Workbook()
    with open(data_dir / "kommuner.csv", encoding="utf-8") as handle:
        for row in csv.reader(handle):
            book.active.append([c.replace("Vårgårda kommun", "\u202eVårgårda kommun")
                                for c in row])
    book.save(data_dir / "kommuner.xlsx")
    (data_dir / "kommuner.csv").unlink()
    with pytest.raises(DataError, match=r"kommuner\.xlsx:3: namn: .*skrivriktning \(U\+202E\)"):
        load_dataset(data_dir)


def _as_xlsx_with_hidden_first_sheet(data_dir, state):
    """kommunbidrag_kommun as a workbook: the first sheet (hidden) holds the file's rows, a
    visible second sheet the same rows with Herrljunga's 9 178 changed to 9 999."""
    def hide_first(sheet):
        shown = sheet.parent.create_sheet("aktuell")
        for row in sheet.iter_rows(values_only=True):
            shown.append([9999 if c == 9178 else c for c in row])
        sheet.sheet_state = state
        sheet.parent.active = 1

    table_as_xlsx(data_dir, hide_first)


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_workbook_whose_first_sheet_is_hidden_is_bad_input(data_dir, state):
    _as_xlsx_with_hidden_first_sheet(data_dir, state)
    with pytest.raises(DataError, match=r"kommunbidrag_kommun\.xlsx: det första bladet "
                                        r"\(Sheet\) är dolt"):
        load_dataset(data_dir)


def test_a_workbook_with_a_hidden_later_sheet_reads_its_visible_first_sheet(data_dir):
    _as_xlsx_with_hidden_first_sheet(data_dir, "visible")
    book = openpyxl.load_workbook(data_dir / "kommunbidrag_kommun.xlsx")
    book["aktuell"].sheet_state = "hidden"
    book.active = 0
    book.save(data_dir / "kommunbidrag_kommun.xlsx")
    frame = load_dataset(data_dir).tables["kommunbidrag_kommun"]
    result = sorted(frame["belopp"].dropna())
    assert 9178 in result and 9999 not in result


def test_an_error_names_the_line_a_multi_line_record_starts_on(data_dir):
    _replace(data_dir / "arsrapport_text.csv", "2023,handelser,2,1350 datorer har bytts ut",
             '2023,handelser,zz,"1350 datorer\n\n\nhar bytts ut')
    _replace(data_dir / "arsrapport_text.csv", "under höst och vintern.,",
             'under höst och vintern.",')
    with pytest.raises(DataError, match=r"arsrapport_text\.csv:5: ordning: \"zz\""):
        load_dataset(data_dir)


def test_a_quoted_value_with_a_line_break_stays_one_line(data_dir):
    _replace(data_dir / "vaxel.csv", ",Vårgårda,Telenor", ',"Vår\ngårda",Telenor')
    with pytest.raises(DataError, match=r'vaxel\.csv:4: kommun: "Vår\\ngårda" finns inte') \
            as info:
        load_dataset(data_dir)
    assert "\n" not in str(info.value)


def _as_xlsx(data_dir, name, fix):
    """Table `name` as a workbook (text cells as the CSV holds them), then `fix(sheet,
    header)` applied."""
    book = openpyxl.Workbook()
    with open(data_dir / f"{name}.csv", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    for row in rows:
        book.active.append(row)
    fix(book.active, rows[0])
    book.save(data_dir / f"{name}.xlsx")
    (data_dir / f"{name}.csv").unlink()


def _typed_as_percent(sheet, header):
    """What Excel stores when "2,2 %" is typed: 0.022 under a percent format."""
    j = header.index("procent") + 1
    for r in range(2, sheet.max_row + 1):
        cell = sheet.cell(r, j)
        if cell.value not in (None, ""):
            cell.value, cell.number_format = float(cell.value) / 100, "0.0%"


def test_a_number_typed_as_percent_in_excel_is_bad_input_not_a_hundredth(data_dir):
    """Sjukfrånvaro typed "2,2 %" was read as 0.022 % and published as "0,0 %"."""
    _as_xlsx(data_dir, "personal", _typed_as_percent)
    with pytest.raises(DataError, match=r"personal\.xlsx:2: procent: cellen visar 2,2 % men "
                                        r"lagrar 0,022"):
        load_dataset(data_dir)


def _over_a_day(sheet, header):
    """A duration over 24 hours under [h]:mm:ss (openpyxl gives a timedelta)."""
    j = header.index("samtalstid") + 1
    sheet.cell(3, j).value, sheet.cell(3, j).number_format = \
        __import__("datetime").timedelta(hours=25, seconds=3), "[h]:mm:ss"


def test_a_duration_over_a_day_in_excel_is_read_in_seconds(data_dir):
    _as_xlsx(data_dir, "vaxel", _over_a_day)
    frame = load_dataset(data_dir).tables["vaxel"]
    result = frame["samtalstid"].iloc[1]
    assert result == 25 * 3600 + 3


@pytest.mark.parametrize(("old", "new", "file", "line", "column", "error"), [
    ("2023,1,Digitalisering,", "2023,1,#REF!,", "internkontroll", 2, "risk", "#REF!"),
    ("2023,1,Digitalisering,", "2023,1, #N/A ,", "internkontroll", 2, "risk", "#N/A"),
    (",9178", ",#DIV/0!", "kommunbidrag_kommun", 4, "belopp", "#DIV/0!"),
])
def test_an_excel_error_value_is_bad_input_not_a_published_text(data_dir, old, new, file, line,
                                                                  column, error):
    """A risk named "#REF!" was published as the risk's name."""
    _replace(data_dir / f"{file}.csv", old, new)
    with pytest.raises(DataError, match=rf"{file}\.csv:{line}: {column}: cellen är Excels "
                                        rf"felvärde {re.escape(error)}"):
        load_dataset(data_dir)


def test_an_excel_error_cell_of_a_workbook_is_bad_input(data_dir):
    def error_cell(sheet, header):
        cell = sheet.cell(2, header.index("risk") + 1)
        cell.value, cell.data_type = "#N/A", "e"
    _as_xlsx(data_dir, "internkontroll", error_cell)
    with pytest.raises(DataError, match=r"internkontroll\.xlsx:2: risk: cellen är Excels "
                                        r"felvärde #N/A"):
        load_dataset(data_dir)


@pytest.mark.parametrize(("invisible", "shown"), [("\u200b", r"\\u200b"), ("\u00ad", r"\\u00ad"),
                                                  ("\ufeff", r"\\ufeff")])
def test_an_invisible_character_in_a_name_is_shown_in_the_message(data_dir, invisible, shown):
    """`"Vårgårda​" finns inte i kommuner` looked like a name that is there."""
    _replace(data_dir / "vaxel.csv", ",Vårgårda,Telenor", f",Vårgårda{invisible},Telenor")
    with pytest.raises(DataError, match=rf'vaxel\.csv:4: kommun: "Vårgårda{shown}" finns inte'):
        load_dataset(data_dir)


def test_a_twin_whose_name_differs_only_in_case_is_bad_input_naming_both(data_dir):
    """`Kommunbidrag_kommun.csv` saved beside `kommunbidrag_kommun.csv`: her edits were in
    the file itvt did not read."""
    text = (data_dir / "kommunbidrag_kommun.csv").read_text(encoding="utf-8")
    (data_dir / "Kommunbidrag_kommun.csv").write_text(text.replace("9178", "9999"),
                                                      encoding="utf-8")
    with pytest.raises(DataError, match=r"både \S*kommunbidrag_kommun\.csv och "
                                        r"\S*Kommunbidrag_kommun\.csv finns"):
        load_dataset(data_dir)


def test_an_empty_table_folder_says_it_is_empty(data_dir):
    for path in (data_dir / "projekttid").iterdir():
        path.unlink()
    with pytest.raises(DataError, match=r"data/projekttid: mappen har ingen \.csv- eller "
                                        r"\.xlsx-fil$"):
        load_dataset(data_dir)


def test_a_bound_in_a_message_is_written_out_not_in_exponent_form(data_dir):
    """"1e+12 är större än det största tillåtna, 1e+09" is not how a controller reads it."""
    _replace(data_dir / "kommunbidrag_kommun.csv", ",9178", ",1000000000000")
    with pytest.raises(DataError, match=r"kommunbidrag_kommun\.csv:4: belopp: 1000000000000 är "
                                        r"större än det största tillåtna, 1000000000$"):
        load_dataset(data_dir)
