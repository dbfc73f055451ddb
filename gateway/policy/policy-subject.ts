import type { PolicySubject } from '../../schema/access/policy-expression';
import type { GatewayContext } from '../gateway-context';

/** The attributes field labels read, from a request's verified requester and declared purpose. */
export function policySubject(context: Partial<GatewayContext>): PolicySubject | null {
  const { requester } = context;
  if (!requester) return null;
  return { roles: requester.roles, country: requester.country, agency: requester.agency, clearance: requester.clearance, hasPurpose: !!context.purpose };
}
