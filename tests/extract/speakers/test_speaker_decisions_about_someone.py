"""Speaker phrasings of invented pages: the one a decision read out is about
(宣布了…关于王刚同志任职的决定，并讲话), several people after one 主持人 label, two title-led people set off by a
comma when a descriptor ends the first chain (县人大代表、致富带头人甲，…乙), Hong Kong and Macau report verbs
(作簡報, 講解 at a lecture, 主禮), a short byline under a speech headline (校长 王立群) beside page credits
(责任编辑 王立群), and a Japanese place read as a family name (日本石川县知事).  Near misses that must not change
are listed with them.  All sentences are invented; the expected values follow corpus/GUIDELINES.md §4."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the announcer reads the decision out and speaks; the appointee takes no role (§4 宣读, 讲话)
        ("5月6日，全县领导干部会议召开。会上，县委组织部副部长张伟宣布了市委关于王刚同志任职的决定，并讲话。",
         {"张伟": ("县委组织部副部长", ("宣读", "讲话"))}),
        ("5月6日，区委召开干部大会。市委组织部副部长李强宣读了关于赵明同志任区委书记的决定，并讲话。",
         {"李强": ("市委组织部副部长", ("宣读", "讲话"))}),
        # ... unless the appointee speaks later himself
        ("5月6日，区委召开干部大会。市委组织部副部长李强宣读了市委关于王刚、赵明同志职务任免的决定。王刚作表态发言。",
         {"李强": ("市委组织部副部长", ("宣读",)), "王刚": (None, ("发言",))}),
        # near miss: one who speaks after the decision is named as subject is a speaker as before
        ("5月6日，会议召开。区委书记张伟宣布任职决定并讲话。", {"张伟": ("区委书记", ("宣读", "讲话"))}),
    ],
)
def test_the_one_a_decision_is_about(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # every host listed after one label chairs (§4: 主持人 labels the event's host)
        ("5月6日，晚会在县体育馆举行。晚会主持人王丽、张强以精彩的串词引领全场。",
         {"王丽": (None, ("主持",)), "张强": (None, ("主持",))}),
        # an opening declared by the hosts together is 讲话 of each (§4 宣布开幕)
        ("5月6日，颁奖典礼在市文化中心举行。主持人李娜、赵鹏宣布典礼开始。",
         {"李娜": (None, ("主持", "讲话")), "赵鹏": (None, ("主持", "讲话"))}),
        ("5月6日，大会召开。主持人：李娜、赵鹏。", {"李娜": (None, ("主持",)), "赵鹏": (None, ("主持",))}),
        # near miss: presenters described, not the event's hosts
        ("5月6日，晚会举行。著名主持人李娜、赵鹏出席。", {}),
    ],
)
def test_hosts_listed_after_one_label(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a descriptor ending a chain is no post (§4); both people of the comma-set list speak
        ("5月6日，县人大代表座谈会召开。县人大代表、致富带头人黄大山，县人大代表、非遗传承人罗玉兰在会上发言。",
         {"黄大山": ("县人大代表", ("发言",)), "罗玉兰": ("县人大代表", ("发言",))}),
        ("5月6日，座谈会召开。县人大代表、种植大户刘强，村党支部书记陈华先后发言。",
         {"刘强": ("县人大代表", ("发言",)), "陈华": ("村党支部书记", ("发言",))}),
        # near miss: two plain chains, read as before
        ("5月6日，座谈会召开。镇党委书记刘明，村党支部书记陈华在会上发言。",
         {"刘明": ("镇党委书记", ("发言",)), "陈华": ("村党支部书记", ("发言",))}),
    ],
)
def test_comma_set_chains_ending_in_a_descriptor(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a briefing given (作簡報) and a lecture explained at a 講座 are 作报告 (§4)
        ("5月6日，研討會在香港舉行。會上由處長陳志明作簡報，介紹了最新進展。", {"陈志明": ("处长", ("作报告",))}),
        ("5月6日，研討會在香港舉行。林志強教授進行專題報告，分享研究成果。", {"林志强": ("教授", ("作报告",))}),
        ("5月6日，講座在澳門舉行，由院長黃國華講解新法規的要點。", {"黄国华": ("院长", ("作报告",))}),
        # near misses: explaining on a visit or at a press conference is no lecture
        ("5月6日，调研组来到企业。企业负责人王强讲解了生产流程。", {}),
        ("5月6日，参观团来到展馆。讲解员李娜为大家讲解了展馆历史。", {}),
        # 主禮 confers the awards at a prize-giving (颁奖); officiating alone at an opening is no role of §4
        ("5月6日，頒獎典禮在香港舉行。主禮嘉賓政務司司長陳國基頒發獎項予得獎者。", {"陈国基": ("政务司司长", ("颁奖",))}),
        ("5月6日，開幕典禮在香港舉行，由政務司司長陳國基主禮。", {}),
        ("5月6日，開幕典禮在澳門舉行。主禮嘉賓包括行政法務司司長張永春。", {}),
    ],
)
def test_hong_kong_and_macau_report_verbs(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，全市组织工作会议召开。县委书记周军作交流发言。", {"周军": ("县委书记", ("发言",))}),
        ("5月6日，全市组织工作会议召开。县委书记周军作典型发言。", {"周军": ("县委书记", ("发言",))}),
        ("5月6日，主题教育动员会召开。县委书记周军作动员讲话。", {"周军": ("县委书记", ("讲话",))}),
        ("5月6日，培训班开班。县委常委、组织部部长孙丽作开班动员。", {"孙丽": ("县委常委、组织部部长", ("讲话",))}),
        ("5月6日，述职评议会召开。市委书记周军对各位书记的述职逐一点评。", {"周军": ("市委书记", ("点评",))}),
        ("5月6日，述职评议会召开。各镇党委书记作述职报告。镇党委书记何平作述职报告。", {"何平": ("镇党委书记", ("述职",))}),
        ("5月6日，表彰大会召开。县长李明现场为获奖者颁奖。", {"李明": ("县长", ("颁奖",))}),
        ("5月6日，表彰大会召开。县委副书记吴刚宣读表彰决定。", {"吴刚": ("县委副书记", ("宣读",))}),
        ("5月6日，理论学习中心组学习会召开。县委副书记吴刚领学《条例》。", {"吴刚": ("县委副书记", ("宣读",))}),
        ("5月6日，培训班开班。省委党校教授郑华作专题辅导。", {"郑华": ("省委党校教授", ("作报告",))}),
    ],
)
def test_common_role_phrasings_stay_read(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short post and name under a speech headline: the speaker of the speech printed (§4)
        ("在2024届毕业典礼上的讲话\n校长 王立群\n2024-06-20 来源：某大学新闻网\n亲爱的同学们：今天，我们在这里隆重举行2024届毕业典礼。\n",
         {"王立群": ("校长", ("讲话",))}),
        ("在2024届毕业典礼上的致辞\n院长 王立群\n2024-06-20 来源：某学院\n亲爱的同学们：今天，我们在这里隆重举行2024届毕业典礼。\n",
         {"王立群": ("院长", ("致辞",))}),
        ("在全县经济工作会议上的讲话\n县委书记 陈建国\n2024-01-10 来源：某县融媒体中心\n同志们：这次会议的主要任务是总结去年工作，部署今年任务。\n",
         {"陈建国": ("县委书记", ("讲话",))}),
        # page credits are no speakers (§4: editors, reporters)
        ("在2024届毕业典礼上的讲话\n责任编辑 王立群\n2024-06-20 来源：某大学新闻网\n亲爱的同学们：今天，我们在这里隆重举行2024届毕业典礼。\n", {}),
        ("在2024届毕业典礼上的讲话\n编辑 王立群\n2024-06-20 来源：某大学新闻网\n亲爱的同学们：今天，我们在这里隆重举行2024届毕业典礼。\n", {}),
        ("在2024届毕业典礼上的讲话\n记者 王立群\n2024-06-20 来源：某大学新闻网\n亲爱的同学们：今天，我们在这里隆重举行2024届毕业典礼。\n", {}),
    ],
)
def test_byline_under_a_speech_headline(extract, text: str, expected: dict) -> None:
    assert speakers(extract(text)) == expected


def test_an_editor_line_without_a_colon_is_read_as_the_editor(extract) -> None:
    record = extract("在2024届毕业典礼上的讲话\n责任编辑 王立群\n2024-06-20 来源：某大学新闻网\n亲爱的同学们：今天，我们隆重举行毕业典礼。\n")
    doc = record["_doc"]
    assert "王立群" not in doc.clean_text and doc.meta["editors"] == ["王立群"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a place of Japan with its unit after it is no family name (石川县, 石川市)
        ("5月6日，中日友好交流会召开。日本友好代表团团长石川县知事致辞。", {}),
        ("5月6日，中日友好交流会召开。日本友好代表团成员石川市长致辞。", {}),
        ("5月6日，中日友好交流会在市政府召开。日本石川县知事驰浩致辞。", {"驰浩": ("日本石川县知事", ("致辞",))}),
        # near miss: the family name followed by a given name is still read
        ("5月6日，中日友好交流会召开。日本友好代表团团长、石川县议会议长山本健一致辞。",
         {"山本健一": ("日本友好代表团团长、石川县议会议长", ("致辞",))}),
    ],
)
def test_a_japanese_place_is_no_family_name(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected
