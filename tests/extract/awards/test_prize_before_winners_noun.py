"""A prize named right before its winners' noun after a count (invented sentences).

- GUIDELINES §5 thirtieth review round (6 December 2026, ninth stop): a count, then a prize, then its winners' noun
  `获奖集体`/`获奖单位`/`获奖者`/`获奖团队`/`获奖企业` (`对…等5个教学质量奖获奖集体进行表彰`, `表彰了12家科技进步奖获奖单位`)
  is that prize's count, the noun no part of its name, as the quoted form (`12家“科技进步奖”获奖单位`) reads. Their
  representatives or leaders (`…获奖单位代表`, `…获奖集体的负责人`), former winners invited, and holders with no conferral
  verb give no record.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(("body", "expected"), [
    ("对高三年级组等5个教学质量奖获奖集体进行表彰。", [("教学质量奖", 5, "个", "organization")]),
    ("宣读了表彰决定，对18名优秀教师、12名优秀班主任和初三年级组等5个教学质量奖获奖集体进行表彰。", [("优秀教师", 18, "名", "person"), ("优秀班主任", 12, "名", "person"), ("教学质量奖", 5, "个", "organization")]),
    ("大会表彰了12家科技进步奖获奖单位。", [("科技进步奖", 12, "家", "organization")]),
    ("会上，市长为12家科技进步奖获奖单位颁发了奖牌。", [("科技进步奖", 12, "家", "organization")]),
    ("会议表彰了6个优秀组织奖获奖单位。", [("优秀组织奖", 6, "个", "organization")]),
    ("公司对8个创新成果奖获奖团队进行了表彰。", [("创新成果奖", 8, "个", "organization")]),
    ("会上为20名青年科技奖获奖者颁奖。", [("青年科技奖", 20, "名", "person")]),
    ("會上為二十名青年科技獎獲獎者頒獎。", [("青年科技奖", 20, "名", "person")]),
    ("市政府表彰了三家质量管理奖获奖企业。", [("质量管理奖", 3, "家", "organization")]),
    ("公司表彰了15名“服务之星”获奖个人。", [("服务之星", 15, "名", "person")]),
    ("会议邀请了20名往届科技进步奖获奖者出席。", []),
    ("12家科技进步奖获奖单位代表参加了座谈。", []),
    ("全市已有12家企业获得质量管理奖。", []),
    ("座谈会上，5个教学质量奖获奖集体的负责人作了交流发言。", []),
])
def test_prize_then_winners_noun(extract, body, expected):
    assert honours(extract(page(body))) == expected
