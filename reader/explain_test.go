package reader

import (
	"strings"
	"testing"
)

// TestExplain: the explanation names, for each quote, the rule that
// found it, the speaker's rule and mention, and a candidate passed over.
func TestExplain(t *testing.T) {
	a, err := Parse([]byte("Headline\n\nPeter Lund spoke first, and then Anna Berg said \"we are ready\" to the crowd.\n"), "x.txt")
	if err != nil {
		t.Fatal(err)
	}
	an, text := Explain(a)
	if len(an.Quotes) != 1 || an.Quotes[0].Speaker < 0 || an.Speakers[an.Quotes[0].Speaker].Name != "Anna Berg" {
		t.Fatalf("want one quote by Anna Berg, got\n%s", text)
	}
	for _, want := range []string{"direct", "found by:   quote-marks", "speaker:    Anna Berg, by cue-before", `mention:    "Anna Berg"`} {
		if !strings.Contains(text, want) {
			t.Errorf("explanation lacks %q:\n%s", want, text)
		}
	}
	if got := Analyze(a); len(got.Quotes) != len(an.Quotes) || got.Quotes[0] != an.Quotes[0] {
		t.Errorf("Explain's analysis differs from Analyze's")
	}
}
