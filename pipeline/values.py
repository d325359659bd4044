"""Value parsers shared by the rule tagger and the extractors: numbers, money, counts, dates, times.

Every parser takes a short string that holds the value and nothing else (leading and
trailing spaces are ignored) and returns a frozen dataclass, or ``None`` when the string
is not a value of that kind.  The module also exports the regular-expression sources
the rule tagger uses to *find* values (``NUMBER_PATTERN``, ``MONEY_PATTERN``,
``DATE_PATTERN``, ``TIME_PATTERN`` ...), so that what is found is exactly what the
parsers read; the tagger adds the context rules (lookarounds, classifier lists) from
``models/patterns``.

The closed-class tables (digits, currency names, parts of the day, relative-day words)
live here, next to the grammar that reads them; open lexicons (classifiers, titles,
honours) are data under ``models/lexicons``.

Conventions:

* Amounts are in currency units (``6万元`` -> ``60000.0`` CNY; ``1毛钱`` -> ``0.1``).
* ``approximate`` is set by 约/近/超过/突破/逾/左右/以上, by 过/上 before a bare magnitude (过亿元, 上千万元)
  and by 多/余 after a number;
  ``N多`` / ``N余`` also give a range ``[N, N + step)`` where ``step`` is the place value
  of the last non-zero digit of ``N`` (``100多万`` -> 1e6..2e6, ``50余名`` -> 50..60), or one
  of the unit that 多 follows (``10万多`` -> 1e5..1.1e5, as 十斤多 is less than eleven 斤).
* Years are Gregorian; a 民国 year ``n`` is stored as ``1911 + n`` with ``era="minguo"``.
* Hours are on the 24-hour clock: ``下午3时`` -> 15.

Known limitations: no fractions (``三分之一``), no negative amounts, no lunar dates
(``正月初五``), no weekday check; a Chinese-numeral day without a month (``三十日``) is
only read by :func:`parse_date`, the tagger finds it only after 至/到; colloquial
``一万二`` is read as 12000, but ``3千5`` as 3500 only because the digit follows a unit
directly.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

# ---------------------------------------------------------------------------- numbers

_ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
# Financial (capital) numerals of invoices and procurement notices (陆佰捌拾陆万伍仟元整).
_CN_CAPITAL = str.maketrans("壹贰叁肆伍陆柒捌玖拾佰仟", "一二三四五六七八九十百千")
_CN_DIGITS = "〇○零一二三四五六七八九两廿卅壹贰叁肆伍陆柒捌玖"
_CN_HEAD = _CN_DIGITS + "十拾"  # a Chinese number may start with these (十二), not with 百/千/万/亿
_CN_ANY = _CN_HEAD + "百千万亿佰仟"
_CN = f"[{_CN_HEAD}][{_CN_ANY}]*(?:点[{_CN_DIGITS}]+)?"
#: A number: Arabic (``1,200`` ``1.2``), Chinese (``三千五百`` ``二○一六``) or mixed
#: (``1.2万`` ``1亿6,055万`` ``3千5百``).
NUMBER_PATTERN = f"(?:{_ARABIC}|{_CN})(?:[百千万亿兆]+(?:{_ARABIC}|{_CN})?)*"
#: Amounts may write the decimal point as a middle dot (2·25亿美元, news of the 1990s); dates
#: such as 5·12 keep theirs, so only the money pattern accepts it (:func:`parse_number` reads a
#: middle dot as a decimal point in whatever it is given).
_ARABIC_DOT = r"\d+(?:,\d{3})*(?:[.·・]\d+)?"
_MONEY_NUMBER = f"(?:{_ARABIC_DOT}|{_CN})(?:[百千万亿兆]+(?:{_ARABIC_DOT}|{_CN})?)*"

_NUMBER_RE = re.compile(NUMBER_PATTERN)
_ARABIC_RE = re.compile(_ARABIC)
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９．，·・", "0123456789.,..")
# cn2an reads 〇 but not the circle ○ that scanned dates use, nor 卅 (thirty).
_CN2AN_PREP = str.maketrans({"○": "〇"})
_CN_DIGIT_VALUE = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0, "两": 2}
_SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}
# (兆: a trillion in Taiwan and Hong Kong copy, 新台币1兆元; mainland copy writes 万亿)
_BIG_UNIT = {"万": 10_000, "亿": 100_000_000, "兆": 1_000_000_000_000}
_SECTION_TOKEN = re.compile(r"\d+(?:\.\d+)?|.")


def _cn2an(s: str) -> float | None:
    """Pure Chinese numerals through cn2an ("normal" mode reads 两 and 〇; "smart" is not needed)."""
    import cn2an  # imported on first use: the import costs ~0.15 s

    s = s.translate(_CN2AN_PREP).replace("卅", "三十")
    try:
        return float(cn2an.cn2an(s, "normal"))
    except (ValueError, KeyError, IndexError):  # cn2an raises ValueError; the others guard its internals
        return None


def _parse_section(s: str) -> float | None:
    """A number below 万 that may mix Arabic digits and 十/百/千 (``3千5百``, ``5千``)."""
    if not s:
        return None
    if _ARABIC_RE.fullmatch(s):
        return float(s.replace(",", ""))
    if all(ch in _CN_ANY for ch in s):
        return _cn2an(s)
    total = 0.0
    pending: float | None = None
    last_unit = 0
    for tok in _SECTION_TOKEN.findall(s.replace(",", "")):
        if tok in _SMALL_UNIT:
            total += (1.0 if pending is None else pending) * _SMALL_UNIT[tok]
            pending, last_unit = None, _SMALL_UNIT[tok]
        elif tok[0].isdigit():
            if pending is not None:
                return None
            pending = float(tok)
        elif tok in _CN_DIGIT_VALUE:
            if tok in "零〇○":
                last_unit = 0  # 3千零5: the digit after 零 is units
                continue
            if pending is not None:
                return None
            pending = float(_CN_DIGIT_VALUE[tok])
        else:
            return None
    if pending is not None:
        # A lone digit right after a unit is colloquial shorthand: 3千5 = 3500.
        total += pending * (last_unit // 10 if last_unit >= 100 and pending < 10 else 1)
    return total


def _parse_mixed(s: str) -> float | None:
    for unit in ("兆", "亿", "万"):
        head, sep, tail = s.rpartition(unit)
        if sep:
            high = _parse_mixed(head) if head else 1.0
            if high is None:
                return None
            low = 0.0
            if tail:
                if len(tail) == 1 and tail in _CN_DIGIT_VALUE:
                    low = _CN_DIGIT_VALUE[tail] * _BIG_UNIT[unit] / 10  # 一万二 = 12000
                else:
                    parsed = _parse_mixed(tail)
                    if parsed is None:
                        return None
                    low = parsed
            return high * _BIG_UNIT[unit] + low
    return _parse_section(s)


# Most strings whose number parse_number keeps (a function of the string alone; the extractors read the same few
# numbers again and again, and cn2an's own checks of a Chinese numeral cost about as much as a search of a sentence).
PARSED_NUMBERS_CACHE_SIZE = 4096


@functools.lru_cache(maxsize=PARSED_NUMBERS_CACHE_SIZE)
def parse_number(s: str) -> float | None:
    """Read a number written in Arabic, Chinese or mixed notation.

    ``"1,200"`` -> 1200.0, ``"二十五"`` -> 25.0, ``"两"`` -> 2.0, ``"1.2万"`` -> 12000.0,
    ``"二○一六"`` -> 2016.0 (digit by digit), ``"○"`` -> 0.0.  Returns ``None`` for
    anything else, including approximations (``100多``): see :func:`parse_count`.
    """
    s = s.strip().translate(_FULLWIDTH_DIGITS).translate(_CN_CAPITAL).replace(" ", "")
    decimal = _CN_DECIMAL_RE.fullmatch(s)
    if decimal:
        # A Chinese decimal (二十八点八, 二十八点八亿): integer part, one digit per character, magnitude.
        head = parse_number(decimal["whole"])
        if head is None or head != int(head):
            return None
        frac = "".join(str(_CN_DIGIT_VALUES[ch]) for ch in decimal["frac"])
        return _clean((head + float("0." + frac)) * _magnitude(decimal["mag"]))
    if not s or not _NUMBER_RE.fullmatch(s):
        return None
    if _ARABIC_RE.fullmatch(s):
        return float(s.replace(",", ""))
    value = _cn2an(s) if all(ch in _CN_ANY for ch in s) else _parse_mixed(s)
    return None if value is None else _clean(value)


#: Chinese digit characters and their values (for the digits after 点).
_CN_DIGIT_VALUES = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0, "两": 2}
_CN_DECIMAL_RE = re.compile(f"(?P<whole>[{_CN_HEAD}][{_CN_ANY}]*)点(?P<frac>[〇○零一二三四五六七八九两]+)(?P<mag>[十百千万亿]*)")
#: Significant digits kept by :func:`_clean`: more than any amount in the news needs.
_SIGNIFICANT_DIGITS = 12


def _clean(x: float) -> float:
    """Drop binary noise from decimal arithmetic (1.1 * 10000 = 11000.000000000002,
    158.2 * 1e8 = 15819999999.999998) by keeping twelve significant digits."""
    return float(f"{x:.{_SIGNIFICANT_DIGITS}g}")


def _magnitude(units: str | None) -> float:
    """``"万"`` -> 1e4, ``"千万"`` -> 1e7; empty -> 1."""
    value = 1.0
    for ch in units or "":
        value *= _SMALL_UNIT.get(ch) or _BIG_UNIT[ch]
    return value


def _step(n: float) -> float:
    """Place value of the last non-zero digit of ``n`` (the width that 多/余 adds)."""
    if n <= 0 or n != int(n):
        return 1.0
    k, step = int(n), 1.0
    while k % 10 == 0:
        k //= 10
        step *= 10
    return step


# ---------------------------------------------------------------------------- money

#: Currency words written before the number, longest first where one is a prefix of another.
CURRENCY_PREFIXES: dict[str, str] = {
    "人民币": "CNY", "RMB": "CNY", "¥": "CNY", "￥": "CNY",
    "新台币": "TWD", "台币": "TWD", "NT$": "TWD",
    "港币": "HKD", "港元": "HKD", "HK$": "HKD",
    "澳门币": "MOP", "澳门元": "MOP", "葡币": "MOP", "MOP$": "MOP",
    # (MOP8,600万元, HK8,600万元, NT8,600万元: a code glued to the digits)
    "MOP": "MOP", "HKD": "HKD", "HK": "HKD", "TWD": "TWD", "NTD": "TWD", "NT": "TWD", "USD": "USD", "CNY": "CNY",
    "美元": "USD", "美金": "USD", "US$": "USD",
    # ($2億, $50,000: the dollar of the article's region, left to the caller as a default)
    "$": "USD",
    "欧元": "EUR", "€": "EUR", "日元": "JPY", "英镑": "GBP", "£": "GBP",
    "澳元": "AUD", "加元": "CAD", "新加坡元": "SGD", "韩元": "KRW", "卢布": "RUB", "瑞士法郎": "CHF",
}  # fmt: skip
#: Currency words written after the number: code (``None`` = the caller's default) and scale.
CURRENCY_SUFFIXES: dict[str, tuple[str | None, float]] = {
    "新台币": ("TWD", 1.0), "台币": ("TWD", 1.0),
    "人民币": ("CNY", 1.0),
    "港元": ("HKD", 1.0), "港币": ("HKD", 1.0),
    "澳门元": ("MOP", 1.0), "澳门币": ("MOP", 1.0), "葡币": ("MOP", 1.0),
    "美元": ("USD", 1.0), "美金": ("USD", 1.0),
    "欧元": ("EUR", 1.0), "日元": ("JPY", 1.0), "日圆": ("JPY", 1.0), "英镑": ("GBP", 1.0), "澳元": ("AUD", 1.0),
    "加元": ("CAD", 1.0), "加拿大元": ("CAD", 1.0), "新加坡元": ("SGD", 1.0), "新元": ("SGD", 1.0),
    "韩元": ("KRW", 1.0), "韩圜": ("KRW", 1.0), "卢布": ("RUB", 1.0), "瑞士法郎": ("CHF", 1.0), "法国法郎": ("FRF", 1.0),
    "法郎": ("FRF", 1.0), "马克": ("DEM", 1.0), "德国马克": ("DEM", 1.0), "泰铢": ("THB", 1.0),
    "里拉": ("ITL", 1.0), "荷兰盾": ("NLG", 1.0),
    # (GUIDELINES §6/§11: a currency outside the five takes its ISO 4217 code.  1998 newspaper copy writes the
    # baht as bare 铢 after the figure (捐款400万铢); only names that stand for one currency are listed: bare 盾,
    # 比索, 卢比, 克朗 and 镑 name several and stay unread)
    "铢": ("THB", 1.0), "印尼盾": ("IDR", 1.0), "印度尼西亚盾": ("IDR", 1.0), "越南盾": ("VND", 1.0),
    "林吉特": ("MYR", 1.0), "菲律宾比索": ("PHP", 1.0), "墨西哥比索": ("MXN", 1.0), "印度卢比": ("INR", 1.0),
    "兰特": ("ZAR", 1.0), "谢克尔": ("ILS", 1.0), "新谢克尔": ("ILS", 1.0), "坚戈": ("KZT", 1.0), "埃镑": ("EGP", 1.0),
    "新西兰元": ("NZD", 1.0), "瑞典克朗": ("SEK", 1.0), "丹麦克朗": ("DKK", 1.0), "挪威克朗": ("NOK", 1.0),
    "元钱": (None, 1.0), "块钱": (None, 1.0), "元": (None, 1.0), "块": (None, 1.0),
    "毛钱": (None, 0.1), "毛": (None, 0.1), "角": (None, 0.1),
}  # fmt: skip
_APPROX_BEFORE = ["约合", "约为", "大约", "将近", "接近", "超过", "突破", "不足", "不到", "近", "约", "超", "逾"]
_APPROX_AFTER = ["左右", "上下", "以上"]
_RANGE_SEP = ["至", "到", "-", "~", "～", "—", "－", "–"]


def _alternation(words: list[str] | dict[str, object]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_PREFIX_ALT = _alternation(CURRENCY_PREFIXES)
_SUFFIX_ALT = _alternation(CURRENCY_SUFFIXES)
_APPROX_BEFORE_ALT = _alternation(_APPROX_BEFORE)
_APPROX_AFTER_ALT = _alternation(_APPROX_AFTER)
_RANGE_ALT = _alternation(_RANGE_SEP)

#: An amount of money; spaces between the parts are allowed (``新台币 20 万元``).  The
#: pattern also matches bare numbers; :func:`parse_money` rejects those (no currency).
MONEY_PATTERN = (
    f"(?:(?P<pre>{_PREFIX_ALT}) ?)?"
    # (过亿元: 过 means "over" only right before a bare magnitude; 过5000万元 is not read so; 上千万元, 上亿元: 上
    # before a bare magnitude is "upwards of", read as 超千万元 is (GUIDELINES §6 approximate), not the 上 ending
    # 加上, 以上, 之上, 马上, 晚上, 早上, 北上, 南上: 再加上千万元社会资本 adds 千万元)
    f"(?:(?P<approx>{_APPROX_BEFORE_ALT}|过(?=[百千万亿])|(?<![加以之马晚早北南])上(?=[百千万亿])) ?)?"
    f"(?:(?P<pre2>{_PREFIX_ALT}) ?)?"
    # 近千万元 / 逾亿元: a bare magnitude right after an approximation word counts as one of it.
    # (百余万元, 千余万元: a bare 百/千 before 余/多 and a magnitude is one of it; 万余元: a bare 万 before 余/多 and
    # the currency is one 万; 千万元, 百亿元: a bare 百/千 before 万/亿 is one of that magnitude, not after 数/几 (vague) nor 上
    # (上千万元: read with its 上 as an approximation above; after 加上, 以上 … the bare 千万元 alone, exact))
    # (十几万元, 二十几万元: 几 right after 十 is "some" like 多, 10万..20万; 几十万元 stays vague, read by the caller)
    f"(?P<n1>{_MONEY_NUMBER}|(?<=[近逾超约过上])(?=[百千万亿])|(?<![\\d一二三四五六七八九十两])[百千](?=[多余][万亿])"
    f"|(?<![\\d一二三四五六七八九十两百千])万(?=[多余]元)|(?<![\\d一二三四五六七八九十两百千万亿数几上])(?=[百千][万亿]))(?P<more1>[多余]|(?<=十)几)? ?(?P<mag1>[十百千万亿兆]+)?(?P<more1b>[多余])? ?"
    f"(?:(?P<suf1>(?:{_SUFFIX_ALT})(?![宵旦]|宇宙)) ?)?"
    f"(?:(?P<sep>{_RANGE_ALT}) ?(?P<n2>{_MONEY_NUMBER})(?P<more2>[多余])? ?(?P<mag2>[十百千万亿兆]+)? ?)?"
    f"(?P<suf>(?:{_SUFFIX_ALT})(?![宵旦]|宇宙))?"  # (2024元宵灯会, 2024元旦晚会, 2024元宇宙大会: no 元)
    f"(?P<after>{_APPROX_AFTER_ALT})?"
)
_MONEY_RE = re.compile(MONEY_PATTERN)
_TRAILING_MAG = re.compile("[百千万亿兆]+$")


@dataclass(frozen=True, slots=True)
class Amount:
    """An amount of money in currency units.

    ``high`` is ``None`` for a single value and the upper bound of a range
    (``3至5亿元``) or of an approximation by 多/余.  ``currency`` is an ISO 4217 code;
    ``currency_explicit`` is False when it came from the caller's default (bare 元).
    """

    low: float
    high: float | None
    currency: str
    approximate: bool
    text: str
    currency_explicit: bool = True


# Two neighbouring numerals before a magnitude (两三千万, 七八十万, 三五百万: a rough range, GUIDELINES §6 ranges).
_NUMERAL_PAIR = re.compile("(?P<a>一(?=两)|两(?=三)|二(?=三)|三(?=[四五])|四(?=五)|五(?=六)|六(?=七)|七(?=八)|八(?=九))"
                           "(?P<b>[两三四五六七八九])(?P<mag>[十百千万亿]+)")


def parse_money(s: str, *, default_currency: str = "CNY") -> Amount | None:
    """Read an amount of money (``6万元``, ``100多万元``, ``3至5亿元``, ``新台币20万元``, ``1毛钱``).

    ``default_currency`` applies to bare 元/块/角 (callers pass ``"TWD"`` for Taiwan
    articles).  A number with no currency word at all is not money: ``None``.
    """
    text = s
    m = _MONEY_RE.fullmatch(re.sub(r"\s+", " ", s.strip()))
    if m is None:
        return None
    g = m.groupdict()
    prefix = g["pre"] or g["pre2"]
    suffix = g["suf"] or g["suf1"]
    if prefix is None and suffix is None:
        return None
    if prefix and prefix.isascii() and prefix.isalpha() and suffix is None and not re.search("[万亿]", (g["n1"] or "") + (g["mag1"] or "")):
        return None  # HK01, CNY2024新春市集: a bare code needs 元, 万 or 亿 after its number
    code, scale = CURRENCY_SUFFIXES[suffix] if suffix else (None, 1.0)
    explicit = code is not None or (prefix is not None and prefix != "$")
    currency = code or (CURRENCY_PREFIXES[prefix] if prefix else default_currency)
    pair = _NUMERAL_PAIR.fullmatch(g["n1"] or "") if g["n2"] is None and not g["mag1"] else None
    if pair:
        # 两三千万元, 七八十万元, 三五百万元: two neighbouring numerals before one magnitude, a rough range
        mag = _magnitude(pair["mag"]) * scale
        low_pair, high_pair = (_CN_DIGIT_VALUES[pair[k]] * mag for k in ("a", "b"))
        return Amount(_clean(low_pair), _clean(high_pair), currency, True, text, explicit)
    if g["n1"] in ("百", "千", "万"):
        n1: float | None = _magnitude(g["n1"])  # 百余万元, 万余元: a bare 百 is one hundred
    else:
        n1 = parse_number(g["n1"]) if g["n1"] else (1.0 if g["mag1"] else None)
    if n1 is None:
        return None
    mag1 = _magnitude(g["mag1"])
    approximate = bool(g["approx"] or g["after"] or g["more1"] or g["more1b"] or g["more2"])
    low = n1 * mag1 * scale
    high: float | None = None
    if g["more1"] or g["more1b"]:
        high = (n1 + (1.0 if g["more1b"] else _more_step(g["n1"] or "", n1))) * mag1 * scale
    if g["n2"] is not None:
        n2 = parse_number(g["n2"])
        if n2 is None:
            return None
        mag2 = _magnitude(g["mag2"])
        high = (n2 + _more_step(g["n2"], n2) if g["more2"] else n2) * mag2 * scale
        borrowed = _borrowed_magnitude(g, n1)
        if borrowed is not None:
            low = n1 * borrowed * scale
        if high < low:
            return None
    return Amount(_clean(low), None if high is None else _clean(high), currency, approximate, text, explicit)


def _more_step(number_text: str, n: float) -> float:
    """Width that 多/余 adds to a number: one of the unit it follows (``10万多`` -> 1e4, 10万..11万;
    compare ``10多万`` -> 10万..20万), else the place value of the last non-zero digit."""
    tail = _TRAILING_MAG.search(number_text)
    if tail is None:
        return _step(n)
    digits = number_text[: tail.start()]
    decimals = len(digits.split(".")[1]) if "." in digits else 0  # 3.6万余 -> 3.6万..3.7万
    return _magnitude(tail.group()[-1]) * 10.0 ** -decimals


def _borrowed_magnitude(g: dict[str, str | None], n1: float) -> float | None:
    """Magnitude the first number of a range borrows from the second (``3至5亿元``).

    Only when the first number has none of its own and is smaller than the bare second
    number: ``3至5亿`` is shorthand for 3亿 to 5亿, ``8000-1万`` is 8000 to 10000.
    """
    n1_text, n2_text = g["n1"] or "", g["n2"] or ""
    if g["mag1"] or _TRAILING_MAG.search(n1_text):
        return None
    if g["mag2"]:
        bare2, borrowed = parse_number(n2_text), _magnitude(g["mag2"])
    else:
        tail = _TRAILING_MAG.search(n2_text)
        if tail is None or tail.start() == 0:
            return None
        bare2, borrowed = parse_number(n2_text[: tail.start()]), _magnitude(tail.group())
    if bare2 is None or n1 >= bare2:
        return None
    return borrowed


# ---------------------------------------------------------------------------- counts

#: A counted quantity up to (not including) its classifier: ``700多`` ``50余`` ``近百`` ``数十``.
COUNT_NUMBER_PATTERN = (
    f"(?:(?P<approx>{_APPROX_BEFORE_ALT}|上) ?)?"
    f"(?:(?P<fuzzy>[数几])(?P<fuzzymag>[十百千万]+)|(?P<num>{NUMBER_PATTERN})|(?P<bare>[百千万]))"
    "(?P<more>[多余几])?(?P<mag>[十百千万亿]+)?(?P<more2>[多余])?"
)
_COUNT_RE = re.compile(f"{COUNT_NUMBER_PATTERN} ?(?P<unit>[^\\d\\s多余]{{1,4}}?)(?P<after>{_APPROX_AFTER_ALT})?")


@dataclass(frozen=True, slots=True)
class Count:
    """A count of things: ``value`` is the (lower) number, ``unit`` the classifier (名, 个, 家单位)."""

    value: int
    approximate: bool
    unit: str
    text: str


def parse_count(s: str) -> Count | None:
    """Read a count with its classifier (``12名``, ``700多个``, ``两个``, ``近百名``).

    The classifier is whatever follows the number (one to four characters); deciding
    which classifiers count people or units is the caller's business.
    """
    m = _COUNT_RE.fullmatch(s.strip())
    if m is None:
        return None
    g = m.groupdict()
    approximate = bool(g["approx"] or g["more"] or g["more2"] or g["after"] or g["fuzzy"])
    if g["fuzzy"]:
        n = _magnitude(g["fuzzymag"])  # 数十 -> 10 (at least ten)
    elif g["bare"]:
        if not (g["approx"] or g["more"] or g["more2"]):
            return None  # 百人 alone is a name-like word (百人团), 近百人 is a count
        n = _magnitude(g["bare"])
    else:
        parsed = parse_number(g["num"])
        if parsed is None:
            return None
        n = parsed
    n = _clean(n * _magnitude(g["mag"]))
    if n != int(n):
        return None  # 1.5个: not a count
    return Count(int(n), approximate, g["unit"], s)


# ---------------------------------------------------------------------------- percent


@dataclass(frozen=True, slots=True)
class Percent:
    """A percentage: ``value`` in percent (``15%`` -> 15.0)."""

    value: float
    text: str


#: ``15%`` ``15.5 %`` ``百分之十五`` ``百分之15``.
PERCENT_PATTERN = f"(?P<a>{_ARABIC}) ?[%％]|百分之(?P<c>{NUMBER_PATTERN}|百)"
_PERCENT_RE = re.compile(PERCENT_PATTERN)


def parse_percent(s: str) -> Percent | None:
    m = _PERCENT_RE.fullmatch(s.strip())
    if m is None:
        return None
    raw = m.group("a") or m.group("c")
    value = 100.0 if raw == "百" else parse_number(raw)
    return None if value is None else Percent(value, s)


# ---------------------------------------------------------------------------- times

#: Part-of-day words and the name stored for them.
PART_OF_DAY: dict[str, str] = {
    "凌晨": "early_morning", "清晨": "morning", "早晨": "morning", "早上": "morning", "上午": "morning",
    "中午": "noon", "午间": "noon", "下午": "afternoon", "傍晚": "evening", "晚上": "evening",
    "晚间": "evening", "夜间": "night", "夜里": "night", "深夜": "night", "晚": "evening",
}  # fmt: skip
_PM = {"afternoon", "evening", "night"}
# 晚 alone is a part of the day after a date (25日晚) but not in 晚会/晚宴 (evening party, banquet).
_POD_ALT = _alternation([w for w in PART_OF_DAY if w != "晚"]) + "|晚(?![会宴餐报])"
_POD_STANDALONE_ALT = _alternation([w for w in PART_OF_DAY if len(w) > 1])
_CN_HOUR = "二十[一二三四]?|十[一二]?|[一二三四五六七八九两]"
_CN_MINUTE = "[一二三四五]十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
_CLOCK_COLON = r"(?P<h1>[01]?\d|2[0-4])[:：](?P<m1>[0-5]\d)(?:[:：][0-5]\d)?"
_CLOCK_CN = (
    rf"(?P<h2>[01]?\d|2[0-4]|{_CN_HOUR})(?P<mark>[时点])"
    rf"(?:(?P<m2>[0-5]?\d|{_CN_MINUTE})分|(?P<half>半)|整)?"
)
#: A clock time: ``17:23``, ``3时``, ``9点30分``, ``三点半``.
CLOCK_PATTERN = f"(?:{_CLOCK_COLON}|{_CLOCK_CN})"
#: What may follow a date inside the same DATE entity: a part of the day and/or a clock time.
TIME_TAIL_PATTERN = f"(?: ?(?P<pod>{_POD_ALT}))?(?: ?(?P<clock>{CLOCK_PATTERN}))?"
#: A time standing alone (TIME entity): ``下午`` ``下午3时`` ``14:30`` ``14时30分``.  A bare
#: ``3点`` is not a time (三点要求); neither is the single-character 晚.
TIME_PATTERN = (
    f"(?P<pod>{_POD_STANDALONE_ALT})(?: ?(?P<clock>{CLOCK_PATTERN}))?"
    rf"|(?P<clock2>\d{{1,2}}[:：][0-5]\d(?:[:：][0-5]\d)?|\d{{1,2}}时(?:\d{{1,2}}分|半)?|\d{{1,2}}点(?:\d{{1,2}}分|半))"
)
_TIME_TAIL_RE = re.compile(TIME_TAIL_PATTERN)
_TIME_RE = re.compile(TIME_PATTERN)
_CLOCK_RE = re.compile(CLOCK_PATTERN)


@dataclass(frozen=True, slots=True)
class ClockTime:
    """A time of day: ``hour``/``minute`` on the 24-hour clock, ``part_of_day`` a name from
    :data:`PART_OF_DAY` (``"afternoon"``); any of them may be ``None``."""

    hour: int | None
    minute: int | None
    part_of_day: str | None
    text: str


def _small_int(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    value = _cn2an(s)
    return None if value is None else int(value)


def _read_clock(clock: str | None, pod: str | None) -> tuple[int | None, int | None] | None:
    """Hour and minute of a clock string, shifted to 24 hours by the part of the day."""
    if not clock:
        return None, None
    m = _CLOCK_RE.fullmatch(clock)
    if m is None:
        return None
    hour = _small_int(m.group("h1") or m.group("h2"))
    minute_text = m.group("m1") or m.group("m2")
    minute = 30 if m.group("half") else (_small_int(minute_text) if minute_text else 0)
    if hour is None or minute is None or hour > 24 or minute > 59:
        return None
    if pod in _PM and hour < 12 and not (pod == "night" and hour < 5):
        hour += 12
    elif pod == "noon" and hour < 3:
        hour += 12
    return hour, minute


def parse_time(s: str) -> ClockTime | None:
    """Read a time of day standing alone (``下午``, ``下午3时``, ``14:30``, ``9点半``)."""
    m = _TIME_RE.fullmatch(s.strip())
    if m is None:
        return None
    word = m.group("pod")
    pod = PART_OF_DAY[word] if word else None
    clock = _read_clock(m.group("clock") or m.group("clock2"), pod)
    if clock is None:
        return None
    return ClockTime(clock[0], clock[1], pod, s)


# ---------------------------------------------------------------------------- dates

#: Era words before a 民国 (Republic of China) year.
ERA_WORDS = {"中华民国": "minguo", "中華民國": "minguo", "民国": "minguo", "民國": "minguo"}
ERA_OFFSETS = {"minguo": 1911}
#: A 民国 year in digits is this much behind the Gregorian one (113 -> 2024).
ROC_YEAR_OFFSET = ERA_OFFSETS["minguo"]
#: A Gregorian date in digits as page stamps and metadata write it (2024-05-07, 2024/5/7, 2024年5月7日), with an optional
#: weekday and clock after it (2024年5月7日 星期二 09:30, 2024-05-07T09:30:00): the page's date in HTML metadata and in a
#: stamp line of the text alike.
GREGORIAN_STAMP = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?!\d)\s*日?"
    r"(?:\s*(?:星期|周)[一二三四五六日天])?"
    r"(?:\s*(?:T|\s)?\s*(?P<H>\d{1,2})[:：时](?P<M>\d{2}))?"
)
#: A Republic-of-China date in digits (发布日期：113-10-15, 民國113年10月15日): the year is ROC (+ :data:`ROC_YEAR_OFFSET`).
ROC_DATE = re.compile(r"(?<!\d)(?:民国|民國)?(?P<y>1[0-4]\d)\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?!\d)")
#: Relative-day words and their offset from the reference date in days.
RELATIVE_DAYS = {
    "大前天": -3, "前天": -2, "前日": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0,
    "明天": 1, "明日": 1, "后天": 2,
}  # fmt: skip
_RELATIVE_CHAR = {"前": -2, "昨": -1, "今": 0, "明": 1}

_Y4 = r"(?:19|20)\d{2}"
_CN_Y4 = "[〇○零一二三四五六七八九]{4}"
_MONTH = r"1[0-2]|0?[1-9]"
_DAY = r"3[01]|[12]\d|0?[1-9]"
_CN_MONTH = "十[一二]?|[一二三四五六七八九]"
_CN_DAY = "三十一?|卅一?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
_ERA_ALT = _alternation(ERA_WORDS)
_MD = f"(?:(?P<m>{_MONTH})月(?:(?P<d>{_DAY})[日号])?|(?P<cm>{_CN_MONTH})月(?:(?P<cd>{_CN_DAY})[日号])?)"

_DATE_CORES = {
    "iso": rf"(?P<y>{_Y4})(?P<sep>[-/.])(?P<m>{_MONTH})(?P=sep)(?P<d>{_DAY})",
    "era": rf"(?P<era>{_ERA_ALT})(?P<y>\d{{1,3}}|[一二三四五六七八九十百〇○零]{{1,5}})年{_MD}?",
    "ymd": f"(?:(?P<y>{_Y4})|(?P<cy>{_CN_Y4}))年{_MD}?",
    "md": _MD,
    "day": f"(?P<d>{_DAY})日|(?P<cd>{_CN_DAY})日",
    "rel": _alternation(RELATIVE_DAYS),
    "rel_day": rf"(?P<rc>[今昨前明])[(（](?P<d>{_DAY})日?[)）]日?",
}
_DATE_CORE_RES = {name: re.compile(source) for name, source in _DATE_CORES.items()}
def _anonymous(source: str) -> str:
    """The same regex with named groups made anonymous, so cores can be joined in one pattern."""
    source = re.sub(r"\(\?P<(\w+)>", "(?:", source)
    return source.replace("(?P=sep)", "[-/.]")


#: The date proper, all forms (named groups dropped so the forms join in one pattern).
DATE_CORE_PATTERN = "|".join(
    _anonymous(_DATE_CORES[name]) for name in ("iso", "era", "ymd", "md", "rel_day", "rel", "day")
)
#: A date as the tagger finds it (without context lookarounds): the date proper (group
#: ``core``) followed by an optional part of the day and clock time.
DATE_PATTERN = f"(?P<core>{DATE_CORE_PATTERN}){_anonymous(TIME_TAIL_PATTERN)}"
_DATE_RE = re.compile(f"(?P<core>{DATE_CORE_PATTERN}){TIME_TAIL_PATTERN}")

#: The label right before a date that names an event's day, a deadline or a validity (报到时间 2024年6月4日, 活动时间：…,
#: 报名截止时间：…, 有效期至…, 出生日期：…; a window for entries or objections: 征稿时间：…至…, 公示时间：…), not the
#: day a page was issued (GUIDELINES §2); to be searched at the end of the text before the date.  An event word needs its 时间/日期 (not 来源：县会议中心 2024-06-04); a registration,
#: a deadline or a validity reads alone (报名 2024-06-04).  Read by event_dated for pipeline.html and pipeline.boilerplate.
#: The words of a window for entries, applications, payments or objections (征稿时间, 报名截止日期, 公示时间, 评审期间):
#: with 时间/日期/期间 after them they label a window or a deadline, no day anything was held.  One list for
#: :data:`_EVENT_DATE_LABEL` and the window label of pipeline.extract.meetings.
WINDOW_LABEL_WORDS = "报名|申报|征稿|征文|征集|投稿|截稿|交稿|申请|公示|受理|缴费|提交|评选|评审"
_EVENT_DATE_LABEL = re.compile(
    r"(?:(?:报到|签到|截止|截至|活动|会议|举办|举行|开幕|闭幕|开始|结束|开课|考试|比赛|演出|展览|展出|开放|办理"
    r"|营业|入场|入学|到期|有效|出生|逝世|去世|" + WINDOW_LABEL_WORDS + r")(?:时间|日期|期间)"
    r"|报到|报名|签到|截止|截至|截稿|期限|有效期(?:至|到|为)?|到期)"
    r"\s*[:：]?\s*(?:至|为|到)?\s*$"
)


def event_dated(text: str, start: int) -> bool:
    """Whether the date at ``start`` in ``text`` follows the label of an event's day, a deadline or a validity
    (报到时间 2024年6月4日, 有效期至2024年6月4日): no publication date.  Only the label touching the date counts."""
    return _EVENT_DATE_LABEL.search(text, max(0, start - 12), start) is not None


# A date of a life: after a word of birth or death (生于1914年3月10日, 卒于1999年), before one (1931年5月12日在北京
# 逝世, 1931年5月出生), or an end of a bracketed life span (王某（1924年6月8日—2010年3月4日）, （1931年—2024年）).
_LIFE_WORD_BEFORE = re.compile(r"(?:生|出生|诞生|卒|逝世|去世|病逝|殁)于\s*$")
_LIFE_WORD_AFTER = re.compile(r"[^，。；,;！？\n]{0,10}?(?:逝世|去世|病逝|辞世|牺牲|殉职|出生(?!日期|时间|年月)|诞生)")
_MONTH_DAY_AFTER = r"(?:\d{1,2}月(?:\d{1,2}日)?)?"  # (a year matched alone: 1924年 of 1924年6月8日)
_SPAN_DASH = r"[—\-–－~～]{1,2}"
_SPAN_OPEN_BEFORE = re.compile(r"[（(]\s*$")
_SPAN_DASH_AFTER = re.compile(_MONTH_DAY_AFTER + r"\s*" + _SPAN_DASH + r"\s*(?:(?:19|20)\d{2}|[）)])")
_SPAN_CLOSE_BEFORE = re.compile(r"[（(]\s*(?:19|1[5-8]|20)\d{2}年?" + _MONTH_DAY_AFTER + r"\s*" + _SPAN_DASH + r"\s*$")
_SPAN_CLOSE_AFTER = re.compile(_MONTH_DAY_AFTER + r"\s*[）)]")


def life_dated(text: str, start: int, end: int) -> bool:
    """Whether the date (or the year) at ``text[start:end]`` is a day of a person's life: a birth, a death, an end of
    a life span in brackets.  Neither the day a page was issued (GUIDELINES §2) nor a year the report speaks in (§3)."""
    if _LIFE_WORD_BEFORE.search(text, max(0, start - 4), start) or _LIFE_WORD_AFTER.match(text, end):
        return True
    if _SPAN_OPEN_BEFORE.search(text, max(0, start - 2), start) and _SPAN_DASH_AFTER.match(text, end):
        return True
    return bool(_SPAN_CLOSE_BEFORE.search(text, max(0, start - 20), start) and _SPAN_CLOSE_AFTER.match(text, end))


@dataclass(frozen=True, slots=True)
class DateValue:
    """A calendar date as written, possibly partial or relative.

    ``year`` is Gregorian (a 民国 year is converted, ``era`` says so); ``month``/``day``
    are ``None`` when not written; ``relative_days`` is set for 今天/昨日/前天...
    (0, -1, -2 days from the reference date); ``hour``/``minute`` (24-hour clock) and
    ``part_of_day`` come from a time written after the date.  Resolve it to a
    ``datetime.date`` with :func:`resolve_date`.
    """

    year: int | None
    month: int | None
    day: int | None
    text: str
    hour: int | None = None
    minute: int | None = None
    part_of_day: str | None = None
    relative_days: int | None = None
    era: str | None = None


def _read_core(core: str) -> tuple[int | None, int | None, int | None, int | None, str | None] | None:
    """(year, month, day, relative_days, era) of a date proper; ``None`` if invalid."""
    for name, regex in _DATE_CORE_RES.items():
        m = regex.fullmatch(core)
        if m is None:
            continue
        g = m.groupdict()
        if name == "rel":
            return None, None, None, RELATIVE_DAYS[core], None
        year: int | None = None
        era: str | None = None
        if name == "era":
            era = ERA_WORDS[g["era"]]
            n = _small_int(g["y"])
            if n is None:
                return None
            year = ERA_OFFSETS[era] + n
        elif g.get("y"):
            year = int(g["y"])
        elif g.get("cy"):
            parsed = parse_number(g["cy"])
            if parsed is None:
                return None
            year = int(parsed)
        month_text = g.get("m") or g.get("cm")
        day_text = g.get("d") or g.get("cd")
        month = _small_int(month_text) if month_text else None
        day = _small_int(day_text.replace("卅", "三十")) if day_text else None
        if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
            return None
        if year is not None and month is not None and day is not None:
            try:
                dt.date(year, month, day)
            except ValueError:
                return None
        relative = _RELATIVE_CHAR[g["rc"]] if name == "rel_day" else None
        return year, month, day, relative, era
    return None


def parse_date(s: str) -> DateValue | None:
    """Read a date (``2021-01-26 17:23``, ``2021/1/26``, ``2021年1月26日``, ``1月25日下午``,
    ``15日``, ``二○一六年五月一日``, ``民国113年``, ``昨日``, ``今(5)日``).

    Nothing is resolved here: a missing year stays ``None``; see :func:`resolve_date`.
    """
    m = _DATE_RE.fullmatch(s.strip())
    if m is None:
        return None
    core = _read_core(m.group("core"))
    if core is None:
        return None
    year, month, day, relative, era = core
    word = m.group("pod")
    pod = PART_OF_DAY[word] if word else None
    clock = _read_clock(m.group("clock"), pod)
    if clock is None:
        return None
    return DateValue(year, month, day, s, clock[0], clock[1], pod, relative, era)


#: How many days after the reference date a month and day without a year may fall and still be read
#: in the reference's year (a coming event announced); further ahead is the year before (12月28日 in January).
DAYS_AHEAD_IN_YEAR = 61


def resolve_date(value: DateValue, reference: dt.date | None) -> dt.date | None:
    """The calendar date ``value`` stands for, read against ``reference`` (the article's date).

    Rules, in order:

    * a relative date with no day written (昨日, 今天) is ``reference + relative_days``;
    * a date with no day (``2021年``, ``3月``) does not resolve: ``None``;
    * no year and no month (``15日``, ``今(5)日``): the reference month, or the month
      before when the day is after the reference day (news reports what happened);
    * no year (``1月25日``): the reference year, or the year before when the month is
      after the reference month (a December event reported in January) and the day is more
      than :data:`DAYS_AHEAD_IN_YEAR` days after the reference; a later day in the reference
      month, or one soon after it, stays in the reference year (announcements of coming events);
    * a date that does not exist (2月30日) is ``None``; without a reference, only a
      fully written date resolves.
    """
    if value.day is None:
        if value.relative_days is not None and value.month is None and value.year is None and reference:
            return reference + dt.timedelta(days=value.relative_days)
        return None
    year, month = value.year, value.month
    if month is None:
        if year is not None or reference is None:
            return None
        year, month = reference.year, reference.month
        if value.day > reference.day:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    elif year is None:
        if reference is None:
            return None
        year = reference.year
        if month > reference.month:
            try:
                ahead = (dt.date(year, month, value.day) - reference).days
            except ValueError:
                ahead = None
            # (5月3日 on a page of 30 April, 峰会5月10日至12日举办 in a preview: a day soon after the page is in its
            # year, not a year back; 12月30日 on a February page is last December)
            if ahead is None or ahead > DAYS_AHEAD_IN_YEAR:
                year -= 1
    try:
        return dt.date(year, month, value.day)
    except ValueError:
        return None


# -- festivals -----------------------------------------------------------------------------

#: Festivals with a fixed day: (month, day) and whether that day is in the lunar calendar.
#: 清明 is a solar term (4 or 5 April) and is left out rather than guessed.
FESTIVALS: dict[str, tuple[int, int, bool]] = {
    "元旦": (1, 1, False), "妇女节": (3, 8, False), "植树节": (3, 12, False), "劳动节": (5, 1, False),
    "青年节": (5, 4, False), "护士节": (5, 12, False), "儿童节": (6, 1, False), "建党节": (7, 1, False),
    "建军节": (8, 1, False), "教师节": (9, 10, False), "国庆节": (10, 1, False), "记者节": (11, 8, False),
    "春节": (1, 1, True), "元宵节": (1, 15, True), "端午节": (5, 5, True), "七夕节": (7, 7, True),
    "七夕": (7, 7, True), "中秋节": (8, 15, True), "重阳节": (9, 9, True),
    "除夕": (12, 30, True),  # (the eve of 春节: the day before it, whether the month has 29 days or 30)
}

#: Commemorative days named ``…日`` with a fixed solar day: (month, day). They date a meeting only
#: as the day itself (世界读书日当天), never as a time around it (国际禁毒日前夕). Days that move
#: with the weekday (全国助残日: the third Sunday of May; 全国科普日) are left out.
COMMEMORATIVE_DAYS: dict[str, tuple[int, int]] = {
    "世界水日": (3, 22), "消费者权益日": (3, 15), "世界卫生日": (4, 7), "国家安全教育日": (4, 15),
    "世界读书日": (4, 23), "世界环境日": (6, 5), "国际禁毒日": (6, 26), "全国消防日": (11, 9),
    "国家宪法日": (12, 4), "国家公祭日": (12, 13),
}  # fmt: skip

#: Events whose anniversaries date the text (庆祝建党102周年 -> 2023): the year each happened.
#: Only events a Chinese news page names by anniversary in the year it is celebrated.
ANNIVERSARIES: dict[str, int] = {
    "建党": 1921, "中国共产党成立": 1921, "中国共产党建党": 1921, "新中国成立": 1949, "中华人民共和国成立": 1949,
    "建国": 1949, "人民政协成立": 1949, "改革开放": 1978, "香港回归祖国": 1997, "香港回归": 1997,
    "澳门回归祖国": 1999, "澳门回归": 1999, "建军": 1927, "中国人民解放军建军": 1927, "人民军队建军": 1927,
    "五四运动": 1919, "共青团成立": 1922, "建团": 1922, "中国共产主义青年团成立": 1922,
    "抗日战争胜利": 1945, "抗战胜利": 1945, "世界反法西斯战争胜利": 1945, "红军长征胜利": 1936,
    "长征胜利": 1936, "辛亥革命": 1911, "全国人民代表大会成立": 1954, "全国人大成立": 1954,
}


#: Festivals written without 节 before their eve (国庆前夕, 中秋前夕). Only before 前夕: a bare 国庆 is also a given
#: name (张国庆上午主持…).
FESTIVAL_SHORT_NAMES: tuple[str, ...] = ("国庆", "中秋", "端午", "元宵", "重阳")


#: Days written by their numbers in quote marks (“七一”当天): the festival each names.
FESTIVAL_NUMBERS: dict[str, str] = {
    "元旦": "元旦", "三八": "妇女节", "五一": "劳动节", "五四": "青年节", "六一": "儿童节", "七一": "建党节",
    "八一": "建军节", "十一": "国庆节",
}


def festival_date(name: str, year: int) -> dt.date | None:
    """The calendar date of festival or commemorative day ``name`` in ``year`` (lunar festivals via
    ``lunardate``, which covers 1900–2099); ``None`` for an unknown name or a year out of range."""
    if name == "除夕":
        new_year = festival_date("春节", year)
        return new_year - dt.timedelta(days=1) if new_year else None
    if name in COMMEMORATIVE_DAYS:
        return dt.date(year, *COMMEMORATIVE_DAYS[name])
    spec = FESTIVALS.get(FESTIVAL_NUMBERS.get(name, name))
    if spec is None:
        return None
    month, day, lunar = spec
    if not lunar:
        return dt.date(year, month, day)
    from lunardate import LunarDate  # imported on first use

    try:
        return LunarDate(year, month, day).to_solar_date()
    except ValueError:
        return None
