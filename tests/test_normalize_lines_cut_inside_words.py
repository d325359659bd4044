"""Lone lines whose wrap cut a word: records that do not change under page furniture.

A hard wrap states no fact (GUIDELINES §1: page furniture yields nothing; values are repaired as a reader would; §11: a
newspaper article's paragraphs are its text), so a wrapped article must read as the unwrapped one.  A paragraph of two
lines may have a width of its own (each paragraph of a page may be wrapped at its own), and such a line is joined only
where the break itself says the sentence goes on (tests/test_normalize_fixed_width_paragraphs.py).  The label-free invariance check
(``python -m pipeline.evaluation.noise invariance``) found on the People's Daily articles without gold lone lines whose
wrap fell inside a word, after a finished sentence or with no mark at all: a verb (举 / 办, 举 / 行, 加 / 大), a noun (代表 /
团), a title before its holder's name (副部 / 长), a transliterated name (…海鲁 / 拉耶夫表示…, …克 / 罗地亚…).

The class: the break falls inside one word of jieba's segmentation of the characters around it, whatever the word (a
verb, a noun, a title, a place, a foreign name).  A dictionary word counts in any line; a word only jieba's HMM makes of
unknown characters (a name) only in a line of prose (a clause's or a sentence's mark), as a headline's last characters
and a lead's first may read as one name.  Near misses: two words meeting at the break (…工作 / 县长李明…) and the
paragraph that lost its 。 (…落实 / 县长讲话。) stay apart.

The same check found a paragraph left wrapped because a line opened on a decimal middle dot (…总投资概算7 / ·61亿元，…, as
newspapers of the 1990s write 4·7万件), read as a list's bullet: a middle dot before digits after a line that ends on a
digit is a number cut by the wrap.  Near misses: a bullet with a space, or after a line that ends on no digit.

Rows are invented; the widths are the lines' own or vary.
"""

from __future__ import annotations

import pytest

from pipeline.config import DEFAULTS
from pipeline.document import Document
from pipeline.normalize import Normalizer, _cuts_word, unwrap_step

NORMALIZER = Normalizer(list(DEFAULTS["normalize_steps"]))


def normalized(text: str) -> str:
    return NORMALIZER(Document.from_raw("test", "test", text, "utf-8")).clean_text


CUT_WORDS = [
    # a noun after a finished sentence (代表 / 团)
    ("南州市代表团一行是应市政府邀请来访于五日抵达的。次日，市长周立明与代表", "团举行了工作会谈，双方签署了合作备忘录。"),
    # a verb: 举 / 办, 举 / 行, 加 / 大
    ("省农科院今年承担的科研项目取得了新进展。该院上月在省城成功举", "办了全省农业科技成果展示会。"),
    ("这是联合国开发计划署驻华代表周二在北京举", "行的新闻发布会上宣布的。"),
    ("会议要求各地切实做好农村公路的养护管理。省交通厅将继续加", "大对贫困山区的支持力度。"),
    # a title before its holder's name (副厅 / 长林海)
    ("会后，与会代表参观了园区的骨干企业。省农业厅副厅", "长林海主持了今天的座谈会。"),
    # a place's name, a foreign name of the dictionary or of jieba's HMM in a line of prose
    ("双方表示，两国在各领域的合作不断深化。南州市长周立明会见了马", "来西亚客人一行。"),
    ("双方认为，近年来两国关系得到了进一步发展。阿卜杜", "拉希莫夫表示愿进一步加强两国在各领域的合作。"),
    ("双方认为，近年来两国两军关系得到了进一步发展。海鲁", "拉耶夫表示希望加强两军的交流与合作。"),
    ("双方认为，近年来两国文化交流得到了进一步发展。索", "菲耶娃表示希望加强两国的人文交流。"),
    # full-width digits before the cut
    ("全县今年共投入资金１２００万元。县教育局将继续加", "大对农村学校的投入力度。"),
]


@pytest.mark.parametrize(("line", "rest"), CUT_WORDS, ids=range(len(CUT_WORDS)))
def test_a_lone_line_cut_inside_a_word_is_joined(line: str, rest: str) -> None:
    text = "县里的新闻\n" + line + "\n" + rest + "\n"
    assert normalized(text) == normalized("县里的新闻\n" + line + rest + "\n")


@pytest.mark.parametrize(
    "raw",
    [
        # two words meet at the break: a paragraph that lost its 。 over the next one
        "会议强调了有关要求。\n会议研究了城市更新工作中的有关问题和下一步的重点工作\n县长李明强调，要抓好落实。\n",
        "会议强调了有关要求。\n会议指出，要进一步压实各级各部门的工作责任，切实抓好各项工作落实\n县长王刚讲话。\n",
        # a headline's last characters and a lead's first, one name only to the HMM: no prose in the line
        "南州各界隆重欢迎塔吉克斯坦文化部代表团客人索\n菲耶娃表示希望加强两国的人文交流。\n",
    ],
)
def test_lines_whose_break_cuts_no_word_stay_apart(raw: str) -> None:
    assert unwrap_step(raw).text == raw


@pytest.mark.parametrize(
    ("line", "nxt", "cut"),
    [
        ("市长周立明与代表", "团举行了会谈。", True),
        ("这是市长在北京举", "行的发布会上宣布的。", True),
        ("两国关系得到了进一步发展。海鲁", "拉耶夫表示", True),  # a name of the dictionary
        ("两国关系得到了进一步发展。索", "菲耶娃表示", True),  # a name only jieba's HMM makes, in prose
        ("南州各界欢迎塔吉克斯坦客人索", "菲耶娃表示", False),  # the same name after no mark
        ("城市更新工作", "县长李明强调，", False),
        ("会议指出，要切实抓好工作落实", "县长王刚讲话。", False),
        ("全县投入资金1200", "万元。", False),  # (no Chinese character at the line's end: other tests' business)
    ],
)
def test_a_break_cuts_a_word_of_jiebas_segmentation(line: str, nxt: str, cut: bool) -> None:
    assert _cuts_word(line, nxt) is cut


DECIMALS = [
    # the class, re-invented: an amount's decimal point opening a line of the run, digits Arabic or full-width
    "南州市污水处理厂是省里水污染防治的重点工程之一，是利用国家开发银行贷款建设的项目，总投资概算3·25亿元，一期规模为日处理20万吨。",
    "今年全县共收到各界捐款１２·６万元，接受捐赠棉衣４·７万件，棉被２万条，还收到大米、面粉等一批救灾物资，已全部发放到受灾群众手中。",
    # paraphrases: a rate, a tonnage, a count of people, a decimal in the last line
    "据统计，去年全省农业总产值比上年增长了6·8%，粮食总产量达到2350·5万吨，农民人均纯收入首次突破两千元大关，创历史最好水平。",
    "会议透露，全市去年新增城镇就业岗位3·2万个，培训下岗职工1·5万人次，再就业率达到68·5%，超额完成了年初确定的各项目标任务。",
    "该厂通过技术改造，去年实现产值1·2亿元，利税1500万元，比上年分别增长了15·3%和20·1%，成为全县的利税大户和出口创汇大户。",
]


@pytest.mark.parametrize("paragraph", DECIMALS, ids=range(len(DECIMALS)))
def test_a_decimal_middle_dot_opening_a_line_goes_on_its_number(paragraph: str) -> None:
    # wrapped at each width that makes a line open on a dot (the dot's offset: the first line ends on its digit)
    widths = [k for k, char in enumerate(paragraph) if char == "·" and k >= 16]
    assert widths
    for width in widths:
        lines = [paragraph[i : i + width] for i in range(0, len(paragraph), width)]
        assert lines[1].startswith("·")
        text = "县里的新闻\n" + "\n".join(lines) + "\n"
        assert normalized(text) == normalized("县里的新闻\n" + paragraph + "\n"), width


@pytest.mark.parametrize(
    "raw",
    [
        # a related list's bullets: with a space after the dot, or after a line that ends on no digit
        "全县今年共签约招商引资项目12\n· 30个重点项目集中开工建设总投资达8亿元\n· 20个乡镇完成农村公路改造任务共计120公里\n",
        "全县今年共签约一批招商引资项目\n·30个重点项目集中开工建设总投资达8亿元\n·20个乡镇完成农村公路改造任务共计120公里\n",
    ],
)
def test_a_bullet_before_digits_stays_a_bullet(raw: str) -> None:
    assert unwrap_step(raw).text == raw
