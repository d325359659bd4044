"""A later sentence opening on the meeting referred to again with the attribute of its hosts and a determiner of a show
or an occasion (由甲、乙举办的这台晚会，…) names its organizer, as 这次由…召开的研讨会 does (GUIDELINES §3 organizer, thirtieth
and thirty-fifth review rounds, 7 December 2026, fifth stop). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page

_GALA = "5月6日，江城军民迎新春文艺晚会在市剧院举行。市领导王明等出席晚会。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_GALA + "由市双拥工作领导小组、市民政局、市文化局举办的这台晚会，洋溢着欢快的气氛。",
         "市双拥工作领导小组、市民政局、市文化局"),
        (_GALA + "由市民政局主办的这场晚会，自始至终洋溢着喜庆的气氛。", "市民政局"),
        # near misses: no determiner, or another kind of event referred to: none
        (_GALA + "由市民政局举办的晚会很多。", None),
        (_GALA + "由市民政局举办的这台演出很精彩。", None),
    ],
)
def test_hosts_attribute_of_show(extract, body, expected):
    meetings = extract(page(body))["meetings"]
    assert meetings[0]["organizer"] == expected
