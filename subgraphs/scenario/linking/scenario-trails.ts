import { loadOperations } from '../../../schema/registry/operations';
import type { Registry } from '../../../schema/registry/registry';
import { personName } from '../../kit/mapping/names';
import { recordId } from '../../kit/record/person-record';
import type { ScenarioRecord } from '../model';
import { bambanCompound, crossBorderTrails } from '../operation/trails';
import { storyRecords } from '../story';
import type { LabelledRecord } from './labelled-record';
import { sharedRecord } from './person-record';
import { seededFaker } from './seeded-faker';
import { writtenName } from './written-name';

/** The name as the desk wrote it: at home in the person's style, abroad from the passport (kept beside a script form the desk added). */
function recordedName(r: ScenarioRecord) {
  const nationality = r.nationalities[0] ?? r.jurisdiction;
  if (r.jurisdiction === nationality) return writtenName(r.name, nationality, r.jurisdiction, 'home', () => 0);
  const passport = writtenName(r.name, nationality, r.jurisdiction, 'passport', () => 0);
  return r.name.nativeScript && passport ? personName({ full: r.name.nativeScript, romanised: passport.full }) : passport;
}

/**
 * The scenario's own people who appear in more than one record (the story, the cross-border
 * trails) and the Bamban compound's people (one record each), made from the set's seed with the
 * scenario's generators, each record shaped as its jurisdiction serves it. Nothing is added to
 * the scenario: these are new draws, and carry no operation events into any total.
 */
export function scenarioTrailRecords(seed: number, registry: Registry): LabelledRecord[] {
  const [operation] = loadOperations();
  const records: ScenarioRecord[] = [...storyRecords()];
  if (operation) records.push(...crossBorderTrails(seededFaker(seed, 'linking', 'trails'), registry, 24, operation));
  records.push(...bambanCompound(seededFaker(seed, 'linking', 'bamban'), registry, 40));
  return records.flatMap((r): LabelledRecord[] => {
    const name = recordedName(r);
    if (!name) return [];
    const record = sharedRecord({
      id: recordId(r.jurisdiction, r.agency, `${r.localId}`),
      jurisdiction: r.jurisdiction,
      agency: r.agency,
      nationality: r.nationalities[0] ?? r.jurisdiction,
      name,
      birth: r.birth,
      documents: r.documents.map((d) => ({ number: d.number, issuingCountry: d.issuingCountry })),
      phones: r.phones,
      emails: r.otherIdentifiers.filter((i) => i.kind === 'EMAIL').map((i) => i.value),
    });
    return [{ record, personKey: `scenario:${r.personKey}`, cases: ['scenario'] }];
  });
}
