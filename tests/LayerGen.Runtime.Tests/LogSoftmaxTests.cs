using static LayerGen.Runtime.Tests.TestData;

namespace LayerGen.Runtime.Tests;

public class LogSoftmaxTests
{
    public static TheoryData<int> AllPaths => Paths();

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Float_matches_a_double_reference(int pathWidth)
    {
        foreach (int cols in Widths)
        {
            float[] x = Floats(3 * cols, seed: cols, scale: 20);
            var y = new float[x.Length];

            LogSoftmax.Forward<float>(x, y, cols, Path(pathWidth));

            // Log-probabilities reach −40 here; float keeps about 7 digits of each.
            Close(ReferenceLogSoftmax(ToDouble(x), cols), y, abs: 1e-5, rel: 1e-6, relativeFloor: 1);
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Double_matches_the_reference_and_exponentiates_to_softmax(int pathWidth)
    {
        foreach (int cols in Widths)
        {
            double[] x = Doubles(2 * cols, seed: cols, scale: 1e4); // huge, widely spread logits
            var y = new double[x.Length];

            LogSoftmax.Forward<double>(x, y, cols, Path(pathWidth));

            NoNaN(y);
            Close(ReferenceLogSoftmax(x, cols), y, abs: 1e-11, rel: 1e-13, relativeFloor: 1e-3);
            var p = new double[x.Length];
            Softmax.Forward<double>(x, p, cols, Path(pathWidth));
            Close(p, y.Select(Math.Exp).ToArray(), abs: 1e-15, rel: 1e-12, relativeFloor: 1e-200);
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Infinite_entries_follow_the_softmax_rules_in_log_space(int pathWidth)
    {
        const int cols = 20;
        float[] x = Floats(3 * cols, seed: 1);
        x[3] = float.PositiveInfinity;
        x[7] = float.PositiveInfinity;
        x.AsSpan(cols, cols).Fill(float.NegativeInfinity);
        x[2 * cols + 5] = float.NegativeInfinity;
        var y = new float[x.Length];

        LogSoftmax.Forward<float>(x, y, cols, Path(pathWidth));

        NoNaN(y);
        for (int j = 0; j < cols; j++)
        {
            Assert.Equal(j is 3 or 7 ? -MathF.Log(2) : float.NegativeInfinity, y[j]);
            Assert.Equal(float.NegativeInfinity, y[cols + j]);
        }

        Assert.Equal(float.NegativeInfinity, y[2 * cols + 5]);
        Close(ReferenceLogSoftmax(ToDouble(x.AsSpan(2 * cols)), cols), y.AsSpan(2 * cols), abs: 1e-6, rel: 1e-6, relativeFloor: 1);
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Backward_matches_the_explicit_jacobian(int pathWidth)
    {
        foreach (int cols in new[] { 1, 3, 8, 17, 64, 100 })
        {
            double[] x = Doubles(2 * cols, seed: cols);
            double[] dy = Doubles(2 * cols, seed: cols + 7);
            var y = new double[x.Length];
            LogSoftmax.Forward<double>(x, y, cols, Path(pathWidth));
            var dx = new double[x.Length];

            LogSoftmax.Backward<double>(y, dy, dx, cols, Path(pathWidth));

            // ∂y_j/∂x_i = δ_ij − p_i, so dx_i = Σ_j dy_j (δ_ij − p_i), built entry by entry.
            var expected = new double[x.Length];
            for (int o = 0; o < x.Length; o += cols)
            {
                for (int i = 0; i < cols; i++)
                {
                    for (int j = 0; j < cols; j++)
                    {
                        expected[o + i] += dy[o + j] * ((i == j ? 1 : 0) - Math.Exp(y[o + i]));
                    }
                }
            }

            Close(expected, dx, abs: 1e-14, rel: 1e-10, relativeFloor: 1e-4);
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Backward_passes_a_gradient_check_and_works_in_place(int pathWidth)
    {
        const int cols = 13;
        double[] x = Doubles(3 * cols, seed: 4, scale: 0.5);
        double[] upstream = Doubles(3 * cols, seed: 5, scale: 1, offset: 2); // in [1, 3]: no tiny gradient entries
        var y = new double[x.Length];

        double Loss()
        {
            LogSoftmax.Forward<double>(x, y, cols, Path(pathWidth));
            double sum = 0;
            for (int i = 0; i < y.Length; i++)
            {
                sum += upstream[i] * y[i];
            }

            return sum;
        }

        var numerical = new double[x.Length];
        GradientCheck.Numerical(x, Loss, numerical);
        Loss();
        double[] analytic = (double[])upstream.Clone();
        LogSoftmax.Backward<double>(y, analytic, analytic, cols, Path(pathWidth)); // dx aliases dy

        Assert.InRange(GradientCheck.MaxRelativeError(analytic, numerical), 0, 1e-7);
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Every_path_agrees_with_the_scalar_reference(int pathWidth)
    {
        foreach (int cols in Widths)
        {
            float[] x = Floats(3 * cols, seed: cols + 11, scale: 30);
            float[] dy = Floats(3 * cols, seed: cols + 12);
            var scalar = new float[x.Length];
            var vector = new float[x.Length];
            LogSoftmax.Forward<float>(x, scalar, cols, SimdPath.Scalar);
            LogSoftmax.Forward<float>(x, vector, cols, Path(pathWidth));
            Close(ToDouble(scalar), vector, abs: 1e-5, rel: 1e-6, relativeFloor: 1);

            var scalarGradient = new float[x.Length];
            var vectorGradient = new float[x.Length];
            LogSoftmax.Backward<float>(scalar, dy, scalarGradient, cols, SimdPath.Scalar);
            LogSoftmax.Backward<float>(scalar, dy, vectorGradient, cols, Path(pathWidth));
            // dx = dy − p·Σdy cancels where dy ≈ p·Σdy; Σdy over 4096 entries differs in the last float bits between paths.
            Close(ToDouble(scalarGradient), vectorGradient, abs: 1e-5, rel: 1e-4, relativeFloor: 1e-2);
        }
    }

    [Fact]
    public void Public_overloads_work_in_place()
    {
        float[] x = Floats(40, seed: 3);
        var expected = new float[40];
        LogSoftmax.Forward(x, expected, 8);

        LogSoftmax.Forward(x, x, 8);

        Assert.Equal(expected, x);
        double[] xd = Doubles(40, seed: 3);
        double[] reference = ReferenceLogSoftmax(xd, 10);
        LogSoftmax.Forward(xd, xd, 10);
        Close(reference, xd, abs: 1e-14, rel: 1e-13);
    }
}
