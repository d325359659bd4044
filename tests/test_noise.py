"""The dirty copies of invented articles (:mod:`pipeline.evaluation.noise`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluation.noise import SYNTHETIC_GOLD, SYNTHETIC_RAW, Rates, dirty, materialize

ARTICLE = "市委召开全体会议\n" + "2024年1月5日上午，市委书记张三主持召开全体会议并讲话，会议表彰了12名优秀党员。" * 2 + "\n（记者 李四）\n"
TEXT_ONLY = Rates(hard_wrap=0.0, full_width=0.0, traditional=0.0)


def test_the_same_seed_gives_the_same_copy_and_another_seed_another() -> None:
    assert dirty(ARTICLE, "doc") == dirty(ARTICLE, "doc")
    assert len({dirty(ARTICLE, seed) for seed in range(10)}) > 1


@pytest.mark.parametrize("seed", range(40))
def test_without_rewriting_transforms_every_line_survives_in_order(seed: int) -> None:
    lines = dirty(ARTICLE, seed, TEXT_ONLY).splitlines()
    positions = [lines.index(line) for line in ARTICLE.splitlines()]
    assert positions == sorted(positions)
    assert len(lines) > len(ARTICLE.splitlines())  # furniture was added


def test_the_traditional_copy_carries_glosses_and_converts_back() -> None:
    from pipeline.normalize import T2S

    copy = dirty(ARTICLE, 0, Rates(traditional=1.0))
    assert "會議" in copy.replace("(huì)", "")
    assert "(huì)" in copy or "(yì)" in copy  # seed 0 glosses some of the ten 會/議
    assert "市委书记张三主持召开全体会议" in T2S().convert(copy.replace("(huì)", "").replace("(yì)", ""))


def test_materialize_writes_one_copy_per_text_article(tmp_path: Path) -> None:
    ids = materialize(tmp_path, SYNTHETIC_GOLD, SYNTHETIC_RAW)
    texts = {json.loads(p.read_text(encoding="utf-8"))["doc"] for p in SYNTHETIC_GOLD.glob("*.json")}
    assert set(ids) == {s for s in texts if (SYNTHETIC_RAW / f"{s}.txt").exists()}
    assert sorted(p.stem for p in tmp_path.iterdir()) == sorted(ids)


def test_facts_compare_a_traditional_copy_with_its_original() -> None:
    from pipeline.evaluation.noise import facts
    from pipeline.normalize import T2S

    record = {"meetings": [{"name": "全體會議", "date": None, "location": None, "organizer": "市委", "host": None,
                            "attendee_count": None}],
              "speakers": [{"name": "張三", "title": "市委書記", "roles": ["讲话", "主持"]}],
              "awards": [{"honor": "優秀黨員", "count": 12}], "funding": [{"amount": 3.0, "currency": "CNY"}]}
    assert facts(record, T2S().convert) == {("meeting", "全体会议", None, None, "市委", None, None),
                                            ("speaker", "张三", "市委书记", ("主持", "讲话")), ("award", "优秀党员", 12),
                                            ("funding", 3.0, "CNY")}


def test_each_kind_alone_is_added_to_every_article() -> None:
    from pipeline.evaluation.noise import KINDS, only

    assert set(KINDS) == {"caption", "prompt", "repeated_paragraph", "related_inside", "related_after", "repeated_body",
                          "hard_wrap", "full_width", "traditional"}
    wrapped = dirty(ARTICLE, "doc", only("hard_wrap"))
    body = ARTICLE.splitlines()[1]
    assert body not in wrapped.splitlines() and body in wrapped.replace("\n", "")  # wrapped, nothing else added inside
    assert not any(heading in wrapped for heading in ("相关推荐", "相关阅读", "推荐阅读", "相关新闻", "热点推荐", "延伸阅读"))


def test_furniture_leaves_an_invented_articles_records_unchanged() -> None:
    from pipeline.evaluation.noise import invariance

    result = invariance({"doc": ARTICLE}, ("hard_wrap", "caption", "full_width"))
    assert (result.articles, result.with_records) == (1, 1)
    assert result.changed == {"hard_wrap": [], "caption": [], "full_width": []}


def test_invariance_on_a_few_newspaper_articles() -> None:
    from pipeline.evaluation import daily
    from pipeline.evaluation.noise import invariance, unlabelled_daily
    from tests.conftest import require

    require(daily.find_daily_file() is not None,
            f"People's Daily file not found; set {daily.ENV_VAR} or run `python -m pipeline.evaluation.daily fetch`")
    texts = unlabelled_daily(limit=4)
    gold = {path.stem for path in daily.DAILY_GOLD.glob("*.json")}
    assert len(texts) == 4 and not set(texts) & gold and all(len(t) >= daily.MIN_CHARS for t in texts.values())
    result = invariance(texts, ("caption", "hard_wrap"))
    assert result.articles == 4 and 0 < result.with_records <= 4
    assert all(set(ids) <= set(texts) for ids in result.changed.values())


@pytest.mark.parametrize("seed", ["1", "check", "2026"])
def test_another_draw_gives_other_copies_of_the_same_article(seed: str) -> None:
    from pipeline.evaluation.noise import copy_seed_of, only

    assert copy_seed_of("doc") == "doc"  # the default draw: the id alone, as before the option
    copies = {dirty(ARTICLE * 3, copy_seed_of("doc", s), only("hard_wrap")) for s in (None, seed)}
    assert len(copies) == 2  # another wrap width
    assert all(copy.replace("\n", "").count(ARTICLE.splitlines()[1]) == 3 for copy in copies)


def test_invariance_under_another_draw_reads_the_same_articles() -> None:
    from pipeline.evaluation.noise import invariance

    result = invariance({"doc": ARTICLE}, ("hard_wrap", "caption"), seed="check")
    assert (result.articles, result.with_records) == (1, 1)
    assert result.changed == {"hard_wrap": [], "caption": []}


@pytest.mark.parametrize(("argv", "draw"), [([], ""), (["--seed", "check"], " (draw check)")])
def test_the_invariance_command_passes_its_draw_on(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                                   argv: list[str], draw: str) -> None:
    from pipeline.evaluation import noise

    seen: list[str | None] = []

    def fake(texts: dict[str, str], kinds: tuple[str, ...], jobs: int, seed: str | None) -> noise.Invariance:
        seen.append(seed)
        return noise.Invariance(articles=len(texts), with_records=1, changed={kind: [] for kind in kinds})

    monkeypatch.setattr(noise, "unlabelled_daily", lambda limit: {"doc": ARTICLE})
    monkeypatch.setattr(noise, "invariance", fake)
    assert noise.main(["invariance", "--kinds", "hard_wrap", *argv]) == 0
    assert seen == [argv[1] if argv else None]
    assert f"per kind of furniture{draw}, " in capsys.readouterr().out
