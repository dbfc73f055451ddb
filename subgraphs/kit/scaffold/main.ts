// `npm run jurisdiction:new -- --code LAO --format umf|json|xml|csv|sql [--time-zone Asia/Vientiane] [--agency LNP] [--root DIR]`
import { parseArgs } from 'node:util';
import { ScaffoldRefused, planScaffold, writeScaffold } from './scaffold';

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: { code: { type: 'string' }, format: { type: 'string' }, 'time-zone': { type: 'string' }, agency: { type: 'string' }, root: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`jurisdiction:new: ${(error as Error).message}\n`);
    return 2;
  }
  if (!values.code || !values.format) {
    process.stderr.write('usage: npm run jurisdiction:new -- --code <ISO alpha-3> --format umf|json|xml|csv|sql [--time-zone <IANA>] [--agency <CODE>]\n');
    return 2;
  }
  try {
    const plan = planScaffold({ code: values.code, format: values.format, timeZone: values['time-zone'], agency: values.agency, root: values.root });
    const written = writeScaffold(plan, values.root);
    process.stdout.write(`Scaffolded ${plan.code} (${plan.format}):\n${written.map((f) => `  ${f}`).join('\n')}\n`);
    for (const w of plan.warnings) process.stdout.write(`warning: ${w}\n`);
    process.stdout.write(`Next:\n${plan.next.map((s) => `  - ${s}`).join('\n')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ScaffoldRefused) {
      process.stderr.write(`jurisdiction:new refused: ${error.message}\nNothing was written.\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main();
