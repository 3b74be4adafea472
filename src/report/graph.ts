import type { Model } from '../model/types.js';
import type { ScanResult } from '../result.js';
import type { CoordinationGraph } from '../coordination/groups.js';
import { csvField } from './sanitize.js';

export const GRAPH_FORMATS = ['.gexf', '.graphml', '.csv'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

export function graphFormatOf(path: string): GraphFormat | undefined {
  return GRAPH_FORMATS.find((ext) => path.toLowerCase().endsWith(ext));
}

/** XML text and attribute escaping; names are the adversary's, and XML 1.0 forbids most controls. */
function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The coordination graph for Gephi and friends: nodes with verdict, score and network; typed, weighted edges. */
export function renderGraph(format: GraphFormat, graph: CoordinationGraph, model: Model, result: ScanResult): string {
  const byId = new Map(result.accounts.map((a) => [a.id, a]));
  const networkOf = new Map<string, string>();
  for (const network of result.networks) for (const id of network.members) networkOf.set(id, network.id);
  const nodes = graph.nodes.map((a) => {
    const account = byId.get(model.accounts[a]!.id)!;
    return { id: account.id, label: account.name, type: account.type, verdict: account.verdict, score: account.score, network: networkOf.get(account.id) ?? '' };
  });
  const edges = graph.edges.map((e) => ({ source: model.accounts[e.a]!.id, target: model.accounts[e.b]!.id, kind: e.kind, weight: e.weight }));

  if (format === '.csv') {
    const lines = ['source,target,kind,weight'];
    for (const e of edges) lines.push([e.source, e.target, e.kind, e.weight].map(csvField).join(','));
    return `${lines.join('\r\n')}\r\n`;
  }
  if (format === '.graphml') {
    const out = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
      '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
      '  <key id="verdict" for="node" attr.name="verdict" attr.type="string"/>',
      '  <key id="score" for="node" attr.name="score" attr.type="double"/>',
      '  <key id="network" for="node" attr.name="network" attr.type="string"/>',
      '  <key id="kind" for="edge" attr.name="kind" attr.type="string"/>',
      '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
      '  <graph id="coordination" edgedefault="undirected">',
    ];
    for (const v of nodes) {
      out.push(
        `    <node id="${xml(v.id)}"><data key="label">${xml(v.label)}</data><data key="type">${v.type}</data><data key="verdict">${v.verdict}</data>` +
          `<data key="score">${v.score}</data><data key="network">${v.network}</data></node>`,
      );
    }
    edges.forEach((e, i) => out.push(`    <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="kind">${e.kind}</data><data key="weight">${e.weight}</data></edge>`));
    out.push('  </graph>', '</graphml>');
    return `${out.join('\n')}\n`;
  }
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="0" title="type" type="string"/>',
    '      <attribute id="1" title="verdict" type="string"/>',
    '      <attribute id="2" title="score" type="double"/>',
    '      <attribute id="3" title="network" type="string"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="0" title="kind" type="string"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  for (const v of nodes) {
    out.push(
      `      <node id="${xml(v.id)}" label="${xml(v.label)}"><attvalues><attvalue for="0" value="${v.type}"/><attvalue for="1" value="${v.verdict}"/>` +
        `<attvalue for="2" value="${v.score}"/><attvalue for="3" value="${v.network}"/></attvalues></node>`,
    );
  }
  out.push('    </nodes>', '    <edges>');
  edges.forEach((e, i) =>
    out.push(`      <edge id="${i}" source="${xml(e.source)}" target="${xml(e.target)}" weight="${e.weight}"><attvalues><attvalue for="0" value="${e.kind}"/></attvalues></edge>`),
  );
  out.push('    </edges>', '  </graph>', '</gexf>');
  return `${out.join('\n')}\n`;
}
