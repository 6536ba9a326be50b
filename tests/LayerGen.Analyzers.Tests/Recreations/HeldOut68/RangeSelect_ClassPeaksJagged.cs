// Idiom: `Enumerable.Range(0, n).Select(...)` instead of loops, nested: the peaks are
// `Range(0, classes).Select(c => Range(0, batch).Max(b => x[b][c]))`, the rows `Range(0, batch).Select(b => ...)`.
// Our own code. Use: per-sample class probabilities. Layout: jagged float[batch][classes], softmax per row; MathF.Exp.
// Bug LG0004: each class's peak is taken over the batch (a column), the sum per row over the classes.
using System;
using System.Linq;

namespace HeldOut68.RangeSelect_ClassPeaksJagged;

public static class NestedRangeSoftmax
{
    public static float[][] Softmax(float[][] x)
    {
        int batch = x.Length, classes = x[0].Length;
        float[] classPeak = Enumerable.Range(0, classes).Select(c => Enumerable.Range(0, batch).Max(b => x[b][c])).ToArray(); //~ LG0004
        return Enumerable.Range(0, batch).Select(b =>
        {
            float[] e = Enumerable.Range(0, classes).Select(c => MathF.Exp(x[b][c] - classPeak[c])).ToArray();
            float s = e.Sum();
            return e.Select(v => v / s).ToArray();
        }).ToArray();
    }
}
