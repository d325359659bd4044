"""Sessions that glued wire items tell by their own act, found on a recall read of newspaper articles (GUIDELINES §3
thirty-seventh review round, after the twenty-eighth; §11 glued items):

- an item opened by a wire credited with 据 (``据新华社北京1月7日电 …会见了…``) starts at 据: the talks it tells belong to
  it, not to the item before, whose session told by its act (``…第一次会议1月7日选举…``) stays a record;
- a later item may tell several numbered sessions (``…人民代表大会第一次会议…选举…。政协…第一次全体会议…选举…``,
  ``在…政协…一次会议上当选``): each one told by its own act, or as where someone was elected, is its own record, named as
  written; a session the item already tells (the same name) gives no second record, and a reference that is no
  numbered session, a numbered session only mentioned, or one where those elected are only described
  (``在…会议上当选的委员们``: an attribute, the session an office's source), gives none.

Invented pages, no publication date (the day stays ``date_text``).
"""

from __future__ import annotations

import pytest


def told(record: dict) -> list[tuple[str, str | None]]:
    """(name, date_text) of each meeting, sorted by name (the order of the records is not what is checked; a day is
    checked only where the session's own clause tells it)."""
    return sorted((m["name"], m["date_text"] if "选举" in m["evidence"]["text"] else None) for m in record["meetings"])


_FIRST = "本报北京１月５日讯某协会今天在京召开新闻发布会，介绍春节活动安排。\n"
_TALKS = "据新华社北京１月７日电（记者王某）副委员长李某今天下午在人民大会堂会见了外国客人。\n"


@pytest.mark.parametrize(("page", "expected"), [
    # the talks of a 据 item after a session's item: both records
    (_FIRST + "新华社江城１月７日电江城市第九届人民代表大会第一次会议１月７日选举张某为市长。\n" + _TALKS,
     [("会见", None), ("新闻发布会", None), ("江城市第九届人民代表大会第一次会议", "1月7日")]),
    (_FIRST + "新华社青州１月６日电青州市第八届人民代表大会第一次全体会议今天选举赵某为市人大常委会主任。\n" + _TALKS,
     [("会见", None), ("新闻发布会", None), ("青州市第八届人民代表大会第一次全体会议", "今天")]),
    # two sessions in one later item, each by its own act
    (_FIRST + "新华社江城１月７日电江城市第九届人民代表大会第一次会议今天选举张某为市长。\n"
     "政协江城市第七届委员会第一次全体会议１月５日选举刘某为市政协主席。\n",
     [("政协江城市第七届委员会第一次全体会议", "1月5日"), ("新闻发布会", None), ("江城市第九届人民代表大会第一次会议", "今天")]),
    # a session where someone was elected, in an item that tells another session by its act
    (_FIRST + "新华社江城１月７日电江城市第九届人民代表大会第一次会议１月７日选举张某为市长。孙某在政协江城市七届一次会议上"
     "当选为市政协主席。\n",
     [("政协江城市七届一次会议", None), ("新闻发布会", None), ("江城市第九届人民代表大会第一次会议", "1月7日")]),
    # near misses: a numbered session only mentioned (no act), a planned one, no second record of the same session
    (_FIRST + "新华社江城１月７日电江城市第九届人民代表大会第一次会议１月７日选举张某为市长。代表们认真学习了政协江城市七届一次会议"
     "的文件。\n",
     [("新闻发布会", None), ("江城市第九届人民代表大会第一次会议", "1月7日")]),
    (_FIRST + "新华社江城１月７日电江城市第九届人民代表大会第一次会议１月７日选举张某为市长。在政协江城市七届一次会议上当选的"
     "委员们表示要履行职责。\n",
     [("新闻发布会", None), ("江城市第九届人民代表大会第一次会议", "1月7日")]),
    (_FIRST + "新华社江城１月７日电江城市第九届人民代表大会第一次会议１月７日选举张某为市长。政协江城市第七届委员会第一次全体会议"
     "将选举市政协主席。\n",
     [("新闻发布会", None), ("江城市第九届人民代表大会第一次会议", "1月7日")]),
    (_FIRST + "新华社江城１月７日电江城市第九届人民代表大会第一次会议１月７日选举张某为市长。江城市第九届人民代表大会第一次会议"
     "还选举了副市长。\n",
     [("新闻发布会", None), ("江城市第九届人民代表大会第一次会议", "1月7日")]),
])
def test_later_item_sessions_by_act(extract_with_model, page: str, expected: list) -> None:
    assert told(extract_with_model(page)) == expected
