import type { FileReport, IngestWarning, Rejection } from './ingest/types.js';
import type { AnalysisOptions } from './options.js';
import type { GroupTiming } from './score/group-timing.js';
import type { Network } from './score/networks.js';
import type { TopNResult } from './score/top-n.js';
import type { Verdict, VerdictBasis } from './score/verdict.js';
import type { SignalId } from './signals/types.js';

/** The JSON contract (schemaVersion 1). Fields may be added; renaming or removing one bumps the version. */
export const SCHEMA_VERSION = 1;

export interface EvidenceOut {
  signal: SignalId;
  code: string;
  strength: number;
  [arg: string]: number | string;
}

export interface AccountOut {
  id: string;
  name: string;
  type: 'page' | 'profile' | 'unknown';
  typeSource: 'explicit' | 'inferred' | 'unknown';
  category: string;
  url: string;
  comments: number;
  reactionsGiven: number;
  score: number;
  verdict: Verdict;
  basis: VerdictBasis;
  evidence: EvidenceOut[];
}

export interface ScanResult {
  schemaVersion: number;
  meta: {
    tool: 'brigade';
    version: string;
    inputs: FileReport[];
    options: AnalysisOptions;
    signals: { id: SignalId; available: boolean; unavailableReason: string | null }[];
    rounds: number;
    converged: boolean;
  };
  rows: { read: number; used: number; rejected: number; skipped: number; duplicates: number };
  rejectedRows: Rejection[];
  warnings: IngestWarning[];
  summary: { accounts: number; inauthentic: number; suspicious: number; authentic: number; comments: number; posts: number };
  accounts: AccountOut[];
  topN: TopNResult;
  groupTiming: GroupTiming;
  /** Connected groups of the coordination graph (co-commenting, copy-paste, engagement among them). */
  networks: NetworkOut[];
}

export interface NetworkOut extends Omit<Network, 'members'> {
  /** Account ids, sorted. */
  members: string[];
}
