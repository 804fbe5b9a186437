// Shared by the client-conformance scripts: argument reading, the live schema by introspection, and failing with a
// message the C# test can show as it is.

/** The command-line arguments after the script, or a usage error. */
export function args(usage, count) {
  const values = process.argv.slice(2);
  if (values.length < count) {
    console.error(`usage: node ${usage}`);
    process.exit(2);
  }
  return values;
}

/** Stops the script with every problem listed on standard error, one per line. */
export function failWith(problems) {
  console.error(`FAILED: ${problems.length} problem(s)`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}

/** POSTs a GraphQL request and returns the parsed body; a transport failure names the status and body. */
export async function post(url, query, variables, headers = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${response.status} with a body that is not JSON: ${text.slice(0, 500)}`);
  }
}

/**
 * The live schema as the given graphql-js package rebuilds it from introspection, with the query's options; throws
 * with the server's errors when the introspection query is refused.
 */
export async function introspect(url, graphql, options) {
  const result = await post(url, graphql.getIntrospectionQuery(options));
  if (result.errors?.length) {
    throw new Error(`introspection (graphql ${graphql.version}) refused: ${JSON.stringify(result.errors)}`);
  }
  return { introspection: result.data, schema: graphql.buildClientSchema(result.data) };
}
