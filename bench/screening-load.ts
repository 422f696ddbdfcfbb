/**
 * Load benchmark of blind dual screening (a benchmark, not a test): a team-mode server on PostgreSQL in a child
 * process on 127.0.0.1, N simulated reviewers (users with sessions, reviewers of one review) deciding records over
 * keep-alive HTTP as fast as they get answers, for a bounded time and number of decisions. Prints decisions/s and
 * the latency's p50 and p99, then counts the decisions in the database: as many as were acknowledged, none twice,
 * none lost. Target on a 2-core machine: 200 reviewers, ≥ 1,000 decisions/s, p99 < 50 ms.
 *
 *   node --conditions=source --import tsx bench/screening-load.ts [--reviewers 200] [--seconds 15]
 *     [--records 2000] [--max-decisions 100000] [--pool 20] [--think 150] [--warmup 3] [--profile]
 *
 * The first --warmup seconds (the server's code still being compiled by V8) run the same load but are not measured:
 * throughput and latency are of the seconds after them; the count in the database covers every decision.
 *
 * Each reviewer waits a think time (--think ms, ±50 %) before each decision, as a person reads the abstract: with
 * none, 200 reviewers in a closed loop keep 200 requests waiting, and by Little's law the latency is then 200 over
 * the throughput whatever the server does (at 1,000/s, 200 ms). --think 0 measures the saturated throughput.
 *
 * The database is DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), in a schema of its own that is
 * dropped afterwards. Client, server and PostgreSQL share the machine, so the numbers are for all three together.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { dropSchema, openStore } from '@evidens/store';
import { seedScreening, spawnServer } from '../packages/server/test/support/child-server.js';
import { keepAliveClient, quantile } from './screening-load/client.js';

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const { values } = parseArgs({
  options: {
    reviewers: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '15' },
    records: { type: 'string', default: '2000' },
    'max-decisions': { type: 'string', default: '100000' },
    pool: { type: 'string', default: '20' },
    think: { type: 'string', default: '150' },
    warmup: { type: 'string', default: '3' },
    profile: { type: 'boolean', default: false },
  },
});
const reviewers = Number(values.reviewers);
const seconds = Number(values.seconds);
const records = Number(values.records);
const maxDecisions = Number(values['max-decisions']);
const think = Number(values.think);

const schema = `evidens_bench_screening_${process.pid}`;
const location = { url: DATABASE_URL, schema };
const seedStore = await openStore(DATABASE_URL, { schema });
let server: Awaited<ReturnType<typeof spawnServer>> | undefined;
try {
  const seeded = await seedScreening(seedStore, reviewers, records);
  await seedStore.close();
  server = await spawnServer(
    location,
    { EVIDENS_POOL: values.pool as string },
    values.profile ? ['--cpu-prof', '--cpu-prof-dir=.evidens/profiles'] : [],
  );
  const serverCpuBefore = cpuSeconds(server.pid);
  const clientCpuBefore = process.cpuUsage();
  const client = keepAliveClient(server.url, reviewers);
  const base = `/api/reviews/${seeded.reviewId}/screening/title-abstract/records`;
  const acked = new Set<string>();
  const latencies: number[] = [];
  const failures = new Map<string, number>();
  let sent = 0;
  const started = performance.now();
  const measureFrom = started + Number(values.warmup) * 1000;
  const deadline = measureFrom + seconds * 1000;
  let measured = 0;

  // Each reviewer goes through the records in an order of their own (a stride through them), so that reviewers meet
  // on the same records, as dual screening has them do, without one reviewer deciding a record twice.
  const reviewer = async (i: number) => {
    const { handle, headers } = seeded.reviewers[i];
    const stride = [1, 7, 11, 13, 17, 19][i % 6];
    for (let k = 0; k < records && performance.now() < deadline && sent < maxDecisions; k++) {
      // A reviewer reads before deciding: think time, uniform in [0.5, 1.5] × --think ms (0: back to back).
      if (think > 0) await new Promise((resolve) => setTimeout(resolve, think * (0.5 + Math.random())));
      if (performance.now() >= deadline) break;
      sent++;
      const record = seeded.recordIds[(i * 37 + k * stride) % records];
      const body = JSON.stringify({ decision: (k + i) % 3 === 0 ? 'exclude' : 'include' });
      const t0 = performance.now();
      const answer = await client.request('PUT', `${base}/${record}`, headers, body);
      const inWindow = t0 >= measureFrom;
      if (inWindow) latencies.push(performance.now() - t0);
      if (answer.status === 200) {
        acked.add(`${handle}/${record}`);
        if (inWindow) measured++;
      } else {
        const key = `${answer.status} ${answer.body.slice(0, 120)}`;
        failures.set(key, (failures.get(key) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: reviewers }, (_, i) => reviewer(i)));
  const elapsed = (performance.now() - measureFrom) / 1000;
  const serverCpu = cpuSeconds(server.pid) - serverCpuBefore;
  const clientUsage = process.cpuUsage(clientCpuBefore);
  const clientCpu = (clientUsage.user + clientUsage.system) / 1e6;
  client.close();

  latencies.sort((a, b) => a - b);
  const check = await openStore(DATABASE_URL, { schema });
  const rows = await check.db
    .selectFrom('screening_decisions')
    .select(['reviewer', 'record_id'])
    .where('review_id', '=', seeded.reviewId)
    .execute();
  await check.close();
  const stored = rows.map((r) => `${r.reviewer}/${r.record_id}`);
  const distinct = new Set(stored);
  const lost = [...acked].filter((key) => !distinct.has(key));

  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; PostgreSQL pool ${values.pool}`);
  console.log(
    `reviewers ${reviewers}, think time ${think} ms, records ${records}, ${values.warmup} s warm-up + ${elapsed.toFixed(1)} s measured`,
  );
  console.log(
    `measured: requests ${latencies.length}, acknowledged ${measured}, refused ${latencies.length - measured}`,
  );
  console.log(`decisions/s ${(measured / elapsed).toFixed(0)}`);
  console.log(
    `latency p50 ${fmt(quantile(latencies, 0.5))}, p99 ${fmt(quantile(latencies, 0.99))}, max ${fmt(latencies.at(-1) ?? 0)}`,
  );
  const perDecision = (cpu: number) => `${((cpu / Math.max(1, sent)) * 1000).toFixed(2)} ms`;
  console.log(
    `CPU per request: server ${perDecision(serverCpu)}, client ${perDecision(clientCpu)}; load average ${loadavg()[0].toFixed(1)}`,
  );
  for (const [what, n] of failures) console.log(`refused ×${n}: ${what}`);
  console.log(
    `in the database: ${stored.length} decisions, ${stored.length - distinct.size} duplicates, ${lost.length} acknowledged but lost`,
  );
  const ok = stored.length === acked.size && distinct.size === stored.length && lost.length === 0;
  console.log(ok ? 'durability: every acknowledged decision is there, nothing else' : 'durability: MISMATCH');
  if (!ok) process.exitCode = 1;
} finally {
  if (server) {
    process.kill(server.pid, 'SIGTERM');
    await server.exited;
  }
  await seedStore.close().catch(() => {});
  await dropSchema(DATABASE_URL, schema);
}
