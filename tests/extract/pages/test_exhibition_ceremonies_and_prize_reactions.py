"""Culture, tourism and sports pages: what the invented pages of that register showed mishandled.

- An exhibition's opening (…书画作品展开展仪式) and a contest final joined with its prize ceremony (…大赛决赛暨颁奖典礼)
  are held by the bodies the page says hold the exhibition (本次展览由…主办) or the contest (本次大赛由…主办), and two
  bodies hosting jointly are listed 甲、乙 (GUIDELINES §3 fifteenth, eighteenth and nineteenth review rounds).
- A bare race-starting rite (起跑仪式在…举行) is held by the bodies the page says hold the race (本届赛事由A、B主办),
  also when that sentence comes before the rite (§3 fifteenth review round).
- A county's sports association (宜兰县体育会) is a body, the subject that holds its own session (§3).
- A prize winner named after the prize won (获得一等奖的…X激动地说) whose soft words are quoted reacts: no speaker
  (§4, recipients whose reactions are quoted); the winners' representative and a presenter keep their roles.
- A designation conferred on counted people with a level word and its certificate (为15名市级非物质文化遗产代表性
  传承人颁发证书) is an honour, the level dropped (§5 tenth and thirteenth review rounds).

Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _organizers(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月5日上午，迎春书画作品展开展仪式在市美术馆举行。本次展览由市文联和市书协联合主办。",
         [("迎春书画作品展开展仪式", "市文联、市书协")]),
        ("5月5日上午，“丹青颂党恩”摄影作品展开展仪式在县文化馆举行。本次展览由县委宣传部主办，县摄影家协会承办。",
         [("“丹青颂党恩”摄影作品展开展仪式", "县委宣传部")]),
        ("5月5日晚，第三届戏曲票友大赛决赛暨颁奖典礼在大剧院举行。本次大赛由市文化馆主办，历时两个月。",
         [("第三届戏曲票友大赛决赛暨颁奖典礼", "市文化馆")]),
        ("5月5日下午，全市青少年书法比赛总决赛暨颁奖仪式在市图书馆举行。本次比赛由市教育局、市书协共同主办。",
         [("全市青少年书法比赛总决赛暨颁奖仪式", "市教育局、市书协")]),
        ("5月5日早上，江城半程马拉松鸣枪开跑。本届赛事由市体育局、市总工会主办。起跑仪式在滨江广场举行。",
         [("起跑仪式", "市体育局、市总工会")]),
        ("5月5日早上，环湖自行车赛开赛。发车仪式在湖滨公园举行。本届赛事由县政府主办。",
         [("发车仪式", "县政府")]),
        ("宜兰县体育会5日上午在县政府大礼堂召开第十届第一次会员代表大会，由理事长陈志宏主持。",
         [("第十届第一次会员代表大会", "宜兰县体育会")]),
        # negatives: an exhibition's holder written for another event, a contest's holder with a second holder of
        # the ceremony, a race rite when two bodies hold different events on the page
        ("5月5日上午，迎春书画作品展开展仪式在市美术馆举行。下一届读书活动由市图书馆主办。",
         [("迎春书画作品展开展仪式", None)]),
        ("5月5日早上，江城半程马拉松鸣枪开跑。起跑仪式在滨江广场举行。本届赛事由市体育局主办，另一项健步走活动由市总工会主办。",
         [("起跑仪式", None)]),
        ("5月5日下午，全县教师技能比赛颁奖仪式在县礼堂举行。",
         [("全县教师技能比赛颁奖仪式", None)]),
    ],
)
def test_ceremony_held_by_the_events_holders(extract, body: str, expected: list) -> None:
    assert _organizers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月15日晚，戏曲大赛颁奖典礼在大剧院举行。市文化馆馆长宋佳音致辞。“能站上舞台，是我多年的梦想。”获得一等奖的退休教师马秀兰激动地说。",
         [("宋佳音", ["致辞"])]),
        ("6月15日晚，歌手大赛颁奖典礼在大剧院举行。夺得冠军的青年歌手罗晓燕表示，将继续努力。", []),
        ("6月15日晚，书法大赛颁奖晚会举行。荣获金奖的中学生王小雨高兴地说，这是她第一次获奖。", []),
        # negatives: the winners' representative speaking, the representative label, a presenter who directs
        ("6月15日晚，戏曲大赛颁奖典礼在大剧院举行。获得一等奖的选手代表马秀兰发言。", [("马秀兰", ["发言"])]),
        ("6月15日晚，戏曲大赛颁奖典礼在大剧院举行。获奖代表马秀兰说，感谢主办方。", [("马秀兰", ["讲话"])]),
        ("6月15日晚，戏曲大赛颁奖典礼在大剧院举行。为获得一等奖的选手颁奖的市长王军强调，要办好赛事。", [("王军", ["讲话"])]),
    ],
)
def test_prize_winner_reacts(extract, body: str, expected: list) -> None:
    assert [(s["name"], s["roles"]) for s in extract(page(body))["speakers"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月8日上午，启动仪式在市文化馆广场举行。仪式上，市领导为15名新认定的市级非物质文化遗产代表性传承人颁发了证书。",
         [("非物质文化遗产代表性传承人", 15)]),
        ("6月8日上午，启动仪式在市文化馆广场举行。仪式上，市领导为第五批12名省级非遗代表性传承人颁发证书。",
         [("非遗代表性传承人", 12)]),
        ("5月8日上午，全市职工技能大会召开。会上，为8名市级“江城工匠”颁发了证书。", [("江城工匠", 8)]),
        # negatives: no level word, a period's tally, a training's certificate
        ("6月8日上午，启动仪式在市文化馆广场举行。仪式上，市领导为15名非遗传承人颁发了证书。", []),
        ("6月8日上午，表彰会在市文化馆举行。今年以来，已为15名市级非遗传承人颁发证书。", []),
        ("6月8日上午，培训班在市文化馆结业。会上为30名学员颁发了结业证书。", []),
    ],
)
def test_designation_certified_to_people(extract, body: str, expected: list) -> None:
    assert [(a["honor"], a["count"]) for a in extract(page(body))["awards"]] == expected
