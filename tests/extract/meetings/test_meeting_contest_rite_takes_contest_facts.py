"""A contest's holder, venue or day lent to the rite held inside it.

Found: a prize ceremony told 赛后 after a race told 昨日 got no day (only a written day of the month was read as the
contest's day), and a bare prize ceremony told 赛后 got none of the contest's holders; a closing rite named after the
generic word for the contest (大赛闭幕式暨颁奖典礼) was not read as the contest's closing, so it got no venue.
Ruled by GUIDELINES §3: ninth review round (a prize ceremony told 赛后 takes the day of the contest just told, not when
that is a range of days) and nineteenth review round (a contest's own closing or prize ceremony takes the contest's
holders and venue when it names none; one named after a prize does not).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page

# (body, published, expected (name, date, organizer, location) of each meeting)
AFTER_CONTEST = [
    # a race told 昨日 / 昨天, its prize ceremony told 赛后: the race's day and holders
    ("昨日7时，2025江城马拉松在市民广场鸣枪开跑。本届赛事由江城市人民政府、省田径协会主办。\n"
     "赛后，颁奖仪式在终点广场举行。市长王成为获奖选手颁奖。", "2025-11-02",
     [("颁奖仪式", "2025-11-01", "江城市人民政府、省田径协会", "终点广场")]),
    ("江城半程马拉松昨天上午在滨江公园开跑，本届赛事由市体育局主办。\n比赛结束后，颁奖典礼在滨江公园举行。", "2024-05-08",
     [("颁奖典礼", "2024-05-07", "市体育局", "滨江公园")]),
    ("3月10日，2024江城半程马拉松在滨江公园鸣枪起跑。本届赛事由江城市体育局、市田径协会主办，共有1万名跑者参赛。\n"
     "赛后，颁奖仪式在滨江公园主舞台举行。", "2024-05-08",
     [("颁奖仪式", "2024-03-10", "江城市体育局、市田径协会", "滨江公园主舞台")]),
    ("4月20日，江城自行车公开赛在环湖公路开赛。赛事由江城市人民政府主办。\n赛后举行了颁奖仪式，市领导为获奖车手颁奖。",
     "2024-05-08", [("颁奖仪式", None, "江城市人民政府", None)]),
    # (a contest of several days: its holders, no day; GUIDELINES §3 ninth round)
    ("3月10日至12日，江城青少年足球邀请赛在市体育中心举行。本届赛事由市体育局主办。\n赛后，颁奖仪式在市体育中心举行。",
     "2024-05-08", [("颁奖仪式", None, "市体育局", "市体育中心")]),
]

CLOSING_NAMED_GENERIC = [
    ("4月2日至3日，华信集团2024年青年技能大赛在集团培训中心举行。本次大赛由华信集团团委主办。\n"
     "3日下午，大赛闭幕式暨颁奖典礼举行。集团总经理张华为获奖选手颁奖。", "2024-05-08",
     [("大赛闭幕式暨颁奖典礼", "2024-05-03", "华信集团团委", "集团培训中心")]),
    ("11月4日至5日，江城电力公司职工技能大赛在公司实训基地举行。大赛由公司工会主办。\n5日下午，大赛闭幕式举行。",
     "2024-11-08", [("大赛闭幕式", "2024-11-05", "公司工会", "公司实训基地")]),
]

NEGATIVE = [
    # no 赛后: a prize ceremony of the afternoon is not read as the race's own
    ("3月10日，江城半程马拉松在滨江公园鸣枪起跑。本届赛事由江城市体育局主办。\n下午，颁奖仪式在市文化宫举行，市领导为获奖者颁奖。",
     "2024-05-08", [("颁奖仪式", None, None, "市文化宫")]),
    # 昨日起 is a day things run from, no day the contest is held
    ("昨日起，江城马拉松开始接受报名。本届赛事由市体育局主办。\n赛后，颁奖仪式在市民广场举行。", "2024-05-08",
     [("颁奖仪式", None, "市体育局", "市民广场")]),
    # another event told held between the contest and the closing rite
    ("4月2日，华信集团青年技能大赛在集团培训中心举行。4月3日，集团科技论坛在集团会议中心举行。\n当天下午，大赛闭幕式暨颁奖典礼举行。",
     "2024-05-08", [("科技论坛", "2024-04-03", None, "集团会议中心"), ("大赛闭幕式暨颁奖典礼", "2024-04-03", None, None)]),
    # a ceremony named after a prize, told 赛后: the prize scheme's holder, as before
    ("5月3日，江城诗歌节在市图书馆举行。“江城文学奖”评选活动由市文联主办。\n赛后，江城文学奖颁奖典礼在市图书馆举行。", "2024-05-08",
     [("江城文学奖颁奖典礼", "2024-05-03", "市文联", "市图书馆")]),
    # a closing rite named after another event, not the contest
    ("4月2日，华信集团青年技能大赛在集团培训中心举行。\n3日下午，论坛闭幕式举行。", "2024-05-08",
     [("论坛闭幕式", "2024-04-03", None, None)]),
]


def _meetings(record: dict) -> list[tuple]:
    return [(m["name"], m["date"], m["organizer"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "published", "expected"), AFTER_CONTEST + CLOSING_NAMED_GENERIC + NEGATIVE)
def test_contest_rite_takes_contest_facts(extract, body, published, expected):
    assert _meetings(extract(page(body, published))) == expected
