package cite

import (
	"strings"

	"github.com/byline/byline/reader"
)

// paraphrase turns reported speech into a sentence with no quotation
// marks: the speaker (or "an unnamed source"), what the article says they
// did, and the reported words. What they did is, in order of preference,
// the article's own few words between the speaker's name and the reported
// words ("did not agree" in "Putin did not agree to a full truce"), so that
// a negation is never lost; the cue, in the past tense ("saying" → "said");
// else "said".
func paraphrase(body string, q reader.Quote, speaker, words string) string {
	subject := speaker
	if subject == "" {
		subject = "An unnamed source"
	}
	verb := between(body, q)
	if verb == "" {
		verb = pastTense(cueWord(body, q))
	}
	if verb == "" {
		verb = "said"
	}
	words = strings.TrimRight(words, " ,;:")
	// The words keep their case: a capital may start a name ("Trump had
	// agreed") as well as a sentence, and only the first is wrong to lower.
	return subject + " " + verb + " " + words
}

// between returns the words between the speaker's mention and the
// reported words when they are few (at most five), run on one line with
// no punctuation, and hold the cue: "did not agree", "have said".
func between(body string, q reader.Quote) string {
	m, c := q.Mention, q.Cue
	if m.End <= m.Start || c.End <= c.Start || m.End > c.Start || c.End > q.Start || q.Start > len(body) {
		return ""
	}
	mid := body[m.End:q.Start]
	if strings.ContainsAny(mid, ",;:.!?()\"“”\n") {
		return ""
	}
	f := strings.Fields(mid)
	if len(f) == 0 || len(f) > 5 {
		return ""
	}
	// "Zelensky and Putin have said": the auxiliary agrees with the pair,
	// not with the one speaker cited.
	if len(f) == 2 && (f[0] == "have" || f[0] == "has") {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// cueWord returns the cue when it is one word.
func cueWord(body string, q reader.Quote) string {
	c := q.Cue
	if c.Start < 0 || c.End > len(body) || c.End <= c.Start {
		return ""
	}
	w := strings.TrimSpace(body[c.Start:c.End])
	if strings.ContainsAny(w, " \t\n") {
		return ""
	}
	return strings.ToLower(w)
}

// irregular holds the past tense of the cues whose -ing form does not give
// it by rule.
var irregular = map[string]string{
	"saying": "said", "telling": "told", "seeking": "sought", "writing": "wrote",
	"says": "said", "tells": "told", "writes": "wrote", "say": "said", "tell": "told",
	"write": "wrote", "adding": "added", "arguing": "argued", "noting": "noted",
	"describing": "described", "outlining": "outlined", "insisting": "insisted",
	"warning": "warned", "claiming": "claimed", "accusing": "accused", "calling": "called",
	"stressing": "stressed", "urging": "urged", "denying": "denied", "agreeing": "agreed",
	"rejecting": "rejected", "promising": "promised", "suggesting": "suggested",
	"explaining": "explained", "announcing": "announced", "confirming": "confirmed",
}

// pastTense gives a one-word cue in the past tense, or "" when it cannot
// tell (the caller then says "said").
func pastTense(w string) string {
	if p, ok := irregular[w]; ok {
		return p
	}
	if strings.HasSuffix(w, "ed") || w == "said" || w == "told" || w == "wrote" {
		return w
	}
	return ""
}
