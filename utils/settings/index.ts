/**
 * The core's tunable numbers, in one typed object: every threshold a stage uses, with a one-line reason beside
 * each value in its stage's file. Code reads thresholds from here, never as inline numbers; tests read the same
 * object. Word knowledge is not here: it is in utils/lexicon/.
 */
import { ANALYSIS } from './analysis';
import { BOILERPLATE } from './boilerplate';
import { BRIEF } from './brief';
import { CONTENT } from './content';

export const SETTINGS = {
  /** Choosing the article's container: measurement, scoring, the strict and lenient policies, fallbacks. */
  content: CONTENT,
  /** Dropping boilerplate blocks inside the chosen container. */
  boilerplate: BOILERPLATE,
  /** Structure and analysis of the brief: sections, lists, key points, commitments, flags. */
  brief: BRIEF,
  /** What the article says: sentences, key points, commitments and their details, flags. */
  analysis: ANALYSIS,
} as const;

export type Settings = typeof SETTINGS;
