"""A dated photo caption telling the meeting held at a place, named by its last words (invented pages).

GUIDELINES §3, thirty-third review round (7 December 2026, third stop), following the sixteenth round (a caption dates
the reported meeting the body tells only 近日) and the thirty-first (a caption placing it gives its venue; it names the
meeting by its last words when no other meeting of the page ends so): a caption `图为1月10日上午，述职评议会在管委会三楼
会议室召开现场` dates and places `2023年度党建工作述职评议会`, also in Traditional script (`圖為…召開現場`) and with no
publication date (the year from `2023年度`, twenty-first round).  Near misses: a caption of another meeting, and one of a
day long before the publication date.
"""

from __future__ import annotations

import pytest

BODY = ("近日，青岚经济开发区党工委召开2023年度党建工作述职评议会，全面总结2023年度党建工作，部署2024年重点任务。"
        "党工委副书记李敏主持会议，80余人参加会议。\n")


@pytest.mark.parametrize(("caption", "published", "expected"), [
    ("（图为1月10日上午，述职评议会在管委会三楼会议室召开现场）", "2024-01-15", ("2024-01-10", "管委会三楼会议室")),
    ("图为1月10日上午，述职评议会在管委会三楼会议室召开现场。", "2024-01-15", ("2024-01-10", "管委会三楼会议室")),
    ("（图为1月10日上午，述职评议会在管委会三楼会议室召开现场）", None, ("2024-01-10", "管委会三楼会议室")),
    ("（图为1月10日上午，党建工作述职评议会在管委会三楼会议室举行现场）", "2024-01-15", ("2024-01-10", "管委会三楼会议室")),
    # near misses: another meeting's picture; a day months before the page
    ("（图为1月10日上午，安全生产会议在管委会三楼会议室召开现场）", "2024-01-15", (None, None)),
    ("（图为8月10日上午，述职评议会在管委会三楼会议室召开现场）", "2024-01-15", (None, "管委会三楼会议室")),
])
def test_caption_held_at_dates_and_places(extract, caption, published, expected):
    meetings = extract("开发区召开述职评议会\n" + BODY + caption + "\n", published=published)["meetings"]
    assert [(m["date"], m["location"]) for m in meetings] == [expected]


def test_traditional_caption_held_at(extract):
    page = ("開發區召開述職評議會\n近日，青嵐經濟開發區黨工委召開2023年度黨建工作述職評議會，全面總結2023年度黨建工作。\n"
            "（圖為1月10日上午，述職評議會在管委會三樓會議室召開現場）\n")
    meetings = extract(page)["meetings"]
    assert [(m["date"], m["date_text"], m["location"]) for m in meetings] == [("2024-01-10", "1月10日", "管委会三楼会议室")]
