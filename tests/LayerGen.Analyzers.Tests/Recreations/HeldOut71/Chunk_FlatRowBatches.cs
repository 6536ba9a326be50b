// Idiom: `Enumerable.Chunk(classes)` batching of a flat buffer into rows, LINQ Max/Select/Sum per chunk.
// Use: softmax over a flat row-major score buffer, appended into a List<float>.
// Layout: flat float[] row-major, `classes` per row.
// Correct: each chunk is one row; its max and sum are taken over that chunk only.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut71.Chunk_FlatRowBatches;

public static class ChunkedSoftmax
{
    public static float[] Apply(float[] flat, int classes)
    {
        var result = new List<float>(flat.Length);
        foreach (float[] chunk in flat.Chunk(classes))
        {
            float hi = chunk.Max();
            float[] e = chunk.Select(v => MathF.Exp(v - hi)).ToArray();
            float denom = e.Sum();
            result.AddRange(e.Select(v => v / denom));
        }
        return result.ToArray();
    }
}
