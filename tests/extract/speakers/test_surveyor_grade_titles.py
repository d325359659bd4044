"""Surveyor grades of Hong Kong's civil service written before an officer's name (`屋宇署总屋宇测量师李某`) are job
titles, the department before them part of the chain, like `屋宇署总工程师` (GUIDELINES §4 title, thirty-sixth review
round, sixth stop, from the new tuning pages s169).

Found: the speaker was read with title `null`.

Every sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_FORUM = "5月6日晚上，某区民政事务专员王某在社区会堂主持座谈会。"

# (body, name, title)
CASES = [
    (_FORUM + "屋宇署总屋宇测量师李志坚在会上介绍了申请安排。", "李志坚", "屋宇署总屋宇测量师"),
    (_FORUM + "地政总署高级土地测量师陈家明在会上介绍了收地安排。", "陈家明", "地政总署高级土地测量师"),
    # near misses: an engineer as before; a surveyors' institute names a body, its head's post the title
    (_FORUM + "屋宇署总工程师李志坚在会上介绍了申请安排。", "李志坚", "屋宇署总工程师"),
    (_FORUM + "测量师学会会长陈家明在会上致辞。", "陈家明", "测量师学会会长"),
]


@pytest.mark.parametrize(("body", "name", "title"), CASES)
def test_surveyor_grade_titles(extract_with_model, body, name, title):
    assert speakers(extract_with_model(page(body)))[name][0] == title
