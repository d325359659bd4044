"""Views of an extracted record that several test modules compare against."""

from __future__ import annotations


def speakers(record: dict) -> dict[str, tuple]:
    """Name -> (title, roles)."""
    return {s["name"]: (s["title"], tuple(s["roles"])) for s in record["speakers"]}


def dated(record: dict) -> list[tuple[str, str | None]]:
    """(name, date) of each meeting, in order."""
    return [(m["name"], m["date"]) for m in record["meetings"]]
