// Fetches from the JSON API; a non-2xx answer rejects with the API's message.

export class ApiError extends Error {
  constructor(status, message, parameter) {
    super(message);
    this.status = status;
    this.parameter = parameter;
  }
}

/** GET /api/<path> with query parameters (empty ones dropped), resolved as JSON. */
export async function get(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') q.set(k, v);
  }
  const url = 'api/' + path + (q.toString() ? '?' + q : '');
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    throw new ApiError(res.status, 'the server answered ' + res.status + ' without JSON', null);
  }
  if (!res.ok) {
    throw new ApiError(res.status, body.error || ('error ' + res.status), body.parameter || null);
  }
  return body;
}
