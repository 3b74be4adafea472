import { beforeAll, describe, expect, it } from 'vitest';
import { resolveScanOptions } from '../../src/options.js';
import { renderGraph } from '../../src/report/graph.js';
import { runScanWithGraph } from '../../src/run.js';
import { generate } from '../helpers/legacy-simulate/generator.js';
import { SCENARIOS } from '../helpers/legacy-simulate/scenarios.js';
import { writeDataset } from '../helpers/legacy-simulate/write.js';
import { tempFiles } from '../helpers/files.js';
import { CLI_TIMEOUT, clis } from '../helpers/scan.js';

let dir: string;
let scanned: Awaited<ReturnType<typeof runScanWithGraph>>;
let truth: Map<string, string>;
beforeAll(async () => {
  dir = tempFiles({}).dir;
  const data = generate(SCENARIOS.month!);
  await writeDataset(data, dir);
  truth = new Map(data.accounts.map((a) => [a.id, a.role]));
  scanned = await runScanWithGraph({ comments: [`${dir}/comments.csv`], reactions: `${dir}/reactions.csv` }, resolveScanOptions({}).analysis, false);
});

describe('networks', () => {
  it('separates the brigade from the #FreeMehman campaign, and calls the campaign coordinated but authentic', () => {
    const { result } = scanned;
    const byMajorityRole = result.networks.map((n) => {
      const roles = n.members.map((id) => truth.get(id)!);
      const brigade = roles.filter((r) => r.startsWith('brigade')).length;
      const activists = roles.filter((r) => r === 'activist').length;
      return { id: n.id, size: n.size, brigade, activists, assessment: n.assessment.verdict };
    });
    // One brigade network, not Louvain's arbitrary halves of it (mergeDenseSplits), with Meta's
    // "engagement from within the network"; the campaign has an audience.
    const brigadeNetworks = byMajorityRole.filter((n) => n.brigade * 2 > n.size);
    expect(brigadeNetworks.map((n) => n.assessment)).toEqual(['inauthentic']);
    expect(brigadeNetworks[0]!.brigade).toBeGreaterThanOrEqual(110);
    expect(brigadeNetworks[0]!.activists).toBe(0);
    const shareOf = (id: string) => result.networks.find((n) => n.id === id)!.internalEngagementShare;
    expect(shareOf(brigadeNetworks[0]!.id)).toBeGreaterThanOrEqual(0.85);
    const campaign = byMajorityRole.find((n) => n.activists * 2 > n.size)!;
    expect(campaign.assessment).toBe('coordinated-authentic');
    expect(campaign.brigade).toBe(0);
    expect(shareOf(campaign.id)).toBeLessThan(0.8);
  });

  it('writes the same graph as GEXF, GraphML and CSV, with every network member as a node', () => {
    const { graph, model, result } = scanned;
    const gexf = renderGraph('.gexf', graph, model, result);
    const nodes = gexf.match(/<node id=/g)!.length;
    const edges = gexf.match(/<edge id=/g)!.length;
    expect([nodes, edges]).toEqual([graph.nodes.length, graph.edges.length]);
    for (const network of result.networks) for (const id of network.members) expect(gexf).toContain(`<node id="${id}"`);
    const graphml = renderGraph('.graphml', graph, model, result);
    expect([graphml.match(/<node id=/g)!.length, graphml.match(/<edge id=/g)!.length]).toEqual([nodes, edges]);
    const csv = renderGraph('.csv', graph, model, result).trimEnd().split('\r\n');
    expect(csv[0]).toBe('source,target,kind,weight');
    expect(csv.length - 1).toBe(edges);
  });

  it('the binary refuses a graph path it cannot write, or an unknown extension, before scanning (exit 2)', async () => {
    const runs = await clis(['/nonexistent-dir/g.gexf', `${dir}/g.pdf`].map((path) => ['scan', `${dir}/comments.csv`, '--graph', path]));
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^brigade: --graph: /);
    }
  }, CLI_TIMEOUT);
});
