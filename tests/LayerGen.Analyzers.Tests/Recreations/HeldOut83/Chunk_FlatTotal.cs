// Idiom: query syntax `from chunk in x.Chunk(classes) let peak = chunk.Max() select …`, then a nested `Sum(e => e.Sum())`.
// Use: per-sample probabilities from a flat logits buffer.
// Layout: flat float[batch * classes]; exps kept as float[batch][classes]; result flat float[].
// Bug (LG0002): the exps are shifted per chunk, but `total` sums the exps of every chunk.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut83.Chunk_FlatTotal;

public static class ChunkTotal
{
    public static float[] Softmax(float[] x, int classes)
    {
        float[][] exps = (from chunk in x.Chunk(classes)
                          let peak = chunk.Max()
                          select chunk.Select(v => MathF.Exp(v - peak)).ToArray()).ToArray();
        float total = exps.Sum(e => e.Sum()); //~ LG0002
        var y = new float[x.Length];
        int k = 0;
        foreach (float[] e in exps)
            foreach (float v in e) y[k++] = v / total;
        return y;
    }
}
