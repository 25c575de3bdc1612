// Louvain communities of the collaboration network and how far they follow municipal borders: the overall
// scores, a bar per community split by home municipality, and the table twin.
import type { CollaborationMetrics, Community } from '@knooppunt/server/domain/zone-dashboard';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { DataTable } from '../../lib/DataTable';
import { useI18n } from '../../lib/i18n/i18n';
import { LABEL_COLOUR } from '../../lib/palette';
import { BarChart } from '../../lib/BarChart';
import { ChartAndTable, DashboardSection } from './DashboardSection';
import { communityNames } from './community-names';
import { NodeButton } from './NodeButton';
import { useSortedTable } from '../../lib/use-sorted-table';
import { useZoneDashboardText } from './zone-dashboard-text';

const column = createColumnHelper<Community>();
const OTHER_HOME_COLOUR = '#9fb8d3';
const NO_HOME_COLOUR = '#dfe3e8';

/** Members with the dominant home, with another home, and without one. */
function split(community: Community): [number, number, number] {
  const dominant = Math.round(community.share * community.homed);
  return [dominant, community.homed - dominant, community.size - community.homed];
}

export function CommunitiesSection(props: { metrics: CollaborationMetrics; selectedId: string | undefined; onSelect: (id: string) => void }) {
  const { formatNumber } = useI18n();
  const text = useZoneDashboardText();
  const { onSelect } = props;
  const { communities, modularity, alignment } = props.metrics;
  const percent = (share: number) => `${formatNumber(Math.round(share * 100))}%`;
  const names = useMemo(() => communityNames(communities, text.noDominant), [communities, text]);
  const columns = useMemo(
    () => [
      column.accessor('id', { header: text.community, cell: (info) => `${info.getValue()}. ${names.get(info.getValue()) ?? ''}` }),
      column.accessor('size', { header: text.size, sortDescFirst: true }),
      column.accessor((community) => community.dominant?.name ?? '', {
        id: 'dominant',
        header: text.dominant,
        cell: (info) => {
          const dominant = info.row.original.dominant;
          return dominant ? <NodeButton node={dominant} onSelect={onSelect} /> : <span className="muted">{text.noDominant}</span>;
        },
      }),
      column.accessor('share', { header: text.share, sortDescFirst: true, cell: (info) => `${formatNumber(Math.round(info.getValue() * 100))}%` }),
      column.accessor((community) => community.core.map((member) => member.name).join(', '), {
        id: 'core',
        header: text.core,
        enableSorting: false,
        cell: (info) => (
          <span className="dash-core">
            {info.row.original.core.map((member) => (
              <NodeButton key={member.id} node={member} onSelect={onSelect} />
            ))}
          </span>
        ),
      }),
    ],
    [text, onSelect, formatNumber, names],
  );
  const table = useSortedTable(communities, columns, (community) => String(community.id));

  const legend = [
    { label: text.dominant, colour: LABEL_COLOUR.Municipality },
    { label: text.otherHome, colour: OTHER_HOME_COLOUR },
    { label: text.noHome, colour: NO_HOME_COLOUR },
  ];
  return (
    <DashboardSection id="communities" title={text.communitiesTitle} intro={text.communitiesIntro}>
      <dl className="dash-scores" data-testid="alignment-scores">
        <div>
          <dt>{text.modularity}</dt>
          <dd>{formatNumber(Number(modularity.toFixed(2)))}</dd>
        </div>
        <div>
          <dt>{text.purity}</dt>
          <dd>{percent(alignment.purity)}</dd>
        </div>
        <div>
          <dt>{text.nmi}</dt>
          <dd>{alignment.nmi === null ? text.nmiNone : formatNumber(Number(alignment.nmi.toFixed(2)))}</dd>
        </div>
      </dl>
      <p className="dash-note">
        {text.alignmentReading(alignment.nmi)} {text.homed(alignment.homed, alignment.unhomed)}.
      </p>
      <ChartAndTable
        wide
        chart={
          <BarChart
            title={text.communitiesChart}
            testId="communities-chart"
            legend={legend}
            bars={communities.map((community) => {
              const [dominant, otherHome, noHome] = split(community);
              return {
                key: String(community.id),
                label: `${community.id}. ${names.get(community.id) ?? text.noDominant}`,
                segments: [
                  { value: dominant, colour: LABEL_COLOUR.Municipality },
                  { value: otherHome, colour: OTHER_HOME_COLOUR },
                  { value: noHome, colour: NO_HOME_COLOUR },
                ],
                valueText: `${community.size} · ${percent(community.share)}`,
              };
            })}
          />
        }
        table={
          <DataTable
            table={table}
            caption={text.communitiesCaption(communities.length)}
            selectedId={undefined}
            rowId={(community) => String(community.id)}
            rowIdAttribute="data-community"
            rowTestId="community-row"
            onActivate={(community) => {
              const focus = community.dominant ?? community.core[0];
              if (focus) onSelect(focus.id);
            }}
          />
        }
      />
    </DashboardSection>
  );
}
