package reader

import (
	"fmt"
	"strings"
)

// notePassed notes, for each quote of the sentence [s0, s1) found so far,
// the subjects of the sentence's cues other than its own mention: the
// candidates its speaker rule passed over.
func (d *doc) notePassed(cues []cue, s0, s1 int) {
	lo, hi := d.toks[s0].s, d.toks[s1-1].e
	for k := len(d.found) - 1; k >= 0; k-- {
		f := &d.found[k]
		if f.span.Start < lo && f.span.End <= lo {
			break
		}
		if f.span.Start >= hi || f.passed != nil {
			continue
		}
		f.passed = []Span{}
		for _, c := range cues {
			if !c.subj.ok() {
				continue
			}
			if m := d.tokSpan(c.subj.t0, c.subj.t1); m != f.mention && !containsSpan(f.passed, m) {
				f.passed = append(f.passed, m)
			}
		}
	}
}

func containsSpan(ss []Span, s Span) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// explained is what Explain says of a quote beyond the Quote itself.
type explained struct {
	passed []Span
	via    Rule
	// speech is the speech model's probability for reported speech, feats
	// its features (RuleSpeechModel).
	speech float64
	feats  []string
	// dropped is set for reported speech the speech model did not list.
	dropped *found
}

// notListed returns, for Explain, the reported speech the speech model
// dropped, in order.
func (d *doc) notListed() []explained {
	var out []explained
	for i := range d.modelDropped {
		f := d.modelDropped[i]
		out = append(out, explained{speech: f.speech, feats: f.feats, dropped: &f})
	}
	d.modelDropped = d.modelDropped[:0]
	return out
}

// Explain analyses an article and says, for every quote, why byline says
// who said it: its kind and span, the rule that found it, its cue, the
// rule that chose its speaker, the mention, and the candidates that rule
// passed over (other cues' subjects in the sentence). It returns the
// analysis too, the same as Analyze's.
func Explain(a *Article) (*Analysis, string) {
	an, each, all := explainQuotes(a)
	var b strings.Builder
	for i, e := range each {
		fmt.Fprintf(&b, "%d. %s", i+1, e)
	}
	if len(an.Quotes) == 0 {
		b.WriteString("no quotes\n")
	}
	for _, e := range all {
		if f := e.dropped; f != nil {
			fmt.Fprintf(&b, "not listed: %s %s\n", f.kind, spanText(a.Body, f.span))
			fmt.Fprintf(&b, "   found by:   %s, cue %s\n", f.qrule, spanText(a.Body, f.cue))
			if f.rule == RuleMentionedWord {
				fmt.Fprintf(&b, "   dropped by: %s\n", f.rule)
				continue
			}
			fmt.Fprintf(&b, "   dropped by: %s (%.2f < %.2f)\n", RuleSpeechModel, e.speech, speechWeights().threshold)
			fmt.Fprintf(&b, "   features:   %s\n", strings.Join(e.feats, " "))
		}
	}
	return an, b.String()
}

// spanText is the words of span s of body, quoted and cut for one line,
// with their offsets; "-" for none.
func spanText(body string, s Span) string {
	if s.End <= s.Start || s.Start < 0 || s.End > len(body) {
		return "-"
	}
	return fmt.Sprintf("%q [%d,%d)", oneLine(body[s.Start:s.End], 80), s.Start, s.End)
}

// ExplainQuotes is Explain with one explanation for each quote, in the
// order of the analysis's quotes, each a few lines ending in a newline.
func ExplainQuotes(a *Article) (*Analysis, []string) {
	an, out, _ := explainQuotes(a)
	return an, out
}

// explainQuotes is ExplainQuotes, returning also what analyze said of each
// quote and, after them, of the reported speech not listed.
func explainQuotes(a *Article) (*Analysis, []string, []explained) {
	an, passed := analyze(a, true)
	body := a.Body
	text := func(s Span) string {
		if s.End <= s.Start || s.Start < 0 || s.End > len(body) {
			return "-"
		}
		return fmt.Sprintf("%q [%d,%d)", oneLine(body[s.Start:s.End], 80), s.Start, s.End)
	}
	out := make([]string, len(an.Quotes))
	for i, q := range an.Quotes {
		var b strings.Builder
		fmt.Fprintf(&b, "%s %s\n", q.Kind, text(q.Span))
		fmt.Fprintf(&b, "   found by:   %s (confidence %.2f)\n", q.Rule, q.Confidence)
		fmt.Fprintf(&b, "   cue:        %s\n", text(q.Cue))
		who := "no one named"
		if q.Speaker >= 0 && q.Speaker < len(an.Speakers) {
			who = an.Speakers[q.Speaker].Name
		}
		fmt.Fprintf(&b, "   speaker:    %s, by %s\n", who, q.SpeakerRule)
		fmt.Fprintf(&b, "   mention:    %s\n", text(q.Mention))
		if i < len(passed) && passed[i].via != RuleNone {
			fmt.Fprintf(&b, "   resolved:   by %s\n", passed[i].via)
		}
		if i < len(passed) && passed[i].speech < 0 {
			fmt.Fprintf(&b, "   speech:     a reported clause, not scored by %s\n", RuleSpeechModel)
		}
		if i < len(passed) && passed[i].feats != nil {
			fmt.Fprintf(&b, "   speech:     %.2f by %s\n", passed[i].speech, RuleSpeechModel)
			fmt.Fprintf(&b, "   features:   %s\n", strings.Join(passed[i].feats, " "))
		}
		if i < len(passed) && len(passed[i].passed) > 0 {
			var ps []string
			for _, p := range passed[i].passed {
				ps = append(ps, text(p))
			}
			fmt.Fprintf(&b, "   passed over: %s\n", strings.Join(ps, ", "))
		}
		out[i] = b.String()
	}
	return an, out, passed
}
