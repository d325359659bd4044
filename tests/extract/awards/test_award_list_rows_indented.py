"""Rows of a list of honours and counts indented like the page's paragraphs.

- GUIDELINES §5, twenty-second and thirty-first review rounds (a list or flattened table under a conferring line gives one
  record per honour row whose count has its unit) and the thirty-third review round (7 December 2026, third stop): real
  pages indent each line of such a list as they indent their paragraphs (`　　巾帼文明岗　　　5个`); the indentation is no
  text before the row, which is read as a row at a line's start. Rows under a proposal (`拟表彰名单公示如下：`) and rows
  counting other things stay none. Invented pages; each case's records were written from the guidelines before the rules
  were run.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours

HEAD = "街道召开表彰大会\n发布时间：2025-03-08 17:05　来源：街道办\n"
LEAD = "　　3月7日上午，街道在党群服务中心召开表彰大会。街道办事处主任主持会议，各社区负责人参加。\n"
TAIL = ("　　与会领导为受表彰集体和个人颁奖。会议要求，各社区要以先进为榜样，立足岗位、奋发有为，"
        "在基层治理中贡献力量。大家表示，将珍惜荣誉、再接再厉。\n")

CASES = [
    # full-width indentation and full-width spaces between honour and count
    (LEAD + "　　街道妇联主席宣读了表彰决定。本次表彰名单如下：\n　　巾帼示范岗　　　　　6个\n　　巾帼奋斗标兵　　　　9名\n"
     "　　文明家庭　　　　　　8户\n" + TAIL,
     [("巾帼示范岗", 6, "个", "organization"), ("巾帼奋斗标兵", 9, "名", "person"), ("文明家庭", 8, "户", None)]),
    # the same list with a note of candidates after it: the note confers nothing, the rows stay
    (LEAD + "　　会议宣读了表彰决定，表彰名单如下：\n　　优秀网格员　　　15名\n　　先进社区　　　　4个\n"
     "　　（另有“优秀网格员”候选人20名进入公示环节，未列入本次表彰）\n" + TAIL,
     [("优秀网格员", 15, "名", "person"), ("先进社区", 4, "个", "organization")]),
    # ASCII indentation, a tab between
    (LEAD + "  会上宣读了表彰决定。表彰名单如下：\n  优秀共产党员\t20名\n  优秀党务工作者\t7名\n" + TAIL,
     [("优秀共产党员", 20, "名", "person"), ("优秀党务工作者", 7, "名", "person")]),
    # bracketed counts
    (LEAD + "　　大会表彰了一批先进典型，名单如下：\n　　先进基层党组织（5个）\n　　优秀共产党员（18名）\n" + TAIL,
     [("先进基层党组织", 5, "个", "organization"), ("优秀共产党员", 18, "名", "person")]),
    # numbered rows
    (LEAD + "　　会议宣读了表彰决定。表彰名单如下：\n　　一、先进集体　　8个\n　　二、先进个人　　25名\n" + TAIL,
     [("先进集体", 8, "个", "organization"), ("先进个人", 25, "名", "person")]),
    # Traditional script
    ("市府舉行表揚大會\n發布日期：2024-05-08\n　　市政府今日上午舉行年度表揚大會，市長親自頒獎。\n　　表揚名單如下：\n"
     "　　模範公務員　　12名\n　　績優團隊　　　3個\n　　市長致詞時表示，感謝同仁辛勞付出，市府將持續推動服務品質提升，"
     "讓市民感受到政府的用心。\n",
     [("模范公务员", 12, "名", "person"), ("绩优团队", 3, "个", "organization")]),
    # near misses: a proposal under 公示, and rows counting other things
    (LEAD + "　　街道对拟表彰对象予以公示，拟表彰名单公示如下：\n　　巾帼示范岗　　　6个\n　　巾帼奋斗标兵　　9名\n" + TAIL,
     []),
    (LEAD + "　　会议通报了活动开展情况，具体如下：\n　　参赛队伍　　　　12个\n　　参赛人数　　　　300名\n" + TAIL,
     []),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_award_list_rows_indented(extract, body, expected):
    page = body if body.startswith("市府") else HEAD + body
    assert sorted(honours(extract(page))) == sorted(expected)
