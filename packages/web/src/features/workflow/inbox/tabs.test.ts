import { describe, expect, it } from 'vitest';
import { INBOX_TABS, reviewingAgencies } from './tabs';

describe('inbox tabs', () => {
  it('lists each agency once per role, focal agencies first', () => {
    const btc = { id: 'u1', name: 'Ban Tổ chức Tỉnh ủy' };
    const ubkt = { id: 'u2', name: 'Ủy ban Kiểm tra Tỉnh ủy' };
    expect(
      reviewingAgencies([
        { role: 'ADVISORY', unit: ubkt },
        { role: 'CONSOLIDATOR', unit: btc },
        { role: 'FOCAL', unit: btc },
        { role: 'FOCAL', unit: btc },
      ]),
    ).toEqual([
      { id: 'u1', name: 'Ban Tổ chức Tỉnh ủy', role: 'FOCAL' },
      { id: 'u2', name: 'Ủy ban Kiểm tra Tỉnh ủy', role: 'ADVISORY' },
    ]);
  });

  it('asks the API for what waits for the agency at each tab', () => {
    const filters = Object.fromEntries(INBOX_TABS.map((spec) => [spec.tab, spec.filter('A')]));
    expect(filters).toEqual({
      appraise: { focalAgency: 'A', state: ['SUBMITTED'] },
      appraiseResult: { focalAgency: 'A', state: ['SELF_ASSESSED'] },
      evidence: { focalAgency: 'A', evidencePending: true },
      opinion: { state: ['IN_CONSULTATION'], awaitingOpinion: { agency: 'A', stage: 'REGISTRATION' } },
      resultOpinion: { state: ['RESULT_APPRAISED'], awaitingOpinion: { agency: 'A', stage: 'RESULT' } },
    });
  });
});
