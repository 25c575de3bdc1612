// A municipality's profile, for checking its partner coverage for the multi-year plan: the checklist of
// network types and functions, its networks and partners, its funding, its role conflicts with the
// beheersmodel status, and how it compares with its neighbours. Names open the node panel.
import { ApiError } from '../../lib/api-client';
import { useMunicipalityProfile } from './api/get-municipality-profile';
import { ChecklistSection } from './ChecklistSection';
import { ComparisonSection } from './ComparisonSection';
import { FundingSection } from './FundingSection';
import { MunicipalityPicker } from './MunicipalityPicker';
import './municipality-profile.css';
import { useProfileText } from './municipality-profile-text';
import { NetworksTable } from './NetworksTable';
import { PartnersTable } from './PartnersTable';
import { ProfileHeader } from './ProfileHeader';
import { RoleConflictsSection } from './RoleConflictsSection';

export interface MunicipalityProfileViewProps {
  /** The municipality whose profile to show (`nis:` id); without one, a picker. */
  municipalityId?: string;
  /** The municipalities in the current view, offered by the picker. */
  municipalities: { id: string; name: string }[];
  onChooseMunicipality: (id: string) => void;
  /** Opens a node in the node panel. */
  onSelect: (id: string | undefined) => void;
  selectedId?: string;
}

export function MunicipalityProfileView({ municipalityId, municipalities, onChooseMunicipality, onSelect, selectedId }: MunicipalityProfileViewProps) {
  const text = useProfileText();
  const profile = useMunicipalityProfile(municipalityId);
  const select = (id: string) => onSelect(id);

  let body;
  if (municipalityId === undefined) {
    body = <MunicipalityPicker municipalities={municipalities} onChoose={onChooseMunicipality} />;
  } else if (profile.isPending) {
    body = <p className="view-status">{text.loading}</p>;
  } else if (profile.isError) {
    const missing = profile.error instanceof ApiError && profile.error.status === 404;
    body = (
      <>
        <p className="view-status view-status--error">{missing ? text.notFound : text.error}</p>
        <MunicipalityPicker municipalities={municipalities} onChoose={onChooseMunicipality} />
      </>
    );
  } else {
    const data = profile.data;
    body = (
      <>
        <ProfileHeader profile={data} onSelect={select} onChoose={onChooseMunicipality} />
        <ChecklistSection checklist={data.checklist} onSelect={select} />
        <ComparisonSection key={data.municipality.id} comparison={data.comparison} selectedId={selectedId} onSelect={select} />
        <RoleConflictsSection roleConflicts={data.roleConflicts} selectedId={selectedId} onSelect={select} />
        <NetworksTable networks={data.networks} selectedId={selectedId} onSelect={select} />
        <PartnersTable partners={data.partners} selectedId={selectedId} onSelect={select} />
        <FundingSection funding={data.funding} selectedId={selectedId} onSelect={select} />
      </>
    );
  }

  return (
    <section className="municipality-profile" data-testid="municipality-profile" data-municipality={municipalityId ?? ''} aria-label={text.label}>
      {body}
    </section>
  );
}
