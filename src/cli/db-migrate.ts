/** `npm run db:migrate`: creates or updates the PostgreSQL schema (the app also does this at start). */
import 'dotenv/config';
import { openPool, describeDbError } from '../store/pg/pool.js';
import { migrate } from '../store/pg/migrations.js';
import { readStoreConfig } from '../store/index.js';
import { run, UsageError } from './common.js';

run(async () => {
  const { databaseUrl } = readStoreConfig();
  if (!databaseUrl) throw new UsageError('DATABASE_URL is not set: the file store under DATA_DIR needs no migration.');
  const pool = openPool(databaseUrl);
  try {
    const applied = await migrate(pool);
    console.log(applied.length ? `Applied schema steps ${applied.join(', ')}.` : 'The schema is up to date.');
    return 0;
  } catch (err) {
    console.error(`Migration failed: ${describeDbError(err, databaseUrl)}`);
    return 1;
  } finally {
    await pool.end().catch(() => undefined);
  }
});
