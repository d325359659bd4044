"""The a2mr precision audit of newspaper text: meetings told that were never held as one meeting (GUIDELINES §3).

Classes: a fair or carnival whose name ends in 会 (嘉年华会, 赶集大会: §3 "Not meetings either: exhibitions, trade fairs,
shows, festivals"); talks planned in a clause before that opens on 定于/将于 and goes on 同…举行会谈 (§3 planned or
future events); a habit told with 每年都 in the clause before the verb of holding (§3 habitual ones); a lawyer's visit
to a suspect or a call a provision prescribes or allows (应当…安排会见; §3 "that the article reports as having taken
place", meetings wished for or proposed); one body and 各… that 都 held the same kind of event (§3 eleventh round: a
series held by several bodies). Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    # positive: a carnival or a job fair told as a market day, no meeting
    ("江城市文化局今天在滨江公园等5个地区举办“欢乐迎新春”嘉年华会。", []),
    ("南江区体育局昨天在中心广场举行“健康新年”嘉年华会。", []),
    ("江城市劳动局今天在青少年宫举办“第三次再就业赶集大会”。", []),
    ("在赶集会现场，副市长王强说，再就业是项系统工程。", []),
    ("北江县今天举办春季人才赶集会。", []),
    # near miss: a meeting of the same bodies, held
    ("江城市文化局今天在滨江公园举行迎新春座谈会。", ["迎新春座谈会"]),
    ("江城市劳动局今天召开再就业工作会议。", ["再就业工作会议"]),
])
def test_fair_ending_in_hui(extract, body, expected):
    assert _names(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: the plan in the clause before, the talks with a party after
    ("总理府三日晚宣布，总理定于五月二十日赴东京，同日本首相就双边关系问题举行会谈。", []),
    ("外交部宣布，外长将于下月十日访问开罗，与埃及外长就地区局势举行会谈。", []),
    ("总统府宣布，总统定于6月3日前往柏林，跟德国总理举行会谈。", []),
    ("据悉，国防部长拟于本月底访华，同中方就军事合作举行会谈。", []),
    # near miss: the talks told held, the arrival done
    ("总理五月二十日抵达东京，同日本首相就双边关系问题举行了会谈。", ["会谈"]),
    ("外长今天抵达开罗，同时举行记者招待会。", ["记者招待会"]),
])
def test_planned_talks_with_party(extract, body, expected):
    assert _names(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: a habit word with 都 in the clause before
    ("各级党委每年都把廉政工作列为重要议程，召开部署廉政工作的会议。", []),
    ("各区政府每季度都对安全生产进行检查，召开安全形势分析会。", []),
    ("各学校每月都安排家访，举行家长座谈会。", []),
    ("县委定期都听取汇报，召开专题会议。", []),
    # near miss: no habit, one meeting held
    ("县委今天听取了廉政工作汇报，召开部署廉政工作的会议。", ["部署廉政工作的会议"]),
    ("县委每年都重视廉政工作。今天，县委召开廉政工作会议。", ["廉政工作会议"]),
])
def test_habit_in_clause_before(extract, body, expected):
    assert _names(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: a provision on lawyers meeting suspects, or a call asked for
    ("律师提出会见犯罪嫌疑人的，应当在四十八小时内安排会见。", []),
    ("辩护人会见在押的犯罪嫌疑人时，检察院不派员在场。", []),
    ("辩护律师可以到法院查阅材料，同被告人会见、通信。", []),
    ("律师会见了在押的被告人。", []),
    ("该国总统申请会见联合国秘书长。", []),
    # near miss: a call held by an official
    ("市长王强今天在市政府会见了江城大学代表团一行。", ["会见"]),
    ("外长昨天会见了来访的法国外长。", ["会见"]),
])
def test_call_in_provision(extract, body, expected):
    assert _names(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: one body and 各… that each held, no day
    ("我驻法使馆和各领事馆都已举行了盛大庆祝招待会。", []),
    ("市政府和各区政府都举行了新春团拜会。", []),
    ("省总工会和各市总工会分别召开了表彰大会。", []),
    ("县委和各乡镇党委均已召开民主生活会。", []),
    # near miss: one body holding, or bodies joined without 各
    ("我驻法使馆今天举行了盛大庆祝招待会。", ["盛大庆祝招待会"]),
    ("市政府和市政协今天举行了新春团拜会。", ["新春团拜会"]),
])
def test_each_body_held(extract, body, expected):
    assert _names(extract(page(body))) == expected
