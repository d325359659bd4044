"""The purpose of an amount: an ordered table of readers, each reading one phrasing."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, NamedTuple

from pipeline.extract.common import (
    HAN,
    last_match,
    start_after,
)
from pipeline.extract.funding.patterns import (
    _AGENT_OR_RECIPIENT,
    _AID_OBJECT,
    _AID_VERB_END,
    _AIM_BEFORE_BARE_FUND,
    _AIM_INVESTED,
    _AMOUNT_ONLY_CLAUSE,
    _BARE_ACT_AFTER,
    _BARE_GRANT,
    _BARE_ITEM_FUND,
    _BARE_KIND_TOTAL,
    _BENEFICIARY,
    _BUILD_VERBS,
    _BUILT_AFTER,
    _BUILT_VERB_OPENING,
    _CHANGED_FROM,
    _CHANGED_FUND_LEAD,
    _CONTRACT_AMOUNT_CLAUSE,
    _CONVERSION,
    _COST_THEN_BUILT,
    _COST_VERB_BEFORE,
    _COSTED_PROJECT_AFTER,
    _COSTED_TOTAL_BEFORE,
    _COUNTED,
    _COUNTED_OUTPUT,
    _COUNTED_REWARDED,
    _DONOR_GIVES,
    _EVENT_FUNDED,
    _FEAT_TAIL,
    _FUND_HANDED,
    _FUND_HANDED_CLOSING,
    _FUND_JOINERS,
    _FUND_NAMED,
    _FUND_NAMED_AFTER,
    _FUND_NOUN_AFTER,
    _FUND_PAID,
    _FUND_RAISED_TO,
    _FUND_TIME_LEAD,
    _GENERIC_FUND,
    _GIFT_KINDS,
    _GIFT_VALUED,
    _GIVER_VERBS,
    _GIVING_VERB_END,
    _GOODS_AFTER,
    _INVESTED_BEFORE,
    _INVESTED_TOTAL_BEFORE,
    _ITEM_AFTER_AMOUNT,
    _ITEM_AMOUNT,
    _ITEM_BEFORE,
    _LABEL_OPENS,
    _LEVEL_AND_KIND_FUND,
    _MONEY_USED,
    _MORE_FUNDS_LISTED,
    _NEXT_ITEM,
    _OWN_ITEM_LABEL,
    _PASSIVE_GIVER,
    _PAYING_VERBS,
    _PLAN_LABELLED_TOTAL,
    _PLAN_TAIL,
    _PROJECT_ACTS,
    _PROJECT_AFTER,
    _PROJECT_CLASS,
    _PROJECT_NAME_CUT,
    _PROJECT_NAMED,
    _PROJECTS_WON,
    _PURPOSE_ACT,
    _PURPOSE_FOR,
    _PURPOSE_GIVER,
    _PURPOSE_LEAD,
    _PURPOSE_NOUN,
    _PURPOSE_NOUN_AFTER,
    _PURPOSE_OPENER,
    _QUOTE_MARKS,
    _RECIPIENTS_PAID,
    _REFERRED_BACK,
    _REFERRED_BACK_END,
    _REWARDED_AFTER,
    _SHARE_IN_HANDED,
    _TOKENS_WITH_FUND,
    _TOTAL_LABEL,
    _TOTAL_ONLY_CLAUSE,
    _USE_ADVERBS,
    _VALUE_BEFORE,
    _WORKS_BEFORE,
)

# ---------------------------------------------------------------------------------------------------------------------
# The purpose of an amount: an ordered table of readers, each reading one phrasing, and one tidying pass.
#
# A reader gets the amount's site and returns None when its phrasing is not there, else a _Reading whose purpose may
# still be None (the phrasing is there but names nothing usable: a bare 专项资金, a passive with no act after it).  The
# readers are tried in order and the first purpose found wins; its ``kind`` says what a phrasing found with no
# purpose rules out (see _PurposeReader).  To read a new phrasing, add one reader at its place in _PURPOSE_READERS.


@dataclass(frozen=True, slots=True)
class _AmountSite:
    """Where an amount stands, as the purpose readers see it: character offsets into ``text``, the amount's sentence
    (``m_start``/``m_end`` the amount, ``clause_start`` the start of its clause, ``previous_start`` that of the
    clause before; 0 when there is none) and ``lead``, up to three sentences before it."""

    text: str
    clause_start: int
    previous_start: int
    m_start: int
    m_end: int
    lead: str = ""  # the sentences before the amount's (for a project a bare label refers back to)

    @property
    def after(self) -> str:
        """The rest of the sentence after the amount."""
        return self.text[self.m_end :]


class _Reading(NamedTuple):
    """A reader's phrasing found: the purpose it names, or None when it names none."""

    purpose: str | None


@dataclass(frozen=True, slots=True)
class _PurposeReader:
    """One phrasing that tells what an amount is for.

    ``kind`` says what the phrasing, found with no purpose, rules out of the readers after it:
    ``use``: the use of the money told with it; later ``use``, ``name`` and ``context`` readers are not tried,
    only ``total`` ones.  ``name``: a fund named beside the amount; later ``name`` readers are not tried.
    ``context`` and ``total``: read from the words around a bare amount (a ``context`` reader only when no ``use``
    phrasing was found); they rule nothing out.
    ``trims_plan``: the tidying pass drops a plan's tail from its purpose (建设蔬菜大棚的方案 → 建设蔬菜大棚).
    """

    read: Callable[[_AmountSite], _Reading | None]
    kind: Literal["use", "name", "context", "total"]
    trims_plan: bool = False


# A second gift joined to the amount, stated with its value, before a use they share (善款100万元及价值30万元的图书，用于…).
_SECOND_GIFT = re.compile(f"^(?:及|和|以及|、|并)(?:捐赠|捐出|赠送|捐献)?价值(?:约|达|共计|合计)?[\\d.一二三四五六七八九十百千万亿两]+"
                          f"(?:美元|港元|澳门元|元)的[^，。；,;\\d]{{0,10}}?(?:{_GIFT_KINDS}|器械|装备|仪器|设备)")


# Fixed patterns of _read_use_for.
_SENTENCE_END_MARK = re.compile("[；;。]")
_TEXT_END = re.compile("$")
_COMMA = re.compile("[，,]")
_REST_OR_DIGIT = re.compile(r"其余|剩余|其他|另外|\d")
# A locative 中 closing a use of two characters or more (用于解困、再就业中, 用于城区改造中); not the last character of a word
# (高中, 初中, 华中, 集中, 空中, 其中, 心中, 之中, 当中, 途中) nor a school's short name (县一中, 师大附中, 市女中).
_LOCATIVE_CLOSING = re.compile("(?<=[\u4e00-\u9fff]{2})(?<![高初华集空其心之当途附女一二三四五六七八九十])中$")


# Fixed patterns of _read_use_for, made of the module's constants.
_CONVERSION_OPENING = re.compile("^" + _CONVERSION)


def _read_use_for(site: _AmountSite) -> _Reading | None:
    """用于/用作 after the amount (…500万元，主要用于村道硬化); not the rest's use (…，其余用于…) nor another fund's."""
    # (100万美元（约合人民币720万元），用于灾后重建: the conversion in brackets is no part of the words before 用于)
    after = _CONVERSION_OPENING.sub("", site.after)
    # (捐赠善款100万元及价值30万元的图书，用于…: a second gift, in kind, between the amount and the use they share)
    after = _SECOND_GIFT.sub("", after, count=1)
    # (…，用于村道硬化: the purpose may follow a comma; not …，其余用于…, the rest's)
    window = after[: min(40, (_SENTENCE_END_MARK.search(after) or _TEXT_END.search(after)).start())]
    pm = _PURPOSE_FOR.search(window)
    if not pm:
        return None
    comma = _COMMA.search(window, 0, pm.start())
    if _REST_OR_DIGIT.search(window, 0, pm.start()) or (
            comma and not _USE_ADVERBS.fullmatch(window, comma.end(), pm.start()) and not (
            comma.start() == 0 and _MONEY_USED.fullmatch(window, comma.end(), pm.start()))):
        return None  # (…，省级奖补资金主要用于…: another fund's purpose after the comma)
    # (有4000多万元用于解困、再就业中: a locative 中 closing the use is no part of it, GUIDELINES §6 thirty-sixth round)
    return _Reading(_LOCATIVE_CLOSING.sub("", pm["p"]))


# Money named only by its kind, perhaps with its budget level, source, state or time, or a word of its kind before
# (资金, 经费, 款项, 专项资金, 奖励资金, 县级配套资金, 财政资金, 到位资金, 结余资金, 专项债券资金, 小额信贷资金, 慰问金,
# 维修资金): it gives way to a 用于 clause after the amount (§6 twenty-third review round); a fund named by its programme,
# field or event (以奖代补党建工作经费, 防汛抗旱专项资金, 运动会专项经费) holds words beyond these and stays the purpose over
# the clause. (A bare kind of works, 维修资金, is a label of the use, as _BARE_WORK_FUND reads it.)
# The kinds of works a fund may be named by alone (改造资金, 建设经费, 维修资金).
_WORK_NOUNS = ("改造", "建设", "维修", "修缮", "整治", "改建", "扩建", "翻新", "重建")
_MONEY_KIND_WORDS = ("各类|各项|中央和省级各类|本级|上级|省级|市级|县级|区级|镇级|乡级|村级|中央|地方|财政|预算内|自有|自筹|社会"
                     "|捐赠|一次性|专项|配套|补助|扶持|帮扶|奖补|奖励|项目|工作|追加|新增|到位|结余|闲置|沉淀|存量|盘活|往年"
                     "|当年|今年|年度|债券|信贷|贷款|小额|返还|税收|投资|" + "|".join(_WORK_NOUNS))
_MONEY_KIND_ONLY = re.compile(
    f"(?:{_MONEY_KIND_WORDS})*"
    "(?:资金|经费|款项|款|拨款|投资|补助金?|补贴|资助|善款|捐款|奖金|奖励金|慰问金|救助金|助学金|奖学金|津贴)")
# A verb of giving right before the fund's name (县财政下拨应急救灾资金…, 共发放“以奖代补”党建工作经费…): the name read is
# the money's own, not a subject, a time or another verb read with it (县财政到位资金, 盘活往年结余资金, 医院科研经费投入).
# (拨付2024年度山海协作帮扶资金: the year the fund is for may stand between)
_GIVER_VERB_END = re.compile(f"(?:{_GIVER_VERBS})(?:了|的)?(?:各类|各项)?(?:(?:19|20)\\d{{2}}年度?|本年度|今年|年度)?$")


def _read_fund_named_over_use(site: _AmountSite) -> _Reading | None:
    """A fund named by its programme, field or event before the amount, with a 用于 clause after it (共发放“以奖代补”党建
    工作经费6万元用于支持党组织开展党建工作 → 以奖代补党建工作经费, GUIDELINES §6 twenty-third review round): the fund's
    name is the purpose. Money named only by its kind (拨付专项资金200万元，用于…) leaves the clause to _read_use_for."""
    if _read_use_for(site) is None:
        return None
    named = _read_fund_named_before(site)
    if named is None or named.purpose is None or _MONEY_KIND_ONLY.fullmatch(_QUOTE_MARKS.sub("", named.purpose)):
        return None
    at = site.text.rfind(named.purpose, site.clause_start, site.m_start)
    if at < 0 or not _GIVER_VERB_END.search(site.text, site.clause_start, at):
        return None
    return named


# 作为…之用 right after an amount set aside (提拨600万元作为农事推广及奖助学金之用): the use it is set aside for; not a
# share to each recipient (每个绩优社区另获奖励金10万元，作为推动社区营造之用 keeps the recipients' fund, §6).
_USED_AS = re.compile(r"\s*[，,]?\s*(?:作为|作)(?P<p>[^，。；！？\d]{2,30}?)之用")
_SET_ASIDE_VERB = re.compile("提拨|拨出|提取|提留|拿出|划出|预留")


def _read_used_as(site: _AmountSite) -> _Reading | None:
    """作为…之用 after an amount set aside (…提拨600万元作为会员福利之用): the amount's use."""
    m = _USED_AS.match(site.after)
    if m is None or not _SET_ASIDE_VERB.search(site.text, site.clause_start, site.m_start):
        return None
    return _Reading(m["p"])


# The money itself taken up again at the head of a later clause of its sentence, its use told (…完成2亿元A轮融资，本轮融资
# 由…领投，多家机构跟投，资金将主要用于算法研发): the amount's use when no other amount or rest stands between.
_MONEY_USED_LATER = re.compile(r"[，,]\s*" + _MONEY_USED.pattern + _PURPOSE_FOR.pattern)


def _read_money_used_later(site: _AmountSite) -> _Reading | None:
    """资金将用于… heading a later clause of the amount's sentence (…2亿元A轮融资，…，资金将主要用于算法研发)."""
    end = (_SENTENCE_END_MARK.search(site.after) or _TEXT_END.search(site.after)).start()
    used = _MONEY_USED_LATER.search(site.after, 0, end)
    if used is None or _REST_OR_DIGIT.search(site.after, 0, used.start()):
        return None
    return _Reading(used["p"])


# A tally of aid given, in person-times, closing an act of aid (资助困难学生3000余人次).
_AID_TALLY = re.compile(r"(?<=[\u4e00-\u9fff]{2})[\d一二三四五六七八九十百千万两]+(?:余|多)?人次$")
# An act of aid with those aided counted (，支持中小企业发展3000家, ，帮助困难户200户): whom the money is for, its count
# kept; not a count of things built (，新建党群服务中心15个), nor the noun of projects or people funded (，资助项目317个:
# how many got the money, the amount's own figure).
_AIDED_COUNT = re.compile("(?:支持|支援|资助|帮助|扶持|补助|补贴)(?!项目|对象|人数|户数|人次|金额|总额|标准)")


# Fixed patterns of _act_purpose.
_BUILT_PERFECTIVE_OPENING = re.compile("^建成了")
# The perfective 了 right after the act's verb (修建了3条公路, 搭建了一座展台): no part of what the money pays for
# (GUIDELINES §6 thirtieth review round).
_PERFECTIVE_AFTER_VERB = re.compile(r"^(?P<v>[\u4e00-\u9fff]{2})了(?=[\u4e00-\u9fff“\d])")
# 对其进行 opening works done on a thing reached back to by 其 (对其进行全面的技术改造): the pronoun names nothing.
_PRONOUN_WORKS_LEAD = re.compile("^对其(?:进行|实施)了?(?=[\u4e00-\u9fff]{2})")


def _act_purpose(acted: re.Match[str]) -> str:
    """The act a _PURPOSE_ACT match names (never empty: each alternative's group holds at least its verb)."""
    purpose = acted["p"] or acted["q"] or acted["r"] or acted["s"] or acted["t"] or acted["u"] or acted["v"] or acted["w"] \
        or acted["x"] or acted["y"] or acted["z"]
    if purpose.startswith("建成"):
        # 建成蔬菜大棚20个, 建成了…生产线: what is built, not how many nor the aspect mark
        purpose = _COUNTED_OUTPUT.sub("", _BUILT_PERFECTIVE_OPENING.sub("建成", purpose))
    purpose = _PERFECTIVE_AFTER_VERB.sub(r"\g<v>", purpose)
    # (对其进行全面的技术改造: the thing reached back to by 其 names nothing; the works alone, GUIDELINES §6 thirty-fifth round)
    purpose = _PRONOUN_WORKS_LEAD.sub("", purpose) or purpose
    # (资助困难学生3000余人次: a tally of the times people were aided, over a period, no part of what the money is for;
    # a count of those aided, 帮助困难户200户, is kept)
    return _AID_TALLY.sub("", purpose) or purpose


# An outcome told after the amount (，帮助350名退役军人实现就业创业, ，助力200户农户实现增收): what the money achieved, no
# use, when a fund named before the amount (发放优待金共计…) says what the money is.
_OUTCOME_AFTER = re.compile("[，,]?(?:帮助|助力|带动|推动)[^，。；]{1,20}?(?:实现|完成|达到|摆脱)")
_FUND_NAMED_BEFORE = re.compile("(?:金|资金|经费|补贴|补助)(?:共计|合计|总计|累计|共)?(?:达到?|为)?约?$")


# A verb of relief after the amount with those relieved tallied in person-times (，救助困难群众12万人次, ，慰问老党员300
# 人次): what the money achieved over a span, no use (GUIDELINES §6 twenty-ninth review round).
_RELIEF_TALLIED = re.compile(r"[，,]\s*(?:走访)?(?:慰问|救助|救济)[^，。；,;]{1,20}?[\d一二三四五六七八九十百千万两.]+(?:余|多)?人次")


def _read_act_after(site: _AmountSite) -> _Reading | None:
    """The act the money pays for after the amount (捐资100万元设立“张三奖学金”, 拨款2000万欧元，支持当地难民安置)."""
    acted = _PURPOSE_ACT.match(site.after)
    if acted is None:
        return None
    if _OUTCOME_AFTER.match(site.after) and _FUND_NAMED_BEFORE.search(site.text, site.clause_start, site.m_start):
        return None  # 发放优待金共计860万元，帮助350名退役军人实现就业创业: an outcome; the fund before names the money
    if acted["r"] and _COUNTED_OUTPUT.search(acted["r"]) and (
            _FUND_NAMED.search(site.text, site.clause_start, site.m_start)
            or _FUND_NAMED_BEFORE.search(site.text, site.clause_start, site.m_start)) \
            and not _AIDED_COUNT.match(acted["r"]):
        # (…经费1200万元，新建党群服务中心15个, 发放优抚金2860万元，新建服务站18个: an output beside a named fund (§6,
        # eleventh review round); after a bare verb of giving, 捐资300万元，援建希望小学3所 and 投资3.5亿元，新建体育公园两座
        # are what the money pays for)
        return None
    if _RELIEF_TALLIED.match(site.after):
        return None  # (…累计募集善款1.2亿元，救助困难群众12万人次: a tally of those relieved, an outcome, no use)
    if acted["adv"] and (named := _read_fund_named_before(site)) is not None and named.purpose:
        # (下拨乡村振兴专项资金3.2亿元，重点支持…: an aim after an adverb of focus is the purpose only when nothing before the
        # amount names the money's use, GUIDELINES §6 thirty-third round; the fund's name stays)
        return None
    return _Reading(_act_purpose(acted))


# An act of building, buying or starting something told right after the amount, or after its comma with the place or the
# source of it opening the clause (投资5000万元在山区修建了3条扶贫公路, 投资120万元，在5个村建起了蔬菜基地, 筹措了20万元，从外地购进了
# 一批设备, 累计投资80多万元开发滩涂): what the money pays for, when a verb of investing, spending or raising the money stands
# before the amount in its clause (GUIDELINES §6 thirtieth review round); the place, the source and the perfective 了 are
# no part of it (as 投资100亿元在我市建设…基地 reads).  (建起了以烈士纪念碑为课堂，…的基地: an object opening on 以…为 runs past
# the comma, its head not in the clause: none)  (借贷, 借款, 贷款: money borrowed for the act, GUIDELINES §6 thirty-eighth
# round, a loan taken for a stated use)
_SPENT_BEFORE = re.compile("(?:投资|出资|斥资|注资|投入|耗资|集资|捐资|筹资|筹措|筹集|拿出|拨出|拨款|动用|花费|挤出|借贷|借款|贷款)了?"
                           "(?:资金|基金|经费|专款)?(?:共计|合计|累计|共)?(?:约|近|达)?$")
_ACT_AT_PLACE = re.compile(rf"{_CONVERSION}(?P<comma>[，,]\s*)?(?:先后|还|并|又|再|共)?"
                           r"(?P<place>(?:在|从|到|向)(?![^，。；,;]{0,30}?(?:之后|以后|后|前|期间|时)[，,])[^，。；,;]{1,30}?)?"
                           rf"(?P<v>{_BUILD_VERBS})了?(?P<o>(?!的|了|起来|成功|完成|完毕|工作|以|周期|工期|期(?!刊|货)|年限)"
                           r"[^，。；,;]{2,40})")


def _read_act_at_place(site: _AmountSite) -> _Reading | None:
    """投资X在<place>修建了Y, 投资X，在<place>建起了Y, 筹措了X，从<place>购进了Y, 投资X开发Y → 修建Y, 建起Y, 购进Y, 开发Y.
    After the comma only with the place or source opening the clause and no output counted closing it (，建成了村文化广场,
    ，新建党群服务中心15个: an outcome or an output reported, as _read_act_after and _read_works_invested read them)."""
    if not _SPENT_BEFORE.search(site.text, site.clause_start, site.m_start):
        return None
    acted = _ACT_AT_PLACE.match(site.after)
    if acted is None or (acted["comma"] and (not acted["place"] or _COUNTED_OUTPUT.search(acted["o"]))):
        return None
    return _Reading(acted["v"] + acted["o"])


# An aim told with 以 after the amount's clause (投入30万亿日元公共资金，以维护金融系统的稳定, 筹集7000万元资金，以救助困难职工):
# the aim when it is one of support or relief, the words between naming no more than the money (GUIDELINES §6 twenty-ninth
# review round, an aim after the amount); not a feeling shown (，以表达对…的关心) nor 以后/以及.
# (…拿出600万元，建起了一批信报箱群，以提高邮件投递的准确率: one clause of what was done between, an aim of raising,
# meeting or easing as well, §6 thirty-second round)
_AIM_WITH_YI_AFTER = re.compile("[^，。；,;！？]{0,8}?(?:[，,][^，。；,;！？以]{2,16})?[，,]\\s*以(?P<p>(?:支持|支援|资助|帮助|扶持|救助|救济|维护"
                                "|保障|促进|改善|提高|满足|方便|加快|解决|确保|推动|加强|扩大)"
                                "[^，。；,;！？]{2,30})")


def _read_aim_with_yi_after(site: _AmountSite) -> _Reading | None:
    """以 and an aim of support after the amount's clause (…公共资金，以维护金融系统的稳定 → 维护金融系统的稳定)."""
    aim = _AIM_WITH_YI_AFTER.match(site.after)
    return _Reading(aim["p"]) if aim else None


# Works begun with the money, told after the amount's comma with 开始, 着手 or 启动 (一次性投入800多万元，开始同步设备的开发
# 研制): the works are its use, like works carried out with 进行 (GUIDELINES §6 thirty-first round; thirty-second round); not
# told done with 了 (，开始了…: an outcome reported).
# (斥资250万英镑（约合420万美元）着手研究…: also right after the amount, past a conversion in brackets, and the works
# told verb first, GUIDELINES §6 thirty-fifth round)
_WORKS_BEGUN_AFTER = re.compile(f"{_CONVERSION}(?:人民币)?(?:资金)?(?:[，,]\\s*(?:并|随即|随后)?)?(?:开始|着手)(?!了)"
                                "(?P<p>[^，。；,;！？了]{2,20}?(?:开发|研制|研发|研究|建设|改造|整治|修建|攻关)"
                                "|(?:研究|开发|研制|研发|建设|修建|改造|整治)[^，。；,;！？了]{2,20})(?=[，。；,;！？]|$)"
                                "|(?:人民币)?(?:资金)?[，,]\\s*(?:并|随即|随后)?启动(?!了)"
                                "(?P<q>[^，。；,;！？了]{2,20}?(?:开发|研制|研发|研究|建设|改造|整治|修建|攻关))(?=[，。；,;！？]|$)")


def _read_works_begun_after(site: _AmountSite) -> _Reading | None:
    """…X，开始<works> (→ the works): works begun with the money after the amount's comma."""
    begun = _WORKS_BEGUN_AFTER.match(site.after)
    return _Reading(begun["p"] or begun["q"]) if begun else None


# An act of relief told with 予以 right after the amount (调剂80万元予以救助, 安排资金120万元予以补助): the act, with those it
# reaches when the sentence names them after 对 before the amount (对全县300户受灾农户，…予以补助 → 补助全县300户受灾农户)
# (GUIDELINES §6 twenty-ninth review round: an aim told after the amount).
# The acts of relief a fund's use is read as (慰问, 救助, 救济, 帮扶) when told after the amount.
_RELIEF_ACTS = "(?:走访)?慰问|救助|救济|补助|资助|扶持|帮扶"
_AID_GIVEN_AFTER = re.compile("[，,]?(?:予以|给予)(?P<v>" + _RELIEF_ACTS + "|补贴|奖励)(?=[，。；,;！？]|$)")
_THOSE_AIDED_BEFORE = re.compile("对(?P<o>[^，。；,;对]{2,24}?)(?=[，,]|按照|按|从|由)")


# An act of relief told with 对…进行 in the clause after the amount (…计645万元，对376户特困职工家属进行了救济): the act with
# those it reaches, like …，救济X (GUIDELINES §6 twenty-ninth review round, thirtieth round: 对…进行 read alike).
_AID_DONE_TO_AFTER = re.compile("[，,]\\s*(?:并|还|先后|分别)?对(?P<o>[^，。；,;对]{2,24}?)(?:进行|开展|实施)了?"
                                "(?P<v>" + _RELIEF_ACTS + ")(?=[，。；,;！？]|$)")


# An act of relief told with 为 and those it reaches in the clause after the amount (筹集资金800多万元，为困难职工和贫困户帮扶
# 解困): the aim, 为 and those reached kept (GUIDELINES §6 twenty-ninth round: a verb of relief after the amount's comma
# states the aim; thirty-fourth round).
_AID_FOR_AFTER = re.compile("[，,]\\s*(?:并|还|专门)?(?P<p>为[^，。；,;为]{2,24}?"
                            "(?:帮扶解困|排忧解难|帮困解难|解决(?:实际|生活|生产)?困难|送温暖|" + _RELIEF_ACTS + "))"
                            "(?=[，。；,;！？]|$)")


# Those reached told with 对 right after the amount, then 给予/予以 and an act of relief closing the clause
# (拿出20万元对困难职工给予补助): the act with those it reaches, like 对X，…予以补助 (GUIDELINES §6 twenty-ninth and
# thirty-sixth rounds).
_AID_GIVEN_TO_AFTER = re.compile("对(?P<o>[^，。；,;对\\d]{2,24}?)(?:给予|予以)(?:一次性)?(?P<v>" + _RELIEF_ACTS + "|补贴)"
                                 "(?=[，。；,;！？]|$)")


def _read_aid_given_after(site: _AmountSite) -> _Reading | None:
    """予以 and an act of relief closing the amount's clause (…调剂236万元予以救助 → 救助; 对X，…予以补助 → 补助X); 对X进行
    救济 after its comma (→ 救济X); 为X帮扶解困 after its comma (→ 为X帮扶解困); 对X给予补助 right after the amount (→ 补助X)."""
    given_to = _AID_GIVEN_TO_AFTER.match(site.after)
    if given_to is not None:
        return _Reading(given_to["v"] + given_to["o"])
    given = _AID_GIVEN_AFTER.match(site.after)
    if given is None:
        done_to = _AID_DONE_TO_AFTER.match(site.after)
        if done_to is None:
            aided_for = _AID_FOR_AFTER.match(site.after)
            return _Reading(aided_for["p"]) if aided_for else None
        return _Reading(done_to["v"] + done_to["o"])
    sentence_start = max(site.text.rfind(mark, 0, site.m_start) for mark in "。；;！？\n") + 1
    aided = last_match(_THOSE_AIDED_BEFORE, site.text, sentence_start, site.m_start)
    return _Reading(given["v"] + (aided["o"] if aided else ""))


# A fund named in quote marks right after the amount (核发250万元“再就业与解困资金”进行救助): the fund's own name, whatever
# follows its closing mark (GUIDELINES §6 twenty-ninth review round, the twenty-third round's fund named by its programme).
_QUOTED_FUND_AFTER = re.compile("的?[“「『](?P<p>[^”」』“「『，。；]{2,16}?(?:资金|经费|基金|专款|款|金))[”」』]")


def _read_quoted_fund_after(site: _AmountSite) -> _Reading | None:
    """A fund's quoted name right after the amount (…250万元“再就业与解困资金” → 再就业与解困资金); not a bare kind (“专项资金”)."""
    quoted = _QUOTED_FUND_AFTER.match(site.after)
    if quoted is None or _MONEY_KIND_ONLY.fullmatch(quoted["p"]):
        return None
    return _Reading(quoted["p"])


def _read_act_after_bare_fund(site: _AmountSite) -> _Reading | None:
    """A bare fund noun after the amount, then the act it pays for (安排5亿元专项资金，支持全省中小学校舍安全改造)."""
    named_after = _PURPOSE_NOUN_AFTER.match(site.after)
    if named_after is None or not _GENERIC_FUND.fullmatch(named_after["p"]):
        # (投入5亿多元资金进行林业综合开发: the bare noun right before the act, no comma between, §6 thirty-first round)
        noun = _FUND_NOUN_AFTER.match(site.after)
        acted = _PURPOSE_ACT.match(site.after, noun.end()) if noun else None
        return _Reading(_act_purpose(acted)) if acted and acted["p"] else None
    acted = _PURPOSE_ACT.match(site.after, named_after.end())
    return _Reading(_act_purpose(acted)) if acted else None


def _read_works_invested(site: _AmountSite) -> _Reading | None:
    """A verb of investing before the amount and the works after it (投资35亿元，建设200万千瓦风光储一体化项目)."""
    if not _INVESTED_BEFORE.search(site.text, site.clause_start, site.m_start):
        return None
    built = _BUILT_AFTER.match(site.after)
    if built is None or (_COUNTED_OUTPUT.search(built["p"]) and not built["when"]):
        return None  # (an output counted beside the money; 于5年内兴建…8000户 is what it will pay for)
    return _Reading(_COUNTED_OUTPUT.sub("", built["p"]) or None)


def _read_passive_giver(site: _AmountSite) -> _Reading | None:
    """A passive with its giver and a bare act after the amount (该实践站由县财政投资35万元建设 → 实践站建设)."""
    passive = _PASSIVE_GIVER.fullmatch(site.text, site.clause_start, site.m_start)
    if passive is None:
        return None
    # (with no bare act after the amount, no purpose)
    act = _BARE_ACT_AFTER.match(site.after)
    return _Reading(passive["topic"] + act.group() if act else None)


# Fixed patterns of _read_fund_named_after.
_GIFT_JOINED = re.compile("和|及|以及")
_AS_FOR_OPENING = re.compile("^(?:作为|用作)")
# (按每人1500元的标准给予一次性补贴, 按每户3000元的标准发放慰问金: the standard word and the verb paying by it, no part of
# the fund's name)
_STANDARD_PAID_OPENING = re.compile(f"^标准(?:{_PAYING_VERBS}|给予|发给)了?")


def _read_fund_named_after(site: _AmountSite) -> _Reading | None:
    """A fund named right after the amount, closing its clause (获得10万元的奖金, 300万元作为科技创新奖励资金)."""
    named_after = _PURPOSE_NOUN_AFTER.match(site.after)
    if named_after is None:
        return None
    if _GIFT_JOINED.match(site.after, named_after.end("p")) and (
            site.after.startswith("的") or _VALUE_BEFORE.search(site.text, site.clause_start, site.m_start)):
        return None  # (价值30万元的助学款和3辆校车: the value of a gift in kind with goods joined, no fund of its own, §6)
    # (…300万元作为科技创新奖励资金: 作为 is the verb, not part of the fund's name)
    # (stripped here, not in the tidying pass: a bare fund left after it names no purpose, and the readers after
    # this one may then still find one)
    fund_name = _AS_FOR_OPENING.sub("", _STANDARD_PAID_OPENING.sub("", named_after["p"]))
    return _Reading(None if not fund_name or _GENERIC_FUND.fullmatch(fund_name) else fund_name)


# Aid named right after the amount, closing its clause (提供了50亿日元的无偿援助, 对泰国的170亿美元救援计划外, 30亿美元紧急援助
# 贷款; a government's 近18亿马克的赔偿 to victims, thirty-fourth round): the aid is the purpose, the scheme's noun kept and
# the money's noun left out (紧急援助贷款 → 紧急援助, twenty-ninth
# round), with the country or body it is for told by 对…的 before the amount.
# (140亿美元的紧急贷款: emergency money with no aid word keeps its money's noun, 紧急 alone being a fragment, like 应急款,
# GUIDELINES §6 thirty-second and thirty-sixth rounds)
_AID_NAMED_AFTER = re.compile("(?:左右|上下)?的?(?P<p>(?:紧急|无偿|经济|财政|人道主义|国际|一揽子)?(?:援助|救援|援救|纾困|赔偿)"
                              "(?:计划|方案|项目)?|紧急(?:贷款|资金))(?:贷款|资金|款)?(?=[，。；,;、）)]|外|$)")
_AID_RECIPIENT_BEFORE = re.compile("对(?P<who>[^，。；,;的\\d]{1,10})的$")


def _read_aid_named_after(site: _AmountSite) -> _Reading | None:
    """Aid named right after the amount (…50亿日元的无偿援助 → 无偿援助; 对泰国的170亿美元救援计划 → 泰国救援计划), GUIDELINES
    §6 thirty-third round."""
    aid = _AID_NAMED_AFTER.match(site.after)
    if aid is None:
        return None
    if aid["p"] in ("援助", "救援", "援救", "纾困") and (acted := _PURPOSE_ACT.match(site.after, aid.end())):
        return _Reading(_act_purpose(acted))  # (100万元援助，帮助灾民重建家园: a bare aid word, the aim after it, like 专款)
    who = _AID_RECIPIENT_BEFORE.search(site.text, site.clause_start, site.m_start)
    return _Reading((who["who"] if who else "") + aid["p"])


# Fixed patterns of _read_fund_named_before.
_NUMERAL = re.compile(r"[\d一二三四五六七八九十两]")
_SIGNED_INVESTMENT_END = re.compile("(?:签订|签署|签约)了?总?投资$")
_TOTAL_INVOLVED_OPENING = re.compile("^(?:涉及|涉及到|总计|合计|共计)")


# A reward fund (奖励资金, 奖补资金) and a clause after the amount that rewards with it (，对获奖企业予以奖励).
_REWARD_FUND = re.compile("(?:奖励|奖补)(?:资金|经费)")
_REWARD_ACT_AFTER = re.compile("[，,]\\s*(?:对|向|为)[^，。；]{1,30}?(?:予以|给予|进行)(?:一次性)?(?:奖励|奖补)")
_DIVIDEND_PURPOSE = re.compile("(?:社员|村民|成员|农户|股东|股民)?分红$")


# Words listed with 、 right before a fund's name that share its head noun (解困、再就业资金, 救灾、助学资金).
_FUNDS_SHARING_HEAD = re.compile("[\u4e00-\u9fff]{2,16}、\\Z")


# A joiner right after an earlier amount of the clause (…800万元和省级奖补资金200万元).
_JOINER_AT = re.compile("以及|[和及与、]")


def _read_fund_named_before(site: _AmountSite) -> _Reading | None:
    """A fund named before the amount in its clause (社区党委下拨以奖代补党建工作经费50万元 → 以奖代补党建工作经费)."""
    text, clause_start, m_start = site.text, site.clause_start, site.m_start
    # (颁发奖学金30万元和助学金20万元: a fund named after an earlier amount of the clause is this item's; 其中人才补助5600
    # 万元、平台建设奖励2100万元: an item labelled by a grant word of its own takes no fund named before the earlier
    # amount; 奖励金10万元、银牌6万元: an item with no label of its own shares it)
    earlier = [a.end() for a in _ITEM_AMOUNT.finditer(text, clause_start, m_start)]
    if earlier and (joiner := _JOINER_AT.match(text, earlier[-1], m_start)):
        earlier[-1] = joiner.end()  # 下达资金800万元和省级奖补资金200万元: the joiner after the earlier amount, no part of the fund
    nouns = list(_PURPOSE_NOUN.finditer(text, earlier[-1], m_start)) if earlier else []
    if not nouns and earlier and (bare := _BARE_ITEM_FUND.fullmatch(text, earlier[-1], m_start)):
        return _Reading(bare["p"])  # 其中奖学金600万元、助学金400万元: the item's own fund, no longer name before it
    if not nouns and earlier and _OWN_ITEM_LABEL.search(text, earlier[-1], m_start):
        return None
    nouns = nouns or list(_PURPOSE_NOUN.finditer(text, clause_start, m_start))
    if not nouns:
        return None
    # (the steps below are order-dependent: each trims what the one before left)
    purpose = nouns[-1]["p"]
    first = nouns[-1]
    if len(nouns) > 1 and purpose[0] in _FUND_JOINERS and nouns[-2].end("p") == first.start("p"):
        # (下达村级组织运转经费和党组织服务群众专项经费共计1500万元: two funds joined, one amount; not 和… alone)
        first = nouns[-2]
        purpose = first["p"] + purpose
    elif (shared := _FUNDS_SHARING_HEAD.search(text, clause_start, first.start("p"))) and not earlier \
            and _PURPOSE_GIVER.match(shared.group()):
        # (共筹集解困、再就业资金: funds listed with 、 after the verb of giving share one head noun, one fund's name,
        # GUIDELINES §6 thirtieth review round; the giver and its verb before them are cut below; not 去年全市各区、
        # 市政府…: givers listed, no fund)
        purpose = shared.group() + purpose
    listed = _MORE_FUNDS_LISTED.fullmatch(text, nouns[-1].end("p"), m_start)
    if listed:
        purpose += listed["more"]  # 颁发奖教金、奖学金共计36万元: the funds listed together
    if _NUMERAL.match(text, first.start("p") - 1, first.start("p")):
        # (2023年村级…资金, 8名教师获得奖金: not the unit right after a number)
        purpose = _PURPOSE_LEAD.sub("", purpose) or None
    # (社区党委下拨以奖代补党建工作经费, 县财政今年将安排…补助资金: the giver and the verb
    # before the fund's name are no part of it; a bare 专项资金 names no purpose)
    purpose = _PURPOSE_GIVER.sub("", purpose or "") or None
    purpose = _RECIPIENTS_PAID.sub("", purpose or "") or None
    # (甲集团与某市签订总投资85亿元项目合作协议: the parties and their signing, no fund's name; 累计协议投资额: a label of
    # signed investment, no more than 总投资)
    if _SIGNED_INVESTMENT_END.search(purpose or "") or _SIGNED_LABEL_ONLY.fullmatch(purpose or ""):
        purpose = None
    if purpose and _AGENT_OR_RECIPIENT.search(text, nouns[-1].end("p") - len(purpose), m_start):
        # (由县财政投资, 公司董事长王强向…: the giver or the receiver, no fund's name; not 定向帮扶资金)
        purpose = None
    elif purpose and (aim := _AIM_INVESTED.match(purpose)):
        purpose = aim["p"]  # 县政府为改善农村人居环境投资500万元: the aim
    if purpose and (_CHANGED_FROM.match(text, nouns[-1].end("p")) or _FUND_RAISED_TO.match(text, nouns[-1].end("p"))):
        purpose = _CHANGED_FUND_LEAD.sub("", purpose)  # 会议决定将见义勇为奖励金由5000元提高至…: the fund, not the decision
    purpose = _PURPOSE_OPENER.sub("", purpose or "") or None
    purpose = _TOTAL_INVOLVED_OPENING.sub("", purpose or "") or None  # 签约…，涉及资金50亿元
    purpose = _own_fund_name(purpose, site, nouns[-1].end("p"))
    if _DONOR_GIVES.match(text, nouns[-1].end("p"), m_start):
        purpose = None  # 香港赛马会慈善信托基金捐款港币2.5亿元: the fund is the donor, no use
    if _AID_VERB_END.search(nouns[-1]["p"]) and _AID_OBJECT.match(text, nouns[-1].end("p"), m_start):
        purpose = None  # 屏东县府补助弱势家庭学童营养午餐 今年编列1.2亿元: 补助 the giver's verb, its object after it
    if purpose and ((_GENERIC_FUND.fullmatch(purpose) and not _LEVEL_AND_KIND_FUND.fullmatch(purpose) and not (
            _REWARD_FUND.fullmatch(purpose) and _REWARD_ACT_AFTER.match(site.after))) or _GIVING_VERB_END.search(purpose)):
        # (拿出奖励资金500万元，对…予以奖励: a reward fund spent on rewards, the fund its purpose; 县财政局为加快乡村振兴投入
        # 资金800万元: a bare fund after an aim told with 为 in its clause, the aim its purpose, §6)
        aim = _AIM_BEFORE_BARE_FUND.search(site.text, site.clause_start, site.m_start)
        purpose = aim["p"] if aim else None
    if purpose and (dividend := _DIVIDEND_PURPOSE.search(purpose)):
        purpose = dividend.group()  # 村里为全体村民分红: the members' dividend, not the payer
    if purpose and _BUDGET_LEVEL_FUND.fullmatch(purpose) and _USE_CLAUSE_AFTER.match(site.after):
        purpose = None  # 安排本级配套资金3000万元，重点支持…: a label of the money, the aim after it its use (§6)
    return _Reading(purpose)


# What a name read before the amount holds beyond the fund's own name (GUIDELINES §6 thirtieth review round): a verb of
# taking, gathering or getting the money and all before it (全市累计归集房改资金, 市政府得到周转建房基金, 去年公司动用基金 →
# 房改资金, 周转建房基金, 基金); a fund the money is taken out of (公司工会从经费中挤出40万元: its source, no use); 投资 after
# its giver, a time or an adverb (交通部投资, 县、乡政府先后投资, 十年来累计投资, 医院增加投资: the act of investing, no
# fund's name); a label of the total after a relative clause (…公司兴建的总投资).
# A body's word after a name ending in 基金 (国际货币基金组织, 宋庆龄基金会, 基金委): the name is a giver's, no fund.
_BODY_AFTER_FUND = re.compile("组织|会(?!议)|委员会|委")
_TAKEN_LEAD = re.compile("^.*?(?:归集|得到|动用|收到|收取|筹得|募得|集到|取得)了?(?=[\u4e00-\u9fff“”]{2})")
_SOURCE_FUND_AFTER = re.compile("(?:中|里|内)?(?:挤出|拿出|调剂|划出|抽出|提取|拨出|列支|调出|腾出)")
# (多方投资, 各方投资, 社会各方投资: the parties as givers, like a body's name, GUIDELINES §6 thirty-third round)
_INVESTING_ACT = re.compile("(?:^|部|厅|局|委|府|公司|集团|企业|厂|矿|院|校|站|所|社|村|乡|镇|县|市|省|里|们|他|她|人|户|者|来|年|两级|地方|部队|[多各双三四]方"
                            "|先后|累计|共|共计|又|再|还|已|增加|追加|新增|陆续|相继|自己|个人|自筹"
                            # (某国承诺投资, 某国答应投资: a commitment to invest, the act, GUIDELINES §6 thirty-seventh round)
                            "|承诺|许诺|答应|同意)投资$")
# A project's estimated total labelled with 概算 or 造价 (总投资概算, 工程概算总投资, 全线概算投资, 工程总造价): a bare label
# like 总投资, its works the purpose (GUIDELINES §6 thirtieth review round).
_ESTIMATE_LABEL = re.compile("(?:该|本|此)?(?:工程|项目|全线|全部)*(?:总投资|投资)?(?:总)?(?:概算|造价)(?:总)?(?:投资)?")
_ESTIMATE_AFTER = re.compile("(?:总)?(?:概算|造价)")
_INVESTMENT_OF = re.compile("(?P<w>[^，。；]*?)(?:总)?投资")
_BARE_WORKS = re.compile("(?:工程|项目|全线|全部)+")
_WORKS_INVESTED = re.compile("(?P<w>[\u4e00-\u9fff]{2,20}?(?:建设|改造|工程|项目))(?:先后|累计|共计|共|已)投资")
_RECIPIENT_ATTRIBUTIVE = re.compile("^(?:给|向|为)[^的，。；]{1,12}的(?=[\u4e00-\u9fff“”]{2})")
_BUILT_TOTAL_LABEL = re.compile("(?:兴建|建设|修建|新建|建成|承建|开发|投资)的(?:总投资|投资总额|总造价)$")


def _own_fund_name(purpose: str | None, site: _AmountSite, noun_end: int) -> str | None:
    """``purpose`` read before the amount cut to the fund's own name (the giver, the time and a verb of taking the money
    before it cut), or None when it names no fund: the fund the money is taken out of, or only the act of investing."""
    if not purpose:
        return purpose
    if "从" in purpose or _SOURCE_FUND_AFTER.match(site.text, noun_end, site.m_start):
        return None  # (从经费中挤出…: the fund the money comes out of)
    if _ESTIMATE_AFTER.match(site.text, noun_end) and (named := _INVESTMENT_OF.fullmatch(purpose)):
        # (县医院门诊楼投资概算为3000万元: the works named before the estimate's label, §6 thirtieth review round; 工程概算
        # 总投资, 该工程项目总投资概算: a label alone, its works read by _read_estimate_label)
        works = _ATTRIBUTIVE_BEFORE_NAME.sub("", named["w"]) if named["w"] else ""
        if len(works) > 2 and not _REFERRED_BACK.match(works) and not _BARE_WORKS.fullmatch(works):
            return works
        # (该项目总投资概算: the project referred back to, as the tidying pass reads 该项目总投资)
        return purpose if _TOTAL_LABEL.fullmatch(purpose) else None
    if _ESTIMATE_LABEL.fullmatch(purpose):
        return None
    # (筹得首批赈济金: an instalment or a batch counted after the verb of taking is no part of the name either)
    purpose = _PURPOSE_OPENER.sub("", _TAKEN_LEAD.sub("", purpose))
    # (捐赠给灾区的赈灾款: those it is given to, before a fund that names the aid, are no part of its name; 安排给贫困县的
    # 资金 keeps them, the bare fund naming nothing)
    own = _RECIPIENT_ATTRIBUTIVE.sub("", purpose)
    if own != purpose and not _MONEY_KIND_ONLY.fullmatch(own):
        purpose = own
    if works := _WORKS_INVESTED.fullmatch(purpose):
        return works["w"]  # (全国城镇教职工住房建设共投资: the works, the act of investing no part of them)
    if purpose == "基金" or _INVESTING_ACT.search(purpose) or _BUILT_TOTAL_LABEL.search(purpose):
        return None
    if purpose.endswith("基金") and _BODY_AFTER_FUND.match(site.text, noun_end):
        return None  # (国际货币基金组织等提供的…贷款: the body's name, the giver, no fund, GUIDELINES §6 thirty-third round)
    return purpose


# A fund named only by the level of the budget it comes from (本级配套资金, 上级补助资金): a label of the money, no use
# when an aim is told after the amount.
_BUDGET_LEVEL_FUND = re.compile("(?:本级|上级|区级|市级|县级|省级|中央)(?:财政)?(?:配套|补助|专项)?(?:资金|经费)")


# Fixed patterns of _read_those_rewarded.
_BARE_REWARD = re.compile("(?:表彰)?奖励")


def _read_those_rewarded(site: _AmountSite) -> _Reading | None:
    """Whom a reward fund rewards, in the clause after it (拨付奖励资金20万元，奖励先进集体和个人)."""
    rewarded = _REWARDED_AFTER.match(site.after)
    if rewarded is None or _COUNTED_OUTPUT.search(rewarded["p"]):
        return None
    # (，奖励村干部12名: whom it rewards, not how many; nothing but 奖励 left names none)
    purpose = _COUNTED_REWARDED.sub("", rewarded["p"])
    return _Reading(None if _BARE_REWARD.fullmatch(purpose) else purpose)


def _projects_counted_before(site: _AmountSite, label: re.Pattern[str], counted: re.Pattern[str],
                             kind: str) -> re.Match[str] | None:
    """Projects counted in the clause before the amount's, when all before the amount in its own clause is a bare
    ``label`` (获批经费, 签约金额): the match of ``counted`` there, or None when there is none or its ``kind`` group
    names only a class of projects (重点项目, 产业项目)."""
    if not site.clause_start or not label.fullmatch(site.text, site.clause_start, site.m_start):
        return None
    found = counted.search(site.text, site.previous_start, site.clause_start - 1)
    if found is None or _PROJECT_CLASS.fullmatch(found[kind]):
        return None
    return found


def _read_projects_won(site: _AmountSite) -> _Reading | None:
    """Projects won counted in the clause before a bare grant (新增国家自然科学基金项目45项，获批经费2600余万元)."""
    won = _projects_counted_before(site, _BARE_GRANT, _PROJECTS_WON, "p")
    return _Reading(won["p"]) if won else None


# A scheme quoted by its name (「中小企业数位转型补助计画」, “稳岗补贴计划”): what a bare 补助 handed out under it is for.
_SCHEME_NAMED = re.compile("[“「『](?P<p>[^”」』“「『]{2,20}?)(?:计划|计画|方案|专案)[”」』]")
_BARE_SCHEME_FUNDS = frozenset(("补助", "补贴", "奖励", "补助金", "补贴金", "奖励金", "经费", "资金"))


def _fund_paid_named(what: str) -> re.Match[str] | None:
    """The fund named by what a verb of handing out governs, its time, the tokens handed with it and its quote marks
    dropped (颁发证书和“自强奖学金” → 自强奖学金; 发放2024年慰问金 → 慰问金); None when that is no fund paid."""
    return _FUND_PAID.fullmatch(_TOKENS_WITH_FUND.sub("", _FUND_TIME_LEAD.sub("", what)).strip("“”「」"))


def _read_fund_handed(site: _AmountSite) -> _Reading | None:
    """The fund handed out before a clause of a total only (为…学生发放助学金，每人3000元，共计12.8万元 → 助学金); a total
    opening its sentence takes the fund handed out closing the sentence before (…颁发新生奖学金。奖励金额共计60万元)."""
    if not _TOTAL_ONLY_CLAUSE.fullmatch(site.text, site.clause_start, site.m_start):
        return None
    if not site.clause_start:
        if _FUND_NAMED_AFTER.match(site.text, site.m_end):
            return None
        before = site.lead.rstrip("。！？\n \u3000")
        handed = _FUND_HANDED_CLOSING.search(before, start_after(before, len(before), "。！？\n"))
        fund = _fund_paid_named(handed["what"]) if handed else None
        return _Reading(fund.group()) if fund and fund.group() not in _BARE_SCHEME_FUNDS else None
    return _fund_handed_before(site)


def _read_kind_handed(site: _AmountSite) -> _Reading | None:
    """A bare kind opening a clause of its total after the fund of that kind handed out (发放耕地地力保护补贴，补贴资金共计
    1200万元 → 耕地地力保护补贴); None when the fund handed before is of another kind or no more than the bare one."""
    bare = _BARE_KIND_TOTAL.fullmatch(site.text, site.clause_start, site.m_start) if site.clause_start else None
    handed = _fund_handed_before(site) if bare else None
    if handed is None or handed.purpose is None:
        return None
    kind = bare["kind"].removesuffix("金")
    return handed if kind in handed.purpose and len(handed.purpose) > len(bare["kind"]) else None


def _fund_handed_before(site: _AmountSite) -> _Reading | None:
    """The last fund handed out before the amount's clause (发放助学金 → 助学金; the scheme quoted before it for a bare
    补助); None when none is handed out there."""
    handed = list(_FUND_HANDED.finditer(site.text, 0, site.clause_start))
    if not handed:
        return None
    # (发放慰问金500元，共计1.5万元, 拨付…补助资金每个5万元，共计160万元: the share handed out in the clause before the
    # total, the fund named up to its amount or its 每/各)
    # (the time before the fund first: 发放2024年耕地地力保护补贴 holds a year, no share)
    named = _FUND_TIME_LEAD.sub("", handed[-1]["what"])
    what = _SHARE_IN_HANDED.split(named, maxsplit=1)[0]
    if what != named and _ITEM_AMOUNT.search(site.text, handed[-1].end(), site.clause_start):
        return None  # (发放慰问金500元，另投入3万元，共计…: another amount between, the total over both)
    fund = _FUND_PAID.fullmatch(_TOKENS_WITH_FUND.sub("", what))
    if fund and fund.group() in _BARE_SCHEME_FUNDS:
        # (「中小企业数位转型补助计画」…获核定补助: the scheme named before, in the sentence or the ones before, names it)
        schemes = [m for text in (site.lead, site.text[: site.clause_start]) for m in _SCHEME_NAMED.finditer(text)
                   if m["p"].endswith(fund.group())]
        if schemes:
            return _Reading(schemes[-1]["p"])
    return _Reading(fund.group()) if fund else None


# A measure or a scheme quoted by its name in the clause before a bare total (公布第五轮「防疫抗疫基金」措施，涉及总额约68亿元;
# 推出“暖企惠民”行动，涉及资金3亿元): what the total is of, the quoted name and the noun of the measure after it.
_QUOTED_MEASURE = re.compile("[“「『](?P<p>[^”」』“「『]{2,20})[”」』](?P<n>措施|计划|计画|方案|专案|项目|行动)?")


def _read_measure_totalled(site: _AmountSite) -> _Reading | None:
    """A quoted measure in the clause before a bare total (「防疫抗疫基金」措施，涉及总额约68亿元 → 防疫抗疫基金措施)."""
    if not site.clause_start or not _AMOUNT_ONLY_CLAUSE.match(site.text[site.clause_start : site.m_start]):
        return None
    measures = list(_QUOTED_MEASURE.finditer(site.text, site.previous_start, site.clause_start - 1))
    return _Reading(measures[-1]["p"] + (measures[-1]["n"] or "")) if measures else None


def _read_project_invested(site: _AmountSite) -> _Reading | None:
    """The project named after a total investment (总投资50亿元的瑞能新能源电池生产基地项目开工)."""
    project = _PROJECT_AFTER.match(site.after) \
        if _INVESTED_TOTAL_BEFORE.search(site.text, site.clause_start, site.m_start) else None
    name = project["p"] if project else None
    if name is None and _COSTED_TOTAL_BEFORE.search(site.text, site.clause_start, site.m_start):
        # (总耗资约8000万元的排碱除涝工程, 投资达10亿美元、以…为目的的“909工程”: the cost's other wordings, §6 thirty-fourth round)
        built_verb = _BUILT_VERB_OPENING.match(site.after) \
            if _COST_VERB_BEFORE.search(site.text, site.clause_start, site.m_start) else None
        costed = _COSTED_PROJECT_AFTER.match(site.after, built_verb.end() if built_verb else 0)
        name = (costed["q"] or costed["p"]) if costed else None
    if name is None and not site.text[site.clause_start : site.m_start].strip():
        # (750万元投资兴建的工业新区也投入运用: the cost after the amount opening its clause, GUIDELINES §6 thirty-fifth round)
        built = _COST_THEN_BUILT.match(site.after)
        name = built["p"] if built else None
    if name is None or _PROJECT_CLASS.fullmatch(name) or _COUNTED.search(name):
        return None
    return _Reading(name)


def _read_event_funded(site: _AmountSite) -> _Reading | None:
    """An event or a work a bare fund is arranged for (为本次竞赛安排专项经费10万元 → 本次竞赛)."""
    event = _EVENT_FUNDED.search(site.text, site.clause_start, site.m_start)
    return _Reading(event["p"]) if event else None


def _read_item_before(site: _AmountSite) -> _Reading | None:
    """An item of a list, its clause a verb of use or support and what it pays for before the amount (其中，支持企业
    研发后补助8600万元 → 企业研发后补助; 用于基础设施建设5000万元 → 基础设施建设; 奖励先进集体50万元 → 奖励先进集体)."""
    item = _ITEM_BEFORE.fullmatch(site.text, site.clause_start, site.m_start)
    if item is None:
        # (用于基础设施建设600万元、产业发展200万元: an item after 、 in a list its clause opens)
        listed = _ITEM_AFTER_AMOUNT.search(site.text, site.clause_start, site.m_start)
        head = listed and _ITEM_BEFORE.match(site.text, site.clause_start, site.m_start)
        return _Reading(listed["p"]) if head and head.end() <= listed.start("p") else None
    purpose = item["p"] or item["q"]
    return _Reading(None if purpose.endswith("的") else purpose)


# Goods of any name closing the clause after a gift verb's value (向灾区捐赠价值300万元的建材, 赠送价值10万元的办公桌椅):
# the verb says a gift in kind is told (§6), so whatever the 的 phrase names is what the value is of; not a count or an
# ordinal (…的第3批…), nor a verb inside it (…的帮扶项目落地).
# Nor a feeling or a bare measure closing it (价值30万元的爱心, 价值300万元的一批): no goods named.
# (价值28万元的6000套“希望丛书”, 价值60万元的“多种钙维片”: goods counted in a measure word or written in quote marks are
# goods all the same, the count kept and the marks dropped, GUIDELINES §6 tenth and thirty-first rounds)
_ANY_GOODS_CLOSING = re.compile(r"的(?P<p>(?!第)(?![一首两几]?[批份些件套](?:[，。；,;]|$))"
                                r"(?!(?:爱心|心意|温暖|关怀|关爱|善意|祝福|情谊)(?:[，。；,;]|$))"
                                r"(?:[\d一二三四五六七八九十百千万两]+(?:多|余)?(?:套|箱|台|件|袋|册|本|辆|张|吨|床|条|份|部|株|头|只|盒|包))?"
                                r"[“「『]?[\u4e00-\u9fff]{1,10}[”」』]?)(?=[，。；,;]|$)")
# Words that show the 的 phrase is no goods (a list's 等, a purpose, another gift verb, a project's verb).
_NOT_GOODS_WORDS = re.compile("[和及与、]?(?:等|用于|捐|赠|送|发放|落地|建设|开展)")


def _read_goods_valued(site: _AmountSite) -> _Reading | None:
    """The goods a gift in kind's value is stated for (捐赠价值200万元的防暑降温药品和医疗物资 → 防暑降温药品和医疗物资)."""
    if not _VALUE_BEFORE.search(site.text, site.clause_start, site.m_start):
        return None
    goods = _GOODS_AFTER.match(site.after)
    if goods is None and _GIFT_VALUED.search(site.text, site.clause_start, site.m_start):
        goods = _ANY_GOODS_CLOSING.match(site.after)
        if goods is not None and _NOT_GOODS_WORDS.search(goods["p"]):
            goods = None
    return _Reading(_QUOTE_MARKS.sub("", goods["p"])) if goods else None


# The goods given, named before their value (此次捐赠的彩色多普勒超声诊断仪等设备价值86万元, 发放慰问金和慰问品，总价值258万元):
# a gift in kind (§6), the goods what the value is of; in the amount's clause or the one before.
# (发放药品价值9.3万余元: the goods' kind alone right after the verb, GUIDELINES §6 fortieth review round)
_GOODS_BEFORE_VALUE = re.compile("(?:发放|分发|派发|捐赠|捐献|捐出|赠送|送去|送来|送上|送出|带去)(?:了|的)?"
                                 f"(?P<p>[^，。；,;\\d]{{0,30}}?(?:{_GIFT_KINDS}|器械|装备|仪器|设备|帐篷|衣被|年货))等?[，,]?\\s*"
                                 "(?:总|合计|共计|总计)?价值(?:约|达|共计|合计|总计|累计)?$")


# Goods of any kind given with their count in a measure word, then their value (向灾区捐赠水泥500吨，价值12万元, 赠送课桌椅
# 300套，价值15万元): the goods counted are what the gift in kind is (GUIDELINES §6 twenty-ninth review round, the tenth
# round's goods counted after a value read before it as well); the count is no part of them.
_GOODS_COUNTED_BEFORE_VALUE = re.compile("(?:捐赠|捐献|捐出|赠送|送去|送来|送上|送出|带去)了?"
                                         "(?P<p>[\u4e00-\u9fff、]{1,12}?)[\\d.一二三四五六七八九十百千万两点]+(?:多|余)?"
                                         "(?:吨|套|台|件|箱|袋|册|本|辆|张|斤|公斤|千克|床|条|份)[，,]?\\s*"
                                         "(?:总|合计|共计|总计)?价值(?:约|达|共计|合计|总计|累计)?$")


# The same with the count first (赠送了3000册图书，价值约8万元 → 图书; GUIDELINES §6 thirty-fifth round): the count no part of
# the goods either.
_COUNT_THEN_GOODS_BEFORE_VALUE = re.compile("(?:捐赠|捐献|捐出|赠送|送去|送来|送上|送出|带去)了?"
                                            "[\\d.一二三四五六七八九十百千万两点]+(?:多|余)?"
                                            "(?:吨|套|台|件|箱|袋|册|本|辆|张|斤|公斤|千克|床|条|份)"
                                            "(?P<p>[\u4e00-\u9fff、]{1,12}?)[，,]\\s*"
                                            "(?:总|合计|共计|总计)?价值(?:约|达|共计|合计|总计|累计|近|逾|超过)?$")


def _read_goods_before_value(site: _AmountSite) -> _Reading | None:
    """The goods given, named before their value (捐赠的…等设备价值86万元 → …等设备; 捐赠水泥500吨，价值12万元 → 水泥;
    赠送了3000册图书，价值约8万元 → 图书)."""
    goods = _GOODS_BEFORE_VALUE.search(site.text, site.previous_start, site.m_start) \
        or _GOODS_COUNTED_BEFORE_VALUE.search(site.text, site.previous_start, site.m_start) \
        or _COUNT_THEN_GOODS_BEFORE_VALUE.search(site.text, site.previous_start, site.m_start)
    return _Reading(goods["p"]) if goods else None


# Goods named before a word of their value in money in the amount's clause (救灾物资投入共折款778万元, 慰问品折合2万元): a
# gift in kind's value (§6), the goods what the value is of (GUIDELINES §6 tenth and thirty-first rounds).
_GOODS_DISCOUNTED = re.compile(f"(?P<p>[\u4e00-\u9fff]{{0,6}}?(?:{_GIFT_KINDS}|器械|装备|帐篷|衣被|粮食))(?:投入|发放|捐赠)?"
                               "(?:共|共计|合计|总计)?(?:折款|折合|折价|折)(?:人民币)?(?:约|达|共计|合计)?$")


def _read_goods_discounted(site: _AmountSite) -> _Reading | None:
    """Goods before 折款/折合 in the amount's clause (救灾物资投入共折款778万元 → 救灾物资)."""
    goods = _GOODS_DISCOUNTED.search(site.text, site.clause_start, site.m_start)
    return _Reading(goods["p"]) if goods else None


# A project's own cost told as a modifier of the project (耗资26亿法郎的法兰西体育场主要用于…, 总投资3亿元的县体育中心将…): the
# project is what the money paid for, not the project's later use told after it (GUIDELINES §6 thirty-first round).
_COST_AS_MODIFIER = re.compile("(?:耗资|总投资|投资|造价|总造价|斥资)(?:约|达|近|超过|逾)?$")
# (read only with the project's later use told right after it, 主要用于…, 将用于…: the other project totals are read by
# the project readers below)
_PROJECT_MODIFIED = re.compile("的(?P<p>[^，。；,;的\\d]{2,16}?)(?:[，,]\\s*)?(?:建成后|落成后)?(?:将|也|还)?(?:主要|重点|将)?用于")


def _read_project_costed(site: _AmountSite) -> _Reading | None:
    """耗资X的<project>主要用于…, opening its clause (→ the project)."""
    cost = _COST_AS_MODIFIER.search(site.text, site.clause_start, site.m_start)
    if cost is None or cost.start() != site.clause_start:
        return None
    project = _PROJECT_MODIFIED.match(site.after)
    return _Reading(project["p"]) if project else None


# Aid to a partner place told in the clause right before a bare verb of investing (十几个单位在30个贫困县定点扶贫，投资1.2亿元;
# 对口支援西藏，投入…): the aid act is the use (GUIDELINES §6 thirtieth round: 投资 after its giver names no use unless a use is
# told elsewhere in the sentence; thirty-first round: aid to a partner region; thirty-fourth round), the place no part of it.
_BARE_INVESTED_CLAUSE = re.compile(r"\s*(?:共|累计|先后|共计)?(?:投资|投入|出资|捐资)(?:资金)?(?:达|共|约|近)*")
_PARTNER_AID_BEFORE = re.compile("(?P<p>(?:定点|对口|结对)(?:扶贫|支援|帮扶)[^，。；,;]{0,10}?)$")


def _read_partner_aid_before(site: _AmountSite) -> _Reading | None:
    """<place>定点扶贫，投资X (→ 定点扶贫), the bare clause of the amount after the aid act's clause."""
    if not site.clause_start or not _BARE_INVESTED_CLAUSE.fullmatch(site.text, site.clause_start, site.m_start):
        return None
    aid = _PARTNER_AID_BEFORE.search(site.text, site.previous_start, site.clause_start - 1)
    return _Reading(aid["p"]) if aid else None


# An aim told with 为了/为 opening the sentence before a gift or an investment's clause (为了帮助…临时工渡过难关，他带头捐资
# 1000元): the aim the money is given for (GUIDELINES §6 purpose, thirty-first round); read only when nothing after the amount
# names a use.
_AIM_OPENING = re.compile("(?:为了|为)(?P<p>(?:帮助|支持|支援|资助|救助|救济|扶持|改善|推动|促进|解决|保障|确保|扩大|慰问)"
                          "[^，。；,;]{2,30})[，,]")
_GIFT_OR_INVESTMENT_END = re.compile("(?:捐资|捐款|捐赠|捐助|捐献|捐出|出资|拿出|投资|投入|拨款|筹集|筹资)了?(?:约|近|达)?$")


def _read_aim_opening(site: _AmountSite) -> _Reading | None:
    """为了<aim>，…捐资X (→ the aim), the aim opening the amount's sentence."""
    if not _GIFT_OR_INVESTMENT_END.search(site.text, site.clause_start, site.m_start):
        return None
    sentence_start = max(site.text.rfind(mark, 0, site.m_start) for mark in "。；;！？\n") + 1
    aim = _AIM_OPENING.match(site.text, sentence_start)
    if aim is None or aim.end() > site.clause_start:
        return None
    return _Reading(aim["p"])


# Those a bare reward or aid fund is paid to, before it (同意向32名高层次人才兑现奖励资金共计960万元): whom the fund is
# for names it (高层次人才奖励资金); their count is no part of it.
# (向各类托儿所发放资助约1.2亿澳门元: a bare noun of aid, 资助/补助/补贴, is such a fund as well; 各类/各 before those
# paid is no part of them)
# (a share to each, 为每个先进党组织发放奖励经费5000元, 为12个先进党组织各发放…, 为困难党员每人发放…: the same fund)
_RECIPIENT_FUND = re.compile("(?:向|(?<![作成因认称更以])为|给)(?:各类|各级|各|每个|每名|每位|每户|每家|每所)?"
                             "(?P<who>[^，。；,;每各\\d]{0,4}?[\\d一二三四五六七八九十百千两]*"
                             "(?:名|户|位|个|家|所|人|批)?[^，。；,;每各\\d]{2,12}?)(?:各|每人|每户|每家|每个)?"
                             "(?:兑现|兑付|发放|拨付|下达|下拨|颁发|发给|补发)了?"
                             "(?P<fund>(?:奖励|补助|补贴|扶持|奖补|资助|专项)?(?:资金|经费)|奖金|奖励金|资助|补助|补贴)"
                             "(?:共计|合计|总计|共|达到?|约|为)*$")
_RECIPIENT_COUNT = re.compile("^[^，。；,;\\d]{0,4}?[\\d一二三四五六七八九十百千两]+(?:名|户|位|个|家|所|人|批)")


# Fixed patterns of _read_recipient_fund.
_UP_TO_DE = re.compile("^.*的")
_PRONOUN_OPENING = re.compile("(?:他|她|其|该|这|本)")


def _read_recipient_fund(site: _AmountSite) -> _Reading | None:
    """A bare fund and whom it is paid to (向32名高层次人才兑现奖励资金共计960万元 → 高层次人才奖励资金)."""
    paid = _RECIPIENT_FUND.search(site.text, site.clause_start, site.m_start)
    if paid is None:
        return None
    # (符合条件的申报企业: the qualifying clause before the recipient is no part of the name)
    who = _UP_TO_DE.sub("", _RECIPIENT_COUNT.sub("", paid["who"]))
    if len(who) < 2 or _PRONOUN_OPENING.match(who):
        return None
    return _Reading(who + paid["fund"])


# Projects or a cause given to, before a donation and its total in the amount's clause (向各类扶贫项目捐款捐物合计折合300余万元,
# 为希望工程捐款共计50万元): what the money is for.
# (为“希望工程”捐助的4万多元, 为改造教育基础设施捐资20多万元: a cause in quote marks, or an act of works or aid and its object
# after 为, before a donation verb, the amount after it or after 的, GUIDELINES §6 thirty-second round; not those given to,
# 为灾区群众捐款: a recipient, read elsewhere)
_DONATED_TO = re.compile("(?:向|(?<![作成因认称更以])为)(?P<p>[^，。；,;\\d向为]{2,16}?(?:项目|工程|事业)|[“「][^，。；,;\\d向为“”「」]{2,16}?(?:项目|工程|事业|计划|行动)[”」]"
                         "|(?<=为)(?:改造|修建|兴建|新建|扩建|改建|重建|援建|建设|修缮|维修|购买|购置|添置|资助|救助"
                         "|救济|帮助|支援|抢修)[^，。；,;\\d向为]{2,16}?)"
                         "(?:捐款捐物|捐钱捐物|捐款|捐物|捐赠|捐资|捐助|捐献|捐出)了?(?:的)?(?:共计|合计|总计|共|累计)?(?:折合|价值)?"
                         "(?:人民币)?(?:约|达到?)?$")
# The projects a verb of funding takes as its object right before the amount (资助市残联辅具项目200万元, 扶持重点研发项目
# 共计500万元): what the money is for, as after 向…捐款.
_FUNDED_OBJECT = re.compile("(?:资助|扶持|援助)(?P<p>[^，。；,;\\d向为]{2,16}?(?:项目|工程))"
                            "(?:资金|经费)?(?:共计|合计|总计|共|累计)?(?:人民币)?(?:约|达到?)?$")


def _read_donated_to(site: _AmountSite) -> _Reading | None:
    """向<projects>捐款…X → <projects> (向各类扶贫项目捐款捐物合计折合300余万元 → 各类扶贫项目); 资助<projects>X likewise."""
    given = _DONATED_TO.search(site.text, site.clause_start, site.m_start) \
        or _FUNDED_OBJECT.search(site.text, site.clause_start, site.m_start)  # 资助市残联辅具项目200万元
    return _Reading(given["p"]) if given else None


# A project or works as the one that got a bare fund, before it in its clause (今年，全县农村供水项目获得资金3200万元; 该镇的
# 污水处理项目获得上级资金1500万元): what the money is for, the project; not a class of projects (重点项目获得资金…).
_PROJECT_GOT = re.compile(r"(?P<p>[^，。；,;]{2,24}?(?:项目|工程))(?:今年|共|已|累计|先后|再|又)*"
                          r"(?:获得|获批|争取到|得到|获)了?(?:各级|上级|中央|省级|市级|县级|财政|专项|扶持|补助|奖补|配套)*"
                          r"(?:资金|经费|补助|补贴|资助|拨款)(?:共计|合计|总计|共|达到?|约|为)*$")
# (全县, 该镇的, 县的: the place the project is in, before its name; not the first character of a name, 乡村振兴…项目,
# 市政道路…工程, 区域医疗中心, 县第一中学)
_PROJECT_PLACE_LEAD = re.compile("^(?:(?:全|本|该)[省市县区镇乡村]的?|[省市县区镇乡村]的)")
# (通过争取中央预算内投资项目获得资金, 依托…项目: the channel the money came through, no project of its own)
# (not 利用 of a project's own name: 秸秆综合利用项目)
_PROJECT_CHANNEL = re.compile("通过|依托|借助|凭借|争取")
# A project named in quote marks right before its head word (「新型固态电池电解质的设计与制备」项目).
_QUOTED_PROJECT = re.compile("[「“\"『](?P<name>[^「」“”\"『』]{2,40})[」”\"』](?P<head>项目|工程)$")
_HAN = re.compile(f"[{HAN}]")
# (今年, 此外: a time or a link opening the clause, no part of the project's name)
_CLAUSE_LEAD = re.compile(r"^\s*(?:今年|去年|当年|此外|另外|同时|其中|首批|本年度)+")


def _read_project_got(site: _AmountSite) -> _Reading | None:
    """<project>获得资金X → <project> (农村供水项目获得资金3200万元 → 农村供水项目; 支援基层儿童的项目获拨款… → 支援基层
    儿童的项目)."""
    got = _PROJECT_GOT.search(site.text, site.clause_start, site.m_start)
    if got is None or _PROJECT_CHANNEL.search(got["p"]):
        return None
    name = got["p"]
    if quoted := _QUOTED_PROJECT.search(name):
        return _Reading(quoted["name"] + quoted["head"])  # 由…教授李嘉豪领导的「…」项目获拨款: the quoted name
    if got.start() > site.clause_start and _HAN.match(site.text, got.start() - 1):
        # (the name's length limit cut it inside a word, 授李嘉豪领导的…项目: the project is what follows the last 的)
        name = name.rpartition("的")[2] if "的" in name else ""
    name = _PROJECT_PLACE_LEAD.sub("", _CLAUSE_LEAD.sub("", name))
    return _Reading(name if _named_project(name) else None)


# Projects signed and counted in the clause before a bare total (现场签约项目18个，总投资126.5亿元; 集中签约茶产业项目22个，
# 签约金额58亿元): the signed projects are what the total is, when their kind is named (签约项目12个 alone says no more
# than the label).
_PROJECTS_SIGNED = re.compile("签约了?(?P<kind>[^，。；,;\\d]{0,16}?项目)(?P<n>[\\d一二三四五六七八九十百千两]+(?:个|项|宗))$")
# (累计协议投资额, 协议投资总额: the signed total of a period's signings, told as a running total)
_SIGNED_LABEL_ONLY = re.compile("(?:累计|共|共计|合计)?(?:协议|合同|签约)(?:总)?投资(?:总)?额?")
_SIGNED_TOTAL_LABEL = re.compile(r"\s*(?:项目)?(?:累计)?(?:总投资(?:额)?|投资总额|签约(?:总)?金额|签约(?:总)?额|合同(?:总)?金额|协议(?:总)?金额"
                                 r"|(?:协议|合同)(?:总)?投资(?:总)?额?"
                                 r"|总金额)(?:约|超过|超|达到?|近|逾|为|共计|合计|总计)*")


def _read_projects_signed(site: _AmountSite) -> _Reading | None:
    """Signed projects counted before a bare total (签约茶产业项目22个，签约金额58亿元 → 签约茶产业项目22个)."""
    signed = _projects_counted_before(site, _SIGNED_TOTAL_LABEL, _PROJECTS_SIGNED, "kind")
    return _Reading("签约" + signed["kind"] + signed["n"]) if signed else None


# A bare fund opening the amount's clause after projects of a kind counted in the clause before (其中，产业升级项目20个，
# 资助资金3000万元; 科技创新项目15个，补助资金共计1200万元): the projects funded are what the money is for (§6: the kind of
# the projects counted beside a bare label), not the label (资助资金 too, here only: 获省级资助经费 alone keeps its name);
# a bare class of projects (项目, 重点项目) names none.
# (今年共实施重点项目20个: the verb carrying the projects out is no part of their kind)
_FUNDED_KIND_VERB = re.compile("^(?:实施|支持|资助|扶持|补助|立项|安排|启动|推进)")
# (全年共否决不合规项目12个, 今年共申报科技项目50个: a period and a tally before the kind are cut; a kind still opening
# on a verb of handling applications names projects applied for or refused, not those funded: the purpose stays null)
_FUNDED_KIND_TALLY = re.compile("^(?:全年|今年|去年|当年|本年度|年内|共计|合计|累计|共|已)+")
_KIND_HANDLING_VERB = re.compile("^(?:申报|申请|推荐|受理|征集|收到|评审|审核|审批|否决|退回|驳回|撤销|淘汰|取消|清理|核查)")
# (我校获批国家社会科学基金项目15项，获批直接经费420万元: the grant received, a verb of receiving and a qualifier of the
# research grant before the bare fund; the body and the verb before the projects' kind are no part of it)
_BARE_FUND_CLAUSE = re.compile(rf"\s*(?:共|累计)?(?:获批|获得|获)?(?:直接|间接|资助)?"
                               rf"(?:{_GENERIC_FUND.pattern}|资助(?:资金|经费))(?:总额|总计|共计|合计|累计|共)*(?:达到?|为)?约?")
_KIND_RECEIVED_LEAD = re.compile("^[^，。；,;]{0,8}?(?:获批|获得|承担|新增|获(?![奖批得]))(?:了)?")


def _read_projects_funded(site: _AmountSite) -> _Reading | None:
    """Projects of a kind counted before a bare fund (其中，产业升级项目20个，资助资金3000万元 → 产业升级项目)."""
    if not site.clause_start or not _BARE_FUND_CLAUSE.fullmatch(site.text, site.clause_start, site.m_start):
        return None
    counted = _PROJECTS_COUNTED.search(site.text, site.previous_start, site.clause_start - 1)
    if counted is None:
        return None
    kind = _FUNDED_KIND_TALLY.sub("", _COUNTED_KIND_LEAD.sub("", counted["kind"].removeprefix("其中")))
    kind = _KIND_RECEIVED_LEAD.sub("", kind)
    kind = _FUNDED_KIND_VERB.sub("", _COUNTED_KIND_LEAD.sub("", kind))
    if _COUNTED.search(kind) or _BARE_PROJECT_KIND.fullmatch(kind) or _KIND_HANDLING_VERB.match(kind):
        return None
    return _Reading(kind)


# What is done with the money, told in the clause after the amount by a verb of carrying out (编列新台币12亿元，扩大办理
# 青年租金补贴; 安排专项资金5000万元，分餐饮、零售、文旅三类发放消费券; ，开展…活动): 办理 is a light verb, its object
# the use; the other verbs are kept with theirs.  Not a place or a recipient after the verb (，发放到户), nor an
# output counted (，实施项目15个), nor a word about the work itself (its period, objects, body carrying it out, scope,
# standard, content, plan...), nor a short noun said to be something (，实施主体为县住建局, 发放标准是…: a
# description of the work, not a use; 以…为主题 and “我为…” are kept, 以 or a quote before 为).
# The aim told after the comma by a verb of furthering, possibly after a time (预留3200万元，加强后巷清洁; 争取补助1.2亿元，
# 推动…建设; 拨款港币三千万元，于明年推出…计划) is read the same way, the verb kept with its object; so is the aim told
# by a verb of supporting or subsidising (投入1.2亿元，分三年补助全县48所学校更新设备), or of filling up (提供1000万元，充实…馆藏).
# (编列新台币120万元预算推动…活动, 编列2亿元特别预算，推动…: the budget's word after the amount, then the use, the
# comma optional after it)
_USE_CLAUSE_AFTER = re.compile(rf"{_CONVERSION}(?:(?:特别|专项|追加)?预算[，,]?|[，,])\s*(?:分[^，。；,;]{{1,12}}?)?"
                               r"(?:(?:于|在)?(?:今年|明年|年内|今年内|明年内|年底前|[上下]半年|未来[\d一二三四五两]+年内?)(?:内|起)?)?"
                               "(?:扩大|持续|继续|全面|集中|统一|进一步|大力|着力|全力|重点|用以|以)?"
                               rf"(?P<v>办理|发放|实施|开展|加强|推动|推进|推出|推行|改善|提升|完善|充实|打造|保障|促进|支持|扶持|资助|补助|补贴)(?P<o>(?!到|给|至|于|了|工作|资金|经费)(?!周期|工期|期(?!刊|货)|年限|前景|势头|力度|对象"
                               rf"|名单|情况|单位|作用|性|方式|时间|主体|范围|标准|期限|内容|方案|的)(?![^以“「，。；,;]{{1,4}}[为是])"
                               rf"[^，。；,;]{{2,20}})(?=[，。；,;]|$)")


def _read_use_clause_after(site: _AmountSite) -> _Reading | None:
    """The use told in the clause after the amount by a verb of carrying out (，扩大办理青年租金补贴 → 青年租金补贴)."""
    told = _USE_CLAUSE_AFTER.match(site.after)
    if told is None or _COUNTED_OUTPUT.search(told["o"]):
        return None
    return _Reading(told["o"] if told["v"] == "办理" else told["v"] + told["o"])


# The light verb 办理 right after the amount (投入新台币3.5亿元办理区域排水改善工程): its object is the use.
# (获政府资助约800万元进行翻新: the light verb 进行 as well, its object the use)
_HANDLED_AFTER = re.compile(rf"{_CONVERSION}(?:办理|进行了?)(?P<p>(?!手续|业务|工作)[^，。；,;的]{{2,20}})(?=[，。；,;]|$)")


# 以18.76亿元中标…工程第三标段: the works of the contract won (GUIDELINES §6: one contract won is funding); not
# 中标候选人 (a bid), 中标金额 (a label).
_CONTRACT_WON = re.compile(rf"{_CONVERSION}(?:成功|顺利)?(?:中标|中得|承接)了?(?P<p>(?!候选|金额|价|额|通知|公示)[^，。；,;]{{2,40}}?)"
                           r"(?=[，。；,;]|$)")


# A contract to build or carry out works signed in the clause right before a bare amount label (签订江城大桥项目施工总承包
# 合同，合同金额12亿元, 签署了关于建设某核电站的总合同，金额约达30亿美元): the works are the purpose (GUIDELINES §6 twenty-third
# round, the purpose written ahead of the rules then; thirty-fourth round); not a contract of trade, labour or a framework.
_WORKS_CONTRACT_SIGNED = re.compile("签(?:订|署)了?(?:一[份项个])?(?:关于)?"
                                    "(?P<p>(?!合作|框架|意向|战略|投资|购销|供货|采购|劳动|销售|出口|进口)[^，。；,;“”]{2,30}?)"
                                    "的?(?:总)?合同$")
_WORKS_WORD = re.compile("建设|兴建|修建|承建|施工|工程|项目|总承包|改造|扩建")
# The contract's kind only (EPC总承包, 施工总承包, 工程建设): no works named, no purpose.
_CONTRACT_KIND_ONLY = re.compile("(?:[A-Za-z]+|总承包|承包|施工|建设|工程|项目|设计|采购|[、和及与])+")


def _read_contract_works(site: _AmountSite) -> _Reading | None:
    """签订<works>合同，合同金额X (→ the works), the contract signed in the clause before the label."""
    if not site.clause_start or not _CONTRACT_AMOUNT_CLAUSE.fullmatch(site.text, site.clause_start, site.m_start):
        return None
    signed = _WORKS_CONTRACT_SIGNED.search(site.text, site.previous_start, site.clause_start - 1)
    if signed is None or not _WORKS_WORD.search(signed["p"]) or _CONTRACT_KIND_ONLY.fullmatch(signed["p"]):
        return None  # (签订EPC总承包合同，合同金额3亿元: the contract's kind, no works named)
    return _Reading(signed["p"])


def _read_contract_won(site: _AmountSite) -> _Reading | None:
    """以X中标<works> → <works> (某集团以18.76亿元中标…航道整治工程第三标段)."""
    if not site.text[site.clause_start : site.m_start].rstrip().endswith("以"):
        return None
    won = _CONTRACT_WON.match(site.after)
    return _Reading(won["p"]) if won else None


# A plan or scheme quoted by its name in the clause before, then a clause that puts the money in (通过「偏乡学校数位学习
# 推动计画」，未来四年投入新台币45亿元): what the money is for, before a verb of aim after it (§6: a purpose told after
# a comma is the purpose only when nothing before the amount names the money's use).
# (审议通过《…老旧小区改造三年行动计划》，所需经费约10.4亿元: a plan named by its title, and the money it needs)
_PLAN_QUOTED = re.compile("[“「『《](?P<p>[^”」』》“「『《，。]{2,30}?(?:计划|计画|方案|规划|专案|工程|项目|行动))[”」』》]")
_PUT_IN_CLAUSE = re.compile(r"\s*(?:[^，。；,;\d]{0,10}?)(?:投入|编列|匡列|拨款|拨出|安排|投资|斥资|预留|所需|共需|需要)(?:经费|资金|预算|特别预算|投资)?"
                            r"(?:新台币|台币|港币|港元|澳门元|人民币)?(?:约|共|共计|合计|总计|达)*$")


# (学习借鉴浙江“千万工程”经验: another's programme studied or followed, not what the money is put into)
_PLAN_STUDIED = re.compile("(?:学习|借鉴|参观|考察|推广|复制|对标)[^，。；,;]{0,12}$")
_PLAN_EXPERIENCE = re.compile("的?(?:经验|做法|模式)")
# (实施“菜篮子工程”以来，累计投资…: the programme names the span the money was put in over, no use, GUIDELINES §6
# thirty-fifth round)
_PLAN_SINCE = re.compile("[^，。；,;]{0,6}?以来[，,]?$")


def _read_plan_named_before(site: _AmountSite) -> _Reading | None:
    """「<plan>」，…投入X → <plan>."""
    if not site.clause_start or not _PUT_IN_CLAUSE.fullmatch(site.text, site.clause_start, site.m_start):
        return None
    plan = last_match(_PLAN_QUOTED, site.text, site.previous_start, site.clause_start - 1)
    if plan is None or _PLAN_STUDIED.search(site.text, site.previous_start, plan.start()) \
            or _PLAN_EXPERIENCE.match(site.text, plan.end()) or _PLAN_SINCE.match(site.text, plan.end(), site.clause_start):
        return None
    return _Reading(plan["p"])


def _read_handled_after(site: _AmountSite) -> _Reading | None:
    """投入X办理Y, 获资助X进行Y: what the money carries out, right after the amount (…3.5亿元办理区域排水改善工程 →
    区域排水改善工程; 获政府资助约800万元进行翻新 → 翻新)."""
    handled = _HANDLED_AFTER.match(site.after)
    return _Reading(handled["p"]) if handled else None


# A bare total label opening its clause (总投资45亿元, 签约金额68.5亿元, 计划总投资86亿元): the label alone names no use.
# The words of approximation or sum after a total's label (约, 超过, 达, 共计, 合共 …).
_TOTAL_LEAD = "(?:约|超过|超|达到?|近|逾|为|共计|合计|总计|合共)*"
_BARE_TOTAL_LABEL = re.compile(r"\s*(?:该|本|此)?(?:项目)?(?:计划)?(?:总投资(?:额)?|投资总额|签约(?:总)?金额|签约(?:总)?额)"
                               + _TOTAL_LEAD)
# A purpose that is only such a label (计划总投资): no use either; a phase's share (一期投资, 首期投资) is for that phase.
_LABEL_ONLY = re.compile(r"(?:计划|预计)?总投资(?:金?额|金)?")
_PHASE_LABEL = re.compile(r"(?P<p>(?:[一二三四五六七八九十]|首)期)(?:工程|项目)?(?:总)?投资(?:额)?")
# Projects counted in the clause before a bare total (此次集中开工项目共9个，总投资2.3亿元; 共签约项目42个，…): the projects
# the total is of.
_PROJECTS_COUNTED = re.compile(r"(?P<kind>[^，。；,;\d]{0,20}?项目)(?:共|共计|合计)?[\d一二三四五六七八九十百千两]+(?:个|项|宗)$")
# (12个科技成果转化项目现场签约，签约金额达26.5亿元: the count first, the act after the kind)
_PROJECTS_COUNT_FIRST = re.compile(r"(?:共有?|共计|合计)?[\d一二三四五六七八九十百千两]+(?:个|项|宗)(?P<kind>[^，。；,;\d]{0,20}?项目)"
                                   rf"(?:现场|集中|成功|顺利|当场)?(?:{_PROJECT_ACTS})$")
# The words before a counted kind that are no part of it (此次集中开工, 现场签约, 共, 当天还): when, how and the act.
# (涉及项目18个, 包括项目…, 列入项目32个: a verb of covering before the kind)
_COUNTED_KIND_LEAD = re.compile(f"^(?:此次|本次|今年|当天|当日|现场|集中|共|还|已|新|又|涉及|包括|包含|列入|[^，。；,;]*?(?:{_PROJECT_ACTS}))+")
# The event of a batch of projects right after their kind (乡村振兴项目集中开工仪式, 农业招商项目集中签约活动).
# (茶产业招商项目签约，签约项目9个: a bare act closing its clause names the batch as well)
_BATCH_EVENT_AFTER = re.compile("(?:集中|现场|重点|重大)?(?:开工|签约|开竣工|竣工|投产|开工暨[^，。；]{0,6}?|签约暨[^，。；]{0,6}?)"
                                "(?:仪式|活动|大会|(?=[，,]))")
# A kind of projects that names nothing beyond the bare class (项目, 重点项目, 招商引资项目, 签约项目).
_BARE_PROJECT_KIND = re.compile("(?:全?[省市县区镇乡]|本[省市县区镇乡])?(?:重大|重点|一批|各类|招商引资|招商|签约|开工|新开工|集中开工|在建|续建|新建|竣工|投产|产业|[省市县区]级)*项目")


# Fixed patterns of _counted_projects_named.
_SENTENCE_SPLIT = re.compile("[。！？\n]")
_UP_TO_PERIOD = re.compile(r"^.*(?:\d{4}年度?|第?[一二三四1-4]季度|[上下]半年|年度)")
_PLACE_OPENING = re.compile("^[\u4e00-\u9fff]{1,6}?[省市县区镇乡]")
_COUNT_OF_ITEMS = re.compile(r"[\d一二三四五六七八九十两]+[个项批宗]")


def _counted_projects_named(site: _AmountSite) -> str | None:
    """The projects a bare total after their count is of: their kind when named (此次集中开工乡村振兴项目共9个 → 乡村振兴项目),
    else the batch named by its event earlier in the sentence or in the one before (…农业招商项目集中签约仪式，共签约项目42个
    → 农业招商项目; 石桥镇2024年乡村振兴项目集中开工仪式…。此次集中开工项目共9个 → 乡村振兴项目); None when none of these is
    there (not a single project told before, 南湖公园项目正在建设。此次开工项目共3个; nor a part, 其中工业项目5个，总投资…:
    the total after a part is as likely the whole batch's)."""
    if not site.clause_start:
        return None
    counted = _PROJECTS_COUNTED.search(site.text, site.previous_start, site.clause_start - 1) \
        or _PROJECTS_COUNT_FIRST.search(site.text, site.previous_start, site.clause_start - 1)
    if counted is None or _COUNTED.search(counted["kind"]):
        return None
    if counted["kind"].startswith("其中"):
        # (其中工业项目8个，总投资61亿元: a part of the signings picked out by 其中 has the part as purpose, §6 twelfth
        # review round; a bare class after 其中 names none, nor does the batch: the total is the part's)
        part = _COUNTED_KIND_LEAD.sub("", counted["kind"].removeprefix("其中").lstrip("，,：:"))
        return None if _BARE_PROJECT_KIND.fullmatch(part) or len(part) < 3 else part
    kind = _COUNTED_KIND_LEAD.sub("", counted["kind"])
    if not _BARE_PROJECT_KIND.fullmatch(kind):
        return kind
    # (the one sentence right before: not a headline line further up)
    previous = _SENTENCE_SPLIT.split(site.lead.rstrip("。！？\n \u3000"))[-1]
    for text in (site.text[: counted.start("kind")], previous):
        # (projects, not works: 将招商引资作为一号工程 names no project)
        # (only a batch named by its event: 乡村振兴项目集中开工仪式, 农业招商项目集中签约仪式)
        for named in reversed([m for m in _PROJECT_NAMED.finditer(text)
                               if m.group().endswith("项目") and _BATCH_EVENT_AFTER.match(text, m.end())]):
            # (石桥镇2024年乡村振兴项目, 梅州市2024年第二季度重大项目, 一季度重大项目: the place and the time before the kind are no
            # part of it)
            name = _UP_TO_PERIOD.sub("", _PROJECT_NAME_CUT.sub("", named.group()))
            # (高岚区重大项目: a place before a bare class names no more than the class)
            bare = _BARE_PROJECT_KIND.fullmatch(name) or _BARE_PROJECT_KIND.fullmatch(_PLACE_OPENING.sub("", name))
            if len(name) > 3 and not _REFERRED_BACK.match(name) and not bare \
                    and not _COUNT_OF_ITEMS.search(name):
                return name
    return None  # (现场签约项目12个 alone says no more than the label)


# Works of a kind counted in the clause before a bare total label (新建高标准农田2万亩，总投资6000万元; 新建农村公路120公里，
# …; 新建污水处理厂一座，项目总投资…): the kind of works the total is of (§6: the kind named beside a bare label), the
# verb kept with it, the count not.
_WORKS_COUNTED = re.compile(r"(?P<p>(?:新建|建设|建成|改造|改建|扩建|修建|新改建|提升改造|硬化|铺设|整治|实施)(?!了?项目)[^，。；,;\d]{2,16}?)"
                            r"(?:[\d.]+|[一二三四五六七八九十百千两]+)万?(?:亩|公顷|公里|千米|米|平方米|个|座|所|处|户|套|条|间|栋|眼|口)$")
# The verb of a completion reported before the works counted (建成“四好农村路”示范工程5个): no part of what was funded.
_COMPLETION_REPORTED = re.compile("^建成了?(?=[\u4e00-\u9fff“”]{2})")
# A facility named as the subject of its opening or completion in the clause before a bare total label (社区综合服务中心于
# 今日启用，总投资约2600万澳门元): what the total is of.  (市人民医院新院区于今日启用: the name runs to the last head
# before the verb, not the first)
_FACILITY_DONE = re.compile(r"(?P<p>[\u4e00-\u9fff“”]{2,24}(?:中心|大楼|大厦|馆|医院|学校|公园|广场|站|厂|基地|大桥|院区|校区|园区|产业园"
                            r"|楼|码头|港|宿舍|住宅|公寓|剧院|体育场))(?:[^，。；,;]{0,10}?)(?:正式)?"
                            r"(?:启用|落成|开幕|开馆|开园|建成|竣工|开工|动工|投入使用|投用|揭牌|开业|奠基)(?:了|仪式)?$")


# Works named in quote marks as the subject of the date they were built (这座颇具规模的“西游记宫”建于1992年2月，总投资…; “民俗村”
# 落成于1995年): what the total is of, whatever its head word (GUIDELINES §6 thirty-second round, the thirtieth round's
# works the sentence opens on).
_QUOTED_WORKS_BUILT = re.compile(r"(?P<p>[“「][^”」“「，。；,;]{2,16}[”」])(?:[^，。；,;]{0,6}?)(?:始建于|兴建于|建成于|落成于|建于)"
                                 r"[^，。；,;]{2,12}$")


def _works_beside(site: _AmountSite) -> str | None:
    """The works a bare total label after them is of, in the clause before (新建高标准农田2万亩 → 新建高标准农田; 社区综合
    服务中心于今日启用 → 社区综合服务中心); None when that clause names none."""
    if not site.clause_start:
        return None
    works = _WORKS_COUNTED.search(site.text, site.previous_start, site.clause_start - 1)
    if works:
        # (江城新能源电池项目开工，项目规划新建生产线4条，总投资…: the project named earlier in the sentence, not a part of it)
        # (全县共建成“四好农村路”示范工程5个，总投资…: the works, not the verb of the completion reported, §6)
        return _last_project_named(site.text[: site.previous_start]) or _COMPLETION_REPORTED.sub("", works["p"])
    done = _FACILITY_DONE.search(site.text, site.previous_start, site.clause_start - 1) \
        or _QUOTED_WORKS_BUILT.search(site.text, site.previous_start, site.clause_start - 1)
    if done is None:
        # (…签约，组建上海华信不锈钢有限公司，总投资14亿美元: a body or works set up by the deal, told as the whole clause
        # before the bare label, GUIDELINES §6 thirty-third round)
        venture = _VENTURE_SET_UP.fullmatch(site.text, site.previous_start, site.clause_start - 1)
        return venture["p"] if venture else None
    name = _PROJECT_PLACE_LEAD.sub("", _PROJECT_NAME_CUT.sub("", done["p"]))
    return name if len(name) > 2 and not _REFERRED_BACK.match(name) else None


# Works told started in the clause before a total labelled with a plan word (最近动工扩建商贸市场二期工程，规划投资6000万元 →
# 扩建商贸市场二期工程): what the started project's total is of (GUIDELINES §6 thirty-seventh review round; the total
# kept by _STARTED_CLAUSE), the verb of building kept, the start not.
_WORKS_STARTED_BEFORE = re.compile(r"(?:动工|开工)(?P<p>(?:扩建|新建|兴建|建设|修建|改建)[^，。；,;了]{2,30}?)\s*[，,]\s*$")


def _read_started_works_total(site: _AmountSite) -> _Reading | None:
    """A plan-labelled total after works told started (…动工扩建X工程，规划投资… → 扩建X工程)."""
    if not site.clause_start or not _PLAN_LABELLED_TOTAL.fullmatch(site.text, site.clause_start, site.m_start):
        return None
    works = _WORKS_STARTED_BEFORE.search(site.text, site.previous_start, site.clause_start)
    return _Reading(works["p"]) if works else None


# A clause that is an act of setting up a body or building works, whole (，合资组建华信不锈钢有限公司，总投资…, ，兴建一座年产30万吨
# 的纸浆厂，总投资…): what the bare total label after it is of (GUIDELINES §6 thirty-third round); not an act told done with
# 了 (an outcome) nor one reached back to by 该/此.
_VENTURE_SET_UP = re.compile(r"\s*(?P<p>(?:合资|合作|共同|联合|独资|双方)?(?:组建|兴建|建设|新建|创办|兴办|筹建|设立|成立|开办)"
                             r"(?!了)(?![该此])[^，。；,;了]{3,30})")


# A clause of an estimate's label alone before the amount (，总投资概算7.61亿元, ，工程概算总投资22.8亿元, ，工程总造价3.6亿元).
_ESTIMATE_CLAUSE = re.compile(rf"\s*{_ESTIMATE_LABEL.pattern}{_TOTAL_LEAD}")
# The works a sentence opens on as its subject (郑州市污水处理厂是…, 西环高速公路全长86公里, 已经开工的南湖大桥全长…, 跨江大桥
# 工程已于去年动工): what the estimate after it is of.
_WORKS_SUBJECT = re.compile(r"^\s*(?:[^，。；,;的]{1,12}的)?(?P<n>[\u4e00-\u9fff“”]{2,24}?(?:工程|项目|厂|公路|铁路|大桥|桥|电站|水库|机场|码头"
                            r"|港|中心|大楼|大厦|楼|馆|线|管道|隧道|医院|学校|基地))"
                            r"(?:是|全长|全线|总长|位于|已|于|占地|建筑面积|设计|由|计划|将|正在|目前|一期|二期|(?=[，,]))")


def _read_estimate_label(site: _AmountSite) -> _Reading | None:
    """An estimate's label alone in the amount's clause (…，总投资概算7.61亿元): the works named beside it, by the clause
    before or the sentence's subject (郑州市污水处理厂是…，总投资概算… → 郑州市污水处理厂); the project named in the
    sentences before when the sentence opens on 该项目."""
    if not site.clause_start or not _ESTIMATE_CLAUSE.fullmatch(site.text, site.clause_start, site.m_start):
        return None
    subject = _WORKS_SUBJECT.match(site.text)
    if subject and subject.end() <= site.clause_start:
        name = subject["n"]
        if len(name) > 2 and not _REFERRED_BACK.match(name) and not _BARE_WORKS.fullmatch(name) \
                and not _COUNTED.search(name):
            return _Reading(name)
    named = _counted_projects_named(site) or _works_beside(site)
    return _Reading(named) if named else None


def _read_label_refers_back(site: _AmountSite) -> _Reading | None:
    """A bare total label whose projects are named before (此次集中开工项目共9个，总投资2.3亿元; 该项目由…投资建设，总投资45亿元
    → the project named in the sentence before)."""
    if not site.clause_start or not _BARE_TOTAL_LABEL.fullmatch(site.text, site.clause_start, site.m_start):
        return None
    named = _counted_projects_named(site) or _works_beside(site)
    if named is None and _LABEL_OPENS.match(site.text):
        named = _project_named_before(site)  # (该项目由…投资建设，总投资45亿元: the sentence opens on the project)
    return _Reading(named) if named else None


# 该项目投资 opening the sentence right after one that tells a firm or a facility built and started (由…合资经营的华信轮胎
# 有限公司，近日在武汉建成投产。该项目投资500万元): the firm or facility is what the bare label is of, like works named as
# the subject of the date they were built (GUIDELINES §6 thirty-second round; thirty-fourth round).
_THIS_PROJECT_INVESTED = re.compile(r"\s*该项目(?:总)?投资(?:额|总额)?(?:为|达|约|共)*")
_FACILITY_OPENED = re.compile("(?P<p>[^，。；,;的“”\\s]{2,24}?(?:有限公司|公司|集团|工厂|厂|中心|基地|大厦|宾馆|饭店|酒店|医院|学校))"
                              "[，,]?\\s*(?:近日|日前|最近|目前|已经|已|正式|昨天|今天)?(?:(?!计划|将|拟|预计|争取|力争)[^，。；]){0,8}?"
                              "(?:建成投产|正式投产|投产|开业|落成|竣工)[。！]?\\s*$")


def _facility_opened_before(site: _AmountSite) -> str | None:
    """<firm>近日建成投产。该项目投资X (→ the firm), the label opening the sentence right after; else None."""
    if site.clause_start or not _THIS_PROJECT_INVESTED.fullmatch(site.text, 0, site.m_start):
        return None
    last = site.lead.rstrip()
    last = last[start_after(last, len(last) - 1, "。！？\n") :] if last else ""
    opened = _FACILITY_OPENED.search(last)
    return opened["p"] if opened else None


def _read_facility_opened_before(site: _AmountSite) -> _Reading | None:
    """<firm>近日建成投产。该项目投资X (→ the firm)."""
    opened = _facility_opened_before(site)
    return _Reading(opened) if opened else None


# A bare contract amount label opening its clause (合同金额约4.8亿美元, 签约总金额…) in the sentence of a signing ceremony
# whose name holds the project (…卡鲁水电站项目EPC总承包合同签约仪式在马坦举行): the project is the purpose (GUIDELINES §6
# fifteenth review round); the parties written before it (甲公司与乙国能源部) are no part of it.
_CONTRACT_AMOUNT_LABEL = re.compile(r"\s*(?:合同|协议|签约)(?:总)?金?额" + _TOTAL_LEAD)
_SIGNING_CEREMONY_PROJECT = re.compile("(?P<name>[^，。；,;]{2,60}?项目[^，。；,;]{0,12}?)(?:合同|协议)?(?:签约|签字|签署)仪式")
_BATCH_SIGNED = re.compile("集中|现场|批|暨|等")
_SIGNING_PARTIES = re.compile("^.*(?:与|和|同|举行|举办|召开|出席|参加|的)")
_SIGNING_PARTY_LEAD = re.compile("^[^，。；,;]{2,30}?(?:公司|集团|政府|(?<![西东南北中全])部|局|委|厅)(?=[^，。；,;]{2})")


def _read_signing_ceremony_project(site: _AmountSite) -> _Reading | None:
    """…项目EPC总承包合同签约仪式在马坦举行，合同金额约4.8亿美元 → 卡鲁水电站项目EPC总承包."""
    if not site.clause_start or not _CONTRACT_AMOUNT_LABEL.fullmatch(site.text, site.clause_start, site.m_start):
        return None
    ceremony = _SIGNING_CEREMONY_PROJECT.search(site.text, 0, site.clause_start - 1)
    if ceremony is None:
        return None
    name = ceremony["name"]
    cut = name.rindex("项目")
    if _BATCH_SIGNED.search(name, cut):
        return None  # (重大项目集中签约仪式: a batch's signing, the total is of many projects, none named)
    head = _SIGNING_PARTY_LEAD.sub("", _SIGNING_PARTIES.sub("", name[:cut]))
    return _Reading(head + name[cut:]) if len(head) >= 2 and not _REFERRED_BACK.match(head) else None


# A fund set up in the clause right before, the amount's clause telling only its first tranche or size
# (设立“统计之星”奖学金，首批出资20万元; 发起设立乡村振兴基金，首期规模5000万元 → the fund).
_FUND_SET_UP_BEFORE = re.compile(r"(?:设立|成立|设置)了?(?P<p>[^，。；,;\d]{0,24}?(?:基金|奖学金|助学金|奖教金|专项资金))$")
_TRANCHE_CLAUSE = re.compile(r"\s*(?:(?:首期|首批|首次|初期|第一期)(?:出资|注资|投入|募集|资金|规模|金额)?|出资|注资)"
                             + _TOTAL_LEAD)


def _read_fund_set_up_before(site: _AmountSite) -> _Reading | None:
    """设立X基金，首期出资Y → X基金: the fund the tranche is paid into."""
    if not site.clause_start or not _TRANCHE_CLAUSE.fullmatch(site.text, site.clause_start, site.m_start):
        return None
    fund = _FUND_SET_UP_BEFORE.search(site.text, site.previous_start, site.clause_start - 1)
    return _Reading(fund["p"]) if fund else None


# A bare total of aid after the clause counting what was aided (本年度共资助社团活动326项，资助总额约1.2亿澳门元).
_AID_TOTAL_LABEL = re.compile(r"\s*资助(?:总额|总金额|金额)" + _TOTAL_LEAD)
_AIDED_COUNTED = re.compile(r"资助(?:了)?(?P<p>[^，。；,;\d]{2,16}?)[\d一二三四五六七八九十百千两]+(?:项|个|名|人|家|所|户)$")


# (资助本澳八十六个社团举办暑期青少年活动，资助总额约…: what the aided do with it after them, the use; their scope
# and count before them are no part of it)
_AIDED_ACT = re.compile(r"资助(?:了)?(?P<who>[^，。；,;]{0,8}?[\d一二三四五六七八九十百千两]+(?:项|个|名|人|家|所|户|间|位))?"
                        r"(?P<p>[^，。；,;\d]{2,12}?(?:举办|开展|举行|参加|推行|进行|购置|建设)[^，。；,;\d]{2,24})$")


# A bare total of money opening its clause (总经费新台币5亿元, 经费总额, 总金额约…): the label names no use; what the clause
# before hands out or aids does (发放现金救助，总经费… → 现金救助).
_FUND_TOTAL_LABEL = re.compile(r"\s*(?:总经费|经费总额|总拨款|拨款总额|总金额|资金总额|总资助额|资助(?:总额|总金额|金额))"
                               + _TOTAL_LEAD)
# What the clause before such a label hands out or aids, closing that clause: the aided counted first (资助45个科研项目
# → 科研项目), or the object of a verb of paying out (针对…损失发放现金救助 → 现金救助); not a count or an amount in it.
_AIDED_COUNT_FIRST = re.compile(r"资助了?[\d一二三四五六七八九十百千两]+(?:项|个|名|位|家|所|户|间)(?P<p>[^，。；,;\d]{2,16})$")
_HANDED_OUT_BEFORE = re.compile(r"(?:发放|发出|派发|拨出|拨付|提供|推出|推行)了?(?P<p>[^，。；,;\d的]{2,16})$")


def _read_aided_counted(site: _AmountSite) -> _Reading | None:
    """资助<what>N项，资助总额… → 资助<what>; 资助<who>举办<what>，资助总额… → 资助<who>举办<what>; 资助N个<what>，资助总额…
    → <what>; 发放<what>，总经费… → <what>."""
    if not site.clause_start or not _FUND_TOTAL_LABEL.fullmatch(site.text, site.clause_start, site.m_start):
        return None
    if _AID_TOTAL_LABEL.fullmatch(site.text, site.clause_start, site.m_start):
        aided = _AIDED_COUNTED.search(site.text, site.previous_start, site.clause_start - 1) \
            or _AIDED_ACT.search(site.text, site.previous_start, site.clause_start - 1)
        if aided:
            return _Reading("资助" + aided["p"])
    told = _AIDED_COUNT_FIRST.search(site.text, site.previous_start, site.clause_start - 1) \
        or _HANDED_OUT_BEFORE.search(site.text, site.previous_start, site.clause_start - 1)
    return _Reading(told["p"]) if told else None


# A prize quoted at the end of the clause before a bare 奖金 (授予…“潮汕星河成就奖”，奖金一百万元): whose money it is.
_PRIZE_QUOTED_BEFORE = re.compile("[“「『](?P<p>[^”」』“「『，。]{2,20}奖)[”」』]$")
# A bare prize total (总奖金超过80万元, 奖金总额合共540万元): prize money.
# (授予…突出贡献奖，奖金100万元: a bare 奖金 opening the clause after the prize conferred, the prize's money)
_PRIZE_TOTAL = re.compile(r"\s*(?:总奖金|奖金总额|奖金总计|奖金)" + _TOTAL_LEAD)


def _read_prize_total(site: _AmountSite) -> _Reading | None:
    """总奖金/奖金总额/奖金 opening the amount's clause → 奖金."""
    total = _PRIZE_TOTAL.fullmatch(site.text, site.clause_start, site.m_start)
    if total is None:
        return None
    # (授予…“潮汕星河成就奖”，奖金一百万元: the quoted prize closing the clause before names the prize money)
    prize = _PRIZE_QUOTED_BEFORE.search(site.text, site.previous_start, site.clause_start - 1) \
        if site.clause_start and total.group().strip().startswith("奖金") else None
    return _Reading(prize["p"] + "奖金" if prize else "奖金")


# A sum to each after a clause saying what they got (23名学生获得国家奖学金，每人8000元; 首批资助120名困难大学新生，每人5000元).
_PER_HEAD_CLAUSE = re.compile(r"\s*(?:每人|每名|每位|每生|每户)(?:奖励|资助|发放|补助|获得?)?(?:奖金|奖励金|资金)?(?:为|达)?")
_GOT_BEFORE = re.compile(r"获得了?(?P<p>[“「]?[^，。；,;\d“”「」]{2,16}?(?:奖学金|助学金|奖教金|奖金|奖励金|补助金|补贴|津贴|奖)[”」]?)$")
_AIDED_BEFORE = re.compile(r"资助了?[^，。；,;\d]{0,4}?[\d一二三四五六七八九十百千两]+(?:名|位|户|人|个|家|所)(?P<p>[^，。；,;\d]{2,16})$")


# A gift of money handed over in the clause before a sum to each (为10位老人送上慰问金，每人500元): the fund's name.
_GIFT_HANDED_BEFORE = re.compile(r"(?:送上|送去|送来|送出|送达|递上|奉上|发放|发给|颁发|捐赠|带去|带来)了?(?P<p>[^，。；,;\d]{2,16})$")


# Fixed patterns of _read_per_head_got.
_GIVERS_ATTRIBUTIVE_OPENING = re.compile("^[“「]?[^的“「]*的(?=[“「]?[\u4e00-\u9fff]{2})")


def _read_per_head_got(site: _AmountSite) -> _Reading | None:
    """每人X元 after the clause saying what each got or who was aided (获得国家奖学金，每人8000元 → 国家奖学金;
    送上慰问金，每人500元 → 慰问金)."""
    if not site.clause_start or not _PER_HEAD_CLAUSE.fullmatch(site.text, site.clause_start, site.m_start):
        return None
    got = _GOT_BEFORE.search(site.text, site.previous_start, site.clause_start - 1)
    if got:
        # (获得了学校颁发的优秀学生奖: the prize, not the giver's attributive before it)
        prize = _GIVERS_ATTRIBUTIVE_OPENING.sub("", got["p"])
        return _Reading(prize)
    handed = _GIFT_HANDED_BEFORE.search(site.text, site.previous_start, site.clause_start - 1)
    # (颁发“自强奖学金”，每人3000元: the fund quoted by its name)
    # (颁发证书和奖金，每人奖励2万元: the money handed with the tokens, 奖金)
    fund = _fund_paid_named(handed["p"]) if handed else None
    if fund:
        return _Reading(fund.group())
    aided = _AIDED_BEFORE.search(site.text, site.previous_start, site.clause_start - 1)
    return _Reading("资助" + aided["p"]) if aided else None


# A named kind of payment handed out before its total (发放执行案款共计1200余万元): what the money is; not a bare word of
# money (善款, 捐款, 款项, 拨款) nor a loan or a price (贷款, 货款).
_PAID_MONEY_KIND = re.compile(r"(?:发放|拨付|兑现|兑付|支付|发还)了?(?P<p>[\u4e00-\u9fff]{1,8}?款)(?:共计|合计|总计|共)?(?:约|达到?)?$")
_BARE_MONEY_WORD = re.compile("(?:善|捐|款|拨|贷|货|欠|借|存|罚|付|汇|现)款|[\u4e00-\u9fff]?(?:贷款|货款)")


def _read_paid_money_kind(site: _AmountSite) -> _Reading | None:
    """发放<kind>款共计X → <kind>款 (执行案款)."""
    paid = _PAID_MONEY_KIND.search(site.text, site.clause_start, site.m_start)
    if paid is None or _BARE_MONEY_WORD.fullmatch(paid["p"]):
        return None
    return _Reading(paid["p"])


# The project a new loan is approved for, before it (向清远市高标准农田建设项目审批贷款3亿元): what the loan is for (§6 loans).
_PROJECT_LOAN = re.compile(r"向(?P<p>[^，。；,;向]{2,30}?(?:项目|工程))(?:审批|批复|发放|提供)了?[^，。；,;\d]{0,6}?贷款$")


# Those rewarded after 对, a share each before the amount (对获奖选手每人奖励1万元, 对10名优秀教师各奖励5000元): the reward of
# those named; their count is no part of them.
_REWARDED_EACH = re.compile(r"对(?:[\d一二三四五六七八九十百千两]+(?:名|位|个|户|家|支))?(?P<who>[^，。；,;\d的]{2,16}?)"
                            r"(?:每人|每名|每位|每户|每家|每个|各)(?:给予)?(?:一次性)?奖励(?:奖金|资金)?$")


def _read_rewarded_each(site: _AmountSite) -> _Reading | None:
    """对<who>每人奖励X → 奖励<who> (对获奖选手每人奖励1万元 → 奖励获奖选手)."""
    rewarded = _REWARDED_EACH.search(site.text, site.clause_start, site.m_start)
    return _Reading("奖励" + rewarded["who"]) if rewarded else None


def _read_project_loan(site: _AmountSite) -> _Reading | None:
    """向<project>审批贷款X → <project>."""
    loan = _PROJECT_LOAN.search(site.text, site.clause_start, site.m_start)
    return _Reading(loan["p"]) if loan else None


#: The purpose readers, tried in this order; the first purpose found wins.
#: (_read_act_after_bare_fund stands before the works and passive readers: an act told after the amount is its use
#: whatever stands before it; _read_fund_named_after before _read_fund_named_before: a fund named after the amount,
#: even a bare one, rules out the name before it; the context and total readers after both keep their order, the
#: first that finds a purpose wins.  Only the readers of 用于 and of an act after the amount have a plan's tail
#: trimmed (建设蔬菜大棚的方案); the others' purposes are kept as read.  _read_item_before and _read_goods_valued stand
#: after the readers of what follows the amount (a use told after it wins) and before the fund-name readers (其中，
#: 支持企业研发后补助8600万元 is the item, not the fund's name 支持企业研发后补助).  A purpose that ends on an amount
#: of its own is the next item of a list: _read_purpose skips it as if its phrasing were not there.)
_PURPOSE_READERS: tuple[_PurposeReader, ...] = (
    _PurposeReader(_read_project_costed, "use"),
    _PurposeReader(_read_fund_named_over_use, "use"),
    _PurposeReader(_read_use_for, "use", trims_plan=True),
    _PurposeReader(_read_used_as, "use"),
    _PurposeReader(_read_act_after, "use", trims_plan=True),
    _PurposeReader(_read_act_at_place, "use", trims_plan=True),
    _PurposeReader(_read_aid_given_after, "use"),
    _PurposeReader(_read_aim_with_yi_after, "use"),
    _PurposeReader(_read_works_begun_after, "use"),
    _PurposeReader(_read_quoted_fund_after, "use"),
    _PurposeReader(_read_handled_after, "use"),
    _PurposeReader(_read_contract_won, "use"),
    _PurposeReader(_read_act_after_bare_fund, "use", trims_plan=True),
    _PurposeReader(_read_works_invested, "use"),
    _PurposeReader(_read_passive_giver, "use"),
    _PurposeReader(_read_item_before, "use"),
    _PurposeReader(_read_goods_valued, "use"),
    _PurposeReader(_read_goods_before_value, "use"),
    _PurposeReader(_read_goods_discounted, "use"),
    _PurposeReader(_read_projects_funded, "context"),
    _PurposeReader(_read_fund_named_after, "name"),
    _PurposeReader(_read_aid_named_after, "name"),
    _PurposeReader(_read_kind_handed, "name"),
    _PurposeReader(_read_project_got, "name"),
    _PurposeReader(_read_started_works_total, "total"),
    _PurposeReader(_read_fund_named_before, "name"),
    _PurposeReader(_read_those_rewarded, "context"),
    _PurposeReader(_read_recipient_fund, "context"),
    _PurposeReader(_read_donated_to, "context"),
    _PurposeReader(_read_projects_won, "context"),
    _PurposeReader(_read_projects_signed, "context"),
    _PurposeReader(_read_plan_named_before, "context"),
    _PurposeReader(_read_fund_handed, "total"),
    _PurposeReader(_read_measure_totalled, "total"),
    _PurposeReader(_read_project_invested, "total"),
    _PurposeReader(_read_estimate_label, "total"),
    _PurposeReader(_read_label_refers_back, "total"),
    _PurposeReader(_read_facility_opened_before, "total"),
    _PurposeReader(_read_contract_works, "total"),
    _PurposeReader(_read_signing_ceremony_project, "total"),
    _PurposeReader(_read_fund_set_up_before, "total"),
    _PurposeReader(_read_aided_counted, "total"),
    _PurposeReader(_read_prize_total, "total"),
    _PurposeReader(_read_per_head_got, "context"),
    _PurposeReader(_read_paid_money_kind, "context"),
    _PurposeReader(_read_project_loan, "context"),
    _PurposeReader(_read_rewarded_each, "context"),
    _PurposeReader(_read_event_funded, "context"),
    _PurposeReader(_read_use_clause_after, "context"),
    _PurposeReader(_read_money_used_later, "context", trims_plan=True),
    _PurposeReader(_read_partner_aid_before, "context"),
    _PurposeReader(_read_aim_opening, "context"),
)


# Fixed patterns of _tidy_purpose.
_ATTRIBUTIVE_BEFORE_NAME = re.compile("^[^“”]*的(?=[\u4e00-\u9fff“”]{4})")
_STRAY_DE_OPENING = re.compile("^的(?=[\u4e00-\u9fff“”]{2})")
# A word of striving or of a target (力争高端铝材项目年内开工 → 高端铝材项目, 争取…, 确保…): no part of the use.
# An act's object, then its own quoted name closing the purpose with the same head (援建一所希望学校『花明楼希望学校』,
# 新建一座图书馆“明德图书馆”): the name restates the object told, an apposition; the purpose stops at the object, the marks
# never gluing the name onto it once they go (GUIDELINES §6 purpose, thirty-eighth review round).
_QUOTED_NAME_OF_OBJECT = re.compile("(?P<obj>[^“「『”」』]{2,}?(?P<head>[\u4e00-\u9fff]{2}))[“「『][^“「『”」』]{0,18}(?P=head)[”」』]$")
_STRIVING_OPENING = re.compile("^(?:力争|争取|确保)(?:在|于)?(?=[\u4e00-\u9fff“”]{2})")
# Words of the amount's total left closing a purpose (…共, …合计): no part of what the money is for.
# (…50亿美元左右的紧急援助贷款（其中日本提供了5亿美元）: an amount's word of approximation read into a part's purpose)
_AMOUNT_WORD_OPENING = re.compile("^(?:左右|上下)的?(?=[\u4e00-\u9fff“”]{2})")
_AMOUNT_WORD_CLOSING = re.compile("(?<=[\u4e00-\u9fff”]{2})(?:共计|合计|总计|(?<![公中])共)$")
# A fund read with 用于 and its use before its bare noun (用于产业结构调整资金, 去年用于农田水利建设资金): the use.
_USED_FOR_FUND = re.compile("(?:(?:19|20)\\d{2}年|去年|今年|上年|当年|全年)?(?:主要|全部|专门)?用于"
                            "(?P<p>[^，。；,;]{2,20}?)的?(?:专项)?(?:资金|经费|款项)")


# A firm's act and a bare fund as the fund's name (某集团回报体育事业的资金, 华信公司支援灾区建设的资金): the act is the use, the
# firm the giver and the fund's noun no part of it (GUIDELINES §6 thirtieth round: the giver cut; twenty-ninth round: no bare
# fund noun; thirty-sixth round); a verb of giving alone (华信公司捐赠的资金) names no use.
_FIRM_ACT_FUND = re.compile("[\u4e00-\u9fff]{2,12}?(?:集团|公司|企业)(?P<p>[\u4e00-\u9fff“”]{4,20}?)的(?:资金|经费|款项)")
_GIVER_VERB_OPENING = re.compile(f"(?:{_GIVER_VERBS}|捐|投资|出资)")


def _tidy_purpose(purpose: str, site: _AmountSite, reader: _PurposeReader) -> str | None:
    """The one tidying pass over the purpose a reader found: a plan's tail, a project's bare total label replaced by
    the works or the project named before it, a leading 的, quote marks."""
    # (the plan's tail is dropped here, after all readers, not by its readers: a purpose left empty by it is None,
    # and no later reader is tried)
    if reader.trims_plan:
        purpose = _PLAN_TAIL.sub("", purpose) or None  # 建设蔬菜大棚的方案 → 建设蔬菜大棚
        purpose = purpose and (_FEAT_TAIL.sub("", purpose) or None)  # 建成16所乡村学校的奇迹 → 建成16所乡村学校
    if purpose and _TOTAL_LABEL.fullmatch(purpose):
        works = _WORKS_BEFORE.search(site.text, site.previous_start, site.clause_start - 1) if site.clause_start else None
        # 合作建设临江港多式联运物流中心，项目计划总投资12亿元: the works; else the project named before (…建设项目开工仪式在
        # 项目现场举行。该项目总投资1860万元), only for a label opening its clause (not 此次观摩的6个项目总投资: several
        # projects); else no purpose: the bare label says nothing of the money's use (§6: 项目总投资 → null)
        opens = _LABEL_OPENS.match(site.text, site.clause_start)
        # (新建污水处理厂一座，项目总投资…: works counted before)
        purpose = works["p"] if works else (opens and _project_named_before(site)) or _counted_projects_named(site) \
            or _works_beside(site) or _facility_opened_before(site) or None
    elif purpose and _LABEL_ONLY.fullmatch(purpose):
        # 签约项目12个，计划总投资86亿元: the projects counted before, or the project 该项目 opening the sentence refers
        # to; a label alone (计划总投资) is no use
        purpose = _counted_projects_named(site) or _works_beside(site) \
            or (_LABEL_OPENS.match(site.text) and _project_named_before(site)) or None
    elif purpose and _PHASE_LABEL.fullmatch(purpose):
        purpose = _PHASE_LABEL.fullmatch(purpose)["p"]  # 其中一期投资20亿元: the first phase, not the label
    elif purpose and (labelled := _NAMED_PROJECT_LABEL.fullmatch(_sized(purpose, site))) and _named_project(
            named := _ATTRIBUTIVE_BEFORE_NAME.sub("", _PROJECT_DETERMINER.sub("", labelled["p"]))):
        # 华瑞半导体封测基地项目总投资45亿元: the project named, not its label (§6); 其中最大的望潮…项目: the words
        # describing it before 的 are no part of its name (即将投产的签约项目总投资: a class left, kept as read)
        purpose = named
    elif purpose and labelled and _PROJECT_CLASS.fullmatch(_PROJECT_DETERMINER.sub("", labelled["p"])):
        # 签约项目计划总投资12亿元, 双方合作项目投资规模超过200亿元: only a class of projects before the label names no use
        # (§6: a bare label); the kind counted or the works told beside it, else null
        purpose = _counted_projects_named(site) or _works_beside(site) or None
    elif purpose and (facility := _NAMED_FACILITY_LABEL.fullmatch(purpose)) and len(facility["p"]) > 2 \
            and not _REFERRED_BACK.match(facility["p"]) and not _COUNTED.search(facility["p"]):
        purpose = facility["p"]  # 新院区总投资12.8亿元, 污水处理厂总投资3亿元: the facility built, not its label (§6)
    if purpose and (bare := _BARE_WORK_FUND.fullmatch(purpose)):
        # 推进老旧小区改造。累计投入改造资金2.1亿元: the works named before, else none (§6: a bare label says nothing)
        purpose = _works_named_before(site, bare["w"])
    if purpose and (anaphor := _FUND_ANAPHOR.search(purpose)):
        # 用于成立上述基金: the fund named before (会议决定设立乡村人才振兴基金。…) stands for 上述基金
        named = _fund_named_before(site)
        if named:
            purpose = purpose[: anaphor.start()] + named + purpose[anaphor.end() :]
    if purpose:
        purpose = _STRAY_DE_OPENING.sub("", purpose)  # 作为的科技创新奖励资金: no purpose opens with 的
        # (GUIDELINES §6 twenty-ninth review round: the purpose is the thing funded, without the total's word closing
        # it: 资助敬老院、福利院共30所 → 资助敬老院、福利院, not …共)
        # (nor an amount's word of approximation opening it: 1亿美元左右的紧急援助 → 紧急援助)
        purpose = _AMOUNT_WORD_CLOSING.sub("", _AMOUNT_WORD_OPENING.sub("", purpose)) or None
    if purpose and (used := _USED_FOR_FUND.fullmatch(purpose)):
        purpose = used["p"]  # 去年用于农田水利建设资金3亿元 → 农田水利建设: without 用于 and the bare fund (ninth round)
    if purpose and (acted := _FIRM_ACT_FUND.fullmatch(purpose)) and not _GIVER_VERB_OPENING.match(acted["p"]):
        purpose = acted["p"]  # 某集团回报体育事业的资金 → 回报体育事业: the giver and the bare fund cut (thirty-sixth round)
    if purpose:
        purpose = _STRIVING_OPENING.sub("", purpose)  # 力争高端铝材项目: no purpose opens with a word of striving
    if purpose and (restated := _QUOTED_NAME_OF_OBJECT.fullmatch(purpose)):
        purpose = restated["obj"]  # 援建一所希望学校『花明楼希望学校』 → 援建一所希望学校
    return _QUOTE_MARKS.sub("", purpose).strip() if purpose else purpose


# A fund named only by the kind of works it pays for (改造资金, 建设经费, 维修资金, _WORK_NOUNS): a bare label of the use (§6).
_BARE_WORK_FUND = re.compile(f"(?P<w>{'|'.join(_WORK_NOUNS)})(?:专项)?(?:资金|经费|款项)")
# The works of that kind named by a verb of carrying them out (持续推进老旧小区改造, 全面实施农村公路建设工程).
_WORKS_NAMED = {w: re.compile(f"(?:推进|实施|开展|启动|完成|加快|推动|抓好|做好|加强)了?(?P<n>[^，。；,;的了]{{2,14}}?{w})"
                              "(?:工作|工程|项目|行动)?(?=[，。；,;！？]|$)") for w in _WORK_NOUNS}


def _works_named_before(site: _AmountSite, work: str) -> str | None:
    """The last works of the kind ``work`` named before the amount, in its sentence or in the sentences before
    (持续推进老旧小区改造 → 老旧小区改造); None when none is named."""
    for text in (site.text[: site.m_start], site.lead):
        named = [m["n"] for m in _WORKS_NAMED[work].finditer(text)]
        if named:
            return named[-1]
    return None


# A fund referred back to inside a purpose (用于成立上述基金, 注入该基金): the one named before stands for it.
_FUND_ANAPHOR = re.compile("(?:上述|前述|以上|该|此|这一?)基金")
# A fund named by a verb of setting it up (设立乡村人才振兴基金, 成立“江城教育发展基金”), its name up to 基金.
_FUND_SET_UP = re.compile("(?:设立|成立|组建|筹建|建立|发起|设置)了?(?P<n>[“「]?[^，。；,;“”「」]{2,20}?基金[”」]?)(?!会)")


def _fund_named_before(site: _AmountSite) -> str | None:
    """The last fund set up before the amount, in its sentence or in the sentences before (会议决定设立乡村人才振兴基金 →
    乡村人才振兴基金); None when none is named or the name is itself a reference back (该基金)."""
    for text in (site.text[: site.m_start], site.lead):
        names = [m["n"] for m in _FUND_SET_UP.finditer(text) if not _FUND_ANAPHOR.fullmatch(m["n"])]
        if names:
            return _QUOTE_MARKS.sub("", names[-1])
    return None


# A project's name and its bare total label (华瑞半导体封测基地项目总投资, 城东污水处理厂二期工程计划总投资): the label says
# nothing of the use, the project named does (§6).
_NAMED_PROJECT_LABEL = re.compile("(?P<p>[^，。；,;]{2,30}?(?:项目|工程))(?:计划)?(?:总投资(?:额)?|投资总额|投资规模)")
# A facility named before a bare total label (新院区总投资, 污水处理厂总投资, 综合楼投资总额): what the money builds, as a
# project named before its label is; not one referred back to (该院区总投资, _REFERRED_BACK), a count of them, nor a bare
# head (中心总投资, 厂总投资: no facility named).
_NAMED_FACILITY_LABEL = re.compile("(?P<p>[\u4e00-\u9fff“”]{0,20}?(?:院区|大楼|综合楼|厂|馆|园区|基地|医院|学校|中心))"
                                   "(?:计划)?(?:总投资(?:额)?|投资(?:总额)?)")
# The parties or the occasion before a class of projects (双方合作项目, 本次签约项目): no part of what the projects are.
_PROJECT_DETERMINER = re.compile("^(?:双方|各方|本次|此次|这次|本批|该批|这批)")
# A purpose read up to 投资 whose label runs on to 规模 before the amount (合作项目投资规模超过200亿元).
_SIZE_LABEL_AFTER = re.compile("规模" + _TOTAL_LEAD + "$")


def _sized(purpose: str, site: _AmountSite) -> str:
    """``purpose`` with 规模 added when it ends in 投资 and the text before the amount runs on to 投资规模 (合作项目投资规模
    超过200亿元 → 合作项目投资规模, a label of a size); else ``purpose`` as it is."""
    if not purpose.endswith("投资"):
        return purpose
    before = site.text[site.clause_start : site.m_start]
    cut = before.rfind(purpose)
    return purpose + "规模" if cut >= 0 and _SIZE_LABEL_AFTER.match(before, cut + len(purpose)) else purpose


# Fixed patterns of _named_project.
_DIGIT_COUNT_OF_ITEMS = re.compile(r"\d+[个项批宗]")
# (总投资50亿元项目签约: a project told by its amount only, in a headline, names none)
_AMOUNT_IN_NAME = re.compile(r"[\d.]+[万亿]*(?:美|港)?元")


def _named_project(name: str) -> bool:
    """Whether ``name`` names one project (华瑞半导体封测基地项目), not a count or a class of them (两个项目, 重点项目)
    nor one referred back to (该项目)."""
    return len(name) > 3 and not _REFERRED_BACK.match(name) and not _COUNTED.search(name) \
        and not _DIGIT_COUNT_OF_ITEMS.search(name) and not _PROJECT_CLASS.fullmatch(name)


def _project_named_before(site: _AmountSite) -> str | None:
    """The last project named before the amount's clause in its sentence, or else in the sentences before (up to
    three, 200 characters) (…高标准农田及智慧大棚建设项目开工仪式在项目现场举行。该项目总投资1860万元 → 高标准农田及
    智慧大棚建设项目); None when there is none, or the last one named is only a class of projects (重点项目) or a count
    of them."""
    for text in (site.text[: site.clause_start], site.lead):
        named = _last_project_named(text)
        if named is not None:
            return named or None
    return None


def _last_project_named(text: str) -> str | None:
    """The last project ``text`` names (江城新能源电池项目); "" when the last one named is only a class of projects or a
    count of them; None when it names none (该项目 and short names skipped)."""
    for named in reversed(list(_PROJECT_NAMED.finditer(text))):
        # (_PROJECT_NAMED is lazy from its left end: cut the words before the name inside the run it matched)
        name = _PROJECT_NAME_CUT.sub("", named.group())
        if len(name) <= 3 or _REFERRED_BACK.match(name) or _REFERRED_BACK_END.search(name):
            continue  # (该项目 again, or no name left: look further back)
        counted = _COUNTED.search(name) or _DIGIT_COUNT_OF_ITEMS.search(name) or _AMOUNT_IN_NAME.search(name)
        # (轻轨东线是特区政府重点基建项目: a class the works belong to, told after 是, names no project)
        told_of = named.group().endswith("是" + name)
        return "" if counted or told_of or _PROJECT_CLASS.fullmatch(name) else name
    return None


def _read_purpose(site: _AmountSite) -> str | None:
    """What the amount at ``site`` is for, by the first reader of _PURPOSE_READERS that finds it, tidied; None when
    none does."""
    use_found = name_found = False  # a use or a fund's name found with no purpose in it
    for reader in _PURPOSE_READERS:
        if (use_found and reader.kind != "total") or (name_found and reader.kind == "name"):
            continue
        reading = reader.read(site)
        if reading is None or (reading.purpose is not None and _NEXT_ITEM.search(reading.purpose)):
            continue  # (…，支持重大科技专项6500万元: the next item of a list, as if the phrasing were not there)
        if reading.purpose is not None:
            tidied = _tidy_purpose(reading.purpose, site, reader)
            # (…、提供转业训练费，以及用于安置富余人员贷款贴息等…2亿多元: a purpose opening on a list's joiner is the last
            # item of a list cut short, a fragment worse than none, GUIDELINES §6 thirty-third round)
            if tidied and tidied[-1] in "）)" and not any(ch in tidied for ch in "（("):
                # (5亿元（其中3亿元用于修路），…: the bracket closing the part is no part of its use)
                tidied = tidied[:-1] or None
            return None if tidied and _JOINER_OPENING.match(tidied) else tidied
        use_found = use_found or reader.kind == "use"
        name_found = name_found or reader.kind == "name"
    return None


# A list's joiner opening a purpose (以及用于…, 及…, 和…): the purpose read is a list's last item, cut short.
# (与/和/同 open a partner's joint act, 与中国作协共同设立…, and stay)
_JOINER_OPENING = re.compile("以及|及(?!时|早)|、")
# Fixed patterns of FundingExtractor._provided_for.
_RUNNING_TOTAL_WORD = re.compile("累计|以来|先后|共计")
# Fixed patterns of FundingExtractor.__call__.
_CLAUSE_OR_BRACKET_SPLIT = re.compile("[，。；,;（(]")
_AMONG_THEM_AHEAD = re.compile(r"\s*其中")
_SHORTFALL_END = re.compile("缺口[^，。；]{0,4}$")
_SHORTFALL_AHEAD = re.compile("的?资金缺口")
_PURCHASE_AHEAD = re.compile(r"[^，。；]{0,4}?(?:购买|买了|买下|购置了)")
_GIVING_WORD = re.compile("送给|赠|捐|给|帮助|资助|慰问")
_THRESHOLD_DE_AHEAD = re.compile("(?:以上|以下)?的")
_DOLLAR_SIGN = re.compile(r"(?<![A-Z])\$")
_WAN_OR_YI = re.compile("[万亿]")
_BENEFICIARY_RE = re.compile(_BENEFICIARY)
