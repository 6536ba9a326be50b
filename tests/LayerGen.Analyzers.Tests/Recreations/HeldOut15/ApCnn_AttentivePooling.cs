// HeldOut15 — ApCnn_AttentivePooling
// Source: attentive pooling networks for answer selection (dos Santos et al. 2016, "AP-CNN/AP-biLSTM"):
// G = tanh(Qᵀ U A); row-wise max-pooling gives g_q, column-wise max-pooling gives g_a; σ_q = softmax(g_q),
// σ_a = softmax(g_a); r_q = Q σ_q, r_a = A σ_a.
// Layout: G double[questionLen, answerLen]; question/answer token features double[len, dim].
// Correct: the max-pooled scores are features; each attention vector is then shifted by its own
// peak (a look-alike: the max-pooling is not the softmax shift).
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class ApCnn_AttentivePooling
{
    /// <summary>Attention over question tokens (σ_q) and answer tokens (σ_a), and the pooled representations.</summary>
    public static (double[] SigmaQ, double[] SigmaA) Attend(double[,] g, double[,] q, double[,] a, out double[] rq, out double[] ra)
    {
        int m = g.GetLength(0), l = g.GetLength(1);
        var gq = new double[m];
        var ga = new double[l];
        Array.Fill(gq, double.NegativeInfinity);
        Array.Fill(ga, double.NegativeInfinity);
        for (int i = 0; i < m; i++)
            for (int j = 0; j < l; j++)
            {
                gq[i] = Math.Max(gq[i], g[i, j]);
                ga[j] = Math.Max(ga[j], g[i, j]);
            }
        double[] sigmaQ = Normalise(gq), sigmaA = Normalise(ga);
        rq = Pool(q, sigmaQ);
        ra = Pool(a, sigmaA);
        return (sigmaQ, sigmaA);
    }

    private static double[] Normalise(double[] scores)
    {
        double peak = double.NegativeInfinity;
        foreach (double s in scores) peak = Math.Max(peak, s);
        var p = new double[scores.Length];
        double z = 0;
        for (int i = 0; i < p.Length; i++) z += p[i] = Math.Exp(scores[i] - peak);
        for (int i = 0; i < p.Length; i++) p[i] /= z;
        return p;
    }

    private static double[] Pool(double[,] tokens, double[] weights)
    {
        int dim = tokens.GetLength(1);
        var r = new double[dim];
        for (int t = 0; t < weights.Length; t++)
            for (int d = 0; d < dim; d++) r[d] += weights[t] * tokens[t, d];
        return r;
    }
}
