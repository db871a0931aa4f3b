package reader

// findFigures returns the key figures of an article in text order.
func findFigures(a *Article) []Figure {
	return nil // TODO(figures)
}
