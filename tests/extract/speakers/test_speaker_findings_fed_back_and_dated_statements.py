"""Speaker shapes of findings fed back and dated statements. Invented sentences; the expected values follow
corpus/GUIDELINES.md §4.

- W9 (§4 tenth and sixteenth rounds, inspection feedback): the head of the inspected body reporting back on the
  remedies (反馈了巡察反馈问题整改的进展情况, 反馈了巡察发现问题的整改落实情况) got 讲话, because the refusal of 整改 read
  only up to the first 问题/情况; the whole clause is read now. Problems the group handed over (巡察组移交的问题) are fed
  back by the body that received them. The group's own findings and demands stay 讲话. A remark verb right after the
  inspection's bare noun (巡察指出问题的…) has the inspection for subject, no remark of the person's.
- W10 (§4 sixteenth round, dated statements): a remark dated with its own day (某某４日说) was kept as said at the meeting
  when any sentence naming the person named any occasion, even another one (还在会见外宾时谈到…). Only the remark's own
  sentence, a sentence referring back to it (作上述表示的, 说这番话的) or one at the meeting the page tells place it now.
- W11 (§4 fifteenth round, speech texts): an act 我 did on a recent, other occasion (前不久/日前/近日，我为…颁发了奖牌)
  added 颁奖; those time words now mark another occasion like 上周.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_PUSH = "11月18日，县委召开整改推进会。"


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        # the inspection group's findings and demands, delivered by its head: 讲话
        ("11月18日上午，县委第二巡察组巡察县民政局党组情况反馈会召开。县委第二巡察组组长赵明义反馈了巡察发现的问题，"
         "县民政局局长孙海林作表态发言。", "赵明义", ["讲话"]),
        ("11月18日上午，县委第二巡察组巡察县民政局党组情况反馈会召开。县委第二巡察组组长赵明义反馈了巡察意见和整改要求，"
         "县民政局局长孙海林作表态发言。", "赵明义", ["讲话"]),
        ("11月18日，县委召开座谈会。县民政局局长孙海林反馈了巡察期间群众反映的问题，县委书记李明主持会议。", "孙海林", ["讲话"]),
        # the person's own remark, on behalf of the group or during the inspection
        ("11月18日上午，县委第二巡察组巡察县民政局党组情况反馈会召开。赵明义代表巡察组指出，要抓好整改落实。",
         "赵明义", ["讲话"]),
        ("11月18日上午，县委第二巡察组巡察县民政局党组情况反馈会召开。组长赵明义在反馈时指出，要抓好整改落实。",
         "赵明义", ["讲话"]),
        # (NEGATIVE rows: the inspected body reporting back on its remedies, 整改 after the first 问题, or on problems
        # handed to it)
        (_PUSH + "县民政局局长孙海林反馈了巡察反馈问题整改的进展情况，县委书记李明主持会议。", "孙海林", None),
        (_PUSH + "县民政局局长孙海林反馈了巡察发现问题的整改落实情况，县委书记李明主持会议。", "孙海林", None),
        (_PUSH + "县民政局局长孙海林反馈了巡察指出问题的整改落实情况，县委书记李明主持会议。", "孙海林", None),
        (_PUSH + "县水利局局长吴建华汇报了审计指出问题的整改情况，县委书记李明主持会议。", "吴建华", ["作报告"]),
        (_PUSH + "县民政局局长孙海林反馈了巡察组移交的问题，县委书记李明主持会议。", "孙海林", None),
        (_PUSH + "县卫健局局长周海涛反馈了督查发现问题的整改完成情况，县委书记李明主持会议。", "周海涛", None),
        (_PUSH + "县民政局局长孙海林反馈了巡视交办问题的办理情况，县委书记李明主持会议。", "孙海林", None),
        (_PUSH + "县交通局局长钱立伟反馈了巡察意见整改工作的推进情况，县委书记李明主持会议。", "钱立伟", None),
    ],
)
def test_findings_fed_back_not_remedies(extract_with_model, body: str, name: str, roles: list | None) -> None:
    found = {s["name"]: s["roles"] for s in extract_with_model(page(body, "2023-11-20"))["speakers"]}
    assert found.get(name) == roles


_WORK_MEETING = "全国工作会议４日在首都召开，"


@pytest.mark.parametrize(
    ("body", "name", "said"),
    [
        # (NEGATIVE rows: another occasion of the person's places other words, not the dated statement)
        (_WORK_MEETING + "总理张德明出席。张德明４日说，改革不会停步。张德明还在会见外宾时谈到了改革。", "张德明", False),
        (_WORK_MEETING + "总理张德明出席。张德明４日表示，经济稳中向好。张德明此前在宴会上也谈到了经济。", "张德明", False),
        (_WORK_MEETING + "副总理李华出席。李华４日说，要稳住就业。李华５日还在论坛上谈到了就业。", "李华", False),
        # the statement's own sentence, a sentence referring back to it, or one at the meeting told: still placed there
        (_WORK_MEETING + "总理张德明出席并讲话。张德明４日说，改革不会停步。", "张德明", True),
        ("全国工作会议４日在首都召开。会上，总理张德明４日说，改革不会停步。", "张德明", True),
        (_WORK_MEETING + "总理张德明出席。张德明４日说，改革不会停步。张德明是在会见外宾时作上述表示的。", "张德明", True),
        (_WORK_MEETING + "总理张德明出席。张德明４日说，改革不会停步。张德明在工作会议上还谈到了就业。", "张德明", True),
    ],
)
def test_dated_statement_placed_only_by_its_own_occasion(extract, body: str, name: str, said: bool) -> None:
    found = {s["name"]: s["roles"] for s in extract(page(body))["speakers"]}
    assert ("讲话" in found.get(name, [])) is said


def _speech(sentence: str) -> str:
    return f"在全县经济工作会议上的讲话\n（2024年12月26日）\n县委书记 张立军\n同志们：\n{sentence}\n"


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        # (NEGATIVE rows: a recent, other occasion of 我's act)
        ("前不久，我为获奖企业颁发了奖牌。", ("讲话",)),
        ("日前，我为获奖企业颁发了奖牌。", ("讲话",)),
        ("近日，我为十名优秀村党组织书记颁发了证书。", ("讲话",)),
        ("前段时间，我为受表彰的先进单位颁发了奖牌。", ("讲话",)),
        ("不久前，我和陈明同志为获奖企业授牌。", ("讲话",)),
        # this event's act keeps 颁奖, 今日前来 (coming here today) too
        ("刚才，我为获奖企业颁发了奖牌。", ("讲话", "颁奖")),
        ("今日前来，我为受表彰的先进单位颁发了奖牌。", ("讲话", "颁奖")),
    ],
)
def test_speakers_act_on_a_recent_occasion(extract, sentence: str, roles: tuple) -> None:
    assert speakers(extract(_speech(sentence)))["张立军"] == ("县委书记", roles)
