package org.normative.bench;

import java.util.List;

/**
 * The growth exponent of a cost against a size: the least-squares slope of log(cost) over log(size). 1 is linear,
 * 2 quadratic; a slope a little above 1 on three sizes is what JIT warm-up and GC alone produce.
 */
public final class Slope {

    private Slope() {
    }

    public static double logLog(List<Double> sizes, List<Double> costs) {
        if (sizes.size() != costs.size() || sizes.size() < 2) {
            throw new IllegalArgumentException("need two or more (size, cost) pairs, got " + sizes.size() + " and " + costs.size());
        }
        int n = sizes.size();
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += Math.log(positive(sizes.get(i))) / n;
            meanY += Math.log(positive(costs.get(i))) / n;
        }
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            double dx = Math.log(sizes.get(i)) - meanX;
            covariance += dx * (Math.log(costs.get(i)) - meanY);
            variance += dx * dx;
        }
        if (variance == 0) {
            throw new IllegalArgumentException("the sizes are all the same: " + sizes);
        }
        return covariance / variance;
    }

    private static double positive(double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException("sizes and costs must be positive: " + value);
        }
        return value;
    }
}
