/*
 * RareEarthArchive search pipeline for lunr.js 2.3.9 (served as search/pipeline.js).
 *
 * Load after lunr.js and before lunr.Index.load: the index lists these functions by label in its
 * "pipeline", and lunr refuses to load labels nobody registered. The C# builder in
 * RareEarthArchive.Search (Rea/*.cs) implements the same functions; both sides must stay in step,
 * which the differential tests check byte for byte.
 *
 * Provides:
 *   lunr "rea-trimmer"     strip punctuation/symbols at token edges in Unicode terms, drop empty tokens
 *   lunr "rea-cjk-bigram"  split CJK runs into overlapping bigrams (a single character stays a unigram)
 *   lunr "rea-cjk-index"   the same, plus each character of a longer run as a unigram (indexing only)
 *   lunrConfigure(builder) set builder.pipeline and builder.searchPipeline to ours
 *   lunr.rea               the same functions and character tests, for tests and debugging
 */
(function (root) {
  'use strict';

  var lunr = root.lunr;
  if (!lunr || !lunr.Pipeline) {
    throw new Error('rea-lunr-pipeline.js: lunr.js must be loaded first (no global lunr found)');
  }

  // Edge characters: general categories P*, S*, Z*, Cc, Cf, Cs (lone surrogates), Co. Letters, marks,
  // numbers and unassigned code points are kept (see EdgeCharacters.cs for why unassigned ones stay).
  var EDGE = /^[\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}\p{Cs}\p{Co}]$/u;

  // Inclusive [first, last] pairs, ascending; must equal CjkCharacters.Ranges in C#.
  var CJK_RANGES = [
    0x1100, 0x11FF, 0x2E80, 0x2FDF, 0x3005, 0x3007, 0x3021, 0x3029, 0x3038, 0x303B,
    0x3041, 0x309F, 0x30A1, 0x30FA, 0x30FC, 0x30FF, 0x3131, 0x318E, 0x31F0, 0x31FF,
    0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xA960, 0xA97F, 0xAC00, 0xD7AF, 0xD7B0, 0xD7FF,
    0xF900, 0xFAFF, 0xFF66, 0xFF9F, 0xFFA0, 0xFFDC, 0x1AFF0, 0x1B16F, 0x20000, 0x3FFFF
  ];

  function isEdgeCodePoint(cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) return true;
    return EDGE.test(String.fromCodePoint(cp));
  }

  function isCjkCodePoint(cp) {
    for (var i = 0; i < CJK_RANGES.length; i += 2) {
      if (cp < CJK_RANGES[i]) return false;
      if (cp <= CJK_RANGES[i + 1]) return true;
    }
    return false;
  }

  function isVariationSelector(cp) {
    return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
  }

  // Code points of s; a lone surrogate is one element (for...of over a string does exactly that).
  function codePoints(s) {
    var out = [];
    for (var ch of s) out.push(ch);
    return out;
  }

  function trimEdges(s) {
    var chars = codePoints(s), start = 0, end = chars.length;
    while (start < end && isEdgeCodePoint(chars[start].codePointAt(0))) start++;
    while (end > start && isEdgeCodePoint(chars[end - 1].codePointAt(0))) end--;
    return chars.slice(start, end).join('');
  }

  // The parts a token splits into, or null when it holds no CJK character.
  // With unigrams (indexing): after a longer run's bigrams, each of its characters, so that a one-character
  // query is an exact term lookup. Must equal CjkBigramSplitter.Split in C#.
  function splitCjk(s, unigrams) {
    var parts = null, run = [], other = '', inRun = false;
    function flushRun() {
      if (run.length === 1) parts.push(run[0]);
      for (var j = 0; j + 1 < run.length; j++) parts.push(run[j] + run[j + 1]);
      if (unigrams && run.length > 1) for (var k = 0; k < run.length; k++) parts.push(run[k]);
      run = [];
    }
    function flushOther() {
      if (other === '') return;
      var trimmed = trimEdges(other);
      if (trimmed !== '') parts.push(trimmed);
      other = '';
    }
    for (var ch of s) {
      var cp = ch.codePointAt(0);
      if (isCjkCodePoint(cp)) {
        if (parts === null) parts = [];
        flushOther();
        run.push(ch);
        inRun = true;
      } else if (inRun && isVariationSelector(cp)) {
        // a glyph variant of the CJK character before it: dropped
      } else {
        if (parts !== null) flushRun();
        inRun = false;
        other += ch;
      }
    }
    if (parts === null) return null;
    flushRun();
    flushOther();
    return parts;
  }

  function reaTrimmer(token) {
    var trimmed = trimEdges(token.toString());
    if (trimmed === '') return undefined; // drop: an empty term matches nothing useful
    return token.update(function () { return trimmed; });
  }

  function cjkSplitter(unigrams) {
    return function (token) {
      var parts = splitCjk(token.toString(), unigrams);
      if (parts === null) return token;
      return parts.map(function (part) {
        return token.clone(function () { return part; });
      });
    };
  }
  var reaCjkBigram = cjkSplitter(false);
  var reaCjkIndex = cjkSplitter(true);

  lunr.Pipeline.registerFunction(reaTrimmer, 'rea-trimmer');
  lunr.Pipeline.registerFunction(reaCjkBigram, 'rea-cjk-bigram');
  lunr.Pipeline.registerFunction(reaCjkIndex, 'rea-cjk-index');

  // The same cut at index and query time, except that the indexed text also gets each CJK character as a
  // unigram: a query of one character then finds it, while a longer query looks up its bigrams only.
  function reaPipeline(cjk) {
    return [reaTrimmer, cjk, lunr.stopWordFilter, lunr.stemmer];
  }

  root.lunrConfigure = function (builder) {
    builder.pipeline.reset();
    builder.searchPipeline.reset();
    builder.pipeline.add.apply(builder.pipeline, reaPipeline(reaCjkIndex));
    builder.searchPipeline.add.apply(builder.searchPipeline, reaPipeline(reaCjkBigram));
  };

  lunr.rea = {
    trimmer: reaTrimmer,
    cjkBigram: reaCjkBigram,
    cjkIndex: reaCjkIndex,
    trimEdges: trimEdges,
    splitCjk: splitCjk,
    isEdgeCodePoint: isEdgeCodePoint,
    isCjkCodePoint: isCjkCodePoint
  };
})(typeof globalThis !== 'undefined' ? globalThis : window);
