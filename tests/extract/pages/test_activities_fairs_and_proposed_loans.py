"""Phrasings of news sentences: activities and fairs, proposed loans and people commemorated:
an event named only by 活动 (…纪念活动, 宣传活动) is no meeting, a trade fair named 经贸洽谈会 or an
exhibition named 展示会 is no meeting, a loan only proposed (建议向…提供…贷款) is no funding, and a person commemorated (缅怀…同志)
is no speaker.  All sentences are invented; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 活动 with no meeting word names no meeting (§3: a record needs a meeting noun)
        ("某某诞辰一百周年纪念活动今天在南京举行。", []),
        ("选区今天举行选举宣传活动，志愿者向市民讲解投票程序。", []),
        ("市文化局举办大型文艺演出活动，多位艺术家登台献艺。", []),
        # a trade fair or an exhibition is no meeting (§3)
        ("中国—某国经贸洽谈会昨天在北京开幕。", []),
        ("他在“首届发明成果展示会”上获得金奖。", []),
        # near misses that stay meetings: a meeting word in the activity, a meeting joined by 暨, a stated attendance
        ("市委宣传部昨天举行年度颁奖活动。", ["年度颁奖活动"]),
        ("9月30日下午，老影院告别活动举行，共有200人参加。", ["老影院告别活动"]),
        ("项目推介洽谈会昨天在市会展中心举行。", ["项目推介洽谈会"]),
        # a ceremony joined to a show by 暨 keeps the record (release review: 展示会 became a show)
        ("阳光社区老年大学昨天举行2024年春季班结业典礼暨才艺展示会。", ["2024年春季班结业典礼暨才艺展示会"]),
        ("县职工技能大赛颁奖典礼暨成果展示会昨天在县文化馆举行。", ["县职工技能大赛颁奖典礼暨成果展示会"]),
        ("县农产品展示会昨天在县文化馆举行。", []),
        # ...and a programme told in the sentence or the next one of its paragraph: someone hosts, speaks or confers
        # honours at it (§3: ceremonies and commendation events; review of the merged release)
        ("当天，县委、县政府在县老年大学举行“九九重阳”主题活动。县委副书记王海东出席活动并致辞。", ["“九九重阳”主题活动"]),
        ("花园路小学昨天举行“六一”庆祝活动，为12名少先队员颁发奖章。", ["“六一”庆祝活动"]),
        ("市社会局昨天舉辦國際志工日表揚活動，共表揚績優志工126名。", ["国际志工日表扬活动"]),
        # (attendance by leaders alone, or the programme in the next paragraph, tells none)
        ("某某诞辰一百周年纪念活动今天在南京举行。省领导出席。", []),
        ("市文化局举办大型文艺演出活动。\n局长王刚曾多次强调，要办好群众文化。", []),
    ],
)
def test_activities_and_fairs(extract, body: str, expected: list) -> None:
    assert [name for name, _, _ in held(extract(page(body)))] == expected


def test_an_activity_joined_to_a_meeting_stays(extract) -> None:
    # …活动暨…表彰大会: the meeting joined by 暨 keeps the record and its organizer (the name is read up to 活动
    # here, as before this change: a known limitation, GUIDELINES §3 wants the whole name)
    found = held(extract(page("县政府昨天举办“敬老活动暨优秀志愿者表彰大会”。")))
    assert [(name[:4], organizer) for name, _, organizer in found] == [("敬老活动", "县政府")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a loan only proposed is no funding (§6)
        ("国际组织建议向该国提供3亿美元的贷款，以缓解资金紧张。", []),
        ("专家提议向灾区提供5000万元的专项资金。", []),
        # near miss: a loan provided for a stated purpose is funding (§6)
        ("世界银行向该省提供2亿美元贷款，用于修建农村公路。", [(200000000.0, "USD")]),
    ],
)
def test_proposed_loans(extract, body: str, expected: list) -> None:
    assert [(a, c) for a, c, _ in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a person commemorated is no speaker (§4: people merely mentioned)
        ("座谈会上，与会同志深情缅怀曾主持报社工作的老社长王立新同志，并致以崇高敬意。", {}),
        # near miss: who speaks at the same meeting still is one
        ("座谈会上，报社社长李建国致辞，与会同志深情缅怀老社长。", {"李建国": ("报社社长", ("致辞",))}),
    ],
)
def test_a_person_commemorated(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
