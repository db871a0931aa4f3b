package reader

import (
	"math"
	"os"
	"strings"
	"testing"
)

// wantFig is an expected figure: its text, kind, and (when not zero) its
// value and unit.
type wantFig struct {
	text string
	kind FigureKind
	val  float64
	unit string
}

func checkFigures(t *testing.T, body string, got []Figure, want []wantFig) {
	t.Helper()
	var texts []string
	for _, f := range got {
		texts = append(texts, f.Kind.String()+":"+body[f.Start:f.End])
	}
	if len(got) != len(want) {
		t.Fatalf("got %d figures %q, want %d", len(got), texts, len(want))
	}
	for i, w := range want {
		f := got[i]
		if text := body[f.Start:f.End]; text != w.text || f.Kind != w.kind {
			t.Errorf("figure %d: %s %q, want %s %q", i, f.Kind, text, w.kind, w.text)
			continue
		}
		if w.val != 0 && (!f.HasValue || math.Abs(f.Value-w.val) > 1e-9*math.Max(1, math.Abs(w.val))) {
			t.Errorf("%q: value %v (has %v), want %v", w.text, f.Value, f.HasValue, w.val)
		}
		if w.unit != "" && f.Unit != w.unit {
			t.Errorf("%q: unit %q, want %q", w.text, f.Unit, w.unit)
		}
	}
}

func TestFigureBlocks(t *testing.T) {
	body := "Title with 5 tonnes\nJane Doe, 2025\n\nA paragraph with 12 miles."
	a := &Article{Body: body, Blocks: []Block{
		{Kind: BlockTitle, Span: Span{Start: 0, End: 19}},
		{Kind: BlockByline, Span: Span{Start: 20, End: 34}},
		{Kind: BlockParagraph, Span: Span{Start: 36, End: len(body)}},
	}}
	checkFigures(t, body, findFigures(a), []wantFig{{"5 tonnes", Measure, 5, "t"}, {"12 miles", Measure, 12, "mi"}})
}

// figSample parses the BBC sample article.
func figSample(t testing.TB) *Article {
	t.Helper()
	a, _ := loadSample(t)
	return a
}

// TestFigureDateline checks that a dateline's date is a figure, and the
// byline's year is not.
func TestFigureDateline(t *testing.T) {
	body := "Flood waters recede\nJane Doe\nFriday, January 4, 2019\n\nWaters fell 2 metres."
	a := &Article{Body: body, Blocks: []Block{
		{Kind: BlockTitle, Span: Span{Start: 0, End: 19}},
		{Kind: BlockByline, Span: Span{Start: 20, End: 28}},
		{Kind: BlockDate, Span: Span{Start: 29, End: 52}},
		{Kind: BlockParagraph, Span: Span{Start: 54, End: len(body)}},
	}}
	checkFigures(t, body, findFigures(a), []wantFig{{"January 4, 2019", Date, 0, ""}, {"2 metres", Measure, 2, "m"}})
}

// TestFiguresSample checks the figures a reader of the sample article
// would list: the call's length, the ceasefire's, the dates and the
// prisoners; and none of "the two leaders", "Tuesday" or "first step".
func TestFiguresSample(t *testing.T) {
	a := figSample(t)
	got := findFigures(a)
	checkFigures(t, a.Body, got, []wantFig{
		{"hour-long", Duration, 1, "hour"},
		{"30-day", Duration, 30, "day"},
		{"about an hour", Duration, 1, "hour"},
		{"end of February", Date, 0, ""},
		{"11 March", Date, 0, ""},
		{"175 POWs", Count, 175, "POWs"},
		{`22 "severely wounded" soldiers`, Count, 22, "soldiers"},
	})
	for _, f := range got {
		s := a.Body[f.Sentence.Start:f.Sentence.End]
		if !strings.Contains(s, a.Body[f.Start:f.End]) || strings.Count(s, ". ") > 1 {
			t.Errorf("%q: sentence %q", a.Body[f.Start:f.End], s)
		}
	}
}

// TestFiguresWikinewsSample checks a bundled Wikinews article (CC BY 2.5,
// Wikinews contributors): the crowd, the referendum's dates and shares are
// figures; "Article 50" and the dateline are not.
func TestFiguresWikinewsSample(t *testing.T) {
	const name = "samples/articles/wikinews-2019-03-28-thousands-march-in-anti-brexit-protest-london.md"
	raw, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse(raw, name)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]FigureKind{}
	for _, f := range findFigures(a) {
		got[a.Body[f.Start:f.End]] = f.Kind
	}
	for text, kind := range map[string]FigureKind{
		"roughly one million people": Count,
		"thousands of people":        Count,
		"16 million people":          Count,
		"2016":                       Date,
		"1973":                       Date,
		"About 52%":                  Percent,
		"48%":                        Percent,
		"March 28, 2019":             Date, // the dateline
	} {
		if k, ok := got[text]; !ok || k != kind {
			t.Errorf("%q: got %v (found %v), want %v", text, k, ok, kind)
		}
	}
	for text := range got {
		if strings.Contains(text, "Article") || strings.Contains(text, "28") && text != "March 28, 2019" {
			t.Errorf("%q is not a key figure", text)
		}
	}
}

func BenchmarkFigures(b *testing.B) {
	a := figSample(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(a.Body)))
	for b.Loop() {
		findFigures(a)
	}
}

// BenchmarkFiguresLong runs over a 5,000-word article made of the sample's
// paragraphs repeated.
func BenchmarkFiguresLong(b *testing.B) {
	s := figSample(b)
	var sb strings.Builder
	for _, p := range s.Paragraphs() {
		sb.WriteString(s.Text(p))
		sb.WriteString("\n\n")
	}
	one := sb.String()
	text := strings.Repeat(one, 1+5000/len(strings.Fields(one)))
	a := &Article{Body: text}
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], "\n\n")
		if j < 0 {
			break
		}
		a.Blocks = append(a.Blocks, Block{Kind: BlockParagraph, Span: Span{Start: i, End: i + j}})
		i += j + 2
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		findFigures(a)
	}
}

// TestRankFiguresSample ranks the sample article's figures: the POWs
// exchanged and the ceasefire's length come before the dates.
func TestRankFiguresSample(t *testing.T) {
	a := figSample(t)
	an := Analyze(a)
	groups := RankFigures(a, an)
	seen := map[int]bool{}
	pos := map[string]int{}
	for gi, g := range groups {
		for _, i := range g.Mentions {
			if seen[i] {
				t.Fatalf("figure %d in two groups", i)
			}
			seen[i] = true
			pos[a.Body[an.Figures[i].Start:an.Figures[i].End]] = gi
		}
	}
	if len(seen) != len(an.Figures) {
		t.Fatalf("%d of %d figures ranked", len(seen), len(an.Figures))
	}
	if pos["175 POWs"] > pos["11 March"] || pos["30-day"] > pos["end of February"] {
		t.Errorf("ranks %v: counts and durations should come before dates", pos)
	}
	if RankFigures(nil, an) != nil || RankFigures(a, nil) != nil {
		t.Error("ranked figures without an article or analysis")
	}
}
