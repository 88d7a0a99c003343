import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
  type IBordersOptions,
  type ParagraphChild,
} from 'docx';
import { formatLocalDate, isLocalDate } from '@nvtt/shared';
import type { NoticeData } from './notice.service.js';

/** Sizes in half-points, as Word counts them: 14 pt body, 13 pt header blocks. */
const BODY = 28;
const HEADER = 26;
const SMALL = 24;
const FONT = 'Times New Roman';
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS: IBordersOptions = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };

/** Every text in NFC: one code point per letter, as fonts and search expect. */
function run(text: string, options: { bold?: boolean; italics?: boolean; underline?: boolean; size?: number } = {}) {
  return new TextRun({
    text: text.normalize('NFC'),
    bold: options.bold,
    italics: options.italics,
    underline: options.underline ? { type: UnderlineType.SINGLE } : undefined,
    size: options.size,
    font: FONT,
  });
}

function line(
  children: ParagraphChild[],
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.JUSTIFIED,
  options: { indent?: boolean; after?: number } = {},
): Paragraph {
  return new Paragraph({
    alignment,
    children,
    spacing: { after: options.after ?? 60, line: 300 },
    indent: options.indent ? { firstLine: 567 } : undefined,
  });
}

const centered = (children: ParagraphChild[], after = 0) => line(children, AlignmentType.CENTER, { after });

/** "Khánh Hòa, ngày 27 tháng 12 năm 2025" — or blanks to fill by hand on a draft. */
export function placeAndDate(date: string | null, year: number): string {
  if (date === null || !isLocalDate(date)) return `Khánh Hòa, ngày      tháng      năm ${year}`;
  const [day, month, fullYear] = formatLocalDate(date).split('/');
  return `Khánh Hòa, ngày ${day} tháng ${month} năm ${fullYear}`;
}

function quantity(target: string | null, unit: string | null): string {
  if (target === null) return '';
  return ` (chỉ tiêu: ${Number(target).toLocaleString('vi-VN')}${unit ? ` ${unit}` : ''})`;
}

function cell(children: Paragraph[], widthPercent: number): TableCell {
  return new TableCell({ children, width: { size: widthPercent, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });
}

/** Two columns without borders: how Party documents lay out their header and their closing. */
function twoColumns(left: Paragraph[], right: Paragraph[], leftPercent: number): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      ...NO_BORDERS,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    rows: [new TableRow({ children: [cell(left, leftPercent), cell(right, 100 - leftPercent)] })],
  });
}

/** Splits "Name — Post, Unit" (how decisions record their signer) into the name and the post. */
function signer(label: string): { name: string; post: string } {
  const [name, rest] = label.split(' — ');
  return { name: (name ?? '').trim(), post: (rest ?? '').split(',')[0]!.trim() };
}

/**
 * The assignment notice in the layout of a Party document (Hướng dẫn 36-HD/VPTW): issuing body
 * and number top-left, the Party's name and the place and date top-right, the title, the body,
 * then recipients bottom-left and the signature block bottom-right.
 */
export async function renderNoticeDocx(notice: NoticeData): Promise<Buffer> {
  const number = notice.decision ? `Số ${notice.decision.number}` : 'Số        -TB/TU';
  const header = twoColumns(
    [
      centered([run('ĐẢNG BỘ TỈNH KHÁNH HÒA', { size: HEADER })]),
      centered([run('BAN THƯỜNG VỤ TỈNH ỦY', { bold: true, size: HEADER })]),
      centered([run('*', { size: HEADER })]),
      centered([run(number, { size: HEADER })]),
    ],
    [
      centered([run('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, underline: true, size: 30 })], 240),
      centered([run(placeAndDate(notice.decision?.signedOn ?? null, notice.cycleYear), { italics: true, size: BODY })]),
    ],
    45,
  );

  const body: Paragraph[] = [
    centered([run('THÔNG BÁO', { bold: true, size: 32 })]),
    centered([run(`giao nhiệm vụ trọng tâm năm ${notice.cycleYear}`, { bold: true, size: BODY })]),
    centered([run(`đối với đồng chí ${notice.cadreName}`, { bold: true, size: BODY })]),
    centered([run('-----', { size: BODY })], 200),
    ...(notice.decision ? [] : [centered([run('(DỰ THẢO)', { italics: true, size: BODY })], 120)]),
    line(
      [
        run(
          'Căn cứ Quy định số 622-QĐ/TU, ngày 24/9/2022 của Ban Thường vụ Tỉnh ủy về giao nhiệm vụ trọng tâm và đánh giá cán bộ lãnh đạo, quản lý thông qua kết quả thực hiện nhiệm vụ trọng tâm hằng năm;',
          { size: BODY },
        ),
      ],
      AlignmentType.JUSTIFIED,
      { indent: true },
    ),
    line(
      [
        run(
          `Ban Thường vụ Tỉnh ủy thông báo giao nhiệm vụ trọng tâm năm ${notice.cycleYear} đối với đồng chí ${notice.cadreName}, ${notice.post}, như sau:`,
          { size: BODY },
        ),
      ],
      AlignmentType.JUSTIFIED,
      { indent: true },
    ),
  ];
  notice.tasks.forEach((task, index) => {
    body.push(
      line([run(`${index + 1}. ${task.title}`, { bold: true, size: BODY })], AlignmentType.JUSTIFIED, { indent: true }),
    );
    const outputs = task.outputs.map((output) => `${output.name}${quantity(output.target, output.unit)}`);
    body.push(
      line(
        [run(`- Sản phẩm đầu ra: ${outputs.length ? outputs.join('; ') : 'chưa xác định'}.`, { size: BODY })],
        AlignmentType.JUSTIFIED,
        {
          indent: true,
        },
      ),
      line(
        [
          run(
            `- Thời hạn hoàn thành: ${task.endsOn && isLocalDate(task.endsOn) ? formatLocalDate(task.endsOn) : 'trong năm ' + notice.cycleYear}.`,
            { size: BODY },
          ),
        ],
        AlignmentType.JUSTIFIED,
        { indent: true },
      ),
      line(
        [run(`- Cơ quan đầu mối theo dõi, thẩm định: ${task.focalAgency}.`, { size: BODY })],
        AlignmentType.JUSTIFIED,
        {
          indent: true,
        },
      ),
    );
  });
  body.push(
    line(
      [
        run(
          `Đồng chí ${notice.cadreName} có trách nhiệm xây dựng kế hoạch, lộ trình thực hiện và tổ chức thực hiện hoàn thành các nhiệm vụ trên; định kỳ báo cáo tiến độ theo quy định. Kết quả thực hiện nhiệm vụ trọng tâm là căn cứ để đánh giá, xếp loại chất lượng cán bộ năm ${notice.cycleYear}.`,
          { size: BODY },
        ),
      ],
      AlignmentType.JUSTIFIED,
      { indent: true, after: 240 },
    ),
  );

  const focalAgencies = [...new Set(notice.tasks.map((task) => task.focalAgency))];
  const who = notice.decision ? signer(notice.decision.signerLabel) : { name: '', post: '' };
  const closing = twoColumns(
    [
      line([run('Nơi nhận:', { underline: true, size: SMALL })], AlignmentType.LEFT, { after: 0 }),
      line([run(`- Đồng chí ${notice.cadreName} (để thực hiện),`, { size: 22 })], AlignmentType.LEFT, { after: 0 }),
      ...focalAgencies.map((agency) =>
        line([run(`- ${agency} (để theo dõi),`, { size: 22 })], AlignmentType.LEFT, { after: 0 }),
      ),
      line([run('- Ban Tổ chức Tỉnh ủy,', { size: 22 })], AlignmentType.LEFT, { after: 0 }),
      line([run('- Lưu Văn phòng Tỉnh ủy.', { size: 22 })], AlignmentType.LEFT, { after: 0 }),
    ],
    [
      centered([run('T/M BAN THƯỜNG VỤ', { bold: true, size: BODY })]),
      centered([run(who.post.toLocaleUpperCase('vi-VN'), { bold: true, size: BODY })], 1200),
      centered([run(who.name, { bold: true, size: BODY })]),
    ],
    50,
  );

  const document = new Document({
    creator: 'NVTT — Tỉnh ủy Khánh Hòa',
    title: `Thông báo giao nhiệm vụ trọng tâm năm ${notice.cycleYear} — ${notice.cadreName}`.normalize('NFC'),
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        // A4 with the margins of Party documents: top/bottom 2 cm, left 3 cm, right 1.5 cm.
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1701, right: 850 },
          },
        },
        children: [header, new Paragraph({ children: [] }), ...body, closing],
      },
    ],
  });
  return Packer.toBuffer(document);
}
