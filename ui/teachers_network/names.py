"""The teacher's words for agenda items and meeting modes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netwerk_desktop.teachers_network.records import ItemKind, Mode


def item_name(kind: ItemKind) -> str:
    names = {
        ItemKind.WELCOME: QCoreApplication.translate("NetworkNames", "Welcome"),
        ItemKind.TALK: QCoreApplication.translate("NetworkNames", "Talk"),
        ItemKind.EXCHANGE: QCoreApplication.translate("NetworkNames", "Exchange of experience"),
        ItemKind.TOUR: QCoreApplication.translate("NetworkNames", "Host’s tour"),
        ItemKind.ACTIONS: QCoreApplication.translate("NetworkNames", "Open actions"),
        ItemKind.BREAK: QCoreApplication.translate("NetworkNames", "Break"),
        ItemKind.CLOSING: QCoreApplication.translate("NetworkNames", "Next meeting and topics"),
    }
    return names[kind]


def mode_name(mode: Mode) -> str:
    if mode is Mode.PHYSICAL:
        return QCoreApplication.translate("NetworkNames", "In person")
    return QCoreApplication.translate("NetworkNames", "Online")
