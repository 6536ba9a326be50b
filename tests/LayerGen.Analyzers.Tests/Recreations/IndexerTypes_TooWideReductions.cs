// Variants (our own code) of softmaxes written through a user matrix type's indexer (the Math.NET DenseMatrix
// convention wrapped by olegtarasov/Retia, see HeldOut/IndexerMatrix_ColumnStorage.cs) in other layouts: a two-index
// table over row-major storage with one maximum over the whole table, a one-index logits buffer with rows at
// r * cols and one maximum over every element, and a column-major [classes, samples] matrix whose sum is never reset
// between samples.
// Layouts: `t[sample, cls]` over row-major float[], `b[r * cols + j]` over float[], `m[cls, sample]` over column-major
// double[]. Bugs: LG0001 (max over every row), LG0001 (max over the whole buffer), LG0002 (sum over every sample).
using System;

namespace Recreations.IndexerTypesTooWideReductions;

public sealed class ScoreTable
{
    private readonly float[] cells;

    public ScoreTable(int samples, int classes)
    {
        Samples = samples;
        Classes = classes;
        cells = new float[samples * classes];
    }

    public int Samples { get; }

    public int Classes { get; }

    public float this[int sample, int cls]
    {
        get => cells[sample * Classes + cls];
        set => cells[sample * Classes + cls] = value;
    }
}

public readonly struct LogitBuffer
{
    private readonly float[] values;

    public LogitBuffer(float[] values) => this.values = values;

    public int Count => values.Length;

    public float this[int index]
    {
        get => values[index];
        set => values[index] = value;
    }
}

public sealed class ColumnMatrix
{
    private readonly double[] values;

    public ColumnMatrix(int rows, int cols)
    {
        Rows = rows;
        Cols = cols;
        values = new double[rows * cols];
    }

    public int Rows { get; }

    public int Cols { get; }

    public double this[int r, int c]
    {
        get => values[c * Rows + r];
        set => values[c * Rows + r] = value;
    }
}

public static class IndexerSoftmax
{
    public static void Table(ScoreTable t, ScoreTable p)
    {
        float max = float.NegativeInfinity;
        for (int cls = 0; cls < t.Classes; cls++)
        {
            for (int s = 0; s < t.Samples; s++)
            {
                max = MathF.Max(max, t[s, cls]); //~ LG0001
            }
        }

        for (int s = 0; s < t.Samples; s++)
        {
            float sum = 0f;
            for (int cls = 0; cls < t.Classes; cls++)
            {
                p[s, cls] = MathF.Exp(t[s, cls] - max);
                sum += p[s, cls];
            }

            for (int cls = 0; cls < t.Classes; cls++)
            {
                p[s, cls] /= sum;
            }
        }
    }

    public static void Buffer(LogitBuffer b, LogitBuffer y, int cols)
    {
        float max = float.NegativeInfinity;
        for (int k = 0; k < b.Count; k++)
        {
            if (b[k] > max) //~ LG0001
            {
                max = b[k];
            }
        }

        for (int r = 0; r < b.Count / cols; r++)
        {
            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                y[r * cols + j] = MathF.Exp(b[r * cols + j] - max);
                sum += y[r * cols + j];
            }

            for (int j = 0; j < cols; j++)
            {
                y[r * cols + j] /= sum;
            }
        }
    }

    public static ColumnMatrix PerSample(ColumnMatrix z)
    {
        var a = new ColumnMatrix(z.Rows, z.Cols);
        double sum = 0;
        for (int s = 0; s < z.Cols; s++)
        {
            double max = z[0, s];
            for (int c = 1; c < z.Rows; c++)
            {
                max = Math.Max(max, z[c, s]);
            }

            for (int c = 0; c < z.Rows; c++)
            {
                a[c, s] = Math.Exp(z[c, s] - max);
                sum += a[c, s]; //~ LG0002
            }

            for (int c = 0; c < z.Rows; c++)
            {
                a[c, s] /= sum;
            }
        }

        return a;
    }
}
