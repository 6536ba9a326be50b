// gaps24: correct twins of SinkhornScaling_RawKernel: the row's smallest cost subtracted inside the kernel
// (exp(-(C_ij - min_j C_ij) / eps), exp((min - C_ij) / eps)): the largest K_ij of a row is 1, and the scaling u
// absorbs the factor, so the plan is unchanged. A look-alike divides data by a sum of exps it never multiplies by an
// exp (a rate). Correct: silent.
using System;

namespace Recreations.SinkhornScalingShiftedKernel;

public static class SinkhornScaling
{
    // ---- correct twins: the row's smallest cost subtracted (the largest exponent is 0)
    public static void JaggedScalingShifted(float[][] cost, float[] v, float[] a, float eps, float[][] plan)
    {
        int n = cost.Length, m = v.Length;
        var k = new float[n][];
        for (int i = 0; i < n; i++)
        {
            float lo = float.PositiveInfinity;
            for (int j = 0; j < m; j++) lo = MathF.Min(lo, cost[i][j]);
            k[i] = new float[m];
            for (int j = 0; j < m; j++) k[i][j] = MathF.Exp(-(cost[i][j] - lo) / eps);
        }

        for (int i = 0; i < n; i++)
        {
            float kv = 0f;
            for (int j = 0; j < m; j++) kv += k[i][j] * v[j];
            float u = a[i] / kv;
            for (int j = 0; j < m; j++) plan[i][j] = u * k[i][j] * v[j];
        }
    }

    public static void FlatScalingShifted(double[] cost, int m, double[] v, double[] a, double eps, double[] plan)
    {
        int n = cost.Length / m;
        for (int i = 0; i < n; i++)
        {
            double lo = double.PositiveInfinity;
            for (int j = 0; j < m; j++) lo = Math.Min(lo, cost[i * m + j]);
            double s = 0;
            for (int j = 0; j < m; j++) { plan[i * m + j] = Math.Exp((lo - cost[i * m + j]) / eps) * v[j]; s += plan[i * m + j]; }
            double scale = a[i] / s;
            for (int j = 0; j < m; j++) plan[i * m + j] *= scale;
        }
    }

    // look-alike: a ratio of a data value to a sum of exps, not multiplied by an exp (a rate, not a normalisation)
    public static double[] Rates(double[] counts, double[] logits)
    {
        double s = 0;
        for (int j = 0; j < logits.Length; j++) s += Math.Exp(logits[j] - 1000);
        var r = new double[counts.Length];
        for (int j = 0; j < counts.Length; j++) r[j] = counts[j] / s * 2.0;
        return r;
    }
}
