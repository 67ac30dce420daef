"""Reading class lists: pasted text, CSV/TSV and .xlsx, the name columns, the import preview.

No database here: the roster service saves a confirmed preview's `names_to_save()`.
"""

from netwerk_desktop.languages import Language
from netwerk_desktop.rosters.errors import RosterError, RosterErrorCode
from netwerk_desktop.rosters.headers import ColumnRole, column_role
from netwerk_desktop.rosters.name_columns import (
    FullNameColumn,
    NameColumns,
    SplitNameColumns,
    columns_used,
    guess_name_columns,
    pick_name_columns,
)
from netwerk_desktop.rosters.names import MAX_NAME_LENGTH, name_match_key, normalise_name
from netwerk_desktop.rosters.pasted import parse_pasted
from netwerk_desktop.rosters.preview import (
    ImportPreview,
    PreviewRow,
    RowStatus,
    build_preview,
    display_name,
)
from netwerk_desktop.rosters.problems import RowProblem, RowProblemCode
from netwerk_desktop.rosters.reading import (
    MAX_FILE_BYTES,
    list_sheets,
    list_sheets_in_bytes,
    read_roster_bytes,
    read_roster_file,
)
from netwerk_desktop.rosters.records import MAX_ROWS
from netwerk_desktop.rosters.sorting import NameSortKey, name_sort_key
from netwerk_desktop.rosters.table import (
    Delimiter,
    RosterFormat,
    RosterRow,
    RosterSource,
    RosterTable,
    TextEncoding,
)

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_NAME_LENGTH",
    "MAX_ROWS",
    "ColumnRole",
    "Delimiter",
    "FullNameColumn",
    "ImportPreview",
    "Language",
    "NameColumns",
    "NameSortKey",
    "PreviewRow",
    "RosterError",
    "RosterErrorCode",
    "RosterFormat",
    "RosterRow",
    "RosterSource",
    "RosterTable",
    "RowProblem",
    "RowProblemCode",
    "RowStatus",
    "SplitNameColumns",
    "TextEncoding",
    "build_preview",
    "column_role",
    "columns_used",
    "display_name",
    "guess_name_columns",
    "list_sheets",
    "list_sheets_in_bytes",
    "name_match_key",
    "name_sort_key",
    "normalise_name",
    "parse_pasted",
    "pick_name_columns",
    "read_roster_bytes",
    "read_roster_file",
]
