package reader

import (
	"os"
	"strings"
	"testing"
)

// analyzeString parses text as a plain-text article (a title line, a blank
// line, then paragraphs) and analyses it.
func analyzeString(tb testing.TB, text string) (*Article, *Analysis) {
	tb.Helper()
	a, err := Parse([]byte(text), "test.txt")
	if err != nil {
		tb.Fatalf("parse: %v", err)
	}
	return a, Analyze(a)
}

// quotesOf renders the quotes of kind k as "speaker: text" lines, the text
// trimmed of quotation marks.
func quotesOf(a *Article, an *Analysis, k QuoteKind) []string {
	return quotesOfKinds(a, an, k, k)
}

// reportedOf lists the reported clauses, speech or stance alike: the
// tests of where a clause starts and ends and who it belongs to take both
// (TestStanceIsNotSpeech tells them apart).
func reportedOf(a *Article, an *Analysis) []string {
	return quotesOfKinds(a, an, Indirect, Stance)
}

func quotesOfKinds(a *Article, an *Analysis, k1, k2 QuoteKind) []string {
	var out []string
	for _, q := range an.Quotes {
		if q.Kind != k1 && q.Kind != k2 {
			continue
		}
		who := "-"
		if q.Speaker >= 0 {
			who = an.Speakers[q.Speaker].Name
		}
		out = append(out, who+": "+strings.Trim(q.Words(a.Body), "\"“”‘’'"))
	}
	return out
}

func equalLines(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// TestDoubleApostropheQuotes: passages in two-apostrophe marks (the NYT's
// typed double marks) are verbatim words, so they are direct quotes like
// any in double marks: each passage its own quote, attributed as one, and
// none of them reported speech.
func TestDoubleApostropheQuotes(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"a quotation its attribution interrupts is two quotes",
			"''This isn't tax reform,'' Jane Smith said. ''It's anti-reform.''",
			[]string{"Jane Smith: This isn't tax reform,", "Jane Smith: It's anti-reform."}},
		{"two sentences of quotation are two quotes",
			"''This isn't tax reform.'' Jane Smith said. ''It's anti-reform.''",
			[]string{"Jane Smith: This isn't tax reform.", "Jane Smith: It's anti-reform."}},
		{"two speakers' quotations keep their speakers",
			"''This isn't tax reform,'' Jane Smith said. ''It is,'' said Peter Lund.",
			[]string{"Jane Smith: This isn't tax reform,", "Peter Lund: It is,"}},
		{"closing in ''' after a nested single quote",
			"''I would use the word 'old-school,''' said Jane Smith.",
			[]string{"Jane Smith: I would use the word 'old-school,"}},
		{"the verbatim end of a reported clause is a direct quote",
			"Jane Smith said the fleet had ''promotional value.''",
			[]string{"Jane Smith: promotional value."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, an := analyzeString(t, "A headline\n\n"+tt.body+"\n")
			equalLines(t, quotesOf(a, an, Indirect), nil)
			equalLines(t, quotesOf(a, an, Direct), tt.want)
			checkOffsets(t, a.Body, an)
		})
	}
}

func TestDirectQuoteForms(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"straight marks, speaker after",
			`"We will win this year," Jane Smith said.`,
			[]string{"Jane Smith: We will win this year,"}},
		{"curly marks, speaker before with a colon",
			"Jane Smith said: “We will win this year.”",
			[]string{"Jane Smith: We will win this year."}},
		{"inverted cue",
			`"We will win this year," said Jane Smith, the party's leader.`,
			[]string{"Jane Smith: We will win this year,"}},
		{"split quote is two quotes of one speaker",
			`"We will win," Jane Smith said, "and we will win big."`,
			[]string{"Jane Smith: We will win,", "Jane Smith: and we will win big."}},
		{"partial quotes after a cue verb",
			`Jane Smith described the talks as "positive", "frank" and "very substantive".`,
			[]string{"Jane Smith: positive", "Jane Smith: frank", "Jane Smith: very substantive"}},
		{"apostrophes are not quotation marks",
			`Jane Smith's aides didn't say much. "It's the voters' choice," she said.`,
			[]string{"Jane Smith: It's the voters' choice,"}},
		{"nested single marks stay inside the quote",
			`"He told me 'never again' and left," Jane Smith said.`,
			[]string{"Jane Smith: He told me 'never again' and left,"}},
		{"a title of a work is not a quote",
			`Jane Smith starred in "The Long Road Home" last year.`,
			nil},
		{"a title a few words after a work word is not a quote",
			`Jane Smith also stars in the Netflix serial thriller, "Bloodline," and a play.`,
			nil},
		{"a title with a comma after the podcast is not a quote",
			`Jane Smith co-hosts the politics podcast "So, That Happened."`,
			nil},
		{"a stage direction in quotation marks is no quote",
			"\"JANE SMITH: We will win this year.\n\n\"(CROSSTALK.)\n\n\"PETER LUND: We will not.",
			[]string{"JANE SMITH: JANE SMITH: We will win this year.", "PETER LUND: PETER LUND: We will not."}},
		{"a sign-off in quotation marks is no quote",
			"\"It was a good year,\" Jane Smith said.\n\n\"Follow Peter Lund on Twitter @plund.\"",
			[]string{"Jane Smith: It was a good year,"}},
		{"a short phrase in single marks alone in its paragraph is a subheading",
			"\"It was a good year,\" Jane Smith said.\n\n'A healthy environment.'\n\nThe plant is new.",
			[]string{"Jane Smith: It was a good year,"}},
		{"a programme told is not a quote",
			`"We will win this year," Jane Smith told "Fox and Friends," on Monday.`,
			[]string{"Jane Smith: We will win this year,"}},
		{"a short scare quote with no speaker is dropped",
			`The so-called "reform" was never debated.`,
			nil},
		{"quote over two paragraphs",
			"Jane Smith said: \"We will win this year. The voters are with us.\n\n\"And they will stay with us,\" she added.",
			[]string{"Jane Smith: We will win this year. The voters are with us.", "Jane Smith: And they will stay with us,"}},
		{"next sentence of quotation keeps the speaker",
			`"We will win," Jane Smith said. "Nobody can stop us now."`,
			[]string{"Jane Smith: We will win,", "Jane Smith: Nobody can stop us now."}},
		{"a paragraph of quotation keeps the speaker",
			"\"We will win,\" Jane Smith said.\n\n\"Nobody can stop us now, not this year.\"",
			[]string{"Jane Smith: We will win,", "Jane Smith: Nobody can stop us now, not this year."}},
		{"a closing mark typed as an opening one",
			"\u201cWe will win this year,\u201c said Jane Smith.",
			[]string{"Jane Smith: We will win this year,"}},
		{"curly marks nested in straight ones",
			`"I can't yell too much. It comes across as “too loud” or “too shrill” to people," Jane Smith said.`,
			[]string{"Jane Smith: I can't yell too much. It comes across as “too loud” or “too shrill” to people,"}},
		{"a name given in a passive is nobody's quote",
			`The 2009 outbreak was widely known as "swine flu." Many farms closed.`,
			nil},
		{"the title of a show before a name and its cue is no quote",
			`On this weekend's broadcast of "Fox News Sunday," Jane Smith said the talks had failed.`,
			nil},
		{"quote tag attributes are not quotes",
			`<tweet author="@someone" date="March 9">Nice day</tweet>.`,
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, an := analyzeString(t, "A headline\n\n"+tt.body+"\n")
			equalLines(t, quotesOf(a, an, Direct), tt.want)
		})
	}
}

func TestHeadlineSingleQuotes(t *testing.T) {
	a, an := analyzeString(t, "Jane Smith says talks were 'positive'\n\nJane Smith met the envoy on Monday.\n")
	equalLines(t, quotesOf(a, an, Direct), []string{"Jane Smith: positive"})
}

func TestBritishSingleQuotes(t *testing.T) {
	body := "A headline\n\n" +
		"'We will win,' Jane Smith said on Monday.\n\n" +
		"'It's the voters' choice now,' she added.\n\n" +
		"Her rivals called it 'a fantasy'.\n"
	a, an := analyzeString(t, body)
	got := quotesOf(a, an, Direct)
	equalLines(t, got[:2], []string{"Jane Smith: We will win,", "Jane Smith: It's the voters' choice now,"})
}

func TestQuoteOffsets(t *testing.T) {
	a, an := analyzeString(t, "Headline\n\nSome text — “Crème brûlée,” said Zoë Dupré, “is über-good.”\n")
	if len(an.Quotes) != 2 {
		t.Fatalf("got %d quotes, want 2", len(an.Quotes))
	}
	for _, q := range an.Quotes {
		s := a.Body[q.Start:q.End]
		if !strings.HasPrefix(s, "“") || !strings.HasSuffix(s, "”") {
			t.Errorf("quote %q does not run from mark to mark", s)
		}
		if m := a.Body[q.Mention.Start:q.Mention.End]; m != "Zoë Dupré" {
			t.Errorf("mention = %q, want Zoë Dupré", m)
		}
		if c := a.Body[q.Cue.Start:q.Cue.End]; c != "said" {
			t.Errorf("cue = %q, want said", c)
		}
	}
}

// readSample returns the bundled sample article.
func readSample(tb testing.TB) []byte {
	tb.Helper()
	raw, err := os.ReadFile("testdata/bbc-trump-zelensky-call.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return raw
}
