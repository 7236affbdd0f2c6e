"""One translation function for the whole GUI.

The source strings are Dutch; English comes from resources/translations/briefvergelijker_en.ts.
pyside6-lupdate files a bare `tr("...")` call under the empty context, so that is the context
looked up here: `pyside6-lupdate viewer/gui/*.py -ts resources/translations/briefvergelijker_en.ts`
then `pyside6-lrelease` keeps the two in step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)
