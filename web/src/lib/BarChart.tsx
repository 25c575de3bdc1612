// Horizontal bars in plain HTML and CSS: enough for counts and scores, and readable without colour (every bar
// carries its value as text). The chart is for the eye; the table twin beside it is what assistive technology
// and the keyboard use, so the bars are hidden from the accessibility tree.
import type { ReactNode } from 'react';
import './bar-chart.css';

export interface BarSegment {
  value: number;
  colour: string;
  /** Drawn as an outline only: what should be there but is not (the one seat a required sector needs). */
  hollow?: boolean;
}

export interface Bar {
  key: string;
  label: ReactNode;
  segments: BarSegment[];
  /** What the bar says in words, at its end. */
  valueText: string;
  /** Extra emphasis for a bar that signals a problem. */
  alert?: boolean;
  /** Bold label: the bar the reader is looking from (say, the municipality among its neighbours). */
  emphasised?: boolean;
}

export interface BarChartProps {
  /** Shown above the bars; leave it out where the section's own heading says it. */
  title?: string;
  bars: Bar[];
  /** The value of a full-width bar; by default the largest bar. */
  scaleTo?: number;
  /** What the colours of stacked segments mean. */
  legend?: { label: string; colour: string }[];
  testId?: string;
}

function rowClass(bar: Bar): string {
  return ['bar-chart__row', bar.alert ? 'bar-chart__row--alert' : '', bar.emphasised ? 'bar-chart__row--emphasised' : ''].filter(Boolean).join(' ');
}

export function BarChart({ title, bars, scaleTo, legend, testId }: BarChartProps) {
  const largest = scaleTo ?? Math.max(1, ...bars.map((bar) => bar.segments.reduce((sum, segment) => sum + segment.value, 0)));
  return (
    <figure className="bar-chart" data-testid={testId}>
      {title !== undefined && <figcaption className="bar-chart__title">{title}</figcaption>}
      {legend && (
        <ul className="bar-chart__legend">
          {legend.map((entry) => (
            <li key={entry.label}>
              <span className="bar-chart__swatch" style={{ background: entry.colour }} aria-hidden="true" />
              {entry.label}
            </li>
          ))}
        </ul>
      )}
      <div className="bar-chart__rows" aria-hidden="true">
        {bars.map((bar) => (
          <div key={bar.key} className={rowClass(bar)}>
            <span className="bar-chart__label">{bar.label}</span>
            <span className="bar-chart__track">
              {bar.segments.map((segment, index) => (
                <span
                  key={index}
                  className={segment.hollow ? 'bar-chart__bar bar-chart__bar--hollow' : 'bar-chart__bar'}
                  style={{
                    width: `${(segment.value / largest) * 100}%`,
                    ...(segment.hollow ? { borderColor: segment.colour } : { background: segment.colour }),
                  }}
                />
              ))}
            </span>
            <span className="bar-chart__value">{bar.valueText}</span>
          </div>
        ))}
      </div>
    </figure>
  );
}
