// SpecSdk handbook: sortable tables and search. No external requests; works from a site opened from disk.
(function () {
  "use strict";

  // ---- Sortable tables -------------------------------------------------------------------------------------------

  function sortTable(button) {
    const th = button.closest("th");
    const table = th.closest("table");
    const index = Array.prototype.indexOf.call(th.parentNode.children, th);
    const numeric = button.getAttribute("data-sort") === "number";
    const ascending = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(th.parentNode.children, (cell) => cell.removeAttribute("aria-sort"));
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    const body = table.tBodies[0];
    const rows = Array.prototype.slice.call(body.rows);
    rows.sort((a, b) => {
      const x = a.cells[index], y = b.cells[index];
      const p = x.getAttribute("data-value") || x.textContent.trim();
      const q = y.getAttribute("data-value") || y.textContent.trim();
      const order = numeric ? (parseFloat(p) || 0) - (parseFloat(q) || 0) : p.localeCompare(q);
      return ascending ? order : -order;
    });
    rows.forEach((row) => body.appendChild(row));
  }

  document.addEventListener("click", (event) => {
    const button = event.target.closest && event.target.closest("table.sortable th button");
    if (button) { sortTable(button); }
  });

  // ---- The search index ------------------------------------------------------------------------------------------
  // Every file of the index is a script that calls one of these; a page loads the files a query needs by adding
  // script elements, which a page opened from disk may do where it may not fetch.

  const store = { meta: null, chunks: {}, fragments: {}, filters: null };
  window.specsdkSearch = {
    meta: (data) => { store.meta = data; },
    chunk: (id, terms) => { store.chunks[id] = terms; },
    fragment: (id, data) => { store.fragments[id] = data; },
    filters: (data) => { store.filters = data; }
  };

  const loads = {};
  function load(root, path) {
    if (!loads[path]) {
      loads[path] = new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = root + path;
        script.async = true;
        script.onload = () => resolve();
        script.onerror = () => { delete loads[path]; reject(new Error("could not load " + path)); };
        document.head.appendChild(script);
      });
    }
    return loads[path];
  }

  // The same terms as the build makes (SearchIndex.Terms), with the folding table it sends in the meta file: lower
  // case, marks dropped, letters folded ("é" as "e"), runs of letters and decimal digits of at most 40 characters.
  const letter = /[\p{L}\p{Nd}]/u, mark = /\p{M}/u;
  let folds = null;
  function terms(text) {
    if (!folds) {
      folds = new Map();
      for (const entry of store.meta.fold.split(" ")) {
        const key = String.fromCodePoint(entry.codePointAt(0));
        folds.set(key, entry.slice(key.length));
      }
    }
    const result = [];
    let term = "";
    for (const c of Array.from(text + " ").map((ch) => ch.toLowerCase()).join("")) {
      if (mark.test(c)) { continue; }
      if (letter.test(c)) { term += folds.has(c) ? folds.get(c) : c; continue; }
      if (term.length > 0 && term.length <= 40) { result.push(term); }
      term = "";
    }
    return result;
  }

  // ---- Stemming: Snowball's English stemmer (Porter2), as the build's Stemmer.cs --------------------------------------
  // "supervises", "supervised" and "supervising" all become "supervis". A word that is not all a to z, or has one or
  // two letters, stays as it is.

  const stemmer = (function () {
    const exceptions = {
      skis: "ski", skies: "sky", dying: "die", lying: "lie", tying: "tie", idly: "idl", gently: "gentl", ugly: "ugli", early: "earli",
      only: "onli", singly: "singl", sky: "sky", news: "news", howe: "howe", atlas: "atlas", cosmos: "cosmos", bias: "bias", andes: "andes"
    };
    const afterStep1a = new Set(["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"]);
    const step2 = [["tional", "tion"], ["enci", "ence"], ["anci", "ance"], ["abli", "able"], ["entli", "ent"], ["izer", "ize"], ["ization", "ize"],
      ["ational", "ate"], ["ation", "ate"], ["ator", "ate"], ["alism", "al"], ["aliti", "al"], ["alli", "al"], ["fulness", "ful"],
      ["ousli", "ous"], ["ousness", "ous"], ["iveness", "ive"], ["iviti", "ive"], ["biliti", "ble"], ["bli", "ble"], ["ogi", "og"],
      ["fulli", "ful"], ["lessli", "less"], ["li", ""]];
    const step3 = [["tional", "tion"], ["ational", "ate"], ["alize", "al"], ["icate", "ic"], ["iciti", "ic"], ["ical", "ic"], ["ful", ""], ["ness", ""], ["ative", ""]];
    const step4 = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion"];
    const vowel = (c) => "aeiouy".includes(c);
    const longest = (w, suffixes) => suffixes.reduce((found, s) => (w.endsWith(s) && (found === null || s.length > found.length) ? s : found), null);
    const pastVowelAndConsonant = (w, from) => {
      let i = from;
      while (i < w.length && !vowel(w[i])) { i++; }
      while (i < w.length && vowel(w[i])) { i++; }
      return i < w.length ? i + 1 : w.length;
    };
    const hasVowel = (w, end) => { for (let i = 0; i < end; i++) { if (vowel(w[i])) { return true; } } return false; };
    // A short syllable ends the word's first <end> letters: a consonant (not w, x or Y) after a vowel after a consonant,
    // or a consonant after a vowel that starts the word.
    const endsShort = (w, end) => (end >= 3 && !vowel(w[end - 1]) && !"wxY".includes(w[end - 1]) && vowel(w[end - 2]) && !vowel(w[end - 3])) ||
      (end === 2 && vowel(w[0]) && !vowel(w[1]));
    const replace = (w, rules, p1, allowed) => {
      let rule = null;
      for (const r of rules) { if (w.endsWith(r[0]) && (rule === null || r[0].length > rule[0].length)) { rule = r; } }
      if (rule === null) { return w; }
      const at = w.length - rule[0].length;
      return at >= p1 && allowed(w, at, rule[0]) ? w.slice(0, at) + rule[1] : w;
    };

    return function stem(word) {
      if (word.length < 3 || !/^[a-z]+$/.test(word)) { return word; }
      if (Object.prototype.hasOwnProperty.call(exceptions, word)) { return exceptions[word]; }
      let w = "";
      for (let i = 0; i < word.length; i++) { w += word[i] === "y" && (i === 0 || vowel(w[i - 1])) ? "Y" : word[i]; }
      let p1 = ["gener", "commun", "arsen"].filter((p) => w.startsWith(p)).map((p) => p.length)[0];
      if (p1 === undefined) { p1 = pastVowelAndConsonant(w, 0); }
      const p2 = pastVowelAndConsonant(w, p1);

      // 1a: plurals.
      const plural = longest(w, ["sses", "ied", "ies", "s", "us", "ss"]);
      if (plural === "sses") { w = w.slice(0, -2); } else if (plural === "ied" || plural === "ies") { w = w.slice(0, w.length > 4 ? -2 : -1); } else if (plural === "s" && hasVowel(w, w.length - 2)) { w = w.slice(0, -1); }
      if (!afterStep1a.has(w)) {
        // 1b: eed, ed, ing.
        const ending = longest(w, ["eed", "eedly", "ed", "edly", "ing", "ingly"]);
        if (ending !== null) {
          const at = w.length - ending.length;
          if (ending === "eed" || ending === "eedly") {
            if (at >= p1) { w = w.slice(0, at + 2); }
          } else if (hasVowel(w, at)) {
            w = w.slice(0, at);
            if (w.endsWith("at") || w.endsWith("bl") || w.endsWith("iz")) { w += "e"; } else if (w.length >= 2 && w[w.length - 1] === w[w.length - 2] && "bdfgmnprt".includes(w[w.length - 1])) { w = w.slice(0, -1); } else if (w.length === p1 && endsShort(w, w.length)) { w += "e"; }
          }
        }
        // 1c: a final y after a consonant that is not the first letter.
        const last = w.length - 1;
        if (last >= 2 && (w[last] === "y" || w[last] === "Y") && !vowel(w[last - 1])) { w = w.slice(0, last) + "i"; }
        w = replace(w, step2, p1, (x, at, suffix) => suffix === "ogi" ? at > 0 && x[at - 1] === "l" : suffix === "li" ? at > 0 && "cdeghkmnrt".includes(x[at - 1]) : true);
        w = replace(w, step3, p1, (x, at, suffix) => suffix !== "ative" || at >= p2);
        const suffix = longest(w, step4);
        if (suffix !== null) {
          const at = w.length - suffix.length;
          if (at >= p2 && (suffix !== "ion" || (at > 0 && (w[at - 1] === "s" || w[at - 1] === "t")))) { w = w.slice(0, at); }
        }
        // 5: a final e or ll.
        const end = w.length - 1;
        if (end >= 0 && w[end] === "e" && (end >= p2 || (end >= p1 && !endsShort(w, end)))) { w = w.slice(0, end); } else if (end > 0 && w[end] === "l" && end >= p2 && w[end - 1] === "l") { w = w.slice(0, end); }
      }
      return w.replace(/Y/g, "y");
    };
  })();

  // A theme's own search code can stem as the index does.
  window.specsdkSearch.stem = stemmer;

  // The chunks whose terms can match a query term: the one it would be in, and for a term of three characters or
  // more (matched as a prefix too) the chunks after it that start with it, at most four in all.
  function chunksFor(term) {
    const firsts = store.meta.chunks;
    if (firsts.length === 0) { return []; }
    let low = 0, high = firsts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (firsts[middle] <= term) { low = middle; } else { high = middle - 1; }
    }
    const result = [low];
    if (term.length >= 3) {
      for (let i = low + 1; i < firsts.length && result.length < 4 && firsts[i].startsWith(term); i++) { result.push(i); }
    }
    return result;
  }

  // Scores of the classes that have a key: per matching index term, its rarity times the class's weight (title or
  // code 8, plus up to 7 for the text), a prefix match counting 0.6; the best match per class counts.
  function scores(term, typed) {
    const found = new Map();
    const classes = store.meta.classes;
    for (const chunk of chunksOf(term, typed)) {
      const entries = store.chunks[chunk] || {};
      for (const key in entries) {
        if (!fits(key, term) && !(typed && within(key, typed))) { continue; }
        const postings = entries[key];
        const rarity = Math.log(1 + classes / postings.length) * (key === term ? 1 : 0.6);
        let id = 0;
        for (const posting of postings) {
          id += Math.floor(posting / 16);
          const score = rarity * (posting % 16);
          if (!(found.get(id) >= score)) { found.set(id, score); }
        }
      }
    }
    return found;
  }

  // Whether an index key matches a query's key: the same, or from three characters on, its start.
  function fits(key, term) { return key === term || (term.length >= 3 && key.startsWith(term)); }

  // The endings the stemmer takes off words: each that Snowball's English vocabulary shows it taking off three times
  // or more (its sample in tests/Shared/porter2.txt), and every start of one.
  const endingStarts = new Set();
  "abilities ability able ableness ables ably al alism alities ality alized ally alness als ance ances ancy ant anted antly ants ate ated ately ateness ates ating atingly ation ational ations ative atively atives ator ators bed bing d ded ding dings e eable eably eal ed edly eds eer eering eers eful efully efulness eing ely ement ements ence ences encies ency eness ent ented enting ently ents eous eously er ered ering erly ers es fed fing ful fully fulness fuls ged ging ibility ible ibly ic ical ically icate icated icates ication ications iced icity ics ies ing ingly ings ion ional ionally ioned ioning ions ism isms ities ity ive ively iveness ives ization ize ized izer izes izing l lable lant lated lation lations led ler lers ling ls ly lying med ment ments ming ned ness nesses nessing ning nings or ors ous ously ousness ped ping pings red ring s ted ting tings y".split(" ").forEach((ending) => { for (let n = 1; n <= ending.length; n++) { endingStarts.add(ending.slice(0, n)); } });

  // Whether an index key is the stem of a word being typed: "coordinato" is on its way to "coordinator", whose stem
  // "coordin" it starts with, though its own stem does not. The key is a start of the typed word, of three characters
  // or more, that the rest of it could be the start of an ending after ("ato" of "ator"; "production" is not
  // "produc" and "tion").
  function within(key, typed) { return key.length >= 3 && key.length < typed.length && typed.startsWith(key) && endingStarts.has(typed.slice(key.length)); }

  // The chunks a query's key can be in, and for a typed word the chunks its possible stems (its starts, as within
  // allows them) are in.
  function chunksOf(term, typed) {
    const chunks = new Set(chunksFor(term));
    if (typed) {
      for (let n = 3; n < typed.length; n++) {
        if (endingStarts.has(typed.slice(n))) { chunksFor(typed.slice(0, n)).forEach((c) => chunks.add(c)); }
      }
    }
    return Array.from(chunks);
  }

  // What a query asks for, as the index holds it: a list of groups a class must match each of, a group being the ways
  // to match it — the words typed (stemmed, stop words dropped) and, where they are a synonym's words, each meaning.
  function groups(text) {
    const raw = terms(text);
    const keys = raw.map(stemmer);
    const stop = new Set(store.meta.stop);
    const synonyms = store.meta.synonyms || [];
    const result = [];
    // The word being typed, by its key, for the matches a word typed part-way has.
    result.typed = new Map();
    for (let i = 0; i < keys.length;) {
      let synonym = null;
      for (const s of synonyms) {
        if ((!synonym || s.key.length > synonym.key.length) && s.key.length <= keys.length - i && s.key.every((k, j) => keys[i + j] === k)) { synonym = s; }
      }
      const span = synonym ? synonym.key.length : 1;
      const typed = keys.slice(i, i + span).filter((k, j) => !stop.has(raw[i + j]));
      // The word being typed is the last, when nothing follows it: the words before it are whole.
      const last = i + span === keys.length && /[\p{L}\p{Nd}]$/u.test(text);
      if (last && !stop.has(raw[keys.length - 1])) { result.typed.set(keys[keys.length - 1], raw[keys.length - 1]); }
      const ways = typed.length > 0 ? [{ keys: typed }] : [];
      if (synonym) { synonym.means.forEach((m) => ways.push({ keys: m.keys, words: synonym.words, meaning: m.text })); }
      if (ways.length > 0) { result.push(ways); }
      i += span;
    }
    return result;
  }

  // The classes <keep> allows that match every group, best first (when none does, those that match any), with the
  // synonym each matched by where the words typed do not match it.
  async function query(root, text, keep) {
    // The search page has the meta file of its own build among its scripts; another page loads it fresh, and its
    // version then names the chunks and fragments of that build, so no cached file of an earlier one is mixed in.
    if (!store.meta) { await load(root, "search/meta.js?t=" + Date.now()); }
    const asked = groups(text);
    const wanted = Array.from(new Set(asked.flatMap((ways) => ways.flatMap((way) => way.keys))));
    const typed = Array.from(asked.typed.values());
    if (asked.length === 0) { return { terms: wanted, typed: typed, ids: [], synonyms: new Map() }; }
    const chunks = new Set();
    wanted.forEach((t) => chunksOf(t, asked.typed.get(t)).forEach((c) => chunks.add(c)));
    await Promise.all(Array.from(chunks, (c) => load(root, "search/t/" + c + ".js?v=" + store.meta.version)));
    const found = new Map(wanted.map((t) => [t, scores(t, asked.typed.get(t))]));
    const synonyms = new Map();
    const each = asked.map((ways) => {
      const best = new Map();
      ways.forEach((way, w) => {
        const first = found.get(way.keys[0]);
        first.forEach((_, id) => {
          if (!way.keys.every((k) => found.get(k).has(id))) { return; }
          const score = way.keys.reduce((sum, k) => sum + found.get(k).get(id), 0);
          if (!(best.has(id) && best.get(id).score >= score)) { best.set(id, { score: score, way: w }); }
        });
      });
      best.forEach((match, id) => {
        const typed = ways[0].words === undefined && ways[0].keys.every((k) => found.get(k).has(id));
        const way = ways[match.way];
        if (!typed && way.words !== undefined && !synonyms.has(id)) { synonyms.set(id, way); }
      });
      return best;
    });
    const combine = (all) => {
      const total = new Map();
      each.forEach((best) => best.forEach((match, id) => total.set(id, (total.get(id) || 0) + match.score)));
      return Array.from(total.entries()).filter(([id]) => (!keep || keep(id)) && (all ? each.every((best) => best.has(id)) : true));
    };
    let ranked = combine(true);
    if (ranked.length === 0) { ranked = combine(false); }
    ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return { terms: wanted, typed: typed, ids: ranked.map(([id]) => id), synonyms: synonyms };
  }

  // The fragments of some classes, each a promise: they load at once, and a list shows each as it comes, in order.
  function fragments(root, ids) {
    return ids.map((id) => load(root, "search/f/" + id + ".js?v=" + store.meta.version).then(() => store.fragments[id]));
  }

  // A piece of a class's text around the first word a query term starts, the matching words marked.
  function snippet(text, wanted, typed) {
    const words = Array.from(text.matchAll(/[\p{L}\p{M}\p{Nd}]+/gu));
    const matches = (w) => {
      const folded = terms(w[0]).join("");
      const k = stemmer(folded);
      return wanted.some((t) => fits(k, t)) || (typed || []).some((t) => within(k, t) || (t.length >= 3 && folded.startsWith(t)));
    };
    const first = words.findIndex(matches);
    const element = document.createElement("p");
    element.className = "snippet";
    if (first < 0) { element.textContent = text.length > 200 ? text.slice(0, 200).replace(/\s+\S*$/, "") + " \u2026" : text; return element; }
    const from = Math.max(0, first - 8);
    const to = Math.min(words.length, from + 30);
    let at = words[from].index;
    if (from > 0) { element.append("\u2026 "); }
    for (let i = from; i < to; i++) {
      const w = words[i];
      element.append(text.slice(at, w.index));
      if (matches(w)) { const mark = document.createElement("mark"); mark.textContent = w[0]; element.append(mark); } else { element.append(w[0]); }
      at = w.index + w[0].length;
    }
    if (to < words.length) { element.append(" \u2026"); }
    return element;
  }

  // Why a class matched when its title and code do not say: the synonym it was found by, else the first alternate
  // title with a query term they lack, a term matching a word as the index matches it.
  function because(f, result, id) {
    const synonym = result.synonyms.get(id);
    if (synonym) {
      const element = document.createElement("p");
      element.className = "because";
      element.append("Synonym: \u201c" + synonym.words + "\u201d \u2192 " + synonym.meaning);
      return element;
    }
    const wanted = result.terms;
    const has = (text, t) => Array.from(text.matchAll(/[\p{L}\p{M}\p{Nd}]+/gu)).some((w) => fits(stemmer(terms(w[0]).join("")), t));
    const missing = wanted.filter((t) => !has(f.title, t) && !has(f.code, t) && !fits(terms(f.code).join(""), t));
    const title = (f.aka || []).find((aka) => missing.some((t) => has(aka, t)));
    if (!title) { return null; }
    const element = snippet(title, wanted, result.typed);
    element.className = "because";
    element.prepend("Alternate title: ");
    return element;
  }

  // A result's code and jurisdiction, after its title.
  function metaOf(f) {
    const meta = document.createElement("span");
    meta.className = "meta";
    meta.textContent = " " + [f.code, f.jurisdiction].filter(Boolean).join(" \u00b7 ");
    return meta;
  }

  function plural(count, one, many) { return count.toLocaleString("en-US") + " " + (count === 1 ? one : many); }

  // Arrow keys move between a list's links; from the box, the down arrow enters the list.
  function arrowKeys(box, list) {
    box.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown") { const first = list.querySelector("a"); if (first) { event.preventDefault(); first.focus(); } }
    });
    list.addEventListener("keydown", (event) => {
      const links = Array.from(list.querySelectorAll("a"));
      const at = links.indexOf(document.activeElement);
      if (at < 0) { return; }
      if (event.key === "ArrowDown" && at < links.length - 1) { event.preventDefault(); links[at + 1].focus(); }
      if (event.key === "ArrowUp") { event.preventDefault(); (at === 0 ? box : links[at - 1]).focus(); }
      if (event.key === "Escape") { event.preventDefault(); box.focus(); }
    });
  }

  function failed(status) {
    status.textContent = "The search index could not be loaded. Reload the page to try again; the jurisdiction pages list every class.";
  }

  // ---- The search page -------------------------------------------------------------------------------------------

  function searchPage(app) {
    const root = app.getAttribute("data-root");
    const status = document.getElementById("search-status");
    const list = document.getElementById("search-results");
    const more = document.getElementById("search-more");
    const box = document.getElementById("site-search");
    const panel = document.getElementById("search-filters");
    const selects = { jurisdiction: "filter-jurisdiction", group: "filter-group", series: "filter-series" };
    const params = new URLSearchParams(window.location.search);
    const pageSize = 20;
    let run = 0, shown = [], last = null, ranked = [];

    function chosen() {
      const result = {};
      Object.keys(selects).forEach((name) => { const value = document.getElementById(selects[name]).value; if (value !== "") { result[name] = Number(value); } });
      return result;
    }

    // Loaded once, however many ask at the same time (the panel opening, an address with a filter).
    let filtersLoaded = null;
    function filters() {
      filtersLoaded = filtersLoaded || fillFilters().catch((error) => { filtersLoaded = null; throw error; });
      return filtersLoaded;
    }

    async function fillFilters() {
      await load(root, "search/filters.js?v=" + (store.meta ? store.meta.version : Date.now()));
      const lists = { jurisdiction: store.filters.jurisdictions, group: store.filters.groups, series: store.filters.series };
      Object.keys(selects).forEach((name) => {
        const select = document.getElementById(selects[name]);
        lists[name].forEach((label, i) => { const option = document.createElement("option"); option.value = String(i); option.textContent = label; select.append(option); });
        if (params.has(name)) { select.value = params.get(name); }
        select.disabled = lists[name].length === 0;
      });
    }

    // Whether the filters chosen allow a class; null when none is chosen.
    function keeper() {
      const filter = chosen();
      const names = Object.keys(filter);
      if (names.length === 0) { return null; }
      const of = store.filters.of;
      const column = { jurisdiction: 0, group: 1, series: 2 };
      return (id) => names.every((name) => of[id * 3 + column[name]] === filter[name]);
    }

    async function show(count, mine) {
      const ids = ranked.slice(shown.length, shown.length + count);
      shown = shown.concat(ids);
      more.hidden = true;
      list.setAttribute("aria-busy", "true");
      const loadings = fragments(root, ids);
      for (let i = 0; i < ids.length; i++) {
        const f = await loadings[i];
        if (mine !== run) { return; }
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = root + f.url;
        link.textContent = f.title;
        item.append(link);
        item.append(metaOf(f));
        const why = because(f, last, ids[i]);
        if (why) { item.append(why); }
        item.append(snippet(f.text, last.terms, last.typed));
        list.append(item);
      }
      more.hidden = shown.length >= ranked.length;
      list.setAttribute("aria-busy", "false");
    }

    async function update() {
      const mine = ++run;
      const text = box.value.trim();
      list.textContent = "";
      shown = [];
      more.hidden = true;
      // Busy until this query's results are all in the list, which fills one result at a time.
      list.setAttribute("aria-busy", text ? "true" : "false");
      if (!text) { status.textContent = "Type in the search box above."; return; }
      try {
        if (Object.keys(chosen()).length > 0) { await filters(); }
        const result = await query(root, box.value, keeper());
        if (mine !== run) { return; }
        last = result;
        ranked = result.ids;
        status.textContent = ranked.length === 0 ? "No job class matches \u201c" + text + "\u201d." : plural(ranked.length, "job class matches", "job classes match") + " \u201c" + text + "\u201d.";
        await show(pageSize, mine);
      } catch (error) {
        if (mine === run) { failed(status); list.setAttribute("aria-busy", "false"); }
      }
    }

    if (params.get("q")) { box.value = params.get("q"); }
    box.addEventListener("input", update);
    more.addEventListener("click", () => show(pageSize, run).catch(() => failed(status)));
    Object.keys(selects).forEach((name) => document.getElementById(selects[name]).addEventListener("change", update));
    panel.addEventListener("toggle", () => { if (panel.open) { filters().catch(() => failed(status)); } });
    arrowKeys(box, list);
    if (["jurisdiction", "group", "series"].some((name) => params.has(name))) {
      panel.open = true;
      filters().then(update, () => failed(status));
    } else {
      update();
    }
  }

  // ---- The compare page: two classes side by side, the words that differ marked ---------------------------------
  // Each class's data is a script (compare/KEY.js, KEY its page's path without .html) that hands it to
  // specsdkCompare.data, so the page works from disk too; it loads the two classes it shows and no other.

  const compared = {};
  window.specsdkCompare = { data: (key, data) => { compared[key] = data; } };
  // A theme's own code can mark words as the page does.
  window.specsdkCompare.diff = (a, b) => wordDiff(a, b);

  // A key names a page of the site: letters, digits, '-', '_', '.' and '/', never '..' or a leading '/'.
  function validKey(key) { return typeof key === "string" && /^[\p{L}\p{N}_\-.\/]+$/u.test(key) && !key.startsWith("/") && !key.split("/").includes(".."); }

  // Words of <a> and <b>, each marked as in the other or not: the fewest words to drop and add to make one the other
  // (Myers's O(ND) difference, after their common start and end), so two long sections that differ in a few words
  // have only those marked. Texts that differ in more than 2,000 words have their middles marked whole.
  function wordDiff(a, b) {
    const x = a.match(/\S+/g) || [], y = b.match(/\S+/g) || [];
    let start = 0;
    while (start < x.length && start < y.length && x[start] === y[start]) { start++; }
    let endX = x.length, endY = y.length;
    while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) { endX--; endY--; }
    const n = endX - start, m = endY - start;
    const keepX = new Array(x.length).fill(true), keepY = new Array(y.length).fill(true);
    if (!align(x.slice(start, endX), y.slice(start, endY), 2000, (i) => { keepX[start + i] = false; }, (j) => { keepY[start + j] = false; })) {
      for (let i = 0; i < n; i++) { keepX[start + i] = false; }
      for (let j = 0; j < m; j++) { keepY[start + j] = false; }
    }
    return { a: x.map((w, i) => [w, keepX[i]]), b: y.map((w, j) => [w, keepY[j]]) };
  }

  // The shortest edit from <xs> to <ys>, each word dropped from xs and added from ys told to <dropped> and <added>;
  // false, telling nothing, when it takes more than <limit> edits. Each round d keeps the furthest point of every
  // diagonal -d..d, and the way back reads them from the last round to the first.
  function align(xs, ys, limit, dropped, added) {
    const n = xs.length, m = ys.length;
    const rounds = [];
    let v = new Int32Array(3);
    for (let d = 0; d <= Math.min(limit, n + m); d++) {
      const next = new Int32Array(2 * d + 3);
      for (let k = -d; k <= d; k += 2) {
        // v holds round d-1's diagonals -(d-1)..d-1 at k + d (one to the left of their own place in next).
        const down = k === -d || (k !== d && v[k - 1 + d] < v[k + 1 + d]);
        let i = down ? v[k + 1 + d] : v[k - 1 + d] + 1;
        let j = i - k;
        while (i < n && j < m && xs[i] === ys[j]) { i++; j++; }
        next[k + d + 1] = i;
        if (i >= n && j >= m) {
          rounds.push(next);
          back(rounds, n, m, dropped, added);
          return true;
        }
      }
      rounds.push(next);
      v = next;
    }
    return false;
  }

  function back(rounds, n, m, dropped, added) {
    let i = n, j = m;
    for (let d = rounds.length - 1; d > 0; d--) {
      const v = rounds[d - 1];
      const k = i - j;
      const down = k === -d || (k !== d && v[k - 1 + d] < v[k + 1 + d]);
      const prevK = down ? k + 1 : k - 1;
      const prevI = v[prevK + d];
      const prevJ = prevI - prevK;
      while (i > prevI && j > prevJ) { i--; j--; }
      if (down) { added(prevJ); } else { dropped(prevI); }
      i = prevI;
      j = prevJ;
    }
  }

  // A cell's text with the words the other class lacks in one <del> (the first class) or <ins> (the second) a run.
  function marked(cell, words, tag) {
    let run = null;
    words.forEach(([word, same], i) => {
      const space = i > 0 ? " " : "";
      if (same) { run = null; cell.append(space + word); return; }
      if (!run) { if (space) { cell.append(space); } run = document.createElement(tag); cell.append(run); run.textContent = word; } else { run.textContent += " " + word; }
    });
  }

  function comparePage(app) {
    const root = app.getAttribute("data-root");
    const version = app.getAttribute("data-version");
    const status = document.getElementById("compare-status");
    const pick = document.getElementById("compare-pick");
    const result = document.getElementById("compare-result");
    const params = new URLSearchParams(window.location.search);
    const a = params.get("a"), b = params.get("b");
    const address = (first, second) => root + "compare.html?a=" + encodeURIComponent(first) + (second ? "&b=" + encodeURIComponent(second) : "");

    async function data(key) {
      if (!validKey(key)) { throw new Error("not a class"); }
      await load(root, "compare/" + key + ".js?v=" + version);
      if (!compared[key]) { throw new Error("not a class"); }
      return compared[key];
    }

    function link(text, href) { const element = document.createElement("a"); element.href = href; element.textContent = text; return element; }

    // The picker: the first class's other levels, then any class search finds; each a link to the page that compares.
    function choose(first, levels) {
      pick.hidden = false;
      document.getElementById("compare-heading").textContent = first ? "Compare " + first.title + " with\u2026" : "Choose the first class";
      const list = document.getElementById("compare-levels");
      (levels || []).forEach(([key, title]) => { const item = document.createElement("li"); item.append(link(title, address(a, key))); list.append(item); });
      document.getElementById("compare-levels-block").hidden = list.children.length === 0;
      const box = document.getElementById("compare-search");
      const choices = document.getElementById("compare-choices");
      let run = 0;
      box.addEventListener("input", async () => {
        const mine = ++run;
        const text = box.value.trim();
        choices.textContent = "";
        if (!text) { return; }
        try {
          const found = await query(root, box.value);
          const shown = await Promise.all(fragments(root, found.ids.slice(0, 10)));
          if (mine !== run) { return; }
          shown.forEach((f) => {
            const key = f.url.replace(/\.html$/, "");
            if (first && key === a) { return; }
            const item = document.createElement("li");
            item.append(link(f.title, first ? address(a, key) : address(key)));
            item.append(metaOf(f));
            choices.append(item);
          });
          if (choices.children.length === 0) { const item = document.createElement("li"); item.textContent = "No other job class matches."; choices.append(item); }
        } catch (error) {
          if (mine === run) { choices.textContent = ""; failed(status); }
        }
      });
      arrowKeys(box, choices);
    }

    function heading(row, one) {
      const th = document.createElement("th");
      th.scope = "col";
      th.append(link(one.title, root + one.url));
      const meta = document.createElement("span");
      meta.className = "meta";
      meta.textContent = [one.code, one.jurisdiction].filter(Boolean).join(" \u00b7 ");
      th.append(document.createElement("br"), meta);
      row.append(th);
    }

    // Rows of pairs (facts, salaries) or sections, by label or id, the first class's order first.
    function rows(first, second, by) {
      const keys = [];
      first.concat(second).forEach((item) => { if (!keys.includes(by(item))) { keys.push(by(item)); } });
      return keys.map((key) => [first.find((item) => by(item) === key), second.find((item) => by(item) === key)]);
    }

    function show(one, two) {
      const table = document.createElement("table");
      table.className = "compare-classes";
      const caption = document.createElement("caption");
      caption.textContent = one.title + " and " + two.title;
      const head = document.createElement("thead");
      const top = document.createElement("tr");
      const corner = document.createElement("td");
      top.append(corner);
      heading(top, one);
      heading(top, two);
      head.append(top);
      const body = document.createElement("tbody");
      let differ = 0, sections = 0;
      const row = (label, x, y, section) => {
        const tr = document.createElement("tr");
        if (section) { tr.className = "section"; }
        const th = document.createElement("th");
        th.scope = "row";
        th.textContent = label;
        tr.append(th);
        const marks = wordDiff(x === null ? "" : x, y === null ? "" : y);
        [[x, marks.a, "del", one], [y, marks.b, "ins", two]].forEach(([text, words, tag, of]) => {
          const td = document.createElement("td");
          td.setAttribute("data-class", of.title);
          if (text === null) { td.className = "none"; td.textContent = "Not in this class"; } else { marked(td, words, tag); }
          tr.append(td);
        });
        if (x !== y) { tr.classList.add("differs"); if (section) { differ++; } }
        if (section) { sections++; }
        body.append(tr);
      };
      rows(one.facts, two.facts, (f) => f[0]).forEach(([x, y]) => row((x || y)[0], x ? x[1] : null, y ? y[1] : null, false));
      rows(one.salaries, two.salaries, (f) => f[0]).forEach(([x, y]) => row("Salary, " + (x || y)[0].toLowerCase(), x ? x[1] : null, y ? y[1] : null, false));
      rows(one.factors, two.factors, (f) => f[0]).forEach(([x, y]) => row((x || y)[0], x ? x[1] : null, y ? y[1] : null, false));
      rows(one.sections, two.sections, (s) => s[0]).forEach(([x, y]) => row((x || y)[1], x ? x[2] : null, y ? y[2] : null, true));
      table.append(caption, head, body);
      const wrap = document.createElement("div");
      wrap.className = "table-wrap";
      wrap.append(table);
      const legend = document.createElement("p");
      legend.className = "compare-legend";
      const del = document.createElement("del"), ins = document.createElement("ins");
      del.textContent = "struck through";
      ins.textContent = "underlined";
      legend.append("Words one class has and the other lacks are marked: ", del, " in " + one.title + ", ", ins, " in " + two.title + ".");
      const actions = document.createElement("p");
      actions.className = "compare-actions";
      actions.append(link("Swap the two", address(b, a)), " \u00b7 ", link("Compare " + one.title + " with another", address(a)));
      result.append(legend, wrap, actions);
      status.textContent = sections === 0 ? "Neither class has sections." : plural(differ, "section differs", "sections differ") + " of " + sections + ".";
      document.title = one.title + " and " + two.title + " compared \u2014 " + document.title;
    }

    (async () => {
      try {
        if (!a) { status.textContent = "Find the first class to compare."; choose(null, []); return; }
        const one = await data(a);
        if (!b) { status.textContent = "Choose the class to compare " + one.title + " with."; choose(one, one.levels); return; }
        const two = await data(b);
        show(one, two);
      } catch (error) {
        status.textContent = "The handbook has no class at this address: " + (b && compared[a] ? b : a) + ". Find the classes below.";
        choose(a && compared[a] ? compared[a] : null, a && compared[a] ? compared[a].levels : []);
      }
    })();
  }

  // ---- The header's search box on every other page: results as you type -----------------------------------------

  function headerSearch(form) {
    const root = form.getAttribute("data-root");
    const box = form.querySelector("input[type=search]");
    const list = document.createElement("ul");
    list.id = "site-search-suggestions";
    list.className = "suggestions";
    list.hidden = true;
    list.setAttribute("aria-label", "Matching job classes");
    const announce = document.createElement("p");
    announce.className = "visually-hidden";
    announce.setAttribute("role", "status");
    form.append(list, announce);
    box.setAttribute("aria-controls", list.id);
    let run = 0;

    function close() { list.hidden = true; announce.textContent = ""; list.setAttribute("aria-busy", "false"); }

    box.addEventListener("input", async () => {
      const mine = ++run;
      const text = box.value.trim();
      // Busy until the suggestions are those of what the box holds now, not of what was typed before.
      list.setAttribute("aria-busy", "true");
      if (!text) { close(); return; }
      try {
        const result = await query(root, box.value);
        const found = await Promise.all(fragments(root, result.ids.slice(0, 8)));
        if (mine !== run) { return; }
        list.textContent = "";
        found.forEach((f, i) => {
          const item = document.createElement("li");
          const link = document.createElement("a");
          link.href = root + f.url;
          link.textContent = f.title;
          link.append(metaOf(f));
          const why = because(f, result, result.ids[i]);
          if (why) { link.append(why); }
          item.append(link);
          list.append(item);
        });
        const all = document.createElement("li");
        const link = document.createElement("a");
        link.href = form.getAttribute("action") + "?q=" + encodeURIComponent(text);
        link.textContent = result.ids.length === 0 ? "No job class matches; search the text" : "All " + plural(result.ids.length, "result", "results");
        all.append(link);
        list.append(all);
        list.hidden = false;
        list.setAttribute("aria-busy", "false");
        announce.textContent = result.ids.length === 0 ? "No job class matches." : plural(Math.min(8, result.ids.length), "suggestion", "suggestions") + "; press the down arrow to go through them.";
      } catch (error) {
        if (mine === run) { close(); }
      }
    });
    arrowKeys(box, list);
    list.addEventListener("keydown", (event) => { if (event.key === "Escape") { close(); } });
    box.addEventListener("keydown", (event) => { if (event.key === "Escape") { close(); } });
    document.addEventListener("click", (event) => { if (!form.contains(event.target)) { close(); } });
  }

  function start() {
    const app = document.getElementById("search-app");
    const form = document.querySelector("form.search-form[data-root]");
    const compare = document.getElementById("compare-app");
    if (app) { searchPage(app); } else if (form) { headerSearch(form); }
    if (compare) { comparePage(compare); }
  }

  // This script runs first of the page's deferred scripts (the search page's meta file comes after it), and starts
  // once they all have; a theme that loads it otherwise (async, or added later) still gets it started, once.
  let started = false;
  function begin() { if (!started) { started = true; start(); } }
  if (document.readyState === "complete") { begin(); } else { document.addEventListener("DOMContentLoaded", begin); window.addEventListener("load", begin); }
})();
