"""Meeting and award shapes of a contest's ceremony and its holders, repeat counts and prizes set up: rulings of the fifteenth review round, and bugs found beside them.

- GUIDELINES §3 (fifteenth review round): "A contest's or activity's own ceremony told in the passive with no holder
  (`起跑仪式在…举行`, `启动仪式在…举行`) takes the holders the page states for the contest or activity
  (`本届赛事由A、B主办` → `A、B`), and its venue when it names none, like an awards ceremony of a prize scheme."
  Main left such a ceremony with no organizer when the page called the contest 赛事 or 大赛, or told the holders
  before the ceremony; and left it with no venue when only the contest's own sentence named one.
- GUIDELINES §5 (fifteenth review round): "Counts that follow with the honour left out
  (`高一年级评出“优秀班集体”4个，高二年级3个，高三年级2个`) refer back to the honour just named: one record each
  (`优秀班集体` 4, 3, 2)." Main read only the first count.
- §5 (tenth review round: places set up confer nothing): 决赛设团体奖6个 and 本届设个人奖20个 were read as awards
  (only the graded prizes, 一等奖…, were read as places set up).
- §4 (names): 省长王强与对方先后发言 read the name as 王强与; a side (对方, 双方, 韩方) after 与 is the company, and the
  name ends before 与.

Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page, speakers


def _meetings(record: dict) -> list[tuple]:
    return [(m["name"], m["location"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月5日上午，2024江城马拉松起跑仪式在市民广场举行。本届赛事由市体育局、市总工会主办。",
         [("2024江城马拉松起跑仪式", "市民广场", "市体育局、市总工会")]),
        ("5月5日上午，第五届青少年科技创新大赛启动仪式在市科技馆举行。大赛由市科协、市教育局共同主办。",
         [("第五届青少年科技创新大赛启动仪式", "市科技馆", "市科协、市教育局")]),
        # (the holders told before the ceremony)
        ("本届赛事由市体育局、江城日报社联合主办。5月5日上午，第三届环湖自行车赛起跑仪式举行。",
         [("第三届环湖自行车赛起跑仪式", None, "市体育局、江城日报社")]),
        ("5月5日，本届马拉松由市体育局主办，全程42公里。江城马拉松起跑仪式在市民广场举行。",
         [("江城马拉松起跑仪式", "市民广场", "市体育局")]),
        # (the venue of the contest, the ceremony naming none)
        ("本届赛事由市体育局、市总工会主办，比赛在滨江公园举行。5月5日上午，2024江城马拉松起跑仪式举行。",
         [("2024江城马拉松起跑仪式", "滨江公园", "市体育局、市总工会")]),
        # (an activity's own ceremony: as before)
        ("5月5日，“书香江城”全民阅读活动启动仪式在市图书馆举行。此次活动由市委宣传部、市文明办主办。",
         [("“书香江城”全民阅读活动启动仪式", "市图书馆", "市委宣传部、市文明办")]),
    ],
)
def test_a_contest_ceremony_takes_the_contest_holders(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # no holder stated for the contest
        ("5月5日，2024江城马拉松起跑仪式在市民广场举行。副市长王强鸣枪。", [("2024江城马拉松起跑仪式", "市民广场", None)]),
        # another edition's holders
        ("5月5日，第二届江城马拉松起跑仪式在市民广场举行。上届赛事由市体育局主办。",
         [("第二届江城马拉松起跑仪式", "市民广场", None)]),
        # another holder of the ceremony itself
        ("5月5日，2024江城马拉松起跑仪式在市民广场举行。本届赛事由市体育局主办。仪式由市文联承办。",
         [("2024江城马拉松起跑仪式", "市民广场", None)]),
        # an active holder: as written
        ("5月5日，市体育局在市民广场举行2024江城马拉松起跑仪式。本届赛事由市体育局、市总工会主办。",
         [("2024江城马拉松起跑仪式", "市民广场", "市体育局")]),
        # a bare 开幕式: no contest named for it
        ("5月5日，开幕式在市民广场举行。本届赛事由市体育局主办。", [("开幕式", "市民广场", None)]),
        # bodies holding other things
        ("5月5日，全民健身月活动启动仪式在体育中心举行。市体育局、市教育局分别举办了足球赛和篮球赛。",
         [("全民健身月活动启动仪式", "体育中心", None)]),
    ],
)
def test_no_contest_holder_for_near_misses(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("高一年级评出“优秀班集体”4个，高二年级3个，高三年级2个。",
         [("优秀班集体", 4, "个", "organization"), ("优秀班集体", 3, "个", "organization"),
          ("优秀班集体", 2, "个", "organization")]),
        ("5月6日，高一年级评出优秀班集体4个，高二年级3个，高三年级2个。",
         [("优秀班集体", 4, "个", "organization"), ("优秀班集体", 3, "个", "organization"),
          ("优秀班集体", 2, "个", "organization")]),
        ("一组评出“优秀学员”5名，二组4名，三组3名。",
         [("优秀学员", 5, "名", "person"), ("优秀学员", 4, "名", "person"), ("优秀学员", 3, "名", "person")]),
        ("七年级表彰“三好学生”30名，八年级25名。", [("三好学生", 30, "名", "person"), ("三好学生", 25, "名", "person")]),
        ("市直机关表彰“先进党支部”10个，县直机关8个。",
         [("先进党支部", 10, "个", "organization"), ("先进党支部", 8, "个", "organization")]),
    ],
)
def test_counts_with_the_honour_left_out_refer_back(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # counts of other things
        ("全区评出“优秀班集体”4个，参赛队伍3个。", [("优秀班集体", 4, "个", "organization")]),
        ("高一年级评出“优秀班集体”4个，共有班级12个。", [("优秀班集体", 4, "个", "organization")]),
        # a new honour named
        ("高一年级评出“优秀班集体”4个，高二年级评出“三好学生”30名。",
         [("优秀班集体", 4, "个", "organization"), ("三好学生", 30, "名", "person")]),
        # a count in another sentence
        ("高一年级评出“优秀班集体”4个。高二年级3个。", [("优秀班集体", 4, "个", "organization")]),
        # another unit: no repeat of the honour
        ("高一年级评出“优秀班集体”4个，高二年级3名。", [("优秀班集体", 4, "个", "organization")]),
        # parts of the total after 其中
        ("本次评选共评出“文明班级”5个，其中初一年级2个，初二年级3个。", [("文明班级", 5, "个", "organization")]),
        # two honours before: which one is left out is not said
        ("高一年级评出“优秀班集体”4个、“文明宿舍”5个，高二年级3个。",
         [("优秀班集体", 4, "个", "organization"), ("文明宿舍", 5, "个", "organization")]),
    ],
)
def test_no_repeat_for_near_misses(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        "决赛设团体奖6个，个人奖20个。",
        "本届设个人奖20个。",
        "本次比赛设团体奖3个、个人奖10个。",
        "大赛下设最佳创意奖5个。",
    ],
)
def test_prizes_set_up_confer_nothing(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("决赛评出团体奖6个。", [("团体奖", 6, "个", "organization")]),
        # 设计 is no setting up
        ("5月6日，学院表彰优秀设计奖获得者12名。", [("优秀设计奖", 12, "名", "person")]),
    ],
)
def test_prizes_conferred_stay(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，省长王强与对方先后发言。", {"王强": ("省长", ("发言",))}),
        ("5月6日，省长王强与双方代表先后发言。", {"王强": ("省长", ("发言",))}),
        ("5月6日，市长李明与韩方代表先后致辞。", {"李明": ("市长", ("致辞",))}),
        # (negative: a three-character name stays whole; a second person after 与 is still read)
        ("5月6日，县长张明华与对方先后发言。", {"张明华": ("县长", ("发言",))}),
        ("5月6日，省长王强与副省长李华先后发言。", {"王强": ("省长", ("发言",)), "李华": ("副省长", ("发言",))}),
    ],
)
def test_a_side_after_yu_ends_the_name(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
