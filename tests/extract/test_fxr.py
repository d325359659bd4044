"""Fixer fxr: an honoured recipient quoted to the press after the ceremony is no speaker, whether the label reads
受表扬/受表揚, 获得表彰 or names an honoured firm's representative (§4: recipients whose reactions are quoted), while one
who speaks for the honoured at the ceremony keeps the address; 获发 (獲發) is a receiving verb like 获颁 (§5).
Invented sentences; expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page, speakers

CEREMONY = "5月6日，全市民营经济表彰大会召开，市长李华出席并讲话。"
VOLUNTEERS = "5月6日，区志愿服务表彰大会在区行政中心召开，区委书记张海涛出席并为受表彰的志愿者颁发感谢状。"


# --- 1. an honoured recipient's words to the press (§4) ---

@pytest.mark.parametrize(
    "body",
    [
        VOLUNTEERS + "受表揚的志工協會理事長林美玉表示，會繼續投入服務。",
        VOLUNTEERS + "受表扬的社区志愿者周丽华说，这份荣誉属于整个团队。",
        VOLUNTEERS + "受到表扬的养老院院长郑国强表示，将把荣誉化作动力。",
        CEREMONY + "获得表彰的企业代表、某公司董事长王明表示，将继续加大研发投入。",
        CEREMONY + "获奖企业代表王明表示，将继续加大研发投入。",
        CEREMONY + "获得表彰的先进单位代表、市第一医院院长赵建华说，今后会更加努力。",
    ],
)
def test_honoured_recipient_quoted_is_no_speaker(extract, body: str) -> None:
    people = speakers(extract(page(body)))
    assert set(people) <= {"李华", "张海涛"}


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        (CEREMONY + "获奖代表王明在会上发言。", "王明", (None, ("发言",))),
        (CEREMONY + "某公司董事长王明作为获奖代表致辞。", "王明", ("某公司董事长", ("致辞",))),
        (CEREMONY + "获得表彰的企业代表、某公司董事长王明在会上作交流发言。", "王明", ("某公司董事长", ("发言",))),
        (VOLUNTEERS + "受表扬的志愿者代表林美玉在大会上发言。", "林美玉", (None, ("发言",))),
    ],
)
def test_recipient_speaking_at_the_ceremony_keeps_role(extract, body: str, name: str, expected: tuple) -> None:
    assert speakers(extract(page(body)))[name] == expected


def test_representative_of_honourees_soft_remarks_unchanged(extract) -> None:
    # one speaking for those honoured (获奖教师代表), not for a firm: the remarks stay the address they were
    people = speakers(extract(page(CEREMONY + "获奖教师代表张晓红表示，要以先进为榜样，立足岗位作贡献。")))
    assert people["张晓红"][1] == ("讲话",)


# --- 2. 获发 / 獲發 is a receiving verb (§5) ---

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，奖学金颁发典礼在学校礼堂举行，30名學生獲發大專獎學金。", [("大专奖学金", 30, "名", "person")]),
        ("5月6日，奖学金颁发典礼在学校礼堂举行，30名學生獲發(fā)大專獎學金。", [("大专奖学金", 30, "名", "person")]),
        ("5月6日，颁奖礼在会展中心举行，45名义工获发“杰出义工”嘉许状。", [("杰出义工嘉许状", 45, "名", "person")]),
        ("5月6日，授勋典礼举行，共有12名警员获发长期服务奖章。", [("长期服务奖章", 12, "名", "person")]),
    ],
)
def test_given_out_is_received(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        "5月6日，会议召开。会上通报，3个项目获发改委批复立项。",
        "5月6日，会议召开。会上通报，5篇论文获发表在核心期刊。",
    ],
)
def test_other_words_after_huo_are_no_award(extract, body: str) -> None:
    assert honours(extract(page(body))) == []
