"""Shapes on emergency management and fire pages (安全生产 meetings, 防汛 deployments, drills, commendations). Invented sentences; the expected values follow corpus/GUIDELINES.md §3 (location: a venue after 并在 when
the subject acted in the clause before), §4 (颁奖: 授旗/授牌, a banner or plaque handed to those honoured) and §5
(ninth round: prizes won told after a meeting's review of a period are that period's tally).

- A banner or plaque handed with the bare verb 授 and the honour between (向支队授“抗洪抢险尖兵”锦旗, 为…授流动红旗)
  is 颁奖, also in a clause after the person's address that opens on whose behalf (出席并致辞，代表市委、市政府向…授…).
- A review of a period's work with a field between the period and 工作 (会议回顾了2024年全市应急管理工作。一年来，…全年
  获评省级以上先进集体3个) makes the prizes won a tally, as 会议回顾了2024年工作 did.
- A body's name after 并在/又在/还在/也在 (调研组…，并在市应急管理局召开座谈会) is the venue, and 又在/还在 names no
  organizer, as 并在 did.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page, speakers


def _where(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["location"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        ("8月20日，市消防救援支队召开表彰大会。副市长何静出席会议并致辞，代表市委、市政府向支队授“抗洪抢险尖兵”锦旗。",
         "何静", ("致辞", "颁奖")),
        ("5月4日，县总工会召开表彰大会。县长李强出席会议并讲话，为10个先进班组授流动红旗。", "李强", ("讲话", "颁奖")),
        ("5月4日，县总工会召开表彰大会，县长李强向受表彰的单位授“安全生产先进单位”荣誉牌。", "李强", ("颁奖",)),
        ("3月2日，区应急管理局召开总结大会。区长王芳给获奖集体授了锦旗。", "王芳", ("颁奖",)),
        ("5月4日，县总工会召开表彰大会。县长李强出席会议并讲话，代表县委颁发奖牌。", "李强", ("讲话", "颁奖")),
        # NEGATIVE: a banner given in thanks or received, and 授予 read as before
        ("5月4日，县总工会召开表彰大会。县长李强出席会议并讲话，代表们向他赠送锦旗。", "李强", ("讲话",)),
        ("5月4日，县总工会召开座谈会，县长李强出席会议，接受了群众送来的锦旗。", "李强", None),
        ("5月4日，县总工会召开表彰大会。县长李强出席会议，为新入职员工授课。", "李强", ("作报告",)),
    ],
)
def test_banner_handed_with_bare_shou(extract, body: str, name: str, roles: tuple | None) -> None:
    people = speakers(extract(page(body)))
    if roles is None:
        assert name not in people
    else:
        assert people[name][1] == roles


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("1月23日，市应急管理局召开年度工作会议。会议回顾了2024年全市应急管理工作。一年来，全市未发生较大事故，"
         "全年获评省级以上先进集体3个。", []),
        ("1月23日，县教育局召开工作会议。会议回顾了2024年全县教育工作，全年获评省级以上先进集体3个。", []),
        ("1月23日，县文旅局召开工作会议。会议总结了去年全县文化旅游工作，全年获得省级以上荣誉9项。", []),
        # NEGATIVE: honours received at this meeting, and a conferral of this meeting after the review
        ("1月23日，县文明办召开工作会议。会议总结了去年全市文明创建工作，10个单位获评“县级文明单位”。",
         [("县级文明单位", 10, "个", "organization")]),
        ("1月23日，县应急管理局召开工作会议。会议回顾了2024年全县应急管理工作，并表彰了先进集体5个。",
         [("先进集体", 5, "个", "organization")]),
    ],
)
def test_review_with_a_field_before_work(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("11月6日下午，省应急管理厅副厅长高志远一行来我市调研危险化学品安全生产工作，实地察看了临港化工园区，"
         "并在市应急管理局召开座谈会。", [("座谈会", "市应急管理局", None)]),
        ("5月4日，调研组一行察看了园区企业，又在县商务局召开了企业座谈会。", [("企业座谈会", "县商务局", None)]),
        ("5月4日，检查组先后检查了3家企业，还在镇人民政府召开了推进会。", [("推进会", "镇人民政府", None)]),
        ("5月4日，县委书记李强一行察看了园区企业，也在县商务局召开了企业座谈会。", [("企业座谈会", "县商务局", None)]),
        # NEGATIVE: a body as the subject holds the meeting, no venue; a bare 在 before a venue as before
        ("5月4日，县应急管理局召开座谈会。", [("座谈会", None, "县应急管理局")]),
        ("5月4日，调研组在市应急管理局召开座谈会。", [("座谈会", "市应急管理局", None)]),
    ],
)
def test_body_after_bing_zai_is_the_venue(extract, body: str, expected: list) -> None:
    assert _where(extract(page(body))) == expected
