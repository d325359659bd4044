"""Speaker phrasings of profound remarks, time words and speaking on behalf: 深刻指出 by the
meeting's own speaker, a time word inside the occasion of remarks, 年来 read as a visit, 代表+organization before
an address, a report named in a demand, 赵总 with two of the surname, a briefing at a press conference, 述职报告.
Invented sentences; the expected values follow corpus/GUIDELINES.md §4."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 深刻指出 by one the text shows at this meeting: 讲话 (§4 X指出)
        ("5月7日，市委召开全市安全生产工作会议。会上，市委书记王宁深刻指出，安全生产责任重于泰山。市长林涛主持会议。",
         {"王宁": ("市委书记", ("讲话",)), "林涛": ("市长", ("主持",))}),
        ("5月7日，市委召开全市安全生产工作会议。市委书记王宁出席会议。王宁深刻指出，安全生产责任重于泰山。",
         {"王宁": ("市委书记", ("讲话",))}),
        ("5月7日，县委举办读书班开班仪式。县委书记李明出席开班仪式。李明深刻阐述了学习党纪的重要意义，要求全县党员干部守底线。",
         {"李明": ("县委书记", ("讲话",))}),
        ("5月7日，县委召开常委会会议。县委书记赵明主持会议。赵明深刻指出，要坚持稳中求进。",
         {"赵明": ("县委书记", ("主持", "讲话"))}),
        # a leader quoted at a study session, nowhere told attending: a quoted teaching, no speaker
        ("5月7日，县委理论学习中心组举行集体学习。县委书记赵明主持并讲话。习近平总书记深刻指出，党的作风就是党的形象。",
         {"赵明": ("县委书记", ("主持", "讲话"))}),
        ("5月7日，县委召开常委会会议。县委书记赵明主持会议。毛泽东同志深刻指出，没有调查就没有发言权。赵明要求，要大兴调研之风。",
         {"赵明": ("县委书记", ("主持", "讲话"))}),
        # attending told only inside what is relayed: still a quoted teaching
        ("5月7日，县委召开会议，传达学习习近平总书记出席全国两会时的重要讲话精神。县委书记赵明主持会议。"
         "习近平总书记深刻指出，要坚持稳中求进。",
         {"赵明": ("县委书记", ("主持",))}),
    ],
)
def test_profound_remarks_of_one_at_the_meeting(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the time word dates what is talked about: remarks made here
        ("5月7日，县委召开作风建设大会。县委书记李明在回顾此前在脱贫攻坚中取得的成绩时指出，全县干部要保持奋斗姿态。",
         {"李明": ("县委书记", ("讲话",))}),
        ("5月7日，区委召开老干部座谈会。区委副书记黄丽在谈到曾在基层工作的经历时说，老同志是宝贵财富。",
         {"黄丽": ("区委副书记", ("讲话",))}),
        # the time word dates the remarks: made elsewhere, no speaker
        ("5月7日，县委召开全县干部大会。县委书记李明在上周召开的全市干部大会上曾指出，要敢于担当。县长周强主持会议。",
         {"周强": ("县长", ("主持",))}),
        ("5月7日，县委召开巡视整改推进会。县委书记李明主持会议。省委巡视组组长张平此前在反馈会上指出，存在差距。",
         {"李明": ("县委书记", ("主持",))}),
    ],
)
def test_a_time_word_inside_the_occasion(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 年来 ends a time span: no visit, the speech is the meeting's
        ("5月7日，市委召开全市干部大会。市委书记王宁主持会议。王宁回顾了一年来开展蹲点调研的收获，强调全市干部要狠抓落实。",
         {"王宁": ("市委书记", ("主持", "讲话"))}),
        ("5月7日，县委召开全县干部大会。县委书记李明出席会议。李明结合近年来走访调研掌握的情况指出，全县干部要转变作风。",
         {"李明": ("县委书记", ("讲话",))}),
        # a visit told with 来: remarks on the tour, no meeting speech
        ("5月7日，省长王宏来我县调研产业发展工作。王宏强调，要加快培育新质生产力。", {}),
    ],
)
def test_a_time_span_is_no_visit(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，市委召开人大工作会议。市委书记王宁出席会议，代表市委作表态发言。市人大常委会主任马强主持会议。",
         {"王宁": ("市委书记", ("发言",)), "马强": ("市人大常委会主任", ("主持",))}),
        ("5月7日，县委召开乡村振兴推进会。城关镇党委书记王涛参加会议，代表城关镇作交流发言。",
         {"王涛": ("城关镇党委书记", ("发言",))}),
        ("5月7日，远大集团召开供应商大会。集团副总经理刘洋出席会议，代表集团作主旨发言。",
         {"刘洋": ("集团副总经理", ("发言",))}),
        ("5月7日，市第一中学召开家长会。校长张伟出席会议，代表学校作发言。", {"张伟": ("校长", ("发言",))}),
        # an organization as the subject: its address, not the one named before
        ("5月7日，县委召开城市管理工作会议。县委常委、副县长何敏出席会议，县城管局作典型发言。", {}),
    ],
)
def test_speaking_on_behalf_of_a_body(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a report named in a demand: no report given
        ("5月7日，县委召开调研成果交流会。县委书记李明在会上提出了形成调研报告等具体要求。",
         {"李明": ("县委书记", ("讲话",))}),
        # a report given with 进行
        ("5月7日，县人大召开常委会会议。县长周强进行了工作报告。", {"周强": ("县长", ("作报告",))}),
        # 述职报告: 述职 only
        ("5月7日，县委召开述职评议会。城关镇党委书记王涛作了述职报告。县委书记李明逐一点评。",
         {"王涛": ("城关镇党委书记", ("述职",)), "李明": ("县委书记", ("点评",))}),
        ("5月7日，县委召开述职评议会。城关镇党委书记王涛进行了述职报告。", {"王涛": ("城关镇党委书记", ("述职",))}),
    ],
)
def test_reports_given_and_named(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # another 赵 holds a post of 总: 赵总 is ambiguous (§1)
        ("5月7日，远大集团召开财务工作会议。集团总经理赵立、财务总监赵强出席会议。赵总强调，要严控非生产性支出。", {}),
        # one 赵 of the 总 posts: 赵总 is he
        ("5月7日，远大集团召开财务工作会议。集团总经理赵立、财务总监钱强出席会议。赵总强调，要严控非生产性支出。",
         {"赵立": ("集团总经理", ("讲话",))}),
    ],
)
def test_a_short_form_with_two_of_the_surname(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a briefing at a press conference: no lecture, as with 对政策进行了解读; 讲话, like 介绍 there (§4 twenty-third
        # review round)
        ("5月7日，市政府新闻办举行新闻发布会。市财政局副局长李伟就稳经济一揽子政策作政策解读。市政府新闻办副主任陈丽主持发布会。",
         {"李伟": ("市财政局副局长", ("讲话",)), "陈丽": ("市政府新闻办副主任", ("主持",))}),
        ("5月7日，市政府新闻办举行新闻发布会。市财政局副局长李伟对新出台的惠企政策进行了解读。",
         {"李伟": ("市财政局副局长", ("讲话",))}),
        # a report at a press conference is still one
        ("5月7日，市政府新闻办举行新闻发布会。市财政局副局长李伟作了专题报告。", {"李伟": ("市财政局副局长", ("作报告",))}),
        # 作政策解读 at a training class: a lecture
        ("5月7日，县委举办专题培训班。市委党校教授刘军作政策解读。县委副书记周强主持开班式。",
         {"刘军": ("市委党校教授", ("作报告",)), "周强": ("县委副书记", ("主持",))}),
    ],
)
def test_a_briefing_at_a_press_conference(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
