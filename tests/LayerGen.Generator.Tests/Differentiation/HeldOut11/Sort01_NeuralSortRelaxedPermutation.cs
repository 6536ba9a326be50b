// expect: gradient
// rows: no-large
// on the ±1000 rows two scores a few units apart leave h = 1e-5·|v| ≈ 0.01 too coarse for the saturated softmax
// NeuralSort (Grover et al., ICLR 2019): the relaxed sorting matrix P[i, :] = softmax(((n + 1 − 2i)·s − A_s·1)/τ) with
// A_s[j, k] = |s_j − s_k|, for four scores x[..4] and a temperature τ = e^(0.5·tanh x[4]) from the last entry,
// flattened to 16 outputs. Shape of the paper's PyTorch neuralsort function, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(5, 16)]
public partial class NeuralSortRelaxedPermutation
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> p)
    {
        ReadOnlySpan<double> s = x[..4];
        double tau = Math.Exp(0.5 * Math.Tanh(x[4]));
        int n = s.Length;
        Span<double> rowSumAbs = stackalloc double[4];
        for (int j = 0; j < n; j++)
        {
            double acc = 0;
            for (int k = 0; k < n; k++) acc += Math.Abs(s[j] - s[k]);
            rowSumAbs[j] = acc;
        }

        Span<double> logits = stackalloc double[4];
        for (int i = 0; i < n; i++)
        {
            double scaling = n + 1 - 2 * (i + 1);
            double max = double.NegativeInfinity;
            for (int j = 0; j < n; j++)
            {
                logits[j] = (scaling * s[j] - rowSumAbs[j]) / tau;
                if (logits[j] > max) max = logits[j];
            }
            double sum = 0;
            for (int j = 0; j < n; j++)
            {
                logits[j] = Math.Exp(logits[j] - max);
                sum += logits[j];
            }
            for (int j = 0; j < n; j++) p[i * n + j] = logits[j] / sum;
        }
    }
}
