// Screenshots of a progress report as the family sees it: the Google Doc, and the first page of its PDF copy (the
// fake PDF's content rendered at Letter size), written to docs/screenshots by this test.

import { join } from 'node:path';
import type { DocElementState } from '../../fakes/docs/state';
import { FAKE_PDF_HEADER } from '../../fakes/drive/export';
import { launchBrowser } from '../support/browser';
import { familyProgram, makeReports, reportFiles } from './fixtures';
import { docHtml, pdfFirstPageHtml } from './render-doc';

jest.setTimeout(60_000);

const SHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');

it('a progress report Doc and its PDF first page, as Maya and her family open them', async () => {
  const program = familyProgram();
  let doc: { name: string; body: DocElementState[] };
  let pdf: { name: string; body: DocElementState[] };
  try {
    makeReports(program, ['00101']);
    const files = reportFiles(program);
    const docFile = files.find((f) => f.mimeType !== 'application/pdf');
    const pdfFile = files.find((f) => f.mimeType === 'application/pdf');
    if (!docFile || !pdfFile?.content) throw new Error('no report');
    doc = { name: docFile.name, body: program.world.state.documents[docFile.id].body };
    pdf = { name: pdfFile.name, body: JSON.parse(pdfFile.content.slice(FAKE_PDF_HEADER.length)) as DocElementState[] };
  } finally {
    program.close();
    jest.useRealTimers();
  }
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 880, height: 1100 } });
    await page.setContent(docHtml(doc.name, doc.body));
    expect(await page.textContent('h1')).toBe('Progress report: Maya Johnson');
    await page.screenshot({ path: join(SHOTS, 'progress-report-doc.png'), fullPage: true });
    await page.setViewportSize({ width: 880, height: 1160 });
    await page.setContent(pdfFirstPageHtml(pdf.name, pdf.body));
    expect(await page.textContent('.bar')).toContain('.pdf · Page 1');
    await page.screenshot({ path: join(SHOTS, 'progress-report-pdf.png'), fullPage: true });
  } finally {
    await browser.close();
  }
});
