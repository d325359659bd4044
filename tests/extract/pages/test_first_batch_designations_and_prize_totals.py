"""Award counts of first-batch designations and prize totals.

- A designation conferred on counted units whose honour opens with the first batch's word (…等十二个单位被命名为首批
  “…”示范单位) gave no record, while 第二批 before the quote was read; 首批 is a batch like 第N批 and is dropped
  from the honour as 首届 is (GUIDELINES §5 tenth review round: 首届 dropped like 第N届; eighteenth round: a designation
  conferred on counted units is an award).

- A named prize's winners counted after its quoted name (“青年科技奖”共评出获奖者15名) were dropped as a total whenever
  other prizes' counts told after it (优秀论文一等奖5篇、二等奖10篇) happened to add up to it; a total that names one
  prize is summed only by its own grades or kinds (§5 twelfth round: a prize's winners counted after its quoted name
  are its count; a total that is the sum of its listed categories is not repeated).
- A place before a passive meeting's name opening with 乡村 (桃源县乡村振兴现场推进会召开) stayed in the name with no
  organizer: 县 before 乡村 was read as a county followed by a township level; the place is the holder (§3 twentieth
  review round).
- A games' bare closing ceremony (…运动会在…落下帷幕。本届运动会由甲、乙主办。闭幕式上，…) took no holders; games are
  a contest whose closing ceremony takes the holders told for it (§3 nineteenth review round).

Invented sentences only; the expected values follow corpus/GUIDELINES.md §3 and §5.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _awards(record: dict) -> list[tuple[str, int, str, str | None]]:
    """(honor, count, unit, recipient_kind) of each award, in order."""
    return [(a["honor"], a["count"], a["unit"], a["recipient_kind"]) for a in record["awards"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议宣读了表彰决定，城东街道、城西街道等八个单位被命名为首批“文明示范街道”。",
         [("文明示范街道", 8, "个", "organization")]),
        ("区农业局、区林业局等五个单位被命名为首批“节约型机关”示范单位，与会领导为其授牌。",
         [("节约型机关示范单位", 5, "个", "organization")]),
        ("会上，甲公司等六家企业被命名为首批“绿色工厂”示范企业。",
         [("绿色工厂示范企业", 6, "家", "organization")]),
        # the batch written as 第N批 was read before and stays so
        ("区农业局、区林业局等五个单位被命名为第二批“节约型机关”示范单位。",
         [("节约型机关示范单位", 5, "个", "organization")]),
    ],
)
def test_first_batch_designation_counted(extract, body: str, expected: list) -> None:
    assert _awards(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a running tally of designations to date (§5 sixteenth and eighteenth rounds)
        "截至目前，全市已有十个村被命名为首批“美丽乡村”示范村。",
        # candidates put on a list to be trained, nothing conferred yet
        "会议同时公布了首批“模范机关”示范单位创建培育对象名单，25个单位入选。",
        # earlier batches told as background (§5 twenty-first round)
        "2023年以来，已累计命名首批“党建品牌”示范点40个。",
    ],
)
def test_first_batch_not_conferred_here(extract, body: str) -> None:
    assert _awards(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("开幕式上还颁发了第五届江州市青年科技奖。“青年科技奖”共评出获奖者15名。同时，年会对优秀论文进行了表彰，"
         "评出优秀论文一等奖5篇、二等奖10篇、三等奖20篇。",
         [("青年科技奖", 15, "名", "person"), ("优秀论文一等奖", 5, "篇", None), ("优秀论文二等奖", 10, "篇", None),
          ("优秀论文三等奖", 20, "篇", None)]),
        ("“青年科技奖”共评出获奖者15名。年会表彰了优秀教师10名、优秀班主任5名。",
         [("青年科技奖", 15, "名", "person"), ("优秀教师", 10, "名", "person"), ("优秀班主任", 5, "名", "person")]),
        ("会上还颁发了江州市教学成果奖。“教学成果奖”评选出12名获奖者。大会还评出优秀论文一等奖4篇、二等奖8篇。",
         [("教学成果奖", 12, "名", "person"), ("优秀论文一等奖", 4, "篇", None), ("优秀论文二等奖", 8, "篇", None)]),
    ],
)
def test_prize_winners_not_summed_by_other_prizes(extract, body: str, expected: list) -> None:
    assert _awards(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the prize's own grades after 其中 still sum to its total, which is not repeated; they carry the prize named
        # before (§5: grades listed after 其中 carry the prize named before; fyn)
        ("“青年科技奖”共评出获奖者15名，其中一等奖5名、二等奖10名。",
         [("青年科技奖一等奖", 5, "名", "person"), ("青年科技奖二等奖", 10, "名", "person")]),
        ("会上颁发了“创新创业奖”。“创新创业奖”共评出获奖者12名，其中“创新创业奖”一等奖4名、“创新创业奖”二等奖8名。",
         [("创新创业奖一等奖", 4, "名", "person"), ("创新创业奖二等奖", 8, "名", "person")]),
        # bare grades told after it may be its own: kept as today
        ("“青年科技奖”共评出获奖者15名。年会评出一等奖5名、二等奖10名。",
         [("一等奖", 5, "名", "person"), ("二等奖", 10, "名", "person")]),
    ],
)
def test_prize_total_still_summed_by_its_grades(extract, body: str, expected: list) -> None:
    assert _awards(extract(page(body))) == expected


def _meetings(record: dict) -> list[tuple[str, str | None]]:
    """(name, organizer) of each meeting, in order."""
    return [(m["name"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日至7日，青山县乡村振兴现场推进会召开。县委书记王明出席并讲话。", [("乡村振兴现场推进会", "青山县")]),
        ("5月6日，白沙镇乡村旅游推介会召开。镇党委书记王明出席并讲话。", [("乡村旅游推介会", "白沙镇")]),
        ("5月6日，江城市乡村振兴工作会议在市行政中心召开。市委书记王明出席并讲话。", [("乡村振兴工作会议", "江城市")]),
    ],
)
def test_place_before_countryside_name_holds_it(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a scope word is no holder; a township named under its county stays as today
        ("5月6日，全县乡村振兴现场推进会召开。县委书记王明出席并讲话。", [("全县乡村振兴现场推进会", None)]),
        ("5月6日，青山县白沙乡农民运动会召开。乡党委书记王明出席并讲话。", [("青山县白沙乡农民运动会", None)]),
        ("5月6日，青山县村级组织建设推进会召开。县委书记王明出席并讲话。", [("村级组织建设推进会", "青山县")]),
    ],
)
def test_place_before_name_near_misses(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，历时两天的江州市第三届职工运动会在市体育中心落下帷幕。本届运动会由市体育局、市总工会主办。"
         "闭幕式上，副市长李强宣布运动会闭幕。", [("闭幕式", "市体育局、市总工会")]),
        ("历时三天的青山县第二届农民运动会5月6日闭幕。本届运动会由县文旅局主办。闭幕式上，县长张华致闭幕词。",
         [("闭幕式", "县文旅局")]),
        ("江州市第五届全民健身运动会于5月6日下午在市体育中心落下帷幕。本届运动会由市体育局、市总工会主办，共设12个大项。"
         "闭幕式上，副市长李强宣布运动会闭幕。", [("闭幕式", "市体育局、市总工会")]),
    ],
)
def test_games_closing_takes_games_holders(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # no holder told for the games
        ("江州市第三届职工运动会在市体育中心落幕。闭幕式上，副市长李强宣布运动会闭幕。", [("闭幕式", None)]),
        # another event told held between the games and the ceremony: the later one's closing
        ("江州市第三届职工运动会在市体育中心落幕。本届运动会由市体育局主办。5月7日，全市职工代表大会在市行政中心召开。"
         "闭幕式上，副市长李强讲话。", None),
    ],
)
def test_games_closing_near_misses(extract, body: str, expected: list | None) -> None:
    meetings = _meetings(extract(page(body)))
    if expected is None:
        assert ("闭幕式", "市体育局") not in meetings
    else:
        assert meetings == expected
