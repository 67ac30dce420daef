"""Column headers that Danish, English and Dutch school systems write, and what each one holds."""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class ColumnRole(StrEnum):
    FULL_NAME = "full_name"
    PREFERRED_FIRST_NAME = "preferred_first_name"
    FIRST_NAME = "first_name"
    GIVEN_NAMES = "given_names"
    MIDDLE_NAME = "middle_name"
    LAST_NAME = "last_name"
    OTHER = "other"

    @property
    def is_name(self) -> bool:
        return self is not ColumnRole.OTHER


# fmt: off
_VOCABULARY: dict[ColumnRole, tuple[str, ...]] = {
    ColumnRole.FULL_NAME: (
        # da
        "navn", "fulde navn", "fuldt navn", "fulde navne", "elev", "elevnavn", "elevens navn",
        "elev navn", "kursist", "kursistnavn", "kursistens navn", "deltager", "deltagernavn",
        # en
        "name", "names", "full name", "fullname", "student", "student name", "students",
        "pupil", "pupil name", "display name", "learner", "participant",
        # nl
        "naam", "volledige naam", "leerling", "leerlingnaam", "naam leerling", "leerling naam",
        "weergavenaam", "deelnemer", "cursist", "studentnaam",
        # one column that holds both parts, such as "Efternavn, Fornavn"
        "efternavn fornavn", "fornavn efternavn", "last name first name", "first name last name",
        "surname first name", "achternaam voornaam", "voornaam achternaam",
        "achternaam roepnaam", "roepnaam achternaam",
    ),
    ColumnRole.PREFERRED_FIRST_NAME: (
        "kaldenavn", "preferred name", "preferred first name", "known as", "roepnaam",
    ),
    ColumnRole.FIRST_NAME: (
        "fornavn", "first name", "firstname", "forename", "given name", "voornaam",
    ),
    ColumnRole.GIVEN_NAMES: (
        "fornavne", "first names", "given names", "forenames", "voornamen",
    ),
    ColumnRole.MIDDLE_NAME: (
        "mellemnavn", "mellemnavne", "middle name", "middle names", "middlename",
        "tussenvoegsel", "tussenvoegsels", "tussenv", "voorvoegsel", "voorvoegsels",
    ),
    ColumnRole.LAST_NAME: (
        "efternavn", "slægtsnavn", "last name", "lastname", "surname", "family name",
        "achternaam", "familienaam", "geslachtsnaam",
    ),
    ColumnRole.OTHER: (
        # class and year
        "klasse", "hold", "stamklasse", "årgang", "klassetrin", "studieretning", "linje",
        "class", "form", "group", "year", "grade", "tutor group",
        "klas", "groep", "stamgroep", "leerjaar", "niveau", "profiel", "opleiding",
        # numbers and logins
        "id", "nr", "nummer", "no", "number", "elevnummer", "elev nr", "elevnr", "unilogin",
        "uni login", "brugernavn", "cpr", "cpr nr", "cpr nummer", "student number", "student id",
        "username", "login", "leerlingnummer", "leerlingnr", "leerling nr", "stamnummer",
        "gebruikersnaam", "bsn",
        # contact and personal details we never store
        "e mail", "email", "mail", "e mail adresse", "email adresse", "email address",
        "e mail address", "e mailadres", "emailadres", "fødselsdato", "født", "date of birth",
        "birth date", "birthdate", "birthday", "dob", "geboortedatum", "geboren", "køn",
        "gender", "sex", "geslacht", "telefon", "mobil", "mobilnummer", "phone", "mobile",
        "telefoonnummer", "mobiel", "adresse", "address", "adres", "postnummer", "by",
        "woonplaats", "postcode", "city", "mentor", "kontaktlærer", "tutor", "bemærkning",
        "notes", "opmerking",
    ),
}
# fmt: on

_ROLE_BY_HEADER: dict[str, ColumnRole] = {
    header: role for role, headers in _VOCABULARY.items() for header in headers
}

# Headers such as "Elevens fulde navn" or "Name of student" still name the column...
_NAME_WORDS = frozenset({"navn", "name", "naam"})
# ...unless it is someone else's name, such as "Forælders navn" or "Naam mentor".
# fmt: off
_SOMEONE_ELSE_WORDS = frozenset({
    "forælder", "forælders", "forældre", "forældres", "mor", "far", "værge", "lærer", "lærers",
    "skole", "skolens", "bruger", "parent", "parents", "guardian", "mother", "father",
    "teacher", "school", "user", "ouder", "ouders", "verzorger", "moeder", "vader", "docent",
    "mentor", "kontaktlærer", "tutor", "klasse", "class", "klas", "hold", "groep",
})
# fmt: on

_PUNCTUATION = re.compile(r"[\s\-_.,;/:#()\[\]'\"*]+")


def normalise_header(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _PUNCTUATION.sub(" ", folded).strip()


def column_role(header: str | None) -> ColumnRole | None:
    """What a header says its column holds, or None when it is not a header we know."""
    role = known_header_role(header)
    if role is not None or not header:
        return role
    words = set(normalise_header(header).split())
    if words & _NAME_WORDS:
        return ColumnRole.OTHER if words & _SOMEONE_ELSE_WORDS else ColumnRole.FULL_NAME
    return None


def known_header_role(cell: str | None) -> ColumnRole | None:
    """The role of a header from the vocabulary only: a student "Jan de Naam" is not a header."""
    return _ROLE_BY_HEADER.get(normalise_header(cell)) if cell else None


def is_header_row(cells: tuple[str, ...]) -> bool:
    return any(known_header_role(cell) is not None for cell in cells)


def names_a_name_column(cells: tuple[str, ...]) -> bool:
    return any((role := known_header_role(cell)) is not None and role.is_name for cell in cells)
