"""Meeting shapes. A launch's scope (在全县正式启动) is read from a determiner with a
level or area word after it, so a place whose own name opens with 本/全 (本溪市, 全椒县) stays the venue of the meeting
held with the launch (GUIDELINES §3 location: the venue stated for the same act chain). A day inside someone's remarks
is skipped only for the talks told 签约前; elsewhere (次日 after 据…介绍说，…; 通报指出，…) the day told dates the next
meeting as it did before, and a meeting's or a document's statement is no one's remarks (GUIDELINES §3 date). A kind
of village (脱贫村, 移民村, 帮扶村) is no village holding a meeting (GUIDELINES §3 organizer, eighth round: a kind of
place is no holder). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import dated, page

_LAUNCH = "5月6日，“文明旅游”宣传活动在{place}正式启动，并举办了文旅产品推介会。"


def _meetings(record: dict) -> list[tuple]:
    return [(m["name"], m["location"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "loc"),
    [
        (_LAUNCH.format(place="本溪市"), "本溪市"),
        (_LAUNCH.format(place="全椒县"), "全椒县"),
        ("5月6日，“全民健身”活动在全南县正式启动，并成功举办了体育产业推介会。", "全南县"),
        (_LAUNCH.format(place="江城市"), "江城市"),
        # NEGATIVE: a scope of the launch (all of an area, each of its parts) stays no venue
        (_LAUNCH.format(place="全市范围内"), None),
        (_LAUNCH.format(place="全县"), None),
        (_LAUNCH.format(place="本地"), None),
        ("5月6日，“文明旅游”宣传活动在各县区同步启动，并举办了文旅产品推介会。", None),
        ("5月6日，“文明旅游”宣传活动在各乡镇同步启动，并举办了文旅产品推介会。", None),
    ],
)
def test_launch_place_or_scope(extract, body: str, loc: str | None) -> None:
    assert _meetings(extract(page(body)))[-1][1] == loc


@pytest.mark.parametrize(
    ("lead", "second"),
    [
        # NEGATIVE (review W2): a reporter's source or a document's statement is no remarks; 次日 dates as before
        ("据县委办负责人介绍说，", "2024-05-07"),
        ("据了解，", "2024-05-07"),
        ("通报指出，", "2024-05-07"),
        ("通知指出，", "2024-05-07"),
        ("会议指出，", "2024-05-07"),
        ("", "2024-05-07"),
    ],
)
def test_next_day_after_a_source_or_statement(extract, lead: str, second: str) -> None:
    body = f"{lead}5月6日，县委召开常委会。次日，县政府召开常务会议。"
    assert dated(extract(page(body))) == [("常委会", "2024-05-06"), ("常务会议", second)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，脱贫村产业发展推进会在县会议中心召开。", ("脱贫村产业发展推进会", "县会议中心", None)),
        ("5月6日，移民村后续扶持工作座谈会在县会议中心召开。", ("移民村后续扶持工作座谈会", "县会议中心", None)),
        ("5月6日，帮扶村党建工作推进会在县会议中心召开。", ("帮扶村党建工作推进会", "县会议中心", None)),
        ("5月6日，经济薄弱村产业发展推进会在县会议中心召开。", ("经济薄弱村产业发展推进会", "县会议中心", None)),
        # NEGATIVE: a village named by its own name still holds the meeting
        ("5月6日，杨柳村村民代表协商会在村委会召开。", ("村民代表协商会", "村委会", "杨柳村")),
        ("5月6日，青山村产业发展推进会在村委会召开。", ("产业发展推进会", "村委会", "青山村")),
    ],
)
def test_kind_of_village_holds_nothing(extract, body: str, expected: tuple) -> None:
    assert _meetings(extract(page(body))) == [expected]
