using static LayerGen.Runtime.Tests.TestData;

namespace LayerGen.Runtime.Tests;

public class OptimizersTests
{
    public static TheoryData<int> AllPaths => Paths();

    private static readonly int[] Lengths = [1, 7, 33, 1000];

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Adam_matches_the_scalar_reference_over_several_steps(int pathWidth)
    {
        foreach (int n in Lengths)
        {
            double[] p = Doubles(n, seed: n), expectedP = (double[])p.Clone();
            double[] m = new double[n], v = new double[n], expectedM = new double[n], expectedV = new double[n];
            float[] pf = Floats(n, seed: n), expectedPf = (float[])pf.Clone();
            float[] mf = new float[n], vf = new float[n], expectedMf = new float[n], expectedVf = new float[n];
            for (int step = 1; step <= 3; step++)
            {
                double[] g = Doubles(n, seed: 100 * n + step);
                float[] gf = Floats(n, seed: 100 * n + step);
                Optimizers.Adam<double>(p, g, m, v, 0.01, 0.9, 0.999, 1e-8, step, Path(pathWidth));
                Optimizers.Adam<double>(expectedP, g, expectedM, expectedV, 0.01, 0.9, 0.999, 1e-8, step, SimdPath.Scalar);
                Optimizers.Adam<float>(pf, gf, mf, vf, 0.01f, 0.9f, 0.999f, 1e-8f, step, Path(pathWidth));
                Optimizers.Adam<float>(expectedPf, gf, expectedMf, expectedVf, 0.01f, 0.9f, 0.999f, 1e-8f, step, SimdPath.Scalar);
            }

            AssertClose(expectedP, p, 1e-14);
            AssertClose(expectedM, m, 1e-14);
            AssertClose(expectedV, v, 1e-14);
            AssertClose(ToDouble(expectedPf), ToDouble(pf), 1e-6);
            AssertClose(ToDouble(expectedMf), ToDouble(mf), 1e-6);
            AssertClose(ToDouble(expectedVf), ToDouble(vf), 1e-6);
            Assert.NotEqual(Doubles(n, seed: n), p); // the step did move the parameters
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Sgd_matches_the_scalar_reference_with_and_without_momentum(int pathWidth)
    {
        foreach (int n in Lengths)
        {
            foreach (double momentum in new[] { 0.0, 0.9 })
            {
                double[] p = Doubles(n, seed: n), expectedP = (double[])p.Clone();
                double[] velocity = new double[n], expectedVelocity = new double[n];
                float[] pf = Floats(n, seed: n), expectedPf = (float[])pf.Clone();
                float[] velocityF = new float[n], expectedVelocityF = new float[n];
                for (int step = 1; step <= 3; step++)
                {
                    double[] g = Doubles(n, seed: 100 * n + step);
                    float[] gf = Floats(n, seed: 100 * n + step);
                    Optimizers.Sgd<double>(p, g, velocity, 0.1, momentum, Path(pathWidth));
                    Optimizers.Sgd<double>(expectedP, g, expectedVelocity, 0.1, momentum, SimdPath.Scalar);
                    Optimizers.Sgd<float>(pf, gf, velocityF, 0.1f, (float)momentum, Path(pathWidth));
                    Optimizers.Sgd<float>(expectedPf, gf, expectedVelocityF, 0.1f, (float)momentum, SimdPath.Scalar);
                }

                AssertClose(expectedP, p, 1e-14);
                AssertClose(expectedVelocity, velocity, 1e-14);
                AssertClose(ToDouble(expectedPf), ToDouble(pf), 1e-6);
                AssertClose(ToDouble(expectedVelocityF), ToDouble(velocityF), 1e-6);
                if (momentum == 0)
                {
                    Assert.All(velocity, x => Assert.Equal(0.0, x)); // plain SGD leaves the buffer alone
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Adam_two_steps_match_the_hand_computed_values(int pathWidth)
    {
        // lr 0.1, β₁ 0.9, β₂ 0.999, ε 1e-8. Element 0: g = 0.5 then −0.25.
        // Step 1: m = 0.05, v = 0.00025; m̂ = 0.05 / 0.1 = 0.5, v̂ = 0.00025 / 0.001 = 0.25; p = 1 − 0.1 · 0.5 / (0.5 + 1e-8) = 0.900000002.
        // Step 2: m = 0.045 − 0.025 = 0.02, v = 0.00024975 + 0.0000625 = 0.00031225;
        //         m̂ = 0.02 / 0.19, v̂ = 0.00031225 / 0.001999; p = 0.900000002 − 0.1 · m̂ / (√v̂ + 1e-8) = 0.8733662987078463.
        // Element 1 has g = 0 then 1; element 2 a constant g = −3, so |Δp| ≈ lr each step. torch.optim.Adam (1.13, float64)
        // gives the same values to the printed digits.
        double[] p = [1.0, -2.0, 0.5], m = new double[3], v = new double[3];
        Optimizers.Adam<double>(p, [0.5, 0.0, -3.0], m, v, 0.1, 0.9, 0.999, 1e-8, step: 1, Path(pathWidth));
        AssertClose([0.900000002, -2.0, 0.5999999996666667], p, 1e-12);
        Optimizers.Adam<double>(p, [-0.25, 1.0, -3.0], m, v, 0.1, 0.9, 0.999, 1e-8, step: 2, Path(pathWidth));
        AssertClose([0.8733662987078463, -2.074413681304593, 0.6999999993333327], p, 1e-12);
        AssertClose([0.02, 0.1, -0.57], m, 1e-12);
        AssertClose([0.00031225, 0.001, 0.017991], v, 1e-12);
    }

    [Fact]
    public void Sgd_with_momentum_matches_the_hand_computed_values()
    {
        // v = 0.9 v + g; p −= 0.1 v. g = (0.5, −1) then (−0.25, 2): v = (0.5, −1), p = (0.95, −1.9); v = (0.2, 1.1), p = (0.93, −2.01).
        float[] p = [1f, -2f], velocity = new float[2];
        Optimizers.Sgd(p, [0.5f, -1f], velocity, 0.1f, 0.9f);
        Optimizers.Sgd(p, [-0.25f, 2f], velocity, 0.1f, 0.9f);
        AssertClose([0.93, -2.01], ToDouble(p), 1e-6);
        AssertClose([0.2, 1.1], ToDouble(velocity), 1e-6);
    }

    [Fact]
    public void Length_mismatch_throws_naming_the_span_and_lengths_before_any_write()
    {
        float[] p = [1f, 2f, 3f], m = new float[3], v = new float[3], velocity = new float[3];

        var e = Assert.Throws<ArgumentException>(() => Optimizers.Adam(p, new float[3], m, new float[2], 0.1f, 0.9f, 0.999f, 1e-8f, 1));
        Assert.Equal("secondMoment", e.ParamName);
        Assert.Contains("secondMoment.Length (2)", e.Message);
        Assert.Contains("parameters.Length (3)", e.Message);

        e = Assert.Throws<ArgumentException>(() => Optimizers.Adam(p, new float[4], m, v, 0.1f, 0.9f, 0.999f, 1e-8f, 1));
        Assert.Equal("gradients", e.ParamName);
        Assert.Contains("gradients.Length (4)", e.Message);

        e = Assert.Throws<ArgumentException>(() => Optimizers.Sgd(p, new float[3], new float[5], 0.1f, 0.9f));
        Assert.Equal("velocity", e.ParamName);
        Assert.Contains("velocity.Length (5)", e.Message);

        e = Assert.Throws<ArgumentException>(() => Optimizers.Sgd(p, new float[2], velocity, 0.1f, 0f));
        Assert.Equal("gradients", e.ParamName);

        Assert.Equal([1f, 2f, 3f], p);
        Assert.All(m, x => Assert.Equal(0f, x));
        Assert.All(velocity, x => Assert.Equal(0f, x));
    }

    [Fact]
    public void Bad_hyperparameters_and_overlap_throw_before_any_write()
    {
        double[] p = [1, 2, 3], g = [1, 1, 1], m = new double[3], v = new double[3];

        Assert.Equal("step", Assert.Throws<ArgumentOutOfRangeException>(() => Optimizers.Adam(p, g, m, v, 0.1, 0.9, 0.999, 1e-8, 0)).ParamName);
        Assert.Equal("beta1", Assert.Throws<ArgumentOutOfRangeException>(() => Optimizers.Adam(p, g, m, v, 0.1, 1.0, 0.999, 1e-8, 1)).ParamName);
        Assert.Equal("beta2", Assert.Throws<ArgumentOutOfRangeException>(() => Optimizers.Adam(p, g, m, v, 0.1, 0.9, -0.1, 1e-8, 1)).ParamName);
        Assert.Equal("epsilon", Assert.Throws<ArgumentOutOfRangeException>(() => Optimizers.Adam(p, g, m, v, 0.1, 0.9, 0.999, 0, 1)).ParamName);
        Assert.Equal("learningRate", Assert.Throws<ArgumentOutOfRangeException>(() => Optimizers.Adam(p, g, m, v, double.NaN, 0.9, 0.999, 1e-8, 1)).ParamName);
        Assert.Equal("momentum", Assert.Throws<ArgumentOutOfRangeException>(() => Optimizers.Sgd(p, g, v, 0.1, 1.0)).ParamName);
        Assert.Equal("learningRate", Assert.Throws<ArgumentOutOfRangeException>(() => Optimizers.Sgd(p, g, v, -1, 0.5)).ParamName);

        double[] shared = new double[6];
        Assert.Equal("secondMoment", Assert.Throws<ArgumentException>(() => Optimizers.Adam(p, g, shared.AsSpan(0, 3), shared.AsSpan(2, 3), 0.1, 0.9, 0.999, 1e-8, 1)).ParamName);
        Assert.Equal("velocity", Assert.Throws<ArgumentException>(() => Optimizers.Sgd(p, g, p, 0.1, 0.5)).ParamName);

        Assert.Equal([1.0, 2.0, 3.0], p);
        Assert.All(m, x => Assert.Equal(0.0, x));
        Assert.All(v, x => Assert.Equal(0.0, x));
        Assert.All(shared, x => Assert.Equal(0.0, x));
    }

    private static void AssertClose(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, double relative)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            double tolerance = relative * Math.Max(1.0, Math.Abs(expected[i]));
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"[{i}]: expected {expected[i]:R}, got {actual[i]:R}");
        }
    }
}
