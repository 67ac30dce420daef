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
        <name>ClassListModel</name>
        <message>
            <source>%1 (%2, archived)</source>
            <translation>%1 (%2, archived)</translation>
        </message>
        <message numerus="yes">
            <source>%n active student(s)</source>
            <translation>
                <numerusform>%n active student</numerusform>
                <numerusform>%n active students</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClassPage</name>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Students</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archived</translation>
        </message>
        <message>
            <source>Unarchive</source>
            <translation>Unarchive</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archive</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>%1 is archived; it is hidden from Home and from the class list.</source>
            <translation>%1 is archived; it is hidden from Home and from the class list.</translation>
        </message>
        <message>
            <source>%1 is back among the active classes.</source>
            <translation>%1 is back among the active classes.</translation>
        </message>
        <message numerus="yes">
            <source>%n student(s)</source>
            <translation>
                <numerusform>%n student</numerusform>
                <numerusform>%n students</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>progress from %n lesson run(s)</source>
            <translation>
                <numerusform>progress from %n lesson run</numerusform>
                <numerusform>progress from %n lesson runs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n partnership rotation(s)</source>
            <translation>
                <numerusform>%n partnership rotation</numerusform>
                <numerusform>%n partnership rotations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n version(s) of the class charter</source>
            <translation>
                <numerusform>%n version of the class charter</numerusform>
                <numerusform>%n versions of the class charter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n private lesson note(s)</source>
            <translation>
                <numerusform>%n private lesson note</numerusform>
                <numerusform>%n private lesson notes</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete %1?</source>
            <translation>Delete %1?</translation>
        </message>
        <message>
            <source>Deleted with the class %1:</source>
            <translation>Deleted with the class %1:</translation>
        </message>
        <message>
            <source>A backup is made first, so it can be restored from Settings.</source>
            <translation>A backup is made first, so it can be restored from Settings.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>Not deleted</translation>
        </message>
        <message>
            <source>%1 was deleted. A backup from just before is in Settings.</source>
            <translation>%1 was deleted. A backup from just before is in Settings.</translation>
        </message>
    </context>
    <context>
        <name>ClassesScreen</name>
        <message>
            <source>Classes</source>
            <translation>Classes</translation>
        </message>
        <message>
            <source>Show archived classes</source>
            <translation>Show archived classes</translation>
        </message>
        <message>
            <source>New class</source>
            <translation>New class</translation>
        </message>
        <message>
            <source>Choose a class on the left, or create one with “New class”.</source>
            <translation>Choose a class on the left, or create one with “New class”.</translation>
        </message>
        <message>
            <source>No classes yet. Create one with “New class”.</source>
            <translation>No classes yet. Create one with “New class”.</translation>
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
        <name>ImportDialog</name>
        <message>
            <source>Add students to %1</source>
            <translation>Add students to %1</translation>
        </message>
        <message>
            <source>One name per line, or “Last, First”, or columns copied from Excel.

Anna Holm
Jensen, Mikkel
Sanne	van der	Berg</source>
            <translation>One name per line, or “Last, First”, or columns copied from Excel.

Anna Holm
Jensen, Mikkel
Sanne	van der	Berg</translation>
        </message>
        <message>
            <source>Paste a list</source>
            <translation>Paste a list</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>Choose a file…</translation>
        </message>
        <message>
            <source>CSV, text or Excel (.xlsx) from the school's system</source>
            <translation>CSV, text or Excel (.xlsx) from the school's system</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <source>From a file</source>
            <translation>From a file</translation>
        </message>
        <message>
            <source>One column with the whole name</source>
            <translation>One column with the whole name</translation>
        </message>
        <message>
            <source>First and last name in separate columns</source>
            <translation>First and last name in separate columns</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>Names</translation>
        </message>
        <message>
            <source>Name column</source>
            <translation>Name column</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Middle name or prefix</source>
            <translation>Middle name or prefix</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Choose a class list</source>
            <translation>Choose a class list</translation>
        </message>
        <message>
            <source>Class lists (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
            <translation>Class lists (*.csv *.txt *.tsv *.xlsx);;All files (*)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Reading %1…</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Read from the sheet “%1”.</source>
            <translation>Read from the sheet “%1”.</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tab</translation>
        </message>
        <message>
            <source>Read as %1 text, columns separated by %2.</source>
            <translation>Read as %1 text, columns separated by %2.</translation>
        </message>
        <message numerus="yes">
            <source>Add %n student(s)</source>
            <translation>
                <numerusform>Add %n student</numerusform>
                <numerusform>Add %n students</numerusform>
            </translation>
        </message>
        <message>
            <source>The preview appears here.</source>
            <translation>The preview appears here.</translation>
        </message>
        <message numerus="yes">
            <source>%n name(s) will be added.</source>
            <translation>
                <numerusform>%n name will be added.</numerusform>
                <numerusform>%n names will be added.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) are skipped; see the marked lines.</source>
            <translation>
                <numerusform>%n row is skipped; see the marked line.</numerusform>
                <numerusform>%n rows are skipped; see the marked lines.</numerusform>
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
        <name>PreviewModel</name>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Name as it will be saved</source>
            <translation>Name as it will be saved</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>What happens</translation>
        </message>
        <message>
            <source>Will be added</source>
            <translation>Will be added</translation>
        </message>
        <message>
            <source>Empty row, skipped</source>
            <translation>Empty row, skipped</translation>
        </message>
        <message>
            <source>Same name as line %1, skipped</source>
            <translation>Same name as line %1, skipped</translation>
        </message>
        <message>
            <source>Already in the class, skipped</source>
            <translation>Already in the class, skipped</translation>
        </message>
        <message>
            <source>Name longer than %1 characters, skipped</source>
            <translation>Name longer than %1 characters, skipped</translation>
        </message>
        <message>
            <source>Name contains a character that cannot be saved, skipped</source>
            <translation>Name contains a character that cannot be saved, skipped</translation>
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
        <name>RosterErrors</name>
        <message>
            <source>The file no longer exists.</source>
            <translation>The file no longer exists.</translation>
        </message>
        <message>
            <source>The file cannot be opened. Close it in other programs and try again.</source>
            <translation>The file cannot be opened. Close it in other programs and try again.</translation>
        </message>
        <message>
            <source>The file is far larger than a class list. Is it the right file?</source>
            <translation>The file is far larger than a class list. Is it the right file?</translation>
        </message>
        <message>
            <source>There are no names in it.</source>
            <translation>There are no names in it.</translation>
        </message>
        <message>
            <source>This is not a text, CSV or Excel (.xlsx) file.</source>
            <translation>This is not a text, CSV or Excel (.xlsx) file.</translation>
        </message>
        <message>
            <source>Files of this type (%1) cannot be read. Open it in Excel or LibreOffice and save it as .xlsx or CSV.</source>
            <translation>Files of this type (%1) cannot be read. Open it in Excel or LibreOffice and save it as .xlsx or CSV.</translation>
        </message>
        <message>
            <source>Line %1 has characters that cannot be read. Save the file as UTF-8 (CSV UTF-8 in Excel) and try again.</source>
            <translation>Line %1 has characters that cannot be read. Save the file as UTF-8 (CSV UTF-8 in Excel) and try again.</translation>
        </message>
        <message>
            <source>Line %1 is broken (a quotation mark is not closed). Fix it in the file, or copy the names and paste them instead.</source>
            <translation>Line %1 is broken (a quotation mark is not closed). Fix it in the file, or copy the names and paste them instead.</translation>
        </message>
        <message>
            <source>The Excel file is damaged or protected. Open it in Excel, save a copy, and try the copy.</source>
            <translation>The Excel file is damaged or protected. Open it in Excel, save a copy, and try the copy.</translation>
        </message>
        <message>
            <source>The workbook has no sheet “%1”. It has: %2.</source>
            <translation>The workbook has no sheet “%1”. It has: %2.</translation>
        </message>
        <message>
            <source>Only Excel files have sheets.</source>
            <translation>Only Excel files have sheets.</translation>
        </message>
        <message>
            <source>There is no column “%1” in the list.</source>
            <translation>There is no column “%1” in the list.</translation>
        </message>
    </context>
    <context>
        <name>RosterModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Left the class</source>
            <translation>Left the class</translation>
        </message>
    </context>
    <context>
        <name>RosterPanel</name>
        <message>
            <source>Search names and tags</source>
            <translation>Search names and tags</translation>
        </message>
        <message>
            <source>Type a name and press Enter</source>
            <translation>Type a name and press Enter</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Import or paste a list…</source>
            <translation>Import or paste a list…</translation>
        </message>
        <message>
            <source>Show students who left</source>
            <translation>Show students who left</translation>
        </message>
        <message>
            <source>Tags…</source>
            <translation>Tags…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Export this student's data…</source>
            <translation>Export this student's data…</translation>
        </message>
        <message>
            <source>Erase this student completely…</source>
            <translation>Erase this student completely…</translation>
        </message>
        <message>
            <source>Back in the class</source>
            <translation>Back in the class</translation>
        </message>
        <message>
            <source>Left the class</source>
            <translation>Left the class</translation>
        </message>
        <message>
            <source>Undo adding %1</source>
            <translation>Undo adding %1</translation>
        </message>
        <message>
            <source>%1 is no longer in the class.</source>
            <translation>%1 is no longer in the class.</translation>
        </message>
        <message>
            <source>Undo the new name %1</source>
            <translation>Undo the new name %1</translation>
        </message>
        <message>
            <source>The name is back as it was.</source>
            <translation>The name is back as it was.</translation>
        </message>
        <message>
            <source>Undo: %1 back in the class</source>
            <translation>Undo: %1 back in the class</translation>
        </message>
        <message>
            <source>Undo: %1 left the class</source>
            <translation>Undo: %1 left the class</translation>
        </message>
        <message>
            <source>%1 is as before.</source>
            <translation>%1 is as before.</translation>
        </message>
        <message>
            <source>Undo removing %1</source>
            <translation>Undo removing %1</translation>
        </message>
        <message>
            <source>%1 is back in the class.</source>
            <translation>%1 is back in the class.</translation>
        </message>
        <message>
            <source>Undo the tags of %1</source>
            <translation>Undo the tags of %1</translation>
        </message>
        <message>
            <source>The tags of %1 are as before.</source>
            <translation>The tags of %1 are as before.</translation>
        </message>
        <message>
            <source>Undo the import</source>
            <translation>Undo the import</translation>
        </message>
        <message>
            <source>The imported students are removed again.</source>
            <translation>The imported students are removed again.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>%1 was removed. Ctrl+Z brings them back.</source>
            <translation>%1 was removed. Ctrl+Z brings them back.</translation>
        </message>
        <message numerus="yes">
            <source>%n student(s) added.</source>
            <translation>
                <numerusform>%n student added.</numerusform>
                <numerusform>%n students added.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the student's data</source>
            <translation>Save the student's data</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON files (*.json)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <source>Erase %1?</source>
            <translation>Erase %1?</translation>
        </message>
        <message>
            <source>Everything Netwerk Desktop holds about %1 is deleted: the name, the tags and the partnership history, also from the automatic backups. This cannot be undone.</source>
            <translation>Everything Netwerk Desktop holds about %1 is deleted: the name, the tags and the partnership history, also from the automatic backups. This cannot be undone.</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Erase</translation>
        </message>
        <message numerus="yes">
            <source>%1 was erased, also from %n backup(s).</source>
            <translation>
                <numerusform>%1 was erased, also from %n backup.</numerusform>
                <numerusform>%1 was erased, also from %n backups.</numerusform>
            </translation>
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
        <name>TagsDialog</name>
        <message>
            <source>Tags for %1</source>
            <translation>Tags for %1</translation>
        </message>
        <message>
            <source>Tags are your own labels, for example a study line or “new at school”. The partnerships can be balanced by them. Store nothing else about a student here.</source>
            <translation>Tags are your own labels, for example a study line or “new at school”. The partnerships can be balanced by them. Store nothing else about a student here.</translation>
        </message>
        <message>
            <source>New tag</source>
            <translation>New tag</translation>
        </message>
        <message>
            <source>Add tag</source>
            <translation>Add tag</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <source>Delete from the class</source>
            <translation>Delete from the class</translation>
        </message>
        <message>
            <source>Tag not added</source>
            <translation>Tag not added</translation>
        </message>
        <message>
            <source>Rename tag</source>
            <translation>Rename tag</translation>
        </message>
        <message>
            <source>New name</source>
            <translation>New name</translation>
        </message>
        <message>
            <source>Tag not renamed</source>
            <translation>Tag not renamed</translation>
        </message>
        <message>
            <source>Delete the tag?</source>
            <translation>Delete the tag?</translation>
        </message>
        <message>
            <source>“%1” is removed from every student in the class.</source>
            <translation>“%1” is removed from every student in the class.</translation>
        </message>
        <message>
            <source>Tag not deleted</source>
            <translation>Tag not deleted</translation>
        </message>
        <message>
            <source>Tags not saved</source>
            <translation>Tags not saved</translation>
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
