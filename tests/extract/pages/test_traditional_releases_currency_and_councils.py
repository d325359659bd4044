"""Phrasings of Taiwan, Hong Kong and Macau releases in Traditional characters: a bare 億元 on a Taiwan page dated in its own calendar (113-07-10) or naming a Taiwan ministry,
a bare amount in a Hong Kong release whose only regional cue is its 香港時間 stamp under 完, a Taiwan
council's numbered session (定期會/臨時會) as the subject of 三讀通過 or 進行總質詢, a body's short name
before 會長 read as a person, and a ceremony's honourees counted as its attendance.  Invented sentences;
the expected values follow corpus/GUIDELINES.md (§3, §4, §6)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page, speakers

_HK_STAMP = "\n完\n2024年10月10日（星期四）\n香港時間16時30分\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a page dated in the Taiwan calendar: a bare 億元 is TWD (§6)
        ("經濟部補助中小企業\n發布日期：113-07-10\n中小企業署今（10）日公布審查結果，補助金額合計1.2億元。\n",
         [(120000000.0, "TWD")]),
        ("補助中小企業\n發布日期：民國113年7月10日\n中小企業署今（10）日公布審查結果，補助金額合計1.2億元。\n",
         [(120000000.0, "TWD")]),
        # a Taiwan ministry named in Traditional script
        ("標題\n發布日期：2024-07-10\n經濟部今（10）日公布審查結果，補助金額合計1.2億元。\n", [(120000000.0, "TWD")]),
        # a Hong Kong release: its 香港時間 stamp under 完 is its region's cue
        ("優質教育基金撥款\n　　教育局今日（十月十日）公布，已批准撥款約1.5億元，資助120所學校。" + _HK_STAMP,
         [(150000000.0, "HKD")]),
        ("撥款\n　　社會工作局今日公布，已批准撥款約1.5億元，資助120間機構。\n完\n2024年10月10日（星期四）\n澳門時間16時30分\n",
         [(150000000.0, "MOP")]),
        # negatives: a mainland page keeps CNY; a Hong Kong release naming Germany's 經濟部 stays HKD
        ("标题\n2024-07-10 来源：某网\n市财政局今天公布，补助资金合计1.2亿元。\n", [(120000000.0, "CNY")]),
        ("标题\n发布日期：2024-07-10\n经济部今天公布，补助资金合计1.2亿元。\n", [(120000000.0, "CNY")]),
        ("撥款\n　　創新科技署今日公布，德國經濟部代表團來訪，署方已批准撥款約1.5億元。" + _HK_STAMP,
         [(150000000.0, "HKD")]),
        # (a time stamp inside the body is no release stamp)
        ("标题\n2024-07-10 来源：某网\n会议于香港时间16时30分开始，市财政局补助资金合计1.2亿元。\n", [(120000000.0, "CNY")]),
    ],
)
def test_regional_currency_of_bare_amounts(extract, text: str, expected: list) -> None:
    assert [(amount, currency) for amount, currency, _ in grants(extract(text))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the council whose numbered session it is organizes it (GUIDELINES §3 ninth round)
        ("宜蘭縣議會第20屆第5次定期會今（8）日進行縣政總質詢，議長張勝德主持。",
         [("宜兰县议会第20届第5次定期会", "2024-05-08", "宜兰县议会")]),
        ("屏東縣議會第20屆第4次定期會今天三讀通過114年度總預算，議長周典論主持會議。",
         [("屏东县议会第20届第4次定期会", "2024-05-08", "屏东县议会")]),
        ("新北市議會第4屆第3次臨時會今（8）日審議通過追加預算案。", [("新北市议会第4届第3次临时会", "2024-05-08", "新北市议会")]),
        # negatives: an unnumbered session, or one ahead, is no session held here
        ("縣議會定期會今天三讀通過總預算。", []),
        ("縣議會第20屆第4次定期會將於12月10日進行總質詢。", []),
    ],
)
def test_a_taiwan_council_session_as_subject(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("香港公益金今日舉行嘉許典禮。公益金會長致辭感謝各界。", {}),
        ("澳門基金會今日舉行資助簽約儀式。基金會主席致辭。", {}),
        # a named person after the short name keeps it in the title
        ("香港公益金今日舉行嘉許典禮。公益金會長陳志強致辭。", {"陈志强": ("公益金会长", ("致辞",))}),
        ("協會今日舉行嘉許典禮。會長陳志強致辭。", {"陈志强": ("会长", ("致辞",))}),
    ],
)
def test_a_bodys_short_name_is_no_person(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body, "2024-06-08"))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the honourees of a headline's second part are no attendance (§3)
        ("市長出席頒獎典禮 表彰12名優秀教師\n發布日期：2024-09-27\n新竹市政府今（27）日舉辦教師節表揚大會，市長高虹安頒獎。\n",
         None),
        ("市长出席表彰大会 奖励20名优秀教师\n2024-09-27 来源：某网\n市政府今天举办教师节表彰大会。\n", None),
        # negatives: those attending a 表彰大会 are still counted
        ("标题\n2024-09-27 来源：某网\n市政府今天举办教师节表彰大会，参加表彰大会的教师120人。\n", 120),
        ("标题\n2024-09-27 来源：某网\n市政府今天举办教师节表彰大会，出席大会的共120人。\n", 120),
    ],
)
def test_honourees_are_no_attendance(extract, text: str, expected: int | None) -> None:
    assert extract(text)["meetings"][0]["attendee_count"] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("花蓮縣議會第21屆第2次臨時會今（8）日審議通過追加減預算案。", [("花莲县议会第21届第2次临时会", "2024-05-08", "花莲县议会")]),
        ("臺中市議會第4屆第5次定期會今天開議，議長主持。", [("台中市议会第4届第5次定期会", "2024-05-08", "台中市议会")]),
        # negatives: a council's session with no number, and a committee's meeting of the council, name no council session
        ("縣議會定期會今天三讀通過總預算。", []),
    ],
)
def test_a_taiwan_councils_numbered_session_is_organized_by_it(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
