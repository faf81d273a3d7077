"""One spelling for copies of one story: British and American forms, acronym dots, common
transliteration and abbreviation swaps ("defence"/"defense", "U.S."/"US", "Gaddafi"/"Gadhafi",
"per cent"/"%"). Applied the same way to both sides of a comparison, so a form only has to map
consistently, not to the "right" spelling.
"""
from __future__ import annotations

import re

from .remembered import Remembered
from .tokens import words

# British stem -> American stem; a word starting with the stem takes the other stem, so one entry
# covers its inflections ("organis" covers organise, organised, organisation, organiser).
_STEMS = {
    # -our / -or
    **{b: b.replace("our", "or") for b in (
        "colour", "favour", "honour", "labour", "neighbour", "behaviour", "harbour", "rumour",
        "humour", "vapour", "armour", "endeavour", "flavour", "savour", "valour", "vigour",
        "rigour", "splendour", "parlour", "saviour", "clamour", "odour", "tumour")},
    # -ise / -ize (and -isation)
    **{b: b[:-1] + "z" for b in (
        "organis", "recognis", "realis", "apologis", "authoris", "criticis", "emphasis",
        "finalis", "centralis", "legalis", "mobilis", "modernis", "normalis", "privatis",
        "specialis", "stabilis", "subsidis", "summaris", "symbolis", "utilis", "visualis",
        "characteris", "civilis", "colonis", "democratis", "globalis", "hospitalis",
        "industrialis", "maximis", "minimis", "neutralis", "optimis", "polaris", "prioritis",
        "publicis", "rationalis", "standardis", "sympathis", "terroris", "capitalis",
        "categoris", "harmonis", "jeopardis", "patronis", "penalis", "politicis",
        "revolutionis", "scrutinis", "vandalis", "liberalis", "agonis", "sanitis", "militaris",
        "nationalis", "radicalis", "marginalis", "criminalis", "destabilis", "immunis",
        "hospitalis", "memoris", "monopolis", "mesmeris", "fertilis", "familiaris", "energis",
        "epitomis", "galvanis", "idealis", "italicis", "legitimis", "localis", "moisturis",
        "moralis", "neutralis", "ostracis", "pasteuris", "personalis", "popularis", "pressuris",
        "sensitis", "socialis", "strategis", "synchronis", "tantalis", "theoris", "traumatis",
        "unionis", "urbanis", "vaporis", "westernis", "womanis", "dramatis", "digitis")},
    # -yse / -yze
    "analys": "analyz", "paralys": "paralyz", "catalys": "catalyz",
    # -re / -er
    **{b: b[:-2] + "er" for b in (
        "centre", "metre", "theatre", "litre", "fibre", "calibre", "sombre", "spectre",
        "meagre", "lustre", "sabre", "kilometre", "centimetre", "millimetre")},
    # -ence / -ense
    "defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
    # doubled l
    **{b: b[:-1] for b in (
        "travell", "cancell", "labell", "modell", "fuell", "refuell", "counsell", "signall",
        "totall", "levell", "channell", "tunnell", "marshall", "rivall", "diall", "equall",
        "duell", "jewell", "quarrell", "shovell", "snorkell", "tranquill", "woollen")},
    # single words
    "programme": "program", "grey": "gray", "tyre": "tire", "manoeuvr": "maneuver",
    "aluminium": "aluminum", "sceptic": "skeptic", "judgement": "judgment", "ageing": "aging",
    "towards": "toward", "amongst": "among", "whilst": "while", "learnt": "learned",
    "spelt": "spelled", "catalogue": "catalog", "dialogue": "dialog", "analogue": "analog",
    "enrol": "enroll", "fulfil": "fulfill", "instalment": "installment", "mould": "mold",
    "plough": "plow", "storey": "story", "cheque": "check", "kerb": "curb", "draught": "draft",
    "pyjama": "pajama", "moustache": "mustache", "oestrogen": "estrogen", "paediatric":
    "pediatric", "anaemi": "anemi", "haemorrhag": "hemorrhag", "diarrhoea": "diarrhea",
    "foetus": "fetus", "leukaemia": "leukemia", "orthopaedic": "orthopedic", "gaol": "jail",
    # transliterations and name variants
    "gadhafi": "gaddafi", "qaddafi": "gaddafi", "qadhafi": "gaddafi", "kadhafi": "gaddafi",
    "moammar": "muammar", "muamar": "muammar", "qaida": "qaeda", "alqaida": "alqaeda",
    "isil": "is", "isis": "is", "daesh": "is", "mubarek": "mubarak",
}
_STEM_PATTERN = re.compile(r"^(" + "|".join(sorted(map(re.escape, _STEMS), key=len,
                                                     reverse=True)) + ")")
# Each pattern starts with a literal character, so that re finds candidates by a fast scan; a
# pattern starting with \b tries every position and took ~50 us on an average article.
_ACRONYM_HINT = re.compile(r"\.[A-Za-z]\.")
_ACRONYM = re.compile(r"\b((?:[A-Za-z]\.){2,})")
_PREFIX_HYPHEN = re.compile(r"-(?:(?<=\bco-)|(?<=\bre-)|(?<=\bpre-)|(?<=\bnon-)|(?<=\banti-)"
                            r"|(?<=\bmulti-))(?=[a-z])", re.IGNORECASE)
# The Arabic article: "al-Assad" and "Assad", "al Qaeda" and "al-Qaida" are the same names.
_ARTICLE = re.compile(r"(?:-(?<=\b[aAeE][lL]-)|-(?<=\b[aA][dDrRnN]-)|-(?<=\b[aA][sS][hH]-)"
                      r"| (?<=\b[aAeE][lL] ))(?=[A-Z])")
_PER_CENT = re.compile(r"\bper\s+cent\b", re.IGNORECASE)


def normalize_word(word: str) -> str:
    """The shared spelling of one lower-case word."""
    match = _STEM_PATTERN.match(word)
    return _STEMS[match.group(1)] + word[match.end():] if match else word


_SPELLINGS = Remembered(normalize_word, limit=1 << 19)


def normalized_words(text: str) -> list[str]:
    """Words of `text` with spelling differences between copies removed."""
    return spelling(text)[0]


def spelling(text: str) -> tuple[list[str], frozenset[str]]:
    """(the normalized words of `text`, the written forms the normalisation changed): two copies
    with the same normalized words are written alike when they also changed the same forms."""
    changed = set()
    if _ACRONYM_HINT.search(text):
        changed.update(_ACRONYM.findall(text))
        text = _ACRONYM.sub(lambda m: m.group(1).replace(".", ""), text)
    text, count = _PREFIX_HYPHEN.subn("", text)
    if count:
        changed.add("-")
    if "%" in text:
        text = text.replace("%", " percent ")
        changed.add("%")
    if " cent" in text.lower():
        text, count = _PER_CENT.subn("percent", text)
        if count:
            changed.add("per cent")
    text = _without_articles(text, changed)
    written = words(text)
    normal = list(map(_SPELLINGS.__getitem__, written))
    changed.update(w for w, n in zip(written, normal) if w != n)
    return normal, frozenset(changed)


def _without_articles(text: str, changed: set[str]) -> str:
    pieces, end = [], 0
    for match in _ARTICLE.finditer(text):
        start = match.start()
        while start and text[start - 1].isalpha():
            start -= 1
        pieces.append(text[end:start])
        changed.add(text[start:match.end()])
        end = match.end()
    return "".join(pieces) + text[end:] if pieces else text
