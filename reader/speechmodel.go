package reader

import (
	"math"
	"strconv"
	"strings"
	"sync"
)

// The speech model: a logistic regression over a few features of each
// piece of reported speech the rules found (its cue word, the rules that
// found it and its speaker, the shape of its words), deciding whether it
// is an act of saying or publishing rather than a stance, an action or a
// wrong clause. Reported speech it scores below its threshold is dropped
// (RuleSpeechModel, shown by --explain). The weights are in
// data/speech.txt (feature names and numbers only), retrained from
// PolNeAR train by the command in that file's header.

// speechModelOff turns the model off, for the tests of the rules' own
// bounds.
var speechModelOff bool

type speechModel struct {
	bias, threshold float64
	w               map[string]float64
}

var speechWeights = sync.OnceValue(func() *speechModel {
	raw, err := dataFS.ReadFile("data/speech.txt")
	if err != nil {
		panic("reader: embedded data missing: speech.txt")
	}
	return parseSpeech(string(raw))
})

// parseSpeech reads a speech model in data/speech.txt's format: "@bias
// B", "@threshold T" and "feature weight" lines, # comments.
func parseSpeech(text string) *speechModel {
	m := &speechModel{w: map[string]float64{}}
	for _, line := range strings.Split(text, "\n") {
		f := strings.Fields(line)
		if len(f) != 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			continue
		}
		switch f[0] {
		case "@bias":
			m.bias = v
		case "@threshold":
			m.threshold = v
		default:
			m.w[f[0]] = v
		}
	}
	return m
}

// prob returns the model's probability that features fs are those of
// reported speech.
func (m *speechModel) prob(fs []string) float64 {
	z := m.bias
	for _, f := range fs {
		z += m.w[f]
	}
	return 1 / (1 + math.Exp(-z))
}

// speechAux are auxiliaries and modals: a reported clause usually has
// one ("said prices would fall"), an object usually not ("announced a
// tariff").
var speechAux = map[string]bool{"is": true, "was": true, "are": true, "were": true, "will": true, "would": true,
	"has": true, "have": true, "had": true, "can": true, "could": true, "should": true, "may": true, "might": true,
	"must": true, "did": true, "does": true, "do": true, "be": true, "been": true, "'s": true, "’s": true}

// speechPronouns are the subject pronouns a reported clause often opens with.
var speechPronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true,
	"you": true, "there": true}

// speechFeatures returns the features of reported speech f, appended to fs.
func (d *doc) speechFeatures(f *found, fs []string) []string {
	a, b := d.tokAt(f.span.Start), d.tokAt(f.span.End)
	if b > len(d.toks) {
		b = len(d.toks)
	}
	cue := "none"
	ct := -1
	if f.cue.End > f.cue.Start {
		cue = strings.Join(strings.Fields(strings.ToLower(oneLine(d.body[f.cue.Start:f.cue.End], 30))), "_")
		ct = d.tokAt(f.cue.Start)
	}
	srule, ent := RuleNone, "none"
	if f.r.named() {
		srule = f.rule
		if srule == RuleNone {
			srule = RuleCueSubject
		}
		ent = "text"
		if f.r.ent >= 0 {
			ent = f.r.kind.String()
		}
	}
	fs = append(fs, "cue="+cue, "rule="+f.qrule.String(), "srule="+srule.String(), "ent="+ent)
	// who is named
	who := "none"
	if f.mention.End > f.mention.Start {
		m := d.tokAt(f.mention.Start)
		switch {
		case m < len(d.toks) && speechPronouns[d.lower(m)]:
			who = "pron"
		case m < len(d.toks) && d.toks[m].upper:
			who = "name"
		default:
			who = "desc"
		}
	}
	fs = append(fs, "who="+who, "who="+who+"|cue="+cue)
	// where the cue stands
	pos := "none"
	if ct >= 0 {
		if ct < a {
			pos = "before"
			if ct+1 < len(d.toks) && d.toks[ct].e < f.span.Start && d.tokAt(f.cue.End) < a {
				// the words between cue and content: "told reporters"
				gap := a - d.tokAt(f.cue.End)
				if gap > 2 {
					gap = 3
				}
				pos += strconv.Itoa(gap)
			}
		} else {
			pos = "after"
		}
	}
	fs = append(fs, "pos="+pos)
	// the shape of the words
	aux, verbish := d.clauseShape(a, b)
	words, quoted, num, upper := 0, false, false, 0
	for t := a; t < b; t++ {
		tk := d.toks[t]
		if tk.q != 0 {
			quoted = true
		}
		if tk.kind == tkNum {
			num = true
		}
		if !d.isWord(t) {
			continue
		}
		words++
		if tk.upper {
			upper++
		}
	}
	n := "1"
	switch {
	case words >= 20:
		n = "20+"
	case words >= 10:
		n = "10+"
	case words >= 6:
		n = "6+"
	case words >= 4:
		n = "4+"
	case words >= 2:
		n = strconv.Itoa(words)
	}
	fs = append(fs, "len="+n, "aux="+strconv.FormatBool(aux), "quoted="+strconv.FormatBool(quoted),
		"num="+strconv.FormatBool(num), "verb="+strconv.FormatBool(aux || verbish),
		"len="+n+"|aux="+strconv.FormatBool(aux))
	if words > 0 && upper*2 > words {
		fs = append(fs, "mostlyupper")
	}
	first := "-"
	if a < b && d.isWord(a) {
		first = d.lower(a)
		if !speechFirst[first] {
			if d.toks[a].upper {
				first = "Cap"
			} else {
				first = "w"
			}
		}
	}
	fs = append(fs, "first="+first, "first="+first+"|cue="+cue, "first="+first+"|aux="+strconv.FormatBool(aux))
	// what follows the words
	next := "end"
	if b < len(d.toks) && int(d.toks[b].blk) == int(d.toks[max(b-1, 0)].blk) {
		switch {
		case d.is(b, ","):
			next = ","
		case d.is(b, "."):
			next = "."
		case d.toks[b].q != 0 || d.toks[b].kind == tkQuote:
			next = "quote"
		default:
			next = "w"
		}
	}
	fs = append(fs, "next="+next)
	// the word before the cue ("who said", "has said", "also said")
	if ct > 0 {
		p := d.lower(ct - 1)
		if !speechBefore[p] {
			p = "w"
			if d.toks[ct-1].kind == tkPunct {
				p = "punct"
			}
		}
		fs = append(fs, "prev="+p)
	}
	if a < len(d.toks) {
		if k := d.blocks[d.toks[a].blk].Kind; k != BlockParagraph {
			fs = append(fs, "block="+k.String())
		}
	}
	return fs
}

// speechFirst are the first words of reported speech the model tells apart;
// others are "Cap" or "w".
var speechFirst = map[string]bool{"that": true, "the": true, "a": true, "an": true, "to": true, "he": true,
	"she": true, "they": true, "it": true, "we": true, "i": true, "his": true, "her": true, "their": true,
	"its": true, "if": true, "whether": true, "how": true, "what": true, "why": true, "when": true, "who": true,
	"which": true, "there": true, "this": true, "him": true, "them": true, "more": true, "some": true,
	"in": true, "on": true, "for": true, "about": true, "of": true, "and": true, "but": true, "as": true}

// speechBefore are the words before a cue the model tells apart.
var speechBefore = map[string]bool{"who": true, "which": true, "that": true, "has": true, "have": true, "had": true,
	"also": true, "and": true, "was": true, "is": true, "be": true, "been": true, "to": true, "not": true,
	"he": true, "she": true, "they": true, "it": true, "repeatedly": true, "later": true, "previously": true,
	"once": true, "often": true, "then": true, "when": true, "as": true}

// clauseShape reports whether tokens [a, b) hold an auxiliary or modal
// ("would"), and whether they hold a verb (an auxiliary, or a word in -ed
// or a cue word not right after a determiner or preposition: "the plant
// closed", not "on imported steel").
func (d *doc) clauseShape(a, b int) (aux, verb bool) {
	for t := a; t < b; t++ {
		if !d.isWord(t) {
			continue
		}
		w := d.lower(t)
		if speechAux[w] {
			aux, verb = true, true
		}
		if !verb && t > a && !d.toks[t].upper && (strings.HasSuffix(w, "ed") || d.lx.cues[w] != 0) {
			if p := d.lower(t - 1); !determiners[p] && !prepositions[p] {
				verb = true
			}
		}
	}
	return aux, verb
}

// speechModel scores reported speech f (RuleSpeechModel) and reports
// whether to keep it: its probability is at least the model's threshold.
// A reported clause (words with an auxiliary or a verb in -ed: "said
// prices would fall") is kept unscored: the model decides the objects,
// infinitives and bare phrases, where speech and stance or action part
// ("announced a tariff", "addressed the symposium").
func (d *doc) speechModel(f *found) bool {
	if speechModelOff {
		return true
	}
	if _, verb := d.clauseShape(d.tokAt(f.span.Start), min(d.tokAt(f.span.End), len(d.toks))); verb || d.clauseBeforeSay(f) {
		f.speech = -1 // a reported clause: not scored
		return true
	}
	m := speechWeights()
	var buf [48]string
	fs := d.speechFeatures(f, buf[:0])
	f.speech = m.prob(fs)
	if d.explain {
		f.feats = append([]string(nil), fs...)
	}
	if f.speech >= m.threshold {
		return true
	}
	if d.explain {
		d.modelDropped = append(d.modelDropped, *f)
	}
	return false
}

// clauseBeforeSay reports whether f is the words before a closing "...,
// the firm said." (or says, told, added): a statement whatever its verb
// ("Sales rose sharply, the firm said"), which the model, reading
// shapes, took for an object when the verb was irregular.
func (d *doc) clauseBeforeSay(f *found) bool {
	if f.qrule != RuleCueClause || f.cue.Start < f.span.End || f.cue.End <= f.cue.Start {
		return false
	}
	c := d.tokAt(f.cue.Start)
	if c >= len(d.toks) || !closingSay[d.lower(c)] {
		return false
	}
	a, e := d.tokAt(f.span.Start), d.tokAt(f.span.End)
	for e < c && (d.toks[e].kind == tkPunct || d.toks[e].kind == tkQuote) {
		e++
	}
	if e >= c || !d.is(e-1, ",") || e-a < 4 || !d.isWord(a) || d.lowerIs(a, wfPreposition|wfCue) || d.isParticiple(a) ||
		strings.HasSuffix(d.lower(a), "ed") {
		return false // "In May, the firm said", "Asked about it, ...": a fragment
	}
	if !d.hasFiniteVerb(a, e) {
		return false // "PORTLAND, Maine - On Friday morning, ...": no verb, no statement
	}
	// the attribution closes the sentence: "..., the firm said (on Monday)."
	for k, n := c+1, 0; k < len(d.toks) && d.toks[k].blk == d.toks[c].blk; k, n = k+1, n+1 {
		if d.is(k, ".") || d.is(k, "!") || d.is(k, "?") {
			return true
		}
		if n > 8 || d.toks[k].kind != tkWord && d.toks[k].kind != tkNum && d.toks[k].kind != tkPoss {
			return false // "The difference now, he told me, is ...": the words before are not the statement
		}
	}
	return false
}

// closingSay are the verbs of a closing attribution whose clause before
// is always a statement.
var closingSay = map[string]bool{"said": true, "says": true, "say": true, "told": true, "added": true, "adds": true,
	"explained": true, "insisted": true, "stressed": true, "warned": true, "wrote": true, "writes": true,
	"found": true, "finds": true, "showed": true, "shows": true, "concluded": true, "reported": true, "reports": true,
	"announced": true, "confirmed": true}

// hasFiniteVerb reports whether tokens [a, b) hold a word that reads as a
// finite verb: an auxiliary, a lower-case word in -ed or -s after the
// first word, or a common irregular past ("rose", "fell", "won").
func (d *doc) hasFiniteVerb(a, b int) bool {
	for t := a; t < b; t++ {
		if !d.isWord(t) || d.toks[t].upper && t > a {
			continue
		}
		w := d.lower(t)
		if speechAux[w] || irregularPast[w] {
			return true
		}
		if t > a && !d.toks[t].upper && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
			!d.lowerIs(t, wfPreposition|wfDeterminer|wfClauseStop) && !d.lowerIs(t-1, wfDeterminer|wfPreposition)) {
			return true
		}
	}
	return false
}

// irregularPast are common irregular past tenses of news reports.
var irregularPast = map[string]bool{"rose": true, "fell": true, "grew": true, "won": true, "lost": true, "made": true,
	"took": true, "gave": true, "saw": true, "went": true, "came": true, "got": true, "kept": true, "left": true,
	"met": true, "paid": true, "sold": true, "bought": true, "brought": true, "built": true, "held": true, "led": true,
	"ran": true, "spent": true, "stood": true, "became": true, "began": true, "knew": true, "thought": true,
	"found": true, "sent": true, "broke": true, "chose": true, "drove": true, "flew": true, "meant": true,
	"struck": true, "threw": true, "wrote": true, "told": true, "said": true, "hit": true, "cut": true, "set": true,
	"put": true, "shut": true, "fled": true, "fought": true, "caught": true, "taught": true, "sank": true, "slid": true}
