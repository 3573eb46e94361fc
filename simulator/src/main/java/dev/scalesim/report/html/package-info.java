/**
 * The run's {@code index.html}: one self-contained, offline page (inline CSS, no script, no
 * external font or style, a Content-Security-Policy that forbids fetching anything but the
 * report's own files) with the scenarios, a key-outcomes table, each scenario's solution ranking,
 * its charts and links to every CSV and manifest. It is built from the run's batch-summary rows
 * and from what is on disk in each scenario folder, so scenarios resumed from an earlier run are
 * covered like fresh ones. Every piece of user text is escaped ({@link
 * dev.scalesim.report.html.Html}).
 */
package dev.scalesim.report.html;
