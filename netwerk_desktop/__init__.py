"""Netwerk Desktop core: domain, storage, content, grouping, handouts and CLI. Never imports Qt."""

__version__ = "0.1.0"
