"""Award counts on commendation pages: a table row whose title opens on a year word, and earlier batches told as a tally.

Found on invented commendation pages:
- A list of honours under a conferral (获奖情况如下： / 奖项 数量 / 年度卓越团队 3个 / 年度优秀员工 45名) gave nothing: a row
  titled by praise after 年度 (年度卓越团队) did not read as an honour, and one such row makes the whole list read as a
  table of other things. A year or 年度 opening a title is no word of it (§5: one record per list line under a
  conferral; the year of work is no part of the honour's sense), so the praise after it still marks the row.
- Earlier batches of a designation conferred in batches (前两批共命名“江州工匠”60名) were read as this event's
  conferral; they are a past tally, like earlier editions (前两届…, §5 sixteenth round: a tally of a past period).
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

_INTRO = "表彰环节，公司对2024年度表现突出的集体和个人进行了表彰，获奖情况如下：\n"
_AFTER = "\n公司共为获奖者发放了奖金和证书。"


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ("奖项        数量\n年度卓越团队    3个\n年度优秀员工    45名",
         [("年度卓越团队", 3, "个", "organization"), ("年度优秀员工", 45, "名", "person")]),
        ("年度卓越团队    3个\n金牌司机      12名",
         [("年度卓越团队", 3, "个", "organization"), ("金牌司机", 12, "名", "person")]),
        ("荣誉名称    人数\n年度服务明星    8名\n安全标兵    20名",
         [("年度服务明星", 8, "名", "person"), ("安全标兵", 20, "名", "person")]),
        ("年度最佳新人    5名\n优秀员工    30名",
         [("年度最佳新人", 5, "名", "person"), ("优秀员工", 30, "名", "person")]),
        ("| 奖项 | 数量 |\n| 年度卓越团队 | 4个 |\n| 先进个人 | 16名 |",
         [("年度卓越团队", 4, "个", "organization"), ("先进个人", 16, "名", "person")]),
    ],
)
def test_year_opened_row_in_a_list(extract, rows: str, expected: list) -> None:
    assert honours(extract(page(_INTRO + rows + _AFTER))) == expected


@pytest.mark.parametrize(
    "rows",
    [
        # a table of other things counted: the year word opens no praise
        "项目        数量\n年度参训员工    300名\n年度新进员工    45名",
        "年度新入职员工    45名\n年度退休职工    12名",
        # a praise word inside, not opening after the year: still a category of people
        "年度参赛队伍    12个\n年度参赛选手    80名",
    ],
)
def test_year_opened_row_not_honour(extract, rows: str) -> None:
    assert honours(extract(page(_INTRO + rows + _AFTER))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议命名表彰了第三批“江州工匠”三十名。市委书记强调，要弘扬工匠精神。前两批共命名“江州工匠”60名。",
         [("江州工匠", 30, "名", "person")]),
        ("大会命名第四批“城南名师”12名。此前，前三批共有45名教师获此称号。",
         [("城南名师", 12, "名", "person")]),
        ("会上为第二批10家“放心消费示范店”授牌。上一批评出“放心消费示范店”8家。",
         [("放心消费示范店", 10, "家", None)]),
    ],
)
def test_earlier_batch_is_a_tally(extract, body: str, expected: list) -> None:
    got = honours(extract(page(body)))
    assert [(h, c, u) for h, c, u, _ in got] == [(h, c, u) for h, c, u, _ in expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the batch conferred here, named by its ordinal, stays an award
        ("会议命名表彰了第三批“江州工匠”30名。", [("江州工匠", 30)]),
        # 前 inside the holders' description opens no clause of an earlier batch
        ("大会表彰了前两批未获评的“优秀教师”20名。", [("优秀教师", 20)]),
        # 第二批 in the conferral itself, not an earlier batch
        ("市政府公布了第二批20家“示范店”名单。", [("示范店", 20)]),
    ],
)
def test_this_batch_kept(extract, body: str, expected: list) -> None:
    assert [(h, c) for h, c, _, _ in honours(extract(page(body)))] == expected
