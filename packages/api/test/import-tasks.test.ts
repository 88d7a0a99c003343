import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCadre, createCycle, routeFocal } from './support/fixtures.js';
import { apply, fingerprint, preview, workbook } from './support/import-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const HEADERS = [
  'Mã cán bộ',
  'Năm',
  'Số thứ tự nhiệm vụ',
  'Tên nhiệm vụ',
  'Mô tả',
  'Ngày bắt đầu',
  'Ngày kết thúc',
  'Căn cứ, định hướng',
  'Sản phẩm đầu ra',
  'Đơn vị tính',
  'Chỉ tiêu',
  'Thời hạn',
];

const TASK_1 = 'Hoàn thành quy hoạch chung đô thị Cam Lâm';
const TASK_2 = 'Số hóa 100% hồ sơ thủ tục hành chính của Sở';

/** Two tasks: the first with two outputs (two rows, task columns given once), the second with one. */
function cleanRows(): unknown[][] {
  return [
    [
      'IMP-T1',
      2028,
      1,
      TASK_1,
      'Trình phê duyệt trong năm',
      '01/01/2028',
      '31/12/2028',
      'NQ09_TW_2022:PLANNING; NQ55_QH15_2022 (Điều 5)',
      'Quyết định phê duyệt',
      'quyết định',
      1,
      '30/09/2028',
    ],
    ['IMP-T1', 2028, 1, null, null, null, null, null, 'Hội nghị công bố quy hoạch', 'hội nghị', '1', '15/12/2028'],
    [
      'IMP-T1',
      2028,
      2,
      TASK_2,
      null,
      '01/02/2028',
      '30/11/2028',
      'NQ42_CP_2022:SCIENCE_INNOVATION_DIGITAL',
      'Hồ sơ được số hóa',
      '%',
      '100',
      null,
    ],
  ];
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  const cycleId = await createCycle(app.dataSource, 2028);
  await routeFocal(app.dataSource, cycleId, 'DEPARTMENT_DIRECTOR', 'DU_UBND');
  await createCadre(app.dataSource, 'IMP-T1', 'Lê Thị Thu', {
    unit: 'STC',
    title: 'Giám đốc',
    subjectGroup: 'DEPARTMENT_DIRECTOR',
    startsOn: '2025-01-01',
  });
});
afterAll(() => app.close());

describe('importing registered tasks', () => {
  it('checks rows with the registration’s shared schema and rules, reporting each by row and column', async () => {
    const rows = cleanRows();
    rows[1]![3] = 'Một tên khác'; // row 3: another title for the same task
    rows[2]![10] = '-5'; // row 4: negative target (shared schema)
    rows.push(['IMP-T1', 2028, 3, 'x'.repeat(301), null, null, null, 'NQ99', 'Báo cáo', null, null, '31/12/2028']); // row 5
    rows.push([
      'IMP-T1',
      2028,
      4,
      'Nhiệm vụ thứ tư',
      null,
      null,
      null,
      'NQ09_TW_2022',
      'Báo cáo',
      null,
      null,
      '31/12/2028',
    ]); // row 6
    rows.push(['KHONG-CO', 2028, 1, 'Nhiệm vụ', null, null, null, null, null, null, null, null]); // row 7
    rows.push(['IMP-T1', 2027, 1, 'Nhiệm vụ năm đã giao', null, null, null, null, null, null, null, null]); // row 8
    const file = await workbook(HEADERS, rows);
    const before = await fingerprint(app.dataSource);
    const { body } = await preview(app.url, 'tasks', file);
    expect(body.errors.map((error) => [error.row, error.header, error.message])).toEqual([
      [3, 'Tên nhiệm vụ', 'Khác với dòng 2 của cùng nhiệm vụ: để trống hoặc ghi giống dòng đó.'],
      [4, 'Chỉ tiêu', 'Chỉ tiêu không được âm.'],
      [5, 'Tên nhiệm vụ', 'Tên nhiệm vụ không quá 300 ký tự.'],
      [5, 'Căn cứ, định hướng', 'Căn cứ, định hướng không hợp lệ.'],
      [6, 'Số thứ tự nhiệm vụ', 'Số thứ tự vượt quá số nhiệm vụ mỗi cán bộ của kỳ 2028 (3).'],
      [7, 'Mã cán bộ', 'Mã cán bộ “KHONG-CO” không có trong hệ thống.'],
      [
        8,
        'Năm',
        'Kỳ 2027 đang ở giai đoạn “Tổng hợp, quyết định giao”: chỉ nhập nhiệm vụ khi kỳ đang chuẩn bị hoặc đăng ký.',
      ],
    ]);
    expect((await apply(app.url, 'tasks', file, body.token)).status).toBe(422);
    expect(await fingerprint(app.dataSource)).toEqual(before);
  });

  it('creates drafts of the cadre with their outputs and alignments; a clean re-import changes nothing', async () => {
    const file = await workbook(HEADERS, cleanRows());
    const first = await preview(app.url, 'tasks', file);
    expect(first.body.errors).toEqual([]);
    expect(first.body.counts).toEqual([{ entity: 'KeyTask', create: 2, update: 0, unchanged: 0 }]);
    expect(first.body.rows.map((row) => [row.row, row.key, row.action])).toEqual([
      [2, 'IMP-T1/2028/1', 'CREATE'],
      [3, 'IMP-T1/2028/1', 'CREATE'],
      [4, 'IMP-T1/2028/2', 'CREATE'],
    ]);
    const applied = await apply(app.url, 'tasks', file, first.body.token);
    expect(applied.status).toBe(200);
    expect(applied.body.auditRows).toBe(2);
    const tasks = await app.dataSource.query(
      `SELECT t.ordinal, t.state, t.title, t.starts_on::text AS "startsOn", u.code AS focal,
              (SELECT json_agg(json_build_object('name', o.name, 'target', o.target, 'dueOn', o.due_on) ORDER BY o.ordinal)
                 FROM output_product o WHERE o.key_task_id = t.id) AS outputs,
              (SELECT json_agg(json_build_object('source', a.source, 'area', a.area, 'ref', a.reference_text) ORDER BY a.id)
                 FROM alignment a WHERE a.key_task_id = t.id) AS alignments
         FROM key_task t JOIN cadre c ON c.id = t.cadre_id JOIN cycle y ON y.id = t.cycle_id JOIN org_unit u ON u.id = t.focal_unit_id
        WHERE c.code = 'IMP-T1' AND y.year = 2028 ORDER BY t.ordinal`,
    );
    expect(tasks).toEqual([
      {
        ordinal: 1,
        state: 'DRAFT',
        title: TASK_1,
        startsOn: '2028-01-01',
        focal: 'DU_UBND',
        outputs: [
          { name: 'Quyết định phê duyệt', target: 1, dueOn: '2028-09-30' },
          { name: 'Hội nghị công bố quy hoạch', target: 1, dueOn: '2028-12-15' },
        ],
        alignments: [
          { source: 'NQ09_TW_2022', area: 'PLANNING', ref: '' },
          { source: 'NQ55_QH15_2022', area: null, ref: 'Điều 5' },
        ],
      },
      {
        ordinal: 2,
        state: 'DRAFT',
        title: TASK_2,
        startsOn: '2028-02-01',
        focal: 'DU_UBND',
        outputs: [{ name: 'Hồ sơ được số hóa', target: 100, dueOn: null }],
        alignments: [{ source: 'NQ42_CP_2022', area: 'SCIENCE_INNOVATION_DIGITAL', ref: '' }],
      },
    ]);

    const again = await preview(app.url, 'tasks', file);
    expect(again.body.counts).toEqual([{ entity: 'KeyTask', create: 0, update: 0, unchanged: 2 }]);
    const before = await fingerprint(app.dataSource);
    expect((await apply(app.url, 'tasks', file, again.body.token)).body.auditRows).toBe(0);
    expect(await fingerprint(app.dataSource)).toEqual(before);
  });

  it('updates a draft, and refuses to change a task already submitted (CSV)', async () => {
    const csv = (title: string) =>
      [
        'Mã cán bộ;Năm;Số thứ tự nhiệm vụ;Tên nhiệm vụ;Ngày bắt đầu;Ngày kết thúc;Căn cứ, định hướng;Sản phẩm đầu ra;Đơn vị tính;Chỉ tiêu;Thời hạn',
        `IMP-T1;2028;2;${title};01/02/2028;30/11/2028;NQ42_CP_2022:SCIENCE_INNOVATION_DIGITAL;Hồ sơ được số hóa;%;100;`,
      ].join('\n');
    const edited = await preview(app.url, 'tasks', csv(`${TASK_2} (sửa)`), undefined, 'nhiem-vu.csv');
    expect(edited.body.errors).toEqual([]);
    expect(edited.body.rows).toEqual([{ row: 2, key: 'IMP-T1/2028/2', action: 'UPDATE', changes: ['title'] }]);
    expect((await apply(app.url, 'tasks', csv(`${TASK_2} (sửa)`), edited.body.token)).body.auditRows).toBe(1);

    await app.dataSource.query(
      `UPDATE key_task SET state = 'SUBMITTED' WHERE ordinal = 2 AND cadre_id = (SELECT id FROM cadre WHERE code = 'IMP-T1')`,
    );
    const same = await preview(app.url, 'tasks', csv(`${TASK_2} (sửa)`));
    expect(same.body.rows[0]!.action).toBe('UNCHANGED');
    const refused = await preview(app.url, 'tasks', csv('Tên mới sau khi đã nộp'));
    expect(refused.body.errors.map((error) => [error.row, error.message])).toEqual([
      [2, 'Nhiệm vụ đã ở trạng thái “Đã đăng ký”: chỉ sửa qua nhập file khi còn dự thảo hoặc bị trả lại.'],
    ]);
  });
});
