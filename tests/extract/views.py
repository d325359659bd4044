"""Views of an extracted record that several test modules compare against."""

from __future__ import annotations


def speakers(record: dict) -> dict[str, tuple]:
    """Name -> (title, roles)."""
    return {s["name"]: (s["title"], tuple(s["roles"])) for s in record["speakers"]}


def dated(record: dict) -> list[tuple[str, str | None]]:
    """(name, date) of each meeting, in order."""
    return [(m["name"], m["date"]) for m in record["meetings"]]


def page(body: str, published: str = "2024-05-08") -> str:
    """An invented page: a headline, a date line, the body."""
    return f"标题\n{published} 来源：某网\n{body}\n"


def honours(record: dict) -> list[tuple[str, int, str, str | None]]:
    """(honor, count, unit, recipient_kind) of each award, in order."""
    return [(a["honor"], a["count"], a["unit"], a["recipient_kind"]) for a in record["awards"]]


def held(record: dict) -> list[tuple[str, str | None, str | None]]:
    """(name, date, organizer) of each meeting, in order."""
    return [(m["name"], m["date"], m["organizer"]) for m in record["meetings"]]


def grants(record: dict) -> list[tuple[float, str, str | None]]:
    """(amount, currency, purpose) of each funding record, in order."""
    return [(f["amount"], f["currency"], f["purpose"]) for f in record["funding"]]


def when(record: dict) -> list[tuple[str | None, str | None, str | None]]:
    """(date, date_text, time_of_day) of each meeting, in order."""
    return [(m["date"], m["date_text"], m["time_of_day"]) for m in record["meetings"]]


def names(record: dict) -> list[str]:
    """The name of each meeting, in order."""
    return [m["name"] for m in record["meetings"]]


def dated_as_written(record: dict) -> list[tuple[str, str | None]]:
    """(name, date_text) of each meeting, in order."""
    return [(m["name"], m["date_text"]) for m in record["meetings"]]


def venues(record: dict) -> list[tuple[str, str | None]]:
    """(name, location) of each meeting, in order."""
    return [(m["name"], m["location"]) for m in record["meetings"]]


def organizers(record: dict) -> list[tuple[str, str | None]]:
    """(name, organizer) of each meeting, in order."""
    return [(m["name"], m["organizer"]) for m in record["meetings"]]


def placed(record: dict) -> list[tuple[str, str | None, str | None]]:
    """(name, location, organizer) of each meeting, in order."""
    return [(m["name"], m["location"], m["organizer"]) for m in record["meetings"]]


def told(record: dict) -> list[tuple[str, str | None, str | None, str | None]]:
    """(name, date, date_text, location) of each meeting, in order."""
    return [(m["name"], m["date"], m["date_text"], m["location"]) for m in record["meetings"]]
