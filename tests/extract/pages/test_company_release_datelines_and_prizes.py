"""Shapes of company and state-enterprise releases: a listed company's bracketed dateline opening the body
(（香港，2024年7月10日）, （2024年12月6日 香港讯）) is the publication date; a sentence opening with a year and what was
achieved in it (2023年，公司实现利润…) looks back on that year, so an undated meeting early in the next is in the next;
before or after an act (在签约前举行会谈) is a time, no venue; a prize conferred on counted projects or results
(授予“甲”等5个项目集团科技进步特等奖，15个项目一等奖); a name right after a quoted honour and before a speech act
(获奖代表、“优秀项目经理”林涛作交流发言). Invented sentences; the expected values follow corpus/GUIDELINES.md
(§2 published, §3 date and location, §4 speakers, §5 awards)."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page, speakers


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("某控股有限公司宣布签署合作协议\n（香港，2024年7月10日）某控股有限公司今日宣布，集团与某管理局签署合作协议。\n",
         "2024-07-10"),
        ("某集团举行颁奖典礼\n（2024年12月6日 香港讯）某集团昨日于会展中心举行年度颁奖典礼。\n", "2024-12-06"),
        ("某服务控股捐款支持重建\n（2024年8月2日）某服务控股有限公司宣布向灾区捐款人民币500万元。\n", "2024-08-02"),
        ("某集团举行颁奖典礼\n（2024年12月6日 香港訊）某集團昨日於會展中心舉行年度頒獎典禮。\n", "2024-12-06"),
        # the Central News Agency's dateline is still read
        ("某县举行座谈会\n（中央社记者王某台北2024年5月8日电）某县今天举行座谈会。\n", "2024-05-08"),
        # NEGATIVE: a figure's cut-off day in brackets is no dateline; a bracketed byline has no date
        ("某集团公布业绩\n（截至2024年6月30日）集团收入约为人民币213亿元。\n", None),
        ("某公司召开工作会议\n（通讯员 王磊）3月12日，某公司召开工作会议。\n", None),
    ],
)
def test_bracketed_dateline_opening_the_body(extract, text: str, published: str | None) -> None:
    got = extract(text)["published"]
    assert (got[:10] if got else None) == published


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("3月1日，某公司第八届职工代表大会第四次会议召开。杨明军主持会议。\n2023年，公司钢材产量1800万吨，实现利润总额18.6亿元。",
         "2024-03-01"),
        ("2月20日，某集团召开安全工作会议。王建军主持会议。\n2023年，集团全面完成各项生产任务，取得了良好成绩。", "2024-02-20"),
        # NEGATIVE: a target for the year is ahead, the year stays; a late meeting is in the year it reviews
        ("3月1日，某公司第八届职工代表大会第四次会议召开。杨明军主持会议。\n2024年，公司力争实现利润总额20亿元。", "2024-03-01"),
        ("11月20日，某公司召开经营分析会。杨明军主持会议。\n2024年，公司前三季度实现利润总额18.6亿元。", "2024-11-20"),
    ],
)
def test_year_achieved_is_looked_back_on(extract, body: str, date: str) -> None:
    record = extract(f"某公司召开会议\n{body}\n")
    assert record["published"] is None
    assert record["meetings"][0]["date"] == date


@pytest.mark.parametrize(
    ("body", "location"),
    [
        ("3月27日，两集团在上海签署建造合同。此前，双方董事长在签约前举行会谈。", None),
        ("3月27日，某集团董事长王建军在仪式结束后会见了客商代表。", None),
        ("3月27日，某集团董事长王建军在开幕式前会见了参会嘉宾。", None),
        # NEGATIVE: a place before 前 is a place
        ("4月5日，某公司党委在烈士纪念碑前举行祭扫仪式。", "烈士纪念碑前"),
    ],
)
def test_before_or_after_an_act_is_no_place(extract, body: str, location: str | None) -> None:
    meetings = extract(page(body))["meetings"]
    assert meetings[-1]["location"] == location


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月20日，某研究院召开科技创新大会。大会授予“高速飞行器热防护技术”等5个项目院科技进步特等奖，15个项目一等奖。",
         [("院科技进步特等奖", 5, "个", None), ("一等奖", 15, "个", None)]),
        ("6月20日，某集团召开科技大会。大会授予5个项目集团科技进步特等奖。", [("集团科技进步特等奖", 5, "个", None)]),
        ("6月20日，某集团召开科技大会。会议授予“新型材料研发”等12个项目科技进步奖。", [("科技进步奖", 12, "个", None)]),
        ("6月20日，某集团召开科技大会。会议授予12项成果集团科学技术奖。", [("集团科学技术奖", 12, "项", None)]),
        # NEGATIVE: projects that won something, no prize named; a count of project teams is of bodies
        ("6月20日，某集团召开科技大会。会上，3个项目获奖，大会还授予10个项目团队荣誉。", []),
        ("6月20日，某集团召开表彰大会。获评省级“安全文明标准化工地”的7个项目部受到表彰。",
         [("安全文明标准化工地", 7, "个", "organization")]),
    ],
)
def test_prize_conferred_on_projects(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        ("1月20日，某公司召开年度表彰大会。获奖代表、“优秀项目经理”林涛作交流发言。", "林涛", ("发言",)),
        ("1月20日，某公司召开年度表彰大会。“优秀项目经理”林涛作交流发言。", "林涛", ("发言",)),
        ("1月20日，某公司召开年度表彰大会。“最美员工”周雨晴上台发言。", "周雨晴", ("发言",)),
    ],
)
def test_name_after_a_quoted_honour(extract, body: str, name: str, roles: tuple) -> None:
    got = speakers(extract(page(body)))
    assert got[name] == (None, roles)


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: no speech act after the name; a quoted slogan before a verb is no name
        "1月20日，某公司召开年度表彰大会。“优秀项目经理”林涛等10名同志受到表彰。",
        "1月20日，某公司召开年度表彰大会。会议围绕“提质增效”作了部署。",
    ],
)
def test_quoted_honour_without_speech(extract, body: str) -> None:
    assert "林涛" not in speakers(extract(page(body)))


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        ("春节前夕，某置地华中大区党委书记刘勇走访慰问困难职工。1月30日，大区召开困难职工帮扶座谈会。", None),
        ("1月30日，分公司召开2024年安全生产工作会议。", None),
        ("1月30日，股份公司召开第三季度经营分析会。", None),
        # NEGATIVE: a named branch holds it
        ("1月30日，湘南分公司召开2024年安全生产工作会议。", "湘南分公司"),
    ],
)
def test_company_unit_by_its_bare_kind(extract, body: str, organizer: str | None) -> None:
    assert extract(page(body))["meetings"][-1]["organizer"] == organizer


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        ("某集團新聞稿\n（香港，2024年5月8日）本集團今日於香港會議展覽中心舉行年度傑出員工嘉許禮。\n", None),
        ("某公司新闻\n2024-05-08 来源：某网\n5月7日，我公司召开2024年安全生产工作会议。\n", None),
        # NEGATIVE: the company named holds it
        ("某公司新闻\n2024-05-08 来源：某网\n5月7日，南江建工集团召开2024年安全生产工作会议。\n", "南江建工集团"),
    ],
)
def test_company_writing_of_itself(extract, text: str, organizer: str | None) -> None:
    assert extract(text)["meetings"][0]["organizer"] == organizer


@pytest.mark.parametrize(
    ("body", "name", "organizer"),
    [
        ("5月7日，江汉能源集团党委理论学习中心组（扩大）学习会召开，集团党委书记、董事长王伟主持。",
         "理论学习中心组（扩大）学习会", "江汉能源集团党委"),
        ("5月7日，市政府党组理论学习中心组专题学习会在市政府会议室举行。", "理论学习中心组专题学习会", "市政府党组"),
        ("5月7日，南江建工股份有限公司党委理论学习中心组2024年第三次集中学习会召开。",
         "理论学习中心组2024年第三次集中学习会", "南江建工股份有限公司党委"),
        # NEGATIVE: no body written before the study group
        ("5月7日，理论学习中心组专题学习会在县委党校举行。", "理论学习中心组专题学习会", None),
    ],
)
def test_study_group_of_a_party_committee(extract, body: str, name: str, organizer: str | None) -> None:
    meeting = extract(page(body))["meetings"][0]
    assert (meeting["name"], meeting["organizer"]) == (name, organizer)
