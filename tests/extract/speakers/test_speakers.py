"""Speakers: active participants with their title chain and roles; relayed and reporters excluded."""

from __future__ import annotations

import pytest


def _by_name(record: dict) -> dict[str, dict]:
    return {s["name"]: s for s in record["speakers"]}


@pytest.mark.parametrize(
    ("text", "name", "title", "roles"),
    [
        ("开发区党工委副书记、管委会主任王世华主持会议并讲话。", "王世华", "开发区党工委副书记、管委会主任", ["主持", "讲话"]),
        ("市委组织部人才科科长刘智到会指导。", "刘智", "市委组织部人才科科长", ["指导"]),
        ("校党委书记李明致辞。", "李明", "校党委书记", ["致辞"]),
        ("区委书记张伟为获奖代表颁奖。", "张伟", "区委书记", ["颁奖"]),
        ("党支部书记赵强作述职报告。", "赵强", "党支部书记", ["述职"]),
    ],
)
def test_speaker_title_and_roles(extract, text: str, name: str, title: str, roles: list[str]) -> None:
    speaker = _by_name(extract(text))[name]
    assert speaker["title"] == title
    assert set(roles) <= set(speaker["roles"])


def test_later_mention_merges_into_the_titled_person(extract) -> None:
    record = extract("学院党委书记董大伟出席会议。会上,董大伟为先进个人颁奖。")
    speakers = _by_name(record)
    assert list(speakers) == ["董大伟"]
    assert speakers["董大伟"]["title"] == "学院党委书记"
    assert "颁奖" in speakers["董大伟"]["roles"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # Remarks relayed from an earlier occasion: not a speaker here.
        ("会议传达了市委书记常志刚在全市会议上的讲话精神。", "常志刚"),
        # A recipient of an award, not the one who gives it.
        ("区委书记张伟向优秀党员李华颁发证书。", "李华"),
    ],
)
def test_not_speakers(extract, text: str, absent: str) -> None:
    assert absent not in _by_name(extract(text))


def test_group_shares_the_roles_of_its_last_member(extract) -> None:
    speakers = _by_name(extract("市委书记王强、市长李勇出席并讲话。"))
    assert "讲话" in speakers["王强"]["roles"] and "讲话" in speakers["李勇"]["roles"]


def test_a_post_shared_over_a_list_of_ranked_names_beats_the_rank_alone_written_later(extract) -> None:
    text = ("开幕式由杨庆媛教授主持。中国地理学会副理事长薛德升教授、刘敏教授、贺灿飞教授等出席开幕式。"
            "在大会主报告环节，华东师范大学刘敏教授、北京大学贺灿飞教授作了主旨报告。")
    titles = {s["name"]: s["title"] for s in extract(text)["speakers"]}
    assert titles["刘敏"] == titles["贺灿飞"] == "中国地理学会副理事长、教授"


def test_an_act_named_after_对_before_an_assessing_verb_is_someone_elses(extract) -> None:
    roles = {s["name"]: s["roles"] for s in extract(
        "会议由院党委书记王彬主持。接下来，学院党委书记王彬对大会现场述职作了集中点评。")["speakers"]}
    assert roles["王彬"] == ["主持", "点评"]
