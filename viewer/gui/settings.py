"""What the window remembers between sessions, kept by QSettings (which writes its file atomically).

An INI file in the user's settings folder, never the registry: on locked-down desktops a file
is easier to inspect and to reset. Tests point QSettings.setPath at a temporary folder.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Tweede Kamer"
APPLICATION = "Briefvergelijker"
RECENT_LIMIT = 8
LANGUAGES = ("nl", "en")


def _as_bool(value: object, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).lower() in ("true", "1", "yes")


class Settings:
    def __init__(self, store: QSettings | None = None, marks_from: str | None = None) -> None:
        """`marks_from`: read the review marks from this folder and never write them (a print from
        the command line, whose scratch settings must not hide the clerk's marks)."""
        self.store = store or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        )
        self.marks_from = marks_from

    @property
    def marks_read_only(self) -> bool:
        return self.marks_from is not None

    # -- recent comparisons --------------------------------------------------------------
    def recent(self) -> list[tuple[str, str]]:
        value = self.store.value("recent", [])
        items = value if isinstance(value, list) else [value] if value else []
        pairs = []
        for item in items:
            old, sep, new = str(item).partition("\n")
            if sep and old and new:
                pairs.append((old, new))
        return pairs

    def add_recent(self, old: str, new: str) -> None:
        pair = (os.path.abspath(old), os.path.abspath(new))
        pairs = [pair, *(p for p in self.recent() if p != pair)][:RECENT_LIMIT]
        self.store.setValue("recent", [f"{o}\n{n}" for o, n in pairs])

    def clear_recent(self) -> None:
        self.store.remove("recent")

    # -- simple values -------------------------------------------------------------------
    def language(self) -> str:
        value = str(self.store.value("language", "nl"))
        return value if value in LANGUAGES else "nl"

    def set_language(self, language: str) -> None:
        self.store.setValue("language", language)

    def sync_scrolling(self) -> bool:
        return _as_bool(self.store.value("view/syncScrolling"), True)

    def set_sync_scrolling(self, on: bool) -> None:
        self.store.setValue("view/syncScrolling", on)

    def dark(self) -> bool:
        return _as_bool(self.store.value("view/dark"), False)

    def set_dark(self, on: bool) -> None:
        self.store.setValue("view/dark", on)

    def zoom(self) -> int:
        try:
            return int(self.store.value("view/zoom", 0))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return 0

    def set_zoom(self, steps: int) -> None:
        self.store.setValue("view/zoom", steps)

    def export_folder(self) -> str:
        return str(self.store.value("export/folder", "") or "")

    def set_export_folder(self, folder: str) -> None:
        self.store.setValue("export/folder", folder)

    def export_format(self) -> str:
        return str(self.store.value("export/format", "") or "")

    def set_export_format(self, fmt: str) -> None:
        self.store.setValue("export/format", fmt)

    def review_folder(self) -> str:
        """Where the review marks live: beside the settings file, so resetting one finds the other."""
        if self.marks_from is not None:
            return self.marks_from
        return os.path.join(os.path.dirname(os.path.abspath(self.store.fileName())), f"{APPLICATION}-nagekeken")

    # -- window layout -------------------------------------------------------------------
    def bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(f"window/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self.store.setValue(f"window/{key}", value)

    def sync(self) -> None:
        self.store.sync()
