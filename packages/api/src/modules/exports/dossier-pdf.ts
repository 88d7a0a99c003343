import path from 'node:path';
import PDFDocument from 'pdfkit';
import { vnDate } from './labels.js';
import type { DossierPrint } from './dossier-print.js';

/**
 * DejaVu Sans, shipped by the dejavu-fonts-ttf package, has every Vietnamese glyph (precomposed
 * and combining); it is embedded (subset) in the PDF, so no system font is ever looked up.
 */
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = path.join(FONT_DIR, 'DejaVuSans.ttf');
const BOLD = path.join(FONT_DIR, 'DejaVuSans-Bold.ttf');
const ITALIC = path.join(FONT_DIR, 'DejaVuSans-Oblique.ttf');

/** Renders the printable dossier (A4, Vietnamese) and resolves with the PDF's bytes. */
export function renderDossierPdf(print: DossierPrint): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: 56, bottom: 56, left: 64, right: 56 },
      info: {
        Title: `Hồ sơ nhiệm vụ trọng tâm năm ${print.cycleYear} — ${print.cadreName}`,
        Author: 'NVTT — Tỉnh ủy Khánh Hòa',
      },
      bufferPages: true,
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('regular', REGULAR);
    doc.registerFont('bold', BOLD);
    doc.registerFont('italic', ITALIC);
    // Text goes in NFC: one glyph per letter, as the font's cmap expects.
    const nfc = (text: string) => text.normalize('NFC');

    doc
      .font('bold')
      .fontSize(15)
      .text(nfc(`HỒ SƠ NHIỆM VỤ TRỌNG TÂM NĂM ${print.cycleYear}`), { align: 'center' });
    doc.moveDown(0.5);
    doc.font('bold').fontSize(12).text(nfc(print.cadreName), { align: 'center' });
    if (print.post) doc.font('regular').fontSize(10).text(nfc(print.post), { align: 'center' });
    doc
      .font('italic')
      .fontSize(9)
      .text(nfc(`Số liệu đến ngày ${vnDate(print.asOf)}`), { align: 'center' });
    doc.moveDown();

    for (const task of print.tasks) {
      doc.font('bold').fontSize(12).text(nfc(task.heading));
      doc.font('regular').fontSize(10);
      for (const fact of task.facts) doc.text(nfc(fact));
      for (const section of task.sections) {
        doc.moveDown(0.3);
        doc.font('bold').fontSize(10).text(nfc(section.title));
        doc.font('regular').fontSize(10);
        if (section.lines.length === 0) doc.font('italic').text(nfc('(chưa có)')).font('regular');
        for (const line of section.lines) doc.text(nfc(`• ${line}`), { indent: 10 });
      }
      doc.moveDown();
    }

    doc.font('bold').fontSize(12).text(nfc('Tổng hợp'));
    doc.font('regular').fontSize(10);
    for (const line of print.summary) doc.text(nfc(line));

    const range = doc.bufferedPageRange();
    for (let page = range.start; page < range.start + range.count; page += 1) {
      doc.switchToPage(page);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc
        .font('italic')
        .fontSize(8)
        .text(
          nfc(`${print.cadreName} — năm ${print.cycleYear} — trang ${page + 1}/${range.count}`),
          doc.page.margins.left,
          doc.page.height - 36,
          { align: 'center', width: doc.page.width - doc.page.margins.left - doc.page.margins.right },
        );
      doc.page.margins.bottom = bottom;
    }
    doc.end();
  });
}
