"""Twelfth review round: speakers and meetings: speakers and meetings. A listener's soft remark told after a lecture or meeting has
ended (讲座结束后，…。X表示) is a reaction, no role; so are the soft words of a representative of a group the event paid
or served (向86户受灾农户发放理赔款…。受灾农户代表X激动地说); remarks told as made during an activity that is no meeting
(植树活动中，局长X向居民介绍了…) give no role on a page with no meeting; an officer reporting on work in the verb form
(局长X汇报了全县…进展情况) has 作报告; a party lecture given at a meeting of another kind (表彰大会…。会上，县委书记为
与会党员讲授专题党课) is a record of its own, dated like the meeting. Invented sentences; the expected values follow
corpus/GUIDELINES.md (§3 and §4, twelfth review round)."""

from __future__ import annotations

import pytest

from tests.extract.views import dated, page, speakers

_LECTURE = "3月12日，县农业农村局邀请省农科院研究员李明华在青山镇开展水稻种植技术专题讲座，80余名种粮大户参加。"
_MEETING = "4月8日，县委召开乡村振兴工作推进会，县委书记张立新主持会议并讲话。"


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        (_LECTURE + "讲座结束后，学员们围着专家提问。村党支部书记陈国庆表示，专家送技术上门，解决了实际难题。",
         "陈国庆", None),
        (_LECTURE + "讲座结束后，李明华还来到田间查看了秧苗长势。种粮大户代表周海明说，这样的讲座很实用。",
         "周海明", None),
        (_MEETING + "会议结束后，与会人员分组进行了讨论。镇党委书记刘志强表示，将认真落实会议精神。", "刘志强", None),
        (_MEETING + "会后，大家纷纷围拢过来交流。青山村党支部书记王海东说，会议讲得很透彻。", "王海东", None),
        # NEGATIVE: a speaker at the lecture or the meeting itself, and strong remarks after the end told of no listener
        (_LECTURE + "讲座中，县农业农村局副局长王海涛表示，要把技术送到田间地头。", "王海涛",
         ("县农业农村局副局长", ("讲话",))),
        (_MEETING + "会上，县委副书记赵明表示，各乡镇要抓好落实。", "赵明", ("县委副书记", ("讲话",))),
        (_LECTURE + "讲座结束后，县农业农村局召开座谈会。县农业农村局局长孙伟表示，要推广先进技术。", "孙伟",
         ("县农业农村局局长", ("讲话",))),
    ],
)
def test_remark_after_the_event_ended(extract, body, name, expected):
    assert speakers(extract(page(body))).get(name) == expected


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        ("7月20日，县人保财险公司举行农业保险理赔款集中发放仪式，现场向86户受灾农户发放理赔款共计120万元。"
         "县政府副县长孙伟出席并讲话。受灾农户代表王德顺激动地说：“有了这笔钱，明年的生产就有了保障。”", "王德顺", None),
        ("1月15日，县总工会举行困难职工慰问金发放仪式，为120名困难职工发放慰问金。县总工会主席李红出席并讲话。"
         "困难职工代表张秀英动情地说：“感谢党和政府的关怀。”", "张秀英", None),
        ("9月1日，县教育局举行助学金发放仪式，给56名困难学生送去助学金。县教育局局长陈刚出席并讲话。"
         "困难学生代表刘晓雨表示，一定会好好学习。", "刘晓雨", None),
        # NEGATIVE: a spokesman's turn, and a representative of a group nothing was handed to
        ("9月9日，市教育局召开优秀教师表彰大会，表彰了50名优秀教师。市教育局局长陈刚出席并讲话。获奖代表刘芳发言。",
         "刘芳", (None, ("发言",))),
        ("1月15日，县总工会举行困难职工慰问金发放仪式，为120名困难职工发放慰问金。县总工会主席李红出席并讲话。"
         "困难职工代表张秀英发言。", "张秀英", (None, ("发言",))),
        ("1月15日，县总工会召开第三次代表大会。县总工会主席李红出席并讲话。职工代表张秀英表示，将积极建言献策。",
         "张秀英", (None, ("讲话",))),
    ],
)
def test_paid_group_representative(extract, body, name, expected):
    assert speakers(extract(page(body))).get(name) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3月12日，县林业局组织干部职工到城东公园开展义务植树活动。植树活动中，局长周建国向居民介绍了苗木栽植和养护知识。",
         {}),
        ("6月5日，县城管局在中心广场开展垃圾分类宣传活动。在垃圾分类宣传活动中，副局长吴海波向居民讲解了垃圾分类的具体方法。",
         {}),
        ("6月5日，县城管局在中心广场开展垃圾分类宣传活动。副局长吴海波在宣传活动中向居民讲解了垃圾分类的具体方法。", {}),
        ("8月1日，县消防救援大队走进社区开展消防安全宣传。宣传活动现场，大队长刘洋向居民介绍了灭火器的使用方法。", {}),
        # NEGATIVE: an activity that is a meeting (a party day, a lecture)
        ("7月1日，县财政局机关党支部开展“重温入党誓词”主题党日活动。主题党日活动中，局党组书记马文军讲授专题党课。",
         {"马文军": ("局党组书记", ("讲党课",))}),
    ],
)
def test_remarks_in_an_activity(extract, body, expected):
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("8月18日，县政府召开农村人居环境整治工作会议，副县长李强主持会议。会上，县生态环境局局长邹文斌汇报了全县农村生活"
         "污水治理进展情况。",
         {"李强": ("副县长", ("主持",)), "邹文斌": ("县生态环境局局长", ("作报告",))}),
        ("2月3日，市政府召开第十次常务会议，市长王刚主持。市发改委主任徐磊汇报了全市重点项目建设推进情况。",
         {"王刚": ("市长", ("主持",)), "徐磊": ("市发改委主任", ("作报告",))}),
        ("8月18日，县委召开全会。县住建局局长钱勇汇报了农村危房改造工作，副县长李强主持会议。",
         {"钱勇": ("县住建局局长", ("作报告",)), "李强": ("副县长", ("主持",))}),
        ("8月18日，县政府召开会议。县生态环境局局长邹文斌作了全县农村生活污水治理进展情况汇报。",
         {"邹文斌": ("县生态环境局局长", ("作报告",))}),
        # NEGATIVE: a report heard by the person, or one to a superior about something other than work
        ("8月18日，县政府召开会议，副县长李强听取了各乡镇工作情况汇报。", {}),
    ],
)
def test_work_reported_in_verb_form(extract, body, expected):
    assert {n: v for n, v in speakers(extract(page(body))).items()} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月30日，县委召开庆祝中国共产党成立105周年暨“两优一先”表彰大会。会上，县委书记孙强为与会党员讲授专题党课。",
         [("庆祝中国共产党成立105周年暨“两优一先”表彰大会", "2024-06-30"), ("专题党课", "2024-06-30")]),
        ("3月5日，县纪委召开全县警示教育大会。会上，县纪委书记赵明为全体参会人员讲授廉政党课。",
         [("全县警示教育大会", "2024-03-05"), ("廉政党课", "2024-03-05")]),
        # NEGATIVE: a meeting whose name holds the lecture, or a party branch's own regular meeting
        ("6月28日，县委组织部举行“七一”表彰暨示范党课活动。会上，县委书记孙强为与会党员讲授专题党课。",
         [("“七一”表彰暨示范党课", "2024-06-28")]),
        ("6月28日，县财政局机关支部召开组织生活会。会上，支部书记王刚为全体党员讲授专题党课。",
         [("组织生活会", "2024-06-28")]),
    ],
)
def test_party_lecture_at_another_meeting(extract, body, expected):
    assert dated(extract(page(body))) == expected
