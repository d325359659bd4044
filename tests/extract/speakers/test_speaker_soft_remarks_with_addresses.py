"""Speaker roles:
soft remarks told with an address (致辞说, 发言表示) given an extra 讲话, and speech verbs
(指示, 他提出, 希望, 部署, 进行再动员) given none.  Invented sentences; the expected roles follow
corpus/GUIDELINES.md §4."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.config import load_config
from pipeline.errors import ConfigError
from pipeline.extract.common import Lexicons
from pipeline.extract.speakers import SpeakerExtractor
from tests.extract.views import page, speakers

MEETING = "3月19日，市总工会召开劳模表彰大会。"
FLOOD = "6月11日，县政府召开防汛工作会议。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 说/表示 right after an address, whatever stands before it: the address only (§4)
        (MEETING + "市长李卫国在大会上致辞说，劳模是城市的骄傲。", {"李卫国": ("市长", ("致辞",))}),
        (MEETING + "获奖教师代表李美玲老师发言表示，将继续努力。", {"李美玲": ("老师", ("发言",))}),
        ("9月1日，市一中举行开学典礼。校长王建华致辞表示，热烈欢迎新同学。", {"王建华": ("校长", ("致辞",))}),
        (MEETING + "市长李卫国致欢迎辞说，欢迎各位劳模。", {"李卫国": ("市长", ("致辞",))}),
        (MEETING + "市长李卫国致辞并表示，要向劳模学习。", {"李卫国": ("市长", ("致辞",))}),
        (MEETING + "劳模代表、市公交集团总经理王刚在会上发言说，将立足岗位。",
         {"王刚": ("市公交集团总经理", ("发言",))}),
        # 指出/强调 still add 讲话; a second act after the address stays
        (MEETING + "市长李卫国在大会上致辞指出，要弘扬劳模精神。", {"李卫国": ("市长", ("致辞", "讲话"))}),
        (MEETING + "市长李卫国在大会上致辞，并就做好工会工作提出要求。", {"李卫国": ("市长", ("致辞", "讲话"))}),
        # no address before the remarks: a speech of its own
        (MEETING + "市长李卫国在大会上讲话说，劳模是城市的骄傲。", {"李卫国": ("市长", ("讲话",))}),
        # the address is someone else's, the remarks the subject's own
        (MEETING + "市长李卫国对大家的发言表示感谢。", {"李卫国": ("市长", ("致辞",))}),
    ],
)
def test_soft_remarks_told_with_an_address(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


def test_soft_remarks_after_an_address_of_a_name_without_title(extract_with_model) -> None:
    record = extract_with_model(page(MEETING + "李红在会上发言说，要向劳模学习。"))
    assert speakers(record) == {"李红": (None, ("发言",))}


def test_hong_kong_address_said_at_a_ceremony(extract) -> None:
    text = "港府表彰傑出義工\n2024年3月20日\n勞工及福利局局長孫玉菡今日出席表彰典禮。孫玉菡在典禮上致辭說，得獎者是社會的榜樣。\n"
    assert speakers(extract(text)) == {"孙玉菡": ("劳工及福利局局长", ("致辞",))}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("楊文科指示，各單位要做好防汛準備。", ("县长", ("主持", "讲话"))),
        ("楊文科在會中指示，各單位要做好防汛準備。", ("县长", ("主持", "讲话"))),
        ("楊文科也指示相關單位加強巡查。", ("县长", ("主持", "讲话"))),
        # a sign that shows the way, no instruction
        ("楊文科察看了避難指示牌。", ("县长", ("主持",))),
    ],
)
def test_taiwan_instruction_verb(extract, sentence: str, expected: tuple) -> None:
    text = f"縣府召開災害防救會報\n民國113年3月12日\n縣府今（12）日召開災害防救會報，由縣長楊文科主持。{sentence}\n"
    assert speakers(extract(text))["杨文科"] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (FLOOD + "县长李建国主持会议并作重要指示。", {"李建国": ("县长", ("主持", "讲话"))}),
        (FLOOD + "县长李建国听取汇报后指示，要立即整改。", {"李建国": ("县长", ("讲话",))}),
        (FLOOD + "县长李建国主持会议。他提出，要严防死守。", {"李建国": ("县长", ("主持", "讲话"))}),
        (FLOOD + "县长李建国主持会议。李建国希望各乡镇严防死守。", {"李建国": ("县长", ("主持", "讲话"))}),
        (FLOOD + "县长李建国主持会议，并对下一步工作提出三点希望。", {"李建国": ("县长", ("主持", "讲话"))}),
        (FLOOD + "副县长王敏在会上部署了防汛工作。", {"王敏": ("副县长", ("讲话",))}),
        (FLOOD + "副县长王敏安排部署了防汛工作。", {"王敏": ("副县长", ("讲话",))}),
        (FLOOD + "副县长王敏对防汛工作进行再动员、再部署。", {"王敏": ("副县长", ("讲话",))}),
        # in an address, a hope is that address's
        (FLOOD + "县长李建国致辞，他希望各乡镇严防死守。", {"李建国": ("县长", ("致辞",))}),
    ],
)
def test_speech_verbs_give_a_speech(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "会议传达了省长王明的指示精神。",
        "按照副县长王敏指示，各乡镇连夜排查隐患。",
        "在副县长王敏的指示下，各乡镇连夜排查隐患。",
        "副县长王敏察看了防汛指示牌。",
        "村民代表王敏提出了申请。",
        "副县长王敏捐款支持希望工程。",
        "村民代表王敏希望能早日修好堤坝。",
        "各乡镇要落实副县长王敏部署的工作。",
        "副县长王敏参加了防汛动员大会。",
        # a written instruction on a matter, no address (as before)
        "副县长王敏对防汛工作作出重要指示。",
    ],
)
def test_other_senses_of_the_speech_verbs_give_no_role(extract, sentence: str) -> None:
    record = extract(page(FLOOD + "县长李建国主持会议。" + sentence))
    assert speakers(record) == {"李建国": ("县长", ("主持",))}


def test_a_named_person_putting_forward_is_no_speech(extract) -> None:
    # (X提出 after a name reports a proposal or position as often as remarks: only 他提出 counts)
    record = extract(page(FLOOD + "县长李建国主持会议。村民代表王敏提出，要加固堤坝。"))
    assert speakers(record) == {"李建国": ("县长", ("主持",))}


def test_a_point_in_an_assessment_adds_nothing(extract) -> None:
    record = extract(page("5月6日，县委召开述职评议会议。县委书记王强逐一点评，并提出了殷切希望。"))
    assert speakers(record) == {"王强": ("县委书记", ("点评",))}


def test_a_verb_only_trigger_needs_its_context() -> None:
    config = load_config()
    data = json.loads((Path(config["patterns_dir"]) / "extraction.json").read_text(encoding="utf-8"))
    # (a word with no context in _VERB_ONLY_AFTER; 号召 has one since the twentieth review round, §4)
    data["verb_only_triggers"]["讲话"].append("呼吁")
    with pytest.raises(ConfigError, match="呼吁"):
        SpeakerExtractor(Lexicons(data, Path(config["lexicons_dir"])))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("2月29日，县委召开青年干部座谈会。县委书记杨光主持会议，对青年干部提出了三点希望。",
         {"杨光": ("县委书记", ("主持", "讲话"))}),
        ("2月29日，县委召开青年干部座谈会。县委书记杨光主持会议，对青年干部提出殷切希望。",
         {"杨光": ("县委书记", ("主持", "讲话"))}),
        # another subject's clause after the chair's
        ("2月29日，县委召开青年干部座谈会。县委书记杨光主持会议，青年干部代表对工作提出了建议。",
         {"杨光": ("县委书记", ("主持",))}),
    ],
)
def test_hopes_set_out_after_chairing(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月8日，市长李明出席招商说明会并致辞。", {"李明": ("市长", ("致辞",))}),
        # remarks at the event still count
        ("5月8日，市政府举行招商说明会。市长李明在说明会上说，欢迎各位客商。", {"李明": ("市长", ("讲话",))}),
    ],
)
def test_a_briefing_session_named_is_no_remarks(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a directive followed in the opening; the person's own remarks later still count
        ("根据县委书记吴建平的指示，6月11日，县政府召开安全生产会议。吴建平强调，要压实责任。", {"吴建平": ("县委书记", ("讲话",))}),
        # the opening declared after an address
        ("9月1日，县实验中学举行开学典礼。校长孙红梅致辞并宣布典礼开幕。", {"孙红梅": ("校长", ("致辞", "讲话"))}),
        # others' speeches listened to
        ("5月15日，县政府召开项目推进会。县委书记冯涛在听取各乡镇发言后说，全县项目建设势头良好。", {"冯涛": ("县委书记", ("讲话",))}),
        # a deployment spoken of, and a Taiwan directive followed or listed
        ("4月19日，市政府召开重点项目调度会。会议通报了市长韩斌部署的重点工作进展情况。", {}),
        ("彰化縣政府今日召開防汛整備會議。經縣長王惠美指示，各單位立即完成抽水機預布。", {}),
        ("屏東縣政府今日召開治安會報。會中列管縣長周春米指示事項共15項。", {}),
        # a question at a press conference
        ("8月15日，市政府新闻办召开新闻发布会。人民日报高级记者李强在提问时说，希望进一步介绍消费回升的情况。", {}),
        # a 他 after relayed remarks is the one relayed
        ("6月13日，全市警示教育大会召开。市委书记蒋勇主持会议。\n会议传达了省委书记王宁在全省警示教育大会上的讲话精神。他提出，要以案为鉴、以案促改。",
         {"蒋勇": ("市委书记", ("主持",))}),
    ],
)
def test_review_of_the_new_speaker_rules(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
