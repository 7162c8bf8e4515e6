// SpecSdk handbook: sortable tables and client-side search. No external requests.
(function () {
  "use strict";

  function sortTable(button) {
    var th = button.closest("th");
    var table = th.closest("table");
    var index = Array.prototype.indexOf.call(th.parentNode.children, th);
    var numeric = button.getAttribute("data-sort") === "number";
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(th.parentNode.children, function (cell) { cell.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[index], y = b.cells[index];
      var p = x.getAttribute("data-value") || x.textContent.trim();
      var q = y.getAttribute("data-value") || y.textContent.trim();
      var order = numeric ? (parseFloat(p) || 0) - (parseFloat(q) || 0) : p.localeCompare(q);
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("table.sortable th button");
    if (button) { sortTable(button); }
  });

  function search() {
    var app = document.getElementById("search-app");
    if (!app || typeof MiniSearch === "undefined") { return; }
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    var box = document.getElementById("site-search");
    var root = app.getAttribute("data-root");
    // The index is a script the page loads (deferred, before this one), so search works from disk too.
    var documents = window.specsdkSearchIndex;
    if (!documents) {
      status.textContent = "The search index could not be loaded. Reload the page to try again; the jurisdiction pages list every class.";
      return;
    }

    var index = new MiniSearch({
      idField: "Id",
      fields: ["Title", "Code", "Text"],
      storeFields: ["Title", "Code", "Jurisdiction", "Url"],
      searchOptions: { boost: { Title: 3, Code: 3 }, prefix: true, fuzzy: 0.15 }
    });
    index.addAll(documents);
    function run() {
      var query = box.value.trim();
      list.textContent = "";
      if (!query) { status.textContent = "Type in the search box above."; return; }
      var results = index.search(query).slice(0, 50);
      status.textContent = results.length === 0 ? "No job class matches \u201c" + query + "\u201d." : results.length + " job classes match \u201c" + query + "\u201d.";
      results.forEach(function (result) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = root + result.Url;
        link.textContent = result.Title;
        item.appendChild(link);
        var meta = document.createElement("span");
        meta.className = "meta";
        meta.textContent = " " + [result.Code, result.Jurisdiction].filter(Boolean).join(" \u00b7 ");
        item.appendChild(meta);
        list.appendChild(item);
      });
    }
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) { box.value = query; }
    box.addEventListener("input", run);
    run();
  }

  // site.js and MiniSearch are both deferred, so the index is there once the document is parsed.
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", search); } else { search(); }
})();
