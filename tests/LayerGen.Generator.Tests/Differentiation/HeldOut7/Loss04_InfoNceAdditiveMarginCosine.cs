// InfoNCE with an additive cosine margin on the positive (as in AM-Softmax/CosFace applied to contrastive pairs):
// the row is an anchor, one positive and three negatives of four features each; logits are cosines over a temperature
// of 0.1, the positive's lowered by 0.2; loss = log Σ exp(logits) − positive logit by a max-shifted log-sum-exp.
// Shape of info_nce_pytorch / SimCLR's NT-Xent for one anchor, from memory, with a cosine helper.
// A user expects the gradient for all five embeddings.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(20, 1)]
public partial class InfoNceAdditiveMarginCosine
{
    const int Dim = 4, Negatives = 3;
    const double Temperature = 0.1, Margin = 0.2;

    static double Cosine(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.Sqrt(na * nb);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        ReadOnlySpan<double> anchor = x.Slice(0, Dim);
        Span<double> logits = stackalloc double[1 + Negatives];
        logits[0] = (Cosine(anchor, x.Slice(Dim, Dim)) - Margin) / Temperature;
        for (int k = 0; k < Negatives; k++)
            logits[1 + k] = Cosine(anchor, x.Slice((2 + k) * Dim, Dim)) / Temperature;

        double max = logits[0];
        for (int k = 1; k < logits.Length; k++) max = Math.Max(max, logits[k]);
        double sum = 0;
        foreach (double l in logits) sum += Math.Exp(l - max);
        y[0] = max + Math.Log(sum) - logits[0];
    }
}
