package ingest

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/byline/byline/reader/article"
)

// kinds lists an article's blocks as "kind level text" lines, with a
// row's cells after it.
func kinds(a *article.Article) []string {
	var out []string
	for _, b := range a.Blocks {
		s := b.Kind.String()
		if b.Level > 0 {
			s += string(rune('0' + b.Level))
		}
		if b.Kind == article.BlockTableRow {
			for _, c := range b.Cells {
				s += " [" + a.Body[c.Start:c.End] + "]"
			}
		} else {
			s += " " + a.Text(b)
		}
		out = append(out, s)
	}
	return out
}

func TestMarkdownStructure(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "ui", "testdata", "structure", "rail.md"))
	if err != nil {
		t.Fatal(err)
	}
	arts, _, err := ParseAny(raw, "rail.md", "")
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	want := []string{
		"title Rail strike called off", // the H1 under the front matter title, once
		"paragraph The union said on Monday that the strike was off.",
		"heading2 What happens next",
		"row1 [Measure] [Cost]",
		"row [Pay rise] [£40m]",
		`row [New trains \| carriages] [£1.2bn]`,
		"item First item",
		"item Second item",
		"quote A quoted passage\n> over two lines.",
		"paragraph Last paragraph.",
	}
	if got := kinds(a); !reflect.DeepEqual(got, want) {
		t.Errorf("blocks:\n%q\nwant\n%q", got, want)
	}
	q := a.Blocks[8]
	if len(q.Cells) != 2 || a.Body[q.Cells[1].Start:q.Cells[1].End] != "over two lines." {
		t.Errorf("quote lines %v", q.Cells)
	}
}

func TestMarkdownNotTables(t *testing.T) {
	for _, src := range []string{
		"Title\n\nA | B\n---\n\nText.",    // a setext rule, no pipe in it
		"Title\n\na | b | c\n|---|---|\n", // cell counts differ
		"Title\n\n| a | b |\n| x | y |\n", // no delimiter row
	} {
		a, err := Parse([]byte(src), "x.md")
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range a.Blocks {
			if b.Kind == article.BlockTableRow {
				t.Errorf("%q read as a table", src)
			}
		}
	}
}

func TestHTMLStructure(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "ui", "testdata", "structure", "rail.html"))
	if err != nil {
		t.Fatal(err)
	}
	arts, _, err := ParseAny(raw, "rail.html", "")
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	if a.Title != "Rail strike called off" || strings.Contains(a.Body, "Example Times") {
		t.Errorf("title %q: the site name is not taken off (body %.60q)", a.Title, a.Body)
	}
	if !reflect.DeepEqual(a.Authors, []string{"Priya Natarajan"}) {
		t.Errorf("authors %q", a.Authors)
	}
	got := kinds(a)
	want := []string{
		"title Rail strike called off",
		"byline By Priya Natarajan, Local Democracy Reporter",
		"paragraph The union said on Monday that the planned strike was off after talks with the rail operator ended in agreement late on Sunday night.",
		"paragraph \"We have won a fair deal for our members,\" said Sarah Jones, the union's general secretary, who had led the talks for three weeks.",
		"heading2 What happens next",
		"paragraph Trains will run as normal from Tuesday, the operator said in a statement on its website, though some delays are expected.",
		"row1 [Measure] [Cost]",
		"row [Pay rise] [£40m]",
		"row [New trains] [£1.2bn]",
		"heading3 Reaction",
		"item Passengers welcomed the news.",
		"item Businesses said the strike threat had cost them trade.",
		"quote This is a victory for common sense.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("blocks:\n%q\nwant\n%q", got, want)
	}
}

func TestHTMLLayoutTableIsText(t *testing.T) {
	page := `<html><head><title>T</title></head><body><table><tr><td><div><p>A long paragraph of the story that sits in a layout table cell, as old sites did.</p></div></td><td><ul><li>nav</li></ul></td></tr></table></body></html>`
	a, err := ParseHTML([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range a.Blocks {
		if b.Kind == article.BlockTableRow {
			t.Errorf("layout table read as a data table: %q", a.Text(b))
		}
	}
}

func TestTrimSiteName(t *testing.T) {
	for _, c := range []struct{ title, site, host, h1, want string }{
		{"Rail strike called off | Example Times", "Example Times", "", "", "Rail strike called off"},
		{"Rail strike called off - Example Times", "", "www.exampletimes.com", "", "Rail strike called off"},
		{"Rail strike called off — ET", "", "", "Rail strike called off", "Rail strike called off"},
		{"Left - right politics explained", "Example Times", "example.com", "", "Left - right politics explained"},
	} {
		if got := trimSiteName(c.title, c.site, c.host, c.h1); got != c.want {
			t.Errorf("trimSiteName(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

func TestBylineNames(t *testing.T) {
	for in, want := range map[string][]string{
		"By Priya Natarajan, Local Democracy Reporter": {"Priya Natarajan"},
		"By Jane Doe and John Roe":                     {"Jane Doe", "John Roe"},
		"By then the strike was over.":                 nil,
		"Byers said no":                                nil,
	} {
		if got := bylineNames(in); !reflect.DeepEqual(got, want) {
			t.Errorf("bylineNames(%q) = %q, want %q", in, got, want)
		}
	}
}

// checkCells checks that every cell span of a's blocks lies inside its
// block and the body, on rune boundaries.
func checkCells(t *testing.T, a *article.Article) {
	t.Helper()
	for _, b := range a.Blocks {
		for _, c := range b.Cells {
			if c.Start < b.Start || c.End > b.End || c.Start > c.End || c.End > len(a.Body) {
				t.Fatalf("%v cell %v outside its block %v (body %d)", b.Kind, c, b.Span, len(a.Body))
			}
			if c.Start < len(a.Body) && !utf8.RuneStart(a.Body[c.Start]) || c.End < len(a.Body) && !utf8.RuneStart(a.Body[c.End]) {
				t.Fatalf("cell %v not on rune boundaries", c)
			}
		}
	}
}

// FuzzStructure parses Markdown and HTML with tables, quotes and
// headings, and checks the spans of the cells and the exports.
func FuzzStructure(f *testing.F) {
	f.Add([]byte("# T\n\n| a | b |\n|---|:-:|\n| c \\| d | é |\n\n> q\n> r\n"), true)
	f.Add([]byte("<table><tr><th>a<th>b<tr><td>é<td><p>x</p></table><h2>H</h2>"), false)
	f.Fuzz(func(t *testing.T, raw []byte, md bool) {
		var a *article.Article
		var err error
		if md {
			a, err = Parse(raw, "f.md")
		} else {
			a, err = ParseHTML(raw, "https://example.test/a")
		}
		if err != nil {
			return
		}
		checkCells(t, a)
		_ = a.Markdown()
		_ = a.PlainText()
	})
}
