// Idiom: an immutable value object wrapping a defensively copied double[] (IEquatable, indexer, Length).
// Use: a domain type for one logit vector whose Softmax() returns a new value object.
// Layout: one vector per object; a batch is an ImmutableArray<LogitVector>.
// Correct: one-pass online softmax (running max m, running sum rescaled by exp(m_old - m_new) <= 1), then exp(x - m) / s.
// Our own code.
#nullable enable
using System;
using System.Collections.Immutable;
using System.Linq;

namespace HeldOut85.ValueObject_OnlineLogits;

public sealed class LogitVector : IEquatable<LogitVector>
{
    private readonly double[] _values;

    public LogitVector(ReadOnlySpan<double> values) => _values = values.ToArray();

    public int Length => _values.Length;

    public double this[int i] => _values[i];

    public LogitVector Softmax()
    {
        double m = double.NegativeInfinity;
        double s = 0.0;
        foreach (double v in _values)
        {
            if (v > m)
            {
                s = s * Math.Exp(m - v) + 1.0;
                m = v;
            }
            else
            {
                s += Math.Exp(v - m);
            }
        }

        var p = new double[_values.Length];
        for (int i = 0; i < p.Length; i++)
            p[i] = Math.Exp(_values[i] - m) / s;
        return new LogitVector(p);
    }

    public static ImmutableArray<LogitVector> SoftmaxAll(ImmutableArray<LogitVector> batch) =>
        batch.Select(v => v.Softmax()).ToImmutableArray();

    public bool Equals(LogitVector? other) => other is not null && _values.AsSpan().SequenceEqual(other._values);

    public override bool Equals(object? obj) => Equals(obj as LogitVector);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (double v in _values)
            hash.Add(v);
        return hash.ToHashCode();
    }
}
