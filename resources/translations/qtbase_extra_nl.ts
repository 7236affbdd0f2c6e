<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Dutch for texts of Qt's own dialogs that Qt's qtbase_nl.qm lacks (Qt 6.11 gave them mnemonics,
     which changed the source texts); loaded after qtbase_nl, so it only fills the gaps.
     Compile with: pyside6-lrelease resources/translations/qtbase_extra_nl.ts -->
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
</TS>
