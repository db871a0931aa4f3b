package importer

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
	"github.com/byline/byline/store/importer/fetch"
)

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "reader", "ingest", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// textArticle is a small plain-text article, different for each n.
func textArticle(n int) string {
	return fmt.Sprintf("Council approves plan number %d\n\nBy Ann Writer\nThe Test Gazette\n\n"+
		"The town council approved plan %d on Tuesday after a long debate. \"We listened to everyone\", said the mayor, Jo Bloggs.\n\n"+
		"The plan costs £%d,000 and work starts in %d weeks.\n", n, n, n+10, n%9+2)
}

func writeFile(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// libraryDir lays out a folder as a user might have one.
func libraryDir(t testing.TB) string {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "council.txt"), []byte(textArticle(1)))
	writeFile(t, filepath.Join(dir, "notes", "budget.md"), []byte("---\ntitle: Budget passes\nsource: The Test Gazette\n---\n\nThe budget passed by 30 votes to 12.\n"))
	writeFile(t, filepath.Join(dir, "web", "nsw.html"), fixture(t, "html/wikinews-nsw.html"))
	writeFile(t, filepath.Join(dir, "web", "feeds", "desk.xml"), fixture(t, "feeds/rss.xml"))
	writeFile(t, filepath.Join(dir, "cafes-latin1.txt"), []byte("Caf\xe9 owners protest\n\nOwners of caf\xe9s in Z\xfcrich said the rules cost too much.\n"))
	writeFile(t, filepath.Join(dir, ".git", "HEAD.txt"), []byte(textArticle(2)))          // hidden folder
	writeFile(t, filepath.Join(dir, ".draft.txt"), []byte(textArticle(3)))                // hidden file
	writeFile(t, filepath.Join(dir, "photo.jpg"), []byte("\xff\xd8\xff\xe0\x00\x10JFIF")) // not an article name
	writeFile(t, filepath.Join(dir, "package.json"), []byte(`{"name": "x", "version": "1"}`))
	writeFile(t, filepath.Join(dir, "empty.txt"), nil)
	writeFile(t, filepath.Join(dir, "blob.txt"), []byte("PK\x03\x04\x00\x00\x00binary"))
	return dir
}

func reasons(fs []Failure) map[string]string {
	m := map[string]string{}
	for _, f := range fs {
		m[filepath.Base(f.Target)] = f.Reason
	}
	return m
}

func checkOneLine(t *testing.T, fs []Failure) {
	t.Helper()
	for _, f := range fs {
		if f.Reason == "" || strings.ContainsAny(f.Reason, "\n\r") {
			t.Errorf("reason for %s is not one line: %q", f.Target, f.Reason)
		}
	}
}

func TestImportFolder(t *testing.T) {
	st := newFakeStore()
	im := &Importer{Store: st, Workers: 2}
	dir := libraryDir(t)
	var calls int
	var last Progress
	sum := im.Import(context.Background(), []string{dir, filepath.Join(dir, "missing.txt")}, func(p Progress) {
		calls++
		if p.Done < last.Done || p.Imported < last.Imported {
			t.Errorf("progress went back: %+v after %+v", p, last)
		}
		last = p
	})
	// council, budget, nsw page, two feed items, the Latin-1 file.
	if sum.Imported != 6 || sum.Duplicates != 0 || st.count() != 6 || st.analysed != 6 {
		t.Errorf("imported %d, duplicates %d, stored %d, analysed %d; want 6, 0, 6, 6", sum.Imported, sum.Duplicates, st.count(), st.analysed)
	}
	// photo.jpg and .draft.txt by name, package.json by content.
	if sum.Skipped != 3 {
		t.Errorf("skipped %d, want 3", sum.Skipped)
	}
	r := reasons(sum.Failed)
	if len(sum.Failed) != 3 || !strings.Contains(r["empty.txt"], "empty") || !strings.Contains(r["blob.txt"], "binary") ||
		!strings.Contains(r["missing.txt"], "no such file") {
		t.Errorf("failed %v", sum.Failed)
	}
	checkOneLine(t, sum.Failed)
	if len(sum.Notes) != 1 || !strings.Contains(sum.Notes[0].Target, "cafes-latin1.txt") || !strings.Contains(sum.Notes[0].Reason, "windows-1252") {
		t.Errorf("notes %v", sum.Notes)
	}
	if len(sum.IDs) != 6 || sum.Canceled {
		t.Errorf("ids %v canceled %v", sum.IDs, sum.Canceled)
	}
	if calls < 2 || last.Done != last.Total || last.Total != 8 || last.Imported != 6 {
		t.Errorf("%d progress calls, last %+v", calls, last)
	}
	for _, a := range st.arts {
		if strings.Contains(a.Title, "Council approves plan number 2") || strings.Contains(a.Title, "number 3") {
			t.Errorf("hidden file imported: %q", a.Title)
		}
		if a.Title == "Café owners protest" {
			continue
		}
		if !utf8Clean(a.Body) {
			t.Errorf("%q: body not clean UTF-8", a.Title)
		}
	}

	// The same again adds nothing and says so.
	again := im.Import(context.Background(), []string{dir}, nil)
	if again.Imported != 0 || again.Duplicates != 6 || st.count() != 6 {
		t.Errorf("second import: imported %d duplicates %d stored %d", again.Imported, again.Duplicates, st.count())
	}
}

func utf8Clean(s string) bool { return !strings.ContainsRune(s, '\uFFFD') }

func TestImportBatches(t *testing.T) {
	st := newFakeStore()
	dir := t.TempDir()
	const n = 600
	for i := range n {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("a%03d.txt", i)), []byte(textArticle(i)))
	}
	sum := (&Importer{Store: st, Workers: 2}).Import(context.Background(), []string{dir}, nil)
	if sum.Imported != n || len(sum.Failed) != 0 {
		t.Fatalf("imported %d, failed %v", sum.Imported, sum.Failed)
	}
	if st.puts > n/10 {
		t.Errorf("%d PutMany calls for %d articles: not batched", st.puts, n)
	}
}

// An article read while another target is slow reaches the store within
// flushEvery, without waiting for a full batch or for the slow target.
func TestImportWritesWhileATargetIsSlow(t *testing.T) {
	st := newFakeStore()
	page := fixture(t, "html/wikinews-nsw.html")
	var stored atomic.Bool // the slow page saw the first in the store
	mux := http.NewServeMux()
	mux.HandleFunc("/first", func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write(page) })
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
			if st.count() > 0 {
				stored.Store(true)
				break
			}
		}
		_, _ = w.Write([]byte(textArticle(1)))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	sum := (&Importer{Store: st, Workers: 2}).Import(context.Background(), []string{srv.URL + "/first", srv.URL + "/slow"}, nil)
	if sum.Imported != 2 || len(sum.Failed) != 0 {
		t.Fatalf("imported %d, failed %v", sum.Imported, sum.Failed)
	}
	if !stored.Load() {
		t.Error("the first article was not stored while the slow page was being fetched")
	}
}

func TestImportStoreErrorIsPerItem(t *testing.T) {
	st := newFakeStore()
	st.failURL = "https://en.wikinews.org//wiki/Swedish_academy_announces_2019_Nobel_Prize_winners_in_physics"
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "desk.rss"), fixture(t, "feeds/rss.xml"))
	sum := (&Importer{Store: st}).Import(context.Background(), []string{dir}, nil)
	if sum.Imported != 1 || len(sum.Failed) != 1 || sum.Failed[0].Target != st.failURL || !strings.Contains(sum.Failed[0].Reason, "disk full") {
		t.Errorf("imported %d failed %v", sum.Imported, sum.Failed)
	}
}

// server serves the web of the tests.
func server(t *testing.T) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var hits atomic.Int32
	mux := http.NewServeMux()
	serve := func(path, ctype string, body []byte) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			hits.Add(1)
			if ctype != "" {
				w.Header().Set("Content-Type", ctype)
			}
			_, _ = w.Write(body)
		})
	}
	serve("/news/nsw", "text/html; charset=utf-8", fixture(t, "html/wikinews-nsw.html"))
	serve("/desk.rss", "application/rss+xml", fixture(t, "feeds/rss.xml"))
	serve("/politics", "application/atom+xml", fixture(t, "feeds/atom.xml"))
	serve("/weather.json", "application/json", fixture(t, "feeds/feed.json"))
	serve("/latin1", "text/html; charset=iso-8859-1", fixture(t, "html/latin1.html"))
	serve("/broken", "text/html", fixture(t, "html/broken.html"))
	serve("/malformed", "application/rss+xml", fixture(t, "feeds/malformed.xml"))
	serve("/binary", "application/octet-stream", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	serve("/empty", "text/plain", nil)
	serve("/big", "text/plain", []byte(strings.Repeat("All work and no play. ", 400)))
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/down", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "oops", http.StatusInternalServerError) })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop2", http.StatusFound) })
	mux.HandleFunc("/loop2", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/hang", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, &hits
}

func TestImportURLs(t *testing.T) {
	srv, _ := server(t)
	st := newFakeStore()
	im := &Importer{Store: st, Client: &fetch.Client{Timeout: time.Second, MaxSize: 6000}, Workers: 3}
	paths := []string{"/news/nsw", "/desk.rss", "/politics", "/weather.json", "/latin1", "/broken",
		"/malformed", "/binary", "/empty", "/big", "/missing", "/down", "/loop", "/hang"}
	var targets []string
	for _, p := range paths {
		targets = append(targets, srv.URL+p)
	}
	sum := im.Import(context.Background(), targets, nil)
	// page 1 + rss 2 + atom 1 + json 2 + latin1 1 + broken 1.
	if sum.Imported != 8 {
		t.Errorf("imported %d, want 8", sum.Imported)
	}
	r := reasons(sum.Failed)
	want := map[string]string{
		"malformed": "XML syntax error", "binary": "binary", "empty": "empty", "big": "too large",
		"missing": "404", "down": "500", "loop": "redirect loop", "hang": "timed out",
	}
	for k, w := range want {
		if !strings.Contains(r[k], w) {
			t.Errorf("%s: reason %q, want it to say %q", k, r[k], w)
		}
	}
	if len(sum.Failed) != len(want) {
		t.Errorf("failed %v", sum.Failed)
	}
	checkOneLine(t, sum.Failed)
	var page *reader.Article
	for _, a := range st.arts {
		if a.URL == srv.URL+"/news/nsw" {
			page = a
		}
		if a.Title == "Café owners in Zürich protest" && !strings.Contains(a.Body, "François Müller") {
			t.Errorf("Latin-1 page badly decoded: %q", a.Body)
		}
	}
	if page == nil || page.Format != reader.FormatHTML || page.Title != "New South Wales decriminalizes abortion" {
		t.Errorf("page not imported with its URL: %+v", page)
	}
}

func TestImportCancel(t *testing.T) {
	dir := t.TempDir()
	const n = batchSize + 700 // more than one batch
	for i := range n {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("a%04d.txt", i)), []byte(textArticle(i)))
	}
	for _, kind := range []string{"fake", "sqlite"} {
		t.Run(kind, func(t *testing.T) {
			var st Store
			var sq *store.SQLite
			path := filepath.Join(t.TempDir(), "test.db")
			if kind == "fake" {
				st = newFakeStore()
			} else {
				s, err := store.Open(context.Background(), path)
				if err != nil {
					t.Fatal(err)
				}
				st, sq = s, s
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			sum := (&Importer{Store: st, Workers: 2}).Import(ctx, []string{dir}, func(p Progress) {
				if p.Imported > 0 {
					cancel() // as Ctrl-C would, once the first batch is in
				}
			})
			if !sum.Canceled || sum.Imported == 0 || sum.Imported >= n {
				t.Fatalf("canceled %v imported %d of %d", sum.Canceled, sum.Imported, n)
			}
			if len(sum.Failed) != 0 {
				t.Errorf("cancellation reported as failures: %v", sum.Failed[:min(3, len(sum.Failed))])
			}
			if kind == "sqlite" {
				if err := sq.Close(); err != nil {
					t.Fatal(err)
				}
				s, err := store.Open(context.Background(), path)
				if err != nil {
					t.Fatal(err)
				}
				defer s.Close()
				st, sq = s, s
			}
			got, err := st.Count(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if got != sum.Imported {
				t.Errorf("store holds %d articles, summary says %d imported", got, sum.Imported)
			}
			if kind == "sqlite" {
				_ = sq.Close()
			}
		})
	}
}

func TestImportIntoSQLite(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	dir := libraryDir(t)
	im := &Importer{Store: st}
	sum := im.Import(ctx, []string{dir}, nil)
	if sum.Imported != 6 || len(sum.Failed) != 2 {
		t.Fatalf("imported %d failed %v", sum.Imported, sum.Failed)
	}
	again := im.Import(ctx, []string{dir}, nil)
	if again.Imported != 0 || again.Duplicates != 6 {
		t.Errorf("second import: imported %d duplicates %d", again.Imported, again.Duplicates)
	}
	ids := append([]int64(nil), sum.IDs...)
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		s, err := st.Get(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if s.Analysis == nil || s.Analysis.Version != reader.AnalyzerVersion {
			t.Errorf("article %d (%q) stored without its analysis", id, s.Title)
		}
	}
}

// TestImportAnalysesEachTextOnce: a second copy of an article in the same
// import, and an article the store holds already, count as duplicates
// without being analysed again, and the stored analysis stays.
func TestImportAnalysesEachTextOnce(t *testing.T) {
	var calls atomic.Int64
	defer func(f func(*reader.Article) *reader.Analysis) { analyzeArticle = f }(analyzeArticle)
	analyzeArticle = func(a *reader.Article) *reader.Analysis {
		calls.Add(1)
		return reader.Analyze(a)
	}
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	dir := t.TempDir()
	for i, name := range []string{"a.txt", "b.txt", "copy-of-a.txt"} {
		writeFile(t, filepath.Join(dir, name), []byte(textArticle(i%2)))
	}
	im := &Importer{Store: st, Workers: 1} // in order: a, b, then the copy
	sum := im.Import(ctx, []string{dir}, nil)
	if sum.Imported != 2 || sum.Duplicates != 1 || len(sum.Failed) != 0 || calls.Load() != 2 {
		t.Fatalf("first import: %d imported, %d duplicates, failed %v, %d analyses; want 2, 1, none, 2",
			sum.Imported, sum.Duplicates, sum.Failed, calls.Load())
	}
	calls.Store(0)
	again := im.Import(ctx, []string{dir}, nil)
	if again.Imported != 0 || again.Duplicates != 3 || calls.Load() != 0 {
		t.Fatalf("second import: %d imported, %d duplicates, %d analyses; want 0, 3, 0",
			again.Imported, again.Duplicates, calls.Load())
	}
	if len(again.IDs) != 3 || again.IDs[0] != sum.IDs[0] || again.IDs[2] != sum.IDs[0] {
		t.Errorf("second import's IDs %v, first's %v: a duplicate should give the stored article's ID", again.IDs, sum.IDs)
	}
	for _, id := range sum.IDs {
		if s, err := st.Get(ctx, id); err != nil || s.Analysis == nil {
			t.Errorf("article %d lost its analysis (%v)", id, err)
		}
	}
}

func TestReason(t *testing.T) {
	_, err := os.ReadFile("/no/such/file")
	if got := reason(err); got != "no such file or directory" {
		t.Errorf("reason(%v) = %q", err, got)
	}
	if got := reason(errors.New("fetch https://x.test/a: HTTP 404 Not Found")); got != "HTTP 404 Not Found" {
		t.Errorf("reason = %q", got)
	}
	if got := reason(errors.New("line one\nline two")); got != "line one line two" {
		t.Errorf("reason = %q", got)
	}
}

func TestSummaryText(t *testing.T) {
	s := Summary{Imported: 3, Duplicates: 1, Skipped: 2, Canceled: true,
		Failed: []Failure{{"a.txt", "empty input: no article text"}}, Notes: []Failure{{"b.txt", "read as windows-1252"}}}
	want := "3 imported, 1 duplicate, 2 skipped (not articles), 1 failed (canceled)\n" +
		"  failed: a.txt: empty input: no article text\n  note: b.txt: read as windows-1252\n"
	if got := s.Text(); got != want {
		t.Errorf("Text() =\n%s\nwant\n%s", got, want)
	}
}

// TestReadFile: a file is read whole whatever its size up to the limit,
// and one over it is refused.
func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []int{0, 1, 511, 512, 513, 100_000, reader.MaxArticleSize} {
		p := filepath.Join(dir, fmt.Sprint(n))
		want := []byte(strings.Repeat("abcdefg\n", n/8+1)[:n])
		writeFile(t, p, want)
		got, err := readFile(p)
		if err != nil || string(got) != string(want) {
			t.Errorf("readFile of %d bytes = %d bytes, %v", n, len(got), err)
		}
	}
	p := filepath.Join(dir, "huge")
	writeFile(t, p, make([]byte, reader.MaxArticleSize+1))
	if _, err := readFile(p); !errors.Is(err, reader.ErrTooLarge) {
		t.Errorf("readFile of a file over the limit: %v, want ErrTooLarge", err)
	}
}
