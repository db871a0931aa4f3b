package ui

import (
	"strings"
	"testing"
	"unicode"

	"github.com/byline/byline/reader"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// checkEscapes fails unless every escape sequence in s is a complete SGR
// sequence and the line ends with its style reset.
func checkEscapes(t *testing.T, s string) {
	t.Helper()
	last := -1
	for i := 0; i < len(s); i++ {
		if s[i] != 0x1b {
			continue
		}
		_, _, n, _ := ansi.DecodeSequence(s[i:], ansi.NormalState, nil)
		seq := s[i : i+n]
		if !strings.HasPrefix(seq, "\x1b[") || !strings.HasSuffix(seq, "m") ||
			strings.Trim(seq[2:len(seq)-1], "0123456789;") != "" {
			t.Fatalf("broken or unexpected escape %q in %q", seq, s)
		}
		if seq == "\x1b[0m" || seq == "\x1b[m" {
			last = i + n
		} else {
			last = -1
		}
		i += n - 1
	}
	if strings.Contains(s, "\x1b") && (last < 0 || strings.TrimRight(s[last:], " ") != "") {
		t.Fatalf("line does not end reset: %q", s)
	}
}

func TestHighlightKeepsTextAndBalancesEscapes(t *testing.T) {
	a := sampleArticle(t)
	an := sampleAnalysis(t, a.Body)
	doc := buildDoc(a)
	for _, p := range []termenv.Profile{termenv.TrueColor, termenv.ANSI} {
		st := newStyles(themeFor(p), true, p)
		for _, width := range []int{30, 41, 57, 80, 111} {
			r, err := renderDoc(doc, an, width, st)
			if err != nil {
				t.Fatal(err)
			}
			painted := 0
			for _, sel := range []itemRef{noRef, {focusQuotes, 3}, {focusSpeakers, 0}, {focusFigures, 1}} {
				for _, ent := range []bool{true, false} {
					o := paintOpts{entities: ent, sel: sel}
					for i, line := range r.lines {
						got := paintLine(line, width, r.marks[i], nil, o, st)
						plain := paintLine(line, width, nil, nil, o, st)
						checkEscapes(t, got)
						if ansi.Strip(got) != ansi.Strip(plain) || ansi.Strip(got) != fit(ansi.Strip(line), width) {
							t.Fatalf("width %d line %d: visible text changed\n got %q\nwant %q", width, i, ansi.Strip(got), ansi.Strip(line))
						}
						if ansi.StringWidth(got) != width {
							t.Fatalf("width %d line %d: %d cells", width, i, ansi.StringWidth(got))
						}
						if got != plain {
							painted++
						}
					}
				}
			}
			if painted == 0 {
				t.Fatalf("%v width %d: nothing highlighted", p, width)
			}
		}
	}
}

// TestHighlightLandsOnSpans checks that each quote's and figure's text is
// painted with its own style, at every width: the cells right after the
// style is opened spell the span's text.
func TestHighlightLandsOnSpans(t *testing.T) {
	a := sampleArticle(t)
	an := sampleAnalysis(t, a.Body)
	doc := buildDoc(a)
	st := newStyles(defaultTheme(), true, termenv.TrueColor)
	squash := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			if r == nbHyphen {
				return '-'
			}
			return r
		}, s)
	}
	for _, width := range []int{34, 60, 100} {
		r, err := renderDoc(doc, an, width, st)
		if err != nil {
			t.Fatal(err)
		}
		check := func(what string, sp reader.Span, k markKind, sel itemRef) {
			t.Helper()
			// Collect the text painted with the selected style of kind k.
			open := st.Selected[k].open
			var got strings.Builder
			for i, line := range r.lines {
				out := paintLine(line, width, r.marks[i], nil, paintOpts{entities: false, sel: sel}, st)
				for _, part := range strings.Split(out, open)[1:] {
					end := strings.Index(part, "\x1b[0m")
					if end < 0 {
						t.Fatalf("no reset after %q in %q", open, out)
					}
					got.WriteString(part[:end])
				}
			}
			want := squash(a.Body[sp.Start:sp.End])
			if g := squash(got.String()); !strings.Contains(g, want) {
				t.Errorf("width %d: %s painted %q, want %q", width, what, g, want)
			}
		}
		for i, q := range an.Quotes {
			k := markQuote
			if q.Kind == reader.Indirect {
				k = markReported
			}
			// Speaker marks inside a quote are painted over it, so only
			// check quotes that hold no mention.
			if i == 3 || i == 4 {
				continue
			}
			check("quote", q.Span, k, itemRef{focusQuotes, i})
		}
		for i, f := range an.Figures {
			check("figure", f.Span, markFigure, itemRef{focusFigures, i})
		}
	}
}

func TestAlignmentMapsEveryCharacter(t *testing.T) {
	a := sampleArticle(t)
	doc := buildDoc(a)
	st := newStyles(defaultTheme(), true, termenv.Ascii)
	for _, width := range []int{20, 45, 90} {
		r, err := renderDoc(doc, nil, width, st)
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range a.Blocks {
			if b.Kind != reader.BlockParagraph {
				continue
			}
			for o := b.Start; o < b.End; o++ {
				c := a.Body[o]
				if c == ' ' || c >= 0x80 && !isRuneStart(c) {
					continue
				}
				p := r.pos[o]
				if p.line < 0 {
					t.Fatalf("width %d: offset %d (%q) not mapped", width, o, a.Body[o:min(o+10, len(a.Body))])
				}
				cell := strings.ReplaceAll(ansi.Strip(ansi.Cut(r.lines[p.line], int(p.col), int(p.col+p.w))), string(nbHyphen), "-")
				if !strings.HasPrefix(a.Body[o:], cell) {
					t.Fatalf("width %d: offset %d maps to %q", width, o, ansi.Strip(cell))
				}
			}
		}
	}
}

func isRuneStart(c byte) bool { return c&0xC0 != 0x80 }

func TestMarkdownIsEscaped(t *testing.T) {
	for _, text := range []string{
		"*not emphasis* # not a heading, 1. not a list, <b>no html</b> [no](link) `no code` _x_ \\ back | pipe, hour-long, U.S. 3.5%, 'single' \"double\"; a: b=c (d) {e} !f +g",
		"# not a heading",
		"> not a quote",
		"- not a list",
		"+ not a list",
		"* not a list",
		"12. not a list",
		"3) not a list",
	} {
		a := &reader.Article{Body: text, Blocks: []reader.Block{{Kind: reader.BlockParagraph, Span: reader.Span{End: len(text)}}}}
		st := newStyles(defaultTheme(), true, termenv.Ascii)
		r, err := renderDoc(buildDoc(a), nil, 300, st)
		if err != nil {
			t.Fatal(err)
		}
		got := strings.TrimSpace(ansi.Strip(strings.Join(r.lines, "\n")))
		got = strings.ReplaceAll(got, string(nbHyphen), "-")
		if got != text {
			t.Errorf("rendered %q\nwant     %q", got, text)
		}
	}
}

// TestWrapWithHyphens checks that no rendered line is wider than the
// width glamour wraps at, hyphens or not, and that lines are well filled.
func TestWrapWithHyphens(t *testing.T) {
	a := sampleArticle(t)
	st := newStyles(defaultTheme(), true, termenv.Ascii)
	for _, width := range []int{40, 66, 80} {
		r, err := renderDoc(buildDoc(a), nil, width, st)
		if err != nil {
			t.Fatal(err)
		}
		for i, l := range r.lines {
			text := strings.TrimRight(ansi.Strip(l), " ")
			if ansi.StringWidth(text) > width {
				t.Errorf("width %d: line %d is %d wide: %q", width, i, ansi.StringWidth(text), text)
			}
			// A line followed by more of its paragraph is not short.
			if i+1 < len(r.lines) && strings.TrimSpace(ansi.Strip(r.lines[i+1])) != "" &&
				strings.HasPrefix(text, "  ") && !strings.HasPrefix(text, "  │") {
				next := strings.Fields(ansi.Strip(r.lines[i+1]))[0]
				if ansi.StringWidth(text)+1+ansi.StringWidth(next) <= width-2 {
					t.Errorf("width %d: line %d %q could hold %q", width, i, text, next)
				}
			}
		}
	}
}

func TestBlocksRenderApart(t *testing.T) {
	a := sampleArticle(t)
	st := newStyles(defaultTheme(), true, termenv.Ascii)
	r, err := renderDoc(buildDoc(a), nil, 100, st)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range r.lines {
		lines = append(lines, strings.TrimSpace(ansi.Strip(l)))
	}
	has := func(s string) int {
		for i, l := range lines {
			if strings.Contains(l, s) {
				return i
			}
		}
		t.Fatalf("no line holds %q:\n%s", s, strings.Join(lines, "\n"))
		return -1
	}
	if l := lines[has("Zelensky on the left")]; strings.Contains(l, "Getty") {
		t.Errorf("the credit is run into the caption: %q", l)
	}
	if l := lines[has("Photo: Getty Images")]; !strings.HasSuffix(l, "Photo: Getty Images") {
		t.Errorf("credit line %q", l)
	}
	has("Photo: EPA")
	if i := has("Putin did not agree to a full truce"); i <= has("Vladimir Putin at meeting") || i >= has("Photo: EPA") {
		t.Error("the caption is not between the image description and its credit")
	}
	for _, rel := range []string{"Agreement shows a deal is never dead with Trump", "Putin gives Trump bare minimum"} {
		if l := lines[has(rel)]; l != "Related: "+rel {
			t.Errorf("related line %q", l)
		}
	}
	for _, s := range []string{"Zelensky says lasting peace", "Robert Greenall"} {
		for _, l := range lines {
			if strings.Contains(l, s) {
				t.Errorf("header text %q is repeated in the body", s)
			}
		}
	}
}

// TestMarkStylesDistinct checks that each kind of highlight looks
// different from the others, and is visible, under each colour profile.
func TestMarkStylesDistinct(t *testing.T) {
	kinds := []markKind{markQuote, markReported, markSpeaker, markPerson, markPlace, markOrg, markFigure}
	for _, p := range []termenv.Profile{termenv.TrueColor, termenv.ANSI256, termenv.ANSI} {
		for _, dark := range []bool{true, false} {
			st := newStyles(themeFor(p), dark, p)
			seen := map[string]markKind{}
			for _, k := range kinds {
				open := st.Marks[k].open
				if open == "" {
					t.Errorf("%v dark=%v: %v has no style", p, dark, k)
				}
				if other, dup := seen[open]; dup {
					t.Errorf("%v dark=%v: %v looks like %v (%q)", p, dark, k, other, open)
				}
				seen[open] = k
				if st.Selected[k].open == open {
					t.Errorf("%v dark=%v: selected %v looks unselected", p, dark, k)
				}
			}
		}
	}
}

func TestNearest256(t *testing.T) {
	for _, tc := range []struct {
		hex  string
		want int
	}{{"#000000", 16}, {"#FFFFFF", 231}, {"#B0003A", 125}, {"#808080", 244}, {"#FF0000", 196}, {"#5F87AF", 67}} {
		if got, ok := nearest256(tc.hex); !ok || got != tc.want {
			t.Errorf("%s: %d, want %d", tc.hex, got, tc.want)
		}
	}
	if _, ok := nearest256("#12"); ok {
		t.Error("a short colour converted")
	}
}

func TestQuoteRowsLeadWithTheCue(t *testing.T) {
	body := "Putin rejected a full ceasefire. Talks would resume, Rubio said. Kyiv said hospitals were hit."
	span := func(s string) reader.Span {
		i := strings.Index(body, s)
		return reader.Span{Start: i, End: i + len(s)}
	}
	an := &reader.Analysis{
		Speakers: []reader.Speaker{{Name: "Vladimir Putin", Kind: reader.Person}, {Name: "Marco Rubio", Kind: reader.Person}, {Name: "Kyiv", Kind: reader.Place}},
		Quotes: []reader.Quote{
			{Span: span("a full ceasefire"), Kind: reader.Indirect, Speaker: 0, Cue: span("rejected")},
			{Span: span("Talks would resume"), Kind: reader.Indirect, Speaker: 1, Cue: span("said. Kyiv")},                // cue after the words
			{Span: span("hospitals were hit"), Kind: reader.Indirect, Speaker: 2, Cue: reader.Span{Start: 500, End: 504}}, // out of range
		},
	}
	var got []string
	for _, r := range quoteRows(body, an, false) {
		got = append(got, r.text)
	}
	want := []string{"rejected a full ceasefire", "Talks would resume", "hospitals were hit"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("quote rows %q, want %q", got, want)
	}
}

// TestQuoteGapIsNotPainted: a quote its attribution interrupts is one row
// whose two sides are joined by an ellipsis, and the attribution between
// them is not painted as quoted words.
func TestQuoteGapIsNotPainted(t *testing.T) {
	a := sampleArticle(t)
	first := find(t, a.Body, `"We believe`, 0)
	gap := find(t, a.Body, ` he wrote on `, 0)
	end := gap.End + len("X.")
	q := reader.Quote{Span: reader.Span{Start: first.Start, End: end}, Kind: reader.Indirect, Speaker: -1, Gap: gap}
	an := &reader.Analysis{Quotes: []reader.Quote{q}}
	rows := quoteRows(a.Body, an, false)
	want := strings.Trim(a.Body[first.Start:gap.Start], `"`) + " … X."
	if len(rows) != 1 || rows[0].text != want {
		t.Fatalf("rows %+v, want one reading %q", rows, want)
	}
	st := newStyles(defaultTheme(), true, termenv.TrueColor)
	r, err := renderDoc(buildDoc(a), an, 80, st)
	if err != nil {
		t.Fatal(err)
	}
	open := st.Selected[markReported].open
	var painted strings.Builder
	for i, line := range r.lines {
		out := paintLine(line, 80, r.marks[i], nil, paintOpts{sel: itemRef{focusQuotes, 0}}, st)
		for _, part := range strings.Split(out, open)[1:] {
			painted.WriteString(part[:strings.Index(part, "\x1b[0m")])
			painted.WriteString(" ")
		}
	}
	if p := painted.String(); strings.Contains(p, "wrote") || !strings.Contains(p, "believe") || !strings.Contains(p, "X.") {
		t.Errorf("painted %q: want the quoted words without the attribution", p)
	}
}
