package postgres

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
	"github.com/byline/byline/store/cluster"
)

// generation reads the speaker index's generation.
func (s *Store) generation(ctx context.Context) (int64, error) {
	var gen int64
	var called bool
	if err := s.pool.QueryRow(ctx, `SELECT last_value, is_called FROM speaker_generation`).Scan(&gen, &called); err != nil {
		return 0, err
	}
	if !called {
		gen = 0
	}
	return gen, nil
}

// clustersLocked returns every speaker of the library (speaker_clusters),
// from the cache while the generation stays the same; c is locked.
func (s *Store) clustersLocked(ctx context.Context, gen int64) ([]*cluster.Speaker, error) {
	c := &s.speakers
	if c.valid && c.gen == gen && c.groups != nil {
		return c.groups, nil
	}
	gs, err := keptClusters(ctx, s.pool, nil)
	if err != nil {
		return nil, err
	}
	if c.gen != gen {
		c.stats = nil
	}
	c.valid, c.gen, c.groups = true, gen, gs
	return gs, nil
}

// Speakers implements store.Store. Names merge across articles as in the
// SQLite store (package cluster); the list is read from speaker_clusters,
// which writes keep (regroup; the surnames writes left stale are grouped
// first), and cached for as long as the speaker generation stays the same.
func (s *Store) Speakers(ctx context.Context) ([]store.SpeakerStat, error) {
	if err := s.freshen(ctx); err != nil {
		return nil, fmt.Errorf("store: speakers: %w", err)
	}
	gen, err := s.generation(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: speakers: %w", err)
	}
	c := &s.speakers
	c.Lock()
	defer c.Unlock()
	if c.valid && c.gen == gen && c.stats != nil {
		return cloneStats(c.stats), nil
	}
	rows, err := s.pool.Query(ctx, `SELECT name, role, aliases, quotes, articles FROM speaker_clusters`)
	if err != nil {
		return nil, fmt.Errorf("store: speakers: %w", err)
	}
	out := []store.SpeakerStat{}
	var st store.SpeakerStat
	var aliases string
	if _, err := pgx.ForEachRow(rows, []any{&st.Name, &st.Role, &aliases, &st.Quotes, &st.Articles}, func() error {
		st.Aliases = lines(aliases)
		out = append(out, st)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("store: speakers: %w", err)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Quotes != out[j].Quotes {
			return out[i].Quotes > out[j].Quotes
		}
		return out[i].Name < out[j].Name
	})
	if c.gen != gen {
		c.groups = nil
	}
	c.valid, c.gen, c.stats = true, gen, out
	return cloneStats(out), nil
}

func cloneStats(stats []store.SpeakerStat) []store.SpeakerStat {
	out := make([]store.SpeakerStat, len(stats))
	for i, st := range stats {
		st.Aliases = slices.Clone(st.Aliases)
		out[i] = st
	}
	return out
}

// findSpeaker finds the speaker a name stands for, as cluster.Find does.
// The names that can merge with a name all share its surname, so it first
// reads only the speakers of that surname; only a name that is no
// speaker's own (an alias, a surname alone) needs every speaker read.
func (s *Store) findSpeaker(ctx context.Context, name string) (*cluster.Speaker, error) {
	pkey, okey := reader.SpeakerKey(name, reader.Person), reader.SpeakerKey(name, reader.Org)
	if pkey == "" {
		return nil, nil
	}
	if err := s.freshen(ctx); err != nil {
		return nil, err
	}
	gen, err := s.generation(ctx)
	if err != nil {
		return nil, err
	}
	cs, err := keptClusters(ctx, s.pool, []string{cluster.Surname(pkey), cluster.Surname(okey)})
	if err != nil {
		return nil, err
	}
	if c := cluster.WithKey(cs, okey, pkey); c != nil {
		return c, nil
	}
	s.speakers.Lock()
	defer s.speakers.Unlock()
	if cs, err = s.clustersLocked(ctx, gen); err != nil {
		return nil, err
	}
	return cluster.Find(cs, name), nil
}

// QuotesBy implements store.Store: any name or alias of a speaker, in any
// case, gives the quotes of every name merged into it, newest article
// first, in text order within an article.
func (s *Store) QuotesBy(ctx context.Context, speaker string) ([]store.QuoteRef, error) {
	g, err := s.findSpeaker(ctx, speaker)
	if err != nil {
		return nil, fmt.Errorf("store: quotes by %q: %w", speaker, err)
	}
	if g == nil {
		return nil, fmt.Errorf("store: quotes by %q: %w", speaker, store.ErrNotFound)
	}
	rows, err := s.pool.Query(ctx, `SELECT q.article_id, a.title, a.source, a.date, q.speaker, q.quotes, coalesce(a.url, '')
		FROM speaker_quotes AS q JOIN articles AS a ON a.id = q.article_id
		WHERE q.speaker_key = ANY($1)
		ORDER BY a.sorted DESC, a.id DESC, q.first_idx`, g.Keys)
	if err != nil {
		return nil, fmt.Errorf("store: quotes by %q: %w", speaker, err)
	}
	defer rows.Close()
	var out []store.QuoteRef
	for rows.Next() {
		var r store.QuoteRef
		var date *string
		var quotes string
		if err := rows.Scan(&r.ArticleID, &r.Title, &r.Source, &date, &r.Speaker, &quotes, &r.URL); err != nil {
			return nil, fmt.Errorf("store: quotes by %q: %w", speaker, err)
		}
		if date != nil {
			if r.Date, err = time.Parse(time.RFC3339Nano, *date); err != nil {
				return nil, fmt.Errorf("store: quotes by %q: decode date: %w", speaker, err)
			}
		}
		if out, err = store.AppendQuoteRefs(out, r, quotes); err != nil {
			return nil, fmt.Errorf("store: quotes by %q: %w", speaker, err)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: quotes by %q: %w", speaker, err)
	}
	store.SortQuoteRefs(out)
	return out, nil
}
