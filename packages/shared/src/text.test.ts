import { describe, expect, it } from 'vitest';
import { alphabetical, foldForSearch, normalizeText } from './text.js';

describe('text', () => {
  it('stores composed (NFC) text', () => {
    const decomposed = 'Khánh Hòa'.normalize('NFD');
    expect(decomposed).not.toBe('Khánh Hòa');
    expect(normalizeText(`  ${decomposed} `)).toBe('Khánh Hòa');
  });

  it('folds Vietnamese so searches match with or without diacritics', () => {
    expect(foldForSearch('Đặc khu Trường Sa')).toBe('dac khu truong sa');
    expect(foldForSearch('Ủy ban  nhân dân')).toBe('uy ban nhan dan');
    expect(foldForSearch('Khánh Hòa'.normalize('NFD'))).toBe(foldForSearch('khanh hoa'));
    expect(foldForSearch('Sở Nông nghiệp và Môi trường')).toContain('nong nghiep');
  });

  it('orders names alphabetically in the language asked, as localeCompare does', () => {
    const names = ['Vạn Ninh', 'Đồng Nai', 'Dục Mỹ', 'Cam Lâm', 'Diên Khánh', 'Ea Súp', 'an Phú'];
    const expected = [...names].sort((a, b) => a.localeCompare(b, 'vi'));
    expect([...names].sort(alphabetical('vi'))).toEqual(expected);
    expect(expected.indexOf('Đồng Nai')).toBeGreaterThan(expected.indexOf('Dục Mỹ'));
    expect(alphabetical('vi')).toBe(alphabetical('vi'));
  });
});
