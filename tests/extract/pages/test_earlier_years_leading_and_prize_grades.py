"""Award counts in education, sports, culture and science pages. Invented sentences; the expected values
follow corpus/GUIDELINES.md §4, §5 and §6.

- A work year leading the count's clause (2022年度，全省共有15个项目获得…奖) more than a year before the page was kept as
  this event's conferral (the 年度 lead was read only as an honour's year): it is that year's tally (§5: a past period's
  tally; §3: 2024年度 work is reviewed in the next year, so a 2025 page's 2024年度，… stays this event's).
- 当年/同年 opening a clause after a written earlier year (上一次表彰是在2020年，当年共表彰…186名) is that year's tally (§5).
- Prize grades a contest sets up (本届比赛设个人一等奖10名、二等奖20名) were read as conferred (honour 比赛设个人一等奖):
  a prize scale is a standard, nothing conferred (§5: 设立…10名 confers nothing; §6 大赛设一等奖1名).
- A prize's winners counted and commended (另有17位教育奉献奖得主一并接受表扬, 表彰了17名青年科技奖获得者) were missed:
  the prize with their count (§5: a prize conferred on its winners named by it).
- 校长报告校务 at a school's speech day is a report given (§4: 报告年度业务 by an officer is 作报告).
- Prize money of a contest told as still ahead in the last sentence of the paragraph before (…将于11月2日至4日举行。 /
  发布会上，…总奖金20万元。) was kept: money of an event still ahead is no record (§6 ninth round).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # a work year more than a year back leading the count's clause: that year's tally
        ("大会宣读了表彰决定。2022年度，全省共有15个项目获得省科学技术奖。", "2024-05-08", []),
        ("会议宣布了表彰决定。2023年度，全市共有213个项目荣获市科学技术进步奖。", "2025-05-28", []),
        ("颁奖典礼隆重举行。2021年度，全县共表彰“优秀教师”30名。", "2024-05-08", []),
        # 当年/同年 after an earlier year written in the sentence
        ("大会表彰了先进。据悉，我市上一次集中表彰是在2020年，当年共表彰劳动模范186名。", "2024-05-08", []),
        ("会议表彰了先进。该市上次表彰是在2019年，同年共表彰“最美家庭”20户。", "2024-05-08", []),
        # NEGATIVE rows: the year just past on the page (this event's), honoured here, no comma, this year, 当天
        ("会议宣布了表彰决定。2024年度，全省共有258个项目获得省科学技术奖。", "2025-05-28",
         [("省科学技术奖", 258, "个", None)]),
        ("会议宣布了表彰决定。2022年度，全县共表彰优秀教师50名，会上对他们进行了表彰。", "2024-05-08",
         [("优秀教师", 50, "名", "person")]),
        ("会议表彰了先进。表彰2022年度优秀教师30名。", "2024-05-08", [("优秀教师", 30, "名", "person")]),
        ("2024年4月，我市召开劳模表彰大会，当年共表彰劳动模范186名。", "2024-05-08", [("劳动模范", 186, "名", "person")]),
        ("大会于2024年4月28日召开，当天共表彰劳动模范186名。", "2024-05-08", [("劳动模范", 186, "名", "person")]),
    ],
)
def test_earlier_year_leads(extract, body: str, published: str, expected: list) -> None:
    assert honours(extract(page(body, published))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # prize grades set up: a contest's prize scale, nothing conferred
        ("发布会上，罗志刚介绍，本届比赛设个人一等奖10名、二等奖20名、三等奖30名。", []),
        ("大赛共设金奖5个、银奖10个、铜奖15个。", []),
        ("本届书法大赛设立特等奖2名、优秀奖30名。", []),
        ("本次比赛增设团体一等奖3个。", []),
        # NEGATIVE rows: grades conferred; 设在 the venue; 设计 a word of the contest's name
        ("颁奖典礼在市体育馆举行，评出一等奖5名、二等奖10名。", [("一等奖", 5, "名", "person"), ("二等奖", 10, "名", "person")]),
        ("颁奖仪式设在市体育馆，评出一等奖5名、二等奖10名。", [("一等奖", 5, "名", "person"), ("二等奖", 10, "名", "person")]),
        ("服装设计大赛颁奖典礼举行，评出一等奖3名、二等奖6名。", [("一等奖", 3, "名", "person"), ("二等奖", 6, "名", "person")]),
    ],
)
def test_prize_grades_set_up(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("颁奖典礼举行。另有17名教育奉献奖得主接受表彰。", [("教育奉献奖", 17, "名", "person")]),
        ("颁奖典礼举行。17名青年科技奖获得者受到表彰。", [("青年科技奖", 17, "名", "person")]),
        ("颁奖典礼举行。大会表彰了12名园丁奖获得者。", [("园丁奖", 12, "名", "person")]),
        ("教育部今天上午舉行師鐸獎頒獎典禮，今年師鐸獎共有68位教師獲獎，另有17位教育奉獻獎得主一併接受表揚。",
         [("师铎奖", 68, "位", "person"), ("教育奉献奖", 17, "位", "person")]),
        # NEGATIVE rows: winners only described or present; no prize named
        ("颁奖典礼举行。3名诺贝尔奖得主出席典礼并致辞。", []),
        ("颁奖典礼举行。17名青年科技奖获得者出席典礼。", []),
        ("颁奖典礼举行。30名获奖者受到表彰。", []),
    ],
)
def test_prize_winners_commended(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("畢業典禮於7月10日下午在學校禮堂舉行。校監陳家明致歡迎辭，校長李慧珊報告校務。",
         {"陈家明": ("校监", ("致辞",)), "李慧珊": ("校长", ("作报告",))}),
        ("学校召开2024年度教职工大会。院长王明报告院务工作。", {"王明": ("院长", ("作报告",))}),
        ("学校召开全体教职工大会。校长李慧珊报告了本学年校务。", {"李慧珊": ("校长", ("作报告",))}),
        # NEGATIVE rows: 报告 of something else, or no report
        ("学校召开安全工作会议。校长李慧珊向教育局报告险情。", {}),
        ("学校召开全体教职工大会。校长李慧珊主持会议。", {"李慧珊": ("校长", ("主持",))}),
    ],
)
def test_school_affairs_report(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("本届公开赛将于11月2日至4日在市全民健身中心举行。\n\n发布会上，罗志刚介绍，本届比赛设个人一等奖10名，总奖金20万元。", []),
        ("龙舟赛将于6月在江城湖举办。\n本届龙舟赛总奖金30万元。", []),
        # NEGATIVE rows: the event told held or its money paid, money granted for it, or an event ahead of another paragraph
        # no word of prize money in the amount's clause
        ("下届大赛将于明年5月举行。\n本届大赛昨日落幕，总奖金20万元已全部发放。", [(200000.0, "CNY", "奖金")]),
        ("下届大赛将于明年5月举行。\n市体育局为大赛拨付经费20万元。", [(200000.0, "CNY", "大赛经费")]),
    ],
)
def test_prize_money_of_event_ahead_before_paragraph(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
