/** The embedded default store: files under DATA_DIR, no server needed. */
import { fileDigestStore, type DigestStore, type FileDigestStoreOptions } from './digest.js';
import { fileFeedbackStore, type FeedbackStore } from './feedback.js';
import { fileGapStore, type GapStore } from './gaps.js';
import { fileVerifiedStore, type VerifiedStore } from './verified.js';

export interface Store {
  feedback: FeedbackStore;
  digest: DigestStore;
  gaps: GapStore;
  verified: VerifiedStore;
}

export function openFileStore(dataDir: string, opts: FileDigestStoreOptions = {}): Store {
  return { feedback: fileFeedbackStore(dataDir), digest: fileDigestStore(dataDir, opts), gaps: fileGapStore(dataDir), verified: fileVerifiedStore(dataDir) };
}
