// Idiom: a `ref struct` with a `ref float` field (C# 11) — a cursor over one row of a flat buffer, built with
// `new RowCursor(ref x[o], classes)`, exposing `Max()` and a ref indexer; the exps are written through the cursor.
// Use: batch softmax. Layout: flat float[batch * classes], row-major, softmax in place.
// Correct: the cursor spans one row; Max() is that row's max; sum reset per row.
// Our own code.
using System;
using System.Runtime.CompilerServices;

namespace HeldOut76.RefStructField_RowCursor;

public ref struct RowCursor
{
    private readonly ref float _head;

    public RowCursor(ref float head, int length)
    {
        _head = ref head;
        Length = length;
    }

    public int Length { get; }

    public ref float this[int i] => ref Unsafe.Add(ref _head, i);

    public readonly float Max()
    {
        float m = float.NegativeInfinity;
        for (int i = 0; i < Length; i++)
        {
            m = MathF.Max(m, Unsafe.Add(ref _head, i));
        }

        return m;
    }
}

public static class CursorSoftmax
{
    public static void InPlace(float[] x, int classes)
    {
        for (int o = 0; o < x.Length; o += classes)
        {
            var row = new RowCursor(ref x[o], classes);
            float max = row.Max();
            float sum = 0f;
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = MathF.Exp(row[i] - max);
                sum += row[i];
            }

            for (int i = 0; i < row.Length; i++)
            {
                row[i] /= sum;
            }
        }
    }
}
