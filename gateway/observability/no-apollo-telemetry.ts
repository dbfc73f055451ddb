/**
 * Keep @apollo/gateway from reporting to Apollo. Since 2.10 every `new ApolloGateway` starts a
 * meter provider of its own: it probes the cloud metadata endpoints (AWS, GCP, Azure, Alibaba) at
 * once, then sends the host's description to Apollo every hour, unless APOLLO_TELEMETRY_DISABLED
 * is set. A gateway over law-enforcement data reports nothing to a vendor and runs without a route
 * out; the probes also kept sockets and timers open after a gateway closed. So it is off for every
 * gateway this process builds, whatever the environment says: call this before `new ApolloGateway`.
 */
export function disableApolloTelemetry(): void {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
}
