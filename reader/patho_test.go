package reader

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// bigTable is an HTML page that is one table of size bytes: numeric
// cells, as a data dump exported to HTML.
func bigTable(size, cols int) []byte {
	var b strings.Builder
	b.WriteString("<html><head><title>Table</title></head><body><table>")
	for i := 0; b.Len() < size; i++ {
		if cols == 0 { // the importer benchmark's row: figures and quotes
			fmt.Fprintf(&b, "<tr><td>Row %d</td><td>%d,%03d</td><td>£%d.%dm</td><td>Mr Smith said \"yes %d\"</td></tr>", i, i, i%1000, i%97, i%10, i)
			continue
		}
		fmt.Fprintf(&b, "<tr><td>Row %d</td>", i)
		for c := 1; c < cols; c++ {
			fmt.Fprintf(&b, "<td>%d.%d</td>", (i*7+c)%1000, c)
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</table></body></html>")
	return []byte(b.String())
}

// BenchmarkPathoTable parses and analyses one big HTML table
// (BYLINE_PATHO_KB, 512 by default), parse and analysis timed apart.
func BenchmarkPathoTable(b *testing.B) {
	kb := 512
	if v, err := strconv.Atoi(os.Getenv("BYLINE_PATHO_KB")); err == nil && v > 0 {
		kb = v
	}
	cols := 0
	if v, err := strconv.Atoi(os.Getenv("BYLINE_PATHO_COLS")); err == nil && v >= 0 {
		cols = v
	}
	raw := bigTable(kb<<10, cols)
	for b.Loop() {
		t0 := time.Now()
		a, err := ParseHTML(raw, "https://example.com/t")
		if err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		Analyze(a)
		b.ReportMetric(t1.Sub(t0).Seconds(), "parse-s")
		b.ReportMetric(time.Since(t1).Seconds(), "analyze-s")
	}
}

// denseQuotes is a text of size bytes that is all short quotes, from
// 500 speakers.
func denseQuotes(size int) []byte {
	var b strings.Builder
	b.WriteString("Dense quotes\n\n")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "\"Point %d is right,\" said Speaker%d Name. ", i, i%500)
	}
	return []byte(b.String())
}

// BenchmarkPathoQuotes analyses a quote-dense text (BYLINE_PATHO_KB).
func BenchmarkPathoQuotes(b *testing.B) {
	kb := 512
	if v, err := strconv.Atoi(os.Getenv("BYLINE_PATHO_KB")); err == nil && v > 0 {
		kb = v
	}
	a, err := Parse(denseQuotes(kb<<10), "q.txt")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		Analyze(a)
	}
}

// TestHugeDocNotPooled: a pathological article's doc went back to
// docPool, keeping hundreds of MB of arrays alive through the figure
// search and after; only ordinary docs are pooled now.
func TestHugeDocNotPooled(t *testing.T) {
	a, err := Parse(denseQuotes(1<<20), "q.txt")
	if err != nil {
		t.Fatal(err)
	}
	if an := Analyze(a); len(an.Quotes) < 1000 {
		t.Fatalf("%d quotes", len(an.Quotes))
	}
	if d := docPool.Get().(*doc); cap(d.toks) > maxPooledTokens {
		t.Errorf("the pool keeps a doc of %d tokens", cap(d.toks))
	}
}
