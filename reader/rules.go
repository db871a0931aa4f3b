package reader

import "github.com/byline/byline/reader/article"

// cueKind is the kind of an attribution cue. The values are the letters
// of verbs.txt's cue column where the file has one.
type cueKind byte

const (
	// ckNone: the token is no cue.
	ckNone cueKind = 0
	// ckSpeech reports speech or writing and takes a clause: "said".
	ckSpeech cueKind = 's'
	// ckQuoteOnly introduces only a direct or partial quote: "called".
	ckQuoteOnly cueKind = 'd'
	// ckAccording is "according to", its subject after it.
	ckAccording cueKind = 'a'
	// ckStance is a stance verb whose complement is a reported position:
	// "wants to build a wall".
	ckStance cueKind = 't'
	// ckDash is a dash and a name after a quote: `"..." — Jane Doe`.
	ckDash cueKind = 'h'
	// ckReport is a reporting word of reported.txt: "railed against".
	ckReport cueKind = 'r'
	// ckPhrase is a two-word reporting phrase: "criticism of X".
	ckPhrase cueKind = 'p'
	// ckPhraseNoOne is a reporting phrase that names no one: "the
	// criticism of X".
	ckPhraseNoOne cueKind = 'n'
)

// String implements fmt.Stringer.
func (k cueKind) String() string {
	switch k {
	case ckSpeech:
		return "speech verb"
	case ckQuoteOnly:
		return "quote verb"
	case ckAccording:
		return "according to"
	case ckStance:
		return "stance verb"
	case ckDash:
		return "dash"
	case ckReport:
		return "reporting word"
	case ckPhrase:
		return "reporting phrase"
	case ckPhraseNoOne:
		return "reporting phrase, no one named"
	}
	return "none"
}

// Rule names the rule that found a quote, or the one that chose its
// speaker. The rules of each kind are tried in the order listed.
type Rule = article.Rule

const (
	// RuleNone: no rule (a quote with no speaker has speaker rule RuleNone).
	RuleNone Rule = iota

	// Rules that find quotes.

	// RuleQuoteMarks: words in quotation marks.
	RuleQuoteMarks
	// RuleCueClause: the clause or object a speech cue reports ("said the
	// talks failed", "announced a tariff").
	RuleCueClause
	// RuleNounThat: a speech noun and its that-clause ("the claim that ...").
	RuleNounThat
	// RuleTranscriptLine: a transcript line after a speaker label ("BERG: ...").
	RuleTranscriptLine
	// RuleHeadline: a headline's "X says Y" or "X: Y".
	RuleHeadline
	// RuleReportPhrase: a reporting phrase and its object ("criticism of X").
	RuleReportPhrase
	// RuleRaising: a raising frame ("X is said to ...", "X is expected to").
	RuleRaising
	// RuleStanceVerb: the complement of a stance verb ("wants to build a wall").
	RuleStanceVerb
	// RuleAsked: a question put ("asked whether ...", "asked about ...").
	RuleAsked
	// RuleReportedly: a clause with "reportedly" or a like adverb.
	RuleReportedly
	// RulePoll: what a poll or survey found.
	RulePoll
	// RuleSaidAfterComma: a clause before ", X said".
	RuleSaidAfterComma
	// RuleIntroducedBlock: a paragraph introduced by a cue ending in a colon.
	RuleIntroducedBlock
	// RulePassiveBy: the subject of a passive speech verb with "by X".
	RulePassiveBy
	// RuleOpeningParticiple: a clause after an opening participle ("Saying ..., X").
	RuleOpeningParticiple
	// RuleTrailingPhrase: the statement before a quoted phrase that ends a
	// speech verb's clause ("said the call was aimed at X "in terms of
	// ..."").
	RuleTrailingPhrase
	// RuleSaidDescription: a clause before ", said an official who ..." or
	// ", said the firm's chief executive, NAME".
	RuleSaidDescription

	// Rules that choose speakers.

	// RuleCueAfter: the subject of the cue after the quote (`"...," said X`).
	RuleCueAfter
	// RuleCueBefore: the subject of the cue before the quote (`X said: "..."`).
	RuleCueBefore
	// RuleFinalCue: the cue closing the sentence after the quote.
	RuleFinalCue
	// RuleDashAfter: a dash and a name after the quote (`"..." — X`).
	RuleDashAfter
	// RuleVerbAfter: the subject of the verb after a quote opening the sentence.
	RuleVerbAfter
	// RuleColonIntro: the subject of a clause ending in a colon before the quote.
	RuleColonIntro
	// RuleTranscriptLabel: the label of a transcript line.
	RuleTranscriptLabel
	// RuleRelativeCue: what a relative pronoun before the cue refers to ("a
	// headline that said").
	RuleRelativeCue
	// RuleWhatCalls: the subject of "what X calls".
	RuleWhatCalls
	// RuleContinued: the speaker of the quote this one continues.
	RuleContinued
	// RuleParagraphIntro: the speaker introduced at the end of the paragraph before.
	RuleParagraphIntro
	// RuleDanglingCue: a cue ending the sentence before ("X said in a statement.").
	RuleDanglingCue
	// RuleClauseSubject: the subject of the quote's own clause.
	RuleClauseSubject
	// RuleSameParagraph: the speaker of the last quote of the paragraph.
	RuleSameParagraph
	// RuleParagraphSpeaker: the speaker of the paragraph's reported speech.
	RuleParagraphSpeaker
	// RulePrevParagraph: the speaker of the last quote of the paragraph before.
	RulePrevParagraph
	// RulePrevSpeaker: the last speaker of any kind in the paragraph before.
	RulePrevSpeaker
	// RuleSentenceSubject: the subject of a sentence with a partial quote.
	RuleSentenceSubject
	// RuleRelativeSubject: the subject of a relative clause ("X, who has called
	// himself the "..."").
	RuleRelativeSubject
	// RulePassiveAgent: the agent of a passive call ("described as "..." by X").
	RulePassiveAgent
	// RuleNamedTerm: a term being named ("known as "..."", "called "...""):
	// no one speaks.
	RuleNamedTerm
	// RuleEarlierCue: an earlier cue of the sentence, when the nearest names no one.
	RuleEarlierCue
	// RuleCueSubject: the subject of the cue of reported speech.
	RuleCueSubject
	// RuleNextSentence: the speaker named by the next sentence ("That is how
	// the minister put it.").
	RuleNextSentence

	// Rules that resolve a speaker's mention to the entity it names.

	// RuleGenericOrg: "the company", "the firm" is the organisation named last.
	RuleGenericOrg
	// RuleAgeDescriptor: "the 45-year-old" is the person named last with that age.
	RuleAgeDescriptor
	// RuleDescriptorBack: "the singer", "the former champion" is the person
	// named last with that description beside the name.
	RuleDescriptorBack

	// Rules that drop what other rules found.

	// RuleSpeechModel: the speech model (data/speech.txt) scores reported
	// speech; below its threshold it is not listed.
	RuleSpeechModel
	// RuleMentionedWord: a pronoun alone in quotation marks ("because "she"
	// is a "he"") is a word mentioned, not words said: not listed.
	RuleMentionedWord

	numRules
)

var ruleNames = [numRules]string{"none", "quote-marks", "cue-clause", "noun-that", "transcript-line", "headline",
	"report-phrase", "raising", "stance-verb", "asked", "reportedly", "poll", "said-after-comma", "introduced-block",
	"passive-by", "opening-participle", "trailing-phrase", "said-description", "cue-after", "cue-before", "final-cue", "dash-after", "verb-after",
	"colon-intro", "transcript-label", "relative-cue", "what-calls", "continued", "paragraph-intro", "dangling-cue",
	"clause-subject", "same-paragraph", "paragraph-speaker", "prev-paragraph", "prev-speaker", "sentence-subject",
	"relative-subject", "passive-agent", "named-term", "earlier-cue", "cue-subject", "next-sentence", "generic-org", "age-descriptor", "descriptor-back",
	"speech-model", "mentioned-word"}

// Rule.String returns the rule's name, as the JSON output and --explain
// show it.
func init() { article.RegisterRuleNames(ruleNames[:]) }
