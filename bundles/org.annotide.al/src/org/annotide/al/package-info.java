/**
 * Active learning: sampling strategies (extension point {@code org.annotide.al.strategies}), selection rounds on a
 * project recorded as {@code SelectionRound}s through EMF commands, episode checkpoints, and the oracle
 * simulation that measures label savings. For the command line, the workbench and third-party strategies.
 */
package org.annotide.al;
