"""Dirty whole pages (GUIDELINES §1, §2): a WeChat article's
header (原创 / author / account / date and clock / the region it was sent from), an app prompt glued after a
paragraph or standing between paragraphs, 原标题：… and 视频来源：… label lines under the headline, a related-list label
glued after the last sentence, and another item glued after a wire story's （完）.  Near misses that must not change
are listed with them.  Invented sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, speakers

_LEAD = "9月5日上午，计算机学院2024年新生开学典礼在学术报告厅举行。学院党委书记何静主持典礼。"


@pytest.mark.parametrize(
    ("header", "title", "published"),
    [
        # a WeChat header: 原创 tag, author, account, date, clock, the sender's region (§2: the page's own date)
        ("原创 计算机学院 江北理工计算机 2024-09-06 18:30 浙江", "学院举行2024年新生开学典礼", "2024-09-06"),
        ("原创 张悦 江北理工计算机 2024年09月06日 18:30 浙江", "学院举行2024年新生开学典礼", "2024-09-06"),
        ("原创 院团委宣传部 江北理工计算机 2024-09-06 17:02 湖南", "学院举行2024年新生开学典礼", "2024-09-06"),
        ("江北理工大学计算机学院团委 2024-09-06 18:30 发表于浙江", "学院举行2024年新生开学典礼", "2024-09-06"),
        # (near misses, read before: a short header without the tag or the region)
        ("原创 江北理工计算机 2024-09-06 18:30", "学院举行2024年新生开学典礼", "2024-09-06"),
        ("江北理工计算机 2024-09-06 18:30 浙江", "学院举行2024年新生开学典礼", "2024-09-06"),
    ],
)
def test_a_wechat_header_is_the_date_line(extract, header: str, title: str, published: str) -> None:
    record = extract(f"学院举行2024年新生开学典礼\n{header}\n{_LEAD}\n")
    assert (record["title"], (record["published"] or "")[:10]) == (title, published)
    assert held(record) == [("2024年新生开学典礼", "2024-09-05", "计算机学院")]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # 原标题：… longer than the headline is the original headline of a repost, not the page's headline
        ("新华镇：党建引领激活乡村振兴“一池春水”\n原标题：新华镇召开乡村振兴工作推进会暨村党组织书记擂台比武会\n"
         "2024-03-22 08:41:33 来源：潇湘晨报\n3月21日，新华镇召开乡村振兴工作推进会，镇党委书记杨海涛主持会议并讲话。\n",
         "新华镇：党建引领激活乡村振兴“一池春水”"),
        ("市人大常委会召开党组会议\n原标题：市人大常委会召开党组（扩大）会议 传达学习省委全会精神 研究部署下一步工作\n"
         "2024-03-22 来源：某某日报\n3月21日，市人大常委会召开党组（扩大）会议，市人大常委会主任刘明主持会议并讲话。\n",
         "市人大常委会召开党组会议"),
        # 视频来源：… under the date line is a credit, the headline above stays the title
        ("金融助企政策宣讲会举行\n2024-05-16 来源：江宁区广播电视台\n视频来源：江宁区广播电视台\n"
         "5月15日，江宁区金融助企政策宣讲会举行，区政府副区长卢浩出席并讲话。\n", "金融助企政策宣讲会举行"),
        ("金融助企政策宣讲会举行\n2024-05-16 来源：江宁区广播电视台\n图片来源：江宁区融媒体中心\n"
         "5月15日，江宁区金融助企政策宣讲会举行，区政府副区长卢浩出席并讲话。\n", "金融助企政策宣讲会举行"),
        # (near miss: a short 原标题 line was read right before)
        ("新华镇：党建引领激活乡村振兴\n原标题：新华镇召开推进会\n2024-03-22 来源：潇湘晨报\n"
         "3月21日，新华镇召开乡村振兴工作推进会，镇党委书记杨海涛主持会议并讲话。\n", "新华镇：党建引领激活乡村振兴"),
    ],
)
def test_label_lines_under_the_headline_are_no_title(extract, text: str, title: str) -> None:
    assert extract(text)["title"] == title


_HEAD = "某公司举行捐赠仪式\n2024-03-22 来源：某某日报\n"


@pytest.mark.parametrize(
    ("body", "meetings", "funding", "people"),
    [
        # an app prompt glued after the paragraph's last sentence: the prompt goes, the paragraph stays (§1)
        ("3月21日，某公司举行捐赠仪式，向市慈善总会捐赠100万元。打开APP，查看更多高清视频\n扫码下载",
         [("捐赠仪式", "2024-03-21", "某公司")], [(1000000.0, "CNY", None)], {}),
        ("3月21日，某公司举行捐赠仪式，向市慈善总会捐赠100万元。下载某某新闻客户端，阅读更多精彩内容",
         [("捐赠仪式", "2024-03-21", "某公司")], [(1000000.0, "CNY", None)], {}),
        # the fold of a mobile page between paragraphs: the short paragraph after it is the article's
        ("3月21日，某公司举行捐赠仪式，向市慈善总会捐赠100万元。\n打开APP阅读全文\n捐赠仪式由副总经理王芳主持。",
         [("捐赠仪式", "2024-03-21", "某公司")], [(1000000.0, "CNY", None)], {"王芳": ("副总经理", ("主持",))}),
        # (near miss: an app prompt closing the page, a related list after it: nothing from the list)
        ("3月21日，某公司举行捐赠仪式，向市慈善总会捐赠100万元。\n打开APP阅读全文\n相关推荐\n某公司召开年度工作会议 2024-01-18",
         [("捐赠仪式", "2024-03-21", "某公司")], [(1000000.0, "CNY", None)], {}),
    ],
)
def test_app_prompts_take_no_paragraph_with_them(extract, body: str, meetings: list, funding: list, people: dict) -> None:
    record = extract(_HEAD + body + "\n")
    assert (held(record), grants(record), speakers(record)) == (meetings, funding, people)


def test_the_short_paragraph_after_the_fold_keeps_its_count(extract) -> None:
    record = extract("岳麓区召开基层党建工作推进会\n2024-04-12 09:35 来源：岳麓区融媒体中心\n"
                     "4月11日上午，岳麓区召开2024年基层党建工作推进会，区委副书记周建明主持会议。\n"
                     "打开APP阅读全文\n会议表彰了15名“优秀党务工作者”。\n相关推荐\n岳麓区召开2023年度述职评议会 2024-01-18\n")
    assert honours(record) == [("优秀党务工作者", 15, "名", "person")]
    assert held(record) == [("2024年基层党建工作推进会", "2024-04-11", "岳麓区")]


_WIRE = "我省召开全省安全生产电视电话会议\n新华网 2024-11-05 20:11:36\n新华社长沙11月5日电 5日下午，湖南省召开全省安全生产电视电话会议，副省长钟文华出席会议并讲话。"
_UNION = "市总工会举行劳动模范座谈会\n2024-04-30 08:12 来源：江城晚报\n本报讯（记者 孙磊）4月29日，市总工会举行劳动模范座谈会，市总工会主席吴志刚主持会议并讲话。"


@pytest.mark.parametrize(
    ("text", "meetings", "people"),
    [
        # a related-list label glued after the last sentence: its items are no meetings (§1)
        (_WIRE + "延伸阅读：湖南召开全省防汛抗旱工作会议（2024-04-02）；湖南省森林防灭火工作会议在长沙召开（2024-03-11）\n",
         [("全省安全生产电视电话会议", "2024-11-05", "湖南省")], {"钟文华": ("副省长", ("讲话",))}),
        (_WIRE + "（完）延伸阅读：湖南召开全省防汛抗旱工作会议（2024-04-02）\n",
         [("全省安全生产电视电话会议", "2024-11-05", "湖南省")], {"钟文华": ("副省长", ("讲话",))}),
        (_WIRE + "相关新闻：湖南召开全省防汛抗旱工作会议\n",
         [("全省安全生产电视电话会议", "2024-11-05", "湖南省")], {"钟文华": ("副省长", ("讲话",))}),
        # another item glued after the story's （完）, on its line or below it (§1)
        (_UNION + "（完）市残联召开2024年工作会议　4月28日，市残联召开2024年工作会议，市残联理事长郭振华作工作报告。\n",
         [("劳动模范座谈会", "2024-04-29", "市总工会")], {"吴志刚": ("市总工会主席", ("主持", "讲话"))}),
        (_UNION + "（完）\n市残联召开2024年工作会议\n4月28日，市残联召开2024年工作会议，市残联理事长郭振华作工作报告。\n",
         [("劳动模范座谈会", "2024-04-29", "市总工会")], {"吴志刚": ("市总工会主席", ("主持", "讲话"))}),
        (_UNION + "（完）市残联召开2024年工作会议\n",
         [("劳动模范座谈会", "2024-04-29", "市总工会")], {"吴志刚": ("市总工会主席", ("主持", "讲话"))}),
        # (near misses: the story's own paragraphs before its （完） stay; a 完 inside a sentence is no end mark)
        (_UNION + "\n座谈会上，6名劳模代表作了交流发言，市总工会副主席李红作总结讲话。（完）\n",
         [("劳动模范座谈会", "2024-04-29", "市总工会")],
         {"吴志刚": ("市总工会主席", ("主持", "讲话")), "李红": ("市总工会副主席", ("讲话",))}),
        (_UNION + "\n座谈会结束后，与会劳模参观了工会展馆（完成于2023年），市总工会副主席李红陪同参观。\n",
         [("劳动模范座谈会", "2024-04-29", "市总工会")], {"吴志刚": ("市总工会主席", ("主持", "讲话"))}),
    ],
)
def test_text_glued_after_the_story_is_no_part_of_it(extract, text: str, meetings: list, people: dict) -> None:
    record = extract(text)
    assert (held(record), speakers(record)) == (meetings, people)
