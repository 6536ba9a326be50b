using static LayerGen.Runtime.Tests.TestData;

namespace LayerGen.Runtime.Tests;

public class SoftmaxTests
{
    public static TheoryData<int> AllPaths => Paths();

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Float_rows_sum_to_one_within_1e6_for_every_width(int pathWidth)
    {
        foreach (int cols in Widths)
        {
            float[] x = Floats(cols * 5, seed: cols, scale: 8);
            var y = new float[x.Length];

            Softmax.Forward<float>(x, y, cols, Path(pathWidth));

            for (int r = 0; r < 5; r++)
            {
                double sum = 0;
                foreach (float v in y.AsSpan(r * cols, cols))
                {
                    sum += v;
                }

                Assert.True(Math.Abs(sum - 1) <= 1e-6, $"cols {cols}, row {r}: sum {sum:R}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Float_matches_a_double_reference_within_the_promised_tolerance(int pathWidth)
    {
        foreach (int cols in Widths)
        {
            // Wide logits (±20) make tiny probabilities, where only the 1e-5 relative promise can hold.
            float[] x = Floats(cols * 7, seed: 100 + cols, scale: 20);
            var y = new float[x.Length];

            Softmax.Forward<float>(x, y, cols, Path(pathWidth));

            Close(ReferenceSoftmax(ToDouble(x), cols), y, abs: 2e-6, rel: 1e-5);
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Double_matches_the_reference_to_1e12(int pathWidth)
    {
        foreach (int cols in Widths)
        {
            double[] x = Doubles(cols * 3, seed: 200 + cols, scale: 20);
            var y = new double[x.Length];

            Softmax.Forward<double>(x, y, cols, Path(pathWidth));

            Close(ReferenceSoftmax(x, cols), y, abs: 1e-15, rel: 1e-12);
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Each_row_subtracts_its_own_max_so_distant_rows_stay_exact(int pathWidth)
    {
        // Row 0 near +1e4, row 1 near −1e4, row 2 with a scale 1e4 times row 3's: a global max would make rows 1 and 3 0/0 = NaN.
        const int cols = 37;
        float[] x = new float[4 * cols];
        float[] small = Floats(cols, seed: 1, scale: 1);
        for (int j = 0; j < cols; j++)
        {
            x[j] = 1e4f + small[j];
            x[cols + j] = -1e4f + small[j];
            x[2 * cols + j] = 1e4f * small[j];
            x[3 * cols + j] = small[j];
        }

        var y = new float[x.Length];
        Softmax.Forward<float>(x, y, cols, Path(pathWidth));

        NoNaN(y);
        Close(ReferenceSoftmax(ToDouble(x), cols), y, abs: 2e-6, rel: 1e-5);
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Logits_of_plus_minus_1e4_give_exact_one_hot_rows(int pathWidth)
    {
        const int cols = 19;
        var x = new float[2 * cols];
        x.AsSpan(0, cols).Fill(-1e4f);
        x[5] = 1e4f;
        x.AsSpan(cols, cols).Fill(1e4f);
        x[cols + 3] = -1e4f;
        var y = new float[x.Length];

        Softmax.Forward<float>(x, y, cols, Path(pathWidth));

        for (int j = 0; j < cols; j++)
        {
            Assert.Equal(j == 5 ? 1f : 0f, y[j]);
            Assert.Equal(j == 3 ? 0f : 1f / 18, y[cols + j], 1e-7f);
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Positive_infinities_share_the_mass_and_negative_infinities_get_zero(int pathWidth)
    {
        foreach (int cols in new[] { 3, 10, 33, 100 })
        {
            float[] x = Floats(3 * cols, seed: cols);
            x[1] = float.PositiveInfinity;             // row 0: +∞ at 1 and 2 share the mass
            x[2] = float.PositiveInfinity;
            x[0] = float.NegativeInfinity;
            x[cols] = float.NegativeInfinity;          // row 1: one −∞ entry is simply 0
            x.AsSpan(2 * cols, cols).Fill(float.NegativeInfinity); // row 2: all −∞ gives zeros
            var y = new float[x.Length];
            y.AsSpan().Fill(float.NaN);

            Softmax.Forward<float>(x, y, cols, Path(pathWidth));

            NoNaN(y);
            for (int j = 0; j < cols; j++)
            {
                Assert.Equal(j is 1 or 2 ? 0.5f : 0f, y[j]);
                Assert.Equal(0f, y[2 * cols + j]);
            }

            Assert.Equal(0f, y[cols]);
            Close(ReferenceSoftmax(ToDouble(x.AsSpan(cols, cols)), cols), y.AsSpan(cols, cols), abs: 2e-6, rel: 1e-5);
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Infinite_rows_follow_the_same_rules_in_double(int pathWidth)
    {
        const int cols = 9;
        var x = new double[2 * cols];
        x.AsSpan(0, cols).Fill(double.NegativeInfinity);
        x[cols + 4] = double.PositiveInfinity;
        var y = new double[x.Length];

        Softmax.Forward<double>(x, y, cols, Path(pathWidth));

        for (int j = 0; j < cols; j++)
        {
            Assert.Equal(0.0, y[j]);
            Assert.Equal(j == 4 ? 1.0 : 0.0, y[cols + j]);
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void A_NaN_poisons_only_its_own_row(int pathWidth)
    {
        foreach (int cols in new[] { 1, 5, 16, 70 })
        {
            float[] x = Floats(3 * cols, seed: 7);
            x[cols + cols / 2] = float.NaN;
            var y = new float[x.Length];

            Softmax.Forward<float>(x, y, cols, Path(pathWidth));

            NoNaN(y.AsSpan(0, cols));
            NoNaN(y.AsSpan(2 * cols, cols));
            Assert.True(float.IsNaN(y[cols + cols / 2]));
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Forward_works_in_place(int pathWidth)
    {
        foreach (int cols in Widths)
        {
            float[] x = Floats(3 * cols, seed: cols);
            var expected = new float[x.Length];
            Softmax.Forward<float>(x, expected, cols, Path(pathWidth));

            Softmax.Forward<float>(x, x, cols, Path(pathWidth));

            Assert.Equal(expected, x);
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Every_path_agrees_with_the_scalar_reference(int pathWidth)
    {
        foreach (int cols in Widths)
        {
            float[] x = Floats(4 * cols, seed: 300 + cols, scale: 30);
            float[] dy = Floats(4 * cols, seed: 400 + cols);
            var scalar = new float[x.Length];
            var vector = new float[x.Length];
            Softmax.Forward<float>(x, scalar, cols, SimdPath.Scalar);
            Softmax.Forward<float>(x, vector, cols, Path(pathWidth));
            Close(ToDouble(scalar), vector, abs: 1e-6, rel: 1e-5);

            var scalarGradient = new float[x.Length];
            var vectorGradient = new float[x.Length];
            Softmax.Backward<float>(scalar, dy, scalarGradient, cols, SimdPath.Scalar);
            Softmax.Backward<float>(scalar, dy, vectorGradient, cols, Path(pathWidth));
            Close(ToDouble(scalarGradient), vectorGradient, abs: 1e-6, rel: 1e-4, relativeFloor: 1e-3);
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Backward_matches_the_explicit_jacobian(int pathWidth)
    {
        foreach (int cols in new[] { 1, 2, 5, 8, 10, 17, 33, 64, 100 })
        {
            const int rows = 3;
            double[] x = Doubles(rows * cols, seed: cols);
            double[] dy = Doubles(rows * cols, seed: 50 + cols);
            var y = new double[x.Length];
            Softmax.Forward<double>(x, y, cols, Path(pathWidth));
            var dx = new double[x.Length];

            Softmax.Backward<double>(y, dy, dx, cols, Path(pathWidth));

            // dx = J·dy with the symmetric Jacobian J = diag(y) − y yᵀ, built in full.
            var expected = new double[x.Length];
            for (int r = 0; r < rows; r++)
            {
                int o = r * cols;
                for (int i = 0; i < cols; i++)
                {
                    double sum = 0;
                    for (int j = 0; j < cols; j++)
                    {
                        double jacobian = (i == j ? y[o + i] : 0) - y[o + i] * y[o + j];
                        sum += jacobian * dy[o + j];
                    }

                    expected[o + i] = sum;
                }
            }

            Close(expected, dx, abs: 1e-15, rel: 1e-10, relativeFloor: 1e-6);
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Float_backward_matches_a_double_jacobian(int pathWidth)
    {
        foreach (int cols in new[] { 3, 10, 64, 1024 })
        {
            float[] x = Floats(2 * cols, seed: cols);
            float[] dy = Floats(2 * cols, seed: cols + 1);
            var y = new float[x.Length];
            Softmax.Forward<float>(x, y, cols, Path(pathWidth));
            var dx = new float[x.Length];

            Softmax.Backward<float>(y, dy, dx, cols, Path(pathWidth));

            double[] yd = ToDouble(y);
            var expected = new double[x.Length];
            for (int r = 0; r < 2; r++)
            {
                int o = r * cols;
                double dot = 0;
                for (int j = 0; j < cols; j++)
                {
                    dot += yd[o + j] * dy[o + j];
                }

                for (int i = 0; i < cols; i++)
                {
                    expected[o + i] = yd[o + i] * (dy[o + i] - dot);
                }
            }

            Close(expected, dx, abs: 2e-6, rel: 1e-4, relativeFloor: 1e-2);
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Backward_of_an_all_negative_infinity_row_is_zero_and_works_in_place(int pathWidth)
    {
        const int cols = 12;
        var x = new float[2 * cols];
        x.AsSpan(0, cols).Fill(float.NegativeInfinity);
        Floats(cols, seed: 3).CopyTo(x.AsSpan(cols));
        var y = new float[x.Length];
        Softmax.Forward<float>(x, y, cols, Path(pathWidth));
        float[] dy = Floats(x.Length, seed: 4);
        var expected = new float[x.Length];
        Softmax.Backward<float>(y, dy, expected, cols, Path(pathWidth));

        Softmax.Backward<float>(y, dy, dy, cols, Path(pathWidth)); // dx aliases dy

        Assert.Equal(expected, dy);
        Assert.All(dy.AsSpan(0, cols).ToArray(), v => Assert.Equal(0f, v));
    }

    [Fact]
    public void Public_overloads_use_the_best_path()
    {
        float[] x = Floats(3 * 50, seed: 9);
        var expected = new float[x.Length];
        var actual = new float[x.Length];
        Softmax.Forward<float>(x, expected, 50, SimdPaths.Best);

        Softmax.Forward(x, actual, 50);

        Assert.Equal(expected, actual);
        double[] xd = ToDouble(x);
        var yd = new double[xd.Length];
        Softmax.Forward(xd, yd, 50);
        Close(ReferenceSoftmax(xd, 50), yd, abs: 1e-15, rel: 1e-12);
    }
}
