// Idiom: a `ref struct` enumerable of read-only row spans (`ReadOnlySpan<float>`) walked twice with `foreach`: a first
// pass folds one maximum over every row "for stability", the second writes each row's softmax into the output span at
// the row's index. Layout: flat `ReadOnlySpan<float>` in, `Span<float>` out, rows of `width`.
// Bug: LG0001 (the max spans all rows).
using System;

namespace HeldOut55.RowEnumerator_MaxOverAllRows;

/// <summary>Rows of a read-only span, as a duck-typed <c>foreach</c> enumerable.</summary>
public readonly ref struct ReadOnlyRows
{
    private readonly ReadOnlySpan<float> _data;
    private readonly int _width;

    public ReadOnlyRows(ReadOnlySpan<float> data, int width)
    {
        _data = data;
        _width = width;
    }

    public Enumerator GetEnumerator() => new(_data, _width);

    public ref struct Enumerator
    {
        private readonly ReadOnlySpan<float> _data;
        private readonly int _width;
        private int _row;

        public Enumerator(ReadOnlySpan<float> data, int width)
        {
            _data = data;
            _width = width;
            _row = -1;
        }

        public int Index => _row;

        public ReadOnlySpan<float> Current => _data.Slice(_row * _width, _width);

        public bool MoveNext() => ++_row * _width < _data.Length;
    }
}

public static class BatchSoftmax
{
    /// <summary>Writes the softmax of each row of <paramref name="logits"/> into <paramref name="probs"/>.</summary>
    public static void Softmax(ReadOnlySpan<float> logits, Span<float> probs, int width)
    {
        var rows = new ReadOnlyRows(logits, width);

        float max = float.NegativeInfinity;
        foreach (ReadOnlySpan<float> row in rows)
        {
            foreach (float v in row)
            {
                if (v > max) max = v; //~ LG0001
            }
        }

        int r = 0;
        foreach (ReadOnlySpan<float> row in rows)
        {
            Span<float> dst = probs.Slice(r * width, width);
            float sum = 0f;
            for (int i = 0; i < row.Length; i++)
            {
                dst[i] = MathF.Exp(row[i] - max);
                sum += dst[i];
            }

            for (int i = 0; i < dst.Length; i++)
            {
                dst[i] /= sum;
            }

            r++;
        }
    }
}
