// Idiom: a `readonly record struct` batch (`Batch`, `Classes`, flat `float[] Data`) with an instance `Softmax()` that
// returns a new record (`with { Data = ... }`); each row is an `ArraySegment<float>` whose max is a LINQ
// `Aggregate(float.NegativeInfinity, MathF.Max)`. Layout: record with flat row-major `float[]`. Correct.
using System;
using System.Linq;

namespace HeldOut55.RecordBatch_RowMajor;

/// <summary>Logits of a batch, row-major.</summary>
public readonly record struct LogitBatch(int Batch, int Classes, float[] Data)
{
    /// <summary>Returns the row-wise softmax of this batch as a new batch.</summary>
    public LogitBatch Softmax()
    {
        var probs = new float[Data.Length];
        for (int b = 0; b < Batch; b++)
        {
            var row = new ArraySegment<float>(Data, b * Classes, Classes);
            float max = row.Aggregate(float.NegativeInfinity, MathF.Max);

            float sum = 0f;
            for (int c = 0; c < Classes; c++)
            {
                float e = MathF.Exp(row[c] - max);
                probs[b * Classes + c] = e;
                sum += e;
            }

            for (int c = 0; c < Classes; c++)
            {
                probs[b * Classes + c] /= sum;
            }
        }

        return this with { Data = probs };
    }
}
