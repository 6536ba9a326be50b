using static LayerGen.Runtime.Tests.TestData;

namespace LayerGen.Runtime.Tests;

public class ActivationTests
{
    public static TheoryData<int> AllPaths => Paths();

    private static readonly int[] Lengths = [0, 1, 3, 7, 8, 15, 16, 17, 31, 33, 64, 100, 1000];

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Forward_matches_the_math_library(int pathWidth)
    {
        foreach (int n in Lengths)
        {
            float[] x = Floats(n, seed: n, scale: 12);
            double[] xd = Doubles(n, seed: n, scale: 12);
            if (n > 5)
            {
                x[0] = 0; x[1] = 1e-6f; x[2] = -1e-6f; x[3] = float.PositiveInfinity; x[4] = float.NegativeInfinity; x[5] = -100;
                xd[0] = 0; xd[1] = 1e-9; xd[2] = -1e-9; xd[3] = double.PositiveInfinity; xd[4] = double.NegativeInfinity; xd[5] = -800;
            }

            var y = new float[n];
            var yd = new double[n];

            Activations.Relu<float>(x, y, Path(pathWidth));
            Assert.Equal(x.Select(v => Math.Max(v, 0f)).ToArray(), y);
            Activations.Relu<double>(xd, yd, Path(pathWidth));
            Assert.Equal(xd.Select(v => Math.Max(v, 0.0)).ToArray(), yd);

            Activations.Sigmoid<float>(x, y, Path(pathWidth));
            Close(x.Select(v => 1 / (1 + Math.Exp(-(double)v))).ToArray(), y, abs: 1e-7, rel: 4e-7, relativeFloor: 1e-30);
            Activations.Sigmoid<double>(xd, yd, Path(pathWidth));
            Close(xd.Select(v => 1 / (1 + Math.Exp(-v))).ToArray(), yd, abs: 1e-15, rel: 1e-14, relativeFloor: 1e-300);

            Activations.Tanh<float>(x, y, Path(pathWidth));
            Close(x.Select(v => Math.Tanh(v)).ToArray(), y, abs: 2e-7, rel: 4e-7, relativeFloor: 1e-30);
            Activations.Tanh<double>(xd, yd, Path(pathWidth));
            Close(xd.Select(Math.Tanh).ToArray(), yd, abs: 1e-15, rel: 1e-14, relativeFloor: 1e-300);
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void NaN_in_gives_NaN_out(int pathWidth)
    {
        float[] x = Floats(40, seed: 1);
        x[17] = float.NaN;
        var y = new float[40];
        foreach (Action<float[], float[]> activation in new Action<float[], float[]>[]
        {
            (a, b) => Activations.Relu<float>(a, b, Path(pathWidth)),
            (a, b) => Activations.Sigmoid<float>(a, b, Path(pathWidth)),
            (a, b) => Activations.Tanh<float>(a, b, Path(pathWidth)),
        })
        {
            activation(x, y);
            Assert.True(float.IsNaN(y[17]));
            NoNaN(y.AsSpan(0, 17));
            NoNaN(y.AsSpan(18));
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Backward_passes_use_the_output(int pathWidth)
    {
        foreach (int n in Lengths)
        {
            float[] y = Floats(n, seed: n, scale: 1);
            float[] dy = Floats(n, seed: n + 1, scale: 2);
            var dx = new float[n];

            Activations.ReluBackward<float>(y, dy, dx, Path(pathWidth));
            Assert.Equal(y.Zip(dy, (a, g) => a > 0 ? g : 0f).ToArray(), dx);

            // 1 − y and 1 − y² cancel near |y| = 1 in float, so small entries are only held to the absolute bound.
            Activations.SigmoidBackward<float>(y, dy, dx, Path(pathWidth));
            Close(y.Zip(dy, (a, g) => (double)g * a * (1 - (double)a)).ToArray(), dx, abs: 1e-6, rel: 1e-5, relativeFloor: 1e-2);

            Activations.TanhBackward<float>(y, dy, dx, Path(pathWidth));
            Close(y.Zip(dy, (a, g) => (double)g * (1 - (double)a * a)).ToArray(), dx, abs: 1e-6, rel: 1e-5, relativeFloor: 1e-2);
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Backward_passes_pass_a_gradient_check(int pathWidth)
    {
        // Inputs stay at least 0.1 away from Relu's kink at 0; the upstream gradient is in [1, 3].
        double[] x = Doubles(41, seed: 2, scale: 2).Select(v => v >= 0 ? v + 0.1 : v - 0.1).ToArray();
        double[] upstream = Doubles(41, seed: 3, scale: 1, offset: 2);
        var y = new double[x.Length];
        var forwards = new Action[]
        {
            () => Activations.Relu<double>(x, y, Path(pathWidth)),
            () => Activations.Sigmoid<double>(x, y, Path(pathWidth)),
            () => Activations.Tanh<double>(x, y, Path(pathWidth)),
        };
        var backwards = new Action<double[]>[]
        {
            dx => Activations.ReluBackward<double>(y, upstream, dx, Path(pathWidth)),
            dx => Activations.SigmoidBackward<double>(y, upstream, dx, Path(pathWidth)),
            dx => Activations.TanhBackward<double>(y, upstream, dx, Path(pathWidth)),
        };

        for (int k = 0; k < forwards.Length; k++)
        {
            Action forward = forwards[k];
            double Loss()
            {
                forward();
                return y.Zip(upstream, (a, g) => a * g).Sum();
            }

            var numerical = new double[x.Length];
            GradientCheck.Numerical(x, Loss, numerical);
            forward();
            var analytic = new double[x.Length];
            backwards[k](analytic);

            Assert.InRange(GradientCheck.MaxRelativeError(analytic, numerical), 0, 1e-7);
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Activations_work_in_place(int pathWidth)
    {
        float[] x = Floats(50, seed: 8, scale: 4);
        var expected = new float[50];
        Activations.Sigmoid<float>(x, expected, Path(pathWidth));
        Activations.Sigmoid<float>(x, x, Path(pathWidth));
        Assert.Equal(expected, x);

        float[] dy = Floats(50, seed: 9);
        Activations.TanhBackward<float>(x, dy, expected, Path(pathWidth));
        Activations.TanhBackward<float>(x, dy, dy, Path(pathWidth));
        Assert.Equal(expected, dy);
    }

    [Fact]
    public void Public_overloads_match_the_best_path()
    {
        double[] x = Doubles(30, seed: 1, scale: 5);
        var expected = new double[30];
        var actual = new double[30];
        Activations.Tanh<double>(x, expected, SimdPaths.Best);
        Activations.Tanh(x, actual);
        Assert.Equal(expected, actual);
        Activations.Relu(x, actual);
        Assert.Equal(x.Select(v => Math.Max(v, 0)).ToArray(), actual);
        Activations.Sigmoid(x, actual);
        Activations.SigmoidBackward(actual, x, actual);
        Activations.ReluBackward(x, x, actual);
        Assert.Equal(x.Select(v => v > 0 ? v : 0).ToArray(), actual);
        Activations.TanhBackward(expected, x, actual);
        Assert.Equal(expected.Zip(x, (t, g) => g * (1 - t * t)).ToArray(), actual);
    }
}
