using static LayerGen.Generator.Tests.Differentiation.DifferentiationHarness;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>A float ForwardRow gets a float BackwardRow that agrees with the double one to float tolerance.</summary>
public class FloatBackwardRowTests
{
    private const string FloatGelu = """
        static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
        {
            float k = MathF.Sqrt(2 / MathF.PI);
            for (int i = 0; i < x.Length; i++)
            {
                float v = x[i];
                // Double arithmetic inside an expression, cast back to float.
                y[i] = 0.5f * v * (1 + (float)Math.Tanh(k * (v + 0.044715 * v * v * v)));
            }
        }
        """;

    private const string DoubleGelu = """
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double k = Math.Sqrt(2 / Math.PI);
            for (int i = 0; i < x.Length; i++)
            {
                double v = x[i];
                y[i] = 0.5 * v * (1 + Math.Tanh(k * (v + 0.044715 * v * v * v)));
            }
        }
        """;

    [Fact]
    public void Learner_softmax_in_float_agrees_with_double() =>
        Agree(BackwardRowSnapshotTests.LearnerSoftmax,
            BackwardRowSnapshotTests.LearnerSoftmax.Replace("float", "double", StringComparison.Ordinal).Replace("MathF", "Math", StringComparison.Ordinal), 16);

    [Fact]
    public void Gelu_in_float_agrees_with_double() => Agree(FloatGelu, DoubleGelu, 12);

    internal static void Agree(string floatSource, string doubleSource, int size)
    {
        CompiledLayer<float> single = Compile<float>(floatSource, size, size);
        CompiledLayer<double> reference = Compile<double>(doubleSource, size, size);
        var random = new Random(3);
        foreach (double[] row in GradientCheck.Rows(size, 5))
        {
            float[] x = row.Select(v => (float)v).ToArray();
            float[] dy = Enumerable.Range(0, size).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
            float[] dx = single.Gradients(x, dy, []).Dx;
            double[] expected = reference.Gradients(x.Select(v => (double)v).ToArray(), dy.Select(v => (double)v).ToArray(), []).Dx;
            double scale = expected.Max(Math.Abs) + 1;
            for (int i = 0; i < size; i++)
            {
                Assert.True(Math.Abs(dx[i] - expected[i]) <= 1e-5 * scale + 1e-4 * Math.Abs(expected[i]),
                    $"dx[{i}]: float {dx[i]:R}, double {expected[i]:R} at x = [{string.Join(", ", x)}]");
            }
        }
    }
}
