"""Seeded sampling, stratified allocation, article views and the written bundle."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from pipeline.audit.sample import (
    AuditInputError,
    SampleParams,
    allocate,
    article_view,
    build_bundle,
    bundle_items,
    collect_items,
    load_records,
    write_bundle,
)
from pipeline.cli import main as cli_main
from tests.audit.fixtures import make_record, write_records


def _ids(bundle: dict) -> list[str]:
    return [it["id"] for it in bundle_items(bundle) if it["precision_sample"]]


@pytest.mark.parametrize("seed", [1, 7, 2024])
def test_same_inputs_and_seed_give_the_same_bundle(records_path: Path, seed: int) -> None:
    records = load_records(records_path)
    params = SampleParams(n=15, seed=seed, stratify="outlet", recall_articles=3)
    first = build_bundle(records, params)
    shuffled = list(records)
    random.Random(seed).shuffle(shuffled)
    assert json.dumps(first, sort_keys=True) == json.dumps(build_bundle(shuffled, params), sort_keys=True)
    assert len(_ids(first)) == 15


def test_different_seeds_give_different_samples(records_path: Path) -> None:
    records = load_records(records_path)
    a = build_bundle(records, SampleParams(n=10, seed=1))
    b = build_bundle(records, SampleParams(n=10, seed=2))
    assert _ids(a) != _ids(b)
    assert a["bundle_id"] != b["bundle_id"]


def test_item_ids_are_stable_and_unique(records_path: Path) -> None:
    records = load_records(records_path)
    items = collect_items(records)
    assert len({it["id"] for it in items}) == len(items) == 67
    assert [it["id"] for it in collect_items(list(reversed(records)))] == [it["id"] for it in items]
    assert all(it["id"].startswith(it["field"] + "-") for it in items)


def test_identical_items_in_one_article_get_distinct_ids() -> None:
    record = make_record(1)
    record["awards"].append(dict(record["awards"][0]))
    ids = [it["id"] for it in collect_items([record], ["awards"])]
    assert len(ids) == len(set(ids)) == 3


@pytest.mark.parametrize(
    ("sizes", "n", "expected"),
    [
        ({"a": 50, "b": 30, "c": 20}, 10, {"a": 5, "b": 3, "c": 2}),
        ({"a": 1, "b": 1, "c": 1}, 2, {"a": 1, "b": 1, "c": 0}),      # ties broken by name
        ({"a": 5, "b": 100}, 200, {"a": 5, "b": 100}),                # n above the population
        ({"a": 7, "b": 3}, 5, {"a": 4, "b": 1}),                      # 3.5/1.5: remainders equal, by name
        ({"x": 0, "y": 9}, 3, {"x": 0, "y": 3}),
    ],
)
def test_allocate_is_proportional_with_largest_remainder(sizes: dict, n: int, expected: dict) -> None:
    assert allocate(sizes, n) == expected


@pytest.mark.parametrize("stratify", ["outlet", "field"])
def test_stratified_sample_follows_the_allocation(records_path: Path, stratify: str) -> None:
    bundle = build_bundle(load_records(records_path), SampleParams(n=20, seed=3, stratify=stratify))
    key = "outlet" if stratify == "outlet" else "field"
    drawn: dict[str, int] = {}
    for it in bundle_items(bundle):
        drawn[it[key]] = drawn.get(it[key], 0) + 1
    assert drawn == {k: v for k, v in bundle["allocation"].items() if v}
    assert sum(bundle["allocation"].values()) == 20
    assert sum(bundle["population"]["strata"].values()) == bundle["population"]["items"]


@pytest.mark.parametrize(("fields", "expected"), [(("speakers",), {"speakers"}), (("awards", "funding"),
                                                                                  {"awards", "funding"})])
def test_field_filter_limits_items(records_path: Path, fields: tuple, expected: set) -> None:
    bundle = build_bundle(load_records(records_path), SampleParams(n=8, seed=7, fields=fields))
    assert {it["field"] for it in bundle_items(bundle)} == expected
    assert set(bundle["population"]["by_field"]) == set(fields)


def test_recall_articles_bring_all_their_items(records_path: Path) -> None:
    records = load_records(records_path)
    bundle = build_bundle(records, SampleParams(n=0, seed=7, recall_articles=3))
    recall = [a for a in bundle["articles"] if a["recall"]]
    assert len(recall) == 3 == len(bundle["articles"])
    by_id = {r["doc_id"]: r for r in records}
    for art in recall:
        rec = by_id[art["doc_id"]]
        expected = sum(len(rec[f]) for f in ("meetings", "speakers", "awards", "funding"))
        assert len(art["items"]) == expected
        assert all(it["recall_article"] and not it["precision_sample"] for it in art["items"])


def test_article_view_spans_cover_the_evidence(records_path: Path) -> None:
    record = load_records(records_path)[1]
    items = collect_items([record])
    view = article_view(record, items)
    assert view["text_kind"] == "clean_text" and view["unplaced"] == []
    evidence_by_id = {it["id"]: {e["text"] for e in it["evidence"]} for it in items}
    for span in view["spans"]:
        piece = view["text"][span["start"]:span["end"]]
        assert all(piece in evidence_by_id[i] for i in span["items"])
    assert {i for s in view["spans"] for i in s["items"]} == set(evidence_by_id)


def test_article_view_without_clean_text_shows_evidence_sentences() -> None:
    record = make_record(2, with_text=False)
    items = collect_items([record])
    view = article_view(record, items)
    assert view["text_kind"] == "evidence"
    for span in view["spans"]:
        sentence = view["text"][span["start"]:span["end"]]
        assert "。" in sentence and "\n" not in sentence


def test_article_view_finds_evidence_with_stale_offsets() -> None:
    record = make_record(4)
    record["funding"][0]["evidence"]["clean_start"] += 3
    record["funding"][0]["evidence"]["clean_end"] += 3
    record["awards"][0]["evidence"]["text"] = "不在文中的句子。"
    view = article_view(record, collect_items([record]))
    funding_span = next(s for s in view["spans"] if any(i.startswith("funding-") for i in s["items"]))
    assert view["text"][funding_span["start"]:funding_span["end"]] == record["funding"][0]["evidence"]["text"]
    assert [u[1] for u in view["unplaced"]] == ["不在文中的句子。"]


def test_bundle_files_and_cli(tmp_path: Path, records_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "batch"
    code = cli_main(["audit", "sample", "--from", str(records_path), "--n", "6", "--seed", "7",
                     "--field", "speakers,awards", "--stratify", "field", "--recall-articles", "1", "--out", str(out)])
    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == ["README.txt", "review.html", "sample.json"]
    sample = json.loads((out / "sample.json").read_text(encoding="utf-8"))
    assert sample["params"] == {"n": 6, "seed": 7, "fields": ["speakers", "awards"], "stratify": "field",
                                "recall_articles": 1}
    assert json.loads(capsys.readouterr().out)["bundle_id"] == sample["bundle_id"]
    readme = (out / "README.txt").read_text(encoding="utf-8")
    assert sample["bundle_id"] in readme and "audit report" in readme


def test_labelstudio_format_writes_tasks_and_config(tmp_path: Path, records_path: Path) -> None:
    bundle = build_bundle(load_records(records_path), SampleParams(n=5, seed=7))
    written = write_bundle(bundle, tmp_path / "ls", fmt="labelstudio")
    assert sorted(p.name for p in written) == ["README.txt", "labelstudio-config.xml", "sample.json", "tasks.json"]


def test_review_page_embeds_text_without_closing_the_script(bundle_dir: Path) -> None:
    page = (bundle_dir / "review.html").read_text(encoding="utf-8")
    data = page.split('<script type="application/json" id="bundle-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and ">" not in data
    assert json.loads(data)["bundle_id"] in page
    assert "http://" not in page and "https://" not in page  # nothing is fetched


@pytest.mark.parametrize(
    ("content", "message"),
    [("{not json\n", "records.jsonl:1: not JSON"), ('{"title": "x"}\n', "records.jsonl:1: not an article record")],
)
def test_load_records_names_file_and_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AuditInputError, match=message):
        load_records(path)


@pytest.mark.parametrize(
    "kwargs", [{"n": -1, "seed": 1}, {"n": 1, "seed": 1, "fields": ("people",)}, {"n": 1, "seed": 1, "stratify": "x"},
               {"n": 1, "seed": 1, "recall_articles": -2}],
)
def test_sample_params_are_checked(kwargs: dict) -> None:
    with pytest.raises(AuditInputError):
        SampleParams(**kwargs)


def test_database_source_gives_the_same_sample(tmp_path: Path) -> None:
    database = pytest.importorskip("pipeline.sinks.database")
    path = write_records(tmp_path / "records.jsonl", 6)
    sink = database.DatabaseSink(database.sqlite_url(tmp_path / "records.db"))
    try:
        for line in path.read_text(encoding="utf-8").splitlines():
            sink.write(json.loads(line))
    finally:
        sink.close()
    params = SampleParams(n=8, seed=5, recall_articles=2)
    from_db = build_bundle(load_records(tmp_path / "records.db"), params)
    assert from_db["bundle_id"] == build_bundle(load_records(path), params)["bundle_id"]


def test_missing_database_file_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(AuditInputError, match="no such file"):
        load_records(tmp_path / "absent.db")
    assert not (tmp_path / "absent.db").exists()
