// Which files the search page downloads for each query, with the page's own loader (search/shards.js):
//   node search-payload.js LUNR_JS SITE_DIR QUERY...
// Prints {"queries":[{"q","results","index":[files],"directory":[files],"display":[files],"text":[files]}]}: each
// query on a fresh page (nothing cached), the index files its plan loads, and for its first result page (10 per
// group) the display directories, the display files and the text files (a source's or claim's text, for its
// snippet) that assets/search.js fetches.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const [lunrJs, site, ...queries] = process.argv.slice(2);
globalThis.lunr = require(lunrJs);
for (const script of ['search/pipeline.js', 'search/shards.js']) {
  vm.runInThisContext(fs.readFileSync(path.join(site, script), 'utf8'), { filename: script });
}
const readJson = file => JSON.parse(fs.readFileSync(path.join(site, file), 'utf8'));
const manifest = readJson('search/manifest.json');
const PER_PAGE = 10, HASH = 12;
// A ref's display file k (n / display.size) is named by entry k % directory.size of directory k / directory.size.
function displayFiles(ref) {
  const d = manifest.display, dir = d.directory, k = Math.floor(Number(ref.slice(1)) / d.size);
  const j = Math.floor(k / dir.size) * HASH, directory = dir.folder + dir.files[ref[0]].slice(j, j + HASH) + '.json';
  const i = (k % dir.size) * HASH;
  return { directory, display: d.folder + readJson(directory).files.slice(i, i + HASH) + '.json' };
}
(async () => {
  const out = [];
  for (const q of queries) {
    const fetched = [];
    const sharded = new lunr.rea.ShardedIndex(manifest.index, file => {
      fetched.push(file);
      return readJson(file);
    });
    const { results } = await sharded.search(q);
    const perType = {};
    const directory = new Set(), display = new Set(), text = new Set();
    for (const r of results) {
      const n = perType[r.ref[0]] = (perType[r.ref[0]] || 0) + 1;
      if (n > PER_PAGE) continue;
      const files = displayFiles(r.ref);
      directory.add(files.directory);
      display.add(files.display);
      const entry = readJson(files.display)[r.ref];
      if (entry && entry.bodyFile) text.add(entry.bodyFile);
    }
    out.push({ q, results: results.length, index: fetched, directory: [...directory], display: [...display], text: [...text] });
  }
  process.stdout.write(JSON.stringify({ queries: out }));
})().catch(e => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
