// Idiom: a `readonly record struct Batch(float[] Data, int Rows, int Cols)` with an expression-bodied `Row(r)` span view,
// returned as `batch with { Data = y }`. Our own code.
// Use: a batch of class scores. Layout: flat float[] inside the record, row-major, rows viewed with AsSpan(r * Cols, Cols).
// Bug LG0001: the max is `batch.Data.Max()` over the whole batch, the sum per row (a row 1000 below another gives NaN).
using System;
using System.Linq;

namespace HeldOut68.RecordWith_BatchStructWholeMax;

public readonly record struct Batch(float[] Data, int Rows, int Cols)
{
    public ReadOnlySpan<float> Row(int r) => Data.AsSpan(r * Cols, Cols);
}

public static class BatchSoftmax
{
    public static Batch Softmax(Batch batch)
    {
        float max = batch.Data.Max(); //~ LG0001
        var y = new float[batch.Data.Length];
        for (int r = 0; r < batch.Rows; r++)
        {
            ReadOnlySpan<float> row = batch.Row(r);
            float sum = 0f;
            foreach (float v in row) sum += MathF.Exp(v - max);
            for (int j = 0; j < batch.Cols; j++)
                y[r * batch.Cols + j] = MathF.Exp(row[j] - max) / sum;
        }

        return batch with { Data = y };
    }
}
