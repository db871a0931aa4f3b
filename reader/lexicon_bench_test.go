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

// BenchmarkLoadRest measures the loading of the other word tables that
// Preload loads: the verb frames and the cue table.
func BenchmarkLoadRest(b *testing.B) {
	b.Run("verbFrames", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			for _, f := range []string{"that", "loose", "noback", "tell"} {
				verbFrame(f)
			}
		}
	})
}

// BenchmarkLoadTables measures the making of the tables Analyze builds
// from the word lists: the cue table and the word flags.
func BenchmarkLoadTables(b *testing.B) {
	lex()
	reportLex()
	reportPhrases()
	b.Run("cues", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			newCueLexicon()
		}
	})
	b.Run("wordFlags", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			newWordFlags()
		}
	})
}
