// Source: LINQ-heavy batch softmax in C# (StackOverflow-style answers and hobby NN code over flat buffers):
// per-row max via Select((v, i) => ...) + GroupBy, exps via Select with index, then the normaliser.
// Layout: row-major [rows, cols] float, flat; row = i / cols; max per row in an array.
// Bug: `exps.Sum()` is the total over every row, so each row is divided by the whole batch's sum.
using System;
using System.Linq;

namespace LayerGen.HeldOut4.LinqSelectIndexRowMaxTotalSum;

public static class LinqBatchSoftmax
{
    public static float[] Forward(float[] x, int cols)
    {
        float[] rowMax = x.Select((v, i) => (Row: i / cols, Value: v))
            .GroupBy(t => t.Row)
            .Select(g => g.Max(t => t.Value))
            .ToArray();
        float[] exps = x.Select((v, i) => MathF.Exp(v - rowMax[i / cols])).ToArray();
        float total = exps.Sum(); //~ LG0002
        return exps.Select(e => e / total).ToArray();
    }
}
