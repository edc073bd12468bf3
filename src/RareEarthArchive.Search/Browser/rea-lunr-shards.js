/*
 * RareEarthArchive sharded lunr.js 2.3.9 index (served as search/shards.js). Load after lunr.js and
 * search/pipeline.js. Works in the browser and under Node alike (the tests run it in both).
 *
 * The index is cut into term ranges (LunrShardSet.cs). A shard holds its terms' postings and, for every field
 * vector, the elements of those terms. lunr scores a document by the dot product of the query vector with the
 * field vector over the query's own terms, so an index made of the shards that hold a query's terms gives the
 * full index's results and scores exactly; merging every shard (with the refs, for the vectors' order) gives the
 * full index's bytes.
 *
 * Manifest (the "index" part of search/manifest.json):
 *   {"version":"2.3.9","fields":[…],"pipeline":[…],"shards":[[firstTerm,lastTerm,file]…],"terms":file,"refs":file}
 *
 * Provides lunr.rea.ShardedIndex(manifest, load) where load(file) returns a Promise of the parsed JSON:
 *   .plan(q)    what q needs: {shards:[i…], terms:bool, refs:bool}; throws lunr.QueryParseError like idx.search
 *   .search(q)  Promise of {results, plan, index}: loads what the plan needs, then lunr's own idx.search(q)
 * and lunr.rea.mergeShards(manifest, shardsById, refs) → the serialized index (for lunr.Index.load).
 */
(function (root) {
  'use strict';

  var lunr = root.lunr;
  if (!lunr || !lunr.rea) {
    throw new Error('rea-lunr-shards.js: load lunr.js and search/pipeline.js first');
  }

  // The shard whose range holds term (the last shard whose first term is not after it).
  function shardOf(shards, term) {
    var lo = 0, hi = shards.length - 1, found = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (shards[mid][0] <= term) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found;
  }

  // Shards that may hold a term starting with prefix. Terms with a prefix are contiguous in sorted order, and a
  // string after the prefix that does not start with it sorts after all of them.
  function shardsWithPrefix(shards, prefix) {
    var out = [];
    for (var i = shardOf(shards, prefix); i < shards.length; i++) {
      var first = shards[i][0], last = shards[i][1];
      if (first > prefix && first.lastIndexOf(prefix, 0) !== 0) break;
      if (last >= prefix) out.push(i);
    }
    return out;
  }

  function mergeSlices(slices) {
    if (slices.length === 1) return slices[0];
    var pairs = [];
    slices.forEach(function (s) { for (var i = 0; i < s.length; i += 2) pairs.push([s[i], s[i + 1]]); });
    pairs.sort(function (a, b) { return a[0] - b[0]; });
    var out = new Array(pairs.length * 2);
    for (var i = 0; i < pairs.length; i++) { out[2 * i] = pairs[i][0]; out[2 * i + 1] = pairs[i][1]; }
    return out;
  }

  // The serialized lunr index of the loaded shards (ids ascending = terms ascending). With refs, every
  // document's every field vector is present in the index's own order, as lunr.Index#toJSON writes them.
  function mergeShards(manifest, shardsById, refs) {
    var ids = Object.keys(shardsById).map(Number).sort(function (a, b) { return a - b; });
    var invertedIndex = [];
    var vectors = new Map();
    ids.forEach(function (id) {
      var shard = shardsById[id];
      for (var t = 0; t < shard.terms.length; t++) invertedIndex.push(shard.terms[t]);
      for (var v = 0; v < shard.vectors.length; v++) {
        var entry = shard.vectors[v], slices = vectors.get(entry[0]);
        if (slices) slices.push(entry[1]); else vectors.set(entry[0], [entry[1]]);
      }
    });
    var fieldVectors = [];
    if (refs) {
      refs.forEach(function (ref) {
        manifest.fields.forEach(function (field) {
          var fieldRef = field + '/' + ref, slices = vectors.get(fieldRef);
          fieldVectors.push([fieldRef, slices ? mergeSlices(slices) : []]);
        });
      });
    } else {
      vectors.forEach(function (slices, fieldRef) { fieldVectors.push([fieldRef, mergeSlices(slices)]); });
    }
    return {
      version: manifest.version,
      fields: manifest.fields,
      fieldVectors: fieldVectors,
      invertedIndex: invertedIndex,
      pipeline: manifest.pipeline
    };
  }

  function ShardedIndex(manifest, load) {
    this.manifest = manifest;
    this.load = load;
    this.pipeline = lunr.Pipeline.load(manifest.pipeline);
    this.shards = {};      // id → parsed shard
    this.refs = null;
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
    var shards = this.manifest.shards, wanted = {}, needTerms = false, self = this;
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
      work.push(self.fetch(m.shards[id][2]).then(function (shard) { self.shards[id] = shard; self.dirty = true; }));
    });
    if (plan.refs && !this.refs) {
      work.push(this.fetch(m.refs).then(function (refs) { self.refs = refs; self.dirty = true; }));
    }
    return Promise.all(work);
  };

  ShardedIndex.prototype.current = function () {
    if (this.dirty || !this.index) {
      this.index = lunr.Index.load(mergeShards(this.manifest, this.shards, this.refs));
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
})(typeof globalThis !== 'undefined' ? globalThis : window);
