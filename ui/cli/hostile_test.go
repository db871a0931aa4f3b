package cli

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/adrg/xdg"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
)

// hostile are strings a terminal acts on: they set the window title,
// write the clipboard (OSC 52), make links (OSC 8), leave the alternate
// screen, reset the terminal.
var hostile = []struct{ name, s string }{
	{"CSI", "\x1b[31m\x1b[2J"},
	{"OSC 52", "\x1b]52;c;cm0gLXJmIH4=\x07"},
	{"OSC 8", "\x1b]8;;http://evil/\x1b\\link\x1b]8;;\x1b\\"},
	{"OSC 0", "\x1b]0;pwned\x07"},
	{"DCS", "\x1bP1$r0m\x1b\\"},
	{"ESC c", "\x1bc"},
	{"alt screen off", "\x1b[?1049l"},
	{"C1 CSI", "\u009b2J"},
	{"C1 OSC", "\u009d0;x\u009c"},
	{"lone ESC", "\x1b"},
	{"BEL", "\x07"},
	{"DEL", "\x7f"},
}

var ownSGR = regexp.MustCompile("\x1b\\[[0-9;:]*m")

// assertClean fails when out, less SGR sequences, holds ESC, BEL, a C1
// control, DEL, or any C0 control but newline and tab.
func assertClean(t *testing.T, what, out string) {
	t.Helper()
	rest := ownSGR.ReplaceAllString(out, "")
	for i, r := range rest {
		if r == '\n' || r == '\t' {
			continue
		}
		if r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f {
			lo := max(0, i-30)
			t.Errorf("%s: %U at %d: %q", what, r, i, rest[lo:min(len(rest), i+30)])
			return
		}
	}
}

// hostileText is a plain-text article with h in its title, byline,
// source, quotes and figures.
func hostileText(n int, h string) string {
	return fmt.Sprintf("Mayor %d%s resigns over bridge\nBy Jane%s Smith\nCity%s News\n\n"+
		"\"We will rebuild%s the bridge,\" said Mayor Tom%s Jones on Monday.\n\n"+
		"The council approved $4.%d million%s for repairs, the mayor said.\n\n%s",
		n, h, h, h, h, h, n, h, strings.Repeat("The council met on Tuesday to talk about the roads and the river crossing.\n\n", 20))
}

func TestHostileStringsNeverReachTheTerminal(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	var files []string
	for i, h := range hostile {
		f := filepath.Join(dir, fmt.Sprintf("a%d%s.txt", i, strings.ReplaceAll(h.s, "/", "_")))
		if err := os.WriteFile(f, []byte(hostileText(i, h.s)), 0o600); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	// An empty file, so that the summary names a hostile file name.
	bad := filepath.Join(dir, "bad\x1b]0;x\x07.txt")
	if err := os.WriteFile(bad, nil, 0o600); err != nil {
		t.Fatal(err)
	}

	// An older store, written without cleaning: raw text in every field.
	raw := filepath.Join(dir, "raw.db")
	st, err := store.Open(context.Background(), raw)
	if err != nil {
		t.Fatal(err)
	}
	for i, h := range hostile {
		body := hostileText(i, h.s)
		a := &reader.Article{Title: "Raw " + h.s + " title", Source: "Src" + h.s, Authors: []string{"Ann" + h.s}, Body: body,
			URL: fmt.Sprintf("https://example.com/%d%s", i, h.s)}
		q := strings.Index(body, "\"We")
		an := &reader.Analysis{Version: reader.AnalyzerVersion,
			Speakers: []reader.Speaker{{Name: "Tom" + h.s + " Jones", Aliases: []string{"Jones"}, Kind: reader.Person, Quotes: 1}},
			Quotes:   []reader.Quote{{Span: reader.Span{Start: q, End: q + 30}, Speaker: 0}}}
		if _, _, err := st.Put(context.Background(), a, an); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()

	// A feed whose server fails with a hostile reason phrase.
	var fail bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if fail {
			hj, _ := w.(http.Hijacker)
			c, buf, _ := hj.Hijack()
			defer c.Close()
			fmt.Fprint(buf, "HTTP/1.1 500 Boom\x1b]0;x\x07\x1b]52;c;eA==\x07\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
			buf.Flush()
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed&amp;#27;]0;x&amp;#7;</title>
<item><title>Item&amp;#x1b;[31m one</title><link>%s/1</link><description>%s</description></item></channel></rss>`,
			"http://"+r.Host, strings.Repeat("Words of the item. ", 200))
	}))
	defer srv.Close()

	cmds := [][]string{
		append([]string{"import"}, append(files, bad)...),
		{"feed", "add", srv.URL + "/feed"},
		{"list"}, {"list", "--json"},
		{"search", "bridge"}, {"search", "--json", "bridge"},
		{"quotes"}, {"quotes", "--json"}, {"quotes", "--speaker", "Tom Jones"}, {"quotes", "--speaker", "Jones", "--json"},
		append([]string{"analyze", "--format", "text"}, files...),
		append([]string{"analyze", "--format", "jsonl"}, files...),
		append([]string{"analyze", "--format", "json"}, files...),
		{}, {files[1]},
		{"refresh"},
		{"feed", "list"}, {"feed", "list", "--json"},
	}
	for _, c := range cmds {
		if len(c) == 1 && c[0] == "refresh" {
			fail = true
		}
		for _, d := range []string{db, raw} {
			out, errOut, _ := run(t, d, c...)
			what := fmt.Sprintf("byline %s (%s)", strings.Join(c, " "), filepath.Base(d))
			assertClean(t, what+" stdout", out)
			assertClean(t, what+" stderr", errOut)
			if d == db && (len(c) == 0 || c[0] == "list" || c[0] == "search") && !strings.Contains(out, "resigns") {
				t.Errorf("%s: the articles are not listed:\n%s", what, out)
			}
		}
	}
	out, _, _ := run(t, db, "feed", "list")
	if !strings.Contains(out, "Boom") {
		t.Errorf("feed list does not show the error: %q", out)
	}
}

// TestPipedReader: with standard output not a terminal, byline prints the
// library, and byline FILE the article with its quotes and figures.
func TestPipedReader(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	out, _, err := run(t, db)
	if err != nil || !strings.Contains(out, "    1 ") || strings.Contains(out, "\x1b") {
		t.Fatalf("byline | cat: %v\n%q", err, out)
	}
	list, _, _ := run(t, db, "list")
	if out != list {
		t.Errorf("byline | cat prints\n%s\nbut byline list\n%s", out, list)
	}
	out, _, err = run(t, db, sample)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Zelensky", "\nQuotes (", "\nFigures (", "    — "} {
		if !strings.Contains(out, want) {
			t.Errorf("byline FILE | cat lacks %q:\n%s", want, out)
		}
	}
	if strings.ContainsAny(out, "\x1b\x07") {
		t.Errorf("escape sequences in %q", out)
	}
}

// TestSpecialFilesAnalyze: a named pipe or device given to analyze or to
// the reader fails at once with its kind.
func TestSpecialFilesAnalyze(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	for _, args := range [][]string{{"analyze", "/dev/zero"}, {"/dev/zero"}, {"import", "/dev/zero"}} {
		start := time.Now()
		out, errOut, err := run(t, db, args...)
		if err == nil || time.Since(start) > 5*time.Second {
			t.Errorf("%v: err %v after %v", args, err, time.Since(start))
		}
		msg := out + errOut
		if err != nil {
			msg += err.Error()
		}
		if !strings.Contains(msg, "not a regular file (a device)") {
			t.Errorf("%v: %q", args, msg)
		}
	}
}

// TestCanceledCommandStops: a command whose context ends (Ctrl-C,
// SIGTERM) returns within a second, here while a server hangs.
func TestCanceledCommandStops(t *testing.T) {
	hang := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-hang:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(hang)
	db := filepath.Join(t.TempDir(), "x.db")
	for _, args := range [][]string{{"import", srv.URL + "/a"}, {"feed", "add", srv.URL + "/f"}} {
		ctx, cancel := context.WithCancel(context.Background())
		cmd := newRootCmd()
		cmd.SetOut(&strings.Builder{})
		cmd.SetErr(&strings.Builder{})
		cmd.SetArgs(append([]string{"--db", db}, args...))
		done := make(chan error, 1)
		go func() { done <- cmd.ExecuteContext(ctx) }()
		time.Sleep(200 * time.Millisecond)
		cancel()
		select {
		case <-done:
		case <-time.After(time.Second):
			t.Errorf("%v: still running a second after cancel", args)
		}
	}
}

// panicky is a model that panics on its first key.
type panicky struct{}

func (panicky) Init() tea.Cmd { return nil }
func (p panicky) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyMsg); ok {
		var rows []int
		_ = rows[len(rows)]
	}
	return p, nil
}
func (panicky) View() string { return "ok" }

// TestPanicIsOneLine: a panic in the UI gives one line naming the file
// its details were written to, under the state directory, and an error.
func TestPanicIsOneLine(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_STATE_HOME", dir)
	xdg.Reload()
	defer xdg.Reload()
	var screen strings.Builder
	err := runProgram(panicky{}, tea.WithInput(strings.NewReader("x")), tea.WithOutput(&screen))
	if err == nil {
		t.Fatal("no error after a panic")
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "internal error: runtime error: index out of range") || strings.Contains(msg, "\n") {
		t.Errorf("message %q", msg)
	}
	i := strings.Index(msg, "details written to ")
	if i < 0 {
		t.Fatalf("message %q names no file", msg)
	}
	path := msg[i+len("details written to "):]
	if !strings.HasPrefix(path, filepath.Join(dir, "byline")) {
		t.Errorf("details at %s, not under %s", path, dir)
	}
	if b, err := os.ReadFile(path); err != nil || !strings.Contains(string(b), "goroutine") {
		t.Errorf("details file: %v\n%s", err, b)
	}
	if strings.Contains(screen.String(), "goroutine") {
		t.Error("the stack was printed on the screen")
	}
}

// TestDamagedLibraryExplained: a damaged database or a read-only one is
// named, with what to do.
func TestDamagedLibraryExplained(t *testing.T) {
	db := filepath.Join(t.TempDir(), "bad.db")
	if err := os.WriteFile(db, []byte(strings.Repeat("not sqlite at all ", 100)), 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, err := run(t, db, "list")
	if err == nil || !strings.Contains(err.Error(), db) || !strings.Contains(err.Error(), "move it aside") || strings.HasPrefix(err.Error(), "store: migrate") {
		t.Errorf("damaged: %v", err)
	}
	err = explainOpenError("/x/lib.db", errors.New("store: migrate: attempt to write a readonly database (8)"))
	if !strings.Contains(err.Error(), "/x/lib.db") || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("read-only: %v", err)
	}
}
