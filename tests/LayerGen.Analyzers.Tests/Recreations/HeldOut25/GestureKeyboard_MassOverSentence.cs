// Source: word-gesture (swipe) keyboard decoding (SHARK2 / Gboard-style decoders), a sentence of gestures decoded by one
//         stateful decoder object (re-created shape, our own code).
// Layout: records `SwipeCandidate(Word, ShapeDistance, LocationDistance, LanguageScore)`, jagged SwipeCandidate[][]
//         (gestures × candidates); fields `_best` (per-gesture peaks) and `_mass` holding the
//         intermediates; the score helper called in both the peak and the exp; a second pass dividing every cell.
// Label: LG0002 — `_mass` sums the exps of every gesture's candidates, not of one gesture's.
using System;

namespace HeldOut25.GestureKeyboard;

/// <summary>One lexicon word proposed for a gesture of a sentence.</summary>
public sealed record SwipeCandidate(string Word, double ShapeDistance, double LocationDistance, double LanguageScore);

/// <summary>Candidate posteriors for every gesture of a sentence.</summary>
public sealed class SentenceGestureDecoder
{
    private double[] _best = Array.Empty<double>();
    private double _mass;

    /// <summary>Returns, per gesture, the probabilities of its candidates.</summary>
    public double[][] Decode(SwipeCandidate[][] sentence, double sigma)
    {
        _best = new double[sentence.Length];
        _mass = 0.0;
        var probabilities = new double[sentence.Length][];
        for (int g = 0; g < sentence.Length; g++)
        {
            SwipeCandidate[] candidates = sentence[g];
            _best[g] = double.NegativeInfinity;
            foreach (var c in candidates)
            {
                _best[g] = Math.Max(_best[g], Score(c, sigma));
            }

            probabilities[g] = new double[candidates.Length];
            for (int i = 0; i < candidates.Length; i++)
            {
                probabilities[g][i] = Math.Exp(Score(candidates[i], sigma) - _best[g]);
                _mass += probabilities[g][i]; //~ LG0002
            }
        }

        for (int g = 0; g < sentence.Length; g++)
        {
            for (int i = 0; i < probabilities[g].Length; i++)
            {
                probabilities[g][i] /= _mass;
            }
        }

        return probabilities;
    }

    private static double Score(SwipeCandidate c, double sigma) =>
        -(c.ShapeDistance * c.ShapeDistance + c.LocationDistance * c.LocationDistance) / (2.0 * sigma * sigma) + c.LanguageScore;
}
