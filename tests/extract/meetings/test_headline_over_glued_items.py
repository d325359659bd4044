"""A page's headline line that tells a meeting held with no day of its own (`在京老同志迎春茶话会举行`), a subtitle under it,
over a body that tells the gathering's day and holders without naming it in its lead (`今天上午，2000多名在京老同志欢聚在
人民大会堂…。茶话会由…共同举办。`), is the first item's meeting and the page's subject also when wire items are glued after
it whose sessions are records of their own (`新华社武汉一月十八日电 …第一次会议一月十七日选举…`): it goes first and the body's
facts are its own (GUIDELINES §3 thirty-second review round; §11 glued items). A headline telling a session ahead with its
own day (`…三月三日召开`) over a decision item keeps its place after the body's meeting. Invented pages, no publication date.
"""

from __future__ import annotations

import pytest


def told(record: dict) -> list[tuple[str, str | None, str | None, str | None]]:
    """(name, date_text, time_of_day, organizer) of each meeting, in order."""
    return [(m["name"], m["date_text"], m["time_of_day"], m["organizer"]) for m in record["meetings"]]


_GLUED = ("新华社武汉一月十八日电（记者王某）江南省第九届人民代表大会第一次会议一月十七日选举张某为省人大常委会主任。\n"
          "新华社郑州一月十九日电（记者李某）江北省第九届人民代表大会第一次会议一月十九日选举赵某为省人大常委会主任。\n")


@pytest.mark.parametrize(
    ("page", "first"),
    [
        ("在京老同志迎春茶话会举行\n李某指出做好老干部工作是党的事业的需要\n"
         "本报北京1月20日讯记者陈某报道：今天上午，2000多名在京老同志欢聚在人民大会堂，喜迎新春佳节。李某代表党中央向出席茶话会的老同志拜年。\n"
         "茶话会由中共中央统战部、北京市委共同举办。中央组织部部长张某主持茶话会。\n" + _GLUED,
         ("在京老同志迎春茶话会", "今天", "上午", "中共中央统战部、北京市委")),
        ("江城老干部迎春茶话会举行\n王某强调关心老同志生活\n"
         "本报江城1月20日讯记者陈某报道：今天上午，300多名老干部欢聚在市人民会堂，共迎新春。市委书记王某向出席茶话会的老同志拜年。\n"
         "茶话会由市委组织部、市委老干部局共同举办。\n" + _GLUED,
         ("江城老干部迎春茶话会", "今天", "上午", "市委组织部、市委老干部局")),
    ],
)
def test_headline_meeting_first_over_glued_items(extract_with_model, page: str, first: tuple) -> None:
    found = told(extract_with_model(page))
    assert found[0] == first
    assert [f[0] for f in found[1:]] == ["江南省第九届人民代表大会第一次会议", "江北省第九届人民代表大会第一次会议"]


def test_headline_session_ahead_keeps_its_place(extract_with_model) -> None:
    page = ("某委员会第二十三次会议决定\n某大会三月三日召开王某出席闭幕会议\n"
            "新华社北京１月２２日电关于召开某大会的决定\n某委员会第二十三次会议决定：某大会于１９９８年３月３日在北京召开。\n"
            "新华社北京１月２２日电（记者陈某）某委员会第二十三次会议今天下午在北京举行，会议由副主席叶某主持。\n")
    found = told(extract_with_model(page))
    assert found and found[0][0] == "某委员会第二十三次会议"
