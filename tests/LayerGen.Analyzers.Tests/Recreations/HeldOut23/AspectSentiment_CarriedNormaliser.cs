// Source: attention-based aspect-level sentiment classification (ATAE-LSTM, Wang et al. 2016), word attention.
// Layout: an attention object with fields holding the intermediate results (scores of the current sentence as a
// double[] row, the normaliser); one call per sentence.
// Bug (LG0002): the normaliser field is accumulated across calls and never reset, so every sentence after the first
// is divided by the sum over all sentences seen so far.
using System;

namespace HeldOut23.AspectSentiment;

/// <summary>Word attention of ATAE-LSTM that keeps its intermediate results in fields.</summary>
public sealed class StatefulWordAttention
{
    private double[] _weights = Array.Empty<double>();
    private double _peak;
    private double _normaliser;

    /// <summary>Attention weights over the words of one sentence, from their scores.</summary>
    public double[] Attend(double[] scores)
    {
        _peak = double.NegativeInfinity;
        for (int i = 0; i < scores.Length; i++)
        {
            _peak = Math.Max(_peak, scores[i]);
        }

        _weights = new double[scores.Length];
        for (int i = 0; i < scores.Length; i++)
        {
            _weights[i] = Math.Exp(scores[i] - _peak);
            _normaliser += _weights[i]; //~ LG0002
        }

        for (int i = 0; i < scores.Length; i++)
        {
            _weights[i] /= _normaliser;
        }

        return _weights;
    }
}
