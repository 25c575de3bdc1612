// What a zone's zorgraad lacks, as the rule catalogue found it: GAP_ZORGRAAD_SECTOR_MISSING (a required
// sector nobody sits for) and GAP_ZORGRAAD_MUNICIPALITY_ABSENT (a municipality of the zone not a member).
// Read from the findings rather than worked out again, so the dashboard and the findings list always agree
// and each gap links to its finding.
import type { Finding } from '../../domain/findings';
import type { Sector } from '../../domain/vocabulary';

/** Required sectors missing from one zorgraad, in the order the findings come (by id). */
export function missingSectors(findings: readonly Finding[], zorgraad: string): { sector: Sector; finding: string }[] {
  return findings
    .filter((finding) => finding.rule === 'GAP_ZORGRAAD_SECTOR_MISSING' && finding.subject === zorgraad)
    .map((finding) => ({ sector: finding.evidence.key as Sector, finding: finding.id }));
}

/**
 * The zone's municipalities that are not a member of its zorgraad. The finding's key is the zone: a
 * municipality in several zones (Antwerpen) has one such finding per zone whose zorgraad it misses.
 */
export function absentMunicipalities(findings: readonly Finding[], zone: string): { municipality: string; finding: string }[] {
  return findings
    .filter((finding) => finding.rule === 'GAP_ZORGRAAD_MUNICIPALITY_ABSENT' && finding.evidence.key === zone)
    .map((finding) => ({ municipality: finding.subject, finding: finding.id }));
}
