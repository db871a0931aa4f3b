package ui

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/byline/byline/reader"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// updateStructure rewrites the structure goldens (go test -run
// TestStructureGolden -update). teatest defines -update too.
func updateStructure() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// TestStructureGolden imports a Markdown file and an HTML page with
// headings, a table, a list and a block quotation as import does, renders
// them at two widths and compares the text with goldens: headings keep
// their level, the table is a table, the title and byline are not repeated.
func TestStructureGolden(t *testing.T) {
	for _, name := range []string{"rail.md", "rail.html"} {
		raw, err := os.ReadFile(filepath.Join("testdata", "structure", name))
		if err != nil {
			t.Fatal(err)
		}
		arts, _, err := reader.ParseAny(raw, name, "")
		if err != nil {
			t.Fatal(err)
		}
		doc := buildDoc(arts[0])
		st := newStyles(defaultTheme(), true, termenv.Ascii)
		for _, w := range []int{80, 44} {
			r, err := renderDoc(doc, nil, w, st)
			if err != nil {
				t.Fatal(err)
			}
			var sb strings.Builder
			for _, l := range r.lines {
				sb.WriteString(strings.TrimRight(ansi.Strip(l), " ") + "\n")
			}
			got := sb.String()
			golden := filepath.Join("testdata", "structure", name+"."+strconv.Itoa(w)+".golden")
			if updateStructure() {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./ui -run TestStructureGolden -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s at width %d:\n%s\nwant:\n%s", name, w, got, want)
			}
		}
	}
}
