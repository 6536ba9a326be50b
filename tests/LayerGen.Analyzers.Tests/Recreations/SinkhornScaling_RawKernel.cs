// gaps24 (issue 8, recall): a Sinkhorn row scaling (PythonOT sinkhorn_knopp, Cuturi 2013): row i of
// diag(u) K diag(v) with u_i = a_i / sum_j K_ij v_j is a_i · softmax_j(-C_ij / eps + log v_j), a softmax weighted by
// the positive column scaling v. Re-created in layouts HeldOut9's SinkhornTransport_KernelScaling does not use: a
// jagged float kernel and u = a / (K v) multiplied in, a flat double plan scaled in place by a[i] / s.
// Bug (LG0003): exp(-C / eps) with nothing subtracted: small eps (or costs offset by ±1000 at eps = 1) underflows
// every K_ij of a row to 0 (0 / 0 = NaN) or overflows it.
using System;

namespace Recreations.SinkhornScalingRawKernel;

public static class SinkhornScaling
{
    // jagged float cost, kernel formed in the same pass, u = a / (K v): raw
    public static void JaggedScaling(float[][] cost, float[] v, float[] a, float eps, float[][] plan)
    {
        int n = cost.Length, m = v.Length;
        var k = new float[n][];
        for (int i = 0; i < n; i++)
        {
            k[i] = new float[m];
            for (int j = 0; j < m; j++) k[i][j] = MathF.Exp(-cost[i][j] / eps); //~ LG0003
        }

        for (int i = 0; i < n; i++)
        {
            float kv = 0f;
            for (int j = 0; j < m; j++) kv += k[i][j] * v[j];
            float u = a[i] / kv;
            for (int j = 0; j < m; j++) plan[i][j] = u * k[i][j] * v[j];
        }
    }

    // flat double, weighted by v, plan written as K * v * (a / s)
    public static void FlatScaling(double[] cost, int m, double[] v, double[] a, double eps, double[] plan)
    {
        int n = cost.Length / m;
        for (int i = 0; i < n; i++)
        {
            double s = 0;
            for (int j = 0; j < m; j++) { plan[i * m + j] = Math.Exp(-cost[i * m + j] / eps) * v[j]; s += plan[i * m + j]; } //~ LG0003
            double scale = a[i] / s;
            for (int j = 0; j < m; j++) plan[i * m + j] *= scale;
        }
    }
}
