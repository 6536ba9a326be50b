// Idiom: a readonly struct value object wrapping a double[] batch (width, Row(r) span view, IEquatable).
// Use: a `Scores` value passed between pipeline stages; RowSoftmax() returns a new Scores.
// Layout: flat double[] inside the struct, row-major [rows, Width].
// Bug (LG0003): each row's exps are of raw scores, no maximum subtracted (overflow above ~709 in double).
// Our own code.
#nullable enable
using System;

namespace HeldOut85.ValueObject_RawScores;

public readonly struct Scores : IEquatable<Scores>
{
    private readonly double[] _data;

    public Scores(double[] data, int width)
    {
        _data = (double[])data.Clone();
        Width = width;
    }

    public int Width { get; }

    public int Rows => _data.Length / Width;

    public ReadOnlySpan<double> Row(int r) => _data.AsSpan(r * Width, Width);

    public double[] ToArray() => (double[])_data.Clone();

    public Scores RowSoftmax()
    {
        var next = new double[_data.Length];
        for (int r = 0; r < Rows; r++)
        {
            int at = r * Width;
            double z = 0.0;
            for (int k = 0; k < Width; k++)
            {
                next[at + k] = Math.Exp(_data[at + k]); //~ LG0003
                z += next[at + k];
            }

            for (int k = 0; k < Width; k++)
                next[at + k] /= z;
        }

        return new Scores(next, Width);
    }

    public bool Equals(Scores other) => Width == other.Width && _data.AsSpan().SequenceEqual(other._data);

    public override bool Equals(object? obj) => obj is Scores other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Width, _data.Length);
}
