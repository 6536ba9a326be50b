// Idiom: WaveNet-style sampling per stream with System.Numerics.Tensors: scale by 1/temperature, TensorPrimitives.SoftMax per stream
// Layout: Span<float> slices of a flat [streams * 256] buffer
// Bug (LG0003): TensorPrimitives.SoftMax subtracts no max, so confident (large) mu-law logits overflow
using System;
using System.Numerics.Tensors;

namespace HeldOut40.WaveNet_TensorPrimitivesSoftMax;

public static class StreamSampler
{
    public const int Levels = 256;

    public static void Probabilities(ReadOnlySpan<float> logits, Span<float> probs, int streams, float temperature)
    {
        Span<float> scaled = stackalloc float[Levels];
        for (int s = 0; s < streams; s++)
        {
            TensorPrimitives.Multiply(logits.Slice(s * Levels, Levels), 1f / temperature, scaled);
            TensorPrimitives.SoftMax(scaled, probs.Slice(s * Levels, Levels)); //~ LG0003
        }
    }
}
