#!/usr/bin/env bash
# The citation.js round trip: byline cites the bundled articles (and the
# first quote of each) as CSL-JSON, BibLaTeX and RIS, and check.mjs reads
# them back with citation.js, checks the title, authors, date and URL, and
# renders APA. Skips when node is absent, except under CI (CI set), where
# it fails instead.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
	if [ -n "${CI:-}" ]; then
		echo "citejs: node and npm are needed under CI" >&2
		exit 1
	fi
	echo "citejs: node not found; skipping the citation.js round trip"
	exit 0
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
(cd "$root" && go build -o "$tmp/byline" .)
b() { "$tmp/byline" --db "$tmp/lib.db" "$@"; }
b import "$root/reader/samples/articles" >/dev/null
b list --json >"$tmp/list.json"
mkdir "$tmp/out"
for id in $(node -e 'for (const a of JSON.parse(require("fs").readFileSync(process.argv[1]))) console.log(a.id)' "$tmp/list.json"); do
	for f in csl:csl.json biblatex:bib ris:ris; do
		b cite "$id" --format "${f%%:*}" >"$tmp/out/$id.${f#*:}"
		# The first quote, when the article has one.
		if b cite "$id" 1 --format "${f%%:*}" >"$tmp/out/$id-q.${f#*:}" 2>/dev/null; then :; else rm -f "$tmp/out/$id-q.${f#*:}"; fi
	done
done
node "$here/check.mjs" "$tmp/out" "$tmp/list.json"
