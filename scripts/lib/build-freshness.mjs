// @ts-check
// Whether a build is current: its stamp (written at the end of the last build, listing what that build
// read) is newer than every one of those inputs, and its outputs exist. npm start and npm test then skip
// the build in a few milliseconds instead of repeating it.
import { existsSync, statSync } from 'node:fs';

/**
 * @param {{ stamp: string, inputs: readonly string[], outputs: readonly string[] }} build
 *   stamp: the file the last build wrote last; inputs: absolute paths it read; outputs: files it must have made
 * @returns {string | undefined} why a build is needed, or undefined when the last one is current
 */
export function staleReason({ stamp, inputs, outputs }) {
  if (!existsSync(stamp)) return 'no build yet';
  const builtAt = statSync(stamp).mtimeMs;
  for (const output of outputs) {
    if (!existsSync(output)) return `${output} is missing`;
  }
  for (const input of inputs) {
    if (!existsSync(input)) return `${input} is gone`;
    if (statSync(input).mtimeMs > builtAt) return `${input} changed`;
  }
  return undefined;
}
