"""Award-count shapes of winners counted after a quoted prize's ceremony (corpus/GUIDELINES.md §5), kept by invented rows.

Found: the winners counted after a quoted prize's ceremony (“…奖”颁奖大会今天举行，十二位…获奖) were read as that
ceremony's winners when the clause told a tally over the years (曾先后获奖, 历年来陆续获奖, 历届获奖), which §5 keeps out
(running or past tallies are no award of this event); and a commendation the holders received at another occasion (§5
twenty-first round) was missed when the occasion was named 另一场典礼, 其它典礼, 另外一次大会, or when a day word
(当天上午) stood before 另一典礼, or when the sentence told this event's own conferral to others before it. The near
misses keep today's output: a ceremony's winners counted with no tally word (分别获奖, 共有…获奖), and holders honoured at
this event's own meeting, ceremony or site (已在大会上, 已于当天在典礼现场, 另一会场: a hall of the same event).
"""

from __future__ import annotations

import pytest

from pipeline.extract.awards.patterns import _HEARSAY_OPENING, _SENTENCE_OPENING
from tests.extract.views import honours, page

POSITIVE = [
    # the ceremony's own winners, counted with no tally word (ceremony_quoted_won's own shape)
    ("“江城青年科学奖”首届颁奖大会今天在京举行，十二位青年科学家获奖。", [("江城青年科学奖", 12, "位", "person")]),
    ("“江城青年科学奖”颁奖大会今天举行，共有15位青年科学家获奖。", [("江城青年科学奖", 15, "位", "person")]),
    ("“东湖文学奖”颁奖典礼昨晚举行，8位作家分别获奖。", [("东湖文学奖", 8, "位", "person")]),
    # holders honoured at this event's own occasion stay counted
    ("另有三十名人士获颁荣誉勋章，他们已在大会上接受颁授。", [("荣誉勋章", 30, "名", "person")]),
    ("另有三十名人士获颁荣誉勋章，他们已于当天在典礼现场接受颁授。", [("荣誉勋章", 30, "名", "person")]),
    ("另有三十名人士获颁荣誉勋章，他们已于当天上午在典礼上接受颁授。", [("荣誉勋章", 30, "名", "person")]),
    ("另有三十名人士获颁荣誉勋章，他们已于当天在另一会场接受颁授。", [("荣誉勋章", 30, "名", "person")]),
    ("另有三十名人士获颁荣誉勋章，他们已于其他时间在典礼现场接受颁授。", [("荣誉勋章", 30, "名", "person")]),
    ("5月6日，县政府举行授勋典礼，向20名人士颁授奖章，另有三十名人士获颁荣誉勋章，他们已于典礼上接受颁授。",
     [("荣誉勋章", 30, "名", "person")]),
]

NONE = [
    # a tally of a prize's winners over the years (the review's sentences first)
    "“江城青年科学奖”颁奖大会今天在市会议中心举行，120位科学家曾先后获奖。",
    "“江城青年科学奖”颁奖大会今天举行，十二位青年科学家历年来陆续获奖。",
    "“南山科技奖”第十届颁奖大会今天举行，300余名科技工作者历届获奖。",
    "“北港青年奖”颁奖大会今天举行，共有50位青年曾获奖。",
    "“东湖文学奖”颁奖典礼昨晚在市剧院举行，迄今已有86位作家累计获奖。",
    # wins elsewhere or earlier, as before
    "12名学生在全国比赛中获奖。",
    "去年12位科学家获奖。",
    # an honour conferred at another occasion (the review's sentences first)
    "另有三十名人士获颁荣誉勋章，他们已于上月在另一场典礼上接受颁授。",
    "另有三十名人士获颁荣誉勋章，他们已于当天上午在另一典礼上接受颁授。",
    "另有三十名人士获颁荣誉勋章，他们已于上月在其它典礼上接受颁授。",
    "另有三十名人士获颁荣誉勋章，他们已于上月在另一典礼上接受颁授。",
    "另有12名教师获得“优秀教师”称号，已于今年3月在另外一次大会上受到表彰。",
    "另有8名志愿者荣获“最美志愿者”称号，她们均已在其他的仪式上接受表彰。",
]

# The one-sentence form: this event's conferral to others told first, the other occasion's holders after it.
NOT_READ = [
    ("5月6日，县政府举行授勋典礼，向20名人士颁授奖章，另有三十名人士获颁荣誉勋章，他们已于上月在另一典礼上接受颁授。", 30),
    ("5月6日，市里举行表彰大会，另有8名志愿者荣获“最美志愿者”称号，她们均已在其他仪式上接受表彰。", 8),
]

# One hearsay opening for both readers (cr32 C3): what the year-lead test and the sentence opening accept.
OPENINGS = [
    ("据悉，", True, True),
    ("另悉，", True, True),
    ("据了解，", True, True),
    ("县长李强指出，", False, True),
    ("据统计，", False, False),
]


@pytest.mark.parametrize(("body", "expected"), POSITIVE)
def test_award_read(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize("body", NONE)
def test_no_award(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(("body", "wrong"), NOT_READ)
def test_other_occasion_count_gone(extract, body: str, wrong: int) -> None:
    got = honours(extract(page(body)))
    assert all(count != wrong for _honour, count, _unit, _kind in got)


@pytest.mark.parametrize(("opening", "hearsay", "sentence"), OPENINGS)
def test_hearsay_opening_shared(opening: str, hearsay: bool, sentence: bool) -> None:
    assert (_HEARSAY_OPENING.fullmatch(opening) is not None) is hearsay
    assert (_SENTENCE_OPENING.fullmatch(opening) is not None) is sentence
