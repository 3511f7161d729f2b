"""Veto lists read as the rules they turn round: a 评审细则's 形式审查 says whom it turns away
(有下列情形之一的，不予提交专家评审：（四）申报第一评审组方向的企业上年度研发费用低于300万元
的；) and a direction's 否决情形 does too (（2）申报单位未取得有效期内高新技术企业证书的；). Each
item, turned round, is what an applicant must meet (研发费用不低于300万元; 须取得…证书), and a
否决情形 label reads as 申报要求. An item that turns round no wording known here stays as written
(被列入严重失信主体名单的: no term of the guideline's). Lines keep their numbers; other texts are
unchanged.
"""

from __future__ import annotations

import re

_LABEL = re.compile(r"^(?P<indent>\s*)(?:专项|通用)?"
                    r"(?:否决情形|否决条件|否决事项|一票否决(?:情形|事项)?)"
                    r"\s*[:：]\s*(?P<rest>.*)$")
# 第八条　有下列情形之一的，不予提交专家评审： / …，形式审查不予通过（通用否决情形…）：
_INTRO = re.compile(r"有下列情形之一的[，,][^。]*?(?:不予|不得|不进入|取消|视为|一票否决)"
                    r"[^。]*[:：]\s*$")
# 二、不予支持的项目 / 四、申报负面清单: a list of refused projects (`parser.negative_lists`)
NEGATIVE_LIST = re.compile(r"不予(?:支持|受理|立项)|负面清单")
_ITEM = re.compile(r"^(?P<lead>\s*(?:[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]"
                   r"|\d{1,2}\s*[.．、]|[①-⑳])\s*)(?P<said>\S.*)$")
# what each wording turns round into (in this order: 不是由 before 不是)
_TURNED = {"非企业牵头": "须由企业牵头", "不是由": "须由", "不是": "须为",
           "未取得": "须取得", "未获得": "须获得", "未通过": "须通过", "未建有": "须建有",
           "低于": "不低于", "少于": "不少于", "不足": "不少于", "超过": "不超过",
           "高于": "不高于"}
# what a term of the guideline speaks of: an amount or ratio, who leads, what the firm must be
# (有逾期未验收的…项目的: a veto that turns round into no term, left as it is)
_TERM_LIKE = re.compile(r"\d|牵头|自筹|高新技术企业|科技型中小企业|规模以上|规上|平台|研究中心"
                        r"|实验室|入库")
_TURNABLE = re.compile("|".join(map(re.escape, _TURNED)))
_ASIDE = re.compile(r"(?P<said>.*?)(?P<aside>[(（][^()（）]*[)）])?\s*[；;。.]?\s*$")


def turned_round(condition: str) -> str | None:
    """A veto's condition turned round into the rule it implies (申报单位…低于300万元 → 申报单位…
    不低于300万元; …不是由企业牵头申报，或… → 须由企业牵头申报；…), or None when it says nothing
    the turning knows. Also what `parser.negative_lists` turns its refused items with."""
    if not _TURNABLE.search(condition) or not _TERM_LIKE.search(condition):
        return None
    turned = []
    for clause in re.split(r"[，,]\s*或(?:者)?|或者", condition):
        # (the first wording a clause has is its condition: 未 in 未取得, 低于 in 研发费用低于)
        hit = _TURNABLE.search(clause)
        if hit is None or not _TERM_LIKE.search(clause):
            turned.append(clause)
            continue
        if hit[0] in ("低于", "少于", "超过", "高于") and clause[max(0, hit.start() - 1)] == "不":
            return None  # (不低于: a rule already, no veto to turn round)
        new = _TURNED[hit[0]]
        turned.append((clause[:hit.start()] + new + clause[hit.end():]).removesuffix("的"))
    return "；".join(turned)


def _turned(said: str) -> str | None:
    """An item of a veto list (…的；, an aside after it) turned round, as a sentence."""
    found = _ASIDE.match(said)
    core = found["said"].strip() if found is not None else ""
    if not core.endswith("的"):
        return None
    rule = turned_round(core[:-1])
    return rule + "。" if rule is not None else None


def as_read(raw_lines: list[str]) -> list[str]:
    """The veto lists as requirements (see the module's note)."""
    out = list(raw_lines)
    listing = False
    for at, raw in enumerate(raw_lines):
        label = _LABEL.match(raw)
        if label is not None:
            rest = label["rest"]
            turned = _turned(rest) if rest else None
            out[at] = f"{label['indent']}申报要求：{turned or rest}"
            listing = True
            continue
        if _INTRO.search(raw):
            # (under 二、不予支持的项目 or 四、申报负面清单: `parser.negative_lists` reads those, by
            # the headings its items name)
            above = next((line for line in reversed(raw_lines[:at]) if line.strip()), "")
            listing = NEGATIVE_LIST.search(above) is None
            continue
        item = _ITEM.match(raw) if listing else None
        if item is None:
            listing = listing and not raw.strip()  # (an empty line between items keeps on)
            continue
        turned = _turned(item["said"])
        if turned is not None:
            out[at] = item["lead"] + turned
    return out
