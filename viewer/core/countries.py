"""The world's countries by their Dutch names, and the organisations and peoples a letter names.

A letter on a mission names its partners ("Zweden stuurt ongeveer 200 militairen naar Timboektoe",
"Tsjaad levert 1.400 militairen"); a short list of the usual coalition partners let the rest pass
for the Dutch government, and their contributions for Dutch commitments. Written out by hand from
the Dutch names of the states of the United Nations (and a few more a letter uses), as regex
alternatives: a space stands for any run of whitespace.
"""

from __future__ import annotations

COUNTRIES = (
    *("Afghanistan", "Albanië", "Algerije", "Amerika", "Andorra", "Angola", "Argentinië", "Armenië", "Australië"),
    *("Azerbeidzjan", "Bahrein", "Bangladesh", "Belarus", "Wit-Rusland", "België", "Benin", "Bhutan", "Bolivia"),
    *("Bosnië-Herzegovina", "Bosnië", "Botswana", "Brazilië", "Brunei", "Bulgarije", "Burkina Faso", "Burundi"),
    *("Cambodja", "Canada", "Centraal-Afrikaanse Republiek", "Chili", "China", "Colombia", "Congo", "Costa Rica"),
    *("Cuba", "Cyprus", "Denemarken", "Djibouti", "Duitsland", "Ecuador", "Egypte", "Eritrea", "Estland"),
    *("Ethiopië", "Filipijnen", "Finland", "Frankrijk", "Gabon", "Gambia", "Georgië", "Ghana", "Griekenland"),
    *("Groot-Brittannië", "Guatemala", "Guinee-Bissau", "Guinee", "Haïti", "Honduras", "Hongarije", "Ierland"),
    *("IJsland", "India", "Indonesië", "Irak", "Iran", "Israël", "Italië", "Ivoorkust", "Japan", "Jemen"),
    *("Jordanië", "Kameroen", "Kazachstan", "Kenia", "Kirgizië", "Koeweit", "Kosovo", "Kroatië", "Laos"),
    *("Letland", "Libanon", "Liberia", "Libië", "Litouwen", "Luxemburg", "Noord-Macedonië", "Macedonië"),
    *("Madagaskar", "Malawi", "Maleisië", "Mali", "Malta", "Marokko", "Mauritanië", "Mexico", "Moldavië"),
    *("Mongolië", "Montenegro", "Mozambique", "Myanmar", "Namibië", "Nepal", "Nicaragua", "Nieuw-Zeeland"),
    *("Nigeria", "Niger", "Noord-Korea", "Noorwegen", "Oekraïne", "Oezbekistan", "Oman", "Oostenrijk"),
    *("Pakistan", "Palestina", "Panama", "Paraguay", "Peru", "Polen", "Portugal", "Qatar", "Roemenië", "Rusland"),
    *("Rwanda", "Saoedi-Arabië", "Senegal", "Servië", "Sierra Leone", "Singapore", "Slovenië", "Slowakije"),
    *("Zuid-Soedan", "Soedan", "Somalië", "Spanje", "Sri Lanka", "Suriname", "Syrië", "Tadzjikistan", "Taiwan"),
    *("Tanzania", "Thailand", "Togo", "Tsjaad", "Tsjechië", "Tunesië", "Turkije", "Turkmenistan", "Uganda"),
    *("Saudi-Arabië", "Oeganda", "Golfstaten"),
    *("Uruguay", "Venezuela", "Verenigde Arabische Emiraten", "Verenigde Staten", "Verenigd Koninkrijk"),
    *("Vietnam", "Zambia", "Zimbabwe", "Zuid-Afrika", "Zuid-Korea", "Zweden", "Zwitserland", "Koerdistan"),
    *("Seychellen", "Comoren", "Malediven", "Kaapverdië", "Eswatini", "Swaziland", "Somaliland", "Puntland"),
    *("Bagdad", "Erbil", "Bamako", "Kabul"),  # the seats of governments a letter deals with
)

# Organisations, missions and movements that act in a letter as a country does ("AMISOM zal 22.000
# militairen blijven inzetten", "UNICEF stelt 5 miljoen dollar beschikbaar"), and as a country, only
# as the subject: "de bijdrage aan MINUSMA wordt verlengd" is the government's own.
ORGANISATIONS = (
    *("AMISOM", "AU", "Afrikaanse Unie", "G5 Sahel", "G5", "ECOWAS", "Ecowas", "MINUSMA", "MINUSCA", "UNAMA"),
    # other countries' armed forces, by their own names
    *("Bundeswehr", "US Army", "US Navy", "US Air Force", "Royal Navy", "Royal Air Force", "British Army"),
    *(
        "EUTM Mali",
        "EUTM",
        "EUCAP Sahel Mali",
        "EUCAP Sahel Niger",
        "EUCAP Sahel",
        "EUCAP",
        "OVSE",
        "OSCE",
        "Resolute Support",
        "Rode Kruis",
        "ICRC",
        "UNICEF",
        "Unicef",
        "UNMAS",
    ),
    *("Barkhane", "Operatie Barkhane", "Taliban", "CMA", "Platform", "UNMISS", "UNIFIL", "MONUSCO", "UNAMID"),
    *("UNDOF", "UNTSO", "UNMIK", "KFOR", "EUFOR", "EUNAVFOR", "ISAF", "RSM", "UNDP", "Wereldbank"),
)
# Peoples named for their forces ("De Amerikanen leveren ..."), allies, authorities; "Zweden" and "Polen"
# are countries above
PEOPLES = (
    *("bondgenoten", "autoriteiten", "Amerikanen", "Britten", "Fransen", "Duitsers", "Belgen", "Denen", "Noren"),
    *("Italianen", "Spanjaarden", "Canadezen", "Australiërs", "Irakezen", "Afghanen", "Russen", "Turken"),
    *("Koerden", "Chinezen", "Japanners", "Malinezen", "lidstaten", "donoren", "donorlanden", "ngo's", "NGO's"),
    *("bedrijfsleven", "Frontex", "Navo"),
)


def alternatives(names: tuple[str, ...]) -> str:
    return "|".join(name.replace(" ", r"\s+") for name in names)
