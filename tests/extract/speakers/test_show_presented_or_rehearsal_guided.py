"""A concert presented, a rehearsal guided, a post of artistic director taken: no meeting role.

Class (a precision audit of real newspaper copy): a concert or a show is no meeting (GUIDELINES §3 "Not meetings
either: … shows, concerts"), so presenting one (``主持了新年音乐会``) is no 主持; guiding a rehearsal, a show or a drill
(``亲临排练场指导话剧排练``) is no 指导 at a meeting; becoming a troupe's artistic director (``成为剧团的艺术指导``) is a post
taken, not ``到会指导`` (§4 only people active in a reported meeting; thirty-fourth review round). A gala chaired
(``主持了联欢晚会``: a gala is a meeting), a meeting chaired and ``到会指导`` keep their roles. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

# a meeting told on the page: the roles are read beside it
_MEETING = "演出前，副省长李文华会见了参加演出的艺术家。\n"


@pytest.mark.parametrize(("body", "name"), [
    ("著名播音员王大海主持了音乐会。", "王大海"),
    ("电视节目主持人陈立新主持了当晚的新年音乐会。", "陈立新"),
    ("青年演员刘建华主持文艺演出，观众报以热烈的掌声。", "刘建华"),
    ("老市长赵光明曾亲临市话剧团排练场指导话剧排练。", "赵光明"),
    ("著名导演孙振华多次到剧场现场指导节目彩排。", "孙振华"),
    ("青年舞蹈家周德明从省城专门被请到这里，成为他们的艺术指导。", "周德明"),
    ("著名指挥家吴海涛应邀担任乐团的音乐指导。", "吴海涛"),
])
def test_show_or_post_gives_no_role(extract, body, name):
    record = extract(page(_MEETING + body))
    assert name not in speakers(record)


@pytest.mark.parametrize(("body", "name", "role"), [
    # NEGATIVE: a gala and a meeting chaired, a meeting guided by one present at it
    ("市委副书记王大海主持了春节联欢晚会。", "王大海", "主持"),
    ("市长陈立新主持了全市文艺工作座谈会。", "陈立新", "主持"),
    ("省文化厅厅长刘建华出席会议并指导。", "刘建华", "指导"),
    ("市委宣传部部长赵光明到会指导并讲话。", "赵光明", "指导"),
])
def test_meeting_role_kept(extract, body, name, role):
    record = extract(page(_MEETING + body))
    assert role in speakers(record)[name][1]
