<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Netwerk Desktop</source>
            <translation>Over Netwerk Desktop</translation>
        </message>
        <message>
            <source>For class teachers who run a lesson series against loneliness and for strong class communities. Everything stays on this computer.</source>
            <translation>Voor mentoren die een lessenreeks geven tegen eenzaamheid en voor een sterke klas. Alles blijft op deze computer.</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>Gegevensmap: %1</translation>
        </message>
        <message>
            <source>No fonts are bundled.</source>
            <translation>Er worden geen lettertypen meegeleverd.</translation>
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
            <translation>Dagelijks</translation>
        </message>
        <message>
            <source>Made by hand</source>
            <translation>Zelf gemaakt</translation>
        </message>
        <message>
            <source>Before an update</source>
            <translation>Voor een update</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Voor het terugzetten</translation>
        </message>
        <message>
            <source>Before a deletion</source>
            <translation>Voor het verwijderen</translation>
        </message>
    </context>
    <context>
        <name>ClassCard</name>
        <message numerus="yes">
            <source>%n student(s)</source>
            <translation>
                <numerusform>%n leerling</numerusform>
                <numerusform>%n leerlingen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClassDialog</name>
        <message>
            <source>Edit class</source>
            <translation>Klas bewerken</translation>
        </message>
        <message>
            <source>New class</source>
            <translation>Nieuwe klas</translation>
        </message>
        <message>
            <source>The content language is the language of the lessons and handouts for this class. It can differ from the language of the app.</source>
            <translation>De inhoudstaal is de taal van de lessen en werkbladen voor deze klas. Die mag verschillen van de taal van het programma.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>School year</source>
            <translation>Schooljaar</translation>
        </message>
        <message>
            <source>Content language</source>
            <translation>Inhoudstaal</translation>
        </message>
        <message>
            <source>for example 2.g or H4b</source>
            <translation>bijvoorbeeld H4b of 2.g</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Create class</source>
            <translation>Klas aanmaken</translation>
        </message>
    </context>
    <context>
        <name>ClassListModel</name>
        <message>
            <source>%1 (%2, archived)</source>
            <translation>%1 (%2, gearchiveerd)</translation>
        </message>
        <message numerus="yes">
            <source>%n active student(s)</source>
            <translation>
                <numerusform>%n actieve leerling</numerusform>
                <numerusform>%n actieve leerlingen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClassPage</name>
        <message>
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Verwijderen…</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Leerlingen</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>gearchiveerd</translation>
        </message>
        <message>
            <source>Unarchive</source>
            <translation>Uit archief halen</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archiveren</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
        <message>
            <source>%1 is archived; it is hidden from Home and from the class list.</source>
            <translation>%1 is gearchiveerd en staat niet meer op Start en in de klassenlijst.</translation>
        </message>
        <message>
            <source>%1 is back among the active classes.</source>
            <translation>%1 staat weer bij de actieve klassen.</translation>
        </message>
        <message numerus="yes">
            <source>%n student(s)</source>
            <translation>
                <numerusform>%n leerling</numerusform>
                <numerusform>%n leerlingen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>progress from %n lesson run(s)</source>
            <translation>
                <numerusform>de voortgang van %n les</numerusform>
                <numerusform>de voortgang van %n lessen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n partnership rotation(s)</source>
            <translation>
                <numerusform>%n ronde maatjes</numerusform>
                <numerusform>%n rondes maatjes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n version(s) of the class charter</source>
            <translation>
                <numerusform>%n versie van de klassenafspraken</numerusform>
                <numerusform>%n versies van de klassenafspraken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n private lesson note(s)</source>
            <translation>
                <numerusform>%n eigen lesnotitie</numerusform>
                <numerusform>%n eigen lesnotities</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete %1?</source>
            <translation>%1 verwijderen?</translation>
        </message>
        <message>
            <source>Deleted with the class %1:</source>
            <translation>Samen met klas %1 wordt verwijderd:</translation>
        </message>
        <message>
            <source>A backup is made first, so it can be restored from Settings.</source>
            <translation>Er wordt eerst een back-up gemaakt, zodat je het via Instellingen kunt terugzetten.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>Niet verwijderd</translation>
        </message>
        <message>
            <source>%1 was deleted. A backup from just before is in Settings.</source>
            <translation>%1 is verwijderd. Een back-up van vlak ervoor staat bij Instellingen.</translation>
        </message>
    </context>
    <context>
        <name>ClassesScreen</name>
        <message>
            <source>Classes</source>
            <translation>Klassen</translation>
        </message>
        <message>
            <source>Show archived classes</source>
            <translation>Gearchiveerde klassen tonen</translation>
        </message>
        <message>
            <source>New class</source>
            <translation>Nieuwe klas</translation>
        </message>
        <message>
            <source>Choose a class on the left, or create one with “New class”.</source>
            <translation>Kies links een klas, of maak er een met ‘Nieuwe klas’.</translation>
        </message>
        <message>
            <source>No classes yet. Create one with “New class”.</source>
            <translation>Nog geen klassen. Maak er een met ‘Nieuwe klas’.</translation>
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <source>Something went wrong</source>
            <translation>Er ging iets mis</translation>
        </message>
        <message>
            <source>Netwerk Desktop ran into an error it did not expect. Your saved work is safe; the last action may not have finished.</source>
            <translation>Netwerk Desktop liep tegen een onverwachte fout aan. Wat je hebt opgeslagen is veilig; de laatste handeling is misschien niet afgemaakt.</translation>
        </message>
        <message>
            <source>The details are written to the log file:
%1</source>
            <translation>De details staan in het logbestand:
%1</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Logmap openen</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong: %1</source>
            <translation>Er ging iets mis: %1</translation>
        </message>
        <message>
            <source>Netwerk Desktop is already open with this data (%1). Switch to that window, or close it and try again.</source>
            <translation>Netwerk Desktop is al geopend met deze gegevens (%1). Ga naar dat venster, of sluit het en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>This data was saved by a newer version of Netwerk Desktop. Install the newer version to open it; nothing has been changed.</source>
            <translation>Deze gegevens zijn opgeslagen door een nieuwere versie van Netwerk Desktop. Installeer die versie om ze te openen; er is niets veranderd.</translation>
        </message>
        <message>
            <source>The database file is damaged and cannot be opened safely. Restore one of the automatic backups (Settings, Data and backups).</source>
            <translation>Het databasebestand is beschadigd en kan niet veilig worden geopend. Zet een van de automatische back-ups terug (Instellingen, Gegevens en back-ups).</translation>
        </message>
        <message>
            <source>The data is busy in another program. Wait a moment and try again.</source>
            <translation>De gegevens zijn bezet door een ander programma. Wacht even en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The disk is full, so nothing was saved. Free some space and try again.</source>
            <translation>De schijf is vol, dus er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>%1 is not a Netwerk Desktop backup, so nothing was changed.</source>
            <translation>%1 is geen back-up van Netwerk Desktop, dus er is niets veranderd.</translation>
        </message>
        <message>
            <source>“%1” already exists. Choose another name.</source>
            <translation>‘%1’ bestaat al. Kies een andere naam.</translation>
        </message>
        <message>
            <source>“%1” was not found. It may have been deleted.</source>
            <translation>‘%1’ is niet gevonden. Misschien is het verwijderd.</translation>
        </message>
        <message>
            <source>The data is open read-only here, so it cannot be changed.</source>
            <translation>De gegevens zijn hier alleen-lezen geopend en kunnen niet worden gewijzigd.</translation>
        </message>
        <message>
            <source>More than one match for “%1”.</source>
            <translation>Meer dan één resultaat voor ‘%1’.</translation>
        </message>
        <message>
            <source>That value cannot be used: %1</source>
            <translation>Die waarde kan niet worden gebruikt: %1</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Your classes</source>
            <translation>Je klassen</translation>
        </message>
        <message>
            <source>New class</source>
            <translation>Nieuwe klas</translation>
        </message>
        <message>
            <source>No classes yet</source>
            <translation>Nog geen klassen</translation>
        </message>
        <message>
            <source>Create a class, add its students, and Netwerk Desktop keeps track of the lessons, the partnerships and the handouts for it.</source>
            <translation>Maak een klas aan en voeg de leerlingen toe. Netwerk Desktop houdt dan de lessen, de maatjes en de werkbladen voor die klas bij.</translation>
        </message>
        <message>
            <source>Create your first class</source>
            <translation>Maak je eerste klas aan</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Add students to %1</source>
            <translation>Leerlingen toevoegen aan %1</translation>
        </message>
        <message>
            <source>One name per line, or “Last, First”, or columns copied from Excel.

Anna Holm
Jensen, Mikkel
Sanne	van der	Berg</source>
            <translation>Eén naam per regel, of ‘Achternaam, Voornaam’, of kolommen gekopieerd uit Excel.

Anna Holm
Jensen, Mikkel
Sanne	van der	Berg</translation>
        </message>
        <message>
            <source>Paste a list</source>
            <translation>Lijst plakken</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>Bestand kiezen…</translation>
        </message>
        <message>
            <source>CSV, text or Excel (.xlsx) from the school's system</source>
            <translation>CSV, tekst of Excel (.xlsx) uit het systeem van school</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Tabblad</translation>
        </message>
        <message>
            <source>From a file</source>
            <translation>Uit een bestand</translation>
        </message>
        <message>
            <source>One column with the whole name</source>
            <translation>Eén kolom met de hele naam</translation>
        </message>
        <message>
            <source>First and last name in separate columns</source>
            <translation>Voornaam en achternaam in aparte kolommen</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>Namen</translation>
        </message>
        <message>
            <source>Name column</source>
            <translation>Naamkolom</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Voornaam</translation>
        </message>
        <message>
            <source>Middle name or prefix</source>
            <translation>Tussenvoegsel</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Achternaam</translation>
        </message>
        <message>
            <source>Choose a class list</source>
            <translation>Kies een klassenlijst</translation>
        </message>
        <message>
            <source>Class lists (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
            <translation>Klassenlijsten (*.csv *.txt *.tsv *.xlsx);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>%1 wordt gelezen…</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
        <message>
            <source>Read from the sheet “%1”.</source>
            <translation>Gelezen uit het tabblad ‘%1’.</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tab</translation>
        </message>
        <message>
            <source>Read as %1 text, columns separated by %2.</source>
            <translation>Gelezen als %1-tekst, kolommen gescheiden door %2.</translation>
        </message>
        <message numerus="yes">
            <source>Add %n student(s)</source>
            <translation>
                <numerusform>%n leerling toevoegen</numerusform>
                <numerusform>%n leerlingen toevoegen</numerusform>
            </translation>
        </message>
        <message>
            <source>The preview appears here.</source>
            <translation>Hier zie je wat er wordt opgeslagen.</translation>
        </message>
        <message numerus="yes">
            <source>%n name(s) will be added.</source>
            <translation>
                <numerusform>%n naam wordt toegevoegd.</numerusform>
                <numerusform>%n namen worden toegevoegd.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) are skipped; see the marked lines.</source>
            <translation>
                <numerusform>%n rij wordt overgeslagen; zie de gemarkeerde regels.</numerusform>
                <numerusform>%n rijen worden overgeslagen; zie de gemarkeerde regels.</numerusform>
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
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;New class…</source>
            <translation>&amp;Nieuwe klas…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Nu een &amp;back-up maken</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>Back-up &amp;terugzetten…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Instellingen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Netwerk Desktop</source>
            <translation>&amp;Over Netwerk Desktop</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Home</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>Klassen</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Lessen</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Maatjes</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activiteiten</translation>
        </message>
        <message>
            <source>Handouts</source>
            <translation>Werkbladen</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Line</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Name as it will be saved</source>
            <translation>Naam zoals die wordt opgeslagen</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Wat er gebeurt</translation>
        </message>
        <message>
            <source>Will be added</source>
            <translation>Wordt toegevoegd</translation>
        </message>
        <message>
            <source>Empty row, skipped</source>
            <translation>Lege rij, overgeslagen</translation>
        </message>
        <message>
            <source>Same name as line %1, skipped</source>
            <translation>Zelfde naam als regel %1, overgeslagen</translation>
        </message>
        <message>
            <source>Already in the class, skipped</source>
            <translation>Zit al in de klas, overgeslagen</translation>
        </message>
        <message>
            <source>Name longer than %1 characters, skipped</source>
            <translation>Naam langer dan %1 tekens, overgeslagen</translation>
        </message>
        <message>
            <source>Name contains a character that cannot be saved, skipped</source>
            <translation>Naam bevat een teken dat niet kan worden opgeslagen, overgeslagen</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>Back-up terugzetten</translation>
        </message>
        <message>
            <source>Choose the moment to go back to. Everything changed after it is replaced; the data as it is now is backed up first, so this can be undone.</source>
            <translation>Kies het moment waarnaar je terug wilt. Alles wat daarna is veranderd, wordt vervangen. Van de huidige gegevens wordt eerst een back-up gemaakt, dus je kunt dit ongedaan maken.</translation>
        </message>
        <message>
            <source>From a file…</source>
            <translation>Uit een bestand…</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Terugzetten</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>Kies een back-upbestand</translation>
        </message>
        <message>
            <source>Backups (*.sqlite3 *.sqlite *.db)</source>
            <translation>Back-ups (*.sqlite3 *.sqlite *.db)</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Deze back-up terugzetten?</translation>
        </message>
        <message>
            <source>The current data is replaced by the backup. A copy of it is kept first.</source>
            <translation>De huidige gegevens worden vervangen door de back-up. Er wordt eerst een kopie van bewaard.</translation>
        </message>
    </context>
    <context>
        <name>RosterErrors</name>
        <message>
            <source>The file no longer exists.</source>
            <translation>Het bestand bestaat niet meer.</translation>
        </message>
        <message>
            <source>The file cannot be opened. Close it in other programs and try again.</source>
            <translation>Het bestand kan niet worden geopend. Sluit het in andere programma’s en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The file is far larger than a class list. Is it the right file?</source>
            <translation>Het bestand is veel groter dan een klassenlijst. Is het het goede bestand?</translation>
        </message>
        <message>
            <source>There are no names in it.</source>
            <translation>Er staan geen namen in.</translation>
        </message>
        <message>
            <source>This is not a text, CSV or Excel (.xlsx) file.</source>
            <translation>Dit is geen tekst-, CSV- of Excelbestand (.xlsx).</translation>
        </message>
        <message>
            <source>Files of this type (%1) cannot be read. Open it in Excel or LibreOffice and save it as .xlsx or CSV.</source>
            <translation>Bestanden van dit type (%1) kunnen niet worden gelezen. Open het in Excel of LibreOffice en sla het op als .xlsx of CSV.</translation>
        </message>
        <message>
            <source>Line %1 has characters that cannot be read. Save the file as UTF-8 (CSV UTF-8 in Excel) and try again.</source>
            <translation>Regel %1 bevat tekens die niet te lezen zijn. Sla het bestand op als UTF-8 (CSV UTF-8 in Excel) en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Line %1 is broken (a quotation mark is not closed). Fix it in the file, or copy the names and paste them instead.</source>
            <translation>Regel %1 klopt niet (een aanhalingsteken is niet gesloten). Pas het aan in het bestand, of kopieer de namen en plak ze.</translation>
        </message>
        <message>
            <source>The Excel file is damaged or protected. Open it in Excel, save a copy, and try the copy.</source>
            <translation>Het Excelbestand is beschadigd of beveiligd. Open het in Excel, sla een kopie op en probeer de kopie.</translation>
        </message>
        <message>
            <source>The workbook has no sheet “%1”. It has: %2.</source>
            <translation>De werkmap heeft geen tabblad ‘%1’. Wel: %2.</translation>
        </message>
        <message>
            <source>Only Excel files have sheets.</source>
            <translation>Alleen Excelbestanden hebben tabbladen.</translation>
        </message>
        <message>
            <source>There is no column “%1” in the list.</source>
            <translation>Er is geen kolom ‘%1’ in de lijst.</translation>
        </message>
    </context>
    <context>
        <name>RosterModel</name>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Labels</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Left the class</source>
            <translation>Uit de klas</translation>
        </message>
    </context>
    <context>
        <name>RosterPanel</name>
        <message>
            <source>Search names and tags</source>
            <translation>Zoeken in namen en labels</translation>
        </message>
        <message>
            <source>Type a name and press Enter</source>
            <translation>Typ een naam en druk op Enter</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <source>Import or paste a list…</source>
            <translation>Lijst importeren of plakken…</translation>
        </message>
        <message>
            <source>Show students who left</source>
            <translation>Vertrokken leerlingen tonen</translation>
        </message>
        <message>
            <source>Tags…</source>
            <translation>Labels…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Export this student's data…</source>
            <translation>Gegevens van deze leerling exporteren…</translation>
        </message>
        <message>
            <source>Erase this student completely…</source>
            <translation>Deze leerling volledig wissen…</translation>
        </message>
        <message>
            <source>Back in the class</source>
            <translation>Terug in de klas</translation>
        </message>
        <message>
            <source>Left the class</source>
            <translation>Uit de klas</translation>
        </message>
        <message>
            <source>Undo adding %1</source>
            <translation>Toevoegen van %1 ongedaan maken</translation>
        </message>
        <message>
            <source>%1 is no longer in the class.</source>
            <translation>%1 zit niet meer in de klas.</translation>
        </message>
        <message>
            <source>Undo the new name %1</source>
            <translation>Nieuwe naam %1 ongedaan maken</translation>
        </message>
        <message>
            <source>The name is back as it was.</source>
            <translation>De naam is weer zoals hij was.</translation>
        </message>
        <message>
            <source>Undo: %1 back in the class</source>
            <translation>Ongedaan maken: %1 terug in de klas</translation>
        </message>
        <message>
            <source>Undo: %1 left the class</source>
            <translation>Ongedaan maken: %1 uit de klas</translation>
        </message>
        <message>
            <source>%1 is as before.</source>
            <translation>%1 is weer zoals eerst.</translation>
        </message>
        <message>
            <source>Undo removing %1</source>
            <translation>Verwijderen van %1 ongedaan maken</translation>
        </message>
        <message>
            <source>%1 is back in the class.</source>
            <translation>%1 zit weer in de klas.</translation>
        </message>
        <message>
            <source>Undo the tags of %1</source>
            <translation>Labels van %1 ongedaan maken</translation>
        </message>
        <message>
            <source>The tags of %1 are as before.</source>
            <translation>De labels van %1 zijn weer zoals eerst.</translation>
        </message>
        <message>
            <source>Undo the import</source>
            <translation>Import ongedaan maken</translation>
        </message>
        <message>
            <source>The imported students are removed again.</source>
            <translation>De geïmporteerde leerlingen zijn weer verwijderd.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Ongedaan maken</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
        <message>
            <source>%1 was removed. Ctrl+Z brings them back.</source>
            <translation>%1 is verwijderd. Met Ctrl+Z komt de leerling terug.</translation>
        </message>
        <message numerus="yes">
            <source>%n student(s) added.</source>
            <translation>
                <numerusform>%n leerling toegevoegd.</numerusform>
                <numerusform>%n leerlingen toegevoegd.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the student's data</source>
            <translation>Gegevens van de leerling opslaan</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON-bestanden (*.json)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Exporteren mislukt</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Opgeslagen: %1</translation>
        </message>
        <message>
            <source>Erase %1?</source>
            <translation>%1 volledig wissen?</translation>
        </message>
        <message>
            <source>Everything Netwerk Desktop holds about %1 is deleted: the name, the tags and the partnership history, also from the automatic backups. This cannot be undone.</source>
            <translation>Alles wat Netwerk Desktop over %1 bewaart, wordt gewist: de naam, de labels en de maatjesgeschiedenis, ook in de automatische back-ups. Dit kan niet ongedaan worden gemaakt.</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Wissen</translation>
        </message>
        <message numerus="yes">
            <source>%1 was erased, also from %n backup(s).</source>
            <translation>
                <numerusform>%1 is gewist, ook uit %n back-up.</numerusform>
                <numerusform>%1 is gewist, ook uit %n back-ups.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
    </context>
    <context>
        <name>SettingsForm</name>
        <message>
            <source>Language of the app</source>
            <translation>Taal van het programma</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Weergave</translation>
        </message>
        <message>
            <source>Size of text and buttons</source>
            <translation>Grootte van tekst en knoppen</translation>
        </message>
        <message>
            <source>School name</source>
            <translation>Naam van de school</translation>
        </message>
        <message>
            <source>Same as the computer</source>
            <translation>Zoals de computer</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Licht</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Donker</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Hoog contrast</translation>
        </message>
        <message>
            <source>Printed on handouts</source>
            <translation>Komt op de werkbladen</translation>
        </message>
    </context>
    <context>
        <name>SettingsScreen</name>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <source>Data and backups</source>
            <translation>Gegevens en back-ups</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>Gegevensmap openen</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Nu een back-up maken</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>Back-up terugzetten…</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>Nog geen back-ups.</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) kept, the newest from %1.</source>
            <translation>
                <numerusform>%n back-up bewaard, de nieuwste van %1.</numerusform>
                <numerusform>%n back-ups bewaard, de nieuwste van %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Back-up mislukt</translation>
        </message>
        <message>
            <source>Backup saved: %1</source>
            <translation>Back-up opgeslagen: %1</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>Terugzetten mislukt</translation>
        </message>
        <message>
            <source>The backup was restored.</source>
            <translation>De back-up is teruggezet.</translation>
        </message>
    </context>
    <context>
        <name>TagsDialog</name>
        <message>
            <source>Tags for %1</source>
            <translation>Labels voor %1</translation>
        </message>
        <message>
            <source>Tags are your own labels, for example a study line or “new at school”. The partnerships can be balanced by them. Store nothing else about a student here.</source>
            <translation>Labels zijn je eigen etiketten, bijvoorbeeld een profiel of ‘nieuw op school’. De maatjes kunnen erop worden verdeeld. Bewaar hier verder niets over leerlingen.</translation>
        </message>
        <message>
            <source>New tag</source>
            <translation>Nieuw label</translation>
        </message>
        <message>
            <source>Add tag</source>
            <translation>Label toevoegen</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Hernoemen…</translation>
        </message>
        <message>
            <source>Delete from the class</source>
            <translation>Uit de klas verwijderen</translation>
        </message>
        <message>
            <source>Tag not added</source>
            <translation>Label niet toegevoegd</translation>
        </message>
        <message>
            <source>Rename tag</source>
            <translation>Label hernoemen</translation>
        </message>
        <message>
            <source>New name</source>
            <translation>Nieuwe naam</translation>
        </message>
        <message>
            <source>Tag not renamed</source>
            <translation>Label niet hernoemd</translation>
        </message>
        <message>
            <source>Delete the tag?</source>
            <translation>Label verwijderen?</translation>
        </message>
        <message>
            <source>“%1” is removed from every student in the class.</source>
            <translation>‘%1’ wordt bij alle leerlingen in de klas weggehaald.</translation>
        </message>
        <message>
            <source>Tag not deleted</source>
            <translation>Label niet verwijderd</translation>
        </message>
        <message>
            <source>Tags not saved</source>
            <translation>Labels niet opgeslagen</translation>
        </message>
    </context>
    <context>
        <name>UpcomingScreen</name>
        <message>
            <source>This part of Netwerk Desktop is not ready yet.</source>
            <translation>Dit deel van Netwerk Desktop is nog niet klaar.</translation>
        </message>
    </context>
</TS>
