"""fxg: wrong firings that code review cr8 proved in rules merged after 32a9a8c (awards, funding, speakers).

- Works or projects after a quoted prize (“江南文华奖”作品15部) are its winners only after a conferring verb in their
  clause; applied for, put forward, shortlisted or nominated (申报, 推荐, 入选, 参评, 候选, 提名, 公示) they won nothing;
  得奖作品 names no prize; the works counted are neither persons nor bodies (recipient kind null, §5).
- A bare 甲等/乙等/优等 is a Taiwan prize grade only in a Taiwan text or beside a prize's context; after a rating word
  (等级, 评估, 评审结果) it is an evaluation's grade, no award (§5).
- A quoted slogan written right after a quoted honour (“优秀志愿者”“奉献、友爱、互助、进步”) is not joined to it.
- Funding (§6): a bureau's grant (县财政局投入…) is no sector's yearly statistic, nor is a sector's money put to a use
  (…投入3000万元支持20个项目) or spent on a day; money paid by a plan (按年度计划发放) is paid, not intended; a champion's
  prize money a body gives (给予/发放冠军奖金) is paid, no standard; 将于明年 is an intention only with the investing verb
  right after it (not 将于明年通车的大桥累计投入…); projects counted as applied for or refused name no purpose.
- Speakers (§4): 授衔/授勋 as a topic (授衔工作情况, 授衔命令, 授衔晋升工作) confers nothing (no 颁奖).

The sentences are cr8's invented rows (cr8_sentences.txt a1, a2, a3, f1–f4, s1, s2) plus invented variants."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月8日，市文化局举行颁奖典礼，评出“江南文华奖”作品15部。", [("江南文华奖", 15, "部", None)]),
        ("6月3日，市文联举行颁奖晚会，授予“金凤凰奖”作品12部。", [("金凤凰奖", 12, "部", None)]),
        ("6月3日，省政府召开科技大会，表彰“科技创新奖”成果8项。", [("科技创新奖", 8, "项", None)]),
        # projects counted after the prize: neither persons nor bodies
        ("5月8日，县政府召开表彰大会，评出科技进步奖项目20个。", [("科技进步奖", 20, "个", None)]),
        ("5月8日，市科技局举行颁奖大会，为获得“科技进步奖”的20个项目颁奖。", [("科技进步奖", 20, "个", None)]),
        # NEGATIVE: applied for, put forward, shortlisted, nominated, reported on
        ("5月8日，县科技局召开会议，组织申报“科技进步奖”项目20个。", []),
        ("5月8日，县文联召开会议，推荐“五个一工程奖”作品10部参评。", []),
        ("5月8日，省作协召开会议，全省入选“鲁迅文学奖”作品10部。", []),
        ("5月8日，省科技厅召开会议，通报了“科技进步奖”项目20个的推荐情况。", []),
        ("6月3日，县教育局召开会议，推荐“教学成果奖”成果15项参评省级评选。", []),
        ("6月3日，市科技局召开会议，集中申报“青年科技奖”项目12个。", []),
        ("6月3日，区文联召开会议，候选“文艺精品奖”作品9部名单已公示。", []),
        ("5月8日，市文联召开会议，本届“五个一工程奖”参评作品共120部。", []),
        ("5月8日，市科协召开会议，公示“科技进步奖”候选项目30个。", []),
        ("5月8日，市文联召开会议，历届“飞天奖”作品已有300部在此展映。", []),
        # NEGATIVE: the works that won, no prize named
        ("5月8日，县文联举行颁奖仪式，评出得奖作品30件。", []),
        ("6月3日，县文联举行颁奖仪式，评出获奖作品30件。", []),
    ],
)
def test_prize_works_need_a_conferring_verb(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月3日，台北市政府举行学生美展颁奖典礼，评出特优32件、优等15件。", [("特优", 32, "件", None), ("优等", 15, "件", None)]),
        # NEGATIVE: mainland ratings of hospitals, schools, canteens
        ("县卫健委召开会议，通报全县医院等级评审结果，评出甲等医院5家、乙等8家。", []),
        ("县卫健委召开会议，通报评审结果：全县卫生院中，甲等5家、乙等8家。", []),
        ("县教育局召开会议，通报办学水平督导评估结果，评出优等20所、合格30所。", []),
        ("6月3日，县教育局召开会议，通报食堂等级验收结果，评出甲等食堂12家。", []),
    ],
)
def test_bare_grades_only_as_prizes(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("大会表彰了100名“优秀志愿者”“奉献、友爱、互助、进步”。", [("优秀志愿者", 100, "名", "person")]),
        ("6月3日，县委召开大会，表彰了50名“优秀党员”“不忘初心、牢记使命”。", [("优秀党员", 50, "名", "person")]),
        # NEGATIVE: two honours side by side stay joined
        ("会议为荣获“十佳医生”“最美逆行者”的20名医护人员颁奖。", [("十佳医生、最美逆行者", 20, "名", "person")]),
        ("6月3日，县卫健局召开大会，对30名“最美护士”“最美医生”进行了表彰。", [("最美护士、最美医生", 30, "名", "person")]),
    ],
)
def test_unjoined_quote_joins_only_as_an_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月8日，县财政局投入300万元，为全县中小学更新课桌椅，受益学生同比增加3000人。", [(3000000.0, "CNY", None)]),
        ("5月8日，市财政科技投入3000万元支持20个项目，占全市项目总数的一半。", [(30000000.0, "CNY", "支持20个项目")]),
        ("6月3日，市财政厅投入500万元，帮助受灾农户恢复生产，受益农户同比增加1200户。",
         [(5000000.0, "CNY", "帮助受灾农户恢复生产")]),
        ("5月8日，县财政局投入资金300万元用于农村道路建设，比去年增长20%。", [(3000000.0, "CNY", "农村道路建设")]),
        # NEGATIVE: a year's spending on a sector stays a statistic
        ("今年以来，市财政教育投入达32.5亿元，同比增长6%。", []),
        ("去年全市财政教育投入达28亿元，同比增长5%。", []),
    ],
)
def test_sector_spending_is_no_bureau_grant(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月8日，县教育局按年度计划发放助学金300万元。", [(3000000.0, "CNY", "助学金")]),
        ("5月8日，县民政局根据工作计划发放慰问金50万元。", [(500000.0, "CNY", "慰问金")]),
        ("6月3日，县人社局按照既定计划发放就业补贴80万元。", [(800000.0, "CNY", "就业补贴")]),
        # NEGATIVE: a plan of its own is intended money
        ("县教育局计划发放助学金300万元。", []),
    ],
)
def test_paid_by_plan_is_paid(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月8日，省政府召开表彰大会，给予奥运冠军奖金100万元。", [(1000000.0, "CNY", "奥运冠军奖金")]),
        ("5月8日，县体育局向冠军队发放冠军奖金8万元。", [(80000.0, "CNY", "冠军奖金")]),
        ("6月3日，市体育局为全运会冠军兑现冠军奖金50万元。", [(500000.0, "CNY", "冠军奖金")]),
        ("比赛结束后，组委会当场为冠军队颁发奖金8万元。", [(80000.0, "CNY", "奖金")]),
        # NEGATIVE: the contest's standard
        ("本次比赛冠军队可获得奖金8万元。", []),
        ("本次大赛冠军奖金为10万元。", []),
    ],
)
def test_champion_prize_money_given_is_paid(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "amounts"),
    [
        ("将于明年通车的江城大桥累计投入资金8亿元。", [800000000.0]),
        ("5月8日，将于明年举办的省运会场馆建设投入资金2亿元。", [200000000.0]),
        ("将于明年投用的县医院新院区投资5亿元。", [500000000.0]),
        ("将于明年竣工的体育中心已投入资金3亿元。", [300000000.0]),
        # NEGATIVE: the investing verb right after the year: intended
        ("县财政将于明年投入资金500万元。", []),
        ("市政府将在来年继续投入资金2000万元。", []),
    ],
)
def test_next_year_of_another_act_keeps_money(extract, body: str, amounts: list) -> None:
    assert [g[0] for g in grants(extract(page(body)))] == amounts


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月8日，县科技局召开会议，今年共申报科技项目50个，资助资金3000万元。", [(30000000.0, "CNY", "资助资金")]),
        ("5月8日，县财政局召开会议，全年共否决不合规项目12个，补助资金3000万元已全部下达。", [(30000000.0, "CNY", None)]),
        ("6月3日，县发改委召开会议，累计退回不合规项目8个，补助资金500万元已拨付到位。", [(5000000.0, "CNY", None)]),
        # NEGATIVE: the projects' own kind
        ("其中，产业升级项目20个，资助资金3000万元。", [(30000000.0, "CNY", "产业升级项目")]),
        ("其中，乡村振兴项目15个，补助资金共计1200万元。", [(12000000.0, "CNY", "乡村振兴项目")]),
    ],
)
def test_projects_applied_for_or_refused_name_no_purpose(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月8日，市公安局召开会议，王强介绍了授衔工作情况。", {"王强": (None, ("讲话",))}),
        ("5月8日，市公安局召开会议，王强介绍了授勋工作情况。", {"王强": (None, ("讲话",))}),
        ("5月8日，市公安局召开会议，王强通报了今年民警授衔晋升工作。", {}),
        ("5月8日，市公安局举行授衔仪式，政委李明宣读授衔命令，局长王强为民警佩戴警衔。", {"李明": ("政委", ("宣读",))}),
        # (a medal pinned on those honoured is conferring, 颁奖: fxai, release review G11)
        ("5月8日，市公安局召开会议，政委李明宣读授勋命令，局长王强为民警佩戴勋章。",
         {"李明": ("政委", ("宣读",)), "王强": ("局长", ("颁奖",))}),
        ("6月3日，市消防救援支队召开会议，支队长李军部署了今年授衔名单审核工作。", {"李军": ("支队长", ("讲话",))}),
        # NEGATIVE: the conferring act of the one named
        ("5月8日，市公安局举行晋升警衔授衔仪式，局长王强为新晋升警衔的20名民警授衔并讲话。", {"王强": ("局长", ("颁奖", "讲话"))}),
        ("6月3日，武警支队举行授衔仪式，支队长李军为新晋升的士官授衔。", {"李军": ("支队长", ("颁奖",))}),
    ],
)
def test_rank_conferment_as_a_topic_confers_nothing(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected
