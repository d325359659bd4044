"""The cr35 review's wrong firings of this stop's rules (findings A1-A10), each narrowed to its guideline.

- A4 (§5 nineteenth review round; §5 tenth round 命名…为): designation in the 将 frame only where told as done (``已将``,
  ``已经将``), with 把, or with a meeting as the subject; ``将`` after a body (``省政府将``, ``力争将``, ``计划将``) or a
  time ahead (``今年将``) stays a plan or a target.

Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


def _counted(record: dict) -> list[tuple[str, int]]:
    return [(honor, count) for honor, count, _unit, _kind in honours(record)]


@pytest.mark.parametrize(("body", "expected"), [
    # negative (the review's): a target, a plan, a time ahead
    ("省政府力争将30家企业认定为“专精特新”企业。", []),
    ("根据规划，省政府计划将20个乡镇命名为“特色小镇”。", []),
    ("市里今年将20个村命名为“美丽乡村示范村”。", []),
    # negative (paraphrases): 将 after a body, other verbs and nouns
    ("县政府争取将15所学校确定为“平安校园”。", []),
    ("区委将8个社区命名为“和谐社区”。", []),
    ("市政府下半年将十家医院认定为“群众满意医院”。", []),
    # positive: told as done, 把, a meeting as the subject
    ("会上，市政府已将15所学校确定为“平安校园”。", [("平安校园", 15)]),
    ("会上，区委已经将8个社区命名为“和谐社区”。", [("和谐社区", 8)]),
    ("会上，县政府把十家医院认定为“群众满意医院”。", [("群众满意医院", 10)]),
    ("大会将二十个村命名为“美丽乡村示范村”。", [("美丽乡村示范村", 20)]),
])
def test_designation_jiang_plan(extract, body, expected):
    assert _counted(extract(page(body))) == expected
