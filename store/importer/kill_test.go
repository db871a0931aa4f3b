package importer

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/byline/byline/store"
)

// TestImportKilled kills a process in the middle of an import, as a crash
// or kill -9 would, then reopens its store: every article in it must be
// whole, with its analysis, and at least as many as the import reported.
func TestImportKilled(t *testing.T) {
	if dir := os.Getenv("BYLINE_KILL_CHILD_DIR"); dir != "" {
		importChild(dir, os.Getenv("BYLINE_KILL_CHILD_DB"))
		return
	}
	if testing.Short() {
		t.Skip("starts a child process")
	}
	dir := t.TempDir()
	const n = 1000
	for i := range n {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("a%04d.txt", i)), []byte(textArticle(i)))
	}
	db := filepath.Join(t.TempDir(), "test.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestImportKilled$", "-test.count=1")
	cmd.Env = append(os.Environ(), "BYLINE_KILL_CHILD_DIR="+dir, "BYLINE_KILL_CHILD_DB="+db)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	reported := 0
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "imported "); ok {
			reported, _ = strconv.Atoi(v)
			if reported > 0 {
				break
			}
		}
	}
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	if reported == 0 {
		t.Fatal("the child reported no progress before it ended")
	}

	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer st.Close()
	count, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if count < reported || count > n {
		t.Fatalf("%d articles in the store; the child had reported %d of %d", count, reported, n)
	}
	list, err := st.List(ctx, store.ListOptions{Limit: n})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != count {
		t.Errorf("List gives %d articles, Count %d", len(list), count)
	}
	for _, s := range list {
		got, err := st.Get(ctx, s.ID)
		if err != nil {
			t.Fatalf("article %d: %v", s.ID, err)
		}
		if got.Analysis == nil || !strings.HasPrefix(got.Title, "Council approves plan number") || !strings.Contains(got.Article.Body, "said the mayor") {
			t.Fatalf("article %d is not whole: %q, analysis %v", s.ID, got.Title, got.Analysis != nil)
		}
	}
	// The store still takes the rest of the import.
	sum := (&Importer{Store: st}).Import(ctx, []string{dir}, nil)
	if sum.Imported != n-count || sum.Duplicates != count || len(sum.Failed) != 0 {
		t.Errorf("resumed import: imported %d duplicates %d failed %d", sum.Imported, sum.Duplicates, len(sum.Failed))
	}
}

// importChild imports dir into db, printing the running count, until it
// is killed.
func importChild(dir, db string) {
	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	last := -1
	(&Importer{Store: st, Workers: 2}).Import(ctx, []string{dir}, func(p Progress) {
		if p.Imported != last {
			last = p.Imported
			fmt.Printf("imported %d\n", p.Imported)
		}
	})
	fmt.Println("finished")
	os.Exit(0)
}
