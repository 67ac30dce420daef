"""PDF handouts for a class: eleven kinds, from plain input values, with bundled fonts only.

The handout service fills the inputs (`inputs.py`) and a `HandoutContext`, then calls
`render_handout` or `render_class_set`. reportlab and HarfBuzz load on the first render, not on
import.
"""

from netwerk_desktop.handouts.errors import HandoutError, HandoutErrorCode, LabelsFileError
from netwerk_desktop.handouts.inputs import (
    CharterPosterInput,
    ColleagueSheetInput,
    DiscussionCard,
    DiscussionCardsInput,
    Exercise,
    GuideKind,
    GuideMaterial,
    GuideStep,
    HandoutInput,
    HandoutKind,
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
from netwerk_desktop.handouts.labels import HandoutLabels, kind_title, load_labels
from netwerk_desktop.handouts.render import (
    copy_count,
    handout_title,
    render_class_set,
    render_handout,
)
from netwerk_desktop.handouts.request import (
    ClassSetResult,
    HandoutContext,
    HandoutRequest,
    RenderedHandout,
)
from netwerk_desktop.languages import LANGUAGES

__all__ = [
    "LANGUAGES",
    "CharterPosterInput",
    "ClassSetResult",
    "ColleagueSheetInput",
    "DiscussionCard",
    "DiscussionCardsInput",
    "Exercise",
    "GuideKind",
    "GuideMaterial",
    "GuideStep",
    "HandoutContext",
    "HandoutError",
    "HandoutErrorCode",
    "HandoutInput",
    "HandoutKind",
    "HandoutLabels",
    "HandoutRequest",
    "HelpCardsInput",
    "HelpContact",
    "LabelsFileError",
    "NetworkMapInput",
    "PaperSize",
    "Partnership",
    "PartnershipCardsInput",
    "PartnershipGroup",
    "PartnershipOverviewInput",
    "RenderedHandout",
    "SortingCard",
    "SortingCardsInput",
    "SortingSheetInput",
    "SortingTask",
    "TeacherGuideInput",
    "WorksheetInput",
    "copy_count",
    "handout_title",
    "kind_title",
    "load_labels",
    "render_class_set",
    "render_handout",
]
