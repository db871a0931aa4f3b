package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestAnalyzeReadsPagesAsImportDoes: a web page is analysed as its
// article's text, not its markup, and the offsets point into the text
// the report carries.
func TestAnalyzeReadsPagesAsImportDoes(t *testing.T) {
	page := filepath.Join("ui", "testdata", "structure", "rail.html")
	out, errOut, err := run(t, filepath.Join(t.TempDir(), "x.db"), "analyze", "--format", "jsonl", page)
	if err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	var r struct {
		Title  string   `json:"title"`
		Byline []string `json:"byline"`
		Body   string   `json:"body"`
		Quotes []struct {
			Text       string `json:"text"`
			Start, End int
		} `json:"quotes"`
		Entities []struct {
			Name string `json:"name"`
		} `json:"entities"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.Title != "Rail strike called off" || strings.Contains(out, "DOCTYPE") || strings.Contains(out, "<html") {
		t.Errorf("the markup was analysed: title %q", r.Title)
	}
	if len(r.Byline) != 1 || r.Byline[0] != "Priya Natarajan" {
		t.Errorf("byline %q", r.Byline)
	}
	if len(r.Quotes) == 0 {
		t.Fatal("no quotes")
	}
	for _, q := range r.Quotes {
		if q.End > len(r.Body) || r.Body[q.Start:q.End] != q.Text {
			t.Errorf("quote %q at %d:%d is not at its offsets in the body", q.Text, q.Start, q.End)
		}
	}
}
