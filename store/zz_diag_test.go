package store

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"
)

func BenchmarkZZDiagWAL(b *testing.B) {
	items := loadBBC(b)
	ctx := context.Background()
	s := openAt(b, os.Getenv("DIAG_DB"))
	run := time.Now().UnixNano()
	for i := range items {
		a := *items[i].Article
		a.URL = fmt.Sprintf("%s#%d", a.URL, run)
		items[i].Article = &a
		if err := items[i].Encode(); err != nil {
			b.Fatal(err)
		}
	}
	n := 500
	if _, err := s.PutMany(ctx, items[:n]); err != nil {
		b.Fatal(err)
	}
	if err := copyFile(s.Path()+"-wal", "/tmp/h18i/diag.wal"); err != nil {
		b.Fatal(err)
	}
}
