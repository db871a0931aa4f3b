package article

import "testing"

func TestQuoteParts(t *testing.T) {
	body := `"It isn't reform," she said. "It's anti-reform."`
	gapStart := len(`"It isn't reform," `)
	gapEnd := len(`"It isn't reform," she said. `)
	q := Quote{Span: Span{Start: 0, End: len(body)}, Gap: Span{Start: gapStart, End: gapEnd}}
	if got := len(q.Parts()); got != 2 {
		t.Fatalf("parts %d, want 2", got)
	}
	if got, want := q.Words(body), `"It isn't reform, … It's anti-reform."`; got != want {
		t.Errorf("Words = %q, want %q", got, want)
	}
	q.Gap = Span{}
	if got := q.Parts(); len(got) != 1 || got[0] != q.Span {
		t.Errorf("no gap: parts %v", got)
	}
}

func TestQuoteLead(t *testing.T) {
	body := "Putin commented on the agreement late on Monday."
	cue := Span{Start: 6, End: 15} // "commented"
	q := Quote{Span: Span{Start: 19, End: len(body) - 1}, Kind: Indirect, Cue: cue}
	if got, want := q.Lead(body), "commented on"; got != want {
		t.Errorf("Lead = %q, want %q", got, want)
	}
	q.Kind = Direct
	if got := q.Lead(body); got != "" {
		t.Errorf("direct quote: Lead = %q, want none", got)
	}
}

func TestArticleMarkdown(t *testing.T) {
	body := "Title\nA heading\nName\nAge\nAnn\n42\n"
	a := &Article{Title: "Title", Source: "Wire", Body: body, Blocks: []Block{
		{Kind: BlockTitle, Span: Span{Start: 0, End: 5}},
		{Kind: BlockHeading, Span: Span{Start: 6, End: 15}, Level: 2},
		{Kind: BlockTableRow, Span: Span{Start: 16, End: 24}, Level: 1, Cells: []Span{{Start: 16, End: 20}, {Start: 21, End: 24}}},
		{Kind: BlockTableRow, Span: Span{Start: 25, End: 31}, Cells: []Span{{Start: 25, End: 28}, {Start: 29, End: 31}}},
	}}
	want := "# Title\n\n*Wire*\n\n## A heading\n\n| Name | Age |\n| --- | --- |\n| Ann | 42 |\n"
	if got := a.Markdown(); got != want {
		t.Errorf("Markdown:\n%s\nwant:\n%s", got, want)
	}
	if got, want := a.PlainText(), "Title\nWire\n\nA heading\n\nName | Age\nAnn | 42\n"; got != want {
		t.Errorf("PlainText:\n%q\nwant:\n%q", got, want)
	}
}

func TestRuleString(t *testing.T) {
	old := ruleNames
	defer func() { ruleNames = old }()
	RegisterRuleNames([]string{"none", "quote-marks"})
	if got := Rule(1).String(); got != "quote-marks" {
		t.Errorf("Rule(1) = %q", got)
	}
	if got := Rule(2).String(); got != "unknown" {
		t.Errorf("Rule(2) = %q, want unknown", got)
	}
}

func TestSpan(t *testing.T) {
	s := Span{Start: 2, End: 5}
	if s.Len() != 3 || !s.Contains(2) || s.Contains(5) || !s.Overlaps(Span{Start: 4, End: 9}) || s.Overlaps(Span{Start: 5, End: 9}) {
		t.Errorf("span %v: Len %d, Contains(2) %v, Contains(5) %v", s, s.Len(), s.Contains(2), s.Contains(5))
	}
}
