// Summit Watch: the only script. Reviews need a bearer token; it stays in this
// browser's localStorage and is sent only to this server.
"use strict";

const TOKEN_KEY = "summitwatch.token";

function showNotice(el, text, isError) {
  el.textContent = text;
  el.className = isError ? "notice error" : "notice";
  el.hidden = false;
}

function setupToken() {
  const input = document.getElementById("token");
  if (!input) return;
  input.value = localStorage.getItem(TOKEN_KEY) || "";
  input.addEventListener("change", () => localStorage.setItem(TOKEN_KEY, input.value.trim()));
}

async function sendReview(form, action) {
  const notice = document.getElementById("review-notice");
  const body = { action: action };
  if (action === "correct") {
    for (const [key, value] of new FormData(form).entries()) {
      if (value !== "") body[key] = value;
    }
  }
  const token = (document.getElementById("token").value || "").trim();
  const response = await fetch(form.dataset.url, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Authorization": "Bearer " + token },
    body: JSON.stringify(body),
  });
  const data = await response.json();
  if (!response.ok) {
    showNotice(notice, data.error || ("HTTP " + response.status), true);
    return;
  }
  showNotice(notice, "Saved: " + action + ". Reloading…", false);
  window.location.reload();
}

function setupReviews() {
  for (const form of document.querySelectorAll("form.review")) {
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const action = ev.submitter ? ev.submitter.value : "correct";
      sendReview(form, action).catch((err) => {
        showNotice(document.getElementById("review-notice"), String(err), true);
      });
    });
  }
}

document.addEventListener("DOMContentLoaded", () => {
  setupToken();
  setupReviews();
});
