/**
 * The collector's own immutable view of what agents report. Only {@code dev.farmguard.collector.wire}
 * translates wire messages into these records; storage, detection, API and reports use nothing else.
 * Records mirror {@code farmguard.v1} closely so nothing an agent reports is lost in translation.
 */
package dev.farmguard.collector.model;
