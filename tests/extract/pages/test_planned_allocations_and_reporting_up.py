"""Funding, speaker and award shapes of the fourteenth review round, each read against its guideline section.

- Funding (GUIDELINES §6): an allocation told with 计划/准备 before its verb (今年区财政计划安排一亿元) is only intended,
  like 拟安排 ("`下一步`/`今后`/`计划`/`拟` make it only intended"); what one may apply for (可申请一次性创业补贴五千元)
  is a scheme's standard ("A scheme's usual amount … is a rule of the scheme: no record"). Both gave a record.
- Speakers (§4): an officer who 报告了…情况/状况 at the meeting gives a report (作报告, like 汇报了…情况); one who reports
  up the line (向上级报告) does not. 报告了全县治安状况 gave no role.
- Meetings (§3 fourteenth review round): 县府/縣府 as the subject is the one county government the page names; a place
  before its own 党委会议 is that place's party committee (安乐镇召开党委会议 → 安乐镇党委).
- Awards (§5 fourteenth review round): winners counted after a prize named just before (…设立杰出教师奖，选出二十四名
  得奖者) are that prize's count; a quoted title conferred on counted people (二十五名委员被评为“优秀履职委员”) already
  gave its record and is pinned here, next to the grades that must give none.

All sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page, speakers

# --- funding ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "今年区财政计划安排一亿元，用于老旧小区改造。",
        "今年，市财政计划安排资金5000万元用于农村公路建设。",
        "区里今年准备安排专项资金2000万元，用于养老服务。",
        "县政府打算拨付补助资金300万元，支持乡村学校建设。",
        "符合条件的高校毕业生可申请一次性创业补贴五千元。",
        "首次创业的返乡人员可申请创业补贴1万元。",
        "入驻孵化基地的企业可以申请场租补贴3万元。",
        "退役军人自主创业的，可申领一次性创业扶持资金2万元。",
    ],
)
def test_planned_allocation_or_amount_one_may_apply_for_is_no_funding(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an allocation told as done or announced as the body's own
        ("今年区财政安排资金1亿元，用于老旧小区改造。", [(100000000.0, "CNY", "老旧小区改造")]),
        ("县财政今年将安排资金800万元，用于教育。", [(8000000.0, "CNY", "教育")]),
        # a decision reported (§6: 会议决定拟安排… is a decision)
        ("会议决定今年计划安排资金3000万元用于河道治理。", [(30000000.0, "CNY", "河道治理")]),
        # on schedule, or a plan document that allocates
        ("县财政按计划安排资金800万元，用于教育。", [(8000000.0, "CNY", "教育")]),
        ("省发改委下达年度投资计划安排中央资金2亿元用于水利建设。", [(200000000.0, "CNY", "水利建设")]),
        # a scheme named as a noun before money granted to it (计划 no verb of planning)
        ("邓某表示，三项计划合共涉及拨款约2.43亿元，预计惠及约4.6万名基层市民。", [(243000000.0, "CNY", "三项计划合共涉及拨款")]),
        ("她指出，政府已透过“建造业安全提升资助计划”拨款2亿元，资助中小型承建商购置设备。",
         [(200000000.0, "CNY", "资助中小型承建商购置设备")]),
        # money obtained, and a share each recipient may get (the tuning gold's 可获得, §6 eleventh round)
        ("今年已有32名毕业生申请到一次性创业补贴共16万元。", [(160000.0, "CNY", "一次性创业补贴")]),
        ("张某已申请到创业补贴5000元。", [(5000.0, "CNY", "创业补贴")]),
        ("每名受助学生每年可获得3000元资助。", [(3000.0, "CNY", None)]),
    ],
)
def test_allocations_done_and_money_obtained_keep_their_record(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


# --- speakers --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("5月6日，县议会召开定期大会。警察局长许世宗报告了全县治安状况，议员们进行了质询。", "许世宗", "警察局长"),
        ("5月6日，区里召开安全生产工作会议，应急管理局局长李国华报告了近期安全检查情况。", "李国华", "应急管理局局长"),
        ("5月6日，县议会召开定期大会。会上，卫生局长林美华报告了登革热防治情形。", "林美华", "卫生局长"),
        ("5月6日，市政府召开常务会议。财政局长王建明报告了一季度财政收支情况。", "王建明", "财政局长"),
    ],
)
def test_reporting_a_state_of_affairs_at_the_meeting_is_a_report(extract, body: str, name: str, title: str) -> None:
    assert speakers(extract(page(body)))[name] == (title, ("作报告",))


@pytest.mark.parametrize(
    "body",
    [
        # reported up the line, no talk given at the meeting
        "5月6日，县里召开防汛会议。水利局局长陈志强向县长报告了水库水位情况。",
        "5月6日，县里召开防汛会议。据悉，水利局局长陈志强已向上级报告了灾情。",
        # reported to a touring leader, no meeting framing it (§4 twelfth round)
        "市长来我县调研。县长王建国报告了全县经济运行情况。",
    ],
)
def test_reporting_up_the_line_or_on_a_tour_is_no_report(extract, body: str) -> None:
    assert all("作报告" not in roles for _, roles in speakers(extract(page(body))).values())


# --- meetings --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("宜兰县政府今年推动多项建设。\n5月6日，县府召开防汛整备会议，检讨各乡镇抽水站整备情形。",
         ("防汛整备会议", "2024-05-06", "宜兰县政府")),
        ("宜兰县政府持续推动长照服务。5月6日，縣府召開長照推動會議，邀集各機構代表出席。",
         ("长照推动会议", "2024-05-06", "宜兰县政府")),
        ("花莲县政府近日表示，5月6日县府举行防灾演练协调会议，各局处首长出席。",
         ("防灾演练协调会议", "2024-05-06", "花莲县政府")),
        ("5月6日，县府召开防汛整备会议。会后，宜兰县政府发布新闻稿。",
         ("防汛整备会议", "2024-05-06", "宜兰县政府")),
        # none or two county governments named: kept as written
        ("宜兰县政府与花莲县政府合作。5月6日，县府召开跨县合作会议。", ("跨县合作会议", "2024-05-06", "县府")),
        ("5月6日，县府召开防汛整备会议。", ("防汛整备会议", "2024-05-06", "县府")),
        # a county named with no government after it
        ("宜兰县长林某表示，5月6日县府召开防汛整备会议。", ("防汛整备会议", "2024-05-06", "县府")),
    ],
)
def test_county_government_written_short_is_the_one_the_page_names(extract, body: str, expected: tuple) -> None:
    assert held(extract(page(body)))[0] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，安乐镇召开党委会议，传达学习上级会议精神。", ("党委会议", "2024-05-06", "安乐镇党委")),
        ("5月6日，白沙镇召开党委扩大会议，研究部署下一阶段工作。", ("党委扩大会议", "2024-05-06", "白沙镇党委")),
        ("5月6日，安乐镇召开镇党委会议，传达学习上级会议精神。", ("镇党委会议", "2024-05-06", "安乐镇党委")),
        # a meeting of the place that is no party committee's session keeps the place
        ("5月6日，安乐镇召开全镇干部大会，部署春耕工作。", ("全镇干部大会", "2024-05-06", "安乐镇")),
        # re-pinned by the fifteenth review round (GUIDELINES §3): "A place as the subject before a meeting name that
        # opens with a body (`安乐镇召开党委理论学习中心组学习会议`) gives that body under the place as organizer
        # (`安乐镇党委`), like `镇党委会议`."
        ("5月6日，安乐镇召开党委理论学习中心组学习会议。", ("党委理论学习中心组学习会议", "2024-05-06", "安乐镇党委")),
    ],
)
def test_place_before_its_own_party_committee_session(extract, body: str, expected: tuple) -> None:
    assert held(extract(page(body)))[0] == expected


# --- awards ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("为鼓励教师潜心育人，学校今年设立杰出教师奖，选出二十四名得奖者。", [("杰出教师奖", 24, "名", "person")]),
        ("市教育局设立“乡村教育贡献奖”，评出十五名获奖者。", [("乡村教育贡献奖", 15, "名", "person")]),
        ("学校设立“杰出教师奖”，今年评出十位得奖者。", [("杰出教师奖", 10, "位", "person")]),
        ("5月6日，区政协召开全会，二十五名委员被评为“优秀履职委员”。", [("优秀履职委员", 25, "名", "person")]),
        ("经综合考评，二十五名委员被评为“优秀履职委员”，十名委员被评为“履职积极分子”。",
         [("优秀履职委员", 25, "名", "person"), ("履职积极分子", 10, "名", "person")]),
    ],
)
def test_winners_of_a_prize_named_before_and_quoted_titles_are_awards(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # appraisal grades
        "全县年度考核中，二十名干部考核优秀。",
        "今年有十五名教师被评为优秀等次。",
        "二十五名委员被评为优秀。",
        # no prize's winners counted
        "学校今年设立杰出教师奖。大会选出二十四名代表。",
        "大会选出二十四名代表参加市里的会议。",
        "公司设立年度创新奖，选出二十四名员工参加培训。",
        # a tally since the prize was set up, or winners of another period
        "区里设立青年创新奖以来，累计评出获奖者一百二十名。",
        "区文联去年设立青年文艺奖，共评出获奖者十二名。",
    ],
)
def test_grades_and_counts_of_no_prize_are_no_awards(extract, body: str) -> None:
    assert honours(extract(page(body))) == []
