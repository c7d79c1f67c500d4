/* The explorer's filters (FORMAT §8): rows that do not match are given the `hidden` attribute, the count
   is written in a live region, and the filter is read from and written to the query string
   (?reseau=…&fonction=…&echelon=…&phase=…). Everything is in the page: no request, so it works from disk.
   Without this script the form stays hidden and every row is shown.

   When the collection is too large for one page, its rows are laid out on several (ExplorerPlan): the
   form's data-decoupage names the keys that choose the page of an action (fonction, then echelon), and
   data-pages lists the pages. A filter whose rows are on another page is sent there, query string kept. */
(function () {
  "use strict";
  var form = document.getElementById("filtres");
  if (!form) return;
  var keys = ["reseau", "fonction", "echelon", "phase"];
  var data = form.dataset;
  var here = data.ici || "";
  var split = data.decoupage ? data.decoupage.split(" ") : [];
  var pages = data.pages ? data.pages.split(" ") : [];
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-reseau]"));
  var listed = Array.prototype.slice.call(document.querySelectorAll("li[data-page]"));
  var status = document.getElementById("compte");
  var table = document.getElementById("explorateur-tableau");
  var caption = document.getElementById("explorateur-legende");
  var captionText = caption ? caption.textContent : "";
  var empty = document.getElementById("explorateur-vide");
  var reset = document.getElementById("filtres-effacer");
  // How the caption names each filter: « du réseau X », « fonction Plaidoyer ».
  var names = { fonction: "fonction", echelon: "échelon", phase: "étape" };

  function number(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f"); }
  function count(n, one, many) { return number(n) + " " + (n >= 2 ? many : one); }

  function values() {
    var v = {};
    keys.forEach(function (key) { v[key] = form.elements[key].value; });
    return v;
  }

  function query(v) {
    var pairs = keys.filter(function (key) { return v[key]; })
      .map(function (key) { return key + "=" + encodeURIComponent(v[key]); });
    return pairs.length ? "?" + pairs.join("&") : "";
  }

  // The page holding every row of `v`: this one, another page of actions, or "" for the index, which
  // lists the pages that may hold them.
  function pageOf(v) {
    if (!split.length) return here;
    if (split.every(function (key) { return v[key]; })) {
      var group = "actions/" + split.map(function (key) { return v[key]; }).join("/") + "/";
      if (here.indexOf(group) === 0) return here;
      return pages.indexOf(group) >= 0 && pages.indexOf(group + "2/") < 0 ? group : "";
    }
    if (!v.fonction && !v.echelon && here.indexOf("innovations/") === 0) return here;
    return "";
  }

  function matches(row, v) {
    var d = row.dataset;
    return (!v.reseau || d.reseau === v.reseau) && (!v.fonction || d.fonction === v.fonction)
      && (!v.echelon || d.echelon === v.echelon)
      && (!v.phase || (" " + d.phases + " ").indexOf(" " + v.phase + " ") >= 0);
  }

  // Whether a page listed on the index may hold rows of `v` (innovations have no function or level).
  function offers(item, v) {
    var d = item.dataset;
    if (d.page.indexOf("innovations/") === 0) return !v.fonction && !v.echelon;
    return split.every(function (key) { return !v[key] || d[key] === v[key]; });
  }

  // The page's own filter (on a page of actions, its function and level).
  function isDefault(v) {
    return keys.every(function (key) { return v[key] === (data[key] || ""); });
  }

  function chosen(key) {
    var select = form.elements[key];
    return select.options[select.selectedIndex].text;
  }

  // The caption of the rows a filter shows: the page's own text when none is chosen, else what the
  // rows are and each filter (« Les actions et les innovations du réseau X, fonction Plaidoyer »).
  function describe(v) {
    if (isDefault(v)) return captionText;
    var text = caption.dataset.lignes + (v.reseau ? " du réseau " + chosen("reseau") : " de tous les réseaux");
    ["fonction", "echelon", "phase"].forEach(function (key) {
      if (v[key]) text += ", " + names[key] + " " + chosen(key);
    });
    return text + (caption.dataset.suite || "");
  }

  function go(target, v, replace) {
    var address = (data.racine || "") + target + "index.html" + query(v);
    if (replace) location.replace(address); else location.assign(address);
  }

  function update() {
    var v = values(), target = pageOf(v), shown = 0, offered = 0;
    rows.forEach(function (row) {
      var match = matches(row, v);
      if (row.hidden === match) row.hidden = !match;
      if (match) shown += 1;
    });
    listed.forEach(function (item) {
      var offer = offers(item, v);
      item.hidden = !offer;
      if (offer) offered += 1;
      item.querySelector("a").setAttribute("href", item.dataset.page + "index.html" + query(v));
    });
    if (target !== here) {
      status.textContent = "Les lignes de ce filtre sont sur " + (target ? "une autre page" : "plusieurs pages")
        + " : le bouton « Afficher » " + (target ? "l’ouvre." : "mène à leur liste.");
    } else if (listed.length) {
      status.textContent = count(offered, "page", "pages") + " sur " + number(listed.length)
        + (offered >= 2 ? " peuvent contenir" : " peut contenir") + " les lignes de ce filtre.";
    } else {
      status.textContent = count(shown, "ligne affichée", "lignes affichées") + " sur " + number(rows.length) + ".";
    }
    // No row left: the table's empty header gives way to a notice and a way back to every row.
    if (table) table.hidden = shown === 0;
    if (empty) empty.hidden = !(shown === 0 && target === here && rows.length > 0);
    if (caption) caption.textContent = describe(v);
    try {
      var address = new URL(location.href);
      address.search = query(v);
      history.replaceState(null, "", address.href);
    } catch (error) {
      // The address cannot be changed (some browsers refuse it from disk): the filter still applies.
    }
  }

  // The filter of the address; an id that a list does not offer counts as « tous » (on a page of
  // actions, as the page's own function or level).
  var asked = new URLSearchParams(location.search);
  keys.forEach(function (key) {
    var select = form.elements[key], value = asked.get(key) || "";
    var known = value && Array.prototype.some.call(select.options, function (option) { return option.value === value; });
    select.value = known ? value : data[key] || "";
  });
  var start = pageOf(values());
  if (start !== here) {
    go(start, values(), true);
    return;
  }
  form.hidden = false;
  form.addEventListener("change", update);
  if (reset) {
    reset.addEventListener("click", function () {
      keys.forEach(function (key) { form.elements[key].value = data[key] || ""; });
      update();
      form.elements.reseau.focus();
    });
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var v = values(), target = pageOf(v);
    if (target !== here) go(target, v, false);
  });
  update();
})();
