"""Workbooks for a person: the shared look of every sheet Desk exports.

Each export builds its sheets with these helpers, so all of them read alike:
a title block, a bold header row that stays frozen, filters, number formats
(money in the hotel's currency, percentages, dates), widths that fit the
content (CJK characters count double), A4 landscape fitted to the page width
with the header rows repeated, and the file written atomically. Totals and
ratios are Excel formulas over the cells, so the reader can audit them.

openpyxl is imported here, and this module only when something is exported:
it costs start-up time the window does not need.
"""

from __future__ import annotations

import os
import tempfile
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.header_footer import HeaderFooterItem
from openpyxl.worksheet.header_footer import _HeaderFooterPart as _HeaderPart
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

PERCENT = "0.0%"
DATE = "yyyy-mm-dd"
DATETIME = "yyyy-mm-dd hh:mm"
INTEGER = "#,##0"
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
TOTAL_BORDER = Border(top=Side(style="thin"))
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
CURRENCY_SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "HKD": "HK$"}


def money_format(currency: str) -> str:
    """Two decimals with the hotel's currency; negatives with a minus sign."""
    symbol = CURRENCY_SYMBOLS.get(currency)
    # "_)" leaves a blank the width of ")" after the figure, so text in the next column does not touch it.
    if symbol:
        return f'"{symbol}"#,##0.00_);-"{symbol}"#,##0.00_)'
    return f'#,##0.00 "{currency}"_);-#,##0.00 "{currency}"_)'


def new_workbook() -> Workbook:
    """A workbook without openpyxl's default empty sheet."""
    book = Workbook()
    default = book.active
    if default is not None:
        book.remove(default)
    return book


def sheet_name(text: str) -> str:
    """A valid sheet title: Excel refuses []:*?/\\ and more than 31 characters."""
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in text).strip(" '")
    return cleaned[:31] or "Sheet"


def reference(sheet: Worksheet | str, cells: str) -> str:
    """``'Sheet name'!A1:B2`` for a formula (always quoted: valid for any name)."""
    title = sheet if isinstance(sheet, str) else sheet.title
    return "'" + title.replace("'", "''") + "'!" + cells


def formula_text(text: str) -> str:
    """A string literal inside a formula."""
    return '"' + text.replace('"', '""') + '"'


def cell_value(value: Any) -> Any:
    """What openpyxl stores: Decimal as a number, aware times as the hotel's wall time given."""
    if isinstance(value, Decimal):
        return float(value) if value != value.to_integral_value() else int(value)
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)
    return value


def display_width(value: Any) -> int:
    text = value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else str(value)
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def title_block(sheet: Worksheet, title: str, lines: Sequence[tuple[str, Any]] = ()) -> int:
    """The sheet's title and label/value lines under it; returns the next free row."""
    sheet.cell(row=1, column=1, value=title).font = TITLE
    row = 2
    for label, value in lines:
        sheet.cell(row=row, column=1, value=label).font = BOLD
        cell = sheet.cell(row=row, column=2, value=cell_value(value))
        if isinstance(value, date) and not isinstance(value, datetime):
            cell.number_format = DATE
        elif isinstance(value, datetime):
            cell.number_format = DATETIME
        cell.alignment = Alignment(horizontal="left")
        row += 1
    return row + 1


@dataclass(frozen=True, slots=True)
class Table:
    """Where a written table sits, to build formulas over its columns."""

    header_row: int
    first_row: int  # the first data row
    last_row: int  # the last data row (header_row when there is none)
    columns: int

    def column(self, index: int) -> str:
        """Column letter of the table's ``index``-th column (0-based)."""
        return get_column_letter(index + 1)

    def range(self, index: int) -> str:
        """``C5:C40``: a data column, for SUM and friends (an empty table gives the header cell)."""
        letter = self.column(index)
        return f"{letter}{self.first_row}:{letter}{max(self.last_row, self.first_row)}"


def write_table(sheet: Worksheet, row: int, headers: Sequence[str], rows: Iterable[Sequence[Any]],
                formats: Sequence[str | None] = (), *, freeze: bool = True, filters: bool = True,
                alignments: Sequence[Alignment | None] = ()) -> Table:
    """A header row at ``row`` and the data under it, formatted (and aligned,
    per column, when asked); frozen and filtered when asked (one table per
    sheet can have the filter)."""
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(row=row, column=column, value=header)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    last = row
    columns = max(len(headers), len(formats), len(alignments))
    specs = [(formats[i] if i < len(formats) else None, alignments[i] if i < len(alignments) else None)
             for i in range(columns)]
    # A style is set once per column and format, then copied: openpyxl looks each one up again otherwise,
    # which costs more than writing the cell.
    styles: dict[tuple[int, str], StyleArray] = {}
    for last, values in enumerate(rows, start=row + 1):
        for column, value in enumerate(values, start=1):
            if value is None or value == "":  # an empty cell is left out, not written
                continue
            cell = sheet.cell(row=last, column=column, value=cell_value(value))
            fmt, alignment = specs[column - 1] if column <= columns else (None, None)
            if not fmt and isinstance(value, date):
                fmt = DATETIME if isinstance(value, datetime) else DATE
            if fmt or alignment:
                template = styles.get((column, fmt or ""))
                if template is None:
                    if fmt:
                        cell.number_format = fmt
                    if alignment:
                        cell.alignment = alignment
                    styles[(column, fmt or "")] = StyleArray(cell._style)
                else:
                    cell._style = StyleArray(template)
    table = Table(row, row + 1, last, len(headers))
    if freeze:
        sheet.freeze_panes = f"A{row + 1}"
        sheet.print_title_rows = f"{row}:{row}"
    if filters and headers:
        sheet.auto_filter.ref = f"A{row}:{get_column_letter(len(headers))}{max(last, row)}"
    return table


def total_row(sheet: Worksheet, table: Table, label: str, sum_columns: Sequence[int],
              formats: Sequence[str | None] = ()) -> int:
    """A bold row under ``table`` with SUM formulas over ``sum_columns``; returns its row."""
    row = table.last_row + 1
    sheet.cell(row=row, column=1, value=label).font = BOLD
    for index in sum_columns:
        cell = sheet.cell(row=row, column=index + 1, value=f"=SUM({table.range(index)})")
        cell.font = BOLD
        fmt = formats[index] if index < len(formats) else None
        if fmt:
            cell.number_format = fmt
    for column in range(1, table.columns + 1):
        sheet.cell(row=row, column=column).border = TOTAL_BORDER
    return row


def fit_columns(sheet: Worksheet, *, minimum: int = 8, maximum: int = 60, title_rows: int = 0,
                wrap_rows: Collection[int] = ()) -> None:
    """Column widths from the longest value (a formula counts as a number).

    In the first ``title_rows`` rows (a title block) only the labels of the
    first column count: the title and the values' text may run on across the
    empty cells beside them. Text in ``wrap_rows`` (headers that wrap) needs
    only its longest word, or half its length.
    """
    widths: dict[int, int] = {}
    # The cells written, without iter_rows: it would create (and save) a cell for every gap.
    for (row, column), cell in sheet._cells.items():
        value = cell.value
        if value is None:
            continue
        if row <= title_rows and isinstance(value, str) and (column > 1 or row == 1):
            continue
        if row in wrap_rows and isinstance(value, str):
            width = max([(display_width(value) + 1) // 2, *(display_width(word) for word in value.split())])
        elif isinstance(value, str) and value.startswith("="):
            width = 12
        elif isinstance(value, int | float):
            width = len(f"{value:,.2f}") + 4
        elif isinstance(value, str) and "\n" not in value:
            width = display_width(value)
        else:
            width = max(display_width(part) for part in str(value).splitlines() or [""]) \
                if not isinstance(value, datetime | date) else display_width(value)
        if width > widths.get(column, 0):
            widths[column] = width
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = max(minimum, min(maximum, width + 2))
    for row_number in wrap_rows:  # a spreadsheet does not grow a wrapped row by itself: say how high it is
        lines = 1
        for cell in sheet[row_number]:
            if isinstance(cell.value, str) and cell.value:
                column_width = sheet.column_dimensions[get_column_letter(cell.column)].width or minimum
                lines = max(lines, _lines(cell.value, int(column_width) - 1))
        if lines > 1:
            sheet.row_dimensions[row_number].height = 15 * lines


def _lines(text: str, width: int) -> int:
    """How many lines ``text`` takes wrapped at ``width`` characters (whole words)."""
    lines, used = 1, 0
    for word in text.split():
        size = display_width(word)
        if used and used + 1 + size > width:
            lines, used = lines + 1, size
        else:
            used += size + (1 if used else 0)
    return lines


def print_setup(sheet: Worksheet, header: str) -> None:
    """A4 landscape, fitted to the page width, header text and page numbers."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.oddHeader = HeaderFooterItem(center=_HeaderPart(text=header))
    sheet.oddFooter = HeaderFooterItem(center=_HeaderPart(text="&P / &N"))


def finish(sheet: Worksheet, header: str, *, title_rows: int = 0, wrap_rows: Collection[int] = ()) -> None:
    """Widths and print setup: the last step for every sheet (``title_rows``
    and ``wrap_rows``: see fit_columns)."""
    fit_columns(sheet, title_rows=title_rows, wrap_rows=wrap_rows)
    print_setup(sheet, header)


def save(book: Workbook, path: Path) -> Path:
    """Write atomically: a half-written workbook never sits under the real name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".desk-", suffix=".xlsx", dir=path.parent)
    os.close(handle)
    try:
        book.save(temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
