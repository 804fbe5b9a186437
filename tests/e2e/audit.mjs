// Runs the graphql-http server audit (GraphQL-over-HTTP spec conformance) against a running endpoint.
// Usage: node audit.mjs <url>
// Prints one line per audit and a JSON summary line prefixed with "AUDIT-SUMMARY " holding the counts of
// ok/warn/error per requirement level (MUST, SHOULD, MAY). Exits 0 when every MUST and SHOULD audit is ok, 1 otherwise.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const results = await auditServer({ url });
const levels = ['MUST', 'SHOULD', 'MAY'];
const counts = Object.fromEntries(levels.map((level) => [level, { ok: 0, warn: 0, error: 0 }]));
const failures = [];

for (const result of results) {
  const level = result.name.split(' ')[0];
  counts[level][result.status] += 1;
  const reason = result.status === 'ok' ? '' : ` — ${result.reason}`;
  console.log(`[${result.status}] ${result.id} ${result.name}${reason}`);
  if (result.status !== 'ok' && (level === 'MUST' || level === 'SHOULD')) {
    failures.push(`${result.id} ${result.name}: ${result.reason}`);
  }
}

for (const level of levels) {
  const c = counts[level];
  console.log(`${level}: ${c.ok} ok, ${c.warn} warn, ${c.error} error`);
}
console.log(`AUDIT-SUMMARY ${JSON.stringify(counts)}`);
if (failures.length > 0) {
  console.error(`${failures.length} MUST/SHOULD audit(s) did not pass:`);
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
