package reader

import (
	"strings"
	"sync"
)

// cue is a speech cue in a sentence with the subject that speaks.
type cue struct {
	t    int // the cue word
	n    int // its tokens: 2 for "according to"
	kind cueKind
	subj np
	// inverted marks a subject after the cue (`"...," said Rubio`).
	inverted bool
	// participle marks "saying", "adding": the subject is the clause's.
	participle bool
	used       bool
	reported   bool // the cue attributed reported speech
}

func (c *cue) inReported() bool { return c.reported }

// found is a quote with its attribution, as Analyze reports it.
type found struct {
	span    Span
	kind    QuoteKind
	r       ref
	mention Span
	cue     Span
	gap     Span // the attribution inside a quotation joined by joinSplit
	quote   int  // index into doc.quotes for a direct quote, else -1
	rule    Rule // the rule that chose the speaker (control flow in attribute reads it)
	qrule   Rule // the rule that found the quote
	// passed are the mentions of the sentence's other cues, which the
	// speaker rule passed over; noted only when explaining.
	passed []Span
	// speech is the speech model's probability for reported speech (0 when
	// not reported speech, -1 for a finite clause the model does not
	// score); feats its features, kept only when explaining.
	speech float64
	feats  []string
}

// said records who spoke last, for "they" and descriptions.
type said struct {
	r  ref
	at int
}

// needThat are cues that report speech only with "that" after them
// ("agreed that ...", not "agreed to meet").
var needThat = sync.OnceValue(func() map[string]bool { return verbFrame("that") })

// looseClause are cues that take a clause without "that": "said the talks
// failed", "believes it will pass".
var looseClause = sync.OnceValue(func() map[string]bool { return verbFrame("loose") })

// notBackward are cues that do not report the clause before them.
var notBackward = sync.OnceValue(func() map[string]bool { return verbFrame("noback") })

// tellVerbs take the person told before the clause: "told reporters that".
var tellVerbs = sync.OnceValue(func() map[string]bool { return verbFrame("tell") })

// attribute finds who said each quote and the reported speech of each
// sentence, going through the blocks in order.
func (d *doc) attribute() {
	lastBlk, lastFound := -1, -1 // the last attributed direct quote and its block
	var cues []cue
	var dangling cue
	nextQ := 0                    // the first quote not yet attributed
	var nextIntro np              // who speaks in the paragraph after one ending in a colon
	lastAny, lastAnyBlk := -1, -1 // the last quote of any kind with a speaker
	for bi := range d.blocks {
		if !d.quoteBlk[bi] {
			continue
		}
		inBlock, inBlockAny := -1, -1
		prevAny := -1
		if pb := d.prevQuoteBlk(bi); pb >= 0 && lastAnyBlk == pb {
			prevAny = lastAny
		}
		intro := nextIntro
		nextIntro = np{}
		for si, s := range d.sents[bi] {
			s0, s1 := s[0], s[1]
			cues = d.sentenceCues(cues[:0], s0, s1)
			// direct quotes of the sentence
			for nextQ < len(d.quotes) && d.quotes[nextQ].t0 < s0 {
				nextQ++
			}
			for ; nextQ < len(d.quotes) && d.quotes[nextQ].t0 < s1; nextQ++ {
				qi := nextQ
				q := &d.quotes[qi]
				c, rule := -1, RuleNone
				if p := d.dashAfter(q, bi); p.ok() {
					cues = append(cues, cue{t: q.t1, n: 1, kind: ckDash, subj: p})
					c, rule = len(cues)-1, RuleDashAfter
				} else {
					c, rule = d.quoteCue(q, cues, s0, s1)
					if p := d.dashLine(q, bi); c < 0 && p.ok() {
						cues = append(cues, cue{t: q.t1, n: 1, kind: ckDash, subj: p})
						c, rule = len(cues)-1, RuleDashAfter
					} else if p := d.dashNext(bi); c < 0 && p.ok() {
						// ""...."" then a paragraph "- Jane Doe."
						cues = append(cues, cue{t: p.t0 - 1, n: 1, kind: ckDash, subj: p})
						c, rule = len(cues)-1, RuleDashAfter
					}
				}
				if c < 0 {
					// the quote opens the sentence, or a participle phrase
					// with no subject of its own: "Bemoaning the "phony
					// system," Trump accused ..."; not "While Sullivan
					// proclaims it "terrific," Clinton fixates ..."
					if p, v := d.verbAfter(q, s1); v >= 0 && (q.t0 <= s0+1 || d.is(q.t0-1, ":") || strings.HasSuffix(d.lower(s0), "ing")) {
						cues = append(cues, cue{t: v, n: 1, kind: ckSpeech, subj: p})
						c, rule = len(cues)-1, RuleVerbAfter
					} else if p := d.colonIntro(q, s0); p.ok() {
						cues = append(cues, cue{t: q.t0 - 1, n: 1, kind: ckSpeech, subj: p})
						c, rule = len(cues)-1, RuleColonIntro
					}
				}
				f := found{span: Span{Start: q.s, End: q.e}, kind: Direct, quote: qi, r: ref{ent: -1}, rule: rule, qrule: RuleQuoteMarks}
				keep := false // a quote whose cue's subject is no speaker
				l0, l1 := d.transcriptLabel(q)
				relCue := d.relativeCue(q, s0)
				w, wv := d.whatCalls(q, s0)
				if !w.ok() {
					w, wv = d.possClaim(q, s0)
				}
				switch {
				case l1 > l0:
					// a transcript: ""PENCE: Well, look, ...""
					f.r = d.labelRef(l0, l1)
					f.mention = d.tokSpan(l0, l1)
					f.rule = RuleTranscriptLabel
				case relCue >= 0:
					// "a headline that said, "..."": what the relative
					// pronoun refers to
					f.r = d.relative(relCue - 1)
					f.mention = d.tokSpan(relCue-1, relCue)
					f.cue = d.tokSpan(relCue, relCue+1)
					f.rule = RuleRelativeCue
				case w.ok() && d.resolve(w).ok():
					// "railed against what he calls the "Washington cartel""
					f.r = d.resolve(w)
					f.mention = d.tokSpan(w.t0, w.t1)
					f.cue = d.tokSpan(wv, wv+1)
					f.rule = RuleWhatCalls
				case c >= 0:
					cues[c].used = true
					// "Preys on ... and calls them "losers"": a cue's
					// subject that is no one who speaks names no speaker;
					// the quote stays
					// "Anna Berg was asked, "Why now?"": the one asked or
					// told is no speaker; the quote stays, said by no one
					// named
					noOne := cues[c].subj.ok() && (!d.speakerLike(cues[c].subj, false) || d.passiveAddressee(&cues[c]))
					if noOne {
						keep = true
					} else {
						f.r = d.resolve(cues[c].subj)
						f.mention = d.tokSpan(cues[c].subj.t0, cues[c].subj.t1)
					}
					f.cue = d.tokSpan(cues[c].t, cues[c].t+cues[c].n)
					if f.r.anon && rule == RuleCueBefore || !f.r.ok() && rule == RuleCueAfter || noOne {
						// "Clinton mocked it, saying anybody who complains
						// "is not ...": an earlier speaker of the sentence;
						// "Mr. Hale, citing "...," said the candidate
						// could win": the cue after names no one
						for x := c - 1; x >= 0; x-- {
							if cues[x].subj.ok() && cues[x].kind != ckStance && cues[x].kind != ckDash && cues[x].t < q.t0 {
								if r := d.resolve(cues[x].subj); r.named() {
									f.r = r
									f.mention = d.tokSpan(cues[x].subj.t0, cues[x].subj.t1)
									f.cue = d.tokSpan(cues[x].t, cues[x].t+cues[x].n)
									f.rule = RuleEarlierCue
									break
								}
							}
						}
					}
					if !f.r.ok() {
						f.r = ref{ent: -1}
						if noOne {
							f.rule = RuleNone
						}
					}
				case q.cont >= 0 && d.quoteFound[q.cont] >= 0 && d.found[d.quoteFound[q.cont]].r.ok():
					d.carry(&f, d.quoteFound[q.cont])
					f.rule = RuleContinued
				case intro.ok() && q.t0 == d.blkTok[bi][0]:
					f.r = d.resolve(intro)
					f.mention = d.tokSpan(intro.t0, intro.t1)
					f.rule = RuleParagraphIntro
				case dangling.subj.ok() && q.t0 <= s0+1:
					f.rule = RuleDanglingCue
					f.r = d.resolve(dangling.subj)
					f.mention = d.tokSpan(dangling.subj.t0, dangling.subj.t1)
					f.cue = d.tokSpan(dangling.t, dangling.t+dangling.n)
				case q.t0 <= s0+1 && d.howPutIt(d.sentenceAfter(q, si, bi, s1)).ok():
					// ""We must act now." That is how the minister put it."
					after := d.sentenceAfter(q, si, bi, s1)
					p := d.howPutIt(after)
					for x := range cues {
						if cues[x].t >= after[0] && cues[x].t < after[1] {
							cues[x].used = true // its words are no reported speech
						}
					}
					f.r = d.resolve(p)
					f.mention = d.tokSpan(p.t0, p.t1)
					f.rule = RuleNextSentence
				case q.t0 > s0+1 && d.quoteSubject(d.lastClause(s0, q.t0), q.t0, true).ok() && !d.speakerLike(d.quoteSubject(d.lastClause(s0, q.t0), q.t0, true), true):
					// "The challenge is that "...": the clause's subject is
					// no one who speaks; the quote stays, said by no one
					// named, unless a relative clause names who
					f.rule, keep = RuleClauseSubject, true
				case q.t0 > s0+1 && d.quoteSubject(d.lastClause(s0, q.t0), q.t0, true).ok():
					// a partial quote in a sentence with its own subject:
					// "Romney fired back, attacking Trump for "...""; the
					// subject of its own clause: "Cruz is ..., and he has
					// long used ... "the Iowa way""
					p := d.quoteSubject(d.lastClause(s0, q.t0), q.t0, true)
					f.r = d.resolve(p)
					f.mention = d.tokSpan(p.t0, p.t1)
					f.rule = RuleClauseSubject
				case inBlock >= 0 && (q.t0 <= s0+1 || d.wordCount(q) > 1):
					d.carry(&f, inBlock)
					f.rule = RuleSameParagraph
				case inBlockAny >= 0 && q.t0 <= s0+1:
					// "Ghazala Khan says she received a call. "She called me, ...""
					d.carry(&f, inBlockAny)
					f.rule = RuleParagraphSpeaker
				case lastFound >= 0 && lastBlk == d.prevQuoteBlk(bi) && q.t0 == d.blkTok[bi][0]:
					d.carry(&f, lastFound)
					f.rule = RulePrevParagraph
				case prevAny >= 0 && q.t0 == d.blkTok[bi][0]:
					// "Howard continued his scathing remarks." then a
					// paragraph of quotation
					d.carry(&f, prevAny)
					f.rule = RulePrevSpeaker
				}
				if !f.r.ok() && !q.single && c < 0 {
					// a partial quote in a sentence whose subject speaks:
					// "Trump is promising to create "a big spectacle""
					if p := d.quoteSubject(d.lastClause(s0, q.t0), q.t0, false); p.ok() && (p.kind != npName || d.chunks[p.chunk].kind != Place) && !d.speakerLike(p, true) {
						keep = true // "Frustrations grow as ... "hemorrhaging cash"": no one named
					} else if p.ok() && (p.kind != npName || d.chunks[p.chunk].kind != Place) {
						f.r = d.resolve(p)
						f.mention = d.tokSpan(p.t0, p.t1)
						f.rule = RuleSentenceSubject
					}
				}
				relSubj := false
				if f.rule == RuleClauseSubject || f.rule == RuleSentenceSubject {
					if w := d.whoBefore(q, s0); w >= 0 {
						// "Trump, who has postured himself as the "law and
						// order candidate"": the relative clause's subject
						if r := d.relative(w); r.named() {
							f.r, f.mention = r, d.tokSpan(w, w+1)
							relSubj = true
						}
					}
				}
				if by, vk := d.passiveCall(q, bi); by.ok() {
					// "Amman, who was described as "knife-obsessed" by the
					// police": the agent speaks, not the one described
					f.r, f.mention, f.cue, f.rule = d.resolve(by), d.tokSpan(by.t0, by.t1), Span{}, RulePassiveAgent
				} else if vk >= 0 && (f.rule == RuleClauseSubject || f.rule == RuleSentenceSubject) {
					// "That year's H1N1 was commonly known as "swine flu."":
					// the subject is what is named, not who names it
					f.r, f.mention, f.cue, f.rule = ref{ent: -1}, Span{}, Span{}, RuleNamedTerm
				} else if vk >= 0 && f.cue.Start == d.toks[vk].s && f.r.ok() {
					// "That year's H1N1 was commonly called "swine flu."":
					// the cue is the passive call itself; the quote stays,
					// said by no one named
					f.r, f.mention, f.cue, f.rule = ref{ent: -1, text: "-", anon: true}, Span{}, Span{}, RuleNamedTerm
				} else if relSubj {
					f.rule = RuleRelativeSubject
				}
				if !f.r.ok() && f.rule == RuleClauseSubject {
					f.rule = RuleNone // the clause's subject spoke not
				}
				if !f.r.ok() && !keep && (d.wordCount(q) < minUnattributedWords || q.single) {
					continue
				}
				if (c < 0 || d.workBefore(q) || d.namedAfter(q)) && titleLike(d, q) || d.notSpeech(q, bi, c < 0) || d.namedTerm(q) {
					continue
				}
				if d.mentionedWord(q) {
					if d.explain {
						f.rule = RuleMentionedWord
						d.modelDropped = append(d.modelDropped, f)
					}
					continue
				}
				d.quoteFound[qi] = len(d.found)
				if f.r.ok() {
					inBlock = len(d.found)
					lastFound, lastBlk = len(d.found), bi
					d.said = append(d.said, said{r: f.r, at: q.t0})
				}
				d.found = append(d.found, f)
			}
			n := len(d.found)
			d.indirect(cues, s0, s1)
			if len(d.found) == n {
				d.stance(s0, s1)
			}
			if d.explain {
				d.notePassed(cues, s0, s1)
			}
			if len(d.found) > n {
				inBlockAny = len(d.found) - 1
			}
			if k := len(d.found) - 1; k >= 0 && d.found[k].r.ok() {
				lastAny, lastAnyBlk = k, bi
			}
			dangling = d.danglingCue(cues, s1)
			if s1 == d.blkTok[bi][1] && s1 > s0 && d.is(s1-1, ":") {
				// "He then listed the qualities ...:" and the quote follows
				for i := len(cues) - 1; i >= 0 && !nextIntro.ok(); i-- {
					if cues[i].subj.ok() {
						nextIntro = cues[i].subj
					}
				}
				if !nextIntro.ok() {
					nextIntro = d.mainSubject(s0, s1, false)
				}
			}
		}
	}
}

// danglingCue returns the last cue of a sentence when nothing but
// adverbials follows it and it attributed nothing ("Sam Lau said in a
// statement."), for a quote opening the next sentence.
func (d *doc) danglingCue(cues []cue, s1 int) cue {
	if len(cues) == 0 {
		return cue{}
	}
	c := cues[len(cues)-1]
	if c.used || !c.subj.ok() || c.kind == ckAccording || c.inReported() {
		return cue{}
	}
	if !c.inverted && (d.is(c.subj.t0-1, "that") || d.is(c.subj.t0-1, "which") || d.is(c.subj.t0-1, "who")) {
		return cue{} // "bruises that Fields showed to the police."
	}
	t := c.t + c.n
	if c.inverted {
		t = c.subj.t1
	}
	if tellVerbs()[d.text(c.t)] {
		t = d.skipObject(t, s1)
	} else if t < s1 && d.lowerIs(t, wfDeterminer) {
		// "Cruz tweeted a warning.", "she issued a statement."
		k := t + 1
		for k < s1 && k < t+4 && d.isWord(k) && !speechNouns[d.lower(k)] && !d.lowerIs(k, wfClauseStop) && !d.lowerIs(k, wfPreposition) {
			k++
		}
		if k < s1 && speechNouns[d.lower(k)] {
			t = k + 1
		}
	}
	t = d.skipAdverbials(t, s1)
	for ; t < s1; t++ {
		if d.toks[t].kind != tkPunct {
			return cue{}
		}
	}
	return c
}

// namedAfter reports whether quote q follows a word that takes a
// programme or a place as its object: "Fiorina told "Fox and Friends,"",
// "in an interview with "Fox News Sunday."".
func (d *doc) namedAfter(q *qspan) bool {
	k := q.t0 - 1
	if k < 0 || !d.isWord(k) {
		return false
	}
	w := d.lower(k)
	return tellVerbs()[w] || w == "with" || w == "on" || w == "to" || w == "in"
}

// notSpeech reports whether quote q, in block bi, holds no one's words: a
// stage direction in parentheses (""(CROSSTALK.)"), a sign-off inside the
// marks (""Follow Jane Smith on Twitter @jsmith.""), or a subheading: a
// short phrase in single marks alone in its paragraph, with no cue
// ("'A healthy environment.'").
func (d *doc) notSpeech(q *qspan, bi int, noCue bool) bool {
	in := strings.Trim(d.body[q.s:q.e], "\"'“”‘’ ")
	if strings.HasPrefix(in, "(") && strings.HasSuffix(strings.TrimRight(in, "."), ")") && !strings.Contains(in[1:], "(") {
		return true
	}
	if strings.HasPrefix(in, "Follow ") && strings.Contains(in, " on Twitter") {
		return true
	}
	b := d.blocks[bi]
	return q.single && q.s == firstNonSpace(d.body, b.Start, b.End) && strings.TrimRight(d.body[q.e:b.End], " \t\r\n") == "" &&
		d.wordCount(q) <= 6 && noCue
}

// minUnattributedWords is the fewest words a quote with no speaker must
// have to be reported: shorter ones are scare quotes.
var minUnattributedWords = 5

func (d *doc) carry(f *found, from int) {
	g := d.found[from]
	f.r, f.mention, f.cue = g.r, g.mention, g.cue
}

// prevQuoteBlk returns the block analysed for quotes before block bi.
func (d *doc) prevQuoteBlk(bi int) int {
	for b := bi - 1; b >= 0; b-- {
		if d.quoteBlk[b] {
			return b
		}
	}
	return -1
}

func (d *doc) tokSpan(t0, t1 int) Span {
	if t1 <= t0 {
		return Span{}
	}
	return Span{Start: d.toks[t0].s, End: d.toks[t1-1].e}
}

func (d *doc) wordCount(q *qspan) int {
	n := 0
	for t := q.t0; t < q.t1; t++ {
		if d.isWord(t) {
			n++
		}
	}
	return n
}

// workWords name works whose titles stand in quotation marks.
var workWords = map[string]bool{"show": true, "program": true, "programme": true, "film": true, "movie": true,
	"book": true, "novel": true, "memoir": true, "song": true, "album": true, "episode": true, "series": true,
	"documentary": true, "podcast": true, "play": true, "musical": true, "ad": true, "advert": true, "video": true,
	"column": true, "article": true, "essay": true, "op-ed": true, "titled": true, "entitled": true, "of": true,
	"on": true, "in": true, "forum": true, "segment": true, "report": true, "bill": true, "act": true, "campaign": true,
	"anthem": true, "hymn": true, "ballad": true, "poem": true, "opera": true, "sketch": true, "painting": true}

// workBefore reports whether a quote follows a word that introduces the
// title of a work ("the show", "CNN's", "an episode of").
func (d *doc) workBefore(q *qspan) bool {
	k := q.t0 - 1
	if k < 0 {
		return false
	}
	if d.toks[k].kind == tkPoss || (d.toks[k].kind == tkWord && workWords[d.lower(k)]) {
		return true
	}
	// "the Netflix serial thriller, "Bloodline"", "stars in "Eclipsed""
	for n := 0; k >= 0 && n < 4; k, n = k-1, n+1 {
		if d.is(k, ",") && n == 0 {
			continue
		}
		if !d.isWord(k) || d.toks[k].q != 0 {
			return false
		}
		if w := d.lower(k); workWords[w] && len(w) > 3 || workVerbs[w] {
			return true
		}
	}
	return false
}

// workVerbs introduce the title of a work a few words later ("stars in",
// "the hit Broadway play").
var workVerbs = map[string]bool{"stars": true, "starred": true, "starring": true, "thriller": true, "drama": true,
	"comedy": true, "sitcom": true, "trailer": true, "classic": true, "podcast": true, "hosts": true,
	"hosted": true, "co-hosts": true, "directed": true, "wrote": true, "published": true, "titled": true,
	"entitled": true, "movie": true, "film": true, "documentary": true, "show": true, "play": true}

// titleLike reports whether a quote reads as the title of a work or a
// name ("The Apprentice"): every word capitalised, no sentence marks.
func titleLike(d *doc, q *qspan) bool {
	words, caps := 0, 0
	last := d.lastInside(q)
	for t := q.t0; t < q.t1; t++ {
		if d.toks[t].kind == tkPunct && strings.ContainsAny(d.text(t), ",.!?") && !(t == last && d.is(t, ",")) && !d.workBefore(q) {
			// a title may end in a comma in running text; after "the
			// podcast" or "the movie" it may hold any punctuation ("So,
			// That Happened.")
			return false
		}
		if d.isWord(t) {
			words++
			if d.toks[t].upper || d.toks[t].kind == tkNum {
				caps++
			} else if w := d.text(t); w != "of" && w != "the" && w != "and" && w != "a" && w != "in" && w != "for" && w != "to" && w != "on" {
				return false
			}
		}
	}
	return words > 0 && caps > 0 && words <= 8
}

// sentenceCues finds the cues of the sentence [s0, s1) and their subjects.
func (d *doc) sentenceCues(out []cue, s0, s1 int) []cue {
	for t := s0; t < s1; t++ {
		k := d.cueKind(t)
		if k == 0 {
			continue
		}
		c := cue{t: t, n: 1, kind: k}
		if k == ckAccording {
			c.n = 2
			c.subj = d.subjectRight(t, s1)
			c.inverted = true
		} else {
			c.participle = d.isParticiple(t)
			c.subj = d.subjectLeft(t, s0)
			if p := d.personBefore(c.subj, s0); p.ok() && !c.participle {
				// "Steve Peers of the University of Essex, speaking to BBC,
				// said": the person the organisation qualifies
				c.subj = p
			}
			if c.participle && d.medium(c.subj) && (c.subj.t1 == t || c.subj.t1 == t-1 && d.is(t-1, ",")) {
				// "held up a sign saying", "a voice-over saying": the
				// sign, the ad or the voice speaks, not the clause's subject;
				// from its determiner on ("a sign", not "Lori Bernstein held
				// up a sign"), keeping "one of her ads"
				for k := c.subj.t1 - 2; k > c.subj.t0; k-- {
					if d.lowerIs(k, wfDeterminer) && !d.is(k-1, "of") {
						c.subj.t0 = k
						break
					}
				}
			} else if c.participle && (c.subj.kind == npDesc || d.is(t-1, ",") || c.subj.ok() && d.isWord(c.subj.t0-1) && placePreps[d.lower(c.subj.t0-1)] && !d.is(c.subj.t0-1, "with")) {
				// "an email to supporters stating", "Trump went after
				// Bush, calling him", "responded on Facebook writing": the
				// clause's subject speaks, not the noun before the participle
				c.subj = np{}
			}
			if !c.subj.ok() && !c.participle && k == ckSpeech {
				// ""...," Jeff Weaver, Sanders' campaign manager, said": the
				// name right after the quote, before its appositive
				c.subj = d.nameAfterQuote(t, s0)
			}
			if !c.subj.ok() && !c.participle && (k != ckQuoteOnly || d.afterQuote(t)) && d.invertedAt(t, s0) {
				c.subj = d.subjectRight(t, s1)
				// an inverted subject ends the clause: `said Rubio.`, not
				// `said Carson had been led astray`
				if p := d.roleThenName(c.subj, s1, true); p.ok() {
					// "said Ohio State University professor Paul Beck."
					c.subj = p
				}
				if e := c.subj.t1; c.subj.ok() && !d.afterQuote(t) && e < s1 && (d.toks[e].kind == tkPoss || d.toks[e].kind == tkWord && !d.toks[e].upper &&
					!d.wordIs(e, wfPreposition) && d.text(e) != "who") {
					c.subj = np{}
				}
				if e := c.subj.t1; c.subj.kind == npDesc && !d.afterQuote(t) && e < s1 && !d.is(e, ".") {
					// "Rawlings, 59, of Ashton, Md., who watched ..., said
					// the event brought back memories of her father, and
					// ...": a clause, not a subject, after the cue
					c.subj = np{}
				}
				c.inverted = c.subj.ok()
			}
			if d.is(t+1, "by") && t > s0 && (d.is(t-1, "was") || d.is(t-1, "were") || d.is(t-1, "been")) {
				// "Sanders was asked by host Bill Maher"
				if p := d.subjectRight(t+1, s1); p.ok() {
					c.subj, c.inverted = p, true
				}
			}
			if !c.subj.ok() && (d.is(t-1, "and") || d.is(t-1, "but")) && t-2 > s0 && d.isWord(t-2) && !d.toks[t-2].upper {
				// "he laughed and said": the subject of the verb before
				if v := d.text(t - 2); strings.HasSuffix(v, "ed") || d.lx.cues[v] != 0 {
					if p := d.subjectLeft(t-2, s0); p.kind == npName || p.kind == npPron {
						c.subj = p
					}
				}
			}
			if !c.subj.ok() && (c.participle || d.is(t-1, "and") || d.is(t-1, "but")) {
				for x := len(out) - 1; x >= 0 && !c.subj.ok(); x-- {
					if c.participle && d.is(t-1, ",") && out[x].subj.kind == npPron && d.relPron(out[x].subj.t0) {
						// "defend not paying an architect who said he was
						// stiffed ..., saying, "...": the main clause speaks
						// (without the comma, the relative clause does)
						continue
					}
					if out[x].subj.ok() && out[x].kind != ckAccording {
						c.subj = out[x].subj
						break
					}
				}
				if !c.subj.ok() {
					c.subj = d.mainSubject(s0, t, false)
				}
			}
		}
		if c.subj.ok() || k != 0 {
			out = append(out, c)
		}
		t += c.n - 1
	}
	return out
}

// mediumNouns head descriptions of things that carry words, which speak
// with a participle right after them: "a sign saying", "one of her ads
// asking", "a voice-over declaring".
var mediumNouns = map[string]bool{"sign": true, "signs": true, "placard": true, "placards": true, "banner": true,
	"banners": true, "poster": true, "posters": true, "billboard": true, "shirt": true, "shirts": true,
	"t-shirt": true, "t-shirts": true, "ad": true, "ads": true, "advert": true, "advertisement": true,
	"commercial": true, "headline": true, "headlines": true, "voice": true, "voice-over": true, "voiceover": true,
	"narrator": true, "caption": true, "editorial": true, "flyer": true, "leaflet": true,
	"mailer": true, "sticker": true, "graphic": true}

// countNouns stand for people counted ("the two write").
var countNouns = map[string]bool{"two": true, "three": true, "four": true, "five": true, "both": true}

// medium reports whether p is a description headed by a medium noun.
func (d *doc) medium(p np) bool {
	return p.kind == npDesc && p.t1 > p.t0 && mediumNouns[d.lower(p.t1-1)]
}

// relativeCue returns the cue token of "NOUN that said, "..."" or "which
// reads "..."" right before quote q, or -1: the cue's subject is a
// relative pronoun after a noun, not a verb or a conjunction ("so that",
// "said that").
func (d *doc) relativeCue(q *qspan, s0 int) int {
	t := q.t0 - 1
	if d.is(t, ",") || d.is(t, ":") {
		t--
	}
	if t-2 < s0 || !d.isWord(t) || d.cueKind(t) != ckSpeech || d.isParticiple(t) {
		return -1
	}
	if !(d.is(t-1, "that") || d.is(t-1, "which")) || !d.nounBefore(t-2) {
		return -1
	}
	if r := d.relative(t - 1); !r.named() {
		return -1
	}
	return t
}

// whoBefore returns the token of a "who" that opens the relative clause
// quote q stands in ("Trump, who has called it "a disaster""), or -1:
// within a few words before the quote, with no comma or quote between,
// after a comma or a person's name.
func (d *doc) whoBefore(q *qspan, s0 int) int {
	for k := q.t0 - 1; k > s0 && k >= q.t0-12; k-- {
		if d.toks[k].q != 0 || d.toks[k].kind == tkPunct && !d.is(k, "-") {
			return -1
		}
		if d.is(k, "who") {
			// after a comma or a person's name: "Trump, who", "Clinton
			// who"; not "a former liberal who would"
			if d.is(k-1, ",") || d.is(k-1, "-") {
				return k
			}
			if ci := d.chunkOf(k - 1); ci >= 0 && d.chunks[ci].kind == Person && d.chunks[ci].t1 == k {
				return k
			}
			return -1
		}
	}
	return -1
}

// nounBefore reports whether token t can end the noun phrase a relative
// pronoun after it refers to: a noun, not a verb, a cue or a function
// word ("so that", "said that").
func (d *doc) nounBefore(t int) bool {
	if !d.isWord(t) || d.toks[t].q != 0 {
		return false
	}
	w := d.lower(t)
	if d.lx.cues[w] != 0 || clauseStop[w] || prepositions[w] || determiners[w] || subjectPronouns[w] || leadConj[w] ||
		strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") {
		return false
	}
	return true
}

// claimNouns are what someone says, heading "Trump's claim that "..."".
var claimNouns = map[string]bool{"claim": true, "claims": true, "statement": true, "remark": true,
	"remarks": true, "comment": true, "comments": true, "assertion": true, "promise": true, "pledge": true,
	"vow": true, "warning": true, "prediction": true, "suggestion": true, "argument": true, "insistence": true,
	"contention": true, "boast": true, "accusation": true, "charge": true, "declaration": true, "admission": true,
	"assurance": true, "complaint": true, "threat": true, "quip": true, "joke": true, "insult": true}

// possClaim finds the speaker of a quote in "X's claim that "..."",
// "his remark that "..."": the owner of the claim, and the claim noun's
// token; none when no such phrase stands in the few words before the
// quote. "Trump's comments "are based on his opinion"" is said of the
// comments, by someone else.
func (d *doc) possClaim(q *qspan, s0 int) (np, int) {
	for k := q.t0 - 1; k > s0 && k >= q.t0-12; k-- {
		if d.toks[k].q != 0 || d.is(k, ",") || d.is(k, ";") {
			return np{}, -1
		}
		if !d.isWord(k) || !claimNouns[d.lower(k)] || !(d.is(k+1, "that") || d.is(k+1, ":") ||
			(d.is(k+1, "is") || d.is(k+1, "was")) && d.is(k+2, "that")) {
			continue // "X's claim that", "X's most explosive claim is that"
		}
		// the owner before the noun, over an adjective or two
		o := k - 1
		for n := 0; n < 3 && o > s0 && d.isWord(o) && !d.toks[o].upper && possessives[d.lower(o)] == ""; n++ {
			o--
		}
		if o >= s0 && d.isWord(o) && possessives[d.lower(o)] != "" {
			return np{t0: o, t1: o + 1, kind: npPron, chunk: -1, pron: possessives[d.lower(o)]}, k
		}
		if o > s0 && d.toks[o].kind == tkPoss {
			if ci := d.chunkOf(o - 1); ci >= 0 && d.chunks[ci].kind != Place {
				return np{t0: d.chunks[ci].t0, t1: d.chunks[ci].t1, kind: npName, chunk: ci}, k
			}
		}
		return np{}, -1
	}
	return np{}, -1
}

// possessives map the possessive pronouns that own a claim to their
// subject forms.
var possessives = map[string]string{"his": "he", "her": "she", "their": "they"}

// callVerbs name a thing in someone's words: "what he calls the
// "Washington cartel"".
var callVerbs = map[string]bool{"call": true, "calls": true, "called": true, "dubbed": true, "dubs": true,
	"terms": true, "termed": true, "labels": true, "labeled": true, "labelled": true, "describes": true,
	"described": true, "brands": true, "branded": true}

// whatCalls finds the speaker of a quote in "what X calls (the) "..."":
// the words between "what" and the verb, when they name someone ("he",
// "Mr. Hedge", "former employees"), and the verb's token; none for "what
// is called".
func (d *doc) whatCalls(q *qspan, s0 int) (np, int) {
	k := q.t0 - 1
	for n := 0; n < 2 && k > s0 && d.isWord(k) && !d.toks[k].upper && !callVerbs[d.lower(k)] && d.toks[k].q == 0; n++ {
		k-- // "the", "a", "her", "as"
	}
	if k <= s0 || !d.isWord(k) || !callVerbs[d.lower(k)] {
		return np{}, -1
	}
	v := k
	if w := d.lower(v - 1); w == "has" || w == "have" || w == "had" {
		v--
	}
	for a := v - 1; a >= s0 && a >= v-5; a-- {
		if !d.is(a, "what") {
			continue
		}
		t0, t1 := a+1, v
		if t1 <= t0 || d.toks[t0].q != 0 {
			return np{}, -1
		}
		if ci := d.chunkOf(t0); ci >= 0 && d.chunks[ci].t0 == t0 && d.chunks[ci].t1 == t1 && d.chunks[ci].kind != Place {
			return np{t0: t0, t1: t1, kind: npName, chunk: ci}, k
		}
		if w := d.lower(t0); t1 == t0+1 && (w == "he" || w == "she" || w == "they" || w == "it" || w == "we") {
			return np{t0: t0, t1: t1, kind: npPron, chunk: -1}, k
		}
		if p := (np{t0: t0, t1: t1, kind: npDesc, chunk: -1}); t1 > t0+1 && d.canHoldView(p) {
			return p, k
		}
		return np{}, -1
	}
	return np{}, -1
}

// passiveCall finds a passive that names something with quote q ("was
// described as "knife-obsessed"", "is called "swine flu"") and returns its
// agent after the quote ("by the police"), if any, and its verb's token;
// -1 when there is no such passive.
func (d *doc) passiveCall(q *qspan, bi int) (np, int) {
	k := q.t0 - 1
	if d.is(k, "the") || d.is(k, "a") || d.is(k, "an") {
		k--
	}
	if d.is(k, "as") {
		k--
	}
	if k < 1 || !d.isWord(k) || !callVerbs[d.lower(k)] && d.lower(k) != "known" && d.lower(k) != "nicknamed" {
		return np{}, -1
	}
	b := k - 1
	if b > 0 && strings.HasSuffix(d.lower(b), "ly") {
		b-- // "was commonly called"
	}
	switch d.lower(b) {
	case "is", "was", "were", "are", "be", "been", "being":
	default:
		return np{}, -1
	}
	t, end := q.t1, d.blkTok[bi][1]
	if d.is(t, ",") {
		t++
	}
	if t+1 < end && d.is(t, "by") {
		if p := d.subjectRight(t, end); p.ok() {
			return p, k
		}
	}
	return np{}, k
}
