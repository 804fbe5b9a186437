// Apollo Client 4 with relayStylePagination pages through `projects` (ordered by name) while a curator inserts
// projects between pages, one sorting before the pages already read and one after: the merged list must hold no
// project twice and miss none of those that existed when paging began, nor the one inserted ahead of the reader.
// Usage: node apollo-paging.mjs <graphql endpoint url> <editor api key>
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { args, failWith, post } from './client-support.mjs';

const [url, editorKey] = args('apollo-paging.mjs <graphql endpoint url> <editor api key>', 2);
const pageSize = 10;
const seedArticle = Buffer.from('Source:seed-article').toString('base64');
const run = `${process.pid}-${Date.now()}`;

const PAGE = gql`
  query ProjectsByName($first: Int!, $after: String) {
    projects(first: $first, after: $after, order: [{ name: ASC }]) {
      totalCount
      edges { cursor node { id key name } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

const client = new ApolloClient({
  link: new HttpLink({ uri: url }),
  cache: new InMemoryCache({ typePolicies: { Query: { fields: { projects: relayStylePagination(['where', 'order']) } } } }),
});

async function allKeys() {
  const result = await post(url, '{ projects(first: 100, order: [{ name: ASC }]) { totalCount nodes { key } } }');
  if (result.errors?.length) throw new Error(`reading every project: ${JSON.stringify(result.errors)}`);
  if (result.data.projects.totalCount > 100) throw new Error('more than 100 projects: this check reads them in one page');
  return result.data.projects.nodes.map((n) => n.key);
}

async function createProject(name) {
  const result = await post(
    url,
    'mutation($input: CreateProjectInput!) { createProject(input: $input) { project { key } errors { ... on Error { code message } } } }',
    { input: { name, sourceIds: [seedArticle], comment: 'e2e paging check' } },
    { 'x-api-key': editorKey },
  );
  const payload = result.data?.createProject;
  if (result.errors?.length || payload?.errors?.length || !payload?.project) {
    throw new Error(`createProject(${name}) failed: ${JSON.stringify(result.errors ?? payload?.errors)}`);
  }
  return payload.project.key;
}

const before = await allKeys();
const observable = client.watchQuery({ query: PAGE, variables: { first: pageSize } });
let latest;
const firstPage = new Promise((resolve, reject) => {
  observable.subscribe({
    next: (result) => {
      latest = result;
      if (result.data?.projects) resolve();
    },
    error: reject,
  });
});
await firstPage;

// Between the first pages a curator inserts one project that sorts before everything read so far (an offset cursor
// would then hand out the last project of the page again) and one that sorts after (an offset cursor would be right
// for it, a stale snapshot would miss it).
const inserted = [];
const aheadOfReader = [];
let pages = 1;
while (latest.data.projects.pageInfo.hasNextPage) {
  if (pages <= 2) {
    inserted.push(await createProject(`AAA e2e inserted before ${run} ${pages}`));
    const ahead = await createProject(`zzz e2e inserted after ${run} ${pages}`);
    inserted.push(ahead);
    aheadOfReader.push(ahead);
  }
  const result = await observable.fetchMore({ variables: { after: latest.data.projects.pageInfo.endCursor } });
  if (result.error) throw result.error;
  // The merged list as relayStylePagination keeps it in the cache (the watcher's own copy is updated a tick later).
  latest = { data: client.readQuery({ query: PAGE, variables: { first: pageSize } }) };
  pages += 1;
  if (pages > 50) throw new Error('still paging after 50 pages');
}

const seen = latest.data.projects.edges.map((e) => e.node.key);
const counts = new Map();
for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
const problems = [
  ...[...counts].filter(([, n]) => n > 1).map(([key, n]) => `duplicate: ${key} was paged ${n} times`),
  ...before.filter((key) => !counts.has(key)).map((key) => `gap: ${key}, there before paging began, was never paged`),
  ...aheadOfReader.filter((key) => !counts.has(key)).map((key) => `gap: ${key}, inserted ahead of the reader, was never paged`),
];
console.log(`apollo relayStylePagination: ${pages} pages of ${pageSize}, ${seen.length} edges merged, ${before.length} projects before, ${inserted.length} inserted while paging`);
client.stop();
if (problems.length > 0) failWith(problems);
console.log('APOLLO PAGING OK');
