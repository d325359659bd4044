"""Funding, award and meeting shapes of a plan's project list, scholarship winners and meetings named by time, each on invented sentences.

What was found:
- Shape 1 (GUIDELINES §6: the total of a plan's list of projects is only intended): a plan named by its title and
  its list told right after it (审议通过《…实施方案》，涉及项目12个，总投资1.8亿元; 《…工作方案》，方案包括…项目8个) kept
  its total; only 项目建设计划/清单 were read as such a list.  A career's tally in a profile (先后主持国家级项目12项，
  项目经费逾3000万元) kept its money: a biography's total, no grant at a stated time.  Money put off to a next step
  (下一步…将投入5亿元) and a target (力争全年实际到位资金300亿元) already gave no record; rows pin that.
- Shape 2 (§6: money injected into a scheme is funding; a bare 元 in a Hong Kong release is HKD): 向計劃注資一億二千萬元
  gave nothing, 计划 right after 向 being read as the giver's plan (计划注资 = plans to inject).
- Shape 3 (§5: a count referring back to the honour just named): a named scholarship's ceremony (…奖学金颁奖典礼) and
  its winners counted (共有32位学生获奖) gave no award, in one sentence (only a prize ending in 奖 was read) or in the
  next sentence.
- Shape 4 (§3 attendee_count: the count belongs to the meeting it names): 共120余人参加下午的会议 after a morning and
  an afternoon meeting gave the count to both.
"""

import pytest

from tests.extract.views import grants, honours, page

_HK = "香港特區政府"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (1) a plan's list of projects and its total: only intended
        ("5月6日，市政府常务会议召开。会议审议通过《城市更新实施方案》，涉及项目12个，总投资1.8亿元。", []),
        ("5月6日，县委常委会召开会议，审议通过了乡村振兴实施方案，共涉及项目20个，总投资3.5亿元。", []),
        ("会议研究通过了《老旧小区改造工作方案》，方案包括改造项目8个，计划总投资2亿元。", []),
        ("会议审议了《2024年水利建设规划》，涉及项目15个，总投资6亿元。", []),
        # (1) next step and target: no record (kept)
        ("下一步，市财政将投入5亿元用于城市道路改造。", []),
        ("会议提出，力争全年实际到位资金300亿元。", []),
        # (1) a career's tally in a profile: no record
        ("张教授先后主持国家级项目12项，项目经费逾3000万元。", []),
        ("李明，1975年生，先后主持国家自然科学基金项目5项，累计科研经费2000余万元。", []),
        ("王华曾承担省部级课题8个，科研经费共计1500万元。", []),
        # (NEGATIVE rows: projects started, a grant at a stated time, a tally with money granted now)
        ("5月6日，全市重点项目集中开工，涉及项目12个，总投资1.8亿元。", [(180000000.0, "CNY", None)]),
        ("会议审议通过了《2024年集中开工项目方案》，涉及项目12个，总投资1.8亿元，目前已全部开工。",
         [(180000000.0, "CNY", None)]),
        ("该校先后承担国家级项目12项，今年又获批经费3000万元。", [(30000000.0, "CNY", None)]),
        # (2) money injected into a scheme
        (_HK + "今年再向計劃注資一億二千萬元。", [(120000000.0, "HKD", None)]),
        (_HK + "向計劃注資1.2億元。", [(120000000.0, "HKD", None)]),
        ("市财政向该基金注资一亿二千万元。", [(120000000.0, "CNY", None)]),
        # (NEGATIVE rows: a plan of the giver's to inject)
        ("市政府还计划注资1亿元。", []),
        (_HK + "計劃注資一億二千萬元。", []),
    ],
)
def test_funding_shapes(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (3) winners counted after a named scholarship's ceremony, in its sentence or the next
        ("5月6日，某大學舉行2024年度李氏獎學金頒獎典禮。共有三十二位學生獲獎。", [("李氏奖学金", 32, "位", "person")]),
        ("5月6日，某大学举行2024年度李氏奖学金颁奖典礼，共有32位学生获奖。", [("李氏奖学金", 32, "位", "person")]),
        ("5月6日，某大学在学生活动中心举行李氏奖学金颁奖典礼。32名学生获奖。", [("李氏奖学金", 32, "名", "person")]),
        ("2024年度李氏奖学金颁奖典礼5月6日在学校礼堂举行。本届共有32名学生获奖。", [("李氏奖学金", 32, "名", "person")]),
        ("5月6日，某公司举行2024年度创新奖颁奖典礼。共有12名员工获奖。", [("创新奖", 12, "名", "person")]),
        # (NEGATIVE rows: won elsewhere, a count joined to another, no prize's ceremony, a sentence between)
        ("5月6日，某大学举行李氏奖学金颁奖典礼。有32名学生在全省竞赛中获奖。", []),
        ("5月6日，某大学举行李氏奖学金颁奖典礼。32名学生和5名教师获奖。", []),
        ("5月6日，某大学举行新生开学典礼。共有32位学生获奖。", []),
        ("5月6日，某大学举行李氏奖学金颁奖典礼。校长致辞。共有32位学生获奖。", []),
    ],
)
def test_scholarship_ceremony_winners(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


def _counts(record: dict) -> list[tuple[str, int | None]]:
    return [(m["name"], m["attendee_count"]) for m in record["meetings"]]


_TWO = "5月6日上午，市政府召开常务会议。当天下午，市政府召开安全生产工作会议。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (4) the count names the meeting by its time of day
        (_TWO + "共120余人参加下午的会议。", [("常务会议", None), ("安全生产工作会议", 120)]),
        ("5月6日上午，市政府召开常务会议。下午，市政府召开安全生产工作会议。各部门负责人共120人参加了下午的会议。",
         [("常务会议", None), ("安全生产工作会议", 120)]),
        (_TWO + "共80人参加上午的会议。", [("常务会议", 80), ("安全生产工作会议", None)]),
        # (NEGATIVE rows: no time named, the time named in another sentence, one meeting only)
        (_TWO + "共120余人参加会议。", [("常务会议", None), ("安全生产工作会议", 120)]),
        (_TWO + "下午的会议由市长主持。共120余人参加会议。", [("常务会议", None), ("安全生产工作会议", 120)]),
        ("5月6日下午，市政府召开常务会议。共120余人参加下午的会议。", [("常务会议", 120)]),
    ],
)
def test_count_of_meeting_named_by_time(extract, body: str, expected: list) -> None:
    assert _counts(extract(page(body))) == expected
