// The page's only way to the data: the public GraphQL endpoint and the /export downloads, with the reader's
// credential (if any) from this tab's sessionStorage.
const credentialKey = 'knowledgegraph-explorer-credential';
const authCodes = new Set(['AUTH_NOT_AUTHENTICATED', 'AUTH_NOT_AUTHORIZED']);

export class ApiError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code ?? null;
  }

  get needsCredential() {
    return authCodes.has(this.code);
  }
}

export function readCredential() {
  try {
    const stored = JSON.parse(sessionStorage.getItem(credentialKey) ?? 'null');
    return stored && typeof stored.value === 'string' && stored.value ? stored : null;
  } catch {
    return null;
  }
}

export function storeCredential(type, value) {
  sessionStorage.setItem(credentialKey, JSON.stringify({ type: type === 'apiKey' ? 'apiKey' : 'bearer', value }));
}

export function forgetCredential() {
  sessionStorage.removeItem(credentialKey);
}

function credentialHeaders() {
  const credential = readCredential();
  if (!credential) return {};
  return credential.type === 'apiKey' ? { 'X-Api-Key': credential.value } : { Authorization: `Bearer ${credential.value}` };
}

// The page is served below /explore/ with a <base>; the API lives at the origin's root.
const endpoint = (path) => new URL(`../${path}`, document.baseURI);

export async function graphql(query, variables = {}) {
  const response = await fetch(endpoint('graphql'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json', ...credentialHeaders() },
    body: JSON.stringify({ query, variables }),
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The service answered ${response.status} ${response.statusText}.`);
  }
  if (body.errors?.length) {
    const [first] = body.errors;
    throw new ApiError(first.message, first.extensions?.code);
  }
  return body.data;
}

/** A download from /export: the file and the name the service gave it. */
export async function exportFile(path, parameters) {
  const url = endpoint(path);
  for (const [name, value] of Object.entries(parameters)) {
    for (const item of [value].flat()) {
      if (item !== undefined && item !== null && item !== '') url.searchParams.append(name, item);
    }
  }
  const response = await fetch(url, { headers: credentialHeaders() });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new ApiError(problem.detail ?? problem.title ?? `The export failed with ${response.status}.`, problem.code);
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1];
  return { blob: await response.blob(), filename: name ? decodeURIComponent(name) : 'export' };
}
