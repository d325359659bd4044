"""A programme turn's label before the names (invented pages).

GUIDELINES §4, thirty-first review round (7 December 2026, first stop): the label of a turn of the programme written
before the names (`述职人为甲、乙`, `点评嘉宾：丙`), like `颁奖嘉宾为…` and `主持人为…`, gives each one named under it that
role; a count or another noun after the label word (`述职人数`, `述职人员名单`) names nobody.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize("body", [
    "5月7日，县委召开述职评议会。会议由县委副书记周涛主持，述职人为城关镇党委书记李明、河口乡党委书记王芳。",
    "5月7日，县委召开述职评议会，县委副书记周涛主持。述职人：城关镇党委书记李明、河口乡党委书记王芳。",
    "5月7日，县委召开述职评议会，县委副书记周涛主持，述职人分别为城关镇党委书记李明、河口乡党委书记王芳。",
    "5月7日，縣委召開述職評議會，縣委副書記周濤主持，述職人為城關鎮黨委書記李明、河口鄉黨委書記王芳。",
])
def test_account_givers_under_their_label(extract, body):
    found = speakers(extract(page(body)))
    assert found["周涛"] == ("县委副书记", ("主持",))
    assert found["李明"] == ("城关镇党委书记", ("述职",))
    assert found["王芳"] == ("河口乡党委书记", ("述职",))


def test_reviewer_under_their_label(extract):
    body = "5月7日，县委召开述职评议会，县委副书记周涛主持。点评嘉宾：县委书记张建国。"
    found = speakers(extract(page(body)))
    assert found["张建国"] == ("县委书记", ("点评",))


def test_count_after_label_word_names_nobody(extract):
    body = "5月7日，县委召开述职评议会，县委副书记周涛主持，述职人数为12人。"
    assert speakers(extract(page(body))) == {"周涛": ("县委副书记", ("主持",))}
