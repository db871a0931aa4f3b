package reader

import "testing"

// FuzzAnalyze checks that no input makes Analyze panic and that every
// span it returns lies inside the body on rune boundaries. The seed corpus
// is in testdata/fuzz/FuzzAnalyze.
func FuzzAnalyze(f *testing.F) {
	f.Add([]byte("Headline\n\n\"We will win,\" she said.\n"))
	f.Add(readSample(f))
	f.Fuzz(func(t *testing.T, raw []byte) {
		a, err := Parse(raw, "fuzz.txt")
		if err != nil {
			return
		}
		checkOffsets(t, a.Body, Analyze(a))
	})
}
