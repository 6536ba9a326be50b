// Re-creation (our own code) of nijnstein/NN01's Span2D buffer type (NN01/src/base/extensions/nss.buffers/Span2D.cs:
// a ref struct over a flat span with a row accessor) used for a batch softmax: each row comes from the view's
// indexer as a Span<float>.
// Layout: ref struct view over a flat Span<float>, rows from an indexer returning Span<float>. Correct.
using System;

namespace HeldOut.RefStructRowView;

public readonly ref struct Rows2D
{
    private readonly Span<float> data;

    public Rows2D(Span<float> data, int cols)
    {
        this.data = data;
        Cols = cols;
    }

    public int Cols { get; }

    public int Count => data.Length / Cols;

    public Span<float> this[int r] => data.Slice(r * Cols, Cols);
}

public static class ViewSoftmax
{
    public static void Forward(Rows2D view)
    {
        for (int r = 0; r < view.Count; r++)
        {
            Span<float> row = view[r];
            float max = float.NegativeInfinity;
            for (int j = 0; j < row.Length; j++)
            {
                max = MathF.Max(max, row[j]);
            }

            float sum = 0f;
            for (int j = 0; j < row.Length; j++)
            {
                row[j] = MathF.Exp(row[j] - max);
                sum += row[j];
            }

            for (int j = 0; j < row.Length; j++)
            {
                row[j] /= sum;
            }
        }
    }
}
