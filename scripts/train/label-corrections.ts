/**
 * The label audit (issue 27), label-corrections.json: what was looked at, the verdict counts per real set, and
 * the annotated real faces whose label was found clearly wrong, or whose mask cannot be judged at all, each with
 * the reason. Training and validation read the corrected labels; a face marked unjudgeable is neither trained nor
 * validated on.
 *
 * Test photos are never corrected: a correction there would move the figures the project is judged by towards
 * the model's own answers. The loader refuses such an entry, and one that matches no annotated face.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Box } from '../../src/logic/geometry';
import type { MaskClassifierFigures } from '../../src/logic/measured-figures';
import { MASK_LABELS, type MaskLabel } from '../../src/logic/frame';
import { REPO_ROOT } from '../lib/paths';
import { REAL_SETS, loadRealScenes, realSceneSplit, type AnnotatedScene, type RealSet } from '../lib/real-scenes';

export const LABEL_CORRECTIONS_FILE = path.join(REPO_ROOT, 'scripts', 'train', 'label-corrections.json');

/** What the audit decided instead of the annotated label. */
export const UNJUDGEABLE = 'unjudgeable';
export type CorrectedLabel = MaskLabel | typeof UNJUDGEABLE;

export interface LabelCorrection {
  source: RealSet;
  /** The photo's file name in its set's scenes.json. */
  photo: string;
  /** The annotated box, exactly as in scenes.json: it identifies the face. */
  box: Box;
  /** The annotated label (checked against scenes.json). */
  from: MaskLabel;
  to: CorrectedLabel;
  reason: string;
}

/** Per real set: the errors looked at, and those left as annotated (annotation right: the model's error; or ambiguous). */
export interface AuditVerdicts {
  errors: number;
  annotationRight: number;
  ambiguous: number;
}

export interface LabelAudit {
  /** What was looked at, and how. */
  audited: string;
  verdicts: Record<RealSet, AuditVerdicts>;
  corrections: LabelCorrection[];
}

/** The key a face is looked up by: set, photo and annotated box. */
export const faceKey = (source: RealSet, photo: string, box: Box): string =>
  `${source}/${photo}#${box.x},${box.y},${box.w},${box.h}`;

/**
 * The corrections by face key, after checking each against the annotations: its photo is in the set and not on
 * the test split, its box is an annotated face with the `from` label, `to` differs, a reason is given, and no
 * face is corrected twice. Throws on the first entry that fails.
 */
export function checkCorrections(entries: readonly LabelCorrection[],
  scenes: Readonly<Record<RealSet, readonly AnnotatedScene[]>>): Map<string, LabelCorrection> {
  const byKey = new Map<string, LabelCorrection>();
  for (const entry of entries) {
    const where = `label correction ${JSON.stringify({ source: entry.source, photo: entry.photo, box: entry.box })}`;
    if (!(entry.source in REAL_SETS)) throw new Error(`${where}: unknown source`);
    if (realSceneSplit(entry.photo) === 'test') throw new Error(`${where}: the photo is on the test split, which is never corrected`);
    const scene = scenes[entry.source].find((s) => s.file === entry.photo);
    if (!scene) throw new Error(`${where}: no such photo`);
    const face = scene.faces.find((f) => f.x === entry.box.x && f.y === entry.box.y && f.w === entry.box.w && f.h === entry.box.h);
    if (!face) throw new Error(`${where}: no annotated face has this box`);
    if (face.label !== entry.from) throw new Error(`${where}: annotated ${face.label}, not ${entry.from}`);
    if (entry.to === entry.from || !(entry.to === UNJUDGEABLE || MASK_LABELS.includes(entry.to))) {
      throw new Error(`${where}: "to" must be another mask label or "${UNJUDGEABLE}"`);
    }
    if (entry.reason.trim() === '') throw new Error(`${where}: no reason`);
    const key = faceKey(entry.source, entry.photo, entry.box);
    if (byKey.has(key)) throw new Error(`${where}: corrected twice`);
    byKey.set(key, entry);
  }
  return byKey;
}

/** Throws unless each set's errors looked at are its corrections plus those left as annotated. */
export function checkVerdicts(audit: LabelAudit): void {
  for (const [set, v] of Object.entries(audit.verdicts) as [RealSet, AuditVerdicts][]) {
    const corrected = audit.corrections.filter((c) => c.source === set).length;
    if (v.errors !== v.annotationRight + v.ambiguous + corrected) {
      throw new Error(`label audit, ${set}: ${v.errors} errors looked at ≠ ${v.annotationRight} right + ${v.ambiguous} ambiguous + ${corrected} corrected`);
    }
  }
}

/** label-corrections.json as written. */
export async function readLabelAudit(): Promise<LabelAudit> {
  return JSON.parse(await readFile(LABEL_CORRECTIONS_FILE, 'utf8')) as LabelAudit;
}

/** The audit's corrections by face key, checked against both real sets' annotations. */
export async function loadLabelCorrections(): Promise<Map<string, LabelCorrection>> {
  const audit = await readLabelAudit();
  checkVerdicts(audit);
  return checkCorrections(audit.corrections, { real_scenes: await loadRealScenes(undefined, 'real_scenes'),
    real_scenes_more: await loadRealScenes(undefined, 'real_scenes_more') });
}

/** The label training and validation use for an annotated face: the audit's when it corrected it. */
export function correctedLabel(corrections: ReadonlyMap<string, LabelCorrection>, source: RealSet, photo: string,
  face: Box & { label: MaskLabel }): CorrectedLabel {
  return corrections.get(faceKey(source, photo, face))?.to ?? face.label;
}

/** The audit in the figures' shape: counts per real set, corrections grouped by kind. */
export function auditFigures(audit: LabelAudit): MaskClassifierFigures['labelAudit'] {
  return { audited: audit.audited, bySource: (Object.entries(audit.verdicts) as [RealSet, AuditVerdicts][]).map(([source, v]) => {
    const of = audit.corrections.filter((c) => c.source === source);
    const relabelled = new Map<string, { from: string; to: string; count: number }>();
    for (const c of of.filter((x) => x.to !== UNJUDGEABLE)) {
      const kind = relabelled.get(`${c.from}→${c.to}`) ?? { from: c.from, to: c.to, count: 0 };
      kind.count++;
      relabelled.set(`${c.from}→${c.to}`, kind);
    }
    return { source, ...v, unjudgeable: of.filter((c) => c.to === UNJUDGEABLE).length, relabelled: [...relabelled.values()] };
  }) };
}
