"""Organizer prefixes and ceremony details: a
level word's body right before a quoted name (市工商联“千企帮千村”…签约活动), a company before a ceremony
joined by 暨 to a meeting (华星集团质量月启动仪式暨…会议), and the venue where a fair opened or a contest
closed for its ceremony (…博览会12日在…会展中心开幕。开幕式上，…).
Near misses keep their earlier reading: scopes and places before a quote, two parties before a signing
ceremony, a descriptive part after a body with no mark where the body ends, talks before a ceremony.
Invented sentences; the expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


def _placed(record: dict) -> list[tuple]:
    """(name, date, location, organizer) of each meeting, in order."""
    return [(m["name"], m["date"], m["location"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a level word and a body's own word before a quoted name: the organizer prefix (§3)
        ("5月14日，市工商联“千企帮千村”结对帮扶签约活动在市会议中心举行。",
         [("“千企帮千村”结对帮扶签约活动", "2024-05-14", "市工商联")]),
        ("5月6日，县总工会“最美职工”表彰大会在县会堂举行。", [("“最美职工”表彰大会", "2024-05-06", "县总工会")]),
        ("5月6日，区委宣传部“百姓宣讲”启动仪式在区文化馆举行。", [("“百姓宣讲”启动仪式", "2024-05-06", "区委宣传部")]),
        # a scope, a pronoun-like word or a place alone before the quote: no organizer, the name whole
        ("5月6日，全县“两优一先”表彰大会在县会堂召开。", [("全县“两优一先”表彰大会", "2024-05-06", None)]),
        ("5月6日，该县“文明实践讲堂”启动仪式在县图书馆举行。", [("该县“文明实践讲堂”启动仪式", "2024-05-06", None)]),
        ("5月6日，农村“厕所革命”推进会在县会堂召开。", [("农村“厕所革命”推进会", "2024-05-06", None)]),
        ("5月6日，城区“一刻钟便民生活圈”启动仪式在市民广场举行。",
         [("城区“一刻钟便民生活圈”启动仪式", "2024-05-06", None)]),
        # a company before a ceremony joined by 暨 to a meeting: the organizer prefix (§3)
        ("2月1日，华星集团质量月启动仪式暨质量管理工作会议在集团总部召开。",
         [("质量月启动仪式暨质量管理工作会议", "2024-02-01", "华星集团")]),
        ("2月1日，某某公司安全月启动仪式暨安全生产工作会议在公司礼堂召开。",
         [("安全月启动仪式暨安全生产工作会议", "2024-02-01", "某某公司")]),
        # the thing unveiled or a signing after the company: the name whole, as before
        ("2月1日，某某公司揭牌仪式暨项目推介会在县城举行。", [("某某公司揭牌仪式暨项目推介会", "2024-02-01", None)]),
        # two parties before a signing ceremony: the name whole, no organizer (tuning gold syn_e14)
        ("11月5日，甲职业学院与乙机械股份有限公司校企合作签约仪式在学院会议室举行。",
         [("甲职业学院与乙机械股份有限公司校企合作签约仪式", "2023-11-05", None)]),
        ("9月11日下午，市政府与中能集团新型储能产业基地项目签约仪式在宁川宾馆举行。",
         [("市政府与中能集团新型储能产业基地项目签约仪式", "2023-09-11", None)]),
        # a body then a descriptive part with nothing marking the body's end: the name whole, as before
        ("4月8日上午，九江学院附属医院新院区开工奠基仪式在八里湖新区举行。",
         [("九江学院附属医院新院区开工奠基仪式", "2024-04-08", None)]),
        ("5月6日，实验中学新生家长见面会在学校礼堂举行。", [("实验中学新生家长见面会", "2024-05-06", None)]),
    ],
)
def test_an_organizer_prefix_before_a_passive_name(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fair opened at a venue: its opening ceremony's venue (§3 location)
        ("标题\n2024-07-13 新华网\n新华社长春7月12日电 第二十届长春国际汽车博览会12日在长春国际会展中心开幕。开幕式上，副省长李伟致辞。\n",
         [("开幕式", "2024-07-12", "长春国际会展中心", None)]),
        ("标题\n2024-08-31 来源：某网\n8月30日，第二届全省职业技能大赛在省体育馆落下帷幕。闭幕式上，副省长刘涛为获奖选手颁奖。\n",
         [("闭幕式", "2024-08-30", "省体育馆", None)]),
        # the verb of another ceremony, or no venue: none
        ("标题\n2024-08-31 来源：某网\n8月30日，第二届全省职业技能大赛在省体育馆开幕。闭幕式上，副省长刘涛为获奖选手颁奖。\n",
         [("闭幕式", "2024-08-30", None, None)]),
        ("标题\n2024-08-31 来源：某网\n8月30日，第二届全省职业技能大赛在省会落下帷幕。闭幕式上，副省长刘涛为获奖选手颁奖。\n",
         [("闭幕式", "2024-08-30", None, None)]),
    ],
)
def test_the_venue_where_a_fair_opened_or_closed(extract, text: str, expected: list) -> None:
    assert _placed(extract(text)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an event attended keeps its name whole (earlier reviews' decision, tests/extract/meetings/test_meeting_directives_ahead_and_comparisons.py)
        ("行政长官今日出席香港理工学院第三十届学位颁授典礼。", [("香港理工学院第三十届学位颁授典礼", "2024-09-25", None, None)]),
        # a courtesy call before the ceremony is no record of its own (tuning gold syn_e08)
        ("9月24日上午，大会开幕式在张家界国际会议中心举行。开幕式前，省委书记沈晓明会见了出席大会的部分嘉宾。",
         [("大会开幕式", "2024-09-24", "张家界国际会议中心", None)]),
    ],
)
def test_readings_left_as_they_were(extract, body: str, expected: list) -> None:
    assert _placed(extract(page(body, "2024-09-25"))) == expected
