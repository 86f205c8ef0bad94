// Calls to the REST API: the session cookie authenticates, the CSRF token guards changes.
let csrfToken = null;

export function setCsrfToken(token) {
  csrfToken = token;
}

/** Thrown for any answer that is not 2xx; carries the RFC 9457 problem detail. */
export class Problem extends Error {
  constructor(problem) {
    super(problem.detail || problem.title);
    this.problem = problem;
  }
}

/** Requests under way, on the page's root as data-pending: tests wait for 0 before they look. */
let pending = 0;
async function tracked(request) {
  document.documentElement.dataset.pending = String(++pending);
  try {
    return await request;
  } finally {
    document.documentElement.dataset.pending = String(--pending);
  }
}

/**
 * Calls the API. A change sent with a {@code key} (one per submission of a form) carries it as
 * Idempotency-Key: the server takes that request once, however often it arrives.
 */
export function api(path, options = {}) {
  return tracked(send(path, options));
}

async function send(path, { method = "GET", body, form, key } = {}) {
  const headers = { Accept: "application/json" };
  if (method !== "GET" && csrfToken) headers["X-CSRF-Token"] = csrfToken;
  if (key) headers["Idempotency-Key"] = key;
  let payload;
  if (form) {
    payload = new URLSearchParams(form);
  } else if (body !== undefined) {
    headers["Content-Type"] = "application/json";
    payload = JSON.stringify(body);
  }
  const response = await fetch(`api/${path}`, { method, headers, body: payload, credentials: "same-origin" });
  if (response.status === 204) return null;
  const data = await response.json().catch(() => ({ title: `HTTP ${response.status}`, status: response.status }));
  if (!response.ok) {
    // A page served from the browser cache after sign-out finds no session: back to sign-in.
    if (response.status === 401 && !(path === "session" && method === "POST")) location.href = "login.html";
    throw new Problem(data);
  }
  return data;
}

/** Sends one file as the raw body; the server checks it and answers its upload id. */
export async function upload(file) {
  const headers = { Accept: "application/json", "Content-Type": file.type || "application/octet-stream" };
  if (csrfToken) headers["X-CSRF-Token"] = csrfToken;
  const response = await fetch(`api/uploads?name=${encodeURIComponent(file.name)}`,
    { method: "POST", headers, body: file, credentials: "same-origin" });
  const data = await response.json().catch(() => ({ title: `HTTP ${response.status}`, status: response.status }));
  if (!response.ok) throw new Problem(data);
  return data;
}

/** PUTs one file as the raw body (e.g. a signature image); throws a Problem when refused. */
export function putFile(path, file) {
  return sendFile("PUT", path, file);
}

/** Sends one file as the raw body with its own media type; throws a Problem when refused. */
export async function sendFile(method, path, file) {
  const headers = { Accept: "application/json", "Content-Type": file.type || "application/octet-stream" };
  if (csrfToken) headers["X-CSRF-Token"] = csrfToken;
  const response = await fetch(`api/${path}`, { method, headers, body: file, credentials: "same-origin" });
  const data = await response.json().catch(() => ({ title: `HTTP ${response.status}`, status: response.status }));
  if (!response.ok) throw new Problem(data);
  return data;
}
