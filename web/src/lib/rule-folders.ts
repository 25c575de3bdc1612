// The web app reads the rules' plain data (about.ts, explanation.ts) straight from their folders under
// server/src/analysis/rules/ with Vite's import.meta.glob, so no list of rules is written again here and no
// detection code comes along. This turns a glob's files into one value per rule id, in the order of RULE_IDS.
import { RULE_IDS, ruleFileName, type RuleId } from '@knooppunt/server/domain/findings';

/** `files` as import.meta.glob gives them (path → the file's export); every rule must have its file. */
export function byRuleFolder<T>(files: Readonly<Record<string, T>>, fileName: string): Readonly<Record<RuleId, T>> {
  const byFolder = new Map(Object.entries(files).map(([path, value]) => [path.split('/').at(-2), value]));
  return Object.fromEntries(
    RULE_IDS.map((rule) => {
      const value = byFolder.get(ruleFileName(rule));
      if (value === undefined) throw new Error(`rule-folders: ${rule} has no server/src/analysis/rules/${ruleFileName(rule)}/${fileName}`);
      return [rule, value];
    }),
  ) as Record<RuleId, T>;
}

/** The rule folders a glob found, by folder name, so a test can compare them with the catalogue. */
export function folderNames(files: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(files).map((path) => path.split('/').at(-2) ?? path).sort();
}
