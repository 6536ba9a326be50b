using static LayerGen.Runtime.Tests.TestData;

namespace LayerGen.Runtime.Tests;

public class AffineTests
{
    public static TheoryData<int> AllPaths => Paths();

    /// <summary>Odd sizes around every vector width and register tile, as (rows, inputs, outputs).</summary>
    private static readonly (int Rows, int Inputs, int Outputs)[] Shapes =
    [
        (1, 1, 1), (1, 3, 17), (3, 17, 1), (17, 3, 65), (5, 65, 17), (65, 130, 3), (2, 130, 130), (13, 33, 129), (64, 64, 64), (7, 300, 10), (130, 17, 33),
    ];

    internal static double[] NaiveForward(double[] x, double[] w, double[] b, int rows, int inputs, int outputs)
    {
        var y = new double[rows * outputs];
        for (int r = 0; r < rows; r++)
        {
            for (int o = 0; o < outputs; o++)
            {
                double sum = b.Length == 0 ? 0 : b[o];
                for (int i = 0; i < inputs; i++)
                {
                    sum += x[r * inputs + i] * w[i * outputs + o];
                }

                y[r * outputs + o] = sum;
            }
        }

        return y;
    }

    internal static (double[] Dx, double[] Dw, double[] Db) NaiveBackward(double[] x, double[] w, double[] dy, int rows, int inputs, int outputs)
    {
        var dx = new double[rows * inputs];
        var dw = new double[inputs * outputs];
        var db = new double[outputs];
        for (int r = 0; r < rows; r++)
        {
            for (int i = 0; i < inputs; i++)
            {
                for (int o = 0; o < outputs; o++)
                {
                    dx[r * inputs + i] += dy[r * outputs + o] * w[i * outputs + o];
                    dw[i * outputs + o] += x[r * inputs + i] * dy[r * outputs + o];
                }
            }

            for (int o = 0; o < outputs; o++)
            {
                db[o] += dy[r * outputs + o];
            }
        }

        return (dx, dw, db);
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Double_matches_a_naive_triple_loop(int pathWidth)
    {
        foreach (var (rows, inputs, outputs) in Shapes)
        {
            double[] x = Doubles(rows * inputs, seed: rows);
            double[] w = Doubles(inputs * outputs, seed: inputs);
            double[] b = Doubles(outputs, seed: outputs);
            double[] dy = Doubles(rows * outputs, seed: rows + outputs);
            var y = Filled(rows * outputs);
            var dx = Filled(rows * inputs);
            var dw = Filled(inputs * outputs); // garbage in every destination: results overwrite, never accumulate
            var db = Filled(outputs);

            Affine.Forward<double>(x, w, b, y, inputs, outputs, Path(pathWidth));
            Affine.Backward<double>(x, w, dy, dx, dw, db, inputs, outputs, Path(pathWidth));

            var (edx, edw, edb) = NaiveBackward(x, w, dy, rows, inputs, outputs);
            // Sums of up to 300 products of entries ≤ 3 in another order: rounding differences of about 1e-13.
            Close(NaiveForward(x, w, b, rows, inputs, outputs), y, abs: 1e-12, rel: 1e-9, relativeFloor: 1e-2);
            Close(edx, dx, abs: 1e-12, rel: 1e-9, relativeFloor: 1e-2);
            Close(edw, dw, abs: 1e-12, rel: 1e-9, relativeFloor: 1e-2);
            Close(edb, db, abs: 1e-12, rel: 1e-9, relativeFloor: 1e-2);
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Float_matches_a_naive_triple_loop_in_double(int pathWidth)
    {
        foreach (var (rows, inputs, outputs) in Shapes)
        {
            float[] x = Floats(rows * inputs, seed: rows, scale: 1);
            float[] w = Floats(inputs * outputs, seed: inputs, scale: 1);
            float[] b = Floats(outputs, seed: outputs, scale: 1);
            float[] dy = Floats(rows * outputs, seed: rows + outputs, scale: 1);
            var y = new float[rows * outputs];
            var dx = new float[rows * inputs];
            var dw = new float[inputs * outputs];
            var db = new float[outputs];

            Affine.Forward<float>(x, w, b, y, inputs, outputs, Path(pathWidth));
            Affine.Backward<float>(x, w, dy, dx, dw, db, inputs, outputs, Path(pathWidth));

            // Sums of k products of entries ≤ 1 in float: error ≲ k·ε·(typical |sum| ≈ √k).
            double[] xd = ToDouble(x), wd = ToDouble(w), dyd = ToDouble(dy);
            var (edx, edw, edb) = NaiveBackward(xd, wd, dyd, rows, inputs, outputs);
            Close(NaiveForward(xd, wd, ToDouble(b), rows, inputs, outputs), y, abs: 2e-6 * inputs, rel: 1);
            Close(edx, dx, abs: 2e-6 * outputs, rel: 1);
            Close(edw, dw, abs: 2e-6 * rows, rel: 1);
            Close(edb, db, abs: 2e-6 * rows, rel: 1);
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void An_empty_batch_gives_zero_weight_and_bias_gradients(int pathWidth)
    {
        var dw = Filled(17 * 40);
        var db = Filled(40);

        Affine.Forward<double>([], new double[17 * 40], new double[40], [], 17, 40, Path(pathWidth));
        Affine.Backward<double>([], new double[17 * 40], [], [], dw, db, 17, 40, Path(pathWidth));

        Assert.All(dw, v => Assert.Equal(0.0, v));
        Assert.All(db, v => Assert.Equal(0.0, v));
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Long_reductions_accumulate_across_blocks(int pathWidth)
    {
        // 290 inputs and 270 rows exceed the 256-step reduction block of x·W and of xᵀ·dy.
        const int rows = 270, inputs = 290, outputs = 37;
        double[] x = Doubles(rows * inputs, seed: 21, scale: 1);
        double[] w = Doubles(inputs * outputs, seed: 22, scale: 1);
        double[] b = Doubles(outputs, seed: 23, scale: 1);
        double[] dy = Doubles(rows * outputs, seed: 24, scale: 1);
        var y = new double[rows * outputs];
        var dx = new double[x.Length];
        var dw = new double[w.Length];
        var db = new double[outputs];

        Affine.Forward<double>(x, w, b, y, inputs, outputs, Path(pathWidth));
        Affine.Backward<double>(x, w, dy, dx, dw, db, inputs, outputs, Path(pathWidth));

        var (edx, edw, edb) = NaiveBackward(x, w, dy, rows, inputs, outputs);
        Close(NaiveForward(x, w, b, rows, inputs, outputs), y, abs: 1e-11, rel: 1);
        Close(edx, dx, abs: 1e-11, rel: 1);
        Close(edw, dw, abs: 1e-11, rel: 1);
        Close(edb, db, abs: 1e-11, rel: 1);
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Empty_dx_and_empty_bias_are_skipped(int pathWidth)
    {
        const int rows = 5, inputs = 17, outputs = 9;
        double[] x = Doubles(rows * inputs, seed: 1);
        double[] w = Doubles(inputs * outputs, seed: 2);
        double[] dy = Doubles(rows * outputs, seed: 3);
        var y = new double[rows * outputs];
        var dw = new double[inputs * outputs];

        Affine.Forward<double>(x, w, default, y, inputs, outputs, Path(pathWidth));
        Affine.Backward<double>(x, w, dy, default, dw, default, inputs, outputs, Path(pathWidth));

        Close(NaiveForward(x, w, [], rows, inputs, outputs), y, abs: 1e-13, rel: 1e-12, relativeFloor: 1e-6);
        Close(NaiveBackward(x, w, dy, rows, inputs, outputs).Dw, dw, abs: 1e-13, rel: 1e-12, relativeFloor: 1e-6);
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Backward_passes_a_gradient_check(int pathWidth)
    {
        const int rows = 4, inputs = 7, outputs = 5;
        double[] x = Doubles(rows * inputs, seed: 11);
        double[] w = Doubles(inputs * outputs, seed: 12);
        double[] b = Doubles(outputs, seed: 13);
        double[] upstream = Doubles(rows * outputs, seed: 14, scale: 1, offset: 2);
        var y = new double[rows * outputs];

        double Loss()
        {
            Affine.Forward<double>(x, w, b, y, inputs, outputs, Path(pathWidth));
            return y.Zip(upstream, (a, g) => a * g).Sum(); // dL/dy = upstream
        }

        var dx = new double[x.Length];
        var dw = new double[w.Length];
        var db = new double[b.Length];
        Affine.Backward<double>(x, w, upstream, dx, dw, db, inputs, outputs, Path(pathWidth));

        foreach (var (parameters, analytic) in new[] { (x, dx), (w, dw), (b, db) })
        {
            var numerical = new double[parameters.Length];
            GradientCheck.Numerical(parameters, Loss, numerical);
            Assert.InRange(GradientCheck.MaxRelativeError(analytic, numerical), 0, 1e-7);
        }
    }

    [Fact]
    public void Public_overloads_match_the_best_path()
    {
        const int rows = 9, inputs = 20, outputs = 11;
        float[] x = Floats(rows * inputs, seed: 1);
        float[] w = Floats(inputs * outputs, seed: 2);
        float[] b = Floats(outputs, seed: 3);
        var expected = new float[rows * outputs];
        var actual = new float[rows * outputs];
        Affine.Forward<float>(x, w, b, expected, inputs, outputs, SimdPaths.Best);
        Affine.Forward(x, w, b, actual, inputs, outputs);
        Assert.Equal(expected, actual);

        var dwExpected = new float[w.Length];
        var dw = new float[w.Length];
        var dx = new float[x.Length];
        var db = new float[outputs];
        Affine.Backward<float>(x, w, actual, default, dwExpected, default, inputs, outputs, SimdPaths.Best);
        Affine.Backward(x, w, actual, dx, dw, db, inputs, outputs);
        Assert.Equal(dwExpected, dw);

        double[] xd = ToDouble(x), wd = ToDouble(w), bd = ToDouble(b);
        var yd = new double[rows * outputs];
        Affine.Forward(xd, wd, bd, yd, inputs, outputs);
        Affine.Backward(xd, wd, yd, new double[xd.Length], new double[wd.Length], new double[outputs], inputs, outputs);
        Close(NaiveForward(xd, wd, bd, rows, inputs, outputs), yd, abs: 1e-12, rel: 1e-12, relativeFloor: 1e-6);
    }

    private static double[] Filled(int length) => Enumerable.Repeat(double.NaN, length).ToArray();
}
