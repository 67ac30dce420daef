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
    <name>ActivitiesScreen</name>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Show to the class</source>
        <translation>Aan de klas tonen</translation>
    </message>
    <message>
        <source>The activity&apos;s title, what it is and its steps, on the screen the class sees.</source>
        <translation>De titel van de activiteit, waar het om gaat en de stappen, op het scherm dat de klas ziet.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <source>The activities could not be read, so there is nothing to show here. Reinstalling Netwerk Desktop puts them back.</source>
        <translation>De activiteiten konden niet worden gelezen, dus hier is niets te zien. Installeer Netwerk Desktop opnieuw, dan zijn ze er weer.</translation>
    </message>
    <message>
        <source>Loading the activities…</source>
        <translation>Activiteiten laden…</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) found</source>
        <translation>
            <numerusform>%n activiteit gevonden</numerusform>
            <numerusform>%n activiteiten gevonden</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
</context>
<context>
    <name>ActivityDetail</name>
    <message>
        <source>No activity chosen</source>
        <translation>Geen activiteit gekozen</translation>
    </message>
    <message>
        <source>Choose an activity in the list. If the list is empty, try “Show all”.</source>
        <translation>Kies een activiteit in de lijst. Is de lijst leeg, probeer dan ‘Alles tonen’.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Groepsgrootte</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Plek</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Strengthens</source>
        <translation>Versterkt</translation>
    </message>
    <message>
        <source>No materials needed.</source>
        <translation>Geen materiaal nodig.</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiaal</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>Varianten</translation>
    </message>
</context>
<context>
    <name>ActivityFilterBar</name>
    <message>
        <source>Search titles, steps and materials</source>
        <translation>Zoek in titels, stappen en materiaal</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Zoekopdracht en alle filters wissen</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Elke duur</translation>
    </message>
    <message>
        <source>Up to %1 min</source>
        <translation>Hoogstens %1 min</translation>
    </message>
    <message>
        <source>Any group size</source>
        <translation>Elke groepsgrootte</translation>
    </message>
    <message>
        <source>Fits a class of</source>
        <translation>Past bij een klas van</translation>
    </message>
    <message>
        <source>Fits a group of</source>
        <translation>Past bij een groep van</translation>
    </message>
    <message>
        <source>Any space</source>
        <translation>Elke plek</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Elke soort</translation>
    </message>
    <message>
        <source>How long the activity takes at the shortest</source>
        <translation>Hoe lang de activiteit minstens duurt</translation>
    </message>
    <message>
        <source>A class of N: activities the whole class can do together or split into groups. A group of N: activities for groups of exactly that size.</source>
        <translation>Een klas van N: activiteiten die de hele klas samen of in groepjes kan doen. Een groep van N: activiteiten voor groepjes van precies die grootte.</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Aantal personen</translation>
    </message>
    <message>
        <source>Where the activity takes place</source>
        <translation>Waar de activiteit plaatsvindt</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Soort activiteit</translation>
    </message>
</context>
<context>
    <name>ActivityNames</name>
    <message>
        <source>Icebreaker</source>
        <translation>IJsbreker</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Samenwerking</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Beweging</translation>
    </message>
    <message>
        <source>Class event</source>
        <translation>Klassenactiviteit</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Klaslokaal</translation>
    </message>
    <message>
        <source>Outdoors</source>
        <translation>Buiten</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Groepsgevoel</translation>
    </message>
    <message>
        <source>Class culture</source>
        <translation>Klassencultuur</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Maatjes</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netwerken</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <source>Whole class</source>
        <translation>Hele klas</translation>
    </message>
    <message>
        <source>Each on their own</source>
        <translation>Ieder voor zich</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Tweetallen</translation>
    </message>
    <message>
        <source>Groups of %1</source>
        <translation>Groepjes van %1</translation>
    </message>
    <message>
        <source>Groups of %1–%2</source>
        <translation>Groepjes van %1–%2</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Title, e.g. the talk’s topic</source>
        <translation>Titel, bijv. het onderwerp van de presentatie</translation>
    </message>
    <message>
        <source>Speaker (a member or a guest)</source>
        <translation>Spreker (een lid of een gast)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Make a first agenda…</source>
        <translation>Een eerste agenda maken…</translation>
    </message>
    <message>
        <source>Time for the exchange of experience</source>
        <translation>Tijd voor het uitwisselen van ervaringen</translation>
    </message>
    <message>
        <source>The exchange of experience has less than 45 % of the time. It is the heart of the meeting: shorten a talk or give the exchange more minutes.</source>
        <translation>Het uitwisselen van ervaringen krijgt minder dan 45 % van de tijd. Het is de kern van de bijeenkomst: maak een presentatie korter of geef de uitwisseling meer minuten.</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <source>Open actions carried in from earlier minutes:</source>
        <translation>Openstaande acties uit eerdere verslagen:</translation>
    </message>
    <message>
        <source>No open actions from earlier minutes.</source>
        <translation>Geen openstaande acties uit eerdere verslagen.</translation>
    </message>
    <message>
        <source>Item removed. Undo with Ctrl+Z.</source>
        <translation>Onderdeel verwijderd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Make a first agenda</source>
        <translation>Een eerste agenda maken</translation>
    </message>
    <message>
        <source>Replace this agenda with a first one made from the topics and the host?</source>
        <translation>Deze agenda vervangen door een eerste versie op basis van de onderwerpen en de gastschool?</translation>
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
        <translation>Alleen</translation>
    </message>
    <message>
        <source>With your partner</source>
        <translation>Met je maatje</translation>
    </message>
    <message>
        <source>In your group</source>
        <translation>In je maatjesgroep</translation>
    </message>
    <message>
        <source>Whole class</source>
        <translation>De hele klas</translation>
    </message>
    <message>
        <source>Statement %1 of %2</source>
        <translation>Stelling %1 van %2</translation>
    </message>
    <message>
        <source>fewer than 3</source>
        <translation>minder dan 3</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groep %1</translation>
    </message>
    <message>
        <source>Our partnership groups</source>
        <translation>Onze maatjesgroepen</translation>
    </message>
    <message>
        <source>Our class charter</source>
        <translation>Onze klassenafspraken</translation>
    </message>
    <message>
        <source>Lesson %1</source>
        <translation>Les %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Paused %1</source>
        <translation>Gepauzeerd %1</translation>
    </message>
    <message>
        <source>Needs and offers</source>
        <translation>Vraag en aanbod</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Nothing on the board yet</source>
        <translation>Er staat nog niets op het bord</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Aanbod</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>match</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gelukt</translation>
    </message>
    <message>
        <source>School and study</source>
        <translation>School en studie</translation>
    </message>
    <message>
        <source>Jobs and internships</source>
        <translation>Bijbaan en stage</translation>
    </message>
    <message>
        <source>Clubs and free time</source>
        <translation>Clubs en vrije tijd</translation>
    </message>
    <message>
        <source>Learning something new</source>
        <translation>Iets nieuws leren</translation>
    </message>
    <message>
        <source>Practical things</source>
        <translation>Praktische dingen</translation>
    </message>
    <message>
        <source>Doing things together</source>
        <translation>Samen iets doen</translation>
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
    <message>
        <source>Before a change</source>
        <translation>Vóór een wijziging</translation>
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
        <translation>Er is geen informele tijd: mensen hebben pauzes en vrije tijd nodig om elkaar te ontmoeten. Voeg een informeel blok toe.</translation>
    </message>
    <message>
        <source>The programme has only one kind of block. Mix input, activities and informal time.</source>
        <translation>Het programma heeft maar één soort blok. Wissel inbreng, activiteiten en informele tijd af.</translation>
    </message>
</context>
<context>
    <name>BarCharter</name>
    <message>
        <source>Type a rule the class agrees on, then Enter</source>
        <translation>Typ een afspraak waar de klas het over eens is en druk op Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove the last rule</source>
        <translation>Laatste afspraak verwijderen</translation>
    </message>
</context>
<context>
    <name>BarTally</name>
    <message>
        <source>Type the counts: the class sees dots until you show the chart, and counts below 3 as “fewer than 3”.</source>
        <translation>Typ de aantallen: de klas ziet puntjes tot je de grafiek toont, en aantallen onder de 3 als ‘minder dan 3’.</translation>
    </message>
    <message>
        <source>Show the chart</source>
        <translation>Toon de grafiek</translation>
    </message>
    <message>
        <source>Hide the chart</source>
        <translation>Verberg de grafiek</translation>
    </message>
</context>
<context>
    <name>BoardCheckPanel</name>
    <message>
        <source>new partners</source>
        <translation>nieuwe maatjes</translation>
    </message>
    <message>
        <source>partners again</source>
        <translation>opnieuw maatjes</translation>
    </message>
    <message>
        <source>group-mates again</source>
        <translation>opnieuw in één groep</translation>
    </message>
    <message>
        <source>fewest new faces</source>
        <translation>minste nieuwe</translation>
    </message>
    <message>
        <source>rules broken</source>
        <translation>regels gebroken</translation>
    </message>
    <message>
        <source>Partner pairs who have not been partners before (a trio counts three).</source>
        <translation>Maatjesduo’s die nog niet eerder maatjes waren (een trio telt drie keer).</translation>
    </message>
    <message>
        <source>Partner pairs who were partners in an earlier rotation.</source>
        <translation>Maatjesduo’s die in een eerdere ronde ook al maatjes waren.</translation>
    </message>
    <message>
        <source>Two students in one group who shared a group before.</source>
        <translation>Twee leerlingen in één groep die al eerder samen in een groep zaten.</translation>
    </message>
    <message>
        <source>The fewest new group-mates any student gets: people they have not shared a group with before.</source>
        <translation>Het kleinste aantal nieuwe groepsgenoten dat een leerling krijgt: mensen met wie die nog niet in een groep zat.</translation>
    </message>
    <message>
        <source>Keep-apart and keep-together rules this board breaks.</source>
        <translation>Regels voor uit elkaar of bij elkaar houden die deze indeling breekt.</translation>
    </message>
    <message>
        <source>Compared with the earlier rotations. “Fewest new faces”: the fewest new group-mates any one student gets.</source>
        <translation>Vergeleken met de eerdere rondes. ‘Minste nieuwe’: het kleinste aantal nieuwe groepsgenoten dat één leerling krijgt.</translation>
    </message>
    <message>
        <source>No warnings: nobody meets a former partner, and every rule is kept.</source>
        <translation>Geen waarschuwingen: niemand krijgt een oud maatje, en alle regels worden gevolgd.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardControls</name>
    <message>
        <source>Make partnerships</source>
        <translation>Maatjes maken</translation>
    </message>
    <message>
        <source>New partnerships</source>
        <translation>Nieuwe maatjes</translation>
    </message>
    <message>
        <source>New pairs in new groups, with as many new partners as possible.</source>
        <translation>Nieuwe duo’s in nieuwe groepen, met zoveel mogelijk nieuwe maatjes.</translation>
    </message>
    <message>
        <source>New groups, same pairs</source>
        <translation>Nieuwe groepen, zelfde duo’s</translation>
    </message>
    <message>
        <source>The pairs on the board stay; they meet new pairs.</source>
        <translation>De duo’s blijven bij elkaar en komen bij nieuwe duo’s.</translation>
    </message>
    <message>
        <source>New pairs in the same groups</source>
        <translation>Nieuwe duo’s in dezelfde groepen</translation>
    </message>
    <message>
        <source>The groups on the board stay; inside each group the partners change.</source>
        <translation>De groepen blijven; binnen elke groep wisselen de maatjes.</translation>
    </message>
    <message>
        <source>Try another</source>
        <translation>Probeer een ander</translation>
    </message>
    <message>
        <source>Another proposal of the same kind.</source>
        <translation>Een ander voorstel van dezelfde soort.</translation>
    </message>
    <message>
        <source>Making a proposal…</source>
        <translation>Voorstel maken…</translation>
    </message>
    <message>
        <source>Absent today</source>
        <translation>Afwezig vandaag</translation>
    </message>
    <message>
        <source>Tick who is away: new partnerships leave them out, and “Back today” gives them a place.</source>
        <translation>Vink aan wie er niet is: nieuwe maatjes worden zonder hen gemaakt, en ‘Vandaag terug’ geeft hun een plek.</translation>
    </message>
    <message>
        <source>Back today</source>
        <translation>Vandaag terug</translation>
    </message>
    <message>
        <source>Balance by tags</source>
        <translation>Verdelen op labels</translation>
    </message>
    <message>
        <source>This class has no tags. Give students tags in Classes to balance the groups.</source>
        <translation>Deze klas heeft geen labels. Geef leerlingen labels bij Klassen om de groepen te verdelen.</translation>
    </message>
    <message numerus="yes">
        <source>Rules (%n)…</source>
        <translation>
            <numerusform>Regels (%n)…</numerusform>
            <numerusform>Regels (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>no place yet</source>
        <translation>nog geen plek</translation>
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
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>(not kept: follow it up in person)</source>
        <translation>(niet bewaard: zelf opvolgen)</translation>
    </message>
    <message>
        <source>This text holds a name from the class list (%1). It is not shown to the class or printed: rewrite it without the name.</source>
        <translation>Deze tekst bevat een naam van de klassenlijst (%1). Hij wordt niet aan de klas getoond of geprint: schrijf hem om zonder de naam.</translation>
    </message>
    <message>
        <source>Not posted because of a worry. Follow it up in person, then tick it.</source>
        <translation>Niet opgehangen vanwege een zorg. Volg het zelf op en vink het dan af.</translation>
    </message>
</context>
<context>
    <name>BoardNames</name>
    <message>
        <source>School and study</source>
        <translation>School en studie</translation>
    </message>
    <message>
        <source>Jobs and internships</source>
        <translation>Bijbaan en stage</translation>
    </message>
    <message>
        <source>Clubs and free time</source>
        <translation>Clubs en vrije tijd</translation>
    </message>
    <message>
        <source>Learning something new</source>
        <translation>Iets nieuws leren</translation>
    </message>
    <message>
        <source>Practical things</source>
        <translation>Praktische dingen</translation>
    </message>
    <message>
        <source>Doing things together</source>
        <translation>Samen iets doen</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Aanbod</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gelukt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>Op het bord</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <source>Not posted</source>
        <translation>Niet opgehangen</translation>
    </message>
    <message>
        <source>A worry</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <source>Too personal for the board</source>
        <translation>Te persoonlijk voor het bord</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Onduidelijk</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Een andere reden</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>Show to the class</source>
        <translation>Aan de klas tonen</translation>
    </message>
    <message>
        <source>The groups on the screen the class sees: numbers and names, nothing else.</source>
        <translation>De groepen op het scherm dat de klas ziet: nummers en namen, verder niets.</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Wissel</translation>
    </message>
    <message>
        <source>Swap the two marked students (S or Enter).</source>
        <translation>Wissel de twee gemarkeerde leerlingen (S of Enter).</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Vastzetten</translation>
    </message>
    <message>
        <source>Pinned students stay where they are when new partnerships are made (P).</source>
        <translation>Vastgezette leerlingen blijven op hun plek als er nieuwe maatjes worden gemaakt (P).</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Begint op</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Put aside</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <source>Forget this proposal and show the saved partnerships.</source>
        <translation>Vergeet dit voorstel en toon de opgeslagen maatjes.</translation>
    </message>
    <message>
        <source>Undo last rotation…</source>
        <translation>Laatste ronde ongedaan maken…</translation>
    </message>
    <message>
        <source>Partnership board</source>
        <translation>Maatjesindeling</translation>
    </message>
    <message>
        <source>Up and Down move between names, Left and Right between groups. Space marks a name, S or Enter swaps, P pins, Escape clears the marks.</source>
        <translation>Omhoog en Omlaag gaan naar een andere naam, Links en Rechts naar een andere groep. Spatie markeert een naam, S of Enter wisselt, P zet vast en Escape haalt de markeringen weg.</translation>
    </message>
    <message>
        <source>Not everyone has a place</source>
        <translation>Niet iedereen heeft een plek</translation>
    </message>
    <message>
        <source>%1 have no place on the board and are not ticked as away. Show the partnerships without them?</source>
        <translation>%1 hebben geen plek op het bord en zijn niet als afwezig aangevinkt. De maatjes zonder hen tonen?</translation>
    </message>
    <message>
        <source>Choose a class to see its partnerships.</source>
        <translation>Kies een klas om de maatjes te zien.</translation>
    </message>
    <message>
        <source>Drag a name onto another to swap them, or mark two names and press Swap.</source>
        <translation>Sleep een naam op een andere naam om ze te wisselen, of markeer twee namen en druk op Wissel.</translation>
    </message>
    <message>
        <source>%1 has no students yet. Add them in Classes.</source>
        <translation>%1 heeft nog geen leerlingen. Voeg ze toe bij Klassen.</translation>
    </message>
    <message>
        <source>%1 has no partnerships yet. Press “New partnerships” to make a proposal.</source>
        <translation>%1 heeft nog geen maatjes. Druk op ‘Nieuwe maatjes’ voor een voorstel.</translation>
    </message>
    <message>
        <source>Proposal, not saved yet</source>
        <translation>Voorstel, nog niet opgeslagen</translation>
    </message>
    <message>
        <source>%1, changed by hand, not saved yet</source>
        <translation>%1, met de hand aangepast, nog niet opgeslagen</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, sinds %2</translation>
    </message>
    <message>
        <source>No partnerships yet</source>
        <translation>Nog geen maatjes</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Wijzigingen opslaan</translation>
    </message>
    <message>
        <source>A proposal is on the board. Adjust it, then save.</source>
        <translation>Er staat een voorstel klaar. Pas het aan en sla het dan op.</translation>
    </message>
    <message>
        <source>The last change on the board is undone.</source>
        <translation>De laatste wijziging op het bord is ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Niet ingedeeld</translation>
    </message>
    <message>
        <source>%1 is back and joins %2.</source>
        <translation>%1 is terug en komt in %2.</translation>
    </message>
    <message>
        <source>Swap with %1</source>
        <translation>Wissel met %1</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Zet %1 weer los</translation>
    </message>
    <message>
        <source>Pin %1 in place</source>
        <translation>Zet %1 vast</translation>
    </message>
    <message>
        <source>%1 is absent today</source>
        <translation>%1 is vandaag afwezig</translation>
    </message>
    <message>
        <source>Partner history of %1</source>
        <translation>Maatjesgeschiedenis van %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <source>Saved. These are now the partnerships of %1.</source>
        <translation>Opgeslagen. Dit zijn nu de maatjes van %1.</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Niet ongedaan gemaakt</translation>
    </message>
    <message>
        <source>The last rotation was undone.</source>
        <translation>De laatste ronde is ongedaan gemaakt.</translation>
    </message>
</context>
<context>
    <name>BoardUndo</name>
    <message>
        <source>%1 (started %2) is removed from the history. The class has no partnerships until you save new ones.</source>
        <translation>%1 (begonnen op %2) wordt uit de geschiedenis gehaald. De klas heeft geen maatjes tot je nieuwe opslaat.</translation>
    </message>
    <message>
        <source>%1 (started %2) is removed from the history. The partnerships of %3 are the class&apos;s partnerships again.</source>
        <translation>%1 (begonnen op %2) wordt uit de geschiedenis gehaald. De maatjes van %3 gelden dan weer voor de klas.</translation>
    </message>
    <message>
        <source>Undo the last rotation?</source>
        <translation>Laatste ronde ongedaan maken?</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 ongedaan maken</translation>
    </message>
</context>
<context>
    <name>CharterEditor</name>
    <message>
        <source>The class charter</source>
        <translation>De klassenafspraken</translation>
    </message>
    <message>
        <source>Type a rule the class agrees on, then Enter</source>
        <translation>Typ een afspraak waar de klas het over eens is en druk op Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Save charter</source>
        <translation>Afspraken opslaan</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>A step of your own, e.g. approved by the head</source>
        <translation>Een eigen stap, bijv. goedgekeurd door de directie</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Stap verwijderen</translation>
    </message>
    <message>
        <source>Remove the step “%1”?</source>
        <translation>De stap ‘%1’ verwijderen?</translation>
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
        <translation>Zwart</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Rustig</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>My notes…</source>
        <translation>Mijn notities…</translation>
    </message>
    <message>
        <source>There is one screen: the class sees everything on it. Your teacher notes would be on the smartboard.</source>
        <translation>Er is één scherm: de klas ziet alles wat erop staat. Je notities voor de docent zouden op het digibord komen.</translation>
    </message>
    <message>
        <source>Show my notes — the class will see them</source>
        <translation>Toon mijn notities – de klas ziet ze</translation>
    </message>
    <message>
        <source>Keep them hidden</source>
        <translation>Verborgen houden</translation>
    </message>
    <message>
        <source>Count…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <source>Add rules…</source>
        <translation>Afspraken typen…</translation>
    </message>
</context>
<context>
    <name>ClassCard</name>
    <message>
        <source>All lessons done</source>
        <translation>Alle lessen zijn gegeven</translation>
    </message>
    <message>
        <source>Next steps…</source>
        <translation>Volgende stappen…</translation>
    </message>
    <message>
        <source>New partnerships</source>
        <translation>Nieuwe maatjes</translation>
    </message>
    <message>
        <source>The year&apos;s tallies side by side</source>
        <translation>De tellingen van het jaar naast elkaar</translation>
    </message>
    <message>
        <source>Archive the class…</source>
        <translation>Klas archiveren…</translation>
    </message>
    <message>
        <source>Lesson %1 is in progress</source>
        <translation>Les %1 is bezig</translation>
    </message>
    <message>
        <source>Continue lesson %1</source>
        <translation>Ga verder met les %1</translation>
    </message>
    <message>
        <source>Next: lesson %1</source>
        <translation>Volgende: les %1</translation>
    </message>
    <message>
        <source>Start lesson %1</source>
        <translation>Begin les %1</translation>
    </message>
    <message>
        <source>%1, lesson %2 is in progress</source>
        <translation>%1, les %2 is bezig</translation>
    </message>
    <message>
        <source>Continue %1, lesson %2</source>
        <translation>Verder met %1, les %2</translation>
    </message>
    <message>
        <source>Next: %1, lesson %2</source>
        <translation>Volgende: %1, les %2</translation>
    </message>
    <message>
        <source>Start %1, lesson %2</source>
        <translation>Begin %1, les %2</translation>
    </message>
</context>
<context>
    <name>ClassCardText</name>
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
        <source>Lessons</source>
        <translation>Lessen</translation>
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
    <name>CloseButton</name>
    <message>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
</context>
<context>
    <name>ContentLanguageChooser</name>
    <message>
        <source>Content language</source>
        <translation>Inhoudstaal</translation>
    </message>
    <message>
        <source>The language of the lessons, prompts and activities shown here. It can differ from the language of the app.</source>
        <translation>De taal van de lessen, gespreksvragen en activiteiten op dit scherm. Die kan anders zijn dan de taal van de app.</translation>
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
    <name>Curtain</name>
    <message>
        <source>The class sees this screen</source>
        <translation>De klas ziet dit scherm</translation>
    </message>
    <message>
        <source>There is only one screen, so the smartboard shows what you see. Your teacher notes stay hidden; the controls are on the class view.</source>
        <translation>Er is maar één scherm, dus het digibord toont wat jij ziet. Je notities voor de docent blijven verborgen; de knoppen staan op het scherm voor de klas.</translation>
    </message>
    <message>
        <source>Back to the class view (F5)</source>
        <translation>Terug naar het scherm voor de klas (F5)</translation>
    </message>
    <message>
        <source>Show my notes — the class will see them</source>
        <translation>Toon mijn notities – de klas ziet ze</translation>
    </message>
</context>
<context>
    <name>DataNotice</name>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
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
        <translation>Cultuur en creativiteit</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Vrijwilligerswerk</translation>
    </message>
    <message>
        <source>Youth centre</source>
        <translation>Jongerenwerk</translation>
    </message>
    <message>
        <source>Study help</source>
        <translation>Huiswerkhulp</translation>
    </message>
    <message>
        <source>Faith and community</source>
        <translation>Geloof en gemeenschap</translation>
    </message>
    <message>
        <source>Help and advice</source>
        <translation>Hulp en advies</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tijdelijk gestopt</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>The school</source>
        <translation>De school</translation>
    </message>
    <message>
        <source>A class’s suggestion</source>
        <translation>Voorstel van een klas</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>Uit een bestand</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Niet gecontroleerd</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Local communities and help</source>
        <translation>Plekken en hulp in de buurt</translation>
    </message>
    <message>
        <source>Search names, activities and places</source>
        <translation>Zoek in namen, activiteiten en plekken</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>Ages 15–20</source>
        <translation>15–20 jaar</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Can just turn up</source>
        <translation>Gewoon binnenlopen</translation>
    </message>
    <message>
        <source>Not checked in 12 months</source>
        <translation>12 maanden niet gecontroleerd</translation>
    </message>
    <message>
        <source>Show ended</source>
        <translation>Toon gestopte</translation>
    </message>
    <message>
        <source>Add a place…</source>
        <translation>Plek toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Checked today…</source>
        <translation>Vandaag gecontroleerd…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importeren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Leaflet as PDF…</source>
        <translation>Folder als pdf…</translation>
    </message>
    <message>
        <source>Pocket cards as PDF…</source>
        <translation>Zakkaartjes als pdf…</translation>
    </message>
    <message>
        <source>The directory is empty. Nothing is built in: the school adds the clubs, associations, youth offers and places to get help it knows of. Add a place, import a list your municipality shares (CSV with Open Referral columns), or add the places a class found in “Our networks” – they stay “not checked” until someone at the school checks them.</source>
        <translation>Het overzicht is leeg. Er zit niets in ingebouwd: de school voegt zelf de clubs, verenigingen, plekken voor jongeren en plekken voor hulp toe die ze kent. Voeg een plek toe, importeer een lijst van de gemeente (CSV met Open Referral-kolommen), of voeg de plekken toe die een klas vond in ‘Onze netwerken’ – die staan als ‘niet gecontroleerd’ tot iemand op school ze heeft nagekeken.</translation>
    </message>
    <message>
        <source>%1 of %2 places shown</source>
        <translation>%1 van %2 plekken getoond</translation>
    </message>
    <message>
        <source>Checked today</source>
        <translation>Vandaag gecontroleerd</translation>
    </message>
    <message>
        <source>Who checked “%1” today?</source>
        <translation>Wie heeft ‘%1’ vandaag gecontroleerd?</translation>
    </message>
    <message>
        <source>Remove the place?</source>
        <translation>Plek verwijderen?</translation>
    </message>
    <message>
        <source>Remove “%1” from the school’s directory? Export the directory first if you may want it back.</source>
        <translation>‘%1’ uit het overzicht van de school verwijderen? Exporteer het overzicht eerst als je de plek misschien terug wilt.</translation>
    </message>
    <message>
        <source>Import places</source>
        <translation>Plekken importeren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Geïmporteerd: %1 toegevoegd, %2 bijgewerkt.</translation>
    </message>
    <message>
        <source>The file adds %1 places and updates %2; %3 are the same already. Imported places stay “not checked” until someone at the school checks them. Import?</source>
        <translation>Het bestand voegt %1 plekken toe en werkt er %2 bij; %3 zijn al hetzelfde. Geïmporteerde plekken staan als ‘niet gecontroleerd’ tot iemand op school ze heeft nagekeken. Importeren?</translation>
    </message>
    <message>
        <source>Lines with something that could not be read (left empty or out): %1</source>
        <translation>Regels met iets wat niet gelezen kon worden (leeg gelaten of weggelaten): %1</translation>
    </message>
    <message>
        <source>Export the directory</source>
        <translation>Overzicht exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>%1 places saved in %2</source>
        <translation>%1 plekken opgeslagen in %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit the place</source>
        <translation>Plek bewerken</translation>
    </message>
    <message>
        <source>Add a place</source>
        <translation>Plek toevoegen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>What you do there</source>
        <translation>Wat je er doet</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>Zo doe je mee</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Toegankelijkheid</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Public contact</source>
        <translation>Openbaar contact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Suggested by</source>
        <translation>Voorgesteld door</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>You can just turn up</source>
        <translation>Je kunt gewoon binnenlopen</translation>
    </message>
    <message>
        <source>Bring a friend</source>
        <translation>Neem iemand mee</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Gecontroleerd op</translation>
    </message>
    <message>
        <source>by whom</source>
        <translation>door wie</translation>
    </message>
    <message>
        <source>The organisation’s own contact, never a person’s</source>
        <translation>Het eigen contact van de plek, nooit dat van een persoon</translation>
    </message>
    <message>
        <source>Only what the place makes public: no private person’s phone number or address. A place nobody at the school has checked shows as “not checked” on the leaflet.</source>
        <translation>Alleen wat de plek zelf openbaar maakt: geen telefoonnummer of adres van een privépersoon. Een plek die niemand op school heeft nagekeken, staat als ‘niet gecontroleerd’ in de folder.</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Laatst gecontroleerd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not checked in the last 12 months: check it before students go.</source>
        <translation>De afgelopen 12 maanden niet gecontroleerd: kijk het na voordat leerlingen erheen gaan.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong, and nothing was changed. If it happens again, the log in the data folder says more (Help, About).</source>
        <translation>Er ging onverwacht iets mis en er is niets veranderd. Gebeurt het opnieuw, dan staat er meer in het logbestand in de gegevensmap (Help, Over).</translation>
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
        <source>The database file is damaged and cannot be opened safely. Netwerk Desktop can put back one of its automatic backups; the damaged file is kept beside it.</source>
        <translation>Het databasebestand is beschadigd en kan niet veilig worden geopend. Netwerk Desktop kan een van zijn automatische back-ups terugzetten; het beschadigde bestand blijft ernaast bewaard.</translation>
    </message>
    <message>
        <source>The database file is missing, but there are backups of it (the newest from %1). Put one back to go on where you were; nothing is started anew.</source>
        <translation>Het databasebestand ontbreekt, maar er zijn back-ups van (de nieuwste van %1). Zet er een terug om verder te gaan waar je was; er wordt niets opnieuw begonnen.</translation>
    </message>
    <message>
        <source>The database file is empty, but there are backups with your classes (the newest from %1). Put one back to go on where you were.</source>
        <translation>Het databasebestand is leeg, maar er zijn back-ups met je klassen (de nieuwste van %1). Zet er een terug om verder te gaan waar je was.</translation>
    </message>
    <message>
        <source>The database file cannot be read on this account. Ask IT to check the rights of the data folder, or put back a backup.</source>
        <translation>Het databasebestand kan met dit account niet worden gelezen. Vraag ICT de rechten van de gegevensmap te controleren, of zet een back-up terug.</translation>
    </message>
    <message>
        <source>%1 cannot be used as the data folder: it is a file, a system folder, or this account may not use it. Choose another folder, or ask IT.</source>
        <translation>%1 kan niet als gegevensmap worden gebruikt: het is een bestand, een systeemmap, of dit account mag hem niet gebruiken. Kies een andere map, of vraag het ICT.</translation>
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
        <source>Netwerk Desktop does not write to %1: it would replace the data or a backup, or it is not a file. Choose another file.</source>
        <translation>Netwerk Desktop schrijft niet naar %1: dat zou de gegevens of een back-up vervangen, of het is geen bestand. Kies een ander bestand.</translation>
    </message>
    <message>
        <source>%1 could not be written, so nothing was saved there. Check that the folder exists, that you may write in it and that there is free space.</source>
        <translation>%1 kon niet worden geschreven, dus daar is niets opgeslagen. Controleer of de map bestaat, of je erin mag schrijven en of er vrije ruimte is.</translation>
    </message>
    <message>
        <source>The data folder is write-protected, so the data is open read-only: you can look, export and print, but not change anything.</source>
        <translation>De gegevensmap is tegen schrijven beveiligd, dus de gegevens zijn alleen-lezen geopend: je kunt kijken, exporteren en printen, maar niets veranderen.</translation>
    </message>
    <message>
        <source>The disk is full, so the data is open read-only: you can look, export and print. Free some space and start Netwerk Desktop again to make changes.</source>
        <translation>De schijf is vol, dus de gegevens zijn alleen-lezen geopend: je kunt kijken, exporteren en printen. Maak ruimte vrij en start Netwerk Desktop opnieuw om iets te veranderen.</translation>
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
        <source>The app folder is too deep in the folders of this drive for its data (%1). Move the app folder closer to the top of the drive, for example straight onto the USB stick, and start it again.</source>
        <translation>De app-map staat te diep in de mappen van deze schijf voor zijn gegevens (%1). Zet de app-map hoger op de schijf, bijvoorbeeld direct op de usb-stick, en start hem opnieuw.</translation>
    </message>
    <message>
        <source>More than one match for “%1”.</source>
        <translation>Meer dan één resultaat voor ‘%1’.</translation>
    </message>
    <message>
        <source>This cannot be done, so nothing was changed.</source>
        <translation>Dit kan niet, dus er is niets veranderd.</translation>
    </message>
    <message>
        <source>The class needs a name.</source>
        <translation>De klas heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The student needs a name.</source>
        <translation>De leerling heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The tag needs a name.</source>
        <translation>Het label heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A class name can have at most %1 characters.</source>
        <translation>Een klasnaam mag hoogstens %1 tekens hebben.</translation>
    </message>
    <message>
        <source>A student&apos;s name can have at most %1 characters.</source>
        <translation>De naam van een leerling mag hoogstens %1 tekens hebben.</translation>
    </message>
    <message>
        <source>A tag can have at most %1 characters.</source>
        <translation>Een label mag hoogstens %1 tekens hebben.</translation>
    </message>
    <message>
        <source>A rule of the charter can have at most %1 characters. Shorten it.</source>
        <translation>Een klassenafspraak mag hoogstens %1 tekens hebben. Maak hem korter.</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters. Shorten it.</source>
        <translation>Een notitie mag hoogstens %1 tekens hebben. Maak hem korter.</translation>
    </message>
    <message>
        <source>The name has a character that cannot be saved (a control or invisible character). Type the name again.</source>
        <translation>De naam bevat een teken dat niet kan worden opgeslagen (een stuurteken of een onzichtbaar teken). Typ de naam opnieuw.</translation>
    </message>
    <message>
        <source>A count must be between 0 and %1.</source>
        <translation>Een aantal moet tussen 0 en %1 liggen.</translation>
    </message>
    <message>
        <source>Plan between 1 and %1 rotations at a time.</source>
        <translation>Plan 1 tot %1 rondes tegelijk.</translation>
    </message>
    <message>
        <source>Choose two different students.</source>
        <translation>Kies twee verschillende leerlingen.</translation>
    </message>
    <message>
        <source>This lesson has no steps, so it cannot be run.</source>
        <translation>Deze les heeft geen stappen en kan dus niet worden gegeven.</translation>
    </message>
    <message>
        <source>That value cannot be used, so nothing was changed.</source>
        <translation>Die waarde kan niet worden gebruikt, dus er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Nieuwe activiteit</translation>
    </message>
    <message>
        <source>e.g. Breakfast for the first years</source>
        <translation>bijv. Ontbijt voor de brugklassen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>&amp;Classes</source>
        <translation>&amp;Klassen</translation>
    </message>
</context>
<context>
    <name>EventErrors</name>
    <message>
        <source>The event needs a name.</source>
        <translation>De activiteit heeft een naam nodig.</translation>
    </message>
    <message>
        <source>That text is too long: at most %1 characters.</source>
        <translation>Die tekst is te lang: hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Choose at least one class that takes part.</source>
        <translation>Kies minstens één klas die meedoet.</translation>
    </message>
    <message>
        <source>One of the classes no longer exists. Choose the classes again.</source>
        <translation>Een van de klassen bestaat niet meer. Kies de klassen opnieuw.</translation>
    </message>
    <message>
        <source>That student’s class does not take part in the event. Add the class first.</source>
        <translation>De klas van deze leerling doet niet mee aan de activiteit. Voeg eerst de klas toe.</translation>
    </message>
    <message>
        <source>Type a name and a role.</source>
        <translation>Typ een naam en een rol.</translation>
    </message>
    <message>
        <source>A programme block needs a name and between 1 and %1 minutes.</source>
        <translation>Een programmablok heeft een naam nodig en tussen 1 en %1 minuten.</translation>
    </message>
    <message>
        <source>Groups need at least %1 students signed up. Sign up the students who come first.</source>
        <translation>Voor groepen zijn minstens %1 aangemelde leerlingen nodig. Meld eerst de leerlingen aan die komen.</translation>
    </message>
    <message>
        <source>The hands up cannot be more than the students asked. Count again.</source>
        <translation>Er kunnen niet meer handen omhoog zijn dan leerlingen die het gevraagd is. Tel opnieuw.</translation>
    </message>
    <message>
        <source>The follow-up is over, so the event’s groups were deleted and cannot be made again.</source>
        <translation>De opvolging is voorbij, dus de groepen van de activiteit zijn verwijderd en kunnen niet opnieuw worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>EventNames</name>
    <message>
        <source>Input or talk</source>
        <translation>Inbreng of presentatie</translation>
    </message>
    <message>
        <source>Workshop or activity</source>
        <translation>Workshop of activiteit</translation>
    </message>
    <message>
        <source>Informal time</source>
        <translation>Informele tijd</translation>
    </message>
    <message>
        <source>A clear purpose, aimed at connection, in one sentence</source>
        <translation>Een helder doel, gericht op verbinding, in één zin</translation>
    </message>
    <message>
        <source>Room for spontaneous meetings: breaks, a meal, time without a plan</source>
        <translation>Ruimte voor spontane ontmoetingen: pauzes, een maaltijd, tijd zonder programma</translation>
    </message>
    <message>
        <source>A varied programme: input, activities and informal time</source>
        <translation>Een afwisselend programma: inbreng, activiteiten en informele tijd</translation>
    </message>
    <message>
        <source>A committed team with clear roles, colleagues and students</source>
        <translation>Een betrokken team met duidelijke rollen, collega’s en leerlingen</translation>
    </message>
    <message>
        <source>Follow-up afterwards, so the new contacts last</source>
        <translation>Opvolging achteraf, zodat de nieuwe contacten blijven</translation>
    </message>
    <message>
        <source>Day 1: say thank you to the class and the team</source>
        <translation>Dag 1: bedank de klas en het team</translation>
    </message>
    <message>
        <source>Week 1: partner talk “Who did you meet?”</source>
        <translation>Week 1: maatjesgesprek ‘Wie heb je ontmoet?’</translation>
    </message>
    <message>
        <source>Week 1: anonymous count “I talked with someone new”</source>
        <translation>Week 1: anonieme telling ‘Ik heb met iemand nieuw gepraat’</translation>
    </message>
    <message>
        <source>Month 1: a reunion activity in the event groups</source>
        <translation>Maand 1: een activiteit waarin de groepen van de dag weer samenkomen</translation>
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
        <translation>P&amp;rogramma</translation>
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
        <translation>&amp;Aanmelding en groepen</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Opvolging</translation>
    </message>
    <message>
        <source>&amp;Handouts</source>
        <translation>&amp;Hand-outs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Handouts in</source>
        <translation>Hand-outs in het</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>In one sentence: who should meet whom, and why</source>
        <translation>In één zin: wie moet wie ontmoeten, en waarom</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Begint om</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Delete event…</source>
        <translation>Activiteit verwijderen…</translation>
    </message>
    <message>
        <source>The event is saved.</source>
        <translation>De activiteit is opgeslagen.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Activiteit verwijderen</translation>
    </message>
    <message>
        <source>Delete “%1” with its programme, team, sign-up, groups and follow-up? A backup is made first, so it can be restored in Settings.</source>
        <translation>‘%1’ verwijderen met programma, team, aanmeldingen, groepen en opvolging? Eerst wordt een reservekopie gemaakt, zodat je het in Instellingen kunt terugzetten.</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>‘%1’ is verwijderd.</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <source>Events</source>
        <translation>Evenementen</translation>
    </message>
    <message>
        <source>&amp;New event</source>
        <translation>&amp;Nieuw evenement</translation>
    </message>
    <message>
        <source>Plan a community event for one class or several: a trip, a cross-class day, a breakfast. Give it a purpose, a mixed programme and a team; the follow-up comes by itself.</source>
        <translation>Plan een groepsactiviteit voor één of meer klassen: een uitje, een dag met klassen door elkaar, een ontbijt. Geef het een doel, een afwisselend programma en een team; de opvolging komt vanzelf.</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>The event puts these steps on each class’s timeline; Home shows them on the day they are due. For the tally, count hands, never names.</source>
        <translation>De activiteit zet deze stappen op de tijdlijn van elke klas; Start toont ze op de dag dat ze aan de beurt zijn. Tel bij de telling handen, nooit namen.</translation>
    </message>
    <message>
        <source>&amp;Hands up</source>
        <translation>&amp;Handen omhoog</translation>
    </message>
    <message>
        <source>&amp;of</source>
        <translation>&amp;van</translation>
    </message>
    <message>
        <source>Save the tally</source>
        <translation>Telling opslaan</translation>
    </message>
    <message>
        <source>Choose a tally step in the list first.</source>
        <translation>Kies eerst een telstap in de lijst.</translation>
    </message>
    <message>
        <source>Tally saved: %1 of %2.</source>
        <translation>Telling opgeslagen: %1 van %2.</translation>
    </message>
</context>
<context>
    <name>FollowUpsToday</name>
    <message>
        <source>Follow-up due</source>
        <translation>Opvolging voor vandaag</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>How the series works</source>
        <translation>Zo is de lessenreeks opgebouwd</translation>
    </message>
    <message>
        <source>Seven lessons and a follow-up later in the year, about community, class culture, partnerships, loneliness and what to do when you or a friend is not thriving. Every lesson opens the same calm way, with partners greeting each other, and ends with something to do before next time. Home shows each class&apos;s next lesson; Handouts has everything to print for it.</source>
        <translation>Zeven lessen en later in het jaar een vervolgles, over groepsgevoel, klassencultuur, maatjes, eenzaamheid en wat je kunt doen als jij of een vriend(in) niet lekker in zijn vel zit. Elke les begint op dezelfde rustige manier, met maatjes die elkaar begroeten, en eindigt met iets om te doen voor de volgende keer. Start laat de volgende les van elke klas zien; bij Werkbladen staat alles wat je ervoor afdrukt.</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Maatjes</translation>
    </message>
    <message>
        <source>Every student has a partner, and two pairs make a partnership group. Make new ones a few times a year on Partnerships: the app mixes the class so that students meet new classmates, and keeps the rules you set.</source>
        <translation>Elke leerling heeft een maatje, en twee duo&apos;s vormen een maatjesgroep. Maak een paar keer per jaar nieuwe bij Maatjes: de app husselt de klas zodat leerlingen nieuwe klasgenoten leren kennen, en houdt zich aan de afspraken die je instelt.</translation>
    </message>
    <message>
        <source>Running a lesson</source>
        <translation>Een les geven</translation>
    </message>
    <message>
        <source>Start the next lesson with the button on its class card. The class view shows only what the class may see; your notes, the timer and the steps are in the presenter view. Esc leaves the lesson, and the place is kept for next time.</source>
        <translation>Start de volgende les met de knop op de kaart van de klas. Het scherm voor de klas toont alleen wat de klas mag zien; je notities, de timer en de stappen staan in het docentenscherm. Esc sluit de les af, en de plek wordt onthouden voor de volgende keer.</translation>
    </message>
    <message>
        <source>Two screens</source>
        <translation>Twee schermen</translation>
    </message>
    <message>
        <source>With a projector as a second screen, the class view goes there and the presenter view stays on yours. If it picks the wrong screen, choose another in the presenter view. If the projector is unplugged, the lesson goes on.</source>
        <translation>Met een projector als tweede scherm gaat het scherm voor de klas daarheen en blijft het docentenscherm op het jouwe. Kiest de app het verkeerde scherm, kies dan een ander in het docentenscherm. Wordt de projector losgekoppeld, dan gaat de les gewoon door.</translation>
    </message>
    <message>
        <source>One screen (a mirrored smartboard)</source>
        <translation>Eén scherm (een gespiegeld digibord)</translation>
    </message>
    <message>
        <source>The class sees everything on the screen. Work from the bar at the bottom of the class view: move on, the timer, black and calm screens, counts and charter rules, the keys. Your notes stay hidden until you choose to show them to the class; private notes are never shown on one screen.</source>
        <translation>De klas ziet alles op het scherm. Werk vanuit de balk onderaan het scherm voor de klas: verder, de timer, zwart en rustig scherm, tellingen en klassenafspraken, de toetsen. Je notities blijven verborgen tot je ervoor kiest ze aan de klas te tonen; privénotities worden bij één scherm nooit getoond.</translation>
    </message>
    <message>
        <source>How Netwerk Desktop works</source>
        <translation>Zo werkt Netwerk Desktop</translation>
    </message>
    <message>
        <source>The keys during a lesson</source>
        <translation>De toetsen tijdens een les</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Show on the projector</source>
        <translation>Op de projector tonen</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
</context>
<context>
    <name>HandoutChoices</name>
    <message>
        <source>Community</source>
        <translation>Groepsgevoel</translation>
    </message>
    <message>
        <source>Class culture</source>
        <translation>Klassencultuur</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Maatjes</translation>
    </message>
    <message>
        <source>Loneliness</source>
        <translation>Eenzaamheid</translation>
    </message>
    <message>
        <source>Failing to thrive</source>
        <translation>Niet lekker in je vel</translation>
    </message>
    <message>
        <source>Worried about a friend</source>
        <translation>Zorgen om een vriend(in)</translation>
    </message>
    <message>
        <source>When you are not thriving</source>
        <translation>Als je niet lekker in je vel zit</translation>
    </message>
    <message>
        <source>Online life</source>
        <translation>Online leven</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Exemplaren</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Wat wil je printen?</translation>
    </message>
    <message>
        <source>One copy to photocopy</source>
        <translation>Eén exemplaar om te kopiëren</translation>
    </message>
    <message>
        <source>The school’s help contacts…</source>
        <translation>Hulpcontacten van school…</translation>
    </message>
    <message>
        <source>The lesson’s themes</source>
        <translation>De thema’s van de les</translation>
    </message>
    <message>
        <source>Everything for lesson %1</source>
        <translation>Alles voor les %1</translation>
    </message>
    <message>
        <source>A worksheet for every student, the teacher guide, help cards, and the partnerships if the class has them.</source>
        <translation>Een werkblad voor elke leerling, de docentenhandleiding, hulpkaarten en de maatjes als de klas die al heeft.</translation>
    </message>
    <message>
        <source>Worksheets, teacher guides and discussion cards are made for a lesson.</source>
        <translation>Werkbladen, docentenhandleidingen en gesprekskaarten horen bij een les.</translation>
    </message>
    <message>
        <source>Discussion cards for one theme, or for the themes of the chosen lesson.</source>
        <translation>Gesprekskaarten voor één thema, of voor de thema’s van de gekozen les.</translation>
    </message>
    <message>
        <source>Enough cards for every student</source>
        <translation>Genoeg kaarten voor elke leerling</translation>
    </message>
    <message>
        <source>One per student, with names</source>
        <translation>Eén per leerling, met naam</translation>
    </message>
    <message>
        <source>The lesson’s themes (%1)</source>
        <translation>De thema’s van de les (%1)</translation>
    </message>
</context>
<context>
    <name>HandoutKinds</name>
    <message>
        <source>Worksheet</source>
        <translation>Werkblad</translation>
    </message>
    <message>
        <source>The lesson’s goals, exercises and questions with room to write.</source>
        <translation>De doelen, opdrachten en vragen van de les, met ruimte om te schrijven.</translation>
    </message>
    <message>
        <source>Teacher guide</source>
        <translation>Docentenhandleiding</translation>
    </message>
    <message>
        <source>Every step of the lesson with times, notes and questions.</source>
        <translation>Elke stap van de les met tijden, aantekeningen en vragen.</translation>
    </message>
    <message>
        <source>List of partners</source>
        <translation>Lijst met maatjes</translation>
    </message>
    <message>
        <source>All partners and partnership groups, for the wall and colleagues.</source>
        <translation>Alle maatjes en maatjesgroepen, voor aan de muur en voor collega’s.</translation>
    </message>
    <message>
        <source>Partnership group cards</source>
        <translation>Kaarten voor de maatjesgroepen</translation>
    </message>
    <message>
        <source>A card per group to cut out: names and what partners do.</source>
        <translation>Een kaart per groep om uit te knippen: namen en wat maatjes doen.</translation>
    </message>
    <message>
        <source>Class charter poster</source>
        <translation>Poster met de klassenafspraken</translation>
    </message>
    <message>
        <source>The rules the class agreed, in large type.</source>
        <translation>De afspraken van de klas, in grote letters.</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Waar vind je hulp?</translation>
    </message>
    <message>
        <source>Cards to cut out with the school’s contacts, 112 and 116&#xa0;111.</source>
        <translation>Kaarten om uit te knippen met de contacten van school, 112 en 116&#xa0;111.</translation>
    </message>
    <message>
        <source>Discussion cards</source>
        <translation>Gesprekskaarten</translation>
    </message>
    <message>
        <source>Questions for a theme on cards to cut out.</source>
        <translation>Vragen bij een thema op kaarten om uit te knippen.</translation>
    </message>
    <message>
        <source>Network map</source>
        <translation>Netwerkkaart</translation>
    </message>
    <message>
        <source>Circles where students draw the people in their lives.</source>
        <translation>Cirkels waarin leerlingen de mensen om hen heen tekenen.</translation>
    </message>
    <message>
        <source>Sorting cards</source>
        <translation>Sorteerkaartjes</translation>
    </message>
    <message>
        <source>The lesson’s sorting cards to cut out, a set per group of four.</source>
        <translation>De sorteerkaartjes van de les om uit te knippen, één set per groep van vier.</translation>
    </message>
    <message>
        <source>Sorting sheet</source>
        <translation>Sorteerblad</translation>
    </message>
    <message>
        <source>Nothing to cut: the statements numbered on a sheet per group.</source>
        <translation>Niets te knippen: de uitspraken genummerd op één blad per groep.</translation>
    </message>
    <message>
        <source>Partnerships for colleagues</source>
        <translation>Maatjes voor collega’s</translation>
    </message>
    <message>
        <source>One page for the class’s other teachers: partners in their subject.</source>
        <translation>Eén pagina voor de andere docenten van de klas: maatjes in hun vak.</translation>
    </message>
    <message>
        <source>Needs-and-offers slips</source>
        <translation>Briefjes voor vraag en aanbod</translation>
    </message>
    <message>
        <source>A slip per student with a code from the class’s board; no names.</source>
        <translation>Een briefje per leerling met een code van het bord van de klas; geen namen.</translation>
    </message>
    <message>
        <source>Introduction cards</source>
        <translation>Voorstelkaartjes</translation>
    </message>
    <message>
        <source>For introductions the mentor makes: codes, never phone numbers.</source>
        <translation>Voor het voorstellen via de mentor: codes, nooit telefoonnummers.</translation>
    </message>
    <message>
        <source>Needs-and-offers poster</source>
        <translation>Poster vraag en aanbod</translation>
    </message>
    <message>
        <source>The board’s categories and how it works.</source>
        <translation>De categorieën van het bord en hoe het werkt.</translation>
    </message>
    <message>
        <source>Needs-and-offers follow-up</source>
        <translation>Terugblik vraag en aanbod</translation>
    </message>
    <message>
        <source>Needs and offers per category and status: counts only.</source>
        <translation>Vragen en aanbod per categorie en status: alleen aantallen.</translation>
    </message>
    <message>
        <source>Directory leaflet</source>
        <translation>Folder met plekken</translation>
    </message>
    <message>
        <source>The school’s local communities by category, with last checked.</source>
        <translation>De plekken uit het overzicht van de school per categorie, met de laatste controle.</translation>
    </message>
    <message>
        <source>Directory pocket cards</source>
        <translation>Zakkaartjes met plekken</translation>
    </message>
    <message>
        <source>A card per place of the school’s directory.</source>
        <translation>Een kaartje per plek uit het overzicht van de school.</translation>
    </message>
</context>
<context>
    <name>HandoutPreview</name>
    <message>
        <source>Print…</source>
        <translation>Printen…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Openen in pdf-viewer</translation>
    </message>
    <message>
        <source>Print all…</source>
        <translation>Alles printen…</translation>
    </message>
    <message>
        <source>Save all…</source>
        <translation>Alles opslaan…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Choose a class and a handout to see it here.</source>
        <translation>Kies een klas en een werkblad om het hier te zien.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina’s</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>Naar de printer sturen…</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>Werkblad opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
    <message>
        <source>Choose a folder for the handouts</source>
        <translation>Kies een map voor de werkbladen</translation>
    </message>
    <message numerus="yes">
        <source>%n handout(s) saved in %1</source>
        <translation>
            <numerusform>%n werkblad opgeslagen in %1</numerusform>
            <numerusform>%n werkbladen opgeslagen in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>The handout could not be saved as %1 (%2). Choose another folder, or close the file if it is open in another program.</source>
        <translation>Het werkblad kon niet worden opgeslagen als %1 (%2). Kies een andere map, of sluit het bestand als het in een ander programma open staat.</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>Geen pdf-viewer</translation>
    </message>
    <message>
        <source>No program for PDF files was found. Use “Save as PDF…” instead.</source>
        <translation>Er is geen programma voor pdf-bestanden gevonden. Gebruik ‘Opslaan als pdf…’.</translation>
    </message>
</context>
<context>
    <name>HandoutPrinting</name>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n pagina naar de printer gestuurd.</numerusform>
            <numerusform>%n pagina’s naar de printer gestuurd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Niet geprint</translation>
    </message>
    <message>
        <source>The printer did not accept the handout. Check that it is switched on and has paper, or save the handout as PDF and print it from there.</source>
        <translation>De printer heeft het werkblad niet aangenomen. Kijk of hij aanstaat en papier heeft, of sla het op als pdf en print het van daaruit.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Het printen is geannuleerd.</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Geen printer</translation>
    </message>
    <message>
        <source>No printer is set up on this computer.</source>
        <translation>Er is op deze computer geen printer ingesteld.</translation>
    </message>
    <message>
        <source>Save the handout as a PDF file and print it from a computer with a printer, or ask the school’s IT support to set up the printer here.</source>
        <translation>Sla het werkblad op als pdf-bestand en print het vanaf een computer met een printer, of vraag de ICT-afdeling van school om hier de printer in te stellen.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
</context>
<context>
    <name>HandoutProblem</name>
    <message>
        <source>%1 has no students yet, so there are no names to print. Add the students, or print one copy to hand out.</source>
        <translation>%1 heeft nog geen leerlingen, dus er zijn geen namen om te printen. Voeg de leerlingen toe, of print één exemplaar om te kopiëren.</translation>
    </message>
    <message>
        <source>Add students</source>
        <translation>Leerlingen toevoegen</translation>
    </message>
    <message>
        <source>%1 has no partnerships yet. Make the partnerships first; then the list and the cards can be printed.</source>
        <translation>%1 heeft nog geen maatjes. Maak eerst de maatjesduo’s; daarna kun je de lijst en de kaarten printen.</translation>
    </message>
    <message>
        <source>Go to Partnerships</source>
        <translation>Naar Maatjes</translation>
    </message>
    <message>
        <source>%1 has not saved a class charter yet. The class agrees on its rules in the lesson about class culture; once they are saved, the poster can be printed.</source>
        <translation>%1 heeft nog geen klassenafspraken opgeslagen. De klas maakt de afspraken in de les over klassencultuur; zodra ze zijn opgeslagen, kun je de poster printen.</translation>
    </message>
    <message>
        <source>Go to Lessons</source>
        <translation>Naar Lessen</translation>
    </message>
    <message>
        <source>%1 has no open needs-and-offers board. Open the board first; its slips carry its codes.</source>
        <translation>%1 heeft geen open bord voor vraag en aanbod. Open eerst het bord; de briefjes krijgen de codes van het bord.</translation>
    </message>
    <message>
        <source>Go to Needs and offers</source>
        <translation>Naar Vraag en aanbod</translation>
    </message>
    <message>
        <source>The school’s directory has no entries yet. Add the first places, then print the leaflet.</source>
        <translation>Het overzicht van de school is nog leeg. Voeg de eerste plekken toe en print dan de folder.</translation>
    </message>
    <message>
        <source>Go to Directory</source>
        <translation>Naar Overzicht</translation>
    </message>
    <message>
        <source>Choose a theme or a lesson for the discussion cards.</source>
        <translation>Kies een thema of een les voor de gesprekskaarten.</translation>
    </message>
    <message>
        <source>This handout is the same for everyone, so print one copy.</source>
        <translation>Dit werkblad is voor iedereen hetzelfde, dus print één exemplaar.</translation>
    </message>
    <message>
        <source>Choose a lesson for this handout.</source>
        <translation>Kies een les voor dit werkblad.</translation>
    </message>
    <message>
        <source>There is nothing to print on this handout yet.</source>
        <translation>Er staat nog niets op dit werkblad om te printen.</translation>
    </message>
    <message>
        <source>Handouts are printed in Danish, English or Dutch. Choose one of them as the class’s language.</source>
        <translation>Werkbladen worden geprint in het Deens, Engels of Nederlands. Kies een van die talen voor de klas.</translation>
    </message>
    <message>
        <source>Edit the class</source>
        <translation>Klas bewerken</translation>
    </message>
    <message>
        <source>The handout could not be written to %1. Check that the folder exists and that there is free space.</source>
        <translation>Het werkblad kon niet worden opgeslagen in %1. Kijk of de map bestaat en of er genoeg ruimte is.</translation>
    </message>
</context>
<context>
    <name>HandoutResultModel</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina’s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutsScreen</name>
    <message>
        <source>Handouts</source>
        <translation>Werkbladen</translation>
    </message>
    <message>
        <source>Making the handout “%1”…</source>
        <translation>‘%1’ wordt gemaakt…</translation>
    </message>
    <message>
        <source>Making the handouts for lesson %1…</source>
        <translation>De werkbladen voor les %1 worden gemaakt…</translation>
    </message>
    <message numerus="yes">
        <source>%n handout(s) ready to print.</source>
        <translation>
            <numerusform>%n werkblad klaar om te printen.</numerusform>
            <numerusform>%n werkbladen klaar om te printen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing new was made.</source>
        <translation>Gestopt. Er is niets nieuws gemaakt.</translation>
    </message>
    <message>
        <source>The help contacts are not filled in</source>
        <translation>De hulpcontacten zijn niet ingevuld</translation>
    </message>
    <message>
        <source>The “Where to get help” cards in this set name the school’s contacts: the student counsellor and whom to talk to. They are not filled in yet, so the cards would have blank lines there.</source>
        <translation>De kaarten ‘Waar vind je hulp?’ in deze set noemen de contacten van de school: de vertrouwenspersoon en met wie je kunt praten. Ze zijn nog niet ingevuld, dus op de kaarten zouden daar lege regels staan.</translation>
    </message>
    <message>
        <source>Fill them in now…</source>
        <translation>Nu invullen…</translation>
    </message>
    <message>
        <source>Print with blank lines</source>
        <translation>Afdrukken met lege regels</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Niet beschikbaar</translation>
    </message>
    <message>
        <source>The help contacts are saved.</source>
        <translation>De hulpcontacten zijn opgeslagen.</translation>
    </message>
</context>
<context>
    <name>HelpContactsDialog</name>
    <message>
        <source>Where to get help: the school’s contacts</source>
        <translation>Waar vind je hulp: de contacten van school</translation>
    </message>
    <message>
        <source>These contacts are printed on the “Where to get help” cards for every class. A field left empty prints as a line to write on. 112 and 116 111 are always printed.</source>
        <translation>Deze contacten komen op de kaarten ‘Waar vind je hulp?’ voor elke klas. Een leeg veld wordt een lijn om op te schrijven. 112 en 116 111 staan er altijd op.</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Keys during a lesson</source>
        <translation>Toetsen tijdens een les</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Saved rotations</source>
        <translation>Opgeslagen rondes</translation>
    </message>
    <message>
        <source>No rotations saved yet.</source>
        <translation>Nog geen rondes opgeslagen.</translation>
    </message>
    <message>
        <source>Partner history</source>
        <translation>Maatjesgeschiedenis</translation>
    </message>
    <message>
        <source>Who has worked with whom</source>
        <translation>Wie heeft met wie samengewerkt</translation>
    </message>
    <message>
        <source>The arrow keys move between squares; the sentence below says how often.</source>
        <translation>Met de pijltjestoetsen ga je van vakje naar vakje; de zin eronder zegt hoe vaak.</translation>
    </message>
    <message>
        <source>The stronger the colour, the more often the two worked together; partners count three times a shared group. Click a name for the student&apos;s history.</source>
        <translation>Hoe sterker de kleur, hoe vaker de twee hebben samengewerkt; maatjes zijn telt drie keer zo zwaar als samen in een groep zitten. Klik op een naam voor de geschiedenis van die leerling.</translation>
    </message>
    <message>
        <source>Point at or click a square to see how often.</source>
        <translation>Wijs een vakje aan of klik erop om te zien hoe vaak.</translation>
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
    <message>
        <source>Archive the class?</source>
        <translation>Klas archiveren?</translation>
    </message>
    <message>
        <source>%1 leaves Home and the lists. Its lessons, partnerships and charter are kept; “Show archived classes” in Classes brings it back.</source>
        <translation>%1 verdwijnt van Start en uit de lijsten. De lessen, maatjes en klassenafspraken blijven bewaard; ‘Gearchiveerde klassen tonen’ bij Klassen haalt de klas terug.</translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation>Niet gearchiveerd</translation>
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
        <source>CSV, text or Excel (.xlsx) from the school&apos;s system</source>
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
    <name>LessonDetail</name>
    <message>
        <source>Choose a lesson</source>
        <translation>Kies een les</translation>
    </message>
    <message>
        <source>Lesson %1: %2</source>
        <translation>Les %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n stap</numerusform>
            <numerusform>%n stappen</numerusform>
        </translation>
    </message>
    <message>
        <source>Parts of this lesson are not translated yet, so they are shown in Danish.</source>
        <translation>Delen van deze les zijn nog niet vertaald en staan daarom in het Deens.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>No materials needed.</source>
        <translation>Geen materiaal nodig.</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiaal</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
</context>
<context>
    <name>LessonListModel</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n stap</numerusform>
            <numerusform>%n stappen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonProgress</name>
    <message>
        <source>Done</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Gegeven op %1</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>In progress: step %1 of %2</source>
        <translation>Bezig: stap %1 van %2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nog niet begonnen</translation>
    </message>
</context>
<context>
    <name>LessonProgressModel</name>
    <message>
        <source>%1 · next</source>
        <translation>%1 · volgende</translation>
    </message>
</context>
<context>
    <name>LessonProgressPanel</name>
    <message>
        <source>Mark as done</source>
        <translation>Markeren als gegeven</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>%1 of %2 lessons done</source>
        <translation>%1 van %2 lessen gegeven</translation>
    </message>
    <message>
        <source>Continue lesson %1</source>
        <translation>Ga verder met les %1</translation>
    </message>
    <message>
        <source>Start lesson %1</source>
        <translation>Begin les %1</translation>
    </message>
    <message>
        <source>Run this lesson</source>
        <translation>Les beginnen</translation>
    </message>
    <message>
        <source>Run lesson %1 again</source>
        <translation>Les %1 opnieuw geven</translation>
    </message>
    <message>
        <source>Continue %1, lesson %2</source>
        <translation>Verder met %1, les %2</translation>
    </message>
    <message>
        <source>Start %1, lesson %2</source>
        <translation>Begin %1, les %2</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Lesson %1 is marked as done.</source>
        <translation>Les %1 is gemarkeerd als gegeven.</translation>
    </message>
    <message>
        <source>Reset lesson %1?</source>
        <translation>Les %1 terugzetten?</translation>
    </message>
    <message>
        <source>Lesson %1 will show as not started, and a new run starts at its first step. You can undo this.</source>
        <translation>Les %1 staat dan op ‘nog niet begonnen’ en begint de volgende keer bij de eerste stap. Je kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <source>Not reset</source>
        <translation>Niet teruggezet</translation>
    </message>
    <message>
        <source>Lesson %1 is back to “not started”.</source>
        <translation>Les %1 staat weer op ‘nog niet begonnen’.</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Niet ongedaan gemaakt</translation>
    </message>
</context>
<context>
    <name>LessonsScreen</name>
    <message>
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <source>Lesson series</source>
        <translation>Lessenreeks</translation>
    </message>
    <message>
        <source>Prompt library</source>
        <translation>Gespreksvragen</translation>
    </message>
    <message>
        <source>The lesson texts could not be read, so there is nothing to show here. Reinstalling Netwerk Desktop puts them back.</source>
        <translation>De lesteksten konden niet worden gelezen, dus hier is niets te zien. Installeer Netwerk Desktop opnieuw, dan zijn ze er weer.</translation>
    </message>
    <message>
        <source>Loading the lessons…</source>
        <translation>Lessen laden…</translation>
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
    <message>
        <source>&amp;How Netwerk Desktop works…</source>
        <translation>&amp;Zo werkt Netwerk Desktop…</translation>
    </message>
    <message>
        <source>&amp;Search lessons, prompts and activities…</source>
        <translation>&amp;Zoeken in lessen, vragen en activiteiten…</translation>
    </message>
</context>
<context>
    <name>MeetingFiles</name>
    <message>
        <source>Calendar file (.ics)</source>
        <translation>Agendabestand (.ics)</translation>
    </message>
    <message>
        <source>Sign-ups (CSV)</source>
        <translation>Aanmeldingen (CSV)</translation>
    </message>
    <message>
        <source>Invitation and agenda (PDF)</source>
        <translation>Uitnodiging en agenda (PDF)</translation>
    </message>
    <message>
        <source>Sign-up sheet (PDF)</source>
        <translation>Aanmeldlijst (PDF)</translation>
    </message>
    <message>
        <source>Name badges (PDF)</source>
        <translation>Naambordjes (PDF)</translation>
    </message>
    <message>
        <source>Minutes (PDF)</source>
        <translation>Verslag (PDF)</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Bestand opslaan</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>bijeenkomst</translation>
    </message>
    <message>
        <source>sign-ups</source>
        <translation>aanmeldingen</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
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
        <translation>&amp;Verslag</translation>
    </message>
    <message>
        <source>&amp;Sign-up</source>
        <translation>Aan&amp;melding</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Bestanden</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Gastschool</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>A guest’s name (nothing else is kept)</source>
        <translation>De naam van een gast (verder wordt niets bewaard)</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>Gast toevoegen</translation>
    </message>
    <message>
        <source>Meeting at %1</source>
        <translation>Bijeenkomst bij %1</translation>
    </message>
    <message>
        <source>Meeting in person (no host yet)</source>
        <translation>Fysieke bijeenkomst (nog geen gastschool)</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation>Online bijeenkomst</translation>
    </message>
    <message>
        <source>%1 to %2 · %3 · %4 signed up</source>
        <translation>%1 tot %2 · %3 · %4 aangemeld</translation>
    </message>
    <message>
        <source>No host</source>
        <translation>Geen gastschool</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Only work details, and only with the member’s consent: the date they agreed to be listed is kept with them. Removing a member removes their sign-ups and votes too.</source>
        <translation>Alleen werkgegevens, en alleen met toestemming: de datum waarop het lid toestemming gaf, wordt erbij bewaard. Wie een lid verwijdert, verwijdert ook diens aanmeldingen en stemmen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Work e-mail</source>
        <translation>Werkmail</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>S&amp;chool</source>
        <translation>S&amp;chool</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>Work &amp;e-mail</source>
        <translation>&amp;Werkmail</translation>
    </message>
    <message>
        <source>They agreed to be listed, on</source>
        <translation>Gaf toestemming om op de lijst te staan, op</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Lid toevoegen</translation>
    </message>
    <message>
        <source>Remove member…</source>
        <translation>Lid verwijderen…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Lid verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 with their sign-ups and votes?</source>
        <translation>%1 verwijderen, met aanmeldingen en stemmen?</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>What was said and agreed</source>
        <translation>Wat er is gezegd en afgesproken</translation>
    </message>
    <message>
        <source>Save the notes</source>
        <translation>Aantekeningen opslaan</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Wat er moet gebeuren</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>%1 — %2, by %3</source>
        <translation>%1 — %2, uiterlijk %3</translation>
    </message>
    <message>
        <source>The minutes are saved.</source>
        <translation>Het verslag is opgeslagen.</translation>
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
        <source>Needs and offers</source>
        <translation>Vraag en aanbod</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>Werkbladen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenementen</translation>
    </message>
    <message>
        <source>Teachers&apos; network</source>
        <translation>Docentennetwerk</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
</context>
<context>
    <name>NetworkErrors</name>
    <message>
        <source>Type a name first.</source>
        <translation>Typ eerst een naam.</translation>
    </message>
    <message>
        <source>That text is too long: at most %1 characters.</source>
        <translation>Die tekst is te lang: hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>A member is added only with their consent. Ask them, then tick the box and give the date they agreed.</source>
        <translation>Een lid wordt alleen met toestemming toegevoegd. Vraag het eerst, vink dan het vakje aan en vul de datum van de toestemming in.</translation>
    </message>
    <message>
        <source>The date of consent cannot be in the future.</source>
        <translation>De datum van de toestemming kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>That is not an e-mail address. Check it, or leave the field empty.</source>
        <translation>Dat is geen e-mailadres. Controleer het, of laat het veld leeg.</translation>
    </message>
    <message>
        <source>The meeting rhythm needs at least one meeting on a real day of the month.</source>
        <translation>Het ritme van de bijeenkomsten heeft minstens één bijeenkomst op een bestaande dag van de maand nodig.</translation>
    </message>
    <message>
        <source>That time zone is not known. Use a name like Europe/Copenhagen.</source>
        <translation>Die tijdzone is onbekend. Gebruik een naam als Europe/Amsterdam.</translation>
    </message>
    <message>
        <source>A meeting has at most %1 talks, so there is time to exchange experience.</source>
        <translation>Een bijeenkomst heeft hoogstens %1 presentaties, zodat er tijd is om ervaringen uit te wisselen.</translation>
    </message>
    <message>
        <source>An agenda item takes between 1 and %1 minutes.</source>
        <translation>Een agendapunt duurt tussen 1 en %1 minuten.</translation>
    </message>
    <message>
        <source>An online meeting has no host school.</source>
        <translation>Een online bijeenkomst heeft geen gastschool.</translation>
    </message>
    <message>
        <source>%1 said it cannot host. Choose another school, or change it under Schools.</source>
        <translation>%1 heeft aangegeven geen gastheer te kunnen zijn. Kies een andere school, of pas het aan onder Scholen.</translation>
    </message>
    <message>
        <source>Plan between 1 and %1 school years.</source>
        <translation>Plan tussen 1 en %1 schooljaren.</translation>
    </message>
    <message>
        <source>That file is not a network pack, or it is damaged. Nothing was changed; ask for the pack again.</source>
        <translation>Dat bestand is geen netwerkpakket, of het is beschadigd. Er is niets veranderd; vraag het pakket opnieuw op.</translation>
    </message>
    <message>
        <source>That pack was made by a newer Netwerk Desktop. Nothing was changed; update the app to import it.</source>
        <translation>Dat pakket is gemaakt met een nieuwere Netwerk Desktop. Er is niets veranderd; werk de app bij om het te importeren.</translation>
    </message>
    <message>
        <source>The class has no open board. Open one first.</source>
        <translation>De klas heeft geen open bord. Open er eerst een.</translation>
    </message>
    <message>
        <source>The class has an open board already. Close it before opening a new one.</source>
        <translation>De klas heeft al een open bord. Sluit dat eerst voordat je een nieuw bord opent.</translation>
    </message>
    <message>
        <source>The board is closed, so nothing can be added or changed on it.</source>
        <translation>Het bord is gesloten, dus er kan niets meer bij of veranderen.</translation>
    </message>
    <message>
        <source>The closing date has passed. Choose today or a day ahead.</source>
        <translation>De sluitingsdatum is voorbij. Kies vandaag of een latere dag.</translation>
    </message>
    <message>
        <source>“%1” is not a slip code. A code is three of these letters: %2.</source>
        <translation>‘%1’ is geen code van een briefje. Een code bestaat uit drie van deze letters: %2.</translation>
    </message>
    <message>
        <source>Code %1 is on the board with this kind already. A slip has one need and one offer.</source>
        <translation>Code %1 staat hiermee al op het bord. Een briefje heeft één vraag en één aanbod.</translation>
    </message>
    <message>
        <source>Write what the slip says.</source>
        <translation>Schrijf op wat er op het briefje staat.</translation>
    </message>
    <message>
        <source>A slip’s text can have at most %1 characters. Shorten it.</source>
        <translation>De tekst van een briefje mag hoogstens %1 tekens hebben. Maak hem korter.</translation>
    </message>
    <message>
        <source>The text holds a name from the class list (%1). Write it without the name: the board never shows who wrote a slip or who it is about.</source>
        <translation>De tekst bevat een naam van de klassenlijst (%1). Schrijf hem zonder de naam: het bord laat nooit zien wie een briefje schreef of over wie het gaat.</translation>
    </message>
    <message>
        <source>A match is one need and one offer. Choose one of each.</source>
        <translation>Een match is één vraag en één aanbod. Kies van allebei één.</translation>
    </message>
    <message>
        <source>These come from the same slip. A slip’s offer cannot meet its own need.</source>
        <translation>Deze komen van hetzelfde briefje. Het aanbod van een briefje kan niet bij de eigen vraag horen.</translation>
    </message>
    <message>
        <source>%1 is not on the board. Post it first, then match it.</source>
        <translation>%1 staat niet op het bord. Hang het eerst op en maak dan de match.</translation>
    </message>
    <message>
        <source>These two are matched already.</source>
        <translation>Deze twee hebben al een match.</translation>
    </message>
    <message>
        <source>This is no longer on the board. It may have been removed.</source>
        <translation>Dit staat niet meer op het bord. Misschien is het verwijderd.</translation>
    </message>
    <message>
        <source>Line %1 of the file: %2</source>
        <translation>Regel %1 van het bestand: %2</translation>
    </message>
    <message>
        <source>The entry needs a name: the club, the association or the place.</source>
        <translation>De plek heeft een naam nodig: de club, de vereniging of de plek.</translation>
    </message>
    <message>
        <source>The ages do not make sense. Write the youngest and the oldest age, or leave them empty.</source>
        <translation>De leeftijden kloppen niet. Vul de jongste en de oudste leeftijd in, of laat ze leeg.</translation>
    </message>
    <message>
        <source>An entry cannot be checked on a day still to come.</source>
        <translation>Een plek kan niet gecontroleerd zijn op een dag die nog moet komen.</translation>
    </message>
    <message>
        <source>Another entry is already this line of the help card.</source>
        <translation>Een andere plek staat al op deze regel van het hulpkaartje.</translation>
    </message>
    <message>
        <source>%1 has no column called “name”, so nothing was imported. Export the directory once to see the columns it reads.</source>
        <translation>%1 heeft geen kolom ‘name’, dus er is niets geïmporteerd. Exporteer het overzicht één keer om te zien welke kolommen het leest.</translation>
    </message>
    <message>
        <source>%1 could not be read, so nothing was imported.</source>
        <translation>%1 kon niet gelezen worden, dus er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>%1 could not be written. Check that the folder exists and that there is free space.</source>
        <translation>%1 kon niet opgeslagen worden. Controleer of de map bestaat en of er ruimte vrij is.</translation>
    </message>
    <message>
        <source>This entry is no longer in the directory. It may have been removed.</source>
        <translation>Deze plek staat niet meer in het overzicht. Misschien is hij verwijderd.</translation>
    </message>
</context>
<context>
    <name>NetworkNames</name>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Presentatie</translation>
    </message>
    <message>
        <source>Exchange of experience</source>
        <translation>Ervaringen uitwisselen</translation>
    </message>
    <message>
        <source>Host’s tour</source>
        <translation>Rondleiding gastschool</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Openstaande acties</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Next meeting and topics</source>
        <translation>Volgende bijeenkomst en onderwerpen</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Fysiek</translation>
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
        <translation>Docentennetwerk</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>&amp;Plan the meetings…</source>
        <translation>Bijeenkomsten &amp;plannen…</translation>
    </message>
    <message>
        <source>Export the network pack…</source>
        <translation>Netwerkpakket exporteren…</translation>
    </message>
    <message>
        <source>Import a network pack…</source>
        <translation>Netwerkpakket importeren…</translation>
    </message>
    <message>
        <source>The contact teachers of several schools meet a few times a year: one online and two in person, hosted in turn. Add the schools, then plan the meetings.</source>
        <translation>De contactdocenten van meerdere scholen komen een paar keer per jaar bijeen: één keer online en twee keer fysiek, om de beurt op een andere school. Voeg de scholen toe en plan dan de bijeenkomsten.</translation>
    </message>
    <message>
        <source>Export the network pack</source>
        <translation>Netwerkpakket exporteren</translation>
    </message>
    <message>
        <source>Network pack (*.json)</source>
        <translation>Netwerkpakket (*.json)</translation>
    </message>
    <message>
        <source>Import a network pack</source>
        <translation>Netwerkpakket importeren</translation>
    </message>
    <message>
        <source>New meetings: %1. Updated: %2. Already up to date: %3. Newer here: %4.</source>
        <translation>Nieuwe bijeenkomsten: %1. Bijgewerkt: %2. Al actueel: %3. Hier nieuwer: %4.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
</context>
<context>
    <name>NetworksScreen</name>
    <message>
        <source>Needs and offers</source>
        <translation>Vraag en aanbod</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <source>Open a board…</source>
        <translation>Bord openen…</translation>
    </message>
    <message>
        <source>Show to the class</source>
        <translation>Laat aan de klas zien</translation>
    </message>
    <message>
        <source>The board on the projector: codes, categories and texts, never a name. Page Down and Page Up turn its pages; Esc on the projector stops showing it.</source>
        <translation>Het bord op de beamer: codes, categorieën en teksten, nooit een naam. Page Down en Page Up bladeren; Esc op de beamer stopt het tonen.</translation>
    </message>
    <message>
        <source>Slips as PDF…</source>
        <translation>Briefjes als pdf…</translation>
    </message>
    <message>
        <source>Introduction cards as PDF…</source>
        <translation>Voorstelkaartjes als pdf…</translation>
    </message>
    <message>
        <source>Close the board…</source>
        <translation>Bord sluiten…</translation>
    </message>
    <message>
        <source>Match (M)</source>
        <translation>Match (M)</translation>
    </message>
    <message>
        <source>Select a need and an offer, then press M – or drag one onto the other.</source>
        <translation>Kies een vraag en een aanbod en druk op M – of sleep het ene op het andere.</translation>
    </message>
    <message>
        <source>Introduction through the mentor</source>
        <translation>Voorstellen via de mentor</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Ophangen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Not posted…</source>
        <translation>Niet ophangen…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gelukt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Remove match</source>
        <translation>Match weghalen</translation>
    </message>
    <message>
        <source>To follow up in person</source>
        <translation>Zelf opvolgen</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Opgevolgd</translation>
    </message>
    <message>
        <source>%1 (introduction)</source>
        <translation>%1 (voorstellen)</translation>
    </message>
    <message>
        <source>No classes yet. Create a class first.</source>
        <translation>Er zijn nog geen klassen. Maak eerst een klas aan.</translation>
    </message>
    <message>
        <source>%1 has no open board. Its last board kept %2 needs and %3 offers as counts only. Open a new board when the class writes slips.</source>
        <translation>%1 heeft geen open bord. Van het vorige bord zijn %2 vragen en %3 keer aanbod alleen als aantallen bewaard. Open een nieuw bord als de klas briefjes schrijft.</translation>
    </message>
    <message>
        <source>%1 has no board yet. Open one before the lesson on needs and offers; its slips carry its codes.</source>
        <translation>%1 heeft nog geen bord. Open er een voor de les over vraag en aanbod; de briefjes krijgen de codes van het bord.</translation>
    </message>
    <message>
        <source>Open until %1 · %2 needs · %3 offers · %4 matches</source>
        <translation>Open tot %1 · %2 vragen · %3 keer aanbod · %4 matches</translation>
    </message>
    <message>
        <source>Matched.</source>
        <translation>Match gemaakt.</translation>
    </message>
    <message>
        <source>Closing the board of %1 deletes every text and code on it from the school server. Only the number of needs and offers per category and status is kept, for the follow-up lesson. The school&apos;s own backups of the server keep the texts until they expire. This cannot be undone.</source>
        <translation>Als je het bord van %1 sluit, worden alle teksten en codes gewist van de schoolserver. Alleen het aantal vragen en aanbod per categorie en status blijft bewaard, voor de terugkomles. De back-ups die de school zelf van de server maakt, bewaren de teksten tot ze verlopen. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Close the board?</source>
        <translation>Bord sluiten?</translation>
    </message>
    <message>
        <source>Closing the board of %1 deletes every text and code on it, here and in the automatic backups. Only the number of needs and offers per category and status is kept, for the follow-up lesson. This cannot be undone.</source>
        <translation>Als je het bord van %1 sluit, worden alle teksten en codes gewist, hier en in de automatische back-ups. Alleen het aantal vragen en aanbod per categorie en status blijft bewaard, voor de terugkomles. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>The board is closed; only the counts are kept.</source>
        <translation>Het bord is gesloten; alleen de aantallen zijn bewaard.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>NoPlaceDialog</name>
    <message>
        <source>Before the lesson</source>
        <translation>Voor de les</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) have no place in the partnerships</source>
        <translation>
            <numerusform>%n leerling heeft geen plek bij de maatjes</numerusform>
            <numerusform>%n leerlingen hebben geen plek bij de maatjes</numerusform>
        </translation>
    </message>
    <message>
        <source>They were away when the partnerships were made, or joined the class since. Tick who is here today: they get a place where they fit best.</source>
        <translation>Ze waren afwezig toen de maatjes werden gemaakt, of zitten sindsdien in de klas. Vink aan wie er vandaag is: zij krijgen een plek waar ze het best passen.</translation>
    </message>
    <message>
        <source>Show the partnerships without them</source>
        <translation>Maatjes zonder hen tonen</translation>
    </message>
    <message numerus="yes">
        <source>Give %n student(s) a place</source>
        <translation>
            <numerusform>%n leerling een plek geven</numerusform>
            <numerusform>%n leerlingen een plek geven</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>NotPostedDialog</name>
    <message>
        <source>Not posted</source>
        <translation>Niet opgehangen</translation>
    </message>
    <message>
        <source>Why does %1 stay off the board?</source>
        <translation>Waarom komt %1 niet op het bord?</translation>
    </message>
    <message>
        <source>A worry about home, money or safety: the text is deleted now. Give the student the help card and follow it up in person, as your school&apos;s procedure says. Don&apos;t promise to keep it secret.</source>
        <translation>Een zorg over thuis, geld of veiligheid: de tekst wordt nu gewist. Geef de leerling het hulpkaartje en volg het zelf op, zoals de procedure van je school zegt. Beloof niet dat je het geheimhoudt.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Private notes</source>
        <translation>Privénotities</translation>
    </message>
    <message>
        <source>What worked, what to revisit. Only you see these.</source>
        <translation>Wat werkte, wat wil je nog eens oppakken? Alleen jij ziet deze notities.</translation>
    </message>
    <message>
        <source>Notes on this lesson with this class</source>
        <translation>Notities over deze les met deze klas</translation>
    </message>
    <message>
        <source>Erase notes…</source>
        <translation>Notities wissen…</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Notities niet opgeslagen</translation>
    </message>
    <message>
        <source>Erase the notes?</source>
        <translation>Notities wissen?</translation>
    </message>
    <message>
        <source>Your private notes on this lesson with this class will be erased.</source>
        <translation>Je privénotities over deze les met deze klas worden gewist.</translation>
    </message>
</context>
<context>
    <name>OpenBoardDialog</name>
    <message>
        <source>Open a board</source>
        <translation>Bord openen</translation>
    </message>
    <message>
        <source>The board of %1 takes needs and offers until its closing date, about two weeks from now, when you look back with the class. Then only the counts are kept.</source>
        <translation>Het bord van %1 neemt vragen en aanbod aan tot de sluitingsdatum, over ongeveer twee weken, als je met de klas terugkijkt. Daarna blijven alleen de aantallen bewaard.</translation>
    </message>
</context>
<context>
    <name>OpenWarnings</name>
    <message>
        <source>The disk is full, so today&apos;s backup was not made. Free some space; until then nothing can be changed.</source>
        <translation>De schijf is vol, dus de back-up van vandaag is niet gemaakt. Maak ruimte vrij; tot dan kan er niets worden veranderd.</translation>
    </message>
    <message>
        <source>The data folder is write-protected, so today&apos;s backup was not made.</source>
        <translation>De gegevensmap is tegen schrijven beveiligd, dus de back-up van vandaag is niet gemaakt.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made. Your data is fine; make one by hand in Settings, and if that fails too, ask IT to look at the data folder.</source>
        <translation>De back-up van vandaag kon niet worden gemaakt. Je gegevens zijn in orde; maak er zelf een bij Instellingen, en lukt dat ook niet, vraag ICT dan naar de gegevensmap te kijken.</translation>
    </message>
    <message>
        <source>The second copy of the backup could not be written to %1 (is the USB stick or home drive there?). The backup in the data folder was made.</source>
        <translation>De tweede kopie van de back-up kon niet naar %1 worden geschreven (zit de usb-stick erin, is de thuismap bereikbaar?). De back-up in de gegevensmap is wel gemaakt.</translation>
    </message>
    <message>
        <source>The data is on a network drive. Netwerk Desktop keeps it safe there by letting only one PC at a time use it; close the app on other PCs first.</source>
        <translation>De gegevens staan op een netwerkschijf. Netwerk Desktop houdt ze daar veilig door maar één pc tegelijk toe te laten; sluit de app eerst op andere pc&apos;s.</translation>
    </message>
    <message>
        <source>Erasing %1 was interrupted last time; it has now been finished, backups included.</source>
        <translation>Het wissen van %1 werd de vorige keer onderbroken; het is nu afgemaakt, ook in de back-ups.</translation>
    </message>
</context>
<context>
    <name>PartnerHistoryModel</name>
    <message>
        <source>Rotation</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Maatjes</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
</context>
<context>
    <name>PartnershipText</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Maatjesgroep %1</translation>
    </message>
    <message>
        <source>Rotation %1</source>
        <translation>Ronde %1</translation>
    </message>
    <message>
        <source>New partnerships</source>
        <translation>Nieuwe maatjes</translation>
    </message>
    <message>
        <source>New groups, same pairs</source>
        <translation>Nieuwe groepen, zelfde duo’s</translation>
    </message>
    <message>
        <source>New pairs in the same groups</source>
        <translation>Nieuwe duo’s in dezelfde groepen</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Met de hand gemaakt</translation>
    </message>
    <message>
        <source>%1 and %2 were partners in rotation %3.</source>
        <translation>%1 en %2 waren maatjes in ronde %3.</translation>
    </message>
    <message>
        <source>%1 and %2 were in the same group in rotation %3.</source>
        <translation>%1 en %2 zaten in ronde %3 in dezelfde groep.</translation>
    </message>
    <message>
        <source>Breaks a keep-apart rule: %1 and %2 are in the same group.</source>
        <translation>Breekt een regel om uit elkaar te houden: %1 en %2 zitten in dezelfde groep.</translation>
    </message>
    <message>
        <source>Breaks a keep-together rule: %1 and %2 are in different groups.</source>
        <translation>Breekt een regel om bij elkaar te houden: %1 en %2 zitten in verschillende groepen.</translation>
    </message>
    <message>
        <source>%1 has %n student(s), more than a group should have.</source>
        <translation>%1 heeft %n leerling, meer dan een groep zou moeten hebben.</translation>
    </message>
    <message>
        <source>%1 has only %n student(s).</source>
        <translation>%1 heeft maar %n leerling.</translation>
    </message>
    <message>
        <source>%1 are one pair of %n students; a pair has two or three.</source>
        <translation>%1 vormen één duo van %n leerling; een duo heeft er twee of drie.</translation>
    </message>
    <message>
        <source>%1 has no partner in %2.</source>
        <translation>%1 heeft geen maatje in %2.</translation>
    </message>
    <message>
        <source>Keep %1 apart</source>
        <translation>Houd %1 uit elkaar</translation>
    </message>
    <message>
        <source>Keep %1 together</source>
        <translation>Houd %1 bij elkaar</translation>
    </message>
    <message>
        <source>%1 stay partners</source>
        <translation>%1 blijven maatjes</translation>
    </message>
    <message>
        <source>Pinned where they are: %1</source>
        <translation>Vastgezet op hun plek: %1</translation>
    </message>
    <message>
        <source>Same pairs: %1 stay partners</source>
        <translation>Zelfde duo’s: %1 blijven maatjes</translation>
    </message>
    <message>
        <source>Same groups: %1 stay in one group</source>
        <translation>Zelfde groepen: %1 blijven in één groep</translation>
    </message>
    <message>
        <source>No partnerships were made: these rules keep students both apart and together.</source>
        <translation>Er zijn geen maatjes gemaakt: deze regels houden leerlingen zowel uit elkaar als bij elkaar.</translation>
    </message>
    <message>
        <source>No partnerships were made: these rules put more students in one group than a group can hold.</source>
        <translation>Er zijn geen maatjes gemaakt: deze regels zetten meer leerlingen in één groep dan er in passen.</translation>
    </message>
    <message>
        <source>No partnerships were made: these rules hold one student in two pairs.</source>
        <translation>Er zijn geen maatjes gemaakt: deze regels zetten één leerling vast in twee duo’s.</translation>
    </message>
    <message>
        <source>No partnerships were made: these trios leave too few students for pairs.</source>
        <translation>Er zijn geen maatjes gemaakt: deze trio’s laten te weinig leerlingen over voor duo’s.</translation>
    </message>
    <message>
        <source>No partnerships were made: no way of forming the groups keeps all these rules.</source>
        <translation>Er zijn geen maatjes gemaakt: geen enkele groepsindeling volgt al deze regels.</translation>
    </message>
    <message>
        <source>Change or remove one of them under “Rules”, or unpin a student.</source>
        <translation>Pas er een aan of haal er een weg bij ‘Regels’, of zet een leerling weer los.</translation>
    </message>
    <message>
        <source>%1 and %2 have not worked together yet.</source>
        <translation>%1 en %2 hebben nog niet samengewerkt.</translation>
    </message>
    <message>
        <source>Partners: %n time(s)</source>
        <translation>Maatjes: %n keer</translation>
    </message>
    <message>
        <source>In the same group, not as partners: %n time(s)</source>
        <translation>In dezelfde groep, niet als maatjes: %n keer</translation>
    </message>
</context>
<context>
    <name>PartnershipsScreen</name>
    <message>
        <source>Partnerships</source>
        <translation>Maatjes</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Indeling</translation>
    </message>
    <message>
        <source>Season plan</source>
        <translation>Seizoensplan</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>No classes yet. Create a class and add its students first.</source>
        <translation>Nog geen klassen. Maak eerst een klas aan en voeg de leerlingen toe.</translation>
    </message>
    <message>
        <source>There is no screen to show the groups on.</source>
        <translation>Er is geen scherm om de groepen op te tonen.</translation>
    </message>
</context>
<context>
    <name>PdfSaving</name>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan the meetings</source>
        <translation>Bijeenkomsten plannen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Vanaf</translation>
    </message>
    <message>
        <source>&amp;School years</source>
        <translation>&amp;Schooljaren</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastschool</translation>
    </message>
    <message>
        <source>no school can host</source>
        <translation>geen school kan gastheer zijn</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>opgeslagen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
</context>
<context>
    <name>PresentationKeys</name>
    <message>
        <source>→  ↓  Page Down  Space</source>
        <translation>→  ↓  Page Down  Spatie</translation>
    </message>
    <message>
        <source>Next (statement, phase or step)</source>
        <translation>Volgende (stelling, fase of stap)</translation>
    </message>
    <message>
        <source>←  ↑  Page Up</source>
        <translation>←  ↑  Page Up</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>B  or  .</source>
        <translation>B  of  .</translation>
    </message>
    <message>
        <source>Black screen, and back</source>
        <translation>Zwart scherm, en weer terug</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Calm screen, and back</source>
        <translation>Rustig scherm, en weer terug</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>De timer starten of pauzeren</translation>
    </message>
    <message>
        <source>+  /  −</source>
        <translation>+  /  −</translation>
    </message>
    <message>
        <source>A minute more or less</source>
        <translation>Een minuut meer of minder</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Show the partnerships, and back</source>
        <translation>Toon de maatjesduo’s, en weer terug</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Show the lesson on the audience screen</source>
        <translation>Toon de les op het scherm voor de klas</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave the lesson (your place is kept)</source>
        <translation>De les verlaten (de plek wordt onthouden)</translation>
    </message>
    <message>
        <source>F1  or  ?</source>
        <translation>F1  of  ?</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Deze hulp</translation>
    </message>
    <message>
        <source>Tap the left or right edge</source>
        <translation>Tik op de linker- of rechterrand</translation>
    </message>
    <message>
        <source>Previous or next on a touch screen (or swipe)</source>
        <translation>Vorige of volgende op een aanraakscherm (of veeg)</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>← Leave (Esc)</source>
        <translation>← Stoppen (Esc)</translation>
    </message>
    <message>
        <source>Keys (F1)</source>
        <translation>Toetsen (F1)</translation>
    </message>
    <message>
        <source>Silent timer</source>
        <translation>Timer zonder geluid</translation>
    </message>
    <message>
        <source>Black (B)</source>
        <translation>Zwart (B)</translation>
    </message>
    <message>
        <source>Calm (W)</source>
        <translation>Rustig (W)</translation>
    </message>
    <message>
        <source>Partnerships (P)</source>
        <translation>Maatjes (P)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Volgende →</translation>
    </message>
    <message>
        <source>Your private notes stay hidden while the class sees this screen.</source>
        <translation>Je privénotities blijven verborgen zolang de klas dit scherm ziet.</translation>
    </message>
    <message>
        <source>The screen the class sees</source>
        <translation>Het scherm dat de klas ziet</translation>
    </message>
    <message>
        <source>Light audience view</source>
        <translation>Lichte weergave voor de klas</translation>
    </message>
    <message>
        <source>Dark audience view</source>
        <translation>Donkere weergave voor de klas</translation>
    </message>
    <message>
        <source>%1 · Lesson %2: %3</source>
        <translation>%1 · Les %2: %3</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Stap %1 van %2: %3</translation>
    </message>
    <message>
        <source>Next: %1 (%2 min)</source>
        <translation>Volgende: %1 (%2 min)</translation>
    </message>
    <message>
        <source>Next: the end of the lesson</source>
        <translation>Volgende: het einde van de les</translation>
    </message>
    <message>
        <source>The lesson is finished and saved as done.</source>
        <translation>De les is klaar en opgeslagen als gegeven.</translation>
    </message>
    <message>
        <source>statement %1 of %2</source>
        <translation>stelling %1 van %2</translation>
    </message>
    <message>
        <source>phase: %1</source>
        <translation>fase: %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>pagina %1 van %2</translation>
    </message>
    <message>
        <source>%1 of %2 min</source>
        <translation>%1 van %2 min</translation>
    </message>
    <message>
        <source>Audience screen: automatic</source>
        <translation>Scherm voor de klas: automatisch</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3)</source>
        <translation>Scherm %1: %2 (%3)</translation>
    </message>
    <message>
        <source>The class sees the lesson on %1.</source>
        <translation>De klas ziet de les op %1.</translation>
    </message>
    <message>
        <source>Case to read aloud</source>
        <translation>Verhaal om voor te lezen</translation>
    </message>
    <message>
        <source>Follow-up questions</source>
        <translation>Vervolgvragen</translation>
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
</context>
<context>
    <name>Printable</name>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Choose another folder, or check that the USB stick is still in.</source>
        <translation>De pdf kon daar niet worden opgeslagen. Kies een andere map, of kijk of de usb-stick er nog in zit.</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Geen printer</translation>
    </message>
    <message>
        <source>This computer has no printer set up. Save it as a PDF instead.</source>
        <translation>Op deze computer is geen printer ingesteld. Sla het in plaats daarvan op als pdf.</translation>
    </message>
</context>
<context>
    <name>PrintsPanel</name>
    <message>
        <source>Programme poster</source>
        <translation>Programmaposter</translation>
    </message>
    <message>
        <source>Group cards</source>
        <translation>Groepskaarten</translation>
    </message>
    <message>
        <source>First-name badges</source>
        <translation>Naambordjes met voornaam</translation>
    </message>
    <message>
        <source>Role cards</source>
        <translation>Rolkaarten</translation>
    </message>
    <message>
        <source>Letter to parents</source>
        <translation>Brief aan ouders</translation>
    </message>
    <message>
        <source>Follow-up cards</source>
        <translation>Opvolgkaarten</translation>
    </message>
    <message>
        <source>The letter to parents (edit it before printing)</source>
        <translation>De brief aan ouders (pas hem aan voor het afdrukken)</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Brief opslaan</translation>
    </message>
    <message>
        <source>The letter is saved.</source>
        <translation>De brief is opgeslagen.</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Hand-out opslaan</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ProgrammePanel</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Blok</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>M&amp;inuten</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>Be&amp;geleiding</translation>
    </message>
    <message>
        <source>From the &amp;activity catalogue</source>
        <translation>Uit de &amp;activiteitenlijst</translation>
    </message>
    <message>
        <source>e.g. Breakfast at mixed tables</source>
        <translation>bijv. Ontbijt aan gemengde tafels</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>Blok toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Removed “%1”. Undo with Ctrl+Z.</source>
        <translation>‘%1’ verwijderd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>PromptLibrary</name>
    <message>
        <source>Themes</source>
        <translation>Thema’s</translation>
    </message>
    <message>
        <source>Every prompt is about “someone your age” or the class as a whole, never about a student in the room. The follow-up question takes the talk one step further.</source>
        <translation>Elke vraag gaat over ‘iemand van jouw leeftijd’ of over de klas als geheel, nooit over een leerling in het lokaal. De vervolgvraag brengt het gesprek een stap verder.</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Vragen</translation>
    </message>
</context>
<context>
    <name>PromptListModel</name>
    <message>
        <source>Follow-up: %1</source>
        <translation>Vervolgvraag: %1</translation>
    </message>
</context>
<context>
    <name>PromptThemeModel</name>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n vraag</numerusform>
            <numerusform>%n vragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptThemes</name>
    <message>
        <source>Class culture</source>
        <translation>Klassencultuur</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Groepsgevoel</translation>
    </message>
    <message>
        <source>Loneliness</source>
        <translation>Eenzaamheid</translation>
    </message>
    <message>
        <source>Failing to thrive</source>
        <translation>Niet lekker in je vel zitten</translation>
    </message>
    <message>
        <source>I’m worried about a friend</source>
        <translation>Ik maak me zorgen om een vriend(in)</translation>
    </message>
    <message>
        <source>I’m not thriving</source>
        <translation>Ik zit niet lekker in mijn vel</translation>
    </message>
    <message>
        <source>Online life</source>
        <translation>Online leven</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Maatjes</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Netwerk Desktop cannot open the data</source>
        <translation>Netwerk Desktop kan de gegevens niet openen</translation>
    </message>
    <message>
        <source>To go back to an older state instead, choose a backup. Everything changed after it is lost; the data as it is now is kept.</source>
        <translation>Wil je liever terug naar een eerdere stand, kies dan een back-up. Alles wat daarna is veranderd, gaat verloren; de gegevens zoals ze nu zijn, blijven bewaard.</translation>
    </message>
    <message>
        <source>Choose the backup to put back. The newest one that holds your classes is chosen already.</source>
        <translation>Kies de back-up die je wilt terugzetten. De nieuwste met je klassen is al gekozen.</translation>
    </message>
    <message>
        <source>There are no backups in the data folder. If you keep a copy elsewhere (a USB stick, your home drive), choose it with “From a file…”.</source>
        <translation>Er staan geen back-ups in de gegevensmap. Bewaar je ergens anders een kopie (een usb-stick, je thuismap), kies die dan met ‘Uit een bestand…’.</translation>
    </message>
    <message>
        <source>Put the backup back</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Uit een bestand…</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Gegevensmap openen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Quit, to install the newer version</source>
        <translation>Afsluiten om de nieuwere versie te installeren</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n klas</numerusform>
            <numerusform>%n klassen</numerusform>
        </translation>
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
        <source>The backup was not put back</source>
        <translation>De back-up is niet teruggezet</translation>
    </message>
    <message>
        <source>The backup is back. The file that could not be opened is kept as %1.</source>
        <translation>De back-up is teruggezet. Het bestand dat niet kon worden geopend, is bewaard als %1.</translation>
    </message>
    <message>
        <source>The backup is back.</source>
        <translation>De back-up is teruggezet.</translation>
    </message>
    <message>
        <source>Backup put back</source>
        <translation>Back-up teruggezet</translation>
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
        <source>This is not a file that can be read (a folder, a device or a pipe). Choose the class list file itself.</source>
        <translation>Dit is geen bestand dat gelezen kan worden (een map, een apparaat of een pipe). Kies het bestand met de klassenlijst zelf.</translation>
    </message>
    <message>
        <source>The list has far more columns than a class list. Is it the right file? Save only the sheet with the names and try again.</source>
        <translation>De lijst heeft veel meer kolommen dan een klassenlijst. Is het het goede bestand? Sla alleen het blad met de namen op en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Only Excel files have sheets.</source>
        <translation>Alleen Excelbestanden hebben tabbladen.</translation>
    </message>
    <message>
        <source>There is no column “%1” in the list.</source>
        <translation>Er is geen kolom ‘%1’ in de lijst.</translation>
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
        <source>Export this student&apos;s data…</source>
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
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
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
</context>
<context>
    <name>RotationListModel</name>
    <message>
        <source>Rotation</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Made as</source>
        <translation>Gemaakt als</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>Gepland %1</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
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
        <translation>Houd %1 en %2 uit elkaar</translation>
    </message>
    <message>
        <source>Keep %1 and %2 together</source>
        <translation>Houd %1 en %2 bij elkaar</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Rules for %1</source>
        <translation>Regels voor %1</translation>
    </message>
    <message>
        <source>Keep apart: the two are never in the same partnership group. Keep together: they are always in the same group. Every proposal keeps these rules.</source>
        <translation>Uit elkaar houden: de twee komen nooit in dezelfde maatjesgroep. Bij elkaar houden: ze zitten altijd in dezelfde groep. Elk voorstel volgt deze regels.</translation>
    </message>
    <message>
        <source>Keep apart</source>
        <translation>Uit elkaar houden</translation>
    </message>
    <message>
        <source>Keep together</source>
        <translation>Bij elkaar houden</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>and student</source>
        <translation>en leerling</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <source>Rules of the class</source>
        <translation>Regels van de klas</translation>
    </message>
    <message>
        <source>No rules yet.</source>
        <translation>Nog geen regels.</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>Choose two different students.</source>
        <translation>Kies twee verschillende leerlingen.</translation>
    </message>
</context>
<context>
    <name>RunMode</name>
    <message>
        <source>This class has no partnerships yet.</source>
        <translation>Deze klas heeft nog geen maatjesduo’s.</translation>
    </message>
    <message>
        <source>The lesson is saved as done. Esc leaves run mode.</source>
        <translation>De les is opgeslagen als gegeven. Met Esc stop je de presentatie.</translation>
    </message>
    <message>
        <source>Continuing at step %1.</source>
        <translation>Verder bij stap %1.</translation>
    </message>
    <message>
        <source>No screen for the audience view; the lesson goes on here.</source>
        <translation>Er is geen scherm voor de klas; de les gaat hier verder.</translation>
    </message>
</context>
<context>
    <name>SchoolServerSection</name>
    <message>
        <source>School server</source>
        <translation>Schoolserver</translation>
    </message>
    <message>
        <source>On a school server, your classes go with you from classroom to classroom and can be shared with co-teachers. Ask the school&apos;s IT for the address. The password is never stored here: you type it when Netwerk Desktop starts, or the IT sets up a password file.</source>
        <translation>Op de schoolserver gaan je klassen met je mee van lokaal naar lokaal en kun je ze delen met collega&apos;s die de klas ook lesgeven. Vraag de ICT-afdeling van school om het adres. Het wachtwoord wordt hier nooit bewaard: je typt het als Netwerk Desktop start, of de ICT-afdeling zet een wachtwoordbestand klaar.</translation>
    </message>
    <message>
        <source>Now: the data is on this PC.</source>
        <translation>Nu: de gegevens staan op deze pc.</translation>
    </message>
    <message>
        <source>Now: the school server %1.</source>
        <translation>Nu: de schoolserver %1.</translation>
    </message>
    <message>
        <source>Address of the school server</source>
        <translation>Adres van de schoolserver</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Deze server gebruiken</translation>
    </message>
    <message>
        <source>Keep the data on this PC</source>
        <translation>Gegevens op deze pc houden</translation>
    </message>
    <message>
        <source>Saved. Netwerk Desktop uses the school server from its next start.</source>
        <translation>Opgeslagen. Netwerk Desktop gebruikt de schoolserver vanaf de volgende start.</translation>
    </message>
    <message>
        <source>Saved. From the next start the data is on this PC again (export a class from the server first to take it along).</source>
        <translation>Opgeslagen. Vanaf de volgende start staan de gegevens weer op deze pc (exporteer eerst een klas van de server om die mee te nemen).</translation>
    </message>
</context>
<context>
    <name>SchoolsPanel</name>
    <message>
        <source>Physical meetings are hosted in turn by the schools that can host, usually with a tour of something local. Choose a school to change it.</source>
        <translation>Fysieke bijeenkomsten zijn om de beurt op een school die gastheer kan zijn, meestal met een rondleiding langs iets in de buurt. Kies een school om die te wijzigen.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Can host</source>
        <translation>Kan gastheer zijn</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Rondleiding</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;School</translation>
    </message>
    <message>
        <source>What the &amp;tour shows</source>
        <translation>Wat de &amp;rondleiding laat zien</translation>
    </message>
    <message>
        <source>Can &amp;host</source>
        <translation>Kan &amp;gastheer zijn</translation>
    </message>
    <message>
        <source>Save school</source>
        <translation>School opslaan</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search lessons, prompts and activities</source>
        <translation>Zoeken in lessen, vragen en activiteiten</translation>
    </message>
    <message>
        <source>Words to look for, e.g. friend worried</source>
        <translation>Woorden om te zoeken, bijv. vriend zorgen</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Type words.</source>
        <translation>Typ een paar woorden.</translation>
    </message>
    <message>
        <source>Lesson %1, step %2: %3</source>
        <translation>Les %1, stap %2: %3</translation>
    </message>
    <message>
        <source>Lesson %1: %2</source>
        <translation>Les %1: %2</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Activiteit: %1</translation>
    </message>
</context>
<context>
    <name>SeasonPage</name>
    <message>
        <source>A season plan makes the next rotations together, so the later ones still bring new partners. Start them one at a time; plan again when the class changes, for example when a student joins or leaves.</source>
        <translation>Een seizoensplan maakt de volgende rondes in één keer, zodat ook de latere rondes nieuwe maatjes opleveren. Start ze één voor één, en plan opnieuw als de klas verandert, bijvoorbeeld als er een leerling bij komt of weggaat.</translation>
    </message>
    <message>
        <source>Rotations to plan</source>
        <translation>Aantal rondes</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Begint op</translation>
    </message>
    <message>
        <source>Start the next planned rotation</source>
        <translation>Start de volgende geplande ronde</translation>
    </message>
    <message>
        <source>No season plan yet.</source>
        <translation>Nog geen seizoensplan.</translation>
    </message>
    <message>
        <source>Plan the season</source>
        <translation>Plan het seizoen</translation>
    </message>
    <message>
        <source>Plan again</source>
        <translation>Opnieuw plannen</translation>
    </message>
    <message numerus="yes">
        <source>%n rotation(s) planned.</source>
        <translation>
            <numerusform>%n ronde gepland.</numerusform>
            <numerusform>%n rondes gepland.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next planned rotation has started.</source>
        <translation>De volgende geplande ronde is begonnen.</translation>
    </message>
</context>
<context>
    <name>SecondCopyRow</name>
    <message>
        <source>Backups are kept in the data folder only. Keep a second copy on a USB stick or your home drive, in case this PC is reset.</source>
        <translation>De back-ups staan alleen in de gegevensmap. Bewaar een tweede kopie op een usb-stick of je thuismap, voor het geval deze pc opnieuw wordt ingericht.</translation>
    </message>
    <message>
        <source>Every backup is also copied to %1.</source>
        <translation>Elke back-up wordt ook gekopieerd naar %1.</translation>
    </message>
    <message>
        <source>Choose a folder for a second copy…</source>
        <translation>Kies een map voor een tweede kopie…</translation>
    </message>
    <message>
        <source>Stop the second copy</source>
        <translation>Stoppen met de tweede kopie</translation>
    </message>
    <message>
        <source>A folder for the second copy of the backups</source>
        <translation>Een map voor de tweede kopie van de back-ups</translation>
    </message>
    <message>
        <source>Stop the second copy?</source>
        <translation>Stoppen met de tweede kopie?</translation>
    </message>
    <message>
        <source>New backups are then kept in the data folder only. The copies already in the other folder stay there.</source>
        <translation>Nieuwe back-ups staan dan alleen in de gegevensmap. De kopieën die al in de andere map staan, blijven daar.</translation>
    </message>
    <message>
        <source>The folder was not chosen</source>
        <translation>De map is niet gekozen</translation>
    </message>
</context>
<context>
    <name>SeriesChooser</name>
    <message>
        <source>Lesson series</source>
        <translation>Lessenreeks</translation>
    </message>
</context>
<context>
    <name>ServerErrors</name>
    <message>
        <source>The school server cannot be reached. What you do in a lesson is saved on this PC and sent when the server is back; other changes have to wait until then.</source>
        <translation>De schoolserver is niet bereikbaar. Wat je in een les doet, wordt op deze pc bewaard en verstuurd zodra de server terug is; andere wijzigingen moeten tot dan wachten.</translation>
    </message>
    <message>
        <source>The school server&apos;s database is not set up for Netwerk Desktop yet. Ask the school&apos;s IT to run “server init” (see docs/school-server.md).</source>
        <translation>De database op de schoolserver is nog niet ingericht voor Netwerk Desktop. Vraag de ICT-afdeling om “server init” uit te voeren (zie docs/school-server.md).</translation>
    </message>
    <message>
        <source>The school server&apos;s database is from an older Netwerk Desktop. Ask the school&apos;s IT to run “server init” to bring it up to date.</source>
        <translation>De database op de schoolserver komt van een oudere Netwerk Desktop. Vraag de ICT-afdeling om “server init” uit te voeren om hem bij te werken.</translation>
    </message>
    <message>
        <source>The school server is set up for a newer Netwerk Desktop. Update Netwerk Desktop on this PC.</source>
        <translation>De schoolserver is ingericht voor een nieuwere Netwerk Desktop. Werk Netwerk Desktop op deze pc bij.</translation>
    </message>
    <message>
        <source>The school server does not allow this for your login. Classes belong to their teachers and co-teachers; school-wide data is changed by coordinators.</source>
        <translation>De schoolserver staat dit niet toe voor jouw login. Klassen horen bij hun docenten en mededocenten; gegevens voor de hele school worden door coördinatoren gewijzigd.</translation>
    </message>
    <message>
        <source>“%1” is not the address of a school server. It looks like postgresql://server/netwerk; ask the school&apos;s IT for it.</source>
        <translation>“%1” is geen adres van een schoolserver. Het ziet eruit als postgresql://server/netwerk; vraag het aan de ICT-afdeling.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: Netwerk Desktop never stores it. It asks for it at start, or the school&apos;s IT sets up a password file.</source>
        <translation>Laat het wachtwoord weg uit het adres: Netwerk Desktop bewaart het nooit. Het vraagt erom bij de start, of de ICT-afdeling zet een wachtwoordbestand klaar.</translation>
    </message>
    <message>
        <source>The PostgreSQL tools are not installed on this PC. Ask the school&apos;s IT.</source>
        <translation>De PostgreSQL-hulpprogramma&apos;s zijn niet op deze pc geïnstalleerd. Vraag het aan de ICT-afdeling.</translation>
    </message>
    <message>
        <source>The server&apos;s backup could not be made: %1</source>
        <translation>De reservekopie van de server kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>een collega</translation>
    </message>
    <message>
        <source>While you were editing, %1 changed the charter of %2. Nothing was saved over it: their version is shown now; make your change again.</source>
        <translation>Terwijl jij aan het bewerken was, heeft %1 de klassenafspraken van %2 gewijzigd. Er is niets overheen opgeslagen: hun versie staat nu in beeld; breng je wijziging opnieuw aan.</translation>
    </message>
    <message>
        <source>While you were editing, %1 changed the class list of %2. Nothing was saved over it: reload to see their change, then make yours again.</source>
        <translation>Terwijl jij aan het bewerken was, heeft %1 de klassenlijst van %2 gewijzigd. Er is niets overheen opgeslagen: laad opnieuw om hun wijziging te zien en breng de jouwe daarna opnieuw aan.</translation>
    </message>
    <message>
        <source>While you were editing, %1 changed the partnerships of %2. Nothing was saved over it: reload to see their change, then make yours again.</source>
        <translation>Terwijl jij aan het bewerken was, heeft %1 de maatjesduo’s van %2 gewijzigd. Er is niets overheen opgeslagen: laad opnieuw om hun wijziging te zien en breng de jouwe daarna opnieuw aan.</translation>
    </message>
</context>
<context>
    <name>ServerStart</name>
    <message>
        <source>That password was not accepted. Try again:</source>
        <translation>Dat wachtwoord is niet geaccepteerd. Probeer het opnieuw:</translation>
    </message>
    <message>
        <source>Your password for the school server:</source>
        <translation>Je wachtwoord voor de schoolserver:</translation>
    </message>
    <message>
        <source>School server</source>
        <translation>Schoolserver</translation>
    </message>
</context>
<context>
    <name>ServerState</name>
    <message numerus="yes">
        <source>Saved on this PC, will be sent to the school server (%n change(s))</source>
        <translation>
            <numerusform>Op deze pc bewaard, wordt naar de schoolserver gestuurd (%n wijziging)</numerusform>
            <numerusform>Op deze pc bewaard, wordt naar de schoolserver gestuurd (%n wijzigingen)</numerusform>
        </translation>
    </message>
    <message>
        <source>School server: %1 — everything is saved there</source>
        <translation>Schoolserver: %1 — alles is daar opgeslagen</translation>
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
        <source>Paper for handouts</source>
        <translation>Papier voor werkbladen</translation>
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
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
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
        <source>The school&apos;s IT backs up the school server. This folder keeps your settings.</source>
        <translation>De ICT-afdeling maakt reservekopieën van de schoolserver. Deze map bewaart je instellingen.</translation>
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
        <source>The second copy was not made</source>
        <translation>De tweede kopie is niet gemaakt</translation>
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
    <name>SharedBanner</name>
    <message>
        <source>The class sees your notes now. Private notes stay hidden on one screen.</source>
        <translation>De klas ziet nu je notities. Privénotities blijven verborgen als er maar één scherm is.</translation>
    </message>
    <message>
        <source>Back to the class view (F5)</source>
        <translation>Terug naar het scherm voor de klas (F5)</translation>
    </message>
</context>
<context>
    <name>SignupPanel</name>
    <message>
        <source>A guest’s name (nothing else is kept)</source>
        <translation>De naam van een gast (verder wordt niets bewaard)</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>Gast toevoegen</translation>
    </message>
    <message>
        <source>Sign up every student</source>
        <translation>Alle leerlingen aanmelden</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>Van de lijst halen</translation>
    </message>
    <message>
        <source>Groups across the classes</source>
        <translation>Groepen met klassen door elkaar</translation>
    </message>
    <message>
        <source>Make groups</source>
        <translation>Groepen maken</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation>%1 (gast)</translation>
    </message>
    <message>
        <source>Coming: %1 students, %2 guests</source>
        <translation>Komen: %1 leerlingen, %2 gasten</translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>Groep %1: %2</translation>
    </message>
    <message>
        <source>The follow-up is over, so the groups were deleted, as planned.</source>
        <translation>De opvolging is voorbij, dus de groepen zijn verwijderd, zoals gepland.</translation>
    </message>
    <message>
        <source>The solver mixes the classes in every group as far as the numbers allow. The groups are deleted by themselves when the follow-up is over.</source>
        <translation>In elke groep worden de klassen zo goed gemengd als de aantallen toelaten. De groepen worden vanzelf verwijderd als de opvolging voorbij is.</translation>
    </message>
    <message>
        <source>Take %1 off the list?</source>
        <translation>%1 van de lijst halen?</translation>
    </message>
    <message>
        <source>Replace the groups made before?</source>
        <translation>De eerder gemaakte groepen vervangen?</translation>
    </message>
    <message>
        <source>Making groups…</source>
        <translation>Groepen maken…</translation>
    </message>
    <message>
        <source>%1 groups made.</source>
        <translation>%1 groepen gemaakt.</translation>
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
        <translation>&amp;Vraag</translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation>&amp;Aanbod</translation>
    </message>
    <message>
        <source>What the slip says, without names – Enter adds it</source>
        <translation>Wat er op het briefje staat, zonder namen – Enter voegt toe</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Step %1 · %2</source>
        <translation>Stap %1 · %2</translation>
    </message>
    <message>
        <source>%1, minute %2–%3 of the lesson</source>
        <translation>%1, minuut %2–%3 van de les</translation>
    </message>
    <message>
        <source>Think–pair–share: %1</source>
        <translation>Denken–delen–uitwisselen: %1</translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>Op het bord</translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation>Notities voor de docent</translation>
    </message>
</context>
<context>
    <name>StepContent</name>
    <message>
        <source>Left side of the room: %1</source>
        <translation>Linkerkant van het lokaal: %1</translation>
    </message>
    <message>
        <source>Right side of the room: %1</source>
        <translation>Rechterkant van het lokaal: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Vervolgvraag: %1</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Stellingen</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kaartjes</translation>
    </message>
    <message>
        <source>Rank the cards from “%1” to “%2”.</source>
        <translation>Leg de kaartjes op volgorde, van ‘%1’ tot ‘%2’.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <source>Case to read aloud</source>
        <translation>Casus om voor te lezen</translation>
    </message>
    <message>
        <source>Discussion question</source>
        <translation>Gespreksvraag</translation>
    </message>
    <message>
        <source>Follow-up question</source>
        <translation>Vervolgvraag</translation>
    </message>
    <message>
        <source>Questions for reflection</source>
        <translation>Reflectievragen</translation>
    </message>
    <message>
        <source>Questions for partners</source>
        <translation>Vragen voor de maatjes</translation>
    </message>
    <message>
        <source>Questions for the class charter</source>
        <translation>Vragen voor de klassenafspraken</translation>
    </message>
    <message>
        <source>Example rules</source>
        <translation>Voorbeelden van afspraken</translation>
    </message>
    <message>
        <source>Poll question</source>
        <translation>Vraag voor de peiling</translation>
    </message>
    <message>
        <source>Answer options</source>
        <translation>Antwoordmogelijkheden</translation>
    </message>
    <message>
        <source>Before next time</source>
        <translation>Voor de volgende keer</translation>
    </message>
    <message numerus="yes">
        <source>%n writing line(s) after each question.</source>
        <translation>
            <numerusform>%n schrijfregel na elke vraag.</numerusform>
            <numerusform>%n schrijfregels na elke vraag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n writing line(s).</source>
        <translation>
            <numerusform>%n schrijfregel.</numerusform>
            <numerusform>%n schrijfregels.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case is printed first.</source>
        <translation>De casus staat bovenaan het werkblad.</translation>
    </message>
    <message>
        <source>On the handout</source>
        <translation>Op het werkblad</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Running late? Leave this step out.</source>
        <translation>Loopt het uit? Sla deze stap dan over.</translation>
    </message>
    <message>
        <source>Two shorter lessons? The first part ends after this step.</source>
        <translation>Twee kortere lessen? Dan eindigt het eerste deel na deze stap.</translation>
    </message>
</context>
<context>
    <name>StepNames</name>
    <message>
        <source>Short talk</source>
        <translation>Korte uitleg</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Either/or</source>
        <translation>Dit of dat</translation>
    </message>
    <message>
        <source>Sorting cards</source>
        <translation>Kaartjes sorteren</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <source>Partnership meeting</source>
        <translation>Maatjesgesprek</translation>
    </message>
    <message>
        <source>Class charter</source>
        <translation>Klassenafspraken</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Peiling</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <source>Alone</source>
        <translation>Alleen</translation>
    </message>
    <message>
        <source>With a partner</source>
        <translation>Met je maatje</translation>
    </message>
    <message>
        <source>Partnership group</source>
        <translation>Maatjesgroep</translation>
    </message>
    <message>
        <source>Whole class</source>
        <translation>Hele klas</translation>
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
        <source>Save the student&apos;s data</source>
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
    <message>
        <source>Not erased</source>
        <translation>Niet gewist</translation>
    </message>
    <message>
        <source>Erase from the backups too?</source>
        <translation>Ook uit de back-ups wissen?</translation>
    </message>
    <message numerus="yes">
        <source>%1 is removed from the class, but %n backup(s) still hold the name. Erase %1 from them too? Then Ctrl+Z cannot bring %1 back.</source>
        <translation>
            <numerusform>%1 is uit de klas verwijderd, maar %n back-up bevat de naam nog. %1 daar ook uit wissen? Dan kan Ctrl+Z %1 niet meer terugzetten.</numerusform>
            <numerusform>%1 is uit de klas verwijderd, maar %n back-ups bevatten de naam nog. %1 daar ook uit wissen? Dan kan Ctrl+Z %1 niet meer terugzetten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase from the backups</source>
        <translation>Uit de back-ups wissen</translation>
    </message>
    <message>
        <source>Keep for now</source>
        <translation>Voorlopig bewaren</translation>
    </message>
    <message numerus="yes">
        <source>%1 was erased, also from %n backup(s).</source>
        <translation>
            <numerusform>%1 is gewist, ook uit %n back-up.</numerusform>
            <numerusform>%1 is gewist, ook uit %n back-ups.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files that were not changed</source>
        <translation>Bestanden die niet zijn veranderd</translation>
    </message>
    <message>
        <source>These files in the backup folder are not Netwerk Desktop backups, so they were left as they are. If one holds %1&apos;s name, delete it yourself:
%2</source>
        <translation>Deze bestanden in de back-upmap zijn geen back-ups van Netwerk Desktop en zijn dus niet aangeraakt. Staat de naam van %1 in een ervan, verwijder het dan zelf:
%2</translation>
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
    <name>TallyEntry</name>
    <message>
        <source>Count the answers</source>
        <translation>Tel de antwoorden</translation>
    </message>
    <message>
        <source>Show the chart</source>
        <translation>Toon de grafiek</translation>
    </message>
    <message>
        <source>Hide the chart</source>
        <translation>Verberg de grafiek</translation>
    </message>
    <message>
        <source>Counts below 3 are shown as “fewer than 3”, so nobody is singled out.</source>
        <translation>Aantallen onder de 3 staan er als ‘minder dan 3’, zodat niemand eruit springt.</translation>
    </message>
    <message>
        <source>The same question in lesson %1: %2</source>
        <translation>Dezelfde vraag in les %1: %2</translation>
    </message>
</context>
<context>
    <name>TallyText</name>
    <message numerus="yes">
        <source>Counted: %1 of %n student(s)</source>
        <translation>
            <numerusform>Geteld: %1 van %n leerling</numerusform>
            <numerusform>Geteld: %1 van %n leerlingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>A committed team makes the event: give colleagues and students a clear role, for example host, timekeeper or the one who welcomes guests.</source>
        <translation>Een betrokken team maakt de activiteit: geef collega’s en leerlingen een duidelijke rol, bijvoorbeeld gastheer, tijdbewaker of degene die de gasten ontvangt.</translation>
    </message>
    <message>
        <source>&amp;Colleague</source>
        <translation>&amp;Collega</translation>
    </message>
    <message>
        <source>&amp;Student</source>
        <translation>&amp;Leerling</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>R&amp;ol</translation>
    </message>
    <message>
        <source>Add colleague</source>
        <translation>Collega toevoegen</translation>
    </message>
    <message>
        <source>Add student</source>
        <translation>Leerling toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Removed %1 from the team. Undo with Ctrl+Z.</source>
        <translation>%1 uit het team gehaald. Ongedaan maken met Ctrl+Z.</translation>
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
        <translation>Een minuut minder (−)</translation>
    </message>
    <message>
        <source>A minute more (+)</source>
        <translation>Een minuut meer (+)</translation>
    </message>
    <message>
        <source>Pause (T)</source>
        <translation>Pauze (T)</translation>
    </message>
    <message>
        <source>Start (T)</source>
        <translation>Start (T)</translation>
    </message>
    <message>
        <source>Time is up. The class sees a gentle signal.</source>
        <translation>De tijd is om. De klas ziet een rustig signaal.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Loopt</translation>
    </message>
    <message>
        <source>Paused: the class sees the time</source>
        <translation>Gepauzeerd: de klas ziet de tijd</translation>
    </message>
</context>
<context>
    <name>TopicsPanel</name>
    <message>
        <source>Members choose the topics: the ones with most votes become the talks of the next agenda.</source>
        <translation>De leden kiezen de onderwerpen: die met de meeste stemmen worden de presentaties op de volgende agenda.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Voorgesteld door</translation>
    </message>
    <message>
        <source>A topic for a meeting</source>
        <translation>Een onderwerp voor een bijeenkomst</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>&amp;Lid</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <source>Vote for the chosen topic</source>
        <translation>Stem op het gekozen onderwerp</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Choose a topic and a member first.</source>
        <translation>Kies eerst een onderwerp en een lid.</translation>
    </message>
</context>
<context>
    <name>YearTalliesDialog</name>
    <message>
        <source>Lesson %1:</source>
        <translation>Les %1:</translation>
    </message>
    <message>
        <source>The year&apos;s tallies: %1</source>
        <translation>De tellingen van het jaar: %1</translation>
    </message>
    <message>
        <source>No tally has been counted yet.</source>
        <translation>Er is nog niets geteld.</translation>
    </message>
</context>
</TS>
