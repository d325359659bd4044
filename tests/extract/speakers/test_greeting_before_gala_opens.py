"""Greetings told before a gala opens: no role.

Class (a precision audit of real newspaper copy): New Year greetings told in a sentence opening ``晚会开幕前，`` (like
``…开始前，``) are not made at the gala (GUIDELINES §4 tenth review round: remarks told in a sentence opening ``会前，``
or ``…开始前，`` are not made at the meeting); greetings shown with ``表示…问候/祝贺`` as with ``致以``/``拜年``, a post
written after the name (thirty-fourth review round). A greeting at the gala (``晚会上，``) stays 致辞, and
a welcome address opening a ceremony's own programme (sixteenth round) is left alone. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_GALA = "今天晚上，{host}共同举办了春节联欢晚会。{post}{name}出席了晚会。\n"


@pytest.mark.parametrize(("host", "post", "name", "lead", "greeting"), [
    ("市委、市政府", "市长", "王大海", "晚会开幕前，", "王大海市长向全市人民和驻军官兵表示亲切的问候和新年的祝贺。"),
    ("省委、省政府、省军区", "省委书记", "陈立新", "晚会开始前，", "陈立新向全省各族人民表示新春的祝福。"),
    ("县委、县政府", "县长", "刘建华", "联欢晚会开幕前，", "刘建华县长向全县干部群众致以节日的问候。"),
    ("区委、区政府", "区长", "赵光明", "晚会开幕前，", "赵光明同志代表区委、区政府向全区人民拜年。"),
])
def test_greeting_before_the_gala_opens(extract, host, post, name, lead, greeting):
    record = extract(page(_GALA.format(host=host, post=post, name=name) + lead + greeting))
    assert name not in speakers(record)


@pytest.mark.parametrize(("post", "name", "lead", "greeting"), [
    # NEGATIVE: greetings told at the gala, an address given at it
    ("市长", "王大海", "晚会上，", "王大海市长向全市人民和驻军官兵表示亲切的问候和新年的祝贺。"),
    ("省委书记", "陈立新", "联欢晚会上，", "陈立新向全省各族人民致以新春的问候。"),
    ("县长", "刘建华", "晚会开始后，", "刘建华发表讲话，向全县人民拜年。"),
])
def test_greeting_at_the_gala_kept(extract, post, name, lead, greeting):
    record = extract(page(_GALA.format(host="市委、市政府", post=post, name=name) + lead + greeting))
    assert name in speakers(record)
    assert set(speakers(record)[name][1]) & {"致辞", "讲话"}
