import { describe, expect, it } from 'vitest';
import type { OrgUnitKind, Sector } from '@nvtt/shared';
import { groupTreeRoots, type TreeRoot } from './tree';

function unit(code: string, name: string, kind: OrgUnitKind, sector: Sector, district: string | null = null): TreeRoot {
  return {
    id: code,
    code,
    name,
    abbreviation: null,
    kind,
    sector,
    validFrom: null,
    validTo: null,
    legacyDistrict: district ? { id: district, code: district, name: district } : null,
    children: [],
  };
}

const vietnamese = new Intl.Collator('vi').compare;

describe('groupTreeRoots', () => {
  it('groups provincial bodies by sector, communes by former district, districts last', () => {
    const groups = groupTreeRoots(
      [
        unit('X_DIEN', 'Xã Diên Khánh', 'COMMUNE', 'LOCALITY', 'Huyện Diên Khánh'),
        unit('D_NT', 'Thành phố Nha Trang', 'DISTRICT', 'LOCALITY'),
        unit('UBND', 'Ủy ban nhân dân tỉnh', 'PEOPLES_COMMITTEE', 'GOVERNMENT'),
        unit('TU', 'Tỉnh ủy Khánh Hòa', 'PROVINCIAL_PARTY_COMMITTEE', 'PARTY'),
        unit('P_BAC', 'Phường Bắc Nha Trang', 'WARD', 'LOCALITY', 'Thành phố Nha Trang'),
        unit('P_AN', 'Phường Ba Ngòi', 'WARD', 'LOCALITY', 'Thành phố Cam Ranh'),
        unit('DK', 'Đặc khu Trường Sa', 'SPECIAL_ZONE', 'LOCALITY', null),
      ],
      vietnamese,
    );
    expect(groups.map((group) => group.key)).toEqual(['sector:PARTY', 'sector:GOVERNMENT', 'localities', 'districts']);
    const localities = groups.find((group) => group.key === 'localities')!;
    expect(localities.byDistrict!.map((entry) => entry.district)).toEqual([
      'Huyện Diên Khánh',
      'Thành phố Cam Ranh',
      'Thành phố Nha Trang',
      null,
    ]);
    expect(groups.find((group) => group.key === 'districts')!.units.map((u) => u.code)).toEqual(['D_NT']);
  });

  it('makes no empty groups', () => {
    expect(groupTreeRoots([], vietnamese)).toEqual([]);
  });
});
