// `knooppunt findings [--json] [--rule R] [--kind K] …`: a readable table, or the findings as JSON for scripts.
import type { Finding } from '../domain/findings';
import { filterFindings, parseFindingQuery } from '../domain/finding-query';
import type { GraphStore } from '../store/graph-store';
import { zoneMunicipalities } from '../store/zone-municipalities';
import type { CommandIo } from './import-command';

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

function table(findings: readonly Finding[]): string[] {
  const rows = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.id < b.id ? -1 : 1));
  const width = Math.max(4, ...rows.map((finding) => finding.rule.length));
  const lines = rows.map((finding) => `${finding.severity.padEnd(6)}  ${finding.rule.padEnd(width)}  ${finding.subject.padEnd(16)}  ${finding.message.nl}`);
  return [`${'ERNST'.padEnd(6)}  ${'REGEL'.padEnd(width)}  ${'ONDERWERP'.padEnd(16)}  BERICHT`, ...lines, `${rows.length} bevinding(en)`];
}

/** `options` are the command-line options by name (rule, kind, severity, zone, municipality, thresholds). */
export async function findingsCommand(store: GraphStore, options: Record<string, string | undefined>, json: boolean, io: CommandIo): Promise<number> {
  const { filter, parameters } = parseFindingQuery(options);
  const inZone = filter.zone === undefined ? undefined : await zoneMunicipalities(store, filter.zone);
  if (filter.zone !== undefined && inZone === undefined) {
    io.err(`zone: "${filter.zone}" does not exist`);
    return 1;
  }
  const findings = filterFindings(await store.findings(parameters, filter.rules), filter, inZone);
  if (json) io.out(JSON.stringify(findings, null, 2));
  else for (const line of table(findings)) io.out(line);
  return 0;
}
