"""Speaker shapes of the twelfth round: one guard
(``_meeting_resumed``) for the leads placing remarks after the event, a part of the meeting ended not being the meeting
ended; a 汇报 to a touring leader or by others to the named one giving no 作报告; a meeting held during an activity
keeping its talk; the 其中 pick-out; a group's representative speaking at the group's own meeting. Invented sentences;
the expected values follow corpus/GUIDELINES.md §4 (twelfth review round) and the lead's ruling on cr12 1.8."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_STUDY = "6月3日，市委理论学习中心组举行专题学习会，邀请市委党校教授张文博作专题辅导讲座。"


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # 1.2: the closing remarks of a study session after its lecture, by the session's leader
        (_STUDY + "讲座结束后，市委书记赵国华强调，要把学习成果转化为工作实效。", "赵国华", ("市委书记", ("讲话",))),
        (_STUDY + "讲座结束后，市委书记赵国华就抓好贯彻落实提出明确要求。赵国华表示，要学以致用。", "赵国华",
         ("市委书记", ("讲话",))),
        ("6月3日，某社区党支部开展主题党日活动。党课结束后，支部书记孙丽带领党员重温入党誓词。孙丽表示，要牢记初心。",
         "孙丽", ("支部书记", ("讲话",))),
        ("6月3日，市委党校举行秋季学期开学典礼暨专题讲座。讲座后，常务副校长周明强调，学员要严守纪律。", "周明",
         ("常务副校长", ("讲话",))),
        # NEGATIVE: a listener quoted after the lecture (not the one acting in the lead's sentence), a lecture with no
        # session around it
        (_STUDY + "讲座结束后，学员们围着张文博提问。某区区委书记钱进表示，听了很受启发。", "钱进", None),
        ("6月3日，市科协举办科普讲座。讲座结束后，市科协主席吴涛强调，要普及科学知识。", "吴涛", None),
        # 1.9: the opening rite ended, the meeting goes on
        ("6月3日，市政府召开全市安全生产工作会议。开幕仪式后，大会进入经验交流环节。市应急局局长郑伟介绍了全市安全生产形势。",
         "郑伟", ("市应急局局长", ("讲话",))),
        ("6月3日，市政府召开全市防汛工作会议。会议结束后，会议转入分组讨论议程。市水利局局长冯刚介绍了汛情。",
         "冯刚", ("市水利局局长", ("讲话",))),
        # NEGATIVE: after the meeting, a visit with no talk
        ("6月3日，市政府召开全市防汛工作会议。会议结束后，与会人员察看了堤防工程。市水利局局长冯刚介绍了汛情。",
         "冯刚", None),
        # 1.19: a talk held after the event, its remarks its own
        ("6月3日，市委召开全市招商引资大会。会议结束后，与会人员参观了高新区。在随后的座谈中，市委书记赵国华表示，要优化营商环境。",
         "赵国华", ("市委书记", ("讲话",))),
        ("6月3日，市委召开全市招商引资大会。大会结束后，客商们考察了物流园。随后的交流中，市长钱伟表示，将做好服务保障。",
         "钱伟", ("市长", ("讲话",))),
        # NEGATIVE: remarks told during the visit after the meeting
        ("6月3日，市委召开全市招商引资大会。会议结束后，与会人员参观了高新区。参观中，市委书记赵国华表示，要优化营商环境。",
         "赵国华", None),
    ],
)
def test_after_the_event_leads(extract, body, name, expected):
    assert speakers(extract(page(body))).get(name) == expected


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # 1.4: reporting to a touring leader, no meeting framing it
        ("6月3日，省长刘建国来我市调研城市更新工作，市长王志刚汇报了全市城市更新推进情况。", "王志刚", None),
        ("6月3日，副省长陈立到我县检查安全生产，县长李红汇报了全县安全生产工作情况。", "李红", None),
        # NEGATIVE: a 座谈会 on the tour frames the report
        ("6月3日，省长刘建国来我市调研。座谈会上，市长王志刚汇报了全市城市更新工作情况。", "王志刚",
         ("市长", ("作报告",))),
        # 1.4b: the one reported to
        ("6月3日，县委召开全县重点项目调度会，各部门负责人向县长李红汇报了项目推进情况。", "李红", None),
        ("6月3日，市政府召开专题会议，各区负责人给副市长陈立汇报了征迁工作进展情况。", "陈立", None),
        # NEGATIVE: the reporter named at the meeting
        ("6月3日，县委召开全县党建工作会议，县委组织部部长周强汇报了全县基层党建工作推进情况。", "周强",
         ("县委组织部部长", ("作报告",))),
    ],
)
def test_report_on_work(extract, body, name, expected):
    assert speakers(extract(page(body))).get(name) == expected


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # 1.5: a meeting held during an activity keeps the talk given at it
        ("6月3日，市科协举办科技活动周。活动期间，市科协举办了2场院士报告会，中国科学院院士孙建华作了报告。", "孙建华",
         ("中国科学院院士", ("作报告",))),
        # NEGATIVE: remarks told during the activity, no meeting
        ("6月3日，市城管局开展垃圾分类宣传活动。活动中，副局长吴敏向居民介绍了分类知识。", "吴敏", None),
    ],
)
def test_told_in_activity(extract, body, name, expected):
    assert speakers(extract(page(body))).get(name) == expected


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # 1.7: only the one picked out by 其中 takes the group's role
        ("6月3日，县委组织部召开会议，10名驻村第一书记逐一述职。其中，青山村第一书记吴刚的述职得到县委书记陈明的好评。",
         "陈明", None),
        ("6月3日，县委组织部召开会议，10名驻村第一书记逐一述职。其中，青山村第一书记吴刚的述职得到县委书记陈明的好评。",
         "吴刚", ("青山村第一书记", ("述职",))),
    ],
)
def test_among_them(extract, body, name, expected):
    assert speakers(extract(page(body))).get(name) == expected


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # 1.8: the group's representative at the group's own 座谈会, at a congress of delegates, or told 会上
        ("6月3日，市总工会召开困难职工座谈会，现场为30名困难职工发放慰问金。困难职工代表刘芳激动地说，感谢组织关怀。",
         "刘芳", (None, ("讲话",))),
        ("6月3日，县委召开老党员座谈会，为15名老党员颁发纪念章。老党员代表陈大山激动地说，要继续发挥作用。",
         "陈大山", (None, ("讲话",))),
        ("6月3日，某公司召开职工代表大会，为200名职工发放慰问品后，大会进入议程。职工代表吴强激动地说，要建好企业。",
         "吴强", (None, ("讲话",))),
        ("6月3日，市委召开全市教育工作会议，为60名乡村教师送去慰问品。会上，教师代表孙梅激动地说，要扎根乡村。",
         "孙梅", (None, ("讲话",))),
        # NEGATIVE: at another kind of gathering, not framed 会上: the paid group's reaction
        ("6月3日，县民政局召开救灾工作会议，向86户受灾农户发放救助金。受灾农户代表钱明激动地说，感谢政府关怀。",
         "钱明", None),
    ],
)
def test_representative_at_own_meeting(extract_with_model, body, name, expected):
    # (a name with no post before it: the NER model reads it)
    assert speakers(extract_with_model(page(body))).get(name) == expected


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # §2.1: one event list for the three leads; 党课 and 座谈 now place remarks after the event in every lead
        ("6月3日，县委组织部举办专题党课。党课结束后，县委书记王强强调，要把学习成果转化为实效。", "王强", None),
        ("6月3日，县委召开座谈会。座谈后，县委书记王强强调，要抓好落实。", "王强", None),
        # NEGATIVE: the same remarks told at the meeting
        ("6月3日，县委召开座谈会。会上，县委书记王强强调，要抓好落实。", "王强", ("县委书记", ("讲话",))),
    ],
)
def test_one_event_list(extract, body, name, expected):
    assert speakers(extract(page(body))).get(name) == expected
