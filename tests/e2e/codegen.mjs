// GraphQL Code Generator (typescript + typescript-operations) over the live schema, as a front-end build runs it:
// the schema is loaded from the endpoint by introspection, and a few documents a front-end would hold (a page of a
// connection, an entity with kind fragments, a mutation selecting every error type's id) are validated and typed.
// Usage: node codegen.mjs <graphql endpoint url>
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { args, failWith } from './client-support.mjs';

const [url] = args('codegen.mjs <graphql endpoint url>', 1);

const documents = {
  'projects-page.graphql': `
    query ProjectsPage($first: Int, $after: String) {
      projects(first: $first, after: $after, order: [{ name: ASC }]) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id key name status investment { amount currency } } }
      }
    }`,
  'entity.graphql': `
    query EntityCard($key: String!) {
      entity(key: $key) {
        __typename id name aliases sources { title url publishedOn }
        ... on Project { startYear investment { amount currency } }
        ... on Region { level coordinates { latitude longitude } }
        ... on Company { country ownership }
      }
    }`,
  'update-project.graphql': `
    mutation RenameProject($id: ID!, $version: Long!, $name: String!) {
      updateProject(input: { id: $id, expectedVersion: $version, name: $name }) {
        project { id name version }
        errors {
          __typename
          ... on Error { code message path }
          ... on NotFoundError { id }
          ... on VersionConflictError { id expectedVersion actualVersion }
        }
      }
    }`,
};

const folder = await mkdtemp(join(tmpdir(), 'kg-codegen-'));
try {
  for (const [name, text] of Object.entries(documents)) await writeFile(join(folder, name), text);
  const output = join(folder, 'graphql.ts');
  let files;
  try {
    files = await generate(
      {
        schema: url,
        documents: join(folder, '*.graphql'),
        silent: true,
        errorsOnly: true,
        generates: {
          [output]: {
            plugins: ['typescript', 'typescript-operations'],
            config: { scalars: { Long: 'number', Date: 'string', DateTime: 'string', JSON: 'unknown' } },
          },
        },
      },
      false,
    );
  } catch (error) {
    failWith([`codegen failed: ${error.message}`, ...(error.errors ?? []).map((e) => String(e.message ?? e))]);
  }

  const code = files.find((f) => f.filename === output)?.content ?? '';
  const expected = [
    'export type ProjectsPageQuery',
    'export type EntityCardQuery',
    'export type RenameProjectMutation',
    'export type Project = ',
    'export type VersionConflictError = ',
  ];
  const problems = expected.filter((text) => !code.includes(text)).map((text) => `the generated code has no "${text}"`);
  if (problems.length > 0) failWith(problems);
  console.log(`codegen: ${Object.keys(documents).length} documents, ${code.length} characters of TypeScript`);
  console.log('CODEGEN OK');
} finally {
  await rm(folder, { recursive: true, force: true });
}
