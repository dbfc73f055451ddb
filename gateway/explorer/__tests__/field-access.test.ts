import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePolicy } from '../../../schema/access/policy-expression';
import { EXPLORER_ASSET_PREFIX } from '../explorer-assets';
import { accessNote, couldEverRead, decorateIntrospection, explorerLabels } from '../field-access';

describe('couldEverRead', () => {
  it('holds when some purpose, clearance, country or agency lets these roles read the field', () => {
    expect(couldEverRead('(INVESTIGATOR | LIAISON) & PURPOSE', ['INVESTIGATOR'])).toBe(true);
    expect(couldEverRead('INVESTIGATOR & clearance >= 3 & country = PHL', ['INVESTIGATOR'])).toBe(true);
    expect(couldEverRead('ANY', ['INTEGRATOR'])).toBe(true);
    expect(couldEverRead('INVESTIGATOR & !agency = PNP', ['INVESTIGATOR'])).toBe(true);
  });

  it('fails when no requester holding these roles could ever read it', () => {
    expect(couldEverRead('(INVESTIGATOR | LIAISON) & PURPOSE', ['ANALYST'])).toBe(false);
    expect(couldEverRead('INVESTIGATOR & !INTEGRATOR', ['INVESTIGATOR', 'INTEGRATOR'])).toBe(false);
    expect(couldEverRead('country = PHL & !country = PHL', ['INVESTIGATOR'])).toBe(false);
  });
});

describe('the explorer documentation', () => {
  const labels = explorerLabels([{ coordinate: 'PersonRecord.sex', policy: 'INVESTIGATOR & PURPOSE', rule: parsePolicy('INVESTIGATOR & PURPOSE') }]);

  it('says each label in plain words', () => {
    expect(labels).toEqual({ 'PersonRecord.sex': { policy: 'INVESTIGATOR & PURPOSE', words: 'investigator and a declared purpose (X-Purpose)' } });
  });

  it('marks, in an introspection answer, the fields the caller could never read', () => {
    const answer = () => ({ data: { __schema: { types: [{ name: 'PersonRecord', fields: [{ name: 'sex', description: 'Sex as recorded.' }, { name: 'id', description: 'Id.' }] }] } } });
    const analyst = decorateIntrospection(answer(), labels, ['ANALYST']).data.__schema.types[0]!.fields;
    expect(analyst[0]!.description).toBe(`Sex as recorded.\n\n${accessNote(labels['PersonRecord.sex']!, ['ANALYST'])}`);
    expect(analyst[0]!.description).toContain('No requester with your roles (ANALYST) could ever read this field');
    expect(analyst[1]!.description).toBe('Id.');
    const investigator = decorateIntrospection(answer(), labels, ['INVESTIGATOR']).data.__schema.types[0]!.fields;
    expect(investigator[0]!.description).toContain('Within reach of your roles');
    expect(decorateIntrospection({ data: { trace: null } }, labels, null)).toEqual({ data: { trace: null } });
  });

  it('is built for the prefix the gateway serves it under', () => {
    const config = readFileSync(join(__dirname, '..', 'vite.config.mjs'), 'utf8');
    expect(config).toContain(`base: '${EXPLORER_ASSET_PREFIX}'`);
  });
});
