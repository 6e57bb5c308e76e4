// Herald's site script. Every page works without it; it only adds copy buttons and live search.
(function () {
  "use strict";

  function addCopyButtons() {
    if (!navigator.clipboard) return;
    document.querySelectorAll("code.copyable").forEach(function (code) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy";
      button.textContent = "Copy";
      button.setAttribute("aria-label", "Copy " + code.textContent);
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(code.textContent).then(function () {
          button.textContent = "Copied";
          setTimeout(function () { button.textContent = "Copy"; }, 1500);
        }, function () {
          button.textContent = "Select to copy";
        });
      });
      code.insertAdjacentElement("afterend", button);
    });
  }

  function snippet(text, terms) {
    var lower = text.toLowerCase();
    var at = lower.indexOf(terms[0]);
    if (at < 0) return "";
    var start = Math.max(0, at - 60);
    return (start > 0 ? "…" : "") + text.slice(start, at + 100) + (at + 100 < text.length ? "…" : "");
  }

  function search(results, index, query) {
    var terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    var status = document.getElementById("search-status");
    if (!terms.length) return;
    var found = index.filter(function (entry) {
      var haystack = (entry.t + " " + entry.c + " " + entry.x).toLowerCase();
      return terms.every(function (term) { return haystack.indexOf(term) >= 0; });
    });
    while (results.firstChild) results.removeChild(results.firstChild);
    var root = results.getAttribute("data-root") || "";
    found.slice(0, 200).forEach(function (entry) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + entry.p;
      link.textContent = entry.t;
      item.appendChild(link);
      if (entry.d) {
        var time = document.createElement("time");
        time.dateTime = entry.d;
        time.textContent = entry.d;
        item.appendChild(time);
      }
      var text = snippet(entry.x, terms);
      if (text) {
        var span = document.createElement("span");
        span.className = "snippet";
        span.textContent = text;
        item.appendChild(span);
      }
      results.appendChild(item);
    });
    if (status) {
      var count = found.length === 1 ? "1 result" : found.length + " results";
      status.textContent = count + " for \u201c" + query + "\u201d" + (found.length > 200 ? ", the first 200 shown." : ".");
    }
  }

  function setUpSearch() {
    var results = document.getElementById("search-results");
    var index = window.heraldSearchIndex;
    if (!results || !Array.isArray(index)) return;
    var input = document.getElementById("search-query");
    var query = new URLSearchParams(window.location.search).get("q") || "";
    if (input) {
      input.value = query;
      input.addEventListener("input", function () {
        search(results, index, input.value);
        var url = new URL(window.location.href);
        url.searchParams.set("q", input.value);
        try { window.history.replaceState(null, "", url); } catch (error) { /* file:// may refuse; the results still show */ }
      });
    }
    search(results, index, query);
  }

  // On the index, the component links filter the list in place; without the script they open each component's page.
  function setUpComponentFilter() {
    var links = document.querySelectorAll(".component-filter a[data-filter]");
    var rows = document.querySelectorAll(".release-list .release-row");
    if (!links.length || !rows.length) return;
    function show(component) {
      rows.forEach(function (row) { row.hidden = component !== "" && row.getAttribute("data-component") !== component; });
      links.forEach(function (link) {
        if (link.getAttribute("data-filter") === component) link.setAttribute("aria-current", "page");
        else link.removeAttribute("aria-current");
      });
    }
    links.forEach(function (link) {
      link.addEventListener("click", function (event) {
        var component = link.getAttribute("data-filter");
        event.preventDefault();
        show(component);
        try { window.history.replaceState(null, "", component ? "#component=" + encodeURIComponent(component) : "#"); } catch (error) { /* file:// may refuse */ }
      });
    });
    var match = /^#component=(.+)$/.exec(window.location.hash);
    if (match) show(decodeURIComponent(match[1]));
  }

  addCopyButtons();
  setUpSearch();
  setUpComponentFilter();
})();
