"""The school's directory on a real data folder: entries and their checks, search and filter,
"not checked in 12 months", the help cards' contacts, CSV in Open Referral (HSDS) columns with
every character kept, and the leaflet read back with pdftotext in several scripts."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from netwerk_desktop.content import HelpFieldKey
from netwerk_desktop.directory import (
    DirectoryCategory,
    DirectoryError,
    DirectoryFilter,
    DirectoryProblem,
    Entry,
    EntryDraft,
    EntrySource,
    EntryStatus,
)
from netwerk_desktop.directory.hsds import COLUMNS
from netwerk_desktop.handouts import HandoutKind, render_handout
from netwerk_desktop.handouts.inputs import DirectoryLeafletInput
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.services.directory import _draft
from netwerk_desktop.services.handout_records import HandoutNotPossible, HandoutProblem
from netwerk_desktop.workspace import Workspace
from tests.conftest import BACKENDS, open_on_backend
from tests.core.handouts.poppler import needs_poppler, pdftotext

TODAY = date(2027, 3, 4)
NOW = datetime(2027, 3, 4, 10, 0)

# Names of places in several scripts, with line breaks, tabs, emoji and joiners inside.
ENTRIES = (
    EntryDraft(
        "Nordby Boldklub – pigefodbold",
        DirectoryCategory.SPORT,
        activity="Fodbold for piger 15–19\nTræning to gange om ugen",
        age_min=15,
        age_max=19,
        cost="200 kr. pr. halvår",
        how_to_join="Mød op til en træning",
        drop_in=True,
        bring_friend=True,
        languages="dansk, engelsk",
        accessibility="Niveaufri adgang",
        place="Nordby Hallen, Idrætsvej",
        schedule="Tirsdag og torsdag 17–19",
        contact="kontakt@nordby-boldklub.example",
        checked_on=date(2026, 9, 1),
        checked_by="Mette (studievejleder)",
    ),
    EntryDraft(
        "Ĳsselmonde Jongerencentrum",
        DirectoryCategory.YOUTH_CENTRE,
        activity="Inloop, spelletjes en huiswerk\tmet begeleiding 🎲",
        age_min=12,
        age_max=23,
        free=True,
        drop_in=True,
        contact="https://jongeren.example/ijsselmonde",
        status=EntryStatus.PAUSED,
        source=EntrySource.CLASS,
        source_note="H4b",
    ),
    EntryDraft(
        "Дом молодёжи «Радуга»",
        DirectoryCategory.CULTURE,
        activity="Театральная студия для подростков",
        contact="+45 12 34 56 78",
        checked_on=date(2025, 1, 15),
        checked_by="Ольга Петрова",
    ),
    EntryDraft(
        "مركز لمى الثقافي",
        DirectoryCategory.FAITH_COMMUNITY,
        activity="لقاءات شبابية مساء الجمعة",
        languages="العربية, dansk",
        contact="Spørg på kontoret, 1. sal",
    ),
    EntryDraft(
        "Nguyễn Thị Ánh lektiecafé",
        DirectoryCategory.STUDY_HELP,
        activity="Lektiehjælp for alle 👩🏽‍🏫 – også matematik",
        age_max=20,
        free=True,
    ),
    EntryDraft(
        "Αθλητικός Σύλλογος Ζεύς",
        DirectoryCategory.VOLUNTEERING,
        activity="Frivillig træner\r\nhver lørdag",
        age_min=16,
        status=EntryStatus.ENDED,
    ),
)


@pytest.fixture(params=BACKENDS)
def directory_workspace(
    request: pytest.FixtureRequest, location: DataLocation
) -> Iterator[Workspace]:
    """The school's directory on both backends (school-wide on a server)."""
    yield from open_on_backend(request, location, now=lambda: NOW)


def filled(workspace: Workspace) -> list[Entry]:
    return [workspace.directory.add(entry) for entry in ENTRIES]


def test_an_empty_directory_ships_no_organisation(directory_workspace: Workspace) -> None:
    assert directory_workspace.directory.entries() == []


def test_entries_are_checked_before_they_are_kept(directory_workspace: Workspace) -> None:
    directory = directory_workspace.directory
    for draft, problem in (
        (EntryDraft("  ", DirectoryCategory.SPORT), DirectoryProblem.NO_NAME),
        (
            EntryDraft("Klub", DirectoryCategory.SPORT, age_min=20, age_max=15),
            DirectoryProblem.BAD_AGES,
        ),
        (EntryDraft("Klub", DirectoryCategory.SPORT, age_min=130), DirectoryProblem.BAD_AGES),
        (EntryDraft("x" * 201, DirectoryCategory.SPORT), DirectoryProblem.TOO_LONG),
        (
            EntryDraft("Klub", DirectoryCategory.SPORT, checked_on=date(2027, 3, 5)),
            DirectoryProblem.CHECKED_IN_FUTURE,
        ),
    ):
        with pytest.raises(DirectoryError) as caught:
            directory.add(draft)
        assert caught.value.problem is problem
    assert directory.entries() == []
    kept = directory.add(EntryDraft("  Klub  ", DirectoryCategory.SPORT))
    assert kept.name == "Klub" and kept.unverified


def test_search_and_filter(directory_workspace: Workspace) -> None:
    filled(directory_workspace)
    directory = directory_workspace.directory

    def names(**wanted: object) -> set[str]:
        return {e.name for e in directory.entries(DirectoryFilter(**wanted))}  # type: ignore[arg-type]

    assert len(names()) == 5  # the ended one is left out unless asked for
    assert len(names(include_ended=True)) == 6
    # Ages 15-20: entries whose ages meet the range, and those that give none
    assert "Αθλητικός Σύλλογος Ζεύς" not in names(student_ages=True)
    assert names(student_ages=True) >= {"Nordby Boldklub – pigefodbold", "مركز لمى الثقافي"}
    assert names(free=True) == {"Ĳsselmonde Jongerencentrum", "Nguyễn Thị Ánh lektiecafé"}
    assert names(drop_in=True, category=DirectoryCategory.SPORT) == {
        "Nordby Boldklub – pigefodbold"
    }
    assert names(text="matematik") == {"Nguyễn Thị Ánh lektiecafé"}
    assert names(text="радуга") == {"Дом молодёжи «Радуга»"}


def test_entries_not_checked_in_twelve_months(directory_workspace: Workspace) -> None:
    entries = filled(directory_workspace)
    stale = {e.name for e in directory_workspace.directory.stale()}
    # Never checked, or checked before 4 March 2026; the ended one no longer matters
    assert stale == {
        "Ĳsselmonde Jongerencentrum",
        "Дом молодёжи «Радуга»",
        "مركز لمى الثقافي",
        "Nguyễn Thị Ánh lektiecafé",
    }
    checked = directory_workspace.directory.mark_checked(entries[2].id, "Ole")
    assert checked.checked_on == TODAY and checked.checked_by == "Ole" and not checked.unverified
    assert "Дом молодёжи «Радуга»" not in {e.name for e in directory_workspace.directory.stale()}


def test_the_help_cards_read_their_contacts_from_the_directory(
    directory_workspace: Workspace,
) -> None:
    handouts = directory_workspace.handouts
    handouts.save_help_values(
        {
            ("counsellor", HelpFieldKey.NAME): "Sanne de Vries",
            ("counsellor", HelpFieldKey.ROOM): "B 1.12",
            ("class-teacher", HelpFieldKey.NAME): "",
        }
    )
    (entry,) = directory_workspace.directory.entries()
    assert (entry.category, entry.help_role, entry.name, entry.place) == (
        DirectoryCategory.HELP,
        "counsellor",
        "Sanne de Vries",
        "B 1.12",
    )
    assert entry.checked_on == TODAY  # typed in by the school today
    template = handouts.help_template("nl")
    assert template is not None
    counsellor = template.entry("counsellor")
    assert counsellor is not None
    assert {f.key: f.value for f in counsellor.fields}[HelpFieldKey.NAME] == "Sanne de Vries"
    # The help card's own contacts are not listed again in the leaflet
    assert directory_workspace.directory.for_print() == []
    # Emptying a line of the help card removes its entry
    handouts.save_help_values({("counsellor", key): "" for key in HelpFieldKey})
    assert directory_workspace.directory.entries() == []


def _same(first: Entry, second: Entry) -> bool:
    return _draft(first) == _draft(second) and first.uid == second.uid


def test_csv_round_trip_keeps_every_entry_and_every_character(
    directory_workspace: Workspace, tmp_path: Path
) -> None:
    # Given a directory with names in several scripts, line breaks, tabs and emoji
    entries = filled(directory_workspace)
    directory_workspace.handouts.save_help_values({("counsellor", HelpFieldKey.NAME): "Åse Ø"})
    exported = tmp_path / "directory.csv"
    # When it is exported, and imported into another school's empty directory
    assert directory_workspace.directory.export_csv(exported) == 7
    data = exported.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte order mark
    header = next(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(header) == COLUMNS
    assert {
        "id",
        "name",
        "description",
        "status",
        "minimum_age",
        "maximum_age",
        "fees_description",
        "application_process",
        "assured_date",
        "email",
        "url",
    } <= set(header)
    with Workspace.open(DataLocation(tmp_path / "other"), now=lambda: NOW) as other:
        report = other.directory.import_csv(exported)
        assert (report.added, report.updated, report.problems) == (7, 0, ())
        imported = other.directory.entries(DirectoryFilter(include_ended=True))
        # Then every entry is there exactly, with its id, and exporting again gives the same file
        originals = directory_workspace.directory.entries(DirectoryFilter(include_ended=True))
        assert len(imported) == len(originals)
        for original, copy in zip(originals, imported, strict=True):
            assert _same(original, copy), (original, copy)
        again = tmp_path / "again.csv"
        other.directory.export_csv(again)
        assert again.read_bytes() == data
        # Importing the same file again changes nothing
        assert other.directory.import_csv(exported).unchanged == 7
    # A contact that is an e-mail, a web address or a phone number goes in HSDS's own column
    rows = {r["name"]: r for r in csv.DictReader(io.StringIO(data.decode("utf-8-sig")))}
    assert rows[entries[0].name]["email"] == entries[0].contact
    assert rows[entries[1].name]["url"] == entries[1].contact
    assert rows[entries[2].name]["phone_number"] == entries[2].contact
    assert rows[entries[3].name]["netwerk_contact"] == entries[3].contact
    assert rows[entries[1].name]["status"] == "temporarily closed"


def test_a_municipalitys_list_seeds_the_directory(
    directory_workspace: Workspace, tmp_path: Path
) -> None:
    # Given an HSDS services list saved from a spreadsheet: semicolons, Windows-1252, older
    # column names, a row without a name and an age that is not a number
    text = (
        "id;name;description;status;fees;minimum_age;maximum_age;email;phone;extra\r\n"
        "a1;Ungdomsskolen;Værksted og café;active;Gratis;14;18;info@ungdom.example;;x\r\n"
        "a2;;Uden navn;active;;;;;;\r\n"
        "a3;Løbeklubben;Løb om søndagen;inactive;;femten;;;+45 70 10 20 30;\r\n"
    )
    path = tmp_path / "kommune.csv"
    path.write_bytes(text.encode("cp1252"))
    # When it is imported (first as a dry run)
    dry = directory_workspace.directory.import_csv(path, dry_run=True)
    assert (dry.added, dry.saved) == (2, False) and directory_workspace.directory.entries() == []
    report = directory_workspace.directory.import_csv(path)
    # Then the named rows are in, unverified, and what could not be read is said by line
    assert report.added == 2 and report.ignored_columns == ("extra",)
    assert [(p.line, p.column, p.reason) for p in report.problems] == [
        (3, "name", "no_name"),
        (4, "minimum_age", "bad_number"),
    ]
    by_name = {e.name: e for e in directory_workspace.directory.entries()}
    school = by_name["Ungdomsskolen"]
    assert (school.category, school.cost, school.age_min, school.age_max) == (
        DirectoryCategory.OTHER,
        "Gratis",
        14,
        18,
    )
    assert school.contact == "info@ungdom.example" and school.unverified
    assert (school.source, school.source_note) == (EntrySource.IMPORT, "kommune.csv")
    running = by_name["Løbeklubben"]
    assert running.status is EntryStatus.PAUSED and running.contact == "+45 70 10 20 30"


def test_a_file_without_a_name_column_is_refused_and_nothing_changes(
    directory_workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text("title,place\nKlub,Hallen\n", encoding="utf-8")
    with pytest.raises(DirectoryError) as caught:
        directory_workspace.directory.import_csv(path)
    assert caught.value.problem is DirectoryProblem.NO_NAME_COLUMN
    assert directory_workspace.directory.entries() == []


@needs_poppler
@pytest.mark.sqlite_only("the print reads the same entries on both backends")
@pytest.mark.parametrize("kind", [HandoutKind.DIRECTORY_LEAFLET, HandoutKind.DIRECTORY_CARDS])
def test_the_leaflet_prints_every_name_exactly_with_last_checked(
    directory_workspace: Workspace, tmp_path: Path, kind: HandoutKind
) -> None:
    filled(directory_workspace)
    request = directory_workspace.handouts.directory_request(kind, "da")
    path = render_handout(request, tmp_path / f"{kind.value}.pdf").path
    assert path is not None
    text = pdftotext(path)
    flat = " ".join(text.split())
    printed = [e for e in ENTRIES if e.status is EntryStatus.ACTIVE]
    for entry in printed:
        assert entry.name in flat, entry.name
    assert "Αθλητικός" not in flat and "Ĳsselmonde" not in flat  # ended and paused
    assert "Sidst tjekket 1. september 2026" in flat
    assert flat.count("Ikke tjekket endnu") == 2  # the mosque's youth nights, the homework café
    # A category leaflet holds that category only
    sport = directory_workspace.handouts.directory_request(kind, "en", category="sport")
    sport_text = pdftotext(render_handout(sport, tmp_path / "sport.pdf").path or tmp_path)
    assert "Nordby Boldklub" in sport_text and "Радуга" not in sport_text


def test_an_empty_directory_prints_how_to_start_and_a_class_set_leaves_it_out(
    directory_workspace: Workspace,
) -> None:
    # From the directory screen: a leaflet that says the directory is empty so far
    content = directory_workspace.handouts.directory_request(
        HandoutKind.DIRECTORY_LEAFLET, "en"
    ).content
    assert isinstance(content, DirectoryLeafletInput) and content.entries == ()
    # For a class: not possible yet, and said so
    summary = directory_workspace.classes.create("2.g")
    with pytest.raises(HandoutNotPossible) as caught:
        directory_workspace.handouts.request(summary.id, HandoutKind.DIRECTORY_LEAFLET)
    assert caught.value.problem is HandoutProblem.EMPTY_DIRECTORY
