// Idiom: params ReadOnlySpan<T> (C# 13) taking a flat batch; per-row Slice; the shifted exp in a static helper.
// Use: a convenience API `Softmax(classes, a, b, c, ...)` used by tests and tools, also called with arrays.
// Layout: flat ReadOnlySpan<float>, row-major, classes per row.
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut95.ParamsSpan_ShiftedHelper;

public static class VarargsSoftmax
{
    public static float[] Softmax(int classes, params ReadOnlySpan<float> logits)
    {
        var y = new float[logits.Length];
        for (int start = 0; start < logits.Length; start += classes)
        {
            ReadOnlySpan<float> row = logits.Slice(start, classes);
            float m = row[0];
            for (int j = 1; j < row.Length; j++)
                m = MathF.Max(m, row[j]);

            float s = 0f;
            for (int j = 0; j < row.Length; j++)
                s += y[start + j] = Shifted(row[j], m);
            for (int j = 0; j < row.Length; j++)
                y[start + j] /= s;
        }
        return y;
    }

    private static float Shifted(float v, float m) => MathF.Exp(v - m);
}
