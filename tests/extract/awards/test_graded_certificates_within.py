"""Metal grades of a certificate listed after 其中 under a conferred total (invented sentences).

- GUIDELINES §5 thirtieth review round (6 December 2026, ninth stop): a total of holders who received or were handed a
  certificate or medal, then its grades after 其中 with their own counts (`获颁嘉许状，其中金状450名、银状380名`), gives one
  record per grade named as written (`金状`), the total that they add up to not repeated (§5 "A total", twenty-third
  round: categories after 其中 that are names of their own keep them). A running tally (`累计`) or applications (`申请`)
  confer nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(("body", "expected"), [
    ("今年共有一千二百三十名个人义工获颁嘉许状，其中金状四百五十名、银状三百八十名、铜状四百名。", [("金状", 450, "名", "person"), ("银状", 380, "名", "person"), ("铜状", 400, "名", "person")]),
    ("今年共有1230名義工獲頒嘉許狀，其中金狀450名、銀狀380名、銅狀400名。", [("金状", 450, "名", "person"), ("银状", 380, "名", "person"), ("铜状", 400, "名", "person")]),
    ("典礼上共为50名义工颁发嘉许状，其中金状20名、银状30名。", [("金状", 20, "名", "person"), ("银状", 30, "名", "person")]),
    ("署长向50名义工颁授嘉许状，其中金状20名、银状30名。", [("金状", 20, "名", "person"), ("银状", 30, "名", "person")]),
    ("本届大赛共评出获奖作品30个，其中金奖5个、银奖10个、铜奖15个。", [("金奖", 5, "个", None), ("银奖", 10, "个", None), ("铜奖", 15, "个", None)]),
    ("大会共为30名队员颁发奖章，其中金质奖章10名、银质奖章20名。", [("金质奖章", 10, "名", "person"), ("银质奖章", 20, "名", "person")]),
    ("另有20个团体获颁嘉许状，其中金状12个、银状8个。", [("金状", 12, "个", "organization"), ("银状", 8, "个", "organization")]),
    ("截至去年底，累计有1230名义工获颁嘉许状，其中金状450名、银状380名、铜状400名。", []),
    ("今年共有1230名义工申请嘉许状，其中金状450名、银状380名、铜状400名。", []),
    ("今年共有1230名义工获提名嘉许状，其中金状450名、银状380名。", []),
    ("服务满三百小时者可获颁金状，其中长者义工约占三成。", []),
    ("全港登记义工共一百三十万名，其中金状义工四百五十名。", []),
])
def test_grades_listed_after_certificate_total(extract, body, expected):
    assert honours(extract(page(body))) == expected
