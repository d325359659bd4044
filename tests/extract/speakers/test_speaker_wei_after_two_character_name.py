"""Speaker phrasings (GUIDELINES §4), invented sentences: 为 after a two-character name before
an act that 为 takes as its object or purpose (为做好…作了部署, 为在会上发言的代表, 为表示感谢, 为作了…报告的专家,
为发言的代表: 为 the preposition, no part of the name), while a three-character name ending in 为 before the
person's own act keeps it (吴大为发言, 张有为作了…的报告); 组织…并发言 (the organizer's own address, not others'
discussion organized); 作为主持人 (the person in that role: 主持), not 为主持人 (presenters as an object). Near misses
that must stay as they are are included."""

from __future__ import annotations

import pytest

from pipeline.extract.speakers import patterns as speakers_module
from tests.extract.views import page, speakers

HEAD = "5月7日，县里召开工作会议。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 为 the preposition: its object or purpose follows, the name has two characters
        ("县长张伟为做好迎峰度夏工作作了部署。", {"张伟": ("县长", ("讲话",))}),
        ("县委书记李强为作了精彩报告的专家颁发聘书。", {"李强": ("县委书记", ("作报告", "颁奖"))}),
        ("县长李强为表示感谢，向企业代表赠送锦旗。", {"李强"}),
        ("县委书记李强为在会上发言的代表颁发证书。", {"李强"}),
        ("县长李强为发言的先进代表颁发证书。", {"李强"}),
        # near misses: 为 the name's own last character before the person's act
        ("副院长张有为作了题为《关于进一步加强医院精细化管理的若干思考》的报告。", {"张有为": ("副院长", ("作报告",))}),
        ("心内科主任医师吴大为在会上作了发言。", {"吴大为": ("心内科主任医师", ("发言",))}),
        ("院长吴大为介绍了医院的发展情况。", {"吴大为"}),
    ],
)
def test_wei_after_a_two_character_name(extract, body: str, expected) -> None:
    found = speakers(extract(page(HEAD + body)))
    if isinstance(expected, set):
        assert set(found) == expected
    else:
        assert found == expected


@pytest.mark.parametrize(
    "body",
    ["县委书记李明组织召开座谈会并发言。", "县委书记李明组织与会企业家座谈并发言。"],
)
def test_organizer_speaking_after_bing(extract_with_model, body: str) -> None:
    assert speakers(extract_with_model(page(HEAD + body))) == {"李明": ("县委书记", ("发言",))}


def test_discussion_organized_for_others_stays_no_address(extract) -> None:
    found = speakers(extract(page("5月6日，县委召开学习会。县委书记卢明主持，并组织与会人员开展研讨交流。")))
    assert found == {"卢明": ("县委书记", ("主持",))}


@pytest.mark.parametrize(
    ("body", "roles", "host"),
    [
        ("5月7日，县文化馆举办读书分享论坛。县文联主席王芳作为主持人介绍了与会嘉宾。", ("主持", "讲话"), "王芳"),
        # near miss: presenters given something, the object of 为
        ("5月7日，县文化馆举办读书分享论坛。县文联主席王芳为主持人颁发证书。", ("颁奖",), None),
    ],
)
def test_zuowei_host(extract, body: str, roles: tuple, host: str | None) -> None:
    record = extract(page(body))
    assert speakers(record)["王芳"][1] == roles
    assert [(m["host"] or {}).get("name") for m in record["meetings"]] == [host]


def test_press_conference_words_build_the_pattern() -> None:
    # every word of the precheck tuple is matched by the pattern, in both alternatives
    for word in speakers_module._PRESS_CONFERENCE_HELD_WORDS:
        assert speakers_module._PRESS_CONFERENCE_HELD.search(f"在{word}上")
        assert speakers_module._PRESS_CONFERENCE_HELD.search(f"举行{word}")
