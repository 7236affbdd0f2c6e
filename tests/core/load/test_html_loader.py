"""The HTML loader: the real letter as a platform page with site chrome, hand-written pages in the
platform's shapes, and pages that try to reach files or the network."""

from __future__ import annotations

import datetime as dt
import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from viewer.core.document import Document
from viewer.core.errors import LoadError
from viewer.core.load import load_document

from render import CHROME_WORDS, render_html, structure

DATA = Path(__file__).resolve().parents[2] / "data"


def load_html_text(tmp_path: Path, page: str, name: str = "brief.html", encoding: str = "utf-8") -> Document:
    path = tmp_path / name
    path.write_bytes(page.encode(encoding))
    return load_document(path)


def outline(doc: Document) -> list[tuple[int, str]]:
    return [(s.level, s.heading) for s in doc.sections]


def paragraphs(doc: Document) -> list[str]:
    return [p.text for s in doc.sections for p in s.paragraphs]


# --- the real letter as a platform page ----------------------------------------------------------


@pytest.fixture(scope="module")
def html_path(tmp_path_factory: pytest.TempPathFactory, sample_doc: Document) -> Path:
    path = tmp_path_factory.mktemp("html") / "kst-27925-597.html"
    path.write_bytes(render_html(sample_doc))
    return path


@pytest.fixture(scope="module")
def html_doc(html_path: Path) -> Document:
    return load_document(html_path)


def test_rendering_has_the_platform_shape(html_path: Path) -> None:
    page = html_path.read_text(encoding="utf-8")
    for marker in (
        '<div id="broodtekst"',
        "<h2>Essentie</h2>",
        "<h3>Irak</h3>",
        "<h4>Voortgang training Peshmerga</h4>",
        '<nav class="navigation"',
        '<form class="search-form"',
        "<footer",
        '<ol start="1">',
    ):
        assert marker in page


def test_same_sections_and_paragraphs_as_the_text(html_doc: Document, sample_doc: Document) -> None:
    assert html_doc.meta.format == "html"
    assert structure(html_doc) == structure(sample_doc)
    assert html_doc.text == sample_doc.text


def test_same_metadata_as_the_text(html_doc: Document, sample_doc: Document) -> None:
    for field in ("title", "dossier", "number", "date"):
        assert getattr(html_doc.meta, field) == getattr(sample_doc.meta, field), field


def test_site_chrome_scripts_and_comments_are_not_letter_text(html_doc: Document, sample_doc: Document) -> None:
    for word in CHROME_WORDS:
        assert word not in sample_doc.text, word  # else this check would prove nothing
        assert word not in html_doc.text, word


def test_ordered_list_items_are_numbered_like_the_text(html_doc: Document) -> None:
    samenhang = next(s for s in html_doc.sections if s.heading == "Samenhang")
    numbered = [p.text[:3] for p in samenhang.paragraphs if p.text[:1].isdigit()]
    assert numbered == ["1) ", "2) ", "3) ", "4) ", "5) "]


def test_load_time_of_the_rendering(html_path: Path) -> None:
    times = []
    for _ in range(5):
        start = time.perf_counter()
        load_document(html_path)
        times.append(time.perf_counter() - start)
    assert sorted(times)[2] < 0.5  # measured ~3 ms


# --- hand-written pages in the platform's shapes -------------------------------------------------


@pytest.fixture(scope="module")
def fragment() -> Document:
    return load_document(DATA / "html" / "handgeschreven-voortgangsbrief.html")


def test_page_and_xml_of_one_letter_give_the_same_document(fragment: Document) -> None:
    xml = load_document(DATA / "xml" / "handgeschreven-voortgangsbrief.xml")
    assert structure(fragment) == structure(xml)
    assert fragment.text == xml.text
    for field in ("title", "dossier", "number", "date"):
        assert getattr(fragment.meta, field) == getattr(xml.meta, field), field


def test_fragment_metadata_from_printed_elements(fragment: Document) -> None:
    meta = fragment.meta
    assert (meta.dossier, meta.number) == ("27 925", "607")
    assert meta.title == "BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE"
    assert meta.date == dt.date(2017, 4, 4)


def test_class_marked_heading_sits_below_the_h_heading_before_it(fragment: Document) -> None:
    assert [(s.level, s.path) for s in fragment.sections] == [
        (0, ("",)),
        (1, ("1. Politieke ontwikkelingen",)),
        (2, ("1. Politieke ontwikkelingen", "Irak")),
        (2, ("1. Politieke ontwikkelingen", "1.1 Syrië")),
        (1, ("2. Militaire bijdrage",)),
    ]


def test_footnote_marker_leaves_the_sentence_and_the_note_follows(fragment: Document) -> None:
    texts = paragraphs(fragment)
    i = next(n for n, t in enumerate(texts) if t.startswith("Met deze brief"))
    assert texts[i].endswith("strijd tegen ISIS in de periode tot en met maart 2017.")
    assert texts[i + 1] == "Noot 1: Kamerstuk 27 925, nr. 597."
    assert texts.count("Noot 1: Kamerstuk 27 925, nr. 597.") == 1  # not repeated at the page's end
    assert "X Noot" not in fragment.text


def test_fragment_chrome_is_gone(fragment: Document) -> None:
    for word in ("Naar de inhoud", "Startpagina", "Zoekresultaten", "Volgcode", "Toegankelijkheid", "Kaart"):
        assert word not in fragment.text


def page(body: str, head: str = "") -> str:
    return f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


def test_heading_ranks_present_map_to_levels(tmp_path: Path) -> None:
    doc = load_html_text(
        tmp_path,
        page("<h3>Essentie</h3><p>a.</p><h5>Onder</h5><p>b.</p><h3>Mandaat</h3><p>c.</p>"),
    )
    assert outline(doc) == [(1, "Essentie"), (2, "Onder"), (1, "Mandaat")]


def test_empty_headings_do_not_shift_levels(tmp_path: Path) -> None:
    doc = load_html_text(tmp_path, page("<h1> </h1><h2>Essentie</h2><p>a.</p><h3>Irak</h3><p>b.</p>"))
    assert outline(doc) == [(1, "Essentie"), (2, "Irak")]


def test_tussenkop_classes_rank_like_kopopmaak(tmp_path: Path) -> None:
    # Inference would make "Essentie" top-level; the classes say it is italic under a bold heading.
    doc = load_html_text(
        tmp_path,
        page(
            '<div id="broodtekst"><p class="tussenkop vet">Inleiding</p><p>a.</p>'
            '<p class="tussenkop_cur">Essentie</p><p>b.</p>'
            '<p class="tussenkop"><strong><em>Tussenstap</em></strong></p><p>c.</p></div>'
        ),
    )
    assert outline(doc) == [(1, "Inleiding"), (3, "Essentie"), (2, "Tussenstap")]


def test_bold_paragraph_reading_like_a_heading_is_one(tmp_path: Path) -> None:
    doc = load_html_text(
        tmp_path,
        page(
            "<p><strong>Militaire aspecten</strong></p><p>a.</p><p><em>Haalbaarheid</em></p><p>b.</p>"
            "<p><strong>Dit is een hele zin in vet.</strong></p>"
        ),
    )
    assert outline(doc) == [(1, "Militaire aspecten"), (2, "Haalbaarheid")]
    assert paragraphs(doc)[-1] == "Dit is een hele zin in vet."


def test_lists(tmp_path: Path) -> None:
    doc = load_html_text(
        tmp_path,
        page(
            '<ol start="3"><li>derde;</li><li><p>vierde,</p><p>vervolg;</p>'
            '<ul><li>genest</li></ul></li></ol><ol type="a"><li>letter</li></ol>'
            "<ul><li>los punt</li></ul><ol><li>1. al genummerd</li></ol>"
        ),
    )
    assert paragraphs(doc) == ["3) derde;", "4) vierde, vervolg;", "genest", "a) letter", "los punt", "1. al genummerd"]


def test_roman_numbered_list(tmp_path: Path) -> None:
    doc = load_html_text(
        tmp_path, page('<ol type="i" start="3"><li>drie</li><li>vier</li></ol><ol type="I"><li>een</li></ol>')
    )
    assert paragraphs(doc) == ["iii) drie", "iv) vier", "I) een"]


def test_tables_row_wise(tmp_path: Path) -> None:
    doc = load_html_text(
        tmp_path,
        page(
            "<table><caption>Kosten</caption><tr><th>Post</th><th>Bedrag</th></tr>"
            "<tr><td>Trainers</td><td>€ 10,3 miljoen</td></tr><tr><td></td><td></td></tr>"
            "<tr><td><p>Twee</p><p>alinea's</p></td><td>26,5 miljoen euro</td></tr></table>"
        ),
    )
    assert paragraphs(doc) == [
        "Kosten",
        "Post | Bedrag",
        "Trainers | € 10,3 miljoen",
        "Twee alinea's | 26,5 miljoen euro",
    ]


def test_main_is_used_when_there_is_no_broodtekst(tmp_path: Path) -> None:
    doc = load_html_text(
        tmp_path,
        page(
            "<div class='top'>Welkom op onze site</div><main><p>Den Haag, 9 september 2016</p><p>Brieftekst.</p></main>"
        ),
    )
    assert paragraphs(doc) == ["Den Haag, 9 september 2016", "Brieftekst."]
    assert doc.meta.date == dt.date(2016, 9, 9)


def test_body_without_chrome_when_there_is_no_main(tmp_path: Path) -> None:
    doc = load_html_text(
        tmp_path,
        page(
            "<header><h1>Siteheader</h1></header><nav>Navigatie</nav>"
            "<div id='main-menu'>Menu-item</div><div class='breadcrumb'>Kruimelpad</div>"
            "<div class='search-box'><input> Zoekvak</div><div id='cookie-consent'>Cookietekst</div>"
            "<aside>Zijbalk</aside><form>Formulier</form>"
            "<h2>Essentie</h2><p>De <b>echte</b> brief.</p><!-- verborgen commentaar -->"
            "<script>var geheim = 'Scripttekst';</script><style>p { color: red }</style>"
            "<footer>Voettekst</footer><div class='site-footer'>Tweede voettekst</div>"
        ),
    )
    assert outline(doc) == [(1, "Essentie")]
    assert doc.text == "Essentie\n\nDe echte brief."


def test_meta_tags_give_metadata_when_nothing_is_printed(tmp_path: Path) -> None:
    doc = load_html_text(
        tmp_path,
        page(
            "<p>Een brief zonder plaats en datum.</p>",
            head='<meta name="OVERHEIDop.dossiernummer" content="27925"><meta name="overheidop.ondernummer" '
            'content="612"><meta name="DCTERMS.issued" content="2017-09-12"><meta name="DC.title" content="Brief">',
        ),
    )
    assert (doc.meta.dossier, doc.meta.number, doc.meta.title) == ("27 925", "612", "Brief")
    assert doc.meta.date == dt.date(2017, 9, 12)


@pytest.mark.parametrize("declared", [True, False])
def test_windows_1252_page(tmp_path: Path, declared: bool) -> None:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">' if declared else ""
    markup = f"<html><head>{head}</head><body><p>Syrië en de «kalifaat»-gedachte, € 10,3 miljoen.</p></body></html>"
    doc = load_html_text(tmp_path, markup, encoding="cp1252")
    assert paragraphs(doc) == ["Syrië en de «kalifaat»-gedachte, € 10,3 miljoen."]


@pytest.mark.parametrize(
    ("charset", "encoding"), [("iso-8859-1", "latin-1"), ("utf-16", "utf-16"), ("utf-8", "utf-8-sig")]
)
def test_declared_encodings(tmp_path: Path, charset: str, encoding: str) -> None:
    markup = f'<html><head><meta charset="{charset}"></head><body><p>Geïnformeerd over Syrië.</p></body></html>'
    doc = load_html_text(tmp_path, markup, encoding=encoding)
    assert paragraphs(doc) == ["Geïnformeerd over Syrië."]


def test_utf8_page_without_charset(tmp_path: Path) -> None:
    doc = load_html_text(tmp_path, "<html><body><p>Geïnformeerd over Syrië.</p></body></html>")
    assert paragraphs(doc) == ["Geïnformeerd over Syrië."]


def test_page_without_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "leeg.html"
    path.write_text(page("<nav>Alleen navigatie</nav><script>x()</script>"))
    with pytest.raises(LoadError) as error:
        load_document(path)
    assert str(path) in str(error.value) and "geen tekst" in str(error.value)


# --- pages that reach for files or the network -----------------------------------------------------


class _Spy(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Spy.requests.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"LEKTEKST")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def spy_url() -> Iterator[str]:
    """A local web server that records every request: the loader must never make one."""
    _Spy.requests = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Spy)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_no_network_and_no_entity_content(tmp_path: Path, spy_url: str) -> None:
    markup = (
        f'<!DOCTYPE html SYSTEM "{spy_url}/html.dtd" [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        f'<html><head><link rel="stylesheet" href="{spy_url}/s.css"><script src="{spy_url}/s.js"></script></head>'
        f'<body><img src="{spy_url}/i.png"><iframe src="{spy_url}/f.html"></iframe>'
        "<p>Voor &xxe; na.</p></body></html>"
    )
    doc = load_html_text(tmp_path, markup)
    assert "root:" not in doc.text and "LEKTEKST" not in doc.text
    assert paragraphs(doc) == ["Voor &xxe; na."]  # shown as a browser shows an unknown entity
    assert _Spy.requests == []


def test_absurdly_deep_nesting_is_refused_not_cut_off(tmp_path: Path) -> None:
    # libxml2's HTML parser recovers by dropping what lies deeper than 256 elements: the letter's
    # text would be gone, and the reader told "no text found" instead of what is wrong
    page = "<html><body><div id='broodtekst'>{}<p>De tekst.</p>{}</div></body></html>"
    path = tmp_path / "diep.html"
    path.write_text(page.format("<div>" * 5000, "</div>" * 5000), encoding="utf-8")
    with pytest.raises(LoadError, match="te diep genest") as refused:
        load_document(path)
    assert refused.value.message("en").endswith("the HTML is too deeply nested to read")
    path.write_text(page.format("<div>" * 200, "</div>" * 200), encoding="utf-8")
    assert [p.text for s in load_document(path).sections for p in s.paragraphs] == ["De tekst."]
