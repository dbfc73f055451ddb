import { contributionType } from '../../../schema/build/subgraph-sdl';
import type { OperationDefinition } from '../../../schema/registry/operations';
import { isCountry, type Jurisdiction } from '../../../schema/registry/registry';
import { contributionId } from '../../kit/operation/count-contribution';

/**
 * An operation as the index knows it: who took part and one contribution reference per country.
 * The gateway fetches each contribution from its country, then the operations subgraph sums them.
 */
export function resolveOperation(operations: readonly OperationDefinition[], jurisdictions: readonly Jurisdiction[], code: string) {
  const operation = operations.find((o) => o.code === code.trim().toUpperCase());
  if (!operation) return null;
  const countries = jurisdictions.filter(isCountry);
  return {
    code: operation.code,
    name: operation.name,
    startDate: operation.startDate,
    endDate: operation.endDate,
    coordination: operation.coordination,
    participatingCountries: countries.map((j) => j.code),
    byCountry: countries.map((j) => ({ __typename: contributionType(j), id: contributionId(operation.code, j.code) })),
  };
}
