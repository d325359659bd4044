"""A class referred to again by the attribute of its hosts with its first day and place between them and the verb
(GUIDELINES §3 organizer, thirty-seventh review round, after the thirtieth and thirty-fifth): ``由甲和乙于本月14日开始在
江城联合举办的这个研讨班`` names the hosts as ``由甲和乙联合举办的这个研讨班`` does (the attribute kept as written, see
``_joint_hosts``); the day and the place are no part of them. A meeting not referred back to (no determiner) stays
without an organizer. Invented items.
"""

from __future__ import annotations

import pytest

_TOLD = "全省山区乡镇干部培训研讨班1月20日在江城结束。"


@pytest.mark.parametrize(("text", "organizer"), [
    (_TOLD + "由省委组织部和省扶贫办于本月14日开始在江城联合举办的这个研讨班，旨在提高干部能力。", "省委组织部和省扶贫办"),
    (_TOLD + "由省委组织部于本月14日开始举办的这个研讨班，旨在提高干部能力。", "省委组织部"),
    (_TOLD + "由省委组织部在江城举办的这个研讨班，旨在提高干部能力。", "省委组织部"),
    (_TOLD + "由省委组织部和省扶贫办联合举办的这个研讨班，旨在提高干部能力。", "省委组织部和省扶贫办"),
    # near miss: no determiner referring back to the class
    (_TOLD + "由省委组织部于本月14日开始在江城联合举办的研讨班很多，旨在提高干部能力。", None),
])
def test_organizer_attribute_with_day_and_place(extract, text: str, organizer: str | None) -> None:
    meetings = extract(text, published="1998-01-21")["meetings"]
    assert [m["organizer"] for m in meetings] == [organizer]
