// Re-creation (our own code) of softmaxes written through a user matrix type's indexer (the Math.NET DenseMatrix
// convention wrapped by olegtarasov/Retia, see HeldOut/IndexerMatrix_ColumnStorage.cs), the correct twins of
// IndexerTypes_TooWideReductions.cs: a two-index table over row-major storage reduced per sample, a one-index logits
// buffer reduced per row at r * cols, and a column-major [classes, samples] matrix reduced per sample (column).
// Layouts: `t[sample, cls]` over row-major float[], `b[r * cols + j]` over float[], `m[cls, sample]` over column-major
// double[]. Correct.
using System;

namespace Recreations.IndexerTypesPerSlice;

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
        for (int s = 0; s < t.Samples; s++)
        {
            float max = float.NegativeInfinity;
            for (int cls = 0; cls < t.Classes; cls++)
            {
                max = MathF.Max(max, t[s, cls]);
            }

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
        for (int r = 0; r < b.Count / cols; r++)
        {
            float max = float.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                if (b[r * cols + j] > max)
                {
                    max = b[r * cols + j];
                }
            }

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
        for (int s = 0; s < z.Cols; s++)
        {
            double sum = 0;
            double max = z[0, s];
            for (int c = 1; c < z.Rows; c++)
            {
                max = Math.Max(max, z[c, s]);
            }

            for (int c = 0; c < z.Rows; c++)
            {
                a[c, s] = Math.Exp(z[c, s] - max);
                sum += a[c, s];
            }

            for (int c = 0; c < z.Rows; c++)
            {
                a[c, s] /= sum;
            }
        }

        return a;
    }
}
