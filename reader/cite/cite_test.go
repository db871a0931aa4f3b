package cite

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/reader/samples"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// sample parses a bundled article and analyses it.
func sample(t testing.TB, prefix string) (*reader.Article, *reader.Analysis) {
	t.Helper()
	files, err := samples.Files()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasPrefix(f.Name, prefix) {
			a, err := reader.Parse(f.Data, f.Name)
			if err != nil {
				t.Fatal(err)
			}
			return a, reader.Analyze(a)
		}
	}
	t.Fatalf("no sample %s", prefix)
	return nil, nil
}

// find returns the index of the first quote whose words hold s.
func find(t testing.TB, a *reader.Article, an *reader.Analysis, s string) int {
	t.Helper()
	for i, q := range an.Quotes {
		if strings.Contains(q.Words(a.Body), s) {
			return i
		}
	}
	t.Fatalf("no quote holds %q", s)
	return -1
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./reader/cite -update)", err)
	}
	if !bytes.Equal(want, []byte(got)) {
		t.Errorf("%s differs:\n--- want\n%s\n--- got\n%s", path, want, got)
	}
}

// The goldens: the BBC sample's quotes of each kind (direct with a role,
// direct in a caption-free paragraph, reported, reported with a negation,
// unattributed) and a Wikinews article with a date, URL and source, in
// every format.
var goldenCases = []struct {
	name, sample, words string
}{
	{"bbc-direct-role", "bbc-", "agreed to share information"},
	{"bbc-direct", "bbc-", "We believe that together"},
	{"bbc-indirect", "bbc-", "they would agree to halt attacks"},
	{"bbc-unattributed", "bbc-", "each other of continued attacks"},
	{"wikinews-direct", "wikinews-2019-09-06", "The government will fully withdraw"},
	{"article", "wikinews-2019-09-06", ""},
}

func TestGolden(t *testing.T) {
	for _, c := range goldenCases {
		a, an := sample(t, c.sample)
		ref := ForArticle(a)
		if c.words != "" {
			var err error
			if ref, err = ForQuote(a, an, find(t, a, an, c.words)); err != nil {
				t.Fatal(err)
			}
		}
		for _, f := range Formats() {
			t.Run(c.name+"/"+f.String(), func(t *testing.T) {
				got, err := Text(f, ref)
				if c.words == "" && (f == ClaimReview || f == Annotation) {
					if !errors.Is(err, ErrNeedsQuote) {
						t.Fatalf("article cited as %v: err %v, want ErrNeedsQuote", f, err)
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				golden(t, filepath.Join(c.name, f.String()+ext(f)), got)
			})
		}
	}
}

func ext(f Format) string {
	switch f {
	case Markdown:
		return ".md"
	case CSL, ClaimReview, Annotation:
		return ".json"
	case RIS:
		return ".ris"
	}
	return ".bib"
}

// A direct quote is in quotation marks with its speaker; reported speech
// is a paraphrase with none, and keeps the article's negation.
func TestParaphraseVersusQuote(t *testing.T) {
	a, an := sample(t, "bbc-")
	d, err := ForQuote(a, an, find(t, a, an, "agreed to share information"))
	if err != nil {
		t.Fatal(err)
	}
	md, _ := Text(Markdown, d)
	if !strings.HasPrefix(md, `> "agreed to share information closely`) || !strings.Contains(md, `evolved" — Marco Rubio, Secretary of State (`) {
		t.Errorf("direct quote: %q", md)
	}
	// Reported speech keeps the article's own words, negation included.
	body := "Bridge stays shut\n\nAnna Berg, the transport minister, said the bridge would not reopen until May.\n"
	na, err := reader.Parse([]byte(body), "bridge.txt")
	if err != nil {
		t.Fatal(err)
	}
	nan := reader.Analyze(na)
	ind, err := ForQuote(na, nan, find(t, na, nan, "would not reopen until May"))
	if err != nil {
		t.Fatal(err)
	}
	md, _ = Text(Markdown, ind)
	if strings.Contains(md, `"`) {
		t.Errorf("reported speech cited in quotation marks: %q", md)
	}
	if !strings.HasPrefix(md, "> Anna Berg said the bridge would not reopen until May — reported speech") {
		t.Errorf("reported speech: %q", md)
	}
	un, err := ForQuote(a, an, find(t, a, an, "each other of continued attacks"))
	if err != nil {
		t.Fatal(err)
	}
	if un.Quote.Attributed() {
		t.Fatalf("unattributed row has speaker %q", un.Quote.Speaker)
	}
	for _, f := range []Format{Markdown, RIS, BibLaTeX, CSL} {
		s, _ := Text(f, un)
		if !strings.Contains(s, "unattributed") && !strings.Contains(s, "names no speaker") {
			t.Errorf("%v of an unattributed row does not say so:\n%s", f, s)
		}
	}
}

// A quote kind other than direct or reported speech (a stance) is refused.
func TestNotSpeech(t *testing.T) {
	a, an := sample(t, "bbc-")
	c := *an
	c.Quotes = append([]reader.Quote(nil), an.Quotes...)
	c.Quotes[0].Kind = reader.Indirect + 1
	if _, err := ForQuote(a, &c, 0); !errors.Is(err, ErrNotSpeech) {
		t.Errorf("stance cited: err %v", err)
	}
	if _, err := ForQuote(a, &c, 1); err != nil {
		t.Errorf("direct quote refused: %v", err)
	}
	if _, err := ForQuote(a, &c, len(c.Quotes)); err == nil {
		t.Error("quote out of range cited")
	}
}

// Offsets are in characters: the TextPositionSelector's range of the body's
// runes is the exact text, and prefix and suffix stand either side.
func TestCharacterOffsets(t *testing.T) {
	a := &reader.Article{Title: "Ünïcödé", Body: "Ünïcödé — «ça» «Élan vital», said José Müller.\n"}
	a.Blocks = []reader.Block{{Kind: reader.BlockParagraph, Span: reader.Span{Start: 0, End: len(a.Body) - 1}}}
	start := strings.Index(a.Body, "«Élan")
	end := strings.Index(a.Body, ", said")
	an := &reader.Analysis{Speakers: []reader.Speaker{{Name: "José Müller"}},
		Quotes: []reader.Quote{{Span: reader.Span{Start: start, End: end}, Kind: reader.Direct, Speaker: 0}}}
	r, err := ForQuote(a, an, 0)
	if err != nil {
		t.Fatal(err)
	}
	q := r.Quote
	runes := []rune(a.Body)
	if got := string(runes[q.Start:q.End]); got != q.Exact || got != "«Élan vital»" {
		t.Errorf("characters %d–%d are %q, exact %q", q.Start, q.End, got, q.Exact)
	}
	if q.Start == start {
		t.Errorf("start %d is the byte offset", q.Start)
	}
	if !strings.HasSuffix(string(runes[:q.Start]), q.Prefix) || !strings.HasPrefix(string(runes[q.End:]), q.Suffix) {
		t.Errorf("prefix %q suffix %q", q.Prefix, q.Suffix)
	}
	if q.Words != "Élan vital" || q.Paragraph != 1 {
		t.Errorf("words %q paragraph %d", q.Words, q.Paragraph)
	}
	if !utf8.ValidString(q.Prefix) || !utf8.ValidString(q.Suffix) {
		t.Error("context cut inside a character")
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range Formats() {
		g, err := ParseFormat(strings.ToUpper(f.String()))
		if err != nil || g != f {
			t.Errorf("ParseFormat(%q) = %v, %v", f, g, err)
		}
	}
	if _, err := ParseFormat("docx"); err == nil {
		t.Error("unknown format read")
	}
}

// Control characters and markup in a title do not reach the output raw.
func TestHostileMetadata(t *testing.T) {
	a := &reader.Article{Title: "A \x1b[31mred\x07 *title* [x](y)", Source: "S & P {x}", URL: "https://e.x/a b(c)", Authors: []string{"Ann O'Neil_"}}
	r := ForArticle(a)
	for _, f := range []Format{Markdown, CSL, RIS, BibLaTeX} {
		s, err := Text(f, r)
		if err != nil {
			t.Fatal(err)
		}
		if strings.ContainsAny(s, "\x1b\x07") {
			t.Errorf("%v keeps control bytes: %q", f, s)
		}
	}
	md, _ := Text(Markdown, r)
	if !strings.Contains(md, `\*title\*`) || !strings.Contains(md, "(https://e.x/a%20b%28c%29)") {
		t.Errorf("markdown not escaped: %q", md)
	}
	bib, _ := Text(BibLaTeX, r)
	if !strings.Contains(bib, `S \& P \{x\}`) || !strings.Contains(bib, `O'Neil\_`) {
		t.Errorf("biblatex not escaped: %q", bib)
	}
}

// A quote outside the body paragraphs says which block it stands in, and
// paragraphs are counted from 1 among paragraphs only.
func TestLocator(t *testing.T) {
	body := "Title\n\nFirst para.\n\n> \"Quoted in a block quote here,\" she said.\n\nSecond para: \"words here\" said Ann Lee.\n"
	bq := strings.Index(body, "> ")
	p2 := strings.Index(body, "Second")
	a := &reader.Article{Title: "Title", Body: body, Blocks: []reader.Block{
		{Kind: reader.BlockTitle, Span: reader.Span{Start: 0, End: 5}},
		{Kind: reader.BlockParagraph, Span: reader.Span{Start: 7, End: 18}},
		{Kind: reader.BlockQuote, Span: reader.Span{Start: bq, End: p2 - 2}},
		{Kind: reader.BlockParagraph, Span: reader.Span{Start: p2, End: len(body) - 1}},
	}}
	span := func(s string) reader.Span { i := strings.Index(body, s); return reader.Span{Start: i, End: i + len(s)} }
	an := &reader.Analysis{Speakers: []reader.Speaker{{Name: "Ann Lee"}}, Quotes: []reader.Quote{
		{Span: span(`"Quoted in a block quote here,"`), Speaker: -1},
		{Span: span(`"words here"`), Speaker: 0},
	}}
	for i, want := range []string{"block quote", "¶ 2"} {
		r, err := ForQuote(a, an, i)
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Quote.Locator(); got != want {
			t.Errorf("quote %d: locator %q, want %q", i, got, want)
		}
	}
}
