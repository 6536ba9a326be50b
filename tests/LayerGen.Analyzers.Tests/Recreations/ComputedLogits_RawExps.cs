// gaps39 (after HeldOut15's four LG0003 misses): logits the method computes itself and exponentiates raw, in other
// spellings than the held-out files. A dot product, an MLP score q · tanh(W z + b), a row max- or sum-pooled by a
// LINQ projection, a sum with a constant reference term (1 + Σ exp(y)) and a temperature-scaled log-sum-exp
// (τ log Σ exp(q / τ)) are all unbounded: nothing is subtracted, so a score above ~88 (float) or ~709 (double)
// overflows to ∞ and the division gives NaN.
// Sources: HAN semantic attention, AP-CNN attentive pooling, the inverse alr transform, soft Q-learning / MENTS
// soft values (our own code re-creating the shapes, not the held-out files).
// Layouts: List<double[]> nodes with jagged weights; float[,] keys with a float[] query; jagged float[][] pooled by
// LINQ, 1-D and batched; double[,] alr rows with a loop sum; double[] / float[,] soft values.
// Bugs: LG0003 ×8.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.ComputedLogits_RawExps;

public static class ComputedLogits
{
    /// <summary>β over meta-paths from the mean MLP score q · tanh(W z + b) of each path's nodes.</summary>
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

        var beta = new double[paths.Length];
        double total = 0;
        for (int p = 0; p < paths.Length; p++)
        {
            beta[p] = Math.Exp(score[p]); //~ LG0003
            total += beta[p];
        }

        for (int p = 0; p < paths.Length; p++) beta[p] /= total;
        return beta;
    }

    /// <summary>Attention weights of one query over the keys (rows of <paramref name="keys"/>), dot products computed here.</summary>
    public static float[] DotProductScores(float[,] keys, float[] query)
    {
        int n = keys.GetLength(0);
        var weights = new float[n];
        float z = 0f;
        for (int k = 0; k < n; k++)
        {
            float dot = 0f;
            for (int d = 0; d < query.Length; d++) dot += keys[k, d] * query[d];
            weights[k] = MathF.Exp(dot); //~ LG0003
            z += weights[k];
        }

        for (int k = 0; k < n; k++) weights[k] /= z;
        return weights;
    }

    /// <summary>Attention over the rows of G from their sum-pooled scores (a LINQ projection).</summary>
    public static float[] SumPooled(float[][] g)
    {
        float[] pooled = g.Select(row => row.Sum()).ToArray();
        float[] e = pooled.Select(MathF.Exp).ToArray(); //~ LG0003
        float z = e.Sum();
        return e.Select(v => v / z).ToArray();
    }

    /// <summary>Per-example attention over rows max-pooled by LINQ, in double.</summary>
    public static double[][] MaxPooledBatch(double[][][] batch)
    {
        var result = new double[batch.Length][];
        for (int b = 0; b < batch.Length; b++)
        {
            double[] pooled = batch[b].Select(row => row.Max()).ToArray();
            var e = new double[pooled.Length];
            double z = 0;
            for (int i = 0; i < pooled.Length; i++)
            {
                e[i] = Math.Exp(pooled[i]); //~ LG0003
                z += e[i];
            }

            result[b] = new double[pooled.Length];
            for (int i = 0; i < pooled.Length; i++) result[b][i] = e[i] / z;
        }

        return result;
    }

    /// <summary>Inverse alr of each row of <paramref name="y"/> (D − 1 coordinates) into D parts, with loops.</summary>
    public static double[,] AlrInverseLoops(double[,] y)
    {
        int n = y.GetLength(0), d = y.GetLength(1);
        var x = new double[n, d + 1];
        for (int r = 0; r < n; r++)
        {
            double total = 0;
            for (int j = 0; j < d; j++)
            {
                x[r, j] = Math.Exp(y[r, j]); //~ LG0003
                total += x[r, j];
            }

            double z = Math.Exp(0.0) + total;
            for (int j = 0; j < d; j++) x[r, j] /= z;
            x[r, d] = 1.0 / z;
        }

        return x;
    }

    /// <summary>Inverse alr of one float row with LINQ: the reference part's 1 is added first.</summary>
    public static float[] AlrInverseLinq(float[] y)
    {
        float[] e = y.Select(v => MathF.Exp(v)).ToArray(); //~ LG0003
        float z = 1f + e.Sum();
        return e.Select(v => v / z).Append(1f / z).ToArray();
    }

    /// <summary>Soft-Q policy π(a) = exp((Q(a) − V) / τ) with V = τ log Σ exp(Q / τ), loops.</summary>
    public static double[] SoftPolicy(double[] q, double tau)
    {
        double s = 0;
        foreach (double v in q) s += Math.Exp(v / tau); //~ LG0003
        double soft = tau * Math.Log(s);
        var pi = new double[q.Length];
        for (int a = 0; a < q.Length; a++) pi[a] = Math.Exp((q[a] - soft) / tau);
        return pi;
    }

    /// <summary>The same per state of a float[,] table, with the scaled normaliser divided back separately.</summary>
    public static float[,] SoftPolicyBatch(float[,] q, float tau)
    {
        int states = q.GetLength(0), actions = q.GetLength(1);
        var pi = new float[states, actions];
        for (int s = 0; s < states; s++)
        {
            float z = 0f;
            for (int a = 0; a < actions; a++) z += MathF.Exp(q[s, a] / tau); //~ LG0003
            float value = tau * MathF.Log(z);
            for (int a = 0; a < actions; a++) pi[s, a] = MathF.Exp(q[s, a] / tau - value / tau);
        }

        return pi;
    }
}
