<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Netwerk Desktop</source>
            <translation>Om Netwerk Desktop</translation>
        </message>
        <message>
            <source>For class teachers who run a lesson series against loneliness and for strong class communities. Everything stays on this computer.</source>
            <translation>Til klasselærere, der holder et forløb mod ensomhed og for stærke klassefællesskaber. Alt bliver på denne computer.</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>Datamappe: %1</translation>
        </message>
        <message>
            <source>No fonts are bundled.</source>
            <translation>Der følger ingen skrifttyper med.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Netwerk Desktop</source>
            <translation>Netwerk Desktop</translation>
        </message>
    </context>
    <context>
        <name>BackupListModel</name>
        <message>
            <source>Daily</source>
            <translation>Daglig</translation>
        </message>
        <message>
            <source>Made by hand</source>
            <translation>Taget manuelt</translation>
        </message>
        <message>
            <source>Before an update</source>
            <translation>Før en opdatering</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Før en gendannelse</translation>
        </message>
        <message>
            <source>Before a deletion</source>
            <translation>Før en sletning</translation>
        </message>
    </context>
    <context>
        <name>ClassCard</name>
        <message numerus="yes">
            <source>%n student(s)</source>
            <translation>
                <numerusform>%n elev</numerusform>
                <numerusform>%n elever</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClassDialog</name>
        <message>
            <source>Edit class</source>
            <translation>Redigér klasse</translation>
        </message>
        <message>
            <source>New class</source>
            <translation>Ny klasse</translation>
        </message>
        <message>
            <source>The content language is the language of the lessons and handouts for this class. It can differ from the language of the app.</source>
            <translation>Indholdssproget er sproget i lektionerne og udleveringsarkene for denne klasse. Det kan være et andet end programmets sprog.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>School year</source>
            <translation>Skoleår</translation>
        </message>
        <message>
            <source>Content language</source>
            <translation>Indholdssprog</translation>
        </message>
        <message>
            <source>for example 2.g or H4b</source>
            <translation>for eksempel 2.g eller 1.hf</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Gem</translation>
        </message>
        <message>
            <source>Create class</source>
            <translation>Opret klasse</translation>
        </message>
    </context>
    <context>
        <name>ClassListModel</name>
        <message>
            <source>%1 (%2, archived)</source>
            <translation>%1 (%2, arkiveret)</translation>
        </message>
        <message numerus="yes">
            <source>%n active student(s)</source>
            <translation>
                <numerusform>%n aktiv elev</numerusform>
                <numerusform>%n aktive elever</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClassPage</name>
        <message>
            <source>Edit…</source>
            <translation>Redigér …</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Slet …</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Elever</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>arkiveret</translation>
        </message>
        <message>
            <source>Unarchive</source>
            <translation>Hent fra arkivet</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Arkivér</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Ikke gemt</translation>
        </message>
        <message>
            <source>%1 is archived; it is hidden from Home and from the class list.</source>
            <translation>%1 er arkiveret og vises ikke længere på Hjem og i klasselisten.</translation>
        </message>
        <message>
            <source>%1 is back among the active classes.</source>
            <translation>%1 er tilbage blandt de aktive klasser.</translation>
        </message>
        <message numerus="yes">
            <source>%n student(s)</source>
            <translation>
                <numerusform>%n elev</numerusform>
                <numerusform>%n elever</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>progress from %n lesson run(s)</source>
            <translation>
                <numerusform>forløbet af %n lektion</numerusform>
                <numerusform>forløbet af %n lektioner</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n partnership rotation(s)</source>
            <translation>
                <numerusform>%n runde makkerskaber</numerusform>
                <numerusform>%n runder makkerskaber</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n version(s) of the class charter</source>
            <translation>
                <numerusform>%n udgave af klassens spilleregler</numerusform>
                <numerusform>%n udgaver af klassens spilleregler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n private lesson note(s)</source>
            <translation>
                <numerusform>%n privat lektionsnote</numerusform>
                <numerusform>%n private lektionsnoter</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete %1?</source>
            <translation>Slet %1?</translation>
        </message>
        <message>
            <source>Deleted with the class %1:</source>
            <translation>Sammen med klassen %1 slettes:</translation>
        </message>
        <message>
            <source>A backup is made first, so it can be restored from Settings.</source>
            <translation>Der tages en sikkerhedskopi først, så det kan gendannes under Indstillinger.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slet</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>Ikke slettet</translation>
        </message>
        <message>
            <source>%1 was deleted. A backup from just before is in Settings.</source>
            <translation>%1 er slettet. En sikkerhedskopi fra lige før ligger under Indstillinger.</translation>
        </message>
    </context>
    <context>
        <name>ClassesScreen</name>
        <message>
            <source>Classes</source>
            <translation>Klasser</translation>
        </message>
        <message>
            <source>Show archived classes</source>
            <translation>Vis arkiverede klasser</translation>
        </message>
        <message>
            <source>New class</source>
            <translation>Ny klasse</translation>
        </message>
        <message>
            <source>Choose a class on the left, or create one with “New class”.</source>
            <translation>Vælg en klasse til venstre, eller opret en med „Ny klasse“.</translation>
        </message>
        <message>
            <source>No classes yet. Create one with “New class”.</source>
            <translation>Ingen klasser endnu. Opret en med „Ny klasse“.</translation>
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <source>Something went wrong</source>
            <translation>Noget gik galt</translation>
        </message>
        <message>
            <source>Netwerk Desktop ran into an error it did not expect. Your saved work is safe; the last action may not have finished.</source>
            <translation>Netwerk Desktop stødte på en uventet fejl. Det, du har gemt, er i sikkerhed; den sidste handling er måske ikke blevet færdig.</translation>
        </message>
        <message>
            <source>The details are written to the log file:
%1</source>
            <translation>Detaljerne står i logfilen:
%1</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Åbn logmappen</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong: %1</source>
            <translation>Noget gik galt: %1</translation>
        </message>
        <message>
            <source>Netwerk Desktop is already open with this data (%1). Switch to that window, or close it and try again.</source>
            <translation>Netwerk Desktop er allerede åbent med disse data (%1). Skift til det vindue, eller luk det og prøv igen.</translation>
        </message>
        <message>
            <source>This data was saved by a newer version of Netwerk Desktop. Install the newer version to open it; nothing has been changed.</source>
            <translation>Disse data er gemt af en nyere version af Netwerk Desktop. Installér den nyere version for at åbne dem; intet er ændret.</translation>
        </message>
        <message>
            <source>The database file is damaged and cannot be opened safely. Restore one of the automatic backups (Settings, Data and backups).</source>
            <translation>Databasefilen er beskadiget og kan ikke åbnes sikkert. Gendan en af de automatiske sikkerhedskopier (Indstillinger, Data og sikkerhedskopier).</translation>
        </message>
        <message>
            <source>The data is busy in another program. Wait a moment and try again.</source>
            <translation>Dataene er optaget af et andet program. Vent et øjeblik, og prøv igen.</translation>
        </message>
        <message>
            <source>The disk is full, so nothing was saved. Free some space and try again.</source>
            <translation>Disken er fuld, så intet blev gemt. Frigør noget plads, og prøv igen.</translation>
        </message>
        <message>
            <source>%1 is not a Netwerk Desktop backup, so nothing was changed.</source>
            <translation>%1 er ikke en sikkerhedskopi fra Netwerk Desktop, så intet er ændret.</translation>
        </message>
        <message>
            <source>“%1” already exists. Choose another name.</source>
            <translation>„%1“ findes allerede. Vælg et andet navn.</translation>
        </message>
        <message>
            <source>“%1” was not found. It may have been deleted.</source>
            <translation>„%1“ blev ikke fundet. Måske er det slettet.</translation>
        </message>
        <message>
            <source>The data is open read-only here, so it cannot be changed.</source>
            <translation>Dataene er kun åbnet til læsning her og kan ikke ændres.</translation>
        </message>
        <message>
            <source>More than one match for “%1”.</source>
            <translation>Mere end ét match for „%1“.</translation>
        </message>
        <message>
            <source>That value cannot be used: %1</source>
            <translation>Den værdi kan ikke bruges: %1</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Your classes</source>
            <translation>Dine klasser</translation>
        </message>
        <message>
            <source>New class</source>
            <translation>Ny klasse</translation>
        </message>
        <message>
            <source>No classes yet</source>
            <translation>Ingen klasser endnu</translation>
        </message>
        <message>
            <source>Create a class, add its students, and Netwerk Desktop keeps track of the lessons, the partnerships and the handouts for it.</source>
            <translation>Opret en klasse og tilføj eleverne, så holder Netwerk Desktop styr på lektionerne, makkerskaberne og udleveringsarkene for den.</translation>
        </message>
        <message>
            <source>Create your first class</source>
            <translation>Opret din første klasse</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Add students to %1</source>
            <translation>Tilføj elever til %1</translation>
        </message>
        <message>
            <source>One name per line, or “Last, First”, or columns copied from Excel.

Anna Holm
Jensen, Mikkel
Sanne	van der	Berg</source>
            <translation>Ét navn pr. linje, eller „Efternavn, Fornavn“, eller kolonner kopieret fra Excel.

Anna Holm
Jensen, Mikkel
Sanne	van der	Berg</translation>
        </message>
        <message>
            <source>Paste a list</source>
            <translation>Indsæt en liste</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>Vælg en fil …</translation>
        </message>
        <message>
            <source>CSV, text or Excel (.xlsx) from the school's system</source>
            <translation>CSV, tekst eller Excel (.xlsx) fra skolens system</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Ark</translation>
        </message>
        <message>
            <source>From a file</source>
            <translation>Fra en fil</translation>
        </message>
        <message>
            <source>One column with the whole name</source>
            <translation>Én kolonne med hele navnet</translation>
        </message>
        <message>
            <source>First and last name in separate columns</source>
            <translation>Fornavn og efternavn i hver sin kolonne</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>Navne</translation>
        </message>
        <message>
            <source>Name column</source>
            <translation>Navnekolonne</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Fornavn</translation>
        </message>
        <message>
            <source>Middle name or prefix</source>
            <translation>Mellemnavn</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Efternavn</translation>
        </message>
        <message>
            <source>Choose a class list</source>
            <translation>Vælg en klasseliste</translation>
        </message>
        <message>
            <source>Class lists (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
            <translation>Klasselister (*.csv *.txt *.tsv *.xlsx);;Alle filer (*)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Læser %1 …</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ingen)</translation>
        </message>
        <message>
            <source>Read from the sheet “%1”.</source>
            <translation>Læst fra arket „%1“.</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulator</translation>
        </message>
        <message>
            <source>Read as %1 text, columns separated by %2.</source>
            <translation>Læst som %1-tekst med kolonner adskilt af %2.</translation>
        </message>
        <message numerus="yes">
            <source>Add %n student(s)</source>
            <translation>
                <numerusform>Tilføj %n elev</numerusform>
                <numerusform>Tilføj %n elever</numerusform>
            </translation>
        </message>
        <message>
            <source>The preview appears here.</source>
            <translation>Her ser du, hvad der bliver gemt.</translation>
        </message>
        <message numerus="yes">
            <source>%n name(s) will be added.</source>
            <translation>
                <numerusform>%n navn bliver tilføjet.</numerusform>
                <numerusform>%n navne bliver tilføjet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) are skipped; see the marked lines.</source>
            <translation>
                <numerusform>%n række springes over; se de markerede linjer.</numerusform>
                <numerusform>%n rækker springes over; se de markerede linjer.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Netwerk Desktop</source>
            <translation>Netwerk Desktop</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Filer</translation>
        </message>
        <message>
            <source>&amp;New class…</source>
            <translation>&amp;Ny klasse …</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Tag sikkerhedskopi nu</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Gendan fra en sikkerhedskopi …</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Indstillinger …</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afslut</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjælp</translation>
        </message>
        <message>
            <source>&amp;About Netwerk Desktop</source>
            <translation>&amp;Om Netwerk Desktop</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Home</source>
            <translation>Hjem</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>Klasser</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Lektioner</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Makkerskaber</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Aktiviteter</translation>
        </message>
        <message>
            <source>Handouts</source>
            <translation>Udleveringsark</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Indstillinger</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Line</source>
            <translation>Linje</translation>
        </message>
        <message>
            <source>Name as it will be saved</source>
            <translation>Navnet, som det bliver gemt</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Hvad sker der</translation>
        </message>
        <message>
            <source>Will be added</source>
            <translation>Bliver tilføjet</translation>
        </message>
        <message>
            <source>Empty row, skipped</source>
            <translation>Tom række, springes over</translation>
        </message>
        <message>
            <source>Same name as line %1, skipped</source>
            <translation>Samme navn som linje %1, springes over</translation>
        </message>
        <message>
            <source>Already in the class, skipped</source>
            <translation>Er allerede i klassen, springes over</translation>
        </message>
        <message>
            <source>Name longer than %1 characters, skipped</source>
            <translation>Navnet er længere end %1 tegn, springes over</translation>
        </message>
        <message>
            <source>Name contains a character that cannot be saved, skipped</source>
            <translation>Navnet indeholder et tegn, der ikke kan gemmes, springes over</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>Gendan fra en sikkerhedskopi</translation>
        </message>
        <message>
            <source>Choose the moment to go back to. Everything changed after it is replaced; the data as it is now is backed up first, so this can be undone.</source>
            <translation>Vælg det tidspunkt, du vil tilbage til. Alt, der er ændret siden, bliver erstattet. Dataene, som de er nu, bliver gemt i en sikkerhedskopi først, så det kan fortrydes.</translation>
        </message>
        <message>
            <source>From a file…</source>
            <translation>Fra en fil …</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Gendan</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>Vælg en sikkerhedskopi</translation>
        </message>
        <message>
            <source>Backups (*.sqlite3 *.sqlite *.db)</source>
            <translation>Sikkerhedskopier (*.sqlite3 *.sqlite *.db)</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Gendan denne sikkerhedskopi?</translation>
        </message>
        <message>
            <source>The current data is replaced by the backup. A copy of it is kept first.</source>
            <translation>De nuværende data bliver erstattet af sikkerhedskopien. Der gemmes en kopi af dem først.</translation>
        </message>
    </context>
    <context>
        <name>RosterErrors</name>
        <message>
            <source>The file no longer exists.</source>
            <translation>Filen findes ikke længere.</translation>
        </message>
        <message>
            <source>The file cannot be opened. Close it in other programs and try again.</source>
            <translation>Filen kan ikke åbnes. Luk den i andre programmer, og prøv igen.</translation>
        </message>
        <message>
            <source>The file is far larger than a class list. Is it the right file?</source>
            <translation>Filen er langt større end en klasseliste. Er det den rigtige fil?</translation>
        </message>
        <message>
            <source>There are no names in it.</source>
            <translation>Der er ingen navne i den.</translation>
        </message>
        <message>
            <source>This is not a text, CSV or Excel (.xlsx) file.</source>
            <translation>Det er ikke en tekst-, CSV- eller Excel-fil (.xlsx).</translation>
        </message>
        <message>
            <source>Files of this type (%1) cannot be read. Open it in Excel or LibreOffice and save it as .xlsx or CSV.</source>
            <translation>Filer af denne type (%1) kan ikke læses. Åbn den i Excel eller LibreOffice, og gem den som .xlsx eller CSV.</translation>
        </message>
        <message>
            <source>Line %1 has characters that cannot be read. Save the file as UTF-8 (CSV UTF-8 in Excel) and try again.</source>
            <translation>Linje %1 har tegn, der ikke kan læses. Gem filen som UTF-8 (CSV UTF-8 i Excel), og prøv igen.</translation>
        </message>
        <message>
            <source>Line %1 is broken (a quotation mark is not closed). Fix it in the file, or copy the names and paste them instead.</source>
            <translation>Linje %1 er i stykker (et anførselstegn er ikke lukket). Ret den i filen, eller kopiér navnene og indsæt dem i stedet.</translation>
        </message>
        <message>
            <source>The Excel file is damaged or protected. Open it in Excel, save a copy, and try the copy.</source>
            <translation>Excel-filen er beskadiget eller beskyttet. Åbn den i Excel, gem en kopi, og prøv med kopien.</translation>
        </message>
        <message>
            <source>The workbook has no sheet “%1”. It has: %2.</source>
            <translation>Projektmappen har intet ark „%1“. Den har: %2.</translation>
        </message>
        <message>
            <source>Only Excel files have sheets.</source>
            <translation>Kun Excel-filer har ark.</translation>
        </message>
        <message>
            <source>There is no column “%1” in the list.</source>
            <translation>Der er ingen kolonne „%1“ i listen.</translation>
        </message>
    </context>
    <context>
        <name>RosterModel</name>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Mærker</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Left the class</source>
            <translation>Har forladt klassen</translation>
        </message>
    </context>
    <context>
        <name>RosterPanel</name>
        <message>
            <source>Search names and tags</source>
            <translation>Søg i navne og mærker</translation>
        </message>
        <message>
            <source>Type a name and press Enter</source>
            <translation>Skriv et navn, og tryk Enter</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Tilføj</translation>
        </message>
        <message>
            <source>Import or paste a list…</source>
            <translation>Importér eller indsæt en liste …</translation>
        </message>
        <message>
            <source>Show students who left</source>
            <translation>Vis elever, der er stoppet</translation>
        </message>
        <message>
            <source>Tags…</source>
            <translation>Mærker …</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>Export this student's data…</source>
            <translation>Eksportér elevens data …</translation>
        </message>
        <message>
            <source>Erase this student completely…</source>
            <translation>Slet eleven helt …</translation>
        </message>
        <message>
            <source>Back in the class</source>
            <translation>Tilbage i klassen</translation>
        </message>
        <message>
            <source>Left the class</source>
            <translation>Har forladt klassen</translation>
        </message>
        <message>
            <source>Undo adding %1</source>
            <translation>Fortryd tilføjelsen af %1</translation>
        </message>
        <message>
            <source>%1 is no longer in the class.</source>
            <translation>%1 er ikke længere i klassen.</translation>
        </message>
        <message>
            <source>Undo the new name %1</source>
            <translation>Fortryd det nye navn %1</translation>
        </message>
        <message>
            <source>The name is back as it was.</source>
            <translation>Navnet er som før.</translation>
        </message>
        <message>
            <source>Undo: %1 back in the class</source>
            <translation>Fortryd: %1 tilbage i klassen</translation>
        </message>
        <message>
            <source>Undo: %1 left the class</source>
            <translation>Fortryd: %1 har forladt klassen</translation>
        </message>
        <message>
            <source>%1 is as before.</source>
            <translation>%1 er som før.</translation>
        </message>
        <message>
            <source>Undo removing %1</source>
            <translation>Fortryd fjernelsen af %1</translation>
        </message>
        <message>
            <source>%1 is back in the class.</source>
            <translation>%1 er tilbage i klassen.</translation>
        </message>
        <message>
            <source>Undo the tags of %1</source>
            <translation>Fortryd mærkerne for %1</translation>
        </message>
        <message>
            <source>The tags of %1 are as before.</source>
            <translation>Mærkerne for %1 er som før.</translation>
        </message>
        <message>
            <source>Undo the import</source>
            <translation>Fortryd importen</translation>
        </message>
        <message>
            <source>The imported students are removed again.</source>
            <translation>De importerede elever er fjernet igen.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Fortryd</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Ikke gemt</translation>
        </message>
        <message>
            <source>%1 was removed. Ctrl+Z brings them back.</source>
            <translation>%1 er fjernet. Ctrl+Z henter eleven tilbage.</translation>
        </message>
        <message numerus="yes">
            <source>%n student(s) added.</source>
            <translation>
                <numerusform>%n elev tilføjet.</numerusform>
                <numerusform>%n elever tilføjet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the student's data</source>
            <translation>Gem elevens data</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON-filer (*.json)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Eksporten mislykkedes</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Gemt: %1</translation>
        </message>
        <message>
            <source>Erase %1?</source>
            <translation>Slet %1 helt?</translation>
        </message>
        <message>
            <source>Everything Netwerk Desktop holds about %1 is deleted: the name, the tags and the partnership history, also from the automatic backups. This cannot be undone.</source>
            <translation>Alt, hvad Netwerk Desktop har om %1, bliver slettet: navnet, mærkerne og makkerhistorikken, også i de automatiske sikkerhedskopier. Det kan ikke fortrydes.</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Slet helt</translation>
        </message>
        <message numerus="yes">
            <source>%1 was erased, also from %n backup(s).</source>
            <translation>
                <numerusform>%1 er slettet, også fra %n sikkerhedskopi.</numerusform>
                <numerusform>%1 er slettet, også fra %n sikkerhedskopier.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Indstillinger</translation>
        </message>
    </context>
    <context>
        <name>SettingsForm</name>
        <message>
            <source>Language of the app</source>
            <translation>Sprog i programmet</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Udseende</translation>
        </message>
        <message>
            <source>Size of text and buttons</source>
            <translation>Størrelse på tekst og knapper</translation>
        </message>
        <message>
            <source>School name</source>
            <translation>Skolens navn</translation>
        </message>
        <message>
            <source>Same as the computer</source>
            <translation>Som computeren</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Lyst</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Mørkt</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Høj kontrast</translation>
        </message>
        <message>
            <source>Printed on handouts</source>
            <translation>Står på udleveringsarkene</translation>
        </message>
    </context>
    <context>
        <name>SettingsScreen</name>
        <message>
            <source>Settings</source>
            <translation>Indstillinger</translation>
        </message>
        <message>
            <source>Data and backups</source>
            <translation>Data og sikkerhedskopier</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>Åbn datamappen</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Tag sikkerhedskopi nu</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>Gendan fra en sikkerhedskopi …</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>Ingen sikkerhedskopier endnu.</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) kept, the newest from %1.</source>
            <translation>
                <numerusform>%n sikkerhedskopi gemt, den nyeste fra %1.</numerusform>
                <numerusform>%n sikkerhedskopier gemt, den nyeste fra %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Sikkerhedskopien mislykkedes</translation>
        </message>
        <message>
            <source>Backup saved: %1</source>
            <translation>Sikkerhedskopi gemt: %1</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>Gendannelsen mislykkedes</translation>
        </message>
        <message>
            <source>The backup was restored.</source>
            <translation>Sikkerhedskopien er gendannet.</translation>
        </message>
    </context>
    <context>
        <name>TagsDialog</name>
        <message>
            <source>Tags for %1</source>
            <translation>Mærker for %1</translation>
        </message>
        <message>
            <source>Tags are your own labels, for example a study line or “new at school”. The partnerships can be balanced by them. Store nothing else about a student here.</source>
            <translation>Mærker er dine egne etiketter, fx en studieretning eller „ny på skolen“. Makkerskaberne kan fordeles efter dem. Gem ikke andet om eleverne her.</translation>
        </message>
        <message>
            <source>New tag</source>
            <translation>Nyt mærke</translation>
        </message>
        <message>
            <source>Add tag</source>
            <translation>Tilføj mærke</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Omdøb …</translation>
        </message>
        <message>
            <source>Delete from the class</source>
            <translation>Slet fra klassen</translation>
        </message>
        <message>
            <source>Tag not added</source>
            <translation>Mærket blev ikke tilføjet</translation>
        </message>
        <message>
            <source>Rename tag</source>
            <translation>Omdøb mærke</translation>
        </message>
        <message>
            <source>New name</source>
            <translation>Nyt navn</translation>
        </message>
        <message>
            <source>Tag not renamed</source>
            <translation>Mærket blev ikke omdøbt</translation>
        </message>
        <message>
            <source>Delete the tag?</source>
            <translation>Slet mærket?</translation>
        </message>
        <message>
            <source>“%1” is removed from every student in the class.</source>
            <translation>„%1“ fjernes fra alle elever i klassen.</translation>
        </message>
        <message>
            <source>Tag not deleted</source>
            <translation>Mærket blev ikke slettet</translation>
        </message>
        <message>
            <source>Tags not saved</source>
            <translation>Mærkerne blev ikke gemt</translation>
        </message>
    </context>
    <context>
        <name>UpcomingScreen</name>
        <message>
            <source>This part of Netwerk Desktop is not ready yet.</source>
            <translation>Denne del af Netwerk Desktop er ikke klar endnu.</translation>
        </message>
    </context>
</TS>
