// One part of the dashboard: a heading, a sentence on what it shows, and its charts and tables.
import type { ReactNode } from 'react';

export function DashboardSection(props: { id: string; title: string; intro: string; note?: ReactNode; children: ReactNode }) {
  const headingId = `dash-${props.id}-title`;
  return (
    <section className="dash-section" aria-labelledby={headingId} data-testid={`dashboard-${props.id}`}>
      <h3 id={headingId} className="dash-section__title">
        {props.title}
      </h3>
      <p className="dash-section__intro">{props.intro}</p>
      {props.note}
      <div className="dash-section__body">{props.children}</div>
    </section>
  );
}

/** A chart and its table twin: side by side where there is room, or the table below when it is `wide`. */
export function ChartAndTable({ chart, table, wide = false }: { chart: ReactNode; table: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'dash-pair dash-pair--stacked' : 'dash-pair'}>
      <div className="dash-pair__chart">{chart}</div>
      <div className="dash-pair__table">{table}</div>
    </div>
  );
}
