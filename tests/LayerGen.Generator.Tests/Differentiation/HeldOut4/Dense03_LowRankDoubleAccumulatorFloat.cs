// A low-rank factorised dense layer y = U(Vx) + b of rank 2 (the factorised linear of compressed models,
// e.g. torch.nn.utils.parametrize low-rank or ALBERT's factorised embedding projection) in float, the inner products
// accumulated in a double local and cast back into a stackalloc float buffer.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(8)]
public partial class LowRankDoubleAccumulatorFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(16, StandardDeviation = 0.3)] ReadOnlySpan<float> down,
        [Learnable(16, StandardDeviation = 0.3)] ReadOnlySpan<float> up,
        [Learnable(8)] ReadOnlySpan<float> bias)
    {
        const int Rank = 2;
        Span<float> code = stackalloc float[Rank];
        for (int r = 0; r < Rank; r++)
        {
            double acc = 0;
            for (int i = 0; i < x.Length; i++)
                acc += down[r * x.Length + i] * x[i];
            code[r] = (float)acc;
        }
        for (int o = 0; o < y.Length; o++)
        {
            float sum = bias[o];
            for (int r = 0; r < Rank; r++)
                sum += up[o * Rank + r] * code[r];
            y[o] = sum;
        }
    }
}
