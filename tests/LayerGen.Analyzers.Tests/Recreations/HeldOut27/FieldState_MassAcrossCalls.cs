// Idiom: instance fields holding intermediate state across method calls (a stateful normaliser object).
// Use: slot-filling tagger, one label distribution per token, the exponentials buffered in a field between calls.
// Layout: jagged double[tokens][labels]; Exponentiate(row) fills _buffer and adds to _mass, Normalise() divides.
// Label: LG0002 — _peak is reset for each token but _mass only in the constructor, so it grows across tokens.
using System;

namespace LayerGen.Recreations.HeldOut27;

/// <summary>Per-token label softmax with its running statistics kept in fields.</summary>
public sealed class FieldStateTagger
{
    private readonly double[] _buffer;
    private double _peak;
    private double _mass;

    public FieldStateTagger(int labels)
    {
        _buffer = new double[labels];
        _mass = 0.0;
    }

    /// <summary>Label probabilities for every token.</summary>
    public double[][] Tag(double[][] tokens)
    {
        var result = new double[tokens.Length][];
        for (int t = 0; t < tokens.Length; t++)
        {
            double[] row = tokens[t];
            _peak = double.NegativeInfinity;
            for (int k = 0; k < row.Length; k++)
            {
                _peak = Math.Max(_peak, row[k]);
            }

            for (int k = 0; k < row.Length; k++)
            {
                _buffer[k] = Math.Exp(row[k] - _peak);
                _mass += _buffer[k]; //~ LG0002
            }

            result[t] = new double[row.Length];
            for (int k = 0; k < row.Length; k++)
            {
                result[t][k] = _buffer[k] / _mass;
            }
        }

        return result;
    }
}
