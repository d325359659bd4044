"""Speaker shapes on party-building, government, company, university and HK/Taiwan pages: a
two-character stop verb that opens on a surname (通报, 宣读, 汇报 after 负责人) starts no three-character name
either, so an unnamed officer's report gives no speaker called 通报了 (GUIDELINES §4: unnamed people produce no
speaker record); 社区工作者 written before a name is an occupation kept as the title, like 乡村教师 (§4 title; a
representative label after it, 社区工作者代表, stays no title). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize(
    "body",
    [
        "5月6日，街道召开推进会。会上，城管科负责人通报了各社区考核排名情况，两个社区作经验交流。",
        "5月6日，县教育局召开座谈会。会上，办公室负责人宣读了表彰决定，三名教师代表作交流发言。",
        "5月6日，公司召开经济活动分析会。财务部负责人汇报了预算执行情况，两个项目部作表态发言。",
        "5月6日，镇党委召开专题会议，党政办负责人传达了上级会议精神，各村作了表态发言。",
        "5月6日，区委召开推进会，组织科负责人通报了一季度工作情况，并作了具体安排。",
    ],
)
def test_stop_verb_after_an_unnamed_officer_is_no_name(extract, body: str) -> None:
    names = speakers(extract(page(body)))
    assert not [n for n in names if n[:2] in ("通报", "宣读", "汇报", "传达")], names


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        # NEGATIVE: a real name opening on the same surname characters stays a name
        ("5月6日，县政府召开常务会议，副县长通晓东主持会议。", "通晓东", "副县长"),
        ("5月6日，县政府召开常务会议，副县长强卫东主持会议并讲话。", "强卫东", "副县长"),
        ("5月6日，区委召开推进会，区委组织部副部长宣伟华主持会议并讲话。", "宣伟华", "区委组织部副部长"),
        ("5月6日，县委召开全会，县委常委、办公室主任安明亮宣读了决议。", "安明亮", "县委常委、办公室主任"),
    ],
)
def test_name_opening_like_a_stop_verb_kept(extract, body: str, name: str, title: str) -> None:
    assert speakers(extract(page(body)))[name][0] == title


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("3月5日，区妇联举行座谈会。座谈会上，社区工作者王芳、乡村教师李静先后发言。", "王芳", "社区工作者"),
        ("3月5日，区妇联举行座谈会。社区工作者王芳、乡村教师李静先后发言。", "李静", "乡村教师"),
        ("9月10日，街道召开表彰大会，社区工作者赵小燕作为获奖代表发言。", "赵小燕", "社区工作者"),
        ("6月1日，民政局举行座谈会。会上，社区工作者孙丽华首先发言。", "孙丽华", "社区工作者"),
        # NEGATIVE: a representative label after the occupation is no title (§4 representative labels)
        ("5月6日，街道召开座谈会。会上，社区工作者代表刘洋发言。", "刘洋", None),
    ],
)
def test_community_worker_is_an_occupation_title(extract, body: str, name: str, title: str | None) -> None:
    assert speakers(extract(page(body)))[name][0] == title


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: the occupation as a group, no name after it, gives no speaker
        "5月6日，街道召开表彰会，广大社区工作者参加。",
        "5月6日，民政局召开座谈会，20余名社区工作者参加座谈。",
    ],
)
def test_community_workers_as_a_group_give_no_speaker(extract, body: str) -> None:
    assert speakers(extract(page(body))) == {}
