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
    <name>UpcomingScreen</name>
    <message>
        <source>This part of Netwerk Desktop is not ready yet.</source>
        <translation>Dit deel van Netwerk Desktop is nog niet klaar.</translation>
    </message>
</context>
</TS>
