package postgres

import (
	"context"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/byline/byline/store"
	"github.com/byline/byline/store/storetest"
)

// TestSpeakersTwoWriters: two processes (two connection pools) write
// articles quoting names of the same surnames at once, in batches, one
// of them deleting some of its own as it goes; the speakers kept are
// those a new store given the articles left, at once, lists. Each writer
// regroups a surname under its lock, after the other's commit. Then the
// same with the writers' pace: most writes leave their surnames stale for
// the reader to regroup.
func TestSpeakersTwoWriters(t *testing.T) {
	t.Run("regroup-every-write", func(t *testing.T) { twoWriters(t, -1) })
	t.Run("paced", func(t *testing.T) { twoWriters(t, 0) })
}

func twoWriters(t *testing.T, every time.Duration) {
	ctx := context.Background()
	a, dsn := openTest(t, "a")
	b, err := Open(ctx, dsn, "b")
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	a.pace.Every, b.pace.Every = every, every
	const per = 120
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for w, s := range []*Store{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < per && errs[w] == nil; i += 8 {
				var items []store.Item
				for k := i; k < i+8; k++ {
					items = append(items, storetest.SpeakerItem(2*k+w, 0))
				}
				res, err := s.PutMany(ctx, items)
				if err != nil {
					errs[w] = err
					return
				}
				if w == 1 && i%24 == 0 {
					errs[w] = s.Delete(ctx, res[0].ID)
				}
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	var items []store.Item
	for k := range per {
		for w := range 2 {
			if w == 1 && k%24 == 0 {
				continue
			}
			items = append(items, storetest.SpeakerItem(2*k+w, 0))
		}
	}
	fresh, _ := openTest(t, "c")
	if _, err := fresh.PutMany(ctx, items); err != nil {
		t.Fatal(err)
	}
	want, err := fresh.Speakers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []*Store{a, b} {
		got, err := s.Speakers(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("speakers written by two at once:\n%+v\nwant:\n%+v", got, want)
		}
	}

	// The migrations' fill (0008's) groups the library from its names alone.
	if _, err := a.pool.Exec(ctx, `TRUNCATE speaker_clusters`); err != nil {
		t.Fatal(err)
	}
	if err := pgx.BeginFunc(ctx, a.pool, func(tx pgx.Tx) error { return fillSpeakerClusters(ctx, tx) }); err != nil {
		t.Fatal(err)
	}
	a.bumpGeneration(ctx)
	if got, err := a.Speakers(ctx); err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("speakers filled by the migrations' fill (0008; 0007 before):\n%+v, %v\nwant:\n%+v", got, err, want)
	}
}

// TestRegroupManySurnames: regrouping 20,000 surnames in one transaction
// (a migration's fill, an import's stale surnames) takes few enough
// advisory locks for the server's lock table (64 a connection by
// default: one a surname ran out of it).
func TestRegroupManySurnames(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t, "u")
	surnames := make([]string, 20_000)
	for i := range surnames {
		surnames[i] = fmt.Sprintf("surname%05d", i)
	}
	if err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error { return regroup(ctx, tx, surnames) }); err != nil {
		t.Fatal(err)
	}
}
