package ui

import (
	"testing"

	"github.com/byline/byline/reader"
)

// TestStanceRows: stances are kept out of the Quotes pane until t shows
// them, dim and marked ◇; a quote of low confidence is dim too.
func TestStanceRows(t *testing.T) {
	body := "Anna Berg said the bridge would reopen. Tom Reed wants a new bridge."
	an := &reader.Analysis{
		Speakers: []reader.Speaker{{Name: "Anna Berg"}, {Name: "Tom Reed"}},
		Quotes: []reader.Quote{
			{Span: reader.Span{Start: 15, End: 38}, Kind: reader.Indirect, Speaker: 0, Confidence: 0.9},
			{Span: reader.Span{Start: 54, End: 68}, Kind: reader.Stance, Speaker: 1, Confidence: 0.9},
			{Span: reader.Span{Start: 0, End: 9}, Kind: reader.Direct, Speaker: 0, Confidence: 0.2},
		},
	}
	hidden := quoteRows(body, an, false)
	if len(hidden) != 2 || hidden[0].idx != 0 || hidden[1].idx != 2 {
		t.Fatalf("rows without stances: %+v", hidden)
	}
	if hidden[0].faint || !hidden[1].faint {
		t.Errorf("faint: sure reported speech %v, unsure quote %v", hidden[0].faint, hidden[1].faint)
	}
	shown := quoteRows(body, an, true)
	if len(shown) != 3 || shown[1].lead != "◇" || !shown[1].faint {
		t.Fatalf("rows with stances: %+v", shown)
	}

	m, _ := openSample(t, 120, 40)
	before := m.reader.panes[focusQuotes].Total()
	press(m, "t")
	if !m.reader.showStances {
		t.Fatal("t did not show stances")
	}
	st := m.reader.article.stored
	var stances int
	for _, q := range st.Analysis.Quotes {
		if q.Kind == reader.Stance {
			stances++
		}
	}
	if got := m.reader.panes[focusQuotes].Total(); got != before+stances {
		t.Errorf("with stances the pane lists %d rows, want %d + %d", got, before, stances)
	}
	press(m, "t")
	if got := m.reader.panes[focusQuotes].Total(); got != before {
		t.Errorf("stances hidden again: %d rows, want %d", got, before)
	}
}
