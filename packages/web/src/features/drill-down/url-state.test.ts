import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  dossierHref,
  drillHref,
  drillSearch,
  drillVariables,
  parseDrillParams,
  viewVariables,
} from './url-state';

const parse = (query: string) => parseDrillParams(new URLSearchParams(query));

function figureOf(query: string) {
  const parsed = parse(query);
  if (!parsed.ok) throw new Error(`Expected a valid link, got ${parsed.problems.join(', ')}`);
  return parsed;
}

describe('drill-down URL ↔ drillDown arguments', () => {
  it('maps a unit row of a comparison to unit, leaving the rest out', () => {
    const { figure } = figureOf(
      'year=2025&dimension=LOCALITY&unit=T3JnVW5pdDo0Mg&label=Ph%C6%B0%E1%BB%9Dng%20Nha%20Trang',
    );
    expect(figure.label).toBe('Phường Nha Trang');
    expect(drillVariables(figure, 20)).toEqual({
      cycleYear: 2025,
      dimension: 'LOCALITY',
      unit: 'T3JnVW5pdDo0Mg',
      first: 20,
    });
  });

  it('maps a matrix cell, rated levels and a funnel step, each argument 1:1', () => {
    const { figure } = figureOf(
      'year=2024&dimension=FOCAL_AGENCY&unit=U1&by=SUBJECT_GROUP&code2=DEPARTMENT_DIRECTOR&levels=EXCELLENT,GOOD&step=ASSIGNED',
    );
    expect(drillVariables(figure, 50, 'cursor-1')).toEqual({
      cycleYear: 2024,
      dimension: 'FOCAL_AGENCY',
      unit: 'U1',
      by: 'SUBJECT_GROUP',
      code2: 'DEPARTMENT_DIRECTOR',
      ratedLevels: ['EXCELLENT', 'GOOD'],
      step: 'ASSIGNED',
      first: 50,
      after: 'cursor-1',
    });
  });

  it('sends a vocabulary code as code, never a stray unit, and a year alone as the whole cycle', () => {
    expect(drillVariables(figureOf('year=2025&dimension=SECTOR&code=PARTY&unit=ignored').figure, 20)).toEqual({
      cycleYear: 2025,
      dimension: 'SECTOR',
      code: 'PARTY',
      first: 20,
    });
    expect(drillVariables(figureOf('year=2026').figure, 20)).toEqual({ cycleYear: 2026, first: 20 });
  });

  it('limits a coverage row’s list to the tasks serving their areas, both ways', () => {
    const query = 'year=2025&dimension=ALIGNMENT_AREA&code=PLANNING&serving=1';
    const { figure } = figureOf(query);
    expect(figure.serving).toBe(true);
    expect(drillVariables(figure, 20)).toMatchObject({ code: 'PLANNING', servingOnly: true });
    expect(drillSearch(figure, DEFAULT_VIEW)).toBe(query);
    expect(drillVariables(figureOf('year=2025&dimension=ALIGNMENT_AREA&code=PLANNING').figure, 20)).not.toHaveProperty(
      'servingOnly',
    );
  });

  it('keeps the empty code of the "no goal area" row apart from a missing code, both ways', () => {
    const { figure } = figureOf('year=2025&dimension=ALIGNMENT_AREA&code=');
    expect(figure.code).toBe('');
    expect(drillVariables(figure, 20)).toEqual({ cycleYear: 2025, first: 20, dimension: 'ALIGNMENT_AREA', code: '' });
    expect(drillSearch(figure, DEFAULT_VIEW)).toBe('year=2025&dimension=ALIGNMENT_AREA&code=');
  });

  it('sends the view’s search and sort from the URL to the API, leaving its defaults out', () => {
    expect(viewVariables(figureOf('year=2025').view)).toEqual({});
    expect(
      viewVariables(figureOf('year=2025&sort=completion&dir=desc&q=%20tran%20dung%20&state=CONCLUDED').view),
    ).toEqual({ search: 'tran dung', orderBy: 'COMPLETION_RATE', descending: true });
    expect(viewVariables(figureOf('year=2025&sort=onTime').view)).toEqual({ orderBy: 'ON_TIME_RATE' });
    expect(viewVariables(figureOf('year=2025&dir=desc&q=CB0012').view)).toEqual({ search: 'CB0012', descending: true });
    expect(viewVariables({ ...DEFAULT_VIEW, sort: 'unit' })).toEqual({ orderBy: 'UNIT' });
    expect(viewVariables({ ...DEFAULT_VIEW, sort: 'tasks', q: '   ' })).toEqual({ orderBy: 'TASKS' });
    expect(viewVariables({ ...DEFAULT_VIEW, sort: 'opinions' })).toEqual({ orderBy: 'OPINIONS' });
  });

  it('names every wrong part of a link instead of querying', () => {
    expect(parse('')).toEqual({ ok: false, problems: ['YEAR_MISSING'] });
    expect(parse('year=20x5&dimension=TOWN&step=DONE&levels=EXCELLENT,BEST')).toEqual({
      ok: false,
      problems: ['YEAR_INVALID', 'DIMENSION_INVALID', 'STEP_INVALID', 'LEVEL_INVALID'],
    });
    expect(parse('year=2025&by=SECTOR&code2=PARTY')).toEqual({ ok: false, problems: ['BY_WITHOUT_DIMENSION'] });
    expect(parse('year=2025&dimension=SECTOR&code=PARTY&by=SECTOR&code2=LOCALITY')).toEqual({
      ok: false,
      problems: ['SAME_DIMENSIONS'],
    });
    expect(parse('year=2025&dimension=SUBJECT_GROUP&by=ALIGNMENT_AREA')).toEqual({
      ok: false,
      problems: ['CODE_MISSING', 'CODE2_MISSING'],
    });
  });

  it('reads the view from the URL, falling back to defaults for nonsense', () => {
    expect(figureOf('year=2025&sort=completion&dir=desc&q=nguyen&state=CONCLUDED&outcome=NONE&size=100').view).toEqual({
      sort: 'completion',
      dir: 'desc',
      q: 'nguyen',
      state: 'CONCLUDED',
      outcome: 'NONE',
      size: 100,
    });
    expect(figureOf('year=2025&sort=age&dir=up&state=LOST&outcome=GREAT&size=7').view).toEqual(DEFAULT_VIEW);
  });

  it('writes back the same link it reads, without defaults', () => {
    const query =
      'year=2025&dimension=LOCALITY&unit=U9&step=CONCLUDED&levels=GOOD&label=Ph%C6%B0%E1%BB%9Dng+Nha+Trang&sort=onTime&dir=desc&q=tr%E1%BA%A7n&outcome=EXCEEDED';
    const { figure, view } = figureOf(query);
    expect(drillSearch(figure, view)).toBe(query);
    expect(drillSearch(figure, { ...view, sort: 'name', dir: 'asc', q: ' ', outcome: null })).toBe(
      'year=2025&dimension=LOCALITY&unit=U9&step=CONCLUDED&levels=GOOD&label=Ph%C6%B0%E1%BB%9Dng+Nha+Trang',
    );
  });

  it('builds links for the screens that show figures, and dossier links that remember the list', () => {
    expect(drillHref({ year: 2025, dimension: 'SECTOR', code: 'PARTY', label: 'Khối Đảng' })).toBe(
      '/drill?year=2025&dimension=SECTOR&code=PARTY&label=Kh%E1%BB%91i+%C4%90%E1%BA%A3ng',
    );
    expect(dossierHref('Q2FkcmU6MQ', 2025, '/drill?year=2025&q=an')).toBe(
      '/cadres/Q2FkcmU6MQ/2025?from=%2Fdrill%3Fyear%3D2025%26q%3Dan',
    );
    expect(dossierHref('Q2FkcmU6MQ', 2025, null)).toBe('/cadres/Q2FkcmU6MQ/2025');
  });
});
