// Kuzu's bulk load of a peer-kit graph (gen_graph.py output), as compare_traversals.mjs defines the tables, into a
// fresh database in a temporary folder. Prints one JSON line: the two COPY statements' time and the database size on
// disk once closed. The whole process (wall, CPU, peak memory) is measured by the caller.
// Usage: node kuzu-copy.mjs GRAPHDIR
import kuzu from 'kuzu';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const graph = path.resolve(process.argv[2] ?? '');
for (const file of ['nodes.csv', 'edges.csv']) {
  if (!fs.existsSync(path.join(graph, file))) {
    console.error(`No ${file} in ${graph}: pass a gen_graph.py output folder.`);
    process.exit(2);
  }
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-peer-kuzu-'));
const bytesUnder = (p) => {
  const stat = fs.statSync(p);
  return stat.isDirectory() ? fs.readdirSync(p).reduce((sum, f) => sum + bytesUnder(path.join(p, f)), 0) : stat.size;
};
try {
  const db = new kuzu.Database(path.join(root, 'db'));
  const conn = new kuzu.Connection(db);
  await conn.query('CREATE NODE TABLE Entity(id STRING, kind STRING, name STRING, PRIMARY KEY(id))');
  await conn.query('CREATE REL TABLE Link(FROM Entity TO Entity, type STRING)');
  const started = performance.now();
  await conn.query(`COPY Entity FROM '${path.join(graph, 'nodes.csv')}' (header=false)`);
  const nodesDone = performance.now();
  await conn.query(`COPY Link FROM '${path.join(graph, 'edges.csv')}' (header=false)`);
  const done = performance.now();
  await conn.close();
  await db.close();
  console.log(JSON.stringify({
    nodesMs: +(nodesDone - started).toFixed(1),
    edgesMs: +(done - nodesDone).toFixed(1),
    copyMs: +(done - started).toFixed(1),
    bytes: bytesUnder(root),
  }));
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
