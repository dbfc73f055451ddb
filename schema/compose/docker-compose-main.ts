// `npm run compose:docker`: write docker-compose.yml from the registry.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegistry } from '../registry/registry';
import { dockerCompose } from './docker-compose';

const file = join(__dirname, '..', '..', 'docker-compose.yml');
writeFileSync(file, dockerCompose(loadRegistry()));
process.stdout.write(`wrote ${file}\n`);
