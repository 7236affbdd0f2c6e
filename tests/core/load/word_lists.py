"""Word files whose list items and headings Word numbers itself, for the loader's tests.

python-docx writes the paragraphs, their styles and their w:numPr; it cannot write the list
definitions, so numbering.xml is written by hand here and put in the saved package, as Word has it:
abstractNum (the levels: numFmt, lvlText, start, the bullet's font) and num (a list, with its overrides).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import quoteattr

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def level(
    ilvl: int,
    fmt: str,
    text: str,
    *,
    start: int = 1,
    font: str | None = None,
    style: str | None = None,
    restart: int | None = None,
) -> str:
    """A w:lvl: numFmt ("lowerLetter", "bullet", ...), lvlText ("%1.", "•"), the font of a bullet."""
    parts = [f'<w:start w:val="{start}"/>', f'<w:numFmt w:val="{fmt}"/>']
    if restart is not None:
        parts.append(f'<w:lvlRestart w:val="{restart}"/>')
    if style is not None:
        parts.append(f'<w:pStyle w:val="{style}"/>')
    parts.append(f"<w:lvlText w:val={quoteattr(text)}/>")
    parts.append(f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{360 * (ilvl + 1)}" w:hanging="360"/></w:pPr>')
    if font is not None:
        parts.append(f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>')
    return f'<w:lvl w:ilvl="{ilvl}">{"".join(parts)}</w:lvl>'


def abstract(abstract_id: int, *levels: str, style_link: str | None = None, num_style_link: str | None = None) -> str:
    """A w:abstractNum of `levels`; one that defines a list style (`style_link`), or one that takes
    its levels from a list style (`num_style_link`), as Word writes a list style's lists."""
    links = f'<w:styleLink w:val="{style_link}"/>' if style_link else ""
    links += f'<w:numStyleLink w:val="{num_style_link}"/>' if num_style_link else ""
    return (
        f'<w:abstractNum w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="hybridMultilevel"/>'
        f"{links}{''.join(levels)}</w:abstractNum>"
    )


def num(num_id: int, abstract_id: int, *, start_override: dict[int, int] | None = None) -> str:
    """A w:num over an abstractNum; `start_override` (level: start) starts those levels anew."""
    overrides = "".join(
        f'<w:lvlOverride w:ilvl="{n}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
        for n, start in (start_override or {}).items()
    )
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'


@dataclass(frozen=True)
class Para:
    """A paragraph: its text, its style's name and the list (numId) and level it has itself."""

    text: str
    style: str | None = None
    num: int | None = None
    ilvl: int | None = None


def render_word_lists(
    path: Path,
    paragraphs: list[Para],
    definitions: list[str],
    *,
    style_numbering: dict[str, tuple[int, int | None]] | None = None,
    list_styles: tuple[str, ...] = (),
) -> Path:
    """A .docx of `paragraphs` whose numbering.xml holds `definitions` (abstractNum elements, then num
    elements); `style_numbering` numbers a style itself (its name: numId, ilvl), as a ministry's
    template numbers its heading styles; `list_styles` are list styles to add first."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    word = docx.Document()
    for name in list_styles:
        word.styles.add_style(name, WD_STYLE_TYPE.LIST)
    for name, (num_id, ilvl) in (style_numbering or {}).items():
        num_pr = word.styles[name].element.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_numId().val = num_id
        if ilvl is not None:
            num_pr.get_or_add_ilvl().val = ilvl
    for para in paragraphs:
        paragraph = word.add_paragraph(para.text, style=para.style)
        if para.num is not None or para.ilvl is not None:
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            if para.ilvl is not None:
                num_pr.get_or_add_ilvl().val = para.ilvl
            if para.num is not None:
                num_pr.get_or_add_numId().val = para.num
    word.save(str(path))
    numbering = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{_W}">'
    numbering += "".join(definitions) + "</w:numbering>"
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["word/numbering.xml"] = numbering.encode()  # python-docx's template has the part: replace it
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path
