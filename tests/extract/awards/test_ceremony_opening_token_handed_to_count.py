"""A ceremony named for one prize that opens its sentence and is told held, then up to two clauses of who officiates and
the prize's token handed to a count (`第五届江城杰出教师奖颁奖典礼昨日在…举行，市长王明主礼，颁发奖项予二十名教师`), confers
that prize on the count, as `举行…奖颁奖典礼，为10名青年颁奖` does (GUIDELINES §5 sixteenth review round: the winners of a
ceremony named for one prize; thirty-seventh review round, 7 December 2026, seventh stop, from the new tuning pages s170).

Found: a Hong Kong release's teaching award conferred on its teachers at its ceremony gave no record.

Near misses: a keepsake or money for those visited handed over, a count in the officiating clause, and holders named by an
honour of their own are read as before.  Every sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

# (body, awards recorded)
CASES = [
    ("第五届江城杰出教师奖颁奖典礼昨日在市文化中心举行，市长王明主礼，颁发奖项予二十名教师，表扬他们的贡献。",
     [("江城杰出教师奖", 20, "名", "person")]),
    ("第五屆江城傑出教師獎頒獎典禮今日（五月六日）在市文化中心舉行，局長王明主禮，頒發獎項予二十名教師。",
     [("江城杰出教师奖", 20, "名", "person")]),
    ("2024年度江城青年科技奖颁奖典礼昨日在市科技馆举行，副市长李华出席并为12名青年科技工作者颁奖。",
     [("江城青年科技奖", 12, "名", "person")]),
    ("江城青年科技奖颁奖典礼昨日在市科技馆举行，副市长李华出席，为12名青年科技工作者颁发证书。",
     [("江城青年科技奖", 12, "名", "person")]),
    # near misses: a keepsake, a count in the officiating clause, money for those visited
    ("第五届江城杰出教师奖颁奖典礼昨日在市文化中心举行，市长王明主礼，颁发纪念品予二十名嘉宾。", []),
    ("江城杰出教师奖颁奖典礼昨日在市文化中心举行，共有300人出席，市长王明为20名教师颁奖。", []),
    ("江城杰出教师奖颁奖典礼昨日在市文化中心举行，市长王明为20名教师颁发慰问金。", []),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_ceremony_opening_token_handed_to_count(extract, body, expected):
    assert honours(extract(page(body))) == expected
