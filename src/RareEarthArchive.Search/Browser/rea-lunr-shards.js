/*
 * RareEarthArchive sharded lunr.js 2.3.9 index (served as search/shards.js). Load after lunr.js and
 * search/pipeline.js. Works in the browser and under Node alike (the tests run it in both).
 *
 * The index is cut into term ranges (LunrShardSet.cs). A shard holds its terms' postings and, for every field
 * vector, the elements of those terms. lunr scores a document by the dot product of the query vector with the
 * field vector over the query's own terms, so an index made of the shards that hold a query's terms gives the
 * full index's results and scores exactly; merging every shard gives the full index's bytes.
 *
 * Manifest (the "index" part of search/manifest.json):
 *   {"version":"2.3.9","fields":[…],"pipeline":[…],"refs":[[prefix,first,count]…],
 *    "folder":"search/index/","bounds":[firstTerm…],"files":"hash hash…","terms":file}
 * refs: the documents in index order (DocumentRefRuns.cs); bounds[i] is the first term of shard i, whose file is
 * folder + files[12i, 12i+12) + ".json". A shard is {"t":[[term,termIndex,field…]…]}, a field 0 (no document) or
 * [scores, gaps, indexes?, runs?] (CompactPostings.cs): runs of consecutive document positions sharing a score.
 *
 * Provides lunr.rea.ShardedIndex(manifest, load) where load(file) returns a Promise of the parsed JSON:
 *   .plan(q)    what q needs: {shards:[i…], terms:bool, refs:bool}; throws lunr.QueryParseError like idx.search
 *   .search(q)  Promise of {results, plan, index}: loads what the plan needs, then lunr's own idx.search(q)
 * and lunr.rea.mergeShards(manifest, shardsById, all) → the serialized index (for lunr.Index.load); with all, every
 * document's every field vector, in lunr's own order (what Index#toJSON writes).
 */
(function (root) {
  'use strict';

  var lunr = root.lunr;
  if (!lunr || !lunr.rea) {
    throw new Error('rea-lunr-shards.js: load lunr.js and search/pipeline.js first');
  }

  var HASH_LENGTH = 12; // ContentHashedFile.HashLength

  // The shard whose range holds term (the last shard whose first term is not after it).
  function shardOf(bounds, term) {
    var lo = 0, hi = bounds.length - 1, found = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (bounds[mid] <= term) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found;
  }

  // Shards that may hold a term starting with prefix. Terms with a prefix are contiguous in sorted order, and a
  // string after the prefix that does not start with it sorts after all of them.
  function shardsWithPrefix(bounds, prefix) {
    var out = [];
    for (var i = shardOf(bounds, prefix); i < bounds.length; i++) {
      if (bounds[i] > prefix && bounds[i].lastIndexOf(prefix, 0) !== 0) break;
      out.push(i);
    }
    return out;
  }

  function shardFile(manifest, id) {
    return manifest.folder + manifest.files.slice(id * HASH_LENGTH, (id + 1) * HASH_LENGTH) + '.json';
  }

  // Every document ref, in the index's order, from the manifest's runs (made once per manifest).
  var refsOf = new WeakMap();
  function documentRefs(manifest) {
    var out = refsOf.get(manifest);
    if (out) return out;
    out = [];
    refsOf.set(manifest, out);
    manifest.refs.forEach(function (run) {
      for (var i = 0; i < run[2]; i++) out.push(run[1] < 0 ? run[0] : run[0] + (run[1] + i));
    });
    return out;
  }

  // A shard expanded into lunr's structures: terms [[term, posting]…], and the vector elements of its terms as
  // parallel arrays (vector number = document position × fields + field, term index, score).
  function expandShard(manifest, refs, shard) {
    var fields = manifest.fields, width = fields.length;
    var out = { terms: [], vector: [], termIndex: [], score: [] };
    shard.t.forEach(function (entry) {
      var posting = Object.create(null);
      posting._index = entry[1];
      for (var f = 0; f < width; f++) {
        var docs = Object.create(null), enc = entry[2 + f];
        posting[fields[f]] = docs;
        if (!enc) continue;
        var scores = enc[0], gaps = enc[1], indexes = enc[2] || null, runs = enc[3] || null, at = 0;
        for (var r = 0; r < gaps.length; r++) {
          at += gaps[r];
          var score = scores[indexes ? indexes[r] : 0] / 1000, n = runs ? runs[r] : 1;
          for (var j = 0; j < n; j++, at++) {
            docs[refs[at]] = Object.create(null);
            out.vector.push(at * width + f);
            out.termIndex.push(entry[1]);
            out.score.push(score);
          }
        }
      }
      out.terms.push([entry[0], posting]);
    });
    return out;
  }

  // The serialized lunr index of the expanded shards (ids ascending = terms ascending). With all, every
  // document's every field vector is present in the index's own order, as lunr.Index#toJSON writes them.
  function mergeShards(manifest, shardsById, all) {
    var refs = documentRefs(manifest), fields = manifest.fields, width = fields.length;
    var ids = Object.keys(shardsById).map(Number).sort(function (a, b) { return a - b; });
    var invertedIndex = [];
    var elements = new Map(); // vector number → [termIndex, score, …]
    ids.forEach(function (id) {
      var shard = shardsById[id];
      if (!shard.terms) shard = shardsById[id] = expandShard(manifest, refs, shard);
      for (var t = 0; t < shard.terms.length; t++) invertedIndex.push(shard.terms[t]);
      for (var e = 0; e < shard.vector.length; e++) {
        var list = elements.get(shard.vector[e]);
        if (list) list.push(shard.termIndex[e], shard.score[e]); else elements.set(shard.vector[e], [shard.termIndex[e], shard.score[e]]);
      }
    });
    function vectorOf(v) {
      var list = elements.get(v);
      if (!list) return [];
      if (list.length === 2) return list;
      var pairs = [];
      for (var i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
      pairs.sort(function (a, b) { return a[0] - b[0]; });
      var out = new Array(list.length);
      for (var k = 0; k < pairs.length; k++) { out[2 * k] = pairs[k][0]; out[2 * k + 1] = pairs[k][1]; }
      return out;
    }
    var fieldVectors = [];
    if (all) {
      for (var d = 0; d < refs.length; d++) {
        for (var f = 0; f < width; f++) fieldVectors.push([fields[f] + '/' + refs[d], vectorOf(d * width + f)]);
      }
    } else {
      elements.forEach(function (list, v) {
        fieldVectors.push([fields[v % width] + '/' + refs[Math.floor(v / width)], vectorOf(v)]);
      });
    }
    return {
      version: manifest.version,
      fields: fields,
      fieldVectors: fieldVectors,
      invertedIndex: invertedIndex,
      pipeline: manifest.pipeline
    };
  }

  function ShardedIndex(manifest, load) {
    this.manifest = manifest;
    this.load = load;
    this.pipeline = lunr.Pipeline.load(manifest.pipeline);
    this.shards = {};      // id → parsed shard (expanded by the first merge)
    this.all = false;      // every document's vectors: a query of only negated terms lists every document
    this.terms = null;     // lunr.TokenSet of every term, for leading wildcards and edit distances
    this.index = null;
    this.dirty = true;
    this.pending = {};     // file → Promise, so concurrent queries share downloads
  }

  // The clauses of q as lunr parses them, each with the terms lunr will look up (after the search pipeline).
  ShardedIndex.prototype.clauses = function (q) {
    var query = new lunr.Query(this.manifest.fields);
    new lunr.QueryParser(q, query).parse();
    var pipeline = this.pipeline;
    return {
      negated: query.isNegated(),
      clauses: query.clauses.map(function (clause) {
        return {
          clause: clause,
          terms: clause.usePipeline ? pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term]
        };
      })
    };
  };

  // A term needs the whole term list when no prefix bounds it: a leading wildcard or an edit distance.
  // (lunr.Query.wildcard is a String object: compare with its value.)
  var WILDCARD = String(lunr.Query.wildcard);
  function isOpen(clause, term) {
    return clause.editDistance > 0 || term.charAt(0) === WILDCARD;
  }

  ShardedIndex.prototype.plan = function (q) {
    var shards = this.manifest.bounds, wanted = {}, needTerms = false, self = this;
    var parsed = this.clauses(q);
    parsed.clauses.forEach(function (c) {
      c.terms.forEach(function (term) {
        if (isOpen(c.clause, term)) {
          needTerms = true;
          if (self.terms) self.expand(c.clause, term).forEach(function (t) { wanted[shardOf(shards, t)] = true; });
          return;
        }
        var star = term.indexOf(WILDCARD);
        if (star < 0) wanted[shardOf(shards, term)] = true;
        else shardsWithPrefix(shards, term.slice(0, star)).forEach(function (i) { wanted[i] = true; });
      });
    });
    return {
      shards: Object.keys(wanted).map(Number).sort(function (a, b) { return a - b; }),
      terms: needTerms,
      refs: parsed.negated
    };
  };

  // The index terms a clause's term matches, as lunr's own intersection finds them.
  ShardedIndex.prototype.expand = function (clause, term) {
    var probe = { term: term };
    if ('editDistance' in clause) probe.editDistance = clause.editDistance;
    return this.terms.intersect(lunr.TokenSet.fromClause(probe)).toArray();
  };

  ShardedIndex.prototype.fetch = function (file) {
    var self = this;
    if (!this.pending[file]) {
      this.pending[file] = Promise.resolve(this.load(file)).catch(function (e) { delete self.pending[file]; throw e; });
    }
    return this.pending[file];
  };

  ShardedIndex.prototype.ensure = function (plan) {
    var self = this, m = this.manifest, work = [];
    plan.shards.forEach(function (id) {
      if (self.shards[id]) return;
      work.push(self.fetch(shardFile(m, id)).then(function (shard) { self.shards[id] = shard; self.dirty = true; }));
    });
    if (plan.refs && !this.all) {
      this.all = true;
      this.dirty = true;
    }
    return Promise.all(work);
  };

  ShardedIndex.prototype.current = function () {
    if (this.dirty || !this.index) {
      this.index = lunr.Index.load(mergeShards(this.manifest, this.shards, this.all));
      this.dirty = false;
    }
    return this.index;
  };

  // Loads what q needs and searches it with lunr. The plan says what was needed (plan.terms: the whole term list
  // was read to expand a leading wildcard or an edit distance).
  ShardedIndex.prototype.search = function (q) {
    var self = this, plan;
    try {
      plan = this.plan(q);
    } catch (e) {
      return Promise.reject(e);
    }
    var ready = Promise.resolve();
    if (plan.terms && !this.terms) {
      ready = this.fetch(this.manifest.terms).then(function (terms) {
        if (!self.terms) self.terms = lunr.TokenSet.fromArray(terms);
        plan = self.plan(q);
      });
    }
    return ready.then(function () { return self.ensure(plan); }).then(function () {
      var index = self.current();
      return { results: index.search(q), plan: plan, index: index };
    });
  };

  ShardedIndex.prototype.loadedShardCount = function () { return Object.keys(this.shards).length; };

  lunr.rea.ShardedIndex = ShardedIndex;
  lunr.rea.mergeShards = mergeShards;
  lunr.rea.shardOf = shardOf;
  lunr.rea.shardFile = shardFile;
  lunr.rea.documentRefs = documentRefs;
})(typeof globalThis !== 'undefined' ? globalThis : window);
