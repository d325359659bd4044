"""Speaker phrasings: a surname and post setting out
demands (吴院长就…提出四点要求), a surname and a short form of the post (钱董, 刘支书), a report given by one who
sits in (列席会议并作了…的报告), lectures told with a verb of explaining (宣讲, 讲解, 作解读) or a report delivered
with 进行/提出 (Taiwan 施政报告), and the first name of a list of names with bracketed titles.  Invented
sentences; the expected values follow corpus/GUIDELINES.md §4."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("医院召开质量管理会议。院长吴敏主持会议。吴院长就下一步工作提出四点要求。", {"吴敏": ("院长", ("主持", "讲话"))}),
        ("区里召开信访工作会议。区长郑红主持会议。郑区长就做好信访工作提出要求。", {"郑红": ("区长", ("主持", "讲话"))}),
        ("区委召开信访工作会议。区委书记郑红主持会议。郑书记对信访工作提出三点要求。",
         {"郑红": ("区委书记", ("主持", "讲话"))}),
        ("镇里召开青年干部座谈会。镇党委书记王海主持会议。王书记对青年干部提出三点希望。",
         {"王海": ("镇党委书记", ("主持", "讲话"))}),
        # the full name has always worked
        ("医院召开质量管理会议。院长吴敏主持会议。吴敏就下一步工作提出四点要求。", {"吴敏": ("院长", ("主持", "讲话"))}),
    ],
)
def test_a_surname_and_post_setting_out_demands_speaks(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("公司召开安全生产会议。董事长钱进主持会议。钱董强调，要守住安全底线。", {"钱进": ("董事长", ("主持", "讲话"))}),
        ("公司召开安全生产会议。董事长钱进主持会议。钱董在总结时强调，要守住安全底线。",
         {"钱进": ("董事长", ("主持", "讲话"))}),
        ("村里召开党员大会。村党支部书记刘大山主持会议。刘支书强调，要做好防汛工作。",
         {"刘大山": ("村党支部书记", ("主持", "讲话"))}),
        ("村里召开村民代表大会。村党支部书记、村委会主任刘大山主持会议。刘支书说，今年要把道路修好。",
         {"刘大山": ("村党支部书记、村委会主任", ("主持", "讲话"))}),
        ("公司召开安全生产会议。总经理赵明主持会议。赵总要求，要守住安全底线。", {"赵明": ("总经理", ("主持", "讲话"))}),
        # the one of the surname whose post has the form
        ("公司召开安全生产会议。董事长钱进、总经理钱林出席会议。董事长钱进主持会议。钱总强调，要守住安全底线。",
         {"钱进": ("董事长", ("主持",)), "钱林": ("总经理", ("讲话",))}),
        ("公司召开技术质量会议。总工程师王强主持会议。王总工在会上要求，要严把质量关。",
         {"王强": ("总工程师", ("主持", "讲话"))}),
        ("公司召开技术质量会议。高级工程师王强主持会议。王高工在会上要求，要严把质量关。",
         {"王强": ("高级工程师", ("主持", "讲话"))}),
        # the chairman, not a deputy chairman of the same surname, is 钱董
        ("公司召开安全生产会议。董事长钱进主持会议。副董事长钱林出席会议。钱董强调，要守住安全底线。",
         {"钱进": ("董事长", ("主持", "讲话"))}),
    ],
)
def test_a_surname_and_a_short_form_of_the_post(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two people of the surname whose posts have the form: no one is meant for sure
        ("公司召开安全生产会议。总经理钱进、总工程师钱林出席会议。总经理钱进主持会议。钱总强调，要守住安全底线。",
         {"钱进": ("总经理", ("主持",))}),
        ("公司召开安全生产会议。董事长钱进、董事长钱林出席会议。钱董强调，要守住安全底线。", {}),
        # a two-character title word gives no one-character form (高院: the court)
        ("区法院召开审判工作会议。区法院院长高明主持会议。高院在会上作了部署。", {"高明": ("区法院院长", ("主持",))}),
        # a form holding a character of places reads as a place (李村: the village)
        ("村里召开党员大会。村主任李明主持会议。李村在脱贫攻坚中走在前列。", {"李明": ("村主任", ("主持",))}),
        # the short form going on with the post is the full post
        ("公司召开安全生产会议。董事长钱进主持会议。钱董事会秘书在会上发言。", {"钱进": ("董事长", ("主持",))}),
    ],
)
def test_a_short_form_that_names_no_one_for_sure(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("11月20日，市人大常委会召开第十九次会议。副市长邓丽萍列席会议并作了关于全市教育工作情况的报告。",
         {"邓丽萍": ("副市长", ("作报告",))}),
        ("11月20日，市人大常委会召开第十九次会议。会议听取了副市长邓丽萍作的关于全市教育工作情况的报告。",
         {"邓丽萍": ("副市长", ("作报告",))}),
        # one who only sits in takes no part
        ("11月20日，市人大常委会召开第十九次会议。副市长邓丽萍列席会议。", {}),
    ],
)
def test_a_report_by_one_who_sits_in(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("7月25日，县委书记陈敏来到大同镇，为基层党员干部宣讲党的二十届三中全会精神。宣讲会由镇党委书记叶华主持。",
         {"陈敏": ("县委书记", ("作报告",)), "叶华": ("镇党委书记", ("主持",))}),
        ("全会精神宣讲会在大同镇举行。县委书记陈敏围绕全会精神进行了宣讲。", {"陈敏": ("县委书记", ("作报告",))}),
        ("全会精神宣讲会在大同镇举行。县委书记陈敏作宣讲。", {"陈敏": ("县委书记", ("作报告",))}),
        ("全会精神宣讲会在大同镇举行。县委党校教授陈敏宣讲了全会精神。", {"陈敏": ("县委党校教授", ("作报告",))}),
        ("图书馆举办健康讲座，市人民医院主任医师李华为读者讲解了高血压防治知识。",
         {"李华": ("市人民医院主任医师", ("作报告",))}),
        ("学院召开教学工作会议。会议邀请教务处处长孙伟就新版培养方案作解读。", {"孙伟": ("教务处处长", ("作报告",))}),
        ("县委召开常委会会议。县委党校副校长孙伟就全会精神作了政策解读。", {"孙伟": ("县委党校副校长", ("作报告",))}),
    ],
)
def test_a_lecture_told_with_a_verb_of_explaining(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a lecture named as a task in a speech
        ("县委召开全会精神学习会。县委书记陈敏指出，要认真做好全会精神宣讲工作。", {"陈敏": ("县委书记", ("讲话",))}),
        ("县委召开全会精神学习会。县委书记陈敏要求各地做好宣讲。", {"陈敏": ("县委书记", ("讲话",))}),
        # the nouns: a lecture team, a lecturer, another's lecture listened to
        ("县委召开全会精神学习会。县委书记陈敏为宣讲团授旗。", {"陈敏": ("县委书记", ("颁奖",))}),
        ("县委召开全会精神学习会。县委书记陈敏听取了宣讲员的宣讲。", {}),
        ("县委召开全会精神学习会。县委书记陈敏主持会议，对全会精神宣讲工作进行了部署。",
         {"陈敏": ("县委书记", ("主持", "讲话"))}),
        # a party lecture told with 宣讲 stays a party lecture
        ("县委召开全会精神学习会。县委书记陈敏主持会议，并为党员宣讲专题党课。", {"陈敏": ("县委书记", ("主持", "讲党课"))}),
        # an explanation at a press conference is no lecture: 讲话, like 介绍 there (§4 twenty-third review round)
        ("县政府召开新闻发布会。县发改局局长陈敏对政策进行了解读。", {"陈敏": ("县发改局局长", ("讲话",))}),
        # a guide on a visit, no meeting
        ("县委书记王强参观了县博物馆。讲解员李红为大家讲解了展馆历史。", {}),
    ],
)
def test_verbs_of_explaining_that_are_no_lecture(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("台北市议会今天召开定期大会，市长蒋万安进行施政报告。", {"蒋万安": ("市长", ("作报告",))}),
        ("台北市议会今天召开定期大会，市长蒋万安提出施政报告。", {"蒋万安": ("市长", ("作报告",))}),
        ("台北市議會今天召開定期大會，市長蔣萬安進行施政報告。", {"蒋万安": ("市长", ("作报告",))}),
        ("台北市议会今天召开定期大会，市长蒋万安作施政报告。", {"蒋万安": ("市长", ("作报告",))}),
        # a report demanded of others, a report named in a demand, reports heard
        ("市政府召开常务会议。市长张明主持会议，要求进行安全生产情况报告。", {"张明": ("市长", ("主持", "讲话"))}),
        ("市委召开常委会会议。市委书记张明主持会议，提出了撰写调研报告的要求。", {"张明": ("市委书记", ("主持",))}),
        ("市委召开常委会会议。市委书记张明主持会议，听取了市审计局关于审计工作情况的报告。",
         {"张明": ("市委书记", ("主持",))}),
    ],
)
def test_a_report_delivered_with_a_light_verb(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县委召开经济工作会议。王磊（县发改局局长）、李娜（城关镇党委书记）作交流发言。",
         {"王磊": ("县发改局局长", ("发言",)), "李娜": ("城关镇党委书记", ("发言",))}),
        ("县委召开经济工作会议。会上，王磊（县发改局局长）、李娜（城关镇党委书记）、赵勇（县工业园区管委会主任）作交流发言。",
         {"王磊": ("县发改局局长", ("发言",)), "李娜": ("城关镇党委书记", ("发言",)),
          "赵勇": ("县工业园区管委会主任", ("发言",))}),
        ("县委召开经济工作会议。王磊（县发改局局长）作交流发言。", {"王磊": ("县发改局局长", ("发言",))}),
        ("座谈会召开。会上，张伟（省社科院研究员）、刘芳（市委党校教授）先后发言。",
         {"张伟": ("省社科院研究员", ("发言",)), "刘芳": ("市委党校教授", ("发言",))}),
        # places with a bracketed note are no people
        ("经验交流会召开。北京（中国）、东京（日本）作交流发言。", {}),
        # one who attends, named with a bracketed title, takes no part
        ("县委召开经济工作会议。王磊（县发改局局长）出席会议。", {}),
    ],
)
def test_names_with_bracketed_titles_in_a_list(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
