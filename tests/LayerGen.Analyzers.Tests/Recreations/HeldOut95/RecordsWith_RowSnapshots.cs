// Idiom: readonly record struct rows updated non-destructively with `with { Logits = ... }`; a one-row helper.
// Use: labelled predictions carried through a pipeline.
// Layout: List<ScoredRow>, each row its own float[] (one softmax per row).
// Correct.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut95.RecordsWith_RowSnapshots;

public readonly record struct ScoredRow(string Id, float[] Logits);

public static class SnapshotSoftmax
{
    public static List<ScoredRow> Normalise(List<ScoredRow> rows) =>
        [.. rows.Select(r => r with { Logits = Softmax(r.Logits) })];

    private static float[] Softmax(float[] v)
    {
        float m = v.Max();
        var e = new float[v.Length];
        float s = 0f;
        for (int i = 0; i < v.Length; i++)
            s += e[i] = MathF.Exp(v[i] - m);
        for (int i = 0; i < e.Length; i++)
            e[i] /= s;
        return e;
    }
}
