/**
 * Classification of raw facts at the collector, so a catalog update re-classifies stored data: the EDID
 * decoder, catalog matching of USB devices, EDIDs, remote-access traces, VPN clients and jigglers
 * ({@link dev.farmguard.collector.classify.SignatureClassifier}), and the tells that survive renaming
 * ({@link dev.farmguard.collector.classify.UsbTells}, {@link dev.farmguard.collector.classify.EdidTells}).
 * Every result carries its evidence (which observed field matched which pattern, and the signature's sources)
 * so detection rules can explain their findings.
 */
package dev.farmguard.collector.classify;
