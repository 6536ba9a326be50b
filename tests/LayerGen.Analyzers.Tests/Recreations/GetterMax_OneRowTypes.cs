// Correct twins: the same Max property, on types that hold one softmax row each. A vector type's Max folds its whole
// storage, which is the softmax axis; a row view's Max folds only its own slice of a shared flat buffer.
// Source: C# vector types with convenience properties (Max/Sum beside an indexer) in hobby NN code; row views
// (buffer, offset, length) as in SharpNet/KelpNet-style flat batch buffers.
// Layout: Vector stores double[] (one row); RowView reads float[] flat [rows, cols] at an offset. Correct.
using System;

namespace Recreations.GetterMaxOneRowTypes;

public sealed class Vector
{
    private readonly double[] _values;

    public Vector(double[] values) => _values = values;

    public int Length => _values.Length;

    public double this[int i] => _values[i];

    public double Max
    {
        get
        {
            double m = double.NegativeInfinity;
            foreach (double v in _values)
            {
                if (v > m) m = v;
            }

            return m;
        }
    }
}

public readonly struct RowView
{
    private readonly float[] _buffer;
    private readonly int _offset;
    private readonly int _length;

    public RowView(float[] buffer, int offset, int length)
    {
        _buffer = buffer;
        _offset = offset;
        _length = length;
    }

    public int Length => _length;

    public float this[int i] => _buffer[_offset + i];

    public float Max
    {
        get
        {
            float m = _buffer[_offset];
            for (int i = 1; i < _length; i++)
            {
                m = MathF.Max(m, _buffer[_offset + i]);
            }

            return m;
        }
    }
}

public static class OneRowSoftmax
{
    public static double[] Probabilities(Vector logits)
    {
        var p = new double[logits.Length];
        double shift = logits.Max;
        double sum = 0;
        for (int i = 0; i < p.Length; i++)
        {
            p[i] = Math.Exp(logits[i] - shift);
            sum += p[i];
        }

        for (int i = 0; i < p.Length; i++)
        {
            p[i] /= sum;
        }

        return p;
    }

    public static void Batch(float[] logits, int cols, float[] probs)
    {
        for (int start = 0; start < logits.Length; start += cols)
        {
            var row = new RowView(logits, start, cols);
            float shift = row.Max;
            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                probs[start + c] = MathF.Exp(row[c] - shift);
                sum += probs[start + c];
            }

            for (int c = 0; c < cols; c++)
            {
                probs[start + c] /= sum;
            }
        }
    }
}
