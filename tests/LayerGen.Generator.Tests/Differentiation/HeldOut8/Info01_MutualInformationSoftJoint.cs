// Mutual information and joint entropy of a 3×3 joint distribution given by its nine logits (the row): log p from a
// log-sum-exp over all cells, the marginals' logs from log-sum-exps over a row or a column (one strided helper with
// start/stride/count index arithmetic), MI = Σ p (log p − log pₓ − log p_y), H = −Σ p log p.
// Shape of: information-theory utilities of NumPy/SciPy code (e.g. sklearn's mutual_info_score on a contingency table), from memory.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(9, 2)]
public partial class MutualInformationSoftJoint
{
    static double LogSumExp(ReadOnlySpan<double> v, int start, int stride, int count)
    {
        double max = v[start];
        for (int k = 1; k < count; k++) max = Math.Max(max, v[start + k * stride]);
        double sum = 0;
        for (int k = 0; k < count; k++) sum += Math.Exp(v[start + k * stride] - max);
        return max + Math.Log(sum);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double logTotal = LogSumExp(x, 0, 1, 9);
        Span<double> logRow = stackalloc double[3];
        Span<double> logColumn = stackalloc double[3];
        for (int k = 0; k < 3; k++)
        {
            logRow[k] = LogSumExp(x, 3 * k, 1, 3) - logTotal;
            logColumn[k] = LogSumExp(x, k, 3, 3) - logTotal;
        }

        double information = 0, entropy = 0;
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                double logP = x[3 * i + j] - logTotal;
                double p = Math.Exp(logP);
                information += p * (logP - logRow[i] - logColumn[j]);
                entropy -= p * logP;
            }
        }
        y[0] = information;
        y[1] = entropy;
    }
}
