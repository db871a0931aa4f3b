package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/byline/byline/reader"
)

// titleCore are titles that stand before a person's name ("President
// Trump", "Mr Starmer"); titleMods are words that may come before a title
// ("US Vice President", "the former Prime Minister").
var (
	titleCore = wordSet(`mr mrs ms miss mx dr prof professor sir dame lord lady baroness baron
		president minister secretary chancellor leader governor gov senator sen rep representative
		congressman congresswoman mayor pm mp king queen prince princess pope judge rev reverend sheikh
		ayatollah ambassador commissioner spokesman spokeswoman spokesperson chairman chairwoman chair
		ceo director general gen colonel col lieutenant lt admiral captain capt sergeant sgt detective
		inspector coach manager attorney`)
	titleMods = wordSet(`the us uk eu un vice deputy prime foreign home defence defense health finance
		interior education treasury first former acting chief junior shadow opposition labour
		conservative republican democratic russian ukrainian american british french german chinese
		israeli iranian`)
	suffixWords = wordSet(`jr sr ii iii iv`)
)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// speakerKey normalises a speaker's name for matching across articles:
// lower case, punctuation and a leading "the" dropped. For a person, titles
// before the name ("President", "Mr", "Secretary of State", "the Ukrainian
// president") and suffixes after it ("Jr") go too, so "President Donald J.
// Trump" gives "donald j trump". Names that are only a title are kept whole.
func speakerKey(name string, kind reader.EntityKind) string {
	toks := nameTokens(name)
	if kind != reader.Person {
		if len(toks) > 1 && toks[0] == "the" {
			toks = toks[1:]
		}
		return strings.Join(toks, " ")
	}
	for {
		i := 0
		for i < len(toks) && titleMods[toks[i]] {
			i++
		}
		if i < len(toks) && titleCore[toks[i]] {
			i++
			if i+1 < len(toks) && toks[i] == "of" {
				i += 2 // "Secretary of State"
			}
			if i < len(toks) && toks[i] == "general" {
				i++ // "Attorney General"
			}
		} else if i == 0 || toks[0] != "the" {
			break
		} else {
			i = 1
		}
		if i >= len(toks) {
			break
		}
		toks = toks[i:]
	}
	for len(toks) > 1 && suffixWords[toks[len(toks)-1]] {
		toks = toks[:len(toks)-1]
	}
	return strings.Join(toks, " ")
}

// nameTokens splits a name into lower-case words; apostrophes and hyphens
// inside a word are kept ("o'neill", "ocasio-cortez"), and a possessive
// "'s" is dropped.
func nameTokens(name string) []string {
	f := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-')
	})
	out := f[:0]
	for _, t := range f {
		t = strings.ReplaceAll(t, "’", "'")
		t = strings.TrimSuffix(t, "'s")
		t = strings.Trim(t, "'-")
		if t != "" {
			out = append(out, t)
		}
	}
	return out
}

// surname returns the last word of a speaker key.
func surname(key string) string {
	return key[strings.LastIndexByte(key, ' ')+1:]
}

// speakerName is one way a speaker is named in the library, with its
// numbers.
type speakerName struct {
	key, name string
	kind      reader.EntityKind
	quotes    int
	articles  int
}

// cluster is a set of speaker keys taken to be one speaker.
type cluster struct {
	keys    []string
	names   []speakerName
	display string
	quotes  int
	aliases map[string]bool // lower-cased → seen; the values of aliasText
	alias   []string
}

// speakerNames reads the (key, name, kind) triples of speaker_quotes
// with their quote and article counts: all of them, or those matching
// where (a condition on speaker_quotes) when it is not empty.
func (s *SQLite) speakerNames(ctx context.Context, where string, args ...any) ([]speakerName, error) {
	if where == "" {
		where = `speaker_key <> ''`
	}
	// The surname is a function of the key: grouping by it too follows
	// the speaker_quotes_speaker index.
	rows, err := s.db.QueryContext(ctx, `SELECT speaker_key, speaker, speaker_kind, sum(n), count(DISTINCT article_id)
		FROM speaker_quotes WHERE `+where+` GROUP BY speaker_surname, speaker_key, speaker, speaker_kind`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []speakerName
	for rows.Next() {
		var n speakerName
		var kind int
		if err := rows.Scan(&n.key, &n.name, &kind, &n.quotes, &n.articles); err != nil {
			return nil, err
		}
		n.kind = reader.EntityKind(kind)
		out = append(out, n)
	}
	return out, rows.Err()
}

// speakerAliases reads the other names each speaker key goes by.
func (s *SQLite) speakerAliases(ctx context.Context) (map[string][]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT speaker_key, alias FROM speaker_aliases`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string][]string{}
	for rows.Next() {
		var k, a string
		if err := rows.Scan(&k, &a); err != nil {
			return nil, err
		}
		out[k] = append(out[k], a)
	}
	return out, rows.Err()
}

// clusters merges speaker names across the library. Names with the same
// key are one speaker. A person's full names sharing a surname merge when
// their first names agree ("Donald Trump", "Donald J. Trump", and "D.
// Trump" when no other first name starts with D);
// a surname alone ("Trump") joins the one full name with that surname, when
// there is exactly one of a gender its titles and given names do not
// contradict ("Mr. Obama" does not join "Michelle Obama"). Organisations
// and places merge by key only.
func clusters(names []speakerName, aliases map[string][]string) []*cluster {
	// Union-find over keys.
	parent := map[string]string{}
	var find func(string) string
	find = func(k string) string {
		p, ok := parent[k]
		if !ok || p == k {
			parent[k] = k
			return k
		}
		r := find(p)
		parent[k] = r
		return r
	}
	union := func(a, b string) {
		ra, rb := find(a), find(b)
		if ra != rb {
			parent[rb] = ra
		}
	}
	// Each key's kind is that of most of its quotes.
	kindQuotes := map[string]map[reader.EntityKind]int{}
	for _, n := range names {
		find(n.key)
		if kindQuotes[n.key] == nil {
			kindQuotes[n.key] = map[reader.EntityKind]int{}
		}
		kindQuotes[n.key][n.kind] += n.quotes
	}
	isPerson := func(k string) bool {
		best, bestN := reader.Person, -1
		for kind, n := range kindQuotes[k] {
			if n > bestN || n == bestN && kind < best {
				best, bestN = kind, n
			}
		}
		return best == reader.Person
	}
	keys := make([]string, 0, len(kindQuotes))
	for k := range kindQuotes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	bySurname := map[string][]string{} // surname → full-name keys
	var single []string
	for _, k := range keys {
		if !isPerson(k) {
			continue
		}
		toks := strings.Fields(k)
		if len(toks) == 1 {
			single = append(single, k)
			continue
		}
		bySurname[toks[len(toks)-1]] = append(bySurname[toks[len(toks)-1]], k)
	}
	for _, full := range bySurname {
		// Names with the same first name are one person; a name with an
		// initial ("D. Trump") joins the one first name it can stand for.
		byFirst := map[string]string{}
		var initials []string
		for _, k := range full {
			first := k[:strings.IndexByte(k, ' ')]
			if utf8.RuneCountInString(first) == 1 {
				initials = append(initials, k)
				continue
			}
			if r, ok := byFirst[first]; ok {
				union(r, k)
			} else {
				byFirst[first] = k
			}
		}
		for _, k := range initials {
			initial, _ := utf8.DecodeRuneInString(k)
			var match []string
			for first, r := range byFirst {
				if f, _ := utf8.DecodeRuneInString(first); f == initial {
					match = append(match, r)
				}
			}
			if len(match) == 1 {
				union(match[0], k)
			} else if r, ok := byFirst[string(initial)]; ok {
				union(r, k) // the same initial
			} else {
				byFirst[string(initial)] = k
			}
		}
	}
	// The gender each key's names and aliases give ("Mr. Obama",
	// "Michelle Obama"), so that a surname does not join a full name of
	// the other gender; only the keys a surname might join are looked at.
	needed := make(map[string]bool, len(kindQuotes))
	for _, k := range single {
		if fs := bySurname[k]; len(fs) > 0 {
			needed[k] = true
			for _, f := range fs {
				needed[f] = true
			}
		}
	}
	genders := make(map[string]byte, len(needed))
	for _, n := range names {
		if needed[n.key] {
			genders[n.key] = agreeGender(genders[n.key], reader.NameGender(n.name))
		}
	}
	for k := range needed {
		for _, a := range aliases[k] {
			genders[k] = agreeGender(genders[k], reader.NameGender(a))
		}
	}
	rootGender := make(map[string]byte, len(needed))
	for k := range needed {
		r := find(k)
		rootGender[r] = agreeGender(rootGender[r], genders[k])
	}
	for _, k := range single {
		roots := map[string]bool{}
		for _, f := range bySurname[k] {
			r := find(f)
			if mayBeOne(genders[k], rootGender[r]) {
				roots[r] = true
			}
		}
		if len(roots) == 1 {
			for r := range roots {
				union(r, k)
			}
		}
	}
	byRoot := map[string]*cluster{}
	var out []*cluster
	for _, n := range names {
		r := find(n.key)
		c := byRoot[r]
		if c == nil {
			c = &cluster{aliases: map[string]bool{}}
			byRoot[r] = c
			out = append(out, c)
		}
		c.names = append(c.names, n)
		c.quotes += n.quotes
		if !slices.Contains(c.keys, n.key) {
			c.keys = append(c.keys, n.key)
		}
	}
	for _, c := range out {
		c.display = displayName(c.names)
		add := func(a string) {
			a = strings.Join(strings.Fields(a), " ")
			l := strings.ToLower(a)
			if a == "" || c.aliases[l] || strings.EqualFold(a, c.display) {
				return
			}
			c.aliases[l] = true
			c.alias = append(c.alias, a)
		}
		for _, n := range c.names {
			add(n.name)
		}
		for _, k := range c.keys {
			for _, a := range aliases[k] {
				add(a)
			}
		}
		sort.Strings(c.alias)
		sort.Strings(c.keys)
	}
	return out
}

// agreeGender combines two genders a speaker's names give: 'm', 'f', 0
// for none yet, '?' once two disagree.
func agreeGender(a, b byte) byte {
	switch {
	case b == 0 || a == b:
		return a
	case a == 0:
		return b
	}
	return '?'
}

// mayBeOne reports whether speakers of genders a and b (agreeGender's
// values) may be one person: unless each is 'm' or 'f' and they differ.
func mayBeOne(a, b byte) bool {
	known := func(g byte) bool { return g == 'm' || g == 'f' }
	return !known(a) || !known(b) || a == b
}

// displayName picks a cluster's name: a full name rather than a surname,
// one without a title ("Keir Starmer", not "Sir Keir Starmer"), the most
// quoted, the longest.
func displayName(names []speakerName) string {
	type rank struct {
		full, plain bool
		quotes, n   int
	}
	rankOf := func(n speakerName) rank {
		kw := len(strings.Fields(n.key))
		return rank{kw > 1, len(nameTokens(n.name)) == kw, n.quotes, len(n.name)}
	}
	better := func(a, b rank) bool {
		switch {
		case a.full != b.full:
			return a.full
		case a.plain != b.plain:
			return a.plain
		case a.quotes != b.quotes:
			return a.quotes > b.quotes
		}
		return a.n > b.n
	}
	best, br := names[0], rankOf(names[0])
	for _, n := range names[1:] {
		r := rankOf(n)
		if better(r, br) || r == br && n.name < best.name {
			best, br = n, r
		}
	}
	return best.name
}

// Speakers implements Store. Names are merged across articles as described
// at speakerKey and clusters: "Trump" in one article and "Donald Trump" in
// another are one speaker, "Donald Trump", with the alias "Trump".
func (s *SQLite) Speakers(ctx context.Context) ([]SpeakerStat, error) {
	gen, err := s.quotesGeneration(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: speakers: %w", err)
	}
	c := &s.speakers
	c.Lock()
	defer c.Unlock()
	if c.valid && c.gen == gen && c.stats != nil {
		return cloneStats(c.stats), nil
	}
	cs, err := s.loadClustersLocked(ctx, gen)
	if err != nil {
		return nil, fmt.Errorf("store: speakers: %w", err)
	}
	roles, err := s.speakerRoles(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: speakers: %w", err)
	}
	out := make([]SpeakerStat, 0, len(cs))
	for _, cl := range cs {
		st := SpeakerStat{Name: cl.display, Aliases: cl.alias, Quotes: cl.quotes, Role: clusterRole(cl.keys, roles)}
		if len(cl.names) == 1 {
			st.Articles = cl.names[0].articles
		} else if st.Articles, err = s.countArticles(ctx, cl.keys); err != nil {
			return nil, fmt.Errorf("store: speakers: %w", err)
		}
		out = append(out, st)
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

// cloneStats copies stats so that callers cannot change the cache.
func cloneStats(stats []SpeakerStat) []SpeakerStat {
	out := make([]SpeakerStat, len(stats))
	for i, st := range stats {
		st.Aliases = slices.Clone(st.Aliases)
		out[i] = st
	}
	return out
}

// quotesGeneration reads the counter that every change of quotes bumps.
func (s *SQLite) quotesGeneration(ctx context.Context) (int64, error) {
	var gen int64
	err := s.db.QueryRowContext(ctx, `SELECT value FROM store_meta WHERE key = 'quotes_generation'`).Scan(&gen)
	return gen, err
}

// loadClusters returns every speaker of the library, from the cache while
// the quotes have not changed.
func (s *SQLite) loadClusters(ctx context.Context) ([]*cluster, error) {
	gen, err := s.quotesGeneration(ctx)
	if err != nil {
		return nil, err
	}
	s.speakers.Lock()
	defer s.speakers.Unlock()
	return s.loadClustersLocked(ctx, gen)
}

// loadClustersLocked is loadClusters with the cache locked. The clusters
// are read after gen was, so they are at least as new: at worst the next
// call reads them again.
func (s *SQLite) loadClustersLocked(ctx context.Context, gen int64) ([]*cluster, error) {
	c := &s.speakers
	if c.valid && c.gen == gen {
		return c.clusters, nil
	}
	names, err := s.speakerNames(ctx, "")
	if err != nil {
		return nil, err
	}
	aliases, err := s.speakerAliases(ctx)
	if err != nil {
		return nil, err
	}
	c.valid, c.gen, c.clusters, c.stats = true, gen, clusters(names, aliases), nil
	return c.clusters, nil
}

// countArticles counts the articles quoting any of keys.
func (s *SQLite) countArticles(ctx context.Context, keys []string) (int, error) {
	var n int
	where, args := keyIn(keys)
	q := `SELECT count(DISTINCT article_id) FROM speaker_quotes WHERE ` + where
	if err := s.db.QueryRowContext(ctx, q, args...).Scan(&n); err != nil {
		return 0, err
	}
	return n, nil
}

// keyIn is a condition on speaker_quotes matching any of keys, with its arguments;
// it names the keys' surnames too, so that it follows the index.
func keyIn(keys []string) (string, []any) {
	var args []any
	surnames := map[string]bool{}
	for _, k := range keys {
		if !surnames[surname(k)] {
			surnames[surname(k)] = true
			args = append(args, surname(k))
		}
	}
	ns := len(args)
	for _, k := range keys {
		args = append(args, k)
	}
	return `speaker_surname IN (` + placeholders(ns) + `) AND speaker_key IN (` + placeholders(len(keys)) + `)`, args
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// findCluster picks the speaker a name stands for: the one with that name
// (or key), else the one with that alias, else, for a surname alone, one
// with that surname; when several fit, the most quoted.
func findCluster(cs []*cluster, name string) *cluster {
	pkey, okey := speakerKey(name, reader.Person), speakerKey(name, reader.Org)
	if pkey == "" {
		return nil
	}
	for _, k := range []string{okey, pkey} {
		for _, c := range cs {
			if slices.Contains(c.keys, k) {
				return c
			}
		}
	}
	var best *cluster
	for _, c := range cs {
		hit := c.aliases[strings.ToLower(strings.Join(strings.Fields(name), " "))]
		for _, a := range c.alias {
			hit = hit || speakerKey(a, reader.Person) == pkey
		}
		if hit && (best == nil || c.quotes > best.quotes) {
			best = c
		}
	}
	if best != nil || strings.Contains(pkey, " ") {
		return best
	}
	// A surname alone: the most quoted speaker of that surname.
	for _, c := range cs {
		for _, k := range c.keys {
			if strings.HasSuffix(k, " "+pkey) && (best == nil || c.quotes > best.quotes) {
				best = c
			}
		}
	}
	return best
}

// findSpeaker finds the speaker a name stands for, as findCluster does.
// The names that can merge with a name all share its surname, so it first
// clusters only those; only a name that is no speaker's own (an alias, a
// surname alone) needs every speaker read.
func (s *SQLite) findSpeaker(ctx context.Context, name string) (*cluster, error) {
	pkey, okey := speakerKey(name, reader.Person), speakerKey(name, reader.Org)
	if pkey == "" {
		return nil, nil
	}
	names, err := s.speakerNames(ctx, `speaker_surname IN (?, ?)`, surname(pkey), surname(okey))
	if err != nil {
		return nil, err
	}
	for _, k := range []string{okey, pkey} {
		for _, c := range clusters(names, nil) {
			if slices.Contains(c.keys, k) {
				return c, nil
			}
		}
	}
	cs, err := s.loadClusters(ctx)
	if err != nil {
		return nil, err
	}
	return findCluster(cs, name), nil
}

// QuotesBy implements Store. speaker may be any name or alias the speaker
// goes by, in any case ("trump", "President Trump"); the quotes of every
// name merged into that speaker are returned, newest article first and in
// text order within an article. An unknown speaker gives ErrNotFound.
func (s *SQLite) QuotesBy(ctx context.Context, speaker string) ([]QuoteRef, error) {
	c, err := s.findSpeaker(ctx, speaker)
	if err != nil {
		return nil, fmt.Errorf("store: quotes by %q: %w", speaker, err)
	}
	if c == nil {
		return nil, fmt.Errorf("store: quotes by %q: %w", speaker, ErrNotFound)
	}
	where, args := keyIn(c.keys)
	q := `SELECT q.article_id, a.title, a.source, a.date, q.speaker, q.quotes, coalesce(a.url, '')
		FROM speaker_quotes AS q JOIN articles AS a ON a.id = q.article_id
		WHERE ` + strings.NewReplacer("speaker_", "q.speaker_").Replace(where) + `
		ORDER BY a.sorted DESC, a.id DESC, q.first_idx`
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store: quotes by %q: %w", speaker, err)
	}
	defer rows.Close()
	var out []QuoteRef
	for rows.Next() {
		var r QuoteRef
		var date sql.NullString
		var quotes string
		if err := rows.Scan(&r.ArticleID, &r.Title, &r.Source, &date, &r.Speaker, &quotes, &r.URL); err != nil {
			return nil, fmt.Errorf("store: quotes by %q: %w", speaker, err)
		}
		if date.Valid {
			if r.Date, err = time.Parse(time.RFC3339Nano, date.String); err != nil {
				return nil, fmt.Errorf("store: quotes by %q: decode date: %w", speaker, err)
			}
		}
		if out, err = AppendQuoteRefs(out, r, quotes); err != nil {
			return nil, fmt.Errorf("store: quotes by %q: %w", speaker, err)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: quotes by %q: %w", speaker, err)
	}
	SortQuoteRefs(out)
	return out, nil
}

// AppendQuoteRefs appends to out the quotes of one speaker_quotes row,
// quotes being its JSON (StoredQuote), each with r's article fields.
func AppendQuoteRefs(out []QuoteRef, r QuoteRef, quotes string) ([]QuoteRef, error) {
	var qs []StoredQuote
	if err := json.Unmarshal([]byte(quotes), &qs); err != nil {
		return out, fmt.Errorf("decode article %d's quotes: %w", r.ArticleID, err)
	}
	for _, q := range qs {
		r.Text, r.Lead, r.Kind, r.Index, r.Span = q.Text, q.Lead, q.Kind, q.Idx, reader.Span{Start: q.Start, End: q.End}
		out = append(out, r)
	}
	return out, nil
}

// SortQuoteRefs puts each article's quotes in text order. An article's
// quotes by two names of the speaker come in two rows, next to each
// other, so that only runs of one article are sorted.
func SortQuoteRefs(out []QuoteRef) {
	for i := 0; i < len(out); {
		j := i + 1
		for j < len(out) && out[j].ArticleID == out[i].ArticleID {
			j++
		}
		slices.SortFunc(out[i:j], func(a, b QuoteRef) int { return cmp.Compare(a.Index, b.Index) })
		i = j
	}
}
