package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/reader"
)

// openTest opens a fresh database in a temporary directory and closes it
// when the test ends.
func openTest(t testing.TB) *SQLite {
	t.Helper()
	return openAt(t, filepath.Join(t.TempDir(), "test.db"))
}

// openAt opens the database at path and closes it when the test ends.
func openAt(t testing.TB, path string) *SQLite {
	t.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

// newArticle builds an article by hand: a title block, then one paragraph
// block per paragraph, separated by blank lines.
func newArticle(title, url string, date time.Time, paras ...string) *reader.Article {
	a := &reader.Article{Title: title, URL: url, Date: date, Source: "Test News", Format: reader.FormatText}
	var b strings.Builder
	b.WriteString(title)
	a.Blocks = append(a.Blocks, reader.Block{Kind: reader.BlockTitle, Span: reader.Span{Start: 0, End: len(title)}})
	for _, p := range paras {
		b.WriteString("\n\n")
		start := b.Len()
		b.WriteString(p)
		a.Blocks = append(a.Blocks, reader.Block{Kind: reader.BlockParagraph, Span: reader.Span{Start: start, End: b.Len()}})
	}
	a.Body = b.String()
	return a
}

// said is a quote for newAnalysis: text (found in the body) by speaker.
type said struct {
	speaker string
	text    string
	kind    reader.QuoteKind
}

// newAnalysis builds an analysis of a by hand: each quote's span is where
// its text first stands in the body; speakers are made from the names used,
// with aliases given as "Name=Alias1|Alias2" in aliases.
func newAnalysis(t testing.TB, a *reader.Article, quotes []said, aliases ...string) *reader.Analysis {
	t.Helper()
	an := &reader.Analysis{Version: reader.AnalyzerVersion}
	index := map[string]int{}
	for _, q := range quotes {
		at := strings.Index(a.Body, q.text)
		if at < 0 {
			t.Fatalf("quote %q not in body", q.text)
		}
		sp := -1
		if q.speaker != "" {
			i, ok := index[q.speaker]
			if !ok {
				i = len(an.Speakers)
				index[q.speaker] = i
				an.Speakers = append(an.Speakers, reader.Speaker{Name: q.speaker, Kind: reader.Person})
			}
			an.Speakers[i].Quotes++
			sp = i
		}
		an.Quotes = append(an.Quotes, reader.Quote{
			Span: reader.Span{Start: at, End: at + len(q.text)}, Kind: q.kind, Speaker: sp,
		})
	}
	for _, al := range aliases {
		name, list, _ := strings.Cut(al, "=")
		if i, ok := index[name]; ok {
			an.Speakers[i].Aliases = strings.Split(list, "|")
		}
	}
	return an
}

// mustPut stores an article and fails the test on error.
func mustPut(t testing.TB, s *SQLite, a *reader.Article, an *reader.Analysis) int64 {
	t.Helper()
	id, created, err := s.Put(context.Background(), a, an)
	if err != nil {
		t.Fatalf("Put(%q): %v", a.Title, err)
	}
	if !created {
		t.Fatalf("Put(%q): created = false, want true", a.Title)
	}
	return id
}

// day returns midnight UTC of the given day of March 2025.
func day(d int) time.Time { return time.Date(2025, time.March, d, 0, 0, 0, 0, time.UTC) }

// queryPlan returns the detail column of SQLite's EXPLAIN QUERY PLAN for
// query with args, one step a string.
func queryPlan(t testing.TB, s *SQLite, query string, args ...any) []string {
	t.Helper()
	rows, err := s.db.QueryContext(context.Background(), `EXPLAIN QUERY PLAN `+query, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, notused int
		var detail string
		if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return plan
}
