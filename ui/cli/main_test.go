package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/ui"
)

// run runs byline with args against the store at db and returns its
// stdout, stderr and error.
func run(t *testing.T, db string, args ...string) (string, string, error) {
	t.Helper()
	cmd := newRootCmd()
	var out, errOut bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	cmd.SetArgs(append([]string{"--db", db}, args...))
	err := cmd.ExecuteContext(context.Background())
	return out.String(), errOut.String(), err
}

const sample = "../../reader/testdata/bbc-trump-zelensky-call.txt"

func TestAnalyzeJSONLContract(t *testing.T) {
	raw, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(t.TempDir(), "empty.txt")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	out, errOut, err := run(t, filepath.Join(t.TempDir(), "x.db"), "analyze", "--format", "jsonl", sample, empty, sample)
	if code, ok := isExit(err); !ok || code != 1 {
		t.Errorf("err = %v, want exit status 1 for the empty file", err)
	}
	if !strings.Contains(errOut, "empty.txt") || !strings.Contains(errOut, "empty") {
		t.Errorf("stderr %q does not name the bad file", errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want one per file", len(lines))
	}
	for _, i := range []int{0, 2} {
		var r struct {
			File   string   `json:"file"`
			Title  string   `json:"title"`
			Byline []string `json:"byline"`
			Source string   `json:"source"`
			Quotes []struct {
				Text    string `json:"text"`
				Start   int    `json:"start"`
				End     int    `json:"end"`
				Kind    string `json:"kind"`
				Speaker *struct {
					Name    string `json:"name"`
					Mention *struct {
						Text       string `json:"text"`
						Start, End int
					} `json:"mention"`
				} `json:"speaker"`
			} `json:"quotes"`
			Speakers []struct {
				Name    string   `json:"name"`
				Aliases []string `json:"aliases"`
				Quotes  int      `json:"quotes"`
			} `json:"speakers"`
			Entities []struct {
				Name     string `json:"name"`
				Kind     string `json:"kind"`
				Mentions []struct{ Start, End int }
			} `json:"entities"`
			Figures []struct {
				Text       string `json:"text"`
				Start, End int
				Kind       string `json:"kind"`
			} `json:"figures"`
		}
		if err := json.Unmarshal([]byte(lines[i]), &r); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		if r.File != sample || r.Title == "" || r.Source != "BBC News" || len(r.Byline) != 1 {
			t.Errorf("line %d: header %q %q %q %v", i, r.File, r.Title, r.Source, r.Byline)
		}
		if len(r.Quotes) == 0 || len(r.Speakers) == 0 || len(r.Figures) == 0 || len(r.Entities) == 0 {
			t.Errorf("line %d: %d quotes, %d speakers, %d figures, %d entities", i, len(r.Quotes), len(r.Speakers), len(r.Figures), len(r.Entities))
		}
		check := func(what, text string, s, e int) {
			if s < 0 || e > len(raw) || s > e || string(raw[s:e]) != text || !utf8.ValidString(text) {
				t.Errorf("%s [%d,%d) %q is not the input's bytes", what, s, e, text)
			}
		}
		for _, q := range r.Quotes {
			check("quote", q.Text, q.Start, q.End)
			if q.Kind != "direct" && q.Kind != "indirect" && q.Kind != "stance" {
				t.Errorf("quote kind %q", q.Kind)
			}
			if q.Speaker != nil && q.Speaker.Mention != nil {
				check("mention", q.Speaker.Mention.Text, q.Speaker.Mention.Start, q.Speaker.Mention.End)
			}
		}
		for _, f := range r.Figures {
			check("figure", f.Text, f.Start, f.End)
		}
		for _, e := range r.Entities {
			if e.Kind != "person" && e.Kind != "place" && e.Kind != "org" {
				t.Errorf("entity %q kind %q", e.Name, e.Kind)
			}
		}
	}
	if !strings.Contains(lines[1], `"error"`) {
		t.Errorf("the empty file's line has no error: %s", lines[1])
	}
}

func TestAnalyzeUnknownFormat(t *testing.T) {
	_, _, err := run(t, filepath.Join(t.TempDir(), "x.db"), "analyze", "--format", "xml", sample)
	if err == nil || !strings.Contains(err.Error(), "xml") {
		t.Errorf("err = %v", err)
	}
}

// Import, then list, search and quotes as scripts would, with --json.
func TestLibraryCommandsJSON(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	dir := t.TempDir()
	body, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	md := "---\ntitle: Council approves budget\nsource: Test Gazette\ndate: 2024-05-02\n---\n\n" +
		"The council approved a budget of £1.2m on Tuesday.\n\n\"This is a good day for the town,\" said Mayor Jane Holt.\n\n" +
		"Donald Trump was not mentioned, Holt added.\n"
	for name, data := range map[string][]byte{"a.txt": body, "b.md": []byte(md), "junk.bin": {0, 1, 2, 3}} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	out, _, err := run(t, db, "import", "--json", dir)
	var sum struct {
		Imported, Duplicates int
		Failed               []struct{ Target, Reason string }
	}
	if jerr := json.Unmarshal([]byte(out), &sum); jerr != nil {
		t.Fatalf("import --json: %v\n%s", jerr, out)
	}
	if sum.Imported != 2 {
		t.Errorf("imported %d, want 2 (err %v, failed %v)", sum.Imported, err, sum.Failed)
	}
	if len(sum.Failed) > 0 {
		if code, ok := isExit(err); !ok || code != 1 {
			t.Errorf("a failed item must make import exit 1, got %v", err)
		}
	}
	// Importing again adds nothing and says so.
	out, _, _ = run(t, db, "import", filepath.Join(dir, "a.txt"))
	if !strings.Contains(out, "0 imported, 1 duplicate,") {
		t.Errorf("second import: %q", out)
	}

	out, _, err = run(t, db, "list", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var list []struct {
		ID    int64
		Title string
		Date  string
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatal(err)
	}
	// Newest first: an undated article sorts by when it was added (now).
	if len(list) != 2 || list[1].Title != "Council approves budget" || list[1].Date != "2024-05-02" || list[0].Date != "" {
		t.Errorf("list: %+v", list)
	}

	out, _, err = run(t, db, "search", "--json", "budget")
	if err != nil {
		t.Fatal(err)
	}
	var hits []struct {
		Title, Snippet string
	}
	if err := json.Unmarshal([]byte(out), &hits); err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].Title != "Council approves budget" || !strings.Contains(hits[0].Snippet, "budget") {
		t.Errorf("search: %+v", hits)
	}

	out, _, err = run(t, db, "quotes", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var speakers []map[string]any
	if err := json.Unmarshal([]byte(out), &speakers); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, sp := range speakers {
		if keys := slices.Sorted(maps.Keys(sp)); !slices.Equal(keys, []string{"aliases", "articles", "name", "quotes"}) {
			t.Errorf("speaker keys %q", keys)
		}
		if _, ok := sp["aliases"].([]any); !ok {
			t.Errorf("aliases of %v is not a list", sp["name"])
		}
		found = found || strings.Contains(fmt.Sprint(sp["name"]), "Holt")
	}
	if !found {
		t.Errorf("quotes --json lists no Holt: %s", out)
	}

	out, _, err = run(t, db, "quotes", "--json", "--speaker", "holt")
	if err != nil {
		t.Fatal(err)
	}
	var qs []struct {
		Speaker, Text, Kind, Title string
	}
	if err := json.Unmarshal([]byte(out), &qs); err != nil {
		t.Fatal(err)
	}
	if len(qs) == 0 || !strings.Contains(qs[0].Speaker, "Holt") || !strings.Contains(qs[0].Text, "good day for the town") {
		t.Errorf("quotes by holt: %+v", qs)
	}
}

// bigLibrary returns the 100,000-article store generated by the store
// package's benchmarks (go test -bench 100k ./store), or skips.
func bigLibrary(b *testing.B) string {
	b.Helper()
	// Made by store's bigStore with this analyser: one an older analyser
	// made would be re-analysed in the background while measured.
	ms, _ := filepath.Glob(filepath.Join(os.TempDir(), fmt.Sprintf("byline-bench-100000-v*-s*-a%d.db", reader.AnalyzerVersion)))
	if len(ms) == 0 {
		b.Skip("no generated 100k library: run go test -run - -bench List100k ./store first")
	}
	return ms[len(ms)-1]
}

// drain runs cmd and the commands its messages lead to, feeding every
// message to m, and drops commands that take longer than a moment (timers
// and spinners).
func drain(m tea.Model, cmd tea.Cmd) tea.Model {
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		ch := make(chan tea.Msg, 1)
		go func() { ch <- c() }()
		var msg tea.Msg
		select {
		case msg = <-ch:
		case <-time.After(200 * time.Millisecond):
			continue
		}
		if batch, ok := msg.(tea.BatchMsg); ok {
			queue = append(queue, batch...)
			continue
		}
		if msg == nil {
			continue
		}
		var next tea.Cmd
		m, next = m.Update(msg)
		queue = append(queue, next)
	}
	return m
}

// BenchmarkStartup100k is the library's first frame with 100,000 articles
// in the store: open the database, build the UI, load the first page and
// draw it (the Go runtime's own start, about 1 ms, is not included). It
// also reports the Go heap in use once an article is open.
func BenchmarkStartup100k(b *testing.B) {
	path := bigLibrary(b)
	ctx := context.Background()
	var heap float64
	for i := 0; i < b.N; i++ {
		st, err := openStoreAt(path)
		if err != nil {
			b.Fatal(err)
		}
		var m tea.Model = ui.New(ctx, st, ui.Options{Theme: "dark"})
		m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		m = drain(m, m.Init())
		if v := m.View(); !strings.Contains(v, "100000 articles") && !strings.Contains(v, "100,000") {
			b.Fatalf("first frame has no library:\n%s", v)
		}
		if i == 0 {
			b.StopTimer()
			m, cmd := m.Update(tea.KeyMsg{Type: tea.KeyEnter})
			m = drain(m, cmd)
			if !strings.Contains(m.View(), "Quotes") {
				b.Fatalf("article did not open:\n%s", m.View())
			}
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			heap = float64(ms.HeapInuse+ms.StackInuse) / (1 << 20)
			b.StartTimer()
		}
		if err := st.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(heap, "heap-MB")
}

func TestDeleteCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	if _, _, err := run(t, db, "import", sample); err != nil {
		t.Fatal(err)
	}
	out, _, err := run(t, db, "list", "--json")
	var list []struct{ ID int64 }
	if err != nil || json.Unmarshal([]byte(out), &list) != nil || len(list) != 1 {
		t.Fatalf("list: %v\n%s", err, out)
	}
	id := strconv.FormatInt(list[0].ID, 10)
	out, errOut, err := run(t, db, "delete", id, "nope", "12345")
	if code, ok := isExit(err); !ok || code != 1 || out != "deleted "+id+"\n" ||
		!strings.Contains(errOut, `delete nope: "nope" is not an article ID`) || !strings.Contains(errOut, "delete 12345: no such article") {
		t.Errorf("delete: err %v\nstdout %q\nstderr %q", err, out, errOut)
	}
	if out, _, _ := run(t, db, "list", "--json"); strings.TrimSpace(out) != "[]" {
		t.Errorf("list after delete: %s", out)
	}
}

func TestListDoesNotSeedSamples(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	out, _, err := run(t, db, "list", "--json")
	if err != nil || strings.TrimSpace(out) != "[]" {
		t.Fatalf("new store: %q %v", out, err)
	}
}
