// Search by name (accent- and case-insensitive) or by NIS code. Ranking is shared by every store.
import type { SearchHit } from '../../domain/api';
import { nodeName } from '../../domain/graph';
import type { NodeLabel } from '../../domain/vocabulary';
import { compareIds, linked, toGraphNode, type KnooppuntGraph } from '../knooppunt-graph';

/** Lower case without diacritics, so "sint-genesius" finds "Sint-Genesius-Rode" and "liege" finds "Liège". */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();
}

export interface SearchCandidate {
  id: string;
  label: NodeLabel;
  name: string;
  /** normaliseForSearch(name): what a name query is matched against. */
  normalised: string;
  nis?: string;
}

export interface SearchQuery {
  text: string;
  /** One to five digits: the user is typing a NIS code. */
  byNis: boolean;
}

export function parseSearchQuery(raw: string): SearchQuery {
  const text = normaliseForSearch(raw);
  return { text, byNis: /^\d{1,5}$/.test(text) };
}

/** The name a node is found by; an offer without a name is not searchable (nobody searches function codes). */
export function searchableName(label: NodeLabel, name: string | undefined): string | undefined {
  if (label === 'Offer' && name === undefined) return undefined;
  return name;
}

const LABEL_RANK: Record<NodeLabel, number> = { Municipality: 0, Zone: 1, Network: 2, Organisation: 3, Offer: 4 };

/** How well a name matches: whole name, start of name, start of a word, anywhere; undefined for no match. */
function matchRank(normalised: string, query: string): number | undefined {
  if (normalised === query) return 0;
  if (normalised.startsWith(query)) return 1;
  const at = normalised.indexOf(query);
  if (at < 0) return undefined;
  return /[\s\-'(./]/.test(normalised.charAt(at - 1)) ? 2 : 3;
}

/** The best `limit` candidates for the query, best first; candidates that do not match are left out. */
export function rankCandidates(
  candidates: Iterable<SearchCandidate>,
  query: SearchQuery,
  limit: number,
): { candidate: SearchCandidate; matched: 'name' | 'nis' }[] {
  if (query.text.length === 0) return [];
  const ranked: { candidate: SearchCandidate; rank: number; matched: 'name' | 'nis' }[] = [];
  for (const candidate of candidates) {
    if (query.byNis) {
      if (candidate.nis?.startsWith(query.text)) ranked.push({ candidate, rank: candidate.nis === query.text ? 0 : 1, matched: 'nis' });
      continue;
    }
    const rank = matchRank(candidate.normalised, query.text);
    if (rank !== undefined) ranked.push({ candidate, rank, matched: 'name' });
  }
  ranked.sort(
    (a, b) =>
      a.rank - b.rank ||
      LABEL_RANK[a.candidate.label] - LABEL_RANK[b.candidate.label] ||
      a.candidate.name.localeCompare(b.candidate.name, 'nl') ||
      compareIds(a.candidate.id, b.candidate.id),
  );
  return ranked.slice(0, limit).map(({ candidate, matched }) => ({ candidate, matched }));
}

export interface SearchIndex {
  candidates: SearchCandidate[];
}

export function buildSearchIndex(graph: KnooppuntGraph): SearchIndex {
  const candidates: SearchCandidate[] = [];
  graph.forEachNode((id, attributes) => {
    const node = toGraphNode(id, attributes);
    const name = searchableName(node.label, node.label === 'Offer' ? node.properties.name : nodeName(node));
    if (name === undefined) return;
    const candidate: SearchCandidate = { id, label: node.label, name, normalised: normaliseForSearch(name) };
    if (node.label === 'Municipality') candidate.nis = node.properties.nis;
    candidates.push(candidate);
  });
  return { candidates };
}

export function search(graph: KnooppuntGraph, index: SearchIndex, rawQuery: string, limit: number): SearchHit[] {
  return rankCandidates(index.candidates, parseSearchQuery(rawQuery), limit).map(({ candidate, matched }) => ({
    id: candidate.id,
    label: candidate.label,
    name: candidate.name,
    matched,
    zones: candidate.label === 'Municipality' ? linked(graph, candidate.id, 'IN_ZONE', 'out').sort() : [],
  }));
}
