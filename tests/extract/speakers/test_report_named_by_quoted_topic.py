"""A report named by its quoted topic with no `题为` (`作了“做好监管工作”的报告`, in the newspaper copy of 1998 `作了『依法监管，
防范风险』的报告`, its commas no clause break) is 作报告, like `作了题为“…”的报告` (GUIDELINES §4 thirty-seventh review
round, 7 December 2026, seventh stop, from a recall read of newspaper articles; a report named by its topic is 作报告,
thirty-third round). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("全省证券工作会议今天召开。会议期间，省证监局局长陈明作了“做好监管工作”的报告。",
         {"陈明": ("省证监局局长", ("作报告",))}),
        ("全省证券工作会议今天召开。会上，省证监局局长陈明作了“依法监管，防范风险”的报告。",
         {"陈明": ("省证监局局长", ("作报告",))}),
        ("全省证券工作会议今天召开。会议期间，省证监局局长陈明作了『依法监管，防范风险』的报告。",
         {"陈明": ("省证监局局长", ("作报告",))}),
        ("全省农业工作会议今天召开。会上，省农业厅副厅长兼省农科院院长王强作了『依靠科技，增产增收』的专题报告。",
         {"王强": ("省农业厅副厅长兼省农科院院长", ("作报告",))}),
    ],
)
def test_quoted_topic_report(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # quoted words after a colon or a verb of saying stay remarks
        ("全省证券工作会议今天召开。会上，省证监局局长陈明说：『依法监管，防范风险。』",
         {"陈明": ("省证监局局长", ("讲话",))}),
        ("全省证券工作会议今天召开。会上，省证监局局长陈明强调『依法监管，防范风险』。",
         {"陈明": ("省证监局局长", ("讲话",))}),
    ],
)
def test_quoted_words_stay_remarks(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected
