/**
 * The human-readable summary of a result: one Markdown document with a table per suite,
 * the comparison, the budgets and the failures. Pure.
 */
import type { BenchResult, ConfigurationResult } from '../result';
import type { Distribution } from '../stats';

const f = (v: number | null | undefined, digits = 1): string => (v === null || v === undefined || !Number.isFinite(v) ? 'n/a' : v.toFixed(digits));
const mib = (b: number): string => (b / 1048576).toFixed(1);

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const esc = (c: string): string => c.replace(/\|/g, '\\|');
  return [`| ${header.map(esc).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}

const distRow = (name: string, d: Distribution): string[] => [name, f(d.p50), f(d.p95), f(d.p99), f(d.mean), f(d.stdev), String(d.n)];
const DIST_HEADER = ['metric (ms)', 'p50', 'p95', 'p99', 'mean', 'stdev', 'n'];

function configSection(c: ConfigurationResult): string {
  const out: string[] = [`## ${c.label} (${c.settings.sessions} session(s) x ${c.settings.threadsPerSession} thread(s))`];
  const { raw, engine, server, coldStart, memory, g2p, encoders, pool } = c.suites;
  if (raw || engine) {
    const rows: string[][] = [];
    if (raw) rows.push(distRow('raw ORT run(), first segment', raw.firstSegmentMs), distRow('raw ORT run(), all segments', raw.totalMs), distRow('raw incl. worker round trip', raw.roundTripMs));
    if (engine) rows.push(distRow('engine stream(): time to first audio', engine.ttfaMs), distRow('engine synthesize(): total', engine.totalMs));
    out.push('### Latency', table(DIST_HEADER, rows));
  }
  if (engine) {
    out.push(
      '',
      `Audio per text: ${f(engine.audioSeconds, 2)} s in ${engine.segments} segment(s). Engine RTF ${f(engine.rtf, 3)}` +
        (raw ? `, raw RTF ${f(raw.rtf, 3)}` : '') +
        `. Overhead (engine - raw, median of paired runs): ${f(engine.overheadMs)} ms = ${f(engine.overheadPct, 2)}%` +
        (engine.overheadPctCi95 ? ` (95% CI ${f(engine.overheadPctCi95[0], 2)}..${f(engine.overheadPctCi95[1], 2)}%)` : '') +
        `. TTFA / raw first segment: ${f(engine.ttfaOverRawFirst, 3)}.`,
    );
    if (engine.stages.length > 0) out.push('', '### Engine stages (synthesize, engine clock)', table(DIST_HEADER, engine.stages.map((s) => distRow(s.stage, s.ms))));
    if (engine.ttfaStages.length > 0) out.push('', '### First streamed chunk (what TTFA is made of, engine clock)', table(DIST_HEADER, engine.ttfaStages.map((s) => distRow(s.stage, s.ms))));
  }
  if (server) {
    if (server.formats.length > 0) {
      out.push('### Server: time to first audio byte by response_format', table(['format', 'first byte p50', 'p95', 'p99', 'total p50', 'bytes'], server.formats.map((s) => [s.format, f(s.firstByteMs.p50), f(s.firstByteMs.p95), f(s.firstByteMs.p99), f(s.totalMs.p50), String(s.bytes)])));
    }
    if (server.load.length > 0) {
      out.push(
        `### Server: concurrent streaming clients (queue limit ${server.queueLimit ?? 'n/a'})`,
        table(
          ['clients', 'requests', 'ok', 'errors', '429', 'x real time', 'latency p50', 'p99', 'first byte p50', 'first byte p99', 'queue wait p99'],
          server.load.map((l) => [String(l.clients), String(l.requests), String(l.ok), String(l.errors), String(l.rejected429), f(l.throughputRealTime, 2), f(l.latencyMs?.p50), f(l.latencyMs?.p99), f(l.firstByteMs?.p50), f(l.firstByteMs?.p99), f(l.queueWaitMs?.p99)]),
        ),
      );
    }
  }
  if (coldStart) {
    out.push('### Cold start (fresh process)', table(['graph cache', 'ready p50', 'ready p95', 'first audio p50', 'first audio p95', 'n'], coldStart.runs.map((r) => [r.graphCache, f(r.readyMs.p50), f(r.readyMs.p95), f(r.firstAudioMs.p50), f(r.firstAudioMs.p95), String(r.readyMs.n)])));
  }
  if (memory) {
    out.push(
      '### Memory',
      `${memory.syntheses} syntheses (${memory.model === 'synthetic-free' ? 'cost-free synthetic model, so the run measures the engine, not model compute' : 'benchmark model'}): RSS after 100 ${mib(memory.rssAfterFirst100)} MiB, at end ${mib(memory.rssAtEnd)} MiB (${f(memory.growthPct, 2)}%), peak ${mib(memory.peakRssBytes)} MiB, slope ${f(memory.slopeBytesPerRun / 1024, 3)} KiB per synthesis.`,
    );
  }
  if (g2p) out.push('### G2P', `${g2p.words} words per pass, p50 ${f(g2p.msPerPass.p50)} ms: ${f(g2p.wordsPerSecond, 0)} words/s.`);
  if (encoders && encoders.encoders.length > 0) {
    out.push('### Encoders', table(['format', 'ms per audio second p50', 'x real time'], encoders.encoders.map((e) => [e.format, f(e.msPerAudioSecond.p50, 3), f(e.realTimeMultiple, 0)])));
  }
  if (pool) {
    out.push(`### Pool layouts under ${pool.clients} concurrent syntheses`, table(['sessions x threads', 'x real time', 'latency p50', 'p99'], pool.layouts.map((l) => [`${l.sessions}x${l.threadsPerSession}`, f(l.throughputRealTime, 2), f(l.latencyMs.p50), f(l.latencyMs.p99)])));
  }
  return out.join('\n\n');
}

/** Renders the whole result as Markdown. */
export function renderMarkdown(result: BenchResult): string {
  const e = result.environment;
  const m = result.model;
  const out: string[] = [
    `# kokoro-ts benchmark (${result.mode})`,
    `${result.startedAt} - \`${result.command.join(' ')}\``,
    `Machine: ${e.cpuModel}, ${e.logicalCores} logical cores (effective ${e.effectiveCores ?? 'n/a'}), ${mib(e.totalMemoryBytes)} MiB, ${e.platform}/${e.arch}, Node ${e.node}, onnxruntime-node ${e.onnxruntimeVersion}. Load average ${e.loadAverage.start.toFixed(2)} at start, ${e.loadAverage.end.toFixed(2)} at end.`,
    `Model: ${m.source === 'synthetic' ? `synthetic Kokoro-contract model, cost ${JSON.stringify(m.cost)}` : m.path} (${mib(m.bytes)} MiB). ${result.methodology.warmupRuns} warm-up + ${result.methodology.runs} measured runs; caches off.`,
    ...result.methodology.notes.map((n) => `- ${n}`),
  ];
  for (const c of result.configurations) out.push(configSection(c));
  if (result.comparison) {
    const cmp = result.comparison;
    out.push(`## Comparison: ${cmp.candidate} / ${cmp.baseline}`, table(['metric', cmp.baseline, cmp.candidate, 'ratio'], cmp.rows.map((r) => [r.metric, f(r.baseline, 2), f(r.candidate, 2), f(r.ratio, 3)])));
  }
  if (result.budgets.length > 0) {
    out.push('## Budgets', table(['budget', 'result', 'measured', 'limit', 'detail'], result.budgets.map((b) => [b.description, b.pass ? 'pass' : '**FAIL**', `${f(b.measured, 2)} ${b.unit}`, `${f(b.limit, 2)} ${b.unit}`, b.detail])));
  }
  if (result.failures.length > 0) out.push('## Suites that did not run', ...result.failures.map((x) => `- ${x.suite}: \`${x.code}\` ${x.message}`));
  return `${out.join('\n\n')}\n`;
}
