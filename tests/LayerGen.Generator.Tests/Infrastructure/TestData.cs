namespace LayerGen.Generator.Tests.Infrastructure;

/// <summary>Random batches that exercise the numerical promises: ordinary rows, huge logits, infinities, mixed scales.</summary>
internal static class TestData
{
    /// <summary>
    /// A batch of <paramref name="rows"/> rows of <paramref name="cols"/> logits. Row kinds cycle through: N(0, 3);
    /// ±1e4; tiny scale (1e-3); huge spread (1e3); one +∞; two +∞; -∞ entries among finite ones; all -∞; a lone finite among -∞.
    /// </summary>
    public static float[] Logits(int rows, int cols, int seed, bool withInfinities = true)
    {
        var random = new Random(seed);
        var x = new float[rows * cols];
        int kinds = withInfinities ? 9 : 4;
        for (int r = 0; r < rows; r++)
        {
            Span<float> row = x.AsSpan(r * cols, cols);
            int kind = r % kinds;
            for (int j = 0; j < cols; j++)
            {
                double g = Gaussian(random);
                row[j] = kind switch
                {
                    1 => (float)(1e4 * (random.NextDouble() < 0.5 ? -1 : 1) + g),
                    2 => (float)(1e-3 * g),
                    3 => (float)(1e3 * g),
                    _ => (float)(3 * g),
                };
            }

            switch (kind)
            {
                case 4:
                    row[random.Next(cols)] = float.PositiveInfinity;
                    break;
                case 5:
                    row[random.Next(cols)] = float.PositiveInfinity;
                    row[random.Next(cols)] = float.PositiveInfinity;
                    break;
                case 6:
                    for (int j = 0; j < cols; j += 2)
                    {
                        row[j] = float.NegativeInfinity;
                    }

                    if (cols == 1)
                    {
                        row[0] = 1.5f;
                    }

                    break;
                case 7:
                    row.Fill(float.NegativeInfinity);
                    break;
                case 8:
                    row.Fill(float.NegativeInfinity);
                    row[random.Next(cols)] = -20000f;
                    break;
            }
        }

        return x;
    }

    public static float[] Gaussians(int count, int seed, double scale = 1)
    {
        var random = new Random(seed);
        var values = new float[count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (float)(scale * Gaussian(random));
        }

        return values;
    }

    public static int[] Labels(int rows, int classes, int seed)
    {
        var random = new Random(seed);
        var labels = new int[rows];
        for (int i = 0; i < rows; i++)
        {
            labels[i] = random.Next(classes);
        }

        return labels;
    }

    public static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    public static double[] ToDouble(float[] values) => Array.ConvertAll(values, v => (double)v);

    /// <summary>
    /// Asserts <paramref name="actual"/> equals <paramref name="expected"/> entry by entry: NaN where NaN, same infinities,
    /// |a − e| ≤ <paramref name="absolute"/>, and |a − e| ≤ <paramref name="relative"/>·|e| for |e| ≥ 1e-30.
    /// </summary>
    public static void AssertClose(ReadOnlySpan<float> expected, ReadOnlySpan<float> actual, double absolute, double relative, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            CheckOne(expected[i], actual[i], absolute, relative, what, i);
        }
    }

    public static void AssertClose(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, double absolute, double relative, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            CheckOne(expected[i], actual[i], absolute, relative, what, i);
        }
    }

    private static void CheckOne(double e, double a, double absolute, double relative, string what, int i)
    {
        if (double.IsNaN(e) || double.IsNaN(a) || double.IsInfinity(e) || double.IsInfinity(a))
        {
            Assert.True(e.Equals(a), $"{what}[{i}]: expected {e}, got {a}");
            return;
        }

        double error = Math.Abs(a - e);
        Assert.True(error <= absolute, $"{what}[{i}]: expected {e:R}, got {a:R} (absolute error {error:E3} > {absolute:E1})");
        Assert.True(Math.Abs(e) < 1e-30 || error <= relative * Math.Abs(e),
            $"{what}[{i}]: expected {e:R}, got {a:R} (relative error {error / Math.Abs(e):E3} > {relative:E1})");
    }
}
