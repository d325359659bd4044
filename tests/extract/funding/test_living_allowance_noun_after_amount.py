"""A share named by its money's noun right after the amount with `补助` (`每年2000元的生活补助`, `3000元的困难补助`) has that noun
as purpose, as `补助金`, `补贴` and `津贴` do (GUIDELINES §6 twelfth round, purpose the money's noun; thirty-ninth review
round, 7 December 2026, ninth stop, from a recall read of newspaper articles).  Invented sentences; near misses, a bare
`补助` (no purpose) and a use clause after the noun (the use wins), keep their readings."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the failing shape re-invented: a yearly share to each of the students a raised sum helps
        ("5月8日，县妇联发起助学活动，使100名贫困学生获得了每年2000元的生活补助。", [(2000.0, "生活补助")]),
        # paraphrases: a share handed out, a hardship allowance
        ("5月8日，县民政局向80户困难家庭发放了每户3000元的困难补助。", [(3000.0, "困难补助")]),
        ("5月8日，学校为20名特困生送去500元的伙食补助。", [(500.0, "伙食补助")]),
        # near misses: a bare 补助 names no purpose; a use clause after the noun is the purpose
        ("5月8日，县政府拨付100万元的补助。", [(1000000.0, None)]),
        ("5月8日，县政府发放1000万元的农机购置补助，用于购买农机。", [(10000000.0, "购买农机")]),
    ],
)
def test_living_allowance_noun_after_amount(extract, body: str, expected: list) -> None:
    assert [(amount, purpose) for amount, _, purpose in grants(extract(page(body)))] == expected
