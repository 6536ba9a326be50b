// Idiom: C# 14 `field` keyword: a property whose setter folds the max (`field = MathF.Max(field, value)`), another that
// validates the running mass; a fresh state object per row.
// Use: output layer of a small MLP.
// Layout: flat float[batch * classes], row-major, offset o.
// Correct: the state (max and mass) is created inside the row loop.
// Our own code.
#nullable enable
using System;

namespace HeldOut73.FieldKeyword_PeakSetter;

public sealed class RowState
{
    public float Peak { get; set => field = MathF.Max(field, value); } = float.NegativeInfinity;

    public float Mass { get; set => field = value >= 0f ? value : throw new ArgumentOutOfRangeException(nameof(value)); }
}

public static class Flat
{
    public static float[] Softmax(float[] x, int n)
    {
        var y = new float[x.Length];
        for (int o = 0; o < x.Length; o += n)
        {
            var state = new RowState();
            for (int j = 0; j < n; j++) state.Peak = x[o + j];
            for (int j = 0; j < n; j++)
            {
                y[o + j] = MathF.Exp(x[o + j] - state.Peak);
                state.Mass += y[o + j];
            }

            for (int j = 0; j < n; j++) y[o + j] /= state.Mass;
        }

        return y;
    }
}
