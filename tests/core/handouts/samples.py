"""Sample inputs for every handout kind, with names in every script a class may bring."""

from __future__ import annotations

from datetime import date

from netwerk_desktop.handouts import (
    CharterPosterInput,
    DiscussionCard,
    DiscussionCardsInput,
    Exercise,
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
    TeacherGuideInput,
    WorksheetInput,
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
            Exercise("Hils på din makker", "Find din makker, og fortæl om en god ting fra ugen."),
            Exercise(
                "Enten eller",
                "Læreren læser et udsagn op. Gå til den side af lokalet, der passer bedst på dig. "
                "Snak med dem, der står ved siden af dig, om hvorfor I valgte den side.",
            ),
        ),
        reflection_questions=(
            "Hvad gør, at du føler dig velkommen i en gruppe?",
            "Hvad kan du selv gøre i næste uge for at nogen føler sig velkommen?",
        ),
        students=students,
    )


def teacher_guide() -> TeacherGuideInput:
    step = GuideStep(
        title="Makkersnak",
        minutes=10,
        kind="discussion",
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
        materials=("Arbejdsark til hver elev", "Plads til at bevæge sig i lokalet"),
        preparation=("Lav makkerpar på forhånd.", "Læs udsagnene til enten-eller igennem."),
        steps=tuple(
            GuideStep(
                f"{step.title} {number}",
                step.minutes,
                step.kind,
                step.audience_text,
                step.teacher_notes,
                step.prompts,
            )
            for number in range(1, 9)
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


def network_map(students: tuple[str, ...] = ()) -> NetworkMapInput:
    return NetworkMapInput(students=students)


def every_kind() -> dict[HandoutKind, HandoutInput]:
    return {
        HandoutKind.WORKSHEET: worksheet(NAMES[:3]),
        HandoutKind.TEACHER_GUIDE: teacher_guide(),
        HandoutKind.PARTNERSHIP_OVERVIEW: overview(),
        HandoutKind.PARTNERSHIP_CARDS: cards(),
        HandoutKind.CHARTER_POSTER: charter(),
        HandoutKind.HELP_CARDS: help_cards(),
        HandoutKind.DISCUSSION_CARDS: discussion_cards(),
        HandoutKind.NETWORK_MAP: network_map(NAMES[7:9]),
    }


def request(
    content: HandoutInput, language: str = "da", paper: PaperSize = PaperSize.A4
) -> HandoutRequest:
    return HandoutRequest(context(language, paper), content)
