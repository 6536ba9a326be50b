// Re-creation (our own code) of SteffenBlake/Atomic.Net's block softmax (System.Numerics.Tensors over a float block)
// spelled out for one vector: TensorPrimitives.Exp of the raw values, TensorPrimitives.Sum, then a division loop
// (the form LG0003.md names), as a row-pipeline counterpart of TensorPrimitives_RawRowPipeline.cs.
// Layout: 1D ReadOnlySpan<float> -> Span<float>. Bug (LG0003): no maximum subtracted.
using System;
using System.Numerics.Tensors;

namespace HeldOut.TensorPrimitivesRaw1D;

public static class VectorSoftmax
{
    public static void Forward(ReadOnlySpan<float> x, Span<float> y)
    {
        TensorPrimitives.Exp(x, y); //~ LG0003
        float sum = TensorPrimitives.Sum<float>(y);
        for (int i = 0; i < y.Length; i++)
        {
            y[i] /= sum;
        }
    }
}
