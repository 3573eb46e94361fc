/**
 * The business-model catalogue, as data: each model is an ordered list of kernel mechanisms,
 * default parameter values with their public sources, customer segments, challenges (stochastic
 * mechanisms a scenario can switch off) and scaling solutions (effects on parameters).
 * Adding a model is one new class and one line in {@link dev.scalesim.model.Catalog}.
 */
package dev.scalesim.model;
