// Idiom: `Apply(a, f)` element maps (`np.vectorize` style) over each row of a jagged batch: the max by LINQ `row.Max()`,
// then `Apply(row, v => MathF.Exp(v - m))`, `e.Sum()` and `Apply(e, v => v / s)`.
// Use: class probabilities of a ported k-nearest-centroid classifier (negative distances as logits).
// Layout: jagged float[batch][classes]; each row is one softmax.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut88.ApplyMap_ShiftedLambda;

public static class ArrayFn
{
    public static float[] Apply(float[] a, Func<float, float> f)
    {
        var r = new float[a.Length];
        for (int i = 0; i < a.Length; i++) r[i] = f(a[i]);
        return r;
    }
}

public static class CentroidClassifier
{
    public static float[][] Probabilities(float[][] logits)
    {
        var result = new float[logits.Length][];
        for (int b = 0; b < logits.Length; b++)
        {
            float[] row = logits[b];
            float m = row.Max();
            float[] e = ArrayFn.Apply(row, v => MathF.Exp(v - m));
            float s = e.Sum();
            result[b] = ArrayFn.Apply(e, v => v / s);
        }

        return result;
    }
}
