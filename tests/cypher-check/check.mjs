#!/usr/bin/env node
// Checks Cypher statements with Neo4j's own Cypher front-end: the parser, semantic analysis and notifications of
// Neo4j, compiled to JavaScript and shipped in @neo4j-cypher/language-support. Driven by
// tests/KnowledgeGraph.Storage.Neo4j.Tests (CypherCheck), which writes the manifest:
//
//   node check.mjs MANIFEST.json RESULT.json
//
// MANIFEST: { cypherVersion: "5",
//             schema: { labels, relationshipTypes, propertyKeys, procedures: [names], graphSchema: [{from, to, relType}] },
//             allowedWarnings: [{ builder: prefix, pattern: regex, reason }],
//             statements: [{ builder, text, parameters: [names] }] }
//
// The schema's procedures are names only: their signatures come from the package's dump of a real Neo4j, so
// arguments and YIELD columns are checked, and a procedure the manifest does not name (APOC, GDS…) is an error.
// Functions are Neo4j's built-in ones from the same dump. Each statement's parameters are declared, so a `$x` the
// builder does not supply is an error.
//
// A self-test runs first, against the same schema: known-bad statements must be flagged with the expected message and
// known-good ones must pass, or nothing is checked (exit 3). Then every statement: FAIL when it has an error, is not
// exactly one statement, or has a warning the allow-list does not cover; WARN lines show every warning. Exit 1 when a
// statement failed, 0 when none did. RESULT gets the same outcome as JSON for the test to assert on.
//
// The front-end costs tens of milliseconds a statement, and an export repeats a few statement shapes with other
// values. Statements of one shape (see shapeOf) and the same parameters differ only in characters that no part of the
// front-end looks at, so the first is checked in full and stands for the others, each still reported by its own name
// with the warnings allowed for its own builder.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintCypherQuery, parseStatementsStrs, testData } from '@neo4j-cypher/language-support';

// The package's wrapper swallows exceptions of the semantic analysis (and then reports nothing); its analysis module
// is imported by the URL the package itself uses (same URL, same module instance, same signature registry) to see them.
const entryUrl = import.meta.resolve('@neo4j-cypher/language-support');
const { analyzeQuery } = await import(new URL('./syntaxValidation/semanticAnalysis.js', entryUrl).href);
const packageJson = findPackageJson(path.dirname(fileURLToPath(entryUrl)));

const [manifestPath, resultPath] = process.argv.slice(2);
if (!manifestPath || !resultPath) {
  console.error('usage: node check.mjs MANIFEST.json RESULT.json');
  process.exit(2);
}

const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
const version = `CYPHER ${manifest.cypherVersion}`;
const baseSchema = buildSchema(manifest.schema, version);
const allowList = manifest.allowedWarnings.map((a) => ({ ...a, regex: new RegExp(a.pattern) }));

const selfTest = runSelfTest();
for (const t of selfTest.cases) {
  console.log(`SELFTEST ${t.ok ? 'ok ' : 'BAD'} ${t.expect.padEnd(13)} ${JSON.stringify(t.text)} -> ${t.got || '(nothing)'}`);
}
console.log(`# ${packageJson.name}@${packageJson.version}, ${version}, ${baseSchema.labels.length} labels, ` +
  `${baseSchema.relationshipTypes.length} relationship types, ${baseSchema.propertyKeys.length} property keys, ` +
  `${Object.keys(baseSchema.procedures[version]).length} procedures, ${Object.keys(baseSchema.functions[version]).length} functions`);

const result = {
  package: `${packageJson.name}@${packageJson.version}`,
  cypherVersion: version,
  selfTest,
  checked: 0,
  analysed: 0,
  failed: 0,
  statements: [],
};

if (!selfTest.passed) {
  console.log('SELFTEST FAILED: the front-end is not applying the checks it should; no statement was checked.');
  finish(3);
}

const byShape = new Map();
for (const statement of manifest.statements) {
  const shape = shapeOf(statement.text);
  const key = shape === null ? null : `${statement.parameters.join(',')}\n${shape}`;
  const first = key === null ? undefined : byShape.get(key);
  const outcome = first ? judge(statement, first.lint, first.builder) : check(statement);
  if (key !== null && !first) byShape.set(key, { lint: outcome.lint, builder: statement.builder });
  if (!first) result.analysed++;
  delete outcome.lint;
  result.checked++;
  if (outcome.failed) result.failed++;
  if (outcome.failed || outcome.warnings.length > 0) result.statements.push(outcome);
  report(outcome);
}

console.log(`${result.checked - result.failed} passed, ${result.failed} failed, ${result.analysed} analysed in full  [${version}]`);
finish(result.failed > 0 ? 1 : 0);

function finish(code) {
  fs.writeFileSync(resultPath, JSON.stringify(result, null, 1));
  process.exit(code);
}

function findPackageJson(directory) {
  for (let dir = directory; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) {
      const json = JSON.parse(fs.readFileSync(candidate, 'utf8'));
      if (json.name === '@neo4j-cypher/language-support') return json;
    }
  }

  throw new Error(`@neo4j-cypher/language-support's package.json not found above ${directory}`);
}

function buildSchema(schema, cypherVersion) {
  const dumpedProcedures = testData.mockSchema.procedures[cypherVersion];
  const procedures = {};
  for (const name of schema.procedures) {
    if (!dumpedProcedures[name]) {
      console.error(`The schema names the procedure ${name}, which Neo4j's procedure list (${cypherVersion}) does not have.`);
      process.exit(2);
    }

    procedures[name] = dumpedProcedures[name];
  }

  const functions = Object.fromEntries(
    Object.entries(testData.mockSchema.functions[cypherVersion]).filter(([, f]) => f.isBuiltIn));
  return {
    labels: schema.labels,
    relationshipTypes: schema.relationshipTypes,
    propertyKeys: schema.propertyKeys,
    graphSchema: schema.graphSchema,
    procedures: { [cypherVersion]: procedures },
    functions: { [cypherVersion]: functions },
    defaultLanguage: cypherVersion,
  };
}

function lint(text, parameterNames) {
  const schema = { ...baseSchema, parameters: Object.fromEntries(parameterNames.map((p) => [p, null])) };
  const { diagnostics, symbolTables } = lintCypherQuery(text, schema, { consoleCommandsEnabled: false });
  const errors = diagnostics.filter((d) => d.severity === 1).map(describe);
  const warnings = diagnostics.filter((d) => d.severity !== 1).map(describe);
  const statements = parseStatementsStrs(text).filter((s) => s.replace(/;\s*$/, '').trim().length > 0).length;
  if (statements !== 1) errors.push({ line: 1, column: 1, message: `expected exactly one statement, found ${statements}` });

  // An empty symbol table is also what the wrapper returns when the analysis threw: ask the analysis itself.
  if (symbolTables.every((table) => table.length === 0)) {
    try {
      analyzeQuery(text, version);
    } catch (e) {
      errors.push({ line: 1, column: 1, message: `semantic analysis threw: ${String(e?.stack || e?.message || e)}` });
    }
  }

  return { errors, warnings };
}

function describe(d) {
  return { line: d.range.start.line + 1, column: d.range.start.character + 1, message: d.message };
}

function check(statement) {
  return judge(statement, lint(statement.text, statement.parameters));
}

// The statement's outcome from its (or its shape's first statement's) diagnostics, warnings allowed by its own builder.
function judge(statement, diagnostics, sameShapeAs = undefined) {
  const errors = diagnostics.errors.map((e) => ({ ...e }));
  const warnings = diagnostics.warnings.map((w) => {
    const allowed = allowList.find((a) => statement.builder.startsWith(a.builder) && a.regex.test(w.message));
    return allowed ? { ...w, allowedBecause: allowed.reason } : { ...w };
  });
  const failed = errors.length > 0 || warnings.some((w) => !w.allowedBecause);
  return { builder: statement.builder, text: statement.text, sameShapeAs, failed, errors, warnings, lint: diagnostics };
}

// The statement with the plain characters of its string literals left out, as Cypher's lexer delimits them
// ('…' and "…" with backslash escapes, `…` names with doubled back-quotes, // and /* */ comments): everything else is
// kept verbatim, escape sequences inside literals too (\uXXXX with its digits). Null when a literal, name or
// comment is not closed, so such a statement is always checked in full.
function shapeOf(text) {
  let shape = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const stop = c === "'" || c === '"' ? literalEnd(text, i)
      : c === '`' ? nameEnd(text, i)
        : text.startsWith('//', i) ? (text.indexOf('\n', i) + 1 || text.length)
          : text.startsWith('/*', i) ? after(text.indexOf('*/', i + 2), 2)
            : i + 1;
    if (stop < 0) return null;
    shape += c === "'" || c === '"' ? c + (text.slice(i + 1, stop - 1).match(/\\(u[0-9A-Fa-f]{4}|[\s\S])/g) ?? []).join('') + c : text.slice(i, stop);
    i = stop;
  }

  return shape;
}

function after(index, length) {
  return index < 0 ? -1 : index + length;
}

function literalEnd(text, start) {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === text[start]) return i + 1;
  }

  return -1;
}

function nameEnd(text, start) {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '`') {
      if (text[i + 1] !== '`') return i + 1;
      i++;
    }
  }

  return -1;
}

function report(outcome) {
  if (outcome.failed) {
    console.log(`FAIL ${outcome.builder}${outcome.sameShapeAs ? ` (same shape as ${outcome.sameShapeAs})` : ''}\n  statement: ${outcome.text.replace(/\n/g, '\n             ')}`);
    for (const e of outcome.errors) console.log(`  ERROR line ${e.line}, col ${e.column}: ${e.message}`);
  } else if (outcome.warnings.length > 0) {
    console.log(`WARN ${outcome.builder}${outcome.sameShapeAs ? ` (same shape as ${outcome.sameShapeAs})` : ''}`);
  }

  for (const w of outcome.warnings) {
    console.log(`  WARNING line ${w.line}, col ${w.column}: ${w.message}` +
      (w.allowedBecause ? `\n    allowed: ${w.allowedBecause}` : '\n    NOT ALLOWED'));
  }
}

// Each known-bad case names what must be reported; each part of the check (syntax, semantics, types, the schema's
// labels, types, properties, procedures and functions, declared parameters, one statement per entry) has one.
function runSelfTest() {
  const cases = [
    bad('MATCH (n) RETURN m', 'error', /Variable `m` not defined/),
    bad('RETURN 1 +', 'error', /Invalid input/),
    bad('RETURN toLower(1)', 'error', /Type mismatch/),
    bad('CREATE (a)-[:R|S]->(b)', 'error', /single relationship type/),
    bad("CALL db.index.fulltext.queryNodes('i', 'q') YIELD nod RETURN nod", 'error', /Unknown procedure output: `nod`/),
    bad("CALL apoc.help('x')", 'error', /Procedure apoc\.help is not present/),
    bad("RETURN apoc.text.join(['a'], ',')", 'error', /Function apoc\.text\.join is not present/),
    bad('RETURN $undeclared', 'error', /Parameter \$undeclared is not defined/),
    bad('RETURN 1; RETURN 2', 'error', /exactly one statement, found 2/),
    bad('MATCH (n:NoSuchLabel) RETURN n', 'warning', /Label NoSuchLabel is not present/),
    bad('MATCH ()-[r:NO_SUCH_TYPE]->() RETURN r', 'warning', /Relationship type NO_SUCH_TYPE is not present/),
    bad('MATCH (n) RETURN n.noSuchProperty', 'warning', /noSuchProperty is not present/),
    good('MATCH p = ALL SHORTEST (a {k: $x})-[]-{1,3}(b) RETURN p', ['x']),
    good('MATCH (a)((x)-[]->(y)){1,3}(b) RETURN a, b'),
    good("CALL db.index.fulltext.queryNodes('i', 'q') YIELD node, score RETURN node, score"),
    good('CALL db.awaitIndexes(10)'),
    good('CREATE CONSTRAINT c IF NOT EXISTS FOR ()-[r:T]-() REQUIRE r.k IS UNIQUE'),
    good('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS'),
    good('UNWIND $rows AS row MERGE (n {k: row.k}) SET n = row;', ['rows']),
  ];
  return { passed: cases.every((c) => c.ok), cases };

  function bad(text, kind, expected) {
    const { errors, warnings } = lint(text, []);
    const found = kind === 'error' ? errors : warnings;
    return {
      text,
      expect: `bad (${kind})`,
      ok: found.some((d) => expected.test(d.message)),
      got: [...errors, ...warnings].map((d) => d.message).join(' | '),
    };
  }

  function good(text, parameters = []) {
    const { errors } = lint(text, parameters);
    return { text, expect: 'good', ok: errors.length === 0, got: errors.map((d) => d.message).join(' | ') };
  }
}
