"""Yi names with no Chinese surname, read after a title or opening a clause (GUIDELINES §4).

Found on fresh4: a Yi name made of listed family-branch and given-name syllables was missed where the syllables
(阿说, 拉火) were not listed, or where the word after it (到会, 要求, 关于, 签订) was not among the acts that end such a
name (镇党委副书记阿说拉火到会指导; 院长沙马木呷签订了合作协议; 听取了沙马木呷关于…的汇报). §4: a person who speaks or
acts at the meeting is a speaker under the name as written. Class: a run of listed Yi syllables after a title or
opening a clause, before the act or a word that closes the name. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _names(record: dict) -> list[str]:
    return [s["name"] for s in record["speakers"]]


@pytest.mark.parametrize(("body", "name"), [
    # the failing shape, re-invented
    ("村民大会在村委会召开。镇党委副书记阿说拉火到会指导并讲话。", "阿说拉火"),
    ("村民大会在村委会召开。阿说依火要求，要做好工程质量监督。", "阿说依火"),
    # paraphrases: another title, another act after the name
    ("座谈会在乡政府召开。乡长吉克拉火到会讲话。", "吉克拉火"),
    ("座谈会在乡政府召开。副乡长海来拉火主持会议。", "海来拉火"),
    ("座谈会在乡政府召开。海来依火要求，各村要抓好春耕生产。", "海来依火"),
    ("帮扶座谈会在县医院召开，会议听取了院长曲比拉火关于医院学科建设情况的汇报。", "曲比拉火"),
])
def test_yi_name_read(extract, body, name):
    assert name in _names(extract(page(body)))


@pytest.mark.parametrize("body", [
    # near misses: one syllable inside a place or a word, no run of two
    "村民大会在村委会召开。镇党委副书记到会指导并讲话。",
    "座谈会在拉火村召开，乡长到会讲话。",
])
def test_no_yi_name(extract, body):
    assert not any(n.startswith(("拉火", "阿说")) for n in _names(extract(page(body))))


@pytest.mark.parametrize(("body", "name"), [
    # the failing shape, re-invented: a dotted name right after the class or department that labels a student
    ("开学典礼在学校操场举行。新生代表、初二（5）班木合塔尔·吐尔逊发言。", "木合塔尔·吐尔逊"),
    # paraphrases: another class form, a department, another act
    ("开学典礼在学校操场举行。初一1班努尔买买提·艾力发言。", "努尔买买提·艾力"),
    ("毕业典礼在学校礼堂举行。毕业生代表、机械工程系木拉提·吐尔逊致辞。", "木拉提·吐尔逊"),
    ("毕业典礼在学校礼堂举行。计算机学院迪丽拜尔·艾买提作交流发言。", "迪丽拜尔·艾买提"),
    ("开学典礼在学校操场举行。高三（2）班古丽娜尔·阿不都拉讲话。", "古丽娜尔·阿不都拉"),
])
def test_dotted_name_after_class(extract_with_model, body, name):
    assert name in _names(extract_with_model(page(body)))


@pytest.mark.parametrize("body", [
    # near misses: a dotted slogan or brand after a body, no speech act of a person
    "开学典礼在学校操场举行。初一（3）班“青春·梦想”主题班会发言热烈。",
    "活动在学校举行。计算机学院中国·江城创新大赛启动。",
])
def test_no_dotted_name_after_class(extract_with_model, body):
    assert not any("·" in n for n in _names(extract_with_model(page(body))))


@pytest.mark.parametrize(("body", "name"), [
    # near misses: a title between the body and the dotted name stays out of the name
    ("座谈会在医院召开。医院护士阿依古丽·吐尔逊发言。", "阿依古丽·吐尔逊"),
    ("签约仪式在公司举行。江城公司董事长彼得·霍夫曼致辞。", "彼得·霍夫曼"),
])
def test_title_between_body_and_dotted_name(extract_with_model, body, name):
    assert name in _names(extract_with_model(page(body)))



@pytest.mark.parametrize(("body", "expected"), [
    # §4 (fourteenth round): an official answering reporters' questions at a press conference has 讲话; the topics of
    # the questions may stand before the answer verb (the failing shape, re-invented, and paraphrases)
    ("新闻发布会在市政府召开。副市长赵立新就“营商环境如何优化”等问题回答了记者提问。", ["讲话"]),
    ("新闻发布会在市政府召开。副市长赵立新就有关问题回答了记者提问。", ["讲话"]),
    ("新闻发布会在市政府召开。副市长赵立新就社会关注的热点问题回答了媒体提问。", ["讲话"]),
    ("新闻发布会在市政府召开。副市长赵立新就群众关心的问题，回答了记者提问。", ["讲话"]),
    ("新闻发布会在市政府召开。副市长赵立新就减税降费等问题答复了记者提问。", ["讲话"]),
    # near misses: the answer given by someone unnamed, or after the event
    ("新闻发布会在市政府召开。副市长赵立新主持。工作人员就有关问题回答了记者提问。", ["主持"]),
    ("新闻发布会在市政府召开。副市长赵立新主持。会后，赵立新就有关问题回答了记者提问。", ["主持"]),
])
def test_answer_with_topic_before(extract, body, expected):
    record = extract(page(body))
    assert [s["roles"] for s in record["speakers"] if s["name"] == "赵立新"] == [expected]


@pytest.mark.parametrize(("body", "name", "title"), [
    # §4: a name as written, the title written next to it; one Mongolian or Tibetan name element alone after a title,
    # in a list of titled people (the failing shape, re-invented, and paraphrases)
    ("述职评议会召开。城南社区党委书记赛音、光明社区党支部书记王木等8人依次述职。", "赛音", "城南社区党委书记"),
    ("述职评议会召开。城南社区党委书记宝音、光明社区党支部书记王木等8人依次述职。", "宝音", "城南社区党委书记"),
    ("述职评议会召开。东村党支部书记扎西、西村党支部书记王木先后述职。", "扎西", "东村党支部书记"),
    ("座谈会召开。乡长卓玛、副乡长王木分别发言。", "卓玛", "乡长"),
])
def test_one_element_name_listed(extract, body, name, title):
    speakers = {s["name"]: s["title"] for s in extract(page(body))["speakers"]}
    assert speakers.get(name) == title and speakers.get("王木", "").endswith("书记") | speakers.get("王木", "").endswith("乡长")


@pytest.mark.parametrize("body", [
    # near misses: the element inside a place, or no titled item after the 、
    "座谈会在扎西村召开。村党支部书记王木、村民代表等参加并发言。",
    "座谈会召开。乡长王木主持，扎西、卓玛等村民发言。",
])
def test_no_one_element_name(extract, body):
    assert not any(n in ("扎西", "卓玛") for n in (s["name"] for s in extract(page(body))["speakers"]))


@pytest.mark.parametrize(("body", "expected"), [
    # §4 (thirteenth round): a bill or plan presented with 作…说明 is 作报告; its title may close with a period or status
    # in brackets (the failing shape, re-invented, and paraphrases)
    ("县政府常务会议召开。受县政府委托，副县长李立就《南岭县乡村道路三年行动方案（2024—2026年）》作了说明。", ["作报告"]),
    ("县政府常务会议召开。副县长李立就《南岭县乡村道路管理办法（试行）》作了说明。", ["作报告"]),
    ("县政府常务会议召开。副县长李立对《南岭县河道保护条例（草案）》作说明。", ["作报告"]),
    ("县政府常务会议召开。副县长李立就《南岭县十四五规划（修订稿）》做了说明。", ["作报告"]),
    # near misses: a question answered with 说明, no document
    ("县政府常务会议召开。副县长李立就群众关心的问题（共3个）作了说明。", ["讲话"]),
])
def test_document_with_bracketed_qualifier(extract, body, expected):
    record = extract(page(body))
    assert [s["roles"] for s in record["speakers"] if s["name"] == "李立"] == [expected]
