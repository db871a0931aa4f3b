// Times byline against compromise (the npm package compromise, at
// the version locked in package-lock.json), each as a whole process from
// start to exit, on the PolNeAR dev texts (../../../shared/eval/polnear,
// written to a temporary folder, never into the project), alternately, so
// that the host's noise falls on both alike.
//
//   npm ci && npm run compare -- ../../byline [rounds]
//
// byline runs "analyze --format jsonl FILE..." (quotes, speakers, entities,
// figures); compromise (nlp.mjs) finds people, places, organisations and
// quotations in the same files. Prints each round and the ratios of the
// medians, of wall-clock and of CPU time (user + system).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const here = path.dirname(new URL(import.meta.url).pathname);
const bin = path.resolve(process.argv[2] || path.join(here, '../../byline'));
const rounds = Number(process.argv[3] || 5);
const dev = path.resolve(here, '../../../shared/eval/polnear/polnear_dev.jsonl');
if (!fs.existsSync(dev)) {
  console.error(`compare: ${dev} is missing (the PolNeAR dev split beside the project)`);
  process.exit(1);
}
if (!fs.existsSync(bin)) {
  console.error(`compare: ${bin} is missing: go build -o byline . in the project first`);
  process.exit(1);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-speed-'));
const files = [];
let words = 0;
for (const line of fs.readFileSync(dev, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line);
  const f = path.join(dir, `${files.length}.txt`);
  const text = `${r.title}\n\n${r.text}`;
  words += text.split(/\s+/).filter(Boolean).length;
  fs.writeFileSync(f, text);
  files.push(f);
}

// time runs cmd with args under bash, output to a file, and returns the
// wall-clock and the CPU milliseconds (user + system, from bash's times)
// of the whole process: on a busy host the CPU time is the steadier one.
function time(cmd, args) {
  const out = path.join(dir, 'out.jsonl');
  const t0 = process.hrtime.bigint();
  const r = spawnSync('bash', ['-c', 'out="$1"; shift; "$@" >"$out" || exit $?; times', 'time', out, cmd, ...args],
    { maxBuffer: 1 << 30, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) {
    console.error(`compare: ${cmd} exited ${r.status}: ${(r.stderr || '').slice(0, 300)}`);
    process.exit(1);
  }
  const lines = fs.readFileSync(out, 'utf8').split('\n').filter(Boolean).length;
  if (lines !== files.length) {
    console.error(`compare: ${cmd} printed ${lines} lines for ${files.length} files`);
    process.exit(1);
  }
  // times: the shell's user and system times, then its children's
  const kids = r.stdout.trim().split('\n').pop().match(/(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/);
  const cpu = kids ? (Number(kids[1]) * 60 + Number(kids[2]) + Number(kids[3]) * 60 + Number(kids[4])) * 1000 : NaN;
  return { wall, cpu };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const b = [], c = [];
console.log(`${files.length} PolNeAR dev texts, ${words} words; ${rounds} rounds, alternately`);
for (let i = 0; i < rounds; i++) {
  b.push(time(bin, ['analyze', '--format', 'jsonl', ...files]));
  c.push(time(process.execPath, [path.join(here, 'nlp.mjs'), ...files]));
  console.log(`round ${i + 1}: byline ${b[i].wall.toFixed(0)} ms wall, ${b[i].cpu.toFixed(0)} ms CPU; ` +
    `compromise ${c[i].wall.toFixed(0)} ms wall, ${c[i].cpu.toFixed(0)} ms CPU`);
}
for (const k of ['wall', 'cpu']) {
  const mb = median(b.map((x) => x[k])), mc = median(c.map((x) => x[k]));
  console.log(`median ${k}: byline ${mb.toFixed(0)} ms, compromise ${mc.toFixed(0)} ms, compromise / byline = ${(mc / mb).toFixed(1)}`);
}
fs.rmSync(dir, { recursive: true, force: true });
