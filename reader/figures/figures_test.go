package figures

import (
	"math"
	"strings"
	"testing"
)

// find returns the figures of text as one block.
func find(text string) []Figure { return Find(text, []Span{{0, len(text)}}) }

// wantFig is an expected figure: its text, kind, and (when not zero) its
// value and unit.
type wantFig struct {
	text string
	kind Kind
	val  float64
	unit string
}

func checkFigures(t *testing.T, body string, got []Figure, want []wantFig) {
	t.Helper()
	var texts []string
	for _, f := range got {
		texts = append(texts, f.Kind.String()+":"+body[f.Start:f.End])
	}
	if len(got) != len(want) {
		t.Fatalf("got %d figures %q, want %d", len(got), texts, len(want))
	}
	for i, w := range want {
		f := got[i]
		if text := body[f.Start:f.End]; text != w.text || f.Kind != w.kind {
			t.Errorf("figure %d: %s %q, want %s %q", i, f.Kind, text, w.kind, w.text)
			continue
		}
		if w.val != 0 && (!f.HasValue || math.Abs(f.Value-w.val) > 1e-9*math.Max(1, math.Abs(w.val))) {
			t.Errorf("%q: value %v (has %v), want %v", w.text, f.Value, f.HasValue, w.val)
		}
		if w.unit != "" && f.Unit != w.unit {
			t.Errorf("%q: unit %q, want %q", w.text, f.Unit, w.unit)
		}
	}
}

func TestKinds(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []wantFig
	}{
		{"money dollar country after sign", "The flat sold for $A820,000 ($US530,000).", []wantFig{{"$A820,000", Money, 820000, "AUD"}, {"$US530,000", Money, 530000, "USD"}}},
		{"count with noun", "Each side released 175 POWs.", []wantFig{{"175 POWs", Count, 175, "POWs"}}},
		{"a spelled-out count in quotation marks stays", `Of the fund only "six million" was spent.`, []wantFig{{"six million", Count, 6e6, ""}}},
		{"count with a hyphenated modifier", "It offers two petrol-only engine options.", []wantFig{{"two petrol-only engine options", Count, 2, "petrol-only engine options"}}},
		{"mph with dots", "The cars reached 80 m.p.h. on the track.", []wantFig{{"80 m.p.h", Measure, 80, "mph"}}},
		{"count with a size before its noun", "They will make eight million 250ml bottles.", []wantFig{{"eight million", Count, 8e6, "bottles"}, {"250ml", Measure, 250, "ml"}}},
		{"count as a compound without hyphen", "It has a 4 cylinder engine.", []wantFig{{"4 cylinder", Count, 4, "cylinder"}}},
		{"count of times", "The probe circled the moon more than 900 times.", []wantFig{{"more than 900 times", Count, 900, "times"}}},
		{"count of its nouns", "It has sold 12m of its Acme speakers.", []wantFig{{"12m", Count, 12e6, "speakers"}}},
		{"fraction of a unit", "A teaspoon is 1/3 of a tablespoon.", []wantFig{{"1/3", Count, 1.0 / 3, "tablespoon"}}},
		{"count of a named thing", "Acme shipped 63000 Roadster 2 coupes.", []wantFig{{"63000 Roadster 2 coupes", Count, 63000, "Roadster 2 coupes"}}},
		{"an address is not a count", "She lives at 10 Downing Street.", nil},
		{"rank before noun and to", "It became the first country to sign.", []wantFig{{"first country", Ordinal, 1, "country"}}},
		{"rank of competition", "She lost in the third round.", []wantFig{{"third round", Ordinal, 3, "round"}}},
		{"rank number after noun", "She lost in round 3 on Monday.", []wantFig{{"round 3", Ordinal, 3, "round"}}},
		{"rank after verb of placing", "He finished tenth.", []wantFig{{"tenth", Ordinal, 10, ""}}},
		{"rank in digits", "He is the 21st seed.", []wantFig{{"21st seed", Ordinal, 21, "seed"}}},
		{"not a rank: first step", "This is the first step towards peace.", nil},
		{"not a rank: at first, a name", "At first the First Minister refused.", nil},
		{"count participle before a unit", "The defence gave up 517 rushing yards.", []wantFig{{"517 rushing yards", Count, 517, "yards"}}},
		{"area in sq m, not a year", "The 1520 sq m clinic opens today.", []wantFig{{"1520 sq m", Measure, 1520, "square metre"}}},
		{"degrees written degF", "It was 2.14degF warmer.", []wantFig{{"2.14degF", Measure, 2.14, "fahrenheit"}}},
		{"count quote between", `Russia included an extra 22 "severely wounded" soldiers.`, []wantFig{{`22 "severely wounded" soldiers`, Count, 22, "soldiers"}}},
		{"count quote closes the figure", `He said "we freed 22" and "soldiers" came home.`, []wantFig{{"22", Count, 22, ""}}},
		{"count with adjectives", "The attack left 22 severely wounded soldiers.", []wantFig{{"22 severely wounded soldiers", Count, 22, "soldiers"}}},
		{"count without noun", "A total of 39 are confirmed dead.", []wantFig{{"39", Count, 39, ""}}},
		{"count words", "Rescuers recovered at least ten survivors.", []wantFig{{"at least ten survivors", Count, 10, "survivors"}}},
		{"count vague", "Magnitogorsk building collapses, dozens dead", []wantFig{{"dozens", Count, 0, ""}}},
		{"count million words", "It displaced two million people.", []wantFig{{"two million people", Count, 2e6, "people"}}},
		{"count thousands comma", "The building was home to over 1,000 people.", []wantFig{{"over 1,000 people", Count, 1000, "people"}}},
		{"count vague of", "Hundreds of thousands of federal workers went unpaid.", []wantFig{{"Hundreds of thousands of federal workers", Count, 0, "federal workers"}}},
		{"count a dozen", "A dozen people were hurt.", []wantFig{{"A dozen people", Count, 12, "people"}}},
		{"count compound words", "There were twenty-five candidates.", []wantFig{{"twenty-five candidates", Count, 25, "candidates"}}},
		{"count range", "Between 36 and 40 people were under the rubble.", []wantFig{{"36 and 40 people", Count, 36, "people"}}},
		{"count after killed", "The attack had killed twelve.", []wantFig{{"twelve", Count, 12, ""}}},
		{"count suffix m", "Some 2.5m people watched.", []wantFig{{"Some 2.5m people", Count, 2.5e6, "people"}}},
		{"count irregular plural", "Five children and 3 Americans were rescued.", []wantFig{{"Five children", Count, 5, "children"}, {"3 Americans", Count, 3, "Americans"}}},
		{"money pounds", "Fines of £1,400 were set.", []wantFig{{"£1,400", Money, 1400, "GBP"}}},
		{"money bn", "Profits rose to $2.5bn this year.", []wantFig{{"$2.5bn", Money, 2.5e9, "USD"}}},
		{"money two currencies", "It will pay $1.13bn (£600m) to settle.", []wantFig{{"$1.13bn", Money, 1.13e9, "USD"}, {"£600m", Money, 6e8, "GBP"}}},
		{"money euro words", "A fund of €30 million was set up.", []wantFig{{"€30 million", Money, 3e7, "EUR"}}},
		{"money pence", "Shares fell 50p.", []wantFig{{"50p", Money, 50, "p"}}},
		{"money US$", "It cost US$10 each.", []wantFig{{"US$10", Money, 10, "USD"}}},
		{"money rupees crore", "The state spent Rs 500 crore on roads.", []wantFig{{"Rs 500 crore", Money, 5e9, "INR"}}},
		{"money currency word", "It sold for 1.7 billion dollars and six billion euros.", []wantFig{{"1.7 billion dollars", Money, 1.7e9, "USD"}, {"six billion euros", Money, 6e9, "EUR"}}},
		{"money range sharing a multiplier", "It will cost between US$300 and 400 billion.",
			[]wantFig{{"US$300 and 400 billion", Money, 3e11, "USD"}}},
		{"money range, second amount bare", "Tickets cost $20 to 30 each.", []wantFig{{"$20 to 30", Money, 20, "USD"}}},
		{"money then a count", "It cost $20 to 30 people.", []wantFig{{"$20", Money, 20, "USD"}, {"30 people", Count, 30, "people"}}},
		{"money range with two symbols", "The bill could reach $5 to $10 million.", []wantFig{{"$5 to $10 million", Money, 5e6, "USD"}}},
		{"money half a trillion", "Debts reached close to half a trillion dollars.", []wantFig{{"close to half a trillion dollars", Money, 5e11, "USD"}}},
		{"money sum rounding", "Revenue was 8.2bn euros.", []wantFig{{"8.2bn euros", Money, 8.2e9, "EUR"}}},
		{"percent sign", "Turnout was 76%, up from 6.4% growth.", []wantFig{{"76%", Percent, 76, "%"}, {"6.4%", Percent, 6.4, "%"}}},
		{"percent words", "Prices rose six per cent, or 20 percent over a decade.", []wantFig{{"six per cent", Percent, 6, "%"}, {"20 percent", Percent, 20, "%"}, {"over a decade", Duration, 1, "decade"}}},
		{"percent points", "Support fell 3 percentage points.", []wantFig{{"3 percentage points", Percent, 3, "pp"}}},
		{"age aged", "The victim, aged 42, was named.", []wantFig{{"aged 42", Age, 42, "year of age"}}},
		{"age year-old", "A 19-year-old was arrested.", []wantFig{{"19-year-old", Age, 19, "year of age"}}},
		{"age words", "A nine-year-old girl survived.", []wantFig{{"nine-year-old", Age, 9, "year of age"}}},
		{"age after name", "John Smith, 54, said he would appeal.", []wantFig{{"54", Age, 54, "year of age"}}},
		{"age years old", "She was six years old.", []wantFig{{"six years old", Age, 6, "year of age"}}},
		{"date day month", "On 11 March the two sides agreed.", []wantFig{{"11 March", Date, 0, ""}}},
		{"date month day year", "It was signed on March 11, 2025 in Jeddah.", []wantFig{{"March 11, 2025", Date, 0, ""}}},
		{"date end of month", "He visited at the end of February.", []wantFig{{"end of February", Date, 0, ""}}},
		{"date year", "The pact was signed in 2003.", []wantFig{{"2003", Date, 2003, "year"}}},
		{"date year adjective", "The 1973 building was home to many.", []wantFig{{"1973", Date, 1973, "year"}}},
		{"date month year", "Talks resumed in December 2023.", []wantFig{{"December 2023", Date, 0, ""}}},
		{"date abbreviated", "The quake struck on Dec. 28, 2019.", []wantFig{{"Dec. 28, 2019", Date, 0, ""}}},
		{"date month alone", "The vote took place in June.", []wantFig{{"June", Date, 0, ""}}},
		{"date early month", "Results are due in early March.", []wantFig{{"early March", Date, 0, ""}}},
		{"date decade", "Sales peaked in the 1990s.", []wantFig{{"1990s", Date, 1990, "decade"}}},
		{"date years ago", "He left three years ago.", []wantFig{{"three years ago", Date, 3, "year"}}},
		{"date span of years", "Suicides from 2005–2015 rose.", []wantFig{{"2005–2015", Date, 2005, "year"}}},
		{"date month day range", "The poll ran from Sept. 19 to 22, and on March 3 and 4 people left.", []wantFig{{"Sept. 19 to 22", Date, 0, ""}, {"March 3", Date, 0, ""}, {"4 people", Count, 4, "people"}}},
		{"time o'clock", "The plan is due by 6 o’clock.", []wantFig{{"6 o’clock", Date, 0, "time"}}},
		{"age before dash", "Terence Crutcher, 40 ― a father ― was shot.", []wantFig{{"40", Age, 40, "year of age"}}},
		{"date iso", "It was filed on 2019-10-06 in Luxembourg.", []wantFig{{"2019-10-06", Date, 0, ""}}},
		{"date day range", "The championships run on 5-6 March.", []wantFig{{"5-6 March", Date, 0, ""}}},
		{"time", "The fire began at about 15:30 local time (1430 UTC).", []wantFig{{"about 15:30 local time", Date, 0, "time"}, {"1430 UTC", Date, 0, "time"}}},
		{"time am", "It happened at 6am.", []wantFig{{"6am", Date, 0, "time"}}},
		{"duration hyphen", "Putin rejected a full 30-day ceasefire.", []wantFig{{"30-day", Duration, 30, "day"}}},
		{"duration long", "They held an hour-long phone call.", []wantFig{{"hour-long", Duration, 1, "hour"}}},
		{"duration about an hour", "The call lasted about an hour.", []wantFig{{"about an hour", Duration, 1, "hour"}}},
		{"duration words", "He served three months and a two-year term.", []wantFig{{"three months", Duration, 3, "month"}, {"two-year", Duration, 2, "year"}}},
		{"duration half an hour", "It took half an hour.", []wantFig{{"half an hour", Duration, 0.5, "hour"}}},
		{"milligrams per litre", "Clams need 6.4 mg per liter of oxygen.", []wantFig{{"6.4 mg per liter", Measure, 6.4, "mg per litre"}}},
		{"age beside a noun", "Another brother, 22, was still chained.", []wantFig{{"22", Age, 22, "year of age"}}},
		{"age at death", "Doris Day died at 97 on Monday.", []wantFig{{"97", Age, 97, "year of age"}}},
		{"a list number in a sentence", "Two aims — 1) estimating the ratio and 2) mapping it.", []wantFig{{"Two aims", Count, 2, "aims"}}},
		{"a reference mark", "They drew a detailed map[3] of it.", nil},
		{"a ratio", "Females outnumber males by a ratio of 1:1 here.", nil},
		{"duration and a half", "He served two and a half years.", []wantFig{{"two and a half years", Duration, 2.5, "year"}}},
		{"count hyphenated and a half", "A peak of over three-and-a-half million refugees.",
			[]wantFig{{"over three-and-a-half million refugees", Count, 3.5e6, "refugees"}}},
		{"measure km", "The front is 40km long.", []wantFig{{"40km", Measure, 40, "km"}}},
		{"measure tonnes", "It carried 5 tonnes of aid.", []wantFig{{"5 tonnes", Measure, 5, "t"}}},
		{"measure magnitude", "A 6.5 magnitude quake, then a magnitude-4.7 one.", []wantFig{{"6.5 magnitude", Measure, 6.5, "magnitude"}, {"magnitude-4.7", Measure, 4.7, "magnitude"}}},
		{"measure miles", "They walked 12 miles.", []wantFig{{"12 miles", Measure, 12, "mi"}}},
		{"measure celsius", "It reached 30C in the shade.", []wantFig{{"30C", Measure, 30, "°C"}}},
		{"measure metres suffix", "She won the 60m hurdles.", []wantFig{{"60m", Measure, 60, "m"}}},
		{"measure or millions", "Losses were 151m euros, up from 38m; a 40m-high wall.", []wantFig{{"151m euros", Money, 1.51e8, "EUR"}, {"38m", Count, 3.8e7, ""}, {"40m", Measure, 40, "m"}}},
		{"fraction", "Two-thirds of firms and three-quarters of staff agreed.", []wantFig{{"Two-thirds", Ratio, 2.0 / 3, ""}, {"three-quarters", Ratio, 0.75, ""}}},
		{"age months", "An eleven-month-old boy was rescued.", []wantFig{{"eleven-month-old", Age, 11, "month of age"}}},
		{"age after he was", "He was jailed when he was 18.", []wantFig{{"18", Age, 18, "year of age"}}},
		{"date month last year", "Prices have risen since May last year.", []wantFig{{"May last year", Date, 0, ""}}},
		{"date possessive year", "It was 1995's biggest film.", []wantFig{{"1995", Date, 1995, "year"}}},
		{"date day and day", "Sales are on 22 and 23 June.", []wantFig{{"22 and 23 June", Date, 0, ""}}},
		{"count not year", "Infections may exceed 1000, while 1720 had recovered.", []wantFig{{"1000", Count, 1000, ""}, {"1720", Count, 1720, ""}}},
		{"count hyphenated adjective", "He wrote 11 best-selling books.", []wantFig{{"11 best-selling books", Count, 11, "books"}}},
		{"measure cubic", "It sells 10 billion cubic meters a year.", []wantFig{{"10 billion cubic meters a year", Measure, 1e10, "cubic metre per year"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFigures(t, tc.in, find(tc.in), tc.want)
		})
	}
}

func TestFigureNegatives(t *testing.T) {
	tests := []string{
		"Crowds gathered at the Sept. 11 memorial.",
		"Veterans of World War Two marched.",
		"They invoked Article 5 of the treaty.",
		"Leaders of the G7 met in Canada.",
		"The COVID-19 pandemic spread.",
		"A Boeing 737 crashed, then the 737 was grounded.",
		"Call 0161 496 0000 for details.",
		"It is a Level I trauma centre.",
		"He described the swap as one of the largest.",
		"The two leaders spoke, and the two sides agreed.",
		"Both have since accused each other.",
		"It could be the first step towards peace.",
		"Update to iOS 17.2.1 or version 3 now.",
		"Putin spoke on Tuesday, a day after the call.",
		"Hours later both sides attacked.",
		"Officials met in the coming days.",
		"It runs 24/7 and marks 9/11.",
		"He lives at 10 Downing Street.",
		"The new 4G and 3D services.",
		"Theresa May said she may march.",
		"Chapter 11 and page 5 of the report.",
		"One of them said no one knew.",
		"The 116th Congress met on the 21st.",
		"The score was 3-1 at half-time.",
		"It is in the top 10 and the last 16.",
		"It replaced the name 2019-nCoV.",
		"See figure 3b and the Boeing 737-800.",
		"He lives at 36 Quai des Orfèvres.",
		`In the code, "A" is for apple and "7" for the year it began.`,
		"The shirt reads “12” on the back.",
		"Read [the story](https://example.com/news/2019/10/05/world-europe-56789012?id=123&page=2).",
	}
	for _, in := range tests {
		t.Run(in, func(t *testing.T) {
			if got := find(in); len(got) != 0 {
				var texts []string
				for _, f := range got {
					texts = append(texts, f.Kind.String()+":"+in[f.Start:f.End])
				}
				t.Errorf("found %q, want none", texts)
			}
		})
	}
}

func TestFigureSentences(t *testing.T) {
	in := "Mr. Smith paid $2.5bn in the U.S. last year. Sept. 11 was cold. Prices rose 6.4% in March! \"It fell 20 percent,\" she said. Then 3 people left"
	got := find(in)
	want := map[string]string{
		"$2.5bn":     "Mr. Smith paid $2.5bn in the U.S. last year.",
		"6.4%":       "Prices rose 6.4% in March!",
		"March":      "Prices rose 6.4% in March!",
		"20 percent": `"It fell 20 percent," she said.`,
		"3 people":   "Then 3 people left",
	}
	seen := 0
	for _, f := range got {
		text := in[f.Start:f.End]
		w, ok := want[text]
		if !ok {
			continue
		}
		seen++
		if s := in[f.Sentence.Start:f.Sentence.End]; s != w {
			t.Errorf("%q: sentence %q, want %q", text, s, w)
		}
	}
	if seen != len(want) {
		t.Errorf("found %d of the %d figures checked", seen, len(want))
	}
}

// checkFigureSpans checks the invariants every result must keep.
func checkFigureSpans(t *testing.T, body string, figs []Figure) {
	t.Helper()
	bound := make([]bool, len(body)+1)
	for i := range body { // range over a string stops at each rune (or bad byte)
		bound[i] = true
	}
	bound[len(body)] = true
	last := 0
	for _, f := range figs {
		if f.Start < last || f.Start >= f.End || f.End > len(body) {
			t.Fatalf("bad span %+v (previous end %d, body %d bytes)", f.Span, last, len(body))
		}
		if !bound[f.Start] || !bound[f.End] {
			t.Fatalf("span %+v not on rune boundaries in %q", f.Span, body)
		}
		if f.Sentence.Start > f.Start || f.Sentence.End < f.End || f.Sentence.Start < 0 || f.Sentence.End > len(body) {
			t.Fatalf("sentence %+v does not hold figure %+v", f.Sentence, f.Span)
		}
		if !bound[f.Sentence.Start] || !bound[f.Sentence.End] {
			t.Fatalf("sentence %+v not on rune boundaries", f.Sentence)
		}
		last = f.End
	}
}

func TestFiguresOddInput(t *testing.T) {
	inputs := []string{
		"",
		"5",
		"$",
		"£\xff5m",
		"5\xff%",
		"\xe2\x82 30-day",
		"12\xcc miles and \xa0 40km",
		"about an",
		"aged",
		"end of",
		"mid-",
		"twenty-",
		"half a",
		"between 36 and",
		"1,000,000,000,000,000,000,000,000 people",
		"99999999999999999999999999999999999999999999999999999999 tonnes",
		"0.00000000000000000000000001%",
		"1.2.3.4.5.6",
		"March 32, 2025 and 31st of",
		"——— 11 March ———",
		"“22” soldiers, ‘30-day’",
		strings.Repeat("9,", 50),
		strings.Repeat("one ", 200) + "people",
		strings.Repeat("Mr. ", 100),
		strings.Repeat("a\n\n", 50) + "5 miles",
		"日本 5 人, 30 kg 東京 2025年",
	}
	for _, in := range inputs {
		checkFigureSpans(t, in, find(in))
		checkFigureSpans(t, in, Find(in, nil))
	}
	// Blocks that overlap, run past the body or start inside a rune.
	body := "Über 30 km, dann 5%."
	checkFigureSpans(t, body, Find(body, []Span{{1, 12}, {5, 100}, {-3, 2}, {9, 4}}))
	if Find("", []Span{{0, 5}}) != nil {
		t.Error("empty text gave figures")
	}
}

func FuzzFigures(f *testing.F) {
	for _, s := range []string{
		"Each side released 175 POWs on 11 March.",
		"$1.13bn (£600m), 76%, aged 42, a 19-year-old, 30C",
		"about an hour, hour-long, end of February, 2019-20, 15:30 GMT",
		"between 36 and 40 people, twenty-five, half a million dollars",
		"£\xff5m 5\xff% \xe2\x82 30-day",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkFigureSpans(t, s, find(s))
	})
}
