"""Report counts, the partly rule, recall, sample sizes and the rendered Markdown/HTML."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.audit.page import blank_verdicts
from pipeline.audit.report import build_report, render_html, render_markdown
from pipeline.audit.sample import AuditInputError, SampleParams, build_bundle, load_records
from pipeline.audit.stats import sample_size, wilson_interval
from pipeline.cli import main as cli_main

# Verdict cycle applied to the precision sample in id order.
CYCLE = ("correct", "correct", "correct", "partly", "wrong")


@pytest.fixture
def verdicts(records_path: Path) -> dict:
    bundle = build_bundle(load_records(records_path), SampleParams(n=30, seed=11, recall_articles=2))
    v = blank_verdicts(bundle)
    sample = [it for it in v["items"] if it["precision_sample"]]
    for i, it in enumerate(sample):
        it["verdict"] = CYCLE[i % len(CYCLE)]
        if it["verdict"] == "partly":
            it["fields"] = ["name"]
    for it in v["items"]:
        if not it["precision_sample"]:
            it["verdict"] = "correct"
    first = v["recall_articles"][0]
    first["done"] = True
    first["missed"] = [{"field": "speakers", "text": "张三 主任"}, {"field": "funding", "text": "5万元"}]
    return v


def test_precision_counts_follow_the_verdicts(verdicts: dict) -> None:
    report = build_report(verdicts)
    sample = [it for it in verdicts["items"] if it["precision_sample"]]
    for fp in report.precision:
        mine = [it for it in sample if it["field"] == fp.field]
        assert (fp.correct, fp.partly, fp.wrong) == tuple(
            sum(1 for it in mine if it["verdict"] == v) for v in ("correct", "partly", "wrong"))
        assert fp.precision.n == len(mine)
        assert (fp.precision.low, fp.precision.high) == wilson_interval(fp.correct, len(mine))
        assert fp.exists.successes == fp.correct + fp.partly
    assert report.overall.precision.n == 30
    assert report.overall.correct == sum(1 for it in sample if it["verdict"] == "correct")


def test_partly_counts_as_wrong_only_for_the_named_attribute(verdicts: dict) -> None:
    report = build_report(verdicts)
    values = dict(report.values)
    sample = [it for it in verdicts["items"] if it["precision_sample"] and it["field"] == "speakers"]
    judged_with_title = [it for it in sample if it["values"].get("title")]
    # name: wrong for partly and wrong items; title: wrong only for wrong items
    assert values["speakers.name"].successes == sum(1 for it in sample if it["verdict"] == "correct")
    assert values["speakers.title"].successes == sum(1 for it in judged_with_title if it["verdict"] != "wrong")


def test_recall_uses_reviewed_articles_only(verdicts: dict) -> None:
    report = build_report(verdicts)
    done_doc = verdicts["recall_articles"][0]["doc_id"]
    recall = {r.field: r for r in report.recall}
    for field in ("meetings", "speakers", "awards", "funding"):
        found = sum(1 for it in verdicts["items"] if it["doc_id"] == done_doc and it["field"] == field
                    and it["verdict"] in ("correct", "partly"))
        assert recall[field].found == found
    assert recall["speakers"].missed == 1 and recall["funding"].missed == 1 and recall["awards"].missed == 0
    assert report.recall_articles_done == 1 and report.recall_articles_total == 2
    assert any("not marked as fully reviewed" in n for n in report.notes)


def test_sample_size_advice_uses_the_population(verdicts: dict) -> None:
    report = build_report(verdicts, margin=0.1)
    for fp in report.precision:
        population = verdicts["population"]["by_field"][fp.field]
        assert fp.needed_worst == sample_size(0.1, 0.5, 1.96, population)
        assert fp.needed_observed == sample_size(0.1, fp.precision.value, 1.96, population)


def test_a_field_with_no_items_needs_no_sample(verdicts: dict) -> None:
    # A run can yield no item of a field at all (a batch of articles with no award); the report must still build.
    verdicts["population"]["by_field"]["awards"] = 0
    for it in [it for it in verdicts["items"] if it["field"] == "awards"]:
        verdicts["items"].remove(it)
    report = build_report(verdicts)
    awards = next(fp for fp in report.precision if fp.field == "awards")
    assert (awards.population, awards.needed_worst, awards.needed_observed) == (0, 0, None)
    assert awards.precision.n == 0 and "| awards |" in render_markdown(report)


def test_unjudged_items_are_reported(verdicts: dict) -> None:
    verdicts["items"][0]["verdict"] = None
    report = build_report(verdicts)
    assert any("not judged yet" in n for n in report.notes) == verdicts["items"][0]["precision_sample"]


@pytest.mark.parametrize(("patch", "message"), [({"format": "x"}, "not a verdicts file"), ({}, "margin")])
def test_bad_input_is_rejected(verdicts: dict, patch: dict, message: str) -> None:
    with pytest.raises(AuditInputError, match=message):
        build_report({**verdicts, **patch}, margin=0.05 if patch else 2.0)


def test_markdown_and_html_show_counts_and_escape_text(verdicts: dict) -> None:
    wrong = next(it for it in verdicts["items"] if it["verdict"] == "wrong")
    wrong["note"] = "<b>bold</b> & 注释"
    report = build_report(verdicts)
    markdown = render_markdown(report)
    overall = report.overall
    assert f"| all | {overall.precision.n} | {overall.correct} | {overall.partly} | {overall.wrong} |" in markdown
    page = render_html(report)
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; 注释" in page and "<b>bold</b>" not in page
    assert page.count("<svg") == 1 and "<script" not in page


def test_report_command_writes_files(tmp_path: Path, verdicts: dict, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "verdicts.json"
    path.write_text(json.dumps(verdicts, ensure_ascii=False), encoding="utf-8")
    assert cli_main(["audit", "report", str(path), "--margin", "0.05"]) == 0
    assert "## Precision" in capsys.readouterr().out
    assert {"report.md", "report.html", "report.json"} <= {p.name for p in tmp_path.iterdir()}
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert data["overall"]["precision"]["n"] == 30
