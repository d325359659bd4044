"""Shapes on scraped company, university and hospital news pages: five shapes the rules misread.

1. §3 organizer: a holiday's day with a part of the day after the subject (`医院于5月12日国际护士节当天下午在…举行`)
   stayed in the organizer (`东望洋医院于国际护士节`); a run ending in 节 could also eat the subject's end
   (`江城医院于护士节当天上午` → no organizer). The holiday tail now takes a part of the day, and a run ending in 节 only
   after 于/在 with none inside it.
2. §3 planned events: `其间医院还将深入社区开展健康讲座` was held; 将 before 开展 a lecture is the future like 将…举办.
3. §3 attendee count: people who serve after a ceremony (`来自18个科室的60余名专家为群众提供了免费咨询服务`) are no
   attendees (thirteenth review round); the `来自…的N名专家` count no longer reads them.
4. §3 sixteenth round (photo caption dating a 近日 meeting): a caption closed by a bracket (`（图为9月2日上午开学典礼现场）`)
   and naming the meeting by the end of its name (`开学典礼` for `2024级本科生开学典礼`) now dates it.
5. §6: money a body says it will put in over coming years is funding whatever the order (`未来三年，公司将投入…` and
   `公司将在未来三年投入100亿元`: twenty-third review round, which replaced this hunt's reading of the span before 将 as
   only intended; the span after 将 read so had been withdrawn, §8); a year's money received told with a statistic
   (`到位科研经费5.6亿元，同比增长18%`) is a yearly figure (fourteenth round), no grant.

Invented sentences; expected values follow corpus/GUIDELINES.md §3 and §6.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page, when


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("东望洋医院于5月12日国际护士节当天下午在医院大礼堂举行护士节表彰大会。",
         [("护士节表彰大会", "2024-05-12", "东望洋医院")]),
        ("江城医院于5月12日护士节当天上午在门诊楼举行表彰大会。", [("表彰大会", "2024-05-12", "江城医院")]),
        ("县总工会于三八妇女节当天下午召开表彰大会。", [("表彰大会", "2024-03-08", "县总工会")]),
        # NEGATIVE: a holiday eve with no part of the day, and a company whose name holds 节
        ("江城中学于教师节前夕召开表彰大会。", [("表彰大会", None, "江城中学")]),
        ("江城节能公司5月8日下午召开表彰大会。", [("表彰大会", "2024-05-08", "江城节能公司")]),
    ],
)
def test_holiday_day_after_subject(extract, body: str, expected: list) -> None:
    # (published after 5月12日: a meeting dated after the page's publication with no word of a plan is planned, no
    # record, GUIDELINES §3 seventeenth review round)
    assert held(extract(page(body, "2024-05-13"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("9月7日上午，江城市第二人民医院义诊活动启动仪式在门诊广场举行。其间医院还将深入社区开展健康讲座。",
         [("义诊活动启动仪式", "2023-09-07", "江城市第二人民医院")]),
        ("5月6日，县图书馆举行读书月启动仪式。下周图书馆还将走进校园开展专题讲座。",
         [("读书月启动仪式", "2024-05-06", "县图书馆")]),
        # NEGATIVE: a lecture held with 开展 and no future word, and a future word in another sentence
        ("5月8日，县图书馆开展健康讲座，200余名读者参加。", [("健康讲座", "2024-05-08", "县图书馆")]),
        ("公司将继续开展安全培训。5月8日上午，江城公司召开安全生产会议。",
         [("安全生产会议", "2024-05-08", "江城公司")]),
    ],
)
def test_lecture_ahead_with_kaizhan(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("9月7日上午，江城市第二人民医院义诊周活动启动仪式在门诊广场举行。启动仪式后，来自18个科室的60余名专家为前来就诊的"
         "400余名群众提供了免费咨询和检查服务。", [None]),
        ("5月6日上午，县总工会“送法进企业”活动启动仪式在工业园举行。仪式结束后，来自县直单位的30名志愿者为职工开展法律咨询"
         "服务。", [None]),
        # NEGATIVE: people from many places who attend or discuss at the event keep their count
        ("5月6日上午，第三届长江生态论坛在江城大学开幕，来自全国各地的600余名专家学者参加。", [600]),
        ("5月6日上午，第三届长江生态论坛在江城大学开幕。来自全国各地的600余名专家学者围绕生态保护展开研讨。", [600]),
    ],
)
def test_people_serving_after_ceremony(extract, body: str, expected: list) -> None:
    assert [m["attendee_count"] for m in extract(page(body))["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("近日，江城理工大学2024级本科生开学典礼在东区体育馆隆重举行。校长赵明远出席。（图为5月2日上午开学典礼现场）",
         ("2024-05-02", "上午")),
        ("近日，江城理工大学2024级本科生开学典礼在东区体育馆隆重举行。图为5月2日上午开学典礼现场。", ("2024-05-02", "上午")),
        ("近日，县委召开2024年度全县经济工作会议。（图为5月2日下午会议现场）", ("2024-05-02", "下午")),
        # NEGATIVE: a caption of another event, and a meeting with a day of its own
        ("近日，江城理工大学2024级本科生开学典礼在东区体育馆隆重举行。（图为5月2日上午毕业典礼现场）", (None, None)),
        ("近日，县委召开2024年度全县经济工作会议。（图为5月2日下午县领导调研企业现场）", (None, None)),
        ("5月6日，江城理工大学开学典礼在东区体育馆隆重举行。（图为5月2日上午开学典礼现场）", ("2024-05-06", None)),
    ],
)
def test_bracketed_caption_day(extract, body: str, expected: tuple) -> None:
    date, _, time_of_day = when(extract(page(body)))[0]
    assert (date, time_of_day) == expected


# Money a body says it will put in over coming years is funding in either order (GUIDELINES §6 twenty-third review round:
# the payer commits it; the span after 将 read as only intended had been withdrawn on held-out evidence, §8). These rows
# were first written for the reading as only intended; pages/test_money_over_stated_years_and_explanations.py holds the class's paraphrases and near misses.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("周逸飞表示，公司将在未来三年投入100亿元用于研发。", [(10000000000.0, "CNY", "研发")]),
        ("集团将于未来五年投资50亿元建设新基地。", [(5000000000.0, "CNY", "建设新基地")]),
        ("公司将在未来两年内安排3000万元用于员工培训。", [(30000000.0, "CNY", "员工培训")]),
        ("未来三年，公司将投入100亿元用于研发。", [(10000000000.0, "CNY", "研发")]),
        ("未来五年内，市政府将安排专项资金20亿元支持产业升级。", [(2000000000.0, "CNY", "支持产业升级")]),
        ("宋建平指出，2024年学校新增国家级科研项目42项，到位科研经费5.6亿元，同比增长18%。", []),
        ("去年全校到位横向科研经费达1.2亿元，占科研经费总额的三成。", []),
        # NEGATIVE: money decided or put in, a past span, a place name with 未来, money granted with a statistic,
        # and money received with no statistic
        ("会议决定，公司今年投入100亿元用于研发。", [(10000000000.0, "CNY", "研发")]),
        ("公司在过去三年投入100亿元用于研发。", [(10000000000.0, "CNY", "研发")]),
        ("未来科技城管委会拨付资金500万元用于园区建设。", [(5000000.0, "CNY", "园区建设")]),
        ("2024年，医院获批科研经费3200万元，同比增长15%。", [(32000000.0, "CNY", "科研经费")]),
        ("县财政到位资金300万元，用于村道修复。", [(3000000.0, "CNY", "村道修复")]),
    ],
)
def test_money_ahead_or_received_level(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE of the received level: a running total since a start is money raised (§6 eighth round), kept
        ("叶向东介绍，自两地结对以来，累计实施协作项目67个，实际到位资金52.3亿元，共建园区3个。", [5230000000.0]),
        ("自结对以来，累计到位帮扶资金2.3亿元，同比增长12%。", [230000000.0]),
    ],
)
def test_running_total_received_stays(extract, body: str, expected: list) -> None:
    assert [f["amount"] for f in extract(page(body))["funding"]] == expected
