package reader

import (
	"strings"
	"testing"
)

// TestCommonForms checks lx.common against the three forms common.txt's
// words are looked up in: lower case, capitalised and in capitals, and
// no other.
func TestCommonForms(t *testing.T) {
	c := commonWords()
	n := 0
	for line := range lines("common.txt") {
		w := strings.Fields(line)[0]
		n++
		for _, f := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			if !c.has(f) {
				t.Errorf("has(%q) = false, want true", f)
			}
		}
		if len(w) > 2 {
			// "tHe", "thE": no form of the word
			for _, f := range []string{w[:1] + strings.ToUpper(w[1:2]) + w[2:], w[:len(w)-1] + strings.ToUpper(w[len(w)-1:])} {
				if c.has(f) {
					t.Errorf("has(%q) = true, want false", f)
				}
			}
		}
	}
	if n < 5000 {
		t.Fatalf("common.txt: %d words, want more than 5,000", n)
	}
	for _, w := range []string{"", "ThE", "tHE", "Xqzv", "XQZV", "The ", "thé"} {
		if c.has(w) {
			t.Errorf("has(%q) = true, want false", w)
		}
	}
	for _, w := range []string{"the", "The", "THE", "government", "Government", "GOVERNMENT"} {
		if !c.has(w) {
			t.Errorf("has(%q) = false, want true", w)
		}
	}
	// a word that is not lower-case ASCII keeps its own three forms
	o := caseSet{lower: map[string]bool{}, other: map[string]bool{"McX": true, "MCX": true}}
	if !o.has("McX") || !o.has("MCX") || o.has("mcx") || o.has("Mcx") {
		t.Error("other forms: want McX and MCX only")
	}
}
