package ingest

import (
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/byline/byline/reader/article"
)

func loadSample(t testing.TB) (*article.Article, []byte) {
	t.Helper()
	raw, err := os.ReadFile("../testdata/bbc-trump-zelensky-call.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse(raw, "bbc-trump-zelensky-call.txt")
	if err != nil {
		t.Fatal(err)
	}
	return a, raw
}

func blocksOf(a *article.Article, k article.BlockKind) []article.Block {
	var out []article.Block
	for _, b := range a.Blocks {
		if b.Kind == k {
			out = append(out, b)
		}
	}
	return out
}

func TestParseSampleHeader(t *testing.T) {
	a, raw := loadSample(t)
	if a.Body != string(raw) {
		t.Fatal("Body is not the input as given")
	}
	if want := "Zelensky says lasting peace achievable this year as he and Trump hail 'positive' call"; a.Title != want {
		t.Errorf("title %q, want %q", a.Title, want)
	}
	if len(a.Authors) != 1 || a.Authors[0] != "Robert Greenall" {
		t.Errorf("authors %q", a.Authors)
	}
	if a.Source != "BBC News" {
		t.Errorf("source %q", a.Source)
	}
}

func TestParseSampleImagesAndCaptions(t *testing.T) {
	a, _ := loadSample(t)
	imgs := blocksOf(a, article.BlockImage)
	if len(imgs) != 2 {
		t.Fatalf("%d images, want 2", len(imgs))
	}
	want := []struct{ credit, desc string }{
		{"Getty Images", "Zelensky on the left and Trump on the right."},
		{"EPA", "Vladimir Putin at meeting of the Russian prosecutor general's office. He is wearing a suit and tie, and is looking up and to the right."},
	}
	for i, w := range want {
		if imgs[i].Credit != w.credit || a.Text(imgs[i]) != w.desc {
			t.Errorf("image %d: credit %q desc %q, want %q %q", i, imgs[i].Credit, a.Text(imgs[i]), w.credit, w.desc)
		}
		if a.Body[imgs[i].CreditSpan.Start:imgs[i].CreditSpan.End] != w.credit {
			t.Errorf("image %d: credit span covers %q", i, a.Body[imgs[i].CreditSpan.Start:imgs[i].CreditSpan.End])
		}
	}
	caps := blocksOf(a, article.BlockCaption)
	if len(caps) != 1 || !strings.HasPrefix(a.Text(caps[0]), "Putin did not agree to a full truce") {
		t.Fatalf("captions %v", caps)
	}
	// The caption follows the second image directly.
	for i, b := range a.Blocks {
		if b.Kind == article.BlockCaption && (i == 0 || a.Blocks[i-1].Kind != article.BlockImage || a.Blocks[i-1].Credit != "EPA") {
			t.Errorf("caption does not follow the EPA image")
		}
	}
}

func TestParseSampleBody(t *testing.T) {
	a, _ := loadSample(t)
	rel := blocksOf(a, article.BlockRelated)
	if len(rel) != 2 || a.Text(rel[0]) != "Agreement shows a deal is never dead with Trump" || a.Text(rel[1]) != "Putin gives Trump bare minimum" {
		t.Errorf("related links: %d", len(rel))
		for _, b := range rel {
			t.Logf("  %q", a.Text(b))
		}
	}
	ps := a.Paragraphs()
	if len(ps) != 21 {
		t.Errorf("%d paragraphs, want 21", len(ps))
	}
	if !strings.HasPrefix(a.Text(ps[0]), "US President Donald Trump has held") ||
		!strings.HasSuffix(a.Text(ps[len(ps)-1]), `an extra 22 "severely wounded" soldiers.`) {
		t.Errorf("first %q / last %q", a.Text(ps[0]), a.Text(ps[len(ps)-1]))
	}
	for _, p := range ps {
		if strings.Contains(a.Text(p), "Getty Images") || strings.Contains(a.Text(p), "Putin gives Trump") {
			t.Errorf("paragraph runs into a caption or link: %q", a.Text(p))
		}
	}
	// Blocks are ordered and do not overlap.
	for i := 1; i < len(a.Blocks); i++ {
		if a.Blocks[i].Start < a.Blocks[i-1].End {
			t.Errorf("block %d overlaps block %d", i, i-1)
		}
	}
}

func TestParseMarkdownFrontMatter(t *testing.T) {
	in := "---\ntitle: \"A title: with colon\"\nsource: Wikinews\ndate: 2019-10-08\nurl: https://example.org/a\nauthors: [Ann Lee, Bo Chan]\n---\n\n" +
		"Tuesday, October 8, 2019\n\n## Background\n\nFirst *paragraph* runs\nover two lines.\n\n> A block quote.\n\n- an item\n- another\n\n![A photo of a dog](dog.jpg)\n"
	a, err := Parse([]byte(in), "x.md")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "A title: with colon" || a.Source != "Wikinews" || a.URL != "https://example.org/a" ||
		a.Date.Format("2006-01-02") != "2019-10-08" || strings.Join(a.Authors, "|") != "Ann Lee|Bo Chan" {
		t.Errorf("meta: %+v", a)
	}
	if !strings.HasPrefix(strings.TrimSpace(a.Body[a.TextStart:]), "Tuesday,") || strings.Contains(a.Body[a.TextStart:], "---") {
		t.Errorf("TextStart %d: text starts %.20q, want the line after the front matter", a.TextStart, a.Body[a.TextStart:])
	}
	var got []string
	for _, b := range a.Blocks {
		got = append(got, b.Kind.String()+":"+a.Text(b))
	}
	want := []string{"date:Tuesday, October 8, 2019", "heading:Background", "paragraph:First *paragraph* runs\nover two lines.",
		"quote:A block quote.", "item:an item", "item:another", "image:A photo of a dog"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestParseMarkdownTitleFromHeading(t *testing.T) {
	a, err := Parse([]byte("# Big news\n\nSomething happened.\n"), "n.md")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Big news" || a.Blocks[0].Kind != article.BlockTitle || a.Text(a.Blocks[0]) != "Big news" {
		t.Errorf("title %q blocks %+v", a.Title, a.Blocks)
	}
}

func TestParseTitleThenDateline(t *testing.T) {
	in := "Storm hits coast\n\nFriday, January 4, 2019\n\nA storm hit the coast on Friday, officials said.\n\nMore rain is expected.\n"
	a, err := Parse([]byte(in), "s.txt")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Storm hits coast" || a.Date.Format("2006-01-02") != "2019-01-04" || len(a.Paragraphs()) != 2 {
		t.Errorf("title %q date %v paragraphs %d", a.Title, a.Date, len(a.Paragraphs()))
	}
}

func TestParseBadInput(t *testing.T) {
	cases := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"blank", []byte(" \n\t\n  \r\n"), ErrEmpty},
		{"bom only", []byte("\xef\xbb\xbf\n"), ErrEmpty},
		{"binary", []byte("PK\x03\x04\x00\x00\x08\x00binarystuff"), ErrBinary},
		{"latin1", []byte("Caf\xe9 society\n\nA paragraph.\n"), ErrNotUTF8},
		{"huge", make([]byte, MaxArticleSize+1), ErrTooLarge},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse(c.in, c.name+".txt")
			if !errors.Is(err, c.want) {
				t.Errorf("got %v, want %v", err, c.want)
			}
		})
	}
}

func TestParseOddInputKeepsSpansValid(t *testing.T) {
	ins := []string{
		"One line only",
		"\xef\xbb\xbfTitle with BOM\r\n\r\nBody line one.\r\nBody line two.\r\n",
		"Title\n\n\"Unbalanced quote\n\n“Curly unbalanced\n",
		"T\n\nGetty Images Getty Images\n\nx",
		"---\ntitle: unclosed front matter\n\nbody\n",
		"#\n\n# \n\n#Hashtag not a heading\n",
	}
	for _, in := range ins {
		for _, name := range []string{"a.txt", "a.md"} {
			a, err := Parse([]byte(in), name)
			if err != nil {
				continue
			}
			for _, b := range a.Blocks {
				if b.Start < 0 || b.End > len(a.Body) || b.Start > b.End ||
					!utf8.RuneStart(a.Body[b.Start]) && b.Start < len(a.Body) {
					t.Errorf("%q (%s): bad block span %+v", in, name, b)
				}
			}
		}
	}
}

func TestFieldsNMatchesFields(t *testing.T) {
	for _, s := range []string{"", "  ", "one", " one  two\tthree\nfour ", "EPA Vladimir Putin at a meeting.EPA", "a\u00a0b c\u2003d e f g"} {
		all := strings.Fields(s)
		for n := 0; n <= len(all)+1; n++ {
			want := all[:min(n, len(all))]
			if got := fieldsN(s, n); strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
				t.Errorf("fieldsN(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}
