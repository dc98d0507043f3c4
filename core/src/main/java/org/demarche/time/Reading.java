package org.demarche.time;

/** Whether a sentence reports a time expression as past or as still to come. */
public enum Reading {
  /** The sentence tells what happened ({@code said on Tuesday}). */
  PAST,
  /** The sentence tells what will happen ({@code will meet on Thursday}). */
  FUTURE,
  /** No tense cue near the expression; news reports the past, so callers treat it as past. */
  NONE
}
