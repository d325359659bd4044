"""Meeting shapes of games named short, own court or hospital rooms, sessions by month and afternoons: wrong firings of the meeting rules, fixed at their general cause.

Found on invented review pages (GUIDELINES §3):
- G4: a contest's holder read from any short games name (本届省运会, 本届残运会 on a city's 运动会 page): the short name
  of the same games keeps the games' own level character (本届市运会 of 云川市…运动会) or none; other games are
  another event (fifteenth review round: the contest's holders hold its ceremony).
- G5: 本院 before a room resolved to ``江城医学院与江城市人民医院`` (a name run across 与) and not to 进贤县人民医院,
  来凤县人民法院 (a verb of going rejected anywhere in the name): the name holds no conjunction and opens on a verb
  only as a county does; a college or institute named on the page is another 院 the 本院 may be (thirteenth and
  sixteenth rounds: the one court or hospital the page is about).
- G6: a standing body's session told by a month after the page's (6月底, on a May page), or as a step that the rest
  depends on (…审议通过方案后，各区要…), was recorded as an earlier session held: a session ahead is planned, no
  record (§3 planned meetings; sixteenth round for the earlier ones).
- G8: 下午 after an undated 会后/随后 act looked back over a 次日 sentence to the meeting's day: the afternoon is no
  longer the meeting's day (eleventh round: the meeting's people that day date what follows).
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _meetings(record: dict) -> list[tuple]:
    return [(m["name"], m["date"], m["organizer"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        # other games named short: not this one's holder
        ("云川市第十五届运动会开幕式在市体育中心举行。本届省运会由云川省人民政府主办。", "云川市"),
        ("云川市第十五届运动会开幕式在市体育中心举行。本届残运会由云川市残联主办。", "云川市"),
        ("江北区第三届全民运动会开幕式在区体育馆举行。此次省运会由江南省体育局主办。", "江北区"),
        ("江北区第三届中学生运动会开幕式在区体育馆举行。本届大运会由江南省教育厅主办。", "江北区"),
        # the same games named short, or in full
        ("云川市第十五届运动会开幕式在市体育中心举行。本届市运会由云川市人民政府主办。", "云川市人民政府"),
        ("江北区第三届全民运动会开幕式在区体育馆举行。本届区运会由江北区人民政府主办。", "江北区人民政府"),
        ("江北区第三届运动会开幕式在区体育馆举行。本届运动会由江北区体育局主办。", "江北区体育局"),
        # NEGATIVE: another edition
        ("云川市第十五届运动会开幕式在市体育中心举行。上届市运会由云川市人民政府主办。", "云川市"),
    ],
)
def test_games_named_short(extract, body: str, organizer: str) -> None:
    assert [m[2] for m in _meetings(extract(page(body)))] == [organizer]


@pytest.mark.parametrize(
    ("body", "location"),
    [
        # two bodies joined, a college among them: 本院 is not resolved
        ("江城医学院与江城市人民医院签约。随后在本院第三会议室召开座谈会。", "本院第三会议室"),
        # the one hospital beside a university (本校 would be the university's)
        ("江城大学和江城市中心医院举行合作签约。随后双方在本院二楼会议室召开座谈会。", "江城市中心医院二楼会议室"),
        # counties opening on 进, 来
        ("进贤县人民医院邀请代表参观。随后在本院第三会议室召开座谈会。", "进贤县人民医院第三会议室"),
        ("来凤县人民法院邀请代表观摩庭审。随后在本院第三会议室召开座谈会。", "来凤县人民法院第三会议室"),
        # the body gone to
        ("代表们走进江城县人民医院参观。随后在本院第三会议室召开座谈会。", "江城县人民医院第三会议室"),
        ("江城区人民法院邀请代表观摩庭审。随后在本院第三会议室召开座谈会。", "江城区人民法院第三会议室"),
        # NEGATIVE: a bare kind, two bodies, a college alone
        ("邀请代表走进法院参观。随后在本院第三会议室召开座谈会。", "本院第三会议室"),
        ("江城区人民法院、江城区检察院邀请代表参观。随后在本院第三会议室召开座谈会。", "本院第三会议室"),
        ("江城医学院邀请专家讲学。随后在本院第三会议室召开座谈会。", "本院第三会议室"),
    ],
)
def test_own_court_or_hospital_room(extract, body: str, location: str) -> None:
    assert [m[3] for m in _meetings(extract(page(body)))] == [location]


_MAIN = "5月6日，全市数字政府建设推进会在市行政中心召开。\n"


@pytest.mark.parametrize(
    ("body", "earlier"),
    [
        # ahead: a later month, or a step the rest depends on
        (_MAIN + "6月底，市政府常务会议审议通过实施方案后，各区要抓好落实。", []),
        (_MAIN + "7月，县政府常务会议审议通过方案后，各乡镇要迅速部署。", []),
        (_MAIN + "6月，市政府常务会议审议通过了实施方案。", []),
        (_MAIN + "下月，市政府常务会议将审议通过实施方案。", []),
        # NEGATIVE: earlier sessions stay recorded
        (_MAIN + "4月中旬，市政府常务会议审议通过了实施方案。", [("市政府常务会议", None)]),
        (_MAIN + "去年7月，市政府常务会议审议通过了实施方案。", [("市政府常务会议", None)]),
        (_MAIN + "去年12月，县委常委会会议研究通过了工作方案。", [("县委常委会会议", None)]),
    ],
)
def test_session_by_month_ahead(extract, body: str, earlier: list) -> None:
    assert [(m[0], m[1]) for m in _meetings(extract(page(body)))][1:] == earlier


@pytest.mark.parametrize(
    ("body", "date"),
    [
        # a next day between: the afternoon is not the meeting's
        ("5月6日上午，县委召开常委会会议。次日，县长前往工业园区调研。随后，县长看望了困难群众。下午，县府召开专题会议。", None),
        ("5月6日上午，县委召开常委会会议。翌日，县长前往工业园区调研。会后，县长看望了困难群众。下午，县政府召开专题会议。", None),
        ("5月6日上午，县委召开常委会会议。第二天，县长到园区调研。随后看望了困难群众。下午，县政府召开专题会议。", None),
        # NEGATIVE: the meeting's own day, an undated act between
        ("5月6日上午，县委召开常委会会议。会后，县长看望了困难群众。下午，县政府召开专题会议。", "2024-05-06"),
        ("5月6日上午，县委召开常委会会议。随后，县长前往工业园区调研。下午，县政府召开专题会议。", "2024-05-06"),
    ],
)
def test_afternoon_after_next_day(extract, body: str, date: str | None) -> None:
    record = extract(page(body))
    assert [(m[0], m[1]) for m in _meetings(record)] == [("常委会会议", "2024-05-06"), ("专题会议", date)]
