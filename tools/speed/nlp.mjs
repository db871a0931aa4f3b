// The compromise side of compare.mjs: one process that reads every file
// named on its command line and does with compromise what byline analyze
// does with its own rules: people, places, organisations and quotations,
// printed as one JSON line per file.
import fs from 'node:fs';
import nlp from 'compromise';

for (const file of process.argv.slice(2)) {
  const doc = nlp(fs.readFileSync(file, 'utf8'));
  const out = {
    file,
    people: doc.people().out('array'),
    places: doc.places().out('array'),
    organizations: doc.organizations().out('array'),
    quotations: doc.quotations().out('array'),
  };
  process.stdout.write(JSON.stringify(out) + '\n');
}
