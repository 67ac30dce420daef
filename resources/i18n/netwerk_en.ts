<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Netwerk Desktop</source>
            <translation>About Netwerk Desktop</translation>
        </message>
        <message>
            <source>For class teachers who run a lesson series against loneliness and for strong class communities. Everything stays on this computer.</source>
            <translation>For class teachers who run a lesson series against loneliness and for strong class communities. Everything stays on this computer.</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>Data folder: %1</translation>
        </message>
        <message>
            <source>No fonts are bundled.</source>
            <translation>No fonts are bundled.</translation>
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
            <translation>Daily</translation>
        </message>
        <message>
            <source>Made by hand</source>
            <translation>Made by hand</translation>
        </message>
        <message>
            <source>Before an update</source>
            <translation>Before an update</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Before a restore</translation>
        </message>
        <message>
            <source>Before a deletion</source>
            <translation>Before a deletion</translation>
        </message>
    </context>
    <context>
        <name>ClassCard</name>
        <message numerus="yes">
            <source>%n student(s)</source>
            <translation>
                <numerusform>%n student</numerusform>
                <numerusform>%n students</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClassDialog</name>
        <message>
            <source>Edit class</source>
            <translation>Edit class</translation>
        </message>
        <message>
            <source>New class</source>
            <translation>New class</translation>
        </message>
        <message>
            <source>The content language is the language of the lessons and handouts for this class. It can differ from the language of the app.</source>
            <translation>The content language is the language of the lessons and handouts for this class. It can differ from the language of the app.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>School year</source>
            <translation>School year</translation>
        </message>
        <message>
            <source>Content language</source>
            <translation>Content language</translation>
        </message>
        <message>
            <source>for example 2.g or H4b</source>
            <translation>for example 2.g or H4b</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Create class</source>
            <translation>Create class</translation>
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <source>Netwerk Desktop ran into an error it did not expect. Your saved work is safe; the last action may not have finished.</source>
            <translation>Netwerk Desktop ran into an error it did not expect. Your saved work is safe; the last action may not have finished.</translation>
        </message>
        <message>
            <source>The details are written to the log file:
%1</source>
            <translation>The details are written to the log file:
%1</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Open log folder</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong: %1</source>
            <translation>Something went wrong: %1</translation>
        </message>
        <message>
            <source>Netwerk Desktop is already open with this data (%1). Switch to that window, or close it and try again.</source>
            <translation>Netwerk Desktop is already open with this data (%1). Switch to that window, or close it and try again.</translation>
        </message>
        <message>
            <source>This data was saved by a newer version of Netwerk Desktop. Install the newer version to open it; nothing has been changed.</source>
            <translation>This data was saved by a newer version of Netwerk Desktop. Install the newer version to open it; nothing has been changed.</translation>
        </message>
        <message>
            <source>The database file is damaged and cannot be opened safely. Restore one of the automatic backups (Settings, Data and backups).</source>
            <translation>The database file is damaged and cannot be opened safely. Restore one of the automatic backups (Settings, Data and backups).</translation>
        </message>
        <message>
            <source>The data is busy in another program. Wait a moment and try again.</source>
            <translation>The data is busy in another program. Wait a moment and try again.</translation>
        </message>
        <message>
            <source>The disk is full, so nothing was saved. Free some space and try again.</source>
            <translation>The disk is full, so nothing was saved. Free some space and try again.</translation>
        </message>
        <message>
            <source>%1 is not a Netwerk Desktop backup, so nothing was changed.</source>
            <translation>%1 is not a Netwerk Desktop backup, so nothing was changed.</translation>
        </message>
        <message>
            <source>“%1” already exists. Choose another name.</source>
            <translation>“%1” already exists. Choose another name.</translation>
        </message>
        <message>
            <source>“%1” was not found. It may have been deleted.</source>
            <translation>“%1” was not found. It may have been deleted.</translation>
        </message>
        <message>
            <source>The data is open read-only here, so it cannot be changed.</source>
            <translation>The data is open read-only here, so it cannot be changed.</translation>
        </message>
        <message>
            <source>More than one match for “%1”.</source>
            <translation>More than one match for “%1”.</translation>
        </message>
        <message>
            <source>That value cannot be used: %1</source>
            <translation>That value cannot be used: %1</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Your classes</source>
            <translation>Your classes</translation>
        </message>
        <message>
            <source>New class</source>
            <translation>New class</translation>
        </message>
        <message>
            <source>No classes yet</source>
            <translation>No classes yet</translation>
        </message>
        <message>
            <source>Create a class, add its students, and Netwerk Desktop keeps track of the lessons, the partnerships and the handouts for it.</source>
            <translation>Create a class, add its students, and Netwerk Desktop keeps track of the lessons, the partnerships and the handouts for it.</translation>
        </message>
        <message>
            <source>Create your first class</source>
            <translation>Create your first class</translation>
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
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;New class…</source>
            <translation>&amp;New class…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Restore from a backup…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Netwerk Desktop</source>
            <translation>&amp;About Netwerk Desktop</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>Classes</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Lessons</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Partnerships</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activities</translation>
        </message>
        <message>
            <source>Handouts</source>
            <translation>Handouts</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>Restore from a backup</translation>
        </message>
        <message>
            <source>Choose the moment to go back to. Everything changed after it is replaced; the data as it is now is backed up first, so this can be undone.</source>
            <translation>Choose the moment to go back to. Everything changed after it is replaced; the data as it is now is backed up first, so this can be undone.</translation>
        </message>
        <message>
            <source>From a file…</source>
            <translation>From a file…</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>Choose a backup file</translation>
        </message>
        <message>
            <source>Backups (*.sqlite3 *.sqlite *.db)</source>
            <translation>Backups (*.sqlite3 *.sqlite *.db)</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Restore this backup?</translation>
        </message>
        <message>
            <source>The current data is replaced by the backup. A copy of it is kept first.</source>
            <translation>The current data is replaced by the backup. A copy of it is kept first.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
    </context>
    <context>
        <name>SettingsForm</name>
        <message>
            <source>Language of the app</source>
            <translation>Language of the app</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Size of text and buttons</source>
            <translation>Size of text and buttons</translation>
        </message>
        <message>
            <source>School name</source>
            <translation>School name</translation>
        </message>
        <message>
            <source>Same as the computer</source>
            <translation>Same as the computer</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>High contrast</translation>
        </message>
        <message>
            <source>Printed on handouts</source>
            <translation>Printed on handouts</translation>
        </message>
    </context>
    <context>
        <name>SettingsScreen</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Data and backups</source>
            <translation>Data and backups</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>Open data folder</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>Restore from a backup…</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>No backups yet.</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) kept, the newest from %1.</source>
            <translation>
                <numerusform>%n backup kept, the newest from %1.</numerusform>
                <numerusform>%n backups kept, the newest from %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Backup failed</translation>
        </message>
        <message>
            <source>Backup saved: %1</source>
            <translation>Backup saved: %1</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>Restore failed</translation>
        </message>
        <message>
            <source>The backup was restored.</source>
            <translation>The backup was restored.</translation>
        </message>
    </context>
    <context>
        <name>UpcomingScreen</name>
        <message>
            <source>This part of Netwerk Desktop is not ready yet.</source>
            <translation>This part of Netwerk Desktop is not ready yet.</translation>
        </message>
    </context>
</TS>
