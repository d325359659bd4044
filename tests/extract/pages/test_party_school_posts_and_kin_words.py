"""Speaker and award shapes of Party school posts, kin words and tokens to winners.

1. A Party school's 教育长 was no title word, so 中央党校副教育长孙某 in a list of speakers lost the person
   (GUIDELINES §4: the title is the post as written).
2. A bare name right after 的 and a kinship word (王某的父亲王某某作了报告) was read as no person, and a name with 向
   inside it before such a word (李向明的父亲…) made 向 a preposition and the relative an addressee (GUIDELINES §4
   eighteenth round: the relation is no title, the one who speaks is a speaker, the one named before 的 is not).
3. Tokens handed to winners named only as winners (为8名获奖个人颁发了证书和奖杯) gave the tokens as the honour
   (GUIDELINES §5: objects handed over are no honour; the honour must be named).
"""

import pytest

from tests.extract.views import honours, page, speakers

TITLED_IN_LIST = [
    # (body, name, title)
    ("座谈会上，北京大学教授赵文涛，中央党校副教育长孙立明，国防大学教授韩卫东先后发言。", "孙立明", "中央党校副教育长"),
    ("座谈会上，市委党校副教育长周海明作了发言。", "周海明", "市委党校副教育长"),
    ("研讨会上，省委党校教育长王建华，省社科院研究员李明亮先后发言。", "王建华", "省委党校教育长"),
]


@pytest.mark.parametrize("body,name,title", TITLED_IN_LIST)
def test_school_post_is_title(extract, body, name, title):
    assert speakers(extract(page(body))).get(name, (None,))[0] == title


KIN_SPEAKS = [
    # (body, relative who speaks, role)
    ("报告会上，王海生的父亲王建军先后作了报告。", "王建军", "作报告"),
    ("座谈会上，张志远同志的女儿张丽发言。", "张丽", "发言"),
    ("追思会上，吴德华先生的妻子林秀云致辞。", "林秀云", "致辞"),
    ("报告会上，李向明的父亲李茂林作了报告。", "李茂林", "作报告"),
    ("报告会上，连队指导员周海涛，以及李向明的父亲李茂林先后作了报告。", "李茂林", "作报告"),
]


@pytest.mark.parametrize("body,name,role", KIN_SPEAKS)
def test_relative_after_kin_word_speaks(extract, body, name, role):
    found = speakers(extract(page(body)))
    assert found.get(name) == (None, (role,))


KIN_NEAR_MISSES = [
    # (body, name that must stay no speaker)
    ("报告会上，李向明的父亲李茂林作了报告。", "李向明"),
    ("座谈会上，王海生的父亲王建军也参加了座谈会。", "王建军"),  # attends only: no act after the name
    ("座谈会上，王海生的父亲王建军讲述了儿子的故事。", "王海生"),
]


@pytest.mark.parametrize("body,name", KIN_NEAR_MISSES)
def test_kin_near_misses(extract, body, name):
    assert name not in speakers(extract(page(body)))


def test_kin_word_without_name_reads_none(extract):
    # 母亲河: no surname after the kin word, nothing read; the titled speaker stays
    assert speakers(extract(page("座谈会上，黄河是中华民族的母亲河。县长王强讲话。"))) == {"王强": ("县长", ("讲话",))}


TOKENS_TO_WINNERS = [
    "表彰大会上，县领导为8名获奖个人颁发了证书和奖杯。",
    "会上，县长为6户获奖家庭颁发了奖牌和荣誉证书。",
    "颁奖仪式上，区领导为12所获奖学校颁发了奖牌和奖杯。",
]


@pytest.mark.parametrize("body", TOKENS_TO_WINNERS)
def test_tokens_to_winners_are_no_honour(extract, body):
    assert honours(extract(page(body))) == []


TOKENS_NEAR_MISSES = [
    # (body, award kept)
    ("大会为8名获奖个人颁发了“优秀志愿者”证书和奖杯。", ("优秀志愿者", 8, "名", "person")),
    ("会上，为20名优秀教师颁发了证书和奖杯。", ("优秀教师", 20, "名", "person")),
    ("会上，为8名先进个人颁发了证书和奖杯。", ("先进个人", 8, "名", "person")),
    ("会上，8名队员获“最佳团队奖”奖杯。", ("最佳团队奖", 8, "名", "person")),
    ("10名运动员获体育道德风尚奖。", ("体育道德风尚奖", 10, "名", "person")),
]


@pytest.mark.parametrize("body,award", TOKENS_NEAR_MISSES)
def test_named_honours_kept(extract, body, award):
    assert honours(extract(page(body))) == [award]
