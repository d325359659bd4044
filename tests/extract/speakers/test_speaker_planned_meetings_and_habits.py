"""Speaker phrasings of planned meetings, habits, foreign lecturers and remarks on a tour: people of a planned
meeting or an agenda, habits told in a profile, Latin-script names, lectures given as a class or reported
at a cabinet meeting, remarks made on a tour, and words quoted beside an address.  Invented sentences;
the expected values follow corpus/GUIDELINES.md §3-4."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize(
    "body",
    [
        "县委组织部拟于4月10日在县委党校召开全县组织工作会议。会议由县委常委、组织部部长方红英主持，县委书记邓立群讲话。",
        "县政府定于4月8日上午9时召开全县一季度经济运行分析会。会议由副县长赵明远主持，县长钱文华将作重要讲话。",
        "县委定于4月8日召开县委全会。全会由县委书记邓立群主持。",
        "经研究，决定于4月12日召开全市教育工作会议，会议由副市长罗平主持。",
        "市农业农村局定于3月18日至20日在市委党校举办全市农民培训班。开班式由市农业农村局局长黄建平主持，"
        "市委副书记陈海涛将出席并作动员讲话。",
        # agenda lines of a notice or a programme
        "会议安排\n一、时间：4月10日上午9:00\n二、地点：县委党校报告厅\n三、主持人：县委常委、组织部部长方红英\n"
        "四、议程：县委书记邓立群讲话",
        "会议议程：\n09:00-09:20 开幕式，主持人：研究院院长张志强\n09:20-10:00 主旨演讲：研究院副院长王建国",
    ],
)
def test_nobody_speaks_at_a_planned_meeting(extract, body: str) -> None:
    assert speakers(extract(page(body, "2024-04-02"))) == {}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a meeting held told before the planned one: the back-reference may be to it
        ("4月1日，市政协召开主席会议，研究确定于4月下旬召开市政协常委会会议。会议由市政协主席龚立平主持。",
         {"龚立平": ("市政协主席", ("主持",))}),
        ("4月1日，县委召开常委会议。会议决定，定于5月1日召开县委全会。会议由县委书记邓立群主持。",
         {"邓立群": ("县委书记", ("主持",))}),
        # a held meeting's report with a 主持人 line
        ("4月1日上午，全县组织工作会议在县委党校召开。县委书记邓立群出席会议并讲话。\n主持人：县委常委、组织部部长方红英",
         {"邓立群": ("县委书记", ("讲话",)), "方红英": ("县委常委、组织部部长", ("主持",))}),
        ("4月1日上午，全县组织工作会议召开。会议由县委常委、组织部部长方红英主持，县委书记邓立群讲话。",
         {"方红英": ("县委常委、组织部部长", ("主持",)), "邓立群": ("县委书记", ("讲话",))}),
    ],
)
def test_a_held_meeting_keeps_its_speakers(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body, "2024-04-02"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("校长钱志刚曾多次在全国高等教育学术会议上作报告。", {}),
        ("校长钱志刚先后主持召开教学工作会议20余次，推动学校升格为大学。", {}),
        ("钱志刚同志担任校长期间，先后主持召开教学工作会议20余次。他曾多次在全国高等教育学术会议上作报告。", {}),
        # many times at this meeting, not a habit
        ("4月1日，全县经济工作会议召开。县长王刚在讨论中多次发言。", {"王刚": ("县长", ("发言",))}),
        ("4月1日，学校召开教学工作会议。校长钱志刚主持会议并讲话。", {"钱志刚": ("校长", ("主持", "讲话"))}),
    ],
)
def test_habits_and_series_give_no_roles(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body, "2024-04-06"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月1日上午，某某大学学术报告会在图书馆报告厅举行。哈佛大学教授Michael Smith作了题为《全球治理》的报告。",
         {"Michael Smith": ("哈佛大学教授", ("作报告",))}),
        ("5月15日下午，学术报告会在学术报告厅举行。美国国家科学院院士、斯坦福大学教授David Chen应邀作了题为《量子材料》的学术报告。",
         {"David Chen": ("美国国家科学院院士、斯坦福大学教授", ("作报告",))}),
        # an honorific after the name is no part of it
        ("10月16日下午，美国西北大学教授弗雷泽·斯托达特爵士做客“岳麓讲堂”，作了题为《分子机器》的学术报告。",
         {"弗雷泽·斯托达特": ("美国西北大学教授", ("作报告",))}),
    ],
)
def test_foreign_lecturers(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月1日，全县党务干部培训班在县委党校开班。县委党校副校长李强为学员上了开班第一课。",
         {"李强": ("县委党校副校长", ("作报告",))}),
        ("开班式后，县委党校常务副校长彭建华以《提升基层治理能力》为题，为学员上了第一课。",
         {"彭建华": ("县委党校常务副校长", ("作报告",))}),
        ("4月1日，县委召开党员大会。县委书记李明为全体党员上了一堂专题党课。", {"李明": ("县委书记", ("讲党课",))}),
        ("行政院今（2）日召開院會，由院長卓榮泰主持。經濟部長郭智輝在會中報告產業發展情形。",
         {"卓荣泰": ("院长", ("主持",)), "郭智辉": ("经济部长", ("作报告",))}),
        # the trainees take a class, nobody named gives it
        ("4月1日，培训班开班。学员们上了一堂生动的法治课。", {}),
        # a report held as a meeting is no report given
        ("4月1日，某某大学在报告厅举行报告会，校长李明主持。", {"李明": ("校长", ("主持",))}),
    ],
)
def test_lectures_and_reports(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月11日，省长雷振东来到某某港视察。雷振东指出，港口是经济发展的重要支点。随后，雷振东主持召开座谈会，听取港口集团工作汇报。",
         {"雷振东": ("省长", ("主持",))}),
        ("6月11日，省长雷振东来到某某港视察。他指出，港口是经济发展的重要支点。随后，雷振东主持召开座谈会。",
         {"雷振东": ("省长", ("主持",))}),
        ("6月11日，省长雷振东来到某某港视察，指出港口是经济发展的重要支点。随后，雷振东主持召开座谈会。",
         {"雷振东": ("省长", ("主持",))}),
        # the meeting told with the visit: remarks after it may be made there
        ("4月1日，市委书记李明来到某某县调研，并主持召开座谈会。李明指出，要抓好项目建设。",
         {"李明": ("市委书记", ("主持", "讲话"))}),
        # others on the visit: the remarks are the meeting's
        ("4月1日，全市乡村振兴现场推进会召开。与会人员来到某某村观摩。市委书记李明指出，要抓好项目建设。",
         {"李明": ("市委书记", ("讲话",))}),
    ],
)
def test_remarks_on_a_tour(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body, "2024-06-12"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("今年全国两会期间，某某村党支部书记李桂兰带来了关于加强乡村教育的建议。“我们村小学只有30多个学生。”李桂兰说。"
         "她在3月6日的代表团全体会议上发言时表示，希望国家加大对农村教育的投入。",
         {"李桂兰": ("某某村党支部书记", ("发言",))}),
        ("4月1日，学校举行开学典礼。校长李明致辞。“希望同学们珍惜时光。”李明说。", {"李明": ("校长", ("致辞",))}),
        # a chair's words quoted: a speech of his own
        ("4月1日，全县表彰大会召开。县委书记李明主持会议。“要把工作落到实处。”李明说。",
         {"李明": ("县委书记", ("主持", "讲话"))}),
    ],
)
def test_words_quoted_beside_an_address(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body, "2024-03-08"))) == expected
