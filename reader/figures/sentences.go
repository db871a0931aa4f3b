package figures

// The sentences of a block, for the sentence each figure stands in.

import "github.com/byline/byline/reader/segment"

// sentIter walks the sentences of one block in order.
type sentIter struct {
	body     string
	pos, end int
	cur      Span
	started  bool
}

// spanFor returns the sentence that holds sp; sentences are asked for in
// text order, so the walk is linear.
func (it *sentIter) spanFor(sp Span) Span {
	if !it.started {
		it.started = true
		it.cur = it.next()
	}
	for it.cur.End <= sp.Start && it.pos < it.end {
		it.cur = it.next()
	}
	out := it.cur
	for out.End < sp.End && it.pos < it.end {
		it.cur = it.next()
		out.End = it.cur.End
	}
	if out.Start > sp.Start {
		out.Start = sp.Start
	}
	if out.End < sp.End {
		out.End = sp.End
	}
	return out
}

// next returns the next sentence of the block, as package segment
// splits it.
func (it *sentIter) next() Span {
	start, stop, next := segment.Next(it.body, it.pos, it.end)
	it.pos = next
	return Span{start, stop}
}
