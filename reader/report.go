package reader

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/byline/byline/reader/figures"
)

// Report is the analysis of one article in the shape of the `byline
// analyze --format json|jsonl` contract (see README): byte offsets into
// the input, and each item's text equal to the bytes it spans.
type Report struct {
	File     string          `json:"file"`
	Title    string          `json:"title"`
	Byline   []string        `json:"byline"`
	Source   string          `json:"source"`
	Date     string          `json:"date,omitempty"`
	Quotes   []ReportQuote   `json:"quotes"`
	Speakers []ReportSpeaker `json:"speakers"`
	Entities []ReportEntity  `json:"entities"`
	Figures  []ReportFigure  `json:"figures"`
	Version  int             `json:"analyzer_version"`
	Error    string          `json:"error,omitempty"`
	// Body is the article's text, which the offsets refer to, when it is
	// not the input as given (a web page's extracted text, a feed item).
	Body string `json:"body,omitempty"`
}

// ReportText is a piece of the input with its byte offsets.
type ReportText struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// ReportQuote is a quote in a Report.
type ReportQuote struct {
	ReportText
	Kind    string            `json:"kind"`
	Speaker *ReportSpeakerRef `json:"speaker"`
	// Rule is the rule that found the quote (Quote.Rule), Confidence how
	// likely it and its speaker are right (Quote.Confidence).
	Rule       string      `json:"rule"`
	Confidence float64     `json:"confidence"`
	Cue        *ReportText `json:"cue,omitempty"`
	// Lead is the cue when it comes right before reported words (Quote.Lead).
	Lead string `json:"lead,omitempty"`
	// Gap is the attribution inside a quote it interrupts (Quote.Gap), and
	// Words the quoted words without it (Quote.Words).
	Gap   *ReportText `json:"gap,omitempty"`
	Words string      `json:"words,omitempty"`
}

// ReportSpeakerRef names a quote's speaker and the words that name it.
type ReportSpeakerRef struct {
	Name    string      `json:"name"`
	Mention *ReportText `json:"mention"`
	// Rule is the rule that chose the speaker (Quote.SpeakerRule).
	Rule string `json:"rule"`
}

// ReportSpeaker is a speaker in a Report.
type ReportSpeaker struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Role    string   `json:"role,omitempty"`
	Kind    string   `json:"kind"`
	Quotes  int      `json:"quotes"`
	// Generic marks a description that names no entity (Speaker.Generic).
	Generic bool `json:"generic,omitempty"`
}

// ReportEntity is an entity in a Report.
type ReportEntity struct {
	Name     string `json:"name"`
	Kind     string `json:"kind"`
	Mentions []Span `json:"mentions"`
}

// ReportFigure is a key figure in a Report.
type ReportFigure struct {
	ReportText
	Kind     string   `json:"kind"`
	Value    *float64 `json:"value,omitempty"`
	Unit     string   `json:"unit,omitempty"`
	Sentence string   `json:"sentence,omitempty"`
	// ValueTo is a range's upper end; Change is = ~ up down > or <;
	// About is what the figure measures.
	ValueTo *float64 `json:"value_to,omitempty"`
	Change  string   `json:"change,omitempty"`
	About   string   `json:"about,omitempty"`
	// Rank is a rank's place ("third round": 3). A rank is a place in an
	// order, not an amount: it has no value.
	Rank *int `json:"rank,omitempty"`
}

// NewReport shapes an article and its analysis as a Report.
func NewReport(file string, a *Article, an *Analysis) Report {
	r := Report{File: file, Title: a.Title, Byline: a.Authors, Source: a.Source, Version: an.Version,
		Quotes: []ReportQuote{}, Speakers: []ReportSpeaker{}, Entities: []ReportEntity{}, Figures: []ReportFigure{}}
	if r.Byline == nil {
		r.Byline = []string{}
	}
	if !a.Date.IsZero() {
		r.Date = a.Date.Format("2006-01-02")
	}
	text := func(s Span) ReportText { return ReportText{Text: a.Body[s.Start:s.End], Start: s.Start, End: s.End} }
	for _, q := range an.Quotes {
		rq := ReportQuote{ReportText: text(q.Span), Kind: q.Kind.String(), Lead: q.Lead(a.Body), Rule: q.Rule.String(),
			Confidence: q.Confidence}
		if q.Speaker >= 0 && q.Speaker < len(an.Speakers) {
			rq.Speaker = &ReportSpeakerRef{Name: an.Speakers[q.Speaker].Name, Rule: q.SpeakerRule.String()}
			if q.Mention.End > q.Mention.Start {
				m := text(q.Mention)
				rq.Speaker.Mention = &m
			}
		}
		if q.Cue.End > q.Cue.Start {
			c := text(q.Cue)
			rq.Cue = &c
		}
		if ps := q.Parts(); len(ps) > 1 {
			g := text(Span{Start: ps[0].End, End: ps[1].Start})
			rq.Gap, rq.Words = &g, q.Words(a.Body)
		}
		r.Quotes = append(r.Quotes, rq)
	}
	for _, s := range an.Speakers {
		al := s.Aliases
		if al == nil {
			al = []string{}
		}
		r.Speakers = append(r.Speakers, ReportSpeaker{Name: s.Name, Aliases: al, Role: s.Role, Kind: s.Kind.String(), Quotes: s.Quotes,
			Generic: s.Generic})
	}
	for _, e := range an.Entities {
		m := e.Mentions
		if m == nil {
			m = []Span{}
		}
		r.Entities = append(r.Entities, ReportEntity{Name: e.Name, Kind: e.Kind.String(), Mentions: m})
	}
	for _, f := range an.Figures {
		rf := ReportFigure{ReportText: text(f.Span), Kind: f.Kind.String(), Unit: f.Unit}
		switch {
		case f.Kind == Ordinal && f.HasValue:
			n := int(f.Value)
			rf.Rank = &n
		case f.HasValue:
			v := f.Value
			rf.Value = &v
		}
		if f.ValueTo != 0 {
			to := f.ValueTo
			rf.ValueTo = &to
		}
		if f.Kind != Date && f.Kind != Ordinal {
			rf.Change = string(f.Change)
			if rf.Change == "" {
				rf.Change = string(figures.Exact)
			}
		}
		rf.About = f.About
		if f.Sentence.End > f.Sentence.Start {
			rf.Sentence = sentenceAround(a.Body, f.Sentence, f.Span)
		}
		r.Figures = append(r.Figures, rf)
	}
	return r
}

// maxSentence is the most of a figure's sentence a report carries on each
// side of the figure: a text with no sentence ends (a 256 KB line of
// numbers) would otherwise repeat its whole self for every figure in it.
const maxSentence = 300

// sentenceAround returns the sentence of a figure, or, when it is longer
// than the figure and maxSentence bytes on each side, that much of it
// around the figure, cut at UTF-8 boundaries, with "…" where it was cut.
func sentenceAround(body string, sent, fig Span) string {
	start, end := sent.Start, sent.End
	if fs := fig.Start - maxSentence; fs > start {
		start = fs
		for start < len(body) && !utf8.RuneStart(body[start]) {
			start++
		}
	}
	if fe := fig.End + maxSentence; fe < end {
		end = fe
		for end > start && !utf8.RuneStart(body[end]) {
			end--
		}
	}
	out := body[start:end]
	if start > sent.Start {
		out = "…" + out
	}
	if end < sent.End {
		out += "…"
	}
	return out
}

// Text returns the report as readable plain text for a person.
func (r Report) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", r.Title)
	meta := []string{}
	if len(r.Byline) > 0 {
		meta = append(meta, "by "+strings.Join(r.Byline, ", "))
	}
	if r.Source != "" {
		meta = append(meta, r.Source)
	}
	if r.Date != "" {
		meta = append(meta, r.Date)
	}
	if len(meta) > 0 {
		fmt.Fprintf(&b, "%s\n", strings.Join(meta, " · "))
	}
	fmt.Fprintf(&b, "(%s)\n", r.File)
	fmt.Fprintf(&b, "\nSpeakers (%d)\n", len(r.Speakers))
	for _, s := range r.Speakers {
		role := ""
		if s.Role != "" {
			role = ", " + s.Role
		}
		fmt.Fprintf(&b, "  %-28s %2d quote%s%s\n", s.Name+role, s.Quotes, plural(s.Quotes), aliasNote(s))
	}
	fmt.Fprintf(&b, "\nQuotes (%d)\n", len(r.Quotes))
	for _, q := range r.Quotes {
		who := "(unattributed)"
		if q.Speaker != nil {
			who = q.Speaker.Name
		}
		mark, text := "  ", q.Text
		if q.Words != "" {
			text = q.Words
		}
		if q.Kind != "direct" {
			mark = "~ "
			if q.Kind == "stance" {
				mark = "· " // a stance, not speech
			}
			if q.Lead != "" {
				text = q.Lead + " " + text
			}
		}
		fmt.Fprintf(&b, "  %s%s: %s\n", mark, who, oneLine(text, 110))
	}
	fmt.Fprintf(&b, "\nFigures (%d)\n", len(r.Figures))
	for _, f := range r.Figures {
		fmt.Fprintf(&b, "  %-9s %s\n", f.Kind, oneLine(f.Text, 60))
	}
	fmt.Fprintf(&b, "\nEntities (%d)\n", len(r.Entities))
	for _, kind := range []string{"person", "place", "org"} {
		var names []string
		for _, e := range r.Entities {
			if e.Kind == kind {
				names = append(names, e.Name)
			}
		}
		if len(names) > 0 {
			fmt.Fprintf(&b, "  %-7s %s\n", kind, strings.Join(names, ", "))
		}
	}
	return b.String()
}

func aliasNote(s ReportSpeaker) string {
	if len(s.Aliases) == 0 {
		return ""
	}
	return "  (also " + strings.Join(s.Aliases, ", ") + ")"
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func oneLine(s string, n int) string {
	return truncateRunes(strings.Join(strings.Fields(s), " "), n)
}
