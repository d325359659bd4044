"""A room named in the clause right after the meeting's, where the meeting does its business (invented sentences).

GUIDELINES §3, thirty-second review round (7 December 2026, second stop): `…主持召开县政府第28次常务会议，在县政府四楼常务
会议室传达学习…` places the meeting in that room: the clause after the meeting's opens on `在` + a room or hall and a verb of
the meeting's business (`传达`, `学习`, `研究`, `听取`, `审议`, `部署`).  Near misses: `在会上`, a scope (`在全县范围内`), a
place told after the meeting (`会后在…`) and a room where something else is done (`调度`) give no venue.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _venues(record: dict) -> list[str | None]:
    return [m["location"] for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("昨天上午，县长葛某主持召开县政府第28次常务会议，在县政府四楼常务会议室传达学习省、市有关会议精神，研究部署当前重点工作。",
     ["县政府四楼常务会议室"]),
    ("5月7日，县长葛某主持召开县政府常务会议，在县政府三楼会议室研究部署防汛工作。", ["县政府三楼会议室"]),
    ("5月7日，镇党委书记王某主持召开党委会，在镇政府二楼会议室听取各村工作汇报。", ["镇政府二楼会议室"]),
    ("5月7日，市委召开常委会会议，在市委一号会议室审议《工作规则》。", ["市委一号会议室"]),
    ("5月7日，县委书记李某主持召开县委常委会会议，在县委常委会议室学习贯彻全省经济工作会议精神。", ["县委常委会议室"]),
    ("5月7日，縣長葛某主持召開縣政府常務會議，在縣政府四樓會議室研究部署防汛工作。", ["县政府四楼会议室"]),
    ("5月7日，区政协召开主席会议，在区政协机关五楼会议室集中学习有关文件。", ["区政协机关五楼会议室"]),
    # near misses
    ("5月7日，县长葛某主持召开县政府常务会议，在会上传达学习了有关精神。", [None]),
    ("5月7日，县长葛某主持召开县政府常务会议，在全县范围内部署防汛工作。", [None]),
    ("5月7日，县长葛某主持召开县政府常务会议，会后在县应急指挥中心调度防汛工作。", [None]),
    ("5月7日，县长葛某主持召开县政府常务会议，在县应急指挥中心调度防汛工作。", [None]),
])
def test_room_opening_the_clause_of_business_is_the_venue(extract, body, expected):
    assert _venues(extract(page(body))) == expected
