// Idiom: per-head attention maps of one sequence as a jagged rank-3 array [heads][queries][keys], each query row
// normalised with LINQ (Max, Select, Sum), as in small C# transformer demos.
// Layout: float[][][] [heads][queries][keys], softmax over the innermost arrays.
// Correct: each row's own Max and Sum.
using System;
using System.Linq;

namespace HeldOut67.HeadRows_JaggedLinq;

public static class HeadMaps
{
    public static float[][][] Normalise(float[][][] scores)
    {
        return scores
            .Select(head => head
                .Select(row =>
                {
                    float m = row.Max();
                    float[] e = row.Select(s => MathF.Exp(s - m)).ToArray();
                    float z = e.Sum();
                    return e.Select(v => v / z).ToArray();
                })
                .ToArray())
            .ToArray();
    }
}
