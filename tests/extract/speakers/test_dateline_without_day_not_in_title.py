"""An agency's dateline with no day, closed by its byline (`据新华社江城电（记者王林）`), run into the title chain is no part of
the title, as a dated one (`…5月21日电`) is not (GUIDELINES §4 title, thirty-seventh review round, 7 December 2026,
seventh stop, from a recall read of newspaper articles). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("据新华社江城电（记者王林）省委常委、宣传部长李明日前在全省宣传工作会议上强调，要做好宣传工作。",
         {"李明": ("省委常委、宣传部长", ("讲话",))}),
        ("新华社滨海电（记者张华）市长赵刚日前在全市防汛工作会议上强调，要确保安全度汛。",
         {"赵刚": ("市长", ("讲话",))}),
        ("据中央人民广播电台江城电（记者王林）省长刘强日前在全省农业工作会议上强调，要抓好春耕。",
         {"刘强": ("省长", ("讲话",))}),
    ],
)
def test_undated_dateline_dropped(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a station, a power company in the title: no dateline
        ("江城电视台台长李明日前在全省广电工作会议上强调，要办好节目。", {"李明": ("江城电视台台长", ("讲话",))}),
        ("江城供电公司总经理李明日前在全市电力工作会议上强调，要保障供电。", {"李明": ("江城供电公司总经理", ("讲话",))}),
    ],
)
def test_title_without_dateline_kept(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected
