package reader

import "github.com/byline/byline/reader/article"

// AnalyzerVersion is bumped whenever Analyze changes what it finds, so that
// stored analyses made by an older byline are redone.
const AnalyzerVersion = 10

// QuoteKind tells direct quotation from reported speech.
type QuoteKind = article.QuoteKind

// The kinds of quote.
const (
	Direct   = article.Direct
	Indirect = article.Indirect
	Stance   = article.Stance
)

// EntityKind is the kind of a named entity.
type EntityKind = article.EntityKind

// The kinds of entity.
const (
	Person = article.Person
	Place  = article.Place
	Org    = article.Org
)

// FigureKind is the kind of a key figure (see package figures).
type FigureKind = article.FigureKind

// The kinds of key figure.
const (
	Count    = article.Count
	Money    = article.Money
	Percent  = article.Percent
	Age      = article.Age
	Date     = article.Date
	Duration = article.Duration
	Measure  = article.Measure
	Ordinal  = article.Ordinal
)

// Quote is something a speaker said, directly or in reported speech.
type Quote = article.Quote

// Speaker is a person or organisation quoted in the article.
type Speaker = article.Speaker

// Entity is a person, place or organisation named in the article.
type Entity = article.Entity

// Figure is a number the article rests on.
type Figure = article.Figure

// Analysis is everything Analyze finds in an article.
type Analysis = article.Analysis
