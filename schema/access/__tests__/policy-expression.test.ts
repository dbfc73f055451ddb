import { describePolicy, evaluatePolicy, parsePolicy, PolicySyntaxError, type PolicySubject } from '../policy-expression';
import { accessDirectiveName, MalformedLabel, readFieldLabels } from '../field-labels';
import { parse } from 'graphql';

const subject = (over: Partial<PolicySubject> = {}): PolicySubject => ({
  roles: ['INVESTIGATOR'], country: 'PHL', agency: 'PNP', clearance: 0, hasPurpose: true, ...over,
});

describe('access label expressions', () => {
  it.each([
    ['INVESTIGATOR', subject(), true],
    ['INVESTIGATOR', subject({ roles: ['ANALYST'] }), false],
    ['VICTIM_SUPPORT | (INVESTIGATOR & PURPOSE)', subject({ hasPurpose: false }), false],
    ['VICTIM_SUPPORT | (INVESTIGATOR & PURPOSE)', subject({ roles: ['VICTIM_SUPPORT'], hasPurpose: false }), true],
    ['VICTIM_SUPPORT | INVESTIGATOR & PURPOSE', subject(), true],
    ['!INTEGRATOR', subject({ roles: ['INTEGRATOR'] }), false],
    ['!INTEGRATOR & ANY', subject(), true],
    ['clearance >= 2', subject({ clearance: 1 }), false],
    ['clearance>=2', subject({ clearance: 2 }), true],
    ['country = THA', subject(), false],
    ['country=PHL & agency=PNP', subject(), true],
    ['!(ANALYST | LIAISON) & PURPOSE', subject(), true],
  ])('%s (case %#)', (policy, who, expected) => {
    expect(evaluatePolicy(parsePolicy(policy), who)).toBe(expected);
  });

  it('binds ! tighter than & tighter than |', () => {
    // Read as ANALYST | (INVESTIGATOR & !PURPOSE), not (ANALYST | INVESTIGATOR) & !PURPOSE.
    const rule = parsePolicy('ANALYST | INVESTIGATOR & !PURPOSE');
    expect(evaluatePolicy(rule, subject({ roles: ['ANALYST'], hasPurpose: true }))).toBe(true);
    expect(evaluatePolicy(rule, subject({ roles: ['INVESTIGATOR'], hasPurpose: true }))).toBe(false);
  });

  it.each([
    ['', /empty label/],
    ['   ', /empty label/],
    ['INVESTIGATOR &', /unexpected end/],
    ['INVESTIGATOR && PURPOSE', /at 14: unexpected "&"/],
    ['(INVESTIGATOR | ANALYST', /expected \)/],
    ['INVESTIGATOR)', /unexpected "\)"/],
    ['DETECTIVE', /unknown name "DETECTIVE"/],
    ['investigator', /unknown name/],
    ['clearance >= 9', /clearance goes up to 5/],
    ['clearance > 1', /unexpected ">"/],
    ['country = Philippines', /alpha-3/],
    ['INVESTIGATOR PURPOSE', /unexpected "PURPOSE"/],
    ['INVESTIGATOR ; drop', /unexpected ";"/],
    ['A'.repeat(600), /longer than 500/],
  ])('refuses label %#', (policy, message) => {
    expect(() => parsePolicy(policy)).toThrow(PolicySyntaxError);
    expect(() => parsePolicy(policy)).toThrow(message);
  });

  it('says what a label means in plain words', () => {
    expect(describePolicy(parsePolicy('(INVESTIGATOR | VICTIM_SUPPORT | LIAISON) & PURPOSE'))).toBe(
      '(investigator or victim support or liaison) and a declared purpose (X-Purpose)',
    );
    expect(describePolicy(parsePolicy('!(ANALYST & clearance >= 2)'))).toBe('not (analyst and clearance 2 or higher)');
  });
});

describe('reading labels from SDL', () => {
  const sdl = (imports: string, label = '@access(policy: "INVESTIGATOR")') => `
    extend schema @link(url: "https://corridor.invalid/access/v1.0", import: [${imports}])
    type Query { a: String ${label.replace('@access', imports.includes('as') ? '@label' : '@access')} b: String }`;

  it('finds labels under the imported name, renamed or not', () => {
    expect([...readFieldLabels(sdl('"@access"')).keys()]).toEqual(['Query.a']);
    expect(accessDirectiveName(parse(sdl('{ name: "@access", as: "@label" }')))).toBe('label');
    expect(readFieldLabels(sdl('{ name: "@access", as: "@label" }')).get('Query.a')?.policy).toBe('INVESTIGATOR');
  });

  it('finds none in a document that does not link the access spec', () => {
    expect(readFieldLabels('type Query { a: String @access(policy: "NOPE") }').size).toBe(0);
  });

  it('names the field of a malformed label', () => {
    expect(() => readFieldLabels(sdl('"@access"', '@access(policy: "INVESTIGATOR |")'))).toThrow(MalformedLabel);
    expect(() => readFieldLabels(sdl('"@access"', '@access(policy: "INVESTIGATOR |")'))).toThrow(/^Query\.a: malformed/);
  });
});
