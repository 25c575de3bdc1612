// Tells every user when the data is illustrative. Dismissing hides it until the page is loaded again,
// so nobody opening a link can miss it.
import { useState } from 'react';
import { useI18n } from '../../lib/i18n/i18n';
import './notice.css';
import { useHealth } from './api/get-health';

export function NoticeBanner() {
  const { t, lang } = useI18n();
  const health = useHealth();
  const [dismissed, setDismissed] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const manifest = health.data?.dataset.manifest;
  if (dismissed || !manifest?.illustrative) return null;
  const notice = manifest.notice?.[lang] ?? t.noticeTitle;
  return (
    <div className="notice-banner" role="note" aria-label={t.noticeTitle} data-testid="notice-banner">
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M8 4.2v5M8 11v1.2" stroke="currentColor" strokeWidth="1.6" />
      </svg>
      <p id="notice-text" className={expanded ? 'notice-banner__text' : 'notice-banner__text is-clamped'}>
        {notice}
      </p>
      <button type="button" className="text-button" aria-expanded={expanded} aria-controls="notice-text" onClick={() => setExpanded(!expanded)}>
        {expanded ? t.noticeLess : t.noticeMore}
      </button>
      <button type="button" className="icon-button" aria-label={t.noticeDismiss} title={t.noticeDismiss} onClick={() => setDismissed(true)}>
        ×
      </button>
    </div>
  );
}
