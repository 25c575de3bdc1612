// What the coverage cells mean: every mark pairs a symbol and a word with its colour.
import { useI18n } from '../../lib/i18n/i18n';

export function CoverageLegend({ threshold }: { threshold: number }) {
  const { t, vocab, formatNumber } = useI18n();
  return (
    <dl className="coverage-legend">
      <div>
        <dt>{t.coverageLegendNetworks}</dt>
        <dd>
          <span className="cov cov--covered">✓ 1</span> {t.coverageLegendCovered}
        </dd>
        <dd>
          <span className="cov cov--overlap">⚠ 2</span> {t.coverageLegendOverlap}
        </dd>
        <dd>
          <span className="cov cov--none">✕ {t.coverageNone}</span> {t.coverageLegendNone}
        </dd>
      </div>
      <div>
        <dt>{t.coverageLegendReach}</dt>
        <dd>
          <span className="cov cov--reach-local">● {t.coverageReachShort.local}</span> {vocab.reach.local}
        </dd>
        <dd>
          <span className="cov cov--reach-neighbour">◐ {t.coverageReachShort.neighbour}</span> {vocab.reach.neighbour}
        </dd>
        <dd>
          <span className="cov cov--reach-none">○ {t.coverageReachShort.none}</span> {vocab.reach.none}
        </dd>
      </div>
      <div>
        <dt>{t.coverageLegendChildcare(formatNumber(threshold))}</dt>
        <dd>
          <span className="cov cov--childcare-met">✓</span> {t.coverageChildcareLevel.met}
        </dd>
        <dd>
          <span className="cov cov--childcare-below">▼</span> {t.coverageChildcareLevel.below}
        </dd>
        <dd>
          <span className="cov cov--childcare-below-half">▼▼</span> {t.coverageChildcareLevel['below-half']}
        </dd>
      </div>
    </dl>
  );
}
