package importer

import (
	"strings"
	"testing"

	"github.com/byline/byline/reader"
)

// TestLongTextAnalysedInPart: an 8 MB page of quotes kept 243 MB live in
// its analysis; past MaxAnalysed bytes the text is stored whole but
// analysed up to a sentence end before the limit, and the note says so.
func TestLongTextAnalysedInPart(t *testing.T) {
	para := strings.Repeat("\"Point one is right,\" said John Smith. Sales rose 4.5% in 2023. ", 50)
	var body strings.Builder
	body.WriteString("Long text\n\n")
	for body.Len() < MaxAnalysed+(1<<20) {
		body.WriteString(para + "\n\n")
	}
	body.WriteString("Prices fell 97.25% in the end.\n")
	a, err := reader.Parse([]byte(body.String()), "long.txt")
	if err != nil {
		t.Fatal(err)
	}
	an, err := analyze(a)
	if err != nil {
		t.Fatal(err)
	}
	if len(an.Figures) == 0 || len(an.Quotes) == 0 {
		t.Fatalf("%d figures, %d quotes", len(an.Figures), len(an.Quotes))
	}
	for _, f := range an.Figures {
		if f.End > MaxAnalysed || f.Value == 97.25 {
			t.Fatalf("figure %+v past the analysed part", f)
		}
	}
	for _, q := range an.Quotes {
		if q.End > MaxAnalysed {
			t.Fatalf("quote %+v past the analysed part", q)
		}
	}
	note := analysisNote(a, an)
	if !strings.Contains(note, "analysed the first 2047 KB of") || !strings.Contains(note, "kept the first 2000 of") {
		t.Errorf("note %q", note)
	}
	if len(a.Body) != body.Len()-len("\n") && len(a.Body) < MaxAnalysed+(1<<20) {
		t.Errorf("the article's text was cut to %d bytes", len(a.Body))
	}
	// A text under the limit is analysed whole, as before.
	short, _ := reader.Parse([]byte("Short\n\nPrices fell 97.25% in the end.\n"), "s.txt")
	an, _ = analyze(short)
	if len(an.Figures) != 1 || analysisNote(short, an) != "" {
		t.Errorf("short text: %+v, note %q", an.Figures, analysisNote(short, an))
	}
}
