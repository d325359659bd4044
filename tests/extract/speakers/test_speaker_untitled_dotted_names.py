"""Speaker names of long meeting reports: dotted (Uyghur, Kazakh, foreign) names with
no title before them that open a clause or a 、-list (买买提·艾力、阿不都热合曼·吐尔逊分别作交流发言, 热合曼·托合提代表…
发言), a last part ending in the name element 阿不都, a foreign name whose last part is a one-character surname
(彼得·张在…致辞), and 曾 ("once") after a name (王刚曾指出 where 王刚 is read elsewhere, 此前曾表示: remarks made earlier, no part of the name
and no role, GUIDELINES §4).  Invented sentences; the expected values follow corpus/GUIDELINES.md §4."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

FRAME = "9月11日，全县民族团结进步创建工作推进会召开。县委书记刘建军出席并讲话。"
LEAD = {"刘建军": ("县委书记", ("讲话",))}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a 、-list of untitled dotted names: every one is a speaker, each name whole
        ("会上，买买提·艾力、阿不都热合曼·吐尔逊、古丽娜尔·阿不都分别作交流发言。",
         {"买买提·艾力": (None, ("发言",)), "阿不都热合曼·吐尔逊": (None, ("发言",)),
          "古丽娜尔·阿不都": (None, ("发言",))}),
        ("阿依古丽·买买提、热合曼·托合提代表受表彰的模范集体和个人发言。",
         {"阿依古丽·买买提": (None, ("发言",)), "热合曼·托合提": (None, ("发言",))}),
        # a bare dotted name opening the sentence
        ("热合曼·托合提代表受表彰的先进个人发言。", {"热合曼·托合提": (None, ("发言",))}),
        ("会上，买买提·艾力作交流发言。", {"买买提·艾力": (None, ("发言",))}),
        # a dotted name in a list with a Han name
        ("会上，努尔兰·哈力克、王建军先后发言。", {"努尔兰·哈力克": (None, ("发言",)), "王建军": (None, ("发言",))}),
        # a titled dotted name is read as before
        ("县委常委、统战部部长努尔兰·哈力克宣读了表彰决定。", {"努尔兰·哈力克": ("县委常委、统战部部长", ("宣读",))}),
    ],
)
def test_untitled_dotted_names(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(FRAME + body, "2024-09-12"))) == {**LEAD, **expected}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # dotted runs that are brands, slogans or places: no speaker
        ("会上，中国·南京国际车展组委会作了发言。", {}),
        ("“奋进·新时代”主题宣讲团成员作宣讲。", {}),
        ("2024·金秋消费节同期启动。", {}),
        # a title inside the first part: the title rule reads the name after it, no title in the name
        ("会上，首席技术官汤姆·李介绍了新产品。", {"汤姆·李": ("首席技术官", ("讲话",))}),
    ],
)
def test_dotted_near_misses(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(FRAME + body, "2024-09-12"))) == {**LEAD, **expected}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a one-character surname as the last part of a foreign name, then a stop word
        ("10月21日，公司新品发布会在上海举行。公司首席执行官彼得·张在发布会上致辞。", {"彼得·张": ("公司首席执行官", ("致辞",))}),
        ("10月21日，公司新品发布会在上海举行。公司首席执行官汤姆·李致辞。", {"汤姆·李": ("公司首席执行官", ("致辞",))}),
        # (a last part of two characters or more is read as before)
        ("10月21日，公司新品发布会在上海举行。公司总裁约翰·史密斯主持发布会。", {"约翰·史密斯": ("公司总裁", ("主持",))}),
    ],
)
def test_one_character_last_part(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body, "2024-10-22"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 曾 after a name: the adverb (where the name is read without it in the text), and remarks made earlier
        # give no role
        ("县长李强主持会议。县长李强曾在全县大会上强调，要抓好项目建设。", {"李强": ("县长", ("主持",))}),
        ("区长伍小凤宣读了表彰决定。区长伍小凤此前曾表示，全区研发投入将保持两位数增长。", {"伍小凤": ("区长", ("宣读",))}),
        # near misses: a surname 曾, a given name ending in 曾 before a verb it does not open, 也 (the same act here)
        ("会议由县长曾强主持。", {"曾强": ("县长", ("主持",))}),
        ("会议由县委书记王曾主持。", {"王曾": ("县委书记", ("主持",))}),
        ("县委书记王刚也指出，要抓好项目建设。", {"王刚": ("县委书记", ("讲话",))}),
        # a given name ending in 曾 before 在 is kept whole where nothing shows the shorter name
        ("省农学会会长洪绂曾在讲话中指出，要推动农业科技与经济结合。", {"洪绂曾": ("省农学会会长", ("讲话",))}),
        ("县委书记王刚在会上讲话。县委书记王刚曾指出，要抓好项目建设。", {"王刚": ("县委书记", ("讲话",))}),
    ],
)
def test_zeng_after_a_name(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page("4月2日，全县安全生产工作会议召开。" + body, "2024-04-03"))) == expected
