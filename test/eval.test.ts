import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEngine } from '../src/answer/engine.js';
import { evaluate, isHeldOut } from '../src/answer/evaluate.js';
import { readCases, readSets } from '../src/cli/question-sets.js';
import { prepareDocuments } from '../src/facts/read.js';

// The held-out halves, which `npm run train` never fits; the floors are the figures in the README.
const FLOORS: Record<string, { p1: number; declined: number; refusedAtMost: number; short: number }> = {
  'seeds-team': { p1: 0.9, declined: 0.9, refusedAtMost: 0.1, short: 0.9 },
  'seeds-everyday': { p1: 0.9, declined: 0.75, refusedAtMost: 0.1, short: 0.65 },
  'seeds-newcomer': { p1: 0.75, declined: 0.9, refusedAtMost: 0.4, short: 0.4 },
  // Written in one sitting before it was ever run, never fitted on: a reader quizzing the articles.
  'seeds-reader': { p1: 0.85, declined: 0.9, refusedAtMost: 0.1, short: 0.8 },
  // Written in one sitting at stop 27 and first run as it stands; 2 off-topic questions in its held-out half.
  'seeds-fresh': { p1: 0.85, declined: 0.5, refusedAtMost: 0.1, short: 0.75 },
  // Written in one sitting at stop 29 before any run (P@1 79.4%, off-topic declined 72.7% over every question on first run).
  'seeds-blind': { p1: 0.7, declined: 0.6, refusedAtMost: 0.25, short: 0.5 },
  // Written in one sitting at stop 30 before any run (P@1 88.6%, off-topic declined 58.3% over every question on first run).
  'seeds-stop30': { p1: 0.85, declined: 0.4, refusedAtMost: 0.1, short: 0.85 },
  // Written in one sitting at stop 31 before any run (P@1 85.7%, off-topic declined 60.0% over every question on first run).
  'seeds-stop31': { p1: 0.85, declined: 0.3, refusedAtMost: 0.1, short: 0.75 },
  // Written in one sitting at stop 32 before any run (P@1 81.6%, off-topic declined 75.0% over every question on first run).
  // (Refusals 0.2 since stop 36: "what happened in june according to the second article", answered from a wrong
  // sentence that names another month, is declined instead.)
  'seeds-stop32': { p1: 0.75, declined: 0.5, refusedAtMost: 0.2, short: 0.7 },
  // Written at the end of stop 32, after all of its changes, and left as it first ran (P@1 84.0%, declined 62.5% over every question).
  'seeds-final32': { p1: 0.7, declined: 0.25, refusedAtMost: 0.2, short: 0.6 },
  handbook: { p1: 0.8, declined: 0.85, refusedAtMost: 0.2, short: 0.7 },
  // Never fitted on (eval/sets.json "train": false): a library the model has not seen.
  benefits: { p1: 0.75, declined: 0.7, refusedAtMost: 0.2, short: 0.4 },
  // Off-topic questions sharing a phrase with a sentence ("the Enterprise plan"): 3 of 7 declined at threshold 0.346, 2 at 0.342; more sit within 0.01 of it.
  support: { p1: 0.8, declined: 0.25, refusedAtMost: 0.3, short: 0.5 },
  // "how many desks are on the second floor" sits at the threshold (0.39).
  office: { p1: 0.7, declined: 0.7, refusedAtMost: 0.2, short: 0.4 },
  perks: { p1: 0.9, declined: 0.8, refusedAtMost: 0.2, short: 0.5 },
  'team-lists': { p1: 0.75, declined: 0.6, refusedAtMost: 0.4, short: 0.5 },
  'travel-lists': { p1: 0.75, declined: 0.5, refusedAtMost: 0.3, short: 0.5 },
  'policy-clauses': { p1: 0.85, declined: 0.5, refusedAtMost: 0.3, short: 0.5 },
  // Its held-out half asks for two short answers: days of the week (found) and one the reader does not type.
  'wrapped-text': { p1: 0.75, declined: 0.3, refusedAtMost: 0.2, short: 0.5 },
  'faq-notes': { p1: 0.75, declined: 0.5, refusedAtMost: 0.2, short: 0.6 },
  // Written in one sitting and first run as it stands: its held-out half has 4 off-topic questions, one declined.
  'team-guide': { p1: 0.85, declined: 0.25, refusedAtMost: 0.3, short: 0.3 },
  // Written in one sitting after the borrowed questions were chosen, to check them.
  'studio-handbook': { p1: 0.75, declined: 0.7, refusedAtMost: 0.2, short: 0.45 },
  // Written in one sitting at stop 27, document and questions, and first run as it stands (P@1 70% then).
  'crew-handbook': { p1: 0.75, declined: 0.6, refusedAtMost: 0.15, short: 0.65 },
  // The second handbook written at stop 27, in paragraphs of several facts (P@1 82.1% over every question on first run).
  'harbor-handbook': { p1: 0.85, declined: 0.6, refusedAtMost: 0.2, short: 0.5 },
  // Written in one sitting at stop 28 (P@1 81.3% over every question on first run, 9 of 12 off-topic declined).
  'shop-handbook': { p1: 0.75, declined: 0.6, refusedAtMost: 0.3, short: 0.45 },
  // Written in one sitting at stop 28 after the workplace synonyms, to measure them (P@1 81.3%, off-topic declined 66.7%, short answers 39.1% on first run).
  // Its held-out half has 11 answerable questions: 4 refused, one of them a wrong sentence below the threshold.
  'school-handbook': { p1: 0.55, declined: 0.6, refusedAtMost: 0.4, short: 0.25 },
  // Written in one sitting at stop 29, document and questions, before any run (P@1 89.2%, declined 66.7%, short answers 56% on first run).
  'atlas-handbook': { p1: 0.85, declined: 0.65, refusedAtMost: 0.2, short: 0.6 },
  // Written blind at stop 29 after that stop's other changes, in the shape (P@1 78.8%, declined 58.3%, short answers 43.5% on first run).
  'northwind-handbook': { p1: 0.75, declined: 0.25, refusedAtMost: 0.3, short: 0.5 },
  // Both written blind at stop 30, the first before that stop's changes, the second after them (first runs, every question: P@1 78.9% and 83.3%).
  'ridgeline-handbook': { p1: 0.8, declined: 0.5, refusedAtMost: 0.15, short: 0.75 },
  'cobalt-handbook': { p1: 0.85, declined: 0.7, refusedAtMost: 0.2, short: 0.7 },
  // Written blind at stop 31: the lab's handbook before that stop's changes (first run, every question: P@1 94.6%,
  // declined 69.2%), the newsroom's and the depot's after them (86.1% and 88.6%); 2 of the lab's 6 held-out off-topic questions declined.
  'fernhill-handbook': { p1: 0.9, declined: 0.3, refusedAtMost: 0.1, short: 0.7 },
  'courier-handbook': { p1: 0.8, declined: 0.7, refusedAtMost: 0.15, short: 0.85 },
  'depot-handbook': { p1: 0.8, declined: 0.5, refusedAtMost: 0.2, short: 0.6 },
  // Written blind at the end of stop 31, after all of its changes, and left as it first ran (P@1 93.3%, declined 75.0%).
  'clinic-handbook': { p1: 0.85, declined: 0.5, refusedAtMost: 0.15, short: 0.6 },
  // Written blind at stop 32 with its questions, before any change (P@1 89.2%, declined 41.7% over every question on first run).
  'hotel-handbook': { p1: 0.8, declined: 0.3, refusedAtMost: 0.15, short: 0.5 },
  // Formal numbered policies, written blind at stop 32 after the hotel's fixes (P@1 87.9%, declined 83.3% over every question on first run).
  'formal-handbook': { p1: 0.8, declined: 0.6, refusedAtMost: 0.2, short: 0.6 },
  // A bistro's team guide, written blind at stop 32 after the formal handbook's fixes (P@1 93.8%, declined 58.3% over every question on first run).
  'bistro-handbook': { p1: 0.8, declined: 0.3, refusedAtMost: 0.25, short: 0.5 },
  // Written blind at the end of stop 32, after all of its changes (P@1 100%, declined 90.0% over every question on first run).
  'agency-handbook': { p1: 0.85, declined: 0.6, refusedAtMost: 0.15, short: 0.75 },
  // Written blind at stop 33, each run once before anything was changed for it (first runs, every question): the seeds
  // an eighth time (P@1 91.4%, declined 72.7%), a food bank's guide (81.6%, 50.0%), a product's help pages (82.9%, 60.0%);
  // after that stop's first fixes, a lab's guide with a table (93.1%, 50.0%), the seeds a ninth time (88.0%, 75.0%) and a
  // wiki-exported startup handbook asked with typos (92.9%, 72.7%); after all of them, a council's plain-text guide (96.0%, 70.0%).
  'seeds-stop33': { p1: 0.85, declined: 0.6, refusedAtMost: 0.15, short: 0.75 },
  'charity-handbook': { p1: 0.75, declined: 0.4, refusedAtMost: 0.35, short: 0.7 },
  // (Since stop 49 refused 0.238, 5 of 21 held-out questions, and short answers 0.556, 5 of 9: "what's the api rate limit"
  // now meets "up to 5,000 rows", which says a maximum and so a limit, and is refused at 0.19 where it had been answered
  // right at 0.49, short answer and all; "how much is the team plan" is refused where it had been answered wrongly. Both
  // floors are the held-out figure and one question, as for every set.)
  'product-help': { p1: 0.7, declined: 0.5, refusedAtMost: 0.3, short: 0.4 },
  'lab-handbook': { p1: 0.9, declined: 0.4, refusedAtMost: 0.2, short: 0.7 },
  'seeds-final33': { p1: 0.75, declined: 0.5, refusedAtMost: 0.1, short: 0.3 },
  'startup-handbook': { p1: 0.9, declined: 0.3, refusedAtMost: 0.15, short: 0.8 },
  'council-handbook': { p1: 0.9, declined: 0.6, refusedAtMost: 0.1, short: 0.9 },
  // Then a PDF handbook (first run P@1 86.4%, declined 62.5%) and a Word onboarding guide (90.0%, 75.0%), reading faults fixed after.
  'pdf-handbook': { p1: 0.9, declined: 0.6, refusedAtMost: 0.1, short: 0.75 },
  // (One held-out decline fewer at stop 35: once "Fridays" was read as Friday, "can I work from home on fridays?"
  // met "time sheets … by 17:00 every Friday" at 0.57.)
  'docx-handbook': { p1: 0.85, declined: 0.5, refusedAtMost: 0.1, short: 0.7 },
  // Written blind at stop 34, each run once before anything was changed for it (first runs, every question): the seeds a
  // tenth time (P@1 81.8%, declined 70.0%) and a leisure centre's intranet HTML page (89.7%, 27.3%); after their fixes, a
  // service runbook with command blocks (88.9%, 66.7%) and an HR FAQ exported as CSV (0%: CSV was not read; 100%, 55.6% once it was).
  'seeds-stop34': { p1: 0.8, declined: 0.5, refusedAtMost: 0.15, short: 0.5 },
  'leisure-handbook': { p1: 0.9, declined: 0.25, refusedAtMost: 0.2, short: 0.85 },
  // (Its held-out refusals rose one question, to 3 of 19, with stop 35's last refit: "what's the rollback command?" at 0.38,
  // threshold 0.387 — on the fitted sets' held-out halves, which choose the model, that refit refuses one fewer.)
  'ops-runbook': { p1: 0.85, declined: 0.5, refusedAtMost: 0.2, short: 0.7 },
  'csv-faq': { p1: 0.9, declined: 0.5, refusedAtMost: 0.2, short: 0.75 },
  // A product team's meeting notes, written blind after those fixes (first run 72.4%, declined 55.6%: a paragraph
  // naming the terms of service was dropped as site chrome, "Q2 2027" and "until 31 March 2027" were no dates).
  'meeting-notes': { p1: 0.75, declined: 0.2, refusedAtMost: 0.15, short: 0.65 },
  // An all-staff mail archive, one mail a file, written blind last (first run P@1 84.4%, declined 33.3%, short answers 58.8%).
  'mail-archive': { p1: 0.8, declined: 0.2, refusedAtMost: 0.2, short: 0.6 },
  // Written blind at stop 35, each run once before anything was changed for it (first runs, every question): the seeds
  // an eleventh time (P@1 77.1%, declined 40.0%), a contact centre's handbook (75.0%, 50.0%: "Saturdays" was not
  // Saturday, "Saturday shifts" answered "when do we get paid?"), a numbered security policy (85.7%, 66.7%), a product's
  // release notes (96.4%, 50.0%: a release's "### Added" lost the release's heading and date).
  'seeds-stop35': { p1: 0.7, declined: 0.4, refusedAtMost: 0.2, short: 0.5 },
  'callcentre-handbook': { p1: 0.8, declined: 0.6, refusedAtMost: 0.3, short: 0.6 },
  'security-policy': { p1: 0.85, declined: 0.5, refusedAtMost: 0.1, short: 0.55 },
  'release-notes': { p1: 0.9, declined: 0.3, refusedAtMost: 0.15, short: 0.3 },
  // Then, after those fixes, a day nursery's handbook (85.7%, 70.0%) and a law firm's plain-text manual (84.8%, 66.7%).
  'nursery-handbook': { p1: 0.9, declined: 0.6, refusedAtMost: 0.15, short: 0.8 },
  'lawfirm-manual': { p1: 0.75, declined: 0.5, refusedAtMost: 0.15, short: 0.7 },
  // And the seeds a twelfth time, last, in the styles (76.7%, declined 62.5%: paraphrase again).
  'seeds-final35': { p1: 0.6, declined: 0.75, refusedAtMost: 0.3, short: 0.4 },
  // Written blind at stop 36, run once before anything was changed for them (first runs, every question): the seeds a
  // thirteenth time (P@1 83.3%, declined 75.0%), a vet practice's handbook (94.7%, 50.0%: "who is the head receptionist?"
  // took the head nurse), a building site's plain-text induction (83.3%, 70.0%: "ppe" only in a heading).
  'seeds-stop36': { p1: 0.85, declined: 0.8, refusedAtMost: 0.15, short: 0.7 },
  'vet-handbook': { p1: 0.9, declined: 0.6, refusedAtMost: 0.1, short: 0.75 },
  'site-induction': { p1: 0.75, declined: 0.75, refusedAtMost: 0.25, short: 0.55 },
  // Then, after the first fixes, a theatre's front-of-house guide (71.4%, 80.0%) and a hall of residence's FAQ (93.3%, 70.0%).
  'theatre-guide': { p1: 0.65, declined: 0.6, refusedAtMost: 0.2, short: 0.5 },
  'halls-faq': { p1: 0.8, declined: 0.5, refusedAtMost: 0.2, short: 0.55 },
  // Written blind at stop 37, run once before anything was changed for them (first runs, every question): the seeds a
  // fifteenth time (P@1 75.0%, declined 70.0%: paraphrase, "who brokered the ceasefire?" answered by "…before a ceasefire
  // was brokered"), a folk festival's volunteer guide in HTML (75.0%, 70.0%: the page title read as a fact, a definition
  // list's second sentence cut from its term), a dental practice's Q:/A: FAQ (88.5%, 100%: a paragraph saying "our
  // website" dropped as site chrome).
  // (Refusals 2 of 11 with the refit: "what did iran promise in return", answered from a wrong sentence at 0.393, is declined at 0.396.)
  'seeds-stop37': { p1: 0.75, declined: 0.8, refusedAtMost: 0.2, short: 0.75 },
  // (Refusals 3 of 12 since stop 45: "how many shifts do I have to do", answered wrongly from "Over 21s only", is declined —
  // a count of shifts is not met by a number that counts no shifts.)
  'festival-volunteers': { p1: 0.6, declined: 0.85, refusedAtMost: 0.25, short: 0.5 },
  'dental-faq': { p1: 0.85, declined: 0.8, refusedAtMost: 0.1, short: 0.85 },
  // Then, after their fixes, an open-source project's CONTRIBUTING.md (80.0%, 70.0%) and a public library's plain-text
  // members' guide (81.3%, 50.0%: "Market Square" read as "Square").
  'oss-contributing': { p1: 0.9, declined: 0.25, refusedAtMost: 0.1, short: 0.5 },
  'library-guide': { p1: 0.8, declined: 0.25, refusedAtMost: 0.3, short: 0.5 },
  // And, after all of it, an apartment block's residents' handbook (93.9%, 72.7%) and the seeds a sixteenth time in the
  // issue's styles (72.2%, 50.0%: paraphrase again, "death toll?" refused at 0.19).
  'residents-handbook': { p1: 0.85, declined: 0.8, refusedAtMost: 0.2, short: 0.8 },
  'seeds-final37': { p1: 0.6, declined: 0.25, refusedAtMost: 0.25, short: 0.4 },
  // Written blind at stop 38, run once before anything was changed for them (first runs, every question): the seeds a
  // seventeenth time (P@1 96.2%, declined 50.0%: "when did putin become president", "how many aircraft are based at al
  // udeid"), an engineering folder of three Markdown files (82.9%, 80.0%: "E1" no label, "paged at 14:11 UTC" no "when"),
  // a sailing club's numbered rules (81.8%, 80.0%), an encyclopedia-style town article (83.9%, 40.0%: "was born in
  // 1832" answered "when did she die?", the River Lune no place), an espresso machine's HTML manual (85.2%, 90.0%).
  'seeds-stop38': { p1: 0.9, declined: 0.5, refusedAtMost: 0.1, short: 0.65 },
  'platform-docs': { p1: 0.8, declined: 0.8, refusedAtMost: 0.4, short: 0.65 },
  'sailing-club': { p1: 0.85, declined: 0.75, refusedAtMost: 0.1, short: 0.8 },
  'town-history': { p1: 0.9, declined: 0.6, refusedAtMost: 0.1, short: 0.65 },
  'coffee-manual': { p1: 0.8, declined: 0.75, refusedAtMost: 0.1, short: 0.55 },
  // Then, after those fixes, a medicine's patient leaflet (65.5%, 100%: its contents list read as facts), a conference's
  // attendee guide with schedule tables (87.1%, 60.0%) and a university module handbook in Word (90.6%, 60.0%).
  'medicine-leaflet': { p1: 0.65, declined: 0.85, refusedAtMost: 0.25, short: 0.65 },
  'conference-programme': { p1: 0.8, declined: 0.65, refusedAtMost: 0.15, short: 0.65 },
  'course-handbook': { p1: 0.8, declined: 0.5, refusedAtMost: 0.1, short: 0.85 },
  // And, after all of it, a hotel's guest directory (83.9%, 70.0%) and the seeds an eighteenth time (72.7%, 62.5%: paraphrase).
  'guest-directory': { p1: 0.85, declined: 0.85, refusedAtMost: 0.25, short: 0.8 },
  'seeds-final38': { p1: 0.75, declined: 0.5, refusedAtMost: 0.15, short: 0.75 },
  // Stop 39, before any change: the seeds a nineteenth time, half as search-box keywords (80.8%, 60.0%), a podcast's
  // transcript (62.5%, 100%: the host's questions quoted as answers), an airline's HTML baggage policy (66.7%, 70.0%), a
  // museum guide (84.8%, 60.0%), a recipe book (56.7%, 80.0%: "Ingredients:" heading no recipe) and a laptop's spec sheet
  // (87.1%, 80.0%: "how heavy" no weight). (At 100% on a held-out half, the floor leaves room for one question.)
  'seeds-stop39': { p1: 0.8, declined: 0.75, refusedAtMost: 0.1, short: 0.6 },
  'founder-interview': { p1: 0.7, declined: 0.8, refusedAtMost: 0.2, short: 0.3 },
  // (Since stop 50 'how do I fly with a cello?' is refused, its sentence saying nothing of flying: 3 of 14 refused.)
  'baggage-policy': { p1: 0.75, declined: 0.6, refusedAtMost: 0.3, short: 0.75 },
  'museum-guide': { p1: 0.75, declined: 0.6, refusedAtMost: 0.2, short: 0.6 },
  'recipe-book': { p1: 0.65, declined: 0.65, refusedAtMost: 0.25, short: 0.35 },
  // (Refusals 0.15 since stop 51: "is there a fingerprint sensor?" — "fingerprint reader" — is refused, a sentence that
  // says a word before the thing asked and not the thing itself no longer answering "is there…?".)
  'laptop-specs': { p1: 0.9, declined: 0.65, refusedAtMost: 0.15, short: 0.5 },
  // And, after all of it, a home insurance summary (66.7%, 60.0%: a list's lead-in sentence read as a heading) and the
  // seeds a twentieth time (77.3%, 75.0%: paraphrase).
  'home-insurance': { p1: 0.65, declined: 0.75, refusedAtMost: 0.2, short: 0.3 },
  'seeds-final39': { p1: 0.75, declined: 0.65, refusedAtMost: 0.25, short: 0.3 },
  // Stop 40, before any change: the seeds a twenty-first time, as a fact-checker asks (84.6%, 70.0%: "is it true that…"
  // read as the question's words), a job advert in HTML (90.0%, 100%), an encyclopaedia-style biography (80.0%, 70.0%),
  // a savings account's key facts (74.2%, 90.0%), a walking guide (67.7%, 60.0%: a route's heading counts for less than
  // the words of the guide's opening; no floor: its held-out half is 29 of 41 questions, the hash's split outside the
  // 30–70% checked below) and a help channel's chat export (76.7%, 70.0%: messages read as headings).
  'seeds-stop40': { p1: 0.8, declined: 0.5, refusedAtMost: 0.1, short: 0.6 },
  'job-advert': { p1: 0.8, declined: 0.8, refusedAtMost: 0.2, short: 0.7 },
  biography: { p1: 0.5, declined: 0.6, refusedAtMost: 0.2, short: 0.5 },
  'savings-account': { p1: 0.5, declined: 0.6, refusedAtMost: 0.35, short: 0.3 },
  'chat-log': { p1: 0.75, declined: 0.5, refusedAtMost: 0.2, short: 0.7 },
  // And, after all of it, a pub's menu (73.3%, 90.0%: "gluten free" asked, "(gf)" written) and the seeds a twenty-second
  // time in a second language's broken English (85.0%, 50.0%).
  'restaurant-menu': { p1: 0.6, declined: 0.65, refusedAtMost: 0.35, short: 0.3 },
  'seeds-final40': { p1: 0.7, declined: 0.25, refusedAtMost: 0.2, short: 0.5 },
  // Written blind at stop 41 before any change (P@1, off-topic declined over every question on first run): the seeds
  // asked with each question wrapped in its purpose (84.6%, 80.0%: "for my report", "my manager asked me to check" read
  // as the question's words), an incident postmortem (80.0%, 90.0%), a washing machine's troubleshooting tables (93.3%,
  // 80.0%), an engineering glossary (86.7%, 90.0%: an entry's later sentences not its term's), a results press release
  // (93.3%, 60.0%) and a job offer letter (90.0%, 90.0%: its signature dropped).
  'seeds-stop41': { p1: 0.85, declined: 0.85, refusedAtMost: 0.1, short: 0.45 },
  postmortem: { p1: 0.65, declined: 0.8, refusedAtMost: 0.1, short: 0.55 },
  'washer-manual': { p1: 0.8, declined: 0.7, refusedAtMost: 0.1, short: 0.5 },
  glossary: { p1: 0.9, declined: 0.9, refusedAtMost: 0.1, short: 0.5 },
  'press-release': { p1: 0.75, declined: 0.3, refusedAtMost: 0.15, short: 0.45 },
  'offer-letter': { p1: 0.9, declined: 0.8, refusedAtMost: 0.2, short: 0.55 },
  // And, after all of it, the seeds asked as requests for the evidence (68.2%, 75.0%: "find me the line about…" read as
  // the question's words; fixed after, so no longer blind) and a research paper's summary (73.3%, 80.0%).
  'seeds-final41': { p1: 0.8, declined: 0.9, refusedAtMost: 0.1, short: 0.6 },
  'research-summary': { p1: 0.65, declined: 0.9, refusedAtMost: 0.25, short: 0.6 },
  // Written blind at stop 42 before any change (P@1, off-topic declined over every question on first run): the seeds
  // asked as claims to check and either-or questions (86.4%, 62.5%: "was it Russia or Oman…?" gave no short answer), a
  // port strike's news report (93.3%, 50.0%: its byline and dateline read as the lede's headings) and a science news
  // page in HTML (80.6%, 70.0%: the title's headline and site name read as a fact).
  'seeds-stop42': { p1: 0.7, declined: 0.6, refusedAtMost: 0.3, short: 0.6 },
  'news-strike': { p1: 0.9, declined: 0.5, refusedAtMost: 0.1, short: 0.8 },
  'news-science': { p1: 0.9, declined: 0.55, refusedAtMost: 0.1, short: 0.75 },
  // And, after those fixes, a football match report (70.0%, 40.0%: sport's own words) and a wire-service business
  // story (66.7%, 60.0%: a foot-of-story credit, a dateline's place read as who), each fixed after, so no longer blind;
  // and, after all of it, the seeds a twenty-sixth time (86.4%, 62.5%), left as it first ran.
  'news-match': { p1: 0.7, declined: 0.4, refusedAtMost: 0.2, short: 0.3 },
  'news-business': { p1: 0.8, declined: 0.2, refusedAtMost: 0.3, short: 0.65 },
  'seeds-final42': { p1: 0.85, declined: 0, refusedAtMost: 0.2, short: 0.5 },
  // Written blind at stop 43 before any change (P@1, off-topic declined over every question on first run): the seeds
  // asked as requests (90.9%, 50.0%), a diplomatic news story of the seeds' own kind (86.7%, 20.0%: a quantity met by
  // a measure, what a country said met by a sentence naming it elsewhere), a town council's minutes (83.9%, 40.0%:
  // "Cllr Birkett", "9.12pm", a question only reported as asked) and an invoicing app's changelog (83.3%, 50.0%).
  'seeds-stop43': { p1: 0.85, declined: 0.25, refusedAtMost: 0.1, short: 0.8 },
  'news-diplomacy': { p1: 0.65, declined: 0.5, refusedAtMost: 0.1, short: 0.6 },
  'council-minutes': { p1: 0.75, declined: 0.5, refusedAtMost: 0.15, short: 0.7 },
  'invoicing-changelog': { p1: 0.7, declined: 0.3, refusedAtMost: 0.25, short: 0.35 },
  // Then, after each round of fixes, two more each: a tenancy agreement (84.4%, 70.0%) and a school newsletter (93.3%,
  // 40.0%); a government guidance page (76.7%, 60.0%) and a race's information (83.9%, 60.0%); an engineering-works
  // notice (90.0%, 50.0%), each fixed after, so no longer blind; a tool's README (83.3%, 60.0%) and the seeds a
  // twenty-eighth time (90.9%, 62.5%), left as they first ran.
  'tenancy-agreement': { p1: 0.7, declined: 0.6, refusedAtMost: 0.15, short: 0.7 },
  'school-newsletter': { p1: 0.8, declined: 0.6, refusedAtMost: 0.1, short: 0.75 },
  // (Since stop 50 'how do I pay for an online renewal?' is refused where it had been answered wrongly: 3 of 17 refused.)
  'gov-guidance': { p1: 0.6, declined: 0.7, refusedAtMost: 0.25, short: 0.55 },
  'race-info': { p1: 0.7, declined: 0.8, refusedAtMost: 0.15, short: 0.3 },
  'rail-disruption': { p1: 0.8, declined: 0.5, refusedAtMost: 0.15, short: 0.7 },
  'tool-readme': { p1: 0.7, declined: 0.5, refusedAtMost: 0.25, short: 0.2 },
  'seeds-final43': { p1: 0.9, declined: 0.6, refusedAtMost: 0.15, short: 0.6 },
  // Written blind at stop 44 before any change (P@1, off-topic declined over every question on first run): the seeds as
  // a student revising for a quiz (95.5%, 75.0%), a privacy notice (96.7%, 50.0%), an encyclopaedia article about an
  // animal (90.0%, 40.0%: who wrote a novel credited by name, a speed met by an age), a rail tour's itinerary in HTML
  // (76.7%, 80.0%: its day headings read as labelled lines); each fixed after, so no longer blind. Then, after the first
  // round, a board game's rules (70.0%, 80.0%: prices in coins refused) and a recall notice (80.0%, 80.0%); after the
  // second, a lab protocol (63.3%, 60.0%) and property particulars (80.0%, 70.0%: the price line read as a heading),
  // each fixed after; and the seeds a thirtieth time (86.4%, 75.0%), written after the first round and run once after all.
  'seeds-stop44': { p1: 0.9, declined: 0.3, refusedAtMost: 0.15, short: 0.55 },
  'privacy-notice': { p1: 0.9, declined: 0.5, refusedAtMost: 0.1, short: 0.45 },
  'species-article': { p1: 0.9, declined: 0.6, refusedAtMost: 0.1, short: 0.7 },
  'tour-itinerary': { p1: 0.75, declined: 0.75, refusedAtMost: 0.2, short: 0.55 },
  'game-rules': { p1: 0.6, declined: 0.4, refusedAtMost: 0.1, short: 0.14 },
  'recall-notice': { p1: 0.75, declined: 0.75, refusedAtMost: 0.45, short: 0.28 },
  // (Since stop 50 'how long…' weighs 'long' at half: 'how long can DNA be kept in the fridge?' ("…or at −20 °C for longer")
  // is refused at 0.34, and 'how long is the first spin?' refused where it had been answered wrongly: 3 of 16 refused.)
  'lab-protocol': { p1: 0.55, declined: 0.6, refusedAtMost: 0.25, short: 0.5 },
  'property-listing': { p1: 0.8, declined: 0, refusedAtMost: 0.1, short: 0.65 },
  'seeds-final44': { p1: 0.7, declined: 0.6, refusedAtMost: 0.2, short: 0.5 },
  // Written blind at stop 45 (P@1, off-topic declined over every question on first run): before any change, the seeds as
  // a listener checking what they half-heard (81.8%, 62.5%), a community fund's guidance (83.3%, 70.0%), a car manual
  // (86.7%, 60.0%: "the front tyres", "what pressure", "what colour", "the 12v battery") and a council's bins page
  // (80.0%, 70.0%); after the first round, a summer camp's pack (70.0%, 70.0%: a timetable's "12.30"), a wedding's web
  // page (56.7%, 80.0%) and the seeds as a teacher's comprehension questions, run once after the second round (77.3%,
  // 62.5%); after the third, an API reference (76.7%, 90.0%: an address ending a sentence) and a bike-hire help page
  // (73.3%, 70.0%), and the seeds as a manager's fragments (59.1%, 62.5%), left as they first ran.
  'seeds-stop45': { p1: 0.7, declined: 0.25, refusedAtMost: 0.15, short: 0.65 },
  'seeds-final45': { p1: 0.7, declined: 0.25, refusedAtMost: 0.3, short: 0 },
  'seeds-brief45': { p1: 0.5, declined: 0.5, refusedAtMost: 0.25, short: 0.15 },
  'grant-guidance': { p1: 0.55, declined: 0.5, refusedAtMost: 0.4, short: 0.55 },
  'car-manual': { p1: 0.8, declined: 0.55, refusedAtMost: 0.2, short: 0.7 },
  'waste-guide': { p1: 0.75, declined: 0, refusedAtMost: 0.2, short: 0.5 },
  'camp-info': { p1: 0.6, declined: 0.8, refusedAtMost: 0.55, short: 0.3 },
  'wedding-page': { p1: 0.45, declined: 0.5, refusedAtMost: 0.4, short: 0.25 },
  'api-reference': { p1: 0.8, declined: 0, refusedAtMost: 0.3, short: 0.1 },
  'bikeshare-faq': { p1: 0.7, declined: 0.4, refusedAtMost: 0.25, short: 0.55 },
  // Written blind at stop 46 (P@1, off-topic declined over every question on first run): before any change, the seeds as a
  // fact-checker (81.8%, 100%), a prize draw's terms (51.6%, 88.9%: a data clause the reader dropped for pointing to the
  // privacy notice), a podcast transcript (80.0%, 70.0%) and a garden centre's plant-care page (87.5%, 62.5%); after the
  // first round, the seeds as a student mapping who did what to whom (72.7%, 50.0%), a food bank's annual report (86.7%,
  // 80.0%) and a room-hire page (86.7%, 80.0%); after the second, a library's upgrade guide (86.7%, 40.0%: names in code)
  // and a train company's passenger-assistance page (73.3%, 50.0%).
  'seeds-stop46': { p1: 0.6, declined: 0.65, refusedAtMost: 0.2, short: 0.4 },
  'seeds-final46': { p1: 0.65, declined: 0.5, refusedAtMost: 0.25, short: 0.4 },
  'prize-draw': { p1: 0.4, declined: 0.6, refusedAtMost: 0.25, short: 0.5 },
  'podcast-transcript': { p1: 0.6, declined: 0.7, refusedAtMost: 0.4, short: 0.3 },
  'plant-care': { p1: 0.9, declined: 0.4, refusedAtMost: 0.35, short: 0.5 },
  'annual-report': { p1: 0.75, declined: 0.7, refusedAtMost: 0.15, short: 0.75 },
  'room-hire': { p1: 0.75, declined: 0.8, refusedAtMost: 0.1, short: 0.75 },
  'migration-guide': { p1: 0.85, declined: 0.4, refusedAtMost: 0.15, short: 0.05 },
  'rail-assistance': { p1: 0.75, declined: 0, refusedAtMost: 0.25, short: 0.4 },
  // Written blind at stop 47 (P@1, off-topic declined over every question on first run): before any change, the seeds as an
  // editor building a timeline and a cast list (86.4%, 62.5%), an energy tariff's key facts (86.7%, 90.0%: pence read as no
  // sum), a board game's crowdfunding page (80.0%, 70.0%), a boiler warranty (83.3%, 60.0%) and a ski school's lessons page
  // (80.0%, 50.0%); after the first round, the seeds as a sceptical reader asking who says so (81.8%, 62.5%), a dog
  // groomer's prices page (93.3%, 70.0%) and a hospital's visitor information (90.0%, 70.0%). (The timeline seeds have no
  // floor: the hash put 22 of their 30 questions in the held-out half, which is no half.)
  'seeds-final47': { p1: 0.75, declined: 0.4, refusedAtMost: 0.1, short: 0.5 },
  'energy-tariff': { p1: 0.85, declined: 0.8, refusedAtMost: 0.15, short: 0.6 },
  crowdfunding: { p1: 0.75, declined: 0.25, refusedAtMost: 0.15, short: 0.3 },
  'boiler-warranty': { p1: 0.7, declined: 0.3, refusedAtMost: 0.25, short: 0.35 },
  'ski-school': { p1: 0.8, declined: 0.5, refusedAtMost: 0.25, short: 0.5 },
  'dog-grooming': { p1: 0.8, declined: 0.5, refusedAtMost: 0.2, short: 0.55 },
  'hospital-visiting': { p1: 0.85, declined: 0, refusedAtMost: 0.15, short: 0.4 },
  // Written blind at stop 48 (P@1, off-topic declined over every question on first run): before any change, the seeds as a
  // researcher asking causes and consequences (90.9%, 50.0%), a file-sync client's changelog (86.7%, 60.0%), a pub's menu
  // page (86.7%, 80.0%: its hours in the page header and its phone in the footer, both left out), a library's borrowing
  // rules (76.7%, 40.0%) and a conference programme (93.3%, 70.0%); after the first round, the seeds as a colleague placing
  // the story on a map (77.3%, 50.0%), an allotment society's rules (96.7%, 80.0%), a mobile network's plans page (86.7%,
  // 90.0%) and a repair café's FAQ (93.3%, 80.0%). (The causes seeds have no floor: the hash put 9 of their 30 questions
  // in the held-out half, which is no half.)
  'seeds-final48': { p1: 0.65, declined: 0.25, refusedAtMost: 0.2, short: 0.5 },
  'sync-changelog': { p1: 0.8, declined: 0.25, refusedAtMost: 0.2, short: 0.5 },
  'pub-menu': { p1: 0.8, declined: 0.75, refusedAtMost: 0.2, short: 0.75 },
  'library-rules': { p1: 0.6, declined: 0.25, refusedAtMost: 0.2, short: 0.5 },
  'conference-schedule': { p1: 0.8, declined: 0.3, refusedAtMost: 0.2, short: 0.65 },
  'allotment-rules': { p1: 0.85, declined: 0.6, refusedAtMost: 0.2, short: 0.6 },
  'mobile-plans': { p1: 0.85, declined: 0.65, refusedAtMost: 0.15, short: 0.55 },
  'repair-cafe': { p1: 0.85, declined: 0.6, refusedAtMost: 0.2, short: 0.4 },
  // Written blind at stop 49 (P@1, off-topic declined over every question on first run): before any change, the seeds as a
  // colleague asking how the articles word things (90.9%, 75.0%), a council's parking-permit page (83.3%, 60.0%), a
  // hackathon's rules (76.7%, 60.0%) and a pool's swimming-lessons programme (93.3%, 50.0%); after the first round, the
  // seeds as a colleague asking loose follow-ups (68.2%, 75.0%), a shop's returns page (76.7%, 60.0%), a doctors'
  // surgery's patient information (80.0%, 80.0%) and a car-hire company's rental terms (83.3%, 70.0%).
  'seeds-stop49': { p1: 0.8, declined: 0.75, refusedAtMost: 0.2, short: 0.4 },
  'seeds-final49': { p1: 0.75, declined: 0.6, refusedAtMost: 0.1, short: 0 },
  'parking-permits': { p1: 0.75, declined: 0.5, refusedAtMost: 0.2, short: 0.6 },
  'hackathon-rules': { p1: 0.65, declined: 0.3, refusedAtMost: 0.2, short: 0.4 },
  'swim-lessons': { p1: 0.85, declined: 0.4, refusedAtMost: 0.1, short: 0.6 },
  'returns-policy': { p1: 0.7, declined: 0.6, refusedAtMost: 0.2, short: 0.25 },
  'gp-surgery': { p1: 0.7, declined: 0.25, refusedAtMost: 0.2, short: 0.5 },
  'car-hire-terms': { p1: 0.7, declined: 0.65, refusedAtMost: 0.3, short: 0.75 },
  // Written blind at stop 50 (P@1, off-topic declined over every question on first run): before any change, the seeds as a
  // colleague filling in a fact box of figures and dates (100.0%, 87.5%), a council's polling-day page (83.3%, 70.0%), a
  // music venue's technical specification (83.3%, 90.0%) and a Sunday football league's rules (86.7%, 60.0%); after the
  // first round, the seeds asked "which…" of everything (90.9%, 62.5%), a climbing centre's rules (83.3%, 70.0%), an
  // encyclopaedia-style article about a lake (86.7%, 90.0%) and a cinema's membership FAQ (90.0%, 90.0%).
  'seeds-stop50': { p1: 0.9, declined: 0.75, refusedAtMost: 0.1, short: 0.65 },
  'seeds-final50': { p1: 0.8, declined: 0.6, refusedAtMost: 0.2, short: 0.65 },
  'polling-day': { p1: 0.75, declined: 0.6, refusedAtMost: 0.15, short: 0.25 },
  'venue-tech-spec': { p1: 0.6, declined: 0.65, refusedAtMost: 0.2, short: 0.5 },
  'football-league': { p1: 0.75, declined: 0.35, refusedAtMost: 0.2, short: 0.85 },
  'climbing-centre': { p1: 0.75, declined: 0.4, refusedAtMost: 0.3, short: 0.6 },
  'lake-article': { p1: 0.8, declined: 0.85, refusedAtMost: 0.25, short: 0.45 },
  'cinema-membership': { p1: 0.7, declined: 0.65, refusedAtMost: 0.2, short: 0.65 },
  // Written blind at stop 51 before any change (P@1, off-topic declined over every question on first run): the seeds with
  // each question naming whom it is according to (95.5%, 75.0%), and about what was refused, denied or did not happen
  // (77.3%, 75.0%); a driving school's FAQ (80.0%, 60.0%), a coworking space's house rules (96.7%, 90.0%), a bus company's
  // fares page (73.3%, 60.0%) and an encyclopaedia-style article about a bridge (83.3%, 70.0%).
  'seeds-stop51': { p1: 0.8, declined: 0.75, refusedAtMost: 0.1, short: 0.7 },
  'seeds-final51': { p1: 0.5, declined: 0.6, refusedAtMost: 0.35, short: 0.25 },
  'driving-school': { p1: 0.8, declined: 0.3, refusedAtMost: 0.15, short: 0.6 },
  'coworking-rules': { p1: 0.8, declined: 0.75, refusedAtMost: 0.2, short: 0.55 },
  // (One of its held-out half's four off-topic questions declined: the floor is that one, with no question to spare.)
  'bus-fares': { p1: 0.65, declined: 0.25, refusedAtMost: 0.2, short: 0.4 },
  'bridge-article': { p1: 0.8, declined: 0.6, refusedAtMost: 0.15, short: 0.5 },
  runbook: { p1: 0.9, declined: 0.9, refusedAtMost: 0.15, short: 0.8 },
  'it-help': { p1: 0.85, declined: 0.6, refusedAtMost: 0.15, short: 0.9 },
};

describe('measured quality on the held-out halves', () => {
  const sets = readSets().filter((s) => s.name in FLOORS);

  it('keeps real sets: each with off-topic questions and both halves populated', async () => {
    expect(sets.map((s) => s.name).sort()).toEqual(Object.keys(FLOORS).sort());
    for (const set of sets) {
      const cases = readCases(set.questions, set.format);
      expect(cases.filter((c) => c.expect === null).length, set.name).toBeGreaterThanOrEqual(7);
      const held = cases.filter(isHeldOut).length;
      expect(held, set.name).toBeGreaterThan(cases.length * 0.3);
      expect(held, set.name).toBeLessThan(cases.length * 0.7);
    }
  });

  it.each(Object.entries(FLOORS))('%s does not regress', async (name, floor) => {
    const set = sets.find((s) => s.name === name)!;
    // PDF and Word documents are extracted first, as every command does.
    await prepareDocuments(set.docs);
    const engine = await openEngine(set.docs);
    const report = await evaluate(readCases(set.questions).filter(isHeldOut), (q) => engine.ask(q));
    expect(report.precisionAt1).toBeGreaterThanOrEqual(floor.p1);
    expect(1 - report.falseAnswerRate).toBeGreaterThanOrEqual(floor.declined);
    expect(report.refusalRate).toBeLessThanOrEqual(floor.refusedAtMost);
    expect(report.shortAnswerAccuracy).toBeGreaterThanOrEqual(floor.short);
  });

  it('answers the same from a freshly built table and from the same table reloaded', async () => {
    const set = sets.find((s) => s.name === 'handbook')!;
    const questions = readCases(set.questions).map((c) => c.q);
    const dir = `${process.env.DATA_DIR ?? 'data'}/determinism-${process.pid}.json`;
    const built = await openEngine(set.docs, { tablePath: dir, rebuild: true });
    const reloaded = await openEngine(set.docs, { tablePath: dir });
    expect(reloaded.origin).toBe('loaded');
    for (const q of questions) {
      const a = await built.ask(q);
      const b = await reloaded.ask(q);
      expect([b.factId, b.confidence, b.answer], q).toEqual([a.factId, a.confidence, a.answer]);
    }
  });

  it('refuses a sets file whose flags are not true/false: a set meant to stay unseen must not be fitted on by a typo', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sets-')), 'sets.json');
    writeFileSync(file, JSON.stringify([{ name: 'policy', docs: 'docs', questions: 'q.json', train: 'no' }]));
    expect(() => readSets(file)).toThrow(/set policy has "train"/);
    writeFileSync(file, JSON.stringify([{ name: 'policy', docs: 'docs', questions: 'q.json', train: false }]));
    expect(readSets(file)[0].train).toBe(false);
  });
});
