"""After 于 in an attribute of holding (`在近日于巴黎举行的…上`, `於台北舉行的…`), what stands before the verb is where (or
when) the meeting was held, never who holds it: a foreign city the tagger does not know is the venue all the same (GUIDELINES
§3 location, thirtieth review round, 6 December 2026, ninth stop). A day after 于 is a time, and a meeting ahead is none.
Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def placed(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["location"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("在近日于巴黎举行的国际航空货运论坛上，中国获得了政府奖。", [("国际航空货运论坛", "巴黎", None)]),
        ("在日前于卢萨卡召开的地区合作会议上，双方交换了意见。", [("地区合作会议", "卢萨卡", None)]),
        ("在日前于江城宾馆召开的全省旅游工作会议上，省长作了讲话。", [("全省旅游工作会议", "江城宾馆", None)]),
        ("在5月6日于市会展中心开幕的科技论坛上，多项成果发布。", [("科技论坛", "市会展中心", None)]),
        ("於日前於台北舉行的兩岸論壇上，雙方交換了意見。", [("两岸论坛", "台北", None)]),
        ("在于北京举行的座谈会上，专家们发了言。", [("座谈会", "北京", None)]),
    ],
)
def test_place_after_yu_in_attribute(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a day after 于, no place
        ("在于5月6日举行的座谈会上，专家们发了言。", [("座谈会", None, None)]),
        # a time of the year after 于, no place (a first reading took 去年底 for a venue)
        ("在于去年底召开的全省工作会议上，省长作了讲话。", [("全省工作会议", None, None)]),
        ("在于今年初召开的全国会议上，部长作了报告。", [("全国会议", None, None)]),
        ("在于当晚举行的招待会上，他说，合作前景广阔。", [("招待会", None, None)]),
        # a meeting ahead
        ("在将于明年举行的论坛上，双方将签署协议。", []),
    ],
)
def test_no_place_after_yu(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body))) == expected
