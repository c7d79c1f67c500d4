// The search page (recherche/index.html): reads its form, asks the Pagefind index and lists the results.
// The form's fields are the query string (?q=…&fonction=…), so that a search can be linked. The index
// loads only over HTTP: opened from disk, the page shows its notice instead of the form. The filters fold
// under one control (details), open on wide screens, folded on phones, which says how many are chosen.
(function () {
  "use strict";
  var box = document.getElementById("recherche");
  if (!box) return;
  var form = box.querySelector("form");
  var status = document.getElementById("recherche-etat");
  var list = document.getElementById("recherche-resultats");
  var more = document.getElementById("recherche-plus");
  var diskNotice = document.getElementById("recherche-disque");
  var folding = document.getElementById("recherche-filtres");
  var active = document.getElementById("recherche-filtres-actifs");
  if (location.protocol === "file:") {
    if (diskNotice) diskNotice.hidden = false;
    return;
  }
  form.hidden = false;
  if (folding && window.matchMedia) folding.open = !window.matchMedia("(max-width: 40rem)").matches;
  var pageSize = 20;
  var pagefind = null;
  var results = [];
  var shown = 0;
  var generation = 0;

  function plural(count, one, many) {
    return count + " " + (count > 1 ? many : one);
  }

  // The fields from the query string; a value that no option has is ignored (« tous »).
  function readQuery() {
    var params = new URLSearchParams(location.search);
    form.q.value = params.get("q") || "";
    form.querySelectorAll("select").forEach(function (select) {
      var value = params.get(select.name) || "";
      var known = Array.prototype.some.call(select.options, function (option) { return option.value === value; });
      select.value = known ? value : "";
    });
  }

  // « Filtres (2 actifs) »: what the folded control hides.
  function showActive(count) {
    if (active) active.textContent = count ? " (" + plural(count, "actif", "actifs") + ")" : "";
  }

  function writeQuery() {
    var params = new URLSearchParams();
    var query = form.q.value.trim();
    if (query) params.set("q", query);
    form.querySelectorAll("select").forEach(function (select) {
      if (select.value) params.set(select.name, select.value);
    });
    var search = params.toString();
    try {
      history.replaceState(null, "", search ? "?" + search : location.pathname);
    } catch (error) {
      // The address stays as it was; the search itself is unaffected.
    }
  }

  function showMore(current) {
    var page = results.slice(shown, shown + pageSize);
    shown += page.length;
    more.hidden = shown >= results.length;
    return Promise.all(page.map(function (result) { return result.data(); })).then(function (data) {
      if (current !== generation) return;
      data.forEach(function (item) {
        var entry = document.createElement("li");
        // The page's address from the site's root: the indexer read the page's words from a document
        // of another name, which gives it.
        var address = item.meta && item.meta.url ? root.pathname + item.meta.url : item.url;
        var title = document.createElement("a");
        title.href = address;
        title.textContent = (item.meta && item.meta.title) || address;
        var heading = document.createElement("h2");
        heading.appendChild(title);
        // The page's rubrique (Monographie, Livret, Synthèse, Référentiel), from its filter.
        var rubrique = item.filters && item.filters.rubrique && item.filters.rubrique[0];
        if (rubrique) {
          var label = document.createElement("p");
          label.className = "rubrique-resultat";
          label.textContent = rubrique;
          entry.appendChild(label);
        }
        var excerpt = document.createElement("p");
        // Pagefind's excerpt is escaped text with the matched words in <mark>.
        excerpt.innerHTML = item.excerpt;
        entry.appendChild(heading);
        entry.appendChild(excerpt);
        list.appendChild(entry);
      });
    });
  }

  function run() {
    writeQuery();
    var current = ++generation;
    var query = form.q.value.trim();
    var filters = {};
    form.querySelectorAll("select").forEach(function (select) {
      if (select.value) filters[select.name] = select.value;
    });
    showActive(Object.keys(filters).length);
    if (!query && Object.keys(filters).length === 0) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = "Saisissez des mots ou choisissez un filtre.";
      return;
    }
    status.textContent = "Recherche en cours…";
    pagefind.search(query || null, { filters: filters }).then(function (search) {
      if (current !== generation) return;
      results = search.results;
      shown = 0;
      list.replaceChildren();
      // The count is announced once the first results are listed.
      return showMore(current).then(function () {
        if (current !== generation) return;
        status.textContent = results.length === 0
          ? "Aucune page ne correspond."
          : plural(results.length, "page trouvée", "pages trouvées") + ".";
      });
    });
  }

  status.textContent = "Chargement de l’index…";
  // The index lies beside the page's folder, wherever the site is published (a host's sub-folder too).
  var root = new URL("../", location.href);
  import(new URL("pagefind/pagefind.js", root).href).then(function (module) {
    pagefind = module;
    // Excerpts of about twenty words: two results or more fit on a phone's first screen.
    return pagefind.options({ baseUrl: root.pathname, excerptLength: 20 }).then(function () { return pagefind.init(); });
  }).then(function () {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      run();
    });
    form.querySelectorAll("select").forEach(function (select) { select.addEventListener("change", run); });
    more.addEventListener("click", function () { showMore(generation); });
    readQuery();
    run();
  }, function () {
    form.hidden = true;
    status.textContent = "L’index de recherche n’a pas pu être chargé. Le plan du site et l’explorateur mènent à chaque page.";
  });
})();
