"""Rulings of the fourteenth review round on speakers, awards and funding (invented sentences only).

§4 (report-based 作报告): "one who speaks from the report that is the reported meeting's own business
(`县长X在政府工作报告中指出`, `在施政报告中表示` at the session that hears it) has 作报告 as well as 讲话; a document cited
(`在党的二十大报告中指出`) or another's report gives no 作报告."

§4 (workers' nouns, 老师): "`老师` after a name with only a label before it (`教师代表王芳老师`) is the title, like `教授`. A
worker's noun with its employer (`县供电公司职工`, `江城机械厂工人`) is a title, like `市税务局干部`; the noun alone is a
label. Farming descriptions (`种植大户`, `养殖户`, `家庭农场主`) are no title."

§5: "a count after a decision whose title names the honour (`根据《关于表彰2023年度优秀辅导员的决定》，12名辅导员受到表彰`)
takes the honour from the title when the counted noun is the honour's head (`优秀辅导员` × 12); a title whose honour does
not end in the counted noun, or a notice of praise (`通报表扬`), gives none."

§6: the purpose of `会议决定，将大赛总奖金提高至30万元` is the fund (`大赛总奖金`), the disposal marker 将 and the decision
before it no part of its name.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers

NPC = "3月5日，县第十八届人民代表大会第三次会议开幕。"
CITY_NPC = "1月10日，市第十六届人民代表大会第四次会议开幕。"


# -- §4: speaking from the session's own report -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (NPC + "县长王建国在政府工作报告中指出，过去一年全县经济稳中向好。", {"王建国": ("县长", ("作报告", "讲话"))}),
        (CITY_NPC + "市长李华在政府工作报告中说，今年要办好十件民生实事。", {"李华": ("市长", ("作报告", "讲话"))}),
        (CITY_NPC + "市长李华在政府工作报告中提出，今年全市地区生产总值增长6%左右。", {"李华": ("市长", ("作报告", "讲话"))}),
        (CITY_NPC + "市长李华在政府工作报告中提出了今年的主要目标。", {"李华": ("市长", ("作报告", "讲话"))}),
        ("10月16日，立法会举行会议。行政长官李家超在施政报告中表示，将加快北部都会区建设。",
         {"李家超": ("行政长官", ("作报告", "讲话"))}),
        ("10月16日，市议会举行定期大会，市长黄伟哲在施政报告中表示，将加快推动城市建设。",
         {"黄伟哲": ("市长", ("作报告", "讲话"))}),
    ],
)
def test_words_spoken_from_the_sessions_own_report(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (negatives: a party congress's report cited, a report's words cited as a thing, a report not named as the
        # session's own keep today's output)
        ("3月8日，县委召开理论学习中心组学习会。县委书记张明在会上指出，习近平总书记在党的二十大报告中指出，要坚持稳中求进。",
         {"张明": ("县委书记", ("讲话",))}),
        ("3月8日，县委召开常委会议。县委书记张明强调，要落实好在省委全会报告中提出的各项要求。", {"张明": ("县委书记", ("讲话",))}),
        (NPC + "县委书记张明在会上讲话，他说，县长王建国在政府工作报告中提出的目标任务，要坚决完成。",
         {"张明": ("县委书记", ("讲话",))}),
        (NPC + "县长王建国在报告中指出，过去一年全县经济稳中向好。", {"王建国": ("县长", ("讲话",))}),
        ("10月16日，立法会举行会议。行政长官李家超在会上表示，将加快北部都会区建设。", {"李家超": ("行政长官", ("讲话",))}),
    ],
)
def test_a_report_cited_gives_no_report(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


# -- §4: a worker's noun with its employer -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3月5日，县总工会召开劳模座谈会。县供电公司职工张建军在会上发言。", {"张建军": ("县供电公司职工", ("发言",))}),
        ("3月5日，县总工会召开劳模座谈会。县自来水公司员工刘建华在会上发言。", {"刘建华": ("县自来水公司员工", ("发言",))}),
        ("3月5日，县总工会召开劳模座谈会。县纺织厂女工陈丽萍在会上发言。", {"陈丽萍": ("县纺织厂女工", ("发言",))}),
        ("3月5日，县总工会召开劳模座谈会。江城机械厂工人李四在会上发言。", {"李四": ("江城机械厂工人", ("发言",))}),
        # the noun alone is a label
        ("3月5日，县总工会召开劳模座谈会。工人刘建华在会上发言。", {"刘建华": (None, ("发言",))}),
        ("3月5日，县总工会召开劳模座谈会。一线工人刘建华在会上发言。", {"刘建华": (None, ("发言",))}),
        # (negatives kept: an office's cadre, a label alone, farming descriptions, 老师 after a label)
        ("3月5日，县总工会召开劳模座谈会。市税务局干部王五在会上发言。", {"王五": ("市税务局干部", ("发言",))}),
        ("3月5日，县总工会召开劳模座谈会。职工张建军在会上发言。", {"张建军": (None, ("发言",))}),
        ("3月5日，县农业农村局召开座谈会。种植大户赵立新在会上发言。", {"赵立新": (None, ("发言",))}),
        ("3月5日，县农业农村局召开座谈会。养殖户钱国强在会上发言。", {"钱国强": (None, ("发言",))}),
        ("3月5日，县农业农村局召开座谈会。家庭农场主孙红梅在会上发言。", {"孙红梅": (None, ("发言",))}),
        ("3月5日，县教育局召开教师节座谈会。教师代表王芳老师在会上发言。", {"王芳": ("老师", ("发言",))}),
        ("3月5日，县教育局召开座谈会。新教师代表李丽老师作表态发言。", {"李丽": ("老师", ("发言",))}),
    ],
)
def test_a_workers_noun_with_its_employer(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


# -- §5: the honour a decision's title names ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("根据《关于表彰2023年度优秀辅导员的决定》，12名辅导员受到表彰。", [("优秀辅导员", 12, "名", "person")]),
        ("会议宣读了《关于表彰2023年度优秀辅导员的决定》，12名辅导员受到表彰。", [("优秀辅导员", 12, "名", "person")]),
        ("根据《关于表彰2023年度优秀教师的决定》，共有35名教师受到表彰。", [("优秀教师", 35, "名", "person")]),
        ("根据县委《关于表彰2023年度优秀共产党员的决定》，30名共产党员受到表彰。", [("优秀共产党员", 30, "名", "person")]),
        ("根据《关于表彰2023年度先进集体和先进个人的决定》，5个集体、20名个人受到表彰。",
         [("先进集体", 5, "个", "organization"), ("先进个人", 20, "名", "person")]),
        # (negatives: the counted noun not the honour's head, a notice of praise, a tally)
        ("根据《关于表彰2023年度优秀辅导员的决定》，12名同志受到表彰。", []),
        ("根据《关于表彰2023年度优秀辅导员的决定》，12名教师受到表彰。", []),
        ("根据《关于通报表扬2023年度优秀辅导员的通报》，12名辅导员受到通报表扬。", []),
        ("根据《关于表彰2023年度优秀辅导员的决定》，12名辅导员受到通报表扬。", []),
        ("根据《关于表彰2023年度优秀辅导员的决定》，今年以来，12名辅导员受到表彰。", []),
    ],
)
def test_an_honour_from_the_decisions_title(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


# -- §6: a fund raised by a decision -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3月5日，组委会召开会议。会议决定，将大赛总奖金提高至30万元。", [(300_000.0, "CNY", "大赛总奖金")]),
        ("会议决定将大赛奖金提高至30万元。", [(300_000.0, "CNY", "大赛奖金")]),
        ("经研究，组委会将创新大赛奖金增加到50万元。", [(500_000.0, "CNY", "创新大赛奖金")]),
        # (negatives kept: a change from a former standard, a bare fund)
        ("会议决定，将创业大赛总奖金由20万元提高至30万元。", [(300_000.0, "CNY", "创业大赛总奖金")]),
        ("会议研究决定，将专项资金增加到500万元。", [(5_000_000.0, "CNY", None)]),
    ],
)
def test_the_fund_raised_is_the_purpose(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
