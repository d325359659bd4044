"""Award counts as releases write them (表彰决定, 授予…称号, 评选出, prize grades, Taiwan and Hong Kong copy). Invented sentences; the expected values follow corpus/GUIDELINES.md §3 (contestants are no attendee count)
and §6 (money of an event still ahead).

- A contest as the topic of the clause that counts those taking part (本届比赛共有来自112所中学的逾600名学生参加) was
  read as the attendance of the prize ceremony told before it: they are the contestants (§3), as 600名学生参加比赛 was.

- Prize money a speaker says will be raised for a later edition (明年比赛将增设小学组，总奖金将增至十万元) was read as
  money granted: the pool of an edition still ahead is only intended (§6), like 将设立总奖金…; a standard changed now
  (奖金由1万元提高至2万元, no 将) and a raise a meeting decides (会议决定将…) stay funding.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


def _attendance(record: dict) -> list[tuple[int | None, bool]]:
    return [(m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the pool of a later edition, raised with 将: nothing granted
        ("5月6日，大赛颁奖礼在市体育馆举行。组委会主任李明表示，明年比赛将增设小学组，总奖金将增至十万元。", []),
        ("5月6日，大赛颁奖仪式举行。主办方介绍，下届大赛奖金总额将提高到50万元。", []),
        ("5月6日，龙舟赛落幕。组委会表示，今后赛事总奖金还将进一步提高至30万元。", []),
        ("5月6日，大賽頒獎禮舉行。籌委會表示，明年總獎金將調高至港幣20萬元。", []),
        # near misses: a standard changed now, a decision, money paid, a raise of other money
        ("5月6日，大赛颁奖仪式举行。今年大赛奖金由1万元提高至2万元，已全部发放到获奖者手中。",
         [(20000.0, "CNY")]),
        ("5月6日，市体育局召开专题会议。会议决定，将本届大赛总奖金提高至30万元。", [(300000.0, "CNY")]),
        ("5月6日，市政府为获奖选手颁发奖金30万元。", [(300000.0, "CNY")]),
    ],
)
def test_prize_pool_raised_ahead(extract, body, expected):
    assert [(amount, currency) for amount, currency, _ in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the contest as the clause's topic: contestants, no attendee count
        ("5月6日，第八届创科大赛颁奖礼在理工大学举行。本届比赛共有来自112所中学的逾600名学生参加，评审团最终选出金奖3队。",
         [(None, False)]),
        ("5月6日，技能大赛颁奖典礼在县职教中心举行。本次大赛共吸引了全县180名青年职工参加，最终评出一等奖3名。",
         [(None, False)]),
        ("5月6日，演讲比赛决赛暨颁奖仪式在市图书馆举行。此次比赛先后有来自各校的45名选手参加。", [(None, False)]),
        ("5月6日，書法比賽頒獎典禮在市文化中心舉行。本屆比賽共有三百名學生參加。", [(None, False)]),
        # near misses: a gathering of the contest as the topic, no contest named, 参加 with an object of its own
        ("5月6日，演讲比赛颁奖仪式在市图书馆举行。本次大赛颁奖仪式共有300名师生参加。", [(300, False)]),
        ("5月6日，大赛颁奖仪式在市体育馆举行，共有300余人参加。", [(300, True)]),
        ("5月6日，县总工会举行技能竞赛总结表彰大会。竞赛总结表彰大会共有120人参加。", [(120, False)]),
        ("5月6日，校园歌手大赛决赛暨颁奖晚会在学校礼堂举行。比赛吸引了800余名师生参加观看。", [(800, True)]),
    ],
)
def test_contest_topic_counts_contestants(extract, body, expected):
    assert _attendance(extract(page(body))) == expected
