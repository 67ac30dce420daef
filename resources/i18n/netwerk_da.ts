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
    <name>UpcomingScreen</name>
    <message>
        <source>This part of Netwerk Desktop is not ready yet.</source>
        <translation>Denne del af Netwerk Desktop er ikke klar endnu.</translation>
    </message>
</context>
</TS>
