// Idiom: the file's own generic `MapInPlace<T>(Span<T>, Func<T, T>)` given a capturing lambda that subtracts the max,
// then a second map that divides by the sum.
// Use: in-place softmax of a flat activation span.
// Layout: Span<float> of batch * classes, row-major; rows are `data.Slice(o, classes)`.
// Correct: the max (`if (v > m)`) and the sum are folded over one row slice; the exp inside the lambda is shifted.
// Our own code.
using System;

#nullable enable

namespace HeldOut82.MapInPlace_ShiftedLambda;

public static class InPlace
{
    private static void MapInPlace<T>(Span<T> span, Func<T, T> f)
    {
        for (int i = 0; i < span.Length; i++) span[i] = f(span[i]);
    }

    public static void Softmax(Span<float> data, int classes)
    {
        for (int o = 0; o < data.Length; o += classes)
        {
            Span<float> row = data.Slice(o, classes);
            float m = row[0];
            foreach (float v in row)
            {
                if (v > m) m = v;
            }

            MapInPlace(row, v => MathF.Exp(v - m));
            float s = 0f;
            foreach (float v in row) s += v;
            MapInPlace(row, v => v / s);
        }
    }
}
