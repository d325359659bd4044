"""Winners of a quoted prize or title counted after its selection or its published list (invented sentences).

- GUIDELINES §5 twelfth review round (a prize's winners counted after its quoted name are its count), sixteenth and
  twenty-first rounds (a prize's list of winners published, then their count) and thirtieth round (a quoted title's
  holders chosen, counted), as read in the thirty-first review round (7 December 2026, first stop): the prize may be quoted
  in a published list (`公布「优质服务奖」得奖名单，共有十二间机构获奖`, its edition before the mark dropped); a selection's
  word may stand between (`评选共评出获奖者15名`, `選舉共選出十位得獎者`); `选出` reads as `评出` and `得奖者` as `获奖者`.
  Another period (`去年`), candidates and a plan give none.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(("body", "expected"), [
    ("當局今日公布「優質服務獎」得獎名單，共有十二間機構獲獎。", [("优质服务奖", 12, "间", "organization")]),
    ("市政府公布了第五届“市长质量奖”获奖名单，共有8家企业获奖。", [("市长质量奖", 8, "家", "organization")]),
    ("市政府公布了第五届市长质量奖获奖名单，8家企业获奖。", [("市长质量奖", 8, "家", "organization")]),
    ("本届“青年科技奖”评选共评出获奖者15名。", [("青年科技奖", 15, "名", "person")]),
    ("本屆「傑出青年」選舉共選出十位得獎者。", [("杰出青年", 10, "位", "person")]),
    ("本届“十佳青年”评选共评出10名。", [("十佳青年", 10, "名", "person")]),
    # none: another period, candidates, a plan, a shortlist published
    ("去年“十佳青年”选举共选出10位得奖者。", []),
    ("本届“十佳青年”候选人共选出20名。", []),
    ("本届“十佳青年”拟评出10名。", []),
    ("市政府公布了第五届“市长质量奖”入围名单，共有20家企业入围。", []),
])
def test_winners_chosen_wordings(extract, body, expected):
    assert honours(extract(page(body))) == expected
