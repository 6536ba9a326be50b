// Source: alpha-entmax mappings (Peters, Niculae & Martins 2019, deep-spin/entmax: alpha = 1 is softmax, alpha = 2
// is sparsemax), re-created as one span function with a softmax branch and a sparsemax branch.
// Layout: ReadOnlySpan<double> scores in, Span<double> probabilities out; the sparsemax branch sorts a copy.
// Correct: the softmax branch subtracts the max; the sparsemax branch uses no exp.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class EntmaxFallback_AlphaOneSoftmax
{
    public static void Entmax(ReadOnlySpan<double> z, Span<double> p, double alpha)
    {
        if (alpha == 1.0)
        {
            double m = double.NegativeInfinity;
            for (int i = 0; i < z.Length; i++) m = Math.Max(m, z[i]);
            double s = 0;
            for (int i = 0; i < z.Length; i++) s += p[i] = Math.Exp(z[i] - m);
            for (int i = 0; i < z.Length; i++) p[i] /= s;
            return;
        }

        if (alpha != 2.0) throw new NotSupportedException("only alpha 1 (softmax) and 2 (sparsemax)");
        double[] sorted = z.ToArray();
        Array.Sort(sorted);
        Array.Reverse(sorted);
        double cumulative = 0, tau = 0;
        for (int k = 0; k < sorted.Length; k++)
        {
            cumulative += sorted[k];
            double candidate = (cumulative - 1) / (k + 1);
            if (sorted[k] > candidate) tau = candidate;
        }
        for (int i = 0; i < z.Length; i++) p[i] = Math.Max(0, z[i] - tau);
    }
}
