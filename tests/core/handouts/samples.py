"""Sample inputs for every handout kind, with names in every script a class may bring."""

from __future__ import annotations

from datetime import date

from netwerk_desktop.handouts import (
    CharterPosterInput,
    ColleagueSheetInput,
    DiscussionCard,
    DiscussionCardsInput,
    Exercise,
    GuideKind,
    GuideMaterial,
    GuideStep,
    HandoutContext,
    HandoutInput,
    HandoutKind,
    HandoutRequest,
    HelpCardsInput,
    HelpContact,
    NetworkMapInput,
    PaperSize,
    Partnership,
    PartnershipCardsInput,
    PartnershipGroup,
    PartnershipOverviewInput,
    SortingCard,
    SortingCardsInput,
    SortingSheetInput,
    SortingTask,
    TeacherGuideInput,
    WorksheetInput,
)
from netwerk_desktop.handouts.inputs import (
    BoardPosterInput,
    BoardSlipsInput,
    BoardTallyInput,
    DirectoryCardsInput,
    DirectoryLeafletInput,
    DirectoryListing,
    Introduction,
    IntroductionCardsInput,
    TallyCell,
)

# One name per script the brief names; each must come back from pdftotext exactly.
NAMES = (
    "Søren Ærø Åsmund",  # Danish
    "Ĳsbrand van der Ĳssel",  # Dutch (the ĳ ligature letter)
    "Łucja Żółkiewska",  # Polish
    "Ağrı İpek Yılmaz",  # Turkish
    "Дмитрий Шевченко",  # Cyrillic
    "Αλέξανδρος Νικολάου",  # Greek
    "Nguyễn Thị Ngọc Ánh",  # Vietnamese, stacked diacritics
    "فاطمة الزهراء",  # Arabic
    "علاء عبد الله",  # Arabic, with a lam-alef ligature
    "Mette Frederiksen-Sørensen",
)
# Left-to-right and right-to-left in one name.
MIXED_NAMES = ("Ahmad أحمد", "سلمى Nielsen")
LONG_NAME = "Wolfeschlegelsteinhausenbergerdorff-Christophersen Nørgaard-Rasmussen"
CLASS_NAME = "2.b Samfundsfag"


def context(
    language: str = "da", paper: PaperSize = PaperSize.A4, class_name: str = CLASS_NAME
) -> HandoutContext:
    return HandoutContext.for_class(
        class_name,
        language=language,
        printed_on=date(2026, 11, 21),
        school_name="Nordby Gymnasium",
        paper=paper,
    )


def worksheet(students: tuple[str, ...] = ()) -> WorksheetInput:
    return WorksheetInput(
        lesson_title="Fællesskab i klassen",
        lesson_number=1,
        goals=(
            "I taler om, hvad der gør en klasse til et godt sted at være.",
            "Du lærer din makker lidt bedre at kende.",
        ),
        exercises=(
            Exercise(
                "Gode kolleger",
                "Læs historien om Sara. Skriv først selv dit svar. Tal derefter med din makker.",
                questions=("Hvad kunne gruppen have gjort anderledes?",),
                lines=3,
            ),
            Exercise(
                "Ideer til vores spilleregler",
                "Skriv jeres gruppes forslag som »vi«-sætninger. Højst tre forslag.",
                lines=6,
            ),
        ),
        private=(
            Exercise(
                "Din del af fællesskabet",
                "Skriv for dig selv.",
                questions=(
                    "Hvad gør, at du føler dig velkommen i en gruppe?",
                    "Hvad kan du selv gøre i næste uge for at nogen føler sig velkommen?",
                ),
                lines=3,
            ),
        ),
        students=students,
    )


def teacher_guide() -> TeacherGuideInput:
    step = GuideStep(
        title="Makkersnak",
        minutes=10,
        kind=GuideKind.PARTNER_TALK,
        audience_text="Tal sammen to og to: Hvornår har du sidst følt dig som en del af noget?",
        teacher_notes=(
            "Gå rundt og lyt. Hvis en elev bliver stille eller forlader lokalet, så lad "
            "klassen fortsætte og tal med eleven bagefter, i enrum."
        ),
        prompts=("Hvad gjorde, at du følte dig med?", "Hvad kunne andre have gjort?"),
    )
    return TeacherGuideInput(
        lesson_title="Fællesskab i klassen",
        lesson_number=1,
        summary="Klassen taler om, hvad fællesskab er, og makkerne lærer hinanden at kende.",
        goals=("Eleverne kan sætte ord på, hvad der gør en klasse god at være i.",),
        materials=(
            GuideMaterial("Elevarket, ét pr. elev", HandoutKind.WORKSHEET),
            GuideMaterial("Plads til at bevæge sig i lokalet"),
        ),
        minutes=90,
        preparation=("Lav makkerpar på forhånd.", "Læs udsagnene til enten-eller igennem."),
        steps=tuple(
            GuideStep(
                f"{step.title} {number}",
                step.minutes,
                kind,
                step.audience_text,
                step.teacher_notes,
                step.prompts,
                split_after=number == 4,
                drop_if_late=number == 3,
                activity="Navnekæde\nEn rundkreds, hvor alle siger deres navn."
                if number == 8
                else "",
            )
            for number, kind in enumerate(GuideKind, start=1)
            if number <= 8
        ),
    )


def groups(names: tuple[str, ...]) -> tuple[PartnershipGroup, ...]:
    """Pairs inside groups of four; a trio closes an odd class."""
    pairs = [names[index : index + 2] for index in range(0, len(names) - len(names) % 2, 2)]
    if len(names) % 2:
        pairs[-1] = (*pairs[-1], names[-1])
    return tuple(
        PartnershipGroup(
            number // 2 + 1, tuple(Partnership(pair) for pair in pairs[number : number + 2])
        )
        for number in range(0, len(pairs), 2)
    )


def overview(names: tuple[str, ...] = NAMES) -> PartnershipOverviewInput:
    return PartnershipOverviewInput(
        groups(names), rotation_name="Efter efterårsferien", valid_from=date(2026, 10, 26)
    )


def cards(names: tuple[str, ...] = NAMES) -> PartnershipCardsInput:
    return PartnershipCardsInput(groups(names))


def charter() -> CharterPosterInput:
    return CharterPosterInput(
        rules=(
            "Vi siger hej til hinanden om morgenen.",
            "Alle bliver inviteret, når vi holder fest for klassen.",
            "Vi lytter, når andre taler, og alle får lov at sige noget.",
            "Vi griner med hinanden, ikke af hinanden.",
            "Er nogen væk, skriver vi til dem.",
        ),
        agreed_on=date(2026, 9, 14),
    )


def help_cards() -> HelpCardsInput:
    return HelpCardsInput(
        contacts=(
            HelpContact(
                "Din klasselærer eller mentor",
                name="Mette Frederiksen-Sørensen",
                contact="mette@nordby.example",
                fields=("name", "contact"),
            ),
            HelpContact("Studievejleder", fields=("name", "room", "hours", "contact")),
        )
    )


def discussion_cards() -> DiscussionCardsInput:
    return DiscussionCardsInput(
        theme="Venskab og fællesskab",
        cards=tuple(
            DiscussionCard(
                f"Prompt {number}: Hvad gør en person let at tale med første gang?",
                "Hvad kan du selv gøre?" if number % 2 else "",
            )
            for number in range(1, 8)
        ),
    )


def network_map(copies: int = 1) -> NetworkMapInput:
    return NetworkMapInput(copies=copies)


def sorting_tasks() -> tuple[SortingTask, ...]:
    return (
        SortingTask(
            "En del af livet – eller mere?",
            "Læg kortene i tre bunker i makkergruppen.",
            ("En del af livet", "Hold øje med det", "Inddrag en voksen"),
            (
                SortingCard("Er træt og irritabel i eksamensperioden."),
                SortingCard("Har sovet dårligt i flere uger."),
                SortingCard("Siger ting som »ingen ville savne mig«.", "Inddrag en voksen"),
            ),
        ),
        SortingTask(
            "Hvad gør en klasse god?",
            "Læg kortene i rækkefølge.",
            ("Betyder mindst", "Betyder mest"),
            tuple(
                SortingCard(f"Kort nummer {n}: folk siger hej om morgenen.") for n in range(1, 6)
            ),
            ranking=True,
        ),
    )


def sorting_cards(sets: int = 2) -> SortingCardsInput:
    return SortingCardsInput("Ensomhed og mistrivsel", sorting_tasks(), sets=sets, lesson_number=4)


def sorting_sheet(sets: int = 2) -> SortingSheetInput:
    return SortingSheetInput("Ensomhed og mistrivsel", sorting_tasks(), sets=sets, lesson_number=4)


def colleague_sheet(names: tuple[str, ...] = NAMES) -> ColleagueSheetInput:
    return ColleagueSheetInput(groups(names))


def board_slips(count: int = 8) -> BoardSlipsInput:
    codes = ("KTB", "PLR", "ZZX", "BCD", "FGH", "JKL", "MNP", "RST", "VWX", "DDG")
    return BoardSlipsInput(codes[:count], closes_on=date(2026, 12, 4))


def introduction_cards() -> IntroductionCardsInput:
    return IntroductionCardsInput(
        (Introduction("KTB", "PLR", "Et sommerjob i et bageri"),), blanks=1
    )


def board_tally() -> BoardTallyInput:
    cells = (
        TallyCell("need", "study", "open", 3),
        TallyCell("need", "work", "done", 2),
        TallyCell("offer", "clubs", "matched", 4),
    )
    return BoardTallyInput(cells, counted=True, closes_on=date(2026, 12, 4), closed=True)


# Entries whose names are in several scripts, as a school's directory may hold them.
DIRECTORY_NAMES = NAMES[:2] + NAMES[4:9]


def directory_listings() -> tuple[DirectoryListing, ...]:
    categories = ("sport", "culture", "volunteering", "youth_centre", "study_help", "help")
    return tuple(
        DirectoryListing(
            categories[index % len(categories)],
            f"{name} klub",
            activity="Træning og fællesskab for unge",
            age_min=15,
            age_max=20,
            free=index % 2 == 0,
            drop_in=True,
            schedule="Tirsdage 17–19",
            place="Hallen",
            checked_on=date(2026, 9, 1) if index % 3 else None,
        )
        for index, name in enumerate(DIRECTORY_NAMES)
    )


def every_kind() -> dict[HandoutKind, HandoutInput]:
    return {
        HandoutKind.WORKSHEET: worksheet(NAMES[:3]),
        HandoutKind.TEACHER_GUIDE: teacher_guide(),
        HandoutKind.PARTNERSHIP_OVERVIEW: overview(),
        HandoutKind.PARTNERSHIP_CARDS: cards(),
        HandoutKind.CHARTER_POSTER: charter(),
        HandoutKind.HELP_CARDS: help_cards(),
        HandoutKind.DISCUSSION_CARDS: discussion_cards(),
        HandoutKind.NETWORK_MAP: network_map(2),
        HandoutKind.SORTING_CARDS: sorting_cards(),
        HandoutKind.SORTING_SHEET: sorting_sheet(),
        HandoutKind.COLLEAGUE_SHEET: colleague_sheet(),
        HandoutKind.BOARD_SLIPS: board_slips(),
        HandoutKind.INTRODUCTION_CARDS: introduction_cards(),
        HandoutKind.BOARD_POSTER: BoardPosterInput(),
        HandoutKind.BOARD_TALLY: board_tally(),
        HandoutKind.DIRECTORY_LEAFLET: DirectoryLeafletInput(directory_listings()),
        HandoutKind.DIRECTORY_CARDS: DirectoryCardsInput(directory_listings()),
    }


def request(
    content: HandoutInput, language: str = "da", paper: PaperSize = PaperSize.A4
) -> HandoutRequest:
    return HandoutRequest(context(language, paper), content)
