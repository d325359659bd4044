"""The audit report: precision and recall with 95 % Wilson intervals, from a verdicts file.

Counting rules (also printed in every report):

- **Item precision** of a field (meetings, speakers, …) uses the items of the *precision
  sample* only: ``correct / judged``. A *partly* item is an item that exists but has at least
  one wrong value, so at item level it counts as **wrong**; the "exists" column counts it as
  right (``(correct + partly) / judged``) for those who only care whether the item is real.
- **Value precision** of an attribute (``speakers.title``, …) counts the judged items where the
  attribute has a value (not null, empty, or ``false``). *Partly* counts as **wrong for the
  attributes the reviewer named** and right for the others; *wrong* counts as wrong for all of
  them.
- **Recall** uses the recall articles the reviewer marked as fully reviewed: ``found / (found +
  missed)``, where found is the extracted items of those articles judged correct or partly and
  missed is the missed items listed. Items judged wrong are neither found nor missed.
- **Sample size** for a wanted ``± margin``: :func:`pipeline.audit.stats.sample_size` at the
  worst case ``p = 0.5`` and at the observed precision, both with the finite population
  correction for the number of items of that field in the sampled records.

Known limitations:

- Unjudged items are left out (the report says how many), which biases precision if reviewers
  skipped the hard cases.
- Stratified samples are not re-weighted (proportional allocation makes that unnecessary up
  to rounding).
- Items from the same article are treated as independent draws.
"""

from __future__ import annotations

import html
from dataclasses import asdict, dataclass, field
from typing import Any

from pipeline.audit.page import BASE_CSS, CJK_FONT_STACK, VERDICTS_FORMAT
from pipeline.audit.sample import AuditInputError
from pipeline.audit.stats import sample_size, wilson_interval

Z = 1.96


@dataclass
class Proportion:
    """``successes`` out of ``n`` with its Wilson interval (all proportions in [0, 1])."""

    successes: int
    n: int
    low: float
    high: float

    @property
    def value(self) -> float | None:
        return self.successes / self.n if self.n else None

    @classmethod
    def of(cls, successes: int, n: int) -> Proportion:
        low, high = wilson_interval(successes, n, Z)
        return cls(successes, n, low, high)


@dataclass
class FieldPrecision:
    field: str
    correct: int
    partly: int
    wrong: int
    unjudged: int
    precision: Proportion
    exists: Proportion
    population: int | None
    needed_worst: int
    needed_observed: int | None


@dataclass
class FieldRecall:
    field: str
    found: int
    missed: int
    recall: Proportion


@dataclass
class Report:
    bundle_id: str
    source: str
    margin: float
    fields: list[str]
    precision: list[FieldPrecision]
    overall: FieldPrecision
    values: list[tuple[str, Proportion]]
    recall: list[FieldRecall]
    recall_articles_done: int
    recall_articles_total: int
    errors: list[dict[str, Any]]
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["values"] = [{"attribute": name, **asdict(p)} for name, p in self.values]
        return data


def _has_value(v: Any) -> bool:
    return v not in (None, "", [], {}, False)


def _field_precision(name: str, items: list[dict[str, Any]], population: int | None, margin: float) -> FieldPrecision:
    judged = [it for it in items if it.get("verdict")]
    counts = {v: sum(1 for it in judged if it["verdict"] == v) for v in ("correct", "partly", "wrong")}
    n = len(judged)
    precision = Proportion.of(counts["correct"], n)
    if population == 0:
        # The run produced no item of this field: there is nothing to sample, so nothing is needed.
        needed_worst, needed_observed = 0, None
    else:
        needed_worst = sample_size(margin, 0.5, Z, population)
        needed_observed = sample_size(margin, precision.value, Z, population) if precision.value is not None else None
    return FieldPrecision(
        field=name, correct=counts["correct"], partly=counts["partly"], wrong=counts["wrong"],
        unjudged=len(items) - n, precision=precision, exists=Proportion.of(counts["correct"] + counts["partly"], n),
        population=population, needed_worst=needed_worst, needed_observed=needed_observed,
    )


def build_report(verdicts: dict[str, Any], *, margin: float = 0.05) -> Report:
    """Compute the report from a verdicts document (``review.html`` export or ``import-labelstudio``)."""
    if verdicts.get("format") != VERDICTS_FORMAT:
        raise AuditInputError(f"not a verdicts file (format {verdicts.get('format')!r}, expected {VERDICTS_FORMAT})")
    if not 0 < margin < 1:
        raise AuditInputError(f"--margin must be in (0, 1), got {margin}")
    bad = [it.get("id") for it in verdicts["items"] if it.get("verdict") not in (None, "correct", "partly", "wrong")]
    if bad:
        raise AuditInputError(f"unknown verdicts on items {bad[:5]}")
    fields: list[str] = list(verdicts["params"]["fields"])
    by_field_pop: dict[str, int] = verdicts.get("population", {}).get("by_field", {})
    sample = [it for it in verdicts["items"] if it.get("precision_sample")]
    precision = [
        _field_precision(f, [it for it in sample if it["field"] == f], by_field_pop.get(f), margin) for f in fields
    ]
    overall = _field_precision("all", sample, verdicts.get("population", {}).get("items"), margin)

    values: list[tuple[str, Proportion]] = []
    attributes: dict[str, list[str]] = verdicts.get("attributes", {})
    for f in fields:
        judged = [it for it in sample if it["field"] == f and it.get("verdict")]
        for attr in attributes.get(f, []):
            with_value = [it for it in judged if _has_value(it["values"].get(attr))]
            if not with_value:
                continue
            right = sum(1 for it in with_value if it["verdict"] == "correct"
                        or (it["verdict"] == "partly" and attr not in (it.get("fields") or [])))
            values.append((f"{f}.{attr}", Proportion.of(right, len(with_value))))

    done = {a["doc_id"]: a for a in verdicts.get("recall_articles", []) if a.get("done")}
    recall = []
    notes = []
    for f in fields:
        in_done = [it for it in verdicts["items"] if it["field"] == f and it["doc_id"] in done]
        found = sum(1 for it in in_done if it.get("verdict") in ("correct", "partly"))
        missed = sum(1 for a in done.values() for m in a.get("missed", []) if m.get("field") == f)
        if any(not it.get("verdict") for it in in_done):
            notes.append(f"{sum(1 for it in in_done if not it.get('verdict'))} unjudged {f} item(s) in reviewed "
                         "recall articles are left out of recall")
        recall.append(FieldRecall(f, found, missed, Proportion.of(found, found + missed)))
    unjudged = sum(p.unjudged for p in precision)
    if unjudged:
        notes.append(f"{unjudged} item(s) of the precision sample are not judged yet and are left out")
    errors = [
        {k: it.get(k) for k in ("id", "doc_id", "field", "summary", "values", "verdict", "fields", "note", "evidence")}
        for it in verdicts["items"] if it.get("verdict") in ("wrong", "partly")
    ]
    total_recall = len(verdicts.get("recall_articles", []))
    if total_recall and len(done) < total_recall:
        notes.append(f"{total_recall - len(done)} recall article(s) not marked as fully reviewed are left out of recall")
    return Report(
        bundle_id=verdicts.get("bundle_id", ""), source=verdicts.get("source") or "", margin=margin, fields=fields,
        precision=precision, overall=overall, values=values, recall=recall, recall_articles_done=len(done),
        recall_articles_total=total_recall, errors=errors, notes=notes,
    )


# --------------------------------------------------------------------------- rendering


def _pct(p: Proportion) -> str:
    if p.value is None:
        return "n/a"
    return f"{p.value:.1%} [{p.low:.1%}, {p.high:.1%}]"


RULES = [
    "Item precision: correct / judged items of the precision sample; a *partly* item counts as wrong.",
    "Exists: (correct + partly) / judged: the item is real even if a value is wrong.",
    "Value precision: per attribute with a value; *partly* counts as wrong only for the attributes the reviewer named.",
    "Recall: found / (found + missed) over recall articles marked fully reviewed; found = correct or partly.",
    "Intervals: 95 % Wilson score intervals. Needed n: for ± margin, worst case p = 0.5 and at the observed "
    "precision, with the finite population correction.",
]


def _md_escape(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_markdown(report: Report) -> str:
    """The report as Markdown (what ``audit report`` prints and writes to ``report.md``)."""
    m = report.margin
    lines = [f"# Accuracy audit {report.bundle_id}", "", f"Source: {report.source or '-'}", "",
             "## Precision", "",
             f"| field | judged | correct | partly | wrong | precision [95% CI] | exists [95% CI] | population "
             f"| needed n for ±{m:.0%} (p=0.5) | needed n (observed p) |",
             "|---|---:|---:|---:|---:|---|---|---:|---:|---:|"]
    for p in [*report.precision, report.overall]:
        lines.append(f"| {p.field} | {p.precision.n} | {p.correct} | {p.partly} | {p.wrong} | {_pct(p.precision)} "
                     f"| {_pct(p.exists)} | {p.population if p.population is not None else '-'} | {p.needed_worst} "
                     f"| {p.needed_observed if p.needed_observed is not None else '-'} |")
    lines += ["", "## Value precision", "", "| attribute | judged | right | precision [95% CI] |", "|---|---:|---:|---|"]
    lines += [f"| {name} | {p.n} | {p.successes} | {_pct(p)} |" for name, p in report.values]
    lines += ["", "## Recall", "",
              f"Recall articles fully reviewed: {report.recall_articles_done} of {report.recall_articles_total}", "",
              "| field | found | missed | recall [95% CI] |", "|---|---:|---:|---|"]
    lines += [f"| {r.field} | {r.found} | {r.missed} | {_pct(r.recall)} |" for r in report.recall]
    lines += ["", f"## Wrong and partly right items ({len(report.errors)})", ""]
    for e in report.errors:
        which = f" (wrong: {', '.join(e['fields'])})" if e["verdict"] == "partly" and e["fields"] else ""
        lines.append(f"- **{e['verdict']}**{which} {e['field']} `{e['id']}` {_md_escape(e['summary'])}")
        for ev in e.get("evidence") or []:
            lines.append(f"  - evidence: {_md_escape(ev)}")
        if e.get("note"):
            lines.append(f"  - note: {_md_escape(e['note'])}")
    lines += ["", "## How this is counted", ""] + [f"- {r}" for r in RULES]
    if report.notes:
        lines += ["", "## Notes", ""] + [f"- {n}" for n in report.notes]
    return "\n".join(lines) + "\n"


def _svg_chart(report: Report) -> str:
    """A horizontal bar chart of precision and recall per field with Wilson whiskers (inline SVG)."""
    rows: list[tuple[str, Proportion, str]] = []
    for p in report.precision:
        rows.append((f"{p.field} precision", p.precision, "#1d4ed8"))
    for r in report.recall:
        if r.recall.n:
            rows.append((f"{r.field} recall", r.recall, "#0f766e"))
    label_w, bar_w, row_h = 160, 420, 26
    height = row_h * len(rows) + 30
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 90}" height="{height}" '
             f'role="img" aria-label="precision and recall per field">']
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        x = label_w + tick * bar_w
        parts.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height - 20}" stroke="#ccc" stroke-width="1"/>')
        parts.append(f'<text x="{x:.1f}" y="{height - 6}" font-size="11" text-anchor="middle" fill="#666">'
                     f'{tick:.0%}</text>')
    for i, (label, p, colour) in enumerate(rows):
        y = i * row_h + 4
        parts.append(f'<text x="{label_w - 8}" y="{y + 15}" font-size="13" text-anchor="end">{html.escape(label)}</text>')
        if p.value is None:
            parts.append(f'<text x="{label_w + 4}" y="{y + 15}" font-size="12" fill="#666">no data</text>')
            continue
        parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{p.value * bar_w:.1f}" height="{row_h - 10}" '
                     f'fill="{colour}" opacity="0.75"><title>{html.escape(label)}: {_pct(p)}</title></rect>')
        lo, hi, mid = label_w + p.low * bar_w, label_w + p.high * bar_w, y + row_h / 2 - 1
        parts.append(f'<line x1="{lo:.1f}" y1="{mid:.1f}" x2="{hi:.1f}" y2="{mid:.1f}" stroke="#111" stroke-width="1.5"/>')
        for x in (lo, hi):
            parts.append(f'<line x1="{x:.1f}" y1="{mid - 5:.1f}" x2="{x:.1f}" y2="{mid + 5:.1f}" stroke="#111" '
                         'stroke-width="1.5"/>')
        parts.append(f'<text x="{label_w + bar_w + 8}" y="{y + 15}" font-size="12">{p.value:.1%} (n={p.n})</text>')
    parts.append("</svg>")
    return "".join(parts)


REPORT_CSS = """
main { max-width: 62em; }
table { border-collapse: collapse; margin: .6em 0 1.4em; font-size: .92em; }
th, td { border-bottom: 1px solid var(--line); padding: .25em .7em; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
li { margin: .3em 0; overflow-wrap: anywhere; }
.ev { color: var(--muted); }
svg text { fill: var(--fg); }
"""


def render_html(report: Report) -> str:
    """The report as one self-contained HTML page (inline CSS and SVG, no script)."""
    e = html.escape
    m = report.margin

    def table(head: list[str], rows: list[list[Any]], numeric: set[int]) -> str:
        out = ["<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in head) + "</tr>"]
        for row in rows:
            out.append("<tr>" + "".join(f'<td class="num">{e(str(c))}</td>' if i in numeric else f"<td>{e(str(c))}</td>"
                                        for i, c in enumerate(row)) + "</tr>")
        return "".join(out) + "</table>"

    prec = table(["field", "judged", "correct", "partly", "wrong", "precision [95% CI]", "exists [95% CI]",
                  "population", f"needed n ±{m:.0%} (p=0.5)", "needed n (observed p)"],
                 [[p.field, p.precision.n, p.correct, p.partly, p.wrong, _pct(p.precision), _pct(p.exists),
                   p.population if p.population is not None else "-", p.needed_worst,
                   p.needed_observed if p.needed_observed is not None else "-"]
                  for p in [*report.precision, report.overall]], {1, 2, 3, 4, 7, 8, 9})
    vals = table(["attribute", "judged", "right", "precision [95% CI]"],
                 [[name, p.n, p.successes, _pct(p)] for name, p in report.values], {1, 2})
    rec = table(["field", "found", "missed", "recall [95% CI]"],
                [[r.field, r.found, r.missed, _pct(r.recall)] for r in report.recall], {1, 2})
    errs = []
    for it in report.errors:
        which = f" (wrong: {', '.join(it['fields'])})" if it["verdict"] == "partly" and it["fields"] else ""
        evid = "".join(f'<div class="ev">{e(ev)}</div>' for ev in it.get("evidence") or [])
        note = f"<div>note: {e(it['note'])}</div>" if it.get("note") else ""
        errs.append(f"<li><strong>{e(it['verdict'])}</strong>{e(which)} {e(it['field'])} <code>{e(it['id'])}</code> "
                    f"{e(it['summary'])}{evid}{note}</li>")
    notes = "".join(f"<li>{e(n)}</li>" for n in report.notes)
    css = (BASE_CSS + REPORT_CSS).replace("FONT_STACK", CJK_FONT_STACK)
    return f"""<!DOCTYPE html>
<html lang="zh-Hans"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Accuracy audit {e(report.bundle_id)}</title><style>{css}</style></head>
<body><main>
<h1>Accuracy audit {e(report.bundle_id)}</h1>
<p class="meta">Source: {e(report.source or '-')}</p>
{_svg_chart(report)}
<h2>Precision</h2>{prec}
<h2>Value precision</h2>{vals}
<h2>Recall</h2><p>Recall articles fully reviewed: {report.recall_articles_done} of {report.recall_articles_total}</p>{rec}
<h2>Wrong and partly right items ({len(report.errors)})</h2><ul>{''.join(errs)}</ul>
<h2>How this is counted</h2><ul>{''.join(f'<li>{e(r)}</li>' for r in RULES)}</ul>
{f'<h2>Notes</h2><ul>{notes}</ul>' if notes else ''}
</main></body></html>
"""
