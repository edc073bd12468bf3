// The search page (layouts/search.html). Loads lunr.js, search/pipeline.js (our pipeline functions),
// search/shards.js (the shard loader) and search/manifest.json; then, per query, only the index shards that hold
// the query's terms (lunr.rea.ShardedIndex), and per result page only the display files of the results shown (and
// the directory files that name them).
// Contributor text is only ever set with textContent.
// Tests wait for window.reaSearch.ready / <html data-search-ready="true">, and for
// #search-results[data-query] to equal the query whose results are shown.
(function () {
  'use strict';

  var app = document.getElementById('search-app');
  if (!app) return;

  var DEBOUNCE_MS = 150;
  var PER_PAGE = 10; // results per group and result page: display data is fetched a page at a time
  var GROUPS = [
    { type: 'source', label: 'Sources' },
    { type: 'claim', label: 'Claims' },
    { type: 'annotation', label: 'Passages' }
  ];
  var HASH_LENGTH = 12; // ContentHashedFile.HashLength: the hashes in manifest.display.directory.files and in a directory
  // Han, kana and Hangul: the characters our pipeline indexes as bigrams (search/pipeline.js, lunr.rea).
  var CJK = /[\u1100-\u11FF\u2E80-\u2FDF\u3005-\u3007\u3021-\u3029\u3038-\u303B\u3041-\u309F\u30A1-\u30FF\u3131-\u318E\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7FF\uF900-\uFAFF\uFF66-\uFFDC]|[\uD82B\uD82C][\uDC00-\uDFFF]|[\uD840-\uD8BF][\uDC00-\uDFFF]/;

  var base = app.getAttribute('data-base-path') || '/';
  if (base.charAt(base.length - 1) !== '/') base += '/';
  var form = app.querySelector('form');
  var input = document.getElementById('search-q');
  var kindSelect = document.getElementById('search-kind');
  var stanceSelect = document.getElementById('search-stance');
  var typeBoxes = Array.prototype.slice.call(app.querySelectorAll('input[name="type"]'));
  var status = document.getElementById('search-status');
  var resultsEl = document.getElementById('search-results');

  var manifest = null;
  var sharded = null;
  var displayDocs = {};   // ref → entry, filled a display file at a time
  var facets = null;      // loaded when a filter is first chosen
  var timer = null;
  var shownPages = {};    // group type → result pages shown
  var renderSeq = 0;
  var pipelineCache = new Map();

  var api = window.reaSearch = {
    ready: false,
    error: null,
    query: '',
    results: [],
    // Promise of lunr's results for q from the shards (for tests: they equal the full index's).
    search: function (q) { return sharded.search(q).then(function (r) { return r.results; }); }
  };

  function setStatus(text) { status.textContent = text; }

  function fetchJson(path, options) {
    var init = { credentials: 'same-origin' };
    if (options && options.revalidate) init.cache = 'no-cache';
    return fetch(base + path, init).then(function (response) {
      if (!response.ok) throw new Error(path + ': HTTP ' + response.status);
      return response.json();
    });
  }

  // Every file but the manifest is named by its content, so one request per file is enough: callers share a pending
  // or finished fetch, and a failed one is forgotten so that the next caller tries again.
  var fetched = {};
  function fetchOnce(file) {
    if (!fetched[file]) {
      fetched[file] = fetchJson(file).catch(function (e) { delete fetched[file]; throw e; });
    }
    return fetched[file];
  }

  function fillSelect(select, values) {
    values.forEach(function (value) {
      var option = document.createElement('option');
      option.value = value;
      option.textContent = value;
      select.appendChild(option);
    });
  }

  function readParams() {
    var params = new URLSearchParams(window.location.search);
    input.value = params.get('q') || '';
    var types = params.getAll('type');
    if (types.length > 0) typeBoxes.forEach(function (box) { box.checked = types.indexOf(box.value) >= 0; });
    [[kindSelect, 'kind'], [stanceSelect, 'stance']].forEach(function (pair) {
      var value = params.get(pair[1]) || '';
      if (Array.prototype.some.call(pair[0].options, function (o) { return o.value === value; })) pair[0].value = value;
    });
  }

  function writeParams() {
    var params = new URLSearchParams();
    if (input.value) params.set('q', input.value);
    if (typeBoxes.some(function (box) { return !box.checked; })) {
      typeBoxes.forEach(function (box) { if (box.checked) params.append('type', box.value); });
    }
    if (kindSelect.value) params.set('kind', kindSelect.value);
    if (stanceSelect.value) params.set('stance', stanceSelect.value);
    var search = params.toString();
    var url = window.location.pathname + (search ? '?' + search : '') + window.location.hash;
    window.history.replaceState(null, '', url);
  }

  // lunr throws QueryParseError for malformed queries (title: with no term, an unknown field, ^x): a message, not an error.
  function run(q) {
    if (!sharded || !q.trim()) return Promise.resolve({ results: [] });
    return sharded.search(q).catch(function (e) {
      if (e instanceof lunr.QueryParseError) return { results: [], error: e.message };
      throw e;
    });
  }

  // Where a ref's display entry is: display file k = n / display.size of its kind; its hash is entry k % directory.size
  // of directory file k / directory.size (manifest.display.directory.files). The directories are fetched with the
  // display data, only for the result pages that need them, so the manifest carries no display hashes.
  function slice(hashes, i) {
    var at = i * HASH_LENGTH;
    return at + HASH_LENGTH <= hashes.length ? hashes.slice(at, at + HASH_LENGTH) : null;
  }
  function displayNumber(ref) { return Math.floor(parseInt(ref.slice(1), 10) / manifest.display.size); }
  function directoryFile(ref) {
    var dir = manifest.display.directory;
    var hash = slice(dir.files[ref.charAt(0)] || '', Math.floor(displayNumber(ref) / dir.size));
    return hash ? dir.folder + hash + '.json' : null;
  }

  // The display file of a ref, as a path (null for a ref the manifest does not know), once its directory is loaded.
  function displayFile(ref) {
    var dirFile = directoryFile(ref);
    if (!dirFile) return Promise.resolve(null);
    return fetchOnce(dirFile).then(function (dir) {
      var hash = slice(dir.files, displayNumber(ref) % manifest.display.directory.size);
      return hash ? manifest.display.folder + hash + '.json' : null;
    });
  }

  function loadDisplayFile(file) {
    return fetchOnce(file).then(function (docs) {
      Object.keys(docs).forEach(function (ref) { displayDocs[ref] = docs[ref]; });
    });
  }

  // Each display file is fetched as soon as its directory is in (once: fetchOnce shares the pending fetch).
  function loadDisplay(refs) {
    return Promise.all(refs.filter(function (ref) { return !displayDocs[ref]; }).map(function (ref) {
      return displayFile(ref).then(function (file) { return file ? loadDisplayFile(file) : null; });
    }));
  }

  function loadFacets() {
    if (!kindSelect.value && !stanceSelect.value) return Promise.resolve();
    return fetchOnce(manifest.facets).then(function (f) { facets = f; });
  }

  // Quoted phrases: lunr has no phrase query, so "rare earth card" is searched as +rare +earth +card and the results
  // are then kept only where the indexed text has the words together, in that order (docs/search.md).
  var PHRASE_CHECK_LIMIT = 200;
  function phrasesOf(q) {
    var out = [], m, re = /"([^"]*)"/g;
    while ((m = re.exec(q)) !== null) { if (normalize(m[1]).trim()) out.push(normalize(m[1]).trim()); }
    return out;
  }
  function lunrQueryOf(q) {
    return q.replace(/"([^"]*)"/g, function (all, phrase) {
      return phrase.split(/\s+/).filter(Boolean).map(function (w) { return '+' + w; }).join(' ');
    });
  }
  // Lower case, every run of non-letters and non-digits one space: "Rare-earth  card" matches "rare earth card".
  function normalize(text) {
    return ' ' + text.toLowerCase().replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ') + ' ';
  }
  function fullText(entry) {
    return [entry.title, entry.meta, entry.text, entry.body || ''].join(' ');
  }
  function hasPhrases(entry, phrases) {
    var text = normalize(fullText(entry));
    return phrases.every(function (p) { return text.indexOf(' ' + p + ' ') >= 0 || (CJK.test(p) && text.indexOf(p.trim()) >= 0); });
  }

  function loadBodies(refs) {
    return Promise.all(refs.map(function (ref) {
      var entry = displayDocs[ref];
      if (!entry || !entry.bodyFile || entry.body !== undefined) return null;
      return fetchOnce(entry.bodyFile).then(function (b) { entry.body = b.body; });
    }));
  }

  function typeOf(ref) {
    var t = { s: 'source', c: 'claim', a: 'annotation' }[ref.charAt(0)];
    return t || 'source';
  }

  // The index terms a word of displayed text turns into (our search pipeline: trimmer, bigrams, stop words, stemmer).
  function termsOf(word) {
    var key = word.toLowerCase();
    var terms = pipelineCache.get(key);
    if (!terms) {
      terms = sharded.pipeline.runString(key);
      pipelineCache.set(key, terms);
    }
    return terms;
  }

  // Appends text to parent with the words that produced one of the matched terms wrapped in <mark>.
  function appendHighlighted(parent, text, matched) {
    var ranges = [];
    var separator = /[\s\-]+/g;
    var start = 0;
    function word(from, to) {
      if (to <= from) return;
      var w = text.slice(from, to);
      if (CJK.test(w)) {
        matched.forEach(function (term) {
          if (!CJK.test(term)) return;
          for (var at = w.indexOf(term); at >= 0; at = w.indexOf(term, at + 1)) ranges.push([from + at, from + at + term.length]);
        });
        return;
      }
      var terms = termsOf(w);
      if (!terms.some(function (t) { return matched.has(t); })) return;
      var inner = lunr.rea ? lunr.rea.trimEdges(w) : w;
      var offset = Math.max(0, w.indexOf(inner));
      ranges.push([from + offset, from + offset + inner.length]);
    }
    var m;
    while ((m = separator.exec(text)) !== null) {
      word(start, m.index);
      start = m.index + m[0].length;
    }
    word(start, text.length);

    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var at = 0;
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    });
    merged.forEach(function (r) {
      if (r[0] > at) parent.appendChild(document.createTextNode(text.slice(at, r[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(r[0], r[1]);
      parent.appendChild(mark);
      at = r[1];
    });
    if (at < text.length) parent.appendChild(document.createTextNode(text.slice(at)));
  }

  function passesFilters(ref, types) {
    if (!types[typeOf(ref)]) return false;
    if (!kindSelect.value && !stanceSelect.value) return true;
    var combo = facets.combos[facets[ref.charAt(0)][parseInt(ref.slice(1), 10)]];
    if (kindSelect.value && combo[0].indexOf(kindSelect.value) < 0) return false;
    if (stanceSelect.value && combo[1].indexOf(stanceSelect.value) < 0) return false;
    return true;
  }

  // The part of a text around its first match (a phrase, else the first word that gave a matched term), about
  // SNIPPET characters, cut at spaces, with an ellipsis where text was left out.
  var SNIPPET = 260;
  var currentPhrases = [];
  function window_(text, matched, phrases) {
    var at = -1, lower = text.toLowerCase();
    phrases.forEach(function (p) {
      var words = p.trim().split(' '), i = lower.indexOf(words[0]);
      while (i >= 0 && at < 0) {
        if (normalize(lower.slice(i, i + p.length * 2)).indexOf(p) >= 0) at = i;
        i = lower.indexOf(words[0], i + 1);
      }
    });
    if (at < 0) {
      var re = /[^\s]+/g, m;
      while ((m = re.exec(text)) !== null && at < 0) {
        var w = m[0];
        if (CJK.test(w)) {
          matched.forEach(function (t) { var k = w.indexOf(t); if (CJK.test(t) && k >= 0 && at < 0) at = m.index + k; });
        } else if (termsOf(w).some(function (t) { return matched.has(t); })) {
          at = m.index;
        }
      }
    }
    if (at < 0) at = 0;
    var start = Math.max(0, at - 80), end = Math.min(text.length, start + SNIPPET);
    if (start > 0) { var sp = text.indexOf(' ', start); if (sp >= 0 && sp < at) start = sp + 1; }
    if (end < text.length) { var sp2 = text.lastIndexOf(' ', end); if (sp2 > at) end = sp2; }
    return (start > 0 ? '… ' : '') + text.slice(start, end) + (end < text.length ? ' …' : '');
  }

  function resultItem(result, entry) {
    var matched = new Set(Object.keys(result.matchData.metadata));
    var li = document.createElement('li');
    li.className = 'search-result search-result-' + entry.type;
    li.setAttribute('data-ref', result.ref);
    var link = document.createElement('a');
    link.className = 'search-result-title';
    link.href = base + entry.url;
    link.lang = entry.lang;
    appendHighlighted(link, entry.title, matched);
    li.appendChild(link);
    if (entry.meta) {
      var meta = document.createElement('p');
      meta.className = 'search-result-meta';
      if (entry.type === 'annotation' && entry.stances.length === 1) {
        var stance = document.createElement('span');
        stance.className = 'stance-label stance-' + entry.stances[0];
        stance.textContent = entry.stances[0];
        meta.appendChild(stance);
        meta.appendChild(document.createTextNode(' '));
        appendHighlighted(meta, entry.meta.replace(/^[^:]*:\s*/, ''), matched);
      } else {
        if (entry.type === 'source' && entry.kinds.length === 1) {
          var kind = document.createElement('span');
          kind.className = 'badge';
          kind.textContent = entry.kinds[0];
          meta.appendChild(kind);
          meta.appendChild(document.createTextNode(' '));
        }
        appendHighlighted(meta, entry.meta, matched);
      }
      li.appendChild(meta);
    }
    var snippetText = entry.type !== 'annotation' && entry.body ? window_(entry.body, matched, currentPhrases) : entry.text;
    if (snippetText) {
      var snippet = document.createElement(entry.type === 'annotation' ? 'blockquote' : 'p');
      snippet.className = 'search-result-snippet';
      snippet.lang = entry.lang;
      appendHighlighted(snippet, snippetText, matched);
      li.appendChild(snippet);
    }
    return li;
  }

  function render() {
    var q = input.value;
    var seq = ++renderSeq;
    var phrases = phrasesOf(q);
    resultsEl.setAttribute('aria-busy', 'true');
    return run(lunrQueryOf(q)).then(function (outcome) {
      return loadFacets().then(function () { return outcome; });
    }).then(function (outcome) {
      if (phrases.length === 0 || outcome.error) return outcome;
      // Check the best candidates' text for the phrases (display data and texts of at most PHRASE_CHECK_LIMIT).
      var candidates = outcome.results.slice(0, PHRASE_CHECK_LIMIT);
      var refs = candidates.map(function (r) { return r.ref; });
      return loadDisplay(refs).then(function () { return loadBodies(refs); }).then(function () {
        outcome.candidates = outcome.results.length;
        outcome.checked = candidates.length;
        outcome.phrases = phrases;
        outcome.results = candidates.filter(function (r) { return displayDocs[r.ref] && hasPhrases(displayDocs[r.ref], phrases); });
        return outcome;
      });
    }).then(function (outcome) {
      if (seq !== renderSeq) return null;
      var types = {};
      typeBoxes.forEach(function (box) { types[box.value] = box.checked; });
      var groups = {};
      GROUPS.forEach(function (g) { groups[g.type] = []; });
      outcome.results.forEach(function (result) {
        if (passesFilters(result.ref, types)) groups[typeOf(result.ref)].push(result);
      });
      var needed = [];
      GROUPS.forEach(function (g) {
        groups[g.type].slice(0, (shownPages[g.type] || 1) * PER_PAGE).forEach(function (r) { needed.push(r.ref); });
      });
      return loadDisplay(needed).then(function () { return loadBodies(needed); })
        .then(function () { return { outcome: outcome, groups: groups }; });
    }).then(function (state) {
      if (!state || seq !== renderSeq) return;
      draw(q, state.outcome, state.groups);
    }).catch(function (e) {
      if (seq !== renderSeq) return;
      api.error = String(e && e.message || e);
      setStatus('This search could not load its data (' + api.error + '). Try again, or browse the sources and claims.');
      resultsEl.setAttribute('data-query', q);
    });
  }

  function draw(q, outcome, groups) {
    var shown = [];
    currentPhrases = outcome.phrases || [];
    resultsEl.textContent = '';
    GROUPS.forEach(function (g) {
      var items = groups[g.type];
      if (items.length === 0) return;
      var section = document.createElement('section');
      section.className = 'search-group search-group-' + g.type;
      var heading = document.createElement('h2');
      heading.id = 'search-group-' + g.type;
      heading.textContent = g.label + ' (' + items.length + ')';
      section.setAttribute('aria-labelledby', heading.id);
      section.appendChild(heading);
      var list = document.createElement('ol');
      list.className = 'search-result-list';
      var limit = (shownPages[g.type] || 1) * PER_PAGE;
      items.slice(0, limit).forEach(function (result) {
        var entry = displayDocs[result.ref];
        if (!entry) return;
        list.appendChild(resultItem(result, entry));
        shown.push({ ref: result.ref, type: entry.type, url: base + entry.url, score: result.score });
      });
      section.appendChild(list);
      if (items.length > limit) {
        var more = document.createElement('button');
        more.type = 'button';
        more.className = 'search-more';
        var next = Math.min(PER_PAGE, items.length - limit);
        more.textContent = 'Show ' + next + ' more ' + g.label.toLowerCase() + ' (' + (items.length - limit) + ' not shown)';
        more.addEventListener('click', function () {
          shownPages[g.type] = (shownPages[g.type] || 1) + 1;
          render().then(function () {
            var link = resultsEl.querySelectorAll('#search-group-' + g.type + ' ~ ol a.search-result-title')[limit];
            if (link) link.focus();
          });
        });
        section.appendChild(more);
      }
      resultsEl.appendChild(section);
    });

    var total = 0;
    GROUPS.forEach(function (g) { total += groups[g.type].length; });
    var plan = outcome.plan;
    var note = '';
    if (outcome.phrases) {
      note += ' Quoted words are matched as a phrase: of the ' + outcome.candidates + ' results with all the words' +
        (outcome.checked < outcome.candidates ? ', the best ' + outcome.checked + ' were checked, and' : '') +
        ' these have them together, in that order.';
    }
    if (plan && plan.terms) note += ' A leading * or a ~ can match any word, so this search read the list of all words first.';
    else if (plan && plan.refs) note += ' A query of only excluded words lists every document, so this search read the list of all documents.';
    if (outcome.error) {
      setStatus('This query cannot be read: ' + outcome.error + '. See “How to write a query” below the filters.');
    } else if (!q.trim()) {
      setStatus('Type a word, a name or a phrase in any language of the archive.');
    } else if (total === 0) {
      setStatus((outcome.results.length > 0
        ? 'No results for “' + q + '” with these filters (' + outcome.results.length + ' without them).'
        : 'No results for “' + q + '”.') + note);
    } else {
      setStatus(total + (total === 1 ? ' result' : ' results') + ' for “' + q + '”.' + note);
    }
    api.query = q;
    api.results = shown;
    api.total = total;
    api.plan = plan || null;
    api.error = outcome.error || null;
    resultsEl.removeAttribute('aria-busy');
    resultsEl.setAttribute('data-query', q);
    resultsEl.setAttribute('data-count', String(total));
  }

  function update() {
    clearTimeout(timer);
    timer = null;
    shownPages = {};
    writeParams();
    render();
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(update, DEBOUNCE_MS);
  }

  // Arrow keys move between the box and the result links; Tab works as usual.
  function resultLinks() { return Array.prototype.slice.call(resultsEl.querySelectorAll('a.search-result-title')); }
  app.addEventListener('keydown', function (event) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    var links = resultLinks();
    var at = links.indexOf(document.activeElement);
    if (document.activeElement === input && event.key === 'ArrowDown' && links.length > 0) {
      links[0].focus();
    } else if (at >= 0) {
      if (event.key === 'ArrowDown' && at + 1 < links.length) links[at + 1].focus();
      else if (event.key === 'ArrowUp') (at > 0 ? links[at - 1] : input).focus();
      else return;
    } else {
      return;
    }
    event.preventDefault();
  });

  if (typeof window.lunr === 'undefined' || !window.lunr.rea || !window.lunr.rea.ShardedIndex) {
    setStatus('Search could not start: lunr.js, search/pipeline.js or search/shards.js did not load.');
    api.error = 'scripts missing';
    return;
  }

  setStatus('Loading the search index…');
  // The manifest is the one file with a fixed name: revalidated, so it never points at files of an older build.
  fetchJson('search/manifest.json', { revalidate: true }).then(function (m) {
    manifest = m;
    sharded = new lunr.rea.ShardedIndex(m.index, function (file) { return fetchJson(file); });
    fillSelect(kindSelect, m.kinds || []);
    fillSelect(stanceSelect, m.stances || []);
    readParams();
    form.addEventListener('submit', function (event) { event.preventDefault(); update(); });
    input.addEventListener('input', schedule);
    typeBoxes.forEach(function (box) { box.addEventListener('change', update); });
    kindSelect.addEventListener('change', update);
    stanceSelect.addEventListener('change', update);
    window.addEventListener('popstate', function () { readParams(); render(); });
    render();
    api.ready = true;
    document.documentElement.setAttribute('data-search-ready', 'true');
  }).catch(function (e) {
    api.error = String(e && e.message || e);
    setStatus('The search index could not be loaded (' + api.error + '). Browse the sources and claims instead.');
    document.documentElement.setAttribute('data-search-ready', 'error');
  });
})();
