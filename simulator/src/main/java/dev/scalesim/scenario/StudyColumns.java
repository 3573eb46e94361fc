package dev.scalesim.scenario;

import dev.scalesim.kernel.Analysis;
import dev.scalesim.kernel.CoreMetrics;
import dev.scalesim.kernel.Correlation;
import dev.scalesim.kernel.Mechanism;
import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Milestone;
import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.Param;
import dev.scalesim.kernel.Sampling;
import dev.scalesim.model.BusinessModel;
import dev.scalesim.stats.CorrelationMatrix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks the decision-analytics columns of one row: {@code sampling},
 * {@code correlations}, {@code milestones}, {@code sensitivity}, {@code precision} and the
 * plan-search settings. Every problem names the cell; parsing continues so a row reports all.
 */
final class StudyColumns {
    /** The row being compiled, as this class sees it. */
    interface Row {
        String cell(String column);

        void problem(String column, String message);
    }

    /** Trials captured for sensitivity when the column is blank or {@code on}. */
    static final int DEFAULT_CAPTURE = 10_000;
    static final int MIN_CAPTURE = 100;
    // No lazy group before a trailing \s*: it backtracks quadratically on a long cell; values are stripped instead.
    private static final Pattern PAIR = Pattern.compile("\\s*([A-Za-z0-9_.\\-]+)\\s*~\\s*([A-Za-z0-9_.\\-]+)\\s*=\\s*(.+)");
    private static final Pattern RULE = Pattern.compile("\\s*([A-Za-z0-9_]+)\\s*(>=|<=|>|<)\\s*(.+)");
    private static final Pattern PRECISION = Pattern.compile("\\s*(?:([A-Za-z0-9_-]+)\\s*:)?\\s*(.+)");
    private static final List<String> OUTCOME_IDS = Outcomes.ALL.stream().map(Metric::id).toList();

    private final Row row;
    private final BusinessModel model;

    StudyColumns(Row row, BusinessModel model) {
        this.row = row;
        this.model = model;
    }

    Sampling sampling() {
        String text = row.cell(RunColumns.SAMPLING).strip();
        if (text.isEmpty()) {
            return Sampling.MC;
        }
        for (Sampling s : Sampling.values()) {
            if (s.id().equalsIgnoreCase(text)) {
                return s;
            }
        }
        row.problem(RunColumns.SAMPLING, "sampling must be mc (plain Monte Carlo) or lhs (Latin hypercube), got '"
                + text + "'");
        return Sampling.MC;
    }

    /** Trials captured for sensitivity analysis: 0 when {@code off}. */
    int capture() {
        String text = row.cell(RunColumns.SENSITIVITY).strip();
        if (text.isEmpty() || text.equalsIgnoreCase("on")) {
            return DEFAULT_CAPTURE;
        }
        if (text.equalsIgnoreCase("off")) {
            return 0;
        }
        try {
            return (int) Values.whole(RunColumns.SENSITIVITY, text, MIN_CAPTURE, Analysis.MAX_CAPTURE);
        } catch (IllegalArgumentException e) {
            row.problem(RunColumns.SENSITIVITY, "sensitivity must be on, off or the trials to analyse (a whole number"
                    + " in [" + MIN_CAPTURE + ", " + Analysis.MAX_CAPTURE + "]), got '" + text + "'");
            return 0;
        }
    }

    /**
     * {@code a~b=rho; c~d=rho}: rank correlations between uncertain inputs of the resolved
     * parameters; an unqualified per-segment id means its one segment.
     */
    List<Correlation> correlations(List<Param> params) {
        String text = row.cell(RunColumns.CORRELATIONS).strip();
        List<Correlation> out = new ArrayList<>();
        if (text.isEmpty() || text.equalsIgnoreCase("none")) {
            return out;
        }
        Map<String, Param> byId = new LinkedHashMap<>();
        params.forEach(p -> byId.put(p.id(), p));
        List<String> uncertain = params.stream().filter(p -> !p.value().isConstant()).map(Param::id).toList();
        for (String entry : text.split("[;|]")) {
            if (entry.isBlank()) {
                continue;
            }
            Matcher m = PAIR.matcher(entry);
            if (!m.matches()) {
                row.problem(RunColumns.CORRELATIONS, "expected correlations as param~param=rho; other~param=rho, got '"
                        + entry.strip() + "' (e.g. cac~monthly_churn=0.5)");
                continue;
            }
            String a = resolve(m.group(1), byId, uncertain);
            String b = resolve(m.group(2), byId, uncertain);
            double rho;
            try {
                rho = Values.number(m.group(3));
            } catch (IllegalArgumentException e) {
                row.problem(RunColumns.CORRELATIONS, "correlation " + entry.strip() + ": " + e.getMessage());
                continue;
            }
            if (!(rho >= -1 && rho <= 1)) {
                row.problem(RunColumns.CORRELATIONS, "correlation " + entry.strip()
                        + ": a rank correlation must be in [-1, 1], got " + m.group(3).strip());
                continue;
            }
            if (a == null || b == null) {
                continue;
            }
            if (a.equals(b)) {
                row.problem(RunColumns.CORRELATIONS, "correlation " + entry.strip() + " pairs " + a + " with itself");
                continue;
            }
            boolean duplicate = out.stream().anyMatch(c -> c.a().equals(a) && c.b().equals(b)
                    || c.a().equals(b) && c.b().equals(a));
            if (duplicate) {
                row.problem(RunColumns.CORRELATIONS, "the correlation of " + a + " and " + b + " is given twice");
                continue;
            }
            out.add(new Correlation(a, b, rho));
        }
        if (!out.isEmpty() && !possible(out)) {
            row.problem(RunColumns.CORRELATIONS, "these correlations cannot hold together (their matrix is not positive "
                    + "semi-definite): " + String.join("; ", out.stream().map(Correlation::describe).toList())
                    + "; weaken one of them");
        }
        return out;
    }

    /** A parameter id of the row, or null (reported) when unknown, ambiguous or constant. */
    private String resolve(String id, Map<String, Param> byId, List<String> uncertain) {
        Param p = byId.get(id);
        if (p == null) {
            List<String> qualified = byId.keySet().stream().filter(k -> k.endsWith("." + id)).toList();
            if (qualified.size() == 1) {
                p = byId.get(qualified.get(0));
            } else if (qualified.size() > 1) {
                row.problem(RunColumns.CORRELATIONS, "'" + id + "' is set per segment: name one of "
                        + String.join(", ", qualified));
                return null;
            }
        }
        if (p == null) {
            Set<String> names = new LinkedHashSet<>();
            for (String known : uncertain.isEmpty() ? byId.keySet() : uncertain) {
                names.add(known);
                names.add(known.substring(known.indexOf('.') + 1));  // what a cell usually says: price, not smb.price
            }
            row.problem(RunColumns.CORRELATIONS, "'" + id + "' is not a parameter of model " + model.id()
                    + Suggest.didYouMean(id, names)
                    + (uncertain.isEmpty() ? "" : " (uncertain inputs of this row: " + String.join(", ", uncertain) + ")"));
            return null;
        }
        if (p.value().isConstant()) {
            row.problem(RunColumns.CORRELATIONS, p.id() + " is a constant (" + p.value().expression()
                    + ") in this row: only uncertain inputs (a range or distribution) can be correlated"
                    + (uncertain.isEmpty() ? "" : " (uncertain inputs of this row: " + String.join(", ", uncertain) + ")"));
            return null;
        }
        return p.id();
    }

    /** Whether a Gaussian copula can have these rank correlations. */
    static boolean possible(List<Correlation> cs) {
        List<String> ids = new ArrayList<>();
        for (Correlation c : cs) {
            if (!ids.contains(c.a())) {
                ids.add(c.a());
            }
            if (!ids.contains(c.b())) {
                ids.add(c.b());
            }
        }
        double[][] m = new double[ids.size()][ids.size()];
        for (int i = 0; i < m.length; i++) {
            m[i][i] = 1;
        }
        for (Correlation c : cs) {
            int i = ids.indexOf(c.a());
            int j = ids.indexOf(c.b());
            m[i][j] = c.rho();
            m[j][i] = c.rho();
        }
        return CorrelationMatrix.cholesky(CorrelationMatrix.pearsonForSpearman(m)) != null;
    }

    /**
     * {@code arr>=10M; breakeven; cac_payback<=12}: a monthly metric, a comparison and a number;
     * {@code arr} is 12 x MRR; {@code breakeven} is a month with EBITDA > 0.
     */
    List<Milestone> milestones() {
        String text = row.cell(RunColumns.MILESTONES).strip();
        List<Milestone> out = new ArrayList<>();
        if (text.isEmpty() || text.equalsIgnoreCase("none")) {
            return out;
        }
        List<String> metrics = monthlyIds(model);
        List<String> names = new ArrayList<>(metrics);
        names.add("arr");
        names.add("breakeven");
        for (String entry : text.split("[;|]")) {
            if (entry.isBlank()) {
                continue;
            }
            String e = entry.strip();
            if (e.equalsIgnoreCase("breakeven")) {
                add(out, new Milestone("breakeven", "ebitda", Milestone.Op.ABOVE, 0));
                continue;
            }
            Matcher m = RULE.matcher(e);
            if (!m.matches()) {
                row.problem(RunColumns.MILESTONES, "expected milestones as metric>=value (or >, <=, <) or breakeven, "
                        + "separated by ';', got '" + e + "' (e.g. arr>=10M; breakeven; cac_payback<=12)");
                continue;
            }
            String metric = m.group(1).toLowerCase(Locale.ROOT);
            boolean arr = metric.equals("arr");
            if (!arr && !metrics.contains(metric)) {
                row.problem(RunColumns.MILESTONES, "milestone '" + e + "': '" + m.group(1)
                        + "' is not a monthly metric of model " + model.id() + Suggest.didYouMean(metric, names)
                        + " (arr, breakeven or a metric of monthly.csv)");
                continue;
            }
            double value;
            try {
                value = Values.number(m.group(3));
            } catch (IllegalArgumentException ex) {
                row.problem(RunColumns.MILESTONES, "milestone '" + e + "': " + ex.getMessage());
                continue;
            }
            Milestone.Op op = switch (m.group(2)) {
                case ">=" -> Milestone.Op.AT_LEAST;
                case ">" -> Milestone.Op.ABOVE;
                case "<=" -> Milestone.Op.AT_MOST;
                default -> Milestone.Op.BELOW;
            };
            String label = metric + m.group(2) + m.group(3).strip();
            add(out, new Milestone(label, arr ? "mrr" : metric, op, arr ? value / 12 : value));
        }
        return out;
    }

    private void add(List<Milestone> out, Milestone m) {
        if (out.stream().anyMatch(x -> x.label().equals(m.label()))) {
            row.problem(RunColumns.MILESTONES, "milestone '" + m.label() + "' is listed twice");
        } else {
            out.add(m);
        }
    }

    /** The monthly metric ids a model reports, core first. */
    static List<String> monthlyIds(BusinessModel model) {
        List<String> ids = new ArrayList<>(CoreMetrics.ALL.stream().map(Metric::id).toList());
        for (Mechanism mech : model.mechanisms()) {
            for (Metric m : mech.metrics()) {
                if (!ids.contains(m.id())) {
                    ids.add(m.id());
                }
            }
        }
        return ids;
    }

    /** The {@code precision} cell, or null when blank. */
    Studies.Precision precision() {
        String text = row.cell(RunColumns.PRECISION).strip();
        if (text.isEmpty() || text.equalsIgnoreCase("none") || text.equalsIgnoreCase("off")) {
            return null;
        }
        try {
            return precision(text);
        } catch (IllegalArgumentException e) {
            row.problem(RunColumns.PRECISION, "precision: " + e.getMessage());
            return null;
        }
    }

    /**
     * {@code [outcome:]target}: {@code 1%} (of the baseline's mean) or an absolute {@code 50k}
     * half-width of the 95% interval; the outcome defaults to {@code arr_end}.
     */
    static Studies.Precision precision(String text) {
        Matcher m = PRECISION.matcher(text);
        String expected = "expected precision as [outcome:]target, e.g. 1% (of the baseline's mean) or arr_end:50k "
                + "(half-width of the 95% interval)";
        if (!m.matches()) {
            throw new IllegalArgumentException(expected + ", got '" + text.strip() + "'");
        }
        String outcome = m.group(1) == null ? "arr_end" : m.group(1).toLowerCase(Locale.ROOT);
        int index = OUTCOME_IDS.indexOf(outcome);
        if (index < 0) {
            throw new IllegalArgumentException("unknown outcome '" + m.group(1) + "'"
                    + Suggest.didYouMean(outcome, OUTCOME_IDS) + " (expected one of " + String.join(", ", OUTCOME_IDS) + ")");
        }
        String target = m.group(2).strip();
        double value;
        try {
            value = Values.number(target);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(expected + ", got '" + text.strip() + "'");
        }
        boolean relative = target.endsWith("%");
        if (!(value > 0) || relative && value >= 1) {
            throw new IllegalArgumentException("the target must be > 0" + (relative ? " and < 100%" : "")
                    + ", got '" + target + "'");
        }
        return new Studies.Precision(index, value, relative, outcome + ":" + target);
    }

    /** {@code p_cash_out<=10%}, {@code cash_min>=0}: a limit on an outcome's mean. */
    Studies.Risk risk() {
        String text = row.cell(RunColumns.PLAN_RISK).strip();
        if (text.isEmpty() || text.equalsIgnoreCase("none")) {
            return null;
        }
        Matcher m = RULE.matcher(text);
        if (!m.matches() || m.group(2).length() != 2) {
            row.problem(RunColumns.PLAN_RISK, "expected a risk limit as outcome<=value or outcome>=value, got '" + text
                    + "' (e.g. p_cash_out<=10%)");
            return null;
        }
        String outcome = m.group(1).toLowerCase(Locale.ROOT);
        int index = OUTCOME_IDS.indexOf(outcome);
        if (index < 0) {
            row.problem(RunColumns.PLAN_RISK, "unknown outcome '" + m.group(1) + "'" + Suggest.didYouMean(outcome, OUTCOME_IDS)
                    + " (expected one of " + String.join(", ", OUTCOME_IDS) + ")");
            return null;
        }
        try {
            return new Studies.Risk(index, m.group(2).equals("<="), Values.number(m.group(3)));
        } catch (IllegalArgumentException e) {
            row.problem(RunColumns.PLAN_RISK, "risk limit '" + text + "': " + e.getMessage());
            return null;
        }
    }

    /** The {@code plan_budget} cell: infinity when blank. */
    double budget() {
        String text = row.cell(RunColumns.PLAN_BUDGET).strip();
        if (text.isEmpty() || text.equalsIgnoreCase("none") || text.equalsIgnoreCase("unlimited")) {
            return Double.POSITIVE_INFINITY;
        }
        try {
            double v = Values.number(text);
            if (v > 0) {
                return v;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        row.problem(RunColumns.PLAN_BUDGET, "plan_budget must be a cost > 0 (total expected solution cost over the "
                + "horizon, e.g. 500k) or blank, got '" + text + "'");
        return Double.POSITIVE_INFINITY;
    }

    Studies.Downside downside() {
        String text = row.cell(RunColumns.PLAN_DOWNSIDE).strip();
        if (text.isEmpty()) {
            return Studies.Downside.P5_ARR;
        }
        for (Studies.Downside d : Studies.Downside.values()) {
            if (d.id().equalsIgnoreCase(text)) {
                return d;
            }
        }
        row.problem(RunColumns.PLAN_DOWNSIDE, "plan_downside must be p5 (5th percentile of ARR) or p_cash_out, got '"
                + text + "'");
        return Studies.Downside.P5_ARR;
    }
}
