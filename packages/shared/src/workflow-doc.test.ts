import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KEY_TASK_ACTIONS, KEY_TASK_TRANSITIONS, codesOf, renderWorkflowDoc, statesBefore } from './index.js';

const DOC = new URL('../../../docs/workflow.md', import.meta.url);

/** The lines of the page's Mermaid block. */
function mermaidLines(markdown: string): string[] {
  const block = /```mermaid\n([\s\S]*?)\n```/.exec(markdown);
  return block === null ? [] : block[1]!.split('\n').map((line) => line.trim());
}

describe('docs/workflow.md', () => {
  it('is what renderWorkflowDoc() generates from the rules', () => {
    const onDisk = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '';
    expect(onDisk, 'docs/workflow.md is stale or missing: run `pnpm docs:workflow` and commit the result').toBe(
      renderWorkflowDoc(),
    );
  });

  it('draws an arrow for every action and state it may be taken from, when the action moves the task', () => {
    const lines = mermaidLines(renderWorkflowDoc());
    expect(lines[0]).toBe('stateDiagram-v2');
    for (const action of codesOf(KEY_TASK_ACTIONS)) {
      const to = KEY_TASK_TRANSITIONS[action].to;
      const arrows = lines.filter((line) => new RegExp(`^\\w+ --> \\w+ : ${action} \\(`).test(line));
      if (to === null) {
        expect(arrows, `${action} leaves the state unchanged: no arrow`).toEqual([]);
        continue;
      }
      for (const from of statesBefore(action)) {
        expect(
          arrows.some((line) => line.startsWith(`${from} --> ${to} : ${action} (`)),
          `${action}: ${from} --> ${to}`,
        ).toBe(true);
      }
      expect(arrows, action).toHaveLength(statesBefore(action).length);
    }
  });
});
