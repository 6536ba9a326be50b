// Source: svenslaggare/SharpRL SharpRL/Learning/SelectionPolicy/Softmax.cs:62 (re-created, not copied)
// Layout: a Boltzmann (softmax) action-selection policy over a Q-value object with Count and an indexer; the
// exponent comes from a private helper (q / tau, or 0 when q is 0); a first loop sums the exps, a second loop walks
// the cumulative probabilities exp / sum and returns the action whose interval holds a uniform draw.
// Label: Select LG0003 ×2 — no maximum is subtracted: q / tau above ~709 gives inf / inf = NaN, every interval test
// fails and the policy silently always returns action 0.
using System;

namespace Recreations.Real53.SvenslaggareSharpRLBoltzmannHelperExponent;

public delegate double Decay(double value, int episode);

public sealed class QValue
{
    private readonly double[] _actionValues;

    public QValue(params double[] actionValues) => _actionValues = actionValues;

    public int Count => _actionValues.Length;

    public double this[int action] => _actionValues[action];
}

public sealed class Softmax
{
    private readonly Random _random;
    private readonly Decay _decayFn;
    private double _tau;

    public Softmax(double tau, Random random, Decay decayFn = null)
    {
        if (tau < 0)
        {
            throw new ArgumentException("Expected tau to be >= 0.", nameof(tau));
        }

        _tau = tau;
        _random = random;
        _decayFn = decayFn;
    }

    public double Tau => _tau;

    public void Update(int episode)
    {
        if (_decayFn != null)
        {
            _tau = _decayFn(_tau, episode);
        }
    }

    public int Select(QValue value)
    {
        double draw = _random.NextDouble();
        double lower = 0.0;
        double upper = 0.0;
        double sumExp = 0.0;

        for (int i = 0; i < value.Count; i++)
        {
            sumExp += Math.Exp(GetExponent(value[i])); //~ LG0003
        }

        for (int i = 0; i < value.Count; i++)
        {
            lower = upper;
            upper += Math.Exp(GetExponent(value[i])) / sumExp; //~ LG0003
            if (draw >= lower && draw < upper)
            {
                return i;
            }
        }

        return 0;
    }

    private double GetExponent(double value)
    {
        if (value != 0.0)
        {
            return value / _tau;
        }

        return 0.0;
    }
}
