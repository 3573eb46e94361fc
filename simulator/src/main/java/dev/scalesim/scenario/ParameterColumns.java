package dev.scalesim.scenario;

import dev.scalesim.kernel.Param;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.model.BusinessModel;
import dev.scalesim.model.Catalog;
import dev.scalesim.model.Challenge;
import dev.scalesim.model.Default;
import dev.scalesim.model.Segment;
import dev.scalesim.stats.Distribution;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks the model columns of one row: {@code segments}, {@code param} and
 * {@code segment.param} cells and the {@code challenges} switch, and resolves every parameter.
 * A value resolves in this order: a switched-off challenge's neutral value, the
 * {@code segment.param} cell, the {@code param} cell (every segment), the segment's default,
 * the model's default.
 */
final class ParameterColumns {
    /** The {@code <prefix>.<key>} columns whose prefix is no segment: the row's solutions. */
    interface Prefixes {
        /** Reads the cell when the prefix is one of the row's solutions; false when it is not. */
        boolean override(int column, String prefix, String key, String text);

        /** The solution ids a prefix may name, for the suggestion when it names none. */
        List<String> ids();
    }

    private final RowCells row;
    private final BusinessModel model;
    private final List<String> segments;
    private final Map<String, Distribution> values = new HashMap<>();
    /** The column of each value, for the problems of a challenge switched off. */
    private final Map<String, Integer> valueColumns = new HashMap<>();

    private ParameterColumns(RowCells row, BusinessModel model, List<String> segments) {
        this.row = row;
        this.model = model;
        this.segments = segments;
    }

    /** The {@code segments} column: the segments the row simulates (the model's defaults when blank). */
    static List<String> segments(RowCells row, BusinessModel model) {
        String text = row.cell(RunColumns.SEGMENTS);
        if (text.isEmpty()) {
            return model.defaultSegments();
        }
        List<String> known = model.segments().stream().map(Segment::id).toList();
        Set<String> chosen = new LinkedHashSet<>();
        for (String id : RowCells.ids(text)) {
            if (!known.contains(id)) {
                row.problem(RunColumns.SEGMENTS, "unknown segment '" + id + "' for model " + model.id()
                        + Suggest.didYouMean(id, known) + " (expected some of: " + String.join(", ", known) + ")");
            } else if (!chosen.add(id)) {
                row.problem(RunColumns.SEGMENTS, "segment '" + id + "' is listed twice");
            }
        }
        return chosen.isEmpty() ? model.defaultSegments() : List.copyOf(chosen);
    }

    /**
     * Why a cell for {@code segment} does nothing: the row's {@code segments} column leaves it out
     * ({@code active} are the segments the row simulates).
     */
    static String inactive(String segment, List<String> active) {
        return "segment '" + segment + "' is not active in this scenario (active: " + String.join(", ", active)
                + "; add it to the segments column)";
    }

    /**
     * Reads the row's model cells in column order, handing {@code <solution>.<key>} cells to
     * {@code solutions}, so the problems come in the order of the cells.
     *
     * @param segments the segments the row simulates
     */
    static ParameterColumns read(RowCells row, BusinessModel model, List<String> segments, Prefixes solutions) {
        ParameterColumns columns = new ParameterColumns(row, model, segments);
        for (int c = 0; c < row.columns(); c++) {
            if (row.modelCell(c)) {
                columns.read(c, solutions);
            }
        }
        return columns;
    }

    private void read(int c, Prefixes solutions) {
        String id = row.column(c);
        String text = row.cell(c);
        int dot = id.indexOf('.');
        if (dot < 0) {
            ParamDef def = model.param(id).orElse(null);
            if (def == null) {
                row.problem(c, "'" + id + "' is not a parameter of model " + model.id()
                        + Suggest.didYouMean(id, model.params().stream().map(ParamDef::id).toList())
                        + " (scalesim describe " + model.id() + ")");
            } else {
                value(c, def, id, text);
            }
            return;
        }
        String prefix = id.substring(0, dot);
        String key = id.substring(dot + 1);
        if (model.segment(prefix).isPresent()) {
            ParamDef def = model.param(key).filter(ParamDef::perSegment).orElse(null);
            if (!segments.contains(prefix)) {
                row.problem(c, inactive(prefix, segments));
            } else if (def == null) {
                row.problem(c, "'" + key + "' is not a per-segment parameter of model " + model.id()
                        + Suggest.didYouMean(key, model.params().stream().filter(ParamDef::perSegment)
                                .map(ParamDef::id).toList()));
            } else {
                value(c, def, id, text);
            }
        } else if (!solutions.override(c, prefix, key, text)) {
            List<String> prefixes = new ArrayList<>();
            model.segments().forEach(s -> prefixes.add(s.id()));
            prefixes.addAll(solutions.ids());
            row.problem(c, "unknown prefix '" + prefix + "' in column '" + id + "': expected a segment or "
                    + "a solution of model " + model.id() + Suggest.didYouMean(prefix, prefixes));
        }
    }

    /** A value for {@code key} ({@code param} or {@code segment.param}): a choice's name or an expression. */
    private void value(int column, ParamDef def, String key, String text) {
        Distribution d = def.choices().isEmpty() ? number(column, def, text) : choice(row, column, def, text);
        if (d != null) {
            values.put(key, d);
            valueColumns.put(key, column);
        }
    }

    /** A number or distribution inside the parameter's range, or null when it is not one (reported). */
    private Distribution number(int column, ParamDef def, String text) {
        Distribution d = parse(row, column, text);
        if (d == null) {
            return null;
        }
        String range = def.rangeProblem(d);
        if (range != null) {
            row.problem(column, range + " (" + def.unit().label() + ")");
            return null;
        }
        return d;
    }

    /**
     * A choice: one of its names, or its index written as a whole number ({@code 1} for the
     * second), or null (reported). A fraction, an index out of range, a range or a distribution
     * is refused: the mechanism would silently round it to some choice.
     */
    private static Distribution choice(RowCells row, int column, ParamDef def, String text) {
        String s = text.strip();
        int named = def.choice(s);
        if (named >= 0) {
            return Distribution.constant(named);
        }
        String why = def.id() + " must be one of " + def.range() + ", got '" + Limit.quote(s) + "'";
        if (Values.isNumber(s)) {
            try {
                Distribution index = Distribution.constant(Values.number(s));
                if (def.rangeProblem(index) == null) {
                    return Distribution.constant((int) index.mean()); // -0 is 0
                }
            } catch (IllegalArgumentException e) {
                // not finite: no index either, reported below
            }
            row.problem(column, why + " (a number picks a choice by its index, a whole number in [0, "
                    + (def.choices().size() - 1) + "])");
        } else if (isDistribution(s)) {
            row.problem(column, why + " (a choice is one name: it cannot be a range or a distribution)");
        } else {
            row.problem(column, why + Suggest.didYouMean(s, def.choices()));
        }
        return null;
    }

    private static boolean isDistribution(String text) {
        try {
            return !Expressions.parse(text).isConstant();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The cell as an expression, or null when it is not one (reported). */
    static Distribution parse(RowCells row, int column, String text) {
        try {
            return Expressions.parse(text);
        } catch (IllegalArgumentException e) {
            row.problem(column, row.column(column) + ": " + e.getMessage());
            return null;
        }
    }

    /**
     * The model id is wrong: still check what does not depend on the model (each value's syntax,
     * and its range where every model with that parameter rejects it), so one pass shows them.
     * A choice's name is no number: a cell of a choice parameter is checked as a choice.
     */
    static void withoutModel(RowCells row) {
        for (int c = 0; c < row.columns(); c++) {
            if (!row.modelCell(c)) {
                continue;
            }
            String id = row.column(c);
            String text = row.cell(c);
            String key = id.substring(id.indexOf('.') + 1);
            List<ParamDef> defs = parameterColumn(id)
                    ? Catalog.models().stream().flatMap(m -> m.param(key).stream()).toList() : List.of();
            if (defs.stream().anyMatch(def -> def.choice(text) >= 0)) {
                continue; // a choice's name (billing = annual): no number to check
            }
            if (!defs.isEmpty() && defs.stream().allMatch(def -> def.choices().equals(defs.get(0).choices())
                    && !def.choices().isEmpty())) {
                choice(row, c, defs.get(0), text); // the same choices in every model: checked as with one
                continue;
            }
            Distribution d = parse(row, c, text);
            if (d != null && !defs.isEmpty() && defs.stream().allMatch(def -> def.rangeProblem(d) != null)) {
                row.problem(c, defs.get(0).rangeProblem(d) + " (" + defs.get(0).unit().label() + ")");
            }
        }
    }

    /**
     * True when a column may set a parameter in some model: {@code param}, or a prefix that is a
     * segment of some model and a solution of none. A {@code <solution>.<param>} cell is the
     * effect's size (a scale factor of 1.5 on monthly_churn is fine), not the parameter's value.
     */
    private static boolean parameterColumn(String id) {
        int dot = id.indexOf('.');
        if (dot < 0) {
            return true;
        }
        String prefix = id.substring(0, dot);
        return Catalog.models().stream().anyMatch(m -> m.segment(prefix).isPresent())
                && Catalog.models().stream().noneMatch(m -> m.solution(prefix).isPresent());
    }

    /** True when the row sets {@code id} (a parameter, or {@code segment.param}). */
    boolean sets(String id) {
        return values.containsKey(id);
    }

    /**
     * The {@code challenges} column: the challenges switched off. A cell that sets a parameter
     * of one is an error, since the challenge's neutral value would silently win.
     */
    List<String> challengesOff() {
        List<String> all = model.challenges().stream().map(Challenge::id).toList();
        Set<String> on = row.selection(RunColumns.CHALLENGES, all, "challenge", model);
        List<String> off = all.stream().filter(c -> !on.contains(c)).toList();
        for (String id : off) {
            Challenge ch = model.challenge(id).orElseThrow();
            for (String p : ch.neutral().keySet()) {
                for (Map.Entry<String, Integer> e : valueColumns.entrySet()) {
                    String key = e.getKey();
                    if (key.equals(p) || key.endsWith("." + p)) {
                        row.problem(e.getValue(), key + " belongs to challenge " + id + ", which the challenges "
                                + "column switches off; leave the cell blank or keep the challenge on");
                    }
                }
            }
        }
        return off;
    }

    /** Every parameter of the model (per-segment ones once per active segment), each with its origin. */
    List<Param> params(List<String> off) {
        Map<String, String> neutralBy = new HashMap<>();
        Map<String, Double> neutral = new HashMap<>();
        for (String id : off) {
            model.challenge(id).orElseThrow().neutral().forEach((p, v) -> {
                neutral.put(p, v);
                neutralBy.put(p, id);
            });
        }
        List<Param> params = new ArrayList<>();
        for (ParamDef def : model.params()) {
            List<String> owners = def.perSegment() ? segments : Collections.singletonList(null);
            for (String segment : owners) {
                String id = segment == null ? def.id() : segment + "." + def.id();
                Distribution value;
                String origin;
                if (neutral.containsKey(def.id())) {
                    value = Distribution.constant(neutral.get(def.id()));
                    origin = "challenge " + neutralBy.get(def.id()) + " switched off";
                } else if (values.containsKey(id)) {
                    value = values.get(id);
                    origin = "scenario column " + id;
                } else if (values.containsKey(def.id())) {
                    value = values.get(def.id());
                    origin = "scenario column " + def.id();
                } else {
                    Default d = model.defaultFor(segment, def.id());
                    value = d.value();
                    origin = "default: " + d.source();
                }
                params.add(new Param(id, def, segment, value, origin));
            }
        }
        return params;
    }
}
