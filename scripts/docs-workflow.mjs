// `pnpm docs:workflow`: writes docs/workflow.md from the shared rules (the script builds packages/shared
// first). workflow-doc.test.ts fails while the file on disk differs from what the rules generate.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderWorkflowDoc } from '../packages/shared/dist/index.js';

const target = fileURLToPath(new URL('../docs/workflow.md', import.meta.url));
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, renderWorkflowDoc());
process.stdout.write(`Wrote ${path.relative(process.cwd(), target)}\n`);
