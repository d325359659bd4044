"""Bodies counted that held meetings one after another over a stretch, with no day (几个月来全市先后有30多家企业召开改制
大会), are a series, no record, as 随后几天，各村陆续召开… and 累计召开座谈会300场 read; a count holding meetings on one
stated day (5月6日，10家企业分别召开…) stays one record, and one body's meeting stays (GUIDELINES §3 records,
thirty-sixth review round, 7 December 2026, sixth stop). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("几个月来全市先后有30多家企业召开改制创立大会，我几乎全部到场。", []),
        ("近年来，全省相继有12所高校召开了教学改革研讨会。", []),
        ("今年以来，全县陆续有二十个乡镇举办了农民技术座谈会。", []),
        # near misses: one stated day, or one body: a record
        ("5月6日，全市先后有10家企业召开职工代表大会。", ["职工代表大会"]),
        ("5月6日，江城公司召开改制创立大会，我到了场。", ["改制创立大会"]),
    ],
)
def test_series_counted_holders_in_turn(extract, body, expected):
    assert [m["name"] for m in extract(page(body))["meetings"]] == expected
