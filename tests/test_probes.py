"""Tests for :mod:`pipeline.evaluation.probes`: selection, split, materializing, the gold files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.entities import msra
from pipeline.entities.bmes import Sentence, write_bmes
from pipeline.evaluation import probes
from pipeline.evaluation.records import FIELDS, Report, score_article
from tests.conftest import require

GOLD_FILES = sorted(probes.PROBE_GOLD.glob("*.json"))


def _fake_msra(folder: Path, train: list[str], test: list[str]) -> None:
    for name, texts in ((msra.TRAIN_FILE, train), (msra.TEST_FILE, test)):
        write_bmes([Sentence(t, ("O",) * len(t)) for t in texts], folder / name)


def test_ids_name_the_file_and_index() -> None:
    assert probes.probe_id("msra_train.txt", 6859) == "msra_train_06859"
    assert probes.probe_id("msra_test.txt", 3) == "msra_test_00003"


def test_split_is_a_stable_share_of_the_ids() -> None:
    ids = [probes.probe_id("msra_test.txt", i) for i in range(2000)]
    held = [i for i in ids if probes.is_heldout(i)]
    assert held == [i for i in ids if probes.is_heldout(i)]
    assert 0.35 < len(held) / len(ids) < 0.45


def test_sample_keeps_topical_sentences_and_a_few_negatives(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(probes, "NEGATIVES", 2)
    sentences = {"a": "会议由他主持。", "b": "天气很好。", "c": "拨款5万元。", "d": "河水清了。", "e": "山很高。"}
    chosen = probes.sample(sentences)
    assert {"a", "c"} <= set(chosen) and len(chosen) == 4
    assert chosen == probes.sample(sentences)


def test_the_award_and_money_set_samples_the_ner_training_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(probes, "SEEN_SAMPLE", 1)
    sentences = {"a": "表彰了12名先进个人。", "b": "投资5万元建校。", "c": "天气很好。"}
    assert probes.sample_seen(sentences) == ["a", "b"]


def test_materialize_writes_the_sentences_of_gold_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "msra"
    data.mkdir()
    train = [f"第{i}句话。" for i in range(40)]
    _fake_msra(data, train, ["大会在北京召开。"])
    monkeypatch.setenv(msra.ENV_VAR, str(data))
    unseen = probes.unseen_sentences()
    assert len(unseen) == 4 + 1  # 10% of train is the dev split, plus all of test
    gold = tmp_path / "gold"
    gold.mkdir()
    test_id = probes.probe_id(msra.TEST_FILE, 0)
    (gold / f"{test_id}.json").write_text(json.dumps({"doc": test_id, "text_sha1": probes.text_sha1("大会在北京召开。")}))
    out = tmp_path / "raw"
    assert probes.materialize(out, gold) == [test_id]
    assert (out / f"{test_id}.txt").read_text(encoding="utf-8") == "大会在北京召开。\n"
    # the NER training sentences are the rest of train; a changed sentence is refused
    seen = probes.seen_sentences()
    assert len(seen) == 36 and not set(seen) & set(unseen)
    pid = next(iter(seen))
    (gold / f"{pid}.json").write_text(json.dumps({"doc": pid, "text_sha1": "0" * 40}))
    with pytest.raises(ValueError, match=pid):
        probes.materialize(out, gold)


def test_there_are_probe_gold_files_on_both_sides_of_the_split() -> None:
    held = [p for p in GOLD_FILES if probes.is_heldout(p.stem)]
    assert len(held) >= 200 and len(GOLD_FILES) - len(held) >= 300


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_probe_gold_file_is_well_formed(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert gold["doc"] == path.stem and len(gold["text_sha1"]) == 40
    assert gold["published"] is None  # a sentence has no publication date
    report = Report()
    score_article(path.stem, gold, gold, report)  # gold scored against itself: all fields perfect
    assert not report.mismatches and all(report.counts[f].f1 == 1.0 for f in FIELDS)


def test_every_probe_gold_file_is_in_the_current_selection() -> None:
    require(msra.find_msra_dir() is not None, f"MSRA data not found; set {msra.ENV_VAR} or run `python -m pipeline.entities.msra`")
    unseen, seen = probes.sentence_sets()
    selection = set(probes.sample(unseen)) | set(probes.sample_seen(seen))
    sentences = {**unseen, **seen}
    for path in GOLD_FILES:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert gold["doc"] in selection
        assert probes.text_sha1(sentences[gold["doc"]]) == gold["text_sha1"]
