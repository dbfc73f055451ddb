import { trace } from '@opentelemetry/api';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { z } from 'zod';
import { parseSettings } from './settings';

/**
 * Tracing settings, shared by every process's configuration schema (the gateway's extends it).
 * The names are OpenTelemetry's own, so an operator's usual environment works unchanged.
 */
export const tracingConfigShape = {
  /** OTLP/HTTP collector base URL; spans go to `<endpoint>/v1/traces`. @default unset: no export */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  /** `otlp` (the default when an endpoint is set), `console` for local debugging, `off`. @default off */
  OTEL_TRACES: z.enum(['otlp', 'console', 'off']).optional(),
};

export interface TracingOptions {
  /** `service.name` of every span this process exports. */
  service: string;
  endpoint?: string;
  traces?: 'otlp' | 'console' | 'off';
  /** Export here instead (tests: an InMemorySpanExporter), each span as soon as it ends. */
  exporter?: SpanExporter;
}

export interface Tracing {
  /** What spans go to: `otlp <url>`, `console`, or `test`. */
  readonly description: string;
  /** Export the spans still buffered (a subgraph closing; the provider stays for the others). */
  flush(): Promise<void>;
  /** Flush and stop for good (the process is ending). */
  shutdown(): Promise<void>;
}

// One tracer provider per process: the OpenTelemetry API holds a single global one, and the
// in-process stack runs the gateway and every subgraph in one process.
let started: Promise<Tracing | undefined> | undefined;

/**
 * Register the process's tracer provider (AsyncLocalStorage context, W3C `traceparent`), once.
 * Off by default, and then nothing of the SDK is even loaded: the API's no-op tracer costs nothing.
 * Later calls answer the first one's result; a provider registered by someone else (a test) is kept.
 */
export function startTracing(options: TracingOptions): Promise<Tracing | undefined> {
  started ??= register(options);
  return started;
}

const tracingSettings = z.object(tracingConfigShape);

/** The same, from the environment (subgraph processes, whose own config does not cover tracing). */
export async function startTracingFromEnv(service: string, env: Record<string, string | undefined> = process.env): Promise<Tracing | undefined> {
  if (started) return started;
  const settings = parseSettings(tracingSettings, env, 'configuration');
  return startTracing({ service, endpoint: settings.OTEL_EXPORTER_OTLP_ENDPOINT, traces: settings.OTEL_TRACES });
}

async function register({ service, endpoint, traces, exporter }: TracingOptions): Promise<Tracing | undefined> {
  const mode = exporter ? 'test' : (traces ?? (endpoint ? 'otlp' : 'off'));
  if (mode === 'off') return undefined;
  if (mode === 'otlp' && !endpoint) throw new Error('invalid configuration: OTEL_TRACES="otlp" needs OTEL_EXPORTER_OTLP_ENDPOINT');
  // A provider already registered (a test's, with its own exporter) wins: registering twice would
  // be refused by the API anyway, with only a diagnostic message.
  if (isRegistered()) return undefined;
  // Loaded here, not at the top: a process that does not trace never pays for the SDK.
  const { NodeTracerProvider, BatchSpanProcessor, SimpleSpanProcessor, ConsoleSpanExporter } = await import('@opentelemetry/sdk-trace-node');
  const { resourceFromAttributes } = await import('@opentelemetry/resources');
  let processor;
  let description: string;
  if (exporter) {
    processor = new SimpleSpanProcessor(exporter);
    description = 'test';
  } else if (mode === 'console') {
    processor = new SimpleSpanProcessor(new ConsoleSpanExporter());
    description = 'console';
  } else {
    const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
    const url = `${endpoint!.replace(/\/+$/, '')}/v1/traces`;
    processor = new BatchSpanProcessor(new OTLPTraceExporter({ url }), { scheduledDelayMillis: 1000 });
    description = `otlp ${url}`;
  }
  const provider = new NodeTracerProvider({ resource: resourceFromAttributes({ 'service.name': service }), spanProcessors: [processor] });
  provider.register();
  return { description, flush: () => provider.forceFlush(), shutdown: () => provider.shutdown() };
}

/** Whether a real tracer provider is already the global one (the API's default is a proxy to a no-op). */
function isRegistered(): boolean {
  const provider = trace.getTracerProvider() as { getDelegate?: () => unknown };
  const delegate = provider.getDelegate?.() ?? provider;
  return delegate.constructor.name !== 'NoopTracerProvider';
}
