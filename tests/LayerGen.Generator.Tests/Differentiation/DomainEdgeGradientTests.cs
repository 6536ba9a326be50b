using static LayerGen.Generator.Tests.Differentiation.DifferentiationHarness;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Derivatives at the edges of the functions' domains, where central differences cannot reach (a one-sided point, a
/// pole, an overflow): the derived backward against the value PyTorch's derivatives.yaml gives, or the exact 0 of an
/// output that does not move the loss. NaN never comes out unless NaN went in: a zero seed (dy = 0, or a factor 0
/// upstream) stays 0 through a derivative that is ±∞ there (0 · ∞), as Exp's rule already did for an overflow.
/// Each case runs both backward paths (from the inputs and from the record), which must agree bit for bit.
/// </summary>
public class DomainEdgeGradientTests
{
    private static (double[] Dx, double[][] Gradients) Backward(CompiledLayer<double> layer, double[] x, double[] dy, params double[][] parameters)
    {
        (double[] dx, double[][] gradients) = layer.Gradients(x, dy, parameters);
        (_, double[] tapeDx, double[][] tapeGradients) = layer.GradientsFromTape(x, dy, parameters);
        Assert.Equal(dx, tapeDx);
        Assert.Equal(gradients, tapeGradients);
        return (dx, gradients);
    }

    /// <summary>y = max(0, x)^p with a learnable p: where x ≤ 0 the output is 0 for every p &gt; 0, so ∂/∂p gets nothing from it.</summary>
    [Fact]
    public void Learnable_exponent_of_a_zero_base_gets_no_gradient_from_it()
    {
        CompiledLayer<double> layer = Compile<double>("""
            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, ReadOnlySpan<double> power)
            {
                for (int i = 0; i < x.Length; i++) y[i] = Math.Pow(Math.Max(0.0, x[i]), power[0]);
            }
            """, 5, 5, 1);
        double[] x = [-1.5, 0, 0.5, 2, -0.25];
        double[] dy = [0.3, -0.7, 1.1, 0.4, 2];
        double p = 2.5;
        (double[] dx, double[][] gradients) = Backward(layer, x, dy, [p]);

        double expected = 0;
        for (int i = 0; i < x.Length; i++)
        {
            expected += x[i] > 0 ? dy[i] * Math.Pow(x[i], p) * Math.Log(x[i]) : 0;
        }

        Assert.Equal(expected, gradients[0][0], 12);
        Assert.Equal([0, 0, 1.1 * p * Math.Pow(0.5, p - 1), 0.4 * p * Math.Pow(2, p - 1), 0], dx, new ToleranceComparer(1e-12));
    }

    /// <summary>a^b with both from the row, at a = 0 (PyTorch's pow_backward_self / pow_backward_exponent).</summary>
    [Theory]
    [InlineData(0.0, 3.0, 0.0, 0.0)]              // 0^3: base 3·0² = 0, exponent 0 (a == 0, b ≥ 0)
    [InlineData(0.0, 0.0, 0.0, 0.0)]              // 0^0 = 1: base 0 (b == 0, though 0·0^(−1) = NaN), exponent 0
    [InlineData(0.0, 0.5, double.PositiveInfinity, 0.0)] // √-like at 0: the base's slope is +∞ (one-sided), the exponent's 0
    [InlineData(0.0, -1.0, double.NegativeInfinity, double.NegativeInfinity)] // 0^(−1) = +∞: PyTorch's −∞ for both
    [InlineData(-2.0, 3.0, 12.0, double.NaN)]     // a negative base: 3·4 = 12; ln(−2) = NaN towards b (not real near b = 3)
    [InlineData(2.0, 3.0, 12.0, 5.545177444479562)] // inside the domain: 3·2², 8·ln 2
    public void Pow_of_a_row_base_and_a_row_exponent(double a, double b, double baseSlope, double exponentSlope)
    {
        CompiledLayer<double> layer = Compile<double>("""
            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y) => y[0] = Math.Pow(x[0], x[1]);
            """, 2, 1);
        (double[] dx, _) = Backward(layer, [a, b], [1.0]);
        Assert.Equal(baseSlope, dx[0], 12);
        Assert.Equal(exponentSlope, dx[1], 12);

        // An output that does not matter (dy = 0) sends nothing back, not even through a^b·ln a = 0·NaN.
        (double[] none, _) = Backward(layer, [a, b], [0.0]);
        Assert.Equal([0.0, 0.0], none);
    }

    /// <summary>Constant exponents: a^0 ≡ 1 has slope 0 everywhere (also at 0), and the other slopes are PyTorch's.</summary>
    [Fact]
    public void Pow_with_constant_exponents_at_zero_and_negative_bases()
    {
        CompiledLayer<double> layer = Compile<double>("""
            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
            {
                y[0] = Math.Pow(x[0], 0);
                y[1] = Math.Pow(x[1], 2);
                y[2] = Math.Pow(x[2], 3);
                y[3] = Math.Pow(x[3], 0.5);
                y[4] = Math.Pow(x[4], -2);
            }
            """, 5, 5);
        double[] x = [0, 0, -2, 0, -0.5];
        (double[] dx, _) = Backward(layer, x, [1, 1, 1, 1, 1]);
        Assert.Equal([0, 0, 12, double.PositiveInfinity, 16], dx);

        (double[] none, _) = Backward(layer, x, [0, 0, 0, 0, 0]);
        Assert.Equal([0, 0, 0, 0, 0], none);
    }

    /// <summary>Each function at its pole: with dy = 1 the derivative is ±∞ (never NaN); with dy = 0 it is 0.</summary>
    [Theory]
    [InlineData("Math.Log(v)", 0.0, double.PositiveInfinity)]
    [InlineData("Math.Sqrt(v)", 0.0, double.PositiveInfinity)]
    [InlineData("Math.Cbrt(v)", 0.0, double.PositiveInfinity)]
    [InlineData("Math.Log10(v)", 0.0, double.PositiveInfinity)]
    [InlineData("Math.Log2(v)", 0.0, double.PositiveInfinity)]
    [InlineData("double.LogP1(v)", -1.0, double.PositiveInfinity)]
    [InlineData("Math.Asin(v)", 1.0, double.PositiveInfinity)]
    [InlineData("Math.Acos(v)", -1.0, double.NegativeInfinity)]
    [InlineData("Math.Acosh(v)", 1.0, double.PositiveInfinity)]
    [InlineData("Math.Atanh(v)", -1.0, double.PositiveInfinity)]
    [InlineData("Math.Exp(v)", 1000.0, double.PositiveInfinity)]
    [InlineData("double.Exp2(v)", 2000.0, double.PositiveInfinity)]
    [InlineData("double.ExpM1(v)", 1000.0, double.PositiveInfinity)]
    [InlineData("Math.Sinh(v)", -1000.0, double.PositiveInfinity)]
    [InlineData("Math.Cosh(v)", -1000.0, double.NegativeInfinity)]
    [InlineData("Math.Pow(10.0, v)", 400.0, double.PositiveInfinity)]
    public void Pole_or_overflow_passes_a_zero_seed_on_as_zero(string call, double at, double slope)
    {
        CompiledLayer<double> layer = Compile<double>(
            "static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)\n{\n    for (int i = 0; i < x.Length; i++) { double v = x[i]; y[i] = " + call + "; }\n}",
            3, 3);
        double[] x = [at, 0.25, at];
        (double[] dx, _) = Backward(layer, x, [1, 0, 0]);
        Assert.Equal(slope, dx[0]);
        Assert.False(double.IsNaN(dx[1]), call + " at 0.25");
        Assert.Equal(0.0, dx[2]);
    }

    /// <summary>
    /// A zero seed from the row itself: w · √u with w = 0 is 0 for every u, so ∂/∂u = 0 at u = 0 (0 · ∞ before); the
    /// same through learnable gains at 0.
    /// </summary>
    [Fact]
    public void Zero_factor_upstream_of_a_pole_gives_zero_not_nan()
    {
        CompiledLayer<double> layer = Compile<double>("""
            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, ReadOnlySpan<double> gain)
            {
                y[0] = x[2] * Math.Sqrt(x[0]) + gain[0] * Math.Sqrt(x[1] + x[3]);
                y[1] = gain[1] * Math.Cbrt(x[0] - x[3]);
            }
            """, 4, 2, 2);
        (double[] dx, double[][] gradients) = Backward(layer, [0, 0, 0, 0], [1, 1], [0, 0]);
        Assert.Equal([0, 0, 0, 0], dx);
        Assert.Equal([0, 0], gradients[0]); // √0 and ∛0
        (double[] inside, _) = Backward(layer, [4, 1, 2, 3], [1, 1], [0.5, 2]);
        Assert.Equal(2 / (2 * 2.0) + 2 / (3 * Math.Cbrt(1) * Math.Cbrt(1)), inside[0], 12);
    }

    /// <summary>Values that stay flat at the edges: saturated tanh and sigmoid, a guarded x·ln x, atan2/hypot at the origin.</summary>
    [Fact]
    public void Saturation_and_guarded_edges_are_exact_zeros()
    {
        CompiledLayer<double> layer = Compile<double>("""
            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
            {
                y[0] = Math.Tanh(x[0]) + 1 / (1 + Math.Exp(-x[1]));
                y[1] = x[2] > 0 ? x[2] * Math.Log(x[2]) : 0;
                y[2] = Math.Atan2(x[3], x[4]) + double.Hypot(x[3], x[4]);
            }
            """, 5, 3);
        foreach (double large in new[] { 1000.0, -1000.0 })
        {
            (double[] dx, _) = Backward(layer, [large, large, 0, 0, 0], [1, 1, 1]);
            Assert.Equal([0, 0, 0, 0, 0], dx); // PyTorch: NaN for atan2 and hypot at the origin; 0 here (a subgradient)
        }
    }

    /// <summary>Max/Min ties send the whole derivative to the first argument (PyTorch's maximum splits it in halves; both are subgradients).</summary>
    [Fact]
    public void Ties_of_max_and_min_give_the_first_argument_the_whole_derivative()
    {
        CompiledLayer<double> layer = Compile<double>("""
            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
            {
                y[0] = Math.Max(x[0], x[1]);
                y[1] = Math.Min(x[2], x[3]);
            }
            """, 4, 2);
        (double[] dx, _) = Backward(layer, [1.5, 1.5, -2, -2], [3, 5]);
        Assert.Equal([3, 0, 5, 0], dx);
    }

    /// <summary>√ on Vector256 lanes (the loop runs on lanes in both directions): zero seeds at √0 stay zero lane by lane.</summary>
    [Fact]
    public void Sqrt_on_lanes_keeps_zero_seeds_zero()
    {
        CompiledLayer<float> layer = Compile<float>("""
            static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
            {
                for (int i = 0; i < x.Length; i++) y[i] = MathF.Sqrt(x[i]);
            }
            """, 16, 16);
        Assert.Contains("Vector256", layer.Generated, StringComparison.Ordinal);
        float[] x = new float[16], dy = new float[16];
        for (int i = 0; i < 16; i++)
        {
            x[i] = i % 3 == 0 ? 0 : i;
            dy[i] = i % 3 == 0 ? 0 : 1;
        }

        (float[] dx, _) = layer.Gradients(x, dy, []);
        (_, float[] tapeDx, _) = layer.GradientsFromTape(x, dy, []);
        for (int i = 0; i < 16; i++)
        {
            float expected = i % 3 == 0 ? 0 : 0.5f / MathF.Sqrt(i);
            Assert.Equal(expected, dx[i], 1e-6f);
            Assert.Equal(expected, tapeDx[i], 1e-6f);
        }
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double a, double b) => Math.Abs(a - b) <= tolerance * Math.Max(1, Math.Abs(b));

        public int GetHashCode(double value) => 0;
    }
}
