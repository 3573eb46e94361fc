/**
 * Scenario files: CSV reading (FastCSV), number and distribution expressions, and
 * validation of every cell against the business-model catalogue. A valid row compiles to an
 * immutable {@link dev.scalesim.scenario.Scenario}; an invalid file yields every problem at
 * once, each with file, line, column, what was expected and the nearest valid id.
 */
package dev.scalesim.scenario;
