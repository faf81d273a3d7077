from hypothesis import given, strategies as st

from storyline.report.names import span_anchor
from storyline.report.spans import Mark, Token, marked

TEXT = "Kerry said: \"We will act. Soon.\" Ministers agreed."


def _html(tokens: list[Token]) -> str:
    """A compact rendering for assertions: [id|text] for elements, (…) for cut parts."""
    out = []
    for t in tokens:
        if t.kind == "text":
            out.append(t.text)
        elif t.kind == "open":
            out.append(f"[{t.anchor}|" if t.primary else f"({t.anchor}|")
        else:
            out.append("]")
    return "".join(out)


def _mark(sub: str, role: str = "summary") -> Mark:
    start = TEXT.index(sub)
    return Mark(start, start + len(sub), role, role)


def test_no_marks_is_the_text():
    assert _html(marked(TEXT, [])) == TEXT
    assert marked("", []) == []


def test_nested_marks_nest():
    outer, inner = _mark("Kerry said: \"We will act. Soon.\""), _mark("We will act.", "quote")
    html = _html(marked(TEXT, [inner, outer]))
    assert html == ("[s0-32|Kerry said: \"[s13-25|We will act.] Soon.\"] Ministers agreed.")


def test_same_span_cited_twice_is_one_element_with_both_roles():
    tokens = marked(TEXT, [_mark("We will act."), _mark("We will act.", "timeline"),
                           _mark("We will act.", "quote")])
    opened = [t for t in tokens if t.kind == "open"]
    assert len(opened) == 1 and opened[0].roles == "summary timeline quote"
    assert opened[0].label == "summary; timeline; quote"


def test_crossing_marks_are_cut_and_continued_without_a_second_id():
    first, crossing = _mark("Kerry said: \"We will act."), _mark("act. Soon.\" Ministers")
    html = _html(marked(TEXT, [first, crossing]))
    assert html == ("[s0-25|Kerry said: \"We will [s21-42|act.]](s21-42| Soon.\" Ministers] "
                    "agreed.")


def test_marks_outside_the_text_are_clamped_but_keep_their_anchor():
    tokens = marked("short", [Mark(3, 99, "quote", "q"), Mark(50, 60, "summary", "s")])
    assert _html(tokens) == "sho[s3-99|rt][s50-60|]"


def test_empty_marks_still_give_an_anchor():
    assert _html(marked("abc", [Mark(1, 1, "quote", "q")])) == "a[s1-1|]bc"


@st.composite
def text_and_marks(draw):
    text = draw(st.text(max_size=30))
    marks = []
    for _ in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, len(text) + 2))
        end = draw(st.integers(start, len(text) + 3))
        marks.append(Mark(start, end, draw(st.sampled_from(("summary", "quote"))), "x"))
    return text, marks


@given(text_and_marks())
def test_marking_keeps_the_text_balances_elements_and_gives_each_span_one_id(case):
    text, marks = case
    tokens = marked(text, marks)
    assert "".join(t.text for t in tokens if t.kind == "text") == text
    depth = 0
    for t in tokens:
        depth += {"open": 1, "close": -1, "text": 0}[t.kind]
        assert depth >= 0
    assert depth == 0
    primaries = [t.anchor for t in tokens if t.kind == "open" and t.primary]
    assert sorted(primaries) == sorted({span_anchor(m.start, m.end) for m in marks})
