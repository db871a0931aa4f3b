package ui

import (
	"strings"
	"testing"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/reader/figures"
)

// figureArticle is a constructed article whose headline figure is
// repeated in the body.
func figureArticle() (*reader.Article, *reader.Analysis) {
	body := "Acme profits rise 76%\n\nIn 1998 Acme had 12 shops. Profits rose 76% in the quarter to $1.1bn."
	a := &reader.Article{Title: "Acme profits rise 76%", Body: body, Blocks: []reader.Block{
		{Kind: reader.BlockTitle, Span: reader.Span{End: 21}},
		{Kind: reader.BlockParagraph, Span: reader.Span{Start: 23, End: len(body)}},
	}}
	return a, reader.Analyze(a)
}

func TestFigureRowsRankedAndMerged(t *testing.T) {
	a, an := figureArticle()
	rows := figureRows(a, an, false)
	if len(rows) == 0 || !strings.Contains(rows[0].lead, "76%") || len(rows[0].alt) != 1 {
		t.Fatalf("first row %+v, want the headline's 76%% with its second mention", rows)
	}
	if !strings.HasPrefix(rows[0].lead, "▲") || rows[0].text == "" || !strings.HasPrefix(rows[0].sel, "= 76 %") {
		t.Errorf("row %+v: want ▲, what it measures and the normalised value", rows[0])
	}
	byText := figureRows(a, an, true)
	if len(byText) != len(rows) {
		t.Fatalf("%d rows in text order, %d ranked", len(byText), len(rows))
	}
	for i := 1; i < len(byText); i++ {
		if byText[i].idx < byText[i-1].idx {
			t.Errorf("text order: row %d (figure %d) before figure %d", i, byText[i-1].idx, byText[i].idx)
		}
	}
	if last := rows[len(rows)-1]; an.Figures[last.idx].Kind != reader.Date {
		t.Errorf("last ranked row %+v, want the year", last)
	}
}

func TestFigureValueAndMarks(t *testing.T) {
	f := reader.Figure{Kind: reader.Money, Value: 1.13e9, HasValue: true, Unit: "USD"}
	if got := figureValue(f); got != "= 1,130,000,000 USD" {
		t.Errorf("figureValue = %q", got)
	}
	f = reader.Figure{Kind: reader.Duration, Value: 40, ValueTo: 45, HasValue: true, Unit: "minute"}
	if got := figureValue(f); got != "= 40–45 minute" {
		t.Errorf("figureValue = %q", got)
	}
	if got := figureValue(reader.Figure{Kind: reader.Date}); got != "date" {
		t.Errorf("figureValue of a date = %q", got)
	}
	for c, want := range map[figures.Change]string{figures.Up: "▲", figures.Down: "▼", figures.More: ">", "": ""} {
		if got := changeMark(c); got != want {
			t.Errorf("changeMark(%q) = %q, want %q", c, got, want)
		}
	}
}

func TestFigureOrderKey(t *testing.T) {
	m, _ := openSample(t, 120, 40)
	p := &m.reader.panes[focusFigures]
	ranked := make([]int, 0, p.Total())
	for _, r := range p.rows {
		ranked = append(ranked, r.idx)
	}
	press(m, "3", "O")
	if !m.reader.figTextOrder {
		t.Fatal("o did not switch to text order")
	}
	for i := 1; i < len(p.rows); i++ {
		if p.rows[i].idx < p.rows[i-1].idx {
			t.Errorf("text order rows %v", p.rows)
		}
	}
	press(m, "O")
	for i, r := range p.rows {
		if r.idx != ranked[i] {
			t.Errorf("after o o: row %d is figure %d, want %d", i, r.idx, ranked[i])
		}
	}
}
