"""Seeded samples of extracted items for an accuracy audit, and the bundle written for reviewers.

An *item* is one element of ``meetings``, ``speakers``, ``awards`` or ``funding`` of one article
record. Its id is derived from the article's ``doc_id``, the field and the item's content
(``speakers-3f9a…``), so the same records give the same ids whatever their order in the input.

The sample has two parts:

- **precision sample**: ``n`` items drawn without replacement from all items of the requested
  fields; with ``stratify`` the ``n`` are first split over strata (outlet or field) in
  proportion to their size (largest-remainder rounding, ties by stratum name), then drawn
  within each stratum;
- **recall sample**: ``K`` articles drawn from *all* articles (also those where nothing was
  extracted); the reviewer judges every extracted item of those articles and lists what was
  missed.

Randomness comes from :class:`random.Random` seeded with strings derived from ``seed``
(string seeds are hashed with SHA-512, independent of ``PYTHONHASHSEED``), and the population
is sorted by item id first, so the same inputs and seed give the same sample, byte for byte.

Known limitations:

- Sampling is of items, so articles with many items are reviewed more often; per-field
  precision is an item-level figure, not an article-level one.
- Stratified samples are proportional, so unweighted precision stays unbiased; the report
  does not re-weight (there is nothing to re-weight with proportional allocation, up to rounding).
- When ``clean_text`` is absent (``run`` without ``--with-text``) reviewers see only the
  evidence sentences, which makes recall review impossible; the bundle says so.
- Evidence whose ``text`` is not found at its offsets in ``clean_text`` is searched for
  in the text; when it is not there either it is shown beside the text, not highlighted.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pipeline.records import Award, Funding, Meeting, Speaker

FIELDS: tuple[str, ...] = ("meetings", "speakers", "awards", "funding")
STRATIFY_CHOICES: tuple[str, ...] = ("outlet", "field")
BUNDLE_FORMAT = "newsrec-audit-bundle/1"
UNKNOWN_OUTLET = "(unknown outlet)"
# Separator between evidence sentences when an article has no clean_text.
EVIDENCE_JOINER = "\n\n"

_MODELS = {"meetings": Meeting, "speakers": Speaker, "awards": Award, "funding": Funding}
# The attributes a reviewer can name when a verdict is "partly" (everything but the evidence).
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    name: tuple(f for f in model.model_fields if f != "evidence") for name, model in _MODELS.items()
}


class AuditInputError(ValueError):
    """Bad audit input: names the file, line and document id where it can."""


@dataclass(frozen=True)
class SampleParams:
    """What was asked for; stored in the bundle so that the sample can be redrawn."""

    n: int
    seed: int
    fields: tuple[str, ...] = FIELDS
    stratify: str | None = None
    recall_articles: int = 0

    def __post_init__(self) -> None:
        if self.n < 0:
            raise AuditInputError(f"--n must be >= 0, got {self.n}")
        if self.recall_articles < 0:
            raise AuditInputError(f"--recall-articles must be >= 0, got {self.recall_articles}")
        unknown = [f for f in self.fields if f not in FIELDS]
        if unknown or not self.fields:
            raise AuditInputError(f"--field: unknown {unknown or 'empty list'}; choose from {', '.join(FIELDS)}")
        if self.stratify is not None and self.stratify not in STRATIFY_CHOICES:
            raise AuditInputError(f"--stratify must be one of {STRATIFY_CHOICES}, got {self.stratify!r}")


@dataclass
class Population:
    """Counts of what the sample was drawn from (used for finite population corrections)."""

    articles: int = 0
    items: int = 0
    by_field: dict[str, int] = field(default_factory=dict)
    strata: dict[str, int] = field(default_factory=dict)


# --------------------------------------------------------------------------- loading


def load_records(source: str | Path) -> list[dict[str, Any]]:
    """Article records from a ``.jsonl`` file, or from the SQLite/SQL database of the records sink.

    Databases (``*.db``, ``*.sqlite`` or an SQLAlchemy URL) are read through
    :class:`pipeline.sinks.database.DatabaseSink` (SQLAlchemy). Records are returned sorted by
    ``doc_id``; a repeated ``doc_id`` keeps its last line (a forced re-run appends).
    """
    text = str(source)
    if text.endswith((".db", ".sqlite", ".sqlite3")) or "://" in text:
        return _load_database(text)
    path = Path(text)
    if not path.is_file():
        raise AuditInputError(f"{path}: no such file")
    by_id: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise AuditInputError(f"{path}:{lineno}: not JSON ({exc.msg} at column {exc.colno})") from exc
            if not isinstance(record, dict) or not isinstance(record.get("doc_id"), str):
                raise AuditInputError(f"{path}:{lineno}: not an article record (no doc_id)")
            by_id[record["doc_id"]] = record
    return [by_id[k] for k in sorted(by_id)]


def _load_database(target: str) -> list[dict[str, Any]]:
    """Records from the database sink: a SQLite file path or an SQLAlchemy URL."""
    try:
        from pipeline.sinks.database import DatabaseSink, sqlite_url
    except ImportError as exc:
        raise AuditInputError(f"{target}: reading a database needs pipeline.sinks.database ({exc})") from exc
    if "://" in target:
        url = target
    else:
        # Opening a missing SQLite file would create an empty database: refuse instead.
        if not Path(target).is_file():
            raise AuditInputError(f"{target}: no such file")
        url = sqlite_url(target)
    sink = DatabaseSink(url)
    try:
        records = [sink.read(doc_id) for doc_id in sorted(sink.stored_ids())]
    finally:
        sink.close()
    return [r for r in records if r is not None]


# --------------------------------------------------------------------------- items


def item_values(item: dict[str, Any]) -> dict[str, Any]:
    """The item without its evidence: the normalized values a reviewer judges."""
    return {k: v for k, v in item.items() if k != "evidence"}


def item_evidence(item: dict[str, Any]) -> list[dict[str, Any]]:
    """The item's evidence as a list (speakers carry a list, the other fields one object)."""
    ev = item.get("evidence")
    if ev is None:
        return []
    return list(ev) if isinstance(ev, list) else [ev]


def item_summary(field_name: str, values: dict[str, Any]) -> str:
    """A one-line human summary of an item (for lists and Label Studio), e.g. ``王世华 · 主任``."""
    keys = {"meetings": ("name", "date"), "speakers": ("name", "title"),
            "awards": ("honor", "count", "unit"), "funding": ("text", "currency", "purpose")}[field_name]
    parts = [str(values[k]) for k in keys if values.get(k) not in (None, "", [])]
    return " · ".join(parts) or "(empty)"


def _digest(*parts: str, size: int = 12) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:size]


def collect_items(records: Sequence[dict[str, Any]], fields: Iterable[str] = FIELDS) -> list[dict[str, Any]]:
    """Every item of ``fields`` in ``records``, with a stable id, sorted by id."""
    wanted = tuple(fields)
    items: list[dict[str, Any]] = []
    for record in records:
        doc_id = record["doc_id"]
        seen: Counter[str] = Counter()
        for field_name in wanted:
            for index, raw in enumerate(record.get(field_name) or []):
                values = item_values(raw)
                content = json.dumps(raw, ensure_ascii=False, sort_keys=True)
                base = f"{field_name}-{_digest(doc_id, field_name, content)}"
                seen[base] += 1
                # Identical items in one article (a double extraction) still get distinct ids.
                item_id = base if seen[base] == 1 else f"{base}-{seen[base]}"
                items.append({
                    "id": item_id,
                    "doc_id": doc_id,
                    "field": field_name,
                    "index": index,
                    "outlet": record.get("outlet") or UNKNOWN_OUTLET,
                    "values": values,
                    "summary": item_summary(field_name, values),
                    "evidence": item_evidence(raw),
                })
    items.sort(key=lambda it: it["id"])
    return items


def allocate(sizes: dict[str, int], n: int) -> dict[str, int]:
    """Split ``n`` over strata in proportion to ``sizes`` (largest remainder; ties by name).

    Never gives a stratum more than its size; the total is ``min(n, sum(sizes))``.
    """
    total = sum(sizes.values())
    n = min(n, total)
    if total == 0:
        return {k: 0 for k in sizes}
    exact = {k: n * s / total for k, s in sizes.items()}
    alloc = {k: int(v) for k, v in exact.items()}
    left = n - sum(alloc.values())
    for k in sorted(sizes, key=lambda k: (-(exact[k] - alloc[k]), k)):
        if left == 0:
            break
        if alloc[k] < sizes[k]:
            alloc[k] += 1
            left -= 1
    return alloc


def _stratum(item: dict[str, Any], stratify: str | None) -> str:
    if stratify == "outlet":
        return item["outlet"]
    if stratify == "field":
        return item["field"]
    return "all"


def draw_items(items: Sequence[dict[str, Any]], params: SampleParams) -> tuple[list[dict[str, Any]], dict[str, int],
                                                                             dict[str, int]]:
    """The precision sample: (items sorted by id, stratum sizes, allocation)."""
    strata: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for it in items:
        strata[_stratum(it, params.stratify)].append(it)
    sizes = {k: len(v) for k, v in sorted(strata.items())}
    alloc = allocate(sizes, params.n)
    chosen: list[dict[str, Any]] = []
    for name in sorted(strata):
        rng = random.Random(f"newsrec-audit:{params.seed}:items:{name}")
        chosen.extend(rng.sample(strata[name], alloc[name]))
    chosen.sort(key=lambda it: it["id"])
    return chosen, sizes, alloc


def draw_articles(records: Sequence[dict[str, Any]], k: int, seed: int) -> list[str]:
    """``k`` doc ids drawn from all records (sorted by doc id), for the recall review."""
    ids = sorted(r["doc_id"] for r in records)
    rng = random.Random(f"newsrec-audit:{seed}:recall")
    return sorted(rng.sample(ids, min(k, len(ids))))


# --------------------------------------------------------------------------- article views


def article_view(record: dict[str, Any], items: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The text a reviewer reads and the highlighted spans in it.

    Returns ``text``, ``text_kind`` (``clean_text`` or ``evidence``: the evidence sentences
    joined by a blank line when the record has no clean text), ``spans`` (``start``, ``end``
    offsets into ``text``, ``items``: ids of the items whose evidence it is) and ``unplaced``
    (``[item id, evidence text]`` for evidence that could not be found in the text).
    """
    clean = record.get("clean_text")
    placed: dict[tuple[int, int], list[str]] = defaultdict(list)
    unplaced: list[list[str]] = []
    if isinstance(clean, str):
        text, kind = clean, "clean_text"
        for it in items:
            for ev in it["evidence"]:
                start, end, sentence = ev.get("clean_start"), ev.get("clean_end"), ev.get("text") or ""
                if not (isinstance(start, int) and isinstance(end, int) and text[start:end] == sentence):
                    found = text.find(sentence) if sentence else -1
                    if found < 0:
                        unplaced.append([it["id"], sentence])
                        continue
                    start, end = found, found + len(sentence)
                if it["id"] not in placed[(start, end)]:
                    placed[(start, end)].append(it["id"])
    else:
        kind = "evidence"
        sentences: dict[str, list[str]] = {}
        order: list[tuple[int, str]] = []
        for it in items:
            for ev in it["evidence"]:
                sentence = ev.get("text") or ""
                if sentence not in sentences:
                    sentences[sentence] = []
                    order.append((ev.get("clean_start") or 0, sentence))
                if it["id"] not in sentences[sentence]:
                    sentences[sentence].append(it["id"])
        chunks: list[str] = []
        pos = 0
        for _, sentence in sorted(order):
            if chunks:
                pos += len(EVIDENCE_JOINER)
            chunks.append(sentence)
            placed[(pos, pos + len(sentence))] = sentences[sentence]
            pos += len(sentence)
        text = EVIDENCE_JOINER.join(chunks)
    spans = [{"start": s, "end": e, "items": ids} for (s, e), ids in sorted(placed.items())]
    return {"text": text, "text_kind": kind, "spans": spans, "unplaced": unplaced}


# --------------------------------------------------------------------------- bundle


def build_bundle(records: Sequence[dict[str, Any]], params: SampleParams, *, source: str = "") -> dict[str, Any]:
    """Draw the sample and assemble the bundle (the content of ``sample.json``)."""
    all_items = collect_items(records, params.fields)
    precision, strata, alloc = draw_items(all_items, params)
    recall_ids = set(draw_articles(records, params.recall_articles, params.seed))
    precision_ids = {it["id"] for it in precision}
    selected = [it for it in all_items if it["id"] in precision_ids or it["doc_id"] in recall_ids]
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for it in selected:
        it = dict(it, precision_sample=it["id"] in precision_ids, recall_article=it["doc_id"] in recall_ids)
        by_doc[it["doc_id"]].append(it)
    records_by_id = {r["doc_id"]: r for r in records}
    articles = []
    for doc_id in sorted(set(by_doc) | recall_ids):
        record = records_by_id[doc_id]
        doc_items = sorted(by_doc.get(doc_id, []), key=lambda it: (FIELDS.index(it["field"]), it["index"]))
        view = article_view(record, doc_items)
        articles.append({
            "doc_id": doc_id,
            "title": record.get("title"),
            "outlet": record.get("outlet"),
            "published": record.get("published"),
            "source": record.get("source"),
            "url": record.get("url"),
            "recall": doc_id in recall_ids,
            **view,
            "items": doc_items,
        })
    population = Population(
        articles=len(records),
        items=len(all_items),
        by_field={f: sum(1 for it in all_items if it["field"] == f) for f in params.fields},
        strata=strata,
    )
    body = {
        "params": {**asdict(params), "fields": list(params.fields)},
        "population": asdict(population),
        "allocation": alloc,
        "attributes": {f: list(ATTRIBUTES[f]) for f in params.fields},
        "articles": articles,
    }
    bundle_id = "audit-" + _digest(json.dumps(body, ensure_ascii=False, sort_keys=True), size=16)
    return {"format": BUNDLE_FORMAT, "bundle_id": bundle_id, "source": source, **body}


def bundle_items(bundle: dict[str, Any]) -> list[dict[str, Any]]:
    """All items of a bundle, in article order."""
    return [it for art in bundle["articles"] for it in art["items"]]


HOW_TO_HTML = """How to review
  1. Open review.html in a browser (double-click; it works offline from file://).
  2. For each item: is it a real item of the article, with the right values?
     1 = correct, 2 = wrong (not an item at all), 3 = partly (an item, but one or more values
     wrong: tick which). j / k move between items, n writes a note, Esc leaves the note.
  3. For each article marked RECALL read the whole text, add every item the extraction
     missed, then tick "all missed items listed".
  4. Verdicts are saved in the browser as you go (reload is safe). Click "Export verdicts"
     and save verdicts.json into this folder.
  5. python run_pipeline.py audit report {out_dir}/verdicts.json --margin 0.05
"""

HOW_TO_LABELSTUDIO = """How to review (Label Studio)
  1. Create a project, paste labelstudio-config.xml as its labeling config, import tasks.json.
  2. Each of our items is a pre-labelled span (region) with its values in the item list; select it
     and choose correct / wrong / partly (and, for partly, the wrong values). Label every missed
     item in RECALL tasks with the field's label; submit each task when done.
  3. Export the project as JSON, then
     python run_pipeline.py audit import-labelstudio EXPORT.json --out {out_dir}/verdicts.json
     python run_pipeline.py audit report {out_dir}/verdicts.json --margin 0.05
"""

README_TEMPLATE = """Accuracy audit bundle {bundle_id}
=================================================

Drawn from: {source}
Parameters: n={n}, seed={seed}, fields={fields}, stratify={stratify}, recall articles={recall}
Population: {pop_items} items in {pop_articles} articles ({by_field})
Sample: {n_items} items to judge ({n_precision} in the precision sample), {n_articles} articles,
        {n_recall} of them for recall{text_note}

Files
  sample.json   the sample (items with stable ids); keep it with the verdicts
  {review_file}
  README.txt    this file

{how_to}
"""


def write_bundle(bundle: dict[str, Any], out_dir: Path, *, fmt: str = "html") -> list[Path]:
    """Write ``sample.json``, ``README.txt`` and ``review.html`` (or ``tasks.json`` for Label Studio)."""
    from pipeline.audit import labelstudio, page

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    sample_path = out_dir / "sample.json"
    sample_path.write_text(json.dumps(bundle, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    written.append(sample_path)
    if fmt == "labelstudio":
        tasks_path = out_dir / "tasks.json"
        tasks_path.write_text(json.dumps(labelstudio.to_tasks(bundle), ensure_ascii=False, indent=1) + "\n",
                              encoding="utf-8")
        config_path = out_dir / "labelstudio-config.xml"
        config_path.write_text(labelstudio.label_config(bundle["params"]["fields"]), encoding="utf-8")
        written += [tasks_path, config_path]
        review_file = ("tasks.json    Label Studio tasks (import them into a project whose labeling\n"
                       "                config is labelstudio-config.xml), with our extractions as predictions")
    elif fmt == "html":
        review_path = out_dir / "review.html"
        review_path.write_text(page.render_review(bundle), encoding="utf-8")
        written.append(review_path)
        review_file = "review.html   the review page (self-contained, no network)"
    else:
        raise AuditInputError(f"--format must be html or labelstudio, got {fmt!r}")
    params = bundle["params"]
    pop = bundle["population"]
    items = bundle_items(bundle)
    no_text = sum(1 for a in bundle["articles"] if a["text_kind"] != "clean_text")
    text_note = (f"\nNote: {no_text} article(s) have no clean_text (records written without --with-text);\n"
                 "      reviewers see only the evidence sentences there and cannot judge recall."
                 if no_text else "")
    readme = README_TEMPLATE.format(
        bundle_id=bundle["bundle_id"], source=bundle["source"] or "(not recorded)", n=params["n"],
        seed=params["seed"], fields=",".join(params["fields"]), stratify=params["stratify"] or "none",
        recall=params["recall_articles"], pop_items=pop["items"], pop_articles=pop["articles"],
        by_field=", ".join(f"{k} {v}" for k, v in pop["by_field"].items()),
        n_items=len(items), n_precision=sum(1 for it in items if it["precision_sample"]),
        n_articles=len(bundle["articles"]), n_recall=sum(1 for a in bundle["articles"] if a["recall"]),
        text_note=text_note, review_file=review_file,
        how_to=(HOW_TO_LABELSTUDIO if fmt == "labelstudio" else HOW_TO_HTML).format(out_dir=out_dir.as_posix()),
    )
    readme_path = out_dir / "README.txt"
    readme_path.write_text(readme, encoding="utf-8")
    written.append(readme_path)
    if params["n"] > pop["items"]:
        print(f"note: asked for {params['n']} items, the population has {pop['items']}: all of them are in the sample",
              file=sys.stderr)
    return written
