"""Award counts in commendation news: winner groups, withdrawals and applications.

Found on invented pages of the register (GUIDELINES §5):
- two counted groups of a prize's winners joined by 、/和/及 before one presentation (为24名甲奖学金获得者、296名乙奖学金
  获得者颁奖) gave no record: §5 reads a prize conferred on its winners named by it as that prize with their count, one
  record per stated count; and 获得者 was read as the verb 获得, which glued 者和296名… onto the honour;
- a count whose clause takes the honour away (对考核不合格的3个单位撤销“市级文明单位”称号) was read as a conferral: §5 records
  honours conferred, and units that only keep one get none, so units that lose one get none either;
- an honour applied for from a higher body (已向省厅申报集体二等功1个) was read as conferred: §5 (works or projects applied
  for, candidates) confers nothing yet.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

_LEAD = "5月7日，学校举行颁奖典礼。"


def _awards(record):
    return {(a["honor"], a["count"]) for a in record["awards"]}


# (body, the awards expected among the records)
_WINNER_GROUPS = [
    (_LEAD + "典礼上，校领导为24名国家奖学金获得者、296名国家励志奖学金获得者颁奖。",
     {("国家奖学金", 24), ("国家励志奖学金", 296)}),
    ("5月7日，市里召开科技大会。会上，市领导为12名白求恩奖获得者及5名青年科技奖得主颁奖。",
     {("白求恩奖", 12), ("青年科技奖", 5)}),
    ("5月7日，医院召开护士节表彰会。院领导向30名优秀护理员、12名优秀护士长颁奖。",
     {("优秀护理员", 30), ("优秀护士长", 12)}),
    ("5月7日，县里举行颁奖仪式。县领导为十名劳动奖章获得者和二十名技术能手颁奖。",
     {("劳动奖章", 10), ("技术能手", 20)}),
]


@pytest.mark.parametrize(("body", "expected"), _WINNER_GROUPS)
def test_counted_winner_groups_before_one_presentation(extract, body, expected):
    assert expected <= _awards(extract(page(body)))


# (body, a fragment no honour may hold: the verb 获得 of 获得者 must not open an honour)
_WINNERS_WORD_NOT_A_VERB = [
    (_LEAD + "校领导为24名国家奖学金获得者和296名国家励志奖学金获得者颁发证书。", "者和"),
    (_LEAD + "为8名青年科技奖获得者及3名创新奖获得者颁发奖杯。", "者及"),
]


@pytest.mark.parametrize(("body", "fragment"), _WINNERS_WORD_NOT_A_VERB)
def test_winners_word_is_no_receiving_verb(extract, body, fragment):
    assert all(fragment not in a["honor"] and not a["honor"].startswith("者") for a in extract(page(body))["awards"])


# Honours taken away or only applied for: no record (§5: nothing conferred).
_NOT_CONFERRED = [
    _LEAD + "对考核不合格的3个单位撤销“市级文明单位”称号。",
    _LEAD + "会议决定取消2名同志的“优秀教师”称号。",
    _LEAD + "对存在问题的4家企业予以摘牌，收回“诚信示范企业”牌匾4块。",
    "5月7日，公安局召开表彰会。市局已向省公安厅申报集体二等功1个。",
    "5月7日，学校召开表彰会。学校向市教育局推荐5名教师参评“市级优秀教师”。",
    "5月7日，协会召开年会。协会已申请“五星级社会组织”称号1个。",
]


@pytest.mark.parametrize("body", _NOT_CONFERRED)
def test_withdrawn_or_applied_for_gives_no_award(extract, body):
    assert extract(page(body))["awards"] == []


# Near misses: a conferral in the same sentence or after the applying verb still counts.
_STILL_CONFERRED = [
    ("5月7日，市里召开表彰会。经各单位推荐，授予20名同志“优秀党员”称号。", ("优秀党员", 20)),
    ("5月7日，学校召开表彰会。会上，为推荐产生的12名“优秀教师”颁奖。", ("优秀教师", 12)),
    ("5月7日，区里召开表彰会。会议取消了原定的文艺演出，表彰了12名“优秀教师”。", ("优秀教师", 12)),
    (_LEAD + "新命名市教育局等32个单位为“市级文明单位”；对考核不合格的3个单位撤销“市级文明单位”称号。",
     ("市级文明单位", 32)),
    ("5月7日，公安局召开表彰会。会上，为8个集体记集体三等功。市局已向省公安厅申报集体二等功1个。", ("集体三等功", 8)),
    ("5月7日，协会召开颁奖大会。共评选出优秀产品推荐奖8项、优秀产品荣誉奖1项。", ("优秀产品推荐奖", 8)),
    ("5月7日，协会召开颁奖大会。大会评出优秀推荐人奖5名。", ("优秀推荐人奖", 5)),
]


@pytest.mark.parametrize(("body", "award"), _STILL_CONFERRED)
def test_conferral_beside_the_near_miss_counts(extract, body, award):
    assert award in _awards(extract(page(body)))


def test_withdrawn_count_is_not_kept_beside_the_new_one(extract):
    body = _LEAD + "新命名市教育局等32个单位为“市级文明单位”；对考核不合格的3个单位撤销“市级文明单位”称号。"
    assert ("市级文明单位", 3) not in _awards(extract(page(body)))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # found by the release review: those put forward, commended by a verb before the applying word, or described by it
        ("由縣長親自頒獎，表揚全縣18個鄉鎮市推薦的模範父親共58位。", [("模范父亲", 58, "位", "person")]),
        ("会上表彰了各乡镇推荐的“最美家庭”20户。", [("最美家庭", 20, "户", None)]),
        ("会上表彰了经各校推荐的“优秀教师”30名。", [("优秀教师", 30, "名", "person")]),
        # NEGATIVE: applied for or put forward only
        ("学校已向省厅申报“先进集体”1个。", []),
        ("全县推荐5名“优秀教师”参评。", []),
    ],
)
def test_holders_put_forward_and_commended_keep_their_award(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
