"""Speaker and meeting phrasings of directives read as tours or habits, plans told at held meetings and live reports: words of a directive read as
a tour or a habit, a planned event inside the account of a held meeting or in a purpose clause, a study
campaign's time before an observation meeting, a live report's time lines, and 曾 the adverb read as a
surname.  Invented sentences; the expected values follow corpus/GUIDELINES.md §3-4."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # inspection or research inside a directive: no tour of the one who speaks
        ("5月6日，全市安全生产工作会议召开。市长王刚要求各地深入开展安全生产大检查。", {"王刚": ("市长", ("讲话",))}),
        ("5月6日，全县防汛工作会议召开。县长陈刚要求各乡镇做到隐患早发现、早检查。陈刚指出，防汛无小事。",
         {"陈刚": ("县长", ("讲话",))}),
        ("5月6日，全县防汛工作会议在县政府召开。副县长王敏主持会议。县长陈刚强调各乡镇要把责任落实到每个村组开展巡查检查。",
         {"王敏": ("副县长", ("主持",)), "陈刚": ("县长", ("讲话",))}),
        ("5月6日，全县干部大会召开。县委书记李明要求各级干部深入一线调研，解决群众实际问题。李明强调，要敢于担当。",
         {"李明": ("县委书记", ("讲话",))}),
        # a tour told as the person's own act: the remarks on it are no speech at the meeting after it
        ("5月6日，省长雷振东来到某某港视察。雷振东指出，要加快港口转型升级。随后，雷振东主持召开座谈会，听取企业意见。"
         "他强调，要优化营商环境。", {"雷振东": ("省长", ("主持", "讲话"))}),
        ("5月6日，市长王刚深入某某社区检查安全生产工作。王刚强调，要压实责任。随后，王刚主持召开安全生产专题会议。",
         {"王刚": ("市长", ("主持",))}),
    ],
)
def test_a_directive_is_no_tour(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，全县干部大会召开。县委书记刘明要求各级干部要经常到群众家中坐一坐。", {"刘明": ("县委书记", ("讲话",))}),
        ("5月6日，县委书记刘明主持召开重点项目推进会。刘明要求各部门主要负责人要经常到项目一线督导检查，确保项目按期完工。",
         {"刘明": ("县委书记", ("主持", "讲话"))}),
        # the person's own habit still gives nothing
        ("校长钱志刚曾多次在全国高等教育学术会议上作报告。", {}),
        ("5月6日，县委书记刘明来到某某镇调研。他经常到群众家中走访。", {}),
    ],
)
def test_a_habit_inside_a_directive_is_the_speech(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，县政府召开常务会议。县长张华在会上部署了将于5月20日举办的招商推介会筹备工作。",
         {"张华": ("县长", ("讲话",))}),
        ("5月6日，县政府召开常务会议。会上，县长张华宣布将于5月20日举办第三届招商推介会。", {"张华": ("县长", ("讲话",))}),
        ("5月6日，县政府召开常务会议。县长张华在会上宣布将于5月20日举办第三届招商推介会，并对筹备工作作出部署。"
         "副县长王敏主持会议。", {"张华": ("县长", ("讲话",)), "王敏": ("副县长", ("主持",))}),
        # a future event in a purpose clause before the meeting held
        ("5月6日，为迎接将于6月举办的旅游文化节，县文旅局召开筹备工作会议。会议由副县长王敏主持。",
         {"王敏": ("副县长", ("主持",))}),
        ("为做好将于6月举行的全市运动会筹备工作，5月6日，市体育局召开筹备工作会议，局长李强主持会议并讲话。",
         {"李强": ("局长", ("主持", "讲话"))}),
        # the planned meeting's own chair stays out
        ("5月6日，县政府召开常务会议。会上决定，将于5月20日召开全县招商大会，会议由县长张华主持。", {}),
        ("县委定于5月15日召开的县委全会由县委书记李明主持。", {}),
    ],
)
def test_a_plan_told_at_a_held_meeting(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "host"),
    [
        ("5月6日，为迎接将于6月举办的旅游文化节，县文旅局召开筹备工作会议。会议由副县长王敏主持。", ("王敏", "副县长")),
        ("全市组织工作会议今天上午召开。\n9:30，会议正式开始，主持人：市委副书记刘明\n9:35，市委书记王涛作重要讲话",
         ("刘明", "市委副书记")),
    ],
)
def test_the_held_meeting_keeps_its_host(extract, body: str, host: tuple) -> None:
    main = extract(page(body))["meetings"][0]
    assert main["host"] is not None and (main["host"]["name"], main["host"]["title"]) == host


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a live report of a meeting held: its time lines tell acts done
        ("全市组织工作会议今天上午召开。\n9:30，会议正式开始，主持人：市委副书记刘明\n9:35，市委书记王涛作重要讲话",
         {"刘明": ("市委副书记", ("主持",)), "王涛": ("市委书记", ("讲话",))}),
        ("图文直播：全市两新党建工作会议\n9:30 会议开始，主持人：市委常委、组织部部长孙丽\n10:20 会议结束",
         {"孙丽": ("市委常委、组织部部长", ("主持",))}),
        # a notice's time lines stay a plan
        ("经研究，决定召开全市科技工作会议。现将有关事项通知如下：\n09:00 会议开始，主持人：市科技局局长王海", {}),
        ("2024数字经济论坛议程\n09:00 开幕式，主持人：市科技局局长王海\n09:20 主旨演讲：中国工程院院士李国杰", {}),
    ],
)
def test_time_lines_of_a_live_report(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


def test_the_adverb_zeng_is_no_surname(extract) -> None:
    text = "省长曾多次强调 今年再次部署\n2024-05-08 来源：某网\n5月6日，全省安全生产电视电话会议召开。省长吴立出席并讲话。\n"
    assert speakers(extract(text)) == {"吴立": ("省长", ("讲话",))}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，在集中学习期间，市中级法院组织干警赴市警示教育基地现场观摩。", [("现场观摩", "2024-05-06", "市中级法院")]),
        ("5月6日，在党纪学习教育集中学习期间，市水务局组织党员干部赴市廉政教育基地现场观摩。局党组书记张强带队并讲话。",
         [("现场观摩", "2024-05-06", "市水务局")]),
        # a class's programme: its on-site teaching is no meeting of its own
        ("研修期间，学员赴某某县进行了现场教学。", []),
    ],
)
def test_a_study_campaign_before_an_observation(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
