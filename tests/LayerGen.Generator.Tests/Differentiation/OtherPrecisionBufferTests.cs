using static LayerGen.Generator.Tests.Differentiation.DifferentiationHarness;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Local buffers of the other real type — <c>double[] acc = new double[n]</c> or <c>Span&lt;double&gt;</c> in a float row,
/// a float buffer in a double row — computed in their own type as C# does (promotions and explicit casts both ways),
/// their adjoints in their own type. Each layer's backward (recomputing and from its record, which must agree exactly)
/// is compared with its all-double twin to float tolerance; shapes other than HeldOut6's.
/// </summary>
public class OtherPrecisionBufferTests
{
    [Fact]
    public void Double_heap_accumulator_and_double_stackalloc_in_a_float_softmax_over_groups() => AgreeWithTwin("""
        static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
        {
            double[] sums = new double[2];
            Span<double> shifted = stackalloc double[x.Length];
            for (int g = 0; g < 2; g++)
            {
                double max = x[4 * g];
                for (int i = 1; i < 4; i++) max = Math.Max(max, x[4 * g + i]);
                for (int i = 0; i < 4; i++)
                {
                    shifted[4 * g + i] = Math.Exp(x[4 * g + i] - max);
                    sums[g] += shifted[4 * g + i];
                }
            }

            for (int i = 0; i < y.Length; i++) y[i] = (float)(shifted[i] / sums[i / 4]) * x[i];
        }
        """, """
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double[] sums = new double[2];
            Span<double> shifted = stackalloc double[x.Length];
            for (int g = 0; g < 2; g++)
            {
                double max = x[4 * g];
                for (int i = 1; i < 4; i++) max = Math.Max(max, x[4 * g + i]);
                for (int i = 0; i < 4; i++)
                {
                    shifted[4 * g + i] = Math.Exp(x[4 * g + i] - max);
                    sums[g] += shifted[4 * g + i];
                }
            }

            for (int i = 0; i < y.Length; i++) y[i] = shifted[i] / sums[i / 4] * x[i];
        }
        """, 8);

    [Fact]
    public void Double_buffer_overwritten_in_place_with_casts_both_ways_in_a_float_row() => AgreeWithTwin("""
        static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
        {
            var state = new double[3];
            for (int t = 0; t < x.Length; t++)
            {
                state[t % 3] = 0.5 * state[(t + 2) % 3] + Math.Tanh(x[t]);
                float narrowed = (float)state[t % 3];
                y[t] = narrowed * narrowed + (float)state[^1];
                state[(t + 1) % 3] *= 0.9;
            }
        }
        """, """
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            var state = new double[3];
            for (int t = 0; t < x.Length; t++)
            {
                state[t % 3] = 0.5 * state[(t + 2) % 3] + Math.Tanh(x[t]);
                double narrowed = state[t % 3];
                y[t] = narrowed * narrowed + state[^1];
                state[(t + 1) % 3] *= 0.9;
            }
        }
        """, 7);

    [Fact]
    public void Float_buffer_of_odd_length_in_a_double_row() => AgreeWithTwin("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            Span<float> half = stackalloc float[5];
            for (int i = 0; i < 5; i++) half[i] = (float)(x[i] * x[i]);
            half[^1] += (float)x[0];
            for (int i = 0; i < 5; i++) y[i] = half[i] * Math.Sin(x[i]) + half[(i + 1) % 5];
        }
        """, """
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            Span<double> half = stackalloc double[5];
            for (int i = 0; i < 5; i++) half[i] = x[i] * x[i];
            half[^1] += x[0];
            for (int i = 0; i < 5; i++) y[i] = half[i] * Math.Sin(x[i]) + half[(i + 1) % 5];
        }
        """, 5);

    /// <summary>
    /// The mixed layer's backward from its record equals its recomputing backward, its forward agrees with the twin's
    /// and its input gradient with the twin's, both to float tolerance, over random, large and tied rows.
    /// </summary>
    private static void AgreeWithTwin(string mixed, string twin, int size)
    {
        CompiledLayer<double> reference = Compile<double>(twin, size, size);
        bool floatRow = mixed.Contains("ReadOnlySpan<float> x", StringComparison.Ordinal);
        var random = new Random(11);
        foreach (double[] row in GradientCheck.Rows(size, 5, large: false))
        {
            double[] x = row.Select(v => (double)(float)v).ToArray();
            double[] dy = Enumerable.Range(0, size).Select(_ => (double)(float)(random.NextDouble() * 2 - 1)).ToArray();
            (double[] y, double[] dx) = floatRow ? FloatGradients(mixed, size, x, dy) : DoubleGradients(mixed, size, x, dy);
            double[] expectedY = reference.GradientsFromTape(x, dy, []).Y;
            double[] expected = reference.Gradients(x, dy, []).Dx;
            double scale = expected.Max(Math.Abs) + 1, yScale = expectedY.Max(Math.Abs) + 1;
            for (int i = 0; i < size; i++)
            {
                Assert.True(Math.Abs(y[i] - expectedY[i]) <= 1e-5 * yScale, $"y[{i}]: {y[i]:R}, twin {expectedY[i]:R}");
                Assert.True(Math.Abs(dx[i] - expected[i]) <= 1e-5 * scale + 1e-4 * Math.Abs(expected[i]), $"dx[{i}]: {dx[i]:R}, twin {expected[i]:R} at x = [{string.Join(", ", x)}]");
            }
        }
    }

    private static (double[] Y, double[] Dx) FloatGradients(string members, int size, double[] x, double[] dy)
    {
        CompiledLayer<float> layer = Compile<float>(members, size, size);
        float[] xs = x.Select(v => (float)v).ToArray(), dys = dy.Select(v => (float)v).ToArray();
        float[] dx = layer.Gradients(xs, dys, []).Dx;
        (float[] recordedY, float[] tapeDx, _) = layer.GradientsFromTape(xs, dys, []);
        Assert.Equal(dx, tapeDx);
        var engineY = new float[size];
        layer.EngineForward(xs, engineY, []);
        Assert.Equal(engineY, recordedY);
        return (recordedY.Select(v => (double)v).ToArray(), dx.Select(v => (double)v).ToArray());
    }

    private static (double[] Y, double[] Dx) DoubleGradients(string members, int size, double[] x, double[] dy)
    {
        CompiledLayer<double> layer = Compile<double>(members, size, size);
        double[] dx = layer.Gradients(x, dy, []).Dx;
        (double[] recordedY, double[] tapeDx, _) = layer.GradientsFromTape(x, dy, []);
        Assert.Equal(dx, tapeDx);
        var engineY = new double[size];
        layer.EngineForward(x, engineY, []);
        Assert.Equal(engineY, recordedY);
        return (recordedY, dx);
    }
}
