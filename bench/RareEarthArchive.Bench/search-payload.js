// Which files the search page downloads for each query, with the page's own loader (search/shards.js):
//   node search-payload.js LUNR_JS SITE_DIR QUERY...
// Prints {"queries":[{"q","results","index":[files],"display":[files]}]}: each query on a fresh page (nothing
// cached), the index files its plan loads and the display files of its first result page (10 per group).
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const [lunrJs, site, ...queries] = process.argv.slice(2);
globalThis.lunr = require(lunrJs);
for (const script of ['search/pipeline.js', 'search/shards.js']) {
  vm.runInThisContext(fs.readFileSync(path.join(site, script), 'utf8'), { filename: script });
}
const manifest = JSON.parse(fs.readFileSync(path.join(site, 'search', 'manifest.json'), 'utf8'));
const PER_PAGE = 10, HASH = 12;
function displayFile(ref) {
  const d = manifest.display, hashes = d.files[ref[0]] || '', at = Math.floor(Number(ref.slice(1)) / d.size) * HASH;
  return d.folder + hashes.slice(at, at + HASH) + '.json';
}
(async () => {
  const out = [];
  for (const q of queries) {
    const fetched = [];
    const sharded = new lunr.rea.ShardedIndex(manifest.index, file => {
      fetched.push(file);
      return JSON.parse(fs.readFileSync(path.join(site, file), 'utf8'));
    });
    const { results } = await sharded.search(q);
    const perType = {};
    const display = new Set();
    for (const r of results) {
      const n = perType[r.ref[0]] = (perType[r.ref[0]] || 0) + 1;
      if (n <= PER_PAGE) display.add(displayFile(r.ref));
    }
    out.push({ q, results: results.length, index: fetched, display: [...display] });
  }
  process.stdout.write(JSON.stringify({ queries: out }));
})().catch(e => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
