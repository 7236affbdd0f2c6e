"""Whose decision a sentence tells of, and decisions worded with the verbs of a contribution's size,
its end or an intention (a tester's thirteenth round: dropping such a sentence went unreported)."""

from __future__ import annotations

import pytest

from factkit import facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Het kabinet trekt de F-16's terug uit de coalitie.",
        "Nederland trekt zich per 1 mei 2018 terug uit de missie.",
        "Nederland haalt de F-16's in juni 2018 terug naar Nederland.",
        "De F-16's worden in juni teruggetrokken.",
        "Het kabinet maakt hiervoor 5 miljoen euro vrij.",
        "Het kabinet reserveert 3 miljoen euro voor de wederopbouw.",
        "Nederland breidt de bijdrage uit met een C-130 transportvliegtuig.",
        "Nederland bouwt de bijdrage in de loop van 2019 af.",
        "Het kabinet verkleint het detachement tot 100 militairen.",
        "Het kabinet investeert 4 miljoen euro in de Iraakse politie.",
        "Nederland financiert het programma met 2 miljoen euro.",
        "Nederland committeert zich aan de eFP-missie tot en met 2019.",
        "Het kabinet streeft ernaar de bijdrage in 2019 af te bouwen.",
        "Het kabinet heeft de intentie in 2019 een C-130 te leveren.",
        "Het kabinet is van plan de bijdrage in 2018 voort te zetten.",
        "Over de voortgang wordt uw Kamer in de jaarlijkse voortgangsrapportage geïnformeerd.",
    ],
)
def test_a_decision_in_other_words(sentence: str) -> None:
    assert len(facts(sentence, "commitment")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Het kabinet trok zich terug uit het overleg.",
        "De militairen keren in juni terug naar Nederland.",
        "De Iraakse strijdkrachten trekken zich terug uit de stad.",
        "De trainers maken deel uit van de coalitie.",
        "Nederland investeert in goede relaties met de regio.",
        "Het plan van de coalitie is om Mosul dit najaar te bevrijden.",
        "Met de intentie om de regio te stabiliseren is de missie gestart.",
        "Duitsland breidt de bijdrage uit met 200 militairen.",
        "De VS trekken 3.000 militairen terug uit Afghanistan.",
    ],
)
def test_no_decision_of_the_government(sentence: str) -> None:
    assert facts(sentence, "commitment") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # another's decision, whatever the government thinks of it
        "Het kabinet verwelkomt het besluit van Duitsland om de bijdrage te verlengen.",
        "Het kabinet steunt het besluit van de NAVO om de missie voort te zetten.",
        "Het kabinet betreurt het besluit van Mali om de missie te beëindigen.",
        "Het kabinet heeft kennisgenomen van het besluit van de VS om 3.000 extra militairen te sturen.",
        "Nederland verwelkomt de toezegging van Duitsland om trainers te leveren.",
        "De NAVO heeft, op verzoek van Nederland, besloten de missie te verlengen.",
        # the Kamer's own decisions and plans
        "Uw Kamer heeft besloten een rondetafelgesprek te houden over de missie.",
        "De vaste commissie voor Buitenlandse Zaken heeft besloten een hoorzitting te houden.",
        "De Kamer zal op 12 april a.s. debatteren over de missie.",
        # someone's view, and the EU's council
        "Volgens het kabinet zal Turkije zijn operatie voortzetten.",
        "Volgens de VN zal de missie worden verlengd.",
        "Op 15 november zal de Raad Buitenlandse Zaken in samenstelling met de ministers van Defensie bijeenkomen.",
        "Het ministerie van Defensie van Litouwen zal de training voortzetten.",
    ],
)
def test_not_the_governments_decision(sentence: str) -> None:
    assert facts(sentence, "commitment") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Het kabinet heeft, gezien de veiligheidssituatie, besloten de missie te verlengen.",
        "Het besluit van Duitsland en Nederland om de inzet te verlengen wordt uitgevoerd.",
        "De Kamer is in oktober geïnformeerd over het besluit om de bijdrage per 1 januari te beëindigen.",
        "De Kamer zal na afloop van de missie een eindevaluatie ontvangen.",
        "Volgens planning zal de eenheid in juni worden teruggetrokken.",
        # the ministries, armed services and ships of the Netherlands
        "Het ministerie van Buitenlandse Zaken stelt 3 miljoen euro beschikbaar voor de wederopbouw.",
        "De Koninklijke Marine zal in 2019 opnieuw een fregat inzetten voor Atalanta.",
        "De Koninklijke Landmacht zal een pantserinfanteriecompagnie leveren.",
        "Het Korps Mariniers zal de beveiliging verzorgen.",
        "Zr.Ms. De Ruyter zal van januari tot en met april 2019 deelnemen aan Atalanta.",
        "De commandant der strijdkrachten zal de Kamer informeren.",
    ],
)
def test_the_governments_decision(sentence: str) -> None:
    assert len(facts(sentence, "commitment")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # people withdrawn or sent, counted or not, and the passives of a contribution's size
        "Het kabinet trekt de militairen terug.",
        "Nederland trekt de troepen terug.",
        "Nederland breidt het aantal militairen uit.",
        "Het kabinet bouwt de Nederlandse aanwezigheid in Gao af.",
        "De Nederlandse militairen worden voor 1 juli 2019 teruggetrokken.",
        "De bijdrage wordt in 2019 afgebouwd.",
        "De Nederlandse inzet wordt uitgebreid met 30 militairen.",
        "De Nederlandse bijdrage wordt verkleind tot 100 militairen.",
        "Na de aanslag stuurt Nederland 30 extra militairen.",
        "Volgens de huidige planning zal Nederland de bijdrage in 2019 afbouwen.",
    ],
)
def test_the_governments_decision_on_its_people(sentence: str) -> None:
    assert len(facts(sentence, "commitment")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # another's intent after "om ... te", or another's by its adjective
        "Het kabinet betreurt het besluit van Duitsland om de helikopters terug te trekken.",
        "Het kabinet is geïnformeerd over het besluit van de VS om de bijdrage te verhogen.",
        "Het kabinet verwelkomt het Duitse besluit om de helikopters langer in te zetten.",
        "Nederland heeft Duitsland gevraagd de helikopters niet terug te trekken.",
        # the country's firms and citizens are not its government
        "Nederlandse bedrijven investeren 40 miljoen euro in de energievoorziening van Kabul.",
        "Een Nederlandse NGO reserveert 2 miljoen euro voor de opvang.",
        # the EU's council, the Kamer's plans, a plan given up, a government being formed
        "De Raad zal in mei een besluit nemen over de verlenging.",
        "Uw Kamer is van plan een werkbezoek te brengen aan Gao.",
        "Het kabinet was van plan de bijdrage te verlengen, maar ziet daar nu van af.",
        "Na de verkiezingen zal een nieuwe regering worden gevormd.",
        "De Duitse militairen worden teruggetrokken.",
        "De helikopters van de Bundeswehr worden in 2019 teruggetrokken.",
    ],
)
def test_still_not_the_governments_decision(sentence: str) -> None:
    assert facts(sentence, "commitment") == []


@pytest.mark.parametrize(
    ("sentence", "dutch"),
    [
        # an aside after the subject leaves the subject whose act it is
        ("Duitsland, als lead nation in het noorden, levert ongeveer 980 militairen.", False),
        ("Frankrijk, dat de operatie Barkhane leidt, levert 4.500 militairen.", False),
        ("De Verenigde Staten, de grootste troepenleverancier, zullen 3.000 extra militairen sturen.", False),
        ("Litouwen, het gastland, stelt de kazerne in Rukla beschikbaar.", False),
        ("Nederland, als lead nation, levert 300 militairen.", True),
        ("Nederland, dat sinds 2016 deelneemt, zal de inzet voortzetten.", True),
        # the government named after its verb, in the order Dutch takes after an opening phrase
        ("Na afloop van de inzet informeert het kabinet uw Kamer over de resultaten.", True),
        ("Jaarlijks informeert de Minister van Defensie uw Kamer over de besteding.", True),
        ("Uw Kamer ontvangt na de presidentsverkiezingen een appreciatie van de uitslag.", True),
        ("In deze brief informeert het kabinet uw Kamer over de missie.", False),
    ],
)
def test_whose_act_around_asides_and_inversions(sentence: str, dutch: bool) -> None:
    assert len(facts(sentence, "commitment")) == int(dutch)


@pytest.mark.parametrize(
    ("sentence", "dutch"),
    [
        # a ship or unit sent at a time ahead; not a posting described, nor a past deployment
        ("Zr.Ms. Tromp wordt in het najaar ingezet als vlaggenschip.", True),
        ("De F-16's worden vanaf het voorjaar van 2017 weer ingezet.", True),
        ("Daarnaast wordt nog één stafofficier ingezet.", False),
        ("Sinds het begin van de inzet zijn zeven detachementen ingezet.", False),
    ],
)
def test_a_ship_or_unit_sent_at_a_time_ahead(sentence: str, dutch: bool) -> None:
    assert len(facts(sentence, "commitment")) == int(dutch)
