// graphql-js's getIntrospectionQuery with every option on, from graphql 17 (the current release) and graphql 16 (what
// most clients bundle), must load the live schema: buildClientSchema succeeds, the rebuilt schema validates, and what
// the options ask for is there (specifiedByURL, isRepeatable, @oneOf, deprecated arguments and input fields).
// Usage: node introspection.mjs <graphql endpoint url>
import * as graphql16 from 'graphql';
import * as graphql17 from 'graphql17';
import { args, failWith, introspect } from './client-support.mjs';

const [url] = args('introspection.mjs <graphql endpoint url>', 1);
const problems = [];

const allOptions = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

for (const graphql of [graphql17, graphql16]) {
  const label = `graphql ${graphql.version}`;
  let loaded;
  try {
    loaded = await introspect(url, graphql, allOptions);
  } catch (error) {
    problems.push(`${label}: ${error.message}`);
    continue;
  }

  const { introspection, schema } = loaded;
  for (const error of graphql.validateSchema(schema)) problems.push(`${label}: the rebuilt schema is invalid: ${error.message}`);

  if (!introspection.__schema.description) problems.push(`${label}: __schema.description is empty`);
  const directives = new Map(introspection.__schema.directives.map((d) => [d.name, d]));
  for (const name of ['include', 'skip', 'deprecated', 'specifiedBy', 'oneOf']) {
    if (!directives.has(name)) problems.push(`${label}: @${name} is not in __schema.directives`);
  }
  for (const directive of directives.values()) {
    if (typeof directive.isRepeatable !== 'boolean') problems.push(`${label}: @${directive.name}.isRepeatable is ${directive.isRepeatable}`);
  }

  const types = new Map(introspection.__schema.types.map((t) => [t.name, t]));
  const date = types.get('Date');
  if (!date?.specifiedByURL?.startsWith('https://')) problems.push(`${label}: Date.specifiedByURL is ${date?.specifiedByURL}`);
  if (graphql === graphql17) {
    if (types.get('EntityUpsertInput')?.isOneOf !== true) problems.push(`${label}: EntityUpsertInput.isOneOf is not true`);
    if (types.get('ProjectFilterInput')?.isOneOf !== false) problems.push(`${label}: ProjectFilterInput.isOneOf is not false`);
  }

  const project = schema.getType('Project');
  const flat = project?.getFields().investmentAmount;
  if (!flat?.deprecationReason) problems.push(`${label}: Project.investmentAmount is not deprecated`);
  if (!project?.getFields().investment) problems.push(`${label}: Project.investment is missing`);

  // Every input value carries isDeprecated: asked for with inputValueDeprecation, on arguments and input fields.
  const inputValues = introspection.__schema.types.flatMap((t) => [
    ...(t.inputFields ?? []),
    ...(t.fields ?? []).flatMap((f) => f.args),
  ]);
  const undecided = inputValues.filter((v) => typeof v.isDeprecated !== 'boolean');
  if (undecided.length > 0) problems.push(`${label}: ${undecided.length} input values lack isDeprecated, e.g. ${undecided[0].name}`);

  const sdl = graphql.printSchema(schema);
  console.log(`${label}: ${introspection.__schema.types.length} types, ${directives.size} directives, ${sdl.length} characters of SDL`);
}

if (problems.length > 0) failWith(problems);
console.log('INTROSPECTION OK');
