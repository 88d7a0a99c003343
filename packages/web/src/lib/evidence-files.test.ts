import { afterEach, describe, expect, it, vi } from 'vitest';
import { EVIDENCE_ACCEPT, formatFileSize, uploadEvidenceFile } from './evidence-files';

afterEach(() => vi.unstubAllGlobals());

const input = () => ({
  keyTask: 'S2V5VGFzazox',
  target: 'OUTPUT',
  outputNumber: 2,
  progressReport: null,
  title: 'Báo cáo',
  file: new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], 'Báo cáo.pdf', { type: 'application/pdf' }),
});

describe('evidence file upload', () => {
  it('posts a multipart form with the CSRF header and the fields the API reads', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ evidence: { id: 1 } }), { status: 201 }));
    vi.stubGlobal('fetch', fetchMock);
    expect(await uploadEvidenceFile(input())).toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/files/evidence');
    expect(init.headers).toEqual({ 'apollo-require-preflight': 'true' });
    const form = init.body as FormData;
    expect([form.get('keyTask'), form.get('target'), form.get('outputNumber'), form.get('title')]).toEqual([
      'S2V5VGFzazox',
      'OUTPUT',
      '2',
      'Báo cáo',
    ]);
    expect(form.has('progressReport')).toBe(false);
    expect((form.get('file') as File).name).toBe('Báo cáo.pdf');
  });

  it('names the milestone report a file supports', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ evidence: { id: 2 } }), { status: 201 }));
    vi.stubGlobal('fetch', fetchMock);
    await uploadEvidenceFile({ ...input(), target: 'MILESTONE_REPORT', outputNumber: null, progressReport: 17 });
    const form = (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].body as FormData;
    expect([form.get('target'), form.get('progressReport'), form.has('outputNumber')]).toEqual([
      'MILESTONE_REPORT',
      '17',
      false,
    ]);
  });

  it('hands back the API’s refusal in both languages, and a message when the answer is no JSON', async () => {
    const refusal = {
      errors: [
        {
          message: 'Tệp vượt quá giới hạn 20 MB.',
          messageEn: 'The file is larger than the 20 MB limit.',
          extensions: { code: 'PAYLOAD_TOO_LARGE', field: ['file'] },
        },
      ],
    };
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(refusal), { status: 413 }));
    expect(await uploadEvidenceFile(input())).toEqual({
      ok: false,
      errors: [
        {
          code: 'PAYLOAD_TOO_LARGE',
          message: 'Tệp vượt quá giới hạn 20 MB.',
          messageEn: 'The file is larger than the 20 MB limit.',
          field: ['file'],
        },
      ],
    });
    vi.stubGlobal('fetch', async () => new Response('<html>Bad gateway</html>', { status: 502 }));
    const result = await uploadEvidenceFile(input());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]!.code).toBe('NETWORK');
  });

  it('accepts the API’s types and reads sizes the Vietnamese way', () => {
    expect(EVIDENCE_ACCEPT.split(',')).toEqual(
      expect.arrayContaining(['.pdf', '.docx', '.xlsx', '.pptx', '.png', '.jpg', 'application/pdf']),
    );
    expect(formatFileSize(1536 * 1024, 'vi')).toBe('1,5 MB');
    expect(formatFileSize(2048, 'en')).toBe('2 KB');
  });
});
