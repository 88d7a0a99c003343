import type { vi } from './vi';

export const en: typeof vi = {
  heading: 'Import from Excel or CSV',
  intro:
    'Choose what to import, upload the file and preview it: nothing is written until you press “Write to the system”. A file with errors cannot be written; importing the same file again changes nothing.',
  kind: 'What to import',
  file: 'File (.xlsx, .csv{{json}}), at most {{megabytes}} MB, {{rows}} rows',
  unitsJson: ', or the units list .json',
  template: 'Download the template',
  preview: 'Preview',
  previewing: 'Reading the file…',
  apply: 'Write to the system',
  applying: 'Writing…',
  summary: 'File “{{file}}”, sheet “{{sheet}}”: {{rows}} data rows.',
  counts: {
    caption: 'Preview',
    entity: 'Records',
    create: 'New',
    update: 'Updated',
    unchanged: 'Unchanged',
  },
  errors: {
    caption: '{{count}} errors — fix the file and preview again',
    row: 'Row',
    column: 'Column',
    reason: 'Reason',
  },
  rows: {
    caption: 'Row by row',
    onlyProblems: 'Only rows with errors or changes',
    row: 'Row',
    key: 'Key',
    action: 'Outcome',
    changes: 'Changed fields',
    more: '{{count}} more rows not shown.',
  },
  nothingToDo: 'Everything in the file is already in the system: nothing to write.',
  applied: 'Written: {{summary}}. {{audit}} audit entries.',
  appliedPart: '{{entity}} {{create}} new, {{update}} updated',
  chooseFile: 'Choose a file first.',
  failed: 'Could not be done: {{message}}',
};
