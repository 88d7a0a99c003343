import { describe, expect, it } from 'vitest';
import { cleanFileName } from '../src/modules/evidence/evidence-file.service.js';

describe('the name an evidence file is kept under', () => {
  it('drops folders and control characters, keeps Vietnamese letters in NFC', () => {
    expect(cleanFileName('C:\\hồ sơ\\..\\Biên\u0000 bản\u001f nghiệm\u007f thu\u0085.pdf')).toBe(
      'Biên bản nghiệm thu.pdf',
    );
    expect(cleanFileName('../../etc/Bie\u0302n ba\u0309n.pdf')).toBe('Biên bản.pdf');
    expect(cleanFileName('a'.repeat(300))).toHaveLength(255);
  });
});
