"""Paragraphs wrapped at a fixed width on newspaper copy: records that do not change under page furniture.

A hard wrap states no fact (GUIDELINES §1: page furniture yields nothing; values are repaired as a reader would; §11:
datelines and the credits in brackets are part of a newspaper article's text), so a wrapped article must read as the
unwrapped one.  The label-free invariance check (``python -m pipeline.evaluation.noise invariance``) found, on the
People's Daily articles without gold, paragraphs whose wrap was kept because:

- the paragraph ends on a bracketed credit or note after its last sentence mark (``…讲话。（新华社记者兰红光摄）``,
  ``…贡献。（全文另发）``), whole on the last line or cut by the wrap (``…九十九点九。（满东燕冯`` / ``春林）``);
- a line opens on what opens no line: a clause or sentence mark, a closing quote or bracket, a name's middle dot, a
  decimal point (``、尉健行…``, ``”，解决了…``, ``·菲拉利…``, ``.6万元…``);
- the run holds a full stop or opens on a dateline but no clause mark (``———确保经费投入逐年增加。地区…``);
- a paragraph of two lines has a width of its own: joined where the break says the sentence goes on (a dateline's lead
  cut before its first sentence ends, a unit cut, an open bracket or name, a next line opening on a mark), never after
  a finished clause (tests/extract/pages/test_dirty_page_paragraph_joins_and_thousands.py);
- a headline of the wrap's width stood above its dateline lead and was glued to it.

Rows are invented; widths vary (each paragraph of a page may be wrapped at its own), digits are Arabic or full-width.
"""

from __future__ import annotations

import pytest

from pipeline.config import DEFAULTS
from pipeline.document import Document
from pipeline.normalize import Normalizer, unwrap_step

NORMALIZER = Normalizer(list(DEFAULTS["normalize_steps"]))


def normalized(text: str) -> str:
    return NORMALIZER(Document.from_raw("test", "test", text, "utf-8")).clean_text


def wrapped(paragraph: str, width: int) -> str:
    """``paragraph`` cut into lines of ``width`` characters (the last one shorter), as a fixed-width copy holds it."""
    return "\n".join(paragraph[i : i + width] for i in range(0, len(paragraph), width))


CREDITED = [
    # a photo credit, an agency's note, reporters' names, an editor's note after the last sentence
    "新华社南州3月2日电（记者林海）南州市第五届人民代表大会第三次会议今天上午在市会议中心开幕，市长周立明作政府工作报告。（新华社记者陈光摄）",
    "本报讯白石县今年投入资金3200万元改造农村公路120公里，惠及沿线群众5万余人，全县行政村全部通上了硬化路。（刘春燕王磊）",
    "青河市总工会日前表彰了30名“五一劳动奖章”获得者和10个“工人先锋号”，市委副书记郑云出席表彰会并为获奖代表颁奖。（据新华社电）",
    "会议强调，要坚持稳中求进，统筹推进改革发展稳定各项工作，为开创全省经济社会发展新局面作出更大的贡献。（全文另发）",
    "西林镇今年共发放救助资金１２０万元，为２３０户困难家庭解决了实际问题，受到群众的普遍欢迎。（本报通讯员赵海波）",
]


@pytest.mark.parametrize("width", [17, 22, 27])
@pytest.mark.parametrize("paragraph", CREDITED, ids=range(len(CREDITED)))
def test_a_paragraph_ending_on_a_credit_is_joined_at_any_width(paragraph: str, width: int) -> None:
    text = "县里的新闻\n" + wrapped(paragraph, width) + "\n"
    assert normalized(text) == normalized("县里的新闻\n" + paragraph + "\n")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        # a list's comma, a closing quote, a closing bracket, a full stop opening a line
        ("元月三日，省政协举行新春茶话会，王立新、李国华、赵明、孙建平、周海\n、吴春生、郑小平等出席。（新华社记者李阳摄）",
         "元月三日，省政协举行新春茶话会，王立新、李国华、赵明、孙建平、周海、吴春生、郑小平等出席。（新华社记者李阳摄）"),
        ("今年以来，市里在贫困乡村实施了“安居工程”和“饮水工程\n”，解决了4500户农民的住房和饮水问题，群众十分满意\n。（孙晓东）",
         "今年以来，市里在贫困乡村实施了“安居工程”和“饮水工程”，解决了4500户农民的住房和饮水问题，群众十分满意。（孙晓东）"),
        ("三家发钞银行（工商、建设、农业三家银行在当地的分行\n）在发钞之前，须先向外汇基金缴交等值的外币作为准备。",
         "三家发钞银行（工商、建设、农业三家银行在当地的分行）在发钞之前，须先向外汇基金缴交等值的外币作为准备。"),
        # a name's middle dot and a decimal point opening a line
        ("应马耳他共和国副总理兼外交部长乔治·韦拉和意大利共和国外交部长兰贝托\n·迪尼的邀请，外交部长今天离开北京前往两国访问。",
         "应马耳他共和国副总理兼外交部长乔治·韦拉和意大利共和国外交部长兰贝托·迪尼的邀请，外交部长今天离开北京前往两国访问。"),
        ("地区经费由1990年前每年20万元逐年增加到1997年的300万元。县市经费由1990年的117\n.6万元增长到1996年的590万元。",
         "地区经费由1990年前每年20万元逐年增加到1997年的300万元。县市经费由1990年的117.6万元增长到1996年的590万元。"),
    ],
)
def test_a_line_opening_on_what_opens_no_line_goes_on_the_line_before(raw: str, clean: str) -> None:
    assert normalized(raw) == clean


FULL_STOPS = "———确保经费投入逐年增加。地区卫生经费已由前年的每年20万元逐年增加到今年的300万元。县市财政用于卫生的经费也由去年的117万元增长到今年的590万元。"
DATELINED = "本报南州5月11日电记者周明报道：纪念著名作家林远先生诞辰百年座谈会暨铜像揭幕仪式5月9日上午在他的家乡湖东县城关镇隆重举行，近千名群众参加了仪式。"


# a run with full stops but no clause mark; a run opening on a dateline, no clause mark before its last line
@pytest.mark.parametrize("width", [26, 30])
@pytest.mark.parametrize("paragraph", [FULL_STOPS, DATELINED], ids=["full stops", "dateline"])
def test_a_run_with_a_full_stop_or_a_dateline_is_prose(paragraph: str, width: int) -> None:
    assert unwrap_step(wrapped(paragraph, width)).text == paragraph


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        # a dateline's lead cut before its first sentence ends (Arabic, Chinese and full-width digits)
        ("新华社北京1月5日电（记者王平）全国政协副主席李明华今天下午在人\n民大会堂会见了由议长率领的外国议会代表团。",
         "新华社北京1月5日电（记者王平）全国政协副主席李明华今天下午在人民大会堂会见了由议长率领的外国议会代表团。"),
        ("据新华社罗马三月八日电（记者刘江）来自欧洲六个国家的警察部门负责\n人8日在罗马举行会议，商讨加强合作。",
         "据新华社罗马三月八日电（记者刘江）来自欧洲六个国家的警察部门负责人8日在罗马举行会议，商讨加强合作。"),
        ("１２月３１日，中共南州市委书记、市长林海发表２０２４年新\n年讲话《迈向充满希望的新一年》。（记者陈光摄）",
         "12月31日，中共南州市委书记、市长林海发表2024年新年讲话《迈向充满希望的新一年》。（记者陈光摄）"),
        # a unit cut: a particle opening the next line, an open quote, an open bracket, a name's dot
        ("省环保厅厅长张伟5日也在南州同各市的主要负责人举行\n了紧急会商，研究部署冬季大气污染防治工作。",
         "省环保厅厅长张伟5日也在南州同各市的主要负责人举行了紧急会商，研究部署冬季大气污染防治工作。"),
        ("来自各部委和地方的专家代表今天出席了在这里举行的“\n山区可持续发展研讨会”。",
         "来自各部委和地方的专家代表今天出席了在这里举行的“山区可持续发展研讨会”。"),
        ("这样事实上便形成了1美元兑7.8港元的固定汇率。（\n黄金来）",
         "这样事实上便形成了1美元兑7.8港元的固定汇率。（黄金来）"),
        ("新华社北京一月二十三日电国务院副总理今天在中南海会见了法国外长让·\n马克。",
         "新华社北京一月二十三日电国务院副总理今天在中南海会见了法国外长让·马克。"),
        # the next line opens on a list's comma
        ("王立新、李国华、赵明、孙建平、周海、吴春生、郑小平、陈\n、林小燕等在座谈会上先后发言。",
         "王立新、李国华、赵明、孙建平、周海、吴春生、郑小平、陈、林小燕等在座谈会上先后发言。"),
    ],
)
def test_a_lone_line_is_joined_where_the_break_says_the_sentence_goes_on(raw: str, clean: str) -> None:
    assert normalized(raw) == clean


@pytest.mark.parametrize(
    "raw",
    [
        # a table of equal rows, a poem of equal lines without marks, each ending its line
        "白石镇农村公路改造工程投资一千二百万元\n青山乡农村公路改造工程投资九百八十万元\n云岭县农村公路改造工程投资八百五十万元\n",
        "我们走过长长的河岸和开满野花的山冈\n我们听见远方的汽笛和村口的老人歌唱\n我们望见了灯火。\n",
        "春风吹过了江南岸边青青的杨柳枝头。\n细雨落满了故乡村口弯弯的石板小路。\n燕子飞回了老屋门前旧旧的檐下窝巢。\n",
        # a lone line ending on a finished clause, with a comma, after a finished paragraph: a missing 。
        "会议强调了有关要求。\n会议指出，要进一步压实各级各部门的工作责任，切实抓好各项工作落实\n县长王刚讲话。\n",
        # a list's number after a sentence is no credit; the item it opens stays where it is
        "（二）全县降低了农业税率。（三）\n",
    ],
)
def test_lines_that_are_no_wrapped_paragraph_stay_apart(raw: str) -> None:
    assert unwrap_step(raw).text == raw


def test_a_headline_of_the_wrap_width_stays_above_its_dateline_lead() -> None:
    raw = "李明同全省文化厅局长座谈时强调繁荣文艺\n本报南州1月8日讯记者周平报道：省委常委\n李明今天在同参加全省文化厅局长会议的代\n表们座谈时强调，要繁荣文艺创作。\n"
    assert unwrap_step(raw).text == "李明同全省文化厅局长座谈时强调繁荣文艺\n" + raw.split("\n", 1)[1].replace("\n", "", 2)


def test_a_list_number_cut_from_its_item_is_joined_to_it() -> None:
    raw = "全年财政工作有三件大事：（一）财政收入增长。（二）我国\n今年大幅度降低了关税税率和进口环节的增值税率。（三）\n世界银行年会在香港召开。"
    assert unwrap_step(raw).text == raw.replace("\n", "")
