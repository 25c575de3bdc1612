// The profile's head: the municipality, its zone and neighbours, and its findings per kind.
import { FINDING_KINDS } from '@knooppunt/server/domain/findings';
import type { MunicipalityProfile } from '@knooppunt/server/domain/municipality-profile';
import { useI18n } from '../../lib/i18n/i18n';
import { MunicipalitySearch } from './MunicipalitySearch';
import { useProfileText } from './municipality-profile-text';
import { NodeLink, NodeLinks } from './NodeLink';

export function ProfileHeader({ profile, onSelect, onChoose }: { profile: MunicipalityProfile; onSelect: (id: string) => void; onChoose: (id: string) => void }) {
  const text = useProfileText();
  const { vocab, formatNumber } = useI18n();
  const { municipality } = profile;
  return (
    <header className="profile-header">
      <div className="profile-header__main">
        <h3 className="profile-header__title" data-testid="profile-title">
          {text.title(municipality.name)}
        </h3>
        <dl className="profile-facts">
          <div>
            <dt>{text.nis}</dt>
            <dd>
              <NodeLink node={municipality} onSelect={onSelect} label={municipality.nis} />
              {municipality.province && <span className="muted"> · {municipality.province}</span>}
            </dd>
          </div>
          <div>
            <dt>{text.zones}</dt>
            <dd>{profile.zones.length === 0 ? text.none : <NodeLinks nodes={profile.zones} onSelect={onSelect} />}</dd>
          </div>
          {municipality.population !== undefined && (
            <div>
              <dt>{text.population}</dt>
              <dd>{formatNumber(municipality.population)}</dd>
            </div>
          )}
          {municipality.children0to3 !== undefined && (
            <div>
              <dt>{text.children0to3}</dt>
              <dd>{formatNumber(municipality.children0to3)}</dd>
            </div>
          )}
          <div className="profile-facts__wide">
            <dt>{text.neighbours}</dt>
            <dd>{profile.neighbours.length === 0 ? text.none : <NodeLinks nodes={profile.neighbours} onSelect={onSelect} />}</dd>
          </div>
          <div className="profile-facts__wide">
            <dt>{text.findingCounts}</dt>
            <dd data-testid="profile-finding-counts">
              {FINDING_KINDS.map((kind) => `${vocab.findingKind[kind]} ${formatNumber(profile.findingCounts[kind])}`).join(' · ')}
            </dd>
          </div>
        </dl>
      </div>
      <MunicipalitySearch onChoose={onChoose} label={text.otherMunicipality} />
    </header>
  );
}
