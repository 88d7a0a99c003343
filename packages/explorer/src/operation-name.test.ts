import { describe, expect, it } from 'vitest';
import { operationNameFor } from './operation-name';

describe('the operation name sent with an explorer tab', () => {
  it('keeps a name the document defines', () => {
    expect(operationNameFor('query A { a } query B { b }', 'B')).toBe('B');
  });

  it("replaces another tab's stale name by the document's only operation", () => {
    expect(operationNameFor('query LateAtStage { stageFunnel }', 'CadreDossier')).toBe('LateAtStage');
    expect(operationNameFor('{ viewer }', 'CadreDossier')).toBeUndefined();
  });

  it('leaves an ambiguous or unparsable request for the API to refuse', () => {
    expect(operationNameFor('query A { a } query B { b }', 'C')).toBe('C');
    expect(operationNameFor('query A {', 'B')).toBe('B');
  });
});
