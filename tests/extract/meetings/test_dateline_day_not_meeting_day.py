"""A dateline's day is the report's: a meeting whose own account writes no day (本报济南1月8日电 …。这是…在此间召开的全国训练
工作会议上透露的; 新华社北京1月15日电 江泽民在会见…时强调) has date and date_text null, the day written nowhere else in its item
(GUIDELINES §3 date_text: the expression as written for this meeting; thirtieth round: reporters who learnt the news at a
meeting; thirty-third review round, 7 December 2026, third stop). A day the account writes (今天, 1月8日 again, 8日) stays.
Invented sentences on undated newspaper-style pages.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("体委通报备战情况\n本报济南1月8日电记者王某报道：今年年底的亚运会，我国将选派最高水平的选手。这是国家体委专职委员李某在此间召开的"
         "全国训练工作会议上透露的。\n", (None, None)),
        ("体委通报备战情况\n本报济南1月8日电记者王某报道：国家体委专职委员李某在此间召开的全国训练工作会议上透露，我国将选派最高水平的选手。\n",
         (None, None)),
        ("体委通报备战情况\n本报济南一月八日电国家体委专职委员李某在全国训练工作会议上透露，我国将选派最高水平的选手。\n", (None, None)),
        ("总书记强调宣传工作\n本报北京1月15日讯记者王某报道：总书记江某在会见全国宣传部长会议代表时强调，要做好宣传工作。\n", (None, None)),
        ("军队举行茶话会\n据新华社北京1月25日电新春佳节来临之际，解放军总参谋部、总政治部分别举行茶话会，向老干部表示亲切慰问。\n",
         (None, None)),
        # the account's own day stays
        ("体委通报备战情况\n本报济南1月8日电记者王某报道：全国训练工作会议今天在此间召开。\n", ("今天", None)),
        ("体委通报备战情况\n本报济南1月8日电全国训练工作会议8日在此间召开。\n", ("8日", None)),
        ("体委通报备战情况\n本报济南1月8日电全国训练工作会议1月8日在此间召开。\n", ("1月8日", None)),
        # a same-day word of its own is read against the dateline (twenty-sixth round), kept as the rules write it
        ("外长访问\n新华社开罗1月5日电 外长王某抵达这里后，已于当天下午同埃及总统举行了会谈。\n", ("1月5日", None)),
    ],
)
def test_dateline_day_alone_dates_no_meeting(extract_with_model, text: str, expected: tuple) -> None:
    meeting = extract_with_model(text)["meetings"][0]
    assert (meeting["date_text"], meeting["date"]) == expected
