"""Speaker, award and funding shapes of the sixteenth review round, each on invented sentences.

What was found:
- Shape 1 (GUIDELINES §4 sixteenth review round: a member questioning the government at a council session is 讲话, the
  other side of an officer's 答复): 議員某某質詢… / 委员某某质询… right after the name gave no speaker (质询 ended no
  name, and no rule read the act); 就…质询 and 向…提出质询 likewise.  The noun (质询案), a written question (书面质询)
  and a question still ahead (将质询) keep no role; so does a question with no session told.
- Shape 2 (§5 sixteenth review round: a count of units before 获得“…”称号的 with a banner or plaque handed to them is
  that honour's count): 授旗 was not read as the conferral (授牌 and 颁发 were), so 为12个获得“红旗党支部”称号的党支部授旗
  gave no award.  Units counted as only applying (12个申请“…”称号的党支部) gave an award today and now give none;
  a past tally (近年来先后有12个…) keeps none.
- Shape 3 (§3 eighth review round: in a passive …在…举行 the parties of what the event is about stay in the name,
  organizer null unless 由…主办 or an active subject names one): 甲公司向乙学校捐赠仪式在…举行 gave the name 捐赠仪式
  and both parties joined by 向 as organizer.  Whether the donor told in the sentence before a bare 捐赠仪式在…举行
  holds the ceremony is not ruled: kept as today (null), a ruling proposed in the report.
"""

import pytest

from tests.extract.views import honours, page

_COUNCIL = "5月6日，立法會舉行會議。"
_SESSION = "5月6日，市人大常委会召开第十次会议。"
_CEREMONY = "5月6日，全市表彰大会召开。"


def _roles(record: dict, name: str) -> list | None:
    return {s["name"]: s["roles"] for s in record["speakers"]}.get(name)


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        # (1) a member questioning the government at the session told
        (_COUNCIL + "議員陳志明質詢政府有關房屋供應的安排。", "陈志明", ["讲话"]),
        (_COUNCIL + "立法會會議上，議員陳志明質詢政府有關房屋供應的安排。", "陈志明", ["讲话"]),
        (_SESSION + "会上，委员王建国质询市政府有关部门。", "王建国", ["讲话"]),
        (_SESSION + "委员王建国就空气污染问题质询市环保局。", "王建国", ["讲话"]),
        ("5月6日，县人大常委会召开会议。会上，县人大代表李红梅向县政府提出质询。", "李红梅", ["讲话"]),
        (_COUNCIL + "議員陳志明提出質詢。", "陈志明", ["讲话"]),
        # (1) the question put in a frame (kept)
        (_COUNCIL + "議員陳志明在會上質詢政府，要求交代房屋政策。", "陈志明", ["讲话"]),
        # (NEGATIVE rows: the noun, a written question, a question still ahead, no session told)
        (_COUNCIL + "議員陳志明提出的質詢案獲得通過。", "陈志明", None),
        (_SESSION + "委员王建国提交的质询案已转交市政府。", "王建国", None),
        (_COUNCIL + "議員陳志明以書面質詢政府有關房屋供應的安排。", "陈志明", None),
        (_SESSION + "委员王建国书面质询市环保局。", "王建国", None),
        (_COUNCIL + "議員陳志明就房屋問題書面質詢政府。", "陈志明", None),
        ("立法會下周將舉行會議，議員陳志明將質詢政府有關房屋供應的安排。", "陈志明", None),
        (_SESSION + "委员王建国计划在下次会议上质询市环保局。", "王建国", None),
        ("议员陈志明质询政府有关房屋供应的安排。", "陈志明", None),
    ],
)
def test_member_questions_government(extract, body: str, name: str, roles: list | None) -> None:
    assert _roles(extract(page(body)), name) == roles


def test_officer_answer_kept(extract) -> None:
    # (1) the officer's answer keeps its role beside the member's question
    body = _COUNCIL + "議員陳志明就房屋問題質詢運輸及房屋局局長。房屋局局長何永賢答覆時說，政府會增加供應。"
    record = extract(page(body))
    assert (_roles(record, "陈志明"), _roles(record, "何永贤")) == (["讲话"], ["讲话"])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (2) a banner handed to the counted holders of the honour
        (_CEREMONY + "会上为12个获得“红旗党支部”称号的党支部授旗。", [("红旗党支部", 12, "个", "organization")]),
        (_CEREMONY + "市委书记为12个荣获“红旗党支部”称号的党支部授旗。", [("红旗党支部", 12, "个", "organization")]),
        (_CEREMONY + "会上为12个获得“五星级党组织”称号的党支部授旗。", [("五星级党组织", 12, "个", "organization")]),
        (_CEREMONY + "会上为10个获得“红旗团支部”称号的团支部颁旗。", [("红旗团支部", 10, "个", "organization")]),
        # (2) a plaque or a certificate handed (kept)
        (_CEREMONY + "市委书记为8个获得“五星级党组织”称号的村党组织授牌。", [("五星级党组织", 8, "个", "organization")]),
        (_CEREMONY + "会议为15个获得“文明单位”称号的单位颁发了奖牌。", [("文明单位", 15, "个", "organization")]),
        (_CEREMONY + "向获得“文明单位”称号的8个单位颁发奖牌。", [("文明单位", 8, "个", "organization")]),
        (_CEREMONY + "领导为获得“先进基层党组织”称号的20个党组织授旗。", [("先进基层党组织", 20, "个", "organization")]),
        # (NEGATIVE rows: units only applying, a past tally, holders described with nothing handed to them)
        (_CEREMONY + "会上为12个申请“红旗党支部”称号的党支部授旗。", []),
        (_CEREMONY + "目前全市有12个申报“红旗党支部”称号的党支部。", []),
        (_CEREMONY + "近年来先后有12个党支部获得“红旗党支部”称号。", []),
        (_CEREMONY + "近年来，12个获得“红旗党支部”称号的党支部发挥了示范作用。", []),
        (_CEREMONY + "会上为12个获得“红旗党支部”称号的党支部送去慰问品。", []),
        (_CEREMONY + "会上，12个获得“红旗党支部”称号的党支部负责人上台领旗。", []),
        ("5月6日，县委召开座谈会。20位获得“红旗党支部”称号的党支部书记参加座谈。", []),
    ],
)
def test_count_before_honour_with_banner(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


def _ceremonies(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (3) a giver 向 its receiver before a passive ceremony's name: both parties stay in the name, no organizer
        ("5月6日，华信科技公司向江城第一中学捐赠仪式在该校礼堂举行。", [("华信科技公司向江城第一中学捐赠仪式", None)]),
        ("5月6日，华信科技公司向江城第一中学捐赠图书仪式在该校礼堂举行。", [("华信科技公司向江城第一中学捐赠图书仪式", None)]),
        ("5月6日，华信集团向县红十字会捐款仪式在县政府举行。", [("华信集团向县红十字会捐款仪式", None)]),
        ("5月6日，华信科技公司向江城第一中学捐赠仪式举行。", [("华信科技公司向江城第一中学捐赠仪式", None)]),
        # (3) the holder named by 由…主办
        ("5月6日，华信科技公司向江城第一中学捐赠仪式在该校礼堂举行，仪式由江城第一中学主办。",
         [("华信科技公司向江城第一中学捐赠仪式", "江城第一中学")]),
        # (NEGATIVE rows: the two parties joined by 与 (kept), one body before its own ceremony, an active subject, a
        # bare ceremony after the donation told)
        ("5月6日，华信科技公司与江城第一中学签约仪式在该校礼堂举行。", [("华信科技公司与江城第一中学签约仪式", None)]),
        ("5月1日上午，某某公司捐赠仪式在县教育局举行。", [("捐赠仪式", "某某公司")]),
        ("5月6日，华信科技公司在江城第一中学举行捐赠仪式。", [("捐赠仪式", "华信科技公司")]),
        ("5月6日，华信科技公司向江城第一中学捐赠价值30万元的图书，捐赠仪式在该校礼堂举行。", [("捐赠仪式", None)]),
    ],
)
def test_donation_ceremony_parties(extract, body: str, expected: list) -> None:
    assert _ceremonies(extract(page(body))) == expected
