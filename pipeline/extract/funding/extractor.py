"""FundingExtractor: the funding records of a document, built on the modules beside it."""

from __future__ import annotations

import bisect
import re
from typing import Any

from pipeline.document import Document
from pipeline.extract.common import (
    PAST_EDITION,
    Lexicons,
    Sentence,
    clause_bounds,
    evidence,
    in_heading_list,
    last_match,
    page_region,
    stamp_year,
    start_after,
)
from pipeline.extract.funding.patterns import (
    _ACT_RIGHT_AFTER,
    _ACT_TOLD,
    _ACTIVITY_AHEAD,
    _ACTIVITY_BUDGET_LABEL,
    _AD_CONTACT,
    _AD_INVITATION,
    _ADDED_TO_RATE,
    _AID_FUND_SPENT,
    _ALLOCATED_AFTER,
    _AMOUNT_OF_ITS_OWN,
    _AMOUNT_ONLY_CLAUSE,
    _AMOUNT_ONLY_LEAD,
    _APPLICATION_AHEAD,
    _APPROVED_GRANTS,
    _APPROX_LEVEL_BEFORE,
    _ARRIVED_AFTER,
    _ARRIVED_CAPITAL,
    _ARRIVED_INVESTMENT,
    _ASSET_BOUGHT_AFTER,
    _AT_THAT_TIME,
    _AT_THE_EVENT,
    _ATTRACTED,
    _ATTRACTED_SPAN,
    _ATTRACTED_TOTAL,
    _AUDIT_KIND,
    _AUDITED,
    _AUDITED_SUM,
    _AVERAGE_BEFORE,
    _AWAITS_APPROVAL,
    _BACK_REFERENCE,
    _BACKLOG,
    _BALANCE_GROWTH,
    _BANK_PERIOD_LOANS,
    _BARE_GRANTS,
    _BARE_LEVEL_CLAUSE,
    _BARE_MAGNITUDE,
    _BARE_PAST_GRANT_CLAUSE,
    _BARE_YEAR,
    _BID_BEFORE,
    _BOND_MONEY_FOR_PROJECT,
    _BOND_MONEY_OBTAINED,
    _BOND_MONEY_USE_AFTER,
    _BONDS_BEFORE,
    _BONDS_ISSUED,
    _BOUGHT,
    _BRACKET_CONVERSION,
    _BRIBE,
    _BRIBE_AIM,
    _BUDGET_ADDED,
    _BUDGET_BILL,
    _BUDGET_LINE_DRAWN,
    _BUDGET_PASSED,
    _BUDGET_REVIEWED,
    _BUDGET_TO_REVIEW,
    _BUDGETS_SUMMED,
    _BUYERS_MAY_GET,
    _CAPITAL_OBTAINED_LEVEL,
    _CAREER_FUNDS,
    _CAREER_TALLY,
    _CARRIED_VERB_OPENING,
    _CARRIED_WILL,
    _CEILING_BEFORE,
    _CLASS_NOUN,
    _COLLECTIVE_PAYER,
    _COMING_SPAN,
    _COMPANY_PAYER,
    _COMPLETED_BARE,
    _COMPLETED_FIELD_INVESTMENT,
    _COMPLETED_INVESTMENT,
    _COMPLETED_SPAN,
    _CONCESSION_BEFORE,
    _CONDITION,
    _CONTRACT_AMOUNT_CLAUSE,
    _CONVERSION_AFTER,
    _CONVERTED,
    _COST_AHEAD,
    _COUNTED_RECIPIENTS,
    _COUNTED_START_AHEAD,
    _COUPON,
    _CREDIT_LINE_AFTER,
    _CRIME_IN_CLAUSE,
    _CUMULATIVE_FINANCING,
    _CUSTOMERS_GIVEN,
    _DATED_ACT,
    _DECIDED,
    _DECIDED_OR_ANNOUNCED,
    _DEMAND_OWN_OR_FOLLOWED,
    _DEMANDED_MONEY,
    _DIRECT_INVESTMENT_LEVEL,
    _DIVIDEND,
    _DONE_BETWEEN,
    _DONE_THEN_GOING_ON,
    _EACH_BEFORE,
    _EACH_PERSON,
    _ESTIMATE_OPENING,
    _ESTIMATED_NEED,
    _ESTIMATED_TOTAL,
    _EVENT_AHEAD,
    _EVENT_HELD,
    _EXCHANGED_AFTER,
    _EXPECTED_INVESTMENT,
    _FIELD_BUDGET_LISTED,
    _FIELD_INVESTMENT_YEAR,
    _FINANCING_AGREEMENT,
    _FIRM_BOUGHT_AFTER,
    _FORECAST_YEAR,
    _FOREX_TRADED,
    _FORMER_LEAD,
    _FUND_AHEAD_CLAUSE,
    _FUND_NOUN_AFTER,
    _FUND_OR_BENEFIT,
    _FUND_SET_UP_BEFORE,
    _FUND_TERMS,
    _FUND_TERMS_WINNERS,
    _FUNDS_BEFORE,
    _FUTURE_INVESTMENT,
    _GIFT,
    _GIFT_ACT_BEFORE,
    _GIFT_KIND,
    _GIFT_KIND_AFTER,
    _GIFT_VALUE_BEFORE,
    _GIFT_VALUED,
    _GIVEN_AFTER,
    _GIVEN_GOODS,
    _GIVER_SPENDS,
    _GOING_ON,
    _GOODS_GIVEN,
    _GOODS_THEN_VALUE,
    _GOODS_VALUED,
    _GRADE_CAN_RECEIVE,
    _GRADES_CONFERRED,
    _GRANT_ARRIVED,
    _GRANT_PHRASE,
    _GRANTED_AFTER,
    _GRANTED_PART,
    _GROWTH_AFTER,
    _HANDED_OUT_VALUED,
    _HELD_BALANCE,
    _HELD_BALANCE_PAID_IN,
    _HELD_VALUE,
    _HELD_WITHIN_BEFORE,
    _HELPED_FINANCING,
    _HIGHER_MONEY_OBTAINED,
    _HIGHER_MONEY_USE_NEXT,
    _HOPE_AFTER_BUDGET,
    _HOUSING_FUND,
    _HYPOTHETICAL_BEFORE,
    _IN_CONCESSION,
    _INTENDED_ALLOCATION,
    _INTENDED_INVESTMENT,
    _INTENDED_PAYOUT,
    _INTENDED_PROJECT,
    _INVESTED_IN_CLAUSE,
    _INVESTED_RUNNING_TOTAL,
    _INVESTMENT_DONE,
    _INVESTMENT_PLANNED,
    _INVESTMENT_STATISTIC,
    _INVESTMENT_STOCK,
    _INVESTOR_LEVEL_SO_FAR,
    _INVESTORS_BROUGHT,
    _INVESTORS_IN_PLACE,
    _INVESTORS_TALLY,
    _KICKBACK_BEFORE,
    _LATER_PLAN,
    _LATER_START_AHEAD,
    _LATER_TIME,
    _LENDING,
    _LENDING_AFTER,
    _LENDING_CARRIED,
    _LENDING_TOTAL,
    _LENDING_YEAR,
    _LET_OUT_HERE,
    _LEVEL_APPROX,
    _LEVEL_FROM_YEAR,
    _LEVEL_FROM_YEAR_IN,
    _LEVEL_REACHED,
    _LEVEL_TO_YEAR,
    _LEVEL_TO_YEAR_AHEAD,
    _LEVERAGE_NAMED_FUND,
    _LEVERAGED,
    _LEVERAGED_BEFORE,
    _LIST_QUALIFIED,
    _LOAN_FOR,
    _LOAN_FUNDS_READIED,
    _LOAN_GRANTED,
    _LOAN_LET_OUT,
    _LOAN_NOUN_AFTER,
    _LOAN_OBTAINABLE,
    _LOANS_ADDED,
    _LOANS_ISSUED,
    _LOSS_BEFORE,
    _MARKET_FIGURE,
    _MATTER_OF_ITS_OWN,
    _MAY_APPLY,
    _MEMBER_DIVIDEND,
    _MISCONDUCT,
    _MONEY_BETWEEN,
    _MONEY_PUT_IN_AFTER,
    _MONEY_THERE,
    _MONEY_THERE_WHAT,
    _NAME_HOLDS_EXCLUDED,
    _NAMED_MONEY,
    _NAMED_PROJECT_TOTAL,
    _NEEDED_BEFORE,
    _NEXT_STEP_LEAD,
    _NEXT_STEP_WORKS,
    _NO_MORE_THAN,
    _OBTAINED_CLAUSE,
    _OTHER_BATCH,
    _OTHER_EDITION,
    _OTHER_PROJECT_NAMED,
    _OUTCOME_AFTER_COMMA,
    _OVER_BEFORE,
    _OVER_WORDS,
    _OVERRIDDEN_BY_USE,
    _OWN_SIGNING,
    _PAID,
    _PAID_AFTER_STANDARD,
    _PAID_OBJECT,
    _PAID_TO_PROJECT,
    _PAID_UNDER_RATE,
    _PART_COMPARISON,
    _PARTS_OPENER,
    _PAST_PLAN,
    _PAST_SPAN,
    _PAST_YEAR_ANY_LEAD,
    _PAST_YEAR_BARE_GRANT,
    _PAST_YEAR_BARE_TOTAL,
    _PAST_YEAR_LEAD,
    _PAST_YEAR_OBTAINED,
    _PAST_YEAR_TOTAL,
    _PAYER_COVERS_AFTER,
    _PER_DAY_OR_MONTH,
    _PER_HEAD_SHARE,
    _PER_HEAD_YEARLY,
    _PER_MONEY_UNIT,
    _PER_MONEY_UNIT_CLAUSE,
    _PER_SHOW_SUM,
    _PER_UNIT_YEARLY,
    _PERIOD_APPROVED_CLAUSE,
    _PERIOD_GONE,
    _PERSONAL_BENEFIT,
    _PLACE_LOANS_ISSUED,
    _PLACE_PRIZE,
    _PLACE_PRIZE_GIVEN,
    _PLAN_AHEAD,
    _PLAN_APPROVED,
    _PLAN_APPROVED_CLAUSE,
    _PLAN_AS_SOURCE,
    _PLAN_FOLLOWED,
    _PLAN_ITEMS_COUNTED,
    _PLAN_LABELLED_TOTAL,
    _PLAN_RAISES,
    _PLANNED_AID_CLAUSE,
    _PLANNED_PROJECTS,
    _PLANNED_SHARE_IN_CLAUSE,
    _PLANNED_SIZE,
    _PLANNED_STARTED,
    _PLANNED_VERB,
    _PLEDGE_FINANCED,
    _PLEDGE_FIRST_PERSON,
    _PLEDGE_IN_REMARKS,
    _PLEDGE_TALLY,
    _POLICY_AHEAD,
    _PREPARATORY,
    _PREPARATORY_PHASE,
    _PRICE_EACH_AFTER,
    _PRICE_NOUN_AFTER,
    _PRIZE_CONFERRED,
    _PRIZE_GIVEN_RIGHT_BEFORE,
    _PRIZE_HANDED,
    _PRIZE_MONEY,
    _PRIZE_MONEY_GIVEN,
    _PRIZE_PAID,
    _PRIZE_PAID_AFTER,
    _PRIZE_PAID_TOLD_AFTER,
    _PRIZE_RAISED_AHEAD,
    _PRIZE_SCALE_PER,
    _PRIZE_SET_AHEAD,
    _PRIZE_SET_UP,
    _PROJECT_BEFORE,
    _PROJECT_BUDGET,
    _PROJECT_BUDGET_LABEL,
    _PROJECT_LIST,
    _PROJECT_MODIFIED,
    _PROJECT_START_AHEAD,
    _PROJECT_SUBJECT,
    _PROJECTS_ATTRACTED,
    _PROJECTS_CONTRACT_SUM,
    _PROMISED,
    _PROPOSAL_AFTER,
    _PROPOSAL_BEFORE,
    _PROVIDED_FOR,
    _PROVISION_OPENS,
    _PUBLIC_BODY_GIVES,
    _PUBLIC_GIVER,
    _PURCHASE_BEFORE,
    _PURPOSE_ACT,
    _PUT_IN_GOODS_AFTER,
    _PUT_IN_VALUED,
    _QUALIFIED_AFTER,
    _QUALIFIED_MAY_GET,
    _QUOTE_MARKS,
    _QUOTED_NAME_TAIL,
    _RAISED_TO,
    _RATE_AFTER,
    _RATE_BEFORE,
    _RATE_LIST_LABEL,
    _RATE_PER_ACT,
    _RATE_PER_QUANTITY,
    _RATE_TERMS_GO_ON,
    _RATES_LISTED_AFTER,
    _RECEIVED_LEVEL,
    _RECIPIENT,
    _RECIPIENT_UNITS_COUNTED,
    _RECIPIENTS_COUNTED_OR_TOTAL,
    _REFUSED,
    _REGION_FUND_LEVEL,
    _REGION_SPENDING,
    _REGION_SPENDING_PERIOD,
    _RELENDING,
    _RESEARCH_GRANTED,
    _RESEARCH_SPENDING,
    _RESPECTIVE_BEFORE,
    _RESTATED_EXCLUSIONS,
    _RETURNED_TO_OWNER,
    _REWARD_AHEAD,
    _REWARD_GIVEN_AFTER,
    _REWARD_TO_NEW_CLASS,
    _REWARDED_OBJECT_BEFORE,
    _RIGHT_PRICED,
    _RULE_ADOPTED,
    _RULE_PAID,
    _RULE_PRIZE_MAY_GET,
    _RULE_TERMS,
    _RUNNING_SINCE,
    _SALES_PROMOTION,
    _SAVED_BEFORE,
    _SCHEME_LOANS_PAID,
    _SECTOR_BUDGET,
    _SECTOR_PURPOSE_AFTER,
    _SECTOR_SPENDING,
    _SECTOR_STATISTIC_MARK,
    _SECTOR_YEAR,
    _SERVICE_PRICE_AFTER,
    _SET_ASIDE_FOR,
    _SET_ASIDE_PART,
    _SET_ASIDE_USE,
    _SETTLED_AFTER,
    _SETTLED_TALLY,
    _SHARE_CLAUSE,
    _SHARE_IN_KIND,
    _SHARES_RAISED,
    _SIGNED,
    _SIGNED_BEFORE,
    _SIGNED_IN_SENTENCE,
    _SIGNING,
    _SINCE_START,
    _SIZE_CLASS_AFTER,
    _SIZE_LEVEL,
    _SIZE_LEVEL_OWNER,
    _SIZE_LEVEL_SINCE,
    _SOUGHT_AHEAD,
    _SPAN_AHEAD_WORD,
    _SPAN_AID_FUND,
    _SPAN_OBTAINED,
    _SPAN_OF_YEARS,
    _SPAN_SPENT,
    _SPENDING_LINE,
    _SPENDING_SHARE,
    _SPENT_LEVEL,
    _SPENT_TO_DATE,
    _SQUANDERED_BEFORE,
    _STAFF_PAY,
    _STAKE_BOUGHT_AFTER,
    _STANDARD_AFTER,
    _STANDARD_SET,
    _STANDING_RULE,
    _STANDING_YEARLY,
    _START_AHEAD,
    _STARTED_CLAUSE,
    _STARTED_TOLD,
    _STARTS_THIS_YEAR,
    _STATE_COMPENSATION,
    _STATISTIC_MARK,
    _STATISTIC_SPAN,
    _STUDENT_LOANS,
    _SUPPLEMENTARY_BEFORE,
    _SUPPLEMENTARY_USED_AFTER,
    _SURPLUS,
    _SURVEYED,
    _TALLY_END,
    _TALLY_PERIOD,
    _TARGET_BEFORE,
    _TARGET_LEAD,
    _TARGET_OR_INVESTMENT,
    _TENDER_SPAN,
    _TENDER_SUM,
    _THIS_YEAR_BUDGET_REACHED,
    _THRESHOLD_AFTER,
    _TO_DATE,
    _TOTAL_BEFORE,
    _TOTAL_MARK,
    _TOTAL_PAID_OUT,
    _TOTAL_RAISED_AHEAD,
    _TRADE_CONTRACT_AHEAD,
    _UNDER_WAY,
    _UNSETTLED,
    _UPWARDS,
    _USE_CLAUSE_AFTER,
    _USE_TOLD_NEXT,
    _USUAL_BEFORE,
    _VAGUE_BEFORE,
    _WINNERS_AHEAD,
    _WINNERS_OBJECT,
    _WITHIN_AFTER,
    _WITHIN_WORDS,
    _WORKS_AFTER_COMMA,
    _YEAR_BEFORE_CLAUSE,
    _YEAR_IN_CLAUSE,
    _YEAR_TOTAL_CLAUSE,
    _YEARLY_BUDGET_LEVEL,
    _YEARLY_BUDGET_REACHED,
    _YEARLY_FROM_NEXT_YEAR,
    _YEARLY_HABIT,
    _YEARLY_HABIT_CARRIED,
    _YEARLY_HABIT_LEAD,
    _YEARLY_LEVEL_CHANGED_AFTER,
    _YEARLY_LEVEL_CHANGED_BEFORE,
    _YEARLY_MAY_GET,
    _YEARLY_PLEDGED,
    DOLLAR_PRICE_MAX,
    HEADLINE_ROUNDING,
    HEADLINE_ROUNDING_APPROX,
    _about_crime,
    _act_told_beyond_schedule,
    _average_list_before,
    _capital_attracted,
    _contract_named_from,
    _deals_signed_before,
    _donation_ceremonies,
    _donation_event_for,
    _event_ahead_before,
    _giver_before,
    _graded_standard_item,
    _inside_person,
    _lead_before,
    _market_operation,
    _opens_quoted_name,
    _other_money,
    _period_rate_list_before,
    _restating_line,
    _signing_act,
    _signing_ahead,
    _still_negotiated,
)
from pipeline.extract.funding.purposes import (
    _AMONG_THEM_AHEAD,
    _BENEFICIARY_RE,
    _CLAUSE_OR_BRACKET_SPLIT,
    _DOLLAR_SIGN,
    _GIVING_WORD,
    _PURCHASE_AHEAD,
    _RUNNING_TOTAL_WORD,
    _SHORTFALL_AHEAD,
    _SHORTFALL_END,
    _THRESHOLD_DE_AHEAD,
    _WAN_OR_YI,
    _AmountSite,
    _read_purpose,
)

# A sentence end between a 其中 and an amount: the 其中 is another sentence's.
_SENTENCE_END = re.compile("[。！？\n]")
# Loans let out right after a credit granted, up to the amount (授信并发放首批贷款共计…): the amount is of the loans.
_CREDIT_THEN_LOANS = re.compile("并(?:现场)?(?:发放|投放)[^，。；,;\\d]{0,12}?贷款(?:共计|合计|总计|共)?$")
# A part paid to a recipient named in its own clause (1991年向波兰支付5亿马克, 向捷克支付…): a part of a payment total by
# recipient, which takes the total's purpose across the sentence 其中 opens (GUIDELINES §6 thirty-fourth round).
# (其中，甲县获得2860万元，乙县获得2130万元: a place opening its clause as the one the part went to, GUIDELINES §6
# thirty-sixth review round; not 其中，县财政拨款600万元, a part of its own kind, nor a person or a firm receiving)
_PART_PAID_TO = re.compile("向[^，。；,;]{1,20}?(?:支付|拨付|提供|捐赠|捐助|拨款|赔偿)了?$"
                           "|(?<![^，,；;：:\\s])[\u4e00-\u9fff]{1,10}?[省市县区州盟旗镇乡村](?:获得|分得|获)了?$")


def _han_pairs(words: str) -> set[str]:
    """The pairs of Han characters in a row in ``words`` (县政府 → 县政, 政府)."""
    return {words[k : k + 2] for k in range(len(words) - 1) if _HAN_CHAR.match(words, k) and _HAN_CHAR.match(words, k + 1)}


_HAN_CHAR = re.compile("[\u4e00-\u9fff]")


# 其中 opening the part of a total; the marks that close a full sentence (a named currency carries no further).
_PART_OPENING = re.compile(r"[，,；;]\s*其中")
_SENTENCE_MARKS = re.compile(r"[。！？!?\n]")
# The currencies a bare 元 stands for on a page of their region (新台币, 港元, 澳门元), which a part may write bare.
_REGIONAL_YUAN = frozenset({"TWD", "HKD", "MOP"})
# The currency a bare 元 is read in on a page of each region.
_REGION_CURRENCY = {"mainland": "CNY", "hong_kong": "HKD", "macau": "MOP", "taiwan": "TWD"}

# Words right before a person's name in newspaper copy (陈云同志的夫人于若木, 老红军王定国): its start.
_NAME_INTRODUCERS = ("夫人", "同志", "先生", "女士", "将军", "教授", "主席", "部长", "书记", "记者", "老师", "老红军")
_AFTER_INTRODUCER = "|".join(f"(?<={w})" for w in _NAME_INTRODUCERS)
# Words ending in 若 that are no name (莫若, 倘若, 假若, 如若, 宛若, 恍若): 若 keeps its own sense there.
_RUO_WORDS = "莫若|倘若|假若|如若|宛若|恍若"


class FundingExtractor:
    def __init__(self, lex: Lexicons) -> None:
        self.context = re.compile("|".join(map(re.escape, lex.patterns["funding_context"])))
        # 若 as the first given-name character after a one-character surname (于若木捐款…, 记者曾若虹): no condition
        single = "".join(sorted(x for x in lex.surnames if len(x) == 1))
        self.ruo_name = re.compile(f"(?:^|(?<=[，。；、：“（\\s])|{_AFTER_INTRODUCER})(?!{_RUO_WORDS})[{single}]若(?!干)[\u4e00-\u9fff]")
        self.exclude = re.compile("|".join(map(re.escape, lex.patterns["funding_exclude"])))
        # The contexts where an exclusion word is no statistic (提拨盈余3600万元办理会员福利), searched like _GRANT_PHRASE.
        allowed = {w: v for w, v in lex.patterns["funding_exclude_allowed"].items() if not w.startswith("_")}
        self.exclude_allowed = re.compile("|".join(p for patterns in allowed.values() for p in patterns))
        # Words that disqualify only an amount after them (约合人民币2.28亿元 converts the amount before it).
        self.exclude_before = re.compile(
            "(?:" + "|".join(map(re.escape, lex.patterns["funding_exclude_before"]["words"])) + ")约?"
            "(?:人民币|美元|港元|港币|澳门元|澳元|新台币|欧元|日元|英镑)"
        )

    @staticmethod
    def _provided_for(text: str) -> bool:
        """市政府提供500万元，用于重建电网: money provided for a purpose (not a running total: 累计…提供…)."""
        m = _PROVIDED_FOR.search(text)
        return m is not None and not _RUNNING_TOTAL_WORD.search(text, clause_bounds(text, m.start())[0], m.start())

    @staticmethod
    def _loan_granted(text: str) -> bool:
        """向…项目审批贷款3亿元, 投放贷款2亿元，用于…: a new loan for a stated purpose (not one over a span or a year or
        month, nor a total: 今年以来…, 今年…投放贷款…, 共投放…; only a span for a loan to a named project)."""
        # (each loan of the sentence: a new one after a statistic's clause counts; a loan for a named project keeps
        # any time before it, 投放贷款 over a year or a month is a statistic)
        return any(not (_STATISTIC_SPAN if m.group().startswith("向") else _LENDING_TOTAL).search(text, 0, m.start())
                   for m in _LOAN_GRANTED.finditer(text))

    @staticmethod
    def _unsettled(text: str, clause_start: int, amount_end: int, clause_end: int) -> bool:
        """An open state (正在洽谈, 审核中, 公示中) in the amount's clause or a later clause of its sentence joined
        by commas (申请…资金6000万元，用于中小河流治理，目前正在审批中; 拟投资50亿元…，项目占地1000亩，目前正在洽谈中),
        up to a clause about another batch or with an amount of its own (第二批资金正在审核中, 另有12家企业的材料正在
        审核中, 已下达3000万元): that clause's state is not the amount's; nor after the amount told as paid right
        after it (…资金200万元已全部拨付到位).  Offsets index ``text``; ``amount_end`` is the amount's end."""
        if _UNSETTLED.search(text, clause_start, clause_end):
            return True
        if _SETTLED_AFTER.match(text, amount_end, clause_end):
            return False  # 申请的…资金200万元已全部拨付到位: paid, a later open state is about another matter
        end = clause_end
        while end < len(text) and text[end] in "，,":
            start, end = end + 1, clause_bounds(text, end + 1)[1]
            following = text[start:end]
            if _OTHER_BATCH.search(following) or _AMOUNT_OF_ITS_OWN.search(following):
                return False
            if _UNSETTLED.search(following):
                return True
        return False

    @staticmethod
    def _over_past_span(text: str, spent_start: int, m_end: int) -> bool:
        """A past span (3年内, 两年来, 通过4年的…, 1990年到1996年间, 截至目前) or a bare year closing its clause with the
        growth on the year before told after the amount, before the spending clause with no word of a plan between
        (GUIDELINES §6 thirty-first review round; a bare past year alone is written ahead of the rules, twenty-fourth
        round)."""
        # (1996和1997两年教职工住房建设投资…: a span whose count of years opens the spending's words, read as well)
        spans = [s for s in _PAST_SPAN.finditer(text, 0, m_end) if s.start() < spent_start]
        if spans and _SINCE_START.search(text, 0, spans[-1].start()):
            return False  # (基金会成立十年来…: a running total since a start, eighth round)
        if not spans:
            years = list(_BARE_YEAR.finditer(text, 0, spent_start))
            if not years or not _GROWTH_AFTER.match(text, m_end):
                return False
            spans = years
        return not _SPAN_AHEAD_WORD.search(text, spans[-1].end(), spent_start)

    @staticmethod
    def _use_after(text: str, m_end: int) -> bool:
        """A use told after the amount, also after the money's noun (投入5亿多元资金进行林业综合开发)."""
        if (noun := _FUND_NOUN_AFTER.match(text, m_end)) is not None and _PURPOSE_ACT.match(text, noun.end()):
            return True
        if _OUTCOME_AFTER_COMMA.match(text, m_end):
            return False  # ，扶持了近百家企业, ，帮助了200多家企业: an outcome told with 了, no use (§6 thirty-first round)
        return bool(_ACT_RIGHT_AFTER.match(text, m_end) or _WORKS_AFTER_COMMA.match(text, m_end)
                    or _ALLOCATED_AFTER.match(text, m_end) or _SECTOR_PURPOSE_AFTER.match(text, m_end)
                    or _PURPOSE_ACT.match(text, m_end) or _USE_CLAUSE_AFTER.match(text, m_end)
                    or _HIGHER_MONEY_USE_NEXT.match(text, m_end))

    @staticmethod
    def region_currency(doc: Document) -> str:
        """The currency of a bare 元 on ``doc``: that of the page's region (:func:`page_region`)."""
        return _REGION_CURRENCY[page_region(doc)]

    def __call__(self, doc: Document, sentences: list[Sentence]) -> list[dict[str, Any]]:
        default: str | None = None  # (the region's currency: read only for an amount that names none)
        money = sorted((e for e in doc.entities if e.type == "MONEY"), key=lambda e: e.start)
        starts = [e.start for e in money]
        out: list[dict[str, Any]] = []
        # amounts restated in another currency in the body, and the body's values of things (价值…): a headline
        # amount that restates one of them is no fact of its own
        conversions: list[dict[str, Any]] = []
        full = doc.clean_text
        advert = _AD_CONTACT.search(full) is not None
        page_year = stamp_year(doc)
        # (read once per page, not per amount: a signing on the page, see _FUTURE_INVESTMENT; a donation ceremony is
        # read per amount, by the pledge's paragraph)
        page_signs: bool | None = None
        ceremonies = None  # (_donation_ceremonies, read once per page when a pledge asks)
        recorded_end = -1  # the end of the last full sentence that gave a record (offsets into ``full``)
        # amounts a sentence states as planned, targeted, promised or as a statistic (拟投资…，目前正在洽谈中): a
        # headline that restates one of them is no fact of its own either
        declined: list[Any] = []
        # the currency of a former standard (由新台币1万元提高至2万元), by the offset of the new amount after it
        carried: dict[int, str] = {}
        # the offsets of new amounts of a standing rate per period raised (由每月3450元调升至3630元)
        period_rates: set[int] = set()
        # the end (an offset into ``full``) and currency of the last amount whose currency is written
        named_before: tuple[int, str] = (-1, "")
        for sentence in sentences:
            text = sentence.text
            # This sentence's slice only: O(entities) per document, not O(sentences x entities).
            lo, hi = bisect.bisect_left(starts, sentence.start), bisect.bisect_left(starts, sentence.end)
            if lo == hi:
                continue  # no amount in the sentence, nothing below to read (spares the dozen searches of the gate)
            # The funding word may sit earlier in the same full sentence (捐赠善款500万元，其中…；200万元用于…):
            # look back to the last 。/！/？ (at most 200 characters).
            # (only that far back is read: a mark before it changes nothing)
            floor = start_after(full, sentence.start, "。！？\n", floor=max(0, sentence.start - 200))
            # (…资金10亿元。其中，湖南3.2亿元: the parts of a total recorded in the sentence right before)
            opens_parts = _PARTS_OPENER.match(full, floor) is not None
            parts = opens_parts and recorded_end >= 0 \
                and not full[recorded_end:floor].strip("。！？\n \u3000")
            if not parts and not self.context.search(full, floor, sentence.end) and not _GOODS_GIVEN.search(text) \
                    and not _LOAN_FOR.search(text) and not self._provided_for(text) and not self._loan_granted(text) and not _GOODS_VALUED.search(text) \
                    and not _GOODS_THEN_VALUE.search(text) and not _HANDED_OUT_VALUED.search(text) and not _MEMBER_DIVIDEND.search(text) \
                    and not _SET_ASIDE_FOR.search(text):
                continue
            if in_heading_list(full, sentence.start):
                continue  # an item of a list of other articles' headlines
            if _AUDITED.search(text):
                continue  # 审计发现问题56个，涉及资金320万元: money an audit found, no grant
            if _SURVEYED.search(text):
                continue  # 据…的抽样调查，…互赠礼金高达21025元: a survey's figures, statistics (§6 31st round)
            if _about_crime(text):
                continue  # 非法吸收公众存款2.3亿元: the sentence is about a crime
            lead = _lead_before(full, sentence.start)  # (the sentences before, where 该项目 finds its project)
            excluded_before = False  # an amount before in this sentence was a statistic or a price
            budget_before = False  # ... and it was a budget figure (总预算500万元)
            target_before = False  # ... an amount before in this sentence was a target (投资目标为68亿元)
            credit_end = -1  # ... the end of a credit line's amount before in this sentence (授信额度300亿元)
            for entity in money[lo:hi]:
                if entity.end > sentence.end:
                    continue
                m_start, m_end = entity.start - sentence.start, entity.end - sentence.start
                if _FINANCING_AGREEMENT.match(text, m_end) or _CREDIT_LINE_AFTER.match(text, m_end):
                    credit_end = m_end  # (whatever else rules the amount out: its parts after 其中 are lines too)
                clause_start = start_after(text, m_start)
                clause_end = min((i for i in (text.find(ch, m_end) for ch in "，。；,;") if i >= 0), default=len(text))
                # (read before any exclusion: the former amount of a rate is often excluded by its own period word)
                former = _FORMER_LEAD.search(text, max(clause_start, m_start - 10), m_start)
                raised = _RAISED_TO.match(text, m_end) if former else None
                if raised and former["period"] and (_PER_DAY_OR_MONTH.match(former["period"])
                                                    or _PERSONAL_BENEFIT.search(text, clause_start, former.start())
                                                    or (former["head"]
                                                        and _FUND_OR_BENEFIT.search(text, clause_start, former.start()))):
                    period_rates.add(sentence.start + raised.end())
                if entity.start in period_rates:
                    continue  # 由每月3450元调升至3630元: the new amount of a standing rate per period (§6)
                # The clause around the amount, up to 6 characters after it within the clause.
                after = text[m_end : m_end + 6]
                clause = text[clause_start:m_end] + _CLAUSE_OR_BRACKET_SPLIT.split(after)[0]
                converted = self.exclude_before.search(text, max(clause_start, m_start - 8), m_start)
                if converted and not any(e.end <= sentence.start + converted.start() for e in money[lo:hi]):
                    converted = None  # 慰问金和慰问品折合人民币共计86.4万元: a value of goods, no amount restated
                restates = any(e.end <= entity.start for e in money[lo:hi]) or not _GIFT_VALUE_BEFORE.search(
                    text, clause_start, m_start)
                if (
                    converted
                    or (restates and (self.exclude_before.match(entity.text) or entity.text.startswith(_CONVERTED)))
                ):
                    # 100万美元(约合人民币711万元): not a fact of its own, but a headline may round it
                    conversions.append({"amount": entity.value["low"], "currency": entity.value["currency"]})
                    continue
                allocated = _ALLOCATED_AFTER.match(text, m_end) is not None
                excluding = [
                    x for x in self.exclude.finditer(clause)
                    if not _GRANT_PHRASE.search(clause, max(0, x.start() - 4), x.end() + 4)
                    and not self.exclude_allowed.search(clause, max(0, x.start() - 4), x.end() + 4)
                    and not (allocated and x.group() in _OVERRIDDEN_BY_USE)
                    # (投放贷款2亿元，用于…: a new loan let out for a stated use (§6 loans); not over a span, a year
                    # or a month, nor a total: a statistic)
                    and not (allocated and x.group() in _LOAN_LET_OUT and not _LENDING_TOTAL.search(text, 0, m_start))
                    # (运用支农再贷款现场向…发放贷款2300万元: the relending is the means, the amount the loans after it;
                    # not 累计运用再贷款发放贷款5亿元: a running lending total, like the loans let out above)
                    and not (x.group() in _RELENDING and _LOANS_ISSUED.search(clause, x.end(), m_start - clause_start)
                             and not _LENDING_TOTAL.search(text, 0, m_start) and not _RUNNING_SINCE.search(text, 0, m_start))
                    # (签约仪式上，…向12家企业现场授信并发放首批贷款共计1.6亿元: the credit granted, then loans let out
                    # at the event, the amount of those loans, §6 ninth round, GUIDELINES §6 thirty-sixth review round;
                    # not 授信50亿元 nor a running total, 累计授信并发放贷款…)
                    and not (x.group() == "授信" and _CREDIT_THEN_LOANS.match(clause, x.end(), m_start - clause_start)
                             and not _RUNNING_SINCE.search(text, 0, m_start)
                             and not _STATISTIC_SPAN.search(text, 0, m_start))
                    # (安排资金2000万元带动社会投资1亿元: the money leveraged after 带动/拉动 is no grant, the money
                    # put in before it is)
                    and not (x.group().startswith(_LEVERAGED) and x.start() > m_start - clause_start)
                    and not _NAME_HOLDS_EXCLUDED.match(clause, x.start())
                    # (德国政府已向…的受害者支付了近18亿马克的赔偿: a government's compensation to victims is money paid)
                    and not (x.group() == "赔偿" and _STATE_COMPENSATION.search(clause))
                    # (签署十六份合作协议，涉及金额约三百亿元: the agreements signed in the clause right before make 涉及金额
                    # their signing total, §6; an audit's or a case's 涉及金额 stays excluded)
                    and not (x.group() == "涉及金额" and _deals_signed_before(
                        text, max(0, clause_start - 40), clause_start))
                    # (项目总预算是120万元，由区财政保障: a single project's total a named payer covers is money allocated
                    # to it, like 该项目预算为…, §6; 总预算 stays a body's overall budget elsewhere)
                    and not ("预算" in x.group() and _PROJECT_BUDGET.search(text, clause_start, m_start)
                             and _PAYER_COVERS_AFTER.match(text, m_end))]
                if excluding and _SUPPLEMENTARY_USED_AFTER.match(text, m_end) \
                        and (supp := _SUPPLEMENTARY_BEFORE.search(clause, 0, m_start - clause_start)):
                    # (总预算310亿元及追加预算1.2亿元，追加预算全数用于…: the total's word is no part of this amount)
                    excluding = [x for x in excluding if x.start() >= supp.start()]
                if excluding:
                    excluded_before = True
                    budget_before = all("预算" in x.group() for x in excluding)
                    if any(word in x.group() for x in self.exclude.finditer(clause) for word in _RESTATED_EXCLUSIONS):
                        # 完成投资, 固定资产投资, 意向投资: a statistic or an intention; 综合授信, 额度: a credit line (a
                        # headline's 签署50亿元战略合作协议 over the body's 提供总额50亿元的综合授信 restates it)
                        declined.append(entity)
                    continue  # (低收入人口帮扶资金, 价格临时补贴, 税收奖励: a grant, whatever word it holds)
                previous_start = start_after(text, max(clause_start - 1, 0))
                if clause_start and _ADDED_TO_RATE.match(text, clause_start, m_start) \
                        and _PER_DAY_OR_MONTH.search(text, previous_start, clause_start):
                    declined.append(entity)
                    continue  # 每月挣100元钱，再加上领到的200元救助: a sum added to a monthly rate, a standing benefit (§6)
                if clause_start and _AMOUNT_ONLY_CLAUSE.match(text, clause_start, m_start) and any(
                        not _GRANT_PHRASE.search(text, max(previous_start, x.start() - 4), x.end() + 4)
                        and not (allocated and x.group() in _SURPLUS)
                        for x in _AUDIT_KIND.finditer(text, previous_start, clause_start)):
                    continue  # 专项扶贫资金闲置超过一年，金额共计420万元: the amount of an audit finding
                if _opens_quoted_name(text, clause_start, m_start) and _QUOTED_NAME_TAIL.match(text, m_end):
                    continue  # 「三百亿元中央扩大租金补贴专案计画」修正案: the amount is a word of a scheme's name
                if _BONDS_ISSUED.search(clause) or _BONDS_BEFORE.search(text, clause_start, m_start):
                    continue  # 发行…地方政府专项债券300亿元, 安排…专项债券3.9万亿元: bonds, money borrowed (§6)
                if _BOND_MONEY_OBTAINED.search(text, clause_start, m_start) and not _BOND_MONEY_USE_AFTER.match(text, m_end) \
                        and not _BOND_MONEY_FOR_PROJECT.search(text, 0, m_start):
                    continue  # 争取地方政府专项债券资金9.6亿元: bonds, money borrowed, no use stated (§6)
                if (higher := _HIGHER_MONEY_OBTAINED.search(text, clause_start, m_start)
                        or _PAST_YEAR_OBTAINED.search(text, clause_start, m_start)
                        or _SPAN_OBTAINED.search(text, previous_start, m_start)
                        or ((obtained := _OBTAINED_CLAUSE.search(text, clause_start, m_start))
                            and self._over_past_span(text, obtained.start(), m_end) and obtained)) \
                        and not _BOND_MONEY_USE_AFTER.match(text, m_end) and not _HIGHER_MONEY_USE_NEXT.match(text, m_end) \
                        and not _BOND_MONEY_FOR_PROJECT.search(text, clause_start, m_start) \
                        and not _PROJECT_SUBJECT.search(text, clause_start, higher.start()):
                    continue  # 争取上级项目资金6800万元: money obtained from higher levels, no use stated (§6)
                if _FINANCING_AGREEMENT.match(text, m_end) or _CREDIT_LINE_AFTER.match(text, m_end) \
                        or _LOAN_FUNDS_READIED.search(text, clause_start, m_start) \
                        or _LOSS_BEFORE.search(text, clause_start, m_start):
                    # 签署了总额200亿元的开发性金融合作协议, 提供总额5亿元的青年创业贷款额度: a credit line, no money
                    # provided (§6 loans); a headline that restates it (签署50亿元战略合作协议) is no fact of its own
                    declined.append(entity)
                    continue
                if credit_end >= 0 and "其中" in text[credit_end:m_start] and not _GRANTED_PART.search(clause) \
                        and not _LET_OUT_HERE.search(clause):
                    # 授信额度300亿元，其中甲银行120亿元，乙银行100亿元: each bank's share of the line is a line too
                    # (§6 credit lines), not a loan let out (其中现场发放贷款2亿元 stays)
                    continue
                if ((dividend := _DIVIDEND.search(clause)) and not (dividend["for"] and (
                        _MEMBER_DIVIDEND.search(clause) or (_COLLECTIVE_PAYER.search(text, 0, m_start)
                                                            and not _COMPANY_PAYER.search(text, 0, m_start))))) \
                        or (clause_start and _TOTAL_PAID_OUT.match(text, clause_start, m_start)
                            and _DIVIDEND.search(text, previous_start, clause_start)):
                    continue  # 拟向全体股东每10股派发现金红利3元，合计派发1.05亿元: a dividend, no grant
                if _SALES_PROMOTION.search(text, 0, clause_end) and not (
                        _PUBLIC_GIVER.search(text, 0, m_start) or _PUBLIC_BODY_GIVES.search(text, clause_start, m_start)):
                    continue  # 立减800元，以旧换新再补贴300元: a shop's promotion (§6 ads)
                if (_PLANNED_VERB.search(text, clause_start, m_start) and self._unsettled(text, clause_start, m_end, clause_end)) \
                        or _APPLICATION_AHEAD.search(text, clause_start, m_start) \
                        or ("投资" in text[clause_start:m_start] and _still_negotiated(text, clause_start, m_end, clause_end)):
                    declined.append(entity)
                    continue  # 拟投资50亿元…，目前项目正在洽谈中; 投资2亿元的项目正在洽谈中: planned or negotiated, nothing granted yet
                if (awaits := _AWAITS_APPROVAL.search(text, m_end)) and not _OTHER_BATCH.search(text, m_end, awaits.start()) \
                        and not _MATTER_OF_ITS_OWN.search(text, m_end, awaits.start() + 1) \
                        and not _AMOUNT_OF_ITS_OWN.search(text, awaits.start()) \
                        and not _PAID.search(text, clause_start, m_start) and not _SETTLED_AFTER.match(text, m_end, clause_end):
                    declined.append(entity)
                    continue  # 可分红23.6万元，…待村民代表大会表决通过后兑现: payment waits on an approval, intended (§6)
                # (拨款3亿谢克尔（合8600万美元）: a conversion of a quantity in a currency not read is read from that
                # quantity, §6 thirty-second round)
                restated = _BRACKET_CONVERSION.search(text, clause_start, m_start)
                if restated and any(e.end - sentence.start == restated.end("q")
                                    and (restated["word"] or e.value["currency"] != entity.value["currency"])
                                    for e in money[lo:hi]):
                    conversions.append({"amount": entity.value["low"], "currency": entity.value["currency"]})
                    continue  # 5亿卢布（合800万美元）: the amount before restated, no fact of its own
                read_to = restated.start() if restated else m_start
                if _FOREX_TRADED.search(text, clause_start, m_start):
                    declined.append(entity)
                    continue  # 用假单据购汇1.3亿美元: foreign exchange bought, a currency trade, no grant (§6)
                if _INVESTOR_LEVEL_SO_FAR.search(text, clause_start, m_start):
                    declined.append(entity)
                    continue  # 合作方某集团的投资已达2亿元: an investor's running total, a statistic (§6)
                if (demand := _DEMANDED_MONEY.search(text, clause_start, read_to)) \
                        and not _DEMAND_OWN_OR_FOLLOWED.search(text, clause_start, demand.start()):
                    declined.append(entity)
                    continue  # 议员要求县府编列五千万元专款: money demanded of another body, only intended (§6)
                intended = _INTENDED_INVESTMENT.search(text, clause_start, m_start) \
                    or _INTENDED_ALLOCATION.search(text, clause_start, m_start) \
                    or _INTENDED_PAYOUT.search(text, clause_start, m_start)
                if not intended:
                    # a share of a planned aid is as intended as the plan (why: at _PLANNED_SHARE_IN_CLAUSE)
                    intended = _PLANNED_SHARE_IN_CLAUSE.search(text, clause_start, m_start) or (
                        (_PLANNED_AID_CLAUSE.search(text, previous_start, clause_start - 1)
                         or _FUND_AHEAD_CLAUSE.search(text, previous_start, clause_start - 1))
                        if clause_start and _SHARE_CLAUSE.match(text, clause_start, m_start) else None)
                # (…项目开工，项目预计投资5亿元: a start or a signing told as done makes the expected total that
                # project's; not 该项目将于明年开工, 尚未开工, 家庭医生签约服务: ahead, denied, or no deal)
                if not intended and not _ACT_TOLD.search(text):
                    intended = _EXPECTED_INVESTMENT.search(text, clause_start, m_start)
                started_total = bool(clause_start and _PLAN_LABELLED_TOTAL.fullmatch(text, clause_start, m_start)
                                     and _STARTED_CLAUSE.fullmatch(text, previous_start, clause_start))
                if started_total:
                    intended = None  # 最近动工扩建…工程，规划投资6000万元: a started project's total (§6)
                if intended and intended.group().startswith("计划") \
                        and _PLAN_FOLLOWED.search(text, clause_bounds(text, intended.start())[0], intended.start()):
                    # 按年度计划发放助学金300万元: paid as planned; the plan's own clause is read, which is the clause
                    # before the share's (根据年度计划资助困难学生200名，每人5000元: _PLANNED_AID_CLAUSE)
                    intended = None
                if intended and (forecast := _FORECAST_YEAR.match(text, intended.start())) \
                        and page_year is not None and int(forecast["year"]) <= page_year:
                    intended = None  # 预计2024年全市投入… on a 2024 page: this year's figure, like 预计今年
                if intended and not parts and not (
                        _SIGNING.search(full, start_after(full, max(floor - 1, 0), "。！？\n"), sentence.end)
                        and not _PLAN_AS_SOURCE.search(text, 0, intended.start())
                        # (根据协议，…捐赠500万元设立奖学金，今后每年奖励…，每人5000元: the fund's shares from then on
                        # are no money the agreement commits now, its total is)
                        and not _LATER_TIME.match(text, intended.start())
                        # (项目二期拟追加投资30亿元: a later phase's plan, which the agreement commits only when its own
                        # sentence names it, §6 twenty-ninth round)
                        and not (_LATER_PLAN.search(text, clause_start, m_start)
                                 and not _SIGNING.search(full, floor, sentence.start + m_start))) \
                        and not _DECIDED.search(full, floor, entity.start):
                    declined.append(entity)
                    # 某公司拟投资50亿元建设…: an intention, nothing invested yet (a signing's stays, and a decision's:
                    # 会议决定拟安排…资金2000万元, §6 "with no signing or decision reported"; the decision read over the
                    # full sentence, as its ； parts share it: 会议决定，安排…；同时拟安排3000万元设立…基金)
                    continue
                if not parts and (_PLEDGE_IN_REMARKS.search(text, previous_start, m_start)
                                  or _PLEDGE_FIRST_PERSON.search(text, 0, m_start)):
                    if ceremonies is None:
                        ceremonies = _donation_ceremonies(full)
                    page_donates = _donation_event_for(ceremonies, full, sentence.start, sentence.start + m_start)
                    # (捐赠仪式上，某集团表示，将出资100万元…: a pledge a donation ceremony on the page marks stays, §6
                    # twelfth round)
                    if not page_donates:
                        declined.append(entity)
                        continue  # 徐某表示，将捐资100万元支持…: a pledge in someone's remarks, only intended
                future = _FUTURE_INVESTMENT.search(text, previous_start, m_start)
                if not future and previous_start:
                    # (下一步，…还将设立“…基金”，计划募集资金500万元: the next step told in its own clause two before the
                    # amount; read that far only for a fund's raising target)
                    earlier = _FUTURE_INVESTMENT.search(text, clause_bounds(text, previous_start - 1)[0], m_start)
                    future = earlier if earlier and earlier["raise"] else None
                if future and not parts and not _DECIDED_OR_ANNOUNCED.search(text, 0, m_start):
                    if ceremonies is None:
                        ceremonies = _donation_ceremonies(full)
                    page_donates = _donation_event_for(ceremonies, full, sentence.start, sentence.start + m_start)
                    if not page_donates and not future["fund"] and page_signs is None:
                        page_signs = _SIGNING.search(full) is not None
                    # (…还将设立“…基金”，计划募集资金500万元: money to be raised from others for a fund still ahead is
                    # no pledge a donation ceremony on the page marks, only a target, §6 twelfth round)
                    # (医联体签约仪式…。医院下一步还将投入300万元建设…: a next step on a signing page whose sentence names
                    # no agreement is not committed by it, §6 thirtieth round)
                    # (not an investor's 投资 there: 项目签约仪式。下一步，该企业将投资20亿元…, its pledge for the signed
                    # project, committed by the signing, §6 twenty-ninth round)
                    signed_here = _SIGNING.search(text, 0, m_start) is not None
                    unsigned_next_step = page_signs and _NEXT_STEP_LEAD.search(future.group()) is not None \
                        and "投资" not in future.group() and not signed_here
                    # (为此某公司将在2000年之前投资500亿马克: a target year is a plan's target on a signing page too, unless
                    # the amount's own sentence names the signing, §6 thirty-first and fortieth rounds)
                    target_unsigned = future["target"] is not None and not signed_here
                    if (not page_donates or future["raise"]) and (future["fund"] or not page_signs or unsigned_next_step
                                                                  or target_unsigned):
                        declined.append(entity)
                        continue  # 园区将投入2亿元建设…, 下一步将设立20亿元引导基金: money still to be put in
                if clause_start and not parts and _CARRIED_VERB_OPENING.match(text, clause_start, m_start) \
                        and _CARRIED_WILL.search(text, previous_start, clause_start) \
                        and not _DECIDED_OR_ANNOUNCED.search(text, 0, m_start):
                    declined.append(entity)
                    continue  # 论坛期间还将举行成果展，设立专项资金200万元: the 将 before governs this clause too
                own_start = clause_start if _OWN_SIGNING.search(text, clause_start, clause_end) else previous_start
                if _signing_ahead(text, 0, m_start) and not (
                        _OWN_SIGNING.search(text, own_start, clause_end)
                        and not _signing_ahead(text, own_start, clause_end)):
                    declined.append(entity)
                    continue  # 拟于5月28日举行…签约仪式，…总投资86亿元: a signing still to come
                if (_SPENDING_LINE.search(text, clause_start, m_start)
                        and not (allocated and _GIVER_SPENDS.search(text, clause_start, m_start))) \
                        or ((research := _RESEARCH_SPENDING.search(text, clause_start, m_start))
                            and not _RESEARCH_GRANTED.search(text, clause_start, research.start())):
                    continue  # 教育支出86亿元, 公司研发投入4.2亿元: a budget line or a company figure
                sector_budget = _SECTOR_BUDGET.search(text, clause_start, m_start)
                if sector_budget and (_BUDGET_ADDED.search(text, clause_start, m_start) or (
                        _PROJECT_BUDGET.search(text, clause_start, m_start) and _PAYER_COVERS_AFTER.match(text, m_end))):
                    sector_budget = None  # 该项目预算为300万元，由县财政全额保障: a project's budget a payer covers, §6
                if ((_SECTOR_SPENDING.search(text, clause_start, m_start) or sector_budget)
                        and (_SECTOR_STATISTIC_MARK.search(text) or _BUDGETS_SUMMED.search(text, clause_start, m_start)
                             or (sector_budget and sector_budget["copula"])
                             or _SECTOR_YEAR.search(text, clause_start, m_start))
                        and not _ALLOCATED_AFTER.match(text, m_end) and not _SECTOR_PURPOSE_AFTER.match(text, m_end)
                        and not _DATED_ACT.search(text, 0, m_start)) or (
                        clause_start and _AMOUNT_ONLY_LEAD.match(text, clause_start, m_start)
                        and _SPENDING_SHARE.search(text, previous_start, clause_start)):
                    continue  # 去年全市财政教育投入达32.5亿元，同比增长6%: a year's spending on a sector (§6)
                if _FIELD_BUDGET_LISTED.search(text, clause_start, m_start) and not _ALLOCATED_AFTER.match(text, m_end) \
                        and not _SECTOR_PURPOSE_AFTER.match(text, m_end) and not _PURPOSE_ACT.match(text, m_end):
                    declined.append(entity)
                    continue  # 县财政今年编列教育经费预算3.2亿元: a field's budget line, no use (§6 eighteenth round)
                if _RECEIVED_LEVEL.search(text, clause_start, m_start) and (
                        _GROWTH_AFTER.match(text, m_end) or _YEAR_IN_CLAUSE.search(text, clause_start, m_start)
                        or (_YEAR_BEFORE_CLAUSE.search(text, previous_start, clause_start)
                            and _TALLY_END.search(text, previous_start, max(clause_start - 1, previous_start))
                            and not _SECTOR_PURPOSE_AFTER.match(text, m_end))) \
                        and not _RUNNING_SINCE.search(text, previous_start, m_start):
                    continue  # 2024年到位科研经费5.6亿元，同比增长18%: a year's money received, a statistic (§6)
                if (region_spent := _REGION_SPENDING.search(text, clause_start, m_start)
                        or _REGION_FUND_LEVEL.search(text, clause_start, m_start)) \
                        and _REGION_SPENDING_PERIOD.search(text, 0, region_spent.start()) \
                        and not _ALLOCATED_AFTER.match(text, m_end) and not _SECTOR_PURPOSE_AFTER.match(text, m_end) \
                        and not _PURPOSE_ACT.match(text, m_end) and not _DATED_ACT.search(text, 0, m_start) \
                        and not ("财政" in region_spent.group() and _USE_CLAUSE_AFTER.match(text, m_end)) \
                        and not _AID_FUND_SPENT.match(region_spent.group()):
                    declined.append(entity)
                    continue  # 2026年，全县投入公共文化服务资金1200万元: a region's spending over a year (§6)
                # (…拿出近2000万元，扶持了…，还从…拿出200多万元，用于补助…: an aid word told with a later amount is that
                # amount's use, not this one's, §6 thirty-second round)
                next_start = min((e.start - sentence.start for e in money[lo:hi] if e.start >= entity.end), default=len(text))
                if (spent := _SPAN_SPENT.search(text, clause_start, m_start)) \
                        and self._over_past_span(text, spent.start(), m_end) \
                        and not _SPAN_AID_FUND.search(text, 0, next_start) and not _SIGNED_IN_SENTENCE.search(text) \
                        and not _PROJECT_BEFORE.search(text, 0, m_start) \
                        and not self._use_after(text, m_end) and not _DATED_ACT.search(text, 0, m_start):
                    declined.append(entity)
                    continue  # 3年内，垦区累计投入…资金31.2亿元: a spender's money over a past span, no use (§6 31st round)
                if _ARRIVED_CAPITAL.search(text, clause_start, m_start) \
                        and (_PROJECTS_ATTRACTED.search(text, 0, m_start) or _INVESTORS_IN_PLACE.search(text, 0, m_start)) \
                        and not _GRANT_ARRIVED.search(text, clause_start, m_start):
                    declined.append(entity)
                    continue  # 累计引进项目26个，到位资金18.6亿元: capital attracted, a statistic (§6 seventeenth round)
                if _ARRIVED_INVESTMENT.search(text, clause_start, m_start) and _TALLY_PERIOD.search(text, 0, clause_start) \
                        and _SETTLED_TALLY.search(text, 0, clause_start) \
                        and not _GRANT_ARRIVED.search(text, clause_start, m_start):
                    declined.append(entity)
                    continue  # 2023年全区新签约项目54个，…实际到位资金112亿元: capital drawn in over a period (§6)
                if clause_start and _ATTRACTED_TOTAL.fullmatch(text, clause_start, m_start) \
                        and (attracted := _PROJECTS_ATTRACTED.search(text, 0, clause_start)) \
                        and _ATTRACTED_SPAN.search(text, 0, attracted.start()) \
                        and not _signing_act(text) and not _UNDER_WAY.search(text, 0, m_start):
                    declined.append(entity)
                    continue  # 五年来共引进项目86个，投资总额逾百亿元: capital attracted over a span, a statistic (§6)
                if (_ATTRACTED.search(text, clause_start, m_start) and not _SIGNING.search(text)) \
                        or _DIRECT_INVESTMENT_LEVEL.search(text, clause_start, m_start) \
                        or _CAPITAL_OBTAINED_LEVEL.search(text, clause_start, m_start):
                    # (其中直接投资62亿美元 after it: a part of the statistic, excluded_before)
                    excluded_before, budget_before = True, False
                    continue  # 全市引进市外境内资金580亿元, 外部直接投资为55亿美元: a statistic of capital attracted
                if _capital_attracted(text, full, clause_start, m_start, clause_end):
                    excluded_before, budget_before = True, False
                    declined.append(entity)
                    continue  # 合同台资45亿美元 with no signing told; 累计合同台资…: capital attracted, a statistic (§6)
                if _market_operation(text, clause_start, m_start):
                    declined.append(entity)
                    continue  # 央行向市场注入资金500亿元: a central bank's market operation, no money granted (§6)
                if _INVESTED_RUNNING_TOTAL.search(text, clause_start, m_start) \
                        and not _INVESTMENT_PLANNED.search(text, clause_start, m_start):
                    declined.append(entity)
                    continue  # 此前已累计在本地投资超过10亿元: a firm's running total, a statistic (§6 eighteenth round)
                if _INVESTMENT_STOCK.search(text, clause_start, m_start):
                    declined.append(entity)
                    continue  # 中国企业在哈投资已超过3亿美元: investment standing in a place, a statistic (§6)
                if _RIGHT_PRICED.search(text, clause_start, m_start):
                    declined.append(entity)
                    continue  # 奥运会的电视转播权为40万美元: a right's price, a market figure (§6)
                if (brought := _INVESTORS_BROUGHT.search(text, clause_start, m_start)) \
                        and (_INVESTORS_TALLY.search(brought.group()) or not _PURPOSE_ACT.match(text, m_end)):
                    declined.append(entity)
                    continue  # 累计引导会员企业在江城投资超过300亿元: investment attracted, a statistic (§6)
                leveraged = _LEVERAGED_BEFORE.search(text, clause_start, m_start)
                if leveraged and not _LEVERAGE_NAMED_FUND.search(leveraged.group()):
                    declined.append(entity)
                    continue  # 带动企业投入研发经费逾10亿元: capital leveraged, a statistic (§6)
                if (opens_parts or _AMONG_THEM_AHEAD.match(text, clause_start)) and _PART_COMPARISON.search(text, clause_start, m_start):
                    continue  # 下拨…资金2000万元。其中，去年同期为1500万元: the figure compared with, no part
                if excluded_before and _AMONG_THEM_AHEAD.match(text, clause_start) \
                        and not (budget_before and _GRANTED_PART.search(clause)) \
                        and not (_SET_ASIDE_PART.match(text, clause_start, m_start) and _SET_ASIDE_USE.match(text, m_end)):
                    continue  # 完成固定资产投资32.1亿元，其中工业投资12.6亿元: a part of a statistic
                if (excluded_before or _INVESTMENT_STATISTIC.search(full, floor, sentence.start)) \
                        and _COMPLETED_INVESTMENT.search(text, clause_start, m_start):
                    declined.append(entity)
                    continue  # 完成固定资产投资45亿元，同比增长8.2%；完成工业投资18.6亿元: the next statistic of a list
                if (excluded_before or target_before) and _COMPLETED_BARE.search(text, clause_start, m_start) \
                        and _TARGET_OR_INVESTMENT.search(text, 0, clause_start):
                    declined.append(entity)
                    continue  # 投资目标为68亿元，截至10月底已完成54.2亿元: progress on a target, work done
                if _COMPLETED_FIELD_INVESTMENT.search(text, clause_start, m_start) and _COMPLETED_SPAN.search(text, 0, m_start):
                    declined.append(entity)
                    continue  # 2025年，公司完成电网投资2.6亿元: investment completed, a figure of work done
                if _INVESTMENT_DONE.search(text, clause_start, m_start) and (
                        _STATISTIC_SPAN.search(text, 0, m_start) or _STATISTIC_MARK.search(text)):
                    declined.append(entity)
                    continue  # 前三季度，全市工业投资完成286亿元: an investment statistic
                # (不足50万元: the word of "under" may open the amount's own span)
                under = 2 if entity.text.startswith(("不足", "不到")) else 0
                if _YEARLY_BUDGET_LEVEL.search(text, clause_start, m_start + under):
                    continue  # 每年的经费只有二三万元: a body's yearly budget told as its level, no grant (§6 budget figures)
                if (_LEVEL_FROM_YEAR.search(text, clause_start, m_start) and _LEVEL_TO_YEAR_AHEAD.match(text, m_end)) \
                        or ((to_year := _LEVEL_TO_YEAR.search(text, 0, m_start))
                            and _LEVEL_FROM_YEAR_IN.search(text, 0, to_year.start())):
                    declined.append(entity)
                    continue  # 经费由1990年的117.6万元增长到1996年的590万元: levels over the years, a statistic (§6)
                if _HYPOTHETICAL_BEFORE.search(text, clause_start, m_start):
                    continue  # 即使赞助200万元也不行: a sum only supposed, no money given (§6)
                if (plan := _PLAN_RAISES.search(text, clause_start, m_start)) and _COMING_SPAN.search(text, 0, plan.start()):
                    declined.append(entity)
                    continue  # 将在3年内…，计划筹措资金10亿元: money to be raised over coming years, intended (§6)
                if _PER_SHOW_SUM.search(text, clause_start, m_start):
                    continue  # 排一场拨十几万元: a sum per show, a rate per act (§6)
                if clause_start and _RATE_LIST_LABEL.fullmatch(text, clause_start, m_start) \
                        and _period_rate_list_before(text, clause_start):
                    continue  # 每月一般干部四百元，科级五百元: a further grade of a rate per month (§6)
                if _graded_standard_item(text, m_start, m_end):
                    continue  # 津贴标准为：一般干部三百五十元，科级四百元: a scale of grades, a standard (§6)
                if _MONEY_THERE.search(text, clause_start, m_start) and (
                        _MONEY_THERE_WHAT.match(text, m_end)
                        or (_MONEY_PUT_IN_AFTER.match(text, m_end) and _ESTIMATE_OPENING.match(text))):
                    continue  # 就有40亿美元被转移到国外, 日本有…的个人金融资产: money there is, a statistic (§6 32nd round)
                if _HELD_BALANCE.search(text, clause_start, m_start) \
                        and not _HELD_BALANCE_PAID_IN.search(text, clause_start, m_start):
                    continue  # 农经站代管村有资金1041万元, 账上有资金150万元: a balance held, no grant (§6 balances)
                if (_YEARLY_HABIT.search(text, clause_start, m_start) or (
                        clause_start and _YEARLY_HABIT_CARRIED.match(text, clause_start, m_start)
                        and _YEARLY_HABIT_LEAD.search(text, previous_start, clause_start))) \
                        and not _STARTS_THIS_YEAR.search(text, 0, m_start) and not _ALLOCATED_AFTER.match(text, m_end) \
                        and not _SECTOR_PURPOSE_AFTER.match(text, m_end) and not _PURPOSE_ACT.match(text, m_end) \
                        and not _YEARLY_PLEDGED.search(text, 0, m_start) and not _signing_act(text):
                    declined.append(entity)
                    continue  # 学校每年投入奖励经费10万余元: a yearly habit's level, no grant (§6 budget figures)
                level_end = (approx.end() if (approx := _LEVEL_APPROX.match(text, m_start)) else m_start)
                if _YEARLY_BUDGET_REACHED.search(text, clause_start, level_end) \
                        and not _giver_before(text, clause_start, m_start) and not _GRANTED_AFTER.match(text, m_end):
                    declined.append(entity)
                    continue  # 学校每年科研经费超过2亿元: a yearly budget's level, no grant (§6 budget figures)
                if _THIS_YEAR_BUDGET_REACHED.search(text, clause_start, level_end) \
                        and not _giver_before(text, clause_start, m_start) and not _GRANTED_AFTER.match(text, m_end) \
                        and not _ALLOCATED_AFTER.match(text, m_end) and not _SECTOR_PURPOSE_AFTER.match(text, m_end):
                    declined.append(entity)
                    continue  # 政府今年教育经费预算达六十五亿元: this year's budget for a field, its level (§6)
                # (not 资金总额60万元 opening its clause after 每人发放助学金3000元: the total of the money just paid, no level)
                if (size := _SIZE_LEVEL.search(text, clause_start, level_end)) and text[clause_start:size.start()].strip() \
                        and not _SIZE_LEVEL_OWNER.search(text, clause_start, size.end()) \
                        and not _SIZE_LEVEL_SINCE.search(text, 0, m_start) \
                        and not _giver_before(text, clause_start, size.start()) and not _GRANTED_AFTER.match(text, m_end) \
                        and not _ALLOCATED_AFTER.match(text, m_end) and not _SECTOR_PURPOSE_AFTER.match(text, m_end):
                    declined.append(entity)
                    continue  # 该计划今年的拨款总额约为三千万元: money told by its size, a level (§6 thirtieth round)
                if _YEARLY_FROM_NEXT_YEAR.search(text, previous_start, m_start):
                    declined.append(entity)
                    continue  # 明年起每年提供新台币50万元: a yearly sum from next year on, only intended (§6)
                if _YEARLY_LEVEL_CHANGED_BEFORE.search(text, clause_start, m_start) \
                        and _YEARLY_LEVEL_CHANGED_AFTER.match(text, m_end):
                    declined.append(entity)
                    continue  # 对每年向该地区提供的15亿美元的援助资金追加30%: the yearly level a change is reckoned on (§6)
                if _PRICE_EACH_AFTER.match(text, m_end) and not _GIFT_VALUED.search(text, clause_start, m_start):
                    continue  # 四五万元一台的取书小车: the price of one item, no money granted
                if _SERVICE_PRICE_AFTER.match(text, m_end):
                    continue  # 花二百元便能欣赏…, 交五十元即可参观: the price of a service or an entry (§6 thirty-second round)
                if _PRICE_NOUN_AFTER.match(text, m_end):
                    declined.append(entity)
                    continue  # 以每单元2.5万元至3万元不等的标价: a price, no money granted (§6 thirtieth round)
                if _ASSET_BOUGHT_AFTER.match(text, m_end) and not _GIFT_VALUED.search(text, clause_start, m_start):
                    declined.append(entity)
                    continue  # 斥资9亿元购置厂区土地: the price of an asset bought, no money granted (§6)
                if _FIRM_BOUGHT_AFTER.match(text, m_end) and not _GIFT.search(text, clause_start, m_start):
                    declined.append(entity)
                    continue  # 斥资48亿美元收购某公司, …的版权协议，订购…操作系统: a purchase price, trade (§6)
                if (obtainable := _LOAN_OBTAINABLE.search(text, clause_start, m_start)) \
                        and ("贷" in obtainable.group() or _LOAN_NOUN_AFTER.match(text, m_end)):
                    declined.append(entity)
                    continue  # 印度可从世界银行获得约30亿美元的贷款: loans a party may obtain, an entitlement (§6 thirtieth round)
                if _STAKE_BOUGHT_AFTER.match(text, m_end) and not _GIFT.search(text, clause_start, m_start):
                    declined.append(entity)
                    continue  # 以23亿美元（…）中标，购得这家公司70%的股份: the price of a stake bought (§6 thirtieth round)
                if _EXCHANGED_AFTER.match(text, m_end):
                    continue  # 拿出460美元，以1美元兑33铢换成泰币: a currency exchange, nothing granted (§6 opening)
                if _COUPON.search(text, max(clause_start, m_start - 12), min(len(text), m_end + 6)) and not _FUNDS_BEFORE.search(clause):
                    continue  # 满200元减50元: the terms of a coupon, not money granted
                if advert and _AD_INVITATION.search(text) and not _SIGNING.search(text):
                    continue  # 某科技园…总投资30亿元，现面向社会招商…招商热线: an advertisement (§6)
                # (a part of such a statistic after 其中 is one as well: 其中首贷户贷款32亿元, excluded_before)
                if ((_LENDING.search(text, clause_start, m_end) or _LENDING_AFTER.search(text, clause_start, clause_end)
                     or (previous_start < clause_start and _LENDING_CARRIED.match(text, clause_start, m_start)
                         and _LENDING.search(text, previous_start, clause_start)))
                        and not _SCHEME_LOANS_PAID.search(text, clause_start, m_end)) \
                        or _HOUSING_FUND.search(text, clause_start, m_end):
                    excluded_before, budget_before = True, False
                    declined.append(entity)  # (a headline restating it: 全市发放创业担保贷款2860万元, no fact of its own)
                    continue  # 今年以来全县累计发放创业担保贷款1.2亿元, 提取住房公积金48.6亿元: lending statistics (§6)
                if ((issued := _LOANS_ISSUED.search(text, clause_start, m_start)) and _LENDING_YEAR.search(text, 0, m_start)
                        and _STUDENT_LOANS not in issued.group()
                        and not _SCHEME_LOANS_PAID.search(text, clause_start, m_start)
                        and not _LET_OUT_HERE.search(text, clause_start, m_start)
                        and not _LOAN_FOR.search(text, clause_start) and not _ALLOCATED_AFTER.match(text, m_end)) \
                        or _LOANS_ADDED.search(text, clause_start, m_start) \
                        or _BALANCE_GROWTH.search(text, previous_start, m_start):
                    excluded_before, budget_before = True, False
                    declined.append(entity)
                    continue  # 今年前三季度，某银行向小微企业发放贷款45亿元, 去年…新增贷款…: lending statistics (§6)
                if _TENDER_SUM.search(text, clause_start, m_start) and (
                        _TENDER_SPAN.search(text, 0, m_start) or _STATISTIC_SPAN.search(text, 0, m_start)):
                    excluded_before, budget_before = True, False
                    declined.append(entity)
                    continue  # 全年中标金额共计30亿元, 累计中标项目86个，中标金额达45亿元: tender statistics (§6)
                if clause_start and _CAREER_FUNDS.fullmatch(text, clause_start, m_start) \
                        and _CAREER_TALLY.search(text, 0, clause_start):
                    excluded_before, budget_before = True, False
                    declined.append(entity)
                    continue  # 先后主持国家级项目12项，项目经费逾3000万元: a career's tally, no grant (§6)
                if _BACKLOG.search(text, clause_start, m_start):
                    excluded_before, budget_before = True, False
                    declined.append(entity)
                    continue  # 截至6月底，公司在手合同总额达156亿元: an order backlog, a statistic (§6)
                if clause_start and _BARE_LEVEL_CLAUSE.match(text, clause_start, m_start) \
                        and _MARKET_FIGURE.search(text, previous_start, clause_start):
                    declined.append(entity)
                    continue  # 外汇储备已超出…的指标，达到270亿美元: the level of a market figure (§6)
                if _PROJECTS_CONTRACT_SUM.search(text, clause_start, m_start) and _PROJECTS_ATTRACTED.search(text, 0, m_start) \
                        and not _SIGNED_IN_SENTENCE.search(text, 0, m_start):
                    declined.append(entity)
                    continue  # 共引进项目37个，合同金额1亿多美元: contracted capital attracted, a statistic (§6)
                if _STANDING_YEARLY.search(text, clause_start, m_start):
                    declined.append(entity)
                    continue  # 目前每年由财政支付住房津贴二千多万元: a standing yearly level (§6)
                if (_SPENT_LEVEL.search(text, clause_start, m_start) or (
                        _SPENT_TO_DATE.match(text, clause_start, m_start) and _TO_DATE.search(text, 0, clause_start)
                        and "累计" in text[:clause_start]
                        and not _ALLOCATED_AFTER.match(text, m_end) and not _SECTOR_PURPOSE_AFTER.match(text, m_end))) \
                        and not _GIFT.search(text, clause_start, m_start):
                    excluded_before, budget_before = True, False
                    declined.append(entity)
                    continue  # 群众自我投入已达380万元, 截至目前…投入各类资金326亿元: a level of money put in (§6)
                if _SHARES_RAISED.search(text, clause_start, m_start) and not allocated:
                    excluded_before, budget_before = True, False
                    declined.append(entity)
                    continue  # 累计为362家上市公司筹集资金911亿元: capital raised by issuing shares, a market's tally
                helped = _HELPED_FINANCING.search(text, clause_start, m_start)
                if _BID_BEFORE.search(text, clause_start, m_start) or _CUMULATIVE_FINANCING.search(text, clause_start, m_start) \
                        or (helped and not _AT_THE_EVENT.search(text, clause_start, helped.start())):
                    continue  # 第一中标候选人报价980万元, 此前已累计获得融资超5亿元: a bid, a running total of financing
                if (_PLEDGE_TALLY.search(text, clause_start, m_start) and not (
                        _SIGNED_BEFORE.search(text, previous_start, m_start)
                        and not _STATISTIC_SPAN.search(text, previous_start, m_start)
                        and not _STATISTIC_MARK.search(text, previous_start, m_start))) or (
                        _PLEDGE_FINANCED.search(text, clause_start, m_start)
                        and (_STATISTIC_SPAN.search(text, 0, m_start) or _STATISTIC_MARK.search(text, 0, m_start))):
                    continue  # 全年专利质押融资登记金额达120亿元: a tally of pledged financing, lending statistics (§6)
                paid = [x["what"] for x in _PAID_OBJECT.finditer(text, 0, clause_start)]
                if clause_start and _AMOUNT_ONLY_CLAUSE.match(text, clause_start, m_start) and paid and _STAFF_PAY.search(paid[-1]):
                    continue  # 向全体员工发放年终奖，…，总额超过3亿元: the total of staff pay
                if _AUDITED_SUM.search(text, clause_start, m_start):
                    continue  # 共审计项目56个，审计资金2.3亿元: the money an audit covered
                if _SAVED_BEFORE.search(text, clause_start, m_start):
                    continue  # 减轻群众医疗负担约4.2亿元: money saved, none granted
                if _BANK_PERIOD_LOANS.search(text, clause_start, m_start):
                    continue  # 某银行分行安排了今年一季度春耕贷款3亿元: a bank's lending for a period, a statistic (§6)
                if _TARGET_BEFORE.search(text, clause_start, m_start) or (
                        previous_start < clause_start and _TARGET_LEAD.match(text, previous_start)
                        and _LEVEL_REACHED.match(text, clause_start, m_end)):
                    target_before = True
                    declined.append(entity)
                    continue  # 下达招商引资任务80亿元, 力争到位资金45亿元: a target, nothing granted yet
                if previous_start < clause_start and _ESTIMATED_TOTAL.match(text, clause_start, m_start) \
                        and _SOUGHT_AHEAD.search(text, previous_start, clause_start):
                    declined.append(entity)
                    continue  # 将争取县府补助兴建…，预计总经费1,500万元: the cost of works still to be funded, intended
                if _NEEDED_BEFORE.search(text, clause_start, m_start) or (
                        (need := _ESTIMATED_NEED.search(text, 0, m_start))
                        # (a bare 预计需 in a signing's sentence may label the signed total: left to the signing readings)
                        and (need.group()[0] in "据经" or not _SIGNING.search(text))):
                    continue  # 据测算，…就需投资上亿元: a hypothetical cost, nothing granted
                if _COST_AHEAD.search(text, clause_start, m_start):
                    declined.append(entity)
                    continue  # 该工程将耗资220亿美元: the cost of works still to do (§6 thirty-third round)
                if (_INVESTED_IN_CLAUSE.search(text, clause_start, m_start) or _PROJECT_MODIFIED.match(text, m_end)) \
                        and _PROJECT_START_AHEAD.match(text, m_end) and not _SIGNING.search(text) \
                        and not _UNDER_WAY.search(text, 0, m_start) and not _STARTED_TOLD.search(text) \
                        and not _SIGNING.search(lead):
                    declined.append(entity)
                    continue  # …投资8300万元引进…项目，即将实施: a project not yet started (§6 thirty-third round)
                if (_IN_CONCESSION.search(text, clause_start, m_start)
                        or (_NO_MORE_THAN.search(text, clause_start, m_start)
                            and _CONCESSION_BEFORE.search(text, 0, clause_start))):
                    continue  # 即使亏损了，也不过是…上千万元: a hypothetical sum (§6 thirty-third round)
                if _FIELD_INVESTMENT_YEAR.search(text, clause_start, m_start) and _GROWTH_AFTER.match(text, m_end):
                    continue  # 去年浦东房地产投资105.5亿元，同比增长27%: a field's yearly investment (§6 thirty-third round)
                if _PER_MONEY_UNIT.search(text, clause_start, m_start) or (
                        clause_start and _PER_MONEY_UNIT_CLAUSE.search(text, previous_start, clause_start)):
                    continue  # 每发行7·8港元，则交1美元: the terms of a rate in money (§6 thirty-third round)
                if _SQUANDERED_BEFORE.search(text, clause_start, m_start):
                    continue  # 两年吃掉8万元: money squandered, no grant
                if _BRIBE_AIM.search(text, clause_start, clause_end) or _RETURNED_TO_OWNER.search(text, clause_start, clause_end):
                    declined.append(entity)
                    continue  # 备好3000元礼金准备用来打通“关节”, …如数归还了失主: a bribe, lost money returned (§6 fortieth round)
                if _CRIME_IN_CLAUSE.search(text, clause_start, clause_end) or _MISCONDUCT.search(text, clause_start, clause_end) or (
                        _BRIBE.search(text, previous_start, clause_end)) or (
                        _KICKBACK_BEFORE.search(text, 0, clause_start) and not _GIFT.search(text, clause_start, clause_end)):
                    continue  # 将扶贫资金18万元转入个人账户, 收受礼金，金额共计3.2万元: misused money
                # (15个项目集中签约，计划投资120亿元: a signing in the sentence; 总投资138亿元，年度计划投资46亿元:
                # a total investment only in the plan's own clause)
                # (prize money told as paid after the amount is read last: the rarer test, per amount; a contest's end
                # told in the past, 去年比赛结束后, or its money paid, …发放给了获奖选手, is no time ahead, §6 twenty-first round)
                if ((at := _AT_THAT_TIME.search(text, 0, m_start)) and not PAST_EDITION.search(text, 0, at.start())
                        and "了" not in text[at.end():clause_end]) or ((
                        _PRIZE_SET_AHEAD.search(text, clause_start, m_start) and _PRIZE_MONEY.search(text, clause_start, m_end)) or (
                        _PRIZE_RAISED_AHEAD.search(text, clause_start, m_start) and _PRIZE_MONEY.search(text, clause_start, m_end)
                        and not _DECIDED.search(text, 0, m_start)) or (
                        _TOTAL_RAISED_AHEAD.search(text, clause_start, m_start) and not _DECIDED.search(text, 0, m_start)) or (
                        (ahead := _EVENT_AHEAD.search(text, 0, m_start)) and _PRIZE_MONEY.search(text, clause_start, m_end)
                        and not _PRIZE_PAID.search(text, max(ahead.end(), clause_start), m_start)
                        and not _PRIZE_PAID.search(text, ahead.end(), clause_start)
                        and not _EVENT_HELD.search(text, ahead.end(), m_start)
                        and not _OTHER_EDITION.search(text, clause_start, m_start)) or (
                        ahead is None and _PRIZE_MONEY.search(text, clause_start, m_end)
                        and _event_ahead_before(full, floor, entity.start))) \
                        and not _PRIZE_PAID_TOLD_AFTER.match(text, m_end):
                    declined.append(entity)
                    continue  # 大会拟于10月召开，届时将…奖金总额500万元: an event ahead, nothing granted (§6)
                if _BUDGET_LINE_DRAWN.search(text, clause_start, m_start) and _HOPE_AFTER_BUDGET.match(text, m_end):
                    declined.append(entity)
                    continue  # 再編列3,000萬元預算，盼能協助…: a budget line, only a hope after it, no use (§6)
                if _HELD_VALUE.search(text, clause_start, m_start) and not _GIVEN_GOODS.search(text, 0, m_start):
                    continue  # 大型仪器设备总值超过2亿元: the value of what a body owns, no money granted (§6)
                if clause_start and _ACTIVITY_BUDGET_LABEL.fullmatch(text, clause_start, m_start) \
                        and (ahead := _ACTIVITY_AHEAD.search(text, 0, clause_start)) \
                        and not _EVENT_HELD.search(text, ahead.end(), m_start):
                    declined.append(entity)
                    continue  # 商会明年将组织青年寻根之旅，…，预算约80万元: an activity's budget ahead, only intended (§6)
                if not _PRIZE_MONEY_GIVEN.search(text, clause_start, m_start) \
                        and not _PRIZE_PAID_AFTER.search(text, m_end) and (any(
                            not _PRIZE_CONFERRED.search(full, p.end(), entity.start)
                            and (p["named"] is None or _PRIZE_MONEY.search(text, clause_start, m_start))
                            for p in _PRIZE_SET_UP.finditer(full, floor, entity.start))
                            or ((place := _PLACE_PRIZE.search(text, clause_start, m_start))
                                and not _PLACE_PRIZE_GIVEN.search(text, clause_start, place.start()))
                            or ((grade := _GRADE_CAN_RECEIVE.search(text, clause_start, m_start))
                                and not _GRADES_CONFERRED.search(full, max(0, entity.start - 200),
                                                                 sentence.start + grade.start()))):
                    declined.append(entity)
                    continue  # 大赛设一等奖1名，奖金10万元; 冠军队可获得奖金8万元: a prize's standard, nothing paid (§6)
                if (ahead := _EVENT_AHEAD.search(text, 0, m_start)) and _REWARD_AHEAD.search(text, clause_start, m_start) \
                        and _REWARD_GIVEN_AFTER.match(text, m_end) and not _EVENT_HELD.search(text, ahead.end(), m_start):
                    declined.append(entity)
                    continue  # 将于2月召开…表彰会议，…将按每名先进个人2000元的标准给予奖励: a reward at an event ahead (§6)
                if _POLICY_AHEAD.search(text, clause_start, m_start) and not _DECIDED.search(text, 0, m_start) \
                        and not ((won := _WINNERS_OBJECT.search(text, clause_start, m_start))
                                 and not _WINNERS_AHEAD.search(text, clause_start, won.start())):
                    declined.append(entity)
                    continue  # 我市将对新认定的…企业给予一次性奖励50万元: a policy for later, nothing granted (§6)
                # (根据“…”，…，每吸纳1人给予…补贴1500元；对…首次突破…的企业，给予一次性奖励10万元: the provision's items
                # parted by ；, read as pieces of their own, the source opening the first; the count of an earlier item's
                # rate is no count of those paid)
                at = sentence.start + m_start
                whole = max(full.rfind(mark, 0, sentence.start) for mark in "。！？\n") + 1
                if (provision := last_match(_PROVISION_OPENS, full, whole, at)) \
                        and _REWARD_TO_NEW_CLASS.search(full, provision.end(), at) \
                        and not _RULE_PAID.search(full, max(provision.end(), full.rfind("；", 0, at) + 1), at):
                    declined.append(entity)
                    continue  # 措施提出，对新认定的…企业一次性奖励50万元: a standing rule's reward, nothing granted (§6)
                if _BUDGET_BILL.search(text, 0, min(len(text), m_end + 12)) \
                        and (_BUDGET_REVIEWED.search(text, 0, m_start) or _BUDGET_TO_REVIEW.search(text, m_end)) \
                        and not _BUDGET_PASSED.search(text):
                    declined.append(entity)
                    continue  # 将审议…8亿元追加预算案, 提请审议…预算草案: a budget bill still to be voted (§6)
                if _LIST_QUALIFIED.match(text, m_end) and _TOTAL_BEFORE.search(text, clause_start, m_start) \
                        and not _ACT_TOLD.search(text, 0, m_start):
                    declined.append(entity)
                    continue  # 发布了总投资3200亿元的重点项目清单: the total of a list of projects (§6, a plan's total)
                if _PROPOSAL_BEFORE.search(text, max(0, m_start - 40), m_start) and _PROPOSAL_AFTER.match(text, m_end):
                    declined.append(entity)
                    continue  # 审议了《关于拟向子公司增资3亿元的议案》: a proposal's title, nothing granted (§6)
                # (计划安排政府投资项目120个、总投资240亿元: the total may follow the projects after 、 in one clause)
                listed = text.rfind("、", clause_start, m_start) + 1
                label_start = listed if listed > clause_start and _TOTAL_BEFORE.fullmatch(text, listed, m_start) else clause_start
                planned = label_start and _TOTAL_BEFORE.fullmatch(text, label_start, m_start) and _PLANNED_PROJECTS.search(
                    text, previous_start if label_start == clause_start else clause_start, label_start)
                if not planned and label_start == clause_start and previous_start and _TOTAL_BEFORE.fullmatch(text, clause_start, m_start):
                    # (今年计划改造老旧小区126个，惠及居民3.2万户，计划总投资8.6亿元: the plan's works may stand further
                    # back in the sentence, with no money or other act between)
                    planned = _PLANNED_PROJECTS.search(text, start_after(text, previous_start, "。！？\n"), previous_start)
                    if planned and (_MONEY_BETWEEN.search(text, planned.end(), clause_start)
                                    or _DONE_BETWEEN.search(text, planned.end(), clause_start)
                                    or _PAST_PLAN.search(text, start_after(text, planned.start()), planned.start())):
                        planned = None  # 去年计划改造…，实际完成120个，总投资…: works done, their total is funding
                if not planned and label_start == clause_start and clause_start and _TOTAL_BEFORE.fullmatch(text, clause_start, m_start):
                    planned = _PROJECT_LIST.search(text, 0, clause_start - 1) or _PLAN_AHEAD.search(text, 0, clause_start - 1)
                    if planned and planned.re is _PLAN_AHEAD and _ACT_TOLD.search(lead):
                        planned = None  # …项目开工。实施方案明确，项目总投资3亿元: a started or signed project's plan
                    if planned and planned.re is _PLAN_AHEAD and _GOING_ON.match(text, planned.end()) \
                            and _DONE_THEN_GOING_ON.search(text, planned.start(), planned.end()):
                        planned = None  # …已完成新造林5万亩，明年将继续推进，总投资约3亿元: works done, going on
                    if planned and (_PLANNED_STARTED.match(text, start_after(text, planned.start()), planned.start())
                                    or _PLANNED_STARTED.match(text, m_end)):
                        # 已开工项目清单，涉及项目32个，总投资…; …，总投资86亿元，目前已全部开工: projects started or
                        # finished, told in the list's own words or after the total, their total is funding (§6)
                        planned = None
                if planned and not _PLANNED_STARTED.match(text, planned.end(), label_start) and not _signing_act(text) \
                        and not (_NEXT_STEP_WORKS.match(planned.group()) and _signing_act(lead)):
                    # (…签署投资协议。下一步，华信集团将新建一座智能工厂，总投资10亿元: the works of the deal signed just
                    # before, money committed under it, §6 twenty-second round)
                    declined.append(entity)
                    continue  # 计划实施重大项目150个以上，总投资超过600亿元: a plan's total, nothing granted (§6)
                if (_TOTAL_BEFORE.fullmatch(text, clause_start, m_start) or _NAMED_PROJECT_TOTAL.fullmatch(text, clause_start, m_start)) \
                        and _START_AHEAD.search(text, m_end) \
                        and not _SIGNING.search(text) and not _UNDER_WAY.search(text, 0, m_start) \
                        and not _SIGNING.search(lead) and not _UNDER_WAY.search(lead):
                    declined.append(entity)
                    continue  # 该项目总投资3.6亿元，计划明年开工: a project not yet started, its total only intended (§6)
                if (_TOTAL_BEFORE.fullmatch(text, clause_start, m_start) or _NAMED_PROJECT_TOTAL.fullmatch(text, clause_start, m_start)) \
                        and (later := _LATER_START_AHEAD.search(full, sentence.end)) \
                        and not _OTHER_PROJECT_NAMED.search(full, start_after(full, later.start(), "。！？\n", floor=sentence.end),
                                                            later.start()) \
                        and not _ACT_TOLD.search(full):
                    declined.append(entity)
                    continue  # 项目预计总投资86万元。…该工程计划于12月上旬开工: the start told ahead later, nothing started
                if clause_start and _TOTAL_BEFORE.fullmatch(text, clause_start, m_start) \
                        and _COUNTED_START_AHEAD.search(text, start_after(text, previous_start, "。！？\n"), clause_start) \
                        and not _SIGNING.search(text):
                    declined.append(entity)
                    continue  # 还有9个项目计划于下半年开工，计划总投资4.3亿元: a batch not yet started (§6)
                if ((clause_start == 0 and text.startswith(("该", "此")))
                        or (clause_start and _PLAN_ITEMS_COUNTED.search(text, previous_start, clause_start))) \
                        and _TOTAL_BEFORE.fullmatch(text, clause_start, m_start) \
                        and _PLAN_APPROVED.search(lead.rstrip("。！？\n \u3000")) and not _ACT_TOLD.search(text) \
                        and not _SIGNING.search(lead) and not _UNDER_WAY.search(lead):
                    declined.append(entity)
                    continue  # 审议通过了《…实施方案》。该工程计划总投资2.3亿元: a plan's project, its total only intended
                if clause_start and _TOTAL_BEFORE.fullmatch(text, clause_start, m_start) \
                        and _PLAN_APPROVED_CLAUSE.search(text, 0, clause_start) and not _ACT_TOLD.search(text) \
                        and not _SIGNING.search(text):
                    declined.append(entity)
                    continue  # 审议通过了《…三年行动计划》，计划总投资23亿元: a plan's total, only intended (§6)
                intended = _INTENDED_PROJECT.search(text, clause_start, m_start)
                if intended and _PAID_TO_PROJECT.search(text, intended.end(), m_start):
                    intended = None  # 为计划新建的…项目拨付前期经费300万元: money paid to it now, not its total
                next_end = clause_bounds(text, clause_end + 1)[1] if clause_end < len(text) else clause_end
                if (intended or ((_PREPARATORY.search(text, previous_start, next_end)
                                  or _PREPARATORY_PHASE.search(text, previous_start, m_start))
                                 and (_TOTAL_BEFORE.search(text, clause_start, m_start)
                                      or _PROJECT_BUDGET_LABEL.search(text, clause_start, m_start)))) \
                        and not _SIGNING.search(text) and not _SIGNING.search(lead) \
                        and not _act_told_beyond_schedule(text[: intended.start()] + text[intended.end() :] if intended else text):
                    # (a start told after a word of a plan is still ahead: …，力争年内开工)
                    declined.append(entity)
                    continue  # 拟在我市建设的物流园项目计划总投资12亿元, …，目前正在开展前期工作: a project only planned (§6)
                # (…签订文旅合作项目，签约总金额23.6亿元。其中，白鹭湾项目计划投资12亿元: a signed project picked out by
                # 其中 after the signing's sentence keeps its total, GUIDELINES §6 twelfth round)
                if _PLANNED_SIZE.search(clause) and not (
                        started_total or _SIGNING.search(text) or _SIGNED.search(clause) or "基金" in clause
                        or (_PARTS_OPENER.match(text) and _SIGNING.search(lead[lead.rfind("。", 0, len(lead) - 1) + 1 :]))):
                    declined.append(entity)
                    continue  # 年度计划投资1086亿元, ETF总规模超过700亿元: a plan or a size, no money granted
                # (若球队夺冠，…将给予奖金1000万元: the condition may stand in the clause before)
                conditioned = _CONDITION.search(text, previous_start, m_start) and not _PAID.search(text, clause_start, m_start)
                promised = next((p for p in _PROMISED.finditer(text, previous_start, m_start)
                                 if not _inside_person(doc, sentence.start + p.start())
                                 and not (p[0].startswith("若") and self.ruo_name.match(text, max(0, p.start() - 1)))), None)
                if (promised or conditioned) \
                        and not _SIGNED.search(clause):
                    declined.append(entity)
                    continue  # promised on a condition, not paid (a signed investment is a fact)
                if _SHORTFALL_END.search(text, clause_start, m_start) or _SHORTFALL_AHEAD.match(text, m_end):
                    continue  # 尚有资金缺口3000万元, 约20亿美元的资金缺口: money lacking, none granted
                refused = _REFUSED.search(text, previous_start, m_start)
                if refused and not _FUNDS_BEFORE.search(text, refused.end(), m_start):
                    continue  # 拒收各种礼金5次，共2.92万元: money turned down (not 婉拒…，捐资30万元: then given)
                given_after = _GIVEN_AFTER.match(text, m_end)
                valued = _GOODS_VALUED.search(text, previous_start, m_start)
                given_after = given_after or (valued is not None and valued.end() == m_start and (
                    _GIFT_KIND.search(valued.group()) is not None or _GIFT_KIND_AFTER.match(text, m_end) is not None
                    or _BENEFICIARY_RE.match(valued["who"]) is not None)) \
                    or any(g.end() == m_start for g in _GOODS_THEN_VALUE.finditer(text, previous_start, m_start)) \
                    or (any(g.end() == m_start for g in _HANDED_OUT_VALUED.finditer(text, clause_start, m_start))
                        and _GIFT_KIND_AFTER.match(text, m_end) is not None) \
                    or (_PUT_IN_VALUED.search(text, clause_start, m_start) is not None
                        and _PUT_IN_GOODS_AFTER.match(text, m_end) is not None) \
                    or (_SHARE_IN_KIND.search(text, clause_start, m_start) is not None
                        and _GIFT_KIND_AFTER.match(text, m_end) is not None
                        and _GIFT.search(text, 0, m_start) is not None)
                if "价值" in clause and (not (_GIFT.search(text, previous_start, m_start) or given_after) or "奖品" in clause
                                       or _CUSTOMERS_GIVEN.search(text, previous_start, m_start)):
                    # 价值1200万元的设备投入使用, 奖品总价值10万元, 为外贸企业送去价值1000万元的海外订单, 给顾客送上价值50元的
                    # 月饼礼盒: what a thing is worth, no gift in kind (捐赠价值30万元的书籍 is a gift); a headline that
                    # rounds it (奖励上千元 above 奖励价值上千元的西服一套, a prize in kind) states no grant either
                    if not _restating_line(full, sentence.start):
                        conversions.append({"amount": entity.value["low"], "currency": entity.value["currency"]})
                    continue
                if _PURCHASE_AHEAD.match(text, m_end) and not _FUNDS_BEFORE.search(
                        text, clause_start, m_start) and not _GIVING_WORD.search(text, m_end):
                    continue  # 拿出3000元购买了一台冰箱: money spent on a purchase (not …购买图书送给学校)
                if text[m_start - 1 : m_start] in _VAGUE_BEFORE and entity.text[:1] in "十百千万亿":
                    continue  # 数十亿美元, 几十万元: no amount is stated
                if text[m_start - 1 : m_start] == "扣":
                    continue  # 请假一次扣一百元奖金: a penalty
                if raised:
                    # 奖金由新台币1万元提高至2万元: the former standard, replaced; the new one after it takes its currency
                    if entity.value["currency_explicit"]:
                        carried[sentence.start + raised.end()] = entity.value["currency"]
                    continue
                if _CEILING_BEFORE.search(text, clause_start, m_start) or (
                        text[m_start - 1 : m_start] == "不" and entity.text.startswith(("超过", "高于"))):
                    continue  # 给予最高500万元的资助, 每户最多3000元: a ceiling, not money granted (§6)
                if _HELD_WITHIN_BEFORE.search(text, clause_start, m_start) \
                        and (entity.text.endswith(_WITHIN_WORDS) or _WITHIN_AFTER.match(text, m_end)):
                    continue  # 行政开支控制在2000万港元以内: a limit the sum is held within, not money granted (§6)
                if (past := _PAST_YEAR_TOTAL.search(text, clause_start, m_start) or (
                        _YEAR_TOTAL_CLAUSE.match(text, clause_start, m_start) if clause_start and _PAST_YEAR_LEAD.search(
                            text, clause_bounds(text, clause_start - 1)[0], clause_start) else None) or (
                        bare if (bare := _PAST_YEAR_BARE_TOTAL.search(text, clause_start, m_start))
                        and _APPROVED_GRANTS.fullmatch(bare["what"]) else None)) \
                        and _BARE_GRANTS.fullmatch(past["what"]) and not _ALLOCATED_AFTER.match(text, m_end) \
                        and not _SECTOR_PURPOSE_AFTER.match(text, m_end) and not _PURPOSE_ACT.match(text, m_end):
                    continue  # 去年全年共批出资助约五亿元: a past year's total told as background, no use (§6 21st round)
                if (place_loans := _PLACE_LOANS_ISSUED.search(text, clause_start, m_start)) \
                        and _SPAN_OF_YEARS.search(text, 0, place_loans.start()):
                    declined.append(entity)
                    continue  # 近五年，全市累计发放“巾帼创业贷”4.6亿元: a place's lending over a span, a statistic (§6)
                if _PERIOD_APPROVED_CLAUSE.fullmatch(text, clause_start, m_start) and _PERIOD_GONE.search(text, 0, m_start) \
                        and not _ALLOCATED_AFTER.match(text, m_end) \
                        and not _SECTOR_PURPOSE_AFTER.match(text, m_end) and not _PURPOSE_ACT.match(text, m_end):
                    continue  # 本年度上半年…批出资助金额约9.8亿元: a period's tally of grants, no use (§6 24th round)
                if (_PAST_YEAR_BARE_GRANT.search(text, clause_start, m_start) or (
                        clause_start and _PAST_YEAR_ANY_LEAD.search(text, clause_bounds(text, clause_start - 1)[0], clause_start)
                        and _BARE_PAST_GRANT_CLAUSE.match(text, clause_start, m_start))) \
                        and not _ALLOCATED_AFTER.match(text, m_end) \
                        and not _SECTOR_PURPOSE_AFTER.match(text, m_end) and not _PURPOSE_ACT.match(text, m_end):
                    continue  # 该局上年共发放资金3000万元, 去年，…拨付资金…: any verb, any total word (§6 24th round)
                if entity.value["high"] and _YEARLY_MAY_GET.search(text, clause_start, m_start) \
                        and not _RECIPIENT_UNITS_COUNTED.search(text):
                    continue  # 各区关爱队每年可获资助四十万至八十万元: a scheme's usual yearly range per unit (§6 21st round)
                if _USUAL_BEFORE.search(text, clause_start, m_start):
                    continue  # 资助金额一般介乎二百万至一千万港元: a scheme's usual amount, a rule, not money granted (§6)
                if _QUALIFIED_MAY_GET.search(text, clause_start, m_start) and not _COUNTED_RECIPIENTS.search(text):
                    continue  # 每名合资格学生可获一次性津贴三千元: what whoever qualifies may get, a scheme's rate (§6)
                if _BUYERS_MAY_GET.search(text, clause_start, m_start) and not _COUNTED_RECIPIENTS.search(text):
                    continue  # 下定的用户可享5000元置换补贴: an offer open to whoever buys, a rate or a price (§6)
                if _RULE_PRIZE_MAY_GET.search(text, clause_start, m_start) \
                        and _STANDING_RULE.search(text, 0, m_start) and not _RULE_PAID.search(text, 0, m_start):
                    continue  # 根据奖励办法，破纪录者可获得奖金2万元: a contest rule's prize scale, a standard (§6)
                if clause_start and _FUND_TERMS.search(text, clause_start, m_start) \
                        and _FUND_SET_UP_BEFORE.search(text, 0, clause_start) \
                        and any(e.end <= entity.start for e in money[lo:hi]) \
                        and not _RECIPIENTS_COUNTED_OR_TOTAL.search(text, clause_start, m_start) \
                        and not _FUND_TERMS_WINNERS.search(text, clause_start, m_start):
                    continue  # 安排2000万元设立奖补资金，对新认定的企业奖励20万元: the fund's terms, a rate (§6)
                if (adopted := last_match(_RULE_ADOPTED, text, 0, m_start)) \
                        and (terms := _RULE_TERMS.search(text, adopted.end(), m_start)) \
                        and not _RULE_PAID.search(text, terms.start(), m_start):
                    continue  # 审议通过了《…奖励办法》，对…的工业企业，一次性给予50万元奖励: the rule's standard (§6)
                if _MAY_APPLY.search(text, clause_start, m_start):
                    continue  # 可申请一次性创业补贴五千元: what an applicant may get, a scheme's standard (§6)
                if _AVERAGE_BEFORE.search(text, clause_start, m_start) or _average_list_before(text, clause_start, m_end):
                    continue  # 省财政下达补助资金1.2亿元，县均800万元: an average, no amount granted
                if _RATE_PER_QUANTITY.search(text, clause_start, m_start):
                    continue  # 按每亩100元标准发放耕地地力保护补贴: a rate per unit, no amount granted
                if _PER_UNIT_YEARLY.search(text, clause_start, m_start):
                    continue  # 政府每年为每区预留约二千万元: a standing scheme's yearly level per unit (§6)
                if (yearly := last_match(_PER_HEAD_YEARLY, text, clause_start, m_start)) \
                        and (_STANDARD_SET.search(text, clause_start, m_start) or _STANDARD_AFTER.match(text, m_end)
                             or _RATES_LISTED_AFTER.match(text, m_end)) \
                        and not _PAID_AFTER_STANDARD.search(text, yearly.end(), m_start) \
                        and not _COUNTED_RECIPIENTS.search(text, clause_start, yearly.start()):
                    continue  # 财政补助标准将提高至每人每年700元: a standing rate per year, no amount granted
                if (scale := _PRIZE_SCALE_PER.search(text, clause_start, m_start)) \
                        and not _PRIZE_HANDED.search(text, clause_start, scale.start() + 2) \
                        and not _PRIZE_GIVEN_RIGHT_BEFORE.search(text, clause_start, scale.start()):
                    continue  # 一等奖奖金每人3000元: a contest's prize scale, a standard (§6)
                if (rule := last_match(_STANDING_RULE, text, 0, m_start)) \
                        and (share := _PER_HEAD_SHARE.search(text, rule.end(), m_start)) \
                        and not _RULE_PAID.search(text, max(0, rule.start() - 2), share.start()):
                    continue  # 按照规定，…还将给予每人5000元奖励: a reward per head by a standing rule, a rate (§6)
                rate = last_match(_RATE_PER_ACT, text, previous_start, m_start)
                if rate and (rate.start() >= clause_start or not _TOTAL_MARK.search(text, clause_start, m_start)) \
                        and not _PAID_UNDER_RATE.search(text, rate.end(), m_start):
                    continue  # 每吸纳1名登记失业人员补贴1000元: the standard of a policy, no amount granted
                if clause_start and _RATE_TERMS_GO_ON.fullmatch(text, clause_start, m_start) \
                        and _RATE_PER_ACT.search(text, 0, clause_start) and not _TOTAL_MARK.search(text, clause_start, m_start):
                    continue  # 每压1万锭给予300万元补贴，…，提供200万元贴息贷款: further terms of the rate per act (§6)
                if _THRESHOLD_AFTER.match(text, m_end) or (
                    entity.text.endswith(("以上", "以下")) and _CLASS_NOUN.match(text, m_end)
                ):
                    continue  # 10亿元以上项目3个: a size class, not an amount
                if (entity.text.startswith(_UPWARDS) or _OVER_BEFORE.search(text, clause_start, m_start)) \
                        and _SIZE_CLASS_AFTER.match(text, m_end):
                    continue  # 其中投资超5亿元的项目4个: a size class counted, not money invested
                if (entity.text.endswith(("以上", "以下")) or entity.text.startswith((*_OVER_WORDS, *_UPWARDS))
                        or _OVER_BEFORE.search(text, clause_start, m_start)) \
                        and (_QUALIFIED_AFTER.match(text, m_end) or (
                            _THRESHOLD_DE_AHEAD.match(text, m_end) and _REWARDED_OBJECT_BEFORE.search(text, clause_start, m_start))):
                    continue  # 对累计捐款1万元以上的236名爱心人士, 投资额超过1亿元的项目: a threshold, not money given
                bought_from = _contract_named_from(text, clause_start) \
                    if _CONTRACT_AMOUNT_CLAUSE.fullmatch(text, clause_start, m_start) else previous_start
                if (_PURCHASE_BEFORE.search(text, clause_start, m_start) or _BOUGHT.search(text, bought_from, clause_start)
                        or _TRADE_CONTRACT_AHEAD.match(text, m_end)) \
                        and not _FUNDS_BEFORE.search(text, bought_from, m_start):
                    # 购买和帮助销售农产品2.3亿元: purchases, a market figure (NBC买下…转播权，合同金额为35.5亿美元:
                    # the price of what was bought, in the clause after; 签订了…120万元的小麦购销合同: goods traded)
                    continue
                value = entity.value
                low, high = value["low"], value["high"]
                if not value["currency_explicit"] and default is None:
                    default = self.region_currency(doc)
                currency = value["currency"] if value["currency_explicit"] else carried.get(entity.start, default)
                if value["currency_explicit"]:
                    named_before = (entity.end, currency)
                elif entity.start not in carried and named_before[0] >= floor and named_before[1] in _REGIONAL_YUAN \
                        and _PART_OPENING.search(full, named_before[0], entity.start) \
                        and not _SENTENCE_MARKS.search(full, named_before[0], entity.start):
                    # 合计新臺幣1,280萬元，其中某公司捐款500萬元: a part of a total in a named currency, in its sentence
                    # after 其中, is in that currency (GUIDELINES §6, thirty-fourth review round); a region's dollar
                    # only, whose bare 元 a page of that region writes: 总投资2.8亿美元，其中一期投资约9亿元 is yuan
                    currency = named_before[1]
                dollar = _DOLLAR_SIGN.search(entity.text) is not None
                if dollar and low < DOLLAR_PRICE_MAX and not _WAN_OR_YI.search(entity.text):
                    continue  # 消費滿$100即減$20, 股價收報$380, 車費只需$2: prices and fares, not money granted
                if dollar and currency == "CNY":
                    currency = "USD"  # (约)$50,000 on a mainland page: no yuan is written so
                if low < 1 or _RATE_AFTER.match(text, m_end) or _RATE_BEFORE.search(text, clause_start, m_start):
                    continue  # 回升了0.76美元, 1法郎约合0.16美元: a price change or an exchange rate
                # (提供了50亿日元（约4000万美元）的无偿援助: a conversion in brackets right after the amount only restates it,
                # the purpose read past it, GUIDELINES §6 thirty-third round)
                read_end = restating.end() if (restating := _CONVERSION_AFTER.match(text, m_end)) else m_end
                purpose = _read_purpose(_AmountSite(text, clause_start, previous_start, m_start, read_end, lead))
                explicit = bool(value["currency_explicit"])
                # (a currency left to the default in a headline is the body's: 港商捐资1000万元 over 1000万元港币;
                # 1亿美元投资 and 1亿元扶持资金 in one sentence are two amounts)
                # (向甲村小学捐赠20万元…，向乙村小学捐赠20万元…, 其中县级补助30万元、乡镇配套30万元: the same amount given to
                # another recipient or as another part of a total in one sentence is another fact)
                # (拨付…资金50万元，为困难群众发放救助金50万元: the first names no recipient, the second says whom the same
                # money went to; 某企业家捐赠20万元，为村小学捐赠的20万元已到账: a back reference, one fact)
                recipient = _RECIPIENT.search(text, clause_start, m_start)
                who = recipient["who"] if recipient else None
                back = _BACK_REFERENCE.search(text, clause_start, m_start) is not None or _ARRIVED_AFTER.match(text, m_end) is not None
                part = "其中" in text[:m_start]
                named = _NAMED_MONEY.search(text, clause_start, m_start)
                kind = named["kind"] if named else None
                each_of = _EACH_BEFORE.search(text, clause_start, m_start)
                each = _EACH_PERSON.get(each_of["each"], each_of["each"]) if each_of else None
                respective = _RESPECTIVE_BEFORE.search(text, clause_start, m_start) is not None
                act = None if back else _GIFT_ACT_BEFORE.search(text, clause_start, m_start)
                giver = text[clause_start : act.start()] if act else None
                if act and not _han_pairs(giver) and clause_start > 0:
                    # (美国华侨某女士，…，当晚打来电话，捐助10万元: the verb opens its clause, the giver opens the sentence)
                    giver = text[: clause_bounds(text, 0)[1]]
                # (whether this amount's line restates the body: one test for every earlier record it is matched with)
                line_restates = _restating_line(full, sentence.start)
                again = next((f for f in out if f["amount"] == low and not self._another_fact(
                    f, sentence.start, part, who, back) and not self._other_giver(f, sentence.start, giver) and not (
                    each and f["_each"] and each != f["_each"] and not back) and not (
                    kind and f["_kind"] and _other_money(kind, f["_kind"]) and not back) and not (
                    (respective or f["_respective"]) and f["evidence"]["clean_start"] != sentence.start and not back
                    and not _restating_line(full, f["evidence"]["clean_start"]) and not line_restates) and (
                    f["currency"] == currency or (not (explicit and f["_explicit"]) and (
                        _restating_line(full, f["evidence"]["clean_start"]) or line_restates)))), None)
                if again is not None:
                    # the same amount stated again (headline, summary) is one fact; a currency written
                    # (1000万元港币) names it where the other mention left it to the default
                    if explicit and not again["_explicit"]:
                        # (the body's purpose over a headline's: 屏东县府补助…营养午餐 今年编列1.2亿元 over …編列新台幣
                        # 1.2億元，補助…)
                        body_first = _restating_line(full, again["evidence"]["clean_start"]) and not line_restates
                        again.update(currency=currency, _explicit=True, text=entity.text, _end=entity.end, _each=again["_each"] or each,
                                     purpose=(purpose or again["purpose"]) if body_first else (again["purpose"] or purpose),
                                     evidence=evidence(doc, sentence))
                    elif _restating_line(full, again["evidence"]["clean_start"]) and not line_restates:
                        # a headline rounds what the body states (一百万元 over 100多万元) and names the fund where
                        # the body names what it is for (争取到位…资金3000余万元 over …，用于老旧小区改造): the body's
                        again.update(amount_high=high, approximate=value["approximate"], text=entity.text, _end=entity.end,
                                     purpose=purpose or again["purpose"], evidence=evidence(doc, sentence),
                                     _each=again["_each"] or each)
                        # (the body's sentence now gives the record: a 其中 opening the next sentence lists its parts,
                        # 下达…专项资金约1.2亿元，用于…。其中，甲县获得2860万元 under a headline stating the total,
                        # GUIDELINES §6 thirty-sixth review round)
                        recorded_end = min((i for i in (full.find(ch, entity.end) for ch in "。！？\n") if i >= 0),
                                           default=len(full))
                    elif back and again["purpose"] is None and again["evidence"]["clean_start"] == sentence.start:
                        # 捐赠20万元，为家乡小学捐赠的20万元将全部用于改善办学条件: the back reference says what it is for
                        again["purpose"] = purpose
                    continue
                ends = [i for i in (full.find(ch, entity.end) for ch in "。！？\n") if i >= 0]
                recorded_end = min(ends, default=len(full))
                out.append({
                    "_explicit": explicit,
                    "amount": low,
                    "amount_high": high,
                    "currency": currency,
                    "approximate": value["approximate"] or _APPROX_LEVEL_BEFORE.search(text, clause_start, m_start) is not None,
                    "text": entity.text,
                    "purpose": purpose,
                    "evidence": evidence(doc, sentence),
                    "_recipient": who,
                    "_giver": giver,
                    "_kind": kind,
                    "_each": each,
                    "_respective": respective,
                    "_end": entity.end,
                })
        conversions += [
            {"amount": e.value["low"], "currency": e.value["currency"]} for e in declined
            if not _restating_line(full, e.start)
        ]
        kept = self._drop_headline_restatements(full, out, conversions)
        # (parts first: a total's purpose told only in the next sentence stays the total's, the parts' use unstated)
        self._parts_take_total_purpose(full, kept)
        self._purpose_told_next(full, kept, money)
        for f in kept:
            del f["_explicit"], f["_recipient"], f["_giver"], f["_kind"], f["_each"], f["_respective"], f["_end"]
        return kept

    @staticmethod
    def _parts_take_total_purpose(text: str, found: list[dict[str, Any]]) -> None:
        """Give a part after 其中 with no purpose of its own the purpose of its total, the larger amount recorded last
        before that 其中 in the same sentence (…总投资2100万元，用于建设村文化广场，其中县财政拨款600万元、群众集资1500万元:
        GUIDELINES §6 eighteenth review round). ``text`` is the clean text."""
        for f in found:
            if f["purpose"] is not None:
                continue
            start = f["_end"] - len(f["text"])
            sentence_start = f["evidence"]["clean_start"]
            parts_at = text.rfind("其中", sentence_start, start)
            if parts_at < 0 or _SENTENCE_END.search(text, parts_at, start):
                continue
            before = [g for g in found if g["evidence"]["clean_start"] == sentence_start and g["_end"] <= parts_at]
            if not text[sentence_start:parts_at].strip() \
                    and _PART_PAID_TO.search(text, start_after(text, start, "，,；;。", floor=parts_at), start):
                # (…已向…受害者支付了近18亿马克的赔偿。其中，1991年向波兰支付5亿马克: 其中 opening the next sentence lists
                # the parts of the total that closes the sentence before by the recipient each went to, §6 thirty-fourth
                # round; not shares, rates or named schemes of their own: 其中，国家奖学金获得者86名，每人8000元)
                before = [g for g in found if g["_end"] <= sentence_start
                          and len(_SENTENCE_END.findall(text, g["_end"], sentence_start)) == 1]
            total = max(before, key=lambda g: g["_end"], default=None)
            if total is not None and total["purpose"] and total["amount"] > f["amount"]:
                f["purpose"] = total["purpose"]

    @staticmethod
    def _purpose_told_next(text: str, found: list[dict[str, Any]], money: list[Any]) -> None:
        """Give a record with no purpose the use that the next sentence tells of its money (…完成3亿元B轮融资。资金将
        主要用于新一代芯片研发): only the one record of its sentence, with no other amount after it in that sentence.
        ``text`` is the clean text, ``money`` the MONEY entities in order."""
        ends = {}
        for f in found:
            stop = [i for i in (text.find(ch, f["_end"]) for ch in "。！？\n") if i >= 0]
            ends[id(f)] = min(stop, default=-1)
        for f in found:
            end = ends[id(f)]
            if f["purpose"] is not None or end < 0 or text[end] == "\n" or _restating_line(text, f["_end"] - 1):
                continue
            if sum(ends[id(g)] == end for g in found) > 1 or any(f["_end"] < e.start < end for e in money):
                # (共募集善款1260万元，其中某集团捐款300万元。所募善款将全部用于…: the total first, only its parts after
                # 其中; the use told next is the total's)
                parts_at = text.find("其中", f["_end"], end)
                if parts_at < 0 or any(f["_end"] < e.start < parts_at for e in money) or any(
                        ends[id(g)] == end and g["_end"] < f["_end"] for g in found):
                    continue
            told = _USE_TOLD_NEXT.match(text, end + 1)
            if told:
                f["purpose"] = _QUOTE_MARKS.sub("", told["p"]).strip() or None

    @staticmethod
    def _another_fact(found: dict[str, Any], sentence_start: int, part: bool, who: str | None, back: bool) -> bool:
        """Whether an amount equal to ``found`` and stated in the sentence starting at ``sentence_start`` (offset into
        the clean text) is another fact: another part of a total after 其中 (``part``), or a share given to a
        recipient ``who`` other than ``found``'s; never when it refers back (``back``: 捐赠的20万元, 这20万元)."""
        if found["evidence"]["clean_start"] != sentence_start or back:
            return False
        return part or bool(who and found["_recipient"] and who != found["_recipient"])

    @staticmethod
    def _other_giver(found: dict[str, Any], sentence_start: int, giver: str | None) -> bool:
        """Whether an amount equal to ``found``, told in the sentence starting at ``sentence_start`` (offset into the
        clean text) right after its own act of giving, is another gift: ``found`` told so too in another sentence, the
        words before the two verbs in their clauses (``giver``: the giver, the time) sharing no two characters in a row
        (天津某公司捐了30万 … 一位老华侨立即捐出30万; 1995年向甲大会捐赠三十万元 … 1997年在乙县投资三十万元建…).
        A restatement names its giver again (县政府拨款 … 县政府拨款) or refers back (捐赠的20万元: no act read)."""
        other = found["_giver"]
        if giver is None or other is None:
            return False
        pairs, other_pairs = _han_pairs(giver), _han_pairs(other)
        return bool(pairs) and bool(other_pairs) and not pairs & other_pairs

    @staticmethod
    def _restates(head: dict[str, Any], body: dict[str, Any]) -> bool:
        """A headline amount restates a body amount: within HEADLINE_ROUNDING of it, or within
        HEADLINE_ROUNDING_APPROX on the side its approximation word points to (超百亿元 over 120亿元,
        近千万元 under 950万元)."""
        gap = body["amount"] - head["amount"]
        if abs(gap) <= HEADLINE_ROUNDING * body["amount"]:
            return True
        if head.get("amount_high") and head["amount"] <= body["amount"] <= head["amount_high"]:
            return True  # 百余万元 above 130万元
        if _BARE_MAGNITUDE.fullmatch(head.get("text", "")) and head["amount"] <= body["amount"] < 10 * head["amount"]:
            return True  # 捐资千万元 above 捐资1200万元: an order of magnitude with no figure rounds down
        if abs(gap) > HEADLINE_ROUNDING_APPROX * body["amount"] or not head.get("approximate"):
            return False
        text = head.get("text", "")
        if text.startswith(_UPWARDS):
            return gap > 0
        if text.startswith(("近", "将近", "接近", "不到", "不足")):
            return gap < 0
        return False

    @staticmethod
    def _drop_headline_restatements(
        text: str, found: list[dict[str, Any]], conversions: list[dict[str, Any]] = ()
    ) -> list[dict[str, Any]]:
        """An amount in a heading-like line that the body states again, possibly rounded (逾2.4亿元
        above 约2.43亿元), or converts (奖金711万元 above 100万美元(约合人民币711万元)), is one fact:
        keep the body's."""
        heads = [_restating_line(text, f["evidence"]["clean_start"]) for f in found]
        body = [f for f, head in zip(found, heads, strict=True) if not head] + list(conversions)
        return [
            f for f, head in zip(found, heads, strict=True)
            if not head or not any(
                # (港商捐资1000万元 over 1000万元港币: a headline leaves the currency to the default)
                (b["currency"] == f["currency"] or not f["_explicit"]) and FundingExtractor._restates(f, b)
                for b in body
            )
        ]
