package reader

import (
	"strings"
	"sync"
)

// Cues that report no speech where they stand: a passive, a participle
// that modifies a noun, a verb whose object is a noun phrase, the
// writer's asides, a programme called a show (issue 13, precision).

// passiveNoSpeech reports whether cue c is a past participle after a form
// of "be" with no "that" or "by" after it: "was declared the winner",
// "are found slain", "visas, which are issued to workers", "was shown to
// be false". Its subject is what the verb acts on, and what follows is
// no speech. Verbs whose passive still reports speech ("was asked to
// name", "is said to be", "were told that") are left to the other rules.
func (d *doc) passiveNoSpeech(c *cue, s0 int) bool {
	if c.inverted || c.kind == ckAccording || c.kind == ckStance || c.n != 1 || !d.isWord(c.t) || passiveSpeech[d.lower(c.t)] {
		return false
	}
	if w := d.text(c.t); !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "wn") && w != "found" {
		return false
	}
	if x := c.t + 1; d.is(x, "that") || d.is(x, "by") || !d.isWord(x) {
		return false // "it has been confirmed.", "was told: ..."
	}
	k := c.t - 1
	for k > s0 && d.isWord(k) && (strings.HasSuffix(d.text(k), "ly") || d.is(k, "not") || d.is(k, "also") || d.is(k, "n't")) {
		k--
	}
	switch d.lower(k) {
	case "is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't", "get", "gets", "got", "getting":
	default:
		return false
	}
	for k > s0 && (auxiliaries[d.lower(k-1)] || d.is(k-1, "not")) {
		k--
	}
	return k >= s0 && d.lower(k-1) != "it" // "it has been revealed in March that ..."
}

// passiveSpeech are verbs whose passive still reports speech: "was asked
// whether", "is said to be", "were told to leave".
var passiveSpeech = map[string]bool{"asked": true, "told": true, "said": true, "quoted": true, "urged": true,
	"advised": true, "warned": true, "informed": true, "reminded": true, "ordered": true, "instructed": true,
	"reported": true, "rumored": true, "rumoured": true, "alleged": true, "described": true, "assured": true,
	"announced": true}

// modifierCue reports whether cue c is a participle that modifies a noun
// or is one, right after an article or a possessive: "the alleged
// shooter", "an estimated 200 officers", "her repeated comments", "does
// the tweeting". No one says anything there.
func (d *doc) modifierCue(c *cue, s0 int) bool {
	if c.n != 1 || c.t <= s0 || c.kind == ckAccording || c.kind == ckPhrase || c.kind == ckPhraseNoOne || !d.isWord(c.t) {
		return false
	}
	if w := d.text(c.t); !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") {
		// "his claims on air", "their calls for calm": a verb in -s after a
		// possessive is a noun (possessiveNoun)
		return strings.HasSuffix(w, "s") && possessives[d.lower(c.t-1)] != "" && d.toks[c.t-1].q == 0 && !d.is(c.t+1, "that")
	}
	return articlesPossessives[d.lower(c.t-1)] && d.toks[c.t-1].q == 0
}

// articlesPossessives are the words after which a participle is an
// adjective or a noun.
var articlesPossessives = map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true,
	"their": true, "its": true, "our": true, "my": true, "your": true}

// clauseVerbs are the verbs of verbs.txt with the "clause" frame: they
// report speech only with a clause after them.
var clauseVerbs = sync.OnceValue(func() map[string]bool { return verbFrame("clause") })

// nounObject reports whether cue c, a verb that reports speech only with
// a clause, is followed by a noun phrase with no verb of its own:
// "maintains a commanding lead", "charged a $100,000 fee", "adds a
// critical voice". "maintained the server was secure" is a clause.
func (d *doc) nounObject(c *cue, s1 int) bool {
	if c.inverted || c.n != 1 || !clauseVerbs()[d.lower(c.t)] {
		return false
	}
	t := c.t + 1
	if t >= s1 || !d.isWord(t) || d.toks[t].q != 0 || !d.lowerIs(t, wfDeterminer) || d.is(t, "that") {
		return false
	}
	for k := t + 1; k < s1 && k < t+8; k++ {
		if !d.isWord(k) && d.toks[k].kind != tkNum && d.toks[k].kind != tkPoss || d.toks[k].q != 0 ||
			d.lowerIs(k, wfPreposition) && !d.is(k, "of") || d.is(k, "and") {
			break // "charged the officer with murder": the noun phrase ends
		}
		if w := d.lower(k); auxiliaries[w] || d.cueKind(k) != 0 || strings.HasSuffix(w, "ed") && !d.toks[k].upper {
			return false // "maintained the server was secure", "indicated the adults escaped"
		}
	}
	return true
}

// writerAside reports whether cue c is the writer's own, not a speaker's:
// "It is worth noting that ..." (the writer notes it), "what we call X"
// (a name given), or "called" set
// off after a comma, naming or summoning something ("His group, called
// the Acme Fund, will ...", "Guard members, called to service by the
// governor, ...").
func (d *doc) writerAside(c *cue, s0 int) bool {
	if c.n != 1 || c.inverted || c.t <= s0 {
		return false
	}
	switch d.lower(c.t) {
	case "noting", "mentioning", "remembering", "recalling", "pointing", "repeating", "saying", "asking":
		return d.is(c.t-1, "worth")
	case "called", "calls", "call":
		if d.is(c.t+1, "to") && d.is(c.t+2, "mind") {
			return true // "called to mind the promise of ..."
		}
		if c.subj.ok() && c.subj.t0 > s0 && d.is(c.subj.t0-1, "what") {
			return true // "what we call metal fatigue", "what critics have called a tax": a name given
		}
		if ci := d.chunkOf(c.t + 1); ci >= 0 && d.chunks[ci].t0 == c.t+1 && d.text(c.t) == "called" {
			if e := d.chunks[ci].t1; auxiliaries[d.lower(e)] && d.toks[e].q == 0 {
				return true // "a super PAC called Our Principles is ramping up": a name given
			}
		}
		return d.text(c.t) == "called" && d.is(c.t-1, ",") && !c.subj.ok()
	}
	return false
}

// showNoun reports whether cue c is "show" or "shows" naming a programme,
// or "call(s)" naming a kind of call ("a conference call", "a roll call
// vote", "the right calling card"), never before "that" (which makes it
// a verb): "show" after a word that names a kind of show ("talk show", "news shows",
// "the only show") or after a singular name that cannot be its subject
// ("the Breitbart News Daily show", "NBC's Today show").
func (d *doc) showNoun(c *cue, s0 int) bool {
	w := d.text(c.t)
	if c.n != 1 || c.t <= s0 || w != "show" && w != "shows" && w != "call" && w != "calls" && w != "calling" || d.toks[c.t-1].q != 0 ||
		!d.isWord(c.t-1) || d.is(c.t+1, "that") {
		return false
	}
	p := d.text(c.t - 1)
	if showKinds[d.lower(c.t-1)] && (!d.toks[c.t-1].upper || c.t-1 == s0) && (w == "show" || w == "shows") ||
		callKinds[d.lower(c.t-1)] && (w == "call" || w == "calls") || w == "calling" && d.is(c.t+1, "card") {
		return true
	}
	if w != "show" || !d.toks[c.t-1].upper || c.t-1 == s0 || strings.HasSuffix(p, "s") {
		return false
	}
	t0 := c.t - 1
	if ci := d.chunkOf(c.t - 1); ci >= 0 {
		t0 = d.chunks[ci].t0
	}
	for t0 > s0 && (d.toks[t0-1].kind == tkNum || d.lowerIs(t0-1, wfDeterminer)) {
		t0-- // "Data from the 2014 Community Survey show"
	}
	return t0 > s0 && !d.lowerIs(t0-1, wfPreposition) // not "Polls in New Hampshire show"
}

// callKinds name a kind of call: "a roll call vote", "a conference call".
var callKinds = map[string]bool{"roll": true, "conference": true, "phone": true, "wake-up": true, "curtain": true,
	"close": true, "judgment": true, "judgement": true, "casting": true, "telephone": true}

// showKinds name a kind of show: "talk show", "morning shows".
var showKinds = map[string]bool{"talk": true, "news": true, "tv": true, "radio": true, "morning": true,
	"cooking": true, "road": true, "reality": true, "television": true, "chat": true, "only": true,
	"favorite": true, "favourite": true, "other": true, "late-night": true, "trade": true, "fashion": true,
	"awards": true, "comedy": true, "sketch": true, "variety": true, "quiz": true, "cable": true, "sunday": true}

// questionsNoun reports whether cue c is "questions" as a noun: after a
// lower-case word that is no subject of it ("isolated questions asked of
// the candidates", "sent a dozen questions to", "came prepared with
// questions that"), with no "about", "on" or question word after it; not
// "Sanders often questions ...", "the mayor who questions ...".
func (d *doc) questionsNoun(c *cue, s0 int) bool {
	if c.n != 1 || c.t <= s0 || d.text(c.t) != "questions" || !d.isWord(c.t-1) || d.toks[c.t-1].q != 0 || d.toks[c.t-1].upper {
		return false
	}
	if x := c.t + 1; d.is(x, "about") || d.is(x, "on") || d.isWord(x) && wh[d.lower(x)] && !d.is(x, "that") {
		return false
	}
	w := d.lower(c.t - 1)
	return !strings.HasSuffix(w, "ly") && !d.lowerIs(c.t-1, wfSubjPronoun|wfSkipBeforeCue) && !questionSubjects[w]
}

// questionSubjects may stand right before "questions" the verb.
var questionSubjects = map[string]bool{"who": true, "that": true, "which": true, "also": true, "often": true,
	"never": true, "still": true, "now": true, "openly": true, "even": true, "and": true, "but": true}

// reducedRelative reports whether cue c is a participle describing the
// noun before it, which cannot speak, with a preposition after it: "the
// aggressive laws proposed during his term", "the plan announced in May".
func (d *doc) reducedRelative(c *cue, s1 int) bool {
	if c.inverted || c.n != 1 || !c.subj.ok() || c.subj.kind != npDesc || c.subj.t1 != c.t || d.canHoldView(c.subj) ||
		!d.lowerIs(c.subj.t0, wfDeterminer) {
		return false
	}
	x := c.t + 1
	return strings.HasSuffix(d.text(c.t), "ed") && x < s1 && d.isWord(x) && d.lowerIs(x, wfPreposition) &&
		!d.is(x, "that") && !d.is(x, "to") && !d.is(x, "about") && !d.is(x, "for") && !d.is(x, "on") && !d.is(x, "of")
}

// sayWords are the forms of "say".
var sayWords = map[string]bool{"say": true, "says": true, "said": true, "saying": true}

// sayQuantity reports whether the words at t after "say" tell how much was
// said, not what: "little about the plan", "nothing about the senders",
// "something about the media", "much." (but "nothing had been decided",
// where the word is the clause's subject).
func (d *doc) sayQuantity(t, s1 int) bool {
	if t >= s1 || d.toks[t].q != 0 {
		return false
	}
	n := t + 1
	switch d.lower(t) {
	case "little", "nothing", "much", "something", "anything", "volumes", "everything":
	case "a":
		if !(d.is(t+1, "lot") || d.is(t+1, "great") && d.is(t+2, "deal")) {
			return false
		}
		n = t + 2
		if d.is(t+1, "great") {
			n = t + 3
		}
	default:
		return false
	}
	return n >= s1 || d.toks[n].kind == tkPunct && d.toks[n].q == 0 || d.lowerIs(n, wfPreposition) && !d.is(n, "that") && !d.is(n, "of") ||
		d.is(n, "else")
}

// passiveTold reports whether cue c is a verb of telling in the
// passive: "Workers were told to leave the plant", "Residents have been
// asked to stay indoors". Its subject is who was told, not who spoke:
// the words stand with no speaker.
func (d *doc) passiveTold(c *cue) bool {
	switch d.text(c.t) {
	case "told", "asked", "urged", "ordered", "advised", "encouraged", "instructed", "warned", "invited", "requested",
		"reminded", "informed", "called":
	default:
		return false
	}
	k := c.t - 1
	if k > 0 && strings.HasSuffix(d.lower(k), "ly") {
		k--
	}
	switch d.lower(k) {
	case "is", "are", "was", "were", "be", "been", "being":
		return !d.is(c.t+1, "by")
	}
	return false
}
