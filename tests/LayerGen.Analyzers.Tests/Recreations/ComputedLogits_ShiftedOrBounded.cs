// gaps39: the correct twins of ComputedLogits_RawExps.cs. Computed logits with the slice's maximum subtracted (an
// MLP score, a dot product, LINQ-pooled rows), scores with a proven bound exponentiated as they are (cap · tanh(a / cap)
// with cap = 30 and a sigmoid gate: exp ≤ e³⁰, no overflow in float), a reference category handled with the shift
// (max(0, max y), the reference term exp(−m)) and a temperature-scaled log-sum-exp with its maximum
// (V = m + τ log Σ exp((q − m) / τ)).
// Layouts: as in the buggy file. Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.ComputedLogits_ShiftedOrBounded;

public static class ComputedLogits
{
    /// <summary>β over meta-paths from the mean MLP score, shifted by the largest score.</summary>
    public static double[] MlpScores(List<double[]>[] paths, double[][] w, double[] b, double[] q)
    {
        var score = new double[paths.Length];
        for (int p = 0; p < paths.Length; p++)
        {
            foreach (double[] z in paths[p])
            {
                for (int h = 0; h < q.Length; h++)
                {
                    double a = b[h];
                    for (int c = 0; c < z.Length; c++) a += w[h][c] * z[c];
                    score[p] += q[h] * Math.Tanh(a) / paths[p].Count;
                }
            }
        }

        double peak = double.NegativeInfinity;
        for (int p = 0; p < paths.Length; p++) peak = Math.Max(peak, score[p]);
        var beta = new double[paths.Length];
        double total = 0;
        for (int p = 0; p < paths.Length; p++)
        {
            beta[p] = Math.Exp(score[p] - peak);
            total += beta[p];
        }

        for (int p = 0; p < paths.Length; p++) beta[p] /= total;
        return beta;
    }

    /// <summary>Attention weights of one query over the keys, the dot products shifted by their maximum.</summary>
    public static float[] DotProductScores(float[,] keys, float[] query)
    {
        int n = keys.GetLength(0);
        var dots = new float[n];
        float peak = float.NegativeInfinity;
        for (int k = 0; k < n; k++)
        {
            for (int d = 0; d < query.Length; d++) dots[k] += keys[k, d] * query[d];
            peak = MathF.Max(peak, dots[k]);
        }

        var weights = new float[n];
        float z = 0f;
        for (int k = 0; k < n; k++)
        {
            weights[k] = MathF.Exp(dots[k] - peak);
            z += weights[k];
        }

        for (int k = 0; k < n; k++) weights[k] /= z;
        return weights;
    }

    /// <summary>Soft-capped scores cap · tanh(s / cap) (|score| ≤ 30): bounded, exponentiated without a shift.</summary>
    public static float[] SoftCapped(float[] scores)
    {
        const float cap = 30f;
        var e = new float[scores.Length];
        float z = 0f;
        for (int i = 0; i < scores.Length; i++)
        {
            e[i] = MathF.Exp(cap * MathF.Tanh(scores[i] / cap));
            z += e[i];
        }

        for (int i = 0; i < e.Length; i++) e[i] /= z;
        return e;
    }

    /// <summary>Weights over gates σ(a) ∈ (0, 1): bounded, exponentiated as they are.</summary>
    public static double[] SigmoidGates(double[] a)
    {
        double[] e = a.Select(v => Math.Exp(1.0 / (1.0 + Math.Exp(-v)))).ToArray();
        double z = e.Sum();
        return e.Select(v => v / z).ToArray();
    }

    /// <summary>Attention over the rows of G from their sum-pooled scores, shifted by the largest.</summary>
    public static float[] SumPooled(float[][] g)
    {
        float[] pooled = g.Select(row => row.Sum()).ToArray();
        float peak = pooled.Max();
        float[] e = pooled.Select(v => MathF.Exp(v - peak)).ToArray();
        float z = e.Sum();
        return e.Select(v => v / z).ToArray();
    }

    /// <summary>Per-example attention over max-pooled rows, each example shifted by its own peak.</summary>
    public static double[][] MaxPooledBatch(double[][][] batch)
    {
        var result = new double[batch.Length][];
        for (int b = 0; b < batch.Length; b++)
        {
            double[] pooled = batch[b].Select(row => row.Max()).ToArray();
            double peak = pooled.Max();
            var e = new double[pooled.Length];
            double z = 0;
            for (int i = 0; i < pooled.Length; i++)
            {
                e[i] = Math.Exp(pooled[i] - peak);
                z += e[i];
            }

            result[b] = new double[pooled.Length];
            for (int i = 0; i < pooled.Length; i++) result[b][i] = e[i] / z;
        }

        return result;
    }

    /// <summary>Inverse alr of each row: the shift max(0, max y) covers the reference part's logit 0.</summary>
    public static double[,] AlrInverseLoops(double[,] y)
    {
        int n = y.GetLength(0), d = y.GetLength(1);
        var x = new double[n, d + 1];
        for (int r = 0; r < n; r++)
        {
            double m = 0.0;
            for (int j = 0; j < d; j++) m = Math.Max(m, y[r, j]);
            double z = Math.Exp(-m);
            for (int j = 0; j < d; j++)
            {
                x[r, j] = Math.Exp(y[r, j] - m);
                z += x[r, j];
            }

            for (int j = 0; j < d; j++) x[r, j] /= z;
            x[r, d] = Math.Exp(-m) / z;
        }

        return x;
    }

    /// <summary>Soft-Q policy with the soft value V = m + τ log Σ exp((Q − m) / τ).</summary>
    public static double[] SoftPolicy(double[] q, double tau)
    {
        double m = q.Max();
        double s = 0;
        foreach (double v in q) s += Math.Exp((v - m) / tau);
        double soft = m + tau * Math.Log(s);
        var pi = new double[q.Length];
        for (int a = 0; a < q.Length; a++) pi[a] = Math.Exp((q[a] - soft) / tau);
        return pi;
    }

    /// <summary>The same per state of a float[,] table.</summary>
    public static float[,] SoftPolicyBatch(float[,] q, float tau)
    {
        int states = q.GetLength(0), actions = q.GetLength(1);
        var pi = new float[states, actions];
        for (int s = 0; s < states; s++)
        {
            float m = float.NegativeInfinity;
            for (int a = 0; a < actions; a++) m = MathF.Max(m, q[s, a]);
            float z = 0f;
            for (int a = 0; a < actions; a++) z += MathF.Exp((q[s, a] - m) / tau);
            float value = m / tau + MathF.Log(z);
            for (int a = 0; a < actions; a++) pi[s, a] = MathF.Exp(q[s, a] / tau - value);
        }

        return pi;
    }
}
