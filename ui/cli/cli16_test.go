package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAnalyzeReadsPagesAsImportDoes: a web page is analysed as its
// article's text, not its markup, and the offsets point into the text
// the report carries.
func TestAnalyzeReadsPagesAsImportDoes(t *testing.T) {
	page := filepath.Join("..", "testdata", "structure", "rail.html")
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

// TestListLimitAllAndSearchStatus: list says when it is cut, --all lists
// everything, and search exits 1 when nothing matches.
func TestListLimitAllAndSearchStatus(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	for i := range 5 {
		body := "Plan " + string(rune('A'+i)) + " approved\n\nThe council approved the plan on Tuesday after a long debate about its cost.\n"
		if err := os.WriteFile(filepath.Join(dir, "a"+string(rune('0'+i))+".txt"), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if _, errOut, err := run(t, db, "import", dir); err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	out, errOut, err := run(t, db, "list", "--limit", "3")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out, "\n"); n != 3 || !strings.Contains(errOut, "showing 3 of 5") {
		t.Errorf("list --limit 3: %d lines, stderr %q", n, errOut)
	}
	out, errOut, err = run(t, db, "list", "--all", "--limit", "2")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out, "\n"); n != 5 || errOut != "" {
		t.Errorf("list --all: %d lines, stderr %q", n, errOut)
	}
	if _, errOut, err := run(t, db, "list", "--limit", "0"); err == nil || !strings.Contains(err.Error(), "--all") {
		t.Errorf("list --limit 0: %v %q", err, errOut)
	}
	if _, _, err := run(t, db, "search", "council"); err != nil {
		t.Errorf("search with matches: %v", err)
	}
	out, errOut, err = run(t, db, "search", "--limit", "2", "council")
	if err != nil || strings.Count(out, "\n") != 4 || !strings.Contains(errOut, "showing 2 of 5 matches") {
		t.Errorf("search --limit 2: %v, stdout %q, stderr %q", err, out, errOut)
	}
	for _, args := range [][]string{{"search", "zeppelin"}, {"search", "--json", "zeppelin"}} {
		if _, _, err := run(t, db, args...); func() bool { c, ok := isExit(err); return !ok || c != 1 }() {
			t.Errorf("%v: err %v, want exit status 1", args, err)
		}
	}
}
