package storetest

import (
	"context"
	"testing"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
)

// testQuoteCount checks that a summary counts an article's quotes that
// are speech, whichever way the analysis was written (Put, SetAnalysis,
// and Update where the store has it): a stance is not a quote.
func testQuoteCount(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := Article("Budget vote delayed", "https://example.com/count", day(4),
		`"We need more time," said Jane Roe.`, `Bob Jones rejected "any delay at all".`)
	an := Analysis(t, a, []Said{{"Jane Roe", "We need more time"}, {"Bob Jones", "any delay at all"}})
	an.Quotes[1].Kind = reader.Stance
	quotes := func(how string) {
		t.Helper()
		sums, err := s.List(ctx, store.ListOptions{Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		if len(sums) != 1 || sums[0].Quotes != 1 {
			t.Errorf("after %s: summaries %+v, want one article of 1 quote (the stance not counted)", how, sums)
		}
	}
	id := put(t, s, a, an)
	quotes("Put")
	if err := s.SetAnalysis(ctx, id, an); err != nil {
		t.Fatal(err)
	}
	quotes("SetAnalysis")
	if up, ok := s.(interface {
		Update(context.Context, int64, store.Item) error
	}); ok {
		if err := up.Update(ctx, id, store.Item{Article: a, Analysis: an}); err != nil {
			t.Fatal(err)
		}
		quotes("Update")
	}
}
