// Idiom: a class with computed properties (Samples, Classes) and a two-index indexer hiding a column-major buffer.
// Use: a logit grid returned by a GEMM (Z = W·X), softmax per sample.
// Layout: flat float[classes * samples], class-major (column-major), read as grid[sample, cls].
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut95.Indexers_ColumnMajorGrid;

public sealed class LogitGrid(float[] data, int classes)
{
    public int Classes => classes;
    public int Samples => data.Length / classes;

    public float this[int sample, int cls]
    {
        get => data[cls * Samples + sample];
        set => data[cls * Samples + sample] = value;
    }
}

public static class GridSoftmax
{
    public static LogitGrid Probabilities(LogitGrid z)
    {
        var p = new LogitGrid(new float[z.Samples * z.Classes], z.Classes);
        for (int s = 0; s < z.Samples; s++)
        {
            float hi = float.NegativeInfinity;
            for (int c = 0; c < z.Classes; c++)
                hi = MathF.Max(hi, z[s, c]);
            float sum = 0f;
            for (int c = 0; c < z.Classes; c++)
                sum += p[s, c] = MathF.Exp(z[s, c] - hi);
            for (int c = 0; c < z.Classes; c++)
                p[s, c] /= sum;
        }
        return p;
    }
}
