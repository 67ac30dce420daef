"""Every handout kind as a reader gets it: opens, right pages, names and labels, our fonts only,
nothing off the page, metadata filled in."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from pypdf import PdfReader

from netwerk_desktop.handouts import (
    HandoutKind,
    PaperSize,
    RenderedHandout,
    load_labels,
    render_handout,
)
from netwerk_desktop.handouts.inputs import (
    BoardSlipsInput,
    DirectoryLeafletInput,
    DiscussionCardsInput,
    IntroductionCardsInput,
    NetworkMapInput,
    PartnershipCardsInput,
    PartnershipOverviewInput,
    SortingCardsInput,
    TeacherGuideInput,
    WorksheetInput,
)
from tests.core.handouts import samples
from tests.core.handouts.poppler import needs_poppler, page_texts, pdffonts, pdftotext, words

pytestmark = needs_poppler

OUR_FONTS = {"NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Regular", "NotoSansArabic-Bold"}
KINDS = list(HandoutKind)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[HandoutKind, RenderedHandout]:
    folder = tmp_path_factory.mktemp("kinds")
    return {
        kind: render_handout(samples.request(content), folder / f"{kind.value}.pdf")
        for kind, content in samples.every_kind().items()
    }


def _path(handout: RenderedHandout) -> Path:
    assert handout.path is not None
    return handout.path


def pages_per_copy(kind: HandoutKind) -> int | None:
    """Pages of one copy, for kinds printed as several; None for a single copy."""
    content = samples.every_kind()[kind]
    if isinstance(content, WorksheetInput):
        return 2  # the named page and the nameless private page
    if isinstance(content, NetworkMapInput):
        return 2  # the map and the need
    if isinstance(content, SortingCardsInput):
        return len(content.tasks)  # a sheet per sorting exercise in each set
    return None


def expected_pages(kind: HandoutKind) -> int | None:
    """Pages we can count from the input; None where it depends on how long the text runs."""
    content = samples.every_kind()[kind]
    if isinstance(content, WorksheetInput):
        return 2 * len(content.students)
    if isinstance(content, NetworkMapInput):
        return 2 * content.copies
    if isinstance(content, BoardSlipsInput):
        return math.ceil(len(content.codes) / 6)  # 2 x 3 slips under the rules
    if isinstance(content, IntroductionCardsInput):
        return math.ceil((len(content.introductions) + content.blanks) / 2)
    if isinstance(content, SortingCardsInput):
        return content.sets * len(content.tasks)
    if isinstance(content, PartnershipCardsInput):
        return math.ceil(len(content.groups) / 4)  # 2 x 2 cards per sheet
    if isinstance(content, DiscussionCardsInput):
        return math.ceil(len(content.cards) / 6)  # 2 x 3 cards per sheet
    if isinstance(content, TeacherGuideInput | DirectoryLeafletInput):
        return None
    return 1


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.value)
def test_the_pdf_opens_with_the_pages_expected(
    rendered: dict[HandoutKind, RenderedHandout], kind: HandoutKind
) -> None:
    # Given a handout of this kind rendered from the sample input
    handout = rendered[kind]
    # When a PDF library opens it
    reader = PdfReader(_path(handout))
    # Then it has the pages the renderer reported, and as many as the input asks for
    assert len(reader.pages) == handout.pages
    expected = expected_pages(kind)
    if expected is not None:
        assert handout.pages == expected
    else:
        assert handout.pages > 1  # eight steps (or seven entries) do not fit one page


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.value)
def test_every_page_is_numbered_within_its_copy_and_names_the_class(
    rendered: dict[HandoutKind, RenderedHandout], kind: HandoutKind
) -> None:
    pages = page_texts(_path(rendered[kind]))
    per_copy = pages_per_copy(kind) or len(pages)
    for index, text in enumerate(pages):
        assert f"Side {index % per_copy + 1} af {per_copy}" in text
        assert samples.CLASS_NAME in text


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.value)
def test_only_our_fonts_embedded_and_subset(
    rendered: dict[HandoutKind, RenderedHandout], kind: HandoutKind
) -> None:
    fonts = pdffonts(_path(rendered[kind]))
    assert fonts
    for font in fonts:
        assert font.name.split("+", 1)[1] in OUR_FONTS, font
        assert font.embedded and font.subset and font.unicode, font
        assert font.type == "TrueType"


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.value)
def test_no_text_outside_the_printable_area(
    rendered: dict[HandoutKind, RenderedHandout], kind: HandoutKind
) -> None:
    # School printers cannot print the outer ~5 mm; we keep 12 mm clear.
    edge = 12 * 72 / 25.4
    found = words(_path(rendered[kind]))
    assert found
    for word in found:
        assert edge <= word.x_min and word.x_max <= word.page_width - edge, word
        assert edge <= word.y_min and word.y_max <= word.page_height - edge, word


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.value)
def test_metadata(rendered: dict[HandoutKind, RenderedHandout], kind: HandoutKind) -> None:
    reader = PdfReader(_path(rendered[kind]))
    info = reader.metadata
    assert info is not None
    assert info.title == rendered[kind].title
    assert info.subject and samples.CLASS_NAME in info.subject
    assert info.creator == "Netwerk Desktop"
    assert reader.trailer["/Root"]["/Lang"] == "da"


# Label keys, not words: the wording belongs to the labels files and their editors.
KIND_LABELS = {
    HandoutKind.WORKSHEET: (
        "worksheet.name",
        "worksheet.goals",
        "worksheet.exercises",
        "worksheet.private",
        "worksheet.private_note",
    ),
    HandoutKind.TEACHER_GUIDE: (
        "teacher_guide.summary",
        "teacher_guide.steps",
        "teacher_guide.audience",
        "teacher_guide.step_kinds.partner_talk",
        "teacher_guide.split",
        "teacher_guide.drop",
        "teacher_guide.activity",
    ),
    HandoutKind.PARTNERSHIP_OVERVIEW: ("partnership_overview.title",),
    HandoutKind.PARTNERSHIP_CARDS: ("partnership_cards.duties", "partnership_cards.questions"),
    HandoutKind.CHARTER_POSTER: ("charter.title",),
    HandoutKind.HELP_CARDS: ("help.title", "help.counsellor"),
    HandoutKind.DISCUSSION_CARDS: ("discussion_cards.follow_up",),
    HandoutKind.NETWORK_MAP: (
        "network_map.title",
        "network_map.private",
        "network_map.family",
        "network_map.online",
    ),
    HandoutKind.SORTING_CARDS: ("sorting_cards.pile", "sorting_cards.from", "sorting_cards.to"),
    HandoutKind.SORTING_SHEET: ("sorting_sheet.piles", "sorting_sheet.rank"),
    HandoutKind.COLLEAGUE_SHEET: (
        "colleague_sheet.title",
        "colleague_sheet.in_your_lessons",
        "colleague_sheet.worried",
        "colleague_sheet.groups",
    ),
    HandoutKind.BOARD_SLIPS: ("board_slips.rules_title", "board_slips.need", "board_slips.offer"),
    HandoutKind.INTRODUCTION_CARDS: (
        "introduction_cards.heading",
        "introduction_cards.about",
        "introduction_cards.mentor",
    ),
    HandoutKind.BOARD_POSTER: (
        "board_poster.title",
        "board_poster.on_board",
        "board.categories.study",
        "board.categories.company",
    ),
    HandoutKind.BOARD_TALLY: ("board_tally.needs", "board_tally.offers", "board_tally.done"),
    HandoutKind.DIRECTORY_LEAFLET: (
        "directory.leaflet_title",
        "directory.categories.sport",
        "directory.categories.help",
        "directory.free",
    ),
    HandoutKind.DIRECTORY_CARDS: ("directory.categories.sport", "directory.drop_in"),
}


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.value)
def test_labels_print_in_the_class_language(
    rendered: dict[HandoutKind, RenderedHandout], kind: HandoutKind
) -> None:
    text = " ".join(pdftotext(_path(rendered[kind])).split())
    labels = load_labels("da")
    for key in KIND_LABELS[kind]:
        assert labels.text(key) in text, key
    if kind in (HandoutKind.HELP_CARDS, HandoutKind.NETWORK_MAP):
        assert "112" in text and "116 111" in text


@pytest.mark.parametrize("kind", [HandoutKind.PARTNERSHIP_OVERVIEW, HandoutKind.PARTNERSHIP_CARDS])
def test_partnership_handouts_print_every_name_exactly(
    rendered: dict[HandoutKind, RenderedHandout], kind: HandoutKind
) -> None:
    content = samples.every_kind()[kind]
    assert isinstance(content, PartnershipOverviewInput | PartnershipCardsInput)
    lines = pdftotext(_path(rendered[kind])).splitlines()
    for group in content.groups:
        for partnership in group.partnerships:
            for name in partnership.students:
                assert name in lines


def test_each_personal_worksheet_carries_its_students_name_on_the_shared_page_only(
    rendered: dict[HandoutKind, RenderedHandout],
) -> None:
    pages = page_texts(_path(rendered[HandoutKind.WORKSHEET]))
    assert len(pages) == 6
    labels = load_labels("da")
    for index, name in enumerate(samples.NAMES[:3]):
        shared, private = pages[2 * index], pages[2 * index + 1]
        assert f"Navn: {name}" in shared.splitlines()
        # The private page: its heading, and no name and no name line anywhere on it
        assert labels.text("worksheet.private") in private
        assert labels.text("worksheet.name") not in private
        assert not any(student in private for student in samples.NAMES)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_other_languages_print_their_own_labels(tmp_path: Path, language: str) -> None:
    expected = {
        "en": ("Partnership group 1", "From 26 October 2026", "Page 1 of 1"),
        "nl": ("Maatjesgroep 1", "Vanaf 26 oktober 2026", "Pagina 1 van 1"),
    }
    handout = render_handout(samples.request(samples.overview(), language), tmp_path / "o.pdf")
    text = pdftotext(tmp_path / "o.pdf")
    for label in expected[language]:
        assert label in text
    assert PdfReader(tmp_path / "o.pdf").trailer["/Root"]["/Lang"] == language
    assert handout.pages == 1


@pytest.mark.parametrize(
    ("paper", "size"),
    [
        (PaperSize.A4, (595.3, 841.9)),
        (PaperSize.LETTER, (612.0, 792.0)),
        (PaperSize.A3, (841.9, 1190.6)),
    ],
)
def test_paper_sizes(tmp_path: Path, paper: PaperSize, size: tuple[float, float]) -> None:
    render_handout(samples.request(samples.charter(), paper=paper), tmp_path / "poster.pdf")
    box = PdfReader(tmp_path / "poster.pdf").pages[0].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == size


def test_a3_poster_prints_the_rules_larger_than_a4(tmp_path: Path) -> None:
    def rule_height(paper: PaperSize) -> float:
        path = tmp_path / f"{paper.name}.pdf"
        render_handout(samples.request(samples.charter(), paper=paper), path)
        return max(word.y_max - word.y_min for word in words(path) if word.text == "hinanden")

    assert rule_height(PaperSize.A3) > 1.3 * rule_height(PaperSize.A4)
    assert rule_height(PaperSize.A4) >= 24  # poster type: readable from the back of the room
