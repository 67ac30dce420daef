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
    <name>ActivitiesScreen</name>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Show to the class</source>
        <translation>Vis for klassen</translation>
    </message>
    <message>
        <source>The activity&apos;s title, what it is and its steps, on the screen the class sees.</source>
        <translation>Aktivitetens titel, hvad den går ud på og dens trin, på den skærm, klassen ser.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Gem som PDF…</translation>
    </message>
    <message>
        <source>The activities could not be read, so there is nothing to show here. Reinstalling Netwerk Desktop puts them back.</source>
        <translation>Aktiviteterne kunne ikke indlæses, så der er intet at vise her. Installér Netwerk Desktop igen, så kommer de tilbage.</translation>
    </message>
    <message>
        <source>Loading the activities…</source>
        <translation>Henter aktiviteterne …</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) found</source>
        <translation>
            <numerusform>%n aktivitet fundet</numerusform>
            <numerusform>%n aktiviteter fundet</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gemt som %1.</translation>
    </message>
</context>
<context>
    <name>ActivityDetail</name>
    <message>
        <source>No activity chosen</source>
        <translation>Ingen aktivitet valgt</translation>
    </message>
    <message>
        <source>Choose an activity in the list. If the list is empty, try “Show all”.</source>
        <translation>Vælg en aktivitet på listen. Er listen tom, så prøv „Vis alle“.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Gruppestørrelse</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Strengthens</source>
        <translation>Styrker</translation>
    </message>
    <message>
        <source>No materials needed.</source>
        <translation>Der skal ikke bruges materialer.</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materialer</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>Varianter</translation>
    </message>
</context>
<context>
    <name>ActivityFilterBar</name>
    <message>
        <source>Search titles, steps and materials</source>
        <translation>Søg i titler, trin og materialer</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Vis alle</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Ryd søgningen og alle filtre</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Alle længder</translation>
    </message>
    <message>
        <source>Up to %1 min</source>
        <translation>Højst %1 min.</translation>
    </message>
    <message>
        <source>Any group size</source>
        <translation>Alle gruppestørrelser</translation>
    </message>
    <message>
        <source>Fits a class of</source>
        <translation>Passer til en klasse på</translation>
    </message>
    <message>
        <source>Fits a group of</source>
        <translation>Passer til en gruppe på</translation>
    </message>
    <message>
        <source>Any space</source>
        <translation>Alle steder</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>How long the activity takes at the shortest</source>
        <translation>Hvor lang tid aktiviteten mindst tager</translation>
    </message>
    <message>
        <source>A class of N: activities the whole class can do together or split into groups. A group of N: activities for groups of exactly that size.</source>
        <translation>En klasse på N: aktiviteter, som hele klassen kan lave samlet eller fordelt i grupper. En gruppe på N: aktiviteter for grupper af netop den størrelse.</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Antal personer</translation>
    </message>
    <message>
        <source>Where the activity takes place</source>
        <translation>Hvor aktiviteten foregår</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Type aktivitet</translation>
    </message>
</context>
<context>
    <name>ActivityNames</name>
    <message>
        <source>Icebreaker</source>
        <translation>Isbryder</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Samarbejde</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Bevægelse</translation>
    </message>
    <message>
        <source>Class event</source>
        <translation>Klassearrangement</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Klasselokale</translation>
    </message>
    <message>
        <source>Outdoors</source>
        <translation>Udendørs</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Hal</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Fællesskab</translation>
    </message>
    <message>
        <source>Class culture</source>
        <translation>Klassekultur</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Makkerskaber</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netværk</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 min.</translation>
    </message>
    <message>
        <source>Whole class</source>
        <translation>Hele klassen</translation>
    </message>
    <message>
        <source>Each on their own</source>
        <translation>Hver for sig</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>To og to</translation>
    </message>
    <message>
        <source>Groups of %1</source>
        <translation>Grupper på %1</translation>
    </message>
    <message>
        <source>Groups of %1–%2</source>
        <translation>Grupper på %1–%2</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Title, e.g. the talk’s topic</source>
        <translation>Titel, fx oplæggets emne</translation>
    </message>
    <message>
        <source>Speaker (a member or a guest)</source>
        <translation>Oplægsholder (et medlem eller en gæst)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Make a first agenda…</source>
        <translation>Lav et første udkast…</translation>
    </message>
    <message>
        <source>Time for the exchange of experience</source>
        <translation>Tid til erfaringsudveksling</translation>
    </message>
    <message>
        <source>The exchange of experience has less than 45 % of the time. It is the heart of the meeting: shorten a talk or give the exchange more minutes.</source>
        <translation>Erfaringsudvekslingen har under 45 % af tiden. Den er mødets kerne: gør et oplæg kortere, eller giv udvekslingen flere minutter.</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <source>Open actions carried in from earlier minutes:</source>
        <translation>Åbne opgaver fra tidligere referater:</translation>
    </message>
    <message>
        <source>No open actions from earlier minutes.</source>
        <translation>Ingen åbne opgaver fra tidligere referater.</translation>
    </message>
    <message>
        <source>Item removed. Undo with Ctrl+Z.</source>
        <translation>Punktet er fjernet. Fortryd med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Make a first agenda</source>
        <translation>Lav et første udkast</translation>
    </message>
    <message>
        <source>Replace this agenda with a first one made from the topics and the host?</source>
        <translation>Erstat dagsordenen med et udkast lavet ud fra emnerne og værten?</translation>
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
        <translation>Alene</translation>
    </message>
    <message>
        <source>With your partner</source>
        <translation>Med din makker</translation>
    </message>
    <message>
        <source>In your group</source>
        <translation>I makkergruppen</translation>
    </message>
    <message>
        <source>Whole class</source>
        <translation>Hele klassen</translation>
    </message>
    <message>
        <source>Statement %1 of %2</source>
        <translation>Udsagn %1 af %2</translation>
    </message>
    <message>
        <source>fewer than 3</source>
        <translation>færre end 3</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Our partnership groups</source>
        <translation>Vores makkergrupper</translation>
    </message>
    <message>
        <source>Our class charter</source>
        <translation>Klassens spilleregler</translation>
    </message>
    <message>
        <source>Lesson %1</source>
        <translation>Lektion %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Paused %1</source>
        <translation>Pause %1</translation>
    </message>
    <message>
        <source>Needs and offers</source>
        <translation>Behov og tilbud</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Nothing on the board yet</source>
        <translation>Der er ikke noget på tavlen endnu</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>match</translation>
    </message>
    <message>
        <source>done</source>
        <translation>lykkedes</translation>
    </message>
    <message>
        <source>School and study</source>
        <translation>Skole og studier</translation>
    </message>
    <message>
        <source>Jobs and internships</source>
        <translation>Job og praktik</translation>
    </message>
    <message>
        <source>Clubs and free time</source>
        <translation>Foreninger og fritid</translation>
    </message>
    <message>
        <source>Learning something new</source>
        <translation>Lære noget nyt</translation>
    </message>
    <message>
        <source>Practical things</source>
        <translation>Praktiske ting</translation>
    </message>
    <message>
        <source>Doing things together</source>
        <translation>Lave noget sammen</translation>
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
    <message>
        <source>Before a change</source>
        <translation>Før en ændring</translation>
    </message>
</context>
<context>
    <name>BalanceBar</name>
    <message>
        <source>%1 %2: %3 min</source>
        <translation>%1 %2: %3 min.</translation>
    </message>
    <message>
        <source>Informal time is missing: people need breaks and time without a plan to meet each other. Add an informal block.</source>
        <translation>Der mangler uformel tid: folk har brug for pauser og tid uden program for at møde hinanden. Tilføj en uformel blok.</translation>
    </message>
    <message>
        <source>The programme has only one kind of block. Mix input, activities and informal time.</source>
        <translation>Programmet har kun én slags blok. Bland oplæg, aktiviteter og uformel tid.</translation>
    </message>
</context>
<context>
    <name>BarCharter</name>
    <message>
        <source>Type a rule the class agrees on, then Enter</source>
        <translation>Skriv en regel, klassen er enig om, og tryk Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Remove the last rule</source>
        <translation>Fjern den sidste regel</translation>
    </message>
</context>
<context>
    <name>BarTally</name>
    <message>
        <source>Type the counts: the class sees dots until you show the chart, and counts below 3 as “fewer than 3”.</source>
        <translation>Skriv antallene: klassen ser prikker, indtil du viser diagrammet, og tal under 3 som „færre end 3“.</translation>
    </message>
    <message>
        <source>Show the chart</source>
        <translation>Vis diagrammet</translation>
    </message>
    <message>
        <source>Hide the chart</source>
        <translation>Skjul diagrammet</translation>
    </message>
</context>
<context>
    <name>BoardCheckPanel</name>
    <message>
        <source>new partners</source>
        <translation>nye makkere</translation>
    </message>
    <message>
        <source>partners again</source>
        <translation>makkere igen</translation>
    </message>
    <message>
        <source>group-mates again</source>
        <translation>i gruppe igen</translation>
    </message>
    <message>
        <source>fewest new faces</source>
        <translation>færrest nye</translation>
    </message>
    <message>
        <source>rules broken</source>
        <translation>brudte regler</translation>
    </message>
    <message>
        <source>Partner pairs who have not been partners before (a trio counts three).</source>
        <translation>Makkerpar, der ikke har været makkere før (en trio tæller tre).</translation>
    </message>
    <message>
        <source>Partner pairs who were partners in an earlier rotation.</source>
        <translation>Makkerpar, der også var makkere i en tidligere runde.</translation>
    </message>
    <message>
        <source>Two students in one group who shared a group before.</source>
        <translation>To elever i samme gruppe, som har været i gruppe sammen før.</translation>
    </message>
    <message>
        <source>The fewest new group-mates any student gets: people they have not shared a group with before.</source>
        <translation>Det mindste antal nye gruppekammerater, en elev får: nogen, de ikke har været i gruppe med før.</translation>
    </message>
    <message>
        <source>Keep-apart and keep-together rules this board breaks.</source>
        <translation>Regler om at holde elever adskilt eller sammen, som tavlen bryder.</translation>
    </message>
    <message>
        <source>Compared with the earlier rotations. “Fewest new faces”: the fewest new group-mates any one student gets.</source>
        <translation>Sammenlignet med de tidligere runder. „Færrest nye“: det mindste antal nye gruppekammerater, en elev får.</translation>
    </message>
    <message>
        <source>No warnings: nobody meets a former partner, and every rule is kept.</source>
        <translation>Ingen advarsler: ingen møder en tidligere makker, og alle regler er overholdt.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardControls</name>
    <message>
        <source>Make partnerships</source>
        <translation>Lav makkerskaber</translation>
    </message>
    <message>
        <source>New partnerships</source>
        <translation>Nye makkerskaber</translation>
    </message>
    <message>
        <source>New pairs in new groups, with as many new partners as possible.</source>
        <translation>Nye par i nye grupper med så mange nye makkere som muligt.</translation>
    </message>
    <message>
        <source>New groups, same pairs</source>
        <translation>Nye grupper, samme par</translation>
    </message>
    <message>
        <source>The pairs on the board stay; they meet new pairs.</source>
        <translation>Parrene på tavlen bliver sammen og møder nye par.</translation>
    </message>
    <message>
        <source>New pairs in the same groups</source>
        <translation>Nye par i de samme grupper</translation>
    </message>
    <message>
        <source>The groups on the board stay; inside each group the partners change.</source>
        <translation>Grupperne på tavlen bliver; inde i hver gruppe skifter man makker.</translation>
    </message>
    <message>
        <source>Try another</source>
        <translation>Prøv et andet</translation>
    </message>
    <message>
        <source>Another proposal of the same kind.</source>
        <translation>Et andet forslag af samme slags.</translation>
    </message>
    <message>
        <source>Making a proposal…</source>
        <translation>Laver et forslag …</translation>
    </message>
    <message>
        <source>Absent today</source>
        <translation>Fraværende i dag</translation>
    </message>
    <message>
        <source>Tick who is away: new partnerships leave them out, and “Back today” gives them a place.</source>
        <translation>Sæt flueben ved dem, der er væk: nye makkerskaber springer dem over, og „Tilbage i dag“ giver dem en plads.</translation>
    </message>
    <message>
        <source>Back today</source>
        <translation>Tilbage i dag</translation>
    </message>
    <message>
        <source>Balance by tags</source>
        <translation>Fordel efter mærker</translation>
    </message>
    <message>
        <source>This class has no tags. Give students tags in Classes to balance the groups.</source>
        <translation>Klassen har ingen mærker. Giv eleverne mærker under Klasser for at fordele grupperne.</translation>
    </message>
    <message numerus="yes">
        <source>Rules (%n)…</source>
        <translation>
            <numerusform>Regler (%n) …</numerusform>
            <numerusform>Regler (%n) …</numerusform>
        </translation>
    </message>
    <message>
        <source>no place yet</source>
        <translation>ingen plads endnu</translation>
    </message>
</context>
<context>
    <name>BoardItemModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tavle</translation>
    </message>
    <message>
        <source>(not kept: follow it up in person)</source>
        <translation>(ikke gemt: følg op personligt)</translation>
    </message>
    <message>
        <source>This text holds a name from the class list (%1). It is not shown to the class or printed: rewrite it without the name.</source>
        <translation>Teksten indeholder et navn fra klasselisten (%1). Den bliver ikke vist for klassen eller udskrevet: skriv den om uden navnet.</translation>
    </message>
    <message>
        <source>Not posted because of a worry. Follow it up in person, then tick it.</source>
        <translation>Ikke sat op på grund af en bekymring. Følg op personligt, og sæt så flueben.</translation>
    </message>
</context>
<context>
    <name>BoardNames</name>
    <message>
        <source>School and study</source>
        <translation>Skole og studier</translation>
    </message>
    <message>
        <source>Jobs and internships</source>
        <translation>Job og praktik</translation>
    </message>
    <message>
        <source>Clubs and free time</source>
        <translation>Foreninger og fritid</translation>
    </message>
    <message>
        <source>Learning something new</source>
        <translation>Lære noget nyt</translation>
    </message>
    <message>
        <source>Practical things</source>
        <translation>Praktiske ting</translation>
    </message>
    <message>
        <source>Doing things together</source>
        <translation>Lave noget sammen</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Lykkedes</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket tilbage</translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>På tavlen</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Skjult</translation>
    </message>
    <message>
        <source>Not posted</source>
        <translation>Ikke sat op</translation>
    </message>
    <message>
        <source>A worry</source>
        <translation>Bekymring</translation>
    </message>
    <message>
        <source>Too personal for the board</source>
        <translation>For personligt til tavlen</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Uklart</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>En anden grund</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>Show to the class</source>
        <translation>Vis for klassen</translation>
    </message>
    <message>
        <source>The groups on the screen the class sees: numbers and names, nothing else.</source>
        <translation>Grupperne på den skærm, klassen ser: numre og navne, intet andet.</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Byt</translation>
    </message>
    <message>
        <source>Swap the two marked students (S or Enter).</source>
        <translation>Byt de to markerede elever (S eller Enter).</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Lås fast</translation>
    </message>
    <message>
        <source>Pinned students stay where they are when new partnerships are made (P).</source>
        <translation>Fastlåste elever bliver, hvor de er, når der laves nye makkerskaber (P).</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starter den</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Put aside</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>Forget this proposal and show the saved partnerships.</source>
        <translation>Glem dette forslag, og vis de gemte makkerskaber.</translation>
    </message>
    <message>
        <source>Undo last rotation…</source>
        <translation>Fortryd sidste runde …</translation>
    </message>
    <message>
        <source>Partnership board</source>
        <translation>Makkertavle</translation>
    </message>
    <message>
        <source>Up and Down move between names, Left and Right between groups. Space marks a name, S or Enter swaps, P pins, Escape clears the marks.</source>
        <translation>Op og Ned flytter mellem navne, Venstre og Højre mellem grupper. Mellemrum markerer et navn, S eller Enter bytter, P låser fast, og Escape fjerner markeringerne.</translation>
    </message>
    <message>
        <source>Not everyone has a place</source>
        <translation>Ikke alle har en plads</translation>
    </message>
    <message>
        <source>%1 have no place on the board and are not ticked as away. Show the partnerships without them?</source>
        <translation>%1 har ingen plads på tavlen og er ikke markeret som fraværende. Vil du vise makkerskaberne uden dem?</translation>
    </message>
    <message>
        <source>Choose a class to see its partnerships.</source>
        <translation>Vælg en klasse for at se dens makkerskaber.</translation>
    </message>
    <message>
        <source>Drag a name onto another to swap them, or mark two names and press Swap.</source>
        <translation>Træk et navn hen på et andet for at bytte dem, eller markér to navne og tryk på Byt.</translation>
    </message>
    <message>
        <source>%1 has no students yet. Add them in Classes.</source>
        <translation>%1 har ingen elever endnu. Tilføj dem under Klasser.</translation>
    </message>
    <message>
        <source>%1 has no partnerships yet. Press “New partnerships” to make a proposal.</source>
        <translation>%1 har ingen makkerskaber endnu. Tryk på „Nye makkerskaber“ for at få et forslag.</translation>
    </message>
    <message>
        <source>Proposal, not saved yet</source>
        <translation>Forslag, ikke gemt endnu</translation>
    </message>
    <message>
        <source>%1, changed by hand, not saved yet</source>
        <translation>%1, ændret i hånden, ikke gemt endnu</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, siden %2</translation>
    </message>
    <message>
        <source>No partnerships yet</source>
        <translation>Ingen makkerskaber endnu</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Gem ændringer</translation>
    </message>
    <message>
        <source>A proposal is on the board. Adjust it, then save.</source>
        <translation>Der er et forslag på tavlen. Tilpas det, og gem det så.</translation>
    </message>
    <message>
        <source>The last change on the board is undone.</source>
        <translation>Den sidste ændring på tavlen er fortrudt.</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Ikke placeret</translation>
    </message>
    <message>
        <source>%1 is back and joins %2.</source>
        <translation>%1 er tilbage og kommer i %2.</translation>
    </message>
    <message>
        <source>Swap with %1</source>
        <translation>Byt med %1</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Lås %1 op</translation>
    </message>
    <message>
        <source>Pin %1 in place</source>
        <translation>Lås %1 fast</translation>
    </message>
    <message>
        <source>%1 is absent today</source>
        <translation>%1 er fraværende i dag</translation>
    </message>
    <message>
        <source>Partner history of %1</source>
        <translation>Makkerhistorik for %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Hent igen</translation>
    </message>
    <message>
        <source>Saved. These are now the partnerships of %1.</source>
        <translation>Gemt. Det er nu makkerskaberne i %1.</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Ikke fortrudt</translation>
    </message>
    <message>
        <source>The last rotation was undone.</source>
        <translation>Den sidste runde er fortrudt.</translation>
    </message>
</context>
<context>
    <name>BoardUndo</name>
    <message>
        <source>%1 (started %2) is removed from the history. The class has no partnerships until you save new ones.</source>
        <translation>%1 (startet %2) fjernes fra historikken. Klassen har ingen makkerskaber, før du gemmer nye.</translation>
    </message>
    <message>
        <source>%1 (started %2) is removed from the history. The partnerships of %3 are the class&apos;s partnerships again.</source>
        <translation>%1 (startet %2) fjernes fra historikken. Makkerskaberne fra %3 gælder igen for klassen.</translation>
    </message>
    <message>
        <source>Undo the last rotation?</source>
        <translation>Fortryd den sidste runde?</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Fortryd %1</translation>
    </message>
</context>
<context>
    <name>CharterEditor</name>
    <message>
        <source>The class charter</source>
        <translation>Klassens spilleregler</translation>
    </message>
    <message>
        <source>Type a rule the class agrees on, then Enter</source>
        <translation>Skriv en regel, klassen er enig om, og tryk Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>Save charter</source>
        <translation>Gem spillereglerne</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>A step of your own, e.g. approved by the head</source>
        <translation>Et punkt fra skolen, fx godkendt af rektor</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Tilføj punkt</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Fjern punkt</translation>
    </message>
    <message>
        <source>Remove the step “%1”?</source>
        <translation>Fjern punktet “%1”?</translation>
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
        <translation>Tid</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Rolig</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>My notes…</source>
        <translation>Mine noter…</translation>
    </message>
    <message>
        <source>There is one screen: the class sees everything on it. Your teacher notes would be on the smartboard.</source>
        <translation>Der er én skærm: klassen ser alt, hvad der står på den. Dine noter til læreren ville komme op på tavlen.</translation>
    </message>
    <message>
        <source>Show my notes — the class will see them</source>
        <translation>Vis mine noter – klassen kan se dem</translation>
    </message>
    <message>
        <source>Keep them hidden</source>
        <translation>Hold dem skjult</translation>
    </message>
    <message>
        <source>Count…</source>
        <translation>Tæl op…</translation>
    </message>
    <message>
        <source>Add rules…</source>
        <translation>Skriv regler…</translation>
    </message>
</context>
<context>
    <name>ClassCard</name>
    <message>
        <source>All lessons done</source>
        <translation>Alle lektioner er gennemført</translation>
    </message>
    <message>
        <source>Next steps…</source>
        <translation>Næste skridt…</translation>
    </message>
    <message>
        <source>New partnerships</source>
        <translation>Nye makkerskaber</translation>
    </message>
    <message>
        <source>The year&apos;s tallies side by side</source>
        <translation>Årets optællinger side om side</translation>
    </message>
    <message>
        <source>Archive the class…</source>
        <translation>Arkivér klassen…</translation>
    </message>
    <message>
        <source>Lesson %1 is in progress</source>
        <translation>Lektion %1 er i gang</translation>
    </message>
    <message>
        <source>Continue lesson %1</source>
        <translation>Fortsæt lektion %1</translation>
    </message>
    <message>
        <source>Next: lesson %1</source>
        <translation>Næste: lektion %1</translation>
    </message>
    <message>
        <source>Start lesson %1</source>
        <translation>Start lektion %1</translation>
    </message>
    <message>
        <source>%1, lesson %2 is in progress</source>
        <translation>%1, lektion %2 er i gang</translation>
    </message>
    <message>
        <source>Continue %1, lesson %2</source>
        <translation>Fortsæt %1, lektion %2</translation>
    </message>
    <message>
        <source>Next: %1, lesson %2</source>
        <translation>Næste: %1, lektion %2</translation>
    </message>
    <message>
        <source>Start %1, lesson %2</source>
        <translation>Start %1, lektion %2</translation>
    </message>
</context>
<context>
    <name>ClassCardText</name>
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
        <source>Lessons</source>
        <translation>Lektioner</translation>
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
    <name>CloseButton</name>
    <message>
        <source>Close (Esc)</source>
        <translation>Luk (Esc)</translation>
    </message>
</context>
<context>
    <name>ContentLanguageChooser</name>
    <message>
        <source>Content language</source>
        <translation>Indholdssprog</translation>
    </message>
    <message>
        <source>The language of the lessons, prompts and activities shown here. It can differ from the language of the app.</source>
        <translation>Sproget i de lektioner, spørgsmål og aktiviteter, der vises her. Det kan være et andet end appens sprog.</translation>
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
    <name>Curtain</name>
    <message>
        <source>The class sees this screen</source>
        <translation>Klassen ser denne skærm</translation>
    </message>
    <message>
        <source>There is only one screen, so the smartboard shows what you see. Your teacher notes stay hidden; the controls are on the class view.</source>
        <translation>Der er kun én skærm, så tavlen viser det, du ser. Dine noter til læreren forbliver skjult; knapperne er på klassens visning.</translation>
    </message>
    <message>
        <source>Back to the class view (F5)</source>
        <translation>Tilbage til klassens visning (F5)</translation>
    </message>
    <message>
        <source>Show my notes — the class will see them</source>
        <translation>Vis mine noter – klassen kan se dem</translation>
    </message>
</context>
<context>
    <name>DataNotice</name>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
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
        <translation>Kultur og kreativitet</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Frivilligt arbejde</translation>
    </message>
    <message>
        <source>Youth centre</source>
        <translation>Ungdomsklub</translation>
    </message>
    <message>
        <source>Study help</source>
        <translation>Lektiehjælp</translation>
    </message>
    <message>
        <source>Faith and community</source>
        <translation>Tro og fællesskab</translation>
    </message>
    <message>
        <source>Help and advice</source>
        <translation>Hjælp og rådgivning</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Holder pause</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ophørt</translation>
    </message>
    <message>
        <source>The school</source>
        <translation>Skolen</translation>
    </message>
    <message>
        <source>A class’s suggestion</source>
        <translation>Forslag fra en klasse</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>Importeret fra en fil</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>op til %1</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Ikke tjekket</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 af %2</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Local communities and help</source>
        <translation>Fællesskaber og hjælp i nærheden</translation>
    </message>
    <message>
        <source>Search names, activities and places</source>
        <translation>Søg i navne, aktiviteter og steder</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle kategorier</translation>
    </message>
    <message>
        <source>Ages 15–20</source>
        <translation>15–20 år</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Can just turn up</source>
        <translation>Man kan bare møde op</translation>
    </message>
    <message>
        <source>Not checked in 12 months</source>
        <translation>Ikke tjekket i 12 måneder</translation>
    </message>
    <message>
        <source>Show ended</source>
        <translation>Vis ophørte</translation>
    </message>
    <message>
        <source>Add a place…</source>
        <translation>Tilføj et sted …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigér …</translation>
    </message>
    <message>
        <source>Checked today…</source>
        <translation>Tjekket i dag …</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Fjern …</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importér CSV …</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportér CSV …</translation>
    </message>
    <message>
        <source>Leaflet as PDF…</source>
        <translation>Folder som PDF …</translation>
    </message>
    <message>
        <source>Pocket cards as PDF…</source>
        <translation>Lommekort som PDF …</translation>
    </message>
    <message>
        <source>The directory is empty. Nothing is built in: the school adds the clubs, associations, youth offers and places to get help it knows of. Add a place, import a list your municipality shares (CSV with Open Referral columns), or add the places a class found in “Our networks” – they stay “not checked” until someone at the school checks them.</source>
        <translation>Oversigten er tom. Der er ikke noget indbygget: Skolen tilføjer selv de klubber, foreninger, tilbud for unge og steder med hjælp, den kender. Tilføj et sted, importér en liste fra kommunen (CSV med Open Referral-kolonner), eller tilføj de steder, en klasse fandt i »Vores netværk« – de står som »ikke tjekket«, indtil nogen på skolen har tjekket dem.</translation>
    </message>
    <message>
        <source>%1 of %2 places shown</source>
        <translation>%1 af %2 steder vises</translation>
    </message>
    <message>
        <source>Checked today</source>
        <translation>Tjekket i dag</translation>
    </message>
    <message>
        <source>Who checked “%1” today?</source>
        <translation>Hvem har tjekket »%1« i dag?</translation>
    </message>
    <message>
        <source>Remove the place?</source>
        <translation>Fjern stedet?</translation>
    </message>
    <message>
        <source>Remove “%1” from the school’s directory? Export the directory first if you may want it back.</source>
        <translation>Fjern »%1« fra skolens oversigt? Eksportér oversigten først, hvis du måske vil have stedet tilbage.</translation>
    </message>
    <message>
        <source>Import places</source>
        <translation>Importér steder</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Importeret: %1 tilføjet, %2 opdateret.</translation>
    </message>
    <message>
        <source>The file adds %1 places and updates %2; %3 are the same already. Imported places stay “not checked” until someone at the school checks them. Import?</source>
        <translation>Filen tilføjer %1 steder og opdaterer %2; %3 er allerede de samme. Importerede steder står som »ikke tjekket«, indtil nogen på skolen har tjekket dem. Vil du importere?</translation>
    </message>
    <message>
        <source>Lines with something that could not be read (left empty or out): %1</source>
        <translation>Linjer med noget, der ikke kunne læses (står tomt eller er udeladt): %1</translation>
    </message>
    <message>
        <source>Export the directory</source>
        <translation>Eksportér oversigten</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>%1 places saved in %2</source>
        <translation>%1 steder gemt i %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemt: %1</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit the place</source>
        <translation>Rediger stedet</translation>
    </message>
    <message>
        <source>Add a place</source>
        <translation>Tilføj et sted</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>What you do there</source>
        <translation>Det laver man</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Alder</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>Sådan kommer man med</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Tilgængelighed</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Public contact</source>
        <translation>Offentlig kontakt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Tjekket</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Suggested by</source>
        <translation>Foreslået af</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>You can just turn up</source>
        <translation>Man kan bare møde op</translation>
    </message>
    <message>
        <source>Bring a friend</source>
        <translation>Tag en ven med</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Tjekket den</translation>
    </message>
    <message>
        <source>by whom</source>
        <translation>af hvem</translation>
    </message>
    <message>
        <source>The organisation’s own contact, never a person’s</source>
        <translation>Stedets egen kontakt – aldrig en privatpersons</translation>
    </message>
    <message>
        <source>Only what the place makes public: no private person’s phone number or address. A place nobody at the school has checked shows as “not checked” on the leaflet.</source>
        <translation>Kun det, stedet selv gør offentligt: ingen privatpersons telefonnummer eller adresse. Et sted, som ingen på skolen har tjekket, står som »ikke tjekket« i folderen.</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Alder</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Sidst tjekket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not checked in the last 12 months: check it before students go.</source>
        <translation>Ikke tjekket de sidste 12 måneder: tjek det, før eleverne tager derhen.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong, and nothing was changed. If it happens again, the log in the data folder says more (Help, About).</source>
        <translation>Noget uventet gik galt, og intet blev ændret. Sker det igen, står der mere i loggen i datamappen (Hjælp, Om).</translation>
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
        <source>The database file is damaged and cannot be opened safely. Netwerk Desktop can put back one of its automatic backups; the damaged file is kept beside it.</source>
        <translation>Databasefilen er beskadiget og kan ikke åbnes sikkert. Netwerk Desktop kan lægge en af sine automatiske sikkerhedskopier tilbage; den beskadigede fil bliver gemt ved siden af.</translation>
    </message>
    <message>
        <source>The database file is missing, but there are backups of it (the newest from %1). Put one back to go on where you were; nothing is started anew.</source>
        <translation>Databasefilen mangler, men der er sikkerhedskopier af den (den nyeste fra %1). Læg en tilbage for at fortsætte, hvor du slap; intet bliver startet forfra.</translation>
    </message>
    <message>
        <source>The database file is empty, but there are backups with your classes (the newest from %1). Put one back to go on where you were.</source>
        <translation>Databasefilen er tom, men der er sikkerhedskopier med dine klasser (den nyeste fra %1). Læg en tilbage for at fortsætte, hvor du slap.</translation>
    </message>
    <message>
        <source>The database file cannot be read on this account. Ask IT to check the rights of the data folder, or put back a backup.</source>
        <translation>Databasefilen kan ikke læses fra denne konto. Bed IT om at tjekke rettighederne til datamappen, eller læg en sikkerhedskopi tilbage.</translation>
    </message>
    <message>
        <source>%1 cannot be used as the data folder: it is a file, a system folder, or this account may not use it. Choose another folder, or ask IT.</source>
        <translation>%1 kan ikke bruges som datamappe: Det er en fil, en systemmappe, eller denne konto må ikke bruge den. Vælg en anden mappe, eller spørg IT.</translation>
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
        <source>Netwerk Desktop does not write to %1: it would replace the data or a backup, or it is not a file. Choose another file.</source>
        <translation>Netwerk Desktop skriver ikke til %1: Det ville erstatte dataene eller en sikkerhedskopi, eller det er ikke en fil. Vælg en anden fil.</translation>
    </message>
    <message>
        <source>%1 could not be written, so nothing was saved there. Check that the folder exists, that you may write in it and that there is free space.</source>
        <translation>%1 kunne ikke skrives, så intet blev gemt der. Tjek, at mappen findes, at du må skrive i den, og at der er ledig plads.</translation>
    </message>
    <message>
        <source>The data folder is write-protected, so the data is open read-only: you can look, export and print, but not change anything.</source>
        <translation>Datamappen er skrivebeskyttet, så dataene er kun åbne til læsning: Du kan se, eksportere og printe, men ikke ændre noget.</translation>
    </message>
    <message>
        <source>The disk is full, so the data is open read-only: you can look, export and print. Free some space and start Netwerk Desktop again to make changes.</source>
        <translation>Disken er fuld, så dataene er kun åbne til læsning: Du kan se, eksportere og printe. Frigør plads, og start Netwerk Desktop igen for at ændre noget.</translation>
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
        <source>The app folder is too deep in the folders of this drive for its data (%1). Move the app folder closer to the top of the drive, for example straight onto the USB stick, and start it again.</source>
        <translation>App-mappen ligger for dybt i mapperne på drevet til sine data (%1). Flyt app-mappen tættere på drevets øverste niveau, fx direkte ud på USB-nøglen, og start den igen.</translation>
    </message>
    <message>
        <source>More than one match for “%1”.</source>
        <translation>Mere end ét match for „%1“.</translation>
    </message>
    <message>
        <source>This cannot be done, so nothing was changed.</source>
        <translation>Det kan ikke lade sig gøre, så intet blev ændret.</translation>
    </message>
    <message>
        <source>The class needs a name.</source>
        <translation>Klassen skal have et navn.</translation>
    </message>
    <message>
        <source>The student needs a name.</source>
        <translation>Eleven skal have et navn.</translation>
    </message>
    <message>
        <source>The tag needs a name.</source>
        <translation>Mærket skal have et navn.</translation>
    </message>
    <message>
        <source>A class name can have at most %1 characters.</source>
        <translation>Et klassenavn må højst have %1 tegn.</translation>
    </message>
    <message>
        <source>A student&apos;s name can have at most %1 characters.</source>
        <translation>En elevs navn må højst have %1 tegn.</translation>
    </message>
    <message>
        <source>A tag can have at most %1 characters.</source>
        <translation>Et mærke må højst have %1 tegn.</translation>
    </message>
    <message>
        <source>A rule of the charter can have at most %1 characters. Shorten it.</source>
        <translation>En af klassens spilleregler må højst have %1 tegn. Gør den kortere.</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters. Shorten it.</source>
        <translation>En note må højst have %1 tegn. Gør den kortere.</translation>
    </message>
    <message>
        <source>The name has a character that cannot be saved (a control or invisible character). Type the name again.</source>
        <translation>Navnet har et tegn, der ikke kan gemmes (et styretegn eller et usynligt tegn). Skriv navnet igen.</translation>
    </message>
    <message>
        <source>A count must be between 0 and %1.</source>
        <translation>Et antal skal være mellem 0 og %1.</translation>
    </message>
    <message>
        <source>Plan between 1 and %1 rotations at a time.</source>
        <translation>Planlæg mellem 1 og %1 runder ad gangen.</translation>
    </message>
    <message>
        <source>Choose two different students.</source>
        <translation>Vælg to forskellige elever.</translation>
    </message>
    <message>
        <source>This lesson has no steps, so it cannot be run.</source>
        <translation>Lektionen har ingen trin, så den kan ikke køres.</translation>
    </message>
    <message>
        <source>That value cannot be used, so nothing was changed.</source>
        <translation>Den værdi kan ikke bruges, så intet blev ændret.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Nyt arrangement</translation>
    </message>
    <message>
        <source>e.g. Breakfast for the first years</source>
        <translation>fx Morgenmad for 1.g</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>&amp;Classes</source>
        <translation>&amp;Klasser</translation>
    </message>
</context>
<context>
    <name>EventErrors</name>
    <message>
        <source>The event needs a name.</source>
        <translation>Arrangementet skal have et navn.</translation>
    </message>
    <message>
        <source>That text is too long: at most %1 characters.</source>
        <translation>Teksten er for lang: højst %1 tegn.</translation>
    </message>
    <message>
        <source>Choose at least one class that takes part.</source>
        <translation>Vælg mindst én klasse, der deltager.</translation>
    </message>
    <message>
        <source>One of the classes no longer exists. Choose the classes again.</source>
        <translation>En af klasserne findes ikke længere. Vælg klasserne igen.</translation>
    </message>
    <message>
        <source>That student’s class does not take part in the event. Add the class first.</source>
        <translation>Elevens klasse deltager ikke i arrangementet. Tilføj klassen først.</translation>
    </message>
    <message>
        <source>Type a name and a role.</source>
        <translation>Skriv et navn og en rolle.</translation>
    </message>
    <message>
        <source>A programme block needs a name and between 1 and %1 minutes.</source>
        <translation>En programblok skal have et navn og mellem 1 og %1 minutter.</translation>
    </message>
    <message>
        <source>Groups need at least %1 students signed up. Sign up the students who come first.</source>
        <translation>Grupper kræver mindst %1 tilmeldte elever. Tilmeld først de elever, der kommer.</translation>
    </message>
    <message>
        <source>The hands up cannot be more than the students asked. Count again.</source>
        <translation>Der kan ikke være flere hænder oppe end elever, der blev spurgt. Tæl igen.</translation>
    </message>
    <message>
        <source>The follow-up is over, so the event’s groups were deleted and cannot be made again.</source>
        <translation>Opfølgningen er slut, så arrangementets grupper er slettet og kan ikke laves igen.</translation>
    </message>
</context>
<context>
    <name>EventNames</name>
    <message>
        <source>Input or talk</source>
        <translation>Oplæg</translation>
    </message>
    <message>
        <source>Workshop or activity</source>
        <translation>Workshop eller aktivitet</translation>
    </message>
    <message>
        <source>Informal time</source>
        <translation>Uformel tid</translation>
    </message>
    <message>
        <source>A clear purpose, aimed at connection, in one sentence</source>
        <translation>Et klart formål om at skabe forbindelser, i én sætning</translation>
    </message>
    <message>
        <source>Room for spontaneous meetings: breaks, a meal, time without a plan</source>
        <translation>Plads til spontane møder: pauser, et måltid, tid uden program</translation>
    </message>
    <message>
        <source>A varied programme: input, activities and informal time</source>
        <translation>Et varieret program: oplæg, aktiviteter og uformel tid</translation>
    </message>
    <message>
        <source>A committed team with clear roles, colleagues and students</source>
        <translation>Et engageret hold med klare roller, kolleger og elever</translation>
    </message>
    <message>
        <source>Follow-up afterwards, so the new contacts last</source>
        <translation>Opfølgning bagefter, så de nye kontakter holder</translation>
    </message>
    <message>
        <source>Day 1: say thank you to the class and the team</source>
        <translation>Dag 1: sig tak til klassen og holdet</translation>
    </message>
    <message>
        <source>Week 1: partner talk “Who did you meet?”</source>
        <translation>Uge 1: makkersnak “Hvem mødte du?”</translation>
    </message>
    <message>
        <source>Week 1: anonymous count “I talked with someone new”</source>
        <translation>Uge 1: anonym optælling “Jeg talte med en ny”</translation>
    </message>
    <message>
        <source>Month 1: a reunion activity in the event groups</source>
        <translation>Måned 1: en aktivitet, hvor grupperne fra arrangementet mødes igen</translation>
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
        <translation>P&amp;rogram</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Hold</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>Tjek&amp;liste</translation>
    </message>
    <message>
        <source>&amp;Sign-up and groups</source>
        <translation>&amp;Tilmelding og grupper</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Opfølgning</translation>
    </message>
    <message>
        <source>&amp;Handouts</source>
        <translation>&amp;Udleveringer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Handouts in</source>
        <translation>Udleveringer på</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klasser</translation>
    </message>
    <message>
        <source>In one sentence: who should meet whom, and why</source>
        <translation>I én sætning: hvem skal møde hvem, og hvorfor</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Starter kl.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Delete event…</source>
        <translation>Slet arrangement…</translation>
    </message>
    <message>
        <source>The event is saved.</source>
        <translation>Arrangementet er gemt.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Slet arrangement</translation>
    </message>
    <message>
        <source>Delete “%1” with its programme, team, sign-up, groups and follow-up? A backup is made first, so it can be restored in Settings.</source>
        <translation>Slet “%1” med program, hold, tilmelding, grupper og opfølgning? Der tages først en sikkerhedskopi, så det kan gendannes under Indstillinger.</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>“%1” er slettet.</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <source>Events</source>
        <translation>Arrangementer</translation>
    </message>
    <message>
        <source>&amp;New event</source>
        <translation>&amp;Nyt arrangement</translation>
    </message>
    <message>
        <source>Plan a community event for one class or several: a trip, a cross-class day, a breakfast. Give it a purpose, a mixed programme and a team; the follow-up comes by itself.</source>
        <translation>Planlæg et fællesskabsarrangement for én eller flere klasser: en tur, en dag på tværs af klasser, en morgenmad. Giv det et formål, et blandet program og et hold; opfølgningen kommer af sig selv.</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>The event puts these steps on each class’s timeline; Home shows them on the day they are due. For the tally, count hands, never names.</source>
        <translation>Arrangementet sætter disse trin på hver klasses tidslinje; Hjem viser dem den dag, de skal gøres. Ved optællingen tæller man hænder, aldrig navne.</translation>
    </message>
    <message>
        <source>&amp;Hands up</source>
        <translation>&amp;Hænder oppe</translation>
    </message>
    <message>
        <source>&amp;of</source>
        <translation>&amp;af</translation>
    </message>
    <message>
        <source>Save the tally</source>
        <translation>Gem optællingen</translation>
    </message>
    <message>
        <source>Choose a tally step in the list first.</source>
        <translation>Vælg først et optællingstrin på listen.</translation>
    </message>
    <message>
        <source>Tally saved: %1 of %2.</source>
        <translation>Optælling gemt: %1 af %2.</translation>
    </message>
</context>
<context>
    <name>FollowUpsToday</name>
    <message>
        <source>Follow-up due</source>
        <translation>Opfølgning i dag</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>How the series works</source>
        <translation>Sådan er forløbet bygget op</translation>
    </message>
    <message>
        <source>Seven lessons and a follow-up later in the year, about community, class culture, partnerships, loneliness and what to do when you or a friend is not thriving. Every lesson opens the same calm way, with partners greeting each other, and ends with something to do before next time. Home shows each class&apos;s next lesson; Handouts has everything to print for it.</source>
        <translation>Syv lektioner og en opfølgning senere på året om fællesskab, klassekultur, makkerskaber, ensomhed og hvad man kan gøre, når man selv eller en ven ikke trives. Hver lektion starter på samme rolige måde, hvor makkerne hilser på hinanden, og slutter med noget konkret at gøre før næste gang. Hjem viser hver klasses næste lektion; under Udleveringsark ligger alt, der skal printes til den.</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Makkerskaber</translation>
    </message>
    <message>
        <source>Every student has a partner, and two pairs make a partnership group. Make new ones a few times a year on Partnerships: the app mixes the class so that students meet new classmates, and keeps the rules you set.</source>
        <translation>Alle elever har en makker, og to par udgør en makkergruppe. Lav nye et par gange om året under Makkerskaber: programmet blander klassen, så eleverne møder nye klassekammerater, og overholder de regler, du sætter.</translation>
    </message>
    <message>
        <source>Running a lesson</source>
        <translation>Sådan kører du en lektion</translation>
    </message>
    <message>
        <source>Start the next lesson with the button on its class card. The class view shows only what the class may see; your notes, the timer and the steps are in the presenter view. Esc leaves the lesson, and the place is kept for next time.</source>
        <translation>Start den næste lektion med knappen på klassens kort. Klassens visning viser kun det, klassen må se; dine noter, timeren og trinene står i lærerens visning. Esc forlader lektionen, og stedet bliver husket til næste gang.</translation>
    </message>
    <message>
        <source>Two screens</source>
        <translation>To skærme</translation>
    </message>
    <message>
        <source>With a projector as a second screen, the class view goes there and the presenter view stays on yours. If it picks the wrong screen, choose another in the presenter view. If the projector is unplugged, the lesson goes on.</source>
        <translation>Med en projektor som anden skærm kommer klassens visning derop, og lærerens visning bliver på din skærm. Vælger programmet den forkerte skærm, så vælg en anden i lærerens visning. Bliver projektoren trukket ud, fortsætter lektionen.</translation>
    </message>
    <message>
        <source>One screen (a mirrored smartboard)</source>
        <translation>Én skærm (en spejlet tavle)</translation>
    </message>
    <message>
        <source>The class sees everything on the screen. Work from the bar at the bottom of the class view: move on, the timer, black and calm screens, counts and charter rules, the keys. Your notes stay hidden until you choose to show them to the class; private notes are never shown on one screen.</source>
        <translation>Klassen ser alt på skærmen. Arbejd fra bjælken nederst i klassens visning: videre, timeren, sort og rolig skærm, optællinger og spilleregler, tasterne. Dine noter forbliver skjult, indtil du vælger at vise dem for klassen; private noter vises aldrig, når der kun er én skærm.</translation>
    </message>
    <message>
        <source>How Netwerk Desktop works</source>
        <translation>Sådan virker Netwerk Desktop</translation>
    </message>
    <message>
        <source>The keys during a lesson</source>
        <translation>Tasterne i en lektion</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Show on the projector</source>
        <translation>Vis på projektoren</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Gem som PDF…</translation>
    </message>
</context>
<context>
    <name>HandoutChoices</name>
    <message>
        <source>Community</source>
        <translation>Fællesskab</translation>
    </message>
    <message>
        <source>Class culture</source>
        <translation>Klassekultur</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Makkerskaber</translation>
    </message>
    <message>
        <source>Loneliness</source>
        <translation>Ensomhed</translation>
    </message>
    <message>
        <source>Failing to thrive</source>
        <translation>Mistrivsel</translation>
    </message>
    <message>
        <source>Worried about a friend</source>
        <translation>Bekymret for en ven</translation>
    </message>
    <message>
        <source>When you are not thriving</source>
        <translation>Når man ikke trives</translation>
    </message>
    <message>
        <source>Online life</source>
        <translation>Livet online</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Hvad skal printes?</translation>
    </message>
    <message>
        <source>One copy to photocopy</source>
        <translation>Ét eksemplar til kopiering</translation>
    </message>
    <message>
        <source>The school’s help contacts…</source>
        <translation>Skolens hjælpekontakter …</translation>
    </message>
    <message>
        <source>The lesson’s themes</source>
        <translation>Lektionens temaer</translation>
    </message>
    <message>
        <source>Everything for lesson %1</source>
        <translation>Alt til lektion %1</translation>
    </message>
    <message>
        <source>A worksheet for every student, the teacher guide, help cards, and the partnerships if the class has them.</source>
        <translation>Et elevark til hver elev, lærervejledningen, hjælpekort og makkerskaberne, hvis klassen har dem.</translation>
    </message>
    <message>
        <source>Worksheets, teacher guides and discussion cards are made for a lesson.</source>
        <translation>Elevark, lærervejledninger og samtalekort laves til en bestemt lektion.</translation>
    </message>
    <message>
        <source>Discussion cards for one theme, or for the themes of the chosen lesson.</source>
        <translation>Samtalekort til ét tema eller til temaerne i den valgte lektion.</translation>
    </message>
    <message>
        <source>Enough cards for every student</source>
        <translation>Nok kort til alle elever</translation>
    </message>
    <message>
        <source>One per student, with names</source>
        <translation>Ét til hver elev, med navn</translation>
    </message>
    <message>
        <source>The lesson’s themes (%1)</source>
        <translation>Lektionens temaer (%1)</translation>
    </message>
</context>
<context>
    <name>HandoutKinds</name>
    <message>
        <source>Worksheet</source>
        <translation>Elevark</translation>
    </message>
    <message>
        <source>The lesson’s goals, exercises and questions with room to write.</source>
        <translation>Lektionens mål, øvelser og spørgsmål med plads til at skrive.</translation>
    </message>
    <message>
        <source>Teacher guide</source>
        <translation>Lærervejledning</translation>
    </message>
    <message>
        <source>Every step of the lesson with times, notes and questions.</source>
        <translation>Lektionen trin for trin med tider, noter og spørgsmål.</translation>
    </message>
    <message>
        <source>List of partners</source>
        <translation>Liste over makkere</translation>
    </message>
    <message>
        <source>All partners and partnership groups, for the wall and colleagues.</source>
        <translation>Alle makkere og makkergrupper – til opslagstavlen og kollegerne.</translation>
    </message>
    <message>
        <source>Partnership group cards</source>
        <translation>Kort til makkergrupperne</translation>
    </message>
    <message>
        <source>A card per group to cut out: names and what partners do.</source>
        <translation>Et kort pr. gruppe til at klippe ud: navne og hvad makkere gør.</translation>
    </message>
    <message>
        <source>Class charter poster</source>
        <translation>Plakat med klassens spilleregler</translation>
    </message>
    <message>
        <source>The rules the class agreed, in large type.</source>
        <translation>De regler, klassen er blevet enige om, med stor skrift.</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Her kan du få hjælp</translation>
    </message>
    <message>
        <source>Cards to cut out with the school’s contacts, 112 and 116&#xa0;111.</source>
        <translation>Kort til at klippe ud med skolens kontakter, 112 og 116&#xa0;111.</translation>
    </message>
    <message>
        <source>Discussion cards</source>
        <translation>Samtalekort</translation>
    </message>
    <message>
        <source>Questions for a theme on cards to cut out.</source>
        <translation>Spørgsmål til et tema på kort til at klippe ud.</translation>
    </message>
    <message>
        <source>Network map</source>
        <translation>Netværkskort</translation>
    </message>
    <message>
        <source>Circles where students draw the people in their lives.</source>
        <translation>Cirkler, hvor eleverne tegner de mennesker, de har omkring sig.</translation>
    </message>
    <message>
        <source>Sorting cards</source>
        <translation>Sorteringskort</translation>
    </message>
    <message>
        <source>The lesson’s sorting cards to cut out, a set per group of four.</source>
        <translation>Lektionens sorteringskort til at klippe ud, ét sæt pr. gruppe på fire.</translation>
    </message>
    <message>
        <source>Sorting sheet</source>
        <translation>Sorteringsark</translation>
    </message>
    <message>
        <source>Nothing to cut: the statements numbered on a sheet per group.</source>
        <translation>Intet at klippe: udsagnene nummereret på ét ark pr. gruppe.</translation>
    </message>
    <message>
        <source>Partnerships for colleagues</source>
        <translation>Makkerskaber til kollegerne</translation>
    </message>
    <message>
        <source>One page for the class’s other teachers: partners in their subject.</source>
        <translation>Én side til klassens andre lærere: makkerskaber i deres fag.</translation>
    </message>
    <message>
        <source>Needs-and-offers slips</source>
        <translation>Sedler til behov og tilbud</translation>
    </message>
    <message>
        <source>A slip per student with a code from the class’s board; no names.</source>
        <translation>En seddel pr. elev med en kode fra klassens tavle – ingen navne.</translation>
    </message>
    <message>
        <source>Introduction cards</source>
        <translation>Introduktionskort</translation>
    </message>
    <message>
        <source>For introductions the mentor makes: codes, never phone numbers.</source>
        <translation>Til introduktioner gennem mentoren: koder, aldrig telefonnumre.</translation>
    </message>
    <message>
        <source>Needs-and-offers poster</source>
        <translation>Plakat om behov og tilbud</translation>
    </message>
    <message>
        <source>The board’s categories and how it works.</source>
        <translation>Tavlens kategorier, og hvordan den virker.</translation>
    </message>
    <message>
        <source>Needs-and-offers follow-up</source>
        <translation>Opfølgning på behov og tilbud</translation>
    </message>
    <message>
        <source>Needs and offers per category and status: counts only.</source>
        <translation>Behov og tilbud pr. kategori og status – kun tal.</translation>
    </message>
    <message>
        <source>Directory leaflet</source>
        <translation>Folder med fællesskaber</translation>
    </message>
    <message>
        <source>The school’s local communities by category, with last checked.</source>
        <translation>Skolens oversigt over fællesskaber efter kategori, med hvornår de sidst er tjekket.</translation>
    </message>
    <message>
        <source>Directory pocket cards</source>
        <translation>Lommekort med fællesskaber</translation>
    </message>
    <message>
        <source>A card per place of the school’s directory.</source>
        <translation>Et kort pr. sted i skolens oversigt.</translation>
    </message>
</context>
<context>
    <name>HandoutPreview</name>
    <message>
        <source>Print…</source>
        <translation>Udskriv …</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Gem som PDF …</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Åbn i PDF-fremviser</translation>
    </message>
    <message>
        <source>Print all…</source>
        <translation>Udskriv alle …</translation>
    </message>
    <message>
        <source>Save all…</source>
        <translation>Gem alle …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Choose a class and a handout to see it here.</source>
        <translation>Vælg en klasse og et udleveringsark for at se det her.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>Sender til printeren …</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>Gem arket som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gemt som %1</translation>
    </message>
    <message>
        <source>Choose a folder for the handouts</source>
        <translation>Vælg en mappe til arkene</translation>
    </message>
    <message numerus="yes">
        <source>%n handout(s) saved in %1</source>
        <translation>
            <numerusform>%n ark er gemt i %1</numerusform>
            <numerusform>%n ark er gemt i %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>The handout could not be saved as %1 (%2). Choose another folder, or close the file if it is open in another program.</source>
        <translation>Arket kunne ikke gemmes som %1 (%2). Vælg en anden mappe, eller luk filen, hvis den er åben i et andet program.</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>Ingen PDF-fremviser</translation>
    </message>
    <message>
        <source>No program for PDF files was found. Use “Save as PDF…” instead.</source>
        <translation>Der blev ikke fundet et program til PDF-filer. Brug „Gem som PDF …“ i stedet.</translation>
    </message>
</context>
<context>
    <name>HandoutPrinting</name>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n side er sendt til printeren.</numerusform>
            <numerusform>%n sider er sendt til printeren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Ikke udskrevet</translation>
    </message>
    <message>
        <source>The printer did not accept the handout. Check that it is switched on and has paper, or save the handout as PDF and print it from there.</source>
        <translation>Printeren tog ikke imod arket. Tjek, at den er tændt og har papir, eller gem arket som PDF, og udskriv det derfra.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Udskrivningen blev annulleret.</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Ingen printer</translation>
    </message>
    <message>
        <source>No printer is set up on this computer.</source>
        <translation>Der er ikke sat en printer op på denne computer.</translation>
    </message>
    <message>
        <source>Save the handout as a PDF file and print it from a computer with a printer, or ask the school’s IT support to set up the printer here.</source>
        <translation>Gem arket som PDF-fil, og udskriv det fra en computer med printer, eller bed skolens IT-support om at sætte printeren op her.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Gem som PDF …</translation>
    </message>
</context>
<context>
    <name>HandoutProblem</name>
    <message>
        <source>%1 has no students yet, so there are no names to print. Add the students, or print one copy to hand out.</source>
        <translation>%1 har ingen elever endnu, så der er ingen navne at udskrive. Tilføj eleverne, eller udskriv ét eksemplar til kopiering.</translation>
    </message>
    <message>
        <source>Add students</source>
        <translation>Tilføj elever</translation>
    </message>
    <message>
        <source>%1 has no partnerships yet. Make the partnerships first; then the list and the cards can be printed.</source>
        <translation>%1 har ingen makkerskaber endnu. Lav makkerskaberne først, så kan listen og kortene udskrives.</translation>
    </message>
    <message>
        <source>Go to Partnerships</source>
        <translation>Gå til Makkerskaber</translation>
    </message>
    <message>
        <source>%1 has not saved a class charter yet. The class agrees on its rules in the lesson about class culture; once they are saved, the poster can be printed.</source>
        <translation>%1 har ikke gemt klassens spilleregler endnu. Klassen aftaler reglerne i lektionen om klassekultur – når de er gemt, kan plakaten udskrives.</translation>
    </message>
    <message>
        <source>Go to Lessons</source>
        <translation>Gå til Lektioner</translation>
    </message>
    <message>
        <source>%1 has no open needs-and-offers board. Open the board first; its slips carry its codes.</source>
        <translation>%1 har ingen åben tavle med behov og tilbud. Åbn tavlen først – sedlerne har tavlens koder.</translation>
    </message>
    <message>
        <source>Go to Needs and offers</source>
        <translation>Gå til Behov og tilbud</translation>
    </message>
    <message>
        <source>The school’s directory has no entries yet. Add the first places, then print the leaflet.</source>
        <translation>Skolens oversigt er tom endnu. Tilføj de første steder, og udskriv så folderen.</translation>
    </message>
    <message>
        <source>Go to Directory</source>
        <translation>Gå til Oversigt</translation>
    </message>
    <message>
        <source>Choose a theme or a lesson for the discussion cards.</source>
        <translation>Vælg et tema eller en lektion til samtalekortene.</translation>
    </message>
    <message>
        <source>This handout is the same for everyone, so print one copy.</source>
        <translation>Dette ark er ens for alle, så udskriv ét eksemplar.</translation>
    </message>
    <message>
        <source>Choose a lesson for this handout.</source>
        <translation>Vælg en lektion til dette ark.</translation>
    </message>
    <message>
        <source>There is nothing to print on this handout yet.</source>
        <translation>Der er ikke noget at udskrive på dette ark endnu.</translation>
    </message>
    <message>
        <source>Handouts are printed in Danish, English or Dutch. Choose one of them as the class’s language.</source>
        <translation>Udleveringsark udskrives på dansk, engelsk eller nederlandsk. Vælg et af dem som klassens sprog.</translation>
    </message>
    <message>
        <source>Edit the class</source>
        <translation>Redigér klassen</translation>
    </message>
    <message>
        <source>The handout could not be written to %1. Check that the folder exists and that there is free space.</source>
        <translation>Arket kunne ikke skrives til %1. Tjek, at mappen findes, og at der er plads nok.</translation>
    </message>
</context>
<context>
    <name>HandoutResultModel</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutsScreen</name>
    <message>
        <source>Handouts</source>
        <translation>Udleveringsark</translation>
    </message>
    <message>
        <source>Making the handout “%1”…</source>
        <translation>Laver arket „%1“ …</translation>
    </message>
    <message>
        <source>Making the handouts for lesson %1…</source>
        <translation>Laver arkene til lektion %1 …</translation>
    </message>
    <message numerus="yes">
        <source>%n handout(s) ready to print.</source>
        <translation>
            <numerusform>%n ark er klar til udskrivning.</numerusform>
            <numerusform>%n ark er klar til udskrivning.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing new was made.</source>
        <translation>Stoppet. Der blev ikke lavet noget nyt.</translation>
    </message>
    <message>
        <source>The help contacts are not filled in</source>
        <translation>Skolens kontakter til hjælp er ikke udfyldt</translation>
    </message>
    <message>
        <source>The “Where to get help” cards in this set name the school’s contacts: the student counsellor and whom to talk to. They are not filled in yet, so the cards would have blank lines there.</source>
        <translation>Kortene „Her kan du få hjælp“ i dette sæt nævner skolens kontakter: studievejlederen og hvem man kan tale med. De er ikke udfyldt endnu, så kortene ville have tomme linjer der.</translation>
    </message>
    <message>
        <source>Fill them in now…</source>
        <translation>Udfyld dem nu…</translation>
    </message>
    <message>
        <source>Print with blank lines</source>
        <translation>Udskriv med tomme linjer</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Ikke tilgængelig</translation>
    </message>
    <message>
        <source>The help contacts are saved.</source>
        <translation>Hjælpekontakterne er gemt.</translation>
    </message>
</context>
<context>
    <name>HelpContactsDialog</name>
    <message>
        <source>Where to get help: the school’s contacts</source>
        <translation>Her kan du få hjælp: skolens kontakter</translation>
    </message>
    <message>
        <source>These contacts are printed on the “Where to get help” cards for every class. A field left empty prints as a line to write on. 112 and 116 111 are always printed.</source>
        <translation>Kontakterne står på kortene „Her kan du få hjælp“ i alle klasser. Et tomt felt bliver til en linje, man kan skrive på. 112 og 116 111 står der altid.</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Keys during a lesson</source>
        <translation>Taster i en lektion</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Saved rotations</source>
        <translation>Gemte runder</translation>
    </message>
    <message>
        <source>No rotations saved yet.</source>
        <translation>Ingen runder gemt endnu.</translation>
    </message>
    <message>
        <source>Partner history</source>
        <translation>Makkerhistorik</translation>
    </message>
    <message>
        <source>Who has worked with whom</source>
        <translation>Hvem har arbejdet med hvem</translation>
    </message>
    <message>
        <source>The arrow keys move between squares; the sentence below says how often.</source>
        <translation>Piletasterne flytter mellem felterne; sætningen nedenunder fortæller, hvor tit.</translation>
    </message>
    <message>
        <source>The stronger the colour, the more often the two worked together; partners count three times a shared group. Click a name for the student&apos;s history.</source>
        <translation>Jo stærkere farve, jo oftere har de to arbejdet sammen; at være makkere tæller tre gange så meget som at dele gruppe. Klik på et navn for at se elevens historik.</translation>
    </message>
    <message>
        <source>Point at or click a square to see how often.</source>
        <translation>Peg på eller klik på et felt for at se, hvor tit.</translation>
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
    <message>
        <source>Archive the class?</source>
        <translation>Arkivér klassen?</translation>
    </message>
    <message>
        <source>%1 leaves Home and the lists. Its lessons, partnerships and charter are kept; “Show archived classes” in Classes brings it back.</source>
        <translation>%1 forsvinder fra Hjem og listerne. Lektioner, makkerskaber og spilleregler bliver gemt; „Vis arkiverede klasser“ under Klasser henter den frem igen.</translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation>Ikke arkiveret</translation>
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
        <source>CSV, text or Excel (.xlsx) from the school&apos;s system</source>
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
    <name>LessonDetail</name>
    <message>
        <source>Choose a lesson</source>
        <translation>Vælg en lektion</translation>
    </message>
    <message>
        <source>Lesson %1: %2</source>
        <translation>Lektion %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n trin</numerusform>
            <numerusform>%n trin</numerusform>
        </translation>
    </message>
    <message>
        <source>Parts of this lesson are not translated yet, so they are shown in Danish.</source>
        <translation>Dele af lektionen er ikke oversat endnu, så de vises på dansk.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>No materials needed.</source>
        <translation>Der skal ikke bruges materialer.</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materialer</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Forberedelse</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Trin</translation>
    </message>
</context>
<context>
    <name>LessonListModel</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n trin</numerusform>
            <numerusform>%n trin</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonProgress</name>
    <message>
        <source>Done</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Gennemført %1</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>In progress: step %1 of %2</source>
        <translation>I gang: trin %1 af %2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
</context>
<context>
    <name>LessonProgressModel</name>
    <message>
        <source>%1 · next</source>
        <translation>%1 · næste</translation>
    </message>
</context>
<context>
    <name>LessonProgressPanel</name>
    <message>
        <source>Mark as done</source>
        <translation>Markér som gennemført</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Nulstil…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>%1 of %2 lessons done</source>
        <translation>%1 af %2 lektioner gennemført</translation>
    </message>
    <message>
        <source>Continue lesson %1</source>
        <translation>Fortsæt lektion %1</translation>
    </message>
    <message>
        <source>Start lesson %1</source>
        <translation>Start lektion %1</translation>
    </message>
    <message>
        <source>Run this lesson</source>
        <translation>Start lektionen</translation>
    </message>
    <message>
        <source>Run lesson %1 again</source>
        <translation>Tag lektion %1 igen</translation>
    </message>
    <message>
        <source>Continue %1, lesson %2</source>
        <translation>Fortsæt %1, lektion %2</translation>
    </message>
    <message>
        <source>Start %1, lesson %2</source>
        <translation>Start %1, lektion %2</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Lesson %1 is marked as done.</source>
        <translation>Lektion %1 er markeret som gennemført.</translation>
    </message>
    <message>
        <source>Reset lesson %1?</source>
        <translation>Nulstil lektion %1?</translation>
    </message>
    <message>
        <source>Lesson %1 will show as not started, and a new run starts at its first step. You can undo this.</source>
        <translation>Lektion %1 vises som ikke startet, og næste gang begynder den ved første trin. Du kan fortryde det.</translation>
    </message>
    <message>
        <source>Not reset</source>
        <translation>Ikke nulstillet</translation>
    </message>
    <message>
        <source>Lesson %1 is back to “not started”.</source>
        <translation>Lektion %1 står igen som »ikke startet«.</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Ikke fortrudt</translation>
    </message>
</context>
<context>
    <name>LessonsScreen</name>
    <message>
        <source>Lessons</source>
        <translation>Lektioner</translation>
    </message>
    <message>
        <source>Lesson series</source>
        <translation>Lektionsforløb</translation>
    </message>
    <message>
        <source>Prompt library</source>
        <translation>Spørgsmålsbank</translation>
    </message>
    <message>
        <source>The lesson texts could not be read, so there is nothing to show here. Reinstalling Netwerk Desktop puts them back.</source>
        <translation>Lektionsteksterne kunne ikke indlæses, så der er intet at vise her. Installér Netwerk Desktop igen, så kommer de tilbage.</translation>
    </message>
    <message>
        <source>Loading the lessons…</source>
        <translation>Henter lektionerne …</translation>
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
    <message>
        <source>&amp;How Netwerk Desktop works…</source>
        <translation>&amp;Sådan virker Netwerk Desktop…</translation>
    </message>
    <message>
        <source>&amp;Search lessons, prompts and activities…</source>
        <translation>&amp;Søg i lektioner, spørgsmål og aktiviteter…</translation>
    </message>
</context>
<context>
    <name>MeetingFiles</name>
    <message>
        <source>Calendar file (.ics)</source>
        <translation>Kalenderfil (.ics)</translation>
    </message>
    <message>
        <source>Sign-ups (CSV)</source>
        <translation>Tilmeldinger (CSV)</translation>
    </message>
    <message>
        <source>Invitation and agenda (PDF)</source>
        <translation>Invitation og dagsorden (PDF)</translation>
    </message>
    <message>
        <source>Sign-up sheet (PDF)</source>
        <translation>Tilmeldingsliste (PDF)</translation>
    </message>
    <message>
        <source>Name badges (PDF)</source>
        <translation>Navneskilte (PDF)</translation>
    </message>
    <message>
        <source>Minutes (PDF)</source>
        <translation>Referat (PDF)</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Gem filen</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>møde</translation>
    </message>
    <message>
        <source>sign-ups</source>
        <translation>tilmeldinger</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 er gemt.</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Dagsorden</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Referat</translation>
    </message>
    <message>
        <source>&amp;Sign-up</source>
        <translation>&amp;Tilmelding</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Vært</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Tilmeld</translation>
    </message>
    <message>
        <source>A guest’s name (nothing else is kept)</source>
        <translation>En gæsts navn (intet andet gemmes)</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>Tilføj gæst</translation>
    </message>
    <message>
        <source>Meeting at %1</source>
        <translation>Møde hos %1</translation>
    </message>
    <message>
        <source>Meeting in person (no host yet)</source>
        <translation>Fysisk møde (ingen vært endnu)</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation>Onlinemøde</translation>
    </message>
    <message>
        <source>%1 to %2 · %3 · %4 signed up</source>
        <translation>%1 til %2 · %3 · %4 tilmeldt</translation>
    </message>
    <message>
        <source>No host</source>
        <translation>Ingen vært</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Only work details, and only with the member’s consent: the date they agreed to be listed is kept with them. Removing a member removes their sign-ups and votes too.</source>
        <translation>Kun arbejdsoplysninger, og kun med medlemmets samtykke: datoen for samtykket gemmes sammen med dem. Fjerner man et medlem, forsvinder deres tilmeldinger og stemmer også.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skole</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Work e-mail</source>
        <translation>Arbejdsmail</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>S&amp;chool</source>
        <translation>S&amp;kole</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>Work &amp;e-mail</source>
        <translation>Arbejds&amp;mail</translation>
    </message>
    <message>
        <source>They agreed to be listed, on</source>
        <translation>Har givet samtykke til at stå på listen, den</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Tilføj medlem</translation>
    </message>
    <message>
        <source>Remove member…</source>
        <translation>Fjern medlem…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Fjern medlem</translation>
    </message>
    <message>
        <source>Remove %1 with their sign-ups and votes?</source>
        <translation>Fjern %1 med tilmeldinger og stemmer?</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>What was said and agreed</source>
        <translation>Hvad der blev sagt og aftalt</translation>
    </message>
    <message>
        <source>Save the notes</source>
        <translation>Gem noterne</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Opgaver</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Hvad skal gøres</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Senest</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Tilføj opgave</translation>
    </message>
    <message>
        <source>%1 — %2, by %3</source>
        <translation>%1 — %2, senest %3</translation>
    </message>
    <message>
        <source>The minutes are saved.</source>
        <translation>Referatet er gemt.</translation>
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
        <source>Needs and offers</source>
        <translation>Behov og tilbud</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>Udleveringsark</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Arrangementer</translation>
    </message>
    <message>
        <source>Teachers&apos; network</source>
        <translation>Lærernetværk</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
</context>
<context>
    <name>NetworkErrors</name>
    <message>
        <source>Type a name first.</source>
        <translation>Skriv først et navn.</translation>
    </message>
    <message>
        <source>That text is too long: at most %1 characters.</source>
        <translation>Teksten er for lang: højst %1 tegn.</translation>
    </message>
    <message>
        <source>A member is added only with their consent. Ask them, then tick the box and give the date they agreed.</source>
        <translation>Et medlem tilføjes kun med samtykke. Spørg først, sæt så flueben og angiv datoen for samtykket.</translation>
    </message>
    <message>
        <source>The date of consent cannot be in the future.</source>
        <translation>Datoen for samtykket kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
        <source>That is not an e-mail address. Check it, or leave the field empty.</source>
        <translation>Det er ikke en mailadresse. Tjek den, eller lad feltet stå tomt.</translation>
    </message>
    <message>
        <source>The meeting rhythm needs at least one meeting on a real day of the month.</source>
        <translation>Mødeplanen skal have mindst ét møde på en rigtig dag i måneden.</translation>
    </message>
    <message>
        <source>That time zone is not known. Use a name like Europe/Copenhagen.</source>
        <translation>Den tidszone kendes ikke. Brug et navn som Europe/Copenhagen.</translation>
    </message>
    <message>
        <source>A meeting has at most %1 talks, so there is time to exchange experience.</source>
        <translation>Et møde har højst %1 oplæg, så der er tid til at udveksle erfaringer.</translation>
    </message>
    <message>
        <source>An agenda item takes between 1 and %1 minutes.</source>
        <translation>Et dagsordenspunkt varer mellem 1 og %1 minutter.</translation>
    </message>
    <message>
        <source>An online meeting has no host school.</source>
        <translation>Et onlinemøde har ingen værtsskole.</translation>
    </message>
    <message>
        <source>%1 said it cannot host. Choose another school, or change it under Schools.</source>
        <translation>%1 har sagt, at skolen ikke kan være vært. Vælg en anden skole, eller ret det under Skoler.</translation>
    </message>
    <message>
        <source>Plan between 1 and %1 school years.</source>
        <translation>Planlæg mellem 1 og %1 skoleår.</translation>
    </message>
    <message>
        <source>That file is not a network pack, or it is damaged. Nothing was changed; ask for the pack again.</source>
        <translation>Filen er ikke en netværkspakke, eller den er beskadiget. Intet er ændret; bed om pakken igen.</translation>
    </message>
    <message>
        <source>That pack was made by a newer Netwerk Desktop. Nothing was changed; update the app to import it.</source>
        <translation>Pakken er lavet af en nyere Netwerk Desktop. Intet er ændret; opdatér programmet for at importere den.</translation>
    </message>
    <message>
        <source>The class has no open board. Open one first.</source>
        <translation>Klassen har ingen åben tavle. Åbn en først.</translation>
    </message>
    <message>
        <source>The class has an open board already. Close it before opening a new one.</source>
        <translation>Klassen har allerede en åben tavle. Luk den, før du åbner en ny.</translation>
    </message>
    <message>
        <source>The board is closed, so nothing can be added or changed on it.</source>
        <translation>Tavlen er lukket, så der kan ikke tilføjes eller ændres noget.</translation>
    </message>
    <message>
        <source>The closing date has passed. Choose today or a day ahead.</source>
        <translation>Lukkedatoen er overskredet. Vælg i dag eller en dag frem i tiden.</translation>
    </message>
    <message>
        <source>“%1” is not a slip code. A code is three of these letters: %2.</source>
        <translation>»%1« er ikke en kode fra en seddel. En kode er tre af disse bogstaver: %2.</translation>
    </message>
    <message>
        <source>Code %1 is on the board with this kind already. A slip has one need and one offer.</source>
        <translation>Kode %1 står allerede på tavlen med denne slags. En seddel har ét behov og ét tilbud.</translation>
    </message>
    <message>
        <source>Write what the slip says.</source>
        <translation>Skriv, hvad der står på sedlen.</translation>
    </message>
    <message>
        <source>A slip’s text can have at most %1 characters. Shorten it.</source>
        <translation>Teksten fra en seddel må højst have %1 tegn. Gør den kortere.</translation>
    </message>
    <message>
        <source>The text holds a name from the class list (%1). Write it without the name: the board never shows who wrote a slip or who it is about.</source>
        <translation>Teksten indeholder et navn fra klasselisten (%1). Skriv den uden navnet: Tavlen viser aldrig, hvem der har skrevet en seddel, eller hvem den handler om.</translation>
    </message>
    <message>
        <source>A match is one need and one offer. Choose one of each.</source>
        <translation>Et match er ét behov og ét tilbud. Vælg ét af hver.</translation>
    </message>
    <message>
        <source>These come from the same slip. A slip’s offer cannot meet its own need.</source>
        <translation>De kommer fra samme seddel. En seddels tilbud kan ikke dække dens eget behov.</translation>
    </message>
    <message>
        <source>%1 is not on the board. Post it first, then match it.</source>
        <translation>%1 står ikke på tavlen. Sæt det op først, og lav så matchet.</translation>
    </message>
    <message>
        <source>These two are matched already.</source>
        <translation>De to har allerede et match.</translation>
    </message>
    <message>
        <source>This is no longer on the board. It may have been removed.</source>
        <translation>Det står ikke længere på tavlen. Det er måske blevet fjernet.</translation>
    </message>
    <message>
        <source>Line %1 of the file: %2</source>
        <translation>Linje %1 i filen: %2</translation>
    </message>
    <message>
        <source>The entry needs a name: the club, the association or the place.</source>
        <translation>Stedet skal have et navn: klubben, foreningen eller stedet.</translation>
    </message>
    <message>
        <source>The ages do not make sense. Write the youngest and the oldest age, or leave them empty.</source>
        <translation>Aldrene giver ikke mening. Skriv den yngste og den ældste alder, eller lad felterne være tomme.</translation>
    </message>
    <message>
        <source>An entry cannot be checked on a day still to come.</source>
        <translation>Et sted kan ikke være tjekket på en dag, der ikke er kommet endnu.</translation>
    </message>
    <message>
        <source>Another entry is already this line of the help card.</source>
        <translation>Et andet sted er allerede denne linje på hjælpekortet.</translation>
    </message>
    <message>
        <source>%1 has no column called “name”, so nothing was imported. Export the directory once to see the columns it reads.</source>
        <translation>%1 har ingen kolonne, der hedder »name«, så intet blev importeret. Eksportér oversigten én gang for at se de kolonner, den læser.</translation>
    </message>
    <message>
        <source>%1 could not be read, so nothing was imported.</source>
        <translation>%1 kunne ikke læses, så intet blev importeret.</translation>
    </message>
    <message>
        <source>%1 could not be written. Check that the folder exists and that there is free space.</source>
        <translation>%1 kunne ikke gemmes. Tjek, at mappen findes, og at der er plads.</translation>
    </message>
    <message>
        <source>This entry is no longer in the directory. It may have been removed.</source>
        <translation>Stedet er ikke længere i oversigten. Det er måske blevet fjernet.</translation>
    </message>
</context>
<context>
    <name>NetworkNames</name>
    <message>
        <source>Welcome</source>
        <translation>Velkomst</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Oplæg</translation>
    </message>
    <message>
        <source>Exchange of experience</source>
        <translation>Erfaringsudveksling</translation>
    </message>
    <message>
        <source>Host’s tour</source>
        <translation>Værtens rundvisning</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Åbne opgaver</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Next meeting and topics</source>
        <translation>Næste møde og emner</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Fysisk</translation>
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
        <translation>Lærernetværk</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Skoler</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Emner</translation>
    </message>
    <message>
        <source>&amp;Plan the meetings…</source>
        <translation>&amp;Planlæg møderne…</translation>
    </message>
    <message>
        <source>Export the network pack…</source>
        <translation>Eksportér netværkspakken…</translation>
    </message>
    <message>
        <source>Import a network pack…</source>
        <translation>Importér en netværkspakke…</translation>
    </message>
    <message>
        <source>The contact teachers of several schools meet a few times a year: one online and two in person, hosted in turn. Add the schools, then plan the meetings.</source>
        <translation>Kontaktlærerne fra flere skoler mødes et par gange om året: én gang online og to gange fysisk, hos skolerne på skift. Tilføj skolerne, og planlæg så møderne.</translation>
    </message>
    <message>
        <source>Export the network pack</source>
        <translation>Eksportér netværkspakken</translation>
    </message>
    <message>
        <source>Network pack (*.json)</source>
        <translation>Netværkspakke (*.json)</translation>
    </message>
    <message>
        <source>Import a network pack</source>
        <translation>Importér en netværkspakke</translation>
    </message>
    <message>
        <source>New meetings: %1. Updated: %2. Already up to date: %3. Newer here: %4.</source>
        <translation>Nye møder: %1. Opdateret: %2. Allerede opdateret: %3. Nyere her: %4.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 er gemt.</translation>
    </message>
</context>
<context>
    <name>NetworksScreen</name>
    <message>
        <source>Needs and offers</source>
        <translation>Behov og tilbud</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Open a board…</source>
        <translation>Åbn en tavle …</translation>
    </message>
    <message>
        <source>Show to the class</source>
        <translation>Vis for klassen</translation>
    </message>
    <message>
        <source>The board on the projector: codes, categories and texts, never a name. Page Down and Page Up turn its pages; Esc on the projector stops showing it.</source>
        <translation>Tavlen på projektoren: koder, kategorier og tekster – aldrig et navn. Page Down og Page Up skifter side; Esc på projektoren stopper visningen.</translation>
    </message>
    <message>
        <source>Slips as PDF…</source>
        <translation>Sedler som PDF …</translation>
    </message>
    <message>
        <source>Introduction cards as PDF…</source>
        <translation>Introduktionskort som PDF …</translation>
    </message>
    <message>
        <source>Close the board…</source>
        <translation>Luk tavlen …</translation>
    </message>
    <message>
        <source>Match (M)</source>
        <translation>Match (M)</translation>
    </message>
    <message>
        <source>Select a need and an offer, then press M – or drag one onto the other.</source>
        <translation>Vælg et behov og et tilbud, og tryk M – eller træk det ene hen på det andet.</translation>
    </message>
    <message>
        <source>Introduction through the mentor</source>
        <translation>Introduktion gennem mentoren</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Sæt op</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <source>Not posted…</source>
        <translation>Ikke sat op …</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Lykkedes</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket tilbage</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Remove match</source>
        <translation>Fjern match</translation>
    </message>
    <message>
        <source>To follow up in person</source>
        <translation>Følg op personligt</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Fulgt op</translation>
    </message>
    <message>
        <source>%1 (introduction)</source>
        <translation>%1 (introduktion)</translation>
    </message>
    <message>
        <source>No classes yet. Create a class first.</source>
        <translation>Der er ingen klasser endnu. Opret en klasse først.</translation>
    </message>
    <message>
        <source>%1 has no open board. Its last board kept %2 needs and %3 offers as counts only. Open a new board when the class writes slips.</source>
        <translation>%1 har ingen åben tavle. Den sidste tavle gemte %2 behov og %3 tilbud – kun som tal. Åbn en ny tavle, når klassen skriver sedler.</translation>
    </message>
    <message>
        <source>%1 has no board yet. Open one before the lesson on needs and offers; its slips carry its codes.</source>
        <translation>%1 har ingen tavle endnu. Åbn en før lektionen om behov og tilbud – sedlerne har tavlens koder.</translation>
    </message>
    <message>
        <source>Open until %1 · %2 needs · %3 offers · %4 matches</source>
        <translation>Åben til %1 · %2 behov · %3 tilbud · %4 match</translation>
    </message>
    <message>
        <source>Matched.</source>
        <translation>Match lavet.</translation>
    </message>
    <message>
        <source>Closing the board of %1 deletes every text and code on it from the school server. Only the number of needs and offers per category and status is kept, for the follow-up lesson. The school&apos;s own backups of the server keep the texts until they expire. This cannot be undone.</source>
        <translation>Når du lukker tavlen for %1, slettes alle tekster og koder på den fra skolens server. Kun antallet af behov og tilbud pr. kategori og status bliver gemt til opfølgningen. Skolens egne sikkerhedskopier af serveren beholder teksterne, indtil de udløber. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Close the board?</source>
        <translation>Luk tavlen?</translation>
    </message>
    <message>
        <source>Closing the board of %1 deletes every text and code on it, here and in the automatic backups. Only the number of needs and offers per category and status is kept, for the follow-up lesson. This cannot be undone.</source>
        <translation>Når du lukker tavlen for %1, slettes alle tekster og koder – her og i de automatiske sikkerhedskopier. Kun antallet af behov og tilbud pr. kategori og status bliver gemt til opfølgningen. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>The board is closed; only the counts are kept.</source>
        <translation>Tavlen er lukket – kun tallene er gemt.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemt: %1</translation>
    </message>
</context>
<context>
    <name>NoPlaceDialog</name>
    <message>
        <source>Before the lesson</source>
        <translation>Før lektionen</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) have no place in the partnerships</source>
        <translation>
            <numerusform>%n elev har ingen plads i makkerskaberne</numerusform>
            <numerusform>%n elever har ingen plads i makkerskaberne</numerusform>
        </translation>
    </message>
    <message>
        <source>They were away when the partnerships were made, or joined the class since. Tick who is here today: they get a place where they fit best.</source>
        <translation>De var væk, da makkerskaberne blev lavet, eller er kommet i klassen siden. Sæt flueben ved dem, der er her i dag: de får en plads, hvor de passer bedst ind.</translation>
    </message>
    <message>
        <source>Show the partnerships without them</source>
        <translation>Vis makkerskaberne uden dem</translation>
    </message>
    <message numerus="yes">
        <source>Give %n student(s) a place</source>
        <translation>
            <numerusform>Giv %n elev en plads</numerusform>
            <numerusform>Giv %n elever en plads</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
</context>
<context>
    <name>NotPostedDialog</name>
    <message>
        <source>Not posted</source>
        <translation>Ikke sat op</translation>
    </message>
    <message>
        <source>Why does %1 stay off the board?</source>
        <translation>Hvorfor kommer %1 ikke på tavlen?</translation>
    </message>
    <message>
        <source>A worry about home, money or safety: the text is deleted now. Give the student the help card and follow it up in person, as your school&apos;s procedure says. Don&apos;t promise to keep it secret.</source>
        <translation>En bekymring om hjemmet, penge eller sikkerhed: Teksten slettes nu. Giv eleven hjælpekortet, og følg op personligt efter skolens egen procedure. Lov ikke at holde det hemmeligt.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Private notes</source>
        <translation>Private noter</translation>
    </message>
    <message>
        <source>What worked, what to revisit. Only you see these.</source>
        <translation>Hvad virkede, og hvad skal tages op igen? Kun du kan se noterne.</translation>
    </message>
    <message>
        <source>Notes on this lesson with this class</source>
        <translation>Noter om denne lektion med denne klasse</translation>
    </message>
    <message>
        <source>Erase notes…</source>
        <translation>Slet noter…</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Noterne er ikke gemt</translation>
    </message>
    <message>
        <source>Erase the notes?</source>
        <translation>Slet noterne?</translation>
    </message>
    <message>
        <source>Your private notes on this lesson with this class will be erased.</source>
        <translation>Dine private noter om denne lektion med denne klasse bliver slettet.</translation>
    </message>
</context>
<context>
    <name>OpenBoardDialog</name>
    <message>
        <source>Open a board</source>
        <translation>Åbn en tavle</translation>
    </message>
    <message>
        <source>The board of %1 takes needs and offers until its closing date, about two weeks from now, when you look back with the class. Then only the counts are kept.</source>
        <translation>Tavlen for %1 tager imod behov og tilbud indtil lukkedatoen, cirka to uger fra nu, hvor I ser tilbage i klassen. Derefter gemmes kun tallene.</translation>
    </message>
</context>
<context>
    <name>OpenWarnings</name>
    <message>
        <source>The disk is full, so today&apos;s backup was not made. Free some space; until then nothing can be changed.</source>
        <translation>Disken er fuld, så dagens sikkerhedskopi blev ikke lavet. Frigør plads; indtil da kan intet ændres.</translation>
    </message>
    <message>
        <source>The data folder is write-protected, so today&apos;s backup was not made.</source>
        <translation>Datamappen er skrivebeskyttet, så dagens sikkerhedskopi blev ikke lavet.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made. Your data is fine; make one by hand in Settings, and if that fails too, ask IT to look at the data folder.</source>
        <translation>Dagens sikkerhedskopi kunne ikke laves. Dine data er i orden; lav en selv under Indstillinger, og lykkes det heller ikke, så bed IT om at se på datamappen.</translation>
    </message>
    <message>
        <source>The second copy of the backup could not be written to %1 (is the USB stick or home drive there?). The backup in the data folder was made.</source>
        <translation>Den ekstra kopi af sikkerhedskopien kunne ikke skrives til %1 (er USB-nøglen eller hjemmedrevet der?). Sikkerhedskopien i datamappen blev lavet.</translation>
    </message>
    <message>
        <source>The data is on a network drive. Netwerk Desktop keeps it safe there by letting only one PC at a time use it; close the app on other PCs first.</source>
        <translation>Dataene ligger på et netværksdrev. Netwerk Desktop passer på dem dér ved kun at lade én pc ad gangen bruge dem; luk først appen på andre pc&apos;er.</translation>
    </message>
    <message>
        <source>Erasing %1 was interrupted last time; it has now been finished, backups included.</source>
        <translation>Sletningen af %1 blev afbrudt sidste gang; den er nu gjort færdig, også i sikkerhedskopierne.</translation>
    </message>
</context>
<context>
    <name>PartnerHistoryModel</name>
    <message>
        <source>Rotation</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startede</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Makkere</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>PartnershipText</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Makkergruppe %1</translation>
    </message>
    <message>
        <source>Rotation %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>New partnerships</source>
        <translation>Nye makkerskaber</translation>
    </message>
    <message>
        <source>New groups, same pairs</source>
        <translation>Nye grupper, samme par</translation>
    </message>
    <message>
        <source>New pairs in the same groups</source>
        <translation>Nye par i de samme grupper</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Lavet i hånden</translation>
    </message>
    <message>
        <source>%1 and %2 were partners in rotation %3.</source>
        <translation>%1 og %2 var makkere i runde %3.</translation>
    </message>
    <message>
        <source>%1 and %2 were in the same group in rotation %3.</source>
        <translation>%1 og %2 var i samme gruppe i runde %3.</translation>
    </message>
    <message>
        <source>Breaks a keep-apart rule: %1 and %2 are in the same group.</source>
        <translation>Bryder en regel om at holde adskilt: %1 og %2 er i samme gruppe.</translation>
    </message>
    <message>
        <source>Breaks a keep-together rule: %1 and %2 are in different groups.</source>
        <translation>Bryder en regel om at holde sammen: %1 og %2 er i hver sin gruppe.</translation>
    </message>
    <message>
        <source>%1 has %n student(s), more than a group should have.</source>
        <translation>%1 har %n elev, flere end en gruppe bør have.</translation>
    </message>
    <message>
        <source>%1 has only %n student(s).</source>
        <translation>%1 har kun %n elev.</translation>
    </message>
    <message>
        <source>%1 are one pair of %n students; a pair has two or three.</source>
        <translation>%1 er ét par på %n elev; et par er to eller tre.</translation>
    </message>
    <message>
        <source>%1 has no partner in %2.</source>
        <translation>%1 har ingen makker i %2.</translation>
    </message>
    <message>
        <source>Keep %1 apart</source>
        <translation>Hold %1 adskilt</translation>
    </message>
    <message>
        <source>Keep %1 together</source>
        <translation>Hold %1 sammen</translation>
    </message>
    <message>
        <source>%1 stay partners</source>
        <translation>%1 forbliver makkere</translation>
    </message>
    <message>
        <source>Pinned where they are: %1</source>
        <translation>Låst fast, hvor de er: %1</translation>
    </message>
    <message>
        <source>Same pairs: %1 stay partners</source>
        <translation>Samme par: %1 forbliver makkere</translation>
    </message>
    <message>
        <source>Same groups: %1 stay in one group</source>
        <translation>Samme grupper: %1 bliver i samme gruppe</translation>
    </message>
    <message>
        <source>No partnerships were made: these rules keep students both apart and together.</source>
        <translation>Der blev ikke lavet makkerskaber: disse regler holder elever både adskilt og sammen.</translation>
    </message>
    <message>
        <source>No partnerships were made: these rules put more students in one group than a group can hold.</source>
        <translation>Der blev ikke lavet makkerskaber: disse regler sætter flere elever i én gruppe, end der er plads til.</translation>
    </message>
    <message>
        <source>No partnerships were made: these rules hold one student in two pairs.</source>
        <translation>Der blev ikke lavet makkerskaber: disse regler holder én elev fast i to par.</translation>
    </message>
    <message>
        <source>No partnerships were made: these trios leave too few students for pairs.</source>
        <translation>Der blev ikke lavet makkerskaber: disse trioer efterlader for få elever til par.</translation>
    </message>
    <message>
        <source>No partnerships were made: no way of forming the groups keeps all these rules.</source>
        <translation>Der blev ikke lavet makkerskaber: ingen måde at danne grupperne på overholder alle disse regler.</translation>
    </message>
    <message>
        <source>Change or remove one of them under “Rules”, or unpin a student.</source>
        <translation>Ret eller fjern en af dem under „Regler“, eller lås en elev op.</translation>
    </message>
    <message>
        <source>%1 and %2 have not worked together yet.</source>
        <translation>%1 og %2 har ikke arbejdet sammen endnu.</translation>
    </message>
    <message>
        <source>Partners: %n time(s)</source>
        <translation>Makkere: %n gang</translation>
    </message>
    <message>
        <source>In the same group, not as partners: %n time(s)</source>
        <translation>I samme gruppe, ikke som makkere: %n gang</translation>
    </message>
</context>
<context>
    <name>PartnershipsScreen</name>
    <message>
        <source>Partnerships</source>
        <translation>Makkerskaber</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tavle</translation>
    </message>
    <message>
        <source>Season plan</source>
        <translation>Sæsonplan</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>No classes yet. Create a class and add its students first.</source>
        <translation>Ingen klasser endnu. Opret først en klasse, og tilføj eleverne.</translation>
    </message>
    <message>
        <source>There is no screen to show the groups on.</source>
        <translation>Der er ingen skærm at vise grupperne på.</translation>
    </message>
</context>
<context>
    <name>PdfSaving</name>
    <message>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan the meetings</source>
        <translation>Planlæg møderne</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>&amp;School years</source>
        <translation>&amp;Skoleår</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Vært</translation>
    </message>
    <message>
        <source>no school can host</source>
        <translation>ingen skole kan være vært</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gemt</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
</context>
<context>
    <name>PresentationKeys</name>
    <message>
        <source>→  ↓  Page Down  Space</source>
        <translation>→  ↓  Page Down  Mellemrum</translation>
    </message>
    <message>
        <source>Next (statement, phase or step)</source>
        <translation>Næste (udsagn, fase eller trin)</translation>
    </message>
    <message>
        <source>←  ↑  Page Up</source>
        <translation>←  ↑  Page Up</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <source>B  or  .</source>
        <translation>B  eller  .</translation>
    </message>
    <message>
        <source>Black screen, and back</source>
        <translation>Sort skærm – og tilbage igen</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Calm screen, and back</source>
        <translation>Rolig skærm – og tilbage igen</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Start uret, eller sæt det på pause</translation>
    </message>
    <message>
        <source>+  /  −</source>
        <translation>+  /  −</translation>
    </message>
    <message>
        <source>A minute more or less</source>
        <translation>Et minut mere eller mindre</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Show the partnerships, and back</source>
        <translation>Vis makkerskaberne – og tilbage igen</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Show the lesson on the audience screen</source>
        <translation>Vis lektionen på klassens skærm</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave the lesson (your place is kept)</source>
        <translation>Forlad lektionen (stedet bliver husket)</translation>
    </message>
    <message>
        <source>F1  or  ?</source>
        <translation>F1  eller  ?</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Denne hjælp</translation>
    </message>
    <message>
        <source>Tap the left or right edge</source>
        <translation>Tryk i venstre eller højre kant</translation>
    </message>
    <message>
        <source>Previous or next on a touch screen (or swipe)</source>
        <translation>Forrige eller næste på en touchskærm (eller swipe)</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>← Leave (Esc)</source>
        <translation>← Afslut (Esc)</translation>
    </message>
    <message>
        <source>Keys (F1)</source>
        <translation>Taster (F1)</translation>
    </message>
    <message>
        <source>Silent timer</source>
        <translation>Uret uden lyd</translation>
    </message>
    <message>
        <source>Black (B)</source>
        <translation>Sort (B)</translation>
    </message>
    <message>
        <source>Calm (W)</source>
        <translation>Rolig (W)</translation>
    </message>
    <message>
        <source>Partnerships (P)</source>
        <translation>Makkerskaber (P)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Næste →</translation>
    </message>
    <message>
        <source>Your private notes stay hidden while the class sees this screen.</source>
        <translation>Dine private noter forbliver skjult, mens klassen ser denne skærm.</translation>
    </message>
    <message>
        <source>The screen the class sees</source>
        <translation>Den skærm, klassen ser</translation>
    </message>
    <message>
        <source>Light audience view</source>
        <translation>Lys visning for klassen</translation>
    </message>
    <message>
        <source>Dark audience view</source>
        <translation>Mørk visning for klassen</translation>
    </message>
    <message>
        <source>%1 · Lesson %2: %3</source>
        <translation>%1 · Lektion %2: %3</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Trin %1 af %2: %3</translation>
    </message>
    <message>
        <source>Next: %1 (%2 min)</source>
        <translation>Næste: %1 (%2 min.)</translation>
    </message>
    <message>
        <source>Next: the end of the lesson</source>
        <translation>Næste: lektionen slutter</translation>
    </message>
    <message>
        <source>The lesson is finished and saved as done.</source>
        <translation>Lektionen er slut og gemt som gennemført.</translation>
    </message>
    <message>
        <source>statement %1 of %2</source>
        <translation>udsagn %1 af %2</translation>
    </message>
    <message>
        <source>phase: %1</source>
        <translation>fase: %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>side %1 af %2</translation>
    </message>
    <message>
        <source>%1 of %2 min</source>
        <translation>%1 af %2 min.</translation>
    </message>
    <message>
        <source>Audience screen: automatic</source>
        <translation>Klassens skærm: automatisk</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3)</source>
        <translation>Skærm %1: %2 (%3)</translation>
    </message>
    <message>
        <source>The class sees the lesson on %1.</source>
        <translation>Klassen ser lektionen på %1.</translation>
    </message>
    <message>
        <source>Case to read aloud</source>
        <translation>Historie til højtlæsning</translation>
    </message>
    <message>
        <source>Follow-up questions</source>
        <translation>Opfølgende spørgsmål</translation>
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
</context>
<context>
    <name>Printable</name>
    <message>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Choose another folder, or check that the USB stick is still in.</source>
        <translation>PDF&apos;en kunne ikke gemmes der. Vælg en anden mappe, eller tjek at USB-nøglen stadig sidder i.</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Ingen printer</translation>
    </message>
    <message>
        <source>This computer has no printer set up. Save it as a PDF instead.</source>
        <translation>Denne computer har ingen printer sat op. Gem den som PDF i stedet.</translation>
    </message>
</context>
<context>
    <name>PrintsPanel</name>
    <message>
        <source>Programme poster</source>
        <translation>Programplakat</translation>
    </message>
    <message>
        <source>Group cards</source>
        <translation>Gruppekort</translation>
    </message>
    <message>
        <source>First-name badges</source>
        <translation>Navneskilte med fornavn</translation>
    </message>
    <message>
        <source>Role cards</source>
        <translation>Rollekort</translation>
    </message>
    <message>
        <source>Letter to parents</source>
        <translation>Brev til forældre</translation>
    </message>
    <message>
        <source>Follow-up cards</source>
        <translation>Opfølgningskort</translation>
    </message>
    <message>
        <source>The letter to parents (edit it before printing)</source>
        <translation>Brevet til forældrene (ret det, før du udskriver)</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Gem brevet</translation>
    </message>
    <message>
        <source>The letter is saved.</source>
        <translation>Brevet er gemt.</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Gem udleveringen</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 er gemt.</translation>
    </message>
</context>
<context>
    <name>ProgrammePanel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slags</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Slags</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Blok</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>M&amp;inutter</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Ansvarlig</translation>
    </message>
    <message>
        <source>From the &amp;activity catalogue</source>
        <translation>Fra a&amp;ktivitetskataloget</translation>
    </message>
    <message>
        <source>e.g. Breakfast at mixed tables</source>
        <translation>fx Morgenmad ved blandede borde</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>Tilføj blok</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Removed “%1”. Undo with Ctrl+Z.</source>
        <translation>“%1” er fjernet. Fortryd med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>PromptLibrary</name>
    <message>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <source>Every prompt is about “someone your age” or the class as a whole, never about a student in the room. The follow-up question takes the talk one step further.</source>
        <translation>Hvert spørgsmål handler om „en på din alder“ eller om klassen som helhed – aldrig om en elev i lokalet. Opfølgningsspørgsmålet fører samtalen et skridt videre.</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Spørgsmål</translation>
    </message>
</context>
<context>
    <name>PromptListModel</name>
    <message>
        <source>Follow-up: %1</source>
        <translation>Opfølgning: %1</translation>
    </message>
</context>
<context>
    <name>PromptThemeModel</name>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n spørgsmål</numerusform>
            <numerusform>%n spørgsmål</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptThemes</name>
    <message>
        <source>Class culture</source>
        <translation>Klassekultur</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Fællesskab</translation>
    </message>
    <message>
        <source>Loneliness</source>
        <translation>Ensomhed</translation>
    </message>
    <message>
        <source>Failing to thrive</source>
        <translation>Mistrivsel</translation>
    </message>
    <message>
        <source>I’m worried about a friend</source>
        <translation>Jeg er bekymret for en ven</translation>
    </message>
    <message>
        <source>I’m not thriving</source>
        <translation>Jeg trives ikke</translation>
    </message>
    <message>
        <source>Online life</source>
        <translation>Livet online</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Makkerskaber</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Netwerk Desktop cannot open the data</source>
        <translation>Netwerk Desktop kan ikke åbne dataene</translation>
    </message>
    <message>
        <source>To go back to an older state instead, choose a backup. Everything changed after it is lost; the data as it is now is kept.</source>
        <translation>Vil du i stedet gå tilbage til en tidligere udgave, så vælg en sikkerhedskopi. Alt, der er ændret siden, går tabt; dataene, som de er nu, bliver gemt.</translation>
    </message>
    <message>
        <source>Choose the backup to put back. The newest one that holds your classes is chosen already.</source>
        <translation>Vælg den sikkerhedskopi, der skal lægges tilbage. Den nyeste, der har dine klasser, er allerede valgt.</translation>
    </message>
    <message>
        <source>There are no backups in the data folder. If you keep a copy elsewhere (a USB stick, your home drive), choose it with “From a file…”.</source>
        <translation>Der er ingen sikkerhedskopier i datamappen. Har du en kopi et andet sted (en USB-nøgle, dit hjemmedrev), så vælg den med »Fra en fil …«.</translation>
    </message>
    <message>
        <source>Put the backup back</source>
        <translation>Læg sikkerhedskopien tilbage</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Fra en fil …</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Åbn datamappen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>Quit, to install the newer version</source>
        <translation>Afslut for at installere den nyere version</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n klasse</numerusform>
            <numerusform>%n klasser</numerusform>
        </translation>
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
        <source>The backup was not put back</source>
        <translation>Sikkerhedskopien blev ikke lagt tilbage</translation>
    </message>
    <message>
        <source>The backup is back. The file that could not be opened is kept as %1.</source>
        <translation>Sikkerhedskopien er lagt tilbage. Filen, der ikke kunne åbnes, er gemt som %1.</translation>
    </message>
    <message>
        <source>The backup is back.</source>
        <translation>Sikkerhedskopien er lagt tilbage.</translation>
    </message>
    <message>
        <source>Backup put back</source>
        <translation>Sikkerhedskopi lagt tilbage</translation>
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
        <source>This is not a file that can be read (a folder, a device or a pipe). Choose the class list file itself.</source>
        <translation>Det er ikke en fil, der kan læses (en mappe, en enhed eller en pipe). Vælg selve filen med klasselisten.</translation>
    </message>
    <message>
        <source>The list has far more columns than a class list. Is it the right file? Save only the sheet with the names and try again.</source>
        <translation>Listen har langt flere kolonner end en klasseliste. Er det den rigtige fil? Gem kun arket med navnene, og prøv igen.</translation>
    </message>
    <message>
        <source>Only Excel files have sheets.</source>
        <translation>Kun Excel-filer har ark.</translation>
    </message>
    <message>
        <source>There is no column “%1” in the list.</source>
        <translation>Der er ingen kolonne „%1“ i listen.</translation>
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
        <source>Export this student&apos;s data…</source>
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
        <source>Reload</source>
        <translation>Hent igen</translation>
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
</context>
<context>
    <name>RotationListModel</name>
    <message>
        <source>Rotation</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starter</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startede</translation>
    </message>
    <message>
        <source>Made as</source>
        <translation>Lavet som</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Elever</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>Planlagt %1</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
</context>
<context>
    <name>RuleListModel</name>
    <message>
        <source>Keep %1 and %2 apart</source>
        <translation>Hold %1 og %2 adskilt</translation>
    </message>
    <message>
        <source>Keep %1 and %2 together</source>
        <translation>Hold %1 og %2 sammen</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Rules for %1</source>
        <translation>Regler for %1</translation>
    </message>
    <message>
        <source>Keep apart: the two are never in the same partnership group. Keep together: they are always in the same group. Every proposal keeps these rules.</source>
        <translation>Hold adskilt: de to kommer aldrig i samme makkergruppe. Hold sammen: de er altid i samme gruppe. Alle forslag overholder reglerne.</translation>
    </message>
    <message>
        <source>Keep apart</source>
        <translation>Hold adskilt</translation>
    </message>
    <message>
        <source>Keep together</source>
        <translation>Hold sammen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>and student</source>
        <translation>og elev</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Tilføj regel</translation>
    </message>
    <message>
        <source>Rules of the class</source>
        <translation>Klassens regler</translation>
    </message>
    <message>
        <source>No rules yet.</source>
        <translation>Ingen regler endnu.</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Fjern regel</translation>
    </message>
    <message>
        <source>Choose two different students.</source>
        <translation>Vælg to forskellige elever.</translation>
    </message>
</context>
<context>
    <name>RunMode</name>
    <message>
        <source>This class has no partnerships yet.</source>
        <translation>Klassen har ingen makkerskaber endnu.</translation>
    </message>
    <message>
        <source>The lesson is saved as done. Esc leaves run mode.</source>
        <translation>Lektionen er gemt som gennemført. Esc afslutter visningen.</translation>
    </message>
    <message>
        <source>Continuing at step %1.</source>
        <translation>Fortsætter ved trin %1.</translation>
    </message>
    <message>
        <source>No screen for the audience view; the lesson goes on here.</source>
        <translation>Der er ingen skærm til klassen; lektionen fortsætter her.</translation>
    </message>
</context>
<context>
    <name>SchoolServerSection</name>
    <message>
        <source>School server</source>
        <translation>Skolens server</translation>
    </message>
    <message>
        <source>On a school server, your classes go with you from classroom to classroom and can be shared with co-teachers. Ask the school&apos;s IT for the address. The password is never stored here: you type it when Netwerk Desktop starts, or the IT sets up a password file.</source>
        <translation>På skolens server følger dine klasser med dig fra lokale til lokale, og de kan deles med medlærere. Spørg skolens IT om adressen. Adgangskoden gemmes aldrig her: du skriver den, når Netwerk Desktop starter, eller IT opretter en adgangskodefil.</translation>
    </message>
    <message>
        <source>Now: the data is on this PC.</source>
        <translation>Nu: data ligger på denne pc.</translation>
    </message>
    <message>
        <source>Now: the school server %1.</source>
        <translation>Nu: skolens server %1.</translation>
    </message>
    <message>
        <source>Address of the school server</source>
        <translation>Adressen på skolens server</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Brug denne server</translation>
    </message>
    <message>
        <source>Keep the data on this PC</source>
        <translation>Behold data på denne pc</translation>
    </message>
    <message>
        <source>Saved. Netwerk Desktop uses the school server from its next start.</source>
        <translation>Gemt. Netwerk Desktop bruger skolens server fra næste start.</translation>
    </message>
    <message>
        <source>Saved. From the next start the data is on this PC again (export a class from the server first to take it along).</source>
        <translation>Gemt. Fra næste start ligger data igen på denne pc (eksportér først en klasse fra serveren for at tage den med).</translation>
    </message>
</context>
<context>
    <name>SchoolsPanel</name>
    <message>
        <source>Physical meetings are hosted in turn by the schools that can host, usually with a tour of something local. Choose a school to change it.</source>
        <translation>De fysiske møder holdes på skift hos de skoler, der kan være vært, som regel med en rundvisning i noget lokalt. Vælg en skole for at ændre den.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skole</translation>
    </message>
    <message>
        <source>Can host</source>
        <translation>Kan være vært</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Rundvisning</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Skole</translation>
    </message>
    <message>
        <source>What the &amp;tour shows</source>
        <translation>Hvad &amp;rundvisningen viser</translation>
    </message>
    <message>
        <source>Can &amp;host</source>
        <translation>Kan være &amp;vært</translation>
    </message>
    <message>
        <source>Save school</source>
        <translation>Gem skole</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 er gemt.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search lessons, prompts and activities</source>
        <translation>Søg i lektioner, spørgsmål og aktiviteter</translation>
    </message>
    <message>
        <source>Words to look for, e.g. friend worried</source>
        <translation>Ord at lede efter, fx ven bekymret</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultat</numerusform>
            <numerusform>%n resultater</numerusform>
        </translation>
    </message>
    <message>
        <source>Type words.</source>
        <translation>Skriv nogle ord.</translation>
    </message>
    <message>
        <source>Lesson %1, step %2: %3</source>
        <translation>Lektion %1, trin %2: %3</translation>
    </message>
    <message>
        <source>Lesson %1: %2</source>
        <translation>Lektion %1: %2</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Aktivitet: %1</translation>
    </message>
</context>
<context>
    <name>SeasonPage</name>
    <message>
        <source>A season plan makes the next rotations together, so the later ones still bring new partners. Start them one at a time; plan again when the class changes, for example when a student joins or leaves.</source>
        <translation>En sæsonplan laver de næste runder på én gang, så også de sidste giver nye makkere. Start dem én ad gangen, og planlæg igen, når klassen ændrer sig, fx når en elev kommer eller går.</translation>
    </message>
    <message>
        <source>Rotations to plan</source>
        <translation>Antal runder</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starter den</translation>
    </message>
    <message>
        <source>Start the next planned rotation</source>
        <translation>Start den næste planlagte runde</translation>
    </message>
    <message>
        <source>No season plan yet.</source>
        <translation>Ingen sæsonplan endnu.</translation>
    </message>
    <message>
        <source>Plan the season</source>
        <translation>Planlæg sæsonen</translation>
    </message>
    <message>
        <source>Plan again</source>
        <translation>Planlæg igen</translation>
    </message>
    <message numerus="yes">
        <source>%n rotation(s) planned.</source>
        <translation>
            <numerusform>%n runde planlagt.</numerusform>
            <numerusform>%n runder planlagt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next planned rotation has started.</source>
        <translation>Den næste planlagte runde er startet.</translation>
    </message>
</context>
<context>
    <name>SecondCopyRow</name>
    <message>
        <source>Backups are kept in the data folder only. Keep a second copy on a USB stick or your home drive, in case this PC is reset.</source>
        <translation>Sikkerhedskopierne ligger kun i datamappen. Gem en ekstra kopi på en USB-nøgle eller dit hjemmedrev, hvis pc&apos;en bliver nulstillet.</translation>
    </message>
    <message>
        <source>Every backup is also copied to %1.</source>
        <translation>Hver sikkerhedskopi bliver også kopieret til %1.</translation>
    </message>
    <message>
        <source>Choose a folder for a second copy…</source>
        <translation>Vælg en mappe til en ekstra kopi …</translation>
    </message>
    <message>
        <source>Stop the second copy</source>
        <translation>Stop den ekstra kopi</translation>
    </message>
    <message>
        <source>A folder for the second copy of the backups</source>
        <translation>En mappe til den ekstra kopi af sikkerhedskopierne</translation>
    </message>
    <message>
        <source>Stop the second copy?</source>
        <translation>Stop den ekstra kopi?</translation>
    </message>
    <message>
        <source>New backups are then kept in the data folder only. The copies already in the other folder stay there.</source>
        <translation>Nye sikkerhedskopier ligger så kun i datamappen. De kopier, der allerede ligger i den anden mappe, bliver liggende.</translation>
    </message>
    <message>
        <source>The folder was not chosen</source>
        <translation>Mappen blev ikke valgt</translation>
    </message>
</context>
<context>
    <name>SeriesChooser</name>
    <message>
        <source>Lesson series</source>
        <translation>Lektionsforløb</translation>
    </message>
</context>
<context>
    <name>ServerErrors</name>
    <message>
        <source>The school server cannot be reached. What you do in a lesson is saved on this PC and sent when the server is back; other changes have to wait until then.</source>
        <translation>Der er ikke forbindelse til skolens server. Det, du gør i en lektion, gemmes på denne pc og sendes, når serveren er tilbage; andre ændringer må vente til da.</translation>
    </message>
    <message>
        <source>The school server&apos;s database is not set up for Netwerk Desktop yet. Ask the school&apos;s IT to run “server init” (see docs/school-server.md).</source>
        <translation>Databasen på skolens server er endnu ikke sat op til Netwerk Desktop. Bed skolens IT om at køre “server init” (se docs/school-server.md).</translation>
    </message>
    <message>
        <source>The school server&apos;s database is from an older Netwerk Desktop. Ask the school&apos;s IT to run “server init” to bring it up to date.</source>
        <translation>Databasen på skolens server er fra en ældre Netwerk Desktop. Bed skolens IT om at køre “server init” for at opdatere den.</translation>
    </message>
    <message>
        <source>The school server is set up for a newer Netwerk Desktop. Update Netwerk Desktop on this PC.</source>
        <translation>Skolens server er sat op til en nyere Netwerk Desktop. Opdatér Netwerk Desktop på denne pc.</translation>
    </message>
    <message>
        <source>The school server does not allow this for your login. Classes belong to their teachers and co-teachers; school-wide data is changed by coordinators.</source>
        <translation>Skolens server tillader ikke dette for dit login. Klasser tilhører deres lærere og medlærere; data for hele skolen ændres af koordinatorer.</translation>
    </message>
    <message>
        <source>“%1” is not the address of a school server. It looks like postgresql://server/netwerk; ask the school&apos;s IT for it.</source>
        <translation>“%1” er ikke adressen på en skoleserver. Den ser ud som postgresql://server/netwerk; spørg skolens IT om den.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: Netwerk Desktop never stores it. It asks for it at start, or the school&apos;s IT sets up a password file.</source>
        <translation>Udelad adgangskoden fra adressen: Netwerk Desktop gemmer den aldrig. Den spørger om den ved start, eller skolens IT opretter en adgangskodefil.</translation>
    </message>
    <message>
        <source>The PostgreSQL tools are not installed on this PC. Ask the school&apos;s IT.</source>
        <translation>PostgreSQL-værktøjerne er ikke installeret på denne pc. Spørg skolens IT.</translation>
    </message>
    <message>
        <source>The server&apos;s backup could not be made: %1</source>
        <translation>Serverens sikkerhedskopi kunne ikke laves: %1</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>en kollega</translation>
    </message>
    <message>
        <source>While you were editing, %1 changed the charter of %2. Nothing was saved over it: their version is shown now; make your change again.</source>
        <translation>Mens du redigerede, ændrede %1 spillereglerne for %2. Intet blev gemt oven i det: deres udgave vises nu; lav din ændring igen.</translation>
    </message>
    <message>
        <source>While you were editing, %1 changed the class list of %2. Nothing was saved over it: reload to see their change, then make yours again.</source>
        <translation>Mens du redigerede, ændrede %1 klasselisten for %2. Intet blev gemt oven i det: hent igen for at se deres ændring, og lav så din igen.</translation>
    </message>
    <message>
        <source>While you were editing, %1 changed the partnerships of %2. Nothing was saved over it: reload to see their change, then make yours again.</source>
        <translation>Mens du redigerede, ændrede %1 makkerskaberne for %2. Intet blev gemt oven i det: hent igen for at se deres ændring, og lav så din igen.</translation>
    </message>
</context>
<context>
    <name>ServerStart</name>
    <message>
        <source>That password was not accepted. Try again:</source>
        <translation>Den adgangskode blev ikke godkendt. Prøv igen:</translation>
    </message>
    <message>
        <source>Your password for the school server:</source>
        <translation>Din adgangskode til skolens server:</translation>
    </message>
    <message>
        <source>School server</source>
        <translation>Skolens server</translation>
    </message>
</context>
<context>
    <name>ServerState</name>
    <message numerus="yes">
        <source>Saved on this PC, will be sent to the school server (%n change(s))</source>
        <translation>
            <numerusform>Gemt på denne pc, sendes til skolens server (%n ændring)</numerusform>
            <numerusform>Gemt på denne pc, sendes til skolens server (%n ændringer)</numerusform>
        </translation>
    </message>
    <message>
        <source>School server: %1 — everything is saved there</source>
        <translation>Skolens server: %1 — alt er gemt der</translation>
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
        <source>Paper for handouts</source>
        <translation>Papir til udleveringsark</translation>
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
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
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
        <source>The school&apos;s IT backs up the school server. This folder keeps your settings.</source>
        <translation>Skolens IT tager sikkerhedskopier af skolens server. Denne mappe rummer dine indstillinger.</translation>
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
        <source>The second copy was not made</source>
        <translation>Den ekstra kopi blev ikke lavet</translation>
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
    <name>SharedBanner</name>
    <message>
        <source>The class sees your notes now. Private notes stay hidden on one screen.</source>
        <translation>Klassen ser dine noter nu. Private noter forbliver skjult, når der kun er én skærm.</translation>
    </message>
    <message>
        <source>Back to the class view (F5)</source>
        <translation>Tilbage til klassens visning (F5)</translation>
    </message>
</context>
<context>
    <name>SignupPanel</name>
    <message>
        <source>A guest’s name (nothing else is kept)</source>
        <translation>En gæsts navn (intet andet gemmes)</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>Tilføj gæst</translation>
    </message>
    <message>
        <source>Sign up every student</source>
        <translation>Tilmeld alle elever</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>Tag af listen</translation>
    </message>
    <message>
        <source>Groups across the classes</source>
        <translation>Grupper på tværs af klasserne</translation>
    </message>
    <message>
        <source>Make groups</source>
        <translation>Lav grupper</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation>%1 (gæst)</translation>
    </message>
    <message>
        <source>Coming: %1 students, %2 guests</source>
        <translation>Kommer: %1 elever, %2 gæster</translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>Gruppe %1: %2</translation>
    </message>
    <message>
        <source>The follow-up is over, so the groups were deleted, as planned.</source>
        <translation>Opfølgningen er slut, så grupperne er slettet, som planlagt.</translation>
    </message>
    <message>
        <source>The solver mixes the classes in every group as far as the numbers allow. The groups are deleted by themselves when the follow-up is over.</source>
        <translation>Grupperne blander klasserne, så godt antallet tillader. De slettes af sig selv, når opfølgningen er slut.</translation>
    </message>
    <message>
        <source>Take %1 off the list?</source>
        <translation>Tag %1 af listen?</translation>
    </message>
    <message>
        <source>Replace the groups made before?</source>
        <translation>Erstat de grupper, der blev lavet før?</translation>
    </message>
    <message>
        <source>Making groups…</source>
        <translation>Laver grupper…</translation>
    </message>
    <message>
        <source>%1 groups made.</source>
        <translation>%1 grupper er lavet.</translation>
    </message>
</context>
<context>
    <name>SlipEntry</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>&amp;Need</source>
        <translation>&amp;Behov</translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation>&amp;Tilbud</translation>
    </message>
    <message>
        <source>What the slip says, without names – Enter adds it</source>
        <translation>Det, der står på sedlen, uden navne – Enter tilføjer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Step %1 · %2</source>
        <translation>Trin %1 · %2</translation>
    </message>
    <message>
        <source>%1, minute %2–%3 of the lesson</source>
        <translation>%1, minut %2–%3 i lektionen</translation>
    </message>
    <message>
        <source>Think–pair–share: %1</source>
        <translation>Tænk–par–del: %1</translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>På tavlen</translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation>Noter til læreren</translation>
    </message>
</context>
<context>
    <name>StepContent</name>
    <message>
        <source>Left side of the room: %1</source>
        <translation>Venstre side af lokalet: %1</translation>
    </message>
    <message>
        <source>Right side of the room: %1</source>
        <translation>Højre side af lokalet: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Opfølgning: %1</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Udsagn</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Rank the cards from “%1” to “%2”.</source>
        <translation>Læg kortene i rækkefølge fra „%1“ til „%2“.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rækkefølge</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <source>Case to read aloud</source>
        <translation>Case til højtlæsning</translation>
    </message>
    <message>
        <source>Discussion question</source>
        <translation>Samtalespørgsmål</translation>
    </message>
    <message>
        <source>Follow-up question</source>
        <translation>Opfølgende spørgsmål</translation>
    </message>
    <message>
        <source>Questions for reflection</source>
        <translation>Spørgsmål til refleksion</translation>
    </message>
    <message>
        <source>Questions for partners</source>
        <translation>Spørgsmål til makkerne</translation>
    </message>
    <message>
        <source>Questions for the class charter</source>
        <translation>Spørgsmål til klassens spilleregler</translation>
    </message>
    <message>
        <source>Example rules</source>
        <translation>Eksempler på regler</translation>
    </message>
    <message>
        <source>Poll question</source>
        <translation>Spørgsmål til afstemningen</translation>
    </message>
    <message>
        <source>Answer options</source>
        <translation>Svarmuligheder</translation>
    </message>
    <message>
        <source>Before next time</source>
        <translation>Til næste gang</translation>
    </message>
    <message numerus="yes">
        <source>%n writing line(s) after each question.</source>
        <translation>
            <numerusform>%n skrivelinje efter hvert spørgsmål.</numerusform>
            <numerusform>%n skrivelinjer efter hvert spørgsmål.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n writing line(s).</source>
        <translation>
            <numerusform>%n skrivelinje.</numerusform>
            <numerusform>%n skrivelinjer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case is printed first.</source>
        <translation>Casen står øverst på arket.</translation>
    </message>
    <message>
        <source>On the handout</source>
        <translation>På elevarket</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Running late? Leave this step out.</source>
        <translation>Er I bagud? Så spring dette trin over.</translation>
    </message>
    <message>
        <source>Two shorter lessons? The first part ends after this step.</source>
        <translation>To kortere lektioner? Så slutter første del efter dette trin.</translation>
    </message>
</context>
<context>
    <name>StepNames</name>
    <message>
        <source>Short talk</source>
        <translation>Kort oplæg</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Either/or</source>
        <translation>Enten-eller</translation>
    </message>
    <message>
        <source>Sorting cards</source>
        <translation>Sortering af kort</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Refleksion</translation>
    </message>
    <message>
        <source>Partnership meeting</source>
        <translation>Makkermøde</translation>
    </message>
    <message>
        <source>Class charter</source>
        <translation>Klassens spilleregler</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Afstemning</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Afslutning</translation>
    </message>
    <message>
        <source>Alone</source>
        <translation>Alene</translation>
    </message>
    <message>
        <source>With a partner</source>
        <translation>Med makkeren</translation>
    </message>
    <message>
        <source>Partnership group</source>
        <translation>Makkergruppen</translation>
    </message>
    <message>
        <source>Whole class</source>
        <translation>Hele klassen</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min.</numerusform>
            <numerusform>%n min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n min</source>
        <translation>
            <numerusform>%1: %n min.</numerusform>
            <numerusform>%1: %n min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentPrivacy</name>
    <message>
        <source>Save the student&apos;s data</source>
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
    <message>
        <source>Not erased</source>
        <translation>Ikke slettet</translation>
    </message>
    <message>
        <source>Erase from the backups too?</source>
        <translation>Slet også fra sikkerhedskopierne?</translation>
    </message>
    <message numerus="yes">
        <source>%1 is removed from the class, but %n backup(s) still hold the name. Erase %1 from them too? Then Ctrl+Z cannot bring %1 back.</source>
        <translation>
            <numerusform>%1 er fjernet fra klassen, men %n sikkerhedskopi har stadig navnet. Slet også %1 fra den? Så kan Ctrl+Z ikke hente %1 tilbage.</numerusform>
            <numerusform>%1 er fjernet fra klassen, men %n sikkerhedskopier har stadig navnet. Slet også %1 fra dem? Så kan Ctrl+Z ikke hente %1 tilbage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase from the backups</source>
        <translation>Slet fra sikkerhedskopierne</translation>
    </message>
    <message>
        <source>Keep for now</source>
        <translation>Behold indtil videre</translation>
    </message>
    <message numerus="yes">
        <source>%1 was erased, also from %n backup(s).</source>
        <translation>
            <numerusform>%1 er slettet, også fra %n sikkerhedskopi.</numerusform>
            <numerusform>%1 er slettet, også fra %n sikkerhedskopier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files that were not changed</source>
        <translation>Filer, der ikke blev ændret</translation>
    </message>
    <message>
        <source>These files in the backup folder are not Netwerk Desktop backups, so they were left as they are. If one holds %1&apos;s name, delete it yourself:
%2</source>
        <translation>Disse filer i sikkerhedskopimappen er ikke sikkerhedskopier fra Netwerk Desktop, så de blev ikke rørt. Står %1s navn i en af dem, så slet den selv:
%2</translation>
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
    <name>TallyEntry</name>
    <message>
        <source>Count the answers</source>
        <translation>Tæl svarene</translation>
    </message>
    <message>
        <source>Show the chart</source>
        <translation>Vis diagrammet</translation>
    </message>
    <message>
        <source>Hide the chart</source>
        <translation>Skjul diagrammet</translation>
    </message>
    <message>
        <source>Counts below 3 are shown as “fewer than 3”, so nobody is singled out.</source>
        <translation>Tal under 3 vises som »færre end 3«, så ingen bliver udstillet.</translation>
    </message>
    <message>
        <source>The same question in lesson %1: %2</source>
        <translation>Samme spørgsmål i lektion %1: %2</translation>
    </message>
</context>
<context>
    <name>TallyText</name>
    <message numerus="yes">
        <source>Counted: %1 of %n student(s)</source>
        <translation>
            <numerusform>Talt op: %1 af %n elev</numerusform>
            <numerusform>Talt op: %1 af %n elever</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>A committed team makes the event: give colleagues and students a clear role, for example host, timekeeper or the one who welcomes guests.</source>
        <translation>Et engageret hold skaber arrangementet: giv kolleger og elever en klar rolle, fx vært, tidtager eller den, der tager imod gæsterne.</translation>
    </message>
    <message>
        <source>&amp;Colleague</source>
        <translation>&amp;Kollega</translation>
    </message>
    <message>
        <source>&amp;Student</source>
        <translation>&amp;Elev</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>R&amp;olle</translation>
    </message>
    <message>
        <source>Add colleague</source>
        <translation>Tilføj kollega</translation>
    </message>
    <message>
        <source>Add student</source>
        <translation>Tilføj elev</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Removed %1 from the team. Undo with Ctrl+Z.</source>
        <translation>%1 er fjernet fra holdet. Fortryd med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>−1 min</source>
        <translation>−1 min.</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min.</translation>
    </message>
    <message>
        <source>A minute less (−)</source>
        <translation>Et minut mindre (−)</translation>
    </message>
    <message>
        <source>A minute more (+)</source>
        <translation>Et minut mere (+)</translation>
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
        <translation>Tiden er gået. Klassen ser et roligt signal.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Kører</translation>
    </message>
    <message>
        <source>Paused: the class sees the time</source>
        <translation>På pause: klassen kan se tiden</translation>
    </message>
</context>
<context>
    <name>TopicsPanel</name>
    <message>
        <source>Members choose the topics: the ones with most votes become the talks of the next agenda.</source>
        <translation>Medlemmerne vælger emnerne: dem med flest stemmer bliver oplæggene på næste dagsorden.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmer</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Foreslået af</translation>
    </message>
    <message>
        <source>A topic for a meeting</source>
        <translation>Et emne til et møde</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>&amp;Medlem</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Foreslå</translation>
    </message>
    <message>
        <source>Vote for the chosen topic</source>
        <translation>Stem på det valgte emne</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaret</translation>
    </message>
    <message>
        <source>Choose a topic and a member first.</source>
        <translation>Vælg først et emne og et medlem.</translation>
    </message>
</context>
<context>
    <name>YearTalliesDialog</name>
    <message>
        <source>Lesson %1:</source>
        <translation>Lektion %1:</translation>
    </message>
    <message>
        <source>The year&apos;s tallies: %1</source>
        <translation>Årets optællinger: %1</translation>
    </message>
    <message>
        <source>No tally has been counted yet.</source>
        <translation>Der er ikke talt op endnu.</translation>
    </message>
</context>
</TS>
