package reader

import (
	"cmp"
	"slices"
	"strings"
	"sync"
)

// Analyze finds the quotes, speakers, entities and key figures of an
// article. It is deterministic and needs nothing but the article.
func Analyze(a *Article) *Analysis {
	an, _ := analyze(a, false)
	return an
}

// analyze is Analyze; with explain, it also returns for each quote the
// mentions its speaker rule passed over and how its mention was resolved.
func analyze(a *Article, explain bool) (*Analysis, []explained) {
	an := &Analysis{Version: AnalyzerVersion}
	d := newDoc(a)
	d.explain = explain
	d.attribute()
	d.fill(an)
	var passed []explained
	if explain {
		for _, f := range d.found {
			passed = append(passed, explained{passed: f.passed, via: f.r.via, speech: f.speech, feats: f.feats})
		}
		passed = append(passed, d.notListed()...) // after the quotes: what the speech model dropped
	}
	d.release()
	an.Figures = findFigures(a)
	return an, passed
}

// docPool keeps docs between articles, so that a bulk import does not
// make their arrays anew for each one.
var docPool = sync.Pool{New: func() any { return new(doc) }}

// zeroed returns s cut or grown to n zero elements, in its own array
// when that is big enough.
func zeroed[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// emptied returns s with length 0, its whole array zeroed so that it
// holds on to nothing.
func emptied[T any](s []T) []T {
	s = s[:cap(s)]
	clear(s)
	return s[:0]
}

// cleared empties m and returns it.
func cleared[K comparable, V any](m map[K]V) map[K]V {
	clear(m)
	return m
}

// release empties the doc, keeping its arrays, and gives it back to
// docPool. The doc must not be used after.
func (d *doc) release() {
	clear(d.strFull) // the aliases of the entities let go
	*d = doc{
		blocks: emptied(d.blocks), blkTok: d.blkTok[:0], quoteBlk: d.quoteBlk[:0],
		sents: emptied(d.sents), sentBuf: d.sentBuf[:0], starts: d.starts[:0],
		toks: d.toks[:0], quotes: d.quotes[:0], quoteFound: d.quoteFound[:0], inQuote: d.inQuote[:0],
		chunks: emptied(d.chunks), chunkAt: d.chunkAt[:0], ents: emptied(d.ents),
		cueKinds: d.cueKinds[:0], wflags: d.wflags[:0], lflags: d.lflags[:0], cueInfos: d.cueInfos[:0],
		inReported: d.inReported[:0], said: emptied(d.said), found: emptied(d.found),
		extraBuf: emptied(d.extraBuf), nameBuf: emptied(d.nameBuf), nameTok: d.nameTok[:0],
		intSlab: d.intFull, intFull: d.intFull, spanSlab: d.spanFull, spanFull: d.spanFull,
		strSlab: d.strFull, strFull: d.strFull,
		byKey: cleared(d.byKey), bySurname: cleared(d.bySurname), firstNames: cleared(d.firstNames),
	}
	if cap(d.toks) > maxPooledTokens {
		return // a huge article's arrays go to the collector, not the pool
	}
	docPool.Put(d)
}

// maxPooledTokens is the most tokens a doc kept in docPool may hold
// arrays for (a long feature is ~10,000). A pathological article (an
// 8 MB page of quotes: 1.6 million tokens, hundreds of MB of arrays)
// would otherwise stay in the pool, alive through the figure search and
// the next articles.
const maxPooledTokens = 1 << 16

// doc is an article being analysed: its tokens, quotes, names and what
// has been found so far.
type doc struct {
	a      *Article
	body   string
	lx     *lexicon
	blocks []Block
	// blkTok is the token range [start, end) of each block.
	blkTok [][2]int
	// quoteBlk says which blocks may hold quotes (not images or bylines).
	quoteBlk []bool
	sents    [][][2]int
	toks     []token
	quotes   []qspan
	// quoteFound maps a quote to its index in found, or -1.
	quoteFound []int
	// inQuote[i] counts the tokens before token i inside direct quotes.
	inQuote []int32
	chunks  []chunk
	// runStart is the first token of the run splitRun is cutting.
	runStart int
	// firstNames maps a given name to the one person bearing it (-1 when
	// several do); built on first use (firstNamesMade).
	firstNames map[string]int
	// sorted is the number of chunks in text order; those after it were
	// added while attributing quotes.
	sorted  int
	chunkAt []int32
	// cueKinds keeps cueKind's answers, by token.
	cueKinds []cueKind
	// wflags and lflags keep the word lists that hold each token's
	// text and its lower case (see wordIs and lowerIs); 0 when not yet
	// looked up.
	wflags, lflags []wordFlag
	// cueInfos keeps cueWord of each token's text (see tokCueInfo).
	cueInfos []cueInfo
	// starts marks the tokens that start sentences, for findChunks.
	starts []bool
	// sentBuf is the array of all sents.
	sentBuf [][2]int
	// extraBuf holds the cues indirect finds with reportingWords.
	extraBuf []cue
	// intSlab, spanSlab and strSlab hold the first few chunks, mentions
	// and aliases of entities (see attach): what is left of intFull,
	// spanFull and strFull, which a reused doc hands out again.
	intSlab, intFull   []int
	spanSlab, spanFull []Span
	strSlab, strFull   []string
	// byKey and bySurname are resolveEntities' indexes, kept for reuse.
	byKey          map[entKey]int
	bySurname      map[string][]int
	firstNamesMade bool
	// nameBuf holds the words nameWords returns, and nameTok their
	// tokens.
	nameBuf []string
	nameTok []int
	// lowBody is the body with ASCII capitals in lower case (see lower).
	lowBody string
	ents    []entity
	// explain makes attribute note the candidates each rule passed over.
	explain      bool
	modelDropped []found // reported speech the speech model dropped, when explaining
	inReported   []bool
	said         []said
	found        []found
}

func newDoc(a *Article) *doc {
	d := docPool.Get().(*doc)
	d.a, d.body, d.lx = a, a.Body, lex()
	singles := preferSingles(a.Body)
	if n := len(a.Body)/5 + 16; cap(d.toks) < n {
		d.toks = make([]token, 0, n)
	}
	if n := len(a.Blocks); cap(d.blocks) < n {
		d.blocks = make([]Block, 0, n)
		d.quoteBlk = make([]bool, 0, n)
		d.blkTok = make([][2]int, 0, n)
	}
	for _, b := range a.Blocks {
		if b.Start < 0 || b.End > len(a.Body) || b.Start >= b.End {
			continue
		}
		quotes := true
		switch b.Kind {
		case BlockByline, BlockSource, BlockDate, BlockImage:
			quotes = false
		}
		bi := len(d.blocks)
		d.blocks = append(d.blocks, b)
		d.quoteBlk = append(d.quoteBlk, quotes)
		t0 := len(d.toks)
		d.toks = tokenize(d.toks, a.Body, b.Start, b.End, bi)
		d.blkTok = append(d.blkTok, [2]int{t0, len(d.toks)})
		if quotes {
			sg := singles || b.Kind == BlockTitle || b.Kind == BlockHeading || b.Kind == BlockRelated
			n := len(d.quotes)
			d.quotes = findQuotes(d.quotes, a.Body, b.Start, b.End, bi, sg)
			// a quote going on from the paragraph before
			if n < len(d.quotes) && n > 0 && !d.quotes[n-1].closed && d.quotes[n].s == firstNonSpace(a.Body, b.Start, b.End) {
				d.quotes[n].cont = n - 1
			}
		}
	}
	d.markQuotes()
	d.inQuote = zeroed(d.inQuote, len(d.toks)+1)
	for i, t := range d.toks {
		d.inQuote[i+1] = d.inQuote[i]
		if t.q != 0 {
			d.inQuote[i+1]++
		}
	}
	d.chunkAt = zeroed(d.chunkAt, len(d.toks))
	d.inReported = zeroed(d.inReported, len(d.toks))
	d.cueKinds = zeroed(d.cueKinds, len(d.toks))
	d.wflags = zeroed(d.wflags, len(d.toks))
	d.lflags = zeroed(d.lflags, len(d.toks))
	d.cueInfos = zeroed(d.cueInfos, len(d.toks))
	d.quoteFound = zeroed(d.quoteFound, len(d.quotes))
	for i := range d.quoteFound {
		d.quoteFound[i] = -1
	}
	d.sents = zeroed(d.sents, len(d.blocks))
	d.starts = zeroed(d.starts, len(d.toks))
	starts := d.starts
	// the sentences of all blocks share one array, about one sentence
	// for every 25 tokens
	if n := len(d.toks)/25 + len(d.blocks); cap(d.sentBuf) < n {
		d.sentBuf = make([][2]int, 0, n)
	}
	for bi, r := range d.blkTok {
		n := len(d.sentBuf)
		d.sentBuf = d.sentences(d.sentBuf, r[0], r[1])
		d.sents[bi] = d.sentBuf[n:len(d.sentBuf):len(d.sentBuf)]
		for _, s := range d.sents[bi] {
			starts[s[0]] = true
			// a quote opening the sentence: its first word starts it too
			if s[0] < s[1] && d.toks[s[0]].kind == tkQuote && s[0]+1 < len(d.toks) {
				starts[s[0]+1] = true
			}
		}
	}
	for bi, r := range d.blkTok {
		d.findChunks(r[0], r[1], starts, d.blocks[bi].Kind == BlockTitle && d.titleCase(r[0], r[1]))
	}
	d.sorted = len(d.chunks)
	d.resolveEntities()
	return d
}

func firstNonSpace(s string, i, end int) int {
	for i < end && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}

// markQuotes sets each token's quote and each quote's token range.
func (d *doc) markQuotes() {
	t := 0
	for qi := range d.quotes {
		q := &d.quotes[qi]
		for t < len(d.toks) && d.toks[t].s < q.s {
			t++
		}
		q.t0 = t
		for t < len(d.toks) && d.toks[t].e <= q.e {
			d.toks[t].q = int32(qi + 1)
			t++
		}
		q.t1 = t
	}
}

// titleCase reports whether most words of tokens [from, to) are
// capitalised, as in a headline written in title case.
func (d *doc) titleCase(from, to int) bool {
	words, caps := 0, 0
	for t := from; t < to; t++ {
		if d.toks[t].kind == tkWord && len(d.text(t)) > 3 {
			words++
			if d.toks[t].upper {
				caps++
			}
		}
	}
	return words >= 3 && caps*10 >= words*7
}

// fill writes what was found into the Analysis.
func (d *doc) fill(an *Analysis) {
	if !foundInOrder(d.found) {
		slices.SortStableFunc(d.found, func(a, b found) int { return cmp.Compare(a.span.Start, b.span.Start) })
	}
	d.sortReported()
	speakers := map[string]int{}
	named := 0 // at most this many speakers
	for _, f := range d.found {
		if f.r.named() {
			named++
		}
	}
	if len(d.found) > 0 {
		an.Quotes = make([]Quote, 0, len(d.found))
	}
	for _, f := range d.found {
		q := Quote{Span: f.span, Kind: f.kind, Speaker: -1, Mention: f.mention, Cue: f.cue, Gap: f.gap, Rule: f.qrule}
		if f.r.named() {
			q.SpeakerRule = f.rule
			if q.SpeakerRule == RuleNone {
				q.SpeakerRule = RuleCueSubject
			}
			k := f.r.key()
			i, ok := speakers[k]
			if !ok {
				i = len(an.Speakers)
				speakers[k] = i
				if an.Speakers == nil {
					an.Speakers = make([]Speaker, 0, named)
				}
				an.Speakers = append(an.Speakers, d.speaker(f.r))
			}
			if f.kind.Speech() {
				an.Speakers[i].Quotes++
			}
			q.Speaker = i
			// A description mended by trimDesc names the speaker with the
			// end of the words found: so does the mention.
			m := q.Mention
			if t := f.r.text; f.r.ent < 0 && t != "" && m.Start >= 0 && m.End <= len(d.body) && m.End-m.Start > len(t) &&
				strings.HasSuffix(d.body[m.Start:m.End], t) {
				q.Mention.Start = m.End - len(t)
			}
		} else {
			q.Mention = Span{}
		}
		q.Confidence = confidence(q.Kind, q.Rule, q.SpeakerRule)
		an.Quotes = append(an.Quotes, q)
	}
	d.addMeta()
	n, spans := 0, 0
	for i := range d.ents {
		if m := len(d.ents[i].mention); m > 0 {
			n++
			spans += m
		}
	}
	if n > 0 {
		an.Entities = make([]Entity, 0, n)
	}
	// the mentions of all entities share one array
	all := make([]Span, 0, spans)
	for i := range d.ents {
		e := &d.ents[i]
		if len(e.mention) == 0 {
			continue
		}
		all = append(all, e.mention...)
		ms := all[len(all)-len(e.mention) : len(all) : len(all)]
		if !spansInOrder(ms) {
			slices.SortFunc(ms, func(a, b Span) int { return cmp.Compare(a.Start, b.Start) })
		}
		an.Entities = append(an.Entities, Entity{Name: e.name, Kind: e.kind, Mentions: ms})
	}
	if !entitiesInOrder(an.Entities) {
		slices.SortStableFunc(an.Entities, func(a, b Entity) int { return cmp.Compare(a.Mentions[0].Start, b.Mentions[0].Start) })
	}
}

// foundInOrder reports whether the starts of fs strictly increase, so
// that sorting them by start would change nothing.
func foundInOrder(fs []found) bool {
	for i := 1; i < len(fs); i++ {
		if fs[i].span.Start <= fs[i-1].span.Start {
			return false
		}
	}
	return true
}

// spansInOrder reports whether the starts of ss strictly increase, so
// that any sort of them by start leaves them as they are.
func spansInOrder(ss []Span) bool {
	for i := 1; i < len(ss); i++ {
		if ss[i].Start <= ss[i-1].Start {
			return false
		}
	}
	return true
}

// entitiesInOrder reports whether the first mentions of es strictly
// increase, so that sorting es by them would change nothing.
func entitiesInOrder(es []Entity) bool {
	for i := 1; i < len(es); i++ {
		if es[i].Mentions[0].Start <= es[i-1].Mentions[0].Start {
			return false
		}
	}
	return true
}

// speaker makes the Speaker a ref names.
func (d *doc) speaker(r ref) Speaker {
	if r.ent < 0 {
		return Speaker{Name: r.text, Kind: r.kind, Generic: true}
	}
	e := &d.ents[r.ent]
	role := e.role
	if role == "" && e.kind == Person {
		role = d.roleOf(r.ent)
	}
	return Speaker{Name: e.name, Aliases: append([]string(nil), e.aliases...), Role: role, Kind: e.kind}
}

// addMeta adds the byline's authors, the source and the image credits
// as entities.
func (d *doc) addMeta() {
	for bi, b := range d.blocks {
		switch b.Kind {
		case BlockSource:
			d.metaEntity(Org, b.Span)
		case BlockByline:
			// the chunks found the names; make sure they count as people
			r := d.blkTok[bi]
			for t := r[0]; t < r[1]; t++ {
				if ci := d.chunkOf(t); ci >= 0 && d.chunks[ci].t0 == t {
					c := d.chunks[ci]
					if c.ent >= 0 && d.ents[c.ent].kind == Person {
						continue
					}
					if c.ent < 0 || len(d.ents[c.ent].mention) == 1 {
						if c.ent >= 0 {
							d.ents[c.ent].mention = nil
						}
						d.metaEntity(Person, Span{Start: d.toks[c.t0].s, End: d.toks[c.t1-1].e})
					}
				}
			}
		}
		if b.Credit != "" && b.CreditSpan.End > b.CreditSpan.Start && b.CreditSpan.End <= len(d.body) {
			d.metaEntity(Org, b.CreditSpan)
		}
	}
}

// metaEntity adds the mention s of an entity of the given kind, merging
// it with an entity of the same name.
func (d *doc) metaEntity(kind EntityKind, s Span) {
	name := d.body[s.Start:s.End]
	for i := range d.ents {
		if d.ents[i].name == name {
			for _, m := range d.ents[i].mention {
				if m == s {
					return
				}
			}
			d.ents[i].mention = append(d.ents[i].mention, s)
			return
		}
	}
	d.ents = append(d.ents, entity{name: name, kind: kind, last: name, mention: []Span{s}})
}
