package reader

import "testing"

// BenchmarkLoadLexicon measures the loading of reader's word lists, which
// every process that analyses pays once.
func BenchmarkLoadLexicon(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		loadLexicon()
	}
}
