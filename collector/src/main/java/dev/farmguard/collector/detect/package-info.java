/**
 * Detection: device rules (run on ingest over one device's recent history) and fleet rules (run
 * periodically over every device) turn stored facts into {@link dev.farmguard.collector.model.Finding}s;
 * {@link dev.farmguard.collector.detect.RiskScorer} combines them into a risk and a verdict.
 * Everything here is a function of the data and its event times, never of the wall clock, so replaying
 * the same snapshots gives the same verdicts.
 */
package dev.farmguard.collector.detect;
