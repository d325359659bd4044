"""Speaker shapes:
remarks made at a meeting after an earlier act there (在座谈会上听取…后表示) read as said after it, an address at a
training (作培训动员讲话) read as a lecture, a directive ending in 问题 after 指出 inside a 点评 read as the review's
findings, a person urged by others (在家人敦促下投案) read as urging, a compound surname before a kin address
(司马大爷) kept as a name, and the 以 of 以及 read as 以…为题.  Each case has the reviewer's sentence, phrasings of
our own, and near misses where the rule must still fire.  The sentences are invented; the expected values follow
corpus/GUIDELINES.md §4.  The names without a title before them (刘智) and the
compound surnames are read by the shipped NER model, so those cases run with it."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (reviewer 1.1) the meeting is the place of an act before 后: the remarks are made at it (§4 `X表示` at the event)
        ("5月8日，全市民营企业座谈会召开。市长李建华在座谈会上认真听取企业家发言后表示，要全力当好服务企业的“店小二”。",
         {"李建华": ("市长", ("讲话",))}),
        ("5月8日，全县安全生产工作会议召开。县长王海涛在会议上听取各乡镇汇报后说，安全生产责任重于泰山。",
         {"王海涛": ("县长", ("讲话",))}),
        ("5月8日，全市经济工作会议召开。市长李建华在会议上作工作报告后表示，今年要重点抓好项目建设。",
         {"李建华": ("市长", ("作报告", "讲话"))}),
        ("5月8日，全县“两优一先”表彰大会召开。县委书记王海涛在大会上为受表彰代表颁奖后说，要学习先进典型。",
         {"王海涛": ("县委书记", ("颁奖", "讲话"))}),
        # the same with 中 / 期间 after the meeting noun
        ("5月8日，全区经济运行分析会召开。区长孙明在会议中认真听取各部门汇报后表示，要稳住经济基本盘。",
         {"孙明": ("区长", ("讲话",))}),
        ("5月8日，两国外长举行会谈。外长周文山在会谈中回顾了两国友谊后说，两国关系进入新阶段。",
         {"周文山": ("外长", ("讲话",))}),
        ("5月8日，全县人才工作座谈会召开。县委书记陈立民在座谈会期间看望了与会专家后表示，要为人才办实事。",
         {"陈立民": ("县委书记", ("讲话",))}),
        # NEGATIVE: the meeting itself is over before the remarks (会见…后说): said after it, no speech at it
        ("5月8日，市长赵文华在市政府会见来访的港商代表团后说，欢迎客商来投资。", {}),
        ("5月8日，外交部长周文山同来访的北欧外长会谈结束后表示，两国关系进入新阶段。", {}),
    ],
)
def test_remarks_after_an_act_at_the_meeting_are_made_at_it(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (reviewer 1.3) an address at a training's opening or close is 讲话, no lecture given
        ("5月8日，全县组织工作会议召开。县委组织部部长张明作培训动员讲话。", {"张明": ("县委组织部部长", ("讲话",))}),
        ("5月8日，全县网格员培训班开班。县委政法委书记张明作培训总结讲话。", {"张明": ("县委政法委书记", ("讲话",))}),
        ("5月8日，全县人社系统业务培训班开班。县人社局局长孙建国作培训部署讲话。", {"孙建国": ("县人社局局长", ("讲话",))}),
        # a mobilisation without 讲话 is still 作动员 (§4)
        ("5月8日，全县网格员培训班开班。县委政法委书记张明作培训动员。", {"张明": ("县委政法委书记", ("讲话",))}),
        # NEGATIVE: a training session given to those present is a lecture
        ("5月8日，全县网格员培训班开班。县委政法委副书记李刚为学员作了网格业务培训。",
         {"李刚": ("县委政法委副书记", ("作报告",))}),
        ("5月8日，翠湖社区召开网格员业务培训会，街道综治中心主任莫海峰作了信息上报业务培训。",
         {"莫海峰": ("街道综治中心主任", ("作报告",))}),
    ],
)
def test_an_address_at_a_training_is_no_lecture(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (reviewer 1.4) 指出 + a directive whose object ends in 问题: remarks inside the 点评, 讲话 (§4, spec 000)
        ("5月8日，组织生活会召开。刘智在点评中指出要着力解决好群众身边的问题。", {"刘智": (None, ("点评", "讲话"))}),
        ("5月8日，全县党建述职评议会召开。县委书记钱立新在点评中指出必须正视工作中存在的短板。",
         {"钱立新": ("县委书记", ("点评", "讲话"))}),
        ("5月8日，全县党建述职评议会召开。县委书记钱立新在点评中指出各乡镇应切实解决整改不到位的问题。",
         {"钱立新": ("县委书记", ("点评", "讲话"))}),
        # NEGATIVE: the faults found are the object of 指出 (主要问题, 应急管理中的问题: no modal of a directive)
        ("5月8日，全县党建述职评议会召开。县委书记钱立新逐一进行点评，并指出了当前存在的主要问题和不足。",
         {"钱立新": ("县委书记", ("点评",))}),
        ("5月8日，全县党建述职评议会召开。县委书记钱立新逐一进行点评，并指出了应急管理中存在的问题。",
         {"钱立新": ("县委书记", ("点评",))}),
        ("5月8日，全县党建述职评议会召开。县委书记钱立新逐一进行点评，并指出了需要改进的问题。",
         {"钱立新": ("县委书记", ("点评",))}),
    ],
)
def test_a_directive_ending_in_a_fault_word_is_no_finding(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (reviewer 1.7) urged by someone else (在…敦促下投案): the person urges nobody
        ("5月8日，市纪委监委召开警示教育大会。会上通报了刘建军在家人敦促下主动投案的情况，市委书记王海涛出席会议并讲话。",
         {"王海涛": ("市委书记", ("讲话",))}),
        ("5月8日，县纪委监委召开警示教育会。会上通报了原局长刘建军在组织敦促下投案自首的情况。", {}),
        ("5月8日，县纪委监委召开警示教育大会。会上通报了原所长周立强在纪委的敦促下投案自首的情况，县委书记李明出席会议并讲话。",
         {"李明": ("县委书记", ("讲话",))}),
        ("5月8日，县纪委监委召开警示教育会。会上通报了原科长刘建军在组织呼吁下主动投案的情况。", {}),
        # NEGATIVE: urging or demanding at the meeting, 下 opening the object (下属, 下半年)
        ("5月8日，县政府召开常务会议。县长王海涛在会上敦促下属各部门尽快整改到位。", {"王海涛": ("县长", ("讲话",))}),
        ("5月8日，县政府召开常务会议。县长王海涛敦促下属各部门尽快整改到位。", {"王海涛": ("县长", ("讲话",))}),
        ("5月8日，县政府召开常务会议。县长王海涛在会上要求下半年要抓好安全生产。", {"王海涛": ("县长", ("讲话",))}),
    ],
)
def test_one_urged_by_others_is_no_speaker(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (reviewer 1.11) a compound surname and a kin address name nobody (§4: unnamed people give no record)
        ("5月8日，社区召开居民座谈会。退休教师司马大爷在会上发言。", {}),
        ("5月8日，社区召开重阳节座谈会。退休工人上官阿姨在会上发言。", {}),
        ("5月8日，社区召开居民座谈会。居民欧阳大妈在座谈会上发言。", {}),
        ("5月8日，社区召开居民座谈会。居民代表欧阳女士在座谈会上发言。", {}),
        # NEGATIVE: a full name before the kin address is kept without it
        ("5月8日，社区召开居民座谈会。志工欧阳明阿姨上台分享。", {"欧阳明": (None, ("发言",))}),
    ],
)
def test_a_compound_surname_and_a_kin_address_name_nobody(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (reviewer 1.12) 以及 joins two lecturers, no 以…为题 around the second name
        ("5月8日，全市理论学习报告会举行。市委书记张三以及省委党校教授李四分别以《奋进新时代》和《党的建设》为题作专题报告。",
         {"张三": ("市委书记", ("作报告",)), "李四": ("省委党校教授", ("作报告",))}),
        ("5月8日，全县干部大会召开。县长王五以及市委党校教授赵六分别以《奋进新时代》和《基层治理》为题作专题报告。",
         {"王五": ("县长", ("作报告",)), "赵六": ("市委党校教授", ("作报告",))}),
        # NEGATIVE: a name inside what 以…为例 frames is the speaker's example
        ("5月8日，镇党委召开党员大会。党委书记林海以老党员张德福的事迹为例，勉励大家担当作为。",
         {"林海": ("党委书记", ("讲话",))}),
    ],
)
def test_yiji_joins_names_and_frames_no_example(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
