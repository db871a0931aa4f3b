// check.mjs: citation.js reads byline's citations back.
//
// Usage: node check.mjs DIR LIST.json
//
// DIR holds, for each article ID in LIST.json (the output of `byline list
// --json`), the files ID.csl.json, ID.bib and ID.ris that `byline cite ID
// --format csl|biblatex|ris` wrote, and the same of the article's first
// quote as ID-q.csl.json, ID-q.bib and ID-q.ris when it has one. Each is
// parsed with citation.js; the title, the authors, the date and the URL
// that `byline list` gives must survive (of a RIS record's date, the year:
// citation.js reads only PY of a NEWS record), and an APA citation is
// rendered.
// Exits 1 with one line a failure.
import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-csl'
import '@citation-js/plugin-ris'

const [dir, listFile] = process.argv.slice(2)
if (!dir || !listFile) {
  console.error('usage: node check.mjs DIR LIST.json')
  process.exit(2)
}
const articles = JSON.parse(readFileSync(listFile, 'utf8'))
const failures = []
let checked = 0
const shown = new Set() // the formats an APA example was printed for

// Input types, so that citation.js does not have to guess.
const types = { 'csl.json': '@csl/list+object', bib: '@biblatex/text', ris: '@ris/file' }

function norm (s) {
  return String(s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim()
}

function check (art, file, ext) {
  const raw = readFileSync(file, 'utf8')
  const input = ext === 'csl.json' ? JSON.parse(raw) : raw
  let cite
  try {
    cite = new Cite(input, { forceType: types[ext] })
  } catch (e) {
    failures.push(`${file}: citation.js cannot read it: ${e.message}`)
    return
  }
  if (cite.data.length !== 1) {
    failures.push(`${file}: ${cite.data.length} items, want 1`)
    return
  }
  const item = cite.data[0]
  const fail = (what) => failures.push(`${file}: ${what}`)
  if (norm(item.title) !== norm(art.title)) fail(`title ${JSON.stringify(item.title)}, want ${JSON.stringify(art.title)}`)
  const authors = (item.author ?? []).map(a => norm(a.literal ?? [a.given, a.family].filter(Boolean).join(' ')))
  const want = (art.authors ?? []).map(norm)
  if (JSON.stringify(authors) !== JSON.stringify(want)) fail(`authors ${JSON.stringify(authors)}, want ${JSON.stringify(want)}`)
  const parts = item.issued?.['date-parts']?.[0]
  const date = parts ? parts.map((n, i) => i === 0 ? String(n) : String(n).padStart(2, '0')).join('-') : ''
  // A RIS NEWS record's year is PY, its date DA; citation.js reads PY only.
  const wantDate = ext === 'ris' ? (art.date ?? '').slice(0, 4) : (art.date ?? '')
  if (date !== wantDate) fail(`date ${JSON.stringify(date)}, want ${JSON.stringify(wantDate)}`)
  if (norm(item.URL) !== norm(art.url)) fail(`URL ${JSON.stringify(item.URL)}, want ${JSON.stringify(art.url ?? '')}`)
  const apa = cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })
  if (!apa.includes(norm(art.title).slice(0, 20))) fail(`APA citation lacks the title: ${apa}`)
  if (art.date && !apa.includes(art.date.slice(0, 4))) fail(`APA citation lacks the year: ${apa}`)
  checked++
  if (art.date && !shown.has(ext)) {
    shown.add(ext)
    console.log(`APA from ${ext}: ${apa.trim()}`)
  }
}

for (const art of articles) {
  for (const base of [String(art.id), `${art.id}-q`]) {
    for (const ext of Object.keys(types)) {
      const file = join(dir, `${base}.${ext}`)
      if (existsSync(file)) check(art, file, ext)
      else if (base === String(art.id)) failures.push(`${file}: missing`)
    }
  }
}
for (const f of failures) console.error(f)
console.log(`citation.js read ${checked} citations of ${articles.length} articles; ${failures.length} problems`)
process.exit(failures.length > 0 || checked === 0 ? 1 : 0)
