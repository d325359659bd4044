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
