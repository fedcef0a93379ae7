/* dateline: send pasted text / files to POST /api/analyze and poll the job's progress. */
"use strict";
(function () {
  const form = document.getElementById("analyze-form");
  if (!form) { return; }
  const errorBox = document.getElementById("form-error");
  const jobBox = document.getElementById("job");
  const bar = document.getElementById("job-progress");
  const statusLine = document.getElementById("job-status");
  const articles = document.getElementById("job-articles");
  const errors = document.getElementById("job-errors");
  const limit = Number(form.dataset.limit || "0");

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function fail(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
  }
  function render(job) {
    jobBox.hidden = false;
    bar.max = Math.max(1, job.total);
    bar.value = job.done;
    statusLine.textContent = job.status + " — " + job.done + " of " + (job.total || "?") + " article(s)" +
      (job.message ? ". " + job.message : "");
    articles.replaceChildren();
    job.articles.forEach(function (a) {
      const li = el("li");
      const link = el("a", null, a.title || a.id);
      link.href = "/articles/" + encodeURIComponent(a.id);
      li.append(link, " ", el("span", "sub", a.events + " events, " + a.quotes + " quotes"));
      articles.append(li);
    });
    errors.replaceChildren();
    job.errors.forEach(function (e) { errors.append(el("li", "error-message", e.source + ": [" + e.code + "] " + e.message)); });
    jobBox.dataset.status = job.status;
  }
  function poll(id) {
    fetch("/api/jobs/" + encodeURIComponent(id), {headers: {Accept: "application/json"}})
      .then(function (r) { return r.json(); })
      .then(function (data) {
        render(data.job);
        if (!data.job.finished) { window.setTimeout(function () { poll(id); }, 500); }
      })
      .catch(function (err) { fail(String(err.message)); });
  }
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    errorBox.hidden = true;
    const data = new FormData(form);
    let size = (form.elements.text.value || "").length;
    Array.prototype.forEach.call(form.elements.files.files, function (f) { size += f.size; });
    if (limit && size > limit) { fail("Too large: " + size + " bytes; the limit is " + limit + "."); return; }
    fetch("/api/analyze", {method: "POST", body: data, headers: {Accept: "application/json"}})
      .then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) { throw new Error((body.error && body.error.message) || ("error " + r.status)); }
          return body;
        });
      })
      .then(function (body) { render(body.job); poll(body.job.id); })
      .catch(function (err) { fail(String(err.message)); });
  });
}());
