package store

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/reader/samples"
)

// TestMarshalAnalysisMatchesJSON: marshalAnalysis writes what json.Marshal
// writes, for the analyses of the bundled articles and for random ones
// with every field set and awkward strings and numbers.
func TestMarshalAnalysisMatchesJSON(t *testing.T) {
	check := func(name string, an *reader.Analysis) {
		t.Helper()
		want, werr := json.Marshal(an)
		got, gerr := marshalAnalysis(an)
		if (werr != nil) != (gerr != nil) || werr != nil && werr.Error() != gerr.Error() {
			t.Fatalf("%s: error %v, json.Marshal's %v", name, gerr, werr)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("%s:\n got %s\nwant %s", name, got, want)
		}
	}
	files, err := samples.Files()
	if err != nil || len(files) == 0 {
		t.Fatalf("bundled articles: %v", err)
	}
	for _, f := range files {
		a, err := reader.Parse(f.Data, f.Name)
		if err != nil {
			t.Fatal(err)
		}
		check(f.Name, reader.Analyze(a))
	}
	check("nil", nil)
	check("empty", &reader.Analysis{})
	check("empty slices", &reader.Analysis{Quotes: []reader.Quote{}, Speakers: []reader.Speaker{{Aliases: []string{}}},
		Entities: []reader.Entity{{Mentions: []reader.Span{}}}, Figures: []reader.Figure{}})
	r := rand.New(rand.NewPCG(3, 5))
	for i := range 500 {
		check("random", randomAnalysis(r, i))
	}
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		check("unsupported value", &reader.Analysis{Figures: []reader.Figure{{Value: v}}})
	}
}

// TestMarshalAnalysisKnowsEveryField fails when a field is added to one
// of the types marshalAnalysis writes, which it would leave out.
func TestMarshalAnalysisKnowsEveryField(t *testing.T) {
	for typ, fields := range map[reflect.Type]string{
		reflect.TypeFor[reader.Analysis](): "Version Quotes Speakers Entities Figures",
		reflect.TypeFor[reader.Quote]():    "Span Kind Speaker Mention Cue Gap",
		reflect.TypeFor[reader.Speaker]():  "Name Aliases Role Kind Quotes",
		reflect.TypeFor[reader.Entity]():   "Name Kind Mentions",
		reflect.TypeFor[reader.Figure]():   "Span Kind Value HasValue Unit Sentence",
		reflect.TypeFor[reader.Span]():     "Start End",
	} {
		var got []string
		for f := range typ.Fields() {
			got = append(got, f.Name)
		}
		if strings.Join(got, " ") != fields {
			t.Errorf("%s has fields %v, marshalAnalysis writes %s: update it", typ, got, fields)
		}
	}
}

// awkward strings: quotation marks, escapes, HTML, control characters,
// invalid UTF-8, line separators, non-ASCII.
var awkward = []string{"", "Donald Trump", `say "no"`, `back\slash`, "<b>&amp;</b>", "tab\tnew\nline\r\x00\x1f\x7f\b\f",
	"bad \xff\xfe byte", "line\u2028para\u2029", "Zürich “quoted” 日本", "\xe2\x82", "emoji 🎉"}

func randomAnalysis(r *rand.Rand, i int) *reader.Analysis {
	str := func() string { return awkward[r.IntN(len(awkward))] + awkward[r.IntN(len(awkward))] }
	span := func() reader.Span {
		if r.IntN(4) == 0 {
			return reader.Span{}
		}
		return reader.Span{Start: r.IntN(100000) - 10, End: r.IntN(100000)}
	}
	floats := []float64{0, 1, 0.5, 175, 2.5e9, 1e20, 1e21, 123456789012345678901234.0, 1e-6, 1e-7, 5e-324,
		math.MaxFloat64, 3.75e-9, 0.1 + 0.2, 30, 1.4e3, 1e-10, 2e100}
	an := &reader.Analysis{Version: i}
	if r.IntN(5) > 0 {
		an.Quotes = []reader.Quote{}
		for range r.IntN(5) {
			an.Quotes = append(an.Quotes, reader.Quote{Span: span(), Kind: reader.QuoteKind(r.IntN(2)), Speaker: r.IntN(5) - 1,
				Mention: span(), Cue: span(), Gap: span()})
		}
	}
	if r.IntN(5) > 0 {
		for range r.IntN(4) {
			sp := reader.Speaker{Name: str(), Role: str(), Kind: reader.EntityKind(r.IntN(3)), Quotes: r.IntN(9)}
			if r.IntN(3) > 0 {
				sp.Aliases = []string{str(), str()}[:r.IntN(3)]
			}
			an.Speakers = append(an.Speakers, sp)
		}
	}
	if r.IntN(5) > 0 {
		for range r.IntN(4) {
			e := reader.Entity{Name: str(), Kind: reader.EntityKind(r.IntN(3))}
			if r.IntN(3) > 0 {
				e.Mentions = []reader.Span{span(), span()}[:r.IntN(3)]
			}
			an.Entities = append(an.Entities, e)
		}
	}
	if r.IntN(5) > 0 {
		for range r.IntN(4) {
			v := floats[r.IntN(len(floats))]
			if r.IntN(2) == 0 {
				v = -v
			}
			an.Figures = append(an.Figures, reader.Figure{Span: span(), Kind: reader.FigureKind(r.IntN(7)), Value: v,
				HasValue: r.IntN(2) == 0, Unit: str(), Sentence: span()})
		}
	}
	return an
}

// TestAppendQuoteMatchesJSON: a speaker row's quotes are written as
// encoding/json writes them, awkward strings and absent leads included.
func TestAppendQuoteMatchesJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 13))
	for range 200 {
		var row speakerRow
		var qs []storedQuote
		for range 1 + r.IntN(4) {
			q := storedQuote{Idx: r.IntN(50), Text: awkward[r.IntN(len(awkward))] + awkward[r.IntN(len(awkward))],
				Kind: reader.QuoteKind(r.IntN(2)), Start: r.IntN(9000), End: r.IntN(9000)}
			if r.IntN(2) == 0 {
				q.Lead = awkward[r.IntN(len(awkward))]
			}
			row.appendQuote(q)
			qs = append(qs, q)
		}
		want, err := json.Marshal(qs)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(row.quotes, want) || row.n != len(qs) {
			t.Fatalf("row of %d quotes:\n got %s\nwant %s", row.n, row.quotes, want)
		}
	}
}
