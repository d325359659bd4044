"""The output record schema (pydantic models) and the Document -> JSON conversion.

The JSON Schema published in ``models/record.schema.json`` is generated from these
models (``python run_pipeline.py schema``); outside tools read the exact field names.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from pipeline import SCHEMA_VERSION, __version__
from pipeline.document import Document


class Evidence(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str = Field(description="the sentence of the clean text the value was read from")
    clean_start: int = Field(description="offset of the sentence in clean_text")
    clean_end: int
    raw_start: int = Field(description="offset of the sentence in the raw (decoded input) text")
    raw_end: int


class Person(BaseModel):
    name: str
    title: str | None = None


class Meeting(BaseModel):
    name: str
    date: str | None = Field(None, description="ISO YYYY-MM-DD, year resolved; null when unknown")
    date_text: str | None = None
    time_of_day: Literal["上午", "下午", "晚上"] | None = None
    location: str | None = None
    organizer: str | None = None
    host: Person | None = None
    attendee_count: int | None = None
    attendee_approx: bool = False
    evidence: Evidence


class Speaker(BaseModel):
    name: str
    title: str | None = None
    organization: str | None = None
    roles: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class Award(BaseModel):
    honor: str
    count: int
    unit: str
    recipient_kind: Literal["person", "organization"] | None = None
    recipients: list[str] = Field(default_factory=list)
    evidence: Evidence


class Funding(BaseModel):
    amount: float
    amount_high: float | None = None
    currency: str
    approximate: bool = False
    text: str = Field(description="the amount as written")
    purpose: str | None = None
    evidence: Evidence


class RemovedSpan(BaseModel):
    raw_start: int
    raw_end: int
    reason: str


class Quality(BaseModel):
    warnings: list[str] = Field(default_factory=list)
    removed: list[RemovedSpan] = Field(default_factory=list)


class EntityOut(BaseModel):
    type: str
    text: str
    start: int
    end: int
    raw_start: int
    raw_end: int
    source: Literal["model", "rule"]


class ArticleRecord(BaseModel):
    """One article's JSON object (one line of the output JSONL)."""

    schema_version: str = SCHEMA_VERSION
    pipeline_version: str = __version__
    doc_id: str = Field(description="SHA-256 of the raw input bytes")
    source: str
    url: str | None = None
    encoding: str
    language: str | None = None
    title: str | None = None
    published: str | None = Field(None, description="YYYY-MM-DD or YYYY-MM-DDTHH:MM")
    outlet: str | None = None
    reporters: list[str] = Field(default_factory=list)
    editors: list[str] = Field(default_factory=list)
    authors: list[str] = Field(default_factory=list)
    meetings: list[Meeting] = Field(default_factory=list)
    speakers: list[Speaker] = Field(default_factory=list)
    awards: list[Award] = Field(default_factory=list)
    funding: list[Funding] = Field(default_factory=list)
    quality: Quality = Field(default_factory=Quality)
    processed_at: str
    clean_text: str | None = None
    entities: list[EntityOut] | None = None


def json_schema() -> dict[str, Any]:
    schema = ArticleRecord.model_json_schema()
    schema["$id"] = f"newsrec/record/{SCHEMA_VERSION}"
    return schema


def to_record(doc: Document, *, with_text: bool = False, with_entities: bool = False) -> dict[str, Any]:
    """The article's JSON object (plain dict, validated against :class:`ArticleRecord`)."""
    meta = doc.meta
    record = ArticleRecord(
        doc_id=doc.doc_id,
        source=doc.source,
        url=doc.hints.get("url"),
        encoding=doc.encoding,
        language=doc.language,
        # Input metadata (JSONL fields, HTML <h1>/meta tags) beats what boilerplate guesses from lines.
        title=doc.hints.get("title") or meta.get("title"),
        published=doc.hints.get("published") or meta.get("published"),
        outlet=doc.hints.get("outlet") or meta.get("outlet"),
        reporters=meta.get("reporters", []),
        editors=meta.get("editors", []),
        authors=meta.get("authors", []),
        quality=Quality(
            warnings=doc.warnings,
            removed=[RemovedSpan(raw_start=r.raw_start, raw_end=r.raw_end, reason=r.reason) for r in doc.removed],
        ),
        processed_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        **{kind: doc.records.get(kind, []) for kind in ("meetings", "speakers", "awards", "funding")},
    )
    data = record.model_dump(mode="json", exclude_none=False)
    if with_text:
        data["clean_text"] = doc.clean_text
    else:
        data.pop("clean_text")
    if with_entities:
        out = []
        for e in doc.entities:
            rs, re_ = doc.raw_span(e.start, e.end)
            out.append({"type": e.type, "text": e.text, "start": e.start, "end": e.end,
                        "raw_start": rs, "raw_end": re_, "source": e.source})
        data["entities"] = out
    else:
        data.pop("entities")
    return data
