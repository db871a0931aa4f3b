package figures

import (
	"math"
	"strings"
	"time"
)

// Where articles disagree: the same measure reported with different
// values in different articles, close in time.

// Source is one article's figures as Disagreements compares them.
type Source struct {
	// ID names the article to the caller (a store id).
	ID int64
	// Date is when the article was published; zero when unknown.
	Date    time.Time
	Figures []Figure
}

// Conflict is a pair of figures, in two articles, that report one measure
// with different values.
type Conflict struct {
	A, B   int // indexes of the sources
	FA, FB int // indexes of the figures in them
}

// Window is how far apart two articles' dates may be for their figures to
// report one measure: news of one event, not of the same thing a year on.
const Window = 7 * 24 * time.Hour

// Disagreements returns the pairs of figures of different sources that
// Disagree, in the order of the sources and then of the figures.
func Disagreements(srcs []Source) []Conflict {
	var out []Conflict
	for a := range srcs {
		for b := a + 1; b < len(srcs); b++ {
			if !closeInTime(srcs[a].Date, srcs[b].Date) {
				continue
			}
			for i, fa := range srcs[a].Figures {
				for j, fb := range srcs[b].Figures {
					if Disagree(fa, fb) {
						out = append(out, Conflict{A: a, B: b, FA: i, FB: j})
					}
				}
			}
		}
	}
	return out
}

// closeInTime reports whether two articles' dates are within Window. An
// unknown date is close to none: two undated articles may be years apart,
// and a disagreement byline cannot place in time is not shown as one.
func closeInTime(a, b time.Time) bool {
	if a.IsZero() || b.IsZero() {
		return false
	}
	d := a.Sub(b)
	return d <= Window && d >= -Window
}

// Disagree reports whether two figures report one measure with different
// values. The rule: both have a value and are not dates; the same kind and
// unit (a counted noun's plural s and case aside); what they measure
// (about) shares at least half of its content words, at least one; the
// same sense of change (a rise is not a level); and the values differ by
// no more than a third of the larger, so that a total and a part of it
// ("1,000 people" and "200 people") are not taken for one measure.
func Disagree(a, b Figure) bool {
	if !a.HasValue || !b.HasValue || a.Kind == Date || a.Kind == Ordinal || b.Kind != a.Kind {
		return false
	}
	if a.Value == b.Value && a.ValueTo == b.ValueTo {
		return false
	}
	if normUnit(a.Unit) != normUnit(b.Unit) || a.Change != b.Change && !(near(a.Change) && near(b.Change)) {
		return false
	}
	hi := math.Max(math.Abs(a.Value), math.Abs(b.Value))
	if hi == 0 || math.Abs(a.Value-b.Value) > hi/3 {
		return false
	}
	return sameSubject(a.About, b.About)
}

// near reports whether a change says the figure is exact or about.
func near(c Change) bool { return c == "" || c == Exact || c == Near }

// normUnit is a unit as Disagree compares it: lower case, singular, and
// one name for the counted nouns news uses for one thing ("POWs" and
// "prisoners", "troops" and "soldiers").
func normUnit(u string) string {
	u = strings.ToLower(strings.TrimSpace(u))
	if len(u) > 3 && strings.HasSuffix(u, "s") && !strings.HasSuffix(u, "ss") {
		u = u[:len(u)-1]
	}
	if syn, ok := unitSynonyms[u]; ok {
		return syn
	}
	return u
}

// unitSynonyms maps a counted noun (lower case, singular) to the name
// Disagree compares: nouns a report and another use for the same people
// or things.
var unitSynonyms = map[string]string{
	"pow": "prisoner", "prisoners of war": "prisoner", "prisoner of war": "prisoner", "captive": "prisoner",
	"troop": "soldier", "serviceman": "soldier", "servicemen": "soldier",
	"people": "person", "persons": "person", "individual": "person",
	"dead": "death", "fatalitie": "death", "fatality": "death",
	"children": "child", "kid": "child",
	"employee": "worker", "staff": "worker",
}

// sameSubject reports whether two abouts share at least half of the
// content words of the shorter, and at least one.
func sameSubject(a, b string) bool {
	wa, wb := contentWords(a), contentWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	shared := 0
	for w := range wa {
		if wb[w] {
			shared++
		}
	}
	return shared > 0 && 2*shared >= min(len(wa), len(wb))
}

// contentWords returns the lower-cased words of s that are not function
// words, a plural s taken off.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	}) {
		if k := lookup(w); k != 0 && lexTable[k].flags&(lxStop|lxFunction|lxDet) != 0 {
			continue
		}
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			w = w[:len(w)-1]
		}
		out[w] = true
	}
	return out
}
