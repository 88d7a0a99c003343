import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/auth/actor.js';
import { BTC, apply, fingerprint, preview } from './support/import-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const UNIT_CSV =
  'Mã đơn vị,Tên đơn vị,Loại hình,Mã đơn vị cấp trên,Khối\nSO_THU,Sở Thử nghiệm,DEPARTMENT,UBND,GOVERNMENT\n';

let app: TestApp;
const actors: Record<string, Actor | null> = {};
beforeAll(async () => {
  app = await startTestApp();
  const unit = async (code: string) =>
    (await app.dataSource.query('SELECT id FROM org_unit WHERE code = $1', [code]))[0].id as number;
  const [cadre] = await app.dataSource.query('SELECT id FROM cadre ORDER BY id LIMIT 1');
  const member = (role: 'FOCAL' | 'ADVISORY' | 'DECIDER', unitId: number): Actor => ({
    userId: `u-${role}`,
    label: role,
    cadreId: null,
    memberships: [{ unitId, role }],
  });
  actors.anonymous = null;
  actors.cadre = { userId: 'u-cadre', label: 'Cán bộ', cadreId: cadre.id, memberships: [] };
  actors.focal = member('FOCAL', await unit('DU_UBND'));
  actors.advisory = member('ADVISORY', await unit('UBKTTU'));
  actors.btv = member('DECIDER', await unit('BTV'));
  actors.viewer = { userId: 'u-viewer', label: 'Xem', cadreId: null, memberships: [], globalRoles: ['VIEWER'] };
  actors.readOnlyAdmin = {
    userId: 'u-ro',
    label: 'Quản trị (token đọc)',
    cadreId: null,
    memberships: [],
    globalRoles: ['ADMIN'],
    tokenScopes: ['AGGREGATES'],
  };
});
afterAll(() => app.close());

describe('who may import', () => {
  it('refuses everyone but Ban Tổ chức and administrators, for preview and apply, and writes nothing', async () => {
    const before = await fingerprint(app.dataSource);
    const { body } = await preview(app.url, 'units', UNIT_CSV);
    expect(body.canApply).toBe(true);
    for (const [role, actor] of Object.entries(actors)) {
      const expected = actor === null ? 401 : 403;
      if (role !== 'readOnlyAdmin') {
        const refused = await preview(app.url, 'units', UNIT_CSV, actor);
        expect(refused.status, `preview as ${role}`).toBe(expected);
      }
      const applied = await apply(app.url, 'units', UNIT_CSV, body.token, actor);
      expect(applied.status, `apply as ${role}`).toBe(expected);
      expect(applied.body.error.code).toBe(actor === null ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
    expect(await fingerprint(app.dataSource)).toEqual(before);
    const admin: Actor = {
      userId: 'u-admin',
      label: 'Quản trị',
      cadreId: null,
      memberships: [],
      globalRoles: ['ADMIN'],
    };
    const applied = await apply(app.url, 'units', UNIT_CSV, body.token, admin);
    expect(applied.status).toBe(200);
    expect(applied.body.counts).toEqual([{ entity: 'OrgUnit', create: 1, update: 0, unchanged: 0 }]);
    const [audit] = await app.dataSource.query(
      `SELECT actor_label AS actor, action, data->>'source' AS source FROM audit_event WHERE entity_type = 'OrgUnit' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toEqual({ actor: 'Quản trị', action: 'CREATE', source: 'IMPORT' });
  });
});

describe('files refused as a whole, with a clear reason', () => {
  it('caps the size and the rows, and refuses old .xls, non-UTF-8 CSV and files without a header', async () => {
    const big = await preview(app.url, 'cadres', Buffer.alloc(5 * 1024 * 1024 + 1, 0x41));
    expect(big.status).toBe(413);
    expect(big.body.error.message).toBe('Tệp quá lớn: tối đa 5 MB.');
    const rows = Array.from(
      { length: 5001 },
      (_, i) => `CB-${i},Người ${i},,STC,Giám đốc,DEPARTMENT_DIRECTOR,01/01/2025,,`,
    );
    const many = await preview(
      app.url,
      'cadres',
      [
        'Mã cán bộ,Họ và tên,Năm sinh,Mã đơn vị,Chức vụ,Nhóm đối tượng,Ngày bắt đầu,Ngày kết thúc,Luân chuyển',
        ...rows,
      ].join('\n'),
    );
    expect(many.status).toBe(400);
    expect(many.body.error.message).toBe(
      'Tệp có quá nhiều dòng: tối đa 5000 dòng dữ liệu mỗi lần nhập; hãy chia nhỏ tệp.',
    );
    const xls = await preview(app.url, 'units', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(xls.body.error.code).toBe('INVALID_FILE');
    expect(xls.body.error.message).toContain('.xls');
    const latin1 = await preview(app.url, 'units', Buffer.from('Mã đơn vị,Tên đơn vị\nA,Sở\n', 'latin1'));
    expect(latin1.body.error.message).toBe('Tệp CSV phải mã hóa UTF-8 (trong Excel: Lưu thành “CSV UTF-8”).');
    const headless = await preview(app.url, 'units', 'a,b,c\n1,2,3\n');
    expect(headless.body.error.message).toContain('Không tìm thấy dòng tiêu đề');
    const empty = await preview(app.url, 'units', '');
    expect(empty.status).toBe(400);
  });

  it('refuses a workbook that would unpack to more than 100 MB before unpacking it', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Đơn vị').addRow(['Mã đơn vị', 'Tên đơn vị']);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    // Declare a huge uncompressed size in the first central directory entry, as a zip bomb would.
    const entry = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(0xf0000000, entry + 24);
    const { status, body } = await preview(app.url, 'units', bytes);
    expect(status).toBe(400);
    expect(body.error.message).toBe('Tệp Excel giải nén ra quá lớn (trên 100 MB): hãy chia nhỏ tệp.');
  });

  it('needs a content type that forces a CORS preflight (no cross-site form posts)', async () => {
    const response = await fetch(`${app.url}/api/import/units/preview`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-test-actor': Buffer.from(JSON.stringify(BTC)).toString('base64url') },
      body: UNIT_CSV,
    });
    expect(response.status).toBe(400);
  });
});

describe('formulas are never evaluated', () => {
  it('reads the value Excel saved, and reports a formula saved without one', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Đơn vị');
    sheet.addRow(['Danh sách đơn vị bổ sung']); // a title row above the header
    sheet.addRow(['Mã đơn vị', 'Tên đơn vị', 'Loại hình', 'Mã đơn vị cấp trên', 'Khối']);
    sheet.addRow([
      'SO_CT',
      { formula: 'CONCAT("Sở ","Công thức")', result: 'Sở Công thức' },
      'DEPARTMENT',
      'UBND',
      'GOVERNMENT',
    ]);
    sheet.addRow(['SO_CT2', { formula: 'WEBSERVICE("http://example.invalid")' }, 'DEPARTMENT', 'UBND', 'GOVERNMENT']);
    const { body } = await preview(app.url, 'units', Buffer.from(await book.xlsx.writeBuffer()));
    expect(body.sheet).toBe('Đơn vị');
    expect(body.rows.map((row) => [row.row, row.key, row.action])).toEqual([
      [3, 'SO_CT', 'CREATE'],
      [4, 'SO_CT2', 'ERROR'],
    ]);
    expect(body.errors.map((error) => [error.row, error.header, error.message])).toEqual([
      [
        4,
        'Tên đơn vị',
        'Ô chứa công thức chưa có giá trị tính sẵn: mở tệp bằng Excel và lưu lại (hệ thống không tính công thức).',
      ],
      [4, 'Tên đơn vị', 'Thiếu Tên đơn vị.'],
    ]);
  });
});
