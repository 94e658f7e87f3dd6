// The import page: sends the chosen file as the request body to the import API, showing the upload's progress, and
// follows the run by the key chosen here (rows read, rows per second) until the API answers with the summary.
(function () {
  "use strict";
  var form = document.getElementById("import-form");
  var panel = document.getElementById("import-progress");
  if (!form || !panel || !window.XMLHttpRequest) return;
  form.querySelector(".js-needed").hidden = true;
  var fileInput = form.querySelector("#file");
  var fileError = form.querySelector("#file-error");
  var button = form.querySelector("button[type=submit]");
  var maxBytes = Number(form.dataset.maxBytes);
  var POLL_MS = 500;

  function field(name) { return panel.querySelector("[data-field=" + name + "]"); }
  function number(n) { return Number(n).toLocaleString("en"); }
  function megabytes(bytes) { return bytes < 1048576 ? Math.ceil(bytes / 1024) + " KB" : (bytes / 1048576).toFixed(1) + " MB"; }
  function say(text) { field("status").textContent = text; }

  // crypto.randomUUID exists only in secure contexts; a mission server reached over plain HTTP on its LAN is not one.
  function newKey() {
    if (window.crypto.randomUUID) return window.crypto.randomUUID();
    var b = window.crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  function showFileError(text) {
    fileError.textContent = text;
    fileError.hidden = !text;
    if (text) { fileInput.setAttribute("aria-invalid", "true"); fileInput.setAttribute("aria-describedby", "file-error file-hint"); fileInput.focus(); }
    else { fileInput.removeAttribute("aria-invalid"); fileInput.setAttribute("aria-describedby", "file-hint"); }
  }

  function showProgress(run, started) {
    if (!run) return;
    var bar = panel.querySelector("#read-bar");
    if (run.fileBytes > 0) bar.value = Math.min(100, 100 * run.bytesRead / run.fileBytes);
    var seconds = (Date.now() - started) / 1000;
    var rate = seconds > 0.5 && run.rowsRead > 0 ? Math.round(run.rowsRead / seconds) : null;
    field("read").textContent = number(run.rowsRead) + " rows" + (rate ? " · " + number(rate) + " rows/s" : "");
  }

  function showSummary(run, started) {
    showProgress(run, started);
    panel.querySelector("#upload-bar").value = 100;
    panel.querySelector("#read-bar").value = 100;
    ["imported", "updated", "unchanged", "rejected"].forEach(function (k) { field(k).textContent = number(run[k] || 0); });
    field("rejected").parentElement.classList.toggle("bad", run.rejected > 0);
    var rejects = run.rejects || [];
    var body = panel.querySelector("[data-field=rejects] tbody");
    body.replaceChildren();
    rejects.forEach(function (r) {
      var tr = document.createElement("tr");
      var line = document.createElement("td"); line.className = "num"; line.textContent = number(r.line);
      var reason = document.createElement("td"); reason.textContent = r.reason;
      tr.appendChild(line); tr.appendChild(reason); body.appendChild(tr);
    });
    field("rejectCount").textContent = number(rejects.length);
    field("rejects").hidden = rejects.length === 0;
    field("summary").hidden = false;
    var seconds = (Date.now() - started) / 1000;
    var what = run.dryRun || form.querySelector("#dryRun").checked ? "Dry run finished: nothing was stored. " : "Import finished. ";
    if (run.state && String(run.state).toLowerCase() === "failed") what = "The import failed" + (run.error ? ": " + run.error : "") + ". ";
    say(what + number(run.rowsRead) + " rows read in " + seconds.toFixed(1) + " s"
      + (seconds > 0 ? " (" + number(Math.round(run.rowsRead / seconds)) + " rows/s)" : "")
      + (run.layout ? ", " + run.layout + " layout" : "") + ".");
  }

  // A problem details answer, as one readable message.
  function problem(xhr) {
    try {
      var p = JSON.parse(xhr.responseText);
      var details = p.errors ? Object.keys(p.errors).map(function (k) { return p.errors[k].join(" "); }).join(" ") : "";
      return [p.title, p.detail, details].filter(Boolean).join(": ");
    } catch (e) {
      return "the server answered " + xhr.status + (xhr.statusText ? " " + xhr.statusText : "");
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var file = fileInput.files && fileInput.files[0];
    if (!file) { showFileError("Choose a CSV file to import."); return; }
    if (file.size > maxBytes) { showFileError("The file is " + megabytes(file.size) + "; the limit is " + megabytes(maxBytes) + ". Use konbit incidents import on the server for larger files."); return; }
    if (file.size === 0) { showFileError("The file is empty."); return; }
    showFileError("");

    var key = newKey();
    var params = new URLSearchParams({ key: key, fileName: file.name });
    if (form.querySelector("#dryRun").checked) params.set("dryRun", "true");
    if (form.querySelector("#strict").checked) params.set("strict", "true");
    var started = Date.now(), finished = false, lastRun = null;

    panel.hidden = false;
    field("summary").hidden = true;
    field("fileName").textContent = file.name;
    panel.querySelector("#upload-bar").value = 0;
    panel.querySelector("#read-bar").value = 0;
    field("uploaded").textContent = "0 of " + megabytes(file.size);
    field("read").textContent = "";
    say("Uploading " + file.name + "…");
    button.disabled = true;

    // The run appears once the server has read the file's header; until then the key is unknown (404).
    var poller = window.setInterval(function () {
      fetch(form.dataset.api + "/" + key, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (run) {
          if (finished || !run) return;
          lastRun = run;
          showProgress(run, started);
          say("Importing: " + number(run.rowsRead) + " rows read, " + number(run.rejected || 0) + " rejected so far.");
        })
        .catch(function () { /* the next poll or the upload's answer will tell */ });
    }, POLL_MS);

    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.dataset.api + "?" + params.toString());
    xhr.setRequestHeader("Content-Type", "text/csv");
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.addEventListener("progress", function (e) {
      if (!e.lengthComputable) return;
      panel.querySelector("#upload-bar").value = 100 * e.loaded / e.total;
      field("uploaded").textContent = megabytes(e.loaded) + " of " + megabytes(e.total);
    });
    function done(message) {
      finished = true;
      window.clearInterval(poller);
      button.disabled = false;
      if (message) say(message);
    }
    xhr.addEventListener("load", function () {
      if (xhr.status >= 200 && xhr.status < 300) {
        var run;
        try { run = JSON.parse(xhr.responseText); } catch (e) { run = lastRun; }
        done();
        if (run) showSummary(run, started); else say("The import finished, but its summary could not be read.");
      } else if (xhr.status === 401 || xhr.status === 403) {
        done("You are no longer signed in as a coordinator; sign in again and repeat the upload. Nothing was imported by this attempt.");
      } else if (xhr.status === 413) {
        done("The server refused the file as too large (the limit is " + megabytes(maxBytes) + ").");
      } else {
        done("The file was not imported: " + problem(xhr) + ".");
      }
    });
    xhr.addEventListener("error", function () { done("The upload was interrupted (network error). Run it again: rows already imported are recognised and not added twice."); });
    xhr.send(file);
  });
})();
