"""Write the sample letter as a Word file and as a PDF: `python letters.py SAMPLE.txt OUT_DIR`.

Run in a child process by the packaging tests, so that the installed program can be shown every format
a clerk receives; Qt draws the PDF (offscreen), python-docx writes the Word file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main(sample: Path, out: Path) -> None:
    import docx

    text = sample.read_text(encoding="utf-8")
    document = docx.Document()
    for paragraph in text.split("\n\n"):
        document.add_paragraph(paragraph)
    document.save(str(out / "letter.docx"))

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication, QPdfWriter, QTextDocument

    app = QGuiApplication([sys.argv[0]])  # noqa: F841 (QTextDocument needs the application for fonts)
    page = QTextDocument()
    page.setPlainText(text)
    page.print_(QPdfWriter(str(out / "letter.pdf")))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
