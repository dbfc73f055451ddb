import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE_TIMELINE, EXAMPLE_TRACE, curlLine } from '../gateway/stack/example-trace';
import { ERROR_CODES } from '../schema/errors';

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

describe('README', () => {
  it('shows the example trace that `npm start` prints, and the curl line that sends it', () => {
    const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
    expect(blocks).toContain(EXAMPLE_TRACE);
    expect(readme).toContain(curlLine(EXAMPLE_TRACE));
  });

  it('shows the example timeline (tests/e2e/timeline.test.ts checks it answers), and its curl line', () => {
    const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
    expect(blocks).toContain(EXAMPLE_TIMELINE);
    expect(readme).toContain(curlLine(EXAMPLE_TIMELINE));
  });

  it('documents every error code with its HTTP status', () => {
    for (const [code, { status }] of Object.entries(ERROR_CODES)) {
      expect(readme).toMatch(new RegExp(`\\| \`${code}\` \\| ${status} \\|`));
    }
  });

  it('names npm test as the test command', () => {
    expect(readme).toMatch(/```sh\nnpm test\n```/);
  });
});
