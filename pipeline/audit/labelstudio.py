"""Label Studio: the audit sample as tasks with our extractions as predictions, and the way back.

One task per sampled article. The task text is the article's ``clean_text`` (or its evidence
sentences, see :func:`pipeline.audit.sample.article_view`); each extracted item becomes one
pre-labelled span (a ``labels`` result with the field as label) whose region id is our item
id, with the normalized values in the region's meta text and in ``$extracted``. The labeling
config (:func:`label_config`) asks per region for ``verdict`` (correct / wrong / partly),
``wrong_fields`` and a ``note``; spans the annotator adds are missed items (recall).

The verdict itself is deliberately *not* pre-filled: a pre-selected "correct" anchors
reviewers and inflates precision.

:func:`from_export` reads a Label Studio JSON export (a list of tasks with ``annotations``)
and returns the same verdicts document that ``review.html`` exports.

Known limitations:

- A region is one span, so an item with several evidence sentences (speakers) is labelled at
  its first sentence; items without evidence cannot be shown as a region and stay unjudged.
- When Label Studio rewrites region ids, regions are matched back to items by span and label;
  two items of the same field on the same sentence are then told apart by order only.
- Only the latest submitted (not cancelled) annotation of a task is used; agreement between
  several annotators is not computed.
- Every submitted annotation of a recall task counts as a complete recall review.
"""

from __future__ import annotations

import html
from datetime import datetime, timezone
from typing import Any

from pipeline import __version__
from pipeline.audit.page import VERDICTS_FORMAT
from pipeline.audit.sample import ATTRIBUTES, AuditInputError

LABEL_COLOURS = {"meetings": "#1d4ed8", "speakers": "#0f766e", "awards": "#b45309", "funding": "#7e22ce"}
VERDICT_CHOICES = ("correct", "wrong", "partly")


def label_config(fields: list[str]) -> str:
    """The Label Studio labeling config (XML) for tasks made by :func:`to_tasks`."""
    labels = "\n".join(f'    <Label value="{f}" background="{LABEL_COLOURS[f]}"/>' for f in fields)
    attrs = sorted({a for f in fields for a in ATTRIBUTES[f]})
    attr_choices = "\n".join(f'      <Choice value="{html.escape(a)}"/>' for a in attrs)
    verdicts = "\n".join(f'      <Choice value="{v}"/>' for v in VERDICT_CHOICES)
    return f"""<View>
  <Header value="$title"/>
  <Text name="recall_note" value="$recall_note"/>
  <Labels name="item" toName="text">
{labels}
  </Labels>
  <Text name="text" value="$text" granularity="symbol"/>
  <View visibleWhen="region-selected">
    <Header value="Verdict for the selected item"/>
    <Choices name="verdict" toName="text" perRegion="true" choice="single-radio" showInline="true">
{verdicts}
    </Choices>
    <Header value="If partly: which values are wrong"/>
    <Choices name="wrong_fields" toName="text" perRegion="true" choice="multiple" showInline="true">
{attr_choices}
    </Choices>
    <TextArea name="note" toName="text" perRegion="true" editable="true" maxSubmissions="1" rows="2"/>
  </View>
  <Header value="Extracted items (our values)"/>
  <Text name="extracted" value="$extracted"/>
</View>
"""


def _values_line(item: dict[str, Any]) -> str:
    pairs = [f"{k}={v}" for k, v in item["values"].items() if v not in (None, "", [], False)]
    return f"[{item['field']}] {item['summary']} | " + "; ".join(pairs)


def to_tasks(bundle: dict[str, Any]) -> list[dict[str, Any]]:
    """Label Studio tasks (import JSON) for a bundle, with our items as predictions."""
    meta = {k: bundle[k] for k in ("bundle_id", "source", "params", "population", "allocation", "attributes")}
    tasks = []
    for article in bundle["articles"]:
        first_span: dict[str, tuple[int, int]] = {}
        for span in article["spans"]:
            for item_id in span["items"]:
                first_span.setdefault(item_id, (span["start"], span["end"]))
        results, items = [], []
        for item in article["items"]:
            start, end = first_span.get(item["id"], (None, None))
            items.append({**{k: item[k] for k in ("id", "field", "outlet", "summary", "values", "precision_sample",
                                                  "recall_article")},
                          "evidence": [e.get("text") for e in item["evidence"]], "start": start, "end": end})
            if start is None:
                continue
            results.append({
                "id": item["id"], "from_name": "item", "to_name": "text", "type": "labels",
                "value": {"start": start, "end": end, "text": article["text"][start:end], "labels": [item["field"]]},
                "meta": {"text": [_values_line(item)]},
            })
        tasks.append({
            "data": {
                "text": article["text"],
                "title": article["title"] or "(no title)",
                "recall_note": ("RECALL: label every item the extraction missed, with its field's label."
                                if article["recall"] else "Judge the pre-labelled items."),
                "extracted": "\n".join(_values_line(it) for it in article["items"]) or "(nothing extracted)",
                "doc_id": article["doc_id"],
                "recall": article["recall"],
                "newsrec_items": items,
                "newsrec_bundle": meta,
            },
            "predictions": [{"model_version": f"newsrec-{__version__}", "result": results}],
        })
    return tasks


def _latest_annotation(task: dict[str, Any]) -> dict[str, Any] | None:
    done = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    if not done:
        return None
    return max(done, key=lambda a: (str(a.get("updated_at") or a.get("created_at") or ""), a.get("id") or 0))


def from_export(export: list[dict[str, Any]], *, source: str = "") -> dict[str, Any]:
    """Our verdicts document (as exported by ``review.html``) from a Label Studio JSON export."""
    if not isinstance(export, list):
        raise AuditInputError(f"{source}: a Label Studio JSON export is a list of tasks")
    meta: dict[str, Any] | None = None
    out_items: list[dict[str, Any]] = []
    recall_articles: list[dict[str, Any]] = []
    for n, task in enumerate(export):
        data = task.get("data") or {}
        if "newsrec_items" not in data or "newsrec_bundle" not in data:
            raise AuditInputError(f"{source}: task {task.get('id', n)} was not made by `audit sample --format labelstudio`")
        if meta is None:
            meta = data["newsrec_bundle"]
        elif data["newsrec_bundle"]["bundle_id"] != meta["bundle_id"]:
            raise AuditInputError(f"{source}: tasks from two bundles ({meta['bundle_id']}, "
                                  f"{data['newsrec_bundle']['bundle_id']}) in one export")
        annotation = _latest_annotation(task)
        regions: dict[str, dict[str, Any]] = {}
        order: list[str] = []
        for result in (annotation or {}).get("result") or []:
            rid = str(result.get("id"))
            if rid not in regions:
                regions[rid] = {"labels": [], "start": None, "end": None, "text": "", "verdict": None,
                                "fields": [], "note": ""}
                order.append(rid)
            region, value = regions[rid], result.get("value") or {}
            kind = result.get("from_name")
            if result.get("type") == "labels":
                region.update(labels=value.get("labels") or [], start=value.get("start"), end=value.get("end"),
                              text=value.get("text") or "")
            elif kind == "verdict":
                region["verdict"] = (value.get("choices") or [None])[0]
            elif kind == "wrong_fields":
                region["fields"] = list(value.get("choices") or [])
            elif kind == "note":
                region["note"] = "\n".join(value.get("text") or [])
        items = data["newsrec_items"]
        known = {it["id"] for it in items}
        claimed: dict[str, dict[str, Any]] = {rid: regions[rid] for rid in order if rid in known}
        for rid in order:  # regions whose id Label Studio replaced: match by span and field
            region = regions[rid]
            if rid in known:
                continue
            match = next((it for it in items if it["id"] not in claimed and it["start"] == region["start"]
                          and it["end"] == region["end"] and it["field"] in region["labels"]), None)
            if match is not None and region["labels"]:
                claimed[match["id"]] = region
        claimed_regions = {id(r) for r in claimed.values()}
        for it in items:
            region = claimed.get(it["id"])
            verdict = region["verdict"] if region and region["verdict"] in VERDICT_CHOICES else None
            fields = [f for f in (region or {}).get("fields", []) if f in ATTRIBUTES[it["field"]]]
            out_items.append({
                **{k: it[k] for k in ("id", "field", "outlet", "summary", "values", "evidence", "precision_sample",
                                      "recall_article")},
                "doc_id": data["doc_id"], "verdict": verdict, "fields": fields if verdict == "partly" else [],
                "note": (region or {}).get("note", ""),
            })
        if data.get("recall"):
            missed = [{"field": r["labels"][0], "text": r["text"] + (f" ({r['note']})" if r["note"] else "")}
                      for rid in order if (r := regions[rid])["labels"] and id(r) not in claimed_regions]
            recall_articles.append({"doc_id": data["doc_id"], "title": data.get("title"),
                                    "done": annotation is not None, "missed": missed})
    if meta is None:
        raise AuditInputError(f"{source}: the export holds no tasks")
    return {
        "format": VERDICTS_FORMAT, **meta, "exported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "imported_from": f"labelstudio:{source}", "items": out_items, "recall_articles": recall_articles,
    }
