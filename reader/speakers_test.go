package reader

import (
	"strings"
	"testing"
)

// speakerOf returns the speaker's name and the mention of the first quote
// whose text contains sub.
func speakerOf(t *testing.T, a *Article, an *Analysis, sub string) (name, mention string) {
	t.Helper()
	for _, q := range an.Quotes {
		if strings.Contains(a.Body[q.Start:q.End], sub) {
			if q.Speaker < 0 {
				return "-", ""
			}
			return an.Speakers[q.Speaker].Name, a.Body[q.Mention.Start:q.Mention.End]
		}
	}
	t.Fatalf("no quote holds %q; quotes: %q", sub, quotesOf(a, an, Direct))
	return "", ""
}

func TestCuePatterns(t *testing.T) {
	tests := []struct {
		name, body, quote, speaker, mention string
	}{
		{"X said", `"Prices will fall," Anna Berg said.`, "Prices", "Anna Berg", "Anna Berg"},
		{"a cue after the quote that names no one gives way to the cue before", `Tom Hale met Anna Berg on Monday. Mr. Hale, citing "the unique magic of the campaign," said the candidate could win.`, "unique magic", "Tom Hale", "Mr. Hale"},
		{"a number word in capitals counts the nouns after it", `Fifty former intelligence officials, including two former directors, signed a letter calling it "a classic disinformation campaign".`, "classic", "Fifty former intelligence officials", "Fifty"},
		{"an abstract description with a possessive speaks as its possessor", `Tom Hale spoke in Ohio on Monday. His standing with voters soared after a call for "a total and complete ban on imports."`, "total and complete", "Tom Hale", "His standing"},
		{"a partial quote in a subordinate clause takes the clause's named subject", `The crowd cheered loudly at the rally when Tom Hale stood against the "humanitarian intervention" in Libya.`, "humanitarian", "Tom Hale", "Tom Hale"},
		{"a partial quote in a subordinate clause takes the clause's pronoun subject", `Anna Berg met Tom Hale in May. The crowd cheered loudly at the rally when he stood against the "humanitarian intervention" in Libya.`, "humanitarian", "Tom Hale", "he"},
		{"a title set off from the name by commas", `The Senate Minority Leader, Anna Berg, said on Friday "prices will fall this year."`, "prices", "Anna Berg", "Leader"},
		{"a description ending in a participle goes on over its by-phrase", `According to a statement released by her family, "she died peacefully at home."`, "peacefully", "a statement released by her family", "a statement released"},
		{"a description ending in a participle without a by-phrase drops it", `"No charges will be filed," a court document filed on Monday said.`, "No charges", "a court document", "a court document filed"},
		{"a common word after a capitalised possessor names an organisation", `Protesters held a banner from People's Vote saying "put it to the people".`, "put it", "People's Vote", "Vote"},
		{"common words in capitals keep their of-phrase", `Estimates by event organizers indicate "roughly one million" marched.`, "roughly", "Estimates by event organizers", "Estimates"},
		{"a description found too far back starts at its determiner", `A little bit later the police said: "Prices will fall."`, "Prices", "the police", "the police"},
		{"a cue in an opening with-phrase", `With bankers increasingly worried about rates, Anna Berg has a new message: "Prices will fall."`, "Prices", "Anna Berg", "Anna Berg"},
		{"said X", `"Prices will fall," said Anna Berg.`, "Prices", "Anna Berg", "Anna Berg"},
		{"X, the Y, said", `"Prices will fall," Anna Berg, the finance minister, said.`, "Prices", "Anna Berg", "Anna Berg"},
		{"titled name", `"Prices will fall," Finance Minister Anna Berg said.`, "Prices", "Anna Berg", "Finance Minister Anna Berg"},
		{"X told Y", `Anna Berg told reporters: "Prices will fall."`, "Prices", "Anna Berg", "Anna Berg"},
		{"according to X", `According to Anna Berg, prices will "fall sharply" this year.`, "fall", "Anna Berg", "Anna Berg"},
		{"wrote on a platform", `"Prices will fall," she wrote on X after Anna Berg spoke.`, "Prices", "Anna Berg", "she"},
		{"passive asked by", `Tom Hale was asked by Anna Berg, "Will prices fall?"`, "Will prices", "Anna Berg", "Anna Berg"},
		{"any verb right after the quote", `"Will prices fall?" Anna Berg wondered aloud.`, "Will prices", "Anna Berg", "Anna Berg"},
		{"party tag before the cue", `"Prices will fall," Sen. Anna Berg (D-Minn.) said.`, "Prices", "Anna Berg", "Sen. Anna Berg"},
		{"organisation", `"Prices will fall," the Finance Ministry said in a statement.`, "Prices", "Finance Ministry", "Finance Ministry"},
		{"X of the Y wrote", `"Prices will fall," Anna Berg of the Finance Ministry wrote recently.`, "Prices", "Anna Berg", "Anna Berg"},
		{"said X, who ...", `"Prices will fall" soon, said Anna Berg, the minister, who has long warned that rates would rise.`, "Prices", "Anna Berg", "Anna Berg"},
		{"read the statement", `"Prices will fall this year," read the statement.`, "Prices", "the statement", "the statement"},
		{"as X puts it", `As Anna Berg puts it, "prices will fall this year, and fast."`, "prices", "Anna Berg", "Anna Berg"},
		{"a cue with a speech object before the quote", `Anna Berg tweeted a warning. "Prices will fall this year, and fast."`, "Prices", "Anna Berg", "Anna Berg"},
		{"outer speaker", `Anna Berg says she believes prices will "fall sharply this year".`, "fall", "Anna Berg", "Anna Berg"},
		{"participle after a comma takes the clause's speaker", `Speaking at a rally in Salem, New Hampshire, Anna Berg went after Tom Hale, calling him "a total stiff."`, "stiff", "Anna Berg", "Anna Berg"},
		{"a dateline is not a subject", "OSLO, March 3 (Reuters) — In response, Anna Berg rallied supporters, saying: \"We have to be ready.\"", "ready", "Anna Berg", "Anna Berg"},
		{"a chain of appositives after the quote", `"Prices will fall," Anna Berg, 67, a retired teacher in Allentown, Pa., said on Monday.`, "Prices", "Anna Berg", "Anna Berg"},
		{"Jr. before an appositive", `"Prices will fall," Tom Hale Jr., the director of the bank, said.`, "Prices", "Tom Hale", "Tom Hale Jr"},
		{"a description with a number", `"Will prices fall?" the 43-year-old asked in a video.`, "Will prices", "the 43-year-old", "the 43-year-old"},
		{"the email read", `"Prices will fall, I promise you all," the email read.`, "Prices", "the email", "the email"},
		{"premodifiers after a final comma", `"Sharp cuts" would be needed, party leader Anna Berg said on Monday.`, "Sharp cuts", "Anna Berg", "Anna Berg"},
		{"verb before the name", `"Prices will fall," remembered Anna Berg, the bank's former chief.`, "Prices", "Anna Berg", "Anna Berg"},
		{"party tag without parentheses after an exclamation", `"Perpetual motion!" Rep. Anna Berg, R-Pa., said of the convention.`, "Perpetual", "Anna Berg", "Rep. Anna Berg"},
		{"verb and cue", `When asked about it, she laughed and said, "We will see what happens next."`, "We will", "Anna Berg", "she"},
		{"an outer cue in a when-clause does not report", `When Tom Hale noted that prices rose ― as they did last year ― Anna Berg boasted, "That makes me smart."`, "smart", "Anna Berg", "Anna Berg"},
		{"a pronoun with no referent gives way to the sentence's speaker", `Anna Berg mocked the complaint, saying anybody who complains about a microphone "is not having a good night."`, "good night", "Anna Berg", "Anna Berg"},
		{"as a memo put it after the quote", `The main test is a "lawful source of investment income," as a Finance Ministry memo put it.`, "lawful", "a Finance Ministry memo", "a Finance Ministry memo"},
		{"a surname that is also a place", `"Prices will fall," Rep. Jim Jordan (R-Ohio), a panel member, said on Monday.`, "Prices", "Jim Jordan", "Rep. Jim Jordan"},
		{"a cue after the quote with its subject before it does not attribute", `Protesters said they want "justice for all," but pledged to stay calm.`, "justice", "Protesters", "Protesters"},
		{"said another", `"Prices will fall, I promise you all," tweeted another.`, "Prices", "another", "another"},
		{"the crowd cried out", `"Never again!" the crowd cried out, booing.`, "Never", "the crowd", "the crowd"},
		{"an adjective before the name after a quote", `"Prices will fall," an angry Berg retaliated.`, "Prices", "Anna Berg", "Berg"},
		{"an inverted verb before a description", `"Prices will fall!" blared the front page of The Daily Herald.`, "Prices", "the front page of The Daily Herald", "the front page of The Daily Herald"},
		{"a subject before an appositive", `Former finance minister Anna Berg, a Hale supporter, fanned controversy over the idea that "prices will fall."`, "prices", "Anna Berg", "Anna Berg"},
		{"a quote in a while-clause belongs to its subject", `While Anna Berg calls the plan a "terrific piece of work," Tom Hale fixates on its cost.`, "terrific", "Anna Berg", "Anna Berg"},
		{"a quote in an opening participle phrase", `Bemoaning the "phony tax system," Anna Berg accused the bank of bias.`, "phony", "Anna Berg", "Anna Berg"},
		{"another said", `Another said she hoped Tom Hale wins: "That way I can watch the comedy for years."`, "comedy", "Another", "Another"},
		{"an inner speaker in an after-clause", `"It is misleading," Tom Hale tweeted after Anna Berg argued that "prices will fall this year."`, "prices will", "Anna Berg", "Anna Berg"},
		{"the main clause after a when-clause introduces the quote", `When Tom Hale suggested that rates would rise, Anna Berg fired back: "Prices will fall this year."`, "Prices", "Anna Berg", "Anna Berg"},
		{"a colon quote after the sentence's subject", `Anna Berg has adopted the stance common among some Catholics in office: "I am against it in my personal life."`, "against", "Anna Berg", "Anna Berg"},
		{"a speech noun after 'of' is no cue", `She did not address her series of early-morning tweets in which she called him "disgusting".`, "disgusting", "Anna Berg", "she"},
		{"a participle after a relative clause takes the main clause's speaker", `Anna Berg was defensive about not paying a builder who said he was owed money, saying, "Maybe he did not do a good job."`, "good job", "Anna Berg", "Anna Berg"},
		{"an outer cue that takes no clause does not report", `At one point, a woman asked for a photo and Anna Berg said, "As long as we are not breaking any laws."`, "breaking", "Anna Berg", "Anna Berg"},
		{"the object of a preposition is no subject of a participle", `Anna Berg responded to the question on Facebook writing, "Yes, I will. That was a poor choice of words."`, "poor choice", "Anna Berg", "Anna Berg"},
		{"a party tag between the subject and its verb", `"We will win," Tom Hale said. Anna Berg (D-Ohio) has long called him a "con artist".`, "con artist", "Anna Berg", "Anna Berg"},
		{"an organisation before a person's title", `"We will win," Tom Hale said. Senate Minority Leader Anna Berg (D-Nev.), in particular, has been pounding him as a "con artist".`, "con artist", "Anna Berg", "Minority Leader Anna Berg"},
		{"what she calls", `Tom Hale has railed against what she calls the "Washington cartel".`, "cartel", "Anna Berg", "she"},
		{"what a group has called", `The legal battle over the school is what former employees have called a "fraudulent scheme".`, "fraudulent", "former employees", "former employees"},
		{"a passive with its agent after the quote", `Tom Hale, who was described as "knife-obsessed and dangerous" by Anna Berg, was arrested.`, "knife", "Anna Berg", "Anna Berg"},
		{"a phrase of time opens the sentence before its subject", `A month later, she paid a visit to the border and explained why the rates were going to "fall hard".`, "fall hard", "Anna Berg", "she"},
		{"the owner of a claim", `Tom Hale did a fact-check on Anna Berg's claim that there have been "thousands of shootings" this year.`, "thousands", "Anna Berg", "Anna Berg"},
		{"a quote said of someone's comments is not theirs", `Tom Hale said Anna Berg's comments "show bias to me."`, "bias", "Tom Hale", "Tom Hale"},
		{"a clause after a cue is no inverted subject", `Donna Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen on the Mall, said the event brought back memories of her father, and of "all the people who did things to get us here."`, "all the people", "Donna Rawlings", "Donna Rawlings"},
		{"a known surname in -ly opens a sentence", `Tom Hale met Megyn Kelly on Monday. Kelly responded pointedly, with a smile: "It can happen when you are old."`, "can happen", "Megyn Kelly", "Kelly"},
		{"an organisation and a role before the name after the cue", `Tom Hale "drew well from working-class voters" in the 2008 primary, said Oslo State University professor Anna Berg.`, "drew well", "Anna Berg", "Anna Berg"},
		{"a name after the quote before an appositive with a possessive", `"This campaign is changing politics," Anna Berg, Hale's campaign manager, said in a statement.`, "changing", "Anna Berg", "Anna Berg"},
		{"a name after the quote before a who-clause", `"Both men scare me," Anna Berg, 30, of Raleigh, N.C., who was among those polled, said in an interview.`, "scare me", "Anna Berg", "Anna Berg"},
		{"a description with commas after the quote", `"I made climate change the top priority," the bespectacled, 71-year-old diplomat said in an interview.`, "climate", "the bespectacled, 71-year-old diplomat", "the bespectacled, 71-year-old diplomat"},
		{"a pronoun after a leading 'And' is the subject", `Tom Hale left. And she made a point of saying the club "was a place of solidarity and empowerment."`, "solidarity", "Anna Berg", "she"},
		{"a person of an organisation, with a participle phrase before the cue", `Anna Berg of the University of Essex, speaking to the BBC, said, "A court order changes everything for the platform."`, "court order", "Anna Berg", "Anna Berg"},
		{"a person of an organisation and of another", `Anna Berg of American University and contributor to Slate wrote, "A single country could demand it."`, "single country", "Anna Berg", "Anna Berg"},
		{"a verb before a person of a place", `"This is fantastic!" beamed Anna Berg of Oslo, Norway, who snuck onto the floor.`, "fantastic", "Anna Berg", "Anna Berg"},
		{"a capitalised adjective and a role before the subject", `In line with most voters, Republican Presidential hopeful Sen. Anna Berg was critical of the plan, telling the BBC: "The plan is typical of this government."`, "typical", "Anna Berg", "Sen. Anna Berg"},
		{"the one told before a colon is not the speaker", `Senate Majority Leader Anna Berg, R-Ky., delivered a blunt message to Tom Hale: "It is time to quit attacking people."`, "quit attacking", "Anna Berg", "Majority Leader Anna Berg"},
		{"a common verb ends a description", `The ad uses footage of Tom Hale asking, "Why are we not fifty points ahead?"`, "fifty points", "The ad", "The ad"},
		{"the owner of a claim before 'is that'", `Tom Hale's most explosive claim is that Anna Berg is "a fraud and a cheat."`, "a fraud", "Tom Hale", "Tom Hale"},
		{"a sign with a participle speaks", `Tom Hale held up a sign saying "Prices will fall this year, and fast."`, "Prices", "a sign", "a sign"},
		{"an ad with a participle after a comma speaks", `Anna Berg attacked Tom Hale, with one of her ads asking, "Is Tom Hale fit to serve on the court?"`, "fit to serve", "one of her ads", "one of her ads"},
		{"a quote in the main clause after a clause opening the sentence", `When Tom Hale announced his run in June, she infamously referred to bankers as "thieves" on air.`, "thieves", "Anna Berg", "she"},
		{"an as-clause opening the sentence attributes the quote", `As Tom Hale reported, "prices will fall this year, and fast."`, "prices", "Tom Hale", "Tom Hale"},
		{"a thing before 'that said' speaks", `Tom Hale posted his message under a headline that said, "Prices will fall this year, and fast."`, "Prices", "a headline", "that"},
		{"'which reported' after an organisation", `Anna Berg turned to the Oslo Police Department which reported "2,521 shooting incidents" last year.`, "2,521", "Oslo Police Department", "which"},
		{"a relative clause's noun without a determiner starts after the verb", `Anna Berg passionately rebuked critics who say she should call the bankers "thieves and liars," on Monday.`, "thieves", "critics", "who"},
		{"a partial quote in a who-clause after a name", `Tom Hale met voters. Anna Berg, who has postured herself as the "law and order candidate," spoke later.`, "law and order", "Anna Berg", "who"},
		{"a description with a qualifying phrase after the quote", `"Prices will fall this year," a voice-over in the ad states.`, "Prices", "a voice-over in the ad", "a voice-over in the ad"},
		{"a count of people after the quote", `"Prices will fall this year," the two write in a letter.`, "Prices", "the two", "the two"},
		{"an opening phrase of time is no subject", `Minutes later, she sent an email saying, "It is done."`, "done", "Anna Berg", "she"},
		{"group of officials", `Officials in the northern region of Kursk said prices would "fall sharply".`, "fall", "Officials in the northern region of Kursk", "Officials in the northern region of Kursk"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, an := analyzeString(t, "Headline\n\nAnna Berg spoke on Monday.\n\n"+tt.body+"\n")
			name, mention := speakerOf(t, a, an, tt.quote)
			if name != tt.speaker || mention != tt.mention {
				t.Errorf("speaker %q (mention %q), want %q (mention %q)", name, mention, tt.speaker, tt.mention)
			}
		})
	}
}

func TestPronounResolution(t *testing.T) {
	body := "Headline\n\n" +
		"Anna Berg met Tom Hale in Oslo on Monday.\n\n" +
		"\"The talks went well,\" she said.\n\n" +
		"Tom Hale left early. \"I have a plane to catch,\" he said.\n\n" +
		"During the call with Hale, Berg agreed to meet again.\n\n" +
		"But she said the next round would be harder.\n"
	a, an := analyzeString(t, body)
	if name, m := speakerOf(t, a, an, "talks went well"); name != "Anna Berg" || m != "she" {
		t.Errorf("she: got %q (%q), want Anna Berg", name, m)
	}
	if name, _ := speakerOf(t, a, an, "plane to catch"); name != "Tom Hale" {
		t.Errorf("he: got %q, want Tom Hale", name)
	}
	if name, _ := speakerOf(t, a, an, "next round"); name != "Anna Berg" {
		t.Errorf("she after a subject: got %q, want Anna Berg", name)
	}
}

func TestPronounsWithoutReferent(t *testing.T) {
	tests := []struct{ name, body, quote, speaker string }{
		{"I in an interview answer is the one its label names", "((Anna Berg)) Well, I told the clerk: \"Prices will fall this year, and fast.\"", "Prices", "Anna Berg"},
		{"I in a later paragraph of a labelled answer", "Anna Berg: Well, it was hard.\n\nThen I told the clerk: \"Prices will fall this year, and fast.\"", "Prices", "Anna Berg"},
		{"I in an interview question names no one", "((WN)) I told the clerk: \"Prices will fall this year, and fast.\"", "Prices", "-"},
		{"we in an interview answer is the one answering", "The Finance Ministry met on Monday.\n\n((Anna Berg)) Well, we told the clerk: \"Prices will fall this year, and fast.\"", "Prices", "Anna Berg"},
		{"they saying after an organisation named, not quoted", "The Finance Ministry met on Monday. They said prices would \"fall sharply this year, and fast\".", "fall sharply", "Finance Ministry"},
		{"they doing after an organisation names no one", "The Finance Ministry met on Monday. They did not pay, and prices would \"fall sharply this year, and fast\".", "fall sharply", "-"},
		{"we saying after an organisation named", "The Finance Ministry met on Monday. We said prices would \"fall sharply this year, and fast\".", "fall sharply", "Finance Ministry"},
		{"who after a long appositive", "Money came from Anna Berg, an Illinois shipping-supplies manufacturer and conservative activist, who said prices would \"fall sharply this year, and fast\".", "fall sharply", "Anna Berg"},
		{"it saying long after the organisation was named", "The Finance Ministry met on Monday. Anna Berg spoke to Tom Hale, Jim Lund, Eva Holm, Ola Dahl and Per Moe about rates, and then to Kari Lie, Lars Bakke and Nina Ruud. It said prices would \"fall sharply this year, and fast\".", "fall sharply", "Finance Ministry"},
		{"they saying long after the organisation was named", "The Finance Ministry met on Monday. Anna Berg spoke to Tom Hale, Jim Lund, Eva Holm, Ola Dahl and Per Moe about rates, and then to Kari Lie, Lars Bakke and Nina Ruud. They said prices would \"fall sharply this year, and fast\".", "fall sharply", "Finance Ministry"},
		{"the ordinal before a cue names no one", "If named, it would have become the third named storm of the 2019 Atlantic storm season.", "storm of", "-"},
		{"I with no byline is the author", "\"Prices will fall this year, I think,\" I said to the clerk.", "Prices", "the author"},
		{"you", "\"Prices will fall this year, mark my words,\" you said.", "Prices", "-"},
		{"they with no group", "\"Prices will fall this year, we are sure,\" they said.", "Prices", "-"},
		{"he with no person", "\"Prices will fall this year, we are sure,\" he said.", "Prices", "-"},
		{"a contraction taken for a name", "Anna Berg left. They\u2019re saying \"prices will fall this year, and fast.\"", "prices", "-"},
		{"who after a name", "Anna Berg, who met him on Monday, said prices would \"fall sharply this year\".", "fall", "Anna Berg"},
		{"a description that swallowed a clause", "\"It is a clear link,\" this lowly life form can give us said.", "It is", "-"},
		{"it to the organisation named before", "The Finance Ministry met on Monday. \"Prices will fall this year,\" it said.", "Prices", "Finance Ministry"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, an := analyzeString(t, "Headline\n\n"+tt.body+"\n")
			name, _ := speakerOf(t, a, an, tt.quote)
			if name != tt.speaker {
				t.Errorf("speaker %q, want %q", name, tt.speaker)
			}
			for _, sp := range an.Speakers {
				if subjectPronouns[strings.ToLower(sp.Name)] {
					t.Errorf("a speaker is named %q", sp.Name)
				}
			}
		})
	}
}

func TestDescriptionResolution(t *testing.T) {
	body := "Headline\n\n" +
		"President Anna Berg spoke to The Daily Herald on Monday.\n\n" +
		"\"We are ready,\" the president said.\n\n" +
		"\"The deal is dead,\" the newspaper reported.\n"
	a, an := analyzeString(t, body)
	if name, m := speakerOf(t, a, an, "ready"); name != "Anna Berg" || m != "the president" {
		t.Errorf("the president: got %q (%q), want Anna Berg", name, m)
	}
	if name, _ := speakerOf(t, a, an, "deal is dead"); name != "Daily Herald" {
		t.Errorf("the newspaper: got %q, want Daily Herald", name)
	}
}

func TestAliasMerging(t *testing.T) {
	body := "Headline\n\n" +
		"US President Donald Trump spoke on Monday. Later Secretary of State Marco Rubio spoke.\n\n" +
		"\"It went well,\" Trump said. \"Very well,\" President Trump added.\n\n" +
		"\"I agree,\" Rubio said.\n"
	_, an := analyzeString(t, body)
	var trump, rubio *Speaker
	for i := range an.Speakers {
		switch an.Speakers[i].Name {
		case "Donald Trump":
			trump = &an.Speakers[i]
		case "Marco Rubio":
			rubio = &an.Speakers[i]
		}
	}
	if trump == nil || rubio == nil || len(an.Speakers) != 2 {
		t.Fatalf("speakers %+v, want Donald Trump and Marco Rubio", an.Speakers)
	}
	if trump.Quotes != 2 || !hasString(trump.Aliases, "Trump") || !hasString(trump.Aliases, "President Trump") {
		t.Errorf("Trump: %+v", *trump)
	}
	if rubio.Role != "Secretary of State" {
		t.Errorf("Rubio's role = %q, want Secretary of State", rubio.Role)
	}
}

func TestIndirectQuotes(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"X said that clause", "Anna Berg said that prices would fall next year.", []string{"Anna Berg: that prices would fall next year"}},
		{"X told Y clause", "Anna Berg told reporters on Monday prices would fall.", []string{"Anna Berg: prices would fall"}},
		{"clause, X said", "Prices will fall next year, Anna Berg said on Monday.", []string{"Anna Berg: Prices will fall next year"}},
		{"clause, according to X", "Prices will fall next year, according to the Finance Ministry.", []string{"Finance Ministry: Prices will fall next year"}},
		{"participle after a subject", "Hours later the markets fell, with Kyiv saying banks had been hit.", []string{"Kyiv: banks had been hit"}},
		{"mixed speech is reported as its quote", `Anna Berg said prices would "fall sharply" next year.`, nil},
		{"no cue, no speech", "Prices fell sharply on Monday.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, an := analyzeString(t, "Headline\n\n"+tt.body+"\n")
			equalLines(t, reportedOf(a, an), tt.want)
		})
	}
}

func TestEntities(t *testing.T) {
	raw := readSample(t)
	a, err := Parse(raw, "bbc-trump-zelensky-call.txt")
	if err != nil {
		t.Fatal(err)
	}
	an := Analyze(a)
	got := map[string]EntityKind{}
	for _, e := range an.Entities {
		got[e.Name] = e.Kind
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(a.Body) || m.Start >= m.End {
				t.Errorf("%s: bad mention %v", e.Name, m)
			}
		}
	}
	want := map[string]EntityKind{
		"Donald Trump": Person, "Volodymyr Zelensky": Person, "Vladimir Putin": Person, "Marco Rubio": Person,
		"JD Vance": Person, "Robert Greenall": Person, "Ukraine": Place, "Russia": Place, "US": Place,
		"Europe": Place, "Saudi Arabia": Place, "Black Sea": Place, "Kyiv": Place, "Moscow": Place,
		"Krasnodar": Place, "BBC News": Org, "Getty Images": Org, "EPA": Org, "White House": Org,
		"Truth Social": Org, "X": Org,
	}
	for name, kind := range want {
		if k, ok := got[name]; !ok || k != kind {
			t.Errorf("entity %s: got %v (found %v), want %v", name, k, ok, kind)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok && name != "America" {
			t.Errorf("unexpected entity %q", name)
		}
	}
}

func TestTranscriptLabels(t *testing.T) {
	body := "Headline\n\nAnna Berg spoke to Tom Hale on Sunday. Partial transcript as follows:\n\n" +
		"\"HALE: Will prices fall this year, minister?\n\n" +
		"\"BERG: Prices will fall, and fast. We have done the work.\"\n\n" +
		"\"MODERATOR: Thank you both for coming on the show today.\"\n"
	a, an := analyzeString(t, body)
	for _, tt := range []struct{ quote, speaker, mention string }{
		{"Will prices", "Tom Hale", "HALE"},
		{"Prices will fall", "Anna Berg", "BERG"},
		{"Thank you", "MODERATOR", "MODERATOR"},
	} {
		if name, m := speakerOf(t, a, an, tt.quote); name != tt.speaker || m != tt.mention {
			t.Errorf("%q: speaker %q (mention %q), want %q (%q)", tt.quote, name, m, tt.speaker, tt.mention)
		}
	}
}

func TestPronounFarBack(t *testing.T) {
	// "she" after more than forty other names still finds the last woman
	// named
	body := "Anna Berg arrived in Oslo on Monday.\n\n" + strings.Repeat("The Finance Ministry met the Central Bank. ", 25) +
		"\n\nShe said prices would \"fall sharply this year, and fast\".\n"
	a, an := analyzeString(t, "Headline\n\n"+body)
	if name, _ := speakerOf(t, a, an, "fall sharply"); name != "Anna Berg" {
		t.Errorf("she: got %q, want Anna Berg", name)
	}
}
