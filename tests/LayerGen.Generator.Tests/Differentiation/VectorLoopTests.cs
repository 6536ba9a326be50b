using LayerGen.Differentiation.Ir;
using static LayerGen.Generator.Tests.Differentiation.DifferentiationHarness;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Loops whose reverse runs on Vector256 lanes (<see cref="VectorLoop"/>): which loops qualify, that the others keep the
/// scalar reverse, and that both paths (rows shorter than one vector run the scalar loop only; longer rows run lanes and
/// a scalar tail) pass the gradient check and agree with each other.
/// </summary>
public class VectorLoopTests
{
    private static string Layer(string body) => $$"""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double c = x[0] / 4 + 1;
            double s = 0;
            for (int i = 0; i < x.Length; i++)
            {
                {{body}}
            }

            y[0] += s / 100;
        }
        """;

    public static TheoryData<string> Vectorised() => new()
    {
        "y[i] = Math.Exp(x[i] - c); s += y[i];",
        "y[i] = x[i] * x[i] / c - Math.Sqrt(x[i] * x[i] + 1); s = s - y[i] * c;",
        "y[i] = x[i] / (1 + Math.Exp(-x[i]));",
    };

    public static TheoryData<string> Scalar() => new()
    {
        "y[i] = Math.Tanh(x[i]);",                     // a function without a lane form here
        "y[i] = x[i]; s += s * x[i];",                  // a running value that is not a plain sum
        "y[i] = i > 2 ? x[i] : c;",                     // a ternary
        "y[i] = x[x.Length - 1 - i];",                  // another index than i
        "double t = x[i] * c; y[i] = t;",              // a local of the iteration
        "if (x[i] > 0) y[i] = x[i]; else y[i] = 0;",   // a branch
    };

    [Theory]
    [MemberData(nameof(Vectorised))]
    public void Element_wise_loops_with_sums_vectorise(string body)
    {
        ForwardRowModel model = Lower(Layer(body), 11, 11).Model!;
        Assert.NotNull(VectorLoop.Analyze((ForLoop)model.Body[2], _ => false));
        Assert.Contains("Vector256.LoadUnsafe", Compile<double>(Layer(body), 11, 11).Generated);
        CheckBothPaths(Layer(body));
    }

    [Theory]
    [MemberData(nameof(Scalar))]
    public void Other_loops_keep_the_scalar_reverse(string body)
    {
        ForwardRowModel model = Lower(Layer(body), 11, 11).Model!;
        Assert.Null(VectorLoop.Analyze((ForLoop)model.Body[2], _ => false));
        Assert.DoesNotContain("Vector256", Compile<double>(Layer(body), 11, 11).Generated);
        CheckBothPaths(Layer(body));
    }

    [Fact]
    public void Lanes_and_scalar_loop_agree_in_float_and_double()
    {
        // 3 entries: the scalar loop only; 19: two float vectors (four double ones) and a scalar tail.
        string source = Layer("y[i] = Math.Exp(x[i] - c); s += y[i];");
        foreach (int n in new[] { 3, 19 })
        {
            CompiledLayer<double> layer = Compile<double>(source, n, n);
            CompiledLayer<float> single = Compile<float>(source.Replace("double", "float").Replace("Math.", "MathF."), n, n);
            var random = new Random(n);
            double[] x = Enumerable.Range(0, n).Select(_ => random.NextDouble() * 6 - 3).ToArray();
            double[] dy = Enumerable.Range(0, n).Select(_ => random.NextDouble() * 2 - 1).ToArray();
            double[] dx = layer.Gradients(x, dy, []).Dx;
            float[] dxSingle = single.Gradients(x.Select(v => (float)v).ToArray(), dy.Select(v => (float)v).ToArray(), []).Dx;
            for (int i = 0; i < n; i++)
            {
                Assert.True(Math.Abs(dx[i] - dxSingle[i]) <= 1e-5 * (1 + Math.Abs(dx[i])), $"n = {n}, dx[{i}]: double {dx[i]}, float {dxSingle[i]}");
            }
        }
    }

    private const string Softmax = """
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double m = x[0];
            for (int i = 1; i < x.Length; i++)
            {
                if (x[i] > m) m = x[i];
            }

            double sum = 0;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = Math.Exp(x[i] - m);
                sum += y[i];
            }

            for (int i = 0; i < x.Length; i++)
            {
                y[i] /= sum;
            }
        }
        """;

    [Fact]
    public void Whole_span_loops_seed_the_adjoints_and_reverse_an_overwrite_by_a_tape_view()
    {
        foreach (int n in new[] { 3, 19 })
        {
            string generated = Compile<double>(Softmax, n, n).Generated;

            // No per-row copy of dy or clear of dx: the first loop reversed reads dy, the next one writes dx.
            Assert.DoesNotContain("dy.CopyTo(", generated);
            Assert.DoesNotContain("dx.Clear()", generated);

            // y /= sum is not restored element by element: y becomes the tape slice of the exps, in both backwards, and
            // the backward from the records reads the recorded y in place (nothing of the record is copied).
            Assert.Equal(2, generated.Split($"y = tape.Slice(tapeTop - {n}, {n});").Length - 1);
            Assert.DoesNotContain("y[i] = tape[--tapeTop]", generated);
            Assert.DoesNotContain(").CopyTo(y)", generated);
        }

        CheckBothPaths(Softmax);
    }

    [Fact]
    public void An_overwrite_loop_that_reads_the_span_elsewhere_keeps_its_restores()
    {
        // The second statement reads y[i] after the overwrite: a tape view would show it the old value.
        string source = Softmax.Replace("y[i] /= sum;", "y[i] /= sum; y[i] = y[i] * y[i] + x[i];");
        string generated = Compile<double>(source, 11, 11).Generated;
        Assert.DoesNotContain("y = tape.Slice(", generated);
        Assert.Contains(").CopyTo(y)", generated);
        CheckBothPaths(source);
    }

    private const string LayerNorm = """
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, ReadOnlySpan<double> gain)
        {
            double mean = 0;
            for (int i = 0; i < x.Length; i++) mean += x[i];
            mean /= x.Length;
            double variance = 0;
            for (int i = 0; i < x.Length; i++) variance += (x[i] - mean) * (x[i] - mean);
            double inverse = 1 / Math.Sqrt(variance / x.Length + 1e-5);
            for (int i = 0; i < x.Length; i++) y[i] = gain[i] * (x[i] - mean) * inverse;
        }
        """;

    [Theory]
    [InlineData(3)]
    [InlineData(13)]
    [InlineData(37)]
    public void Every_reduction_on_lanes_sums_in_four_accumulators_in_both_directions(int n)
    {
        // Not a softmax: LayerNorm's running sums (mean, variance) in the forward and its adjoint sums (of mean and
        // inverse) in the reverse all go through LaneSums.Total, never one Vector256 accumulator and Vector256.Sum.
        CompiledLayer<double> layer = Compile<double>(LayerNorm, n, n, n);
        Assert.DoesNotContain("Vector256.Sum(", layer.Generated);
        Assert.Contains("(dMeanLanes0, dMeanLanes1, dMeanLanes2, dMeanLanes3) = (dMeanLanes1, dMeanLanes2, dMeanLanes3, dMeanLanes0);", layer.Generated);
        Assert.Contains("dMean += global::LayerGen.Generated.LaneSums.Total(dMeanLanes0, dMeanLanes1, dMeanLanes2, dMeanLanes3, ", layer.Generated);
        Assert.Contains("mean = mean + global::LayerGen.Generated.LaneSums.Total(", layer.Generated);
        Assert.Contains("variance = variance + global::LayerGen.Generated.LaneSums.Total(", layer.Generated);

        // 3 entries run the scalar loops only; 13 and 37 double entries run lanes (four doubles a vector) and a tail.
        int seed = 0;
        double[][] parameters = [Enumerable.Range(0, n).Select(i => 0.5 + (i % 5) * 0.25).ToArray()];
        foreach (double[] x in GradientCheck.Rows(n, 3, large: true, ties: true))
        {
            GradientCheck.Verify(layer, x, parameters, seed++);
        }
    }

    private static void CheckBothPaths(string source)
    {
        foreach (int n in new[] { 3, 11 })
        {
            CompiledLayer<double> layer = Compile<double>(source, n, n);
            int seed = 0;
            foreach (double[] x in GradientCheck.Rows(n, 3, large: false, ties: true))
            {
                GradientCheck.Verify(layer, x, [], seed++);
            }
        }
    }
}
