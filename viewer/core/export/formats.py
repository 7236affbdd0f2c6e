"""The export formats by name: which one a file name asks for, and the text of each.

The command line and the viewer both export through here. The renderers load on first use,
so `compare` that prints the summary does not import the HTML report (and the reverse).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # the command line reads the format names before it has a comparison to load
    from collections.abc import Collection

    from viewer.core.comparison import Comparison

ExportFormat = Literal["text", "json", "csv", "html"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("text", "json", "csv", "html")
_EXTENSIONS: dict[str, ExportFormat] = {
    ".txt": "text",
    ".json": "json",
    ".csv": "csv",
    ".html": "html",
    ".htm": "html",
}


def output_extensions() -> list[str]:
    """The extensions a file written with `-o` may have, for the message that lists them."""
    return list(_EXTENSIONS)


def format_for_path(path: str) -> ExportFormat | None:
    """The format a file name's extension asks for ("rapport.HTML" -> "html"); None if it asks for none."""
    return _EXTENSIONS.get(os.path.splitext(path)[1].lower())


def render(comparison: Comparison, fmt: str, lang: str = "nl", reviewed: Collection[str] | None = None) -> str:
    """`comparison` as the text of export format `fmt`, in `lang` where the format has words (not JSON).

    `reviewed`, the keys of the fact pairs the clerk ticked off (review.py), adds that to the facts
    of the CSV and the HTML report; the summary and the contract's JSON have no place for it.

    Raises ValueError for a format not in EXPORT_FORMATS.
    """
    if fmt == "text":
        from viewer.core.export.summary import render_summary

        return render_summary(comparison, lang)
    if fmt == "json":
        from viewer.core.export.json_export import dumps

        return dumps(comparison)
    if fmt == "csv":
        from viewer.core.export.csv_export import render_csv

        return render_csv(comparison, lang, reviewed)
    if fmt == "html":
        from viewer.core.export.html_report import render_html

        return render_html(comparison, lang, reviewed)
    raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(EXPORT_FORMATS)}")
