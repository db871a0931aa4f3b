package reader

import "testing"

// TestStanceIsNotSpeech: reported speech is an act of saying or
// publishing; a belief, wish, stance or action is a Stance; negated
// speech and photo captions are not reported at all.
func TestStanceIsNotSpeech(t *testing.T) {
	tests := []struct {
		name, body     string
		speech, stance []string
	}{
		{"a speech verb is speech", "Anna Berg announced that the plant would close.",
			[]string{"Anna Berg: that the plant would close"}, nil},
		{"a wish is a stance", "Anna Berg wants to close the plant by June.",
			nil, []string{"Anna Berg: to close the plant by June"}},
		{"a belief is a stance", "Anna Berg believes the plant will close.",
			nil, []string{"Anna Berg: the plant will close"}},
		{"an action is a stance", "Anna Berg rejected the offer from the union.",
			nil, []string{"Anna Berg: the offer from the union"}},
		{"negated speech is nothing", "Anna Berg did not say when the plant would close.", nil, nil},
		{"a contracted negation too", "Anna Berg didn't say when the plant would close.", nil, nil},
		{"an adverb in -ly between", "Anna Berg did not immediately say whether the plant would close.", nil, nil},
		{"no reply is no statement", "Acme Foods did not immediately respond to a request for comment.", nil, nil},
		{"an adverb alone is no negation", "Anna Berg publicly said that the plant would close.",
			[]string{"Anna Berg: that the plant would close"}, nil},
		{"denied saying is not saying", "Anna Berg denied saying the plant would close.",
			nil, []string{"Anna Berg: saying the plant would close"}},
		{"refused to say is not saying", "Anna Berg refused to say whether the plant would close.",
			nil, []string{"Anna Berg: to say whether the plant would close"}},
		{"a denial is speech of its own", "Anna Berg denied that the plant would close.",
			[]string{"Anna Berg: that the plant would close"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, an := analyzeString(t, "Headline\n\n"+tt.body+"\n")
			equalLines(t, quotesOf(a, an, Indirect), tt.speech)
			equalLines(t, quotesOf(a, an, Stance), tt.stance)
		})
	}
}

// TestCaptionIsNotSpeech: a photo caption describes the picture; a
// sentence in it with a speech verb reports nothing.
func TestCaptionIsNotSpeech(t *testing.T) {
	body := "Headline\n\nAnna Berg spoke to workers on Monday.\n\n" +
		"Reuters Anna Berg at the plant gates.Reuters\n" +
		"Anna Berg said the plant would close in June\n\n" +
		"Peter Lund said the union would fight the plan.\n"
	a, an := analyzeString(t, body)
	equalLines(t, quotesOf(a, an, Indirect), []string{"Peter Lund: the union would fight the plan"})
	equalLines(t, quotesOf(a, an, Stance), nil)
}

// TestRulesNamed: every quote names the rule that found it, every quote
// with a speaker the rule that chose the speaker, and each confidence is
// in [0, 1]; rule names are unique.
func TestRulesNamed(t *testing.T) {
	seen := map[string]Rule{}
	for r := range numRules {
		if prev, ok := seen[r.String()]; ok || r.String() == "unknown" {
			t.Fatalf("rule %d has the name %q of rule %d", r, r.String(), prev)
		}
		seen[r.String()] = r
	}
	a, an := analyzeString(t, "Headline\n\n\"We are ready,\" Anna Berg said. She added that the plant would stay open.\n\n"+
		"Peter Lund wants to close it. \"Not yet,\" he said.\n")
	if len(an.Quotes) < 4 {
		t.Fatalf("%d quotes, want at least 4: %v", len(an.Quotes), quotesOf(a, an, Direct))
	}
	for _, q := range an.Quotes {
		if q.Rule == RuleNone {
			t.Errorf("%q: no rule", a.Body[q.Start:q.End])
		}
		if (q.Speaker >= 0) != (q.SpeakerRule != RuleNone) {
			t.Errorf("%q: speaker %d, speaker rule %v", a.Body[q.Start:q.End], q.Speaker, q.SpeakerRule)
		}
		if q.Confidence <= 0 || q.Confidence > 1 {
			t.Errorf("%q: confidence %v", a.Body[q.Start:q.End], q.Confidence)
		}
	}
	if q := an.Quotes[0]; q.Rule != RuleQuoteMarks || q.SpeakerRule != RuleCueAfter {
		t.Errorf("first quote: rule %v, speaker rule %v; want quote-marks, cue-after", q.Rule, q.SpeakerRule)
	}
}
