"""What the Kamer, a member or a motion asks of the government is no fact of the government's: the
numbers in it are asked for, not sent (a tester's fourteenth round, letters answering the Kamer)."""

from __future__ import annotations

import pytest

from viewer.core.facts.requested import asked_for

from factkit import facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Het lid Karabulut (SP) vroeg of de regering 25 extra trainers naar Erbil wil sturen.",
        "De motie van het lid Van Dijk (Kamerstuk 27 925, nr. 600) verzoekt de regering 100 militairen extra"
        " beschikbaar te stellen voor de missie.",
        "De Kamer heeft de regering verzocht 60 extra trainers in te zetten in Bagdad.",
        "Het lid Bosman vraagt de regering om 30 militairen extra naar Jordanië te sturen.",
        "Bent u bereid 30 extra trainers naar Erbil te sturen?",
        "De leden van de VVD-fractie vragen of het kabinet 40 militairen in Bagdad stationeert.",
    ],
)
def test_troops_asked_for_are_no_troops(sentence: str) -> None:
    assert facts(sentence, "troops") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the government follows the request: its own act, in a clause of its own or by a noun
        "Zoals de Kamer heeft verzocht, zal het kabinet 30 extra trainers naar Erbil sturen.",
        "Op verzoek van de Kamer stuurt Nederland 30 extra trainers naar Erbil.",
        "In antwoord op de vraag van het lid Bosman: Nederland levert 30 extra trainers.",
        # the government asks others: its numbers stay
        "Nederland vraagt België om 30 extra trainers te leveren naast de 30 Nederlandse trainers.",
    ],
)
def test_troops_sent_on_a_request_stay(sentence: str) -> None:
    assert 30 in [f.value for f in facts(sentence, "troops")]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # the second count of local forces trained is of the same forces
        ("Er zijn 450 Iraakse officieren en 120 onderofficieren getraind door 25 Nederlandse instructeurs.", [25]),
        ("De coalitie trainde in deze periode 300 Iraakse officieren en 200 onderofficieren.", []),
        # ... but a Dutch count after a local one stays
        ("Er zijn 450 Iraakse officieren en 20 Nederlandse instructeurs in Erbil.", [20]),
    ],
)
def test_local_trainees_after_and(sentence: str, count: list[int]) -> None:
    assert [f.value for f in facts(sentence, "troops")] == count


def test_a_question_anywhere_in_its_sentence() -> None:
    sentence = "Kan de minister toezeggen dat de Kamer voor de zomer wordt geïnformeerd?"
    assert asked_for(sentence, sentence.index("toezeggen"))
    statement = "De minister zegt toe dat de Kamer voor de zomer wordt geïnformeerd."
    assert not asked_for(statement, statement.index("toe"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Bent u bereid de Kamer maandelijks over de aantallen te informeren?",
        "Kunt u toezeggen dat de Nederlandse trainers niet aan de frontlinie zullen worden ingezet?",
        "Is het kabinet voornemens de missie te verlengen?",
        "Het lid Sjoerdsma vroeg of het kabinet bereid is 10 miljoen euro extra beschikbaar te stellen.",
        "De Kamer heeft de regering verzocht 60 extra trainers in te zetten in Bagdad.",
        "De motie-Karabulut verzoekt de regering 5 miljoen euro beschikbaar te stellen.",
        "In het debat vroeg het lid Bosman of het kabinet de missie zal verlengen.",
    ],
)
def test_what_the_kamer_asks_is_no_commitment(sentence: str) -> None:
    assert facts(sentence, "commitment") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Zoals de Kamer heeft verzocht, zal het kabinet 30 extra trainers naar Erbil sturen.",
        "Het kabinet zal de missie verlengen, zoals de Kamer heeft gevraagd.",
        "Het kabinet verzoekt de Kamer in te stemmen met de inzet van 150 militairen en zal de Kamer informeren.",
        "Het kabinet vraagt uw Kamer in te stemmen en zal de missie verlengen.",
        "Ik ben bereid uw Kamer in de voortgangsrapportages over de aantallen te informeren.",
    ],
)
def test_the_governments_answer_is_its_commitment(sentence: str) -> None:
    assert len(facts(sentence, "commitment")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # the Kamer named before the government, as a preposition's object or in a clause of its own
        # (a tester's fourteenth round: these read as the Kamer's own acts or requests)
        "Zoals de Kamer heeft gevraagd zal het kabinet 20 extra trainers naar Erbil sturen.",
        "Op verzoek van uw Kamer zal ik u voortaan elk kwartaal informeren over de voortgang.",
        "Uw Kamer zal voor de zomer worden geïnformeerd over de openstaande vragen.",
        "Na het debat met de Kamer zal het kabinet de evaluatie voor de zomer sturen.",
        "Met steun van de Kamer zal het kabinet de missie verlengen tot eind 2019.",
        "Zoals met uw Kamer afgesproken zal ik u twee keer per jaar een voortgangsrapportage sturen.",
        "In overleg met de Kamer zal het kabinet de inzet evalueren.",
        "Op verzoek van de Kamer heeft het kabinet besloten de missie te verlengen.",
        "Conform het verzoek van de vaste commissie zal ik u voor 1 mei informeren.",
        "De vragen die de Kamer stelde zal ik voor 1 april schriftelijk beantwoorden.",
        "Uw Kamer zal nader worden geïnformeerd zodra de VN Nederland om een bijdrage vraagt.",
        "Zoals het lid Sjoerdsma vroeg zal ik uw Kamer voor de zomer informeren.",
        "Zoals de motie-Belhaj vraagt stelt het kabinet 2 miljoen euro beschikbaar voor ontmijning.",
        "De motie-Belhaj verzocht de regering om ontmijning te steunen en het kabinet stelt daarom 5 miljoen"
        " euro beschikbaar.",
        "Het overzicht waar uw Kamer om vroeg zal ik u voor 1 mei sturen.",
        "De 25 trainers waar de Kamer om vroeg zullen in mei worden uitgezonden.",
        "Als lid van de VN-Veiligheidsraad zal Nederland aandacht vragen voor de situatie in Jemen.",
        # the Netherlands' own bodies are no other country's
        "Conform het besluit van de Ministerraad zal Nederland de bijdrage aan MINUSMA verlengen.",
        "Het aanbod van Defensie om twee Chinooks te leveren zal aan de VN worden overgebracht.",
    ],
)
def test_a_promise_that_names_the_kamer_first_is_the_governments(sentence: str) -> None:
    assert len(facts(sentence, "commitment")) == 1


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Zoals de Kamer heeft gevraagd zal het kabinet 20 extra trainers naar Erbil sturen.", 20),
        ("Uw Kamer wordt verzocht in te stemmen met de inzet van 150 militairen in Mali.", 150),
        ("De 25 trainers waar de Kamer om vroeg zullen in mei worden uitgezonden.", 25),
    ],
)
def test_troops_the_government_sends_on_a_request_stay(sentence: str, count: int) -> None:
    assert [f.value for f in facts(sentence, "troops")] == [count]


def test_a_motion_cited_with_c_s_and_its_reference_is_one_sentence() -> None:
    # "c.s." before "(Kamerstuk ...)" ended the sentence: the motion's request then read as the
    # government's own, with its 40 soldiers (a tester's fourteenth round)
    text = (
        "De motie-Belhaj c.s. (Kamerstuk 27 925, nr. 640) verzoekt de regering om in 2019 ten minste 40 extra"
        " militairen beschikbaar te stellen. Het kabinet ontraadt deze motie."
    )
    assert [f.kind for f in facts(text) if f.kind in ("commitment", "troops")] == []
    then = "De motie is ingediend door het lid Belhaj c.s. Het kabinet zal de motie uitvoeren."
    assert [f.text for f in facts(then, "commitment")] == ["Het kabinet zal de motie uitvoeren."]


def test_a_sentence_of_pages_is_not_read_whole_for_each_of_its_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each count asked whether it was asked for; the question read the whole "sentence" (a table
    copied from a PDF runs for pages) each time: 8000 counts took 6 s. Only asking verbs near the
    count are looked at, and the sentence's verbs are found once."""
    from viewer.core.facts import requested

    looked: list[int] = []
    real = requested._asks_at
    monkeypatch.setattr(requested, "_asks_at", lambda plain, ask, at: looked.append(1) or real(plain, ask, at))
    unit = "de Kamer vroeg om 10 militairen, "
    text = unit * 400 + "en 10 militairen."
    found = facts(text, "troops")
    assert [f.offset for f in found] == [text.rindex("10 militairen")]  # all but the last are asked for
    assert len(looked) <= 401 * (2 * 400 // len(unit) + 2)  # a few verbs each, not all 400
