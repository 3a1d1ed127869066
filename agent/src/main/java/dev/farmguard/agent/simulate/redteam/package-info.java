/**
 * The red-team evaluation fleet ({@code farmguard-agent simulate --set redteam}): farms from public reporting and
 * benign look-alikes, written without reading the detection rules. Each check-in is built from the agent's own
 * probe records and mapped by the agent's {@code SnapshotMapper}; output layout as the simulator's. Scenarios,
 * sources and reasons: docs/redteam.md.
 */
package dev.farmguard.agent.simulate.redteam;
