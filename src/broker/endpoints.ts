/**
 * The brokers and coordinator endpoints that Metadata, DescribeCluster and FindCoordinator answer
 * with, taken from the live brokers of the metadata store, for the listener the client came in on
 * (Kafka's rule: a client on SASL_SSL learns the SASL_SSL endpoints). With one broker that is this
 * broker; with several, each answers for all.
 */
import type { BrokerServices } from './broker-services.ts';

export interface BrokerEndpoint {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null;
}

/** Every live broker's endpoint on `listener`; brokers without one are left out. */
export function brokerEndpoints(b: BrokerServices, listener: string): BrokerEndpoint[] {
  const out: BrokerEndpoint[] = [];
  for (const reg of b.metadata.liveBrokers()) {
    const ep = reg.endpoints.find((e) => e.listener === listener);
    if (ep) out.push({ nodeId: reg.nodeId, host: ep.host, port: ep.port, rack: reg.rack });
  }
  return out;
}

/** One broker's endpoint on `listener`; null when it is not alive or has none. */
export function endpointOf(b: BrokerServices, nodeId: number, listener: string): BrokerEndpoint | null {
  return brokerEndpoints(b, listener).find((e) => e.nodeId === nodeId) ?? null;
}
