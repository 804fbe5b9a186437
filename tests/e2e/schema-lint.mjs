// graphql-schema-linter's description rules and Relay rules over the live schema (read by introspection and printed
// as SDL) must report nothing. Usage: node schema-lint.mjs <graphql endpoint url>
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import * as graphql from 'graphql';
import { args, failWith, introspect } from './client-support.mjs';

const [url] = args('schema-lint.mjs <graphql endpoint url>', 1);
const rules = [
  'defined-types-are-used',
  'descriptions-are-capitalized',
  'types-have-descriptions',
  'fields-have-descriptions',
  'arguments-have-descriptions',
  'enum-values-have-descriptions',
  'input-object-values-have-descriptions',
  'relay-connection-types-spec',
  'relay-connection-arguments-spec',
  'relay-page-info-spec',
];

const cli = fileURLToPath(new URL('./node_modules/graphql-schema-linter/lib/cli.js', import.meta.url));
const folder = await mkdtemp(join(tmpdir(), 'kg-schema-lint-'));

/** The linter's errors for one SDL text, as "rule: message (line n)". */
async function lint(name, sdl) {
  const file = join(folder, name);
  await writeFile(file, sdl);
  let stdout;
  try {
    ({ stdout } = await promisify(execFile)(process.execPath, [cli, '--format', 'json', '--rules', rules.join(','), file], {
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch (error) {
    // The linter exits 1 when it reports errors; its report is still on standard output.
    if (!error.stdout) throw error;
    stdout = error.stdout;
  }
  return JSON.parse(stdout).errors.map((e) => `${e.rule}: ${e.message} (line ${e.location?.line})`);
}

try {
  // The linter must flag a schema that breaks its rules, or its silence on ours would prove nothing.
  const control = await lint('control.graphql', '"The root." type Query { a: Int }\ntype Unused { b: String }\n');
  for (const rule of ['defined-types-are-used', 'types-have-descriptions', 'fields-have-descriptions']) {
    if (!control.some((p) => p.startsWith(`${rule}:`))) failWith([`the linter did not flag ${rule} in a schema that breaks it: ${control.join('; ')}`]);
  }

  const { schema } = await introspect(url, graphql, { descriptions: true, inputValueDeprecation: true });
  const problems = await lint('schema.graphql', graphql.printSchema(schema));
  console.log(`graphql-schema-linter: ${rules.length} rules, ${problems.length} error(s)`);
  if (problems.length > 0) failWith(problems);
  console.log('SCHEMA LINT OK');
} finally {
  await rm(folder, { recursive: true, force: true });
}
