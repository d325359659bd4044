"""``show``: one article record rendered as HTML, entities and records highlighted (displaCy style).

Entities (``entities``, written by ``run --with-entities``) are boxes with their type after the
text; the evidence sentences of meetings, speakers, awards and funding are underlined in the
field's colour, with the items listed below the text. Everything taken from the record is
escaped with :func:`html.escape`, and the page has no script at all (its Content-Security-Policy
forbids scripts), so article text can never run.

Known limitations:

- Needs ``clean_text`` (``run --with-text``); without it there is nothing to highlight in, and
  :class:`ShowError` says so.
- Overlapping entities are drawn once: the longer one wins (then the earlier one).
- Evidence is a whole sentence; the value inside it is not marked separately.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from pipeline.audit.page import BASE_CSS, CJK_FONT_STACK
from pipeline.audit.sample import FIELDS, item_evidence, item_summary, item_values

ENTITY_COLOURS = {
    "PER": "#c7e7ff", "ORG": "#ffe0b3", "LOC": "#d7f5c8", "GPE": "#d7f5c8", "TIME": "#eddcff", "DATE": "#eddcff",
    "MONEY": "#ffd6e0", "TITLE": "#fff3a8", "MEETING": "#cdeff0",
}
DEFAULT_ENTITY_COLOUR = "#e5e7eb"


class ShowError(ValueError):
    """The record cannot be shown (not found, or no clean text)."""


def select_record(path: Path, *, doc: str | None = None, index: int | None = None) -> dict[str, Any]:
    """The record with ``doc_id`` (or a unique prefix) ``doc``, or the ``index``-th line (0-based, default 0)."""
    records: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ShowError(f"{path}:{lineno}: not JSON ({exc.msg})") from exc
    if doc is not None:
        hits = [r for r in records if str(r.get("doc_id", "")).startswith(doc)]
        if len(hits) != 1:
            raise ShowError(f"{path}: {len(hits)} records with doc_id starting {doc!r} (need exactly one)")
        return hits[0]
    i = 0 if index is None else index
    if not 0 <= i < len(records):
        raise ShowError(f"{path}: --index {i} out of range (the file holds {len(records)} records)")
    return records[i]


def _pick_entities(text: str, entities: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """Non-overlapping entities whose offsets match their text; and how many were dropped as mismatched."""
    valid = [e for e in entities if isinstance(e.get("start"), int) and isinstance(e.get("end"), int)
             and 0 <= e["start"] < e["end"] <= len(text) and text[e["start"]:e["end"]] == e.get("text")]
    chosen: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []
    for e in sorted(valid, key=lambda e: (-(e["end"] - e["start"]), e["start"])):
        if all(e["end"] <= s or e["start"] >= t for s, t in taken):
            chosen.append(e)
            taken.append((e["start"], e["end"]))
    return sorted(chosen, key=lambda e: e["start"]), len(entities) - len(valid)


def _evidence_spans(record: dict[str, Any], text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, field, label)`` for every evidence sentence found at its offsets in ``text``."""
    spans = []
    for field in FIELDS:
        for n, item in enumerate(record.get(field) or [], 1):
            label = f"{field} #{n}: {item_summary(field, item_values(item))}"
            for ev in item_evidence(item):
                s, t = ev.get("clean_start"), ev.get("clean_end")
                if isinstance(s, int) and isinstance(t, int) and text[s:t] == ev.get("text"):
                    spans.append((s, t, field, label))
    return spans


def render_text(text: str, entities: list[dict[str, Any]], evidence: list[tuple[int, int, str, str]]) -> str:
    """Escaped HTML of ``text`` with entity boxes and evidence underlines (offsets into ``text``)."""
    e = html.escape
    cuts = {0, len(text)}
    for ent in entities:
        cuts |= {ent["start"], ent["end"]}
    for s, t, _, _ in evidence:
        cuts |= {s, t}
    points = sorted(cuts)
    out: list[str] = []
    ent_at = {ent["start"]: ent for ent in entities}
    open_ent: dict[str, Any] | None = None
    for a, b in zip(points, points[1:], strict=False):
        if open_ent is None and a in ent_at:
            open_ent = ent_at[a]
            colour = ENTITY_COLOURS.get(open_ent["type"], DEFAULT_ENTITY_COLOUR)
            out.append(f'<mark class="entity" style="background:{colour}" title="{e(open_ent["type"])} '
                       f'({e(str(open_ent.get("source", "")))})">')
        covering = [(f, lab) for s, t, f, lab in evidence if s <= a and t >= b]
        piece = e(text[a:b])
        if covering:
            fields = sorted({f for f, _ in covering}, key=FIELDS.index)
            title = "\n".join(lab for _, lab in covering)
            out.append(f'<span class="ev {" ".join("u-" + f for f in fields)}" title="{e(title)}">{piece}</span>')
        else:
            out.append(piece)
        if open_ent is not None and b == open_ent["end"]:
            out.append(f'<span class="entity-label">{e(open_ent["type"])}</span></mark>')
            open_ent = None
    return "".join(out)


SHOW_CSS = """
main { max-width: 46em; }
.text { max-width: none; margin-top: 1.2em; }
mark.entity { padding: .15em .3em; margin: 0 .1em; border-radius: .35em; line-height: 1; color: #1d1d1f; }
.entity-label {
  font-size: .62em; font-weight: 700; letter-spacing: .04em; margin-left: .35em; vertical-align: middle;
  text-transform: uppercase; font-family: ui-sans-serif, system-ui, sans-serif;
}
.ev { text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: .35em; }
.ev.u-meetings { text-decoration-color: var(--meetings-b); background: var(--meetings); }
.ev.u-speakers { text-decoration-color: var(--speakers-b); background: var(--speakers); }
.ev.u-awards { text-decoration-color: var(--awards-b); background: var(--awards); }
.ev.u-funding { text-decoration-color: var(--funding-b); background: var(--funding); }
.legend { display: flex; gap: .6em; flex-wrap: wrap; margin: .6em 0; }
.records h3 { font-size: 1em; margin: 1.2em 0 .3em; }
.records ol { margin: 0; padding-left: 1.6em; }
.records li { margin: .4em 0; overflow-wrap: anywhere; }
.values { color: var(--muted); font-size: .9em; }
.warning { color: var(--bad); }
"""


def _fmt(value: Any) -> str:
    if isinstance(value, list):
        return "、".join(_fmt(v) for v in value)
    if isinstance(value, dict):
        return str(value.get("name", "")) + (f"（{value['title']}）" if value.get("title") else "")
    return str(value)


def render_show(record: dict[str, Any]) -> str:
    """The article page for one record (raises :class:`ShowError` when it has no ``clean_text``)."""
    e = html.escape
    text = record.get("clean_text")
    doc_id = str(record.get("doc_id", ""))
    if not isinstance(text, str):
        raise ShowError(f"record {doc_id[:16]} has no clean_text: write the records with "
                        "`python run_pipeline.py run ... --with-text` (add --with-entities for entities)")
    raw_entities = record.get("entities")
    entities, mismatched = _pick_entities(text, raw_entities or [])
    evidence = _evidence_spans(record, text)
    notes = []
    if raw_entities is None:
        notes.append("No entities in this record (written without --with-entities).")
    if mismatched:
        notes.append(f"{mismatched} entit(y/ies) whose offsets do not match the text are not drawn.")
    legend = "".join(f'<span class="badge b-{f}">{f} ({len(record.get(f) or [])})</span>' for f in FIELDS)
    sections = []
    for field in FIELDS:
        items = record.get(field) or []
        if not items:
            continue
        lis = []
        for item in items:
            values = item_values(item)
            shown = "; ".join(f"{k}={_fmt(v)}" for k, v in values.items() if v not in (None, "", [], False))
            lis.append(f"<li><strong>{e(item_summary(field, values))}</strong> "
                       f'<div class="values">{e(shown)}</div></li>')
        sections.append(f'<h3><span class="badge b-{field}">{e(field)}</span></h3><ol>{"".join(lis)}</ol>')
    meta = " · ".join(e(str(x)) for x in (record.get("outlet") or "unknown outlet", record.get("published") or "no date",
                                          record.get("source") or "", f"doc {doc_id[:16]}"))
    css = (BASE_CSS + SHOW_CSS).replace("FONT_STACK", CJK_FONT_STACK)
    return f"""<!DOCTYPE html>
<html lang="zh-Hans"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{e(record.get("title") or doc_id[:16])}</title><style>{css}</style></head>
<body><main>
<h1>{e(record.get("title") or "(no title)")}</h1>
<p class="meta">{meta}</p>
<div class="legend">{legend}</div>
{"".join(f'<p class="meta warning">{e(n)}</p>' for n in notes)}
<div class="text">{render_text(text, entities, evidence)}</div>
<div class="records">{"".join(sections) or '<p class="meta">No records extracted.</p>'}</div>
</main></body></html>
"""
