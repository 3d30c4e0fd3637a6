/**
 * The dataset's versions and what each changed, figure by figure: what a newsroom needs to know when a
 * figure it already published has since been revised. Newest version last. The entries themselves are
 * filled in as the dataset changes; their shape is fixed here so that the pane, the Sources sheet, the
 * export and the check of inserted tables read one record.
 */
import type { Qualifier } from "./types";

export type FigureChangeKind = "added" | "revised" | "withdrawn";

export interface FigureChange {
  /** The figure's stable id (see Figure.id). */
  figureId: string;
  kind: FigureChangeKind;
  /** The value before the change (revised and withdrawn). */
  oldValue?: number | string;
  /** The value after the change (added and revised). */
  newValue?: number | string;
  /** Why, in a sentence a reader can check: what the source says, what was wrong. */
  why: string;
  /** The sources behind the change (Source ids); empty only for a withdrawal without replacement. */
  sourceIds: readonly string[];
  /**
   * Set where the hedge printed before the number changed ("more than 48 t" became "48 t"): a newsroom that
   * quoted the hedge needs to know as much as for a new value. `null` is no hedge.
   */
  qualifier?: { old: Qualifier | null; new: Qualifier | null };
}

/**
 * A correction to how a source is cited, its title or its date, as its stored page gives them. It changes no
 * figure's value, but the citation under every figure of that source reads differently.
 */
export interface SourceChange {
  /** The source's stable id (see Source.id). */
  sourceId: string;
  field: "title" | "date";
  /** The value before; absent where the record had none (no title). */
  oldValue?: string;
  newValue: string;
  /** What the stored page shows. */
  why: string;
}

export interface DatasetVersion {
  /** The version: the ISO date it was published (`YYYY-MM-DD`). */
  version: string;
  /** One line: what this version brings. */
  summary: string;
  changes: readonly FigureChange[];
  /** Corrections to source titles and dates in this version, if any. */
  sourceChanges?: readonly SourceChange[];
}
