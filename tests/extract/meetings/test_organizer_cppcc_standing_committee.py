"""A numbered session of the national CPPCC committee's standing committee, named with the term, is organized by the
standing committee without the term; the name keeps the term (GUIDELINES §3 organizer, thirty-fifth review round,
7 December 2026, fifth stop; as 八届全国人大常委会第三十次会议 → 全国人大常委会, tenth round; a local committee's was
withdrawn, §8). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，政协第九届全国委员会常务委员会第十二次会议在北京闭幕。",
         ("政协第九届全国委员会常务委员会第十二次会议", "2024-05-06", "政协全国委员会常务委员会")),
        ("5月6日，中国人民政治协商会议第九届全国委员会常务委员会第三次会议在北京开幕。",
         ("中国人民政治协商会议第九届全国委员会常务委员会第三次会议", "2024-05-06", "中国人民政治协商会议全国委员会常务委员会")),
        # near misses: a local committee's standing committee, the committee's own plenary, and a people's congress's
        # standing committee spelt in full, as before
        ("5月6日，政协江城市第九届委员会常务委员会第五次会议在市政协礼堂闭幕。",
         ("政协江城市第九届委员会常务委员会第五次会议", "2024-05-06", None)),
        ("5月6日，政协江城市第九届委员会第二次会议在市政协礼堂闭幕。",
         ("政协江城市第九届委员会第二次会议", "2024-05-06", "政协江城市委员会")),
        ("5月6日，江城市第九届人民代表大会常务委员会第十次会议在市人大礼堂闭幕。",
         ("江城市第九届人民代表大会常务委员会第十次会议", "2024-05-06", None)),
    ],
)
def test_standing_committee_session(extract, body, expected):
    assert held(extract(page(body)))[0] == expected
