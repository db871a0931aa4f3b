package samples

import (
	"strings"
	"testing"

	"github.com/byline/byline/reader"
)

// Every bundled article parses, has a title, and every Wikinews one keeps
// its URL and licence.
func TestBundledArticlesParse(t *testing.T) {
	fs, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) < 7 {
		t.Fatalf("got %d bundled articles, want at least 7", len(fs))
	}
	for _, f := range fs {
		a, err := reader.Parse(f.Data, f.Name)
		if err != nil {
			t.Errorf("%s: %v", f.Name, err)
			continue
		}
		if a.Title == "" || len(a.Paragraphs()) < 3 {
			t.Errorf("%s: title %q, %d paragraphs", f.Name, a.Title, len(a.Paragraphs()))
		}
		if strings.HasPrefix(f.Name, "wikinews-") {
			if !strings.HasPrefix(a.URL, "https://en.wikinews.org/wiki/") || a.Source != "Wikinews" || a.Date.IsZero() {
				t.Errorf("%s: url %q source %q date %v", f.Name, a.URL, a.Source, a.Date)
			}
			if !strings.Contains(string(f.Data), "CC BY 2.5") {
				t.Errorf("%s: no licence line", f.Name)
			}
		}
	}
}
