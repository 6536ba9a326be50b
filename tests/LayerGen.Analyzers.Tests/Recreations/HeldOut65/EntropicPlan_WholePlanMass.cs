// Idiom: entropic plan between point clouds built in one 2D array: row-shifted Gibbs kernel exp(-(d_ij - d_i,min) / eps)
// per source point, then "normalise the plan to total mass one" with a running total over every cell.
// Use: soft correspondence between two point clouds. Layout: Point[] arrays of records, double[n, m] plan.
// Our own code. Bug LG0002: each row has its own shift but the normaliser sums every row of the plan, so a row's
// weights sum to about 1/n (and the row-wise shifts make the joint normalisation meaningless too).
using System;

namespace HeldOut65.EntropicPlan_WholePlanMass;

public sealed record Point(double X, double Y);

public static class GibbsPlan
{
    public static double[,] Plan(Point[] source, Point[] target, double eps)
    {
        var plan = new double[source.Length, target.Length];
        double mass = 0.0;
        for (int i = 0; i < source.Length; i++)
        {
            double nearest = double.PositiveInfinity;
            for (int j = 0; j < target.Length; j++)
            {
                double dx = source[i].X - target[j].X, dy = source[i].Y - target[j].Y;
                plan[i, j] = dx * dx + dy * dy;
                nearest = Math.Min(nearest, plan[i, j]);
            }

            for (int j = 0; j < target.Length; j++)
            {
                plan[i, j] = Math.Exp(-(plan[i, j] - nearest) / eps);
                mass += plan[i, j]; //~ LG0002
            }
        }

        for (int i = 0; i < source.Length; i++)
        {
            for (int j = 0; j < target.Length; j++)
            {
                plan[i, j] /= mass;
            }
        }

        return plan;
    }
}
