// What a relationship carries beyond its ends, in words: a membership's role and seat, a funding's year and amount.
import type { Relationship } from '@knooppunt/server/domain/graph';
import { LANG_TAG, type Lang } from './lang';
import type { VocabularyNames } from './vocabulary-names';

export function relationshipDetail(rel: Relationship, vocab: VocabularyNames, lang: Lang): string {
  if (rel.type === 'MEMBER_OF') {
    const seat = rel.properties.sector ? ` · ${vocab.sector[rel.properties.sector]}` : '';
    return `${vocab.role[rel.properties.role]}${seat}`;
  }
  if (rel.type === 'FUNDS') {
    const amount = new Intl.NumberFormat(LANG_TAG[lang], { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
      rel.properties.amount,
    );
    const kind = rel.properties.kind ? ` · ${vocab.fundingKind[rel.properties.kind]}` : '';
    return `${rel.properties.year} · ${amount}${kind}`;
  }
  return '';
}
