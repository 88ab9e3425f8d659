/**
 * What the daily digest must remember across restarts: which slots were posted (and where),
 * which facts have been posted in the current rotation, and which documents it had seen.
 *
 * The interface is two calls so that a shared database can replace the file store: `claim` is
 * one transaction (lock the slot row, check it, post, write) and `read` a plain select.
 */
import { join } from 'node:path';
import { readJson, withLock, writeJsonAtomic, type CorruptStateError } from './files.js';

export interface PostedSlot {
  channel: string;
  /** The message ts Slack returned, so the post can be found, linked or edited later. */
  ts: string;
  postedAt: string;
  factIds: string[];
  forced?: boolean;
  /** Found in the channel by its metadata after the store had failed to record it. */
  recovered?: boolean;
}

export interface DigestState {
  version: 1;
  /** Slot id (the scheduled time, ISO UTC) → the post made for it. */
  slots: Record<string, PostedSlot>;
  /** Fact ids posted since the rotation last started over, with when; no fact repeats until all have been posted. */
  rotation: Record<string, string>;
  /** Document name → content hash as of the last posted digest; documents not in it are new. Null before the first digest. */
  documents: Record<string, string> | null;
  /**
   * Slots a post was about to be made for (slot → when), written before posting and cleared
   * with the record: one left behind means a post may have gone out unrecorded.
   */
  pending?: Record<string, string>;
}

export const emptyDigestState = (): DigestState => ({ version: 1, slots: {}, rotation: {}, documents: null });

export type ClaimResult = { status: 'posted'; state: DigestState } | { status: 'already'; slot: string; posted: PostedSlot };

export interface DigestStore {
  read(): Promise<DigestState>;
  /**
   * Runs `post` only if `slot` has not been posted (or `force`), with the slot held exclusively
   * so no other process can post it meanwhile, and saves the state `post` returns. If `post`
   * throws, nothing more is saved and the slot stays open for the next attempt. `save` writes a
   * state at once, still holding the slot (the intent to post, before posting).
   */
  claim(slot: string, opts: { force?: boolean }, post: (state: DigestState, save: (s: DigestState) => Promise<void>) => Promise<DigestState>): Promise<ClaimResult>;
}

function isDigestState(v: unknown): v is DigestState {
  const s = v as DigestState;
  return typeof s === 'object' && s !== null && s.version === 1 && typeof s.slots === 'object' && s.slots !== null && typeof s.rotation === 'object' && s.rotation !== null;
}

export interface FileDigestStoreOptions {
  /** Told once about a corrupt state file, after it has been moved aside. */
  onCorrupt?: (err: CorruptStateError) => void;
  lockTimeoutMs?: number;
}

export function fileDigestStore(dataDir: string, opts: FileDigestStoreOptions = {}): DigestStore {
  const path = join(dataDir, 'digest-state.json');
  const lockPath = join(dataDir, 'digest.lock');
  const read = (): DigestState => {
    const { value, warning } = readJson(path, emptyDigestState(), isDigestState);
    if (warning) opts.onCorrupt?.(warning);
    return value;
  };
  return {
    read: async () => read(),
    claim: (slot, { force = false }, post) =>
      withLock(
        lockPath,
        async () => {
          const state = read();
          const posted = state.slots[slot];
          if (posted && !force) return { status: 'already', slot, posted } as const;
          const next = await post(state, async (s) => writeJsonAtomic(path, s));
          writeJsonAtomic(path, next);
          return { status: 'posted', state: next } as const;
        },
        { timeoutMs: opts.lockTimeoutMs },
      ),
  };
}
