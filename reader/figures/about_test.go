package figures

import "testing"

// TestChange checks how a figure moved or compares, one rule a row.
func TestChange(t *testing.T) {
	tests := []struct {
		in, fig string
		want    Change
	}{
		{"Profits rose 76% in the quarter.", "76%", Up},
		{"Sales climbed by 12% last year.", "12%", Up},
		{"Exports dropped 7% to $2.3 billion.", "7%", Down},
		{"Exports dropped 7% to $2.3 billion.", "$2.3 billion", ""},
		{"The rate climbed to 6.7% from 6.3%.", "6.7%", Up},
		{"The index was advancing by 1.7 percent.", "1.7 percent", Up},
		{"The plant will pay up to $400 a day.", "up to $400 a day", Less},
		{"Temperatures fell by 1C (1.8F) overnight.", "1.8F", Down},
		{"The index was down 3% by noon.", "3%", Down},
		{"Turnout was about 300 voters.", "about 300 voters", Near},
		{"It employs roughly 600 people.", "roughly 600 people", Near},
		{"It makes more than 60 per cent of its money there.", "more than 60 per cent", More},
		{"At least ten survivors were found.", "At least ten survivors", More},
		{"Tickets cost less than $10.", "less than $10", Less},
		{"The plant will create up to 400 jobs.", "up to 400 jobs", Less},
		{"Shares were just over 5% higher.", "just over 5%", More},
		{"In Europe: Dax -1.6%, Cac +0.4%.", "-1.6%", Down},
		{"In Europe: Dax -1.6%, Cac +0.4%.", "+0.4%", Up},
		{"Each side released 175 POWs.", "175 POWs", ""},
		{"She has averaged 7.3 points a game.", "7.3 points", Near},
		{"The defence gave up 517 yards.", "517 yards", ""},
		{"Gold was up $31 an ounce.", "$31 an ounce", Up},
		{"The index edged down 0.03% by noon.", "0.03%", Down},
	}
	for _, tc := range tests {
		f := findText(t, tc.in, tc.fig)
		if f != nil && f.Change != tc.want {
			t.Errorf("%q in %q: change %q, want %q", tc.fig, tc.in, f.Change, tc.want)
		}
	}
}

// TestAbout checks what each figure is said to measure.
func TestAbout(t *testing.T) {
	tests := []struct{ in, fig, want string }{
		{"The firm makes more than 60 per cent of its revenue from ads.", "more than 60 per cent", "revenue"},
		{"Acme shares rose 6.5% on Monday.", "6.5%", "Acme shares"},
		{"Acme shares rose 6.5% to 164p.", "164p", "Acme shares"},
		{"The bank will charge a 0.6 per cent fee on deposits.", "0.6 per cent", "fee"},
		{"They held an hour-long phone call on Tuesday.", "hour-long", "phone call"},
		{"He rejected a full 30-day ceasefire backed by the US.", "30-day", "ceasefire"},
		{"The brothers have a net worth of $1.3bn.", "$1.3bn", "net worth"},
		{"Jane Smith has scored 22 goals this season.", "22 goals", "Jane Smith"},
		{"The S&P 500 gained 0.7 per cent.", "0.7 per cent", "S&P 500"},
		{"The list price is $33,790.", "$33,790", "list price"},
		{"Quarterly profits at the media group Acme jumped 76%.", "76%", "Quarterly profits at the media group Acme"},
		// A dimension before its noun: what it measures.
		{"The 40 km long tunnel is due to open in May.", "40 km", "tunnel"},
		{"They built a 200 ft tall tower.", "200 ft", "tower"},
		// A name after "with" in the subject is the other party.
		{"Her interview with Patel lasted about two hours.", "about two hours", "interview with Patel"},
		{"The trade gap with Canada was $12bn last year.", "$12bn", "trade gap with Canada"},
		{"Stocks slipped, with the Dax down 2% by noon.", "2%", "Dax"},
		{"It would create a lender with assets of $90bn.", "$90bn", "assets"},
		// A verb or adjective before the figure leads to its subject.
		{"The glacier loses 40 tonnes every day.", "40 tonnes", "glacier"},
		{"Cargo vans that can carry around 3 tonnes are scarce.", "around 3 tonnes", "Cargo vans"},
		{"The ramp angle was just as steep at 31 degrees.", "31 degrees", "ramp angle"},
		// What money pays for.
		{"She paid $4,000 for a used car.", "$4,000", "used car"},
		{"They spent $9,000 for a 12 kW heat pump.", "$9,000", "heat pump"},
		{"He paid $5 for the first time.", "$5", ""},
		// A count of something named after "of".
		{"Three new seasons of Blue Harbour will air.", "Three new seasons", "Blue Harbour"},
		// A clause opened by a participle tells of the phrase before it.
		{"The fund holds $80 million of bonds, ranging from $10 to $900.", "$10 to $900", "bonds"},
		// A figure that is its clause's subject is about the verb's object.
		{"As many as 40 junior staff left the firm last year.", "As many as 40 junior staff", "firm"},
		// A figure before the verb is its subject.
		{"A 70-year-old would draw 3.1% a year.", "3.1% a year", "70-year-old"},
		{"A 50-year-old took 2% and a 70-year-old would take 4%.", "4%", "70-year-old"},
		// A figure the verb moved is not the subject of the next verb.
		{"The Acme index rose 0.6 per cent to end at 2,349.19.", "2,349.19", "Acme index"},
		// A phrase set off before "worth".
		{"Its flat in Leeds, worth $900,000, was sold.", "$900,000", "Leeds"},
		// An opening prepositional phrase is not the subject.
		{"In the north, the ferry will cost 12 euros.", "12 euros", "ferry"},
		// A figure whose unit is singular measures the noun after it.
		{"The firm sent a 40 page report to the board.", "40 page", "report"},
		{"Lots of 60 foot building plots are scarce.", "60 foot", "building plots"},
		{"The van has a 2.0l 4 cylinder engine.", "2.0l", "engine"},
		{"The van has a 2.0l 4 cylinder engine.", "4 cylinder", "engine"},
		{"Buyers chose the 300-hp V-8 over the rest.", "300-hp", "V-8"},
		{"The port hosts one 80,000 barrel-a-day refinery.", "80,000 barrel-a-day", "refinery"},
		{"The bank cut its key 15 year rate again.", "15 year", "rate"},
		{"The shop sells a 10 W USB-C charger.", "10 W", "USB-C charger"},
		{"The startup employs 600 people worldwide.", "600 people", "startup"},
		{"Lead came in at 12 ppb requiring action.", "12 ppb", "Lead"},
		{"The plant will fill nine million 330ml cans of juice.", "nine million", "plant"},
		// A change noun tells what moved; money is the loss or gain itself.
		{"Analysts see a 12% fall in the group's profits.", "12%", "group's profits"},
		{"Doctors saw a 40 percent rise in flu cases.", "40 percent", "flu cases"},
		{"The fund bought the stake at a 15% premium.", "15%", "premium"},
		{"The airline made a $90m loss in the quarter.", "$90m", "loss"},
		// A multiple is of what follows it.
		{"Bookings were more than three times the number a year ago.", "more than three times", "number"},
		// A figure joined to the one before it measures the same thing.
		{"The prize could be worth $50 or $80 to the winners.", "$80", "prize"},
		{"In the town, tests of the water came back at 3 ppb and 5 ppb last year.", "5 ppb", "tests"},
		// What has the figure.
		{"The coach picked a weakened side with nine changes.", "nine changes", "weakened side"},
		{"The levy hits savers with more than $2 million in the bank.", "more than $2 million", "savers"},
		{"The singer is on the list with £900m.", "£900m", "singer"},
		// A count after a preposition hangs from the plural noun before it.
		{"The chain has made price changes on 30 basic foods.", "30 basic foods", "price changes"},
		// A subject that holds a figure: that figure's about leads.
		{"The toy market worth over $3 billion is growing about 4 percent a year.", "about 4 percent a year", "toy market"},
		// A relative clause tells of the phrase before it.
		{"He joined a team that contained only 12 players.", "only 12 players", "team"},
		{"It was a defence that gave up 400 yards.", "400 yards", "defence"},
		{"Acme, which employs 300 people, was sold.", "300 people", "Acme"},
		{"The court found that a 50% stake was hidden.", "50%", "stake"},
		// A participle after an auxiliary is a verb, after a preposition an adjective.
		{"The shop has raised prices of dried fruit products priced at $4 a kilo.", "$4 a kilo", "prices of dried fruit products"},
		// What a figure is the worth of.
		{"The station holds 40 years' worth of weather records.", "40 years", "weather records"},
		// A figure joined to one in brackets before it.
		{"Sales and profits were 3.1 billion euros ($3.4 billion) and 90 million, respectively.", "90 million", "profits"},
		// How often: the subject did it.
		{"The space probe has circled the Moon more than 900 times.", "more than 900 times", "space probe"},
		// A participle of change after a comma tells of the sentence's subject.
		{"Jones, 58, got fit, dropping from 230 pounds to 190.", "230 pounds", "Jones"},
		{"The euro was weak, easing against the franc to 1.02 francs.", "1.02 francs", "euro"},
		{"Wages rose, adding to fears that a rise in rents of 7% will follow.", "7%", "rents"},
		// The subject figure's object, past a figure joined to it.
		{"Four bedrooms and 3.5 bathrooms complete the upper floor.", "Four bedrooms", "upper floor"},
		{"Four bedrooms and 3.5 bathrooms complete the upper floor.", "3.5 bathrooms", "upper floor"},
		// A gerund can be the subject.
		{"In the town, testing between 2015 and 2016 came back at 3 ppb.", "3 ppb", "testing"},
		// "The" opens the subject, not an opening phrase; "Last month" does.
		{"Last month, the lake was 3 degrees warmer than usual.", "3 degrees", "lake"},
		// An age limit tells of the noun before it.
		{"The club has 20 members over the age of 60.", "age of 60", "members"},
		// A span in which something will happen tells of its verb's subject.
		{"Engineers say the new line will carry freight in 12 years.", "12 years", "new line"},
		{"The firm expects its revenue to double in about five years.", "about five years", "revenue"},
		// A part of something: the part with its whole.
		{"A quarter of those polled were over 40 percent in debt.", "over 40 percent", "quarter of those polled"},
		{"Dozens of people were at 3 sites.", "3 sites", "Dozens of people"},
		// A verb after an appositive has the subject before it.
		{"Jones, a trader in grain and metals, bought 8% of the firm on Monday 2% from a bank.", "2%", "Jones"},
		// No about rather than one that says nothing: an adverb, a number
		// word, a verb after a pronoun.
		{"Yesterday we ran about 5 km.", "about 5 km", ""},
		{"I think it will take 3 weeks.", "3 weeks", ""},
		// A word that tells a dimension or compares is no noun.
		{"The price is $31,000 versus $29,000 a year ago.", "$31,000", "price"},
	}
	for _, tc := range tests {
		f := findText(t, tc.in, tc.fig)
		if f != nil && f.About != tc.want {
			t.Errorf("%q in %q: about %q, want %q", tc.fig, tc.in, f.About, tc.want)
		}
	}
}

// TestRangesAndUnits checks ranges' upper ends and compound units.
func TestRangesAndUnits(t *testing.T) {
	tests := []struct {
		in, fig  string
		kind     Kind
		val, to  float64
		unit     string
		wantNone bool
	}{
		{"Between 36 and 40 people were trapped.", "36 and 40 people", Count, 36, 40, "people", false},
		{"Prices rose 5-7% a year.", "5-7% a year", Percent, 5, 7, "percentage per year", false},
		{"There are 1 to 2 thousand people.", "1 to 2 thousand people", Count, 1000, 2000, "people", false},
		{"There were 4 hundred people.", "4 hundred people", Count, 400, 0, "people", false},
		{"The range grew from 250 miles to 290 miles.", "250 miles to 290 miles", Measure, 250, 290, "mi", false},
		{"Hearing tops out between 15kHz and 17kHz.", "15kHz and 17kHz", Measure, 15, 17, "kHz", false},
		{"Savings run from $200 to $4 million.", "$200 to $4 million", Money, 200, 4e6, "USD", false},
		{"The bill could reach $5 to $10 million.", "$5 to $10 million", Money, 5e6, 1e7, "USD", false},
		{"It is heated to 30 degrees Celsius.", "30 degrees Celsius", Measure, 30, 0, "celsius", false},
		{"The zone covers 311 square miles of sea.", "311 square miles", Measure, 311, 0, "square mile", false},
		{"It costs 8.99 Australian dollars per month.", "8.99 Australian dollars per month", Money, 8.99, 0, "australian dollar per month", false},
		{"The car reached 120 km/h on the bend.", "120 km/h", Measure, 120, 0, "km/h", false},
		{"The engine makes 784 HP at full tilt.", "784 HP", Measure, 784, 0, "hp", false},
		{"A 15 year-old girl was hurt.", "15 year-old", Age, 15, 0, "year of age", false},
		{"A 10-year-old boy was hurt.", "10-year-old", Age, 10, 0, "year of age", false},
		{"Shares closed at 118.5p.", "118.5p", Money, 118.5, 0, "p", false},
		{"The highest forecast is 84.75 cents.", "84.75 cents", Money, 84.75, 0, "cent", false},
		{"Shares fell 18 sen to RM23.50.", "RM23.50", Money, 23.5, 0, "MYR", false},
		{"Seven European countries took part.", "Seven European countries", Count, 7, 0, "European countries", false},
		{"He wrote 11 best-selling books.", "11 best-selling books", Count, 11, 0, "books", false},
		{"The 2003 results were revised.", "2003", Date, 2003, 0, "year", false},
		{"It had to restate 2003 results.", "2003", Date, 2003, 0, "year", false},
		{"It had to restate 2000 and 2003 results.", "2000", Date, 2000, 0, "year", false},
		{"The army sent 2000 troops.", "2000 troops", Count, 2000, 0, "troops", false},
		{"It had to restate 2000 results.", "2000", Date, 2000, 0, "year", false},
		{"A quarter century ago the mill closed.", "A quarter century", Duration, 25, 0, "year", false},
		{"The talks lasted an hour.", "an hour", Duration, 1, 0, "hour", false},
		{"All eleven players were fit.", "eleven players", Count, 11, 0, "players", false},
	}
	for _, tc := range tests {
		f := findText(t, tc.in, tc.fig)
		if f == nil {
			continue
		}
		if f.Kind != tc.kind || f.Value != tc.val || f.ValueTo != tc.to || f.Unit != tc.unit {
			t.Errorf("%q: %v %v–%v %q, want %v %v–%v %q", tc.fig, f.Kind, f.Value, f.ValueTo, f.Unit, tc.kind, tc.val, tc.to, tc.unit)
		}
	}
}

// findText returns the figure of in whose text is fig, failing the test
// when there is none.
func findText(t *testing.T, in, fig string) *Figure {
	t.Helper()
	got := find(in)
	var texts []string
	for i := range got {
		if in[got[i].Start:got[i].End] == fig {
			return &got[i]
		}
		texts = append(texts, in[got[i].Start:got[i].End])
	}
	t.Errorf("%q: no figure %q (found %q)", in, fig, texts)
	return nil
}
