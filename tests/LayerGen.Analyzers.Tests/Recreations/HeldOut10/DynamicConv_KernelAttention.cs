// Re-creation (our own code) of the shape of dynamic convolution's kernel attention (Chen et al. 2020, "Dynamic
// Convolution: Attention over Convolution Kernels": π_k(x) = softmax(z_k / τ) over K kernels, τ annealed from 30 to 1;
// the aggregated kernel Σ_k π_k W_k).
// Layout: IReadOnlyList<ReadOnlyMemory<float>> per-sample logits (K each), attention to float[samples][K], the
// aggregated weights to float[samples][kernelSize].
// Correct: each sample's z / τ is shifted by its own maximum.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut10;

public static class DynamicConvKernelAttention
{
    public static void Aggregate(
        IReadOnlyList<ReadOnlyMemory<float>> logits, float temperature, float[][] kernels, float[][] attention, float[][] aggregated)
    {
        for (int b = 0; b < logits.Count; b++)
        {
            ReadOnlySpan<float> z = logits[b].Span;
            float top = float.NegativeInfinity;
            for (int k = 0; k < z.Length; k++)
                top = MathF.Max(top, z[k] / temperature);

            float sum = 0f;
            for (int k = 0; k < z.Length; k++)
            {
                attention[b][k] = MathF.Exp(z[k] / temperature - top);
                sum += attention[b][k];
            }

            Array.Clear(aggregated[b]);
            for (int k = 0; k < z.Length; k++)
            {
                attention[b][k] /= sum;
                for (int e = 0; e < aggregated[b].Length; e++)
                    aggregated[b][e] += attention[b][k] * kernels[k][e];
            }
        }
    }
}
