// L2 normalisation with the guard people write first: an all-zero row returns zeros early, otherwise x / ||x||.
// Re-creates: the "if norm == 0 return" guard of sklearn-style normalize ports (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(6)]
public partial class L2NormalizeEarlyReturn
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double norm = 0;
        for (int i = 0; i < x.Length; i++) norm += x[i] * x[i];
        norm = Math.Sqrt(norm);
        if (norm == 0)
        {
            y.Clear();
            return;
        }
        for (int i = 0; i < x.Length; i++) y[i] = x[i] / norm;
    }
}
