// expect: gradient
// Attention: QK-norm (RMS-normalised queries and keys with learnable per-dimension gains, as in ViT-22B/OLMo-2) with
// Gemma-2's logit soft-capping c·tanh(s/c) before a max-shifted softmax. Row: four query vectors | four key vectors of
// dimension 4; output: the 4×4 attention weights. Written with a span helper for the RMS norm.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(32, 16)]
public partial class QkNormSoftcapAttention
{
    const int Tokens = 4, Dim = 4;
    const double SoftCap = 5.0;

    static double InverseRms(ReadOnlySpan<double> v)
    {
        double s = 0;
        for (int d = 0; d < v.Length; d++) s += v[d] * v[d];
        return 1.0 / Math.Sqrt(s / v.Length + 1e-6);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(Dim, Initial = 1.0)] ReadOnlySpan<double> queryGain,
                           [Learnable(Dim, Initial = 1.0)] ReadOnlySpan<double> keyGain)
    {
        ReadOnlySpan<double> queries = x[..(Tokens * Dim)];
        ReadOnlySpan<double> keys = x[(Tokens * Dim)..];
        double scale = 1.0 / Math.Sqrt(Dim);
        Span<double> logits = stackalloc double[Tokens];
        for (int i = 0; i < Tokens; i++)
        {
            double qn = InverseRms(queries.Slice(i * Dim, Dim));
            for (int j = 0; j < Tokens; j++)
            {
                double kn = InverseRms(keys.Slice(j * Dim, Dim));
                double dot = 0;
                for (int d = 0; d < Dim; d++)
                    dot += queryGain[d] * queries[i * Dim + d] * qn * keyGain[d] * keys[j * Dim + d] * kn;
                logits[j] = SoftCap * Math.Tanh(dot * scale / SoftCap);
            }
            double max = logits[0];
            for (int j = 1; j < Tokens; j++) max = Math.Max(max, logits[j]);
            double sum = 0;
            for (int j = 0; j < Tokens; j++)
            {
                y[i * Tokens + j] = Math.Exp(logits[j] - max);
                sum += y[i * Tokens + j];
            }
            for (int j = 0; j < Tokens; j++) y[i * Tokens + j] /= sum;
        }
    }
}
