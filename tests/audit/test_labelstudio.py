"""Label Studio tasks from a bundle, and an export turned back into verdicts."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.audit.labelstudio import from_export, label_config, to_tasks
from pipeline.audit.report import build_report
from pipeline.audit.sample import ATTRIBUTES, AuditInputError, SampleParams, build_bundle, load_records
from pipeline.cli import main as cli_main


@pytest.fixture
def bundle(records_path: Path) -> dict:
    return build_bundle(load_records(records_path), SampleParams(n=12, seed=7, recall_articles=2))


def _annotate(task: dict[str, Any], verdicts: dict[str, tuple[str, list[str]]], *, rename: bool = False,
              extra: list[dict] | None = None) -> dict[str, Any]:
    """What Label Studio exports after an annotator accepted the predictions and chose verdicts."""
    results = []
    for n, region in enumerate(copy.deepcopy(task["predictions"][0]["result"])):
        item_id = region["id"]
        if rename:
            region["id"] = f"ls{n:04d}"
        results.append(region)
        verdict, fields = verdicts.get(item_id, (None, []))
        span = {k: region["value"][k] for k in ("start", "end", "text")}
        if verdict:
            results.append({"id": region["id"], "from_name": "verdict", "to_name": "text", "type": "choices",
                            "value": {**span, "choices": [verdict]}})
        if fields:
            results.append({"id": region["id"], "from_name": "wrong_fields", "to_name": "text", "type": "choices",
                            "value": {**span, "choices": fields}})
    results += extra or []
    return {**task, "id": 1, "annotations": [{"id": 10, "was_cancelled": False, "result": results,
                                              "updated_at": "2024-05-01T10:00:00Z"}]}


def test_tasks_carry_spans_matching_the_text(bundle: dict) -> None:
    tasks = to_tasks(bundle)
    assert len(tasks) == len(bundle["articles"])
    for task in tasks:
        text = task["data"]["text"]
        for region in task["predictions"][0]["result"]:
            value = region["value"]
            assert text[value["start"]:value["end"]] == value["text"]
            assert value["labels"][0] == region["id"].split("-")[0]
    config = label_config(bundle["params"]["fields"])
    assert 'perRegion="true"' in config and '<Label value="speakers"' in config


@pytest.mark.parametrize("rename", [False, True])
def test_export_round_trip_keeps_every_verdict(bundle: dict, rename: bool) -> None:
    export, expected = [], {}
    for n, task in enumerate(to_tasks(bundle)):
        choices = {}
        for m, item in enumerate(task["data"]["newsrec_items"]):
            verdict = ("correct", "wrong", "partly")[(n + m) % 3]
            choices[item["id"]] = (verdict, [ATTRIBUTES[item["field"]][1]] if verdict == "partly" else [])
        expected.update(choices)
        export.append(_annotate(task, choices, rename=rename))
    verdicts = from_export(export, source="export.json")
    got = {it["id"]: (it["verdict"], it["fields"]) for it in verdicts["items"]}
    assert got == expected
    assert verdicts["bundle_id"] == bundle["bundle_id"]
    assert build_report(verdicts).overall.precision.n == 12


def test_new_regions_in_recall_tasks_are_missed_items(bundle: dict) -> None:
    task = next(t for t in to_tasks(bundle) if t["data"]["recall"])
    missed = {"id": "new1", "from_name": "item", "to_name": "text", "type": "labels",
              "value": {"start": 0, "end": 3, "text": task["data"]["text"][:3], "labels": ["speakers"]}}
    verdicts = from_export([_annotate(task, {}, extra=[missed])])
    article = verdicts["recall_articles"][0]
    assert article["done"] is True
    assert article["missed"] == [{"field": "speakers", "text": task["data"]["text"][:3]}]


def test_unannotated_and_cancelled_tasks_leave_items_unjudged(bundle: dict) -> None:
    tasks = to_tasks(bundle)
    cancelled = {**tasks[0], "annotations": [{"id": 1, "was_cancelled": True, "result": []}]}
    verdicts = from_export([cancelled, *tasks[1:]])
    assert all(it["verdict"] is None for it in verdicts["items"])
    assert all(not a["done"] for a in verdicts["recall_articles"])


@pytest.mark.parametrize(("export", "message"), [({}, "list of tasks"), ([{"data": {"text": "x"}}], "not made by"),
                                                  ([], "no tasks")])
def test_foreign_exports_are_rejected(export: Any, message: str) -> None:
    with pytest.raises(AuditInputError, match=message):
        from_export(export)


def test_import_command(tmp_path: Path, bundle: dict) -> None:
    task = to_tasks(bundle)[0]
    first = task["data"]["newsrec_items"][0]["id"]
    (tmp_path / "export.json").write_text(json.dumps([_annotate(task, {first: ("wrong", [])})]), encoding="utf-8")
    out = tmp_path / "verdicts.json"
    assert cli_main(["audit", "import-labelstudio", str(tmp_path / "export.json"), "--out", str(out)]) == 0
    items = {it["id"]: it for it in json.loads(out.read_text(encoding="utf-8"))["items"]}
    assert items[first]["verdict"] == "wrong"
