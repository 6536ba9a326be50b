// Idiom: helpers `MaxOf(n, j => ...)` and `SumOf(n, j => ...)` that fold the values returned by a callback; the sum
// callback also stores each exp (`y[off + j] = MathF.Exp(...)` as the returned value).
// Use: flat row-major logits, one softmax per row.
// Layout: flat float[batch * classes], row-major, offset `off`.
// Correct: both helpers are given the `classes` elements of one row and the exps are shifted by that row's max.
// Our own code.
using System;

namespace HeldOut78.SumOfCallback_FlatRows;

public static class CallbackFolds
{
    private static float SumOf(int n, Func<int, float> term)
    {
        float s = 0f;
        for (int i = 0; i < n; i++) s += term(i);
        return s;
    }

    private static float MaxOf(int n, Func<int, float> value)
    {
        float m = float.NegativeInfinity;
        for (int i = 0; i < n; i++) m = MathF.Max(m, value(i));
        return m;
    }

    public static float[] Softmax(float[] x, int classes)
    {
        var y = new float[x.Length];
        for (int o = 0; o < x.Length; o += classes)
        {
            int off = o;
            float m = MaxOf(classes, j => x[off + j]);
            float z = SumOf(classes, j => y[off + j] = MathF.Exp(x[off + j] - m));
            for (int j = 0; j < classes; j++) y[off + j] /= z;
        }
        return y;
    }
}
