// Re-creates: LINQ-only softmax from C# notebooks / Stack Overflow answers: the max by Aggregate(MathF.Max), the
// shift by Zip with a repeated max, exps and sum by ToArray/Aggregate chains.
// Layout: 1-D float[]; softmax axis = all elements.
// Correct.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut3.LinqAggregateZipSoftmax;

public static class LinqSoftmax
{
    public static float[] Softmax(float[] logits)
    {
        float max = logits.Aggregate(float.MinValue, MathF.Max);
        float[] exps = logits
            .Zip(Enumerable.Repeat(max, logits.Length), (l, m) => l - m)
            .Select(MathF.Exp)
            .ToArray();
        float sum = exps.Aggregate(0f, (acc, e) => acc + e);
        return exps.Select(e => e / sum).ToArray();
    }
}
