package ui

import (
	"strings"
	"testing"
	"unicode"

	"github.com/byline/byline/reader"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
	"github.com/rivo/uniseg"
)

// wideSamples are paragraphs in scripts glamour v1 cannot wrap, written
// for this test.
var wideSamples = map[string][]string{
	"japanese": {
		"東京都は月曜日、川に架かる新しい橋の計画を発表した。工事は来年の春に始まり、完成までにおよそ三年かかる見込みだという。市民の多くは通勤が楽になると期待している。",
		"知事は記者会見で「この橋は街の未来をつなぐものだ」と述べ、予算は当初の見積もりより二割ほど増えたと説明した。",
	},
	"chinese": {
		"市政府星期一宣布了一项在河上修建新桥的计划。工程将于明年春天开工，预计需要大约三年才能完工。许多市民希望通勤会因此变得更加方便。",
		"市长在记者会上表示：“这座桥将连接城市的未来。”他还说，预算比最初估计增加了大约两成。",
	},
	"korean": {
		"서울시는 월요일 강 위에 새 다리를 건설하는 계획을 발표했다. 공사는 내년 봄에 시작되며 완공까지 약 삼 년이 걸릴 것으로 예상된다.",
		"시장은기자회견에서이다리가도시의미래를이어줄것이라고말했으며예산은처음추정보다약이할늘었다고설명했다.",
	},
	"emoji": {
		"Reactions poured in: 👍🏽👍🏿👋🏻👋🏾🙌🏼🙌🏽🎉🎉🎉🧑🏻‍💻👩🏾‍🔬👨🏿‍🚀🤝🏽🤝🏻👏🏼👏🏽👏🏾👏🏿🏳️‍🌈🇯🇵🇰🇷🇨🇳 and more 👍🏽👍🏿👋🏻👋🏾🙌🏼🙌🏽 after the vote.",
	},
	"combining": {
		"Tiếng Việt có dấu: Hà Nội công bố kế hoạch xây cầu mới bắc qua sông Hồng vào thứ Hai.",
		"Ze\u0301ro acce\u0301nts: cafe\u0301 re\u0301sume\u0301 nai\u0308ve — 東京の橋の計画では、Ame\u0301lie さんが「素晴らしい」と語った。",
	},
}

// TestWideTextProperty: for every sample and width, no character is lost,
// every line fits, and a highlight still covers its words.
func TestWideTextProperty(t *testing.T) {
	st := newStyles(themeFor(termenv.Ascii), true, termenv.Ascii)
	widths := []int{20, 21, 23, 27, 31, 37, 40, 44, 53, 60, 67, 80, 97, 100, 121, 150, 177, 200}
	for name, paras := range wideSamples {
		body := strings.Join(paras, "\n\n")
		var blocks []reader.Block
		off := 0
		for _, p := range paras {
			blocks = append(blocks, reader.Block{Kind: reader.BlockParagraph, Span: reader.Span{Start: off, End: off + len(p)}})
			off += len(p) + 2
		}
		a := &reader.Article{Body: body, Blocks: blocks}
		// A quote in the middle of the first paragraph, cut between
		// characters.
		p0 := paras[0]
		qs := runeBoundary(p0, len(p0)/3)
		qe := runeBoundary(p0, 2*len(p0)/3)
		an := &reader.Analysis{Quotes: []reader.Quote{{Span: reader.Span{Start: qs, End: qe}, Kind: reader.Direct, Speaker: -1}}}
		doc := buildDoc(a)
		for _, w := range widths {
			r, err := renderDoc(doc, an, w, st)
			if err != nil {
				t.Fatal(err)
			}
			var text strings.Builder
			for i, l := range r.lines {
				if lw := ansi.StringWidth(l); lw > w {
					t.Errorf("%s at %d: line %d is %d cells: %q", name, w, i, lw, ansi.Strip(l))
				}
				text.WriteString(ansi.Strip(l))
			}
			if got, want := noSpace(text.String()), noSpace(body); got != want {
				t.Errorf("%s at %d: text changed\n got %q\nwant %q", name, w, got, want)
			}
			// The quote's cells hold its words.
			var covered strings.Builder
			r.spanCells(an.Quotes[0].Span, func(line, from, to int) {
				covered.WriteString(ansi.Strip(ansi.TruncateLeft(ansi.Truncate(r.lines[line], to, ""), from, "")))
				for _, m := range r.marks[line] {
					if m.kind == markQuote && (int(m.from) > from || int(m.to) < to) {
						t.Errorf("%s at %d: line %d quote mark %d-%d does not cover %d-%d", name, w, line, m.from, m.to, from, to)
					}
				}
			})
			if got, want := noSpace(covered.String()), noSpace(body[qs:qe]); got != want {
				t.Errorf("%s at %d: the quote's cells hold %q, want %q", name, w, got, want)
			}
		}
	}
}

// TestPrewrapLeavesLatinAlone: text without wide characters is given to
// glamour unchanged.
func TestPrewrapLeavesLatinAlone(t *testing.T) {
	md := "Plain text, with an accent: café, and a long URL https://example.org/" + strings.Repeat("x", 300)
	if got := prewrapWide(md, 40); got != md {
		t.Errorf("changed: %q", got)
	}
	if got := prewrapWide("東京都は月曜日", 200); got != "東京都は月曜日" {
		t.Errorf("a short line was changed: %q", got)
	}
}

// runeBoundary returns the start of the grapheme cluster at byte i (a
// highlight covers whole characters as the reader sees them).
func runeBoundary(s string, i int) int {
	g := uniseg.NewGraphemes(s)
	last := 0
	for g.Next() {
		from, _ := g.Positions()
		if from > i {
			break
		}
		last = from
	}
	return last
}

func noSpace(s string) string {
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
