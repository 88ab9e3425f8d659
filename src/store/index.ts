/**
 * The store: files under DATA_DIR by default (no server needed), or PostgreSQL when
 * DATABASE_URL is set (several instances sharing it).
 */
import { fileDigestStore, type DigestStore, type FileDigestStoreOptions } from './digest.js';
import { fileFeedbackStore, type FeedbackStore } from './feedback.js';
import { fileGapStore, type GapStore } from './gaps.js';
import type { EventClaims, RateCounter } from './guards.js';
import { fileVerifiedStore, type VerifiedStore } from './verified.js';

export interface Store {
  feedback: FeedbackStore;
  digest: DigestStore;
  gaps: GapStore;
  verified: VerifiedStore;
  /** Shared across instances (the database store); absent for the file store, whose app keeps them in memory. */
  claims?: EventClaims;
  limiter?: RateCounter;
}

export function openFileStore(dataDir: string, opts: FileDigestStoreOptions = {}): Store {
  return { feedback: fileFeedbackStore(dataDir), digest: fileDigestStore(dataDir, opts), gaps: fileGapStore(dataDir), verified: fileVerifiedStore(dataDir) };
}

export class StoreConfigError extends Error {}

export interface StoreConfig {
  databaseUrl: string | null;
  /** How long an instance's claim on a delivery holds before another may take it over. */
  leaseMs: number;
}

export function readStoreConfig(env: Record<string, string | undefined> = process.env): StoreConfig {
  const url = env.DATABASE_URL?.trim() || null;
  if (url && !/^postgres(?:ql)?:\/\/\S+$/.test(url)) throw new StoreConfigError('DATABASE_URL should be a PostgreSQL URL like postgres://user:password@host:5432/factbot (or leave it empty for the file store under DATA_DIR).');
  const lease = env.EVENT_LEASE_SECONDS?.trim();
  const seconds = lease === undefined || lease === '' ? 30 : Number(lease);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 600) throw new StoreConfigError(`EVENT_LEASE_SECONDS must be a whole number from 1 to 600 (got "${lease}").`);
  return { databaseUrl: url, leaseMs: seconds * 1000 };
}
