"""Two award shapes: a sentence opening with the year a meeting reviewed, and a conferral beside it (GUIDELINES §5).

- A sentence opening with the year a meeting just reviewed (会议总结了2024年度…工作。2024年度，…) read an active
  conferral in it as that year's tally, even when the reviewing meeting is itself that year's commendation meeting
  (召开2024年度…总结表彰大会): §5 ninth round, no award "unless the count's clause confers them" — the commendation
  meeting's conferral is its own award. A plain work meeting's review keeps the tally reading (h142).
- The star-level rule (a star level reached by service hours, given with a star certificate: a rating, §5 twentieth
  round) fired on star titles a commendation or naming verb governs (表彰了40名五星级志愿者，…累计服务时长…;
  命名20户五星级文明户 after 星级评定): a star title chosen at a commendation is an honour (§5 twentieth round), and
  星级评定 alone says nothing of service hours.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

ROWS = [
    # the reviewing meeting is itself that year's commendation: its conferral is an award (review W6)
    ("江城市召开2024年度教育工作总结表彰大会。会议总结了2024年度全市教育工作。2024年度，市政府授予30名教师“优秀教师”称号。",
     [("优秀教师", 30)]),
    ("青山县召开2024年度文化工作总结表彰会。会议回顾了2024年全县文化工作。2024年，县政府表彰了12个“文化先进村”。",
     [("文化先进村", 12)]),
    # negatives: a plain work meeting's review, the year's conferrals are its tally (h142 keeps them)
    ("2月25日，县委召开会议。会议总结了2024年工作。2024年，县委表彰了12个“美丽乡村”。", []),
    ("1月8日，区妇联召开执委会议。会议回顾了2024年度全区妇女儿童工作。2024年，区妇联表彰了5个“最美家庭”。", []),
    # a star title governed by a commending or naming verb: an honour (review W7)
    ("5月6日，江城市召开志愿服务表彰大会，表彰了40名五星级志愿者，他们累计服务时长均超过1500小时。",
     [("五星级志愿者", 40)]),
    ("5月6日，青山区召开文明创建表彰大会，开展星级评定，命名20户五星级文明户。", [("五星级文明户", 20)]),
    ("5月6日，青山区志愿服务表彰会召开，评选出30名五星级志愿者，其累计服务时数均达1000小时以上。", [("五星级志愿者", 30)]),
    # negatives: a star level reached by hours, handed out with its certificate, stays no award
    ("5月6日，江城市志愿服务表彰大会召开，为12名五星级志愿者颁发星级证书。", []),
    ("5月6日，青山区志愿服务总结会召开，会上为30名累计服务时长超过1500小时的五星级志愿者颁发了证书。", []),
    ("5月6日，江城社区开展星级认定，为8名四星级志愿者颁发星级证书。", []),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_review_cr27_awards(extract, body, expected):
    assert [(h, c) for h, c, _, _ in honours(extract(page(body)))] == expected
