// pg over SCRAM-SHA-256 (its login runs on crypto.subtle): connect, create, insert, select
// JSON, a transaction, a pool, and a wrong password. Run by ./run.
const { Client, Pool } = require('pg');
const config = { host: '127.0.0.1', port: Number(process.env.PGPORT), user: 'postgres', password: process.env.PGPASSWORD, database: 'postgres' };
(async () => {
  const client = new Client(config);
  await client.connect();
  console.log('connected');
  await client.query('CREATE TEMP TABLE items (id serial PRIMARY KEY, doc jsonb NOT NULL)');
  await client.query('INSERT INTO items (doc) VALUES ($1), ($2)', [{ a: 1, tags: ['x'] }, { a: 2, nested: { ok: true } }]);
  const { rows } = await client.query('SELECT id, doc FROM items ORDER BY id');
  console.log(JSON.stringify(rows));
  await client.query('BEGIN');
  await client.query('INSERT INTO items (doc) VALUES ($1)', [{ a: 3 }]);
  await client.query('ROLLBACK');
  await client.query('BEGIN');
  await client.query('INSERT INTO items (doc) VALUES ($1)', [{ a: 4 }]);
  await client.query('COMMIT');
  console.log((await client.query("SELECT count(*)::int AS n, json_agg(doc->'a' ORDER BY id) AS a FROM items")).rows[0]);
  await client.end();
  const pool = new Pool({ ...config, max: 3 });
  const results = await Promise.all([1, 2, 3, 4, 5].map((i) => pool.query('SELECT $1::int * 2 AS v', [i])));
  console.log(results.map((r) => r.rows[0].v));
  await pool.end();
  const bad = new Client({ ...config, password: 'wrong' });
  try { await bad.connect(); } catch (e) { console.log('bad password:', e.code, e.message); }
})().catch((e) => { console.error('FAIL', e); process.exit(1); });
