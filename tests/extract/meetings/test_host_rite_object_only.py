"""A person whose 主持 takes a rite as its direct object (`会谈前，迟浩田主持仪式欢迎…一行`, `王强主持了欢迎仪式`) chairs that rite
only: no host of the talks told beside it (GUIDELINES §3 host, thirty-second review round, 7 December 2026, second
stop: `参加了欢迎仪式和会谈` are two events). Read for talks only; a meeting's own chair sentence (`县长李明主持会议`) still names
its host.
Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def hosts(record: dict) -> list[tuple[str, str | None]]:
    """(name, host name) of each meeting, in order."""
    return [(m["name"], (m["host"] or {}).get("name")) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("据新华社北京1月9日电国防部长迟浩田上将今天下午在钓鱼台国宾馆同某国国防部长举行了会谈。会谈前，迟浩田主持仪式欢迎客人一行访华。",
         [("会谈", None)]),
        ("市长王强今天上午在市政府同德国代表团举行会谈。會談前，王強主持儀式歡迎客人。", [("会谈", None)]),
        ("市长王强今天上午在市政府同德国代表团举行会谈。会谈前，王强主持了欢迎仪式。", [("会谈", None), ("欢迎仪式", "王强")]),
        ("县委今天上午在县委党校召开座谈会。座谈会前，县长李明主持了揭牌仪式。", [("座谈会", None), ("揭牌仪式", "李明")]),
        # the meeting's own chair
        ("县委今天上午在县委党校召开座谈会，县长李明主持会议。", [("座谈会", "李明")]),
    ],
)
def test_rite_chair_hosts_no_talks(extract_with_model, body: str, expected: list) -> None:
    assert hosts(extract_with_model(page(body, "1998-01-10"))) == expected
