// L2 normalisation as torch.nn.functional.normalize: x / max(||x||_2, eps), float.
// Re-creates: F.normalize(x, p=2, dim=-1, eps=1e-12) (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(8)]
public partial class L2NormalizeClampedNorm
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float sum = 0;
        foreach (float v in x) sum += v * v;
        float norm = MathF.Max(MathF.Sqrt(sum), 1e-12f);
        for (int i = 0; i < x.Length; i++)
            y[i] = x[i] / norm;
    }
}
