"""Commitments: the Dutch government binding itself or announcing a decision."""

from __future__ import annotations

import pytest

from viewer.core.document import Document
from viewer.core.facts import extract_facts

from factkit import facts


def _commitments(doc: Document) -> list[str]:
    return [f.text for f in extract_facts(doc) if f.kind == "commitment"]


def test_tanker_commitment_twice_in_the_letter(sample_doc: Document) -> None:
    found = [f for f in extract_facts(sample_doc) if f.kind == "commitment" and "tankercapaciteit" in f.text]
    assert [f.section for f in found] == [("Essentie",), ("Militaire aspecten", "Tankervliegtuigen")]
    first = found[0]
    assert first.text == first.sentence == first.value
    assert (first.unit, first.approximate) == (None, False)
    assert sample_doc.text[first.offset : first.offset + len(first.text)] == first.text


def test_value_is_the_whitespace_normalised_sentence() -> None:
    [fact] = facts("Nederland  zal de\u00a0tankercapaciteit   aanbieden.", "commitment")
    assert fact.value == "Nederland zal de tankercapaciteit aanbieden."


@pytest.mark.parametrize(
    "prefix",
    [
        "In overeenstemming met artikel 100",
        "Een volgende voortgangsrapportage zal uw Kamer begin 2017 toegaan.",
        "Op militair gebied heeft het kabinet besloten",
        "Het kabinet is voornemens",
        "Voordat hiertoe wordt overgegaan zal uw Kamer",
        "Zoals toegezegd aan uw Kamer op 7 juli jl.",
        "Nederland stelt vanaf oktober 2016 155 militairen beschikbaar",
        "Voor 2016 draagt Nederland met 25 miljoen euro bij",
        "Nederland steunt de airdrops met 3,3 miljoen euro.",
        "Nederland heeft op 4 februari jl. tijdens de Syrië-conferentie",
        "De additionele uitgaven voor de totale militaire bijdrage worden gefinancierd",
        "Mochten er meer middelen nodig zijn, dan zal een extra bijdrage",
    ],
)
def test_commitments_of_the_letter(sample_doc: Document, prefix: str) -> None:
    assert sum(text.startswith(prefix) for text in _commitments(sample_doc)) == 1


@pytest.mark.parametrize(
    "prefix",
    [
        "De coalitie zal bezien op welke wijze",  # the coalition
        "ISIS heeft gewaarschuwd dat het aanslagen zal plegen",  # ISIS
        "Partners van het Syrische regime zullen",  # others
        "De operatie zal worden geleid door de Iraakse strijdkrachten",  # agent named, and not Dutch
        "Middelen uit het Pooled Fund zullen",  # a UN fund
        "Voor de start van fase 3, het verslaan van ISIS, zal eerst Mosul moeten worden bevrijd",  # necessity
        "De inzet van Nederlandse tankercapaciteit zal",  # a cost estimate
        "De Wereldbank steunde Irak reeds in december 2015",  # Germany's pledge, the World Bank's support
        "Het kabinet is van mening dat ISIS",  # an opinion
        "In deze brief wordt uw Kamer tevens geïnformeerd",  # informs now, promises nothing
        "Er wordt nog onderzocht of de training",  # under study
        "Tijdens de NAVO-top in Warschau op 9 juli jl. werd voorts besloten",  # NATO's decision
        "Nederland steunt de Iraakse regering",  # a stance, no means
        "De Nederlandse inzet blijft erop gericht",  # a standing aim, no new binding
    ],
)
def test_not_commitments_of_the_letter(sample_doc: Document, prefix: str) -> None:
    sentences = [s for s in _sample_sentences(sample_doc) if s.startswith(prefix)]
    assert len(sentences) == 1
    assert sentences[0] not in _commitments(sample_doc)


def _sample_sentences(doc: Document) -> list[str]:
    from viewer.core.sentences import document_sentences

    return [s.text for s in document_sentences(doc)]


@pytest.mark.parametrize(
    ("sentence", "is_commitment"),
    [
        ("Het kabinet zal uw Kamer voor 1 juli 2017 informeren over de besteding.", True),
        ("Nederland stelt in 2017 12 miljoen euro beschikbaar voor onderwijs.", True),
        ("Wij zullen de Kamer hierover nader informeren.", True),
        ("De minister zegt toe de Kamer voor de zomer te informeren.", True),
        ("Het kabinet heeft besloten de missie met een jaar te verlengen.", True),
        # the simple past of the same decision, as letters also write it
        ("Op 3 maart besloot het kabinet de bijdrage aan de coalitie te verlengen.", True),
        ("In april besloot de NAVO haar trainingsmissie uit te breiden.", False),
        ("Met deze brief herbevestigen wij de beëindiging van de inzet van F-16's per 1 juli.", True),
        ("Het kabinet bevestigt dat de bijdrage eind 2019 afloopt.", True),
        ("De coalitie bevestigde dat de luchtcampagne doorgaat.", False),
        ("Irak bevestigt de aanwezigheid van de trainers.", False),
        ("Nederland zal tot eind 2018 vier F-16's leveren.", True),
        ("Uw Kamer zal over de uitkomst worden geïnformeerd.", True),
        ("De NAVO gaat indirect bijdragen aan de strijd tegen ISIS.", False),
        ("Duitsland zegde een lening toe van 500 miljoen euro.", False),
        ("Frankrijk zal de inzet voortzetten.", False),
        ("De Verenigde Staten zullen de luchtcampagne leiden.", False),
        ("Nederland kan dankzij deze steun de dialoog aangaan.", False),
        ("Het kabinet verwelkomt de toetreding van Interpol.", False),
        ("De situatie zal naar verwachting verslechteren.", False),
        # the present tense promises news to the Kamer when a time ahead is named
        # means in any currency the money extractor reads: ISO codes, pounds, amounts in words
        ("Nederland draagt in 2017 en 2018 jaarlijks EUR 12 miljoen bij aan stabilisatie.", True),
        ("Het kabinet steunt de UNDP met 3,2 miljoen USD.", True),
        ("Nederland draagt twee miljoen euro bij aan het fonds.", True),
        ("Nederland draagt £ 500.000 bij aan het Britse programma.", True),
        ("Dit draagt bij aan de stabiliteit van de regio.", False),
        # "gaat" that says what something is, not what will be done
        ("In totaal gaat het om circa 150 militairen.", False),
        ("Het gaat om een inzet van maximaal 45 militairen.", False),
        ("De brief gaat over de inzet van Nederlandse militairen.", False),
        ("Het kabinet gaat uit van een verlenging.", False),
        ("Nederland gaat vier F-16's leveren.", True),
        # the mission's course, as the issue and the series word it
        ("De bijdrage wordt verlengd tot en met 31 december 2019.", True),
        ("De inzet van de F-16's wordt voortgezet.", True),
        # ... set now, to the time it runs to (a tester's fourteenth round); not the past told
        ("Deze inzet is verlengd tot en met 31 december 2017.", True),
        ("Het kabinet heeft de inzet verlengd tot en met 31 december 2017.", True),
        ("De missie is vorig jaar verlengd.", False),
        ("Duitsland heeft zijn inzet verlengd tot eind 2018.", False),
        ("De Duitse inzet is verlengd tot eind 2018.", False),
        ("Het kabinet verlengt de missie met een jaar.", True),
        ("Het kabinet zet de bijdrage aan de anti-ISIS coalitie voort.", True),
        ("Nederland biedt de coalitie tankercapaciteit aan.", True),
        ("Nederland biedt aan om in 2018 een hospitaal te leveren.", True),
        ("Nederland heeft de coalitie een C-130 aangeboden.", True),
        ("Hierbij bied ik u de voortgangsrapportage aan.", False),
        # what the government sends, named
        ("Nederland levert vier F-16's en twee reservetoestellen.", True),
        ("Nederland zendt 150 militairen uit naar Irak.", True),
        ("Nederland stuurt een Role 2-team naar Erbil.", True),
        ("Frankrijk levert vier Rafales.", False),
        ("Het hoofdkwartier stuurt de trainingen aan.", False),
        ("De inzet levert Nederland veel ervaring op.", False),
        ("Nederland levert op verzoek van de coalitie vier F-16's.", True),
        ("Het kabinet zendt de brief naar uw Kamer, hierbij.", False),
        ("De mix van maatregelen biedt het kabinet de mogelijkheid om de inzet aan te passen.", False),
        ("Een dag later konden de coalitie-activiteiten weer worden hervat.", False),
        ("De training kan worden verlengd.", False),
        ("Frankrijk verlengt zijn inzet.", False),
        ("De VS zetten de luchtcampagne voort.", False),
        ("Het materieel dat via de coalitie wordt aangeboden.", False),
        ("De Nederlandse inzet is gericht op het voorkomen en beëindigen van schendingen.", False),
        ("De Nederlandse trainers werken in de verlengde missie.", False),
        ("Uw Kamer wordt voor het einde van het jaar geïnformeerd over de evaluatie.", True),
        ("Uw Kamer wordt nader geïnformeerd zodra het onderzoek is afgerond.", True),
        ("Uw Kamer ontvangt uiterlijk 1 december een brief over de evaluatie.", True),
        ("Voor de zomer ontvangt uw Kamer de evaluatie.", True),
        # a recess of the Kamer is a time ahead as a season is
        ("Na het zomerreces van 2017 ontvangt u de evaluatie.", True),
        ("U ontvangt na het zomerreces de evaluatie.", True),
        ("Uw Kamer ontvangt hierbij de rapportage.", False),
        ("Het kabinet stuurt uw Kamer voor de zomer een brief.", True),
        ("Ik stuur uw Kamer voor 1 juli de evaluatie.", True),
        ("Hierbij stuur ik uw Kamer de rapportage.", False),
        ("Het kabinet stuurt uw Kamer een brief.", False),  # no time ahead: it may be this one
        ("De NAVO stuurt uw Kamer binnenkort een rapport.", False),
        ("Uw Kamer ontving op 4 september een brief.", False),
        ("De coalitie ontvangt voor de zomer nieuwe wapens.", False),
        ("In deze brief wordt uw Kamer tevens geïnformeerd over de voortgang.", False),
        ("Uw Kamer is op 4 september geïnformeerd over de missies.", False),
        ("De Kamer wordt regelmatig geïnformeerd door de NAVO.", False),
        # news promised in a season or in the course of a year, as later letters write it
        ("Uw Kamer wordt in het voorjaar van 2024 over de voortgang geïnformeerd.", True),
        ("De Kamer wordt in de loop van 2024 geïnformeerd.", True),
        ("Uw Kamer werd in het voorjaar geïnformeerd.", False),
        ("Uw Kamer wordt voor de zomer op de hoogte gesteld van de uitkomst.", True),
        ("De Kamer wordt in het najaar in kennis gesteld.", True),
        ("Uw Kamer is op de hoogte gesteld.", False),
        ("De kennis van de trainers wordt later benut.", False),
        ("Het kabinet informeert uw Kamer voor de zomer over de evaluatie.", True),
        ("Wij informeren uw Kamer in het najaar over de voortgang.", True),
        ("Het kabinet informeert uw Kamer hierbij over de voortgang.", False),  # this letter
        ("Het kabinet informeert uw Kamer over de voortgang.", False),  # no time ahead
        ("De NAVO informeert de Kamer voor de zomer.", False),
        # an amount with a decimal comma between the verb and its particle is no clause break
        ("Het kabinet stelt 1,2 miljard euro beschikbaar.", True),
        ("Nederland draagt 2,5 miljoen Amerikaanse dollar bij.", True),
        ("Hiervoor is 26,5 miljoen euro gereserveerd.", True),
        ("Het kabinet trekt 3,5 miljoen euro uit.", True),
        ("Frankrijk stelt 1,2 miljard euro beschikbaar.", False),
        ("Het kabinet stelt, nu de inzet eindigt, beschikbaar wat nodig is.", False),  # a clause between
        # an aside between dashes leaves the clause whole
        ("Nederland draagt – via het UNDP – 10 miljoen euro bij.", True),
        ("Frankrijk draagt – via het UNDP – 10 miljoen euro bij.", False),
        # money set aside or its costs covered: "trekt ... uit", "uitgetrokken", "gedekt uit"
        ("Het kabinet trekt hiervoor 12 miljoen euro uit.", True),
        ("Hiervoor is 12 miljoen euro uitgetrokken.", True),
        ("De kosten worden gedekt uit het Budget Internationale Veiligheid.", True),
        ("De kosten worden gefinancierd uit het BIV.", True),
        ("Frankrijk trekt 5 miljoen euro uit.", False),
        ("De coalitie trekt 20 miljoen dollar uit voor de wederopbouw.", False),
        ("ISIS trekt zich terug uit Mosul.", False),
        ("Het kabinet trok zich terug uit het overleg.", False),
        # "zoals (eerder) toegezegd" refers to a toezegging; the letter calls the Kamer "u" too
        ("Zoals eerder toegezegd, wordt u binnen enkele weken van de bevindingen op de hoogte gesteld.", True),
        ("Zoals toegezegd is de evaluatie afgerond.", True),
        ("Zoals eerder toegezegd door de Verenigde Staten, levert de coalitie extra munitie.", False),
        ("U wordt voor de zomer geïnformeerd over de evaluatie.", True),
        ("U ontvangt voor 1 december de evaluatie.", True),
        ("Wij informeren u in het najaar over de voortgang.", True),
        ("De Kamer wordt binnen twee weken geïnformeerd.", True),
        ("U ontvangt hierbij de rapportage.", False),
        ("Tevens wordt u geïnformeerd over de voortgang van de militaire inzet.", False),  # this letter
        ("Binnen de coalitie wordt de Kamer geïnformeerd.", False),
        ("Uiteraard wordt u over de uitkomsten op de hoogte gesteld.", False),  # no time ahead
        # a contingent committed ("zet ... in" with a head count), as "stelt ... beschikbaar" commits it
        ("Naast de verlenging zet Defensie ook maximaal 80 militairen extra in.", True),
        ("Nederland zet vanaf oktober 2016 155 militairen in voor training.", True),
        ("Nederland zet in op een politieke oplossing.", False),
        ("Nederland zet zich in voor de bescherming van burgers.", False),
        ("Frankrijk zet 200 militairen in.", False),
        ("Daarnaast wordt nog één stafofficier ingezet in het hoofdkwartier.", False),  # a posting described
        # money set aside in the active perfect, as in the passive ("is ... vrijgemaakt")
        ("Het kabinet heeft in 2018 € 5 miljoen vrijgemaakt voor ontmijning.", True),
        ("Nederland heeft de steun aan het programma met 8 miljoen euro uitgebreid.", True),
        ("De coalitie heeft 20 miljoen dollar vrijgemaakt.", False),
        ("ISIS heeft haar controle juist uitgebreid.", False),
        ("Zo heeft Nederland een medewerker gedetacheerd bij de coalitie.", False),
        # a short aside between commas leaves the clause around it whole
        ("De bijdrage wordt, zoals eerder aangekondigd, verlengd tot en met 31 december 2018.", True),
        ("Het kabinet stelt, in overleg met de partners, 10 miljoen euro beschikbaar.", True),
        ("Nederland draagt, via het UNDP, 10 miljoen euro bij.", True),
        ("De inzet wordt, indien nodig, voortgezet.", True),
        ("Het kabinet stelt, zoals gezegd, beschikbaar wat nodig is.", True),
        ("De coalitie zal, met steun van Nederland, de training voortzetten.", False),
        ("Frankrijk steunt, samen met Nederland, het programma met 5 miljoen euro.", False),
        ("De training kan, indien nodig, worden verlengd.", False),
        ("Nederland traint de Peshmerga, in Syrië zullen de VS, samen met Frankrijk, luchtsteun geven.", False),
        # a letter of one minister speaks as "ik", with the verb in the first person
        ("Ik zeg u toe dat de rapportage voor de zomer verschijnt.", True),
        ("Ik stel hiervoor 5 miljoen euro beschikbaar.", True),
        ("Ik draag hieraan 2 miljoen euro bij.", True),
        ("Ik trek hiervoor 3 miljoen euro uit.", True),
        ("Zoals ik in mijn brief van 29 april jl. heb toegezegd, ontvangt u hierbij de evaluatie.", True),
        # the letter sending itself, with an aside or not: what it sends is what it is about
        (
            "Hierbij ontvangt u, mede namens de Minister van Buitenlandse Zaken, de stand van zaken van de "
            "openstaande toezeggingen.",
            False,
        ),
        ("Hierbij ontvangt u de stand van zaken van de openstaande toezeggingen.", False),
        ("U ontvangt hierbij, mede namens de minister, een overzicht van de toezeggingen.", False),
        ("Hierbij bied ik u, mede namens de Minister van Defensie, het overzicht van de toezeggingen aan.", False),
        ("Met deze brief informeer ik uw Kamer over de openstaande toezeggingen.", False),
        ("Ik informeer uw Kamer voor de zomer over de openstaande toezeggingen.", True),
        ("Ik stel vast dat de coalitie beschikbaar is.", False),  # "stelt vast": finds, not "stelt ... beschikbaar"
        ("Het kabinet stelt vast dat de middelen beschikbaar zijn.", False),
        ("Frankrijk zegt toe dat het 5 miljoen euro bijdraagt.", False),
        ("Dit draagvlak draagt bij aan de stabiliteit.", False),
        # kept informed is a promise for the time ahead in itself; told once needs a time
        ("Wij houden uw Kamer op de hoogte van de ontwikkelingen.", True),
        ("Het kabinet houdt uw Kamer via de voortgangsrapportages op de hoogte van de inzet.", True),
        ("Uiteraard wordt uw Kamer op de hoogte gehouden van verdere ontwikkelingen.", True),
        ("Wij blijven uw Kamer op de hoogte houden.", True),
        ("Ik houd u op de hoogte.", True),
        ("Uw Kamer wordt voor de zomer op de hoogte gebracht.", True),
        ("Uw Kamer is steeds op de hoogte gehouden van de ontwikkelingen.", False),  # past
        ("Met deze brief houden wij uw Kamer op de hoogte van de voortgang.", False),  # this letter
        ("De coalitie houdt de partners op de hoogte.", False),
        ("Frankrijk houdt uw Kamer op de hoogte.", False),
        ("Uw Kamer wordt op de hoogte gebracht.", False),  # no time ahead
        ("De Iraakse regering is op de hoogte van de plannen.", False),
        # in a subordinate clause the rule asks who acts there, and what governs it
        ("Het kabinet verwacht dat ISIS in 2017 Mosul zal verliezen.", False),
        ("Het kabinet verwacht dat de kosten in 2017 zullen stijgen.", False),
        ("Het kabinet acht het waarschijnlijk dat de strijd langer zal duren.", False),
        ("Het kabinet gaat ervan uit dat de Iraakse regering de hervormingen zal doorzetten.", False),
        ("Het kabinet verwelkomt dat de NAVO heeft besloten AWACS-vliegtuigen in te zetten.", False),
        ("Het kabinet heeft Irak gevraagd of het de training zal voortzetten.", False),
        ("De VS hebben gevraagd of Nederland extra trainers zal leveren.", False),
        ("Het kabinet kan besluiten dat de inzet wordt verlengd.", False),
        ("Het kabinet heeft besloten dat Nederland de training zal voortzetten.", True),
        ("De minister zegt toe dat uw Kamer voor de zomer wordt geïnformeerd.", True),
        ("Het kabinet zal erop toezien dat de coalitie het oorlogsrecht respecteert.", True),
        # places joined by "en" say where, as one place does; "boven Irak" as "in Irak"
        ("De inzet van de F-16's in Irak en Syrië wordt verlengd.", True),
        ("De inzet van de F-16's boven Syrië wordt voortgezet.", True),
        ("Voor de stabilisatie in Irak en Syrië stelt Nederland 20 miljoen euro beschikbaar.", True),
        ("Met Duitsland en België zal Nederland de training voortzetten.", True),
        ("Irak en Syrië zullen de grens sluiten.", False),
        ("Frankrijk en Nederland zullen de inzet afwisselen.", True),  # the Netherlands among the subjects
        # "de regering" is the one the letter speaks for, unless another is named
        ("De regering zal de F-16's per 1 januari 2017 terugtrekken.", True),
        ("De Iraakse regering zal de hervormingen doorzetten.", False),
        ("De regering van Irak zal de hervormingen doorzetten.", False),
        ("De regering-Assad zal de aanvallen voortzetten.", False),
        # taking part in the mission, or going on with it, the government named
        ("Nederland neemt ook in 2017 deel aan de anti-ISIS coalitie.", True),
        ("Nederland blijft ook in 2017 deelnemen aan de coalitie.", True),
        ("Nederland blijft tot en met 31 december 2017 bijdragen aan de training.", True),
        ("Nederland neemt deel aan consultaties in EU-verband.", False),
        ("Frankrijk neemt deel aan de coalitie.", False),
        ("Irak blijft de hervormingen steunen.", False),
        ("De Nederlandse inzet blijft erop gericht om een bijdrage te leveren aan de-escalatie.", False),
        # a toezegging kept is one to strike off the list
        ("De toezegging om de inzet jaarlijks te evalueren wordt hiermee ingelost.", True),
        ("De toezegging van de VS wordt hiermee ingelost.", False),
        ("Irak heeft zijn toezegging niet ingelost.", False),
    ],
)
def test_commitment_or_not(sentence: str, is_commitment: bool) -> None:
    assert bool(facts(sentence, "commitment")) is is_commitment


def test_reference_to_earlier_toezeggingen() -> None:
    sentence = "In overeenstemming met gedane toezeggingen informeren wij u tevens over de coördinatie."
    assert [f.value for f in facts(sentence, "commitment")] == [sentence]
