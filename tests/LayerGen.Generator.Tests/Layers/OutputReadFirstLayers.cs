// Custom layers whose ForwardRow reads y before writing it, as NumPy ports do after y = np.zeros(n) (without the
// y.Clear() that C# would need): y starts every row at zero in every generated path (docs/custom-layers.md).
using System;

namespace LayerGen.Generator.Tests.Layers;

/// <summary>Squares of seven inputs summed into three buckets by index (y[i % 3] += …, no y.Clear()).</summary>
[DifferentiableLayer(7, 3)]
public partial class BucketSquaresDouble : ICustomLayer<double>
{
    private static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            y[i % 3] += x[i] * x[i];
        }
    }
}

/// <summary>
/// A two-state recurrence kept in y itself (y[t % 2] = tanh(w·y[t % 2] + x[t] + y[(t + 1) % 2]·v)) with learnable
/// weights, then an element-wise pass (on lanes) that reads y[i] before writing it: everything starts at zero.
/// </summary>
[DifferentiableLayer(6)]
public partial class LeakyStatesDouble : ICustomLayer<double>
{
    private static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                                   [Learnable(2, Initial = 0.7)] ReadOnlySpan<double> w,
                                   [Learnable(6, Initial = 0.5)] ReadOnlySpan<double> decay)
    {
        for (int t = 0; t < x.Length; t++)
        {
            int s = t % 2;
            y[s] = Math.Tanh(w[0] * y[s] + x[t] + w[1] * y[1 - s]);
        }

        for (int i = 0; i < y.Length; i++)
        {
            y[i] = decay[i] * y[i] + x[i] * 0.25;
        }
    }
}

/// <summary><see cref="LeakyStatesDouble"/> in float.</summary>
[DifferentiableLayer(6)]
public partial class LeakyStatesFloat : ICustomLayer<float>
{
    private static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                                   [Learnable(2, Initial = 0.7f)] ReadOnlySpan<float> w,
                                   [Learnable(6, Initial = 0.5f)] ReadOnlySpan<float> decay)
    {
        for (int t = 0; t < x.Length; t++)
        {
            int s = t % 2;
            y[s] = MathF.Tanh(w[0] * y[s] + x[t] + w[1] * y[1 - s]);
        }

        for (int i = 0; i < y.Length; i++)
        {
            y[i] = decay[i] * y[i] + x[i] * 0.25f;
        }
    }
}

/// <summary>
/// Accumulates into y through a heap scratch too large for the stack, so that Forward calls ForwardRow itself (the
/// engine's forward keeps its buffers on the stack): Forward clears the output rows first.
/// </summary>
[DifferentiableLayer(4, 2)]
public partial class WideScratchAccumulateDouble : ICustomLayer<double>
{
    private static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double[] scratch = new double[2100];
        for (int i = 0; i < x.Length; i++)
        {
            scratch[i * 500] = x[i] * x[i];
        }

        for (int i = 0; i < x.Length; i++)
        {
            y[i % 2] += scratch[i * 500] + x[i];
        }
    }
}

/// <summary>A network with the bucketed sum between affine layers; its activation buffers are reused between calls.</summary>
[LayerOptions(Precision = Precision.Double, Seed = 11)]
[Affine(4, 7), Tanh, Layer<BucketSquaresDouble>, Affine(3, 6), Layer<LeakyStatesDouble>, Affine(6, 3), SoftmaxWithLoss]
public partial class OutputReadFirstNetDouble;
