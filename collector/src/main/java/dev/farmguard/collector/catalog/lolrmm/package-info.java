/**
 * Imports the LOLRMM catalog ({@code rmm_tools.json} of magicsword-io/LOLRMM, Apache-2.0) into remote-tool
 * signatures and merges them under the curated catalog, so users can refresh the catalog from LOLRMM.
 * Entry point: {@link dev.farmguard.collector.catalog.lolrmm.CatalogImport}.
 */
package dev.farmguard.collector.catalog.lolrmm;
