"""What the frozen application leaves out: one place for the spec, the QtGui hook and the tests.

The app draws plain widgets (raster, no OpenGL, no QML) and must never reach a network, so the bundle keeps
the Qt libraries of QtCore, QtGui and QtWidgets (QtSvg only while the GUI has SVG icons) and the few plugins a
desktop needs. Everything here is a name or a pattern; the decisions are explained in the README (section Packaging).
"""

from __future__ import annotations

import re
from pathlib import Path

from appinfo import RESOURCES, ROOT

# PySide6 bindings the app does not import; excluding them also keeps their Qt libraries and plugins out.
QT_MODULES_EXCLUDED = [
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtAxContainer",
    "PySide6.QtBluetooth",
    "PySide6.QtCharts",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
    "PySide6.QtDataVisualization",
    "PySide6.QtDesigner",
    "PySide6.QtGraphs",
    "PySide6.QtGraphsWidgets",
    "PySide6.QtHelp",
    "PySide6.QtHttpServer",
    "PySide6.QtLabsStyleKit",
    "PySide6.QtLocation",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtNetworkAuth",
    "PySide6.QtNfc",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPositioning",
    "PySide6.QtQml",
    "PySide6.QtQmlFeatures",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtSensors",
    "PySide6.QtSerialBus",
    "PySide6.QtSerialPort",
    "PySide6.QtSpatialAudio",
    "PySide6.QtSql",
    "PySide6.QtStateMachine",
    "PySide6.QtSvgWidgets",
    "PySide6.QtTest",
    "PySide6.QtTextToSpeech",
    "PySide6.QtUiTools",
    "PySide6.QtWebChannel",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtWebView",
    "PySide6.QtXml",
]

# Standard-library and tooling modules nothing in the app needs at run time.
PYTHON_EXCLUDED = [
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "unittest",
    "doctest",
    "xmlrpc",
    "http.server",
    "ssl",
    "_ssl",
    "_hashlib",  # hashlib falls back to CPython's own digests; keeps OpenSSL's libcrypto (4.6 MB) out
    "ftplib",
    "imaplib",
    "poplib",
    "smtplib",
    "telnetlib",
    "nntplib",
    "distutils",
    "setuptools",
    "pkg_resources",
    "pip",
    "PyInstaller",
    "pytest",
    "hypothesis",
    "jsonschema",
    "IPython",
    "numpy",
    "PIL",
    "viewer.bench",
    # the GUI's workers are threads; multiprocessing comes in only through concurrent.futures' process pool,
    # and would bring a run-time hook that imports it (and sockets) at every start
    "multiprocessing",
    "concurrent.futures.process",
    # lxml parts nothing imports (the loaders use lxml.etree; python-docx too)
    "lxml.objectify",
    "lxml.html.diff",
    "lxml.html._difflib",
    "lxml.isoschematron",
]

# Qt plugins kept, as TYPE/NAME (file name without "lib" and extension, so one list serves .so and .dll).
# Platforms: X11, Wayland, Windows, and the two headless ones; no GTK theme, eglfs, VNC, TUIO (UDP), virtual keyboard
# (QtQuick), network information or TLS.
_PLUGINS_KEPT = [
    "platforms/qxcb",
    "platforms/qwayland",
    "platforms/qwindows",
    "platforms/qoffscreen",
    "platforms/qminimal",
    "platforminputcontexts/composeplatforminputcontextplugin",  # dead keys and Compose: ë, é
    "platforminputcontexts/ibusplatforminputcontextplugin",  # input methods (local D-Bus only)
    "wayland-shell-integration/xdg-shell",
    "wayland-decoration-client/bradient",
    "styles/qmodernwindowsstyle",  # the Windows 11 look
    "styles/qwindowsvistastyle",  # the same before Qt 6.7
    # printing to the office's printers through the system's CUPS (Windows prints without a plugin); without
    # CUPS on the machine the plugin does not load and the print dialog still writes PDF files
    "printsupport/cupsprintersupport",
]
_PLUGINS_KEPT_FOR_SVG = [
    "iconengines/qsvgicon",
    "imageformats/qsvg",
    "wayland-decoration-client/adwaita",  # GNOME-style title bar; needs QtSvg
]

# Qt translations kept: Qt's own strings in the two languages the app speaks.
TRANSLATIONS_KEPT = re.compile(r"^qt(base)?_(nl|en)\.qm$")

# Qt libraries that must never be in the bundle (network, QML, OpenGL, PDF viewer, web engine, 3D, multimedia).
QT_LIBS_FORBIDDEN = re.compile(r"^(lib)?Qt6(Network|Qml|Quick|OpenGL|Pdf|WebEngine|3D|Multimedia)\w*\.(so|dll)")


def gui_uses_svg(root: Path = ROOT) -> bool:
    """Keep QtSvg when the GUI ships or mentions SVG icons (checked from the sources, not guessed)."""
    icons = RESOURCES / "icons"
    if icons.is_dir() and any(icons.rglob("*.svg")):
        return True
    gui = root / "viewer" / "gui"
    return gui.is_dir() and any(
        ".svg" in text or "QtSvg" in text for text in (path.read_text(encoding="utf-8") for path in gui.rglob("*.py"))
    )


def plugins_kept(svg: bool) -> set[str]:
    return set(_PLUGINS_KEPT + (_PLUGINS_KEPT_FOR_SVG if svg else []))


def plugin_id(path: str) -> str | None:
    """TYPE/NAME of a plugin from its bundle path (.../plugins/platforms/libqxcb.so -> platforms/qxcb), else None."""
    parts = path.replace("\\", "/").split("/")
    if "plugins" not in parts[:-1]:
        return None
    folder = "/".join(parts[parts.index("plugins") + 1 : -1])
    name = re.sub(r"^lib|\.(so|dll|dylib)$", "", parts[-1])
    return f"{folder}/{name}"


def keep_plugin(dest_dir: str, filename: str, svg: bool) -> bool:
    """dest_dir is the bundle folder PyInstaller gives a binary, e.g. PySide6/Qt/plugins/platforms."""
    plugin = plugin_id(f"{dest_dir}/{filename}")
    return plugin is None or plugin in plugins_kept(svg)


def is_qt_translation(dest: str) -> bool:
    """Qt's catalogues: PySide6/Qt/translations (Linux) or PySide6/translations (Windows); not resources/."""
    dest = dest.replace("\\", "/")
    return dest.startswith("PySide6/") and "/translations/" in dest


# Libraries of the desktop itself: never bundled (they must match the running X/Wayland session, fonts and GL
# driver), so the .deb depends on their Debian 12 packages and install.sh checks them. soname -> package.
SYSTEM_LIBRARIES = {
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libpthread.so.0": "libc6",
    "libdl.so.2": "libc6",
    "librt.so.1": "libc6",
    "ld-linux-x86-64.so.2": "libc6",
    "ld-linux-aarch64.so.1": "libc6",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libcups.so.2": "libcups2",  # the printers are the system's: its CUPS client, never a bundled copy
}

# Pulled in only as dependencies of the libraries above (D-Bus, fontconfig, X11, GLib): dropped with them.
SYSTEM_LIBRARY_DEPENDENCIES = re.compile(
    r"^lib(systemd|gcrypt|gpg-error|lz4|cap|expat|png16|pcre2-8|Xau|Xdmcp|bsd|md|brotli(common|dec)"
    # CUPS's own: TLS, Kerberos, Avahi (dropped with it)
    r"|gnutls|nettle|hogweed|gmp|p11-kit|tasn1|idn2|unistring|avahi-c\w+|gssapi_krb5|krb5\w*|k5crypto"
    r"|com_err|keyutils)\.so"
)

# Bundled although Debian has them: the xcb-util family, which many desktops lack and without which Qt's X11
# plugin does not load (these are small and ABI-stable); build machines need their -dev-free runtime packages.
BUNDLED_SYSTEM_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def is_system_library(filename: str) -> bool:
    return filename in SYSTEM_LIBRARIES or bool(SYSTEM_LIBRARY_DEPENDENCIES.match(filename))
