#!/usr/bin/env node
// Rebuilds a built site's search index with lunr.js from search/documents.json, the way anyone can check it:
//
//   node scripts/rebuild-search-index.js _site            writes the rebuilt index to stdout
//   node scripts/rebuild-search-index.js _site --check    exit 0 when every shard of search/manifest.json, merged,
//                                                         equals the rebuilt index byte for byte
//   node scripts/rebuild-search-index.js _site --search 稀土 [--search refining ...]
//                                                         runs queries on the *published* shards, as the page does
//   node scripts/rebuild-search-index.js _site --compare QUERIES.json
//                                                         runs each query (a JSON array of strings) on the rebuilt
//                                                         full index and on the shards; prints the differences
//
// lunr comes from the repo's node_modules (npm ci; package.json pins 2.3.9) unless LUNR_PATH names lunr.js.
// documents.json format: {"ref", "fields": [{"name", "boost"}], "documents": [{"doc", "attributes"}],
// "pipelineScript"?, "configure"?}; pipelineScript is relative to the site root and defines lunrConfigure.
// The shard loader is search/shards.js (lunr.rea.ShardedIndex, lunr.rea.mergeShards), the page's own.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

function fail(message) {
  process.stderr.write('rebuild-search-index: ' + message + '\n');
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.length === 0) fail('usage: rebuild-search-index.js SITE_DIR [--check] [--search QUERY]...');
const site = path.resolve(args[0]);
let check = false;
let compare = null;
const queries = [];
for (let i = 1; i < args.length; i++) {
  if (args[i] === '--check') check = true;
  else if (args[i] === '--search' && i + 1 < args.length) queries.push(args[++i]);
  else if (args[i] === '--compare' && i + 1 < args.length) compare = args[++i];
  else fail('unknown argument ' + args[i]);
}

const lunrPath = process.env.LUNR_PATH || path.join(__dirname, '..', 'node_modules', 'lunr', 'lunr.js');
if (!fs.existsSync(lunrPath)) fail(lunrPath + ' is missing: run `npm ci` at the repo root');
const lunr = require(lunrPath);
if (lunr.version !== '2.3.9') fail('expected lunr 2.3.9, found ' + lunr.version);
globalThis.lunr = lunr;

const documentsFile = path.join(site, 'search', 'documents.json');
const d = JSON.parse(fs.readFileSync(documentsFile, 'utf8'));
if (d.pipelineScript) {
  // Run it as the browser would: a classic script in the global scope, after lunr.js.
  const script = path.join(site, d.pipelineScript);
  vm.runInThisContext(fs.readFileSync(script, 'utf8'), { filename: script });
}

const shardsScript = path.join(site, 'search', 'shards.js');
vm.runInThisContext(fs.readFileSync(shardsScript, 'utf8'), { filename: shardsScript });
const manifest = JSON.parse(fs.readFileSync(path.join(site, 'search', 'manifest.json'), 'utf8'));
const readJson = file => JSON.parse(fs.readFileSync(path.join(site, file), 'utf8'));
const simplify = results => results.map(r => ({ ref: r.ref, score: r.score, terms: Object.keys(r.matchData.metadata) }));

if (queries.length > 0) {
  (async () => {
    const sharded = new lunr.rea.ShardedIndex(manifest.index, readJson);
    const out = {};
    for (const q of queries) out[q] = simplify((await sharded.search(q)).results);
    process.stdout.write(JSON.stringify(out));
  })().catch(e => fail(String(e && e.stack || e)));
  return;
}

const idx = lunr(function () {
  if (d.configure) globalThis.lunrConfigure(this);
  this.ref(d.ref);
  d.fields.forEach(f => this.field(f.name, { boost: f.boost }));
  d.documents.forEach(x => this.add(x.doc, x.attributes));
});
const rebuilt = Buffer.from(JSON.stringify(idx), 'utf8');

// Each query on the full index and on a fresh sharded index (so each loads only what it needs), compared with
// the matched terms' metadata: refs, order, scores (exactly, as numbers) and matched terms and fields.
if (compare) {
  (async () => {
    const list = JSON.parse(fs.readFileSync(compare, 'utf8'));
    const report = { queries: list.length, differences: [], errors: 0, results: 0, shardsLoaded: 0, termsLoaded: 0, refsLoaded: 0, shards: manifest.index.bounds.length };
    for (const q of list) {
      let full, error = null;
      try { full = idx.search(q); } catch (e) { full = null; error = e; }
      const sharded = new lunr.rea.ShardedIndex(manifest.index, readJson);
      let part = null, shardError = null, plan = null;
      try { const r = await sharded.search(q); part = r.results; plan = r.plan; } catch (e) { shardError = e; }
      if (error || shardError) {
        report.errors++;
        if (!error || !shardError || error.name !== shardError.name || error.message !== shardError.message) {
          report.differences.push({ q, full: String(error), sharded: String(shardError) });
        }
        continue;
      }
      report.results += full.length;
      report.shardsLoaded += sharded.loadedShardCount();
      if (plan.terms) report.termsLoaded++;
      if (plan.refs) report.refsLoaded++;
      const a = JSON.stringify(full.map(r => [r.ref, r.score, r.matchData.metadata]));
      const b = JSON.stringify(part.map(r => [r.ref, r.score, r.matchData.metadata]));
      if (a !== b) report.differences.push({ q, full: a.slice(0, 300), sharded: b.slice(0, 300) });
    }
    process.stdout.write(JSON.stringify(report));
    process.exit(report.differences.length === 0 ? 0 : 1);
  })().catch(e => fail(String(e && e.stack || e)));
  return;
}

if (!check) {
  process.stdout.write(rebuilt);
  process.exit(0);
}
const shardsById = {};
manifest.index.bounds.forEach((first, i) => { shardsById[i] = readJson(lunr.rea.shardFile(manifest.index, i)); });
const merged = lunr.Index.load(lunr.rea.mergeShards(manifest.index, shardsById, true));
const published = Buffer.from(JSON.stringify(merged), 'utf8');
if (Buffer.compare(rebuilt, published) === 0) {
  process.stdout.write('identical: ' + published.length + ' bytes, ' + d.documents.length + ' documents, ' + manifest.index.bounds.length + ' shards merged\n');
  process.exit(0);
}
let at = 0;
while (at < rebuilt.length && at < published.length && rebuilt[at] === published[at]) at++;
process.stdout.write('DIFFERENT at byte ' + at + ' (rebuilt ' + rebuilt.length + ' bytes, merged shards ' + published.length + ')\n' +
  '  merged:  ' + published.subarray(Math.max(0, at - 80), at + 80).toString('utf8') + '\n' +
  '  rebuilt: ' + rebuilt.subarray(Math.max(0, at - 80), at + 80).toString('utf8') + '\n');
process.exit(1);
