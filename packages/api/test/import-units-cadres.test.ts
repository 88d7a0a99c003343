import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/modules/audit/audit-chain.js';
import { apply, fingerprint, preview, workbook } from './support/import-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const UNITS_FILE = readFileSync(path.join(__dirname, 'fixtures/khanh-hoa-2026-units.json'));
const UNITS = (JSON.parse(UNITS_FILE.toString('utf8')) as { units: Array<Record<string, unknown>> }).units;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('importing the units file', () => {
  it('reads the province’s JSON list as it is: every unit already seeded, so nothing to change', async () => {
    const before = await fingerprint(app.dataSource);
    const { status, body } = await preview(app.url, 'units', UNITS_FILE, undefined, 'khanh-hoa-2026-units.json');
    expect(status).toBe(200);
    expect(body.errors).toEqual([]);
    expect(body.dataRows).toBe(UNITS.length);
    expect(body.counts).toEqual([{ entity: 'OrgUnit', create: 0, update: 0, unchanged: UNITS.length }]);
    expect(body.canApply).toBe(false);
    const applied = await apply(app.url, 'units', UNITS_FILE, body.token);
    expect(applied.status).toBe(200);
    expect(applied.body.auditRows).toBe(0);
    expect(await fingerprint(app.dataSource)).toEqual(before);
  });

  it('takes the same list as a spreadsheet with Vietnamese headers; a new and a renamed unit apply, then re-import is clean', async () => {
    const headers = [
      'Mã đơn vị',
      'Tên đơn vị',
      'Loại hình',
      'Mã đơn vị cấp trên',
      'Khối',
      'Vai trò',
      'Hiệu lực từ',
      'Hiệu lực đến',
      'Tên viết tắt',
      'Mã huyện cũ',
    ];
    const rows = UNITS.map((unit) => [
      unit.code,
      unit.code === 'STC' ? '  Sở Tài chính tỉnh Khánh Hòa ' : unit.name,
      unit.kind,
      unit.parent,
      unit.sector,
      (unit.roles as string[]).join(', '),
      // Dates the Vietnamese way, as people type them.
      typeof unit.validFrom === 'string' ? unit.validFrom.split('-').reverse().join('/') : null,
      typeof unit.validTo === 'string' ? unit.validTo.split('-').reverse().join('/') : null,
      unit.abbreviation,
      unit.legacyDistrict ?? null,
    ]);
    // Labels are accepted for kinds and sectors; text is trimmed and stored in NFC.
    rows.push([
      'TTPVHCC',
      'Trung tâm Phục vụ hành chính công tỉnh'.normalize('NFD'),
      'Cơ quan',
      'UBND',
      'GOVERNMENT',
      '',
      '01/07/2025',
      '',
      'TTPVHCC',
      null,
    ]);
    const file = await workbook(headers, rows);
    const auditBefore = (await fingerprint(app.dataSource)).audit;
    const first = await preview(app.url, 'units', file);
    expect(first.body.errors).toEqual([]);
    expect(first.body.counts).toEqual([{ entity: 'OrgUnit', create: 1, update: 1, unchanged: UNITS.length - 1 }]);
    expect(first.body.rows.find((row) => row.key === 'STC')).toMatchObject({ action: 'UPDATE', changes: ['name'] });
    const applied = await apply(app.url, 'units', file, first.body.token);
    expect(applied.status).toBe(200);
    expect(applied.body.auditRows).toBe(2);
    const [created] = await app.dataSource.query(
      `SELECT u.name, u.kind, u.valid_from::text AS "validFrom", p.code AS parent FROM org_unit u JOIN org_unit p ON p.id = u.parent_id WHERE u.code = 'TTPVHCC'`,
    );
    expect(created).toEqual({
      name: 'Trung tâm Phục vụ hành chính công tỉnh'.normalize('NFC'),
      kind: 'AGENCY',
      validFrom: '2025-07-01',
      parent: 'UBND',
    });
    expect(Number((await fingerprint(app.dataSource)).audit)).toBe(Number(auditBefore) + 2);

    const again = await preview(app.url, 'units', file);
    expect(again.body.counts).toEqual([{ entity: 'OrgUnit', create: 0, update: 0, unchanged: UNITS.length + 1 }]);
    const before = await fingerprint(app.dataSource);
    expect((await apply(app.url, 'units', file, again.body.token)).body.auditRows).toBe(0);
    expect(await fingerprint(app.dataSource)).toEqual(before);
  });

  it('reports bad unit rows with their row number and column, in Vietnamese', async () => {
    const file = await workbook(
      ['Mã đơn vị', 'Tên đơn vị', 'Loại hình', 'Mã đơn vị cấp trên', 'Khối'],
      [
        ['SO_MOI', 'Sở Mới', 'DEPARTMENT', 'KHONG_CO', 'GOVERNMENT'],
        ['SO_MOI', 'Sở Mới lần hai', 'DEPARTMENT', 'UBND', 'GOVERNMENT'],
        ['SO_KHAC', '', 'LOAI_LA', 'UBND', 'GOVERNMENT'],
      ],
    );
    const before = await fingerprint(app.dataSource);
    const { body } = await preview(app.url, 'units', file);
    expect(body.errors.map((error) => [error.row, error.header, error.message])).toEqual([
      [2, 'Mã đơn vị cấp trên', 'Mã đơn vị “KHONG_CO” không có trong hệ thống hay trong tệp.'],
      [3, 'Mã đơn vị', 'Mã đơn vị “SO_MOI” trùng với dòng 2.'],
      [4, 'Tên đơn vị', 'Thiếu Tên đơn vị.'],
      [4, 'Loại hình', '“LOAI_LA” không có trong danh mục.'],
    ]);
    expect(body.canApply).toBe(false);
    const refused = await apply(app.url, 'units', file, body.token);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('HAS_ERRORS');
    expect(await fingerprint(app.dataSource)).toEqual(before);
  });
});

const CADRE_HEADERS = [
  'Mã cán bộ',
  'Họ và tên',
  'Năm sinh',
  'Mã đơn vị',
  'Chức vụ',
  'Nhóm đối tượng',
  'Ngày bắt đầu',
  'Ngày kết thúc',
  'Luân chuyển',
];
const DEPARTMENTS = ['SNV', 'STP', 'STC', 'SCT', 'SNNMT', 'SXD', 'SKHCN', 'SVHTTDL'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng'];
const GIVEN = ['Văn An', 'Thị Bình', 'Minh Châu', 'Quốc Dũng', 'Thị Hạnh', 'Đức Khoa', 'Ngọc Lan', 'Hữu Phước'];

/** 500 cadres, one post each; Excel date cells and text dates mixed, as real sheets are. */
function cadreRows(): unknown[][] {
  return Array.from({ length: 500 }, (_, index) => {
    const n = index + 1;
    return [
      `IMP-${String(n).padStart(4, '0')}`,
      `${FAMILY[n % 8]} ${GIVEN[(n * 3) % 8]} ${n}`,
      1960 + (n % 40),
      DEPARTMENTS[n % DEPARTMENTS.length],
      n % 5 === 0 ? 'Phó Giám đốc' : 'Giám đốc',
      n % 7 === 0 ? 'Giám đốc sở và tương đương' : 'DEPARTMENT_DIRECTOR',
      n % 2 === 0 ? new Date(Date.UTC(2025, 6, 1)) : '01/07/2025',
      null,
      n % 11 === 0 ? 'có' : 'không',
    ];
  });
}

describe('importing 500 cadres with deliberate errors', () => {
  const clean = cadreRows();
  const broken = clean.map((row) => [...row]);
  // Sheet row = index + 2 (row 1 is the header).
  broken[8]![3] = 'KHONG_CO'; // row 10: wrong unit code
  broken[48]![1] = '   '; // row 50: missing name
  broken[118]![0] = broken[117]![0]; // row 120: the code of row 119, for another person
  broken[198]![6] = '31/02/2025'; // row 200: no such date
  broken[298]![5] = 'GIAM_DOC_SO'; // row 300: unknown subject group
  broken[398]![2] = 1800; // row 400: birth year out of range
  broken[448]![7] = '01/01/2020'; // row 450: ends before it starts

  it('reports every bad row with its number, column and a Vietnamese reason, and writes nothing', async () => {
    const file = await workbook(CADRE_HEADERS, broken);
    const before = await fingerprint(app.dataSource);
    const { status, body } = await preview(app.url, 'cadres', file);
    expect(status).toBe(200);
    expect(body.dataRows).toBe(500);
    expect(body.errors.map((error) => [error.row, error.header, error.message])).toEqual([
      [10, 'Mã đơn vị', 'Mã đơn vị “KHONG_CO” không có trong hệ thống.'],
      [50, 'Họ và tên', 'Thiếu Họ và tên.'],
      [
        120,
        'Mã cán bộ',
        'Mã cán bộ “IMP-0118” trùng với dòng 119 nhưng khác họ tên hoặc năm sinh (“Võ Minh Châu 118”).',
      ],
      [200, 'Ngày bắt đầu', '“31/02/2025” không phải ngày hợp lệ (dd/mm/yyyy).'],
      [300, 'Nhóm đối tượng', '“GIAM_DOC_SO” không có trong danh mục.'],
      [400, 'Năm sinh', '“1800” phải là số nguyên từ 1940 đến 2010.'],
      [450, 'Ngày kết thúc', 'Ngày kết thúc trước ngày bắt đầu.'],
    ]);
    expect(body.errors[0]!.messageEn).toBe('No unit “KHONG_CO” in the system.');
    expect(body.rows.filter((row) => row.action === 'ERROR').map((row) => row.row)).toEqual([
      10, 50, 120, 200, 300, 400, 450,
    ]);
    expect(body.canApply).toBe(false);
    const refused = await apply(app.url, 'cadres', file, body.token);
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toBe('Tệp còn 7 lỗi: sửa rồi xem trước lại; chưa có gì được ghi.');
    expect(refused.body.error.errors).toHaveLength(7);
    expect(await fingerprint(app.dataSource)).toEqual(before);
  });

  it('applies the corrected sheet in one go, then a clean re-import changes nothing and audits nothing', async () => {
    const file = await workbook(CADRE_HEADERS, clean);
    const before = await fingerprint(app.dataSource);
    const first = await preview(app.url, 'cadres', file);
    expect(first.body.errors).toEqual([]);
    expect(first.body.counts).toEqual([
      { entity: 'Cadre', create: 500, update: 0, unchanged: 0 },
      { entity: 'Position', create: 500, update: 0, unchanged: 0 },
    ]);
    // A wrong or stale token is refused: the applied content must be the previewed one.
    const stale = await apply(app.url, 'cadres', file, 'f'.repeat(64));
    expect(stale.status).toBe(409);
    expect(await fingerprint(app.dataSource)).toEqual(before);

    const applied = await apply(app.url, 'cadres', file, first.body.token);
    expect(applied.status).toBe(200);
    expect(applied.body.auditRows).toBe(1000);
    const after = await fingerprint(app.dataSource);
    expect(Number(after.cadres) - Number(before.cadres)).toBe(500);
    expect(Number(after.positions) - Number(before.positions)).toBe(500);
    expect(Number(after.audit) - Number(before.audit)).toBe(1000);
    const [cadre] = await app.dataSource.query(
      `SELECT c.full_name AS "fullName", c.birth_year AS "birthYear", p.title, p.subject_group AS "subjectGroup",
              p.starts_on::text AS "startsOn", p.rotated, u.code AS unit
         FROM cadre c JOIN position p ON p.cadre_id = c.id JOIN org_unit u ON u.id = p.unit_id WHERE c.code = 'IMP-0022'`,
    );
    expect(cadre).toEqual({
      fullName: 'Võ Minh Châu 22',
      birthYear: 1982,
      title: 'Giám đốc',
      subjectGroup: 'DEPARTMENT_DIRECTOR',
      startsOn: '2025-07-01',
      rotated: true,
      unit: 'SKHCN',
    });
    expect((await verifyAuditChain(app.dataSource)).ok).toBe(true);

    const again = await preview(app.url, 'cadres', file);
    expect(again.body.counts).toEqual([
      { entity: 'Cadre', create: 0, update: 0, unchanged: 500 },
      { entity: 'Position', create: 0, update: 0, unchanged: 500 },
    ]);
    expect(again.body.canApply).toBe(false);
    const reapplied = await apply(app.url, 'cadres', file, again.body.token);
    expect(reapplied.body).toMatchObject({ auditRows: 0 });
    expect(await fingerprint(app.dataSource)).toEqual(after);
  });

  it('takes a CSV (UTF-8, Vietnamese headers, a quoted cell) for the same format: an update, a new post, then nothing', async () => {
    const csv = [
      'Mã cán bộ,Họ và tên,Năm sinh,Mã đơn vị,Chức vụ,Nhóm đối tượng,Ngày bắt đầu,Ngày kết thúc,Luân chuyển',
      'IMP-0001,Trần Quốc Dũng 1,1961,STP,Giám đốc,DEPARTMENT_DIRECTOR,01/07/2025,31/12/2026,không',
      'IMP-0001,Trần Quốc Dũng 1,,UBND,"Phó Chủ tịch UBND tỉnh, phụ trách kinh tế",PROVINCIAL_COMMITTEE_MEMBER,1/1/2027,,có',
      '',
    ].join('\r\n');
    const first = await preview(app.url, 'cadres', `\uFEFF${csv}`, undefined, 'can-bo.csv');
    expect(first.status).toBe(200);
    expect(first.body.sheet).toBe('CSV');
    expect(first.body.errors).toEqual([]);
    expect(first.body.counts).toEqual([
      { entity: 'Cadre', create: 0, update: 0, unchanged: 1 },
      { entity: 'Position', create: 1, update: 1, unchanged: 0 },
    ]);
    expect(first.body.rows).toEqual([
      { row: 2, key: 'IMP-0001', action: 'UPDATE', changes: ['endsOn'] },
      { row: 3, key: 'IMP-0001', action: 'CREATE', changes: [] },
    ]);
    expect((await apply(app.url, 'cadres', `\uFEFF${csv}`, first.body.token)).body.auditRows).toBe(2);
    const [post] = await app.dataSource.query(
      `SELECT p.title, p.starts_on::text AS "startsOn", p.rotated FROM position p JOIN cadre c ON c.id = p.cadre_id
        WHERE c.code = 'IMP-0001' AND p.starts_on = '2027-01-01'`,
    );
    expect(post).toEqual({ title: 'Phó Chủ tịch UBND tỉnh, phụ trách kinh tế', startsOn: '2027-01-01', rotated: true });
    const again = await preview(app.url, 'cadres', csv);
    expect(again.body.counts.every((count) => count.create === 0 && count.update === 0)).toBe(true);
  });
});
