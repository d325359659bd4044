"""Courts, procuratorates and justice bureaus: a trial or a mediation presided by a judge (审判长王某依法
主持庭审) is a court's proceeding, no meeting chaired, so no 主持 and no host (GUIDELINES §3, §4); a congress standing
committee's office whose name holds 代表 (县人大常委会人事代表工作委员会主任, 代表资格审查委员会) is part of the title
chain, not a representative label glued to it (§4); a rate per sitting, visit or case (按每人每次参审100元的标准发放补助,
每人次补贴50元) is a standing rate like one per month or day, no amount granted (§6, eleventh round); a year whose work a
meeting reports on as a whole (举行新闻发布会，通报2024年全市…工作情况) on a page with no date is the year looked back on, the
meeting early in the next (§3 `date`, tenth review round). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page, speakers


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("4月3日上午，县法院邀请人大代表观摩庭审。庭审中，审判长、县法院民一庭庭长周志强依法主持庭审，双方举证质证。"
         "庭审结束后，县法院随即召开座谈会。", "周志强"),
        ("5月6日，区法院邀请政协委员旁听庭审。庭审中，审判员赵新宇主持调解，双方当庭达成还款协议。随后召开座谈会，院长李强讲话。",
         "赵新宇"),
        ("5月6日上午，区法院审判员孙晓梅主持开庭，审理一起劳动争议案件。庭后，区法院召开座谈会。", "孙晓梅"),
    ],
)
def test_trial_presided_is_no_chair(extract, body, name):
    record = extract(page(body))
    assert "主持" not in speakers(record).get(name, (None, ()))[1]
    assert all((m["host"] or {}).get("name") != name for m in record["meetings"])


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        # NEGATIVE: the committee's sitting, a meeting chaired
        ("1月9日下午，市中级人民法院召开审判委员会会议。院长郑国华主持会议并讲话。", "郑国华", ("主持", "讲话")),
        ("5月6日，县法院召开审判委员会会议，院长王海主持审判委员会会议。", "王海", ("主持",)),
        ("5月6日，县法院召开座谈会，副院长刘强主持座谈会。", "刘强", ("主持",)),
    ],
)
def test_meeting_chaired_in_a_court_keeps_the_chair(extract, body, name, roles):
    assert speakers(extract(page(body)))[name][1] == roles


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("5月6日，县法院召开大会。县人大常委会人事代表工作委员会主任段明宣读了任命决定。", "段明",
         "县人大常委会人事代表工作委员会主任"),
        ("5月6日，市人大常委会召开会议。市人大常委会代表资格审查委员会主任委员刘华作报告。", "刘华",
         "市人大常委会代表资格审查委员会主任委员"),
        ("5月6日，区人大常委会召开座谈会。区人大常委会代表工委主任陈静主持会议。", "陈静", "区人大常委会代表工委主任"),
        # NEGATIVE: a representative label glued to the chain is still dropped
        ("5月6日，县法院召开座谈会。共建单位代表市第二医院党委副书记李强发言。", "李强", "市第二医院党委副书记"),
    ],
)
def test_body_named_with_daibiao_stays_in_the_title(extract, body, name, title):
    assert speakers(extract(page(body)))[name][0] == title


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县财政按照每人每次参审100元的标准发放参审补助。", []),
        ("对参加培训的人员每人次补贴50元。", []),
        ("对每案补贴律师办案经费300元。", []),
        # NEGATIVE: a share per recipient counted, a sum paid, and 每次 far from the amount stay records
        ("为30名人民陪审员每人发放补贴500元。", [(500.0, "CNY")]),
        ("今年以来，县财政共发放人民陪审员参审补助12.6万元。", [(126000.0, "CNY")]),
        ("每次活动结束后，县财政为社区拨付经费5万元。", [(50000.0, "CNY")]),
    ],
)
def test_rate_per_sitting_is_no_grant(extract, body, expected):
    assert [(a, c) for a, c, _ in grants(extract(page(body)))] == expected


def _undated(body: str) -> str:
    return f"标题\n本报讯\n{body}\n"


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("3月5日上午，东阳市司法局在市政府新闻中心举行新闻发布会，通报2024年全市行政复议工作情况。", "2025-03-05"),
        ("2月20日，县法院召开全院干警大会，总结2023年审判执行工作情况。", "2024-02-20"),
        ("4月8日，区检察院召开新闻发布会，回顾2022年全区检察工作。", "2023-04-08"),
        # NEGATIVE: a part of the year reported (a quarter, a month, a half) is the current year's
        ("4月8日，区检察院召开新闻发布会，通报2024年第一季度全区检察工作情况。", "2024-04-08"),
        ("3月5日，县法院召开新闻发布会，通报2024年1月至2月执行工作情况。", "2024-03-05"),
        ("9月8日，区法院召开新闻发布会，通报2024年全区审判工作情况。", "2024-09-08"),
    ],
)
def test_year_reported_on_as_a_whole(extract, body, date):
    assert [m["date"] for m in extract(_undated(body))["meetings"]][:1] == [date]
