import type { FileReport, IngestWarning, Rejection } from './ingest/types.js';
import type { AnalysisOptions } from './options.js';
import type { GroupTiming } from './score/group-timing.js';
import type { Network } from './score/networks.js';
import type { TopNResult } from './score/top-n.js';
import type { Verdict, VerdictBasis } from './score/verdict.js';
import type { SignalId } from './signals/types.js';

/**
 * The JSON contract. Fields may be added; renaming or removing one bumps the version.
 * 2: the result carries what the report needs (posts, flagged accounts' comments, network activity),
 * so `brigade report` renders every format from the file alone.
 */
export const SCHEMA_VERSION = 2;

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
  /** Connected groups of the coordination graph (co-commenting, copy-paste, shared slogans, engagement among them). */
  networks: NetworkOut[];
  /** Every post, in topN.posts order: what names it and when its comments came. */
  posts: PostOut[];
  /** Comments of the accounts judged inauthentic or suspicious, as the report shows them. */
  accountComments: AccountComments[];
}

export interface NetworkOut extends Omit<Network, 'members'> {
  /** Account ids, sorted. */
  members: string[];
  /** Its members' first and last comment, in the analysis zone (null when they wrote none). */
  activity: { first: LocalTime; last: LocalTime } | null;
}

/** A moment as UTC and as the wall-clock time in the analysis zone ("2021-02-02 10:58"). */
export interface LocalTime {
  utc: string;
  local: string;
}

export interface PostOut {
  id: string;
  /** The post's link where its id is one (http/https only); null otherwise. */
  url: string | null;
  comments: number;
  /** The first and last comment in the export: the publication time is not in the exports read. */
  firstComment: LocalTime | null;
  lastComment: LocalTime | null;
}

export interface AccountComments {
  account: string;
  /** All the account's comments; the first few by time are listed. */
  total: number;
  comments: { id: string; post: string; time: LocalTime; text: string; truncated: boolean }[];
}
