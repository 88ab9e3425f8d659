/**
 * PDF, Word, HTML and spreadsheet (CSV, TSV) documents, generated here as real files: their sentences and sections in
 * the fact table, answers quoting them with their links, and the unreadable ones named.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { PDFDict, PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { engineFromTable } from '../src/answer/engine.js';
import { prepareDocuments } from '../src/facts/read.js';
import { loadOrBuild } from '../src/facts/table.js';

const dir = mkdtempSync(join(tmpdir(), 'factbot-formats-'));
const extractedDir = join(mkdtempSync(join(tmpdir(), 'factbot-formats-data-')), 'extracted');

async function pdf(pages: string[], source?: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  // Where the original lives, as a custom entry of the document info (File → Properties → Custom).
  // (pdf-lib has no setter for custom entries; its info dictionary is private in its types.)
  if (source) (doc as unknown as { getInfoDict(): PDFDict }).getInfoDict().set(PDFName.of('Source'), PDFString.of(source));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of pages) {
    const page = doc.addPage();
    if (text) page.drawText(text, { x: 40, y: 760, size: 11, font, lineHeight: 15 });
  }
  return doc.save();
}

let built: ReturnType<typeof loadOrBuild>;
beforeAll(async () => {
  writeFileSync(join(dir, 'travel.pdf'), await pdf(['Travel policy', 'Trains are booked through the travel desk at least two days ahead.', 'Taxis are reimbursed only after 22:00.'], 'https://intranet.example.com/policies/travel.pdf'));
  writeFileSync(join(dir, 'scan.pdf'), await pdf(['']));
  // A handbook laid out in lines: a title, headings on lines of their own, a sentence wrapped over two.
  writeFileSync(
    join(dir, 'handbook.pdf'),
    await pdf([
      [
        'Meridian Handbook',
        'Holidays',
        'Full-time employees are entitled to 25 days of paid holiday a year, plus',
        'bank holidays.',
        'Requests for more than one week off must be made at least one month in advance',
        'through the Breathe HR system.',
        'Holiday may not be taken in the last two weeks of November, our busiest time of',
        'the year.',
        'Pay and benefits',
        'Pay day is the last working day of each month.',
      ].join('\n'),
      'Driving\nMobile phones may only be used hands-free.',
    ]),
  );
  writeFileSync(join(dir, 'broken.pdf'), Buffer.from('%PDF-1.7 this is not really a pdf'));
  const word = new Document({
    customProperties: [{ name: 'Source', value: 'https://sharepoint.example.com/security-handbook.docx' }],
    sections: [{ children: [
      new Paragraph({ text: 'Security handbook', heading: HeadingLevel.TITLE }),
      new Paragraph({ text: 'Laptops', heading: HeadingLevel.HEADING_1 }),
      new Paragraph('Laptops must be encrypted with FileVault before first use.'),
      new Paragraph({ text: 'Visitors', heading: HeadingLevel.HEADING_1 }),
      new Paragraph('Visitors wear a red badge and are escorted at all times.'),
      new Paragraph({ children: [new TextRun({ text: 'Lost badges.', bold: true }), new TextRun(' Report them to reception the same day.')] }),
      new Table({ rows: [['Door', 'Opens'], ['Main entrance', '07:00'], ['Garage', '06:30']].map((cells) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) }),
    ] }],
  });
  writeFileSync(join(dir, 'security.docx'), await Packer.toBuffer(word));
  writeFileSync(join(dir, 'canteen.html'), `<!doctype html><html><head><title>Canteen</title><link rel="canonical" href="https://intranet.example.com/canteen"></head>
<body><nav><a href="/">Home</a> | <a href="/menu">Menu</a> | Log in</nav><header>Intranet header</header>
<main><h1>Canteen</h1><h2>Opening hours</h2><p>The canteen serves lunch from 11:30 to 14:00 on weekdays.</p><script>var tracking = 1;</script>
<h2>Prices</h2><table><thead><tr><th>Dish</th><th>Price</th></tr></thead><tbody><tr><td>Soup of the day</td><td>3 euros</td></tr><tr><td><b>Main</b> course</td><td>7 euros</td></tr></tbody></table>
<ul><li>Card payments only</li></ul><dl><dt>Vegetarian</dt><dd>A meat-free main every day</dd><dt>Allergies</dt><dd>Ask the chef; the menu lists all 14 allergens.</dd></dl></main>
<footer>Copyright 2026 Example Corp. All rights reserved.</footer></body></html>`);
  // A page titled "name – what it is", whose definition list has a definition of two sentences.
  writeFileSync(join(dir, 'volunteers.html'), `<!doctype html><html><head><title>Riverside Festival – Volunteer Guide</title></head>
<body><h2>Teams</h2><dl><dt>Stewarding</dt><dd>Stewards manage crowd flow at the main gate.</dd><dt>Artist liaison</dt><dd>Liaison volunteers meet performers at the artist gate. This team is led by Priya Nair.</dd><dt>Recycling</dt><dd>The recycling team empties bins.</dd></dl></body></html>`);
  // A news page: its title a long headline and the site's name, its byline under the headline.
  // A shop's page: its hours in the header under the menu, its address and phone in the footer beside its links.
  writeFileSync(join(dir, 'salon.html'), `<!doctype html><html><head><title>Hair by Jo</title></head>
<body><header><a href="/">Hair by Jo</a><nav><a href="/prices">Prices</a> | <a href="/book">Book</a></nav><h1>Hair by Jo</h1><p>Open Tuesday to Saturday, 9am to 5pm.</p></header>
<main><h2>Prices</h2><p>A cut and blow-dry costs £42.</p></main>
<footer><p>Hair by Jo, 12 Bridge Street, Hebden Bridge HX7 8AF · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a></p><p>&copy; 2026 Hair by Jo Ltd. Call <a href="tel:01422555010">01422 555 010</a></p></footer></body></html>`);
  writeFileSync(join(dir, 'story.html'), `<!doctype html><html><head><title>Harbour reopens after four days of storm repairs as the fishing fleet returns | Coast News</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>Harbour reopens after four days of storm repairs as the fishing fleet returns</h1><p class="byline">By Ana Costa, Coast Reporter · 3 March 2026</p>
<p>The harbour reopened on Monday after four days of repairs.</p><h2>Damage</h2><p>Two pontoons were lost.</p></article></body></html>`);
  // A campaign page whose headline is its title, said as "name: what it is", with its maker's credit under it.
  writeFileSync(join(dir, 'game.html'), `<!doctype html><html><head><title>Tinderbox: a cooperative card game</title></head>
<body><h1>Tinderbox: a cooperative card game</h1><p class="byline">Created by Ember & Ash Games, Bristol</p><p>The game is for 2 to 5 players.</p><h2>Box</h2><p>The box holds 110 cards.</p></body></html>`);
  // A trip's itinerary: a heading per day under "Day by day", each worded as a label and its value ("Day 1 – …").
  writeFileSync(join(dir, 'trip.html'), `<!doctype html><html><head><title>Lisbon weekend | Rail Breaks</title></head>
<body><h1>Lisbon weekend</h1><p>Two nights in Lisbon by train.</p><h2>Day by day</h2><h3>Day 1 – Arrive in Lisbon</h3><p>Check in at the Hotel Avenida from 2pm.</p>
<h3>Day 2 – Sintra</h3><p>A coach leaves the hotel at 9am.</p></body></html>`);
  // An estate agent's page: a page title too long for a heading by its words, a price line of facts set side by side.
  writeFileSync(join(dir, 'listing.html'), `<!doctype html><html><head><title>22 Mill Lane, Ashby – 2 bedroom cottage for sale with garden and parking | Fenwick Estate Agents</title></head>
<body><h1>22 Mill Lane, Ashby</h1><p><strong>Guide price £240,000</strong> · Freehold · Council tax band B</p><h2>Key features</h2><ul><li>Two bedrooms</li></ul></body></html>`);
  // An FAQ kept in a spreadsheet: a quoted answer over two lines, a category column, a column only about the row.
  writeFileSync(join(dir, 'hr-faq.csv'), ['Question,Answer,Category,Last reviewed', 'How many days of leave do I get?,"26 days a year, plus public holidays.",Leave,2026-09-01', 'When is payday?,"Salaries are paid on the 25th of each month,\nby bank transfer.",Pay,2026-01-10', 'Is there a pension?,"Yes, through Aviva; the company pays 6%.",Pay,2026-01-10'].join('\r\n'));
  // Any other sheet is a table; tabs separate a TSV's cells.
  writeFileSync(join(dir, 'rooms.tsv'), ['Room\tFloor\tSeats', 'Tejo\t2\t12', 'Douro\t3\t6'].join('\n'));
  // A sheet saved half-way (a quote never closed): read as its lines rather than lost.
  writeFileSync(join(dir, 'broken.csv'), ['Question,Answer', 'Where is the first aid kit?,"In the kitchen, under the sink.'].join('\n'));
  await prepareDocuments(dir, { extractedDir });
  built = loadOrBuild(dir, join(dir, '..', `formats-table-${Date.now()}.json`), { extractedDir });
}, 60_000);

const factsOf = (document: string) => built.table.facts.filter((f) => f.document === document);

describe('documents in office formats and web pages', () => {
  it('reads a PDF page by page, each page after the first a section', async () => {
    const facts = factsOf('travel.pdf');
    expect(facts.map((f) => f.text)).toEqual(['Trains are booked through the travel desk at least two days ahead.', 'Taxis are reimbursed only after 22:00.']);
    expect(facts.map((f) => f.section)).toEqual(['Page 2', 'Page 3']);
  });

  it('reads a PDF\'s lines as laid out: its title, its headings as sections, a wrapped sentence whole', async () => {
    const facts = factsOf('handbook.pdf');
    expect(facts.map((f) => [f.section, f.text])).toEqual([
      ['Holidays', 'Full-time employees are entitled to 25 days of paid holiday a year, plus bank holidays.'],
      ['Holidays', 'Requests for more than one week off must be made at least one month in advance through the Breathe HR system.'],
      ['Holidays', 'Holiday may not be taken in the last two weeks of November, our busiest time of the year.'],
      ['Pay and benefits', 'Pay day is the last working day of each month.'],
      ['Driving', 'Mobile phones may only be used hands-free.'],
    ]);
    expect(facts[0].title).toBe('Meridian Handbook');
  });

  it('keeps a Word document\'s headings as sections and says its tables row by row', async () => {
    const facts = factsOf('security.docx');
    expect(facts.map((f) => [f.section, f.text])).toEqual([
      ['Laptops', 'Laptops must be encrypted with FileVault before first use.'],
      ['Visitors', 'Visitors wear a red badge and are escorted at all times.'],
      // A bold run-in heading heads its paragraph, not a fact of its own, and only that paragraph.
      ['Lost badges', 'Report them to reception the same day.'],
      ['Visitors', 'Door Main entrance: opens 07:00.'],
      ['Visitors', 'Door Garage: opens 06:30.'],
    ]);
    expect(facts[0].title).toBe('Security handbook');
  });

  it("reads an HTML page without its navigation, its header's and footer's chrome or its scripts, linked to its canonical address", async () => {
    const facts = factsOf('canteen.html');
    // A table is said row by row with its column names; a list item without a full stop is still a fact.
    expect(facts.map((f) => [f.section, f.text])).toEqual([
      ['Opening hours', 'The canteen serves lunch from 11:30 to 14:00 on weekdays.'],
      ['Prices', 'Dish Soup of the day: price 3 euros.'],
      ['Prices', 'Dish Main course: price 7 euros.'],
      ['Prices', 'Card payments only'],
      // A definition list is labelled values, each term with its definition.
      ['Prices', 'Vegetarian: A meat-free main every day'],
      ['Prices', 'Allergies: Ask the chef; the menu lists all 14 allergens.'],
    ]);
    expect(facts[0]).toMatchObject({ section: 'Opening hours', title: 'Canteen', url: 'https://intranet.example.com/canteen' });
    expect(built.table.facts.some((f) => /Log in|Copyright|tracking|Intranet header/.test(f.text))).toBe(false);
  });

  it("reads an HTML page's header paragraphs and its footer's address and phone, without their menus, links or copyright", async () => {
    expect(factsOf('salon.html').map((f) => f.text)).toEqual([
      // The hours under the header's menu had been dropped with it; the footer, which held the only address and phone.
      'Open Tuesday to Saturday, 9am to 5pm.',
      'A cut and blow-dry costs £42.',
      // A footer's line is a fact, never a heading: unpunctuated, the address had headed the phone below it.
      'Hair by Jo, 12 Bridge Street, Hebden Bridge HX7 8AF.',
      'Call 01422 555 010.',
    ]);
  });

  it("takes a news page's long headline as its title, never a fact, and its byline as what the story says of itself", async () => {
    const facts = factsOf('story.html');
    const headline = 'Harbour reopens after four days of storm repairs as the fishing fleet returns';
    expect(facts.map((f) => [f.section, f.text, !!f.about])).toEqual([
      // Fifteen words with the site's name after them had been read as a sentence; the byline, as the lede's section.
      [headline, 'By Ana Costa, Coast Reporter · 3 March 2026', true],
      [headline, 'The harbour reopened on Monday after four days of repairs.', false],
      ['Damage', 'Two pontoons were lost.', false],
    ]);
    expect(facts[0].title).toBe(`${headline} | Coast News`);
  });

  it('takes a headline that is the page title as the title though worded "name: what it is", and a credit to a firm under it as what the page says of itself', async () => {
    const facts = factsOf('game.html');
    // The headline had been read as a labelled value, a fact, and the credit under it as the heading of the page's first paragraph.
    expect(facts.map((f) => [f.section, f.text, !!f.about])).toEqual([
      [null, 'Created by Ember & Ash Games, Bristol', true],
      [null, 'The game is for 2 to 5 players.', false],
      ['Box', 'The box holds 110 cards.', false],
    ]);
  });

  it("reads a page's headings as its tags mark them, each inside the one above it, though worded as a label and its value", async () => {
    const facts = factsOf('trip.html');
    // "Day 1 – Arrive in Lisbon" had been read as a labelled line, a fact of "Day by day", and its day's plan left under "Day by day".
    expect(facts.map((f) => [f.section, f.text])).toEqual([
      ['Lisbon weekend', 'Two nights in Lisbon by train.'],
      ['Day by day › Day 1 – Arrive in Lisbon', 'Check in at the Hotel Avenida from 2pm.'],
      ['Day by day › Day 2 – Sintra', 'A coach leaves the hotel at 9am.'],
    ]);
    expect(facts[0].title).toBe('Lisbon weekend | Rail Breaks');
  });

  it("takes a page's title as its title however long, and a line of facts set side by side as a fact", async () => {
    const facts = factsOf('listing.html');
    // The title had been read as the page's first fact (sixteen words, "…Ashby – 2 bedroom cottage…" a label and its value),
    // and the price line as a heading over the rest.
    expect(facts[0].title).toBe('22 Mill Lane, Ashby – 2 bedroom cottage for sale with garden and parking | Fenwick Estate Agents');
    expect(facts.map((f) => [f.section, f.text])).toEqual([
      ['22 Mill Lane, Ashby', 'Guide price £240,000 · Freehold · Council tax band B'],
      ['Key features', 'Two bedrooms'],
    ]);
  });

  it('takes a page title "name – what it is" as the title, and a definition of several sentences as a section under its term', async () => {
    const facts = factsOf('volunteers.html');
    expect(facts[0].title).toBe('Riverside Festival – Volunteer Guide');
    // "This team" is the artist liaison team: under its term, not under the list's heading.
    expect(facts.map((f) => [f.section, f.text])).toEqual([
      ['Stewarding', 'Stewards manage crowd flow at the main gate.'],
      ['Artist liaison', 'Liaison volunteers meet performers at the artist gate.'],
      ['Artist liaison', 'This team is led by Priya Nair.'],
      ['Recycling', 'The recycling team empties bins.'],
    ]);
  });

  it('names a PDF without a text layer and one it cannot read, and indexes neither', async () => {
    expect(built.skipped).toEqual(expect.arrayContaining([
      { name: 'scan.pdf', reason: 'it is a PDF without a text layer (a scan?): nothing to quote' },
      { name: 'broken.pdf', reason: expect.stringMatching(/^it could not be read as PDF/) },
    ]));
    expect(factsOf('scan.pdf')).toEqual([]);
    expect(factsOf('broken.pdf')).toEqual([]);
  });

  it('still reads a file when its extracted text cannot be cached (a full disk)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'factbot-formats-full-'));
    writeFileSync(join(folder, 'memo.html'), '<html><head><title>Memo</title></head><body><p>The office closes early on Friday 18 December.</p></body></html>');
    // The cache folder is a file: every write into it fails, as on a full or read-only disk.
    const blocked = join(mkdtempSync(join(tmpdir(), 'factbot-formats-blocked-')), 'extracted');
    writeFileSync(blocked, 'not a folder');
    await prepareDocuments(folder, { extractedDir: blocked });
    const table = loadOrBuild(folder, join(folder, '..', `full-${Date.now()}.json`), { extractedDir: blocked }).table;
    expect(table.facts.map((f) => f.text)).toEqual(['The office closes early on Friday 18 December.']);
  });

  it('reads a spreadsheet exported as CSV or TSV: an FAQ sheet as answers under their questions and categories, any other as rows with column names', async () => {
    expect(factsOf('hr-faq.csv').map((f) => [f.section, f.text])).toEqual([
      ['How many days of leave do I get?', '26 days a year, plus public holidays.'],
      ['When is payday?', 'Salaries are paid on the 25th of each month, by bank transfer.'],
      ['Is there a pension?', 'Yes, through Aviva; the company pays 6%.'],
    ]);
    expect(factsOf('rooms.tsv').map((f) => f.text)).toEqual(['Room Tejo: floor 2, seats 12.', 'Room Douro: floor 3, seats 6.']);
    expect(factsOf('broken.csv').some((f) => f.text.includes('under the sink'))).toBe(true);
    const engine = engineFromTable(built.table);
    const payday = await engine.ask('when are salaries paid?');
    expect(payday.quote).toBe('Salaries are paid on the 25th of each month, by bank transfer.');
    expect(payday.answer).toBe('the 25th of each month');
    // A sheet has no title row: it is named by its file, not by its first category ("Leave").
    expect(payday.source).toMatchObject({ document: 'hr-faq.csv', title: 'hr-faq', section: 'When is payday?' });
  });

  it('answers from each format, citing the section and the link', async () => {
    const engine = engineFromTable(built.table);
    const taxi = await engine.ask('When are taxis reimbursed?');
    expect(taxi.quote).toBe('Taxis are reimbursed only after 22:00.');
    expect(taxi.source).toMatchObject({ document: 'travel.pdf', section: 'Page 3' });
    const lunch = await engine.ask('when is lunch served in the canteen?');
    expect(lunch.quote).toMatch(/11:30 to 14:00/);
    expect(lunch.source?.url).toBe('https://intranet.example.com/canteen');
    const badge = await engine.ask('what colour badge do visitors wear?');
    expect(badge.quote).toMatch(/red badge/);
    // PDF and Word files name their originals in their metadata.
    expect(badge.source?.url).toBe('https://sharepoint.example.com/security-handbook.docx');
    expect(taxi.source?.url).toBe('https://intranet.example.com/policies/travel.pdf');
  });
});
