"""Award, speaker and funding shapes of rules merged at the nineteenth review round, and the region test they share with funding.

- A conferring word heading the work a purpose or topic clause names (为做好…评选和授牌工作提出要求) was read as the
  plaque handed: 颁奖 only for the act (GUIDELINES §4 table, 颁牌/授牌/授旗).
- 将 marking a quoted title as the object of 授予 (将“X”称号授予…) was read as a conferral told as done even after 拟,
  还/即, or in a clause a time ahead opens (明年，…将“X”称号授予…): a plan confers nothing yet (§5).
- A Traditional-script mainland page naming Hong Kong once (深圳市人民政府…慶祝香港回歸) was read as a Hong Kong page, so
  its mayor's 主持頒獎儀式 became 颁奖: only on a Hong Kong or Macau page (§4 nineteenth round); the page's region is
  now the vote funding reads its currency from (extract/common.py ``page_region``).
Invented sentences; the expected values follow corpus/GUIDELINES.md.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


def _roles(record: dict, name: str) -> list[str]:
    return next(s["roles"] for s in record["speakers"] if s["name"] == name)


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # the conferring word heads the work a purpose or topic names: no plaque handed
        ("5月8日上午，县委召开工作会议。县委书记周强出席并讲话，为做好下一步示范单位评选和授牌工作提出要求。", "周强", ["讲话"]),
        ("5月8日上午，市商务局召开推进会。副市长何志远出席并讲话，就抓好今年示范企业认定和授牌工作作出部署。", "何志远", ["讲话"]),
        ("5月8日，市里召开动员会。副市长何志远出席并讲话，要求各地为做好评选授牌等工作打好基础。", "何志远", ["讲话"]),
        ("5月8日，全县表彰会召开。县长李明出席并讲话，为推进授旗活动顺利开展提出三点意见。", "李明", ["讲话"]),
        # near misses: the plaque or banner handed stays 颁奖
        ("5月8日上午，全市推进会召开。副市长何志远出席并讲话，为新认定的15家示范企业授牌。", "何志远", ["讲话", "颁奖"]),
        ("5月8日上午，出征仪式举行。县委书记周强出席并讲话，为抗洪抢险突击队授旗。", "周强", ["讲话", "颁奖"]),
        # near misses: the ceremony named, or a plaque still to be handed, stay without 颁奖
        ("5月8日上午，全市示范基地授牌仪式在市民中心举行。副市长何志远出席并讲话，为新认定的示范基地授牌仪式揭幕。", "何志远", ["讲话"]),
        ("5月8日上午，市商务局召开推进会。副市长何志远出席并讲话，将为新认定的32家市级企业授牌。", "何志远", ["讲话"]),
    ],
)
def test_conferring_word_as_the_work_named(extract, body: str, name: str, expected: list[str]) -> None:
    assert _roles(extract(page(body)), name) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a plan: 拟将, 还将 after a time ahead, 明年 opening the clause
        ("5月8日，市委召开会议。会议拟将“文明单位”称号授予10个单位。", []),
        ("5月8日，市委召开会议。明年，市委将“文明单位”称号授予评选出的10个单位。", []),
        ("5月8日，市委召开会议。下月，市委还将“文明家庭”称号授予30户家庭。", []),
        ("5月8日，市委召开会议。今后，市委将“文明村”称号授予年度考核优秀的20个村。", []),
        ("5月8日，市委召开会议。会议决定，将于年底将“文明单位”称号授予10个单位。", []),
        # near misses: 将 marking the object of a conferral told as done
        ("5月8日，市委召开会议。会议决定将“文明单位”称号授予10个单位。", [("文明单位", 10, "个", "organization")]),
        ("5月8日，市委召开会议。市委将“文明单位”称号授予10个单位。", [("文明单位", 10, "个", "organization")]),
        ("5月8日，市委召开会议。去年，市委将“文明单位”称号授予8个单位；今年，会议将“文明单位”称号授予10个单位。",
         [("文明单位", 10, "个", "organization")]),
    ],
)
def test_quoted_title_conferred_in_a_plan(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "name", "roles", "host"),
    [
        # mainland pages in Traditional script naming Hong Kong or Macau in passing: the ceremony chaired
        ("深圳市人民政府舉行頒獎典禮，慶祝香港回歸。市長王偉主持頒獎儀式並致辭。", "王伟", ["主持", "致辞"], "王伟"),
        ("廣州市人民政府舉辦頒獎典禮，表彰粵港澳大灣區青年創業者，澳門代表團出席。副市長張強主持頒獎儀式並致辭。",
         "张强", ["主持", "致辞"], "张强"),
        ("珠海市委、市人民政府舉行頒獎典禮，澳門嘉賓出席。市委書記趙剛主持頒獎儀式並講話。", "赵刚", ["主持", "讲话"], "赵刚"),
        # near misses: Hong Kong and Macau pages keep the officiating guest's 颁奖
        ("民政事務局今日在香港大會堂舉行青年節典禮。民政事務局局長陳大文主持頒獎儀式並致辭。", "陈大文", ["颁奖", "致辞"], None),
        ("澳門特區政府社會文化司今日舉行典禮，司長歐陽瑜主持頒獎儀式並致辭。", "欧阳瑜", ["颁奖", "致辞"], None),
    ],
)
def test_hosted_prize_giving_by_the_pages_region(extract, body: str, name: str, roles: list[str], host: str | None) -> None:
    record = extract(page(body))
    assert _roles(record, name) == roles
    hosts = [m["host"]["name"] if m.get("host") else None for m in record["meetings"]]
    assert hosts[:1] == [host]


@pytest.mark.parametrize(
    ("body", "currency"),
    [
        # the shared vote still prices a bare 元 as before: a Macau release, a mainland page naming Macau
        ("澳門特區政府今日宣佈，向受災家庭發放援助款共200萬元。", "MOP"),
        ("5月8日，珠海市人民政府与澳门签署协议，市财政局安排资金200万元支持合作区建设。", "CNY"),
    ],
)
def test_region_vote_shared_with_funding(extract, body: str, currency: str) -> None:
    assert [f["currency"] for f in extract(page(body))["funding"]][:1] == [currency]
