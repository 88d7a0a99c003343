import { describe, expect, it } from 'vitest';
import { agencyDeadline, inboxOrder, inboxViewParams, parseInboxView } from './inbox-view';

const view = (query: string) => parseInboxView(new URLSearchParams(query));

describe('inbox view in the URL', () => {
  it('reads the cycle and the order, falling back to every cycle as received', () => {
    expect(view('agency=FOCAL:U1&tab=appraise')).toEqual({ cycle: null, sort: 'received' });
    expect(view('cycle=2026&sort=deadline')).toEqual({ cycle: 2026, sort: 'deadline' });
    expect(view('cycle=20x6&sort=oldest')).toEqual({ cycle: null, sort: 'received' });
    expect(view('cycle=1999')).toEqual({ cycle: null, sort: 'received' });
    expect(view('sort=updated')).toEqual({ cycle: null, sort: 'updated' });
    expect(view('sort=cadre&cycle=2027')).toEqual({ cycle: 2027, sort: 'cadre' });
  });

  it('writes a change back, clearing defaults', () => {
    expect(inboxViewParams({ cycle: 2025 })).toEqual({ cycle: '2025' });
    expect(inboxViewParams({ cycle: null, sort: 'received' })).toEqual({ cycle: '', sort: '' });
    expect(inboxViewParams({ sort: 'deadline' })).toEqual({ sort: 'deadline' });
    expect(inboxViewParams({ sort: 'cadre' })).toEqual({ sort: 'cadre' });
  });

  it('asks the API for the whole list in the chosen order', () => {
    expect(inboxOrder('received')).toBeNull();
    expect(inboxOrder('deadline')).toEqual({ orderBy: 'DEADLINE', descending: false });
    expect(inboxOrder('updated')).toEqual({ orderBy: 'UPDATED_AT', descending: true });
    expect(inboxOrder('cadre')).toEqual({ orderBy: 'CADRE_NAME', descending: false });
  });
});

describe('inbox deadlines', () => {
  const cycle = {
    deadlines: [
      { stage: 'APPRAISE_REGISTRATION' as const, dueOn: '2026-11-15' },
      { stage: 'APPRAISE_RESULTS' as const, dueOn: '2027-01-10' },
    ],
    deadlineExtensions: [
      { stage: 'APPRAISE_REGISTRATION' as const, until: '2026-11-30', agency: { id: 'U1' } },
      { stage: 'APPRAISE_REGISTRATION' as const, until: '2026-12-05', agency: { id: 'U2' } },
      { stage: 'APPRAISE_RESULTS' as const, until: '2027-01-05', agency: { id: 'U1' } },
    ],
  };

  it('takes the agency’s own extension when it is later than the cycle’s deadline', () => {
    expect(agencyDeadline(cycle, 'APPRAISE_REGISTRATION', 'U1')).toBe('2026-11-30');
    expect(agencyDeadline(cycle, 'APPRAISE_REGISTRATION', 'U3')).toBe('2026-11-15');
    expect(agencyDeadline(cycle, 'APPRAISE_RESULTS', 'U1')).toBe('2027-01-10');
    expect(agencyDeadline(cycle, 'CONSOLIDATE', 'U1')).toBeNull();
  });
});
