// Runs real lunr.js 2.3.9 for the C# tests, one Node process per batch.
// Usage: node build-lunr.js <repo root> <rea pipeline script> <requests.json> <results.json>
// requests.json is an array; each request has a "mode":
//   "build"     a build spec as in Vectors/*.input.json (+ optional "pipeline": "rea") -> {json}
//   "documents" {documentsJson}: rebuild from a documents.json text as its consumers would -> {json}
//   "search"    {index, queries}: lunr.Index.load + idx.search per query -> {results: [[refs]]}
//   "lowerTable" every code point whose toLowerCase differs -> {table: [[cp, lower]]}
//   "classes"   per code point, 'E' rea edge char, 'C' CJK, '.' neither -> {classes}
//   "log"       {values} -> {results: Math.log of each}
'use strict';
const fs = require('fs');
const path = require('path');

const [repoRoot, pipelineScript, requestsFile, resultsFile] = process.argv.slice(2);
const lunrPath = path.join(repoRoot, 'node_modules', 'lunr');
const lunr = require(lunrPath);
if (lunr.version !== '2.3.9') throw new Error('need lunr 2.3.9, found ' + lunr.version + ' in ' + lunrPath);
globalThis.lunr = lunr;
require(path.resolve(pipelineScript)); // registers rea-* functions, defines lunrConfigure

function build(spec) {
  return lunr(function () {
    if (spec.pipeline === 'rea') lunrConfigure(this);
    this.ref(spec.ref || 'id');
    for (const fld of spec.fields) {
      if (typeof fld === 'string') this.field(fld);
      else this.field(fld.name, fld.boost === undefined ? undefined : { boost: fld.boost });
    }
    if (spec.metadataWhitelist) this.metadataWhitelist = spec.metadataWhitelist.slice();
    if (spec.b !== undefined) this.b(spec.b);
    if (spec.k1 !== undefined) this.k1(spec.k1);
    for (const d of spec.documents) this.add(d.doc, d.attributes);
  });
}

// Exactly the recipe documented in SearchDocumentSet.cs.
function buildFromDocuments(set) {
  return lunr(function () {
    if (set.configure) lunrConfigure(this);
    this.ref(set.ref);
    set.fields.forEach(f => this.field(f.name, { boost: f.boost }));
    set.documents.forEach(d => this.add(d.doc, d.attributes));
  });
}

function handle(req) {
  switch (req.mode || 'build') {
    case 'build':
      return { json: JSON.stringify(build(req)) };
    case 'documents':
      return { json: JSON.stringify(buildFromDocuments(JSON.parse(req.documentsJson))) };
    case 'search': {
      const idx = lunr.Index.load(JSON.parse(req.index));
      return { results: req.queries.map(q => idx.search(q).map(r => r.ref)) };
    }
    case 'lowerTable': {
      const table = [];
      for (let cp = 0; cp <= 0x10FFFF; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;
        const s = String.fromCodePoint(cp), l = s.toLowerCase();
        if (l !== s) table.push([cp, l]);
      }
      return { table };
    }
    case 'classes': {
      const out = new Array(0x110000);
      for (let cp = 0; cp <= 0x10FFFF; cp++) {
        out[cp] = lunr.rea.isEdgeCodePoint(cp) ? 'E' : lunr.rea.isCjkCodePoint(cp) ? 'C' : '.';
      }
      return { classes: out.join('') };
    }
    case 'log':
      return { results: req.values.map(v => Math.log(v)) };
    default:
      throw new Error('unknown mode ' + req.mode);
  }
}

const requests = JSON.parse(fs.readFileSync(requestsFile, 'utf8'));
const results = requests.map((req, i) => {
  try {
    return handle(req);
  } catch (e) {
    return { error: 'request ' + i + ': ' + (e && e.stack || e) };
  }
});
fs.writeFileSync(resultsFile, JSON.stringify(results));
