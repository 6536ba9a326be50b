// Custom layers ([DifferentiableLayer]) generated at build time for the end-to-end tests: each ForwardRow is written the
// way a learner writes it in NumPy style; LayerGen derives its Backward.
using System;

namespace LayerGen.Generator.Tests.Layers;

/// <summary>Swish (SiLU): y = x · sigmoid(x).</summary>
[DifferentiableLayer(8)]
public partial class SwishDouble : ICustomLayer<double>
{
    private static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = x[i] / (1 + Math.Exp(-x[i]));
        }
    }
}

/// <summary>Swish in float.</summary>
[DifferentiableLayer(8)]
public partial class SwishFloat : ICustomLayer<float>
{
    private static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = x[i] / (1 + MathF.Exp(-x[i]));
        }
    }
}

/// <summary>GELU, tanh form: 0.5 x (1 + tanh(√(2/π) (x + 0.044715 x³))).</summary>
[DifferentiableLayer(8)]
public partial class GeluDouble : ICustomLayer<double>
{
    private static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double c = Math.Sqrt(2 / Math.PI);
        for (int i = 0; i < x.Length; i++)
        {
            double inner = c * (x[i] + (0.044715 * Math.Pow(x[i], 3)));
            y[i] = 0.5 * x[i] * (1 + Math.Tanh(inner));
        }
    }
}

/// <summary>GELU in float.</summary>
[DifferentiableLayer(8)]
public partial class GeluFloat : ICustomLayer<float>
{
    private static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float c = MathF.Sqrt(2 / MathF.PI);
        for (int i = 0; i < x.Length; i++)
        {
            float inner = c * (x[i] + (0.044715f * x[i] * x[i] * x[i]));
            y[i] = 0.5f * x[i] * (1 + MathF.Tanh(inner));
        }
    }
}

/// <summary>LayerNorm without learnable parameters: (x − mean) / √(var + ε).</summary>
[DifferentiableLayer(8)]
public partial class LayerNormDouble : ICustomLayer<double>
{
    private static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double mean = 0;
        for (int i = 0; i < x.Length; i++)
        {
            mean += x[i];
        }

        mean /= x.Length;
        double variance = 0;
        for (int i = 0; i < x.Length; i++)
        {
            variance += (x[i] - mean) * (x[i] - mean);
        }

        variance /= x.Length;
        double inverse = 1 / Math.Sqrt(variance + 1e-5);
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = (x[i] - mean) * inverse;
        }
    }
}

/// <summary>LayerNorm with a learnable gain (starting at 1) and bias (starting at 0).</summary>
[DifferentiableLayer(6)]
public partial class LayerNormAffineDouble : ICustomLayer<double>
{
    private static void ForwardRow(
        ReadOnlySpan<double> x, Span<double> y, [Learnable(6, Initial = 1)] ReadOnlySpan<double> gain, [Learnable(6)] ReadOnlySpan<double> bias)
    {
        double mean = 0;
        for (int i = 0; i < x.Length; i++)
        {
            mean += x[i];
        }

        mean /= x.Length;
        double variance = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double centered = x[i] - mean;
            variance += centered * centered;
        }

        double deviation = Math.Sqrt((variance / x.Length) + 1e-5);
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = (gain[i] * (x[i] - mean) / deviation) + bias[i];
        }
    }
}

/// <summary>The float LayerNorm of the training test and the docs: 16 entries, gain and bias.</summary>
[DifferentiableLayer(16)]
public partial class LayerNorm16 : ICustomLayer<float>
{
    private static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(16, Initial = 1)] ReadOnlySpan<float> gain, [Learnable(16)] ReadOnlySpan<float> bias)
    {
        float mean = 0;
        for (int i = 0; i < x.Length; i++)
        {
            mean += x[i];
        }

        mean /= x.Length;
        float variance = 0;
        for (int i = 0; i < x.Length; i++)
        {
            variance += (x[i] - mean) * (x[i] - mean);
        }

        float inverse = 1 / MathF.Sqrt((variance / x.Length) + 1e-5f);
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = (gain[i] * (x[i] - mean) * inverse) + bias[i];
        }
    }
}

/// <summary>A learner's softmax: running max with an if, exps into y, a sum, a division (seed 004's forward).</summary>
[DifferentiableLayer(6)]
public partial class LearnerSoftmaxDouble : ICustomLayer<double>
{
    private static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double max = x[0];
        for (int i = 1; i < x.Length; i++)
        {
            if (x[i] > max)
            {
                max = x[i];
            }
        }

        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = Math.Exp(x[i] - max);
            sum += y[i];
        }

        for (int i = 0; i < x.Length; i++)
        {
            y[i] /= sum;
        }
    }
}

/// <summary>The same softmax in float.</summary>
[DifferentiableLayer(6)]
public partial class LearnerSoftmaxFloat : ICustomLayer<float>
{
    private static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float max = x[0];
        for (int i = 1; i < x.Length; i++)
        {
            if (x[i] > max)
            {
                max = x[i];
            }
        }

        float sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = MathF.Exp(x[i] - max);
            sum += y[i];
        }

        for (int i = 0; i < x.Length; i++)
        {
            y[i] /= sum;
        }
    }
}

/// <summary>Log-sum-exp of a row: 6 inputs, 1 output; the max is taken with Math.Max.</summary>
[DifferentiableLayer(6, 1)]
public partial class LogSumExpDouble : ICustomLayer<double>
{
    private static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double max = double.NegativeInfinity;
        foreach (double value in x)
        {
            max = Math.Max(max, value);
        }

        double sum = 0;
        foreach (double value in x)
        {
            sum += Math.Exp(value - max);
        }

        y[0] = max + Math.Log(sum);
    }
}

/// <summary>Nested loops and different sizes: a small dense layer (4 → 3) with learnable weights and bias, then tanh.</summary>
[DifferentiableLayer(4, 3)]
public partial class TinyDenseDouble : ICustomLayer<double>
{
    private static void ForwardRow(
        ReadOnlySpan<double> x, Span<double> y,
        [Learnable(12, StandardDeviation = 0.5)] ReadOnlySpan<double> weights, [Learnable(3, Initial = 0.1)] ReadOnlySpan<double> bias)
    {
        for (int j = 0; j < 3; j++)
        {
            double z = bias[j];
            for (int i = 0; i < 4; i++)
            {
                z += x[i] * weights[(i * 3) + j];
            }

            y[j] = Math.Tanh(z);
        }
    }
}

/// <summary>A network with a LayerNorm between the affine layers, in double for the gradient check.</summary>
[LayerOptions(Precision = Precision.Double, Seed = 5)]
[Affine(4, 6), Layer<LayerNormAffineDouble>, Tanh, Affine(6, 3), SoftmaxWithLoss]
public partial class LayerNormNetDouble;

/// <summary>A custom layer first (no input gradient needed) and one without parameters inside.</summary>
[LayerOptions(Precision = Precision.Double, Seed = 6)]
[Layer<TinyDenseDouble>, Affine(3, 6), Layer<LayerNormAffineDouble>, Layer<SwishDoubleSix>, Affine(6, 3), SoftmaxWithLoss]
public partial class CustomFirstNetDouble;

/// <summary>Swish over 6 entries, for <see cref="CustomFirstNetDouble"/>.</summary>
[DifferentiableLayer(6)]
public partial class SwishDoubleSix : ICustomLayer<double>
{
    private static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = x[i] / (1 + Math.Exp(-x[i]));
        }
    }
}

/// <summary>The rings classifier with a LayerNorm after its first affine layer (float), for the training test.</summary>
[LayerOptions(Seed = 1)]
[Affine(2, 16), Layer<LayerNorm16>, Relu, Affine(16, 3), SoftmaxWithLoss]
public partial class LayerNormRingsNet;

/// <summary>
/// A learner's softmax between affine layers: its records hold the output row it divides in place, which the backward
/// from the records restores as it goes (so the records are consumed).
/// </summary>
[LayerOptions(Precision = Precision.Double, Seed = 7)]
[Affine(4, 6), Layer<LearnerSoftmaxDouble>, Affine(6, 3), SoftmaxWithLoss]
public partial class LearnerSoftmaxNetDouble;

/// <summary>
/// A row that accumulates into a local buffer (it relies on the buffer starting at zero in every row), with a learnable
/// scale and a running max, in float: its forward runs on lanes over the rows of a batch in one method.
/// </summary>
[DifferentiableLayer(20)]
public partial class BufferedShiftFloat : ICustomLayer<float>
{
    private static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(20, Initial = 1, StandardDeviation = 0.5)] ReadOnlySpan<float> scale)
    {
        Span<float> scaled = stackalloc float[20];
        for (int i = 0; i < x.Length; i++)
        {
            scaled[i] += scale[i] * x[i];
        }

        float max = scaled[0];
        for (int i = 1; i < x.Length; i++)
        {
            if (scaled[i] > max)
            {
                max = scaled[i];
            }
        }

        for (int i = 0; i < x.Length; i++)
        {
            y[i] = MathF.Exp(scaled[i] - max) / (1 + max * max);
        }
    }
}
