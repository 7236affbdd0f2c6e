"""The official-XML loader: the real letter rendered as the platform publishes it, hand-written
fixtures in the platform's shapes, and hostile XML."""

from __future__ import annotations

import datetime as dt
import http.server
import resource
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from viewer.core.document import Document
from viewer.core.errors import LoadError
from viewer.core.load import load_document

from render import render_xml, structure

DATA = Path(__file__).resolve().parents[2] / "data" / "xml"


def load_xml_text(tmp_path: Path, xml: str, name: str = "brief.xml") -> Document:
    path = tmp_path / name
    path.write_text(xml, encoding="utf-8")
    return load_document(path)


def kamerstuk(body: str, metadata: str = "", stuk_head: str = "") -> str:
    """A minimal publication in the platform's shape around `body` (the content of `tekst`)."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie>
  <metadata>{metadata}</metadata>
  <kamerstuk>
    <stuk>{stuk_head}
      <algemeen><vrije-tekst><tekst>
{body}
      </tekst></vrije-tekst></algemeen>
    </stuk>
  </kamerstuk>
</officiele-publicatie>
"""


def outline(doc: Document) -> list[tuple[int, str]]:
    return [(s.level, s.heading) for s in doc.sections]


def paragraphs(doc: Document) -> list[str]:
    return [p.text for s in doc.sections for p in s.paragraphs]


# --- the real letter, rendered as the platform publishes it -------------------------------------


@pytest.fixture(scope="module")
def xml_path(tmp_path_factory: pytest.TempPathFactory, sample_doc: Document) -> Path:
    path = tmp_path_factory.mktemp("xml") / "kst-27925-597.xml"
    path.write_bytes(render_xml(sample_doc))
    return path


@pytest.fixture(scope="module")
def xml_doc(xml_path: Path) -> Document:
    return load_document(xml_path)


def test_rendering_has_the_platform_shape(xml_path: Path) -> None:
    data = xml_path.read_bytes()
    for marker in (
        b"<officiele-publicatie>",
        b"<kamerstukkop>",
        b"<dossiernr>27 925</dossiernr>",
        b"<ondernummer>Nr. 597</ondernummer>",
        b'<tussenkop kopopmaak="vetcur">',
        b"<li.nr>1)</li.nr>",
        b"<functie>De Minister van Defensie,</functie>",
    ):
        assert marker in data


def test_same_sections_and_paragraphs_as_the_text(xml_doc: Document, sample_doc: Document) -> None:
    assert xml_doc.meta.format == "xml"
    assert structure(xml_doc) == structure(sample_doc)
    assert xml_doc.text == sample_doc.text


def test_same_metadata_as_the_text(xml_doc: Document, sample_doc: Document) -> None:
    for field in ("title", "dossier", "number", "date"):
        assert getattr(xml_doc.meta, field) == getattr(sample_doc.meta, field), field
    assert xml_doc.meta.dossier == "27 925" and xml_doc.meta.number == "597"


def test_letter_date_wins_over_publication_date(xml_doc: Document, xml_path: Path) -> None:
    # DCTERMS.issued is the later publication day; "jl." resolves against the letter's own date.
    assert b'"DCTERMS.issued" content="2016-09-13"' in xml_path.read_bytes()
    assert xml_doc.meta.date == dt.date(2016, 9, 9)


def test_front_matter_is_not_body_text(xml_doc: Document) -> None:
    assert "Vergaderjaar" not in xml_doc.text
    assert "Nr. 597" not in xml_doc.text
    assert "BRIEF VAN DE MINISTERS" not in xml_doc.text
    assert "Bestrijding internationaal terrorisme" not in xml_doc.text


def test_list_items_and_signatures_keep_the_text_shape(xml_doc: Document) -> None:
    samenhang = next(s for s in xml_doc.sections if s.heading == "Samenhang")
    assert samenhang.paragraphs[1].text.startswith("1) Het militaire spoor: de luchtcampagne")
    last = [p.text for p in xml_doc.sections[-1].paragraphs[-3:]]
    assert last == [
        "De Minister van Buitenlandse Zaken, A.G. Koenders",
        "De Minister van Defensie, J.A. Hennis-Plasschaert",
        "De Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking, E.M.J. Ploumen",
    ]


def test_load_time_of_the_rendering(xml_path: Path) -> None:
    times = []
    for _ in range(5):
        start = time.perf_counter()
        load_document(xml_path)
        times.append(time.perf_counter() - start)
    assert sorted(times)[2] < 0.5  # a 57 000-character letter; measured ~2 ms


# --- hand-written fixtures in the platform's shapes ---------------------------------------------


@pytest.fixture(scope="module")
def fragment() -> Document:
    return load_document(DATA / "handgeschreven-voortgangsbrief.xml")


def test_divisie_nesting_and_tussenkop_below_its_divisie(fragment: Document) -> None:
    assert [(s.level, s.path) for s in fragment.sections] == [
        (0, ("",)),
        (1, ("1. Politieke ontwikkelingen",)),
        (2, ("1. Politieke ontwikkelingen", "Irak")),
        (2, ("1. Politieke ontwikkelingen", "1.1 Syrië")),
        (1, ("2. Militaire bijdrage",)),
    ]


def test_fragment_metadata(fragment: Document) -> None:
    meta = fragment.meta
    assert (meta.dossier, meta.number) == ("27 925", "607")
    assert meta.title == "BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE"
    assert meta.date == dt.date(2017, 4, 4)  # "Den Haag, 4 april 2017", not DCTERMS.issued 2017-04-06


def test_footnote_follows_its_paragraph(fragment: Document) -> None:
    texts = paragraphs(fragment)
    i = texts.index(
        "Met deze brief informeren wij uw Kamer over de voortgang van de Nederlandse bijdrage aan de "
        "strijd tegen ISIS in de periode tot en met maart 2017."
    )
    assert texts[i + 1] == "Noot 1: Kamerstuk 27 925, nr. 597."


def test_lists_one_paragraph_per_item_with_the_printed_number(fragment: Document) -> None:
    section = fragment.sections[-1]
    texts = [p.text for p in section.paragraphs]
    assert texts[1:4] == [
        "a. ongeveer 130 trainers;",
        "b. vier F-16’s met ondersteunend personeel;",
        "– waarvan twee reservetoestellen.",
    ]


def test_table_rows_become_paragraphs(fragment: Document) -> None:
    texts = paragraphs(fragment)
    i = texts.index("Inzet per locatie")
    assert texts[i + 1 : i + 4] == ["Locatie | Aantal militairen", "Erbil | ongeveer 60", "Bagdad | ongeveer 70"]


def test_inline_markup_stays_in_the_sentence(fragment: Document) -> None:
    assert "gesteund door Peshmerga-strijders en Iraakse eenheden." in fragment.text
    assert "Zie defensie.nl voor het actuele overzicht." in paragraphs(fragment)


def test_unknown_element_keeps_its_text_and_pictures_are_skipped(fragment: Document) -> None:
    assert "Een kaart van het operatiegebied is bij deze brief gevoegd." in paragraphs(fragment)
    assert "png" not in fragment.text


def test_signatures_join_function_and_name(fragment: Document) -> None:
    assert paragraphs(fragment)[-2:] == [
        "De Minister van Buitenlandse Zaken, A.G. Koenders",
        "De Minister van Defensie, J.A. Hennis-Plasschaert",
    ]


def test_kopopmaak_ranks_give_explicit_levels(tmp_path: Path) -> None:
    # Inference would put "Essentie" at the top (it heads the assessment framework); the markup
    # says it is italic under a bold heading, and the markup wins.
    doc = load_xml_text(
        tmp_path,
        kamerstuk(
            '<tussenkop kopopmaak="vet">Inleiding</tussenkop><al>Tekst een.</al>'
            '<tussenkop kopopmaak="cur">Essentie</tussenkop><al>Tekst twee.</al>'
            '<tussenkop kopopmaak="vetcur">Tussenstap</tussenkop><al>Tekst drie.</al>'
        ),
    )
    assert outline(doc) == [(1, "Inleiding"), (3, "Essentie"), (2, "Tussenstap")]


def test_only_the_ranks_present_become_levels(tmp_path: Path) -> None:
    doc = load_xml_text(
        tmp_path,
        kamerstuk(
            '<tussenkop kopopmaak="vetcur">Boven</tussenkop><al>a.</al>'
            '<tussenkop kopopmaak="cur">Onder</tussenkop><al>b.</al>'
        ),
    )
    assert outline(doc) == [(1, "Boven"), (2, "Onder")]


def test_rank_from_nadruk_inside_tussenkop_and_bold_paragraph_heading(tmp_path: Path) -> None:
    doc = load_xml_text(
        tmp_path,
        kamerstuk(
            '<tussenkop><nadruk type="vet">Militaire aspecten</nadruk></tussenkop><al>a.</al>'
            '<al><nadruk type="cur">Haalbaarheid</nadruk></al><al>b.</al>'
            '<al><nadruk type="vet">Dit is een hele zin in vet.</nadruk></al>'
        ),
    )
    assert outline(doc) == [(1, "Militaire aspecten"), (2, "Haalbaarheid")]
    assert doc.sections[-1].paragraphs[-1].text == "Dit is een hele zin in vet."


def test_unranked_tussenkoppen_are_nested_by_inference(tmp_path: Path) -> None:
    doc = load_xml_text(
        tmp_path,
        kamerstuk(
            "<tussenkop>Politieke aspecten</tussenkop><al>a.</al>"
            "<tussenkop>Irak</tussenkop><al>b.</al>"
            "<tussenkop>Mandaat</tussenkop><al>c.</al>"
        ),
    )
    assert outline(doc) == [(1, "Politieke aspecten"), (2, "Irak"), (1, "Mandaat")]


def test_li_number_as_printed_and_li_without_number(tmp_path: Path) -> None:
    doc = load_xml_text(
        tmp_path,
        kamerstuk(
            "<al>Inleiding:</al><lijst><li><li.nr>1)</li.nr><al>eerste punt;</al><al>met vervolg.</al></li>"
            "<li><al>zonder nummer.</al></li></lijst>"
        ),
    )
    assert paragraphs(doc) == ["Inleiding:", "1) eerste punt; met vervolg.", "zonder nummer."]


def test_footnote_in_heading_list_and_table(tmp_path: Path) -> None:
    note = '<noot id="n{0}"><noot.nr>{0}</noot.nr><noot.al>Noottekst {0}.</noot.al></noot>'
    doc = load_xml_text(
        tmp_path,
        kamerstuk(
            f'<tussenkop kopopmaak="vet">Kop{note.format(1)}</tussenkop>'
            f"<lijst><li><li.nr>a.</li.nr><al>Punt{note.format(2)} een.</al></li></lijst>"
            f"<table><tgroup cols='2'><tbody><row><entry>Cel{note.format(3)}</entry><entry>2</entry></row>"
            "</tbody></tgroup></table>"
        ),
    )
    assert outline(doc) == [(1, "Kop")]
    assert paragraphs(doc) == [
        "Noot 1: Noottekst 1.",
        "a. Punt een.",
        "Noot 2: Noottekst 2.",
        "Cel | 2",
        "Noot 3: Noottekst 3.",
    ]


def test_unknown_containers_and_loose_text_are_kept(tmp_path: Path) -> None:
    doc = load_xml_text(
        tmp_path,
        kamerstuk(
            "<nieuw-blok><al>Binnen een onbekend blok.</al><kader>Onbekend blad.</kader></nieuw-blok>"
            "Losse tekst met <nadruk type='vet'>nadruk</nadruk>.<al>Daarna.</al>"
            "<box><al>In een kader.</al></box>"
        ),
    )
    assert paragraphs(doc) == [
        "Binnen een onbekend blok.",
        "Onbekend blad.",
        "Losse tekst met nadruk.",
        "Daarna.",
        "In een kader.",
    ]


def test_place_date_al_stays_a_paragraph_and_dates_the_letter(tmp_path: Path) -> None:
    doc = load_xml_text(tmp_path, kamerstuk("<al>Den Haag, 4 september 2016</al><al>Tekst.</al>"))
    assert paragraphs(doc)[0] == "Den Haag, 4 september 2016"
    assert doc.meta.date == dt.date(2016, 9, 4)


def test_only_dcterms_issued_gives_the_date(tmp_path: Path) -> None:
    doc = load_xml_text(
        tmp_path,
        kamerstuk(
            "<al>Een brief zonder plaats en datum.</al>",
            metadata='<meta name="DCTERMS.issued" scheme="OVERHEID.XSD_DATE" content="2017-04-06"/>',
        ),
    )
    assert doc.meta.date == dt.date(2017, 4, 6)


def test_datum_isodatum_and_meta_fallbacks(tmp_path: Path) -> None:
    doc = load_xml_text(
        tmp_path,
        kamerstuk(
            "<al>Den Haag, 4 september 2016</al><al>Tekst.</al>",
            metadata='<meta name="OVERHEIDop.dossiernummer" content="27925"/>'
            '<meta name="OVERHEIDop.ondernummer" content="612"/>'
            '<meta name="OVERHEIDop.documenttitel" content="Brief van de minister"/>',
            stuk_head='<datumtekst>Vastgesteld <datum isodatum="2017-09-11">11 september 2017</datum></datumtekst>',
        ),
    )
    assert (doc.meta.dossier, doc.meta.number, doc.meta.title) == ("27 925", "612", "Brief van de minister")
    assert doc.meta.date == dt.date(2017, 9, 11)
    assert "Vastgesteld 11 september 2017" in paragraphs(doc)


def test_bare_kamerstuk_root_with_a_namespace(tmp_path: Path) -> None:
    doc = load_xml_text(
        tmp_path,
        """<?xml version="1.0"?>
<kamerstuk xmlns="urn:voorbeeld">
  <dossier><dossiernummer><dossiernr>27 925</dossiernr></dossiernummer></dossier>
  <stuk><stuknr><ondernummer>Nr. 590</ondernummer></stuknr><titel>BRIEF VAN DE MINISTER</titel>
    <al>Den Haag, 29 april 2016</al><tussenkop kopopmaak="vet">Essentie</tussenkop><al>Tekst.</al>
  </stuk>
</kamerstuk>""",
    )
    assert (doc.meta.dossier, doc.meta.number, doc.meta.title) == ("27 925", "590", "BRIEF VAN DE MINISTER")
    assert outline(doc) == [(0, ""), (1, "Essentie")]
    assert doc.meta.date == dt.date(2016, 4, 29)


def test_xml_named_txt_is_read_as_xml(tmp_path: Path, xml_path: Path, sample_doc: Document) -> None:
    path = tmp_path / "kst-27925-597.txt"
    path.write_bytes(xml_path.read_bytes())
    doc = load_document(path)
    assert doc.meta.format == "xml" and doc.text == sample_doc.text


def test_xml_without_text_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="geen tekst"):
        load_xml_text(tmp_path, "<?xml version='1.0'?><officiele-publicatie><metadata/></officiele-publicatie>")


# --- hostile and broken XML ---------------------------------------------------------------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE kamerstuk [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<kamerstuk><al>&lol9;</al></kamerstuk>
"""


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_billion_laughs_is_refused_quickly(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "lol.xml"
    text = BILLION_LAUGHS if encoding == "utf-8" else BILLION_LAUGHS.replace('"1.0"?>', '"1.0" encoding="UTF-16"?>', 1)
    path.write_bytes(text.encode(encoding))
    before = _peak_rss_mb()
    start = time.perf_counter()
    with pytest.raises(LoadError) as error:
        load_document(path)
    assert time.perf_counter() - start < 1.0
    assert _peak_rss_mb() - before < 100
    assert str(path) in str(error.value)
    assert "entiteit" in str(error.value) and "entities" in error.value.message("en")


def test_quadratic_blowup_is_refused(tmp_path: Path) -> None:
    big = "x" * 100_000
    xml = f'<?xml version="1.0"?><!DOCTYPE k [<!ENTITY a "{big}">]><k><al>{"&a;" * 20_000}</al></k>'
    start = time.perf_counter()
    with pytest.raises(LoadError, match="entiteit"):
        load_xml_text(tmp_path, xml)
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE kamerstuk [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE kamerstuk [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>',
    ],
)
def test_external_file_entity_never_reaches_the_text(tmp_path: Path, doctype: str) -> None:
    xml = f'<?xml version="1.0"?>{doctype}<kamerstuk><al>Voor &xxe; na.</al></kamerstuk>'
    with pytest.raises(LoadError) as error:
        load_xml_text(tmp_path, xml)
    assert "root:" not in str(error.value) and "root:" not in error.value.message("en")
    assert "entities" in error.value.message("en")


@pytest.mark.parametrize("where", ["system", "own"])
def test_external_dtd_file_is_not_read(tmp_path: Path, where: str) -> None:
    # No entity is declared here, so the file loads, but the DTD (and &xxe;) stays unread: were
    # libxml2 to read it, the non-DTD content would fail the parse ("Content error in the
    # external subset"), as it does with lxml's collect_ids=False and no resolver.
    dtd = "file:///etc/passwd"
    if where == "own":
        fake = tmp_path / "kamerstuk.dtd"
        fake.write_text("root:x:0:0:root:/root:/bin/bash\n")
        dtd = fake.as_uri()
    xml = f'<?xml version="1.0"?><!DOCTYPE kamerstuk SYSTEM "{dtd}"><kamerstuk><al>Voor &xxe; na.</al></kamerstuk>'
    doc = load_xml_text(tmp_path, xml)
    assert "root:" not in doc.text
    assert paragraphs(doc) == ["Voor na."]


class _Spy(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Spy.requests.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b'<!ENTITY xxe "LEKTEKST">')

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def spy_url() -> Iterator[str]:
    """A local web server that records every request: the loader must never make one."""
    _Spy.requests = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Spy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_spy_server_works(spy_url: str) -> None:
    # Guards the network tests below: if the spy could not see requests they would prove nothing.
    import urllib.request

    with urllib.request.urlopen(f"{spy_url}/probe", timeout=5) as reply:
        assert b"LEKTEKST" in reply.read()
    assert _Spy.requests == ["/probe"]


def test_network_dtd_is_never_fetched(tmp_path: Path, spy_url: str) -> None:
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE kamerstuk SYSTEM "{spy_url}/kamerstuk.dtd">'
        "<kamerstuk><al>Voor &xxe; na.</al></kamerstuk>"
    )
    doc = load_xml_text(tmp_path, xml)
    assert paragraphs(doc) == ["Voor na."]
    assert "LEKTEKST" not in doc.text
    assert _Spy.requests == []


def test_network_entity_is_refused_and_never_fetched(tmp_path: Path, spy_url: str) -> None:
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE kamerstuk [<!ENTITY xxe SYSTEM "{spy_url}/x">]>'
        "<kamerstuk><al>Voor &xxe; na.</al></kamerstuk>"
    )
    with pytest.raises(LoadError, match="entiteit"):
        load_xml_text(tmp_path, xml)
    assert _Spy.requests == []


def test_absurdly_deep_nesting_is_refused(tmp_path: Path) -> None:
    xml = '<?xml version="1.0"?><kamerstuk>' + "<box>" * 5000 + "<al>diep</al>" + "</box>" * 5000 + "</kamerstuk>"
    with pytest.raises(LoadError, match="te diep genest"):
        load_xml_text(tmp_path, xml)
    deep = '<?xml version="1.0"?><kamerstuk>' + "<box>" * 200 + "<al>diep</al>" + "</box>" * 200 + "</kamerstuk>"
    assert paragraphs(load_xml_text(tmp_path, deep, "diep.xml")) == ["diep"]


def test_malformed_xml_names_the_file_and_the_line(tmp_path: Path) -> None:
    path = tmp_path / "kapot.xml"
    path.write_text('<?xml version="1.0"?>\n<kamerstuk>\n<al>Een alinea</al>\n<al>Niet gesloten\n</kamerstuk>\n')
    with pytest.raises(LoadError) as error:
        load_document(path)
    message = str(error.value)
    assert str(path) in message
    assert "ongeldige XML op regel 5" in message and "malformed XML at line 5" in error.value.message("en")


def test_truncated_xml_is_an_error(tmp_path: Path, xml_path: Path) -> None:
    path = tmp_path / "afgebroken.xml"
    path.write_bytes(xml_path.read_bytes()[:5000])
    with pytest.raises(LoadError, match="ongeldige XML op regel"):
        load_document(path)
