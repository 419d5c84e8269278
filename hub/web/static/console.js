// Vuoro console: live updates over Server-Sent Events, and a clock that
// ticks. Without JavaScript the console still works: every action is a form.
"use strict";
(function () {
  var body = document.body;
  var live = document.getElementById("live");
  var announce = document.getElementById("announce");

  // What the user is doing in the live part: open details, the focused
  // element, and the fields they changed. Kept across an update.
  function snapshot() {
    var s = { open: [], values: {}, focus: null };
    live.querySelectorAll("details[open]").forEach(function (d) { s.open.push(d.id); });
    live.querySelectorAll("input[id], select[id], textarea[id]").forEach(function (el) {
      if (el.type === "radio" || el.type === "checkbox") {
        if (el.checked !== el.defaultChecked) s.values[el.id] = el.checked;
      } else if (el.tagName === "SELECT") {
        var o = el.options[el.selectedIndex];
        if (o && !o.defaultSelected) s.values[el.id] = el.value;
      } else if (el.value !== el.defaultValue) {
        s.values[el.id] = el.value;
      }
    });
    var a = document.activeElement;
    if (a && a.id && live.contains(a)) s.focus = a.id;
    return s;
  }

  function restore(s) {
    s.open.forEach(function (id) {
      var d = document.getElementById(id);
      if (d) d.open = true;
    });
    Object.keys(s.values).forEach(function (id) {
      var el = document.getElementById(id);
      if (!el) return;
      if (el.type === "radio" || el.type === "checkbox") el.checked = s.values[id];
      else el.value = s.values[id];
    });
    var f = s.focus && document.getElementById(s.focus);
    if (f) f.focus();
  }

  // placeRows puts the table's rows in the order given: a row sent anew
  // replaces its old self, a row not sent stays as it is (moved if need
  // be), a row no longer listed goes.
  function placeRows(u) {
    var body = document.getElementById("rows");
    if (!body) return;
    var tpl = document.createElement("template");
    var at = body.firstElementChild;
    u.order.forEach(function (id) {
      var el = document.getElementById(id);
      if (u.html && u.html[id] !== undefined) {
        tpl.innerHTML = u.html[id];
        var fresh = tpl.content.firstElementChild;
        if (el) {
          if (el === at) at = fresh;
          el.replaceWith(fresh);
        }
        el = fresh;
      }
      if (!el) return;
      if (el === at) at = at.nextElementSibling;
      else body.insertBefore(el, at);
    });
    while (at) {
      var next = at.nextElementSibling;
      at.remove();
      at = next;
    }
  }

  function update(e) {
    var d = JSON.parse(e.data);
    var s = snapshot();
    Object.keys(d.parts || {}).forEach(function (id) {
      var el = document.getElementById(id);
      if (el) el.innerHTML = d.parts[id];
    });
    if (d.rows) placeRows(d.rows);
    restore(s);
    body.setAttribute("data-updates", String(Number(body.getAttribute("data-updates") || 0) + 1));
    if (d.say) {
      announce.textContent = "";
      setTimeout(function () { announce.textContent = d.say; }, 100);
    }
  }

  if (live && body.dataset.events && window.EventSource) {
    var es = new EventSource(body.dataset.events);
    es.addEventListener("update", update);
    es.addEventListener("logout", function () { es.close(); location.assign("/login"); });
  }

  // Escape closes the open actions of a visit and returns to its summary.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape") return;
    var d = document.activeElement && document.activeElement.closest("details[open]");
    if (d) { d.open = false; d.querySelector("summary").focus(); }
  });

  var clock = document.getElementById("clock");
  if (clock && body.dataset.zone && window.Intl) {
    var fmt = new Intl.DateTimeFormat("fi-FI", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: body.dataset.zone });
    setInterval(function () { clock.textContent = fmt.format(new Date()).replace(".", ":"); }, 15000);
  }
})();
