package importer

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/byline/byline/store"
)

// TestSamePageFromFileAndURL: a page saved to a file and the same page
// fetched from its address (with a tracking parameter, and a corrected
// text) are one article: the later import updates it and says so.
func TestSamePageFromFileAndURL(t *testing.T) {
	ctx := context.Background()
	raw, err := os.ReadFile(filepath.Join("..", "..", "ui", "testdata", "structure", "rail.html"))
	if err != nil {
		t.Fatal(err)
	}
	var page atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(page.Load().([]byte))
	}))
	t.Cleanup(srv.Close)
	canonical := srv.URL + "/news/rail-strike"
	v1 := strings.Replace(string(raw), "https://example.com/news/rail-strike", canonical, 1)
	v2 := strings.Replace(v1, "late on Sunday night", "late on Saturday night", 1)
	page.Store([]byte(v2))

	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	file := filepath.Join(t.TempDir(), "rail.html")
	if err := os.WriteFile(file, []byte(v1), 0o644); err != nil {
		t.Fatal(err)
	}
	im := &Importer{Store: st}
	first := im.Import(ctx, []string{file}, nil)
	if first.Imported != 1 {
		t.Fatalf("file import: %+v", first)
	}
	second := im.Import(ctx, []string{canonical + "?utm_source=feed"}, nil)
	if second.Imported != 0 || second.Updated != 1 || !strings.Contains(second.Text(), "1 updated") {
		t.Errorf("URL import of the corrected page: %+v\n%s", second, second.Text())
	}
	if n, _ := st.Count(ctx); n != 1 {
		t.Errorf("%d articles, want one", n)
	}
	got, err := st.Get(ctx, first.IDs[0])
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got.Article.Body, "Saturday night") {
		t.Error("the stored article is not the corrected text")
	}
	hits, err := st.Search(ctx, "saturday", 5)
	if err != nil || len(hits) != 1 {
		t.Errorf("the index does not hold the new text: %v %d", err, len(hits))
	}
	if hits, _ := st.Search(ctx, "sunday", 5); len(hits) != 0 {
		t.Error("the index still holds the old text")
	}
	third := im.Import(ctx, []string{canonical}, nil)
	if third.Duplicates != 1 || third.Updated != 0 {
		t.Errorf("the same page again: %+v", third)
	}
}
