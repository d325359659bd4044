"""Shapes of lead-in clauses after a role, games openings and ranks, in invented phrasings.

- A lead-in clause after a role (…出席并作动员讲话，并以《…》为题，为全体党员讲授专题党课) broke the reading of the
  clauses after it, so the party lecture it introduces was lost; the act it leads into is the same speaker's when that
  clause opens on 为/向 or the act itself (GUIDELINES §4 讲党课).
- A games' bare opening ceremony told after the games opened (…运动会于…开幕。本届运动会由甲、乙主办。开幕式上，…) took
  no holders; it takes them like a festival's (§3: games are a contest, their bare opening ceremony like a festival's).
- A rank after a quoted campaign name that ends on a holders' noun (十个村被命名为“美丽乡村”示范村) dropped the rank:
  the rank names the same holders again, so the quote is a campaign's name and the honour is the whole phrase (§5 honour
  text: the noun after the quote is part of the honour).
- Grades after 其中 of a quoted prize whose winners are counted as people (“青年创新奖”共评出15名，其中一等奖5名) were
  bare; they carry the prize named before (§5: grades listed after 其中 carry the prize named before).
- Prize money handed over with 将 (组委会将二百万元奖金发放给获奖团队) had no purpose; prize money paid is funding, purpose
  奖金 (§6).
- The short form 区科协 was paired with any association whose name holds 科…协 in order (区科技创新协会); a fixed short
  form of a mass organisation stands for its own full name only (§3: a body written short is the same body).

Invented sentences only; the expected values follow corpus/GUIDELINES.md.
"""

from __future__ import annotations

import pytest

from pipeline.extract.meetings.patterns import _council_short_form
from tests.extract.views import grants, held, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        ("县委书记张建国出席并作动员讲话，并以《传承红色基因》为题，为全体党员讲授专题党课。", "张建国", ("讲话", "讲党课")),
        ("市委常委李红梅出席并讲话，并以《坚定理想信念》为题，为全市组工干部讲授专题党课。", "李红梅", ("讲话", "讲党课")),
        ("区委书记王志强作动员讲话，并以《勇于自我革命》为题，向与会党员讲授了专题党课。", "王志强", ("讲话", "讲党课")),
        ("县委书记张建国出席并讲话，同时以“严守纪律规矩”为题，讲授专题党课。", "张建国", ("讲话", "讲党课")),
        # with no comma after the topic it was read before and stays so
        ("县委书记张建国出席并作动员讲话，并以《传承红色基因》为题讲授专题党课。", "张建国", ("讲话", "讲党课")),
    ],
)
def test_lecture_after_lead_in_following_a_role(extract, body: str, name: str, roles: tuple) -> None:
    assert speakers(extract(page(body)))[name][1] == roles


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        # another person opens the clause after the lead-in: no lecture of the speaker before
        ("县委书记张建国出席并讲话，并以《传承红色基因》为题，李红梅为全体党员讲授专题党课。", "张建国", ("讲话",)),
        # the lead-in introduces no lecture
        ("县委书记张建国出席并讲话，并以《传承红色基因》为题，组织开展了主题征文活动。", "张建国", ("讲话",)),
        # a new sentence with its own lecturer
        ("县委书记张建国出席并讲话。以《传承红色基因》为题，县委党校教授李红梅为全体党员讲授专题党课。", "张建国", ("讲话",)),
    ],
)
def test_lead_in_keeps_other_acts_apart(extract, body: str, name: str, roles: tuple) -> None:
    assert speakers(extract(page(body)))[name][1] == roles


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        ("第十届全民运动会于5月6日在市体育中心开幕。本届运动会由市体育局、市总工会主办。开幕式上，市长王志强宣布运动会开幕。",
         "市体育局、市总工会"),
        ("5月6日，第三届职工运动会在县体育馆隆重开幕。运动会由县总工会主办，县体育局承办。开幕式上，县长张建国致辞。",
         "县总工会"),
        ("5月6日，市第五届少数民族传统体育运动会开幕。本届运动会由市民宗委、市体育局共同主办。开幕式由副市长李红梅主持。",
         "市民宗委、市体育局"),
    ],
)
def test_games_bare_opening_takes_holders(extract, body: str, organizer: str) -> None:
    meetings = held(extract(page(body)))
    assert [(m[0], m[2]) for m in meetings] == [("开幕式", organizer)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # another event told held between the games and the ceremony: the later event's, no holders lent
        ("第十届全民运动会于5月6日在市体育中心开幕。本届运动会由市体育局、市总工会主办。5月7日，全市招商大会在会展中心举行。"
         "开幕式上，市长王志强致辞。", [("全市招商大会", None)]),
        # an earlier edition's holders are not this one's
        ("5月6日，第三届职工运动会在县体育馆开幕。上届运动会由县总工会主办。开幕式上，县长张建国致辞。", [("开幕式", None)]),
        # no holders told
        ("5月6日，第三届职工运动会在县体育馆开幕。开幕式上，县长张建国致辞。", [("开幕式", None)]),
    ],
)
def test_games_opening_without_holders_of_its_own(extract, body: str, expected: list) -> None:
    assert [(m[0], m[2]) for m in held(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会上，十个村被命名为“美丽乡村”示范村。", [("美丽乡村示范村", 10, "个", "organization")]),
        ("会上，十个村被评为“美丽乡村”示范村。", [("美丽乡村示范村", 10, "个", "organization")]),
        ("表彰会上，城东社区等八个社区被命名为“和谐社区”示范社区。", [("和谐社区示范社区", 8, "个", "organization")]),
        # a quote that ends on no holders' noun was read before and stays so
        ("会议宣读了表彰决定，城东社区等八个社区被命名为“文明和谐”示范社区。", [("文明和谐示范社区", 8, "个", "organization")]),
    ],
)
def test_rank_naming_the_quotes_holders_again(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "honor"),
    [
        # a rank naming other holders than the quote's: the quote stays the honour, as today
        ("会上，十户家庭被命名为“文明家庭”示范户。", "文明家庭"),
        ("会上，五个社区被命名为“文明社区”示范点。", "文明社区"),
        ("会上，十名党员被授予“优秀共产党员”示范岗称号。", "优秀共产党员"),
    ],
)
def test_rank_naming_other_holders_keeps_quote(extract, body: str, honor: str) -> None:
    assert [a[0] for a in honours(extract(page(body)))] == [honor]


def test_running_tally_of_designated_villages_stays_no_award(extract) -> None:
    assert honours(extract(page("截至目前，全市已有十个村被命名为“美丽乡村”示范村。"))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("本届“青年创新奖”共评出15名，其中一等奖5名、二等奖10名。",
         [("青年创新奖一等奖", 5, "名"), ("青年创新奖二等奖", 10, "名")]),
        ("大会表彰了“优秀教师奖”获得者20名，其中一等奖8名、二等奖12名。",
         [("优秀教师奖一等奖", 8, "名"), ("优秀教师奖二等奖", 12, "名")]),
        ("今年“江城工匠奖”共评出获奖者30人，其中一等奖10人、二等奖20人。",
         [("江城工匠奖一等奖", 10, "人"), ("江城工匠奖二等奖", 20, "人")]),
        # projects counted, read before, stay so
        ("“科技进步奖”共评出获奖项目30项，其中一等奖5项、二等奖10项。",
         [("科技进步奖一等奖", 5, "项"), ("科技进步奖二等奖", 10, "项")]),
    ],
)
def test_grades_within_a_quoted_prize_counted_by_winners(extract, body: str, expected: list) -> None:
    assert [a[:3] for a in honours(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a run of grades is no prize (§5: 评出一二三等奖，其中一等奖10名 → 一等奖)
        ("本次大赛共评出一二三等奖30名，其中一等奖10名、二等奖20名。", [("一等奖", 10, "名"), ("二等奖", 20, "名")]),
        # two quoted prizes joined before 其中: whose grade is not told
        ("会上评出“金点子奖”与“好创意奖”，其中一等奖4名。", [("一等奖", 4, "名")]),
        # people who won, no prize named before 其中
        ("共有30名学生获奖，其中一等奖10名、二等奖20名。", [("一等奖", 10, "名"), ("二等奖", 20, "名")]),
    ],
)
def test_grades_within_with_no_prize_stay_bare(extract, body: str, expected: list) -> None:
    assert [a[:3] for a in honours(extract(page(body)))] == expected


@pytest.mark.parametrize(
    "body",
    [
        "组委会将二百万元奖金发放给获奖团队。",
        "颁奖仪式上，主办方将50万元奖金发放给10名获奖选手。",
        "大赛组委会将总额二百万元的奖金发放给获奖选手。",
        "组委会现场将二百万元奖金发放到获奖者手中。",
        "本届大赛共有30个项目获奖，组委会将二百万元奖金全部发放给获奖团队。",
    ],
)
def test_prize_money_handed_over_is_funding(extract, body: str) -> None:
    assert [(g[1], g[2]) for g in grants(extract(page(body)))] == [("CNY", "奖金")]


@pytest.mark.parametrize(
    ("body", "purpose"),
    [
        # a bare 资金 names no purpose, as today
        ("市财政局将二百万元资金发放给各乡镇。", None),
        # read before by the fund after the verb, unchanged
        ("大赛组委会向获奖企业发放奖金共计300万元。", "奖金"),
    ],
)
def test_money_handed_over_near_misses(extract, body: str, purpose: str | None) -> None:
    assert [g[2] for g in grants(extract(page(body)))] == [purpose]


@pytest.mark.parametrize(
    ("short", "full", "same"),
    [
        ("区科协", "东城区科学技术协会", True),
        ("县科协", "东岭县科学技术协会", True),
        ("市妇联", "江州市妇女联合会", True),
        ("省残联", "河北省残疾人联合会", True),
        ("市文联", "江州市文学艺术界联合会", True),
        # a short form that is not fixed keeps the general reading
        ("市作协", "江州市作家协会", True),
        # a fixed short form names its own full name only
        ("区科协", "区科技创新协会", False),
        ("市科协", "市科技工作者协会", False),
        ("市妇联", "市妇幼保健院", False),
    ],
)
def test_fixed_short_form_matches_its_full_name(short: str, full: str, same: bool) -> None:
    assert _council_short_form(short, full) is same
