// Properties of the rule catalogue on random datasets (STYLE.md habit 2): relabelling nodes changes no finding,
// an unrelated municipality adds only its own gaps, and findings come sorted by unique id.
import { describe, expect, it } from 'vitest';
import { emptyDataset, type Dataset } from '../domain/dataset';
import { DEFAULT_RULE_PARAMETERS, findingId, RULE_IDS, type Finding, type RuleId, type RuleParameters } from '../domain/findings';
import { applyImport } from '../graph/apply-import';
import { datasetToGraph } from '../graph/dataset-to-graph';
import { compareIds, createGraph } from '../graph/knooppunt-graph';
import { parseDatasetJson } from '../import/json';
import { datasetArbitrary, fc, ruleParametersArbitrary } from '../testing/dataset-arbitrary';
import { runRules } from './run-rules';

/** Fixed so a failure reproduces; KNOOPPUNT_PROPERTY_SEED explores other datasets. */
const seed = Number(process.env.KNOOPPUNT_PROPERTY_SEED ?? 20_250_611);
const runs = { seed, numRuns: 200 };

function findingsOf(dataset: Dataset, parameters: RuleParameters = DEFAULT_RULE_PARAMETERS): Finding[] {
  return runRules(applyImport(createGraph(), datasetToGraph({ ...emptyDataset(), ...dataset }), true), parameters);
}

/** New bare ids for every node: slugs for organisations, networks, offers and zones, other NIS codes for municipalities. */
interface Relabelling {
  slugs: string[];
  nisCodes: string[];
}

const relabellingArbitrary: fc.Arbitrary<Relabelling> = fc.record({
  // Up to 14 rows of a kind (offers); digits, letters and hyphens mixed so the new ids sort in another order.
  slugs: fc.uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,5}$/), { minLength: 14, maxLength: 14 }),
  nisCodes: fc.uniqueArray(fc.integer({ min: 10_000, max: 99_999 }).map(String), { minLength: 8, maxLength: 8 }),
});

/** Renames every node of the dataset; returns the renamed dataset and the way back, on prefixed node ids. */
function relabel(dataset: Dataset, relabelling: Relabelling): { dataset: Dataset; back: Map<string, string> } {
  const rename = new Map<string, string>();
  const bijection = (prefix: string, ids: readonly string[], fresh: readonly string[]) =>
    ids.forEach((id, index) => rename.set(`${prefix}:${id}`, `${prefix}:${fresh[index]!}`));
  bijection('nis', dataset.municipalities.map((row) => row.nis), relabelling.nisCodes);
  bijection('org', dataset.organisations.map((row) => row.id), relabelling.slugs);
  bijection('net', dataset.networks.map((row) => row.id), relabelling.slugs);
  bijection('offer', dataset.offers.map((row) => row.id), relabelling.slugs);
  bijection('zone', dataset.zones.map((row) => row.id), relabelling.slugs);
  const to = (prefix: string) => (id: string) => rename.get(`${prefix}:${id}`)!.slice(prefix.length + 1);
  const [nis, org, net, offer, zone] = [to('nis'), to('org'), to('net'), to('offer'), to('zone')];
  const optional = (key: string, id: string | undefined, map: (id: string) => string) => (id === undefined ? {} : { [key]: map(id) });
  const relabelled: Dataset = {
    municipalities: dataset.municipalities.map((row) => ({ ...row, nis: nis(row.nis) })),
    adjacency: dataset.adjacency.map((row) => ({ nis_a: nis(row.nis_a), nis_b: nis(row.nis_b) })),
    zones: dataset.zones.map((row) => ({ ...row, id: zone(row.id) })),
    zone_members: dataset.zone_members.map((row) => ({ zone_id: zone(row.zone_id), nis: nis(row.nis) })),
    organisations: dataset.organisations.map((row) => ({ ...row, id: org(row.id), ...optional('operated_by_nis', row.operated_by_nis, nis) })),
    networks: dataset.networks.map((row) => ({
      ...row,
      id: net(row.id),
      ...optional('directed_by_nis', row.directed_by_nis, nis),
      ...optional('zone_id', row.zone_id, zone),
    })),
    network_coverage: dataset.network_coverage.map((row) => ({ network_id: net(row.network_id), nis: nis(row.nis) })),
    memberships: dataset.memberships.map((row) => ({ ...row, network_id: net(row.network_id), member_id: rename.get(row.member_id)! })),
    offers: dataset.offers.map((row) => ({ ...row, id: offer(row.id), org_id: org(row.org_id), nis: nis(row.nis) })),
    offer_serves: dataset.offer_serves.map((row) => ({ offer_id: offer(row.offer_id), nis: nis(row.nis) })),
    funding: dataset.funding.map((row) => ({ ...row, nis: nis(row.nis), org_id: org(row.org_id) })),
  };
  return { dataset: relabelled, back: new Map([...rename].map(([from, to]) => [to, from])) };
}

/**
 * A finding with every node id mapped and every array sorted (sorting by id is not invariant under renaming),
 * without its message: messages list names in id order, so a renaming reorders them; the store comparison checks
 * messages. Keys such as `LOK|nis:90002` hold an id after the bar.
 */
function comparable(finding: Finding, map: (id: string) => string) {
  const value = (item: unknown): unknown => {
    if (typeof item === 'string') return item.split('|').map(map).join('|');
    if (Array.isArray(item)) return item.map(value).sort((a, b) => compareIds(JSON.stringify(a), JSON.stringify(b)));
    if (item !== null && typeof item === 'object') return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, value(inner)]));
    return item;
  };
  const { message: _message, id: _id, ...rest } = finding;
  const mapped = value(rest) as Omit<Finding, 'id' | 'message'>;
  return { id: findingId(mapped.rule, mapped.subject, mapped.evidence.key), ...mapped };
}

const byId = (a: { id: string }, b: { id: string }) => compareIds(a.id, b.id);

describe('random datasets', () => {
  it('are valid: the JSON importer reads each back unchanged', () => {
    fc.assert(
      fc.property(datasetArbitrary, (dataset) => {
        expect(parseDatasetJson(JSON.stringify(dataset), 'dataset.json')).toStrictEqual(dataset);
      }),
      runs,
    );
  });

  it('make every rule fire, with default or random parameters', () => {
    const fired = new Set<RuleId>();
    const samples = fc.sample(fc.tuple(datasetArbitrary, ruleParametersArbitrary), runs);
    for (const [dataset, parameters] of samples) {
      for (const finding of [...findingsOf(dataset), ...findingsOf(dataset, parameters)]) fired.add(finding.rule);
    }
    expect(RULE_IDS.filter((rule) => !fired.has(rule))).toStrictEqual([]);
  });
});

describe('rule properties', () => {
  it('give findings sorted by id, each id once, and ids made of rule, subject and key', () => {
    fc.assert(
      fc.property(datasetArbitrary, ruleParametersArbitrary, (dataset, parameters) => {
        for (const findings of [findingsOf(dataset), findingsOf(dataset, parameters)]) {
          const ids = findings.map((finding) => finding.id);
          expect(ids).toStrictEqual([...ids].sort(compareIds));
          expect(new Set(ids).size).toBe(ids.length);
          for (const finding of findings) expect(finding.id).toBe(findingId(finding.rule, finding.subject, finding.evidence.key));
        }
      }),
      runs,
    );
  });

  it('do not depend on node ids: renaming every node renames the findings and changes nothing else', () => {
    fc.assert(
      fc.property(datasetArbitrary, relabellingArbitrary, ruleParametersArbitrary, (dataset, relabelling, parameters) => {
        const { dataset: renamed, back } = relabel(dataset, relabelling);
        for (const used of [DEFAULT_RULE_PARAMETERS, parameters]) {
          const original = findingsOf(dataset, used).map((finding) => comparable(finding, (id) => id));
          const mappedBack = findingsOf(renamed, used).map((finding) => comparable(finding, (id) => back.get(id) ?? id));
          expect(mappedBack.sort(byId)).toStrictEqual(original.sort(byId));
        }
      }),
      runs,
    );
  });

  it('add only the gaps of an unrelated municipality, and leave every other finding as it was', () => {
    const lone = { nis: '89999', name: 'Losse gemeente' };
    const subject = `nis:${lone.nis}`;
    fc.assert(
      fc.property(datasetArbitrary, ruleParametersArbitrary, (dataset, parameters) => {
        const widened = { ...dataset, municipalities: [...dataset.municipalities, lone] };
        for (const used of [DEFAULT_RULE_PARAMETERS, parameters]) {
          const after = findingsOf(widened, used);
          expect(after.filter((finding) => finding.subject !== subject)).toStrictEqual(findingsOf(dataset, used));
          const expected = [
            ...(['GAP_NO_ZONE', 'GAP_NO_HUIS_VAN_HET_KIND', 'GAP_NO_LOK', 'GAP_NO_BOA_REGIE', 'GAP_NO_GBO'] as const).map((rule) => findingId(rule, subject, '')),
            ...used.reachFunctions.map((fn) => findingId('GAP_FUNCTION_UNREACHABLE', subject, fn)),
          ];
          const added = after.filter((finding) => finding.subject === subject).map((finding) => finding.id);
          expect(added).toStrictEqual(expected.sort(compareIds));
        }
      }),
      runs,
    );
  });
});
