"""A started project's total labelled with a plan word (invented sentences).

- GUIDELINES §6 (a signed or started project's total is funding) and thirty-seventh review round (7 December 2026, seventh
  stop), from a recall read of newspaper articles: `最近动工扩建商贸市场二期工程，规划投资6000万元` (or `计划投资`) is the total
  of works started, purpose the works (`扩建商贸市场二期工程`); with the start ahead or not told, it stays only intended.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    ("江城县最近动工扩建商贸市场二期工程，规划投资6000万元，建立一座营业大厅。",
     [(60000000.0, "CNY", "扩建商贸市场二期工程")]),
    ("江城县上月开工新建县体育中心，计划投资8000万元。", [(80000000.0, "CNY", "新建县体育中心")]),
    # near misses: the start ahead, or none told
    ("江城县计划明年动工扩建商贸市场二期工程，计划投资6000万元。", []),
    ("江城县将动工扩建商贸市场二期工程，规划投资6000万元。", []),
    ("江城县扩建商贸市场二期工程，计划投资6000万元。", []),
])
def test_started_total(extract_with_model, body: str, expected: list) -> None:
    assert grants(extract_with_model(page(body))) == expected
