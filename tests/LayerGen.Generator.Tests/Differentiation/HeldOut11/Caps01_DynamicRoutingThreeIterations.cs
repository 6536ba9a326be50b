// expect: gradient
// Routing-by-agreement between capsules (Sabour et al., NeurIPS 2017): prediction vectors û_{j|i} for three input and
// two output capsules of dimension 2 come flattened in the row; three iterations of c_i = softmax_j(b_ij),
// s_j = Σ_i c_ij·û_{j|i}, v_j = squash(s_j), b_ij += û_{j|i}·v_j, with the logits in a heap array and the squash an
// ε-guarded helper writing a span. Shape of the CapsNet PyTorch re-implementations' routing loop, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(12, 4)]
public partial class DynamicRoutingThreeIterations
{
    const int Inputs = 3, OutputCapsules = 2, Dim = 2, Iterations = 3;

    static void Squash(ReadOnlySpan<double> s, Span<double> v)
    {
        double norm2 = 0;
        for (int d = 0; d < s.Length; d++) norm2 += s[d] * s[d];
        double scale = norm2 / (1 + norm2) / Math.Sqrt(norm2 + 1e-9);
        for (int d = 0; d < s.Length; d++) v[d] = scale * s[d];
    }

    static void ForwardRow(ReadOnlySpan<double> uHat, Span<double> v)
    {
        double[] logits = new double[Inputs * OutputCapsules];
        Span<double> s = stackalloc double[OutputCapsules * Dim];
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            s.Clear();
            for (int i = 0; i < Inputs; i++)
            {
                double b0 = logits[i * OutputCapsules], b1 = logits[i * OutputCapsules + 1];
                double m = Math.Max(b0, b1);
                double e0 = Math.Exp(b0 - m), e1 = Math.Exp(b1 - m);
                double c0 = e0 / (e0 + e1), c1 = e1 / (e0 + e1);
                for (int d = 0; d < Dim; d++)
                {
                    s[d] += c0 * uHat[(i * OutputCapsules + 0) * Dim + d];
                    s[Dim + d] += c1 * uHat[(i * OutputCapsules + 1) * Dim + d];
                }
            }
            for (int j = 0; j < OutputCapsules; j++)
                Squash(s.Slice(j * Dim, Dim), v.Slice(j * Dim, Dim));
            for (int i = 0; i < Inputs; i++)
                for (int j = 0; j < OutputCapsules; j++)
                {
                    double agreement = 0;
                    for (int d = 0; d < Dim; d++) agreement += uHat[(i * OutputCapsules + j) * Dim + d] * v[j * Dim + d];
                    logits[i * OutputCapsules + j] += agreement;
                }
        }
    }
}
// known gap: not a generator gap but a label mistake found at the first measure: the class's own 'const int Inputs = 3'
// (the number of input capsules) collides with the generated Inputs = 12, which docs/custom-layers.md documents as
// LG1006 with both values ("set it to 12 or rename it"); the scratch label check had no generator to see it. The label
// stays frozen as committed; the outcome is a clear, documented error at the constant.
// gap: rejected LG1006@14
