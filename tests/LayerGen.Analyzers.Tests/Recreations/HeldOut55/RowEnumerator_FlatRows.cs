// Idiom: a `ref struct` row enumerator (`GetEnumerator`/`MoveNext`/`Current` returning `Span<double>`) over a flat
// buffer, so callers write `foreach (Span<double> row in buffer.Rows(width))`, as System.Memory's SpanSplitEnumerator
// style suggests; the softmax runs in place on each row.
// Layout: flat `double[]` of `rows * width`, enumerated as row spans. Correct.
using System;

namespace HeldOut55.RowEnumerator_FlatRows;

/// <summary>Enumerates consecutive rows of <c>width</c> elements of a span.</summary>
public ref struct RowEnumerator
{
    private readonly Span<double> _buffer;
    private readonly int _width;
    private int _start;

    public RowEnumerator(Span<double> buffer, int width)
    {
        _buffer = buffer;
        _width = width;
        _start = -width;
    }

    public Span<double> Current => _buffer.Slice(_start, _width);

    public bool MoveNext()
    {
        _start += _width;
        return _start + _width <= _buffer.Length;
    }

    public RowEnumerator GetEnumerator() => this;
}

public static class RowSoftmax
{
    public static RowEnumerator Rows(this Span<double> buffer, int width) => new(buffer, width);

    /// <summary>In-place softmax of every row of <paramref name="buffer"/>.</summary>
    public static void SoftmaxInPlace(double[] buffer, int width)
    {
        foreach (Span<double> row in buffer.AsSpan().Rows(width))
        {
            double max = double.NegativeInfinity;
            for (int i = 0; i < row.Length; i++)
            {
                max = Math.Max(max, row[i]);
            }

            double sum = 0.0;
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = Math.Exp(row[i] - max);
                sum += row[i];
            }

            for (int i = 0; i < row.Length; i++)
            {
                row[i] /= sum;
            }
        }
    }
}
