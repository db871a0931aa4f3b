package figures

import "testing"

// BenchmarkBuildLexicon measures the building of the lexicon, which
// every process that finds figures pays once.
func BenchmarkBuildLexicon(b *testing.B) {
	lexOnce.Do(buildLexicon)
	saved, savedWords, savedSlots, savedMax := lexTable, lexWords, lexSlots, maxWord
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		lexicon = map[string]lexEntry{}
		lexTable, lexWords, lexSlots, maxWord = []lexEntry{{}}, []string{""}, [len(lexSlots)]uint16{}, 0
		buildLexicon()
	}
	lexTable, lexWords, lexSlots, maxWord = saved, savedWords, savedSlots, savedMax
}
