// Apollo Client 4's persisted-queries link (automatic persisted queries, sha256 from node's crypto) over POST and over
// GET: the first run of a document sends its hash alone, is told PERSISTED_QUERY_NOT_FOUND and sends the document
// with the hash; the next run of the same document is answered from the hash alone. Every request is recorded, so
// what went over the wire is checked, not only the data.
// Usage: node apollo-persisted.mjs <graphql endpoint url>
import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { args, failWith } from './client-support.mjs';

const [url] = args('apollo-persisted.mjs <graphql endpoint url>', 1);
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const problems = [];

for (const method of ['POST', 'GET']) {
  const requests = [];
  const recordingFetch = async (input, init) => {
    const response = await fetch(input, init);
    const target = new URL(typeof input === 'string' ? input : input.url);
    const body = init?.body ? JSON.parse(init.body) : null;
    const withDocument = Boolean(body?.query ?? target.searchParams.get('query'));
    const hash = (body?.extensions ?? JSON.parse(target.searchParams.get('extensions') ?? '{}'))?.persistedQuery?.sha256Hash;
    requests.push({ method: init?.method ?? 'GET', withDocument, hash, status: response.status });
    return response;
  };

  const client = new ApolloClient({
    link: new PersistedQueryLink({ sha256, useGETForHashedQueries: method === 'GET' }).concat(
      new HttpLink({ uri: url, fetch: recordingFetch }),
    ),
    cache: new InMemoryCache(),
  });

  // A document of its own per run, so that neither run finds it registered by an earlier one.
  const nonce = `${method}_${process.pid}_${Date.now()}`;
  const query = gql(`
    query PersistedProbe_${nonce} {
      probe: entity(key: "khorgos-gateway-dry-port") { name }
      statistics { entityCount }
    }
  `);
  const label = `${method} (${nonce})`;
  try {
    for (const round of ['registers', 'reuses']) {
      const before = requests.length;
      const result = await client.query({ query, fetchPolicy: 'network-only' });
      if (result.error) throw result.error;
      if (!result.data?.probe?.name) problems.push(`${label} ${round}: no data: ${JSON.stringify(result.data)}`);
      const sent = requests.slice(before);
      console.log(`${label} ${round}: ${sent.map((r) => `${r.method} ${r.withDocument ? 'hash+document' : 'hash'} → ${r.status}`).join(', ')}`);
      if (!sent.every((r) => r.hash?.length === 64)) problems.push(`${label} ${round}: a request carried no sha256 hash`);
      if (round === 'registers') {
        if (sent.length !== 2 || sent[0].withDocument || !sent[1].withDocument) {
          problems.push(`${label} registers: expected the hash alone, then the hash with the document; saw ${JSON.stringify(sent)}`);
        }
      } else if (sent.length !== 1 || sent[0].withDocument || sent[0].method !== method) {
        problems.push(`${label} reuses: expected one ${method} with the hash alone; saw ${JSON.stringify(sent)}`);
      }
    }
  } catch (error) {
    problems.push(`${label}: ${error.message}`);
  } finally {
    client.stop();
  }
}

if (problems.length > 0) failWith(problems);
console.log('APOLLO PERSISTED QUERIES OK');
