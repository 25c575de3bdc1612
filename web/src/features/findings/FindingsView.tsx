// The findings view: filters, counts per rule, the chosen finding and the table of findings.
import type { Finding, RuleId } from '@knooppunt/server/domain/findings';
import { useMemo } from 'react';
import type { FindingFilters } from '../../lib/explorer-state';
import { useI18n } from '../../lib/i18n/i18n';
import './findings.css';
import { ChosenFinding } from './ChosenFinding';
import { countPerRule, filterFindings } from './finding-filters';
import { FindingFilterBar, type ScopeOption } from './FindingFilterBar';
import { FindingsTable } from './FindingsTable';
import { RuleCounts } from './RuleCounts';

export interface FindingsViewProps {
  findings: readonly Finding[] | undefined;
  status: 'idle' | 'loading' | 'error' | 'ready';
  filters: FindingFilters;
  onFiltersChange: (filters: FindingFilters) => void;
  /** The zone picker's zone, by name; undefined while no zone is open. */
  zoneName: string | undefined;
  municipalities: readonly ScopeOption[];
  chosen: Finding | undefined;
  onChoose: (finding: Finding) => void;
  onClearChosen: () => void;
  onShowOnMap: () => void;
  nameOf: (nodeId: string) => string | undefined;
  inView: (nodeId: string) => boolean;
  ruleHref: (rule: RuleId) => string;
  onOpenRule: (rule: RuleId) => void;
}

const NO_FINDINGS: readonly Finding[] = [];

export function FindingsView(props: FindingsViewProps) {
  const { filters, onFiltersChange, status } = props;
  const { t } = useI18n();
  const all = props.findings ?? NO_FINDINGS;
  const shown = useMemo(() => filterFindings(all, filters), [all, filters]);
  const counts = useMemo(() => countPerRule(all, filters), [all, filters]);

  return (
    <section className="findings-view" data-testid="findings-view" aria-label={t.findingsLabel}>
      <FindingFilterBar
        findings={all}
        filters={filters}
        onChange={onFiltersChange}
        zoneName={props.zoneName}
        municipalities={props.municipalities}
        ruleHref={props.ruleHref}
        onOpenRule={props.onOpenRule}
      />
      <RuleCounts
        counts={counts}
        chosen={filters.rule}
        onChoose={(rule) => {
          const { rule: _dropped, ...rest } = filters;
          onFiltersChange(rule ? { ...rest, rule } : rest);
        }}
      />
      {props.chosen && (
        <ChosenFinding
          finding={props.chosen}
          inView={props.inView}
          nameOf={props.nameOf}
          onClear={props.onClearChosen}
          onShowOnMap={props.onShowOnMap}
          ruleHref={props.ruleHref}
          onOpenRule={props.onOpenRule}
        />
      )}
      {status === 'idle' && <p className="view-status">{t.findingsNoScope}</p>}
      {status === 'loading' && <p className="view-status">{t.findingsLoading}</p>}
      {status === 'error' && <p className="view-status view-status--error">{t.findingsError}</p>}
      {status === 'ready' && (
        <FindingsTable
          findings={shown}
          total={all.length}
          chosenId={props.chosen?.id}
          onChoose={props.onChoose}
          nameOf={props.nameOf}
          ruleHref={props.ruleHref}
          onOpenRule={props.onOpenRule}
        />
      )}
    </section>
  );
}
