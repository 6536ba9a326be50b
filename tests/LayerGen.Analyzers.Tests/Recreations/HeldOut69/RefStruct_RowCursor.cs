// Idiom: a ref struct cursor over a span (MoveNext/Current) and a helper taking `scoped ReadOnlySpan<float>`.
// Use: in-place-free batch softmax in a span-based inference loop.
// Layout: flat ReadOnlySpan<float> row-major, rows of `width`; output Span<float> of the same layout.
// Correct: the cursor hands the helper one row; the helper's max and sum are that row's.
// Our own code.
#nullable enable
using System;

namespace HeldOut69.RefStruct_RowCursor;

public ref struct RowCursor
{
    private readonly ReadOnlySpan<float> _data;
    private readonly int _width;
    private int _row;

    public RowCursor(ReadOnlySpan<float> data, int width)
    {
        _data = data;
        _width = width;
        _row = -1;
    }

    public readonly int Row => _row;

    public readonly ReadOnlySpan<float> Current => _data.Slice(_row * _width, _width);

    public bool MoveNext() => ++_row * _width < _data.Length;
}

public static class CursorSoftmax
{
    public static void Forward(ReadOnlySpan<float> logits, Span<float> probs, int width)
    {
        var cursor = new RowCursor(logits, width);
        while (cursor.MoveNext())
        {
            Softmax(cursor.Current, probs.Slice(cursor.Row * width, width));
        }
    }

    private static void Softmax(scoped ReadOnlySpan<float> row, scoped Span<float> dst)
    {
        float hi = row[0];
        for (int j = 1; j < row.Length; j++) hi = MathF.Max(hi, row[j]);
        float acc = 0f;
        for (int j = 0; j < row.Length; j++) acc += dst[j] = MathF.Exp(row[j] - hi);
        for (int j = 0; j < dst.Length; j++) dst[j] /= acc;
    }
}
