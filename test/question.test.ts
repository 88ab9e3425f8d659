import { equalDurations } from '../src/answer/durations.js';
import { describe, expect, it } from 'vitest';
import { cleanQuestion, parseQuestion } from '../src/answer/question.js';
import { normalizeLemma } from '../src/facts/lemmas.js';
import { eventAsked } from '../src/answer/event-asked.js';

/** The question as the bot reads it, after what is stripped from around it. */
const text = (q: string) => cleanQuestion(q).text;

describe('cleaning a question', () => {
  it.each([
    ['<@U0LAN0Z89> who carried Israel’s message?', "who carried Israel's message?"],
    ['hey <@U0LAN0Z89|factbot> :wave: how many people were killed??? thanks!', 'how many people were killed?'],
    ['Hi there! Could you please tell me where Al Udeid is?', 'where Al Udeid is?'],
    ['<!channel> <!here> what did <#C123|general> say', 'what did general say'],
    ['see <https://example.com/x|this story> about Moscow', 'see this story about Moscow'],
    ['what about &lt;b&gt; &amp; co', 'what about <b> & co'],
    ['  “Türkiye”   position!!!  ', '"Türkiye" position!'],
    ['\u0000\u0001\ufffd\ufffd', ''],
    ['<@U0LAN0Z89>', ''],
    // Asking for a summary frames the question; "remind me about my meeting" asks something else.
    ['sum up: what did israel tell iran via russia', 'what did israel tell iran via russia'],
    ['remind me, which country passed the messages?', 'which country passed the messages?'],
    ['can you remind me about my 3pm meeting', 'can you remind me about my 3pm meeting'],
    // A claim put to be checked is the claim; "is that right?" alone asks it of nothing.
    ['is it true that israel promised not to attack iran', 'israel promised not to attack iran'],
    ['I read that Iran replied the same way, is that right?', 'Iran replied the same way'],
    ['fact check: were 10,000 US troops at Al Udeid', 'were 10,000 US troops at Al Udeid'],
    ['the base has 10,000 troops, right?', 'the base has 10,000 troops'],
    ['is that right?', 'is that right?'],
    ['is it true?', 'is it true?'],
    // …who put it ("my colleague says", "I think") and how it is asked ("accurate?", "is that what the article says?").
    ['my colleague says the backchannel was revealed in mid-January, is that right', 'the backchannel was revealed in mid-January'],
    ['I was told Putin passed a message last October, accurate?', 'Putin passed a message last October'],
    ['Trump said executions had stopped, is that what the article says?', 'Trump said executions had stopped'],
    ['I think the deadline is Friday, am I right?', 'the deadline is Friday'],
    ["Trump threatened 'very strong action', yes?", "Trump threatened 'very strong action'"],
    // Asked loosely about a thing: what about it ("deal", "story" are the asker's words; they had refused at 0.19).
    ["so what's the deal with Qatar?", 'what about Qatar?'],
    ["what's the story with Russia in all this?", 'what about Russia?'],
    ['where does Oman come in?', 'what about Oman?'],
    // (Not a question that asks for a value of the story: "what's the story's headline?")
    ["what's the story's headline?", "what's the story's headline?"],
  ])('%j → %j', (raw, clean) => {
    expect(cleanQuestion(raw).text).toBe(clean);
  });

  it('reads only the start of a 50,000-character paste', () => {
    const { text, truncated } = cleanQuestion('who '.repeat(12_500));
    expect(truncated).toBe(true);
    expect(text.length).toBeLessThanOrEqual(500);
  });
});

describe('what a question asks for', () => {
  it('asks a claim put to be checked whether it is so, and reads "found" after what takes a bare verb as founding', () => {
    expect(parseQuestion('I read that Iran replied the same way, is that right').kind).toBe('yesno');
    expect(parseQuestion('Iran replied the same way').kind).toBe('keywords');
    const lemmas = (q: string) => parseQuestion(q).terms.map((t) => t.lemma);
    expect(lemmas('which charity did she help found')).toContain('found');
    expect(lemmas('did she found a charity')).toContain('found');
    expect(lemmas('what did she find')).toContain('find');
    expect(lemmas('who found the leak')).toContain('find');
  });

  it('weighs the unit counted in "how many vacation days" as the kind of answer, not what the question is about', () => {
    const weights = (q: string) => Object.fromEntries(parseQuestion(q).terms.map((t) => [t.lemma, t.weight]));
    expect(weights('how many vacation days do I get?')).toEqual({ vacation: 1, day: 0.35 });
    expect(weights('how many sick days can I take in a row?').day).toBe(0.35);
    // Said alone, the unit is all the question has to go on.
    expect(weights('how many days do I get?').day).toBe(1);
    // "days a week": the week is what the days are counted per, not the unit counted.
    expect(weights('How many days a week can I work from home?')).toMatchObject({ day: 1, week: 1 });
  });

  it('weighs "long" in "how long" at half: the length asked is rarely said with the word', () => {
    const weights = (q: string) => Object.fromEntries(parseQuestion(q).terms.map((t) => [t.lemma, t.weight]));
    expect(weights('how long is a match?')).toEqual({ long: 0.5, match: 1 });
    // (Not where "long" is the question's own word.)
    expect(weights('is there long-stay parking?').long).toBe(1);
  });

  it('reads "tell me about" as framing the question, and "who do I tell?" as asking whom to tell', () => {
    const weights = (q: string) => Object.fromEntries(parseQuestion(q).terms.map((t) => [t.lemma, t.weight]));
    expect(weights('what do the docs tell us about the on-call rota?').tell).toBe(0.2);
    expect(weights("I'm sick, who do I tell?").tell).toBe(1);
  });

  it('weighs when the asker is ill, and that they feel it, as their situation, not what they ask about ("feeling sick this morning")', () => {
    const weights = (q: string) => Object.fromEntries(parseQuestion(q).terms.map((t) => [t.lemma, t.weight]));
    expect(weights('feeling sick this morning, who do I tell?')).toMatchObject({ sick: 1, tell: 1, morning: 0.2 });
    expect(weights("I'm sick tomorrow, who do I call?")).toMatchObject({ sick: 1, call: 1, tomorrow: 0.2 });
    // A time that is what is asked about keeps its weight.
    expect(weights('what time do I start in the morning')).toMatchObject({ start: 1, morning: 1 });
    expect(weights('can I carry days into next year')).toMatchObject({ year: 1 });
    // "Instead" frames a question ("who was Israel planning to attack instead?"), as "actually" does.
    expect(weights('who was israel planning to attack instead')).toMatchObject({ attack: 1, instead: 0.2 });
  });

  it('reads the US asked in any spelling as the country, never as the pronoun, and "U.S." never as chat\'s "u"', () => {
    const lemmas = (q: string) => parseQuestion(q).terms.map((t) => t.lemma);
    expect(lemmas('did the us end up striking iran')).toContain('u.s.');
    expect(lemmas('were us forces stood down')).toContain('u.s.');
    expect(lemmas('what did the U.S. threaten?')).toEqual(['u.s.', 'threaten']);
    expect(lemmas('did the US strike?')).toContain('u.s.');
    expect(cleanQuestion('what did the U.S. say?').text).toBe('what did the U.S. say?');
    // The pronoun stays one.
    expect(lemmas('can you tell us about leave')).not.toContain('u.s.');
    expect(lemmas('who can help us with payroll')).not.toContain('u.s.');
  });

  it("drops the asker's framing around a question (their task, who wants to know), never the question's own words", () => {
    expect(text("I'm writing up the onboarding doc and I need to know who issues laptops")).toBe('who issues laptops');
    expect(text('for my slide, how many staff are there?')).toBe('how many staff are there?');
    expect(text('quick one before my meeting: when is payroll?')).toBe('when is payroll?');
    expect(text('my manager asked me to check when the freeze starts, do you know?')).toBe('when the freeze starts');
    expect(text("if I share this, they'll ask who approves it")).toBe('who approves it');
    expect(text('when is the deadline? need it for my notes')).toBe('when is the deadline?');
    expect(text('what did the CFO say? a stakeholder asked me')).toBe('what did the CFO say?');
    expect(parseQuestion("I'm fact checking a draft, did Iran agree not to attack first?").kind).toBe('yesno');
    // What a document may say stays: its report, its sections, a topic put before the question, a remark with content.
    // (Whose account is asked is kept, after the question it opened: "who signs off, in the report?")
    expect(text('In the report, who signs off?')).toBe('who signs off, in the report?');
    expect(text('what goes in the summary section')).toBe('what goes in the summary section');
    expect(text('For parental leave: how long is it?')).toBe('For parental leave: how long is it?');
    expect(text('Is the office open? I want to come in on Saturday')).toBe('Is the office open? I want to come in on Saturday');
    expect(text('who approves my expenses report')).toBe('who approves my expenses report');
  });

  it('asks a request for the evidence ("find me the line about…", "show me where it says…") as the question it names', () => {
    expect(text('find me the line about which team owns billing')).toBe('which team owns billing');
    expect(text('show me where it says how many days we get')).toBe('how many days we get');
    expect(text('pull up what the CFO said about costs')).toBe('what the CFO said about costs');
    expect(text('point me to the part about expenses')).toBe('expenses');
    expect(text('find who approves refunds')).toBe('who approves refunds');
    expect(parseQuestion('give me the date the office moves').text).toBe('what is the date the office moves');
    expect(parseQuestion('look up the name of the payroll provider').kind).toBe('what');
    // No value named, no question said: the request's words are the question's.
    expect(text("find me the minister's statement")).toBe("find me the minister's statement");
    expect(text('show me where it says')).toBe('show me where it says');
    expect(text('show the badge at reception')).toBe('show the badge at reception');
  });

  it('reads a code asked in the plural as the code ("sev-1s", "P1s"), its letters no shorthand for a word', () => {
    const lemmas = (q: string) => parseQuestion(q).terms.map((t) => t.lemma);
    expect(lemmas("what's our MTTR target for sev-1s")).toEqual(['mttr', 'target', 'sev-1', 'sev']);
    expect(lemmas('how many P1s were there')).toContain('p1');
    // A decade is no code; shorthand alone is still its word.
    expect(normalizeLemma('1990s')).toBe('1990s');
    expect(lemmas('who acks a sev page')).toContain('severity');
  });

  it('asks for a phone number with "what\'s X\'s number?", and for a number with "what temperature" or "the most I can lift"', () => {
    expect(parseQuestion("what's the shift lead's number?").wants).toEqual(['NUMBER']);
    expect(parseQuestion('what is the IT helpdesk phone number').wants).toEqual(['NUMBER']);
    expect(parseQuestion('what number of days is it?').kind).toBe('quantity');
    // "How many" counts things; money answers it only when money is what it counts.
    expect(parseQuestion('how many students are in the lab?').wants).not.toContain('MONEY');
    expect(parseQuestion('how many euros can I spend?').wants[0]).toBe('MONEY');
    expect(parseQuestion('how much can I spend?').wants[0]).toBe('MONEY');
    // Opening hours are asked by the clock, however the question opens.
    expect([parseQuestion('what are the opening hours').kind, parseQuestion('what are the opening hours').wants[0]]).toEqual(['when', 'TIME']);
    expect(parseQuestion("what are HR's office hours?").kind).toBe('when');
    // (A magnitude asked by its noun wants a number to rank by, not only to answer with.)
    expect(parseQuestion('what temperature should the fridges be').wants[0]).toBe('NUMBER');
    expect(parseQuestion("what's the most I can lift by myself").spanWants[0]).toBe('NUMBER');
    // An address asks where, said as a street.
    expect(parseQuestion("what's the studio address").kind).toBe('where');
    expect(parseQuestion("what's the studio address").wants[0]).toBe('PLACE');
  });

  it('reads no verb after "what" as the noun naming the answer', () => {
    expect(parseQuestion('What is the capital of Lebanon?').typeNoun).toBeNull();
    expect(parseQuestion('what did Netanyahu ask Putin to do?').role).toBe('object');
    expect(parseQuestion('which country hosts the base?').typeNoun).toBe('country');
  });

  it('reads "which time zone" as asking for a thing, not a time, and "is it ok to" as the frame it is', () => {
    expect(parseQuestion('which time zone had the wrong totals?').kind).not.toBe('when');
    expect(parseQuestion('what time sheet do I fill in?').spanWants).not.toContain('TIME');
    expect(parseQuestion('what time does the desk open?').kind).toBe('when');
    expect(parseQuestion('how much time off do I get?').spanWants).not.toContain('TIME');
    // "Where can I find…" asks where: the asker's finding is the frame; where Lucy was found is not.
    expect(parseQuestion('where can I find the rota?').terms.find((t) => t.lemma === 'find')?.weight).toBeLessThan(0.5);
    expect(parseQuestion('where was Lucy found?').terms.find((t) => t.lemma === 'find')?.weight).toBe(1);
    const ok = parseQuestion('is it ok to work from a cafe wifi?');
    expect(ok.terms.find((t) => t.lemma === 'ok')?.weight).toBeLessThan(0.5);
    expect(ok.terms.find((t) => t.lemma === 'wifi')?.weight).toBe(1);
  });

  it('reads a bare noun after "what were" as who acts, not as the kind of answer ("what were people protesting about")', () => {
    expect(parseQuestion('what were people protesting about in Iran?').kind).toBe('what');
    expect(parseQuestion('what are states worried about?').kind).toBe('what');
    expect(parseQuestion('which Israeli officials spoke?').kind).toBe('who');
    expect(parseQuestion('what Gulf countries refused?').kind).toBe('where');
  });

  it('reads "death toll" and "headcount" as asking for a number, for the short answer', () => {
    expect(parseQuestion('death toll of the crackdown?').spanWants).toContain('NUMBER');
    expect(parseQuestion('what is the team headcount').spanWants).toContain('NUMBER');
    // What is paid or given wants the sum first: "is there money for a home office chair?" — "400 euros".
    expect(parseQuestion('is there money for a home office chair?').spanWants[0]).toBe('MONEY');
    expect(parseQuestion('mileage rate?').spanWants[0]).toBe('MONEY');
    expect(parseQuestion('what is the maximum group size?').spanWants[0]).toBe('NUMBER');
  });

  it('weighs the noun of an idiom WordNet lists as an adverb as the frame it is ("in the end"), but not a direction', () => {
    const weight = (q: string, lemma: string) => parseQuestion(q).terms.find((t) => t.lemma === lemma)?.weight;
    expect(weight('were there any strikes in the end?', 'end')).toBe(0.2);
    expect(weight('is the office busy for the moment?', 'moment')).toBe(0.2);
    expect(weight('how did the june fighting end?', 'end')).toBe(1);
    expect(weight('do we have an office in the south?', 'south')).toBe(1);
  });

  it('reads "how much holiday / time off / notice" as asking for a length of time first, "how much is the limit" for money', () => {
    expect(parseQuestion('how much PTO do we get').wants[0]).toBe('DURATION');
    expect(parseQuestion('how much holiday do I get?').wants[0]).toBe('DURATION');
    expect(parseQuestion('how much notice do I give?').wants[0]).toBe('DURATION');
    expect(parseQuestion('how much is the hotel limit?').wants[0]).toBe('MONEY');
    // "What's my holiday allowance?" asks the same, and "allowance" only names the kind of answer.
    const allowance = parseQuestion("what's our PTO allowance");
    expect([allowance.kind, allowance.wants[0], allowance.terms.find((t) => t.lemma === 'allowance')?.weight]).toEqual(['quantity', 'DURATION', 0.35]);
    expect(parseQuestion('what is my holiday entitlement?').wants[0]).toBe('DURATION');
    // A sum's allowance is what it is about ("the gym allowance" of a library that has only an internet one), and a yes/no stays one.
    expect(parseQuestion("what's the phone allowance").terms.find((t) => t.lemma === 'allowance')?.weight).toBe(1);
    expect(parseQuestion('do sick days come out of my holiday allowance?').kind).toBe('yesno');
  });

  it('asks "how heavy", "how thin", "what temperature" for a measure of the quality, and not "how long" or "how big"', () => {
    const heavy = parseQuestion('how heavy is it?');
    expect([heavy.kind, heavy.wants[0], heavy.terms.find((t) => t.lemma === 'weight')?.weight]).toEqual(['quantity', 'NUMBER', 0.35]);
    expect(parseQuestion('how thin is the laptop').terms.map((t) => t.lemma)).toContain('thickness');
    expect(heavy.measures).toEqual(['weight']);
    // Asked by rules of their own: a length of time, a size said in any way.
    expect(parseQuestion('how long is the warranty?').terms.map((t) => t.lemma)).not.toContain('length');
    expect(parseQuestion('how big is the studio?').terms.map((t) => t.lemma)).not.toContain('size');
    // A manner is no measure.
    expect(parseQuestion('how do I book a room?').kind).toBe('how');
    // "What temperature", "what size": a magnitude asked by its noun; not a verb the tagger reads as one.
    expect([parseQuestion('what temperature do scones bake at').kind, parseQuestion('what temperature do scones bake at').wants[0]]).toEqual(['quantity', 'NUMBER']);
    expect(parseQuestion('what size tin for banana bread').kind).toBe('quantity');
    expect(parseQuestion('what colour is the logo').kind).toBe('what');
    expect(parseQuestion('what limits us options in the region').kind).toBe('what');
  });

  it('asks for a lead time in "how far ahead" and "how much notice", not in "how long"', () => {
    expect(parseQuestion('how far ahead do I need to ask for holiday?').leadTime).toBe(true);
    expect(parseQuestion('how much notice do I give if I quit?').leadTime).toBe(true);
    expect(parseQuestion('how long before an alert escalates?').leadTime).toBe(false);
    expect(parseQuestion('how long is a shift?').leadTime).toBe(false);
  });
  it('weighs "need to" and "want to" as the frame they are, and "need" as a word where something is needed', () => {
    const weight = (q: string, lemma: string) => parseQuestion(q).terms.find((t) => t.lemma === lemma)?.weight;
    expect(weight("I'm ill, who do I need to tell?", 'need')).toBe(0.2);
    expect(weight('what hours do I want to work?', 'want')).toBe(0.2);
    expect(weight('when do I need a sick note?', 'need')).toBe(1);
  });
  it.each([
    ['who carried the message?', 'who', 'PERSON'],
    ['How many troops are there?', 'quantity', 'NUMBER'],
    ['When were the messages exchanged?', 'when', 'DATE'],
    // A clock time answers "what time"; a day is only partly an answer to it.
    ['what time does the office open?', 'when', 'TIME'],
    ['which days do I have to be in the office?', 'when', 'DATE'],
    ['Which country hosts the base?', 'where', 'PLACE'],
    ['Which broadcaster reported it?', 'organisation', 'ORG'],
    ['Why did Israel reach out?', 'why', undefined],
    ['Did any strikes occur?', 'yesno', undefined],
    ['wich country hosts the base', 'where', 'PLACE'],
    ['how big is the referral bonus?', 'quantity', 'MONEY'],
    // "How early" asks for a length of notice ("at least six weeks before"), not for whatever the sentence says next.
    ['how early do I have to get a trip approved?', 'duration', 'DURATION'],
    // A noun no list knows, but a kind of person or body of people to WordNet, asks who.
    ['which health insurer do we have?', 'who', 'PERSON'],
    ['what committee decides promotions?', 'who', 'PERSON'],
    ['what laptop do new people get?', 'what', undefined],
    // Only in a rare sense is a computer a person (one who computes).
    ['what computer will I get?', 'what', undefined],
  ])('%j is a %s question', (q, kind, first) => {
    const parsed = parseQuestion(q);
    expect(parsed.kind).toBe(kind);
    expect(parsed.wants[0]).toBe(first);
  });

  it('folds case and diacritics into lemmas and drops question words', () => {
    expect(parseQuestion('What does TÜRKIYE advocate?').terms.map((t) => t.lemma)).toEqual(['turkiye', 'advocate']);
    expect(parseQuestion('who carried the messages').terms.map((t) => t.lemma)).toEqual(['carry', 'message']);
  });

  it('reads chat shorthand as the words it stands for, whole words only', () => {
    expect(parseQuestion("who's the russian prez").terms.map((t) => t.lemma)).toEqual(['russian', 'president']);
    expect(parseQuestion('when is the mgmt mtg thru the wknd').terms.map((t) => t.lemma)).toEqual(['management', 'meeting', 'weekend']);
    expect(parseQuestion('who presented the prezzies').terms.map((t) => t.lemma)).not.toContain('president');
  });

  it('reads a child by their age as a child, as documents say it', () => {
    expect(parseQuestion('can my 8 year old have it?').terms.map((t) => t.lemma)).toContain('child');
    expect(parseQuestion('can 16 year olds volunteer?').terms.map((t) => t.lemma)).toContain('child');
    expect(parseQuestion('can a 40 year old join?').terms.map((t) => t.lemma)).not.toContain('child');
    expect(parseQuestion('can my 8 year old son come?').terms.map((t) => t.lemma)).not.toContain('child');
  });

  it('reads "I\'m" and "im" as the asker, not as a name to look for', () => {
    for (const q of ["I'm sick, who do I tell?", 'im sick, who do I tell?', 'I’m sick, who do I tell?']) {
      expect(parseQuestion(q).terms.map((t) => t.lemma)).toEqual(['sick', 'tell']);
    }
  });

  it('looks for a number typed in digits, not for one asked in words', () => {
    expect(parseQuestion('price for a 2 hour lesson?').terms.map((t) => t.lemma)).toEqual(['price', '2', 'hour', 'lesson']);
    // ("Two" says how many nurses, which the sentence answering need not say.)
    expect(parseQuestion('can two nurses be off at the same time').terms.map((t) => t.lemma)).toEqual(['nurse', 'time']);
    // (…a sum with its thousands comma included: the index writes "35000".)
    expect(parseQuestion('what did you unlock at £35,000').terms.map((t) => t.lemma)).toEqual(['unlock', '35000']);
  });

  it('tells subject questions from object questions', () => {
    expect(parseQuestion('who hosts the base?').role).toBe('subject');
    expect(parseQuestion('who did Netanyahu ask?').role).toBe('object');
  });
});

describe('lengths of time in other units', () => {
  it('gives the words of equal durations in neighbouring units, whole counts or a half only', () => {
    expect(Object.fromEntries(equalDurations('who gets paged after half an hour?'))).toEqual({ half: ['30'], hour: ['minute'] });
    expect(Object.fromEntries(equalDurations('do I have a fortnight?'))).toEqual({ fortnight: ['day', '14', 'week', '2'] });
    // Nobody says "half a week", nor three days in hours; a bare "day" has no count to convert.
    expect(Object.fromEntries(equalDurations('a week'))).toEqual({ week: ['day', '7'] });
    expect(equalDurations('3 days off').size).toBe(0);
    expect(equalDurations('the day after').size).toBe(0);
  });

  it('reads the event a "when did …" question asks the date of, past an idiom or an aspect verb', () => {
    const event = (text: string) => eventAsked(parseQuestion(text));
    expect(event('when did margaret ellery die?')).toBe('die');
    expect(event('when was the castle built?')).toBe('build');
    expect(event('when did tensions start to ease?')).toBe('ease');
    // "Come to light" is no lighting; a routine ("when do …") and a light verb alone ask no event.
    expect(event('when did the backchannel come to light?')).toBeNull();
    expect(event('when do meal vouchers get topped up?')).toBeNull();
    expect(event('when did the war start?')).toBeNull();
    // ("Work", read as a verb, is what started.)
    expect(event('when did work start on the bridge?')).toBeNull();
  });
});
