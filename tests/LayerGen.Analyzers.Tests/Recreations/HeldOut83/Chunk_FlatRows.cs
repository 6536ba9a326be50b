// Idiom: `x.Chunk(classes).SelectMany(row => { … })` — one softmax per chunk of a flat buffer.
// Use: per-sample probabilities from a flat row-major logits buffer.
// Layout: flat double[batch * classes]; result flat double[].
// Correct: each chunk is one row; peak and sum are folds over the chunk.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut83.Chunk_FlatRows;

public static class ChunkedRows
{
    public static double[] Softmax(double[] x, int classes) =>
        x.Chunk(classes)
         .SelectMany(row =>
         {
             double peak = row.Max();
             double z = row.Sum(v => Math.Exp(v - peak));
             return row.Select(v => Math.Exp(v - peak) / z);
         })
         .ToArray();
}
