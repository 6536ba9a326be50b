// Idiom: a `ref struct` 2D span view `Span2D<T>` with a row pitch and `Row(int)` returning a `Span<T>` (use: softmax over image-like padded score rows).
// Layout: float rows of Width classes stored with a Pitch >= Width (padding at each row's end); one sample per row.
// Correct: a static helper `Peak(ReadOnlySpan<float>)` is given one row only; exps and sum run over the same row span.
// Our own code.
#nullable enable
using System;

namespace HeldOut70.SpanView2D_PaddedRows;

public readonly ref struct Span2D<T>
{
    private readonly Span<T> _span;

    public Span2D(Span<T> span, int height, int width, int pitch)
    {
        _span = span;
        Height = height;
        Width = width;
        Pitch = pitch;
    }

    public int Height { get; }

    public int Width { get; }

    public int Pitch { get; }

    public Span<T> Row(int r) => _span.Slice(r * Pitch, Width);
}

public static class PaddedSoftmax
{
    private static float Peak(ReadOnlySpan<float> row)
    {
        float peak = float.NegativeInfinity;
        foreach (float v in row)
        {
            peak = MathF.Max(peak, v);
        }

        return peak;
    }

    public static void Softmax(Span2D<float> scores, Span2D<float> probs)
    {
        for (int r = 0; r < scores.Height; r++)
        {
            Span<float> src = scores.Row(r);
            Span<float> dst = probs.Row(r);
            float peak = Peak(src);
            float sum = 0f;
            for (int c = 0; c < src.Length; c++)
            {
                dst[c] = MathF.Exp(src[c] - peak);
                sum += dst[c];
            }

            for (int c = 0; c < dst.Length; c++)
            {
                dst[c] /= sum;
            }
        }
    }
}
