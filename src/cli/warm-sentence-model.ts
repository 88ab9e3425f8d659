/**
 * Imported first by a command that answers questions: the sentence model starts loading on its
 * own thread before the rest of the engine's modules are even read, so the two overlap.
 */
import { warmSentenceModel } from '../answer/sentence-model.js';

warmSentenceModel();
