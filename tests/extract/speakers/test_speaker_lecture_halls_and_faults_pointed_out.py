"""Speaker shapes on grassroots party-building pages: a lecture-hall venue (学术报告厅, 演讲厅) is a room, no
report given, so a party lecture given there stays 讲党课; 指出 with the faults found as its object
(并指出了存在的不足) inside a 点评 adds no 讲话; a training session given to those present (为网格员作了业务培训)
is a lecture (作报告); the visitors of an on-site observation counted without 赴/到 (等80余人先后观摩了…) are
its attendees. Invented sentences; the expected values follow corpus/GUIDELINES.md (§3 attendee_count, §4 roles)."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


def _attendees(record: dict) -> list[tuple[str, int | None, bool]]:
    """(name, attendee_count, attendee_approx) of each meeting, in order."""
    return [(m["name"], m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        ("5月20日下午，学院党委书记沈立群在学术报告厅以“守好教育初心 担当育人使命”为题，为全体师生党员讲授专题党课。",
         "沈立群", ("讲党课",)),
        ("6月3日，县委书记骆天明在县委党校学术报告厅为全县新任科级干部讲授专题党课。", "骆天明", ("讲党课",)),
        ("5月20日下午，学院党委书记沈立群在图书馆学术报告厅主持召开党委理论学习中心组学习会。", "沈立群", ("主持",)),
        ("6月3日，市委党校副校长骆天明在学校演讲厅主持召开教学工作座谈会。", "骆天明", ("主持",)),
        # NEGATIVE: an academic report given in the hall is still a report
        ("5月20日下午，南江大学教授沈立群在学术报告厅作学术报告。", "沈立群", ("作报告",)),
        ("5月20日下午，沈立群教授在图书馆学术报告厅作了题为《乡村治理新路径》的学术报告。", "沈立群", ("作报告",)),
    ],
)
def test_lecture_hall_is_a_room(extract, body: str, name: str, roles: tuple) -> None:
    assert speakers(extract(page(body)))[name][1] == roles


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        ("12月18日，全市第一书记述职评议会召开。市乡村振兴局局长钱立新对述职人员逐一进行点评，并指出了存在的不足。",
         ("点评",)),
        ("12月18日，全县党建述职评议会召开。县委书记钱立新逐一进行点评，并指出了存在的问题和差距。", ("点评",)),
        ("12月18日，全县党建述职评议会召开。县委书记钱立新逐一进行点评，并一针见血地指出存在的短板。", ("点评",)),
        # NEGATIVE: 指出 that introduces remarks still adds 讲话 (GUIDELINES §4)
        ("12月18日，全县党建述职评议会召开。县委书记钱立新逐一进行点评，并指出，各乡镇要抓好问题整改。", ("点评", "讲话")),
        ("12月18日，全县党建述职评议会召开。县委书记钱立新在点评时指出，各乡镇要把问题整改到位。", ("点评", "讲话")),
        ("12月18日，全县党建述职评议会召开。县委书记钱立新逐一进行点评，并指出了存在的不足，强调要抓好问题整改。",
         ("点评", "讲话")),
    ],
)
def test_faults_pointed_out_in_a_review(extract, body: str, roles: tuple) -> None:
    assert speakers(extract(page(body)))["钱立新"][1] == roles


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        ("7月16日，翠湖社区召开网格员业务培训会，邀请街道综治中心主任莫海峰为网格员作了业务培训。", ("作报告",)),
        ("7月16日，翠湖社区召开网格员业务培训会，街道综治中心主任莫海峰作了信息上报业务培训。", ("作报告",)),
        ("7月16日，县应急管理局召开安全生产会议，县消防救援大队教导员莫海峰为与会人员做了一场消防安全培训。", ("作报告",)),
        # NEGATIVE: training work arranged or planned is no lecture
        ("7月16日，县委组织部召开干部教育工作会议，副部长莫海峰主持会议，并对全年培训工作作了安排。", ("主持", "讲话")),
        ("7月16日，县委组织部召开干部教育工作会议，副部长莫海峰主持会议并作培训动员讲话。", ("主持", "讲话")),
    ],
)
def test_training_given_is_a_lecture(extract, body: str, roles: tuple) -> None:
    assert speakers(extract(page(body)))["莫海峰"][1] == roles


def test_training_as_a_trainee_gives_no_role(extract) -> None:
    record = extract(page("7月16日，县委党校举行科级干部进修班开班式，副局长莫海峰作为培训对象参加学习。"))
    assert "莫海峰" not in speakers(record)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("9月12日，全县“党建引领基层治理”现场观摩会召开。县委副书记范国强带队，各乡镇党委书记、组织委员等80余人先后观摩了"
         "6个乡镇的11个点位。", [("全县“党建引领基层治理”现场观摩会", 80, True)]),
        ("9月12日，全市农村党建现场观摩会召开，各区县组织部长等45人实地观摩了3个示范村。", [("全市农村党建现场观摩会", 45, False)]),
        # NEGATIVE: people described by the visit who then speak, and an observation group, are no attendee count
        ("12月1日，市直机关工委召开“星级支部”观摩讲评会。讲评会上，10名参与观摩的同志谈了体会。",
         [("“星级支部”观摩讲评会", None, False)]),
        ("12月1日，市直机关工委召开“星级支部”观摩讲评会。会上，8名观摩组成员交流了心得。",
         [("“星级支部”观摩讲评会", None, False)]),
    ],
)
def test_visitors_of_an_observation(extract, body: str, expected: list) -> None:
    assert _attendees(extract(page(body, "2024-12-02"))) == expected
