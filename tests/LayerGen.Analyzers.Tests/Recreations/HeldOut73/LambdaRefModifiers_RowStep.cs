// Idiom: C# 14 lambda parameter modifiers without types: `Step keepMax = (ref acc, v) => ...` folds into rowMax[i] by ref,
// `(ref acc, v) => acc += MathF.Exp(v - shift)` accumulates the row's normaliser.
// Use: row softmax kernel written with small delegates.
// Layout: float[batch, classes]; per-row maxima stored in an array first.
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut73.LambdaRefModifiers_RowStep;

public delegate void Step(ref float accumulator, float value);

public static class Kernels
{
    public static float[,] Softmax(float[,] x)
    {
        int b = x.GetLength(0), c = x.GetLength(1);
        var y = new float[b, c];
        Step keepMax = (ref acc, v) => acc = MathF.Max(acc, v);
        var rowMax = new float[b];
        for (int i = 0; i < b; i++)
        {
            rowMax[i] = float.NegativeInfinity;
            for (int j = 0; j < c; j++) keepMax(ref rowMax[i], x[i, j]);
        }

        for (int i = 0; i < b; i++)
        {
            float shift = rowMax[i];
            Step addExp = (ref acc, v) => acc += MathF.Exp(v - shift);
            float total = 0f;
            for (int j = 0; j < c; j++) addExp(ref total, x[i, j]);
            for (int j = 0; j < c; j++) y[i, j] = MathF.Exp(x[i, j] - shift) / total;
        }

        return y;
    }
}
