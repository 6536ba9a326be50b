using LayerGen.Differentiation.Emitting;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// The forward on Vector256 lanes (ForwardRowsVectorized, and the forward BackwardRow and ForwardRowsRecording run): a
/// running maximum or minimum on lanes finds exactly the value and the iteration the scalar loop finds — ties across
/// lanes, -0 against +0, NaN and infinite entries — so the derived gradient goes to the same entry; element-wise loops
/// and lane sums stay within rounding of ForwardRow.
/// </summary>
public class VectorForwardTests
{
    private const int Width = 19; // lanes (4 doubles or 8 floats) and a scalar tail

    public static TheoryData<string, string> Extrema() => new()
    {
        { "double", "if (x[i] > m) m = x[i];" },
        { "double", "if (x[i] >= m) m = x[i];" },
        { "double", "if (m > x[i]) m = x[i];" },
        { "double", "if (x[i] <= m) m = x[i];" },
        { "double", "if (m < 2 * x[i] - 1) m = 2 * x[i] - 1;" },
        { "float", "if (x[i] > m) m = x[i];" },
        { "float", "if (m <= x[i]) m = x[i];" },
        { "float", "if (x[i] < m) m = x[i];" },
    };

    [Theory]
    [MemberData(nameof(Extrema))]
    public void Running_extremum_on_lanes_finds_the_scalar_loops_value_and_iteration(string type, string loopBody)
    {
        string layer = $$"""
            static void ForwardRow(ReadOnlySpan<{{type}}> x, Span<{{type}}> y)
            {
                {{type}} m = x[0];
                for (int i = 1; i < x.Length; i++)
                {
                    {{loopBody}}
                }

                y[0] = m;
            }
            """;
        if (type == "double")
        {
            Check(DifferentiationHarness.Compile<double>(layer, Width, 1), x => x);
        }
        else
        {
            Check(DifferentiationHarness.Compile<float>(layer, Width, 1), x => x.Select(v => (float)v).ToArray());
        }
    }

    [Fact]
    public void Softmax_forward_on_lanes_stays_within_rounding_and_keeps_NaN()
    {
        const string layer = """
            static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
            {
                float max = x[0];
                for (int i = 1; i < x.Length; i++)
                {
                    if (x[i] > max) max = x[i];
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
            """;
        CompiledLayer<float> compiled = DifferentiationHarness.Compile<float>(layer, 37, 37);
        Assert.Contains(BackwardRowEmitter.VectorizedForwardName, compiled.Generated, StringComparison.Ordinal);
        foreach (double[] row in Rows(37, seed: 3))
        {
            float[] x = row.Select(v => (float)v).ToArray();
            float[] expected = new float[37], actual = new float[37];
            compiled.Forward(x, expected, []);
            compiled.EngineForward(x, actual, []);
            for (int i = 0; i < 37; i++)
            {
                Assert.True(float.IsNaN(expected[i]) ? float.IsNaN(actual[i]) : Math.Abs(expected[i] - actual[i]) <= 1e-6f * (1 + Math.Abs(expected[i])),
                    $"y[{i}] = {actual[i]:R}, ForwardRow's {expected[i]:R} for x = [{string.Join(", ", x)}]");
            }
        }
    }

    /// <summary>
    /// The vectorised forward writes ForwardRow's m bit for bit, and the gradient (dy = 1) of both backward paths goes to
    /// the one entry the scalar loop took m from (x[0] when no iteration took the branch).
    /// </summary>
    private static void Check<T>(CompiledLayer<T> layer, Func<double[], T[]> convert)
        where T : struct
    {
        Assert.Contains("iterationLanes", layer.Generated, StringComparison.Ordinal); // the extremum runs on lanes
        foreach (double[] row in Rows(Width, seed: 11))
        {
            T[] x = convert(row);
            T[] expected = new T[1], actual = new T[1];
            layer.Forward(x, expected, []);
            layer.EngineForward(x, actual, []);
            Assert.True(Bits(expected[0]) == Bits(actual[0]), $"m = {actual[0]}, ForwardRow's {expected[0]} for x = [{string.Join(", ", x)}]");

            T one = (T)Convert.ChangeType(1, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
            (T[] dx, _) = layer.Gradients(x, [one], []);
            (_, T[] tapeDx, _) = layer.GradientsFromTape(x, [one], []);
            Assert.Equal(dx, tapeDx);
            int taken = Array.FindIndex(dx, d => !d.Equals(default(T)));
            Assert.True(taken >= 0 && dx.Count(d => !d.Equals(default(T))) == 1, $"dx = [{string.Join(", ", dx)}]");
            Assert.True(Bits(x[taken]) == Bits(expected[0]) || IsScaled(x[taken], expected[0]), $"the gradient went to x[{taken}] = {x[taken]}, m = {expected[0]}");
        }
    }

    private static long Bits<T>(T value) => value switch
    {
        double d => BitConverter.DoubleToInt64Bits(d),
        float f => BitConverter.SingleToInt32Bits(f),
        _ => throw new ArgumentException("not a real", nameof(value)),
    };

    // The 2·x − 1 case: m is the transformed entry.
    private static bool IsScaled<T>(T entry, T m) => entry is double e && m is double v && BitConverter.DoubleToInt64Bits((2 * e) - 1) == BitConverter.DoubleToInt64Bits(v);

    /// <summary>Rows with ties across lanes (few distinct values), ±0, NaN, ±∞, and Gaussian rows.</summary>
    private static IEnumerable<double[]> Rows(int width, int seed)
    {
        var random = new Random(seed);
        for (int r = 0; r < 12; r++)
        {
            yield return Enumerable.Range(0, width).Select(_ => (double)random.Next(3)).ToArray();
        }

        for (int r = 0; r < 6; r++)
        {
            yield return Enumerable.Range(0, width).Select(_ => random.Next(2) == 0 ? -0.0 : 0.0).ToArray();
        }

        for (int r = 0; r < 6; r++)
        {
            double[] row = Enumerable.Range(0, width).Select(_ => (random.NextDouble() * 4) - 2).ToArray();
            row[random.Next(width)] = double.NaN;
            yield return row;
        }

        double[] nanFirst = Enumerable.Range(0, width).Select(_ => (random.NextDouble() * 4) - 2).ToArray();
        nanFirst[0] = double.NaN; // m starts as NaN: no comparison is true, no lane takes the branch
        yield return nanFirst;
        yield return Enumerable.Repeat(double.NegativeInfinity, width).ToArray();
        yield return Enumerable.Range(0, width).Select(i => i % 5 == 2 ? double.PositiveInfinity : i).ToArray();
        yield return Enumerable.Range(0, width).Select(i => -Math.Abs(i - 9.0)).ToArray();
        for (int r = 0; r < 4; r++)
        {
            yield return Enumerable.Range(0, width).Select(_ => 1000 * ((random.NextDouble() * 2) - 1)).ToArray();
        }
    }
}
