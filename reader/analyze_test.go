package reader

import (
	"encoding/json"
	"flag"
	"github.com/charmbracelet/x/exp/golden"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// updateGolden reports whether the tests run with -update (the flag the
// golden package registers; TestAnalysisDigest reads it too).
func updateGolden() bool {
	f := flag.Lookup("update")
	if f == nil {
		return false
	}
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return false
	}
	v, _ := g.Get().(bool)
	return v
}

// TestAnalysisGolden compares the full analysis of the sample articles in
// testdata with testdata/TestAnalysisGolden/NAME.golden (x/exp/golden);
// run with -update to rewrite them.
func TestAnalysisGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no sample articles: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(raw, file)
			if err != nil {
				t.Fatal(err)
			}
			out, err := json.MarshalIndent(NewReport(filepath.Base(file), a, Analyze(a)), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, '\n')
			// testdata/TestAnalysisGolden/NAME.golden; -update rewrites it.
			golden.RequireEqual(t, out)
		})
	}
}

// TestSampleQuotes checks the sample article against what a reader finds
// in it: every quotation with its speaker, and the reported speech.
func TestSampleQuotes(t *testing.T) {
	a, err := Parse(readSample(t), "sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	an := Analyze(a)
	equalLines(t, quotesOf(a, an, Direct), []string{
		"Volodymyr Zelensky: positive",
		"Donald Trump: very good",
		"Donald Trump: in terms of their requests and needs",
		"Volodymyr Zelensky: positive",
		"Volodymyr Zelensky: frank",
		"Volodymyr Zelensky: very substantive",
		"Volodymyr Zelensky: We believe that together with America, with President Trump, and under American leadership, lasting peace can be achieved this year,",
		"Donald Trump: Much of the discussion was based on the call made yesterday with President Putin in order to align both Russia and Ukraine in terms of their requests and needs,",
		"Marco Rubio: agreed to share information closely between their defence staffs as the battlefield situation evolved",
		"Marco Rubio: best protection",
		"Volodymyr Zelensky: one of the largest",
		"Volodymyr Zelensky: severely wounded",
	})
	want := []string{
		"Donald Trump: Wednesday's call with Zelensky lasted about an hour",
		"Marco Rubio: that Trump had agreed to help Ukraine source additional air defence systems",
		"Marco Rubio: Technical teams would meet in Saudi Arabia",
		"Vladimir Putin: a full ceasefire would only work if",
		"Volodymyr Zelensky: the Russian strikes demonstrated that Putin had effectively rejected",
		"Officials in the southern Russian region of Krasnodar: that a Ukrainian drone attack sparked a small fire",
		"Kyiv: hospitals had been targeted",
	}
	got := quotesOf(a, an, Indirect)
	for _, w := range want {
		found := false
		for _, g := range got {
			if strings.HasPrefix(g, w) {
				found = true
			}
		}
		if !found {
			t.Errorf("missing reported speech %q in\n  %s", w, strings.Join(got, "\n  "))
		}
	}
}

// checkOffsets fails unless every span of the analysis lies inside the
// body, on rune boundaries.
func checkOffsets(tb testing.TB, body string, an *Analysis) {
	tb.Helper()
	ok := func(what string, s Span, zeroOK bool) {
		if zeroOK && s == (Span{}) {
			return
		}
		if s.Start < 0 || s.End > len(body) || s.Start > s.End {
			tb.Fatalf("%s span %v outside body of %d bytes", what, s, len(body))
		}
		if (s.Start < len(body) && !utf8.RuneStart(body[s.Start])) || (s.End < len(body) && !utf8.RuneStart(body[s.End])) {
			tb.Fatalf("%s span %v not on rune boundaries", what, s)
		}
	}
	for _, q := range an.Quotes {
		ok("quote", q.Span, false)
		ok("mention", q.Mention, true)
		ok("cue", q.Cue, true)
		ok("gap", q.Gap, true)
		if q.Gap != (Span{}) && (q.Gap.Start <= q.Start || q.Gap.End >= q.End) {
			tb.Fatalf("quote %v has its gap %v outside it", q.Span, q.Gap)
		}
		if q.Speaker < -1 || q.Speaker >= len(an.Speakers) {
			tb.Fatalf("quote speaker %d out of range", q.Speaker)
		}
	}
	for _, e := range an.Entities {
		for _, m := range e.Mentions {
			ok("entity "+e.Name, m, false)
		}
	}
	for _, f := range an.Figures {
		ok("figure", f.Span, false)
		ok("figure sentence", f.Sentence, true)
	}
}

func TestSampleOffsets(t *testing.T) {
	a, err := Parse(readSample(t), "sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	checkOffsets(t, a.Body, Analyze(a))
}
