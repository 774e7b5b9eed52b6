package io.newstension.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rank correlations for the validation tool, in plain Java (no Spark): Spearman's ρ with average ranks for ties, a
 * Fisher-z 95 % interval, the partial ρ with one variable held fixed, and a within-group ρ. Undefined values (a
 * constant variable, too few observations) are {@code NaN}, never an exception, so one degenerate signal does not
 * stop a report.
 */
public final class RankCorrelation {
    /** The 97.5 % quantile of the standard normal distribution. */
    static final double Z_975 = 1.959963984540054;

    private RankCorrelation() {}

    /** A correlation with its 95 % interval ({@code NaN} bounds when {@code n} is too small) and sample size. */
    public record Estimate(double rho, double low, double high, int n) {}

    /** Ranks 1..n, ties given the average of the ranks they span: {@code [10, 30, 20, 30]} → {@code [1, 3.5, 2, 3.5]}. */
    public static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double average = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = average;
            }
            i = j + 1;
        }
        return ranks;
    }

    /** Pearson's r; {@code NaN} when either variable is constant or there are fewer than 2 values. */
    public static double pearson(double[] x, double[] y) {
        requireSameLength(x, y);
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** Spearman's ρ: Pearson's r of the average ranks. */
    public static double spearman(double[] x, double[] y) {
        requireSameLength(x, y);
        return pearson(ranks(x), ranks(y));
    }

    /** Spearman's ρ with the Fisher-z 95 % interval (standard error 1/√(n−3)). */
    public static Estimate spearmanWithInterval(double[] x, double[] y) {
        double rho = spearman(x, y);
        return withInterval(rho, x.length, x.length - 3);
    }

    /**
     * The partial Spearman ρ of x and y with z held fixed: {@code (ρxy − ρxz·ρyz) / √((1 − ρxz²)(1 − ρyz²))} on the
     * rank correlations, with a Fisher-z interval on n − 4 (one variable held fixed). {@code NaN} when z ranks x or
     * y perfectly.
     */
    public static Estimate partialSpearman(double[] x, double[] y, double[] z) {
        requireSameLength(x, y);
        requireSameLength(x, z);
        double rho = partial(spearman(x, y), spearman(x, z), spearman(y, z));
        return withInterval(rho, x.length, x.length - 4);
    }

    /** The partial correlation of x and y given z, from the three pairwise correlations. */
    static double partial(double rxy, double rxz, double ryz) {
        double denominator = Math.sqrt((1 - rxz * rxz) * (1 - ryz * ryz));
        return denominator == 0 ? Double.NaN : (rxy - rxz * ryz) / denominator;
    }

    /**
     * The within-group ρ: x and y are ranked within each group (average ranks), each rank is centred on its group's
     * mean rank, and the result is Pearson's r of the pooled centred ranks. It says whether, inside a group (a dyad
     * across its periods), the periods where x is higher are those where y is higher, whatever the group's level and
     * scale: it equals a weighted mean of the per-group Spearman ρ, groups with more periods weighing more. Groups
     * with one observation carry no within-group information and are left out. The interval uses n − groups − 3 (one
     * degree of freedom per group goes to its mean); {@code n} of the result counts observations in groups of two or
     * more.
     */
    public static Estimate withinGroups(double[] x, double[] y, List<String> groups) {
        requireSameLength(x, y);
        if (groups.size() != x.length) {
            throw new IllegalArgumentException("groups: expected " + x.length + " labels, got " + groups.size());
        }
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            members.computeIfAbsent(groups.get(i), g -> new ArrayList<>()).add(i);
        }
        List<Double> cx = new ArrayList<>();
        List<Double> cy = new ArrayList<>();
        int used = 0;
        for (List<Integer> idx : members.values()) {
            if (idx.size() < 2) {
                continue;
            }
            used++;
            double[] gx = idx.stream().mapToDouble(i -> x[i]).toArray();
            double[] gy = idx.stream().mapToDouble(i -> y[i]).toArray();
            double[] rx = ranks(gx);
            double[] ry = ranks(gy);
            double mean = (idx.size() + 1) / 2.0;
            for (int k = 0; k < idx.size(); k++) {
                cx.add(rx[k] - mean);
                cy.add(ry[k] - mean);
            }
        }
        double rho = cx.isEmpty() ? Double.NaN : centredCorrelation(cx, cy);
        return withInterval(rho, cx.size(), cx.size() - used - 3);
    }

    /** r of two series that already have mean 0. */
    private static double centredCorrelation(List<Double> x, List<Double> y) {
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.size(); i++) {
            sxy += x.get(i) * y.get(i);
            sxx += x.get(i) * x.get(i);
            syy += y.get(i) * y.get(i);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** Fisher-z interval for {@code rho} with {@code dof} = 1/se²; NaN bounds when dof ≤ 0 or rho is undefined. */
    static Estimate withInterval(double rho, int n, int dof) {
        if (Double.isNaN(rho) || dof <= 0) {
            return new Estimate(rho, Double.NaN, Double.NaN, n);
        }
        if (Math.abs(rho) >= 1) {
            return new Estimate(rho, rho, rho, n);
        }
        double z = 0.5 * Math.log((1 + rho) / (1 - rho));
        double half = Z_975 / Math.sqrt(dof);
        return new Estimate(rho, Math.tanh(z - half), Math.tanh(z + half), n);
    }

    private static void requireSameLength(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("expected two series of one length, got " + x.length + " and " + y.length);
        }
    }
}
