// How a node is named and described to people, in the current language.
import type { GraphNode } from '@knooppunt/server/domain/graph';
import type { VocabularyNames } from './vocabulary-names';

/** The node's name; an unnamed offer is called by its translated function. */
export function displayName(node: GraphNode, vocab: VocabularyNames): string {
  if (node.label === 'Offer') return node.properties.name ?? vocab.function[node.properties.function];
  return node.properties.name;
}

/** The finer kind within a label: a network's type, an organisation's sector, an offer's function. */
export function kindName(node: GraphNode, vocab: VocabularyNames): string {
  switch (node.label) {
    case 'Network':
      return vocab.networkType[node.properties.type];
    case 'Organisation':
      return vocab.sector[node.properties.sector];
    case 'Offer':
      return vocab.function[node.properties.function];
    case 'Municipality':
      return node.properties.province ?? '';
    case 'Zone':
      return '';
  }
}
