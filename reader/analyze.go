package reader

// Analyze finds the quotes, speakers, entities and key figures of an
// article. It is deterministic and needs nothing but the article.
func Analyze(a *Article) *Analysis {
	an := &Analysis{Version: AnalyzerVersion}
	// TODO(analysis): quotes, speakers, entities.
	an.Figures = findFigures(a)
	return an
}
