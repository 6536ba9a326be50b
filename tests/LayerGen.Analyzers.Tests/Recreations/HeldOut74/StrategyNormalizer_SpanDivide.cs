// Idiom: a strategy object — the layer holds an `INormalizer` (constructor-injected) and hands it each row of exps as a
// Span<double>; the `SumNormalizer` strategy sums and divides the span it is given.
// Use: a softmax layer whose normalisation is swappable (sum, sparsemax-like, ...).
// Layout: flat double[batch * classes], row-major, row offset `o = s * classes`.
// Correct: the max is folded per row in the layer; the strategy is given one row.
// Our own code.
#nullable enable
using System;

namespace HeldOut74.StrategyNormalizer_SpanDivide;

public interface INormalizer
{
    void Normalize(Span<double> values);
}

public sealed class SumNormalizer : INormalizer
{
    public void Normalize(Span<double> values)
    {
        double total = 0;
        foreach (double v in values)
        {
            total += v;
        }

        for (int i = 0; i < values.Length; i++)
        {
            values[i] /= total;
        }
    }
}

public sealed class SoftmaxLayer
{
    private readonly INormalizer _normalizer;
    private readonly int _classes;

    public SoftmaxLayer(INormalizer normalizer, int classes)
    {
        _normalizer = normalizer;
        _classes = classes;
    }

    public double[] Forward(double[] logits)
    {
        var y = new double[logits.Length];
        for (int s = 0; s < logits.Length / _classes; s++)
        {
            int o = s * _classes;
            double max = logits[o];
            for (int k = 1; k < _classes; k++)
            {
                max = Math.Max(max, logits[o + k]);
            }

            for (int k = 0; k < _classes; k++)
            {
                y[o + k] = Math.Exp(logits[o + k] - max);
            }

            _normalizer.Normalize(y.AsSpan(o, _classes));
        }

        return y;
    }
}
