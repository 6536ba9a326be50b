// Idiom: entropic OT between two point clouds, one-sided (semi-relaxed) plan: each source point spreads its mass over
// the target points with weights softmax_j(-|x_i - y_j|^2 / eps), then the barycentric map sends x_i to the weighted mean
// of the targets. Use: soft correspondence / point-cloud registration. Layout: records Point(X, Y), IReadOnlyList,
// LINQ per source point (Select / Min / Sum), jagged double[n][m] plan. Inspired by the "softmin over a row of the cost"
// of log-domain Sinkhorn code (the MATLAB softmin found in the code search). Our own code. Correct: nearest target
// per source point (min squared distance of that row), sum per row.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut65.EntropicPlan_PointCloudRows;

public readonly record struct Point(double X, double Y);

public static class SoftCorrespondence
{
    private static double Sq(Point a, Point b) => (a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y);

    public static double[][] Plan(IReadOnlyList<Point> source, IReadOnlyList<Point> target, double eps)
    {
        var plan = new double[source.Count][];
        for (int i = 0; i < source.Count; i++)
        {
            Point x = source[i];
            double[] d = target.Select(y => Sq(x, y)).ToArray();
            double nearest = d.Min();
            double[] w = d.Select(v => Math.Exp(-(v - nearest) / eps)).ToArray();
            double z = w.Sum();
            plan[i] = w.Select(v => v / z).ToArray();
        }

        return plan;
    }

    public static Point[] BarycentricMap(double[][] plan, IReadOnlyList<Point> target) =>
        plan.Select(row => new Point(
            row.Select((p, j) => p * target[j].X).Sum(),
            row.Select((p, j) => p * target[j].Y).Sum())).ToArray();
}
