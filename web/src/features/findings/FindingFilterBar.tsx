// The findings view's filters: where (zone, all of Flanders, one municipality), kind, rule and severity.
import { FINDING_KINDS, RULE_IDS, SEVERITIES, type Finding } from '@knooppunt/server/domain/findings';
import { useMemo } from 'react';
import type { FindingFilters, FindingScope } from '../../lib/explorer-state';
import { useI18n } from '../../lib/i18n/i18n';
import { countBy, filterFindings } from './finding-filters';

export interface ScopeOption {
  id: string;
  name: string;
}

export interface FindingFilterBarProps {
  findings: readonly Finding[];
  filters: FindingFilters;
  onChange: (filters: FindingFilters) => void;
  zoneName: string | undefined;
  municipalities: readonly ScopeOption[];
  ruleHref: (rule: Finding['rule']) => string;
  onOpenRule: (rule: Finding['rule']) => void;
}

function withCount(name: string, count: number | undefined): string {
  return `${name} (${count ?? 0})`;
}

export function FindingFilterBar({ findings, filters, onChange, zoneName, municipalities, ruleHref, onOpenRule }: FindingFilterBarProps) {
  const { t, vocab } = useI18n();
  // Each select counts what it would show with the other two filters applied.
  const kinds = useMemo(() => countBy(filterFindings(findings, { ...filters, kind: undefined }), (f) => f.kind), [findings, filters]);
  const rules = useMemo(() => countBy(filterFindings(findings, { ...filters, rule: undefined }), (f) => f.rule), [findings, filters]);
  const severities = useMemo(
    () => countBy(filterFindings(findings, { ...filters, severity: undefined }), (f) => f.severity),
    [findings, filters],
  );
  const set = (patch: Partial<FindingFilters>) => {
    const next: FindingFilters = { ...filters, ...patch };
    for (const key of ['kind', 'rule', 'severity'] as const) if (next[key] === undefined) delete next[key];
    onChange(next);
  };
  const scopeKnown = filters.scope === 'zone' || filters.scope === 'all' || municipalities.some((m) => m.id === filters.scope);

  return (
    <div className="findings-filters">
      <label className="field">
        <span className="field__label">{t.findingsScopeLabel}</span>
        <select data-testid="findings-filter-scope" value={filters.scope} onChange={(event) => set({ scope: event.target.value as FindingScope })}>
          <option value="zone" disabled={zoneName === undefined}>
            {zoneName === undefined ? t.findingsScopeNoZone : t.findingsScopeZone(zoneName)}
          </option>
          <option value="all">{t.findingsScopeAll}</option>
          {!scopeKnown && <option value={filters.scope}>{filters.scope}</option>}
          {municipalities.length > 0 && (
            <optgroup label={t.findingsScopeMunicipalities}>
              {municipalities.map((municipality) => (
                <option key={municipality.id} value={municipality.id}>
                  {municipality.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t.findingsKindLabel}</span>
        <select
          data-testid="findings-filter-kind"
          value={filters.kind ?? ''}
          onChange={(event) => set({ kind: (event.target.value || undefined) as FindingFilters['kind'] })}
        >
          <option value="">{t.findingsAllKinds}</option>
          {FINDING_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {withCount(vocab.findingKind[kind], kinds.get(kind))}
            </option>
          ))}
        </select>
      </label>
      <label className="field findings-filters__rule">
        <span className="field__label">{t.findingsRuleLabel}</span>
        <select
          data-testid="findings-filter-rule"
          value={filters.rule ?? ''}
          onChange={(event) => set({ rule: (event.target.value || undefined) as FindingFilters['rule'] })}
        >
          <option value="">{t.findingsAllRules}</option>
          {RULE_IDS.map((rule) => (
            <option key={rule} value={rule}>
              {withCount(vocab.rule[rule], rules.get(rule))}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t.findingsSeverityLabel}</span>
        <select
          data-testid="findings-filter-severity"
          value={filters.severity ?? ''}
          onChange={(event) => set({ severity: (event.target.value || undefined) as FindingFilters['severity'] })}
        >
          <option value="">{t.findingsAllSeverities}</option>
          {SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {withCount(vocab.severity[severity], severities.get(severity))}
            </option>
          ))}
        </select>
      </label>
      {filters.rule && (
        <a
          className="findings-filters__explain"
          href={ruleHref(filters.rule)}
          onClick={(event) => {
            event.preventDefault();
            if (filters.rule) onOpenRule(filters.rule);
          }}
        >
          {t.findingsAboutRule}
        </a>
      )}
      {(filters.kind || filters.rule || filters.severity) && (
        <button type="button" className="text-button findings-filters__clear" onClick={() => onChange({ scope: filters.scope })}>
          {t.findingsClearFilters}
        </button>
      )}
    </div>
  );
}
