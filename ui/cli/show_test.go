package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestShow prints one stored article as text, Markdown and JSON, and
// refuses a bad ID or format with a reason.
func TestShow(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	if _, errOut, err := run(t, db, "import", filepath.Join("..", "testdata", "structure", "rail.html")); err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	md, _, err := run(t, db, "show", "1", "--format", "markdown")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# Rail strike called off\n", "*By Priya Natarajan · Example Times*", "## What happens next\n",
		"| Measure | Cost |\n| --- | --- |\n| Pay rise | £40m |", "### Reaction", "- Passengers welcomed the news.\n",
		"> This is a victory for common sense.", "## Quotes", "**Sarah Jones**: “We have won a fair deal for our members,”"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	if strings.Count(md, "Rail strike called off") != 1 || strings.Contains(md, "Local Democracy Reporter") {
		t.Errorf("the title or byline is repeated:\n%s", md)
	}
	text, _, err := run(t, db, "show", "1")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "\nMeasure | Cost\nPay rise | £40m\n") || !strings.Contains(text, "Quotes (") || strings.Contains(text, "##") {
		t.Errorf("text:\n%s", text)
	}
	js, _, err := run(t, db, "show", "1", "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		ID       int64
		Title    string
		Body     string
		Analysis struct {
			Quotes []struct {
				Text       string
				Start, End int
			}
		}
	}
	if err := json.Unmarshal([]byte(js), &v); err != nil {
		t.Fatal(err)
	}
	if v.ID != 1 || v.Title != "Rail strike called off" || len(v.Analysis.Quotes) == 0 {
		t.Fatalf("json: %+v", v)
	}
	for _, q := range v.Analysis.Quotes {
		if v.Body[q.Start:q.End] != q.Text {
			t.Errorf("quote %q not at %d:%d of the body", q.Text, q.Start, q.End)
		}
	}
	for _, args := range [][]string{{"show", "99"}, {"show", "x"}, {"show", "1", "--format", "pdf"}} {
		_, _, err := run(t, db, args...)
		if err == nil || strings.Contains(err.Error(), "\n") {
			t.Errorf("%v: err %v, want a one-line reason", args, err)
		}
	}
}
