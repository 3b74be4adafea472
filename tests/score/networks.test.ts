import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../helpers/legacy-simulate/generator.js';
import { SCENARIOS } from '../helpers/legacy-simulate/scenarios.js';
import { writeDataset } from '../helpers/legacy-simulate/write.js';
import type { ScanResult } from '../../src/result.js';
import { tempFiles } from '../helpers/files.js';
import { cli } from '../helpers/scan.js';

let dir: string;
let result: ScanResult;
let truth: Map<string, string>;
beforeAll(async () => {
  dir = tempFiles({}).dir;
  const data = generate(SCENARIOS.month!);
  await writeDataset(data, dir);
  truth = new Map(data.accounts.map((a) => [a.id, a.role]));
  const run = cli(['scan', `${dir}/comments.csv`, '--reactions', `${dir}/reactions.csv`, '--format', 'json', '--graph', `${dir}/graph.gexf`]);
  expect(run.code).toBe(0);
  result = JSON.parse(run.stdout);
}, 60_000);

describe('networks', () => {
  it('separates the brigade from the #FreeMehman campaign, and calls the campaign coordinated but authentic', () => {
    const byMajorityRole = result.networks.map((n) => {
      const roles = n.members.map((id) => truth.get(id)!);
      const brigade = roles.filter((r) => r.startsWith('brigade')).length;
      const activists = roles.filter((r) => r === 'activist').length;
      return { id: n.id, size: n.size, brigade, activists, assessment: n.assessment };
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
    const gexf = readFileSync(`${dir}/graph.gexf`, 'utf8');
    const nodes = gexf.match(/<node id=/g)!.length;
    const edges = gexf.match(/<edge id=/g)!.length;
    for (const network of result.networks) for (const id of network.members) expect(gexf).toContain(`<node id="${id}"`);
    expect(cli(['scan', `${dir}/comments.csv`, '--reactions', `${dir}/reactions.csv`, '--format', 'json', '--out', `${dir}/r.json`, '--graph', `${dir}/graph.graphml`]).code).toBe(0);
    const graphml = readFileSync(`${dir}/graph.graphml`, 'utf8');
    expect([graphml.match(/<node id=/g)!.length, graphml.match(/<edge id=/g)!.length]).toEqual([nodes, edges]);
    expect(cli(['scan', `${dir}/comments.csv`, '--reactions', `${dir}/reactions.csv`, '--format', 'json', '--out', `${dir}/r.json`, '--graph', `${dir}/edges.csv`]).code).toBe(0);
    const csv = readFileSync(`${dir}/edges.csv`, 'utf8').trimEnd().split('\r\n');
    expect(csv[0]).toBe('source,target,kind,weight');
    expect(csv.length - 1).toBe(edges);
  });

  it('refuses a graph path it cannot write, or an unknown extension, before scanning (exit 2)', () => {
    for (const path of ['/nonexistent-dir/g.gexf', `${dir}/g.pdf`]) {
      const run = cli(['scan', `${dir}/comments.csv`, '--graph', path]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^brigade: --graph: /);
    }
  });
});
