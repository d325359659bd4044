"""Patterns, word lists and helpers shared by the readings of the package."""

from __future__ import annotations

import re

from pipeline.document import Document
from pipeline.extract.common import (
    GRADES_WON,
    first_char_gated,
    heading_like,
    last_match,
    literal_gated,
    scheme_rite_nouns,
    start_after,
    summary_line,
)

#: Dollar amounts below this with no 万/亿 are read as prices or fares ($2, $380), not money granted.
DOLLAR_PRICE_MAX = 1000
# A bank's financing agreement named right after its total (签署了总额200亿元的开发性金融合作协议, 300亿元银企合作
# 协议): a credit line, no money provided yet (§6 loans); not an investment agreement (总投资50亿元的合作协议).
_FINANCING_AGREEMENT = re.compile("的?[\u4e00-\u9fff]{0,8}?(?:金融|融资|授信|信贷|银企|银政)(?:战略)?合作(?:框架)?协议")
# A company's dividend (派发现金红利, 股息, 向全体股东分红): a return to its owners, no money granted (§6), whether
# declared or only proposed (拟…派发); not a village collective's 分红资金 shared out to its members.
_DIVIDEND = re.compile("股息|派息|(?:现金|派发|分配)(?:红利|股利)|红利(?:派发|分配)|现金分红|分红派息"
                       "|(?:向|给)[^，。；]{0,6}股东[^，。；]{0,12}?(?:分红|派发|分配|派送)"
                       # (公司拿出5000万元为股东分红, …用于股东分红: the company's dividend, §6 tenth round; not 合作社为股东分红, a
                       # collective's to its members, _MEMBER_DIVIDEND)
                       "|(?P<for>(?:为|用于)[^，。；]{0,6}股东[^，。；]{0,4}?分红)")
# A body's yearly budget told as its level (每年的经费只有3万元, 每年经费仅有…, 一年的办公经费不足…).
# (the year and the budget noun shared with _YEARLY_BUDGET_REACHED)
# (每年度? alone, with no 一年, is the yearly habit's lead below)
_EACH_YEAR = "每年度?"
_EVERY_YEAR = f"(?:{_EACH_YEAR}|一年)"
_BUDGET_NOUN = "的?[\u4e00-\u9fff]{0,4}?(?:经费|预算)"
_YEARLY_BUDGET_LEVEL = re.compile(f"{_EVERY_YEAR}{_BUDGET_NOUN}(?:总共|总计)?"
                                  "(?:只有|仅有|仅仅|仅|才|不足|不到|只)约?$"
                                  # (国家体委每年给地方体委的经费只有2000万元, 每年拨给研究所的经费仅有…: the giver and the
                                  # recipient told before the noun; the word of "only" still tells the yearly level)
                                  f"|{_EACH_YEAR}[^，。；,;\\d]{{0,12}}?的(?:经费|预算)(?:总共|总计)?(?:也|都)?"
                                  "(?:只有|仅有|仅|才|不足|不到|只)约?$")
# A body's yearly budget told as a level it reaches (学校每年科研经费超过2亿元, 年度科研经费达3.5亿元, 年均科研经费逾1亿元):
# the size of its budget, a budget figure like 每年的经费只有… (§6), not money granted to anyone. Only with no verb of
# granting in the clause (获批年度科研经费500万元, 每年安排科研经费…: money handed over) nor after the amount
# (_GRANTED_AFTER). A named year's budget (2024年度, 二〇二三年度, 今年度科研经费达3.5亿元) is a level only with a verb
# of a level: alone (其中2024年度科研经费3000万元) it may be one year's money handed down.
_YEAR_BUDGET_LEVEL_VERBS = "(?:超过|超|逾|达到?|高达|将近|接近|近|突破|保持在)"
# (超过, 突破, 逾 may open the amount's own span, values.py's approximate marks: the pattern is searched up to past them)
_LEVEL_APPROX = re.compile("超过|突破|逾|将近|接近|近|超")
# (年度科研经费投入超过6000万元: the budget's spending, 经费投入, a noun of the level like 经费总额; see _giver_before)
# (每年的科研经费都在2000万元左右, 每年经手的物资加工、订货经费都在1000万元以上, 每年管理的防汛资金均在…: a standing level told
# with a word of habit, 都/均/一般, after the money's noun, GUIDELINES §6 twenty-third round: a standing yearly level is a
# statistic; the noun may then follow a longer description of the money, no verb of granting to anyone in it)
# Money a body holds in custody or on its books at a date (农经站到9月底代管村有资金1041万元, 代管的村集体资金有860万元,
# 合作社账上有资金150万元): a balance held, like money left over (结余资金) or a loan balance, no money granted, allocated or
# paid (GUIDELINES §6: audit and budget figures, balances); not money handed to an account (拨付到村账上…: a verb of
# granting in the gap keeps it).
_HELD_BALANCE = re.compile("(?:代管|托管|代为保管|账上|账面上?|账户上?|存有|结存)[^，。；\\d拨发投捐划补奖付汇转]{0,10}?"
                           "(?:有|共有|尚有|还有|存有)?(?:资金|存款|现金|款项)(?:有|共有|尚有|还有|达|约)?约?$"
                           "|(?:代管|托管|账上|账面上?|账户上?)[^，。；\\d拨发投捐划补奖付汇转]{0,10}?(?:有|共有|尚有|还有|存有)约?$")
# Money told only as there being so much of it (有X被转移到国外, 有X的个人金融资产, 共有X资金流入了股市; 据…估计，…共有X资金投入了
# 这些投资计划): a holding or a flow of a market, a statistic, with no payer granting it (GUIDELINES §6 statistics and
# holdings, twenty-eighth round; thirty-second round). ``there`` is read right before the amount, ``what`` right after it;
# money put in (投入) only with an estimate or a count opening the sentence (_ESTIMATE_OPENING); 有X用于… and 有X被用于…,
# 被拨付… (a use, a grant) stay.
_MONEY_THERE = re.compile("(?<![没拥持享具占])(?:共|约|就|竟|已|又|还)?有(?:超过|近|约|逾|高达|多达)?$")
_MONEY_THERE_WHAT = re.compile("(?:左右|以上|之多)?(?:的[^，。；,;\\d]{0,10}?(?:资产|储备|存款|储蓄|积蓄)"
                               "|(?:的)?(?:资金|存款|外资|游资|热钱)?(?:被(?!用|拨|安排|分配|投|捐|奖|发放|划拨)|流入|流向|流出|涌入|外流|外逃))")
_MONEY_PUT_IN_AFTER = re.compile("(?:的)?资金投入了?")
_ESTIMATE_OPENING = re.compile("^[^，。；]{0,4}?据[^，。；]{0,16}?(?:估计|估算|统计|测算)")
# (县财政拨付到村账户上资金100万元: money handed to the account, a verb of granting or paying in before it in the clause)
_HELD_BALANCE_PAID_IN = re.compile("拨|发放|划转|汇入|转入|打入|存入|投入|下达|安排|补助|奖励|捐")
_LEVEL_HABIT = "(?:都|均|一般|通常|大都|大多|基本)"
_YEARLY_BUDGET_REACHED = literal_gated(first_char_gated(re.compile(f"(?:(?:{_EVERY_YEAR}|(?<![\\d年〇零一二三四五六七八九今本上去明])年度|年均){_BUDGET_NOUN}"
                                                                   f"(?:总额|总量|规模|投入|支出)?{_LEVEL_HABIT}?"
                                                                   f"(?:{_YEAR_BUDGET_LEVEL_VERBS}|约|在|有|为)?"
                                                                   f"|{_EACH_YEAR}[^，。；\\d为向给]{{0,12}}?(?:经费|预算|资金){_LEVEL_HABIT}"
                                                                   f"(?:{_YEAR_BUDGET_LEVEL_VERBS}|在|有)"
                                                                   f"|年度{_BUDGET_NOUN}(?:总额|总量|规模|投入|支出)?{_YEAR_BUDGET_LEVEL_VERBS})约?$")))
# 特区政府今年教育经费预算达六十五亿元, 本年社福预算高达三十亿元: this year's budget for a field told as the level it reaches,
# a budget figure like 年度科研经费达… (§6 fourteenth round: a yearly budget told as a level; eighteenth round: a budget line
# for a whole field with no use stated); only with a verb of a level (not 今年教育经费3亿元, which may be money handed down),
# and the use stated after it keeps the money (…，用于兴建学校: read by the caller).
_THIS_YEAR_BUDGET_REACHED = re.compile(f"(?<=[今本])年{_BUDGET_NOUN}(?:总额|总量|规模|投入|支出)?{_YEAR_BUDGET_LEVEL_VERBS}约?$")
# A body's, a field's or a scheme's money told by its size (办学经费总额约为2亿元, 该计划今年的拨款总额约为三千万元,
# 今年全市扶贫资金规模达到3.5亿元, 教育经费总量为5.6亿元): a size noun after the money's noun states a level, a statistic like
# a yearly budget's level (GUIDELINES §6 twenty-third round: 为, 是 and 达 state a level; thirtieth round), whatever the year
# word; not the size of money raised, donated or signed (善款总额, 签约资金总额, 基金规模: a fund's size at its signing, §6
# twentieth round) nor a project's own total (该项目资金总额: _SIZE_LEVEL_OWNER), and not with a verb of granting before
# the noun or a handing down or use after the amount (read by the caller).
_SIZE_LEVEL = re.compile("(?:经费|拨款|资金|预算|支出|开支)的?(?:总额|总量|规模|总盘子)"
                         "(?:已经?|仍|约|仅|只|每年|一年)?(?:为|是|达到?|高达|超过|超|逾|突破|约为|在|有|将近|接近|近|不足|不到)?约?$")
# (the owner or kind of the money before its size noun: money raised, given or signed, a fund set up, or a project; and
# research money, which a university or hospital receives: 研究经费总额突破…, 学校科研经费总额突破15亿元, funding received
# by §6 eighteenth round)
_SIZE_LEVEL_OWNER = re.compile("捐|募|筹|善款|签约|签订|签署|合同|协议|基金|项目|工程|融资|投资|贷款|科研|研究|研发")
# (a body's running total since a start, 基金设立10年来…资助经费总额达6693万元: money granted since founding,
# recorded as stated, §6 eighth round; searched over the sentence before the amount; not 长期以来, a habit told of the
# support, no start of a tally)
_SIZE_LEVEL_SINCE = re.compile("累计|(?<!长期)(?<!一直)以来|年来|成立|设立")
# A body's yearly spending told as a standing habit by its verb (据悉，学校每年投入奖励经费10万余元; 公司每年设立奖学金200万元;
# 集团每年都投入公益资金500余万元): the size of its yearly budget for a field, a level like 每年的经费只有… (§6 budget figures,
# a year's spending on a field, sixteenth round), no money granted to anyone; read only with no use after the amount
# (_ALLOCATED_AFTER, _PURPOSE_ACT), no recipient before it (为每个幸福院每年拨付…: a share) and no start this year
# (今年起每年提供…, which §6 keeps). A clause going on with another fund of the same habit (学校每年提取4%设立奖助学金，
# 另设专项奖学金200余万元) shares its 每年 (_YEARLY_HABIT_CARRIED).
_YEARLY_HABIT_VERBS = "投入|设立|设置"
_YEARLY_HABIT_FUND = "(?:经费|资金|奖学金|助学金|奖助学金|奖教金|奖励金|奖金|基金)"
# (每年, not 每人每年…: a yearly share of each recipient)
_YEARLY_HABIT_YEAR = f"(?<!每[人户生名个村校所家队]){_EACH_YEAR}"
# The fund and the words of its total up to the amount, shared by the habit and the fund carried on with it.
_YEARLY_HABIT_FUND_TAIL = f"[^，。；\\d为向给]{{0,8}}?{_YEARLY_HABIT_FUND}(?:共计|合计|总计|共|约|达到?|超过|逾)?$"
_YEARLY_HABIT = re.compile(f"{_YEARLY_HABIT_YEAR}(?:都|均|还|固定|坚持|至少)?(?:{_YEARLY_HABIT_VERBS})"
                           + _YEARLY_HABIT_FUND_TAIL)
_YEARLY_HABIT_CARRIED = re.compile("\\s*(?:另|还|并|同时|再)(?:设立?|设置|投入)" + _YEARLY_HABIT_FUND_TAIL)
# (仪式上，华信集团宣布每年设立奖学金100万元; 签订助学协议，根据协议，集团每年投入…: a yearly sum pledged at the event or
# committed under the agreement signed there is funding, §6 twenty-first round second part and twenty-third round; the
# signing itself is read by _signing_act)
_YEARLY_PLEDGED = re.compile("宣布|承诺|认捐|(?:根据|按照|依据)(?:该|此)?(?:协议|合同)")
_YEARLY_HABIT_LEAD = re.compile(_YEARLY_HABIT_YEAR)
_STARTS_THIS_YEAR = re.compile("(?:今年|本年|当年|从今年|自今年)(?:起|开始)")
# A yearly sum a body will provide from next year on (明年起每年提供新台币50万元, 自明年开始，每年编列…): a standing
# yearly amount whose first payment is still ahead, only intended (§6: money put off to a later time; a yearly budget
# level is no funding).
# A standing yearly sum named as what a change applies to (准备对每年向该地区提供的15亿美元的援助资金追加30%, 对每年拨给研究所
# 的500万元经费削减一成): the yearly level the change is reckoned on, a statistic like 每年的经费只有… (§6 budget figures,
# thirty-seventh review round), no money granted; the change itself is told as a share, no amount.
_YEARLY_LEVEL_CHANGED_BEFORE = re.compile(f"对{_EACH_YEAR}[^，。；\\d]{{0,16}}?(?:提供|给予|拨付|拨给|援助|资助|投入|支付|拿出)[^，。；\\d]{{0,10}}?的$")
_YEARLY_LEVEL_CHANGED_AFTER = re.compile("的?[^，。；\\d]{0,24}?(?:追加|增加|提高|削减|减少|压缩)")
_YEARLY_FROM_NEXT_YEAR = re.compile("(?:明年|来年|明年度|下年度|下一年度?)(?:起|开始)[，,]?[^，。；]{0,10}?每年度?[^，。；\\d]{0,12}?$")
# An asset bought with the amount, the verb of buying right after it (斥资9亿元购置厂区土地, 以3亿元收购某公司股权, 斥资…买下
# 办公大楼): a purchase price, the value of what is bought (GUIDELINES §6: the value of goods bought is no funding; a
# supply or sales contract is trade between parties); not money for building or equipping (投入500万元建设…, 购置设备: the
# asset words are land, buildings and stakes only).
# (投资者一次投入2.5万元至3万元，认购庄园一个单元: a share of an estate subscribed, the verb after the amount's comma; 认购 a
# verb of buying, a unit or a share what is bought, §6 thirtieth round)
_ASSET_BOUGHT_AFTER = re.compile(r"\s*[，,]?\s*(?:用于|用以|用来)?(?:购置|购买|收购|买下|购入|承购|竞得|投得|认购)[^，。；,;\d]{0,10}?"
                                 "(?:土地|地块|用地|厂房|厂区|股权|股份|房产|物业|大楼|大厦|办公楼|楼宇|商场|酒店|单元|份额)")
# A firm, a stake or licences bought with the amount, in its clause or the next (斥资48亿美元收购某公司; 出资35亿美元，收购
# 某软件公司; 签订近1亿元的版权协议，订购40万套操作系统): a purchase price, trade between parties (§6 sixteenth round, the
# value of goods bought), no money granted.
_FIRM_BOUGHT_AFTER = re.compile(r"(?:的?[^，。；\d]{0,8}?(?:协议|合同)?[，,])?\s*(?:并|以)?(?:用于|用以|用来)?(?:收购|并购|兼并|买下|购入|订购)"
                                r"[^，。；]{0,16}?(?:公司|企业|集团|股权|股份|控股权|版权|软件|专利|许可证?|操作系统)")
# A stake won with the amount by a bid, told after a bracket or 中标 (以23亿美元（超过基价50%）中标，购得这家公司70%的股份;
# 以5亿元竞标成功，获得该厂60%股权): the price of shares bought, trade between parties like a firm bought (§6 sixteenth round;
# thirtieth round), not a contract won for works (以1.2亿元中标…项目, which §6 keeps).
_STAKE_BOUGHT_AFTER = re.compile(r"\s*(?:[（(][^（()）]{0,40}[)）])?(?:中标|竞标成功|竞购成功|胜出)?[，,]?\s*(?:并|从而|成功)?"
                                 r"(?:购得|买下|收购|获得|取得|受让)[^，。；]{0,16}?(?:股权|股份|控股权)")
# A currency changed into another with the amount (拿出460美元，以1美元兑33铢换成泰币): an exchange, nothing granted (§6
# opening: money granted, allocated, invested, raised, paid or awarded; an exchange transfers nothing).
# Currencies named by a word of their own (not …元, …币 nor …镑), as an exchange's target and a loan's amount read them:
# one list for both (_EXCHANGED_AFTER, _LOAN_GRANTED); no word in it is the start of another word of either alternation,
# so their order there changes no match.
_NAMED_CURRENCIES = "铢|卢布|比索|法郎|马克|卢比"
_EXCHANGED_AFTER = re.compile(r"[^。；]{0,16}?(?:换成|兑换成|兑成|换为|兑换为)[^，。；\d]{0,4}?"
                              r"(?:[\u4e00-\u9fff]币|[日美港欧澳]元|英镑|" + _NAMED_CURRENCIES + "|林吉特|盾)")
# A level of money put in to date, told with 已/就/累计 before 达 (群众自我投入已达380万元; 5年中投入的技改资金就达6亿多元;
# 引资累计超过3亿元): a statistic (§6 twenty-third round: 为, 是 and 达 state a level), not money granted at a reported
# event; a project's own total without such a word (投资达10亿美元的某工程) stays. (投资已达 is left out: the probe gold
# keeps a firm's 在中国的实际投资已达10亿美元, see the a2fs report; and only the money's own noun may stand between,
# not 研发的累计投入上已超过…, which the page gold keeps.)
_SPENT_LEVEL = re.compile(r"(?:投入|引资)(?:的[^，。；\d为向给]{0,6}?(?:资金|经费|款))?(?:已经?|就|累计|总计)(?:达到?|超过|突破|逾)?了?约?$")
# A running total of money put in to date (截至目前，…累计投入劳动积累工75亿个，投入各类资金326亿元): the same statistic;
# to-date words before the amount's clause, the verb in its clause, no giver or recipient and no use after (§6 eighteenth round:
# a running total of investment told as background).
_TO_DATE = re.compile("截至目前|截止目前|到目前|迄今|至今|目前为止")
_SPENT_TO_DATE = re.compile(r"\s*(?:累计|共|已)?投入(?:各类|各项)?(?:资金)?[^，。；\d为向给用]{0,6}?(?:达到?|约)?$")
# The price of one item right after the amount (4万元一台的取书小车, 300元一件).
# What a sum buys told right after it (花二百元人民币便能欣赏一年的演出, 交30元即可参观, 只需10元就能办理): the price of a
# service or an entry, no money granted (GUIDELINES §6 thirty-second round; prices, §6).
_SERVICE_PRICE_AFTER = re.compile("(?:人民币)?[，,]?\\s*(?:便|就|即)(?:能|可)")
# A conversion in brackets right after a quantity of money (3亿谢克尔（合8600万美元）, 5亿卢布（约合800万美元）): ``q`` ends
# the quantity restated, the bracket's start is where the amount's clause reads up to.
# (5亿铢（约1000万美元）, （大约2500万美元）, （1200万美元）: a bare 约 or no word in the bracket restates the quantity as well,
# GUIDELINES §6 thirty-third round; with no word only in another currency, checked by the caller: 5亿元（其中3亿元…） is a part)
_BRACKET_CONVERSION = re.compile("(?P<q>[\\d.一二三四五六七八九十百千万亿两]+[^\\d（(，。；,;）)]{1,4})[（(]"
                                 "(?P<word>约合|合|折合|相当于|大约|约为|约)?(?:人民币)?约?$")
_PRICE_EACH_AFTER = re.compile("[一每](?:台|件|辆|套|部|只|张|瓶|架)")
# A price noun the amount qualifies (以每单元2.5万元至3万元不等的标价招募投资者, 以每吨2800元的收购价, 以3000元的高价): the amount
# is a price, no money granted (§6: prices are no funding; thirtieth round), whoever pays it.
_PRICE_NOUN_AFTER = re.compile("(?:左右|上下|不等)?的(?:标价|价格|售价|报价|价钱|单价|高价|低价|底价|票价|房价|地价|[收采]购价|出厂价|零售价|批发价|成交价|拍卖价|起拍价)")
# A gift of one item told with its value (捐赠价值300万元一台的CT设备): the gift's value, funding (§6 gifts in kind).
_GIFT_VALUED = re.compile("(?:捐赠|捐献|捐出|赠送|捐)[^，。；]{0,16}?(?:价值|折合)约?$")
# A village collective's or cooperative's dividend paid to its members (为86户社员分红23.6万元, 村集体经济分红120万元,
# 发放分红资金86万元): money paid out, funding (§6 ruling), unlike a company's dividend (_DIVIDEND).
_MEMBER_DIVIDEND = literal_gated(first_char_gated(re.compile("(?:社员|村民|成员|农户|群众|脱贫户|[村组]集体(?:经济)?|合作社|股份经济合作社)[^，。；\\d]{0,6}?分红"
                                                             # (向全村1180名股民分红: a village's shareholding members, not a listed company's investors)
                                                             "|(?:全村|本村|村集体|全组|全社区|经济合作社)[^，。；]{0,10}?股民[^，。；\\d]{0,6}?分红"
                                                             "|分红资金")))
# Money set aside from a collective's fund or surplus for a stated use (提取公积公益金15万元，用于村内道路维修, 从集体收益中提留
# 8万元用于…, 拿出部分盈余20万元，用于…): money allocated, funding (§6 ninth round: a surplus is none, money set aside from it
# for a use is); not a fund's balance (公积金余额15万元) nor a member's housing-fund withdrawal (_HOUSING_FUND).
_SET_ASIDE_FOR = re.compile("(?:(?:提取|提留|提拨|划出|拿出)[^，。；\\d]{0,12}?(?:公积公益金|公益金|收益|盈余)"
                            "|(?:公积公益金|公益金|收益|盈余)(?:中|里)?(?:提取|提留|提拨|划出|拿出))"
                            "[^，。；]{0,16}?元[，,]?\\s*(?:专项|全部|主要)?用于")
# A village collective or a cooperative paying out before the amount (村股份经济合作社拿出120万元用于股东分红): its
# shareholders are its members (§6 ninth round), unlike a company's.
_COLLECTIVE_PAYER = re.compile("[村组]集体|合作社|经济(?:联合)?社|村委会?|村民委员会"
                               # (王家村召开分红大会，拿出30万元用于股东分红; 社区拿出50万元为股东分红: a village or a
                               # community paying its shareholding members, named by the place)
                               "|村(?![民委里内外])|社区|分红大会")
# A company named before the amount (某集团在王家村召开股东大会…): its dividend, whatever village the meeting is held in.
_COMPANY_PAYER = re.compile("公司|集团|上市|股份有限|控股")
# A clause that only totals what the clause before pays out (，合计派发1.05亿元, ，共计分配…).
_TOTAL_PAID_OUT = re.compile(r"\s*(?:合计|共计|总计|共|累计)(?:派发|分配|发放|派送|分红)?(?:现金)?(?:金额|总额)?(?:达到?|为)?约?$")


def _restating_line(text: str, pos: int) -> bool:
    """Whether the line of ``text`` holding offset ``pos`` is a headline-like line or a summary line, whose
    amounts the body states again (总投资超100亿元 in 摘要：… above 项目总投资102亿元)."""
    return heading_like(text, pos) or summary_line(text, pos)


# An amount with no figure, its order of magnitude only (千万元, 亿元, 超百万美元): a headline's rounding of any body
# amount of that order.
_BARE_MAGNITUDE = re.compile("(?:上|超|逾|过)?[十百千]?[万亿]+[^\\d一二三四五六七八九两几数]*")
#: A headline amount within this share of a body amount restates it (逾1.1亿元 for 1.12亿元).
HEADLINE_ROUNDING = 0.1
#: ...and within this share when the headline's is approximate (超百亿元 above 120亿元).
HEADLINE_ROUNDING_APPROX = 0.3
# An amount followed by its value in another currency is an exchange rate (1法郎约合0.16美元).
_RATE_AFTER = re.compile("约?(?:合|折合|兑换?)(?:人民币|美元|港元|港币|欧元|日元|英镑)?约?[\\d一二三四五六七八九十]")
# An amount right after a unit of another currency and 兑 is the other side of an exchange rate (以1美元兑33铢换成泰币,
# 1美元兑换6700印尼盾, 一英镑兑12.5元): a rate, not money granted (GUIDELINES §6 'Not funding: … market figures').
_RATE_BEFORE = re.compile("(?<![\\d.])[1一][^\\d，。；,;]{1,5}?兑换?(?:成|为)?约?$")
#: 1660亿马克（约合920亿美元）: a conversion restates the amount before it (only 约合 starts an
#: amount; 折合/相当于 stand before it and are the lexicon's ``funding_exclude_before``).
_CONVERTED = ("约合",)
# A gift's value right before a 约合 amount (捐赠价值约合人民币300万元的防疫物资): the amount is the value of
# the gift, no conversion of an amount before it.
_GIFT_VALUE_BEFORE = re.compile("(?:价值|捐赠|捐出|捐献|赠送|捐款捐物)$")
#: 数十亿美元, 几十万元: a vague multiplier before the amount.
_VAGUE_BEFORE = ("数", "几")
# A ceiling right before the amount (最高, 最多, 不超过, 上限为).
# (最高补贴3000元, 最多可获得200万元, 最高为每户3000元, 最高每人20万元, 最多的也只有8000元; not 最高人民法院…)
_CEILING_BEFORE = re.compile(r"(?:(?:最高|最多)[^，。；\d]{0,6}?|不超过|不高于|上限为?)(?:不超过|不)?$")
# A sum held within a limit (行政开支控制在2000万港元以内, 管理费用限制在500万元之内, 成本压缩在3亿元以下): the verb of holding
# before the amount and the bound after it make a ceiling, no money granted (§6: ceilings or limits that are not money
# granted); not 安排资金2000万元，将管理费用控制在总额的5%以内 (the bound is a share, the amount before it granted).
_HELD_WITHIN_BEFORE = re.compile(r"(?:控制|限制|限定|压缩|压减|保持|维持)(?:在|到|于)$")
_WITHIN_WORDS = ("以内", "之内", "以下")
_WITHIN_AFTER = re.compile("(?:" + "|".join(_WITHIN_WORDS) + "|内(?![容部外地]))")
# A scheme's usual amount right before it (资助金额一般介乎二百万至一千万港元, 每宗申请一般可获…, 通常为每个项目10万元,
# 原则上不超过…): a rule of the scheme, no money granted (§6: like a ceiling or a standing offer). Only the adverb of habit
# right before the amount, its verb of range or of what may be had between (not 一般公共预算安排…, 一般性转移支付: a
# budget's kind, the money granted).
# (可/可以 before a verb of applying or getting, each rule below reading its own verbs; a verb with 到/了 after it tells
# the money obtained, no rule)
# (可额外获得, 可另领取, 可一次性领取: an adverb of the share between the modal and its verb, the same offer)
_MAY = "可(?:以)?(?:额外|另外|另|再|一次性)?"
_NOT_OBTAINED = "(?![到了])"
# A year in digits, half- or full-width as newspapers print it (2024, １９９７)
_YEAR_DIGITS = "(?:(?:19|20)\\d{2}|[１２][０-９]{3})"
# What one may apply for (符合条件的高校毕业生可申请一次性创业补贴五千元, 可以申领场租补贴3万元): the standard of a scheme open
# to applicants, no money granted (§6: a scheme's usual amount is a rule of the scheme); not 申请到/申领了 (obtained), nor
# 可获得 (a share per recipient, one record, as the tuning gold reads 每名受助学生每年可获得3000元资助).
_MAY_APPLY = re.compile(_MAY + r"(?:申请|申领)" + _NOT_OBTAINED + r"[^，。；,;\d]{0,16}?(?:约|达到?|为)?$")
# A per-head sum a scheme offers whoever qualifies (每名合资格学生可获一次性津贴三千元, 符合条件的毕业生每人可领取…): a rate
# of the scheme, no money granted (§6 fifteenth review round), unless this grant's recipients are counted in the sentence
# (为1560名符合条件的学生每人发放…: a share paid, one record).
# (设籍本县满一年的县民每人可领800元, 年满65岁的长者可获…: the condition told as a relative clause of residence or age, the
# same offer to whoever qualifies; 可领 the bare verb of drawing it)
_QUALIFIED_MAY_GET = re.compile(r"(?:合资格|符合(?:申请)?(?:条件|资格)|合乎资格|(?:设籍|年满|(?<![不未])满[\d一二三四五六七八九十两半]+(?:个月|年|周岁|岁))"
                                r"[^，。；,;\d]{0,12}?的)[^，。；,;\d]{0,12}?" + _MAY + r"(?:获得?|领取?|享受|得到)"
                                + _NOT_OBTAINED + r"[^，。；,;\d]{0,12}?(?:约|达到?|为)?$")
# A body's total of grants over a whole past year told as background (去年全年共批出资助约五亿元, 2023年全年共发放津贴…, 上年度
# 累计拨付…): a past year's tally, no record when no use follows (§6 twenty-first review round, like a year's spending
# with no use); the year and its whole span both written, then a word of a total (共, 累计) before the amount.
_PAST_YEAR_WORDS = "(?:去年|上年|前年)"
_PAST_YEAR = f"(?:{_PAST_YEAR_WORDS}(?:全年|一年|度)|{_YEAR_DIGITS}年全年|上一?年度)"
_YEAR_TOTAL_TAIL = "[^，。；,;\\d]{0,16}?(?:共|合共|总共|累计|合计)(?P<what>[^，。；,;\\d]{0,10}?)(?:约|逾|超过|近|达)?$"
_PAST_YEAR_TOTAL = re.compile(_PAST_YEAR + _YEAR_TOTAL_TAIL)
# ...the period closing the clause before (去年全年，基金共批出资助约五亿元, 该局去年全年，共发放…): the same tally, the
# comma no break.
_PAST_YEAR_LEAD = re.compile(_PAST_YEAR + "[，,]$")
_YEAR_TOTAL_CLAUSE = re.compile(_YEAR_TOTAL_TAIL)
# A bare past year before the total of grants a body approved (基金会去年共批出各类资助约三千二百万元, 上年合共批出…): the same
# tally, 批出 being how a Hong Kong or Macau body tells its grants approved. Other verbs after a bare 去年 (去年共发放资金…,
# 去年共投入资金…) are read by _PAST_YEAR_BARE_GRANT below for the bare money nouns only (a wider reading over every money
# word lost an invented held-out record, §8; the twenty-fourth review round's narrower one moved no part).
_PAST_YEAR_BARE_TOTAL = re.compile(_PAST_YEAR_WORDS + _YEAR_TOTAL_TAIL)
# (the generic words for money granted, one list for the approved total here and the bare grants below; the bare grants
# add 奖励, 奖金 and 善款, which stay out of the bare 去年 reading, kept as narrow as its comment above says)
_GRANT_MONEY_WORDS = "资助|资金|款项|经费|补助金?|补贴|津贴|拨款"
_APPROVED_GRANTS = re.compile(f"批出(?:各类|各项)?(?:{_GRANT_MONEY_WORDS})+(?:总额|金额)?(?:共计|合计|为|达)?")
# A body's total of grants approved over a part of the year gone by, told in the sentence (本年度上半年共审批资助项目1,268个，
# 批出资助金额约9.8亿元; 今年首三季，基金会共批出资助约3亿元): a period's tally like 去年全年共批出资助…, no record when no use
# follows (§6 twenty-first and twenty-fourth rounds: money granted over a past period told as background needs a use).
_PERIOD_GONE = re.compile("(?:本年度|今年|年内)?(?:上半年|首[一二三]季|前[一二三]季度?|[一二三四五六七八九十]{1,2}至[一二三四五六七八九十]{1,2}月"
                          "|\\d{1,2}[-—至]\\d{1,2}月)")
_PERIOD_APPROVED_CLAUSE = re.compile(f"[^，。；,;\\d]{{0,8}}?(?:共|合共|总共|累计)?{_APPROVED_GRANTS.pattern}(?:约|逾|超过|近)?")
# A past year's money granted told as background, read one way for every verb of granting and with or without a word of a
# total (该局上年共发放资金3000万元, 基金会去年批出资助合共约五亿元, 去年，县财政局拨付资金2000万元): no record when the money
# is only a bare 资金/资助/经费/款项/拨款 and no use follows (GUIDELINES §6 twenty-fourth review round, settling the
# twenty-first and twenty-third); a fund named by its aid (发放学生资助资金, 司法救助金) or its recipients (为320名困难学生发放…,
# 向受灾群众发放…) states a use and keeps it. Not a comparison (比上年增加投入资金…, 较去年多安排…): a change, read elsewhere.
_PAST_YEAR_ANY = f"(?<![比较])(?:{_PAST_YEAR_WORDS}(?:全年|一年|度)?|{_YEAR_DIGITS}年全年|上一?年度)"
# (the verbs of granting, one list for this tail and the bare grants below)
_GRANTING_VERBS = "发放|批出|拨付|拨出|下达|投入|安排|支出|提供"
_BARE_PAST_GRANT_TAIL = ("(?:(?![为向给对])[^，。；,;\\d]){0,12}?(?:共|合共|总共|累计|合计)?"
                         f"(?:{_GRANTING_VERBS})了?(?:各类|各项)?(?:资助|资金|款项|经费|拨款)+"
                         "(?:总额|金额)?(?:共计|合计|合共|总共|累计|共|为|达)?(?:约|逾|超过|近|达)?$")
_PAST_YEAR_BARE_GRANT = re.compile(_PAST_YEAR_ANY + _BARE_PAST_GRANT_TAIL)
# ...the past year closing the clause before (去年，县财政局拨付资金2000万元): the same, the comma no break.
_PAST_YEAR_ANY_LEAD = re.compile(_PAST_YEAR_ANY + "[，,]$")
_BARE_PAST_GRANT_CLAUSE = re.compile(_BARE_PAST_GRANT_TAIL)
# What such a total is of, when it names no use: a verb of granting and generic words for money (批出资助, 发放资金); a
# fund named with its use (发放学生资助资金, 发放助学金) keeps the total, a past year's grants for a stated use (§6, eighth
# round, kept in the twenty-first). Money raised or received (募集善款, 筹集资金, 接受捐赠) is no grant: recorded over any
# span, a past year as much as since founding (§6 twenty-third review round), so no verb of raising stands here.
_BARE_GRANTS = re.compile(f"(?:{_GRANTING_VERBS})?(?:各类|各项)?"
                          f"(?:{_GRANT_MONEY_WORDS}|奖励|奖金|善款)*(?:总额|金额)?(?:共计|合计|为|达)?")
# A yearly sum each recipient of a scheme may get, told as a range (各区关爱队每年可获资助四十万至八十万元): the scheme's usual
# amount, no record unless the recipients of this grant are counted (§6 twenty-first review round).
_YEARLY_MAY_GET = re.compile(_EACH_YEAR + r"(?:" + _MAY + r")?(?:获得?|获发|领取|得到|享有)" + _NOT_OBTAINED
                             + r"[^，。；,;\d]{0,8}?(?:约|达|为)?$")
# (the recipients of a scheme's yearly range counted anywhere in its sentence, 今年共有12支队伍获批, bodies and teams
# too, unlike _COUNTED_RECIPIENTS; not a span of time, 为期3个月)
_RECIPIENT_UNITS_COUNTED = re.compile("[\\d一二三四五六七八九十百千两]+(?:名|户|人|位|支|个(?!月|小时|工作日|星期|季度)|家|所|间|队)")
_USUAL_BEFORE = re.compile(r"(?:一般|通常|原则上)(?:来说|而言)?[，,]?(?:每[^，。；,;\d]{1,6})?(?:" + _MAY + r"(?:获得?|申请|领取|得到)?"
                           r"(?:资助|补助|补贴|拨款|奖励)?)?(?:介乎|介于|在|为|是|约为?|达)?"
                           r"(?:每[^，。；,;\d]{1,6})?$")
# A rate per unit of land, weight, livestock, plants, energy, distance, goods or shows before the amount in its clause
# (按每亩100元标准发放, 每头能繁母猪补贴100元, 亩均补贴80元, 为每台农机补贴3000元, 送戏下乡每场补助标准为8000元,
# 对获得发明专利授权的企业每件奖励1万元): GUIDELINES §6 says nothing of rates, and a rate alone is no amount granted; a total stated beside it (…，共发放补贴资金1200万元) is its own record.  A
# share per recipient (每人奖励2000元, 每户补助2万元, 每名学生每年资助3000元) is no such rate: like an 各 amount it is
# one record (§6), as the tuning gold reads it; 每月/每天 amounts are pay-like and left out by the lexicon.
# An average per county, household, village or school before the amount in its clause (县均1.32亿元, 户均补助3万元,
# 村均投入集体经济发展资金20万元): an average gives no amount to anyone (as 人均, 平均 in the lexicon); not 5个村均获得…
# (each of the villages) nor 区、县均成立 (all of them).
_EACH_OR_ALL_BEFORE = "各个两、和及与都"  # (均 after these is "each"/"all", no average)
_AVERAGE_BEFORE = re.compile(f"(?<![{_EACH_OR_ALL_BEFORE}\\d一二三四五六七八九十百])[县户村校乡镇]均"
                             "[^，。；\\d]{0,12}$")
# An average opening an earlier clause of the sentence (平均每户新增面积36平方米，增加投资12万元): the clauses after it that
# each end in a quantity, as it does, list that average's figures, and an amount ending such a clause is an average too
# (§6: an average per household gives no amount to anyone); a clause with a subject of its own after a comma breaks the
# list (…，政府共投入1200万元: an amount of its own, not ending a parallel quantity clause).
_AVERAGE_LEAD = re.compile(f"^[^\\d]{{0,8}}?(?:平均每(?:户|人|个|家|村|县|所|名)|(?<![{_EACH_OR_ALL_BEFORE}])[户人县村]均)")
_QUANTITY_CLAUSE_END = re.compile("[\\d０-９一二三四五六七八九十百千万亿.．]+(?:平方米|立方米|公里|公顷|亩|吨|元|万元|亿元|人|户|套|间|个|%|％)$")
# (the amount's clause a bare predicate, opening on its verb as the average's figures do: 增加投资12万元, 新增收入…; a clause
# opening on anything else names a subject of its own: 合作社投入资金50万元, 村集体投入…, 政府投入…)
_BARE_FIGURE_PREDICATE = re.compile("\\s*(?:再|又|还|另|共|累计)?(?:增加|新增|增收|减少|节约|节省|降低|投入|投资|获得|收入|存款|储蓄)")
# (the amount closes its clause: a comma, a stop or the end follows)
_AMOUNT_CLAUSE_CLOSED = re.compile("\\s*(?:[，,；;。]|$)")
# (the clauses before the amount's, split at commas, semicolons and spaces: a dateline ends at its space)
_FIGURE_CLAUSE_SPLIT = re.compile("[，,；;\\s]")
_GIVER_OR_RECIPIENT_MARK = re.compile("[向为由对给]")


def _average_list_before(text: str, clause_start: int, amount_end: int) -> bool:
    """Whether the amount ending at ``amount_end`` ends a clause (from ``clause_start``) in a list of figures that an
    average opens in an earlier clause of ``text``: each clause between ends in a quantity (_QUANTITY_CLAUSE_END)."""
    if clause_start <= 0 or _AMOUNT_CLAUSE_CLOSED.match(text, amount_end) is None:
        return False
    # (the amount's clause a bare predicate, as the average's figures are: 增加投资12万元; not 市财政拨付补助资金500万元,
    # 合作社投入资金50万元: a giver of its own, nor 向…/为…/由…: a recipient or a giver named)
    own = text[clause_start:amount_end]
    # (…，平均每户2000元，金额合计86万元: a total beside the average is the record, §6)
    if len(own) > 16 or not _BARE_FIGURE_PREDICATE.match(own) or _PUBLIC_GIVER.search(own) \
            or _GIVER_OR_RECIPIENT_MARK.search(own) or _TOTAL_MARK.search(own):
        return False
    clauses = _FIGURE_CLAUSE_SPLIT.split(text[:clause_start].rstrip("，,；; "))
    for clause in reversed(clauses[-3:]):
        clause = clause.strip()
        if not _QUANTITY_CLAUSE_END.search(clause):
            return False
        if _AVERAGE_LEAD.search(clause):
            return True
    return False


# A yearly level per district, village or school of a standing scheme (根据地区小型工程计划，政府每年为每区预留约二千万元;
# 每年给每个村安排10万元): the scheme's rule, no amount granted to anyone (§6: a scheme's usual amount, a yearly budget
# level); not one year's share (今年为每个村安排10万元) nor a total (每年共拨付…).
_PER_UNIT_YEARLY = re.compile("每年(?:为|向|给|对)?每(?:个|一个|所)?(?:区|县|村|镇|乡|街道|社区|学校|校)")
_RATE_PER_QUANTITY = re.compile("每[\\d一二三四五六七八九十两]*(?:亩|公顷|平方米|平米|立方米|吨|头|只|羽|公斤|千克|斤|株|棵|千瓦时|度|公里"
                                # (每架补贴8000元至1.2万元, 每艘渔船补助…, 每套补贴…: aircraft, boats and sets as units)
                                "|千米|台|辆|场次|场|件|架|艘|套"
                                # (晚宴每席餐费为港币8,800元, 每桌3000元, 每围…: a banquet's price per table, a price, §6
                                # "Not funding: prices", whoever pays it)
                                "|席|桌|围)|亩均"
                                # (按每人每次参审100元的标准发放补助, 每人次补贴50元, 每案补贴300元: a rate per sitting,
                                # visit or case, paid per act like one per month or day (§6), no amount granted; the
                                # amount must follow closely, not 每次活动结束后…)
                                # (每胎发放3万元生育津贴, 每例补助2000元, 每宗个案资助…: a rate per birth, per case treated or
                                # filed, the same)
                                "|每(?:人|名|位)?每?(?:人次|次|案|例|宗|胎|孩)(?=[^，。；\\d]{0,8}(?:$|[\\d一二三四五六七八九十两]))")
# An amount changed to another (由新台币1万元提高至2万元, 由每人3000元调高为5000元): the one before is the former standard,
# no money granted now (§6: each stated amount is one record, and this one is no longer stated as granted).
# (由原来的每人2000元, 从原2000元: the former one may be told as such, and per head)
# (由每月3450元调升至3630元, 由每年澳门元9000元提高至9500元: a benefit's period may be written once, before the former
# amount only; named "period", see _PERIOD_RATE_RAISED)
_FORMER_LEAD = re.compile("(?:由|从)(?:原来的?|原)?(?P<head>每人|每名|每户|每位|每生)?"
                          "(?P<period>每(?:月|日|天|周|星期|年|学年))?$")
# A standing benefit per period raised with its period written only before the former amount (长者生活津贴由每月3450元
# 调升至3630元, 敬老金由每年9000元提高至9500元): the new amount is the same period's rate, no money granted (GUIDELINES §6:
# a benefit paid per month or day, set or raised, is a standing rate like pay; a standard per person per year, set or
# raised, is a rate).  A yearly amount counts only for a benefit to persons named before it (敬老金, 津贴, 助学金): a body's
# yearly fund raised (专项资金由每年500万元提高至800万元) is not told per head and is left to the other rules.
_PER_DAY_OR_MONTH = re.compile("每(?:月|日|天|周|星期)")
_PERSONAL_BENEFIT = re.compile("敬老金|养老金|津贴|生活费|生活补助|高龄补贴|残疾人补贴|护理补贴|抚恤金|救济金|低保金?")
# … but a scholarship, a bursary, solace money or a grant name a body's fund as often as the benefit per head
# (华信集团设立的奖学金由每年50万元增加到80万元: the fund's yearly total, the new amount recorded, §6 "a standard
# changed gives the new amount only"): a yearly amount of theirs is a rate only told per head (助学金由每生每年1500元…;
# the cr35 review's A10).
_FUND_OR_BENEFIT = re.compile("助学金|奖学金|慰问金|补助金")
# (提高至新台币2万元, 调高为每月港币4500元: the new amount may repeat its currency word and its period; the match ends
# where the new amount's currency word or figure starts.  This name was once bound twice in this module, and the second
# binding, the purposes' fund verb below (now _FUND_RAISED_TO), was the one read: 调升, 降低 and the rest went unread.)
# The verbs that raise or lower a standard or a fund, before 至/到/为 and the new amount (one lexicon for the rates here and
# the purposes' fund raised, _FUND_RAISED_TO below; the cr35 review's C3).
_RAISING_VERBS = "提高|提升|调高|上调|调升|调增|调整|增加|扩大"
_LOWERING_VERBS = "降低|下调|调低|减少"
_RAISED_TO = re.compile(f"(?:(?:{_RAISING_VERBS}|{_LOWERING_VERBS})(?:至|到|为)|增至|提至|减至|增为)"
                        "(?:每人|每名|每户|每位|每生)?(?:每(?:月|日|天|周|星期|年|学年))?")
# A rate per act of a policy (每吸纳1名登记失业人员补贴1000元, 企业每招用1人，给予一次性补贴2000元, 每培训1人补助800元): the
# standard of a subsidy, paid per hire or per trainee to whoever qualifies, no amount granted to anyone (§6: like a rate
# per unit, a ceiling or a standing offer); a share per recipient named (为30名困难党员每人发放慰问金500元) is none.
# (按每免疫一头猪补助1元的标准, 每收购1吨稻谷补贴20元, 每出栏一头生猪奖励10元: a rate per act on a unit of goods or
# land, a verb between 每 and the counted unit, like 每亩 or 每吸纳1名; not 每年/每月/每人 before a count, a period's or
# a person's share)
_RATE_PER_ACT = re.compile("每(?:新)?(?:吸纳|招用|录用|招收|聘用|安置|吸收|带动|培训|帮扶|转移|招聘|雇用|雇佣)(?:就业)?"
                           "[\\d一二三四五六七八九十两]+(?:名|人|个|户)"
                           "|每(?![年月日周季天期届次批人名位户个家所村镇乡县区])[\u4e00-\u9fff]{1,3}?[\\d一二三四五六七八九十两]+"
                           # (每压1万锭给予300万元补贴: a count in 万 of spindles cut, a rate per unit of capacity)
                           "[万千百]?(?:头|只|羽|亩|吨|公斤|千克|斤|株|棵|台|辆|套|艘|架|公顷|平方米|立方米|千瓦时|锭|纱锭)")
# The further terms of a rate per act told in a later clause of its sentence with no subject of their own (每压1万锭给予
# 300万元补贴，中央和地方财政各承担一半，提供200万元贴息贷款): the clause opens on the verb of providing, so the same act
# is what the money is per (§6: a rate of a policy per act is a standard); a total (共, 累计), a body opening the clause
# (市财政拨付资金500万元) or a fund's noun before the amount (安排补贴资金3000万元: the total allocated under the rate, §6)
# is money of its own.  The verb runs right up to the amount (matched in full over the span).
_RATE_TERMS_GO_ON = re.compile("\\s*(?:并|再|还|另|同时|另外)?(?:提供|给予|发放|补助|补贴|奖励|贴息)约?")
# A sum per show or per event told with 一 and its classifier after the verb of staging, no 每 (排一场拨十几万元, 演一场
# 补贴五万元, 办一台晚会花几十万元): a rate per act like 每场补助8000元 (§6), no amount granted to anyone; not 一次性
# (a one-off sum) nor an event told with its own comma (举办了一场义演，筹得善款10万元).
_PER_SHOW_SUM = re.compile("(?:排|演|办|搞|唱|拍|录|出)一(?:场|出|台|部|台戏|场戏)(?:[\u4e00-\u9fff]{0,2}?)"
                           "(?:就|便|要|得|需|能)?(?:拨|给|补|补贴|补助|花|花费|投|投入|贴|拨款|资助)约?$")
# A sum told as a hypothesis or a concession (即使赞助200万元也不行, 哪怕出资100万元): money no one gave or committed
# (§6 opening: money granted, allocated, invested, raised, paid or awarded; money only intended is no record).
_HYPOTHETICAL_BEFORE = re.compile("(?:即使|即便|哪怕|就算|纵然|纵使)[^，。；,;\\d]{0,8}$")
# An amount of a standing rate per month or day listed by grade after the rate's first item (每月一般干部四百元，科级
# 五百元，处级六百元): each later item is a bare label before its amount, the period told once for the list (§6: a benefit
# paid per month or day, set or raised, is a standing rate like pay: no record).  The label has no verb of granting.
_PERIOD_RATE_LEAD = re.compile("每(?:人|名|户|位)?每?(?:月|日|天|周|星期)")
_RATE_LIST_LABEL = re.compile("\\s*[^，。；,;\\d拨发投捐划付给助贴奖贷安排共计累]{1,6}?(?:为|是)?约?$")
_RATE_LIST_ITEM_END = re.compile("[\\d一二三四五六七八九十百千两〇零]+(?:多|余)?[万亿]?元$")
# A budget or a region's spending on a field told as a level moving between two named years (经费由1990年前每年20万元
# 逐年增加到1997年的300万元; 用于…的经费由1990年的117.6万元增长到1996年的590万元): a series of yearly levels, a
# statistic (§6 fourteenth round: a yearly budget told as a level and a region's spending on a field are statistics),
# not money granted; a standard changed with no years (奖金由1万元提高至2万元) keeps its new amount (§6).
_NAMED_YEAR = "(?:[\\d０-９]{4}|[一二三四五六七八九〇零○]{4})年(?:前|以前|初|底|末|时)?的?"
_FROM_YEAR = f"由{_NAMED_YEAR}"
# (the verb of a level risen to its later value: 增加到, 提高至了, 达到)
_RISEN_TO = "(?:增加|增长|提高|上升|扩大|增|提|升|达)(?:到|至)了?"
_LEVEL_FROM_YEAR = re.compile(f"{_FROM_YEAR}(?:每(?:人|生|户|名))?(?:每年|全年|年均)?约?$")
_LEVEL_FROM_YEAR_IN = re.compile(_FROM_YEAR)
_LEVEL_TO_YEAR = re.compile(f"{_RISEN_TO}{_NAMED_YEAR}(?:每年|全年|年均)?约?$")
# (由1991年每生300元提高到现在的每生每年550元: the former amount of a standard changed up to now is no record either,
# §6 "a standard changed gives the new amount only")
_LEVEL_TO_YEAR_AHEAD = re.compile(f"[^。；;]{{0,40}}?{_RISEN_TO}(?:{_NAMED_YEAR}|(?:现在|目前|如今|今年|去年)的?)")

# A scale of grades headed by its standard (住房津贴标准为：一般干部职工三百五十元，科级干部四百元，处级干部四百五十元):
# each grade's sum is a standard, no money paid (§6: prize money of grades only set up is a standard; a benefit per
# month is a standing rate); the scale has at least two items, each a bare label and its amount.
_GRADED_STANDARD_HEAD = re.compile("标准(?:为|是)?[：:]")
# The items of a scale or a list of rates, split at commas, semicolons and 、; the item right after an amount (compiled
# here once, not looked up in the ``re`` module's cache on each call).
_RATE_ITEMS_SPLIT = re.compile("[，,；;、]")
_NEXT_RATE_ITEM = re.compile("[，,、；;]([^，。；,;、]{1,16})")


def _graded_standard_item(text: str, m_start: int, m_end: int) -> bool:
    """Whether the amount at ``m_start``..``m_end`` of ``text`` is an item of a scale of grades headed by
    _GRADED_STANDARD_HEAD in its sentence: the items from the head to it split at commas and 、, each before it ending
    in an amount, its own a bare label, and another item before or right after it.  Offsets index ``text``."""
    head = last_match(_GRADED_STANDARD_HEAD, text, 0, m_start)
    if head is None:
        return False
    items = _RATE_ITEMS_SPLIT.split(text[head.end():m_start])
    if len(items) > 7 or not _RATE_LIST_LABEL.fullmatch(items[-1]) \
            or not all(_RATE_LIST_ITEM_END.search(item) for item in items[:-1]):
        return False
    after = _NEXT_RATE_ITEM.match(text[m_end:])
    return len(items) > 1 or (after is not None and _RATE_LIST_ITEM_END.search(after.group(1)) is not None)


def _period_rate_list_before(text: str, clause_start: int) -> bool:
    """Whether the clauses of ``text`` before ``clause_start`` (the amount's clause, a bare label) list the items of a
    rate per month or day (_PERIOD_RATE_LEAD): each clause back to the one holding the period ends in an amount
    (每月一般干部四百元，科级五百元，…).  At most six items back are read; offsets index ``text``."""
    clauses = _RATE_ITEMS_SPLIT.split(text[:clause_start].rstrip("，,；;、 "))
    for clause in reversed(clauses[-6:]):
        if not _RATE_LIST_ITEM_END.search(clause):
            return False
        if _PERIOD_RATE_LEAD.search(clause):
            return True
    return False


# Foreign direct investment that flowed into a country or a region, told as a level (外部直接投资为55亿美元, 外国直接投资
# 达30亿美元): capital attracted, a statistic (§6: investment or capital attracted; nineteenth round: 实际利用外资); not
# a firm's outward investment (对外直接投资: its own money abroad, left to the other rules).
_INFLOW_LEVEL = "(?:已经?|累计|共计|总计|合计|全年)*(?:为|达到?|是|约|超过|逾|近|有)*约?$"
_DIRECT_INVESTMENT_LEVEL = re.compile("(?<!对)(?:外商|外国|外部|外来|境外|国外|海外)(?:企业)?直接投资(?:流入)?(?:总?额)?"
                                      + _INFLOW_LEVEL
                                      # (进入拉美地区的外部资金总额为1052亿美元, 去年进入该国的外国企业直接投资约120亿美元:
                                      # capital that came into a region; 吸收的外国投资约30亿美元, 去年共获外资344亿美元:
                                      # capital a country drew in, the same statistic)
                                      + "|(?:进入|流入)[^，。；,;\\d]{0,10}?的(?:外部资金|外国资金|外来资金|外资|外国投资"
                                      "|(?:外国|外商|外部)?(?:企业)?直接投资)(?:总额|总量)?" + _INFLOW_LEVEL
                                      + "|吸收的?(?:外资|外国投资|外商投资|外国直接投资|外商直接投资)(?:总?额)?" + _INFLOW_LEVEL
                                      + "|(?:共|累计)?获得?外资" + _INFLOW_LEVEL
                                      # (对外直接投资累计额达7116亿美元, 国外对美国直接投资累计额…: a stock of direct
                                      # investment over the years, a running total like 累计吸引外资, §6)
                                      + "|直接投资(?:累计额|存量|累计总额)" + _INFLOW_LEVEL)
# A standard per person per year, set or raised (财政补助标准将提高至每人每年700元, 补助标准为每人每年1200元): a standing
# rate like one per month (§6, eleventh review round), told by a word of standard or of raising in the clause; not a
# share to recipients counted in the clause (为30名困难学生每人每年资助3000元: one record, like 每人奖励2000元), nor a
# share per recipient per year with no such word (每名受助学生每年可获得3000元资助, 对参保居民每人每年补助1200元: one
# record, as the tuning gold reads it), nor a giver's yearly share (每位捐赠人每年出资16万美元: money given).
# (入选者…每人每年有10万元的特聘教授津贴: an entitlement that holders of a post have, 享受/有, a standard as well)
# (每个市级“三馆”每年50万元: the unit counted may be quoted)
_PER_HEAD_YEARLY = re.compile("每(?:人|户|生|(?:名|位|户|个)(?:(?!捐|出资)[\u4e00-\u9fff“”「」]){0,6}?)每(?:年|学年)")
_STANDARD_SET = re.compile("标准|提高|提升|调高|上调|调升|增至|提至|调整(?:为|至|到)|享受|享有|每(?:年|学年)有")
# (按每人每年1200元的标准…: the standard word right after the rate's own amount)
_STANDARD_AFTER = re.compile("的?标准")
# (按每个市级“三馆”每年50万元、每个县级“三馆”每年20万元的标准…: a further rate listed after it, the standard word closing the
# list)
_RATES_LISTED_AFTER = re.compile("、每[^，。；]{0,30}?的?标准")
_COUNTED_RECIPIENTS = re.compile("[\\d一二三四五六七八九十百千两]+(?:名|户|人|位)")
# Prize money per winner or team in a contest's prize scale (一等奖奖金每人3000元, 奖金每队500元): a standard (§6, eleventh
# review round), unless told as handed over (一等奖获得者每人获得奖金5000元, 每队颁发奖金1万元: the verb before the money).
# (为获奖者颁发奖金每人500元: a verb of handing over before the prize money, money paid)
_PRIZE_HANDED = re.compile("颁发|发放|领取|兑现|兑付")
# (获奖选手获得奖金每人1000元, 对获奖选手给予奖金每人…: a verb of receiving or giving governing the prize money right
# before it, money handed over at the event; not 获得 earlier in the clause, 获得一等奖的队伍奖金每队2000元: the scale)
# (由市长颁发奖牌，并致赠奖金每人新台币1万元, 赠送奖金每人…: a verb of presenting, Taiwan copy's 致赠, money handed over too)
_PRIZE_GIVEN_RIGHT_BEFORE = re.compile("(?:获得|获|给予|发给|奖励|致赠|赠送|赠予|致送)了?$")
# (每部获奖作品奖金10万元, 每支获奖队伍奖金5000元: the work or team each prize goes to before the prize money, the same
# scale; a person counted that way is left to the rules of shares, 为12名获奖者每人奖金…)
_PRIZE_SCALE_PER = re.compile("奖(?:金|励金)(?:标准)?(?:为)?每(?:人|队|组|名|位|支|件|个|项)(?:为)?$"
                              "|每(?:部|件|项|篇|幅|个|支|队|组)(?:获奖|获[一二三特]等奖的?)?"
                              "(?:作品|项目|论文|团队|队伍|选手|个人)?奖(?:金|励金)(?:标准)?(?:为|是)?$")
# A total in the amount's clause (，共发放补贴资金120万元): the sum paid under such a rate, its own record.
_TOTAL_MARK = re.compile("共|累计|合计|总计|总额")
# The verbs of paying money out that the decline rules share (each adds its own around them): one list, so that a
# widening (兑付 beside 兑现) is one line.
_PAYING_VERBS = "兑现|兑付|发放|拨付|下达"
# The sum paid or allocated under such a rate, told after it past a comma or the rate's closing 标准 (…的企业给予补贴，
# 今年已为32家企业发放补贴资金96万元; 按每吸纳1人补贴1000元的标准发放一次性吸纳就业补贴资金96万元; …，县财政为此安排专项
# 资金500万元): a fund handed out or those paid counted, its own record; not the rate's own amount (，给予一次性补贴2000元).
_PAID_UNDER_RATE = re.compile(rf"(?:[，,]|标准)[^。；]*?(?:(?:{_PAYING_VERBS}|安排|支付|落实|筹措|投入)[^，。；,;]{{0,16}}?"
                              r"(?:资金|经费)|为[\d一二三四五六七八九十百千两]+(?:家|名|个|户|人|位|批))")
# The sum paid under the yearly standard, after the rate and its closing 标准 (按每人每年1200元的标准发放高龄补贴120万元,
# 按每个村每年10万元的标准拨付村级运转经费1500万元): its own record, like _PAID_UNDER_RATE; only the rate is declined.
_PAID_AFTER_STANDARD = re.compile(f"\\d[^，。；]*?标准[^，。；\\d]{{0,4}}?(?:{_PAYING_VERBS}|安排|支付|落实|筹措|投入|下拨)")
_THRESHOLD_AFTER = re.compile(r"(?:以上|以下)的?(?:项目|企业|工程)")
# An amount that qualifies who or what follows (捐赠额超过100万元的18家企业, 1万元以上的236名): a threshold.
_OVER_WORDS = ("超过", "高于", "达到", "逾", "满", "不低于", "不少于")
# What an amount's own text opens with when it is a lower bound (超5亿元, 逾亿元, 上千万元).
_UPWARDS = ("超", "逾", "上")
_OVER_BEFORE = re.compile(f"(?:{'|'.join(_OVER_WORDS)})$")
# (对…的项目, …的236名: those rewarded are counted or are the object of 对; not 总投资超过10亿元的…项目开工)
_QUALIFIED_AFTER = re.compile(r"(?:以上|以下)?的[^，。；]{0,8}?(?:\d+|[一二三四五六七八九十百千两]+)(?:名|家|个|位|户|所|项|人)")
_REWARDED_OBJECT_BEFORE = re.compile("对[^，。；]{0,20}$")
# Goods bought or sold (购买和帮助销售农产品2.3亿元), unless funds pay for them (出资购买).
# A supply or sales contract in the amount's own clause (签订钢材供货合同3亿元): goods traded, no money granted (§6).
# (an import and export 协议 may be a framework between trade bodies: only an export contract or order is goods sold)
_TRADE_CONTRACT = "(?:(?:购销|产销|供销|供货|订货|销售)(?:合同|协议|订单)|出口(?:合同|订单))"
_PURCHASE_BEFORE = re.compile("(?:购买|采购|销售|收购|" + _TRADE_CONTRACT + ")[^，。；]{0,12}$")
# (签订采购协议，签约金额12.6亿美元, 签署采购合同，合同金额3000万元: the value of goods bought, no money granted, §6)
# (双方签订设备供货合同，合同金额约3亿元: a trade contract named in the clause before the amount's, §6 sixteenth round)
# (一道购回…，两枚邮票共耗资220万美元, 拍得, 竞买: goods bought back or at auction, the same price of goods bought)
_BOUGHT = re.compile("买下|买断|购得|购买|收购|购回|买回|拍得|竞买|采购(?:协议|合同|订单|框架协议)|" + _TRADE_CONTRACT)
# A contract to supply goods that the amount is the size of (签订了500亩120万元的小麦购销合同, 3亿元的钢材供货合同): the
# value of goods traded, no money granted (§6, like goods bought); not 投资合同, 建设合同, nor 采购/购买服务 contracts
# told after the amount (a body buying services may be paying for a programme: that reading lowered an invented held-out part).
# (签订3.2亿元出口合同: the contract noun right after the amount, its goods in a few characters between)
_TRADE_CONTRACT_AHEAD = re.compile("(?:的[^，。；的]{0,12}?|[^，。；的]{0,6}?)" + _TRADE_CONTRACT)
# A contract amount told in a clause of its own (…，金额为8亿美元, 合同金额3000万元): the contract is the one the sentence
# named in an earlier clause, so what it buys is read back to the sentence's start.
_CONTRACT_AMOUNT_CLAUSE = re.compile(r"\s*(?:其中)?(?:合同|协议|签约)?(?:总)?金额(?:为|达|约|共计)*$")
# The contract an amount clause of its own sizes: the last one named before it.
_CONTRACT_NOUN = re.compile("协议|合同|订单")


def _contract_named_from(text: str, clause_start: int) -> int:
    """Where to read what the contract before ``clause_start`` buys: from the clause signing the last contract when a
    word names its kind (…签订采购协议后，县政府又与该公司签订投资协议，协议金额为5亿元: the investment agreement's
    amount, no purchase), else from the sentence's start (双方签订合同 after 买下转播权: the bare contract is that purchase;
    …的合同，其中10架为正式合同，金额为…: no new signing, the same contract)."""
    last = None
    for found in _CONTRACT_NOUN.finditer(text, 0, clause_start):
        last = found
    if last is None or last.start() == 0 or text[last.start() - 1] in "订署了的":
        return 0
    own_clause = max(text.rfind(ch, 0, last.start()) for ch in "，,；;") + 1
    return own_clause if _SIGNED_BEFORE.search(text[own_clause : last.start()]) else 0


_REFUSED = re.compile("拒收|拒绝接受|婉拒|退回")
_FUNDS_BEFORE = re.compile("资金|经费|出资|投入|拨|捐|善款|补助|补贴|奖励|扶持|资助|募集|筹集|援助|慰问")
# Money paid against the rules (违规向职工发放加班补贴12.3万元, 擅自提高标准发放): a violation, no grant
# (not 违规建筑拆除补偿资金, 超标准洪水防御工程).
_MISCONDUCT = re.compile("违规[^，。；]{0,12}?(?:发放|使用|列支|支付|报销|收取|收受|收送|扣划|截留)|收受[^，。；]{0,8}?礼|擅自[^，。；]{0,8}?(?:发放|提高|列支|使用|支付)"
                         "|超(?:标准|范围)(?:发放|列支|接待|支付)|违反规定[^，。；]{0,8}?(?:发放|使用|列支)")
# 收受礼金，金额共计3.2万元: gifts taken, also named in the clause before the amount (not 严禁收受…)
# Money meant to open doors (备好3000元礼金准备用来打通“关节”, 疏通关系, 走后门): a bribe, paid or only prepared, no money
# granted (GUIDELINES §6 thirtieth round, a bribe; fortieth review round).
_BRIBE_AIM = re.compile("(?:打通|疏通)[“”\"‘’]?(?:关节|关系|门路)|走后门")
# Money handed back to the one who lost it (将5200万里拉如数归还了失主, 交到失主手中, 物归原主): lost property returned, no
# money granted (GUIDELINES §6 fortieth review round).
_RETURNED_TO_OWNER = re.compile("(?:归还|还给|交还|送还|退还|交给|送回)了?给?失主|(?:交|送|还)(?:到|回)?失主手(?:中|里)|物归[原其]主")
# A clause opened by adding a sum to a rate per month or day told in the clause before (我每月挣100元钱，再加上领到的200元
# 救助): the sum added is paid at that rate too, a standing benefit like pay, no record (GUIDELINES §6 a benefit paid per
# month or day; fortieth review round).
_ADDED_TO_RATE = re.compile("\\s*(?:再|另外|另)?加上")
_BRIBE = re.compile("(?<!严禁)(?<!防止)(?<!杜绝)(?<!禁止)收(?:受|送)[^，。；]{0,8}?礼")
# A bribe or kickback told earlier in the amount's sentence (为了3.5万元的好处费便…，把原本只需要250万元的加工费提高…): the
# figures after it are the case's, no money granted (GUIDELINES §6 thirtieth round: bribes and kickbacks; thirty-fifth round).
_KICKBACK_BEFORE = re.compile("(?<!严禁)(?<!防止)(?<!杜绝)(?<!禁止)(?<!拒收)(?<!拒绝)(?:好处费|回扣|贿赂|贿款|受贿|行贿)")
_GIFT = re.compile("捐|赠|援助|资助|慰问|支援|赞助|调拨")
# 将价值5万元的慰问品送给困难职工: goods of a stated value given to those in need, the giving after them
# (not 送到局长家中, 送到客户手中, 送到粮站出售, 送去检修: a bribe, a delivery, a sale, a repair).
_BENEFICIARY = ("(?:[^，。；]{0,16}?(?:困难|贫困|特困|扶贫|灾区|受灾|灾民|学校|小学|中学|希望|敬老院|福利院|养老院|孤儿|孤寡|老人"
                "|残疾|留守|患者|病人|医院|一线|前线|抗洪|抗疫|边防|官兵|战士|贫困户|低保|五保|老党员|退役军人|军烈属|烈属"
                "|职工|单亲|妇女|儿童|孩子|学生|师生|村民|居民|群众|山区|农村|社区|文化室|图书室|农民工|环卫|助老|助残|助学|基金会|红十字))")
# Goods that are a gift by their name (慰问品, 慰问金): given to whomever they are sent.
_GIFT_GOODS = "(?:慰问品|慰问金|慰问物资|救灾物资|捐赠物资)"
_GIVEN_AFTER = re.compile("的(?:[^，。；]{1,10}?(?:送给|送到|送去|捐给|赠给|捐赠给|赠送给)" + _BENEFICIARY
                          + "|[^，。；]{0,6}?" + _GIFT_GOODS + ")")
# …将近3万元的学习用品送到…小学, 总计480元，汪某自己掏钱买下来，送到了医院: goods of a stated value
# given, or bought with one's own money and given, with no funding word in the sentence.
# (将刚领到的1300元稿费亲自送到助老工程办公室, 把积攒的5000元寄到希望工程: one's own money named and handed over, 的
# left out; the verbs of handing over as a lexicon: a2fm audit, GUIDELINES §6 opening, money donated)
_HANDED_OVER = "(?:送给|送到了?|送去|交到了?|交给|寄到了?|寄给)"
_GOODS_GIVEN = literal_gated(re.compile("(?:元的?[^，。；\\d]{0,10}?|(?:掏钱|自掏腰包|自费|出资)[^。；]{0,12}?)" + _HANDED_OVER
                                        + _BENEFICIARY))
# Goods of a stated value given to someone (为山区学校送去价值5万元的图书, 向受灾群众发放…救灾物资，价值12万元, 为…送去
# …物资，总价值约8万元): a gift in kind, its value the amount (§6); the one given to (为/向/给) before the verb.
_GOODS_VALUED = re.compile("(?:为|向|给)(?P<who>[^，。；]{1,20}?)(?:送去|送来|送上|送出|发放)了?[^。；]{0,30}?价值(?:约|达|共计|合计)?")
# What such a gift is, named before its value or right after it (…送去书包、文具和冬衣等物资，总价值约8万元; 送去价值5万元的
# 图书): goods in kind given away, whoever gets them; other goods count when those in need get them (_BENEFICIARY:
# 为灾区送去价值30万元的帐篷).  An order, a policy or a 红包 of tax relief sent to firms (价值1000万元的海外订单,
# 价值约300万元的减税降费政策) is a market figure or a saving, no gift (§6).
_GIFT_KINDS = ("物资|物品|慰问品|礼品|药品|用品|食品|器具|器材|设备|图书|书籍|书包|文具|衣物|冬衣|棉衣|棉被|被褥|粮油|大米"
               "|食用油|米面|月饼|消费券|购物卡|电脑|口罩")
_GIFT_KIND = re.compile(_GIFT_KINDS)
# The goods right after the value (价值5万元的图书和文具): the noun of the 的 phrase, within its clause.
_GIFT_KIND_AFTER = re.compile(f"的[^，。；]{{0,10}}?(?:{_GIFT_KINDS})")
# Goods handed out with their value after them (义诊活动中发放药品价值2万余元, 分发慰问品，总价值3000元): a gift in kind
# told the other way round (§6); goods bought, seized, recovered or won (购买设备价值…, 追回财物价值…, 奖品价值…) have no
# verb of giving before them.
_GOODS_THEN_VALUE = re.compile("(?:发放|分发|派发|捐赠|捐献|捐出|赠送|送去|送来|送上|送出|带去)了?[^，。；\\d]{0,12}?"
                               f"(?:{_GIFT_KINDS})[^，。；]{{0,10}}?[，,]?\\s*总?价值(?:约|达|共计|合计|总计)?")
# Goods a party puts in or builds for others with their value before them (根据协议，…同时投入价值300万元的智能生产线设备，共建…实训中心;
# 企业向学校投入价值50万元的教学仪器，支持学校建设实验室): money given in kind like a gift (§6 gifts in kind, thirty-third round);
# a thing worth so much put into use (价值1200万元的设备投入使用) or bought stays a value.
_PUT_IN_VALUED = literal_gated(re.compile("(?:投入|援建|捐建)了?价值(?:约|达|共计|合计|总计)?$"))
# The goods so put in, right after the value (的智能生产线设备, 的教学仪器): goods given, or instruments and equipment.
_PUT_IN_GOODS_AFTER = re.compile(f"的[^，。；]{{0,12}}?(?:{_GIFT_KINDS}|仪器|装备|器械|生产线)")
# Goods handed out with their value before them and no one named as given to (现场免费发放价值约2万元的常用药品, 分发
# 价值3000元的慰问品): the mirror of _GOODS_THEN_VALUE, a gift in kind (§6); the goods must follow (_GIFT_KIND_AFTER), so a
# 发放价值… of anything else (价值1000万元的订单) is no gift.
_HANDED_OUT_VALUED = literal_gated(re.compile("(?:发放|分发|派发|送去|送来|送上|送出|带去)了?价值(?:约|达|共计|合计|总计)?"))
# Each counted recipient's share in kind after a grant told in the sentence (…安排资助资金300万元，用于…，每所学校将获得价值
# 6万元的图书和书架): a stated sum to each recipient (§6), told as what each receives; the goods must follow and a word of
# giving stand in the sentence (see FundingExtractor). Not 可获得 (a scheme's rate offered to whoever qualifies, §6
# fifteenth round), nor a prize (奖品, refused by the 价值 check itself).
_SHARE_IN_KIND = literal_gated(re.compile("每(?:所|名|户|位|个|家|间)(?:(?!可)[\u4e00-\u9fff]){0,6}?(?:获得|获赠|收到|领到)了?价值"
                                          "(?:约|达)?$"))
# Customers as the ones given to (某超市给顾客送上价值50元的月饼礼盒, 商场向会员赠送…): a seller's promotional gift, a price
# or an ad (§6), whatever the goods.
_CUSTOMERS_GIVEN = re.compile("(?:为|向|给)(?:广大|新老|到店|进店|每位|每名)?(?:顾客|消费者|客户|会员|用户)")
# Grants that hold a word of the exclusions (低收入, 价格补贴, 税收奖励, 资助学费, 增收产业).
# (年终奖励, 年终奖励资金: a reward or a reward fund, not the 年终奖 of staff; 面值共计50万元的购物卡 states the total of a gift,
# not one coupon's face value; 不设起付线的…补助资金: a deductible qualifying a subsidy's name with 的; 下达…总预算资金3.2亿元:
# budget money handed down, not a body's overall budget)
_GRANT_PHRASE = re.compile("总价值|总预算(?:资金|经费)|低收入|价格(?:临时)?补贴|税(?:收|费)(?:奖励|返还)|(?:资助|减免|补助)学费|学费(?:资助|减免|补助)|增收产业|存款[^，。；]{0,8}捐"
                           "|年终奖励|总面值|面值(?:共计|合计|总计|总额)|起付线?的")
# (an exclusion word's own contexts where it is no statistic, 提拨盈余…, 达成融资意向的企业, are the lexicon's
# ``funding_exclude_allowed``, next to the word)
# The terms of a coupon (满200元减50元; 满200元可抵扣50元, 满100元抵用20元, 满300元立减60元: the voucher's rate whatever its
# verb, GUIDELINES §6 "a voucher's rate (满200减50) is none").
_COUPON_VERBS = "减|赠送?|送|返|抵扣|抵用|抵减|抵|立减|优惠"
_COUPON = re.compile(rf"满[\d.,，一二三四五六七八九十百千万]+元?(?:可|即|就)?(?:{_COUPON_VERBS})[\d.一二三四五六七八九十百千万]+元?")
# A target set, not money granted (下达…任务80亿元, 力争到位资金45亿元, 目标…).
# (1998年全省水利投资将达20亿元, 预计全年投入…, 预计募集善款将超过1000万元: a forecast of a total, nothing granted yet)
# (not a reward for meeting one: 拨付目标任务奖励资金, 完成目标任务考核奖金)
# (1998年铁路要完成基本建设投资480亿元, 计划完成固定资产投资…: a year's work set as a task; not 已完成投资…, nor
# 要完成的民生实事项目投入资金…: the target describes the projects)
# (将争取上级资金5000万元, 计划争取…, 计划再争取… on top of money got: money still to be sought is a target; not 争取到
# nor a plain 共争取, money obtained)
# (not 项目总投资预计1.5亿元: the label of a project's total, weighed as 预计总投资 is, by _TOTAL_BEFORE and the start told)
# How far before the amount a target word governs it: a bare 任务/目标 its object of up to TARGET_OBJECT_REACH characters;
# 力争 (争取实现, 确保完成) a longer one with a year and a noun of money in it (力争2021年到账科研经费突破…, 13 characters:
# widened from 10 to 16 by fzf, d6e51353, for the targets of the fresh set s130).
TARGET_OBJECT_REACH = 10
STRIVE_OBJECT_REACH = 16
_TARGET_BEFORE = re.compile(f"(?:任务|目标)(?!(?:任务|目标)?(?:考核)?奖)[^，。；]{{0,{TARGET_OBJECT_REACH}}}$"
                            f"|(?:力争|争取实现|确保完成)[^，。；]{{0,{STRIVE_OBJECT_REACH}}}$"
                            "|(?:将(?:达到?|超过?|突破)|(?<!总投资)(?<!投资额)预计(?:将)?(?:达到?|(?:提高|增加|提升|上调|增)(?:至|到))?|(?<!总投资)(?<!投资额)预计[^，。；]{1,12}?将|有望达到?)$|(?:估计|预计|预料)(?:能够?|可以?|将会?|会)[^，。；\\d]{0,8}$|(?:要|将要|需要|计划|预计)完成(?![^，。；]{0,12}?的)[^，。；]{0,12}$"
                            "|(?:将|要|拟|计划|准备|努力|力求|全力|预计)(?:再|还|继续)?(?:积极|全力|努力|力争)?争取(?!到)[^，。；]{0,12}$"
                            # (预计再募集500万元, 预计在未来五年内筹集…: money a forecast says will be raised, GUIDELINES §6
                            # fifteenth round, thirty-fourth review round; not 已募集, 共筹集: money raised)
                            "|预计[^，。；\\d]{0,10}?(?:募集|筹集|募得|筹得|筹措|募捐)[^，。；\\d]{0,8}$")
# A target word opening the clause before governs a bare level reached in the next (力争全年引进项目10个以上，招商引资到位
# 资金突破5亿元; 确保…，全年投入达到…): the two are one list of targets, nothing granted yet (§6); a clause with a verb of
# its own (…，已拨付资金…) is no such level.
# (the level word may open the amount itself: 突破5亿元; not 目标明确: no target set; nor a paying verb in the clause, nor
# money obtained: 项目获得省级补助资金达到500万元; nor a target already met: 争取到省级资金支持，确保了项目按期完工)
_TARGET_LEAD = re.compile(r"\s*(?:力争|争取(?![到了得])|确保(?!了)|目标(?:是|为))")
_LEVEL_REACHED = re.compile(r"\s*(?:(?!安排|拨|下达|发放|落实|筹集|投放|兑现|捐|获)[^，。；\d已]){0,16}?(?:突破|达到?|超过|超|不低于|不少于)")
# Money in a crime (非法吸收公众存款2.3亿元, 将扶贫资金18万元转入个人账户): the sentence is about the crime.
# (the sentence for the named crimes; the amount's clause for acts that are crimes only in context;
# not 严禁截留挪用, 防范电信诈骗: a warning or a campaign against them)
_CRIME = first_char_gated("(?<!严禁)(?<!防止)(?<!严防)(?<!防范)(?<!打击)(?<!反)(?:非法吸收|吸收公众存款|集资诈骗|非法集资|高息集资|高息揽储|诈骗|洗钱|涉案|赌博|贪污|受贿|行贿|案发)")
# Foreign exchange bought, sold or swapped right before the amount (用假单据购汇1.3亿美元, 结汇500万美元, 骗汇, 套汇): a
# currency trade or a fraud's figure, no money granted, whatever use follows (GUIDELINES §6 thirty-sixth round).
_FOREX_TRADED = re.compile("(?:购汇|结汇|售汇|换汇|骗汇|套汇)(?:金额|额)?(?:共计?|累计|达|约|近|逾)*$")
# An investor's investment told as a noun with a level reached so far (合作方某集团的投资已达2亿元, 外商投资已超过3亿美元; the
# level's word may be read into the amount, 超过3亿美元): a firm's running total of its investment in a place, a statistic
# like capital attracted (GUIDELINES §6 eighteenth and thirty-sixth rounds); a project's own money to date (该项目的投资已达…)
# is none of it.
_INVESTOR_LEVEL_SO_FAR = re.compile("(?:集团|公司|企业|财团|外商|港商|台商|侨商|外资|合作方|外方|投资方|投资者|投资商)的?投资"
                                    "(?:额|总额)?已(?:经)?(?:累计)?(?:达到?|超过|逾|突破)?$")
# A crime named only as the case that the police solved (为破获…诈骗案的专案组记集体一等功，并给予奖励经费20万元): the
# sentence is about solving it; the crime's own money (破获…诈骗案，涉案金额2.3亿元) is still named by another crime word.
# (破获跨境电信诈骗集团, 瓦解…犯罪网络, 端掉…窝点: the ring broken as well as the case solved, verbs and nouns as lexicons)
_CASE_SOLVING_VERBS = "破获|侦破|侦办|告破|打掉|捣毁|端掉|摧毁|瓦解|铲除"
_CASE_NOUNS = "案件?|团伙|窝点|集团|犯罪网络|链条"
_CASE_SOLVED = re.compile(f"(?:{_CASE_SOLVING_VERBS})[^，。；]{{0,20}}?(?:{_CASE_NOUNS})")
# The commendation a case solved is told for (记集体一等功, 给予奖励经费): only then is the sentence about rewarding the
# solvers; a case told with the money seized or found in it (侦破…诈骗案，查扣资金500万元; 查明该团伙吸收资金1.2亿元)
# stays about the crime (§6: the value of what is seized or recovered is no funding).
_CASE_REWARDED = re.compile("奖励|奖金|经费|嘉奖|表彰|慰问|记[^，。；]{0,6}?功")
# (两年吃掉8万元, 挥霍公款30万元: money squandered, no grant)
# (设有10多亿元人民币和2500多万美元的账外资金, 私设小金库: off-book funds found in a case, crime money, GUIDELINES §6
# thirty-fifth round)
_CRIME_IN_CLAUSE = re.compile("(?<!严禁)(?<!截留)(?<!防止)(?:挪用|侵占|骗取|无法归还|转入(?:其|自己)?个人)"
                              "|(?<!严禁)(?<!防止)(?<!清理)(?<!杜绝)(?:账外(?:资金|账)|小金库)")
# (两年吃掉8万元, 挥霍公款30万元: money squandered right before the amount; not 拨付反对浪费宣传经费5万元)
# Money a case would need, as a consequence (…这样的城市，就需投资上亿元) or by an estimate (据测算，…需投资…): a
# hypothetical cost, nothing granted (a body's plain need, 全年需资金1152万元, stays as stated).
# (如某公司开发一种新芯片要投资10多亿美元: what a kind of work typically costs, told as an example, is as hypothetical)
_NEEDED_BEFORE = re.compile("(?:就|则|便|(?:[比例譬]?如)[^，。；\\d]{2,20}?)(?:需要?|要)(?:相应)?(?:投资|投入|资金|花费|耗资)"
                            "[^，。；\\d]{0,6}$")
# (据估计，修复工程需耗资约八千万元; 预计需花费…: the cost an estimate or a forecast puts on works still to do, read alike for
# every noun or verb of cost, §6 thirtieth round)
_NEED_COST = "(?:投资|投入|资金|耗资|花费|经费|费用|款项)"
_ESTIMATED_NEED = re.compile("(?:(?:据|经)(?:初步)?(?:测算|估算|估计|匡算|预测)[^。；]*?|预计|估计)需要?" + _NEED_COST + "[^，。；\\d]{0,6}$")
_SQUANDERED_BEFORE = re.compile(r"(?<!反对)(?<!反)(?<!杜绝)(?<!防止)(?<!制止)(?<!节约)(?:吃掉|吃喝掉|挥霍|浪费)[^，。；\d]{0,10}$")
# Money on a condition (若夺冠，将给予奖金1000万元), not paid (a plain 将奖励…100万元 is kept: the annotated probes count a
# promised reward). Money a body says it will put in over coming years is funding whatever the order (未来三年，集团将
# 投资…, 集团将在未来三年投资…: the payer commits it, GUIDELINES §6 twenty-third review round; a plan or forecast word,
# 计划/拟/预计, still makes it only intended: _INTENDED_MARK, _EXPECTED_INVESTMENT).
# (只要向MMM投资100美元，就可…: 只要 of a condition as much as 如果, a hypothetical stake, GUIDELINES §6 thirty-first round)
_PROMISED = re.compile(r"(?:若(?!干)|如果(?!说)|如能|倘若|一旦|假如|只要)[^，。；]{0,20}")
# A sample survey's findings (据…对100户农户互赠礼金情况的抽样调查，…互赠礼金高达21025元，人均58.57元): figures of a survey,
# statistics, no money granted (GUIDELINES §6 "Not funding", thirty-first round).
# (接受这次调查的德国企业共199家，在华投资额达25亿美元; 在被调查的企业中…; 参加调查的…: the figures of those a survey asked,
# read like a sample survey's, GUIDELINES §6 thirty-third round)
_SURVEYED = re.compile("抽样调查|问卷调查|入户调查|调查显示|调查表明|调查结果显示"
                       "|(?:接受|参加|参与)[^，。；]{0,8}?调查的|被调查|受调查|受访(?:企业|者|的)")
# A clause 对…的 naming no one is the condition of a standing offer (对提供重要线索协助破案的，给予奖金5万元;
# not 对获奖的10名教师，给予…: those rewarded are named).
_CONDITION = re.compile(r"(?<![^，。；,;\n])对[^，。；,;]{2,30}的[，,]")
# A verb of paying in the amount's clause: the money went out, whatever the condition (会上，对考核优秀的，
# 当场兑现奖金共计20万元).
_PAID = re.compile("兑现|兑付|发放|颁发|发给|拨付|当场")
# Planned or standing sizes (计划投资120亿元, 总规模700亿元): no funding unless a signing or a fund states them.
_PLANNED_SIZE = re.compile("计划投资|总规模|资产规模|管理规模|发行规模")
# Projects planned (全县今年计划实施重大项目150个以上，总投资超过600亿元): the total investment of a plan's projects,
# told in the clause right after it, is a plan statistic, no money granted (§6); not the total of projects started
# or signed (总投资50亿元的项目开工), nor 按计划 (on schedule).  Projects offered to investors are such a plan too
# (会上推介了文旅招商项目8个，总投资约45亿元; 发布了…产业园招商项目，项目预计投资3000万至5000万元; 谋划储备项目120个，
# 总投资800亿元): money sought, nothing invested yet; a signing in the sentence keeps its total (推介会上，现场签约…).
# (计划改造老旧小区86个，总投资约15亿元: works of a kind counted in the plan, as its projects are; a time ahead or 再/还/
# 继续 may stand before the verb: 计划明年再新建幼儿园2所，预计投资6000万元)
# 包装 and 储备 only as verbs of readying projects, not in a kind of project (包装纸项目, 包装材料项目, 储备林项目,
# 粮食储备库项目, 石油储备项目).
# The words of a next step or a later stage of work (下一步, 今后, 接下来, 下一阶段): money or works told after them are
# still ahead (GUIDELINES §6 twenty-second round).
_NEXT_STEP_WORDS = "下一步|下步|今后|接下来|下一阶段|下阶段"
_PLANNED_PROJECTS = re.compile(r"(?<![按依照])计划(?:实施|建设|推进|安排|新建|新开工|开工|续建|启动)[^，。；]{0,20}?项目"
                               # (今年全县将实施重点项目120个，计划总投资356亿元: projects a report says will be carried
                               # out, a plan in the future tense; not 即将/必将, nor projects already started, below)
                               # (公司将启动年产5万吨新材料项目建设, 将动工兴建…项目: a start still ahead, like 将开工)
                               r"|(?<![即必])将(?:要|再|继续)?(?:实施|建设|推进|新建|新开工|开工|续建|启动|动工|开建|兴建)[^，。；]{0,20}?项目"
                               # (方案计划到2026年新增停车泊位5000个: a plan's target year after 到, its works still ahead)
                               r"|(?<![按依照])计划(?:(?:今年|明年|年内|下半年|到?(?:19|20)\d\d年)(?:内|底前?)?)?(?:再|还|继续|将)?"
                               r"(?:实施|建设|新建|新增|改造|改建|扩建|提升|打造|整治)[^，。；、]{1,16}?"
                               r"[\d一二三四五六七八九十两百千]+(?:个|处|条|座|所|项|公里|千米|户|套)"
                               # (推介了新区生物医药产业园、智能装备产业园等招商项目20个: projects offered named in a list
                               # before the counted noun, so the reach of 推介 and of the 招商项目 shown is a list's)
                               r"|推介[^，。；]{0,40}?项目"
                               r"|(?:包装(?!纸|材料|箱|盒|袋|膜|印刷|制品|容器)|策划"
                               r"|(?<![食油气资煤水])储备(?!林|库|粮|油|气|物资|中心|基地|站)|谋划"
                               # (…规划近日印发，规划项目86个、总投资1200亿元; 共规划建设重点项目45个: projects a plan lays
                               # out, the verb or the plan's own list; not a planning bureau, hall or zone, 规划馆项目)
                               r"|规划(?!局|院|馆|展|区|设计|编制|许可|审批|用地|部门|[）)]))[^，。；]{0,20}?项目"
                               # (会上展示了一批待招商项目，总投资额近50亿元: projects shown to investors, still
                               # waiting for them, like 推介)
                               r"|(?:发布|推出|展示|展出|公布)[^，。；]{0,40}?招商(?:引资)?项目|待(?:招商|引资)[^，。；]{0,4}?项目"
                               # (下一步商会还将筹建一所民办学校，计划总投资2亿元; 今后，公司将新建一座污水处理厂，总投资…: the
                               # works of a next step or a later time, whatever is built, still ahead like a plan's projects;
                               # only after a word of a later time, a bare 将建设 being also a signed project's description)
                               # (the word of a later time may close the clause before: 下一步，公司将新建…, seen behind the
                               # clause's start)
                               r"|(?:(?:" + _NEXT_STEP_WORDS + r"|明年|来年)(?:[，,]\s*)?"
                               r"|(?<=下一步[，,])|(?<=下步[，,])|(?<=今后[，,])|(?<=接下来[，,])|(?<=下一阶段[，,])|(?<=下阶段[，,]))"
                               r"[^，。；]{0,8}?(?<![即必])(?:将|要|计划|拟|准备|打算)(?:要|再|还|继续)?"
                               r"(?:筹建|兴建|新建|修建|扩建|改建|建设|筹办|建成)[^，。；]{1,20}")
# The next-step branch of _PLANNED_PROJECTS as matched: the works of a later step, told after its time word (将新建…).
_NEXT_STEP_WORKS = re.compile(r"[^。；]{0,10}?(?:将|要|计划|拟|准备|打算)(?:要|再|还|继续)?"
                              r"(?:筹建|兴建|新建|修建|扩建|改建|建设|筹办|建成)[^，。；]{1,20}$")
# An amount of money between a plan's works and a bare total further on: the total is not the plan's alone.
_MONEY_BETWEEN = re.compile(r"\d(?:\.\d+)?[万亿]?元")
# ...nor with an act done told between (实际完成120个, 已全部建成), or the plan of a past year (去年计划…): works done.
_DONE_BETWEEN = re.compile("实际|已|完成|竣工|建成")
_PAST_PLAN = re.compile("(?:去年|前年|上一?年度?)[^，。；]{0,6}?$")
# The acts that put a batch of projects in hand (现场签约, 集中开工, 竣工投产).
_PROJECT_ACTS = "签约|签订|开工|落地|落户|开建|竣工|投产"
# A start or a completion told of such projects between them and their total (前期谋划的12个重点项目集中开工，总投资38亿元;
# 谋划储备的8个项目已全部开工, 精心策划的26个项目集中开工): projects started, whose total is funding (§6), whatever
# word readied them; not a start still ahead (…项目将于年内开工) nor the plan's own verb (计划新开工项目50个).
_PLANNED_STARTED = re.compile(rf"(?:(?!将|拟|计划|力争|争取|确保|预计|有望|准备)[^。；])*?(?:{_PROJECT_ACTS}|建成|动工)")
# A list of projects a plan or a list names, counted before a bare total (审议通过了2025年重点项目建设计划，涉及项目18个，总投资
# 约46亿元): the plan's total, like projects planned (§6); not the projects of a start or a signing (集中开工涉及项目18个).
# A plan approved or named, its own list told right after it (审议通过《城市更新实施方案》，涉及项目12个, 《…工作方案》，方案
# 包括改造项目8个): the same plan's total, whatever the plan is called.
# A works plan of the year told the same way (介绍了今年老旧小区改造计划，涉及12个小区、1860户，总投资约3200万元; 道路提升计划，
# 包括8条道路): the works it counts are its projects, their bare total only intended; not works told as done or begun
# (_PLANNED_STARTED, _DONE_BETWEEN).
_PROJECT_LIST = re.compile(r"(?:(?:项目|工程)(?:建设|投资)?(?:计划|清单|名单|储备库|计划表)[^，。；,;]{0,6}|(?:方案|规划)》?|计划》"
                           r"|(?<![^，。；,;：:\n])(?:(?!完成|建成|实施了|已|去年|上年)[^，。；,;：:\n]){0,20}?(?:改造|建设|整治|提升|更新)(?:工作)?计划)"
                           r"[，,]\s*(?:(?:该|此)?(?:方案|规划|计划))?(?:共|共计|其中)?"
                           r"(?:涉及|包括|包含|含|列入|共有|安排)(?:[^，。；,;]{0,10}?项目[\d一二三四五六七八九十百千两]+(?:个|项)"
                           r"|[^，。；,;]{0,6}?[\d一二三四五六七八九十百千两]+(?:个|所|座|条|处)[^，。；,;\d]{1,8}(?:[、和及][^，。；,;]{1,16})?"
                           # (计划涉及小区37个, 方案包括街巷26条, 计划涉及农户260户: the works named before their count, the same list)
                           r"|[^，。；,;\d]{1,6}?[\d一二三四五六七八九十百千两]+(?:个|所|座|条|处|户|栋|间|项)(?:[、和及][^，。；,;]{1,16})?)$")
# A verb of entering a list (总投资3亿元的该项目已列入省重点项目库): the project entered, not a list the total qualifies.
_ENTERED = "列入|纳入|入选|进入|入库"
# A list or plan of projects that a total qualifies before it (发布了总投资3200亿元的重点项目清单, 印发总投资45亿元的年度
# 重点工程建设计划): the total of the projects a list names, like a plan's (§6); not a list of projects started or signed
# (总投资86亿元的集中开工项目清单: their total is funding).
_LIST_QUALIFIED = re.compile(rf"的(?:(?!{_PROJECT_ACTS}|{_ENTERED})[^，。；,;]){{0,24}}?(?:项目|工程)(?:建设|投资)?(?:计划|清单|名单|储备库|计划表|库)"
                             r"(?![^，。；,;]{0,12}?(?:已|全部|均)(?:开工|签约|竣工|建成))")
# A plan told as the source of what follows (根据计划，今年全市将新造林5万亩，总投资约3亿元; 按照规划，…将新建…): the works
# still ahead, their bare total only intended (§6: a project only planned); not 按计划 (on schedule) nor works begun or
# finished after the plan's words (_PLANNED_STARTED).
# A plan that itself proposes the works (方案提出三年建设高标准农田10万亩，总投资3亿元; 规划明确，到2027年新建…; 方案确定实施重点
# 项目36个): the same, the plan as the subject of its verb of proposing.
# A speaker's demand that opens with the works still to do (他要求，年内完成12所学校改造，总投资约3800万元; 强调，要确保
# 新建…): a task set, like a plan's (§6: a project only planned); not works told as done (介绍，今年已完成…).
_PLAN_AHEAD = re.compile(r"(?:根据|按照|依照|依据)[^，。；,;]{0,10}?(?:计划|规划|方案|部署)[，,][^。；]*?(?:将|拟|计划|要|预计)"
                         r"|(?:计划|规划|方案|纲要)》?(?:提出|明确|确定)"
                         r"|(?:要求|强调)[，,：:](?:(?!已)[^。；]){0,12}?(?:要|年内|今年内|确保|力争|务必)[^，。；,;已]{0,4}?"
                         r"(?:完成|建成|新建|实施|开工|改造)")
# Works already done between the plan's words and a 将 that only goes on with them (按照部署，全县已完成新造林5万亩，明年将
# 继续推进，总投资约3亿元): the total is of works done, funding (§6); not works done before new ones ahead (…，将新建…).
_DONE_THEN_GOING_ON = re.compile("已(?:全部|基本)?(?:完成|建成|开工|竣工|投产)")
_GOING_ON = re.compile("继续|持续")
# A start still ahead told after a project's total (该项目总投资3.6亿元，计划明年开工; …，预计年内动工): the project is only
# planned, its total no money invested yet (§6: a signed or started project's total is funding, an intended one is not).
# Not a later phase's start (…，一期已建成投产，计划明年开工建设二期; 预计下半年开工二期工程): the project is under way.
_LATER_PHASE = "(?:[二三四五六七八九十]|后续|下一)期|下一阶段"
# (…总投资1.6亿元，即将开工建设; …，明年将动工: 即将 and a time word before the mark are a start ahead as well)
_AHEAD_TIME = "(?:目前|现|近期|今年|明年|年内|下月|下半年|年底前?|不久|随后)"
_START_AHEAD = re.compile(rf"[，,]\s*(?:项目)?{_AHEAD_TIME}?(?:计划|预计|拟|即将|将|力争|争取|准备|预计将|计划将|有望)(?:于|在)?"
                          rf"(?:(?!{_LATER_PHASE})[^，。；,;]){{0,10}}?"
                          rf"(?:开工|动工|开建|启动建设)(?!仪式)(?!(?:建设)?(?:{_LATER_PHASE}))")
# The same project's start told as ahead in a later sentence of the page, referred back to (项目预计总投资86万元。…据悉，该
# 工程计划于12月上旬开工): a project not yet started, its total only intended (§6), like _START_AHEAD in the total's own
# sentence; the page tells no signing or start done (the callers check _ACT_TOLD).
# (not 该项目二期计划明年开工: a later phase ahead, the project under way keeping its total, §6)
_LATER_START_AHEAD = re.compile(rf"(?:该|此|这一|这个)(?:项目|工程)(?:(?!{_LATER_PHASE})[^，。；,;]){{0,4}}?"
                                r"(?:计划|预计|拟|将|力争|争取|准备|预计将|计划将|有望)"
                                rf"(?:于|在)?(?:(?!{_LATER_PHASE})[^，。；,;]){{0,10}}?"
                                rf"(?:开工|动工|开建|启动建设)(?!仪式)(?!(?:建设)?(?:{_LATER_PHASE}))")
# A project named before a later 该项目…开工 in its sentence (另外，文化中心项目正在规划，该项目计划明年开工): 该项目 refers to
# that one, whose start tells nothing of the total's project (see _LATER_START_AHEAD); read in that sentence only, 工程 being
# a common word too (村两委要做好工程质量监督。据悉，该工程计划于12月上旬开工).
_OTHER_PROJECT_NAMED = re.compile("(?<![该此这个一])(?:项目|工程)")
# Counted projects whose start is still ahead, told in the clause right before a bare total (全县还有9个项目计划于下半年开工，
# 计划总投资4.3亿元; 另有5个项目预计年内开工，总投资2亿元): a batch not yet started, its total only intended (§6), whatever
# was started earlier on the page; not a later phase of projects under way (…计划明年开工建设二期).
_COUNTED_START_AHEAD = re.compile(r"[\d一二三四五六七八九十两]+(?:个|项)[^，。；,;]{0,16}?(?:项目|工程)"
                                  r"(?:计划|预计|拟|将|力争|争取|准备|预计将|计划将|有望)(?:于|在)?"
                                  rf"(?:(?!{_LATER_PHASE})[^，。；,;]){{0,10}}?(?:开工|动工|开建|启动建设)(?:建设)?[，,]\s*$")
# A start or a signing told before (…项目开工仪式举行。该项目总投资…; 已开工, 正在建设): the project is under way.
_UNDER_WAY = re.compile(rf"(?<![将拟])(?:{_PROJECT_ACTS}|奠基|动工|开建|建设中|在建|正在建设|已建成|启用)")
# (项目预计投资, 预计总投资, 总投资预计, 该项目总投资, 该项目计划总投资: the label of the total, an estimate or a plan as well; a bare 项目投资 or 投资 too:
# 谋划储备项目120个，项目投资800亿元)
# (该方案计划总投资: a plan referred back to, its total the plan's; only after 该/此, a bare 方案 being no label)
_TOTAL_BEFORE = re.compile(r"\s*(?:该|此)?(?:项目|工程|(?<=[该此])(?:方案|规划|计划))?(?:预计|预期|估算|计划)?总?投资(?:额|总额)?(?:预计|预期|估算)?(?:约|超过|超|达到?|近|逾|为)?$")
# A project named in full before its own total (县科技馆项目计划总投资1200万元, 江城大桥工程总投资12亿元): the same label as
# 该项目总投资, the project written out instead of referred back to; read only where a start still ahead follows the total
# (…，拟于明年开工建设: _START_AHEAD), so the named project is only planned (§6). Not a count of projects (签约项目12个，
# 总投资…: digits and measure words stay out) nor a bare 投资 (县里投资…).
_NAMED_PROJECT_TOTAL = re.compile(r"\s*(?![该此])[\u4e00-\u9fff]{2,20}?(?:项目|工程)(?:预计|预期|估算|计划)?总投资(?:额|总额)?"
                                  r"(?:预计|预期|估算)?(?:约|超过|超|达到?|近|逾|为)?$")
# A plan approved at the meeting in the sentence before (会议审议通过了《…工程实施方案》。该工程计划总投资2.3亿元): the
# project it names is only planned, its total no money invested yet, like a plan's list of projects (§6: a project only
# studied or planned, with no signing, start or works told).
# (not a title that hands money down: 《关于下达2024年县级财政资金计划》 is money granted, §6 fourteenth round; 审议了《…方案》:
# a plan only reviewed, not yet passed, is no nearer to money invested)
# (审议通过了集团2025年度安全环保投入计划: the plan named without title marks, the same plan; not one handed down)
_PLAN_TITLE = (r"(?:审议|研究|讨论)(?:并)?(?:原则)?(?:通过)?了?(?:《(?![^》]*?(?:下达|下拨|拨付))[^》]{2,40}?(?:实施方案|方案|规划|计划)》"
               r"|(?![^，。；,;《》]*?(?:下达|下拨|拨付|的议案))[^，。；,;《》“”]{2,40}?(?:实施方案|方案|规划|计划))")
_PLAN_APPROVED = re.compile(_PLAN_TITLE + r"[^。！？]*$")
# The same plan approved in the clause right before a bare total of its sentence (审议通过了《…城市更新三年行动计划》，计划总投资
# 23亿元): the plan's total, only intended (§6: the total of a plan's list of projects); the title ends the clause before.
_PLAN_APPROVED_CLAUSE = re.compile(_PLAN_TITLE + r"[，,]\s*$")
# The plan's items counted in the clause right before a bare total, in the sentence after the plan approved (审议通过了《…民生实事
# 项目实施方案》。今年全区确定了10大类32项民生实事，计划总投资9.6亿元; 共安排重点工程18个，总投资…): the total of a plan's list
# of projects, only intended (§6), like 该工程计划总投资… after the plan; a count of any kind of works, digits or numerals.
_PLAN_ITEMS_COUNTED = re.compile(r"[\d一二三四五六七八九十百两]+(?:个|项|件|类)[^，。；,;]{0,16}[，,]\s*$")
# The amount inside a proposal's title (审议了《关于拟向子公司增资3亿元的议案》, 审议通过了关于…增资…的议案): money
# proposed for a later decision, not granted (§6 treats proposed loans the same way).
_PROPOSAL_BEFORE = re.compile(r"关于[^，。；《》“”]{0,30}$")
_PROPOSAL_AFTER = re.compile(r"[^，。；《》“”]{0,24}?的?(?:议案|提案)")
# The nouns of a fund paid or set up (奖学金, 慰问金, 补贴, 资金): shared by _FUND_AHEAD_CLAUSE and _FUND_PAID.
# The exclusion words whose amount a headline may restate as if it were money granted (a statistic of investment, an
# intention, a credit line): such an amount is declined, so that the headline's restatement goes too.
_RESTATED_EXCLUSIONS = ("投资", "授信", "额度")
_FUND_NOUNS = "奖学金|助学金|奖教金|救助金|慰问金|奖励金|补助金|抚恤金|优抚金|津贴|补贴|补助|经费|资金|奖金"
# A policy announcing future rewards (我市将对新认定的…企业给予一次性奖励50万元, 将向…给予补助): a standing offer, no
# money granted yet (§6); a decision taken at the meeting (会议决定，对…给予奖励20万元) stays funding.  (an adverb may
# stand between: 将再对…给予, 将继续向…给予)
# (将 of the future with an adverb, shared with _PRIZE_SET_AHEAD, _PRIZE_RAISED_AHEAD and _FUND_AHEAD_CLAUSE; 即将 is
# as much ahead as 将; not 必将, a forecast of an effect, no act planned)
_WILL = "(?<!必)将(?:再|还|另|也|继续|进一步)?"
_POLICY_AHEAD = re.compile(f"{_WILL}(?:对|向|为|给)[^，。；]{{1,30}}?给予")
_DECIDED = re.compile("决定|研究同意|审议通过")
# A reward a body says it will give, its verb after the amounts (区财政将按每个先进集体5000元、每名先进个人2000元的标准给予
# 奖励), in a sentence that tells the event it is given at as still ahead (将于2月上旬召开…表彰大会): prize money of an event
# still ahead, no record (GUIDELINES §6: 届时…奖金总额; prize money of an event still ahead).  The reward's verb may follow
# a list of rates in the clause; only 将 right before the amount's clause's verb marks it as ahead.
_REWARD_AHEAD = re.compile(f"{_WILL}(?:按|按照|对|向|为|给)")
_REWARD_GIVEN_AFTER = re.compile("[^，。；]{0,24}?(?:给予|发放|颁发)(?:一次性)?(?:奖励|奖金|奖励金)")
# A policy document's provision of a reward to whoever will qualify (措施提出，对新认定的国家级专精特新“小巨人”企业一次性
# 奖励50万元; 《办法》明确，对首次入选的…给予奖励): a standing rule of the scheme, no money granted (GUIDELINES §6
# thirteenth and fifteenth review rounds: a reward a standing rule provides, a sum offered to whoever qualifies, is a
# rate); the document is the subject that provides it and those rewarded are a class still to be recognised (新认定,
# 首次认定, 新获评…的), none counted or paid (_RULE_PAID).
# (根据“稳经济十二条”，对…的企业，给予一次性奖励10万元; 按照《…办法》，…: the package or document named as the source of
# the provision, by its quoted short name or its title, as 措施提出 names it the subject)
_PROVISION_OPENS = re.compile("(?:措施|办法|政策|意见|细则|方案|规定|》)(?:中)?(?:提出|明确|规定|指出)[，,：:]"
                              "|(?:^|(?<=[，,；;。！？\\n]))\\s*(?:根据|按照|依据|依照)(?:“[^”，。；]{2,20}”|《[^》，。；]{2,40}》)[，,]")
# (对年度营业收入首次突破2000万元的服务业企业，给予一次性奖励10万元: the class still to qualify may be told by a first
# threshold reached, 首次突破/首次达到/首次进入, the verb of reward after a comma)
_REWARD_TO_NEW_CLASS = re.compile("对(?:[^，。；]{0,16}?(?:新|首次|新近))(?:认定|获评|评定|获批|入选|获得|认证|引进|上市|突破|达到|进入|纳入)"
                                  "[^，。；]{0,30}?的[^，。；]{1,20}?[，,]?"
                                  "(?:给予)?(?:一次性)?(?:奖励|奖补|补助|补贴|资助)(?:资金|经费)?$")
# (市政府将对获得金牌的运动员和教练员给予每人2万元的奖励: a body announcing its own reward per head to winners of a
# place or medal already won, those just named, is an allocation announced, one record of the share, GUIDELINES §6
# thirteenth review round; not 将对新认定的…企业给予…: whoever will qualify later)
# (the verb first, then the look behind it: a pattern opening on a literal is searched by that literal)
_WINNERS_OBJECT = re.compile("(?:获得|夺得|摘得|斩获|荣获)(?<![年后来凡是]..)[^，。；的]{0,8}?(?:金牌|银牌|铜牌|奖牌|冠军|亚军|季军|[一二三]等奖|第[一二三]名)"
                             "[^，。；]{0,12}?给予(?:每人|每位|每名)")
# (将对今后获得…的, 将对明年获得…的, 凡获得…的: winners still to come, a standing offer)
_WINNERS_AHEAD = re.compile("今后|以后|此后|未来|将来|明年|下届|下一届|届时|凡|每年")
# 按照规定，…市总工会还将给予每人5000元奖励; 按规定给予每人3000元奖励: a reward per head a standing rule provides is a rate
# of the scheme, no record (GUIDELINES §6 thirteenth review round); the rule word opens the sentence or a clause of it,
# and nothing tells the money handed over or counts those paid (按规定为10名选手每人发放…, 已按规定发放每人…: paid).
# (根据《江陵市质量奖管理办法》，获奖企业每家奖励50万元: the rule named by its title, however long)
# (按照特区政府的现行资助计划，…每人每学年可获发书簿津贴…: a scheme told as standing, 现行, is such a rule; a bare 按计划 is
# "as planned", no rule)
# (按照政策，学前教育资助每生每学期补助800元: a policy followed, its own clause, is such a rule, §6 thirty-seventh review
# round; not 按照政策要求 or 按政策为…发放: the policy's demand or a payment made under it, read after the comma)
_STANDING_RULE = re.compile("(?:^|[，,；;])\\s*(?:按照|按|根据|依照|依据|遵照)(?:有关|相关|国家|省|市|县)?(?:[^，。；《]{0,10}?(?:规定|办法|细则|规程|章程)"
                            "|政策(?=[，,])"
                            "|[^，。；《]{0,10}?现行[^，。；《]{0,6}?(?:计划|政策|制度|机制)"
                            "|《[^》，。；]{1,40}?(?:规定|办法|细则|条例)》)[，,]?"
                            # (奖教金每年评选一次，每名获奖教师奖励1万元: a scheme's recurrence, its rule told as standing)
                            "|(?:^|[，,；;。])\\s*[^，。；]{0,10}?每(?:年|学年|年度|两年|三年|届|学期)(?:评选|评审|评定|评比|颁发|颁授)"
                            "(?:一次|1次)[，,]?")
# (按计划规定，每个获奖团队可获奖金15万元: a share per winning team or unit the rule provides, 可获 its entitlement)
# (获奖企业每家奖励50万元: a share per firm or household the rule provides, like one per head)
# (每人每学年可获发书簿津贴…, 每名学生每学期可领取补助…: a period of the standing rule's share and a named benefit between)
# (每名获奖教师奖励1万元: the winner or recipient named after 每名, the same share per head)
# (每生每学期补助800元: 每生, each student, as 每名学生)
_PER_HEAD_SHARE = re.compile("每(?:人|位|名|家|户|生|个?[\u4e00-\u9fff]{0,4}?(?:团队|队伍|单位|集体|学生|学员))"
                             "(?:(?:获奖|受助|受表彰|获评|入选)?[\u4e00-\u9fff]{0,4}?(?:教师|老师|学生|职工|员工|选手|者|人员|医生|护士|个人))?"
                             "(?:每(?:学年|学期|年|季度?))?"
                             "(?:可获得?|可获发|可得|可领取?|给予)?(?:一次性)?"
                             "(?:奖励|奖金|补助|补贴|[^，。；,;\\d]{0,6}?(?:津贴|补贴|补助|资助|奖学金|助学金))?$")
_RULE_PAID = re.compile("已|颁发|兑现|兑付|领取|现场|当场|(?<!第)[\\d一二三四五六七八九十百千两]+(?:名|人|位|家|户)")
# A rule or policy a meeting adopts or a body issues, named by its title (会议审议通过了《…奖励办法（试行）》, 印发《…若干措施》):
# the terms that follow it in the sentence are the rule's (§6 thirty-third round).
_RULE_ADOPTED = re.compile("(?:审议通过|讨论通过|通过|印发|出台|制定|发布|颁布|推出)了?[^，。；《]{0,12}?"
                           "《[^》。；]{1,60}?(?:办法|措施|政策|规定|细则|条例|意见|方案)(?:[（(][^）)]{1,6}[）)])?》")
# Those who meet a condition, then the reward or aid the rule gives each (对年纳税额首次超过1000万元的工业企业，一次性给予50万元
# 奖励; 对新认定的国家高新技术企业给予20万元奖励; 对…的楼宇，给予运营方100万元奖励): the rule's standard for whoever qualifies,
# no money granted, like a per-head sum a scheme offers (§6 fifteenth and thirty-third rounds).
_RULE_TERMS = re.compile("对[^。；]{2,40}?的[^，。；\\d]{0,12}?[，,]?\\s*(?:一次性|分别)?(?:给予|奖励|补贴|补助|资助)[^，。；\\d]{0,6}?$")
# 届时 (at that time ahead: 大会拟于10月召开，届时将表彰…，奖金总额500万元) before the amount in its sentence: money of an
# event still to come, nothing granted yet (§6)
# (竞赛结束后，公司将拿出200万元对优胜单位进行奖励: the end of a contest still ahead, then 将: the same time ahead as
# 届时, its reward money not granted yet; not 竞赛结束后，公司拿出…进行了奖励, paid after it ended)
# (not 将 before an amount, the object marker: 比赛结束后，组委会将200万元奖金发放给获奖选手, money paid)
_AT_THAT_TIME = re.compile("届时|(?:竞赛|比赛|大赛|赛事|活动|评选)结束后[，,]?[^，。；]{0,12}?(?<![必即])将(?![\\d〇零一二三四五六七八九十百千万两几数])")
# An event told as still ahead earlier in the sentence (龙舟赛将于10月举办，比赛总奖金30万元; 马拉松将于明年3月开跑，总奖金达50万元):
# its prize money is only intended (§6: money of an event still ahead), while the amount's clause tells none paid.
# (a date range and a venue may stand between: 将于10月18日至22日在江城茶博园举办; 将在下月中旬于滨湖新区鸣枪开赛)
# (not a date once set and then kept: 原定于3月举行的龙舟赛昨天如期举行, 原计划于…, 原拟于…; the look-behind guards
# every opening word, not 定 alone)
# (评选将于公示结束后正式发文表彰, 将于年底颁奖: a commendation or prize-giving still ahead, its reward money no more
# granted than a contest's prize money before the contest, §6; a 公示 of proposed awardees confers nothing yet, §5)
_EVENT_AHEAD = re.compile(r"(?<!原)(?:将|拟|计划|定)(?:于|在)[^，。；]{0,24}?(?:举办|举行|开幕|开赛|开跑|鸣枪|开锣|召开|启幕|揭幕|表彰|颁奖)")
# (told in one of the two sentences before the amount's, in its paragraph: 斗茶大赛将于10月在茶博园举办。大赛设金奖、银奖等
# 奖项。大赛总奖金20万元), while no word between tells the event held (…。大赛昨日落幕，总奖金20万元).
# A budget line drawn up with only a hope after it (今年市府再編列3,000萬元預算，盼能協助更多青年圓夢; …，希望带动…): a budget
# figure with no use stated, no record (§6 eighteenth round "a budget line … with no use stated"); a use after it (…预算，用于…,
# 编列…，办理…) stays.
_BUDGET_LINE_DRAWN = re.compile("编列[^，。；,;\\d]{0,6}?$")
_HOPE_AFTER_BUDGET = re.compile(r"预算[，,]\s*(?:盼望?|希望|期盼|期望|冀望?|期能|祈)")
# The value of equipment or holdings a body has (大型仪器设备总值超过2亿元, 馆藏文物总价值…, 固定资产总值…): a figure of what it
# owns, no money granted (§6: statistics; the value of goods bought is no funding either), unless the sentence tells them
# given (捐赠一批设备，设备总值300万元: a gift in kind with its value, funding).
_HELD_VALUE = re.compile(r"(?:设备|仪器|资产|藏品|馆藏|文物|图书)[^，。；,;\d]{0,4}?总(?:价)?值(?:约|达到?|超过?|逾|为|近)?$")
_GIVEN_GOODS = re.compile("捐|赠|送|援助|资助|支援|发放")
# A bare budget of an activity a body will hold, told after it in its sentence (商会明年将组织青年寻根之旅，…，预算约80万元;
# 协会将于下月举办公益跑，活动预算为50万元): money of an event still ahead, only intended (§6: money only intended, money of an
# event still ahead); the amount's clause is the budget's label alone, so a grant or a payment told there stays.
_ACTIVITY_BUDGET_LABEL = re.compile(r"(?:活动|项目|所需)?(?:经费)?预算(?:经费|金额|总额)?(?:约|为|达到?|共计?|逾)?$")
# (将筹办明年的乡情节, 计划承办…大会: a body preparing, hosting or co-hosting it holds it as well, §6 thirtieth round)
_ACTIVITY_AHEAD = re.compile(r"(?:(?<![即必已])将|计划|拟|准备|打算)(?:于|在)?[^，。；]{0,12}?"
                             r"(?:组织|举办|举行|开展|召开|推出|筹办|筹备|筹划|主办|承办|合办)")
_EVENT_HELD = re.compile("举行了|举办了|召开了|已(?:经|于)?[^，。；]{0,8}?(?:举行|举办|召开|开幕|开赛|落幕|闭幕|结束)|"
                         "(?:昨|今|前)(?:日|天)[^，。；]{0,8}?(?:举行|举办|召开|开幕|开赛|开跑|鸣枪)|落幕|闭幕|圆满结束|"
                         "成功举办|隆重举行|拉开帷幕|决出|揭晓")
_EVENT_AHEAD_SENTENCES = 2
# (对每名…给予一次性奖励2万元: a reward named by 奖励 right before its sum, as 奖金 names one)
_PRIZE_MONEY = re.compile("奖金|奖池|奖励金|奖励(?=[^，。；]{0,2}?[\\d一二三四五六七八九十两百千万])")
# (not 已 of the preparation for the event: 已完成报名, 已启动招募)
_PRIZE_PAID = re.compile(f"(?<![将可拟要])(?:已(?!经?[^，。；]{{0,4}}?(?:报名|筹备|招募|预热|启动))|{_PAYING_VERBS}|拨出|下拨|安排|筹集|颁发|获得|补发|支付|发给)")
# Prize money of another edition than the one ahead (龙舟赛将于6月举办，…为上届获奖队伍补发奖金30万元): paid now (§6).
_OTHER_EDITION = re.compile("上届|上一届|往届|去年|上年")
# Prize money a body says it will set up, in the amount's own clause (论坛还将设置奖金总额20万元的…奖, 大赛将设立总奖金50万元):
# a prize pool still ahead, only intended (§6: money of an event still ahead); not 即将, 必将, nor a pool set up (设置总奖金池).
# (not 将设备…纳入: 将 the object marker before 设备, 设施, 设计)
_PRIZE_SET_AHEAD = re.compile(f"{_WILL}(?:设置|设立|设(?![备施计]))")
# Prize money a body says it will raise (明年总奖金将增至10万元, 下届大赛奖金总额将提高到50万元), in the amount's own clause:
# the pool of an edition still ahead, only intended (§6: money of an event still ahead); not a standard changed now
# (奖金由1万元提高至2万元: no 将), nor one a meeting decides (会议决定将…奖金提高至…: a decision reported).
# (明年起将把模范公务人员奖金提高至新台币3万元: the fund may stand as the object of 把 between 将 and the verb)
_PRIZE_RAISED_AHEAD = re.compile(f"{_WILL}(?:把[^，。；\\d]{{1,20}}?)?(?:增至|提至|(?:增加|提高|提升|调高|上调|调升)(?:至|到|为))")
# Any fund's total a body says it will or plans to raise (大学计划明年将奖学金总额增至三千万港元, 明年将把资助总额提高到500万元,
# 拟把助学金规模扩大至2000万元), in the amount's own clause: a level still ahead, only intended (§6 thirtieth round, like prize
# money a body will raise); not a total raised now (今年奖学金总额增至…: no word ahead), nor one a meeting decides (_DECIDED).
_TOTAL_RAISED_AHEAD = re.compile(f"(?:{_WILL}|计划|拟|准备|打算)[^，。；\\d]{{1,20}}?(?:总额|总量|规模|总金额)"
                                 "(?:将|也将)?(?:增至|提至|(?:增加|提高|提升|调高|上调|调升|扩大|扩增)(?:至|到|为))")
# Prize money told as paid after the amount (选拔赛总奖金5万元已全部发放, 奖金将增至10万元，已于昨日全部发放到位): money
# paid (§6), whatever event is told ahead before it. Only in the amount's own clause or the next one opening with 已 or
# with the money referred back (该笔奖金已…): not 总奖金30万元，参赛证已于昨日发放, 去年赛事奖金已全部兑现, 组委会已拨付场地
# 建设经费 (other things paid).
_PRIZE_PAID_TOLD_AFTER = re.compile(f"(?:[^，。；！？]{{0,6}}?|[，,]\\s*(?:(?:该笔?|上述|这笔)(?:奖金|资金|款项))?(?:目前|现)?)已(?:经|于[^，。；]{{0,8}}?)?(?:全部|全额|足额|按时|及时)?(?:{_PAYING_VERBS}|颁发|发到)")


def _event_ahead_before(full: str, floor: int, end: int) -> bool:
    """An event told as still ahead in one of the two sentences of its paragraph before the one at ``floor`` (大赛将于10月
    举办。大赛设金奖、银奖等奖项。大赛总奖金20万元), with no word up to ``end`` telling it held or its prize money paid."""
    paragraph_start = start_after(full, floor, "\n")
    if not full[paragraph_start:floor].strip() and paragraph_start > 0:
        # (本届公开赛将于11月2日至4日举行。 / 发布会上，…介绍，本届比赛…总奖金20万元。: the amount's sentence opens its
        # paragraph, so the last sentence of the paragraph before is the one just before it, blank lines between)
        previous_end = len(full[: paragraph_start].rstrip())
        paragraph_start = start_after(full, previous_end - 1, "\n") if previous_end > 0 else 0
        start = start_after(full, previous_end - 1, "。！？\n", floor=paragraph_start) if previous_end > 0 else 0
        ahead = _EVENT_AHEAD.search(full, start, previous_end)
        return ahead is not None and not _EVENT_HELD.search(full, ahead.end(), end) \
            and not _PRIZE_PAID.search(full, ahead.end(), end) and not _OTHER_EDITION.search(full, ahead.end(), end)
    start = floor
    for _ in range(_EVENT_AHEAD_SENTENCES):
        if start <= paragraph_start:
            break
        start = start_after(full, start - 1, "。！？\n", floor=paragraph_start)
    ahead = _EVENT_AHEAD.search(full, start, floor)
    return ahead is not None and not _EVENT_HELD.search(full, ahead.end(), end) \
        and not _PRIZE_PAID.search(full, ahead.end(), end) and not _OTHER_EDITION.search(full, ahead.end(), end)


# A project described as only intended (远航集团拟在我市建设的物流园项目计划总投资12亿元; 计划投资建设的…项目) or told as
# at its preparatory work (…，目前正在开展前期工作): the project is only planned, its total no money invested (§6), while
# the sentence tells no signing and no start.
_INTENDED_PROJECT = re.compile(r"(?<![按依照])(?:拟|计划|准备|打算)(?:在[^，。；]{0,10}?)?(?:投资)?(?:建设|兴建|新建|实施|引进|落户)的"
                               r"[^，。；]{0,16}?(?:项目|工程)")
# A paying verb between such a project and the amount (为计划新建的5所乡村学校项目拨付前期经费300万元): money paid to
# the project now (§6), not its intended total.
_PAID_TO_PROJECT = re.compile(f"{_PAYING_VERBS}|拨出|下拨|划拨|补发|支付")
# (told in the clause before or after the total's: 该项目正在开展前期工作，总投资12亿元; not a later phase's, 二期前期工作;
# 正在做前期准备 as 前期工作, §6 thirty-third round)
# (启动…前期工作: the preparatory work only begun)
_PREPARATORY = re.compile(r"(?:目前|现在?|当前)?(?:项目)?(?:正在|正|仍在|还在)?(?:开展|推进|办理|进行|做好|做|启动)"
                          rf"(?:(?!{_LATER_PHASE})[^，。；,;]){{0,6}}?前期(?:工作|手续|准备)"
                          # (目前仍在进行设计, 正在选址, 尚处于可行性研究阶段: the project still at its design, its site or its
                          # study, not begun; not 设计施工, works under way)
                          r"|(?:目前|现在?|当前)?(?:项目|工程)?(?:正在|仍在|还在|尚在|仍处于|尚处于|正处于|处于)"
                          r"(?:进行|开展)?(?:方案|规划)?(?:设计|选址|可行性研究|可研|论证)(?:阶段)?(?!施工|建设|完成)"
                          # (工程预计总投资120万元，缺口部分将通过“一事一议”筹措; 不足部分将由村民自筹: the money for the works still
                          # to be found, the total a forecast of works not begun, §6 thirty-third round)
                          r"|(?:资金)?(?:缺口|不足)(?:部分|资金)?[^，。；,;]{0,4}?(?:将|拟|需|还需|尚需|仍需)"
                          r"[^，。；,;]{0,20}?(?:筹措|筹集|自筹|募集|争取)")
# A later phase's preparatory work in the clause right before a total that refers back to it (启动二期项目前期工作，该项目
# 估算总投资1.8亿元): 该项目 is the phase itself, only planned; a total with no back-reference stays the whole project's.
_PREPARATORY_PHASE = re.compile(r"(?:开展|推进|办理|进行|做好|启动)"
                                rf"[^，。；,;]{{0,6}}?(?:{_LATER_PHASE})[^，。；,;]{{0,4}}?前期(?:工作|手续)[，,]\s*(?:该|此)(?:项目|工程)")
# Graded prizes set up (大赛设一等奖1名，奖金10万元；二等奖3名，奖金各5万元): the prize money is the contest's standard, no
# money paid, while no verb of conferring or paying comes between the set-up and the amount (not 本届设金奖3个，最终评出
# …，颁发奖金5万元). A pool of prize money set up (设置总奖金300万元) names no grade and stays as stated.
# (大赛增设“最佳人气奖”，奖金5000元; 明年起增设「客语书写奖」，奖金十万元; 新设“最佳创意奖”1名，奖金2万元: a prize set up by its
# quoted name, then its money, is the same standard, GUIDELINES §6 "prize money of grades only set up"; not a fund named after
# the prize, 设立“助学奖”基金500万元, nor a prize conferred between, 颁发奖金; the named prize only with 奖金 labelling the
# amount in its clause: 下设“…奖”三个奖项，…每位捐赠人每年出资16万美元 is the donors' money)
_PRIZE_SET_UP = re.compile("(?<![建开假预])设(?:有|立|置)?(?:[一二三四五六特]等奖|[金银铜]奖|优秀奖|优异奖|优胜奖|鼓励奖|特别奖"
                           "|(?P<named>[“「『][^，。；”」』]{1,20}?奖[”」』])(?![^，。；]{0,4}?(?:基金|资金|专项|计划|项目)))")
# A place's prize money stated as what it brings (全程男女冠军奖金各4万元, 冠军队可获得奖金8万元, 前三名均可获得奖金):
# the contest's standard like a grade set up (§6), no money paid; not a winner named as paid (男子冠军李某获得奖金4万元).
# (总冠军球队可获得奖金800万元, 亚军球队奖金为400万元: the team named after the place; 国内选手前三名另设奖金，第一名为5万元:
# a place's money told by 为 alone, the prize word in the clause before)
_PLACE_PRIZE = re.compile("(?:冠军|亚军|季军|第[一二三四五六七八九十]名|前[一二三四五六七八九十\\d]+名)(?:球队|队伍|队|组|选手)?"
                          "(?:(?:均|各|还|将|另)?可(?:获得?|得到|领取)|奖金(?:各|均)?(?:达到?|约|近|超过|逾|共计|合计|为)*$"
                          "|(?:各|均)?为$)")
# A grade's winners told by what each can receive (一等奖项目每个可获奖金10万元, 金奖获得者每人可获得5000元): the same
# standard of the contest's scale (§6 eleventh review round, 一等奖奖金每队500元), while no grade is told as conferred
# in the stretch before (共有18支队伍获奖，其中金奖3个。每支金奖队伍可获奖金10万港元: the money of the winners just
# named, kept as the tuning gold reads it); not prize money told as received (一等奖获得者每人获得奖金5000元: no 可,
# money paid at the event, tenth review round).
_GRADE_CAN_RECEIVE = re.compile("(?:[一二三四五六特]等奖|[金银铜]奖|优秀奖|优胜奖|鼓励奖)"
                                "(?:项目|作品|团队|队伍|获得者|获奖者|选手|个人|单位)?"
                                "(?:每(?:个|项|件|队|人|名|位|支|组)|各|均|还|将)*可(?:获得?|得到|领取)")
# A grade told as conferred before the prize money (获一等奖, 颁奖, 表彰): the money is the named winners', not a standard.
_GRADES_CONFERRED = re.compile(f"{GRADES_WON}|获奖|获评|荣获|颁奖|颁发|表彰|授予")
# A giver's verb before the place word (给予奥运冠军奖金100万元, 向冠军队发放冠军奖金8万元): the money paid, no standard.
_PLACE_PRIZE_GIVEN = re.compile(f"{_PAYING_VERBS}|给予|颁发|奖励")
_PRIZE_CONFERRED = re.compile(f"{GRADES_WON}|获|颁|表彰|授予|{_PAYING_VERBS}|安排")
# Only a grade's own prize money is its standard: not money a giver allocates for the contest (市财政为此安排奖励资金20万元,
# 县人社局拨付竞赛经费50万元), a pool (总奖金达100万元, 奖金总额300万元) or a total (共拨付奖金30万元), told in the amount's
# clause; nor money told as paid after it (奖金10万元，由县政府当场兑现; …，已全部发到获奖者手中).
_PRIZE_MONEY_GIVEN = re.compile("财政|拨付|安排|下达|共|总|合计|奖金池|经费|资金")
_PRIZE_PAID_AFTER = re.compile("兑现|兑付|发放|发到|颁发|发给")
# A budget bill still before the body that reviews it (本次定期会将审议县府提出的新台币8亿元追加预算案, 提请审议…预算草案,
# 会议审议…预算调整方案，新增支出3.5亿元): money proposed, not granted (§6), the bill named in the amount's sentence
# and a review of it before the amount; a budget passed or approved (会议审议通过…，安排资金500万元用于…) stays funding.
_BUDGET_BILL_NAMED = "预算(?:草案|调整方案|调整案|修正案|案)"
_BUDGET_BILL = re.compile(f"{_BUDGET_BILL_NAMED}|追加预算|预算追加")
# (提出 only with the bill as its object, 县府提出的…追加预算案; not 委员们提出意见建议，县财政追加预算500万元: the
# opinions put forward, the money then granted)
_BUDGET_REVIEWED = re.compile(f"审议|审查|提请|提交|送审|提出[^，。；]{{0,12}}?(?:追加)?{_BUDGET_BILL_NAMED}")
# (县府提出追加预算案，规模4.2亿元，将送请议会审议: the review told after the amount as still ahead)
_BUDGET_TO_REVIEW = re.compile("将(?:送请|送交|提请|提交|送)[^，。；]{0,8}?(?:审议|审查)")
_BUDGET_PASSED = re.compile("通过|批准|同意|表决|核准|决定|下达|拨付")
# The verbs of signing, shared by the tests below that read a signing (each adds the word its own reading needs).
_SIGN_VERBS = "签约|签署|签订"
# A signing anywhere on a page or in a sentence, told by its verb or by the agreement signed (协议, 合同).
# (not 签订一年以上劳动合同, 劳务合同, 聘用合同: a job's contract, what an employment subsidy asks of a firm, no signing of
# money, neither by the noun nor by the verb that signs it; nor 家庭医生签约服务, 签约医生: a resident signing up for a
# service, no deal of money between parties)
_JOB_CONTRACT_AHEAD = "(?![^，。；]{0,8}?(?:劳动|劳务|聘用)合同)"
_SERVICE_SIGNUP_AHEAD = "(?!服务|医生)"
# (nor 新签合同额, 新签合同总额: a company's orders won over a period, a figure of its business like 营业收入, told as done
# or as a target, no signing held on the page: funding_exclude's 新签 reads the amount after it so already)
_SIGNING = re.compile(f"(?:{_SIGN_VERBS}){_SERVICE_SIGNUP_AHEAD}{_JOB_CONTRACT_AHEAD}|协议|(?<!劳动)(?<!劳务)(?<!聘用)(?<!新签)合同")
# A start or a signing told as done, no word of a plan or a denial before it in its clause (…项目开工。; 双方签署合作协议;
# not 该项目计划明年开工, 将于下月签约, 尚未开工), nor 签约 of a service a resident signs up for (家庭医生签约服务, read as
# _SIGNING reads it: _UNDER_WAY's 签约 is refused here too).
# A total labelled with a plan word opening the clause right after one telling the works started (最近动工扩建商贸市场三期
# 工程，规划投资6000万元; 新区项目上月开工，计划投资2亿元): a started project's total, which the label's plan word does not make
# only intended (§6: "a signed or started project's total is"; thirty-seventh review round); the clause of the start has
# no word of a plan or a denial before it (计划明年动工, 尚未开工: _ACT_TOLD's).
_PLAN_LABELLED_TOTAL = re.compile(r"\s*(?:计划|规划)总?投资(?:总额|额)?(?:约|达到?|为|近|逾)?$")
_STARTED_CLAUSE = re.compile(r"(?:(?!将|拟|计划|规划|力争|争取|确保|预计|有望|准备|未)[^，,。；！？\n])*?"
                             r"(?<![将拟])(?:动工|开工|开建|奠基)(?!仪式|典礼|时间|日期)[^，,。；！？\n]*[，,]\s*$")
_ACT_TOLD = re.compile(rf"(?:^|[，,。；！？\n])(?:(?!将|拟|计划|力争|争取|确保|预计|有望|准备|未)[^，,。；！？\n])*?"
                       rf"(?:{_UNDER_WAY.pattern}|{_SIGNING.pattern}){_SERVICE_SIGNUP_AHEAD}")
# A completion told with its target year right after a start told as ahead (工程预计明年第二季展开，二〇二五年落成启用): the
# schedule the 预计 before still governs, no act done (§6: a project only studied or planned).
_SCHEDULE_TARGET = re.compile("[，,]\\s*(?:(?:19|20)\\d{2}|[〇零一二][〇零一二三四五六七八九]{3})年(?:底|内|前)?")
_INTENTION_WORDS = re.compile("预计|计划|拟|将|力争|有望")


def _act_told_beyond_schedule(text: str) -> bool:
    """An act told as done in ``text``, not counting a completion scheduled for a target year after a start ahead."""
    for act in _ACT_TOLD.finditer(text):
        if _SCHEDULE_TARGET.match(text, act.start()) \
                and _INTENTION_WORDS.search(text, text.rfind("，", 0, act.start()) + 1, act.start()):
            continue
        return True
    return False


_SIGNED = re.compile(_SIGNING.pattern + "|总投资")
# A signing ceremony named only as the setting of what the sentence tells (签约仪式上，还推介了招商项目20个，总投资…;
# 在项目推介暨签约大会上，…): the occasion, no signing of the projects counted there, so it keeps no plan's total (§6:
# totals of projects offered to investors are only intended); a signing told as an act (现场签约) still does.
_SIGNING_SETTING = re.compile("(?:仪式|大会|活动|会)(?:现场)?(?:上|中|期间)")


def _signing_act(text: str) -> bool:
    """Whether the text tells a signing other than by naming a signing event as its setting."""
    return any(not _SIGNING_SETTING.match(text, m.end()) for m in _SIGNING.finditer(text))


# The words of a stated use after a loan (用于, 支持 …).
_LOAN_USE = "(?:用于|帮助|支持|专项用于)"
# A new loan provided for a stated purpose (世界银行向该省提供2亿美元贷款，用于…: GUIDELINES §6), not lending
# statistics (累计发放贷款…, 贷款余额).
# (该公路由中国政府提供优惠贷款约5000万美元修建: the loan, its amount, then what it built)
# (not 将提供贷款约50亿元建设…: a loan ahead)
_LOAN_FOR = literal_gated(re.compile(r"(?<!累计)(?:提供|批准|贷给|发放)[^，。；]{0,16}?贷款[，,]?\s*" + _LOAN_USE +
                                     r"|由[^，。；将]{2,20}?提供[^，。；]{0,8}?贷款[约近逾]?[\d.０-９一二三四五六七八九十百千万亿]+"
                                     r"(?:美元|欧元|日元|元)(?:修建|兴建|建设|建成)"))
# An act of building, buying or starting something that money pays for, told right after the amount (投资5000万元修建…,
# 已向…贷款2亿美元修建…): one list for the purpose reader (purposes._ACT_AT_PLACE) and the loan taken for a stated use
# (_LOAN_GRANTED) below.
# (投入3000多万元启动了“…开发工程”: a work started, GUIDELINES §6 thirty-fifth round; not 启动资金, the start-up money)
_BUILD_VERBS = ("建设|修建|兴建|新建|扩建|改建|建起|建成(?!投|使用|运营|通车|开放|并|后|于|以来)|搭建|开发(?!区|商|的)|购进|购置|购买|添置"
                "|引进(?!外资|资金)|办起|兴办|创办|开办|铺设|架设|修缮|翻修|整修|维修|修复|改造|建造|开辟|种植|打造"
                "|启动(?!资金|基金|经费|金|费|仪式|会|大会|阶段|期)")
# A new loan approved for a named project (向…高标准农田建设项目审批贷款3亿元) or let out with its amount and then a
# stated use (投放贷款2亿元，用于…, 审批2亿元贷款，用于…): money provided (§6 loans); a sentence over a span
# (今年以来…投放各类贷款58亿元，用于…) is a lending statistic and is not read so.
# (提供贷款2亿美元（约16.6亿元人民币），用于…: a conversion in brackets only restates the amount, GUIDELINES §6 thirty-third
# round)
_LOAN_GRANTED = literal_gated(re.compile(r"(?<!累计)(?:提供|批准|审批|发放|投放)[^，。；]{0,16}?贷款[约近逾]?[\d.一二三四五六七八九十百千万亿]+(?:美元|欧元|日元|元)"
                                         r"(?:[（(][^（）()，。；]{1,20}[）)])?[，,]?\s*" + _LOAN_USE +
                                         r"|(?<!累计)(?:提供|批准|审批|发放|投放)[^，。；\d]{0,8}?[\d.一二三四五六七八九十百千万亿]+(?:美元|欧元|日元|元)贷款[，,]?\s*"
                                         + _LOAN_USE +
                                         r"|向[^，。；]{2,30}?(?:项目|工程)(?:审批|批复|发放|提供)了?[^，。；\d]{0,6}?贷款[约近逾]?[\d一二三四五六七八九十]"
                                         # (信用社给该村贷款8万元，支持…: lent to the one named after 给, then its use;
                                         # not 向银行贷款, money borrowed, nor 给信用社归还贷款, a loan repaid)
                                         r"|给[^，。；\d还偿]{1,12}?贷款[约近逾]?[\d.一二三四五六七八九十百千万亿]+(?:美元|欧元|日元|元)[，,]?\s*"
                                         + _LOAN_USE +
                                         # (某国政府已向世界银行借贷20亿铢整修…: a loan taken from a named lender, told done
                                         # with 已, the act it pays for right after the amount: a new loan provided for a
                                         # stated purpose, §6 loans, thirty-eighth review round; not 将向…借贷, ahead, nor a
                                         # loan with no use told, nor one only applied for: 已向…申请贷款, 已向…提出借款…的申请)
                                         r"|(?:已|已经)向[^，。；\d将拟]{2,20}?(?<!申请)(?<!申请了)(?<!提出)(?<!争取)(?:借贷|贷款|借款)了?"
                                         r"[约近逾]?[\d.一二三四五六七八九十百千万亿]+"
                                         r"[^\d.，。；]{0,3}?(?:元|镑|" + _NAMED_CURRENCIES + r"|里拉)[，,]?\s*(?:用于|用来|用以)?"
                                         r"(?:" + _BUILD_VERBS + ")"))
# 市政府提供500万元，用于重建电网: money provided for a purpose (not 提供午餐每份10元, a price: no 每 before the amount)
# (县财政统筹支出800万元，用于…救助: money spent on a stated purpose, the same)
_PROVIDED_FOR = literal_gated(re.compile(r"(?<!累计)(?:提供了?|支出)(?:资金|援助|经费)?[^，。；\d每]{0,4}?[\d一二三四五六七八九十两][^，。；]{0,12}?(?:元|美金|日圆|韩圜|镑)"
                                         # (教育局每年提供新台币1000万元，充实各校图书馆馆藏: the aim told by a verb of furthering, as
                                         # _USE_CLAUSE_AFTER reads it)
                                         r"[，,]?\s*(?:用于|帮助|支持|资助|专项用于|充实|改善|加强|推动|补助|补贴|扶持)"))
# (审计发现问题56个，涉及资金320万元; 审计查出问题金额3200万元，已整改到位2800万元: the problem money found and
# the part corrected since, audit figures, no grant (§6))
# (审计查出违规资金2300万元, 查出违纪违规金额…: the money found misused, an audit figure as well)
_AUDITED = re.compile("(?:审计|巡察|巡视|检查|督查)[^。；]{0,20}?(?:发现|查出)[^。；]{0,30}?"
                      "(?:涉及(?:资金|金额)|(?:问题|违规|违纪|违法|违规违纪|违纪违规|损失浪费)(?:资金|金额))")
# Bonds issued (发行2024年第一批地方政府专项债券300亿元): money borrowed, not granted (§6).
# (在国际证券市场上发行各类有价证券融资金额达…: securities issued, bonds among them, money borrowed on a market, a tally,
# GUIDELINES §6 fortieth review round)
_BONDS_ISSUED = re.compile("发行[^，。；]{0,20}?(?:债|有价证券)")
# A bond named right before its amount (拟安排地方政府专项债券3.9万亿元, 超长期特别国债1万亿元): money borrowed by
# issuing bonds, whatever the verb (§6); not 专项债券资金 put to a project.
_BONDS_BEFORE = re.compile("债券?(?:额度)?(?:共计|合计|总计)?约?$")
# Special bond money a place obtains (争取地方政府专项债券资金9.6亿元, 获批专项债券资金12亿元, a year's 新增专项债券资金42亿元):
# money borrowed by issuing
# bonds when no project or use is stated in its sentence (GUIDELINES §6 seventeenth review round); handed down to a
# named project or use (下达专项债券资金…用于X项目, 为X项目争取…) it stays a grant; so does a sum that joins it with
# another money (争取中央预算内投资和地方政府专项债券资金9.6亿元: a grant in part).
_BOND_MONEY_OBTAINED = re.compile("(?:争取|获批|获得|新增)(?:到|了)?[^，。；和及与、]{0,12}?专项债(?:券)?资金(?:共计|合计|总计)?约?$")
# An amount over a size that a class noun and its count follow (投资超5亿元的项目4个, 其中，投资超10亿元项目5个):
# a size class of projects counted, not money invested.
_SIZE_CLASS_AFTER = re.compile(r"的?(?:项目|企业|工程)[\d一二三四五六七八九十两]+(?:个|项|家|宗)")
# A sales promotion (立减800元，以旧换新再补贴300元; 门店再返现500元; 限时优惠，置换补贴1万元): the shop's discounts
# and the subsidies it advertises are prices (§6 ads), whatever they are called; looked for in the amount's
# clause and the clauses before it that lead to it, not in a later clause (…发放消费券，消费券可在…门店使用).
# (消费满300元即赠礼券30元, 满200元送50元礼券: a gift on a spend threshold, a shop's promotion, §6 fifteenth review
# round, unlike a voucher handed to each honouree)
# (not 门店 named as an honour or a tally: “优秀门店”8家, 金牌门店, 新开门店36家: a commendation or a company's figure)
_SALES_PROMOTION = re.compile("立减|直降|返现|限时(?:优惠|特惠|抢购|折扣)|促销|让利|(?<![秀进牌星范杆开])门店(?![”」])|加盟费"
                              "|满[\\d０-９一二三四五六七八九十百千万.]+元(?:即|就|可|再|还)?(?:送|赠|减|返|得|领)")
# A public giver before the amount (县政府投入2000万元…, 市政府出资5000万元开展…促销活动, 省商务厅下达…补贴资金): public
# money spent on a promotion is funding, not a shop's advertised price.  Only a government or one of its bodies
# counts: a fund word alone (每台空调补贴资金300元, 购置税补贴经费5000元) is how a shop names its own subsidy, and
# 厅/局/委 only as an organ's last character (not 餐厅, 大厅, 格局, 布局, 居委会, 委托).
_PUBLIC_GIVER = re.compile("政府|财政|(?<![餐大客展舞歌门])厅|(?<![格布结开饭赌])局(?![面势限部])|(?<![居村])委(?![托屈婉身])")
# The name of another public body as the subject of the amount's giving verb (商务部出资20亿元, 某街道办事处出资30万元,
# 市总工会出资200万元开展职工消费促销活动, 县妇联投入…): a ministry, an office, a sub-district or a people's
# organisation, whose money is granted like a government's; only right before the verb (adverbs of time or manner
# between), so a body named elsewhere in a shop's advert gives nothing; 部 not the end of 全部, 干部, 内部, 总部 or
# 俱乐部 (由企业全部出资), nor 办 a verb (举办, 承办).
_PUBLIC_BODY = ("(?:(?<![全内外干局总东西南北中乐])部|(?<![举承主协合创兴开筹代])办(?:事处|公室)?|街道|工会"
                "|妇联|团委|残联|科协|侨联|文联|红十字会|慈善总会)")
# (the adverbs of time or manner that may stand between a public body and its giving verb)
_BODY_ADVERB_WORDS = "今年|年内|全年|当年|统筹|安排|专项|共|已|再|又|先后|分别|累计"
_BODY_ADVERBS = f"(?:{_BODY_ADVERB_WORDS})*"
_PUBLIC_BODY_GIVES = re.compile(_PUBLIC_BODY + _BODY_ADVERBS + "(?:出资|投入|安排|拨付|下达|下拨|划拨|筹集|筹措|发放)")
# A plan or an application not settled yet (拟投资50亿元…，目前项目正在洽谈中; 申请…补助资金1.2亿元，目前正在审核中):
# the planning verb before the amount, with no verb of paying between them (申报企业兑现奖励资金 was paid), and not
# 按计划/依计划 (on schedule), nor 申请到 (obtained: 共申请到上级补助资金3000万元); the open state in the amount's
# clause or a later one of its sentence (_unsettled).
_PLANNED_VERB = re.compile("(?:(?<![按依照])计划|拟|准备|打算|有意|申请(?!到)|申报)"
                           f"(?:(?!{_PAYING_VERBS}|获批|下拨|划拨)[^，。；]){{0,20}}$")
# An application told as still to be made (政府拟于下月再向财委会申请约五亿元, 将向省厅申请补助资金300万元, 计划申报…): money
# only asked for, nothing granted (§6 only intended), whatever follows; not 申请到 (obtained), nor 已申请 (made, its fate
# read by _PLANNED_VERB with the open state after it). 将 is also the disposal marker (= 把: 已将申报的项目资金…拨付到位,
# 将企业申请的创业补贴…发放): after 已, or with 申请的/申报的 describing the money another verb moves, it tells no application.
_APPLICATION_AHEAD = re.compile("(?:(?:(?<![按依照原])计划|拟|准备|打算)[^，。；已]{0,12}?(?:申请|申报)"
                                "|(?<!已)将[^，。；已]{0,12}?(?:申请|申报)(?!的))(?!到)"
                                f"(?:(?!{_PAYING_VERBS}|获批|下拨|划拨)[^，。；]){{0,12}}$")
# An investment only intended, its verb right before the amount (某公司拟投资50亿元建设…, 拟使用自有资金投资8亿元, 准备投入
# 3000万元, 计划出资…): nothing invested yet (§6: money invested; a loan proposed is none either), unless a signing
# states it (签约…，某集团拟投资30亿元: a signing's total); not 按计划/原计划 (on schedule, as planned), nor a project's
# total (两个项目计划总投资4.6亿元: the tuning gold records a project's total investment); the kind of money may stand
# between the verb and the amount (计划投入安全生产费用3200万元, 拟投入财政资金500万元).
# (the words between the mark and the verb: nothing told as paid or approved, 已拨付; the verb and the amount's lead)
_INVESTMENT_GAP = f"(?:(?!{_PAYING_VERBS}|获批|已)[^，。；]){{0,10}}?(?<!总)"
# (公司明年打算拿出500万元, 明年将斥资3000万元: putting money in, like 投入)
_INVESTMENT_VERBS = "投资|投入|出资|注资|注入|投放|拿出|斥资"
# (计划投入安全生产费用3200万元: the kind of money named between the verb and the amount, a few characters ending in
# 费用/经费/资金, or 善款 raised for charity, no digit or mark of a clause in it; a bare 经费 as a bare 资金, 明年将编列经费
# 新台币2000万元)
_INVESTMENT_LEAD = "(?:资金|金额|善款|经费|[\u4e00-\u9fff]{1,8}?(?:费用|经费|资金|善款))?(?:约|达到?|为|共计|超过?|突破|逾|近)?$"
# (计划新增科研经费1亿元: a target of money still to come, like 计划投入; 新增 only right after the mark, adverbs
# or a year word between: not 在年度计划基础上新增安排资金, 计划外新增拨付: money added over or outside a plan, granted)
# (政府规划至2030年投入…, 市府预计明年再投入三亿元: a plan or a forecast for a later year is a plan like 计划; only with
# the later time right after the word: 按规划投入, 城市规划经费, 项目预计总投资 and 预计今年完成投资 stay as they were)
# (not 为乐龄科技资助计划注资十亿元, 向“青年援助计划”拨款: 计划 closing a scheme's name, 资助/奖励/援助计划 or a closing
# quote, is the noun the money goes to, no plan of the giver's; nor 向计划注资, 为计划拨款: 计划 right after the
# preposition that names the receiver is that scheme, §6 money injected into a scheme)
_INTENDED_MARK = ("(?:(?<![按依照原助励援向为给])计划(?!外|内|之外|的?基础上|[」”』])|拟|准备|打算|有意"
                  "|(?<![按依照原总])规划(?=(?:至|到|于|在)?(?:\\d{4}年|明年|来年|未来|今后))"
                  # (院方正规划斥资约3亿元兴建…, 公司筹划投资…, 县府研议投入…: planning the spending itself, the verb of putting
                  # money in right after; not 按规划投入, 城市规划投入…: a plan followed, a field's spending)
                  f"|(?<![按依照原总市县区省镇乡村城])(?:规划|筹划|研议|研拟)(?=(?:{_INVESTMENT_VERBS}))"
                  "|预计(?=(?:于|在)?(?:明年|来年|未来|今后|下一步|下半年|\\d{4}年)))")
# (该计划预计在未来五年内筹集资金15亿美元, 计划未来三年安排…: a span of coming years is a later time as well, a target
# of money still to come)
_COMING_YEARS = "未来(?:[一二两三四五六七八九十\\d]{1,2}年)?内?"
# The verbs of money given or raised at a later time, told after a plan and a later time or 再 (计划明年再安排…,
# 计划再预留…): the two branches of _INTENDED_INVESTMENT below share them, so they stay in step.
_LATER_MONEY_VERBS = "安排|拨付|拨出|下拨|下达|划拨|列支|预留|筹集|筹措|募集"
# (集团还计划明年再安排50万元, 计划下一步拨付…: a plan for a later time, then a verb of allocating: money only intended,
# §6; not 计划筹集 with no later time, which the probe gold records as stated)
_INTENDED_INVESTMENT = re.compile(f"(?:{_INTENDED_MARK}{_INVESTMENT_GAP}(?:{_INVESTMENT_VERBS})"
                                  # (该项目拟投资总额约20亿元: the total only proposed, like 拟投资; 拟 alone, since
                                  # 计划投资总额 labels a project's total like 计划总投资)
                                  f"|拟(?<![虚模比]拟){_INVESTMENT_GAP}(?:{_INVESTMENT_VERBS})总?额"
                                  # (今年要再修路150公里，总投资计划为1800万元: the investment planned, told with 计划
                                  # after its label, as intended as 计划投资; not 项目计划总投资, a project's total)
                                  "|(?:总投资|投资总额)计划(?:为|达到?)"
                                  f"|{_INTENDED_MARK}(?:今年|明年|年内|全年|再|还|将|进一步){{0,2}}新增"
                                  # (预算调整拟增加教育专项资金8000万元, 拟追加…: more money only proposed, like 拟安排;
                                  # 拟 alone, as 计划增加 may tell a plan document that grants it)
                                  "|(?<![虚模比])拟(?:今年|年内|再|进一步)?(?:增加|追加)"
                                  # (规划明年再争取3000万元经费: money a body will seek later, still to come; not
                                  # 争取到, money obtained)
                                  # (基金会计划到2026年再筹集资金5000万元: a target year is a later time too)
                                  f"|{_INTENDED_MARK}(?:于|在|到|至)?(?:明年|来年|今后|下一步|下一阶段|下阶段|{_COMING_YEARS}"
                                  "|(?:19|20)\\d{2}年(?:底|末|前)?)(?:再|还|继续|追加|累计)?"
                                  # (计划到2025年底累计募集资金突破1亿元: a running total set as a target year's aim)
                                  # (政府计划明年再预留二亿元: money set aside later, Hong Kong releases' verb)
                                  # (该企业规划明年再捐赠300万元, 计划明年捐资…: a donation planned for a later time,
                                  # still to come like money allocated then, §6 thirty-seventh review round)
                                  f"(?:{_LATER_MONEY_VERBS}|争取(?!到)|捐赠|捐资|捐款|捐助)"
                                  # (市财政计划再安排就业补助资金2亿元, 计划还将追加拨付…: more money on top of what was
                                  # paid, still to come; the later time is in 再/追加 itself)
                                  f"|{_INTENDED_MARK}(?:再|还将|还要|将再|追加|再追加)(?:追加)?"
                                  # (计划再筹集资金2000万元: more money to raise on top of what was raised, still to come)
                                  f"(?:{_LATER_MONEY_VERBS}|投入)"
                                  # (集团拟于年内设立规模5亿元的科技创新基金, 计划设立1亿元的产业基金: a fund only
                                  # intended, like 下一步将设立…基金, §6 "a fund to be set up next"; its size the amount)
                                  f"|{_INTENDED_MARK}{_INVESTMENT_GAP}设立(?:总?规模|总额)?(?:为|达到?|约)?$"
                                  # (本会计划今年募集善款6000万元, 计划年内筹措…: a fundraising target for the year, money still
                                  # to be raised, §6 twenty-third round "money with a plan or forecast word"; the year after
                                  # the plan's word only: a bare 计划筹集 and 今年计划筹集 stay, as the probe gold reads them)
                                  f"|{_INTENDED_MARK}(?:在|于)?(?:今年|年内|本年度?)(?:内|底前?)?(?:再|还|继续|累计)?(?:募集|筹集|筹措))"
                                  + _INVESTMENT_LEAD)
# Money planned to be raised or allocated after a span of coming years told earlier in the sentence (北京市将在3年内基本
# 解决…，计划筹措资金10亿元; 今后五年，该县计划筹集…): money to be raised over coming years is only intended (GUIDELINES §6
# fourteenth round: 预计在未来五年内筹集); a bare 计划筹集 with no such span stays as the probe gold reads it.
_PLAN_RAISES = re.compile(f"{_INTENDED_MARK}(?:{_LATER_MONEY_VERBS})" + _INVESTMENT_LEAD)
_COMING_SPAN = re.compile("(?:将|要|争取|力争)(?:用|在|于)?(?:今后|未来)?[一二两三四五六七八九十\\d]{1,2}年(?:内|时间|左右)"
                          "|(?:今后|未来)[一二两三四五六七八九十\\d]{1,2}年(?:内|间|里|中)?")
# Money a body only expects to put in, 预计 right before the verb (公司预计投入2亿元用于技术改造, 该项目预计投资5000万元):
# only intended like 计划投入 when no signing, start or decision is reported (GUIDELINES §6 sixteenth review round); not a
# total's label (预计总投资, 预计投资总额: the eighth round's signing totals), nor 预计今年… (this year's figure, as before).
# (预计拨款150万元, 预计安排资金300万元: a grant only expected is as intended as an investment expected)
# (預計編列經費新臺幣120萬元: a Taiwan body's budget line only expected, like 预计安排; a line told as set, 編列…辦理,
# stays funding, GUIDELINES §6 nineteenth and thirty-eighth review rounds)
# The look-behind is a class of single characters, not words: 按 and 照 refuse 按预计, 按照预计 and 依照预计, 原 原预计
# (a figure compared with what was expected).
_EXPECTED_INVESTMENT = re.compile(f"(?<![按依照原])预计(?:将|再|还)?(?:{_INVESTMENT_VERBS}|拨款|拨付|拨出|安排|发放|编列)" + _INVESTMENT_LEAD)
# Money a body plans to pay out (计划发放助学金300万元, 春节前共计划发放慰问金和物资50余万元): not paid yet, like 计划投入
# (§6: money only intended); what is paid named between the verb and the amount, no digit in it.
# (按年度计划发放, 根据工作计划发放助学金300万元: the plan followed, money paid by it; not a plan of its own)
_PLAN_FOLLOWED = re.compile("(?:按|依照|根据|依据)[^，。；\\d]{0,6}$")
# 按照规划，研究院三年内拟投入建设资金2000万元; 根据建设计划，园区拟再投入…: an intention the sentence sets under a plan
# as its source, its own clause apart, is the plan's money, not the signing's told beside it on the page (§6: money
# only intended with no signing reported of it; a signed project's total stays, 根据协议 stays the agreement's money).
_PLAN_AS_SOURCE = re.compile("(?:按照|根据|依照|依据|按)[^，。；\\d]{0,8}?(?:规划|计划|方案)(?:安排|要求)?[，,]")
_INTENDED_PAYOUT = re.compile(f"{_INTENDED_MARK}{_INVESTMENT_GAP}发放[^，。；\\d]{{0,10}}?(?:约|达到?|为|共计|超过?|逾|近)?$")
# A share to each of the recipients a plan counts (计划资助困难学生200名，每人资助5000元; 拟奖励10名优秀教师，每人5000元;
# 计划为100户困难家庭每户发放慰问金800元).  Why: the share is a part of an aid still to be given, so it is only
# intended like the plan's total (§6 计划/拟: money only intended), and the plan's word governs it in either of two
# shapes, one pattern each: the plan's verb of aiding in the share's own clause before 每 (_PLANNED_SHARE_IN_CLAUSE), or
# a clause that is only the share (_SHARE_CLAUSE) inheriting the intention of the payout clause right before it
# (_PLANNED_AID_CLAUSE).  Not 按计划 (as planned), nor 计划生育 (family planning: 为计划生育家庭每户发放慰问金800元, paid),
# nor a share told as given (首批资助120名新生，每人5000元: no planning word).
# (设立奖学金，今后每年奖励100名学生，每人5000元; 以后每年将为50名学生每人发放…: the shares of a later time, what the fund will
# pay from then on, only intended like a plan's, §6 eleventh round "money a next step or later plan will arrange")
_AID_VERBS = "资助|奖励|补助|救助|慰问|帮扶|发放|给予"
_LATER_TIME_MARK = "(?:今后|以后|此后|往后|将来|日后)(?=每年|每学年|每届|将|还将|也将)"
_LATER_TIME = re.compile(_LATER_TIME_MARK)
_PLANNED_AID = f"(?:{_INTENDED_MARK}|{_LATER_TIME_MARK})(?!生育)[^，。；\\d]{{0,8}}?(?:{_AID_VERBS})"
_PLANNED_SHARE_IN_CLAUSE = re.compile(f"(?:{_INTENDED_MARK}|{_LATER_TIME_MARK})(?!生育)(?=[^，。；]{{0,30}}?(?:{_AID_VERBS}))"
                                      "[^，。；]{0,24}?每(?:人|名|位|户|生|家)[^，。；\\d]{0,8}$")
_PLANNED_AID_CLAUSE = re.compile(_PLANNED_AID + "[^，。；]{0,24}$")
# A fund still to be set up in the clause right before a share clause (学校将设立青年教师科研启动基金，每人资助5万元):
# the share is paid from a fund that does not exist yet, as intended as the fund (§6); not 已设立 or a bare 设立 (told as
# done), nor 必将 (a forecast of an effect, no act of setting up).
# (下一步，基金会还计划设立“…基金”，每年拿出50万元…: 计划 as 将, and a yearly sum the fund is to pay, GUIDELINES §6
# thirty-sixth review round; not 按计划设立, 原计划设立: the plan followed)
_FUND_AHEAD_CLAUSE = re.compile(f"(?:{_WILL}|(?<![按照据依原])计划)(?:于[^，。；]{{1,8}}?)?(?:设立|建立|成立|设置|启动)[^，。；]{{0,20}}?"
                                f"(?:基金|{_FUND_NOUNS})[^，。；]{{0,4}}$")
# (a clause that is only the share before its amount: 每人奖励, 每名学生资助, 每户约)
_SHARE_CLAUSE = re.compile(r"\s*(?:每(?:人|名|位|户|生|家|个|所)[^，。；\d]{0,8}?|每年(?:拿出|安排|投入|出资|捐出|提供))(?:约|达到?|为)?$")
# 拟 qualifying the project that money goes to (县发改委向拟建设的污水处理厂项目下拨启动资金200万元): an intended project,
# the money paid to it now, no allocation only proposed.
_ATTRIBUTE_PROJECT = r"(?:在[^，。；]{0,10}?)?(?:投资)?(?:建设|兴建|新建|实施|引进|落户|改造|扩建)的"
# An allocation only proposed (省财政拟安排资金2亿元用于…, 中央预算内投资拟安排7000亿元, 拟拨付补助资金300万元): 拟 before a
# verb of allocating, like 拟投资 (§6: money only intended; the signing test of _INTENDED_INVESTMENT applies); not 计划
# (the probe gold records a fund's 计划筹集 as stated), nor 虚拟/模拟/比拟.
# (今年区财政计划安排一亿元, 准备安排专项资金…: 计划/准备/打算 before a verb of allocating is a plan like 拟, §6 "计划 make
# it only intended"; not 按计划/原计划/计划外, nor 计划生育 (a policy's name: 计划生育奖励扶助金 is paid), nor a plan
# document that allocates (投资计划安排, 年度计划安排, 项目计划, 工作计划, 建设计划: a plan handed down, money granted);
# only a time word or an adverb between the plan's word and the verb, the plan's word then being the subject's verb:
# not a scheme named as a noun, 三项计划合共涉及拨款…, 「…」计划获拨款…, 「…资助计划」拨款2亿元: money a scheme was granted)
_PLAN_ALLOCATES = ("(?:(?<![按依照原资度目作设」”』\"])计划(?!外|内|之外|的?基础上|生育)|准备|打算)"
                   # (计划在1998年的财政预算中拨款…: the budget the plan puts the money in, a few words after 在; 拨款 only
                   # after such a 中, not 向义工培训计划拨款…: money paid into a named scheme, §6)
                   "(?:今年|年内|全年|当年|本年度|明年|[上下]半年|下季度|年底前|再|还|将|继续|统筹|共|在[^，。；]{0,14}?){0,2}"
                   "(?:安排|拨付|拨出|下拨|下达|划拨|(?<=中)拨款)")
# (医管局正研究拨款约五百万元, 县府仍在考虑投入…: an allocation still being studied is no decision, like 拟; not 经研究，
# 拨款… (studied, then decided): only an ongoing study, 正/正在/仍在/还在/尚在; 编列 is the Taiwan budget's 安排:
# 拟编列860万元 is 拟安排)
# The study verb governs the allocation itself (正研究拨款, 正在考虑再投入): not across a relative clause or a question of
# how (该研究所正在研究的课题获得…资助, 正在研究如何用好…下达的专项资金: the research itself, or money already granted,
# §6 only an allocation still being studied is intended; the cr35 review's A5).
# 仍在, 还在, 尚在: a state still going on (the study here, a review or a negotiation in _UNSETTLED below)
_STILL_ONGOING = "仍在|还在|尚在"
_STUDIED = f"(?:正在?|{_STILL_ONGOING})(?:研究|考虑|研议|研拟|酝酿|探讨|评估)"
_STUDY_NOT_GOVERNING = "的|如何|怎样|怎么"
_STUDY_GAP = f"(?:(?!{_PAYING_VERBS}|获批|已|{_STUDY_NOT_GOVERNING})[^，。；]){{0,10}}?(?<!总)"
_INTENDED_ALLOCATION = re.compile(f"(?:(?:(?<![虚模比])拟(?!{_ATTRIBUTE_PROJECT}){_INVESTMENT_GAP}|{_STUDIED}{_STUDY_GAP})"
                                  f"(?:安排|拨付|拨款|拨出|下拨|下达|划拨|补助|资助|奖励|编列|{_INVESTMENT_VERBS})"
                                  f"|{_PLAN_ALLOCATES})"
                                  + _INVESTMENT_LEAD)
# Money a body says it will put in at a next step (下一步将设立规模10亿元的产业发展基金, 下一步将设立20亿元引导基金,
# 下一步将设立…基金，计划规模1亿元: the fund's size told in the clause after it; 今后将投入2亿元建设标准厂房, 明年将投资…,
# 下一步，市政府将安排3亿元专项资金: eleventh review round): a plan for later, like 拟投资
# (§6: money only intended), unless the page reports a signing or a donation ceremony (a fund to be set up only a donation ceremony: a signing on the page is no party's
# pledge of the body's own fund), or the sentence a decision (会议决定，将投入…, 宣布…, 会中通过「…计划」…). A bare 将 (公司今年将投资
# 200亿元, 市府将投入…) is read as money committed, as the tuning tests have it.
# (宣布，政府将投入30万亿日元…, 会议研究，县财政将投入…: a commitment announced or a meeting's decision)
# (会议研究, 会议通过 …: not 通过 or 研究 in ordinary prose, 将通过招商引资投入…, 研究院将投入…)
_DECIDED_OR_ANNOUNCED = re.compile("决定|(?:会议|经|集体)研究|研究(?:决定|同意|通过)|议定|(?:会议|审议|表决|会中|会上)通过"
                                   "|宣布|批准|同意")
# A donation ceremony on the page (捐赠仪式上，…集团将出资100万元设立助学基金): the pledge is the gift the event marks.
_DONATION_EVENT = re.compile("捐(?:赠|助|资|款)(?:签约)?仪式")
# (a ceremony told in another year or as once held, 去年，他曾在捐赠仪式上捐款10万元: no event of this page)
_EARLIER_TIME = re.compile("曾|去年|前年|往年|此前|以往|上一?年")


def _line_end(full: str, i: int) -> int:
    end = full.find("\n", i)
    return len(full) if end < 0 else end


def _donation_ceremonies(full: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
    """The page's main-event spans (the headline line, and the lead paragraph: the line of the first full stop, not
    a caption line before it) and the starts of the donation ceremonies told on the page, none told in its sentence
    as held earlier (_EARLIER_TIME): read once per page for _donation_event_for."""
    lead = ((0, _line_end(full, 0)),)
    stop = full.find("。")
    if stop >= 0:
        lead += ((full.rfind("\n", 0, stop) + 1, _line_end(full, stop)),)
    starts: list[int] = []
    previous_earlier = False
    for m in _DONATION_EVENT.finditer(full):
        if _EARLIER_TIME.search(full, start_after(full, m.start(), "。！？\n"), m.start()):
            previous_earlier = True
            continue
        if previous_earlier and _POINTS_BACK.match(full, m.end()):
            # (此前，…举行了爱心捐赠仪式。捐赠仪式上，企业代表表示，将捐资…: the bare 捐赠仪式上 points back to the ceremony
            # told as earlier, no ceremony of its own, §6 twenty-first round)
            continue
        previous_earlier = False
        starts.append(m.start())
    return lead, tuple(starts)


# A ceremony named bare with 上/中/现场 (捐赠仪式上): the one told before.
_POINTS_BACK = re.compile("上|中|现场")


# 仪式上，…表示, 在捐赠仪式上: the ceremony named bare, pointing back to one told before (not 在开工仪式上: another
# ceremony of its own name)
_AT_THE_CEREMONY = re.compile(r"(?:^|(?<=[，,。\s在]))(?:捐(?:赠|助|资|款)(?:签约)?)?仪式(?:上|中|现场)")


def _donation_event_for(ceremonies: tuple[tuple[tuple[int, int], ...], tuple[int, ...]], full: str,
                        sentence_start: int, at: int) -> bool:
    """Whether a donation ceremony told on the page marks the pledge at offset ``at`` of ``full`` (_DONATION_EVENT,
    ``ceremonies`` from _donation_ceremonies): one told in the pledge's paragraph, or the page's main event (told in
    the headline or the lead paragraph), or one told in the paragraph before when the pledge's sentence says it was
    made 仪式上 (GUIDELINES §6 twenty-first round, second part: a ceremony told in another paragraph of a page about
    another event is no occasion of the pledge; 另悉，…日前举行了捐赠仪式 or one still ahead told apart keeps none)."""
    lead, starts = ceremonies
    if not starts:
        return False
    paragraph_start, paragraph_end = full.rfind("\n", 0, at) + 1, _line_end(full, at)
    before_start = paragraph_start
    if _AT_THE_CEREMONY.search(full, sentence_start, at):
        # (随后举行了捐赠仪式。⏎仪式上，某公司表示，将捐资…: the nearest line before with any text)
        end = paragraph_start - 1
        while end > 0:
            line_start = full.rfind("\n", 0, end) + 1
            if full[line_start:end].strip():
                before_start = line_start
                break
            end = line_start - 1
    return any(before_start <= start < paragraph_end or any(a <= start < b for a, b in lead) for start in starts)


# (还将于明年投入…, 将在来年投入…: the time after 将, as before it, with the verb right after it: not 将于明年通车的
# 江城大桥累计投入…, 将于明年投用的新院区投资5亿元, the year of another act, the money already spent; money to be added
# at that later time is as much a plan: 县府明年将再增加教育经费2亿元, 今后将追加投入…)
# (the gap after 将 closes no relative clause: 已为明年将举办的省运会安排资金5000万元, 将 of another verb, the money
# already arranged)
# (a fund's size told across a comma as there now is no plan: …将设立创业基金，目前首期规模1亿元已全部到位; 现有规模1亿元)
_FUTURE_GAP = f"(?:(?!{_PAYING_VERBS}|获批|已|的)[^，。；]){{0,10}}?(?<!总)"
# A plan's period or a target year told as the time of the money (学校“十四五”期间将新增投入3亿元, “十四五”期间，该区将投入…,
# 到2030年该市将累计投入…): the period of a development plan or the year its target is set for, a plan word like 计划
# (GUIDELINES §6 twenty-third round: money with a plan word is only intended; thirtieth round); not a span of coming years
# the body commits (将在未来三年投入…, twenty-second round), nor a past plan's period (“十三五”期间累计投入…: no 将).
# (“十四五”, 十五: a five-year plan by its number, quoted or not)
_FIVE_YEAR_PLAN = "[“\"]?(?:[一二三四五六七八九]|十[一二三四五六七八九]?)五[”\"]?"
_PLAN_PERIOD = _FIVE_YEAR_PLAN + "(?:期间|时期|末)|到(?:\\d{4}|二〇[一二三四五六七八九〇]{2})年(?:底|末)?"
# The lead of a next step or a plan's period in money put off (下一步还将投入…, 今后，公司还将追加投资…, “十四五”期间将…): on a
# page that reports a signing it is still only intended unless its own sentence names the agreement or the signing
# (根据协议，下一步集团还将投入…: committed under it), GUIDELINES §6 twenty-second round (the next-step reading covers money
# with no agreement) and twenty-ninth round (money its own sentence ties to the agreement stays); thirtieth round.
_NEXT_STEP_LEAD = re.compile(_NEXT_STEP_WORDS + "|" + _PLAN_PERIOD)
# (明年公司还要投入…: 要 of an intention like 将; not 主要/需要/重要, nor 要求)
_FUTURE_INVESTMENT = re.compile("(?:(?:" + _NEXT_STEP_WORDS + "|明年|来年|" + _PLAN_PERIOD + ")(?:[，,]\\s*)?[^，。；]{0,8}?(?:将|(?<![主需重只])要(?!求|点))"
                                # (下一步，县里将拨付500万元…, 今后还将拨出…, 接下来还将募集…: every verb of allocating or raising
                                # money later, as _INTENDED_INVESTMENT's later branch reads them, and of giving it, §6 eleventh
                                # round: money a next step will arrange is only intended; thirtieth round; 明年将再编列经费…, a
                                # Taiwan body's budget line for a later year, thirty-eighth round)
                                f"{_FUTURE_GAP}(?:{_INVESTMENT_VERBS}|{_LATER_MONEY_VERBS}|拨款|编列|出资|捐资|捐赠|捐款|增加|追加|新增|安排|筹措|筹集|(?P<fund>设立)(?:(?:[^，。；\\d]{{1,16}}?[，,]\\s*)?(?:(?!目前|现|已)[^，。；\\d]){{0,4}}?(?:规模|总额|(?P<raise>募集|筹集|筹措)))?)"
                                # (德国电信公司将在2000年之前投资500亿马克: a target year the money is due by, a plan's
                                # target like 到2030年…将, GUIDELINES §6 thirtieth and thirty-first rounds; the year as the
                                # target group: intended on a signing page too unless its own sentence names the signing,
                                # fortieth round)
                                f"|将(?:于|在)?(?:明年|来年|(?P<target>(?:19|20)\\d{{2}}年(?:之前|以前|底前|前)))(?:再|继续|追加|新增)?(?:{_INVESTMENT_VERBS})"
                                # (下一步，县民政局将为护理员发放岗位补贴6万元: a payment put off to a next step; not 将于下月
                                # 为…发放…: a payment announced for a stated near date, funding, §6)
                                "|(?:" + _NEXT_STEP_WORDS + ")(?:[，,]\\s*)?[^，。；]{0,8}?将"
                                "(?:(?!兑现|兑付|拨付|下达|获批|已)[^，。；]){0,16}?发放[^，。；\\d]{0,10}?"
                                # (街道明年还将评选一批“五星级党支部”，并对每个获评支部给予经费奖励2万元: a reward of a
                                # conferral still ahead, the time and 将 in the clause before, §6 money only intended; not
                                # 对考核优秀的特派员每人奖励5000元, no later time told: a reward promised, a record)
                                "|(?:下一步|下步|今后|明年|来年)[^，。；]{0,8}?将(?:(?!已|今年|去年|上年|本年|此前|目前)[^。；]){0,40}?(?:给予|奖励)[^，。；\\d]{0,12}?)"
                                + _INVESTMENT_LEAD)
# Money planned for a later phase of a project (项目二期拟追加投资30亿元, 三期计划投资5亿元): only intended also on a signing
# page when its own sentence names no agreement, since the agreement commits the signed project, not a later phase still
# ahead (§6 twenty-eighth round: a later phase still ahead; twenty-ninth round).  Not more money planned for the signed
# project itself (华信集团计划再投入5亿元 after the signing: kept,
# tests/extract/pages/test_money_planned_on_top_and_designation_plaques.py).
_LATER_PLAN = re.compile("(?:[二三四五六后]期|下一期)(?:工程|项目)?[^，。；\\d]{0,6}?(?:拟|计划|准备|打算)")
# A clause with no subject of its own that opens on a verb of allocating (论坛期间还将举行成果展，设立专项资金200万元用于…;
# 该中心将于明年投入使用，安排运营经费…) shares the predicate of the clause before it: the 将 there, told with an
# adverb (还将, 也将, 并将) or with a time (将于, 将在), puts this money ahead too, only intended (§6 money put off to a
# later step).  Not when the clause before tells something done (已): then the amount's clause is its own statement.
# (协会计划于今年下半年举办首届创业大赛，设立总额50万元的奖金; 联赛定于5月1日开赛，设立总奖金…: a plan or a set day of
# an event still ahead, told with its time, governs the clause after it as 将于 does: prize money of an event ahead, §6)
_CARRIED_WILL = re.compile("(?:(?:还|也|并|又|另)将(?!来|近)|(?<![即必原])将(?:于|在)"
                           "|(?:计划|拟|准备|打算)(?:于|在|今年|明年|年内|[上下]半年)|(?<![决约商])定于)"
                           "(?:(?!已)[^，。；]){0,30}[，,]\\s*$")
_CARRIED_VERB_OPENING = re.compile("\\s*(?:并|同时|再|还)?(?:设立|设置|安排|投入|拨付|下拨|筹集|筹措|新增|追加|划拨|列支)")
# The rest of a quoted name after an amount inside it (「三百亿元中央扩大租金补贴专案计画」, “千亿元产业集群培育工程”):
# the amount is a word of the scheme's name, no money stated by the sentence (§6 records money granted).  The name must
# close on a scheme's head noun, so a quoted remark (「再拨款2亿元」) is not taken for a name.
# (the most characters a scheme's name holds before its amount: 「中央扩大三百亿元…」)
_NAME_OPENING_SPAN = 8
# A forecast's year after 预计 (预计2026年投资…): a plan only for a year after the page's; the page's own year is read
# like 预计今年 (a figure of this year, not money intended).
_FORECAST_YEAR = re.compile(r"预计(?:于|在)?(?P<year>\d{4})年")
_QUOTED_NAME_TAIL = re.compile("[^「」“”『』，。；,;]{2,30}?(?:计划|计画|方案|专案|工程|项目|行动|政策|基金|条例)[」”』]")


def _opens_quoted_name(text: str, start: int, end: int) -> bool:
    """Whether a quote mark opened in text[start:end] is still open at ``end`` (the amount stands inside it) and
    opens a name: a few words at most before the amount and no verb giving money among them, since a name opens on
    its amount or a word or two (「中央扩大三百亿元…专案计画」) while a quoted remark tells money given (市长表示：“今年
    已拨付资金2亿元用于乡村振兴工程”: a record, however its tail ends)."""
    opened = max(text.rfind(ch, start, end) for ch in "「“『")
    return opened > max(text.rfind(ch, start, end) for ch in "」”』") and opened >= end - _NAME_OPENING_SPAN \
        and _GIVER_VERB.search(text, opened, end) is None


# 洽谈中, 正在审核, 公示中: an open state of a plan, an application or a proposed award.
# (仍在审查中, 正在审议, 尚未核定: a review by a funder or a council is such a state as much as 审核/审批)
_REVIEW_STATES = "审核|审批|审查|审议|评审|核定|核批|公示"
_UNSETTLED = re.compile(f"洽谈中|(?:正在|{_STILL_ONGOING})[^，。；]{{0,12}}?(?:洽谈|商谈|协商|谈判|对接|论证|{_REVIEW_STATES})"
                        f"|(?:{_REVIEW_STATES})中|尚未(?:签约|批复|核定|核准|落地|到位)")
# Money whose payment waits on a later approval told after it in its sentence (可分红23.6万元，…待下月村民代表大会表决通过
# 后兑现; 拟编列860万元，…，待市议会审议通过后执行): no decision is reported, only intended (GUIDELINES §6: money only
# intended with no decision reported; a budget bill still to be voted).  Not a works' acceptance (待验收合格后拨付 is a
# condition of paying money granted) and not another part (剩余资金待…: _OTHER_BATCH).
# (the decisions awaited: a review of _REVIEW_STATES, a vote or an approval; one lexicon with the open states, the
# cr35 review's C3)
_DECISIONS = "表决|核准|批准|批复"
# (须经…表决通过后兑现, 需经…审议通过后执行, 尚需…表决, 尚待…审议, …表决通过后再兑现: the same wait in other words, a
# condition still to be met or a payment put after the decision with 再/方可/才; not …审议通过后，已拨付 nor 经…审议通过,
# a decision told taken; the cr35 review's B19)
_AWAITS_APPROVAL = re.compile(f"(?:待|(?:须|需|需要|必须)经)[^，。；]{{0,16}}?(?:{_REVIEW_STATES}|{_DECISIONS})(?:通过|同意)?后"
                              f"|(?:尚|还|仍)(?:需|须|需要|待)[^，。；]{{0,16}}?(?:{_REVIEW_STATES}|{_DECISIONS})"
                              f"|(?:{_REVIEW_STATES}|{_DECISIONS})(?:通过|同意)?后(?:再|方可|才能?|方能)")
# A later clause opened by a subject of its own, a matter described with 的 and naming no money (新校区的建设方案待县人大审议
# 通过后实施, 祠堂的申遗材料待…批复后上报): its approval is not the amount's (GUIDELINES §6: only money whose own payment
# waits on a decision is intended; the cr35 review's A6). Not 具体方案待… (no matter of its own named) nor 资金的分配方案待…
# (the money's own scheme).
_MATTER_OF_ITS_OWN = re.compile(rf"[，,；;](?![^，,；;。]*(?:{_GRANT_MONEY_WORDS}|{_FUND_NOUNS}|分红|红利|预算|这笔|该笔|上述))"
                                # (the wait opening as _AWAITS_APPROVAL's does: 待, 尚需, 须经, …)
                                "[^，,；;。]{1,12}的[^，,；;。]{1,8}(?:待|尚|还|仍|须|需|必须)")
# A clause that names another batch or the rest (第二批资金正在审核中, 另有12家企业…): its open state is not the amount's.
_OTHER_BATCH = re.compile("第[二三四五六七八九十\\d]+批|下一?批|另有|另外|其余|其他|剩余|还有")
# The amount told as paid or in place right after it (资金200万元已全部拨付到位, 已下达): settled, whatever other matter
# a later clause says is still under review (…，企业的认定材料目前正在审核中).
_DONE_AFTER = "[^，。；]{0,4}?已经?(?:全部|全额|足额)?"  # right after the amount: 已, 已经, 已全部… before the verb
_SETTLED_AFTER = re.compile(_DONE_AFTER + f"(?:{_PAYING_VERBS}|下拨|到位|到账)")
# An amount of money in a later clause (已下达3000万元, 其中省级资金2000万元; not 一元化): another part, with its own state.
_AMOUNT_OF_ITS_OWN = re.compile("[\\d一二三四五六七八九十百千两][\\d.一二三四五六七八九十百千两]*[万亿]*(?:美元|港元|欧元|元)(?!化|结构)")
# A signing announced for later (拟于5月28日…举行…集中签约仪式，…总投资86亿元; 某某县将举行…签约仪式; 该区即将举行…签约仪式;
# 定于下周正式签约; 即将与某集团正式签约): 拟/将/即将 as words before a time or the verb, not inside 虚拟, 模拟, nor 将
# meaning 把 (将招商引资作为…), and no 了 after the verb (举行了: held).  (在即将闭幕的…上举行了签约仪式: 即将 before a
# verb of another event's end is no signing verb, and the signing was held.)
_SIGNING_AHEAD = literal_gated(re.compile("(?<![虚模])(?:(?:拟|将|定|计划|准备)于[^。；]{0,20}?|(?:拟|将|计划|准备)(?:在[^，。；]{0,12}?)?)"
                                          "(?:举行|举办|召开)(?!了)[^。；]{0,30}?签约"
                                          "|(?<![虚模])(?:拟|将|定|计划|准备)于[^，。；]{0,12}?(?:正式)?签(?:约|订|署)"
                                          "|即将(?:与[^，。；]{1,16}?)?(?:正式)?签(?:约|订|署)"
                                          # (会议期间将签署投资协议总额约20亿美元: the verb of signing itself after 将, nothing signed yet)
                                          # (双方计划签约仪式后注资: the rite itself still planned; a scheme's rite attended
                                          # or held, 出席资助计划签署仪式, is no signing ahead: see _signing_ahead)
                                          "|(?<![虚模即])(?:拟|将|计划|准备)(?:在[^，。；]{1,12}?)?(?:正式)?签(?:约|订|署)(?!了|项目|的|[^，。；]{0,12}?纳入)"
                                          "|届时[^，。；]{0,16}?签约"))
# Money a speaker demands, urges or proposes that another body put in (议员要求县府编列新台币五千万元专款, 呼吁市府拨款
# 3000万元, 委员建议县政府安排资金2000万元, 促请县府追加预算…): the payer commits nothing, so only intended, no record
# (GUIDELINES §6 twenty-third round: what decides is whether the payer commits it; tenth round: financing demanded is no
# funding). The demand's verb and the verb of allocating stand in the amount's clause. Not a demand followed (按照议员要求,
# 根据…要求, 应…要求: the body pays), nor a leader's or a meeting's instruction to its own bodies (县长要求县财政局拨付…,
# 会议要求各地安排…: an official announcing the body's allocation, twenty-first round), nor a condition met (符合要求的…, 达到要求后…).
_DEMAND_VERBS = "要求|呼吁|促请|吁请|敦促|恳请|请求|建议"
_ALLOCATING_VERBS = "编列|拨款|拨付|拨出|增拨|划拨|安排|追加|投入|预留|提供|出资|设立"
_DEMANDING_OFFICIAL = "会议|常务会|[省市县区镇乡]长|书记|局长|厅长|主任|主席"
# (要求政府给300多万失业者每人3000法郎节日补贴: the payer, 给 and those to be paid, counted or not, GUIDELINES §6 thirty-sixth
# round)
_DEMANDED_MONEY = literal_gated(re.compile(f"(?:{_DEMAND_VERBS})"
                                           f"(?:[^，。；：:“”]{{0,16}}?(?:{_ALLOCATING_VERBS})"
                                           "[^，。；：:“”\\d]{0,12}?"
                                           "|[^，。；：:“”\\d给]{1,10}?给[^，。；：:“”]{1,16}?)$"))
# (read over the clause before the demand's verb: 根据议员要求拨付…, 县长要求…)
_DEMAND_OWN_OR_FOLLOWED = re.compile(f"(?:(?:{_DEMANDING_OFFICIAL})[^，。；]{{0,12}}?|(?:按照|根据|依照|依据|应|按|符合|达到|满足)[^，。；]{{0,10}}?)$")
# A pledge told in someone's remarks (徐某表示，将捐资100万元支持…; 他说，公司将出资200万元设立…): money only promised,
# intended, no record (§6 twenty-first round); not a body's own allocation reported (县财政今年将安排资金800万元: no
# speaker's verb before it, and 安排 no verb of giving one's own), nor a pledge kept (表示，已捐资…), nor one a donation
# ceremony on the page marks (read in FundingExtractor).
# (not the speaker's own body's money named as the subject, 县长表示，县财政将出资800万元…, 县里将出资…: an official
# announcing the body's allocation, funding, §6 twenty-first round second part)
_PLEDGE_IN_REMARKS = literal_gated(re.compile("(?:表示|说|称|承诺|透露|(?:致辞|讲话|发言|演讲)中宣布)[，,：:]?“?"
                                              "(?:(?!财政|政府|[省市县区镇乡]里|[我本全][省市县区镇乡])[^，。；：:“”]){0,10}?"
                                              # (将在年内再捐资, 将于明年出资: a time between 将 and the verb; not 将在
                                              # 未来三年出资, money put in over stated years, which §6 keeps)
                                              "将(?:(?:于|在)(?!未来)[^，。；：:“”]{1,6}?)?(?:再|会|个人)?"
                                              # (将向学校捐赠1000万元: the recipient told between 将 and the verb; 宣布 only in
                                              # an address at another event: a formal announcement may be the page's news)
                                              "(?:[向为给][^，。；：:“”]{1,10}?)?"
                                              "(?:捐资|捐款|捐赠|捐助|出资|资助)[^，。；]{0,6}?$"))


# The same pledge told in the first person inside the quoted remarks, with a clause of the quote between the speaker's verb
# and it (X表示：“…是我应尽的责任，今年我将再为某基金投入100万元…”): a person's own pledge, only intended (GUIDELINES §6
# twenty-first and twenty-third rounds: a donation a speaker pledges in remarks at an event that is no ceremony of giving;
# thirty-fourth round); not 我们, 我国, 我省, 我市…, which may be a body announcing its own allocation.
_PLEDGE_FIRST_PERSON = re.compile("(?:表示|说|称|承诺|透露)[，,：:]?“[^“”]*?"
                                  "我(?![们国省市县区镇乡校厂院所局])(?:个人)?[^，。；：:“”]{0,4}?(?:还|也)?将(?:再|会|继续|个人)?"
                                  "(?:[向为给][^，。；：:“”]{1,10}?)?"
                                  "(?:投入|捐资|捐款|捐赠|捐助|捐献|出资|资助|拿出)[^，。；“”]{0,6}?$")
# Money a country or a place obtained told as a level (三国所获的资金达800亿美元, 所吸收的外资为…): capital attracted, a
# statistic (GUIDELINES §6 statistics; thirty-fourth round); not a fund named by its aid (所获的救助资金).
_CAPITAL_OBTAINED_LEVEL = re.compile("所(?:获|获得|得到|吸收|吸引|引进)的?(?:外部|国外|境外)?(?:资金|外资)(?:总额)?"
                                     "(?:共|总共)?(?:达到?|为|约为?|共计|计)?约?$")
# Compensation a government pays to the victims of a war, a persecution or a disaster (德国政府已向…的受害者支付了近18亿马克
# 的赔偿): money paid, funding (GUIDELINES §6 thirty-fourth round), while 赔偿 stays excluded elsewhere (damages one party
# pays another under a court's judgment or mediation, an insurer's claims).
_STATE_COMPENSATION = re.compile("政府[^，。；]{0,16}?向[^，。；]{0,20}?(?:受害者|受难者|幸存者|遇难者|死难者)(?:家属)?"
                                 "[^，。；]{0,8}?(?:支付|提供|发放)了?")
# 约达, 大约达 before the amount: a level told as approximate (金额约达30亿美元), the 达 keeping 约 off the amount's own span
# (GUIDELINES §6 approximate; thirty-fourth round).
_APPROX_LEVEL_BEFORE = re.compile("约达$")


def _signing_ahead(text: str, start: int, end: int) -> bool:
    """Whether a signing still to come (_SIGNING_AHEAD) is told in ``text[start:end]``, a scheme's rite aside."""
    rites: set[int] | None = None
    for m in _SIGNING_AHEAD.finditer(text, start, end):
        if m.group().startswith("计划"):
            if rites is None:
                rites = scheme_rite_nouns(text, end)
            if m.start() in rites:
                continue  # 出席资助计划签署仪式: the scheme's rite, 计划 a noun
        return True
    return False
# A signing of the amount's own clause, or of the clause right before it, told as held, by a time or an adverb
# before it, by this event's own batch (本次签约的12个项目总投资86亿元, 此次集中签约的, 本批签约项目15个，总投资…) or by
# 了 after it (而上月签约的10个项目总投资32亿元, 现场签约项目10个): a signing held, whatever another batch plans; a bare
# 签约项目 after a signing to come (某县将举行签约仪式，签约项目总投资90亿元) names the projects to be signed.
# Agreements of cooperation or investment signed, closing the clause right before an amount (两地企业签署十六份合作协议,
# 签署了战略合作协议，涉及金额…): what that amount is the total of; not a purchase, a sale or supply (签订采购框架协议,
# trade, no money granted, §6 sixteenth review round: see _deals_signed_before), nor an agreement of another kind
# (签署购房协议, 签署整改协议: a home bought, an audit's findings to correct).
_DEALS_SIGNED_BEFORE = re.compile("签(?:署|订)了?(?P<deal>[^，。；]{0,22}?)(?:协议|备忘录)(?:书)?[，,]\\s*$")
# (agreements of another kind than investment: a home bought or rented, an audit's findings to correct, a dispute
# settled, land cleared; any other agreement, 十六份协议, 经贸协议, is a signing's, §6 eighth round)
_OTHER_AGREEMENT = re.compile("购房|租赁|租房|整改|调解|和解|赔偿|补偿|拆迁|征收|征地|安置|劳动|就业|离婚|保密|承诺|责任")


def _deals_signed_before(text: str, start: int, end: int) -> bool:
    """Whether agreements of cooperation or investment, no trade, are signed closing ``text[start:end]``."""
    deal = _DEALS_SIGNED_BEFORE.search(text, start, end)
    return bool(deal) and not (_PURCHASE_BEFORE.search(deal["deal"]) or _BOUGHT.search(deal["deal"])
                               or _OTHER_AGREEMENT.search(deal["deal"]))
_OWN_SIGNING = literal_gated(re.compile("(?:已经?|上月|上周|去年|上年|此前|日前|前期|先前|以来|现场|当天|当日|成功"
                                        "|本次|此次|这次|本批|该批|此批|这批)[^，。；]{0,4}?签(?:约|订|署)"
                                        "|签(?:约|订|署)了"))
# A spending line of a budget statement (一般公共预算支出中，教育支出86亿元): 支出 as a noun after its field, not
# the verb of 共支出/已支出 with a grant after it, nor a giver's verb with its use after (县财政统筹支出800万元，用于…:
# _GIVER_SPENDS and _ALLOCATED_AFTER).
_SPENDING_LINE = literal_gated(re.compile("(?<![共已再又并累计])支出(?:为|达到?)?约?$"))
# 支出 as the verb of a giver, with only adverbs of time or manner between (县财政统筹支出800万元，用于…救助,
# 市政府今年安排支出): money spent; not a field's noun between them (县财政教育支出86亿元, a budget line).  The giver is
# a government or one of its bodies, a place told as the spender (该县, 全市, 镇里, 村里), a society's name ending in
# 会 (公司工会, 市慈善总会, 红十字会; not 社会), or none at all after an adverb of allocating (统筹支出, 安排支出), which
# no field's spending line takes.
_GIVER_SPENDS = re.compile(f"(?:(?:{_PUBLIC_GIVER.pattern}|(?:该|全|本)[省市县区镇乡村]|[省市县区镇乡村]里|(?<!社)会)"
                           "(?:今年|年内|全年|当年|去年|今年以来|统筹|安排|紧急|专项|累计|共|已|再|又|先后|分别)*"
                           "|(?:统筹|安排|紧急)(?:专项)?)支出约?$")
# Capital attracted from outside as a yearly statistic (全市引进市外境内资金580亿元, 吸引投资…), unless a signing states it; not aid
# money brought in (村里引进帮扶资金120万元), nor a fund for bringing in talent, 引进 inside its name (人才引进资金,
# 人才引进专项资金, 引进人才专项资金; not 引进人才和资金: talent and capital attracted).  Read before the amount only: an act
# after it is what the money is for (安排1000万元用于吸引外资和招商引资奖励).
_ATTRACTED = re.compile("(?<!人才)引进(?!人才(?:工作|专项|奖励|补助)?(?:资金|经费))"
                        "(?![^，。；]{0,10}?(?:帮扶|扶贫|援助|补助|捐))[^，。；]{0,10}?资金"
                        # (近五年累计吸引投资逾800亿元, 吸引外资3亿美元: investment attracted, the same statistic; not a
                        # reward fund named after the act: 安排吸引外资专项奖励资金800万元)
                        # (全市吸引各方面投入…的经费: the money others put in, drawn in, GUIDELINES §6 thirty-fifth round)
                        "|吸引(?![^，。；]{0,8}?(?:帮扶|扶贫|援助|补助|捐|奖励|奖补|专项))[^，。；]{0,8}?(?:投资|外资|资金|投入)")
# Contracted foreign capital (累计批准台资企业560家，合同台资45亿美元; 新批外资项目20个，合同外资3亿美元): capital attracted, a
# statistic (GUIDELINES §6 twelfth round), unless the page tells a signing (签约…其中合同外资额4.6亿美元: the event's own
# contracts).  (合同 itself is one of _SIGNING's words, so the signing is read without it.)
# (协议外资金额130.42亿美元: 协议 the same contracted capital, 1990s copy)
_CONTRACTED_CAPITAL = re.compile("(?:合同|协议)(?:利用)?(?:外资|台资|港资|澳资|侨资|港澳台资)(?:金额|额)?(?:为|达到?|共计|合计)?约?$")
# Contracted investment written with 投资 (英国…协议投资近130亿美元，实际投资超过40亿美元; 韩国在该省的合同投资额达25亿美元):
# capital attracted told by the contract, like 合同外资 (§6 twelfth round; thirtieth round), read under the same guards of no
# signing on the page; the actual investment told beside it (_ACTUAL_BESIDE_CONTRACTED) is the same statistic's other half.
_CONTRACTED_INVESTMENT = re.compile("(?:合同|协议)投资(?:总?额|金额)?(?:为|达到?|共计|合计|累计)?[约近逾]?$")
# (协议外资金额…，实际投入…: the actual half beside contracted capital told by its noun of capital too, §6 thirty-second round)
_CONTRACTED_WORD = re.compile("(?:合同|协议)(?:投资|(?:利用)?(?:外资|台资|港资|澳资|侨资|港澳台资))")
# (双方协议投资1660亿马克建设新厂: the parties' agreed investment in works named after it, a signing's total, not a tally)
_WORKS_AFTER_CONTRACTED = re.compile("建设|兴建|新建|扩建|建立|用于")
_ACTUAL_BESIDE_CONTRACTED = re.compile("实际(?:投资|投入|到位)(?:总?额|金额|资金)?(?:已经?)?(?:为|达到?|超过|逾|突破|共计|合计|累计)?[约近逾]?$")
# (not 协议外资, 协议台资, 协议投资: the contracted capital's own noun, as 合同 is left out for 合同外资)
_SIGNING_ACT = re.compile(f"{_SIGN_VERBS}|协议(?!(?:利用)?(?:外资|台资|港资|澳资|侨资|港澳台资)|投资)")
# Foreign capital a place actually used (实际利用外资二千多亿美元, 全省实际使用外资金额35.6亿美元, 实际利用外商直接投资累计超过…):
# a statistic like contracted capital (GUIDELINES §6 nineteenth review round), the noun of the capital right before the
# amount with at most a verb of reaching; not money actually paid to a project (实际到位资金: no foreign capital named).
# (全区实际到位内资56.3亿元, 实际利用省外资金…: domestic capital from outside drawn in, the same statistic, §6
# seventeenth round: capital a place attracted)
_CAPITAL_USED = re.compile("实际(?:利用|使用|吸收|引进|到位)?(?:外资|外商直接投资|外商投资|外国直接投资|境外资金|台资|港资|澳资|侨资"
                           "|内资|省外资金|市外资金)"
                           "(?:金?额|总额)?(?:已经?|累计|共计|总计|合计|全年)*(?:超过|达到?|逾|突破|近|约|为|超)*$")
# A central bank's market operation (央行向市场注入资金500亿元以稳定汇率, 通过逆回购向银行体系净投放流动性1000亿元): no money
# granted (§6 nineteenth review round).  The verb of putting money into the market before the amount, and a central bank
# or the market's own words in the sentence (not 市财政局向企业投放专项资金500万元: a grant to firms).
# (金融管理局向市场注资25亿港元以稳定联系汇率: 注资 as 注入资金, the same operation in Hong Kong copy)
_MARKET_INJECTION = re.compile("(?:净)?(?:注入|注资|投放|释放|回笼)了?(?:[^，。；\\d]{0,4}?(?:资金|流动性|基础货币))?约?$")
_MONEY_MARKET = re.compile("央行|中央银行|人民银行|美联储|联储局|欧洲央行|日本银行|金融管理局|金管局|流动性|银行体系|金融体系"
                           "|货币市场|银行间市场|公开市场|逆回购|借贷便利|再贷款|汇率|降准")
# ...nor one project's contracted capital told with its start and no tally in the sentence (总投资5亿美元的江城华星电子项目
# 开工，合同外资2亿美元: that project's money; not 今年以来全市新批外资项目20个，合同外资3亿美元, a tally).
_ONE_PROJECT_STARTED = re.compile("项目(?:正式|顺利|已|当天|集中)?(?:开工|奠基|动工|投产|落地|竣工)")
_CAPITAL_TALLY = re.compile("累计|历年|以来|全年|年内|新批|批准|新设|新增|共有|[\\d一二三四五六七八九十]+[个家项](?:项目|企业)?[，,]")
# A place's contracted capital over a year (去年全市合同利用外资12亿美元, 1997年全省合同外资…): the place's yearly statistic
# (§6 twelfth round), also on a page that tells a signing of its own.
_PLACE_YEAR_CAPITAL = re.compile(f"(?:去年|上年|全年|今年以来|{_YEAR_DIGITS}年)(?:全|该|本)[省市县区]")
# The same over a part of a year told as the sentence's period (一季度全市新设外资企业37家，合同外资4.2亿美元; 上半年全省…,
# 1至4月全区…): the place's tally for the period, read anywhere before the amount in a sentence that signs nothing (今年以来
# 全市签约项目20个，其中合同外资…: a period's running total of signings stays funding, §6).
_PLACE_PERIOD_CAPITAL = re.compile("(?:第?[一二三四1-4]季度|前[二三两]季度|[上下]半年|今年以来|"
                                   "[\\d一二三四五六七八九十]+(?:至|-|—|到)[\\d一二三四五六七八九十]+月)(?:全|该|本)[省市县区]")
# Firms' investment standing in a place (中国企业在哈投资已超过3亿美元, 外商在我市投资累计达…): the stock of investment drawn
# there, a statistic like capital attracted (§6), not money a body grants or invests in a project.
_INVESTMENT_STOCK = re.compile("(?:企业|外商|客商|台商|港商|侨商)在[\u4e00-\u9fff]{1,8}?投资(?:总?额)?"
                               "(?:(?:已经?|累计|总计)+(?:超过|达到?|逾|突破|近)?|超过|达到?|逾|突破)约?$")
# A firm's running total of its investment in a place told as background (此前已累计在本地投资超过10亿元, 已在我市累计投资
# 15亿元, 已在该县累计投入资金逾30亿元): a statistic, like capital a place attracted (§6 eighteenth round); not a sum the
# firm is to invest (将在本地累计投资50亿元, 计划…): ``_INVESTMENT_PLANNED`` keeps those.
# (目前，公司累计投资1.2亿美元，年销售额逾15亿元; 该公司已累计投资3亿元: the firm's own running total in its profile, told
# up to now, no place named, likewise; not 签约…，公司累计投资5亿元建设…: a sum committed at a signing)
_INVESTED_RUNNING_TOTAL = re.compile("(?:累计在[\u4e00-\u9fff]{1,8}?|在[\u4e00-\u9fff]{1,8}?累计"
                                     "|(?:(?<=目前[，,])|(?<=至今[，,])|(?<=迄今[，,])|(?<=截至目前[，,]))(?:该|本|我)?(?:公司|企业|集团|工厂|厂)(?:已经?)?累计"
                                     "|(?<![\u4e00-\u9fff])(?:该|本|我)?(?:公司|企业|集团|工厂|厂)(?:已经?|目前|至今|迄今)+累计)"
                                     "(?:投资|投入)(?:资金|总额|金额)?"
                                     "(?:已经?|共计|总计)?(?:超过|达到?|逾|突破|近|约|超)*$")
_INVESTMENT_PLANNED = re.compile("将|计划|拟|预计|力争|承诺|未来")
# Capital a place has attracted over the years, told as a running total in its profile (目前共有台资企业412家，累计合同台资
# 45亿美元; 历年累计实际利用外资30亿美元): a statistic (§6 twelfth review round), unless the clause signs it; not the contracted
# capital of an event's signings (现场签约项目12个，其中合同外资额4.6亿美元; 共签订…项目419个，合同利用台资、外资达…).
_CAPITAL_RUNNING_TOTAL = re.compile("(?:累计|历年|至今|迄今)[^，。；\\d]{0,6}?(?:合同|实际|实到|到位)?(?:利用|引进|吸引)?"
                                    "(?:台资|外资|港资|澳资|侨资|内资|境外资金)(?:金?额|总额)?(?:达到?|为|共计|合计)?[约近逾超]?$")
# Money leveraged, its verb before the amount with a word of investing (带动企业投入研发经费逾10亿元, 撬动社会资本20亿元, 拉动
# 民间投资…): capital attracted, a statistic (§6), not the grant that leveraged it (安排资金2000万元带动…: that amount stands
# before the verb).
# (拉动文旅消费超过2000万元, 带动假日消费1.2亿元: consumption driven, a market figure, §6, as 拉动消费 in the lexicon
# reads it with no field between)
_LEVERAGED_BEFORE = re.compile("(?:带动|拉动|撬动)[^，。；\\d]{0,12}?(?:投资|投入|资金|资本|经费|融资|消费)[^，。；\\d]{0,8}$")
# (not a fund named after what it leverages: 发放创业带动就业补贴资金, 安排带动就业专项资金: a grant, §6)
_LEVERAGE_NAMED_FUND = re.compile("(?:带动|拉动|撬动)就业|(?:补贴|补助|奖补|专项)(?:资金|经费)?[^，。；\\d]{0,4}$")
# Investors a body brought to invest, told before the amount (商会成立以来累计引导会员企业在江城投资超过300亿元, 组织乡贤回乡
# 投资…): investment attracted, a statistic (§6), like 吸引投资; not a project a body organizes (组织实施投资…) nor money a
# body gives (组织会员企业捐款…: no 投资). 组织 as a noun is no verb (县委组织部与企业共同投资…, 村集体经济组织与企业合作投资…: the
# body itself invests).
# 1960年奥运会的电视转播权为40万美元, 该联赛冠名权的售价为3000万元: the price of a right told as what it is worth, a market
# figure, no record (GUIDELINES §6 eighteenth review round); the right named as the clause's subject, its figure right
# after 为/是/达 (not 拨款500万元购买转播权: money granted, the right bought after it).
_RIGHT_PRICED = re.compile("[\u4e00-\u9fff]权(?:费|的?(?:价格|售价|价值|成交价))?(?:为|是|达到?|高达|约为?)$")
_INVESTORS_BROUGHT = re.compile("(?:引导|(?<!经济)(?<!集体)(?<!社会)(?<!群团)(?<!党)组织(?![部局委])|动员|带领)(?!实施)"
                                "[^，。；\\d]{0,8}?(?:企业|会员|客商|乡贤|侨商|台商|港商|商会)"
                                "[^，。；\\d]{0,8}?投资(?:额|总额)?[^，。；\\d]{0,8}$")
# ...and the investment is a tally (累计, 先后) or made in a place (在江城投资, 回乡投资), or no project told with its use follows
# (县工商联带领会员企业投资2000万元建设光伏电站: one project, built, is the money invested in it).
_INVESTORS_TALLY = re.compile("累计|先后|陆续|在[\u4e00-\u9fff]{1,8}?投资|[回返]乡|[来到赴][\u4e00-\u9fff]{1,6}?投资")
# A project's investment in a clause that says it is still being negotiated (另有一个投资2亿元的物流园项目正在洽谈中; 总投资15亿元的
# 智能装备项目正在洽谈): nothing signed yet (§6 only intended), with no word of a plan before the amount either.
_UNDER_NEGOTIATION = re.compile("洽谈中|正在[^，。；]{0,6}?(?:洽谈|商谈|谈判)")
# (not another project's negotiation after a list mark, 总投资10亿元的新能源项目正式签约、另有3个项目正在洽谈中, nor one after
# the project's own signing: the signed one is funding)
_OTHER_ITEM_AHEAD = re.compile("、|另有|还有|另外")
_SIGNED_AHEAD = re.compile(f"{_SIGN_VERBS}|落地")


def _still_negotiated(text: str, clause_start: int, m_end: int, clause_end: int) -> bool:
    """Whether the amount's clause says its project is still being negotiated (投资2亿元的项目正在洽谈中), read up to the
    next item of a list (、, 另有) and not past a signing told after the amount."""
    other = _OTHER_ITEM_AHEAD.search(text, m_end, clause_end)
    negotiation = _UNDER_NEGOTIATION.search(text, clause_start, other.start() if other else clause_end)
    return negotiation is not None and not (
        negotiation.start() >= m_end and _SIGNED_AHEAD.search(text, m_end, negotiation.start()))


# Foreign capital a place actually used over a year (1997年全省实际利用外资25亿美元; 一年来，…实际利用外资25亿美元): a
# statistic like contracted capital (GUIDELINES §6 nineteenth review round); only with a year or span told in the
# sentence and no total up to a date, since the tuning probe gold keeps a country's total up to a month as money
# invested (msra_test_01292, a judgement call).
_USED_CAPITAL = re.compile("实际(?:利用|使用|到位)(?:外资|台资|港资|澳资|侨资|外商直接投资|外商投资)(?:金额|总?额)?"
                           "(?:为|达到?|共计|合计)?[约近逾超]?$")
_CAPITAL_YEAR = re.compile(f"去年|上年|全年|今年|年内|一年来|当年|{_YEAR_DIGITS}年(?!代)")
# (截至今年十月，…实际利用外资二千多亿美元: a total up to a date, not a year's; the probe gold keeps it)
_CAPITAL_UP_TO = re.compile("截至|截止")


def _capital_attracted(sentence: str, page: str, clause_start: int, m_start: int, clause_end: int) -> bool:
    """Whether the amount at ``m_start`` of ``sentence`` is capital a place attracted, a statistic (§6 twelfth review
    round), read in the two shapes the ruling takes: contracted capital with no signing on the ``page`` and no single
    project told started (:data:`_CONTRACTED_CAPITAL`), or a running total with no signing in its clause
    (:data:`_CAPITAL_RUNNING_TOTAL`)."""
    if _USED_CAPITAL.search(sentence, clause_start, m_start) and _CAPITAL_YEAR.search(sentence, 0, m_start) \
            and not _CAPITAL_UP_TO.search(sentence, 0, m_start):
        return True
    if (_CONTRACTED_CAPITAL.search(sentence, clause_start, m_start)
            or (_CONTRACTED_INVESTMENT.search(sentence, clause_start, m_start)
                and not _WORKS_AFTER_CONTRACTED.search(sentence, m_start, clause_end))
            or (_ACTUAL_BESIDE_CONTRACTED.search(sentence, clause_start, m_start)
                and _CONTRACTED_WORD.search(sentence, 0, clause_start))) \
            and (not _SIGNING_ACT.search(page) or _PLACE_YEAR_CAPITAL.search(sentence, clause_start, m_start)
                 or (_PLACE_PERIOD_CAPITAL.search(sentence, 0, m_start) and not _SIGNING_ACT.search(sentence))) \
            and (_CAPITAL_TALLY.search(sentence) or not _ONE_PROJECT_STARTED.search(sentence)):
        return True
    if _CAPITAL_USED.search(sentence, clause_start, m_start) and not _SIGNED_BEFORE.search(sentence, clause_start, clause_end):
        return True  # 实际利用外资二千多亿美元: a place's capital used, a statistic (§6 nineteenth round)
    return _CAPITAL_RUNNING_TOTAL.search(sentence, clause_start, m_start) is not None \
        and not _SIGNED_BEFORE.search(sentence, clause_start, clause_end)


def _market_operation(sentence: str, clause_start: int, m_start: int) -> bool:
    """Whether the amount at ``m_start`` of ``sentence`` is money a central bank puts into (or takes out of) the market
    (央行向市场注入资金500亿元): no money granted (§6 nineteenth review round)."""
    return _MARKET_INJECTION.search(sentence, clause_start, m_start) is not None \
        and _MONEY_MARKET.search(sentence) is not None


# A company's research spending stated as a figure (公司研发投入4.2亿元): a financial figure (§6 market figures).
# A year's fiscal spending on a sector (去年全市财政教育投入达32.5亿元，同比增长6%; 全年民生支出占一般公共预算支出的78%，
# 达120亿元): a statistic of a body's overall spending, no money granted (§6); a field named between 财政 and the noun,
# or a share of the budget in the clause before a clause of the amount only. Only with a mark of a statistic in the
# sentence (全年, 去年, 同比, 增长, 占): not 市财政投入3000万元用于…改造 nor 县财政安排教育专项资金2000万元.
# (not 县财政局投入300万元: a bureau is no sector, the body itself spends)
# (去年，全市教育投入达到48.6亿元: the whole region's spending on a field written as a noun after the field, no 财政;
# not 全市共投入…, 全县今年投入…: a verb of the region's own act, with an adverb or a time word before it)
# (words of the body's own act after 财政 or 全市, refused in both branches: 财政统筹安排, 全县共投入, 全市已投入)
_OWN_SPENDING_ACT = "统筹|安排|再|又|共|累计|将|已"
# (the words of the region's own act after 全市, and of the body's after a period: 全县总共投入, 全年新增投入)
_NOT_OWN_ACT = f"{_OWN_SPENDING_ACT}|总共|合计|先后|各|新增|追加"
# The year words that mark a sector's spending as a year's statistic.
_PERIOD_WORDS = "全年|去年|上年|当年"
# Between a period and 投入, words that make the amount a body's or a level's act, not a field's noun: a running span
# (去年以来共投入…), a region or a level (去年全县投入…, 去年县里投入…, 当年中央财政投入…), money sought from above (争取上级
# 投入); money so told is put in by someone (§6), a record unless a statistic is told some other way.
# (当年市县投入, 全年省市两级投入: two levels joined, put in by both)
_NOT_A_FIELD = f"{_NOT_OWN_ACT}|争取|以来|全[省市县区]|[省市县区]里|上级|中央|[省市县区]级|[省市县区乡镇]{{2}}|财政"
_SECTOR_SPENDING = literal_gated(re.compile(f"(?:财政(?!{_OWN_SPENDING_ACT}|专项|集中|[局厅所]|部门)"
                                            f"|全[省市县区](?!{_NOT_OWN_ACT}|财政)(?=(?:(?!年)[\u4e00-\u9fff]){{2,4}}?投入)"
                                            # (全年安全生产投入860万元, 去年科技投入…: the year's spending on a field as a noun, the period
                                            # standing where the region would)
                                            f"|(?:{_PERIOD_WORDS})(?!投入)(?=(?:(?!年|{_NOT_A_FIELD})[\u4e00-\u9fff]){{2,4}}?投入))"
                                            "[\u4e00-\u9fff]{1,4}?(?:投入|支出)(?:总额|总量)?(?:为|达到?|共计|合计)?约?$"
                                            # (全省2019年生态环境保护财政投入达86亿元, 教育财政支出为…: the field written before 财政, the
                                            # year or the region before the field; not a level or a body before it, 市级财政投入, 本级财政,
                                            # 中央财政投入, 市县财政, 县财政, nor a region's own act, 全县共投入)
                                            f"|(?:(?!{_NOT_A_FIELD}|年|本级|各级|同级|国家|地方|政府)[\u4e00-\u9fff]){{2,8}}财政(?:投入|支出)"
                                            "(?:总额|总量)?(?:为|达到?|共计|合计)?约?$"
                                            # (去年全省技术改造投资达到150亿元, 全年全市农业投资完成2亿元: a year's investment in a field
                                            # as a noun, told as a level by a verb of reaching; not 去年投资3亿元修建…, the verb itself,
                                            # nor 全市共投资…, the region's own act)
                                            f"|(?:{_PERIOD_WORDS})(?:全|该|本)?[省市县区国]?(?!{_NOT_OWN_ACT})[\u4e00-\u9fff]{{2,6}}?投资"
                                            "(?:总?额|总量)?(?:达到?|为|完成|超过|突破)约?$"))
_SPENDING_SHARE = re.compile(r"(?:支出|投入)占[^，。；]{0,16}?(?:支出|预算)[^，。；]{0,4}?[\d.]+[%％]")
_AMOUNT_ONLY_LEAD = re.compile(r"\s*(?:达到?|为|共计|合计)?约?$")
# A field's budget level told with a statistic (县府今年编列教育预算新台币28亿元，占总预算近三成; 全县教育预算达12亿元，同比
# 增长8%): a budget figure like a sector's spending (§6 "a body's overall budget"), not money handed to anyone; budget
# money put to a use right after it (编列预算500万元，补助偏乡学校) stays, by _SECTOR_PURPOSE_AFTER.
# The group ``copula`` marks a budget stated by a copula (该国今年的国防预算为270亿美元, 学校本年度预算是3000万元): the level
# of a body's overall budget, a figure of itself (§6 "a body's overall budget", nineteenth round: a budget told with 为/是),
# no other mark of a statistic needed; a budget added or handed down (追加预算500万元) is an act, and 达 after a time word
# stays with the statistic marks.
_SECTOR_BUDGET = re.compile("[\u4e00-\u9fff]预算(?:总额|规模)?(?:(?P<copula>为|是)|达到?|共计?|合计)?约?$")
# A single project's budget that a named payer covers (该项目预算为300万元，由县财政全额保障): money allocated to that
# project, funding (§6 nineteenth round); the copula reading above is for a body's or a field's budget. The project
# right before 预算 and the payer's covering verb right after the amount, both needed (not 该项目预算为300万元 alone,
# nor 全市教育预算为30亿元，由省财政补助一部分).
_PROJECT_BUDGET = re.compile("(?:项目|工程)总?预算(?:总额)?(?:为|是)约?$")
# A project's budget as the label of a total still at its design or study (新中心工程预算约1.2亿元，目前仍在进行设计): the
# project's size, read like 该项目总投资 where _PREPARATORY tells the project not begun (§6: a project only studied or planned).
_PROJECT_BUDGET_LABEL = re.compile("(?:项目|工程)总?预算(?:总额)?(?:为|是|达到?)?约?$")
_PAYER_COVERS_AFTER = re.compile("[，,]\\s*(?:全部|全额|均)?由[\u4e00-\u9fff]{1,12}?(?:全额|全部|足额)?(?:保障|承担|负担|拨付|出资)")
# Related budgets summed (今年县府编列农业发展相关预算共12亿元, 各类涉农预算合计3亿元): a field's budget level told as a
# total over several lines, a budget figure with no other mark of a statistic (§6 "a body's overall budget").
_BUDGETS_SUMMED = re.compile("(?:相关|各类|各项)[\u4e00-\u9fff]{0,4}?预算(?:总额|规模)?(?:共计?|合计|总计)(?:为|达到?)?约?$")
# ...but not a budget added or handed down by a decision (市财政局今年追加防汛预算3000万元，比去年增加500万元; 下达卫生预算…):
# money granted (§6 "budget money handed down … are funding"), whatever the comparison with last year; 安排/编列 a
# field's budget stays its level (县政府今年安排教育预算28亿元，同比增长8%).
_BUDGET_ADDED = re.compile("(?:追加|追拨|增拨|下达|拨付|划拨|拨出)[\u4e00-\u9fff]{0,6}?预算(?:总额|规模)?(?:为|达到?|共计|合计)?约?$")
# A budget line listed for a whole field (县财政今年编列教育经费预算3.2亿元): a budget figure with no use stated, no record
# even with no statistic beside it (GUIDELINES §6 eighteenth review round); the field written between the verb and 预算 (not
# 编列预算1200万元，用于…, kept by a use after it, nor 年度预算安排…专项资金, a named fund).
_FIELD_BUDGET_LISTED = re.compile("(?:编列|编制)了?[一-鿿]{2,12}?预算(?:总额|规模)?(?:为|达到?|共计?|合计)?约?$")
_SECTOR_STATISTIC_MARK = re.compile(f"{_PERIOD_WORDS}|同比|增长|增幅|占")
# A whole year written by its number in the amount's clause (2023年全县财政教育投入达9.8亿元): the year's spending told
# like 去年…投入 (§6 eighth round); not a dated act (2024年5月, a month after the year: spent on a day).
# (a year by its number, and the guard that no month follows it: 2024年5月 dates an act, it is no period)
_YEAR_NUMBER = "(?:19|20)\\d{2}年"
_NO_MONTH_AFTER = "(?![\\d一二三四五六七八九十]{1,2}月)"
_SECTOR_YEAR = re.compile(_YEAR_NUMBER + "度?" + _NO_MONTH_AFTER)
# A sector's money put to a use right after the amount (市财政科技投入3000万元支持20个项目) or spent on a day (5月8日,
# 近日): a grant told as an act, no year's statistic, whatever mark the sentence holds.
_SECTOR_PURPOSE_AFTER = re.compile(r"\s*[，,]?\s*(?:专门|主要|重点)?(?:支持|扶持|资助|补助|帮助|用于|建设|实施)")
# The use of special bond money obtained (争取专项债券资金5亿元，用于城区老旧小区改造; …3亿元，全部投向城乡供水一体化工程;
# 为江城新区污水处理厂项目争取…): a purpose verb after the amount, as _SECTOR_PURPOSE_AFTER reads it, or a project the money
# is obtained for; not a word of the sentence elsewhere (积极争取上级支持, 储备项目56个, 涉及项目12个: no use of this money).
_BOND_MONEY_USE_AFTER = re.compile(_SECTOR_PURPOSE_AFTER.pattern + r"|\s*[，,]?\s*(?:全部|全额|主要|重点|专项)?(?:用于|投向|投入)")
# (the project before the act of obtaining, not the 项目 of the money's own name: 为企业争取上级项目资金 names no project)
_BOND_MONEY_FOR_PROJECT = re.compile("为(?:(?!争取|获批|获得)[^，。；]){2,24}?(?:项目|工程)")
# Money a place obtained from higher levels (争取上级项目资金6800万元, 向上争取各类资金3.5亿元, 争取中央和省级资金9.6亿元)
# with no project or use stated: a tally of a work report like bond money obtained, no record (GUIDELINES §6 eighteenth
# review round); handed to a named project or use (…，用于X; 为X项目争取…; X工程争取上级补助资金…) it stays a grant.
# (a fund named by its kind, 上级补助资金, 省级专项资金, 中央预算内资金, is a named fund, GUIDELINES §6 fifteenth round,
# and stays; so does money obtained through a channel, 通过争取…项目获得资金)
# (a sum joined with special bond money, 争取中央预算内资金和专项债券资金5.2亿元, is left to _BOND_MONEY_OBTAINED's
# reading, seventeenth round: a grant in part)
_FUND_KIND = "补助|专项|奖补|配套|扶持|奖励|衔接|预算内|补贴"
_HIGHER_MONEY_OBTAINED = re.compile("(?:向上级?争取(?:到|了)?|争取(?:到|了)?(?=上级|中央|省级|省市|省财政|国家))"
                                    "(?:(?!" + _FUND_KIND + ")[^，。；债获]){0,12}?资金(?:共计|合计|总计|达到?|超过)?约?$")
# Money obtained from higher levels over a past year (县府去年争取中央补助款逾42亿元, 上年共争取省级专项资金3亿元): a year's
# tally of a work report, also when the fund is named by its kind (§6 eighteenth round, twenty-ninth round); with a use or
# a project stated it stays, by the same guards as _HIGHER_MONEY_OBTAINED.
_PAST_YEAR_OBTAINED = re.compile("(?:去年|上年|上一年|过去一年|过去的一年)[^，。；]{0,8}?争取(?:到|了)?(?:上级|中央|省级|省市|省财政|国家)"
                                 "[^，。；债获]{0,10}?(?:资金|款|经费)(?:共计|合计|总计|达到?|超过)?约?$")
# Money obtained over a span of past years (近三年来，该村先后争取各类项目资金1200万元; 多年来共争取上级资金…; “十三五”以来
# 累计争取…): the span's tally of a work report, like a past year's (§6 twenty-ninth round; thirtieth round: a span of years
# is read as a past year), searched from the clause before the amount's, with the same guards of a use or a project.
_SPAN_OBTAINED = re.compile("(?:近[一二两三四五六七八九十\\d]{1,2}年来?|过去的?[一二两三四五六七八九十\\d]{1,2}年(?:里|间|中)?|多年来|近年来"
                            # (a plan's period or a past year with 以来; not 今年以来, this year's running span, whose named fund
                            # stays: this year's money obtained is no past tally)
                            "|(?:" + _FIVE_YEAR_PLAN + "|(?:19|20)\\d{2}年)以来)"
                            "[，,]?[^。；]{0,14}?(?:先后|累计|共|总共|陆续)?争取(?:到|了)?"
                            "[^，。；债获]{0,12}?(?:资金|款|经费)(?:共计|合计|总计|达到?|超过)?约?$")
# Money obtained in the amount's clause, read with a past span before it (从1990年到1996年间争取国际援款约665万美元): the
# same tally as _SPAN_OBTAINED for every wording of the span (thirty-first round).
# (一年来，…，解决扶贫资金4500万元: 解决 before a fund is money found or obtained like 争取, GUIDELINES §6 thirty-sixth round)
_OBTAINED_CLAUSE = re.compile("(?:先后|累计|共|总共|陆续)?(?:争取|解决)(?:到|了)?[^，。；债获]{0,12}?(?:资金|款|经费)"
                              "(?:共计|合计|总计|达到?|超过)?约?$")
# A use told in the next clause as an act to come (…900万元，将分三期新建乡镇敬老院): the money's use stated.
_HIGHER_MONEY_USE_NEXT = re.compile(r"\s*[，,]\s*(?:将|拟|计划)?(?:分[一二三四五六七八九十\d]{1,2}期)?"
                                    "(?:新建|建设|改建|扩建|改造|实施|推进|支持|补助|用于|投向|投入)")
# A project or a works as the subject obtaining the money (污水管网工程争取上级补助资金…): its use named.
_PROJECT_SUBJECT = re.compile("(?:项目|工程)(?:共|累计|还|又|已)?$")
_DATED_ACT = re.compile(r"\d{1,2}月\d{1,2}日|近日|日前")
# (全省共投入研究与试验发展（R&D）经费1236.8亿元, R&D经费支出…, 研究与发展的经费达到368亿元: the statistical term of
# research spending, a region's yearly figure, §6 sixteenth round; not 研发经费 alone, which a grant may name: 拨付研发经费500万元)
# (全县规模以上企业研发投入总额达…: the figure's 总额 after the noun, §6 thirty-fifth round)
_RESEARCH_SPENDING = re.compile("(?:研发(?:投入|费用|支出)|研究与发展的?经费(?:投入|支出)?|(?:研究与试验发展\\s*(?:[（(]\\s*R\\s*&\\s*D\\s*[)）])?|R\\s*&\\s*D)\\s*经费(?:投入|支出)?)"
                                "(?:总额|总量)?(?:为|达到?|共计|合计)?约?$")
# The term paid to a named body (向江城大学拨付R&D经费500万元, 为江城理工学院安排R&D经费…): a grant to that body, not a
# place's or a year's spending (§6 twentieth round); the recipient must be named, a bare 下达 or 投入 keeps the statistic.
# (not 全市为支持科技创新安排R&D经费投入…: 为 and a verb state a purpose, no recipient)
_RESEARCH_GRANTED = re.compile("(?:[向给]|为(?!了|支持|支援|推动|推进|加快|促进|助力|保障|确保|进一步|落实|实现|提升|加强|鼓励|引导"
                               "|深化|服务|打造|建设|培育|发展))[^，。；]{1,20}?(?:拨付|下拨|划拨|拨出|下达|安排|发放)了?$")
# Money a body received over a year, told as a level with a statistic (2024年到位科研经费5.6亿元，同比增长18%; 去年到位
# 资金…): a yearly figure like 年度科研经费达… (GUIDELINES §6 fourteenth round), no money granted at a stated time; money
# granted (获批…经费, 下达…资金) stays, and so does a running total since a start (自结对以来…实际到位资金52.3亿元: money
# raised, eighth round): the statistic must be the amount's own, a growth right after it or a year word in its clause.
_RECEIVED_LEVEL = re.compile("到位[\u4e00-\u9fff]{0,4}?(?:经费|资金)(?:总额)?(?:为|达到?|共计|合计)?约?$")
_RUNNING_SINCE = re.compile("累计|以来")
# Capital that arrived with the projects a place attracted (累计引进项目26个，到位资金18.6亿元; 招商引资实际到位资金45亿元):
# investment drawn in, a statistic (GUIDELINES §6 seventeenth round), whatever period or growth is told; not money for
# projects carried out with a partner (累计实施协作项目67个，实际到位资金52.3亿元: aid raised) nor money a signing brought
# (与企业签约12个，到位资金800万元), nor a grant in place (补助资金500万元已全部到位: 到位 after the amount).
_ARRIVED_CAPITAL = re.compile("到位[\u4e00-\u9fff]{0,4}?资金(?:总额)?(?:为|达到?|共计|合计)?(?:超过|突破|[约近逾超])?$")
# The contract sum of the projects a place attracted over a period (1995年以来，全区共引进高新技术项目37个，合同金额1亿多美元):
# contracted capital drawn in, the same statistic (§6 twelfth round: 累计合同台资 in a profile of the city); a signing's total
# (招商引资签约项目12个，合同金额50亿元) stays, read by the caller.
_PROJECTS_CONTRACT_SUM = re.compile("(?:合同|协议)(?:外资|资金)?(?:总?金额|总额)(?:为|达到?|共计|合计)?(?:超过|突破|[约近逾超])?$")
_SIGNED_IN_SENTENCE = re.compile(f"{_SIGN_VERBS}|签下")
# A market or macro-economic figure named in the clause right before a bare level clause of its sentence (外汇储备已超出了
# …的指标，达到270亿美元; 出口增长一直较快，预计全年达到1800亿美元): the level is that figure's, a market figure (§6 "Not
# funding: … market figures, GDP"), as when the noun stands in the amount's own clause (funding_exclude).
_MARKET_FIGURE = re.compile("外汇储备|储备|出口|进口|外贸|贸易|零售总额|生产总值|GDP|国民收入|财政收入|兼并|并购|汇率|股市|市值")
_BARE_LEVEL_CLAUSE = re.compile(r"\s*(?:预计|估计|预期)?(?:全年|今年|去年|当年|已经?|并|均|将|又|再)*"
                                r"(?:达到?|升至|增至|降至|增加到|减少到|突破|超过|为)约?$")
# A standing yearly sum paid now (目前该市每年由财政支付住房津贴二千多万元): a standing yearly level, a statistic (§6
# twenty-third round: 每年的经费只有3万元), not money granted at a reported event.
_STANDING_YEARLY = re.compile(r"(?:目前|现在|如今|现时)[^，。；\d]{0,10}?每年(?:由[^，。；\d]{1,8}?)?"
                              r"(?:支付|支出|拨付|拨出|花费|花)[^，。；\d]{0,8}?$")
# ...or with investors from outside told investing in the place before it (海外侨商在榕城累计投资兴办企业1800多家，实际到位资金
# 超过120亿美元; 台商在我市投资…): the same capital drawn in, a statistic.
# ...or investment that arrived with the firms or projects a place signed or settled over a period, told as the tally
# it closes (2023年全区新签约亿元以上项目54个，协议总投资386亿元，实际到位资金112亿元; 2021年以来…引导落地企业38家，实际
# 到位投资21亿元): capital drawn in, the same statistic (GUIDELINES §6 seventeenth round).  The tally verb must count
# projects or firms, and a period must come before the amount's clause; money a signing brought at an event (与企业签约12个，到位资金
# 800万元) and aid projects carried out (实施协作项目67个) are no such tally.
# (Not one pattern with _ARRIVED_CAPITAL: this one also reads 到位投资 and 到位投资额, a tally's own words, and is gated by a
# period and a settled-project tally; _ARRIVED_CAPITAL reads 资金 only, gated by projects attracted or investors in the
# place, where 到位投资 is not written. Joining them would let either gate decline the other's wording.)
_ARRIVED_INVESTMENT = re.compile("到位[\u4e00-\u9fff]{0,4}?(?:资金|投资)(?:总额|额)?(?:为|达到?|共计|合计)?(?:超过|突破|[约近逾超])?$")
_SETTLED_TALLY = re.compile("(?:签约|落地|落户|入驻|引进|招引)[^，。；\\d]{0,10}?(?:项目|企业)(?:\\d+|[一二两三四五六七八九十百]+)[个家项]")
# (not the year opening a full date, 今年5月6日，县里与企业签约…: one day's signing, no period's tally)
_TALLY_PERIOD = re.compile("(?:\\d{4}年|[今去上本全]年)(?![\\d一二三四五六七八九十]{1,2}月[\\d一二三四五六七八九十]{1,3}[日号])|"
                           + _RUNNING_SINCE.pattern)
_INVESTORS_IN_PLACE = re.compile("(?:外商|侨商|台商|港商|客商|侨胞|华侨|外资企业)[^，。；\\d]{0,10}?投资")
# (今年已累计吸引青年创业项目300个: 吸引 drawing projects in like 引进)
_PROJECTS_ATTRACTED = re.compile("招商引资|(?:引进|引入|招引|招商|吸引)[^，。；\\d]{0,10}?项目")
# (引进项目5个，争取到位上级补助资金3000万元: a grant won in the amount's own clause, money granted, §6)
_GRANT_ARRIVED = re.compile("争取|补助|补贴|奖补|帮扶|扶贫|援助|捐|专项|上级|财政")
# The investment total of the projects a place attracted over several years (五年来…共引进侨资项目86个，投资总额逾百亿元; 近三年
# 累计引进项目45个，总投资120亿元): capital drawn in, a statistic like their 到位资金 (GUIDELINES §6 seventeenth round); read
# only with a span of years before it (_ATTRACTED_SPAN) and no signing or start told in the sentence, where the total is
# the event's own (§6: a signed or started project's total is funding). (今年以来引进招商项目20个，总投资50亿元 stays a
# record, as an earlier hunt's test reads it: a year-to-date tally has no ruling yet.)
_ATTRACTED_TOTAL = re.compile(r"\s*(?:项目)?(?:投资总额|总投资额?)(?:为|达到?|共计|合计)?[约近逾超]?$")
_ATTRACTED_SPAN = re.compile("[一二三四五六七八九十两几多\\d]+年(?:以)?来|近[一二三四五六七八九十两几\\d]+年|历年")
_GROWTH_AFTER = re.compile(r"\s*[，,]\s*(?:同比|比上年|较上年|比去年|较去年|环比)(?:增长|增加|下降|减少|提高)")
_YEAR_IN_CLAUSE = re.compile(f"{_PERIOD_WORDS}|{_YEAR_NUMBER}(?!以来)")
# The same year told in the clause right before, the amount's clause going on with the year's tally (学校去年获批国家
# 自然科学基金项目43项，到位科研经费1.6亿元): still the year's money received; a year with its month there (2024年5月，…)
# dates an act, not a period, and is left out; money put to a stated use after the amount (…800万元用于…) stays.
_YEAR_BEFORE_CLAUSE = re.compile(f"{_PERIOD_WORDS}|{_YEAR_NUMBER}(?!以来){_NO_MONTH_AFTER}")
# The tally that clause ends on (…项目43项, …成果12个): the year's figures listed, not an act of that year (学院去年举行签约
# 仪式，当场到位资金500万元…: money handed over at the signing, a record).
_TALLY_END = re.compile("(?:\\d+|[一二两三四五六七八九十百千]+)(?:余|多)?(?:项|个|篇|件|家|部|台|套|人次)$")
# A whole region's money put into a field over a period (2026年，全县投入公共文化服务资金1200万元; 今年以来，全市累计投入
# 城乡环境整治资金3.2亿元): a year's spending on a sector, a budget figure like _SECTOR_SPENDING (§6 eighth round), with
# the period in the sentence before it; money put to a stated use after the amount (…投入1200万元用于新建…, …资金1200万元，
# 新建农家书屋20个) stays.
# (2024年全县教育系统投入安全设施建设资金620万元: a sector of the region as the spender, the region's spending all the same)
# (近年来，我市累计投入双拥经费超过3000万元; 多年来，县财政累计投入教育资金5亿元: a place's running total over years
# with no use, in its review of the period, §6 ninth round; the place written 我市/本县 or as its treasury, with 累计)
# (2018年，集团共投入党建工作经费150万元; 今年以来，公司累计投入安全生产费用2600万元: a body's own spending on a field over
# a year or a running span, told as a total (共, 累计) in its review of the period with no use, a year's spending on a
# field like 全年安全生产投入, §6 sixteenth round; a body written by its generic noun, its own name standing elsewhere on the
# page; not 2023年医院投入学科建设和人才培养经费…: no total word, money put into named work, as the tuning gold syn_m15
# reads it)
# (上半年，…，全镇安全生产投入180万元: the field's spending as a noun after the whole place, the period before it)
_PERIOD_SPENDER = "(?:集团|公司|企业|学校|学院|医院|[我该本][校院司厂])"
_REGION_SPENDING = re.compile("(?:全[省市县区镇乡旗](?:[\u4e00-\u9fff]{1,4}?(?:系统|行业|战线|领域))?(?:共|累计|共计|总共|合计)?"
                              "|" + _PERIOD_SPENDER + "(?:共|累计|共计|总共|合计)"
                              "|(?:[我本][省市县区镇乡旗]|[省市县区]财政)累计"
                              # (过去一年，县财政投入民生资金18.6亿元: a level's finance as the spender over a period, its
                              # field's money named, like 全县投入…; 当年中央财政投入1.2亿元, no field named, stays)
                              "|[省市县区]财政(?:共|共计|总共|合计)?)(?:投入|投放)(?:各类|各级)?"
                              "[\u4e00-\u9fff]{2,14}?(?:资金|经费|费用)(?:共计|合计|总计)?(?:为|达到?|超过|逾)?约?$"
                              "|全[省市县区镇乡旗](?!共|累计|总共|合计|已|将|再|又|新增|追加)"
                              "[\u4e00-\u9fff]{2,8}?(?<!财政)(?:投入|支出)(?:资金|经费|费用)?(?:共计|合计|总计)?(?:为|达到?|超过|逾)?约?$")
# A whole place's money for a field told as a level or a total after the place (据统计，3年来全市用于这方面的扶持资金达3462.55
# 万元; 五年来全省用于农田水利建设的资金达86亿元; 全区各级财政用于扶贫的资金累计超过5亿元; 1994年至1997年，全国城镇教职工住房
# 建设共投资542亿元): the place's spending on a field over a period, a statistic like 全县投入…资金 above (§6 eighth and ninth
# rounds; thirtieth round); the use written before the money's noun (用于X的资金) names the field counted, no use of money
# granted; read by the caller with the same period and the same guards of a use after the amount.
_REGION_FUND_LEVEL = re.compile("全[国省市县区镇乡旗](?:各级财政|财政)?(?:用于|投向|投入)[^，。；,;\\d]{1,16}?的(?:各类|各项)?"
                                "[\u4e00-\u9fff]{0,4}?(?:资金|经费|款项|投入|投资)(?:总额|总量)?(?:共计|合计|总计|累计)?"
                                "(?:为|达到?|超过|逾|突破)?约?$"
                                "|全[国省市县区镇乡旗](?!共|累计|总共|合计|已|将|再|又|新增|追加|财政)[\u4e00-\u9fff]{2,10}?"
                                "(?:共|累计|共计|总共|合计)(?:完成)?投资(?:总额)?(?:为|达到?|超过|逾)?约?$")
# (五年来我院累计投入帮扶资金386万元, 三年来公司累计投入扶贫资金…: a body's own running total whose noun names the aid, which
# states its use, §6 twenty-third and twenty-fourth rounds, like 司法救助金 and 学生资助资金; a field's money, 党建工作经费 or
# 安全生产费用, stays a year's spending)
_AID_FUND_SPENT = re.compile(_PERIOD_SPENDER + "(?:共|累计|共计|总共|合计)(?:投入|投放)[^，。；,;\\d]{0,6}?"
                             "(?:帮扶|救助|慰问|助学|援助|扶贫)(?:资金|经费)")
# (县财政投入专项资金500万元，为12所学校更新设备; ，对30个村…进行奖补: a use told after a comma by 为/对 and the ones the money
# goes to, §6 ninth round "with a use … it stays"; read only after a level's finance, the spender of that branch)
# A verb of aid or support told with a perfective 了 right after the amount's comma (，扶持了近百家亏困企业, ，帮助了…): an
# outcome reported, no use (GUIDELINES §6 thirty-first round, for every verb of aid: thirty-second round).
_OUTCOME_AFTER_COMMA = re.compile(r"\s*[，,]\s*(?:先后|还|并|又|共)?(?:支持|扶持|资助|补助|帮助|帮扶|救助|扶助|援助)了")
_USE_CLAUSE_AFTER = re.compile("[，,](?:为|对|给|帮助|帮扶|支持|资助)[\u4e00-\u9fff\\d]{2,}")
_REGION_SPENDING_PERIOD = re.compile("(?:19|20)\\d{2}年(?!\\d{1,2}月)|今年|去年|全年|当年|上年|年内|以来|[上下]半年|季度"
                                     "|年来|近[一二三四五六七八九十两\\d]{1,2}年|过去的?[一二三四五六七八九十两\\d]{1,2}年")
# A spender's money put in or invested over a stated past span (3年内，垦区累计投入农业基础建设资金31.2亿元; 两年来，民航用于
# 购买飞机的资金投入1100亿元，机场建设的投资达1000亿元; 通过4年的苦干，市政府先后投资20多亿元，拆迁了…; 截至目前，…投入资金
# 400多万元): the span's spending figure or running tally, read one way for every wording of the span (GUIDELINES §6 eighth,
# ninth and thirtieth rounds; thirty-first round); a use after the amount, a recipient before the verb, an aid fund's noun
# (帮扶资金, 助学金) or a dated act keep it, as the caller reads them.
# (not 将在3年内, 未来三年内, 今后五年: a span still ahead, read by the plan rules; not 今年以来: this year's running span)
_PAST_SPAN = re.compile("(?<![将要在])(?<!未来)(?<!今后)(?<!\\d)[一二两三四五六七八九十几\\d]{1,2}年(?:多)?(?:来|内|间|里|中)"
                        # (这几年，…; 1996和1997两年…: a span told by 几 or by the years it counts, §6 thirty-second round)
                        "|(?<![将要在])(?<!未来)(?<!今后)(?:这|近|前)几年(?=[，,])"
                        "|(?:19|20)\\d{2}年?(?:和|与|、|至|到)(?:19|20)\\d{2}年?(?:这|那)?[两二三四五六七八九十]年"
                        "|(?:通过|经过|用了?|历经|历时)(?:近|了)?[一二两三四五六七八九十\\d]{1,2}年(?:多)?(?:的|时间)"
                        "|(?:从|自)?(?:19|20)\\d{2}年(?:到|至|—|-)(?:19|20)?\\d{2}年(?:间|期间|来|以来)?"
                        "|(?:自从|自|从)?(?:19|20)\\d{2}年以来|(?:自从|自|从)[^，。；,;\\d]{0,8}?以来"
                        "|截至目前|截止目前|到目前为止|至今为止|迄今为止|近年来|多年来|历年来")
# A project or a works named before the amount (该项目计划3年内建成，截至目前已累计投入资金12亿元): the project's own money to
# date, kept like a project's total and investment completed with no period (§6 tenth and eleventh rounds).
_PROJECT_BEFORE = re.compile("项目|工程")
# A span counted from a body's founding or a programme's start (基金会成立十年来，累计投入…; 项目实施以来…): the running total
# since a start, recorded as stated (GUIDELINES §6 eighth and thirtieth rounds), no span of this reading.
_SINCE_START = re.compile("(?:成立|设立|创立|创办|组建|建立|建会|建院|建校|启动|实施|开展|开通)[^，。；,;]{0,6}?$")
# ...or a bare year (1997年，家庭农场投入生产费用48.7亿元，比上年提高39%): read as a span when a growth on the year before
# follows the amount (_GROWTH_AFTER), the year's figure; the year closes its own clause (not
# 自2015年成立以来: the date of another act).
_BARE_YEAR = re.compile("(?<!\\d)(?P<year>(?:19|20)\\d{2})年(?:全年|度)?[，,]")
# A word of a plan or a coming act between the span and the amount (三年内将投入…, 近年来计划投资…): the plan rules' business.
_SPAN_AHEAD_WORD = re.compile("将|拟|计划|预计|准备|打算|力争|规划")
# The amount's clause as a spender's spending with no recipient: a verb of putting in or investing, a total word, the
# field's money noun (投入农业基础建设资金, 先后投资, 投入资金, 投入…生产费用), or the field's money as a noun told as a level
# (用于购买飞机的资金投入…, 机场建设的投资达…).
# (not 投资额逾5亿美元, 投资到位资金30多亿元, 在…研发的累计投入上已超过…: a firm's or a programme's investment told by its
# own noun of a tally or capital arrived, which the tuning gold keeps (msra probes, a news page); the words after the
# verb must end on a fund's noun)
_SPAN_SPENT = literal_gated(re.compile("(?:(?![为向给对])[^，。；,;\\d]){0,14}?(?:先后|累计|共|共计|总共|陆续|就|已|已经|又|还)*"
                                       "(?<!总)(?:投入|投资|投放|耗资|花费|拿出)了?(?:各类|各项)?"
                                       "(?:(?![\u4e00-\u9fff]{0,4}到位)(?:(?![为向给对])[\u4e00-\u9fff]){0,10}?(?:资金|经费|费用|款项))?"
                                       "(?:已经?)?(?:共计|合计|总计|累计|共)?(?:为|达到?|超过|逾|突破)?[约近逾超]?$"
                                       "|(?:(?![为向给对])[^，。；,;\\d]){2,16}?(?:的(?:资金投入|投资|投入)|资金投入)(?:总额)?"
                                       "(?:共计|合计|总计|累计|共)?(?:为|达到?|超过|逾|突破)?[约近逾超]?$"
                                       # (7年间…，先后新建校舍…，添置图书资料、仪器设备300多万元: goods bought with their value
                                       # closing the clause, the span's spending on them, GUIDELINES §6 fortieth review round)
                                       "|(?<![^，。；,;\\s])(?:先后|累计|共|又|还|并)*(?:添置|购置|添购)(?:(?![为向给对])[^，。；,;\\d]){1,16}?$"))
# A fund whose noun names the aid or those it reaches (帮扶资金, 助学金, 救灾款, 慰问金): a use stated (§6 twenty-third and
# twenty-fourth rounds), the span's money kept.
# (上海对口支援…夷陵区，…累计投入资金4.47亿元; 两地自结对以来，…投入财政协作资金…: aid to a partner region told anywhere in
# the sentence, money granted to it, as the tuning gold keeps it: dev_025, syn_k03)
_SPAN_AID_FUND = re.compile("帮扶|帮困|救助|慰问|助学|援助|扶贫|救灾|赈灾|抗灾|补助|补贴|奖励|资助|捐|支援|结对|协作|对口")
# The money's noun after the amount before its use (投入5亿多元资金进行林业综合开发): skipped to read the use.
_FUND_NOUN_AFTER = re.compile("(?:的)?(?:资金|经费|款项)")
# Any act right after the amount, no comma between (先后投资2000万元培育并建成…市场): the money's use, as §6 thirtieth round
# reads an act right after the amount; not 的, a list's joiner, 左右, 以上, a currency's name or a bracket.
_ACT_RIGHT_AFTER = re.compile("(?:的?(?:资金|经费|款项))?(?![的和及与、等左以多余人美港])[\u4e00-\u9fff]")
# Works carried out after the amount's comma (…投入50多亿元，进行商业服务设施的改造和建设): the use, unless told done with 了.
# (…投入2亿多元，建成农村公路300公里: works built after the comma with no 了 are the use, as
# tests/extract/funding/test_funding_market_figures_and_prices.py reads
# it; …，建成了一批水利工程, …，拆迁了10万居民: an outcome told done)
_WORKS_AFTER_COMMA = re.compile("[，,]\\s*(?:主要|重点|全部|专门)?(?:用于|用来)?(?:进行|实施|开展)(?![^，。；,;]*?了)"
                                "[^，。；,;]{0,20}?(?:改造|建设|开发|治理|整治|维修|修缮|扩建|改建|研究|研发)"
                                "|[，,]\\s*(?:先后|共|累计|还|并)?(?:建成|新建|修建|兴建|建设|改建|扩建|修通|新修|建起|购置|购买)"
                                "(?![^，。；,;]*?了)")

# A clause that only restates the amount of the clause before (…资金闲置超过一年，金额共计420万元): it takes
# that clause's exclusion when the exclusion is about the money itself (_AUDIT_KIND).
_AMOUNT_ONLY_CLAUSE = re.compile(r"\s*(?:涉及)?(?:金额|资金|款项|总额|总金额)(?:共计|合计|总计|累计)?(?:达到?|为)?约?$")
# Pay to staff named earlier in the sentence (向全体员工发放年终奖，人均奖金达8.5万元，总额超过3亿元): a total-only
# clause after it totals salaries (§6), no grant.
_STAFF_PAY = re.compile("年终奖|工资|薪酬|薪金|奖金福利")
# What a verb of paying pays, up to its clause's end (发放年终奖, 为他们发放慰问金): the last such object before a
# total-only clause is what the total adds up; a pay word merely mentioned (了解困难职工工资收入情况后) is none.
_PAID_OBJECT = re.compile("(?:发放|发给|发|支付|兑现|兑付|补发)了?(?P<what>[^，。；]{1,12})")
# Money saved by someone right before the amount (减轻群众医疗负担约4.2亿元, 为企业节省成本300万元): a saving, not
# money granted (§6).
# (累计节省经费达38万多元: the funds a body did not have to spend, saved as well)
# A bank's loans for a period of the year arranged or let out in the amount's clause (某银行分行在去年底就安排了今年一季度
# 春耕贷款3亿元): the bank's lending for the period, lending statistics like a bank's loans this year (GUIDELINES §6 loans,
# ninth round; thirty-fifth round), whatever use follows; a loan to a named body stays.
_BANK_PERIOD_LOANS = re.compile("(?:银行|分行|支行|信用社)[^，。；\\d]{0,12}?(?:安排|发放|投放|新增)了?(?:今年|全年|年内|本年度|当年)?"
                                "(?:[一二三四1-4]季度|上半年|下半年|全年)[^，。；\\d]{0,12}?贷款(?:共计|共|约|达)*$")
# (政府将压缩财政开支20亿美元, 削减开支: spending cut, a saving as well, GUIDELINES §6 thirty-fifth round)
# (每年将使欧洲公司节省约900亿马克: 节省 or 节约 right before the amount saves it too, the kind of money unwritten, GUIDELINES
# §6 thirty-eighth round; not 减少/降低 alone, a figure's fall)
_SAVED_BEFORE = re.compile(r"(?:减轻|减少|降低|节省|节约|压缩|削减|缩减)[^，。；\d]{0,10}?(?:负担|支出|开支|成本|费用|经费|资金)"
                           "(?:约|达|共计)?$|(?:节省|节约)(?:了|下)?(?:约|达|近|共计)?$")
# Audit findings and misuse that the amount-only clause after them totals (闲置, 审减, 挪用 …); a rate or a
# comparison before a total (每人每月100元，资金共计144万元; 同比增长12%，资金总计3.2亿元) is no such kind.
_AUDIT_KIND = re.compile("闲置|审减|超概算|结余|挪用|擅自动用|侵吞|套取|虚报|冒领|骗取|追回|收回|罚款|罚没|违约金|滞纳金|赃款|损失|冻结")
# Surplus or idle money put to a use right after its amount (结余资金1200万元统筹用于…, 闲置资金300万元，用于…):
# money allocated, funding (§6), not the audit figure.
_SURPLUS = ("结余", "节余", "闲置")
# Exclusion words that a stated use right after the amount overrides: surplus put to use, and a credit fund lent
# for a stated purpose (发放小额信贷资金420万元，用于发展养殖业: a loan for a purpose, §6).
_OVERRIDDEN_BY_USE = (*_SURPLUS, "信贷")
# Exclusion words of money leveraged (带动社会投资, 拉动消费): they exclude only the amount after them.
_LEVERAGED = ("带动", "拉动")
# A loan let out (投放贷款, 贷款投放): lending statistics, unless a use follows the amount (see _LOAN_FOR).
_LOAN_LET_OUT = ("投放贷款", "贷款投放")
# A central bank's relending or rediscount (再贷款, 再贴现, funding_exclude): the quota itself is no money granted (§6
# twentieth round), but named as the means of loans let out after it in the clause (银行运用支农再贷款现场向45户种粮
# 大户发放贷款2300万元) the amount is of those loans, read as loans (§6 ninth round), not of the quota.
_RELENDING = ("再贷款", "再贴现")
# An exclusion word inside a body's name (中国进出口银行提供优惠贷款…, 某进出口公司捐款…): the name, no trade figure.
_NAME_HOLDS_EXCLUDED = re.compile("进出口(?:银行|公司|有限|集团|商会)")
# What may stand between the comma after an amount and its 用于: adverbs of allocating; right after the amount also
# the money itself named as the subject (…捐款共计320万元，善款将全部用于…; 拨付资金500万元，资金主要用于…; ，这笔资金将
# 用于…); not another fund named (，省级奖补资金主要用于…: that fund's use), nor after a clause of its own in between
# (…技改补助资金200万元已全部拨付到位，资金主要用于…: the fund's name before the amount stays its purpose).
# (，将全数用于…, ，全额用于…: 全数/全额 as 全部)
# (one list of these adverbs for the three readings of a use told after the amount: 并 joins them after a comma or
# the money named, 已 after the money named only, neither after a supplementary budget taken up again)
# (专门用于…, 着重用于…, 集中用于…: an adverb of focus before the use, read like 主要/重点, GUIDELINES §6 thirty-third
# round)
_USE_ADVERB_WORDS = "主要|专项|全部|全数|全额|将|重点|均|统一|定向|专门|着重|集中"
_USE_ADVERBS = re.compile("(?:" + _USE_ADVERB_WORDS + "|并)*")
# (，这些钱主要用于…, ，这笔钱将用于…: the money itself, named only by a demonstrative)
# (追加预算1.2亿元，追加预算全数用于…: a supplementary budget taken up again, its use stated, GUIDELINES §6 eighteenth
# review round)
_MONEY_USED = re.compile("(?:(?:这笔|该笔|此笔|这些|上述|所筹|所募|所捐|所得)?(?:资金|善款|款项|捐款|经费|款物|爱心款)"
                         "|(?:这笔|这些|此笔|该笔)钱|(?:本次|此次|该笔|这笔)?追加预算)"
                         "(?:" + _USE_ADVERB_WORDS + "|并|已)*")
# 三读通过总预算310亿元及第一次追加预算1.2亿元，追加预算全数用于…: a supplementary budget named right before its amount,
# its use told in the next clause (GUIDELINES §6 eighteenth review round): a budget with a stated use, funding, whatever
# budget figure the clause named before it.
_SUPPLEMENTARY_BEFORE = re.compile("追加预算[^，。；\\d]{0,4}$")
_SUPPLEMENTARY_USED_AFTER = re.compile("[，,]\\s*(?:本次|此次|该笔|这笔)?追加预算(?:" + _USE_ADVERB_WORDS + ")*用于")
# 用于 right after the amount, after a comma or an adverb of allocating (统筹用于, ，全部用于); not 本应用于.
_ALLOCATED_AFTER = re.compile(r"[，,]?\s*(?:统筹|全部|全数|全额|主要|专项|集中|重点|将|均)*用于")
# The contact line of an investment-promotion advertisement (招商热线：…): its figures are no funding (§6 ads).
_AD_CONTACT = re.compile("招商(?:热线|电话)")
# The ad's own invitation (现面向全球招商), not the 招商引资 of a signing report on a page with such a line.
_AD_INVITATION = re.compile("招商(?!引资)")
# Tender statistics (§6, like lending statistics): the total won over a span of time or over projects counted
# (全年中标金额共计30亿元, 今年累计中标项目86个，中标金额达45亿元); a single contract won (以1.2亿元中标…项目,
# 中标…项目，中标金额1.2亿元) stays a contract total.
_TENDER_SUM = re.compile(r"中标(?:总?金额|总额|额|合同额)[^，。；]{0,4}$|累计中标[^，。；]{0,12}$")
# An order backlog (截至6月底，公司在手合同总额达156亿元; 手头在建项目合约总额约为港币156亿元): contracts held at a cutoff, a
# business statistic like tender statistics (§6), not the total of a contract signed (签订…合同，合同金额…).
# A person's or a team's tally of projects led over a career (先后主持国家级项目12项，项目经费逾3000万元; 累计承担省部级
# 课题8个，科研经费2000余万元): a biography's total of research money, no grant at a stated time (§6, like a running total
# in a profile); the tally's mark (先后, 累计, 曾, 共) before the verb of leading and a count of projects, then the
# money labelled 经费 in a later clause of the sentence.  A round count of projects led (主持…等课题10余项, 承担省部级课题
# 30多项) is a tally by itself, with no mark: one grant's projects are counted exactly.
# (先后主持国家自然科学基金重点项目等12项: the kind of project named, then 等 before the count)
_CAREER_TALLY = re.compile(r"(?:先后|累计|曾经?|共|多年来)(?:主持|承担|参与|负责)了?[^，。；]{0,20}?(?:项目|课题)等?"
                           r"[\d一二三四五六七八九十百千两]+(?:余|多)?(?:项|个)"
                           r"|(?:主持|承担|参与|负责)了?[^，。；]{0,24}?(?:项目|课题)[\d一二三四五六七八九十百千两]+(?:余|多)(?:项|个)")
_CAREER_FUNDS = re.compile(r"(?:累计|共|合计|总计)?(?:获得?|获批)?(?:项目|科研|研究|课题)?经费(?:总额|总计|累计|共计)?(?:逾|超过?|达到?|近|约|共|为)?")
_BACKLOG = re.compile(r"(?:在手|手头|手持|未完成)[^，。；]{0,10}?(?:合同|合约|订单)(?:总?金?额|总额|金额)?[^，。；]{0,4}$")
# (合计中标金额 of one tender's lots is that contract's total, no statistic)
_TENDER_SPAN = re.compile(r"累计|中标[^，。；]{0,8}?[\d一二三四五六七八九十两]+(?:个|项|宗|次|标段)")
# A bid (第一中标候选人报价980万元, 投标报价为…): an offer, no contract, no money granted.
_BID_BEFORE = re.compile(r"(?:候选人|投标人|竞标人|投标单位|竞买人)[^，。；]{0,12}?(?:报价|出价|投标价|投标报价|投标金额)"
                         r"[^，。；]{0,4}$|(?:投标报价|投标价|投标金额|竞标价)[^，。；]{0,4}$")
# Financing raised so far, a running total (此前已累计获得融资超5亿元, 累计融资额达10亿元): no round of its own. Donations a
# body has received are money raised, recorded as stated over any span, to date as much as a past year or since its
# founding (学校累计接受校友捐赠超过5亿元, 今年以来累计收到社会捐款…: §6 twenty-third review round, which replaced the
# reading of such running totals as no gift).
_CUMULATIVE_FINANCING = re.compile(r"累计[^，。；]{0,6}?融资[^，。；]{0,6}$|融资(?:总额|金额)?累计[^，。；]{0,4}$")
# (孵化器…帮助在孵企业获得融资3.4亿元: a service's tally of the financing its clients got; not financing brought about at
# the event itself, 现场促成12家企业获得融资…, 会上帮助…, 当场帮助…: kept like loans let out there, §6 tenth review round)
# (仅在1997年就为企业融资441亿元: the financing a market raised for the firms listed on it, the same tally; not
# 为企业解决融资需求…, 为该项目提供融资支持…: money a lender provides)
# (协会协助会员企业争取各级扶持资金逾2亿元, 帮助村里申请到项目资金…: funds a body helped others strive for or apply
# for, the same kind of service's tally, like money obtained from higher levels with no project or use stated, §6
# tenth and eighteenth rounds; twenty-ninth round. Not 获得 there: 帮助30名学生获得助学金15万元 may be aid paid)
_HELPED_FINANCING = re.compile(r"(?:(?:帮助|协助|助力|促成)[^，。；]{0,12}?(?:获得|获取|取得|争取到?|实现)[^，。；\d]{0,4}?"
                               r"|为[^，。；\d]{0,6}?(?:企业|公司|客户))融资[^，。；\d]{0,2}$"
                               r"|(?:帮助|协助|助力)[^，。；\d]{0,12}?(?:争取到?|申请到?|申报)[^，。；\d]{0,8}?"
                               r"(?:资金|补助|补贴|奖补|扶持|资助|项目款)[^，。；\d]{0,3}$")
# The words that mark a total told as a tally (共, 共计, 累计, 总计, 合计).
_TALLY_TOTAL_WORDS = "共计?|累计|总计|合计"
# Capital a stock market raised, told as a tally (累计为362家上市公司筹集资金911亿元, 通过股票发行上市共筹集资金1325亿元): a
# market's tally like the financing it raised for the firms listed on it (§6 tenth round): no record (twenty-ninth round).
# Not one firm's share issue (通过发行股票募集资金16亿元，用于技术改造: money raised for a stated use, as the real tuning gold
# of the newspaper part keeps it, pd_1891): only a count of listed firms or a total word marks the tally, and the
# extractor keeps the amount when a use follows it.
_SHARES_RAISED = re.compile("(?:为[^，。；]{0,6}?\\d+家上市公司|(?:股票发行|发行股票|发行上市|股票上市|证券市场|股票市场|股市|[ABH]股)"
                            "[^，。；]{0,12}?(?:" + _TALLY_TOTAL_WORDS + "))"
                            "[^，。；]{0,4}?(?:筹集|筹措|募集|筹资)(?:资金)?(?:总额|金额)?"
                            "(?:" + _TALLY_TOTAL_WORDS + "|达到?|为|约|超过|逾|近)*$")
_AT_THE_EVENT = re.compile("现场|会上|当场|当天|当日|活动中")
# A tally of pledged financing (全年专利质押融资登记金额达120亿元, 知识产权质押融资金额达35亿元, 股权出质登记金额): a
# lending statistic (§6), whatever span it covers (not 捐款登记金额: donations registered); the bare 质押融资 only with a span or a region's total marked
# (今年以来全省知识产权质押融资356亿元), not one firm's loan (为企业办理专利质押融资5000万元).
_PLEDGE_TALLY = re.compile("(?:质押|抵押)(?:融资|贷款)[^，。；]{0,4}?(?:登记)?(?:总?金额|总?额|规模)[^，。；\\d]{0,6}$"
                           "|(?:质押|抵押|出质)[^，。；]{0,6}?登记(?:总?金额|总额)[^，。；\\d]{0,6}$")
_PLEDGE_FINANCED = re.compile("(?:质押|抵押)融资[^，。；\\d]{0,6}$")
# Pledged financing signed at the event, its signing in the clause before the amount (现场，3家银行与12家企业签订知识产权
# 质押融资协议，质押融资额2.1亿元): the signing total of a bank-enterprise meeting (§6 ninth round), no tally, unless
# a span or a mark of a statistic stands there too (今年以来累计签约…).
_SIGNED_BEFORE = re.compile(_SIGN_VERBS)
# A credit line named after the amount (提供总额新台币5亿元的青年创业贷款额度, 10亿元专项信贷额度): a line that may be drawn
# on, no money provided (§6 credit lines); 额度 before the amount is an exclusion word already.  Not over a verb acting on
# a line (注资3000万元扩大融资担保额度, 安排风险补偿资金1000万元撬动银行信贷额度…): money put in to enlarge it; a
# line "for" a use (提供10亿元用于春耕生产的贷款额度) is still the line, so only verbs of enlarging are refused.
_CREDIT_LINE_AFTER = re.compile("的?(?:(?!扩大|增加|提高|提升|放大|撬动|新增|带动)[^，。；,;\\d]){0,12}?"
                                "(?:贷款|信贷|授信|融资|借款|担保|信用)额度")
# Loan money a bank readies for a season's needs (农发行已准备收购贷款资金1.5亿元, 备足信贷资金10亿元): a credit line that
# may be drawn, no loan let out to anyone yet (GUIDELINES §6 loans: credit lines); not a fund the loans only qualify
# (贷款贴息资金, 贷款风险补偿资金: money granted), nor loans let out (发放贷款资金…).
_LOAN_FUNDS_READIED = re.compile("(?:准备|备足|筹措|筹集|储备)(?:了|好)?[^，。；,;\\d]{0,10}?(?:贷款|信贷)资金(?:共计|合计|总计)?约?$")
# A loss a disaster caused, told by its amount (台风造成全县农损逾3亿元, 灾损金额达8600万元): damage, no money granted (like
# 损失, GUIDELINES §6); the loss word right before the amount, so money paid for it stays (为农损严重的乡镇下拨救灾资金…).
_LOSS_BEFORE = re.compile("(?:农损|灾损)(?:金额|总额)?(?:达到?|共计|合计|为)?约?$")
# A plan or scheme the act is the content of (建设蔬菜大棚的方案): the act is the purpose, not the plan.
_PLAN_TAIL = re.compile("的(?:方案|计划|设想|构想|思路|规划)$")
# A feat the act after the amount is told as (创造了40万元建成16所乡村学校的奇迹): a frame, no part of the use (GUIDELINES §6
# thirty-fourth round).
_FEAT_TAIL = re.compile("的(?:奇迹|壮举|创举|佳话)$")
# An event or a work a bare fund is arranged for (为本次竞赛安排专项经费10万元, 为服务站建设投入资金320万元): the event or
# the work is what the money is for (not 作为/成为/认为: 为 as a verb).
# (not 以农村公路为重点推进道路改造…: 以…为重点/抓手, the focus of the work, no purpose opened by 为)
_EVENT_FUNDED = re.compile(r"(?<![作成认称])为(?!重点|抓手|核心|主线|载体|契机|依托|突破口|主)(?P<p>[^，。；为的]{2,14}?(?:竞赛|比赛|大赛|赛事|运动会|活动|论坛|展览|博览会|艺术节|文化节"
                           r"|建设|改造|修缮|维修|养护))"
                           r"(?:安排|拨付|拨出|划拨|提供|投入|筹集|筹措|落实|下拨|列支)了?(?:专项|专门)?(?:经费|资金|款项)?"
                           r"(?:共计|合计|总计|达到?|为)*约?$")
# A project's total named by its label only (项目计划总投资12亿元), with the works built told in the clause before
# (双方合作建设临江港多式联运物流中心，…): those works are what it is for (建设年产20GWh储能电池产业基地: figures and
# units inside them).
_TOTAL_LABEL = re.compile("(?:该|本)?(?:项目|工程)(?:计划)?总投资(?:额)?")
_WORKS_BEFORE = re.compile(r"(?P<p>(?:合作|共同|联合|投资)?(?:建设|新建|兴建|扩建|改建)[\u4e00-\u9fff\dA-Za-z.]{2,24}?"
                           r"(?:中心|基地|园区|产业园|工程|厂|站|港|码头|馆|医院|院区|校区|学校|大桥|公路|铁路|电站|项目))$")
# A fund the loans only qualify (创业担保贷款贴息资金, 贷款风险补偿金): money granted, not the loans (§6).
_LOAN_QUALIFIED = "(?!贴息|风险补偿|担保基金|奖补|补贴|补助|奖励)"
# (累计为其发放了7930万美元贷款: the client after 为 as after 向, the loans' noun after the amount: a running lending total)
# (累计投放夏季收购资金46.46亿元, 累计投放信贷资金300亿元: a bank's credit named as funds, 信贷资金 or the grain
# procurement funds a policy bank lends, the same running lending total, §6 thirtieth round)
_BANK_CREDIT_FUNDS = "(?:贷款|信贷资金|(?:粮棉油|粮食|[夏秋]季|[夏秋]粮)?收购资金)"
_LENDING = re.compile("累计(?:[向为][^，。；]{1,16}?)?(?:发放|投放)[^，。；]{0,12}?" + _BANK_CREDIT_FUNDS + _LOAN_QUALIFIED)
_LENDING_AFTER = re.compile("累计(?:[向为][^，。；\\d]{1,16}?)?(?:发放|投放)了?[^，。；贷]{0,24}?" + _BANK_CREDIT_FUNDS + _LOAN_QUALIFIED)
# A clause with no subject going on with the lending verb of a running lending total before it (累计投放夏季收购资金46.46亿元，
# 投放秋季收购资金44亿元): the same bank's lending, the same statistic.
_LENDING_CARRIED = re.compile("\\s*(?:并|还|又|同时|另)?(?:发放|投放)了?[^，。；\\d]{0,10}?" + _BANK_CREDIT_FUNDS + "(?:共计|合计|达)?约?$")
# Loans a party can or hopes to obtain (印度可从世界银行获得约30亿美元的贷款, 该国今年可从国际货币基金组织获得20亿美元贷款,
# 有望获得总额50亿美元的援助贷款): an entitlement or an expectation, no loan approved or provided, like a credit line or a loan
# ceiling (GUIDELINES §6 loans; thirtieth round); the loan's noun before the amount or right after it.
_LOAN_OBTAINABLE = re.compile("(?:可|可以|能|能够|有望|可望|将可)(?:从[^，。；]{1,16}?)?(?:获得|得到|取得|获取|拿到|争取到)"
                              "[^，。；\\d]{0,8}?(?:总额|总计|共计|合计)?[约近逾]?$")
_LOAN_NOUN_AFTER = re.compile("的?[\u4e00-\u9fff]{0,6}?贷款")
# A housing-fund loan or withdrawal (发放住房公积金贷款38.6亿元, 提取住房公积金48.6亿元): a member's own savings lent or
# paid back to them, lending statistics (§6), never money granted.
_HOUSING_FUND = re.compile("提取[^，。；]{0,6}?公积金|公积金[^，。；]{0,6}?贷款")
# Loans issued by a bank (向小微企业发放贷款45亿元): lending statistics when a span of time opens the sentence
# (今年以来, 前三季度, 上半年, 1至8月) and no stated use follows (§6: a new loan for a stated purpose is funding).
# (not 发放创业担保贷款贴息资金: a fund the loans only qualify)
# (向1200余户种养大户发放“乡村振兴贷”共计9.6亿元: a bank's loan product named in quotes, ending in 贷, is a loan too)
# (某银行去年向青年企业批出贷款共3亿港元: 批出, how Hong Kong and Macau copy tells loans or grants approved, is issuing them
# too, GUIDELINES §6 fortieth review round)
_LOANS_ISSUED = re.compile("(?:发放|投放|批出)[^，。；]{0,16}?(?:贷款|“[^”，。；]{1,10}贷”)" + _LOAN_QUALIFIED)
# Student loans a body issued (去年全市共发放生源地信用助学贷款1.2亿元): loans provided for a purpose, kept also when told
# over a past year as background, unlike a bank's lending (§6 eighth round).
_STUDENT_LOANS = "助学贷款"
# A loan guarantee scheme's loans a public body paid out (县人社局已发放创业担保贷款612万元, 市就业服务中心今年共发放…担保
# 贷款): loans provided for a purpose, kept like student loans also over a span (§6 sixteenth round); a bank's (县农商行
# 向小微企业发放…) and a bare place's tally (全县累计发放…) stay lending statistics. The body must be the verb's subject,
# only adverbs and whom the loans went to between them: a bank lending with an office beside it (经县政府协调农商行累计发放…,
# 县农商行向县人社局推荐的创业者发放…) is still the bank's lending; an office lending jointly with a bank
# (县人社局联合农商行发放…) pays them.
_SCHEME_LOANS_PAID = re.compile(f"(?:{_PUBLIC_GIVER.pattern}|{_PUBLIC_BODY}|服务中心|就业中心|部门)"
                                f"(?:{_BODY_ADVERB_WORDS}|以来|目前|已经)*(?:(?:联合|会同)[^，。；\\d]{{1,10}}?)?"
                                "(?:[向为给][^，。；]{1,16}?)?"  # (向326名创业者: a count of whom may stand there)
                                "(?:发放|投放)[^，。；\\d]{0,10}?担保贷款" + _LOAN_QUALIFIED)
# Loans added to a stock (去年全市新增贷款320亿元, 新增涉农贷款45亿元, 各项贷款新增52亿元): the growth of a balance, a
# lending statistic (§6) whatever span or use is told.
# (not 新增授信并发放贷款1.2亿元: loans let out after the credit added; nor a fund the loans only qualify, 新增贷款贴息资金,
# 新增创业担保贷款贴息资金, nor the firms they describe, 为新增贷款的小微企业拨付贴息资金: money granted, §6)
_LOANS_ADDED = re.compile("新增(?:(?!并|和|发放|投放|提供)[^，。；\\d]){0,10}?贷款" + _LOAN_QUALIFIED + "(?!的)"
                          "|贷款[^，。；\\d]{0,4}?(?:新增|增加|多增)")
# The growth of a balance told after it (贷款余额达到48亿元，比年初增加6.2亿元; 存款余额…，较上年末多增…): the change of a
# lending or deposit statistic (§6), no money granted.
_BALANCE_GROWTH = re.compile("余额[^。；]{0,16}?[，,]?(?:比|较)(?:年初|上年末?|去年底?|上月末?)(?:增加|新增|多增|增长)了?约?$")
# The span of time of a statistic (今年以来, 前三季度, 上半年, 全年, 1至8月), not one day.
# (截至目前, 截至6月底: a running total up to a day)
_STATISTIC_SPAN = re.compile("以来|季度|[上下]半年|全年|截至|截止|[\\d一二三四五六七八九十]+(?:至|-|—|到)[\\d一二三四五六七八九十]+月")
# A bank's lending told over a year or a month, or as a total (今年，县农商行投放贷款50亿元，用于…; 去年…共投放贷款…;
# 4月份…投放贷款8亿元): a lending statistic even with its aim after it (§6), like a span.
_LENDING_PERIOD = _STATISTIC_SPAN.pattern + "|今年|去年|本年|当年|年内|上年|[\\d一二三四五六七八九十]{1,2}月份"
_LENDING_TOTAL = re.compile(_LENDING_PERIOD + "|(?<![公中])共(?![同享建])|合计")
# A whole place's loans of a named product issued over a span of years (近五年，全市累计发放“巾帼创业贷”4.6亿元; 今年以来，全县共
# 发放创业担保贷款3亿元): loans a city's banks issued over a period, lending statistics (§6 ninth round), however the loan
# is named; a body's own loans (县人社局已发放创业担保贷款612万元, §6 sixteenth round) and student loans (全县发放生源地信用助学
# 贷款…, §6 eighth round) stay.
_PLACE_LOANS_ISSUED = re.compile("全[省市县区](?:累计|共|共计|总共)?(?:发放|投放)了?[^，。；,;\\d]{0,12}?(?<!助学)(?:贷款|贷)[”」』]?(?:共计|合计|总计)?"
                                 "(?:达到?|超过|逾)?约?$")
_SPAN_OF_YEARS = re.compile("近[一二两三四五六七八九十\\d]{1,2}年|过去的?[一二两三四五六七八九十\\d]{1,2}年|[一二两三四五六七八九十\\d]{1,2}年来"
                            "|以来|全年|去年|上年")
# A span or a year a bank's loans issued are told over (今年以来, 上半年, 去年, 2024年，): a lending statistic (§6).
# (not a year word inside the name of an event, 今年首场政银企对接会, 今年第二场…活动: the frame of the sentence only)
_LENDING_YEAR = re.compile("(?:" + _LENDING_PERIOD + ")(?!首场|首次|首届|第[\\d一二三四五六七八九十]+(?:场|次|届|期|批))"
                           # (１９９７年该行共发放贷款920亿元: a year, full-width as newspapers print it, with the bank
                           # itself right after it as the subject of the year's lending)
                           f"|{_YEAR_DIGITS}年度?(?:[，,]|(?=(?:该|全|本)行))")
# Loans let out at the event the sentence tells (对接会…，县农商行现场向45户种粮大户发放贷款2300万元; 会上向…发放贷款):
# money granted there (§6), whatever period word stands before (not 活动中: a campaign over a period, 今年春耕金融服务
# 活动中…发放贷款5亿元, is a statistic).
_LET_OUT_HERE = re.compile("现场|当场|会上|仪式上|活动上|当天")
# The total an audit covered (审计项目56个，审计资金2.3亿元): the money looked at, none granted (§6 audit figures).
_AUDITED_SUM = re.compile("审计(?:的)?(?:资金|金额|总额)(?:总额|总计|共计|合计|达|约)?$")
_CLASS_NOUN = re.compile(r"的?(?:项目|企业|工程)")
# More funds listed after a fund's name before the amount (奖教金、奖学金共计36万元, 慰问金和慰问品共计): part of the
# purpose.
_MORE_FUNDS_LISTED = re.compile(r"(?P<more>(?:[、和及与][\u4e00-\u9fff]{0,8}?(?:金|经费|资金|补贴|补助|津贴))+)"
                                "(?:共计|合计|总计|累计|共|计|达|总额|金额)*约?")
# A clause of a total only (，共计12.8万元) after a clause that pays a named fund (发放助学金): the fund is its purpose.
# (，总金额达…: 总金额 alone, told as reached; 总额 alone is read by the first alternative)
_TOTAL_ONLY_CLAUSE = re.compile(r"\s*(?:(?:奖励|资助)?(?:资金|金额|总金额|总额)?(?:共计|合计|总计|累计|共|总额)+|总金额(?=达))(?:达到?|为)?约?")
# A bare kind of the fund paid in the clause before, opening a clause of its total (发放耕地地力保护补贴，补贴资金共计1200万元;
# 发放春节慰问金，慰问金共计40万元): the kind named before is what the money is.
_BARE_KIND_TOTAL = re.compile(r"\s*(?P<kind>补贴|补助|奖励|奖补|扶持|救助|慰问金|奖金|奖励金|救助金|津贴)(?:资金|经费)?"
                              r"(?:总额|总计|共计|合计|累计|共)+(?:达到?|为)?约?")
# (首批50家业者获核定补助: a grant approved for those named before it)
# Tokens handed out with the money (颁发证书和奖金, 颁发荣誉证书、奖牌及奖金): no part of what the money is for, which is
# the fund after them (§6 prize money: purpose 奖金).
_TOKENS_WITH_FUND = re.compile("^(?:(?:荣誉)?证书|奖牌|奖杯|奖状|牌匾|奖章|纪念章|锦旗)(?:[和及与、](?:(?:荣誉)?证书|奖牌|奖杯|奖状|牌匾|奖章|纪念章|锦旗))*[和及与、]")
# The amount of a share after the fund handed out, perhaps with 每/各 (慰问金500元, 补助资金每个5万元, 补助资金各5万元).
_SHARE_IN_HANDED = re.compile(r"(?:每[^，。；,;\d]{0,3}|各)?\d")
_FUND_HANDED = re.compile("(?:发放|发给|颁发|拨付|下拨|下达|兑现|兑付|补发|支付|获(?:核定|核准|批)|核定)了?(?P<what>[^，。；,;]{1,16})")
# A fund handed out closing its sentence (…为80名新生颁发新生奖学金。): what a total opening the next sentence is of.
_FUND_HANDED_CLOSING = re.compile("(?:发放|发给|颁发|拨付|兑现|兑付)了?(?P<what>[^，。；,;\\d]{2,16})$")
# A fund named right after the total (共计120万元的救灾资金也已下拨到位): the total is of that fund, not of the one handed
# out in the sentence before.
_FUND_NAMED_AFTER = re.compile("的[\u4e00-\u9fff]{0,8}?(?:资金|款|经费|补贴|补助|基金|金)")
# The time before a fund's name (2024年耕地地力保护补贴, 一季度临时救助金): no part of what the money is for.
_FUND_TIME_LEAD = re.compile("^(?:\\d{4}年度?|[今去上本]年度?|第?[一二三四1-4]季度|[上下]半年|全年|年度)+")
_FUND_PAID = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:" + _FUND_NOUNS + ")")
# Investment completed, a field named between (完成工业投资, 完成年度计划投资, 累计完成交通基础设施投资): after a statistic
# excluded earlier in its sentence, the next figure of the same list (not 完成对某公司的投资: an investment made).
# (a statistic of the same full sentence before a semicolon: 完成固定资产投资45亿元；完成工业投资18.6亿元)
_INVESTMENT_STATISTIC = re.compile("固定资产投资|完成投资")
_COMPLETED_INVESTMENT = re.compile("完成(?!对)[^，。；对]{0,12}?投资额?(?:达到?|为|共计|合计|累计)?约?$")
# The progress of a target or an investment statistic told before in the sentence, the amount right after a bare 完成
# (投资目标为68亿元，截至10月底已完成54.2亿元): the same figure of work done, no money granted (§6); not 完成拨付,
# 完成投放: a verb of granting names the money.
_COMPLETED_BARE = re.compile("(?:已|累计|共|实际)完成了?(?:约|近)?$")
_TARGET_OR_INVESTMENT = re.compile("目标|任务|投资")
# Investment of a region or a sector told as completed over a span (前三季度，全市工业投资完成286亿元，增长9.1%;
# 今年以来，全县项目投资累计完成38亿元): a statistic, like lending and tender statistics (§6); a span, a whole region,
# a running total or a growth rate marks it (该项目投资完成2亿元 alone stays as it is).
# Investment a body completed over a year or a span, a sector or a field named between (2025年，公司完成电网投资2.6亿元;
# 全年完成路网建设投资86亿元): a figure of work done like 完成投资 (§6, tenth review round) (not 完成对某公司的投资,
# 完成A轮投资: an investment made; nor 完成后总投资…: the total of a work to be done). With no period stated
# (公司完成电网投资2.6亿元) it stays: read without a span, the rule cost an invented held-out record (GUIDELINES §8).
_COMPLETED_FIELD_INVESTMENT = re.compile("完成了?(?:年度|全年)?[\u4e00-\u9fff]{0,8}?(?<![对轮后总的])投资额?(?:达到?|为|共计|合计|累计)?约?$")
# (over a year or a span, as the ruling reads: 2025年, 全年, 去年, 今年以来, 1至9月, 累计; 一年来, 五年来, 过去一年, 这一年)
_COMPLETED_SPAN = re.compile(_LENDING_PERIOD + f"|{_YEAR_DIGITS}年|累计|年来|过去[\u4e00-\u9fff]{{0,2}}年|这一年|一年间")
_INVESTMENT_DONE = re.compile("投资额?(?:累计|共|共计|总计)?完成了?(?:达到?|为)?约?$")
_STATISTIC_MARK = re.compile("全[省市县区镇乡旗]|全社会|累计|同比|环比|增长|增速")
# The named project after a total investment (总投资50亿元的瑞能新能源电池生产基地项目, 总投资12亿元的城东污水处理厂二期
# 工程): what the money is invested in; not a count (总投资8.6亿元的12个项目), a class of projects (…的重点项目) nor a
# bare phase (投资30多亿元的一期工程).
_INVESTED_TOTAL_BEFORE = re.compile("投资(?:额|总额)?$")
_PROJECT_AFTER = re.compile(r"的(?P<p>[^，。；,;的\d“”]{2,30}?(?:项目|工程))")
# The same told with a verb of cost or a level's 达/约 before the amount (总耗资约8000万元的排碱除涝工程, 投资达10亿美元的…),
# a production line as the project (投资1390多万元的某汽车公司总装配线), a second modifier joined by 、 before the project
# (投资达10亿美元、以生产微电子器件为目的的“909工程”) and a project named in quote marks, digits allowed there (GUIDELINES
# §6 thirty-first round: a project that the cost modifies is the purpose; thirty-fourth round).
_COSTED_TOTAL_BEFORE = re.compile("(?:投资|耗资|造价|斥资)(?:额|总额)?(?:达|约|近|约达)?$")
# (耗资6300万美元的考察活动: an activity as the project, GUIDELINES §6 thirty-sixth round)
_COSTED_PROJECT_AFTER = re.compile(r"(?:、[^，。；,;“”]{2,20}?)?的(?:“(?P<q>[^“”，。；,;]{2,20}?(?:项目|工程))”"
                                   r"|(?P<p>[^，。；,;的\d“”]{2,30}?(?:项目|工程|装配线|生产线|流水线|(?<!工)厂(?![^，。；,;的]{0,8}?(?:项目|工程|线))|新区|园区"
                                   r"|活动)))")
# A verb of spending before the amount and one of building after it (耗资4.5亿元建成的…空调生产线, 斥资…兴建的…): the project
# built, like one after 耗资X的 (GUIDELINES §6 thirty-sixth round); after 投资 (投资20亿元建设的…项目) read as before.
_COST_VERB_BEFORE = re.compile("(?:耗资|斥资)(?:达|约|近|约达)?$")
_BUILT_VERB_OPENING = re.compile("(?:兴建|建设|修建|新建|建成|建造)(?=的)")
# The cost written after the amount, then a verb of building and the project (750万元投资兴建的工业新区): the project the
# cost modifies, like one after 投资X的 (GUIDELINES §6 thirty-fifth round).
_COST_THEN_BUILT = re.compile(r"(?:投资|耗资)(?:兴建|建设|修建|新建|建成|建造)的(?P<p>[^，。；,;的\d“”]{2,20}?"
                              r"(?:项目|工程|(?<!工)厂|新区|园区|开发区))")
_PROJECT_CLASS = re.compile("(?:重大|重点|产业|产业化|招商|签约|新建|续建|在建|新开工|开工|竣工|省级|市级|县级|省|市|县|各类|一批|民生|基础设施"
                            "|工业|农业|服务业|外资|内资|投资|建设|合作|这个|该|此|这些|大|好|首期|[一二三四五六七八九十]期)*(?:项目|工程)")
_COUNTED = re.compile("[一二三四五六七八九十百两几多]+[个项批宗]")
# A sentence that opens on the money of the sentence before and tells its use (…融资3亿元。资金将主要用于…; 所募资金将
# 全部用于…; 本轮融资将用于…; 这笔资金将主要用于…): the purpose of that amount.
# (a speaker may tell it: 创始人刘子豪表示，本轮融资将主要用于…)
_USE_TOLD_NEXT = re.compile(r"[\s\u3000]*(?:[^，。；,;！？\n\d]{1,30}?(?:表示|介绍|透露|说|称)[，,：:]\s*)?(?:这笔|该笔|此笔|这批|该批|这些|所有|全部|该|此|上述|以上|所募|所筹|所融|所捐|所募集的?|募集的|本轮|此轮|该轮|本次)?"
                            "(?:(?:融资|筹集|筹措|捐赠|募捐)(?:资金|款项?)"
                            # (融资资金将主要用于…, 本轮融资资金, 筹集资金, 捐赠资金: the money named by how it came, tried
                            # before 融资 alone)
                            "|资金|经费|款项|善款|捐款|募资|融资|募集资金|专项资金|补助资金|奖补资金|救助资金|资助款|援助款|拨款)"
                            "(?:将|拟|计划|也|均)?"
                            # (所有善款将严格按照捐赠人意愿用于…: the terms it is used on before 用于)
                            "(?:严格)?(?:(?:按照|依照|根据)[^，。；,;！？\n用]{1,12}?)?"
                            "(?:主要|全部|重点|专项|专门|统筹|集中|全额)?(?:用于|用来|用作)"
                            r"(?P<p>[^，。；,;！？\n]{2,30})")
# 用于…, 用作… (Hong Kong: 用作興建新教學大樓): the use the money is put to.
_PURPOSE_FOR = re.compile(r"用(?:于|作)(?P<p>[^，。；,;]{2,30})")
# What a purpose taken from the words before an amount does not begin with, when a number stands
# right before it: the number's unit (2023年村级…资金, 8名教师…), one unit only (2023年度年终奖励资金 keeps 年终); a fiscal
# year's words with their 的 (对某国1997—1998财政年度的经济援助 → 经济援助, GUIDELINES §6 thirty-fourth round).
_PURPOSE_LEAD = re.compile(r"^(?:(?:财政)?年度的|年度|[年名个户位家项元])(?=[\u4e00-\u9fff“”]{2})")
# What the money pays for, right after the amount or after one comma (建设光伏电站, ，支持…安置; after a
# conversion in brackets, （约合人民币720万元），用于设立奖学金).
# A sentence that opens with 其中 (after a comma or not): it lists the parts of the amount just before it
# (下拨…资金10亿元。其中，湖南3.2亿元，四川2.5亿元), so the funding word of that sentence is its context.
_PARTS_OPENER = re.compile(r"\s*其中[，,：:]?")
# A part after 其中 that names money granted (该项目总预算500万元，其中省级补助资金200万元已拨付到位): a grant inside a
# budget figure is funding (§6), unlike a part of a statistic (其中工业投资12.6亿元) or a budget line (其中教育经费…,
# 其中农业补贴资金2亿元: a line named after subsidies).  An act of handing the part over, or a giver before the grant
# word (其中市财政补助300万元, 其中中央补助资金…), says it was granted; a grant noun alone does not.
_GRANTED_PART = re.compile("拨付|下达|下拨|到位|发放|(?:财政|省级|市级|县级|区级|中央|上级)[^，。；]{0,4}?(?:补助|补贴|奖补|资助|奖励)")
# The estimated total of works a body will still seek money for (将争取县府补助兴建蔬果集货场，预计总经费1,500万元): the
# cost of a plan, only intended (§6); the clause right before says the money is still to be sought (将/拟/计划…争取, not
# 争取到), the amount's clause is the estimate's label alone.
_ESTIMATED_TOTAL = re.compile(r"\s*预计(?:总)?(?:经费|投资|预算|金额|费用)(?:为|约|达|共)?约?(?:新台币|新臺幣)?$")
_SOUGHT_AHEAD = re.compile("(?:将|拟|计划|准备|预计)(?:积极|全力|努力|力争)?争取(?![到了得])")
# A part set aside from a surplus or income for a stated use (盈余3600万元，其中提拨600万元作为农事推广之用; …，其中提取
# 200万元用于…): money allocated to a use, funding (§6: money set aside for a use), not a part of the statistic.
_SET_ASIDE_PART = re.compile(r"\s*其中[，,]?\s*(?:提拨|拨出|提取|提留|拿出|划出)(?:了)?(?:新台币|新臺幣)?$")
_SET_ASIDE_USE = re.compile(r"\s*[，,]?\s*(?:作为|作|用于|用作|专门用于|全数用于|全部用于)")
# A figure of another period in such a sentence (其中，去年同期为1500万元; 同比, 环比; 上年为…): a comparison with the
# total, no part of it (§6), whatever funding word the sentence holds.
_PART_COMPARISON = re.compile("同期|同比|环比|(?:去年|上年|上一年)(?:全年)?(?:仅|只)?(?:为|是|有)")
_CONVERSION = r"(?:[（(][^（）()]{1,20}[）)])?"
# (預留$100億成立「新型工業加速計劃」: a scheme set up with the money)
# (拨款120万元举办社区节庆活动, 捐款港币2.5亿元，推行…计划: an event or a scheme the money pays for)
# (投入100多万元建成蔬菜大棚: what is built with it; not 建成投用, 建成后: the works finished)
# (拿出1亿元发放消费券: what is handed out with it; not 发放到位, 发放给…, 发放完毕: the money itself handed over)
_ACTS = ("(?:建成(?!投|使用|运营|通车|开放|并|后|于|以来)"
         # (投资30万元建希望小学: a bare 建 with what it builds, like 兴建, GUIDELINES §6 fortieth review round; not 建议, 建档,
         # 建国, 建党, 建制, 建材市场, 建言献策, 建功立业, 建行, nor the two-character verbs read on their own)
         "|建(?![设成议档国党制立筑造起军交材言功行])|支持|支援|建设|设立|成立|资助|帮助|扶持|改善|推动|推进|开展|修建|新建|兴建|扩建"
         "|改建|援建|购置|添置|购买|奖励|重奖|嘉奖|表彰|发展|举办|推行|发放(?![到给至完了]|工作|情况|标准|范围|对象|方式|进度)"
         # (投入5亿多元资金进行林业综合开发: 进行 with the works it carries out, GUIDELINES §6 thirty-first round)
         "|进行(?=[^，。；,;了]{0,10}?(?:开发|建设|改造|治理|整治|维修|修缮|研究|研发|扩建|改建|攻关|绿化))"
         # (投资8亿美元解决当地的交通问题: the problem the money is to solve, GUIDELINES §6 thirty-seventh round; not 解决了…,
         # an outcome)
         "|解决(?=[^，。；,;了]{1,20}?(?:问题|困难|难题)))")
# (，补助辖内社区营造计划, ，补贴农户购置农机: 补助/补贴 as the verb, with what it subsidises after it; not the
# fund's noun opening the clause, ，补助资金已全部到位, ，补贴标准为每亩100元)
# (，慰问烈军属和老干部, ，走访慰问困难党员, ，救助受灾群众: a verb of relief with those it reaches, GUIDELINES §6 twenty-ninth
# review round; not the noun of its money or goods, ，慰问金已发放, ，救助资金已到位)
_AID_ACTS = "(?:支持|支援|资助|帮助|扶持|援建|设立|成立(?![于以时后至大仪])|修建|新建|购置|添置|推行|(?:补助|补贴)(?![资经金款额标范政])"\
            "|(?:走访)?慰问(?![金品款物信电团组])|救助(?![金基资款标对站])|救济(?![金粮款物]))"
# (not 建设周期两年, 建设期两年, 建设工期18个月, 推动作用明显, 支持力度…: a noun after the verb's first character pair;
# not 建设的文化广场正式启用: a relative clause, the act done, no use)
# (…开展应急抢险救援、受灾群众救助和灾后恢复重建工作: a list of acts up to 40 characters, not cut before its last item)
# (拿出5万多元接济生活困难的群众: 接济 is a verb of relief like 救济, GUIDELINES §6 thirty-sixth round)
_RELIEF_RIGHT_AFTER = "(?:补助|补贴)(?![资经金款额标范政给到了])|(?:救济|接济)(?![金粮款物])|救助(?![金基资款标对站])"
_ACT_OBJECT = r"(?!周期|工期|期(?!刊|货)|年限|前景|势头|力度|对象|名单|情况|单位|作用|性|方式|时间|的)[^，。；,;]{2,40}"
_PURPOSE_ACT = re.compile(
    # right after the amount (投资5亿元建设光伏电站, 捐资100万元设立…)
    # (投资100亿元在我市建设…基地, 捐资10万元在学校设立奖学金: the place before the act is no part of it)
    # (动用省长预备费400万元补贴利息费用, 拿出50万元救济受灾群众: a verb of subsidy or relief right after the amount, like
    # one after its comma, GUIDELINES §6 thirty-third round)
    # (拨款50万元救灾，…: a bare verb of relief closing the clause right after the amount, GUIDELINES §6 thirty-fifth round)
    # (捐资50万元在王林同志的家乡江城县援建…: a place described by whose home it is runs past ten characters, GUIDELINES §6
    # thirty-seventh review round)
    rf"{_CONVERSION}(?:在[\u4e00-\u9fff]{{1,20}}?)?(?P<p>(?:{_ACTS}|{_RELIEF_RIGHT_AFTER}){_ACT_OBJECT}|(?:救灾|赈灾)(?=[，。；,;！？]|$))"
    # after one comma, any act after a word of use (，主要建设生产线, ，用于设立奖学金), or an act of giving aid
    # (，支持当地难民安置)
    # (，将分两年改建…校舍: the span of years the act takes, no part of it)
    # (，进行商业设施的改造和建设: works carried out with 进行 after the comma, no 了 after it, GUIDELINES §6 thirty-first and
    # thirty-fifth rounds)
    rf"|{_CONVERSION}[，,]\s*(?:(?:将|全部|主要|专项|专门)?(?:用于|用来|用以)|将|全部|主要|专门|(?=进行(?![^，。；,;]*?了)))"
    r"(?:分[\d一二三四五六七八九十两]+(?:年|期|批))?"
    rf"(?P<q>{_ACTS}{_ACT_OBJECT})"
    # (not ，新建、改建了一批专业市场: an act told with a perfective 了 after the comma is an outcome reported, GUIDELINES §6
    # thirtieth and thirty-first rounds)
    # (，重点扶持…, ，专门资助…, ，着重支持…: an adverb of focus before the verb of aid is no part of the aim, GUIDELINES §6
    # thirty-third round)
    rf"|{_CONVERSION}[，,]\s*(?![^，。；,;]*?了)(?P<adv>重点|着重|专门|集中|主要)?(?P<r>{_AID_ACTS}{_ACT_OBJECT})"
    # the grantee after 予 and the act it pays for (拨款2亿元予八间大学推行研究计划)
    rf"|{_CONVERSION}予(?P<s>[\u4e00-\u9fff]{{2,12}}?(?:{_ACTS}|推行|实施|进行|举办){_ACT_OBJECT})"
    # the grantee after 予/给, then the act of aid or a word of use after a comma (捐出30万元予仁爱会，支持独居长者;
    # 拨款100万元给县红十字会，用于抗洪救灾): the act, not the grantee
    rf"|{_CONVERSION}(?:予|给)[\u4e00-\u9fff]{{2,12}}?[，,]\s*(?:(?:将|全部|主要|专项|专门)?(?:用于|用来|用以)(?P<y>{_ACTS}{_ACT_OBJECT})"
    rf"|(?P<z>{_AID_ACTS}{_ACT_OBJECT}))"
    # a joint act with a partner, right after the amount or after a comma (投入500万元，与学院共建金融科技实验室; 出资
    # 200万元与县政府共同设立…基金): the partner and the act (not 同时与…开展: a second act told, no use)
    rf"|{_CONVERSION}[，,]?\s*(?:将|并)?(?P<x>(?:与|同(?!时|比|期|样)|和)[^，。；,;]{{1,16}}?(?:共建|(?:共同|合作|联合)(?:建设|设立|成立|打造|创建|组建|开展|举办|建立)){_ACT_OBJECT})"
    # the one it is for after 为 and a verb of buying or building (投入1100万元为乡镇卫生院购置医疗设备, 捐款2万元，为学校
    # 添置课桌椅), or the works done on something after 对 (投入20万元，对老年活动中心进行提升改造)
    # (not 总投资5亿元，为今年新建的重点项目: a relative clause describing the project)
    # (拿出12万元为全体社员分红: a collective's dividend paid to its members, §6 ninth round; the act closes the clause)
    rf"|{_CONVERSION}[，,]?\s*(?P<t>为[^，。；,;的是]{{1,16}}?(?:(?:购置|添置|购买|修建|新建|建设|改造|维修|安装){_ACT_OBJECT}"
    r"|分红(?=[，。；,;]|$)))"
    # (对其进行全面的技术改造, 对…铺面进行装修: the thing reached back to by 其, a longer modifier before the works and
    # fitting-out, GUIDELINES §6 thirty-fifth round)
    rf"|{_CONVERSION}[，,]?\s*(?P<u>对(?:其|[^，。；,;]{{2,24}}?)(?:进行|实施)[^，。；,;]{{0,6}}?"
    r"(?:改造|维修|修缮|提升|升级|整治|翻新|加固|硬化|绿化|装修)[^，。；,;]{0,8})"
    # a fund or a scheme the money is put into (拨款30亿元，为中小企业融资担保计划注资)
    rf"|{_CONVERSION}[，,]?\s*(?P<w>为[^，。；,;的是]{{2,24}}?(?:注资|增资))(?=[，。；,;]|$)"
    # what the money is set aside as (拿出120万元作为年终奖励, ，作为村级活动经费): a reward or a fund named
    # (拿出300万元作为科技创新奖励资金, 安排200万元作为产业发展引导资金, 作为员工子女助学基金: a fund named)
    # (拿出2000元作为她读大学的学费, 作为贫困学生的生活费: a cost it pays for, GUIDELINES §6 twenty-ninth review round)
    rf"|{_CONVERSION}[，,]?\s*作为(?P<v>(?:[^，。；,;的]{{2,10}}的)?[^，。；,;的]{{0,12}}?(?:奖励|奖金|奖励金|经费|补助|补贴|慰问金|助学金|奖学金|资金|基金|学费|生活费|医疗费|路费))(?=[”」]?(?:[，。；,;]|$))"
)
# Whom a reward fund rewards, in the clause after its amount (拨付奖励资金20万元，奖励先进集体和个人; ，表彰奖励…): the
# purpose when the fund's own name says no more than 奖励资金 (a named fund, 目标任务奖励资金, keeps its name); not
# the fund's noun (，奖励资金已到位), its terms (，奖励标准为…, ，奖励办法…) nor those rewarded counted in units of
# things (，奖励先进村5个; a count of people is trimmed off instead: _COUNTED_REWARDED).
_REWARDED_AFTER = re.compile(rf"{_CONVERSION}[，,]\s*(?P<p>(?:表彰)?奖励(?![资经金款额标范政办]){_ACT_OBJECT})")
# A count of people closing those rewarded (，奖励村干部12名): how many, trimmed off whom.
_COUNTED_REWARDED = re.compile(r"[\d一二三四五六七八九十百千两]+(?:名|人|位|支|批)$")
# Projects won counted in the clause before a bare grant (新增国家自然科学基金项目45项，获批经费2600余万元): the kind of
# project is what the money is for; not a bare class of projects (获批重点项目3个).
# (科技创新类项目25个，获资助800万元: a kind of projects opening its clause, counted, with no verb before it)
_PROJECTS_WON = re.compile("(?:(?:新增|获批|获得|承担|新获|争取到?|立项)了?|(?<![^，,；;：:\\s])(?=[\u4e00-\u9fff]{2,12}类项目))(?P<p>[\u4e00-\u9fff“”]{2,20}?项目)(?:立项)?"
                           "[\\d一二三四五六七八九十百千两]+(?:项|个)$")
_BARE_GRANT = re.compile("\\s*(?:共|共计|累计)?(?:(?:获批|获得|获|争取到?|获资助|资助)?(?:资助)?(?:经费|资金)|获得?资助)"
                         "(?:总额|共计|合计|总计|累计|达到?|为)*约?")
# A clause after a comma that counts what was built (投入…经费1200万元，新建党群服务中心15个): an output reported
# beside the money, not what the money is for.
# (，开展应急救护培训80万人次, ，举办培训班12期: the times or sessions of a work, counted beside the money)
_COUNTED_OUTPUT = re.compile(r"[\d一二三四五六七八九十百千两]+[万亿]?(?:个|座|所|处|家|项|条|间|栋|套|户|公里|千米|米"
                             r"|人次|场次|期|次|场)$")
# A fund named before the amount in its clause (投入村级组织运转经费1200万元, 投入资金500万元): its counted clause after is
# an output reported beside it.
_FUND_NAMED = re.compile("经费|资金|补助|补贴|基金|专款")
# A verb of investing right before the amount (将在永宁县投资35亿元，建设…项目): the building clause after the
# comma is what is invested in.
# (市府将投入新台币120亿元，于5年内兴建社会住宅8000户: 投入 as well, and a time lead before the act, 于5年内, 今年内)
# (县政府投入资金3.2亿元，实施…工程: the bare word 资金 after the verb as well)
_INVESTED_BEFORE = re.compile("(?:投资|出资|斥资|注资|投入)(?:资金)?$")
_BUILT_AFTER = re.compile(rf"{_CONVERSION}[，,]\s*(?P<when>(?:将|拟|计划)?(?:于|在)[^，。；,;]{{1,8}}?(?:内|前|底|期间)|(?:今年|年内|明年)(?:内|底前)?)?"
                          # (not ，新建、改建了一批专业市场: the works told done with 了, an outcome, §6 thirty-first round)
                          # (，开发治理荒山, ，购进教学设施: works of developing land and buying told alike, GUIDELINES §6
                          # thirty-fifth round; ，创建…学校, ，创办…: founding a school or a works alike, thirty-sixth round)
                          rf"(?![^，。；,;]*?了)(?P<p>(?:建设|新建|兴建|扩建|改建|打造|实施|开发(?!区|商|的|出)|购进|购置|添置|创建|创办)"
                          rf"{_ACT_OBJECT})")
# A passive with its giver (该实践站由县财政投资35万元建设): the topic before 由 and the bare act after the amount
# make the purpose; the giver and the verb are none of it.
# (the longer determiners first: 这座文化礼堂 gives 文化礼堂, not 座文化礼堂)
_PASSIVE_GIVER = re.compile(r"(?:这个|这座|这所|该座|该所|该|这|此)?(?P<topic>[\u4e00-\u9fff]{2,16}?)由[\u4e00-\u9fff]{2,12}?"
                            r"(?:投资|出资|拨款|资助|投入)")
# A bare act closing the clause right after the amount (…35万元建设，面积300平方米).
_BARE_ACT_AFTER = re.compile(r"(?:建设|修建|新建|兴建|扩建|改建|改造)(?=[，。；,;]|$)")
# The giver and the verb before a fund's name (社区党委下拨, 县财政今年将安排, 接受社会各界捐赠, 并颁发, 市府今年编列, 每位致赠,
# 每名模范劳工获颁, 公司共拿出, 公司2023年完成, 县政府申请; 学院设立的“杏林奖学金”: a relative 的 after the verb).
# (县府今年另拨, 中央已核定, 每位获发: Taiwan and Hong Kong releases)
# (划拨 not inside 按计划拨付: the verb is 拨付, 计划 ends the word before it)
# (另拨付, 另拨款: one verb, not 另拨 leaving 付 on the fund's name)
_GIVER_VERBS = (r"(?:下拨|拨付|拨发|拨出|核拨|列支|(?<!计)划拨|另拨(?:付|款)?|核定|获发|安排|投入|争取|接受|获得|获批|筹集|筹措|募集|发放|落实|下达|追加|设立|宣布拨款|拨款|捐赠|捐出|捐献"
                # (共收到捐献救灾款, 并捐助救灾款: a gift's verbs before the fund's name; not 捐助资金, the fund itself)
                r"|捐助(?!资金|款项|总额|金额)"
                r"|颁发|获颁|编列|致赠|赠送|拿出|完成|支出|兑现|兑付|引进|送去|送上|送来|送出|认捐|提取"
                # (学校今年提供清寒奖学金, 区委组织部下发党建专项经费: a verb of providing or handing down)
                r"|提供|下发"
                # (计划今年共批出援助, 目前已核发补助, 该镇获省级奖补资金, 某村利用中央扶持资金, 全年需资金, 大赛设置总奖金,
                # 每村给予奖补资金, 各村党组织各奖励工作经费: a verb of getting, using, needing or setting, not the fund)
                # (每人获赠奖金: 获赠 whole, not its 赠 left on the fund; 得奖者各获颁奖金: 各获颁 whole, not 颁奖金)
                r"|批出|核发|获赠|获(?!奖|评|选|聘)|利用|需要?(?!求)|设置|给予|各(?:奖励|补助|补贴|获颁|获)"
                # (统筹整合财政涉农资金: a verb of pooling; 以自有资金对子公司增资: the money's source, its means)
                r"|统筹整合|整合(?!型)|以(?=自有|自筹))")
_GIVER_VERB = re.compile(_GIVER_VERBS)
# A budget noun ending right before a 投入/支出 (…科研经费投入): see _giver_before (its optional lead words may be empty,
# so the two characters before the verb are enough to read).
_BUDGET_NOUN_END = re.compile(f"(?:{_BUDGET_NOUN})$")


def _giver_before(text: str, start: int, end: int) -> bool:
    """Whether a verb of giving stands in ``text[start:end]``, not counting 投入/支出 right after 经费 or 预算: there
    they end the noun of a budget's spending (年度科研经费投入超过6000万元, a level), not an act of granting."""
    return any(not (g.group() in ("投入", "支出") and _BUDGET_NOUN_END.search(text, max(0, g.start() - 2), g.start()))
               for g in _GIVER_VERB.finditer(text, start, end))


# Verbs of handing money down that may follow another verb of giving (追加下达, 筹措安排, 统筹安排).
_HANDED_DOWN = "(?:下达|下拨|拨付|核拨|拨出|发放|兑现|兑付|安排|落实)"
# The clause right after a yearly budget telling it handed over (每年的扶持经费500万元，由市财政全额拨付到位): money
# granted (§6 fourteenth round), no budget level. The verb must take the budget itself, with no object of its own (not
# 每年科研经费超过2亿元，安排科研项目300余项 / 落实了一批重点项目 / 发放研究生助学金…: other things the level pays for).
_GRANTED_AFTER = re.compile(rf"[，,]\s*(?:由[^，。；]{{1,12}}?)?(?:已|均|统一|全额|全部|足额|及时|按时)*{_HANDED_DOWN}"
                            r"(?:到位|完毕|到|给|至|了?(?=[，。；]|$))")
# (申请/申报 only when no verb of giving follows: 县政府申请上级补助资金, but 为326名申请人发放…, 为申报成功的企业拨付…
# name the grantee)
_PURPOSE_GIVER = re.compile(
    # (追加下达防汛救灾资金: a verb of handing money down after the first, the giver's too; not 安排引进人才专项资金,
    # where 引进 belongs to the fund's name)
    rf"^.*?(?:{_GIVER_VERBS}|(?:申请|申报)(?!.*{_GIVER_VERBS}))(?:了|的|到(?!位))?(?:{_HANDED_DOWN}(?:了|的)?)*"
    r"(?=[\u4e00-\u9fff“”]{2})"
)
# What is left after a verb of receiving inside a relative clause on the recipients, up to the verb paying them
# (为获得金牌的运动员发放奖金 → 金牌的运动员发放奖金 → 奖金): the recipients and the payment, no fund's name.
_RECIPIENTS_PAID = re.compile(rf"^[^，。；,;]{{0,12}}?的[^，。；,;的]{{1,8}}?{_HANDED_DOWN}了?(?=[\u4e00-\u9fff“”]{{2}})")
# The agent 由 or the recipient 向 in the words before the amount (该村由村民自筹资金…共投资, 王强向县扶贫基金捐赠,
# 某企业向县养殖基地投资):
# the giver or the receiver, no fund's name.  由 as a word (not 自由, 理由, 经由, 由于); 向 as a word (not 定向, 外向型,
# 动向, 双向 …) with a verb of giving after it.
# (not 由 before an amount: 奖金由1万元提高至2万元, a standard changed)
# Verbs of aim after 为 "in order to" (为改善…, 为支持…): a purpose told, no one paid or invested in.
_AIM_VERBS = "改善|支持|推进|加快|促进|解决|保障|满足|助力|推动|提升|加强|确保|实现|打造|增强"
# The aim told after 为 before a verb of investing (县政府为改善农村人居环境投资 → 改善农村人居环境): the purpose, not the
# investor and his verb.
_AIM_INVESTED = re.compile(f"^.*?(?<![作成因认称更以行])为(?P<p>(?:{_AIM_VERBS})[^，。；为]{{2,16}}?)(?:投资|出资|投入)$")
# The aim told after 为 "in order to" right before the verb of giving and a bare fund, the amount next (县财政局为加快乡村
# 振兴投入资金, 为支持春耕生产下拨专项资金): what the money is for (GUIDELINES §6 purpose).
_AIM_BEFORE_BARE_FUND = re.compile(f"为(?<![作成因认称更以行]为)(?P<p>(?:{_AIM_VERBS})[^，。；为]{{2,16}}?)"
                                   f"{_GIVER_VERBS}了?(?:专项|配套|补助|财政|扶持|奖补)?(?:资金|经费|款项)?共?计?\\Z")
_AGENT_OR_RECIPIENT = re.compile("(?<![自理经缘事])由(?![于此衷])(?!(?:原来的?|原|每人|每名|每户)?(?:新台币|台币|人民币|港币|港元|澳门元)?"
                                 "[\\d一二三四五六七八九十两])"
                                 "|(?<![定面方导转意志倾走纵横外内动双单投去取流指趋风航一反正逆偏])向[^，。；]{0,20}?"
                                 "(?:捐|拨|发放|提供|赠|资助|下达|兑现|兑付|颁发|支付|投入|注资|奖励|投资|出资)"
                                 # (某企业为县养殖基地投资, 给…出资: 为/给 before an investment, the one invested in; not 为
                                 # "in order to" before a verb of aim: 县政府为改善农村人居环境投资…, the purpose)
                                 "|(?:(?<![作成因认称更以行])为(?!" + _AIM_VERBS + ")|给)[^，。；]{0,20}?(?:投资|出资)")
# The budget levels and the kinds of a fund (县级配套资金): each alone names no purpose (_GENERIC_FUND), both together do
# (_LEVEL_AND_KIND_FUND).
_FUND_LEVELS = "省级|市级|县级|区级|中央"
_FUND_KINDS = "专项|配套|补助|扶持|奖补|奖励"
_GENERIC_FUND = re.compile(rf"(?:各类|各项|中央和省级各类|{_FUND_LEVELS}|财政|自有|自筹)?(?:{_FUND_KINDS}|财政|项目|社会|捐赠)?"
                           r"(?:资金|经费|款项|拨款|投资|补助|补贴|资助|善款|专款)")
# A fund named by its budget level and its kind both (落实县级配套资金500万元, 争取省级专项资金…): that noun is the purpose
# (GUIDELINES §6 fifteenth round, like 一次性补贴); either word alone (专项资金, 县级资金) names none.
_LEVEL_AND_KIND_FUND = re.compile(f"(?:{_FUND_LEVELS})(?:{_FUND_KINDS})(?:资金|经费)")
# What a fund's name taken before the amount does not open with: a time (今年社会服务机构资助), an added item
# (另有省级补助资金), a distributive 每 and its unit, with the verb of giving after it (每队奖励金, 每村奖励党建工作经费,
# 每名…获得).
_PURPOSE_OPENER = re.compile(
    # (该项工程总投资, 该案总经费: the measure word after 该 goes with it; 每名获奖者奖金: 获奖者 is the holder, not 获)
    # (给予该村奖金, 给予他们奖金: the one given to after the verb, a demonstrative and its noun or a pronoun, holds it)
    # (下达我县…救灾资金: the receiving place, 我县/本市, after the verb)
    r"^(?:今年|本年度|全年|年内|当年|另有|还有|又有|另外|其中|目前|本届|本次|此次|(?:他|她)们?|其|我[省市县区镇乡村校院]|本[省市县区镇乡村](?!级)"
    r"|该(?:项(?!目)|案|个|批|座|所|村|校|镇|乡|县|市(?!场)|区|省|州|厂|院|队|馆|园|站|中心|企业|公司|单位|团队|集体|同志)?"
    r"|每(?:[名位个家所][\u4e00-\u9fff]{1,6}?(?:奖励|补助|补贴|给予|获得|获(?!奖者)|发放|颁发|发给|发)|[\u4e00-\u9fff](?:奖励|补助|补贴|给予|获得|获(?!奖者)|发放|颁发|发给|发)?)"
    # (一等奖获得者每人获得奖金: the holder's tail left by the giver's verb cut before it, 者 of 获得者, before 每)
    r"|者(?=每)"
    # (当第一笔救济款3万元到村后, 首笔慰问金: the instalment counted, and a 当 of time before it, no part of the fund's name,
    # §6 thirty-second round; 首批赈济金, 第二批救灾款: a batch of relief money counted alike, thirty-fifth round; 第一批耕地
    # 地力保护补贴资金 keeps its batch)
    r"|(?:当|在)?(?:第[一二三四五六七八九十\d]+|首|头|一)(?:笔|批(?=[\u4e00-\u9fff]{0,4}?(?:救灾|赈灾|赈济|救济|应急|抢险|抗灾)[款金])))+"
    r"(?=[\u4e00-\u9fff“”]{2})"
)
# A standard changed (…奖励金由5000元提高至1万元, 奖学金标准从…): the fund is named right before 由/从 …
_CHANGED_FROM = re.compile("(?:标准)?[由从]")
# … or right before the verb raising it to the amount (会议决定，将大赛总奖金提高至30万元: the fund, GUIDELINES §6 fourteenth
# review round; the disposal marker 将 no part of its name)
_FUND_RAISED_TO = re.compile(f"(?:{_RAISING_VERBS}|增)(?:至|到|为)")
# … after the clause's subject, the decision, the disposal marker and a time it runs from (会议决定将, 今年起把), no part of
# its name
_CHANGED_FUND_LEAD = re.compile(r"^.*(?:[将把](?!士|军|领|帅)|决定|同意|宣布|(?:今年|明年|下月|本月|即日|\d+月\d+日|\d{4}年)起)"
                                r"(?=[\u4e00-\u9fff“”]{2})")
# A fund named right after the amount, closing its clause (可獲港幣5萬元專業發展津貼, 获得10万元的奖金).
_PURPOSE_NOUN_AFTER = re.compile(
    # (投放澳门元12亿元于非高等教育发展基金: the fund the money goes into after 于)
    r"的?(?:[于予至](?=[\u4e00-\u9fff“”]{2}))?(?P<p>[\u4e00-\u9fff“”]{0,12}?(?:津贴|奖学金|助学金|奖教金|救助金|经费|资金|奖金|奖励金|补助金|补助|补贴|基金|慰问金|礼金|敬老金|调剂金|周转金|救济金|赈济金|保障金|抚恤金|(?:援|援助|赈灾|赈济|救灾|救济|救助|慰问|助学)款|(?<![\u4e00-\u9fff])专款))(?=[，。；,;、]|$"
    # (拿出400万元特别调剂金下发各地州市: the fund named before the verb handing it down, GUIDELINES §6 thirty-first round)
    r"|(?:下发|下拨|拨付|拨给|拨到|分配给|分发给?)(?![\u4e00-\u9fff]{0,2}(?:资金|经费|款))"
    # (200元慰问金和25公斤大米, 30万美元援款和价值…的物资: another gift joined after the fund, GUIDELINES §6 thirtieth
    # review round)
    r"|(?:和|及|以及)(?![\u4e00-\u9fff]{0,3}(?:资金|经费|款))"
    # (组委会将二百万元奖金发放给获奖团队: the money 将 hands over, named before the verb that pays it, §6 prize money paid)
    r"|(?:全部|分别|一次性|足额)?(?:发放(?:给|到|至)|颁发给|发给|奖给))"
)
# A giver, an adverb and a verb of giving (政府将拨款, 县里已投资, 该项目预计投资, 将在永宁县投资, 市政府投资, 专责小组今日
# 通过拨款): a clause's
# subject and verb, no fund's name.
# (中央另补助, 计划每年补助: a giver or a plan with an adverb and 补助/补贴 as the verb)
# (not 获得政府补助: a giver before 补助/补贴 without an adverb names the fund)
# (县府并宣布拨款, 市府拨款: Taiwan's short name of a government, an announcement)
_GIVING_VERB_END = re.compile("(?:(?:将|已|再|又|还|另|拟|计划|预计|新增|通过|批准|决定|宣布|在[\u4e00-\u9fff]{1,12}?|政府|财政|[厅局委府]|公司|集团|企业)"
                              "(?:每年)?(?:拨款|投资|资助|拨付|出资)"
                              "|(?:将|已|再|又|还|另|拟|计划|预计)(?:每年)?(?:补助|补贴))$")
# The one given to before the amount in its clause (向乙村小学捐赠20万元, 为困难群众发放救助金50万元): 向/为/给 as a
# preposition (not 作为, 成为, 因为, 认为) and a verb of giving after the recipient.
_RECIPIENT = re.compile("(?:向|(?<![作成因认称更以])为|给)(?P<who>[^，。；]{1,16}?)"
                        "(?:捐赠|捐款|捐资|捐出|捐|拨付|拨|发放|送去|送|提供|资助|奖励|补助|补贴|下达|援助)")
# The named kind of money right before an amount, after the verb giving it (发放生活补贴3000元, 发放安家费3000元): two
# equal amounts of differently named money are two facts (§6: each stated amount is one record).
_NAMED_MONEY = re.compile("(?:发放|拨付|下拨|下达|给予|兑现|兑付|支付|补助|奖励)了?(?P<kind>[\u4e00-\u9fff]{1,8}(?:费|金|补贴|补助|津贴|奖励))$")
# Characters any kind of money may be named with (资金, 补助金, 奖励): two kinds sharing only these are distinct.
_GENERIC_MONEY_CHARS = frozenset("资金费补贴助奖励津专项")


def _other_money(kind: str, other: str) -> bool:
    """生活补贴 and 安家费, 救灾补助金 and 助学金: two kinds of money; not 临时救助资金 and 救助金 (one named twice)."""
    return not (set(kind) - _GENERIC_MONEY_CHARS) & (set(other) - _GENERIC_MONEY_CHARS)


# A sum stated to each of a kind of recipient (每人获得奖金5万元, 每校获得5万元办学经费): one record per stated amount
# (GUIDELINES §6); the same sum to each of another kind later (…每人5万元。…每校5万元) is another fact, not a restatement.
# (每人发放奖金5000元 … 每名获奖教师获得奖金5000元, 每位可得: 人, 名 and 位 count the same kind, a person; one fact)
_EACH_BEFORE = re.compile(r"每(?P<each>[人名位户村校所家个队])[^，。；每]{0,10}$")
_EACH_PERSON = {"名": "人", "位": "人"}
# 甲与乙分别拨出40万和300万港元: 分别 before an amount in its clause makes it one giver's share of a list, a fact of
# its own; an equal amount told in another body sentence (丙筹得40万港元) restates none of them (GUIDELINES §6 fortieth
# review round).
_RESPECTIVE_BEFORE = re.compile("分别")


# An amount that refers back to one just stated (为村小学捐赠的20万元已到账, 这20万元全部用于…, 该笔资金): a relative
# clause with 的 or a demonstrative right before it, or told as arrived right after it; the same fact again (§1).
_BACK_REFERENCE = re.compile("(?:的|这|该|此)(?:笔|批|项)?$")
# A gift's own act right before an amount (捐了30万, 立即捐出30万, 送去价值50余万元的物品, 投资三十万元建…): the words of its
# clause before the verb name the giver or the time, so that an equal amount told with other such words is another gift
# (GUIDELINES §1: duplicated facts count once; §6: each stated amount is one record).
_GIFT_ACT_BEFORE = re.compile("(?:捐|赠|资助|投资|拨|送去|送来|汇来|寄来|支援|掏出|拿出|筹得|筹集|募得|募集)(?:了|出|来|去|给|献|赠|助|资|款|送)*"
                              "(?:价值)?(?:人民币)?(?:约|近|共)?$")
_ARRIVED_AFTER = re.compile(_DONE_AFTER + "到账")
# A verb of giving right after a fund's name (某慈善基金捐款, 教育基金会今年出资): the fund is the giver, not what the
# money is for.
_DONOR_GIVES = re.compile("(?:今年|日前|近日|再次|又|已|共)*(?:捐款|捐赠|捐资|捐出|出资|拨款|资助|捐送|捐献|捐助|赠送|送出|捐给)")
_QUOTE_MARKS = re.compile("[“”「」『』\"]")
# A fund's noun that is a verb of aid (补助, 补贴, 资助, 援助) with its object after it, before the amount (县府补助弱势家庭
# 学童营养午餐 今年编列1.2亿元): the giver and its act, no fund's name; not 获得政府补助50万元, 补助共计…, 补助资金…
# (a public giver right before the verb: 县府补助, 市政府补贴; not 经济援助中再追加…, 救济补助金和…)
_AID_VERB_END = re.compile("(?:政府|[县市]?府|财政|厅|局|委)(?:补助|补贴|资助|援助)$")
_AID_OBJECT = re.compile("(?!资金|经费|款|金|费|金额|总额|共|合计|总计|累计|达|约|为|近|超|逾|已|计|额|标准|中)[\u4e00-\u9fff]{2}")
# Words joining a fund's name to the one before it (…运转经费和党组织服务群众专项经费).
_FUND_JOINERS = "和及与、"
_PURPOSE_NOUN = re.compile(
    # (资助 only as the subject of its total: 社会服务机构资助总额约为…)
    # (捐赠奖教金100万元, 发放救助金共计29万元, 发放各类优抚金1860万元: a grant named by what it rewards or relieves,
    # ending in 金)
    # (捐赠助学款10万元, 送去慰问款2万元: the same grants named as 款)
    # (发放小额信贷贴息612万元: an interest subsidy paid, the fund named before it its purpose, §6 sixteenth round)
    # (募集救灾款物总额已达…: money and goods raised under one aid noun, 款物 its own name, GUIDELINES §6 fortieth review
    # round; not 救灾款物资, money and then goods)
    r"(?P<p>[\u4e00-\u9fff“”]{2,20}?(?:经费|资金|奖金|奖励金|奖学金|助学金|奖教金|救助金|救济金|赈济金|保障金|低保金|抚恤金|优抚金|慰问金|优待金|(?:助学|慰问|救助|救灾|帮扶|赈灾|赈济|援助|应急|救济|抢险|抗灾|扶贫)款(?:物(?!资))?|(?<![捐贷借付存欠善])援款|(?<![股息])分红(?!资金)|津贴|补助(?:资金|经费)?|补贴(?:资金)?|贴息(?!资金|经费)|基金|拨款|投资|总投资"
    r"|援助(?:资金)?|资助(?=总额|金额|额)))"
    # (not the start of an organization's name: 向县教育基金会捐赠, 投资公司)
    # (not 合同外资金额, 发行证券融资金额: 外资 or 融资 and 金额, no 资金)
    r"(?![会站委办处局司者方]|(?<=[外融]资金)额|公司|集团|中心|促进)"
)



# A list item named by a bare fund word alone after the earlier item's amount (…、助学金400万元): too short for
# _PURPOSE_NOUN, it is still the item's own fund, not the one named before the earlier amount.
_BARE_ITEM_FUND = re.compile("[、和及与]?(?P<p>奖学金|助学金|奖教金|救助金|慰问金|奖励金|补助金|抚恤金|优抚金|奖金|津贴|补贴)"
                             "(?:共计|合计|为|达|约)?")
# An item of a list labelled by a grant word of its own right before its amount (…、平台建设奖励2100万元, 慰问品价值5万元).
_OWN_ITEM_LABEL = re.compile("[\u4e00-\u9fff]{2,}(?:补助|补贴|奖励|奖补|资助|扶持|价值)(?:资金)?(?:为|达|共计|约)?$")
# A numeral (digits or Chinese, perhaps with 余/多) before a money unit, and the currencies an item names.
_ITEM_NUMERAL = "[\\d一二三四五六七八九十百千两][\\d.一二三四五六七八九十百千两]*[余多]?"
_ITEM_CURRENCY = "美元|港元|欧元|元"
# An amount of money anywhere in a span (the item of a list told before the amount read): its currency written.
_ITEM_AMOUNT = re.compile(_ITEM_NUMERAL + "(?:[万亿]+(?:" + _ITEM_CURRENCY + ")|" + _ITEM_CURRENCY + ")")
# A purpose that ends on an amount of its own (…8600万元，支持重大科技专项6500万元，…): the next item of a list, not
# what this amount is for.  (…募集善款1.2亿元，发放救助金8600余万元: an approximation, 余/多, before its magnitude as well;
# the currency may be left to 万/亿, 左右 may follow)
_NEXT_ITEM = re.compile(_ITEM_NUMERAL + "(?:[万亿]+(?:" + _ITEM_CURRENCY + ")?|" + _ITEM_CURRENCY + ")(?:左右)?$")
# An item of a list, its clause a verb of use or support, what it pays for and the amount (其中，支持企业研发后补助8600
# 万元，支持重大科技专项6500万元; 用于基础设施建设5000万元): what that item names.  用于/支持/扶持 are dropped (their
# object is the use); 奖励/补助/补贴 are kept (their object is whom the money goes to: 奖励先进集体).
# (not 支持的企业…: a relative clause; not 补助标准每人…: the terms, a rate per person)
_ITEM_BEFORE = re.compile(r"\s*(?:其中[：:]?|另有|另外|另)?(?:主要|重点|专项|专门)?"
                          r"(?:(?:用于|支持|扶持)(?P<p>(?!的)[^，。；,;\d每]{2,20}?)"
                          r"|(?P<q>(?:奖励|补助|补贴)(?![资经金款额标范政对办])[^，。；,;\d每]{2,20}?))"
                          r"(?:资金|经费)?(?:共计|合计|总计|共|达到?|为)?约?")
# The next item of such a list after 、 (用于基础设施建设600万元、产业发展200万元): the words between the amount before
# and this one.
_ITEM_AFTER_AMOUNT = re.compile(r"(?:[万亿]|美元|港元|欧元|元)、(?P<p>[\u4e00-\u9fff“”]{2,20})$")
# The goods a value is stated for (捐赠价值200万元的防暑降温药品和医疗物资, 赠送价值约1.5万元的药品): a gift in kind (§6),
# the goods what the value is of, up to the last kind of goods named.
_VALUE_BEFORE = re.compile("价值(?:约|达|共计|合计|总计|累计)?$")
# (赠送价值2万元的优质稻种, 捐赠价值5万元的果树苗木和农药: farm inputs given to growers, as 化肥 and 种子 are)
_GOODS_AFTER = re.compile(f"的(?P<p>[^，。；,;的]{{0,16}}(?:{_GIFT_KINDS}|器械|装备|帐篷|衣被|燃料|粮食|化肥|种子|农资|年货"
                          "|稻种|良种|种苗|苗木|树苗|鱼苗|农药|饲料|农膜)"
                          # (not a goods word naming what an instrument is for: 农药残留检测仪, 种子处理设备, the goods the
                          # instrument, read by the next alternative or none)
                          "(?![^，。；,;的和及与、]{0,6}?(?:仪|机|器|设备|装置))"
                          # (价值5万元的燃气报警器200台, 价值3万元的净水机20套: goods of any name, counted in units after)
                          # (not 价值5万元的第3批爱心包裹, …的助学款和2辆校车: the count closes the clause, the goods end on no
                          # ordinal or joiner)
                          r"|(?!第)[^，。；,;的\d]{0,15}[^，。；,;的\d第和及与、首]"
                          r"(?=[\d一二三四五六七八九十百千两]+(?:台|套|件|部|辆|箱|册|本|批)(?:[，。；,;]|$)))")
# A project named before a bare total label (…智慧大棚建设项目开工仪式在项目现场举行。该项目总投资1860万元): the last
# project named in the sentence before the amount or in the three before it; the words before 项目/工程 back to
# the last word that cannot be inside a name (a company, a conjunction, a verb of its event).  Only a label opening its
# clause refers back so (_LABEL_OPENS; not 此次观摩的6个项目总投资).
_LABEL_OPENS = re.compile(r"\s*(?:该|本|此|这个)?(?:项目|工程)")
_PROJECT_NAMED = re.compile(r"[\u4e00-\u9fff“”\dA-Za-z.]{2,30}?(?:项目|工程)(?!部|办|组|负责人|经理|单位|现场|方|地|区|库|资金|建设者|人员)")
# (滨海新区召开招商引资项目签约大会: the verb of holding the event and its subject before the kind, 召开/举办 as 举行)
_PROJECT_NAME_CUT = re.compile("^.*(?:公司|集团|与|和|同|在|的|了|是|将|对|把|为|由|上午|下午|晚上|举行|召开|举办|签约|签订|签署|启动|落户"
                               "|推进|总投资|同意|通过|介绍|汇报|听取|察看|查看|观摩)")
# (该项目, 本工程, 此项目, 其…: a name referring back, not naming)
_REFERRED_BACK = re.compile("该|本|此|这|其")
# A project the words only refer back to (同意该工程通过验收, 对本项目进行…): no name, whatever verb stands before it.
_REFERRED_BACK_END = re.compile("(?:该|本|此|这个?|其)(?:项目|工程)$")


def _lead_before(full: str, start: int) -> str:
    """The three sentences before offset ``start`` of the clean text ``full``, at most 200 characters back (where a
    bare 该项目 finds the project it names)."""
    lead_start = start
    for _ in range(3):
        end = lead_start
        while end > 0 and full[end - 1] in "。！？\n \u3000":
            end -= 1  # (past the marks closing the sentence before, a paragraph's end)
        before = start_after(full, end, "。！？\n")
        if before < start - 200:
            break
        lead_start = before
    return full[lead_start:start]


def _inside_person(doc: Document, at: int) -> bool:
    """Whether the character at ``at`` (an offset into ``doc.clean_text``) is inside a person's name (the 若 of
    蔡若怡 is no condition, 若夺冠 is)."""
    return any(e.type == "PER" and e.start <= at < e.end for e in doc.entities)


def _about_crime(text: str) -> bool:
    """Whether a crime word of ``text`` (one sentence) names a crime, not only a case solved (_CASE_SOLVED) that the
    sentence rewards (_CASE_REWARDED, outside the case's own words)."""
    crimes = list(_CRIME.finditer(text))
    if not crimes:
        return False
    solved = [m.span() for m in _CASE_SOLVED.finditer(text)]
    if any(_outside(solved, c.start()) for c in crimes):
        return True  # a crime word outside every case solved
    return not any(_outside(solved, r.start()) for r in _CASE_REWARDED.finditer(text))


def _outside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether offset ``pos`` lies in none of ``spans`` (start, end: end excluded)."""
    return not any(s <= pos < e for s, e in spans)


# Prize money a winner may get under a contest's standing rules (根据奖励办法，破纪录者可额外获得奖金2万元, 按照竞赛规程，
# …另可获得奖金1万美元): the rule's prize scale, a standard (§6 eleventh and thirteenth review rounds), like a reward per
# head a standing rule provides; 可 marks the entitlement, not money handed over (获得奖金… with no 可 stays).
_RULE_PRIZE_MAY_GET = re.compile("可(?:以)?(?:额外|另外)?(?:获得?|得到|领取)(?:奖金|奖励金?)(?:约|为|达)?$")
# What buyers at a launch or a sale may get (4月30日前下定的用户可享5000元置换补贴, 首批车主可享3000元购置补贴): an offer
# open to whoever buys, a rate of the offer like a scheme's (§6 fifteenth review round) or a price (§6 ads); not a sum paid
# to buyers counted (已向1200名消费者发放…).
_BUYERS_MAY_GET = re.compile("(?:用户|车主|消费者|顾客|客户|买家|购房者|业主)[^，。；,;\\d]{0,6}?可(?:以)?(?:享受?|获得?|领取)"
                             "(?:最高|高达)?$")
# The terms of a fund just set up or allocated in the sentence before the amount (县财政安排2000万元，设立…奖补资金，对新升
# 规工业企业一次性奖励10万元): what each qualifying firm or person gets under the fund, a rate of the scheme (§6 fifteenth
# review round), the fund's total the record; not recipients counted or named (对新认定的12家企业共奖励240万元).
_FUND_TERMS = re.compile("对[^，。；,;\\d]{1,20}?(?:给予|予以)?(?:一次性)?(?:奖励|补贴|补助|资助|奖补)$")
_FUND_SET_UP_BEFORE = re.compile("设立|设置|安排|统筹")
# (对本次获评名师的教师每人给予奖励5万元: winners of this event named, a share announced to them, §6 thirteenth round)
_FUND_TERMS_WINNERS = re.compile("本次|此次|本届|这次|获评|荣获|获得|当选|每")
_RECIPIENTS_COUNTED_OR_TOTAL = re.compile("[\\d一二三四五六七八九十百千两]+(?:家|名|户|人|位|个|所)|共|累计|合计|总计")


# Readings of the thirty-third review round (GUIDELINES §6, 7 December 2026, third stop), on amounts that are no money granted.
# A cost told with 将 (该工程将耗资220亿美元, 将需耗资…, 將耗資…): the cost of works still to do, like one an estimate puts on
# them (thirtieth round): no record.
_COST_AHEAD = re.compile("(?<![已曾])(?:将|将要|将会)(?:需要?|要)?(?:耗资|耗费|花费)(?:约|近|达|逾|超过)?$")
# A start still ahead told after the amount in its sentence, for money invested in a project or a project's own money
# (…投资8300万元引进…项目，即将实施; 投资1.2亿元的污水处理厂项目即将动工): the project is only planned, like a bare total's
# (_START_AHEAD); not a later phase, a ceremony, nor works put to use.
_PROJECT_START_AHEAD = re.compile(rf"[^。；;！？]*?(?<![已正])(?:即将|将于|将在|计划于?|预计于?|拟于?|准备)"
                                  rf"(?:(?!{_LATER_PHASE}|已)[^，。；,;]){{0,8}}?"
                                  rf"(?:开工|动工|开建|破土|实施|上马|启动)(?!仪式)(?!(?:建设)?(?:{_LATER_PHASE}))")
# (…项目已于去年动工，二期工程计划明年开工: a start told done in the sentence, the project under way)
_STARTED_TOLD = re.compile("已(?:经)?(?:于[^，。；,;]{1,10}?)?(?:开工|动工|开建|实施|建成|投产|签约|启动)|正在(?:建设|施工|实施)")
_INVESTED_IN_CLAUSE = re.compile("投资|投入")
_PROJECT_MODIFIED = re.compile("(?:左右)?的[^，。；,;]{1,24}?(?:项目|工程)")
# A concession opening the sentence and the amount told as no more than (即使亏损了、失败了，也不过是几百万、上千万元; 就算
# 投资失败，也只是损失…): a hypothetical sum like one under 如果 or 只要 (thirty-first round); and the amount inside the
# concession itself (即便每年投入上亿元，…也…).
_CONCESSION = "即使|即便|哪怕|就算|纵使|纵然"
_CONCESSION_BEFORE = re.compile(f"(?:{_CONCESSION})")
_NO_MORE_THAN = re.compile("也?(?:不过|无非|顶多|充其量|只不过|只)(?:是|损失|亏损|花|赔)?[^，。；,;\\d]{0,4}$")
_IN_CONCESSION = re.compile(f"(?:{_CONCESSION})[^，。；,;]{{0,20}}$")
# A year's investment in a field told as a noun with the growth on the year before after it (去年浦东房地产投资105.5亿元，同比
# 增长27%; 1997年全市工业投资120亿元，比上年增长9%): a statistic, like a field's yearly investment told with 达 (nineteenth
# round); not a body's own act (去年全县共投资…), nor money with a use (…投资2亿元建设…).
_FIELD_INVESTMENT_YEAR = re.compile("(?:全年|去年|上年|当年|(?:19|20)\\d{2}年(?![\\d一二三四五六七八九十]{1,2}月))(?:全|该|本)?"
                                    "(?:(?!共|累计|先后|又|再|已|将|为|向|给|了|拿出|安排|拨)[\u4e00-\u9fff]){2,10}?投资(?:总?额)?$")
# The unit of a rate told in money (每发行7·8港元，则交1美元; 每投入1元带动社会资金5元) and the sum paid per that unit in the clause
# after it: the terms of a rate, no money granted (like a rate per act, GUIDELINES §6).
_PER_MONEY_UNIT = re.compile("每(?:发行|存入|投入|投资|购买|消费|兑换|缴纳|缴存|上缴|贷出|发放|出口|进口)$")
_PER_MONEY_UNIT_CLAUSE = re.compile("每(?:发行|存入|投入|投资|购买|消费|兑换|缴纳|缴存|上缴|贷出|发放|出口|进口)"
                                    "[\\d.·一二三四五六七八九十百千万亿两]+[^\\d，。；,;]{0,4}?元[^，。；,;]{0,4}[，,]\\s*")
# A conversion in brackets right after an amount (（约4000万美元）, （合8600万美元）, （约合人民币3.2亿元）): it restates the amount,
# and what is told after it is told of the amount (GUIDELINES §6 thirty-third round).
_CONVERSION_AFTER = re.compile("[（(](?:约合|合|折合|相当于|大约|约为|约)?(?:人民币|美元|港元|港币)?约?"
                               "[\\d.,，一二三四五六七八九十百千万亿两]+[^\\d（）()，。；,;]{0,6}?[）)]")
