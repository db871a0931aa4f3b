package postgres

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"time"

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

// groups returns every speaker of the library, merged, from the cache
// while the generation stays the same; c is locked.
func (s *Store) groupsLocked(ctx context.Context) ([]*cluster.Speaker, bool, error) {
	gen, err := s.generation(ctx)
	if err != nil {
		return nil, false, err
	}
	c := &s.speakers
	if c.valid && c.gen == gen {
		return c.groups, true, nil
	}
	// The speaker index: a row for each (key, name, kind), kept by
	// triggers as quotes come and go.
	rows, err := s.pool.Query(ctx, `SELECT speaker_key, speaker, speaker_kind, quotes, articles
		FROM speaker_names WHERE quotes > 0`)
	if err != nil {
		return nil, false, err
	}
	var names []cluster.Name
	for rows.Next() {
		var n cluster.Name
		var kind int
		if err := rows.Scan(&n.Key, &n.Name, &kind, &n.Quotes, &n.Articles); err != nil {
			rows.Close()
			return nil, false, err
		}
		n.Kind = reader.EntityKind(kind)
		names = append(names, n)
	}
	if err := rows.Err(); err != nil {
		return nil, false, err
	}
	rows, err = s.pool.Query(ctx, `SELECT speaker_key, alias FROM speaker_alias_names WHERE n > 0`)
	if err != nil {
		return nil, false, err
	}
	aliases := map[string][]string{}
	for rows.Next() {
		var k, a string
		if err := rows.Scan(&k, &a); err != nil {
			rows.Close()
			return nil, false, err
		}
		aliases[k] = append(aliases[k], a)
	}
	if err := rows.Err(); err != nil {
		return nil, false, err
	}
	c.valid, c.gen, c.groups, c.stats = true, gen, cluster.Group(names, aliases), nil
	return c.groups, false, nil
}

// Speakers implements store.Store. Names merge across articles as in the
// SQLite store (package cluster).
func (s *Store) Speakers(ctx context.Context) ([]store.SpeakerStat, error) {
	c := &s.speakers
	c.Lock()
	defer c.Unlock()
	gs, cached, err := s.groupsLocked(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: speakers: %w", err)
	}
	if cached && c.stats != nil {
		return cloneStats(c.stats), nil
	}
	out := make([]store.SpeakerStat, len(gs))
	// Speakers of several names: count their articles in one query.
	var keys []string
	var group []int32
	for i, g := range gs {
		out[i] = store.SpeakerStat{Name: g.Display, Aliases: g.Aliases, Quotes: g.Quotes, Articles: g.Articles()}
		if out[i].Articles < 0 {
			for _, k := range g.Keys {
				keys, group = append(keys, k), append(group, int32(i))
			}
		}
	}
	if len(keys) > 0 {
		rows, err := s.pool.Query(ctx, `SELECT k.g, count(DISTINCT q.article_id)
			FROM unnest($1::text[], $2::int[]) AS k(key, g) JOIN speaker_quotes AS q ON q.speaker_key = k.key
			GROUP BY k.g`, keys, group)
		if err != nil {
			return nil, fmt.Errorf("store: speakers: %w", err)
		}
		for rows.Next() {
			var g int32
			var n int
			if err := rows.Scan(&g, &n); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: speakers: %w", err)
			}
			out[g].Articles = n
		}
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("store: speakers: %w", err)
		}
		for i := range out {
			out[i].Articles = max(out[i].Articles, 0)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Quotes != out[j].Quotes {
			return out[i].Quotes > out[j].Quotes
		}
		return out[i].Name < out[j].Name
	})
	c.stats = out
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

// QuotesBy implements store.Store: any name or alias of a speaker, in any
// case, gives the quotes of every name merged into it, newest article
// first, in text order within an article.
func (s *Store) QuotesBy(ctx context.Context, speaker string) ([]store.QuoteRef, error) {
	s.speakers.Lock()
	gs, _, err := s.groupsLocked(ctx)
	s.speakers.Unlock()
	if err != nil {
		return nil, fmt.Errorf("store: quotes by %q: %w", speaker, err)
	}
	g := cluster.Find(gs, speaker)
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
