// Source: Span2D-style row views in C# numeric code (a readonly struct over a flat buffer with an offset and an
// indexer, as CommunityToolkit.HighPerformance Span2D / hand-written MatrixRow wrappers are used).
// Layout: float[] flat [rows, cols] wrapped in a row view; softmax over one row; the caller loops over rows.
// Correct.
using System;

namespace HeldOut7.ReadonlyStructRowView
{
    public readonly struct RowView
    {
        private readonly float[] _data;
        private readonly int _offset;

        public RowView(float[] data, int offset, int length)
        {
            _data = data;
            _offset = offset;
            Length = length;
        }

        public int Length { get; }

        public float this[int i]
        {
            get => _data[_offset + i];
            set => _data[_offset + i] = value;
        }
    }

    public static class RowViewSoftmax
    {
        public static void InPlace(RowView row)
        {
            float peak = float.MinValue;
            for (int i = 0; i < row.Length; i++)
            {
                peak = row[i] > peak ? row[i] : peak;
            }

            float denom = 0f;
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = MathF.Exp(row[i] - peak);
                denom += row[i];
            }

            for (int i = 0; i < row.Length; i++)
            {
                row[i] = row[i] / denom;
            }
        }

        public static void AllRows(float[] data, int cols)
        {
            for (int offset = 0; offset < data.Length; offset += cols)
            {
                InPlace(new RowView(data, offset, cols));
            }
        }
    }
}
