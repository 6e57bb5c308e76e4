// Herald's site script. Every page works without it; it only adds copy buttons, filters, comparisons and live search.
(function () {
  "use strict";

  function copyButton(label, text) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = "Copy";
    button.setAttribute("aria-label", label);
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(text()).then(function () {
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = "Copy"; }, 1500);
      }, function () {
        button.textContent = "Select to copy";
      });
    });
    return button;
  }

  function addCopyButtons() {
    if (!navigator.clipboard) return;
    document.querySelectorAll("code.copyable").forEach(function (code) {
      code.insertAdjacentElement("afterend", copyButton("Copy " + code.textContent, function () { return code.textContent; }));
    });
    document.querySelectorAll("article.doc pre > code").forEach(function (code) {
      var pre = code.parentElement;
      pre.classList.add("has-copy");
      pre.insertAdjacentElement("beforebegin", copyButton("Copy the code below", function () { return code.textContent; }));
    });
  }

  function setQuery(values) {
    try {
      var url = new URL(window.location.href);
      Object.keys(values).forEach(function (key) {
        if (values[key]) url.searchParams.set(key, values[key]); else url.searchParams.delete(key);
      });
      url.hash = "";
      window.history.replaceState(null, "", url);
    } catch (error) { /* file:// may refuse; the page still shows the result */ }
  }

  // Filters on release lists and long release pages; the choice lives in the URL, so a filtered view can be shared.
  function setUpFacets() {
    var form = document.querySelector("form.facets");
    if (!form) return;
    var changes = form.getAttribute("data-facets") === "changes";
    var items = document.querySelectorAll(changes ? ".notes li[data-kind]" : ".release-list .release-row");
    var status = document.querySelector(".facet-status");
    var field = function (name) { return form.elements.namedItem(name); };
    function state() {
      return {
        kind: field("kind") ? field("kind").value : "",
        component: field("component") ? field("component").value : "",
        breaking: field("breaking") && field("breaking").checked ? "1" : "",
        pre: field("pre") && field("pre").checked ? "0" : ""
      };
    }
    function apply() {
      var wanted = state();
      var shown = 0;
      items.forEach(function (item) {
        var kinds = (item.getAttribute(changes ? "data-kind" : "data-kinds") || "").split(" ");
        var visible = (!wanted.kind || kinds.indexOf(wanted.kind) >= 0)
          && (!wanted.breaking || item.getAttribute("data-breaking") === "true")
          && (!wanted.component || item.getAttribute("data-component") === wanted.component)
          && (!wanted.pre || !item.classList.contains("prerelease"));
        item.hidden = !visible;
        if (visible) shown += 1;
      });
      if (changes) {
        document.querySelectorAll(".notes .change-group").forEach(function (group) {
          group.hidden = !group.querySelector("li[data-kind]:not([hidden])");
        });
      }
      document.querySelectorAll(".component-filter a[data-filter]").forEach(function (link) {
        if (link.getAttribute("data-filter") === wanted.component) link.setAttribute("aria-current", "page");
        else link.removeAttribute("aria-current");
      });
      var filtered = wanted.kind || wanted.component || wanted.breaking || wanted.pre;
      if (status) status.textContent = filtered ? "Showing " + shown + " of " + items.length + (changes ? " changes." : " releases.") : "";
      return wanted;
    }
    var params = new URLSearchParams(window.location.search);
    var hash = /^#component=(.+)$/.exec(window.location.hash);
    if (field("kind") && params.get("kind")) field("kind").value = params.get("kind");
    if (field("component")) field("component").value = params.get("component") || (hash ? decodeURIComponent(hash[1]) : "");
    if (field("breaking")) field("breaking").checked = params.get("breaking") === "1";
    if (field("pre")) field("pre").checked = params.get("pre") === "0";
    apply();
    form.addEventListener("change", function () { setQuery(apply()); });
    form.addEventListener("submit", function (event) { event.preventDefault(); setQuery(apply()); });
    // On the index, the component links filter the list in place; without the script they open each component's page.
    document.querySelectorAll(".component-filter a[data-filter]").forEach(function (link) {
      link.addEventListener("click", function (event) {
        if (!field("component")) return;
        event.preventDefault();
        field("component").value = link.getAttribute("data-filter");
        setQuery(apply());
      });
    });
  }

  function highlighted(text, terms) {
    var lower = text.toLowerCase();
    var at = -1;
    terms.forEach(function (term) { var found = lower.indexOf(term); if (found >= 0 && (at < 0 || found < at)) at = found; });
    var span = document.createElement("span");
    span.className = "snippet";
    if (at < 0) return null;
    // Cut on spaces, so the snippet starts and ends with whole words.
    var start = at > 60 ? text.indexOf(" ", at - 60) + 1 : 0;
    if (start > at) start = at;
    var end = Math.min(text.length, at + 160);
    if (end < text.length) { var space = text.lastIndexOf(" ", end); if (space > at) end = space; }
    var piece = text.slice(start, end);
    var pieceLower = piece.toLowerCase();
    if (start > 0) span.appendChild(document.createTextNode("…"));
    var position = 0;
    while (position < piece.length) {
      var next = -1, length = 0;
      terms.forEach(function (term) {
        var found = pieceLower.indexOf(term, position);
        if (found >= 0 && (next < 0 || found < next)) { next = found; length = term.length; }
      });
      if (next < 0) { span.appendChild(document.createTextNode(piece.slice(position))); break; }
      if (next > position) span.appendChild(document.createTextNode(piece.slice(position, next)));
      var mark = document.createElement("mark");
      mark.textContent = piece.slice(next, next + length);
      span.appendChild(mark);
      position = next + length;
    }
    if (end < text.length) span.appendChild(document.createTextNode("…"));
    return span;
  }

  function showResults(results, entries, query, loading) {
    var terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    var status = document.getElementById("search-status");
    if (!terms.length) return;
    var found = entries.filter(function (entry) {
      var haystack = (entry.t + " " + entry.c + " " + entry.k + " #" + entry.n + " " + entry.x).toLowerCase();
      return terms.every(function (term) { return haystack.indexOf(term) >= 0; });
    });
    while (results.firstChild) results.removeChild(results.firstChild);
    var root = results.getAttribute("data-root") || "";
    found.slice(0, 200).forEach(function (entry) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + entry.p;
      link.textContent = entry.t + (entry.n ? " · #" + entry.n : "");
      item.appendChild(link);
      if (entry.d) {
        var time = document.createElement("time");
        time.dateTime = entry.d;
        time.textContent = entry.d;
        item.appendChild(time);
      }
      var text = highlighted(entry.x, terms);
      if (text) item.appendChild(text);
      results.appendChild(item);
    });
    if (status) {
      var count = found.length === 1 ? "1 result" : found.length + " results";
      status.textContent = count + " for \u201c" + query + "\u201d" + (found.length > 200 ? ", the first 200 shown." : ".")
        + (loading ? " Still loading the index…" : "");
    }
  }

  // The index comes in parts (search/part-N.js), each added as a script because file:// refuses fetch; results
  // update as each part arrives.
  function setUpSearch() {
    var results = document.getElementById("search-results");
    var manifest = window.heraldSearchIndex;
    if (!results || !manifest || !Array.isArray(manifest.parts)) return;
    var input = document.getElementById("search-query");
    var query = new URLSearchParams(window.location.search).get("q") || "";
    var parts = [];
    var arrived = 0;
    function entries() { return [].concat.apply([], parts.filter(Boolean)); }
    function refresh() { showResults(results, entries(), input ? input.value : query, arrived < manifest.parts.length); }
    window.heraldSearchPart = function (number, list) {
      if (!Array.isArray(list) || parts[number]) return;
      parts[number] = list;
      arrived += 1;
      refresh();
    };
    if (input) {
      input.value = query;
      input.addEventListener("input", function () { refresh(); setQuery({ q: input.value }); });
    }
    var root = results.getAttribute("data-root") || "";
    manifest.parts.forEach(function (part) {
      var script = document.createElement("script");
      script.src = root + part;
      document.body.appendChild(script);
    });
  }

  function chain(byTag, release) {
    var list = [release], seen = {};
    seen[release.t] = true;
    while (release.b && !seen[release.b] && byTag[release.b]) {
      seen[release.b] = true;
      release = byTag[release.b];
      list.push(release);
    }
    return list;
  }

  // The same rule as the pre-rendered comparison pages (ReleaseComparison): the newer release's base chain minus
  // the older one's, without what the older chain shipped, each change once, grouped for reading.
  function compare(index, older, newer) {
    var byTag = {};
    index.releases.forEach(function (release) { if (!byTag[release.t]) byTag[release.t] = release; });
    var changes = function (release) { return release.e.map(function (place) { return index.changes[place]; }).filter(Boolean); };
    var olderChain = chain(byTag, older), newerChain = chain(byTag, newer);
    var olderTags = {}, shippedVersions = {}, shippedKeys = {}, seen = {};
    olderChain.forEach(function (release) { olderTags[release.t] = true; shippedVersions[release.v] = true; });
    var newerTags = {};
    newerChain.forEach(function (release) { newerTags[release.t] = true; });
    olderChain.filter(function (release) { return !newerTags[release.t]; }).forEach(function (release) {
      changes(release).forEach(function (entry) { entry[1].forEach(function (key) { shippedKeys[key] = true; }); });
    });
    var kept = [], left = [];
    newerChain.filter(function (release) { return !olderTags[release.t]; }).reverse().forEach(function (release) {
      changes(release).forEach(function (entry) {
        var shipped = entry[1].some(function (key) { return shippedKeys[key]; })
          || entry[2].some(function (version) { return shippedVersions[version]; });
        if (shipped) { left.push({ entry: entry, release: release }); return; }
        if (entry[1].some(function (key) { return seen[key]; })) return;
        entry[1].forEach(function (key) { seen[key] = true; });
        kept.push({ entry: entry, release: release, order: kept.length });
      });
    });
    kept.sort(function (a, b) { return a.entry[0] - b.entry[0] || a.order - b.order; });
    return { kept: kept, left: left };
  }

  function comparisonList(items, root) {
    var list = document.createElement("ul");
    list.className = "compare-entries";
    items.forEach(function (item) {
      var line = document.createElement("li");
      line.appendChild(document.createTextNode(item.entry[3] + " "));
      var link = document.createElement("a");
      link.className = "arrived";
      link.href = root + item.release.p + (item.release.n ? "" : "#" + item.entry[4]);
      link.textContent = item.release.v;
      line.appendChild(link);
      list.appendChild(line);
    });
    return list;
  }

  function setUpCompareForm() {
    var form = document.querySelector("form.compare-form");
    var output = document.getElementById("compare-result");
    var index = window.heraldCompareIndex;
    if (!form || !output || !index || !Array.isArray(index.releases) || !Array.isArray(index.changes)) return;
    var root = form.getAttribute("data-root") || "";
    var titles = ["Breaking changes and action required", "Features", "Bug fixes", "Other changes", "Dependency updates"];
    function find(version) { return index.releases.filter(function (release) { return release.v === version; })[0]; }
    function show() {
      var from = find(form.elements.namedItem("from").value), to = find(form.elements.namedItem("to").value);
      while (output.firstChild) output.removeChild(output.firstChild);
      if (!from || !to) return;
      var heading = document.createElement("h2");
      heading.textContent = from.v + " \u2192 " + to.v;
      output.appendChild(heading);
      var result = compare(index, from, to);
      var summary = document.createElement("p");
      summary.textContent = result.kept.length + (result.kept.length === 1 ? " change" : " changes") + " arrive between " + from.v + " and " + to.v + ".";
      output.appendChild(summary);
      titles.forEach(function (title, group) {
        var items = result.kept.filter(function (item) { return item.entry[0] === group; });
        if (!items.length) return;
        var groupHeading = document.createElement("h3");
        groupHeading.textContent = title;
        output.appendChild(groupHeading);
        output.appendChild(comparisonList(items, root));
      });
      if (result.left.length) {
        var leftHeading = document.createElement("h3");
        leftHeading.textContent = "Already in " + from.v;
        output.appendChild(leftHeading);
        output.appendChild(comparisonList(result.left, root));
      }
    }
    var params = new URLSearchParams(window.location.search);
    if (find(params.get("from") || "")) form.elements.namedItem("from").value = params.get("from");
    if (find(params.get("to") || "")) form.elements.namedItem("to").value = params.get("to");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      show();
      setQuery({ from: form.elements.namedItem("from").value, to: form.elements.namedItem("to").value });
    });
    if (params.get("from") && params.get("to")) show();
  }

  addCopyButtons();
  setUpFacets();
  setUpSearch();
  setUpCompareForm();
})();
