// The checklist: per network type and per function, ✓ covered by what, ◐ partly, ✗ missing, with the
// findings that say what is lacking.
import type { CheckStatus, FunctionCheck, FunctionOffer, NetworkTypeCheck } from '@knooppunt/server/domain/municipality-profile';
import type { ReactNode } from 'react';
import { useI18n } from '../../lib/i18n/i18n';
import { FindingNote } from './FindingNote';
import { useProfileText } from './municipality-profile-text';
import { NodeLink, NodeLinks } from './NodeLink';

const STATUS_MARK: Record<CheckStatus, string> = { covered: '✓', partial: '◐', missing: '✗' };
/** Offers listed per function before the rest is summed up: a city can have dozens. */
const SHOWN_OFFERS = 4;

interface CheckItemProps {
  testId: string;
  itemKey: string;
  name: string;
  status: CheckStatus;
  expected: boolean;
  children: ReactNode;
  findings: NetworkTypeCheck['findings'];
}

function CheckItem({ testId, itemKey, name, status, expected, children, findings }: CheckItemProps) {
  const text = useProfileText();
  const gaps = findings.filter((finding) => finding.kind === 'gap');
  const others = findings.filter((finding) => finding.kind !== 'gap');
  return (
    <li
      className={`profile-check profile-check--${status}${expected ? '' : ' profile-check--optional'}`}
      data-testid={testId}
      data-item={itemKey}
      data-status={status}
      data-expected={expected}
    >
      <span className="profile-check__mark" aria-hidden="true">
        {STATUS_MARK[status]}
      </span>
      <div className="profile-check__body">
        <p className="profile-check__head">
          <span className="profile-check__name">{name}</span> <span className="profile-check__status">{text.status[status]}</span>
          <span className="profile-check__expected">{expected ? text.expected : text.notExpected}</span>
        </p>
        <div className="profile-check__detail">{children}</div>
        {gaps.map((finding) => (
          <FindingNote key={finding.id} finding={finding} />
        ))}
        {others.length > 0 && (
          // Overlap and boundary findings (one per neighbour) would bury the gap; they are one click away.
          <details className="profile-check__more">
            <summary>{text.otherFindings(others.length)}</summary>
            {others.map((finding) => (
              <FindingNote key={finding.id} finding={finding} />
            ))}
          </details>
        )}
      </div>
    </li>
  );
}

function NetworkTypeItem({ check, onSelect }: { check: NetworkTypeCheck; onSelect: (id: string) => void }) {
  const text = useProfileText();
  const { vocab } = useI18n();
  return (
    <CheckItem
      testId="check-network-type"
      itemKey={check.networkType}
      name={vocab.networkType[check.networkType]}
      status={check.status}
      expected={check.expected}
      findings={check.findings}
    >
      {check.networks.map(({ network, directedBy }) => (
        <p key={network.id}>
          <NodeLink node={network} onSelect={onSelect} />
          {directedBy.length > 0 ? (
            <span className="muted">
              {' '}
              · {text.directedBy}: <NodeLinks nodes={directedBy} onSelect={onSelect} />
            </span>
          ) : (
            check.networkType !== 'ZORGRAAD' && <span className="muted"> · {text.noRegie}</span>
          )}
        </p>
      ))}
    </CheckItem>
  );
}

function OfferLine({ offer, fn, onSelect }: { offer: FunctionOffer; fn: FunctionCheck['function']; onSelect: (id: string) => void }) {
  const text = useProfileText();
  const { formatNumber } = useI18n();
  // An offer without a name carries its function as name, which the item already says: its provider names it.
  const named = offer.offer.name !== fn;
  return (
    <p>
      {(named || offer.provider === undefined) && <NodeLink node={offer.offer} onSelect={onSelect} />}
      {named && offer.provider && ' · '}
      {offer.provider && <NodeLink node={offer.provider} onSelect={onSelect} />}
      <span className="muted">
        {offer.capacity !== undefined && ` · ${text.places(formatNumber(offer.capacity))}`}
        {offer.where === 'serves' && ` · ${text.serves}`}
      </span>
    </p>
  );
}

function FunctionItem({ check, onSelect }: { check: FunctionCheck; onSelect: (id: string) => void }) {
  const text = useProfileText();
  const { vocab } = useI18n();
  const hidden = check.offers.length - SHOWN_OFFERS;
  return (
    <CheckItem
      testId="check-function"
      itemKey={check.function}
      name={vocab.function[check.function]}
      status={check.status}
      expected={check.expected}
      findings={check.findings}
    >
      {check.offers.slice(0, SHOWN_OFFERS).map((offer) => (
        <OfferLine key={offer.offer.id} offer={offer} fn={check.function} onSelect={onSelect} />
      ))}
      {hidden > 0 && <p className="muted">{text.moreOffers(hidden)}</p>}
      {check.networks.length > 0 && check.offers.length > 0 && (
        <p className="muted">
          {text.underNetwork} <NodeLinks nodes={check.networks} onSelect={onSelect} />
        </p>
      )}
      {check.reach === 'neighbour' && (
        <p className="muted">
          {text.onlyNextDoor}: <NodeLinks nodes={check.neighbours} onSelect={onSelect} />
        </p>
      )}
    </CheckItem>
  );
}

export function ChecklistSection({
  checklist,
  onSelect,
}: {
  checklist: { networkTypes: NetworkTypeCheck[]; functions: FunctionCheck[] };
  onSelect: (id: string) => void;
}) {
  const text = useProfileText();
  return (
    <section className="profile-section" aria-labelledby="profile-checklist" data-testid="profile-checklist">
      <h3 id="profile-checklist" className="profile-section__title">
        {text.checklistTitle}
      </h3>
      <p className="profile-intro">{text.checklistIntro}</p>
      <div className="profile-checklist">
        <div>
          <h4 className="profile-subtitle">{text.networkTypesTitle}</h4>
          <ul className="profile-checklist__list">
            {checklist.networkTypes.map((check) => (
              <NetworkTypeItem key={check.networkType} check={check} onSelect={onSelect} />
            ))}
          </ul>
        </div>
        <div>
          <h4 className="profile-subtitle">{text.functionsTitle}</h4>
          <ul className="profile-checklist__list">
            {checklist.functions.map((check) => (
              <FunctionItem key={check.function} check={check} onSelect={onSelect} />
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
