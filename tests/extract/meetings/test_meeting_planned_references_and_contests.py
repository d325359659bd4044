"""Meeting phrasings: a planned
meeting referred to again, fairs and contests, organizer prefixes, venues told apart from the
meeting's sentence, lectures, training classes and habitual meetings.  Invented sentences; the
expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


def headed(headline: str, body: str, published: str = "2024-05-08") -> str:
    """An invented page with its own headline."""
    return f"{headline}\n{published} 来源：某网\n{body}\n"


def located(record: dict) -> list[tuple[str, str | None, str | None]]:
    """(name, date, location) of each meeting, in order."""
    return [(m["name"], m["date"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    "body",
    [
        "县委组织部拟于5月10日在县委党校召开全县组织工作会议。会议由县委常委、组织部部长方红英主持。",
        "县委定于5月18日召开县委全会。全会由县委书记邓立群主持。",
        "经研究，决定于5月12日召开全市教育工作会议，会议由副市长罗平主持。",
        "第三届数字乡村论坛定于5月20日在杭州举办。论坛由浙江大学主办，某某研究院承办。",
        "市农业农村局定于5月18日在市委党校举办全市农民培训班。开班式由市农业农村局局长黄立明主持。",
    ],
)
def test_a_planned_meeting_referred_to_again_is_none(extract, body: str) -> None:
    assert held(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a meeting held before the plan it made: the back-reference is the held one's
        ("5月1日，市政协召开主席会议，研究确定于5月下旬召开市政协常委会会议。会议由市政协主席龚立平主持。",
         [("主席会议", "2024-05-01", "市政协")]),
        ("5月1日，县委召开常委会议。会议由县委书记邓立群主持。", [("常委会议", "2024-05-01", "县委")]),
    ],
)
def test_a_held_meeting_referred_to_again_is_kept(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


def test_the_closing_ceremony_of_a_contest_is_dated_by_its_close(extract) -> None:
    body = "8月30日，第二届全省职业技能大赛在省会落下帷幕。闭幕式上，副省长刘涛为获奖选手颁奖。"
    assert held(extract(page(body, "2024-08-31"))) == [("闭幕式", "2024-08-30", None)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月1日上午，某某公司捐赠仪式在县教育局举行。", [("捐赠仪式", "2024-05-01", "某某公司")]),
        ("5月1日上午，中国银行湖南省分行捐赠仪式在长沙举行。", [("捐赠仪式", "2024-05-01", "中国银行湖南省分行")]),
        # two parties, a place before a commendation: the name whole (earlier reviews' decision)
        ("5月1日，某某区人民政府与某某集团签约仪式在区行政中心举行。",
         [("某某区人民政府与某某集团签约仪式", "2024-05-01", None)]),
        ("5月1日，某某公司揭牌仪式在县城举行。", [("某某公司揭牌仪式", "2024-05-01", None)]),
        ("某某股份有限公司（以下简称“公司”）第九届董事会第十二次会议于2024年5月1日在公司会议室召开。",
         [("第九届董事会第十二次会议", "2024-05-01", "某某股份有限公司")]),
        ("5月5日，我市全民健身月启动仪式在奥体中心举行。", [("全民健身月启动仪式", "2024-05-05", None)]),
        ("5月5日，我县2024年春季植树造林动员会在县委党校召开。", [("2024年春季植树造林动员会", "2024-05-05", None)]),
        ("5月6日下午，出席市人大二次会议的城关代表团举行全体会议。", [("全体会议", "2024-05-06", "城关代表团")]),
        # a scope is no organizer
        ("5月1日，全县表彰大会在县会议中心举行。", [("全县表彰大会", "2024-05-01", None)]),
    ],
)
def test_the_organizer_before_a_ceremony(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("某县举行授牌仪式", "5月7日，县委书记李明在县委党校主持授牌仪式。", [("授牌仪式", "2024-05-07", "县委党校")]),
        ("某某大学举行学术报告会", "5月1日上午，北京大学教授王建国做客“某某讲坛”，在图书馆报告厅作了题为《全球治理》的学术报告。",
         [("学术报告会", "2024-05-01", "图书馆报告厅")]),
        ("某某大学举行学术报告会", "5月1日上午，北京大学教授王建国做客“某某讲坛”，作了题为《全球治理》的学术报告。",
         [("学术报告会", "2024-05-01", None)]),
    ],
)
def test_the_venue_of_a_meeting_the_headline_names(extract, headline: str, body: str, expected: list) -> None:
    assert located(extract(headed(headline, body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("市长卢秀燕1日出席模范母亲表扬典礼，表扬30位模范母亲。典礼于市府惠中楼举行。",
         [("模范母亲表扬典礼", "2024-05-01", "市府惠中楼")]),
        ("5月1日上午，北京大学教授王建国在图书馆报告厅作了题为《全球治理》的学术报告。报告会由外国语学院院长王敏主持。",
         [("报告会", "2024-05-01", "图书馆报告厅")]),
        ("5月1日，全州驻村干部培训班在州委党校结业。州委组织部部长陈林出席结业式并讲话。培训期间，学员赴湄潭县进行了现场教学。",
         [("结业式", "2024-05-01", "州委党校")]),
    ],
)
def test_the_venue_told_in_another_sentence(extract, body: str, expected: list) -> None:
    assert located(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        "培训期间，学员赴湄潭县进行了现场教学。",
        "钱某某同志长期从事教育工作。他曾多次在全国高等教育学术会议上作报告。",
        "他任校长期间，在全校教学工作会议上讲话20余次。",
    ],
)
def test_a_training_trip_or_a_habit_is_no_meeting(extract, body: str) -> None:
    assert held(extract(page(body))) == []
