"""CSV files for spreadsheet programs, safe to open whatever people typed into them.

A cell that starts with = + - or @ (or a tab or carriage return before one) is a formula
to Excel, LibreOffice and Google Sheets: a name such as ``=HYPERLINK("https://…")``
could send data elsewhere from the tutor's or editor's computer. Such cells are written
with a leading apostrophe, which spreadsheets show as plain text (OWASP "CSV Injection").
"""

import csv
from typing import Any

from django.http import HttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """The value, prefixed with ' when a spreadsheet would read it as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value


class SpreadsheetWriter:
    """``csv.writer`` whose rows are made safe for spreadsheets, cell by cell."""

    def __init__(self, file):
        self.writer = csv.writer(file)

    def writerow(self, row) -> None:
        self.writer.writerow([spreadsheet_safe(value) for value in row])


def csv_download(filename: str) -> tuple[HttpResponse, SpreadsheetWriter]:
    """An attachment response in UTF-8 with a byte-order mark, and a safe writer into it."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # so spreadsheet programs read the accents right
    return response, SpreadsheetWriter(response)


def admin_exports_protect() -> None:
    """Run Wagtail's own CSV exports (reports such as the site history, which shows
    people's names) through ``spreadsheet_safe`` too. Its Excel exports already keep
    formulas as text; its CSV exports write cells as they are."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    preprocess = SpreadsheetExportMixin.preprocess_field_value

    def preprocess_safely(self, field, value, export_format):
        value = preprocess(self, field, value, export_format)
        return spreadsheet_safe(value) if export_format == self.FORMAT_CSV else value

    SpreadsheetExportMixin.preprocess_field_value = preprocess_safely
