#!/usr/bin/env node
// Rebuilds a built site's search index with lunr.js from search/documents.json, the way anyone can check it:
//
//   node scripts/rebuild-search-index.js _site            writes the rebuilt index to stdout
//   node scripts/rebuild-search-index.js _site --check    exit 0 when it equals search/lunr-index.json byte for byte
//   node scripts/rebuild-search-index.js _site --search 稀土 [--search refining ...]
//                                                         runs queries on the *published* index, prints JSON
//
// lunr comes from the repo's node_modules (npm ci; package.json pins 2.3.9) unless LUNR_PATH names lunr.js.
// documents.json format: {"ref", "fields": [{"name", "boost"}], "documents": [{"doc", "attributes"}],
// "pipelineScript"?, "configure"?}; pipelineScript is relative to the site root and defines lunrConfigure.
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
const queries = [];
for (let i = 1; i < args.length; i++) {
  if (args[i] === '--check') check = true;
  else if (args[i] === '--search' && i + 1 < args.length) queries.push(args[++i]);
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

if (queries.length > 0) {
  const idx = lunr.Index.load(JSON.parse(fs.readFileSync(path.join(site, 'search', 'lunr-index.json'), 'utf8')));
  const out = {};
  for (const q of queries) out[q] = idx.search(q).map(r => ({ ref: r.ref, score: r.score, terms: Object.keys(r.matchData.metadata) }));
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
}

const idx = lunr(function () {
  if (d.configure) globalThis.lunrConfigure(this);
  this.ref(d.ref);
  d.fields.forEach(f => this.field(f.name, { boost: f.boost }));
  d.documents.forEach(x => this.add(x.doc, x.attributes));
});
const rebuilt = Buffer.from(JSON.stringify(idx), 'utf8');

if (!check) {
  process.stdout.write(rebuilt);
  process.exit(0);
}
const published = fs.readFileSync(path.join(site, 'search', 'lunr-index.json'));
if (Buffer.compare(rebuilt, published) === 0) {
  process.stdout.write('identical: ' + published.length + ' bytes, ' + d.documents.length + ' documents\n');
  process.exit(0);
}
let at = 0;
while (at < rebuilt.length && at < published.length && rebuilt[at] === published[at]) at++;
process.stdout.write('DIFFERENT at byte ' + at + ' (rebuilt ' + rebuilt.length + ' bytes, published ' + published.length + ')\n' +
  '  published: ' + published.subarray(Math.max(0, at - 80), at + 80).toString('utf8') + '\n' +
  '  rebuilt:   ' + rebuilt.subarray(Math.max(0, at - 80), at + 80).toString('utf8') + '\n');
process.exit(1);
