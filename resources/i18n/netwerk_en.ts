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
        <name>ActivitiesScreen</name>
        <message>
            <source>Activities</source>
            <translation>Activities</translation>
        </message>
        <message>
            <source>Show to the class</source>
            <translation>Show to the class</translation>
        </message>
        <message>
            <source>The activity's title, what it is and its steps, on the screen the class sees.</source>
            <translation>The activity's title, what it is and its steps, on the screen the class sees.</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>The activities could not be read, so there is nothing to show here. Reinstalling Netwerk Desktop puts them back.</source>
            <translation>The activities could not be read, so there is nothing to show here. Reinstalling Netwerk Desktop puts them back.</translation>
        </message>
        <message>
            <source>Loading the activities…</source>
            <translation>Loading the activities…</translation>
        </message>
        <message numerus="yes">
            <source>%n activity(ies) found</source>
            <translation>
                <numerusform>%n activity found</numerusform>
                <numerusform>%n activities found</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved as %1.</source>
            <translation>Saved as %1.</translation>
        </message>
    </context>
    <context>
        <name>ActivityDetail</name>
        <message>
            <source>No activity chosen</source>
            <translation>No activity chosen</translation>
        </message>
        <message>
            <source>Choose an activity in the list. If the list is empty, try “Show all”.</source>
            <translation>Choose an activity in the list. If the list is empty, try “Show all”.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Group size</source>
            <translation>Group size</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Strengthens</source>
            <translation>Strengthens</translation>
        </message>
        <message>
            <source>No materials needed.</source>
            <translation>No materials needed.</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>Materials</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <source>Variations</source>
            <translation>Variations</translation>
        </message>
    </context>
    <context>
        <name>ActivityFilterBar</name>
        <message>
            <source>Search titles, steps and materials</source>
            <translation>Search titles, steps and materials</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Show all</translation>
        </message>
        <message>
            <source>Clear the search and every filter</source>
            <translation>Clear the search and every filter</translation>
        </message>
        <message>
            <source>Any length</source>
            <translation>Any length</translation>
        </message>
        <message>
            <source>Up to %1 min</source>
            <translation>Up to %1 min</translation>
        </message>
        <message>
            <source>Any group size</source>
            <translation>Any group size</translation>
        </message>
        <message>
            <source>Fits a class of</source>
            <translation>Fits a class of</translation>
        </message>
        <message>
            <source>Fits a group of</source>
            <translation>Fits a group of</translation>
        </message>
        <message>
            <source>Any space</source>
            <translation>Any space</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Any kind</translation>
        </message>
        <message>
            <source>How long the activity takes at the shortest</source>
            <translation>How long the activity takes at the shortest</translation>
        </message>
        <message>
            <source>A class of N: activities the whole class can do together or split into groups. A group of N: activities for groups of exactly that size.</source>
            <translation>A class of N: activities the whole class can do together or split into groups. A group of N: activities for groups of exactly that size.</translation>
        </message>
        <message>
            <source>Number of people</source>
            <translation>Number of people</translation>
        </message>
        <message>
            <source>Where the activity takes place</source>
            <translation>Where the activity takes place</translation>
        </message>
        <message>
            <source>Kind of activity</source>
            <translation>Kind of activity</translation>
        </message>
    </context>
    <context>
        <name>ActivityNames</name>
        <message>
            <source>Icebreaker</source>
            <translation>Icebreaker</translation>
        </message>
        <message>
            <source>Collaboration</source>
            <translation>Collaboration</translation>
        </message>
        <message>
            <source>Movement</source>
            <translation>Movement</translation>
        </message>
        <message>
            <source>Class event</source>
            <translation>Class event</translation>
        </message>
        <message>
            <source>Classroom</source>
            <translation>Classroom</translation>
        </message>
        <message>
            <source>Outdoors</source>
            <translation>Outdoors</translation>
        </message>
        <message>
            <source>Hall</source>
            <translation>Hall</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Class culture</source>
            <translation>Class culture</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Partnerships</translation>
        </message>
        <message>
            <source>Networks</source>
            <translation>Networks</translation>
        </message>
        <message>
            <source>%1–%2 min</source>
            <translation>%1–%2 min</translation>
        </message>
        <message>
            <source>Whole class</source>
            <translation>Whole class</translation>
        </message>
        <message>
            <source>Each on their own</source>
            <translation>Each on their own</translation>
        </message>
        <message>
            <source>Pairs</source>
            <translation>Pairs</translation>
        </message>
        <message>
            <source>Groups of %1</source>
            <translation>Groups of %1</translation>
        </message>
        <message>
            <source>Groups of %1–%2</source>
            <translation>Groups of %1–%2</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Title, e.g. the talk’s topic</source>
            <translation>Title, e.g. the talk’s topic</translation>
        </message>
        <message>
            <source>Speaker (a member or a guest)</source>
            <translation>Speaker (a member or a guest)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Make a first agenda…</source>
            <translation>Make a first agenda…</translation>
        </message>
        <message>
            <source>Time for the exchange of experience</source>
            <translation>Time for the exchange of experience</translation>
        </message>
        <message>
            <source>The exchange of experience has less than 45 % of the time. It is the heart of the meeting: shorten a talk or give the exchange more minutes.</source>
            <translation>The exchange of experience has less than 45 % of the time. It is the heart of the meeting: shorten a talk or give the exchange more minutes.</translation>
        </message>
        <message>
            <source>• %1 (%2)</source>
            <translation>• %1 (%2)</translation>
        </message>
        <message>
            <source>Open actions carried in from earlier minutes:</source>
            <translation>Open actions carried in from earlier minutes:</translation>
        </message>
        <message>
            <source>No open actions from earlier minutes.</source>
            <translation>No open actions from earlier minutes.</translation>
        </message>
        <message>
            <source>Item removed. Undo with Ctrl+Z.</source>
            <translation>Item removed. Undo with Ctrl+Z.</translation>
        </message>
        <message>
            <source>Make a first agenda</source>
            <translation>Make a first agenda</translation>
        </message>
        <message>
            <source>Replace this agenda with a first one made from the topics and the host?</source>
            <translation>Replace this agenda with a first one made from the topics and the host?</translation>
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
        <name>Audience</name>
        <message>
            <source>Alone</source>
            <translation>Alone</translation>
        </message>
        <message>
            <source>With your partner</source>
            <translation>With your partner</translation>
        </message>
        <message>
            <source>In your group</source>
            <translation>In your group</translation>
        </message>
        <message>
            <source>Whole class</source>
            <translation>Whole class</translation>
        </message>
        <message>
            <source>Statement %1 of %2</source>
            <translation>Statement %1 of %2</translation>
        </message>
        <message>
            <source>fewer than 3</source>
            <translation>fewer than 3</translation>
        </message>
        <message>
            <source>Group %1</source>
            <translation>Group %1</translation>
        </message>
        <message>
            <source>Our partnership groups</source>
            <translation>Our partnership groups</translation>
        </message>
        <message>
            <source>Our class charter</source>
            <translation>Our class charter</translation>
        </message>
        <message>
            <source>Lesson %1</source>
            <translation>Lesson %1</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Paused %1</source>
            <translation>Paused %1</translation>
        </message>
        <message>
            <source>Needs and offers</source>
            <translation>Needs and offers</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>Matches</translation>
        </message>
        <message>
            <source>Nothing on the board yet</source>
            <translation>Nothing on the board yet</translation>
        </message>
        <message>
            <source>Need</source>
            <translation>Need</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Offer</translation>
        </message>
        <message>
            <source>matched</source>
            <translation>matched</translation>
        </message>
        <message>
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <source>School and study</source>
            <translation>School and study</translation>
        </message>
        <message>
            <source>Jobs and internships</source>
            <translation>Jobs and internships</translation>
        </message>
        <message>
            <source>Clubs and free time</source>
            <translation>Clubs and free time</translation>
        </message>
        <message>
            <source>Learning something new</source>
            <translation>Learning something new</translation>
        </message>
        <message>
            <source>Practical things</source>
            <translation>Practical things</translation>
        </message>
        <message>
            <source>Doing things together</source>
            <translation>Doing things together</translation>
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
        <message>
            <source>Before a change</source>
            <translation>Before a change</translation>
        </message>
    </context>
    <context>
        <name>BalanceBar</name>
        <message>
            <source>%1 %2: %3 min</source>
            <translation>%1 %2: %3 min</translation>
        </message>
        <message>
            <source>Informal time is missing: people need breaks and time without a plan to meet each other. Add an informal block.</source>
            <translation>Informal time is missing: people need breaks and time without a plan to meet each other. Add an informal block.</translation>
        </message>
        <message>
            <source>The programme has only one kind of block. Mix input, activities and informal time.</source>
            <translation>The programme has only one kind of block. Mix input, activities and informal time.</translation>
        </message>
    </context>
    <context>
        <name>BarCharter</name>
        <message>
            <source>Type a rule the class agrees on, then Enter</source>
            <translation>Type a rule the class agrees on, then Enter</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove the last rule</source>
            <translation>Remove the last rule</translation>
        </message>
    </context>
    <context>
        <name>BarTally</name>
        <message>
            <source>Type the counts: the class sees dots until you show the chart, and counts below 3 as “fewer than 3”.</source>
            <translation>Type the counts: the class sees dots until you show the chart, and counts below 3 as “fewer than 3”.</translation>
        </message>
        <message>
            <source>Show the chart</source>
            <translation>Show the chart</translation>
        </message>
        <message>
            <source>Hide the chart</source>
            <translation>Hide the chart</translation>
        </message>
    </context>
    <context>
        <name>BoardCheckPanel</name>
        <message>
            <source>new partners</source>
            <translation>new partners</translation>
        </message>
        <message>
            <source>partners again</source>
            <translation>partners again</translation>
        </message>
        <message>
            <source>group-mates again</source>
            <translation>group-mates again</translation>
        </message>
        <message>
            <source>fewest new faces</source>
            <translation>fewest new faces</translation>
        </message>
        <message>
            <source>rules broken</source>
            <translation>rules broken</translation>
        </message>
        <message>
            <source>Partner pairs who have not been partners before (a trio counts three).</source>
            <translation>Partner pairs who have not been partners before (a trio counts three).</translation>
        </message>
        <message>
            <source>Partner pairs who were partners in an earlier rotation.</source>
            <translation>Partner pairs who were partners in an earlier rotation.</translation>
        </message>
        <message>
            <source>Two students in one group who shared a group before.</source>
            <translation>Two students in one group who shared a group before.</translation>
        </message>
        <message>
            <source>The fewest new group-mates any student gets: people they have not shared a group with before.</source>
            <translation>The fewest new group-mates any student gets: people they have not shared a group with before.</translation>
        </message>
        <message>
            <source>Keep-apart and keep-together rules this board breaks.</source>
            <translation>Keep-apart and keep-together rules this board breaks.</translation>
        </message>
        <message>
            <source>Compared with the earlier rotations. “Fewest new faces”: the fewest new group-mates any one student gets.</source>
            <translation>Compared with the earlier rotations. “Fewest new faces”: the fewest new group-mates any one student gets.</translation>
        </message>
        <message>
            <source>No warnings: nobody meets a former partner, and every rule is kept.</source>
            <translation>No warnings: nobody meets a former partner, and every rule is kept.</translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardControls</name>
        <message>
            <source>Make partnerships</source>
            <translation>Make partnerships</translation>
        </message>
        <message>
            <source>New partnerships</source>
            <translation>New partnerships</translation>
        </message>
        <message>
            <source>New pairs in new groups, with as many new partners as possible.</source>
            <translation>New pairs in new groups, with as many new partners as possible.</translation>
        </message>
        <message>
            <source>New groups, same pairs</source>
            <translation>New groups, same pairs</translation>
        </message>
        <message>
            <source>The pairs on the board stay; they meet new pairs.</source>
            <translation>The pairs on the board stay; they meet new pairs.</translation>
        </message>
        <message>
            <source>New pairs in the same groups</source>
            <translation>New pairs in the same groups</translation>
        </message>
        <message>
            <source>The groups on the board stay; inside each group the partners change.</source>
            <translation>The groups on the board stay; inside each group the partners change.</translation>
        </message>
        <message>
            <source>Try another</source>
            <translation>Try another</translation>
        </message>
        <message>
            <source>Another proposal of the same kind.</source>
            <translation>Another proposal of the same kind.</translation>
        </message>
        <message>
            <source>Making a proposal…</source>
            <translation>Making a proposal…</translation>
        </message>
        <message>
            <source>Absent today</source>
            <translation>Absent today</translation>
        </message>
        <message>
            <source>Tick who is away: new partnerships leave them out, and “Back today” gives them a place.</source>
            <translation>Tick who is away: new partnerships leave them out, and “Back today” gives them a place.</translation>
        </message>
        <message>
            <source>Back today</source>
            <translation>Back today</translation>
        </message>
        <message>
            <source>Balance by tags</source>
            <translation>Balance by tags</translation>
        </message>
        <message>
            <source>This class has no tags. Give students tags in Classes to balance the groups.</source>
            <translation>This class has no tags. Give students tags in Classes to balance the groups.</translation>
        </message>
        <message numerus="yes">
            <source>Rules (%n)…</source>
            <translation>
                <numerusform>Rules (%n)…</numerusform>
                <numerusform>Rules (%n)…</numerusform>
            </translation>
        </message>
        <message>
            <source>no place yet</source>
            <translation>no place yet</translation>
        </message>
    </context>
    <context>
        <name>BoardItemModel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <source>(not kept: follow it up in person)</source>
            <translation>(not kept: follow it up in person)</translation>
        </message>
        <message>
            <source>This text holds a name from the class list (%1). It is not shown to the class or printed: rewrite it without the name.</source>
            <translation>This text holds a name from the class list (%1). It is not shown to the class or printed: rewrite it without the name.</translation>
        </message>
        <message>
            <source>Not posted because of a worry. Follow it up in person, then tick it.</source>
            <translation>Not posted because of a worry. Follow it up in person, then tick it.</translation>
        </message>
    </context>
    <context>
        <name>BoardNames</name>
        <message>
            <source>School and study</source>
            <translation>School and study</translation>
        </message>
        <message>
            <source>Jobs and internships</source>
            <translation>Jobs and internships</translation>
        </message>
        <message>
            <source>Clubs and free time</source>
            <translation>Clubs and free time</translation>
        </message>
        <message>
            <source>Learning something new</source>
            <translation>Learning something new</translation>
        </message>
        <message>
            <source>Practical things</source>
            <translation>Practical things</translation>
        </message>
        <message>
            <source>Doing things together</source>
            <translation>Doing things together</translation>
        </message>
        <message>
            <source>Need</source>
            <translation>Need</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Offer</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Matched</source>
            <translation>Matched</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>On the board</source>
            <translation>On the board</translation>
        </message>
        <message>
            <source>Hidden</source>
            <translation>Hidden</translation>
        </message>
        <message>
            <source>Not posted</source>
            <translation>Not posted</translation>
        </message>
        <message>
            <source>A worry</source>
            <translation>A worry</translation>
        </message>
        <message>
            <source>Too personal for the board</source>
            <translation>Too personal for the board</translation>
        </message>
        <message>
            <source>Unclear</source>
            <translation>Unclear</translation>
        </message>
        <message>
            <source>Another reason</source>
            <translation>Another reason</translation>
        </message>
    </context>
    <context>
        <name>BoardPage</name>
        <message>
            <source>Show to the class</source>
            <translation>Show to the class</translation>
        </message>
        <message>
            <source>The groups on the screen the class sees: numbers and names, nothing else.</source>
            <translation>The groups on the screen the class sees: numbers and names, nothing else.</translation>
        </message>
        <message>
            <source>Swap</source>
            <translation>Swap</translation>
        </message>
        <message>
            <source>Swap the two marked students (S or Enter).</source>
            <translation>Swap the two marked students (S or Enter).</translation>
        </message>
        <message>
            <source>Pin</source>
            <translation>Pin</translation>
        </message>
        <message>
            <source>Pinned students stay where they are when new partnerships are made (P).</source>
            <translation>Pinned students stay where they are when new partnerships are made (P).</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translation>Starts on</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Put aside</source>
            <translation>Put aside</translation>
        </message>
        <message>
            <source>Forget this proposal and show the saved partnerships.</source>
            <translation>Forget this proposal and show the saved partnerships.</translation>
        </message>
        <message>
            <source>Undo last rotation…</source>
            <translation>Undo last rotation…</translation>
        </message>
        <message>
            <source>Partnership board</source>
            <translation>Partnership board</translation>
        </message>
        <message>
            <source>Up and Down move between names, Left and Right between groups. Space marks a name, S or Enter swaps, P pins, Escape clears the marks.</source>
            <translation>Up and Down move between names, Left and Right between groups. Space marks a name, S or Enter swaps, P pins, Escape clears the marks.</translation>
        </message>
        <message>
            <source>Not everyone has a place</source>
            <translation>Not everyone has a place</translation>
        </message>
        <message>
            <source>%1 have no place on the board and are not ticked as away. Show the partnerships without them?</source>
            <translation>%1 have no place on the board and are not ticked as away. Show the partnerships without them?</translation>
        </message>
        <message>
            <source>Choose a class to see its partnerships.</source>
            <translation>Choose a class to see its partnerships.</translation>
        </message>
        <message>
            <source>Drag a name onto another to swap them, or mark two names and press Swap.</source>
            <translation>Drag a name onto another to swap them, or mark two names and press Swap.</translation>
        </message>
        <message>
            <source>%1 has no students yet. Add them in Classes.</source>
            <translation>%1 has no students yet. Add them in Classes.</translation>
        </message>
        <message>
            <source>%1 has no partnerships yet. Press “New partnerships” to make a proposal.</source>
            <translation>%1 has no partnerships yet. Press “New partnerships” to make a proposal.</translation>
        </message>
        <message>
            <source>Proposal, not saved yet</source>
            <translation>Proposal, not saved yet</translation>
        </message>
        <message>
            <source>%1, changed by hand, not saved yet</source>
            <translation>%1, changed by hand, not saved yet</translation>
        </message>
        <message>
            <source>%1, since %2</source>
            <translation>%1, since %2</translation>
        </message>
        <message>
            <source>No partnerships yet</source>
            <translation>No partnerships yet</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <source>A proposal is on the board. Adjust it, then save.</source>
            <translation>A proposal is on the board. Adjust it, then save.</translation>
        </message>
        <message>
            <source>The last change on the board is undone.</source>
            <translation>The last change on the board is undone.</translation>
        </message>
        <message>
            <source>Not placed</source>
            <translation>Not placed</translation>
        </message>
        <message>
            <source>%1 is back and joins %2.</source>
            <translation>%1 is back and joins %2.</translation>
        </message>
        <message>
            <source>Swap with %1</source>
            <translation>Swap with %1</translation>
        </message>
        <message>
            <source>Unpin %1</source>
            <translation>Unpin %1</translation>
        </message>
        <message>
            <source>Pin %1 in place</source>
            <translation>Pin %1 in place</translation>
        </message>
        <message>
            <source>%1 is absent today</source>
            <translation>%1 is absent today</translation>
        </message>
        <message>
            <source>Partner history of %1</source>
            <translation>Partner history of %1</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Reload</translation>
        </message>
        <message>
            <source>Saved. These are now the partnerships of %1.</source>
            <translation>Saved. These are now the partnerships of %1.</translation>
        </message>
        <message>
            <source>Not undone</source>
            <translation>Not undone</translation>
        </message>
        <message>
            <source>The last rotation was undone.</source>
            <translation>The last rotation was undone.</translation>
        </message>
    </context>
    <context>
        <name>BoardUndo</name>
        <message>
            <source>%1 (started %2) is removed from the history. The class has no partnerships until you save new ones.</source>
            <translation>%1 (started %2) is removed from the history. The class has no partnerships until you save new ones.</translation>
        </message>
        <message>
            <source>%1 (started %2) is removed from the history. The partnerships of %3 are the class's partnerships again.</source>
            <translation>%1 (started %2) is removed from the history. The partnerships of %3 are the class's partnerships again.</translation>
        </message>
        <message>
            <source>Undo the last rotation?</source>
            <translation>Undo the last rotation?</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>Undo %1</translation>
        </message>
    </context>
    <context>
        <name>CharterEditor</name>
        <message>
            <source>The class charter</source>
            <translation>The class charter</translation>
        </message>
        <message>
            <source>Type a rule the class agrees on, then Enter</source>
            <translation>Type a rule the class agrees on, then Enter</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Save charter</source>
            <translation>Save charter</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPanel</name>
        <message>
            <source>A step of your own, e.g. approved by the head</source>
            <translation>A step of your own, e.g. approved by the head</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Add step</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Remove step</translation>
        </message>
        <message>
            <source>Remove the step “%1”?</source>
            <translation>Remove the step “%1”?</translation>
        </message>
    </context>
    <context>
        <name>ClassBar</name>
        <message>
            <source>◀</source>
            <translation>◀</translation>
        </message>
        <message>
            <source>▶</source>
            <translation>▶</translation>
        </message>
        <message>
            <source>Timer</source>
            <translation>Timer</translation>
        </message>
        <message>
            <source>Black</source>
            <translation>Black</translation>
        </message>
        <message>
            <source>Calm</source>
            <translation>Calm</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Leave</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Previous</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>My notes…</source>
            <translation>My notes…</translation>
        </message>
        <message>
            <source>There is one screen: the class sees everything on it. Your teacher notes would be on the smartboard.</source>
            <translation>There is one screen: the class sees everything on it. Your teacher notes would be on the smartboard.</translation>
        </message>
        <message>
            <source>Show my notes — the class will see them</source>
            <translation>Show my notes — the class will see them</translation>
        </message>
        <message>
            <source>Keep them hidden</source>
            <translation>Keep them hidden</translation>
        </message>
        <message>
            <source>Count…</source>
            <translation>Count…</translation>
        </message>
        <message>
            <source>Add rules…</source>
            <translation>Add rules…</translation>
        </message>
    </context>
    <context>
        <name>ClassCard</name>
        <message>
            <source>All lessons done</source>
            <translation>All lessons done</translation>
        </message>
        <message>
            <source>Next steps…</source>
            <translation>Next steps…</translation>
        </message>
        <message>
            <source>New partnerships</source>
            <translation>New partnerships</translation>
        </message>
        <message>
            <source>The year's tallies side by side</source>
            <translation>The year's tallies side by side</translation>
        </message>
        <message>
            <source>Archive the class…</source>
            <translation>Archive the class…</translation>
        </message>
        <message>
            <source>Lesson %1 is in progress</source>
            <translation>Lesson %1 is in progress</translation>
        </message>
        <message>
            <source>Continue lesson %1</source>
            <translation>Continue lesson %1</translation>
        </message>
        <message>
            <source>Next: lesson %1</source>
            <translation>Next: lesson %1</translation>
        </message>
        <message>
            <source>Start lesson %1</source>
            <translation>Start lesson %1</translation>
        </message>
        <message>
            <source>%1, lesson %2 is in progress</source>
            <translation>%1, lesson %2 is in progress</translation>
        </message>
        <message>
            <source>Continue %1, lesson %2</source>
            <translation>Continue %1, lesson %2</translation>
        </message>
        <message>
            <source>Next: %1, lesson %2</source>
            <translation>Next: %1, lesson %2</translation>
        </message>
        <message>
            <source>Start %1, lesson %2</source>
            <translation>Start %1, lesson %2</translation>
        </message>
    </context>
    <context>
        <name>ClassCardText</name>
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
            <source>Lessons</source>
            <translation>Lessons</translation>
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
        <name>CloseButton</name>
        <message>
            <source>Close (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
    </context>
    <context>
        <name>ContentLanguageChooser</name>
        <message>
            <source>Content language</source>
            <translation>Content language</translation>
        </message>
        <message>
            <source>The language of the lessons, prompts and activities shown here. It can differ from the language of the app.</source>
            <translation>The language of the lessons, prompts and activities shown here. It can differ from the language of the app.</translation>
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
        <name>Curtain</name>
        <message>
            <source>The class sees this screen</source>
            <translation>The class sees this screen</translation>
        </message>
        <message>
            <source>There is only one screen, so the smartboard shows what you see. Your teacher notes stay hidden; the controls are on the class view.</source>
            <translation>There is only one screen, so the smartboard shows what you see. Your teacher notes stay hidden; the controls are on the class view.</translation>
        </message>
        <message>
            <source>Back to the class view (F5)</source>
            <translation>Back to the class view (F5)</translation>
        </message>
        <message>
            <source>Show my notes — the class will see them</source>
            <translation>Show my notes — the class will see them</translation>
        </message>
    </context>
    <context>
        <name>DataNotice</name>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>DirectoryNames</name>
        <message>
            <source>Sport</source>
            <translation>Sport</translation>
        </message>
        <message>
            <source>Culture and creativity</source>
            <translation>Culture and creativity</translation>
        </message>
        <message>
            <source>Volunteering</source>
            <translation>Volunteering</translation>
        </message>
        <message>
            <source>Youth centre</source>
            <translation>Youth centre</translation>
        </message>
        <message>
            <source>Study help</source>
            <translation>Study help</translation>
        </message>
        <message>
            <source>Faith and community</source>
            <translation>Faith and community</translation>
        </message>
        <message>
            <source>Help and advice</source>
            <translation>Help and advice</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>The school</source>
            <translation>The school</translation>
        </message>
        <message>
            <source>A class’s suggestion</source>
            <translation>A class’s suggestion</translation>
        </message>
        <message>
            <source>Imported from a file</source>
            <translation>Imported from a file</translation>
        </message>
        <message>
            <source>%1–%2</source>
            <translation>%1–%2</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>from %1</translation>
        </message>
        <message>
            <source>up to %1</source>
            <translation>up to %1</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Not checked</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 by %2</translation>
        </message>
    </context>
    <context>
        <name>DirectoryScreen</name>
        <message>
            <source>Local communities and help</source>
            <translation>Local communities and help</translation>
        </message>
        <message>
            <source>Search names, activities and places</source>
            <translation>Search names, activities and places</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>Ages 15–20</source>
            <translation>Ages 15–20</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Free</translation>
        </message>
        <message>
            <source>Can just turn up</source>
            <translation>Can just turn up</translation>
        </message>
        <message>
            <source>Not checked in 12 months</source>
            <translation>Not checked in 12 months</translation>
        </message>
        <message>
            <source>Show ended</source>
            <translation>Show ended</translation>
        </message>
        <message>
            <source>Add a place…</source>
            <translation>Add a place…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Checked today…</source>
            <translation>Checked today…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Remove…</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Import CSV…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Leaflet as PDF…</source>
            <translation>Leaflet as PDF…</translation>
        </message>
        <message>
            <source>Pocket cards as PDF…</source>
            <translation>Pocket cards as PDF…</translation>
        </message>
        <message>
            <source>The directory is empty. Nothing is built in: the school adds the clubs, associations, youth offers and places to get help it knows of. Add a place, import a list your municipality shares (CSV with Open Referral columns), or add the places a class found in “Our networks” – they stay “not checked” until someone at the school checks them.</source>
            <translation>The directory is empty. Nothing is built in: the school adds the clubs, associations, youth offers and places to get help it knows of. Add a place, import a list your municipality shares (CSV with Open Referral columns), or add the places a class found in “Our networks” – they stay “not checked” until someone at the school checks them.</translation>
        </message>
        <message>
            <source>%1 of %2 places shown</source>
            <translation>%1 of %2 places shown</translation>
        </message>
        <message>
            <source>Checked today</source>
            <translation>Checked today</translation>
        </message>
        <message>
            <source>Who checked “%1” today?</source>
            <translation>Who checked “%1” today?</translation>
        </message>
        <message>
            <source>Remove the place?</source>
            <translation>Remove the place?</translation>
        </message>
        <message>
            <source>Remove “%1” from the school’s directory? Export the directory first if you may want it back.</source>
            <translation>Remove “%1” from the school’s directory? Export the directory first if you may want it back.</translation>
        </message>
        <message>
            <source>Import places</source>
            <translation>Import places</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt)</source>
            <translation>CSV files (*.csv *.txt)</translation>
        </message>
        <message>
            <source>Imported: %1 added, %2 updated.</source>
            <translation>Imported: %1 added, %2 updated.</translation>
        </message>
        <message>
            <source>The file adds %1 places and updates %2; %3 are the same already. Imported places stay “not checked” until someone at the school checks them. Import?</source>
            <translation>The file adds %1 places and updates %2; %3 are the same already. Imported places stay “not checked” until someone at the school checks them. Import?</translation>
        </message>
        <message>
            <source>Lines with something that could not be read (left empty or out): %1</source>
            <translation>Lines with something that could not be read (left empty or out): %1</translation>
        </message>
        <message>
            <source>Export the directory</source>
            <translation>Export the directory</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>%1 places saved in %2</source>
            <translation>%1 places saved in %2</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <source>Edit the place</source>
            <translation>Edit the place</translation>
        </message>
        <message>
            <source>Add a place</source>
            <translation>Add a place</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>What you do there</source>
            <translation>What you do there</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Ages</source>
            <translation>Ages</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>How to join</source>
            <translation>How to join</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>Accessibility</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Public contact</source>
            <translation>Public contact</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Checked</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Suggested by</source>
            <translation>Suggested by</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Free</translation>
        </message>
        <message>
            <source>You can just turn up</source>
            <translation>You can just turn up</translation>
        </message>
        <message>
            <source>Bring a friend</source>
            <translation>Bring a friend</translation>
        </message>
        <message>
            <source>Checked on</source>
            <translation>Checked on</translation>
        </message>
        <message>
            <source>by whom</source>
            <translation>by whom</translation>
        </message>
        <message>
            <source>The organisation’s own contact, never a person’s</source>
            <translation>The organisation’s own contact, never a person’s</translation>
        </message>
        <message>
            <source>Only what the place makes public: no private person’s phone number or address. A place nobody at the school has checked shows as “not checked” on the leaflet.</source>
            <translation>Only what the place makes public: no private person’s phone number or address. A place nobody at the school has checked shows as “not checked” on the leaflet.</translation>
        </message>
    </context>
    <context>
        <name>EntryModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Ages</source>
            <translation>Ages</translation>
        </message>
        <message>
            <source>Last checked</source>
            <translation>Last checked</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Not checked in the last 12 months: check it before students go.</source>
            <translation>Not checked in the last 12 months: check it before students go.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something unexpected went wrong, and nothing was changed. If it happens again, the log in the data folder says more (Help, About).</source>
            <translation>Something unexpected went wrong, and nothing was changed. If it happens again, the log in the data folder says more (Help, About).</translation>
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
            <source>The database file is damaged and cannot be opened safely. Netwerk Desktop can put back one of its automatic backups; the damaged file is kept beside it.</source>
            <translation>The database file is damaged and cannot be opened safely. Netwerk Desktop can put back one of its automatic backups; the damaged file is kept beside it.</translation>
        </message>
        <message>
            <source>The database file is missing, but there are backups of it (the newest from %1). Put one back to go on where you were; nothing is started anew.</source>
            <translation>The database file is missing, but there are backups of it (the newest from %1). Put one back to go on where you were; nothing is started anew.</translation>
        </message>
        <message>
            <source>The database file is empty, but there are backups with your classes (the newest from %1). Put one back to go on where you were.</source>
            <translation>The database file is empty, but there are backups with your classes (the newest from %1). Put one back to go on where you were.</translation>
        </message>
        <message>
            <source>The database file cannot be read on this account. Ask IT to check the rights of the data folder, or put back a backup.</source>
            <translation>The database file cannot be read on this account. Ask IT to check the rights of the data folder, or put back a backup.</translation>
        </message>
        <message>
            <source>%1 cannot be used as the data folder: it is a file, a system folder, or this account may not use it. Choose another folder, or ask IT.</source>
            <translation>%1 cannot be used as the data folder: it is a file, a system folder, or this account may not use it. Choose another folder, or ask IT.</translation>
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
            <source>Netwerk Desktop does not write to %1: it would replace the data or a backup, or it is not a file. Choose another file.</source>
            <translation>Netwerk Desktop does not write to %1: it would replace the data or a backup, or it is not a file. Choose another file.</translation>
        </message>
        <message>
            <source>%1 could not be written, so nothing was saved there. Check that the folder exists, that you may write in it and that there is free space.</source>
            <translation>%1 could not be written, so nothing was saved there. Check that the folder exists, that you may write in it and that there is free space.</translation>
        </message>
        <message>
            <source>The data folder is write-protected, so the data is open read-only: you can look, export and print, but not change anything.</source>
            <translation>The data folder is write-protected, so the data is open read-only: you can look, export and print, but not change anything.</translation>
        </message>
        <message>
            <source>The disk is full, so the data is open read-only: you can look, export and print. Free some space and start Netwerk Desktop again to make changes.</source>
            <translation>The disk is full, so the data is open read-only: you can look, export and print. Free some space and start Netwerk Desktop again to make changes.</translation>
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
            <source>The app folder is too deep in the folders of this drive for its data (%1). Move the app folder closer to the top of the drive, for example straight onto the USB stick, and start it again.</source>
            <translation>The app folder is too deep in the folders of this drive for its data (%1). Move the app folder closer to the top of the drive, for example straight onto the USB stick, and start it again.</translation>
        </message>
        <message>
            <source>More than one match for “%1”.</source>
            <translation>More than one match for “%1”.</translation>
        </message>
        <message>
            <source>This cannot be done, so nothing was changed.</source>
            <translation>This cannot be done, so nothing was changed.</translation>
        </message>
        <message>
            <source>The class needs a name.</source>
            <translation>The class needs a name.</translation>
        </message>
        <message>
            <source>The student needs a name.</source>
            <translation>The student needs a name.</translation>
        </message>
        <message>
            <source>The tag needs a name.</source>
            <translation>The tag needs a name.</translation>
        </message>
        <message>
            <source>A class name can have at most %1 characters.</source>
            <translation>A class name can have at most %1 characters.</translation>
        </message>
        <message>
            <source>A student's name can have at most %1 characters.</source>
            <translation>A student's name can have at most %1 characters.</translation>
        </message>
        <message>
            <source>A tag can have at most %1 characters.</source>
            <translation>A tag can have at most %1 characters.</translation>
        </message>
        <message>
            <source>A rule of the charter can have at most %1 characters. Shorten it.</source>
            <translation>A rule of the charter can have at most %1 characters. Shorten it.</translation>
        </message>
        <message>
            <source>A note can have at most %1 characters. Shorten it.</source>
            <translation>A note can have at most %1 characters. Shorten it.</translation>
        </message>
        <message>
            <source>The name has a character that cannot be saved (a control or invisible character). Type the name again.</source>
            <translation>The name has a character that cannot be saved (a control or invisible character). Type the name again.</translation>
        </message>
        <message>
            <source>A count must be between 0 and %1.</source>
            <translation>A count must be between 0 and %1.</translation>
        </message>
        <message>
            <source>Plan between 1 and %1 rotations at a time.</source>
            <translation>Plan between 1 and %1 rotations at a time.</translation>
        </message>
        <message>
            <source>Choose two different students.</source>
            <translation>Choose two different students.</translation>
        </message>
        <message>
            <source>This lesson has no steps, so it cannot be run.</source>
            <translation>This lesson has no steps, so it cannot be run.</translation>
        </message>
        <message>
            <source>That value cannot be used, so nothing was changed.</source>
            <translation>That value cannot be used, so nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>New event</source>
            <translation>New event</translation>
        </message>
        <message>
            <source>e.g. Breakfast for the first years</source>
            <translation>e.g. Breakfast for the first years</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Day</translation>
        </message>
        <message>
            <source>&amp;Classes</source>
            <translation>&amp;Classes</translation>
        </message>
    </context>
    <context>
        <name>EventErrors</name>
        <message>
            <source>The event needs a name.</source>
            <translation>The event needs a name.</translation>
        </message>
        <message>
            <source>That text is too long: at most %1 characters.</source>
            <translation>That text is too long: at most %1 characters.</translation>
        </message>
        <message>
            <source>Choose at least one class that takes part.</source>
            <translation>Choose at least one class that takes part.</translation>
        </message>
        <message>
            <source>One of the classes no longer exists. Choose the classes again.</source>
            <translation>One of the classes no longer exists. Choose the classes again.</translation>
        </message>
        <message>
            <source>That student’s class does not take part in the event. Add the class first.</source>
            <translation>That student’s class does not take part in the event. Add the class first.</translation>
        </message>
        <message>
            <source>Type a name and a role.</source>
            <translation>Type a name and a role.</translation>
        </message>
        <message>
            <source>A programme block needs a name and between 1 and %1 minutes.</source>
            <translation>A programme block needs a name and between 1 and %1 minutes.</translation>
        </message>
        <message>
            <source>Groups need at least %1 students signed up. Sign up the students who come first.</source>
            <translation>Groups need at least %1 students signed up. Sign up the students who come first.</translation>
        </message>
        <message>
            <source>The hands up cannot be more than the students asked. Count again.</source>
            <translation>The hands up cannot be more than the students asked. Count again.</translation>
        </message>
        <message>
            <source>The follow-up is over, so the event’s groups were deleted and cannot be made again.</source>
            <translation>The follow-up is over, so the event’s groups were deleted and cannot be made again.</translation>
        </message>
    </context>
    <context>
        <name>EventNames</name>
        <message>
            <source>Input or talk</source>
            <translation>Input or talk</translation>
        </message>
        <message>
            <source>Workshop or activity</source>
            <translation>Workshop or activity</translation>
        </message>
        <message>
            <source>Informal time</source>
            <translation>Informal time</translation>
        </message>
        <message>
            <source>A clear purpose, aimed at connection, in one sentence</source>
            <translation>A clear purpose, aimed at connection, in one sentence</translation>
        </message>
        <message>
            <source>Room for spontaneous meetings: breaks, a meal, time without a plan</source>
            <translation>Room for spontaneous meetings: breaks, a meal, time without a plan</translation>
        </message>
        <message>
            <source>A varied programme: input, activities and informal time</source>
            <translation>A varied programme: input, activities and informal time</translation>
        </message>
        <message>
            <source>A committed team with clear roles, colleagues and students</source>
            <translation>A committed team with clear roles, colleagues and students</translation>
        </message>
        <message>
            <source>Follow-up afterwards, so the new contacts last</source>
            <translation>Follow-up afterwards, so the new contacts last</translation>
        </message>
        <message>
            <source>Day 1: say thank you to the class and the team</source>
            <translation>Day 1: say thank you to the class and the team</translation>
        </message>
        <message>
            <source>Week 1: partner talk “Who did you meet?”</source>
            <translation>Week 1: partner talk “Who did you meet?”</translation>
        </message>
        <message>
            <source>Week 1: anonymous count “I talked with someone new”</source>
            <translation>Week 1: anonymous count “I talked with someone new”</translation>
        </message>
        <message>
            <source>Month 1: a reunion activity in the event groups</source>
            <translation>Month 1: a reunion activity in the event groups</translation>
        </message>
    </context>
    <context>
        <name>EventPage</name>
        <message>
            <source>&amp;Plan</source>
            <translation>&amp;Plan</translation>
        </message>
        <message>
            <source>P&amp;rogramme</source>
            <translation>P&amp;rogramme</translation>
        </message>
        <message>
            <source>&amp;Team</source>
            <translation>&amp;Team</translation>
        </message>
        <message>
            <source>Chec&amp;klist</source>
            <translation>Chec&amp;klist</translation>
        </message>
        <message>
            <source>&amp;Sign-up and groups</source>
            <translation>&amp;Sign-up and groups</translation>
        </message>
        <message>
            <source>&amp;Follow-up</source>
            <translation>&amp;Follow-up</translation>
        </message>
        <message>
            <source>&amp;Handouts</source>
            <translation>&amp;Handouts</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Handouts in</source>
            <translation>Handouts in</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>Classes</translation>
        </message>
        <message>
            <source>In one sentence: who should meet whom, and why</source>
            <translation>In one sentence: who should meet whom, and why</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Starts at</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Delete event…</source>
            <translation>Delete event…</translation>
        </message>
        <message>
            <source>The event is saved.</source>
            <translation>The event is saved.</translation>
        </message>
        <message>
            <source>Delete event</source>
            <translation>Delete event</translation>
        </message>
        <message>
            <source>Delete “%1” with its programme, team, sign-up, groups and follow-up? A backup is made first, so it can be restored in Settings.</source>
            <translation>Delete “%1” with its programme, team, sign-up, groups and follow-up? A backup is made first, so it can be restored in Settings.</translation>
        </message>
        <message>
            <source>“%1” was deleted.</source>
            <translation>“%1” was deleted.</translation>
        </message>
    </context>
    <context>
        <name>EventsScreen</name>
        <message>
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>&amp;New event</source>
            <translation>&amp;New event</translation>
        </message>
        <message>
            <source>Plan a community event for one class or several: a trip, a cross-class day, a breakfast. Give it a purpose, a mixed programme and a team; the follow-up comes by itself.</source>
            <translation>Plan a community event for one class or several: a trip, a cross-class day, a breakfast. Give it a purpose, a mixed programme and a team; the follow-up comes by itself.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpPanel</name>
        <message>
            <source>The event puts these steps on each class’s timeline; Home shows them on the day they are due. For the tally, count hands, never names.</source>
            <translation>The event puts these steps on each class’s timeline; Home shows them on the day they are due. For the tally, count hands, never names.</translation>
        </message>
        <message>
            <source>&amp;Hands up</source>
            <translation>&amp;Hands up</translation>
        </message>
        <message>
            <source>&amp;of</source>
            <translation>&amp;of</translation>
        </message>
        <message>
            <source>Save the tally</source>
            <translation>Save the tally</translation>
        </message>
        <message>
            <source>Choose a tally step in the list first.</source>
            <translation>Choose a tally step in the list first.</translation>
        </message>
        <message>
            <source>Tally saved: %1 of %2.</source>
            <translation>Tally saved: %1 of %2.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsToday</name>
        <message>
            <source>Follow-up due</source>
            <translation>Follow-up due</translation>
        </message>
    </context>
    <context>
        <name>Guide</name>
        <message>
            <source>How the series works</source>
            <translation>How the series works</translation>
        </message>
        <message>
            <source>Seven lessons and a follow-up later in the year, about community, class culture, partnerships, loneliness and what to do when you or a friend is not thriving. Every lesson opens the same calm way, with partners greeting each other, and ends with something to do before next time. Home shows each class's next lesson; Handouts has everything to print for it.</source>
            <translation>Seven lessons and a follow-up later in the year, about community, class culture, partnerships, loneliness and what to do when you or a friend is not thriving. Every lesson opens the same calm way, with partners greeting each other, and ends with something to do before next time. Home shows each class's next lesson; Handouts has everything to print for it.</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Partnerships</translation>
        </message>
        <message>
            <source>Every student has a partner, and two pairs make a partnership group. Make new ones a few times a year on Partnerships: the app mixes the class so that students meet new classmates, and keeps the rules you set.</source>
            <translation>Every student has a partner, and two pairs make a partnership group. Make new ones a few times a year on Partnerships: the app mixes the class so that students meet new classmates, and keeps the rules you set.</translation>
        </message>
        <message>
            <source>Running a lesson</source>
            <translation>Running a lesson</translation>
        </message>
        <message>
            <source>Start the next lesson with the button on its class card. The class view shows only what the class may see; your notes, the timer and the steps are in the presenter view. Esc leaves the lesson, and the place is kept for next time.</source>
            <translation>Start the next lesson with the button on its class card. The class view shows only what the class may see; your notes, the timer and the steps are in the presenter view. Esc leaves the lesson, and the place is kept for next time.</translation>
        </message>
        <message>
            <source>Two screens</source>
            <translation>Two screens</translation>
        </message>
        <message>
            <source>With a projector as a second screen, the class view goes there and the presenter view stays on yours. If it picks the wrong screen, choose another in the presenter view. If the projector is unplugged, the lesson goes on.</source>
            <translation>With a projector as a second screen, the class view goes there and the presenter view stays on yours. If it picks the wrong screen, choose another in the presenter view. If the projector is unplugged, the lesson goes on.</translation>
        </message>
        <message>
            <source>One screen (a mirrored smartboard)</source>
            <translation>One screen (a mirrored smartboard)</translation>
        </message>
        <message>
            <source>The class sees everything on the screen. Work from the bar at the bottom of the class view: move on, the timer, black and calm screens, counts and charter rules, the keys. Your notes stay hidden until you choose to show them to the class; private notes are never shown on one screen.</source>
            <translation>The class sees everything on the screen. Work from the bar at the bottom of the class view: move on, the timer, black and calm screens, counts and charter rules, the keys. Your notes stay hidden until you choose to show them to the class; private notes are never shown on one screen.</translation>
        </message>
        <message>
            <source>How Netwerk Desktop works</source>
            <translation>How Netwerk Desktop works</translation>
        </message>
        <message>
            <source>The keys during a lesson</source>
            <translation>The keys during a lesson</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>Show on the projector</source>
            <translation>Show on the projector</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
    </context>
    <context>
        <name>HandoutChoices</name>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Class culture</source>
            <translation>Class culture</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Partnerships</translation>
        </message>
        <message>
            <source>Loneliness</source>
            <translation>Loneliness</translation>
        </message>
        <message>
            <source>Failing to thrive</source>
            <translation>Not doing well</translation>
        </message>
        <message>
            <source>Worried about a friend</source>
            <translation>Worried about a friend</translation>
        </message>
        <message>
            <source>When you are not thriving</source>
            <translation>When you are not thriving</translation>
        </message>
        <message>
            <source>Online life</source>
            <translation>Online life</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lesson</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Copies</translation>
        </message>
        <message>
            <source>What to print</source>
            <translation>What to print</translation>
        </message>
        <message>
            <source>One copy to photocopy</source>
            <translation>One copy to photocopy</translation>
        </message>
        <message>
            <source>The school’s help contacts…</source>
            <translation>The school’s help contacts…</translation>
        </message>
        <message>
            <source>The lesson’s themes</source>
            <translation>The lesson’s themes</translation>
        </message>
        <message>
            <source>Everything for lesson %1</source>
            <translation>Everything for lesson %1</translation>
        </message>
        <message>
            <source>A worksheet for every student, the teacher guide, help cards, and the partnerships if the class has them.</source>
            <translation>A worksheet for every student, the teacher guide, help cards, and the partnerships if the class has them.</translation>
        </message>
        <message>
            <source>Worksheets, teacher guides and discussion cards are made for a lesson.</source>
            <translation>Worksheets, teacher guides and discussion cards are made for a lesson.</translation>
        </message>
        <message>
            <source>Discussion cards for one theme, or for the themes of the chosen lesson.</source>
            <translation>Discussion cards for one theme, or for the themes of the chosen lesson.</translation>
        </message>
        <message>
            <source>Enough cards for every student</source>
            <translation>Enough cards for every student</translation>
        </message>
        <message>
            <source>One per student, with names</source>
            <translation>One per student, with names</translation>
        </message>
        <message>
            <source>The lesson’s themes (%1)</source>
            <translation>The lesson’s themes (%1)</translation>
        </message>
    </context>
    <context>
        <name>HandoutKinds</name>
        <message>
            <source>Worksheet</source>
            <translation>Worksheet</translation>
        </message>
        <message>
            <source>The lesson’s goals, exercises and questions with room to write.</source>
            <translation>The lesson’s goals, exercises and questions with room to write.</translation>
        </message>
        <message>
            <source>Teacher guide</source>
            <translation>Teacher guide</translation>
        </message>
        <message>
            <source>Every step of the lesson with times, notes and questions.</source>
            <translation>Every step of the lesson with times, notes and questions.</translation>
        </message>
        <message>
            <source>List of partners</source>
            <translation>List of partners</translation>
        </message>
        <message>
            <source>All partners and partnership groups, for the wall and colleagues.</source>
            <translation>All partners and partnership groups, for the wall and colleagues.</translation>
        </message>
        <message>
            <source>Partnership group cards</source>
            <translation>Partnership group cards</translation>
        </message>
        <message>
            <source>A card per group to cut out: names and what partners do.</source>
            <translation>A card per group to cut out: names and what partners do.</translation>
        </message>
        <message>
            <source>Class charter poster</source>
            <translation>Class charter poster</translation>
        </message>
        <message>
            <source>The rules the class agreed, in large type.</source>
            <translation>The rules the class agreed, in large type.</translation>
        </message>
        <message>
            <source>Where to get help</source>
            <translation>Where to get help</translation>
        </message>
        <message>
            <source>Cards to cut out with the school’s contacts, 112 and 116 111.</source>
            <translation>Cards to cut out with the school’s contacts, 112 and 116 111.</translation>
        </message>
        <message>
            <source>Discussion cards</source>
            <translation>Discussion cards</translation>
        </message>
        <message>
            <source>Questions for a theme on cards to cut out.</source>
            <translation>Questions for a theme on cards to cut out.</translation>
        </message>
        <message>
            <source>Network map</source>
            <translation>Network map</translation>
        </message>
        <message>
            <source>Circles where students draw the people in their lives.</source>
            <translation>Circles where students draw the people in their lives.</translation>
        </message>
        <message>
            <source>Sorting cards</source>
            <translation>Sorting cards</translation>
        </message>
        <message>
            <source>The lesson’s sorting cards to cut out, a set per group of four.</source>
            <translation>The lesson’s sorting cards to cut out, a set per group of four.</translation>
        </message>
        <message>
            <source>Sorting sheet</source>
            <translation>Sorting sheet</translation>
        </message>
        <message>
            <source>Nothing to cut: the statements numbered on a sheet per group.</source>
            <translation>Nothing to cut: the statements numbered on a sheet per group.</translation>
        </message>
        <message>
            <source>Partnerships for colleagues</source>
            <translation>Partnerships for colleagues</translation>
        </message>
        <message>
            <source>One page for the class’s other teachers: partners in their subject.</source>
            <translation>One page for the class’s other teachers: partners in their subject.</translation>
        </message>
        <message>
            <source>Needs-and-offers slips</source>
            <translation>Needs-and-offers slips</translation>
        </message>
        <message>
            <source>A slip per student with a code from the class’s board; no names.</source>
            <translation>A slip per student with a code from the class’s board; no names.</translation>
        </message>
        <message>
            <source>Introduction cards</source>
            <translation>Introduction cards</translation>
        </message>
        <message>
            <source>For introductions the mentor makes: codes, never phone numbers.</source>
            <translation>For introductions the mentor makes: codes, never phone numbers.</translation>
        </message>
        <message>
            <source>Needs-and-offers poster</source>
            <translation>Needs-and-offers poster</translation>
        </message>
        <message>
            <source>The board’s categories and how it works.</source>
            <translation>The board’s categories and how it works.</translation>
        </message>
        <message>
            <source>Needs-and-offers follow-up</source>
            <translation>Needs-and-offers follow-up</translation>
        </message>
        <message>
            <source>Needs and offers per category and status: counts only.</source>
            <translation>Needs and offers per category and status: counts only.</translation>
        </message>
        <message>
            <source>Directory leaflet</source>
            <translation>Directory leaflet</translation>
        </message>
        <message>
            <source>The school’s local communities by category, with last checked.</source>
            <translation>The school’s local communities by category, with last checked.</translation>
        </message>
        <message>
            <source>Directory pocket cards</source>
            <translation>Directory pocket cards</translation>
        </message>
        <message>
            <source>A card per place of the school’s directory.</source>
            <translation>A card per place of the school’s directory.</translation>
        </message>
    </context>
    <context>
        <name>HandoutPreview</name>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Open in PDF viewer</source>
            <translation>Open in PDF viewer</translation>
        </message>
        <message>
            <source>Print all…</source>
            <translation>Print all…</translation>
        </message>
        <message>
            <source>Save all…</source>
            <translation>Save all…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Choose a class and a handout to see it here.</source>
            <translation>Choose a class and a handout to see it here.</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending to the printer…</source>
            <translation>Sending to the printer…</translation>
        </message>
        <message>
            <source>Save the handout as PDF</source>
            <translation>Save the handout as PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>Saved as %1</translation>
        </message>
        <message>
            <source>Choose a folder for the handouts</source>
            <translation>Choose a folder for the handouts</translation>
        </message>
        <message numerus="yes">
            <source>%n handout(s) saved in %1</source>
            <translation>
                <numerusform>%n handout saved in %1</numerusform>
                <numerusform>%n handouts saved in %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>The handout could not be saved as %1 (%2). Choose another folder, or close the file if it is open in another program.</source>
            <translation>The handout could not be saved as %1 (%2). Choose another folder, or close the file if it is open in another program.</translation>
        </message>
        <message>
            <source>No PDF viewer</source>
            <translation>No PDF viewer</translation>
        </message>
        <message>
            <source>No program for PDF files was found. Use “Save as PDF…” instead.</source>
            <translation>No program for PDF files was found. Use “Save as PDF…” instead.</translation>
        </message>
    </context>
    <context>
        <name>HandoutPrinting</name>
        <message numerus="yes">
            <source>%n page(s) sent to the printer.</source>
            <translation>
                <numerusform>%n page sent to the printer.</numerusform>
                <numerusform>%n pages sent to the printer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>Not printed</translation>
        </message>
        <message>
            <source>The printer did not accept the handout. Check that it is switched on and has paper, or save the handout as PDF and print it from there.</source>
            <translation>The printer did not accept the handout. Check that it is switched on and has paper, or save the handout as PDF and print it from there.</translation>
        </message>
        <message>
            <source>Printing was cancelled.</source>
            <translation>Printing was cancelled.</translation>
        </message>
        <message>
            <source>No printer</source>
            <translation>No printer</translation>
        </message>
        <message>
            <source>No printer is set up on this computer.</source>
            <translation>No printer is set up on this computer.</translation>
        </message>
        <message>
            <source>Save the handout as a PDF file and print it from a computer with a printer, or ask the school’s IT support to set up the printer here.</source>
            <translation>Save the handout as a PDF file and print it from a computer with a printer, or ask the school’s IT support to set up the printer here.</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
    </context>
    <context>
        <name>HandoutProblem</name>
        <message>
            <source>%1 has no students yet, so there are no names to print. Add the students, or print one copy to hand out.</source>
            <translation>%1 has no students yet, so there are no names to print. Add the students, or print one copy to hand out.</translation>
        </message>
        <message>
            <source>Add students</source>
            <translation>Add students</translation>
        </message>
        <message>
            <source>%1 has no partnerships yet. Make the partnerships first; then the list and the cards can be printed.</source>
            <translation>%1 has no partnerships yet. Make the partnerships first; then the list and the cards can be printed.</translation>
        </message>
        <message>
            <source>Go to Partnerships</source>
            <translation>Go to Partnerships</translation>
        </message>
        <message>
            <source>%1 has not saved a class charter yet. The class agrees on its rules in the lesson about class culture; once they are saved, the poster can be printed.</source>
            <translation>%1 has not saved a class charter yet. The class agrees on its rules in the lesson about class culture; once they are saved, the poster can be printed.</translation>
        </message>
        <message>
            <source>Go to Lessons</source>
            <translation>Go to Lessons</translation>
        </message>
        <message>
            <source>%1 has no open needs-and-offers board. Open the board first; its slips carry its codes.</source>
            <translation>%1 has no open needs-and-offers board. Open the board first; its slips carry its codes.</translation>
        </message>
        <message>
            <source>Go to Needs and offers</source>
            <translation>Go to Needs and offers</translation>
        </message>
        <message>
            <source>The school’s directory has no entries yet. Add the first places, then print the leaflet.</source>
            <translation>The school’s directory has no entries yet. Add the first places, then print the leaflet.</translation>
        </message>
        <message>
            <source>Go to Directory</source>
            <translation>Go to Directory</translation>
        </message>
        <message>
            <source>Choose a theme or a lesson for the discussion cards.</source>
            <translation>Choose a theme or a lesson for the discussion cards.</translation>
        </message>
        <message>
            <source>This handout is the same for everyone, so print one copy.</source>
            <translation>This handout is the same for everyone, so print one copy.</translation>
        </message>
        <message>
            <source>Choose a lesson for this handout.</source>
            <translation>Choose a lesson for this handout.</translation>
        </message>
        <message>
            <source>There is nothing to print on this handout yet.</source>
            <translation>There is nothing to print on this handout yet.</translation>
        </message>
        <message>
            <source>Handouts are printed in Danish, English or Dutch. Choose one of them as the class’s language.</source>
            <translation>Handouts are printed in Danish, English or Dutch. Choose one of them as the class’s language.</translation>
        </message>
        <message>
            <source>Edit the class</source>
            <translation>Edit the class</translation>
        </message>
        <message>
            <source>The handout could not be written to %1. Check that the folder exists and that there is free space.</source>
            <translation>The handout could not be written to %1. Check that the folder exists and that there is free space.</translation>
        </message>
    </context>
    <context>
        <name>HandoutResultModel</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HandoutsScreen</name>
        <message>
            <source>Handouts</source>
            <translation>Handouts</translation>
        </message>
        <message>
            <source>Making the handout “%1”…</source>
            <translation>Making the handout “%1”…</translation>
        </message>
        <message>
            <source>Making the handouts for lesson %1…</source>
            <translation>Making the handouts for lesson %1…</translation>
        </message>
        <message numerus="yes">
            <source>%n handout(s) ready to print.</source>
            <translation>
                <numerusform>%n handout ready to print.</numerusform>
                <numerusform>%n handouts ready to print.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopped. Nothing new was made.</source>
            <translation>Stopped. Nothing new was made.</translation>
        </message>
        <message>
            <source>The help contacts are not filled in</source>
            <translation>The help contacts are not filled in</translation>
        </message>
        <message>
            <source>The “Where to get help” cards in this set name the school’s contacts: the student counsellor and whom to talk to. They are not filled in yet, so the cards would have blank lines there.</source>
            <translation>The “Where to get help” cards in this set name the school’s contacts: the student counsellor and whom to talk to. They are not filled in yet, so the cards would have blank lines there.</translation>
        </message>
        <message>
            <source>Fill them in now…</source>
            <translation>Fill them in now…</translation>
        </message>
        <message>
            <source>Print with blank lines</source>
            <translation>Print with blank lines</translation>
        </message>
        <message>
            <source>Not available</source>
            <translation>Not available</translation>
        </message>
        <message>
            <source>The help contacts are saved.</source>
            <translation>The help contacts are saved.</translation>
        </message>
    </context>
    <context>
        <name>HelpContactsDialog</name>
        <message>
            <source>Where to get help: the school’s contacts</source>
            <translation>Where to get help: the school’s contacts</translation>
        </message>
        <message>
            <source>These contacts are printed on the “Where to get help” cards for every class. A field left empty prints as a line to write on. 112 and 116 111 are always printed.</source>
            <translation>These contacts are printed on the “Where to get help” cards for every class. A field left empty prints as a line to write on. 112 and 116 111 are always printed.</translation>
        </message>
    </context>
    <context>
        <name>HelpPanel</name>
        <message>
            <source>Keys during a lesson</source>
            <translation>Keys during a lesson</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>Saved rotations</source>
            <translation>Saved rotations</translation>
        </message>
        <message>
            <source>No rotations saved yet.</source>
            <translation>No rotations saved yet.</translation>
        </message>
        <message>
            <source>Partner history</source>
            <translation>Partner history</translation>
        </message>
        <message>
            <source>Who has worked with whom</source>
            <translation>Who has worked with whom</translation>
        </message>
        <message>
            <source>The arrow keys move between squares; the sentence below says how often.</source>
            <translation>The arrow keys move between squares; the sentence below says how often.</translation>
        </message>
        <message>
            <source>The stronger the colour, the more often the two worked together; partners count three times a shared group. Click a name for the student's history.</source>
            <translation>The stronger the colour, the more often the two worked together; partners count three times a shared group. Click a name for the student's history.</translation>
        </message>
        <message>
            <source>Point at or click a square to see how often.</source>
            <translation>Point at or click a square to see how often.</translation>
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
        <message>
            <source>Archive the class?</source>
            <translation>Archive the class?</translation>
        </message>
        <message>
            <source>%1 leaves Home and the lists. Its lessons, partnerships and charter are kept; “Show archived classes” in Classes brings it back.</source>
            <translation>%1 leaves Home and the lists. Its lessons, partnerships and charter are kept; “Show archived classes” in Classes brings it back.</translation>
        </message>
        <message>
            <source>Not archived</source>
            <translation>Not archived</translation>
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
        <name>LessonDetail</name>
        <message>
            <source>Choose a lesson</source>
            <translation>Choose a lesson</translation>
        </message>
        <message>
            <source>Lesson %1: %2</source>
            <translation>Lesson %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n step</numerusform>
                <numerusform>%n steps</numerusform>
            </translation>
        </message>
        <message>
            <source>Parts of this lesson are not translated yet, so they are shown in Danish.</source>
            <translation>Parts of this lesson are not translated yet, so they are shown in Danish.</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>No materials needed.</source>
            <translation>No materials needed.</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>Materials</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>Preparation</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
    </context>
    <context>
        <name>LessonListModel</name>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n step</numerusform>
                <numerusform>%n steps</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LessonProgress</name>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Done on %1</source>
            <translation>Done on %1</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>In progress: step %1 of %2</source>
            <translation>In progress: step %1 of %2</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Not started</translation>
        </message>
    </context>
    <context>
        <name>LessonProgressModel</name>
        <message>
            <source>%1 · next</source>
            <translation>%1 · next</translation>
        </message>
    </context>
    <context>
        <name>LessonProgressPanel</name>
        <message>
            <source>Mark as done</source>
            <translation>Mark as done</translation>
        </message>
        <message>
            <source>Reset…</source>
            <translation>Reset…</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>%1 of %2 lessons done</source>
            <translation>%1 of %2 lessons done</translation>
        </message>
        <message>
            <source>Continue lesson %1</source>
            <translation>Continue lesson %1</translation>
        </message>
        <message>
            <source>Start lesson %1</source>
            <translation>Start lesson %1</translation>
        </message>
        <message>
            <source>Run this lesson</source>
            <translation>Run this lesson</translation>
        </message>
        <message>
            <source>Run lesson %1 again</source>
            <translation>Run lesson %1 again</translation>
        </message>
        <message>
            <source>Continue %1, lesson %2</source>
            <translation>Continue %1, lesson %2</translation>
        </message>
        <message>
            <source>Start %1, lesson %2</source>
            <translation>Start %1, lesson %2</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Lesson %1 is marked as done.</source>
            <translation>Lesson %1 is marked as done.</translation>
        </message>
        <message>
            <source>Reset lesson %1?</source>
            <translation>Reset lesson %1?</translation>
        </message>
        <message>
            <source>Lesson %1 will show as not started, and a new run starts at its first step. You can undo this.</source>
            <translation>Lesson %1 will show as not started, and a new run starts at its first step. You can undo this.</translation>
        </message>
        <message>
            <source>Not reset</source>
            <translation>Not reset</translation>
        </message>
        <message>
            <source>Lesson %1 is back to “not started”.</source>
            <translation>Lesson %1 is back to “not started”.</translation>
        </message>
        <message>
            <source>Not undone</source>
            <translation>Not undone</translation>
        </message>
    </context>
    <context>
        <name>LessonsScreen</name>
        <message>
            <source>Lessons</source>
            <translation>Lessons</translation>
        </message>
        <message>
            <source>Lesson series</source>
            <translation>Lesson series</translation>
        </message>
        <message>
            <source>Prompt library</source>
            <translation>Prompt library</translation>
        </message>
        <message>
            <source>The lesson texts could not be read, so there is nothing to show here. Reinstalling Netwerk Desktop puts them back.</source>
            <translation>The lesson texts could not be read, so there is nothing to show here. Reinstalling Netwerk Desktop puts them back.</translation>
        </message>
        <message>
            <source>Loading the lessons…</source>
            <translation>Loading the lessons…</translation>
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
        <message>
            <source>&amp;How Netwerk Desktop works…</source>
            <translation>&amp;How Netwerk Desktop works…</translation>
        </message>
        <message>
            <source>&amp;Search lessons, prompts and activities…</source>
            <translation>&amp;Search lessons, prompts and activities…</translation>
        </message>
    </context>
    <context>
        <name>MeetingFiles</name>
        <message>
            <source>Calendar file (.ics)</source>
            <translation>Calendar file (.ics)</translation>
        </message>
        <message>
            <source>Sign-ups (CSV)</source>
            <translation>Sign-ups (CSV)</translation>
        </message>
        <message>
            <source>Invitation and agenda (PDF)</source>
            <translation>Invitation and agenda (PDF)</translation>
        </message>
        <message>
            <source>Sign-up sheet (PDF)</source>
            <translation>Sign-up sheet (PDF)</translation>
        </message>
        <message>
            <source>Name badges (PDF)</source>
            <translation>Name badges (PDF)</translation>
        </message>
        <message>
            <source>Minutes (PDF)</source>
            <translation>Minutes (PDF)</translation>
        </message>
        <message>
            <source>Save the file</source>
            <translation>Save the file</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>meeting</translation>
        </message>
        <message>
            <source>sign-ups</source>
            <translation>sign-ups</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Saved %1.</translation>
        </message>
    </context>
    <context>
        <name>MeetingView</name>
        <message>
            <source>&amp;Agenda</source>
            <translation>&amp;Agenda</translation>
        </message>
        <message>
            <source>&amp;Minutes</source>
            <translation>&amp;Minutes</translation>
        </message>
        <message>
            <source>&amp;Sign-up</source>
            <translation>&amp;Sign-up</translation>
        </message>
        <message>
            <source>&amp;Files</source>
            <translation>&amp;Files</translation>
        </message>
        <message>
            <source>&amp;Host</source>
            <translation>&amp;Host</translation>
        </message>
        <message>
            <source>Sign up</source>
            <translation>Sign up</translation>
        </message>
        <message>
            <source>A guest’s name (nothing else is kept)</source>
            <translation>A guest’s name (nothing else is kept)</translation>
        </message>
        <message>
            <source>Add guest</source>
            <translation>Add guest</translation>
        </message>
        <message>
            <source>Meeting at %1</source>
            <translation>Meeting at %1</translation>
        </message>
        <message>
            <source>Meeting in person (no host yet)</source>
            <translation>Meeting in person (no host yet)</translation>
        </message>
        <message>
            <source>Online meeting</source>
            <translation>Online meeting</translation>
        </message>
        <message>
            <source>%1 to %2 · %3 · %4 signed up</source>
            <translation>%1 to %2 · %3 · %4 signed up</translation>
        </message>
        <message>
            <source>No host</source>
            <translation>No host</translation>
        </message>
    </context>
    <context>
        <name>MembersPanel</name>
        <message>
            <source>Only work details, and only with the member’s consent: the date they agreed to be listed is kept with them. Removing a member removes their sign-ups and votes too.</source>
            <translation>Only work details, and only with the member’s consent: the date they agreed to be listed is kept with them. Removing a member removes their sign-ups and votes too.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Work e-mail</source>
            <translation>Work e-mail</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>S&amp;chool</source>
            <translation>S&amp;chool</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <source>Work &amp;e-mail</source>
            <translation>Work &amp;e-mail</translation>
        </message>
        <message>
            <source>They agreed to be listed, on</source>
            <translation>They agreed to be listed, on</translation>
        </message>
        <message>
            <source>Add member</source>
            <translation>Add member</translation>
        </message>
        <message>
            <source>Remove member…</source>
            <translation>Remove member…</translation>
        </message>
        <message>
            <source>Remove member</source>
            <translation>Remove member</translation>
        </message>
        <message>
            <source>Remove %1 with their sign-ups and votes?</source>
            <translation>Remove %1 with their sign-ups and votes?</translation>
        </message>
    </context>
    <context>
        <name>MinutesPanel</name>
        <message>
            <source>What was said and agreed</source>
            <translation>What was said and agreed</translation>
        </message>
        <message>
            <source>Save the notes</source>
            <translation>Save the notes</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>What is to be done</source>
            <translation>What is to be done</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Add action</translation>
        </message>
        <message>
            <source>%1 — %2, by %3</source>
            <translation>%1 — %2, by %3</translation>
        </message>
        <message>
            <source>The minutes are saved.</source>
            <translation>The minutes are saved.</translation>
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
            <source>Needs and offers</source>
            <translation>Needs and offers</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>Directory</translation>
        </message>
        <message>
            <source>Handouts</source>
            <translation>Handouts</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>Teachers' network</source>
            <translation>Teachers' network</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
    </context>
    <context>
        <name>NetworkErrors</name>
        <message>
            <source>Type a name first.</source>
            <translation>Type a name first.</translation>
        </message>
        <message>
            <source>That text is too long: at most %1 characters.</source>
            <translation>That text is too long: at most %1 characters.</translation>
        </message>
        <message>
            <source>A member is added only with their consent. Ask them, then tick the box and give the date they agreed.</source>
            <translation>A member is added only with their consent. Ask them, then tick the box and give the date they agreed.</translation>
        </message>
        <message>
            <source>The date of consent cannot be in the future.</source>
            <translation>The date of consent cannot be in the future.</translation>
        </message>
        <message>
            <source>That is not an e-mail address. Check it, or leave the field empty.</source>
            <translation>That is not an e-mail address. Check it, or leave the field empty.</translation>
        </message>
        <message>
            <source>The meeting rhythm needs at least one meeting on a real day of the month.</source>
            <translation>The meeting rhythm needs at least one meeting on a real day of the month.</translation>
        </message>
        <message>
            <source>That time zone is not known. Use a name like Europe/Copenhagen.</source>
            <translation>That time zone is not known. Use a name like Europe/Copenhagen.</translation>
        </message>
        <message>
            <source>A meeting has at most %1 talks, so there is time to exchange experience.</source>
            <translation>A meeting has at most %1 talks, so there is time to exchange experience.</translation>
        </message>
        <message>
            <source>An agenda item takes between 1 and %1 minutes.</source>
            <translation>An agenda item takes between 1 and %1 minutes.</translation>
        </message>
        <message>
            <source>An online meeting has no host school.</source>
            <translation>An online meeting has no host school.</translation>
        </message>
        <message>
            <source>%1 said it cannot host. Choose another school, or change it under Schools.</source>
            <translation>%1 said it cannot host. Choose another school, or change it under Schools.</translation>
        </message>
        <message>
            <source>Plan between 1 and %1 school years.</source>
            <translation>Plan between 1 and %1 school years.</translation>
        </message>
        <message>
            <source>That file is not a network pack, or it is damaged. Nothing was changed; ask for the pack again.</source>
            <translation>That file is not a network pack, or it is damaged. Nothing was changed; ask for the pack again.</translation>
        </message>
        <message>
            <source>That pack was made by a newer Netwerk Desktop. Nothing was changed; update the app to import it.</source>
            <translation>That pack was made by a newer Netwerk Desktop. Nothing was changed; update the app to import it.</translation>
        </message>
        <message>
            <source>The class has no open board. Open one first.</source>
            <translation>The class has no open board. Open one first.</translation>
        </message>
        <message>
            <source>The class has an open board already. Close it before opening a new one.</source>
            <translation>The class has an open board already. Close it before opening a new one.</translation>
        </message>
        <message>
            <source>The board is closed, so nothing can be added or changed on it.</source>
            <translation>The board is closed, so nothing can be added or changed on it.</translation>
        </message>
        <message>
            <source>The closing date has passed. Choose today or a day ahead.</source>
            <translation>The closing date has passed. Choose today or a day ahead.</translation>
        </message>
        <message>
            <source>“%1” is not a slip code. A code is three of these letters: %2.</source>
            <translation>“%1” is not a slip code. A code is three of these letters: %2.</translation>
        </message>
        <message>
            <source>Code %1 is on the board with this kind already. A slip has one need and one offer.</source>
            <translation>Code %1 is on the board with this kind already. A slip has one need and one offer.</translation>
        </message>
        <message>
            <source>Write what the slip says.</source>
            <translation>Write what the slip says.</translation>
        </message>
        <message>
            <source>A slip’s text can have at most %1 characters. Shorten it.</source>
            <translation>A slip’s text can have at most %1 characters. Shorten it.</translation>
        </message>
        <message>
            <source>The text holds a name from the class list (%1). Write it without the name: the board never shows who wrote a slip or who it is about.</source>
            <translation>The text holds a name from the class list (%1). Write it without the name: the board never shows who wrote a slip or who it is about.</translation>
        </message>
        <message>
            <source>A match is one need and one offer. Choose one of each.</source>
            <translation>A match is one need and one offer. Choose one of each.</translation>
        </message>
        <message>
            <source>These come from the same slip. A slip’s offer cannot meet its own need.</source>
            <translation>These come from the same slip. A slip’s offer cannot meet its own need.</translation>
        </message>
        <message>
            <source>%1 is not on the board. Post it first, then match it.</source>
            <translation>%1 is not on the board. Post it first, then match it.</translation>
        </message>
        <message>
            <source>These two are matched already.</source>
            <translation>These two are matched already.</translation>
        </message>
        <message>
            <source>This is no longer on the board. It may have been removed.</source>
            <translation>This is no longer on the board. It may have been removed.</translation>
        </message>
        <message>
            <source>Line %1 of the file: %2</source>
            <translation>Line %1 of the file: %2</translation>
        </message>
        <message>
            <source>The entry needs a name: the club, the association or the place.</source>
            <translation>The entry needs a name: the club, the association or the place.</translation>
        </message>
        <message>
            <source>The ages do not make sense. Write the youngest and the oldest age, or leave them empty.</source>
            <translation>The ages do not make sense. Write the youngest and the oldest age, or leave them empty.</translation>
        </message>
        <message>
            <source>An entry cannot be checked on a day still to come.</source>
            <translation>An entry cannot be checked on a day still to come.</translation>
        </message>
        <message>
            <source>Another entry is already this line of the help card.</source>
            <translation>Another entry is already this line of the help card.</translation>
        </message>
        <message>
            <source>%1 has no column called “name”, so nothing was imported. Export the directory once to see the columns it reads.</source>
            <translation>%1 has no column called “name”, so nothing was imported. Export the directory once to see the columns it reads.</translation>
        </message>
        <message>
            <source>%1 could not be read, so nothing was imported.</source>
            <translation>%1 could not be read, so nothing was imported.</translation>
        </message>
        <message>
            <source>%1 could not be written. Check that the folder exists and that there is free space.</source>
            <translation>%1 could not be written. Check that the folder exists and that there is free space.</translation>
        </message>
        <message>
            <source>This entry is no longer in the directory. It may have been removed.</source>
            <translation>This entry is no longer in the directory. It may have been removed.</translation>
        </message>
    </context>
    <context>
        <name>NetworkNames</name>
        <message>
            <source>Welcome</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <source>Talk</source>
            <translation>Talk</translation>
        </message>
        <message>
            <source>Exchange of experience</source>
            <translation>Exchange of experience</translation>
        </message>
        <message>
            <source>Host’s tour</source>
            <translation>Host’s tour</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>Open actions</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Break</translation>
        </message>
        <message>
            <source>Next meeting and topics</source>
            <translation>Next meeting and topics</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>In person</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
    </context>
    <context>
        <name>NetworkScreen</name>
        <message>
            <source>Teachers’ network</source>
            <translation>Teachers’ network</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Schools</source>
            <translation>Schools</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Topics</translation>
        </message>
        <message>
            <source>&amp;Plan the meetings…</source>
            <translation>&amp;Plan the meetings…</translation>
        </message>
        <message>
            <source>Export the network pack…</source>
            <translation>Export the network pack…</translation>
        </message>
        <message>
            <source>Import a network pack…</source>
            <translation>Import a network pack…</translation>
        </message>
        <message>
            <source>The contact teachers of several schools meet a few times a year: one online and two in person, hosted in turn. Add the schools, then plan the meetings.</source>
            <translation>The contact teachers of several schools meet a few times a year: one online and two in person, hosted in turn. Add the schools, then plan the meetings.</translation>
        </message>
        <message>
            <source>Export the network pack</source>
            <translation>Export the network pack</translation>
        </message>
        <message>
            <source>Network pack (*.json)</source>
            <translation>Network pack (*.json)</translation>
        </message>
        <message>
            <source>Import a network pack</source>
            <translation>Import a network pack</translation>
        </message>
        <message>
            <source>New meetings: %1. Updated: %2. Already up to date: %3. Newer here: %4.</source>
            <translation>New meetings: %1. Updated: %2. Already up to date: %3. Newer here: %4.</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Saved %1.</translation>
        </message>
    </context>
    <context>
        <name>NetworksScreen</name>
        <message>
            <source>Needs and offers</source>
            <translation>Needs and offers</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Open a board…</source>
            <translation>Open a board…</translation>
        </message>
        <message>
            <source>Show to the class</source>
            <translation>Show to the class</translation>
        </message>
        <message>
            <source>The board on the projector: codes, categories and texts, never a name. Page Down and Page Up turn its pages; Esc on the projector stops showing it.</source>
            <translation>The board on the projector: codes, categories and texts, never a name. Page Down and Page Up turn its pages; Esc on the projector stops showing it.</translation>
        </message>
        <message>
            <source>Slips as PDF…</source>
            <translation>Slips as PDF…</translation>
        </message>
        <message>
            <source>Introduction cards as PDF…</source>
            <translation>Introduction cards as PDF…</translation>
        </message>
        <message>
            <source>Close the board…</source>
            <translation>Close the board…</translation>
        </message>
        <message>
            <source>Match (M)</source>
            <translation>Match (M)</translation>
        </message>
        <message>
            <source>Select a need and an offer, then press M – or drag one onto the other.</source>
            <translation>Select a need and an offer, then press M – or drag one onto the other.</translation>
        </message>
        <message>
            <source>Introduction through the mentor</source>
            <translation>Introduction through the mentor</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Hide</translation>
        </message>
        <message>
            <source>Not posted…</source>
            <translation>Not posted…</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>Matches</translation>
        </message>
        <message>
            <source>Remove match</source>
            <translation>Remove match</translation>
        </message>
        <message>
            <source>To follow up in person</source>
            <translation>To follow up in person</translation>
        </message>
        <message>
            <source>Followed up</source>
            <translation>Followed up</translation>
        </message>
        <message>
            <source>%1 (introduction)</source>
            <translation>%1 (introduction)</translation>
        </message>
        <message>
            <source>No classes yet. Create a class first.</source>
            <translation>No classes yet. Create a class first.</translation>
        </message>
        <message>
            <source>%1 has no open board. Its last board kept %2 needs and %3 offers as counts only. Open a new board when the class writes slips.</source>
            <translation>%1 has no open board. Its last board kept %2 needs and %3 offers as counts only. Open a new board when the class writes slips.</translation>
        </message>
        <message>
            <source>%1 has no board yet. Open one before the lesson on needs and offers; its slips carry its codes.</source>
            <translation>%1 has no board yet. Open one before the lesson on needs and offers; its slips carry its codes.</translation>
        </message>
        <message>
            <source>Open until %1 · %2 needs · %3 offers · %4 matches</source>
            <translation>Open until %1 · %2 needs · %3 offers · %4 matches</translation>
        </message>
        <message>
            <source>Matched.</source>
            <translation>Matched.</translation>
        </message>
        <message>
            <source>Closing the board of %1 deletes every text and code on it from the school server. Only the number of needs and offers per category and status is kept, for the follow-up lesson. The school's own backups of the server keep the texts until they expire. This cannot be undone.</source>
            <translation>Closing the board of %1 deletes every text and code on it from the school server. Only the number of needs and offers per category and status is kept, for the follow-up lesson. The school's own backups of the server keep the texts until they expire. This cannot be undone.</translation>
        </message>
        <message>
            <source>Close the board?</source>
            <translation>Close the board?</translation>
        </message>
        <message>
            <source>Closing the board of %1 deletes every text and code on it, here and in the automatic backups. Only the number of needs and offers per category and status is kept, for the follow-up lesson. This cannot be undone.</source>
            <translation>Closing the board of %1 deletes every text and code on it, here and in the automatic backups. Only the number of needs and offers per category and status is kept, for the follow-up lesson. This cannot be undone.</translation>
        </message>
        <message>
            <source>The board is closed; only the counts are kept.</source>
            <translation>The board is closed; only the counts are kept.</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
    </context>
    <context>
        <name>NoPlaceDialog</name>
        <message>
            <source>Before the lesson</source>
            <translation>Before the lesson</translation>
        </message>
        <message numerus="yes">
            <source>%n student(s) have no place in the partnerships</source>
            <translation>
                <numerusform>%n student has no place in the partnerships</numerusform>
                <numerusform>%n students have no place in the partnerships</numerusform>
            </translation>
        </message>
        <message>
            <source>They were away when the partnerships were made, or joined the class since. Tick who is here today: they get a place where they fit best.</source>
            <translation>They were away when the partnerships were made, or joined the class since. Tick who is here today: they get a place where they fit best.</translation>
        </message>
        <message>
            <source>Show the partnerships without them</source>
            <translation>Show the partnerships without them</translation>
        </message>
        <message numerus="yes">
            <source>Give %n student(s) a place</source>
            <translation>
                <numerusform>Give %n student a place</numerusform>
                <numerusform>Give %n students a place</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
    </context>
    <context>
        <name>NotPostedDialog</name>
        <message>
            <source>Not posted</source>
            <translation>Not posted</translation>
        </message>
        <message>
            <source>Why does %1 stay off the board?</source>
            <translation>Why does %1 stay off the board?</translation>
        </message>
        <message>
            <source>A worry about home, money or safety: the text is deleted now. Give the student the help card and follow it up in person, as your school's procedure says. Don't promise to keep it secret.</source>
            <translation>A worry about home, money or safety: the text is deleted now. Give the student the help card and follow it up in person, as your school's procedure says. Don't promise to keep it secret.</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>Private notes</source>
            <translation>Private notes</translation>
        </message>
        <message>
            <source>What worked, what to revisit. Only you see these.</source>
            <translation>What worked, what to revisit. Only you see these.</translation>
        </message>
        <message>
            <source>Notes on this lesson with this class</source>
            <translation>Notes on this lesson with this class</translation>
        </message>
        <message>
            <source>Erase notes…</source>
            <translation>Erase notes…</translation>
        </message>
        <message>
            <source>Notes not saved</source>
            <translation>Notes not saved</translation>
        </message>
        <message>
            <source>Erase the notes?</source>
            <translation>Erase the notes?</translation>
        </message>
        <message>
            <source>Your private notes on this lesson with this class will be erased.</source>
            <translation>Your private notes on this lesson with this class will be erased.</translation>
        </message>
    </context>
    <context>
        <name>OpenBoardDialog</name>
        <message>
            <source>Open a board</source>
            <translation>Open a board</translation>
        </message>
        <message>
            <source>The board of %1 takes needs and offers until its closing date, about two weeks from now, when you look back with the class. Then only the counts are kept.</source>
            <translation>The board of %1 takes needs and offers until its closing date, about two weeks from now, when you look back with the class. Then only the counts are kept.</translation>
        </message>
    </context>
    <context>
        <name>OpenWarnings</name>
        <message>
            <source>The disk is full, so today's backup was not made. Free some space; until then nothing can be changed.</source>
            <translation>The disk is full, so today's backup was not made. Free some space; until then nothing can be changed.</translation>
        </message>
        <message>
            <source>The data folder is write-protected, so today's backup was not made.</source>
            <translation>The data folder is write-protected, so today's backup was not made.</translation>
        </message>
        <message>
            <source>Today's backup could not be made. Your data is fine; make one by hand in Settings, and if that fails too, ask IT to look at the data folder.</source>
            <translation>Today's backup could not be made. Your data is fine; make one by hand in Settings, and if that fails too, ask IT to look at the data folder.</translation>
        </message>
        <message>
            <source>The second copy of the backup could not be written to %1 (is the USB stick or home drive there?). The backup in the data folder was made.</source>
            <translation>The second copy of the backup could not be written to %1 (is the USB stick or home drive there?). The backup in the data folder was made.</translation>
        </message>
        <message>
            <source>The data is on a network drive. Netwerk Desktop keeps it safe there by letting only one PC at a time use it; close the app on other PCs first.</source>
            <translation>The data is on a network drive. Netwerk Desktop keeps it safe there by letting only one PC at a time use it; close the app on other PCs first.</translation>
        </message>
        <message>
            <source>Erasing %1 was interrupted last time; it has now been finished, backups included.</source>
            <translation>Erasing %1 was interrupted last time; it has now been finished, backups included.</translation>
        </message>
    </context>
    <context>
        <name>PartnerHistoryModel</name>
        <message>
            <source>Rotation</source>
            <translation>Rotation</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
    </context>
    <context>
        <name>PartnershipText</name>
        <message>
            <source>%1 and %2</source>
            <translation>%1 and %2</translation>
        </message>
        <message>
            <source>Group %1</source>
            <translation>Group %1</translation>
        </message>
        <message>
            <source>Rotation %1</source>
            <translation>Rotation %1</translation>
        </message>
        <message>
            <source>New partnerships</source>
            <translation>New partnerships</translation>
        </message>
        <message>
            <source>New groups, same pairs</source>
            <translation>New groups, same pairs</translation>
        </message>
        <message>
            <source>New pairs in the same groups</source>
            <translation>New pairs in the same groups</translation>
        </message>
        <message>
            <source>Made by hand</source>
            <translation>Made by hand</translation>
        </message>
        <message>
            <source>%1 and %2 were partners in rotation %3.</source>
            <translation>%1 and %2 were partners in rotation %3.</translation>
        </message>
        <message>
            <source>%1 and %2 were in the same group in rotation %3.</source>
            <translation>%1 and %2 were in the same group in rotation %3.</translation>
        </message>
        <message>
            <source>Breaks a keep-apart rule: %1 and %2 are in the same group.</source>
            <translation>Breaks a keep-apart rule: %1 and %2 are in the same group.</translation>
        </message>
        <message>
            <source>Breaks a keep-together rule: %1 and %2 are in different groups.</source>
            <translation>Breaks a keep-together rule: %1 and %2 are in different groups.</translation>
        </message>
        <message>
            <source>%1 has %n student(s), more than a group should have.</source>
            <translation>%1 has %n student, more than a group should have.</translation>
        </message>
        <message>
            <source>%1 has only %n student(s).</source>
            <translation>%1 has only %n student.</translation>
        </message>
        <message>
            <source>%1 are one pair of %n students; a pair has two or three.</source>
            <translation>%1 are one pair of %n student; a pair has two or three.</translation>
        </message>
        <message>
            <source>%1 has no partner in %2.</source>
            <translation>%1 has no partner in %2.</translation>
        </message>
        <message>
            <source>Keep %1 apart</source>
            <translation>Keep %1 apart</translation>
        </message>
        <message>
            <source>Keep %1 together</source>
            <translation>Keep %1 together</translation>
        </message>
        <message>
            <source>%1 stay partners</source>
            <translation>%1 stay partners</translation>
        </message>
        <message>
            <source>Pinned where they are: %1</source>
            <translation>Pinned where they are: %1</translation>
        </message>
        <message>
            <source>Same pairs: %1 stay partners</source>
            <translation>Same pairs: %1 stay partners</translation>
        </message>
        <message>
            <source>Same groups: %1 stay in one group</source>
            <translation>Same groups: %1 stay in one group</translation>
        </message>
        <message>
            <source>No partnerships were made: these rules keep students both apart and together.</source>
            <translation>No partnerships were made: these rules keep students both apart and together.</translation>
        </message>
        <message>
            <source>No partnerships were made: these rules put more students in one group than a group can hold.</source>
            <translation>No partnerships were made: these rules put more students in one group than a group can hold.</translation>
        </message>
        <message>
            <source>No partnerships were made: these rules hold one student in two pairs.</source>
            <translation>No partnerships were made: these rules hold one student in two pairs.</translation>
        </message>
        <message>
            <source>No partnerships were made: these trios leave too few students for pairs.</source>
            <translation>No partnerships were made: these trios leave too few students for pairs.</translation>
        </message>
        <message>
            <source>No partnerships were made: no way of forming the groups keeps all these rules.</source>
            <translation>No partnerships were made: no way of forming the groups keeps all these rules.</translation>
        </message>
        <message>
            <source>Change or remove one of them under “Rules”, or unpin a student.</source>
            <translation>Change or remove one of them under “Rules”, or unpin a student.</translation>
        </message>
        <message>
            <source>%1 and %2 have not worked together yet.</source>
            <translation>%1 and %2 have not worked together yet.</translation>
        </message>
        <message>
            <source>Partners: %n time(s)</source>
            <translation>Partners: once</translation>
        </message>
        <message>
            <source>In the same group, not as partners: %n time(s)</source>
            <translation>In the same group, not as partners: once</translation>
        </message>
    </context>
    <context>
        <name>PartnershipsScreen</name>
        <message>
            <source>Partnerships</source>
            <translation>Partnerships</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <source>Season plan</source>
            <translation>Season plan</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>No classes yet. Create a class and add its students first.</source>
            <translation>No classes yet. Create a class and add its students first.</translation>
        </message>
        <message>
            <source>There is no screen to show the groups on.</source>
            <translation>There is no screen to show the groups on.</translation>
        </message>
    </context>
    <context>
        <name>PdfSaving</name>
        <message>
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <source>Plan the meetings</source>
            <translation>Plan the meetings</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;From</translation>
        </message>
        <message>
            <source>&amp;School years</source>
            <translation>&amp;School years</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <source>no school can host</source>
            <translation>no school can host</translation>
        </message>
        <message>
            <source>saved</source>
            <translation>saved</translation>
        </message>
        <message>
            <source>new</source>
            <translation>new</translation>
        </message>
    </context>
    <context>
        <name>PresentationKeys</name>
        <message>
            <source>→  ↓  Page Down  Space</source>
            <translation>→  ↓  Page Down  Space</translation>
        </message>
        <message>
            <source>Next (statement, phase or step)</source>
            <translation>Next (statement, phase or step)</translation>
        </message>
        <message>
            <source>←  ↑  Page Up</source>
            <translation>←  ↑  Page Up</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Previous</translation>
        </message>
        <message>
            <source>B  or  .</source>
            <translation>B  or  .</translation>
        </message>
        <message>
            <source>Black screen, and back</source>
            <translation>Black screen, and back</translation>
        </message>
        <message>
            <source>W</source>
            <translation>W</translation>
        </message>
        <message>
            <source>Calm screen, and back</source>
            <translation>Calm screen, and back</translation>
        </message>
        <message>
            <source>T</source>
            <translation>T</translation>
        </message>
        <message>
            <source>Start or pause the timer</source>
            <translation>Start or pause the timer</translation>
        </message>
        <message>
            <source>+  /  −</source>
            <translation>+  /  −</translation>
        </message>
        <message>
            <source>A minute more or less</source>
            <translation>A minute more or less</translation>
        </message>
        <message>
            <source>P</source>
            <translation>P</translation>
        </message>
        <message>
            <source>Show the partnerships, and back</source>
            <translation>Show the partnerships, and back</translation>
        </message>
        <message>
            <source>F5</source>
            <translation>F5</translation>
        </message>
        <message>
            <source>Show the lesson on the audience screen</source>
            <translation>Show the lesson on the audience screen</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Leave the lesson (your place is kept)</source>
            <translation>Leave the lesson (your place is kept)</translation>
        </message>
        <message>
            <source>F1  or  ?</source>
            <translation>F1  or  ?</translation>
        </message>
        <message>
            <source>This help</source>
            <translation>This help</translation>
        </message>
        <message>
            <source>Tap the left or right edge</source>
            <translation>Tap the left or right edge</translation>
        </message>
        <message>
            <source>Previous or next on a touch screen (or swipe)</source>
            <translation>Previous or next on a touch screen (or swipe)</translation>
        </message>
    </context>
    <context>
        <name>PresenterView</name>
        <message>
            <source>← Leave (Esc)</source>
            <translation>← Leave (Esc)</translation>
        </message>
        <message>
            <source>Keys (F1)</source>
            <translation>Keys (F1)</translation>
        </message>
        <message>
            <source>Silent timer</source>
            <translation>Silent timer</translation>
        </message>
        <message>
            <source>Black (B)</source>
            <translation>Black (B)</translation>
        </message>
        <message>
            <source>Calm (W)</source>
            <translation>Calm (W)</translation>
        </message>
        <message>
            <source>Partnerships (P)</source>
            <translation>Partnerships (P)</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Previous</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>Next →</translation>
        </message>
        <message>
            <source>Your private notes stay hidden while the class sees this screen.</source>
            <translation>Your private notes stay hidden while the class sees this screen.</translation>
        </message>
        <message>
            <source>The screen the class sees</source>
            <translation>The screen the class sees</translation>
        </message>
        <message>
            <source>Light audience view</source>
            <translation>Light audience view</translation>
        </message>
        <message>
            <source>Dark audience view</source>
            <translation>Dark audience view</translation>
        </message>
        <message>
            <source>%1 · Lesson %2: %3</source>
            <translation>%1 · Lesson %2: %3</translation>
        </message>
        <message>
            <source>Step %1 of %2: %3</source>
            <translation>Step %1 of %2: %3</translation>
        </message>
        <message>
            <source>Next: %1 (%2 min)</source>
            <translation>Next: %1 (%2 min)</translation>
        </message>
        <message>
            <source>Next: the end of the lesson</source>
            <translation>Next: the end of the lesson</translation>
        </message>
        <message>
            <source>The lesson is finished and saved as done.</source>
            <translation>The lesson is finished and saved as done.</translation>
        </message>
        <message>
            <source>statement %1 of %2</source>
            <translation>statement %1 of %2</translation>
        </message>
        <message>
            <source>phase: %1</source>
            <translation>phase: %1</translation>
        </message>
        <message>
            <source>page %1 of %2</source>
            <translation>page %1 of %2</translation>
        </message>
        <message>
            <source>%1 of %2 min</source>
            <translation>%1 of %2 min</translation>
        </message>
        <message>
            <source>Audience screen: automatic</source>
            <translation>Audience screen: automatic</translation>
        </message>
        <message>
            <source>Screen %1: %2 (%3)</source>
            <translation>Screen %1: %2 (%3)</translation>
        </message>
        <message>
            <source>The class sees the lesson on %1.</source>
            <translation>The class sees the lesson on %1.</translation>
        </message>
        <message>
            <source>Case to read aloud</source>
            <translation>Case to read aloud</translation>
        </message>
        <message>
            <source>Follow-up questions</source>
            <translation>Follow-up questions</translation>
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
    </context>
    <context>
        <name>Printable</name>
        <message>
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF could not be saved there. Choose another folder, or check that the USB stick is still in.</source>
            <translation>The PDF could not be saved there. Choose another folder, or check that the USB stick is still in.</translation>
        </message>
        <message>
            <source>No printer</source>
            <translation>No printer</translation>
        </message>
        <message>
            <source>This computer has no printer set up. Save it as a PDF instead.</source>
            <translation>This computer has no printer set up. Save it as a PDF instead.</translation>
        </message>
    </context>
    <context>
        <name>PrintsPanel</name>
        <message>
            <source>Programme poster</source>
            <translation>Programme poster</translation>
        </message>
        <message>
            <source>Group cards</source>
            <translation>Group cards</translation>
        </message>
        <message>
            <source>First-name badges</source>
            <translation>First-name badges</translation>
        </message>
        <message>
            <source>Role cards</source>
            <translation>Role cards</translation>
        </message>
        <message>
            <source>Letter to parents</source>
            <translation>Letter to parents</translation>
        </message>
        <message>
            <source>Follow-up cards</source>
            <translation>Follow-up cards</translation>
        </message>
        <message>
            <source>The letter to parents (edit it before printing)</source>
            <translation>The letter to parents (edit it before printing)</translation>
        </message>
        <message>
            <source>Save the letter</source>
            <translation>Save the letter</translation>
        </message>
        <message>
            <source>The letter is saved.</source>
            <translation>The letter is saved.</translation>
        </message>
        <message>
            <source>Save the handout</source>
            <translation>Save the handout</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Saved %1.</translation>
        </message>
    </context>
    <context>
        <name>ProgrammePanel</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Block</source>
            <translation>Block</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <source>&amp;Block</source>
            <translation>&amp;Block</translation>
        </message>
        <message>
            <source>M&amp;inutes</source>
            <translation>M&amp;inutes</translation>
        </message>
        <message>
            <source>&amp;Lead</source>
            <translation>&amp;Lead</translation>
        </message>
        <message>
            <source>From the &amp;activity catalogue</source>
            <translation>From the &amp;activity catalogue</translation>
        </message>
        <message>
            <source>e.g. Breakfast at mixed tables</source>
            <translation>e.g. Breakfast at mixed tables</translation>
        </message>
        <message>
            <source>Add block</source>
            <translation>Add block</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Removed “%1”. Undo with Ctrl+Z.</source>
            <translation>Removed “%1”. Undo with Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>PromptLibrary</name>
        <message>
            <source>Themes</source>
            <translation>Themes</translation>
        </message>
        <message>
            <source>Every prompt is about “someone your age” or the class as a whole, never about a student in the room. The follow-up question takes the talk one step further.</source>
            <translation>Every prompt is about “someone your age” or the class as a whole, never about a student in the room. The follow-up question takes the talk one step further.</translation>
        </message>
        <message>
            <source>Prompts</source>
            <translation>Prompts</translation>
        </message>
    </context>
    <context>
        <name>PromptListModel</name>
        <message>
            <source>Follow-up: %1</source>
            <translation>Follow-up: %1</translation>
        </message>
    </context>
    <context>
        <name>PromptThemeModel</name>
        <message numerus="yes">
            <source>%n prompt(s)</source>
            <translation>
                <numerusform>%n prompt</numerusform>
                <numerusform>%n prompts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PromptThemes</name>
        <message>
            <source>Class culture</source>
            <translation>Class culture</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Loneliness</source>
            <translation>Loneliness</translation>
        </message>
        <message>
            <source>Failing to thrive</source>
            <translation>Not doing well</translation>
        </message>
        <message>
            <source>I’m worried about a friend</source>
            <translation>I’m worried about a friend</translation>
        </message>
        <message>
            <source>I’m not thriving</source>
            <translation>I’m not thriving</translation>
        </message>
        <message>
            <source>Online life</source>
            <translation>Online life</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Partnerships</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Netwerk Desktop cannot open the data</source>
            <translation>Netwerk Desktop cannot open the data</translation>
        </message>
        <message>
            <source>To go back to an older state instead, choose a backup. Everything changed after it is lost; the data as it is now is kept.</source>
            <translation>To go back to an older state instead, choose a backup. Everything changed after it is lost; the data as it is now is kept.</translation>
        </message>
        <message>
            <source>Choose the backup to put back. The newest one that holds your classes is chosen already.</source>
            <translation>Choose the backup to put back. The newest one that holds your classes is chosen already.</translation>
        </message>
        <message>
            <source>There are no backups in the data folder. If you keep a copy elsewhere (a USB stick, your home drive), choose it with “From a file…”.</source>
            <translation>There are no backups in the data folder. If you keep a copy elsewhere (a USB stick, your home drive), choose it with “From a file…”.</translation>
        </message>
        <message>
            <source>Put the backup back</source>
            <translation>Put the backup back</translation>
        </message>
        <message>
            <source>From a file…</source>
            <translation>From a file…</translation>
        </message>
        <message>
            <source>Open the data folder</source>
            <translation>Open the data folder</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Quit, to install the newer version</source>
            <translation>Quit, to install the newer version</translation>
        </message>
        <message numerus="yes">
            <source>%n class(es)</source>
            <translation>
                <numerusform>%n class</numerusform>
                <numerusform>%n classes</numerusform>
            </translation>
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
            <source>The backup was not put back</source>
            <translation>The backup was not put back</translation>
        </message>
        <message>
            <source>The backup is back. The file that could not be opened is kept as %1.</source>
            <translation>The backup is back. The file that could not be opened is kept as %1.</translation>
        </message>
        <message>
            <source>The backup is back.</source>
            <translation>The backup is back.</translation>
        </message>
        <message>
            <source>Backup put back</source>
            <translation>Backup put back</translation>
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
            <source>This is not a file that can be read (a folder, a device or a pipe). Choose the class list file itself.</source>
            <translation>This is not a file that can be read (a folder, a device or a pipe). Choose the class list file itself.</translation>
        </message>
        <message>
            <source>The list has far more columns than a class list. Is it the right file? Save only the sheet with the names and try again.</source>
            <translation>The list has far more columns than a class list. Is it the right file? Save only the sheet with the names and try again.</translation>
        </message>
        <message>
            <source>Only Excel files have sheets.</source>
            <translation>Only Excel files have sheets.</translation>
        </message>
        <message>
            <source>There is no column “%1” in the list.</source>
            <translation>There is no column “%1” in the list.</translation>
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
            <source>Reload</source>
            <translation>Reload</translation>
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
    </context>
    <context>
        <name>RotationListModel</name>
        <message>
            <source>Rotation</source>
            <translation>Rotation</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Starts</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Made as</source>
            <translation>Made as</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Students</translation>
        </message>
        <message>
            <source>Planned %1</source>
            <translation>Planned %1</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
    </context>
    <context>
        <name>RuleListModel</name>
        <message>
            <source>Keep %1 and %2 apart</source>
            <translation>Keep %1 and %2 apart</translation>
        </message>
        <message>
            <source>Keep %1 and %2 together</source>
            <translation>Keep %1 and %2 together</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Rules for %1</source>
            <translation>Rules for %1</translation>
        </message>
        <message>
            <source>Keep apart: the two are never in the same partnership group. Keep together: they are always in the same group. Every proposal keeps these rules.</source>
            <translation>Keep apart: the two are never in the same partnership group. Keep together: they are always in the same group. Every proposal keeps these rules.</translation>
        </message>
        <message>
            <source>Keep apart</source>
            <translation>Keep apart</translation>
        </message>
        <message>
            <source>Keep together</source>
            <translation>Keep together</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Student</translation>
        </message>
        <message>
            <source>and student</source>
            <translation>and student</translation>
        </message>
        <message>
            <source>Add rule</source>
            <translation>Add rule</translation>
        </message>
        <message>
            <source>Rules of the class</source>
            <translation>Rules of the class</translation>
        </message>
        <message>
            <source>No rules yet.</source>
            <translation>No rules yet.</translation>
        </message>
        <message>
            <source>Remove rule</source>
            <translation>Remove rule</translation>
        </message>
        <message>
            <source>Choose two different students.</source>
            <translation>Choose two different students.</translation>
        </message>
    </context>
    <context>
        <name>RunMode</name>
        <message>
            <source>This class has no partnerships yet.</source>
            <translation>This class has no partnerships yet.</translation>
        </message>
        <message>
            <source>The lesson is saved as done. Esc leaves run mode.</source>
            <translation>The lesson is saved as done. Esc leaves run mode.</translation>
        </message>
        <message>
            <source>Continuing at step %1.</source>
            <translation>Continuing at step %1.</translation>
        </message>
        <message>
            <source>No screen for the audience view; the lesson goes on here.</source>
            <translation>No screen for the audience view; the lesson goes on here.</translation>
        </message>
    </context>
    <context>
        <name>SchoolServerSection</name>
        <message>
            <source>School server</source>
            <translation>School server</translation>
        </message>
        <message>
            <source>On a school server, your classes go with you from classroom to classroom and can be shared with co-teachers. Ask the school's IT for the address. The password is never stored here: you type it when Netwerk Desktop starts, or the IT sets up a password file.</source>
            <translation>On a school server, your classes go with you from classroom to classroom and can be shared with co-teachers. Ask the school's IT for the address. The password is never stored here: you type it when Netwerk Desktop starts, or the IT sets up a password file.</translation>
        </message>
        <message>
            <source>Now: the data is on this PC.</source>
            <translation>Now: the data is on this PC.</translation>
        </message>
        <message>
            <source>Now: the school server %1.</source>
            <translation>Now: the school server %1.</translation>
        </message>
        <message>
            <source>Address of the school server</source>
            <translation>Address of the school server</translation>
        </message>
        <message>
            <source>Use this server</source>
            <translation>Use this server</translation>
        </message>
        <message>
            <source>Keep the data on this PC</source>
            <translation>Keep the data on this PC</translation>
        </message>
        <message>
            <source>Saved. Netwerk Desktop uses the school server from its next start.</source>
            <translation>Saved. Netwerk Desktop uses the school server from its next start.</translation>
        </message>
        <message>
            <source>Saved. From the next start the data is on this PC again (export a class from the server first to take it along).</source>
            <translation>Saved. From the next start the data is on this PC again (export a class from the server first to take it along).</translation>
        </message>
    </context>
    <context>
        <name>SchoolsPanel</name>
        <message>
            <source>Physical meetings are hosted in turn by the schools that can host, usually with a tour of something local. Choose a school to change it.</source>
            <translation>Physical meetings are hosted in turn by the schools that can host, usually with a tour of something local. Choose a school to change it.</translation>
        </message>
        <message>
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Can host</source>
            <translation>Can host</translation>
        </message>
        <message>
            <source>Tour</source>
            <translation>Tour</translation>
        </message>
        <message>
            <source>&amp;School</source>
            <translation>&amp;School</translation>
        </message>
        <message>
            <source>What the &amp;tour shows</source>
            <translation>What the &amp;tour shows</translation>
        </message>
        <message>
            <source>Can &amp;host</source>
            <translation>Can &amp;host</translation>
        </message>
        <message>
            <source>Save school</source>
            <translation>Save school</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Saved %1.</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Search lessons, prompts and activities</source>
            <translation>Search lessons, prompts and activities</translation>
        </message>
        <message>
            <source>Words to look for, e.g. friend worried</source>
            <translation>Words to look for, e.g. friend worried</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n result</numerusform>
                <numerusform>%n results</numerusform>
            </translation>
        </message>
        <message>
            <source>Type words.</source>
            <translation>Type words.</translation>
        </message>
        <message>
            <source>Lesson %1, step %2: %3</source>
            <translation>Lesson %1, step %2: %3</translation>
        </message>
        <message>
            <source>Lesson %1: %2</source>
            <translation>Lesson %1: %2</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>Activity: %1</source>
            <translation>Activity: %1</translation>
        </message>
    </context>
    <context>
        <name>SeasonPage</name>
        <message>
            <source>A season plan makes the next rotations together, so the later ones still bring new partners. Start them one at a time; plan again when the class changes, for example when a student joins or leaves.</source>
            <translation>A season plan makes the next rotations together, so the later ones still bring new partners. Start them one at a time; plan again when the class changes, for example when a student joins or leaves.</translation>
        </message>
        <message>
            <source>Rotations to plan</source>
            <translation>Rotations to plan</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translation>Starts on</translation>
        </message>
        <message>
            <source>Start the next planned rotation</source>
            <translation>Start the next planned rotation</translation>
        </message>
        <message>
            <source>No season plan yet.</source>
            <translation>No season plan yet.</translation>
        </message>
        <message>
            <source>Plan the season</source>
            <translation>Plan the season</translation>
        </message>
        <message>
            <source>Plan again</source>
            <translation>Plan again</translation>
        </message>
        <message numerus="yes">
            <source>%n rotation(s) planned.</source>
            <translation>
                <numerusform>%n rotation planned.</numerusform>
                <numerusform>%n rotations planned.</numerusform>
            </translation>
        </message>
        <message>
            <source>The next planned rotation has started.</source>
            <translation>The next planned rotation has started.</translation>
        </message>
    </context>
    <context>
        <name>SecondCopyRow</name>
        <message>
            <source>Backups are kept in the data folder only. Keep a second copy on a USB stick or your home drive, in case this PC is reset.</source>
            <translation>Backups are kept in the data folder only. Keep a second copy on a USB stick or your home drive, in case this PC is reset.</translation>
        </message>
        <message>
            <source>Every backup is also copied to %1.</source>
            <translation>Every backup is also copied to %1.</translation>
        </message>
        <message>
            <source>Choose a folder for a second copy…</source>
            <translation>Choose a folder for a second copy…</translation>
        </message>
        <message>
            <source>Stop the second copy</source>
            <translation>Stop the second copy</translation>
        </message>
        <message>
            <source>A folder for the second copy of the backups</source>
            <translation>A folder for the second copy of the backups</translation>
        </message>
        <message>
            <source>Stop the second copy?</source>
            <translation>Stop the second copy?</translation>
        </message>
        <message>
            <source>New backups are then kept in the data folder only. The copies already in the other folder stay there.</source>
            <translation>New backups are then kept in the data folder only. The copies already in the other folder stay there.</translation>
        </message>
        <message>
            <source>The folder was not chosen</source>
            <translation>The folder was not chosen</translation>
        </message>
    </context>
    <context>
        <name>SeriesChooser</name>
        <message>
            <source>Lesson series</source>
            <translation>Lesson series</translation>
        </message>
    </context>
    <context>
        <name>ServerErrors</name>
        <message>
            <source>The school server cannot be reached. What you do in a lesson is saved on this PC and sent when the server is back; other changes have to wait until then.</source>
            <translation>The school server cannot be reached. What you do in a lesson is saved on this PC and sent when the server is back; other changes have to wait until then.</translation>
        </message>
        <message>
            <source>The school server's database is not set up for Netwerk Desktop yet. Ask the school's IT to run “server init” (see docs/school-server.md).</source>
            <translation>The school server's database is not set up for Netwerk Desktop yet. Ask the school's IT to run “server init” (see docs/school-server.md).</translation>
        </message>
        <message>
            <source>The school server's database is from an older Netwerk Desktop. Ask the school's IT to run “server init” to bring it up to date.</source>
            <translation>The school server's database is from an older Netwerk Desktop. Ask the school's IT to run “server init” to bring it up to date.</translation>
        </message>
        <message>
            <source>The school server is set up for a newer Netwerk Desktop. Update Netwerk Desktop on this PC.</source>
            <translation>The school server is set up for a newer Netwerk Desktop. Update Netwerk Desktop on this PC.</translation>
        </message>
        <message>
            <source>The school server does not allow this for your login. Classes belong to their teachers and co-teachers; school-wide data is changed by coordinators.</source>
            <translation>The school server does not allow this for your login. Classes belong to their teachers and co-teachers; school-wide data is changed by coordinators.</translation>
        </message>
        <message>
            <source>“%1” is not the address of a school server. It looks like postgresql://server/netwerk; ask the school's IT for it.</source>
            <translation>“%1” is not the address of a school server. It looks like postgresql://server/netwerk; ask the school's IT for it.</translation>
        </message>
        <message>
            <source>Leave the password out of the address: Netwerk Desktop never stores it. It asks for it at start, or the school's IT sets up a password file.</source>
            <translation>Leave the password out of the address: Netwerk Desktop never stores it. It asks for it at start, or the school's IT sets up a password file.</translation>
        </message>
        <message>
            <source>The PostgreSQL tools are not installed on this PC. Ask the school's IT.</source>
            <translation>The PostgreSQL tools are not installed on this PC. Ask the school's IT.</translation>
        </message>
        <message>
            <source>The server's backup could not be made: %1</source>
            <translation>The server's backup could not be made: %1</translation>
        </message>
        <message>
            <source>a colleague</source>
            <translation>a colleague</translation>
        </message>
        <message>
            <source>While you were editing, %1 changed the charter of %2. Nothing was saved over it: their version is shown now; make your change again.</source>
            <translation>While you were editing, %1 changed the charter of %2. Nothing was saved over it: their version is shown now; make your change again.</translation>
        </message>
        <message>
            <source>While you were editing, %1 changed the class list of %2. Nothing was saved over it: reload to see their change, then make yours again.</source>
            <translation>While you were editing, %1 changed the class list of %2. Nothing was saved over it: reload to see their change, then make yours again.</translation>
        </message>
        <message>
            <source>While you were editing, %1 changed the partnerships of %2. Nothing was saved over it: reload to see their change, then make yours again.</source>
            <translation>While you were editing, %1 changed the partnerships of %2. Nothing was saved over it: reload to see their change, then make yours again.</translation>
        </message>
    </context>
    <context>
        <name>ServerStart</name>
        <message>
            <source>That password was not accepted. Try again:</source>
            <translation>That password was not accepted. Try again:</translation>
        </message>
        <message>
            <source>Your password for the school server:</source>
            <translation>Your password for the school server:</translation>
        </message>
        <message>
            <source>School server</source>
            <translation>School server</translation>
        </message>
    </context>
    <context>
        <name>ServerState</name>
        <message numerus="yes">
            <source>Saved on this PC, will be sent to the school server (%n change(s))</source>
            <translation>
                <numerusform>Saved on this PC, will be sent to the school server (%n change)</numerusform>
                <numerusform>Saved on this PC, will be sent to the school server (%n changes)</numerusform>
            </translation>
        </message>
        <message>
            <source>School server: %1 — everything is saved there</source>
            <translation>School server: %1 — everything is saved there</translation>
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
            <source>Paper for handouts</source>
            <translation>Paper for handouts</translation>
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
        <message>
            <source>US Letter</source>
            <translation>US Letter</translation>
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
            <source>The school's IT backs up the school server. This folder keeps your settings.</source>
            <translation>The school's IT backs up the school server. This folder keeps your settings.</translation>
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
            <source>The second copy was not made</source>
            <translation>The second copy was not made</translation>
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
        <name>SharedBanner</name>
        <message>
            <source>The class sees your notes now. Private notes stay hidden on one screen.</source>
            <translation>The class sees your notes now. Private notes stay hidden on one screen.</translation>
        </message>
        <message>
            <source>Back to the class view (F5)</source>
            <translation>Back to the class view (F5)</translation>
        </message>
    </context>
    <context>
        <name>SignupPanel</name>
        <message>
            <source>A guest’s name (nothing else is kept)</source>
            <translation>A guest’s name (nothing else is kept)</translation>
        </message>
        <message>
            <source>Add guest</source>
            <translation>Add guest</translation>
        </message>
        <message>
            <source>Sign up every student</source>
            <translation>Sign up every student</translation>
        </message>
        <message>
            <source>Take off the list</source>
            <translation>Take off the list</translation>
        </message>
        <message>
            <source>Groups across the classes</source>
            <translation>Groups across the classes</translation>
        </message>
        <message>
            <source>Make groups</source>
            <translation>Make groups</translation>
        </message>
        <message>
            <source>%1 (guest)</source>
            <translation>%1 (guest)</translation>
        </message>
        <message>
            <source>Coming: %1 students, %2 guests</source>
            <translation>Coming: %1 students, %2 guests</translation>
        </message>
        <message>
            <source>Group %1: %2</source>
            <translation>Group %1: %2</translation>
        </message>
        <message>
            <source>The follow-up is over, so the groups were deleted, as planned.</source>
            <translation>The follow-up is over, so the groups were deleted, as planned.</translation>
        </message>
        <message>
            <source>The solver mixes the classes in every group as far as the numbers allow. The groups are deleted by themselves when the follow-up is over.</source>
            <translation>The solver mixes the classes in every group as far as the numbers allow. The groups are deleted by themselves when the follow-up is over.</translation>
        </message>
        <message>
            <source>Take %1 off the list?</source>
            <translation>Take %1 off the list?</translation>
        </message>
        <message>
            <source>Replace the groups made before?</source>
            <translation>Replace the groups made before?</translation>
        </message>
        <message>
            <source>Making groups…</source>
            <translation>Making groups…</translation>
        </message>
        <message>
            <source>%1 groups made.</source>
            <translation>%1 groups made.</translation>
        </message>
    </context>
    <context>
        <name>SlipEntry</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>&amp;Need</source>
            <translation>&amp;Need</translation>
        </message>
        <message>
            <source>&amp;Offer</source>
            <translation>&amp;Offer</translation>
        </message>
        <message>
            <source>What the slip says, without names – Enter adds it</source>
            <translation>What the slip says, without names – Enter adds it</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
    </context>
    <context>
        <name>StepCard</name>
        <message>
            <source>Step %1 · %2</source>
            <translation>Step %1 · %2</translation>
        </message>
        <message>
            <source>%1, minute %2–%3 of the lesson</source>
            <translation>%1, minute %2–%3 of the lesson</translation>
        </message>
        <message>
            <source>Think–pair–share: %1</source>
            <translation>Think–pair–share: %1</translation>
        </message>
        <message>
            <source>On the board</source>
            <translation>On the board</translation>
        </message>
        <message>
            <source>Teacher notes</source>
            <translation>Teacher notes</translation>
        </message>
    </context>
    <context>
        <name>StepContent</name>
        <message>
            <source>Left side of the room: %1</source>
            <translation>Left side of the room: %1</translation>
        </message>
        <message>
            <source>Right side of the room: %1</source>
            <translation>Right side of the room: %1</translation>
        </message>
        <message>
            <source>Follow-up: %1</source>
            <translation>Follow-up: %1</translation>
        </message>
        <message>
            <source>Statements</source>
            <translation>Statements</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Cards</translation>
        </message>
        <message>
            <source>Rank the cards from “%1” to “%2”.</source>
            <translation>Rank the cards from “%1” to “%2”.</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Ranking</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categories</translation>
        </message>
        <message>
            <source>Case to read aloud</source>
            <translation>Case to read aloud</translation>
        </message>
        <message>
            <source>Discussion question</source>
            <translation>Discussion question</translation>
        </message>
        <message>
            <source>Follow-up question</source>
            <translation>Follow-up question</translation>
        </message>
        <message>
            <source>Questions for reflection</source>
            <translation>Questions for reflection</translation>
        </message>
        <message>
            <source>Questions for partners</source>
            <translation>Questions for partners</translation>
        </message>
        <message>
            <source>Questions for the class charter</source>
            <translation>Questions for the class charter</translation>
        </message>
        <message>
            <source>Example rules</source>
            <translation>Example rules</translation>
        </message>
        <message>
            <source>Poll question</source>
            <translation>Poll question</translation>
        </message>
        <message>
            <source>Answer options</source>
            <translation>Answer options</translation>
        </message>
        <message>
            <source>Before next time</source>
            <translation>Before next time</translation>
        </message>
        <message numerus="yes">
            <source>%n writing line(s) after each question.</source>
            <translation>
                <numerusform>%n writing line after each question.</numerusform>
                <numerusform>%n writing lines after each question.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n writing line(s).</source>
            <translation>
                <numerusform>%n writing line.</numerusform>
                <numerusform>%n writing lines.</numerusform>
            </translation>
        </message>
        <message>
            <source>The case is printed first.</source>
            <translation>The case is printed first.</translation>
        </message>
        <message>
            <source>On the handout</source>
            <translation>On the handout</translation>
        </message>
    </context>
    <context>
        <name>StepList</name>
        <message>
            <source>Running late? Leave this step out.</source>
            <translation>Running late? Leave this step out.</translation>
        </message>
        <message>
            <source>Two shorter lessons? The first part ends after this step.</source>
            <translation>Two shorter lessons? The first part ends after this step.</translation>
        </message>
    </context>
    <context>
        <name>StepNames</name>
        <message>
            <source>Short talk</source>
            <translation>Short talk</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Discussion</translation>
        </message>
        <message>
            <source>Either/or</source>
            <translation>Either/or</translation>
        </message>
        <message>
            <source>Sorting cards</source>
            <translation>Sorting cards</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflection</translation>
        </message>
        <message>
            <source>Partnership meeting</source>
            <translation>Partnership meeting</translation>
        </message>
        <message>
            <source>Class charter</source>
            <translation>Class charter</translation>
        </message>
        <message>
            <source>Poll</source>
            <translation>Poll</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>Closing</translation>
        </message>
        <message>
            <source>Alone</source>
            <translation>Alone</translation>
        </message>
        <message>
            <source>With a partner</source>
            <translation>With a partner</translation>
        </message>
        <message>
            <source>Partnership group</source>
            <translation>Partnership group</translation>
        </message>
        <message>
            <source>Whole class</source>
            <translation>Whole class</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n min</source>
            <translation>
                <numerusform>%1: %n min</numerusform>
                <numerusform>%1: %n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StudentPrivacy</name>
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
        <message>
            <source>Not erased</source>
            <translation>Not erased</translation>
        </message>
        <message>
            <source>Erase from the backups too?</source>
            <translation>Erase from the backups too?</translation>
        </message>
        <message numerus="yes">
            <source>%1 is removed from the class, but %n backup(s) still hold the name. Erase %1 from them too? Then Ctrl+Z cannot bring %1 back.</source>
            <translation>
                <numerusform>%1 is removed from the class, but %n backup still holds the name. Erase %1 from it too? Then Ctrl+Z cannot bring %1 back.</numerusform>
                <numerusform>%1 is removed from the class, but %n backups still hold the name. Erase %1 from them too? Then Ctrl+Z cannot bring %1 back.</numerusform>
            </translation>
        </message>
        <message>
            <source>Erase from the backups</source>
            <translation>Erase from the backups</translation>
        </message>
        <message>
            <source>Keep for now</source>
            <translation>Keep for now</translation>
        </message>
        <message numerus="yes">
            <source>%1 was erased, also from %n backup(s).</source>
            <translation>
                <numerusform>%1 was erased, also from %n backup.</numerusform>
                <numerusform>%1 was erased, also from %n backups.</numerusform>
            </translation>
        </message>
        <message>
            <source>Files that were not changed</source>
            <translation>Files that were not changed</translation>
        </message>
        <message>
            <source>These files in the backup folder are not Netwerk Desktop backups, so they were left as they are. If one holds %1's name, delete it yourself:
%2</source>
            <translation>These files in the backup folder are not Netwerk Desktop backups, so they were left as they are. If one holds %1's name, delete it yourself:
%2</translation>
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
        <name>TallyEntry</name>
        <message>
            <source>Count the answers</source>
            <translation>Count the answers</translation>
        </message>
        <message>
            <source>Show the chart</source>
            <translation>Show the chart</translation>
        </message>
        <message>
            <source>Hide the chart</source>
            <translation>Hide the chart</translation>
        </message>
        <message>
            <source>Counts below 3 are shown as “fewer than 3”, so nobody is singled out.</source>
            <translation>Counts below 3 are shown as “fewer than 3”, so nobody is singled out.</translation>
        </message>
        <message>
            <source>The same question in lesson %1: %2</source>
            <translation>The same question in lesson %1: %2</translation>
        </message>
    </context>
    <context>
        <name>TallyText</name>
        <message numerus="yes">
            <source>Counted: %1 of %n student(s)</source>
            <translation>
                <numerusform>Counted: %1 of %n student</numerusform>
                <numerusform>Counted: %1 of %n students</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamPanel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>A committed team makes the event: give colleagues and students a clear role, for example host, timekeeper or the one who welcomes guests.</source>
            <translation>A committed team makes the event: give colleagues and students a clear role, for example host, timekeeper or the one who welcomes guests.</translation>
        </message>
        <message>
            <source>&amp;Colleague</source>
            <translation>&amp;Colleague</translation>
        </message>
        <message>
            <source>&amp;Student</source>
            <translation>&amp;Student</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <source>R&amp;ole</source>
            <translation>R&amp;ole</translation>
        </message>
        <message>
            <source>Add colleague</source>
            <translation>Add colleague</translation>
        </message>
        <message>
            <source>Add student</source>
            <translation>Add student</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Removed %1 from the team. Undo with Ctrl+Z.</source>
            <translation>Removed %1 from the team. Undo with Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>TimerPanel</name>
        <message>
            <source>−1 min</source>
            <translation>−1 min</translation>
        </message>
        <message>
            <source>+1 min</source>
            <translation>+1 min</translation>
        </message>
        <message>
            <source>A minute less (−)</source>
            <translation>A minute less (−)</translation>
        </message>
        <message>
            <source>A minute more (+)</source>
            <translation>A minute more (+)</translation>
        </message>
        <message>
            <source>Pause (T)</source>
            <translation>Pause (T)</translation>
        </message>
        <message>
            <source>Start (T)</source>
            <translation>Start (T)</translation>
        </message>
        <message>
            <source>Time is up. The class sees a gentle signal.</source>
            <translation>Time is up. The class sees a gentle signal.</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Running</translation>
        </message>
        <message>
            <source>Paused: the class sees the time</source>
            <translation>Paused: the class sees the time</translation>
        </message>
    </context>
    <context>
        <name>TopicsPanel</name>
        <message>
            <source>Members choose the topics: the ones with most votes become the talks of the next agenda.</source>
            <translation>Members choose the topics: the ones with most votes become the talks of the next agenda.</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <source>Proposed by</source>
            <translation>Proposed by</translation>
        </message>
        <message>
            <source>A topic for a meeting</source>
            <translation>A topic for a meeting</translation>
        </message>
        <message>
            <source>&amp;Member</source>
            <translation>&amp;Member</translation>
        </message>
        <message>
            <source>Propose</source>
            <translation>Propose</translation>
        </message>
        <message>
            <source>Vote for the chosen topic</source>
            <translation>Vote for the chosen topic</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Choose a topic and a member first.</source>
            <translation>Choose a topic and a member first.</translation>
        </message>
    </context>
    <context>
        <name>YearTalliesDialog</name>
        <message>
            <source>Lesson %1:</source>
            <translation>Lesson %1:</translation>
        </message>
        <message>
            <source>The year's tallies: %1</source>
            <translation>The year's tallies: %1</translation>
        </message>
        <message>
            <source>No tally has been counted yet.</source>
            <translation>No tally has been counted yet.</translation>
        </message>
    </context>
</TS>
