namespace LayerGen.Benchmarks;

/// <summary>
/// Inputs for one shape: standard normal logits <see cref="Logits"/> and upstream gradients <see cref="Gradient"/>
/// (the same distribution the PyTorch script draws with <c>torch.randn</c>), the softmax <see cref="Probabilities"/>
/// of the logits (rounded from a double reference, so every backward implementation sees the same input),
/// and double-precision references for both directions.
/// </summary>
public sealed class BenchmarkData
{
    private const int Seed = 12345;

    private BenchmarkData(int rows, int cols)
    {
        Rows = rows;
        Cols = cols;
        var random = new Random(Seed);
        Logits = StandardNormal(random, rows * cols);
        Gradient = StandardNormal(random, rows * cols);
        ExpectedProbabilities = DoubleReference.Forward(Logits, cols);
        Probabilities = Array.ConvertAll(ExpectedProbabilities, p => (float)p);
        ExpectedInputGradient = DoubleReference.Backward(Probabilities, Gradient, cols);
    }

    /// <summary>Rows of the batch.</summary>
    public int Rows { get; }

    /// <summary>Columns (softmax size) of the batch.</summary>
    public int Cols { get; }

    /// <summary>Row-major logits, standard normal.</summary>
    public float[] Logits { get; }

    /// <summary>Row-major upstream gradient dy, standard normal.</summary>
    public float[] Gradient { get; }

    /// <summary>softmax(Logits) rounded to float: the input of every backward benchmark.</summary>
    public float[] Probabilities { get; }

    /// <summary>softmax(Logits) in double.</summary>
    public double[] ExpectedProbabilities { get; }

    /// <summary>Probabilities ⊙ (Gradient − ⟨Probabilities, Gradient⟩) per row, in double.</summary>
    public double[] ExpectedInputGradient { get; }

    private static readonly Dictionary<(int Rows, int Cols), BenchmarkData> Cache = [];

    /// <summary>Data for a shape, created once per process (the double references take a moment at 4096×1024).</summary>
    public static BenchmarkData For(int rows, int cols)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue((rows, cols), out BenchmarkData? data))
            {
                data = new BenchmarkData(rows, cols);
                Cache.Add((rows, cols), data);
            }

            return data;
        }
    }

    /// <summary><paramref name="count"/> standard normal floats from a seeded generator (the GEMM operands).</summary>
    public static float[] Normal(int count, int seed) => StandardNormal(new Random(seed), count);

    private static float[] StandardNormal(Random random, int count)
    {
        var values = new float[count];
        for (int i = 0; i < count; i += 2)
        {
            // Box–Muller: two independent N(0, 1) samples from two uniforms in (0, 1].
            double u1 = 1.0 - random.NextDouble();
            double u2 = random.NextDouble();
            double radius = Math.Sqrt(-2.0 * Math.Log(u1));
            values[i] = (float)(radius * Math.Cos(2.0 * Math.PI * u2));
            if (i + 1 < count)
            {
                values[i + 1] = (float)(radius * Math.Sin(2.0 * Math.PI * u2));
            }
        }

        return values;
    }
}
