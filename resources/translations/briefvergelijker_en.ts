<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name></name>
    <message>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Vergelijkt twee brieven uit een Kamerstukkenreeks: per kop uitgelijnd, met de wijzigingen per woord en de feiten (troepenaantallen, data, bedragen, toezeggingen) naast elkaar.&lt;/p&gt;&lt;p&gt;De licenties van de onderdelen staan in de map {licenses} van de installatie.&lt;/p&gt;&lt;p&gt;Gebouwd met Qt {qt} en PySide6 {pyside}. Qt en PySide6 vallen onder de GNU LGPL versie 3 en worden als gedeelde bibliotheken gebruikt; u mag ze vervangen door een eigen, gewijzigde versie. De broncode van Qt staat op qt.io.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Compares two letters of a parliamentary series: aligned by heading, with the changes word by word and the facts (troop numbers, dates, amounts, commitments) side by side.&lt;/p&gt;&lt;p&gt;The licences of the components are in the {licenses} folder of the installation.&lt;/p&gt;&lt;p&gt;Built with Qt {qt} and PySide6 {pyside}. Qt and PySide6 are licensed under the GNU LGPL version 3 and are used as shared libraries; you may replace them with your own modified version. The source code of Qt is available at qt.io.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Over {0}</source>
        <translation>About {0}</translation>
    </message>
    <message>
        <source>&amp;Vergelijken…</source>
        <translation>&amp;Compare…</translation>
    </message>
    <message>
        <source>Kies de oude en de nieuwe brief</source>
        <translation>Choose the old and the new letter</translation>
    </message>
    <message>
        <source>&amp;Wissel oud en nieuw</source>
        <translation>&amp;Swap old and new</translation>
    </message>
    <message>
        <source>Verwissel de oude en de nieuwe brief</source>
        <translation>Swap the old and the new letter</translation>
    </message>
    <message>
        <source>Opnieuw &amp;laden</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Lees beide brieven opnieuw</source>
        <translation>Read both letters again</translation>
    </message>
    <message>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Bewaar de vergelijking als rapport, samenvatting, feitentabel of JSON</source>
        <translation>Save the comparison as a report, summary, facts table or JSON</translation>
    </message>
    <message>
        <source>Af&amp;drukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Druk de vergelijking af, of bewaar haar als PDF</source>
        <translation>Print the comparison, or save it as PDF</translation>
    </message>
    <message>
        <source>Afdrukvoor&amp;beeld…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>Bekijk de bladzijden zoals ze worden afgedrukt</source>
        <translation>See the pages as they will print</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Sluit het programma</source>
        <translation>Close the program</translation>
    </message>
    <message>
        <source>&amp;Volgende wijziging</source>
        <translation>&amp;Next change</translation>
    </message>
    <message>
        <source>Ga naar de volgende wijziging</source>
        <translation>Go to the next change</translation>
    </message>
    <message>
        <source>V&amp;orige wijziging</source>
        <translation>&amp;Previous change</translation>
    </message>
    <message>
        <source>Ga naar de vorige wijziging</source>
        <translation>Go to the previous change</translation>
    </message>
    <message>
        <source>&amp;Eerste wijziging</source>
        <translation>&amp;First change</translation>
    </message>
    <message>
        <source>Ga naar de eerste wijziging</source>
        <translation>Go to the first change</translation>
    </message>
    <message>
        <source>&amp;Laatste wijziging</source>
        <translation>&amp;Last change</translation>
    </message>
    <message>
        <source>Ga naar de laatste wijziging</source>
        <translation>Go to the last change</translation>
    </message>
    <message>
        <source>Volgend &amp;feit</source>
        <translation>Next fac&amp;t</translation>
    </message>
    <message>
        <source>Ga naar het volgende feit in de lijst</source>
        <translation>Go to the next fact in the list</translation>
    </message>
    <message>
        <source>Vo&amp;rig feit</source>
        <translation>Previous f&amp;act</translation>
    </message>
    <message>
        <source>Ga naar het vorige feit in de lijst</source>
        <translation>Go to the previous fact in the list</translation>
    </message>
    <message>
        <source>Feit nagekeken, &amp;volgende</source>
        <translation>Fact reviewed, &amp;next</translation>
    </message>
    <message>
        <source>Vink het gekozen feit af als nagekeken en ga naar het volgende</source>
        <translation>Tick off the selected fact as reviewed and go to the next</translation>
    </message>
    <message>
        <source>&amp;Zoeken…</source>
        <translation>F&amp;ind…</translation>
    </message>
    <message>
        <source>Zoek tekst in beide brieven</source>
        <translation>Find text in both letters</translation>
    </message>
    <message>
        <source>&amp;Gelijk scrollen</source>
        <translation>&amp;Synchronised scrolling</translation>
    </message>
    <message>
        <source>Scroll beide brieven samen</source>
        <translation>Scroll both letters together</translation>
    </message>
    <message>
        <source>Gr&amp;oter</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Tekst groter</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>&amp;Kleiner</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>Tekst kleiner</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>&amp;Normale grootte</source>
        <translation>&amp;Normal size</translation>
    </message>
    <message>
        <source>Tekst op normale grootte</source>
        <translation>Text at normal size</translation>
    </message>
    <message>
        <source>&amp;Donker kleurenschema</source>
        <translation>&amp;Dark colour scheme</translation>
    </message>
    <message>
        <source>Lichte tekst op een donkere achtergrond</source>
        <translation>Light text on a dark background</translation>
    </message>
    <message>
        <source>&amp;Handleiding</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>Uitleg van het venster, de kleuren en de sneltoetsen</source>
        <translation>How the window, the colours and the keys work</translation>
    </message>
    <message>
        <source>&amp;Over Briefvergelijker</source>
        <translation>&amp;About Briefvergelijker</translation>
    </message>
    <message>
        <source>Versie en licentie</source>
        <translation>Version and licence</translation>
    </message>
    <message>
        <source>&amp;Recente vergelijkingen</source>
        <translation>Recen&amp;t comparisons</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Ga naar</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Feiten</source>
        <translation>F&amp;acts</translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Taal / Language</source>
        <translation>&amp;Language / Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Oude brief</source>
        <translation>Old letter</translation>
    </message>
    <message>
        <source>Nieuwe brief</source>
        <translation>New letter</translation>
    </message>
    <message>
        <source>Sleep de oude brief hierheen (of Ctrl+O)</source>
        <translation>Drop the old letter here (or Ctrl+O)</translation>
    </message>
    <message>
        <source>Sleep de nieuwe brief hierheen (of Ctrl+O)</source>
        <translation>Drop the new letter here (or Ctrl+O)</translation>
    </message>
    <message>
        <source>Overzicht van de wijzigingen</source>
        <translation>Overview of the changes</translation>
    </message>
    <message>
        <source>Overzicht: blauw links is verwijderd, oranje rechts is toegevoegd, paars is een feit</source>
        <translation>Overview: blue on the left was removed, orange on the right was added, purple is a fact</translation>
    </message>
    <message>
        <source>Brief niet te openen</source>
        <translation>Letter cannot be opened</translation>
    </message>
    <message>
        <source>Kies een ander bestand; het venster blijft bruikbaar.</source>
        <translation>Choose another file; the window stays usable.</translation>
    </message>
    <message>
        <source>Interne fout</source>
        <translation>Internal error</translation>
    </message>
    <message>
        <source>Er ging iets mis in het programma. Meld dit met de details hieronder.</source>
        <translation>Something went wrong in the program. Please report it with the details below.</translation>
    </message>
    <message>
        <source>Bestand gewijzigd</source>
        <translation>File changed</translation>
    </message>
    <message>
        <source>{0} is op schijf gewijzigd. Opnieuw laden en vergelijken?</source>
        <translation>{0} has changed on disk. Reload and compare again?</translation>
    </message>
    <message>
        <source>{0} en {1} zijn op schijf gewijzigd. Opnieuw laden en vergelijken?</source>
        <translation>{0} and {1} have changed on disk. Reload and compare again?</translation>
    </message>
    <message>
        <source>Vergelijking exporteren</source>
        <translation>Export comparison</translation>
    </message>
    <message>
        <source>de map bestaat niet</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>geen toestemming om daar te schrijven</source>
        <translation>no permission to write there</translation>
    </message>
    <message>
        <source>de schijf is vol</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>de schijf is alleen-lezen</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>dat is een map; kies een bestandsnaam</source>
        <translation>that is a folder; choose a file name</translation>
    </message>
    <message>
        <source>de naam is te lang</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <source>een deel van het pad is een bestand, geen map</source>
        <translation>part of the path is a file, not a folder</translation>
    </message>
    <message>
        <source>in die map kan geen bestand worden gemaakt</source>
        <translation>no file can be created in that folder</translation>
    </message>
    <message>
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>{0} kon niet worden geschreven: {1}</source>
        <translation>{0} could not be written: {1}</translation>
    </message>
    <message>
        <source>Een bestaand bestand met die naam is ongewijzigd gebleven.</source>
        <translation>An existing file of that name was left unchanged.</translation>
    </message>
    <message>
        <source>Markeringen niet bewaard</source>
        <translation>Review marks not saved</translation>
    </message>
    <message>
        <source>De markeringen &apos;nagekeken&apos; konden niet worden bewaard: {0}</source>
        <translation>The review marks could not be saved: {0}</translation>
    </message>
    <message>
        <source>Ze blijven zichtbaar zolang dit venster open is; eerder bewaarde blijven bewaard.</source>
        <translation>They stay visible while this window is open; marks saved earlier are kept.</translation>
    </message>
    <message>
        <source>Afdrukken mislukt</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>Afdrukken naar {0} is mislukt.</source>
        <translation>Printing to {0} failed.</translation>
    </message>
    <message>
        <source>Controleer de printer of kies een andere map voor het PDF-bestand.</source>
        <translation>Check the printer, or choose another folder for the PDF file.</translation>
    </message>
    <message>
        <source>troepen</source>
        <translation>troops</translation>
    </message>
    <message>
        <source>geld</source>
        <translation>money</translation>
    </message>
    <message>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <source>toezegging</source>
        <translation>commitment</translation>
    </message>
    <message>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>vervallen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>ongewijzigd</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Oud</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sectie</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Vink aan wat u hebt nagekeken (spatiebalk).</source>
        <translation>Tick off what you have reviewed (space bar).</translation>
    </message>
    <message>
        <source>Soort feit</source>
        <translation>Kind of fact</translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Status van het feit</source>
        <translation>Status of the fact</translation>
    </message>
    <message>
        <source>Verschillen</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Nog na te kijken</source>
        <translation>Not yet reviewed</translation>
    </message>
    <message>
        <source>Zoeken in de feiten</source>
        <translation>Search the facts</translation>
    </message>
    <message>
        <source>Zoeken in de feiten…</source>
        <translation>Search the facts…</translation>
    </message>
    <message>
        <source>Toont alleen de feiten met deze woorden in hun waarde, zin of sectie</source>
        <translation>Shows only the facts with these words in their value, sentence or section</translation>
    </message>
    <message>
        <source>Feiten</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Soort:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Nagekeken aan/uit</source>
        <translation>&amp;Reviewed on/off</translation>
    </message>
    <message>
        <source>Vink de gekozen feiten af of weer aan</source>
        <translation>Tick the selected facts off, or on again</translation>
    </message>
    <message>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Kopieer de gekozen feiten, voor Excel of Word</source>
        <translation>Copy the selected facts, for Excel or Word</translation>
    </message>
    <message>
        <source>Alle feiten &amp;selecteren</source>
        <translation>&amp;Select all facts</translation>
    </message>
    <message>
        <source>Selecteer alle feiten in de lijst</source>
        <translation>Select every fact in the list</translation>
    </message>
    <message>
        <source>{0} van {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <source>{0} van {1} verschil nagekeken</source>
        <translation>{0} of {1} difference reviewed</translation>
    </message>
    <message>
        <source>{0} van {1} verschillen nagekeken</source>
        <translation>{0} of {1} differences reviewed</translation>
    </message>
    <message>
        <source>Geen feiten met deze woorden bij deze keuze.</source>
        <translation>No facts with these words in this selection.</translation>
    </message>
    <message>
        <source>Geen verschillen in de feiten: alle {0} staan gelijk in beide brieven.</source>
        <translation>No differences in the facts: all {0} stand the same in both letters.</translation>
    </message>
    <message>
        <source>Alle verschillen zijn nagekeken.</source>
        <translation>All differences have been reviewed.</translation>
    </message>
    <message>
        <source>Geen feiten bij deze keuze.</source>
        <translation>No facts in this selection.</translation>
    </message>
    <message>
        <source>Kies eerst een feit in de lijst.</source>
        <translation>Choose a fact in the list first.</translation>
    </message>
    <message>
        <source>De markeringen &apos;nagekeken&apos; worden nog gelezen; probeer het zo weer.</source>
        <translation>The &apos;reviewed&apos; marks are still being read; try again in a moment.</translation>
    </message>
    <message>
        <source>Nagekeken; dit was het laatste feit in de lijst.</source>
        <translation>Reviewed; this was the last fact in the list.</translation>
    </message>
    <message>
        <source>Zoeken in beide brieven</source>
        <translation>Find in both letters</translation>
    </message>
    <message>
        <source>Zoeken in beide brieven…</source>
        <translation>Find in both letters…</translation>
    </message>
    <message>
        <source>Vorige treffer (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <source>Vorige treffer</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Volgende treffer (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <source>Volgende treffer</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Zoekbalk sluiten (Esc)</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <source>Zoekbalk sluiten</source>
        <translation>Close the find bar</translation>
    </message>
    <message>
        <source>Zoeken:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>geen treffers</source>
        <translation>no matches</translation>
    </message>
    <message>
        <source>Legenda</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>verwijderd (doorgestreept)</source>
        <translation>removed (struck through)</translation>
    </message>
    <message>
        <source>toegevoegd (onderstreept)</source>
        <translation>added (underlined)</translation>
    </message>
    <message>
        <source>feit (stippellijn)</source>
        <translation>fact (dotted line)</translation>
    </message>
    <message>
        <source>↕ verplaatst   ✎ hernoemd</source>
        <translation>↕ moved   ✎ renamed</translation>
    </message>
    <message>
        <source>sectie ontbreekt hier</source>
        <translation>section missing here</translation>
    </message>
    <message>
        <source>Secties</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Dit was de laatste wijziging.</source>
        <translation>That was the last change.</translation>
    </message>
    <message>
        <source>Dit was de eerste wijziging.</source>
        <translation>That was the first change.</translation>
    </message>
    <message>
        <source>Geen wijzigingen.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <source>Geen volgend feit in de lijst.</source>
        <translation>No next fact in the list.</translation>
    </message>
    <message>
        <source>Geen vorig feit in de lijst.</source>
        <translation>No previous fact in the list.</translation>
    </message>
    <message>
        <source>Geëxporteerd naar {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <source>Afgedrukt naar {0}</source>
        <translation>Printed to {0}</translation>
    </message>
    <message>
        <source>Afgedrukt</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Gekozen: {0}
Sleep nu de andere brief naar de andere kant.</source>
        <translation>Chosen: {0}
Now drop the other letter on the other side.</translation>
    </message>
    <message>
        <source>Bezig met laden en vergelijken…</source>
        <translation>Loading and comparing…</translation>
    </message>
    <message>
        <source>Oude brief laden…</source>
        <translation>Loading the old letter…</translation>
    </message>
    <message>
        <source>Nieuwe brief laden…</source>
        <translation>Loading the new letter…</translation>
    </message>
    <message>
        <source>Vergelijken…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <source>Eerdere markeringen &apos;nagekeken&apos; niet te lezen: {0}</source>
        <translation>Earlier review marks could not be read: {0}</translation>
    </message>
    <message>
        <source>Markeringen &apos;nagekeken&apos; niet bewaard: {0}</source>
        <translation>Review marks not saved: {0}</translation>
    </message>
    <message>
        <source>nr. {0}</source>
        <translation>no. {0}</translation>
    </message>
    <message>
        <source>datum niet gevonden</source>
        <translation>date not found</translation>
    </message>
    <message>
        <source>zonder nummer of datum</source>
        <translation>without number or date</translation>
    </message>
    <message>
        <source>{0} wijziging</source>
        <translation>{0} change</translation>
    </message>
    <message>
        <source>{0} wijzigingen</source>
        <translation>{0} changes</translation>
    </message>
    <message>
        <source>{0} feit anders</source>
        <translation>{0} fact differs</translation>
    </message>
    <message>
        <source>{0} feiten anders</source>
        <translation>{0} facts differ</translation>
    </message>
    <message>
        <source>Secties: {0}  ·  {1}  ·  {2}</source>
        <translation>Sections: {0}  ·  {1}  ·  {2}</translation>
    </message>
    <message>
        <source>Oud: {0}  ·  Nieuw: {1}</source>
        <translation>Old: {0}  ·  New: {1}</translation>
    </message>
    <message>
        <source>links en rechts hetzelfde bestand</source>
        <translation>the same file on both sides</translation>
    </message>
    <message>
        <source>Wijziging {0} van {1}</source>
        <translation>Change {0} of {1}</translation>
    </message>
    <message>
        <source>(niet meer op schijf)</source>
        <translation>(no longer on disk)</translation>
    </message>
    <message>
        <source>Recente vergelijkingen</source>
        <translation>Recent comparisons</translation>
    </message>
    <message>
        <source>Of kies twee brieven met Bestand → Vergelijken… (Ctrl+O), of sleep ze op de twee vensters hieronder.</source>
        <translation>Or choose two letters with File → Compare… (Ctrl+O), or drag them onto the two panes below.</translation>
    </message>
    <message>
        <source>(nog geen)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Lijst wissen</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <source>{0} staat niet meer op schijf; de vergelijking blijft staan.</source>
        <translation>{0} is no longer on disk; the comparison stays as it is.</translation>
    </message>
    <message>
        <source>{0} staat weer op schijf.</source>
        <translation>{0} is back on disk.</translation>
    </message>
    <message>
        <source>gelijk</source>
        <translation>same</translation>
    </message>
    <message>
        <source>toegevoegd</source>
        <translation>added</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>hernoemd</source>
        <translation>renamed</translation>
    </message>
    <message>
        <source>verplaatst</source>
        <translation>moved</translation>
    </message>
    <message>
        <source>Wijz.</source>
        <translation>Chg.</translation>
    </message>
    <message>
        <source>{0} woord erbij</source>
        <translation>{0} word added</translation>
    </message>
    <message>
        <source>{0} woorden erbij</source>
        <translation>{0} words added</translation>
    </message>
    <message>
        <source>{0}, {1} eraf</source>
        <translation>{0}, {1} removed</translation>
    </message>
    <message>
        <source>(opening)</source>
        <translation>(opening)</translation>
    </message>
    <message>
        <source>was: {0}</source>
        <translation>was: {0}</translation>
    </message>
    <message>
        <source>Alleen gewijzigde secties</source>
        <translation>Changed sections only</translation>
    </message>
    <message>
        <source>Alleen gewijzigde secties tonen</source>
        <translation>Show changed sections only</translation>
    </message>
    <message>
        <source>Brieven (*.txt *.xml *.html *.htm *.pdf *.docx)</source>
        <translation>Letters (*.txt *.xml *.html *.htm *.pdf *.docx)</translation>
    </message>
    <message>
        <source>Alle bestanden (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Twee brieven vergelijken</source>
        <translation>Compare two letters</translation>
    </message>
    <message>
        <source>&amp;Oude brief:</source>
        <translation>&amp;Old letter:</translation>
    </message>
    <message>
        <source>&amp;Nieuwe brief:</source>
        <translation>&amp;New letter:</translation>
    </message>
    <message>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Bladeren naar {0}</source>
        <translation>Browse for the {0}</translation>
    </message>
    <message>
        <source>&amp;Wissel</source>
        <translation>&amp;Swap</translation>
    </message>
    <message>
        <source>&amp;Vergelijken</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Brief kiezen</source>
        <translation>Choose a letter</translation>
    </message>
    <message>
        <source>＋ nieuw</source>
        <translation>＋ new</translation>
    </message>
    <message>
        <source>− verwijderd</source>
        <translation>− removed</translation>
    </message>
    <message>
        <source>✎ hernoemd</source>
        <translation>✎ renamed</translation>
    </message>
    <message>
        <source>✎ hernoemd (was: {0})</source>
        <translation>✎ renamed (was: {0})</translation>
    </message>
    <message>
        <source>de opening</source>
        <translation>the opening</translation>
    </message>
    <message>
        <source>↕ verplaatst (stond na «{0}»)</source>
        <translation>↕ moved (stood after «{0}»)</translation>
    </message>
    <message>
        <source>↕ verplaatst</source>
        <translation>↕ moved</translation>
    </message>
    <message>
        <source>«{0}» staat alleen in de nieuwe brief</source>
        <translation>«{0}» is only in the new letter</translation>
    </message>
    <message>
        <source>«{0}» staat niet meer in de nieuwe brief</source>
        <translation>«{0}» is no longer in the new letter</translation>
    </message>
    <message>
        <source>Rapport, naast elkaar (*.html *.htm)</source>
        <translation>Report, side by side (*.html *.htm)</translation>
    </message>
    <message>
        <source>Afdruk als PDF (*.pdf)</source>
        <translation>Printed pages as PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Samenvatting als tekst (*.txt)</source>
        <translation>Summary as text (*.txt)</translation>
    </message>
    <message>
        <source>Feiten als tabel voor Excel (*.csv)</source>
        <translation>Facts as a table for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Vergelijking als JSON (*.json)</source>
        <translation>Comparison as JSON (*.json)</translation>
    </message>
    <message>
        <source>geen {0}-bestand te maken; kies .html, .pdf, .txt, .csv (voor Excel) of .json</source>
        <translation>cannot make a {0} file; choose .html, .pdf, .txt, .csv (for Excel) or .json</translation>
    </message>
    <message>
        <source>dat is een van de twee brieven; kies een andere naam</source>
        <translation>that is one of the two letters; choose another name</translation>
    </message>
    <message>
        <source>de printer</source>
        <translation>the printer</translation>
    </message>
    <message>
        <source>Vergelijking afdrukken</source>
        <translation>Print comparison</translation>
    </message>
    <message>
        <source>nr {0}</source>
        <translation>no {0}</translation>
    </message>
    <message>
        <source>Vergelijking {0} - {1}</source>
        <translation>Comparison {0} - {1}</translation>
    </message>
    <message>
        <source>Vergelijking</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Afdrukvoorbeeld</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>{0} (in de lijst {1})</source>
        <translation>{0} (in the {1} list)</translation>
    </message>
    <message>
        <source>Opdracht</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Toetsen</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Zoeken: volgende treffer</source>
        <translation>Find: next match</translation>
    </message>
    <message>
        <source>Zoeken: vorige treffer</source>
        <translation>Find: previous match</translation>
    </message>
    <message>
        <source>Zoeken: sluiten</source>
        <translation>Find: close</translation>
    </message>
    <message>
        <source>Handleiding</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Feit: {0}</source>
        <translation>Fact: {0}</translation>
    </message>
    <message>
        <source>Geen feiten gevonden in deze brieven.</source>
        <translation>No facts found in these letters.</translation>
    </message>
    <message>
        <source>Markeringen niet te lezen</source>
        <translation>Review marks unreadable</translation>
    </message>
    <message>
        <source>De eerdere markeringen &apos;nagekeken&apos; van deze brieven zijn niet te lezen ({0}): {1}.</source>
        <translation>The review marks saved earlier for these letters cannot be read ({0}): {1}.</translation>
    </message>
    <message>
        <source>Het bestand is bewaard als {0}; wat u nu afvinkt, wordt in een nieuw bestand bewaard.</source>
        <translation>The file was kept as {0}; what you tick off now is saved in a new file.</translation>
    </message>
</context>
</TS>
