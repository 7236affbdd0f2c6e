"""Render the application icon for the desktops: PNGs for the hicolor theme and a Windows .ico.

Run as `python render_icons.py ICON OUT_DIR` (a child process, so that the build itself never starts Qt).
Qt draws SVG with QtSvg; the .ico holds PNG images (read by Windows Vista and later), written here because
Qt's own ICO writer stores a single size only.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)  # hicolor sizes; the .ico takes all of them


def render(icon: Path, out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter

    app = QGuiApplication([sys.argv[0]])  # noqa: F841 (QPainter on QImage needs the GUI application)
    out.mkdir(parents=True, exist_ok=True)
    images: list[bytes] = []
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        if icon.suffix == ".svg":
            from PySide6.QtSvg import QSvgRenderer

            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            QSvgRenderer(str(icon)).render(painter, QRectF(0, 0, size, size))
            painter.end()
        else:
            source = QImage(str(icon))
            image = source.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.Smooth)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        png = bytes(data.data())
        (out / f"{size}.png").write_bytes(png)
        images.append(png)
    (out / "app.ico").write_bytes(ico(list(zip(PNG_SIZES, images, strict=True))))


def ico(images: list[tuple[int, bytes]]) -> bytes:
    """An ICO file of PNG entries: ICONDIR, one ICONDIRENTRY per image, then the PNG data."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images:
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


if __name__ == "__main__":
    render(Path(sys.argv[1]), Path(sys.argv[2]))
