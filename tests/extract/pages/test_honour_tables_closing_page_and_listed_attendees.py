"""Award and speaker shapes of tables closing the page and listed attendees. Invented sentences.

- A table of honours and counts closing the page (本次共表彰： / 荣誉称号  人数 / 好婆婆  10名), with nothing after it or
  only an editor's line or a page footer, was cut as page furniture, so the conferral gave no awards (GUIDELINES §1:
  the article's own list is body; §5: each honour with its count is an award). A short colon lead and a flattened
  header now open the run of count rows; footers, widgets and related lists after it are still cut.
- A 、-list of three or more names before one act (党支部书记李红、赵明、吴刚作现场述职) lost every name after the
  second: a neighbour found beside a known name did not in turn open the next one (GUIDELINES §4: every name in the
  list takes the act, a title before the list shared). Titled items keep their own titles.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page, speakers

_CONFERRAL = "8月30日下午，柏林乡在乡文化站召开“好家风”评选表彰会。\n"


@pytest.mark.parametrize(
    ("table", "tail", "expected"),
    [
        ("本次共表彰：\n荣誉称号  人数\n好婆婆  10名\n好邻居  12名\n", "", [("好婆婆", 10), ("好邻居", 12)]),
        ("本次共表彰：\n荣誉称号  人数\n好婆婆  10名\n好邻居  12名\n", "（责任编辑：王某）",
         [("好婆婆", 10), ("好邻居", 12)]),
        ("会上表彰了：\n荣誉称号　人数\n孝老爱亲模范　6名\n致富能手　8名\n", "来源：柏林乡党政办",
         [("孝老爱亲模范", 6), ("致富能手", 8)]),
        ("获表彰情况如下：\n奖项  数量\n文明家庭  15户\n最美庭院  9户\n", "打印本页 关闭窗口",
         [("文明家庭", 15), ("最美庭院", 9)]),
        ("本次共表彰：\n荣誉称号  人数\n好婆婆  10名\n好邻居  12名\n", "第1页 共3页\n浏览次数：128",
         [("好婆婆", 10), ("好邻居", 12)]),
        ("本次共表彰：\n荣誉称号  人数\n好婆婆  10名\n好邻居  12名\n", "版权所有：柏林乡人民政府 备案号：京ICP备12345678号",
         [("好婆婆", 10), ("好邻居", 12)]),
    ],
)
def test_table_closing_the_page_confers(extract, table, tail, expected):
    assert [(h, c) for h, c, _, _ in honours(extract(page(_CONFERRAL + table + tail)))] == expected


_BODY = "5月6日，县委召开表彰大会，会议表彰了一批先进典型，县委书记李红讲话。\n"


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        # NEGATIVE: footers, widgets and related lists after the body stay cut, a colon lead or not
        ("推荐阅读：\n我县表彰优秀教师120名\n市里评出先进集体30个", "我县表彰优秀教师120名"),
        ("往期回顾：\n全县评出致富能手20名\n2024-05-01", "全县评出致富能手20名"),
        ("第1页 共3页\n浏览次数：128", "浏览次数"),
        ("扫码关注：\n微信 微博\n阅读 128次", "阅读 128次"),
        ("下载：\n荣誉称号  人数\n附件1 2个", "附件1"),
        ("版权所有：某县人民政府\n京ICP备12345678号", "ICP"),
    ],
)
def test_furniture_after_the_body_stays_cut(extract, tail, cut):
    record = extract(page(_BODY + tail))
    assert cut not in record["_doc"].clean_text


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，公司召开述职评议会。会上，党支部书记李红、赵明、吴刚作现场述职。",
         {n: ("党支部书记", ("述职",)) for n in ("李红", "赵明", "吴刚")}),
        ("5月6日，县里召开经验交流会。村党支部书记李红、赵明、吴刚、孙丽作交流发言。",
         {n: ("村党支部书记", ("发言",)) for n in ("李红", "赵明", "吴刚", "孙丽")}),
        ("5月6日，县里召开座谈会。乡长李红、赵明、吴刚作表态发言。",
         {n: ("乡长", ("发言",)) for n in ("李红", "赵明", "吴刚")}),
        ("5月6日，公司召开述职评议会。党支部书记王芳、陈刚、刘洋进行了述职。",
         {n: ("党支部书记", ("述职",)) for n in ("王芳", "陈刚", "刘洋")}),
        ("5月6日，县里召开座谈会。代表王芳、陈刚、刘洋作了发言。",
         {n: (None, ("发言",)) for n in ("王芳", "陈刚", "刘洋")}),
        # titles of their own stay each item's
        ("5月6日，县里召开座谈会。县委书记李红、县长赵明、副县长吴刚分别讲话。",
         {"李红": ("县委书记", ("讲话",)), "赵明": ("县长", ("讲话",)), "吴刚": ("副县长", ("讲话",))}),
    ],
)
def test_every_listed_name_takes_the_act(extract, body, expected):
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: people only attending stay out however long the list
        "5月6日，县里召开座谈会。党委委员孙晓明、钱峰、周立参加会议。",
        "5月6日，县里召开座谈会。党委委员孙晓明、钱峰、周立、王建国出席会议。",
    ],
)
def test_listed_attendees_are_no_speakers(extract, body):
    assert speakers(extract(page(body))) == {}


def test_list_ending_in_a_group_gives_only_the_names(extract):
    # NEGATIVE: the list's last item is a group, no name (各乡镇代表)
    body = "5月6日，县里召开座谈会。县委书记李红、县长赵明、各乡镇代表作了发言。"
    assert speakers(extract(page(body))) == {"李红": ("县委书记", ("发言",)), "赵明": ("县长", ("发言",))}
