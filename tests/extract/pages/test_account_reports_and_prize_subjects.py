"""Shapes on party-building and government pages (述职 meetings, award ceremonies, lectures, prize money).

Found:
- a branch secretary who 作了述职汇报 got 作报告 (the 汇报 reading of an officer's report, GUIDELINES §4 tenth review
  round) or nothing, instead of 述职: an account of one's own duties is 述职 (§4 synonym table), as 作述职报告 already was;
- a prize as the subject of 评出 (本届“X奖”共评出20名乡村优秀教师) gave the description as the honour: the counted people
  are the prize's winners (§5: a description commended with the count of a prize's winners just named is the prize);
- the same sum to each of another kind of recipient (每人5万元 … 每校5万元) was merged as a restatement: each stated
  amount is one record (§6);
- listeners counted after a comma (…学员一并听课，共计180余人) gave no attendee count (§3: listeners a lecture is given
  to attend it).
Invented sentences; the expected values follow corpus/GUIDELINES.md §3-§6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        ("1月10日，学院召开党支部书记述职评议会。学生第二党支部书记李红梅结合支部工作实际作了述职汇报。",
         "李红梅", ("述职",)),
        ("12月28日，公司党委召开基层党建述职会。会上，第一党支部书记赵建军作了2024年度述职汇报。",
         "赵建军", ("述职",)),
        ("3月2日，局党组召开述责述廉会议。办公室主任孙丽作了述责述廉汇报。",
         "孙丽", ("述职",)),
        ("1月12日，中心党总支召开述职测评会。第三党支部书记钱晓东进行了述职汇报，与会党员进行了测评。",
         "钱晓东", ("述职",)),
        # NEGATIVE: a work report at the meeting stays 作报告
        ("3月2日，县政府召开常务会议。县财政局局长钱进作了全县财政运行情况汇报。",
         "钱进", ("作报告",)),
        # NEGATIVE: a reporting session chaired is no account given by the chair
        ("1月9日，街道党工委书记何军主持召开社区党组织书记述职汇报会。",
         "何军", ("主持",)),
        # NEGATIVE: a 述职 report heard from others gives the listener no role of it
        ("1月8日，镇党委召开述职评议会。镇党委书记吴涛听取了各村党支部书记作的述职汇报后进行点评。",
         "吴涛", ("点评",)),
    ],
)
def test_account_report_is_shuzhi(extract, body: str, name: str, roles: tuple) -> None:
    got = speakers(extract(page(body)))
    assert got[name][1] == roles


# A prize as the subject of 评出 selects its winners under a description: the prize's record (§5: a description
# commended with the count of a prize's winners just named is the prize).
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("9月9日，第三届“烛光奖”颁奖典礼举行。本届“烛光奖”共评出30名山区优秀教师，每人获得奖金1万元。",
         [("烛光奖", 30, "名", "person")]),
        ("11月2日，市科协举行颁奖大会。今年青年科技奖评选出15名优秀青年科技工作者。",
         [("青年科技奖", 15, "名", "person")]),
        ("5月4日，团市委举行表彰会。“青春榜样奖”共计评出12位优秀基层青年，大会为他们颁发了证书。",
         [("青春榜样奖", 12, "位", "person")]),
        # NEGATIVE: a quoted honour after the prize is an honour of its own
        ("9月9日，第三届“烛光奖”颁奖典礼举行。本届“烛光奖”共评出“十佳园丁”10名。",
         [("十佳园丁", 10, "名", "person")]),
        # NEGATIVE: grades of the prize keep their own names
        ("9月9日，县科技奖励大会召开。县科技进步奖共评出一等奖3项、二等奖8项。",
         [("一等奖", 3, "项", None), ("二等奖", 8, "项", None)]),
        # NEGATIVE: the prize is not the subject of the selecting verb
        ("9月9日，烛光奖颁奖典礼举行。大会还评出优秀班主任20名。",
         [("优秀班主任", 20, "名", "person")]),
    ],
)
def test_prize_subject_of_selection(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


# A sum stated to each of one kind of recipient and the same sum to each of another kind later are two facts (§6: each
# stated amount is one record; 各/每人 amounts one record per stated amount).
@pytest.mark.parametrize(
    ("body", "amounts"),
    [
        ("本届共表彰优秀教师10名，每人获得奖金2万元。另有3所学校获评示范学校，每校获得2万元办学经费。",
         [20000.0, 20000.0]),
        ("大会表彰了20户文明家庭，每户奖励3000元；5个先进村每村奖励3000元。",
         [3000.0, 3000.0]),
        ("20名教师各获奖金2万元\n本届共评出优秀教师20名，每人获得奖金2万元。另有3所学校获评示范学校，每校获得2万元办学经费。",
         [20000.0, 20000.0]),
        # NEGATIVE: the same sum to each of the same kind stated again is one fact
        ("本届共表彰优秀教师10名，每人获得奖金2万元。据介绍，获奖教师每人2万元奖金已全部发放到位。",
         [20000.0]),
        # NEGATIVE: a headline restating the body's per-head sum is one fact
        ("10名教师每人获奖金2万元\n9月9日，县教育局召开表彰会，表彰优秀教师10名，每人获得奖金2万元。",
         [20000.0]),
    ],
)
def test_each_of_another_kind(extract, body: str, amounts: list) -> None:
    assert [g[0] for g in grants(extract(page(body)))] == amounts


# Listeners of a lecture counted after a comma (…一并听课，共计180余人) attend it (GUIDELINES §3: listeners a lecture is
# given to attend it; a count after 参加会议， is the total of those attending).
@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("上周五下午，县委书记高建为全县新任干部讲授专题党课。县委党校培训班学员一并听课，共计150余人。", 150),
        ("6月3日，市委党校举办专题讲座，邀请教授王明作报告，全体学员认真听讲，共计210人。", 210),
        ("7月1日上午，镇党委书记刘强为全镇党员讲授专题党课，镇机关干部参加听课，共120人。", 120),
        # NEGATIVE: classes visited tallied (人次) are no headcount
        ("5月6日，县教育局召开教学工作会议。此前，局领导深入12所学校听课，共听课150人次。", None),
        # NEGATIVE: a count of classes, not of people
        ("5月6日，县教育局召开教学工作会议。会前，专家组深入学校听课，共计32节。", None),
    ],
)
def test_listeners_counted_after_comma(extract, body: str, count: int | None) -> None:
    assert [m["attendee_count"] for m in extract(page(body))["meetings"]][:1] == [count]

