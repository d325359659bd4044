"""Speaker, page and award shapes of a year reviewed in a speech, padded bylines and numeral years: wrong firings G1, G2, G7.

- G1: a year reviewed in a speech (会上，书记李某说，过去一年过得很充实) is no holiday reaction: the speaker keeps 讲话
  (GUIDELINES §4, one speaking at the meeting); 年 reads as the holiday only as 过年, 这个年, 新年 (h67's reactions stay
  without a role).
- G2: a two-character name set to the width of three on the byline of a speech text (在…上的讲话 / 张　伟) is the
  speaker with 讲话 (§3 speech title, §4), as the unpadded name is.
- G7: a year in Chinese numerals between the recipients and an unquoted honour (授予王某等15人二〇二三年度优秀辅导员称号)
  is the period of the work honoured, no part of the honour (§5 thirteenth round), as 2023年度 is.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a year reviewed in a speech at the meeting: the one speaking keeps 讲话
        ("会上，书记李某说，过去一年过得很充实，今年要再接再厉。", {"李某": ("书记", ("讲话",))}),
        ("会上，县委书记李某说，过去的一年过得很不容易，今年要再接再厉。", {"李某": ("县委书记", ("讲话",))}),
        ("会上，镇长王某说，2023年过得很充实，今年要加油。", {"王某": ("镇长", ("讲话",))}),
        ("会上，局长王某说，这一年过得很充实，成绩来之不易。", {"王某": ("局长", ("讲话",))}),
        # the holiday itself (过年, 这个年, 新年, 春节): a reaction told to the press, no role
        ("居民李某说，今年这个年过得特别开心。", {}),
        ("村民王某说，今年过年过得很开心。", {}),
        ("村民王某说，新年过得很热闹。", {}),
        ("李某说，今年春节过得特别开心，社区组织了很多活动。", {}),
    ],
)
def test_year_reviewed_is_no_holiday(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


_OPENING = "同志们：\n今天召开全市经济工作会议，主要任务是总结去年工作。\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在全市经济工作会议上的讲话\n（2024年2月18日）\n张　伟\n" + _OPENING, {"张伟": (None, ("讲话",))}),
        ("在全市经济工作会议上的讲话\n王　芳\n" + _OPENING, {"王芳": (None, ("讲话",))}),
        ("在全市经济工作会议上的讲话\n王 芳\n（2024年2月18日）\n" + _OPENING, {"王芳": (None, ("讲话",))}),
        ("在全市经济工作会议上的讲话\n欧阳建国\n" + _OPENING, {"欧阳建国": (None, ("讲话",))}),
        # (a padded name under a headline that is no speech title: no byline)
        ("县教育局召开工作会议\n张　伟\n5月6日，县教育局召开工作会议。\n", {}),
    ],
)
def test_padded_bare_byline(extract, text: str, expected: dict) -> None:
    assert speakers(extract(text)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，大会授予王某等15人二〇二三年度优秀辅导员称号。", [("优秀辅导员", 15, "人", "person")]),
        ("5月6日，市委召开大会，授予王某等20名同志二〇二四年度先进个人称号。", [("先进个人", 20, "名", "person")]),
        ("5月6日，县总工会召开大会，授予李某等6人二〇二四年上半年度岗位能手荣誉称号。", [("岗位能手", 6, "人", "person")]),
        ("5月6日，公司召开大会，授予张某等3名同志2023年度优秀员工称号。", [("优秀员工", 3, "名", "person")]),
        # (the year inside the quote marks stays as written)
        ("5月6日，大会授予王某等15人“二〇二三年度优秀辅导员”称号。", [("二〇二三年度优秀辅导员", 15, "人", "person")]),
    ],
)
def test_chinese_numeral_year_before_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
