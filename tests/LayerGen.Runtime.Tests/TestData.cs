namespace LayerGen.Runtime.Tests;

/// <summary>Seeded inputs, the SIMD paths to force, and double-precision references written the straightforward way.</summary>
internal static class TestData
{
    /// <summary>
    /// Every SIMD path this machine can run (the scalar path always), as its bit width (0 = scalar) because
    /// <see cref="SimdPath"/> is internal and public test methods cannot take it.
    /// </summary>
    public static TheoryData<int> Paths()
    {
        var data = new TheoryData<int>();
        foreach (SimdPath path in new[] { SimdPath.Scalar, SimdPath.Vector128, SimdPath.Vector256, SimdPath.Vector512 })
        {
            if (SimdPaths.IsAccelerated(path))
            {
                data.Add((int)path);
            }
        }

        return data;
    }

    /// <summary>The <see cref="SimdPath"/> for a width from <see cref="Paths"/>.</summary>
    public static SimdPath Path(int width) => (SimdPath)width;

    /// <summary>Row widths around every vector width and its multiples, plus the benchmark shapes.</summary>
    public static readonly int[] Widths = [1, 2, 3, 4, 7, 8, 9, 10, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 130, 1024, 4096];

    public static float[] Floats(int count, int seed, double scale = 3.0, double offset = 0.0)
    {
        var random = new Random(seed);
        var values = new float[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = (float)(offset + scale * (2 * random.NextDouble() - 1));
        }

        return values;
    }

    public static double[] Doubles(int count, int seed, double scale = 3.0, double offset = 0.0)
    {
        var random = new Random(seed);
        var values = new double[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = offset + scale * (2 * random.NextDouble() - 1);
        }

        return values;
    }

    public static double[] ToDouble(ReadOnlySpan<float> values)
    {
        var result = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            result[i] = values[i];
        }

        return result;
    }

    /// <summary>Textbook per-row softmax in double: subtract the row max, exponentiate, divide by the row sum.</summary>
    public static double[] ReferenceSoftmax(ReadOnlySpan<double> x, int cols)
    {
        var y = new double[x.Length];
        for (int start = 0; start < x.Length; start += cols)
        {
            double max = double.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                max = Math.Max(max, x[start + j]);
            }

            double sum = 0;
            for (int j = 0; j < cols; j++)
            {
                sum += Math.Exp(x[start + j] - max);
            }

            for (int j = 0; j < cols; j++)
            {
                y[start + j] = Math.Exp(x[start + j] - max) / sum;
            }
        }

        return y;
    }

    /// <summary>Per-row log-softmax in double: <c>(x − max) − log Σ exp(x − max)</c>.</summary>
    public static double[] ReferenceLogSoftmax(ReadOnlySpan<double> x, int cols)
    {
        var y = new double[x.Length];
        for (int start = 0; start < x.Length; start += cols)
        {
            double max = double.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                max = Math.Max(max, x[start + j]);
            }

            double sum = 0;
            for (int j = 0; j < cols; j++)
            {
                sum += Math.Exp(x[start + j] - max);
            }

            double logSum = Math.Log(sum);
            for (int j = 0; j < cols; j++)
            {
                y[start + j] = (x[start + j] - max) - logSum;
            }
        }

        return y;
    }

    /// <summary>Asserts |actual − expected| ≤ abs, and for |expected| ≥ <paramref name="relativeFloor"/> also a relative error ≤ rel.</summary>
    public static void Close(ReadOnlySpan<double> expected, ReadOnlySpan<float> actual, double abs, double rel, double relativeFloor = 1e-30)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            CloseAt(i, expected[i], actual[i], abs, rel, relativeFloor);
        }
    }

    /// <inheritdoc cref="Close(ReadOnlySpan{double}, ReadOnlySpan{float}, double, double, double)"/>
    public static void Close(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, double abs, double rel, double relativeFloor = 1e-300)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            CloseAt(i, expected[i], actual[i], abs, rel, relativeFloor);
        }
    }

    private static void CloseAt(int i, double expected, double actual, double abs, double rel, double relativeFloor)
    {
        if (expected.Equals(actual))
        {
            return; // also covers matching infinities and NaN
        }

        double error = Math.Abs(expected - actual);
        if (!(error <= abs))
        {
            Assert.Fail($"[{i}]: expected {expected:R}, got {actual:R} (abs error {error:E3} > {abs:E1})");
        }

        if (Math.Abs(expected) >= relativeFloor && !(error <= rel * Math.Abs(expected)))
        {
            Assert.Fail($"[{i}]: expected {expected:R}, got {actual:R} (rel error {error / Math.Abs(expected):E3} > {rel:E1})");
        }
    }

    public static void NoNaN(ReadOnlySpan<float> values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            Assert.False(float.IsNaN(values[i]), $"NaN at [{i}]");
        }
    }

    public static void NoNaN(ReadOnlySpan<double> values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            Assert.False(double.IsNaN(values[i]), $"NaN at [{i}]");
        }
    }
}
