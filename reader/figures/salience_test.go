package figures

import (
	"strings"
	"testing"
)

// rankTexts ranks the figures of body, with the first line as headline
// and the first paragraph as lead, and returns each group's mentions as
// text.
func rankTexts(body string, quotes ...string) [][]string {
	title := Span{0, strings.IndexByte(body, '\n')}
	lead := strings.Index(body, "\n\n")
	figs := Find(body, []Span{{0, len(body)}})
	ctx := Context{Body: body, Title: title, Lead: lead}
	for _, q := range quotes {
		i := strings.Index(body, q)
		ctx.Quotes = append(ctx.Quotes, Span{i, i + len(q)})
	}
	var out [][]string
	for _, g := range Rank(figs, ctx) {
		var ms []string
		for _, i := range g.Mentions {
			ms = append(ms, body[figs[i].Start:figs[i].End])
		}
		out = append(out, ms)
	}
	return out
}

func TestRankHeadlineAndRepeats(t *testing.T) {
	body := "Acme profits rise 76% to $1.1bn\n" +
		"Acme said profits rose 76% in the three months to December.\n\n" +
		"The firm was founded in 1998 and has 2,000 staff in 12 offices.\n\n" +
		"Its 2,000 staff will get a bonus."
	got := rankTexts(body)
	if len(got) == 0 || got[0][0] != "76%" || len(got[0]) != 2 {
		t.Fatalf("first group %q, want the headline's 76%% with its repeat", got)
	}
	for i, g := range got {
		if g[0] == "1998" && i < len(got)-1 {
			t.Errorf("the year ranks %d of %d, want last: %q", i+1, len(got), got)
		}
		if g[0] == "2,000 staff" && len(g) != 2 {
			t.Errorf("2,000 staff: %d mentions, want 2", len(g))
		}
	}
}

func TestRankMoneyOverCounts(t *testing.T) {
	body := "Council budget\nThe council met on Monday.\n\n" +
		"It has 12 members and a budget of £40m. There are 3 parks and 4 libraries."
	got := rankTexts(body)
	if len(got) < 2 || got[0][0] != "£40m" {
		t.Errorf("ranked %q, want £40m first", got)
	}
}

func TestRankQuotesAndNearMisses(t *testing.T) {
	body := "Town report\nA quiet week.\n\n" +
		"There were 40 visitors. \"We expect 40 visitors a day,\" she said. Then 41 visitors came."
	got := rankTexts(body, `"We expect 40 visitors a day,"`)
	// 40 visitors and 40 visitors a day are different figures (a rate);
	// 41 is not 40.
	n := 0
	for _, g := range got {
		n += len(g)
		if len(g) > 1 {
			t.Errorf("merged %q", g)
		}
	}
	if n != 3 || got[0][0] != "40 visitors a day" {
		t.Errorf("ranked %q, want the quoted figure first and three groups", got)
	}
}

func TestRankSameValueDifferentFigures(t *testing.T) {
	body := "Acme results\nAcme profits rose 76% in the quarter.\n\n" +
		"Acme sold its 8% stake in Beta Corp. Excluding one-off items, Acme profits rose 8%."
	for _, g := range rankTexts(body) {
		if len(g) > 1 {
			t.Errorf("merged %q: a stake and a rise of 8%% are two figures", g)
		}
	}
	if got := rankTexts(body); got[0][0] != "76%" {
		t.Errorf("ranked %q, want the lede's 76%% first", got)
	}
}
