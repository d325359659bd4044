"""Speaker shapes of 为 ending a name, addressed speeches, medals pinned and greetings (GUIDELINES §3, §4). Invented sentences; expected values follow
corpus/GUIDELINES.md and the lead's ruling on 1.6.

- 1.1: a name's last 为 before 出席/参加…并, 在…讲话中指出 or another act stays the preposition when a relative clause
  (…的 + a conferral) follows: 王强为参加培训并考核合格的学员颁发证书 names 王强, whose role is 颁奖 only;
  严可为出席会议并讲话 and 严可为出席会议并为获奖的企业颁奖 keep 严可为;
- 1.5: 向大会致辞并为获奖的企业家颁奖: a 为/向/给 between the act and 的 opens the speaker's second act, the speech is
  kept; 为大会致辞嘉宾颁发纪念品 is still the recipients' act;
- 1.13: another subject pinning the medal (工作人员为老党员佩戴纪念章) gives the attending person no 颁奖;
- 1.14: a count before 同学 (2024级万名同学) is no name;
- 1.12: a New Year greeting told on another occasion (当晚…通过电视台, 2月9日, 会后) adds no 致辞;
- 1.4: remarks after watching a drill or show keep 讲话 when a meeting or ceremony held with it is named (演练观摩会,
  演出启动仪式, 现场推进会, 现场会); not a ceremony of its own, an activity, or a tea party;
- 1.6: a layperson whose group names the paragraph's 座谈会 (老党员座谈会…老党员王某激动地说) keeps 讲话; a 老人 at a
  敬老座谈会 stays a reaction.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


def _roles(body: str, extract) -> dict:
    return {name: roles for name, (_title, roles) in speakers(extract(page(body))).items()}


# --- 1.1 a name's 为 before a relative clause ---


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月3日，市人社局举行结业仪式，副局长赵刚为参加培训并考试合格的学员颁发结业证书。", {"赵刚": ("颁奖",)}),
        ("6月3日，区体育局举行颁奖仪式，副区长孙立为参加比赛并获得名次的运动员颁奖。", {"孙立": ("颁奖",)}),
        ("6月3日，县卫健局举行义诊活动，县长周平为出席活动并参与义诊的医生颁发聘书。", {"周平": ("颁奖",)}),
        ("6月3日，区委召开表彰会，区委书记钱进为出席会议并作典型发言的代表颁发荣誉证书。", {"钱进": ("颁奖",)}),
        ("6月3日，区委召开表彰会，区委书记钱进为在会上发言并受到表彰的代表颁奖。", {"钱进": ("颁奖",)}),
        # near misses: 为 is the name's own
        ("6月3日，区委召开工作会议，区委书记严可为出席会议并讲话。", {"严可为": ("讲话",)}),
        ("6月3日，区委召开表彰会，区委书记严可为出席会议并为获奖的企业颁奖。", {"严可为": ("颁奖",)}),
        ("6月3日，区委召开工作会议，区长吴大为在讲话中指出，要抓好落实。", {"吴大为": ("讲话",)}),
    ],
)
def test_name_wei_before_a_relative_clause(extract_with_model, body: str, expected: dict) -> None:
    assert _roles(body, extract_with_model) == expected


# --- 1.5 an addressed speech then a conferral ---


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月3日，市委召开民营企业表彰大会，市委书记陈军向大会致辞并为获奖的企业家颁奖。", {"陈军": ("致辞", "颁奖")}),
        ("6月3日，市委召开表彰大会，市长刘洋向全体受表彰人员讲话并为受表彰的先进集体颁奖。", {"刘洋": ("讲话", "颁奖")}),
        ("6月3日，市委召开表彰大会，市长刘洋向与会代表致辞并给获奖的单位颁发奖牌。", {"刘洋": ("致辞", "颁奖")}),
        # near miss: the speech is the recipients'
        ("6月3日，市委召开表彰大会，市长刘洋为大会致辞嘉宾颁发纪念品。", {"刘洋": ("颁奖",)}),
    ],
)
def test_addressed_speech_then_conferral(extract_with_model, body: str, expected: dict) -> None:
    assert _roles(body, extract_with_model) == expected


# --- 1.13 / 1.14 ---


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月3日，区委举行“光荣在党50年”纪念章颁发仪式，区委书记钱进出席仪式，工作人员为老党员佩戴纪念章。", {}),
        ("6月3日，区委举行“光荣在党50年”纪念章颁发仪式，区委书记钱进出席仪式，礼仪小姐依次为老党员佩戴纪念章。", {}),
        ("6月3日，区委举行“光荣在党50年”纪念章颁发仪式，区委书记钱进出席仪式，少先队员们为老党员戴上奖章。", {}),
        # near misses: the person pins it
        ("6月3日，区委举行“光荣在党50年”纪念章颁发仪式，区委书记钱进出席仪式，并为老党员佩戴纪念章。", {"钱进": ("颁奖",)}),
        ("6月3日，区委举行“光荣在党50年”纪念章颁发仪式，区委书记钱进为老党员佩戴纪念章。", {"钱进": ("颁奖",)}),
    ],
)
def test_medal_pinned_by_another_subject(extract_with_model, body: str, expected: dict) -> None:
    assert _roles(body, extract_with_model) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("9月1日，江城师范大学举行开学典礼，2025级万名同学集体宣读了入学誓词。", {}),
        ("9月1日，江城师范大学举行开学典礼，2025级的万名同学代表发言。", {}),
        ("9月1日，江城一中举行开学典礼，高一（3）班的千名同学代表发言。", {}),
        # near misses: names
        ("9月1日，江城一中举行开学典礼，高一（3）班的万明同学代表发言。", {"万明": ("发言",)}),
        ("9月1日，江城师范大学举行开学典礼，2025级的万名扬同学代表新生发言。", {"万名扬": ("发言",)}),
    ],
)
def test_count_before_classmate_is_no_name(extract_with_model, body: str, expected: dict) -> None:
    assert _roles(body, extract_with_model) == expected


# --- 1.12 a greeting on another occasion ---


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("1月20日，市委召开迎新春老干部座谈会，市委书记陈军出席并讲话。当晚，陈军还通过市电视台向全市人民拜年。",
         {"陈军": ("讲话",)}),
        ("1月20日，市委召开迎新春老干部座谈会，市委书记陈军出席并讲话。1月21日，陈军向全市人民拜年。",
         {"陈军": ("讲话",)}),
        ("1月20日，市委召开迎新春老干部座谈会，市委书记陈军出席并讲话。陈军还通过网络视频向全市人民拜年。",
         {"陈军": ("讲话",)}),
        ("1月20日，市委召开迎新春老干部座谈会，市委书记陈军出席并讲话。会后，陈军向老干部们拜年。",
         {"陈军": ("讲话",)}),
        # near misses: the greeting at the meeting (eleventh-round ruling)
        ("1月20日，市委召开新春团拜会，市委书记陈军讲话。他向全市人民拜年，祝大家新春快乐。", {"陈军": ("讲话", "致辞")}),
        ("1月20日，市委召开新春团拜会，市委书记陈军讲话。陈军向全体干部职工致以新春的问候。", {"陈军": ("讲话", "致辞")}),
    ],
)
def test_greeting_on_another_occasion(extract_with_model, body: str, expected: dict) -> None:
    assert _roles(body, extract_with_model) == expected


# --- 1.4 remarks after watching a drill or show at a named meeting ---


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月3日，市应急管理局召开消防演练观摩会，市长刘洋观摩演练后指出，要提升应急处置能力。", {"刘洋": ("讲话",)}),
        ("6月3日，市防指举行防汛抢险演练启动仪式，副市长孙立观看演练后强调，要确保安全度汛。", {"孙立": ("讲话",)}),
        ("6月3日，市委召开全市防汛工作现场推进会，与会人员观摩了抢险演练。市长刘洋观摩演练后指出，要压实责任。",
         {"刘洋": ("讲话",)}),
        ("6月3日，市文旅局举行送戏下乡演出启动仪式，市委书记陈军观看演出后表示，要丰富群众文化生活。", {"陈军": ("讲话",)}),
        ("6月3日，全省文物保护工作现场会在我市召开，副省长周平在观看文物展览后强调，要加强文物保护。", {"周平": ("讲话",)}),
        # near misses: no meeting held with the drill or show
        ("6月3日，市应急管理局开展消防演练活动，市长刘洋观摩演练后指出，要提升应急处置能力。", {}),
        ("6月3日，支队举行授衔仪式，副市长孙立出席仪式。仪式结束后，指战员进行了实战演练。孙立观看演练后表示，队伍战斗力强。",
         {}),
        ("6月3日，社区举行端午茶话会，副区长孙立出席。孙立观看文艺演出后说，节目很精彩。", {}),
    ],
)
def test_remarks_after_watching_at_a_named_meeting(extract_with_model, body: str, expected: dict) -> None:
    assert _roles(body, extract_with_model) == expected


# --- 1.6 the group a 座谈会 is named for ---


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("7月1日，镇党委召开老党员座谈会。老党员赵长林激动地说：“我要继续为村里出力。”", {"赵长林": ("讲话",)}),
        ("7月1日，区总工会召开职工座谈会。职工孙海激动地说：“厂里的日子越来越好。”", {"孙海": ("讲话",)}),
        ("7月1日，街道召开居民座谈会，听取意见建议。居民钱桂芳高兴地说：“楼道终于装上了灯。”", {"钱桂芳": ("讲话",)}),
        # near misses: no 座谈会 named for the group
        ("7月1日，区民政局召开敬老座谈会。老人赵长林高兴地说：“我们赶上了好时代。”", {}),
        ("7月1日，社区举行中秋敬老座谈会。活动现场，居民钱桂芳激动地说：“感谢党和政府。”", {}),
        ("7月1日，镇党委召开老党员座谈会。\n老党员赵长林激动地说：“我要继续为村里出力。”", {}),
    ],
)
def test_group_of_the_symposium_speaks(extract_with_model, body: str, expected: dict) -> None:
    assert _roles(body, extract_with_model) == expected
