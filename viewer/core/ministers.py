"""The Netherlands' ministers by name, as letters name them: "Minister Koenders", "minister
Hennis-Plasschaert", "de ministers Bijleveld en Blok".

A minister named by one of these is the Netherlands' whatever the sentence says; by another name,
another country's only where the sentence gives the minister a country or makes the promise another
country's act ("Minister Le Drian zegde toe dat Frankrijk ...", "minister Mattis van de VS"; see
facts/actors.py), so that a later cabinet's minister, missing here, still speaks for the government.
Written out by hand, surnames without their particles ("Van Middelkoop" is "Middelkoop", "De Jonge"
is "Jonge"), of every cabinet from Kok II (1998) on.
"""

from __future__ import annotations

SURNAMES = (
    # Kok II
    *("Kok", "Jorritsma", "Borst", "Aartsen", "Herfkens", "Grave", "Zalm", "Korthals", "Hermans", "Netelenbos"),
    *("Pronk", "Vermeend", "Apotheker", "Brinkhorst", "Boxtel", "Peper", "Vries"),
    # Balkenende I-IV
    *("Balkenende", "Heinsbroek", "Bomhoff", "Boer", "Nawijn", "Kamp", "Hoop Scheffer", "Bot", "Ardenne"),
    *("Donner", "Remkes", "Hoogervorst", "Hoeven", "Veerman", "Geus", "Peijs", "Dekker", "Verdonk", "Graaf"),
    *("Pechtold", "Nicolaï", "Hirsch Ballin", "Winsemius", "Verhagen", "Koenders", "Middelkoop", "Bos"),
    *("Rouvoet", "Horst", "Plasterk", "Klink", "Vogelaar", "Laan", "Cramer", "Eurlings", "Verburg"),
    *("Huizinga", "Jager"),
    # Rutte I-IV
    *("Rutte", "Rosenthal", "Hillen", "Opstelten", "Leers", "Spies", "Bijsterveldt", "Schippers", "Schultz"),
    *("Asscher", "Timmermans", "Ploumen", "Hennis", "Dijsselbloem", "Steur", "Dijkhoff", "Blok", "Bussemaker"),
    *("Jonge", "Ollongren", "Schouten", "Hoekstra", "Zijlstra", "Kaag", "Bijleveld", "Grapperhaus", "Slob"),
    *("Engelshoven", "Koolmees", "Wiebes", "Nieuwenhuizen", "Bruins", "Rijn", "Ark", "Veldhoven", "Bruijn"),
    *("Knapen", "Yeşilgöz", "Yesilgöz", "Weerwind", "Harbers", "Adema", "Jetten", "Gennip", "Kuipers"),
    *("Helder", "Dijkgraaf", "Wal", "Adriaansens", "Huffelen", "Schreinemacher", "Leeuwen", "Staghouwer"),
    # Schoof
    *("Schoof", "Faber", "Keijzer", "Agema", "Hijum", "Veldkamp", "Klever", "Brekelmans", "Heinen", "Weel"),
    *("Uitermark", "Madlener", "Wiersma", "Beljaarts", "Oosten"),
)
# The particles before a surname: "minister Van Middelkoop", "minister Ter Horst", "Hugo de Jonge"
PARTICLES = ("van", "Van", "de", "De", "der", "den", "ter", "Ter", "ten", "het")
