// A small horizontal bar chart: one bar per row, split into coloured segments. It is drawn for the eye
// only (aria-hidden): each chart in the profile has a table twin that carries the same figures.
export interface BarSegment {
  key: string;
  value: number;
  className: string;
}

export interface Bar {
  id: string;
  label: string;
  /** The figure written beside the bar. */
  valueText: string;
  segments: BarSegment[];
  emphasised?: boolean;
}

export function BarChart({ bars, legend, testId }: { bars: Bar[]; legend?: { className: string; label: string }[]; testId: string }) {
  const max = Math.max(0, ...bars.map((bar) => bar.segments.reduce((sum, segment) => sum + segment.value, 0)));
  return (
    <figure className="profile-bars" data-testid={testId} aria-hidden="true">
      {legend && (
        <figcaption className="profile-bars__legend">
          {legend.map((item) => (
            <span key={item.label}>
              <span className={`profile-bars__swatch ${item.className}`} /> {item.label}
            </span>
          ))}
        </figcaption>
      )}
      {bars.map((bar) => (
        <div key={bar.id} className={bar.emphasised ? 'profile-bars__row is-emphasised' : 'profile-bars__row'}>
          <span className="profile-bars__label" title={bar.label}>
            {bar.label}
          </span>
          <span className="profile-bars__track">
            {bar.segments.map((segment) => (
              <span
                key={segment.key}
                className={`profile-bars__bar ${segment.className}`}
                style={{ width: max > 0 ? `${(segment.value / max) * 100}%` : '0%' }}
              />
            ))}
          </span>
          <span className="profile-bars__value">{bar.valueText}</span>
        </div>
      ))}
    </figure>
  );
}
