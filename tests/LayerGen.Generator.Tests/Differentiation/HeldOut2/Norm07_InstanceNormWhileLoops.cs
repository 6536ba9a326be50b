// Instance normalisation of one row of 8 (no affine), float, written with counting while loops.
// Re-creates: a C# port of InstanceNorm for a single channel (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(8)]
public partial class InstanceNormWhileLoops
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float mean = 0f;
        int i = 0;
        while (i < x.Length)
        {
            mean += x[i];
            i++;
        }
        mean /= x.Length;

        float variance = 0f;
        int j = 0;
        while (j < x.Length)
        {
            float d = x[j] - mean;
            variance += d * d;
            j++;
        }
        variance /= x.Length;

        float inv = 1f / MathF.Sqrt(variance + 1e-5f);
        int k = 0;
        while (k < x.Length)
        {
            y[k] = (x[k] - mean) * inv;
            k++;
        }
    }
}
