namespace LayerGen.Benchmarks;

// A learner's softmax (seed 004's forward, written without any knowledge of its derivative) as custom layers: LayerGen
// generates Forward over the batch and derives Backward. Benchmarked in DerivedBackwardBenchmarks.

/// <summary>Rows of 64.</summary>
[DifferentiableLayer(64)]
public partial class LearnerSoftmax64
{
    private static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float max = x[0];
        for (int i = 1; i < x.Length; i++)
        {
            if (x[i] > max)
            {
                max = x[i];
            }
        }

        float sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = MathF.Exp(x[i] - max);
            sum += y[i];
        }

        for (int i = 0; i < x.Length; i++)
        {
            y[i] /= sum;
        }
    }
}

/// <summary>Rows of 1024.</summary>
[DifferentiableLayer(1024)]
public partial class LearnerSoftmax1024
{
    private static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float max = x[0];
        for (int i = 1; i < x.Length; i++)
        {
            if (x[i] > max)
            {
                max = x[i];
            }
        }

        float sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = MathF.Exp(x[i] - max);
            sum += y[i];
        }

        for (int i = 0; i < x.Length; i++)
        {
            y[i] /= sum;
        }
    }
}
