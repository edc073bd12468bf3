// Load + first-query timing for one built search folder, the way the search page does it:
// JSON.parse of the fetched text, lunr.Index.load, then the first idx.search. Prints one JSON object.
// usage: node load-query.js LUNR_JS SITE_DIR QUERY...
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const [lunrPath, site, ...queries] = process.argv.slice(2);
const lunr = require(path.resolve(lunrPath));
globalThis.lunr = lunr;
vm.runInThisContext(fs.readFileSync(path.join(site, 'search', 'pipeline.js'), 'utf8'));
const indexText = fs.readFileSync(path.join(site, 'search', 'lunr-index.json'), 'utf8');
const displayText = fs.readFileSync(path.join(site, 'search', 'display.json'), 'utf8');
const t0 = process.hrtime.bigint();
const idx = lunr.Index.load(JSON.parse(indexText));
const display = JSON.parse(displayText);
const t1 = process.hrtime.bigint();
const out = { loadMs: Number(t1 - t0) / 1e6, docs: Object.keys(display.docs).length, queries: [] };
for (const q of queries) {
  const s = process.hrtime.bigint();
  const hits = idx.search(q).length;
  out.queries.push({ q, ms: Number(process.hrtime.bigint() - s) / 1e6, hits });
}
process.stdout.write(JSON.stringify(out));
