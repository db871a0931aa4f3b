package reader

import (
	"strings"

	"github.com/byline/byline/reader/figures"
)

// AnalyzerVersion is bumped whenever Analyze changes what it finds, so that
// stored analyses made by an older byline are redone.
const AnalyzerVersion = 7

// QuoteKind tells direct quotation from reported speech.
type QuoteKind int

const (
	// Direct is a quotation in quotation marks, full or partial.
	Direct QuoteKind = iota
	// Indirect is reported speech: "Putin said a full ceasefire would ...".
	Indirect
	// Stance is an attribution whose cue is a belief, wish, stance or
	// action ("Putin rejected a full ceasefire", "Trump wants a deal"):
	// not speech, so not listed among quotes unless asked for.
	Stance
)

// String implements fmt.Stringer.
func (k QuoteKind) String() string {
	switch k {
	case Indirect:
		return "indirect"
	case Stance:
		return "stance"
	}
	return "direct"
}

// Speech reports whether the kind is said or written: Direct or
// Indirect, not Stance.
func (k QuoteKind) Speech() bool { return k != Stance }

// EntityKind is the kind of a named entity.
type EntityKind int

const (
	// Person is a named person.
	Person EntityKind = iota
	// Place is a country, city, region or other location.
	Place
	// Org is an organisation, company, institution or group.
	Org
)

// String implements fmt.Stringer. The names match the analysis contract.
func (k EntityKind) String() string {
	switch k {
	case Place:
		return "place"
	case Org:
		return "org"
	}
	return "person"
}

// FigureKind is the kind of a key figure (see package figures).
type FigureKind = figures.Kind

// The kinds of key figure.
const (
	Count    = figures.Count
	Money    = figures.Money
	Percent  = figures.Percent
	Age      = figures.Age
	Date     = figures.Date
	Duration = figures.Duration
	Measure  = figures.Measure
)

// Quote is something a speaker said, directly or in reported speech.
type Quote struct {
	// Span covers the quoted words; for a direct quote it includes the
	// quotation marks.
	Span
	Kind QuoteKind
	// Speaker indexes Analysis.Speakers, or is -1 when no one can be named.
	Speaker int
	// Mention is the words of the attribution that name the speaker ("he",
	// "Rubio", "the newspaper"); zero when there is none.
	Mention Span
	// Cue is the attribution verb or phrase ("said", "according to").
	Cue Span
	// Rule is the rule that found the quote; SpeakerRule the one that
	// chose its speaker (RuleNone when no one is named).
	Rule        Rule `json:"rule,omitzero"`
	SpeakerRule Rule `json:"speaker_rule,omitzero"`
	// Confidence is how likely the quote and its speaker are both right,
	// in [0, 1]: the precision its kind, rules and speaker had on PolNeAR
	// train (data/confidence.txt).
	Confidence float64 `json:"confidence,omitzero"`
	// Gap is the attribution inside a quotation that it interrupts, for a
	// quote reported as one span: "''It isn't reform,'' she said. ''It's
	// anti-reform.''" Zero for most quotes.
	Gap Span `json:"gap,omitzero"`
}

// Parts returns the spans of the quoted words: the whole span, or the two
// sides of its gap.
func (q Quote) Parts() []Span {
	if q.Gap.End <= q.Gap.Start || q.Gap.Start < q.Start || q.Gap.End > q.End {
		return []Span{q.Span}
	}
	return []Span{{q.Start, q.Gap.Start}, {q.Gap.End, q.End}}
}

// Words returns the quoted words as a reader should see them: the two
// sides of a gap are joined by an ellipsis, without the quotation marks
// that closed the words before the attribution and opened them after it
// (the marks around the whole stay). Spans outside body are cut to it.
func (q Quote) Words(body string) string {
	ps := q.Parts()
	words := make([]string, 0, len(ps))
	for i, p := range ps {
		s, e := max(0, min(p.Start, len(body))), max(0, min(p.End, len(body)))
		if s >= e {
			continue
		}
		w := strings.TrimSpace(body[s:e])
		if i > 0 {
			w = strings.TrimLeft(w, openingMarks)
		}
		if i < len(ps)-1 {
			w = strings.TrimRight(w, closingMarks)
		}
		if w = strings.TrimSpace(w); w != "" {
			words = append(words, w)
		}
	}
	return strings.Join(words, " … ")
}

// The quotation marks that open and close quoted words, straight and
// curly, single and double (a doubled apostrophe is two single ones).
const (
	openingMarks = "\"“‘'"
	closingMarks = "\"”’'"
)

// Lead returns the cue of reported speech when it comes right before the
// reported words, as in "Putin rejected a full ceasefire", and "" for any
// other quote: put before the words ("rejected a full ceasefire"), it says
// what the speaker did, which the words alone do not.
func (q Quote) Lead(body string) string {
	c := q.Cue
	if q.Kind == Direct || c.Start < 0 || c.Start >= c.End || c.End > q.Start || q.Start > len(body) {
		return ""
	}
	// A preposition may stand between: "commented on the agreement".
	if gap := strings.TrimSpace(body[c.End:q.Start]); gap != "" && !leadPreps[gap] {
		return ""
	}
	return strings.Join(strings.Fields(body[c.Start:q.Start]), " ")
}

// leadPreps may stand between a cue and the reported words it leads.
var leadPreps = map[string]bool{"on": true, "about": true, "of": true, "to": true, "for": true, "against": true,
	"with": true, "at": true, "over": true}

// Speaker is a person or organisation quoted in the article.
type Speaker struct {
	// Name is the canonical name ("Donald Trump").
	Name string
	// Aliases are the other ways the article names the speaker
	// ("Trump", "President Trump").
	Aliases []string
	// Role is the speaker's title or job when the text gives one
	// ("Secretary of State").
	Role string
	Kind EntityKind
	// Quotes is the number of quotes attributed to the speaker.
	Quotes int
	// Generic marks a description that names no entity of the article
	// ("analysts", "officials", "the company" with no company named): shown
	// as such in the article, never merged with others across articles.
	Generic bool `json:"generic,omitzero"`
}

// Entity is a person, place or organisation named in the article.
type Entity struct {
	Name     string
	Kind     EntityKind
	Mentions []Span
}

// Figure is a number the article rests on.
type Figure struct {
	Span
	Kind FigureKind
	// Value is the figure's normalised value (175 for "175 POWs", 2.5e9
	// for "$2.5bn", 30 for "30-day"); 0 with HasValue false when none.
	Value    float64
	HasValue bool
	// Unit is the counted noun or unit ("POWs", "USD", "day", "%").
	Unit string
	// Sentence is the sentence the figure stands in.
	Sentence Span
	// ValueTo is a range's upper end ("5-7%": 7), 0 when not a range.
	ValueTo float64 `json:",omitempty"`
	// Change is how the figure moved or compares (figures.Up, More, ...);
	// "" when exact.
	Change figures.Change `json:",omitempty"`
	// About is what the figure measures ("Vecturas shares").
	About string `json:",omitempty"`
}

// Analysis is everything Analyze finds in an article. All spans are byte
// offsets into Article.Body, ordered by position.
type Analysis struct {
	Version  int
	Quotes   []Quote
	Speakers []Speaker
	Entities []Entity
	Figures  []Figure
}

// QuotesBy returns the indexes of the quotes attributed to speaker i:
// what the speaker said (direct and reported speech, not stances).
func (an *Analysis) QuotesBy(i int) []int {
	var out []int
	for k, q := range an.Quotes {
		if q.Speaker == i && q.Kind.Speech() {
			out = append(out, k)
		}
	}
	return out
}

// SpeechCount returns the number of quotes that are speech (not stances).
func (an *Analysis) SpeechCount() int {
	n := 0
	for _, q := range an.Quotes {
		if q.Kind.Speech() {
			n++
		}
	}
	return n
}
