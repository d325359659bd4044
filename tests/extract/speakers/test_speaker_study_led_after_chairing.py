"""Leading a study in a clause after the same person's 主持 (村党支部书记杨德福主持会议，带领全体党员学习了党章) is
宣读, as `带领全体党员学习了党章` alone is (GUIDELINES §4). Invented sentences, from a measurement set written before
the tool ran; with near misses where another person leads the study or nothing is studied."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

HEAD = "5月7日，石桥村党支部开展主题党日活动。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("村党支部书记杨德福主持会议，带领全体党员学习了党章。", {"杨德福": ("主持", "宣读")}),
        ("县委书记王立新主持会议，带领与会人员认真学习了《中国共产党纪律处分条例》。", {"王立新": ("主持", "宣读")}),
        ("村党支部书记杨德福主持会议，带领大家集中学习了新修订的条例。", {"杨德福": ("主持", "宣读")}),
        # near misses: another person leads the study; a pledge renewed is no study; the study led with no chair
        ("村党支部书记杨德福主持会议，村委会主任周立新带领全体党员学习了党章。",
         {"杨德福": ("主持",), "周立新": ("宣读",)}),
        ("村党支部书记杨德福主持会议，带领全体党员重温入党誓词。", {"杨德福": ("主持",)}),
        ("村党支部书记杨德福带领全体党员学习了党章。", {"杨德福": ("宣读",)}),
    ],
)
def test_study_led_after_chairing(extract, body: str, expected: dict[str, tuple[str, ...]]) -> None:
    found = speakers(extract(page(HEAD + body)))
    assert {name: roles for name, (_, roles) in found.items()} == expected
